"""The unit stage's shortcut gives what the long way gives: after a number followed by a
word that starts no unit of the readers before quantulum3 ("40 people"), only the magnitude
reader and quantulum3's are tried. Checked on our articles' sentences and on generated
numbers followed by unit words, near-units, hyphens and odd letters, under both conventions."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import lexicon
from stats.find import plain_digits, units
from stats.find.compose import compose
from stats.find.rule import GUIDE, NEWSQUANT, Conventions
from stats.lexicon import measures
from stats.model import Candidate
from tests.find.test_fast_paths import SENTENCES


def _composed(sentence: str, conventions: Conventions) -> list[Candidate]:
    return compose(sentence, conventions)


def _long_way(sentence: str, conventions: Conventions, monkeypatch: pytest.MonkeyPatch) -> list[Candidate]:
    with monkeypatch.context() as patched:
        patched.setattr(units, "_readers", lambda right: units.UNIT_READERS)
        return compose(sentence, conventions)


@pytest.mark.parametrize("conventions", [GUIDE, NEWSQUANT], ids=["guide", "newsquant"])
def test_the_unit_readers_skipped_read_nothing_in_our_articles(conventions: Conventions,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shortcut = sum(units._readers(s[m.end():]) is units._WORD_READERS
                   for s in SENTENCES for m in units._LETTER_RUN.finditer(s) if m.group())
    assert shortcut > 1000  # the shortcut is taken
    differ = [s for s in SENTENCES if _composed(s, conventions) != _long_way(s, conventions, monkeypatch)]
    assert not differ, differ[:3]


_UNITS = [*list(lexicon.DURATION_UNITS)[:6], *list(lexicon.DISTANCE_UNITS)[:6],
          *list(lexicon.CURRENCY_WORDS)[:6],
          *list(measures.MEASURE_UNITS)[:6], *list(measures.TEMPERATURE_UNITS)[:4], *lexicon.PERCENT_WORDS,
          "basis points", "bps", "degrees", "C", "F", "more weeks", "of dollars", "years old", "megawatts",
          "magnitude", "people", "kmh", "Km", "ſq km", "K", "µm", "°C", "%", "km/h", "m3"]
_NUMBERS = ["5", "1,500", "a 5.8", "magnitude 7", "two", "millions", "-5", "30-40", "$4"]
_GAPS = ["", " ", "-", "  ", "\n", "‑", " -"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NUMBERS), st.sampled_from(_GAPS), st.sampled_from(_UNITS),
                          st.sampled_from([str, str.upper, str.title])), min_size=1, max_size=4),
       st.sampled_from([GUIDE, NEWSQUANT]))
def test_the_unit_readers_agree_on_generated_text(parts: list, conventions: Conventions) -> None:
    text = " and ".join(number + gap + case(unit) for number, gap, unit, case in parts) + " in the heat."
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(units, "_readers", lambda right: units.UNIT_READERS)
        long_way = compose(text, conventions)
    assert compose(text, conventions) == long_way


def test_no_unit_of_the_readers_starts_with_a_character_the_shortcut_skips() -> None:
    entries = [*lexicon.PERCENT_WORDS, *lexicon.CURRENCY_WORDS, *lexicon.DURATION_UNITS,
               *lexicon.DISTANCE_UNITS, *lexicon.MEASURE_WORDS, *measures.MEASURE_UNITS,
               *measures.TEMPERATURE_UNITS]
    assert not [entry for entry in entries if entry[:1] in units._NO_UNIT_START]


def test_the_shortcut_after_punctuation_is_taken_in_our_articles() -> None:
    # (what it skips reads nothing there: the first test compares every sentence with the long way)
    rights = [s[m.end():] for s in SENTENCES for m in regex.finditer(r"\d+", s)]
    punctuated = [right for right in rights if not units._WORD_AFTER.match(right).group(1)]
    assert sum(units._readers(right) is units._WORD_READERS for right in punctuated) > 1000


_PUNCTUATION = [",", ".", ";", ":", "!", "?", "(", ")", "[", "]", '"', "'", "“", "”", "‘", "’", "0", "7", "%",
                "°C", "º", "-", "–", "/", "$", "’s", " ,", "\n.", " (", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NUMBERS), st.sampled_from(_GAPS), st.sampled_from(_PUNCTUATION),
                          st.sampled_from(_UNITS), st.sampled_from([str, str.upper, str.title])),
                min_size=1, max_size=4),
       st.sampled_from([GUIDE, NEWSQUANT]))
def test_the_unit_readers_agree_after_punctuation(parts: list, conventions: Conventions) -> None:
    text = " ".join(number + gap + mark + case(unit) for number, gap, mark, unit, case in parts)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(units, "_readers", lambda right: units.UNIT_READERS)
        long_way = compose(text, conventions)
    assert compose(text, conventions) == long_way


_ENTRIES = sorted({*lexicon.PERCENT_WORDS, *lexicon.CURRENCY_WORDS, *lexicon.DURATION_UNITS,
                   *lexicon.DISTANCE_UNITS, *lexicon.MEASURE_WORDS, *measures.MEASURE_UNITS,
                   *measures.TEMPERATURE_UNITS, "basis points", "bps", "more weeks", "of dollars", "degrees",
                   "C", "F", "years old"})


@pytest.mark.parametrize("conventions", [GUIDE, NEWSQUANT], ids=["guide", "newsquant"])
def test_every_unit_word_is_read_as_by_every_reader(conventions: Conventions,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Each unit of the lexicon after a number, with a space or a hyphen, upper or lower case,
    reads as when every reader is tried (skipping a reader that could read it fails here)."""
    texts = [f"{number}{gap}{case(entry)} on Monday." for entry in _ENTRIES for gap in (" ", "-")
             for case in (str, str.upper) for number in ("5", "a million")]
    shortcut = [compose(text, conventions) for text in texts]
    with monkeypatch.context() as patched:
        patched.setattr(units, "_readers", lambda right: units.UNIT_READERS)
        long_way = [compose(text, conventions) for text in texts]
    differ = [text for text, short, long in zip(texts, shortcut, long_way, strict=True) if short != long]
    assert not differ, differ[:3]


def _without_spaced_word(right: str) -> tuple[object, bool]:
    """`_readers` and `unit_word_after` read with their patterns only."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(units, "spaced_word", lambda right: None)
        return units._readers(right), units.unit_word_after(right)


def _spaced_word_agrees(right: str) -> bool:
    return (units._readers(right), units.unit_word_after(right)) == _without_spaced_word(right)


def test_the_word_after_a_number_read_without_the_patterns_in_our_articles() -> None:
    rights = [s[m.end():] for s in SENTENCES for m in regex.finditer(r"\d+|\b\w+", s)]
    taken = sum(plain_digits.spaced_word(right) is not None for right in rights)
    assert taken > 1000  # the shortcut is taken
    differ = [right[:40] for right in rights if not _spaced_word_agrees(right)]
    assert not differ, differ[:3]


_AFTER_WORD = ["", " ", ".", ",", "-", "é", "\u017f", "\u212a", "2", "_", "s", "°", "/h", " said", "\n"]


@settings(max_examples=800, deadline=None)
@given(st.sampled_from([" ", "  ", "", "-", "\n", " -", "\u00a0"]),
       st.sampled_from([*_UNITS, "ABCs", "ABs", "As", "MWs", "kW", "sq", "people", "MW", "g", "Min", "Gs"]),
       st.sampled_from([str, str.upper, str.title, str.lower]), st.sampled_from(_AFTER_WORD))
def test_the_word_after_a_number_read_without_the_patterns_agrees(gap: str, word: str, case: object,
                                                                   tail: str) -> None:
    assert _spaced_word_agrees(gap + case(word) + tail)  # type: ignore[operator]
