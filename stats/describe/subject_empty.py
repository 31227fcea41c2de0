"""Subjects that count nothing: words the subject readers may take before or after a figure
that name no thing counted. An adverb ("grew a seasonally adjusted 1.3%"), a month or a
weekday capitalised ("the march" is one), a time ago ("47% three years earlier"), "another"
or "steady".
"""

from __future__ import annotations

from typing import Final

from stats.describe.words import may_end_with
from stats.lexicon import times
from stats.lexicon.inflection import is_adverb
from stats.lexicon.pattern_cache import SERIAL, compile_regex

_CALENDAR_NAMES: Final = frozenset(w.capitalize() for w in times.MONTHS | times.WEEKDAYS if len(w) > 3)
_NO_SUBJECT: Final = compile_regex(
    r"(?i:another|steady|stable|unchanged"
    r"|(?:\p{L}+\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:earlier|ago|later|before))|"
    + "|".join(sorted(_CALENDAR_NAMES)))
# The words every match of `_NO_SUBJECT` that is no calendar name ends with, in any case.
_NO_SUBJECT_ENDS: Final = ("another", "steady", "stable", "unchanged", "earlier", "ago", "later", "before")


def counts_nothing(subject: str) -> bool:
    """Whether the subject is one of the words above (all of it).

    `_NO_SUBJECT` is tried only on a calendar name or a subject that may end with one of
    `_NO_SUBJECT_ENDS`: most subjects are nouns, and the pattern, tried whole, would be
    tried at each of their characters.

    >>> [counts_nothing(s) for s in ("seasonally", "March", "three years earlier", "Steady")]
    [True, True, True, True]
    >>> [counts_nothing(s) for s in ("people", "march", "years", "the earlier")]
    [False, False, False, False]
    """
    if is_adverb(subject):
        return True
    return (subject in _CALENDAR_NAMES or may_end_with(subject, _NO_SUBJECT_ENDS)) and (
        _NO_SUBJECT.fullmatch(subject, None, None, SERIAL) is not None)
