"""Entity rule 4a: a run of capitalised words, half of them English, is one English name (ORG unless its words say
otherwise): "Jet Propulsion Laboratory", "die Detroit Red Wings", "das Album Trying to Burn the Sun".

German news quote English names of teams, companies, bands and works as they are; the tagger does not know their
words and would take each for a person. Measured on GermEval 2014 dev, such runs without a telling word are
organisations more often than anything else, so ORG is their default.
"""
from __future__ import annotations

from . import gazetteer
from .entity_claims import Claims
from .name_cues import Word, is_acronym, word_label

LINKS = frozenset({"of", "the", "and", "for", "on", "at", "to", "&", "'s", "’s", "de", "di", "da", "del", "della",
                   "delle", "du", "la", "le", "les", "el", "los", "las", "y"})  # small words inside foreign names
TITLE_WORDS = frozenset({"I", "It", "Me", "My", "You", "Your", "We", "Us", "Our", "Do", "Is", "Are", "Be", "In", "Not",
                         "No"})  # capitalised in a run, they make it a title: "Keep It Together", "Piece of Me"
HONORIFICS = frozenset({"Miss", "Lady", "Sir", "Lord", "Mrs", "Mr", "Ms", "Dame"})  # "Lady Gaga" is a person
MIN_WORDS = 2  # capitalised words in a run


def find_english_names(claims: Claims) -> None:
    """Rule 4a: runs of free capitalised words (and small linking words) of which at least half are English,
    looked for only around English words (asking whether a word is a German noun costs a lexicon lookup)."""
    words, i = claims.words, 0
    for seed in [k for k, word in enumerate(words) if word.english]:
        if seed < i:
            continue
        i = run_start(claims, seed)
        while i <= seed:
            if not free_name_word(claims, i) or describes(words[i]) or i > 0 and words[i - 1].person_cue:
                i += 1  # "der Song Take Me Home": the name starts after "Song"; "sagte Lucky X" is a person (rule 4)
                continue
            end = run_end(claims, i)
            if label := english_label(words[i:end]):
                claims.add(i, end, label)
            i = end


def run_start(claims: Claims, i: int) -> int:
    """The first word of the run around word i: free capitalised words, a linking word only between two."""
    while i > 0 and (free_name_word(claims, i - 1) or
                     claims.words[i - 1].text in LINKS and i > 1 and free_name_word(claims, i - 2)):
        i -= 1 if free_name_word(claims, i - 1) else 2
    return i


def english_label(run: list[Word]) -> str | None:
    """The label of an English name, or None if the run is not one. Half the capitalised words must be English,
    and the last one too unless a word tells the label: "Dizzy Gillespie" and "Lady Gaga" are persons."""
    capitals = [w for w in run if w.capitalised]
    english = [w.english or w.text in TITLE_WORDS for w in capitals]
    if len(capitals) < MIN_WORDS or 2 * sum(english) < len(capitals) or run[0].first_name \
            or run[0].text in HONORIFICS:
        return None
    if any(w.text in TITLE_WORDS for w in capitals):
        return "MISC"
    if any(w.first_name for w in capitals):  # "Praise Mary Ella Simmons", "Queen Elizabeth": persons
        return None
    label = word_label(tuple(w.text for w in run))
    if label is None and not (english[-1] and (english[0] or len(capitals) > MIN_WORDS or known_start(capitals[0]))):
        return None  # two words, the first no English word: "Mitt Romney", "Dizzy Gillespie" are persons
    return label or "ORG"


def known_start(word: Word) -> bool:
    """A first word that is a listed name or an acronym, as in "Detroit Red Wings", "JFE Holdings"."""
    return word.listed is not None or is_acronym(word.text)


def run_end(claims: Claims, i: int) -> int:
    """The end of a run from word i: free capitalised words, a linking word only between two of them."""
    end = i + 1
    while end < len(claims.words):
        if free_name_word(claims, end):
            end += 1
        elif claims.words[end].text in LINKS and free_name_word(claims, end + 1):
            end += 2
        else:
            break
    return end


def free_name_word(claims: Claims, i: int) -> bool:
    """A capitalised word not yet claimed that may be part of a name: not a German function word or known
    German common noun ("Stationen"), unless it is English too."""
    word = claims.word(i)
    return word is not None and word.capitalised and claims.index[i] not in claims.taken and word.name_word


def describes(word: Word) -> bool:
    """A noun that says what the name after it is, not part of it: "Song", "Band", "Station", "Senator"."""
    return bool(word.described) or gazetteer.is_work(word.text) or gazetteer.is_role(word.text)


