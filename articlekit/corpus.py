"""Corpus analysis: many articles on a Dask cluster, and the tables notebook 06 and the corpus report read.

Scale-out engine: dask.distributed (optional extra `dask`). The articles are read where the command runs
(bad files are named and skipped there, as in corpus mode); the workers, on this machine or on others,
receive the article texts and send back the plain JSON records, in input order, so the output streams
line by line and equals corpus mode's.
"""
from __future__ import annotations

import gzip
import json
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

import pandas as pd

from . import labels, resources
from .analysis import analyze
from .article import Article

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
CACHE = CORPUS / "analysis.jsonl.gz"  # `analyze data/corpus --jsonl`, gzipped (a test proves it fresh)
GENDERS = CORPUS / "first_name_genders.tsv"
AHEAD = 4  # tasks in flight per worker thread: enough to keep workers busy, few results held in memory


def analyze_distributed(articles: Iterable[Article], tokens: bool = False, scheduler: str | None = None,
                        workers: int = 1) -> Iterator[dict]:
    """Analyse articles on a Dask cluster (at `scheduler`, or a local one with `workers` processes), in order."""
    # imported here: dask is an optional extra, needed only for this engine
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield from _stream(client, articles, tokens)
        return
    with LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield from _stream(client, articles, tokens)


def _stream(client, articles: Iterable[Article], tokens: bool) -> Iterator[dict]:
    """Submit a sliding window of articles and yield each result as soon as it and those before are done."""
    window = AHEAD * max(1, sum(client.nthreads().values()))
    task = partial(analyze, tokens=tokens)
    pending: deque = deque()
    for article in articles:
        pending.append(client.submit(task, article, pure=False))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


# ---------------------------------------------------------------- reading results

def read_jsonl(path: str | Path = CACHE) -> list[dict]:
    """The records of a JSONL file written by `analyze --jsonl` (one article per line; .gz is unpacked)."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def articles_table(results: list[dict]) -> pd.DataFrame:
    """One row per article: id, date, year, title, number of statements."""
    rows = [{"Artikel": Path(r.get("path", "")).stem, "Datum": r["date"],
             "Jahr": int(r["date"][:4]) if r["date"] else None,
             "Titel": r["text"].split("\n", 1)[0], "Aussagen": len(statements(r))} for r in results]
    return pd.DataFrame(rows)


def statements(result: dict) -> list[dict]:
    """The quotes that count as statements, each once (nested partial quotes belong to their parent)."""
    return [q for q in result["quotes"] if q.get("parent") is None and q.get("statement", True)]


def speaker_type(quote: dict, entities: list[dict]) -> str:
    """Person, institution (organisation or state), anonymous, or a speaker without a recognised name."""
    if quote.get("anonymous") or quote.get("speaker_start") is None:
        return "anonym"
    label = entity_label(quote, entities)
    if label == "PER":
        return "Person"
    if label in ("ORG", "LOC"):
        return "Institution"
    return "ohne Namen"


def entity_label(quote: dict, entities: list[dict]) -> str | None:
    """The label of the entity that overlaps the speaker mention (or has its canonical name), if any."""
    start, end = quote["speaker_start"], quote["speaker_end"]
    for entity in entities:
        if entity["start"] < end and start < entity["end"]:
            return entity["label"]
    canonical = quote.get("speaker_canonical")
    return next((e["label"] for e in entities if canonical and e["canonical"] == canonical), None)


def quotes_table(results: list[dict]) -> pd.DataFrame:
    """One row per statement in the corpus, with German labels for kind, speaker type and verb class."""
    rows = []
    for result in results:
        for quote in statements(result):
            rows.append({
                "Artikel": Path(result.get("path", "")).stem, "Jahr": int(result["date"][:4]),
                "Sprecher": quote.get("speaker_canonical") or quote.get("speaker"),
                "Sprechertyp": speaker_type(quote, result["entities"]),
                "Art": labels.quote_kind(quote["kind"]).name,
                "Verbklasse": labels.verb_class(quote["cue_class"]).name if quote.get("cue_class") else "ohne Verb",
                "Redeeinleitung": quote.get("cue"),
            })
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- first names

def first_name_genders(path: Path = GENDERS) -> dict[str, str]:
    """First name -> "weiblich", "männlich" or "unklar" (nam_dict's usual use of the name)."""
    return {row["name"]: row["usage"] for row in resources.table(path.name, root=path.parent)}


def name_usage(speaker: str | None, genders: dict[str, str]) -> str:
    """How the speaker's first word is usually used as a first name ("unbekannt" if not in the list)."""
    if not speaker:
        return "unbekannt"
    return genders.get(speaker.split()[0].split("-")[0], "unbekannt")  # Hans-Jürgen: the first part decides


def persons_table(quotes: pd.DataFrame, genders: dict[str, str]) -> pd.DataFrame:
    """One row per quoted person (named persons only) and year, with the usual use of their first name."""
    persons = quotes[quotes["Sprechertyp"] == "Person"].dropna(subset=["Sprecher"])
    persons = persons.drop_duplicates(["Artikel", "Sprecher"])
    return persons.assign(Vorname=[name_usage(s, genders) for s in persons["Sprecher"]])


def shares(table: pd.DataFrame, column: str, by: str | None = None) -> pd.DataFrame:
    """Counts and shares (in percent) of the values of a column, optionally per group."""
    keys = [by, column] if by else [column]
    counts = table.groupby(keys).size().rename("Anzahl").reset_index()
    totals = counts.groupby(by)["Anzahl"].transform("sum") if by else counts["Anzahl"].sum()
    return counts.assign(Anteil=(100 * counts["Anzahl"] / totals).round(1))


def periods(years: pd.Series) -> pd.Series:
    """Years grouped into periods with enough articles to compare (the corpus is densest 2005-2008)."""
    return pd.cut(years, bins=[2003, 2005, 2006, 2007, 2008, 2030],
                  labels=["2004–2005", "2006", "2007", "2008", "2009–2021"]).astype(str)


def verb_classes() -> list[str]:
    """German names of the speech-verb classes, in the order of the class table."""
    return [labels.verb_class(row["class"]).name for row in resources.table("speech_verb_classes.tsv")]
