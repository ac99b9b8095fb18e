"""Indirect and reported speech around cue verbs: "sagte, dass ...", "Wie X mitteilte, ...", "X lobte Y"."""
from __future__ import annotations

import bisect

import numpy
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Token

from . import grammar
from .cues import CUE_TAGS, Cues
from .quote_context import QuoteContext
from .speakers import Speakers
from .speech import frames

MAX_WIE_CLAUSE = 20  # words from "wie" to its cue: "Wie Anna Muster, Sprecherin der Stadt, am Montag mitteilte"
MIN_CONTENT = 3  # words a reported clause needs at least


class IndirectFinder:
    """Adds indirect speech (a content clause) or reported speech (no content) for each cue verb."""

    def __init__(self, context: QuoteContext, cues: Cues, speakers: Speakers):
        """Keep the shared document state and where the full verbs are (only they can be cues)."""
        self.context, self.cues, self.speakers = context, cues, speakers
        columns = context.doc.to_array(["POS", "TAG"])
        tags = numpy.array([get_string_id(tag) for tag in CUE_TAGS], dtype=numpy.uint64)
        verbs = (columns[:, 0] == VERB) & (columns[:, 1, None] == tags).any(axis=1)
        self.verbs = numpy.flatnonzero(verbs).tolist()

    def find(self, words: list[Token]) -> bool:
        """All cue quotes of one sentence; whether any was found."""
        found, doc = False, self.context.doc
        first, last = bisect.bisect_left(self.verbs, words[0].i), bisect.bisect_right(self.verbs, words[-1].i)
        for token in (doc[i] for i in self.verbs[first:last]):
            cue = self.cues.cue_of(token, words)
            if cue and token.idx not in self.context.direct_cues:
                found |= self.add_cue_quote(token, cue, words)
        return found

    def add_cue_quote(self, token: Token, cue: tuple[str, list[Token]], words: list[Token]) -> bool:
        """Indirect speech (content clause) or reported speech (none) for one cue verb."""
        lemma, cue_tokens = cue
        if (wie := wie_clause_start(token, words)) is not None:
            return self.add_wie_quote(words, wie, token, lemma)
        if self.add_trailing_quote(token, lemma, words):
            return True
        finite = self.cues.finite_of(token, words)
        content = self.cues.content_clause(token, words)
        speaker = self.speakers.near(finite, words, content[0].i if content else None, plain_subject=bool(content))
        fields = {"cue": lemma, "cue_start": token.idx, "cue_end": token.idx + len(token.text), **speaker}
        if content:
            self.context.add(self.context.quote(content[0], content[-1], "indirect", **fields))
            return True
        if speaker.get("speaker_start") is not None and (told := self.anaphoric_content(finite, words)):
            self.context.add(self.context.quote(told[0], told[-1], "indirect", **fields))
            return True  # "Die Brücke bleibt gesperrt. Das teilte die Stadt mit."
        if not self.reports_speech(lemma) or speaker.get("speaker_start") is None or \
                self.expletive_subject(finite, words):
            return False
        message = self.cues.reported_message(words, finite, token, cue_tokens, speaker) or \
            self.cues.withheld_act(words, finite, cue_tokens, speaker)
        if message:
            self.context.add(self.context.quote(message[0], message[-1], "reported", **fields))
        return bool(message)

    def anaphoric_content(self, finite: Token, words: list[Token]) -> list[Token]:
        """The sentence before "Das/Dies sagte X": what "das" points to, unless it is already a quote."""
        if len(words) < 2 or words[0].lower_ not in frames()["anaphors"] or words[1] != finite:
            return []
        index = self.context.sentence_index(words[0].idx)
        if index == 0 or not self.context.same_paragraph(self.context.sentence_starts[index - 1], words[0].idx):
            return []
        told = self.context.words_of(self.context.sentences[index - 1])
        told = told[:self.cues.trim_end(told, 0, len(told))]
        start, end = (told[0].idx, told[-1].idx) if told else (0, 0)
        if len(told) < MIN_CONTENT or any(q.start <= end and start < q.end for q in self.context.quotes):
            return []
        return told

    def reports_speech(self, lemma: str) -> bool:
        """Whether a cue without content still reports a speech act (thought verbs need a content clause)."""
        verb = lemma.split()[-1]
        return self.cues.verbs.get(lemma) != "denkend" and (verb in self.cues.verbs or " " in lemma)

    def add_trailing_quote(self, cue: Token, lemma: str, words: list[Token]) -> bool:
        """ "Die Lage sei ernst, sagte Anna Muster.": the clause before ", cue speaker" is what the speaker said."""
        position = words.index(cue)
        if position < MIN_CONTENT or words[position - 1].text != "," or cue.tag_ != "VVFIN":
            return False
        speaker = self.speakers.after(cue, words)
        return bool(speaker) and add_before_comma(self.cues, words, position - 1, cue, lemma, speaker)

    def add_wie_quote(self, words: list[Token], wie: int, cue: Token, lemma: str) -> bool:
        """ "Wie die Polizei mitteilte, ...": the rest of the sentence is what the speaker in the wie clause said."""
        clause_end = grammar.clause_end(words, words.index(cue))
        content = main_clause(self.cues, words, wie, clause_end)
        if len(content) < MIN_CONTENT:
            return False
        inside = words[wie + 1:words.index(cue)]
        speaker = next((m for t in inside if (m := self.speakers.at(t) or self.speakers.quoted_name(t))
                        and self.speakers.preposition_of(t, words) is None), {}) or self.speakers.subject_phrase(inside)
        self.context.add(self.context.quote(content[0], content[-1], "indirect", cue=lemma, cue_start=cue.idx,
                                            cue_end=cue.idx + len(cue.text), **speaker))
        return True

    @staticmethod
    def expletive_subject(finite: Token, words: list[Token]) -> bool:
        """ "es", "man" next to the verb: no speaker to report."""
        position = words.index(finite)
        near = words[max(0, position - 1):position + 2]
        return any(t.lower_ in frames()["not_speakers"] and t.tag_ in ("PPER", "PIS") for t in near)


def wie_clause_start(cue: Token, words: list[Token]) -> int | None:
    """The index of "wie" if the cue ends a clause "wie X mitteilte" (verb-final, so the cue is its last word)."""
    breaks = grammar.CLAUSE_BREAKS
    position = words.index(cue)
    end = position + 1
    while end < len(words) and words[end].pos_ in ("AUX", "PART") and words[end].text not in breaks:
        end += 1
    if end < len(words) and words[end].text not in breaks | grammar.SENTENCE_ENDS:
        return None
    for start in range(position - 1, max(-1, position - MAX_WIE_CLAUSE), -1):
        token = words[start]
        if token.text in (".", ";", ":") or (grammar.is_finite(token) and token.pos_ != "AUX"):
            return None
        if token.lower_ == "wie" and (start == 0 or words[start - 1].text in breaks):
            return start
    return None


def add_before_comma(cues: Cues, words: list[Token], comma: int, cue: Token, cue_text: str, fields: dict) -> bool:
    """Indirect speech from the sentence start to a comma, if it is a clause (it has a finite verb)."""
    content = cues.until_clause_end(words[:comma], 0)
    context = cues.context
    if len(content) < MIN_CONTENT or grammar.finite_verb(content) is None or context.in_quote(content[0]):
        return False
    context.add(context.quote(content[0], content[-1], "indirect", cue=cue_text, cue_start=cue.idx,
                              cue_end=cue.idx + len(cue.text), **fields))
    return True


def main_clause(cues: Cues, words: list[Token], frame_start: int, frame_end: int) -> list[Token]:
    """The sentence without the frame clause words[frame_start:frame_end] and its commas."""
    if frame_start == 0:
        rest = words[frame_end:]
        while rest and rest[0].text == ",":
            rest = rest[1:]
        return cues.until_clause_end(rest, 0) if rest else []
    before = words[:frame_start]
    while before and before[-1].text == ",":
        before = before[:-1]
    return before
