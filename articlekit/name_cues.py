"""What a single word says about names: capitalised, a function word, unknown to the lexicon, a place ending.

The entity rules (articlekit.entity_rules, person_names, organisations, other_names) ask these questions.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from . import gazetteer
from .lexicon import compound_stems, lexicon
from .resources import table
from .tagger import known_word, noun_compound

NAME_TAGS = frozenset({"NE", "NN", "FM", "XY"})  # HanTa's guesses for unknown capitalised words
LOCATIVE = frozenset({"in", "nach", "aus"})  # not "von"/"bei": "ein Tor von X", "bei X" are persons as often
COORDINATORS = frozenset({",", "und", "oder", "sowie", "/"})
FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})
PREFIX_PARTICLES = ("al-", "el-", "as-", "ad-", "an-", "ar-", "at-", "az-")  # Ali al-Nuaimi
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "di", "da", "del", "zu", "la", "le"})
MIN_PLACE_STEM = 3  # letters before a place-name ending: "Sindelfingen", not "Ringen"


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of speech verbs ("sagte X" names a person); the quotes' own list, read from its data file."""
    return frozenset(row["lemma"] for row in table("speech_verbs.tsv"))


def capitalised(token: Token) -> bool:
    """Starts with a capital and has a letter ("Berlin", "G7"; not "(" or "1990")."""
    return token.text[:1].isupper() and any(char.isalpha() for char in token.text)


def listed_not_city(word: str) -> bool:
    """A listed country, region, organisation or other name (cities are often surnames too)."""
    entry = gazetteer.lookup([word])
    return entry is not None and entry.kind != "city"


def function_word(token: Token) -> bool:
    """Der, Seine, Wen: capitalised function words, which a tagger sometimes takes for names."""
    return token.text.lower() in lexicon("function_words_de.txt") or token.pos_ in FUNCTION_POS


def name_like(token: Token) -> bool:
    """A capitalised word that may be part of a person's name."""
    return (capitalised(token) and token.tag_ in NAME_TAGS and not function_word(token)
            and not gazetteer.is_role(token.text) and not listed_not_city(token.text))


def strip_genitive(word: str) -> str:
    """Musters -> Muster (an apostrophe genitive is split off by the tokenizer)."""
    return word[:-1] if word.endswith("s") and len(word) > 2 else word


def place_ending(word: str) -> str | None:
    """Sindelfingen, Mühlhausen, Hauptstraße: the ending typical of German place and street names, if any."""
    ending = lexicon("gazetteer/place_endings.txt").match(word)
    return ending if ending is not None and len(word) >= len(ending) + MIN_PLACE_STEM else None


def has_place_ending(word: str) -> bool:
    """Whether a word ends like a German place or street name."""
    return place_ending(word) is not None


def place_name(word: str) -> bool:
    """Knoopstraße, Dannenberg: a place-name ending after a part the lexicon does not know
    (unlike the common nouns Hauptstraße, Universitätskapelle, Weinberg)."""
    ending = place_ending(word)
    if ending is None or known_word(word):
        return False
    stems = compound_stems(word[:-len(ending)])
    return not any(known_word(stem) or known_word(stem.capitalize()) for stem in stems if len(stem) >= MIN_PLACE_STEM)


def surname_like(token: Token) -> bool:
    """After a first name, any capitalised word but a role or listed name is a surname ("Anna Kocht")."""
    return (capitalised(token) and token.is_alpha and not function_word(token) and not gazetteer.is_role(token.text)
            and not listed_not_city(token.text))


def unknown_name(token: Token) -> bool:
    """A capitalised word tagged as a name, or one the lexicon does not know (and not a compound noun)."""
    if not capitalised(token) or not token.text[:1].isalpha() or gazetteer.is_role(token.text):
        return False
    return token.tag_ in ("NE", "FM") or not (known_word(token.text) or noun_compound(token.text))


def run_label(tokens: list[Token]) -> str | None:
    """The label a run of unknown names gets from its words, if any of them tells.

    ORG: a word like "Group" or "Verlag", or a name before a city ("Borussia Dortmund"); MISC: an English
    title ("The Mousetrap"); LOC: a word like "Avenue" or a prefix like "Bad" or "San".
    """
    words = [t.text for t in tokens]
    if any(word in lexicon("gazetteer/org_words.txt") for word in words):
        return "ORG"
    if any(word in lexicon("gazetteer/place_words.txt") for word in words) or \
            (len(words) > 1 and words[0] in lexicon("gazetteer/place_prefixes.txt")):
        return "LOC"
    if words[0] == "The":
        return "MISC"
    last = gazetteer.lookup(words[-1:])
    if len(words) > 1 and last is not None and last.kind == "city" and words[0] not in gazetteer.first_names():
        return "ORG"
    return None


def is_abbreviation(word: str) -> bool:
    """TU, MSV, HSV: two to four capitals, the short form before a club's or university's town."""
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper()


def is_acronym(word: str) -> bool:
    """CNN, NATO, AfD: short, mostly capitals, not a Roman numeral or a common abbreviation."""
    capitals = sum(char.isupper() for char in word)
    return (3 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and capitals >= len(word) - 1
            and capitals >= 2 and word.strip("IVXLC") != "" and word not in lexicon("gazetteer/not_names.txt"))
