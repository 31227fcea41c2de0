"""A number word standing alone (`plain_words.plain_word_end`) is read as a count without the
atom pattern's match: wherever the shortcut is taken, the pattern matches that word alone
with its `words` alternative, and `find_atoms` reads the same atoms with the shortcut as
without it, on our articles' sentences and on generated text (number words next to other
number words, fractions, "and", hyphens, digits, glued letters, other whitespace and letters
of other scripts or with odd case folding)."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.find import atom_scan, patterns, plain_words
from stats.find.atoms import find_atoms
from tests.find.test_fast_paths import _WORDS, SENTENCES

_NUMBER_WORDS = ["two", "Two", "TWO", "one", "twenty", "hundred", "Forty", "dozen", "million", "nine", "ten",
                 "seven", "zero", "lakh", "crores"]
_FOLLOWERS = ["daughters", "weeks", "five", "hundred", "hundreds", "third", "thirds", "half", "and", "AND",
              "quarter", "miles", "3", "$5", "", ".", ",", "people", "ﬁve", "\u017fix", "a2", "_x", "é",
              "Kilo", "\u212aen", "or", "to", "and fifty", "and\tfive", "AND two", "-fifty", "ﬁfty",
              "hundred and"]
_GLUE = [" ", "  ", "-", " - ", "‐", "‑", "\t", "\n", "\u00a0", "", ", ", ".", "’", "5", "_", "é", "s", "—"]
_BEFORE = ["", " ", "5", "_", "é", "(", "“", "a", "$", "-", "\u00a0"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Number words between what may stand before and after them."""
    parts = draw(st.lists(st.one_of(
        st.sampled_from(_WORDS).map(lambda word: word + " "),
        st.tuples(st.sampled_from(_BEFORE), st.sampled_from(_NUMBER_WORDS), st.sampled_from(_GLUE),
                  st.sampled_from(_FOLLOWERS), st.sampled_from([" ", "", ". "])).map("".join),
    ), min_size=1, max_size=8))
    return "".join(parts)


def _pattern_reads_the_word_alone(sentence: str) -> bool:
    for start in range(len(sentence)):
        end = plain_words.plain_word_end(sentence, start)
        if end < 0:
            continue
        match = patterns.NUMBER_ATOM.match(sentence, start)
        if match is None or match.span() != (start, end) or match.lastgroup != "words":
            return False
    return True


def _without_shortcut(sentence: str) -> list[object]:
    with mock.patch.object(atom_scan, "plain_word_end", return_value=-1):
        return list(find_atoms(sentence))


def test_the_pattern_reads_a_number_word_alone_in_our_sentences() -> None:
    differ = [s for s in SENTENCES if not _pattern_reads_the_word_alone(s)]
    assert not differ, differ[:3]


def test_the_atoms_are_the_same_without_the_shortcut_in_our_sentences() -> None:
    assert sum(plain_words.plain_word_end(s, at) >= 0 for s in SENTENCES for at in range(len(s))) > 300
    differ = [s for s in SENTENCES if find_atoms(s) != _without_shortcut(s)]
    assert not differ, differ[:3]


@settings(max_examples=1500, deadline=None)
@given(sentences())
def test_the_pattern_reads_a_number_word_alone_in_generated_text(text: str) -> None:
    assert _pattern_reads_the_word_alone(text)


@settings(max_examples=800, deadline=None)
@given(sentences())
def test_the_atoms_are_the_same_without_the_shortcut_in_generated_text(text: str) -> None:
    assert find_atoms(text) == _without_shortcut(text)


def test_the_number_words_read_alone_are_the_pattern_s() -> None:
    """Single words of letters, none spelled like a currency the money alternative reads,
    none starting a vague plural or an ordinal, each read on only by `READ_ON`'s words."""
    lists = patterns._ATOM_LISTS
    assert set(lists["numword"]) == plain_words.NUMBER_WORDS
    assert all(word.isascii() and word.isalpha() for word in plain_words.NUMBER_WORDS)
    assert not [phrase for phrase in lists["vague"] + lists["ordinal"]
                if phrase.split()[0] in plain_words.NUMBER_WORDS]
    assert "[\\s\\-‐‑]+\n                    \\L<fraction>" in patterns._ATOM_BODY
    assert "\\s+ and \\s+ | [\\s\\-‐‑]+ )\n                 \\L<numword> )*" in patterns._ATOM_BODY
