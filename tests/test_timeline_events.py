"""Events in lanes: world knowledge, what the text dates, and one speech act per statement (issues 13 and 15)."""
import pytest

from articlekit import analyze, from_text, parse
from articlekit.event_labels import event_noun
from articlekit.pipeline import get_nlp
from articlekit.resources import table
from articlekit.timeline import find_events, find_timexes


@pytest.fixture(scope="module")
def result(article):
    return analyze(article)


def test_every_event_has_a_lane_and_flags(result):
    for event in result["events"]:
        assert event["lane"] in ("world", "text", "speech")
        assert isinstance(event["ongoing"], bool) and isinstance(event["approximate"], bool)
        assert event["group"] is None or isinstance(event["group"], str)
        assert event["origin"] == ("world-knowledge" if event["lane"] == "world" else "text")


def test_one_speech_act_per_statement(result):
    statements = [q for q in result["quotes"] if q["parent"] is None and q["statement"] is not False
                  and (q["speaker_canonical"] or q["speaker"]) and q["cue_start"] is not None]
    speech = [e for e in result["events"] if e["lane"] == "speech"]
    assert len(speech) == len(statements) < 15


def test_a_non_statement_is_no_event(result):
    assert not any("konkretisier" in e["label"] for e in result["events"])


def test_the_call_groups_its_speech_acts(result):
    grouped = {e["label"] for e in result["events"] if e["group"] == "Video-Konferenz"}
    assert {"Xi Jinping hat erklärt", "Xi Jinping bekundete", "Xi Jinping betonte"} <= grouped
    assert "Wladimir Putin sagte" in grouped


def test_a_statement_in_the_first_term_is_placed_in_it(result):
    act = next(e for e in result["events"] if "Bewunderung" in e["label"])
    assert (act["lane"], act["start"], act["end"], act["approximate"]) == ("speech", "2017-01-20", "2021-01-20", True)
    assert act["group"] is None  # a term of office is a period, not an occasion like a call


def test_the_war_is_an_open_period_and_the_habit_no_event(result):
    war = next(e for e in result["events"] if e["label"].startswith("Russlands Krieg"))
    assert (war["start"], war["end"], war["ongoing"]) == ("2022-02-24", None, True)
    assert not any(e["evidence"] and e["evidence"]["start"] == 440 for e in result["events"])  # "das neue Jahr"


def test_labels_are_short_phrases(result):
    labels = {e["label"] for e in result["events"]}
    assert {"Wladimir Putin lobte den zunehmenden Handel", "Video-Konferenz",
            "Handel hat einen Rekordhoch erreicht"} <= labels
    assert not any(":" in label for label in labels)


def events_of(text, date="2025-06-02"):
    return analyze(from_text(text, date=date))["events"]


def test_a_speech_act_is_dated_by_its_own_clause():
    events = events_of("Am Montag sagte die Ministerin, dass die Schule im März schließen werde.")
    act = next(e for e in events if e["lane"] == "speech")
    assert act["start"] == "2025-06-02" and act["approximate"] is False
    assert not any(e["lane"] == "text" and e["start"] == "2025-06-02" for e in events)


def test_nested_and_negated_quotes_are_no_speech_acts():
    doc = parse("Die Ministerin sagte, dass die Schule schließe.")
    quotes = [
        {"start": 24, "end": 47, "kind": "indirect", "speaker": "Die Ministerin", "speaker_canonical": None,
         "cue": "sagen", "cue_start": 15, "cue_end": 20, "statement": True, "parent": None},
        {"start": 30, "end": 40, "kind": "partial", "speaker": "Die Ministerin", "speaker_canonical": None,
         "cue": "sagen", "cue_start": 15, "cue_end": 20, "statement": True, "parent": 0},
        {"start": 24, "end": 47, "kind": "indirect", "speaker": "Der Minister", "speaker_canonical": None,
         "cue": "sagen", "cue_start": 15, "cue_end": 20, "statement": False, "parent": None},
    ]
    speech = [e for e in find_events(doc, None, find_timexes(doc, None), quotes) if e["lane"] == "speech"]
    assert [e["label"] for e in speech] == ["Die Ministerin sagte"]


@pytest.mark.parametrize("text", [
    "Am Dienstag in Dresden.",
    "Im vergangenen Jahr seien es nach Angaben des Umweltbundesamtes 300 gewesen.",
])
def test_clauses_without_an_event_give_no_event(text):
    assert [e for e in events_of(text) if e["lane"] == "text"] == []


def test_no_fragment_labels_on_unseen_text():
    events = events_of("Die Firma stellt nun die eigenen Investitionspläne vor. Am Dienstag eröffnete die "
                       "Ministerin in Dresden eine Schule, die im Herbst 300 Kinder aufnehmen soll.")
    labels = [e["label"] for e in events]
    assert "die Ministerin eröffnete eine Schule" in labels
    assert "Schule soll 300 Kinder aufnehmen" in labels


def speech_verb_form(token):
    """A present or participle form of a listed speech verb that the tagger, out of context, takes for
    an adjective ("IAEA dementiert")."""
    lemmas = {row["lemma"] for row in table("speech_verbs.tsv")}
    word = token.text.lower()
    return any(word in (lemma[:-2] + "t", "ge" + lemma[:-2] + "t") or word == lemma[:-2] + "t" for lemma in lemmas
               if lemma.endswith("en"))


def has_verb_or_event_noun(docs):
    return [doc.text for doc in docs
            if not any(t.tag_.startswith("V") or event_noun(t) or speech_verb_form(t) for t in doc)]


def test_every_event_label_of_700_unseen_articles_has_a_verb_or_an_event_noun(wikinews_results):
    labels = sorted({e["label"] for r in wikinews_results for e in r["events"]})
    assert len(labels) > 1000
    tagging_only = ["articlekit_entities", "articlekit_quotes", "articlekit_timexes", "articlekit_events"]
    docs = get_nlp().pipe(labels, disable=[p for p in tagging_only if p in get_nlp().pipe_names])
    assert has_verb_or_event_noun(docs) == []
