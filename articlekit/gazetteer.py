"""Word lists for named entities (articlekit/data/gazetteer/), looked up by an inflection-tolerant key.

German inflects names inside phrases: "die Vereinigten Staaten", "des Zweiten Weltkriegs",
"Russlands". A key strips adjective endings from all but the last word, so list entries and
text forms meet; a name's own endings are tried separately (see `lookup`). The one-word lists
(roles, heads, endings) are matched as their headers say (articlekit.lexicon).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import lexicon, name_bases, of_entries, without_adjective_ending
from .resources import table

MAX_WORDS = 5
THREE_LETTERS = 3  # descriptor nouns this short count only as whole words ("Ort", not "Sport")


@dataclass(frozen=True)
class Entry:
    label: str
    canonical: str
    kind: str


def key(words: Sequence[str]) -> tuple[str, ...]:
    """Lookup key: adjective endings removed from all words but the last."""
    return tuple(without_adjective_ending(word) for word in words[:-1]) + (words[-1],)


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


@lru_cache(maxsize=100_000)
def max_words_from(word: str) -> int:
    """How many words a list name starting with this word can have (1 if none starts with it)."""
    return longest_from().get(without_adjective_ending(word), 1)


@lru_cache(maxsize=1)
def lowercase_starts() -> frozenset[str]:
    """First words of list entries that start in lower case ("dpa", "taz"): the only ones looked up uncapitalised."""
    return frozenset(k[0] for k in entries() if not k[0][:1].isupper())


def lookup(words: Sequence[str]) -> Entry | None:
    """The entry for a word sequence, also when the last word is inflected (Russlands, Niederlanden)."""
    return lookup_words(tuple(words))


@lru_cache(maxsize=100_000)
def lookup_words(words: tuple[str, ...]) -> Entry | None:
    """`lookup` for a tuple of words, remembered: the same words recur in every text."""
    known = entries()
    hit = known.get(key(words))
    for base in name_bases(words[-1]) if hit is None else []:
        hit = hit or known.get(key(words[:-1] + (base,)))
    return hit


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The kit's own first names plus those of Jörg Michael's dictionary (two licences, two files)."""
    return lexicon("gazetteer/first_names.txt").entries | lexicon("gazetteer/first_names_nam_dict.txt").entries


def ends_in(word: str, nouns: tuple[str, ...]) -> bool:
    """Whether a word is one of the (lower-case) nouns or a compound ending in one, also inflected."""
    return word in of_entries(nouns, "suffix+inflection")


@lru_cache(maxsize=100_000)
def is_role(word: str) -> bool:
    """A title, office or profession, also as the last part of a compound (US-Präsidenten)."""
    return word in lexicon("gazetteer/roles.txt")


@lru_cache(maxsize=1)
def descriptors() -> dict[str, str]:
    """Nouns for kinds of places and organisations ("Gemeinde", "Konzern") -> the label of a name after them."""
    return {row["noun"]: row["label"] for row in table("gazetteer/descriptors.tsv")}


@lru_cache(maxsize=100_000)
def described_label(word: str) -> str | None:
    """The label a descriptor noun gives the name after it, also for compounds (Chemiekonzerns -> ORG);
    nouns of three letters only as whole words ("Ort", but not "Sport")."""
    noun = lexicon("gazetteer/descriptors.tsv").match(word)
    if noun is None or len(noun) <= THREE_LETTERS and lexicon("gazetteer/descriptors.tsv").match_whole(word) is None:
        return None
    return descriptors()[noun]


@lru_cache(maxsize=100_000)
def is_work(word: str) -> bool:
    """A word for a work whose title may follow in quotation marks (Film, Dokumentarfilms)."""
    return word in lexicon("gazetteer/work_nouns.txt")


@lru_cache(maxsize=100_000)
def is_event_head(word: str) -> bool:
    """A noun that ends a named event after a capitalised adjective (Krieg, Abkommen)."""
    return word in lexicon("gazetteer/event_heads.txt")


@lru_cache(maxsize=1)
def org_heads() -> dict[str, bool]:
    """Organisation head words -> whether they need a name after them."""
    return {row["head"]: row["needs_name"] == "yes" for row in table("gazetteer/org_heads.tsv")}


@lru_cache(maxsize=100_000)
def org_head(lower: str) -> str | None:
    """The organisation head word a lower-case word ends in ("außenministerium" -> "ministerium")."""
    return lexicon("gazetteer/org_heads.tsv").match(lower)


def org_suffixes() -> frozenset[str]:
    return lexicon("gazetteer/org_suffixes.txt").entries
