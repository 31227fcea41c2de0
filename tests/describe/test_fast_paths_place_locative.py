"""The locative pattern ("in Kandahar", "across the northern Herat province") tried only where
a preposition stands (`place_phrases.locatives`) finds what a scan of every character finds: on
our articles' sentences and on generated text (prepositions in any case, glued to
punctuation or digits, inside longer words, and letters that case-fold to ASCII)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import place, place_phrases
from tests.describe.test_fast_paths_place import SENTENCES


def _spans(matches: object) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _agree(sentence: str) -> bool:
    fast = place_phrases.locatives(place._LOCATIVE, sentence)
    return _spans(fast) == _spans(place._LOCATIVE.finditer(sentence))


def test_locatives_are_those_a_scan_finds_in_our_sentences() -> None:
    found = sum(bool(place._LOCATIVE.search(s)) for s, _ in SENTENCES)
    assert found > 400  # the sentences do hold locatives
    differ = [s for s, _ in SENTENCES if not _agree(s)]
    assert not differ, differ[:3]


_WORDS = ["in", "In", "IN", "into", "inside", "Inside", "to", "To", "onto", "at", "At", "on", "off", "from",
          "near", "nearby", "across", "throughout", "through", "between", "along", "above", "below",
          "outside", "around", "of", "the", "The", "northern", "North", "south-eastern", "neighbouring",
          "Kabul", "Herat", "Nepal", "Sarobi", "province", "Province", "and", "Lake", "Kivu", "5", "İn",
          "ſouth", "K", "within", "Bitcoin", "station", "ıto"]
_GAPS = [" ", " ", " ", "  ", "\t", ", ", ".", "-", "’", "2", "_", "é", ""]
_CASE = [str, str, str, str.upper, str.title, str.lower]
_PARTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_CASE), st.sampled_from(_GAPS)),
                  min_size=1, max_size=14)


_PINNED = ["fled into Kabul", "éin Kabul", "2in Kabul", "in\tthe northern Herat province", "İn Kabul",
           "iN Kabul", "from near Kabul", "to Kabul and Herat"]


@pytest.mark.parametrize("text", _PINNED)
def test_locatives_agree_on_pinned_text(text: str) -> None:
    assert _agree(text)


@settings(max_examples=800, deadline=None)
@given(_PARTS)
@example([("fled", str, " "), ("into", str, " "), ("Kabul", str, "")])
@example([("in", str.upper, " "), ("Herat", str, "")])
def test_locatives_agree_on_generated_text(parts: list[tuple[str, object, str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)  # type: ignore[operator]
    assert _agree(text)


def test_a_missing_preposition_would_be_noticed() -> None:
    """The check above can fail: without "into" among the starts, "fled into Kabul" differs."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(place_phrases, "LOCATIVE_WORDS", place_phrases.LOCATIVE_WORDS - {"into"})
        assert not _agree("They fled into Kabul.")
    assert isinstance(place._LOCATIVE, regex.Pattern)
