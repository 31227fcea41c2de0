"""The number cue is a pre-check only: wherever the atom pattern finds a number, the cue
must fire, or a figure would be lost without a trace."""

from __future__ import annotations

import json

import pytest

from stats.find import patterns
from stats.find.cues import has_number_cue, has_number_words
from stats.lexicon.compiled import compile_lists
from stats.text.sentences import split_sentences
from tests.conftest import ROOT, SEEDS, SHARED

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles")
         for p in sorted(folder.glob("*.txt"))]
CASES = [json.loads(line)["text"] for line in (ROOT / "tests" / "data" / "rule_cases.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentences() -> list[str]:
    sentences = [s.raw for text in TEXTS for s in split_sentences(text)] + CASES
    newsquant = SHARED / "data" / "newsquant" / "NewsQuant.json"
    if newsquant.is_file():
        sentences += [item["text"] for item in json.loads(newsquant.read_text(encoding="utf-8"))]
    return sentences


def test_the_cue_fires_wherever_a_number_is() -> None:
    sentences = _sentences()
    assert len(sentences) > 500
    missed = [s for s in sentences if patterns.NUMBER_ATOM.search(s) and not has_number_cue(s)]
    assert not missed, missed[:5]


@pytest.mark.parametrize("text", ["The council met on Tuesday.", "Nobody was hurt, police said."])
def test_the_cue_passes_over_sentences_without_numbers(text: str) -> None:
    assert not has_number_cue(text)
    assert patterns.NUMBER_ATOM.search(text) is None


def test_the_digit_scan_finds_what_the_full_scan_finds_without_number_words() -> None:
    """`DIGIT_ATOM` stands in for `NUMBER_ATOM` in sentences with no number word: there it
    must find the same matches, read by the same alternatives."""
    sentences = [s for s in _sentences() if not has_number_words(s)]
    assert len(sentences) > 300
    differ = [s for s in sentences
              if [(m.span(), m.lastgroup) for m in patterns.NUMBER_ATOM.finditer(s)]
              != [(m.span(), m.lastgroup) for m in patterns.DIGIT_ATOM.finditer(s)]]
    assert not differ, differ[:5]


@pytest.mark.parametrize(("text", "words"), [
    ("Seven people died.", True), ("Dozens fled.", True), ("It took a week.", True),
    ("A third of homes.", True), ("Rs 5,000 was paid.", False), ("In 2021, 40 died.", False),
    ("The weekly market.", False),
])
def test_number_words_are_told_from_digits(text: str, words: bool) -> None:
    assert has_number_words(text) is words


def test_the_atom_scan_starts_wherever_an_atom_can() -> None:
    """`NUMBER_ATOM` tries its alternatives only at digits, signs, currency letters and number
    words; at every other word start they cannot match. Checked against the same pattern
    tried at every word start, on real text."""
    everywhere = compile_lists(rf"(?= (?<![\w]) [\p{{Nd}}\p{{L}}] | [.\-−{patterns._SIGN_STARTS}] ) "
                               rf"{patterns._ATOM_BODY}", 0, **patterns._ATOM_LISTS)
    differ = [s for s in _sentences()
              if [(m.span(), m.lastgroup) for m in patterns.NUMBER_ATOM.finditer(s)]
              != [(m.span(), m.lastgroup) for m in everywhere.finditer(s)]]
    assert not differ, differ[:5]
