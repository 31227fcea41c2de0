"""Where a sentence's numbers start, and the atom pattern's matches there.

`patterns.NUMBER_ATOM` is the costliest scan of the find stage: it is tried only where an
atom can start (a digit run, a mark, a currency sign, a capital a currency's letters start,
a number word), with its digit-first part at a digit, and a plain run of digits
(`plain_digits.plain_end`) is given as its span without the pattern. `atoms.find_atoms`
reads what is found here.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Final

import regex

from stats import lexicon
from stats.find import patterns
from stats.find.cues import has_number_words
from stats.find.plain_digits import plain_end
from stats.find.plain_words import plain_word_end
from stats.lexicon.anchored import merged, word_starts
from stats.lexicon.compiled import compile_lists, compile_regex
from stats.lexicon.pattern_cache import SERIAL

Run = tuple[int, int]  # a run of digits, (start, end)


@functools.cache
def number_atom_listed() -> regex.Pattern[str]:
    """`patterns.NUMBER_ATOM` with the start test's words as a named list (compiled on first
    use), for a sentence holding a letter of `ODD_FOLDING`: the trie can miss a number word
    written with one ("ﬁfty"), a named list does not."""
    start = patterns.ATOM_START.replace("WORDS", r"\L<first>")
    return compile_lists(f"{start} {patterns._ATOM_BODY}", 0, first=patterns.FIRST_WORDS,
                         **patterns._ATOM_LISTS)


# The words an atom written in words starts with, and every other place one can start (a
# digit, a sign, a currency: `patterns.ATOM_START` without its words).
_FIRST_WORDS: Final = frozenset(word.lower() for word in patterns.FIRST_WORDS)
# Where an atom that is no number word may start: a run of digits, a point, a dash or minus
# sign, a currency sign (`patterns.MARK_START`: one scan that skips to these characters) and
# a currency written with letters ("US$5", "Rs. 500", "GH₵ 20", "NZ $4"), whose letters end
# where a mark or the space and sign before one stand: read backwards, kept at a capital.
_SIGNS: Final = "".join(sorted({p[0] for p in lexicon.CURRENCY_PREFIXES if not p[0].isalnum()}))
# A point or dash is read only before what can follow it in an atom (`patterns.MARK_START`:
# a digit or a point, ".5", "-1.3") or what a currency's letters before it can stand before
# (a digit after one space or sign: "Rs. 500", "KSh -5"); the rest ("said.", "well-known")
# can start no atom, nor end letters a currency's match can take.
_MARKS: Final = compile_regex(rf"\p{{Nd}}+|[.\-−](?=[\p{{Nd}}.]|\s?[-−]?\p{{Nd}})|[{regex.escape(_SIGNS)}]")
_AFTER_LEAD: Final = sorted(
    {regex.sub("^[A-Za-z]+", "", prefix)[:1] for prefix in patterns._LETTER_CURRENCIES}
    - {"", " ", "$", "."})  # what else a currency's letters stand before: "₵", "¢"
_LEAD_BEFORE: Final = compile_regex(rf"(?r)[A-Za-z]+[{regex.escape(''.join(_AFTER_LEAD))}]?\s*")
# What an atom can be where it starts at a digit: the alternatives of `patterns._ATOM_BODY`
# from the digit fraction on (those before it start with a letter or a sign), matched
# where `patterns.ATOM_START` lets one start, at a third of the cost of the whole body.
_DIGIT_FIRST: Final = compile_lists(
    r"(?<![\w]) (?: " + patterns._ATOM_BODY[patterns._ATOM_BODY.index("(?P<dfrac>"):], 0,
    **{name: patterns._ATOM_LISTS[name] for name in ("ordinal", "numword", "suffix", "csuffix", "scale")})
_ASCII_DIGITS: Final = frozenset("0123456789")
Starts = tuple[list[int], list[tuple[int, int]]]  # the places an atom can start, the digit runs


def _starts(sentence: str) -> Starts | None:
    """The places an atom that is no number word can start at (see `_MARKS`), in order, and
    the digit runs, (start, end) (the masks start there too); None: scan the whole text."""
    found = [m.span() for m in _MARKS.finditer(sentence, None, None, False, SERIAL)]
    digits = [run for run in found if sentence[run[0]] not in _MARK_CHARS]
    capitals = []
    for at, _ in found:  # (a currency's letters end before a space or one of `_AFTER_LEAD`)
        if at and sentence[at - 1] not in _LEAD_END and not sentence[at - 1].isspace():
            continue
        lead = _LEAD_BEFORE.match(sentence, 0, at, SERIAL)
        if lead is not None and sentence[lead.start()].isupper():
            capitals.append(lead.start())
    # A point or dash starts an atom only before a digit or a point (`patterns.MARK_START`;
    # a character outside ASCII may be a digit of another script).
    marks = [at for at, end in found if sentence[at] not in _POINTS
             or (char := sentence[end:end + 1]) in _DIGIT_OR_POINT or not char.isascii()]
    return (merged(marks, capitals) if capitals else marks), digits


_MARK_CHARS: Final = frozenset(f".-−{_SIGNS}")
_POINTS: Final = frozenset(".-−")
_DIGIT_OR_POINT: Final = frozenset("0123456789.")
_LEAD_END: Final = frozenset([*"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", *_AFTER_LEAD])


def _matches_at(pattern: regex.Pattern[str], sentence: str, starts: list[int],
                runs: dict[int, int] | None = None) -> Iterator[regex.Match[str] | Run]:
    """`finditer_at(pattern, ...)`, with `_DIGIT_FIRST` tried at an ASCII digit (the same
    match as `pattern` gives there, where no alternative before the digit fraction can);
    given the digit `runs` (start: end), a plain run (`plain_digits.plain_end`: with any
    groups of thousands) is given as its (start, end), no pattern tried."""
    end = 0
    for start in starts:
        if start < end:
            continue
        if sentence[start] not in _ASCII_DIGITS:
            if runs is not None and pattern is patterns.NUMBER_ATOM and (
                    word_end := plain_word_end(sentence, start)) >= 0:
                yield start, word_end  # a number word alone (`plain_words`): no pattern tried
                end = word_end
                continue
            match = pattern.match(sentence, start, None, SERIAL)
        elif runs is not None and (run_end := plain_end(sentence, start, runs)) >= 0:
            yield start, run_end
            end = run_end
            continue
        else:
            match = _DIGIT_FIRST.match(sentence, start, None, SERIAL)
        if match is not None:
            yield match
            end = match.end() if match.end() > start else start + 1


def atom_matches(sentence: str) -> Iterator[regex.Match[str]]:
    """The matches of `patterns.NUMBER_ATOM` in the sentence, tried only where an atom can
    start (a digit, a sign, a currency, a number word; see `_starts`). Without a number
    word only its digit forms can match, and `patterns.DIGIT_ATOM` reads them; the text a
    lower-case copy or a trie may misread (see `word_starts`) is scanned whole, with the
    start words as a named list."""
    return _atom_matches(sentence, _starts(sentence))  # type: ignore[return-value]


def _atom_matches(sentence: str, starts: Starts | None,
                  plain: bool = False) -> Iterator[regex.Match[str] | Run]:
    runs = dict(starts[1]) if plain and starts is not None else None  # (plain runs as spans)
    if not has_number_words(sentence):
        if starts is None:
            return patterns.DIGIT_ATOM.finditer(sentence)
        return _matches_at(patterns.DIGIT_ATOM, sentence, starts[0], runs)
    words = word_starts(sentence, _FIRST_WORDS) if starts is not None else None
    if starts is None or words is None:
        return number_atom_listed().finditer(sentence)
    opening = [at for at in words if sentence[at] not in _LEAD_LETTERS or _may_open(sentence, at)]
    return _matches_at(patterns.NUMBER_ATOM, sentence, merged(opening, starts[0]), runs)


# The first words that start an atom only before one of a few words: "a" or "an" before a
# time unit ("a week"), a fraction ("a quarter"), "dozen" or a scale ("a hundred") or "few"
# ("a few dozen"); "several" before a scale of a vague plural ("several hundred"). The
# pattern requires a word boundary after each of these words (a test checks the lists).
_A_FOLLOWERS: Final = frozenset({*patterns._ATOM_LISTS["dur1"], *patterns._ATOM_LISTS["fraction"],
                                 *lexicon.A_SCALES})
_LEADS: Final = {lead: frozenset({*(_A_FOLLOWERS if lead in ("a", "an") else ()),
                                  *(words[1] for phrase in patterns._ATOM_LISTS["vague"]
                                    if (words := phrase.split())[0] == lead)})
                 for lead in ("a", "an", "several")}
_LEAD_LETTERS: Final = frozenset("aAsS")
# (what may stand between a lead and its word: any other gap, the pattern decides)
_GAP: Final = frozenset(" -‐‑")
_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may_open(sentence: str, at: int) -> bool:
    """Whether the number word at `at` (`word_starts`: no letter after it) may start an atom:
    any word but a lead of `_LEADS`; a lead only before one of its words, or before what is
    no run of ASCII letters followed by an ASCII character or nothing (a letter outside ASCII
    may fold to one of theirs: the pattern decides)."""
    size = len(sentence)
    stop = at
    while stop < size and sentence[stop] in _LETTERS:
        stop += 1
    followers = _LEADS.get(sentence[at:stop].lower())
    if followers is None:
        return True
    start = stop
    while start < size and sentence[start] in _GAP:
        start += 1
    end = start
    while end < size and sentence[end] in _LETTERS:
        end += 1
    if end == start or not sentence[end:end + 1].isascii():
        return True
    return sentence[start:end].lower() in followers
