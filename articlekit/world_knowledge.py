"""World knowledge: dated events a text only names (articlekit/data/world_events.toml).

An event fires only on evidence that names it: one of its names ("Zweiter Weltkrieg"), an event
noun with its holder attached ("Amtseinführung des US-Präsidenten Barack Obama", "Krieg gegen den
Irak", "Obamas Amtseinführung", "Merkel ... in ihrer Amtszeit"), or its own date with an event
noun. Never a common noun plus a country somewhere in the sentence: a wrong 11 September on a
student's article costs more than a missed one.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.strings import StringStore
from spacy.tokens import Span, Token

from .resources import settings
from .tense import clause_of, clause_tense

ENDINGS = ("es", "en", "er", "em", "e", "n", "s")  # stripped once to compare inflected words
LINK_WORDS = frozenset({"des", "der", "von", "vom", "gegen", "in", "im", "auf", "über", "mit", "zum", "zur", "am"})
NOUN_PHRASE_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "PDAT", "PIAT", "CARD", "NN", "NE", "KON", "TRUNC"})
ROLE_WINDOW = 3  # words after "als" that may hold the role noun ("als neuer US-Präsident")
PAST_MARGIN = dt.timedelta(days=90)  # a period begun this recently is not what a past-tense clause means
POSSESSIVES = frozenset({"sein", "seine", "seiner", "seinen", "seinem", "seines", "ihr", "ihre", "ihrer", "ihren",
                         "ihrem", "ihres"})


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    """A word without one inflection ending, lower-cased: "Zweiten" and "Zweiter" -> "zweit"."""
    lower = word.lower()
    ending = next((e for e in ENDINGS if lower.endswith(e) and len(lower) - len(e) >= 4), "")
    return lower[: len(lower) - len(ending)]


@dataclass(frozen=True)
class WorldEvent:
    """One entry of world_events.toml, its phrases split into normalised words."""

    entry: dict
    names: tuple[tuple[str, ...], ...]
    nouns: tuple[str, ...]
    holders: tuple[tuple[str, ...], ...]

    @property
    def period(self) -> bool:
        return bool(self.entry.get("end") or self.entry.get("ongoing"))


def phrases(texts: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(norm(w) for w in text.split()) for text in texts)


@lru_cache(maxsize=1)
def world_events() -> tuple[WorldEvent, ...]:
    return tuple(WorldEvent(e, phrases(e.get("names", [])), tuple(norm(n) for n in e.get("nouns", [])),
                            phrases(e.get("holders", []))) for e in settings("world_events.toml")["event"])


@dataclass(frozen=True)
class EventIndex:
    """Which entries (positions in world_events()) a word can start evidence for: 12 entries x every word is slow."""

    by_word: dict[str, frozenset[int]]  # first normalised word of a name
    by_char: dict[str, tuple[tuple[str, int], ...]]  # first character -> names written with symbols ("9/11"), entry
    by_noun: dict[str, frozenset[int]]  # normalised event noun


@lru_cache(maxsize=1)
def event_index() -> EventIndex:
    """Built once from world_events.toml, so the data file stays the only place an entry is written."""
    by_word, by_char, by_noun = defaultdict(set), defaultdict(tuple), defaultdict(set)
    for k, event in enumerate(world_events()):
        for phrase in filter(None, event.names):  # an empty name never matches (named_at)
            by_word[phrase[0]].add(k)
        for name in symbol_names(event):
            by_char[name[:1]] += ((name, k),)
        for noun in event.nouns:
            by_noun[noun].add(k)
    return EventIndex({key: frozenset(v) for key, v in by_word.items()}, dict(by_char),
                      {key: frozenset(v) for key, v in by_noun.items()})


@lru_cache(maxsize=200_000)
def noun_entries(form: str) -> frozenset[int]:
    """The entries with an event noun that a normalised word ends with ("Amtseinführung" in "US-Amtseinführung")."""
    by_noun = event_index().by_noun
    if not form.endswith(tuple(by_noun)):
        return frozenset()  # most nouns: one test instead of a look-up per ending
    return frozenset().union(*(by_noun.get(form[k:], ()) for k in range(len(form) + 1)))


@lru_cache(maxsize=200_000)
def possible_entries(text: str, tag: str, lemma: str) -> tuple[int, ...]:
    """The entries whose evidence could start at a word, in file order; named_at decides."""
    index = event_index()
    found = index.by_word.get(norm(text), frozenset())
    if symbols := index.by_char.get(text[:1]):  # symbol_name_at compares the text itself
        found = found.union(k for name, k in symbols if name.startswith(text) or text.startswith(name))
    if tag == "NN":
        found |= noun_entries(norm(text)) | noun_entries(norm(lemma))
    return tuple(sorted(found))


@lru_cache(maxsize=200_000)
def hashed_entries(strings: StringStore, orth: int, tag: int, lemma: int) -> tuple[int, ...]:
    """possible_entries of a word by its hashes: a Token gives them faster than its strings (every word asks)."""
    return possible_entries(strings[orth], strings[tag], strings[lemma])


def symbol_names(event: WorldEvent) -> list[str]:
    """The names written with symbols or digits ("9/11", "2. Weltkrieg"): compared as text, not as words."""
    return [name for name in event.entry.get("names", []) if not name.replace(" ", "").isalpha()]


def phrase_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words of `phrase` start at token i (hyphenated compounds as one word)."""
    words = [norm(t.text) for t in tokens[i: i + len(phrase)]]
    return tuple(words) == phrase


def named_at(tokens: list[Token], i: int, event: WorldEvent) -> int:
    """Number of tokens of the event's evidence at i: a name, or an event noun with its holder; 0 if none."""
    if name := next((p for p in event.names if phrase_at(tokens, i, p)), None):
        return len(name)
    if size := symbol_name_at(tokens, i, event):
        return size
    if not event.nouns or tokens[i].tag_ != "NN" or not is_event_noun(tokens[i], event):
        return 0
    return 1 if holder_attached(tokens, i, event) and not other_role(tokens, i, event) else 0


def symbol_name_at(tokens: list[Token], i: int, event: WorldEvent) -> int:
    """A name written with symbols ("9/11"), compared with the words from token i on; the number of tokens it covers."""
    for name in symbol_names(event):
        window = tokens[i:i + len(name)]  # never more tokens than the name has characters (Doc.text is slow)
        if "".join(t.text_with_ws for t in window).startswith(name):
            return sum(1 for t in window if t.idx < tokens[i].idx + len(name))
    return 0


def is_event_noun(token: Token, event: WorldEvent) -> bool:
    """The token names one of the event's nouns, by form or lemma ("Anschläge" -> Anschlag), also in a compound."""
    forms = (norm(token.text), norm(token.lemma_))
    return any(form.endswith(noun) for form in forms for noun in event.nouns)


def holder_attached(tokens: list[Token], k: int, event: WorldEvent) -> bool:
    """A holder right after the noun, through genitives/prepositions, before it, or through a possessive."""
    return holder_after(tokens, k, event) or holder_before(tokens, k, event) or possessed(tokens, k, event)


def holder_after(tokens: list[Token], k: int, event: WorldEvent) -> bool:
    """ "Amtseinführung Obamas", "Krieg gegen den Irak", "Sieges der Alliierten im Zweiten Weltkrieg"."""
    pos, links = k + 1, 0
    while pos < len(tokens) and links <= event.entry.get("links", 1):
        if is_holder(tokens, pos, event):
            return True
        if tokens[pos].text.lower() in LINK_WORDS and tokens[pos - 1].tag_ not in ("APPR", "APPRART"):
            links += 1  # "in der Ukraine" is one link, not two
        elif tokens[pos].tag_ not in NOUN_PHRASE_TAGS:
            return False
        pos += 1
    return False


def holder_before(tokens: list[Token], k: int, event: WorldEvent) -> bool:
    """ "Obamas Amtseinführung", "Obamas zweite Amtszeit": a genitive name before the noun."""
    j = k - 1
    while j >= 0 and tokens[j].tag_ == "ADJA":
        j -= 1
    return j >= 0 and tokens[j].text.endswith(("s", "’", "'")) and any(
        phrase_at(tokens, j - len(h) + 1, h) for h in event.holders if j - len(h) + 1 >= 0)


def possessed(tokens: list[Token], k: int, event: WorldEvent) -> bool:
    """ "Merkel hat während ihrer Amtszeit ...": a possessive whose nearest earlier name is a holder."""
    j = k - 1
    while j >= 0 and tokens[j].tag_ == "ADJA":
        j -= 1
    if j < 0 or tokens[j].text.lower() not in POSSESSIVES:
        return False
    names = [i for i in range(len(tokens)) if i != k and (tokens[i].tag_ == "NE" or tokens[i].pos_ == "PROPN")]
    before = [i for i in names if i < j]
    name = before[-1] if before else next(iter(names), None)  # "Während ihrer Amtszeit hatte Merkel ..."
    return name is not None and any(phrase_at(tokens, name, h) or name - len(h) + 1 >= 0
                                    and phrase_at(tokens, name - len(h) + 1, h) for h in event.holders)


def is_holder(tokens: list[Token], i: int, event: WorldEvent) -> bool:
    return any(phrase_at(tokens, i, h) for h in event.holders)


def other_role(tokens: list[Token], k: int, event: WorldEvent) -> bool:
    """ "in seiner Amtszeit als Unternehmer": an "als" role that is not one of the event's roles."""
    if k + 2 >= len(tokens) or tokens[k + 1].text.lower() != "als" or "roles" not in event.entry:
        return False
    role = next((t for t in tokens[k + 2: k + 2 + ROLE_WINDOW] if t.tag_ == "NN"), tokens[k + 2])
    return norm(role.text) not in {norm(r) for r in event.entry["roles"]}


def ordinal_before(tokens: list[Token], k: int) -> int | None:
    """ "seiner ersten Amtszeit" -> 1."""
    ordinals = settings("world_events.toml")["ordinals"]
    return ordinals.get(norm(tokens[k - 1].text)) if k > 0 else None


def timex_values(sentence: Span) -> set[str]:
    """The values of the time expressions on the Doc inside a sentence (callers with a Timex list pass theirs)."""
    return {span._.value for span in sentence.doc.spans.get("timexes", []) if span.start >= sentence.start
            and span.end <= sentence.end}


def dated_by_timex(sentence: Span, event: WorldEvent, values: set[str]) -> Token | None:
    """The event noun of a sentence that also gives the event's own full date ("am 11. September 2001")."""
    if "date" not in event.entry or event.entry["date"] not in values:
        return None
    return next((t for t in sentence if t.tag_ == "NN" and is_event_noun(t, event)), None)


@dataclass(frozen=True)
class Mention:
    """Evidence in the text for one world event."""

    event: WorldEvent
    start: int
    end: int

    def record(self) -> dict:
        entry = self.event.entry
        return {"label": entry["label"], "start": entry["start"], "end": entry.get("end"),
                "evidence": {"start": self.start, "end": self.end}, "origin": "world-knowledge",
                "note": entry["source"], "ongoing": bool(entry.get("ongoing"))}


def events_in_sentence(sentence: Span, dct: dt.date | None, values: set[str] | None = None) -> list[Mention]:
    """The world events a sentence names, one per piece of evidence, the most fitting entry each.

    `values`: the values of the sentence's time expressions, if the caller has them (else read from the Doc).
    """
    values = timex_values(sentence) if values is None else values
    tokens = [t for t in sentence if not t.is_space]
    found, entries, strings = [], world_events(), sentence.doc.vocab.strings
    for i, token in enumerate(tokens):
        possible = hashed_entries(strings, token.orth, token.tag, token.lemma)
        candidates = [(entries[k], n) for k in possible if (n := named_at(tokens, i, entries[k]))] if possible else []
        if not candidates:
            continue
        best, size = choose(candidates, tokens, i, sentence, dct)
        found.append(Mention(best, token.idx, tokens[i + size - 1].idx + len(tokens[i + size - 1].text)))
    for event in world_events():
        if (token := dated_by_timex(sentence, event, values)) is not None and token.idx not in {m.start for m in found}:
            found.append(Mention(event, token.idx, token.idx + len(token.text)))
    return found


class SentenceMentions(dict):
    """The world events each sentence of one Doc names, found once: events, speech acts and the lead all ask."""

    def __init__(self, dct: dt.date | None, timexes: list):
        super().__init__()
        self.dct, self.timexes, self.starts = dct, timexes, [t.start for t in timexes]

    def of(self, sentence: Span) -> list[Mention]:
        """The mentions of a sentence, dated by the time expressions (Timex list, in text order) inside it."""
        if sentence.start not in self:
            first = bisect.bisect_left(self.starts, sentence.start_char)
            last = bisect.bisect_left(self.starts, sentence.end_char)
            self[sentence.start] = events_in_sentence(sentence, self.dct, {t.value for t in self.timexes[first:last]})
        return self[sentence.start]


def choose(candidates: list[tuple[WorldEvent, int]], tokens: list[Token], i: int, sentence: Span,
           dct: dt.date | None) -> tuple[WorldEvent, int]:
    """Among entries named by the same words: the ordinal the text gives, else the latest begun before dct."""
    ordinal = ordinal_before(tokens, i)
    if ordinal and (same := [c for c in candidates if c[0].entry.get("ordinal") == ordinal]):
        return same[0]
    if dct is None:
        return max(candidates, key=lambda c: c[0].entry["start"])
    today = dct.isoformat()
    begun = [c for c in candidates if c[0].entry["start"] <= today] or candidates
    if clause_tense(clause_of(sentence, tokens[i])) == -1:
        settled = (dct - PAST_MARGIN).isoformat()
        begun = [c for c in begun if not c[0].period or c[0].entry["start"] <= settled] or begun
    return max(begun, key=lambda c: c[0].entry["start"])


def anchor_year(sentence: Span, offset: int, dct: dt.date | None) -> int | None:
    """The year of the world event an anniversary at `offset` marks ("80. Jahrestag des Sieges ...")."""
    marked = [m for m in events_in_sentence(sentence, dct) if m.event.entry["start"][:4].isdigit()]
    after = [m for m in marked if m.start > offset]
    base = min(after or marked, key=lambda m: m.start, default=None)
    return int(base.event.entry["start"][:4]) if base else None
