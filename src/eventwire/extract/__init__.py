"""Extract stage: raw pages -> clean articles with trustworthy metadata."""

from eventwire.extract.article import extract_article, iter_articles
from eventwire.extract.errors import ExtractionError

__all__ = ["ExtractionError", "extract_article", "iter_articles"]
