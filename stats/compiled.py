"""Whether the extraction core runs compiled, and a guard for a source tree whose compiled
modules no longer match their sources.

`FIGURES_COMPILE=1 pip install --no-build-isolation --no-deps -e .` compiles the core with
mypyc (see setup.py) and leaves each compiled module beside its source, where Python loads it
in place of the source. A source edited after the build would then be silently ignored;
`check` (run when `stats` is imported) refuses to start instead, naming the sources and the
two ways out. The build records each compiled source's digest (`digests`, saved once the
build succeeds), so the test is on content, not on file times (a checkout that touches files
without changing them is not an edit, and a rebuild of an unchanged module need not rewrite
it). An installed wheel is not checked: nobody edits site-packages.

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
# What runs once per sentence or per figure: the hot loop of `stats extract` (and what it calls
# on each article: its reading of a headline, its figures' relations).
COMPILED = ("stats/describe", "stats/find", "stats/text", "stats/lexicon", "stats/extract.py",
            "stats/model.py", "stats/vocabulary.py", "stats/read/metadata.py", "stats/reconcile/relations.py",
            "stats/reconcile/context.py")
# A subclass of pickle.Unpickler, which a compiled (native) class cannot be; and it runs once.
INTERPRETED = frozenset({"stats/lexicon/pattern_cache.py"})
RECORD = "compiled-sources.txt"  # in the package folder: "<sha256>  <path from the project root>"
REBUILD = "FIGURES_COMPILE=1 pip install --no-build-isolation --no-deps -e ."


def compiled_sources(root: Path) -> list[str]:
    """The source files mypyc compiles (setup.py), relative to the project's `root`, in a
    stable order."""
    files: list[str] = []
    for entry in COMPILED:
        path = root / entry
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files += [p.relative_to(root).as_posix() for p in found]
    return [f for f in files if f not in INTERPRETED]


def _source_tree(package: Path) -> bool:
    """Whether the package sits in a source tree (an editable install), not in site-packages."""
    return (package.parent / "pyproject.toml").is_file()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digests(root: Path, sources: Iterable[str]) -> str:
    """The record of the sources about to be compiled (paths relative to `root`): taken before
    the build, saved after it (`save_record`) only if it succeeds."""
    return "".join(f"{_digest(root / source)}  {source}\n" for source in sources)


def save_record(root: Path, record: str, package: str = "stats") -> None:
    (root / package / RECORD).write_text(record, encoding="utf-8")


class StaleCompiledCore(ImportError):
    """The source tree's compiled modules no longer match their sources."""


def stale(package: Path = PACKAGE) -> list[str]:
    """The compiled sources that changed since the build (or were removed), as recorded paths.
    Raises StaleCompiledCore when the build left no record."""
    record = package / RECORD
    if not record.is_file():
        raise StaleCompiledCore(f"{package} holds compiled modules but no {RECORD}, the record of "
                                f"the sources they were built from (not built by setup.py?): "
                                f"{_ways_out(package)}")
    changed = []
    for line in record.read_text(encoding="utf-8").splitlines():
        digest, _, source = line.partition("  ")
        path = package.parent / source
        if not path.is_file() or _digest(path) != digest:
            changed.append(source)
    return changed


def _ways_out(package: Path) -> str:
    # (the compiled modules are small loaders of one shared library: without them the sources run)
    return (f"rebuild ({REBUILD}, in {package.parent}) or go back to pure Python "
            f"(find {package} -name '*.so' -delete)")


def _compiled_here(package: Path) -> bool:
    """Whether the package folder holds a compiled module of its own (a look per suffix)."""
    return any((package / f"{name}{suffix}").is_file()
               for name in ("extract", "model") for suffix in EXTENSION_SUFFIXES)


def check(package: Path = PACKAGE) -> None:
    """Refuse to run a source tree whose compiled modules no longer match their sources
    (StaleCompiledCore, an ImportError). Cheap when nothing is compiled: a few looks for a
    compiled module."""
    if not (_source_tree(package) and _compiled_here(package)):
        return
    edited = stale(package)
    if edited:
        more = f" and {len(edited) - 5} more" if len(edited) > 5 else ""
        raise StaleCompiledCore(f"{', '.join(edited[:5])}{more} changed after the core was compiled, so "
                                f"the compiled modules would run instead of the edited sources: "
                                f"{_ways_out(package)}")


def is_compiled() -> bool:
    """Whether `stats.extract` (and so the core) runs compiled."""
    module = importlib.import_module("stats.extract")  # (not `stats.extract`: the function)
    return not (module.__file__ or "").endswith(".py")
