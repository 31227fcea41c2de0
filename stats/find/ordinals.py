"""Running counts written as ordinals: "the ninth city to be overrun since Friday", "the
third attack on a convoy over the past month", "now in its ninth year",
"rose for a second year", "its third this year". A rank ("the second city", "the
third-largest", "the second most populous") and a part of the calendar ("the third
quarter") are not figures (gold/DECISIONS.md: only running counts are).

An ordinal after "the", "its", "their" or "a" counts when what follows counts occurrences:
a word of succession ("consecutive", "straight"), a time it is ("for the fifth time", "its
ninth year"), or, within its clause, a frame the count runs over ("since Sunday", "this
year", "in three weeks", "over the past month", "in a row", "so far") or the event counted
("to be overrun", "to die").
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.lexicon import ranks
from stats.lexicon.compiled import SERIAL, lazy_lists

# "the ninth", "their third", "a fifth", "the country's third" (searched backwards from the
# window's end, not tried at each of its places: the same answer, tests/find/test_fast_paths_backwards.py).
DETERMINER_BEFORE: Final = lazy_lists(r"(?: (?i: \b (?: the | its | their | a ) ) | \p{L} ['’] s? ) \s+ $",
                                      regex.REVERSE)
# The ordinal's phrase says what it is ("It was the third attack ...", ", the second blast
# ...") rather than being the clause's subject ("The second phase starts in two weeks"): only
# then does a span of time after it ("in two weeks", "over the past month") measure its count.
PREDICATE_BEFORE: Final = lazy_lists(
    r"""(?: \b (?i: is | was | are | were | be | been | becomes | became | marks | marked | as
                | (?: it | that | this | here | there ) ['’] s ) | [,—–:(] ) \s*
        (?i: the | its | their | a | [\p{L}\-]+ ['’] s? ) \s+ (?: [\p{L}\-]+ ['’] s? \s+ )? $""")
# "a third party", "a second language": phrases, not counts.
PHRASE_AFTER: Final = lazy_lists(r"^ \s+ (?i: \L<phrase> ) \b", phrase=ranks.ORDINAL_PHRASES)
_UNIT: Final = r"(?: years? | months? | weeks? | days? | hours? | decades? )"
# A verb of its own ends the phrase the ordinal heads ("the second round is due in two weeks").
_VERBS: Final = (
    r"is | are | was | were | will | would | has | have | had | can | could | may | must | should | be")
_AMOUNT: Final = r"(?: \p{Nd}+ | \L<number> | a | an | several | a \s+ few )"
# What follows a running-count ordinal: "the second consecutive year", "the ninth city to
# fall", "the third day in a row", "the third attack on a supply convoy around Dori over the
# past month", "the fourth fatal bus accident on the Prithvi Highway since mid-June", "the
# third day of protests" (not "the second day of the month").
RUNNING_AFTER: Final = lazy_lists(
    rf"""^ \s+ (?: (?i: \L<succession> ) \s+ \p{{L}}+
            | \p{{Ll}}[\p{{L}}\-]* (?: \s+ \p{{Ll}}[\p{{L}}\-]* )? \s+ (?i: to \s+ \p{{L}}+ )
            | (?i: day | night | week ) \s+ of \s+ (?: the \s+ )? (?! (?i: the | month | year | week ) \b )
              \p{{Ll}}+
            | (?! (?i: quarters? | half | halves ) \b ) \p{{Ll}}[\p{{L}}\-]*
              (?: (?! \s (?i: {_VERBS} ) \b ) [^,;:!?()"“”.] ){{0,60}}? \s
              (?i: since \s+ \S
                 | this \s+ (?: year | month | week | season | winter | summer | spring | autumn
                             | monsoon ) \b
                 | in \s+ a \s+ row \b | so \s+ far \b | to \s+ date \b
                 | (?P<span> (?: in | over | within ) \s+ (?: the \s+ (?: past | last ) \s+ )?
                   (?: {_AMOUNT} \s+ )? {_UNIT} \b ) ) )
    """,
    number=[*lexicon.ONES, *lexicon.TENS], succession=ranks.SUCCESSION,
)
# "for the fifth time"; "its ninth year", "their third week" (of a war, a strike).
TIME_AFTER: Final = lazy_lists(r"^ \s+ (?i: time ) \b")
OWN_TIME_BEFORE: Final = lazy_lists(r"(?i: \b (?: its | their ) \s+ ) $")
OWN_TIME_AFTER: Final = lazy_lists(rf"^ \s+ (?i: {_UNIT} ) \b (?! \s* [-‐‑] )")
# "rose for a second year", "for the third straight month": a run of time the count is at.
FOR_BEFORE: Final = lazy_lists(r"(?i: \b for \s+ (?: a | the ) \s+ ) $")
FOR_UNIT_AFTER: Final = lazy_lists(rf"^ \s+ (?i: {_UNIT} | nights? | terms? | seasons? ) \b (?! \s* [-‐‑] )")
# "its third this year", "their fifth since March": the counted noun left out before a frame.
ELIDED_FRAME_AFTER: Final = lazy_lists(
    r"^ \s+ (?i: (?: this \s+ (?: year | month | week | season ) | so \s+ far ) \b | since \s+ \S )")
# A rank: an ordinal before a superlative ("the second largest", "the third most").
RANK_AFTER: Final = lazy_lists(r"^ \s+ (?i: most | least | (?! \L<notsup> \b ) \p{L}+est ) \b",
                           notsup=ranks.NOT_SUPERLATIVES)


def is_running(sentence: str, start: int, end: int) -> bool:
    """Whether the ordinal at `sentence[start:end]` is a running count."""
    before = sentence[max(0, start - 40):start]
    if not DETERMINER_BEFORE.search(before, None, None, SERIAL):
        return False
    following = sentence[end:end + 120]
    if RANK_AFTER.match(following, None, None, SERIAL) or PHRASE_AFTER.match(following, None, None, SERIAL):
        return False
    if TIME_AFTER.match(following, None, None, SERIAL):
        return True
    if running := RUNNING_AFTER.match(following, None, None, SERIAL):
        return running["span"] is None or bool(PREDICATE_BEFORE.search(before))
    if FOR_BEFORE.search(before, None, None, SERIAL) and FOR_UNIT_AFTER.match(following):
        return True
    return bool(OWN_TIME_BEFORE.search(before, None, None, SERIAL)
                and (OWN_TIME_AFTER.match(following) or ELIDED_FRAME_AFTER.match(following)))
