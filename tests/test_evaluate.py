"""Evaluation helpers: gold spans from written mentions, outcomes per mention, German score tables."""
import pytest

from articlekit import evaluate, parse

TEXT = "Anna Muster traf in Ulm den Verein Tafel Ulm. Danach fuhr Muster nach Ulm."


def test_locate_finds_mentions_in_reading_order():
    spans = evaluate.locate(TEXT, [("Anna Muster", "PER"), ("Ulm", "LOC"), ("Tafel Ulm", "ORG"), ("Ulm", "LOC")])
    assert [TEXT[s:e] for s, e, _ in spans] == ["Anna Muster", "Ulm", "Tafel Ulm", "Ulm"]
    assert spans[3][0] == TEXT.rindex("Ulm")
    with pytest.raises(ValueError):
        evaluate.locate(TEXT, [("Berlin", "LOC")])


def test_outcomes_mark_every_mention_and_count_border_errors_twice():
    gold = evaluate.locate(TEXT, [("Anna Muster", "PER"), ("Ulm", "LOC"), ("Tafel Ulm", "ORG")])
    predicted = [gold[0], gold[1], (TEXT.index("Ulm", 35), TEXT.index("Ulm", 35) + 3, "LOC")]
    table = evaluate.outcomes(gold, predicted, TEXT)
    assert list(table["Ergebnis"]) == ["richtig erkannt", "richtig erkannt", "übersehen", "falsch erkannt"]
    assert list(table["Art"]) == ["Person", "Ort", "Organisation", "Ort"]
    assert evaluate.outcome_counts(table) == {"richtig erkannt": 2, "falsch erkannt": 1, "übersehen": 1}
    errors = evaluate.span_errors(gold, predicted, TEXT)
    assert list(errors["Text"]) == ["Tafel Ulm", "Ulm"]


def test_outcome_counts_include_zeros():
    table = evaluate.outcomes([], [], "")
    assert evaluate.outcome_counts(table) == {"richtig erkannt": 0, "falsch erkannt": 0, "übersehen": 0}


def test_german_score_table_on_the_seed(doc):
    scores, _ = evaluate.entity_report(doc)
    table = evaluate.german(scores)
    assert list(table.columns) == ["Präzision", "Ausbeute", "F1", "im Goldstandard", "vom Programm gefunden",
                                   "richtig erkannt"]
    assert table.loc["alle", "im Goldstandard"] == 50 and table["richtig erkannt"].dtype.kind == "i"


def test_prf_of_the_notebook_example():
    scores = evaluate.prf(6, 7, 10)
    assert (round(scores["precision"], 3), scores["recall"], round(scores["f1"], 3)) == (0.857, 0.6, 0.706)
    assert evaluate.prf(0, 0, 0)["f1"] == 0.0


def test_entity_spans_match_the_doc():
    doc = parse("Anna Muster wohnt in Ulm.")
    assert evaluate.entity_spans(doc) == [(0, 11, "PER"), (21, 24, "LOC")]
