"""A handout of an analysis as one HTML page: the highlighted article, the tables and the timeline.

The page is self-contained (plotly's JavaScript is embedded), so it works offline and can be
mailed or printed: on A4 the seed article takes at most four pages, the timeline stays on one page.
Every piece of article text is HTML-escaped; names and colours come from the label table.
"""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from . import display, labels, plots
from .export import lane, timeline_rows, write_safely
from .feedback import german_date

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; \
color: #222; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; color: #0b4f7c; border-bottom: 2px solid #0b4f7c; padding-bottom: .1rem; \
margin: 1.4rem 0 .5rem;
     break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.05rem; margin: .8rem 0 .3rem; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; font-size: .85rem; margin-bottom: 1rem; width: 100%; }
td, th { border: 1px solid #ccc; padding: .15rem .35rem; vertical-align: top; text-align: left; }
th { background: #eef3f7; }
.legend span { margin-right: .8rem; padding: 0 .3rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.figure { break-inside: avoid; page-break-inside: avoid; }
.events td:nth-child(4) { width: 35%; }
.meta { color: #555; margin-top: 0; }
@page { size: A4; margin: 14mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 9.5pt; }
  .article div { line-height: 1.55 !important; }
  table { font-size: 8.5pt; }
}
"""
QUOTE_LINES = {"direct": "solid", "partial": "solid", "indirect": "dotted", "reported": "dashed", "none": "double"}
HEADING_WORDS = 12  # a line of at most this many words without a sentence end is a heading
SENTENCE_END = ".!?:;,\"“”«»"
PRINT_WIDTH = 680  # px: the text width of an A4 page with 14 mm margins
PRINT_ROW = 13  # px per event row of the printed timeline (the notebook figure has more room)
NAMES = 12  # most mentioned names in the handout's table


def title_of(result: dict, title: str | None = None) -> str:
    """The handout's title: the one given (metadata), else the article's first line."""
    if title:
        return title
    first = next((line.strip() for line in result["text"].splitlines() if line.strip()), "Artikel")
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + " …"


def _quote_style(record: dict) -> str:
    """Quotes are underlined (backgrounds belong to names): line style by kind, colour from the label table."""
    label = labels.quote(record)
    return f"border-bottom:3px {QUOTE_LINES.get(label.key, 'solid')} {label.colour}"


def _timex_style(type_: str) -> str:
    """Time expressions are outlined, so they stay visible inside a highlighted name or quote."""
    return f"outline:2px solid {labels.timex_type(type_).colour};border-radius:3px"


def annotated_html(result: dict) -> str:
    """The article with its entities, quotes and time expressions highlighted."""
    spans = [(e["start"], e["end"], f"background:{labels.entity(e['label']).background}",
              f"{labels.entity(e['label']).name}: {e['canonical']}") for e in result["entities"]]
    spans += [(q["start"], q["end"], _quote_style(q), f"{labels.quote(q).name}: {q['speaker'] or 'unbekannt'}")
              for q in result["quotes"]]
    spans += [(t["start"], t["end"], _timex_style(t["type"]), f"{labels.timex_type(t['type']).name} {t['value']}")
              for t in result["timexes"]]
    return display.highlight_html(result["text"], spans + heading_spans(result["text"]))


def heading_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Short lines without a sentence end (title, subheadings) styled as headings."""
    spans, start = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped.split()) <= HEADING_WORDS and stripped[-1] not in SENTENCE_END:
            spans.append((start, start + len(line), "font-weight:bold;font-size:1.05em;color:#0b4f7c", "Überschrift"))
        start += len(line) + 1
    return spans


def legend_html() -> str:
    """What the highlights mean: entity backgrounds, quote underlines, time outlines."""
    items = [(f"background:{e.background}", e.name) for e in labels.group("entity")]
    items += [(_quote_style({"kind": q.key, "statement": q.key != "none"}), q.name) for q in labels.group("quote_kind")]
    items += [(_timex_style("DATE"), "Zeitausdruck")]
    return ('<p class="legend">'
            + "".join(f'<span style="{style}">{html.escape(name)}</span>' for style, name in items)
            + "</p>")


def table_html(frame: pd.DataFrame) -> str:
    """A table without index and without empty-value placeholders (None, NaN become empty cells)."""
    clean = frame.astype(object).where(frame.notna(), "").replace({None: ""})
    return clean.to_html(index=False, escape=True, na_rep="")


def events_html(result: dict) -> str:
    """The events as a compact table: one row per date and lane, labels joined; the sentences are in the article."""
    rows: dict[tuple, dict] = {}
    for e in result["events"]:
        if not e["start"]:
            continue
        when = german_date(e["start"]) + (f" bis {german_date(e['end'])}" if e["end"] else "")
        row = {"Datum": when + (f" ({labels.mod(e['mod']).name})" if e.get("mod") else ""),
               "Spur": labels.lane(lane(e, result)).name}
        note = e.get("note", "").split(";")[0]  # the first clause names the source; the notebook table has it all
        rows.setdefault(tuple(row.values()),
                        {**row, "Ereignis": [], "Quelle des Datums": note})["Ereignis"].append(e["label"])
    table = [{**row, "Ereignis": "; ".join(row["Ereignis"])} for row in rows.values()]
    frame = pd.DataFrame(table, columns=["Datum", "Ereignis", "Spur", "Quelle des Datums"])
    return table_html(frame).replace('class="dataframe"', 'class="dataframe events"', 1)


def timeline_figure(result: dict):
    """The overview timeline at print width, short enough for one A4 page."""
    figure = plots.timeline(result)
    figure.update_layout(width=PRINT_WIDTH, height=PRINT_ROW * len(timeline_rows(result)) + 120, title=None,
                         margin={"t": 40}, font={"size": 11})
    return figure


def timeline_html(result: dict) -> str:
    """The overview timeline with its caption, plotly.js embedded."""
    figure = timeline_figure(result)
    drawn = figure.to_html(full_html=False, include_plotlyjs=True, div_id="zeitleiste",
                           config={"displayModeBar": False, "responsive": False})
    return f'<div class="figure"><h3>Überblick</h3>{drawn}<p><em>{html.escape(plots.caption(figure))}</em></p></div>'


def build(result: dict, title: str | None = None) -> str:
    """The whole handout as one HTML string."""
    title = title_of(result, title)
    statements = [q for q in result["quotes"] if q.get("parent") is None]  # nested partial quotes are in their parent
    quotes = display.quote_table(statements)[["Art", "Sprecher", "Redeeinleitung", "Einordnung", "Text"]]
    timexes = display.timex_table(result["timexes"])[["Ausdruck", "Bedeutung", "Wert"]]
    names = display.mention_counts(result["entities"])[["Name", "Art", "Erwähnungen"]]
    rest = len(names) - NAMES
    names = names.head(NAMES)
    sections = [
        f"<h1>{html.escape(title)}</h1>",
        ('<p class="meta">Datum des Artikels: '
         f'{html.escape(german_date(result["date"]) if result["date"] else "unbekannt")}</p>'),
        "<h2>Der Artikel</h2>", legend_html(), f'<div class="article">{annotated_html(result)}</div>',
        '<div class="pair"><div><h2>Namen</h2>', table_html(names),
        f"<p><small>… und {rest} weitere mit weniger Erwähnungen</small></p>" if rest > 0 else "",
        "</div><div><h2>Zeitausdrücke</h2>",
        table_html(timexes), "</div></div>",
        "<h2>Zitate und Redewiedergaben</h2>", table_html(quotes),
        "<h2>Zeitleiste</h2>", "<h3>Ereignisse</h3>", events_html(result), timeline_html(result),
        ("<p><small>Erstellt mit articlekit. Der Artikeltext gehört seinem Verlag "
         "und wird zu Unterrichtszwecken zitiert.</small></p>"),
    ]
    return (f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n")


def write(result: dict, title: str | None, out: Path) -> None:
    """Write the handout to `out` (safely: see export.write_safely)."""
    write_safely(out, build(result, title))
