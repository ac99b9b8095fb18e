"""The fast HanTa (articlekit.hanta_fast + the shipped lexicon) gives exactly plain HanTa's results."""
import pytest
from HanTa.HanoverTagger import HanoverTagger

from articlekit.hanta_fast import FastHanoverTagger, morpheme_index
from articlekit.marks import QUOTE_CHARS
from articlekit.resources import PACKAGE_DATA
from articlekit.tagger import PUNCT_TAG, fix_lemma, hanta, tag_maps, tag_words
from articlekit.tagger_lexicon import FILE_NAME, TaggerLexicon, decode_lemma, encode_lemma, encode_line, lexicon, write

# Invented news sentences (not from the seed): names, rare compounds, numbers, hyphens, quotation marks.
SENTENCES = [
    "„ Wir werden die Gespräche fortsetzen “ , sagte Bürgermeisterin Johanna Kleinwächter am Dienstag in Oberhausen .",
    "Die Wasserstoffpipeline-Gesellschaft meldete für das dritte Quartal 2024 einen Verlust von 3,7 Millionen Euro .",
    "Laut dem Verkehrsverbund Rhein-Neckar fallen zwischen 6.30 Uhr und 9 Uhr 14 Prozent der S-Bahn-Fahrten aus .",
    "Der 58-jährige Gewerkschaftsvorsitzende Piotr Zawadzki kündigte für Freitag Warnstreiks an .",
    "Das Landesamt für Bodenschutzsanierungsplanung wies die Vorwürfe als ' haltlos ' zurück .",
    "Die UN-Sonderberichterstatterin forderte eine unabhängige Untersuchung der Vorfälle in Nord-Kivu .",
    "Schülerinnen und Schüler der Gesamtschule Xanten-Süd protestierten gegen die Schließung der Mensa .",
    "Ob der Bundestag zustimmt , ist offen – die Abstimmung ist für den 12. März geplant .",
    "Der FC Dornhagen gewann das Derby mit 3:1 ( 1:0 ) vor 12.400 Zuschauern .",
    "Er nannte das Vorhaben `` unbezahlbar '' und verwies auf die Haushaltsnotlage .",
    "dass die Stadtwerke-Tochter Fernwärmeleitungsbau GmbH insolvent sei , bestritt Chefin Ilse Okonkwo-Brandt .",
    "Qxzvtrl brrrkt ttttt zzzq .",
    "Warum ?",
]


@pytest.fixture(scope="module")
def plain():
    """Plain HanTa, as published."""
    return HanoverTagger("morphmodel_ger.pgz")


@pytest.fixture(scope="module")
def bare():
    """The fast tagger without the lexicon: only the rewritten algorithms."""
    return FastHanoverTagger("morphmodel_ger.pgz")


@pytest.mark.parametrize("casesensitive", [True, False])
def test_sentences_tag_as_plain_hanta(plain, bare, casesensitive):
    for sentence in SENTENCES:
        words = sentence.split()
        want = plain.tag_sent(words, casesensitive=casesensitive)
        assert bare.tag_sent(words, casesensitive=casesensitive) == want, sentence
        assert hanta().tag_sent(words, casesensitive=casesensitive) == want, sentence


def test_word_analyses_as_plain_hanta(plain, bare):
    words = {w.lower() for sentence in SENTENCES for w in sentence.split()}
    for word in sorted(words):
        assert bare.analyze_forward(word) == plain.analyze_forward(word), word
        assert bare.tag_word(word.capitalize()) == plain.tag_word(word.capitalize()), word
        for tag, _ in plain.analyze_forward(word)[:3]:
            assert bare._analyze(word, tag) == plain._analyze(word, tag), (word, tag)


def test_lexicon_entries_are_plain_hantas_analyses(plain):
    fast, book = hanta(), lexicon()
    assert fast.lexicon is book is not None
    words = [book.firsts[n] for n in range(0, len(book.firsts), max(1, len(book.firsts) // 150))]
    for word in words:
        for cs, form in ((False, word), (True, word.capitalize()), (True, word)):
            for cutoff, conditional in ((5, True), (5, False), (0, False)):
                assert fast._tag_word(form, cutoff, cs, conditional) == plain._tag_word(form, cutoff, cs, conditional)
        for tag, _ in fast._tag_word(word, 5, True, True):
            if book.lemma(word, tag, fast.int2tag):
                assert book.lemma(word, tag, fast.int2tag) == plain._analyze(word, tag), (word, tag)


def test_segments_looked_up_tag_by_tag_as_in_the_index():  # one article looks up without building the index
    fresh = FastHanoverTagger("morphmodel_ger.pgz")
    index = morpheme_index(fresh.LP_m_t)
    for segment in ["haus", "en", "gespräch", "s", "ver", "zzq", "Qx", "ungs", ""]:
        assert list(fresh.known(segment).items()) == list(index.get(segment, {}).items()), segment
    assert fresh.morph_index is None


def test_lexicon_blocks_round_trip(tmp_path):
    lines = [encode_line(w, [(3, -1.5), (7, -2.25)], {3: w.upper()}) for w in ["aal", "bahn", "bär", "zug", "ölen"]]
    lines.append(encode_line("haus", None, {}))
    write(tmp_path / "small.bin", lines, block_size=2)
    small = TaggerLexicon((tmp_path / "small.bin").read_bytes())
    assert len(small.firsts) == 3
    assert small.tags("bär") == [(3, -1.5), (7, -2.25)] and small.lemma("bär", 3, {3: "NN"}) == ("BÄR", "NN")
    assert small.tags("haus") is None and small.entry("haus") == ("-", "")
    assert small.entry("aa") is None and small.entry("bärte") is None and small.entry("zzz") is None


def test_lexicon_file_is_small():
    assert (PACKAGE_DATA / FILE_NAME).is_file()
    assert len((PACKAGE_DATA / FILE_NAME).read_bytes()) < 10_000_000


@pytest.mark.parametrize("word,lemma", [("häuser", "Haus"), ("wurde", "werden"), ("die", "die"),
                                        ("us-präsidenten", "Us-präsident"), ("x", "X"), ("ging", "gehen"),
                                        ("abc", "")])
def test_lemma_codes_round_trip(word, lemma):
    assert decode_lemma(word, encode_lemma(word, lemma)) == lemma


def test_kit_tags_as_plain_hanta(plain):
    to_stts, to_ud = tag_maps()
    for sentence in SENTENCES:
        words = sentence.split()
        shown = ['"' if word in QUOTE_CHARS else word for word in words]
        want = []
        for word, (_, lemma, tag) in zip(words, plain.tag_sent(shown, taglevel=1), strict=True):
            stts = PUNCT_TAG if word in QUOTE_CHARS else to_stts.get(tag, "XY")
            lemma = word if word in QUOTE_CHARS else fix_lemma(word, lemma, stts)
            want.append((lemma, stts, "PUNCT" if word in QUOTE_CHARS else to_ud.get(stts, "X")))
        assert list(tag_words(tuple(words))) == want, sentence


def test_kit_tags_quotes_and_hyphens():
    result = tag_words(tuple("„ Die S-Bahn-Fahrten fielen aus “ , sagte sie .".split()))
    assert result[0] == ("„", "$(", "PUNCT")
    assert result[2][0] == "S-Bahn-Fahrt" and result[2][1] == "NN"
    assert result[3] == ("fallen", "VVFIN", "VERB")
