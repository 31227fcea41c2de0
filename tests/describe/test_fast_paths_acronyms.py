"""The title-case short names in brackets ("the Philippine Institute of Volcanology and
Seismology (Phivolcs)") are found by searching for the bracket and reading the spaces before
it back from there: the same names as scanning for the spaces and the bracket together, on
our articles and on generated text (spaces of every kind before the bracket, the control
characters `str.isspace` takes and `regex` does not, brackets back to back, names of
every length up to and past the 120 characters looked back over)."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import acronyms
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
_SPACES_AND_BRACKET = regex.compile(acronyms._WORD)


def _the_long_way(text: str) -> dict[str, str]:
    """`word_acronyms` as it was: every match of the spaces and the bracket together."""
    found: dict[str, str] = {}
    for bracket in _SPACES_AND_BRACKET.finditer(text):
        m = acronyms._WORD_DEFINED.search(text, max(0, bracket.start() - 120), bracket.end())
        if m and m.end() == bracket.end() and (name := acronyms._defined(m)):
            found[name[4:] if name.startswith("The ") else name] = m.group("acronym")
    return found


def test_the_short_names_are_those_the_whole_scan_finds_in_our_articles() -> None:
    assert sum(bool(_the_long_way(t)) for t in TEXTS) >= 3  # (the reader is tested, not vacuously)
    differ = [t[:60] for t in TEXTS if acronyms.word_acronyms(t) != _the_long_way(t)]
    assert not differ, differ


_PIECES = ["The", "Philippine", "Institute", "of", "Volcanology", "and", "Seismology", "Association",
           "Mineworkers", "(Phivolcs)", "(Amcu)", "(Pivs)", "(PHIVOLCS)", "(", ")", " ", "  ", "\t", "\n",
           "\x1c", "\u00a0", "\u2003", "x" * 40, "Word", "said", ",", "."]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@example(["The", " ", "Philippine", " ", "Institute", " ", "of", " ", "Volcanology", "  ", "(Phivolcs)"])
@example(["Philippine", " ", "Volcanology", "\x1c", "(Phivolcs)"])
@example(["Philippine", " ", "Volcanology", " ", "(Phivolcs)", " ", "(Pivs)"])
# a name of 118 characters before four spaces: its start is 122 characters before the bracket,
# within the 120 looked back over from the spaces' start, and not from the bracket's
@example(["Philippine Volcanics", *[" A" + "a" * 15] * 5, " A" + "a" * 11, "    ", "(Phivolcs)"])
def test_the_short_names_are_those_the_whole_scan_finds_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert acronyms.word_acronyms(text) == _the_long_way(text)
