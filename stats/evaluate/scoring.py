"""Score figures against a gold file written to the annotation guide (gold/ANNOTATION.md).

The matching rule is the one `shared/score.py` documents, so both give the same numbers:
a prediction and a gold figure pair when they are in the same document, have the same
value (fractions compared to 4 decimals), come from the same sentence (allowing for
different sentence splitting) and point at the same words; pairs are then taken one to
one, strongest first. Field accuracy is computed on the matched pairs.
"""

from __future__ import annotations

import itertools
import json
import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypedDict

import regex

from stats.evaluate.unit_names import KIND_OF_UNIT as _KIND_OF_UNIT
from stats.evaluate.unit_names import UNITS as _UNITS

KINDS = ["count", "money", "percent", "fraction", "ordinal", "distance", "duration", "measure"]
FIELDS = ["category", "kind", "unit", "qualifier", "whole", "subject"]
# Scored only when the gold has them (guide v2); a blank prediction is an answer here.
PROVENANCE = ["said_by", "place", "period", "implied"]
STOP_WORDS = frozenset(
    "a an the of to in on at for and or by with from as than more less least most about over "
    "under up within nearly almost around roughly some this that these those its their his "
    "her our your".split())
_TRUE = {"true", "1", "yes", "y", "t"}
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"',
                         "”": '"', "„": '"', "‟": '"', "″": '"', "–": "-", "—": "-",
                         "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-"})


def normalise(text: object) -> str:
    """NFKC, straight quotes, plain hyphens, collapsed whitespace, case-folded."""
    text = unicodedata.normalize("NFKC", str(text or "")).translate(_QUOTES)
    return regex.sub(r"\s+", " ", text).strip().casefold()


def doc_key(name: object) -> str:
    key = normalise(Path(str(name or "")).name)
    return key.removesuffix(".txt")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: object) -> list[str]:
    return [_singular(w) for w in regex.findall(r"[^\W_]+", regex.sub(r"'s\b", "", normalise(text)))]


def number(raw: object) -> float | None:
    """A finite float from a number or numeric text ("1,500"); None otherwise."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = str(raw).strip().replace(",", "").replace("_", "")
        try:
            value = float(text)
        except ValueError:
            return None
    return value if math.isfinite(value) else None


@dataclass
class Item:
    """One gold or predicted figure as the scorer sees it."""

    index: int
    row: Mapping[str, object]
    value: float | None = field(init=False)

    def __post_init__(self) -> None:
        self.value = number(self.row.get("value"))

    def get(self, name: str) -> object:
        value = self.row.get(name)
        return None if value is None or (isinstance(value, str) and not value.strip()) else value

    @cached_property
    def key(self) -> str:
        return doc_key(self.row.get("doc"))

    @cached_property
    def sentence(self) -> str:
        return normalise(self.row.get("sentence"))

    @cached_property
    def span(self) -> str:
        return normalise(self.row.get("span"))

    @cached_property
    def span_words(self) -> set[str]:
        return set(words(self.row.get("span"))) - STOP_WORDS


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    if math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9):
        return True
    return abs(a) < 1 and abs(b) < 1 and round(a, 4) == round(b, 4)


def _overlap(a: str, b: str) -> str:
    best = ""
    for first, second in ((a, b), (b, a)):
        for size in range(min(len(first), len(second)), len(best), -1):
            if first.endswith(second[:size]):
                best = second[:size]
                break
    return best


def _strength(p: Item, g: Item) -> tuple[bool, bool, bool, int] | None:
    if p.key != g.key or not same_value(p.value, g.value):
        return None
    if p.sentence and p.sentence not in g.sentence and g.sentence not in p.sentence:
        shared = _overlap(p.sentence, g.sentence)
        if not (len(shared) >= 20 and p.span in shared and g.span in shared):
            return None
    shared_words = p.span_words & g.span_words
    contained = bool(p.span) and (p.span in g.span or g.span in p.span)
    if not contained and not shared_words and g.span not in p.sentence:
        return None
    return (p.sentence == g.sentence, p.span == g.span, contained, len(shared_words))


def match(gold: list[Item], pred: list[Item]) -> list[tuple[Item, Item]]:
    """One-to-one pairs, strongest first; ties go by order in the files."""
    candidates = []
    for g in gold:
        for p in pred:
            strength = _strength(p, g)
            if strength is not None:
                candidates.append((strength, g.index, p.index, g, p))
    candidates.sort(key=lambda c: (c[1], c[2]))
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi, g, p in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((g, p))
    return pairs


def _label(value: object) -> str | None:
    return None if value is None else normalise(value).replace("-", "_").replace(" ", "_")


def _unit(value: object) -> str | None:
    if value is None:
        return None
    key = normalise(value)
    single = key[:-1] if key.endswith("s") and len(key) > 2 else key
    return _UNITS.get(key, _UNITS.get(single, key))


def _kind_of(p: Item) -> str:
    kind = _label(p.get("kind"))
    if kind:
        return kind
    unit = _unit(p.get("unit"))
    if unit in _KIND_OF_UNIT:
        return _KIND_OF_UNIT[unit]
    return "fraction" if p.value is not None and 0 < abs(p.value) < 1 else "count"


def _content_words(text: object) -> set[str]:
    kept = [w for w in words(text) if w not in STOP_WORDS]
    return set(kept) | {_singular(a + b) for a, b in itertools.pairwise(kept)}


def _provenance(value: object, drop_the: bool) -> str | None:
    """said_by / place / period as compared: normalised text, None when blank."""
    if value is None:
        return None
    text = normalise(value)
    if drop_the and text.startswith("the "):
        text = text[4:].strip()
    return text or None


def _flag(value: object) -> bool:
    return value if isinstance(value, bool) else value is not None and normalise(value) in _TRUE


def field_right(name: str, g: Item, p: Item) -> bool:
    """Whether a matched prediction has the gold's value of one field."""
    gold, pred = g.get(name), p.get(name)
    if name in ("said_by", "place", "period"):
        return _provenance(gold, name != "period") == _provenance(pred, name != "period")
    if name == "implied":
        return _flag(gold) == _flag(pred)
    if name == "subject":
        head = [w for w in words(gold) if w not in STOP_WORDS]
        return bool(head) and pred is not None and head[-1] in _content_words(pred)
    if name == "whole":
        a, b = number(gold), number(pred)
        return (a is None and b is None) or same_value(a, b)
    if name == "unit":
        return _unit(gold) == _unit(pred)
    return _label(gold) == _label(pred)


Row = dict[str, object]  # one gold or predicted figure, as read from its file


class Counts(TypedDict):
    """Matches, extras and misses, with the precision, recall and F1 they make."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


class FieldScore(TypedDict):
    """How often a field is right on the matched figures."""

    correct: int
    compared: int
    accuracy: float


class Score(TypedDict):
    """What `score` returns (the shape `stats eval --json` prints)."""

    gold: int
    predicted: int
    overall: Counts
    per_kind: dict[str, Counts]
    fields: dict[str, FieldScore | None]  # None: the predictions do not fill the field
    false_negatives: list[Row]
    false_positives: list[Row]
    field_errors: dict[str, list[tuple[Row, Row]]]  # per field: the (gold, predicted) pairs it got wrong


def _prf(tp: int, fp: int, fn: int) -> Counts:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4)}


def score(gold_rows: Iterable[Mapping[str, object]],
          pred_rows: Iterable[Mapping[str, object]]) -> Score:
    """Precision, recall and F1 (overall and per kind), field accuracy, and the misses."""
    gold = [Item(i, row) for i, row in enumerate(gold_rows)]
    pred = [Item(i, row) for i, row in enumerate(pred_rows)]
    pairs = match(gold, pred)
    matched_gold = {g.index for g, _ in pairs}
    matched_pred = {p.index for _, p in pairs}
    missed = [g for g in gold if g.index not in matched_gold]
    extra = [p for p in pred if p.index not in matched_pred]
    tp_kinds = [_label(g.get("kind")) for g, _ in pairs]
    fn_kinds = [_label(g.get("kind")) for g in missed]
    fp_kinds = [_kind_of(p) for p in extra]
    seen = {k for k in tp_kinds + fn_kinds + fp_kinds if k}
    kinds = [k for k in KINDS if k in seen] + sorted(seen - set(KINDS))
    fields: dict[str, FieldScore | None] = {}
    provenance = [name for name in PROVENANCE if any(name in g.row for g in gold)]
    for name in FIELDS + provenance:
        predicted = (any(name in p.row for p in pred) if name in PROVENANCE
                     else any(p.get(name) is not None for p in pred))
        if not predicted:
            fields[name] = None
            continue
        right = sum(field_right(name, g, p) for g, p in pairs)
        fields[name] = {"correct": right, "compared": len(pairs),
                        "accuracy": round(right / len(pairs), 4) if pairs else 0.0}
    return {
        "gold": len(gold), "predicted": len(pred),
        "overall": _prf(len(pairs), len(extra), len(missed)),
        "per_kind": {k: _prf(tp_kinds.count(k), fp_kinds.count(k), fn_kinds.count(k))
                     for k in kinds},
        "fields": fields,
        "false_negatives": [dict(g.row) for g in missed],
        "false_positives": [dict(p.row) for p in extra],
        "field_errors": {name: [(dict(g.row), dict(p.row)) for g, p in pairs
                                if not field_right(name, g, p)]
                         for name in FIELDS + provenance if fields.get(name) is not None},
    }


def read_gold(path: Path) -> list[Row]:
    """Gold figures from a JSON Lines file; a line that is not JSON is an error naming it."""
    return [row for _, row in read_gold_lines(path)]


def read_gold_lines(path: Path) -> list[tuple[int, Row]]:
    """Gold figures with their line numbers (blank lines are skipped, not counted out)."""
    rows: list[tuple[int, Row]] = []
    for number_, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if line.strip():
            try:
                rows.append((number_, json.loads(line)))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}: line {number_} is not valid JSON ({error.msg})") from None
    return rows
