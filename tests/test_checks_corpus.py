"""Checks of notebook 06 on the shipped corpus, on a small corpus of unseen texts and on a corpus without quotes.

Each check: a right answer, the near miss it expects (with its own hint), a wrong answer, an open blank,
and no hint that contains the accepted answer. No check may raise on any of the corpora.
"""
import pytest

from articlekit import analyze, corpus, from_text
from articlekit.checks import corpus as check
from articlekit.feedback import ____

UNSEEN = [
    "Schwimmbad bleibt geschlossen\n\nDie Badleiterin Jana Roth bedauerte die Entscheidung. „Die Heizung ist "
    "kaputt“, sagte sie am Montag. Der Schwimmverein erklärte, die Kinder hätten keinen Ort zum Üben.",
    "Radwege für Freiburg\n\nOberbürgermeisterin Petra Sommer sagte, die Stadt wolle sicherer werden. "
    "Es heißt, die Kosten seien hoch. Der Einzelhandelsverband kritisierte die Pläne.",
]
NO_QUOTES = ["Regen\n\nDer Regen hielt den ganzen Tag an. Am Abend wurde es kalt."]


def table(texts):
    return corpus.quotes_table([{**analyze(from_text(t, "2024-05-02")), "path": f"{i}.txt"}
                                for i, t in enumerate(texts)])


@pytest.fixture(scope="module")
def corpora():
    return {"shipped": corpus.quotes_table(corpus.read_jsonl()), "unseen": table(UNSEEN), "none": table(NO_QUOTES)}


def output(capsys):
    return capsys.readouterr().out


@pytest.mark.parametrize("name", ["shipped", "unseen", "none"])
def test_person_filter(corpora, name, capsys):
    quotes = corpora[name]
    if quotes.empty:
        check.person_filter(quotes, quotes, "Person")
        assert output(capsys).strip()  # no quotes at all: a German line, no exception
        return
    check.person_filter(quotes[quotes["Sprechertyp"] == "Person"], quotes, "Person")
    assert "✅" in output(capsys)
    check.person_filter(quotes[quotes["Sprechertyp"] == "person"], quotes, "person")
    hint = output(capsys)
    assert "❌" in hint and "genau so" in hint and "Person" not in hint
    check.person_filter(quotes, quotes, "alle")
    hint = output(capsys)
    assert "❌" in hint and "Person\"" not in hint
    check.person_filter(quotes, quotes, ____)
    assert "Noch offen" in output(capsys)


@pytest.mark.parametrize("name", ["shipped", "unseen", "none"])
def test_anonymous_share(corpora, name, capsys):
    quotes = corpora[name]
    if quotes.empty:
        check.anonymous_share(10, quotes)
        assert output(capsys).strip()
        return
    expected = 100 * (quotes["Sprechertyp"] == "anonym").mean()
    check.anonymous_share(expected, quotes)
    assert "✅" in output(capsys)
    check.anonymous_share(str(round(expected, 1)).replace(".", ","), quotes)
    assert "✅" in output(capsys)
    if expected:
        check.anonymous_share(expected / 100, quotes)
        hint = output(capsys)
        assert "Prozent" in hint and "❌" in hint
    check.anonymous_share(expected + 30, quotes)
    hint = output(capsys)
    assert "❌" in hint and str(round(expected)) not in hint.replace("100", "")
    check.anonymous_share(____, quotes)
    assert "Noch offen" in output(capsys)


def test_verb_class_on_new_sentences(capsys):
    sentence = "Der Verband warnte, die Preise würden weiter steigen."
    check.verb_class("wertend", sentence)
    assert "✅" in output(capsys)
    check.verb_class("neutral", sentence)
    hint = output(capsys)
    assert "❌" in hint and "wertend" not in hint
    check.verb_class("vage", sentence)
    hint = output(capsys)
    assert "❌" in hint and "wertend" not in hint
    check.verb_class(____, sentence)
    assert "Noch offen" in output(capsys)
    check.verb_class("neutral", "Sie sagte, das Wetter werde besser.")
    assert "✅" in output(capsys)
    check.verb_class("neutral", "Der Regen hielt an.")  # no speech verb: a German sentence, no exception
    assert "nicht" in output(capsys)
