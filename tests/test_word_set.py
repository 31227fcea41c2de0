"""`word_set` reads a text's words from its bytes when no character outside ASCII is a word
character: the same words as the `regex` scan finds, on our articles' sentences and on
generated text (accented and odd case-folding letters, curly quotes, joiners, surrogates).
The last text's words, kept apart for the next ask, are that text's alone, asked from one
thread or several."""

from __future__ import annotations

import concurrent.futures

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.lexicon.compiled import _WORD, word_set
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles")
         for p in sorted(folder.glob("*.txt"))]
_PIECES = ["Killed", "five", "ſix", "ﬁfty", "İn", "K", "café", "cafe\u0301", "“", "”", "’s", "—", "-", "_",
           "5", "²", "\u200d", "\u200c", "\ud800", " ", "\t", "\n", ".", ",", "ß", "ΣΑ", "naïve", "\x00",
           "\x7f"]


def _long_way(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


def test_words_as_the_scan_reads_them_on_our_articles() -> None:
    sentences = [s.raw for text in TEXTS for s in split_sentences(text)]
    assert len(sentences) > 800
    assert [s for s in sentences if word_set(s) != _long_way(s)] == []
    words = {"five", "were", "killed", "in", "goma", "s", "café"}
    assert word_set("Five were KILLED in “Goma’s” café") == words


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_words_agree_with_the_scan_on_generated_text(text: str) -> None:
    assert word_set(text) == _long_way(text)


def test_the_last_text_s_words_are_kept_for_that_text_only() -> None:
    """The last text's words, found by identity, are never another text's: asked in turn, again
    and again, each text gets its own words, also from threads asking at once. (That no
    thread reads a text paired with another's words rests on the pair being one tuple,
    stored at once: a race between two stores is too rare for a test to show.)"""
    texts = ["Five were killed", "", "Ten were hurt", "five WERE killed", "".join(["Five were ", "killed"])]
    for text in texts * 3:
        assert word_set(text) == _long_way(text), text
    many = [f"{n} were hurt in town {n % 7}" for n in range(400)]

    def ask(offset: int) -> bool:
        return all(word_set(t) == _long_way(t) for t in many[offset:] + many[:offset])

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        assert all(pool.map(ask, range(0, 400, 50)))
