"""Command line: `python -m articlekit analyze PATH [--date YYYY-MM-DD] [--tokens]`.

Bad input never produces a traceback: one line on stderr and exit code 2.
"""
from __future__ import annotations

import argparse
import json
import sys

from .analysis import analyze
from .article import ArticleError, decode, from_text, load_article

EXIT_BAD_INPUT = 2


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2."""

    def error(self, message: str):
        print(f"articlekit: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m articlekit", description="Analyse a German news article.")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze_cmd = commands.add_parser("analyze", help="print the analysis of one article as JSON")
    analyze_cmd.add_argument("path", help="article text file (UTF-8), or - for standard input")
    analyze_cmd.add_argument("--date", help="document date YYYY-MM-DD (default: from the .toml beside the file)")
    analyze_cmd.add_argument("--tokens", action="store_true", help="include every token with lemma and tags")
    return parser


def read_article(path: str, date: str | None):
    """Load the article from a path or from standard input."""
    if path == "-":
        return from_text(decode(sys.stdin.buffer.read()), date)
    return load_article(path, date)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        article = read_article(args.path, args.date)
    except ArticleError as error:
        print(f"articlekit: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    output = json.dumps(analyze(article, tokens=args.tokens), ensure_ascii=False)
    try:
        print(output)
    except BrokenPipeError:  # e.g. piped into `head`: the reader has all it wanted
        sys.stderr.close()
    return 0
