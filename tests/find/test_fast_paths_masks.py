"""The digit masks (phone, clock, date) are tried only at the digit runs whose length and
next characters one of their alternatives needs (`masks._could_start`): every run where
a mask's pattern matches must be among those places, on our articles' sentences and on
generated text (clock times, dates, phone numbers, texting cues, odd spacing and case)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.find import masks
from stats.lexicon.compiled import word_set
from tests.find.test_fast_paths import _GAPS, _NUMBERS, _WORDS, SENTENCES
from tests.find.test_fast_paths_starts import _ADDRESSES

_PATTERNS = {"phone": masks.MASKS["phone"], "clock": masks.MASKS["clock"], "narrowed": masks._DIGIT_DATES,
             "date": masks.MASKS["date"].compiled()}  # type: ignore[union-attr]
_TIMES = ["9:30", "9.30", "9 am", "9am", "9 A.M.", "9 p.m.", "9 PM", "3 in the morning",
          "at 3 in the evening", "by 10 at night", "until 5 o'clock", "at 5 o’clock", "2100 GMT", "2100  gmt",
          "2100 hrs", "1400 UTC",
          "2100 hours GMT", "12:30:15.5", "0401", "555-123-4567", "555.123.4567", "text SLIDE to 8228",
          "send HELP to 12345", "SMS AID to 123456", "020 7946 0958", "07 3666 8000", "5/3/2021", "1990s",
          "2012–13", "2012-2013", "5 May", "5th of May", "5-6 June", "5 and 6 Sept.", "23/July/2021",
          "1.5.2020", "12 to 14 March", "in", "at", "am", "o", "p", "G", "hours", "s", "people", "7-2",
          "            "]


def _missed(sentence: str) -> list[tuple[str, int]]:
    """(mask, start) for each digit run a mask matches at that `_could_start` leaves out."""
    runs = masks._digit_runs(sentence, None)
    words = word_set(sentence)
    missed = []
    for name, pattern in _PATTERNS.items():
        if name == "narrowed" and not masks.MASK_NARROWED["date"][0].isdisjoint(words):
            continue  # (read only in a sentence naming no month)
        kept = set(masks._could_start("date" if name == "narrowed" else name, sentence, runs, words,
                                      name == "narrowed"))
        missed += [(name, start) for start, _ in runs if start not in kept and pattern.match(sentence, start)]
    return missed


def test_the_masks_match_only_where_they_could_start_in_our_sentences() -> None:
    assert sum(bool(masks.masked_spans(s)) for s in SENTENCES) > 100
    missed = [(s, m) for s in SENTENCES if (m := _missed(s))]
    assert not missed, missed[:3]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of words, numbers, clock times, dates and phone numbers."""
    tokens = _WORDS + _NUMBERS + _TIMES
    parts = draw(st.lists(st.tuples(st.sampled_from(tokens), st.sampled_from([str, str.upper, str.title]),
                                    st.sampled_from(_GAPS)), min_size=1, max_size=12))
    return "".join(case(token) + gap for token, case, gap in parts)


@settings(max_examples=1500, deadline=None)
@given(sentences())
def test_the_masks_match_only_where_they_could_start_in_generated_text(text: str) -> None:
    assert not _missed(text)


@settings(max_examples=600, deadline=None)
@given(sentences())
def test_the_masks_tried_at_fewer_places_find_every_mask(text: str) -> None:
    assert masks.masked_spans(text) == [(a, b, masks._RULE_OF[name]) for name, pattern in masks.MASKS.items()
                                        for m in pattern.finditer(text) for a, b in [m.span()]]


def test_the_test_of_a_few_characters_spares_most_runs() -> None:
    """The shortcut is one: most digit runs of our sentences try no phone or clock pattern."""
    runs = [(s, masks._digit_runs(s, None)) for s in SENTENCES]
    total = sum(len(r) for _, r in runs)
    assert total > 500
    for name in ("phone", "clock"):
        kept = sum(len(masks._could_start(name, s, r, word_set(s), True)) for s, r in runs)
        assert kept < total / 4, name


def _url_strings_hold(text: str) -> bool:
    """Wherever the web address cue matches in an ASCII text, the case-folded text holds one
    of the strings `_cue_strings` gives for it (other texts are given `CUE_STRINGS`)."""
    if not text.isascii() or masks.MASK_CUES["url"].search(text) is None:
        return True
    folded = text.casefold()
    return any(s in folded for s in masks._cue_strings("url", text, word_set(text)))


def test_the_url_cue_strings_of_a_sentence_stand_where_the_cue_matches() -> None:
    texts = [*SENTENCES, *_ADDRESSES, "see un.org.", "at www.who.int/news", "x.News", "a.in-b", "bbc.co.uk"]
    assert sum(masks.MASK_CUES["url"].search(t) is not None for t in texts) > 8
    assert all(_url_strings_hold(t) for t in texts)
    assert len(masks._cue_strings("url", "x in", frozenset({"x", "in"}))) == 3  # fewer than all the labels


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([*_WORDS, *_ADDRESSES, ".", "org", "com", "ORG", "-", "_", "/"]),
                          st.sampled_from(["", " ", ".", "-", "_", "/", ", "])), min_size=1, max_size=10))
def test_the_url_cue_strings_stand_in_generated_text(parts: list[tuple[str, str]]) -> None:
    assert _url_strings_hold("".join(a + b for a, b in parts))
