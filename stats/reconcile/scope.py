"""Which of an article's figures its tally leaves out: those about another event or period.

"weeks after two children were killed in the same village" is another event; "212 people
have died in custody since 2019" holds for another period than the attack the report is
about. Each rule is a row of `SCOPE_RULES`; `left_out(f, others)` gives the reason a figure is
left out, in words for the tally's `how`, or "" when it counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from stats.find.rule import Rule, Stage
from stats.lexicon import COUNT_NOUNS, ONES, SCALES, TENS
from stats.lexicon.compiled import longest_first
from stats.lexicon.pattern_cache import compile_regex
from stats.lexicon.tallies import (
    EARLIER_COUNT,
    LONG_AGO,
    OTHER_EVENT,
    OTHER_PERIOD,
    PERIOD_LONG_AGO,
    RUNNING_TOTAL,
)
from stats.model import Figure
from stats.reconcile import context

# A period that is a year and nothing more ("in 2019"): another period when the article's
# other figures of the category hold for another time.
_YEAR_ONLY = compile_regex(r"^(?:in|during|throughout)\s+(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d\d$")
# A count between a figure and a time phrase: digits or a number word.
_NUMBER_WORDS = sorted((*ONES, *TENS, *SCALES, *COUNT_NOUNS), key=longest_first)
_COUNT = compile_regex(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")s?\b")


def _other_event(f: Figure) -> str:
    """A phrase in the figure's clause that sets it in another event: before it ("weeks
    after two children were killed") or after it ("... two years ago"), or the figure's own
    period (`_own_time_long_ago`)."""
    before = context.clause_before(f)
    fronted = _FRONTED_TIME.match(before)
    if fronted:  # "Three days after Cyclone Idara struck, the death toll has climbed to 58"
        before = before[fronted.end():]  # the opening dates the main clause: the figure is of its event
    return (context.has_phrase(before, OTHER_EVENT)
            or context.has_phrase(_near_after(f), LONG_AGO) or _own_time_long_ago(f))


# A time clause that opens the sentence and ends at a comma before the figure ("Three days
# after the cyclone struck, ...", "A week after the attack, ..."): it dates what follows.
_FRONTED_TIME = compile_regex(
    r"^\s*(?:[\w\-]+\s+){0,2}(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\b[^,]*,\s")


def _own_time_long_ago(f: Figure) -> str:
    """The figure's period when it sets it long ago and no other count stands between the two
    ("killing 12 people in a mass shooting in the city two years ago", however far; not "a
    man" in "arrested a man suspected of killing 12 people ... two years ago": the time is the
    killing's, not the arrest's)."""
    period = " ".join((f.period or "").lower().split())
    phrase = context.has_phrase(period, PERIOD_LONG_AGO)
    if not phrase:
        return ""
    sentence = f.sentence.lower()
    start, end = context.located(f)
    at = sentence.find((f.period or "").lower())
    if at < 0:
        return ""
    between = sentence[end:at] if at >= end else sentence[at + len(f.period or ""):start]
    return "" if _COUNT.search(between) else phrase


def _near_after(f: Figure) -> str:
    """The figure's clause after it, up to ten words: far enough for "12 people in a mass
    shooting in the city two years ago", not so far that the time of another verb is read."""
    return " ".join(context.clause_after(f).split()[:10])


def _earlier_count(f: Figure) -> str:
    """Words that make the figure a count a later one replaces ("up from 22", "initially")."""
    return (context.has_phrase(context.clause_before(f), EARLIER_COUNT)
            or context.starts_with(context.after(f, 3), EARLIER_COUNT))


def _other_period(f: Figure) -> str:
    """A period phrase that makes the figure a running total ("since 2019", "this year") or
    a year's ("in 2019")."""
    period = " ".join((f.period or "").lower().split())
    if _YEAR_ONLY.match(period):
        return period
    running = context.has_phrase(context.clause_before(f), RUNNING_TOTAL)
    return context.has_phrase(period, OTHER_PERIOD) or running


SCOPE_RULES: tuple[Rule, ...] = (
    Rule("tally.other_event", Stage.TALLY, "weeks after two children were killed", _other_event),
    Rule("tally.other_period", Stage.TALLY, "212 people have died in custody since 2019",
         _other_period),
    Rule("tally.earlier_count", Stage.TALLY, "has risen to 37, up from 22", _earlier_count),
    Rule("tally.forecast", Stage.TALLY, "the toll is expected to reach 20", context.forecast),
)



def other_event(f: Figure) -> bool:
    """Whether the figure is about another event (a rule that needs no other figure of the
    article)."""
    return bool(_other_event(f))


def other_event_phrase(f: Figure) -> str:
    """The phrase that sets the figure in another event ("weeks after", "last year"), or ""."""
    return _other_event(f)


def left_out(f: Figure, category_figures: Sequence[Figure]) -> tuple[str, str]:
    """The rule and reason the tally leaves `f` out ("another event ('weeks after')"), or
    ("", "") if it counts.

    A running total ("since 2019") is left out only when the article also counts this
    category for its own event: a report about a year's toll is about that period.
    """
    phrase = _other_event(f)
    if phrase:
        return "tally.other_event", f"another event ('{phrase}')"
    phrase = context.forecast(f)
    if phrase:
        return "tally.forecast", f"a forecast ('{phrase}')"
    phrase = _other_period(f)
    if phrase and any(not _other_period(g) and not _other_event(g) for g in category_figures):
        return "tally.other_period", f"another period ('{phrase}')"
    phrase = _earlier_count(f)
    if phrase and any(g is not f and not _earlier_count(g) for g in category_figures):
        return "tally.earlier_count", f"an earlier count a later one replaces ('{phrase}')"
    return "", ""
