"""Canonical names of entities: a person by the longest mention of the name, others by list entry or base form."""
from __future__ import annotations

from spacy.tokens import Span

from . import gazetteer
from .entity_claims import Claims
from .name_cues import strip_genitive


def link(claims: Claims) -> dict[tuple[int, int], str]:
    """Canonical names: persons by their longest mention, others by list entry or base form."""
    first_names = gazetteer.first_names()
    persons = sorted((s for s in claims.spans if s.label_ == "PER"), key=len, reverse=True)
    full_names: dict[str, str] = {}
    for surnames_first in (True, False):  # "Muster" is Anna Muster's before "Anna" is anyone's
        for words in (name_words(span) for span in persons):
            for part in words if len(words) > 1 else []:
                if surnames_first != (part in first_names):
                    full_names.setdefault(part, " ".join(words))
    result = {}
    for span in claims.spans:
        found = claims.canonical.get((span.start, span.end))
        if found is None and span.label_ == "PER":
            name = " ".join(name_words(span)) or span.text
            found = full_names.get(name) or (" " not in name and full_names.get(strip_genitive(name))) or name
        if found is None:
            found = " ".join([t.text for t in span[:-1]] + [span[-1].lemma_])
        result[(span.start, span.end)] = found
    return result


def name_words(span: Span) -> list[str]:
    """The words of a person's name, without editorial brackets."""
    return [t.text for t in span if t.text not in "()"]
