"""The clause helpers' shortcut gives what the long way gives: a sentence whose words hold no
contrast word and no semicolon is not scanned for contrasts, and must have none (checked on
our articles' sentences and on generated text, with the contrast words in any case, glued to
punctuation, and letters with odd case folding)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.describe import clauses
from stats.text.sentences import ONE_LINE, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [s.raw.translate(ONE_LINE) for text in TEXTS for s in split_sentences(text)]

_WORDS = ["though", "although", "but", "while", "whereas", "however", "with", "having", "taken", "fighters",
          "Whereaſ", "WITH", "butter", "Withal", "people", "said", "5", "killed", "ﬁfty", "K"]
_GAPS = [" ", ", ", "; ", ",", "\u00a0", "-", "’", "\t", ""]
_CASE = [str, str.upper, str.title, str.lower]


def _long_way(sentence: str) -> list[int]:
    return [m.end() for m in clauses._CONTRASTS.finditer(sentence)]


def test_contrasts_found_as_the_full_scan_finds_them() -> None:
    assert len(SENTENCES) > 800
    differ = [s for s in SENTENCES if clauses._contrast_ends(s) != _long_way(s)]
    assert not differ, differ[:3]
    assert clauses._contrast_ends("Prices rose, though wages fell.") == [19]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_CASE), st.sampled_from(_GAPS)),
                min_size=1, max_size=12))
def test_contrasts_agree_on_generated_text(parts: list[tuple[str, Callable[[str], str], str]]) -> None:
    text = "".join(case(word) + gap for word, case, gap in parts)
    assert clauses._contrast_ends(text) == _long_way(text)
