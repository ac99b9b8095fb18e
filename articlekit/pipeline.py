"""The kit's German spaCy pipeline: spacy.blank("de") plus small, readable components.

    tokenizer               spaCy's German rules + "2025." -> "2025" "." and "CNN's" -> "CNN" "'s"
    articlekit_document     doc._.dct (the date) and doc.spans["paragraphs"] (articlekit.document)
    articlekit_sentences    sentence rules (articlekit.sentences)
    articlekit_tagger       STTS tags, UD parts of speech, lemmas (articlekit.tagger)
    articlekit_entities     PER/LOC/ORG/MISC from rules and lists, canonical names (articlekit.entities)
    articlekit_quotes       doc.spans["quotes"] (articlekit.quotes)
    articlekit_timexes      doc.spans["timexes"] (articlekit.timexes)
    articlekit_events       doc._.events (articlekit.events)

`nlp.analyze_pipes(pretty=True)` prints what each component needs and sets.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from types import SimpleNamespace

import spacy
from spacy.language import Language, create_tokenizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from . import document, entities, events, quotes, sentences, tagger, timexes  # noqa: F401  (registers the components)
from .article import MAX_CHARS, Article, from_text

# A full stop after a four-digit year ends a sentence; ordinals like "80." stay whole.
YEAR_FULL_STOP = r"(?<=^[0-9]{4})\."
# An apostrophe genitive is split off the name: "CNN's" -> "CNN" + "'s".
APOSTROPHE_GENITIVE = r"(?<=[A-Za-z])['’]s"
# A sentence that makes every component load its models and word lists (see warm_up).
WARM_UP_TEXT = "Die Ministerin sagte am Montag in Berlin, die Regierung werde im Mai ein Gesetz vorlegen."
# In run order; each is registered by the module named in the docstring above.
COMPONENTS = ("articlekit_document", "articlekit_sentences", "articlekit_tagger", "articlekit_entities",
              "articlekit_quotes", "articlekit_timexes", "articlekit_events")


@spacy.registry.tokenizers("articlekit.german_tokenizer.v1")
def german_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's German tokenizer plus suffixes for years and apostrophe genitives, its rules compiled once."""
    make_default = create_tokenizer()

    def make(nlp: Language) -> Tokenizer:
        suffixes = [*nlp.Defaults.suffixes, YEAR_FULL_STOP, APOSTROPHE_GENITIVE]
        defaults = type("Defaults", (nlp.Defaults,), {"suffixes": suffixes})
        return make_default(SimpleNamespace(vocab=nlp.vocab, Defaults=defaults))  # spaCy's factory reads only these
    return make


@spacy.registry.callbacks("articlekit.german_text.v1")
def german_text() -> Callable[[Language], Language]:
    """The kit's text length limit (saved in the config; a saved tokenizer keeps its own suffixes)."""
    def apply(nlp: Language) -> Language:
        nlp.max_length = MAX_CHARS  # no parser here: long texts need no extra memory per character
        return nlp
    return apply


def build_nlp() -> Language:
    """A new pipeline with all the kit's components (use get_nlp() for the shared one)."""
    nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": "articlekit.german_tokenizer.v1"},
                                            "after_creation": {"@callbacks": "articlekit.german_text.v1"}}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once per process."""
    return build_nlp()


def warm_up() -> None:
    """Load the pipeline with its models and word lists now, then freeze them out of the garbage collector's
    scans: a long corpus run would rescan these millions of long-lived objects again and again (about 15 %)."""
    nlp = get_nlp()
    nlp(make_doc(nlp, from_text(WARM_UP_TEXT, date="2025-01-01")))
    gc.freeze()


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc of an article with its date and body paragraphs, ready for `nlp(doc)` or `nlp.pipe`."""
    paragraphs = [(block.start, block.end) for block in article.paragraphs]
    return document.prepare(nlp.make_doc(article.text), article.date, paragraphs)


def pipe_articles(articles: Iterable[Article], nlp: Language | None = None, **pipe_options) -> Iterator[Doc]:
    """Run many articles through `nlp.pipe` (options: n_process, batch_size), each with its own date."""
    nlp = nlp or get_nlp()
    return nlp.pipe((make_doc(nlp, article) for article in articles), **pipe_options)


@lru_cache(maxsize=8)
def parse(text: str) -> Doc:
    """Run the pipeline on a plain text (no date), remembering the last few results (notebooks ask often)."""
    return get_nlp()(text)


def parse_article(article: Article) -> Doc:
    """Run the pipeline on an article with its date and paragraphs, remembering the last few results."""
    paragraphs = tuple((block.start, block.end) for block in article.paragraphs)
    return _parse_prepared(article.text, article.date, paragraphs)


@lru_cache(maxsize=8)
def _parse_prepared(text: str, date, paragraphs: tuple[tuple[int, int], ...]) -> Doc:
    """The cached run behind parse_article (an Article itself is not hashable)."""
    nlp = get_nlp()
    return nlp(document.prepare(nlp.make_doc(text), date, list(paragraphs)))
