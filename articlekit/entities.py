"""Named entities (PER, LOC, ORG, MISC) from readable rules and word lists, plus name linking.

The rules, in the order they claim tokens (an earlier rule wins):
1. names of two or more words from the lists in data/gazetteer/ ("Vereinigten Staaten");
2. persons: a role before a name ("Präsident X"), a first name before a capitalised word,
   a speech verb before a name ("sagte X"), two unknown names in a row;
3. one-word names from the lists, also inflected ("Russlands"); a one-word city only where it
   is tagged as a name or follows "in/nach/aus/bei/von" ("Essen" is also a noun);
4. organisations: compounds like "-ministerium", heads with a name ("Institut für X"),
   legal forms ("X AG"), club prefixes ("VfL X"), acronyms ("CNN");
5. surnames reused: once "Anna Muster" is a person, "Muster" and "Musters" are too;
6. any other name (tagged NE or FM): an organisation if it has a word like "Group" or "Verlag",
   a place after "in/nach/aus/bei/von" or with a place-name ending ("-ingen", "-straße"),
   else a person.

Every entity span gets `span._.canonical`: the name it refers to ("Musters" -> "Anna Muster").
"""
from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import gazetteer
from .quotes import speech_verbs
from .resources import word_list
from .tagger import known_word

Span.set_extension("canonical", default=None, force=True)

NAME_TAGS = frozenset({"NE", "NN", "FM", "XY"})  # HanTa's guesses for unknown capitalised words
LOCATIVE = frozenset({"in", "nach", "aus", "bei", "von"})
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "di", "da", "del", "zu", "la", "le"})


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and any(char.isalpha() for char in token.text)


def listed_not_city(word: str) -> bool:
    """A listed country, region, organisation or other name (cities are often surnames too)."""
    entry = gazetteer.lookup([word])
    return entry is not None and entry.kind != "city"


def name_like(token: Token) -> bool:
    """A capitalised word that may be part of a person's name."""
    return (capitalised(token) and token.tag_ in NAME_TAGS and not gazetteer.is_role(token.text)
            and not listed_not_city(token.text))


def strip_genitive(word: str) -> str:
    """Musters -> Muster (an apostrophe genitive is split off by the tokenizer)."""
    return word[:-1] if word.endswith("s") and len(word) > 2 else word


def has_place_ending(word: str) -> bool:
    """Sindelfingen, Mühlhausen, Hauptstraße: endings typical of German place and street names."""
    lower = word.lower()
    return any(lower.endswith(ending) and len(lower) > len(ending) + 2
               for ending in word_list("gazetteer/place_endings.txt"))


def is_acronym(word: str) -> bool:
    """CNN, NATO, AfD: short, mostly capitals, not a Roman numeral or a common abbreviation."""
    capitals = sum(char.isupper() for char in word)
    return (3 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and capitals >= len(word) - 1
            and capitals >= 2 and word.strip("IVXLC") != "" and word not in word_list("gazetteer/not_organisations.txt"))


class EntityFinder:
    """Finds entity spans in one Doc, rule by rule, never overlapping an earlier rule's span."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.words = [token for token in doc if not token.is_space]
        self.taken: set[int] = set()
        self.spans: list[Span] = []
        self.canonical: dict[tuple[int, int], str] = {}

    def add(self, first: int, end: int, label: str, canonical: str | None = None) -> bool:
        """Claim words first..end-1 for an entity, unless one of them is already claimed."""
        if first >= end:
            return False
        start, stop = self.words[first].i, self.words[end - 1].i + 1
        if any(i in self.taken for i in range(start, stop)):
            return False
        self.taken.update(range(start, stop))
        self.spans.append(Span(self.doc, start, stop, label=label))
        if canonical:
            self.canonical[(start, stop)] = canonical
        return True

    def word(self, index: int) -> Token | None:
        return self.words[index] if 0 <= index < len(self.words) else None

    def find_listed(self, min_words: int, max_words: int) -> None:
        """Rules 1 and 3: names from the lists, longest match first."""
        i = 0
        while i < len(self.words):
            step = 1
            if not (self.words[i].text[:1].isupper() or self.words[i].text in gazetteer.lowercase_starts()):
                i += 1
                continue
            longest = min(max_words, len(self.words) - i, gazetteer.max_words_from(self.words[i].text))
            for length in range(longest, min_words - 1, -1):
                tokens = self.words[i:i + length]
                entry = gazetteer.lookup([t.text for t in tokens])
                if entry and self._plausible(i, tokens, entry) and self.add(i, i + length, entry.label, entry.canonical):
                    step = length
                    break
            i += step

    def _plausible(self, i: int, tokens: list[Token], entry: gazetteer.Entry) -> bool:
        """Listed names must look like names. A one-word city must be tagged as one, be unknown to the
        tagger's lexicon, or follow "in"; and no article may precede it: "das Essen" is food, "in Essen" a town."""
        if not (capitalised(tokens[0]) or entry.kind in ("org", "misc")):
            return False
        if len(tokens) > 1 or entry.kind != "city":
            return True
        before = self.word(i - 1)
        if before is not None and before.pos_ == "DET":
            return False
        return (tokens[0].tag_ == "NE" or not known_word(tokens[0].text)
                or (before is not None and before.text.lower() in LOCATIVE))

    def find_persons(self) -> None:
        """Rule 2: role + name, first name + surname, speech verb + name, two unknown names."""
        verbs = speech_verbs()
        first_names = gazetteer.first_names()
        for i, token in enumerate(self.words):
            if gazetteer.is_role(token.text) or (token.lemma_ in verbs and token.pos_ == "VERB"):
                self.add(i + 1, self.person_end(i + 1), "PER")
            elif token.text in first_names and capitalised(token):
                end = self.person_end(i)
                if end > i + 1:
                    self.add(i, end, "PER")
            elif token.tag_ == "NE" and name_like(token) and i > 0 and (nxt := self.word(i + 1)) is not None:
                if nxt.tag_ == "NE" and name_like(nxt) and not gazetteer.lookup([token.text]):
                    self.add(i, self.person_end(i), "PER")

    def person_end(self, position: int) -> int:
        """End of a person's name from `position` (or `position` if there is none).

        A name is a first word tagged as a name (or a listed first name), then capitalised words,
        particles like "von", and an editorial bracket: "(der Ministerin Anna) Muster".
        """
        first = self.word(position)
        if first is None or not name_like(first) or not (first.tag_ == "NE" or first.text in gazetteer.first_names()):
            return position
        end = position + 1
        while end - position < 4:
            token, after = self.word(end), self.word(end + 1)
            if token is not None and name_like(token) and (token.tag_ == "NE" or end == position + 1):
                end += 1
            elif token is not None and token.text in NAME_PARTICLES and after is not None and name_like(after):
                end += 2
            elif token is not None and token.text == ")" and after is not None and name_like(after) and \
                    any(w.text == "(" for w in self.words[max(0, position - 6):position]):
                end += 2
            else:
                break
        return end

    def find_organisations(self) -> None:
        """Rule 4: organisation heads, legal forms, club prefixes, acronyms."""
        heads = gazetteer.org_heads()
        suffixes, prefixes = gazetteer.org_suffixes(), word_list("gazetteer/org_prefixes.txt")
        for i, token in enumerate(self.words):
            head = gazetteer.org_head(strip_genitive(token.text.lower()))
            if head and capitalised(token):
                self._add_headed(i, needs_name=heads[head])
            elif token.text in suffixes and i > 0 and capitalised(self.words[i - 1]):
                start = i - 1
                while start > 0 and capitalised(self.words[start - 1]) and i - start < 4:
                    start -= 1
                self.add(start, i + 1, "ORG")
            elif token.text in prefixes and (nxt := self.word(i + 1)) is not None and capitalised(nxt):
                start = i - 1 if i > 0 and self.words[i - 1].text[:-1].isdigit() else i
                self.add(start, i + 2, "ORG")
            elif is_acronym(token.text):
                self.add(i, i + 1, "ORG")

    def _add_headed(self, i: int, needs_name: bool) -> None:
        """An organisation around a head word: capitalised adjectives before, "für X" or a name after."""
        start = i
        while start > 0 and capitalised(self.words[start - 1]) and self.words[start - 1].tag_ in ("ADJA", "NE"):
            start -= 1
        end = i + 1
        after = self.word(end)
        if after is not None and after.text == "für":
            name_end = end + 1
            while (token := self.word(name_end)) is not None and (capitalised(token) or token.text == "und") and name_end - end < 5:
                name_end += 1
            if name_end > end + 1 and self.words[name_end - 1].text != "und":
                end = name_end
        elif after is not None and name_like(after) and after.tag_ == "NE":
            end += 1
        if needs_name and end == i + 1 and start == i:
            return
        self.add(start, end, "ORG")

    def find_reused_surnames(self) -> None:
        """Rule 5: words of a known person's name, wherever they appear again (genitive too)."""
        first_names = gazetteer.first_names()
        parts = set()
        for span in self.spans:
            if span.label_ == "PER":
                names = [t.text for t in span if capitalised(t)]
                parts.update(n for n in names if n not in first_names or len(names) == 1)
        i = 0
        while i < len(self.words):
            end = i
            while (token := self.word(end)) is not None and capitalised(token) and (
                    token.text in parts or strip_genitive(token.text) in parts):
                end += 1
            if end > i:
                self.add(i, end, "PER")
            i = max(end, i + 1)

    def find_other_names(self) -> None:
        """Rule 6: remaining runs of NE-tagged words not after an article ("das Essen"), labelled by context."""
        i = 0
        while i < len(self.words):
            before = self.word(i - 1)
            after_locative = before is not None and before.text.lower() in LOCATIVE
            after_article = before is not None and before.pos_ == "DET"
            if self.words[i].i in self.taken or after_article or not self._starts_other_name(self.words[i], after_locative):
                i += 1
                continue
            end = i + 1
            while (nxt := self.word(end)) is not None and capitalised(nxt) and end - i < 4 and (
                    nxt.tag_ in ("NE", "FM") or nxt.text in word_list("gazetteer/org_words.txt")):
                end += 1
            self.add(i, end, self._other_label(self.words[i:end], after_locative))
            i = end

    @staticmethod
    def _starts_other_name(token: Token, after_locative: bool) -> bool:
        """A capitalised word tagged NE (FM words are English, mostly not names), or a place after "in"."""
        if not capitalised(token) or len(token.text) < 2:
            return False
        return token.tag_ == "NE" and token.is_alpha or after_locative and has_place_ending(token.text)

    @staticmethod
    def _other_label(tokens: list[Token], after_locative: bool) -> str:
        """ORG if a word marks a company or club, LOC after "in" or with a place-name ending, else PER."""
        if any(t.text in word_list("gazetteer/org_words.txt") for t in tokens):
            return "ORG"
        if after_locative or (len(tokens) == 1 and has_place_ending(tokens[0].text)):
            return "LOC"
        return "PER"

    def link(self) -> dict[tuple[int, int], str]:
        """Canonical names: persons by their longest mention, others by list entry or base form."""
        first_names = gazetteer.first_names()
        full_names: dict[str, str] = {}
        for span in sorted((s for s in self.spans if s.label_ == "PER"), key=len, reverse=True):
            words = name_words(span)
            for part in words if len(words) > 1 else []:
                if part not in first_names:
                    full_names.setdefault(part, " ".join(words))
        result = {}
        for span in self.spans:
            found = self.canonical.get((span.start, span.end))
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


def find_entities(doc: Doc) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """Run the rules in order; return the spans and their canonical names."""
    finder = EntityFinder(doc)
    finder.find_listed(2, gazetteer.MAX_WORDS)
    finder.find_persons()
    finder.find_listed(1, 1)
    finder.find_organisations()
    finder.find_reused_surnames()
    finder.find_other_names()
    return filter_spans(finder.spans), finder.link()


@Language.component("articlekit_entities")
def set_entities(doc: Doc) -> Doc:
    """Set doc.ents and each entity's canonical name."""
    spans, canonical = find_entities(doc)
    doc.ents = spans
    for span in doc.ents:
        span._.canonical = canonical.get((span.start, span.end), span.text)
    return doc


def canonical_names(doc: Doc) -> dict[int, str]:
    """Token index -> canonical name of its entity, computed once per Doc (Span.ents is slow)."""
    if "articlekit_canonical" not in doc.user_data:
        doc.user_data["articlekit_canonical"] = {t.i: e._.canonical for e in doc.ents for t in e}
    return doc.user_data["articlekit_canonical"]


def records(doc: Doc) -> list[dict]:
    """Entities as JSON-ready records for the CLI."""
    return [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_, "canonical": e._.canonical}
            for e in doc.ents]
