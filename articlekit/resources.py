"""Where the kit's readable data files live, and small readers for them.

Rules and word lists ship inside the package (articlekit/data/, read with importlib.resources,
so a wheel works); gold annotations and the corpus stay in the repository's data/ folder.
"""
from __future__ import annotations

import csv
import gc
import tomllib
from collections.abc import Callable
from functools import cache, wraps
from importlib.resources import files
from pathlib import Path

PACKAGE_DATA = files("articlekit") / "data"
REPO_DATA = Path(__file__).resolve().parent.parent / "data"  # only in a checkout of the repository


def without_gc(load: Callable) -> Callable:
    """Run a loader of large, long-lived tables with the garbage collector paused: it would only rescan the new
    objects again and again (a third of the time it takes to build the place names)."""
    @wraps(load)
    def run(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return load(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return run


@cache
def word_list(name: str) -> frozenset[str]:
    """Read a one-entry-per-line list from articlekit/data/, skipping blanks and # comments."""
    lines = (PACKAGE_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def table(name: str, root: Path | None = None) -> tuple[dict[str, str], ...]:
    """Read a tab-separated table with a header row (articlekit/data/ unless root says otherwise)."""
    with (root or PACKAGE_DATA).joinpath(name).open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def settings(name: str) -> dict:
    """Read a TOML file of rules or patterns from articlekit/data/."""
    with (PACKAGE_DATA / name).open("rb") as handle:
        return tomllib.load(handle)
