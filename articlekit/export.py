"""Timeline exports: a flat table (CSV), TimelineJS JSON and the rows a drawn timeline shows.

All carry the sentence each event comes from as evidence.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from . import labels
from .feedback import german_date
from .timeline import value_span

NARROWED = {"START": (0, 1 / 3), "EARLY": (0, 1 / 3), "MID": (1 / 3, 2 / 3), "END": (2 / 3, 1), "LATE": (2 / 3, 1)}
SHORT = 38  # characters of a label drawn beside its mark; the full label and sentence go into the hover text


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


def lane(event: dict, result: dict) -> str:
    """The event's lane; records without `lane` get it from their origin and whether a quote's cue is the evidence."""
    if event.get("lane"):
        return event["lane"]
    if event["origin"] == "world-knowledge":
        return "world"
    cues = {q.get("cue_start") for q in result["quotes"]}
    return "speech" if event["evidence"] and event["evidence"]["start"] in cues else "text"


def events_table(result: dict) -> pd.DataFrame:
    """One row per event of an analysis: label, dates, qualifier, lane, and the sentence it comes from."""
    rows = [{"Ereignis": e["label"], "Beginn": e["start"], "Ende": e["end"] or "", "Genauigkeit": e.get("mod") or "",
             "Herkunft": labels.lane(lane(e, result)).name,
             "Beleg": sentence_at(result, e["evidence"]["start"]) if e["evidence"] else "",
             "Quelle des Datums": e.get("note", "")} for e in result["events"]]
    return pd.DataFrame(rows, columns=["Ereignis", "Beginn", "Ende", "Genauigkeit", "Herkunft", "Beleg",
                                       "Quelle des Datums"])


def short(label: str, limit: int = SHORT) -> str:
    """A label cut at a word boundary to fit beside a mark."""
    if len(label) <= limit:
        return label
    return label[:limit - 1].rsplit(" ", 1)[0].rstrip(":,") + " …"


def span(event: dict) -> tuple[dt.date, dt.date] | None:
    """First and last day an event covers (None if vague); START/MID/END of a period narrow it to a third."""
    first = value_span(event["start"]) if event["start"] else None
    if first is None:
        return None
    last = value_span(event["end"]) if event["end"] else None
    begin, end = first[0], (last or first)[1]
    if not event["end"] and event.get("mod") in NARROWED:
        low, high = NARROWED[event["mod"]]
        days = (end - begin).days
        begin, end = begin + dt.timedelta(days=round(days * low)), begin + dt.timedelta(days=round(days * high))
    return begin, end


def timeline_rows(result: dict) -> pd.DataFrame:
    """The events a timeline draws, one row each: lane, short and full label, first and last day, kind of mark."""
    rows = []
    for event in result["events"]:
        days = span(event)
        if days is None:
            continue
        mod = event.get("mod") or ""
        rows.append({"Spur": lane(event, result), "Beschriftung": short(event["label"]), "Ereignis": event["label"],
                     "Datum": (german_date(event["start"])
                               + (f" bis {german_date(event['end'])}" if event["end"] else "")),
                     "Beginn": days[0], "Ende": days[1], "offen": bool(event.get("ongoing")),
                     "ungefähr": bool(event.get("approximate")) or mod in ("APPROX", *NARROWED), "Genauigkeit": mod,
                     "Beleg": sentence_at(result, event["evidence"]["start"]) if event["evidence"] else "",
                     "Gruppe": event.get("group")})
    columns = ["Spur", "Beschriftung", "Ereignis", "Datum", "Beginn", "Ende", "offen", "ungefähr",
               "Genauigkeit", "Beleg",
               "Gruppe"]
    return merge_groups(pd.DataFrame(rows, columns=columns))


def merge_groups(rows: pd.DataFrame) -> pd.DataFrame:
    """Events of one occasion (same `group`, lane and days) become one row; the hover lists them all."""
    keys = ["Gruppe", "Spur", "Beginn", "Ende"]
    grouped = rows[rows["Gruppe"].notna()]
    if grouped.empty:
        return rows.drop(columns="Gruppe")
    merged = grouped.groupby(keys, sort=False).agg(
        {**{c: "first" for c in rows.columns if c not in keys}, "Ereignis": list}).reset_index()
    merged["Beleg"] = merged["Ereignis"].map(" · ".join)
    merged["Ereignis"] = [f"{group}: {len(events)} Äußerungen" if len(events) > 1 else events[0]
                          for group, events in zip(merged["Gruppe"], merged["Ereignis"], strict=False)]
    merged["Beschriftung"] = merged["Ereignis"].map(short)
    return pd.concat([rows[rows["Gruppe"].isna()], merged[rows.columns]], ignore_index=True).drop(columns="Gruppe")


def _timelinejs_date(value: str | None) -> dict | None:
    """ISO date of any precision -> TimelineJS date object."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("-")
    names = ("year", "month", "day")
    return {name: part for name, part in zip(names, parts, strict=False) if part.isdigit()}


def to_timelinejs(result: dict, title: str) -> dict:
    """The events as a TimelineJS 3 document (https://timeline.knightlab.com/docs/json-format.html)."""
    slides = []
    for event in result["events"]:
        start = _timelinejs_date(event["start"])
        if start is None:
            continue
        slide = {"start_date": start, "group": labels.lane(lane(event, result)).name,
                 "text": {"headline": event["label"],
                          "text": sentence_at(result, event["evidence"]["start"]) if event["evidence"] else ""}}
        if end := _timelinejs_date(event["end"]):
            slide["end_date"] = end
        slides.append(slide)
    return {"title": {"text": {"headline": title}}, "events": slides}


OFFLINE_HTML = {"require_js_url": "data:text/javascript,", "mathjax_url": "data:text/javascript,"}


def notebook_html(path: Path) -> str:
    """A notebook as one offline HTML page: nbconvert's export without its require.js and MathJax CDN links.

    The figures draw with the copy of plotly.js that the first figure of the notebook embeds
    (articlekit.plots renderer). Same from the command line:
    jupyter nbconvert --to html --HTMLExporter.require_js_url=data:, --HTMLExporter.mathjax_url=data:, NOTEBOOK
    """
    from nbconvert import HTMLExporter  # imported on use: nbconvert is only needed for notebook exports

    body, _ = HTMLExporter(**OFFLINE_HTML).from_filename(str(path))
    return body
