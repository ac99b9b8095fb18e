"""Measure quote extraction on the GermEval 2023 speaker-attribution data (700 Wikinews articles).

Usage: python scripts/eval_quotes.py [DIR]
Reads ../shared/devdata/spkatt2023-task2-train/ by default; skips (exit 0) when it is absent.
Scoring, as token overlap: per article, the set of tokens inside any gold Message (Source, Cue) is
compared with the set inside any predicted quote (speaker mention, cue); precision, recall and F1 are
summed over all articles (micro average). All speech, thought and writing annotations count.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from spacy.tokens import Doc

from articlekit import get_nlp
from articlekit.evaluate import prf
from articlekit.quotes import find_quotes

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "devdata" / "spkatt2023-task2-train"
NO_SPACE_BEFORE = set(",.:;!?)]“«’") | {"'s"}
NO_SPACE_AFTER = set("„([»‚")


def build_doc(nlp, sentences: list[list[str]]) -> tuple[Doc, list[tuple[int, int]]]:
    """A Doc of the gold tokens with natural spacing, and the (sentence, token) id of each token."""
    words, spaces, starts, ids = [], [], [], []
    for s, tokens in enumerate(sentences):
        straight_quotes = 0
        for t, word in enumerate(tokens):
            if word == '"':
                straight_quotes += 1
            words.append(word)
            starts.append(t == 0)
            ids.append((s, t))
            nxt = tokens[t + 1] if t + 1 < len(tokens) else None
            opening = word in NO_SPACE_AFTER or (word == '"' and straight_quotes % 2 == 1)
            closing_next = nxt is not None and (nxt in NO_SPACE_BEFORE or (nxt == '"' and straight_quotes % 2 == 1))
            spaces.append(not (opening or closing_next))
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    for name, component in nlp.pipeline:
        if name == "articlekit_quotes":
            break  # the quotes are found by the caller; later components are not needed here
        if name != "articlekit_sentences":
            doc = component(doc)
    return doc, ids


def token_ids(doc: Doc, ids, start: int | None, end: int | None) -> set:
    if start is None or end is None:
        return set()
    return {ids[t.i] for t in doc if start <= t.idx < end}


def evaluate(folder: Path) -> dict:
    """Token-overlap precision, recall and F1 for Message, Source and Cue over all articles."""
    nlp = get_nlp()
    counts = {"Message": [0, 0, 0], "Source": [0, 0, 0], "Cue": [0, 0, 0]}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        doc, ids = build_doc(nlp, [s["Tokens"] for s in data["Sentences"]])
        quotes = find_quotes(doc)
        predicted = {
            "Message": set().union(*(token_ids(doc, ids, q.start, q.end) for q in quotes)),
            "Source": set().union(*(token_ids(doc, ids, q.speaker_start, q.speaker_end) for q in quotes)),
            "Cue": set().union(*(token_ids(doc, ids, q.cue_start, q.cue_end) for q in quotes)),
        }
        for role, count in counts.items():
            gold = {tuple(map(int, x.split(":"))) for a in data["Annotations"] for x in a[role]}
            count[0] += len(gold & predicted[role])
            count[1] += len(predicted[role])
            count[2] += len(gold)
    return {role: prf(*values) for role, values in counts.items()}


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not folder.exists():
        print(f"skipped: {folder} not found")
        return 0
    for role, scores in evaluate(folder).items():
        print(f"{role:8s} precision {scores['precision']:.3f}  recall {scores['recall']:.3f}  F1 {scores['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
