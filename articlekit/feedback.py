"""German feedback for the notebook exercises: one line per answer, never an exception.

Every check in articlekit.checks prints through these helpers, so all exercises speak the
same friendly German, agree in number ("1 Zitat", "2 Zitate") and accept a decimal comma.
"""
from __future__ import annotations

import datetime as dt

____ = "____"  # the blank in exercise cells: students replace it with their answer

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
DECIMAL_POINT_HINT = "In Python schreibt man Dezimalzahlen mit Punkt: 0.5 statt 0,5."


def is_open(answer) -> bool:
    """Whether the student has not answered yet (the blank is still there, or nothing at all)."""
    return answer is None or (isinstance(answer, str) and answer.strip() in ("", ____))


def still_open(what: str) -> None:
    """Remind the student that an exercise is still waiting for an answer."""
    print(f"✏️ Noch offen: {what} – ersetze ____ und führe die Zelle erneut aus.")


def right(message: str) -> None:
    """Praise a right answer, with the reason it is right."""
    print(f"✅ Richtig! {message}")


def not_yet(hint: str) -> None:
    """A hint that guides towards the answer without giving it away."""
    print(f"❌ Noch nicht. Tipp: {hint}")


def not_in_article(what: str) -> None:
    """Say that the item an exercise asks about does not occur in this article."""
    print(f"ℹ️ In diesem Artikel gibt es {what} nicht – die Übung passt hier nicht. Wähle ein anderes Beispiel.")


def noted(answer, what: str) -> None:
    """A judgement answer in the student's own words: no right or wrong, only a reminder to discuss it."""
    if is_open(answer):
        still_open(what)
        return
    words = len(str(answer).split())
    if words < 5:
        print(f"📝 Notiert ({plural(words, 'Wort', 'Wörter')}). Begründe noch etwas ausführlicher: "
              "Schreib zwei, drei ganze Sätze.")
        return
    print(f"📝 Notiert ({plural(words, 'Wort', 'Wörter')}). Vergleiche deine Antwort mit deiner Nachbarin "
          "oder deinem Nachbarn – es gibt mehr als eine gute Antwort.")


def as_number(answer) -> tuple[float | None, bool]:
    """The number a student meant, and whether they wrote it with a German decimal comma.

    Accepts 0.562, "0.562", "0,562" and (0, 562), the tuple Python makes of `0,562`.
    """
    if isinstance(answer, bool):
        return None, False
    if isinstance(answer, (int, float)):
        return float(answer), False
    if isinstance(answer, tuple) and len(answer) == 2 and all(isinstance(x, int) for x in answer):
        return float(f"{answer[0]}.{answer[1]}"), True
    if isinstance(answer, str):
        text = answer.strip()
        try:
            return float(text.replace(",", ".")), "," in text
        except ValueError:
            return None, False
    return None, False


def plural(n: int, singular: str, plural_form: str) -> str:
    """A count with the noun in the right number: 1 Zitat, 2 Zitate, 0 Zitate."""
    return f"{n} {singular if n == 1 else plural_form}"


def german_number(x: float, digits: int = 2) -> str:
    """A number as German readers write it: 0,56 and 1.234,5."""
    text = f"{x:,.{digits}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def german_date(value) -> str:
    """A date (or ISO string YYYY, YYYY-MM, YYYY-MM-DD) as German text: 21. Januar 2025."""
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"
    parts = str(value).split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])}. {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return str(value)


def choice(answer, options: dict[str, tuple[bool, str]], what: str) -> None:
    """Multiple choice: explain the chosen option, right or wrong (every option carries its reason)."""
    if is_open(answer):
        still_open(what)
        return
    key = str(answer).strip().upper()
    if key not in options:
        not_yet(f"Antworte mit einem der Buchstaben {', '.join(sorted(options))}.")
        return
    correct, explanation = options[key]
    (right if correct else not_yet)(explanation)
