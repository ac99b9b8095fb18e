"""Entity rule 4: persons after a role or speech verb, after a first name, or as two unknown names."""
from __future__ import annotations

from . import gazetteer
from .entity_claims import Claims
from .lexicon import lexicon
from .name_cues import LOCATIVE, NAME_PARTICLES, PREFIX_PARTICLES, is_acronym, run_label
from .tagger import known_word


def find_persons(claims: Claims) -> None:
    """Rule 4: role + name, first name + surname, speech verb + name, two unknown names."""
    for i, token in enumerate(claims.words):
        if token.person_cue:
            claims.add(i + 1, person_end(claims, i + 1, cued=True), "PER")
        elif token.capitalised and token.first_name:
            end = person_end(claims, i)
            if end > i + 1:  # "Anna Muster", but "Matthew Humberstone School" is a school ("Anthony Lake" a person)
                if (after := claims.word(end)) is not None and after.text in lexicon("gazetteer/org_words.txt"):
                    end += 1  # "die Dave Muster Band"
                organisation = run_label(tuple(w.text for w in claims.words[i:end])) == "ORG"
                claims.add(i, end, "ORG" if organisation else "PER")
        elif token.tag_ == "NE" and token.name_like and i > 0 and (nxt := claims.word(i + 1)) is not None \
                and claims.words[i - 1].text.lower() not in LOCATIVE:  # "nach Sao Tomé" is a place (rule 8)
            if nxt.tag_ == "NE" and nxt.name_like and not gazetteer.lookup([token.text]) \
                    and not is_acronym(token.text):
                end = person_end(claims, i)
                claims.add(i, end, run_label(tuple(w.text for w in claims.words[i:end])) or "PER")


def person_end(claims: Claims, position: int, cued: bool = False) -> int:
    """End of a person's name from `position` (or `position` if there is none).

    A name is a first word tagged as a name, a listed first name or, after a role or speech verb
    (`cued`), any word the lexicon does not know; then capitalised words (after a first name any
    surname, "Anna Kocht"), particles like "von" or "al-", and an editorial bracket: "(der Ministerin Anna) Muster".
    """
    first = claims.word(position)
    if first is None or not first.name_like or not (
            first.tag_ == "NE" or first.first_name or cued and first.unknown_name):
        return position
    end = position + 1
    while end - position < claims.windows.person_words:
        token, after = claims.word(end), claims.word(end + 1)
        if token is not None and claims.words[end - 1].first_name and token.surname_like:
            end += 1
        elif token is not None and token.name_like and (
                token.tag_ == "NE" or end == position + 1 and token.unknown_name):
            end += 1
        elif token is not None and token.text.startswith(PREFIX_PARTICLES) and token.text[3:4].isupper():
            end += 1
        elif token is not None and token.text in NAME_PARTICLES and after is not None and after.name_like and \
                (after.tag_ == "NE" or not known_word(after.text)):
            end += 2
        elif token is not None and token.text == ")" and after is not None and after.name_like and \
                editorial_bracket(claims, position):
            end += 2
        else:
            break
    return end


def editorial_bracket(claims: Claims, position: int) -> bool:
    """Whether a bracket opened shortly before the name holds only an article, adjectives and a role:
    "(dem ukrainischen Präsidenten Anna) Muster", not "(gemeinsam mit Anna) Muster"."""
    before = claims.words[max(0, position - claims.windows.bracket_lookback):position]
    opening = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == "("), None)
    return opening is not None and all(w.pos_ in ("DET", "ADJ") or gazetteer.is_role(w.text)
                                       for w in before[opening + 1:])
