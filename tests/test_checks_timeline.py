"""Checks of notebook 04: right, near miss, wrong and open answers; never an exception on any article."""
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from articlekit import analyze, from_text, load_article
from articlekit.checks import timeline as check
from articlekit.feedback import ____
from conftest import EXAMPLE_05 as EXAMPLE
from conftest import SEED

UNSEEN = ("Hamburg (dpa) - Die Hafenbehörde hat am Montag neue Regeln für Kreuzfahrtschiffe vorgestellt. "
          "Die Reedereien treffen sich jeden Monat mit der Stadt. Im vergangenen Jahr legten 250 Schiffe an. "
          "Die Umstellung soll zwei Jahre dauern.")
NO_TIME = "Die Katze schläft auf dem Sofa. Der Hund bellt."


@pytest.fixture(scope="module")
def results():
    return {"seed": analyze(load_article(SEED)),
            "example": analyze(from_text(EXAMPLE, date="2025-03-13")),
            "unseen": analyze(from_text(UNSEEN, date="2024-06-12")),
            "empty": analyze(from_text(NO_TIME, date="2024-06-12"))}


def lines(capsys) -> str:
    return capsys.readouterr().out


# timex_type: transfer on an unseen sentence, and on each article
def test_timex_type_right_near_miss_wrong_open(capsys):
    timexes = check.timexes_at("Der Verein trifft sich jeden Montag im Gemeindehaus.", "2024-05-02")
    check.timex_type("SET", timexes, "jeden Montag")
    assert "✅" in lines(capsys)
    check.timex_type("set", timexes, "jeden Montag")
    assert "✅" in lines(capsys)
    check.timex_type("DATE", timexes, "jeden Montag")  # the near miss: a weekday is not a date here
    out = lines(capsys)
    assert "❌" in out and "wiederholt" in out and "SET" not in out
    check.timex_type("Montag", timexes, "jeden Montag")
    assert "DATE, TIME, DURATION oder SET" in lines(capsys)
    check.timex_type(____, timexes, "jeden Montag")
    assert "Noch offen" in lines(capsys)


@pytest.mark.parametrize("name", ["seed", "example", "unseen", "empty"])
def test_timex_type_never_raises(results, name, capsys):
    for timex in results[name]["timexes"]:
        check.timex_type(timex["type"], results[name]["timexes"], timex["text"])
        assert "✅" in lines(capsys)
        wrong = next(t for t in check.TYPES if t != timex["type"])
        check.timex_type(wrong, results[name]["timexes"], timex["text"])
        assert timex["type"] not in lines(capsys)
    check.timex_type("DATE", results[name]["timexes"], "übermorgen um Mitternacht")
    assert "nicht" in lines(capsys)


def test_type_hints_never_name_the_type():
    for kind, hint in check.TYPE_HINTS.items():
        assert kind not in hint.upper()


# moved_values: the code-gap with a date argument
SENTENCE = "Im vergangenen Monat stiegen die Preise, nächste Woche berät der Stadtrat."


def test_moved_values(capsys):
    check.moved_values(check.values_at(SENTENCE, "2019-03-03"), SENTENCE, "2019-03-03")
    out = lines(capsys)
    assert "✅" in out and "3. März 2019" in out and "2019-02" in out
    check.moved_values(check.values_at(SENTENCE, "03.03.2019"), SENTENCE, "2019-03-03")  # German date format
    out = lines(capsys)
    assert "JJJJ-MM-TT" in out and "2019-03-03" not in out
    check.moved_values(check.values_at(SENTENCE, "2019-03-30"), SENTENCE, "2019-03-03")
    out = lines(capsys)
    assert "❌" in out and "2019-02" not in out
    check.moved_values(check.values_at(SENTENCE, ____), SENTENCE, "2019-03-03")
    assert "Noch offen" in lines(capsys)


def test_moved_values_german_date_in_the_exercise(capsys):
    assert check.iso_date("3. März 2019") == "2019-03-03"
    assert check.iso_date("2019-03-03") == "2019-03-03"
    check.moved_values(check.values_at(SENTENCE, "2019-03-03"), SENTENCE, "3. März 2019")
    assert "✅" in lines(capsys)
    check.moved_values(check.values_at(SENTENCE, "2019-03-04"), SENTENCE, "3. März 2019")
    assert "❌" in lines(capsys)


def test_moved_values_without_time_expressions(capsys):
    check.moved_values(check.values_at(NO_TIME, "2019-03-03"), NO_TIME, "2019-03-03")
    assert "nicht" in lines(capsys)


def test_values_at_bad_input_never_raises():
    assert isinstance(check.values_at(SENTENCE, "gestern"), str)
    assert isinstance(check.values_at(SENTENCE, 2019), str)
    assert check.timexes_at(SENTENCE, None) is None


# chronology: the code-gap with a key function
def test_chronology_seed(results, capsys):
    check.chronology(lambda e: e["Beginn"], results["seed"])
    assert "✅" in lines(capsys)
    check.chronology(lambda e: e["Nr. im Text"], results["seed"])  # the near miss: text order
    out = lines(capsys)
    assert "Reihenfolge des Textes" in out and "Beginn" not in out
    check.chronology(lambda e: e["Start"], results["seed"])
    assert "Spalte 'Start' gibt es nicht" in lines(capsys)
    check.chronology(lambda e: e["Ereignis"], results["seed"])
    assert "❌" in lines(capsys)
    check.chronology(lambda e: ____, results["seed"])
    assert "Noch offen" in lines(capsys)
    check.chronology(____, results["seed"])
    assert "Noch offen" in lines(capsys)


def test_text_order_is_text_order_and_dated(results):
    rows = check.text_order(results["seed"])
    assert [r["Nr. im Text"] for r in rows] == list(range(1, len(rows) + 1))
    assert all(r["Beginn"] for r in rows)
    assert len({r["Ereignis"] for r in rows}) == len(rows)


@pytest.mark.parametrize("name", ["example", "unseen", "empty"])
def test_chronology_other_articles(results, name, capsys):
    check.chronology(lambda e: e["Beginn"], results[name])
    check.chronology(lambda e: 1 / 0, results[name])
    out = lines(capsys)
    assert "✅" in out or "nicht" in out


# clock_time: time zones (transfer)
INAUGURATION = dt.datetime(2025, 1, 20, 12, 0, tzinfo=ZoneInfo("America/New_York"))


def test_clock_time(capsys):
    for answer in (18, "18", "18:00", "18 Uhr"):
        check.clock_time(answer, INAUGURATION, "Europe/Berlin")
        assert "✅" in lines(capsys)
    check.clock_time(17, INAUGURATION, "Europe/Berlin")
    assert "Weltzeit UTC" in lines(capsys)
    check.clock_time(16, INAUGURATION, "Europe/Berlin")
    assert "Andersherum" in lines(capsys)
    check.clock_time(6, INAUGURATION, "Europe/Berlin")
    assert "24-Stunden" in lines(capsys)
    check.clock_time(3, INAUGURATION, "Europe/Berlin")
    assert "zwei Schritten" in lines(capsys)
    check.clock_time(____, INAUGURATION, "Europe/Berlin")
    assert "Noch offen" in lines(capsys)


def test_clock_time_across_the_date_line(capsys):
    check.clock_time(1, INAUGURATION, "Asia/Shanghai")
    out = lines(capsys)
    assert "✅" in out and "21. Januar 2025" in out and "UTC+8" in out
    check.clock_time(20, INAUGURATION, "Europe/Moscow")
    assert "✅" in lines(capsys)


def test_clock_time_hints_never_give_the_hour(capsys):
    for wrong in (17, 16, 6, 3, "abends"):
        check.clock_time(wrong, INAUGURATION, "Europe/Berlin")
        out = lines(capsys)
        assert "18" not in out and "❌" in out


def test_clock_time_unknown_zone(capsys):
    check.clock_time(18, INAUGURATION, "Mars/Olympus")
    assert "kennt dieser Rechner nicht" in lines(capsys)


ODD_ANSWERS = (None, 3.5, [], {}, "", " ", ("a", 1), object(), True)


def test_odd_answers_never_raise(results, capsys):
    timexes = results["seed"]["timexes"]
    for odd in ODD_ANSWERS:
        check.timex_type(odd, timexes, "bald")
        check.timex_type("DATE", odd if isinstance(odd, list) else None, "bald")
        check.moved_values(odd, SENTENCE, "2019-03-03")
        check.clock_time(odd, INAUGURATION, "Europe/Berlin")
        check.chronology(odd, results["seed"])
        check.chronology(lambda e, odd=odd: odd, results["seed"])
    assert lines(capsys).count("\n") >= 5 * len(ODD_ANSWERS)
