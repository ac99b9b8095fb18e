"""Word lists for named entities (articlekit/data/gazetteer/), looked up by an inflection-tolerant key.

German inflects names inside phrases: "die Vereinigten Staaten", "des Zweiten Weltkriegs",
"Russlands". A key strips adjective endings from all but the last word, so list entries and
text forms meet; a trailing genitive -s is tried separately (see `lookup`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import table, word_list

ADJECTIVE_ENDING = re.compile(r"(?<=\w{3})(e|en|em|er|es)$")
MAX_WORDS = 5
NOUN_ENDINGS = ("", "e", "n", "en", "s", "es")  # Präsident, Präsidenten, Orte, Konzerns, Ortes


@dataclass(frozen=True)
class Entry:
    label: str
    canonical: str
    kind: str


def key(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Lookup key: adjective endings removed from all words but the last."""
    return tuple(ADJECTIVE_ENDING.sub("", word) for word in words[:-1]) + (words[-1],)


@lru_cache(maxsize=1)
def entries() -> dict[tuple[str, ...], Entry]:
    """All list entries by key; places first, so organisations and misc names win on a clash."""
    found: dict[tuple[str, ...], Entry] = {}
    for name in ("gazetteer/places.tsv", "gazetteer/places_extra.tsv"):
        for row in table(name):
            found[key(row["name"].split())] = Entry("LOC", row["canonical"] or row["name"], row["kind"])
    for name, label in (("gazetteer/organisations.tsv", "ORG"), ("gazetteer/misc.tsv", "MISC")):
        for row in table(name):
            found[key(row["name"].split())] = Entry(label, row["canonical"] or row["name"], label.lower())
    return found


@lru_cache(maxsize=1)
def longest_from() -> dict[str, int]:
    """First word of a list entry (as in its key) -> the most words an entry starting with it has."""
    longest: dict[str, int] = {}
    for words in entries():
        longest[words[0]] = max(longest.get(words[0], 1), len(words))
    return longest


def max_words_from(word: str) -> int:
    """How many words a list name starting with this word can have (1 if none starts with it)."""
    return longest_from().get(ADJECTIVE_ENDING.sub("", word), 1)


@lru_cache(maxsize=1)
def lowercase_starts() -> frozenset[str]:
    """First words of list entries that start in lower case ("dpa", "taz"): the only ones looked up uncapitalised."""
    return frozenset(k[0] for k in entries() if not k[0][:1].isupper())


INFLECTIONS = {"es": (1, 2), "s": (1,), "en": (1,)}  # Russlands, Kongresses; Niederlanden, Linken


def lookup(words: list[str]) -> Entry | None:
    """The entry for a word sequence, also when the last word carries a genitive -s/-es or a dative -n."""
    known = entries()
    hit = known.get(key(words))
    last = words[-1]
    ending = next((e for e in INFLECTIONS if last.endswith(e)), None)
    if hit is None and ending and len(last) > 3:
        for cut in INFLECTIONS[ending]:
            hit = hit or known.get(key(words[:-1] + [last[:-cut]]))
    return hit


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The kit's own first names plus those of Jörg Michael's dictionary (two licences, two files)."""
    return word_list("gazetteer/first_names.txt") | word_list("gazetteer/first_names_nam_dict.txt")


@lru_cache(maxsize=1)
def roles() -> tuple[str, ...]:
    """Role nouns; compounds (Staatspräsident) are recognised by their ending."""
    return tuple(sorted(word_list("gazetteer/roles.txt")))


@lru_cache(maxsize=1)
def work_nouns() -> tuple[str, ...]:
    """Words for works (Film, Album); compounds (Dokumentarfilm) count by their ending."""
    return tuple(sorted(word_list("gazetteer/work_nouns.txt")))


@lru_cache(maxsize=None)
def inflected_forms(nouns: tuple[str, ...]) -> dict[str, str]:
    """Every inflected form of the nouns (-e, -n, -en, -s, -es) -> its noun."""
    return {noun + ending: noun for noun in nouns for ending in NOUN_ENDINGS}


def noun_at_end(word: str, nouns: tuple[str, ...]) -> str | None:
    """The noun a word is, or ends in as a compound, also inflected: "Chemiekonzerns" -> "konzern".
    The longest ending wins, so "Wohnort" is "wohnort", not "ort"."""
    lower, forms = word.lower(), inflected_forms(nouns)
    return next((forms[lower[-length:]] for length in range(len(lower), 0, -1) if lower[-length:] in forms), None)


def ends_in(word: str, nouns: tuple[str, ...]) -> bool:
    """Whether a word is one of the nouns or a compound ending in one, also inflected."""
    return noun_at_end(word, nouns) is not None


@lru_cache(maxsize=100_000)
def is_role(word: str) -> bool:
    """A title, office or profession, also as the last part of a compound (US-Präsidenten)."""
    return ends_in(word, roles())


@lru_cache(maxsize=1)
def descriptors() -> dict[str, str]:
    """Nouns for kinds of places and organisations ("Gemeinde", "Konzern") -> the label of a name after them."""
    return {row["noun"]: row["label"] for row in table("gazetteer/descriptors.tsv")}


@lru_cache(maxsize=100_000)
def described_label(word: str) -> str | None:
    """The label a descriptor noun gives the name after it, also for compounds (Chemiekonzerns -> ORG);
    nouns of three letters only as whole words ("Ort", but not "Sport")."""
    noun = noun_at_end(word, tuple(descriptors()))
    if noun is None or len(noun) <= 3 and inflected_forms((noun,)).get(word.lower()) is None:
        return None
    return descriptors()[noun]


@lru_cache(maxsize=100_000)
def is_work(word: str) -> bool:
    """A word for a work whose title may follow in quotation marks (Film, Dokumentarfilms)."""
    return ends_in(word, work_nouns())


@lru_cache(maxsize=1)
def org_heads() -> dict[str, bool]:
    """Organisation head words -> whether they need a name after them."""
    return {row["head"]: row["needs_name"] == "yes" for row in table("gazetteer/org_heads.tsv")}


@lru_cache(maxsize=100_000)
def org_head(lower: str) -> str | None:
    """The organisation head word a lower-case word ends in ("außenministerium" -> "ministerium")."""
    return next((head for head in org_heads() if lower.endswith(head)), None)


def org_suffixes() -> frozenset[str]:
    return word_list("gazetteer/org_suffixes.txt")
