"""Measure entity recognition on GermEval 2014 (dev split): outer level, OTH -> MISC.

Usage: python scripts/eval_entities.py [PATH_TO_TSV]
Reads ../shared/devdata/germeval2014-ner-dev.tsv by default; skips (exit 0) when it is absent.
`deriv` and `part` labels (e.g. "chinesische" LOCderiv, "US-Politik" LOCpart) count as no entity,
as the kit does not mark them. The gold tokens are used, so tokenisation does not count.
"""
from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import Doc

from articlekit import get_nlp
from articlekit.evaluate import score_spans

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "devdata" / "germeval2014-ner-dev.tsv"
LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}


def read_germeval(path: Path):
    """Yield (words, gold spans as (start token, end token, label)) per sentence."""
    words, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                yield words, bio_spans(tags)
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Spans from BIO tags, keeping only the four plain labels."""
    spans, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if start is not None and (tag.startswith("B-") or kind != label):
            spans.append((start, i, LABELS[label]))
            start = label = None
        if tag.startswith("B-") and kind in LABELS:
            start, label = i, kind
    return spans


def evaluate(path: Path):
    """Score table (per label and overall) over the whole file."""
    nlp = get_nlp()
    gold, predicted = [], []
    for number, (words, spans) in enumerate(read_germeval(path)):
        doc = Doc(nlp.vocab, words=words)
        for _, component in nlp.pipeline:
            doc = component(doc)
        gold += [(number, s, e, label) for s, e, label in spans]
        predicted += [(number, ent.start, ent.end, ent.label_) for ent in doc.ents]
    return score_spans(gold, predicted)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    print(evaluate(path).round(3).to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
