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


def _timex(timexes: list[dict], text: str) -> dict:
    return next(t for t in timexes if t["text"] == text)


def check_timex_value(answer, timexes: list[dict], text: str) -> None:
    """Exercise: which TIMEX3 value does an expression get?"""
    if _blank(answer):
        return
    expected = _timex(timexes, text)["value"]
    hint = "Rechne vom Datum des Artikels aus. Ein Jahr schreibt man vierstellig, z. B. \"2025\"."
    if expected.endswith("_REF"):
        hint = "Manche Ausdrücke sind unbestimmt: Dann bekommen sie kein Datum, sondern PAST_REF, PRESENT_REF oder FUTURE_REF."
    feedback(str(answer) == expected, f"„{text}“ hat den Wert {expected}.", hint)


def check_timex_type(answer, timexes: list[dict], text: str) -> None:
    """Exercise: DATE, TIME, DURATION or SET?"""
    if _blank(answer):
        return
    expected = _timex(timexes, text)["type"]
    hints = {"SET": "Wiederholt sich etwas regelmäßig? Dann ist es eine Menge von Zeitpunkten: SET.",
             "DURATION": "Geht es um eine Zeitdauer (wie lange?) statt um einen Zeitpunkt?",
             "DATE": "Geht es um einen Tag, Monat oder ein Jahr (wann?)?",
             "TIME": "Wird eine Uhrzeit oder Tageszeit genannt?"}
    feedback(str(answer).upper() == expected, f"„{text}“ ist vom Typ {expected}.", hints[expected])


def check_moved_value(answer, article: Article, text: str, date: str) -> None:
    """Exercise: what value would an expression get if the article had another date?"""
    if _blank(answer):
        return
    from .article import from_text
    from .pipeline import parse
    from .timeline import find_timexes

    moved = from_text(article.text, date=date)
    expected = next(t.value for t in find_timexes(parse(moved.text), moved.date) if t.text == text)
    feedback(str(answer) == expected, f"Mit dem Datum {date} wird „{text}“ zu {expected}.",
             f"Das Programm rechnet vom Datum des Artikels aus: Setze {date} ein und zähle.")


def check_count(answer, expected: int, what: str, hint: str) -> None:
    """Exercise: how many X does the kit find in your own article?"""
    if _blank(answer):
        return
    feedback(answer == expected, f"Richtig gezählt: {expected} {what}.",
             hint if not isinstance(answer, int) else f"{hint} (Du hast {answer} gezählt.)")


def check_top_mention(answer, entities: list[dict]) -> None:
    """Exercise: which name is mentioned most often?"""
    if _blank(answer):
        return
    from .display import mention_counts

    counts = mention_counts(entities)
    top = counts.iloc[0]
    tied = set(counts.loc[counts["Erwähnungen"] == top["Erwähnungen"], "Name"])
    feedback(answer in tied, f"Am häufigsten erwähnt: {', '.join(sorted(tied))} ({top['Erwähnungen']}-mal).",
             "Die Tabelle display.mention_counts(...) ist schon nach der Zahl der Erwähnungen sortiert.")
