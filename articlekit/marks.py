"""German quotation marks: which character opens, which closes, and how they pair (apart from attribution)."""
from __future__ import annotations

import re

# Opening mark -> the closing marks that may end it (German, Swiss/French, typewriter styles).
PAIRS = {
    "„": "“”\"",
    "»": "«",
    "«": "»",
    "\"": "\"“”",
    "“": "”\"",
    "‚": "‘’'",
    "›": "‹",
    "‹": "›",
}
QUOTE_CHARS = frozenset("„“”»«\"‚‘’›‹")
ALWAYS_OPENING = frozenset("„‚")
ALWAYS_CLOSING = frozenset("”")
QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


def opens(text: str, index: int) -> bool:
    """Whether the quote mark at text[index] opens a quotation, judged by its neighbours.

    „ and ‚ always open; others open when they follow a space or line start and
    precede a non-space (typewriter " and the Swiss « » are decided this way).
    """
    char = text[index]
    if char in ALWAYS_OPENING:
        return True
    if char in ALWAYS_CLOSING:
        return False
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-/:") and not after.isspace()


def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """Outermost pairs of quotation marks as (start, end) character offsets, marks included.

    A stack pairs each closing mark with the latest compatible opening one. German style repeats
    the opening mark at the start of each paragraph of a long quotation; such a mark continues the
    open quotation. Marks that never close are ignored (the text is not changed).
    """
    stack: list[tuple[str, int]] = []
    pairs = []
    for found in QUOTE_MARK.finditer(text):
        index, char = found.start(), found.group()
        if stack and char in PAIRS[stack[-1][0]] and not (opens(text, index) and char not in "“”"):
            _, start = stack.pop()
            if not stack:
                pairs.append((start, index + 1))
        elif char in PAIRS and opens(text, index) and char not in "’'":
            at_line_start = index == 0 or text[index - 1] == "\n"
            if not (at_line_start and stack):
                stack.append((char, index))
    return pairs

