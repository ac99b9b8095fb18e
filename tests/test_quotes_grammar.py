"""The shared grammar helper: finite verbs, Konjunktiv I/II, clause ends, noun phrases (unseen sentences)."""
import pytest

from articlekit import grammar, parse


@pytest.mark.parametrize("text, expected", [
    ("Die Sprecherin sagte, die Anwohner hätten Angst.", {"sagte": None, "hätten": "konjunktiv2"}),
    ("Er meinte, es gebe keine Lösung und man würde prüfen.", {"meinte": None, "gebe": "konjunktiv1",
                                                               "würde": "konjunktiv2"}),
    ("Der Bürgermeister erklärte, er bestehe auf dem Plan.", {"erklärte": None, "bestehe": "konjunktiv1"}),
    ("Ich gebe nicht auf, sagte sie.", {"gebe": None, "sagte": None}),
    ("Sie betonte, das Ergebnis käme zu spät.", {"betonte": None, "käme": "konjunktiv2"}),
])
def test_mood_of_finite_verbs(text, expected):
    doc = parse(text)
    assert {t.text: grammar.mood(t) for t in doc if grammar.is_finite(t)} == expected


def test_noun_phrase_with_genitive_and_backwards():
    words = list(parse("Laut der Mitteilung des Landratsamts Görlitz blieb die Straße gesperrt."))
    assert [t.text for t in grammar.noun_phrase(words, 1)] == ["der", "Mitteilung", "des", "Landratsamts", "Görlitz"]
    assert [t.text for t in grammar.noun_phrase(words, 9, forward=False)] == ["die", "Straße"]


def test_clause_bounds():
    words = list(parse("Als es regnete, sagte die Trainerin, dass sie bleibe."))
    assert grammar.clause_end(words, 0) == 3
    assert grammar.clause_start(words, 5) == 4
    assert grammar.finite_verb(words[4:]).text == "sagte"
