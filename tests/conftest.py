"""Shared fixtures: where the repository, the seeds and the shared folder are."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Generated-text tests draw the same examples on every run (seeded from each test's own
# code), so a red run is always reproducible and never luck; FIGURES_HYPOTHESIS=explore
# draws fresh examples each run (and keeps failures in .hypothesis/) to look for new ones.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("FIGURES_HYPOTHESIS", "deterministic"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"  # case tables and fixture files, shared by every test folder
INPUTS = DATA / "inputs"

# The tests' compiled patterns go to a folder of this session's (set before `stats` is
# imported, and inherited by the processes tests start), not to the user's cache.
if "FIGURES_PATTERN_CACHE" not in os.environ:
    _PATTERNS = tempfile.mkdtemp(prefix="figures-test-patterns-")
    os.environ["FIGURES_PATTERN_CACHE"] = _PATTERNS
    # removed after the cache's own write: exit handlers run last registered first
    atexit.register(shutil.rmtree, _PATTERNS, True)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five sample articles, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def pytest_sessionstart(session: pytest.Session) -> None:
    """The suite tests the pure-Python core (several tests replace a module's function, which
    compiled code never looks up again); a checkout compiled in place would fail them
    confusingly, so it stops here and says why (tests/test_compiled.py compiles a copy)."""
    from stats.compiled import is_compiled

    if is_compiled():
        pytest.exit("this checkout runs the compiled core (FIGURES_COMPILE=1); the tests need pure Python: "
                    f"find {ROOT / 'stats'} -name '*.so' -delete", returncode=2)
