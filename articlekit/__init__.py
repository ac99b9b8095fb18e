"""articlekit: take a German news article apart, step by step (reading, tagging, quoting, time)."""
import gc

# Importing spaCy makes only long-lived objects: the collector would rescan them again and again (about a third
# of the import time). It is paused while the kit imports and then left as it was.
_collecting = gc.isenabled()
gc.disable()
from .prefetch import hanta_model  # noqa: E402

hanta_model()  # HanTa's model file is unpacked on another core while spaCy is imported
from .analysis import analyze  # noqa: E402
from .article import Article, ArticleError, from_text, load_article  # noqa: E402
from .pipeline import get_nlp, parse  # noqa: E402

if _collecting:
    gc.enable()

__all__ = ["Article", "ArticleError", "analyze", "from_text", "get_nlp", "load_article", "parse"]
