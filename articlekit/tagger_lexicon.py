"""Word forms pre-analysed by HanTa offline (scripts/build_tagger_lexicon.py), read block by block on demand.

Analysing a word HanTa has not seen costs about a millisecond; this file holds those analyses for
frequent German forms (wordfreq's list), so a new article needs few. One line per form:
`form TAB tags TAB lemmas`, where tags is HanTa's word analysis cut to the tags that survive its cutoff
of 5 in any use (tag:log-probability, floats written exactly) and lemmas gives HanTa's lemma per tag, coded as
"cut letters from the end, append". Lines are sorted and stored in zlib blocks behind an index,
so a lookup decompresses one small block (the file is never loaded whole).
"""
from __future__ import annotations

import bisect
import struct
import zlib
from collections import OrderedDict
from functools import lru_cache

from .resources import PACKAGE_DATA

FILE_NAME = "tagger_lexicon.bin"
MAGIC = b"HANTALEX1\n"
BLOCKS_KEPT = 4096  # all blocks of the shipped file (about 30 MB of text once all are read)
BLOCK_LINES = 64  # one lookup decompresses 64 lines (30 µs; 200 lines took 120 µs, for 0.5 MB less file)


def encode_lemma(word: str, lemma: str) -> str:
    """Shortest code "CUT[^]:REST" that rebuilds lemma from word (^: first letter upper-cased)."""
    codes = []
    for cap in (False, True):
        plain = lemma[:1].lower() + lemma[1:] if cap else lemma
        shared = 0
        while shared < min(len(word), len(plain)) and word[shared] == plain[shared]:
            shared += 1
        code = f"{len(word) - shared}{'^' if cap else ''}:{plain[shared:]}"
        if decode_lemma(word, code) == lemma:
            codes.append(code)
    return min(codes, key=len)


def decode_lemma(word: str, code: str) -> str:
    """Rebuild a lemma from its word and code (see encode_lemma)."""
    cut, rest = code.split(":", 1)
    cap = cut.endswith("^")
    lemma = word[:len(word) - int(cut.rstrip("^"))] + rest
    return lemma[:1].upper() + lemma[1:] if cap else lemma


def encode_line(word: str, tags: list[tuple[int, float]] | None, lemmas: dict[int, str]) -> str:
    """One lexicon line; tags None for words HanTa's own cache already covers."""
    tag_text = " ".join(f"{tag}:{float(p)!r}" for tag, p in tags) if tags is not None else "-"
    lemma_text = " ".join(f"{tag}:{encode_lemma(word, lemma)}" for tag, lemma in lemmas.items())
    return f"{word}\t{tag_text}\t{lemma_text}"


def write(path, lines: list[str], block_size: int = BLOCK_LINES) -> None:
    """Write sorted lexicon lines as zlib blocks behind a compressed index of first words."""
    lines = sorted(lines)
    blocks, index, offset = [], [], 0
    for start in range(0, len(lines), block_size):
        data = zlib.compress("\n".join(lines[start:start + block_size]).encode("utf-8"), 9)
        index.append(f"{lines[start].split(chr(9), 1)[0]}\t{offset}\t{len(data)}")
        blocks.append(data)
        offset += len(data)
    head = zlib.compress("\n".join(index).encode("utf-8"), 9)
    with open(path, "wb") as handle:
        handle.write(MAGIC + struct.pack("<Q", len(head)) + head + b"".join(blocks))


class TaggerLexicon:
    """Look up pre-analysed forms: tags for HanTa's word analysis, lemmas per tag."""

    def __init__(self, data: bytes):
        if not data.startswith(MAGIC):
            raise ValueError("not a tagger lexicon file")
        size = struct.unpack("<Q", data[len(MAGIC):len(MAGIC) + 8])[0]
        start = len(MAGIC) + 8
        rows = [row.split("\t") for row in zlib.decompress(data[start:start + size]).decode("utf-8").split("\n")]
        self.data, self.base = data, start + size
        self.firsts = [row[0] for row in rows]
        self.spans = [(int(row[1]), int(row[2])) for row in rows]
        self.blocks: OrderedDict[int, str] = OrderedDict()  # decompressed blocks, most recent last

    def entry(self, word: str) -> tuple[str, str] | None:
        """The (tags, lemmas) text of a form, or None (found by a text search in its decompressed block)."""
        number = bisect.bisect_right(self.firsts, word) - 1
        if number < 0 or "\n" in word or "\t" in word:
            return None
        text = self.blocks.get(number)
        if text is not None:
            self.blocks.move_to_end(number)
        else:
            start, size = self.spans[number]
            start += self.base
            text = "\n" + zlib.decompress(self.data[start:start + size]).decode("utf-8") + "\n"
            self.blocks[number] = text
            if len(self.blocks) > BLOCKS_KEPT:
                self.blocks.popitem(last=False)
        start = text.find(f"\n{word}\t")
        if start < 0:
            return None
        _, tags, lemmas = text[start + 1:text.index("\n", start + 1)].split("\t")
        return tags, lemmas

    def tags(self, word: str) -> list[tuple[int, float]] | None:
        """HanTa's word analysis (the tags that can survive its cutoff), or None if not stored."""
        found = self.entry(word)
        if found is None or found[0] == "-":
            return None
        return [(int(tag), float(p)) for tag, p in (item.split(":") for item in found[0].split(" "))]

    def lemma(self, word: str, tag: int, names: dict[int, str]) -> tuple[str, str] | None:
        """HanTa's (lemma, tag name) of a lower-cased word under a tag, or None if not stored."""
        found = self.entry(word)
        if found is None or not found[1]:
            return None
        for item in found[1].split(" "):
            number, code = item.split(":", 1)
            if int(number) == tag:
                return decode_lemma(word, code), names[tag]
        return None


@lru_cache(maxsize=1)
def lexicon() -> TaggerLexicon | None:
    """The shipped lexicon (read once, about 0.01 s), or None when the data file is missing."""
    path = PACKAGE_DATA / FILE_NAME
    return TaggerLexicon(path.read_bytes()) if path.is_file() else None
