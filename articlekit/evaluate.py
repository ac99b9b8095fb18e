"""Precision, recall and F1 of predicted records against gold records, per label and overall.

Scores are computed with English keys (scripts and tests read them); `german()` renames a score
table for students, and `outcomes()` lists every mention as richtig erkannt, falsch erkannt or übersehen.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd

from . import labels
from .resources import REPO_DATA, table

# The three outcomes of comparing a program with a gold standard, as students read them.
RIGHT, FALSE, MISSED = "richtig erkannt", "falsch erkannt", "übersehen"
GERMAN_COLUMNS = {"precision": "Präzision", "recall": "Ausbeute", "f1": "F1", "gold": "im Goldstandard",
                  "predicted": "vom Programm gefunden", "correct": RIGHT}


def prf(true_positives: int, predicted: int, gold: int) -> dict:
    """Precision, recall and F1 from counts (0.0 where a ratio is undefined)."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold": gold, "predicted": predicted,
            "correct": true_positives}


def score_spans(gold: list[tuple], predicted: list[tuple]) -> pd.DataFrame:
    """Exact-match scores of (start, end, label) triples: one row per label and a row 'alle'."""
    gold_set, predicted_set = set(gold), set(predicted)
    correct = gold_set & predicted_set
    count = lambda items: Counter(item[-1] for item in items)  # noqa: E731
    g, p, c = count(gold_set), count(predicted_set), count(correct)
    rows = {label: prf(c[label], p[label], g[label]) for label in sorted(g | p)}
    rows["alle"] = prf(len(correct), len(predicted_set), len(gold_set))
    return pd.DataFrame(rows).T[["precision", "recall", "f1", "gold", "predicted", "correct"]]


def german(scores: pd.DataFrame) -> pd.DataFrame:
    """A score table with German column names (Präzision, Ausbeute, F1, ...) and whole counts."""
    counts = [c for c in ("gold", "predicted", "correct") if c in scores.columns]
    return scores.astype({c: int for c in counts}).rename(columns=GERMAN_COLUMNS)


def locate(text: str, mentions: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Gold spans from (text, label) pairs written in reading order: each is looked up after the previous one."""
    spans, position = [], 0
    for mention, label in mentions:
        start = text.find(mention, position)
        if start < 0:
            raise ValueError(f"{mention!r} not found in the text after offset {position}")
        spans.append((start, start + len(mention), label))
        position = start + len(mention)
    return spans


def entity_spans(doc) -> list[tuple[int, int, str]]:
    """The kit's entities as (start, end, label) character spans."""
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def outcomes(gold: list[tuple], predicted: list[tuple], text: str) -> pd.DataFrame:
    """Every gold and predicted entity span in text order, marked richtig erkannt, falsch erkannt or übersehen.

    Exact match: a span with the wrong borders or the wrong label counts twice, as falsch erkannt
    (the program's span) and as übersehen (the gold span).
    """
    gold_set, predicted_set = set(gold), set(predicted)
    marked = [(span, RIGHT) for span in gold_set & predicted_set] + \
        [(span, FALSE) for span in predicted_set - gold_set] + [(span, MISSED) for span in gold_set - predicted_set]
    rows = [{"Text": text[s:e], "Label": label, "Art": labels.entity(label).name, "Ergebnis": outcome,
             "von": s, "bis": e} for (s, e, label), outcome in sorted(marked)]
    return pd.DataFrame(rows, columns=["Text", "Label", "Art", "Ergebnis", "von", "bis"])


def outcome_counts(table_: pd.DataFrame) -> dict[str, int]:
    """How many mentions an outcome table has of each outcome (zeros included)."""
    found = table_["Ergebnis"].value_counts()
    return {outcome: int(found.get(outcome, 0)) for outcome in (RIGHT, FALSE, MISSED)}


def span_errors(gold: list[tuple], predicted: list[tuple], text: str) -> pd.DataFrame:
    """What went wrong: missed gold spans and false predictions, with their text, in text order."""
    table_ = outcomes(gold, predicted, text)
    return table_[table_["Ergebnis"] != RIGHT].reset_index(drop=True)


def gold(name: str) -> pd.DataFrame:
    """A gold annotation table of the seed article from data/gold/ (e.g. "entities")."""
    return pd.DataFrame(table(f"gold/{name}.tsv", REPO_DATA)).astype({"start": int, "end": int})


def entity_report(doc) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scores of the kit's entities against the seed gold, and the list of differences."""
    expected = [(r.start, r.end, r.label) for r in gold("entities").itertuples()]
    found = entity_spans(doc)
    return score_spans(expected, found), span_errors(expected, found, doc.text)


def quote_report(quotes: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Quotes against the seed gold: span scores per kind, and each gold quote with what the kit found."""
    expected = gold("quotes").fillna("")
    found = {(q["start"], q["end"]): q for q in quotes}
    scores = score_spans([(r.start, r.end, r.kind) for r in expected.itertuples()],
                         [(q["start"], q["end"], q["kind"]) for q in quotes])
    rows = []
    for row in expected.itertuples():
        hit = found.get((row.start, row.end))
        speaker = (hit or {}).get("speaker") or ""
        text = row.text if len(row.text) <= 60 else row.text[:57] + "..."
        rows.append({"Art": labels.quote_kind(row.kind).name, "Text": text,
                     "Sprecher (Gold)": row.speaker, "Sprecher (Kit)": speaker if hit else "– nicht gefunden –",
                     "richtig": bool(hit) and hit["kind"] == row.kind and speaker == row.speaker})
    return scores, pd.DataFrame(rows)


def timex_report(timexes: list[dict]) -> pd.DataFrame:
    """Time expressions against the seed gold: strict and relaxed span F1, and value accuracy."""
    expected = gold("timexes")
    strict = {(t["start"], t["end"]) for t in timexes} & {(r.start, r.end) for r in expected.itertuples()}
    overlapping = [(r, t) for r in expected.itertuples() for t in timexes if t["start"] < r.end and r.start < t["end"]]
    relaxed_gold = {r.Index for r, _ in overlapping}
    relaxed_found = {(t["start"], t["end"]) for _, t in overlapping}
    values = sum(1 for r, t in overlapping if (r.type, r.value) == (t["type"], t["value"]))
    rows = {
        "streng (genaue Grenzen)": prf(len(strict), len(timexes), len(expected)),
        "locker (Überlappung)": {**prf(len(relaxed_gold), len(timexes), len(expected)),
                                 "precision": len(relaxed_found) / len(timexes) if timexes else 0.0},
    }
    table_ = pd.DataFrame(rows).T[["precision", "recall", "f1", "gold", "predicted", "correct"]]
    table_["Wert richtig"] = [values / len(overlapping) if overlapping else 0.0] * 2
    return table_
