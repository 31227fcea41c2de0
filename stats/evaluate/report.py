"""The scorer's report as text: precision, recall and F1 per kind, field accuracy, and the
misses when asked (what `stats eval` prints)."""

from __future__ import annotations

from stats.evaluate.scoring import FieldScore, Score


def format_report(result: Score, show_errors: bool = False) -> str:
    """The score as a plain-text table."""
    overall = result["overall"]
    lines = [f"gold figures: {result['gold']}   predictions: {result['predicted']}   "
             f"matched: {overall['tp']}", "",
             f"{'':<10} {'TP':>4} {'FP':>4} {'FN':>4}  {'precision':>9} {'recall':>7} {'F1':>7}"]
    rows = [("overall", overall), *result["per_kind"].items()]
    for name, s in rows:
        lines.append(f"{name:<10} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4}  "
                     f"{s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>7.3f}")
    lines += ["", "field accuracy on matched figures"]
    for name, field_score in result["fields"].items():
        lines.append(_field_line(name, field_score))
    if show_errors:
        lines += _error_lines(result)
    return "\n".join(lines)


def _field_line(name: str, s: FieldScore | None) -> str:
    """One line of the field-accuracy table."""
    if s is None:
        return f"  {name:<10} not predicted"
    return f"  {name:<10} {s['correct']:>3}/{s['compared']:<3} {s['accuracy']:.3f}"


def _error_lines(result: Score) -> list[str]:
    """The figures missed and added, then the field values got wrong, for the report."""
    lines: list[str] = []
    for title, items in (("missed (gold figures not found)", result["false_negatives"]),
                         ("extra (predictions matching no gold figure)", result["false_positives"])):
        lines += ["", f"{title}: {len(items)}"]
        for row in items:
            lines.append(f"  [{row.get('doc')}] {row.get('span')!r} = {row.get('value')}")
            lines.append(f"      {row.get('sentence')}")
    for name, errors in result["field_errors"].items():
        for g, p in errors:
            lines.append(f"  {name}: {p.get('span')!r} gold {g.get(name)!r} "
                         f"predicted {p.get(name)!r}")
    return lines
