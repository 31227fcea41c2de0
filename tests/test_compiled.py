"""The core compiled by mypyc (`FIGURES_COMPILE=1`, see setup.py) writes what the pure-Python
core writes, byte for byte: every output file of `stats extract` over the seeds and the
team's annotated articles, with one process and with two, against the pure core's with one.

The test builds a copy of the package in a temporary folder (about two and a half minutes
of one core, the one slow test of the suite) and runs the command there, where the copy's
compiled modules come first on the path. It needs a C compiler; without one it says so and
skips, as without Python's headers (mypy, which holds mypyc, is a test dependency).

The stale-module guard of `stats.compiled` is tested on the same build.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from stats import compiled

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT / "seeds", ROOT / "tests" / "data" / "articles"]
BUILD_SECONDS = 1800  # a bound for a stuck build, not a timing


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, env={**os.environ, **env}, text=True,
                          capture_output=True, timeout=BUILD_SECONDS, check=False)


@pytest.fixture(scope="module")
def compiled_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("mypyc") is None:
        pytest.skip("mypyc (part of mypy) is not installed")
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler (cc or gcc) to compile the core with")
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        pytest.skip("no Python headers (Python.h) to compile the core against")
    tree = tmp_path_factory.mktemp("compiled")
    shutil.copytree(ROOT / "stats", tree / "stats", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    built = _run(["setup.py", "-q", "build_ext", "--inplace"], tree, FIGURES_COMPILE="1")
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return tree


def _outputs(folder: Path) -> dict[str, bytes]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}


def _extract(cwd: Path, out: Path, jobs: int) -> dict[str, bytes]:
    done = _run(["-m", "stats", "extract", *map(str, INPUTS), "--out", str(out), "-q", "-j", str(jobs),
                 "--format", "csv,jsonl,parquet"], cwd)
    assert done.returncode == 0, done.stderr[-3000:]
    return _outputs(out)


def test_the_copy_runs_compiled(compiled_tree: Path) -> None:
    asked = _run(["-c", "import stats.compiled as c; print(c.is_compiled())"], compiled_tree)
    assert asked.stdout.strip() == "True", asked.stderr[-2000:]
    here = _run(["-c", "import stats.compiled as c; print(c.is_compiled())"], ROOT)
    assert here.stdout.strip() == "False", "the source tree is compiled: the test compares it with itself"


@pytest.fixture(scope="module")
def pure_output(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The pure-Python core's output with one process (`--jobs 2` writes the same: test_engines)."""
    return _extract(ROOT, tmp_path_factory.mktemp("pure") / "out", 1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_compiled_output_is_the_pure_output(compiled_tree: Path, pure_output: dict[str, bytes],
                                            tmp_path: Path, jobs: int) -> None:
    compiled = _extract(compiled_tree, tmp_path / "compiled", jobs)
    assert len(pure_output["figures.csv"]) > 100_000
    assert sorted(compiled) == sorted(pure_output)
    differ = [name for name in pure_output if compiled[name] != pure_output[name]]
    assert not differ, f"compiled output differs in {differ}"


def test_an_edited_source_stops_the_compiled_core(compiled_tree: Path) -> None:
    source = compiled_tree / "stats" / "describe" / "place.py"
    text = source.read_text(encoding="utf-8")
    touched = _run(["-c", "import stats"], compiled_tree)
    assert touched.returncode == 0, touched.stderr[-2000:]  # (the build's own sources: no complaint)
    source.write_text(text + "\n# an edit\n", encoding="utf-8")
    try:
        refused = _run(["-c", "import stats"], compiled_tree)
        assert refused.returncode != 0
        assert "stats/describe/place.py changed after the core was compiled" in refused.stderr
        assert "FIGURES_COMPILE=1 pip install --no-build-isolation --no-deps -e ." in refused.stderr
    finally:
        source.write_text(text, encoding="utf-8")
    os.utime(source)  # touched, not changed: no complaint
    assert _run(["-c", "import stats"], compiled_tree).returncode == 0


def test_the_guard_reads_content_not_file_times(tmp_path: Path) -> None:
    """Without a build: a tree with a compiled module's file and the build's record."""
    package = tmp_path / "stats"
    (package / "describe").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    source = package / "describe" / "place.py"
    source.write_text("X = 1\n", encoding="utf-8")
    compiled.check(package)  # nothing compiled: nothing to check
    (package / f"model{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    with pytest.raises(compiled.StaleCompiledCore, match=r"no compiled-sources\.txt"):
        compiled.check(package)
    compiled.save_record(tmp_path, compiled.digests(tmp_path, ["stats/describe/place.py"]))
    compiled.check(package)
    os.utime(source, (source.stat().st_mtime + 100,) * 2)
    compiled.check(package)  # touched, not changed
    source.write_text("X = 2\n", encoding="utf-8")
    with pytest.raises(compiled.StaleCompiledCore, match=r"place\.py changed after the core was compiled"):
        compiled.check(package)
    source.unlink()
    assert compiled.stale(package) == ["stats/describe/place.py"]


def _compiled_files() -> list[Path]:
    """The sources setup.py compiles (`compiled.compiled_sources`)."""
    files = [ROOT / source for source in compiled.compiled_sources(ROOT)]
    assert len(files) > 50
    return files


def _lazy_in_native_classes(source: str) -> list[str]:
    """Classes of a compiled module that keep values lazily with `functools.cached_property`
    (or a descriptor named `cached`) without being ordinary classes: a native class has no
    instance dictionary, so such a value is read again on every use (the output stays the
    same, the time does not). The core keeps its lazy readings in attributes instead (see
    `contexts.ArticleIndex`)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        ordinary = any("native_class=False" in ast.unparse(d) for d in node.decorator_list)
        lazy = [f.name for f in node.body if isinstance(f, ast.FunctionDef) and any(
            ast.unparse(d).split(".")[-1] in {"cached_property", "cached"} for d in f.decorator_list)]
        if lazy and not ordinary:
            found.append(f"{node.name}.{lazy[0]}")
    return found


def test_compiled_classes_keep_lazy_values_only_where_they_can() -> None:
    offending = {p.name: bad for p in _compiled_files()
                 if (bad := _lazy_in_native_classes(p.read_text(encoding="utf-8")))}
    assert not offending, ("keep these values in attributes read by properties (see contexts.ArticleIndex), "
                           f"or make the classes ordinary ones (mypyc_attr(native_class=False)): {offending}")


def test_the_lazy_value_check_finds_a_native_class() -> None:
    native = "class A:\n    @cached_property\n    def x(self) -> int:\n        return 1\n"
    assert _lazy_in_native_classes("@mypyc_attr(native_class=True)\n" + native) == ["A.x"]
    ordinary = "@mypyc_attr(native_class=False)\n" + native.replace("cached_property", "cached")
    plain = "class A:\n    @property\n    def x(self) -> int:\n        return 1\n"
    assert _lazy_in_native_classes(native) == ["A.x"]
    assert _lazy_in_native_classes(ordinary) == [] == _lazy_in_native_classes(plain)


_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def _constants_not_final(source: str) -> list[str]:
    """Module constants (UPPER_CASE names bound once at the top level) not annotated `Final`:
    compiled code reads such a name from the module's dictionary at every use, a `Final` one
    from a C static (a few percent of a compiled run's time over the core)."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):  # (names bound together, "A, B = 1, 2", cannot be annotated)
            names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            annotation = ""
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, annotation = [node.target.id], ast.unparse(node.annotation)
        else:
            continue
        type_variable = "TypeVar(" in ast.unparse(node)
        if not (annotation.startswith("Final") or type_variable):
            found += [name for name in names if _CONSTANT.fullmatch(name)]
    return found


def test_compiled_modules_state_their_constants_final() -> None:
    missing = {p.relative_to(ROOT).as_posix(): names for p in _compiled_files()
               if (names := _constants_not_final(p.read_text(encoding="utf-8")))}
    assert not missing, f"annotate these module constants `Final` (typing): {missing}"


def test_the_final_check_finds_a_plain_constant() -> None:
    source = "from typing import Final\nA = 1\nB: int = 2\nC: Final = 3\nD: Final[int] = 4\nlower = 5\n"
    source += "E, f = 6, 7\n"
    assert _constants_not_final(source) == ["A", "B", "E"]
