"""Shared fixtures: extractor output over the repo's seeds (and a hostile-markup article),
built fresh in a temp dir, so the tests never depend on output/.

Extraction runs `python -m stats extract` in a child process, as the dashboard does, so these
tests do not depend on how the core is laid out inside; the core writes texts.jsonl itself.
"""

from __future__ import annotations

import csv
import json
import logging
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # import this checkout's dashboard package, whatever is installed
    sys.path.insert(0, str(ROOT))

from dashboard.data import Corpus, load  # noqa: E402
from dashboard.extractor import run_extract  # noqa: E402
from stats.export import (  # noqa: E402
    DOCUMENT_FIELDS,
    DOCUMENTS_CSV,
    FIGURE_FIELDS,
    FIGURES_CSV,
    NUMERIC_FIELDS,
    TEXTS_JSONL,
    rows_to_csv,
    unguard_cell,
)
from stats.model import figure_id  # noqa: E402

HOSTILE_ARTICLE = (
    "Markup in the wire copy\n\nThe Test Gazette\n\nPublished 2021-08-02\n\n"
    "Officials said at least 12 people were killed in the raid <script>alert(1)</script> near the market.\n\n"
    "A second report <img src=x onerror=alert(2)> said 30 soldiers surrendered on Sunday.\n\n"
    "The district has 5,000 residents.\n"
)


# An article whose figures the tests give a source, place and period of their own (whatever the
# extractor makes of them), and an implied single casualty (added by the tests if the extractor
# does not find it), so the dashboard's attribution features are tested on known values.
ATTRIBUTED_ARTICLE = (
    "Fighting in the south\n\nThe Daily Wire\n\nPublished 2021-08-03\n\n"
    "The Taliban said at least 40 soldiers were killed in Kandahar last week.\n\n"
    "According to the United Nations, 1,200 families were displaced in Herat in July.\n\n"
    "Officials said 15 civilians were injured in Kandahar on Sunday.\n\n"
    "A policeman was killed in the blast.\n\n"
    "The city has 600,000 residents.\n"
)
ATTRIBUTED_DOC = "south.txt"
# span -> (said_by, place, period); every other figure is the article's own, with no place or period.
ATTRIBUTION = {
    "at least 40": ("the Taliban", "Kandahar", "last week"),
    "1,200": ("the United Nations", "Herat", "in July"),
    "15": ("officials", "Kandahar", "on Sunday"),
}
IMPLIED_SENTENCE = "A policeman was killed in the blast."
IMPLIED_SPAN = "A policeman"


def extract_into(articles: Path, out: Path) -> Path:
    """Run the core's extraction over a folder of articles into out/ (with texts.jsonl) and
    return out/."""
    status = run_extract([articles], out, who="tests")
    assert status == 0, f"extraction of {articles} failed with status {status}"
    assert (out / TEXTS_JSONL).is_file(), f"the core wrote no {TEXTS_JSONL}"
    return out


@pytest.fixture(scope="session")
def extract() -> Callable[[Path, Path], Path]:
    """`extract_into`, for tests that build their own output folder."""
    return extract_into


@pytest.fixture(scope="session")
def seeds_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The extractor's output over a copy of seeds/ (figures.csv, documents.csv)."""
    base = tmp_path_factory.mktemp("seeds-data")
    shutil.copytree(ROOT / "seeds", base / "seeds")
    return extract_into(base / "seeds", base / "output")


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The extractor's output over one article whose text holds <script> and <img onerror>."""
    base = tmp_path_factory.mktemp("hostile-data")
    (base / "articles").mkdir()
    (base / "articles" / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return extract_into(base / "articles", base / "output")


@pytest.fixture(scope="session")
def claims_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The extractor's output (with tallies and claims) over the team's multi-outlet articles:
    several outlets on the same invented events, with figures that agree, conflict and change."""
    base = tmp_path_factory.mktemp("claims-data")
    (base / "articles").mkdir()
    for article in sorted((ROOT / "tests" / "data" / "claims").glob("*.txt")):
        shutil.copy(article, base / "articles" / article.name)
    return extract_into(base / "articles", base / "output")


@pytest.fixture(scope="module")
def claims_site(claims_dir: Path) -> Iterator[str]:
    """The app over the multi-outlet articles' output, served on a free local port."""
    yield from serve(claims_dir)


@pytest.fixture(scope="session")
def corpus(seeds_dir: Path) -> Corpus:
    """The seeds' figures loaded as the dashboard loads them."""
    return load(seeds_dir)


def read_rows(folder: Path) -> list[dict[str, str]]:
    """figures.csv's rows as text, the CSV guard undone (so they can be written back with
    `rows_to_csv`, which guards them again)."""
    with (folder / FIGURES_CSV).open(encoding="utf-8", newline="") as handle:
        return [{k: v if k in NUMERIC_FIELDS else unguard_cell(v) for k, v in row.items()}
                for row in csv.DictReader(handle)]


def long_values_copy(source: Path, target: Path, publisher: str, said_by: str) -> Path:
    """A copy of an output folder whose articles all have `publisher` and whose first figure is
    credited to `said_by` (for the tests of texts too long to be an option's value)."""
    shutil.copytree(source, target)
    with (target / DOCUMENTS_CSV).open(encoding="utf-8", newline="") as handle:
        docs = [{**doc, "publisher": publisher} for doc in csv.DictReader(handle)]
    (target / DOCUMENTS_CSV).write_text(rows_to_csv(docs, DOCUMENT_FIELDS), encoding="utf-8")
    rows = read_rows(target)
    rows[0]["said_by"] = said_by
    (target / FIGURES_CSV).write_text(rows_to_csv(rows, FIGURE_FIELDS), encoding="utf-8")
    return target


def implied_row(folder: Path) -> dict[str, object]:
    """The figures.csv row of the implied single casualty "A policeman was killed", at its
    offsets in texts.jsonl's text."""
    record = json.loads((folder / TEXTS_JSONL).read_text(encoding="utf-8").splitlines()[0])
    text = record["text"]
    start = text.index(IMPLIED_SPAN)
    s_start, s_end = next((a, b) for a, b in record["sentences"] if a <= start < b)
    return {"figure_id": figure_id(ATTRIBUTED_DOC, start, start + len(IMPLIED_SPAN)), "doc": ATTRIBUTED_DOC,
            "start": start, "end": start + len(IMPLIED_SPAN), "span": IMPLIED_SPAN, "value": 1,
            "value_high": "", "whole": "", "qualifier": "exact", "kind": "count", "unit": "",
            "subject": "policeman", "category": "killed", "vague": False,
            "sentence": " ".join(text[s_start:s_end].split()), "sentence_start": s_start,
            "sentence_end": s_end, "rule": "tests.implied", "said_by": "", "place": "", "period": "",
            "implied": True}


def attribute(folder: Path) -> Path:
    """Give the figures of ATTRIBUTED_ARTICLE in folder the test's own said_by, place, period
    and implied values, replacing whatever the extractor found for its implied sentence by one
    implied figure; figures.csv is rewritten with the export module's writer."""
    text = json.loads((folder / TEXTS_JSONL).read_text(encoding="utf-8").splitlines()[0])["text"]
    implied_at = text.index(IMPLIED_SENTENCE)
    implied_end = implied_at + len(IMPLIED_SENTENCE)
    rows: list[dict[str, object]] = []
    for row in read_rows(folder):
        if int(row["start"]) < implied_end and int(row["end"]) > implied_at:
            continue  # the extractor's own take on the implied sentence, if any
        said_by, place, period = ATTRIBUTION.get(row["span"], ("", "", ""))
        rows.append({**row, "said_by": said_by, "place": place, "period": period, "implied": False})
    rows.append(implied_row(folder))
    rows.sort(key=lambda r: int(str(r["start"])))
    (folder / FIGURES_CSV).write_text(rows_to_csv(rows, FIGURE_FIELDS), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def attributed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The extractor's output over ATTRIBUTED_ARTICLE, with the tests' attribution (ATTRIBUTION)
    and one implied single casualty: 5 figures, 3 with a source, place and period."""
    base = tmp_path_factory.mktemp("attributed-data")
    (base / "articles").mkdir()
    (base / "articles" / ATTRIBUTED_DOC).write_text(ATTRIBUTED_ARTICLE, encoding="utf-8")
    return attribute(extract_into(base / "articles", base / "output"))


@pytest.fixture(scope="session")
def attributed(attributed_dir: Path) -> Corpus:
    """ATTRIBUTED_ARTICLE's figures loaded as the dashboard loads them."""
    return load(attributed_dir)


# --------------------------------------------------------------------- browser tests
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's chromium, headless, no sandbox, no background traffic."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM,
            "args": ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--no-first-run",
                     "--disable-sync"]}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A desktop-sized window that accepts downloads."""
    return {**browser_context_args, "viewport": {"width": 1440, "height": 1000}, "accept_downloads": True}


def serve(data: Path) -> Iterator[str]:
    """Serve the app over data on a free local port in a daemon thread; yields its URL."""
    from werkzeug.serving import make_server

    from dashboard.app import create_app

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app = create_app(data)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def site(seeds_dir: Path) -> Iterator[str]:
    """The dashboard over the seeds."""
    yield from serve(seeds_dir)


@pytest.fixture(scope="module")
def hostile_site(hostile_dir: Path) -> Iterator[str]:
    """The dashboard over an article whose text holds <script> and <img onerror>."""
    yield from serve(hostile_dir)


@pytest.fixture(scope="module")
def attributed_site(attributed_dir: Path) -> Iterator[str]:
    """The dashboard over an article whose figures have a source, place and period, and an
    implied single casualty (ATTRIBUTION)."""
    yield from serve(attributed_dir)
