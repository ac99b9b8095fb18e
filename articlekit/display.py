"""Views of an article for notebooks: its structure as Markdown, blocks as a table."""
from __future__ import annotations

import pandas as pd

from .article import Article
from .resources import table

KIND_NAMES = {"title": "Titel", "heading": "Zwischenüberschrift", "paragraph": "Absatz",
              "byline": "Autorenzeile", "boilerplate": "Seitenelement"}


def structure_table(article: Article) -> pd.DataFrame:
    """One row per block: its German kind name, offsets and the first words."""
    rows = [{"Teil": KIND_NAMES[b.kind], "start": b.start, "end": b.end,
             "Anfang": b.text if len(b.text) <= 60 else b.text[:57] + "..."} for b in article.blocks]
    return pd.DataFrame(rows, columns=["Teil", "start", "end", "Anfang"])


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


def entities_html(doc) -> str:
    """The text with entities highlighted by displaCy, one colour per label."""
    from spacy import displacy

    from .plots import COLOURS

    return displacy.render(doc, style="ent", jupyter=False, options={"colors": COLOURS})


def entity_table(doc) -> pd.DataFrame:
    """Every entity mention with label, canonical name and offsets."""
    rows = [{"Text": e.text, "Label": e.label_, "Name": e._.canonical, "start": e.start_char, "end": e.end_char}
            for e in doc.ents]
    return pd.DataFrame(rows, columns=["Text", "Label", "Name", "start", "end"])


def mention_counts(doc) -> pd.DataFrame:
    """How often each entity (by canonical name) is mentioned, most mentioned first."""
    table_ = entity_table(doc)
    counts = table_.groupby(["Name", "Label"]).size().reset_index(name="Erwähnungen")
    return counts.sort_values(["Erwähnungen", "Name"], ascending=[False, True], ignore_index=True)


def cooccurrence(article: Article, doc, min_mentions: int = 2) -> pd.DataFrame:
    """In how many paragraphs two entities appear together (a square table of canonical names)."""
    counts = mention_counts(doc)
    names = counts.loc[counts["Erwähnungen"] >= min_mentions, "Name"].tolist()
    matrix = pd.DataFrame(0, index=names, columns=names)
    for paragraph in article.paragraphs:
        present = {e._.canonical for e in doc.ents
                   if paragraph.start <= e.start_char < paragraph.end and e._.canonical in matrix.index}
        for a in present:
            for b in present:
                if a != b:
                    matrix.loc[a, b] += 1
    return matrix


def compare_entities(doc, other_doc) -> pd.DataFrame:
    """Entities of the kit and of another pipeline (e.g. a statistical model) side by side, by offsets."""
    ours = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    theirs = {(e.start_char, e.end_char): e.label_ for e in other_doc.ents}
    rows = [{"start": s, "end": e, "Text": doc.text[s:e], "articlekit": ours.get((s, e), "–"), "Modell": theirs.get((s, e), "–")}
            for s, e in sorted(ours.keys() | theirs.keys())]
    return pd.DataFrame(rows)
