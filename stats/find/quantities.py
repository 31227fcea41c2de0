"""The quantulum3 adapter: names the physical unit after a number ("5 volts", "2 acres").

The only module that imports quantulum3. The project's own rules find the numbers and
handle counts, money, percentages, distances and durations; quantulum3 is asked only about
the words after a number the rules have already accepted, when its unit table knows the
first of those words, and each answer is cached. Its quirks stay here: the logging set-up
it does on every call, its classifier warning, and units it invents from ordinary words.
"""

from __future__ import annotations

import logging
import sys
import warnings
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Final

from stats.lexicon.pattern_cache import SERIAL, compile_regex, group_number

_QUANTULUM_LOGGER: Final = "quantulum3"

# Entities whose units are counted nouns or handled by the rules (money, time, percent).
_SKIPPED_ENTITIES: Final = {"dimensionless", "currency", "time", "typographical element", "unknown"}
# Dimensionless units that are real measures.
_KEPT_DIMENSIONLESS: Final = {"parts-per-million", "parts-per-billion", "per mille"}
# Unit surfaces that are everyday English words far more often than units in news.
_DENIED_SURFACES: Final = {
    "barn", "barns", "shake", "shakes", "gal", "rad", "rads", "gray", "grays", "henry",
    "darcy", "langley", "stokes", "tex", "denier", "rhe", "bit", "bits", "set", "sets",
    "pair", "pairs", "mole", "moles", "point", "points", "pt", "pts", "cup", "cups",
    "stone", "stones", "head", "heads", "hand", "hands", "mark", "marks", "line", "lines",
    "degree", "degrees", "sec", "min", "c", "f", "a", "an", "in", "at", "as", "is", "it",
    "s", "t", "g", "m", "b", "k", "l", "d", "h", "p", "v", "w", "j", "n", "by", "per",
    "pound", "pounds", "lb", "lbs", "ton", "tons",
}
# Unit symbols that are everyday letters, accepted only glued to the number ("45g", "3min").
GLUED_ONLY: Final = {"g", "l", "lb", "lbs", "min", "mins", "sec", "secs", "t", "ml", "cl"}
FIRST_WORD: Final = compile_regex(r"(?P<gap>[\s\-‐‑]*)(?P<w>[\p{L}°µμΩ][\p{L}]*)")
FIRST_GAP: Final = group_number(FIRST_WORD, "gap")  # (its groups by number: see `group_number`)
FIRST_LETTERS: Final = group_number(FIRST_WORD, "w")
ACRONYM_PLURAL: Final = compile_regex(r"\p{Lu}{2,}s")
_TAIL_WORDS: Final = compile_regex(r"^[^\n]{0,40}?(?=[,.;:!?)\]]|\s(?:and|or|of|in|on|at|to|for)\b|$)")


def _quiet() -> None:
    """Keep quantulum3 from configuring the caller's logging or warning on every call, and
    import its `inflect` without run-time type checks (`_import_inflect_unchecked`)."""
    logging.getLogger(_QUANTULUM_LOGGER).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", message="Classifier dependencies not installed")
    _import_inflect_unchecked()


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """typeguard's `typechecked` as it is under `python -O`: the target unchanged."""
    return target if target is not None else _unchecked


def _import_inflect_unchecked() -> None:
    """Import `inflect` (quantulum3 pluralises unit names with it) as under `python -O`.

    inflect 7 wraps its engine in typeguard's `@typechecked`, which re-parses and recompiles
    every method at import: about 1.9 s of the 2.3 s quantulum3 takes to load, for checks
    typeguard itself says are not meant for production (they vanish under `-O`). The
    decorator is the identity only while inflect is imported, then restored.
    """
    if "inflect" in sys.modules:
        return
    try:
        import typeguard
    except ImportError:  # an inflect without typeguard: nothing to skip
        return
    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        import inflect  # noqa: F401
    finally:
        typeguard.typechecked = checked


@cache
def _parser():  # type: ignore[no-untyped-def]
    _quiet()
    from quantulum3 import parser

    return parser


def raw_parse(text: str) -> list[Any]:
    """quantulum3's own parse of `text`, quieted: for the bench's baseline, not for rules."""
    return list(_parser().parse(text))


@cache
def quantulum_unit_words() -> frozenset[str]:
    """Lower-cased first words of every unit surface and symbol quantulum3 would accept."""
    _quiet()
    from quantulum3 import load

    units = load.units("en_US")
    words: set[str] = set()
    for table in (units.surfaces, units.symbols):
        for surface, candidates in table.items():
            if any(_acceptable(u.name, u.entity.name) for u in candidates):
                first = surface.split()[0].lower() if surface.split() else ""
                if first and first not in _DENIED_SURFACES:
                    words.add(first)
    return frozenset(words)


def _acceptable(unit_name: str, entity: str) -> bool:
    if entity in _SKIPPED_ENTITIES:
        return unit_name in _KEPT_DIMENSIONLESS
    return True


def clear_cache() -> None:
    """Forget quantulum3's cached answers (the bench empties them so each run pays for them)."""
    _measure.cache_clear()


def warm_up() -> None:
    """Pay quantulum3's first-call cost now (loading its units, about 0.3 s)."""
    quantulum_unit_words()
    _measure("1", " kg")


def measure_after(right: str) -> tuple[str, int] | None:
    """The unit named at the start of `right` (the text after a number), and its length.

    The caller has checked that the first word can start a unit (`find.units.unit_word_after`,
    from the word list this module writes out), so quantulum3 is loaded only when needed.

    >>> measure_after(" volts across it")
    ('volt', 6)
    >>> measure_after(" soldiers were killed") is None
    True
    """
    first = FIRST_WORD.match(right, None, None, SERIAL)
    if not first:
        return None
    gap = first[FIRST_GAP]
    if gap.strip():  # "185-hp": read the unit after the hyphen
        found = measure_after(" " + right[len(gap):])
        return None if found is None else (found[0], found[1] - 1 + len(gap))
    tail = _TAIL_WORDS.match(right, None, None, SERIAL)
    window = tail.group() if tail else right[: first.end()]
    return _measure("1", window.rstrip(), not gap)


@cache
def _measure(number: str, window: str, glued: bool = False) -> tuple[str, int] | None:
    try:
        found = _parser().parse(number + window)
    except Exception:  # quantulum3 raises assorted errors on odd text; a miss is fine
        return None
    for quantity in found:
        unit = quantity.unit
        if quantity.span[0] != 0 or not _acceptable(unit.name, unit.entity.name):
            continue
        # quantulum3 may take an operator after the unit into its span ("224 kW /" before
        # "300 PS"), or not, by the order it meets its candidates in (which varies with the
        # hash seed): the unit ends before it either way, so the output stays byte-stable.
        consumed = len(window[: quantity.span[1] - len(number)].rstrip(" \t/"))
        surface = window[:consumed].strip().lower()
        if consumed <= 0 or (surface in _DENIED_SURFACES and not (glued and surface in GLUED_ONLY)):
            continue
        return unit.name, consumed
    return None


def write_unit_words(path: Path) -> int:
    """Write `quantulum_unit_words()` to `path` (the lexicon's unit_words.txt); returns the count."""
    version = metadata.version("quantulum3")
    words = sorted(quantulum_unit_words())
    header = (f"# First words of the unit names and symbols quantulum3 {version} accepts after a "
              "number (see\n# stats/find/quantities.py), one a line, lower case. Generated: python -m "
              "stats.find.quantities --write-unit-words\n")
    path.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    return len(words)


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "lexicon" / "unit_words.txt"
    if sys.argv[1:] != ["--write-unit-words"]:
        raise SystemExit("usage: python -m stats.find.quantities --write-unit-words")
    print(f"wrote {write_unit_words(target)} words to {target}")
