"""Optional extras: a feature that needs a library the core does not install says which extra
to install, instead of failing with an ImportError deep in a run.

`stats extract --format parquet` needs the `parquet` extra (pyarrow) and `--engine dask` the
`cluster` extra (Dask distributed and pyarrow); `pip install -e .` alone installs neither.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtra(Exception):
    """A feature was asked for whose optional libraries are not installed."""

    def __init__(self, feature: str, extra: str, missing: str) -> None:
        super().__init__(f"{feature} needs the [{extra}] extra ({missing} is not installed); "
                         f"install it with: pip install \"figures-from-news[{extra}]\" "
                         f"(or pip install -e \".[{extra}]\" in a checkout)")
        self.feature, self.extra, self.missing = feature, extra, missing


def load(module: str, feature: str, extra: str) -> ModuleType:
    """Import `module`, or raise MissingExtra naming the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtra(feature, extra, module.split(".")[0]) from error
