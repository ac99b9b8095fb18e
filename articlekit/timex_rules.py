"""The rules that find time expressions, registered with the words that can start them.

Adding a rule is one edit here: decorate a function with `@rule(...)` naming its trigger word
lists (from articlekit/data/time_words.toml), literal trigger words, or DIGITS. A rule is tried
only at a word that it triggers or that comes right before one of its trigger words ("diesem
Jahr"), so its triggers must cover every word it can start at (a test checks each rule's example).
Rules run in registration order; each returns a `Hit` with a typed value (articlekit.timex_values).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from .timex_values import Absolute, Relative, TimexValue, Vague, Weekday, Yearless
from .timex_words import (
    entries,
    inflected_forms,
    is_plural,
    lower_at,
    month_at,
    number_at,
    stem_in,
    unit_of,
    words,
    year_at,
)

DATE_TOKEN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
CLOCK = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?$")
DECADE = re.compile(r"^(\d{4}|\d0)er(?:-?Jahren?)?n?$")  # 1990er, 90er, 1990er-Jahre, 1980ern
DIGITS = "#digits"  # trigger: any token with a digit
PREFIX = "prefix:"  # trigger: a word list whose entries may start a compound ("Montagabend")
CLOCK_UNITS = ("stunde", "minute", "sekunde")


@dataclass(frozen=True)
class Hit:
    """What a rule found: the token index after the expression, its TIMEX3 type, typed value and mod."""

    end: int
    type: str
    value: TimexValue
    mod: str | None = None


@dataclass
class Context:
    """What rules may look at besides the tokens: the sentence, the word lists, nested matching."""

    sentence: Span
    match: Callable[[list[Token], int], Hit | None]
    anchor_year: Callable[[Span, int], int | None]  # year of the world event an anniversary marks


@dataclass(frozen=True)
class Rule:
    name: str
    find: Callable[[Context, list[Token], int], Hit | None]
    triggers: tuple[str, ...]


RULES: list[Rule] = []


def rule(*triggers: str):
    """Register a rule with its trigger words: list names, PREFIX + list name, literal words or DIGITS."""
    def register(find):
        RULES.append(Rule(find.__name__, find, triggers))
        return find
    return register


@dataclass(frozen=True)
class Triggers:
    """The registered rules' trigger words, indexed once: a word never seen costs a few look-ups, not every list."""

    forms: dict[str, frozenset[str]]  # every inflected form of a list entry (stem_of) -> rule names
    literals: dict[str, frozenset[str]]  # literal trigger words -> rule names
    prefixes: tuple[tuple[tuple[str, ...], str], ...]  # (entries that may start a compound, rule name)
    any_prefix: tuple[str, ...]  # all those entries: most words start with none
    digits: frozenset[str]  # rules triggered by any word with a digit


@lru_cache(maxsize=1)
def triggers() -> Triggers:
    """Built on first use, when every rule has registered."""
    forms, literals, prefixes, digits = defaultdict(set), defaultdict(set), [], set()
    for r in RULES:
        for trigger in r.triggers:
            if trigger == DIGITS:
                digits.add(r.name)
            elif trigger.startswith(PREFIX):
                prefixes.append((entries(trigger[len(PREFIX):]), r.name))
            elif trigger in words():
                for form in inflected_forms(entries(trigger)):
                    forms[form].add(r.name)
            else:
                literals[trigger].add(r.name)
    return Triggers({k: frozenset(v) for k, v in forms.items()}, {k: frozenset(v) for k, v in literals.items()},
                    tuple(prefixes), tuple(entry for entries_, _ in prefixes for entry in entries_), frozenset(digits))


@lru_cache(maxsize=200_000)
def rules_for(lower: str) -> frozenset[str]:
    """The names of the rules a lower-case word triggers (a list entry, inflected, a literal word, a digit)."""
    index = triggers()
    names = index.forms.get(lower.rstrip("."), frozenset()) | index.literals.get(lower, frozenset())
    if any(map(str.isdigit, lower)):
        names |= index.digits
    if lower.startswith(index.any_prefix):
        names = names.union(name for entries_, name in index.prefixes if lower.startswith(entries_))
    return names


def is_time_word(lower: str) -> bool:
    """Whether a word can start a time expression: the union of all registered rules' triggers."""
    return bool(rules_for(lower))


def rules_at(lower: str, following: str) -> tuple[Rule, ...]:
    """The rules to try at a word, in registration order: those its own or the next word triggers ("diesem Jahr")."""
    return in_order(rules_for(lower) | rules_for(following))


@lru_cache(maxsize=1024)
def in_order(names: frozenset[str]) -> tuple[Rule, ...]:
    """The named rules in registration order (few combinations occur)."""
    return tuple(r for r in RULES if r.name in names)


def checked_date(end: int, year: int, month: int, day: int) -> Hit | None:
    """A full date, or None if it does not exist (31.02.)."""
    try:
        return Hit(end, "DATE", Absolute(dt.date(year, month, day).isoformat()))
    except ValueError:
        return None


@rule(DIGITS, "months", "month_abbreviations")
def explicit_date(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """21.01.2025; 21. Januar 2025; 21. Januar (year by tense); Januar 2025; Januar."""
    token = tokens[i]
    if m := DATE_TOKEN.match(token.text):
        year = int(m[3]) + 2000 if int(m[3]) < 100 else int(m[3])
        return checked_date(i + 1, year, int(m[2]), int(m[1]))
    if token.text.endswith(".") and token.text[:-1].isdigit() and (month := month_at_index(tokens, i + 1)):
        day = int(token.text[:-1])
        if year := year_at(tokens, i + 2):
            return checked_date(i + 3, year, month, day)
        return Hit(i + 2, "DATE", Yearless(month, day)) if checked_date(i, 2000, month, day) else None
    month = month_at(token)
    if month and token.text[0].isupper() and token.text.lower().rstrip(".") in words()["months"]:
        if year := year_at(tokens, i + 1):
            return Hit(i + 2, "DATE", Absolute(f"{year:04d}-{month:02d}"))
        return Hit(i + 1, "DATE", Yearless(month))
    return None


def month_at_index(tokens: list[Token], i: int) -> int | None:
    return month_at(tokens[i]) if i < len(tokens) else None


@rule("modifiers")
def modified_period(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """Anfang/Mitte/Ende + (des) [shift] unit, month or year: "Ende des Jahrzehnts", "Mitte 2025"."""
    mod = words()["modifiers"].get(tokens[i].text.lower())
    if mod is None or i + 1 >= len(tokens):
        return None
    j = i + 2 if lower_at(tokens, i + 1) in ("des", "der") else i + 1
    inner = ctx.match(tokens, j) if j < len(tokens) else None
    if inner is None and j < len(tokens) and (unit := unit_of(tokens[j])):
        inner = Hit(j + 1, "DATE", Relative(unit, 0))
    return Hit(inner.end, "DATE", inner.value, mod) if inner and inner.type == "DATE" else None


@rule(DIGITS)
def anniversary(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "80. Jahrestag": the year of the event it marks (world knowledge) plus 80."""
    token = tokens[i]
    if not (token.text.endswith(".") and token.text[:-1].isdigit() and i + 1 < len(tokens)):
        return None
    if stem_in(tokens[i + 1], entries("anniversaries")) is None:
        return None
    base = ctx.anchor_year(ctx.sentence, token.idx)
    return Hit(i + 2, "DATE", Absolute(f"{base + int(token.text[:-1]):04d}" if base else "XXXX"))


@rule("shifts")
def shifted_unit(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "diesem Jahr", "vergangenen Jahr", "nächste Woche", "das neue Jahr", "kommenden Jahren"."""
    j = i + 1 if tokens[i].pos_ == "DET" and stem_in(tokens[i], entries("shifts")) is None else i
    if j + 1 >= len(tokens) or (shift_word := stem_in(tokens[j], entries("shifts"))) is None:
        return None
    unit_token = tokens[j + 1]
    season, unit = stem_in(unit_token, entries("seasons")), unit_of(unit_token)
    if unit is None and season is None:
        return None
    amount = words()["shifts"][shift_word]
    if unit and is_plural(unit_token):
        return Hit(j + 2, "DATE", Vague("FUTURE_REF" if amount > 0 else "PAST_REF" if amount < 0 else "PRESENT_REF"))
    if season:
        return Hit(j + 2, "DATE", Relative(words()["seasons"][season], amount))
    if shift_word == "neu" and unit == "jahr":  # "das neue Jahr": the turn of the year
        return Hit(j + 2, "DATE", Relative("neujahr", 0, habit="XXXX-01-01"))
    return Hit(j + 2, "DATE", Relative(unit, amount))


@rule(DIGITS)
def decade(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "die 1990er Jahre", "der 90er-Jahre", "in den 1980ern": a decade (TIMEX3 "199")."""
    m = DECADE.match(tokens[i].text)
    if not m:
        return None
    digits = m[1] if len(m[1]) == 4 else "19" + m[1]
    end = i + 1 + (i + 1 < len(tokens) and unit_of(tokens[i + 1]) == "jahr")
    return Hit(end, "DATE", Absolute(digits[:3]))


@rule("ordinals", DIGITS)  # "1. Quartal": ordinals written as digits
def part_of_year(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "im dritten Quartal", "im ersten Halbjahr 2024": TIMEX3 "2025-Q3", "2024-H1"."""
    number = words()["ordinals"].get(tokens[i].text.lower())
    if number is None or i + 1 >= len(tokens):
        return None
    kind = words()["halves"].get(stem_in(tokens[i + 1], entries("halves")) or "")
    if kind is None or (kind == "H" and number > 2):
        return None
    if year := year_at(tokens, i + 2):
        return Hit(i + 3, "DATE", Absolute(f"{year:04d}-{kind}{number}"))
    first_month = (number - 1) * (3 if kind == "Q" else 6) + 1
    return Hit(i + 2, "DATE", Yearless(first_month, part=f"{kind}{number}"))


@rule(PREFIX + "weekends")
def weekend(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "am Wochenende": the coming one, or the last one if told in the past (TIMEX3 "2025-W04-WE")."""
    if stem_in(tokens[i], entries("weekends")) is None:
        return None
    return Hit(i + 1, "DATE", Weekday(5, weekend=True))


@rule("seasons")
def season(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "im Sommer", "im Frühjahr 2024": a season of the given year, or placed by the clause's tense."""
    found = stem_in(tokens[i], entries("seasons"))
    if found is None or not tokens[i].text[0].isupper():
        return None
    code = words()["seasons"][found]
    if year := year_at(tokens, i + 1):
        return Hit(i + 2, "DATE", Absolute(f"{year:04d}-{code}"))
    return Hit(i + 1, "DATE", Yearless(words()["season_starts"][code], part=code))


@rule(PREFIX + "weekdays")
def weekday(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "Montag", "Montagabend": the nearest such day, before the article's date if told in the past."""
    lower = tokens[i].text.lower()
    day = next((d for d in words()["weekdays"] if lower.startswith(d)), None)
    if day is None or not tokens[i].text[0].isupper():
        return None
    part = words()["parts_of_day"].get(lower[len(day):]) if lower != day else None
    if lower != day and part is None and stem_in(tokens[i], (day,)) is None:
        return None
    if not part and lower_at(tokens, i + 1) == "," and lower_at(tokens, i + 2) in ("dem", "den") \
            and (named := explicit_date(ctx, tokens, i + 3) if i + 3 < len(tokens) else None):
        return Hit(i + 1, "DATE", named.value)  # "am Sonntag, dem 19. Januar": the date says which Sunday
    return Hit(i + 1, "TIME" if part else "DATE", Weekday(words()["weekdays"].index(day), clock=part or ""))


@rule("days")
def deictic_day(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "heute", "gestern Abend", "morgen": days counted from the article's date."""
    lower = tokens[i].text.lower()
    if lower not in words()["days"] or (lower == "morgen" and tokens[i].text[0].isupper()):
        return None
    if part := words()["parts_of_day"].get(lower_at(tokens, i + 1)):
        return Hit(i + 2, "TIME", Relative("tag", words()["days"][lower], clock=part))
    return Hit(i + 1, "DATE", Relative("tag", words()["days"][lower]))


@rule(DIGITS)
def clock_time(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "14 Uhr", "14.30 Uhr", "14:30 Uhr" on the article's date."""
    m = CLOCK.match(tokens[i].text)
    if not m or lower_at(tokens, i + 1) != "uhr" or int(m[1]) > 24:
        return None
    return Hit(i + 2, "TIME", Relative("tag", 0, clock=f"{int(m[1]):02d}:{m[2] or '00'}"))


@rule(DIGITS, "units")
def year(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """A four-digit year, unless a noun follows ("2000 Soldaten"); "Jahr 2025" keeps "Jahr"."""
    found = year_at(tokens, i)
    if found is None:
        if unit_of(tokens[i]) == "jahr" and (given := year_at(tokens, i + 1)):
            return Hit(i + 2, "DATE", Absolute(f"{given:04d}"))
        return None
    if i + 1 < len(tokens) and tokens[i + 1].pos_ == "NOUN" and not unit_of(tokens[i + 1]):
        return None
    return Hit(i + 1, "DATE", Absolute(f"{found:04d}"))


@rule(DIGITS, "numbers", "vor", "in")
def numbered_span(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "drei Tage" (P3D), "seit zwei Jahren", "vor drei Jahren" (a date), "in zwei Wochen"."""
    direction = {"vor": -1, "in": 1}.get(tokens[i].text.lower())
    j = i + 1 if direction else i
    if j + 1 >= len(tokens) or (number := number_at(tokens[j])) is None or (unit := unit_of(tokens[j + 1])) is None:
        return None
    if direction and unit in ("jahr", "monat", "woche", "tag"):
        return Hit(j + 2, "DATE", Relative(unit, direction * number))
    letter = words()["units"][unit]
    if unit == "jahrzehnt":
        number, letter = number * 10, "Y"
    return Hit(j + 2, "DURATION", Absolute(f"{'PT' if unit in CLOCK_UNITS else 'P'}{number}{letter}"))


@rule("sets", "jedes", "jeden", "jede", "jedem")
def repetition(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "jährlich(e/en)" -> P1Y; "jedes Jahr", "jeden Montag" -> SET."""
    if found := stem_in(tokens[i], entries("sets")):
        return Hit(i + 1, "SET", Absolute(words()["sets"][found]))
    if tokens[i].text.lower() not in ("jedes", "jeden", "jede", "jedem") or i + 1 >= len(tokens):
        return None
    if (unit := unit_of(tokens[i + 1])) is not None:
        return Hit(i + 2, "SET", Absolute(f"P1{words()['units'][unit]}"))
    if (day := tokens[i + 1].text.lower()) in words()["weekdays"]:
        return Hit(i + 2, "SET", Absolute(f"XXXX-WXX-{words()['weekdays'].index(day) + 1}"))
    return None


@rule("units")
def bare_duration(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """A plural unit without a number: "Stunden" -> PTXH, "Jahre" -> PXY ("nur Stunden nach ...")."""
    token = tokens[i]
    unit = unit_of(token)
    if unit is None or token.pos_ != "NOUN" or not is_plural(token):
        return None
    if i > 0 and tokens[i - 1].pos_ in ("DET", "ADJ", "NUM"):
        return None
    return Hit(i + 1, "DURATION", Absolute(f"{'PT' if unit in CLOCK_UNITS else 'P'}X{words()['units'][unit]}"))


@rule("vague")
def vague(ctx: Context, tokens: list[Token], i: int) -> Hit | None:
    """ "bald", "jetzt", "künftig": a vague reference, never a date."""
    value = words()["vague"].get(tokens[i].text.lower())
    if value is None or tokens[i].pos_ not in ("ADV", "ADJ"):
        return None
    return Hit(i + 1, "DATE", Vague(value))
