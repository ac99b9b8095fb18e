"""Self-checks for the notebook exercises: friendly German feedback, computed from the real analysis.

Each check compares a student's answer with what the kit computes for the article at hand,
so the exercises work for any article, not only for the seed.
"""
from __future__ import annotations

from .article import Article
from .reading import sentence_table, statistics

____ = "____"  # the blank in exercise cells: students replace it with their answer


def feedback(correct: bool, praise: str, hint: str) -> None:
    """Print one line of feedback: praise when right, a hint when not."""
    print(f"✅ Richtig! {praise}" if correct else f"❌ Noch nicht. Tipp: {hint}")


def _blank(answer) -> bool:
    """True (and a reminder printed) if the student has not replaced ____ yet."""
    if answer is ____:
        print("✏️ Ersetze zuerst ____ durch deine Antwort und führe die Zelle noch einmal aus.")
        return True
    return False


def check_heading_count(answer, article: Article) -> None:
    """Exercise: how many sub-headings does the article have?"""
    if _blank(answer):
        return
    expected = len(article.headings)
    feedback(answer == expected, f"Der Artikel hat {expected} Zwischenüberschriften.",
             "Zähle die kurzen Zeilen ohne Satzzeichen am Ende, nach denen ein Absatz folgt "
             "(oder nutze len(article.headings)).")


def check_longest_sentence(answer, article: Article, doc) -> None:
    """Exercise: how many words has the longest sentence?"""
    if _blank(answer):
        return
    table = sentence_table(article, doc)
    expected = int(table["Wörter"].max())
    number = int(table.loc[table["Wörter"].idxmax(), "Satz"])
    if answer == number and answer != expected:
        feedback(False, "", f"Das ist die Nummer des Satzes ({number}). Gefragt ist die Zahl seiner Wörter.")
        return
    hint = "Sortiere die Tabelle: sentences.sort_values('Wörter', ascending=False).head(1)."
    if isinstance(answer, (int, float)) and abs(answer - expected) <= 2:
        hint = "Knapp daneben: Zählst du Satzzeichen mit? Die Tabelle zählt nur Wörter."
    feedback(answer == expected, f"Der längste Satz (Nr. {number}) hat {expected} Wörter.", hint)


def check_type_token_ratio(answer, article: Article, doc) -> None:
    """Exercise: compute the type-token ratio from the two counts."""
    if _blank(answer):
        return
    stats = statistics(article, doc)
    expected = stats["verschiedene Wortformen"] / stats["Wörter"]
    if isinstance(answer, (int, float)) and answer > 1:
        feedback(False, "", "Das Verhältnis ist höchstens 1: teile die verschiedenen Wortformen durch alle Wörter.")
        return
    ok = isinstance(answer, (int, float)) and abs(answer - expected) < 0.005
    feedback(ok, f"Das Type-Token-Verhältnis ist {expected:.3f}: "
                 f"von {stats['Wörter']} Wörtern sind {stats['verschiedene Wortformen']} verschieden.",
             "Teile stats['verschiedene Wortformen'] durch stats['Wörter'].")
