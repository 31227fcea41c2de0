"""The article-wide scans of the describe stage find what the plain scans find: the name
runs with their capital first and their words' letters possessive (`names.NAME_RUN`), and
the dateline tried at line starts only (`gazetteer._dateline_matches`), on our articles and
on generated text."""

from __future__ import annotations

from collections.abc import Iterable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats.describe import gazetteer, names
from stats.lexicon import sources
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]


def _plain(pattern: regex.Pattern[str], **lists: list[str]) -> regex.Pattern[str]:
    """The scan without its lookahead for a capital, its words' letters backtracking."""
    plain = pattern.pattern.removeprefix(r"(?=\p{Lu})").replace("*+", "*")
    return regex.compile(plain, pattern.flags, **lists)


_PLAIN_RUN, _PLAIN_WRAPPED_RUN = _plain(names.NAME_RUN), _plain(names.WRAPPED_NAME_RUN)
_PLAIN_ACRONYM = _plain(names.DEFINED_ACRONYM, end=sources.NAME_END_NOUNS)
_PIECES = ["GOMA", "KABUL", ", DR Congo", " (AFP)", " — ", " - ", "-", "\n", "\r\n", "\n\n", " ", "Mr. ",
           "Ali", "U.S.", "of", " the ", "words", "Herat Province", "said", "\u2028", "É", "é", "O'Brien",
           "Qala-e-Naw", "’s", "'s", "e\u0301", "\t", " (ONS)", "Office for National Statistics",
           " (TurkStat)", " on ", " project"]


def _spans(matches: Iterable[regex.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _datelines(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return (_spans(gazetteer._dateline_matches(text)),
            _spans(gazetteer._DATELINE.finditer(text)))


def test_the_scans_agree_on_our_articles() -> None:
    assert len(TEXTS) > 60
    assert "*+" in names.NAME_RUN.pattern
    assert "*+" not in _PLAIN_RUN.pattern
    for text in TEXTS:
        assert _spans(names.NAME_RUN.finditer(text)) == _spans(_PLAIN_RUN.finditer(text))
        assert _spans(names.WRAPPED_NAME_RUN.finditer(text)) == _spans(_PLAIN_WRAPPED_RUN.finditer(text))
        assert _spans(names.DEFINED_ACRONYM.finditer(text)) == _spans(_PLAIN_ACRONYM.finditer(text))
        found, plain = _datelines(text[:3000])
        assert found == plain


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_the_scans_agree_on_generated_text(text: str) -> None:
    assert _spans(names.NAME_RUN.finditer(text)) == _spans(_PLAIN_RUN.finditer(text))
    assert _spans(names.WRAPPED_NAME_RUN.finditer(text)) == _spans(_PLAIN_WRAPPED_RUN.finditer(text))
    assert _spans(names.DEFINED_ACRONYM.finditer(text)) == _spans(_PLAIN_ACRONYM.finditer(text))
    found, plain = _datelines(text)
    assert found == plain
