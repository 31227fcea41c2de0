"""Wholes the part-of-whole rule does not see next to the part, and ratios.

- A whole that opens the clause before its parts: "Of the 143 dead, 97 were in Jajarkot",
  "Out of a workforce of 5,000, the firm cut 1,200 jobs". The whole fills `whole` of the
  counts in the clause after it and is not a figure of its own (the guide's rule).
- "one in three", "nine in ten", "one year in three", "two out of every three": a ratio,
  written as the fraction it is (0.3333, 0.9).
"""

from __future__ import annotations

from typing import Final

from stats.find import numbers, patterns
from stats.find.rule import Rule, Stage
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.model import Candidate, Kind

# A clause after the opening whole ends at a semicolon or a comma that starts a new clause.
_CLAUSE_BREAK: Final = compile_regex(
    r";|,\s+(?:and|but|while|whereas|although|though|down|up|compared|against|versus)\b"
    r"|,\s+\p{Ll}+\s+(?:said|says)\b"
)
# "Of the 27 economists polled by Al-Mal,"
_COMMA: Final = compile_regex(r"\s*(?:\p{L}[\p{L}'’\-]*\s*){0,10},")


# The words between a ratio's two numbers: "one in three", "one year in three", "one in every
# five", "two out of every three" (not "150 of 400": a part of a whole).
_RATIO_JOINT: Final = compile_regex(r"\s+(?:\p{Ll}+\s+)?(?i:in(?:\s+every)?|(?:out\s+)?of\s+every)\s+")
# What ends a ratio with a counted noun inside ("one year in three."): a clause end or a verb, so
# that "one woman in 40 districts" stays a count.
_RATIO_END: Final = compile_regex(
    r"\s*(?:[,.;:)\"”’]|$)|\s+(?:are|were|is|was|have|has|had|will|would|could|can)\b")


def is_ratio(c: Candidate, whole: Candidate, sentence: str) -> bool:
    """Whether the part and whole read as a ratio, "one in three", not "150 of 400"."""
    joint = sentence[c.end:whole.start]
    if not _RATIO_JOINT.fullmatch(joint):
        return False
    return len(joint.split()) < 2 or " every" in joint or _RATIO_END.match(sentence, whole.end) is not None


def as_ratio(c: Candidate, whole: Candidate) -> None:
    """ "one in three trains": the part over the whole, as a fraction."""
    c.value = numbers.round_value(c.value / whole.value)
    c.kind, c.whole, c.end = Kind.FRACTION, None, whole.end
    c.notes.append(RATIO.id)


def take_opening_whole(
    candidates: list[Candidate], sentence: str
) -> tuple[list[Candidate], Candidate | None]:
    """The figures of a sentence without a whole that opens a clause ("Of the 143 dead,"),
    whose value goes to the counts of that clause instead, and that whole (None if none)."""
    for i, whole in enumerate(candidates):
        if not _opens_clause(whole, sentence):
            continue
        start = _COMMA.match(sentence, whole.end).end()  # type: ignore[union-attr]
        stop_match = _CLAUSE_BREAK.search(sentence, start)
        stop = stop_match.start() if stop_match else len(sentence)
        parts = [c for c in candidates[i + 1 :] if start <= c.start < stop and _can_be_part(c, whole)]
        if not parts:
            continue
        for part in parts:
            part.whole, part.whole_end = whole.value, whole.end
            part.notes.append(WHOLE_OPENING.id)
        return [*candidates[:i], *candidates[i + 1 :]], whole
    return candidates, None


def _opens_clause(c: Candidate, sentence: str) -> bool:
    if c.kind is not Kind.COUNT or c.vague or c.whole is not None or c.value_high is not None:
        return False
    if not patterns.WHOLE_OPENING.search(sentence, max(0, c.start - 60), c.start, SERIAL):
        return False
    return _COMMA.match(sentence, c.end) is not None


def _can_be_part(c: Candidate, whole: Candidate) -> bool:
    return c.kind is Kind.COUNT and not c.vague and c.whole is None and c.value < whole.value


RATIO: Final = Rule("ratio", Stage.SHAPE, 'a ratio as a fraction: "one in three", "nine in ten"', as_ratio)
WHOLE_OPENING: Final = Rule(
    "whole_opening", Stage.SHAPE, 'a whole that opens the clause: "Of the 143 dead, 97 ..."',
    take_opening_whole)
WHOLE_RULES: Final = (RATIO, WHOLE_OPENING)
