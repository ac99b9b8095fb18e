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
