"""Plotly figures with German labels, rendered the same way in every context.

JupyterLab shows the plotly mime type (works offline); nbviewer and exported HTML use the
HTML form. Each figure function returns the figure, so a notebook can also print its data.
"""
from __future__ import annotations

import textwrap

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

pio.renderers.default = "plotly_mimetype+notebook_connected"

COLOURS = {"PER": "#e69f00", "LOC": "#56b4e9", "ORG": "#009e73", "MISC": "#cc79a7"}  # colour-blind safe
BAR = "#0072b2"


def _wrap(text: str, width: int = 70) -> str:
    """Hover text: long sentences broken into lines."""
    return "<br>".join(textwrap.wrap(text, width))


def sentence_lengths(table: pd.DataFrame) -> go.Figure:
    """Words per sentence through the article, with the sentence as hover text."""
    data = table.assign(Satzanfang=table["Text"].map(_wrap))
    figure = px.bar(data, x="Satz", y="Wörter", hover_data={"Satzanfang": True},
                    title="Satzlängen im Verlauf des Artikels", color_discrete_sequence=[BAR])
    mean = table["Wörter"].mean()
    figure.add_hline(y=mean, line_dash="dot", annotation_text=f"Durchschnitt {mean:.1f}")
    figure.update_layout(xaxis_title="Satz Nr.", yaxis_title="Wörter im Satz")
    return figure


def top_lemmas(table: pd.DataFrame) -> go.Figure:
    """Horizontal bars of the most frequent lemmas, the most frequent on top."""
    figure = px.bar(table.iloc[::-1], x="Anzahl", y="Lemma", color="Wortart", orientation="h",
                    title="Häufigste Inhaltswörter (Lemmas)")
    figure.update_layout(xaxis_title="Anzahl im Text", yaxis_title="", legend_title="Wortart (UD)")
    return figure


def mentions(counts: pd.DataFrame, top: int = 12) -> go.Figure:
    """The most mentioned people, places and organisations, coloured by label."""
    data = counts.head(top).iloc[::-1]
    figure = px.bar(data, x="Erwähnungen", y="Name", color="Label", orientation="h",
                    color_discrete_map=COLOURS, title="Wer und was wird am häufigsten erwähnt?")
    figure.update_layout(xaxis_title="Erwähnungen im Text", yaxis_title="", legend_title="Art")
    return figure


def cooccurrence(matrix: pd.DataFrame) -> go.Figure:
    """A heat map of how often two names share a paragraph."""
    figure = px.imshow(matrix, text_auto=True, color_continuous_scale="Blues",
                       title="Wer kommt mit wem im selben Absatz vor?")
    figure.update_layout(xaxis_title="", yaxis_title="", coloraxis_colorbar_title="Absätze")
    return figure


KIND_COLOURS = {"direkt": "#d4a600", "teilweise": "#f0e442", "indirekt": "#56b4e9", "berichtet": "#cc79a7"}


def speaker_shares(table: pd.DataFrame) -> go.Figure:
    """Statements per speaker, stacked by kind of quote."""
    figure = px.bar(table, x="Aussagen", y="Sprecher", color="Art", orientation="h",
                    color_discrete_map=KIND_COLOURS, hover_data=["Wörter"], title="Wer kommt wie zu Wort?")
    figure.update_layout(xaxis_title="Aussagen (Zitate und Redewiedergaben)", yaxis_title="", legend_title="Art")
    return figure


def speech_verbs(table: pd.DataFrame) -> go.Figure:
    """The cue words of the article, coloured by how they frame the speaker."""
    figure = px.bar(table, x="Anzahl", y="Redeeinleitung", color="Einordnung", orientation="h",
                    title="Mit welchen Wörtern wird Rede eingeleitet?")
    figure.update_layout(xaxis_title="Anzahl", yaxis_title="", legend_title="Einordnung")
    return figure


ORIGIN_COLOURS = {"text": "#0072b2", "world-knowledge": "#d55e00"}
ORIGIN_NAMES = {"text": "aus dem Text", "world-knowledge": "Weltwissen"}
VAGUE_SYMBOLS = {"AFTER": "triangle-right", "BEFORE": "triangle-left", "ON_OR_BEFORE": "triangle-left",
                 "APPROX": "circle-open"}


def timeline(result: dict, start: str | None = None, end: str | None = None) -> go.Figure:
    """Events on a time axis: bars for periods (a year is a bar), points for days, arrows for vague ones.

    Hover texts quote the sentence each event comes from. `start`/`end` zoom the axis (ISO dates).
    """
    from .export import sentence_at
    from .timeline import value_span

    figure = go.Figure()
    shown = set()
    for event in result["events"]:
        first = value_span(event["start"]) if event["start"] else None
        if first is None:
            continue
        x0, x1 = first[0], (value_span(event["end"]) or first)[1] if event["end"] else first[1]
        sentence = sentence_at(result, event["evidence"]["start"]) if event["evidence"] else ""
        hover = f"<b>{event['label']}</b><br>{event['start']}{' – ' + event['end'] if event['end'] else ''}<br>{_wrap(sentence)}"
        origin = event["origin"]
        common = {"name": ORIGIN_NAMES[origin], "legendgroup": origin, "showlegend": origin not in shown,
                  "hovertext": hover, "hoverinfo": "text"}
        shown.add(origin)
        if x0 != x1:
            figure.add_trace(go.Scatter(x=[x0, x1], y=[event["label"]] * 2, mode="lines+markers",
                                        line={"color": ORIGIN_COLOURS[origin], "width": 8}, **common))
        else:
            symbol = VAGUE_SYMBOLS.get(event.get("mod") or "", "circle")
            figure.add_trace(go.Scatter(x=[x0], y=[event["label"]], mode="markers",
                                        marker={"color": ORIGIN_COLOURS[origin], "size": 12, "symbol": symbol}, **common))
    figure.update_layout(title="Zeitleiste des Artikels", xaxis_title="Zeit", yaxis_title="",
                         height=max(400, 28 * len(figure.data)), legend_title="Herkunft des Datums")
    if start or end:
        figure.update_xaxes(range=[start, end])
    return figure
