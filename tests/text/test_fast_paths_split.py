"""The splitter's shortcuts give what the long way gives: the word before a stop is searched
for from the end of the text before it (one try) and must be the match a forward search
finds; a short sentence is added without the cutting step, and the split must be the one
the step-by-step splitter (cuts listed, then every piece trimmed and cut) gives, on our
articles and on generated text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.lexicon.compiled import compile_lists
from stats.text import patterns, sentences
from stats.text.sentences import Sentence, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                      ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
_FORWARD = compile_lists(r"(?: ^ | [\s(“\"] ) (?P<word> [\p{L}.]+ ) \. $")
_PIECES = ["Mr", "U.S", "J", "No", "word", "é", "ǅ", "5", ".", ". ", "..", " ", "\n", "\t", "(", "“",
           "\"", "”", "’", ")", "]", "!", "?", "…", "A", "- ", "• ", "1) ", "\u00a0", "\u2028", "x" * 300,
           "y, " * 60, "\r\n", "\n\n", "also read:", "ß"]


def _split_long_way(text: str) -> list[Sentence]:
    """The splitter as it was written before its shortcut: cuts listed, then each piece
    trimmed and passed through the cutting step."""
    lines = sentences._lines(text)
    furniture = sentences.furniture_lines(lines)
    out: list[Sentence] = []
    for index, line in enumerate(lines):
        body_start = line.start
        bullet = patterns.BULLET.match(line.text)
        if bullet:
            body_start += bullet.end()
        body = text[body_start:line.end]
        cuts = [0] + [m.end() for m in patterns.SENTENCE_END.finditer(body)
                      if sentences._is_boundary(body, m.end())] + [len(body)]
        for a, b in itertools.pairwise(cuts):
            chunk = body[a:b]
            lead, trail = len(chunk) - len(chunk.lstrip()), len(chunk.rstrip())
            if trail > lead:
                for start, end in sentences._bounded(text, body_start + a + lead, body_start + a + trail):
                    out.append(Sentence(start, end, text[start:end], index in furniture))
    return out


def _heads(text: str) -> list[str]:
    ends = [m.end() for m in patterns.SENTENCE_END.finditer(text)]
    return [text[max(0, end - 40):end].rstrip("\"”’')]") for end in ends]


def _same_word(head: str) -> bool:
    forward, backward = _FORWARD.search(head), patterns.WORD_BEFORE_STOP.search(head)
    return ((forward and (forward.span(), forward["word"]))
            == (backward and (backward.span(), backward["word"])))


def test_the_word_before_a_stop_as_a_forward_search_finds_it_on_our_articles() -> None:
    heads = [head for text in TEXTS for head in _heads(text)]
    assert len(heads) > 1000
    assert [head for head in heads if not _same_word(head)] == []
    assert patterns.WORD_BEFORE_STOP.search("said Mr.")["word"] == "Mr"
    assert patterns.WORD_BEFORE_STOP.search("the U.S.")["word"] == "U.S"
    assert patterns.WORD_BEFORE_STOP.search("costs 5.") is None


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_word_before_a_stop_as_a_forward_search_finds_it_on_generated_text(text: str) -> None:
    for head in (text, text + ".", text + ".\n"):
        assert _same_word(head)


def test_the_split_is_the_long_ways_on_our_articles() -> None:
    assert len(TEXTS) > 50
    assert [i for i, text in enumerate(TEXTS) if split_sentences(text) != _split_long_way(text)] == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_the_split_is_the_long_ways_on_generated_text(text: str) -> None:
    assert split_sentences(text) == _split_long_way(text)
