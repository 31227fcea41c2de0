"""A cheap test of whether a sentence can hold a number at all, before the full pattern.

`patterns.NUMBER_ATOM` is the costliest scan of the pipeline; two thirds of news sentences
hold no number. `has_number_cue` is true for every sentence the atom pattern can match in (a digit,
or a word of one of its word lists), so skipping the rest changes nothing but time; a test
checks that on real text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from stats import lexicon
from stats.find import patterns
from stats.lexicon.compiled import WordCue, compile_lists, lowered
from stats.lexicon.pattern_cache import SERIAL, compile_regex


def _words(*lists: Iterable[str]) -> list[str]:
    """For each phrase of the lists, one word it cannot match without: its longest
    ("tens of thousands" -> thousands, "a few dozen" -> dozen), so that "of" and "a" do not
    make every sentence a candidate."""
    out: set[str] = set()
    for items in lists:
        for item in items:
            out.add(max(str(item).lower().replace("-", " ").split(), key=len))
    return sorted(out)


_DIGIT: Final = compile_regex(r"\p{Nd}")
# The atom pattern's own word lists, so the cue cannot fall behind them (case-folded, as
# the pattern's (?i) groups fold case).
_NUMBER_WORD: Final = WordCue(
    _words(lowered(lexicon.VAGUE), patterns._NUMBER_WORDS, lowered(lexicon.FRACTIONS),
           lowered(lexicon.ORDINALS), ["half", "minus", "dozen"]))
# A unit of time counts only after "a" ("a week"), as in the pattern.
_DURATION: Final = WordCue(patterns._DURATION_SINGULAR)
_A_DURATION: Final = compile_lists(r"\b an? \s+ \L<duration> \b", duration=patterns._DURATION_SINGULAR)


def has_number_words(sentence: str) -> bool:
    """Whether the sentence holds a word a number can be written with ("seven", "dozens",
    "a week"): without one, only the digit forms of `patterns.NUMBER_ATOM` can match, and
    `patterns.DIGIT_ATOM` scans for them faster."""
    if _NUMBER_WORD.found_in(sentence):
        return True
    if not _DURATION.found_in(sentence):
        return False
    return _A_DURATION.search(sentence.casefold(), None, None, SERIAL) is not None


def has_number_cue(sentence: str) -> bool:
    """Whether the sentence holds a digit or a word a number can be written with: a digit
    first (a scan that skips to digits), the words only in sentences without one."""
    return _DIGIT.search(sentence, None, None, SERIAL) is not None or has_number_words(sentence)
