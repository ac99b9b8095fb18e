"""Direct quotes and partial quotes: quotation marks with or without a finite verb, and their attribution."""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import grammar
from .cues import Cues
from .marks import QUOTE_CHARS
from .quote_context import Quote, QuoteContext
from .speakers import Speakers
from .speech import is_naming_noun

AFTER_WINDOW = 5  # words after ", " where the cue of a preceding quote may stand (", sagte gestern Anna Muster")
BEFORE_WINDOW = 8  # words before ": „" where the cue of a following quote may stand
SO_SPEAKER_WORDS = 3  # words after "so" where the speaker stands ("„…“, so die Polizei")
ATTRIBUTED_PARTIAL_WORDS = 3  # partial quotes longer than this get their own attribution


class DirectFinder:
    """Quotation marks: direct when a finite verb is inside, else partial; attributed where possible."""

    def __init__(self, context: QuoteContext, cues: Cues, speakers: Speakers):
        """Keep the shared document state."""
        self.context, self.cues, self.speakers = context, cues, speakers

    def find(self) -> None:
        """Add a quote for every pair of quotation marks that holds speech (not a name after a naming noun)."""
        doc = self.context.doc
        for start, end in self.context.quoted:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            inner = [t for t in span if not t.is_space and t.text not in QUOTE_CHARS]
            kind = "direct" if any(grammar.is_finite(t) for t in inner) else "partial"
            if kind == "partial" and self.is_name(span):
                continue
            quote = Quote(start, end, self.context.text[start:end], kind)
            if kind == "direct" or len(inner) > ATTRIBUTED_PARTIAL_WORDS:
                self.attribute(quote, span)
            self.context.add(quote)
        self.context.direct_cues = {q.cue_start for q in self.context.quotes}

    @staticmethod
    def is_name(span: Span) -> bool:
        """A quoted name after a naming noun: die Initiative „Gegen Fluglärm“, der Roman „Der Zauberberg“."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        return before is not None and is_naming_noun(before)

    def attribute(self, quote: Quote, span: Span) -> None:
        """Find cue and speaker after the quote (", sagte X"), before it ("X sagte: "), or in the sentence before."""
        last, first = span[-1], span[0]
        after = [t for t in self.context.words_of(self.context.sentence_of(last)) if t.i > last.i]
        before = [t for t in self.context.words_of(self.context.sentence_of(first)) if t.i < first.i]
        if after and after[0].text == "," and (found := self.attribution_in(after[1:1 + AFTER_WINDOW], after)):
            return apply(quote, found)
        if after and self.cues.cue_of(after[0], after) and (found := self.attribution_in(after[:AFTER_WINDOW], after)):
            return apply(quote, found)  # the comma inside the marks or left out: "„Wir bleiben,“ sagte sie"
        if before and before[-1].text in (":", ",") and \
                (found := self.attribution_in(list(reversed(before[:-1]))[:BEFORE_WINDOW], before)):
            return apply(quote, found)
        if before and before[-1].text == ":" and (found := self.colon_speaker(before[:-1])):
            return apply(quote, found)  # "Die Sprecherin Anna Muster: „…“"
        previous = self.previous_sentence(first)
        if previous and previous[-1].text == ":" and \
                (found := self.attribution_in(list(reversed(previous[:-1])), previous)):
            return apply(quote, found)
        if before and before[-1].text == ":" and (found := self.subject_of(before[:-1])):
            return apply(quote, found)  # the colon is the frame: "Im Kongress warb X mit den Worten: „…“"
        if not before and previous and previous[-1].text == ":" and (found := self.subject_of(previous[:-1])):
            return apply(quote, found)
        return None

    def subject_of(self, words: list[Token]) -> dict:
        """The speaker who is the subject of the first finite verb outside quotation marks among words."""
        for verb in (t for t in words if grammar.is_finite(t) and not self.context.in_quote(t)):
            if found := self.speakers.near(verb, words):
                return found
        return {}

    def colon_speaker(self, before: list[Token]) -> dict:
        """A speaker before a colon without a verb: the last mention of a clause that has no finite verb."""
        clause = before[grammar.clause_start(before, len(before) - 1):] if before else []
        if not clause or grammar.finite_verb(clause) is not None:
            return {}
        return next((m for t in reversed(clause) if (m := self.speakers.at(t))), {})

    def previous_sentence(self, first: Token) -> list[Token]:
        """The words of the sentence before, if the quote opens its own sentence."""
        sentence = self.context.sentence_of(first)
        opening = sentence[0] if not sentence[0].is_space else sentence[1] if len(sentence) > 1 else first
        if first.i > opening.i + 1 or sentence.start == 0:
            return []
        return self.context.words_of(self.context.sentence_of(self.context.doc[sentence.start - 1]))

    def attribution_in(self, candidates: list[Token], sentence: list[Token]) -> dict:
        """A cue among candidate tokens ("sagte", "so") and its speaker."""
        for token in candidates:
            if token.text == "so" and token.i == candidates[0].i:
                found = next((m for t in candidates[1:1 + SO_SPEAKER_WORDS] if (m := self.speakers.at(t))), {})
                if found:
                    return {"cue": "so", "cue_start": token.idx, "cue_end": token.idx + 2, **found}
            if cue := self.cues.cue_of(token, sentence):
                found = self.speakers.near(self.cues.finite_of(token, sentence), sentence)
                return {"cue": cue[0], "cue_start": token.idx, "cue_end": token.idx + len(token.text), **found}
        return {}


def apply(quote: Quote, found: dict) -> None:
    """Set the fields of an attribution on a quote."""
    for key, value in found.items():
        setattr(quote, key, value)
