"""Cells of the output files: numbers as numbers, text a spreadsheet will not run, RFC 4180 lines.

The base of `stats.export` (which re-exports all of this): text cells that a spreadsheet would
run as a formula are neutralised (OWASP CSV injection), and `unguard_cell` undoes that exactly,
for readers of the CSV such as the dashboard.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

# Columns that hold numbers (or booleans): written as they are, never neutralised.
NUMERIC_FIELDS = {"start", "end", "value", "value_high", "whole", "vague", "implied", "sentence_start",
                  "sentence_end", "chars", "figures"}
# A text cell starting with one of these would run as a spreadsheet formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTES = re.compile(r'[",\r\n]')
# The first characters of a cell that `safe_cell` must look at further (a quote may open "'=").
_GUARDED_FIRST = frozenset("".join(FORMULA_STARTS) + "'")


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet will show as text: a leading = + - @ tab or CR gets a quote.

    >>> safe_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> safe_cell("troops")
    'troops'
    """
    if (isinstance(value, str) and value[:1] in _GUARDED_FIRST
            and value.lstrip("'").startswith(FORMULA_STARTS)):
        return "'" + value  # "'-x" too, so that unguard_cell gives back exactly "'-x"
    return value


def unguard_cell(value: str) -> str:
    """The text `safe_cell` was given, from the text it wrote.

    >>> [unguard_cell(safe_cell(v)) for v in ("=1+2", "'-x", "'plain", "-5 dead")]
    ['=1+2', "'-x", "'plain", '-5 dead']
    """
    if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _is_number(value: object) -> bool:
    """Whether a numeric column's value will read back as a number (or a boolean)."""
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return value in {"True", "False", "true", "false"}
        return True
    return True


def cell(name: str, value: object) -> object:
    """A value as written: blank for None, NaN or infinity; whole floats as integers; text
    neutralised, including text that slipped into a numeric column."""
    if value is None:
        return ""
    if value.__class__ is str and name not in NUMERIC_FIELDS:  # (most cells: the formula guard only)
        return safe_cell(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            value = int(value)
    if name in NUMERIC_FIELDS and _is_number(value):
        return value
    return safe_cell(str(value))


# The fields of a figure's record that may hold a float (so the only ones that may be NaN).
FIGURE_FLOATS = ("value", "value_high", "whole")


def finite(record: dict[str, object], floats: Iterable[str] | None = None) -> dict[str, object]:
    """A record for JSON: NaN and infinities become null (JSON has no such numbers). Given
    the only fields that may hold a float (`floats`), only those are looked at, in place."""
    if floats is None:
        return {k: None if isinstance(v, float) and not math.isfinite(v) else v for k, v in record.items()}
    for name in floats:
        value = record[name]
        if isinstance(value, float) and not math.isfinite(value):
            record[name] = None
    return record


def csv_line(values: Iterable[object]) -> str:
    """One CSV record, RFC 4180 quoting, ending in "\\n".

    Python's csv writer (3.11 here) leaves a field holding a lone carriage return
    unquoted when lines end in "\\n", which splits the row for readers; this quotes any
    field with a comma, quote, CR or LF.

    >>> csv_line(["a\\rb", 'a "b" c', "x,y", 1.5, None, ""])
    '"a\\rb","a ""b"" c","x,y",1.5,,\\n'
    """
    texts = ["" if value is None else str(value) for value in values]
    line = ",".join(texts)
    if line.count(",") != len(texts) - 1 or _NEEDS_QUOTES.search(line.replace(",", "")):
        line = ",".join('"' + t.replace('"', '""') + '"' if _NEEDS_QUOTES.search(t) else t for t in texts)
    return line + "\n"


def rows_to_csv(rows: Iterable[Mapping[str, object]], fields: list[str]) -> str:
    """CSV text with a header, as the CLI and the dashboard download both write it."""
    lines = [csv_line(fields)]
    lines.extend(csv_line(cell(name, row.get(name)) for name in fields) for row in rows)
    return "".join(lines)


