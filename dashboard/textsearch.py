"""The search box's test: which figures hold a word in their span, subject or sentence.

A word matches a figure when it is in the figure's span, subject or sentence, lower-cased (the
words have no whitespace, so this is the same as looking in the three joined by line breaks).
The three columns are categoricals (`dashboard.columnar`), so each word is looked for once in
each distinct text, by DuckDB (`contains` over an Arrow array, vectorised and multi-threaded),
and the answer reaches the rows through the categorical codes. Once a word has narrowed the
rows, the next word is looked for only in the texts those rows still hold.

The lower-cased texts are made once, at load, with Python's `str.lower` (so case folds exactly
as the words typed into the box do); they hold each distinct text once, not once per figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

SEARCHED = ("span", "subject", "sentence")
# Below this many texts to look through, pandas' substring test is cheaper than a DuckDB query.
_SMALL = 2_000


@dataclass
class _Column:
    """One searched column: its codes per row and its distinct texts, lower-cased."""

    codes: np.ndarray
    lowered: pa.Array


class TextIndex:
    """Finds the figures holding every word of a search (`find`), one DuckDB query per column
    and word on the distinct texts of the rows still in."""

    def __init__(self, frame: pd.DataFrame) -> None:
        """Lower-case the distinct texts of the searched columns of a frame of categoricals."""
        self._columns = []
        for name in SEARCHED:
            column = frame[name]
            if not isinstance(column.dtype, pd.CategoricalDtype):
                column = column.astype(str).astype("category")
            lowered = [str(text).lower() for text in column.cat.categories]
            self._columns.append(_Column(column.cat.codes.to_numpy(), pa.array(lowered, type=pa.string())))
        self._db = duckdb.connect(":memory:", config={"threads": 2})

    def _holds(self, texts: pa.Array, word: str) -> np.ndarray:
        """Which of the texts hold the word."""
        if len(texts) < _SMALL:
            return np.array([word in text for text in texts.to_pylist()], dtype=bool)
        db = self._db.cursor()  # a connection of its own: requests are answered on several threads
        try:
            db.register("texts", pa.table({"t": texts}))
            found = db.execute("SELECT contains(t, $word) AS hit FROM texts", {"word": word}).fetchnumpy()
        finally:
            db.close()
        return np.asarray(found["hit"], dtype=bool)

    def find(self, rows: np.ndarray, words: list[str]) -> np.ndarray:
        """The rows (positions, in order) whose span, subject or sentence holds every word."""
        for word in words:
            if not len(rows):
                break
            hit = np.zeros(len(rows), dtype=bool)
            for column in self._columns:
                codes = column.codes[rows]
                present = np.unique(codes[codes >= 0])
                if len(present) * 2 < len(column.lowered):  # only the texts the rows still hold
                    holds = np.zeros(len(column.lowered) + 1, dtype=bool)
                    holds[present] = self._holds(column.lowered.take(pa.array(present)), word)
                else:
                    holds = np.append(self._holds(column.lowered, word), False)
                hit |= holds[codes]  # a missing value (code -1) takes the last entry: no match
            rows = rows[hit]
        return rows
