"""Command line of the kit.

    python -m articlekit analyze PATH [--date YYYY-MM-DD] [--tokens]      one JSON object
    python -m articlekit analyze DIR_OR_FILES... --jsonl [--processes N]  one JSON line per article
    python -m articlekit report PATH --out FILE.html [--date ...]        self-contained HTML handout
    python -m articlekit report DIR --out FILE.html                      corpus report (figures, table of articles)
    python -m articlekit timeline PATH --out FILE.json|FILE.csv          TimelineJS JSON or CSV
    python -m articlekit students [--out DIR]                            student notebooks (no solutions)

Bad input never produces a traceback: one line on stderr and exit code 2. Input files are only read.
"""
from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from .analysis import analyze, analyze_many
from .article import ArticleError, decode, from_text, load_article
from .pipeline import warm_up

EXIT_BAD_INPUT = 2


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2."""

    def error(self, message: str):
        fail(message)


def fail(message: str):
    print(f"articlekit: error: {message}", file=sys.stderr)
    raise SystemExit(EXIT_BAD_INPUT)


def non_empty(value: str) -> str:
    """An option value or path that says something: `--date ''` is a mistake, not "no date"."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m articlekit", description="Analyse German news articles.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    analyze_cmd = commands.add_parser("analyze", help="print the analysis as JSON")
    analyze_cmd.add_argument("paths", nargs="+", type=non_empty, metavar="PATH",
                             help="article file(s) or folder(s) of .txt files; - reads stdin")
    analyze_cmd.add_argument("--date", type=non_empty,
                             help="document date YYYY-MM-DD (default: from the .toml beside the file)")
    analyze_cmd.add_argument("--tokens", action="store_true", help="include every token with lemma and tags")
    analyze_cmd.add_argument("--jsonl", action="store_true", help="one JSON line per article (corpus mode)")
    analyze_cmd.add_argument("--processes", type=int, default=1, help="worker processes in corpus mode (default 1)")
    analyze_cmd.add_argument("--engine", choices=("local", "dask"), default="local",
                             help="corpus mode engine: local processes, or a Dask cluster (optional extra `dask`)")
    analyze_cmd.add_argument("--scheduler", type=non_empty, metavar="ADDRESS",
                             help="Dask scheduler to use, e.g. tcp://host:8786 (implies --engine dask)")
    for name, help_text in (("report", "write a self-contained HTML handout"),
                            ("timeline", "write the timeline as TimelineJS JSON (.json) or a table (.csv)")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("path", type=non_empty, metavar="PATH", help="article file, or - for standard input")
        command.add_argument("--out", type=non_empty, required=True, help="file to write")
        command.add_argument("--date", type=non_empty, help="document date YYYY-MM-DD")
    students = commands.add_parser("students", help="student notebooks: solution and teacher cells removed, "
                                   "outputs of exercise and answer-source cells cleared")
    students.add_argument("--source", type=non_empty, default="notebooks",
                          help="folder of teacher notebooks (default: notebooks)")
    students.add_argument("--out", type=non_empty, default="students", help="folder to write (default: students)")
    return parser


def read_article(path: str, date: str | None):
    """Load one article from a path or from standard input."""
    if path == "-":
        return from_text(decode(sys.stdin.buffer.read()), date)
    return load_article(path, date)


def read_dated_article(path: str, date: str | None):
    """Load an article for a timeline or handout, saying on stderr when it has no date to resolve against."""
    article = read_article(path, date)
    if article.date is None:
        print("articlekit: note: the article has no date (use --date YYYY-MM-DD or a .toml file beside it); "
              "time expressions stay unresolved", file=sys.stderr)
    return article


def article_paths(paths: list[str]) -> list[str]:
    """Expand folders into their .txt files (sorted); keep files and - as given."""
    expanded = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            expanded += [str(p) for p in sorted(folder.rglob("*.txt"))]
        else:
            expanded.append(path)
    return expanded


def output_path(out: str, inputs: list[str], suffixes: tuple[str, ...]) -> Path:
    """Check an output path: right suffix, not one of the inputs, folder exists."""
    target = Path(out)
    if target.suffix.lower() not in suffixes:
        fail(f"--out must end in {' or '.join(suffixes)}")
    if any(p != "-" and Path(p).resolve() == target.resolve() for p in inputs):
        fail("--out must not be the input file")
    if not target.parent.exists():
        fail(f"the folder {target.parent} does not exist")
    return target


def write_json_line(record: dict) -> None:
    try:
        print(json.dumps(record, ensure_ascii=False), flush=True)
    except BrokenPipeError:  # e.g. piped into `head`: the reader has all it wanted
        sys.stderr.close()
        raise SystemExit(0) from None


def collect_garbage() -> None:
    """Many articles: cyclic garbage must be collected (`python -m articlekit` starts with the collector paused)."""
    gc.enable()


def run_analyze(args) -> int:
    paths = article_paths(args.paths)
    if args.processes < 1:
        fail("--processes must be at least 1")
    if not args.jsonl and len(paths) == 1:
        write_json_line(analyze(read_article(paths[0], args.date), tokens=args.tokens))
        return 0
    if not paths:
        fail("no .txt files found")
    collect_garbage()
    articles, failed = [], 0
    for path in paths:
        try:
            articles.append((path, read_article(path, args.date)))
        except ArticleError as error:
            print(f"articlekit: error: {path}: {error}", file=sys.stderr)
            failed += 1
    show_progress = sys.stderr.isatty() and len(articles) > 5
    if args.engine == "dask" or args.scheduler:
        from .corpus import analyze_distributed  # imported here: dask loads only for this engine

        results = analyze_distributed([a for _, a in articles], tokens=args.tokens, scheduler=args.scheduler,
                                      workers=args.processes)
    else:
        warm_up()
        results = analyze_many([a for _, a in articles], tokens=args.tokens, processes=args.processes)
    for number, ((path, _), result) in enumerate(zip(articles, results, strict=True), start=1):
        write_json_line({"path": path, **result})
        if show_progress:
            print(f"\r{number}/{len(articles)} Artikel analysiert", end="", file=sys.stderr, flush=True)
    if show_progress:
        print(file=sys.stderr)
    return EXIT_BAD_INPUT if failed else 0


def run_report(args) -> int:
    from .report import write  # imported here: pandas and plotly load only when a handout is written

    target = output_path(args.out, [args.path], (".html", ".htm"))
    if args.path != "-" and Path(args.path).is_dir():
        from . import corpus_report  # imported here: the corpus variant loads only for a folder

        collect_garbage()
        results, failed = corpus_report.load_results(article_paths([args.path]), args.date)
        if not results:
            fail("no readable .txt files found")
        corpus_report.write(results, target)
        return EXIT_BAD_INPUT if failed else 0
    article = read_dated_article(args.path, args.date)
    title = article.meta.get("title") or (Path(args.path).stem if args.path != "-" else "Artikel")
    write(analyze(article), title, target)
    return 0


def run_timeline(args) -> int:
    from .export import events_table, to_timelinejs, write_safely  # pandas loads only for exports

    target = output_path(args.out, [args.path], (".json", ".csv"))
    article = read_dated_article(args.path, args.date)
    result = analyze(article)
    if target.suffix.lower() == ".csv":
        content = events_table(result).to_csv(index=False)
    else:
        document = to_timelinejs(result, article.meta.get("title") or "Zeitleiste")
        content = json.dumps(document, ensure_ascii=False, indent=2)
    write_safely(target, content)
    return 0


def run_students(args) -> int:
    from .students import build_student_versions  # nbformat loads only for this command

    source, out = Path(args.source), Path(args.out)
    if not source.is_dir():
        fail(f"{source} is not a folder of notebooks")
    if out.resolve() == source.resolve():
        fail("--out must differ from --source: the teacher notebooks are kept")
    written = build_student_versions(source, out)
    print(f"{len(written)} student notebooks written to {out}")
    return 0


COMMANDS = {"analyze": run_analyze, "report": run_report, "timeline": run_timeline, "students": run_students}


def run_and_leave(command: Callable[[], int]) -> NoReturn:
    """Run a command and end the process as soon as its output is flushed: Python would otherwise free the models
    and word lists object by object first (about 0.2 s, longer than analysing an article). A run that started
    worker processes or a Dask cluster ends the usual way, so their clean-up still runs."""
    try:
        code = command()
    except SystemExit as stop:
        if not isinstance(stop.code, int | None):
            raise
        code = stop.code
    if "distributed" in sys.modules or multiprocessing.active_children():
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            if not stream.closed:
                stream.flush()
        except BrokenPipeError:  # the reader has all it wanted
            continue
        except OSError:  # e.g. a full disk: Python's own exit status when it cannot flush
            code = 120
    os._exit(code or 0)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ArticleError as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot write {getattr(error, 'filename', '') or 'the output'}: {error.strerror}")
