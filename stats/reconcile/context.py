"""What the reconcile stage reads around a figure: its words before and after, in its sentence.

The stage works from `Figure` records alone (so `stats.tally` works on figures read back from
`figures.csv` as well as on fresh ones): the figure's place in its sentence is found from the
sentence as written in the record (whitespace collapsed) and the figure's offset in it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Final

import regex

from stats.lexicon.claims import FORECAST_WORDS, MONEY_FORECAST_WORDS
from stats.lexicon.compiled import longest_first
from stats.lexicon.inflection import singular
from stats.lexicon.pattern_cache import SERIAL, compile_regex
from stats.lexicon.tallies import ALSO, GENERIC_PEOPLE, NEW_GROUP_WORDS, SAYING
from stats.model import Figure, Kind

_SPACES: Final = compile_regex(r"\s+")
# Where a clause ends, looking back from a figure: a full stop, semicolon, colon, dash or
# bracket (a comma does not end the clause: "weeks after two children were killed").
_CLAUSE_END: Final = compile_regex(r"[.;:!?()\[\]—–]|\s-\s")
_ALSO: Final = compile_regex(rf"\b(?:{'|'.join(ALSO)})\b")
_SAYING_NEXT: Final = compile_regex(rf"\s*(?:{'|'.join(SAYING)})\b")  # "also said": no second group
_WORD: Final = compile_regex(r"[\p{L}\p{N}'’-]+")


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text, 0, None, None, SERIAL).strip()


@functools.lru_cache(maxsize=1024)
def _located(sentence: str, span: str, guess: int) -> tuple[int, int]:
    """Where `span` sits in `sentence`: the occurrence nearest `guess`, else (guess, guess)."""
    found, at = [], sentence.find(span) if span else -1
    while at >= 0:
        found.append(at)
        at = sentence.find(span, at + 1)
    if not found:
        return guess, guess
    start = min(found, key=lambda at: abs(at - guess))
    return start, start + len(span)


# The last figures located, by identity: each rule of the stage asks again for the figure it
# reads (about a dozen times a figure), and figures are read one article at a time. The
# figure is kept with its place, so an id reused by a new object never answers for it.
_LOCATED: Final[dict[int, tuple[Figure, tuple[int, int]]]] = {}
_LOCATED_KEPT: Final = 256


def located(f: Figure) -> tuple[int, int]:
    """The figure's start and end in its `sentence` field."""
    known = _LOCATED.get(id(f))
    if known is not None and known[0] is f:
        return known[1]
    span = _collapse(f.span) if "  " in f.span or "\n" in f.span or "\t" in f.span else f.span.strip()
    guess = max(0, min(len(f.sentence), f.start - f.sentence_start))
    where = _located(f.sentence, span, guess)
    if len(_LOCATED) >= _LOCATED_KEPT:
        _LOCATED.clear()
    _LOCATED[id(f)] = (f, where)
    return where


def before(f: Figure, words: int = 6) -> str:
    """The last `words` words before the figure in its sentence, lower case."""
    start, _ = located(f)
    return " ".join(f.sentence[:start].lower().split()[-words:])


def after(f: Figure, words: int = 8) -> str:
    """The first `words` words after the figure in its sentence, lower case."""
    _, end = located(f)
    return " ".join(f.sentence[end:].lower().split()[:words])


def clause_before(f: Figure) -> str:
    """The figure's clause up to the figure, lower case: "weeks after" in "..., weeks after
    two children were killed"."""
    return _clause_before(f.sentence, located(f)[0])


@functools.lru_cache(maxsize=1024)
def _clause_before(sentence: str, start: int) -> str:
    head = sentence[:start]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    return _collapse(head[ends[-1] if ends else 0:]).lower()


def clause_after(f: Figure) -> str:
    """The figure's clause after the figure, lower case."""
    return _clause_after(f.sentence, located(f)[1])


@functools.lru_cache(maxsize=1024)
def _clause_after(sentence: str, end: int) -> str:
    tail = sentence[end:]
    stop = _CLAUSE_END.search(tail)
    return _collapse(tail[:stop.start() if stop else len(tail)]).lower()


def clause(f: Figure) -> str:
    """The figure's whole clause, lower case (from the last clause end before it to the next)."""
    start, end = located(f)
    return " ".join(x for x in (clause_before(f), f.sentence[start:end].lower(), clause_after(f)) if x)


def has_phrase(text: str, phrases: Iterable[str]) -> str:
    """The first of `phrases` that `text` holds as whole words, else ""."""
    return _has_phrase(text, phrases if isinstance(phrases, tuple) else tuple(phrases))


@functools.lru_cache(maxsize=2048)
def _has_phrase(text: str, phrases: tuple[str, ...]) -> str:
    if not _phrases(phrases, "any").search(text):
        return ""  # (most texts hold none: one search instead of a test per phrase)
    padded = f" {text} "
    for phrase in phrases:
        if f" {phrase} " in padded or f" {phrase}," in padded:
            return phrase
    return ""


def ends_with(text: str, phrases: Iterable[str]) -> str:
    """The longest of `phrases` that `text` ends with (as whole words), else ""."""
    found = _phrases(tuple(phrases), "end").search(text, None, None, SERIAL)
    return found.group(1) if found else ""


def starts_with(text: str, phrases: Iterable[str]) -> str:
    """The longest of `phrases` that `text` starts with (as whole words), else ""."""
    found = _phrases(tuple(phrases), "start").match(text, None, None, SERIAL)
    return found.group(1) if found else ""


@functools.cache
def _phrases(phrases: tuple[str, ...], where: str) -> regex.Pattern[str]:
    """One pattern for a list of phrases as whole words: anywhere (a word boundary is a space
    or the text's edge, or a comma after), at the end (the leftmost match that reaches the
    end is the longest), or at the start (longest first)."""
    alternatives = "|".join(regex.escape(p) for p in sorted(phrases, key=longest_first))
    if where == "end":
        return compile_regex(rf"(?:^|(?<= ))({alternatives})\Z")
    if where == "start":
        return compile_regex(rf"({alternatives})(?=[ ,]|\Z)")
    return compile_regex(rf"(?:^|(?<= ))(?:{alternatives})(?=[ ,]|\Z)")


def head(f: Figure) -> str:
    """The subject's head noun in the singular ("Afghan security forces" -> "force"), "" for
    none."""
    words = _WORD.findall(f.subject)
    return singular(words[-1]) if words else ""


def is_generic(f: Figure) -> bool:
    """Whether the figure counts people in general or the dead as such ("17 people", "3
    fatalities", "the toll"), so it may be a total over more specific groups."""
    subject = _collapse(f.subject).lower()
    words = _WORD.findall(subject, None, None, False, SERIAL)
    return subject in GENERIC_PEOPLE or (bool(words) and words[-1] in GENERIC_PEOPLE)


def is_new_group(f: Figure) -> bool:
    """Whether the words say the group is a further one: "three others", "four more", "two
    attackers were also killed"."""
    words = _WORD.findall(f.subject.lower(), None, None, False, SERIAL) or _WORD.findall(
        after(f, 1), None, None, False, SERIAL)
    if words and (words[0] in NEW_GROUP_WORDS or words[-1] in NEW_GROUP_WORDS):
        return True
    text = clause(f)
    return any(not _SAYING_NEXT.match(text, m.end()) for m in _ALSO.finditer(text, None, None, False, SERIAL))


# ("since early May", "mid-May": the month)
_MONTH_MAY: Final = compile_regex(r"\b\d{1,2}\s+may\b|\bmay\s+\d{1,4}\b"
                                  r"|\b(?:in|of|since|by|until|from|before|after|during|early|mid|late)[\s-]+may\b")


def forecast(f: Figure) -> str:
    """A word before the figure in its clause that makes it a forecast ("could rise to 100",
    "is expected to reach"), not the month ("4 May 2022"); money that "will" be spent is a
    plan, stated as the budget states it."""
    return has_phrase(_MONTH_MAY.sub(" ", clause_before(f)),
                      MONEY_FORECAST_WORDS if f.kind is Kind.MONEY else FORECAST_WORDS)


def one_or_within(a: str | None, b: str | None) -> bool:
    """Whether two places or times can be one: either not named, or one written inside the
    other ("Kano", "Kano state"); "Kano" and "Kaduna" cannot."""
    return not (a and b) or a.lower() in b.lower() or b.lower() in a.lower()
