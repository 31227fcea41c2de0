"""Measure the extractor: on CQE's NewsQuant benchmark, or on any gold file of articles.

NewsQuant (Almasian et al., EMNLP 2023) is 590 news sentences with their quantities. It is
not shipped with this project; `stats eval` looks for it in `../shared/data/newsquant/`
(or takes `--newsquant PATH`).

NewsQuant writes some things differently from this project's guide, so each figure is
turned into the benchmark's values before matching: a range gives its (low, high) pair, a
part-of-whole figure gives two quantities (the part and the whole), and a vague plural is
the order of magnitude the benchmark uses ("hundreds" is 100-1000, "dozens" 12-120), that
is (v/2, 5v) for our smallest-plural value v.

Matching rule (value level): within each sentence, a gold quantity and a prediction match
when their values are equal (`math.isclose`, relative tolerance 1e-5; a range matches a
range with both ends equal); pairs are taken one to one. Precision = matched / predicted,
recall = matched / gold. This is the CQE paper's rule made one-to-one; the paper lets one
prediction serve several equal gold values in a sentence, which scores at most a few
tenths of a point higher.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from stats.extract import extract
from stats.find.rules import NEWSQUANT
from stats.lexicon.pattern_cache import compile_regex
from stats.model import Figure

NEWSQUANT_RELATIVE = Path("shared/data/newsquant/NewsQuant.json")
_RANGE = compile_regex(r"^\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*$")

Value = tuple[float, float]


def find_newsquant() -> Path | None:
    """NewsQuant.json in a `shared/` folder beside this checkout or the working folder."""
    project = Path(__file__).resolve().parents[2]
    for base in (project.parent, Path.cwd().parent, Path.cwd()):
        candidate = base / NEWSQUANT_RELATIVE
        if candidate.is_file():
            return candidate
    return None


def gold_value(raw: str) -> Value | None:
    """A NewsQuant value ("6.0", "10-20", "-1.3") as a (low, high) pair."""
    text = str(raw).strip()
    match = _RANGE.match(text)
    if match:
        return float(match[1]), float(match[2])
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value, value


def benchmark_values(figure: Figure) -> list[Value]:
    """A figure as the values NewsQuant would write for it."""
    if figure.vague:
        values = [(figure.value / 2, figure.value * 5)]
    elif figure.value_high is not None:
        values = [(figure.value, figure.value_high)]
    else:
        values = [(figure.value, figure.value)]
    if figure.whole is not None:
        values.append((figure.whole, figure.whole))
    return values


def _same(a: Value, b: Value) -> bool:
    return all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-9) for x, y in zip(a, b, strict=True))


@dataclass
class SentenceResult:
    """The gold and predicted values of one benchmark sentence, and how many matched."""

    text: str
    gold: list[Value]
    predicted: list[Value]
    matched: int = 0
    spans: list[str] = field(default_factory=list)


def match_values(gold: list[Value], predicted: list[Value]) -> int:
    """How many gold values find their own equal prediction (one to one)."""
    unused = list(predicted)
    matched = 0
    for value in gold:
        for i, candidate in enumerate(unused):
            if _same(value, candidate):
                matched += 1
                del unused[i]
                break
    return matched


class Metrics(TypedDict):
    """Value-level counts over the benchmark, and precision, recall and F1 in percent."""

    sentences: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float


def evaluate_newsquant(path: Path) -> tuple[Metrics, list[SentenceResult]]:
    """Value-level precision, recall and F1 on NewsQuant, and the per-sentence detail."""
    data = json.loads(path.read_text(encoding="utf-8"))
    results = []
    for item in data:
        text = item["text"]
        figures = extract(text, doc="newsquant", conventions=NEWSQUANT)
        predicted = [v for f in figures for v in benchmark_values(f)]
        gold = [v for q in item["quantities"] if (v := gold_value(q["value"])) is not None]
        result = SentenceResult(text, gold, predicted, spans=[f.span for f in figures])
        result.matched = match_values(gold, predicted)
        results.append(result)
    return prf(results), results


def prf(results: Iterable[SentenceResult]) -> Metrics:
    """Precision, recall and F1 (in percent, to one decimal) over the sentences' values."""
    results = list(results)
    matched = sum(r.matched for r in results)
    predicted = sum(len(r.predicted) for r in results)
    gold = sum(len(r.gold) for r in results)
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"sentences": len(results), "gold": gold, "predicted": predicted,
            "matched": matched, "precision": round(100 * precision, 1),
            "recall": round(100 * recall, 1), "f1": round(100 * f1, 1)}
