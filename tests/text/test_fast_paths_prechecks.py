"""The splitter's cheap tests give what the patterns alone give: the sentence ends found from
the stops are `SENTENCE_END`'s; each first-character test is true wherever its pattern
matches; the furniture words are found by the standard `re` in a line's lower case where
`FURNITURE_WORD` finds them in the line; on our articles and on generated text."""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import lexicon
from stats.lexicon.compiled import ODD_FOLDING
from stats.text import patterns, prechecks, sentences
from stats.text.stops import sentence_ends
from tests.text.test_fast_paths_split import TEXTS

LINES = [line.text for text in TEXTS for line in sentences._lines(text)]
_SPACES = [" ", "  ", "\t", "\n", "\x0b", "\x1c", "\x85", "\u00a0", "\u2028", "\u3000", "\u200b", ""]
_PIECES = [*_SPACES, ".", "...", "!", "?", "…", "”", "’", "'", '"', ")", "]", "(", "[", "“", "‘", "A", "a",
           "É", "é", "ǅ", "5", "٣", "Mr", "U.S", "word", "-", "*", "•", "·", "1)", "|", ":", ",", "ſ", "K",
           "İ", "ß", "©", "Also read", "RELATED", "also", "Read", "shares", "share", "sharex", "min", "read",
           "Min\nRead", "e-mail", "E-MAIL", "address", "sign", "up", "SUBSCRIBE", "photo", "Photos"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _ends_long_way(body: str) -> list[int]:
    return [m.end() for m in patterns.SENTENCE_END.finditer(body)]


def _agree(line: str) -> None:
    assert list(sentence_ends(line)) == _ends_long_way(line)
    assert prechecks.names_furniture(line) == (patterns.FURNITURE_WORD.search(line) is not None)
    for head in (line, line.strip()):
        assert prechecks.may_bullet(head[:1]) or not patterns.BULLET.match(head)
        assert prechecks.may_count(head) or not patterns.FURNITURE_LINE.match(head)
        assert prechecks.may_head(head) or not patterns.LINK_LIST_HEADER.match(head)


def test_the_cheap_tests_agree_with_the_patterns_on_our_articles() -> None:
    assert len(LINES) > 1000
    assert sum(1 for line in LINES if prechecks.names_furniture(line)) > 10
    for line in LINES:
        _agree(line)


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_the_cheap_tests_agree_with_the_patterns_on_generated_text(text: str) -> None:
    _agree(text)


def test_white_space_is_regex_s() -> None:
    pattern = regex.compile(prechecks.WHITE_SPACE.join("[]"))
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if regex.match(r"\s", c, regex.VERSION1)]
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if pattern.fullmatch(c)] == spaces


def test_no_other_letter_lowers_to_an_ascii_one() -> None:
    """What `names_furniture` reads in a line's lower case: outside `ODD_FOLDING`, no letter
    outside ASCII lowers to anything holding an ASCII character."""
    odd = [c for c in map(chr, range(128, sys.maxunicode + 1))
           if not ODD_FOLDING.match(c) and any(x.isascii() for x in c.lower())]
    assert odd == []


def test_the_headers_and_the_furniture_words_are_ascii_but_one() -> None:
    assert all(header.isascii() and header == header.lower() for header in lexicon.LINK_LIST_HEADERS)
    assert [word for word in lexicon.FURNITURE_WORDS if not word.isascii()] == ["©"]
