"""The describe stage's shortcuts give what the long way gives: a sentence without a line
break is its own one-line copy."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.describe.contexts import one_line
from stats.text.sentences import ONE_LINE

_BREAKS = "".join(map(chr, ONE_LINE))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_BREAKS, "a", "Z", " ", "\t", "’", "5", "\u00a0", "\u2009"])))
def test_one_line_is_the_translated_text(text: str) -> None:
    assert one_line(text) == text.translate(ONE_LINE)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_one_line_agrees_on_any_text(text: str) -> None:
    assert one_line(text) == text.translate(ONE_LINE)
