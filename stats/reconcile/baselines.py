"""A figure that is the baseline of the one before it as an earlier report gave it: one
quantity as two reports, or one report at two times, counted it ("rose to 28, up from 15
reported earlier"; "the civilian toll stands at 41, up from 19 on the day of the attack")."""

from __future__ import annotations

from stats.lexicon import claims as words
from stats.lexicon.compiled import alternation
from stats.lexicon.pattern_cache import compile_regex
from stats.model import CASUALTY_CATEGORIES, Figure
from stats.reconcile import context

_BASELINE_END = compile_regex(r"(?:\b(?:up|down)\s+from|,\s*from|\bagainst)(?:\s+the)?$")
_REPORTED_AFTER = compile_regex(
    rf"(?:\p{{L}}+\s+){{0,3}}?(?:{'|'.join(sorted(words.EARLIER_REPORT_VERBS))})\b")
# The day or moment an event's toll was first given, right after its baseline: "up from 19 on
# the day of the attack", "up from 12 on Sunday", "from 30 at first" (not "the week before").
_EARLIER_DAY_AFTER = compile_regex(
    r"(?i)(?:on|by)\s+(?:the\s+(?:day|night|evening|morning|afternoon)\s+of\b|the\s+first\s+day\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|(?:initially|at\s+first|first)\b")
# What says the level before the baseline is a running toll, not a day's count.
_RUNNING_TOLL = compile_regex(r"\b(?i:toll|tally|total)\b(?!.*\bnew\b)")  # (not "New Orleans": lower case)
_YEAR = compile_regex(r"\b(?:1[89]|20)\d\d\b")


def earlier_report(f: Figure) -> bool:
    """Whether the figure is the baseline of the one before it as an earlier report gave it
    ("rose to 28, up from 15 reported earlier"; "against the 900 first estimated"; "up from
    the 12 the police reported"), or, for an event's toll, as it was given on an earlier day
    ("stands at 41, up from 19 on the day of the attack"): one quantity counted twice. Not a
    baseline of another time ("up from 164 the week before", "the 12 reported in 2019"), nor
    of other things ("up from 12 confirmed cases on Monday"), nor a plain "from" ("freed 40
    hostages from the 120 reported held")."""
    if not _BASELINE_END.search(context.before(f, 4)):
        return False
    following = context.after(f, 6)
    if f.category in CASUALTY_CATEGORIES and _EARLIER_DAY_AFTER.match(following) and _RUNNING_TOLL.search(
            f.sentence[:context.located(f)[0]]):
        return True  # (a toll that "stands at" a level; not "41 new deaths on Tuesday, up from 19 on Monday")
    reported = _REPORTED_AFTER.match(following)
    if reported is None:
        return False
    rest = following[reported.end():].split()
    return not rest or (rest[0].strip(",.;:)") in words.EARLIER_REPORT_AFTER
                        and not _YEAR.search(" ".join(rest[:3])))  # (not "... reported in 2019")


_NOW = compile_regex(rf"\bnow\s+(?:{alternation(words.UPDATE_VERBS)})\b")


def updated(f: Figure) -> bool:
    """Whether the figure's sentence gives it as an update of what its source said before
    ("Tyrol police now say three people have died" after their "Two ... found dead")."""
    return "now" in f.sentence and _NOW.search(f.sentence) is not None
