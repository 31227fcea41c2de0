"""The subject of a duration: the thing that lasts, or the unit word when the text names none.

"a 20-year conflict", "two decades of war", "the attack lasted about two hours", "extended
a state of emergency by three months"; "trained for 20
years", "within three hours of the strike": the unit word (DECISIONS.md).
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.describe import patterns
from stats.describe.subject_links import lasting_subject, not_time
from stats.describe.words import is_people, phrase_after, phrase_before
from stats.lexicon.compiled import compile_lists
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.lexicon.subjects import LENGTHENING_VERBS
from stats.model import Candidate
from stats.text.sentences import after, before

__all__ = ["duration_subject"]


def duration_subject(sentence: str, c: Candidate) -> str:
    """What lasts for the duration, as written in the sentence."""
    span = sentence[c.start:c.end]
    if patterns.HYPHEN_UNIT_END.search(span, None, None, SERIAL):  # "a 20-year conflict"
        found = phrase_after(sentence, c.end, counted=False, skip_of=False)
        if found:
            return found
    # "two decades of war"
    if (patterns.OF_AFTER.match(after(sentence, c.end), None, None, SERIAL)
            and not _WITHIN.match(span, None, None, SERIAL)):
        found = not_time(phrase_after(sentence, c.end, counted=False, skip_of=True))
        if found:
            return found  # not "the first nine months of the year", "within three hours of the strike"
    if found := lasting_subject(sentence, c.start, c.end) or _changed_by(sentence, c.start):
        return found  # "the attack lasted about two hours": attack
    lasting = patterns.LASTING_NOUN_BEFORE.search(before(sentence, c.start), None, None, SERIAL)
    if lasting and lasting["noun"].lower() not in lexicon.SUBJECT_STOPWORDS:
        return lasting["noun"]  # "the span of just over two months"
    return c.unit_word or (c.unit or "")


# "within three hours of the strike": an elapsed time from an event, whose "of" names no thing that lasts.
_WITHIN: Final = compile_regex(r"(?i)within\b")
# A duration something is changed by ("extended a state of emergency in the region by three
# months", "lengthened the fire season by about a month"). (A plan "over the next six months"
# was tried too: gold gives the unit word for most of them, and the noun for a few.)
_BY_BEFORE: Final = compile_regex(
    r"\bby\s+(?:(?:about|around|nearly|almost|some|up\s+to|more\s+than|at\s+least|another|a|an)\s+)*$",
    regex.I)

# A verb that lengthens or shortens its object, the object right after it ("extended a state
# of emergency", not "reduced on appeal").
_LENGTHENED: Final = compile_lists(
    r"\b \L<verbs> \b (?! \s+ (?: on | in | at | for | to | from | after ) \b )",
    regex.I, verbs=LENGTHENING_VERBS)


def _changed_by(sentence: str, start: int) -> str:
    """The noun phrase before "by" that the duration lengthens or shortens ("the fire season":
    a time may last); none for people ("the soldiers were held by ...")."""
    lead = before(sentence, start, 60)
    match = _BY_BEFORE.search(lead, None, None, SERIAL)
    if match is None or not _LENGTHENED.search(lead, 0, match.start()):
        return ""  # "delayed by 40 minutes", "won the marathon by three minutes": the unit word
    found = phrase_before(sentence, start - len(lead) + match.start())
    return "" if is_people(found) else found
