"""The frame patterns of speech_frames.toml matched from their anchor words only ("laut", "nach", "so" ...).

spaCy's Matcher tries every pattern at every token (its Python tests too), which cost more than the rest of the
quote analysis; each frame's anchor token is a literal word, so the patterns are tried only where one stands.
Pattern tokens support equality, IN, NOT_IN and REGEX tests on LOWER, TEXT, TAG, POS and LEMMA, `OP` "?" and
"{m,n}" (only after the anchor), and the list nouns FRAME_NOUN and SOURCE_NOUN.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .speech import frames, in_list

ATTRIBUTES = {"LOWER": "lower_", "TEXT": "text", "TAG": "tag_", "POS": "pos_", "LEMMA": "lemma_"}
ANCHOR_ATTRIBUTES = {"LOWER": "LOWER", "TEXT": "ORTH", "LEMMA": "LEMMA"}  # pattern key -> Doc.to_array key
LIST_NOUNS = {  # pattern keys for nouns of a word list: "FRAME_NOUN = true"
    "FRAME_NOUN": lambda token: in_list("after_nach", token.text),  # Angaben, Polizeiangaben (inflected, compounds)
    "SOURCE_NOUN": lambda token: in_list("source_nouns", token.text),  # Mitteilung, Abschlussberichts
}
REPEAT = re.compile(r"\{(\d+),(\d+)\}")


def repetitions(op: str | None) -> range:
    """How often a pattern token may occur: once, "?" (0-1) or "{m,n}"."""
    if op is None:
        return range(1, 2)
    if op == "?":
        return range(0, 2)
    if found := REPEAT.fullmatch(op):
        return range(int(found.group(1)), int(found.group(2)) + 1)
    raise ValueError(f"frame patterns support no operator {op!r}")


def passes(token: Token, spec: dict) -> bool:
    """Whether a token passes every test of one pattern token."""
    for key, test in spec.items():
        if key in LIST_NOUNS:
            if test and not (token.pos_ == "NOUN" and LIST_NOUNS[key](token)):
                return False
        elif key != "OP" and not passes_test(getattr(token, ATTRIBUTES[key]), test):
            return False
    return True


def passes_test(value: str, test: str | dict) -> bool:
    """One attribute test: a value, or a dict with IN, NOT_IN or REGEX."""
    if isinstance(test, str):
        return value == test
    return ("IN" not in test or value in test["IN"]) and value not in test.get("NOT_IN", ()) and \
        ("REGEX" not in test or re.search(test["REGEX"], value) is not None)


def ends(doc: Doc, pattern: list[dict], index: int, position: int) -> list[int]:
    """All token positions where pattern[index:] matched from `position` ends (every repetition count)."""
    if index == len(pattern):
        return [position]
    spec, found = pattern[index], []
    counts = repetitions(spec.get("OP"))
    run = 0
    while run < counts.stop - 1 and position + run < len(doc) and passes(doc[position + run], spec):
        run += 1
    for count in counts:
        if count <= run:
            found += ends(doc, pattern, index + 1, position + count)
    return found


def anchor_words(frame: dict) -> tuple[str, list[str]]:
    """The attribute and the words the anchor token of a frame must be (patterns are tried only there)."""
    spec = frame["pattern"][frame["anchor"]]
    if any("OP" in token for token in frame["pattern"][:frame["anchor"] + 1]):
        raise ValueError(f"frame {frame['id']!r}: no repetition before or at the anchor")
    key = next((key for key in ANCHOR_ATTRIBUTES if key in spec), None)
    if key is None:
        raise ValueError(f"frame {frame['id']!r}: the anchor must be a word (LOWER, TEXT or LEMMA)")
    test = spec[key]
    return key, [test] if isinstance(test, str) else list(test["IN"])


class FramePatterns:
    """All frames of speech_frames.toml, tried at the tokens that are one of their anchor words."""

    def __init__(self):
        """Index the frames by their anchor words: pattern key -> word hash -> frame numbers."""
        self.frames = frames()["frames"]
        self.index: dict[str, dict[int, list[int]]] = {}
        for order, frame in enumerate(self.frames):
            key, words = anchor_words(frame)
            for word in words:
                self.index.setdefault(key, {}).setdefault(get_string_id(word), []).append(order)
        self.hashes = {key: numpy.array(list(by_word), dtype=numpy.uint64) for key, by_word in self.index.items()}

    def __call__(self, doc: Doc) -> list[tuple[int, int, dict]]:
        """(start, end, frame) of every match in the Doc, by start, then by the frames' order in the file."""
        found = []
        columns = doc.to_array([ANCHOR_ATTRIBUTES[key] for key in self.index])
        for column, (key, by_word) in enumerate(self.index.items()):
            words = columns[:, column]
            for i in numpy.flatnonzero((words[:, None] == self.hashes[key]).any(axis=1)).tolist():  # few words
                for order in by_word[int(words[i])]:
                    start = i - self.frames[order]["anchor"]
                    if start >= 0:
                        found += [(start, order, end) for end in ends(doc, self.frames[order]["pattern"], 0, start)]
        return [(start, end, self.frames[order]) for start, order, end in sorted(found)]


@lru_cache(maxsize=1)
def frame_patterns() -> FramePatterns:
    """The frame patterns, indexed once."""
    return FramePatterns()
