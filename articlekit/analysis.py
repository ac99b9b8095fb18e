"""All analyses of one article as plain records with character offsets (the CLI's JSON).

Every record with `start`/`end` satisfies `text[start:end] == record["text"]` where it
has a `text`; notebooks, CLI, report and evaluation all read these records.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from . import entities, quotes, timeline
from .article import Article
from .pipeline import get_nlp, parse


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


def analyze(article: Article, tokens: bool = False) -> dict:
    """The full analysis of an article as one JSON-ready dictionary."""
    return analyze_doc(article, parse(article.text), tokens)


def analyze_many(articles: list[Article], tokens: bool = False, processes: int = 1, batch_size: int = 16):
    """Analyse many articles, streaming results in order; spaCy's nlp.pipe batches and parallelises."""
    docs = get_nlp().pipe((article.text for article in articles), n_process=processes, batch_size=batch_size)
    for article, doc in zip(articles, docs):
        yield analyze_doc(article, doc, tokens)


def analyze_doc(article: Article, doc: Doc, tokens: bool = False) -> dict:
    """All records of an article whose text has already been parsed."""
    body = [(p.start, p.end) for p in article.paragraphs]
    quote_records = quotes.records(doc, body)
    timexes = timeline.find_timexes(doc, article.date)
    result = {
        "text": article.text,
        "date": article.date.isoformat() if article.date else None,
        "sentences": sentence_records(doc),
        "entities": entities.records(doc),
        "quotes": quote_records,
        "timexes": [timex.record() for timex in timexes],
        "events": timeline.find_events(doc, article.date, timexes, quote_records, body),
    }
    if tokens:
        result["tokens"] = token_records(doc)
    return result
