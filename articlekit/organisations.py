"""Entity rule 5: organisations from head words, legal forms, club abbreviations and acronyms."""
from __future__ import annotations

from . import gazetteer
from .entity_claims import Claims
from .lexicon import lexicon
from .name_cues import Word, is_abbreviation, is_acronym
from .tagger import known_noun

COORDINATORS = frozenset({"und", "oder", "sowie", ","})  # between truncated parts: "Bund-, Länder- und Gemeinde..."
WORD_LENGTH = 5  # acronyms this long may be words in capitals: "GATTER", "TOKIO" (shorter: "SPD", "ISE")
INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})  # "eine Kinder- und Jugendzeitung"


def find_organisations(claims: Claims) -> None:
    """Rule 5: organisation heads, legal forms, club prefixes, acronyms."""
    heads = gazetteer.org_heads()
    suffixes, prefixes = gazetteer.org_suffixes(), lexicon("gazetteer/org_prefixes.txt")
    for i, token in enumerate(claims.words):
        if not token.org_cue:
            continue
        if token.org_head:
            add_headed(claims, i, needs_name=heads[token.org_head])
        elif token.text in suffixes and i > 0 and claims.words[i - 1].capitalised:
            start = i - 1
            while start > 0 and claims.words[start - 1].capitalised and i - start < claims.windows.legal_form_words:
                start -= 1
            claims.add(start, i + 1, "ORG")
        elif (token.text in prefixes or is_abbreviation(token.text)) and (end := club_end(claims, i + 1)) > i + 1:
            start = i - 1 if i > 0 and claims.words[i - 1].text[:-1].isdigit() else i
            claims.add(start, end, "ORG")
        elif token.text in prefixes and (nxt := claims.word(i + 1)) is not None and nxt.capitalised:
            claims.add(i, i + 2, "ORG")
        elif is_acronym(token.text) and not counted(claims, i):
            add_acronym(claims, i)


def club_end(claims: Claims, position: int) -> int:
    """End of a club's or institute's name after its abbreviation: up to a town, then a year number
    ("SV Werder Bremen", "TU Berlin", "FC Schalke 04"); `position` if no town follows."""
    for end in range(position, min(position + claims.windows.club_words, len(claims.words))):
        token = claims.words[end]
        if not token.capitalised:
            break
        entry = gazetteer.lookup([token.text])
        if entry is not None and entry.kind == "city":
            number = claims.word(end + 1)
            return end + 2 if number is not None and number.text.isdigit() and len(number.text) in (2, 4) else end + 1
    return position


def add_headed(claims: Claims, i: int, needs_name: bool) -> None:
    """An organisation around a head word: capitalised adjectives and coordinated first parts before
    ("Industrie- und Handelskammer"), "für X", a name or "zu" and a place after ("Handelskammer zu Leipzig")."""
    first = coordinated_start(claims, i)
    start = first
    while start > 0 and claims.words[start - 1].capitalised and claims.words[start - 1].tag_ in ("ADJA", "NE"):
        start -= 1
    end = i + 1
    after = claims.word(end)
    if after is not None and after.text == "für":
        name_end = end + 1
        while (token := claims.word(name_end)) is not None and (token.capitalised or token.text == "und") \
                and name_end - end < claims.windows.head_name_words:
            name_end += 1
        if name_end > end + 1 and claims.words[name_end - 1].text != "und":
            end = name_end
    elif after is not None and after.name_like and after.tag_ == "NE":
        end += 1
    elif after is not None and after.text == "zu" and (place := claims.word(end + 1)) is not None and \
            place.capitalised and (place.tag_ == "NE" or place.listed is not None and place.listed.label == "LOC"):
        end += 2
    before = claims.word(start - 1)
    named = first < i and not (before is not None and before.text.lower() in INDEFINITE)
    if needs_name and end == i + 1 and start == first and not named:
        return
    claims.add(start, end, "ORG")


def coordinated_start(claims: Claims, i: int) -> int:
    """First word of truncated compounds coordinated with the head: "Industrie- und Handelskammer",
    "Bund-, Länder- und Gemeindekommission" (`i` if there are none)."""
    start = i
    while start >= 2 and claims.words[start - 1].text in COORDINATORS and truncated(claims.words[start - 2]):
        start -= 2
    return start


def truncated(word: Word) -> bool:
    """A capitalised first part of a compound cut off before "und": "Industrie-", "Bund-"."""
    return word.capitalised and word.text.endswith("-") and len(word.text) > 2


def counted(claims: Claims, i: int) -> bool:
    """An acronym next to a number is a unit, a type or a thing counted, not an organisation: "121,5 MHz",
    "drei Moleküle ATP", "KEL 1"."""
    before, after = claims.word(i - 1), claims.word(i + 1)
    return any(word is not None and word.pos_ == "NUM" for word in (before, after))


def add_acronym(claims: Claims, i: int) -> None:
    """An acronym is an organisation ("CNN", "NATO Response Force"); a word in capitals is the word itself:
    a listed name keeps its label ("TOKIO", "SPIEGEL"), a common word ("KLEINE") is no name."""
    word = claims.words[i].text.capitalize()
    entry = gazetteer.lookup([word]) if len(word) >= WORD_LENGTH else None
    if entry is not None:
        claims.add(i, i + 1, entry.label, entry.canonical)
        return
    if len(word) >= WORD_LENGTH and known_noun(word):
        return
    end = i + 1
    while (nxt := claims.word(end)) is not None and nxt.text in lexicon("gazetteer/org_words.txt"):
        end += 1
    claims.add(i, end, "ORG")
