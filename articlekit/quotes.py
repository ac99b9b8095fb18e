"""Quotations and reported speech: who says what, how (the cue) and through whom (the source).

Four kinds, as in journalism classes:
- direct:   a full quotation in quotation marks („Wir bleiben dabei“, sagte die Ministerin);
- partial:  a few words in quotation marks without a finite verb (zu „neuen Höhen“ führen);
- indirect: a speech verb with a dass/ob clause or a zu-infinitive, a frame such as "laut X"
            or "wie aus X hervorgeht", or a sentence in Konjunktiv I that continues one;
- reported: a speech act without its content (Die Ministerin lobte den Handel).
Word lists: articlekit/data/speech_verbs.tsv (cue verbs) and articlekit/data/speech_frames.toml (frames, sources).
"""
from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import gazetteer
from .article import in_spans
from .marks import PAIRS, QUOTE_CHARS, opens
from .resources import settings, table, word_list

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
MAX_CONTINUATION_SENTENCES = 4  # sentences between attributed speech and a Konjunktiv sentence continuing it
MAX_WIE_CLAUSE = 20  # words from "wie" to its cue: "Wie Anna Muster, Sprecherin der Stadt, am Montag mitteilte"
OBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem"})  # never start a subject
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})


@dataclass
class Quote:
    """One attributed statement; offsets index the article text."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    source: str | None = None

    def record(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Cue verb lemma -> its kind (neutral, wertend, denkend ...)."""
    return {row["lemma"]: row["art"] for row in table("speech_verbs.tsv")}


def frames() -> dict:
    return settings("speech_frames.toml")


def without_article(tokens) -> str:
    """A noun phrase as a name for its speaker: "Die Polizei" -> "Polizei", "Beide Staatsoberhäupter" stays."""
    words = list(tokens)
    while words and words[0].tag_ == "ART":
        words = words[1:]
    return " ".join(t.text for t in words)


def is_speaker_noun(token: Token) -> bool:
    """A noun for someone who can speak: a role (Sprecherin) or a group or institution (die Polizei)."""
    lower = token.lemma_.lower()
    return gazetteer.is_role(lower) or any(lower.endswith(end) or token.text.lower().endswith(end)
                                           for end in word_list("speaker_nouns.txt"))


# ---------------------------------------------------------------- quotation marks

def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """Outermost pairs of quotation marks as (start, end) character offsets, marks included.

    A stack pairs each closing mark with the latest compatible opening one. German style repeats
    the opening mark at the start of each paragraph of a long quotation; such a mark continues the
    open quotation. Marks that never close are ignored (the text is not changed).
    """
    stack: list[tuple[str, int]] = []
    pairs = []
    for index, char in enumerate(text):
        if char not in QUOTE_CHARS:
            continue
        if stack and char in PAIRS[stack[-1][0]] and not (opens(text, index) and char not in "“”"):
            _, start = stack.pop()
            if not stack:
                pairs.append((start, index + 1))
        elif char in PAIRS and opens(text, index) and char not in "’'":
            at_line_start = index == 0 or text[index - 1] == "\n"
            if not (at_line_start and stack):
                stack.append((char, index))
    return pairs


# ---------------------------------------------------------------- finding cues and speakers

class QuoteFinder:
    """Finds the quotes of one parsed article, sentence by sentence."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int]] | None = None):
        self.doc = doc
        self.text = doc.text  # doc.text is rebuilt on every access
        self.entity_of = {token.i: entity for entity in doc.ents for token in entity}
        self.persons = [entity for entity in doc.ents if entity.label_ == "PER"]
        self.frames = frames()
        self.frame_nouns = tuple(noun.lower() for noun in self.frames["after_nach"])
        self.verbs = speech_verbs()
        self.quoted = pair_quote_marks(self.text)
        self.quote_starts = [start for start, _ in self.quoted]
        self.sentence_starts = [sentence.start_char for sentence in doc.sents]
        self.paragraphs = paragraphs
        self.quotes: list[Quote] = []
        self.attributed: list[tuple[int, int]] = []  # (end, index in self.quotes), sorted

    # -- helpers on tokens

    def in_quote(self, token: Token) -> bool:
        """Whether a token lies inside a pair of quotation marks (pairs are sorted and disjoint)."""
        index = bisect.bisect_right(self.quote_starts, token.idx) - 1
        return index >= 0 and token.idx < self.quoted[index][1]

    def in_body(self, sentence: Span) -> bool:
        """Only sentences of paragraphs count (not headings, bylines or page furniture)."""
        return self.paragraphs is None or in_spans(self.paragraphs, sentence.start_char)

    @staticmethod
    def words(sentence: Span) -> list[Token]:
        return [token for token in sentence if not token.is_space]

    def add(self, quote: Quote) -> None:
        """Keep a quote; attributed ones are also indexed by their end for Konjunktiv continuations."""
        self.quotes.append(quote)
        if quote.kind != "partial":
            bisect.insort(self.attributed, (quote.end, len(self.quotes) - 1))

    def quote(self, first: Token, last: Token, kind: str, **fields) -> Quote:
        """A Quote from first to last token (inclusive)."""
        start, end = first.idx, last.idx + len(last.text)
        return Quote(start, end, self.text[start:end], kind, **fields)

    # -- cue verbs

    def cue_of(self, token: Token, words: list[Token]) -> tuple[str, list[Token]] | None:
        """The cue lemma of a finite or participle speech verb (particle re-attached), with its tokens."""
        if token.pos_ != "VERB" or token.tag_ not in ("VVFIN", "VVPP") or self.in_quote(token):
            return None
        after = words[words.index(token) + 1:]
        particle = next((t for t in after if t.tag_ == "PTKVZ"), None) if token.tag_ == "VVFIN" else None
        if particle is not None and particle.text.lower() + token.lemma_ in self.verbs:
            return particle.text.lower() + token.lemma_, [token, particle]
        for phrase, verb in self.frames["phrases"]:
            if token.lemma_ == verb and phrase in " ".join(t.text for t in words):
                phrase_tokens = [t for t in words if t.text in phrase.split() and not self.in_quote(t)]
                return f"{phrase} {verb}", [token] + phrase_tokens
        if token.lemma_ in self.verbs and particle is None:
            return token.lemma_, [token]
        return None

    def finite_of(self, cue: Token, words: list[Token]) -> Token:
        """The finite verb of the cue's clause: the cue itself, or the auxiliary before a participle."""
        if cue.tag_ == "VVFIN":
            return cue
        before = [t for t in words if t.i < cue.i and t.tag_ in ("VAFIN", "VMFIN")]
        return before[-1] if before else cue

    # -- speakers

    def speaker_near(self, finite: Token, words: list[Token], content_start: int | None = None,
                     plain_subject: bool = True) -> dict:
        """The subject of a speech verb: right after the finite verb ("sagte Muster"), else before it; with
        `plain_subject` also a noun phrase that is neither name nor role ("Das Komitee räumte ein, dass ...")."""
        if mention := self.speaker_after(finite, words, content_start):
            return mention
        position = words.index(finite)
        start = self.subject_start(words, position)
        candidates, depth = [], 0
        for token in reversed(words[start:position]):
            depth += (token.text == ")") - (token.text == "(")
            if depth == 0 and token.text != "(" and not self.after_preposition(token, words):
                candidates.append(token)
        named = [t for t in candidates if t.ent_type_ == "PER"]  # "Anna Muster, die Sprecherin, sagte": the name
        for token in named + candidates:
            if mention := self.mention_at(token):
                return mention
        return self.subject_phrase(words[start:position]) if plain_subject else {}

    def speaker_after(self, finite: Token, words: list[Token], content_start: int | None = None) -> dict:
        """The subject right after the finite verb, past adverbs: "sagte gestern die Ministerin"."""
        position = words.index(finite)
        for token in words[position + 1:position + 5]:
            if content_start is not None and token.i >= content_start or token.text.lower() in OBJECT_ARTICLES:
                break  # "forderte den Minister auf": an object, the subject stands before the verb
            if mention := self.mention_at(token):
                return mention
            if token.pos_ not in ("ADV", "PART", "DET", "ADJ"):
                break
        return {}

    @staticmethod
    def subject_start(words: list[Token], position: int) -> int:
        """Where the subject before a verb may start: the clause start, reaching back over an apposition or a
        bracket right before the verb ("Anna Muster, die Sprecherin, sagte"; "Anna Muster (Grüne) sagte")."""
        start = position
        while start > 0 and words[start - 1].text not in CLAUSE_BREAKS:
            start -= 1
        if start == position and position > 1 and words[position - 1].text in (",", ")"):
            start -= 1
            while start > 0 and words[start - 1].text not in CLAUSE_BREAKS | {"("} and position - start < 10:
                start -= 1
            start = max(start - 1, 0) if words[start - 1].text in (",", "(") else start
            while start > 0 and words[start - 1].text not in CLAUSE_BREAKS and position - start < 14:
                start -= 1
        return start

    def subject_phrase(self, phrase: list[Token]) -> dict:
        """A plain noun phrase as subject when no name or role is there: "Das Organisationskomitee räumte ein"."""
        if not phrase or any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for t in phrase) or \
                phrase[-1].pos_ not in ("NOUN", "PROPN") or self.in_quote(phrase[0]):
            return {}
        return {"speaker": without_article(phrase), "speaker_start": phrase[0].idx,
                "speaker_end": phrase[-1].idx + len(phrase[-1].text)}

    def after_preposition(self, token: Token, words: list[Token]) -> bool:
        """Whether the noun phrase of a token starts with a preposition ("mit Xi", "mit dem Präsidenten")."""
        return self.preposition_of(token, words) is not None

    def preposition_of(self, token: Token, words: list[Token]) -> str | None:
        """The preposition that opens the token's noun phrase, lower-cased, or None."""
        index = words.index(token)
        while index > 0 and words[index - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN") and \
                words[index - 1].text.lower() not in self.frames["not_speakers"]:
            index -= 1
        if index > 0 and words[index - 1].tag_ in ("APPR", "APPRART"):
            return words[index - 1].text.lower()
        return None

    def mention_at(self, token: Token) -> dict:
        """A speaker mention at a token: a name, a pronoun, or a noun phrase headed by a role or source."""
        if self.in_quote(token):
            return {}
        entity = self.entity_of.get(token.i)
        if entity is not None and entity.label_ in ("PER", "ORG", "LOC"):
            start = self.phrase_start(entity[0])
            end = self.phrase_end(entity.end)
            return {"speaker": entity._.canonical, "speaker_start": self.doc[start].idx, "speaker_end": self.doc[end - 1].idx + len(self.doc[end - 1].text)}
        lower = token.text.lower()
        if token.tag_ == "PPER" and lower in ("er", "sie", "wir"):
            resolved = self.resolve_pronoun(token)
            return {"speaker": resolved, "speaker_start": token.idx, "speaker_end": token.idx + len(token.text)}
        if token.pos_ == "NOUN" and (is_speaker_noun(token) or token.text in self.frames["source_nouns"]):
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if following is not None and gazetteer.is_role(token.lemma_) and following.ent_type_ == "PER":
                return self.mention_at(following)  # "die Ministerin Anna Muster"
            return self.noun_mention(token)
        return {}

    def phrase_start(self, token: Token) -> int:
        """Extend a speaker mention leftwards over its article, adjectives and role nouns."""
        i = token.i
        while i > 0 and (self.doc[i - 1].pos_ in ("DET", "ADJ") or gazetteer.is_role(self.doc[i - 1].lemma_)) \
                and not self.doc[i - 1].is_space and self.doc[i - 1].tag_ not in ("PDS", "PIS", "PPER"):
            i -= 1
        return i

    def phrase_end(self, end: int) -> int:
        """Extend a speaker mention rightwards over a bracket ("(Grüne)") and a named apposition (", Anna Muster")."""
        doc = self.doc
        if end < len(doc) and doc[end].text == "(":
            close = next((i for i in range(end + 1, min(end + 6, len(doc))) if doc[i].text == ")"), None)
            if close is not None:
                end = close + 1
        if end + 1 < len(doc) and doc[end].text == ",":
            entity = self.entity_of.get(end + 1)
            if entity is not None and entity.start == end + 1 and entity.label_ == "PER" and \
                    (entity.end >= len(doc) or doc[entity.end].is_punct):
                end = entity.end
        return end

    def noun_mention(self, token: Token) -> dict:
        """A role noun ("ein Sprecher") or a channel ("die Mitteilung des Ministeriums") as speaker or source."""
        start = self.phrase_start(token)
        end = token.i + 1
        genitive = self.doc[end:end + 4]
        entity = None
        if len(genitive) and genitive[0].tag_ == "ART" and genitive[0].text.lower() in ("des", "der"):
            for t in genitive[1:]:
                end = t.i + 1
                entity = self.entity_of.get(t.i, entity)
                if t.pos_ in ("NOUN", "PROPN"):
                    break
        end = self.phrase_end(end)
        phrase = self.doc[start:end]
        is_source = token.text in self.frames["source_nouns"]
        head = self.doc[token.i:end].text
        mention = {"speaker": entity._.canonical if entity is not None else (None if is_source else without_article(phrase)),
                   "speaker_start": phrase.start_char, "speaker_end": phrase.end_char}
        if is_source:
            mention["source"] = head
        return mention

    def resolve_pronoun(self, pronoun: Token) -> str | None:
        """The nearest earlier person not inside a prepositional phrase (then any earlier person)."""
        before = bisect.bisect_left([e.end for e in self.persons], pronoun.i + 1)
        persons = [e for e in self.persons[max(0, before - 30):before] if not self.in_quote(e[0])]  # recent ones suffice
        for entity in reversed(persons):
            start = self.phrase_start(entity[0])
            if start == 0 or self.doc[start - 1].tag_ not in ("APPR", "APPRART"):
                return entity._.canonical
        return persons[-1]._.canonical if persons else None

    # -- the four kinds

    def find(self) -> list[Quote]:
        """All quotes of the document, in text order."""
        self.find_direct()
        self.direct_cues = {q.cue_start for q in self.quotes}
        for sentence in self.doc.sents:
            if self.in_body(sentence) and self.words(sentence):
                self.find_in_sentence(sentence)
        self.inherit_speakers()
        return sorted(self.quotes, key=lambda q: (q.start, -q.end))

    def find_direct(self) -> None:
        """Quotation marks: direct when a finite verb is inside, else partial; attributed where possible."""
        for start, end in self.quoted:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            inner = [t for t in span if not t.is_space and t.text not in QUOTE_CHARS]
            kind = "direct" if any(t.tag_ in FINITE_TAGS for t in inner) else "partial"
            quote = Quote(start, end, self.text[start:end], kind)
            if kind == "direct" or len(inner) > 3:
                self.attribute_direct(quote, span)
            self.add(quote)

    def attribute_direct(self, quote: Quote, span: Span) -> None:
        """Find cue and speaker after the quote (", sagte X"), before it ("X sagte: "), or in the sentence before."""
        last, first = span[-1], span[0]
        after = [t for t in last.sent if t.i > last.i and not t.is_space]
        before = [t for t in first.sent if t.i < first.i and not t.is_space]
        if after and after[0].text == ",":
            found = self.attribution_in(after[1:6], after)
            if found:
                return self.apply(quote, found)
        if before and before[-1].text in (":", ","):
            found = self.attribution_in(list(reversed(before[:-1]))[:8], before)
            if found:
                return self.apply(quote, found)
        sentence_start = first.sent[0] if not first.sent[0].is_space else first.sent[1] if len(first.sent) > 1 else first
        if first.i <= sentence_start.i + 1 and first.sent.start > 0:
            previous = self.words(self.doc[first.sent.start - 1].sent)
            if previous and previous[-1].text == ":":
                found = self.attribution_in(list(reversed(previous[:-1])), previous)
                if found:
                    return self.apply(quote, found)

    def attribution_in(self, candidates: list[Token], words: list[Token]) -> dict:
        """A cue among candidate tokens ("sagte", "so") and its speaker."""
        for token in candidates:
            if token.text == "so" and token.i == candidates[0].i:
                mention = next((m for t in candidates[1:3] if (m := self.mention_at(t))), {})
                if mention:
                    return {"cue": "so", "cue_start": token.idx, "cue_end": token.idx + 2, **mention}
            cue = self.cue_of(token, words)
            if cue:
                lemma, tokens = cue
                mention = self.speaker_near(self.finite_of(token, words), words)
                return {"cue": lemma, "cue_start": token.idx, "cue_end": token.idx + len(token.text), **mention}
        return {}

    @staticmethod
    def apply(quote: Quote, found: dict) -> None:
        for key, value in found.items():
            setattr(quote, key, value)

    def find_in_sentence(self, sentence: Span) -> None:
        """Indirect and reported speech around cue verbs, frames, and Konjunktiv I continuations."""
        words = self.words(sentence)
        found_here = False
        for token in words:
            cue = self.cue_of(token, words)
            if cue and not self.attributes_direct_quote(token):
                found_here |= self.add_cue_quote(token, cue, words)
        found_here |= self.add_frames(words)
        if not found_here and not self.in_quote(words[0]):
            self.add_continuation(sentence, words)

    def attributes_direct_quote(self, token: Token) -> bool:
        return token.idx in self.direct_cues

    def add_cue_quote(self, token: Token, cue: tuple[str, list[Token]], words: list[Token]) -> bool:
        """Indirect speech (content clause) or reported speech (none) for one cue verb."""
        lemma, cue_tokens = cue
        if (wie := self.wie_clause_start(token, words)) is not None:
            return self.add_wie_quote(words, wie, token, lemma)
        if self.add_trailing_quote(token, lemma, words):
            return True
        finite = self.finite_of(token, words)
        content = self.content_clause(token, words)
        mention = self.speaker_near(finite, words, content[0].i if content else None, plain_subject=bool(content))
        fields = {"cue": lemma, "cue_start": token.idx, "cue_end": token.idx + len(token.text), **mention}
        if content:
            self.add(self.quote(content[0], content[-1], "indirect", **fields))
            return True
        if self.verbs.get(lemma) == "denkend" or lemma.split()[-1] not in self.verbs and " " not in lemma:
            return False
        if not mention or mention.get("speaker_start") is None or self.subject_is_expletive(finite, words):
            return False
        message = self.reported_message(words, finite, token, cue_tokens, mention)
        if message:
            self.add(self.quote(message[0], message[-1], "reported", **fields))
            return True
        return False

    def add_trailing_quote(self, cue: Token, lemma: str, words: list[Token]) -> bool:
        """ "Die Lage sei ernst, sagte Anna Muster.": the clause before ", cue speaker" is what the speaker said."""
        position = words.index(cue)
        if position < 3 or words[position - 1].text != "," or cue.tag_ != "VVFIN":
            return False
        mention = self.speaker_after(cue, words)
        return bool(mention) and self.add_before_comma(words, position - 1, cue, lemma, mention)

    def add_before_comma(self, words: list[Token], comma: int, cue: Token, cue_text: str, fields: dict) -> bool:
        """Indirect speech from the sentence start to a comma, if it is a clause (it has a finite verb)."""
        content = self.until_clause_end(words[:comma], 0)
        if len(content) < 3 or not any(t.tag_ in FINITE_TAGS for t in content) or self.in_quote(content[0]):
            return False
        self.add(self.quote(content[0], content[-1], "indirect", cue=cue_text, cue_start=cue.idx,
                            cue_end=cue.idx + len(cue.text), **fields))
        return True

    @staticmethod
    def wie_clause_start(cue: Token, words: list[Token]) -> int | None:
        """The index of "wie" if the cue ends a clause "wie X mitteilte" (verb-final, so the cue is its last word)."""
        position = words.index(cue)
        end = position + 1
        while end < len(words) and words[end].pos_ in ("AUX", "PART") and words[end].text not in CLAUSE_BREAKS:
            end += 1
        if end < len(words) and words[end].text not in CLAUSE_BREAKS | {".", "!", "?"}:
            return None
        for start in range(position - 1, max(-1, position - MAX_WIE_CLAUSE), -1):
            token = words[start]
            if token.text in (".", ";", ":") or (token.tag_ in FINITE_TAGS and token.pos_ != "AUX"):
                return None
            if token.lower_ == "wie" and (start == 0 or words[start - 1].text in CLAUSE_BREAKS):
                return start
        return None

    def add_wie_quote(self, words: list[Token], wie: int, cue: Token, lemma: str) -> bool:
        """ "Wie die Polizei mitteilte, ...": the rest of the sentence is what the speaker in the wie clause said."""
        clause_end = words.index(cue) + 1
        while clause_end < len(words) and words[clause_end].text not in CLAUSE_BREAKS | {".", "!", "?"}:
            clause_end += 1
        content = self.main_clause(words, wie, clause_end)
        if len(content) < 3:
            return False
        inside = words[wie + 1:words.index(cue)]
        mention = next((m for t in inside if (m := self.mention_at(t)) and not self.after_preposition(t, words)), {})
        self.add(self.quote(content[0], content[-1], "indirect", cue=lemma, cue_start=cue.idx,
                            cue_end=cue.idx + len(cue.text), **mention))
        return True

    def subject_is_expletive(self, finite: Token, words: list[Token]) -> bool:
        position = words.index(finite)
        near = words[max(0, position - 1):position + 2]
        return any(t.text.lower() in self.frames["not_speakers"] and t.tag_ in ("PPER", "PIS") for t in near)

    def content_clause(self, cue: Token, words: list[Token]) -> list[Token]:
        """The dass/ob clause or zu-infinitive after a cue, up to the sentence end or a trailing frame."""
        position = words.index(cue)
        for i in range(position + 1, len(words) - 1):
            token, nxt = words[i], words[i + 1]
            if self.in_quote(token):
                continue
            if token.text == "," and nxt.text.lower() in ("dass", "ob"):
                return self.until_clause_end(words, i + 1)
            if token.text == "," and i == self.clause_end(words, position) and self.konjunktiv_clause(words, i + 1):
                return self.until_clause_end(words, i + 1)  # "sagte, die Lage sei ernst"
            if token.text == "," and self.zu_infinitive_follows(words, i + 1):
                between = words[position + 1:i]
                nouns = [t for t in between if t.pos_ == "NOUN" and not gazetteer.is_role(t.lemma_)
                         and self.preposition_of(t, words) not in self.frames["adverbial_prepositions"]]
                if all(t.text in self.frames["content_nouns"] for t in nouns):
                    return self.until_clause_end(words, i + 1)
                return []
            if token.text in (".", "!", "?", ";"):
                break
        return []

    @staticmethod
    def clause_end(words: list[Token], position: int) -> int:
        """Index of the first comma after `position` (or the sentence length)."""
        return next((i for i in range(position + 1, len(words)) if words[i].text == ","), len(words))

    def konjunktiv_clause(self, words: list[Token], start: int) -> bool:
        """Whether the clause from `start` has a finite verb in Konjunktiv I (a dass-less reported clause)."""
        for token in words[start:]:
            if token.text in (",", ".", ";", "!", "?"):
                return False
            if self.is_konjunktiv(token) and token.text.lower() not in self.frames["konjunktiv_2"]:
                return True
        return False

    @staticmethod
    def zu_infinitive_follows(words: list[Token], start: int) -> bool:
        """Whether the clause from `start` ends in a zu-infinitive (zu führen, beizutragen)."""
        for token in words[start:]:
            if token.text in (",", ".", ";", "!", "?") and not token.is_space:
                return False
            if token.tag_ == "VVIZU" or token.tag_ == "PTKZU":
                return True
        return False

    def until_clause_end(self, words: list[Token], start: int) -> list[Token]:
        """Tokens from `start` to the end of the sentence, without final punctuation or a trailing frame."""
        end = len(words)
        while end > start and words[end - 1].is_punct and not self.in_quote(words[end - 1]):
            end -= 1
        frame = self.trailing_frame_start(words, start, end)
        if frame is not None:
            end = frame
            while end > start and words[end - 1].is_punct and not self.in_quote(words[end - 1]):
                end -= 1
        return words[start:end]

    def trailing_frame_start(self, words: list[Token], start: int, end: int) -> int | None:
        """Where a trailing ", wie aus X hervorgeht" or ", wie X mitteilte" begins."""
        for i in range(start, end - 1):
            if words[i].text == "," and words[i + 1].text.lower() == "wie":
                tail = words[i + 2:end]
                if tail and (tail[-1].lemma_ in self.verbs or tail[-1].lemma_ == "hervorgehen"):
                    return i
        return None

    def reported_message(self, words, finite, cue, cue_tokens, mention) -> list[Token]:
        """What a speech act is about: the clause after verb and speaker, before a final participle or phrase."""
        used = {t.i for t in cue_tokens} | {finite.i}
        speaker_end = mention["speaker_end"]
        start = max(words.index(finite), *(words.index(t) for t in cue_tokens if t.i < finite.i or t == cue)) + 1
        if cue.tag_ == "VVPP" and cue.i > finite.i:
            start = words.index(finite) + 1
        while start < len(words) and (words[start].idx < speaker_end and words[start].idx >= mention["speaker_start"]):
            start += 1
        end = len(words)
        while end > start and (words[end - 1].is_punct or words[end - 1].i in used):
            end -= 1
        while start < end and words[start].is_punct:
            start += 1
        message = words[start:end]
        return message if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in message) else []

    def add_frames(self, words: list[Token]) -> bool:
        """Frames without a speech verb: "laut X", "X zufolge", "nach Angaben X", "wie aus X hervorgeht"."""
        added = False
        for i, token in enumerate(words):
            if self.in_quote(token):
                continue
            lower = token.text.lower()
            if lower == "aus" and i > 0 and words[i - 1].text.lower() == "wie":
                added |= self.add_layered_source(words, i)
            elif lower in self.frames["attributing_prepositions"] and token.tag_ == "APPO":
                added |= self.add_attribution_frame(words, i, self.phrase_before(words, i))
            elif lower in self.frames["attributing_prepositions"]:
                added |= self.add_attribution_frame(words, i, self.phrase_after(words, i + 1))
            elif i > 2 and words[i - 1].text == "," and (lower == "so" or heisst_es(words, i)):
                added |= self.add_trailing_frame(words, i)
            elif lower == "nach" and token.tag_ != "APPO" and self.frame_noun_after(words, i + 1):
                added |= self.add_attribution_frame(words, i, self.phrase_after(words, i + 1))
            elif lower == "nach" and token.tag_ == "APPO" and i > 0 and self.is_frame_noun(words[i - 1]):
                added |= self.add_attribution_frame(words, i, self.phrase_before(words, i))
        return added

    def add_trailing_frame(self, words: list[Token], i: int) -> bool:
        """ "Die Lage sei ernst, so die Polizei." and "..., heißt es.": the clause before the comma is reported."""
        token = words[i]
        if heisst_es(words, i):
            return self.add_before_comma(words, i - 1, token, "heißen es", {})
        mention = next((m for t in words[i + 1:i + 4] if (m := self.mention_at(t))), {})
        return bool(mention) and self.add_before_comma(words, i - 1, token, "so", mention)

    def is_frame_noun(self, token: Token) -> bool:
        """Angaben, Polizeiangaben, Erkenntnissen: a noun that makes "nach" a frame (see articlekit/data/speech_frames.toml)."""
        return token.pos_ == "NOUN" and gazetteer.ends_in(token.text, self.frame_nouns)

    def frame_noun_after(self, words: list[Token], start: int) -> bool:
        """Whether a frame noun follows "nach", after at most three articles and adjectives ("nach ersten Angaben")."""
        for token in words[start:start + 4]:
            if token.pos_ not in ("DET", "ADJ"):
                return self.is_frame_noun(token)
        return False

    @staticmethod
    def phrase_after(words: list[Token], start: int) -> list[Token]:
        """A noun phrase from `start`: determiners, adjectives, nouns, and one genitive attribute."""
        end = start
        while end < len(words) and (words[end].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")):
            if end > start and words[end].pos_ == "DET" and words[end].text.lower() not in ("des", "der"):
                break
            end += 1
        return words[start:end]

    @staticmethod
    def phrase_before(words: list[Token], end: int) -> list[Token]:
        """A noun phrase ending right before `end` ("ersten Angaben zufolge")."""
        start = end
        while start > 0 and words[start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            start -= 1
        return words[start:end]

    def main_clause(self, words: list[Token], frame_start: int, frame_end: int) -> list[Token]:
        """The sentence without the frame clause words[frame_start:frame_end] and its commas."""
        if frame_start == 0:
            rest = words[frame_end:]
            while rest and rest[0].text == ",":
                rest = rest[1:]
            return self.until_clause_end(rest, 0) if rest else []
        before = words[:frame_start]
        while before and before[-1].text == ",":
            before = before[:-1]
        return before

    def add_layered_source(self, words: list[Token], i: int) -> bool:
        """ "wie aus einer Mitteilung des Ministeriums hervorgeht": the channel of the sentence's statement."""
        end = next((j for j in range(i + 1, len(words)) if words[j].lemma_ == "hervorgehen"), None)
        if end is None:
            return False
        phrase = [t for t in words[i + 1:end] if not (t == words[i + 1] and t.pos_ == "DET")]
        if not phrase:
            return False
        source = self.text[phrase[0].idx:phrase[-1].idx + len(phrase[-1].text)]
        sentence_start, sentence_end = words[0].idx, words[-1].idx + len(words[-1].text)
        here = [q for q in self.quotes if sentence_start <= q.start < sentence_end]
        for quote in here:
            quote.source = quote.source or source
        if here:
            return True
        content = self.main_clause(words, i - 1, end + 1)
        if len(content) < 3:
            return False
        mention = self.noun_mention(phrase[0]) if phrase[0].pos_ == "NOUN" else {}
        mention["source"] = source
        self.add(self.quote(content[0], content[-1], "indirect", cue="hervorgehen",
                                      cue_start=words[end].idx, cue_end=words[end].idx + len(words[end].text), **mention))
        return True

    def add_attribution_frame(self, words: list[Token], frame: int, phrase: list[Token]) -> bool:
        """ "laut X", "X zufolge", "nach Angaben X": the clause around the frame is attributed to X."""
        if not phrase:
            return False
        clause_start = frame
        while clause_start > 0 and words[clause_start - 1].text not in (",", ";", ":"):
            clause_start -= 1
        clause_end = next((j for j in range(frame + 1, len(words)) if words[j].text in (",", ";")), len(words))
        clause = self.until_clause_end(words[:clause_end], clause_start)
        if len(clause) < 3:
            return False
        cue = words[frame]
        if cue.text.lower() == "nach":  # "nach Angaben X" or "X Meinung nach"
            noun = next(t for t in (words[frame + 1:] if cue.tag_ != "APPO" else [words[frame - 1]]) if t.pos_ == "NOUN")
            cue_text = f"{noun.text} nach" if cue.tag_ == "APPO" else f"nach {noun.text}"
        else:
            cue_text = cue.text.lower()
        start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
        entity = next((self.entity_of[t.i] for t in phrase if t.i in self.entity_of
                       and self.entity_of[t.i].label_ in ("PER", "ORG")), None)
        speaker = entity._.canonical if entity is not None else None
        if speaker is None and phrase[0].tag_ == "PPOSAT":  # "seiner Meinung nach": the owner speaks
            speaker = self.resolve_pronoun(phrase[0])
        if speaker is None:
            genitive = next((i for i, t in enumerate(phrase) if t.tag_ == "ART" and i > 0), None)
            named = phrase[genitive:] if genitive is not None else phrase
            if any(is_speaker_noun(t) for t in named if t.pos_ == "NOUN"):
                speaker = without_article(named)
        self.add(self.quote(clause[0], clause[-1], "indirect", cue=cue_text, cue_start=cue.idx,
                                      cue_end=cue.idx + len(cue.text), speaker=speaker, speaker_start=start,
                                      speaker_end=end, source=None if speaker else self.text[start:end]))
        return True

    def add_continuation(self, sentence: Span, words: list[Token]) -> None:
        """A sentence in Konjunktiv I, or opening with "Demnach", soon after attributed speech continues it,
        with the same speaker."""
        marked = words[0].lower_ in self.frames["continuation_adverbs"]
        if not (marked or any(self.is_konjunktiv(t) for t in words if not self.in_quote(t))) or \
                any(t.lower_ == "ich" for t in words):
            return
        position = bisect.bisect_right(self.attributed, (sentence.start_char, len(self.quotes)))
        if position == 0:
            return
        last = self.quotes[self.attributed[position - 1][1]]
        if not self.same_paragraph(last.start, sentence.start_char):
            return
        between = bisect.bisect_left(self.sentence_starts, sentence.start_char) - bisect.bisect_left(self.sentence_starts, last.end)
        if between > MAX_CONTINUATION_SENTENCES or (last.speaker is None and last.source is None):
            return
        content = self.until_clause_end(words, 1 if marked else 0)
        if content:
            self.add(self.quote(content[0], content[-1], "indirect", speaker=last.speaker,
                                          speaker_start=last.speaker_start, speaker_end=last.speaker_end,
                                          source=last.source))

    def is_konjunktiv(self, token: Token) -> bool:
        """A finite verb in Konjunktiv I (sei, habe, gebe; "bestehe" from "bestehen") or a reporting Konjunktiv II."""
        if token.tag_ not in FINITE_TAGS:
            return False
        lower = token.text.lower()
        if lower in self.frames["konjunktiv_1"] or lower in self.frames["konjunktiv_2"]:
            return True
        lemma = token.lemma_.lower()
        return token.tag_ == "VVFIN" and lemma.endswith("en") and lower == lemma[:-1] and not lower.endswith("ie")

    def same_paragraph(self, a: int, b: int) -> bool:
        return "\n" not in self.text[a:b]

    def inherit_speakers(self) -> None:
        """Partial quotes inside indirect or reported speech keep that speaker, cue and source; a direct
        quote without attribution continues the previous speaker's words in the same or the next paragraph."""
        outer = [q for q in self.quotes if q.kind in ("indirect", "reported")]
        previous = None
        for quote in sorted(self.quotes, key=lambda q: q.start):
            if quote.kind == "partial" and quote.speaker is None:
                host = next((q for q in outer if q.start <= quote.start and quote.end <= q.end), None)
                if host is not None:
                    copy_speaker(host, quote)
            if quote.kind == "direct" and quote.speaker is None and previous is not None and \
                    self.text.count("\n\n", previous.end, quote.start) <= 1:
                copy_speaker(previous, quote)
            if quote.speaker is not None and quote.kind != "partial":
                previous = quote


def heisst_es(words: list[Token], i: int) -> bool:
    """ "heißt es", "hieß es": a statement without a named speaker."""
    return words[i].lemma_ == "heißen" and i + 1 < len(words) and words[i + 1].lower_ == "es"


def copy_speaker(source: Quote, target: Quote) -> None:
    """Give a quote the speaker, cue and source of another one it belongs to."""
    for field in ("speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "source"):
        setattr(target, field, getattr(source, field))


def find_quotes(doc: Doc, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """All quotes of a parsed text; pass paragraph offsets to skip headings and bylines."""
    return QuoteFinder(doc, paragraphs).find()


def records(doc: Doc, paragraphs: list[tuple[int, int]] | None = None) -> list[dict]:
    """Quotes as JSON-ready records for the CLI."""
    return [quote.record() for quote in find_quotes(doc, paragraphs)]
