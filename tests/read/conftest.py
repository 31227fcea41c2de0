"""Helpers for the reading-stage tests: the fixture inputs, one-document reads, fuzz settings."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, settings

from stats.model import Document
from stats.read import sources
from tests.conftest import INPUTS

__all__ = ["FUZZ", "INPUTS", "by_doc", "read_one"]


def read_one(path: Path) -> Document:
    """The single document a file gives."""
    documents = list(sources.read_path(path))
    assert len(documents) == 1, [d.doc for d in documents]
    return documents[0]


def by_doc(documents: list[Document]) -> dict[str, Document]:
    return {d.doc: d for d in documents}


FUZZ = settings(deadline=None, derandomize=True, database=None, max_examples=300,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
