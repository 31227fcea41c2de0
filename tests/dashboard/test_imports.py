"""The dashboard depends on the core only through its output files and its contract modules
(stats.model, stats.vocabulary, stats.export), and its own modules import each other without a cycle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import charts, labels
from dashboard.data import CASUALTY_CATEGORIES, CATEGORIES, KINDS
from stats.vocabulary import CASUALTY_CATEGORIES as MODEL_CASUALTY_CATEGORIES
from stats.vocabulary import Category, Kind, Qualifier

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "dashboard"
ALLOWED_CORE = {"stats.model", "stats.vocabulary", "stats.export"}


def module_name(path: Path) -> str:
    """dashboard/foo.py -> dashboard.foo; dashboard/__init__.py -> dashboard."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def is_module(name: str) -> bool:
    """Whether a dotted name is a module or package of this checkout."""
    path = ROOT / name.replace(".", "/")
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imported(name: str) -> set[str]:
    """Every module a dashboard module imports, anywhere in it (functions included), as full
    dotted names; `from package import name` counts as package.name when that is a module."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative import
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if is_module(f"{base}.{alias.name}") else base)
    return found


def core_imports(name: str) -> set[str]:
    """The core modules a dashboard module imports (`from stats import model` counts as
    stats.model; the package `stats` itself, imported with any of its modules, is left out)."""
    return {m for m in imported(name) if m.startswith("stats.")}


def dashboard_edges() -> dict[str, set[str]]:
    """Which dashboard modules each dashboard module imports."""
    return {name: {m for m in imported(name) if m in MODULES and m != name} for name in MODULES}


def test_every_module_is_checked() -> None:
    assert {"dashboard.data", "dashboard.quotes", "dashboard.texts", "dashboard.__main__",
            "dashboard.bench", "dashboard"} <= set(MODULES)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_only_the_contract_modules_of_the_core_are_imported(name: str) -> None:
    assert core_imports(name) <= ALLOWED_CORE, f"{name} imports {sorted(core_imports(name) - ALLOWED_CORE)}"


def test_the_check_would_catch_a_forbidden_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from stats.model import Kind\nfrom stats import export, cli\n\n"
                      "def f():\n    import stats.read.sources\n    from stats.text.sentences import x\n",
                      encoding="utf-8")
    monkeypatch.setitem(MODULES, "dashboard.sample", sample)
    assert core_imports("dashboard.sample") - ALLOWED_CORE == {
        "stats.cli", "stats.read.sources", "stats.text.sentences"}


def find_cycle(edges: dict[str, set[str]]) -> list[str]:
    """One import cycle of the graph (a path back to its start), or [] if there is none."""
    state: dict[str, str] = {}  # "open" while on the depth-first path, "done" after

    def visit(name: str, path: list[str]) -> list[str]:
        state[name] = "open"
        for target in sorted(edges.get(name, ())):
            if state.get(target) == "open":
                return [*path[path.index(target):], target]
            if target not in state and (cycle := visit(target, [*path, target])):
                return cycle
        state[name] = "done"
        return []

    for name in sorted(edges):
        if name not in state and (cycle := visit(name, [name])):
            return cycle
    return []


def test_the_cycle_check_finds_cycles() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_no_import_cycle_within_the_dashboard() -> None:
    edges = dashboard_edges()
    assert find_cycle(edges) == []
    assert "dashboard.data" in edges["dashboard.quotes"]  # the graph is really built
    assert "dashboard.quotes" not in edges["dashboard.data"]


def test_the_dashboard_runs_with_the_rest_of_the_core_unimportable(seeds_dir: Path) -> None:
    """Load, quote and render with every core module blocked but stats.model, stats.export and
    what importing those two brings in (the `stats` package's __init__ imports the extractor)."""
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import stats.export, stats.model
from importlib.abc import MetaPathFinder
ALREADY = {{m for m in sys.modules if m.startswith("stats.")}}

class Block(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith("stats.") and name not in ALREADY:
            raise ImportError(f"the dashboard imported {{name}}")
        return None

sys.meta_path.insert(0, Block())
from pathlib import Path
from dashboard import callbacks, quotes
from dashboard.app import create_app
app = create_app(Path({str(seeds_dir)!r}))
quote = quotes.quote(app.corpus, "f2aa723dbda44")
assert quote is not None and quote.from_article, quote
callbacks.show_figure(app.corpus, "?figure=f2aa723dbda44&view=article", "/", [], "")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_the_vocabularies_come_from_the_core_s_vocabulary() -> None:
    assert tuple(Category) == CATEGORIES
    assert tuple(Kind) == KINDS
    assert CASUALTY_CATEGORIES == MODEL_CASUALTY_CATEGORIES
    assert set(charts.CATEGORY_COLORS) == set(Category)  # every category has a colour ...
    assert set(charts.QUALIFIER_SYMBOLS) == set(Qualifier)  # ... every qualifier a symbol
    assert set(labels.QUALIFIER_WORDS) == set(Qualifier)


def test_the_qualifier_words_are_the_lexicon_s_own_phrases() -> None:
    """Each qualifier's words (stats.vocabulary.QUALIFIER_WORDS) are a phrase the lexicon reads as that
    qualifier, so the page says what the article said ("at least", "more than", "up to")."""
    from stats.lexicon import QUALIFIERS
    from stats.vocabulary import QUALIFIER_WORDS

    for code, words in QUALIFIER_WORDS.items():
        if code not in (Qualifier.EXACT, Qualifier.RANGE):
            assert QUALIFIERS[words] == code, (code, words)
    assert all("_" not in words for words in labels.QUALIFIER_WORDS.values())
