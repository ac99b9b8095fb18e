"""Reading statistics: counts, vocabulary, sentence lengths and German readability formulas.

Counting choices are explicit arguments, because they move the results: whether headings
count as sentences, and how syllables are counted (vowel groups or a hyphenation dictionary).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pandas as pd
from spacy.tokens import Doc, Span, Token

from .article import Article, in_spans

WORDS_PER_MINUTE = 200  # a common figure for attentive reading of German non-fiction
CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ")
VOWEL_GROUP = re.compile(r"[aeiouyäöü]+", re.IGNORECASE)


def is_word(token: Token) -> bool:
    """A word is a token with at least one letter or digit (not punctuation or space)."""
    return any(char.isalnum() for char in token.text)


def sentences(article: Article, doc: Doc, with_headings: bool = False) -> list[Span]:
    """Sentences of the running text (paragraphs), optionally with headings and title."""
    kinds = ("paragraph", "heading", "title") if with_headings else ("paragraph",)
    spans = [(block.start, block.end) for block in article.of_kind(*kinds)]
    result = []
    for sentence in doc.sents:
        words = [token for token in sentence if is_word(token)]
        if words and in_spans(spans, words[0].idx):
            result.append(sentence)
    return result


def syllables_by_vowels(word: str) -> int:
    """Count groups of vowels (ei, au, ie count once): simple, and easy to check by hand."""
    return max(1, len(VOWEL_GROUP.findall(word)))


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen  # on first use: only the dictionary-syllable variant of notebook 01 needs it

    return pyphen.Pyphen(lang="de_DE")


def syllables_by_hyphenation(word: str) -> int:
    """Count the pieces a German hyphenation dictionary (pyphen) would split a word into."""
    return sum(len(_hyphenator().positions(part)) + 1 for part in word.split("-") if part)


def statistics(article: Article, doc: Doc) -> dict:
    """Headline figures of the running text: sentences, words, vocabulary, reading time."""
    body = sentences(article, doc)
    words = [token for sentence in body for token in sentence if is_word(token)]
    types = {token.text.lower() for token in words}
    lemmas = {token.lemma_.lower() for token in words}
    return {
        "Absätze": len(article.paragraphs),
        "Zwischenüberschriften": len(article.headings),
        "Sätze": len(body),
        "Wörter": len(words),
        "verschiedene Wortformen": len(types),
        "verschiedene Lemmas": len(lemmas),
        "Type-Token-Verhältnis": round(len(types) / len(words), 3) if words else 0.0,
        "Wörter pro Satz": round(len(words) / len(body), 1) if body else 0.0,
        "Lesezeit (Minuten)": round(len(words) / WORDS_PER_MINUTE, 1),
    }


def sentence_table(article: Article, doc: Doc) -> pd.DataFrame:
    """One row per sentence of the running text: number, length in words, offsets (von/bis as in display), text."""
    rows = []
    for number, sentence in enumerate(sentences(article, doc), start=1):
        words = [token for token in sentence if is_word(token)]
        start, end = words[0].idx, sentence[-1].idx + len(sentence[-1].text)
        while article.text[end - 1].isspace():
            end -= 1
        rows.append({"Satz": number, "Wörter": len(words), "von": start, "bis": end,
                     "Text": article.text[start:end]})
    return pd.DataFrame(rows, columns=["Satz", "Wörter", "von", "bis", "Text"])


def top_lemmas(article: Article, doc: Doc, n: int = 15) -> pd.DataFrame:
    """The most frequent lemmas of nouns, names, full verbs and adjectives."""
    counts = Counter(
        (token.lemma_, token.pos_)
        for sentence in sentences(article, doc)
        for token in sentence
        if token.pos_ in CONTENT_POS and is_word(token)
    )
    rows = [{"Lemma": lemma, "Wortart": pos, "Anzahl": count} for (lemma, pos), count in counts.most_common(n)]
    return pd.DataFrame(rows, columns=["Lemma", "Wortart", "Anzahl"])


def readability(article: Article, doc: Doc, with_headings: bool = False, syllables=syllables_by_vowels) -> dict:
    """Flesch reading ease for German (Amstad) and the first Wiener Sachtextformel."""
    body = sentences(article, doc, with_headings)
    words = [token.text for sentence in body for token in sentence if is_word(token)]
    if not words:
        return {"Flesch-Amstad": None, "Wiener Sachtextformel": None}
    counts = [syllables(word) for word in words]
    sentence_length = len(words) / len(body)
    per_word = sum(counts) / len(words)
    many = 100 * sum(c >= 3 for c in counts) / len(words)
    one = 100 * sum(c == 1 for c in counts) / len(words)
    long_words = 100 * sum(len(word) > 6 for word in words) / len(words)
    return {
        "Flesch-Amstad": round(180 - sentence_length - 58.5 * per_word, 1),
        "Wiener Sachtextformel": round(0.1935 * many + 0.1672 * sentence_length
                                       + 0.1297 * long_words - 0.0327 * one - 0.875, 1),
    }


SYLLABLE_COUNTERS = (("Vokalgruppen", syllables_by_vowels), ("Silbentrennung (pyphen)", syllables_by_hyphenation))


def readability_variants(article: Article, doc: Doc) -> pd.DataFrame:
    """The same two formulas under four counting choices, to show how much they move."""
    rows = []
    for with_headings in (False, True):
        for name, counter in SYLLABLE_COUNTERS:
            scores = readability(article, doc, with_headings, counter)
            rows.append({"Überschriften als Sätze": "ja" if with_headings else "nein",
                         "Silben gezählt nach": name, **scores})
    return pd.DataFrame(rows)


TRACE_KINDS = {"error": "Fehler", "trace": "Spur"}


def translation_traces(article: Article) -> pd.DataFrame:
    """Traces of translation the article's metadata lists (`translation_traces` in its .toml), with offsets."""
    rows = [{"im Text": trace.get("text", ""), "gemeint": trace.get("meant", ""),
             "Art": TRACE_KINDS.get(trace.get("kind"), "Spur"), "Erklärung": trace.get("note", ""),
             "von": article.text.find(trace.get("text", "")) if trace.get("text") else -1}
            for trace in article.meta.get("translation_traces", []) if isinstance(trace, dict)]
    return pd.DataFrame(rows, columns=["im Text", "gemeint", "Art", "Erklärung", "von"])
