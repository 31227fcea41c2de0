"""`filters.is_descriptor` tests for the hyphen each of its patterns needs before searching
("Mum-of-three", "one-eyed"): it gives what the patterns alone give, on every number of
our articles' sentences and on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.find import filters, patterns
from stats.find.atoms import find_atoms
from stats.model import Candidate, Kind
from tests.find.test_fast_paths import SENTENCES


def _long_way(c: Candidate, sentence: str) -> bool:
    """`is_descriptor` as it was, every pattern searched."""
    if c.kind is Kind.COUNT and filters.PARENT_OF_BEFORE.search(sentence[max(0, c.start - 12):c.start]):
        return True
    right = sentence[c.end:c.end + 60]
    return (c.kind is Kind.COUNT and not c.vague and bool(patterns.COMPOUND_AFTER.match(right))
            and not patterns.STRONG_AFTER.match(right))


def test_the_descriptor_filter_gives_what_its_patterns_give_on_our_sentences() -> None:
    atoms = [(c, s) for s in SENTENCES for c in find_atoms(s)]
    assert sum(_long_way(c, s) for c, s in atoms) >= 3
    differ = [(s[c.start:c.end], s) for c, s in atoms if filters.is_descriptor(c, s) != _long_way(c, s)]
    assert not differ, differ[:3]


_LEFT = ["", "Mum-of-", "MOTHER-of-", "dad-of ", "mum-of", "a ", "the father-of-", "gran-", "-", "x"]
_RIGHT = ["", "-eyed", "‐time", "‑storey", "-strong force", "-seat", "- eyed", "-5", " years", "-", "‐", "-é"]


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(_LEFT), st.sampled_from(["three", "3", "dozens", "one"]), st.sampled_from(_RIGHT),
       st.sampled_from(list(Kind)), st.booleans())
def test_the_descriptor_filter_agrees_on_generated_text(left: str, number: str, right: str, kind: Kind,
                                                         vague: bool) -> None:
    sentence = f"He is a {left}{number}{right} man."
    start = sentence.index(number, 8 + len(left))
    c = Candidate(start, start + len(number), 3.0, "count.digits", kind, vague=vague)
    assert filters.is_descriptor(c, sentence) == _long_way(c, sentence)
