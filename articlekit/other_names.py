"""Entity rules 7-8: names found again, and any other name labelled by its words or neighbours."""
from __future__ import annotations

from spacy.tokens import Token

from .entity_claims import Claims
from .lexicon import lexicon
from .name_cues import (
    COORDINATORS,
    LOCATIVE,
    capitalised,
    function_word,
    has_place_ending,
    is_abbreviation,
    place_name,
    run_label,
    strip_genitive,
)
from .tagger import known_word, noun_compound


def find_repeated_names(claims: Claims) -> None:
    """Rule 7: names found again. Words of a known person's name, wherever they appear again (genitive
    too); and a one-word name the lexicon does not know keeps its label ("der Autobauer Qoros ... Qoros")."""
    parts = {t.text for span in claims.spans if span.label_ == "PER" for t in span if capitalised(t)}
    others = {span.text: span.label_ for span in claims.spans
              if span.label_ != "PER" and len(span) == 1 and not known_word(span.text)}
    i = 0
    while i < len(claims.words):
        end = i
        while (token := claims.word(end)) is not None and capitalised(token) and (
                token.text in parts or strip_genitive(token.text) in parts):
            end += 1
        if end > i:
            claims.add(i, end, "PER")
        elif (label := others.get(claims.words[i].text) or others.get(strip_genitive(claims.words[i].text))):
            claims.add(i, i + 1, label)
        i = max(end, i + 1)


def find_other_names(claims: Claims) -> None:
    """Rule 8: remaining runs of NE-tagged words not after an article ("das Essen"), labelled by context."""
    known_labels = {token.i: span.label_ for span in claims.spans for token in span}
    i = 0
    while i < len(claims.words):
        before = claims.word(i - 1)
        after_locative = before is not None and before.text.lower() in LOCATIVE
        after_article = before is not None and before.pos_ == "DET"
        named_place = place_name(claims.words[i].text)
        if claims.words[i].i in claims.taken or (after_article and not named_place) or \
                not starts_other_name(claims.words[i], after_locative or named_place):
            i += 1
            continue
        end = i + 1
        while (nxt := claims.word(end)) is not None and capitalised(nxt) and end - i < claims.windows.other_name_words \
                and (
                nxt.tag_ in ("NE", "FM") or nxt.text in lexicon("gazetteer/org_words.txt")):
            end += 1
        label = other_label(claims.words[i:end], after_locative)
        claims.add(i, end, label or coordinated_label(claims, i, end, known_labels) or "PER")
        i = end


def starts_other_name(token: Token, after_locative: bool) -> bool:
    """A capitalised word tagged NE that is not a compound noun (FM words are English, mostly not names),
    or after "in" a word with a place-name ending or one the lexicon does not know."""
    if not capitalised(token) or len(token.text) < 2 or not token.is_alpha or is_abbreviation(token.text) \
            or token.text in lexicon("gazetteer/not_names.txt") or function_word(token):
        return False
    if after_locative and (place_name(token.text) or not (known_word(token.text) or noun_compound(token.text))):
        return True
    return token.tag_ == "NE" and (has_place_ending(token.text) or not noun_compound(token.text))


def other_label(tokens: list[Token], after_locative: bool) -> str | None:
    """The label its words give a run (see run_label), or LOC after "in" or with a place-name ending."""
    if label := run_label(tokens):
        return label
    if after_locative or (len(tokens) == 1 and has_place_ending(tokens[0].text)):
        return "LOC"
    return None


def coordinated_label(claims: Claims, first: int, end: int, known_labels: dict[int, str]) -> str | None:
    """The label of a listed name it is coordinated with: "Berlin, Xdorf und Ydorf" are all places."""
    for link, neighbour in ((claims.word(first - 1), claims.word(first - 2)), (claims.word(end), claims.word(end + 1))):
        if link is not None and neighbour is not None and link.text in COORDINATORS:
            if neighbour.i in known_labels:
                return known_labels[neighbour.i]
    return None
