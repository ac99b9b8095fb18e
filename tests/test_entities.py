"""Named entities: the seed against its gold, unseen texts, name linking and the CLI records."""
import pytest
from conftest import DEVDATA, load_script

from articlekit import evaluate, parse
from articlekit.entities import records


def test_seed_gold_offsets_are_exact(article):
    for row in evaluate.gold("entities").itertuples():
        assert article.text[row.start:row.end] == row.text


def test_seed_f1_against_gold(doc):
    scores, errors = evaluate.entity_report(doc)
    assert scores.loc["alle", "f1"] >= 0.97, errors


@pytest.mark.parametrize("mention, canonical", [
    ("Xis", "Xi Jinping"), ("Putins", "Wladimir Putin"), ("Trumps", "Donald Trump"),
    ("USA", "Vereinigte Staaten"), ("Kremls", "Kreml"), ("Chicagos", "Chicago"),
])
def test_seed_mentions_link_to_canonical_names(doc, mention, canonical):
    linked = {e._.canonical for e in doc.ents if e.text == mention}
    assert linked == {canonical}


def test_editorial_bracket_keeps_the_person(doc):
    [span] = [e for e in doc.ents if "Selenskyj" in e.text]
    assert (span.text, span.label_, span._.canonical) == ("Wolodymyr) Selenskyj", "PER", "Wolodymyr Selenskyj")


def test_unseen_article():
    doc = parse("Die Bundeskanzlerin traf in Brüssel den französischen Präsidenten Emmanuel Macron. "
                "Macrons Sprecherin Maud Bregeon sagte, beide wollten die Nato stärken. Auch Vertreter von "
                "Siemens und der Deutschen Bank waren dabei, ebenso Anna Lührmann vom Auswärtigen Amt. "
                "Später reiste Macron nach Sindelfingen, wo ihn Bürgermeister Bernd Vöhringer empfing.")
    found = {(e.text, e.label_, e._.canonical) for e in doc.ents}
    assert found == {
        ("Brüssel", "LOC", "Brüssel"), ("Emmanuel Macron", "PER", "Emmanuel Macron"),
        ("Macrons", "PER", "Emmanuel Macron"), ("Maud Bregeon", "PER", "Maud Bregeon"), ("Nato", "ORG", "NATO"),
        ("Siemens", "ORG", "Siemens"), ("Deutschen Bank", "ORG", "Deutsche Bank"),
        ("Anna Lührmann", "PER", "Anna Lührmann"), ("Auswärtigen Amt", "ORG", "Auswärtiges Amt"),
        ("Macron", "PER", "Emmanuel Macron"), ("Sindelfingen", "LOC", "Sindelfingen"),
        ("Bernd Vöhringer", "PER", "Bernd Vöhringer"),
    }


def test_common_nouns_that_are_also_towns_stay_nouns():
    doc = parse("Das Essen war gut, und im Hof spielten Kinder. Danach fuhren wir nach Essen.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Essen", "LOC")]
    assert doc.ents[0].start_char == doc.text.rindex("Essen")


def test_records_match_text(doc):
    for record in records(doc):
        assert doc.text[record["start"]:record["end"]] == record["text"]
        assert record["label"] in {"PER", "LOC", "ORG", "MISC"} and record["canonical"]


GERMEVAL = DEVDATA / "germeval2014-ner-dev.tsv"


@pytest.mark.skipif(not GERMEVAL.exists(), reason="GermEval 2014 dev split not present (../shared/devdata is not part of a clone)")
def test_germeval_f1_does_not_regress():
    scores = load_script("eval_entities").evaluate(GERMEVAL)
    # Measured 0.599 (2026-11-29); the target of issue 3 is 0.65, not yet reached.
    assert scores.loc["alle", "f1"] >= 0.58


def test_place_names_with_particles():
    doc = parse("Die Messe in Frankfurt am Main und das Festival in Rio de Janeiro beginnen am Montag.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Frankfurt am Main", "LOC"), ("Rio de Janeiro", "LOC")]
