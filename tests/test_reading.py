"""Reading statistics on the seed, checked against counts made by hand."""
from articlekit import reading


def test_seed_statistics(article, doc):
    stats = reading.statistics(article, doc)
    assert stats["Absätze"] == 9
    assert stats["Zwischenüberschriften"] == 8
    assert stats["Sätze"] == 22  # 22 sentences in the nine paragraphs, counted by hand
    assert 470 <= stats["Wörter"] <= 480
    assert stats["Type-Token-Verhältnis"] == round(stats["verschiedene Wortformen"] / stats["Wörter"], 3)


def test_sentence_table_offsets(article, doc):
    table = reading.sentence_table(article, doc)
    for row in table.itertuples():
        assert article.text[row.von:row.bis] == row.Text
    assert table["Text"].iloc[0].startswith("Der chinesische Staatspräsident")
    assert table["Wörter"].max() == 37


def test_top_lemmas_count_inflected_forms_together(article, doc):
    lemmas = reading.top_lemmas(article, doc, n=30)
    counts = dict(zip(lemmas["Lemma"], lemmas["Anzahl"], strict=True))
    assert counts["Beziehung"] == 5  # Beziehungen x3, Beziehung x2 in the paragraphs
    assert counts["Putin"] == 9     # including the genitive "Putins"


def test_syllable_counters():
    assert reading.syllables_by_vowels("Beziehungen") == 4
    assert reading.syllables_by_vowels("Staatspräsident") == 4
    assert reading.syllables_by_vowels("Zusammenarbeit") == 5
    # the hyphenation dictionary over-splits this word (Zu-sam-me-n-a-r-beit): a counting choice that shows
    assert reading.syllables_by_hyphenation("Zusammenarbeit") == 7
    assert reading.syllables_by_hyphenation("Beziehungen") == 4


def test_readability_moves_with_counting_choices(article, doc):
    variants = reading.readability_variants(article, doc)
    assert len(variants) == 4
    assert variants["Flesch-Amstad"].nunique() > 1
    base = reading.readability(article, doc)
    assert 20 < base["Flesch-Amstad"] < 60
    assert 8 < base["Wiener Sachtextformel"] < 14


def test_syllable_counting_moves_flesch_the_way_notebook_01_says(article, doc):
    """Notebook 01: the dictionary counts more syllables per word here, so its Flesch score is lower."""
    words = [t.text for s in reading.sentences(article, doc) for t in s if reading.is_word(t)]
    by_vowels = sum(map(reading.syllables_by_vowels, words)) / len(words)
    by_dictionary = sum(map(reading.syllables_by_hyphenation, words)) / len(words)
    assert by_dictionary > by_vowels
    vowels = reading.readability(article, doc)["Flesch-Amstad"]
    dictionary = reading.readability(article, doc, syllables=reading.syllables_by_hyphenation)["Flesch-Amstad"]
    assert dictionary < vowels
    with_headings = reading.readability(article, doc, with_headings=True)["Flesch-Amstad"]
    assert with_headings > vowels
    assert all(30 <= v < 50 for v in reading.readability_variants(article, doc)["Flesch-Amstad"])  # "schwer"


def test_translation_traces_point_into_the_text(article):
    traces = reading.translation_traces(article)
    assert len(traces) >= 3 and (traces["Art"] == "Fehler").sum() == 1
    for row in traces.itertuples():
        assert article.text[row.von:row.von + len(row[1])] == row[1]


def test_translation_traces_empty_without_metadata():
    from articlekit import from_text  # only this test needs an article without metadata

    assert reading.translation_traces(from_text("Ein kurzer Satz ohne Metadaten.")).empty
