"""The describe stage's shortcuts give what the long way gives: a sentence without a line
break is its own one-line copy; the time patterns that need a time noun are searched only
where one is; the speech verbs are scanned as a trie; a sentence goes to the attribution
finders only when one of them can match ("city" no longer sends it)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import period, said_by
from stats.describe.contexts import one_line
from stats.lexicon import sources, times
from stats.text.sentences import ONE_LINE, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]

_BREAKS = "".join(map(chr, ONE_LINE))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_BREAKS, "a", "Z", " ", "\t", "’", "5", "\u00a0", "\u2009"])))
def test_one_line_is_the_translated_text(text: str) -> None:
    assert one_line(text) == text.translate(ONE_LINE)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_one_line_agrees_on_any_text(text: str) -> None:
    assert one_line(text) == text.translate(ONE_LINE)


def _every_time_pattern(sentence: str, monkeypatch: pytest.MonkeyPatch) -> list[period.Mention]:
    with monkeypatch.context() as patched:
        patched.setattr(period, "_PATTERNS", tuple((p, rule, None) for p, rule, _ in period._PATTERNS))
        return period.mentions_in(sentence)


def test_time_phrases_are_those_every_pattern_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    assert sum(bool(period.mentions_in(s)) for s in SENTENCES) > 250
    differ = [s for s in SENTENCES if period.mentions_in(s) != _every_time_pattern(s, monkeypatch)]
    assert not differ, differ[:3]


_TIME_WORDS = [*sorted(times.TIME_NOUNS), *sorted(times.WEEKDAYS)[:3], "in", "over", "every", "a", "per",
               "the", "past", "two", "three", "ago", "later", "since", "2021", "5", "last", "Each",
               "DAY", "ſeason"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TIME_WORDS), st.sampled_from([" ", "  ", "\n", "-", ", ", ". "])),
                min_size=1, max_size=12))
def test_time_phrases_agree_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(period, "_PATTERNS", tuple((p, rule, None) for p, rule, _ in period._PATTERNS))
        expected = period.mentions_in(text)
    assert period.mentions_in(text) == expected


# The speech verbs as they were: a list sorted longest first.
_LISTED_SPEECH = regex.compile(rf"\b(?:{'|'.join(sorted(sources.SPEECH_VERBS, key=len, reverse=True))})\b")


def _verbs(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_speech_verb_trie_finds_what_the_list_finds() -> None:
    assert sum(bool(_verbs(said_by._SPEECH, s)) for s in SENTENCES) > 250
    differ = [s for s in SENTENCES if _verbs(said_by._SPEECH, s) != _verbs(_LISTED_SPEECH, s)]
    assert not differ, differ[:3]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([*sorted(sources.SPEECH_VERBS), "the", "Said", "SAYS", "officials",
                                           "told", "tolds", "re"]),
                          st.sampled_from(["", " ", "\n", ",", "-", "’s ", "d "])), min_size=1, max_size=10))
def test_the_speech_verb_trie_agrees_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert _verbs(said_by._SPEECH, text) == _verbs(_LISTED_SPEECH, text)


def test_the_attribution_pre_check_passes_every_attribution_of_our_articles() -> None:
    assert sum(bool(said_by.all_sources(s)) for s in SENTENCES) > 250
    differ = [s for s in SENTENCES if said_by.sources_in(s) != said_by.all_sources(s)]
    assert not differ, differ[:3]


_SOURCE_WORDS = ["city", "cited", "CITED", "as", "saying", "according", "to", "officials", "said", "the",
                 "ministry", "put", "toll", "at", "40", "accused", "them", "of", "killing", "estimates",
                 "by", "UN", "tallied", "Reuters", "ſaid", "accordİng", "İn", "cities", "tracking", "deaths",
                 "He", "told", "reporters", "“", "”", "police"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SOURCE_WORDS), st.sampled_from([" ", "  ", ", ", ". ", "\n"])),
                min_size=1, max_size=14))
@example([("accordİng", " "), ("to", " "), ("officials", " ")])  # found by hypothesis once
def test_the_attribution_pre_check_agrees_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert said_by.sources_in(text) == said_by.all_sources(text)
