"""Self-checks for the notebook exercises (being moved into one module per topic: checks/reading.py, ...): friendly German feedback, computed from the real analysis.

Each check compares a student's answer with what the kit computes for the article at hand,
so the exercises work for any article, not only for the seed.
"""
from __future__ import annotations

from ..article import Article

from ..feedback import ____  # the blank in exercise cells: students replace it with their answer


def feedback(correct: bool, praise: str, hint: str) -> None:
    """Print one line of feedback: praise when right, a hint when not."""
    print(f"✅ Richtig! {praise}" if correct else f"❌ Noch nicht. Tipp: {hint}")


def _blank(answer) -> bool:
    """True (and a reminder printed) if the student has not replaced ____ yet."""
    if answer is ____:
        print("✏️ Ersetze zuerst ____ durch deine Antwort und führe die Zelle noch einmal aus.")
        return True
    return False


def _quote_with(quotes: list[dict], fragment: str) -> dict:
    """The shortest quote whose text contains a fragment (exercises quote a few words)."""
    return min((q for q in quotes if fragment in q["text"]), key=lambda q: q["end"] - q["start"])


def check_quote_kind(answer, quotes: list[dict], fragment: str) -> None:
    """Exercise: direct, partial, indirect or reported?"""
    if _blank(answer):
        return
    names = {"direkt": "direct", "teilweise": "partial", "indirekt": "indirect", "berichtet": "reported"}
    expected = _quote_with(quotes, fragment)["kind"]
    given = names.get(str(answer).lower(), str(answer).lower())
    hints = {"direct": "Steht ein ganzer Satz mit Verb in Anführungszeichen?",
             "partial": "Nur wenige Wörter in Anführungszeichen, ohne gebeugtes Verb: ein Teilzitat.",
             "indirect": "Gibt es einen dass-Satz, einen zu-Infinitiv oder Konjunktiv I?",
             "reported": "Wird nur gesagt, DASS jemand etwas sagt (lobte, verwies), nicht WAS genau?"}
    feedback(given == expected, f"Das ist {[k for k, v in names.items() if v == expected][0]} ({expected}).",
             hints[expected])


def check_speaker(answer, quotes: list[dict], fragment: str) -> None:
    """Exercise: who is the speaker of a quote? (None for anonymous statements)"""
    if _blank(answer):
        return
    expected = _quote_with(quotes, fragment)["speaker"]
    if expected is None:
        feedback(answer is None, "Niemand wird genannt: eine anonyme Aussage („Es wird gehofft“).",
                 "Lies genau: Wird überhaupt eine Person genannt? Dann wäre die Antwort None.")
        return
    close = isinstance(answer, str) and answer and answer.split()[-1] in expected
    hint = "Fast: Schreib den vollen Namen, wie er im Artikel zuerst steht." if close else \
        "Suche das Redeverb (sagte, berichtete …) und frage: Wer tut das? Pronomen wie „er“ verweisen zurück."
    feedback(answer == expected, f"Sprecher ist {expected}.", hint)


def check_konjunktiv(answer, doc, fragment: str) -> None:
    """Exercise: which word of a passage is in Konjunktiv I (the mark of reported speech)?"""
    if _blank(answer):
        return
    from .quotes import QuoteFinder

    start = doc.text.index(fragment)
    finder = QuoteFinder(doc)
    forms = [t.text for t in doc if start <= t.idx < start + len(fragment) and finder.is_konjunktiv(t)]
    feedback(answer in forms, f"„{answer}“ ist Konjunktiv I: So zeigt die Autorin, dass sie eine fremde Aussage wiedergibt.",
             "Suche ein gebeugtes Verb, das anders aussieht als im Indikativ: „ist“ wird zu „sei“, „hat“ zu „habe“.")


def check_never_quoted(answer, article: Article, doc, quotes: list[dict]) -> None:
    """Exercise: which people are talked about but never quoted?"""
    if _blank(answer):
        return
    from .display import never_quoted

    expected = set(never_quoted(article, doc, quotes))
    given = set(answer) if isinstance(answer, (list, set, tuple)) else {answer}
    missing, wrong = expected - given, given - expected
    hint = f"Es fehlen noch {len(missing)} Person(en)." if missing else f"Diese Person kommt zu Wort: {', '.join(map(str, wrong))}."
    feedback(given == expected, f"Nur erwähnt, nie zitiert: {', '.join(sorted(expected))}.", hint)
