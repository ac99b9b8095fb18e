"""Checks of notebook 02 on the seed, on notebook 05's example article and on an unseen text.

Each check: a right answer, the near miss it expects (with its own hint), a wrong answer, an open
blank, and no hint that contains the accepted answer. No check may raise on any of the texts.
"""
import pytest

from articlekit import evaluate, parse
from articlekit.checks import tagging as check
from articlekit.feedback import ____
from conftest import EXAMPLE_05

UNSEEN = ("Die Bürgermeisterin von Gießen, Katrin Hollmann, dankte am Sonntag den Helfern des Deutschen Roten "
          "Kreuzes. Der Verein Tafel Gießen verteilte nach eigenen Angaben mehr als 400 Mahlzeiten.")

NO_NAMES = "Es regnet. Danach wird es kalt."


@pytest.fixture(scope="module")
def docs(doc):
    return {"seed": doc, "example": parse(EXAMPLE_05), "unseen": parse(UNSEEN), "no names": parse(NO_NAMES),
            "empty": parse("")}


def said(capsys) -> str:
    return capsys.readouterr().out


# noun_lemmas (code-gap) -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["seed", "example", "unseen", "no names", "empty"])
def test_noun_lemmas_never_raises(docs, name, capsys):
    doc = docs[name]
    conditions = (lambda t: t.pos_ == "NOUN", lambda t: t.pos_ == "NN", lambda t: "____", lambda t: t.pos_ == "VERB")
    for condition in conditions:
        check.noun_lemmas([t.lemma_ for t in doc if condition(t)], doc)
        assert said(capsys).strip()


@pytest.mark.parametrize("name", ["seed", "example", "unseen"])
def test_noun_lemmas_right_near_miss_wrong_open(docs, name, capsys):
    doc = docs[name]
    check.noun_lemmas([t.lemma_ for t in doc if t.pos_ == "NOUN"], doc)
    assert said(capsys).startswith("✅ Richtig!")
    check.noun_lemmas([t.lemma_ for t in doc if t.pos_ == "NN"], doc)  # STTS tag where UD is asked
    out = said(capsys)
    assert out.startswith("❌") and "STTS" in out and "NOUN" not in out
    check.noun_lemmas([t.text for t in doc if t.pos_ == "NOUN"], doc)  # word forms, not lemmas
    out = said(capsys)
    assert out.startswith("❌") and "Grundform" in out and "lemma_" not in out
    check.noun_lemmas([t.lemma_ for t in doc if t.pos_ == "VERB"], doc)
    out = said(capsys)
    assert out.startswith("❌") and "NOUN" not in out
    check.noun_lemmas([t.lemma_ for t in doc if ____], doc)
    assert "Noch offen" in said(capsys)


def test_noun_lemmas_stts_tag_attribute_is_also_right(docs, capsys):
    doc = docs["seed"]
    check.noun_lemmas([t.lemma_ for t in doc if t.tag_ == "NN"], doc)
    assert said(capsys).startswith("✅ Richtig!")


def test_noun_lemmas_without_nouns(docs, capsys):
    check.noun_lemmas([], docs["empty"])
    assert "gibt es Nomen nicht" in said(capsys)


# lemma (transfer) ------------------------------------------------------------------------------

SENTENCE = "Die Bürgermeisterinnen der Nachbarstädte unterschrieben den Vertrag."


def test_lemma_right_near_miss_wrong_open(capsys):
    doc = parse(SENTENCE)
    for word, lemma in (("Nachbarstädte", "Nachbarstadt"), ("unterschrieben", "unterschreiben")):
        check.lemma(lemma, doc, word)
        assert said(capsys).startswith("✅ Richtig!")
        check.lemma(lemma.swapcase(), doc, word)  # capitalisation
        out = said(capsys)
        assert out.startswith("❌") and "Groß- und Kleinschreibung" in out and lemma not in out
        check.lemma(word, doc, word)  # the word form itself
        out = said(capsys)
        assert out.startswith("❌") and "Form aus dem Text" in out and lemma not in out
        check.lemma("Stadt", doc, word)
        out = said(capsys)
        assert out.startswith("❌") and lemma not in out
        check.lemma(____, doc, word)
        assert "Noch offen" in said(capsys)
    check.lemma(3, doc, "Nachbarstädte")
    assert "Anführungszeichen" in said(capsys)


@pytest.mark.parametrize("name", ["seed", "example", "unseen", "no names", "empty"])
def test_lemma_word_missing_in_another_text(docs, name, capsys):
    check.lemma("Nachbarstadt", docs[name], "Nachbarstädte")
    assert "gibt es das Wort „Nachbarstädte“ nicht" in said(capsys)


@pytest.mark.parametrize("name", ["seed", "example", "unseen"])
def test_lemma_of_the_first_noun_of_every_text(docs, name, capsys):
    token = next(t for t in docs[name] if t.pos_ == "NOUN")
    check.lemma(token.lemma_, docs[name], token.text)
    assert said(capsys).startswith("✅ Richtig!")


# building_or_institution (choice) ---------------------------------------------------------------

def test_choice_every_option_explained(capsys):
    check.building_or_institution("B")
    assert said(capsys).startswith("✅ Richtig!")
    for option in "ACD":
        check.building_or_institution(option.lower())
        out = said(capsys)
        assert out.startswith("❌") and len(out) > 60
    check.building_or_institution("E")
    assert "Buchstaben" in said(capsys)
    check.building_or_institution(____)
    assert "Noch offen" in said(capsys)


def test_choice_hints_do_not_give_the_right_letter_away():
    for correct, text in check.METONYMY_OPTIONS.values():
        if not correct:
            assert "Antwort B" not in text and "richtig ist" not in text.lower()


# entities (transfer) ----------------------------------------------------------------------------

def kit_pairs(doc):
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("name", ["seed", "example", "unseen", "no names", "empty"])
def test_entities_right_and_never_raises(docs, name, capsys):
    doc = docs[name]
    check.entities(kit_pairs(doc), doc)
    assert said(capsys).startswith("✅ Richtig!")
    check.entities([("Irgendwer", "PER")], doc)
    assert said(capsys).startswith("❌")
    check.entities("Gießen", doc)
    assert "Paaren" in said(capsys)


def test_entities_near_miss_wrong_label_and_german_label_names(docs, capsys):
    doc = docs["unseen"]
    pairs = kit_pairs(doc)
    relabelled = [(text, "ORG" if label != "ORG" else "LOC") for text, label in pairs[:1]] + pairs[1:]
    check.entities(relabelled, doc)
    out = said(capsys)
    assert out.startswith("❌") and "anderes Label" in out
    for text, label in pairs:
        assert f"{text}, {label}" not in out and f"({text}" not in out
    check.entities([(text, {"PER": "Person", "LOC": "Ort", "ORG": "organisation"}.get(label, label))
                    for text, label in pairs], doc)
    assert said(capsys).startswith("✅ Richtig!")


def test_entities_missing_names_are_counted_not_named(docs, capsys):
    doc = docs["unseen"]
    pairs = kit_pairs(doc)
    check.entities(pairs[:1], doc)
    out = said(capsys)
    missing = {text for text, _ in pairs} - {pairs[0][0]}
    assert out.startswith("❌") and f"findet {len(missing)} Namen" in out
    for text in missing:
        assert text not in out


def test_entities_open(docs, capsys):
    check.entities(____, docs["unseen"])
    assert "Noch offen" in said(capsys)
    check.entities([(____, ____)], docs["unseen"])
    assert "Noch offen" in said(capsys)


# scores (evaluation by hand) --------------------------------------------------------------------

COUNTS = {evaluate.RIGHT: 6, evaluate.FALSE: 1, evaluate.MISSED: 4}  # P 0.857, A 0.6, F1 0.706 (notebook 02)


def test_scores_right_with_point_comma_and_tuple(capsys):
    check.scores(0.86, "0,6", (0, 71), COUNTS)
    out = said(capsys)
    assert out.count("✅ Richtig!") == 3 and out.count("Punkt") == 2
    check.scores(6 / 7, 6 / 10, 2 * (6 / 7) * 0.6 / (6 / 7 + 0.6), COUNTS)
    assert said(capsys).count("✅ Richtig!") == 3


def test_scores_near_misses_have_their_own_hints(capsys):
    check.scores(0.6, 0.857, 0.706, COUNTS)  # precision and recall swapped
    out = said(capsys)
    assert out.count("vertauscht") == 2
    check.scores(85.7, ____, ____, COUNTS)  # percent
    out = said(capsys)
    assert "Prozent" in out and out.count("Noch offen") == 2
    check.scores(____, ____, (6 / 7 + 0.6) / 2, COUNTS)  # arithmetic mean
    assert "harmonische" in said(capsys)


def test_scores_wrong_and_hints_without_values(capsys):
    check.scores(0.5, 0.5, 0.5, COUNTS)
    out = said(capsys)
    assert out.count("❌") == 3
    for value in ("0,857", "0.857", "0,86", "0.86", "0,6", "0.6", "0,706", "0.706", "0,71", "0.71"):
        assert value not in out
    check.scores("viel", ____, ____, COUNTS)
    assert "Schreibe eine Zahl" in said(capsys)


def test_scores_open_and_no_hits(capsys):
    check.scores(____, ____, ____, COUNTS)
    assert said(capsys).count("Noch offen") == 3
    check.scores(0.0, 0.0, 0.0, {evaluate.RIGHT: 0, evaluate.FALSE: 2, evaluate.MISSED: 3})
    assert "gibt es" in said(capsys)


@pytest.mark.parametrize("name", ["seed", "example", "unseen", "no names", "empty"])
def test_scores_from_live_outcomes_never_raise(docs, name, capsys):
    doc = docs[name]
    table = evaluate.outcomes([], evaluate.entity_spans(doc), doc.text)
    check.scores(0.5, 0.5, 0.5, evaluate.outcome_counts(table))
    assert said(capsys).strip()
