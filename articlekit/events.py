"""The events of the timeline as a spaCy component: `doc._.events`, in three lanes.

- world:  dated events the text only names (articlekit.world_knowledge), periods with their end
          or still running (`ongoing`);
- text:   what the text dates itself ("im vergangenen Jahr ... erreicht"), order signals ("nur Stunden
          nach der Amtseinführung") and the events of the lead sentence;
- speech: one speech act per statement (nested partial quotes and non-statements left out), dated by
          its own clause ("während seiner Amtszeit"), grouped by occasion where the text says so
          ("während des Gesprächs"). Without a date of its own a speech act is placed on or before the
          article's date and marked `approximate`.
Recurring habits are SET time expressions, never dated events.
"""
from __future__ import annotations

import bisect
import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .event_labels import antecedent_of, clause_label, event_noun
from .grammar import clause_end, clause_start, noun_phrase
from .speech_acts import speech_events
from .timex_values import VAGUE_TO_MOD
from .timexes import Timex, timexes_of
from .world_knowledge import Mention, SentenceMentions

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
ORDER_UNITS = ("stunde", "tag", "minute")  # "(nur) Stunden nach der X": right after a dated event
ORDER_STEP = {"stunde": dt.timedelta(days=1), "minute": dt.timedelta(days=1), "tag": dt.timedelta(days=7)}


def event(label: str, start: str | None, evidence: tuple[int, int] | None, lane: str, **fields) -> dict:
    """One event record; `origin` stays "text" or "world-knowledge" as before lanes existed."""
    record = {"label": label, "start": start, "end": fields.pop("end", None),
              "evidence": {"start": evidence[0], "end": evidence[1]} if evidence else None,
              "origin": "world-knowledge" if lane == "world" else "text", "lane": lane,
              "ongoing": fields.pop("ongoing", False), "approximate": fields.pop("approximate", False),
              "group": fields.pop("group", None)}
    record.update({key: value for key, value in fields.items() if value is not None})
    return record


def world_record(mention: Mention) -> dict:
    record = mention.record()
    return event(record["label"], record["start"], (mention.start, mention.end), "world", end=record["end"],
                 ongoing=record["ongoing"], note=record["note"])


def in_body(body: list[tuple[int, int]] | None, offset: int) -> bool:
    if body is None:
        return True
    index = bisect.bisect_right(body, (offset, float("inf"))) - 1
    return index >= 0 and offset < body[index][1]


def find_events(doc: Doc, dct: dt.date | None, timexes: list[Timex], quotes: list[dict],
                body: list[tuple[int, int]] | None = None) -> list[dict]:
    """Events for the timeline: world knowledge, dated clauses, order signals, the lead, speech acts."""
    found: list[dict] = []
    starts, mentions = [t.start for t in timexes], SentenceMentions(dct, timexes)
    speech = speech_events(doc, quotes, dct, timexes, mentions)
    cue_offsets = {e["evidence"]["start"] for e in speech if e["evidence"]}
    for sentence in doc.sents:
        if not in_body(body, sentence.start_char):
            continue
        first, last = bisect.bisect_left(starts, sentence.start_char), bisect.bisect_left(starts, sentence.end_char)
        named = mentions.of(sentence)
        found += [world_record(m) for m in named]
        found += dated_clauses(sentence, timexes[first:last], dct, cue_offsets, quotes)
        found += order_signals(sentence, named)
    found += lead_events(doc, dct, body, mentions)
    return unique(found + speech)


def dated_clauses(sentence: Span, timexes: list[Timex], dct: dt.date | None, cue_offsets: set[int],
                  quotes: list[dict]) -> list[dict]:
    """An event for each dated or vague time expression: what happens then, in the words of the text."""
    found = []
    if not timexes:
        return found
    tokens = [t for t in sentence if not t.is_space]
    spans = [(timex, [i for i, t in enumerate(tokens) if timex.start <= t.idx < timex.end]) for timex in timexes]
    skip = set().union(*(time_tokens(tokens, inside) for _, inside in spans if inside))
    for timex, inside in spans:
        if timex.type not in ("DATE", "TIME") or timex.value.startswith("X") or not inside:
            continue
        begin, end = clause_start(tokens, inside[0]), clause_end(tokens, inside[-1])
        if any(t.idx in cue_offsets for t in tokens[begin:end]):
            continue  # the time of a speech act: the speech lane has it
        label = anniversary_label(tokens, inside) or clause_label(
            tokens[begin:end], skip, antecedent_of(tokens, begin), speaker_at(quotes, timex.start))
        if label is None:
            continue
        since = inside[0] > 0 and tokens[inside[0] - 1].text.lower() == "seit"
        if timex.value.endswith("_REF"):
            found.append(event(label, dct.isoformat() if dct else None, (timex.start, timex.end), "text",
                               mod=VAGUE_TO_MOD[timex.value], approximate=True))
        else:
            found.append(event(label, timex.value, (timex.start, timex.end), "text", ongoing=since,
                               approximate=timex.mod is not None))
    return found


def speaker_at(quotes: list[dict], offset: int) -> str | None:
    """The speaker of the innermost statement around an offset: "er" in his own reported words."""
    around = [q for q in quotes if q["start"] <= offset < q["end"] and (q.get("speaker_canonical") or q["speaker"])]
    inner = min(around, key=lambda q: q["end"] - q["start"], default=None)
    return (inner.get("speaker_canonical") or inner["speaker"]) if inner else None


def time_tokens(tokens: list[Token], inside: list[int]) -> set[int]:
    """Token indices (Doc) of a time expression and the preposition that places it ("im", "seit")."""
    skip = {tokens[i].i for i in inside}
    if inside[0] > 0 and tokens[inside[0] - 1].tag_ in ("APPR", "APPRART", "KOUS"):
        skip.add(tokens[inside[0] - 1].i)
    return skip


def anniversary_label(tokens: list[Token], inside: list[int]) -> str | None:
    """ "80. Jahrestag des gemeinsamen Sieges": a time expression that is itself an event noun, with its genitive."""
    last = tokens[inside[-1]]
    if not event_noun(last):
        return None
    attribute = noun_phrase(tokens, inside[-1] + 1) if inside[-1] + 1 < len(tokens) and \
        tokens[inside[-1] + 1].text.lower() in ("des", "der") else []
    return " ".join([tokens[i].text for i in inside] + [t.text for t in attribute])


def order_signals(sentence: Span, anchors: list[Mention]) -> list[dict]:
    """ "(nur) Stunden/Tage nach der X": an event right after X, a world event of the sentence with a day."""
    found = []
    if not any(len(a.event.entry["start"]) == 10 for a in anchors):
        return found  # no world event with a day to count from
    tokens = [t for t in sentence if not t.is_space]
    for i, token in enumerate(tokens[:-1]):
        unit = token.lemma_.lower()
        if unit not in ORDER_UNITS or tokens[i + 1].text.lower() not in ("nach", "vor"):
            continue
        anchor = next((a for a in anchors if a.start > token.idx and len(a.event.entry["start"]) == 10), None)
        if anchor is None:
            continue
        base, step = dt.date.fromisoformat(anchor.event.entry["start"]), ORDER_STEP[unit]
        after = tokens[i + 1].text.lower() == "nach"
        subject = next((t for t in tokens[:i] if t.pos_ == "NOUN"), None)
        words = sentence.text[token.idx - sentence.start_char:anchor.end - sentence.start_char]
        label = f"{subject.text} {words}" if subject is not None else words
        found.append(event(label, (base if after else base - step).isoformat(), (token.idx, anchor.end), "text",
                           end=(base + step if after else base).isoformat(), approximate=True))
    return found


def lead_events(doc: Doc, dct: dt.date | None, body: list[tuple[int, int]] | None,
                mentions: SentenceMentions) -> list[dict]:
    """Event nouns of the first sentence: news leads report what happened on the article's date."""
    first = next((s for s in doc.sents if s.text.strip() and in_body(body, s.start_char)), None)
    if dct is None or first is None:
        return []
    named = {m.start for m in mentions.of(first)}  # world knowledge has them
    return [event(token.text, dct.isoformat(), (token.idx, token.idx + len(token.text)), "text", mod="APPROX",
                  approximate=True) for token in first if event_noun(token) and token.idx not in named]


def unique(events: list[dict]) -> list[dict]:
    """Drop repeated world-knowledge events (the first mention is the evidence) and sort by date."""
    seen, result = set(), []
    for record in events:
        key = record["label"] if record["lane"] == "world" else id(record)
        if key not in seen:
            seen.add(key)
            result.append(record)
    return sorted(result, key=lambda e: (e["start"] or "9999", e["label"]))


def quote_dicts(doc: Doc) -> list[dict]:
    """The quotes component's spans as the quote records events read (kind, speaker, cue, statement, parent)."""
    found = []
    for span in doc.spans.get("quotes", []):
        cue = span._.get("cue_span") if Span.has_extension("cue_span") else None
        found.append({"start": span.start_char, "end": span.end_char, "kind": span._.get("kind"),
                      "speaker": span._.get("speaker_name"), "speaker_canonical": span._.get("speaker_canonical"),
                      "cue": span._.get("cue"), "cue_start": cue.start_char if cue else None,
                      "cue_end": cue.end_char if cue else None, "statement": span._.get("statement"),
                      "parent": span._.get("parent")})
    return found


@Language.component("articlekit_events", assigns=["doc._.events"], requires=["doc.spans", "doc.ents", "doc._.dct"])
def set_events(doc: Doc) -> Doc:
    """Set doc._.events from the time expressions, the quotes and world knowledge, against doc._.dct."""
    timexes = timexes_of(doc)
    paragraphs = doc.spans.get("paragraphs")
    body = [(s.start_char, s.end_char) for s in paragraphs] if paragraphs is not None and len(paragraphs) else None
    doc._.events = find_events(doc, doc._.dct, timexes, quote_dicts(doc), body)
    return doc


def records(doc: Doc) -> list[dict]:
    """The events of a Doc as JSON-ready records."""
    return list(doc._.events or [])
