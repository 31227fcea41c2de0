"""The reconcile stage: how one article's figures relate, and how many it counts in all.

`relations.relate` marks each figure that is a part of another (`part_of`) or states an
earlier one again (`restates`); `tally.tally` adds an article's figures up per category
without double counting, leaving out figures about another event or period.
"""

from stats.reconcile.relations import relate
from stats.reconcile.tally import tally

__all__ = ["relate", "tally"]
