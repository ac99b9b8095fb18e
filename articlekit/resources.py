"""Where the kit's readable data files live, and small readers for them."""
from __future__ import annotations

import csv
import tomllib
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """Read a one-entry-per-line list from data/, skipping blanks and # comments."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Read a tab-separated table with a header row from data/, skipping # comment lines."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=None)
def settings(name: str) -> dict:
    """Read a TOML file of rules or patterns from data/."""
    with open(DATA_DIR / name, "rb") as handle:
        return tomllib.load(handle)
