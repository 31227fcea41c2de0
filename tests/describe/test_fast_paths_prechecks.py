"""Cheap tests before `regex` calls give what the calls alone give: an elapsed time is searched
for only in a time that ends with one of its words, a subject's conjunction only in one that
holds "and" or "or", a place between a number and its noun only before a capital, and a
dateline only at a sentence that opens with two capitals; on our articles' sentences (at
every place in them) and on generated text."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats.describe import period_baselines, place_scene, subject_links
from tests.describe.test_fast_paths_place import SENTENCES

_PIECES = [" ", "  ", "\t", "\n", "\x1c", "\u00a0", "\u2028", "", "A", "a", "É", "é", "ǅ", "5", "’", "'", ".",
           "-", "—", ",", "“", "\"", "KATHMANDU", "BRASILIA, Peru (Reuters)", "Tucson", "precincts", "and",
           "or", "soldiers", "police", "a year", "ago", "earlier", "later", "Ago", "agony", "İ", "ſ",
           "x" * 50]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _agree(text: str) -> None:
    assert period_baselines._elapsed(text) == (period_baselines._ELAPSED.search(text) is not None)
    assert subject_links.first_conjunct(text) == _first_conjunct_long_way(text)
    assert place_scene._may_open_dateline(text) or not place_scene._DATELINE.match(text)
    for end in range(len(text) + 1):
        assert place_scene._capital_next(text, end) or not place_scene._MODIFIER.match(text, end)


def _first_conjunct_long_way(subject: str) -> str:
    cut = subject_links._JOINT.search(subject)
    return subject[:cut.start()] if cut else subject


def test_the_cheap_tests_agree_with_the_patterns_on_our_sentences() -> None:
    assert len(SENTENCES) > 1500
    for sentence, _ in SENTENCES:
        _agree(sentence)
    assert sum(place_scene._DATELINE.match(s) is not None for s, _ in SENTENCES) > 5


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_the_cheap_tests_agree_with_the_patterns_on_generated_text(text: str) -> None:
    _agree(text)


def test_the_patterns_are_what_the_tests_read() -> None:
    """The cheap tests read these patterns as written: a change to one must be seen here."""
    assert period_baselines._ELAPSED.pattern == r"\b(?:ago|earlier|later)$"
    assert subject_links._JOINT.pattern == r"\s+(?:and|or)\s+"
    assert place_scene._MODIFIER.pattern.startswith(r"\s+(\p{Lu}")
    assert place_scene._DATELINE.pattern.startswith(r"\s*\p{Lu}[\p{Lu}'’.\-]+")
    assert not period_baselines._ELAPSED.flags & regex.IGNORECASE
    assert not subject_links._JOINT.flags & regex.IGNORECASE
