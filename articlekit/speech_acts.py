"""Speech acts for the timeline: one per statement, dated by its own clause, grouped by occasion.

A statement is a quote record with no enclosing quote (`parent` null; without that field, partial
quotes are taken as nested) that is a statement at all (`statement` not false). Its date comes
from the clause of its cue: a time expression there ("Am Montag sagte er") or a world event period
("Merkel hat während ihrer Amtszeit ... zum Ausdruck gebracht"); else it lies on or before the
article's date. Occasions: "während einer Video-Konferenz" opens a group, "während des Gesprächs"
(definite) continues the last one, and the same speaker's acts in neighbouring sentences of one
paragraph share it.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from .event_labels import event_noun, speech_label
from .grammar import clause_end, clause_start
from .timexes import Timex
from .world_knowledge import SentenceMentions

OCCASION_PREPOSITIONS = ("während", "bei", "beim", "in", "im", "nach", "auf")
DEFINITE = ("des", "dem", "der", "den", "das", "die", "diesem", "dieses", "diesen")
CONTRACTED_DEFINITE = ("beim", "im")  # "im Gespräch": in + dem
OCCASION_WINDOW = 2  # words after the article that may hold the occasion noun ("einer langen Sitzung")
NEIGHBOURS = 1  # sentences apart that still share an occasion (same speaker, same paragraph)


def is_statement(quote: dict) -> bool:
    """One act per statement: no nested partial quotes, no non-statements ("konkretisierten nicht, ob")."""
    if quote.get("statement") is False or quote.get("cue_start") is None:
        return False
    if "parent" in quote:
        return quote["parent"] is None
    return quote["kind"] != "partial"


def cue_clause(doc: Doc, quote: dict) -> tuple[Span, list[Token], list[Token]]:
    """The sentence of a cue, its words, and the words of the clause the cue belongs to."""
    cue = doc.char_span(quote["cue_start"], quote["cue_end"], alignment_mode="expand")
    sentence = cue[0].sent
    tokens = [t for t in sentence if not t.is_space]
    position = next(i for i, t in enumerate(tokens) if t.i >= cue[0].i)
    return sentence, tokens, tokens[clause_start(tokens, position): clause_end(tokens, position)]


def within(timexes: list[Timex], start: int, end: int) -> list[Timex]:
    """The time expressions (in text order, never overlapping) that reach into start..end, found by bisection."""
    first = bisect.bisect_right(timexes, start, key=lambda t: t.end)
    return timexes[first:bisect.bisect_left(timexes, end, key=lambda t: t.start)]


def own_date(clause: list[Token], quote: dict, timexes: list[Timex], sentence: Span, dct,
             mentions: SentenceMentions) -> dict:
    """Start, end and flags of a speech act from a time expression or world event period in its own clause."""
    inside_content = quote["kind"] != "reported"
    begin, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    for timex in within(timexes, begin, end):
        in_clause = begin <= timex.start < end
        in_content = quote["start"] <= timex.start < quote["end"]
        if in_clause and not (inside_content and in_content) and timex.type in ("DATE", "TIME") \
                and not timex.value.startswith(("X", "P")) and not timex.value.endswith("_REF"):
            return {"start": timex.value, "approximate": False}
    for mention in mentions.of(sentence):
        if begin <= mention.start < end and mention.event.period:
            entry = mention.event.entry
            return {"start": entry["start"], "end": entry.get("end"), "ongoing": bool(entry.get("ongoing")),
                    "approximate": True}
    return {"start": dct.isoformat() if dct else None, "approximate": True, "mod": "ON_OR_BEFORE"}


def occasion(clause: list[Token]) -> tuple[str, bool] | None:
    """ "während einer Video-Konferenz" -> ("Video-Konferenz", False); "im Gespräch" -> ("Gespräch", True)."""
    for i, token in enumerate(clause[:-1]):
        lower = token.text.lower()
        if lower not in OCCASION_PREPOSITIONS:
            continue
        j = i + 1 if lower not in CONTRACTED_DEFINITE else i
        definite = lower in CONTRACTED_DEFINITE or clause[j].text.lower() in DEFINITE
        window = clause[j + 1: j + 1 + OCCASION_WINDOW] if j > i else clause[i + 1: i + 2]
        noun = next((t for t in window if t.pos_ == "NOUN"), None)
        if noun is not None and event_noun(noun):
            return noun.text, definite
    return None


def speech_events(doc: Doc, quotes: list[dict], dct: dt.date | None, timexes: list[Timex],
                  mentions: SentenceMentions) -> list[dict]:
    """One event per statement in the speech lane."""
    found, acts, last_group = [], [], None
    order = {s.start: k for k, s in enumerate(doc.sents)}
    paragraphs = [(p.start, p.end) for p in doc.spans.get("paragraphs", [])]
    for quote in sorted((q for q in quotes if is_statement(q)), key=lambda q: q["cue_start"]):
        who = quote.get("speaker_canonical") or quote.get("speaker")
        if not who:
            continue
        sentence, tokens, clause = cue_clause(doc, quote)
        dating = own_date(clause, quote, timexes, sentence, dct, mentions)
        place = None if dating.get("end") or dating.get("ongoing") else occasion(clause)  # a period is no occasion
        if place is not None:
            last_group = last_group if place[1] and last_group else place[0]
        group = last_group if place is not None else None
        near = within(timexes, quote["start"], quote["end"])
        content = [t for t in doc.char_span(quote["start"], quote["end"], alignment_mode="expand") or []
                   if not any(x.start <= t.idx < x.end for x in near)]  # "lobte am Montag den Handel"
        cue = list(doc.char_span(quote["cue_start"], quote["cue_end"], alignment_mode="expand"))
        label = speech_label(who, cue, clause, content if quote["kind"] == "reported" else None, quote["cue"] or "")
        record = {"label": label, "evidence": {"start": quote["cue_start"], "end": quote["cue_end"]},
                  "origin": "text", "lane": "speech", "end": None, "ongoing": False, "group": group,
                  **dating}
        found.append(record)
        acts.append((who, order[sentence.start], paragraph_of(paragraphs, sentence)))
    share_groups(found, acts)
    return found


def paragraph_of(paragraphs: list[tuple[int, int]], sentence: Span) -> int | None:
    """The number of the paragraph (token start, end) a sentence begins in, or None outside all of them."""
    index = bisect.bisect_right(paragraphs, (sentence.start, float("inf"))) - 1
    return index if index >= 0 and sentence.start < paragraphs[index][1] else None


def share_groups(found: list[dict], acts: list[tuple[str, int, int | None]]) -> None:
    """The same speaker's acts in neighbouring sentences of one paragraph share one occasion."""
    by_speaker = defaultdict(list)  # (speaker, paragraph) -> acts in text order: only these can share
    for k, (who, sentence, paragraph) in enumerate(acts):
        by_speaker[who, paragraph].append((sentence, k))
    for chain in by_speaker.values():
        for _ in range(len(chain)):  # spread until nothing changes (chains are short)
            changed = False
            for sentence_a, a in chain:
                for sentence_b, b in chain:
                    if abs(sentence_a - sentence_b) <= NEIGHBOURS and found[a]["group"] and not found[b]["group"]:
                        found[b]["group"], changed = found[a]["group"], True
            if not changed:
                break
