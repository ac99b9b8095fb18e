"""Build data/corpus/: plain texts of German Wikinews articles (CC BY 2.5) for notebook 06.

Usage: python scripts/build_corpus.py [DIR]
Reads ../shared/devdata/spkatt2023-task2-train/ by default; skips (exit 0) when it is absent.
Only the article tokens are used, re-spaced by the rules of scripts/eval_quotes.py (`build_doc`);
the speech annotations (CC BY-NC-SA 4.0) are never written. Selection, deterministic: the
ARTICLES articles with the most annotated speech passages (ties: lower Wikinews id first), so
that the corpus has many quotes to count. Each article becomes `<id>.txt` (title, blank line,
text) and `<id>.toml` (title, date, source, licence, url).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

import spacy
from eval_quotes import DEFAULT, build_doc  # scripts/ is on sys.path when this script runs

OUT = Path(__file__).resolve().parents[1] / "data" / "corpus"
ARTICLES = 160
NAME = re.compile(r"^(?P<id>\d+) - (?P<title>.+) \((?P<date>\d{4}-\d{2}-\d{2})\)$")
README_HEAD = """# Korpus: {n} Artikel aus Wikinews (deutsch)

Texts of German Wikinews articles, © Wikinews contributors, licensed under
[Creative Commons Attribution 2.5](https://creativecommons.org/licenses/by/2.5/) (CC BY 2.5).
Source: https://de.wikinews.org/ (each article's `.toml` gives title, date and URL).

How it was built: `python scripts/build_corpus.py` takes the article tokens of the GermEval 2023
SpkAtt training data (../shared/devdata/spkatt2023-task2-train/, built from these Wikinews
articles), joins them with normal spacing (rules of `build_doc` in scripts/eval_quotes.py) and
keeps the {n} articles with the most speech passages (ties: lower id). Only the plain text is
shipped: the speech annotations of that data set (CC BY-NC-SA 4.0) are NOT part of this folder.
Paragraph breaks are not in the source data: each text is one paragraph after its title.
The tokens are as in the source; small changes against the live Wikinews page are possible.

Files: `<id>.txt` (title, blank line, text), `<id>.toml` (title, date, source, licence, url).
`analysis.jsonl` is a cached `python -m articlekit analyze data/corpus --jsonl` (a test proves
it equals a fresh run), so that notebook 06 runs in seconds.

## Attribution: the articles (id, date, title)

"""


def article_name(path: Path) -> dict | None:
    """Id, title and date from a file name like '1034 - Titel (2004-12-05).json'."""
    match = NAME.match(path.stem)
    return match.groupdict() if match else None


def selected(folder: Path) -> list[tuple[Path, dict]]:
    """The ARTICLES articles with the most speech passages, with a plausible date."""
    rows = []
    for path in sorted(folder.glob("*.json")):
        name = article_name(path)
        if name is None or name["date"] < "2004":
            continue
        passages = len(json.loads(path.read_text(encoding="utf-8"))["Annotations"])
        rows.append((-passages, int(name["id"]), path, name))
    rows.sort(key=lambda row: row[:2])
    return [(path, name) for _, _, path, name in rows[:ARTICLES]]


def plain_text(nlp, path: Path) -> str:
    """The article's tokens joined with normal spacing."""
    data = json.loads(path.read_text(encoding="utf-8"))
    doc, _ = build_doc(nlp, [s["Tokens"] for s in data["Sentences"]])
    return doc.text.strip()


def toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_article(nlp, path: Path, name: dict) -> None:
    url = "https://de.wikinews.org/wiki/" + quote(name["title"].replace(" ", "_"))
    (OUT / f"{name['id']}.txt").write_text(f"{name['title']}\n\n{plain_text(nlp, path)}\n", encoding="utf-8")
    meta = [f"title = {toml_string(name['title'])}", f"date = {name['date']}", 'source = "Wikinews"',
            'licence = "CC BY 2.5"', f"url = {toml_string(url)}"]
    (OUT / f"{name['id']}.toml").write_text("\n".join(meta) + "\n", encoding="utf-8")


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")  # only the vocabulary is needed: build_doc runs no components of a blank pipeline
    articles = selected(folder)
    for path, name in articles:
        write_article(nlp, path, name)
    lines = [f"- {n['id']}: {n['date']}, „{n['title']}“" for _, n in sorted(articles, key=lambda a: a[1]["date"])]
    readme = README_HEAD.format(n=len(articles)) + "\n".join(lines) + "\n"
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print(f"{len(articles)} articles written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
