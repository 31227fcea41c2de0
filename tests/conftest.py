"""Shared fixtures: where the repository, the seeds and the shared folder are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"  # case tables and fixture files, shared by every test folder
INPUTS = DATA / "inputs"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five sample articles, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
