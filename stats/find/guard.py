"""One failing rule costs one figure, never the article: failures and refusals are logged.

A rule that raises (a lookup that misses, a reader that meets text it never expected) is
caught where it runs on one number, logged with the rule id and the document, and that number
is left out; the other figures of the sentence and the article are kept (issue 13: a KeyError
on "US  $5 million" turned a whole article into an error). A figure whose value is not a
finite number (a unit multiplier that overflows: "1" + 307 zeros + " centuries") is refused
the same way, with the reason.

The document being extracted is known to the loggers through `reading(doc)`, so the rules
need not pass it along. Warnings go to the `stats.rules` logger (`stats extract` shows them
on stderr).
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Final

from stats.model import Candidate

log = logging.getLogger("stats.rules")
_DOCUMENT: Final[ContextVar[str]] = ContextVar("stats_document", default="text")
_SHOWN: Final = 60  # characters of the text a message quotes


@contextlib.contextmanager
def reading(doc: str) -> Iterator[None]:
    """Name the document that failures inside the block are logged against."""
    token = _DOCUMENT.set(doc)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def _quoted(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[:_SHOWN] + "…")


def failed(rule: str, text: str, error: Exception) -> None:
    """Log a rule that raised on `text` (the number or sentence it was reading)."""
    log.warning("rule %s failed on %s in %s (%s: %s); that figure was left out, the rest kept",
                rule, _quoted(text), _DOCUMENT.get(), type(error).__name__, error)


def refused(rule: str, text: str, reason: str) -> None:
    """Log a figure left out for a reason (not a failure of the rule)."""
    log.warning("figure %s (%s) in %s refused: %s", _quoted(text), rule, _DOCUMENT.get(), reason)


def finite(c: Candidate, sentence: str) -> bool:
    """Whether the candidate's numbers are all finite; logs the refusal when not."""
    for name in ("value", "value_high", "whole"):
        number = getattr(c, name)
        if number is not None and not math.isfinite(number):
            refused(c.rule_id, sentence[c.start:c.end], f"its {name} is not a finite number ({number})")
            return False
    return True
