"""Checks of notebook 05 (the student's own article): they must work on any article and never raise."""
import pytest
from test_checks_timeline import EXAMPLE, NO_TIME, UNSEEN

from articlekit import analyze, from_text, load_article
from articlekit.checks import own as check
from articlekit.feedback import ____
from conftest import SEED


@pytest.fixture(scope="module")
def results():
    return {"seed": analyze(load_article(SEED)),
            "example": analyze(from_text(EXAMPLE, date="2025-03-13")),
            "unseen": analyze(from_text(UNSEEN, date="2024-06-12")),
            "empty": analyze(from_text(NO_TIME, date="2024-06-12"))}


def lines(capsys) -> str:
    return capsys.readouterr().out


def direct(result, kind):
    return [q["text"] for q in result["quotes"] if q["kind"] == kind]


@pytest.mark.parametrize("name", ["seed", "example"])
def test_quotes_of_kind(results, name, capsys):
    result = results[name]
    check.quotes_of_kind(direct(result, "direct"), "direct", result)
    out = lines(capsys)
    assert "✅" in out and ("1 Aussage " in out or "Aussagen" in out)
    check.quotes_of_kind(direct(result, "direkt"), "direkt", result)  # near miss: the German name
    out = lines(capsys)
    assert "englisch" in out and "direct" not in out
    check.quotes_of_kind(direct(result, "indirect"), "indirect", result)
    out = lines(capsys)
    assert "❌" in out and "direct" not in out
    check.quotes_of_kind([], ____, result)
    assert "Noch offen" in lines(capsys)


@pytest.mark.parametrize("name", ["unseen", "empty"])
def test_quotes_of_kind_without_direct_quotes(results, name, capsys):
    check.quotes_of_kind([], "direct", results[name])
    assert "gibt es eine direkte Wiedergabe nicht" in lines(capsys)


def test_own_timex(results, capsys):
    result = results["example"]
    check.own_timex("kommenden Frühjahr", "DATE", result)
    assert "✅" in lines(capsys)
    check.own_timex("drei Jahre", "DATE", result)  # near miss: a duration is not a date
    out = lines(capsys)
    assert "wie lange" in out and "DURATION" not in out
    check.own_timex("Radwegenetz", "DATE", result)  # in the text, not a time expression
    assert "nicht als Zeitausdruck erkannt" in lines(capsys)
    check.own_timex("nächsten Sommer", "DATE", result)
    assert "finde ich nicht im Artikel" in lines(capsys)
    check.own_timex(____, "DATE", result)
    assert "Noch offen" in lines(capsys)
    check.own_timex("drei Jahre", ____, result)
    assert "Noch offen" in lines(capsys)


@pytest.mark.parametrize("name", ["seed", "example", "unseen", "empty"])
def test_own_timex_every_expression(results, name, capsys):
    for timex in results[name]["timexes"]:
        check.own_timex(timex["text"], timex["type"], results[name])
        assert "✅" in lines(capsys)
    check.own_timex("Katze", "DATE", results[name])
    out = lines(capsys)
    assert "finde ich nicht" in out or "nicht als Zeitausdruck erkannt" in out


ODD_ANSWERS = (None, 3.5, [], {}, "", " ", ("a", 1), object())


@pytest.mark.parametrize("name", ["seed", "empty"])
def test_odd_answers_never_raise(results, name, capsys):
    for odd in ODD_ANSWERS:
        check.quotes_of_kind(odd, odd if not isinstance(odd, (list, dict)) else "x", results[name])
        check.own_timex(odd, odd, results[name])
    assert lines(capsys).count("\n") >= len(ODD_ANSWERS)


CORPUS = sorted((SEED.parents[1] / "data" / "corpus").glob("*.txt"))[:5]


@pytest.mark.skipif(not CORPUS, reason="data/corpus (Wikinews articles) is not in this checkout")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_checks_on_unseen_wikinews_articles(path, capsys):
    result = analyze(load_article(path))
    check.quotes_of_kind(direct(result, "direct"), "direct", result)
    check.quotes_of_kind([], "indirect", result)
    assert lines(capsys).count("\n") == 2
    for timex in result["timexes"]:
        check.own_timex(timex["text"], timex["type"], result)
        assert "✅" in lines(capsys)
    check.own_timex("Sankt Nimmerleinstag", "DATE", result)
    assert "finde ich nicht im Artikel" in lines(capsys)
