"""Views of an article for notebooks: its structure as Markdown, blocks as a table."""
from __future__ import annotations

import pandas as pd

from .article import Article

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
