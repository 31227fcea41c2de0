"""Reading a short window first is only a shortcut: at every word of our articles, the noun
phrase before it is the same as when read from the full window."""

from __future__ import annotations

import regex

from stats.describe import names
from stats.text.sentences import ONE_LINE, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles")
         for p in sorted(folder.glob("*.txt"))]


def test_noun_phrase_before_reads_the_same_from_a_short_window() -> None:
    checked, differ = 0, []
    for text in TEXTS:
        for sentence in split_sentences(text):
            raw = sentence.raw.translate(ONE_LINE)
            for word in regex.finditer(r"(?<=\s)\S", raw):
                full, _ = names._walk_back(names.tokens_before(raw, word.start()), 7)
                checked += 1
                if names.noun_phrase_before(raw, word.start()) != full:
                    differ.append((raw, word.start()))
    assert checked > 10_000
    assert not differ, differ[:3]
