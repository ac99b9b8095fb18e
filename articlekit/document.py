"""What every component may rely on: the document date `doc._.dct` and the body paragraphs.

`pipeline.make_doc` sets both from an Article before any component runs; for a plain
`nlp(text)` the first component finds the paragraphs in the text itself and leaves the date None.
"""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from .article import find_blocks

PARAGRAPHS = "paragraphs"

DCT_KEY = "articlekit_dct"  # kept as an ISO string: Doc.to_bytes (nlp.pipe with n_process > 1) cannot pack dates


def _get_dct(doc: Doc) -> dt.date | None:
    value = doc.user_data.get(DCT_KEY)
    return dt.date.fromisoformat(value) if value else None


def _set_dct(doc: Doc, value: dt.date | None) -> None:
    doc.user_data[DCT_KEY] = value.isoformat() if value else None


Doc.set_extension("dct", getter=_get_dct, setter=_set_dct, force=True)


def paragraph_spans(doc: Doc, offsets: list[tuple[int, int]]) -> list[Span]:
    """Spans for (start, end) character offsets of paragraphs, widened to whole tokens."""
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in offsets)
    return [span for span in spans if span is not None]


def text_paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the body paragraphs the article rules find in a text (no headings, bylines, boilerplate)."""
    return [(block.start, block.end) for block in find_blocks(text) if block.kind == "paragraph"]


def prepare(doc: Doc, date: dt.date | None, paragraphs: list[tuple[int, int]]) -> Doc:
    """Put the document date and the paragraphs on a Doc that no component has seen yet."""
    doc._.dct = date
    doc.spans[PARAGRAPHS] = paragraph_spans(doc, paragraphs)
    return doc


def paragraph_offsets(doc: Doc) -> list[tuple[int, int]]:
    """Character offsets of the body paragraphs, in order (what `article.in_spans` expects)."""
    return [(span.start_char, span.end_char) for span in doc.spans.get(PARAGRAPHS, [])]


@Language.component("articlekit_document", assigns=["doc._.dct", "doc.spans"])
def ensure_document(doc: Doc) -> Doc:
    """Find the paragraphs of a Doc made from plain text; a Doc from `make_doc` keeps what it has."""
    if PARAGRAPHS not in doc.spans:
        doc.spans[PARAGRAPHS] = paragraph_spans(doc, text_paragraphs(doc.text))
    return doc
