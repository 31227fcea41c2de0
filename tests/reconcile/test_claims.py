"""Claims across articles: what joins, what stays apart, and the ids and rows they get.

Each case is a few short reports of one invented event by different outlets; the tests
check the mechanisms of gold/CLAIMS.md one by one. The whole seeds are scored in
tests/evaluate (pairwise F1, claims recovered, the conflict flagged).
"""

from __future__ import annotations

import random
from pathlib import Path

from stats import extract
from stats.model import Document, Figure
from stats.reconcile import relate
from stats.reconcile.claims import claims

ROOT = Path(__file__).resolve().parents[2]


def _figures(*reports: str) -> list[Figure]:
    out: list[Figure] = []
    for i, text in enumerate(reports):
        out += relate(extract(text, doc=f"r{i}.txt"))
    return out


def _claim_of(figures: list[Figure], span: str, doc: str) -> str:
    found = [f.claim for f in figures if f.span == span and f.doc == doc]
    assert len(found) == 1, (span, doc, [(f.span, f.doc) for f in figures])
    return found[0] or ""


def test_one_group_named_differently_is_one_claim_that_corroborates() -> None:
    figures, rows = claims(_figures("Nine UN peacekeepers were killed in Kidal on Friday, the mission said.",
                                    "Nine blue helmets died in an ambush near Kidal on Friday.",
                                    "Gunmen killed nine peacekeepers in Kidal, officials said."))
    ids = {f.claim for f in figures}
    assert len(ids) == 1
    assert rows[0].status == "corroborated"
    assert rows[0].articles == ("r0.txt", "r1.txt", "r2.txt")
    assert not any(f.claim_conflict for f in figures)


def test_differing_tolls_of_one_event_are_one_claim_in_conflict() -> None:
    figures, rows = claims(_figures(
        "The health ministry said 84 people were killed in the bombing of the market in Ndola.",
        "A monitoring group said between 20 and 40 people were killed in the Ndola market bombing.",
        "Witnesses said dozens of people were killed when the bomb exploded at the Ndola bus station."))
    killed = [f for f in figures if f.category.value == "killed"]
    assert len({f.claim for f in killed}) == 1
    assert all(f.claim_conflict for f in killed)
    row = next(r for r in rows if r.claim == killed[0].claim)
    assert (row.status, row.low, row.high) == ("conflict", 20.0, 84.0)


def test_a_toll_that_rises_over_dated_reports_is_updated() -> None:
    texts = ["Floods in the Tana valley have killed 60 people, officials said.",
             "The death toll from the Tana valley floods has risen to 240, officials said.",
             "At least 900 people have died in the Tana valley floods, officials said."]
    documents = [Document(doc=f"r{i}.txt", path="", published=f"2026-03-0{i + 1}") for i in range(3)]
    figures, rows = claims(_figures(*texts), documents)
    killed = [f for f in figures if f.category.value == "killed"]
    assert len({f.claim for f in killed}) == 1
    row = next(r for r in rows if r.claim == killed[0].claim)
    assert (row.status, row.latest) == ("updated", 900.0)
    undated, _ = claims(_figures(*texts))
    assert next(r for r in claims(undated)[1] if r.claim == killed[0].claim).status == "conflict"


def test_parts_forecasts_other_places_and_other_armies_stay_apart() -> None:
    figures, _ = claims(_figures(
        "The ferry capsized on Lake Kivu on Friday; 40 people died, including 12 crew members.",
        "Forty passengers and crew died when the ferry sank on Lake Kivu, and officials said the toll "
        "could rise above 100.",
        "In Goma, 40 people were killed in a separate landslide on Friday.",
        "Afghan officials said 30 Afghan troops were killed; US officials said 30 US troops died."))
    assert _claim_of(figures, "12", "r0.txt") != _claim_of(figures, "40", "r0.txt")
    assert _claim_of(figures, "above 100", "r1.txt") != _claim_of(figures, "Forty", "r1.txt")
    assert _claim_of(figures, "40", "r2.txt") != _claim_of(figures, "40", "r0.txt")
    afghan, american = [f.claim for f in figures if f.doc == "r3.txt"]
    assert afghan != american


def test_ids_are_stable_and_do_not_depend_on_order() -> None:
    figures = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        figures += relate(extract(path.read_text(encoding="utf-8"), doc=path.name))
    first, rows = claims(figures)
    shuffled = figures[:]
    random.Random(3).shuffle(shuffled)
    again, _ = claims(shuffled)
    assert {f.figure_id: f.claim for f in first} == {f.figure_id: f.claim for f in again}
    assert sorted(i for r in rows for i in r.figures) == sorted(f.figure_id for f in figures)
    for row in rows:
        assert row.low <= row.high
        assert (row.status in ("conflict", "updated")) == any(
            f.claim_conflict for f in first if f.claim == row.claim)
        assert row.status != "single" or len(row.sources) == 1
