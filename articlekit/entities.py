"""Named entities (PER, LOC, ORG, MISC) from readable rules and word lists, plus name linking.

The rules, in the order they claim tokens (an earlier rule wins):
1. a quoted name after a noun: der Film „Das Parfum“, die Raumfähre „Discovery“ (MISC);
2. names of two or more words from the lists in articlekit/data/gazetteer/ ("Vereinigten Staaten"); named events:
   a capitalised adjective mid-sentence before an event noun ("das Pariser Abkommen", MISC);
3. an unknown name after a noun that says what it is: "die Gemeinde X" (LOC), "der Konzern X" (ORG);
4. persons: a role before a name ("Präsident X"), a first name before a capitalised word,
   a speech verb before a name ("sagte X"), two unknown names in a row;
5. organisations: compounds like "-ministerium", heads with a name ("Institut für X"),
   legal forms ("X AG"), clubs and universities ("VfL X", "TU Berlin"), acronyms ("CNN");
6. one-word names from the lists, also inflected ("Russlands"); a one-word city only where it
   is tagged as a name or follows "in/nach/aus" ("Essen" is also a noun);
7. names found again: once "Anna Muster" is a person, "Muster" and "Musters" are too; an unknown
   one-word name keeps the label it got elsewhere in the text;
8. any other name (tagged NE): labelled by its words ("Group", "Avenue", "Bad X"), as a place after
   "in/nach/aus" or with a place-name ending ("-ingen", "-straße"), like a listed name it
   is coordinated with ("Berlin und X"), else as a person.

Every entity span gets `span._.canonical`: the name it refers to ("Musters" -> "Anna Muster").
"""
from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import gazetteer
from .marks import PAIRS, opens
from .quotes import speech_verbs
from .resources import word_list
from .tagger import known_word, noun_compound

Span.set_extension("canonical", default=None, force=True)

NAME_TAGS = frozenset({"NE", "NN", "FM", "XY"})  # HanTa's guesses for unknown capitalised words
LOCATIVE = frozenset({"in", "nach", "aus"})  # not "von"/"bei": "ein Tor von X", "bei X" are persons as often
COORDINATORS = frozenset({",", "und", "oder", "sowie", "/"})
FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})
MAX_TITLE_WORDS = 12
MAX_QUOTED_NAME_WORDS = 4
PREFIX_PARTICLES = ("al-", "el-", "as-", "ad-", "an-", "ar-", "at-", "az-")  # Ali al-Nuaimi
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "di", "da", "del", "zu", "la", "le"})


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and any(char.isalpha() for char in token.text)


def listed_not_city(word: str) -> bool:
    """A listed country, region, organisation or other name (cities are often surnames too)."""
    entry = gazetteer.lookup([word])
    return entry is not None and entry.kind != "city"


def function_word(token: Token) -> bool:
    """Der, Seine, Wen: capitalised function words, which a tagger sometimes takes for names."""
    return token.text.lower() in word_list("function_words_de.txt") or token.pos_ in FUNCTION_POS


def name_like(token: Token) -> bool:
    """A capitalised word that may be part of a person's name."""
    return (capitalised(token) and token.tag_ in NAME_TAGS and not function_word(token)
            and not gazetteer.is_role(token.text) and not listed_not_city(token.text))


def strip_genitive(word: str) -> str:
    """Musters -> Muster (an apostrophe genitive is split off by the tokenizer)."""
    return word[:-1] if word.endswith("s") and len(word) > 2 else word


def place_ending(word: str) -> str | None:
    """Sindelfingen, Mühlhausen, Hauptstraße: the ending typical of German place and street names, if any."""
    lower = word.lower()
    return next((ending for ending in word_list("gazetteer/place_endings.txt")
                 if lower.endswith(ending) and len(lower) > len(ending) + 2), None)


def has_place_ending(word: str) -> bool:
    return place_ending(word) is not None


def place_name(word: str) -> bool:
    """Knoopstraße, Dannenberg: a place-name ending after a part the lexicon does not know
    (unlike the common nouns Hauptstraße, Universitätskapelle, Weinberg)."""
    ending = place_ending(word)
    if ending is None or known_word(word):
        return False
    part = word[:-len(ending)]
    stems = {part, part.removesuffix("s"), part.removesuffix("n"), part.removesuffix("en")}
    return not any(known_word(stem) or known_word(stem.capitalize()) for stem in stems if len(stem) >= 3)


def surname_like(token: Token) -> bool:
    """After a first name, any capitalised word but a role or listed name is a surname ("Anna Kocht")."""
    return (capitalised(token) and token.is_alpha and not function_word(token) and not gazetteer.is_role(token.text)
            and not listed_not_city(token.text))


def unknown_name(token: Token) -> bool:
    """A capitalised word tagged as a name, or one the lexicon does not know (and not a compound noun)."""
    if not capitalised(token) or not token.text[:1].isalpha() or gazetteer.is_role(token.text):
        return False
    return token.tag_ in ("NE", "FM") or not (known_word(token.text) or noun_compound(token.text))


def run_label(tokens: list[Token]) -> str | None:
    """The label a run of unknown names gets from its words, if any of them tells.

    ORG: a word like "Group" or "Verlag", or a name before a city ("Borussia Dortmund"); MISC: an English
    title ("The Mousetrap"); LOC: a word like "Avenue" or a prefix like "Bad" or "San".
    """
    words = [t.text for t in tokens]
    if any(word in word_list("gazetteer/org_words.txt") for word in words):
        return "ORG"
    if any(word in word_list("gazetteer/place_words.txt") for word in words) or \
            (len(words) > 1 and words[0] in word_list("gazetteer/place_prefixes.txt")):
        return "LOC"
    if words[0] == "The":
        return "MISC"
    last = gazetteer.lookup(words[-1:])
    if len(words) > 1 and last is not None and last.kind == "city" and words[0] not in gazetteer.first_names():
        return "ORG"
    return None


def is_abbreviation(word: str) -> bool:
    """TU, MSV, HSV: two to four capitals, the short form before a club's or university's town."""
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper()


def is_acronym(word: str) -> bool:
    """CNN, NATO, AfD: short, mostly capitals, not a Roman numeral or a common abbreviation."""
    capitals = sum(char.isupper() for char in word)
    return (3 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and capitals >= len(word) - 1
            and capitals >= 2 and word.strip("IVXLC") != "" and word not in word_list("gazetteer/not_names.txt"))


class EntityFinder:
    """Finds entity spans in one Doc, rule by rule, never overlapping an earlier rule's span."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text  # Doc.text joins all tokens anew on each access
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
        """Rules 2 and 6: names from the lists, longest match first."""
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
        """Listed names must look like names, not sentence-initial function words ("Seine Witwe"). A one-word
        city must be tagged as one, be unknown to the tagger's lexicon, or follow "in"; and no article may
        precede it: "das Essen" is food, "in Essen" a town."""
        if not (capitalised(tokens[0]) or entry.kind in ("org", "misc")) or (
                tokens[0].pos_ in FUNCTION_POS and tokens[0].is_sent_start):
            return False
        if len(tokens) > 1 or entry.kind != "city":
            return True
        before = self.word(i - 1)
        if before is not None and before.pos_ == "DET":
            return False
        return (tokens[0].tag_ == "NE" or not known_word(tokens[0].text)
                or (before is not None and before.text.lower() in LOCATIVE))

    def find_quoted_names(self) -> None:
        """Rule 1: a quoted name after a noun. After a word for a work, any title: der Film „Das Parfum“ (MISC);
        after another noun, a short name: die Raumfähre „Discovery“ (MISC), die Zeitung „Bild“ (ORG, see rules 3, 5)."""
        for i, token in enumerate(self.words[1:], start=1):
            cue = self.words[i - 1]
            if token.text not in PAIRS or cue.pos_ != "NOUN" or not opens(self.text, token.idx):
                continue
            ends = range(i + 2, min(i + 2 + MAX_TITLE_WORDS, len(self.words)))
            close = next((j for j in ends if self.words[j].text in PAIRS[token.text]), None)
            if close is None or not capitalised(self.words[i + 1]):
                continue
            if gazetteer.is_work(cue.text):
                self.add(i + 1, close, "MISC")
            elif close - i <= MAX_QUOTED_NAME_WORDS and any(unknown_name(w) for w in self.words[i + 1:close]):
                organisation = gazetteer.org_head(strip_genitive(cue.text.lower()))
                self.add(i + 1, close, gazetteer.described_label(cue.text) or ("ORG" if organisation else "MISC"))

    def find_named_events(self) -> None:
        """Rule 2, second part: a capitalised adjective mid-sentence before an event noun: "das Pariser Abkommen"."""
        heads = tuple(word_list("gazetteer/event_heads.txt"))
        for i, token in enumerate(self.words[1:-1], start=1):
            head = self.words[i + 1]
            if token.tag_ == "ADJA" and capitalised(token) and not token.is_sent_start and \
                    self.words[i - 1].text not in ("„", "\"", "(", ":") and gazetteer.ends_in(head.text, heads):
                self.add(i, i + 2, "MISC")

    def find_described(self) -> None:
        """Rule 3: an unknown name after a noun that says what it is: "die Gemeinde X" (LOC), "der Konzern X" (ORG)."""
        for i, token in enumerate(self.words[:-1]):
            label = capitalised(token) and gazetteer.described_label(token.text)
            end = i + 1
            while label and (nxt := self.word(end)) is not None and end - i <= 3 and unknown_name(nxt):
                end += 1
            if label and end > i + 1:
                self.add(i + 1, end, label)

    def find_persons(self) -> None:
        """Rule 4: role + name, first name + surname, speech verb + name, two unknown names."""
        verbs = speech_verbs()
        first_names = gazetteer.first_names()
        for i, token in enumerate(self.words):
            if gazetteer.is_role(token.text) or (token.lemma_ in verbs and token.pos_ == "VERB"):
                self.add(i + 1, self.person_end(i + 1, cued=True), "PER")
            elif token.text in first_names and capitalised(token):
                end = self.person_end(i)
                if end > i + 1:
                    self.add(i, end, "PER")
            elif token.tag_ == "NE" and name_like(token) and i > 0 and (nxt := self.word(i + 1)) is not None:
                if nxt.tag_ == "NE" and name_like(nxt) and not gazetteer.lookup([token.text]) and not is_acronym(token.text):
                    end = self.person_end(i)
                    self.add(i, end, run_label(self.words[i:end]) or "PER")

    def person_end(self, position: int, cued: bool = False) -> int:
        """End of a person's name from `position` (or `position` if there is none).

        A name is a first word tagged as a name, a listed first name or, after a role or speech verb
        (`cued`), any word the lexicon does not know; then capitalised words (after a first name any
        surname, "Anna Kocht"), particles like "von" or "al-", and an editorial bracket: "(der Ministerin Anna) Muster".
        """
        first_names = gazetteer.first_names()
        first = self.word(position)
        if first is None or not name_like(first) or not (
                first.tag_ == "NE" or first.text in first_names or cued and unknown_name(first)):
            return position
        end = position + 1
        while end - position < 4:
            token, after = self.word(end), self.word(end + 1)
            if token is not None and self.words[end - 1].text in first_names and surname_like(token):
                end += 1
            elif token is not None and name_like(token) and (token.tag_ == "NE" or end == position + 1 and unknown_name(token)):
                end += 1
            elif token is not None and token.text.startswith(PREFIX_PARTICLES) and token.text[3:4].isupper():
                end += 1
            elif token is not None and token.text in NAME_PARTICLES and after is not None and name_like(after) and \
                    (after.tag_ == "NE" or not known_word(after.text)):
                end += 2
            elif token is not None and token.text == ")" and after is not None and name_like(after) and \
                    self._editorial_bracket(position):
                end += 2
            else:
                break
        return end

    def _editorial_bracket(self, position: int) -> bool:
        """Whether a bracket opened shortly before the name holds only an article, adjectives and a role:
        "(dem ukrainischen Präsidenten Anna) Muster", not "(gemeinsam mit Anna) Muster"."""
        before = self.words[max(0, position - 6):position]
        opening = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == "("), None)
        return opening is not None and all(w.pos_ in ("DET", "ADJ") or gazetteer.is_role(w.text)
                                           for w in before[opening + 1:])

    def find_organisations(self) -> None:
        """Rule 5: organisation heads, legal forms, club prefixes, acronyms."""
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
            elif (token.text in prefixes or is_abbreviation(token.text)) and (end := self.club_end(i + 1)) > i + 1:
                start = i - 1 if i > 0 and self.words[i - 1].text[:-1].isdigit() else i
                self.add(start, end, "ORG")
            elif token.text in prefixes and (nxt := self.word(i + 1)) is not None and capitalised(nxt):
                self.add(i, i + 2, "ORG")
            elif is_acronym(token.text):
                end = i + 1
                while (nxt := self.word(end)) is not None and nxt.text in word_list("gazetteer/org_words.txt"):
                    end += 1
                self.add(i, end, "ORG")

    def club_end(self, position: int) -> int:
        """End of a club's or institute's name after its abbreviation: up to a town, then a year number
        ("SV Werder Bremen", "TU Berlin", "FC Schalke 04"); `position` if no town follows."""
        for end in range(position, min(position + 3, len(self.words))):
            token = self.words[end]
            if not capitalised(token):
                break
            entry = gazetteer.lookup([token.text])
            if entry is not None and entry.kind == "city":
                number = self.word(end + 1)
                return end + 2 if number is not None and number.text.isdigit() and len(number.text) in (2, 4) else end + 1
        return position

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

    def find_repeated_names(self) -> None:
        """Rule 7: names found again. Words of a known person's name, wherever they appear again (genitive
        too); and a one-word name the lexicon does not know keeps its label ("der Autobauer Qoros ... Qoros")."""
        parts = {t.text for span in self.spans if span.label_ == "PER" for t in span if capitalised(t)}
        others = {span.text: span.label_ for span in self.spans
                  if span.label_ != "PER" and len(span) == 1 and not known_word(span.text)}
        i = 0
        while i < len(self.words):
            end = i
            while (token := self.word(end)) is not None and capitalised(token) and (
                    token.text in parts or strip_genitive(token.text) in parts):
                end += 1
            if end > i:
                self.add(i, end, "PER")
            elif (label := others.get(self.words[i].text) or others.get(strip_genitive(self.words[i].text))):
                self.add(i, i + 1, label)
            i = max(end, i + 1)

    def find_other_names(self) -> None:
        """Rule 8: remaining runs of NE-tagged words not after an article ("das Essen"), labelled by context."""
        known_labels = {token.i: span.label_ for span in self.spans for token in span}
        i = 0
        while i < len(self.words):
            before = self.word(i - 1)
            after_locative = before is not None and before.text.lower() in LOCATIVE
            after_article = before is not None and before.pos_ == "DET"
            named_place = place_name(self.words[i].text)
            if self.words[i].i in self.taken or (after_article and not named_place) or \
                    not self._starts_other_name(self.words[i], after_locative or named_place):
                i += 1
                continue
            end = i + 1
            while (nxt := self.word(end)) is not None and capitalised(nxt) and end - i < 4 and (
                    nxt.tag_ in ("NE", "FM") or nxt.text in word_list("gazetteer/org_words.txt")):
                end += 1
            label = self._other_label(self.words[i:end], after_locative)
            self.add(i, end, label or self._coordinated_label(i, end, known_labels) or "PER")
            i = end

    @staticmethod
    def _starts_other_name(token: Token, after_locative: bool) -> bool:
        """A capitalised word tagged NE that is not a compound noun (FM words are English, mostly not names),
        or after "in" a word with a place-name ending or one the lexicon does not know."""
        if not capitalised(token) or len(token.text) < 2 or not token.is_alpha or is_abbreviation(token.text) \
                or token.text in word_list("gazetteer/not_names.txt") or function_word(token):
            return False
        if after_locative and (place_name(token.text) or not (known_word(token.text) or noun_compound(token.text))):
            return True
        return token.tag_ == "NE" and (has_place_ending(token.text) or not noun_compound(token.text))

    @staticmethod
    def _other_label(tokens: list[Token], after_locative: bool) -> str | None:
        """The label its words give a run (see run_label), or LOC after "in" or with a place-name ending."""
        if label := run_label(tokens):
            return label
        if after_locative or (len(tokens) == 1 and has_place_ending(tokens[0].text)):
            return "LOC"
        return None

    def _coordinated_label(self, first: int, end: int, known_labels: dict[int, str]) -> str | None:
        """The label of a listed name it is coordinated with: "Berlin, Xdorf und Ydorf" are all places."""
        for link, neighbour in ((self.word(first - 1), self.word(first - 2)), (self.word(end), self.word(end + 1))):
            if link is not None and neighbour is not None and link.text in COORDINATORS:
                if neighbour.i in known_labels:
                    return known_labels[neighbour.i]
        return None

    def link(self) -> dict[tuple[int, int], str]:
        """Canonical names: persons by their longest mention, others by list entry or base form."""
        first_names = gazetteer.first_names()
        persons = sorted((s for s in self.spans if s.label_ == "PER"), key=len, reverse=True)
        full_names: dict[str, str] = {}
        for surnames_first in (True, False):  # "Muster" is Anna Muster's before "Anna" is anyone's
            for words in (name_words(span) for span in persons):
                for part in words if len(words) > 1 else []:
                    if surnames_first != (part in first_names):
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
    finder.find_quoted_names()
    finder.find_listed(2, gazetteer.MAX_WORDS)
    finder.find_named_events()
    finder.find_described()
    finder.find_persons()
    finder.find_organisations()
    finder.find_listed(1, 1)
    finder.find_repeated_names()
    finder.find_other_names()
    return filter_spans(finder.spans), finder.link()


@Language.factory("articlekit_entities", assigns=["doc.ents", "span._.canonical"],
                  requires=["token.is_sent_start", "token.tag", "token.pos", "token.lemma"])
def make_entities(nlp: Language, name: str):
    """The entity component (rules and lists; nothing to train)."""
    return set_entities


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

