"""Clauses within a sentence, for the provenance rules: where the clause that holds a figure
ends, and where the clauses before it stop counting (a contrast such as ", though")."""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Sequence
from typing import Final, Protocol, TypeVar

import regex

from stats.lexicon.compiled import word_set
from stats.lexicon.pattern_cache import SERIAL, compile_regex

# How far from a figure a clause boundary is looked for.
REACH: Final = 400

_CONTRASTS: Final = compile_regex(
    r"(?:[,;]\s*|\s)(?:though|although|but|while|whereas|however)\b|;"
    # ", with Taliban fighters having now taken ...": a clause of its own; not ", with 7,210
    # cases" or ", with gusts of up to 210 km/h", which hang on the clause before
    r"|,\s*with\b(?=(?:\s+[\p{L}’'\-]+){1,4}?\s+(?:having|being|\p{Ll}+ing)\b)",
    regex.IGNORECASE,
)


def clause_end_after(sentence: str, position: int) -> int:
    """Where the clause holding `position` ends: a semicolon or colon, or a comma that opens
    another clause (", and", ", which", ", the ministry said"), not one inside a list
    ("food, water and shelter")."""
    stop = min(len(sentence), position + REACH)  # a clause longer than this ends at it
    ends = _clause_ends(sentence)
    end = _next_end(ends, position, stop)
    # "38 people, including 11 children, died in X": the subject's aside does not end its clause
    # (only a subject's: not "The camp, which shelters 4,000 people, including 900 children, was hit")
    comma = sentence.rfind(", ", 0, position)  # (not a thousands separator: "4,000")
    relative = comma >= 0 and _RELATIVE.match(sentence, comma, None, SERIAL) is not None
    while True:  # (the test inside: mypyc miscompiles this loop with an assignment in its `while`)
        if relative or end >= stop or sentence[end] != ",":
            break
        aside = _SUBJECT_ASIDE.match(sentence, end, None, SERIAL)
        if not aside:
            break
        end = _next_end(ends, aside.end(), stop)
    return end


def _next_end(ends: list[int], position: int, stop: int) -> int:
    """The first clause end at or after `position`, else `stop`."""
    i = bisect.bisect_left(ends, position)
    return min(ends[i], stop) if i < len(ends) else stop


# An aside inside a subject, between commas (a number's thousands excepted, and a short list),
# with the predicate after it: ", including 11 children, were", ", 11 of them children, died",
# ", most of them women, fled", ", including 1,200 children, 5 women and 3 elderly men, were".
_ASIDE_WORDS: Final = r"(?:[^,;:]|,(?=\d{3}))"
_SUBJECT_ASIDE: Final = compile_regex(
    r",\s+(?:including|among\s+them|\p{N}[\p{N},.]*\s+of\s+(?:them|whom)|(?:most|many|some|all|half|several)\s+of\s+them)"
    rf"{_ASIDE_WORDS}{{1,60}}(?:,\s+{_ASIDE_WORDS}{{1,40}}){{0,3}},\s+"
    r"(?=(?:were|was|are|is|have|has|had|died|fled|remain|remained|fell|lost|left|lived|live)\b)"
)
# A relative clause opened after a comma: ", which shelters 4,000 people" (not "The WHO said";
# "said that" is no relative).
_RELATIVE: Final = compile_regex(r",\s+(?:which|who|whom|whose)\b")


_CLAUSE_END: Final = compile_regex(
    r"[;:]|,(?=\s+(?:and|but|or|while|which|who|whom|where|when|as|after|before|although|though|"
    r"with|according|saying|adding|said|says|the|a|an|it|he|she|they|this|his|her|their|its|"
    r"including|up|down|compared|against|versus|despite|amid|even|officials|police|of\s+which|of\s+whom|\p{Lu}|\d|“|\"))"
)


def clause_start_before(sentence: str, position: int) -> int:
    """Where the clauses before `position` stop counting: after the last contrast ("...,
    though other assessments ...") or semicolon before it."""
    floor = max(0, position - REACH)  # nothing further back counts
    ends = _contrast_ends(sentence)
    i = bisect.bisect_right(ends, position) - 1
    return max(ends[i], floor) if i >= 0 else floor


# Each sentence's boundaries are found once (a sentence has many figures) and then looked up.
@functools.lru_cache(maxsize=64)
def _clause_ends(sentence: str) -> list[int]:
    return [m.start() for m in _CLAUSE_END.finditer(sentence)
            if not (sentence[m.start() - 1:m.start()].isalpha() and _REGION_AFTER.match(sentence, m.start())
                    and _NAME_BEFORE.search(sentence, max(0, m.start() - 40), m.start()))]


# A place's region set off by commas after it: "near Samastipur, Bihar, shortly after 4am",
# "in Dayton, Ohio, on Saturday" (the comma before the region ends no clause).
_REGION_AFTER: Final = compile_regex(r",\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,")
_NAME_BEFORE: Final = compile_regex(r"\s\p{Lu}[\p{L}-]*$")


@functools.lru_cache(maxsize=64)
def _contrast_ends(sentence: str) -> list[int]:
    """Where each contrast ends (a position after which a clause chain starts). Most
    sentences hold no contrast word and no semicolon: a look at their words (read once per
    sentence for every stage) spares them the scan, which tries a match at every space."""
    if ";" not in sentence and _CONTRAST_WORDS.isdisjoint(word_set(sentence)):
        return []
    return [m.end() for m in _CONTRASTS.finditer(sentence)]


# Every `_CONTRASTS` match but ";" holds one of these as a whole word (after a space or a
# comma, before a boundary), so it is among the sentence's case-folded words.
_CONTRAST_WORDS: Final = frozenset({"though", "although", "but", "while", "whereas", "however", "with"})


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=_Spanned)


def near(items: Sequence[T], start: int, end: int) -> Sequence[T]:
    """The items (sorted by start) that begin within `REACH` of [start, end): what a figure
    may be tied to, found without reading every item of a very long sentence. In most
    sentences the first and the last item are within reach, and so all of them: the items
    themselves, without the two searches (the caller reads them, never changes them)."""
    if not items or (start - REACH <= items[0].start and items[-1].start <= end + REACH):
        return items
    low = bisect.bisect_left(items, start - REACH, key=_START)
    high = bisect.bisect_right(items, end + REACH, key=_START)
    return items[low:high]


_START: Final = operator.attrgetter("start")  # (an item's start, read in C)
