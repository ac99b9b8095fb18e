"""Figures of a corpus ("Wer kommt zu Wort?") and the corpus variant of the HTML report, offline.

Figure functions take the tables of articlekit.corpus and return plotly figures with German labels,
the colours of the label table and a caption in layout.meta (as articlekit.plots does), so
`plots.show(figure)` and `plots.figure_data(figure)` work on them.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from . import corpus, labels
from .analysis import analyze_many
from .article import ArticleError, load_article
from .export import write_safely

TYPE_COLOURS = {"Person": labels.entity("PER").colour, "Institution": labels.entity("ORG").colour,
                "anonym": labels.quote_kind("none").colour, "ohne Namen": labels.entity("MISC").colour}
NAME_COLOURS = {"weiblich": "#cc79a7", "männlich": "#0072b2", "unklar": "#999999", "unbekannt": "#dddddd"}


def _bars(table: pd.DataFrame, x: str, y: str, colour_by: str, colours: dict[str, str],
          horizontal: bool = False) -> go.Figure:
    """Stacked bars, one trace per colour group in the order of `colours`."""
    figure = go.Figure()
    for name in [c for c in colours if c in set(table[colour_by])]:
        part = table[table[colour_by] == name]
        figure.add_trace(go.Bar(x=part[x], y=part[y], name=name, marker_color=colours[name],
                                orientation="h" if horizontal else "v"))
    figure.update_layout(barmode="stack", legend_title=colour_by, margin={"t": 90, "b": 40})  # title above the legend
    return figure


def _finish(figure: go.Figure, title: str, caption: str, height: int = 420) -> go.Figure:
    figure.update_layout(title=title, height=height, meta={"caption": caption})
    return figure


def top_speakers(quotes: pd.DataFrame, top: int = 10) -> go.Figure:
    """The speakers with the most statements in the corpus."""
    named = quotes.dropna(subset=["Sprecher"])
    counts = named.groupby(["Sprecher", "Sprechertyp"]).size().rename("Aussagen").reset_index()
    counts = counts.sort_values(["Aussagen", "Sprecher"], ascending=[False, True]).head(top)
    figure = _bars(counts, "Aussagen", "Sprecher", "Sprechertyp", TYPE_COLOURS, horizontal=True)
    figure.update_layout(yaxis={"categoryorder": "array", "categoryarray": list(counts["Sprecher"])[::-1]},
                         xaxis_title="Aussagen")
    return _finish(figure, "Wer wird am häufigsten wiedergegeben?",
                   "Wer steht oben: Personen oder Institutionen? Und wie weit liegen die ersten vor den anderen?")


def types_by_kind(quotes: pd.DataFrame) -> go.Figure:
    """Share of direct, indirect and reported speech per type of speaker."""
    table = corpus.shares(quotes, "Art", by="Sprechertyp")
    figure = _bars(table, "Sprechertyp", "Anteil", "Art", labels.colour_map("quote_kind"))
    figure.update_layout(yaxis_title="Anteil der Aussagen (%)", xaxis_title="Sprechertyp")
    return _finish(figure, "Wer darf selbst sprechen?",
                   "Vergleiche den Anteil der direkten Wiedergabe bei Personen, Institutionen und anonymen Quellen.")


def verbs_by_type(quotes: pd.DataFrame) -> go.Figure:
    """Share of speech-verb classes per type of speaker."""
    table = corpus.shares(quotes[quotes["Verbklasse"] != "ohne Verb"], "Verbklasse", by="Sprechertyp")
    figure = _bars(table, "Sprechertyp", "Anteil", "Verbklasse", labels.colour_map("verb_class"))
    figure.update_layout(yaxis_title="Anteil der Redeeinleitungen (%)", xaxis_title="Sprechertyp")
    return _finish(figure, "Mit welchen Verben wird wer zitiert?",
                   "Bekommen Personen andere Verben als Institutionen? Achte auf die wertenden und distanzierenden.")


def names_by_period(persons: pd.DataFrame) -> go.Figure:
    """Share of quoted persons whose first name is usually female or male, per period."""
    table = corpus.shares(persons.assign(Zeitraum=corpus.periods(persons["Jahr"])), "Vorname", by="Zeitraum")
    figure = _bars(table, "Zeitraum", "Anteil", "Vorname", NAME_COLOURS)
    figure.update_layout(yaxis_title="Anteil der zitierten Personen (%)", xaxis_title="Zeitraum")
    return _finish(figure, "Vornamen der zitierten Personen",
                   "Wie groß ist der Anteil üblicherweise weiblicher Vornamen, und ändert er sich über die Jahre?")


def kinds_by_period(quotes: pd.DataFrame) -> go.Figure:
    """Share of direct, indirect and reported speech per period."""
    table = corpus.shares(quotes.assign(Zeitraum=corpus.periods(quotes["Jahr"])), "Art", by="Zeitraum")
    figure = _bars(table, "Zeitraum", "Anteil", "Art", labels.colour_map("quote_kind"))
    figure.update_layout(yaxis_title="Anteil der Aussagen (%)", xaxis_title="Zeitraum")
    return _finish(figure, "Wiedergabe über die Jahre",
                   "Bleibt das Verhältnis von direkter und indirekter Wiedergabe über die Jahre gleich?")


def figures(results: list[dict]) -> list[go.Figure]:
    """All corpus figures, in the order of notebook 06."""
    quotes = corpus.quotes_table(results)
    persons = corpus.persons_table(quotes, corpus.first_name_genders())
    return [top_speakers(quotes), types_by_kind(quotes), verbs_by_type(quotes), names_by_period(persons),
            kinds_by_period(quotes)]


def build(results: list[dict], title: str = "Wer kommt zu Wort?") -> str:
    """A self-contained HTML page: the corpus figures (plotly.js embedded once) and the table of articles."""
    parts = []
    for number, figure in enumerate(figures(results)):
        drawn = pio.to_html(figure, full_html=False, include_plotlyjs=number == 0, include_mathjax=False,
                            config={"displaylogo": False})
        parts.append(f"<figure>{drawn}<figcaption>{html.escape(figure.layout.meta['caption'])}</figcaption></figure>")
    table = corpus.articles_table(results).to_html(index=False, border=0, classes="artikel")
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            "<style>body{font-family:sans-serif;max-width:1100px;margin:auto}figcaption{font-style:italic}"
            "table.artikel{border-collapse:collapse}table.artikel td,th{padding:2px 6px;border-bottom:1px solid #ddd}"
            f"</style></head><body><h1>{html.escape(title)}</h1>"
            f"<p>{len(results)} Artikel, {corpus.quotes_table(results).shape[0]} Aussagen.</p>"
            + "".join(parts) + f"<h2>Artikel</h2>{table}</body></html>")


def load_results(paths: list[str], date: str | None = None) -> tuple[list[dict], int]:
    """Analyse article files for the report; bad files are named on stderr and skipped (as in corpus mode)."""
    articles, failed = [], 0
    for path in paths:
        try:
            articles.append((path, load_article(path, date)))
        except ArticleError as error:
            print(f"articlekit: error: {path}: {error}", file=sys.stderr)
            failed += 1
    results = analyze_many([article for _, article in articles])
    return [{"path": path, **result} for (path, _), result in zip(articles, results, strict=True)], failed


def write(results: list[dict], out: Path) -> None:
    """Write the corpus report (a temporary file first, so no half-written report is left)."""
    write_safely(out, build(results))
