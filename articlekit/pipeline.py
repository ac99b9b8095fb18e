"""The kit's German spaCy pipeline: spacy.blank("de") plus small, readable components.

    tokenizer               spaCy's German rules + "2025." -> "2025" "." and "CNN's" -> "CNN" "'s"
    articlekit_sentences    sentence rules (articlekit.sentences)
    articlekit_tagger       STTS tags, UD parts of speech, lemmas (articlekit.tagger)
    articlekit_entities     PER/LOC/ORG/MISC from rules and lists, canonical names (articlekit.entities)
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from . import entities, sentences, tagger  # noqa: F401  (registers the components)
from .article import MAX_CHARS

# A full stop after a four-digit year ends a sentence; ordinals like "80." stay whole.
YEAR_FULL_STOP = r"(?<=^[0-9]{4})\."
# An apostrophe genitive is split off the name: "CNN's" -> "CNN" + "'s".
APOSTROPHE_GENITIVE = r"(?<=[A-Za-z])['’]s"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Build the pipeline once per process."""
    nlp = spacy.blank("de")
    nlp.max_length = MAX_CHARS  # no parser here: long texts need no extra memory per character
    suffixes = list(nlp.Defaults.suffixes) + [YEAR_FULL_STOP, APOSTROPHE_GENITIVE]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("articlekit_sentences")
    nlp.add_pipe("articlekit_tagger")
    nlp.add_pipe("articlekit_entities")
    return nlp


@lru_cache(maxsize=8)
def parse(text: str) -> Doc:
    """Run the pipeline on a text, remembering the last few results (notebooks ask often)."""
    return get_nlp()(text)
