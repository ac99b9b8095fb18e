"""Word lists for named entities (articlekit/data/gazetteer/), matched the way each list's header says.

German inflects names inside phrases: "die Vereinigten Staaten", "des Zweiten Weltkriegs",
"Russlands". The name tables (places, organisations, other names) are therefore matched as
`# match: phrase+inflection`, the one-word lists (roles, heads, endings) as exact words or
endings; articlekit.lexicon implements every mode.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import NamedTuple

from . import user_cache
from .lexicon import PHRASE, entry_key, lexicon, phrase_keys, stream_rows, without_adjective_ending
from .resources import PACKAGE_DATA, table, without_gc

MAX_WORDS = 5
THREE_LETTERS = 3  # descriptor and place nouns this short count only as whole words ("Ort", not "Sport")
NAME_TABLES = (  # table, label, kind (None: the kind column after "canonical"); a later table wins on a clash
    ("gazetteer/places.tsv", "LOC", None), ("gazetteer/places_extra.tsv", "LOC", None),
    ("gazetteer/organisations.tsv", "ORG", "org"), ("gazetteer/misc_cldr.tsv", "MISC", None),
    ("gazetteer/misc.tsv", "MISC", "misc"),
)


class Entry(NamedTuple):  # a named tuple: 42,000 are made at start-up, faster than a dataclass
    label: str
    canonical: str
    kind: str


MAKE_ENTRY = partial(tuple.__new__, Entry)  # what Entry(*fields) runs, without a Python call per name


class NameIndex(NamedTuple):
    entries: dict[tuple[str, ...], Entry]
    longest: dict[str, int]
    lowercase: frozenset[str]


@lru_cache(maxsize=1)
@without_gc
def index() -> NameIndex:
    """The name tables ready for lookups, kept in the user's cache between runs (articlekit.user_cache): reading
    42,000 names back takes a quarter of the time of parsing them."""
    keys, fields, longest, lowercase = user_cache.cached("names", sources(), build_index)
    return NameIndex(dict(zip(keys, map(MAKE_ENTRY, fields), strict=True)), longest, frozenset(lowercase))


def entries() -> dict[tuple[str, ...], Entry]:
    """All names of the tables by their phrase key; places first, so organisations and misc names win on a clash."""
    return index().entries


def longest_from() -> dict[str, int]:
    """First word of a list entry (as in its key) -> the most words an entry starting with it has."""
    return index().longest


def lowercase_starts() -> frozenset[str]:
    """First words of list entries that start in lower case ("dpa", "taz"): the only ones looked up uncapitalised."""
    return index().lowercase


def sources() -> list[bytes] | None:
    """What the name index is built from: the tables, the inflection endings and the code reading them (None when
    the code is installed without its source: then there is no telling a cache entry is current)."""
    code = Path(__file__)
    if not code.with_name("lexicon.py").is_file():
        return None
    data = [PACKAGE_DATA / name for name, _, _ in NAME_TABLES] + [PACKAGE_DATA / "inflections.toml"]
    return [path.read_bytes() for path in [*data, code, code.with_name("lexicon.py")]]


def build_index() -> tuple[list, list, dict[str, int], list[str]]:
    """From all tables (a later one winning a clash): the names' keys, their (label, canonical, kind), the most
    words a name starting with a word has (one word is the default) and the first words in lower case."""
    found: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for name, label, kind in NAME_TABLES:
        found.update(table_fields(name, label, kind))
    longest: dict[str, int] = {}
    for words in found:
        if len(words) > 1:
            longest[words[0]] = max(longest.get(words[0], 1), len(words))
    return list(found), list(found.values()), longest, [k[0] for k in found if not k[0][:1].isupper()]


def table_fields(name: str, label: str, kind: str | None) -> dict[tuple[str, ...], tuple[str, str, str]]:
    """One name table: (label, canonical, kind) by phrase key, the later line winning a clash; keeps no rows and
    shares equal strings (a canonical name equal to the name, the few kinds)."""
    mode, rows = stream_rows(name)
    if mode != PHRASE:
        raise ValueError(f"{name} must say '# match: {PHRASE}'")
    found, kinds = {}, {}
    for entry, canonical, *rest in rows:
        entry = entry.strip()
        kind_of = kind or rest[0]
        found[entry_key(entry)] = (label, entry if canonical in ("", entry) else canonical,
                                   kinds.setdefault(kind_of, kind_of))
    return found


@lru_cache(maxsize=100_000)
def max_words_from(word: str) -> int:
    """How many words a list name starting with this word can have (1 if none starts with it)."""
    return longest_from().get(without_adjective_ending(word), 1)


def lookup(words: Sequence[str]) -> Entry | None:
    """The entry for a word sequence, also when inflected (Russlands, Niederlanden, Vereinigten Staaten)."""
    return lookup_words(tuple(words))


@lru_cache(maxsize=100_000)
def lookup_words(words: tuple[str, ...]) -> Entry | None:
    """`lookup` for a tuple of words, remembered: the same words recur in every text."""
    known = entries()
    return next((known[key] for key in phrase_keys(words) if key in known), None)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The kit's own first names plus those of Jörg Michael's dictionary (two licences, two files)."""
    return lexicon("gazetteer/first_names.txt").entries | lexicon("gazetteer/first_names_nam_dict.txt").entries


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
def is_place_head(word: str) -> bool:
    """A noun that ends a place's name after a town's adjective (Dom, Hauptbahnhof); heads of three letters only
    as whole words ("Weg", "Tor", "See", but not "Direktor" or "wegen")."""
    heads = lexicon("gazetteer/place_heads.txt")
    head = heads.match(word)
    return head is not None and (len(head) > THREE_LETTERS or heads.match_whole(word) is not None)


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
