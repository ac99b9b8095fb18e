"""Entity rule 9: names that continue after a rule has ended them are joined into one.

An organisation's name often goes on with an acronym, an unknown name or a place ("PKN Orlen",
"Fraunhofer IAO", "ESV Lokomotive Zwickau"); a place's name with a name after a linking word of its
language ("Lido di Spina", "Cerro San Félix"). Never across a line break, never two organisations ("SPD Senat")
or two places ("Deutschland Serbien" are two).
"""
from __future__ import annotations

from .entity_claims import Claims
from .name_cues import is_acronym
from .tagger import known_word

PLACE_LINKS = frozenset({"di", "de", "del", "della", "delle", "do", "da", "dos", "y", "la", "el", "les", "des"})


def join_names(claims: Claims) -> None:
    """Rule 9: extend organisations and places over what continues their names (spans in text order)."""
    k = 0
    while k < len(claims.found):
        first, end, label = claims.found[k]
        joined = organisation_end(claims, end) if label == "ORG" else place_end(claims, end) if label == "LOC" else end
        if joined > end:
            k = claims.extend(k, joined)
        k += 1


def span_at(claims: Claims, i: int) -> tuple[int, str] | None:
    """(end, label) of the span found that starts at word i."""
    return next(((end, label) for first, end, label in claims.found if first == i), None)


def inflected(claims: Claims, first: int, end: int) -> bool:
    """Whether a listed name is written inflected: a genitive place after an organisation is not part of its
    name ("der Oberste Gerichtshof Kanadas")."""
    text = " ".join(w.text for w in claims.words[first:end])
    canonical = claims.canonical.get((claims.index[first], claims.index[end - 1] + 1))
    return canonical is not None and canonical != text


def organisation_end(claims: Claims, end: int) -> int:
    """Past following acronyms, unknown names (not first names) and places as written: "PKN Orlen", "ESV Lokomotive
    Zwickau"."""
    while (word := claims.word(end)) is not None and claims.index[end] == claims.index[end - 1] + 1:
        found = span_at(claims, end)
        if found is not None and found[1] == "LOC" and not inflected(claims, end, found[0]):
            end = found[0]
        elif claims.index[end] not in claims.taken and word.capitalised and not word.first_name and (
                is_acronym(word.text) or word.tag_ == "NE" and not known_word(word.text)):
            end += 1
        else:
            break
    return end


def place_end(claims: Claims, end: int) -> int:
    """Past a linking word and a name: "Lido di Spina"."""
    while (word := claims.word(end)) is not None and claims.index[end] == claims.index[end - 1] + 1 \
            and word.text in PLACE_LINKS and (name := claims.word(end + 1)) is not None and name.capitalised:
        found = span_at(claims, end + 1)
        if found is not None and found[1] in ("LOC", "PER"):
            end = found[0]
        elif claims.index[end + 1] not in claims.taken and name.tag_ in ("NE", "FM"):
            end += 2
        else:
            break
    return end
