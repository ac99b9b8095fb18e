"""Entity rules 1-3: quoted names, names from the lists, named events, names after a descriptor noun."""
from __future__ import annotations

from spacy.tokens import Token

from . import gazetteer
from .entity_claims import Claims
from .marks import PAIRS, opens
from .name_cues import FUNCTION_POS, LOCATIVE, capitalised, strip_genitive, unknown_name
from .tagger import known_word


def find_quoted_names(claims: Claims) -> None:
    """Rule 1: a quoted name after a noun. After a word for a work, any title: der Film „Das Parfum“ (MISC);
    after another noun, a short name: die Raumfähre „Discovery“ (MISC), die Zeitung „Bild“ (ORG, see rules 3, 5)."""
    for i, token in enumerate(claims.words[1:], start=1):
        cue = claims.words[i - 1]
        if token.text not in PAIRS or cue.pos_ != "NOUN" or not opens(claims.text, token.idx):
            continue
        ends = range(i + 2, min(i + 2 + claims.windows.title_words, len(claims.words)))
        close = next((j for j in ends if claims.words[j].text in PAIRS[token.text]), None)
        if close is None or not capitalised(claims.words[i + 1]):
            continue
        if gazetteer.is_work(cue.text):
            claims.add(i + 1, close, "MISC")
        elif close - i <= claims.windows.quoted_name_words and any(unknown_name(w) for w in claims.words[i + 1:close]):
            organisation = gazetteer.org_head(strip_genitive(cue.text.lower()))
            claims.add(i + 1, close, gazetteer.described_label(cue.text) or ("ORG" if organisation else "MISC"))


def find_listed(claims: Claims, min_words: int, max_words: int) -> None:
    """Rules 2 and 6: names from the lists, longest match first."""
    i = 0
    while i < len(claims.words):
        step = 1
        if not (claims.words[i].text[:1].isupper() or claims.words[i].text in gazetteer.lowercase_starts()):
            i += 1
            continue
        longest = min(max_words, len(claims.words) - i, gazetteer.max_words_from(claims.words[i].text))
        for length in range(longest, min_words - 1, -1):
            tokens = claims.words[i:i + length]
            entry = gazetteer.lookup([t.text for t in tokens])
            if entry and plausible(claims, i, tokens, entry) and \
                    claims.add(i, i + length, entry.label, entry.canonical):
                step = length
                break
        i += step


def plausible(claims: Claims, i: int, tokens: list[Token], entry: gazetteer.Entry) -> bool:
    """Listed names must look like names, not sentence-initial function words ("Seine Witwe"). A one-word
    city must be tagged as one, be unknown to the tagger's lexicon, or follow "in"; and no article may
    precede it: "das Essen" is food, "in Essen" a town."""
    if not (capitalised(tokens[0]) or entry.kind in ("org", "misc")) or (
            tokens[0].pos_ in FUNCTION_POS and tokens[0].is_sent_start):
        return False
    if len(tokens) > 1 or entry.kind != "city":
        return True
    before = claims.word(i - 1)
    if before is not None and before.pos_ == "DET":
        return False
    return (tokens[0].tag_ == "NE" or not known_word(tokens[0].text)
            or (before is not None and before.text.lower() in LOCATIVE))


def find_named_events(claims: Claims) -> None:
    """Rule 2, second part: a capitalised adjective mid-sentence before an event noun: "das Pariser Abkommen"."""
    for i, token in enumerate(claims.words[1:-1], start=1):
        head = claims.words[i + 1]
        if token.tag_ == "ADJA" and capitalised(token) and not token.is_sent_start and \
                claims.words[i - 1].text not in ("„", "\"", "(", ":") and gazetteer.is_event_head(head.text):
            claims.add(i, i + 2, "MISC")


def find_described(claims: Claims) -> None:
    """Rule 3: an unknown name after a noun that says what it is: "die Gemeinde X" (LOC), "der Konzern X" (ORG)."""
    for i, token in enumerate(claims.words[:-1]):
        label = capitalised(token) and gazetteer.described_label(token.text)
        end = i + 1
        while label and (nxt := claims.word(end)) is not None and end - i <= claims.windows.described_words \
                and unknown_name(nxt):
            end += 1
        if label and end > i + 1:
            claims.add(i + 1, end, label)
