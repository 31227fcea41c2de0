"""Plain-text tables: a figure in a row of one takes its column's header as what it counts.

Election results, budgets and situation reports often carry a small table written with
bars ("Party | Seats | Share" over "Unity Bloc | 24 | 22.1%", or Markdown's "| a | b |" with
a "|---|---|" rule under the header). A row names its line ("Unity Bloc") and not what its
numbers count, which only the header says: 24 counts seats. A table is the run of lines with
as many cells as the row; its header is the run's first line when that line holds no digit.

A table a PDF flattened into text has no bars: "State Confirmed Deaths CFR (%)" over "Ondo 112
19 17.0". A row there is a label and two numbers or more at the line's end; the table is the
run of such rows with as many numbers; its header is the line above the run when it holds no
digit and has one word per number (and perhaps one for the labels), a bracket going with the
word before it ("CFR (%)"), and each word capitalised (a title such as "Election results" is
no header). A header of several words to a column cannot be told apart, so it names none.
"""

from __future__ import annotations

from typing import Final

from stats.lexicon.pattern_cache import compile_regex
from stats.text.patterns import DIGIT

MAX_ROWS: Final = 100  # rows looked up through for the header (a longer table's lower rows get none)
MAX_LINE: Final = 400  # characters: a longer line is prose with bars in it, not a table row
_NUMBER_TOKEN: Final = compile_regex(r"[-+]?\d[\d,.]*%?")
_TOKEN: Final = compile_regex(r"\S+")
_RULE: Final = compile_regex(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # "|---|:--:|"


def column_header(text: str, position: int, end_of_figure: int) -> str:
    """The header of the column holding the figure at [`position`, `end_of_figure`) of `text`
    when that is a cell of its own in a table row ("Seats" for the 24 of "Unity Bloc | 24 |
    22.1%" under "Party | Seats | Share"), else "": a cell with words besides the figure
    ("Quake kills 40 people | ...") is prose, whatever bars stand around it."""
    start = text.rfind("\n", max(0, position - MAX_LINE), position) + 1
    end = _line_end(text, position)
    if (start == 0 and position > MAX_LINE) or end - start > MAX_LINE:
        return ""
    cells = _cells(text[start:end])
    if len(cells) < 2 or _words_beside(text, position, end_of_figure, start, end):
        return ""
    column = text.count("|", start, position) - text[start:end].lstrip().startswith("|")
    header = _header_above(text, start, len(cells))
    if header is None or column >= len(header):
        return ""
    cell = header[column].strip()
    return cell if any(ch.isalpha() for ch in cell) else ""


def _header_above(text: str, row_start: int, width: int) -> list[str] | None:
    """The first line of the run of lines of `width` cells that ends above the row, when
    it holds no digit (a header); None when there is no such line."""
    header: list[str] | None = None
    end = row_start - 1
    for _ in range(MAX_ROWS):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if _RULE.match(line):
            continue  # Markdown's rule under its header
        cells = _cells(line)
        if len(cells) != width:
            break
        header = cells
    if header is None or DIGIT.search("".join(header)):
        return None
    return header


def _words_beside(text: str, position: int, end_of_figure: int, start: int, end: int) -> bool:
    """Whether the figure's cell holds a letter outside the figure."""
    left = text.rfind("|", start, position) + 1 or start
    right = text.find("|", end_of_figure, end)
    rest = text[left:position] + text[end_of_figure:end if right < 0 else right]
    return any(ch.isalpha() for ch in rest)


def _cells(line: str) -> list[str]:
    """A line's cells: its text split at bars, a bar at either end dropped ("| a | b |")."""
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and len(stripped) > 1:
        stripped = stripped[:-1]
    return stripped.split("|")


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def spaced_column_header(text: str, position: int, end_of_figure: int) -> str:
    """The header of the column holding the figure at [`position`, `end_of_figure`) of `text`
    in a table written with spaces (see the module), else ""."""
    start = text.rfind("\n", max(0, position - MAX_LINE), position) + 1
    end = text.find("\n", position, position + MAX_LINE)
    if (start == 0 and position > MAX_LINE) or (end < 0 and len(text) - position > MAX_LINE):
        return ""  # (a line longer than a row: prose, read in bounded work per figure)
    end = len(text) if end < 0 else end
    numbers = _row_numbers(text[start:end])
    if len(numbers) < 2:
        return ""
    spans = [(start + a, start + b) for a, b in numbers]
    column = next((i for i, span in enumerate(spans) if span == (position, end_of_figure)), None)
    if column is None:
        return ""
    header = _spaced_header_above(text, start, len(numbers))
    return header[column] if header else ""


def _row_numbers(line: str) -> list[tuple[int, int]]:
    """The spans of the numbers that end a row (label first, then two numbers or more); none
    when the line is no such row."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(line)]
    numbers: list[tuple[int, int]] = []
    while tokens and _NUMBER_TOKEN.fullmatch(line, *tokens[-1]):
        numbers.insert(0, tokens.pop())
    label = line[:tokens[-1][1]] if tokens else ""
    return numbers if len(numbers) >= 2 and any(ch.isalpha() for ch in label) else []


def _spaced_header_above(text: str, row_start: int, width: int) -> list[str] | None:
    """The column names over a run of rows with `width` numbers, read off the first line
    above it that is no such row (see the module); None when it names them not one by one."""
    end = row_start - 1
    for _ in range(MAX_ROWS):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if len(line) > MAX_LINE:
            return None  # prose, no header (and no long line tokenised once per figure)
        numbers = _row_numbers(line)
        if numbers:
            if len(numbers) != width:
                return None
            continue
        if DIGIT.search(line) or not line.strip():
            return None
        words: list[str] = []
        for word in line.split():
            if word.startswith("(") and words:
                words[-1] += " " + word  # "CFR (%)"
            else:
                words.append(word)
        if not all(w[:1].isupper() or w[:1] in "(%" for w in words):
            return None  # a title in prose words ("Election results", "Weekly price changes")
        if len(words) == width + 1:
            return words[1:]
        return words if len(words) == width else None
    return None
