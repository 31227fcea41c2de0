"""The build's one choice that pyproject.toml cannot state: whether to compile the core.

`pip install .` installs pure Python. `FIGURES_COMPILE=1 pip install --no-build-isolation .`
compiles the extraction core (the find and describe stages, the text splitter, the lexicon,
the records, the headline reader and the figures' relations) to C with mypyc, from the same
type-checked sources: the same output (a test compares it, byte for byte, on our test
articles) in about a quarter less time. It needs a C compiler and Python's headers, and
builds in the environment that holds the project's dependencies, mypy and the type stubs
(see NEEDS), not in an isolated one. mypyc reads the sources each time this file runs with
FIGURES_COMPILE=1 (some seconds), not only to build.

Compiled modules take precedence over their sources, so after editing a compiled module
rebuild, or remove the compiled modules (`find stats -name '*.so' -delete`): `stats` refuses
to start on compiled modules whose sources changed since the build (see `stats/compiled.py`).
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
# mypyc type-checks the core as `mypy` does, so it needs what `mypy` needs: the project's
# dependencies and their stubs, installed (an isolated build environment has neither).
NEEDS = ("FIGURES_COMPILE=1 compiles the core with mypyc, which must see the project's dependencies and "
         "type stubs: install them first (pip install -e \".[test]\"), then build in that environment: "
         "FIGURES_COMPILE=1 pip install --no-build-isolation --no-deps -e .")


def compiling() -> bool:
    """Whether FIGURES_COMPILE asks for the compiled core."""
    return os.environ.get("FIGURES_COMPILE", "").strip().lower() in {"1", "yes", "true", "on"}


# stats/compiled.py reads only the standard library: loaded by path, not with the package. It
# names the modules compiled (`compiled_sources`), which its tests read too.
_GUARD = runpy.run_path(str(ROOT / "stats" / "compiled.py"))


class _BuildAndRecord(build_ext):
    """build_ext that, once the modules are built in place (an editable install), saves the
    digests of the sources they were built from, for `stats.compiled.check`; a failed build
    leaves the last record, which still describes the compiled modules in place."""

    record = ""

    def run(self) -> None:
        super().run()
        if self.record and (self.inplace or getattr(self, "editable_mode", False)):
            _GUARD["save_record"](ROOT, self.record)


def _ext_modules() -> list[object]:
    if not compiling():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        raise SystemExit(NEEDS) from None
    sources = _GUARD["compiled_sources"](ROOT)
    _BuildAndRecord.record = _GUARD["digests"](ROOT, sources)  # (before the build: what it reads)
    return list(mypycify(sources, opt_level="3"))


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": _BuildAndRecord})
