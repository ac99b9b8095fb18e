"""Sentence boundaries for German news text, set by a few readable rules.

1. A line break ends a sentence, so headings, bylines and boilerplate stand alone.
2. . ! ? … end a sentence when the next word starts with a capital, a digit or an
   opening quotation mark (a lower-case word after a full stop means an abbreviation).
3. Closing quotation marks and brackets after the final punctuation stay with the sentence;
   an opening „ after it starts the next one.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .marks import QUOTE_CHARS, opens

FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSING_BRACKETS = frozenset({")", "]"})


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """One value per token: 1 starts a sentence, -1 does not (spaCy's SENT_START coding)."""
    starts = numpy.full(len(doc), -1, dtype="int32")
    text = doc.text
    line_break = sentence_ended = True
    for token in doc:
        if token.is_space:
            line_break = line_break or "\n" in token.text
            continue
        if line_break or (sentence_ended and _starts_sentence(token, text)):
            starts[token.i] = 1
            sentence_ended = False
        elif sentence_ended and not _closes(token, text):
            sentence_ended = False
        if token.text in FINAL:
            sentence_ended = True
        line_break = False
    return starts


def _closes(token, text: str) -> bool:
    """A closing quote or bracket that belongs to the sentence before it."""
    if token.text in CLOSING_BRACKETS:
        return True
    return token.text in QUOTE_CHARS and not opens(text, token.idx)


def _starts_sentence(token, text: str) -> bool:
    """Whether a token right after final punctuation begins a new sentence."""
    first = token.text[0]
    if token.text in QUOTE_CHARS:
        return opens(text, token.idx)
    return first.isupper() or first.isdigit() or first in "(["


@Language.component("articlekit_sentences", assigns=["token.is_sent_start"])
def set_sentences(doc: Doc) -> Doc:
    """Set all sentence starts at once (token by token would be quadratic in spaCy)."""
    if len(doc):
        starts = sentence_starts(doc)
        doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    return doc
