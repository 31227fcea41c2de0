"""Columnar loading (issue 11): figures.parquet is read when present and gives the same corpus as
figures.csv; the download's column-at-a-time writer writes what `rows_to_csv` writes; grouping
and category helpers work once per distinct value."""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import columnar
from dashboard.bench_corpus import typed
from dashboard.columnar import FIGURES_PARQUET, figures_source, group_codes, map_categories, read_figures
from dashboard.data import Corpus, load
from dashboard.download import frame_to_csv
from dashboard.filters import Filters
from dashboard.grid import grid_filter, grid_sort
from stats.export import FIGURE_FIELDS, FIGURES_CSV, rows_to_csv


def _as_parquet(seeds_dir: Path, folder: Path) -> Path:
    """A copy of the seeds' output folder with figures.parquet beside figures.csv, typed as
    `stats extract --format parquet` types it (text unguarded, blanks null)."""
    shutil.copytree(seeds_dir, folder)
    names = pacsv.open_csv(folder / FIGURES_CSV).schema.names
    table = pacsv.read_csv(folder / FIGURES_CSV, convert_options=pacsv.ConvertOptions(
        column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False,
        quoted_strings_can_be_null=False))
    pq.write_table(typed(table), folder / FIGURES_PARQUET)
    return folder


def test_parquet_is_preferred_and_loads_the_same_corpus(corpus: Corpus, seeds_dir: Path,
                                                        tmp_path: Path) -> None:
    folder = _as_parquet(seeds_dir, tmp_path / "out")
    assert figures_source(folder).name == FIGURES_PARQUET
    (folder / FIGURES_CSV).write_text(",".join(FIGURE_FIELDS) + "\n", encoding="utf-8")  # not read
    from_parquet = load(folder)
    assert len(from_parquet.figures) == len(corpus.figures) > 0
    for column in corpus.figures.columns:
        expected = corpus.figures[column].astype(object).tolist()
        got = from_parquet.figures[column].astype(object).tolist()
        assert [None if isinstance(v, float) and math.isnan(v) else v for v in got] == \
            [None if isinstance(v, float) and math.isnan(v) else v for v in expected], column
    killed = Filters(categories=("killed",))
    assert from_parquet.to_csv(killed) == corpus.to_csv(killed)


def test_a_partitioned_parquet_folder_is_read_whole(seeds_dir: Path, tmp_path: Path) -> None:
    folder = _as_parquet(seeds_dir, tmp_path / "out")
    table = pq.read_table(folder / FIGURES_PARQUET)
    (folder / FIGURES_PARQUET).unlink()
    (folder / FIGURES_PARQUET).mkdir()
    half = table.num_rows // 2
    pq.write_table(table.slice(0, half), folder / FIGURES_PARQUET / "2021-07.parquet")
    pq.write_table(table.slice(half), folder / FIGURES_PARQUET / "undated.parquet")
    frame = read_figures(folder)
    assert sorted(frame["figure_id"]) == sorted(table["figure_id"].to_pylist())


def test_parquet_read_some_row_groups_at_a_time_gives_the_whole_file(seeds_dir: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _as_parquet(seeds_dir, tmp_path / "out")
    whole = read_figures(folder)
    table = pq.read_table(folder / FIGURES_PARQUET)
    pq.write_table(table, folder / FIGURES_PARQUET, row_group_size=7)
    monkeypatch.setattr(columnar, "READ_ROWS", 20)  # runs of two row groups (14 rows), then one
    assert pq.ParquetFile(folder / FIGURES_PARQUET).metadata.num_row_groups > 3
    pd.testing.assert_frame_equal(read_figures(folder).astype(object), whole.astype(object))


def test_an_id_column_read_in_one_block_with_a_repeating_dictionary_has_each_id_once() -> None:
    block = pa.DictionaryArray.from_arrays(pa.array([0, 1, 2, 2], pa.int32()), pa.array(["c1", "c1", "c2"]))
    ids = columnar._id_categorical([block])
    assert list(ids.categories) == ["c1", "c2"]
    assert list(ids) == ["c1", "c1", "c2", "c2"]


TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["=1+2", "'-x", "'plain", "-5 dead", "a,b", 'say "x"', "line\nbreak", "cr\rhere", "\ttab", "@x", ""])
NUMBER = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from([703.0, 1e15, 1e20, -0.0, 0.5, 2.0**53]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXT, NUMBER, st.booleans(), TEXT), min_size=1, max_size=8))
def test_the_download_writer_writes_what_rows_to_csv_writes(rows: list[tuple[str, float | None, bool, str]]
                                                            ) -> None:
    records = [{"span": a, "value": b, "vague": c, "subject": d} for a, b, c, d in rows]
    fields = ["span", "value", "vague", "subject"]
    frame = pd.DataFrame({"span": pd.Categorical([r[0] for r in rows]),
                          "value": np.array([np.nan if r[1] is None else r[1] for r in rows], dtype=float),
                          "vague": [r[2] for r in rows],
                          "subject": pd.Series([r[3] for r in rows], dtype=object)})
    expected = rows_to_csv([{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
                            for r in records], fields)
    assert frame_to_csv(frame, fields) == expected


def test_rows_are_grouped_by_several_columns_at_once() -> None:
    a = np.array([1.0, 1.0, np.nan, np.nan, 2.0, 1.0])
    b = np.array([0, 0, 0, 0, 1, 1])
    groups, first = group_codes([a, b])
    assert groups.tolist() == [0, 0, 1, 1, 2, 3]  # NaN is a value of its own, groups in order of first row
    assert first.tolist() == [0, 2, 4, 5]


def test_categories_are_mapped_once_each_and_merged() -> None:
    column = pd.Categorical(["", " ", "troops", "", None])
    mapped = map_categories(column, lambda s: s.strip() or "(none)")
    assert list(mapped.astype(object)) == ["(none)", "(none)", "troops", "(none)", np.nan]
    assert list(mapped.categories) == ["(none)", "troops"]


@pytest.mark.parametrize("text", ["True", "1", "False", ""])
def test_flags_are_read_as_written(tmp_path: Path, text: str) -> None:
    header = ",".join(FIGURE_FIELDS)
    row = dict.fromkeys(FIGURE_FIELDS, "") | {"figure_id": "f1", "doc": "a.txt", "value": "3",
                                                  "implied": text}
    (tmp_path / FIGURES_CSV).write_text(header + "\n" + ",".join(row[n] for n in FIGURE_FIELDS) + "\n",
                                        encoding="utf-8")
    frame = read_figures(tmp_path)
    assert frame["implied"].tolist() == [text in ("True", "1")]
    assert frame["value"].tolist() == [3.0]
    assert math.isnan(frame["whole"].iloc[0])


SORTS = [[{"colId": "value_label", "sort": "desc"}], [{"colId": "value_label", "sort": "asc"}],
         [{"colId": "subject", "sort": "asc"}], [{"colId": "said_by", "sort": "desc"}],
         [{"colId": "published", "sort": "asc"}, {"colId": "value_label", "sort": "desc"}], []]


@pytest.mark.parametrize("sort", SORTS)
def test_the_table_order_kept_to_a_view_is_the_view_sorted(corpus: Corpus,
                                                          sort: list[dict[str, str]]) -> None:
    """A one-column sort keeps the whole corpus's order to the view's rows (worked out once); it
    must give the rows a stable sort of the view itself gives, ties in file order."""
    for filters in (Filters(categories=("killed", "injured")), Filters(text="troops"),
                    Filters(hide_durations=True)):
        view = corpus.filtered(filters)
        expected = list(grid_sort(view, sort).index) if sort else list(view.index)
        shown = corpus.table_positions(filters, None, sort)
        assert list(corpus.figures.index[shown]) == expected
        assert len(expected) > 1
    model = {"subject": {"filterType": "text", "type": "contains", "filter": "troops"}}
    kept = corpus.table_positions(Filters(), model, sort)
    assert list(corpus.figures.index[kept]) == list(grid_sort(grid_filter(corpus.figures, model), sort).index)


def test_loading_warms_the_texts_index_and_the_value_order_in_the_background(seeds_dir: Path,
                                                                              tmp_path: Path) -> None:
    shutil.copytree(seeds_dir, tmp_path / "out")
    corpus = load(tmp_path / "out")
    for thread in threading.enumerate():
        if thread.name == "dashboard-warm-up":
            thread.join(timeout=60)
    assert corpus.texts._stamp is not None  # texts.jsonl indexed without a request asking
    assert {("value", False), ("value", True)} <= set(corpus._sort_orders)
    cold = load(tmp_path / "out", warm=False)
    assert cold.texts._stamp is None
    assert not cold._sort_orders


def test_the_warm_up_waits_for_the_first_view(seeds_dir: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard import data

    shutil.copytree(seeds_dir, tmp_path / "out")
    monkeypatch.setattr(data, "WARM_AFTER_S", 600.0)
    corpus = load(tmp_path / "out")
    warm_ups = [t for t in threading.enumerate() if t.name == data.WARM_UP]
    assert warm_ups
    for thread in warm_ups:
        thread.join(timeout=0.2)
    assert any(thread.is_alive() for thread in warm_ups)  # waiting, having done nothing
    assert corpus.texts._stamp is None
    assert not corpus._sort_orders
    corpus.answered.set()  # what the first view's callback does
    for thread in warm_ups:
        thread.join(timeout=60)
    assert corpus.texts._stamp is not None
    assert {("value", False), ("value", True)} <= set(corpus._sort_orders)


def test_a_parquet_flag_kept_as_text_reads_as_the_csv_writes_it(tmp_path: Path) -> None:
    """A bool column of figures.parquet that the dashboard keeps as text (claim_conflict, newer
    than the display's flags) reads "True"/"False", as figures.csv writes it, blank for null."""
    columns = {name: pa.array(["1", "2", "3"]) for name in FIGURE_FIELDS}
    columns["claim_conflict"] = pa.array([True, False, None])
    pq.write_table(pa.table(columns), tmp_path / FIGURES_PARQUET)
    frame = read_figures(tmp_path)
    assert frame["claim_conflict"].astype(str).tolist() == ["True", "False", ""]
    assert frame["value"].tolist() == [1.0, 2.0, 3.0]


def test_what_stats_extract_writes_as_parquet_loads_as_its_csv(tmp_path: Path) -> None:
    """figures.parquet as `stats extract --format csv,parquet` writes it gives the corpus its
    figures.csv gives, and the same download, byte for byte figures.csv."""
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    both = tmp_path / "both"
    done = subprocess.run([sys.executable, "-m", "stats", "extract", str(seeds), "--out", str(both),
                           "--format", "csv,parquet"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (both / FIGURES_PARQUET).exists()
    csv_only = tmp_path / "csv"
    shutil.copytree(both, csv_only)
    (csv_only / FIGURES_PARQUET).unlink()
    from_parquet, from_csv = load(both, warm=False), load(csv_only, warm=False)
    assert len(from_parquet.figures) == len(from_csv.figures) > 0
    for column in from_csv.figures.columns:
        got = [None if isinstance(v, float) and math.isnan(v) else v for v in from_parquet.figures[column]]
        expected = [None if isinstance(v, float) and math.isnan(v) else v for v in from_csv.figures[column]]
        assert got == expected, column
    assert from_parquet.to_csv(Filters()) == (csv_only / FIGURES_CSV).read_text(encoding="utf-8")
