"""The German pipeline: components, the Doc they share, tokenizer fix, sentence rules and a tagging sample."""
import datetime as dt
import json
import subprocess
import sys

from spacy.tokens import Doc

from articlekit import analyze, from_text, get_nlp, parse
from articlekit.analysis import records
from articlekit.pipeline import COMPONENTS, make_doc, parse_article, pipe_articles
from conftest import SEED

# (word, lemma, STTS, UD) checked by hand against the STTS guidelines, from the seed article.
HAND_CHECKED = [
    ("Staatspräsident", "Staatspräsident", "NN", "NOUN"),
    ("hat", "haben", "VAFIN", "AUX"),
    ("Video-Konferenz", "Video-Konferenz", "NN", "NOUN"),
    ("russischen", "russisch", "ADJA", "ADJ"),
    ("Präsidenten", "Präsident", "NN", "NOUN"),
    ("erklärt", "erklären", "VVPP", "VERB"),
    ("dass", "dass", "KOUS", "SCONJ"),
    ("möchte", "mögen", "VMFIN", "AUX"),
    ("US-Präsidenten", "US-Präsident", "NN", "NOUN"),
    ("statt", "statt", "PTKVZ", "ADP"),
    ("Staatsoberhäupter", "Staatsoberhaupt", "NN", "NOUN"),
    ("sich", "sich", "PRF", "PRON"),
    ("zur", "zu", "APPRART", "ADP"),
    ("China-Russland-Beziehungen", "China-Russland-Beziehung", "NN", "NOUN"),
    ("hervorgeht", "hervorgehen", "VVFIN", "VERB"),
    ("lobte", "loben", "VVFIN", "VERB"),
    ("USA", "USA", "NE", "PROPN"),
    ("„", "„", "$(", "PUNCT"),
    ("uns", "wir", "PPER", "PRON"),
    ("Ländern", "Land", "NN", "NOUN"),
]


def test_pipeline_components_in_run_order():
    assert get_nlp().pipe_names == list(COMPONENTS) == [
        "articlekit_document", "articlekit_sentences", "articlekit_tagger", "articlekit_entities",
        "articlekit_quotes", "articlekit_timexes", "articlekit_events"]


def test_data_flow_has_no_missing_inputs():
    analysis = get_nlp().analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    assert "doc.ents" in analysis["summary"]["articlekit_entities"]["assigns"]
    assert "token.pos" in analysis["summary"]["articlekit_entities"]["requires"]


UNSEEN = "Neue Brücke\nDie Stadt baut eine Brücke. Der Bürgermeister freut sich.\n\nDer Bau beginnt im Mai."


def test_make_doc_sets_date_and_paragraphs_before_the_components():
    nlp = get_nlp()
    article = from_text(UNSEEN, "2024-05-02")
    doc = make_doc(nlp, article)
    assert not doc.has_annotation("TAG")  # nothing has run yet
    assert doc._.dct == dt.date(2024, 5, 2)
    assert [span.text for span in doc.spans["paragraphs"]] == [p.text for p in article.paragraphs]
    assert nlp(doc)._.dct == dt.date(2024, 5, 2)


def test_plain_text_gets_paragraphs_and_no_date():
    doc = get_nlp()(UNSEEN)
    assert doc._.dct is None
    assert [span.text for span in doc.spans["paragraphs"]] == [
        "Die Stadt baut eine Brücke. Der Bürgermeister freut sich.", "Der Bau beginnt im Mai."]


def test_pipe_keeps_each_articles_date():
    articles = [from_text(UNSEEN, "2024-05-02"), from_text(UNSEEN), from_text(UNSEEN, "1999-12-31")]
    dates = [doc._.dct for doc in pipe_articles(articles, batch_size=2)]
    assert dates == [dt.date(2024, 5, 2), None, dt.date(1999, 12, 31)]


def test_date_survives_doc_serialisation():  # nlp.pipe(n_process=2) sends Docs as bytes
    nlp = get_nlp()
    doc = make_doc(nlp, from_text(UNSEEN, "2024-05-02"))
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.dct == dt.date(2024, 5, 2) and len(copy.spans["paragraphs"]) == 2


def test_hand_checked_tagging_sample(doc):
    seen = {}
    for token in doc:
        seen.setdefault(token.text, (token.text, token.lemma_, token.tag_, token.pos_))
    wrong = [(expected, seen.get(expected[0])) for expected in HAND_CHECKED if seen.get(expected[0]) != expected]
    assert not wrong


def test_year_full_stop_is_split_but_ordinals_stay():
    tokens = [t.text for t in parse("Das war im Jahr 2025. Dann kam der 80. Jahrestag.")]
    assert tokens == ["Das", "war", "im", "Jahr", "2025", ".", "Dann", "kam", "der", "80.", "Jahrestag", "."]


def test_sentence_rules():
    text = "Überschrift ohne Punkt\nEr sagte: „Wir kommen.“ Dann gingen sie. „Gut“, meinte er. Am 3. März z.B. nicht."
    sentences = [s.text.strip() for s in parse(text).sents]
    assert sentences == [
        "Überschrift ohne Punkt",
        "Er sagte: „Wir kommen.“",
        "Dann gingen sie.",
        "„Gut“, meinte er.",
        "Am 3. März z.B. nicht.",
    ]


def test_seed_headings_are_their_own_sentences(article, doc):
    starts = {sentence[0].idx for sentence in doc.sents if not sentence[0].is_space}
    for heading in article.headings:
        assert heading.start in starts
        assert heading.end + 1 in starts  # the paragraph after it starts anew


def test_opening_quote_starts_the_next_sentence(doc):
    quoted = [s for s in doc.sents if s.text.startswith("„Wir stehen vereint")]
    assert len(quoted) == 1


def test_analysed_doc_survives_serialisation(article):  # DocBin, nlp.pipe(n_process=2): extensions must pack
    doc = parse_article(article)
    copy = Doc(get_nlp().vocab).from_bytes(doc.to_bytes())
    assert records(copy, tokens=True) == records(doc, tokens=True)


LOAD_AND_ANALYSE = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])  # before any articlekit import: the components come in through entry points
from articlekit import analysis, load_article, pipeline
doc = nlp(pipeline.make_doc(nlp, load_article(sys.argv[2])))
print(json.dumps({"pipe_names": nlp.pipe_names, "analysis": analysis.records(doc, tokens=True)}))
"""


def test_saved_pipeline_loads_in_a_fresh_process_with_the_same_analysis(tmp_path, article):
    get_nlp().to_disk(tmp_path / "pipeline")
    result = subprocess.run([sys.executable, "-c", LOAD_AND_ANALYSE, str(tmp_path / "pipeline"), str(SEED)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded["pipe_names"] == get_nlp().pipe_names
    assert loaded["analysis"] == analyze(article, tokens=True)
