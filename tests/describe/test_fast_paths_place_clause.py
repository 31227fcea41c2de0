"""More of the place reading's shortcuts give what the long way gives: a clause's subject
("the PMD says Jacobabad recorded ...") is searched for only when a capitalised word stands
right before one of its verbs. Checked on our articles' sentences (with the places each
article knows) and on generated text (names with marks, hyphens and apostrophes, the verbs in
any case, glued to punctuation)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import place, place_names, place_phrases
from stats.lexicon.compiled import ODD_FOLDING
from tests.describe.test_fast_paths_place import SENTENCES, AlwaysCue


class _Always:
    """A pre-check pattern that lets every text through."""

    def search(self, _text: str, *_arguments: object) -> bool:  # (pos, endpos, concurrent)
        return True


def _subjects(sentence: str, known: set[str]) -> list[place_names.Mention]:
    found: dict[int, place_names.Mention] = {}
    place_phrases.add_clause_subjects(sentence, known, found, place.NAMED)
    return list(found.values())


def _long_subjects(sentence: str, known: set[str]) -> list[place_names.Mention]:
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(place_phrases, "_NAME_THEN_VERB", _Always())
        patched.setattr(place_phrases, "_ANY_SUBJECT_VERB", AlwaysCue())
        return _subjects(sentence, known)


def _matches(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in place_phrases.CLAUSE_SUBJECT.finditer(sentence)]


def _gated(sentence: str) -> bool:
    cue = place_phrases._ANY_SUBJECT_VERB.found_in(sentence)
    return cue and place_phrases._NAME_THEN_VERB.search(sentence) is not None


def test_clause_subjects_are_those_the_full_search_finds() -> None:
    assert sum(bool(_subjects(s, k)) for s, k in SENTENCES) > 20  # the sentences do hold some
    assert sum(not _gated(s) for s, _ in SENTENCES) > len(SENTENCES) / 2  # and most are skipped
    differ = [s for s, k in SENTENCES if _subjects(s, k) != _long_subjects(s, k)]
    assert not differ, differ[:3]
    missed = [s for s, _ in SENTENCES if _matches(s) and not _gated(s)]
    assert not missed, missed[:3]


_NAMES = ["Kabul", "Viña", "Cox's", "Qala-e-Naw", "O’Hare", "D'Ivoire", "Mar del Plata", "Jacobabad", "São",
          "İzmir", "ÉTAT", "Ω", "Nghe An", "the", "PMD", "Sindh's", "5"]
_VERBS = ["has", "Has", "HAS", "was", "recorded", "is", "as", "said", "says", "that", "and", "but", "had",
          "hit", "hits", "sees", "hasn't", "accounts"]
_GAPS = [" ", " ", "  ", "\t", ", ", "; ", ": ", ".", "-", "’", "'", "", "\u00a0", "\u2009"]
_CASE: list[Callable[[str], str]] = [str, str, str, str.upper, str.title, str.lower]
_PIECE = st.tuples(st.sampled_from(_NAMES + _VERBS), st.sampled_from(_CASE), st.sampled_from(_GAPS))
_PIECES = st.lists(_PIECE, min_size=1, max_size=12)


@settings(max_examples=800, deadline=None)
@given(_PIECES)
@example([("Viña", str, " "), ("has", str, "")])
@example([("says", str, " "), ("O’Hare", str, "\u00a0"), ("recorded", str, "")])
def test_clause_subjects_agree_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)
    known = {"Kabul", "Viña", "Qala-e-Naw", "O’Hare", "Mar del Plata", "Jacobabad", "İzmir", "ÉTAT", "Ω"}
    assert _subjects(text, known) == _long_subjects(text, known)
    assert _gated(text) or not _matches(text)


def test_a_narrower_pre_check_would_be_noticed() -> None:
    """The checks above can fail: a pre-check that takes a name for ASCII letters alone
    skips "that Viña has"."""
    with pytest.MonkeyPatch.context() as patched:
        narrow = regex.compile(rf"[A-Z][a-z]*\s+(?:{place_phrases._SUBJECT_VERBS})\b")
        patched.setattr(place_phrases, "_NAME_THEN_VERB", narrow)
        text = "Officials said that Viña has 500 shelters."
        assert _subjects(text, {"Viña"}) != _long_subjects(text, {"Viña"})


def test_an_ascii_sentence_holds_no_oddly_folding_letter() -> None:
    """`may_match` scans only a sentence outside ASCII for a letter that case-folds to ASCII:
    no ASCII character is one, and a sentence with one still passes."""
    assert all(ODD_FOLDING.search(chr(c)) is None for c in range(128))
    assert place_phrases.may_match(place_phrases.ANY_ANAPHOR, "5 died thİre")
    assert not place_phrases.may_match(place_phrases.ANY_ANAPHOR, "5 died in Kabul")
    sentences = [s for s, _ in SENTENCES]
    assert [place_phrases.may_match(place_phrases.ANY_GENERIC, s) for s in sentences] == [
        place_phrases.ANY_GENERIC.found_in(s) or ODD_FOLDING.search(s) is not None for s in sentences]


def _capital_searched(sentence: str) -> bool:
    return place_names.ANY_CAPITAL.search(sentence, 1) is not None


_LETTERS = ["a", "A", "z", "Z", "é", "É", "ϒ", "ℂ", "ǅ", "ß", "İ", "1", " ", "’", "“", "\n", "_", "@", "["]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LETTERS), max_size=8))
@example(["A"])
@example(["a", "Z"])
def test_a_capital_after_the_first_letter_is_the_search_s(letters: list[str]) -> None:
    text = "".join(letters)
    assert place_names.capital_after_first(text) == _capital_searched(text)


def test_capitals_after_the_first_letter_in_our_sentences() -> None:
    sentences = [s for s, _ in SENTENCES]
    assert sum(s.isascii() for s in sentences) > 100
    fast = [place_names.capital_after_first(s) for s in sentences]
    assert fast == [_capital_searched(s) for s in sentences]


def test_a_wrong_capital_test_would_be_noticed() -> None:
    """The checks above can fail: a test that looked from the first letter reads "Kabul fell"
    as holding a capital after it."""
    text = "Kabul fell"
    assert text != text.lower()
    assert not _capital_searched(text)
