"""The German feedback helpers: blanks, decimal comma, number agreement, dates, choices, judgement answers."""
import datetime as dt

import pytest

from articlekit import feedback
from articlekit.feedback import ____


def test_blank_is_open():
    assert feedback.is_open(____) and feedback.is_open(None) and feedback.is_open("  ")
    assert not feedback.is_open(0) and not feedback.is_open("B")


def test_still_open_prints_noch_offen(capsys):
    feedback.still_open("Übung 1")
    assert capsys.readouterr().out.startswith("✏️ Noch offen: Übung 1")


@pytest.mark.parametrize("answer, expected", [
    (0.562, (0.562, False)), ("0.562", (0.562, False)), ("0,562", (0.562, True)), ((0, 562), (0.562, True)),
    (3, (3.0, False)), ("drei", (None, False)), (True, (None, False)), ([1], (None, False)),
])
def test_as_number(answer, expected):
    assert feedback.as_number(answer) == expected


def test_plural_and_german_formats():
    assert feedback.plural(1, "Zitat", "Zitate") == "1 Zitat"
    assert feedback.plural(0, "Zitat", "Zitate") == "0 Zitate"
    assert feedback.german_number(0.5623) == "0,56"
    assert feedback.german_number(1234.5, 1) == "1.234,5"
    assert feedback.german_date("2025-01-21") == "21. Januar 2025"
    assert feedback.german_date(dt.date(2024, 12, 3)) == "3. Dezember 2024"
    assert feedback.german_date("2025-03") == "März 2025"
    assert feedback.german_date("PAST_REF") == "PAST_REF"


def test_choice_explains_every_option(capsys):
    options = {"A": (True, "weil A stimmt"), "B": (False, "weil B nicht stimmt")}
    feedback.choice("a", options, "Übung")
    assert capsys.readouterr().out == "✅ Richtig! weil A stimmt\n"
    feedback.choice("B", options, "Übung")
    assert capsys.readouterr().out == "❌ Noch nicht. Tipp: weil B nicht stimmt\n"
    feedback.choice("Z", options, "Übung")
    assert "A, B" in capsys.readouterr().out
    feedback.choice(____, options, "Übung")
    assert "Noch offen" in capsys.readouterr().out


def test_noted_judgement_answers(capsys):
    feedback.noted(____, "Übung 5")
    assert "Noch offen: Übung 5" in capsys.readouterr().out
    feedback.noted("weil", "Übung 5")
    assert "1 Wort" in capsys.readouterr().out
    feedback.noted("Weil man wissen muss, wer für den Text verantwortlich ist.", "Übung 5")
    out = capsys.readouterr().out
    assert out.startswith("📝 Notiert (10 Wörter)")


def test_not_in_article_is_german(capsys):
    feedback.not_in_article("Zitate")
    assert "In diesem Artikel gibt es Zitate nicht" in capsys.readouterr().out
