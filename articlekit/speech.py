"""The speech lexicon: cue verbs and their classes, frame words, and token patterns built from them.

Data: articlekit/data/speech_verbs.tsv (cue verbs), speech_verb_classes.tsv (what a cue tells),
speech_frames.toml (frame words, phrases and patterns), speaker_nouns.txt (nouns for speakers).
Patterns match tokens, never substrings ("unbekannten" is no "bekannt geben").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from . import gazetteer
from .lexicon import lexicon, of_entries
from .resources import settings, table


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Cue verb lemma -> how the kit uses it (the `art` column: neutral, denkend, fragend ...)."""
    return {row["lemma"]: row["art"] for row in table("speech_verbs.tsv")}


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, str]:
    """Cue verb lemma -> its class id (neutral, emphatic, vague, evaluative, distancing)."""
    return {row["lemma"]: row["class"] for row in table("speech_verbs.tsv")}


@lru_cache(maxsize=1)
def class_table() -> dict[str, dict[str, str]]:
    """Class id -> its row (German name, layer, explanation) from speech_verb_classes.tsv."""
    return {row["class"]: row for row in table("speech_verb_classes.tsv")}


def frames() -> dict:
    """The frame words and patterns of articlekit/data/speech_frames.toml."""
    return settings("speech_frames.toml")


def cue_class(cue: str | None, clause: list[Token]) -> str | None:
    """The class of a cue; a distancing word in the clause ("angeblich") marks the writer's distance."""
    if cue is None:
        return None
    if any(t.lower_ in frames()["distancing_words"] for t in clause):
        return "distancing"
    for word in reversed(cue.split()):
        found = verb_classes().get(word) or frames()["frame_classes"].get(word)
        if found:
            return found
    return "neutral"


def is_speaker_noun(token: Token) -> bool:
    """A noun for someone who can speak: a role (Sprecherin) or a group or institution (die Polizei)."""
    speakers = lexicon("speaker_nouns.txt")
    return gazetteer.is_role(token.lemma_.lower()) or token.lemma_ in speakers or token.text in speakers


def is_naming_noun(token: Token) -> bool:
    """A noun after which quotation marks hold a name (die Initiative „Gegen Fluglärm“, der Roman „…“)."""
    return token.pos_ in ("NOUN", "PROPN") and (in_list("naming_nouns", token.text) or gazetteer.is_work(token.text))


@lru_cache(maxsize=50_000)
def in_list(key: str, word: str) -> bool:
    """Whether a word is an entry of a noun list of speech_frames.toml, also as a compound ending or inflected."""
    return word in of_entries(tuple(entry.lower() for entry in frames()[key]), "suffix+inflection")


@lru_cache(maxsize=4)
def phrase_matcher(vocab: Vocab) -> PhraseMatcher:
    """Noun parts of speech-act phrases ("zum Ausdruck" [bringen]) as whole-token, case-blind matches; the label
    is the phrase cue ("zum Ausdruck bringen"), its last word the verb's lemma."""
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for words, verb in frames()["phrases"]:
        matcher.add(f"{words} {verb}", [Doc(vocab, words=words.split())])
    return matcher
