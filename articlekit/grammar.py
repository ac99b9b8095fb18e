"""Shared German grammar on tagged tokens: finite verbs, Konjunktiv I/II, clause ends, noun phrases.

Used by the quote and time analyses so that each rule about German is written once.
Facts (tag sets, closed lists of Konjunktiv forms) live in articlekit/data/grammar.toml.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from .resources import settings
from .tagger import hanta

UMLAUTS = frozenset("äöü")


@lru_cache(maxsize=1)
def facts() -> dict:
    """The grammar data (articlekit/data/grammar.toml) with lists turned into sets."""
    return {key: frozenset(value) if isinstance(value, list) else value
            for key, value in settings("grammar.toml").items()}


FINITE_TAGS = facts()["finite_tags"]
CLAUSE_BREAKS = facts()["clause_breaks"]
SENTENCE_ENDS = facts()["sentence_ends"]
NOUN_PHRASE_POS = facts()["noun_phrase_pos"]


def is_finite(token: Token) -> bool:
    """A finite verb (sagte, hat, könne): the verb that agrees with the subject."""
    return token.tag_ in FINITE_TAGS


def finite_verb(tokens: Sequence[Token]) -> Token | None:
    """The first finite verb among tokens (a clause), or None."""
    return next((t for t in tokens if is_finite(t)), None)


@lru_cache(maxsize=20_000)
def _morphemes(word: str) -> tuple[tuple[str, str], ...]:
    """HanTa's morpheme analysis of a verb form: ((stem, kind), (suffix, kind) ...)."""
    return tuple(hanta().analyze(word, taglevel=3)[1])


def _analysed_mood(word: str) -> str | None:
    """Konjunktiv read off HanTa's analysis: an umlauted variant stem + e/en (käme) is II, a plain stem + e is I."""
    morphemes = _morphemes(word)
    if len(morphemes) != 2 or morphemes[1][1] != "SUF_FIN" or morphemes[1][0] not in ("e", "en", "est", "et"):
        return None
    stem, kind = morphemes[0]
    if kind.endswith("_VAR") and UMLAUTS & set(stem) and word.endswith(("e", "en")):
        return "konjunktiv2"
    if not kind.endswith("_VAR") and morphemes[1][0] == "e" and not word.endswith(("ie", "te")):
        return "konjunktiv1"
    return None


def mood(token: Token) -> str | None:
    """ "konjunktiv1" (sei, gebe), "konjunktiv2" (wäre, hätten, würde, käme) or None for a finite verb."""
    if not is_finite(token):
        return None
    lower = token.lower_
    if lower in facts()["konjunktiv_2"]:
        return "konjunktiv2"
    found = "konjunktiv1" if lower in facts()["konjunktiv_1"] else \
        _analysed_mood(lower) if token.tag_ == "VVFIN" else None
    if found == "konjunktiv1" and lower not in facts()["konjunktiv_1_any_person"] and _first_person_near(token):
        return None  # "ich gebe", "ich habe" are indicative
    return found


def _first_person_near(token: Token) -> bool:
    """Whether "ich" stands right before or after the verb."""
    doc = token.doc
    near = doc[max(0, token.i - 1):token.i + 2]
    return any(t.lower_ in facts()["first_person"] for t in near)


def is_konjunktiv(token: Token) -> bool:
    """A finite verb in Konjunktiv I or II: the mood of reported speech."""
    return mood(token) is not None


def clause_end(tokens: Sequence[Token], position: int) -> int:
    """Index of the first clause break after `position` (or len(tokens))."""
    stops = CLAUSE_BREAKS | SENTENCE_ENDS
    return next((i for i in range(position + 1, len(tokens)) if tokens[i].text in stops), len(tokens))


def clause_start(tokens: Sequence[Token], position: int) -> int:
    """Index of the first token of the clause holding tokens[position]."""
    start = position
    while start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS | SENTENCE_ENDS:
        start -= 1
    return start


def noun_phrase(tokens: Sequence[Token], start: int, forward: bool = True, genitive: bool = True) -> list[Token]:
    """The noun phrase beginning (forward) or ending (backward, before `start`) at a position.

    Articles, adjectives, nouns, names and numbers; going forward a new article only continues the
    phrase as a genitive attribute ("die Mitteilung des Ministeriums") when `genitive` allows it.
    """
    if not forward:
        begin = start
        while begin > 0 and tokens[begin - 1].pos_ in NOUN_PHRASE_POS:
            begin -= 1
        return list(tokens[begin:start])
    end = start
    while end < len(tokens) and tokens[end].pos_ in NOUN_PHRASE_POS:
        if end > start and tokens[end].pos_ == "DET" and \
                not (genitive and tokens[end].lower_ in facts()["genitive_articles"]):
            break
        end += 1
    return list(tokens[start:end])


def is_noun_phrase(tokens: Sequence[Token]) -> bool:
    """Whether tokens form a plain noun phrase ending in a noun or name ("Das Organisationskomitee")."""
    return bool(tokens) and all(t.pos_ in NOUN_PHRASE_POS for t in tokens) and tokens[-1].pos_ in ("NOUN", "PROPN")


def position_of(token: Token, tokens: Sequence[Token]) -> int:
    """Where a token stands in a list of tokens: found at once when the list is a run of the Doc (a clause, a
    sentence), searched otherwise (asked for every word before a cue, so no search in long sentences)."""
    guess = token.i - tokens[0].i if tokens else -1
    if 0 <= guess < len(tokens) and tokens[guess].i == token.i:
        return guess
    return list(tokens).index(token)


def preposition_of(token: Token, tokens: Sequence[Token], barrier: frozenset[str] = frozenset()) -> str | None:
    """The preposition opening the token's noun phrase ("mit dem Präsidenten"), lower-cased, or None.

    Words in `barrier` (lower-case) end the walk back, as a clause boundary would.
    """
    index = position_of(token, tokens)
    while index > 0 and tokens[index - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN") and \
            tokens[index - 1].lower_ not in barrier:
        index -= 1
    return tokens[index - 1].lower_ if index > 0 and tokens[index - 1].tag_ in ("APPR", "APPRART") else None


def opens_subordinate_clause(token: Token) -> bool:
    """A subordinating conjunction (weil, während, als ...): its clause is not the main clause."""
    return token.tag_ == "KOUS" or token.lower_ in facts()["subordinators"]
