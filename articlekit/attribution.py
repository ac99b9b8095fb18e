"""The details of an attribution: statement or not, anonymous, all speakers, addressee, source, classes."""
from __future__ import annotations

from .quote_context import Quote, QuoteContext
from .quote_layers import link_parents, mark_editorial


def complete(context: QuoteContext, quotes: list[Quote]) -> None:
    """Fill the fields beyond speaker and cue on the sorted quotes of a document."""
    for quote in quotes:
        mark_editorial(quote)
        quote.anonymous = quote.speaker is None and quote.source is None
    link_parents(quotes)
