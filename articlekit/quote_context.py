"""The state shared by the quote finders of one document: the Doc, quotation marks, found quotes."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .article import in_spans
from .marks import pair_quote_marks


@dataclass
class Quote:
    """One attributed statement; offsets index the article text (fields of the JSON record)."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    source: str | None = None
    statement: bool = True
    anonymous: bool = False
    speaker_canonical: str | None = None
    speakers: list[dict] = field(default_factory=list)
    editorial: list[dict] = field(default_factory=list)
    parent: int | None = None
    addressee: str | None = None
    cue_class: str | None = None

    def record(self) -> dict:
        """The quote as a JSON-ready dictionary (its lists shared, not copied: a Quote is not changed once stored)."""
        return dict(vars(self))


ATTRIBUTION_FIELDS = ("speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "source",
                      "speaker_canonical", "speakers", "addressee", "cue_class", "anonymous")


def copy_speaker(source: Quote, target: Quote) -> None:
    """Give a quote the attribution (speaker, cue, source ...) of another one it belongs to."""
    for name in ATTRIBUTION_FIELDS:
        value = getattr(source, name)
        setattr(target, name, list(value) if isinstance(value, list) else value)


def mention(first: Token, last: Token, name: str | None) -> dict:
    """Speaker fields of a mention from first to last token."""
    return {"speaker": name, "speaker_start": first.idx, "speaker_end": last.idx + len(last.text)}


class QuoteContext:
    """One document under analysis: tokens, quotation-mark pairs, entities, and the quotes found so far."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int]] | None = None):
        """Keep the shared document state."""
        self.doc = doc
        self.text = doc.text  # doc.text is rebuilt on every access
        self.ents = doc.ents  # doc.ents builds its Spans on every access
        self.token_starts = {start: i for i, start in enumerate(doc.to_array("IDX").tolist())}
        self.entity_of = {token.i: entity for entity in self.ents for token in entity}
        self.quoted = pair_quote_marks(self.text)
        self.quote_starts = [start for start, _ in self.quoted]
        self.sentences = list(doc.sents)
        self.sentence_starts = [sentence.start_char for sentence in self.sentences]
        self.sentence_tokens = [sentence.start for sentence in self.sentences]
        self.sentence_words: dict[int, list[Token]] = {}
        self.paragraphs = paragraphs
        self.quotes: list[Quote] = []
        self.attributed: list[tuple[int, int]] = []  # (end, index in self.quotes), sorted
        self.direct_cues: set[int] = set()

    def in_quote(self, token: Token) -> bool:
        """Whether a token lies inside a pair of quotation marks (pairs are sorted and disjoint)."""
        index = bisect.bisect_right(self.quote_starts, token.idx) - 1
        return index >= 0 and token.idx < self.quoted[index][1]

    def in_body(self, sentence: Span) -> bool:
        """Only sentences of paragraphs count (not headings, bylines or page furniture)."""
        return self.paragraphs is None or in_spans(self.paragraphs, sentence.start_char)

    def token_at(self, offset: int | None) -> Token | None:
        """The token starting at a character offset (else the one around it)."""
        if offset in self.token_starts:
            return self.doc[self.token_starts[offset]]
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand") if offset is not None else None
        return span[0] if span is not None and len(span) else None

    def sentence_of(self, token: Token) -> Span:
        """The sentence holding a token (as `token.sent`, without searching the Doc each time)."""
        return self.sentences[bisect.bisect_right(self.sentence_tokens, token.i) - 1]

    def words_of(self, sentence: Span) -> list[Token]:
        """The words of a sentence, listed once per document (callers must not change the list)."""
        if sentence.start not in self.sentence_words:
            self.sentence_words[sentence.start] = words(sentence)
        return self.sentence_words[sentence.start]

    def sentence_index(self, offset: int) -> int:
        """The number of the sentence holding a character offset."""
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def add(self, quote: Quote) -> None:
        """Keep a quote; attributed ones are also indexed by their end for Konjunktiv continuations."""
        self.quotes.append(quote)
        if quote.kind != "partial":
            bisect.insort(self.attributed, (quote.end, len(self.quotes) - 1))

    def quote(self, first: Token, last: Token, kind: str, **fields) -> Quote:
        """A Quote from first to last token (inclusive)."""
        start, end = first.idx, last.idx + len(last.text)
        return Quote(start, end, self.text[start:end], kind, **fields)

    def same_paragraph(self, a: int, b: int) -> bool:
        """Whether no line break lies between two offsets."""
        return "\n" not in self.text[a:b]


def words(sentence: Span) -> list[Token]:
    """The tokens of a sentence without whitespace tokens."""
    return [token for token in sentence if not token.is_space]
