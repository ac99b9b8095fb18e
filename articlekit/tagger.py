"""Part-of-speech tags (STTS and UD) and lemmas from HanTa, the Hanover Tagger.

HanTa is a small statistical German tagger shipped with its model (LGPL-3); articlekit.hanta_fast
runs it faster with identical results, helped by word forms analysed offline (tagger_lexicon). This module
turns its tags into STTS and Universal Dependencies tags (table in articlekit/data/tagset.tsv) and
repairs two quirks: it lower-cases the parts of hyphenated words ("Us-präsident") and it
does not know quotation marks.
"""
from __future__ import annotations

import pickle
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .marks import QUOTE_CHARS
from .prefetch import MODEL, hanta_model
from .resources import table, without_gc
from .tagger_lexicon import lexicon

PUNCT_TAG = "$("


@lru_cache(maxsize=1)
@without_gc
def hanta():
    """HanTa with its German model (loaded once, about 0.1 s), sped up without changing a result."""
    from .hanta_fast import FastHanoverTagger  # imports HanTa on first use: importing the kit (and --help) stays quick

    return FastHanoverTagger(MODEL, lexicon(), model=pickle.loads(hanta_model().result()))


@lru_cache(maxsize=1)
def tag_maps() -> tuple[dict[str, str], dict[str, str]]:
    """HanTa tag -> STTS tag, and STTS tag -> UD part of speech."""
    rows = table("tagset.tsv")
    return {r["hanta"]: r["stts"] for r in rows}, {r["stts"]: r["ud"] for r in rows}


@lru_cache(maxsize=50_000)
def tag_words(words: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """(lemma, STTS, UD) for each word of one sentence; cached, since news repeats itself."""
    shown = ['"' if word in QUOTE_CHARS else word for word in words]
    tags = hanta().tag_sent_viterbi(shown) if shown else []  # HanTa's tag_sent, lemmas per word below
    return tuple(word_tags(word, tag) for word, tag in zip(words, tags, strict=True))


@lru_cache(maxsize=200_000)
def word_tags(word: str, tag: int) -> tuple[str, str, str]:
    """(lemma, STTS, UD) of a word under a HanTa tag number; memoised, since words recur."""
    if word in QUOTE_CHARS:
        return word, PUNCT_TAG, "PUNCT"
    to_stts, to_ud = tag_maps()
    stts = to_stts.get(hanta().int2tag[tag], "XY")
    lemma = hanta()._analyze(word, tag, taglevel=1)[0]
    return fix_lemma(word, lemma, stts), stts, to_ud.get(stts, "X")


@lru_cache(maxsize=1)
def pronoun_lemmas() -> dict[str, str]:
    """Object forms of personal pronouns -> their UD lemma (mir -> ich)."""
    return {row["form"]: row["lemma"] for row in table("pronoun_lemmas.tsv")}


@lru_cache(maxsize=100_000)
def known_word(word: str) -> bool:
    """Whether HanTa's lexicon knows a word: guesses for unknown words score far below known ones."""
    analyses = hanta().tag_word(word)
    return bool(analyses) and analyses[0][1] > -20


@lru_cache(maxsize=100_000)
def known_noun(word: str) -> bool:
    """Whether HanTa's lexicon knows a word as a common noun first of all."""
    analyses = hanta().tag_word(word)
    return bool(analyses) and analyses[0][0] == "NN" and analyses[0][1] > -20


@lru_cache(maxsize=100_000)
def noun_compound(word: str) -> bool:
    """An unknown word ending in a known noun of five letters or more ("Lohngleitklausel"): a compound, not a name."""
    if not word.isalpha() or known_word(word):
        return False
    return any(known_noun(word[i].upper() + word[i + 1:]) for i in range(3, len(word) - 4))


def fix_lemma(word: str, lemma: str, stts: str) -> str:
    """Restore what HanTa loses: casing of acronyms, hyphen parts and nouns; pronoun lemmas."""
    if stts in ("PPER", "PRF") and word.lower() in pronoun_lemmas():
        return pronoun_lemmas()[word.lower()]
    if word.isupper() and len(word) > 1 and stts in ("NN", "NE"):
        return word
    if "-" in word and "-" in lemma:
        word_parts, lemma_parts = word.split("-"), lemma.split("-")
        if len(word_parts) == len(lemma_parts):
            head = word_parts[-1][:1] + lemma_parts[-1][1:] if lemma_parts[-1] else ""
            return "-".join(word_parts[:-1] + [head])
    if stts in ("NN", "NE") and word[:1].isupper() and lemma[:1].islower():
        return lemma[:1].upper() + lemma[1:]
    return lemma


@Language.component("articlekit_tagger", requires=["token.is_sent_start"],
                    assigns=["token.tag", "token.pos", "token.lemma"])
def tag_doc(doc: Doc) -> Doc:
    """Give every token its STTS tag, UD part of speech and lemma, sentence by sentence."""
    for sentence in doc.sents:
        tokens = [token for token in sentence if not token.is_space]
        if not tokens:
            continue
        for token, (lemma, stts, ud) in zip(tokens, tag_words(tuple(t.text for t in tokens)), strict=True):
            token.lemma_, token.tag_, token.pos_ = lemma, stts, ud
    for token in doc:
        if token.is_space:
            token.lemma_, token.tag_, token.pos_ = token.text, "_SP", "SPACE"
    return doc
