"""Checks of notebook 03 on the seed, on notebook 05's example article and on an unseen text.

Each check: a right answer, the near miss it expects (with its own hint), a wrong answer, an open
blank, and no hint that contains the accepted answer. No check may raise on any of the texts.
"""
import pandas as pd
import pytest

from articlekit import analyze, from_text
from articlekit.checks import quoting as check
from articlekit.feedback import ____
from articlekit.quotes import pair_quote_marks

EXAMPLE_05 = """Stadtrat beschließt neues Radwegenetz
Freiburg (dpa) - Der Gemeinderat hat am Dienstag mit großer Mehrheit ein neues Radwegenetz beschlossen. „Wir wollen bis Ende des Jahrzehnts die sicherste Fahrradstadt Deutschlands werden“, sagte Oberbürgermeisterin Petra Sommer nach der Abstimmung. Die Opposition kritisierte die Kosten von 40 Millionen Euro. Laut Stadtverwaltung sollen die ersten Abschnitte im kommenden Frühjahr fertig sein.
Kritik vom Handel
Der Einzelhandelsverband befürchtet, dass Parkplätze in der Innenstadt wegfallen. Verbandschefin Anna Keller sagte, man sei nicht gegen Radwege. Die Kundschaft müsse die Geschäfte aber weiterhin erreichen können. Die Bauarbeiten sollen drei Jahre dauern."""

UNSEEN = """Schwimmbad bleibt im Winter geschlossen
Das Hallenbad in Neustadt öffnet erst im Frühjahr wieder. Die Badleiterin Jana Roth bedauerte die Entscheidung. „Die Heizung ist kaputt, und die Ersatzteile fehlen“, sagte sie am Montag. Der Schwimmverein erklärte, die Kinder hätten nun keinen Ort zum Üben."""

NO_QUOTES = "Der Regen hielt den ganzen Tag an. Am Abend wurde es kalt."

ARTICLES = {"example": EXAMPLE_05, "unseen": UNSEEN, "none": NO_QUOTES}


@pytest.fixture(scope="module")
def seed_quotes(article):
    return analyze(article)["quotes"]


def said(capsys) -> str:
    return capsys.readouterr().out


def close_pairs(text: str, closing: str, shift: int = 1) -> list[tuple[int, int]]:
    """What the notebook's code-gap computes, with the student's closing mark and end offset."""
    stack, found = [], []
    for i, char in enumerate(text):
        if char == "„":
            stack.append(i)
        elif char == closing and stack:
            found.append((stack.pop(), i + shift))
    return found


# kind -------------------------------------------------------------------------------------------

def test_kind_right_near_miss_wrong_open(seed_quotes, capsys):
    check.kind("erzählte Wiedergabe", seed_quotes, "den zunehmenden Handel")
    assert said(capsys).startswith("✅ Richtig! erzählte Wiedergabe")
    check.kind("berichtete Rede", seed_quotes, "den zunehmenden Handel")
    out = said(capsys)
    assert out.startswith("❌") and "Schulgrammatik" in out and "erzählt" not in out
    check.kind("direkt", seed_quotes, "den zunehmenden Handel")
    out = said(capsys)
    assert out.startswith("❌") and "erzählt" not in out
    check.kind(____, seed_quotes, "den zunehmenden Handel")
    assert "Noch offen" in said(capsys)


def test_kind_accepts_variants_and_partial_quotes(seed_quotes, capsys):
    for answer in ("Teilzitat", "teilweise", "partial"):
        check.kind(answer, seed_quotes, "neuen Höhen")
        assert said(capsys).startswith("✅")
    check.kind("indirekte Wiedergabe", seed_quotes, "neuen Höhen")
    assert said(capsys).startswith("❌")


def test_kind_withheld_statement_is_keine_aussage(seed_quotes, capsys):
    quote = next(q for q in seed_quotes if "thematisiert" in q["text"])
    if "statement" not in quote:
        pytest.skip("the quote records have no 'statement' field yet (QUOTES is adding it)")
    check.kind("keine Aussage", seed_quotes, "thematisiert")
    assert said(capsys).startswith("✅")


@pytest.mark.parametrize("name", ARTICLES)
def test_kind_on_other_articles_never_raises(name, capsys):
    quotes = analyze(from_text(ARTICLES[name]))["quotes"]
    for q in quotes:
        check.kind("direkte Wiedergabe", quotes, q["text"][:12])
    check.kind("direkt", quotes, "Putin lobte")
    assert "gibt es" in said(capsys)


def test_kind_on_the_example_direct_quote(capsys):
    quotes = analyze(from_text(EXAMPLE_05))["quotes"]
    check.kind("direkte Wiedergabe", quotes, "sicherste Fahrradstadt")
    assert said(capsys).startswith("✅")


# transfer_kind ----------------------------------------------------------------------------------

SENTENCE = "Die Sprecherin räumte ein, man habe Fehler gemacht."


def test_transfer_kind(capsys):
    check.transfer_kind("indirekte Wiedergabe", SENTENCE)
    assert said(capsys).startswith("✅ Richtig! indirekte Wiedergabe")
    check.transfer_kind("berichtete Rede", SENTENCE)
    out = said(capsys)
    assert out.startswith("❌") and "indirekt" not in out
    check.transfer_kind("direkt", SENTENCE)
    out = said(capsys)
    assert out.startswith("❌") and "indirekt" not in out
    check.transfer_kind(____, SENTENCE)
    assert "Noch offen" in said(capsys)


def test_transfer_kind_without_any_quote(capsys):
    check.transfer_kind("direkt", NO_QUOTES)
    assert said(capsys).startswith("ℹ️")


def test_transfer_kind_reported_on_unseen_sentence(capsys):
    check.transfer_kind("Redebericht", "Der Trainer lobte die Abwehr.")
    assert said(capsys).startswith("✅")


# konjunktiv -------------------------------------------------------------------------------------

SUBJUNCTIVE_II = "Die Anwohner sagten, sie hätten in der Nacht nichts gehört."


def test_konjunktiv(capsys):
    check.konjunktiv("hätten", SUBJUNCTIVE_II)
    out = said(capsys)
    assert out.startswith("✅") and "Konjunktiv II" in out
    check.konjunktiv("sagten", SUBJUNCTIVE_II)
    out = said(capsys)
    assert out.startswith("❌") and "Redeverb" in out and "hätten" not in out
    check.konjunktiv("Nacht", SUBJUNCTIVE_II)
    out = said(capsys)
    assert out.startswith("❌") and "hätten" not in out
    check.konjunktiv(____, SUBJUNCTIVE_II)
    assert "Noch offen" in said(capsys)


def test_konjunktiv_one_and_none(capsys):
    check.konjunktiv("habe", SENTENCE)
    assert "Konjunktiv I" in said(capsys)
    check.konjunktiv("hielt", NO_QUOTES)
    assert said(capsys).startswith("ℹ️")


# pairs ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["seed", *ARTICLES])
def test_pairs(name, article, capsys):
    text = article.text if name == "seed" else ARTICLES[name]
    expected = [p for p in pair_quote_marks(text) if text[p[0]] == "„"]
    check.pairs(close_pairs(text, "“"), text)
    out = said(capsys)
    assert out.startswith("✅" if expected else "ℹ️")
    if not expected:
        return
    check.pairs(close_pairs(text, "“", shift=0), text)
    out = said(capsys)
    assert out.startswith("❌") and "zu früh" in out and "“" not in out
    check.pairs(close_pairs(text, '"'), text)
    out = said(capsys)
    assert out.startswith("❌") and "“" not in out
    check.pairs(____, text)
    assert "Noch offen" in said(capsys)


# statements -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["seed", *ARTICLES])
def test_statements(name, article, capsys):
    quotes = analyze(article if name == "seed" else from_text(ARTICLES[name]))["quotes"]
    frame = pd.DataFrame(quotes)
    check.statements(____, quotes)
    assert "Noch offen" in said(capsys)
    check.statements(frame, quotes)
    out = said(capsys)
    if not quotes or "parent" not in frame:
        assert out.startswith("ℹ️")
        return
    kept = frame[frame["parent"].isna()]
    assert out.startswith("✅" if len(kept) == len(frame) else "❌")
    check.statements(kept, quotes)
    assert said(capsys).startswith("✅")
    check.statements(frame["kind"], quotes)
    assert said(capsys).startswith("❌")


def test_statements_near_miss_on_seed(seed_quotes, capsys):
    frame = pd.DataFrame(seed_quotes)
    if "parent" not in frame:
        pytest.skip("the quote records have no 'parent' field yet (QUOTES is adding it)")
    check.statements(frame[frame["parent"].notna()], seed_quotes)
    out = said(capsys)
    assert out.startswith("❌") and "Umgekehrt" in out and "isna" not in out
