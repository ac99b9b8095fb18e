"""The shipped Wikinews corpus, its cached analysis and the Dask engine of corpus mode."""
from __future__ import annotations

import html
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from articlekit import corpus
from articlekit.analysis import analyze_many
from articlekit.article import load_article

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted(corpus.CORPUS.glob("*.txt"))
ANNOTATION_KEYS = ("Annotations", "Cue", "Message", "Source", "Frame", "SentenceId")


def test_corpus_has_150_articles_with_date_and_title():
    assert len(TEXTS) >= 150
    for path in TEXTS:
        article = load_article(path)
        assert article.date is not None, path
        title, blank = path.read_text(encoding="utf-8").split("\n")[:2]
        assert title == article.meta["title"] and blank == "", path
        assert article.meta["source"] == "Wikinews" and article.meta["licence"] == "CC BY 2.5"
        assert article.meta["url"].startswith("https://de.wikinews.org/wiki/")


def test_corpus_texts_are_spaced_like_prose():
    text = "\n".join(path.read_text(encoding="utf-8") for path in TEXTS)
    assert "„ " not in text and "( " not in text
    # A few source texts use “ as an opening mark, which the shared spacing rules read as closing:
    # about 20 such spots in 160 articles are accepted, token-separated text would have thousands.
    assert sum(text.count(spot) for spot in (" ,", " .", " “", " )")) < 40


def test_corpus_holds_no_annotation_data():
    files = [p for p in corpus.CORPUS.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} <= {".txt", ".toml", ".md", ".gz", ".tsv"}
    for path in files:
        if path.suffix in (".txt", ".toml", ".tsv"):
            content = path.read_text(encoding="utf-8")
            assert not any(f'"{key}"' in content for key in ANNOTATION_KEYS), path
    for path in files:
        if path.suffix == ".toml":
            assert set(tomllib.loads(path.read_text(encoding="utf-8"))) == {"title", "date", "source", "licence", "url"}


def test_cached_analysis_covers_every_article_and_equals_a_fresh_run():
    cached = corpus.read_jsonl()
    assert [Path(r["path"]).name for r in cached] == [p.name for p in TEXTS]
    fresh = analyze_many([load_article(path) for path in TEXTS], processes=2)  # every article, about 30 s
    for record, result in zip(cached, fresh, strict=True):
        assert {"path": record["path"], **result} == record


@pytest.fixture(scope="module")
def local_cluster():
    distributed = pytest.importorskip("distributed", reason="the optional extra `dask` is not installed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_dask_engine_on_two_worker_processes_equals_corpus_mode(local_cluster):
    articles = [load_article(path) for path in TEXTS[:10]]
    expected = list(analyze_many(articles))
    assert list(corpus.analyze_distributed(articles, scheduler=local_cluster.scheduler_address)) == expected


def test_cli_scheduler_option_streams_jsonl_and_names_bad_files(local_cluster, tmp_path):
    bad = tmp_path / "leer.txt"
    bad.write_text("", encoding="utf-8")
    paths = [str(TEXTS[0]), str(bad), str(TEXTS[1])]
    run = subprocess.run([sys.executable, "-m", "articlekit", "analyze", *paths, "--jsonl",
                          "--scheduler", local_cluster.scheduler_address],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    local = subprocess.run([sys.executable, "-m", "articlekit", "analyze", *paths, "--jsonl"],
                           capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == local.returncode == 2
    assert str(bad) in run.stderr and "Traceback" not in run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["path"] for r in lines] == [str(TEXTS[0]), str(TEXTS[1])]
    assert run.stdout == local.stdout


def test_corpus_report_is_self_contained_with_figures_and_article_table():
    from articlekit import corpus_report  # imported here: plotly loads only for the report tests

    results = corpus.read_jsonl()
    page = corpus_report.build(results)
    assert page.count("<figure>") == 5 and page.count("Plotly.newPlot") == 5
    assert page.count("plotly.js v") == 1  # the library embedded once, not per figure
    assert 'src="http' not in page and "<link" not in page  # offline: nothing loaded from a CDN
    assert "Wer darf selbst sprechen?" in page and "Vergleiche den Anteil der direkten Wiedergabe" in page
    assert all(html.escape(r["text"].split("\n", 1)[0]) in page for r in results)


def test_cli_report_of_a_folder_writes_the_corpus_variant(tmp_path):
    folder = tmp_path / "artikel"
    folder.mkdir()
    for path in TEXTS[:2]:
        for suffix in (".txt", ".toml"):
            (folder / path.with_suffix(suffix).name).write_bytes(path.with_suffix(suffix).read_bytes())
    (folder / "kaputt.txt").write_bytes(b"\xff\xfe\x00")
    out = tmp_path / "korpus.html"
    run = subprocess.run([sys.executable, "-m", "articlekit", "report", str(folder), "--out", str(out)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 2 and "kaputt.txt" in run.stderr and "Traceback" not in run.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count("plotly.js v") == 1 and "2 Artikel" in page
    assert load_article(TEXTS[0]).meta["title"] in page
