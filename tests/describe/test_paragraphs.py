"""Where an article's paragraphs break: at blank lines, or at every line break in a text that
writes one paragraph per line. Provenance reads a quote's speaker, a scene and a lead's time
within a paragraph, so a text's style must not change what counts as one."""

from __future__ import annotations

import pytest

from stats.describe.contexts import ArticleIndex
from stats.extract import extract

LEAD = ("A ferry capsized on Lake Kivu on Friday near the port of Goma, local officials said, and "
        "divers searched the water all night.")
WRAPPED = ("The ferry, which local officials said was carrying far more passengers than it was built\n"
           "for, capsized on Lake Kivu on Friday near the port of Goma after a storm broke over\n"
           "the lake in the early afternoon, and divers searched the water all night for the\n"
           "missing while relatives waited on the shore for any news of them\n")

STYLES = [
    # (text, one paragraph per line?)
    (f"Storms lash Kivu\n\n{LEAD}\nIn Bukavu, 30 houses were destroyed.\nThe boat carried 200 people.", True),
    (f"{LEAD}\nIn Bukavu, 30 houses were destroyed.\nThe boat carried 200 people.", True),
    (f"Storms lash Kivu\nBy A. Writer\n\n{LEAD}\n\nIn Bukavu, 30 houses were destroyed.\n", False),
    (f"Storms lash Kivu\n\n{WRAPPED}", False),
    # a headline and a by-line set apart by blank lines, then one paragraph per line
    (f"Storms lash Kivu\n\nBy A. Writer\n\n{LEAD}\nIn Bukavu, 30 houses fell.\nThe boat sank.", True),
    # paragraphs between blank lines, with a list and time stamps on lines of their own
    (f"Kivu live\n\n17:40\n{LEAD}\n\n16:55\n- 30 houses fell.\n- 12 fell.\n\n15:20\nRain.\n\nEnd.", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "per_line"), STYLES)
def test_lines_are_paragraphs_when_no_blank_line_parts_them(text: str, per_line: bool) -> None:
    index = ArticleIndex(text)
    assert index.lines_are_paragraphs is per_line
    breaks = index.paragraph_breaks(text)
    expected = ([i for i, c in enumerate(text) if c == "\n" and text[i - 1 : i] != "\n"
                 and not text[i + 1 : i + 2].islower()] if per_line else None)
    if expected is not None:
        assert breaks == expected
    else:
        assert all(text[b] == "\n" and text[b + 1:].lstrip(" \t\r")[:1] == "\n" for b in breaks)


def _place_of(text: str, span: str) -> str | None:
    return next(f.place for f in extract(text) if f.span == span)


def test_a_line_ends_the_scene_of_a_text_written_one_paragraph_per_line() -> None:
    body = "In Bukavu, 30 houses were destroyed.\nThe boat carried 200 people."
    per_line = f"Storms lash Kivu\n\n{LEAD}\n{body}"
    assert _place_of(per_line, "30") == "Bukavu"
    assert _place_of(per_line, "200") is None  # another paragraph: Bukavu's scene is not carried
    # The same two sentences in one paragraph of a text that parts paragraphs by blank lines.
    blank = f"Storms lash Kivu\n\n{LEAD}\n\n{body}\n\nEnd."
    assert _place_of(blank, "200") == "Bukavu"


def test_a_line_that_runs_on_is_no_paragraph_of_its_own() -> None:
    """A line ending in a colon introduces what follows ("told reporters on Tuesday:" and the
    quote); a line the next one continues in lower case is a wrap the width test missed."""
    quoted = ("Sudan army retakes Wad Madani\nThe army spokesman, Brigadier Nabil Abdallah, told reporters "
              "in Port Sudan on Tuesday:\n\"We have killed 40 fighters and lost 12 of our soldiers.\"")
    assert [(f.said_by, f.period) for f in extract(quoted)] == [("Nabil Abdallah", "on Tuesday")] * 2
    wrapped = (f"Storms lash Kivu\n\n{LEAD}\nIn Bukavu, the storm tore the roofs off the market and "
               "destroyed 30\nhouses. The wind also knocked down 12 pylons.\nDivers searched all night.")
    assert ArticleIndex(wrapped).lines_are_paragraphs
    assert _place_of(wrapped, "12") == "Bukavu"


def test_a_part_reads_paragraphs_in_the_whole_articles_style() -> None:
    """A part of a long article (see `extract_parts`) breaks paragraphs as the whole does,
    though the part alone would look written in the other style."""
    from stats.describe.provenance import Article
    from stats.text.sentences import split_sentences

    lines = [f"In town {i}, {i + 2} houses were destroyed." for i in range(12)]
    part = "A note.\n\n" + "\n".join(lines[:2])
    whole = "\n".join(lines[2:]) + "\n" + part
    assert ArticleIndex(whole).lines_are_paragraphs
    assert not ArticleIndex(part).lines_are_paragraphs
    in_whole = Article(part, split_sentences(part), whole=ArticleIndex(whole))
    assert [c.paragraph for c in in_whole.contexts] == [0, 1, 2]
    alone = Article(part, split_sentences(part))
    assert [c.paragraph for c in alone.contexts] == [0, 1, 1]
