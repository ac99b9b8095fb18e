"""Load a German news article: exact text, metadata and structure with character offsets.

Text handling, defined once: the file must be UTF-8 (a UTF-8 or UTF-16 byte-order mark is
accepted and removed); Windows (CRLF) and old Mac (CR) line ends become "\\n". Nothing else
is changed, so every offset the kit reports points into `Article.text`.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .resources import settings, word_list

MAX_CHARS = 3_000_000


class ArticleError(ValueError):
    """Input the kit cannot analyse; the message is one line meant for the user."""


@dataclass(frozen=True)
class Block:
    """One line-level part of the article: title, heading, paragraph, byline or boilerplate."""

    kind: str
    start: int
    end: int
    text: str


@dataclass
class Article:
    """An article's text, its metadata and its blocks (all offsets index `text`)."""

    text: str
    date: dt.date | None = None
    meta: dict = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Block]:
        """Blocks of the given kinds, in reading order."""
        return [block for block in self.blocks if block.kind in kinds]

    @property
    def headings(self) -> list[Block]:
        return self.of_kind("heading")

    @property
    def paragraphs(self) -> list[Block]:
        return self.of_kind("paragraph")


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether an offset lies in one of sorted, disjoint (start, end) spans (e.g. the paragraphs)."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and offset < spans[index][1]


def decode(data: bytes) -> str:
    """Turn file bytes into the kit's normalised text, or raise ArticleError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError("the file starts like UTF-16 but cannot be decoded as UTF-16") from None
    elif b"\x00" in data:
        raise ArticleError("the file looks binary (it contains NUL bytes), not like a text file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ArticleError(
                f"the file is not valid UTF-8 (byte {error.start}); please save it as UTF-8"
            ) from None
    return normalise(text)


def normalise(text: str) -> str:
    """The kit's one text normalisation: no byte-order mark, "\\n" line ends."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str) -> None:
    """Refuse text the analyses cannot sensibly handle, with a one-line reason."""
    if not text.strip():
        raise ArticleError("the article is empty")
    if len(text) > MAX_CHARS:
        raise ArticleError(f"the article is too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\t")
    if controls > len(text) / 100:
        raise ArticleError("the text contains many control characters; it does not look like an article")
    tags = len(re.findall(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?>", text))
    if tags > 5:
        raise ArticleError(f"the text looks like HTML ({tags} tags); save or paste the article's plain text")
    words = re.findall(r"[A-Za-zÄÖÜäöüß]+", text)
    if not words:
        raise ArticleError("the text contains no German words")
    german = word_list("function_words_de.txt")
    hits = sum(word.lower() in german for word in words)
    if len(words) >= 8 and hits / len(words) < 0.03:  # German results tables still reach 0.07
        raise ArticleError("the text does not look like German (too few German function words)")


def find_blocks(text: str) -> list[Block]:
    """Split the text into lines and label each as title, heading, paragraph, byline or boilerplate."""
    rules = settings("structure.toml")
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    blocks = []
    for index, (start, line) in enumerate(lines):
        lead = len(line) - len(line.lstrip())
        stripped = line.strip()
        span_start, span_end = start + lead, start + lead + len(stripped)
        kind = _line_kind(stripped, is_last=index == len(lines) - 1, rules=rules)
        if kind == "heading" and not blocks:
            kind = "title"
        blocks.append(Block(kind, span_start, span_end, stripped))
    return blocks


def _line_kind(line: str, is_last: bool, rules: dict) -> str:
    """Label one stripped line; headings need text after them."""
    if any(re.match(pattern, line) for pattern in rules["byline"]):
        return "byline"
    if any(re.match(pattern, line) for pattern in rules["boilerplate"]):
        return "boilerplate"
    short = len(line.split()) <= rules["heading_max_words"]
    if short and not is_last and line[-1] not in rules["heading_final_chars"] and line[0].isupper():
        return "heading"
    return "paragraph"


def from_text(text: str, date: dt.date | str | None = None, meta: dict | None = None) -> Article:
    """Build an Article from a string (already decoded), checking it first."""
    text = normalise(text)
    check_text(text)
    return Article(text=text, date=parse_date(date), meta=dict(meta or {}), blocks=find_blocks(text))


def load_article(path: str | Path, date: dt.date | str | None = None) -> Article:
    """Load an article file; metadata comes from a .toml file beside it, if there is one."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"cannot read {path}: {error.strerror}") from None
    meta = load_meta(path.with_suffix(".toml"))
    return from_text(decode(data), date or meta.get("date"), meta)


def load_meta(path: Path) -> dict:
    """Read an article's metadata file (date, source, authors, language, licence)."""
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ArticleError(f"the metadata file {path.name} is not valid TOML: {error}") from None


def parse_date(value: dt.date | str | None) -> dt.date | None:
    """Accept a date or an ISO string (YYYY-MM-DD); anything else is an ArticleError."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ArticleError(f"invalid date {value!r}: use YYYY-MM-DD, e.g. 2025-01-21") from None
