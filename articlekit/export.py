"""Timeline exports: a flat table (CSV) and TimelineJS JSON, both with the sentence as evidence."""
from __future__ import annotations

from pathlib import Path

import pandas as pd


def write_safely(path: Path, text: str) -> None:
    """Write under a temporary name first, then move into place: no half-written file is ever left."""
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def sentence_at(result: dict, offset: int) -> str:
    """The sentence of an analysis result that contains a character offset (hover texts, exports)."""
    for sentence in result["sentences"]:
        if sentence["start"] <= offset < sentence["end"]:
            return result["text"][sentence["start"]:sentence["end"]]
    return ""


def events_table(result: dict) -> pd.DataFrame:
    """One row per event of an analysis: label, dates, qualifier, origin, and the sentence it comes from."""
    rows = [{"Ereignis": e["label"], "Beginn": e["start"], "Ende": e["end"], "Genauigkeit": e.get("mod") or "",
             "Herkunft": "Weltwissen" if e["origin"] == "world-knowledge" else "Text",
             "Beleg": sentence_at(result, e["evidence"]["start"]) if e["evidence"] else "",
             "Quelle des Datums": e.get("note", "")} for e in result["events"]]
    return pd.DataFrame(rows, columns=["Ereignis", "Beginn", "Ende", "Genauigkeit", "Herkunft", "Beleg", "Quelle des Datums"])


def _timelinejs_date(value: str | None) -> dict | None:
    """ISO date of any precision -> TimelineJS date object."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("-")
    names = ("year", "month", "day")
    return {name: part for name, part in zip(names, parts) if part.isdigit()}


def to_timelinejs(result: dict, title: str) -> dict:
    """The events as a TimelineJS 3 document (https://timeline.knightlab.com/docs/json-format.html)."""
    slides = []
    for event in result["events"]:
        start = _timelinejs_date(event["start"])
        if start is None:
            continue
        slide = {"start_date": start, "group": "Weltwissen" if event["origin"] == "world-knowledge" else "Text",
                 "text": {"headline": event["label"],
                          "text": sentence_at(result, event["evidence"]["start"]) if event["evidence"] else ""}}
        if end := _timelinejs_date(event["end"]):
            slide["end_date"] = end
        slides.append(slide)
    return {"title": {"text": {"headline": title}}, "events": slides}
