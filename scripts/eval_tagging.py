"""Measure UPOS and lemma accuracy of the kit's tagger on UD German GSD (dev split).

Usage: python scripts/eval_tagging.py [PATH_TO_CONLLU]
Reads ../shared/devdata/ud-german-gsd-dev.conllu by default; skips (exit 0) when it is absent.
Tags the gold tokens sentence by sentence, so tokenisation differences do not count.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from articlekit.tagger import tag_words

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "devdata" / "ud-german-gsd-dev.conllu"


def read_conllu(path: Path):
    """Yield sentences as lists of (form, lemma, upos), skipping multi-word token lines."""
    sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if sentence:
                yield sentence
            sentence = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sentence.append((cols[1], cols[2], cols[3]))
    if sentence:
        yield sentence


def evaluate(path: Path) -> dict:
    """UPOS and lemma accuracy over all tokens, plus the most frequent confusions."""
    total = pos_ok = lemma_ok = 0
    confusions: Counter = Counter()
    lemma_errors: Counter = Counter()
    for sentence in read_conllu(path):
        predicted = tag_words(tuple(form for form, _, _ in sentence))
        for (form, lemma, upos), (p_lemma, _, p_upos) in zip(sentence, predicted, strict=True):
            total += 1
            pos_ok += p_upos == upos
            lemma_ok += p_lemma == lemma
            if p_upos != upos:
                confusions[(upos, p_upos)] += 1
            if p_lemma != lemma:
                lemma_errors[(form, lemma, p_lemma)] += 1
    return {"tokens": total, "upos": pos_ok / total, "lemma": lemma_ok / total,
            "confusions": confusions.most_common(15), "lemma_errors": lemma_errors.most_common(25)}


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    result = evaluate(path)
    print(f"tokens {result['tokens']}  UPOS accuracy {result['upos']:.4f}  lemma accuracy {result['lemma']:.4f}")
    print("most frequent UPOS confusions (gold, predicted):", result["confusions"])
    print("most frequent lemma errors (form, gold, predicted):", result["lemma_errors"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
