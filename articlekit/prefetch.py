"""HanTa's German model, read and unpacked in a background thread from the moment the kit is imported.

Importing spaCy takes most of a cold start and keeps one core busy; zlib unpacks without holding Python's
interpreter lock, so the model file (1.2 MB, 4 MB unpacked) is ready on the other core by the time the tagger needs
it, and only the unpickling is left: about 0.02 s off a cold `python -m articlekit analyze`.
"""
from __future__ import annotations

import gzip
import os
import threading
import zlib
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

MODEL = "morphmodel_ger.pgz"


def model_path(name: str) -> Path:
    """Where HanTa finds a model file: in the working folder first, else beside its own code (as HanTa does; without
    HanTa installed, the working folder: tagging then stops at importing HanTa, not importing the kit)."""
    if os.path.exists(name):
        return Path(name)
    spec = find_spec("HanTa")
    return Path(spec.submodule_search_locations[0] if spec and spec.submodule_search_locations else ".") / name


def gunzip(data: bytes) -> bytes:
    """gzip.decompress of a one-member file by zlib alone, which runs without the interpreter lock."""
    inflater = zlib.decompressobj(wbits=31)
    unpacked = inflater.decompress(data) + inflater.flush()
    return unpacked if inflater.eof and not inflater.unused_data else gzip.decompress(data)


class Prefetch:
    """A model file's unpacked bytes, from a thread started at once."""

    def __init__(self, name: str):
        self.name, self.path, self.pid, self.data = name, model_path(name), os.getpid(), None
        self.thread = threading.Thread(target=self.read, name="articlekit-prefetch", daemon=True)
        self.thread.start()

    def read(self) -> None:
        try:
            self.data = gunzip(self.path.read_bytes())
        except (OSError, zlib.error):
            return  # result() reads the file again and raises where it is asked for

    def result(self) -> bytes:
        """The unpacked file, waiting for the thread; read here instead in a forked process (the thread did not
        come along), after a failed read, or when the working folder now holds another model file."""
        if os.getpid() == self.pid:
            self.thread.join()
        path = model_path(self.name)
        return self.data if self.data is not None and path == self.path else gunzip(path.read_bytes())


@lru_cache(maxsize=1)
def hanta_model() -> Prefetch:
    """HanTa's German model, being unpacked since the first call (made when the kit is imported)."""
    return Prefetch(MODEL)
