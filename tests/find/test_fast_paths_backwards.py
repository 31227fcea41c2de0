"""The left-context patterns the find stage searches backwards (`regex.REVERSE`) give what a
forward search gives: whether one matches, and for the qualifier and the name before a
number, the same span and group. A forward search of a pattern anchored at the end of its
window tries every position of the window; a backward one starts at the end. Checked on the
windows our articles' numbers read and on generated text (qualifiers inside longer ones,
names, odd whitespace, letters with odd case folding)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import lexicon
from stats.find import filters, ordinals, patterns
from stats.lexicon.compiled import LazyPattern
from tests.find.test_fast_paths import SENTENCES

# (pattern, its named lists, how many characters before a number it reads)
_BACKWARD = {
    "qualifier": (patterns.QUALIFIER_BEFORE, {}, 48),
    "name": (patterns.NAME_BEFORE, {}, 48),
    "event object": (patterns.ONE_AS_EVENT_OBJECT, {"cue": patterns._EVENT_STEMS}, 30),
    "copula age": (filters.COPULA_AGE_BEFORE, {"group": lexicon.AGE_GROUP_WORDS}, 30),
    "determiner": (ordinals.DETERMINER_BEFORE, {}, 40),
}


def _compiled(pattern: regex.Pattern[str] | LazyPattern) -> regex.Pattern[str]:
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def _forward(name: str) -> regex.Pattern[str]:
    """The pattern as it was, searched forwards."""
    pattern, lists, _ = _BACKWARD[name]
    compiled = _compiled(pattern)
    assert compiled.flags & regex.REVERSE, name
    return regex.compile(compiled.pattern, compiled.flags & ~regex.REVERSE, **lists)


_FORWARD = {name: _forward(name) for name in _BACKWARD}


def _found(match: regex.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    return None if match is None else (match.span(), match.groupdict())


def _differ(name: str, left: str) -> bool:
    backward = _compiled(_BACKWARD[name][0])
    return _found(backward.search(left)) != _found(_FORWARD[name].search(left))


def _lefts(width: int) -> list[str]:
    """The window before every digit run and word of our sentences."""
    return [s[max(0, m.start() - width):m.start()] for s in SENTENCES for m in regex.finditer(r"\w+", s)]


def test_each_backward_search_finds_what_the_forward_one_found() -> None:
    for name, (pattern, _, width) in _BACKWARD.items():
        lefts = _lefts(width)
        assert sum(_compiled(pattern).search(left) is not None for left in lefts) >= 3, name
        differ = [left for left in lefts if _differ(name, left)]
        assert not differ, (name, differ[:3])


_QUALIFIERS = sorted(lexicon.QUALIFIERS)
_WORDS = [*_QUALIFIERS, "the", "its", "their", "a", "country's", "Game", "S&P", "McDonald's", "iPhone",
          "eBay", "killed", "shot", "only", "at least", "were", "are", "under", "aged", "He", "She", "was",
          "children", "people", "Route", "no", "ſome", "ﬁve", "Kilo", "İn", "x", "(", "“", "—", "'"]
_GAPS = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "", "(", "-", ", ", "—", "“", "'"]
_CASE = [str, str.upper, str.title, str.lower]


@st.composite
def lefts(draw: st.DrawFn) -> str:
    """A left context: words, qualifiers and names, glued or spaced, ending in any gap."""
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_CASE), st.sampled_from(_GAPS)),
                          min_size=1, max_size=8))
    return "".join(case(word) + gap for word, case, gap in parts)


@settings(max_examples=600, deadline=None)
@given(lefts())
def test_each_backward_search_agrees_on_generated_text(left: str) -> None:
    for name in _BACKWARD:
        assert not _differ(name, left), name


def test_the_longest_qualifier_wins_backwards_too() -> None:
    """Every qualifier after every other one (a qualifier ending in another: "no more than"
    and "than"), spaced as a text may space them."""
    for first in _QUALIFIERS:
        for second in _QUALIFIERS:
            for gap in (" ", "  ", "\n"):
                left = f"x {first}{gap}{second} "
                assert not _differ("qualifier", left), left
                assert not _differ("qualifier", left.upper()), left
