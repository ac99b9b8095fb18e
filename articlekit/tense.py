"""Which way a clause looks in time: past (-1), ahead (+1) or unclear (0), for dates without a year.

Tense belongs to the clause, not to the sentence's main verb: "kündigte an, bis Ende September
einen Bericht vorzulegen" looks ahead (an infinitive after an announcement verb, a "bis" deadline),
"Die Wahl findet im Januar statt" is a present-tense schedule (the next January), "Im Mai kam er"
looks back. Cue words live in articlekit/data/time_words.toml (`future_cues`, `past_stems`).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from .grammar import CLAUSE_BREAKS, clause_end, is_finite
from .resources import settings

PAST_AUXILIARIES = ("haben", "sein")
INFLECTION = ("", "en", "n", "st", "t")  # endings of a Präteritum stem: kam, kamen, kamst


def clauses(sentence: Span) -> list[list[Token]]:
    """The sentence cut at the clause breaks of articlekit.grammar (commas, colons, dashes)."""
    tokens = [t for t in sentence if not t.is_space]
    parts, position = [], 0
    while position < len(tokens):
        end = clause_end(tokens, position - 1)  # the first break at or after `position`
        part = [t for t in tokens[position:end] if t.text not in CLAUSE_BREAKS]
        if part:
            parts.append(part)
        position = end + 1 if end > position else position + 1
    return parts


def clause_of(sentence: Span, token: Token) -> list[Token]:
    """The clause a token belongs to."""
    return next((part for part in clauses(sentence) if token in part), [token])


@lru_cache(maxsize=1)
def cues() -> dict:
    words = settings("time_words.toml")
    return {"future": frozenset(words["future_cues"]), "past": frozenset(words["past_stems"]),
            "modal": frozenset(words["future_modals"]), "back": frozenset(words["backward_prepositions"]),
            "ahead": frozenset(words["forward_prepositions"])}


def verb_lemma(token: Token, clause: list[Token]) -> str:
    """A verb's lemma with its separable particle put back ("kündigte ... an" -> "ankündigen")."""
    particle = next((t.text.lower() for t in clause if t.tag_ == "PTKVZ"), "") if is_finite(token) else ""
    return particle + token.lemma_.lower()


def is_past_form(token: Token) -> bool:
    """A finite verb in the Präteritum: weak "-te(n)" endings or a listed strong stem ("kam", "gab")."""
    lower = token.text.lower()
    if lower.endswith(("te", "ten")) and lower != token.lemma_.lower():
        return True
    return any(lower[: len(lower) - len(ending)] in cues()["past"] for ending in INFLECTION if lower.endswith(ending))


def clause_tense(clause: list[Token]) -> int | None:
    """-1 for Präteritum/Perfekt, +1 for werden + infinitive, will/soll, or present tense; None if no finite verb."""
    finite = [t for t in clause if is_finite(t)]
    if not finite:
        return None
    participle = any(t.tag_ in ("VVPP", "VAPP", "VMPP") for t in clause)
    if participle and any(t.lemma_ in PAST_AUXILIARIES for t in finite):
        return -1
    if any(is_past_form(t) for t in finite):
        return -1
    return +1  # present tense, werden, will/soll: a schedule or a plan


def direction(sentence: Span, token: Token) -> int:
    """The direction of the clause a time expression's first token belongs to."""
    parts = clauses(sentence)
    index = next((k for k, part in enumerate(parts) if token in part), 0)
    clause = parts[index] if parts else [token]
    before = clause[max(0, clause.index(token) - 1)] if token in clause else token
    if before.text.lower() in cues()["back"]:
        return -1  # "seit Januar"
    tense = clause_tense(clause)
    if before.text.lower() in cues()["ahead"] and tense != -1:
        return +1  # "bis Ende September"
    if tense is None and is_infinitive_clause(clause) and announces(parts[:index]):
        return +1  # "kündigte an, im Herbst ... zu eröffnen"
    if tense is None:
        tense = next((t for t in map(clause_tense, parts) if t is not None), None)
    return tense or 0


def is_infinitive_clause(clause: list[Token]) -> bool:
    """A zu-infinitive clause ("einen Bericht vorzulegen", "eine Schule zu eröffnen")."""
    return any(t.tag_ == "VVIZU" or t.tag_ == "PTKZU" for t in clause)


def announces(previous: list[list[Token]]) -> bool:
    """Whether the nearest earlier clause with a verb announces, plans or promises something."""
    for clause in reversed(previous):
        verbs = [t for t in clause if t.tag_.startswith("V")]
        if verbs:
            return any(verb_lemma(t, clause) in cues()["future"] or t.lemma_.lower() in cues()["modal"]
                       for t in verbs)
    return False
