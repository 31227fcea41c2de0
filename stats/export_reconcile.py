"""The reconcile stage's outputs: each article's tallies, the claims across articles, and the
figures files' `claim` and `claim_conflict` columns.

Tallies are per article, and so are the keys the claim matcher compares: both are worked
out where each article is extracted (`stats.reconcile.prepared`, in the workers of a
parallel run). Claims are found over the whole run, so they are clustered when every
article is done, from what the articles kept (never from the figures read back), and the
figures files are copied once more with the two claim cells filled in (they were written
with the claim blank and `claim_conflict` false, as the last two columns: only those cells
change, the rest of each row is copied as it was written). tallies.csv/.jsonl and
claims.csv/.jsonl are written beside them; list cells in the CSV files (figure ids,
sources, articles) are joined with "; ".
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

from stats.export_cells import NUMERIC_FIELDS, cell, csv_line, finite, unguard_cell
from stats.export_files import AtomicFile
from stats.memory import release_freed_memory
from stats.model import Category, Claim, Document, Figure, Kind, Qualifier, Tally

if TYPE_CHECKING:
    from stats.reconcile.claim_keys import Keys
    from stats.reconcile.prepared import Prepared

TALLIES_CSV = "tallies.csv"
TALLIES_JSONL = "tallies.jsonl"
CLAIMS_CSV = "claims.csv"
CLAIMS_JSONL = "claims.jsonl"
TALLY_FIELDS = ["doc", "category", "low", "best", "high", "vague", "figures", "sources", "how"]
CLAIM_FIELDS = ["claim", "category", "subject", "place", "period", "kind", "unit", "figures", "articles",
                "sources", "low", "high", "latest", "status"]
LIST_SEPARATOR = "; "
# How a figure row ends as first written: no claim yet, no conflict (the last two columns).
_CSV_END = ",,False\n"
_JSON_END = ', "claim": null, "claim_conflict": false}\n'


_SHARED = ("doc", "sentence", "subject", "said_by", "place", "period", "rule", "unit")


def _shared(record: dict[str, object], seen: dict[object, object]) -> dict[str, object]:
    """The record with its repeated texts (a sentence, once per figure of it) held once."""
    for name in _SHARED:
        value = record.get(name)
        if value is not None:
            record[name] = seen.setdefault(value, value)
    return record


def figures_from_jsonl(handle: IO[str]) -> Iterator[Figure]:
    """The figures of a figures.jsonl file, as records."""
    seen: dict[object, object] = {}
    for line in handle:
        if line.strip():
            yield figure_from_record(_shared(json.loads(line), seen))


def figures_from_csv(handle: IO[str]) -> Iterator[Figure]:
    """The figures of a figures.csv file (cells unguarded, numbers and flags read back)."""
    seen: dict[object, object] = {}
    for row in csv.DictReader(handle):
        record = {name: _read_cell(name, value) for name, value in row.items()}
        yield figure_from_record(_shared(record, seen))


def _read_cell(name: str, value: str) -> object:
    if name not in NUMERIC_FIELDS and name != "claim_conflict":
        return unguard_cell(value) if value else None
    if value in ("True", "False", "true", "false"):
        return value in ("True", "true")
    return float(value) if value else None


def figure_from_record(record: dict[str, object]) -> Figure:
    """A `Figure` from its record (as `Figure.to_record` or figures.jsonl gives it)."""
    fields = dict(record)
    if fields.get("value") is None:
        fields["value"] = math.nan  # written blank: it was not finite
    for name in ("start", "end", "sentence_start", "sentence_end"):
        fields[name] = int(fields[name])  # type: ignore[call-overload]
    fields["kind"] = Kind(str(fields["kind"]))
    fields["qualifier"] = Qualifier(str(fields["qualifier"]))
    fields["category"] = Category(str(fields["category"]))
    for name in ("subject", "sentence", "rule", "span"):
        fields[name] = fields.get(name) or ""
    for name in ("vague", "implied", "claim_conflict"):
        fields[name] = bool(fields.get(name))
    return Figure(**fields)  # type: ignore[arg-type]


class ClaimCells(Protocol):
    """A figure's claim cells: a `Figure`'s own, or `claims.Cells`."""

    @property
    def claim(self) -> str | None: ...
    @property
    def claim_conflict(self) -> bool: ...


def copy_with_claims(source: IO[str], target: IO[str], figures: Sequence[ClaimCells], csv_rows: bool) -> None:
    """Copy a figures file, row by row, filling in each row's claim cells from `figures`
    (the same figures' cells, in the file's order). CSV rows may run over several lines (a quoted
    cell with a line break): a row ends where the quotes so far are balanced. ValueError
    when the file's rows and the figures do not pair one to one."""
    if csv_rows:
        target.write(source.readline())  # the header
    rows, quotes = 0, 0
    for line in source:
        if csv_rows:
            quotes += line.count('"')
            if quotes % 2:
                target.write(line)  # inside a quoted cell: the row goes on
                continue
            quotes = 0
        if rows >= len(figures):
            raise ValueError(f"the figures file has more rows than the {len(figures)} figures read from it")
        target.write(_filled(line, _CSV_END if csv_rows else _JSON_END, figures[rows], csv_rows))
        rows += 1
    if rows != len(figures):
        raise ValueError(f"the figures file has {rows} rows for {len(figures)} figures")


def _filled(line: str, end: str, f: ClaimCells, csv_rows: bool) -> str:
    if not line.endswith(end):
        raise ValueError(f"a figure row does not end as written: {line[-60:]!r}")
    kept = line[:-len(end)]
    if csv_rows:
        return kept + csv_line(["", cell("claim", f.claim), cell("claim_conflict", f.claim_conflict)])
    return kept + f', "claim": {json.dumps(f.claim)}, "claim_conflict": {json.dumps(f.claim_conflict)}}}\n'


def tally_row(t: Tally) -> list[object]:
    """A tallies.csv row."""
    record = t.to_record()
    return [cell(name, _joined(record[name])) for name in TALLY_FIELDS]


def claim_row(c: Claim) -> list[object]:
    """A claims.csv row."""
    record = c.to_record()
    return [cell(name, _joined(record[name])) for name in CLAIM_FIELDS]


def _joined(value: object) -> object:
    return LIST_SEPARATOR.join(str(v) for v in value) if isinstance(value, list) else value


def write_rows(handle_csv: IO[str], handle_jsonl: IO[str], fields: Sequence[str],
               rows: Iterable[list[object]], records: Iterable[dict[str, object]]) -> None:
    """A CSV file (header, then rows) and its JSON Lines twin."""
    handle_csv.write(csv_line(fields))
    for row in rows:
        handle_csv.write(csv_line(row))
    for record in records:
        handle_jsonl.write(json.dumps(finite(record), ensure_ascii=False) + "\n")


def reconciled_files(out_dir: Path, figure_files: Sequence[AtomicFile], documents: Sequence[Document],
                     prepared: list[Prepared], parquet: Path | None = None
                     ) -> tuple[list[AtomicFile], list[AtomicFile]]:
    """At the end of a run: the figures files again, with their claim cells filled in, and the
    tallies and claims files, all temporary until committed. `figure_files` are the run's
    temporary figures.csv and figures.jsonl (either may be missing), `prepared` what each
    document kept of its figures, in the order they were written (emptied here: memory),
    `parquet` the finished temporary figures.parquet (a file or a folder), whose claim
    columns are filled in place; the caller discards the old figure files once the copies
    are made. Returns (the new figure files, the tallies and claims files)."""
    from stats.reconcile.claims import claim_cells

    release_freed_memory()  # what extraction freed (a long article's text, its parts' work)
    for target in figure_files:
        target.finish()
    figures, keyed, tallies = _gathered(prepared, figure_files, parquet)
    cells, found = claim_cells(figures, keyed, documents)
    tallies.sort(key=lambda t: t.doc)  # (each document's in category order already)
    copies: list[AtomicFile] = []
    others: list[AtomicFile] = []
    try:
        for old in figure_files:
            copy = AtomicFile(old.path)
            copies.append(copy)
            rows_are_csv = not old.path.name.endswith(".jsonl")
            with old.temp.open(encoding="utf-8", newline="") as source:
                copy_with_claims(source, copy.handle, cells, csv_rows=rows_are_csv)
        for (csv_name, jsonl_name), fields, rows, records in (
                ((TALLIES_CSV, TALLIES_JSONL), TALLY_FIELDS, [tally_row(t) for t in tallies],
                 [t.to_record() for t in tallies]),
                ((CLAIMS_CSV, CLAIMS_JSONL), CLAIM_FIELDS, [claim_row(c) for c in found],
                 [c.to_record() for c in found])):
            pair = [AtomicFile(out_dir / csv_name), AtomicFile(out_dir / jsonl_name)]
            others += pair
            write_rows(pair[0].handle, pair[1].handle, fields, rows, records)
        if parquet is not None:
            _fill_parquet(parquet, {(f.doc, f.figure_id): (c.claim, c.claim_conflict)
                                    for f, c in zip(figures, cells, strict=True)})
    except BaseException:
        for target in copies + others:
            target.discard()
        raise
    return copies, others


def _gathered(prepared: list[Prepared], figure_files: Sequence[AtomicFile], parquet: Path | None
              ) -> tuple[list[Figure], list[Keys], list[Tally]]:
    """The run's light figures and their keys, in the order they were written, and its
    tallies (by article); a long article's are prepared now, from its figures read back."""
    from stats.reconcile.prepared import Preparing

    if any(one.failed for one in prepared):
        raise ValueError("some articles' figures could not be prepared (see the error above)")
    long = {one.doc for one in prepared if one.deferred}
    full: dict[str, list[Figure]] = {doc: [] for doc in long}
    for figure in _figures_of_run(figure_files, parquet) if long else ():
        if figure.doc in full:
            full[figure.doc].append(figure)
    figures: list[Figure] = []
    keyed: list[Keys] = []
    tallies: list[Tally] = []
    for one in prepared:
        if one.deferred:
            preparing = Preparing(light=False)
            preparing.add(full.pop(one.doc))
            one = preparing.done()
            if one.failed:
                raise ValueError("a long article's figures could not be prepared")
        figures += one.figures
        keyed += one.keyed
        tallies += one.tallies
    prepared.clear()
    return figures, keyed, tallies


def _figures_of_run(figure_files: Sequence[AtomicFile], parquet: Path | None) -> Iterator[Figure]:
    """The run's figures read back from its JSON Lines file, else its CSV file, else its
    Parquet (each article's in text order)."""
    jsonl = [t for t in figure_files if t.path.name.endswith(".jsonl")]
    if jsonl or figure_files:
        with (jsonl or list(figure_files))[0].temp.open(encoding="utf-8", newline="") as handle:
            yield from figures_from_jsonl(handle) if jsonl else figures_from_csv(handle)
        return
    import pyarrow.parquet as pq

    files = sorted(parquet.glob("*.parquet")) if parquet is not None and parquet.is_dir() else [parquet]
    for path in files:
        if path is not None:
            yield from (figure_from_record(record) for record in pq.read_table(str(path)).to_pylist())


def _fill_parquet(path: Path, claimed: dict[tuple[str, str], tuple[str | None, bool]]) -> None:
    """Fill the claim columns of a finished temporary figures.parquet (a file or a folder of
    month files), rewriting each file in place."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for part in sorted(path.glob("*.parquet")) if path.is_dir() else [path]:
        table = pq.read_table(str(part))
        found = [claimed.get(key, (None, False)) for key in
                 zip(table.column("doc").to_pylist(), table.column("figure_id").to_pylist(), strict=True)]
        for name, values, kind in (("claim", [c for c, _ in found], pa.string()),
                                   ("claim_conflict", [x for _, x in found], pa.bool_())):
            table = table.set_column(table.schema.get_field_index(name), name, pa.array(values, type=kind))
        pq.write_table(table, str(part))
