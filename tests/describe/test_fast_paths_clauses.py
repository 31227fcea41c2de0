"""The last clause break before a figure, found searching from the end, is the one a scan
from the window's start ends on: on every position of our sentences and on generated text
(spaced dashes back to back, " - - ", which a scan from the start passes over in part; commas
and points before digits and at the window's edges; the control characters `str.isspace`
takes and `regex` does not)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import patterns, words
from stats.describe.contexts import one_line
from stats.text.sentences import WINDOW, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]


def _the_long_way(sentence: str, end: int) -> tuple[str, int]:
    begin = max(0, end - WINDOW)
    for match in patterns.CLAUSE_END.finditer(sentence, begin, end):
        begin = match.end()
    return sentence[begin:end], begin


def test_the_last_break_is_the_scan_s_at_every_position_of_our_sentences() -> None:
    checked = 0
    for sentence in SENTENCES[::3]:
        for end in range(0, len(sentence) + 1, 3):
            assert words.clause_before(sentence, end) == _the_long_way(sentence, end), (sentence, end)
            checked += 1
    assert checked > 10_000


_PIECES = [" - ", " – ", " — ", "-", "–", "—", " ", "  ", "\t", "\x1c", "\u00a0", ",", ".", "5", "1,500",
           "0.5", "word", "x" * 30, ";", "(", ")", "“", "”", "'"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(min_value=0, max_value=400))
@example([" - ", "- ", "y"], 7)  # a dash starting on the last space of one before: passed over
@example(["a", " - ", "- ", "- ", "b"], 9)
@example(["x", " - ", "- "], 6)
@example(["x" * 30] * 4 + [" - ", "- "], 125)  # the first dash's space outside the window
def test_the_last_break_is_the_scan_s_on_generated_text(parts: list[str], end: int) -> None:
    sentence = "".join(parts)
    end = min(end, len(sentence))
    assert words.clause_before(sentence, end) == _the_long_way(sentence, end)
