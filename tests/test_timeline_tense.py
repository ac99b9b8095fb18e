"""A month, day or season without a year goes by the tense and cue of its own clause (issue 15, item 5)."""
import datetime as dt

import pytest

from articlekit import parse
from articlekit.timeline import find_timexes

DCT = dt.date(2025, 6, 2)  # a Monday in June: "next" and "last" differ for every month

AHEAD = [  # announcements, plans, "bis" deadlines, will/soll, werden, present-tense schedules: the next one
    ("Der Minister kündigte an, bis Ende September einen Bericht vorzulegen.", "Ende September", "2025-09"),
    ("Die Wahl findet im Januar statt.", "Januar", "2026-01"),
    ("Sie hat versprochen, dass die Brücke im März fertig wird.", "März", "2026-03"),
    ("Der Bürgermeister will im Februar zurücktreten.", "Februar", "2026-02"),
    ("Die Stadt plante, im April eine neue Schule zu eröffnen.", "April", "2026-04"),
    ("Der Vertrag soll im Mai unterschrieben werden.", "Mai", "2026-05"),
    ("Das Konzert beginnt am 3. Mai.", "3. Mai", "2026-05-03"),
    ("Die Firma kündigte an, im Frühjahr neue Stellen zu schaffen.", "Frühjahr", "2026-SP"),
    ("Bis zum 15. Januar müssen die Anträge eingereicht sein.", "15. Januar", "2026-01-15"),
    ("Der Verband versprach, die Ergebnisse bis Ende März zu veröffentlichen.", "Ende März", "2026-03"),
    ("Die Messe öffnet im Februar ihre Tore.", "Februar", "2026-02"),
    ("Die Regierung plant, dass das Gesetz im April in Kraft tritt.", "April", "2026-04"),
    ("Der Trainer hatte angekündigt, im Januar einen neuen Vertrag zu unterschreiben.", "Januar", "2026-01"),
    ("Ab März gilt die neue Regel.", "März", "2026-03"),
    ("Die Bauarbeiten werden im Mai beginnen.", "Mai", "2026-05"),
    ("Der Konzern teilte mit, er werde im Januar neue Zahlen vorlegen.", "Januar", "2026-01"),
    ("Die Schule soll am 1. April eröffnet werden.", "1. April", "2026-04-01"),
    ("Das Festival findet am 12. Februar statt.", "12. Februar", "2026-02-12"),
    ("Die Partei beschloss, im März einen Parteitag abzuhalten.", "März", "2026-03"),
    ("Die Gewerkschaft droht, im Winter zu streiken.", "Winter", "2025-WI"),
    ("Im Herbst wird gewählt.", "Herbst", "2025-FA"),
    ("Die Ministerin erklärte, die Reform solle im Februar kommen.", "Februar", "2026-02"),
]

BACK = [  # Präteritum, Perfekt, Plusquamperfekt, "seit": the last one
    ("Im Juli kam er in Berlin an.", "Juli", "2024-07"),
    ("Die Wahl fand im September statt.", "September", "2024-09"),
    ("Am 12. Dezember hatte der Rat getagt.", "12. Dezember", "2024-12-12"),
    ("Er sagte, im Juli sei er in Rom gewesen.", "Juli", "2024-07"),
    ("Im Herbst hat die Firma 200 Stellen gestrichen.", "Herbst", "2024-FA"),
    ("Im Winter fiel viel Schnee.", "Winter", "2024-WI"),
    ("Seit August wohnt sie in Köln.", "August", "2024-08"),
    ("Im Oktober wurde das Museum eröffnet.", "Oktober", "2024-10"),
    ("Am 3. November verlor die Mannschaft.", "3. November", "2024-11-03"),
    ("Die Polizei nahm im August zwei Männer fest.", "August", "2024-08"),
    ("Im Dezember stieg die Zahl der Arbeitslosen.", "Dezember", "2024-12"),
    ("Der Vertrag war im November ausgelaufen.", "November", "2024-11"),
    ("Sie berichtete, dass im September viele Gäste gekommen seien.", "September", "2024-09"),
    ("Im Juli gab es ein schweres Unwetter.", "Juli", "2024-07"),
    ("Am 24. Dezember besuchte der Bischof das Krankenhaus.", "24. Dezember", "2024-12-24"),
    ("Das Gericht hatte im Oktober entschieden.", "Oktober", "2024-10"),
    ("Im Herbst ging die Zahl der Touristen zurück.", "Herbst", "2024-FA"),
    ("Die Brücke wurde im August gesperrt.", "August", "2024-08"),
    ("Im November trat der Minister zurück.", "November", "2024-11"),
    ("Bereits im September hatten die Verhandlungen begonnen.", "September", "2024-09"),
    ("Der Streik dauerte bis Ende Oktober.", "Ende Oktober", "2024-10"),
    ("Die Firma kündigte im Juli an, dass sie Stellen streichen werde.", "Juli", "2024-07"),
]


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(parse(text), DCT)}
    return found[expression]


@pytest.mark.parametrize("text, expression, value", AHEAD)
def test_clauses_that_look_ahead_take_the_next_occurrence(text, expression, value):
    assert value_of(text, expression) == value


@pytest.mark.parametrize("text, expression, value", BACK)
def test_clauses_told_in_the_past_take_the_last_occurrence(text, expression, value):
    assert value_of(text, expression) == value


def test_enough_unseen_sentences_each_way():
    assert len(AHEAD) >= 20 and len(BACK) >= 20


def test_without_a_document_date_the_year_stays_open():
    assert [t.value for t in find_timexes(parse("Die Wahl findet im Januar statt."), None)] == ["XXXX-01"]
