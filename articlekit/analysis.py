"""The one serializer: an analysed Doc -> plain records with character offsets (the CLI's JSON).

Every record with `start`/`end` satisfies `text[start:end] == record["text"]` where it
has a `text`; notebooks, CLI, report and evaluation all read these records.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from functools import partial

from spacy.tokens import Doc, Span

from . import events, quotes, timexes
from .article import Article
from .pipeline import parse_article, pipe_articles


def trimmed(span: Span) -> tuple[int, int] | None:
    """Character offsets of a span without its surrounding whitespace, or None if it is blank."""
    tokens = [token for token in span if not token.is_space]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def sentence_records(doc: Doc) -> list[dict]:
    """Start and end of every non-blank sentence."""
    offsets = (trimmed(sentence) for sentence in doc.sents)
    return [{"start": start, "end": end} for start, end in filter(None, offsets)]


def token_records(doc: Doc) -> list[dict]:
    """Every non-space token with its lemma, UD part of speech and STTS tag."""
    return [
        {"start": t.idx, "end": t.idx + len(t.text), "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "tag": t.tag_}
        for t in doc
        if not t.is_space
    ]


def entity_records(doc: Doc) -> list[dict]:
    """doc.ents with their labels and canonical names."""
    return [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_, "canonical": e._.canonical}
            for e in doc.ents]


def records(doc: Doc, tokens: bool = False) -> dict:
    """All records of an analysed Doc as one JSON-ready dictionary (the CLI contract)."""
    result = {
        "text": doc.text,
        "date": doc._.dct.isoformat() if doc._.dct else None,
        "sentences": sentence_records(doc),
        "entities": entity_records(doc),
        "quotes": quotes.records(doc),
        "timexes": timexes.records(doc),
        "events": events.records(doc),
    }
    if tokens:
        result["tokens"] = token_records(doc)
    return result


def analyze(article: Article, tokens: bool = False) -> dict:
    """The full analysis of an article as one JSON-ready dictionary."""
    return records(parse_article(article), tokens)


def analyze_many(articles: Iterable[Article], tokens: bool = False, processes: int = 1,
                 batch_size: int = 16) -> Iterator[dict]:
    """Analyse many articles, streaming results in order: through nlp.pipe, or in worker processes that send
    back the records (plain JSON data), so no Doc and none of its extension values has to cross processes."""
    if processes == 1:
        for doc in pipe_articles(articles, batch_size=batch_size):
            yield records(doc, tokens)
        return
    with multiprocessing.Pool(processes) as pool:
        yield from pool.imap(partial(analyze, tokens=tokens), articles, chunksize=batch_size)

