"""Self-checks for notebook 05 (the student's own article): they work on ANY article.

Nothing here knows the example article: every expected answer comes from the live analysis,
and an article without the item asked for gets a German sentence, never an exception.
"""
from __future__ import annotations

from ..feedback import ____, is_open, not_in_article, not_yet, plural, right, still_open
from . import timeline

__all__ = ["____", "quotes_of_kind", "own_timex"]

KIND_NAMES = {"direct": "direkte Wiedergabe", "partial": "Teilzitat", "indirect": "indirekte Wiedergabe",
              "reported": "erzählte Wiedergabe"}
GERMAN_KINDS = {"direkt", "direkte", "direkte wiedergabe", "indirekt", "indirekte", "erzählt", "teilzitat"}


def _statements(result: dict, kind: str) -> list[str]:
    """Texts of the quotes of one kind, as a filter over result["quotes"] finds them."""
    return [q["text"] for q in result.get("quotes", []) if q.get("kind") == kind]


def quotes_of_kind(found, kind, result: dict, expected_kind: str = "direct") -> None:
    """Exercise (code-gap): a filter over result["quotes"] that keeps the quotes of one kind."""
    if is_open(kind):
        still_open("die Art der Redewiedergabe im Filter")
        return
    expected = _statements(result, expected_kind)
    given = [text for text in found if isinstance(text, str)] if isinstance(found, (list, tuple, set)) else []
    if str(kind).strip().lower() in GERMAN_KINDS:
        not_yet("In result[\"quotes\"] stehen die Arten englisch, so wie in der Spalte kind der JSON-Ausgabe.")
    elif kind != expected_kind:
        not_yet(f"Dein Filter sucht eine andere Art. Gesucht ist die {KIND_NAMES[expected_kind]}: "
                "ganze Sätze in Anführungszeichen.")
    elif not expected:
        not_in_article(f"eine {KIND_NAMES[expected_kind]}")
    elif sorted(set(given)) == sorted(set(expected)):
        right(f"Dein Filter findet {plural(len(expected), 'Aussage', 'Aussagen')} dieser Art. "
              "Zählst du im Text genauso viele?")
    else:
        not_yet("Der Filter stimmt, aber die Liste nicht: Führe die Zelle mit dem Filter noch einmal aus.")


def own_timex(expression, answer, result: dict) -> None:
    """Exercise (transfer): the type of a time expression the student picked in their own article."""
    if is_open(expression):
        still_open("ein Zeitausdruck aus deinem Artikel")
        return
    if str(expression).strip() not in result.get("text", ""):
        not_yet("Diesen Ausdruck finde ich nicht im Artikel. Kopiere ihn genau so, wie er im Text steht.")
        return
    if not any(t.get("text", "").lower() == str(expression).strip().lower() for t in result.get("timexes", [])):
        print(f"🔎 „{expression}“ steht im Text, aber das Programm hat es nicht als Zeitausdruck erkannt. "
              "Hast du einen Fehler des Programms gefunden? Notiere ihn für die Besprechung.")
        return
    timeline.timex_type(answer, result["timexes"], expression)
