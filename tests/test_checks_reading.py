"""Checks of notebooks 00/01: right, near miss, wrong and open answers, on the seed and on two other articles."""
import pytest

from articlekit import from_text, parse
from articlekit.checks import reading as check
from articlekit.reading import sentence_table, statistics
from conftest import EXAMPLE_05

UNSEEN = (
    "Neue Bibliothek eröffnet\n"
    "Die Stadtbibliothek in Kassel hat am Samstag ihr neues Gebäude eröffnet. Die Leiterin sagte, das "
    "Haus sei ein Ort für alle. Rund 2.000 Menschen kamen zur Feier, viele mit Kindern. Der Umbau hatte "
    "drei Jahre gedauert und kostete mehr als zwölf Millionen Euro, deutlich mehr als geplant.\n"
    "Kritik am Preis\n"
    "Die Opposition im Stadtrat kritisierte die Kosten. Die Bibliothek öffnet künftig auch sonntags."
)


@pytest.fixture(scope="module", params=["seed", "example05", "unseen"])
def case(request, article, doc):
    """(article, doc) for the seed, notebook 05's example and an unseen text."""
    if request.param == "seed":
        return article, doc
    other = from_text(EXAMPLE_05 if request.param == "example05" else UNSEEN, date="2025-03-13")
    return other, parse(other.text)


def printed(capsys) -> str:
    return capsys.readouterr().out


def assert_hint_hides(output: str, answer) -> None:
    assert output.startswith("❌"), output
    assert str(answer) not in output, output


def test_open_blanks_say_noch_offen(case, capsys):
    article, doc = case
    check.word_count("____", ["a"])
    check.type_token_ratio("____", article, doc)
    check.long_sentences("____", article, doc)
    check.sentence_count("____", doc)
    check.byline("____")
    check.flesch_syllables("____")
    assert printed(capsys).count("Noch offen") == 6


def test_word_count(capsys):
    words = "Die Sprecherin räumte ein, man habe Fehler gemacht.".split()
    check.word_count(8, words)
    assert printed(capsys).startswith("✅ Richtig! Die Liste hat 8 Einträge")
    check.word_count("8", words)
    out = printed(capsys)
    assert "Anführungszeichen" in out and "8" not in out
    check.word_count(words, words)
    assert "die Liste selbst" in printed(capsys)
    check.word_count(7, words)
    assert_hint_hides(printed(capsys), 8)


def test_type_token_ratio(case, capsys):
    article, doc = case
    stats = statistics(article, doc)
    ratio = stats["verschiedene Wortformen"] / stats["Wörter"]
    check.type_token_ratio(ratio, article, doc)
    assert printed(capsys).startswith("✅")
    check.type_token_ratio(f"{ratio:.3f}".replace(".", ","), article, doc)
    out = printed(capsys)
    assert out.startswith("✅") and "Punkt" in out  # the decimal comma is accepted, with a note
    check.type_token_ratio(1 / ratio, article, doc)
    out = printed(capsys)
    assert "umgedreht" in out
    assert_hint_hides(out, round(ratio, 3))
    check.type_token_ratio(ratio / 2, article, doc)
    assert_hint_hides(printed(capsys), f"{ratio:.3f}".replace(".", ","))


def test_type_token_ratio_lemma_near_miss(article, doc, capsys):
    stats = statistics(article, doc)
    check.type_token_ratio(stats["verschiedene Lemmas"] / stats["Wörter"], article, doc)
    out = printed(capsys)
    assert "Lemmas" in out
    assert_hint_hides(out, stats["verschiedene Wortformen"])


def test_long_sentences(case, capsys):
    article, doc = case
    table = sentence_table(article, doc)
    lengths = table["Wörter"]
    limit = next(n for n in sorted(set(lengths)) if 0 < (lengths > n).sum() != (lengths <= n).sum())
    expected = table[table["Wörter"] > limit]
    check.long_sentences(expected, article, doc, limit=limit)
    assert printed(capsys).startswith("✅")
    check.long_sentences(len(expected), article, doc, limit=limit)
    assert printed(capsys).startswith("✅")
    check.long_sentences(table[table["Wörter"] <= limit], article, doc, limit=limit)
    assert "Dreh den Vergleich um" in printed(capsys)
    check.long_sentences("viele", article, doc, limit=limit)
    assert printed(capsys).startswith("❌")


def test_long_sentences_boundary_near_miss(article, doc, capsys):
    table = sentence_table(article, doc)
    limit = int(table["Wörter"].iloc[0])  # a limit some sentence reaches exactly
    check.long_sentences(table[table["Wörter"] >= limit], article, doc, limit=limit)
    out = printed(capsys)
    assert "Grenze" in out
    assert_hint_hides(out, int((table["Wörter"] > limit).sum()))


def test_sentence_count_transfer(capsys):
    doc = parse("Dr. Anna Berg sprach am 3. Oktober in Leipzig. „Wir brauchen mehr Geld für Schulen“, sagte sie. "
                "Die Stadt prüft den Vorschlag bis Ende Nov. 2025.")
    check.sentence_count(3, doc)
    assert printed(capsys).startswith("✅ Richtig! Das Kit findet 3 Sätze")
    check.sentence_count("3", doc)
    assert printed(capsys).startswith("✅")
    check.sentence_count(6, doc)  # every full stop counted
    out = printed(capsys)
    assert "Abkürzung" in out
    assert_hint_hides(out, 3)
    check.sentence_count(4, doc)
    assert_hint_hides(printed(capsys), 3)


def test_sentence_count_other_articles(case, capsys):
    _, doc = case
    found = sum(1 for s in doc.sents if any(t.is_alpha for t in s))
    check.sentence_count(found, doc)
    assert printed(capsys).startswith("✅")


def test_translation_trace_on_the_seed(article, capsys):
    check.translation_trace("Chicagos", article)
    assert printed(capsys).startswith("✅")
    check.translation_trace("Friedensbroker", article)  # a trace of translation, but no error of content
    out = printed(capsys)
    assert "Gute Spur" in out
    assert_hint_hides(out, "Chicago")
    check.translation_trace("Moskau", article)
    assert_hint_hides(printed(capsys), "Chicago")
    check.translation_trace("Hamburg", article)
    assert "nicht im Artikel" in printed(capsys)


def test_translation_trace_without_metadata(case, capsys):
    article, _ = case
    if article.meta.get("translation_traces"):
        pytest.skip("the seed lists its traces; this test is about articles without them")
    check.translation_trace("Radweg", article)
    assert printed(capsys).startswith("ℹ️")


@pytest.mark.parametrize("letter", ["A", "B", "C", "D"])
def test_byline_choice_explains_every_option(letter, capsys):
    check.byline(letter.lower())
    out = printed(capsys)
    assert out.startswith("✅" if letter == "B" else "❌")
    assert check.BYLINE_OPTIONS[letter][1] in out


@pytest.mark.parametrize("letter", ["A", "B", "C"])
def test_flesch_choice_explains_every_option(letter, capsys):
    check.flesch_syllables(letter)
    out = printed(capsys)
    assert out.startswith("✅" if letter == "B" else "❌")
    assert check.FLESCH_SYLLABLE_OPTIONS[letter][1] in out


BYLINE = "Von Jana Weber und Tim Kühn, mit Material der Nachrichtenagentur dpa"


@pytest.mark.parametrize("answer, expected", [
    (["Jana Weber", "Tim Kühn"], "✅"),                       # right
    (["Jana Weber", "Tim Kühn", "dpa"], "keine Verfasserin"),  # near miss: the agency is no author
    (["Jana Weber"], "fehlt noch jemand"),                    # one name missing
    (["Weber", "Kühn"], "Vor- und Nachnamen"),                # wrong form
    ("Jana Weber und Tim Kühn", "als Liste"),                 # not a list
    ("____", "Noch offen"),
])
def test_byline_authors_transfer(answer, expected, capsys):
    check.byline_authors(answer, BYLINE)
    out = capsys.readouterr().out
    assert expected in out
    if expected != "✅":
        assert "Jana Weber" not in out and "Tim Kühn" not in out  # hints never give the names away


def test_byline_authors_on_another_byline_and_without_names(capsys):
    check.byline_authors(["Lena Hofmann", "Murat Yilmaz"], "Dieser Bericht stammt von Lena Hofmann und Murat Yilmaz.")
    assert "✅" in capsys.readouterr().out
    check.byline_authors(["Redaktion"], "Von der Redaktion, mit Material von Agenturen.")
    assert "gibt es" in capsys.readouterr().out
