"""figures-from-news: every figure a news article reports, tied to the sentence it came from.

>>> from stats import extract
>>> [f.span for f in extract("Britain said it would send 600 troops within 48 hours.")]
['600', 'within 48 hours']

How many in all, per article (`tally`), and the same claim across articles (`claims`):

>>> [(t.category.value, t.best) for t in tally(extract("Gunmen killed 17 people, including 4 officers."))]
[('killed', 17.0)]
"""

from stats import compiled

compiled.check()  # (a compiled module older than its edited source would run in its place)

from stats.extract import extract  # noqa: E402
from stats.model import Category, Claim, Document, Figure, Kind, Qualifier, Tally  # noqa: E402
from stats.reconcile.claims import claims  # noqa: E402
from stats.reconcile.tally import tally  # noqa: E402

__all__ = ["Category", "Claim", "Document", "Figure", "Kind", "Qualifier", "Tally", "claims", "extract",
           "tally"]
