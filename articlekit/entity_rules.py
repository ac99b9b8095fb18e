"""Entity rules 1-3: quoted names, names from the lists, named events, names after a descriptor noun."""
from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .entity_claims import Claims
from .lexicon import lexicon
from .marks import PAIRS
from .name_cues import COORDINATORS, FUNCTION_POS, LOCATIVE, Word, strip_genitive
from .tagger import known_word, tag_words

ROAD_NUMBER = re.compile(r"^\d{1,3}[a-z]?$")  # 7, 216, 27a
MIN_SPELLING = 3  # letters of a name looked up in other capitals ("Dax" for "DAX")
MIXED_CASE_TABLES = ("gazetteer/organisations.tsv", "gazetteer/misc_cldr.tsv", "gazetteer/misc.tsv")


def find_quoted_names(claims: Claims) -> None:
    """Rule 1: a quoted name after a noun. After a word for a work, any title: der Film „Das Parfum“ (MISC);
    after another noun, a short name: die Raumfähre „Discovery“ (MISC), die Zeitung „Bild“ (ORG, see rules 3, 5)."""
    words = claims.words
    for i in [i for i, word in enumerate(words) if i > 0 and word.text in PAIRS]:
        token, cue = words[i], words[i - 1]
        if cue.pos_ != "NOUN" or not claims.opens(i):
            continue
        ends = range(i + 2, min(i + 2 + claims.windows.title_words, len(words)))
        close = next((j for j in ends if words[j].text in PAIRS[token.text]), None)
        if close is None or not words[i + 1].capitalised:
            continue
        if gazetteer.is_work(cue.text):
            claims.add(i + 1, close, "MISC")
        elif close - i <= claims.windows.quoted_name_words and any(w.unknown_name for w in words[i + 1:close]):
            organisation = gazetteer.org_head(strip_genitive(cue.text.lower()))
            claims.add(i + 1, close, gazetteer.described_label(cue.text) or ("ORG" if organisation else "MISC"))


def find_listed(claims: Claims, min_words: int, max_words: int) -> None:
    """Rules 2 and 6: names from the lists, longest match first."""
    words, after = claims.words, 0  # after: the first word not inside a name found here
    for i in [i for i, word in enumerate(words) if word.listed_words >= min_words]:
        if i < after:
            continue
        for length in range(min(max_words, len(words) - i, words[i].listed_words), min_words - 1, -1):
            entry = (words[i].listed or other_spelling(words[i].text)) if length == 1 else \
                gazetteer.lookup([w.text for w in words[i:i + length]])
            if entry and plausible(claims, i, words[i:i + length], entry) and \
                    claims.add(i, i + length, entry.label, entry.canonical):
                after = i + length
                break


@lru_cache(maxsize=1)
def mixed_case_names() -> dict[str, gazetteer.Entry]:
    """Listed one-word organisations and other names written with two capitals or more ("DAX", "TecDAX",
    "iPhone"), by their lower case (the short tables only: places are not written so)."""
    names = (name for table in MIXED_CASE_TABLES for name in lexicon(table).entries
             if " " not in name and sum(char.isupper() for char in name) >= 2)
    return {name.casefold(): entry for name in names if (entry := gazetteer.lookup([name])) is not None}


@lru_cache(maxsize=100_000)
def other_spelling(text: str) -> gazetteer.Entry | None:
    """A listed name written with other capitals ("Dax", "TecDax", "Nato"), unless the spelling is a known word
    other than a name ("Mit" is no "MIT", "Bild" no "BILD")."""
    if len(text) < MIN_SPELLING or not text[:1].isupper():
        return None
    entry = mixed_case_names().get(text.casefold())
    if entry is None or known_word(text) and tag_words((text,))[0][1] != "NE":
        return None
    return entry


def plausible(claims: Claims, i: int, tokens: list[Word], entry: gazetteer.Entry) -> bool:
    """Listed names must look like names, not sentence-initial function words ("Seine Witwe"). A one-word
    city must be tagged as one, be unknown to the tagger's lexicon, or follow "in"; and no article may
    precede it: "das Essen" is food, "in Essen" a town."""
    if not (tokens[0].capitalised or entry.kind in ("org", "misc")) or (
            tokens[0].pos_ in FUNCTION_POS and tokens[0].is_sent_start):
        return False
    if len(tokens) > 1 or entry.kind != "city":
        return True
    before = claims.word(i - 1)
    if before is not None and before.pos_ == "DET":
        return False
    return (tokens[0].tag_ == "NE" or not known_word(tokens[0].text)
            or (before is not None and before.text.lower() in LOCATIVE))


def find_named_events(claims: Claims) -> None:
    """Rule 2, second part: a capitalised adjective mid-sentence before an event noun: "das Pariser Abkommen"
    (MISC); a town's adjective before a place noun: "der Kölner Dom" (LOC)."""
    words = claims.words
    for i in range(1, len(words) - 1):
        token, head = words[i], words[i + 1].text
        if not token.capitalised or token.is_sent_start or words[i - 1].text in ("„", "\"", "(", ":") \
                or words[i + 1].pos_ != "NOUN" or token.first_name:
            continue  # "Schröder wegen ...", "Peter Stein"
        if token.tag_ == "ADJA" and gazetteer.is_event_head(head):
            claims.add(i, i + 2, "MISC")
        elif token.text.endswith("er") and gazetteer.is_place_head(head) and \
                (token.tag_ == "ADJA" or token.unknown_name):  # a town the tagger does not know: "am Xdorfer Bahnhof"
            claims.add(i, i + 2, "LOC")


def find_roads(claims: Claims) -> None:
    """Rule 2, third part: a road by its number: "die A 7", "die Bundesstraße 216" (LOC)."""
    words = claims.words
    for i in range(len(words) - 1):
        if words[i].text in lexicon("gazetteer/road_words.txt") and ROAD_NUMBER.match(words[i + 1].text):
            claims.add(i, i + 2, "LOC")


def find_described(claims: Claims) -> None:
    """Rule 3: an unknown name after a noun that says what it is: "die Gemeinde X" (LOC), "der Konzern X" (ORG),
    also a name that starts with a first name ("der Modekonzern Hugo Boss")."""
    words = claims.words
    for i in range(len(words) - 1):
        label = words[i].described
        end = i + 1
        while label and (nxt := claims.word(end)) is not None and end - i <= claims.windows.described_words \
                and (nxt.unknown_name or end > i + 1 and words[end - 1].first_name and nxt.surname_like):
            end += 1
        if label and end > i + 1 and claims.add(i + 1, end, label):
            add_coordinated(claims, end, label)


def add_coordinated(claims: Claims, end: int, label: str) -> None:
    """Unknown names coordinated with a described one get its label: "die Dörfer Xkylä, Yvaara und Zjoki"."""
    while (link := claims.word(end)) is not None and link.text in COORDINATORS:
        first = stop = end + 1
        while (word := claims.word(stop)) is not None and word.unknown_name \
                and stop - first < claims.windows.described_words:
            stop += 1
        if stop == first or not claims.add(first, stop, label):
            return
        end = stop
