"""Sentence splitting (stats.text.sentences), tested directly rather than through `extract()`.

The cases are data: an article text and the sentences it must give, in order. Every case
also checks the module's promise that offsets index the text as given
(`text[s.start:s.end] == s.raw`).
"""

from __future__ import annotations

import itertools
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stats.text.sentences import MAX_SENTENCE, WINDOW, Sentence, after, before, collapse, split_sentences


def check_offsets(text: str, sentences: list[Sentence]) -> None:
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.raw
        assert sentence.raw
        assert sentence.raw == sentence.raw.strip()
    for first, second in itertools.pairwise(sentences):
        assert first.end <= second.start


def split(text: str) -> list[Sentence]:
    sentences = split_sentences(text)
    check_offsets(text, sentences)
    return sentences


PARAGRAPH = ("At least 5 troops were killed on Tuesday when a convoy was ambushed near the border town "
             "of Spin Boldak, officials said. The Taliban said they had taken 12 districts in the past "
             "week and that Kandahar was surrounded on three sides.")
# Over 40 characters and no stop at the end: the next line may run on.
LONG = "At least 5 troops were killed on Tuesday near the border town, officials"
PARAGRAPH_SENTENCES = [
    "At least 5 troops were killed on Tuesday when a convoy was ambushed near the border town of Spin "
    "Boldak, officials said.",
    "The Taliban said they had taken 12 districts in the past week and that Kandahar was surrounded on "
    "three sides.",
]

# (text, the sentences as collapsed text): where a text is cut, and where it is not.
SPLITS = [
    pytest.param("", [], id="empty"),
    pytest.param(" \n\t\r\n ", [], id="only whitespace"),
    pytest.param("Five died. Six fled.", ["Five died.", "Six fled."], id="two sentences"),
    pytest.param("Why? Because 5 died... And 6 more!", ["Why?", "Because 5 died...", "And 6 more!"],
                 id="question, ellipsis, exclamation"),
    pytest.param("Really?! Yes.", ["Really?!", "Yes."], id="stacked stops"),
    pytest.param("Gen. Austin Miller said 5 troops died. The U.S. sent 600 more.",
                 ["Gen. Austin Miller said 5 troops died.", "The U.S. sent 600 more."], id="Gen. and U.S."),
    pytest.param("The U.S. Army said 5 died. J. Smith agreed.",
                 ["The U.S. Army said 5 died.", "J. Smith agreed."], id="U.S. before a capital, an initial"),
    pytest.param("Sen. Smith and Lt. Col. Jones met 5 envoys at St. Paul's. They left.",
                 ["Sen. Smith and Lt. Col. Jones met 5 envoys at St. Paul's.", "They left."],
                 id="titles"),
    pytest.param("No. 5 was hit. Mr. Smith said so.", ["No. 5 was hit.", "Mr. Smith said so."],
                 id="No. and Mr."),
    pytest.param("The U.N. said so. It cost $5.5bn. Then it fell.",
                 ["The U.N. said so.", "It cost $5.5bn.", "Then it fell."],
                 id="dotted abbreviation, decimal"),
    pytest.param("It was 5 p.m. Monday when 3 died.", ["It was 5 p.m. Monday when 3 died."], id="p.m."),
    pytest.param("John F. Kennedy said 5. Then 6.", ["John F. Kennedy said 5.", "Then 6."],
                 id="middle initial"),
    pytest.param("Prices rose (by 5%). Then fell.", ["Prices rose (by 5%).", "Then fell."],
                 id="closing parenthesis"),
    pytest.param('"We lost 20 men." Officials said 30 fled.',
                 ['"We lost 20 men."', "Officials said 30 fled."],
                 id="straight quote closes a sentence"),
    pytest.param("He said \u201cwe lost 20 men.\u201d Officials said 30 fled.",
                 ["He said \u201cwe lost 20 men.\u201d", "Officials said 30 fled."],
                 id="curly quote closes a sentence"),
    pytest.param("It fell. \u201cWe ran,\u201d she said.", ["It fell.", "\u201cWe ran,\u201d she said."],
                 id="a quote opens the next sentence"),
    pytest.param("It fell. 5 died.", ["It fell.", "5 died."], id="next sentence starts with a digit"),
    pytest.param("It fell. then 5 died.", ["It fell. then 5 died."], id="no cut before lower case"),
    pytest.param("It cost 5.5 million.", ["It cost 5.5 million."], id="no cut inside a decimal"),
    pytest.param("Blast kills 12 in Kabul\n\nAt least 12 people died.",
                 ["Blast kills 12 in Kabul", "At least 12 people died."], id="headline without a stop"),
    pytest.param("Short line\nnext line lower", ["Short line", "next line lower"],
                 id="a short line is its own paragraph"),
    pytest.param(LONG + "\nsaid, and 30 fled.",
                 [LONG + " said, and 30 fled."],
                 id="a long line running on in lower case is joined"),
    pytest.param(LONG + "\n\nsaid, and 30 fled.",
                 [LONG, "said, and 30 fled."],
                 id="a blank line is never joined over"),
    pytest.param(LONG + ".\nsaid 30 fled.",
                 [LONG + ".", "said 30 fled."],
                 id="a line ending in a stop is not joined"),
    pytest.param(textwrap.fill(PARAGRAPH, 72), PARAGRAPH_SENTENCES, id="hard-wrapped at 72"),
    pytest.param(textwrap.fill(PARAGRAPH, 60).replace("\n", "\r\n"), PARAGRAPH_SENTENCES,
                 id="hard-wrapped with CRLF"),
    pytest.param("First line.\r\nSecond line here.\r\n", ["First line.", "Second line here."], id="CRLF"),
    pytest.param("First line.\rSecond line.", ["First line.", "Second line."], id="bare CR"),
    pytest.param("The vote was 5 to 4.\u2028Next one here", ["The vote was 5 to 4.", "Next one here"],
                 id="line separator"),
    pytest.param("line one\x85line two", ["line one", "line two"], id="NEL"),
    pytest.param("- 5 troops killed\n* 6 wounded\n\u2022 7 missing\n2) 8 held",
                 ["5 troops killed", "6 wounded", "7 missing", "8 held"],
                 id="bullets are not in the sentence"),
    pytest.param("   Indented 5 died.   \n\n\n   Trailing 6 fled.   ",
                 ["Indented 5 died.", "Trailing 6 fled."],
                 id="leading and trailing blanks"),
    pytest.param("Qala-e-Naw fell on Friday, the eleventh provincial capital to fall in the past\nweek.",
                 ["Qala-e-Naw fell on Friday, the eleventh provincial capital to fall in the past week."],
                 id="hyphenated name then a wrapped line"),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split(text)] == expected


# (text, [(sentence, furniture?)]): lines of the page that are not reporting.
FURNITURE = [
    pytest.param("321 Interactions\nShare this\nAt least 5 died.",
                 [("321 Interactions", True), ("Share this", True), ("At least 5 died.", False)],
                 id="counters and share buttons"),
    pytest.param("1.2k shares\nAt least 5 died.", [("1.2k shares", True), ("At least 5 died.", False)],
                 id="abbreviated counter"),
    pytest.param("Updated 5 hours ago\nPublished: 23 July 2021\n\u00a9 2021 Example News\nImage: Reuters",
                 [("Updated 5 hours ago", True), ("Published: 23 July 2021", True),
                  ("\u00a9 2021 Example News", True), ("Image: Reuters", True)], id="chrome lines"),
    pytest.param("BREAKING NEWS FROM THE FRONT LINE\nAt least 5 died.",
                 [("BREAKING NEWS FROM THE FRONT LINE", True), ("At least 5 died.", False)],
                 id="shouting banner"),
    pytest.param("NATO said 5 died.", [("NATO said 5 died.", False)], id="an acronym is not shouting"),
    pytest.param("Also read:\nTaliban take Herat\nBiden defends withdrawal\n\nAt least 5 died.",
                 [("Also read:", True), ("Taliban take Herat", True), ("Biden defends withdrawal", True),
                  ("At least 5 died.", False)], id="links under a heading"),
    pytest.param("Related: Taliban take Herat\nAt least 5 died.",
                 [("Related: Taliban take Herat", True), ("At least 5 died.", False)],
                 id="heading with its link on the line"),
    pytest.param("Taliban advance on Kandahar city\nBody text here. More text.\n"
                 "Taliban advance on Kandahar city",
                 [("Taliban advance on Kandahar city", False), ("Body text here.", False),
                  ("More text.", False), ("Taliban advance on Kandahar city", True)],
                 id="a repeated headline"),
    pytest.param("Five died.\nFive died.", [("Five died.", False), ("Five died.", False)],
                 id="a short repeated line is kept"),
    pytest.param("Taliban advance on Kandahar city\ntaliban   advance on KANDAHAR city",
                 [("Taliban advance on Kandahar city", False), ("taliban advance on KANDAHAR city", True)],
                 id="repetition ignores case and spacing"),
    pytest.param("At least 5 people were killed and 30 were injured when a bomb exploded, officials said.",
                 [("At least 5 people were killed and 30 were injured when a bomb exploded, officials said.",
                   False)], id="a sentence is reporting"),
    pytest.param("Officials said the photo showed 5 dead.",
                 [("Officials said the photo showed 5 dead.", False)],
                 id="a sentence naming a furniture word is reporting"),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_furniture_is_flagged(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(s.text, s.furniture) for s in split(text)] == expected


def test_a_repeated_paragraph_is_furniture_after_its_first_showing() -> None:
    wrapped = textwrap.fill(PARAGRAPH, 72)
    sentences = split(wrapped + "\n\n" + wrapped)
    assert [s.furniture for s in sentences] == [False, False, True, True]


def test_sentence_text_collapses_its_raw_text() -> None:
    text = "At least 5 troops were killed on Tuesday near the border town, officials\n  said 30 fled."
    (sentence,) = split(text)
    assert "\n" in sentence.raw
    assert sentence.text == collapse(sentence.raw) == " ".join(sentence.raw.split())


@pytest.mark.parametrize(("text", "expected"), [
    ("", ""),
    ("  a \n\t b  ", "a b"),
    ("one\u00a0\u2009two", "one two"),
    ("Qala-e-\nNaw", "Qala-e-Naw"),
    ("Qala-e- \r\n  Naw", "Qala-e-Naw"),
    ("well -\nknown", "well - known"),  # a spaced dash is not a wrapped hyphen
    ("5-\n6", "5- 6"),  # between digits: not a word hyphenated across a line
    ("well-known", "well-known"),
])
def test_collapse(text: str, expected: str) -> None:
    assert collapse(text) == expected


@pytest.mark.parametrize(("position", "size", "after_text", "before_text"), [
    (0, 5, "01234", ""),
    (5, 3, "567", "234"),
    (8, 5, "89", "34567"),
    (10, 5, "", "56789"),
    (12, 5, "", "789"),  # past the end: what is there, no error
    (3, 0, "", ""),
])
def test_context_windows(position: int, size: int, after_text: str, before_text: str) -> None:
    text = "0123456789"
    assert after(text, position, size) == after_text
    assert before(text, position, size) == before_text


def test_context_windows_default_to_the_bounded_window() -> None:
    text = "x" * (3 * WINDOW)
    assert len(after(text, WINDOW)) == len(before(text, 2 * WINDOW)) == WINDOW


# --- properties over arbitrary text -------------------------------------------------------------

PROPERTIES = settings(deadline=None, derandomize=True, database=None, max_examples=400)
# Text built from the pieces that steer the splitter, and any text at all.
PIECES = st.sampled_from(["Gen.", "U.S.", "J.", "No.", "5", "1,200", "killed", "Officials", "said", " ", "  ",
                          "\n", "\n\n", "\r\n", "\r", "\u2028", "\x85", "\t", ".", "?", "!", "...", "\"",
                          "\u201d", "\u201c", "'", "(", ")", "- ", "* ", "1. ", "Also read:",
                          "321 Interactions", "BREAKING NEWS TODAY", "\u00a9", "a" * 45, "word-\n", "x"])
TEXTS = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=80).map("".join))


@PROPERTIES
@given(TEXTS)
def test_offsets_slice_back_and_sentences_are_ordered_and_disjoint(text: str) -> None:
    sentences = split_sentences(text)
    check_offsets(text, sentences)
    for sentence in sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.text == collapse(sentence.raw)


@PROPERTIES
@given(TEXTS)
def test_every_word_of_a_plain_text_is_in_a_sentence(text: str) -> None:
    """Splitting loses nothing but whitespace and bullets: outside the sentences there is no
    letter or digit except a bullet's number at a line start."""
    sentences = split_sentences(text)
    covered = bytearray(len(text))
    for sentence in sentences:
        covered[sentence.start:sentence.end] = b"\x01" * (sentence.end - sentence.start)
    for line_start, line in _physical_lines(text):
        stripped = line.lstrip(" \t")
        bullet_end = line_start + len(line) - len(stripped) + _bullet_length(stripped)
        for offset in range(bullet_end, line_start + len(line)):
            if text[offset].isalnum():
                assert covered[offset], (offset, text[offset], [s.raw for s in sentences])


def _physical_lines(text: str) -> list[tuple[int, str]]:
    lines, position = [], 0
    for raw in text.splitlines(keepends=True):
        lines.append((position, raw))
        position += len(raw)
    return lines


def _bullet_length(line: str) -> int:
    for width in (3, 2):
        head = line[:width]
        spaced = line[width:width + 1] in (" ", "\t")
        if len(head) == width and head[:-1].isdecimal() and head[-1] in ".)" and spaced:
            return width + len(line[width:]) - len(line[width:].lstrip(" \t"))
    if line[:1] in "-*•▪●·–—" and line[1:2] in (" ", "\t"):
        return 1 + len(line[1:]) - len(line[1:].lstrip(" \t"))
    return 0


@PROPERTIES
@given(st.text(max_size=300), st.integers(min_value=0, max_value=320),
       st.integers(min_value=0, max_value=150))
def test_context_windows_are_bounded_slices(text: str, position: int, size: int) -> None:
    right, left = after(text, position, size), before(text, position, size)
    assert len(right) <= size
    assert len(left) <= size
    assert text[:position].endswith(left)
    assert text[position:].startswith(right)


# --- over-long sentences (issue 13: a 48 KB text with no sentence end gave 321 MB of output) ----

def test_a_sentence_without_end_is_cut_into_bounded_pieces() -> None:
    text = "Officials said 5 troops were killed, and " * 1_200  # 48 KB, no full stop
    sentences = split(text)
    assert max(len(s.raw) for s in sentences) <= MAX_SENTENCE
    assert len(sentences) >= len(text) // MAX_SENTENCE
    assert all(s.raw.endswith(",") for s in sentences[:-1])  # at a clause break
    assert "".join(s.raw for s in sentences).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(("text", "cut_after"), [
    pytest.param("word " * 400, "word", id="at a space when no clause break"),
    pytest.param("x" * 2_500, "x", id="hard cut without any space"),
    pytest.param(("word " * 120 + "— ") * 10, "—", id="at a spaced dash"),
    pytest.param(("word " * 120 + "; ") * 10, ";", id="at a semicolon"),
])
def test_where_a_long_sentence_is_cut(text: str, cut_after: str) -> None:
    sentences = split(text)
    assert len(sentences) > 1
    assert all(len(s.raw) <= MAX_SENTENCE for s in sentences)
    assert all(s.raw.endswith(cut_after) for s in sentences[:-1])


def test_sentences_under_the_cap_are_not_cut() -> None:
    sentence = "At least 5 troops were killed, officials said, " * 20 + "and 30 were injured."
    assert len(sentence) < MAX_SENTENCE
    assert [s.raw for s in split(sentence + " Six fled.")] == [sentence, "Six fled."]


@PROPERTIES
@given(st.text(alphabet=" ,;—–x1\t\n", min_size=900, max_size=4_000))
def test_pieces_of_long_text_keep_exact_offsets(text: str) -> None:
    for sentence in split(text):
        assert len(sentence.raw) <= MAX_SENTENCE
