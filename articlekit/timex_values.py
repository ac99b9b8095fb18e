"""TIMEX3 values: typed as the rules find them, resolved against the document date in one place.

Rules describe what an expression says (`Absolute` "2024-03-03", `Relative` "vergangenen Jahr",
`Weekday` "am Montag", `Yearless` "im Mai", `Vague` "bald"); `resolve` turns that into a TIMEX3
value string for a document date (which may be unknown) and the direction of the clause (past -1,
future +1, unclear 0). `value_span` reads such a value back into the days it covers. Formatting
and parsing of values live here and nowhere else.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# TIMEX3 letters of the seasons and the months they cover (winter runs into the next year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
PARTS_OF_YEAR = {"Q": 3, "H": 6}  # quarter and half-year: months per part
NEW_YEAR_FROM_MONTH = 11  # "das neue Jahr" said in November or December is the coming one
VAGUE_TO_MOD = {"FUTURE_REF": "AFTER", "PAST_REF": "BEFORE", "PRESENT_REF": "APPROX"}


@dataclass(frozen=True)
class Absolute:
    """A value the text gives in full: "3. März 2024", "1990er Jahre", "drei Tage", "jährlich"."""

    value: str


@dataclass(frozen=True)
class Vague:
    """A vague reference ("bald", "damals", "in den kommenden Jahren"): never turned into a date."""

    value: str


@dataclass(frozen=True)
class Relative:
    """A unit counted from the document date: "vergangenen Jahr" (jahr, -1), "gestern Abend" (tag, -1, EV)."""

    unit: str
    amount: int
    clock: str = ""
    habit: str = ""  # the SET value when the clause describes a habit ("rund um das neue Jahr")


@dataclass(frozen=True)
class Weekday:
    """A weekday (0 = Monday) or the weekend (day 5, weekend=True), placed by the clause's tense."""

    day: int
    clock: str = ""
    weekend: bool = False


@dataclass(frozen=True)
class Yearless:
    """A month, day, season or part of a year without its year: "im Mai", "5. Mai", "im dritten Quartal"."""

    month: int
    day: int | None = None
    part: str = ""  # "Q3", "H1", "SU": a part of the year that starts in `month`


TimexValue = Absolute | Vague | Relative | Weekday | Yearless


def resolve(value: TimexValue, dct: dt.date | None, direction: int = 0, habitual: bool = False) -> str:
    """The TIMEX3 value string of a typed value, given the document date and the clause's direction."""
    if isinstance(value, (Absolute, Vague)):
        return value.value
    if habitual and (set_value := habit_value(value)):
        return set_value
    if isinstance(value, Relative):
        return shifted(value, dct)
    if isinstance(value, Weekday):
        return weekday_value(value, dct, direction)
    return yearless_value(value, dct, direction)


def habit_value(value: Relative | Weekday | Yearless) -> str:
    """The SET value of an expression inside a habit ("jedes Jahr im Mai" -> XXXX-05), or ""."""
    if isinstance(value, Relative):
        return value.habit
    if isinstance(value, Weekday):
        return "XXXX-WXX-WE" if value.weekend else f"XXXX-WXX-{value.day + 1}"
    if value.part:
        return f"XXXX-{value.part}"
    return f"XXXX-{value.month:02d}" + (f"-{value.day:02d}" if value.day else "")


def shifted(value: Relative, dct: dt.date | None) -> str:
    """The unit `amount` steps away from the document date (year, month, week, day, decade ...)."""
    if dct is None:
        return "XXXX"
    unit, amount = value.unit, value.amount
    if unit == "jahr":
        return f"{dct.year + amount:04d}"
    if unit == "neujahr":
        return f"{dct.year + (dct.month >= NEW_YEAR_FROM_MONTH):04d}"
    if unit == "monat":
        month = dct.year * 12 + dct.month - 1 + amount
        return f"{month // 12:04d}-{month % 12 + 1:02d}"
    if unit == "woche":
        year, week, _ = (dct + dt.timedelta(weeks=amount)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "tag":
        day = (dct + dt.timedelta(days=amount)).isoformat()
        return f"{day}T{value.clock}" if value.clock else day
    if unit == "jahrzehnt":
        return f"{dct.year // 10 + amount:03d}"
    if unit == "jahrhundert":
        return f"{dct.year // 100 + amount:02d}"
    if unit == "quartal":
        quarter = dct.year * 4 + (dct.month - 1) // 3 + amount
        return f"{quarter // 4:04d}-Q{quarter % 4 + 1}"
    if unit in SEASON_MONTHS:  # "vergangenen Sommer": a season counted in years
        return f"{dct.year + amount:04d}-{unit}"
    return "XXXX"


def weekday_value(value: Weekday, dct: dt.date | None, direction: int) -> str:
    """The nearest such day (or weekend) from the document date: the last one if told in the past."""
    if dct is None:
        return "XXXX-WXX-WE" if value.weekend else f"XXXX-WXX-{value.day + 1}"
    delta = (value.day - dct.weekday()) % 7
    if direction < 0 and delta:
        delta -= 7
    day = dct + dt.timedelta(days=delta)
    if value.weekend:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    return day.isoformat() + (f"T{value.clock}" if value.clock else "")


def yearless_value(value: Yearless, dct: dt.date | None, direction: int) -> str:
    """The year of a date without one: the last occurrence if told in the past, the next if ahead."""
    tail = value.part or f"{value.month:02d}" + (f"-{value.day:02d}" if value.day else "")
    if dct is None:
        return f"XXXX-{tail}"
    year = dct.year
    first, last = value_span(f"{year:04d}-{tail}") or (dct, dct)
    if direction < 0 and first > dct:
        year -= 1
    elif direction > 0 and last < dct:
        year += 1
    return f"{year:04d}-{tail}"


def value_span(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3 date value covers ("2024" -> the whole year), or None if vague."""
    value = value.split("T")[0]
    if re.fullmatch(r"\d{3}", value):  # a decade: "202" -> 2020-2029
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return months_span(int(m[1]), int(m[2]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, last = SEASON_MONTHS[m[2]]
        return months_span(int(m[1]), first, last)
    if m := re.fullmatch(r"(\d{4})-([QH])([1-4])", value):
        size = PARTS_OF_YEAR[m[2]]
        return months_span(int(m[1]), (int(m[3]) - 1) * size + 1, int(m[3]) * size)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        first = monday + dt.timedelta(days=5) if m[3] else monday
        return first, monday + dt.timedelta(days=6)
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return day, day


def months_span(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """From the first day of month `first` to the last day of month `last` (13, 14: next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
