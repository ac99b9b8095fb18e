"""Checks for notebook 03 (quoting): the student's answer against the kit's live quote analysis.

Every check prints one German line through articlekit.feedback and never raises, whatever the
article: a missing item gets a German sentence, a field the analysis lacks is named, not assumed.
"""
from __future__ import annotations

import pandas as pd

from .. import grammar
from ..analysis import analyze
from ..article import from_text
from ..feedback import is_open, not_in_article, not_yet, plural, right, still_open
from ..labels import quote_kind
from ..marks import pair_quote_marks
from ..pipeline import parse

OPENING = "„"
NO_STATEMENT = "none"  # label key of "keine Aussage" (a withheld or negated statement)
SCHOOL_TERM = "berichtet"  # school grammar's "berichtete Rede" means indirect speech: the expected near miss
# What students may write for each kind (lower case, checked in this order: "indirekt" contains "direkt").
ANSWER_WORDS = (
    (NO_STATEMENT, ("keine aussage", "keine wiedergabe", "nichts gesagt")),
    ("partial", ("teilzitat", "teilweise", "partial")),
    ("indirect", ("indirekt", "indirect")),
    ("direct", ("direkt", "direct", "wörtlich")),
    ("reported", ("erzählt", "redebericht", "reported")),
)
KIND_HINTS = {
    "direct": "Stehen die Worte in Anführungszeichen, und ist es ein ganzer Satz mit gebeugtem Verb?",
    "partial": "Sind es nur wenige Wörter in Anführungszeichen, eingebettet in einen Satz des Textes?",
    "indirect": "Gibt der Satz den Inhalt wieder (dass/ob-Satz, zu-Infinitiv oder Konjunktiv), "
                "ohne Anführungszeichen?",
    "reported": "Erfährst du, was gesagt wurde – oder nur, dass jemand sprach (und worüber)?",
    NO_STATEMENT: "Wird hier überhaupt etwas mitgeteilt – oder heißt es, dass etwas offen blieb?",
}
KIND_REASONS = {
    "direct": "die Worte selbst, als ganzer Satz in Anführungszeichen.",
    "partial": "nur wenige Wörter in Anführungszeichen, eingebettet in einen Satz des Textes.",
    "indirect": "der Inhalt in eigenen Worten (dass/ob-Satz, zu-Infinitiv oder Konjunktiv).",
    "reported": "wir erfahren nur, dass gesprochen wurde und worüber, nicht was gesagt wurde.",
    NO_STATEMENT: "hier wird gerade nichts mitgeteilt.",
}


def _key(answer) -> str | None:
    """The kind a student's free answer names (direct, partial, indirect, reported, none) or None."""
    text = str(answer).strip().lower()
    return next((kind for kind, words in ANSWER_WORDS if any(w in text for w in words)), None)


def _expected_kind(quote: dict) -> str:
    """The kind a quote record stands for, "none" where it is marked as no statement."""
    return NO_STATEMENT if quote.get("statement") is False else quote["kind"]


def _judge_kind(answer, expected: str) -> None:
    """Compare a free answer with the expected kind; the near miss "berichtete Rede" gets its own hint."""
    given = _key(answer)
    if given == expected:
        right(f"{quote_kind(expected).name}: {KIND_REASONS[expected]}")
    elif given is None and SCHOOL_TERM in str(answer).lower():
        not_yet("„Berichtete Rede“ meint in der Schulgrammatik meist etwas anderes. Nimm einen Fachbegriff "
                "aus dem Schema dieses Notebooks (Abschnitt 2). " + KIND_HINTS[expected])
    elif given is None:
        not_yet("Antworte mit einem Fachbegriff aus dem Schema dieses Notebooks (Abschnitt 2). "
                + KIND_HINTS[expected])
    else:
        not_yet(f"Deine Antwort passt nicht ganz. {KIND_HINTS[expected]}")


def _kit_statements(sentence: str) -> list[dict]:
    """The kit's statements (no nested partial quotes) in a new sentence, analysed live."""
    return [q for q in analyze(from_text(sentence))["quotes"] if q.get("parent") is None]


def transfer_kind(answer, sentence: str) -> None:
    """Transfer: the kind of speech report in a new sentence, as the kit analyses it live."""
    if is_open(answer):
        still_open("die Art der Redewiedergabe im neuen Satz")
        return
    quotes = _kit_statements(sentence)
    if not quotes:
        print("ℹ️ Das Programm findet in diesem Satz keine Redewiedergabe. Vergleiche deine Antwort "
              "mit den Merkmalen oben – hier kann das Programm dir nicht helfen.")
        return
    _judge_kind(answer, _expected_kind(quotes[0]))


def _clause_after_cue(doc) -> list:
    """The tokens after the first comma or colon: where the reported clause of "X sagte, …" stands."""
    marks = [t.i for t in doc if t.text in (",", ":")]
    return list(doc[marks[0] + 1:]) if marks else list(doc)


def _kit_says(sentence: str) -> str:
    """One German sentence on how the kit classifies a new sentence (it may disagree with grammar)."""
    found = _kit_statements(sentence)
    if not found:
        return "Das Programm findet hier keine Redewiedergabe – du schon."
    return f"Das Programm nennt den Satz: {quote_kind(_expected_kind(found[0])).name}."


def konjunktiv(answer, sentence: str) -> None:
    """Transfer: which verb of the reported clause is in the Konjunktiv, and which one?"""
    if is_open(answer):
        still_open("das Verb im Konjunktiv")
        return
    doc = parse(sentence)
    moods = {t.lower_: grammar.mood(t) for t in _clause_after_cue(doc) if grammar.mood(t)}
    word = str(answer).strip().lower()
    if not moods:
        print("ℹ️ Das Programm findet in diesem Satz kein Verb im Konjunktiv. Prüfe selbst: Steht "
              "ein Verb im Indikativ, obwohl jemand anderes spricht?")
    elif word in moods:
        mood = "Konjunktiv I" if moods[word] == "konjunktiv1" else "Konjunktiv II"
        right(f"„{answer}“ steht im {mood}. {_kit_says(sentence)}")
    elif word in {t.lower_ for t in doc if grammar.is_finite(t)}:
        not_yet("Das ist ein gebeugtes Verb im Indikativ – oft das Redeverb selbst. Gesucht ist das Verb "
                "im wiedergegebenen Teil nach dem Komma.")
    else:
        not_yet("Gesucht ist ein einzelnes gebeugtes Verb aus dem wiedergegebenen Teil des Satzes.")


def _names(code) -> set[str]:
    """All global names a code object uses, nested comprehensions and lambdas included."""
    nested = [c for c in code.co_consts if hasattr(c, "co_names")]
    return set(code.co_names).union(*(_names(c) for c in nested))


def _is_open_function(function) -> bool:
    """Whether a student's function still contains the blank ____ (or is the blank itself)."""
    code = getattr(function, "__code__", None)
    return is_open(function) or (code is not None and "____" in _names(code))


def _run(function, *args):
    """The student's function applied, or None with a German message when it is no function or fails."""
    if not callable(function):
        not_yet("Übergib der Prüfung die Funktion selbst – ihren Namen ohne Klammern.")
        return None
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 - any error in the student's own code becomes a hint
        not_yet(f"Deine Funktion bricht mit einem Fehler ab ({type(error).__name__}). Lies die Fehlermeldung "
                "und prüfe die Lücken.")
        return None


def _ends_one_short(given: list, expected: list) -> bool:
    """The expected near miss of the pairing exercise: right starts, every end at the closing mark itself."""
    return [s for s, _ in given] == [s for s, _ in expected] and \
        all(e + 1 == f for (_, e), (_, f) in zip(given, expected, strict=True))


def pairs(function, text: str) -> None:
    """Code-gap: the student's pairing function for „…“ against the kit's pairing of the text."""
    if _is_open_function(function):
        still_open("das Paaren der Anführungszeichen")
        return
    found = _run(function, text)
    if found is None:
        return
    expected = sorted((s, e) for s, e in pair_quote_marks(text) if text[s] == OPENING)
    given = sorted(tuple(p) for p in found) if isinstance(found, (list, tuple)) else []
    if not expected:
        not_in_article("ein Zitat in deutschen Anführungszeichen („…“)")
    elif given == expected:
        right(f"{plural(len(expected), 'Paar', 'Paare')} gefunden – genau wie das Programm.")
    elif not given:
        not_yet("Kein einziges Paar: Welches Zeichen schließt ein deutsches Zitat? Es steht oben, "
                "nicht unten – und es ist nicht das gerade Zeichen der Tastatur.")
    elif _ends_one_short(given, expected):
        not_yet("Die Anfänge stimmen, jedes Ende liegt eins zu früh: Ein Ausschnitt text[start:end] "
                "endet VOR end – das schließende Zeichen soll mit hinein.")
    else:
        not_yet(f"Du hast {plural(len(given), 'Paar', 'Paare')}; prüfe, ob dein schließendes Zeichen das "
                "richtige ist und ob du beim Schließen den obersten Eintrag vom Stapel nimmst.")


def _praise_rows(quotes: list[dict], kept: set) -> str:
    """Praise for the right filter: statements counted once, withheld ones ("keine Aussage") named apart."""
    silent = sum(1 for i in kept if quotes[i].get("statement") is False)
    told = plural(len(kept) - silent, "Aussage", "Aussagen") + " – jede nur einmal gezählt"
    return told + (f" (dazu {plural(silent, 'Stelle', 'Stellen')} ohne Aussage)." if silent else ".")


def _judge_rows(quotes: list[dict], given: set, expected: set) -> None:
    """Compare the rows a filter kept with the statements (rows whose parent is null)."""
    everything = set(range(len(quotes)))
    if given == expected:
        right(_praise_rows(quotes, expected))
    elif given and given == everything - expected:
        not_yet("Umgekehrt: Du hast genau die eingebetteten Stellen behalten. Gesucht sind die Zeilen, "
                "die zu keiner größeren Aussage gehören.")
    elif expected < given:
        not_yet("Da sind noch eingebettete Teilzitate dabei. Welche Spalte sagt, ob eine Stelle zu einer "
                "größeren Aussage gehört?")
    else:
        not_yet("Es fehlen eigenständige Aussagen. Behalte jede Zeile, in der die Spalte für die "
                "übergeordnete Aussage leer ist.")


def statements(function, quotes: list[dict]) -> None:
    """Code-gap: a pandas filter that keeps statements (parent is null), not nested partial quotes."""
    if _is_open_function(function):
        still_open("der Filter auf Aussagen")
        return
    if not quotes:
        not_in_article("eine Redewiedergabe")
        return
    if "parent" not in quotes[0]:
        print("ℹ️ Diese Zitatliste hat kein Feld „parent“ (ältere Version) – die Übung lässt sich "
              "hier nicht prüfen.")
        return
    kept = _run(function, pd.DataFrame(quotes))
    if kept is None:
        return
    if not isinstance(kept, pd.DataFrame):
        not_yet("Deine Funktion soll eine Tabelle (DataFrame) mit einer Auswahl der Zeilen zurückgeben: "
                "df[Bedingung].")
        return
    expected = {i for i, q in enumerate(quotes) if q["parent"] is None}
    _judge_rows(quotes, set(kept.index), expected)
