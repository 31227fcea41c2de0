"""Shortcuts of the describe stage give what the long way gives, on our articles: a noun
phrase read from a short window, and the name index's scan of multi-word runs only."""

from __future__ import annotations

import regex

from stats.describe import names
from stats.text.sentences import ONE_LINE, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles")
         for p in sorted(folder.glob("*.txt"))]


def test_noun_phrase_before_reads_the_same_from_a_short_window() -> None:
    checked, differ = 0, []
    for text in TEXTS:
        for sentence in split_sentences(text):
            raw = sentence.raw.translate(ONE_LINE)
            for word in regex.finditer(r"(?<=\s)\S", raw):
                full, _ = names._walk_back(names.tokens_before(raw, word.start()), 7)
                checked += 1
                if names.noun_phrase_before(raw, word.start()) != full:
                    differ.append((raw, word.start()))
    assert checked > 10_000
    assert not differ, differ[:3]


def test_the_name_scan_finds_the_runs_of_two_words_or_more() -> None:
    """`NAME_RUN` stands in for the capitalised runs that hold a space: on our articles it
    finds exactly those, so skipping one-word runs in the scan loses no name."""
    for text in TEXTS:
        for every, multi in ((names._CAPITALISED_RUN, names.NAME_RUN),
                             (names._WRAPPED_RUN, names.WRAPPED_NAME_RUN)):
            expected = [m.span() for m in every.finditer(text) if len(m.group().split(None, 1)) == 2]
            assert [m.span() for m in multi.finditer(text)] == expected


def test_a_run_of_plain_words_is_split_as_the_token_pattern_splits_it() -> None:
    runs = [m.group() for text in TEXTS for m in names.NAME_RUN.finditer(text)]
    assert len(runs) > 300
    assert [names.token_texts(run) for run in runs] == [[t.text for t in names.tokens(run)] for run in runs]
