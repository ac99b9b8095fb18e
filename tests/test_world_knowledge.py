"""World knowledge fires only on evidence that names the event (issue 15): unseen sentences both ways."""
import datetime as dt

import pytest

from articlekit import analyze, from_text, parse
from articlekit.resources import settings
from articlekit.world_knowledge import events_in_sentence

DCT = dt.date(2025, 6, 2)

MUST_NOT_FIRE = [
    # attacks and a country somewhere in the sentence
    "Bei einem Anschlag in den USA sind am Montag drei Menschen verletzt worden.",
    "Nach dem Anschlag auf eine Synagoge in den Vereinigten Staaten ermittelt das FBI.",
    "Die Polizei in New York vereitelte einen Anschlag auf ein Einkaufszentrum.",
    "Ein Angriff auf einen Polizisten in Washington sorgte für Empörung.",
    "Der Terroranschlag in Paris jährt sich zum zehnten Mal.",
    "Bei dem Anschlag am 11. März starben in Madrid fast 200 Menschen.",
    "Am 11. September hatte meine Großmutter Geburtstag.",
    "Die Anschläge auf Stromleitungen in Texas beschäftigen die Behörden.",
    # conflicts and wars that are not the one in the list
    "Der Konflikt um Wasserrechte zwischen Bauern in der Ukraine dauert an.",
    "Der Krieg gegen die Drogen in der Ukraine kostet viel Geld.",
    "Im Krieg der Sterne kämpfen Rebellen gegen das Imperium.",
    "Der Handelskrieg zwischen den USA und China verschärft sich.",
    "Die Invasion der Quallen an der Ostsee beunruhigt Urlauber.",
    "Ein Konflikt in der Ukraine-Delegation des Sportverbands wurde beigelegt.",
    "Der Krieg in Syrien hat Millionen Menschen vertrieben.",
    "Die Aggression des Hundes richtete sich gegen den Briefträger.",
    "Der Überfall auf eine Bank in Kiew ging glimpflich aus.",
    "Der Preiskrieg der Supermärkte trifft auch Bauern aus der Ukraine.",
    "Der Krieg zwischen den Nachbarn in Russland eskalierte wegen eines Zauns.",
    "Viele Soldaten aus der Ukraine trainieren in Deutschland für einen möglichen Krieg.",
    # terms of office of other people, or in other roles
    "Donald Trump lobte in seiner Amtszeit als Unternehmer die Stadt.",
    "In seiner Amtszeit als Bürgermeister hat Trump Müller viele Schulen gebaut.",
    "Die Amtszeit des Bürgermeisters endet im Herbst.",
    "Joe Biden sprach über seine Amtszeit als Senator.",
    "Die Amtseinführung der neuen Rektorin fand im Audimax statt.",
    "Während ihrer Amtszeit hat die Ministerin drei Gesetze verabschiedet.",
    "Der Präsident hat in seiner ersten Amtszeit viele Reformen angestoßen.",
    "Bei der Vereidigung der Rekruten in Berlin sprach die Ministerin.",
    "Trump sagte, die Amtseinführung des Gouverneurs sei gut verlaufen.",
    "Nach dem Amtsantritt des neuen Trainers gewann der Verein dreimal.",
    # anniversaries and victories of other things
    "Der Verein feiert den 80. Jahrestag seiner Gründung.",
    "Der Sieg im Finale war der größte Erfolg der Mannschaft.",
    "Nach dem Zweiten Tor feierten die Fans den Sieg.",
    "Die Befreiung der Geiseln gelang nach drei Tagen.",
    "Zum Ende der Saison kapitulierte der Trainer vor der Presse.",
    "Die Firma begeht in diesem Jahr ihr 50. Jubiläum.",
    "Die Kapitulation der Stadtverwaltung vor den Radfahrern war absehbar.",
    # walls, unity and other common nouns
    "Der Fall der Preise überrascht die Händler.",
    "Die Mauer am Stadtpark wird im Sommer abgerissen.",
    "Die Wiedervereinigung der Band wurde lange erwartet.",
    "Die Einheit der Partei steht auf dem Spiel.",
    "Die Wiedervereinigung Koreas bleibt ein ferner Traum.",
    "Ein Weltkrieg der Worte tobt in den sozialen Netzwerken.",
]

MUST_FIRE = [
    ("Die Anschläge vom 11. September veränderten die Sicherheitspolitik.", "Terroranschläge vom 11. September"),
    ("Seit den Terroranschlägen vom 11. September 2001 wird an Flughäfen strenger kontrolliert.",
     "Terroranschläge vom 11. September"),
    ("Nach 9/11 änderte sich vieles.", "Terroranschläge vom 11. September"),
    ("Der Krieg gegen die Ukraine belastet die Wirtschaft.", "Russlands Krieg gegen die Ukraine (Großangriff)"),
    ("Seit dem Beginn der Invasion in der Ukraine sind die Preise gestiegen.",
     "Russlands Krieg gegen die Ukraine (Großangriff)"),
    ("Der Ukraine-Krieg prägt die Debatte.", "Russlands Krieg gegen die Ukraine (Großangriff)"),
    ("Russlands Angriffskrieg gegen die Ukraine geht weiter.", "Russlands Krieg gegen die Ukraine (Großangriff)"),
    ("Die Amtseinführung von Donald Trump zog viele Gäste an.", "Amtseinführung von Donald Trump (zweite Amtszeit)"),
    ("Trumps Amtseinführung wurde im Fernsehen übertragen.", "Amtseinführung von Donald Trump (zweite Amtszeit)"),
    ("Zur Vereidigung des Präsidenten Joe Biden kamen wenige Gäste.", "Amtseinführung von Joe Biden"),
    ("Donald Trump hat in seiner ersten Amtszeit Zölle eingeführt.", "Erste Amtszeit von Donald Trump"),
    ("Während seiner ersten Amtszeit als Präsident hatte Trump Nordkorea besucht.", "Erste Amtszeit von Donald Trump"),
    ("In seiner Amtszeit will Donald Trump die Zölle erhöhen.", "Zweite Amtszeit von Donald Trump"),
    ("Meine Großeltern erlebten den Zweiten Weltkrieg als Kinder.", "Zweiter Weltkrieg"),
    ("Nach dem 2. Weltkrieg wurde die Stadt neu aufgebaut.", "Zweiter Weltkrieg"),
    ("Das Kriegsende im Zweiten Weltkrieg jährt sich.", "Sieg über Deutschland und Japan im Zweiten Weltkrieg"),
    ("Im Ersten Weltkrieg starben Millionen Soldaten.", "Erster Weltkrieg"),
    ("Der Mauerfall jährt sich im November.", "Mauerfall in Berlin"),
    ("Nach dem Fall der Berliner Mauer reisten viele in den Westen.", "Mauerfall in Berlin"),
    ("Die deutsche Einheit wird jedes Jahr gefeiert.", "Deutsche Wiedervereinigung"),
]


def fired(text: str) -> list[str]:
    return [m.event.entry["label"] for s in parse(text).sents for m in events_in_sentence(s, DCT)]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_common_nouns_and_countries_do_not_fire(text):
    assert fired(text) == []


@pytest.mark.parametrize("text, label", MUST_FIRE)
def test_evidence_that_names_the_event_fires(text, label):
    assert label in fired(text)


def test_enough_sentences_both_ways():
    assert len(MUST_NOT_FIRE) >= 40 and len(MUST_FIRE) >= 15


def test_the_full_date_with_an_event_noun_names_the_event():
    result = analyze(from_text("Die Anschläge am 11.09.2001 trafen New York.", date="2025-06-02"))
    assert any(e["label"] == "Terroranschläge vom 11. September" for e in result["events"])


def test_every_world_event_cites_its_source_and_is_named_somehow():
    for entry in settings("world_events.toml")["event"]:
        assert entry["source"].strip() and entry["start"][:4].isdigit()
        assert entry.get("names") or (entry.get("nouns") and entry.get("holders"))


def test_the_seed_keeps_its_world_events(article):
    events = {e["label"]: e for e in analyze(article)["events"] if e["lane"] == "world"}
    assert set(events) == {"Zweiter Weltkrieg", "Sieg über Deutschland und Japan im Zweiten Weltkrieg",
                           "Erste Amtszeit von Donald Trump", "Russlands Krieg gegen die Ukraine (Großangriff)",
                           "Amtseinführung von Donald Trump (zweite Amtszeit)"}
    assert events["Russlands Krieg gegen die Ukraine (Großangriff)"]["ongoing"] is True
    assert events["Erste Amtszeit von Donald Trump"]["end"] == "2021-01-20"
