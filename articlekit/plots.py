"""Plotly figures with German labels, rendered the same way in every context, offline.

Renderer: JupyterLab shows the plotly mime type (its extension ships plotly.js, no network); the HTML
form beside it draws with a copy of plotly.js embedded once per notebook (first figure shown), so
nbconvert HTML exports work without internet too. No MathJax or CDN is ever referenced.
Every figure function returns the figure with a German caption: `show(figure)` draws both,
`caption(figure)` gives the sentence, `figure_data(figure)` the numbers for a checked cell.
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.io._base_renderers import NotebookRenderer
from plotly.subplots import make_subplots

from . import labels
from .export import timeline_rows
from .feedback import german_date, german_number

CONFIG = {"displaylogo": False, "responsive": True}
MONTHS_SHORT = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
BAR = "#0072b2"
FRAME = "Rahmen/Wendung"  # speech-verb table entry for cues that are no verb (laut, nach Angaben)


class OfflineNotebookRenderer(NotebookRenderer):
    """plotly's notebook renderer (plotly.js embedded once) without its MathJax script from a CDN."""

    def to_mimebundle(self, fig_dict):
        return {"text/html": pio.to_html(fig_dict, config=self.config, include_plotlyjs=False, include_mathjax=False,
                                         full_html=False, default_width="100%", default_height=525, validate=False)}


pio.renderers["articlekit"] = OfflineNotebookRenderer(config=CONFIG)
pio.renderers.default = "plotly_mimetype+articlekit"
pio.templates["articlekit"] = go.layout.Template(layout={
    "separators": ",.", "font": {"size": 14}, "title": {"font": {"size": 18}},
    "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "title": {"side": "left"}},
    "margin": {"l": 10, "r": 20, "t": 90, "b": 50}})
pio.templates.default = "plotly_white+articlekit"


# ---------------------------------------------------------------- helpers for every figure

def caption(figure: go.Figure) -> str:
    """The German sentence under a figure: what to look at."""
    return (figure.layout.meta or {}).get("caption", "")


def show(figure: go.Figure) -> None:
    """Draw a figure with its caption underneath (in a notebook)."""
    from IPython.display import Markdown, display  # imported on use: only notebooks display

    display(figure)
    display(Markdown(f"*{caption(figure)}*"))


def figure_data(figure: go.Figure) -> pd.DataFrame:
    """The numbers a figure draws, one row per mark (for a checked notebook cell: numbers, not styling)."""
    rows = [{"Reihe": trace.name, "x": x, "y": y} for trace in figure.data
            if trace.x is not None and trace.y is not None
            for x, y in zip(trace.x, trace.y, strict=False) if x is not None]  # legend-only marks have no x
    return pd.DataFrame(rows, columns=["Reihe", "x", "y"])


def _finish(figure: go.Figure, title: str, text: str, height: int) -> go.Figure:
    """Title, height and the caption (kept in layout.meta, so it travels with the figure)."""
    figure.update_layout(title=title, height=height, meta={"caption": text})
    return figure


def _count_axis(maximum: float) -> dict:
    """Axis settings for counts: whole numbers, at most about ten ticks."""
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9) if maximum / s <= 10)
    return {"dtick": step, "tick0": 0, "tickformat": "d", "rangemode": "tozero", "automargin": True}


def _bar_height(n: int) -> int:
    """Height of a horizontal bar chart: every bar gets room for its label, and it fits a 720 px slide."""
    return max(320, min(640, 26 * n + 150))


def _categories(values: list) -> dict:
    """A category axis that labels every entry in the given order (no label skipped when crowded)."""
    return {"tickmode": "array", "tickvals": list(values), "categoryorder": "array", "categoryarray": list(values),
            "automargin": True}


def _wrap(text: str, width: int = 70) -> str:
    """Hover text: escaped, long sentences broken into lines."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width))


def _hbars(frame: pd.DataFrame, x: str, y: str, colour_by: str, colours: dict[str, str]) -> go.Figure:
    """Horizontal bars (first row on top), one trace per colour group, every bar labelled."""
    order = list(dict.fromkeys(frame[y]))
    figure = go.Figure()
    groups = dict(list(frame.groupby(colour_by, sort=False)))
    # legend in table order
    for name in sorted(groups, key=lambda g: list(colours).index(g) if g in colours else len(colours)):
        part = groups[name]
        figure.add_trace(go.Bar(x=part[x], y=part[y], name=name, orientation="h",
                                marker_color=colours.get(name, labels.entity("").colour),
                                hovertemplate=f"%{{y}}: %{{x}} ({name})<extra></extra>"))
    figure.update_layout(barmode="stack", legend_traceorder="normal",
                         yaxis={**_categories(order), "autorange": "reversed"},
                         xaxis=_count_axis(frame.groupby(y)[x].sum().max() if len(frame) else 1))
    return figure


# ---------------------------------------------------------------- 01 reading

def sentence_lengths(table: pd.DataFrame) -> go.Figure:
    """Words per sentence through the article, with the sentence as hover text and the mean as a line."""
    mean = table["Wörter"].mean() if len(table) else 0
    figure = go.Figure(go.Bar(x=table["Satz"], y=table["Wörter"], name="Wörter im Satz", marker_color=BAR,
                              customdata=table["Text"].map(_wrap),
                              hovertemplate="Satz %{x}: %{y} Wörter<br>%{customdata}<extra></extra>"))
    figure.add_trace(go.Scatter(x=[0.5, len(table) + 0.5], y=[mean, mean], mode="lines", hoverinfo="skip",
                                name=f"Durchschnitt {german_number(mean, 1)} Wörter",
                                line={"color": "#d55e00", "dash": "dash", "width": 2}))
    figure.update_layout(xaxis={"title": "Satz Nr.", **_count_axis(len(table)), "rangemode": "normal"},
                         yaxis={"title": "Wörter im Satz", **_count_axis(table["Wörter"].max() if len(table) else 1)})
    return _finish(figure, "Satzlängen im Verlauf des Artikels",
                   f"Jeder Balken ist ein Satz, die gestrichelte Linie der Durchschnitt ({german_number(mean, 1)} "
                   "Wörter): Wo stehen die langen Sätze, am Anfang oder in der Mitte?", 420)


def top_lemmas(table: pd.DataFrame) -> go.Figure:
    """Horizontal bars of the most frequent lemmas, the most frequent on top."""
    data = table.assign(Wortart=table["Wortart"].map(lambda tag: f"{labels.pos(tag).name} ({tag})"))
    colours = {f"{entry.name} ({entry.key})": entry.colour for entry in labels.group("pos")}
    figure = _hbars(data, "Anzahl", "Lemma", "Wortart", colours)
    figure.update_layout(xaxis_title="Anzahl im Text", legend_title="Wortart")
    return _finish(figure, "Häufigste Inhaltswörter (Lemmas)",
                   "Die häufigsten Inhaltswörter verraten das Thema: Welche Nomen und Verben tragen den Artikel?",
                   _bar_height(len(data)))


# ---------------------------------------------------------------- 02 names

def mentions(counts: pd.DataFrame, top: int = 12) -> go.Figure:
    """The most mentioned people, places and organisations, coloured by their kind."""
    data = counts.head(top).assign(Art=lambda f: f["Label"].map(lambda label: labels.entity(label).name))
    figure = _hbars(data, "Erwähnungen", "Name", "Art", labels.colour_map("entity"))
    figure.update_layout(xaxis_title="Erwähnungen im Text", legend_title="Art")
    return _finish(figure, "Wer und was wird am häufigsten erwähnt?",
                   "Die längsten Balken zeigen, um wen sich der Artikel dreht; die Farbe sagt, ob Person, Ort, "
                   "Organisation oder Sonstiges.", _bar_height(len(data)))


def cooccurrence(matrix: pd.DataFrame, top: int = 12) -> go.Figure:
    """A heat map of how often two names share a paragraph (the `top` names of the table)."""
    matrix = matrix.iloc[:top, :top]
    names = list(matrix.index)
    text = [[str(v) if v else "" for v in row] for row in matrix.to_numpy().tolist()]
    figure = go.Figure(go.Heatmap(z=matrix.to_numpy(), x=names, y=names, text=text, texttemplate="%{text}",
                                  textfont={"size": 15}, colorscale="Blues", zmin=0, xgap=2, ygap=2,
                                  colorbar={"title": {"text": "Absätze"},
                                            "dtick": _count_axis(matrix.to_numpy().max(initial=1))["dtick"],
                                            "tickformat": "d"},
                                  hovertemplate="%{y} und %{x}: %{z} gemeinsame Absätze<extra></extra>"))
    figure.update_layout(xaxis={**_categories(names), "tickangle": -35, "side": "top"},
                         yaxis={**_categories(names), "autorange": "reversed"}, margin={"t": 160})
    return _finish(figure, "Wer kommt mit wem im selben Absatz vor?",
                   "Je dunkler ein Feld, desto öfter stehen zwei Namen im selben Absatz: Welche Namen erscheinen "
                   "fast immer zusammen, welche nie?", max(480, min(700, 36 * len(names) + 260)))


# ---------------------------------------------------------------- 03 quotes

def speaker_shares(table: pd.DataFrame) -> go.Figure:
    """Statements per speaker, stacked by kind of quote."""
    order = table.groupby("Sprecher")["Aussagen"].sum().sort_values(ascending=False).index
    data = table.set_index("Sprecher").loc[order].reset_index()
    figure = _hbars(data, "Aussagen", "Sprecher", "Art", labels.colour_map("quote_kind"))
    figure.update_layout(xaxis_title="Aussagen (Zitate und Redewiedergaben)", legend_title="Art")
    return _finish(figure, "Wer kommt wie zu Wort?",
                   "Wer darf selbst sprechen (direkte Wiedergabe), über wen wird nur berichtet? "
                   "Vergleiche die Farben der Balken.", _bar_height(data["Sprecher"].nunique()))


def speech_verbs(table: pd.DataFrame) -> go.Figure:
    """The cue words of the article, coloured by the class of speech verb."""
    colours = {**labels.colour_map("verb_class"), FRAME: labels.verb_class("").colour}
    figure = _hbars(table, "Anzahl", "Redeeinleitung", "Einordnung", colours)
    explained = {entry.name: labels.verb_class_explanation(entry.key) for entry in labels.group("verb_class")}
    for trace in figure.data:  # hover: what the class means
        trace.hovertemplate = f"%{{y}}: %{{x}} ({trace.name})<br>{_wrap(explained.get(trace.name, ''))}<extra></extra>"
    figure.update_layout(xaxis_title="Anzahl", legend_title="Einordnung")
    return _finish(figure, "Mit welchen Wörtern wird Rede eingeleitet?",
                   "Neutrale Verben wie „sagen“ berichten nur; nachdrückliche, vage oder wertende Verben färben, "
                   "wie wir die Aussage lesen. Welche Farben überwiegen?", _bar_height(len(table)))


# ---------------------------------------------------------------- 04 timeline

SYMBOLS = {"AFTER": "triangle-right", "ON_OR_AFTER": "triangle-right", "BEFORE": "triangle-left",
           "ON_OR_BEFORE": "triangle-left"}
ROW = 21  # pixels per event row


def timeline(result: dict, start: str | None = None, end: str | None = None) -> go.Figure:
    """The events on time axes: eras side by side for a long window, a zoom with range slider for up to a year.

    Without a window, events that all lie within two months get the zoom right away.
    """
    if start and end and (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days <= 366:
        return timeline_zoom(result, start, end)
    rows = timeline_rows(result)
    if not (start or end) and len(rows) and (rows["Ende"].max() - rows["Beginn"].min()).days <= 61:
        days = dt.timedelta(days=3)
        return timeline_zoom(result, (rows["Beginn"].min() - days).isoformat(), (rows["Ende"].max() + days).isoformat())
    return timeline_overview(result, start, end)


def timeline_overview(result: dict, start: str | None = None, end: str | None = None) -> go.Figure:
    """All events, the axis broken between eras (one column per era, widths by length), lanes as bands."""
    rows = _ordered_rows(result, *(dt.date.fromisoformat(d) if d else None for d in (start, end)))
    eras = _eras(rows)
    widths = [max((last - first).days, 900) for first, last in eras] or [1]
    figure = make_subplots(rows=1, cols=max(1, len(eras)), shared_yaxes=True, column_widths=widths,
                           horizontal_spacing=0.025)
    shown: set = set()
    for column, (first, last) in enumerate(eras, start=1):
        part = rows[(rows["Beginn"] <= last) & (rows["bis"] >= first)]
        _draw(figure, part, shown, column)
        pad = dt.timedelta(days=max(45, (last - first).days // 40))
        most = max(2, round(9 * widths[column - 1] / sum(widths)))
        figure.update_xaxes(range=[first - pad, last + pad], type="date", showgrid=True,
                            **_date_ticks(first, last, most),
                            row=1, col=column)
    domains = [figure.get_subplot(1, column).xaxis.domain for column in range(1, len(eras) + 1)]
    for left, right in zip(domains, domains[1:], strict=False):
        figure.add_annotation(text="//", showarrow=False, xref="paper", yref="paper", x=(left[1] + right[0]) / 2,
                              y=0, yshift=-12, font={"size": 16, "color": "#555"})  # the axis is broken here
    spans = " | ".join(f"{first.year}–{last.year}" if first.year != last.year else str(first.year)
                       for first, last in eras)
    jumps = f"Die Achse springt zwischen den Zeitabschnitten ({spans}). " if len(eras) > 1 else ""
    return _timeline_layout(figure, rows, "Zeitleiste: Überblick" + (f" ({spans})" if eras else ""),
                            jumps + TIMELINE_KEY)


def timeline_zoom(result: dict, start: str, end: str) -> go.Figure:
    """The events of a short window (e.g. the days around the article), with a range slider to move it."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    margin = max((last - first) / 2, dt.timedelta(days=3))
    rows = _ordered_rows(result, first - margin, last + margin)
    figure = go.Figure()
    _draw(figure, rows, set(), None)
    window = dt.timedelta(hours=12)
    figure.update_xaxes(range=[first - window, last + window], type="date", showgrid=True,
                        rangeslider={"visible": True, "range": [first - margin, last + margin], "thickness": 0.07},
                        **_date_ticks(first - margin, last + margin, 11, (last - first).days))
    title = f"Zeitleiste: {german_date(first)} bis {german_date(last)}"
    return _timeline_layout(figure, rows, title, "Mit dem Regler unter der Achse verschiebst du den Ausschnitt. "
                            + TIMELINE_KEY, extra=70)


TIMELINE_KEY = ("Die Spuren trennen Weltwissen, Ereignisse aus dem Text und Äußerungen; Balken sind Zeiträume, "
                "Punkte einzelne Tage, Dreiecke „davor“ oder „danach“, Gepunktetes ist ungefähr, ein Pfeil heißt "
                "„dauert an“. Was weiß der Text selbst, was muss man dazuwissen?")


def _ordered_rows(result: dict, first: dt.date | None = None, last: dt.date | None = None) -> pd.DataFrame:
    """Timeline rows in a window: lanes in table order, each by date; ongoing ones drawn up to the article's date."""
    rows = timeline_rows(result)
    today = dt.date.fromisoformat(result["date"]) if result.get("date") else max(rows["Ende"], default=None)
    rows["bis"] = [max(row.Ende, today or row.Ende) if row.offen else row.Ende for row in rows.itertuples()]
    if first:
        rows = rows[rows["bis"] >= first]
    if last:
        rows = rows[rows["Beginn"] <= last]
    lanes = [entry.key for entry in labels.group("lane")]
    rows = rows.assign(Reihenfolge=rows["Spur"].map(lambda lane: lanes.index(lane) if lane in lanes else len(lanes)))
    rows = rows.sort_values(["Reihenfolge", "Beginn", "Beschriftung"], ignore_index=True)
    seen: dict[str, int] = {}
    rows["Zeile"] = [_unique(label, seen) for label in rows["Beschriftung"]]
    return rows


def _unique(label: str, seen: dict[str, int]) -> str:
    """Two events with the same short label need two rows: the second gets a number."""
    seen[label] = seen.get(label, 0) + 1
    return label if seen[label] == 1 else f"{label} ({seen[label]})"


def _eras(rows: pd.DataFrame, gap_years: int = 3, most: int = 4) -> list[tuple[dt.date, dt.date]]:
    """Whole-year stretches that hold events, split where nothing happens for more than `gap_years`."""
    spans = sorted(zip(rows["Beginn"], rows["bis"], strict=False))
    merged: list[list[dt.date]] = []
    for first, last in spans:
        if merged and (first - merged[-1][1]).days <= gap_years * 366:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    if len(merged) > most:  # too many columns to read: allow longer gaps inside an era
        return _eras(rows, gap_years * 2, most)
    return [(dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)) for first, last in merged]


def _draw(figure: go.Figure, rows: pd.DataFrame, shown: set, column: int | None) -> None:
    """One mark per event: a bar for a period (dotted if approximate, arrow if ongoing), else a point or triangle."""
    position = {"row": 1, "col": column} if column else {}
    for row in rows.itertuples():
        lane = labels.lane(row.Spur)
        if row.Spur not in shown:  # one legend entry per lane, a plain square whatever the first mark is
            figure.add_trace(go.Scatter(x=[None], y=[row.Zeile], mode="markers", name=lane.name, legendgroup=row.Spur,
                                        marker={"color": lane.colour, "size": 12, "symbol": "square"}), **position)
            shown.add(row.Spur)
        common = {"name": lane.name, "legendgroup": row.Spur, "showlegend": False,
                  "hovertext": _event_hover(row), "hoverinfo": "text"}
        if row.bis > row.Beginn:
            figure.add_trace(go.Scatter(x=[row.Beginn, row.bis], y=[row.Zeile] * 2, mode="lines+markers", **common,
                                        line={"color": lane.colour, "width": 9,
                                              "dash": "dot" if row.ungefähr else "solid"},
                                        marker={"size": [7, 15 if row.offen else 7], "color": lane.colour,
                                                "symbol": ["circle", "arrow-right" if row.offen else "circle"]}),
                             **position)
            continue
        symbol = SYMBOLS.get(row.Genauigkeit, "circle-open" if row.ungefähr else "circle")
        figure.add_trace(go.Scatter(x=[row.Beginn], y=[row.Zeile], mode="markers", **common, marker={
            "color": lane.colour, "size": 13, "symbol": symbol, "line": {"color": lane.colour, "width": 2}}),
                         **position)


def _event_hover(row) -> str:
    """Hover text: the full label, the German date with its qualifier, the sentence."""
    when = f"seit {row.Datum}, dauert an" if row.offen else row.Datum
    if row.Genauigkeit:
        when += f" ({labels.mod(row.Genauigkeit).name})"
    return f"<b>{html.escape(row.Ereignis)}</b><br>{when}<br>{_wrap(row.Beleg)}"


def _timeline_layout(figure: go.Figure, rows: pd.DataFrame, title: str, text: str, extra: int = 0) -> go.Figure:
    """Rows as categories (all labelled, first on top), lane bands behind them, the legend on top."""
    figure.update_yaxes(**_categories(rows["Zeile"]), autorange="reversed", tickfont={"size": 12})
    for lane, part in rows.groupby("Spur", sort=False):
        figure.add_shape(type="rect", xref="paper", x0=0, x1=1, yref="y", y0=part.index[0] - 0.5,
                         y1=part.index[-1] + 0.5, fillcolor=labels.lane(lane).background, opacity=0.35,
                         line_width=0, layer="below")
    if rows.empty:
        figure.add_annotation(text="Keine datierten Ereignisse", showarrow=False, xref="paper", yref="paper",
                              x=0.5, y=0.5)
    figure.update_layout(legend_title="Spur", hovermode="closest")
    return _finish(figure, title, text, max(360, ROW * len(rows) + 170 + extra))


def _date_ticks(first: dt.date, last: dt.date, most: int, window_days: int | None = None) -> dict:
    """German tick labels (plotly has no German locale offline): days, weeks, months or years, at most `most`."""
    days = window_days if window_days is not None else (last - first).days
    if days <= 31 * most / 4.3:
        step = 1 if days <= most else 7 if days <= 7 * most else 14
        ticks = [first + dt.timedelta(days=n) for n in range(0, (last - first).days + 1, step)]
        text = [f"{d.day}. {MONTHS_SHORT[d.month - 1]}"
                + (f" {d.year}" if i == 0 or d.timetuple().tm_yday <= step else "")
                for i, d in enumerate(ticks)]
    elif days <= 92 * most:
        step = 1 if days <= 31 * most else 3
        months = range(first.year * 12 + first.month - 1 + (first.day > 1), last.year * 12 + last.month, step)
        ticks = [dt.date(m // 12, m % 12 + 1, 1) for m in months]
        text = [MONTHS_SHORT[d.month - 1] + (f" {d.year}" if i == 0 or d.month <= step else "")
                for i, d in enumerate(ticks)]
    else:
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if (last.year - first.year + 1) / s <= most)
        ticks = [dt.date(y, 1, 1) for y in range(-(-first.year // step) * step, last.year + 2, step)]
        text = [str(d.year) for d in ticks]
    return {"tickmode": "array", "tickvals": ticks, "ticktext": text}
