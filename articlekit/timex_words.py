"""The time word lists (articlekit/data/time_words.toml) and how tokens are matched against them.

Inflected forms match by their stem: "jährlich" covers "jährliche", "jährlichen", "jährliches".
"""
from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Token

from .resources import settings

INFLECTION = ("", "e", "en", "er", "es", "em", "n", "s")


def words() -> dict:
    return settings("time_words.toml")


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries (keys) of one word list of articlekit/data/time_words.toml."""
    return tuple(words()[name])


def stem_in(token: Token, table: tuple[str, ...]) -> str | None:
    """The entry of a word list that a token inflects ("jährlichen" -> "jährlich"), or None."""
    return stem_of(token.text.lower(), table)


@lru_cache(maxsize=200_000)
def stem_of(lower: str, table: tuple[str, ...]) -> str | None:
    """The entry of a word list that a lower-case word inflects, or None."""
    for ending in INFLECTION:
        if lower.endswith(ending):
            base = lower[: len(lower) - len(ending)] if ending else lower
            if base in table:
                return base
    return None


@lru_cache(maxsize=64)
def inflected_forms(table: tuple[str, ...]) -> frozenset[str]:
    """Every word stem_of maps to an entry of a word list: each entry with each inflection ending."""
    return frozenset(entry + ending for entry in table for ending in INFLECTION)


def unit_of(token: Token) -> str | None:
    """The time unit a noun names, singular or plural (Jahr, Jahre, Jahren, Jahres -> jahr)."""
    lemma = token.lemma_.lower()
    return lemma if lemma in words()["units"] else stem_in(token, entries("units"))


def is_plural(token: Token) -> bool:
    """Jahre, Jahren, Wochen (not the genitive Jahres or the singular Woche)."""
    text, lemma = token.text.lower(), token.lemma_.lower()
    return text != lemma and text.endswith(("e", "en", "n")) and text not in (lemma + "s", lemma + "es")


def month_at(token: Token) -> int | None:
    lower = token.text.lower().rstrip(".")
    if lower in words()["months"]:
        return words()["months"].index(lower) + 1
    return words()["month_abbreviations"].get(lower)


def year_at(tokens: list[Token], i: int) -> int | None:
    text = tokens[i].text if i < len(tokens) else ""
    return int(text) if len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2199 else None


def number_at(token: Token) -> int | None:
    return int(token.text) if token.text.isdigit() else words()["numbers"].get(token.text.lower())


def lower_at(tokens: list[Token], i: int) -> str:
    return tokens[i].text.lower() if i < len(tokens) else ""
