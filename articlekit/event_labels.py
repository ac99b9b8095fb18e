"""Short German labels for timeline events: who or what, and the verb ("die Ministerin lobte den Plan").

Labels are built from the words of the text, reordered as a main clause where the text has a
subordinate one ("der ... einen Rekordhoch erreicht hat" -> "Handel hat einen Rekordhoch erreicht").
A clause without a full verb or an event noun gives no label: it names no event.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from .grammar import finite_verb, is_finite, noun_phrase
from .lexicon import lexicon

LABEL_WORDS = 8  # longest label, in words
COORDINATION_WINDOW = 2  # words after "und" that may hold the verb of a second clause
FRAME_OPENERS = ("laut", "zufolge")  # "laut chinesischen Daten": a source, not part of the event
FRAME_NOUNS = ("angabe", "angaben", "meinung", "ansicht", "auffassung")  # "nach Angaben des ...", "seiner Meinung nach"
SUBJECT_PRONOUNS = ("er", "sie")  # resolved to the speaker inside a statement
DROPPED_TAGS = ("ADV", "ADJD", "PAV", "PROAV", "KOUS", "KOUI", "PWAV", "ITJ", "PTKA")
OPENERS = ("KON", "KOUS", "KOUI")  # "und", "dass", "um": dropped at the start of a clause


def event_noun(token: Token) -> bool:
    """A noun that names an event (articlekit/data/event_nouns.txt), also as the end of a compound by its lemma
    ("Video-Konferenz" ends in "konferenz"; "Sicherheitskreise" is "Sicherheitskreis", no "Reise")."""
    if token.pos_ not in ("NOUN", "PROPN"):  # a compound alone may be tagged as a name ("Innenministerkonferenz")
        return False
    return names_event(token.text, token.lemma_)


@lru_cache(maxsize=200_000)
def names_event(text: str, lemma: str) -> bool:
    """Whether a noun's form or lemma names an event: asked for every noun of every clause, so cached."""
    text, lemma = text.lower().replace("-", ""), lemma.lower().replace("-", "")
    nouns = lexicon("event_nouns.txt")
    return text in nouns.entries or nouns.match(lemma) is not None


def is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space or token.text in ("„", "“", "‚", "‘", "»", "«"))


def without_frames(tokens: list[Token]) -> list[Token]:
    """The clause without source frames ("laut chinesischen Daten", "nach Angaben des Amtes")."""
    kept, i = [], 0
    while i < len(tokens):
        lower = tokens[i].text.lower()
        next_lower = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        if lower in FRAME_OPENERS or (lower == "nach" and next_lower in FRAME_NOUNS):
            i += 1 + len(noun_phrase(tokens, i + 1))
            continue
        if tokens[i].tag_ == "PPOSAT" and next_lower in FRAME_NOUNS:  # "seiner Meinung nach"
            i += 3
            continue
        kept.append(tokens[i])
        i += 1
    return kept


def subject_at(words: list[Token], start: int, speaker: str | None) -> tuple[list[str], int]:
    """The subject words at a position (a noun phrase or pronoun; er/sie as the speaker) and where it ends."""
    if start >= len(words):
        return [], start
    if words[start].tag_ in ("PPER", "PIS", "PDS"):
        pronoun = words[start].text
        return [speaker if speaker and pronoun.lower() in SUBJECT_PRONOUNS else pronoun], start + 1
    phrase = noun_phrase(words, start, genitive=False)
    if not phrase or phrase[-1].tag_ not in HEADS:
        return [], start
    return [spelled(t) for t in phrase], start + len(phrase)


GENITIVE_ARTICLES = ("des", "eines")  # "die Einladung des Ausschusses": an attribute, not a new phrase
HEADS = ("NN", "NE", "PPER", "PIS", "PDS")  # what a subject or object phrase must end in


def phrase_starts(rest: list[Token], k: int) -> bool:
    """A noun phrase of its own starts here: not after a preposition, not a genitive attribute ("des Landes")."""
    token, inside = rest[k], ("DET", "ADJ", "NOUN", "PROPN", "NUM")
    if k == 0:
        return token.pos_ != "ADP"
    if rest[k - 1].pos_ == "ADP":
        return False
    if token.pos_ == "DET":
        return token.lower_ not in GENITIVE_ARTICLES
    return token.pos_ in inside and rest[k - 1].pos_ not in inside


def object_words(rest: list[Token], budget: int) -> list[str]:
    """The first plain noun phrase of the middle field (else the first with its preposition), within the budget."""
    starts = [k for k in range(len(rest)) if phrase_starts(rest, k)]
    prepositional = [k for k, t in enumerate(rest[:-1]) if t.tag_ in ("APPR", "APPRART")]
    for start, lead in [(k, 0) for k in starts] + [(k + 1, 1) for k in prepositional[:1]]:
        phrase = list(rest[start - lead:start]) + noun_phrase(rest, start)
        phrase = phrase[:budget]
        while phrase and phrase[-1].tag_ not in HEADS:
            phrase = phrase[:-1]
        if len(phrase) > lead:
            return [spelled(t) for t in phrase]
    return []


def spelled(token: Token) -> str:
    """A word as inside a sentence: a capital only the sentence start gave it is dropped ("In" -> "in")."""
    if token.is_sent_start and token.tag_ not in ("NN", "NE") and token.text[:1].isupper():
        return token.text.lower()
    return token.text


def first_clause_words(words: list[Token]) -> list[Token]:
    """The words up to a second coordinated clause ("kümmerte sich um X und fuhr ...")."""
    seen_verb = False
    for k, token in enumerate(words):
        verb_follows = any(t.tag_.startswith("V") for t in words[k + 1:k + 1 + COORDINATION_WINDOW])
        if token.tag_ == "KON" and seen_verb and verb_follows \
                and not linking(words, k):
            return words[:k]
        seen_verb = seen_verb or token.tag_.startswith("V")
    return words


def clause_label(clause: Sequence[Token], skip: set[int], antecedent: str | None = None,
                 speaker: str | None = None) -> str | None:
    """A short main-clause label of a clause, leaving out the tokens in `skip` (time expressions)."""
    words = without_frames([t for t in clause if t.i not in skip and is_word(t)])
    while words and words[0].tag_ in OPENERS:
        words = words[1:]
    subject: list[str] = []
    if words and words[0].tag_ in ("PRELS", "PRELAT"):
        if not antecedent:
            return None
        words, subject = words[1:], [antecedent]
    words = first_clause_words([t for t in words if t.tag_ not in DROPPED_TAGS])
    if not any(t.tag_.startswith("VV") or event_noun(t) for t in words):
        return None
    finite = finite_verb(words)
    verbs = [t for k, t in enumerate(words) if t.tag_.startswith("V") and t is not finite
             or t.tag_ in ("PTKVZ", "PTKZU") or linking(words, k)]
    rest = [t for t in words if t is not finite and t not in verbs]
    if not subject:
        lead = finite_neighbour(words, finite)
        subject, end = subject_at(rest, rest.index(lead), speaker) if lead in rest else ([], 0)
        rest = rest[:rest.index(lead)] + rest[end:] if subject else rest
    if not subject:
        return None  # no one who acts: not a label
    budget = LABEL_WORDS - len(subject) - len(verbs) - (finite is not None)
    label = subject + ([finite.text] if finite else []) + object_words(rest, budget) + [spelled(t) for t in verbs]
    return " ".join(label)


def linking(words: list[Token], k: int) -> bool:
    """ "und" between two verbs ("reden und sehen")."""
    return 0 < k < len(words) - 1 and words[k].tag_ == "KON" and words[k - 1].tag_.startswith("V") \
        and words[k + 1].tag_.startswith("V")


def finite_neighbour(words: list[Token], finite: Token | None) -> Token | None:
    """Where the subject stands: first in a clause (V2 or verb-final), else right after the finite verb."""
    if finite is None or not words:
        return None
    first = words[0]
    if first is not finite and first.tag_ in ("PPER", "NN", "NE", "ART", "ADJA", "PIAT", "PDAT", "PPOSAT", "PIS"):
        return first
    after = words.index(finite) + 1
    return words[after] if after < len(words) else None


def last_phrase(tokens: list[Token]) -> list[Token]:
    """The last of several noun phrases run together ("Dresden eine Schule" -> "eine Schule")."""
    articles = [k for k, t in enumerate(tokens) if t.tag_ == "ART" and k > 0]
    return tokens[articles[-1]:] if articles else tokens


def antecedent_of(sentence_tokens: Sequence[Token], clause_start: int) -> str | None:
    """The head noun a relative clause refers to: the last noun phrase before its comma, or the one before
    that if it is a prepositional attribute ("den Handel zwischen den beiden Ländern, der ...")."""
    end = clause_start - 1 if clause_start > 0 and sentence_tokens[clause_start - 1].text == "," else clause_start
    phrase = last_phrase(noun_phrase(sentence_tokens, end, forward=False))
    begin = end - len(phrase)
    if phrase and begin > 0 and sentence_tokens[begin - 1].tag_ in ("APPR", "APPRART"):
        phrase = last_phrase(noun_phrase(sentence_tokens, begin - 1, forward=False)) or phrase
    head = next((t for t in phrase if t.tag_ in ("NN", "NE")), None)
    return head.text if head else None


def speech_label(who: str, cue_tokens: list[Token], clause: Sequence[Token], content: list[Token] | None,
                 cue_lemma: str) -> str:
    """ "Die Ministerin hat erklärt", "Der Verband lobte den neuen Plan", "Merkel hat zum Ausdruck gebracht"."""
    verb = next((t for t in cue_tokens if t.tag_.startswith("V")), None)
    if verb is None:
        return f"Aussage von {who}"
    head = [verb.text] if is_finite(verb) else [t.text for t in clause if is_finite(t)][:1]
    particle = [t.text for t in clause if t.tag_ == "PTKVZ" and cue_lemma.startswith(t.text.lower())]
    extra = cue_lemma.split()[:-1]  # "zum Ausdruck bringen" -> "zum Ausdruck"
    thing = object_words(first_clause(content), LABEL_WORDS - 3) if content else []
    tail = extra + ([] if is_finite(verb) else [verb.text]) + particle
    return " ".join([who] + head + thing + tail)


def first_clause(content: list[Token]) -> list[Token]:
    """The content up to its first comma, without a leading prepositional phrase when a noun phrase follows."""
    words = []
    for token in content:
        if token.text in (",", ".", ";", ":"):
            break
        if is_word(token):
            words.append(token)
    if words and words[0].tag_ in ("APPR", "APPRART"):
        phrase = noun_phrase(words, 1)
        if 1 + len(phrase) < len(words):
            return words[1 + len(phrase):]
    return words
