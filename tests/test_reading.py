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
        assert article.text[row.start:row.end] == row.Text
    assert table["Text"].iloc[0].startswith("Der chinesische Staatspräsident")
    assert table["Wörter"].max() == 37


def test_top_lemmas_count_inflected_forms_together(article, doc):
    lemmas = reading.top_lemmas(article, doc, n=30)
    counts = dict(zip(lemmas["Lemma"], lemmas["Anzahl"]))
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
