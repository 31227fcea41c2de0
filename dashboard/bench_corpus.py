"""The benchmark's synthetic corpus: the seeds' figures repeated over many article names.

`make_corpus(folder, figures)` extracts the seeds with `python -m stats extract` (a separate
process) and writes figures.csv (or figures.parquet), documents.csv and texts.jsonl with
`figures` rows: each copy of a seed article gets its own name, publisher and date, its line in
texts.jsonl holds the seed's real text (so quotes are cut from real articles), and its figures
get a source, place, period and now and then an implied flag where the seeds leave them blank
(a few common values and a long tail of rare ones, as a big news corpus has).

`python -m dashboard.bench_corpus --figures N --out DIR [--parquet] [--no-texts]` writes one
(the benchmark runs it as a child process, so the corpus's making does not count in the
dashboard's memory).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from dashboard.columnar import BOOL_COLUMNS, FIGURES_PARQUET, NUMBER_COLUMNS, TRUE_TEXTS
from dashboard.extractor import EXTRACT_OK, run_extract
from stats.export import CLAIMS_JSONL, DOCUMENTS_CSV, FIGURES_CSV, TALLIES_JSONL, TEXTS_JSONL, unguard_cell

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHERS = ["The New York Times", "The Reference", "Reuters", "Associated Press", "Al Jazeera", ""]
# Attribution for the synthetic copies (where the seeds' own is blank): a few common sources and
# places, and a long tail of rare ones, so the source and place dropdowns must search the server.
SAID_BY = ["", "", "", "the Taliban", "Afghan officials", "the United Nations", "a spokesman", "witnesses"]
PLACES = ["", "", "Kandahar", "Kabul", "Herat", "Helmand province", "Spin Boldak"]
PERIODS = ["", "", "", "last week", "in June", "since May", "on Sunday"]
CHUNK = 1_000_000  # synthetic figures made and written at a time
RARE = 900  # distinct rare sources (and twice as many rare places)
# As `stats extract --format parquet` writes figures.parquet (`stats.export_parquet`): row groups
# of 65,536 figures, offsets as int64 and every flag as bool.
ROWS_PER_GROUP = 65_536
INT_COLUMNS = ("start", "end", "sentence_start", "sentence_end")
FLAG_COLUMNS = (*BOOL_COLUMNS, "claim_conflict")


def extract_seeds(articles: Path, out: Path) -> None:
    """Extract the seed articles into out with `python -m stats extract` (a separate process)."""
    status = run_extract([articles], out, who="dashboard.bench")
    if status != EXTRACT_OK:
        raise RuntimeError(f"extracting the seeds failed: `python -m stats extract` exited with {status}")


def make_corpus(folder: Path, figures: int, seeds: Path = SEEDS, parquet: bool = False,
                texts: bool = True) -> Path:
    """Write figures.csv (or, with `parquet`, figures.parquet), documents.csv and texts.jsonl
    with `figures` rows, repeating the seeds' figures (texts.jsonl only when the core wrote one
    for the seeds, and `texts` asks for it). Built a column at a time with Arrow, so ten million
    figures take seconds, not minutes."""
    articles = folder / "articles"
    shutil.copytree(seeds, articles)
    seed_out = folder / "seed-output"
    extract_seeds(articles, seed_out)
    seed = pacsv.read_csv(seed_out / FIGURES_CSV, convert_options=pacsv.ConvertOptions(
        column_types=dict.fromkeys(pacsv.open_csv(seed_out / FIGURES_CSV).schema.names, pa.string()),
        strings_can_be_null=False, quoted_strings_can_be_null=False))
    copies = math.ceil(figures / seed.num_rows)
    out = folder / "output"
    out.mkdir()
    writer: pq.ParquetWriter | pacsv.CSVWriter | None = None
    for first in range(0, figures, CHUNK):  # a million rows at a time: ten million fit in memory
        table = synthetic_figures(seed, np.arange(first, min(figures, first + CHUNK), dtype=np.int64))
        table = typed(table) if parquet else table
        if writer is None:
            writer = pq.ParquetWriter(out / FIGURES_PARQUET, table.schema) if parquet else \
                pacsv.CSVWriter(out / FIGURES_CSV, table.schema)
        if isinstance(writer, pq.ParquetWriter):
            writer.write_table(table, row_group_size=ROWS_PER_GROUP)
        else:
            writer.write_table(table)
    if writer is not None:
        writer.close()
    documents, doc_fields = read_csv(seed_out / DOCUMENTS_CSV)
    start = date(2021, 6, 1)
    with (out / DOCUMENTS_CSV).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=doc_fields, lineterminator="\n")
        writer.writeheader()
        for copy in range(copies):
            for n, meta in enumerate(documents):
                published = "" if (copy + n) % 3 == 0 else str(start + timedelta(days=(copy * 7 + n) % 120))
                writer.writerow({**meta, "doc": f"c{copy:05d}_{meta['doc']}",
                                 "title": f"{meta['title'] or meta['doc']} (copy {copy})",
                                 "publisher": PUBLISHERS[(copy + n) % len(PUBLISHERS)],
                                 "published": published})
    copy_reconciled(seed_out, out, copies, [str(i) for i in seed["figure_id"].to_pylist()])
    if texts and (seed_out / TEXTS_JSONL).is_file():
        copy_texts(seed_out / TEXTS_JSONL, out / TEXTS_JSONL, copies)
    elif texts:
        print(f"dashboard.bench: warning: the extractor wrote no {TEXTS_JSONL}; quotes fall back to "
              f"the sentences of {FIGURES_CSV}", file=sys.stderr)
    return out


def copy_reconciled(seed_out: Path, out: Path, copies: int, seed_ids: list[str]) -> None:
    """tallies.jsonl and claims.jsonl for the copies: each copy's own tallies and claims, as the
    seeds' are, with its articles', figures' and claims' names (none when the core wrote none)."""
    index = {figure_id: n for n, figure_id in enumerate(seed_ids)}
    for name, fields in ((TALLIES_JSONL, ("figures",)), (CLAIMS_JSONL, ("figures", "articles"))):
        if not (seed_out / name).is_file():
            continue
        seeds = [json.loads(line) for line in (seed_out / name).read_text(encoding="utf-8").splitlines()]
        with (out / name).open("w", encoding="utf-8") as handle:
            for copy in range(copies):
                base = copy * len(seed_ids)
                for record in seeds:
                    made = dict(record)
                    made["figures"] = [f"f{base + index[f]:012d}" for f in record["figures"] if f in index]
                    if "articles" in fields:
                        made["articles"] = [f"c{copy:05d}_{a}" for a in record["articles"]]
                        made["claim"] = f"{record['claim']}_{copy:05d}"
                    else:
                        made["doc"] = f"c{copy:05d}_{record['doc']}"
                    handle.write(json.dumps(made) + "\n")


def read_csv(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    """The rows and the header of a CSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader), list(reader.fieldnames or [])


def _text(numbers: np.ndarray, width: int = 0) -> pa.Array:
    """Whole numbers as text, zero-padded to `width` digits."""
    text = pc.cast(pa.array(numbers), pa.string())
    return pc.utf8_lpad(text, width, "0") if width else text


def synthetic_figures(seed: pa.Table, rows: np.ndarray) -> pa.Table:
    """Synthetic figures numbered `rows`: the seed figures (all text, as figures.csv holds them)
    repeated, each copy's articles renamed c00000_<doc>, c00001_<doc> ..., new figure ids, and
    said_by, place, period and implied made up where the seed leaves them blank (`attribution`)."""
    per_copy = seed.num_rows
    table = seed.take(pa.array(rows % per_copy))
    copy = rows // per_copy
    doc = pc.binary_join_element_wise("c", _text(copy, 5), "_", table["doc"], "")
    columns = {"doc": doc, "figure_id": pc.binary_join_element_wise("f", _text(rows, 12), "")}
    if "claim" in table.column_names:  # each copy's claims are its own (the copies are other events)
        claim = table["claim"]
        columns["claim"] = pc.if_else(pc.equal(claim, ""), claim,
                                      pc.binary_join_element_wise(claim, _text(copy, 5), "_"))
    for name, made in attribution(rows).items():
        if name in table.column_names:
            own = table[name]
            blank = pc.equal(own, "False") if name == "implied" else pc.equal(own, "")
            columns[name] = pc.if_else(blank, made, own)
    for name, column in columns.items():
        table = table.set_column(table.column_names.index(name), name, column)
    return table


def attribution(rows: np.ndarray) -> dict[str, pa.Array]:
    """said_by, place, period and implied for the synthetic figures numbered `rows`, used where
    the seed row leaves them blank: mostly common values, one figure in ten a rare one, one in a
    hundred implied."""
    said_by = pa.array(SAID_BY + [f"district official {k}" for k in range(RARE)])
    places = pa.array(PLACES + [f"village {k}" for k in range(2 * RARE)])
    return {
        "said_by": said_by.take(pa.array(np.where(rows % 10 == 1, len(SAID_BY) + rows % RARE,
                                                  rows % len(SAID_BY)))),
        "place": places.take(pa.array(np.where(rows % 10 == 2, len(PLACES) + rows % (2 * RARE),
                                               rows % len(PLACES)))),
        "period": pa.array(PERIODS).take(pa.array(rows % len(PERIODS))),
        "implied": pa.array(["False", "True"]).take(pa.array((rows % 100 == 3).astype(np.int64))),
    }


def typed(table: pa.Table) -> pa.Table:
    """The all-text table with the types `stats extract --format parquet` writes: offsets as
    int64, values float64, flags bool, text as it is (the CSV's formula guard undone), blanks
    as nulls."""
    columns = []
    for name in table.column_names:
        column = table[name]
        blank = pc.equal(column, "")
        if name in NUMBER_COLUMNS:
            number = pa.int64() if name in INT_COLUMNS else pa.float64()
            column = pc.cast(pc.cast(pc.if_else(blank, None, column), pa.float64()), number)
        elif name in FLAG_COLUMNS:
            column = pc.is_in(column, pa.array(TRUE_TEXTS))
        else:
            encoded = pc.dictionary_encode(column).combine_chunks()
            dictionary = pa.array([unguard_cell(v) for v in encoded.dictionary.to_pylist()], pa.string())
            column = pc.if_else(blank, None, dictionary.take(encoded.indices))
        columns.append(column)
    return pa.table(columns, names=table.column_names)


def copy_texts(seed_texts: Path, out: Path, copies: int) -> None:
    """texts.jsonl for the synthetic articles: each copy's line holds its seed's text and sentences."""
    with seed_texts.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    with out.open("w", encoding="utf-8", newline="") as handle:
        for copy in range(copies):
            for record in records:
                line = {**record, "doc": f"c{copy:05d}_{record['doc']}"}
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """`python -m dashboard.bench_corpus`: write a synthetic corpus, print its output folder."""
    parser = argparse.ArgumentParser(prog="python -m dashboard.bench_corpus",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--parquet", action="store_true", help="figures.parquet instead of figures.csv")
    parser.add_argument("--no-texts", action="store_true",
                        help="no texts.jsonl (quotes show the CSV's sentences)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    print(make_corpus(args.out, args.figures, parquet=args.parquet, texts=not args.no_texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
