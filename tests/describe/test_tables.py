"""A figure in a row of a plain-text table takes its column's header as its subject
(`stats.describe.tables`); bars elsewhere (a by-line's, a page's share counts) change nothing."""

from __future__ import annotations

import pytest

from stats import extract
from stats.describe.tables import MAX_LINE, MAX_ROWS, column_header, spaced_column_header


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(f.span, f.subject) for f in extract(text, doc="t.txt")]


@pytest.mark.parametrize(("text", "expected"), [
    ("How the parties fared:\n\nParty | Seats | Share\nUnity Bloc | 24 | 22.1%\nOthers | 0 | 7.0%\n",
     [("24", "Seats"), ("22.1%", "Share"), ("0", "Seats"), ("7.0%", "Share")]),
    # Markdown, with its rule under the header.
    ("Results by district:\n\n| District | Deaths | Missing |\n|---|---:|---:|\n| Nsanje | 12 | 4 |\n"
     "| Chikwawa | 7 | 2 |\n",
     [("12", "Deaths"), ("4", "Missing"), ("7", "Deaths"), ("2", "Missing")]),
])
def test_a_row_takes_its_columns_header(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A line of bars with figures but no header line above it: the figures keep their nouns.
    ("By Funmi Adeyemi\nPublished 8:15 AM | 1,204 shares | Comments (37)\n\nA fire destroyed 300 shops.",
     [("300", "shops")]),  # (share counts are page furniture: no figures)
    # Prose with bars in it: a cell with words besides the figure is no table cell.
    ("World | Asia\nQuake kills 40 people in Sulawesi | Rescuers search rubble for 12 missing\n",
     [("40", "people"), ("12", "people")]),
    # A table whose top line holds numbers has no header.
    ("2024 | 12 deaths | 4 missing\n2025 | 9 deaths | 2 missing\n",
     [("12", "deaths"), ("4", "missing"), ("9", "deaths"), ("2", "missing")]),
])
def test_bars_without_a_header_change_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _subjects(text) == expected


def test_the_header_is_found_up_to_max_rows_above() -> None:
    rows = "".join(f"Ward {i} | {i + 10}\n" for i in range(MAX_ROWS + 5))
    text = "Ward | Voters\n" + rows
    first = text.index("| 10\n") + 2
    last = text.rindex("| ") + 2
    assert column_header(text, first, first + 2) == "Voters"
    assert column_header(text, last, last + 3) == ""  # (too far below its header: the walk is bounded)


def test_a_cell_with_no_header_cell_over_it() -> None:
    text = "Party | Seats\nUnity Bloc | 24 | 22.1%\n"
    at = text.index("22.1")
    assert column_header(text, at, at + 5) == ""  # three cells under two: no table


def test_a_long_line_is_no_row() -> None:
    """A line longer than MAX_LINE is prose with bars, and is not read as a row (nor split
    for each of its figures: the cost stays linear)."""
    row = " | ".join(str(n) for n in range(MAX_LINE))
    text = "A | B\n" + row + "\n"
    at = text.index("| 7 |") + 2
    assert column_header(text, at, at + 1) == ""
    short = "A | B\n5 | 7\n"
    assert column_header(short, short.index("7"), short.index("7") + 1) == "B"


SPACED = """Table 1: Confirmed cases and deaths by state
State Confirmed Deaths CFR (%)
Ondo 112 19 17.0
Others (12 states) 85 17 20.0
Total 341 63 18.5
"""


def test_a_spaced_table_gives_each_number_its_column() -> None:
    found = {(f.span, f.sentence_start): f.subject for f in extract(SPACED, doc="t.txt")}
    subjects = [subject for (span, _), subject in sorted(found.items(), key=lambda kv: kv[0][1])]
    assert subjects.count("Deaths") == 3
    assert subjects.count("CFR (%)") == 3
    assert subjects.count("Confirmed") == 3
    by_span = {f.span: f for f in extract(SPACED, doc="t.txt")}
    assert by_span["63"].category.value == "killed"


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("State Confirmed Deaths CFR (%)\nOndo 112 19 17.0\n", "19", "Deaths"),
    ("Region Cases Deaths\nOthers (12 states) 85 17\n", "17", "Deaths"),
    # a number inside the row's label is no column's
    ("Region Cases Deaths\nOthers (12 states) 85 17\n", "12", ""),
    # a header with several words to a column names none
    ("State Confirmed cases Deaths\nOndo 112 19\nEdo 87 14\n", "19", ""),
    # no header line of words above the rows
    ("Home side 2 0\nAway side 1 3\n", "3", ""),
    # a title in prose words is no header
    ("Election results\nUnity Bloc 24 22\n", "22", ""),
    ("Weekly price changes\nRice per kg 52 55\n", "55", ""),
    # one number at a line's end is prose, no row
    ("State Deaths\nOndo lost 19\n", "19", ""),
])
def test_spaced_column_header(text: str, number: str, expected: str) -> None:
    row = text.index("\n") + 1
    at = text.index(f" {number}", row) + 1 if number != "12" else text.index(number, row)
    assert spaced_column_header(text, at, at + len(number)) == expected
