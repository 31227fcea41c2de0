"""figures-from-news: every figure a news article reports, tied to the sentence it came from.

>>> from stats import extract
>>> [f.span for f in extract("Britain said it would send 600 troops within 48 hours.")]
['600', 'within 48 hours']
"""

from stats.extract import extract
from stats.model import Category, Document, Figure, Kind, Qualifier

__all__ = ["Category", "Document", "Figure", "Kind", "Qualifier", "extract"]
