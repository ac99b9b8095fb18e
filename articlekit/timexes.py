"""Time expressions (TIMEX3) as a spaCy component: `doc.spans["timexes"]`, resolved against `doc._.dct`.

Rules (articlekit.timex_rules) find expressions robust to German inflection ("Jährliche",
"jährlichen") and give typed values; `timex_values.resolve` turns them into TIMEX3 values
("2025", "2024-FA", "2025-W04", "2025-03-13TEV", "P3D", "PTXH", "P1Y" with type SET,
"FUTURE_REF"), with the direction of the clause for dates without a year (articlekit.tense).
Vague words keep vague values: the kit never invents a date. Extent: the expression without a
preposition that only places it ("im vergangenen Jahr" -> "vergangenen Jahr"); "vor" and "in"
before a number stay, because they change the value ("vor drei Jahren"). Inside a habit
("Es ist Tradition, rund um das neue Jahr zu sprechen") a date becomes a SET ("XXXX-01-01").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import world_knowledge
from .tense import direction
from .timex_rules import Context, Hit, rules_at, rules_for
from .timex_values import Absolute, Vague, resolve
from .timex_words import entries, inflected_forms

NAME_TYPES = ("PER", "LOC", "ORG")  # "Petra Sommer" is no season

for _name in ("timex_type", "value", "mod"):
    Span.set_extension(_name, default=None, force=True)
if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)


@dataclass
class Timex:
    """One time expression; offsets index the article text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None

    def record(self) -> dict:
        record = dict(vars(self))  # the fields, in order; asdict's deep copy is slow and they are immutable
        if self.mod is None:
            del record["mod"]
        return record


class TimexFinder:
    """Finds the time expressions of one document, resolved against its date `dct`."""

    def __init__(self, doc: Doc, dct: dt.date | None):
        self.doc, self.dct = doc, dct

    def find(self) -> list[Timex]:
        """All time expressions of the Doc: a time expression never crosses a sentence end."""
        return [timex for sentence in self.doc.sents for timex in self.find_in(sentence)]

    def find_in(self, sentence: Span) -> list[Timex]:
        """The time expressions of one sentence, left to right, never overlapping."""
        found, habitual = [], None
        tokens = [t for t in sentence if not t.is_space]
        triggering = [rules_for(t.lower_) for t in tokens] + [frozenset()]  # most words trigger no rule
        context = Context(sentence, None, lambda s, offset: world_knowledge.anchor_year(s, offset, self.dct))
        context.match = lambda toks, j, ctx=context: self.match(toks, j, ctx)
        i = 0
        while i < len(tokens):
            triggered = triggering[i] or triggering[i + 1]
            hit = self.match(tokens, i, context) if triggered and tokens[i].ent_type_ not in NAME_TYPES else None
            if hit is None:
                i += 1
                continue
            habitual = is_habit(tokens) if habitual is None else habitual
            found.append(self.timex(sentence, tokens[i], tokens[hit.end - 1], hit, habitual))
            i = hit.end
        return found

    @staticmethod
    def match(tokens: list[Token], i: int, context: Context) -> Hit | None:
        """The first registered rule that matches at position i."""
        following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        rules = rules_at(tokens[i].text.lower(), following)  # most words trigger none
        return next((hit for r in rules if (hit := r.find(context, tokens, i))), None)

    def timex(self, sentence: Span, first: Token, last: Token, hit: Hit, habitual: bool) -> Timex:
        """Resolve a hit's value against the document date and the direction of its clause."""
        fixed = isinstance(hit.value, (Absolute, Vague))
        way = 0 if fixed else direction(sentence, first)
        value = resolve(hit.value, self.dct, way, habitual=habitual)
        kind = "SET" if value.startswith("XXXX-") and habitual and hit.type in ("DATE", "TIME") else hit.type
        start, end = first.idx, last.idx + len(last.text)
        mod = hit.mod or ("APPROX" if approximated(sentence, first) else None)
        return Timex(start, end, self.doc[first.i:last.i + 1].text, kind, value, mod)


def is_habit(tokens: list[Token]) -> bool:
    """Whether the words of a sentence describe a habit ("zur Tradition gemacht", "regelmäßig")."""
    return any(habit_cue(t.lemma_) or habit_cue(t.text) for t in tokens)


@lru_cache(maxsize=200_000)
def habit_cue(word: str) -> bool:
    """Whether a lemma or form is a habit cue: asked for every word of a sentence with a time expression."""
    return word.lower() in inflected_forms(entries("habit_cues"))  # the words stem_of finds an entry for


@lru_cache(maxsize=1)
def approximator_window() -> int:
    """Words before an expression that can matter: the longest approximator, the word before it, an "im"."""
    return max(len(phrase.split()) for phrase in entries("approximators")) + 2


def approximated(sentence: Span, first: Token) -> bool:
    """Whether words right before an expression make it approximate ("rund um das neue Jahr", "gegen Mittag")."""
    doc, words, i = sentence.doc, [], first.i - 1
    while i >= sentence.start and len(words) < approximator_window():
        words = words if doc[i].is_space else [doc[i], *words]
        i -= 1
    if words and words[-1].tag_ == "APPRART":  # "etwa im März"
        words = words[:-1]
    before = " ".join(t.text.lower() for t in words)
    return any(before.endswith(phrase) and (len(before) == len(phrase) or before[-len(phrase) - 1] == " ")
               for phrase in entries("approximators"))


def find_timexes(doc: Doc, dct: dt.date | None) -> list[Timex]:
    """All time expressions of a parsed text."""
    return TimexFinder(doc, dct).find()


@Language.component("articlekit_timexes", assigns=["doc.spans", "span._.timex_type", "span._.value", "span._.mod"],
                    requires=["token.tag", "token.lemma", "doc._.dct"])
def set_timexes(doc: Doc) -> Doc:
    """Set doc.spans["timexes"] with each span's TIMEX3 type, value and mod, against doc._.dct."""
    spans = []
    for timex in find_timexes(doc, doc._.dct):
        span = doc.char_span(timex.start, timex.end)
        span._.timex_type, span._.value, span._.mod = timex.type, timex.value, timex.mod
        spans.append(span)
    doc.spans["timexes"] = spans
    return doc


def timexes_of(doc: Doc) -> list[Timex]:
    """The time expressions the component set on a Doc."""
    return [Timex(s.start_char, s.end_char, s.text, s._.timex_type, s._.value, s._.mod)
            for s in doc.spans.get("timexes", [])]


def records(doc: Doc) -> list[dict]:
    """The time expressions of a Doc as JSON-ready records (type, value, mod)."""
    return [timex.record() for timex in timexes_of(doc)]
