"""Checks for notebooks 00 and 01 (Python start, provenance, counting, readability): German feedback.

Every check compares the student's answer with what the kit computes for the article or text at
hand, never raises, and gives hints that guide without containing the accepted answer.
"""
from __future__ import annotations

import re

from ..article import Article
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
from ..pipeline import parse
from ..reading import sentence_table, statistics, translation_traces

SENTENCE_END = re.compile(r"[.!?]")

BYLINE_OPTIONS = {
    "A": (False, "„Mitverfasst“ heißt nicht „allein geschrieben“: Die Zeile sagt gerade nicht, wer den Text "
                 "hauptsächlich geschrieben hat."),
    "B": (True, "„Mitverfasst“ heißt: Diese Personen haben am Text mitgearbeitet (recherchiert, Teile "
                "geliefert). Wer ihn hauptsächlich geschrieben hat, verrät die Zeile nicht."),
    "C": (False, "Übersetzerinnen und Übersetzer werden anders genannt („aus dem Englischen von …“). "
                 "Wer übersetzt hat, steht hier gar nicht."),
    "D": (False, "Wer im Text zitiert wird, steht in der Autorenzeile nicht: Sie nennt, wer am Text gearbeitet hat."),
}

FLESCH_SYLLABLE_OPTIONS = {
    "A": (False, "Schau auf das Vorzeichen: Die Silben pro Wort werden mit 58,5 malgenommen und dann "
                 "ABGEZOGEN. Mehr Silben ziehen also mehr ab."),
    "B": (True, "Die Silben pro Wort werden (mal 58,5) von 180 abgezogen: Mehr Silben pro Wort senken den "
                "Flesch-Wert, weniger Silben heben ihn."),
    "C": (False, "Die Silben pro Wort stehen in der Formel: 58,5 × Silben pro Wort wird abgezogen. "
                 "Ändert sich die Silbenzahl, ändert sich auch der Wert."),
}


def word_count(answer, words: list) -> None:
    """Python start: how many items has a list? (the student calls len)."""
    if is_open(answer):
        still_open("Übung – wie viele Wörter hat die Liste?")
        return
    expected = len(words)
    if isinstance(answer, list):
        not_yet("Das ist die Liste selbst. Gefragt ist, wie viele Einträge sie hat – dafür gibt es eine Funktion.")
    elif isinstance(answer, str):
        not_yet("Das ist ein Text in Anführungszeichen, keine Zahl. Lass Python zählen: Funktion aufrufen, "
                "die Liste in die Klammern.")
    elif answer == expected:
        right(f"Die Liste hat {plural(expected, 'Eintrag', 'Einträge')}. Satzzeichen kleben bei split() am Wort davor.")
    else:
        not_yet("Zähl nicht von Hand: Die Funktion len(...) zählt die Einträge einer Liste.")


def translation_trace(answer, article: Article) -> None:
    """Provenance: which word of the article is (almost surely) a translation error?"""
    traces = translation_traces(article)
    errors = traces[traces["Art"] == "Fehler"]
    if errors.empty:
        not_in_article("einen bekannten Übersetzungsfehler")
        return
    if is_open(answer):
        still_open("Übung – welches Wort ist falsch übersetzt?")
        return
    given = str(answer).strip().strip("„“\"'").lower()
    hits = traces[[_same_word(given, text.lower()) for text in traces["im Text"]]]
    if given and given not in article.text.lower():
        not_yet("Dieses Wort steht so nicht im Artikel. Kopiere es genau aus dem Text.")
    elif not hits.empty and hits.iloc[0]["Art"] == "Fehler":
        right(f"„{hits.iloc[0]['im Text']}“ passt inhaltlich nicht. {hits.iloc[0]['Erklärung']}")
    elif not hits.empty:
        not_yet("Gute Spur: Das klingt übersetzt, ist aber inhaltlich nicht falsch. Gesucht ist ein Wort, "
                "das etwas Falsches behauptet. Frag bei jedem Namen: Passt er zum Thema?")
    else:
        heading = _heading_before(article, int(errors.iloc[0]["von"]))
        not_yet(f"Lies den Absatz unter „{heading}“ langsam: Passt jeder Name zu dem, worum es geht?")


def _same_word(given: str, trace: str) -> bool:
    """A student's word names a trace: equal, or one contains the other (Rom / Roms)."""
    return given == trace or (len(given) >= 4 and (given in trace or trace in given))


def _heading_before(article: Article, offset: int) -> str:
    """The sub-heading above an offset (or the article's first block), to point students to a paragraph."""
    above = [block for block in article.headings if block.end <= offset]
    return above[-1].text if above else article.blocks[0].text[:40]


def type_token_ratio(answer, article: Article, doc) -> None:
    """Code-gap: the type-token ratio computed by the student (different word forms / all words)."""
    if is_open(answer):
        still_open("Übung – das Type-Token-Verhältnis")
        return
    stats = statistics(article, doc)
    if not stats["Wörter"]:
        not_in_article("Fließtext mit Wörtern")
        return
    expected = stats["verschiedene Wortformen"] / stats["Wörter"]
    value, comma = as_number(answer)
    if value is None:
        not_yet("Gesucht ist eine Zahl: teile die Zahl der verschiedenen Wortformen durch die Zahl aller Wörter.")
    elif value > 1:
        not_yet("Das Verhältnis ist höchstens 1. Hast du den Bruch umgedreht?")
    elif abs(value - stats["verschiedene Lemmas"] / stats["Wörter"]) < 0.005 and abs(value - expected) >= 0.005:
        not_yet("Du hast Lemmas gezählt. Gefragt sind verschiedene Wortformen: „Haus“ und „Häuser“ zählen "
                "hier getrennt.")
    elif abs(value - expected) < 0.005:
        extra = f" ({DECIMAL_POINT_HINT})" if comma else ""
        right(f"Das Type-Token-Verhältnis ist {german_number(expected, 3)}: von {stats['Wörter']} Wörtern sind "
              f"{stats['verschiedene Wortformen']} verschieden.{extra}")
    else:
        not_yet("Prüfe deine Liste: Kleinschreibung (lower) vor dem Zählen, und set(...) für die verschiedenen Formen.")


def long_sentences(answer, article: Article, doc, limit: int = 25) -> None:
    """Code-gap: the sentences with more than `limit` words (a pandas filter, or their number)."""
    if is_open(answer):
        still_open(f"Übung – Sätze mit mehr als {limit} Wörtern")
        return
    lengths = sentence_table(article, doc)["Wörter"]
    expected = int((lengths > limit).sum())
    given = _row_count(answer)
    if given is None:
        not_yet("Gib die gefilterte Tabelle an (oder die Zahl ihrer Zeilen).")
    elif given == expected:
        right(f"{plural(expected, 'Satz hat', 'Sätze haben')} mehr als {limit} Wörter.")
    elif given == int((lengths >= limit).sum()):
        not_yet(f"Fast: Prüfe die Grenze. Hat ein Satz mit genau {limit} Wörtern MEHR als {limit}?")
    elif given == int((lengths <= limit).sum()):
        not_yet("Du hast die kurzen Sätze erwischt. Dreh den Vergleich um.")
    else:
        not_yet("Die Bedingung vergleicht die Spalte „Wörter“ mit der Grenze: sentences[\"Wörter\"] ... Grenze.")


def _row_count(answer) -> int | None:
    """The number of rows of a table (or items of a list), or the number itself."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, int):
        return answer
    return len(answer) if hasattr(answer, "__len__") and not isinstance(answer, str) else None


def sentence_count(answer, doc) -> None:
    """Transfer: how many sentences does the kit find in a short new text? (not every full stop ends one)"""
    if is_open(answer):
        still_open("Übung – wie viele Sätze findet das Kit?")
        return
    found = [s for s in doc.sents if any(t.is_alpha for t in s)]
    value, _ = as_number(answer)
    stops = len(SENTENCE_END.findall(doc.text))
    if value == len(found):
        right(f"Das Kit findet {plural(len(found), 'Satz', 'Sätze')} – nicht jeder Punkt beendet einen Satz.")
    elif value == stops:
        not_yet("Du hast jedes Satzzeichen gezählt. Schau dir jeden Punkt an: Steht er hinter einer Abkürzung "
                "oder einer Ordnungszahl?")
    else:
        not_yet("Lass dir die Sätze zeigen: [satz.text for satz in doc.sents] – und vergleiche mit deiner Zählung.")


def byline(answer) -> None:
    """Choice: what does "mitverfasst" in a byline mean?"""
    choice(answer, BYLINE_OPTIONS, "Übung – was heißt „mitverfasst“?")


def byline_authors(answer, byline_text: str) -> None:
    """Transfer: which persons does another byline name as its writers? Compared with the persons the kit finds."""
    if is_open(answer):
        still_open("Übung – wer hat diesen Text verfasst?")
        return
    names = parse(byline_text).ents
    expected = {e.text for e in names if e.label_ == "PER"}
    if not expected:
        not_in_article("in dieser Autorenzeile keine Personennamen")
        return
    if not isinstance(answer, (list, tuple, set)):
        not_yet('Schreibe die Namen als Liste in eckigen Klammern: ["Vorname Nachname", "Vorname Nachname"].')
        return
    given = {str(name).strip() for name in answer}
    if given & {e.text for e in names if e.label_ == "ORG"}:
        not_yet("Eine Nachrichtenagentur liefert Material zu, sie ist keine Verfasserin: "
                "Nur Personen gehören in die Liste.")
    elif given == expected:
        right(f"Die Zeile nennt {plural(len(expected), 'Person', 'Personen')} als Verfasser; das Material der Agentur "
              "zeigt: Ein Teil des Textes stammt nicht aus eigener Recherche.")
    elif given < expected:
        not_yet("Es fehlt noch jemand: Lies die Zeile bis zum Ende.")
    else:
        not_yet("Schreibe die Namen genau so, wie sie in der Zeile stehen, mit Vor- und Nachnamen.")


def flesch_syllables(answer) -> None:
    """Choice: do more syllables per word raise or lower the Flesch-Amstad score?"""
    choice(answer, FLESCH_SYLLABLE_OPTIONS, "Übung – Silben und Flesch-Wert")
