"""Checks for notebook 02 (parts of speech, lemmas, names, evaluation): German feedback.

Every check compares the student's answer with what the kit computes for the text at hand,
never raises, and gives hints that guide without containing the accepted answer.
"""
from __future__ import annotations

from .. import labels
from ..evaluate import FALSE, MISSED, RIGHT, prf
from ..feedback import (
    DECIMAL_POINT_HINT,
    as_number,
    choice,
    german_number,
    is_open,
    not_in_article,
    not_yet,
    plural,
    right,
    still_open,
)

ENTITY_LABELS = ("PER", "LOC", "ORG", "MISC")
TOLERANCE = 0.01  # students round to two decimals, and F1 from rounded values may differ in the second one

LEMMA_HINTS = {
    "NOUN": "Nomen stehen im Wörterbuch im Nominativ Singular – achte auch auf Umlaute im Plural.",
    "VERB": "Verben stehen im Wörterbuch im Infinitiv; trennbare Verben mit ihrem Verbzusatz vorn.",
    "AUX": "Hilfs- und Modalverben stehen im Wörterbuch im Infinitiv.",
    "ADJ": "Adjektive stehen im Wörterbuch in der Grundform, ohne Endung.",
}

METONYMY_OPTIONS = {
    "A": (False, "Wo ein Gebäude steht, ändert nichts an seiner Art: Ein Land oder eine Stadt wäre überall LOC. "
                 "Es kommt darauf an, wofür der Name im Satz steht."),
    "B": (True, "Entscheidend ist, wofür der Name im Satz steht: Eine Mitteilung gibt nicht das Gebäude heraus, "
                "sondern die Behörde, die dort arbeitet (ORG). Ins Weiße Haus kehrt man zurück wie an einen "
                "Ort (LOC)."),
    "C": (False, "Der Goldstandard wird von Menschen nach festen Regeln geprüft (data/gold/README.md). "
                 "Wo Programm und Regeln sich widersprechen, gewinnen die Regeln – nicht das Programm."),
    "D": (False, "Beide Namen stehen mit Artikel („des Kremls“, „ins Weiße Haus“). Der Artikel entscheidet "
                 "hier nichts – es kommt auf die Bedeutung im Satz an."),
}


def noun_lemmas(answer, doc) -> None:
    """Code-gap: the lemmas of all nouns (UD NOUN), computed by the student's list comprehension."""
    expected = [t.lemma_ for t in doc if t.pos_ == "NOUN"]
    if not isinstance(answer, list) or "____" in answer or (answer and answer == [t.lemma_ for t in doc]):
        still_open("Übung – die Bedingung (und was in die Liste kommt)")
    elif not expected:
        not_in_article("Nomen")
    elif answer == expected:
        right(f"Deine Liste hat {plural(len(expected), 'Nomen-Lemma', 'Nomen-Lemmas')}, "
              f"darunter {len(set(expected))} verschiedene.")
    elif not answer:
        not_yet("Deine Liste ist leer: Kein Token erfüllt deine Bedingung. t.pos_ enthält die groben "
                "UD-Wortarten, t.tag_ die feinen STTS-Tags – hast du die beiden verwechselt?")
    elif answer == [t.text for t in doc if t.pos_ == "NOUN"]:
        not_yet("Die Wörter stimmen, aber das sind die Wortformen aus dem Text („Beziehungen“). "
                "Gesucht ist die Grundform – welches Attribut von t enthält sie?")
    elif answer == [t.lemma_ for t in doc if t.pos_ == "PROPN"]:
        not_yet("Das sind Eigennamen (Namen von Personen, Orten …). Gesucht sind die gewöhnlichen Nomen.")
    else:
        not_yet("Vergleiche mit dem Beispiel oben: Die Bedingung prüft die UD-Wortart jedes Tokens.")


def lemma(answer, doc, word: str) -> None:
    """Transfer: the lemma the kit gives a word of a new sentence (dictionary form, with its capital letter)."""
    token = next((t for t in doc if t.text == word), None)
    if is_open(answer):
        still_open(f"Übung – Lemma von „{word}“")
    elif token is None:
        not_in_article(f"das Wort „{word}“")
    elif not isinstance(answer, str):
        not_yet("Schreibe das Lemma als Text in Anführungszeichen.")
    elif answer.strip() == token.lemma_:
        right(f"„{word}“ steht im Wörterbuch als „{token.lemma_}“ ({token.pos_}).")
    elif answer.strip().lower() == token.lemma_.lower():
        not_yet("Fast: Achte auf Groß- und Kleinschreibung – Nomen schreibt man groß, Verben klein.")
    elif answer.strip() == word:
        not_yet("Das ist die Form aus dem Text. Das Lemma ist die Form, unter der das Wort im Wörterbuch steht.")
    else:
        not_yet(LEMMA_HINTS.get(token.pos_, "Wie steht das Wort im Wörterbuch?"))


def building_or_institution(answer) -> None:
    """Choice: why one building name is ORG and the other LOC (metonymy)."""
    choice(answer, METONYMY_OPTIONS, "Übung – Ort oder Organisation?")


def _pairs(answer) -> list[tuple[str, str]] | None:
    """The (text, label) pairs of an answer, labels as keys ("Ort" -> LOC); None if it is not such a list."""
    names = {labels.entity(key).name.lower(): key for key in ENTITY_LABELS}
    if not isinstance(answer, (list, tuple, set)):
        return None
    pairs = []
    for item in answer:
        if not (isinstance(item, (list, tuple)) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            return None
        label = item[1].strip()
        pairs.append((item[0].strip(), names.get(label.lower(), label.upper())))
    return pairs


def entities(answer, doc) -> None:
    """Transfer: which names (with label) does the kit find in a new sentence? Differences are a lesson too."""
    if is_open(answer) or "____" in str(answer):
        still_open("Übung – deine Liste der Namen")
        return
    given = _pairs(answer)
    if given is None:
        not_yet('Schreibe eine Liste von Paaren (Text, Label), z. B. [("Anna Muster", "PER"), ("Ulm", "LOC")].')
        return
    found = {(e.text, e.label_) for e in doc.ents}
    if set(given) == found:
        right(f"Du und das Programm findet dieselben {plural(len(found), 'Namen', 'Namen')}. "
              "Stimmen beide? Prüfe die Grenzen noch einmal selbst.")
        return
    texts_found = {text for text, _ in found}
    relabelled = [text for text, _ in set(given) - found if text in texts_found]
    only_yours = sorted(text for text, _ in set(given) - found if text not in texts_found)
    only_kit = len({text for text, _ in found} - {text for text, _ in given})
    lines = []
    if relabelled:
        lines.append(f"Bei {', '.join(relabelled)} stimmt der Text, aber das Programm wählt ein anderes Label.")
    if only_yours:
        lines.append(f"Nur in deiner Liste: {', '.join(only_yours)} – genau so findet das Programm das nicht. "
                     "Irrt das Programm oder du? Achte auch auf die Grenzen (gehört jedes Wort dazu?).")
    if only_kit:
        lines.append(f"Das Programm findet {plural(only_kit, 'Namen', 'Namen')}, der in deiner Liste fehlt."
                     if only_kit == 1 else f"Das Programm findet {only_kit} Namen, die in deiner Liste fehlen.")
    not_yet(" ".join(lines))


def _number(answer, what: str) -> float | None:
    """A student's number, or None after a hint (decimal comma accepted, with the decimal-point note)."""
    value, comma = as_number(answer)
    if value is None:
        not_yet(f"{what}: Schreibe eine Zahl, z. B. 0.5 (oder einen Bruch wie 1 / 2).")
    elif comma:
        print(f"ℹ️ {what}: {DECIMAL_POINT_HINT}")
    return value


def _score_hint(what: str, value: float, expected: float, scores: dict) -> str:
    """The near miss a wrong score most likely is, as a hint that does not give the value."""
    if value > 1 and abs(value / 100 - expected) <= TOLERANCE:
        return f"{what}: Gib den Wert als Anteil zwischen 0 und 1 an, nicht in Prozent."
    swapped = scores["recall"] if what == "Präzision" else scores["precision"]
    if what != "F1" and abs(value - swapped) <= TOLERANCE:
        return (f"{what}: Das ist der andere Wert – Präzision und Ausbeute vertauscht? Präzision teilt durch "
                "alles, was das Programm gefunden hat; Ausbeute durch alles, was im Goldstandard steht.")
    if what == "F1" and abs(value - (scores["precision"] + scores["recall"]) / 2) <= TOLERANCE / 2:
        return "F1: Das ist der gewöhnliche Mittelwert. F1 ist das harmonische Mittel: 2 · P · A / (P + A)."
    return f"{what}: Setze die Zahlen aus der Tabelle in die Formel ein und rechne noch einmal."


def scores(precision, recall, f1, counts: dict) -> None:
    """Evaluation by hand: precision, recall and F1 from the counts richtig erkannt / falsch erkannt / übersehen."""
    right_, false_, missed = counts.get(RIGHT, 0), counts.get(FALSE, 0), counts.get(MISSED, 0)
    if not right_:
        not_in_article("keinen richtig erkannten Namen (ohne Treffer sind alle drei Werte 0)")
        return
    expected = prf(right_, right_ + false_, right_ + missed)
    answers = {"Präzision": (precision, expected["precision"]), "Ausbeute": (recall, expected["recall"]),
               "F1": (f1, expected["f1"])}
    for what, (answer, value) in answers.items():
        if is_open(answer):
            still_open(f"Übung – {what}")
            continue
        number = _number(answer, what)
        if number is None:
            continue
        if abs(number - value) <= TOLERANCE:
            right(f"{what} = {german_number(value, 3)}")
        else:
            not_yet(_score_hint(what, number, value, expected))
