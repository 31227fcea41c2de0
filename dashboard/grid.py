"""The figures table's server side: ag-grid filter and sort models applied to a pandas view,
and one block of rows at a time. Knows nothing of Dash.

Categorical columns (category, doc, said_by, place, period ...) are filtered and sorted on
their few distinct values and then mapped to the rows by code, so a table filter on a million
figures tests each distinct source or place once, not once a row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from dashboard.filters import to_number
from dashboard.labels import clip, date_text


def plain(value: Any) -> Any:
    """numpy scalars to Python ones (for JSON and CSV)."""
    return value.item() if isinstance(value, np.generic) else value


TABLE_COLUMNS = ["figure_id", "value", "value_label", "qualifier_label", "subject", "category", "kind",
                 "said_by", "place", "period", "implied", "sentence", "span", "article", "publisher",
                 "published", "doc"]
BEFORE_SPAN = 32  # characters of the sentence shown before the figure in the table's sentence cell
_TEXT_FILTERS = {
    "contains": lambda s, v: s.str.contains(v, regex=False),
    "notContains": lambda s, v: ~s.str.contains(v, regex=False),
    "equals": lambda s, v: s == v,
    "notEqual": lambda s, v: s != v,
    "startsWith": lambda s, v: s.str.startswith(v),
    "endsWith": lambda s, v: s.str.endswith(v),
}
_NUMBER_FILTERS = {
    "equals": lambda s, a, b: s == a, "notEqual": lambda s, a, b: s != a,
    "lessThan": lambda s, a, b: s < a, "lessThanOrEqual": lambda s, a, b: s <= a,
    "greaterThan": lambda s, a, b: s > a, "greaterThanOrEqual": lambda s, a, b: s >= a,
    "inRange": lambda s, a, b: (s >= a) & (s <= b),
}


def _condition(column: pd.Series, condition: dict[str, Any]) -> pd.Series:
    """One ag-grid filter condition as a boolean Series (unknown ones keep every row)."""
    kind = condition.get("type")
    if kind == "blank":
        return column.isna() | (column.astype(str).str.strip() == "")
    if kind == "notBlank":
        return ~(column.isna() | (column.astype(str).str.strip() == ""))
    if condition.get("filterType") == "number":
        a, b = to_number(condition.get("filter")), to_number(condition.get("filterTo"))
        test = _NUMBER_FILTERS.get(kind)
        if test is None or a is None or (kind == "inRange" and b is None):
            return pd.Series(True, index=column.index)
        return test(column.astype(float), a, b).fillna(False)
    text = str(condition.get("filter") or "").lower()
    test = _TEXT_FILTERS.get(kind)
    if test is None:
        return pd.Series(True, index=column.index)
    return test(column.astype(str).str.lower(), text).fillna(False)


def _column_keep(series: pd.Series, model: dict[str, Any]) -> np.ndarray | None:
    """Which values of a column pass one column's filter model (None: the model has no condition)."""
    if "conditions" in model:
        parts = [_condition(series, c) for c in model["conditions"] if isinstance(c, dict)]
        if not parts:
            return None
        combined = parts[0]
        for part in parts[1:]:
            combined = (combined | part) if model.get("operator") == "OR" else (combined & part)
    else:
        combined = _condition(series, model)
    passed: np.ndarray = combined.to_numpy(dtype=bool)
    return passed


def grid_keep(df: pd.DataFrame, filter_model: dict[str, Any] | None) -> np.ndarray:
    """Which rows pass an ag-grid filter model (text and number filters, AND/OR conditions)."""
    keep = np.ones(len(df), dtype=bool)
    for column, model in (filter_model or {}).items():
        name = "value" if column == "value_label" else column
        if name not in df.columns or not isinstance(model, dict):
            continue
        series = df[name]
        if isinstance(series.dtype, pd.CategoricalDtype):
            # Test each category once (and a missing value, code -1, as the last entry: blank).
            values = pd.Series([*series.cat.categories.astype(str), ""], dtype=object)
            passed = _column_keep(values, model)
            if passed is not None:
                keep &= passed[series.cat.codes.to_numpy()]
            continue
        passed = _column_keep(series.reset_index(drop=True), model)
        if passed is not None:
            keep &= passed
    return keep


def grid_filter(df: pd.DataFrame, filter_model: dict[str, Any] | None) -> pd.DataFrame:
    """The rows of a view that pass an ag-grid filter model."""
    return df[grid_keep(df, filter_model)] if filter_model else df


def sort_keys(df: pd.DataFrame, sort_model: list[dict[str, Any]] | None) -> list[tuple[str, bool]]:
    """An ag-grid sort model as (column, ascending) pairs of df's columns; value_label sorts by
    the number behind it."""
    keys: list[tuple[str, bool]] = []
    for item in sort_model or []:
        column = "value" if item.get("colId") == "value_label" else item.get("colId")
        if column in df.columns and column not in [k for k, _a in keys]:
            keys.append((str(column), item.get("sort") != "desc"))
    return keys


def sort_order(df: pd.DataFrame, keys: list[tuple[str, bool]]) -> np.ndarray:
    """Row positions of df in the order of the sort keys: stable (ties keep file order), text by
    its lower-cased form, blanks last."""
    names = [k for k, _a in keys]
    frame = df[names].copy()
    for key in names:
        column = frame[key]
        if isinstance(column.dtype, pd.CategoricalDtype):
            frame[key] = _text_rank(column)
        elif pd.api.types.is_string_dtype(column):
            frame[key] = frame[key].astype(str).str.lower()
    order: np.ndarray = frame.reset_index(drop=True).sort_values(
        names, ascending=[a for _k, a in keys], kind="stable", na_position="last").index.to_numpy()
    return order


def grid_sort(df: pd.DataFrame, sort_model: list[dict[str, Any]] | None) -> pd.DataFrame:
    """Apply an ag-grid sort model; value_label sorts by the number behind it."""
    keys = sort_keys(df, sort_model)
    return df.iloc[sort_order(df, keys)] if keys else df


def sorted_positions(df: pd.DataFrame, positions: np.ndarray, sort_model: list[dict[str, Any]] | None,
                     order_of: Callable[[str, bool], np.ndarray] | None = None) -> np.ndarray:
    """Positions of df's rows (in file order) in the order of a sort model. With `order_of`
    (the whole frame's order for one column and direction, computed once), a one-column sort is
    that order kept to the positions, a linear pass: a stable sort of some rows is the stable
    sort of all of them, less the others."""
    keys = sort_keys(df, sort_model)
    if not keys:
        return positions
    if len(keys) == 1 and order_of is not None:
        every = order_of(*keys[0])
        wanted = np.zeros(len(df), dtype=bool)
        wanted[positions] = True
        return every[wanted[every]]
    return positions[sort_order(df.iloc[positions], keys)]


def keep_positions(df: pd.DataFrame, positions: np.ndarray,
                   filter_model: dict[str, Any] | None) -> np.ndarray:
    """The positions whose rows pass an ag-grid filter model (only its columns are copied)."""
    if not filter_model:
        return positions
    columns = [c for c in {"value" if c == "value_label" else c for c in filter_model} if c in df.columns]
    if not columns:
        return positions
    return positions[grid_keep(df[columns].iloc[positions], filter_model)]


def _text_rank(column: pd.Series) -> np.ndarray:
    """A categorical column as sort keys: each category's place among the lower-cased category
    names (rows with no value, code -1, sort last as NaN)."""
    names = pd.Series(column.cat.categories.astype(str)).str.lower()
    rank = names.rank(method="dense").to_numpy(dtype=float)
    codes = column.cat.codes.to_numpy()
    return np.where(codes >= 0, rank[codes], np.nan)


def sentence_parts(sentence: str, span: str, before: int = BEFORE_SPAN) -> list[str]:
    """The sentence as [text before the figure, the figure, text after it], the text before
    cut to about `before` characters at a word (with "…"), so the figure shows in a cell of a
    few lines; [sentence, "", ""] when the span is not in it.

    >>> sentence_parts("Officials said at least 12 people died.", "at least 12")
    ['Officials said ', 'at least 12', ' people died.']
    >>> sentence_parts("one two three four five six", "six", before=12)
    ['… four five ', 'six', '']
    """
    at = sentence.find(span) if span else -1
    if at < 0:
        span = " ".join(span.split())
        at = sentence.find(span) if span else -1
    if at < 0:
        return [sentence, "", ""]
    head = sentence[:at]
    if len(head) > before:
        cut = head.find(" ", len(head) - before)
        head = "… " + head[cut + 1:] if 0 <= cut < len(head) - 1 else "… " + head[-before:]
    return [head, span, sentence[at + len(span):]]


def grid_rows(df: pd.DataFrame, start: int, end: int) -> list[dict[str, Any]]:
    """Rows start:end of a view as JSON-ready dicts with the table's columns only, plus the
    sentence cut around the figure ("parts") and the date as people write it ("date_label")."""
    page = df.iloc[max(0, start):max(start, end)][TABLE_COLUMNS]
    rows = page.astype(object).where(page.notna(), None).to_dict("records")
    out = []
    for row in rows:
        record = {k: plain(v) for k, v in row.items()}
        record["parts"] = sentence_parts(str(record["sentence"] or ""), str(record["span"] or ""))
        record["date_label"] = date_text(record["published"])
        for label in ("publisher", "said_by", "place", "period"):  # the page shows these whole
            record[label] = clip(record[label]) if isinstance(record[label], str) else record[label]
        out.append(record)
    return out


ROW_FIELDS = ("startRow", "endRow")
MAX_ROW = 10**9  # no view has more rows; a larger index is not a request ag-grid sends


def check_request(request: Any) -> dict[str, Any]:
    """An ag-grid getRowsRequest as the table callbacks may use it, or ValueError naming what is
    malformed (a row index that is no whole number, a sort model that is not a list of
    {colId, sort} objects, a filter model that is not an object of column models), so that a
    forged request gets a 400, not a traceback. None is an empty request."""
    if request is None:
        return {}
    if not isinstance(request, dict):
        raise ValueError("the table request is not an object")
    for field in ROW_FIELDS:
        row = request.get(field)
        if row is not None and (isinstance(row, bool) or not isinstance(row, int) or not 0 <= row <= MAX_ROW):
            raise ValueError(f"{field} is not a row index")
    sort_model = request.get("sortModel")
    if sort_model is not None and not (isinstance(sort_model, list) and all(
            isinstance(item, dict) and isinstance(item.get("colId"), str)
            and isinstance(item.get("sort"), str | None) for item in sort_model)):
        raise ValueError("sortModel is not a list of {colId, sort}")
    filter_model = request.get("filterModel")
    if filter_model is not None and not (isinstance(filter_model, dict) and all(
            _column_model_ok(model) for model in filter_model.values())):
        raise ValueError("filterModel is not an object of column filters")
    return request


def _column_model_ok(model: Any) -> bool:
    """Whether one column's filter model is an object whose conditions (if any) are a list of
    objects, each with its type and filterType strings (or none)."""
    if not isinstance(model, dict):
        return False
    conditions = model.get("conditions", [model])
    keys = ("type", "filterType", "operator")
    return isinstance(conditions, list) and all(
        isinstance(c, dict) and all(isinstance(c.get(k), str | None) for k in keys)
        for c in conditions) and isinstance(model.get("operator"), str | None)
