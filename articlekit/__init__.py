"""articlekit: take a German news article apart, step by step (reading, tagging, quoting, time)."""
from .analysis import analyze
from .article import Article, ArticleError, from_text, load_article
from .pipeline import get_nlp, parse

__all__ = ["Article", "ArticleError", "analyze", "from_text", "get_nlp", "load_article", "parse"]
