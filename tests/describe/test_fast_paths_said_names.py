"""The shortcuts of reading sources and names give what the long way gives: the token
pattern reads a word's closing dot before looking back at what it closes; an article is
read as an interview only when it holds two sentences ending with a question mark; whether
a source is a proper name is read from its tokens' texts (split at spaces when it is words
of letters); a name's initials are looked for in capitals only where `str.find` finds them;
an ASCII sentence is looked at for line breaks with `in`, and is never scanned for letters
that case-fold oddly (it holds none).
Each is checked against the long way on our articles and on generated text."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stats.describe import interview, names, provenance, said_by
from stats.describe.contexts import one_line
from stats.lexicon.compiled import ODD_FOLDING
from stats.text.sentences import ONE_LINE, split_sentences
from tests.conftest import ROOT, SEEDS

TEXTS = [p.read_text(encoding="utf-8") for folder in (SEEDS, ROOT / "tests" / "data" / "articles",
                                                       ROOT / "tests" / "data" / "bench")
         for p in sorted(folder.glob("*.txt"))]
SENTENCES = [one_line(s.raw) for text in TEXTS for s in split_sentences(text)]

# The token pattern as it was: each look back before the dot it closes.
_TOKEN_LONG_WAY = regex.compile(
    r"\p{L}[\p{L}\p{M}\p{N}.\-]*(?:['’](?!s\b)\p{L}[\p{L}\p{M}.\-]*)*(?<![.-])"
    r"(?:(?<=\.\p{L})\.|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Rep|Sen|Gov|Jr|Sr|St|Prof|Rev|Maj|"
    r"Brig|Adm))\.|['’](?<=s.)(?=[ \t]+\p{Lu}))?"
    r"|\p{N}[\p{N},.]*|['’]s\b|[^\s\p{L}\p{N}]"
)


def _tokens_long_way(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int, str]]:
    stop = len(text) if end is None else end
    return [(m.group(), m.start(), m.end(), m.group().lower())
            for m in _TOKEN_LONG_WAY.finditer(text, start, stop)]


def test_tokens_are_those_of_the_look_behind_pattern_in_our_articles() -> None:
    dotted = 0
    for s in SENTENCES:
        found = names.tokens(s)
        assert found == _tokens_long_way(s), s
        dotted += any(t.text.endswith(".") for t in found)
    assert dotted > 50  # ("U.S.", "Mr.", "Dr.": the dots the look backs read)


_TOKEN_PARTS = ["U.S.", "Mr.", "Mrs", "Dr", "St.", "Jr.", "A.", "a.", "e.g.", "Gen", "x", "Xy", "U.S", ".",
                "..", "-", "O'Brien", "it’s", "Reuters’s", "’s", "'s", "s", "5.", "3,000", "é", "\u0301", "İ",
                "ſ", "Brig.", "Adm", "AdmX.", "Farmers'", "Farmers’", "Union"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TOKEN_PARTS), st.sampled_from(["", " ", ".", "-", "\n", ", "])),
                max_size=12), st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=6))
def test_tokens_agree_on_generated_text(parts: list[tuple[str, str]], cut_start: int, cut_end: int) -> None:
    text = "".join(part + gap for part, gap in parts)
    assert names.tokens(text) == _tokens_long_way(text)
    end = max(0, len(text) - cut_end)
    assert names.tokens(text, cut_start, end) == _tokens_long_way(text, cut_start, end)


def _answers(text: str, long_way: bool) -> dict[int, str]:
    article = provenance.Article(text, [s for s in split_sentences(text) if not s.furniture])
    with pytest.MonkeyPatch.context() as patched:
        if long_way:
            patched.setattr(interview, "_may_ask", lambda contexts: True)
        return interview.answers(article.contexts)


_INTERVIEWS = [
    "Title\n\nWe spoke to Thandiwe Moyo about it.\n\nHow bad is it?\n\nWe expect 40 percent.\n\n"
    "Is help arriving?\n\nSome 3,000 tonnes are on the way.\n",
    "Title\n\nI talked with Rafael Ortega in Valencia.\n\nQ: How many ships?\n\nA: Eighteen.\n\n"
    "Q: How long?\n\nA: A week.\n",
]


def test_an_interview_is_read_where_every_question_can_be_in_our_articles() -> None:
    texts = [*TEXTS, *_INTERVIEWS]
    assert sum(bool(_answers(t, long_way=True)) for t in texts) >= 2
    differ = [t[:60] for t in texts if _answers(t, long_way=False) != _answers(t, long_way=True)]
    assert not differ, differ


_QA_PARTS = ["We spoke to Nirmala Perera about it.", "How big was the win?", "Why?", "“Why?”", "Was it? ",
             "The NPP took 151 seats.", "Is it over? Yes.", "Q: Now?", "A: 40 people.", "What? Where?"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_QA_PARTS), st.sampled_from(["\n\n", "\n\n", " ", "\n"])),
                max_size=10))
@example([(_QA_PARTS[0], "\n\n"), (_QA_PARTS[1], "\n\n"), (_QA_PARTS[5], "\n\n"), (_QA_PARTS[3], "\n\n"),
          (_QA_PARTS[8], "\n\n")])
def test_an_interview_is_read_alike_in_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "Title\n\n" + "".join(part + gap for part, gap in parts)
    assert _answers(text, long_way=False) == _answers(text, long_way=True)


def _proper_long_way(text: str) -> bool:
    return names.is_proper(names.tokens(text))


def test_a_proper_name_is_read_alike_in_our_articles() -> None:
    texts = [src.text for s in SENTENCES for src in said_by.sources_in(s)]
    texts += [m.group() for text in TEXTS for m in names.NAME_RUN.finditer(text)]
    texts += [s[i : i + 25] for s in SENTENCES for i in range(0, len(s), 17)]
    assert sum(map(names.is_proper_text, texts)) > 300
    differ = [t for t in texts if names.is_proper_text(t) != _proper_long_way(t)]
    assert not differ, differ[:3]


_NAME_PARTS = ["", "Abdul", "Wahid", "of", "Of", "al", "al-Assad", "O'Brien", "McDonald’s", "3rd", "U.S.",
               "ministry", "É", "é", "e\u0301", "İbrahim", "ǅ", "Ⓐ", "(ONS)", "-", "’s", "x2", "Ⅳ"]
_NAME_GAPS = [" ", "  ", "\t", "\n", "\u00a0", ", "]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAME_PARTS), st.sampled_from(_NAME_GAPS)), min_size=1, max_size=8))
def test_a_proper_name_is_read_alike_in_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(part + gap for part, gap in parts)
    assert names.is_proper_text(text) == _proper_long_way(text)


def _capitals_long_way(text: str) -> set[str]:
    return set(regex.findall(r"\b\p{Lu}{2,7}\b", text))


def test_initials_in_capitals_are_those_of_all_capitals_in_our_articles() -> None:
    asked = 0
    for text in TEXTS:
        index, capitals = names.NameIndex(text), _capitals_long_way(text)
        words = set(regex.findall(r"\p{Lu}{2,8}", text)) | {"UN", "ONS", "WHO", "XYZ"}
        asked += len(words & capitals)
        assert {w for w in words if index._in_capitals(w)} == words & capitals, text[:60]
    assert asked > 100


_CAPITAL_PARTS = ["ONS", "XONS", "ONSX", "ONS\u0301", "İONS", "ONSONS", "ons", "UN", "UNHCR", "ABCDEFGH", "Ⓐ",
                  "_ONS"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CAPITAL_PARTS), st.sampled_from([" ", "", "-", ".", "\n"])),
                min_size=1, max_size=8), st.sampled_from(_CAPITAL_PARTS))
def test_initials_in_capitals_agree_on_generated_text(parts: list[tuple[str, str]], word: str) -> None:
    text = "".join(part + gap for part, gap in parts)
    assert names.NameIndex(text)._in_capitals(word) == (word in _capitals_long_way(text))


def test_no_ascii_letter_folds_oddly() -> None:
    """What the ASCII shortcut before each `ODD_FOLDING` search assumes."""
    assert not any(ODD_FOLDING.search(chr(c)) for c in range(128))
    assert ODD_FOLDING.search("ſ")
    assert ODD_FOLDING.search("İ")


def test_one_line_is_the_translation_in_our_articles() -> None:
    pieces = [s.raw for text in TEXTS for s in split_sentences(text)] + TEXTS
    assert sum(one_line(p) != p for p in pieces) > 20  # (some do break lines)
    assert all(one_line(p) == p.translate(ONE_LINE) for p in pieces)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["a", "B c", " ", "’", "é", "\u2028", "\u2029", "\ufeff", "\x85", "\n",
                                 "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\t", "\u00a0"]),
                max_size=12))
def test_one_line_is_the_translation_of_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert one_line(text) == text.translate(ONE_LINE)
