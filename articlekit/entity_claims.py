"""The shared state of the entity rules: which words a rule has claimed, and how far a rule may look.

Rules run in order over one Doc; an earlier rule's span wins, so `Claims.add` refuses overlaps.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IS_SPACE, LEMMA, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span

from .marks import opens
from .name_cues import Word, words_of

ATTRIBUTES = [ORTH, TAG, POS, LEMMA, SENT_START, IS_SPACE]  # read at once with Doc.to_array: token by token is slow


@dataclass(frozen=True)
class Windows:
    """How many words the rules look at (the entity component's config; see `nlp.config`)."""

    title_words: int = 12  # a quoted work title after "Film", "Buch" ...
    quoted_name_words: int = 4  # a quoted name after another noun: die Raumfähre „Discovery“
    described_words: int = 3  # unknown name words after a descriptor: die Gemeinde X Y
    person_words: int = 4  # words of a person's name
    bracket_lookback: int = 6  # words before a name searched for an editorial "(dem Präsidenten Anna) Muster"
    club_words: int = 3  # words after a club abbreviation up to its town: SV Werder Bremen
    legal_form_words: int = 4  # capitalised words before a legal form: Muster Bau GmbH
    head_name_words: int = 5  # words of "für X" after an organisation head: Institut für X
    other_name_words: int = 4  # words of a remaining unknown name


class Claims:
    """Entity spans found so far in one Doc and the words they cover (space tokens skipped).

    Rules see `words` (text, tags and answers of name_cues.Word); `index` maps a word to its token in the Doc.
    """

    def __init__(self, doc: Doc, windows: Windows = Windows()):
        self.doc = doc
        self.windows = windows
        rows = doc.to_array(ATTRIBUTES).tolist() if len(doc) else []
        self.index = [i for i, row in enumerate(rows) if not row[5]]
        self.words: list[Word] = words_of([rows[i] for i in self.index], doc.vocab.strings)
        self.taken: set[int] = set()
        self.spans: list[Span] = []
        self.found: list[tuple[int, int, str]] = []  # the spans as word indices: first, end, label
        self.canonical: dict[tuple[int, int], str] = {}

    def opens(self, index: int) -> bool:
        """Whether the quote mark at a word opens a quotation, judged by the characters around it
        (read from the tokens next to it: Doc.text joins all tokens anew on each access)."""
        position = self.index[index]
        around = self.doc[max(0, position - 1):position + 2]
        return opens(around.text, self.doc[position].idx - around.start_char)

    def add(self, first: int, end: int, label: str, canonical: str | None = None) -> bool:
        """Claim words first..end-1 for an entity, unless one of them is already claimed."""
        if first >= end:
            return False
        start, stop = self.index[first], self.index[end - 1] + 1
        if any(i in self.taken for i in range(start, stop)):
            return False
        self.taken.update(range(start, stop))
        self.spans.append(Span(self.doc, start, stop, label=label))
        self.found.append((first, end, label))
        if canonical:
            self.canonical[(start, stop)] = canonical
        return True

    def extend(self, k: int, end: int) -> int:
        """Let the k-th span found reach to word end-1, taking in the spans found there and the words between;
        return its new place in `found`."""
        first, _, label = self.found[k]
        swallowed = [j for j, (start, _, _) in enumerate(self.found) if j != k and first <= start < end]
        for j in sorted(swallowed, reverse=True):
            span = self.spans.pop(j)
            self.canonical.pop((span.start, span.end), None)
            del self.found[j]
        k -= sum(j < k for j in swallowed)
        old = self.spans[k]
        stop = self.index[end - 1] + 1
        self.taken.update(range(old.start, stop))
        self.canonical.pop((old.start, old.end), None)
        self.spans[k] = Span(self.doc, old.start, stop, label=label)
        self.found[k] = (first, end, label)
        return k

    def word(self, index: int) -> Word | None:
        """The word at an index, or None outside the text."""
        return self.words[index] if 0 <= index < len(self.words) else None
