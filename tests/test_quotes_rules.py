"""Quote rules on unseen sentences: token-level cues, statements, anonymity, speakers, addressees, layers."""
import pytest
from spacy.tokens import Doc

from articlekit import parse
from articlekit.frame_patterns import anchor_words, frame_patterns, repetitions
from articlekit.quotes import find_quotes, records


def found(text):
    return find_quotes(parse(text))


@pytest.mark.parametrize("text", [
    "Der Minister gab den unbekannten Tätern keine Chance.",  # no "bekannt geben" inside "unbekannten"
    "Die Trainerin nahm die Stellungnahme des Vereins entgegen.",  # no "Stellung nehmen" inside a compound
    "Der Vorsitzende übte mit der Kritikerin das Gespräch.",  # no "Kritik üben" inside "Kritikerin"
    "Sie brachte den Ausdruck zur Post.",  # "Ausdruck" without "zum" is no phrase cue
])
def test_phrase_cues_match_whole_tokens(text):
    assert found(text) == []


def test_phrase_cue_still_found():
    quotes = found("Die Firma gab bekannt, dass sie das Werk schließt.")
    assert [(q.kind, q.cue, q.speaker) for q in quotes] == [("indirect", "bekanntgeben", "Firma")]


@pytest.mark.parametrize("text, cue", [
    ("Die Sprecherin wollte sich nicht äußern.", "äußern"),
    ("Die Stadtverwaltung ließ offen, ob die Brücke saniert wird.", "offen lassen"),
    ("Weder der Bürgermeister noch die Polizei bestätigten, ob es Verletzte gab.", "bestätigen"),
])
def test_withheld_statements_are_no_statements(text, cue):
    quotes = found(text)
    assert [(q.cue, q.statement) for q in quotes] == [(cue, False)]


def test_negation_inside_the_content_keeps_the_statement():
    quotes = found("Die Ministerin sagte, sie werde nicht zurücktreten.")
    assert [(q.kind, q.statement) for q in quotes] == [("indirect", True)]


@pytest.mark.parametrize("text, source", [
    ("Es wird erwartet, dass die Preise steigen.", None),
    ("Die Lage sei ernst, heißt es.", None),
    ("Aus Regierungskreisen hieß es, die Verhandlungen seien gescheitert.", "Regierungskreisen"),
])
def test_anonymous_attribution(text, source):
    quotes = found(text)
    assert [(q.speaker, q.source, q.anonymous) for q in quotes] == [(None, source, True)]


def test_named_speaker_is_not_anonymous():
    assert [q.anonymous for q in found("Die Polizei teilte mit, dass niemand verletzt wurde.")] == [False]


def test_coordinated_speakers_keep_both():
    quote, = found("Weder der Bürgermeister noch die Polizei bestätigten, ob es Verletzte gab.")
    assert [s["text"] for s in quote.speakers] == ["die Polizei", "der Bürgermeister"]
    quote, = found("Anna Kirpal und Peter Berg sagten, dass die Schule geschlossen werde.")
    assert {s["text"] for s in quote.speakers} == {"Anna Kirpal", "Peter Berg"}


@pytest.mark.parametrize("text, kind", [
    ("Die Anwohnerin sagte, die Anwohner hätten Angst.", "indirect"),  # Konjunktiv II stands in for I
    ("Der Sprecher erklärte, man würde die Pläne prüfen.", "indirect"),
    ("Die Ärztin meinte, das Ergebnis käme zu spät.", "indirect"),
])
def test_konjunktiv_2_after_a_cue_is_indirect(text, kind):
    assert [q.kind for q in found(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Der Stadtrat hat beschlossen, die Gebühren auszusetzen.",
    "Der Vorstand entschied, das Werk zu schließen.",
    "Während die Gäste lange gehofft haben, könnte das Fest nun ausfallen.",
])
def test_decisions_and_subordinate_cues_are_no_quotes(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Die Initiative „Gegen Fluglärm“ sammelte Unterschriften.",
    "Der Roman „Der Zauberberg“ erschien vor hundert Jahren.",
    "Die Kampagne „Sauber bleiben“ startet im Mai.",
])
def test_quoted_names_after_naming_nouns_are_no_quotes(text):
    assert found(text) == []


@pytest.mark.parametrize("text, addressee", [
    ("„Wir müssen handeln“, sagte Kirpal der Leipziger Volkszeitung.", "der Leipziger Volkszeitung"),
    ("Im Interview mit dem Deutschlandfunk sagte die Ministerin, sie werde nicht zurücktreten.", "dem Deutschlandfunk"),
    ("Der Trainer sagte gegenüber der Zeitung, dass er bleibe.", "der Zeitung"),
])
def test_addressee(text, addressee):
    assert [q.addressee for q in found(text)] == [addressee]


def test_editorial_brackets_in_direct_quotes():
    text = "„Wir sprechen mit (der Bürgermeisterin) Frau Kühn“, sagte der Anwalt."
    quote, = found(text)
    assert quote.editorial == [{"text": "(der Bürgermeisterin)", "start": 18, "end": 39}]
    assert text[18:39] == "(der Bürgermeisterin)"


def test_partial_quotes_point_to_their_statement():
    quotes = found("Die Ministerin betonte, dass die Region „neue Wege“ gehen müsse.")
    assert [(q.kind, q.parent) for q in quotes] == [("indirect", None), ("partial", 0)]


def test_readout_of_a_closed_meeting():
    text = ("Die Kanzlerin sagte, sie sei zufrieden, wie aus einer Erklärung des Bundespresseamts hervorgeht. "
            "„Wir bleiben Partner“, sagte Paul Lenz im Gespräch mit der Kanzlerin. "
            "Eine Mitteilung des Präsidialamts nannte das Gespräch offen.")
    direct = [q for q in found(text) if q.kind == "direct"]
    assert [(q.speaker, q.source) for q in direct] == [("Paul Lenz", "Mitteilung des Präsidialamts")]


def test_no_readout_without_a_closed_meeting():
    text = "Eine Mitteilung des Präsidialamts kam spät. „Wir bleiben Partner“, sagte Paul Lenz in Berlin."
    direct = [q for q in found(text) if q.kind == "direct"]
    assert [(q.speaker, q.source) for q in direct] == [("Paul Lenz", None)]


@pytest.mark.parametrize("text, speaker, canonical", [
    ("Der SPD-Politiker Peter Albrecht sprach in Dresden. Der SPD-Politiker sagte, die Lage sei ernst.",
     "SPD-Politiker", "Peter Albrecht"),
    ("Die Ministerin Anna Muster besuchte Kiel. Später sagte die Ministerin, sie sei zufrieden.",
     "Ministerin", "Anna Muster"),
    ("Thomas Berger leitet die Firma. Berger sagte, man würde prüfen.", "Thomas Berger", "Thomas Berger"),
    ("Anna Muster kam. Eine Anwohnerin sagte, sie sei zufrieden.", "Anwohnerin", None),
    ("Die Deutsche Bahn sucht Personal. Die Bahn teilte mit, dass Züge ausfallen.", "Bahn", "Deutsche Bahn"),
    ("Das Bundesinnenministerium plant Regeln. Das Ministerium erklärte, dass es prüfe.", "Ministerium",
     "Bundesinnenministerium"),
])
def test_speaker_canonical(text, speaker, canonical):
    quote = [q for q in found(text) if q.kind == "indirect"][-1]
    assert (quote.speaker, quote.speaker_canonical) == (speaker, canonical)


@pytest.mark.parametrize("text, cue_class", [
    ("Der Konzern behauptete, die Zahlen seien korrekt.", "distancing"),
    ("Die Trainerin deutete an, dass sie aufhören könnte.", "vague"),
    ("Der Bürgermeister betonte, dass die Stadt helfe.", "emphatic"),
    ("Die Gewerkschaft kritisierte die Pläne der Klinik.", "evaluative"),
    ("Der Sprecher sagte, die Täter seien angeblich geflohen.", "distancing"),
])
def test_cue_class(text, cue_class):
    assert [q.cue_class for q in found(text)] == [cue_class]


def test_component_puts_quotes_on_the_doc():
    doc = parse("„Wir bleiben“, sagte die Ministerin Anna Muster der Zeitung.")
    span, = doc.spans["quotes"]
    assert (span.text, span._.kind, span._.speaker.text, span._.cue_span.text) == \
        ("„Wir bleiben“", "direct", "die Ministerin Anna Muster", "sagte")
    record, = records(doc)
    assert record["addressee"] == "der Zeitung" and record["speaker"] == "Anna Muster"


def test_speaker_before_a_colon_without_verb():
    quote, = found("Der Sprecher der Stadt, Anna Muster: „Wir haben alles getan.“")
    assert (quote.kind, quote.speaker) == ("direct", "Anna Muster")


def test_channel_of_heisst_es():
    quote, = found("„Das Gesetz ist nötig“, heißt es in dem Antrag der Fraktion.")
    assert (quote.speaker, quote.source, quote.anonymous) == (None, "Antrag der Fraktion", False)


def test_quoted_name_as_speaker_and_reflexive_cue():
    quotes = found("„Das wird das größte Update aller Zeiten“, schreibt die „Computerwoche“.")
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Computerwoche")]
    quotes = found("Am Montag äußerte sich Sprecher Paul Lenz dahingehend, die Lage sei ruhig.")
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Paul Lenz")]


def test_quoted_name_in_a_wie_clause():
    quotes = found("Wie die „Aktion Kinder helfen“ heute mitteilte, werde die Hilfe ausgeweitet.")
    assert [(q.kind, q.speaker, q.text) for q in quotes] == \
        [("indirect", "Aktion Kinder helfen", "werde die Hilfe ausgeweitet")]


def test_quote_spans_survive_doc_serialisation():  # nlp.pipe(n_process=2) sends Docs as bytes
    doc = parse("„Wir bleiben“, sagte die Ministerin Anna Muster der Zeitung.")
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert records(copy) == records(doc)
    assert copy.spans["quotes"][0]._.speaker.text == "die Ministerin Anna Muster"


@pytest.mark.parametrize("text, expected", [
    ("Nach Angaben der Feuerwehr brannte die Halle, so die Sprecherin.",
     [("Nach Angaben", "nach Angaben"), (", so", "so")]),
    ("Den Polizeiangaben zufolge sei niemand verletzt worden, heißt es aus Kreisen der Stadt.",
     [("zufolge", "zufolge"), (", heißt es", "heißt es"), ("aus Kreisen", "aus Kreisen")]),
    ("Im Brief an die Stadt stand, dass er nach Hause gehe.", [("Im Brief", "in der Mitteilung")]),
    ("Seiner Einschätzung nach ist das Gebäude sicher.", [("Einschätzung nach", "Meinung nach")]),
    ("Die Fahrt nach Hause dauerte lange.", []),
])
def test_frame_patterns_match_from_their_anchor_words(text, expected):
    doc = parse(text)
    assert [(doc[start:end].text, frame["id"]) for start, end, frame in frame_patterns()(doc)] == expected


def test_frame_patterns_refuse_what_they_cannot_match():
    with pytest.raises(ValueError):
        repetitions("+")
    with pytest.raises(ValueError):
        anchor_words({"id": "x", "anchor": 0, "pattern": [{"POS": "NOUN"}]})


@pytest.mark.parametrize("text, speaker", [
    ("Der Verband hat die Regierung zum Handeln aufgefordert.", "Der Verband"),  # the subject opens the sentence
    ("Die Ministerin lobte Anna Berger für ihren Einsatz.", "Die Ministerin"),  # the name after the verb is an object
    ("„Wir bleiben hier,“ sagte die Sprecherin.", "die Sprecherin"),  # comma inside the quotation marks
    ("„Wir bleiben hier“ sagte Anna Berger.", "Anna Berger"),  # comma left out
    ("Im Stadtrat warb die Bürgermeisterin mit den Worten: „Wir brauchen die Brücke.“", "die Bürgermeisterin"),
    ("Karl Wendler, Sprecher des Tierschutzvereins, kritisierte, dass die Ställe zu klein seien.",
     "Karl Wendler, Sprecher des Tierschutzvereins"),  # an apposition closed before the verb
    ("Jonas Keller vom Deutschen Roten Kreuz sagte, die Lage sei ernst.", "Jonas Keller vom Deutschen Roten Kreuz"),
    ("Die Gewerkschaft Verdi kündigte an, dass sie streiken werde.", "Die Gewerkschaft Verdi"),
    ("Die Zeitung „Nordkurier“ berichtete, dass die Brücke gesperrt sei.", "Die Zeitung „Nordkurier“"),
])
def test_speaker_mentions_as_written(text, speaker):
    assert speaker_text(text) == speaker


def speaker_text(text: str) -> str:
    """The speaker mention of the first quote found in a text, as written there."""
    quote = found(text)[0]
    return parse(text).text[quote.speaker_start:quote.speaker_end]


def test_reporting_modal_continues_the_last_source():
    quotes = found("Die Polizei teilte mit, dass ein Mann festgenommen wurde. Er soll die Scheibe eingeschlagen haben.")
    assert [(q.kind, q.speaker, q.text) for q in quotes][-1] == \
        ("indirect", "Polizei", "Er soll die Scheibe eingeschlagen haben")


@pytest.mark.parametrize("plan", ["Die Bauarbeiten sollen zwei Jahre dauern.",
                                  "Die neue Halle soll im Herbst eröffnet werden."])
def test_a_plan_with_sollen_after_speech_is_no_quote(plan):
    quotes = found("Die Sprecherin des Vereins sagte, man sei mit dem Kompromiss zufrieden. " + plan)
    assert [q.text for q in quotes] == ["man sei mit dem Kompromiss zufrieden"]


def test_reporting_modal_without_earlier_speech_is_no_quote():
    assert found("Die Brücke soll im nächsten Jahr fertig sein.") == []


def test_continuation_with_its_own_speaker_subject():
    quotes = found("Die Polizei teilte mit, dass ein Mann festgenommen wurde. "
                   "Zudem diskutierte die Ministerin mit den Anwohnern, weil die Lage ernst sei.")
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Polizei"), ("indirect", "Ministerin")]


def test_so_frame_speaker_after_article_and_adjective():
    assert [q.speaker for q in found("„Wir öffnen morgen“, so der neue Chef der Feuerwehr.")] == \
        ["neue Chef der Feuerwehr"]


@pytest.mark.parametrize("text, speaker, message", [
    ("Nach Meinung von Anna Berger werden die Preise steigen.", "Meinung von Anna Berger",
     "werden die Preise steigen"),  # the frame opens the sentence: not part of the message
    ("Der Anwältin zufolge ist der Vertrag ungültig.", "Der Anwältin", "ist der Vertrag ungültig"),
    ("Die Preise werden laut Anna Berger weiter steigen.", "Anna Berger",
     "Die Preise werden laut Anna Berger weiter steigen"),  # inside the clause: the clause stays whole
])
def test_frame_messages_without_an_opening_frame(text, speaker, message):
    doc = parse(text)
    quote = found(text)[0]
    assert (doc.text[quote.speaker_start:quote.speaker_end], quote.text) == (speaker, message)


def test_partial_quote_takes_the_speaker_of_its_sentence():
    quotes = found("„Das ist gut“, sagte die Ministerin über den „großen Schritt“.")
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Ministerin"), ("partial", "Ministerin")]


@pytest.mark.parametrize("text, speaker", [
    ("Durch das Hochwasser kamen laut einem Bericht der Agentur Reuters 900 Menschen ums Leben.",
     "einem Bericht der Agentur Reuters"),  # the frame phrase ends with its name, not with the next noun phrase
    ("Laut einem Artikel der „Morgenpost“ hat der Bürgermeister den Vertrag unterschrieben.",
     "einem Artikel der „Morgenpost“"),  # a quoted name after the genitive article
    ("Im Jahr 2007 erklärte die Regierung Anna Berger zur Ehrenbürgerin.", "die Regierung"),  # a person after: object
])
def test_frame_and_noun_phrases_end_at_their_names(text, speaker):
    assert speaker_text(text) == speaker


def test_das_points_to_the_sentence_before():
    quotes = found("Die Brücke bleibt bis Mai gesperrt. Das teilte die Stadtverwaltung am Montag mit.")
    assert [(q.kind, q.speaker, q.text) for q in quotes] == \
        [("indirect", "Stadtverwaltung", "Die Brücke bleibt bis Mai gesperrt")]


def test_das_after_a_quote_adds_nothing():
    quotes = found("„Die Brücke bleibt gesperrt“, sagte die Sprecherin. Das bestätigte die Stadtverwaltung.")
    assert [q.kind for q in quotes] == ["direct"]


@pytest.mark.parametrize("text, speaker, message", [
    ("In zehn Jahren, so schätzen die Forscher, soll die Arbeit abgeschlossen sein.", "Forscher",
     "soll die Arbeit abgeschlossen sein"),
    ("Im Herbst, so die Sprecherin, werde die Halle eröffnet.", "Sprecherin", "werde die Halle eröffnet"),
])
def test_inserted_so_frame_attributes_the_clause_after_it(text, speaker, message):
    assert [(q.speaker, q.cue, q.text) for q in found(text)] == [(speaker, "so", message)]


@pytest.mark.parametrize("text, source, message", [
    ("Nach Angaben seines Sprechers hat der Sänger die Tour abgesagt.", "Angaben seines Sprechers",
     "hat der Sänger die Tour abgesagt"),
    ("Nach Aussagen von Anna Berger (SPD) bringe die Entscheidung Klarheit.", "Aussagen von Anna Berger (SPD)",
     "bringe die Entscheidung Klarheit"),
    ("Laut Verhandlungsführer Jonas Keller von der Gewerkschaft Verdi werden die Streiks ausgeweitet.",
     "Verhandlungsführer Jonas Keller von der Gewerkschaft Verdi", "werden die Streiks ausgeweitet"),
])
def test_frame_phrases_with_their_owners(text, source, message):
    doc = parse(text)
    quote = found(text)[0]
    assert (doc.text[quote.speaker_start:quote.speaker_end], quote.text) == (source, message)


def test_quote_after_a_colon_sentence_belongs_to_its_subject():
    quotes = found("Die Sprecherin Anna Berger hatte wenig Zeit. Karl Wendler zeigte sich dagegen offen:\n"
                   "„Wir öffnen die Halle im Mai.“")
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Karl Wendler")]


def test_quote_with_its_own_cue_keeps_no_earlier_speaker():
    quotes = found("Die Ministerin lobte die Feuerwehr. Einer der Helfer sagte: „Das war knapp.“")
    assert [(q.kind, q.speaker, q.cue) for q in quotes][-1] == ("direct", "Einer der Helfer", "sagen")


@pytest.mark.parametrize("text, speaker", [
    ("So wies der frühere Trainer Jonas Keller darauf hin, dass die Halle zu klein sei.",
     "der frühere Trainer Jonas Keller"),  # a title before the name
    ("Nun heißt es im Abschlussbericht, die Wahl sei fair gewesen.", "Abschlussbericht"),  # a compound channel
])
def test_speakers_with_titles_and_compound_channels(text, speaker):
    doc = parse(text)
    quote = found(text)[0]
    assert doc.text[quote.speaker_start:quote.speaker_end] == speaker


def test_opening_frame_with_an_apposition():
    text = "Nach Angaben des Veranstalters, der Stadt Nordheim, werde das Fest im Juni stattfinden."
    doc = parse(text)
    quote = found(text)[0]
    assert (doc.text[quote.speaker_start:quote.speaker_end], quote.text) == \
        ("Angaben des Veranstalters, der Stadt Nordheim", "werde das Fest im Juni stattfinden")


@pytest.mark.parametrize("text, mention, speaker", [
    ("Das Auswärtige Amt der Bundesrepublik Deutschland meldete, der Flug sei gelandet.",
     "Das Auswärtige Amt der Bundesrepublik Deutschland", "Auswärtiges Amt"),  # the office, not the country
    ("Nach Schätzungen französischer Behörden lebten dort 900 Menschen.", "Schätzungen französischer Behörden",
     "Schätzungen französischer Behörden"),  # an article-less genitive plural
])
def test_genitive_names_belong_to_their_head(text, mention, speaker):
    doc = parse(text)
    quote = found(text)[0]
    assert (doc.text[quote.speaker_start:quote.speaker_end], quote.speaker) == (mention, speaker)


def test_von_phrase_after_a_name_describes_the_speaker():
    text = "Hauptmann Jonas Keller von der städtischen Feuerwehr sagte, der Brand sei gelöscht."
    doc = parse(text)
    quote = found(text)[0]
    assert doc.text[quote.speaker_start:quote.speaker_end] == "Hauptmann Jonas Keller von der städtischen Feuerwehr"


@pytest.mark.parametrize("text, speaker", [
    ("Am Montagmorgen stellte eine Polizeistreife fest, dass die Scheibe zerbrochen war.", "eine Polizeistreife"),
    ("Wie der Bundeswahlleiter mitteilte, lag die Beteiligung bei 40 Prozent.", "der Bundeswahlleiter"),
])
def test_plain_noun_phrase_subjects_of_content_clauses(text, speaker):
    doc = parse(text)
    quote = found(text)[0]
    assert doc.text[quote.speaker_start:quote.speaker_end] == speaker
