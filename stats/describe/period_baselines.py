"""A period that dates another amount than the figure: an elapsed time right after an amount
("fell to £211m from £245m a year earlier") is that amount's baseline. Split from `period`."""

from __future__ import annotations

from typing import Final

from stats.describe.mention import Mention
from stats.lexicon import times
from stats.lexicon.compiled import alternation
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# An elapsed time right after an amount dates that amount, the baseline of a change: "fell to
# £211m from £245m a year earlier", "down from 35.3% three years ago".
_ELAPSED: Final = compile_regex(r"\b(?:ago|earlier|later)$")
_AMOUNT_BEFORE: Final = compile_regex(r"\d[\d,.]*\s*(?:%|[^\W\d]{1,12})?\s+(?:(?:from|than|on)\s+)?$")


def _elapsed(text: str) -> bool:
    """`_ELAPSED.search(text)`, searched only when the text ends with one of its words (or a
    line break, before which its `$` matches too): most times are no elapsed time, and this
    is asked for every time of a sentence with each of its figures."""
    return text.endswith(("ago", "earlier", "later", "\n")) and _ELAPSED.search(text) is not None


def baseline_of_another(sentence: str, mention: Mention, start: int, end: int) -> bool:
    """Whether an elapsed time ("a year earlier") dates the amount just before it, not the
    figure at [start, end): "£211m from £245m a year earlier, on revenue of £6.84bn" gives
    neither £211m nor £6.84bn the year earlier."""
    if not _elapsed(mention.text):
        return False
    amount = _AMOUNT_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
    if not amount:
        return False
    return not (end <= mention.start and not any(ch.isdigit() for ch in sentence[end:mention.start]))


# An aside between commas about something named before it, which times only its own figures:
# ", which has run the city for the past eight years,", ", built in 1979,".
_ASIDE_OPENING: Final = compile_regex(rf",\s+(?:which|(?:{alternation(times.ASIDE_PARTICIPLES)})\b)")


def in_aside(sentence: str, mention: Mention, start: int, end: int) -> bool:
    """Whether a time phrase lies in a relative or participial aside between commas that the
    figure at [start, end) is outside of ("The stadium, built in 1979, holds 15,000": 1979 is
    the building's, not the capacity's)."""
    opening = _comma(sentence, max(0, mention.start - 80), mention.start, last=True)
    closing = _comma(sentence, mention.end, len(sentence))
    # (the figure right after the aside is its own: "which produced 18 tonnes last year, about a sixth")
    if opening < 0 or closing < 0 or opening <= start <= closing + 2:
        return False
    before = sentence[max(0, opening - 40) : opening].split()[-1:]  # (an event's: "The storm, which hit ...")
    if before and before[0].lower().strip(".'’") in times.EVENT_NOUNS:
        return False
    return _ASIDE_OPENING.match(sentence, opening, None, SERIAL) is not None


def _comma(sentence: str, start: int, end: int, last: bool = False) -> int:
    """The first (or `last`) comma in [start, end) that is no thousands separator ("18,000"),
    or -1: found by `str.find`, not read character by character (asked for every figure)."""
    i = sentence.rfind(",", start, end) if last else sentence.find(",", start, end)
    while i >= 0 and sentence[i - 1 : i].isdigit() and sentence[i + 1 : i + 2].isdigit():
        i = sentence.rfind(",", start, i) if last else sentence.find(",", i + 1, end)
    return i
