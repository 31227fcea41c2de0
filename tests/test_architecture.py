"""The architecture, checked from the source: what may import what, and how big a module may be.

The import rules are read with `ast` from every .py file of stats/ and dashboard/ (nothing
here imports those modules), so a broken module still gets a precise message. Two
subprocess tests then check the same rule at run time: the core runs without the
dashboard's libraries.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

PACKAGES = ("stats", "dashboard")
MAX_LINES = 350
# Libraries of the dashboard that the core must never need.
UI_LIBRARIES = frozenset({"dashboard", "dash", "plotly", "pandas", "flask", "dash_bootstrap_components",
                          "dash_ag_grid"})
# All the dashboard may use of the core: the records, their vocabulary and the names of the
# output files.
DASHBOARD_MAY_IMPORT = frozenset({"stats.model", "stats.vocabulary", "stats.export"})


@dataclass(frozen=True)
class Import:
    """One import statement's target, resolved to a module name where it is one of ours."""

    source: str  # the importing module
    target: str  # the imported module (ours resolved to a module file, else the package)
    line: int

    def __str__(self) -> str:
        return f"{self.source} (line {self.line}) imports {self.target}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


FILES: dict[str, Path] = {
    _module_name(path): path
    for package in PACKAGES
    for path in sorted((ROOT / package).rglob("*.py"))
    if "__pycache__" not in path.parts
}
PACKAGE_NAMES = frozenset(name for name, path in FILES.items() if path.name == "__init__.py")


def _resolve(name: str) -> str:
    """Our module for a dotted name: the longest prefix that is a module file or package."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        candidate = ".".join(parts[:cut])
        if candidate in FILES:
            return candidate
    return name


def _imports(module: str) -> Iterator[Import]:
    """Every import in a module, at any depth (functions, methods, try blocks included)."""
    path = FILES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    own_package = module if module in PACKAGE_NAMES else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, _resolve(alias.name), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = own_package.split(".")
                base_parts = base_parts[:len(base_parts) - (node.level - 1)]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                # `from stats.find import patterns` is the module stats.find.patterns when
                # that is a file; `from stats.model import Figure` is stats.model.
                target = submodule if alias.name != "*" and submodule in FILES else _resolve(base)
                yield Import(module, target, node.lineno)


IMPORTS: list[Import] = [item for module in FILES for item in _imports(module)]


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {module: set() for module in FILES}
    for item in IMPORTS:
        if item.target in FILES and item.target != item.source:
            graph[item.source].add(item.target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def _a_cycle(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """One concrete loop through a component, for a readable message: a -> b -> a."""
    members = set(component)
    start = component[0]
    path = [start]
    seen = {start}
    node = start
    while True:
        successors = sorted(graph[node] & members)
        if start in successors and len(path) > 1:
            return [*path, start]
        unseen = [s for s in successors if s not in seen]
        node = unseen[0] if unseen else successors[0]
        if node in seen:
            return [*path[path.index(node):], node]
        path.append(node)
        seen.add(node)


# --- the checker checks the right things --------------------------------------------------------

def test_the_source_is_found_and_parsed() -> None:
    assert {"stats", "stats.model", "stats.extract", "stats.cli", "dashboard"} <= set(FILES)
    assert "stats.text.sentences" in FILES
    assert any(item.source == "stats.text.sentences" and item.target == "stats.text.patterns"
               for item in IMPORTS)


def test_cycle_finder() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _a_cycle(graph, ["a", "b", "c"]) == ["a", "b", "c", "a"]
    assert _cycles({"a": {"b"}, "b": set()}) == []


# --- the rules ----------------------------------------------------------------------------------

def test_no_import_cycles() -> None:
    """No loop among the modules of stats/ and dashboard/ (imports inside functions count)."""
    graph = _graph()
    loops = [" -> ".join(_a_cycle(graph, component)) for component in _cycles(graph)]
    assert not loops, "import cycles:\n" + "\n".join(loops)


def test_the_core_does_not_import_the_dashboard_or_its_libraries() -> None:
    offending = sorted({str(item) for item in IMPORTS
                        if item.source.split(".")[0] == "stats"
                        and item.target.split(".")[0] in UI_LIBRARIES})
    assert not offending, "\n".join(offending)


def test_the_dashboard_uses_only_the_model_and_the_export_names_of_the_core() -> None:
    offending = sorted({str(item) for item in IMPORTS
                        if item.source.split(".")[0] == "dashboard" and item.target.split(".")[0] == "stats"
                        and item.target not in DASHBOARD_MAY_IMPORT})
    assert not offending, "\n".join(offending)


def test_no_module_is_over_350_lines() -> None:
    sizes = {module: len(path.read_text(encoding="utf-8").splitlines()) for module, path in FILES.items()}
    over = [f"{FILES[m].relative_to(ROOT)}: {n} lines" for m, n in sorted(sizes.items()) if n > MAX_LINES]
    assert not over, f"modules over {MAX_LINES} lines:\n" + "\n".join(over)


# --- at run time --------------------------------------------------------------------------------

def _python(code: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def test_extracting_loads_none_of_the_dashboard_libraries() -> None:
    completed = _python(
        "import stats, sys; figures = stats.extract('7 killed', doc='a'); assert figures, figures; "
        "loaded = {'dash', 'plotly', 'pandas', 'flask', 'dashboard'} & set(sys.modules); "
        "assert not loaded, sorted(loaded)")
    assert completed.returncode == 0, completed.stderr


def test_the_command_line_extracts_without_the_dashboard_libraries(tmp_path: Path) -> None:
    """`stats extract` on the seeds with dash, plotly and pandas unimportable (None in
    sys.modules makes `import dash` raise ImportError)."""
    out = tmp_path / "out"
    completed = _python(
        "import sys; sys.modules.update(dash=None, plotly=None, pandas=None, flask=None); "
        "from stats.cli import main; "
        f"sys.exit(main(['extract', '-q', {str(SEEDS)!r}, '--out', {str(out)!r}]))",
        cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    figures = out / "figures.csv"
    assert figures.is_file()
    rows = figures.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("figure_id,"), rows[:1]
    assert len(rows) > 10  # the five seeds report dozens of figures


@pytest.mark.parametrize("library", ["dash", "plotly", "pandas"])
def test_blocking_a_library_really_blocks_it(library: str) -> None:
    """The trick the test above relies on: a None entry in sys.modules refuses the import."""
    completed = _python(f"import sys; sys.modules[{library!r}] = None; import {library}")
    assert completed.returncode != 0
    assert "ImportError" in completed.stderr or "ModuleNotFoundError" in completed.stderr
