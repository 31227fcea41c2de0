"""`known_places` scans a plain text (no character outside ASCII that is a word character, a
letter or a mark) for its capitalised runs with `re` in place of `regex`: the runs are
`LONE_NAME`'s, on our articles and on generated text (capitals and letters in and out of
ASCII, apostrophes and possessives, joining words, tabs and line breaks, the text's ends)."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import gazetteer, plain
from stats.describe.place import LONE_NAME
from tests.describe.test_fast_paths_place import TEXTS


def _spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return ([m.span() for m in gazetteer._PLAIN_LONE_NAME.finditer(text)],
            [m.span() for m in LONE_NAME.finditer(text)])


def _plain_long(text: str) -> bool:
    return not any(regex.match(r"[\w\p{L}\p{M}]", ch) for ch in text if not ch.isascii())


def test_runs_are_lone_names_on_our_articles() -> None:
    pattern = gazetteer._PLAIN_LONE_NAME.pattern  # every class and boundary written in ASCII
    assert "\\p" not in pattern
    assert "\\b" not in pattern
    plains = [text for text in TEXTS if plain.plain(text)]
    assert len(plains) > 50
    assert any(not text.isascii() for text in plains)  # curly quotes and dashes
    assert all(plain.plain(text) == _plain_long(text) for text in TEXTS)
    differ = [text[:60] for text in plains if _spans(text)[0] != _spans(text)[1]]
    assert not differ, differ[:3]


_WORDS = ["Kabul", "Herat", "of", "de", "los", "O’Brien", "O'Neil", "Cox’s", "Cox's", "Bazar", "Al-Shabaab",
          "iPhone", "McDonald", "s", "’s", "'s", "UN", "X", "the", "Señora", "É", "ŝ", "é", "Ǆ", "a\u0301",
          "5", "s_", "S2", "“", "”", "—", "²", "ſ", "İ"]
_GAPS = [" ", "  ", "\t", "\n", "", ",", ".", "’", "'", "-", "\u00a0", "_", " of ", " de la "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), min_size=1, max_size=12))
@example([("Cox’s", " "), ("Bazar", "")])
@example([("O’Brien", "’"), ("s", "")])
def test_runs_agree_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert plain.plain(text) == _plain_long(text)
    if plain.plain(text):
        plain_spans, spans = _spans(text)
        assert plain_spans == spans
