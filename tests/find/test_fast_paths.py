"""The find stage's shortcuts give what the long way gives: the atom scan's start test as a
trie, the masks that need a digit skipped where there is none and tried only where one can
start (a digit run, a bracket or plus sign, an apostrophe, a month's name), and the qualifier
search skipped where the last word before a number ends no qualifier. Each is checked against
the long way on our articles' sentences and on generated text (number words in any case,
digits, dates, phone numbers, line breaks, and letters with odd case folding such as "ſ", "K"
and "ﬁ")."""

from __future__ import annotations

import sys
from unittest import mock

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import lexicon
from stats.find import atoms, filters, implied, masks, patterns
from stats.find.cues import has_number_words
from stats.lexicon.compiled import ODD_FOLDING, compile_lists, trie
from stats.text.sentences import ONE_LINE, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench",
                                                       ROOT / "tests" / "data" / "claims6")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [s.raw.translate(ONE_LINE) for text in TEXTS for s in split_sentences(text)]

_WORDS = [*patterns.FIRST_WORDS, *lexicon.QUALIFIERS, *lexicon.MONTHS, "people", "km", "tonnes", "per",
          "cent", "of", "the", "killed", "said", "Sept.", "ſix", "ﬁfty", "Kilo", "İn", "straße", "T20",
          "one2", "Two_", "six\u0301", "éone", "thirty’s"]
_IMPLIED = ["a", "an", "A", "An", "AN", "\u212aa", "éa",
            "was", "were", "and", "among", "the", "dead", "included", "killing", "soldier",
            "aid worker", "policeman", "killed", "died", "wounded", "injured", "missing", "nurse", "child",
            "Soldier", "KILLED", "who", "said", "young", "25-year-old"]
_NUMBERS = ["5", "1,500", "3.5", "2021", "12:30", "555-123-4567", "7-2", "0401", "'90s", "1/2", "$4bn",
            "٣٠", "−5", ".5", "24/7", "10:00 p.m.", "+44 20 7946 0958", "(555) 123-4567", "(+1) 202",
            "’90s", "5th", "3 May", "04 72 10 30 30", "2014-05-06T10:00Z"]
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "-", ", ", " (", ") ", "’s ", "'", ". ", "\u2028", "~"]
_CASE = [str, str.upper, str.title, str.lower]


@st.composite
def sentences(draw: st.DrawFn, digits: bool = True) -> str:
    """A sentence of number words, qualifiers, months, units and (optionally) numbers."""
    tokens = _WORDS + (_NUMBERS if digits else [])
    parts = draw(st.lists(st.tuples(st.sampled_from(tokens), st.sampled_from(_CASE), st.sampled_from(_GAPS)),
                          min_size=1, max_size=14))
    return "".join(case(token) + gap for token, case, gap in parts)


def _atoms(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def _found(text: str) -> list[tuple[tuple[int, int], str | None]]:
    """The atoms `find_atoms` reads: the atom pattern tried only where an atom can start."""
    return [(m.span(), m.lastgroup) for m in atoms.atom_matches(text)]


# The atom patterns as they were: an atom starts at a digit, a sign, any capital a currency
# can start with, or a number word of a named list.
_LETTERS = "".join(sorted({p[0] for p in [*lexicon.CURRENCY_PREFIXES, *lexicon.CODE_PREFIXES]
                           if p[0].isalpha()}))
_WAS = compile_lists(rf"""(?= (?<![\w]) (?: [\p{{Nd}}{_LETTERS}] | (?i: \L<first> ) (?![\p{{L}}]) )
                         | [.\-−{patterns._SIGN_STARTS}] ) {patterns._ATOM_BODY}""",
                     0, first=patterns.FIRST_WORDS, **patterns._ATOM_LISTS)
_DIGITS_WAS = compile_lists(rf"(?= (?<![\w]) [\p{{Nd}}{_LETTERS}] | [.\-−{patterns._SIGN_STARTS}] ) "
                            rf"{patterns._ATOM_BODY}", 0, **patterns._ATOM_LISTS)


def _was(text: str) -> regex.Pattern[str]:
    return _WAS if has_number_words(text) else _DIGITS_WAS


def test_the_atom_scan_finds_the_atoms_it_found() -> None:
    differ = [s for s in SENTENCES if _found(s) != _atoms(_was(s), s)]
    assert len(SENTENCES) > 800
    assert not differ, differ[:3]


@settings(max_examples=500, deadline=None)
@given(sentences())
def test_the_atom_scan_agrees_on_generated_text(text: str) -> None:
    assert _found(text) == _atoms(_was(text), text)


def test_the_odd_folding_letters_are_all_there() -> None:
    """Every letter outside ASCII with an ASCII letter in its case-folded, lower- or
    upper-case form, or that a case-insensitive ASCII letter matches: the only ones a
    case-insensitive ASCII word can match."""
    ascii_letters = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    every = "".join(map(chr, range(128, sys.maxunicode + 1)))
    odd = {ch for ch in every if ascii_letters.intersection(ch.casefold() + ch.lower() + ch.upper())}
    odd |= set(regex.findall(r"(?i)[a-z]", every, regex.VERSION1 | regex.FULLCASE))
    odd |= set(regex.findall(r"(?i)[a-z]", every))
    assert odd == set(ODD_FOLDING.findall(every))


def test_a_trie_matches_its_words_longest_first() -> None:
    pattern = regex.compile(rf"(?i:{trie(['a', 'an', 'and', 'ant', 'b'])})")
    assert [m.group() for m in pattern.finditer("An and ants a b c")] == ["An", "and", "ant", "a", "b"]
    assert regex.fullmatch(trie([]), "") is None  # no word: never matches


def _all_masks(sentence: str) -> list[tuple[int, int, str]]:
    """Every mask searched in full, no cue asked first, no narrowed form."""
    return [(m.start(), m.end(), name) for name, pattern in masks.MASKS.items()
            for m in pattern.finditer(sentence)]


def _masked(sentence: str) -> list[tuple[int, int, str]]:
    return [(a, b, rule.id.removeprefix("mask.")) for a, b, rule in masks.masked_spans(sentence)]


def test_masks_with_their_cues_find_what_every_mask_finds() -> None:
    differ = [s for s in SENTENCES if _masked(s) != _all_masks(s)]
    assert not differ, differ[:3]


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_masks_with_their_cues_agree_on_generated_text(text: str) -> None:
    assert _masked(text) == _all_masks(text)


@settings(max_examples=300, deadline=None)
@given(sentences(digits=False))
def test_the_masks_cued_by_a_digit_never_match_without_one(text: str) -> None:
    for name in ("phone", "clock", "date"):
        assert masks.MASK_CUES[name].pattern == r"\p{Nd}"
        assert masks.MASKS[name].search(text) is None, name


@settings(max_examples=300, deadline=None)
@given(sentences(), st.sampled_from(["won 7-2", "a 5-4 vote", "led 3–1", "", "7 - 2", "7-", "2021-22"]))
def test_a_score_never_matches_without_two_numbers_and_a_dash(text: str, score: str) -> None:
    text = f"{text} {score} {text}"
    if masks.MASK_CUES["score"].search(text) is None:
        assert masks.MASKS["score"].search(text) is None


def _lefts() -> list[str]:
    """The left context the qualifier search reads before every atom of our sentences."""
    return [s[max(0, m.start() - 48):m.start()] for s in SENTENCES for m in patterns.NUMBER_ATOM.finditer(s)]


def _spans(match: regex.Match[str] | None) -> tuple[int, int, int] | None:
    return None if match is None else (match.start(), match.end(), match.start("q"))


def test_the_qualifier_gate_passes_every_qualifier_of_our_articles() -> None:
    lefts = _lefts()
    assert sum(patterns.QUALIFIER_BEFORE.search(left) is not None for left in lefts) > 200
    differ = [left for left in lefts
              if _spans(filters.qualifier_before(left)) != _spans(patterns.QUALIFIER_BEFORE.search(left))]
    assert not differ, differ[:3]


@settings(max_examples=500, deadline=None)
@given(sentences(), st.sampled_from(["", " ", "  ", "\n", "\u00a0", "\u2009", "\t "]))
def test_the_qualifier_gate_agrees_on_generated_text(text: str, tail: str) -> None:
    left = (text + tail)[-48:]
    assert _spans(filters.qualifier_before(left)) == _spans(patterns.QUALIFIER_BEFORE.search(left))


def test_whitespace_to_the_pattern_is_whitespace_to_python() -> None:
    """The gate finds the last word with `str.rsplit`: every character the pattern's `\\s`
    skips must be one `str.split` splits at."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert all(ch.isspace() for ch in regex.findall(r"\s", every, regex.VERSION1))


def _implied(found: list) -> list[tuple[int, int, str, object]]:
    return [(c.start, c.end, c.rule, c.implied) for c in found]


def test_the_implied_pre_check_passes_every_implied_single_of_our_articles() -> None:
    assert sum(bool(implied.implied_in(s, [])) for s in SENTENCES) > 10
    differ = [s for s in SENTENCES
              if _implied(implied.find_implied(s, [])) != _implied(implied.implied_in(s, []))]
    assert not differ, differ[:3]


@st.composite
def casualty_sentences(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_IMPLIED + _WORDS[:40]), st.sampled_from(_GAPS[:6])),
                          min_size=2, max_size=16))
    return "".join(token + gap for token, gap in parts)


@settings(max_examples=500, deadline=None)
@given(casualty_sentences())
def test_the_implied_pre_check_agrees_on_generated_text(text: str) -> None:
    assert _implied(implied.find_implied(text, [])) == _implied(implied.implied_in(text, []))


def _implied_scanned(text: str) -> list[tuple[int, int, str, object]]:
    """`implied_in` with its patterns that open with an article scanned over the whole text."""
    with mock.patch.object(implied, "word_starts", return_value=None):
        return _implied(implied.implied_in(text, []))


def test_the_implied_patterns_tried_at_articles_find_what_a_scan_finds() -> None:
    differ = [s for s in SENTENCES if _implied(implied.implied_in(s, [])) != _implied_scanned(s)]
    assert not differ, differ[:3]


@settings(max_examples=500, deadline=None)
@given(casualty_sentences())
def test_the_implied_patterns_tried_at_articles_agree_on_generated_text(text: str) -> None:
    assert _implied(implied.implied_in(text, [])) == _implied_scanned(text)
