"""A one-page HTML handout of an analysis: the highlighted article, the tables and the timeline.

The page is self-contained (plotly's JavaScript is embedded), so it works offline and can be
mailed or printed. Every piece of article text is HTML-escaped.
"""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from . import display, plots
from .export import events_table, write_safely

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; font-size: .9rem; margin-bottom: 1.5rem; }
td, th { border: 1px solid #ccc; padding: .2rem .4rem; vertical-align: top; }
.legend span { margin-right: 1rem; padding: 0 .3rem; }
"""
ENTITY_STYLES = {"PER": "background:#f6d38a", "LOC": "background:#bde0f6", "ORG": "background:#a7dbc7",
                 "MISC": "background:#ecc8de"}
QUOTE_STYLES = {"direct": "border-bottom:3px solid #d4a600", "partial": "border-bottom:3px solid #d4a600",
                "indirect": "border-bottom:3px dotted #0072b2", "reported": "border-bottom:3px dashed #cc79a7"}
TIMEX_STYLE = "outline:2px solid #d55e00;border-radius:3px"
LEGEND_ITEMS = [(ENTITY_STYLES["PER"], "Person"), (ENTITY_STYLES["LOC"], "Ort"), (ENTITY_STYLES["ORG"], "Organisation"),
                (ENTITY_STYLES["MISC"], "Sonstiges"), (QUOTE_STYLES["direct"], "Zitat"),
                (QUOTE_STYLES["indirect"], "indirekte Rede"), (QUOTE_STYLES["reported"], "berichtete Rede"),
                (TIMEX_STYLE, "Zeitausdruck")]


def annotated_html(result: dict) -> str:
    """The article with its entities, quotes and time expressions highlighted."""
    spans = [(e["start"], e["end"], ENTITY_STYLES[e["label"]], f"{e['label']}: {e['canonical']}") for e in result["entities"]]
    spans += [(q["start"], q["end"], QUOTE_STYLES[q["kind"]], f"{q['kind']}: {q['speaker'] or 'unbekannt'}")
              for q in result["quotes"]]
    spans += [(t["start"], t["end"], TIMEX_STYLE, f"{t['type']} {t['value']}") for t in result["timexes"]]
    return display.highlight_html(result["text"], spans)


def legend_html() -> str:
    return '<p class="legend">' + "".join(f'<span style="{style}">{name}</span>' for style, name in LEGEND_ITEMS) + "</p>"


def table_html(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, na_rep="")


def build(result: dict, title: str) -> str:
    """The whole handout as one HTML string."""
    figure = plots.timeline(result)
    sections = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p>Datum des Artikels: {html.escape(result['date'] or 'unbekannt')}</p>",
        "<h2>Der Artikel</h2>", legend_html(), annotated_html(result),
        "<h2>Namen</h2>", table_html(display.mention_counts(result["entities"])),
        "<h2>Zitate und Redewiedergaben</h2>", table_html(display.quote_table(result["quotes"]).drop(columns=["von", "bis"])),
        "<h2>Zeitausdrücke</h2>", table_html(display.timex_table(result["timexes"]).drop(columns=["von", "bis"])),
        "<h2>Zeitleiste</h2>", figure.to_html(full_html=False, include_plotlyjs=True, div_id="zeitleiste"),
        table_html(events_table(result)),
        "<p><small>Erstellt mit articlekit. Der Artikeltext gehört seinem Verlag und wird zu Unterrichtszwecken zitiert.</small></p>",
    ]
    return (f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n")


def write(result: dict, title: str, out: Path) -> None:
    """Write the handout to `out` (safely: see export.write_safely)."""
    write_safely(out, build(result, title))
