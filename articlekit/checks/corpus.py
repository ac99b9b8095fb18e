"""Checks for notebook 06 (corpus): the student's answer against the live tables of the corpus analysis.

Every check prints one German line through articlekit.feedback and never raises; hints never name the answer.
"""
from __future__ import annotations

import pandas as pd

from ..analysis import analyze
from ..article import from_text
from ..feedback import as_number, german_number, is_open, not_in_article, not_yet, plural, right, still_open
from ..labels import verb_class as verb_class_label


def person_filter(answer, quotes: pd.DataFrame, value) -> None:
    """Code gap: the student's filtered table (by `value`) must hold exactly the statements of named persons."""
    if is_open(answer) or is_open(value):
        still_open("der Filter auf Personen")
        return
    if not isinstance(answer, pd.DataFrame) or "Sprechertyp" not in answer:
        not_yet("Das Ergebnis soll wieder eine Tabelle sein: aussagen[aussagen[\"Sprechertyp\"] == …].")
        return
    expected = int((quotes["Sprechertyp"] == "Person").sum())
    kinds = set(answer["Sprechertyp"])
    if kinds == {"Person"} and len(answer) == expected:
        right(f"{plural(expected, 'Aussage', 'Aussagen')} stammen von Personen mit Namen.")
    elif len(answer) == 0:
        not_yet("Die Tabelle ist leer: Schreib den Wert genau so, wie er in der Spalte „Sprechertyp“ steht.")
    elif kinds == {"Person"}:
        not_yet("Es fehlen Aussagen: Filtere nur nach dem Sprechertyp, nach nichts anderem.")
    else:
        not_yet("In deiner Tabelle stehen noch andere Sprechertypen: Vergleiche mit dem Wert, den du suchst.")


def anonymous_share(answer, quotes: pd.DataFrame) -> None:
    """Share (in percent) of anonymous statements; the near miss is the fraction instead of percent."""
    if is_open(answer):
        still_open("der Anteil anonymer Aussagen")
        return
    value, _ = as_number(answer)
    if value is None:
        not_yet("Gib eine Zahl an, z. B. 12.5 (Prozent).")
        return
    if quotes.empty:
        not_in_article("eine Aussage")
        return
    expected = 100 * float((quotes["Sprechertyp"] == "anonym").mean())
    if abs(value - expected) <= 0.6:
        right(f"Etwa {german_number(expected, 1)} % der Aussagen haben keine genannte Quelle.")
    elif abs(100 * value - expected) <= 0.6:
        not_yet("Du hast einen Bruchteil angegeben: Gefragt ist der Anteil in Prozent (mal 100).")
    else:
        not_yet("Teile die Zahl der anonymen Aussagen durch die Zahl aller Aussagen und rechne in Prozent um.")


def verb_class(answer, sentence: str) -> None:
    """Transfer: the class of the speech verb in a new sentence, as the kit classifies it live."""
    if is_open(answer):
        still_open("die Verbklasse")
        return
    found = [q for q in analyze(from_text(sentence))["quotes"] if q.get("cue_class")]
    if not found:
        not_in_article("eine Redeeinleitung mit Verbklasse (das Kit findet in diesem Satz keine)")
        return
    expected = verb_class_label(found[0]["cue_class"]).name
    given = str(answer).strip().lower()
    if given == expected.lower():
        right(f"Das Kit ordnet „{found[0]['cue']}“ ebenso ein. Stimmst du ihm auch inhaltlich zu?")
    elif given in ("neutral", "sagen"):
        not_yet("Sagt das Verb nur, dass gesprochen wurde – oder auch, wie die Sprecherin zu der Sache steht?")
    else:
        not_yet("Lies die Erklärungen der Klassen in speech_verb_classes.tsv und frag: Was tut die Sprecherin?")
