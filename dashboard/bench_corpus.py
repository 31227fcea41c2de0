"""The benchmark's synthetic corpus: the seeds' figures repeated over many article names.

`make_corpus(folder, figures)` extracts the seeds with `python -m stats extract` (a separate
process) and writes figures.csv, documents.csv and texts.jsonl with `figures` rows: each copy of
a seed article gets its own name, publisher and date, its line in texts.jsonl holds the seed's
real text (so quotes are cut from real articles), and its figures get a source, place, period
and now and then an implied flag where the seeds leave them blank (a few common values and a
long tail of rare ones, as a big news corpus has).
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

from dashboard.extractor import EXTRACT_OK, run_extract
from stats.export import DOCUMENTS_CSV, FIGURES_CSV, TEXTS_JSONL

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHERS = ["The New York Times", "The Reference", "Reuters", "Associated Press", "Al Jazeera", ""]
# Attribution for the synthetic copies (where the seeds' own is blank): a few common sources and
# places, and a long tail of rare ones, so the source and place dropdowns must search the server.
SAID_BY = ["", "", "", "the Taliban", "Afghan officials", "the United Nations", "a spokesman", "witnesses"]
PLACES = ["", "", "Kandahar", "Kabul", "Herat", "Helmand province", "Spin Boldak"]
PERIODS = ["", "", "", "last week", "in June", "since May", "on Sunday"]
RARE = 900  # distinct rare sources (and twice as many rare places)


def extract_seeds(articles: Path, out: Path) -> None:
    """Extract the seed articles into out with `python -m stats extract` (a separate process)."""
    status = run_extract([articles], out, who="dashboard.bench")
    if status != EXTRACT_OK:
        raise RuntimeError(f"extracting the seeds failed: `python -m stats extract` exited with {status}")


def read_csv(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    """The rows and the header of a CSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader), list(reader.fieldnames or [])


def make_corpus(folder: Path, figures: int, seeds: Path = SEEDS) -> Path:
    """Write figures.csv, documents.csv and texts.jsonl with `figures` rows, repeating the
    seeds' figures (texts.jsonl only when the core wrote one for the seeds)."""
    articles = folder / "articles"
    shutil.copytree(seeds, articles)
    seed_out = folder / "seed-output"
    extract_seeds(articles, seed_out)
    rows, fields = read_csv(seed_out / FIGURES_CSV)
    documents, doc_fields = read_csv(seed_out / DOCUMENTS_CSV)
    out = folder / "output"
    out.mkdir()
    copies = math.ceil(figures / len(rows))
    start = date(2021, 6, 1)
    written = 0
    with (out / FIGURES_CSV).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for copy in range(copies):
            for row in rows:
                if written == figures:
                    break
                doc = f"c{copy:05d}_{row['doc']}"
                key = f"{doc}\x00{row['start']}\x00{row['end']}".encode()
                writer.writerow({**row, **attribution(row, written, fields), "doc": doc,
                                 "figure_id": "f" + hashlib.sha1(key).hexdigest()[:12]})
                written += 1
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
    if (seed_out / TEXTS_JSONL).is_file():
        copy_texts(seed_out / TEXTS_JSONL, out / TEXTS_JSONL, copies)
    else:
        print(f"dashboard.bench: warning: the extractor wrote no {TEXTS_JSONL}; quotes fall back to "
              f"the sentences of {FIGURES_CSV}", file=sys.stderr)
    return out


def attribution(row: dict[str, str], n: int, fields: list[str]) -> dict[str, str]:
    """said_by, place, period and implied for the n-th synthetic figure where the seed row leaves
    them blank: mostly common values, one figure in ten a rare one, one in a hundred implied."""
    made = {
        "said_by": f"district official {n % RARE}" if n % 10 == 1 else SAID_BY[n % len(SAID_BY)],
        "place": f"village {n % (2 * RARE)}" if n % 10 == 2 else PLACES[n % len(PLACES)],
        "period": PERIODS[n % len(PERIODS)],
        "implied": "True" if n % 100 == 3 else "False",
    }
    return {k: v for k, v in made.items() if k in fields and row.get(k, "") in ("", "False")}


def copy_texts(seed_texts: Path, out: Path, copies: int) -> None:
    """texts.jsonl for the synthetic articles: each copy's line holds its seed's text and sentences."""
    with seed_texts.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    with out.open("w", encoding="utf-8", newline="") as handle:
        for copy in range(copies):
            for record in records:
                line = {**record, "doc": f"c{copy:05d}_{record['doc']}"}
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
