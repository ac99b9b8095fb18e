"""German quotation marks: which character opens, which closes, and how to tell when unsure."""
from __future__ import annotations

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
