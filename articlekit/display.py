"""Views of an article for notebooks: its structure as Markdown, blocks as a table."""
from __future__ import annotations

import html

import pandas as pd

from . import labels
from .article import Article
from .resources import table


def structure_table(article: Article) -> pd.DataFrame:
    """One row per block: its German kind name, offsets and the first words."""
    rows = [{"Teil": labels.block(b.kind).name, "von": b.start, "bis": b.end,
             "Anfang": b.text if len(b.text) <= 60 else b.text[:57] + "..."} for b in article.blocks]
    return pd.DataFrame(rows, columns=["Teil", "von", "bis", "Anfang"])


def structure_markdown(article: Article) -> str:
    """The article as Markdown: headings as headings, byline in italics, page furniture struck out."""
    styles = {"title": "## {}", "heading": "#### {}", "paragraph": "{}", "byline": "*{}*", "boilerplate": "~~{}~~"}
    return "\n\n".join(styles[b.kind].format(b.text) for b in article.blocks)


def tag_table(doc, n: int | None = None) -> pd.DataFrame:
    """Tokens with lemma, STTS tag, UD part of speech and the STTS tag explained in German."""
    explain: dict[str, str] = {}
    for row in table("tagset.tsv"):  # the first row of a tag explains it (NN before NNA and NNI)
        explain.setdefault(row["stts"], row["beschreibung"])
    rows = [{"Token": t.text, "Lemma": t.lemma_, "STTS": t.tag_, "UD": t.pos_, "Erklärung": explain.get(t.tag_, "")}
            for t in doc if not t.is_space]
    return pd.DataFrame(rows[:n] if n else rows)


def legend_html(group: str, keys: bool = False) -> str:
    """A one-line legend of a label group (German names on their background colours)."""
    items = " ".join(f'<mark style="background:{entry.background};padding:0 .3em">'
                     f'{entry.key + " = " if keys else ""}{entry.name}</mark>' for entry in labels.group(group))
    return f'<p style="font-family:sans-serif">{items}</p>'


def entities_html(doc) -> str:
    """The text with entities highlighted by displaCy (colours from the label table), under a legend."""
    from spacy import displacy  # imported on use: displaCy is only needed for this view

    colours = {entry.key: entry.background for entry in labels.group("entity")}
    return legend_html("entity", keys=True) + displacy.render(doc, style="ent", jupyter=False,
                                                              options={"colors": colours})


def entity_table(entities: list[dict]) -> pd.DataFrame:
    """Every entity mention (records as in the CLI) with label, its German name, canonical name and offsets."""
    rows = [{"Text": e["text"], "Label": e["label"], "Art": labels.entity(e["label"]).name, "Name": e["canonical"],
             "von": e["start"], "bis": e["end"]} for e in entities]
    return pd.DataFrame(rows, columns=["Text", "Label", "Art", "Name", "von", "bis"])


def mention_counts(entities: list[dict]) -> pd.DataFrame:
    """How often each entity (by canonical name) is mentioned, most mentioned first."""
    counts = entity_table(entities).groupby(["Name", "Label", "Art"]).size().reset_index(name="Erwähnungen")
    return counts.sort_values(["Erwähnungen", "Name"], ascending=[False, True], ignore_index=True)


def cooccurrence(article: Article, entities: list[dict], min_mentions: int = 2, top: int | None = None) -> pd.DataFrame:
    """In how many paragraphs two entities appear together (a square table of the `top` most mentioned names)."""
    counts = mention_counts(entities)
    names = counts.loc[counts["Erwähnungen"] >= min_mentions, "Name"].tolist()[:top]
    matrix = pd.DataFrame(0, index=names, columns=names)
    for paragraph in article.paragraphs:
        present = {e["canonical"] for e in entities
                   if paragraph.start <= e["start"] < paragraph.end and e["canonical"] in matrix.index}
        for a in present:
            for b in present:
                if a != b:
                    matrix.loc[a, b] += 1
    return matrix


def cooccurrence_pairs(matrix: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The `n` pairs of names that share the most paragraphs: a narrow table that fits a page or slide."""
    pairs = [{"Name": a, "zusammen mit": b, "gemeinsame Absätze": int(matrix.loc[a, b])}
             for i, a in enumerate(matrix.index) for b in matrix.columns[i + 1:] if matrix.loc[a, b] > 0]
    table_ = pd.DataFrame(pairs, columns=["Name", "zusammen mit", "gemeinsame Absätze"])
    return table_.sort_values("gemeinsame Absätze", ascending=False, kind="stable", ignore_index=True).head(n)


def compare_entities(doc, other_doc) -> pd.DataFrame:
    """Entities of the kit and of another pipeline (e.g. a statistical model) side by side, by offsets."""
    ours = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    theirs = {(e.start_char, e.end_char): e.label_ for e in other_doc.ents}
    rows = [{"von": s, "bis": e, "Text": doc.text[s:e], "articlekit": ours.get((s, e), "–"),
             "Modell": theirs.get((s, e), "–")}
            for s, e in sorted(ours.keys() | theirs.keys())]
    return pd.DataFrame(rows)


def quote_table(quotes: list[dict]) -> pd.DataFrame:
    """The quotes with German column names: kind, speaker, cue and its class, source and text."""
    rows = [{"Art": labels.quote(q).name, "Sprecher": q["speaker"] or "–", "Redeeinleitung": q["cue"] or "–",
             "Einordnung": _verb_class_name(q), "Quelle": q.get("source") or "–", "Text": q["text"],
             "von": q["start"], "bis": q["end"]} for q in quotes]
    columns = ["Art", "Sprecher", "Redeeinleitung", "Einordnung", "Quelle", "Text", "von", "bis"]
    return pd.DataFrame(rows, columns=columns)


def highlight_html(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Text as HTML with (start, end, css style, title) spans highlighted; article text is escaped.

    Spans may overlap without nesting (a time expression across a quote's end), so the text is cut
    at every start and end, and each piece gets the styles of all spans that cover it.
    """
    starting: dict[int, list] = {}
    ending: dict[int, list] = {}
    for span in spans:
        starting.setdefault(span[0], []).append(span)
        ending.setdefault(span[1], []).append(span)
    cuts = sorted({0, len(text), *starting, *ending})
    active: list = []
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):  # one sweep: the active spans change only at cuts
        active = [s for s in active if s not in ending.get(start, [])] + starting.get(start, [])
        chunk = html.escape(text[start:end]).replace("\n", "<br>\n")
        if active:
            style = ";".join(s[2] for s in active)
            title = html.escape("; ".join(s[3] for s in active), quote=True)
            chunk = f'<span style="{style}" title="{title}">{chunk}</span>'
        pieces.append(chunk)
    return f'<div style="line-height:2;font-family:sans-serif">{"".join(pieces)}</div>'


def quotes_html(text: str, quotes: list[dict]) -> str:
    """The text with quotes highlighted by kind (hover shows speaker and cue), plus a legend."""
    spans = [(q["start"], q["end"], f"background:{labels.quote(q).background}",
              f'{labels.quote(q).name}: {q["speaker"] or "unbekannt"} ({q["cue"] or "ohne Verb"})') for q in quotes]
    return legend_html("quote_kind") + highlight_html(text, spans)


def speakers(quotes: list[dict]) -> pd.DataFrame:
    """How many statements of each kind each speaker gets, and how many words."""
    rows = [{"Sprecher": q["speaker"] or "ohne Sprecher", "Art": labels.quote(q).name,
             "Wörter": len(q["text"].split())} for q in quotes if q.get("parent") is None]  # a statement counts once
    table_ = pd.DataFrame(rows, columns=["Sprecher", "Art", "Wörter"])
    return table_.groupby(["Sprecher", "Art"]).agg(Aussagen=("Wörter", "size"), Wörter=("Wörter", "sum")).reset_index()


def speech_verbs(quotes: list[dict]) -> pd.DataFrame:
    """The cues used, with the German name of their speech-verb class (neutral, nachdrücklich, wertend, ...)."""
    rows = [{"Redeeinleitung": q["cue"], "Einordnung": _verb_class_name(q)}
            for q in quotes if q["cue"] and q["kind"] != "partial" and q.get("parent") is None]
    table_ = pd.DataFrame(rows, columns=["Redeeinleitung", "Einordnung"])
    return table_.value_counts().reset_index(name="Anzahl")


def _verb_class_name(quote: dict) -> str:
    """The German name of a quote's speech-verb class (`cue_class`); frames (laut, zufolge) have none."""
    return labels.verb_class(quote["cue_class"]).name if quote["cue_class"] else "Rahmen/Wendung"


def never_quoted(article: Article, doc, quotes: list[dict]) -> list[str]:
    """People named in the running text who are never the speaker of a quote."""
    speakers_ = {q["speaker"] for q in quotes}
    named = {e._.canonical for e in doc.ents if e.label_ == "PER"
             and any(p.start <= e.start_char < p.end for p in article.paragraphs)}
    return sorted(named - speakers_)


def timex_table(timexes: list[dict]) -> pd.DataFrame:
    """Time expressions with type (TIMEX3 and German) and value."""
    rows = [{"Ausdruck": t["text"], "Typ": t["type"],
             "Bedeutung": labels.timex_type(t["type"]).name, "Wert": t["value"],
             "von": t["start"], "bis": t["end"]} for t in timexes]
    return pd.DataFrame(rows, columns=["Ausdruck", "Typ", "Bedeutung", "Wert", "von", "bis"])


def compare_timex_values(before: list[dict], after: list[dict], date_before: str, date_after: str) -> pd.DataFrame:
    """The values of the same expressions under two document dates, side by side."""
    moved = {(t["start"], t["end"]): t["value"] for t in after}
    rows = [{"Ausdruck": t["text"], f"Wert ({date_before})": t["value"],
             f"Wert ({date_after})": moved.get((t["start"], t["end"]), "–")}
            for t in before]
    return pd.DataFrame(rows)
