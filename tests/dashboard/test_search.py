"""The search box (issue 13): what it holds is capped (characters and words) and each word
taken once, and the capped search finds exactly the figures whose span, subject or sentence
holds every word, whatever repeats or longer text came with it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.data import Corpus
from dashboard.filters import MAX_SEARCH_CHARS, MAX_SEARCH_WORDS, Filters, search_text, search_words
from dashboard.textsearch import SEARCHED, TextIndex

PASTED = ("killed afghan troops in the province said officials " * 400)[:20_000]


def test_a_pasted_page_is_cut_to_the_cap() -> None:
    held = Filters.from_inputs(text=PASTED).text
    assert len(held) <= MAX_SEARCH_CHARS
    assert held == "killed afghan troops in the province said officials"
    unbroken = Filters.from_inputs(text="x" * 20_000).text
    assert unbroken == "x" * MAX_SEARCH_CHARS
    many = " ".join(f"w{i}z" for i in range(100))  # no word inside another
    assert search_text(many).split() == [f"w{i}z" for i in range(MAX_SEARCH_WORDS)]
    assert len(search_words(many)) == MAX_SEARCH_WORDS


def test_each_word_is_searched_once_whatever_its_case() -> None:
    assert search_text("Kabul kabul KABUL  killed\tKabul") == "Kabul killed"
    assert search_words("Kabul kabul KABUL killed") == ["killed", "kabul"]
    # a word inside another one adds nothing: a row holding "killed" holds "kill"
    assert search_words("kill killed ill") == ["killed"]
    assert search_words(" \t ") == []
    assert search_text("a" * 150 + " " + "b" * 100) == "a" * 150  # not a piece of the word the cap cuts


def reference(corpus: Corpus, text: str) -> list[str]:
    """The figures whose span, subject or sentence holds every word of the capped search, tested
    one row and one word at a time."""
    words = search_text(text).lower().split()
    frame = corpus.figures
    return [str(i) for i, span, subject, sentence in zip(frame.index, frame["span"], frame["subject"],
                                                         frame["sentence"], strict=True)
            if all(any(w in str(f).lower() for f in (span, subject, sentence)) for w in words)]


SEARCHES = {"killed": True, "Killed KILLED killed": True, "kill killed": True, "afghan  killed": True,
            PASTED: False, "x" * 20_000: False, "troops " * 3000: True, "no such words anywhere": False}


@pytest.mark.parametrize("text", SEARCHES, ids=lambda text: f"{text[:24]}..({len(text)})")
def test_the_search_finds_the_rows_holding_every_word(corpus: Corpus, text: str) -> None:
    found = list(corpus.filtered(Filters.from_inputs(text=text)).index)
    assert found == reference(corpus, text)
    if SEARCHES[text]:
        assert found  # the seeds hold these words: the comparison is not between two empty lists


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["killed", "kill", "KILLED", "troops", "afghan", "said", "in", "the",
                                 "1,200", "police", "ill", "x"]), min_size=1, max_size=40))
def test_repeats_and_order_do_not_change_what_is_found(words: list[str]) -> None:
    corpus = test_repeats_and_order_do_not_change_what_is_found.corpus  # type: ignore[attr-defined]
    text = " ".join(words)
    assert list(corpus.filtered(Filters.from_inputs(text=text)).index) == reference(corpus, text)


@pytest.fixture(autouse=True)
def _corpus_for_properties(corpus: Corpus) -> None:
    """Hypothesis tests take no function-scoped fixtures: hand them the session's corpus."""
    test_repeats_and_order_do_not_change_what_is_found.corpus = corpus  # type: ignore[attr-defined]


def test_each_distinct_text_is_lower_cased_once_and_searched_by_its_code(corpus: Corpus) -> None:
    """The search holds each distinct span, subject and sentence once, lower-cased with Python's
    str.lower (as the typed words are), and finds rows through their codes."""
    index = TextIndex(corpus.figures)
    for name, column in zip(SEARCHED, index._columns, strict=True):
        categories = corpus.figures[name].cat.categories
        assert len(column.lowered) == len(categories) < len(corpus.figures) or name == "span"
        assert column.lowered.to_pylist() == [str(c).lower() for c in categories]
    every = np.arange(len(corpus.figures))
    assert list(index.find(every, ["troops"])) == [
        i for i, texts in enumerate(zip(*(corpus.figures[n] for n in SEARCHED), strict=True))
        if any("troops" in str(t).lower() for t in texts)]


def test_many_distinct_texts_are_searched_by_duckdb_with_the_same_answer() -> None:
    """Above a few thousand distinct texts the search asks DuckDB; it finds what Python's `in`
    finds, case folded, in the rows' order, and only among the rows it is given."""
    sentences = [f"Row {i}: {'Troops' if i % 7 == 0 else 'police'} in Ünye {'killed' if i % 3 else ''}"
                 for i in range(6_000)]
    frame = pd.DataFrame({"span": [str(i) for i in range(6_000)], "subject": ["" for _ in sentences],
                          "sentence": sentences}).astype("category")
    index = TextIndex(frame)
    rows = np.arange(6_000)
    expected = [i for i, s in enumerate(sentences) if "troops" in s.lower() and "killed" in s.lower()]
    assert list(index.find(rows, ["troops", "killed"])) == expected
    assert list(index.find(rows, ["ünye"])) == list(rows)
    assert list(index.find(rows[::2], ["troops"])) == [i for i in rows[::2] if i % 7 == 0]
    assert not len(index.find(rows, ["soldiers"]))
