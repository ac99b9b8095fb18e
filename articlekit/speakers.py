"""Who speaks: the subject of a speech verb as a name, a pronoun, a role noun or a channel."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from . import gazetteer, grammar
from .quote_context import QuoteContext, mention
from .speech import frames, is_speaker_noun

OBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem"})  # never start a subject
SPEAKER_AFTER_VERB = 4  # words after a finite verb where its subject may stand ("sagte gestern die Ministerin")
APPOSITION_WORDS = 10  # words of an apposition or bracket between a subject and its verb
SUBJECT_WORDS = 14  # words a subject before its verb may have, apposition included
RECENT_PERSONS = 30  # earlier persons a pronoun may refer to
GENITIVE_WORDS = 4  # words of a genitive attribute ("die Mitteilung des französischen Innenministeriums")
BRACKET_WORDS = 6
APPOSITION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ"})  # "Präsident des Verbands"
QUOTED_NAME_WORDS = 4  # words of a name in quotation marks that speaks ("die „Computerwoche“ schreibt")
# BRACKET_WORDS: words of a bracket after a name ("Anna Muster (Grüne)")


def without_article(tokens) -> str:
    """A noun phrase as a name for its speaker: "Die Polizei" -> "Polizei", "Beide Staatsoberhäupter" stays."""
    words = list(tokens)
    while words and words[0].tag_ == "ART":
        words = words[1:]
    return " ".join(t.text for t in words)


def opens_with_subject(words: list[Token], start: int) -> bool:
    """Whether the words before a main-clause verb open the sentence with a subject, not with a prepositional
    phrase, an object ("Den Bericht bestätigte ..."), a subordinate clause or "wie"."""
    if start != 0 or not words:
        return False
    first = words[0]
    return first.tag_ not in ("APPR", "APPRART", "KOUS", "PRELS", "PWAV") and first.lower_ not in OBJECT_ARTICLES \
        and first.lower_ != "wie" and not grammar.opens_subordinate_clause(first)


def genitive_head(doc: Doc, start: int) -> Token | None:
    """The speaker noun or organisation a genitive name depends on: "Mitarbeiter | des Hilfswerks X", "das
    Auswärtige Amt | der Bundesrepublik", else None."""
    if start > 1 and doc[start].lower_ in ("des", "der") and doc[start - 1].pos_ in ("NOUN", "PROPN") \
            and (is_speaker_noun(doc[start - 1]) or doc[start - 1].ent_type_ == "ORG"):
        return doc[start - 1]
    return None


def apposition_closed(doc: Doc, stop: int) -> bool:
    """Whether an apposition ends at the sentence end or with a comma right before a finite verb."""
    if doc[stop].text in grammar.SENTENCE_ENDS or doc[stop].text == ":":
        return True
    return doc[stop].text == "," and stop + 1 < len(doc) and grammar.is_finite(doc[stop + 1])


def subject_start(words: list[Token], position: int) -> int:
    """Where the subject before a verb may start: the clause start, reaching back over an apposition or a
    bracket right before the verb ("Anna Muster, die Sprecherin, sagte"; "Anna Muster (Grüne) sagte")."""
    breaks = grammar.CLAUSE_BREAKS
    start = position
    while start > 0 and words[start - 1].text not in breaks:
        start -= 1
    if start == position and position > 1 and words[position - 1].text in (",", ")"):
        start -= 1
        while start > 0 and words[start - 1].text not in breaks | {"("} and position - start < APPOSITION_WORDS:
            start -= 1
        start = max(start - 1, 0) if words[start - 1].text in (",", "(") else start
        while start > 0 and words[start - 1].text not in breaks and position - start < SUBJECT_WORDS:
            start -= 1
    return start


class Speakers:
    """Finds speaker mentions around cues in one document."""

    def __init__(self, context: QuoteContext):
        """Keep the shared document state."""
        self.context = context
        self.doc = context.doc
        self.persons = [entity for entity in context.ents if entity.label_ == "PER"]
        self.person_ends = [entity.end for entity in self.persons]

    def near(self, finite: Token, words: list[Token], content_start: int | None = None,
             plain_subject: bool = True) -> dict:
        """The subject of a speech verb: right after the finite verb ("sagte Muster"), else before it; with
        `plain_subject` also a noun phrase that is neither name nor role ("Das Komitee räumte ein, dass ...").
        A speaker opening the sentence comes first: "Die EU hat die Regierung aufgefordert" (V2: the subject)."""
        position = words.index(finite)
        start = subject_start(words, position)
        if opens_with_subject(words, start) and (found := self.before(words, start, position)):
            return found
        if found := self.after(finite, words, content_start):
            return found
        if found := self.before(words, start, position):
            return found
        return (self.subject_phrase(words[start:position]) or self.phrase_after(words, position)) \
            if plain_subject else {}

    def phrase_after(self, words: list[Token], position: int) -> dict:
        """A plain noun phrase right after the verb, past adverbs: "Am Montag stellte eine Streife fest, dass"."""
        start = position + 1
        while start < len(words) and words[start].pos_ in ("ADV", "PART"):
            start += 1
        if start >= len(words) or words[start].lower_ in OBJECT_ARTICLES:
            return {}
        phrase = grammar.noun_phrase(words, start)
        return self.subject_phrase(phrase) if grammar.is_noun_phrase(phrase) else {}

    def before(self, words: list[Token], start: int, position: int) -> dict:
        """A speaker mention between `start` and the verb, outside brackets and prepositional phrases."""
        candidates, depth = [], 0
        for token in reversed(words[start:position]):
            depth += (token.text == ")") - (token.text == "(")
            if depth == 0 and token.text != "(" and self.preposition_of(token, words) is None:
                candidates.append(token)
        named = [t for t in candidates if t.ent_type_ == "PER"]  # "Anna Muster, die Sprecherin, sagte": the name
        return next((found for token in named + candidates if (found := self.at(token))), {})

    def after(self, finite: Token, words: list[Token], content_start: int | None = None) -> dict:
        """The subject right after the finite verb, past adverbs: "sagte gestern die Ministerin"."""
        position = words.index(finite)
        for token in words[position + 1:position + 1 + SPEAKER_AFTER_VERB]:
            if content_start is not None and token.i >= content_start or token.lower_ in OBJECT_ARTICLES:
                break  # "forderte den Minister auf": an object, the subject stands before the verb
            if found := self.at(token) or self.quoted_name(token):
                return found
            if token.pos_ not in ("ADV", "PART", "DET", "ADJ") and token.tag_ != "PRF" and not self.titles(token):
                break  # past "sich" ("äußerte sich X") and a title before a name ("der Herausforderer X")
        return {}

    def titles(self, token: Token) -> bool:
        """A noun right before a person's name: its title or role ("Verteidiger Anna Muster")."""
        following = self.context.entity_of.get(token.i + 1)
        return token.pos_ == "NOUN" and following is not None and following.start == token.i + 1 \
            and following.label_ == "PER"

    def quoted_name(self, mark: Token) -> dict:
        """A short name in quotation marks after an article: "schreibt die „Computerwoche“"."""
        pair = next(((s, e) for s, e in self.context.quoted if s == mark.idx), None)
        if pair is None or mark.i == 0 or self.doc[mark.i - 1].pos_ != "DET":
            return {}
        name = self.doc.char_span(pair[0] + 1, pair[1] - 1, alignment_mode="expand")
        if name is None or not 0 < len(name) <= QUOTED_NAME_WORDS:
            return {}
        return mention(self.doc[mark.i - 1], self.doc[name.end], name.text)

    def subject_phrase(self, phrase: list[Token]) -> dict:
        """A plain noun phrase as subject when no name or role is there: "Das Organisationskomitee räumte ein",
        also one of a group: "Einer der Helfer sagte"."""
        partitive = len(phrase) > 2 and phrase[0].tag_ == "PIS" and phrase[1].lower_ in grammar.facts()[
            "genitive_articles"] and grammar.is_noun_phrase(phrase[1:])
        if not (partitive or grammar.is_noun_phrase(phrase)) or self.context.in_quote(phrase[0]):
            return {}
        return mention(phrase[0], phrase[-1], without_article(phrase))

    @staticmethod
    def preposition_of(token: Token, words: list[Token]) -> str | None:
        """The preposition that opens the token's noun phrase ("mit Xi", "mit dem Präsidenten"), lower-cased."""
        return grammar.preposition_of(token, words, frozenset(frames()["not_speakers"]))

    def at(self, token: Token) -> dict:
        """A speaker mention at a token: a name, a pronoun, or a noun phrase headed by a role or source."""
        if self.context.in_quote(token):
            return {}
        entity = self.context.entity_of.get(token.i)
        if entity is not None and entity.label_ in ("PER", "ORG", "LOC"):
            start = self.phrase_start(entity[0])
            if entity.label_ != "PER" and (head := genitive_head(self.doc, start)) is not None:
                return self.noun_mention(head)  # "das Amt der Bundesrepublik": the office speaks
            end = self.phrase_end(entity.end)
            return mention(self.doc[start], self.doc[end - 1], entity._.canonical)
        if token.tag_ == "PPER" and token.lower_ in ("er", "sie", "wir"):
            return mention(token, token, self.resolve_pronoun(token))
        if token.pos_ == "NOUN" and (is_speaker_noun(token) or token.text in frames()["source_nouns"]):
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if following is not None and gazetteer.is_role(token.lemma_) and following.ent_type_ == "PER":
                return self.at(following)  # "die Ministerin Anna Muster"
            return self.noun_mention(token)
        return {}

    def phrase_start(self, token: Token) -> int:
        """Extend a speaker mention leftwards over its article, adjectives and role or institution nouns
        ("die Gewerkschaft Verdi")."""
        i, doc = token.i, self.doc
        while i > 0 and (doc[i - 1].pos_ in ("DET", "ADJ") or gazetteer.is_role(doc[i - 1].lemma_)
                         or doc[i - 1].pos_ == "NOUN" and (is_speaker_noun(doc[i - 1]) or self.titles(doc[i - 1]))) \
                and not doc[i - 1].is_space and doc[i - 1].tag_ not in ("PDS", "PIS", "PPER"):
            i -= 1
        return i

    def phrase_end(self, end: int) -> int:
        """Extend a speaker mention rightwards over a bracket ("(Grüne)") and a named apposition (", Anna Muster")."""
        doc = self.doc
        if end < len(doc) and doc[end].text == "(":
            close = next((i for i in range(end + 1, min(end + BRACKET_WORDS, len(doc))) if doc[i].text == ")"), None)
            if close is not None:
                end = close + 1
        if end + 1 < len(doc) and doc[end].text == ",":
            entity = self.context.entity_of.get(end + 1)
            if entity is not None and entity.start == end + 1 and entity.label_ == "PER" and \
                    (entity.end >= len(doc) or doc[entity.end].is_punct):
                end = entity.end
        return self.described_end(end)

    def described_end(self, end: int) -> int:
        """Extend a mention over what describes it: "von der Marineinfanterie" after a name, and an
        apposition closed before the verb or the sentence end (", Agrarexperte der Fraktion, kritisierte")."""
        doc = self.doc
        if end < len(doc) and doc[end].lower_ in ("von", "vom") and self.context.entity_of.get(end + 1) is None:
            phrase = grammar.noun_phrase(doc, end + 1)
            if phrase and phrase[-1].pos_ in ("NOUN", "PROPN"):
                return phrase[-1].i + 1  # "Anna Muster vom Verband X", not a name's own "von"
        if end < len(doc) and doc[end].text == ",":
            stop = next((i for i in range(end + 1, min(end + APPOSITION_WORDS, len(doc)))
                         if doc[i].pos_ not in APPOSITION_POS), None)
            described = stop is not None and any(t.pos_ == "NOUN" for t in doc[end + 1:stop])
            if described and doc[end + 1].pos_ in ("DET", "NOUN", "ADJ") and apposition_closed(doc, stop):
                return stop
        return end

    def noun_mention(self, token: Token) -> dict:
        """A role noun ("ein Sprecher") or a channel ("die Mitteilung des Ministeriums") as speaker or source."""
        end, entity = token.i + 1, None
        genitive = self.doc[end:end + GENITIVE_WORDS]
        if len(genitive) and genitive[0].tag_ == "ART" and genitive[0].lower_ in ("des", "der"):
            for t in genitive[1:]:
                end = t.i + 1
                entity = self.context.entity_of.get(t.i, entity)
                if t.pos_ in ("NOUN", "PROPN"):
                    break
            end = max(end, entity.end) if entity is not None else end  # the whole name: "der Bundesrepublik X"
        if (own := self.context.entity_of.get(token.i)) is not None and own.label_ == "ORG":
            entity = own  # "das Auswärtige Amt der Bundesrepublik" is the office
        end, entity = self.name_after(end, entity)
        end = self.phrase_end(end)
        phrase = self.doc[self.phrase_start(token):end]
        is_source = token.text in frames()["source_nouns"]
        name = entity._.canonical if entity is not None else (None if is_source else without_article(phrase))
        found = mention(phrase[0], phrase[-1], name)
        if is_source:
            found["source"] = self.doc[token.i:end].text
        return found

    def name_after(self, end: int, entity: Span | None) -> tuple[int, Span | None]:
        """A noun's name right after it: "die Gewerkschaft Verdi", "die Zeitung „Der Bote“" (end, entity)."""
        following = self.context.entity_of.get(end)
        if entity is None and following is not None and following.start == end and following.label_ != "PER":
            return following.end, following  # a person after a noun is an object: "erklärte die Regierung X zum"
        if end < len(self.doc):
            pair = next(((s, e) for s, e in self.context.quoted if s == self.doc[end].idx), None)
            name = self.doc.char_span(pair[0], pair[1], alignment_mode="expand") if pair else None
            if name is not None and len(name) <= QUOTED_NAME_WORDS + 2:  # the name and its two marks
                return name.end, entity
        return end, entity

    def resolve_pronoun(self, pronoun: Token) -> str | None:
        """The nearest earlier person not inside a prepositional phrase (then any earlier person)."""
        before = bisect.bisect_left(self.person_ends, pronoun.i + 1)
        persons = [e for e in self.persons[max(0, before - RECENT_PERSONS):before] if not self.context.in_quote(e[0])]
        for entity in reversed(persons):
            start = self.phrase_start(entity[0])
            if start == 0 or self.doc[start - 1].tag_ not in ("APPR", "APPRART"):
                return entity._.canonical
        return persons[-1]._.canonical if persons else None
