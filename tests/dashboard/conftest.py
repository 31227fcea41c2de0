"""Shared fixtures: extractor output over the repo's seeds (and a hostile-markup article),
built fresh in a temp dir, so the tests never depend on output/.

Extraction runs `python -m stats extract` in a child process, as the dashboard does, so these
tests do not depend on how the core is laid out inside; the core writes texts.jsonl itself.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # import this checkout's dashboard package, whatever is installed
    sys.path.insert(0, str(ROOT))

from dashboard.data import Corpus, load  # noqa: E402
from dashboard.extractor import run_extract  # noqa: E402
from stats.export import TEXTS_JSONL  # noqa: E402

HOSTILE_ARTICLE = (
    "Markup in the wire copy\n\nThe Test Gazette\n\nPublished 2021-08-02\n\n"
    "Officials said at least 12 people were killed in the raid <script>alert(1)</script> near the market.\n\n"
    "A second report <img src=x onerror=alert(2)> said 30 soldiers surrendered on Sunday.\n\n"
    "The district has 5,000 residents.\n"
)


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
def corpus(seeds_dir: Path) -> Corpus:
    """The seeds' figures loaded as the dashboard loads them."""
    return load(seeds_dir)
