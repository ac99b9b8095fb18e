"""Word lists and how a word meets them: each list says in its own header which matching it wants.

    # match: exact               the word as written ("Anna", "GmbH")
    # match: suffix              the word ends in an entry, in any case ("Sindelfingen" ends in "ingen")
    # match: suffix+inflection   the word is an entry or a compound ending in one, also inflected
                                 ("Staatspräsidenten" ends in "präsident" + "en")
    # match: phrase+inflection   names of one or more words, as written, but inflected inside a sentence:
                                 adjective endings are ignored on all words but the last ("die Vereinigten
                                 Staaten" meets "Vereinigte Staaten") and the last may carry a name ending
                                 ("Russlands" meets "Russland", "Niederlanden" meets "Niederlande")

The endings German adds (articlekit/data/inflections.toml) live here and nowhere else.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .resources import PACKAGE_DATA, settings, without_gc

PHRASE = "phrase+inflection"
MODES = ("exact", "suffix", "suffix+inflection", PHRASE)
HEADER = re.compile(r"#\s*match:\s*(\S+)")
MIN_ADJECTIVE_STEM = 3  # "Vereinigten" -> "Vereinigt", but "Neue" keeps its ending


@lru_cache(maxsize=1)
def inflections() -> dict:
    """The ending tables: noun endings, name endings (with replacements), adjective endings, linking elements."""
    return settings("inflections.toml")


@lru_cache(maxsize=1)
def _adjective_ending() -> re.Pattern:
    endings = "|".join(inflections()["adjective"])
    return re.compile(rf"(?<=\w{{{MIN_ADJECTIVE_STEM}}})({endings})$")


def without_adjective_ending(word: str) -> str:
    """Vereinigten -> Vereinigt: the stem list entries and text forms share."""
    return _adjective_ending().sub("", word)


def name_bases(word: str) -> list[str]:
    """The forms an inflected name may come from, in order: Russlands -> Russland, Niederlanden -> Niederlande."""
    return [word[:-len(ending)] + replacement for ending, replacement in inflections()["name"]
            if word.endswith(ending) and len(word) > 3]


def phrase_key(words: Sequence[str]) -> tuple[str, ...]:
    """How a phrase is filed and looked up: adjective endings removed from all words but the last."""
    return (*map(without_adjective_ending, words[:-1]), words[-1])


def entry_key(entry: str) -> tuple[str, ...]:
    """How a listed name is filed: one word as it is, a phrase by phrase_key."""
    return phrase_key(entry.split()) if " " in entry else (entry,)


def phrase_keys(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The keys a phrase in a text may be listed under, in order: as written, then with a name ending undone."""
    return [phrase_key(words)] + [phrase_key([*words[:-1], base]) for base in name_bases(words[-1])]


def compound_stems(part: str) -> set[str]:
    """A compound's first part with and without its linking element: "Universitäts" -> Universität(s)."""
    return {part.removesuffix(link) for link in inflections()["linking"]}


@dataclass(frozen=True)
class Lexicon:
    """Entries of one word list and the one way a word is matched against them."""

    entries: frozenset[str]
    mode: str = "exact"
    forms: dict[str | tuple[str, ...], str] = field(default_factory=dict, compare=False, hash=False)
    rows: dict[str, list[str]] = field(default_factory=dict, compare=False, hash=False)  # a table's row per entry
    tails: frozenset[str] = field(default=frozenset(), init=False, compare=False, hash=False)

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"unknown match mode {self.mode!r}; use one of {', '.join(MODES)}")
        if self.mode == PHRASE and not self.forms:
            self.forms.update({phrase_key(entry.split()): entry for entry in sorted(self.entries)})
        if self.mode == "suffix+inflection":
            endings = inflections()["noun"]
            self.forms.update({entry + ending: entry for entry in self.entries for ending in endings})
        elif self.mode == "suffix":
            self.forms.update({entry: entry for entry in self.entries})
        if self.mode.startswith("suffix"):
            tails = frozenset(form[-length:] for form in self.forms for length in range(1, len(form) + 1))
            object.__setattr__(self, "tails", tails)  # frozen: set once here

    def match(self, word: str) -> str | None:
        """The entry the word matches (for suffixes the longest), or None."""
        if self.mode == "exact":
            return word if word in self.entries else None
        if self.mode == PHRASE:
            return self.match_words(word.split())
        lower, found = word.lower(), None
        for length in range(1, len(lower) + 1):  # longer and longer endings, while some form ends so
            ending = lower[-length:]
            if ending not in self.tails:
                break
            found = self.forms.get(ending, found)
        return found

    def match_words(self, words: Sequence[str]) -> str | None:
        """The listed phrase a sequence of words from a text is (phrase mode), or None."""
        return next((self.forms[key] for key in phrase_keys(words) if key in self.forms), None)

    def match_whole(self, word: str) -> str | None:
        """The entry the whole word is (inflected, but not as the end of a compound), or None."""
        return word if word in self.entries else self.forms.get(word.lower())

    def __contains__(self, word: str) -> bool:
        return word in self.entries if self.mode == "exact" else self.match(word) is not None


def read_rows(name: str) -> tuple[str, list[list[str]]]:
    """A list file's declared mode and its lines split at tabs (for a .tsv table without the header row)."""
    mode, rows = stream_rows(name)
    return mode, list(rows)


def stream_rows(name: str) -> tuple[str, Iterator[list[str]]]:
    """read_rows one row at a time: the 42,000 place names are read at every start, best without a list of rows."""
    mode, lines = entry_lines(name)
    return mode, (line.split("\t") for line in lines)


def entry_lines(name: str) -> tuple[str, Iterator[str]]:
    """A list file's declared mode and its lines that hold entries (no blank, comment or .tsv header line)."""
    lines = (PACKAGE_DATA / name).read_text(encoding="utf-8").splitlines()
    modes = [found.group(1) for line in lines if line.startswith("#") and (found := HEADER.match(line))]
    if not modes:
        raise ValueError(f"{name} does not say how to match it (a header line like '# match: exact')")
    content = (line for line in lines if line.strip() and not line.startswith("#"))
    if name.endswith(".tsv"):
        next(content, None)  # the header row
    return modes[0], content


def read_entries(name: str) -> tuple[str, list[str]]:
    """A list file's declared mode and its entries (for a .tsv table: the first column)."""
    mode, lines = entry_lines(name)
    return mode, first_columns(lines)


def first_columns(lines: Iterable[str]) -> list[str]:
    """Each line's first column, a line without a tab taken whole (lists of 20,000 words are read at start-up)."""
    return [(line.split("\t", 1)[0] if "\t" in line else line).strip() for line in lines]


@cache
@without_gc
def lexicon(name: str) -> Lexicon:
    """The word list articlekit/data/<name>, matched the way its header says (a table's entries are its first
    column; `rows` keeps each phrase's row, for the other columns)."""
    mode, lines = entry_lines(name)
    if mode == PHRASE:  # names keep their case; on a clash of keys the later line wins
        rows = [line.split("\t") for line in lines]
        entries = [row[0].strip() for row in rows]
        forms = {entry_key(entry): entry for entry in entries}
        return Lexicon(frozenset(entries), mode, forms, dict(zip(entries, rows, strict=True)))
    entries = first_columns(lines)
    if mode != "exact":
        entries = [entry.lower() for entry in entries]
    return Lexicon(frozenset(entries), mode)


@cache
def of_entries(entries: tuple[str, ...], mode: str) -> Lexicon:
    """A lexicon of entries given in code or read from a rules file (one per tuple, cached)."""
    return Lexicon(frozenset(entries), mode)
