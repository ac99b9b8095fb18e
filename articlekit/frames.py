"""Frames without a speech verb: "laut X", "X zufolge", "nach Angaben X", "wie aus X hervorgeht", ", so X"."""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from . import grammar
from .cues import Cues
from .frame_patterns import frame_patterns
from .indirect import MIN_CONTENT, add_before_comma, main_clause
from .quote_context import QuoteContext, mention
from .speakers import APPOSITION_WORDS, BRACKET_WORDS, QUOTED_NAME_WORDS, Speakers, without_article
from .speech import is_speaker_noun

TRAILING_SPEAKER_WORDS = 3  # words after ", so" where the speaker stands
INSERTED_FRAME_WORDS = 8  # words of an inserted ", so schätzen die Forscher," up to its closing comma


class FrameFinder:
    """Adds the quotes that frames attribute, found by the Matcher patterns of speech_frames.toml."""

    def __init__(self, context: QuoteContext, cues: Cues, speakers: Speakers):
        """Keep the shared document state."""
        self.context, self.cues, self.speakers = context, cues, speakers
        doc = context.doc
        self.matches = frame_patterns()(doc)
        self.match_starts = [start for start, _, _ in self.matches]

    def find(self, words: list[Token]) -> bool:
        """All frame quotes of one sentence (words without spaces); whether any was found."""
        if not words:
            return False
        added, seen = False, set()
        first = bisect.bisect_left(self.match_starts, words[0].i)
        last = bisect.bisect_right(self.match_starts, words[-1].i)
        position = {t.i: n for n, t in enumerate(words)} if last > first else {}
        for start, end, frame in self.matches[first:last]:
            anchor = position.get(start + frame["anchor"])
            if end > words[-1].i + 1 or anchor is None or anchor in seen or self.context.in_quote(words[anchor]):
                continue
            seen.add(anchor)
            added |= self.handle(frame, words, anchor)
        return added

    def handle(self, frame: dict, words: list[Token], i: int) -> bool:
        """Run the handler a frame names."""
        if frame["handler"] == "layered":
            return self.add_layered_source(words, i)
        if frame["handler"] == "trailing":
            return i > 2 and self.add_trailing_frame(words, i)
        if frame["handler"] == "channel":
            return self.add_channel(words, grammar.noun_phrase(words, i + 1))
        forward = frame["phrase"] == "after"
        phrase = frame_phrase(words, i + 1) if forward else \
            grammar.noun_phrase(words, i, forward=False)
        return self.add_attribution_frame(words, i, phrase)

    def add_trailing_frame(self, words: list[Token], i: int) -> bool:
        """ "Die Lage sei ernst, so die Polizei." and "..., heißt es.": the clause before the comma is reported."""
        token = words[i]
        if token.lemma_ == "heißen":
            return add_before_comma(self.cues, words, i - 1, token, "heißen es", {})
        found = next((m for t in words[i + 1:i + 1 + TRAILING_SPEAKER_WORDS] if (m := self.speakers.at(t))), {})
        return bool(found) and (add_before_comma(self.cues, words, i - 1, token, "so", found)
                                or self.add_after_inserted_frame(words, i, token, found))

    def add_after_inserted_frame(self, words: list[Token], i: int, cue: Token, found: dict) -> bool:
        """ "In zehn Jahren, so schätzen die Forscher, sei die Arbeit getan": the clause after the inserted frame."""
        close = next((j for j in range(i + 1, min(i + INSERTED_FRAME_WORDS, len(words))) if words[j].text == ","),
                     None)
        content = self.cues.until_clause_end(words, close + 1) if close is not None else []
        if len(content) < MIN_CONTENT or grammar.finite_verb(content) is None or self.context.in_quote(content[0]):
            return False
        self.context.add(self.context.quote(content[0], content[-1], "indirect", cue="so", cue_start=cue.idx,
                                            cue_end=cue.idx + len(cue.text), **found))
        return True

    def add_channel(self, words: list[Token], phrase: list[Token]) -> bool:
        """ "Aus Regierungskreisen hieß es, ...": the channel of the sentence's statements (no quote of its own)."""
        if not phrase:
            return False
        sentence_start, sentence_end = words[0].idx, words[-1].idx + len(words[-1].text)
        for quote in self.context.quotes:
            if sentence_start <= quote.start < sentence_end:
                quote.source = quote.source or without_article(phrase)
                if quote.speaker_start is None:  # the channel is the only source mention: "heißt es in dem Antrag"
                    quote.speaker_start, quote.speaker_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
        return False

    def add_layered_source(self, words: list[Token], i: int) -> bool:
        """ "wie aus einer Mitteilung des Ministeriums hervorgeht": the channel of the sentence's statement."""
        end = next((j for j in range(i + 1, len(words)) if words[j].lemma_ == "hervorgehen"), None)
        phrase = [t for t in words[i + 1:end or i + 1] if not (t == words[i + 1] and t.pos_ == "DET")]
        if end is None or not phrase:
            return False
        source = self.context.text[phrase[0].idx:phrase[-1].idx + len(phrase[-1].text)]
        sentence_start, sentence_end = words[0].idx, words[-1].idx + len(words[-1].text)
        here = [q for q in self.context.quotes if sentence_start <= q.start < sentence_end]
        for quote in here:
            quote.source = quote.source or source
        if here:
            return True
        content = main_clause(self.cues, words, i - 1, end + 1)
        if len(content) < MIN_CONTENT:
            return False
        fields = self.speakers.noun_mention(phrase[0]) if phrase[0].pos_ == "NOUN" else {}
        fields["source"] = source
        self.context.add(self.context.quote(content[0], content[-1], "indirect", cue="hervorgehen",
                                            cue_start=words[end].idx, cue_end=words[end].idx + len(words[end].text),
                                            **fields))
        return True

    def add_attribution_frame(self, words: list[Token], frame: int, phrase: list[Token]) -> bool:
        """ "laut X", "X zufolge", "nach Angaben X": the clause around the frame is attributed to X."""
        if not phrase:
            return False
        clause = self.cues.until_clause_end(words[:attribution_clause_end(words, frame)],
                                            grammar.clause_start(words, frame))
        clause, shown = without_opening_frame(clause, {t.i for t in phrase} | {words[frame].i}), phrase
        if not clause and (close := apposition_close(words, words.index(phrase[-1]) + 1)) is not None:
            shown = words[words.index(phrase[0]):close]  # "Nach Angaben des Sponsors, der Firma X, | werde es"
            clause = self.cues.until_clause_end(words, close + 1)
        if len(clause) < MIN_CONTENT:
            return False
        cue = words[frame]
        speaker = self.frame_speaker(phrase)
        fields = mention(shown[0], shown[-1], speaker)
        fields["source"] = None if speaker else self.context.text[fields["speaker_start"]:fields["speaker_end"]]
        self.context.add(self.context.quote(clause[0], clause[-1], "indirect", cue=frame_cue(words, frame),
                                            cue_start=cue.idx, cue_end=cue.idx + len(cue.text), **fields))
        return True

    def frame_speaker(self, phrase: list[Token]) -> str | None:
        """The speaker a frame phrase names: an entity, the owner of "seiner Meinung", or a speaker noun phrase."""
        entity = next((self.context.entity_of[t.i] for t in phrase if t.i in self.context.entity_of
                       and self.context.entity_of[t.i].label_ in ("PER", "ORG")), None)
        if entity is not None:
            return entity._.canonical
        if phrase[0].tag_ == "PPOSAT":  # "seiner Meinung nach": the owner speaks
            return self.speakers.resolve_pronoun(phrase[0])
        genitive = next((i for i, t in enumerate(phrase) if t.tag_ == "ART" and i > 0), None)
        named = phrase[genitive:] if genitive is not None else phrase
        return without_article(named) if any(is_speaker_noun(t) for t in named if t.pos_ == "NOUN") else None


def head_phrase(words: list[Token], phrase: list[Token]) -> list[Token]:
    """A frame's noun phrase up to its head and genitive or name: "einem Artikel der Agentur Reuters | 900
    Menschen", "ihrem Anführer | starken Zulauf"; a quoted name after a genitive article is kept."""
    for n in range(1, len(phrase)):
        if phrase[n - 1].pos_ in ("NOUN", "PROPN") and phrase[n].pos_ not in ("DET", "PROPN") \
                and not (phrase[n].ent_iob_ == "I" or genitive_plural(phrase, n)):
            return phrase[:n]
    end = words.index(phrase[-1]) + 1 if phrase else 0
    if phrase and phrase[-1].tag_ == "ART" and end < len(words) and words[end].is_quote:
        close = next((j for j in range(end + 1, min(end + QUOTED_NAME_WORDS + 2, len(words)))
                      if words[j].is_quote), None)
        return phrase + words[end:close + 1] if close is not None else phrase
    return phrase


def genitive_plural(phrase: list[Token], n: int) -> bool:
    """An article-less genitive plural goes on: "Schätzungen französischer Behörden" (adjective in -er + noun)."""
    return phrase[n].pos_ == "ADJ" and phrase[n].lower_.endswith("er") and n + 1 < len(phrase) \
        and phrase[n + 1].pos_ == "NOUN"


def frame_phrase(words: list[Token], start: int) -> list[Token]:
    """The noun phrase after a frame word with its owner: a possessive genitive ("Angaben seines Sprechers"),
    "von" ("nach Meinung von Anna Berger", "laut Angaben vom Verband") and a bracket ("(SPD)")."""
    phrase = head_phrase(words, grammar.noun_phrase(words, start))
    after = words.index(phrase[-1]) + 1 if phrase else len(words)
    if phrase and after < len(words) and words[after].tag_ == "PPOSAT" and words[after].lower_.endswith(("es", "er")):
        phrase += head_phrase(words, grammar.noun_phrase(words, after, genitive=False))
    elif phrase and after < len(words) and words[after].lower_ in ("von", "vom"):
        owner = head_phrase(words, grammar.noun_phrase(words, after + 1))
        phrase += [words[after]] + owner if owner else []
    after = words.index(phrase[-1]) + 1 if phrase else len(words)
    if phrase and after < len(words) and words[after].text == "(":
        close = next((j for j in range(after + 1, min(after + BRACKET_WORDS, len(words))) if words[j].text == ")"),
                     None)
        phrase += words[after:close + 1] if close is not None else []
    return phrase


def apposition_close(words: list[Token], end: int) -> int | None:
    """The comma closing an apposition after a frame phrase when the finite verb follows it, else None."""
    if end >= len(words) or words[end].text != ",":
        return None
    close = next((j for j in range(end + 1, min(end + APPOSITION_WORDS, len(words))) if words[j].text == ","), None)
    return close if close is not None and close + 1 < len(words) and grammar.is_finite(words[close + 1]) else None


def without_opening_frame(clause: list[Token], frame: set[int]) -> list[Token]:
    """The clause without a frame that opens it: "Nach Angaben der Polizei | starben drei Menschen"."""
    start = 0
    while start < len(clause) and (clause[start].i in frame or clause[start].text == "," and start):
        start += 1
    return clause[start:]


def attribution_clause_end(words: list[Token], frame: int) -> int:
    """The end of the clause around a frame: the next comma or semicolon."""
    return next((j for j in range(frame + 1, len(words)) if words[j].text in (",", ";")), len(words))


def frame_cue(words: list[Token], frame: int) -> str:
    """The cue shown for a frame: "laut", "zufolge", "nach Angaben", "Meinung nach"."""
    cue = words[frame]
    if cue.lower_ != "nach":
        return cue.lower_
    if cue.tag_ == "APPO":
        return f"{words[frame - 1].text} nach"
    return "nach " + next(t.text for t in words[frame + 1:] if t.pos_ == "NOUN")
