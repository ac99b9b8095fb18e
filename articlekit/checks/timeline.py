"""Self-checks for notebook 04 (time expressions, chronology, time zones): German feedback, never an exception.

Every check recomputes its answer from the live analysis, so the exercises work on any article;
where an item is missing, the student reads a German sentence instead of a traceback.
"""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..analysis import analyze
from ..article import ArticleError, from_text
from ..export import lane
from ..feedback import MONTHS, ____, german_date, is_open, not_in_article, not_yet, plural, right, still_open

__all__ = ["____", "timexes_at", "values_at", "timex_type", "moved_values", "text_order", "chronology",
           "clock_time"]

TYPE_HINTS = {  # what to ask yourself for each TIMEX3 type (never the type's name itself)
    "SET": "Nennt der Ausdruck einen bestimmten Zeitpunkt – oder etwas, das sich regelmäßig wiederholt?",
    "DURATION": "Fragt der Ausdruck „wann?“ oder „wie lange?“",
    "DATE": "Kannst du den Ausdruck in einem Kalender als Tag, Woche, Monat oder Jahr einkreisen?",
    "TIME": "Nennt der Ausdruck eine Uhrzeit oder eine Tageszeit?",
}
TYPES = tuple(TYPE_HINTS)


def timexes_at(text: str, date) -> list[dict] | None:
    """The kit's time expressions of a short text published on `date`; None if the date is not JJJJ-MM-TT."""
    if is_open(date):
        return None
    try:
        return analyze(from_text(text, date=date))["timexes"]
    except (ArticleError, TypeError, ValueError):
        return None


def values_at(text: str, date) -> dict[str, str] | str:
    """Expression -> TIMEX3 value for a text published on `date` (the blank stays a blank, a bad date says so)."""
    if is_open(date):
        return ____
    timexes = timexes_at(text, date)
    if timexes is None:
        return f"Kein gültiges Datum: {date!r} (Format JJJJ-MM-TT)"
    return {t["text"]: t["value"] for t in timexes}


def _find(timexes: list[dict] | None, expression: str) -> dict | None:
    """The time expression with this text (case and surrounding spaces ignored), if the kit found it."""
    wanted = str(expression).strip().lower()
    found = timexes if isinstance(timexes, list) else []
    return next((t for t in found if isinstance(t, dict) and t.get("text", "").lower() == wanted), None)


def timex_type(answer, timexes: list[dict] | None, expression: str) -> None:
    """Exercise: DATE, TIME, DURATION or SET for an expression the kit found."""
    if is_open(answer):
        still_open(f"der Typ von „{expression}“")
        return
    timex = _find(timexes, expression)
    if timex is None:
        not_in_article(f"den Zeitausdruck „{expression}“ (das Programm hat ihn nicht gefunden)")
        return
    given, expected = str(answer).strip().upper(), timex["type"]
    if given not in TYPES:
        not_yet("Antworte mit einem der vier TIMEX3-Typen: DATE, TIME, DURATION oder SET.")
    elif given == expected:
        right(f"„{timex['text']}“ ist vom Typ {expected}, Wert {timex['value']}.")
    else:
        not_yet(TYPE_HINTS[expected])


def iso_date(value: str) -> str:
    """"3. März 2019" -> "2019-03-03" (other text unchanged): exercises name the date as Germans write it."""
    found = re.fullmatch(r"\s*(\d{1,2})\.\s*(\w+)\s+(\d{4})\s*", str(value))
    if not found or found.group(2) not in MONTHS:
        return str(value)
    day, month, year = int(found.group(1)), MONTHS.index(found.group(2)) + 1, int(found.group(3))
    return f"{year:04d}-{month:02d}-{day:02d}"


def moved_values(answer, text: str, date: str) -> None:
    """Exercise (code-gap): call values_at with the right date; compare with the kit's values for that date."""
    if is_open(answer):
        still_open("das Datum im Funktionsaufruf")
        return
    date = iso_date(date)
    expected = values_at(text, date)
    if not isinstance(answer, dict):
        not_yet("Das Datum muss als Text im Format JJJJ-MM-TT stehen: Jahr, Monat, Tag mit Bindestrichen.")
    elif not expected:
        not_in_article("in diesem Text einen Zeitausdruck")
    elif answer == expected:
        pairs = ", ".join(f"„{k}“ = {v}" for k, v in expected.items())
        right(f"Vom {german_date(date)} aus gerechnet: {pairs}.")
    else:
        not_yet("Die Werte passen zu einem anderen Tag. Vergleiche Jahr, Monat und Tag mit der Aufgabe "
                "(Reihenfolge: Jahr-Monat-Tag).")


def text_order(result: dict) -> list[dict]:
    """Dated events of the world and text lanes, one per label, in the order the text mentions them."""
    events = [e for e in result.get("events", []) if lane(e, result) != "speech" and e.get("start")]
    events.sort(key=lambda e: (e.get("evidence") or {}).get("start", 0))
    rows, seen = [], set()
    for event in events:
        if event["label"] not in seen:
            seen.add(event["label"])
            rows.append({"Nr. im Text": len(rows) + 1, "Ereignis": event["label"], "Beginn": event["start"]})
    return rows


def _sorted_by(key, rows: list[dict]) -> tuple[list[dict] | None, str | None]:
    """The rows sorted with the student's key function, or None and a German reason why that failed."""
    try:
        return sorted(rows, key=key), None
    except KeyError as error:
        return None, f"Die Spalte {error} gibt es nicht. Die Spalten heißen: {', '.join(rows[0])}."
    except Exception:  # any error in student code becomes a hint, never a traceback
        return None, "Deine Funktion muss für jedes Ereignis einen Wert zurückgeben, nach dem man sortieren kann."


def chronology(key, result: dict) -> None:
    """Exercise (code-gap): a key function that turns text order into chronological order."""
    rows = text_order(result)
    if len(rows) < 2:
        not_in_article("mindestens zwei datierte Ereignisse")
        return
    if not callable(key) or (_safe(key, rows[0]) and is_open(key(rows[0]))):
        still_open("was deine Funktion wann() zurückgibt")
        return
    ordered, problem = _sorted_by(key, rows)
    if problem:
        not_yet(problem)
    elif [r["Beginn"] for r in ordered] == sorted(r["Beginn"] for r in rows):
        first = ordered[0]
        right(f"Zuerst geschah „{first['Ereignis']}“ – im Text steht es an Stelle {first['Nr. im Text']} "
              f"von {plural(len(rows), 'Ereignis', 'Ereignissen')}.")
    elif ordered == rows:
        not_yet("So bleibt alles in der Reihenfolge des Textes. "
                "Nach welcher Spalte liegt ein Ereignis früher in der Zeit?")
    else:
        not_yet("Die Reihenfolge ist noch nicht die zeitliche. Welche Spalte sagt, wann ein Ereignis anfing?")


def _safe(key, row: dict) -> bool:
    """Whether the student's key function runs on one row (errors are explained later)."""
    try:
        key(row)
        return True
    except Exception:  # student code: any error is reported by _sorted_by
        return False


def _hour(answer) -> tuple[int | None, int]:
    """Hour and minute from 18, "18", "18:00" or "18 Uhr" (None if there is no number)."""
    if isinstance(answer, bool):
        return None, 0
    if isinstance(answer, int):
        return answer, 0
    found = re.match(r"\s*(\d{1,2})(?:[:.](\d{2}))?", str(answer))
    return (int(found.group(1)), int(found.group(2) or 0)) if found else (None, 0)


def clock_time(answer, moment: dt.datetime, zone: str) -> None:
    """Exercise (transfer): the local clock time of a moment in another time zone."""
    if is_open(answer):
        still_open(f"die Uhrzeit in der Zeitzone {zone}")
        return
    try:
        local = moment.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        print(f"ℹ️ Die Zeitzone „{zone}“ kennt dieser Rechner nicht (Paket tzdata fehlt?). Rechne mit dem UTC-Versatz.")
        return
    hour, minute = _hour(answer)
    utc = moment.astimezone(dt.UTC)
    offset = round(local.utcoffset().total_seconds() / 3600)
    if hour == local.hour and minute == local.minute:
        right(f"{local:%H:%M} Uhr am {german_date(local.date())} (UTC{offset:+d}).")
    elif hour is None:
        not_yet("Gib die Stunde als Zahl an (0 bis 23).")
    elif hour == utc.hour:
        not_yet("Das ist die Weltzeit UTC. Jetzt noch den Versatz der Zeitzone dazurechnen.")
    elif hour == (utc.hour - offset) % 24:
        not_yet("Andersherum: Orte östlich von Greenwich sind der Weltzeit voraus, Orte westlich davon hinterher.")
    elif hour == local.hour - 12:
        not_yet("Schreib die Uhrzeit im 24-Stunden-Format, wie man es in Deutschland tut.")
    else:
        not_yet("Rechne in zwei Schritten: erst die Ortszeit in Weltzeit (UTC), dann in die andere Zeitzone.")
