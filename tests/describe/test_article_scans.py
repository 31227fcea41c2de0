"""The article-wide scans of the describe stage find what the plain scans find: the name
runs with their capital first (`names.NAME_RUN`), and the dateline tried at line starts only
(`gazetteer._line_matches`), on our articles and on generated text."""

from __future__ import annotations

from collections.abc import Iterable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stats.describe import gazetteer, names
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
_PLAIN_RUN = regex.compile(names.NAME_RUN.pattern.removeprefix(r"(?=\p{Lu})"))
_PLAIN_WRAPPED_RUN = regex.compile(names.WRAPPED_NAME_RUN.pattern.removeprefix(r"(?=\p{Lu})"))
_PIECES = ["GOMA", "KABUL", ", DR Congo", " (AFP)", " — ", " - ", "-", "\n", "\r\n", "\n\n", " ", "Mr. ",
           "Ali", "U.S.", "of", " the ", "words", "Herat Province", "said", "\u2028", "É", "é"]


def _spans(matches: Iterable[regex.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _datelines(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return (_spans(gazetteer._line_matches(gazetteer._DATELINE, text)),
            _spans(gazetteer._DATELINE.finditer(text)))


def test_the_scans_agree_on_our_articles() -> None:
    assert len(TEXTS) > 60
    for text in TEXTS:
        assert _spans(names.NAME_RUN.finditer(text)) == _spans(_PLAIN_RUN.finditer(text))
        assert _spans(names.WRAPPED_NAME_RUN.finditer(text)) == _spans(_PLAIN_WRAPPED_RUN.finditer(text))
        found, plain = _datelines(text[:3000])
        assert found == plain


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_the_scans_agree_on_generated_text(text: str) -> None:
    assert _spans(names.NAME_RUN.finditer(text)) == _spans(_PLAIN_RUN.finditer(text))
    found, plain = _datelines(text)
    assert found == plain
