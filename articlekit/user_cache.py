"""A per-user cache for tables every start would otherwise rebuild from the shipped text files (the name index).

The folder is $ARTICLEKIT_CACHE (empty: no cache), else $XDG_CACHE_HOME/articlekit, else ~/.cache/articlekit.
An entry is named by a hash of everything it was built from (the text files and the code that reads them) and of
the Python version, so an edited data file or another kit version is built afresh; only the newest few entries of
a name are kept. A folder that cannot be written only means no cache. Values are stored with marshal (plain
tuples, lists and strings), which reads them back in a quarter of the time the text takes to parse.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

ENV = "ARTICLEKIT_CACHE"
SUFFIX = ".marshal"
KEEP = 4  # entries kept per name: a few kit versions or data edits side by side, not every one ever built


def folder() -> Path | None:
    """Where the cache lives, or None when $ARTICLEKIT_CACHE is set empty."""
    configured = os.environ.get(ENV)
    if configured is not None:
        return Path(configured) if configured else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "articlekit"


def entry_path(name: str, inputs: Iterable[bytes] | None) -> Path | None:
    """The file for what these inputs build under this Python's marshal format (None: no cache)."""
    where = folder()
    if where is None or inputs is None:
        return None
    digest = hashlib.blake2b(f"{sys.version_info[:2]} {marshal.version}".encode(), digest_size=16)
    for part in inputs:
        digest.update(len(part).to_bytes(8, "little") + part)
    return where / f"{name}-{digest.hexdigest()}{SUFFIX}"


def cached(name: str, inputs: Iterable[bytes] | None, build: Callable[[], object]) -> object:
    """What build() returns, read back when the same inputs built it before, else built now and stored (inputs
    None: always built)."""
    path = entry_path(name, inputs)
    if path is not None and path.is_file():
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass  # unreadable or cut short: built again below
    value = build()
    if path is not None:
        store(path, name, value)
    return value


def store(path: Path, name: str, value: object) -> None:
    """Write an entry atomically and remove all but the newest few of the same name; an unwritable folder is no
    error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", delete=False)
    except OSError:
        return  # e.g. a read-only home folder in a classroom: the kit works without the cache
    try:
        with handle:
            handle.write(marshal.dumps(value))
        os.replace(handle.name, path)
    except OSError:
        Path(handle.name).unlink(missing_ok=True)
        return
    older = sorted(path.parent.glob(f"{name}-*{SUFFIX}"), key=modified, reverse=True)[KEEP:]
    for old in older:
        old.unlink(missing_ok=True)


def modified(path: Path) -> float:
    """When a cache entry was written (0 if it is gone already: another process tidied up)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
