"""The locative pattern ("in Kandahar", "across the northern Herat province") tried only where
a preposition stands (`place_phrases.locatives`) finds what a scan of every character finds,
and the place patterns with the compass words and modifiers as tries find what they found
with the words as lists: on our articles' sentences and on generated text (the words in any
case, glued to punctuation or digits, inside longer words, letters that case-fold to ASCII)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import place, place_names, place_objects, place_phrases
from stats.lexicon import places
from stats.lexicon.compiled import trie
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


# The compass words and the locative's modifiers as tries: each pattern that holds one gives
# what it gives with the words as a list, longest first, as they were written before.
_LISTS = {place_names.COMPASS: "|".join(sorted(places.COMPASS_WORDS, key=len, reverse=True)),
          trie(places.PLACE_MODIFIERS): "|".join(sorted(places.PLACE_MODIFIERS))}
_TRIED = [p for module in (place, place_objects, place_phrases) for p in vars(module).values()
          if isinstance(p, regex.Pattern) and any(t in p.pattern for t in _LISTS)]


def _as_lists(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    text = pattern.pattern
    for tried, listed in _LISTS.items():
        text = text.replace(tried, listed)
    return regex.compile(text, pattern.flags)


def _same_as_lists(text: str) -> bool:
    return all(_spans(p.finditer(text)) == _spans(_as_lists(p).finditer(text)) for p in _TRIED)


def test_tries_match_as_the_lists_did_in_our_sentences() -> None:
    assert len(_TRIED) >= 10
    assert place._LOCATIVE in _TRIED
    differ = [s for s, _ in SENTENCES if not _same_as_lists(s)]
    assert not differ, differ[:3]


_COMPASS_TEXT = ["north", "North", "NORTH", "north-east", "north-eastern", "northeastern", "east-central",
                 "south-west", "upper", "Upper", "greater", "in", "of", "the", "’s", "'s", "neighbouring",
                 "nearby", "adjacent", "Kabul", "Herat", "province", "km", "from", "for", "aid", "ſouth", "K"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_COMPASS_TEXT), st.sampled_from(_CASE), st.sampled_from(_GAPS)),
                min_size=1, max_size=12))
@example([("in", str, " "), ("north-eastern", str, " "), ("Herat", str, "")])
def test_tries_match_as_the_lists_did_on_generated_text(parts: list[tuple[str, object, str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)  # type: ignore[operator]
    assert _same_as_lists(text)


def test_a_wrong_trie_would_be_noticed() -> None:
    """The check above can fail: a trie that drops "north-east" reads "in north-east Herat" otherwise."""
    wrong = place._LOCATIVE.pattern.replace(place_names.COMPASS, trie(places.COMPASS_WORDS - {"north-east"}))
    text = "in north-east Herat"
    assert _spans(regex.compile(wrong).finditer(text)) != _spans(_as_lists(place._LOCATIVE).finditer(text))
