"""Whether the extraction core runs compiled, and a guard for a source tree whose compiled
modules no longer match their sources.

`FIGURES_COMPILE=1 pip install --no-build-isolation --no-deps -e .` compiles the core with
mypyc (see setup.py) and leaves each compiled module beside its source, where Python loads it
in place of the source. A source edited after the build would then be silently ignored;
`check` (run when `stats` is imported) refuses to start instead, naming the sources and the
two ways out. The build records each compiled source's digest (`write_record`), so the test
is on content, not on file times (a checkout that touches files without changing them is not
an edit, and a rebuild of an unchanged module need not rewrite it). An installed wheel is not
checked: nobody edits site-packages.

This module reads only the standard library: setup.py loads it by path, before anything of
the package can be imported.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
RECORD = "compiled-sources.txt"  # in the package folder: "<sha256>  <path from the project root>"
REBUILD = "FIGURES_COMPILE=1 pip install --no-build-isolation --no-deps -e ."
# (the compiled modules are small loaders of one shared library: without them the sources run)
CLEAN = "find stats -name '*.so' -delete"


def _source_tree(package: Path) -> bool:
    """Whether the package sits in a source tree (an editable install), not in site-packages."""
    return (package.parent / "pyproject.toml").is_file()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_record(root: Path, sources: Iterable[str], package: str = "stats") -> None:
    """Record the digest of each source about to be compiled (paths relative to `root`)."""
    lines = [f"{_digest(root / source)}  {source}\n" for source in sources]
    (root / package / RECORD).write_text("".join(lines), encoding="utf-8")


def stale(package: Path = PACKAGE) -> list[str]:
    """The compiled sources that changed since the build (or were removed), as recorded paths;
    every one of them when the build left no record."""
    record = package / RECORD
    if not record.is_file():
        return [f"{package.name}/ (no {RECORD}: built another way)"]
    changed = []
    for line in record.read_text(encoding="utf-8").splitlines():
        digest, _, source = line.partition("  ")
        path = package.parent / source
        if not path.is_file() or _digest(path) != digest:
            changed.append(source)
    return changed


def _compiled_here(package: Path) -> bool:
    """Whether the package folder holds the compiled record module (one look per suffix)."""
    return any((package / f"model{suffix}").is_file() for suffix in EXTENSION_SUFFIXES)


def check(package: Path = PACKAGE) -> None:
    """Refuse to run a source tree whose compiled modules no longer match their sources.

    Cheap when nothing is compiled: a look for the record's compiled module."""
    if not (_source_tree(package) and _compiled_here(package)):
        return
    edited = stale(package)
    if edited:
        more = f" and {len(edited) - 5} more" if len(edited) > 5 else ""
        raise ImportError(f"{', '.join(edited[:5])}{more} changed after the core was compiled, so the "
                          f"compiled modules would run instead of the edited sources: rebuild ({REBUILD}) "
                          f"or go back to pure Python ({CLEAN})")


def is_compiled() -> bool:
    """Whether `stats.extract` (and so the core) runs compiled."""
    module = importlib.import_module("stats.extract")  # (not `stats.extract`: the function)
    return not (module.__file__ or "").endswith(".py")
