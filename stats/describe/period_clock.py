"""Times of day among a sentence's periods ("around 3 p.m.", "at dawn", "as of 10 p.m."): a
figure's time when nothing better dates it, but never the day it happened on. A time of day
gives way to a day or a date in the figure's clause ("On Sunday, rescuers found 12 bodies
around 3 p.m.": Sunday), is not carried to a sentence that goes on from another ("They burned
60 homes" after "at dawn"), and is a statement's time when a statement stands next to it with
no number between ("told reporters shortly after 4pm that 45 had died", "At noon, the mayor
said 300 homes had been flooded")."""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.lexicon import times
from stats.lexicon.compiled import alternation
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# A clock time ("5 p.m.", "0830 hrs") and its zone in capitals ("IST"): `period`'s clock
# phrases are built on these too.
CLOCK: Final = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{4}\s*hrs)"
ZONE: Final = r"(?:\s+(?-i:[A-Z]{2,5})\b)?"
DAY_PART: Final = alternation(times.DAY_PARTS)
_TIME_OF_DAY: Final = compile_regex(
    r"(?:at|around|about|before|after|until|till|through|by|as\s+of|shortly\s+(?:after|before))\s+"
    rf"(?:about\s+|around\s+)?(?:{CLOCK}|{DAY_PART}){ZONE}", regex.IGNORECASE)
# A word of a statement next to a time of day, and what may stand between them: no number in
# digits or words ("said 45 people died at noon", "said three were missing at noon" are times of
# the figures).
_STATEMENT_WORD: Final = (r"(?:said|says|told|tells|briefed|briefing|update|updated|statement|announced"
                          r"|post|posted|tweeted)")
_STATED: Final = compile_regex(rf"\b{_STATEMENT_WORD}\b", regex.IGNORECASE)
_NUMBER_WORDS: Final = [*lexicon.ONES, *lexicon.TENS, *lexicon.SCALES, *lexicon.COUNT_NOUNS, *lexicon.VAGUE]
_NUMBER: Final = compile_regex(r"\d|\b(?:" + alternation(_NUMBER_WORDS) + r")\b", regex.IGNORECASE)


def time_of_day(text: str) -> bool:
    """Whether a period names only a time of day ("at dawn", "around 3 p.m."), no day."""
    return bool(_TIME_OF_DAY.fullmatch(text, None, None, SERIAL))


def stated_at(sentence: str, start: int, end: int, text: str) -> bool:
    """Whether a time of day at [start, end) is a statement's: a word of a statement close
    before it ("told reporters shortly after 4pm that 45 had died") or after it ("At noon, the
    mayor said 300 ..."), with no number between them and the statement's number after both
    (not "pulled 61 survivors by nightfall, he said.", whose time is the figure's)."""
    if not time_of_day(text):
        return False
    left = sentence[max(0, start - 25):start]
    words = list(_STATED.finditer(left))
    if words and not _NUMBER.search(left, words[-1].end()):
        return bool(_NUMBER.search(sentence, end))
    after = _STATED.search(sentence, end, min(len(sentence), end + 40))
    return after is not None and not _NUMBER.search(sentence, end, after.start()) and bool(
        _NUMBER.search(sentence, after.end()))
