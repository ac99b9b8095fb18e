"""The one label table: German names and colours of entity types, quote kinds, lanes, time types, verb classes.

Every view (tables, highlighted text, figures, the handout, checks) reads names and colours here, so a
label is called and coloured the same everywhere. The table itself is articlekit/data/labels.toml.
"""
from __future__ import annotations

from dataclasses import dataclass

from .resources import settings, table


@dataclass(frozen=True)
class Label:
    """One entry: the record's key, its German name, a mark colour and a light background tint."""

    key: str
    name: str
    colour: str
    background: str


def _label(group: str, key: str | None) -> Label:
    """The entry of a group; an unknown key keeps its own text as name and gets the neutral grey."""
    table = settings("labels.toml")
    entry = {**table["fallback"], "name": key or "–", **table[group].get(key or "", {})}
    return Label(key or "", entry["name"], entry["colour"], entry["background"])


def entity(label: str) -> Label:
    """Entity types (PER, LOC, ORG, MISC)."""
    return _label("entity", label)


def quote_kind(kind: str) -> Label:
    """Quote kinds (direct, partial, indirect, reported; none = no statement)."""
    return _label("quote_kind", kind)


def quote(record: dict) -> Label:
    """The label of a quote record: its kind, or "keine Aussage" when the record says nothing (statement false)."""
    return quote_kind("none" if record.get("statement") is False else record["kind"])


def lane(name: str) -> Label:
    """Timeline lanes (world, text, speech)."""
    return _label("lane", name)


def timex_type(type_: str) -> Label:
    """TIMEX3 types (DATE, TIME, DURATION, SET)."""
    return _label("timex_type", type_)


def verb_class(class_id: str) -> Label:
    """Speech-verb classes (ids of articlekit/data/speech_verb_classes.tsv)."""
    return _label("verb_class", class_id)


def block(kind: str) -> Label:
    """Parts of an article (title, heading, paragraph, byline, boilerplate)."""
    return _label("block", kind)


def pos(tag: str) -> Label:
    """Universal Dependencies parts of speech of content words."""
    return _label("pos", tag)


def mod(qualifier: str) -> Label:
    """TIMEX3 mod qualifiers (how exact a date is)."""
    return _label("mod", qualifier)


def group(name: str) -> list[Label]:
    """All entries of one group in table order (legends, colour maps)."""
    return [_label(name, key) for key in settings("labels.toml")[name]]


def colour_map(name: str) -> dict[str, str]:
    """German name -> colour for one group: plotly's color_discrete_map for columns of German names."""
    return {entry.name: entry.colour for entry in group(name)}


def verb_class_explanation(class_id: str) -> str:
    """The German sentence that explains a speech-verb class (QUOTES' table speech_verb_classes.tsv)."""
    return next((row["explanation"] for row in table("speech_verb_classes.tsv") if row["class"] == class_id), "")
