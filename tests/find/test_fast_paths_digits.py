"""A plain run of digits (`plain_digits.is_plain`) is read as a count without the atom
pattern's match: wherever the shortcut is taken, the pattern matches that run and nothing
more, and `find_atoms` reads the same atoms with the shortcut as without it, on our
articles' sentences and on generated text (digits next to points, commas, separators,
dashes, slashes, glued letters, scale words, "bn", "x 10", digits of other scripts, words
that start like a scale word, groups of thousands)."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from stats import lexicon
from stats.find import atom_scan, patterns, plain_digits
from stats.find.atoms import find_atoms
from tests.find.test_fast_paths import _WORDS, SENTENCES

_NUMBERS = ["5", "40", "703", "1,500", "600,000", "1,000,000", "1,000,0000", "12,345,67", "1,000 000",
            "1,000.5", "1,234,567,890", "1234,567", "1,٣٣٣", "1,00,000,000", "1,00,000", "3 000",
            "2.5", "2015", "12", "٣", "5٣", "1/2", "3rd", "21st",
            "5m", "164p", "10x", "1.99×10^30", "0", "007", "9:30", ".5", "-5", "A320", "_4", "x5"]
_AFTER = ["", " ", "  ", ",", ", ", ".", ". ", "-", "/", "⁄", ")", "%", "x", "×", "\u00a0", "\u202f", "\t",
          "’", ":", "(", '"', "_", "st", "bn", "k", "p", "e"]
_NEXT = ["million", "Million", "bn", "BN", "mln", "tn", "trn", "thousand", "crore", "lakh", "hundred",
         "Billion", "x 10^3", "x10", "× 10", "people", "apples", "years", "percent", "of", "and", "to", "000",
         "123", "٣", "A", "Z", "é", "", " ", ".", "the", "cm", "MW", "thou\u017fand", "la\u212akh", "mlnx",
         "lakhs", "crores", "x", "Xmas", "hundreds", "tn.", "bn2", "thousandfold", "trillions", "hundred_",
         "billioné", "mn-", "btn", "c", "h", "thousand", "l", "to", "times"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Words and numbers, each number with what may follow it."""
    parts = draw(st.lists(st.one_of(
        st.sampled_from(_WORDS).map(lambda word: word + " "),
        st.tuples(st.sampled_from(_NUMBERS), st.sampled_from(_AFTER), st.sampled_from(_NEXT)).map("".join),
    ), min_size=1, max_size=10))
    return "".join(parts)


def _plain_runs(sentence: str) -> list[tuple[int, int]]:
    """The digit runs of the sentence the shortcut reads."""
    starts = atom_scan._starts(sentence)
    runs = [] if starts is None else starts[1]
    ends = dict(runs)
    return [(a, end) for a, _ in runs
            if sentence[a] in "0123456789" and (end := plain_digits.plain_end(sentence, a, ends)) >= 0]


def _pattern_reads_the_run_alone(sentence: str) -> bool:
    for start, end in _plain_runs(sentence):
        for pattern in (patterns.NUMBER_ATOM, patterns.DIGIT_ATOM):
            match = pattern.match(sentence, start)
            if match is None or match.span() != (start, end) or match.lastgroup != "digits":
                return False
            if any(match[group] is not None for group in ("sign", "exp", "suffix", "csuffix", "scale")):
                return False
    return True


def _without_shortcut(sentence: str) -> list[object]:
    with mock.patch.object(atom_scan, "plain_end", return_value=-1):
        return list(find_atoms(sentence))


def test_the_pattern_reads_a_plain_run_alone_in_our_sentences() -> None:
    differ = [s for s in SENTENCES if not _pattern_reads_the_run_alone(s)]
    assert not differ, differ[:3]


def test_the_atoms_are_the_same_without_the_shortcut_in_our_sentences() -> None:
    differ = [s for s in SENTENCES if find_atoms(s) != _without_shortcut(s)]
    assert not differ, differ[:3]


@settings(max_examples=1500, deadline=None)
@given(sentences())
def test_the_pattern_reads_a_plain_run_alone_in_generated_text(text: str) -> None:
    assert _pattern_reads_the_run_alone(text)


@settings(max_examples=800, deadline=None)
@given(sentences())
def test_the_atoms_are_the_same_without_the_shortcut_in_generated_text(text: str) -> None:
    assert find_atoms(text) == _without_shortcut(text)


def test_the_risky_letters_start_every_scale_and_spaced_suffix() -> None:
    """After a space or hyphen, a scale word, a spaced suffix or an exponent's "x" reads on."""
    words = [*lexicon.SCALES, "bn", "mn", "mln", "tn", "trn", "x"]
    assert {word[0].lower() for word in words} <= set(plain_digits.RISKY_LETTERS)


def test_the_words_read_on_are_the_scales_and_spaced_suffixes() -> None:
    """`READ_ON` is what the pattern reads after a space or hyphen: its scale words and the
    suffixes it reads after a space."""
    assert "\\s (?P<suffix>(?i: bn | mn | mln | tn | trn ))" in patterns._ATOM_BODY
    assert {*patterns._ATOM_LISTS["scale"], "bn", "mn", "mln", "tn", "trn"} == plain_digits.READ_ON
    assert all(" " not in word for word in plain_digits.READ_ON)


def test_the_shortcut_is_one() -> None:
    """Most digit runs of our sentences are read without the pattern."""
    runs = sum(len(starts[1]) for s in SENTENCES if (starts := atom_scan._starts(s)) is not None)
    plain = sum(len(_plain_runs(s)) for s in SENTENCES)
    assert plain > runs / 2


def test_find_sorts_only_what_can_be_out_of_order() -> None:
    """`find` leaves one figure or none, with no implied single, as composed: the same
    figures as sorting every sentence's figures and singles by their start."""
    from stats.find.compose import compose
    from stats.find.implied import find_implied
    from stats.find.rules import find

    def long_way(sentence: str) -> list[object]:
        found = compose(sentence)
        return sorted(found + find_implied(sentence, found), key=lambda c: c.start)

    assert sum(len(find(s)) == 1 for s in SENTENCES) > 100
    differ = [s for s in SENTENCES if find(s) != long_way(s)]
    assert not differ, differ[:3]
