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

