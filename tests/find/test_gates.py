"""The filters' gates (stats/find/gates.py and the string tests before `_marked_digits`'s
searches) never say no where their pattern matches: each is compared with its pattern on
the text before and after every word or digit of our articles' sentences, and on generated
text holding the words the patterns look for, in any case, with odd case folding ("ſ",
"K", "ﬁ"), odd spaces and marks at the ends."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import lexicon
from stats.find import filters, gates, identifiers, patterns
from tests.find.test_fast_paths import SENTENCES

# (name, gate, the long way), each on the text before the number (48 characters) or after it.
_BEFORE: list[tuple[str, Callable[[str], bool], Callable[[str], object]]] = [
    ("identifier_word", gates.identifier_word_before, patterns.IDENTIFIER_WORD_BEFORE.search),
    ("name_of", gates.name_of_before, patterns.NAME_OF_BEFORE.search),
    ("identifier", gates.identifier_before, patterns.IDENTIFIER_BEFORE.search),
    ("age", lambda before: gates.age_before(before[-20:]),
     lambda before: patterns.AGE_BEFORE.search(before[-20:])),
    ("apposition_age", gates.apposition_age_before, patterns.APPOSITION_AGE_BEFORE.search),
    ("call", lambda before: before.endswith(("(", "(\n")), patterns.CALL_BEFORE.search),
    ("paren_mark", lambda before: "(" in before, patterns.PAREN_MARK_BEFORE.search),
    ("name", lambda before: gates.name_before(before) is not None, patterns.NAME_BEFORE.search),
    ("week", lambda before: gates.ends_with(before, ("week",)), identifiers.WEEK_NUMBER_BEFORE.search),
    ("magnitude", lambda before: "magnitude" in before[-12:].casefold(),
     lambda before: patterns.MAGNITUDE_BEFORE.search(before[-12:])),
    ("copula_age", lambda before: filters._copula_age(before[-30:]),
     lambda before: filters.COPULA_AGE_BEFORE.search(before[-30:])),
]
_AFTER: list[tuple[str, Callable[[str], bool], Callable[[str], object]]] = [
    ("glued_letters", gates.glued_letters_after, patterns.GLUED_LETTERS_AFTER.match),
    ("sentence_end", gates.sentence_end_after, patterns.SENTENCE_END_AFTER.match),
    ("slash", lambda right: right.startswith(("/", "⁄")), patterns.SLASH_AFTER.match),
    ("leading_zero", lambda right: right.startswith("0"), patterns.LEADING_ZERO.match),
    ("address", gates.address_after, patterns.ADDRESS_AFTER.match),
    ("age_unit", gates.age_after, patterns.AGE_AFTER.match),
    ("trailing_qualifier", lambda right: gates.trailing_qualifier_after(right) is not None,
     patterns.TRAILING_QUALIFIER.match),
    ("age_range", lambda right: "year" in right.casefold(), filters.AGE_RANGE_AFTER.match),
    ("measure_word", lambda right: gates.measure_word_after(right) is not None,
     patterns.MEASURE_WORD_AFTER.match),
    ("conversion", lambda right: right.lstrip().startswith(("(", "-", "–", "—")),
     patterns.CONVERSION_AFTER.match),
    ("four_digits", lambda right: len(right[:4]) == 4,
     lambda right: patterns.FOUR_DIGITS.fullmatch(right[:4])),
]
# How often a pattern matches at least in our articles (no code there: "alert(1)" and others
# are in the generated text; "24/7" three times).
_MATCHES = {"call": 0, "slash": 3, "address": 0, "week": 1, "age_range": 0}
_PLACES = regex.compile(r"\b|(?<=\p{Nd})(?=\D)|(?<=\D)(?=\p{Nd})")


def _windows() -> tuple[list[str], list[str]]:
    befores, afters = [], []
    for s in SENTENCES:
        for m in _PLACES.finditer(s):
            befores.append(s[max(0, m.start() - 48):m.start()])
            afters.append(s[m.start():m.start() + 48])
    return befores, afters


_BEFORES, _AFTERS = _windows()


def _disagree(gate: Callable[[str], bool], long_way: Callable[[str], object], text: str) -> bool:
    """A gate disagrees when it says no where the pattern matches; a gate that is the whole
    test (the functions of `gates`) must also say yes only where the pattern matches."""
    found = long_way(text) is not None
    said = gate(text)
    return (found and not said) or (isinstance(said, bool) and gate.__module__ == gates.__name__
                                    and said != found)


@pytest.mark.parametrize(("name", "gate", "long_way"), _BEFORE, ids=[row[0] for row in _BEFORE])
def test_each_gate_before_agrees_with_its_pattern_in_our_articles(name: str, gate: Callable[[str], bool],
                                                                  long_way: Callable[[str], object]) -> None:
    assert sum(long_way(before) is not None for before in _BEFORES) >= _MATCHES.get(name, 5)
    differ = [before for before in _BEFORES if _disagree(gate, long_way, before)]
    assert not differ, differ[:3]


@pytest.mark.parametrize(("name", "gate", "long_way"), _AFTER, ids=[row[0] for row in _AFTER])
def test_each_gate_after_agrees_with_its_pattern_in_our_articles(name: str, gate: Callable[[str], bool],
                                                                 long_way: Callable[[str], object]) -> None:
    assert sum(long_way(right) is not None for right in _AFTERS) >= _MATCHES.get(name, 5)
    differ = [right for right in _AFTERS if _disagree(gate, long_way, right)]
    assert not differ, differ[:3]


def test_the_gates_save_most_searches_in_our_articles() -> None:
    for _, gate, _ in _BEFORE:
        assert sum(map(bool, map(gate, _BEFORES))) < len(_BEFORES) / 2
    for name, gate, _ in _AFTER:
        if name != "four_digits":  # (asked of a number's own text only, not of every place)
            assert sum(map(bool, map(gate, _AFTERS))) < len(_AFTERS) / 2


_WORDS = [*lexicon.IDENTIFIER_WORDS, "aged", "age of", "under the age of", "children under",
          "people older than", "the youngest", "oldest victim was", "Group of", "Mr Smith,",
          "Jamie Armstrong, ", "alert(", "(",
          "( ", "COVID-", "F-", "A", "MH", "#", "@", "\\", "_", "U.S.", "no.", "No.", "ſ", "K", "ﬁ", "İ", "ß",
          "ages between", "said", "the", "of", "5", "12,", "3.", "1-", "24/", "[", "]", "", "week",
          "in week", "children are under", "They were aged", "He was", "She is", "Downing", "McCain",
          "iPhone", "ÉCOLE", "x", "magnitude", "MAGNITUDE-", "a magnitude"]
_ENDS = ["", " ", "  ", "\n", " \n", "(\n", "\u00a0", "\u2009", "\x1c", "\u180e", "\t", "-", ",", ".", ")"]
_CASES = [str, str.upper, str.title, str.lower]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_CASES), st.sampled_from(_ENDS)),
                min_size=1, max_size=8))
def test_each_gate_before_agrees_on_generated_text(parts: list) -> None:
    before = "".join(case(word) + end for word, case, end in parts)[-48:]
    assert not [name for name, gate, long_way in _BEFORE if _disagree(gate, long_way, before)]


_AFTER_WORDS = ["", ".", "!", "?", ". ", ".\"", "”", "/7", "⁄2", "/", "0", "07", "AB8", "min", "é", "ſ", "K",
                "µm", " km", ",", ")", "]", "-year", "\u00a0.", "\x1c.", " . x", " Downing Street",
                " Zorro Ranch Road", " Élysée Way", " years old", "-month-old", " year", " months of age",
                " or more", " plus", "-or so", " at least", " - plus", "Or Less", "1234", "٣٠٣٠", "12",
                " to 24-year-olds", "- and 3 years old", " magnitude", "-Magnitude", " on the Richter scale",
                " (90 miles)", " ( about 5 km)", " to", " TO", "–", " through ", " and ", "1", " or "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_AFTER_WORDS), st.sampled_from(_CASES), st.sampled_from(_ENDS)),
                min_size=1, max_size=4))
def test_each_gate_after_agrees_on_generated_text(parts: list) -> None:
    right = "".join(case(word) + end for word, case, end in parts)[:48]
    assert not [name for name, gate, long_way in _AFTER if _disagree(gate, long_way, right)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "\u00a0", "-", "–", "to", "TO", "and", "And", "or", "through",
                                  "x"]), max_size=5))
def test_a_range_joint_is_never_an_and(parts: list[str]) -> None:
    """`compose.try_range` looks for "between" only when the joint is an "and", which no
    other range joint is (so the two tests on the joint never both match)."""
    joint = "".join(parts)
    assert not (patterns.RANGE_JOINT.fullmatch(joint) and patterns.RANGE_AND.fullmatch(joint))
    either = patterns.RANGE_JOINT.fullmatch(joint) or patterns.RANGE_AND.fullmatch(joint)
    assert gates.range_joint(joint) or not either  # the gate before both


def test_a_range_joint_of_our_articles_is_never_an_and() -> None:
    runs = [list(regex.finditer(r"\d+", s)) for s in SENTENCES]
    joints = [s[a.end():b.start()] for s, found in zip(SENTENCES, runs, strict=True)
              for a, b in pairwise(found)]
    assert sum(patterns.RANGE_AND.fullmatch(joint) is not None for joint in joints) > 5
    assert not [j for j in joints if patterns.RANGE_JOINT.fullmatch(j) and patterns.RANGE_AND.fullmatch(j)]
    either = [j for j in joints if patterns.RANGE_JOINT.fullmatch(j) or patterns.RANGE_AND.fullmatch(j)]
    assert either
    assert all(map(gates.range_joint, either))  # the gate before both
