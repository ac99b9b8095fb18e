"""Time expressions, their values against the document date, and the events of the timeline."""
import datetime as dt

import pytest

from articlekit import analyze, evaluate, parse
from articlekit.timeline import find_timexes, value_span


@pytest.fixture(scope="module")
def result(article):
    return analyze(article)


def test_gold_offsets_are_exact(article):
    for row in evaluate.gold("timexes").itertuples():
        assert article.text[row.start:row.end] == row.text


def test_seed_every_gold_expression_right(result):
    report = evaluate.timex_report(result["timexes"])
    assert report.loc["streng (genaue Grenzen)", "f1"] == 1.0
    assert report.loc["streng (genaue Grenzen)", "Wert richtig"] == 1.0


def test_inflected_and_hard_cases(result):
    found = {t["text"]: (t["type"], t["value"]) for t in result["timexes"]}
    assert found["Jährliche"] == found["jährlichen"] == ("SET", "P1Y")
    assert found["Stunden"] == ("DURATION", "PTXH")
    # "sich zur Tradition gemacht, rund um das neue Jahr ... zu sprechen": a habit, every turn of the year
    assert found["das neue Jahr"] == ("SET", "XXXX-01-01")
    assert found["80. Jahrestag"] == ("DATE", "2025")
    assert found["bald"] == ("DATE", "FUTURE_REF")


def test_values_move_with_the_document_date(article):
    moved = load_article_with_date(article, "2031-06-30")
    found = {t["text"]: t["value"] for t in moved["timexes"]}
    assert found["vergangenen Jahr"] == "2030" and found["diesem Jahr"] == "2031"
    assert found["bald"] == "FUTURE_REF"  # vague stays vague


def load_article_with_date(article, date):
    from articlekit import from_text

    return analyze(from_text(article.text, date=date))


@pytest.mark.parametrize("text, expected", [
    ("Am Montag sagte er, dass er am 3. März 2024 in Berlin war.",
     [("Montag", "DATE", "2025-03-10"), ("3. März 2024", "DATE", "2024-03-03")]),
    ("Vor drei Jahren begann der Krieg; seit zwei Wochen wird verhandelt.",
     [("Vor drei Jahren", "DATE", "2022"), ("zwei Wochen", "DURATION", "P2W")]),
    ("Bis Ende des Jahrzehnts soll das erledigt sein.", [("Ende des Jahrzehnts", "DATE", "202")]),
    ("Im vergangenen Sommer kamen sie jedes Jahr um 14:30 Uhr.",
     [("vergangenen Sommer", "DATE", "2024-SU"), ("jedes Jahr", "SET", "P1Y"),
      ("14:30 Uhr", "TIME", "2025-03-13T14:30")]),
    ("Heute Abend wird gewählt, in den kommenden Jahren nicht mehr.",
     [("Heute Abend", "TIME", "2025-03-13TEV"), ("den kommenden Jahren", "DATE", "FUTURE_REF")]),
    ("Die 2000 Soldaten kamen im Januar 2025; das Treffen dauerte drei Tage.",
     [("Januar 2025", "DATE", "2025-01"), ("drei Tage", "DURATION", "P3D")]),
    # decades, parts of a year, weekends, seasons with a year, "Vortag", "dieser Woche"
    ("Mitte der 1990er Jahre und in den 80er-Jahren war das anders.",
     [("Mitte der 1990er Jahre", "DATE", "199"), ("80er-Jahren", "DATE", "198")]),
    ("Im ersten Halbjahr 2024 stieg der Umsatz, im dritten Quartal wird er sinken.",
     [("ersten Halbjahr 2024", "DATE", "2024-H1"), ("dritten Quartal", "DATE", "2025-Q3")]),
    ("Am Wochenende regnete es, im Frühjahr 2026 beginnt der Bau.",
     [("Wochenende", "DATE", "2025-W10-WE"), ("Frühjahr 2026", "DATE", "2026-SP")]),
    ("Am Vortag hatte er gewarnt; noch in dieser Woche wird entschieden.",
     [("Vortag", "DATE", "2025-03-12"), ("dieser Woche", "DATE", "2025-W11")]),
    # the date names the weekday; a month without a year told in the past lies before the article's date
    ("Am Sonntag, dem 9. März, wurde gewählt.", [("Sonntag", "DATE", "2025-03-09"), ("9. März", "DATE", "2025-03-09")]),
    ("Am 5. Mai kam er an, im Dezember reiste er ab.",
     [("5. Mai", "DATE", "2024-05-05"), ("Dezember", "DATE", "2024-12")]),
])
def test_unseen_sentences(text, expected):
    found = find_timexes(parse(text), dt.date(2025, 3, 13))
    assert [(t.text, t.type, t.value) for t in found] == expected
    assert all(text[t.start:t.end] == t.text for t in found)


def test_no_date_means_no_invented_values():
    found = find_timexes(parse("Im vergangenen Jahr war es anders, und bald wird es besser."), None)
    assert [(t.text, t.value) for t in found] == [("vergangenen Jahr", "XXXX"), ("bald", "FUTURE_REF")]


def test_events_from_world_knowledge_and_text(result):
    events = {e["label"]: e for e in result["events"]}
    inauguration = events["Amtseinführung von Donald Trump (zweite Amtszeit)"]
    assert (inauguration["start"], inauguration["origin"]) == ("2025-01-20", "world-knowledge")
    assert events["Zweiter Weltkrieg"]["end"] == "1945-09-02"
    assert any(e["start"] == "2024" and "Rekordhoch" in e["label"] for e in result["events"])
    assert any(e["label"] == "Video-Konferenz" and e["start"] == "2025-01-21" for e in result["events"])
    text = result["text"]
    for event in result["events"]:
        assert event["origin"] in ("text", "world-knowledge")
        if event["evidence"]:
            assert text[event["evidence"]["start"]:event["evidence"]["end"]].strip()


@pytest.mark.parametrize("value, first, last", [
    ("199", "1990-01-01", "1999-12-31"), ("2025-Q3", "2025-07-01", "2025-09-30"),
    ("2024-H1", "2024-01-01", "2024-06-30"), ("2025-W04-WE", "2025-01-25", "2025-01-26"),
    ("2025-WI", "2025-12-01", "2026-02-28"),
])
def test_value_spans_for_the_timeline(value, first, last):
    assert value_span(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def test_components_put_timexes_and_events_on_the_doc(article):
    from articlekit.pipeline import get_nlp, parse_article

    assert get_nlp().pipe_names[-2:] == ["articlekit_timexes", "articlekit_events"]
    doc = parse_article(article)
    assert [(s.text, s._.timex_type, s._.value) for s in doc.spans["timexes"]][0] == ("diesem Jahr", "DATE", "2025")
    assert any(e["lane"] == "speech" for e in doc._.events)
    plain = parse("Die Wahl findet im Januar statt.")  # no document date: the year stays open
    assert [(s.text, s._.value) for s in plain.spans["timexes"]] == [("Januar", "XXXX-01")]
    assert plain._.events == []
