"""What a single word says about names: capitalised, a function word, unknown to the lexicon, a place ending.

The entity rules (articlekit.entity_rules, person_names, organisations, other_names) ask these questions
of a `Word`; a word with the same text and tags recurs in every article, so each answer is worked out once.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.strings import StringStore

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
KNOWN_WORDS = 200_000  # distinct (text, tags) words kept with their answers


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of speech verbs ("sagte X" names a person); the quotes' own list, read from its data file."""
    return frozenset(row["lemma"] for row in table("speech_verbs.tsv"))


class once:  # lower case, like the property decorators it stands for
    """A property worked out on first use and stored on the instance: functools.cached_property does the
    same, but in Python 3.11 it takes a lock each time, which doubles the cost of a new word."""

    def __init__(self, method):
        self.method, self.name = method, method.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.method(instance)
        return value


class Word:
    """A word with its tags (as a spaCy token has them) and what it says about names, each asked once."""

    def __init__(self, text: str, tag: str, pos: str, lemma: str, sent_start: bool):
        self.text, self.tag_, self.pos_, self.lemma_, self.is_sent_start = text, tag, pos, lemma, sent_start
        self.is_alpha = text.isalpha()
        self.capitalised = text[:1].isupper() and (  # "Berlin", "G7"; not "(" or "1990"
            text[0].isalpha() or any(char.isalpha() for char in text))
        # every rule asks these of every word: worked out here, at once
        self.listed_words, self.person_cue = self._listed_words(), self._person_cue()
        self.org_cue, self.may_start_name = self._org_cue(), self._may_start_name()
        self.described = gazetteer.described_label(text) if self.capitalised else None

    @once
    def function_word(self) -> bool:
        """Der, Seine, Wen: capitalised function words, which a tagger sometimes takes for names."""
        return self.text.lower() in lexicon("function_words_de.txt") or self.pos_ in FUNCTION_POS

    @once
    def name_like(self) -> bool:
        """A capitalised word that may be part of a person's name."""
        return (self.capitalised and self.tag_ in NAME_TAGS and not self.function_word
                and not gazetteer.is_role(self.text) and not listed_not_city(self.text))

    @once
    def surname_like(self) -> bool:
        """After a first name, any capitalised word but a role or listed name is a surname ("Anna Kocht")."""
        return (self.capitalised and self.is_alpha and not self.function_word and not gazetteer.is_role(self.text)
                and not listed_not_city(self.text))

    @once
    def unknown_name(self) -> bool:
        """A capitalised word tagged as a name, or one the lexicon does not know (and not a compound noun)."""
        if not self.capitalised or not self.text[:1].isalpha() or gazetteer.is_role(self.text):
            return False
        return self.tag_ in ("NE", "FM") or not (known_word(self.text) or noun_compound(self.text))

    @once
    def english(self) -> bool:
        """A capitalised English word that is neither a first name nor a listed name ("Devils", "Laboratory", not
        "Massachusetts"): in German text, part of an English team's, company's or work's name
        (articlekit/data/gazetteer/english_words.txt)."""
        return self.capitalised and self.text.lower() in lexicon("gazetteer/english_words.txt") \
            and not self.first_name and self.listed is None

    @once
    def name_word(self) -> bool:
        """A capitalised word of letters that may be part of an English name: neither a function word nor a
        German common noun ("Stationen"), unless English too ("Station")."""
        if not self.capitalised or not self.is_alpha or self.function_word:
            return False
        return self.english or not (self.tag_ == "NN" and known_word(self.text))

    @once
    def first_name(self) -> bool:
        """A listed first name."""
        return self.text in gazetteer.first_names()

    def _listed_words(self) -> int:
        """The most words a listed name starting with this word has (0: none may start with it)."""
        if self.text[:1].isupper() or self.text in gazetteer.lowercase_starts():
            return gazetteer.max_words_from(self.text)
        return 0

    @once
    def listed(self) -> gazetteer.Entry | None:
        """The list entry for the word alone."""
        return gazetteer.lookup([self.text])

    def _may_start_name(self) -> bool:
        """A capitalised word of letters that is not an abbreviation, a function word or listed as never a name."""
        return (self.capitalised and len(self.text) >= 2 and self.is_alpha and not is_abbreviation(self.text)
                and self.text not in lexicon("gazetteer/not_names.txt") and not self.function_word)

    def _org_cue(self) -> bool:
        """Whether the word may make an organisation: a head word, legal form, club prefix or acronym
        (the lists are asked first: legal forms like "e.V." are not capitalised)."""
        if self.text in gazetteer.org_suffixes() or self.text in lexicon("gazetteer/org_prefixes.txt"):
            return True
        return self.capitalised and bool(self.org_head or is_abbreviation(self.text) or is_acronym(self.text))

    @once
    def org_head(self) -> str | None:
        """The organisation head word a capitalised word ends in (Außenministeriums -> "ministerium")."""
        return gazetteer.org_head(strip_genitive(self.text.lower())) if self.capitalised else None

    def _person_cue(self) -> bool:
        """A role or a speech verb, after which a name is a person's: "Präsidentin X", "sagte X"."""
        return gazetteer.is_role(self.text) or (self.lemma_ in speech_verbs() and self.pos_ == "VERB")


WORDS: dict[tuple[int, ...], Word] = {}  # token attributes (see words_of) -> their Word, across Docs


def words_of(rows: list[list[int]], strings: StringStore) -> list[Word]:
    """The Word of each token, from its attributes ORTH, TAG, POS, LEMMA, SENT_START (spaCy string ids, as
    `Doc.to_array` gives them, more columns allowed); one Word per distinct row, kept for the next Doc."""
    if len(WORDS) > KNOWN_WORDS:
        WORDS.clear()
    known = WORDS.get
    return [known(key) or new_word(key, strings) for key in map(tuple, rows)]


def new_word(key: tuple[int, ...], strings: StringStore) -> Word:
    """A Word for attributes not seen before, remembered."""
    orth, tag, pos, lemma, sent_start = key[:5]
    found = WORDS[key] = Word(strings[orth], strings[tag], strings[pos], strings[lemma], sent_start == 1)
    return found


@lru_cache(maxsize=KNOWN_WORDS)
def listed_not_city(text: str) -> bool:
    """A listed country, region, organisation or other name (cities are often surnames too)."""
    entry = gazetteer.lookup([text])
    return entry is not None and entry.kind != "city"


def strip_genitive(text: str) -> str:
    """Musters -> Muster (an apostrophe genitive is split off by the tokenizer)."""
    return text[:-1] if text.endswith("s") and len(text) > 2 else text


@lru_cache(maxsize=KNOWN_WORDS)
def place_ending(text: str) -> str | None:
    """Sindelfingen, Mühlhausen, Hauptstraße: the ending typical of German place and street names, if any."""
    ending = lexicon("gazetteer/place_endings.txt").match(text)
    return ending if ending is not None and len(text) >= len(ending) + MIN_PLACE_STEM else None


def has_place_ending(text: str) -> bool:
    """Whether a word ends like a German place or street name."""
    return place_ending(text) is not None


@lru_cache(maxsize=KNOWN_WORDS)
def place_name(text: str) -> bool:
    """Knoopstraße, Dannenberg: a place-name ending after a part the lexicon does not know
    (unlike the common nouns Hauptstraße, Universitätskapelle, Weinberg)."""
    ending = place_ending(text)
    if ending is None or known_word(text):
        return False
    stems = compound_stems(text[:-len(ending)])
    return not any(known_word(stem) or known_word(stem.capitalize()) for stem in stems if len(stem) >= MIN_PLACE_STEM)


@lru_cache(maxsize=KNOWN_WORDS)
def run_label(words: tuple[str, ...]) -> str | None:
    """The label a run of unknown names gets from its words (see word_label), or ORG for a name before a city
    ("Borussia Dortmund"), if any of them tells."""
    if label := word_label(words):
        return label
    last = gazetteer.lookup(words[-1:])
    names = gazetteer.first_names()
    if len(words) > 1 and last is not None and last.kind == "city" and words[0] not in names and words[-1] not in names:
        return "ORG"
    return None


def word_label(words: tuple[str, ...]) -> str | None:
    """ORG for a word like "Group" or "Verlag"; LOC for a word like "Avenue" or a prefix like "Bad" or "San";
    MISC for an English title ("The Mousetrap")."""
    if any(word in lexicon("gazetteer/org_words.txt") for word in words):
        return "ORG"
    if any(word in lexicon("gazetteer/place_words.txt") for word in words) or \
            (len(words) > 1 and words[0] in lexicon("gazetteer/place_prefixes.txt")):
        return "LOC"
    return "MISC" if words[0] == "The" else None


def is_abbreviation(text: str) -> bool:
    """TU, MSV, HSV: two to four capitals, the short form before a club's or university's town."""
    return 2 <= len(text) <= 4 and text.isalpha() and text.isupper()


@lru_cache(maxsize=KNOWN_WORDS)
def is_acronym(text: str) -> bool:
    """CNN, NATO, AfD: short, mostly capitals, not a Roman numeral or a common abbreviation."""
    if not (3 <= len(text) <= 6 and text.isalpha() and text[0].isupper()):
        return False
    capitals = sum(char.isupper() for char in text)
    return (capitals >= len(text) - 1 and capitals >= 2 and text.strip("IVXLC") != ""
            and text not in lexicon("gazetteer/not_names.txt"))
