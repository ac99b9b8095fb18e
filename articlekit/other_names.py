"""Entity rules 7-8: names found again, and any other name labelled by its words or neighbours."""
from __future__ import annotations

from .entity_claims import Claims
from .lexicon import lexicon
from .name_cues import (
    COORDINATORS,
    LOCATIVE,
    Word,
    has_place_ending,
    place_name,
    run_label,
    strip_genitive,
)
from .tagger import known_noun, known_word, noun_compound

MIN_STEM, MIN_NOUN = 3, 4  # letters before and of a known noun that ends a compound ("Inkubations|zeit")


def find_repeated_names(claims: Claims) -> None:
    """Rule 7: names found again. Words of a known person's name, wherever they appear again (genitive
    too); and a one-word name the lexicon does not know keeps its label ("der Autobauer Qoros ... Qoros")."""
    words = claims.words
    parts = {words[k].text for first, end, label in claims.found if label == "PER"
             for k in range(first, end) if words[k].capitalised}
    others = {words[first].text: label for first, end, label in claims.found
              if label != "PER" and claims.index[end - 1] == claims.index[first]}
    wanted = {form for name in parts | others.keys() for form in (name, name + "s")}  # a quick first test
    after = 0  # the first word not inside a name found here
    for i in [i for i, word in enumerate(words) if word.text in wanted]:
        if i < after:
            continue
        end = i
        while end < len(words) and words[end].text in wanted and words[end].capitalised and (
                words[end].text in parts or strip_genitive(words[end].text) in parts):
            end += 1
        if end > i:
            claims.add(i, end, "PER")
            after = end
        elif claims.index[i] not in claims.taken and (label := repeated_label(others, words[i].text)):
            claims.add(i, i + 1, label)


def repeated_label(others: dict[str, str], text: str) -> str | None:
    """The label of a one-word name found before, as written or without a genitive -s, if the lexicon does
    not know the name (asked only when the name recurs: asking the lexicon is slow)."""
    for form in (text, strip_genitive(text)):
        if others.get(form) and not known_word(form):
            return others[form]
    return None


def find_other_names(claims: Claims) -> None:
    """Rule 8: remaining runs of NE-tagged words not after an article ("das Essen"), labelled by context."""
    known_labels = {k: label for first, end, label in claims.found for k in range(first, end)}
    words = claims.words
    after = 0  # the first word not inside a name found here
    for i in [i for i, word in enumerate(words) if word.may_start_name]:
        if i < after or claims.index[i] in claims.taken:
            continue
        before = claims.word(i - 1)
        after_locative = before is not None and (before.text.lower() in LOCATIVE or after_place_cue(claims, i)
                                                 or on_route(claims, i)
                                                 or located_name(claims, i))
        if not starts_other_name(words[i], after_locative, before is not None and before.pos_ == "DET"):
            continue
        end = i + 1
        while (nxt := claims.word(end)) is not None and nxt.capitalised and end - i < claims.windows.other_name_words \
                and (nxt.tag_ in ("NE", "FM") or nxt.text in lexicon("gazetteer/org_words.txt")):
            end += 1
        label = other_label(words[i:end], after_locative) or coordinated_label(claims, i, end, known_labels)
        if label or not part_of_longer_name(claims, i, end):
            claims.add(i, end, label or "PER")
        after = end


def part_of_longer_name(claims: Claims, first: int, end: int) -> bool:
    """Whether a run is a piece of a longer name no rule could delimit, so no person: after another name word
    that is not an entity ("Matto Grosso", "San Remo"), or next to a number ("Aragon 45": a product; "433 MHz":
    a unit)."""
    before, after = claims.word(first - 1), claims.word(end)
    if any(word is not None and word.pos_ == "NUM" for word in (before, after)):
        return True
    return before is not None and before.pos_ in ("PROPN", "X") and claims.index[first - 1] not in claims.taken


def located_name(claims: Claims, i: int) -> bool:
    """An unknown name after "in/im/nach/aus" and an adjective ("im finnischen Kallvik"); after an adjective a
    common noun is likelier, so no word ending in a known noun ("nach zweitägiger Inkubationszeit")."""
    word = claims.words[i]
    if not after_located_adjective(claims, i) or not word.unknown_name:  # the cheap question first
        return False
    text = word.text
    return word.tag_ == "NE" or not any(known_noun(text[k].upper() + text[k + 1:])
                                        for k in range(MIN_STEM, len(text) - MIN_NOUN + 1))


def after_located_adjective(claims: Claims, i: int) -> bool:
    """Whether a word follows "in/im/nach/aus" and an adjective: "im englischen Hatfield", "nach dem polnischen X"."""
    k = i - 1
    while (word := claims.word(k)) is not None and word.pos_ == "ADJ" and not word.capitalised:
        k -= 1
    if k == i - 1 or (word := claims.word(k)) is None:
        return False
    if word.pos_ == "DET" and claims.word(k - 1) is not None:
        word = claims.word(k - 1)
    return word.text.lower() in LOCATIVE | {"im", "ins", "vom"}


def on_route(claims: Claims, i: int) -> bool:
    """Whether a word is the start of a route "von X nach Y" or "über X nach Y": both ends are places."""
    before, after = claims.word(i - 1), claims.word(i + 1)
    return before is not None and before.text in ("von", "über") and after is not None and after.text == "nach"


def after_place_cue(claims: Claims, i: int) -> bool:
    """Whether a word follows a word for a direction or neighbourhood, directly or with "von": "südlich von X",
    "nördlich X", "in der Nähe von X" (articlekit/data/gazetteer/place_cues.txt)."""
    cues = lexicon("gazetteer/place_cues.txt")
    before = claims.word(i - 1)
    if before is not None and before.text in ("von", "vom"):
        before = claims.word(i - 2)
    return before is not None and before.text.lower() in cues


def starts_other_name(token: Word, after_locative: bool, after_article: bool) -> bool:
    """A word tagged NE that is not a compound noun (FM words are English, mostly not names), or after "in" a
    word with a place-name ending or one the lexicon does not know; after an article only a place name."""
    if not after_article and token.tag_ == "NE" and has_place_ending(token.text):
        return True  # decided without asking the lexicon about the word's parts (as place_name does)
    if place_name(token.text):
        return True
    if after_article:
        return False
    if after_locative and not (known_word(token.text) or noun_compound(token.text)):
        return True
    return token.tag_ == "NE" and (has_place_ending(token.text) or not noun_compound(token.text))


def other_label(tokens: list[Word], after_locative: bool) -> str | None:
    """The label its words give a run (see run_label), or LOC after "in" or with a place-name ending."""
    if label := run_label(tuple(t.text for t in tokens)):
        return label
    if after_locative or (len(tokens) == 1 and has_place_ending(tokens[0].text)):
        return "LOC"
    return None


def coordinated_label(claims: Claims, first: int, end: int, known_labels: dict[int, str]) -> str | None:
    """The label of a listed name it is coordinated with: "Berlin, Xdorf und Ydorf" are all places."""
    for link, at in ((claims.word(first - 1), first - 2), (claims.word(end), end + 1)):
        if link is not None and claims.word(at) is not None and link.text in COORDINATORS:
            if at in known_labels:
                return known_labels[at]
    return None
