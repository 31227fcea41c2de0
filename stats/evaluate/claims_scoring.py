"""Score claim clusters (the same figure across sources) against a gold claims file.

A gold claims file (gold/CLAIMS.md) gives every gold figure a `claim` id: figures with the
same id state the same quantity of the same thing, whatever their values. Predictions carry
a `claim` column too (blank: a claim of its own) and, optionally, `claim_conflict`.

The numbers are those `shared/score_claims.py` documents, so both give the same report:
predictions are paired with gold figures by the figure scorer's own `scoring.match` (a
prediction counts here only when the figure scorer counts it as found), and on the matched
pairs only we report pairwise and B-cubed precision/recall/F1 of "same claim", how many gold
claims of two or more figures are recovered exactly (and how many of those that span
articles), and how well claims whose values disagree are flagged. Values are read with the
figure scorer's normalisers (`number`, `same_value`, unit and kind names, yes/no flags), so
a unit or a number means the same thing to both scorers.
"""

from __future__ import annotations

import csv
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TypedDict

from stats.evaluate.scoring import (
    Counts,
    Item,
    Row,
    _flag,
    _label,
    _prf,
    _unit,
    match,
    normalise,
    number,
    read_gold,
    same_value,
)
from stats.evaluate.unit_names import KIND_OF_UNIT

# Durations are compared in days and distances in km (gold/CLAIMS.md, "Agreement").
DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0,
        "decade": 3650.0}
KM = {"km": 1.0, "m": 1e-3, "cm": 1e-5, "mm": 1e-6, "mile": 1.609344, "ft": 3.048e-4}
# Converted values agree within this relative difference ("a year" vs "360 days").
CONVERTED_TOLERANCE = 0.02
CONFLICT = "claim_conflict"
REQUIRED = ("doc", "sentence", "span", "value", "claim")

# (family, unit as compared, value, value_high): values in the family's base unit.
Comparable = tuple[str, str | None, float | None, float | None]


class Rates(TypedDict):
    """Precision, recall and F1 without counts (B-cubed averages over figures)."""

    precision: float
    recall: float
    f1: float


class Clusters(TypedDict):
    """Gold claims of two or more figures, and how many a prediction recovers exactly."""

    gold_multi_figure: int
    recovered: int
    gold_multi_article: int
    recovered_multi_article: int


class Conflicts(Counts):
    """Conflict detection over the gold claims that have a matched figure."""

    gold_conflicting_claims: int
    gold_agreeing_multi_figure_claims: int
    flags_from: str


class MissedFigure(TypedDict):
    """One figure of a gold claim that was not recovered, and where its prediction went."""

    doc: str
    span: str
    value: float | None
    predicted_claim: str | None  # None: no prediction matched this figure


class MissedClaim(TypedDict):
    """A gold claim of two or more figures that the prediction did not recover."""

    claim: str
    conflict: bool
    figures: list[MissedFigure]


class ClaimsScore(TypedDict):
    """What `score_claims` returns: the shape `score_claims.py --json --show-errors` prints."""

    gold_figures: int
    predicted_figures: int
    matched_figures: int
    gold_claims: int
    pairwise: Counts
    bcubed: Rates
    clusters: Clusters
    conflicts: Conflicts
    missed_claims: list[MissedClaim]


# ----------------------------------------------------------------------------- values

def comparable(item: Item) -> Comparable:
    """A figure's family (share, duration, distance or an amount of one unit), its unit as
    compared, and its value and value_high in the family's base unit."""
    unit = _unit(item.get("unit"))
    kind = _label(item.get("kind")) or KIND_OF_UNIT.get(unit or "")
    factor = 1.0
    if kind in ("percent", "fraction"):
        family = "share"
        factor = 0.01 if kind == "percent" else 1.0
        unit = unit if kind == "percent" else "fraction"
    elif kind == "duration" and unit in DAYS:
        family, factor = "duration", DAYS[unit]
    elif kind == "distance" and unit in KM:
        family, factor = "distance", KM[unit]
    else:
        family = f"amount:{unit or ''}"
    values = [item.value, number(item.get("value_high"))]
    low, high = (None if v is None else v * factor for v in values)
    return family, unit, low, high


def _same(a: float | None, b: float | None, converted: bool) -> bool:
    """Two values agree: both absent, equal (`same_value`), or within 2% once converted."""
    if a is None or b is None:
        return a is None and b is None
    if converted:
        return math.isclose(a, b, rel_tol=CONVERTED_TOLERANCE, abs_tol=1e-9)
    return same_value(a, b)


def values_agree(items: Sequence[Item]) -> bool:
    """True when every figure states the same number; a share never agrees with an amount."""
    first, *rest = [comparable(item) for item in items]
    for other in rest:
        if other[0] != first[0]:
            return False
        converted = other[1] != first[1]
        if not (_same(other[2], first[2], converted) and _same(other[3], first[3], converted)):
            return False
    return True


# ----------------------------------------------------------------------------- claims

def claim_of(item: Item) -> str:
    """A figure's claim id as compared (normalised text); a blank claim is a singleton."""
    raw = item.get("claim")
    return f"#singleton{item.index}" if raw is None else normalise(raw)


def _groups(items: Iterable[Item]) -> dict[str, list[Item]]:
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        groups[claim_of(item)].append(item)
    return groups


def _predicted_flags(pred: list[Item], has_column: bool) -> dict[int, bool]:
    """Per prediction: its claim_conflict cell, or, without that column, whether the values
    of its predicted claim differ (all its predictions, matched or not)."""
    if has_column:
        return {p.index: _flag(p.get(CONFLICT)) for p in pred}
    flags: dict[int, bool] = {}
    for members in _groups(pred).values():
        differ = not values_agree(members)
        flags.update(dict.fromkeys((p.index for p in members), differ))
    return flags


def _gold_flags(groups: Mapping[str, list[Item]], has_column: bool) -> dict[str, bool]:
    """Per gold claim: conflicting when any figure says so, or, without the column, when
    its values differ."""
    if has_column:
        return {claim: any(_flag(g.get(CONFLICT)) for g in members)
                for claim, members in groups.items()}
    return {claim: len(members) > 1 and not values_agree(members) for claim, members in groups.items()}


def gold_warnings(gold_rows: Iterable[Mapping[str, object]]) -> list[str]:
    """Gold claims whose figures disagree on claim_conflict, or whose flag is not what
    their values say: the gold file contradicts itself there."""
    rows = list(gold_rows)
    if not any(CONFLICT in row for row in rows):
        return []
    warnings = []
    for claim, members in _groups(Item(i, row) for i, row in enumerate(rows)).items():
        derived = len(members) > 1 and not values_agree(members)
        stated = {_flag(g.get(CONFLICT)) for g in members}
        if len(stated) > 1:
            warnings.append(f"gold claim {claim!r}: its figures disagree on claim_conflict")
        elif stated != {derived}:
            warnings.append(f"gold claim {claim!r}: claim_conflict is {stated.pop()}, but its "
                            f"values {'differ' if derived else 'agree'}")
    return warnings


# ----------------------------------------------------------------------------- scoring

def _pair_count(n: int) -> int:
    return n * (n - 1) // 2


def _rates(precision: float, recall: float) -> Rates:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _agreement(cells: Counter[tuple[str, str]]) -> tuple[Counts, Rates]:
    """Pairwise counts and B-cubed rates from the (gold claim, predicted claim) table."""
    gold_sizes: Counter[str] = Counter()
    pred_sizes: Counter[str] = Counter()
    for (gold_claim, pred_claim), n in cells.items():
        gold_sizes[gold_claim] += n
        pred_sizes[pred_claim] += n
    both = sum(_pair_count(n) for n in cells.values())
    in_gold = sum(_pair_count(n) for n in gold_sizes.values())
    in_pred = sum(_pair_count(n) for n in pred_sizes.values())
    matched = sum(cells.values())
    if not matched:
        return _prf(both, in_pred - both, in_gold - both), _rates(0.0, 0.0)
    precision = sum(n * n / pred_sizes[p] for (_, p), n in cells.items()) / matched
    recall = sum(n * n / gold_sizes[g] for (g, _), n in cells.items()) / matched
    return _prf(both, in_pred - both, in_gold - both), _rates(precision, recall)


def _conflicts(pairs: list[tuple[Item, Item]], gold_groups: Mapping[str, list[Item]],
               gold_flag: Mapping[str, bool], pred_flag: Mapping[int, bool]) -> Conflicts:
    """A gold claim counts as flagged when more than half its matched predictions are."""
    votes: dict[str, list[bool]] = defaultdict(list)
    for g, p in pairs:
        votes[claim_of(g)].append(pred_flag[p.index])
    tp = fp = fn = conflicting = agreeing_multi = 0
    for claim, claim_votes in votes.items():
        flagged = sum(claim_votes) * 2 > len(claim_votes)
        if gold_flag[claim]:
            conflicting += 1
            tp += flagged
            fn += not flagged
        else:
            agreeing_multi += len(gold_groups[claim]) > 1
            fp += flagged
    return {**_prf(tp, fp, fn), "gold_conflicting_claims": conflicting,
            "gold_agreeing_multi_figure_claims": agreeing_multi, "flags_from": ""}


def _missed(claim: str, members: list[Item], conflict: bool,
            prediction_of: Mapping[int, Item]) -> MissedClaim:
    figures: list[MissedFigure] = []
    for g in members:
        p = prediction_of.get(g.index)
        figures.append({"doc": str(g.row.get("doc") or ""), "span": str(g.row.get("span") or ""),
                        "value": g.value, "predicted_claim": None if p is None else claim_of(p)})
    return {"claim": claim, "conflict": conflict, "figures": figures}


def _check(rows: list[Mapping[str, object]], what: str) -> None:
    """A file without a claim column would score as all singletons: refuse it instead."""
    missing = [name for name in REQUIRED if rows and not any(name in row for row in rows)]
    if missing:
        raise ValueError(f"{what} lack column(s): {', '.join(missing)}")


def score_claims(gold_rows: Iterable[Mapping[str, object]],
                 pred_rows: Iterable[Mapping[str, object]]) -> ClaimsScore:
    """Pairwise and B-cubed agreement on the matched figures, gold claims of 2+ figures
    recovered, conflict detection, and the gold claims of 2+ figures not recovered.

    Conflict flags come from a `claim_conflict` column wherever a row has one (in the gold,
    and in the predictions), else from the values. ValueError when either side lacks one of
    the columns doc, sentence, span, value and claim.
    """
    gold_list, pred_list = list(gold_rows), list(pred_rows)
    _check(gold_list, "gold figures")
    _check(pred_list, "predictions")
    gold = [Item(i, row) for i, row in enumerate(gold_list)]
    pred = [Item(i, row) for i, row in enumerate(pred_list)]
    pred_has_flags = any(CONFLICT in row for row in pred_list)
    pairs = match(gold, pred)
    gold_groups = _groups(gold)
    gold_flag = _gold_flags(gold_groups, any(CONFLICT in row for row in gold_list))
    pred_flag = _predicted_flags(pred, pred_has_flags)

    cells = Counter((claim_of(g), claim_of(p)) for g, p in pairs)
    pairwise, bcubed = _agreement(cells)
    pred_sizes = Counter(claim_of(p) for _, p in pairs)

    prediction_of = {g.index: p for g, p in pairs}
    multi = {claim: members for claim, members in gold_groups.items() if len(members) > 1}
    recovered = set()
    for claim, members in multi.items():
        got = {claim_of(prediction_of[g.index]) for g in members if g.index in prediction_of}
        whole = all(g.index in prediction_of for g in members)
        if whole and len(got) == 1 and pred_sizes[next(iter(got))] == len(members):
            recovered.add(claim)
    multi_article = {claim for claim, members in multi.items() if len({g.key for g in members}) > 1}

    conflicts = _conflicts(pairs, gold_groups, gold_flag, pred_flag)
    conflicts["flags_from"] = "claim_conflict column" if pred_has_flags else "derived from predicted claims"
    return {
        "gold_figures": len(gold), "predicted_figures": len(pred), "matched_figures": len(pairs),
        "gold_claims": len(gold_groups),
        "pairwise": pairwise, "bcubed": bcubed,
        "clusters": {"gold_multi_figure": len(multi), "recovered": len(recovered),
                     "gold_multi_article": len(multi_article),
                     "recovered_multi_article": len(multi_article & recovered)},
        "conflicts": conflicts,
        "missed_claims": [_missed(claim, multi[claim], gold_flag[claim], prediction_of)
                          for claim in sorted(set(multi) - recovered)],
    }


# ----------------------------------------------------------------------------- reading

def read_predictions(path: Path) -> list[Row]:
    """Predicted figures from a CSV file, or JSON Lines when the name ends in .jsonl.

    Column names are trimmed and blank cells read as absent, as the shared scorer reads them.
    """
    if path.suffix.lower() == ".jsonl":
        return read_gold(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{(key or "").strip(): value for key, value in row.items()}
                for row in csv.DictReader(handle)]
