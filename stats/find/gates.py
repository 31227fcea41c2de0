"""Cheap string tests before the filters' searches: each says whether one of
`stats.find.patterns` can match at all, and searches only then. (A pattern's `$` also
matches before a last line break: a gate on the text's last characters lets such a text
through.)

A filter asks a dozen patterns about every number; most are about a word or a mark right
before or after it ("category 4", "COVID-19", "[12]", "aged 25"), which most numbers do not
have. A slice or a substring test finds that out in a fraction of a search. Each gate is
never false where its pattern matches: tests/find/test_gates.py compares every one with its
pattern on our texts and on generated text.
"""

from __future__ import annotations

from typing import Final

import regex

from stats import lexicon
from stats.find import patterns
from stats.lexicon.pattern_cache import SERIAL

# The last word of every identifier word, case-folded: `patterns.IDENTIFIER_WORD_BEFORE`
# matches one and a single whitespace character at the end of the text.
_IDENTIFIER_ENDS: Final = tuple(sorted({word.split()[-1].casefold() for word in lexicon.IDENTIFIER_WORDS}))


def identifier_word_before(before: str) -> bool:
    """`patterns.IDENTIFIER_WORD_BEFORE` matches: "category 4", "Resolution 2254"."""
    return (ends_with(before, _IDENTIFIER_ENDS)
            and patterns.IDENTIFIER_WORD_BEFORE.search(before) is not None)


def name_of_before(before: str) -> bool:
    """`patterns.NAME_OF_BEFORE` matches: "the Group of 20" (a lower-case "of" and one space)."""
    return ((before[-3:-1] == "of" or before.endswith("\n"))
            and patterns.NAME_OF_BEFORE.search(before, None, None, SERIAL) is not None)


def identifier_before(before: str) -> bool:
    """`patterns.IDENTIFIER_BEFORE` matches: "COVID-19", "A320" (never after a space)."""
    return (before != "" and (before[-1] == "\n" or not before[-1].isspace())
            and patterns.IDENTIFIER_BEFORE.search(before) is not None)


def age_before(before: str) -> bool:
    """`patterns.AGE_BEFORE` matches: "aged 25", "children under 5". Each of its matches holds
    one of the words tested ("aged", "under the age of", "people older than", "the youngest
    was"), most texts before a number none."""
    folded = before.casefold()
    return (("age" in folded or "under" in folded or "over" in folded or "above" in folded
             or "below" in folded or "than" in folded or "youngest" in folded or "oldest" in folded)
            and patterns.AGE_BEFORE.search(before, None, None, SERIAL) is not None)


def glued_letters_after(right: str) -> bool:
    """`patterns.GLUED_LETTERS_AFTER` matches: a letter right after the number ("9AB8")."""
    first = right[:1]
    return (first != "" and not (first.isascii() and not first.isalpha())
            and patterns.GLUED_LETTERS_AFTER.match(right, None, None, SERIAL) is not None)


def sentence_end_after(right: str) -> bool:
    """`patterns.SENTENCE_END_AFTER` matches: the number ends the sentence ("..., 34.")."""
    return (right.lstrip()[:1] in (".", "!", "?")
            and patterns.SENTENCE_END_AFTER.match(right) is not None)


def apposition_age_before(before: str) -> bool:
    """`patterns.APPOSITION_AGE_BEFORE` matches: a name and a comma ("Jamie Armstrong, ")."""
    return (before.rstrip().endswith(",")
            and patterns.APPOSITION_AGE_BEFORE.search(before) is not None)


def ends_with(before: str, ends: tuple[str, ...]) -> bool:
    """Whether the text before its last character ends with one of the (case-folded) words:
    a pattern `\\b (?i: word ) \\s $` can match only then (or before a last line break)."""
    return before[:-1].casefold().endswith(ends) or before.endswith("\n")


def name_before(before: str) -> regex.Match[str] | None:
    """`patterns.NAME_BEFORE.search(before)`: a capitalised word right before the number,
    searched for only when the last run of the text holds an upper-case letter or a letter
    outside ASCII."""
    run = before[:-1].rsplit(None, 1)[-1:]  # (a last line break: the run before it)
    if not run or (run[0].isascii() and run[0] == run[0].lower()):
        return None
    return patterns.NAME_BEFORE.search(before, None, None, SERIAL)


def address_after(right: str) -> bool:
    """`patterns.ADDRESS_AFTER` matches: "10 Downing Street" (a space, then a capital)."""
    first = right.lstrip()[:1]
    return (right[:1].isspace() and first != "" and not (first.isascii() and not first.isupper())
            and patterns.ADDRESS_AFTER.match(right, None, None, SERIAL) is not None)


def age_after(right: str) -> bool:
    """`patterns.AGE_AFTER` matches: "25 years old", "a 6-month-old", "three weeks old",
    "eight months pregnant"."""
    unit = right.lstrip().lstrip("-‐‑")[:5].casefold()  # (every match has its unit right there)
    return unit.startswith(_AGE_UNITS) and patterns.AGE_AFTER.match(right, None, None, SERIAL) is not None


_AGE_UNITS: Final = ("year", "month", "week", "day")


def trailing_qualifier_after(right: str) -> regex.Match[str] | None:
    """`patterns.TRAILING_QUALIFIER.match(right)`: "1,000 or more", "40 plus", "5 at least",
    matched for only when the text opens with what one of them opens with."""
    rest = right.lstrip()
    if rest.startswith("-"):
        rest = rest[1:].lstrip()
    if rest[:2].casefold() not in ("or", "pl", "at"):
        return None
    return patterns.TRAILING_QUALIFIER.match(right)


_JOINTS: Final = frozenset({"-", "–", "—", "‒", "‐", "‑", "−", "to", "through", "or", "and"})


def range_joint(joint: str) -> bool:
    """Whether the text between two numbers, spaces aside, is a dash, "to", "through", "or"
    or "and": `patterns.RANGE_JOINT` and `patterns.RANGE_AND` match nothing else."""
    return joint.strip().casefold() in _JOINTS


def measure_word_after(right: str) -> regex.Match[str] | None:
    """`patterns.MEASURE_WORD_AFTER.match(right)`: "5.8-magnitude", "6.4 on the Richter scale",
    matched for only where "magnitude" or "Richter" stands in the text."""
    folded = right.casefold()
    if "magnitude" not in folded and "richter" not in folded:
        return None
    return patterns.MEASURE_WORD_AFTER.match(right)
