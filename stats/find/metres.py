"""A glued "m" after a number that means metres, not million: "a 10m-high wall", "won
the 400m in 44 seconds", "an altitude of 3,310m", "some 300m beyond the runway". News
writes millions glued as "m" ("£30m", "2m people") far more often, so metres need a word
of length around the number."""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.lexicon.compiled import compile_lists
from stats.text.sentences import after

# A glued "m" that is metres, not million: "37m (121ft)-long", "a 10m-high wall".
METRES_AFTER: Final = compile_lists(
    r"""^ (?: \s* \( [^()]{0,12}? (?i: ft | feet | foot | yards? | in | inches ) \)
           | [-\s]? (?i: long | tall | high | wide | deep | away | below | above | across | radius ) \b
           | \s (?i: beyond | inland | uphill | downhill ) \b
           | \s+ (?i: \L<event> ) \b )""", event=lexicon.METRE_EVENTS)
# "at an altitude of 3,310m", "a depth of about 40m": a measure of length before it.
METRES_BEFORE: Final = compile_lists(
    r"""(?i: \b (?: altitude | elevation | depth | height | length | width | distance )
            \s+ of \s+ (?: \p{L}+ \s+ )? ) $""")
# "won the 400m in 44 seconds": a race, after "the" and before a preposition or a stop.
METRES_RACE: Final = compile_lists(r"(?i: \b the \s ) $")
METRES_RACE_AFTER: Final = compile_lists(
    r"^ (?: \s+ (?i: in | at | on | with | for | and ) \b | \s* [.,;:!?] )")


def glued_metres(match: regex.Match[str], sentence: str) -> bool:
    """A glued "m" that means metres ("a 10m-high wall", "won the 400m in 44 s"), not million."""
    start, end = match.span()
    if not (match["suffix"] and match["suffix"].lower() == "m"):
        return False
    right = after(sentence, end)
    return bool(METRES_AFTER.match(right) or METRES_BEFORE.search(
        sentence[max(0, start - 40):start]) or (
        METRES_RACE.search(sentence[max(0, start - 5):start])
        and METRES_RACE_AFTER.match(right)))
