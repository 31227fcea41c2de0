"""Plain-text tables: a figure in a row of one takes its column's header as what it counts.

Election results, budgets and situation reports often carry a small table written with
bars ("Party | Seats | Share" over "Unity Bloc | 24 | 22.1%", or Markdown's "| a | b |" with
a "|---|---|" rule under the header). A row names its line ("Unity Bloc") and not what its
numbers count, which only the header says: 24 counts seats. A table is the run of lines with
as many cells as the row; its header is the run's first line when that line holds no digit.
"""

from __future__ import annotations

from stats.lexicon.pattern_cache import compile_regex
from stats.text.patterns import DIGIT

MAX_ROWS = 100  # rows looked up through for the header (a longer table's lower rows get none)
MAX_LINE = 400  # characters: a longer line is prose with bars in it, not a table row
_RULE = compile_regex(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # "|---|:--:|"


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
