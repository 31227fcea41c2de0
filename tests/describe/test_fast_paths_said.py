"""The shortcuts of who said a figure, its time and its category give what the long way
gives: each attribution finder runs only where its first word is, the "cited ... as"
search back only where the sentence says "cited". Each is checked against the long way on
our articles' sentences and on generated text (words in any case, line breaks, and letters
with odd case folding such as "ſ" and "İ")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import said_by
from stats.describe.contexts import one_line
from stats.lexicon import sources
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]
_CASE: list[Callable[[str], str]] = [str, str.upper, str.title, str.lower]


class _Everything(frozenset[str]):
    """A word set that shares a word with any other: a pre-check given it always passes."""

    def isdisjoint(self, other: object) -> bool:
        return False


def _every_finder(sentence: str) -> list[said_by.Source]:
    """The sources when every finder, and the search back for "cited", always runs."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(said_by, "_CITED_WORDS", _Everything())
        return said_by.all_sources(sentence)


def test_each_finder_runs_where_it_can_match_in_our_articles() -> None:
    expected = {s: _every_finder(s) for s in SENTENCES}
    assert sum(bool(found) for found in expected.values()) > 250
    assert any(src.rule is said_by.CITED for found in expected.values() for src in found)
    differ = [s for s in SENTENCES if said_by.sources_in(s) != expected[s]]
    assert not differ, differ[:3]


def test_every_finder_has_its_words() -> None:
    """Each finder of the table finds something in our articles, and only with its words."""
    for finder, needs in said_by._FINDERS:
        assert any(finder(s) for s in SENTENCES), finder
        assert needs, finder
        assert all(w == w.casefold() and w.isalpha() for w in needs), finder


_SOURCE_WORDS = ["cited", "CITED", "citing", "cites", "cite", "as", "saying", "according", "to",
                 "officials", "said", "the", "ministry", "put", "puts", "putting", "toll", "at", "40",
                 "accused", "accuses", "accusation", "them", "of", "killing", "estimates", "tally", "by",
                 "from", "UN", "Reuters", "ſaid", "accordİng", "accuſed", "ciTed", "İn", "tracking",
                 "monitoring", "deaths", "He", "told", "reporters", "“", "”", "police", "since",
                 "The Times", "began"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SOURCE_WORDS), st.sampled_from(_CASE),
                          st.sampled_from([" ", "  ", ", ", ". ", "\n", "-"])), min_size=1, max_size=14))
@example([("UN", str, " "), ("officials", str, " "), ("cited", str, " "), ("Reuters", str, " "),
          ("as", str, " "), ("saying", str, " ")])
@example([("police", str, " "), ("ciTed", str, " "), ("the", str, " "), ("UN", str, " "), ("as", str, " "),
          ("said", str, " ")])
@example([("accordİng", str, " "), ("to", str, " "), ("officials", str, " ")])
@example([("rebels", str, " "), ("accuſed", str, " "), ("them", str, " ")])
def test_the_finders_agree_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)
    assert said_by.sources_in(text) == _every_finder(text)


def test_the_speech_finder_needs_a_speech_verb() -> None:
    """The table's speech words are the verbs the speech pattern is made of."""
    assert dict(said_by._FINDERS)[said_by._verbs] == frozenset(sources.SPEECH_VERBS)
