"""The kit's German spaCy pipeline: spacy.blank("de") plus small, readable components.

    tokenizer               spaCy's German rules + "2025." split into "2025" and "."
    articlekit_sentences    sentence rules (articlekit.sentences)
    articlekit_tagger       STTS tags, UD parts of speech, lemmas (articlekit.tagger)
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from . import sentences, tagger  # noqa: F401  (registers the components)

# A full stop after a four-digit year ends a sentence; ordinals like "80." stay whole.
YEAR_FULL_STOP = r"(?<=^[0-9]{4})\."


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Build the pipeline once per process."""
    nlp = spacy.blank("de")
    suffixes = list(nlp.Defaults.suffixes) + [YEAR_FULL_STOP]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("articlekit_sentences")
    nlp.add_pipe("articlekit_tagger")
    return nlp


@lru_cache(maxsize=8)
def parse(text: str) -> Doc:
    """Run the pipeline on a text, remembering the last few results (notebooks ask often)."""
    return get_nlp()(text)
