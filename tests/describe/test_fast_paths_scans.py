"""The cheaper scans of the describe stage find what the long way finds: the words of an ASCII
text read with `re` are those `text_patterns.WORD` reads; the time patterns' start scans and
the speech verbs' scan, reading the character before a word instead of looking back at it,
find the starts the look-back scans find; the last word before a text's end, searched for
from the end, is the one a search from the start finds. Each is checked on our articles'
sentences and on generated text (every ASCII character, words glued to each other, to digits and to
underscores, at the text's start and end, and letters outside ASCII)."""

from __future__ import annotations

import string

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import patterns, period, speakers, words
from stats.describe.contexts import one_line
from stats.lexicon import sources
from stats.text import patterns as text_patterns
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]


def _long_words(text: str) -> list[tuple[str, int, int, str]]:
    return [(m.group(), m.start(), m.end(), m.group().lower()) for m in text_patterns.WORD.finditer(text)]


def _look_back_starts(pattern: period.regex.Pattern[str], lowered: str) -> list[int]:
    return [m.start() for m in period._STARTS[pattern][0].finditer(lowered)]


def _verbs_the_long_way(sentence: str) -> list[int]:
    return [m.start() for m in speakers._SPEECH_STARTS.finditer(sentence)]


def _check(text: str) -> None:
    assert [tuple(w) for w in words.words_of(text)] == _long_words(text), text
    lowered = text.lower()
    for pattern in period._STARTS:
        assert list(period._places(pattern, lowered)) == _look_back_starts(pattern, lowered), text
    assert speakers._verb_starts(text) == _verbs_the_long_way(text), text


def test_the_scans_find_what_the_long_way_finds_in_our_articles() -> None:
    ascii_sentences = [s for s in SENTENCES if s.isascii()]
    assert len(ascii_sentences) > 500  # both kinds are read
    assert len(ascii_sentences) < len(SENTENCES)
    for s in SENTENCES:
        _check(s)
    assert sum(bool(speakers._verb_starts(s)) for s in SENTENCES) > 200
    for pattern in period._STARTS:
        found = sum(bool(list(period._places(pattern, s.lower()))) for s in SENTENCES)
        assert found > 5, pattern.pattern[:40]


def test_the_ascii_word_pattern_reads_every_ascii_character_as_word_does() -> None:
    every = "".join(chr(c) for c in range(128))
    for text in (every, every[::-1], every * 2, "it's a well-known don't-stop x--y -a 'b"):
        shifted = [(t, s + 3, e + 3, low) for t, s, e, low in _long_words(text)]
        assert [tuple(w) for w in words.words_of(text, 3)] == shifted


_WORDS = ["in", "on", "at", "said", "says", "told", "Said", "SAID", "added", "the", "last", "week", "monday",
          "Friday", "every", "a", "day", "between", "June", "and", "early", "overnight", "now", "so", "far",
          "x", "5", "2021", "it's", "don’t", "café", "ſaid", "İn", "naïve", "e\u0301", "ΑΘΗΝΑ", "_", "said_"]
_GAPS = ["", " ", "  ", "\n", "\t", "\u00a0", "-", "'", "’", ",", ".", "_", "0", "(", "“"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=14),
       st.text(alphabet=string.printable, max_size=40))
def test_the_scans_agree_on_generated_text(parts: list[tuple[str, str]], noise: str) -> None:
    text = "".join(word + gap for word, gap in parts)
    _check(text)
    _check(noise + text)
    _check(text + noise)


def test_every_speech_verb_is_found_at_the_start_and_after_any_ascii_character() -> None:
    for verb in sorted(sources.SPEECH_VERBS):
        for before in [""] + [chr(c) for c in range(128)]:
            text = f"{before}{verb} 40"
            assert speakers._verb_starts(text) == _verbs_the_long_way(text), text


_LAST_WORD_FORWARD = regex.compile(r"(\p{L}+)\s+$")


def _last_word(pattern: regex.Pattern[str], text: str, start: int, end: int) -> object:
    found = pattern.search(text, start, end)
    return None if found is None else (found.span(), found.span(1))


def test_the_last_word_searched_from_the_end_is_the_forward_search_s_in_our_sentences() -> None:
    read = 0
    for s in SENTENCES[::2]:
        for end in range(0, len(s) + 1, 3):
            expected = _last_word(_LAST_WORD_FORWARD, s, max(0, end - 40), end)
            assert _last_word(patterns.LAST_WORD_BEFORE, s, max(0, end - 40), end) == expected, (s, end)
            read += expected is not None
    assert read > 1000


_LAST_WORD_PARTS = ["a", "B", "é", "e\u0301", "\u0301", "ſ", "5", "_", "-", "’", " ", "  ", "\t", "\n",
                    "\x1c", "\u00a0", "\u2028", "x\n", "."]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LAST_WORD_PARTS), max_size=12).map("".join),
       st.integers(min_value=0, max_value=25), st.integers(min_value=0, max_value=25))
@example("ab \n", 0, 4)
@example("a b\u0301 ", 0, 5)
def test_the_last_word_from_the_end_agrees_on_generated_text(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    expected = _last_word(_LAST_WORD_FORWARD, text, start, end)
    assert _last_word(patterns.LAST_WORD_BEFORE, text, start, end) == expected
