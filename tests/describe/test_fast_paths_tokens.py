"""The shortcuts of the describe stage's tokens and words give what the long way gives: an
ASCII text (or the ASCII stretch a window reads) is tokenised by a `re` form of the token
pattern; the noun phrase before a speech verb is walked first on the tokens its subject's
window has read. Each is checked against the long way on our articles' sentences, in windows as the
rules read them, and on generated text (titles, initials, apostrophes, digits, the control
characters `re` takes for spaces and `regex` does not, and letters outside ASCII)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import names, said_by, speakers, tokens, words
from stats.describe.contexts import one_line
from stats.lexicon.compiled import ODD_FOLDING
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]


def _long_tokens(text: str, start: int = 0, end: int | None = None) -> list[tokens.Token]:
    """The tokens as the `regex` pattern reads them, made by the named tuple's constructor."""
    stop = len(text) if end is None else end
    return [tokens.Token(m.group(), m.start(), m.end(), m.group().lower())
            for m in tokens.TOKEN.finditer(text, start, stop)]


def _windows(text: str) -> list[tuple[int, int]]:
    """Windows as the rules read them: the whole text, and windows that start and end at
    every few characters (inside words too)."""
    spans = [(0, len(text))]
    spans += [(start, min(len(text), start + width)) for start in range(0, len(text), 7) for width in (5, 40)]
    return spans


def test_ascii_sentences_are_most() -> None:
    """The `re` pattern is what most sentences are read by (else the test below tests little)."""
    assert sum(s.isascii() for s in SENTENCES) > len(SENTENCES) / 2
    assert sum(not s.isascii() for s in SENTENCES) > 200


def test_tokens_are_those_the_regex_pattern_finds_in_our_sentences() -> None:
    checked = 0
    for sentence in SENTENCES:
        for start, end in _windows(sentence):
            expected = _long_tokens(sentence, start, end)
            assert tokens.tokens(sentence, start, end) == expected, (sentence, start)
            checked += 1
    assert checked > 50000


_PIECES = ["Mr.", "Mrs.", "Brig.", "Gen.", "U.S.", "U.N.", "A.", "St.", "Jr.", "e.g.", "O'Brien", "Ali's",
           "X's2", "they's", "'s", "’s", "it’s", "Qala-e-Naw", "well-", "-", ".", "..", ",", ";", "“", "”",
           "\"", "'", "’", "3,000.5", "10.", "2024", "café", "İstanbul", "naïve", "e\u0301", "said", "the",
           "Police", "Ministry", "of", "a", "s", "b", "_", "x_y", "(", ")", "WHO"]
_GAPS = [" ", " ", "", "  ", "\n", "\t", "\x1c", "\x1f", "\u00a0", "\u2009", ". ", ", "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), min_size=1, max_size=12),
       st.integers(0, 12), st.integers(0, 12))
@example([("Gen.", ""), ("X's2", " ")], 0, 0)
@example([("Brig.", " "), ("Smith", "")], 3, 0)
@example([("a", "\x1c"), ("Mr.", "")], 0, 0)
@example([("e\u0301", ""), ("Mr.", "")], 2, 0)  # a mark before a title: a word character to `regex` only
def test_tokens_agree_on_generated_text(parts: list[tuple[str, str]], cut: int, trim: int) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    assert tokens.tokens(text) == _long_tokens(text)
    assert tokens.tokens(text, start, end) == _long_tokens(text, start, end)


@pytest.mark.parametrize("text", ["a\x1cb", "Mr.", "the Brig. said", "X's2 and Y's", "Gen. Ali’s",
                                  "café, Mr. X", "e\u0301Mr. X", "\u0301A. B"])
def test_tokens_agree_on_pinned_text(text: str) -> None:
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert tokens.tokens(text, start, end) == _long_tokens(text, start, end), (start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=0x7F), max_size=40), st.integers(0, 40))
def test_tokens_agree_on_any_ascii_text(text: str, cut: int) -> None:
    start = min(cut, len(text))
    assert tokens.tokens(text, start) == _long_tokens(text, start)


def _subject_read_twice(sentence: str, verb_start: int) -> list[tokens.Token]:
    """The subject of a speech verb with its noun phrase read from tokens of its own window."""
    with pytest.MonkeyPatch.context() as patched:
        long_way = names.noun_phrase_before
        patched.setattr(names, "noun_phrase_before",
                        lambda s, end, limit=7, read=None: long_way(s, end, limit))
        return speakers.subject_before(sentence, verb_start)


def test_the_subject_of_each_verb_is_that_of_its_own_window() -> None:
    """At every speech verb of our sentences, and before every word of a third of them."""
    places = [(s, m.start()) for s in SENTENCES for m in said_by._SPEECH.finditer(s)]
    places += [(s, m.start()) for s in SENTENCES[::3] for m in regex.finditer(r"(?<=\s)\w", s)]
    assert len(places) > 12000
    differ = [(s, i) for s, i in places if speakers.subject_before(s, i) != _subject_read_twice(s, i)]
    assert not differ, differ[:3]


_SUBJECT_WORDS = ["Officials", "the", "The", "of", "Health", "ministry", "Office", "for", "National", "and",
                  "police", "residents", "one", "sources", "also", "have", "Mr.", "X's2", "3", "it", "he",
                  "Ministry", "spokeswoman", "a", "that", "WHO", "’s", "'s", "(", "-", "café", "\u0301"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SUBJECT_WORDS),
                          st.sampled_from([" ", " ", "  ", "\n", "\u00a0", "\x1c", ", ", ""])),
                min_size=1, max_size=16))
@example([("Officials", ""), ("3", ""), ("also", " ")])
@example([("The", " "), ("X's2", ""), ("also", " ")])
def test_the_subject_is_that_of_its_own_window_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts) + "said"
    for verb in (len(text) - 4, *(m.start() for m in regex.finditer(r"(?<=\s)\w", text))):
        assert speakers.subject_before(text, verb) == _subject_read_twice(text, verb)


def test_no_ascii_character_folds_oddly() -> None:
    """`ODD_FOLDING`'s letters are all outside ASCII: an ASCII text is not searched for one
    (`words.may_end_with`, `words.may_hold`, `events._has_pair`)."""
    odd = [chr(c) for c in range(0x110000) if ODD_FOLDING.search(chr(c))]
    assert len(odd) > 10
    assert not any(c.isascii() for c in odd)
    assert words.may_end_with("killed ſ", ("toll",))
    assert words.may_hold("İ", "toll")
    assert not words.may_end_with("killed s", ("toll",))
    assert not words.may_hold("I", "toll")


def _every_search(sentence: str) -> list[said_by.Source]:
    """The attributions of a sentence with every search before a speech verb run."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(speakers, "ends_with", lambda *_: True)
        patched.setattr(speakers, "passive_before", lambda s, at: bool(speakers.PASSIVE_BEFORE.search(
            s, max(0, at - 20), at)))
        return said_by.all_sources(sentence)


def test_spaces_the_searches_read_are_stripped() -> None:
    """Every character `regex` reads as a space is one `str.rstrip` takes off (`speakers.ends_with`)."""
    spaces = [chr(c) for c in range(0x110000) if regex.match(r"\s", chr(c))]
    assert len(spaces) > 20
    assert all(("x" + c).rstrip() == "x" for c in spaces)


def test_the_searches_before_a_verb_find_what_every_search_finds() -> None:
    checked = [s for s in SENTENCES if said_by._SPEECH.search(s) or said_by._ACCUSE.search(s)]
    assert len(checked) > 800
    differ = [s for s in checked if said_by.all_sources(s) != _every_search(s)]
    assert not differ, differ[:3]


_BEFORE_VERB = ["officials", "Officials", "cited", "quoted", "by", "BY", "Reuters", "the", "agency", "who",
                "that", "which", "whom", "was", "WERE", "been", "is", "be", "being", "ſ", "İS", "he",
                "police", "also"]
_GAPS_BEFORE_VERB = [" ", "  ", "\n", "\u00a0", "\x1c", ", ", ""]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_BEFORE_VERB), st.sampled_from(_GAPS_BEFORE_VERB)),
                min_size=1, max_size=10), st.sampled_from(["said", "told", "accused", "says"]))
@example([("officials", " "), ("cited", " "), ("by", " "), ("Reuters", " ")], "said")
@example([("he", " "), ("was", " ")], "told")
@example([("a", " "), ("woman", " "), ("who", " ")], "said")
def test_the_searches_before_a_verb_agree_on_generated_text(parts: list[tuple[str, str]],
                                                            verb: str) -> None:
    text = "".join(word + gap for word, gap in parts) + verb + " 40 were killed."
    assert said_by.all_sources(text) == _every_search(text)
