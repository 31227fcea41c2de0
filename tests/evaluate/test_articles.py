"""The team's own articles (tests/data/articles): invented news in many fields and styles,
annotated by hand to the field guide (docs/FIELDS.md) without looking at the extractor's
output. They measure the extractor on text no rule was written for.

The issue's bars for unseen articles are F1 0.95, category 0.85, said_by 0.75, place and
period 0.70. `FLOORS` holds those bars, or what the extractor reaches here when it is more
(a little below the measured value, so one figure's noise does not fail the build while a
real regression does); where a floor is below the issue's bar the gap is work left.
"""

from __future__ import annotations

import json

import pytest

from stats.cli import run_extract
from stats.evaluate import scoring
from stats.text.sentences import collapse
from tests.conftest import ROOT

ARTICLES = ROOT / "tests" / "data" / "articles"
GOLD_FILES = sorted((ROOT / "tests" / "gold").glob("articles_*.jsonl"))
# The issue's bars for unseen articles are F1 0.95, category 0.85, said_by 0.75, place and
# period 0.70. Over sets a to p (3445 figures) the extractor measures F1 0.986, category 0.878,
# said_by 0.844, place 0.764, period 0.824, subject 0.837; the floors sit a little below (a
# regression guard, not the bar). Sets a to o are in-sample for the rules written after their
# readings; set p's first reading (written blind after all of them) is the fair number.
# Sets c to i were written blind; their first readings are the
# fair estimates for text nobody has seen: c F1 0.934, category 0.819, said_by 0.745, place
# 0.571, period 0.873; d 0.951, 0.845, 0.783, 0.536, 0.732; e 0.983, 0.858, 0.837, 0.669,
# 0.807; f 0.950, 0.789, 0.758, 0.674, 0.805; g (after the place work) 0.973, 0.850, 0.783,
# 0.744, 0.839, each at or above the bar; h (after the rules from g) 0.943, 0.814, 0.818,
# 0.668, 0.757, below it on F1, category and place; i (after the rules from h) 0.961, 0.899,
# 0.798, 0.700, 0.785, each at or above it; j (after the extraction rules from a to i) 0.963,
# 0.851, 0.770, 0.749, 0.821, each at or above it; k (after the rules from j) 0.960, 0.790,
# 0.807, 0.719, 0.786, below it on category; l (after the rules from k) 0.956, 0.809, 0.702,
# 0.665, 0.772, below it on category, said_by and place; m (after the rules from l, in fields the
# earlier sets cover thinly: markets, company results, crime statistics, a count, energy) 0.923,
# 0.861, 0.769, 0.815, 0.711, below it on F1 and period; n (after the rules from m and from the
# claims sets; a quake, a wildfire, boat sinkings, a budget Q&A, a bribery case, dengue, an
# election with a plain-text table, refugee arrivals) 0.975, 0.857, 0.829, 0.752, 0.795 (subject
# 0.705), each at or above it; o (after the rules from n; a referendum, a plane overrun, a mine
# blast live blog, an OCHA cyclone update, a rents fact-check, a hacker's sentencing, a newsletter
# digest, a briefing transcript, a hunger factbox, a charity appeal) 0.950, 0.793, 0.745, 0.760,
# 0.875 (subject 0.755), below it on category and said_by; p (after the rules from o; one township
# fire told by a wire's alerts, a broadcast transcript and a community paper, a markets wrap, a
# results page, a conflict thread, an IOM feature, a cold snap, a jobs newsletter, a PDF sitrep)
# 0.904, 0.722, 0.778, 0.696, 0.765 (subject 0.722), below it on F1, category and place; q (after
# the rules from p and the claims sets; a brew poisoning told by a radio script and a tabloid, a
# measles bulletin, a budget statement, a crime blog, an exam Q&A, a rice wire, an NGO release on
# sea crossings, a poll, a long-read feature) 0.945, 0.851, 0.743, 0.801, 0.792 (subject 0.664),
# below it on F1 and said_by; set q brought the subject over all sets from 0.837 to 0.826 (0.829
# after factbox labels), so its floor is 0.825; set r brought place over all sets from 0.767 to
# 0.758, so its floor is 0.75; r (after the rules from q and the claims sets; a
# volcano agency release, a tornado TV web page, a Mali massacre wire, a UNHCR update, a heat
# release in °F, a factory fire with a timeline, a flood broadcast transcript, a relief newsletter,
# a Cadre Harmonisé story, a Darién boat wire) 0.923, 0.818, 0.798, 0.581, 0.712 (subject 0.869),
# below it on F1, category and place; s (after the rules from r; a rights monitor's air strike
# report, a cyclone bulletin, a WHO outbreak item, a kwacha crisis, a spill notice, a prisoner
# swap, a dzud update, a census bulletin, a landslide in a local English edition, a police
# statement on a stadium crush) 0.963, 0.857, 0.809, 0.574, 0.742 (subject 0.842), below it on
# place only; with it place over all sets is 0.749 (floor 0.74). Reading each line as a
# paragraph in a text written one paragraph per line (as r, s and t are) took r's place to
# 0.657 and s's to 0.701. t (after those; a Nabatieh strike wire with two tolls, a cholera
# field diary, a train-crash photo gallery, a quake live blog, an op-ed on Canaries arrivals, a
# parliamentary answer by state, a mine company announcement, an earnings-call transcript, an
# access snapshot, a flash flood district by district) 0.961, 0.859, 0.836, 0.654, 0.714
# (subject 0.814), below it on place; before the paragraphs change it read said_by 0.741 and
# place 0.600. With t, period over all sets is 0.815 (floor 0.81). u (a translated Peruvian
# bus plunge, a Nigerian school abduction on a radio site, a hailstorm press release with
# numbered points, a strike Q&A explainer, a newsletter digest of four items, a plant blast wire
# flash with an update, an inquiry summary, a bulleted TV smoke story, a DTM displacement flash,
# an electoral results release) 0.969, 0.774, 0.770, 0.673, 0.830 (subject 0.788). The rules
# written after each reading are general rules for English news (each with positive and negative cases in
# tests/data/rule_cases_*.jsonl); gold lines that contradicted the guide were corrected
# (listed in tests/data/articles/README.md).
FLOORS = {"f1": 0.975, "category": 0.87, "said_by": 0.83, "place": 0.74, "period": 0.81, "implied": 1.0,
          "kind": 0.98, "unit": 0.97, "qualifier": 0.98, "whole": 0.98, "subject": 0.825}
# Each set on its own, so a regression confined to one style (a live blog, a hard-wrapped wire
# piece) shows even when the total holds: a little below what each set measures now.
SET_FLOORS = {
    "a": {"f1": 0.975, "category": 0.87, "said_by": 0.935, "place": 0.75, "period": 0.91},
    "b": {"f1": 0.98, "category": 0.91, "said_by": 0.81, "place": 0.785, "period": 0.835},
    "c": {"f1": 0.97, "category": 0.92, "said_by": 0.775, "place": 0.825, "period": 0.855},
    "d": {"f1": 0.975, "category": 0.92, "said_by": 0.79, "place": 0.84, "period": 0.76},
    "e": {"f1": 0.975, "category": 0.90, "said_by": 0.83, "place": 0.825, "period": 0.85},
    "f": {"f1": 0.975, "category": 0.82, "said_by": 0.80, "place": 0.70, "period": 0.79},
    "g": {"f1": 0.975, "category": 0.905, "said_by": 0.80, "place": 0.79, "period": 0.83},
    "h": {"f1": 0.97, "category": 0.88, "said_by": 0.80, "place": 0.70, "period": 0.74},
    "i": {"f1": 0.97, "category": 0.88, "said_by": 0.78, "place": 0.70, "period": 0.77},
    "j": {"f1": 0.975, "category": 0.86, "said_by": 0.86, "place": 0.73, "period": 0.83},
    "k": {"f1": 0.945, "category": 0.81, "said_by": 0.87, "place": 0.70, "period": 0.79},
    "l": {"f1": 0.975, "category": 0.82, "said_by": 0.77, "place": 0.65, "period": 0.76},
    "m": {"f1": 0.95, "category": 0.87, "said_by": 0.82, "place": 0.81, "period": 0.76},
    "n": {"f1": 0.965, "category": 0.85, "said_by": 0.83, "place": 0.77, "period": 0.785},
    "o": {"f1": 0.96, "category": 0.83, "said_by": 0.87, "place": 0.75, "period": 0.86},
    "p": {"f1": 0.92, "category": 0.735, "said_by": 0.80, "place": 0.69, "period": 0.75},
    "q": {"f1": 0.945, "category": 0.83, "said_by": 0.79, "place": 0.78, "period": 0.77},
    "r": {"f1": 0.955, "category": 0.81, "said_by": 0.82, "place": 0.63, "period": 0.70},
    "s": {"f1": 0.96, "category": 0.84, "said_by": 0.78, "place": 0.68, "period": 0.73},
    "t": {"f1": 0.945, "category": 0.84, "said_by": 0.81, "place": 0.63, "period": 0.69},
    "u": {"f1": 0.96, "category": 0.75, "said_by": 0.80, "place": 0.64, "period": 0.80},
    "v": {"f1": 0.97, "category": 0.84, "said_by": 0.77, "place": 0.68, "period": 0.81},
    "w": {"f1": 0.95, "category": 0.83, "said_by": 0.72, "place": 0.66, "period": 0.77},
    "x": {"f1": 0.965, "category": 0.83, "said_by": 0.83, "place": 0.70, "period": 0.79},
    "y": {"f1": 0.965, "category": 0.91, "said_by": 0.77, "place": 0.73, "period": 0.77},
}


def _gold() -> list[dict]:
    return [row for path in GOLD_FILES for row in scoring.read_gold(path)]


@pytest.fixture(scope="module")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("articles-out")
    assert run_extract([str(path) for path in sorted(ARTICLES.glob("*.txt"))], out, quiet=True) == 0
    lines = (out / "figures.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def result(predictions: list[dict]) -> scoring.Score:
    return scoring.score(_gold(), predictions)


def test_there_are_enough_articles_and_figures() -> None:
    docs = {row["doc"] for row in _gold()}
    assert len(docs) >= 20
    assert len(_gold()) >= 300
    assert docs <= {path.name for path in ARTICLES.glob("*.txt")}


@pytest.mark.parametrize("row", _gold(), ids=lambda row: f"{row['doc']}:{row['span']}")
def test_gold_lines_quote_their_article(row: dict) -> None:
    """Every sentence, span and provenance value of the gold is in its article, so a gold
    line cannot silently describe text that is not there."""
    article = collapse((ARTICLES / row["doc"]).read_text(encoding="utf-8"))
    assert collapse(row["sentence"]) in article
    assert row["span"] in row["sentence"]
    for name in ("said_by", "place", "period"):
        if row[name] is not None:
            assert collapse(row[name]) in article, name


def test_figures_are_found(result: scoring.Score) -> None:
    misses = [f"missed {g['span']!r} in {g['doc']}" for g in result["false_negatives"]]
    misses += [f"extra {p['span']!r} in {p['doc']}" for p in result["false_positives"]]
    assert result["overall"]["f1"] >= FLOORS["f1"], "\n".join(misses)


@pytest.mark.parametrize("field", [name for name in FLOORS if name != "f1"])
def test_field_accuracy(result: scoring.Score, field: str) -> None:
    score = result["fields"][field]
    assert score is not None, field
    wrong = [f"{g['doc']} {g['span']!r}: gold {g.get(field)!r}, ours {p.get(field)!r}"
             for g, p in result["field_errors"][field]]
    assert score["accuracy"] >= FLOORS[field], "\n".join(wrong[:40])


def test_every_set_has_floors() -> None:
    assert {path.stem.removeprefix("articles_") for path in GOLD_FILES} == set(SET_FLOORS)


@pytest.mark.parametrize("name", sorted(SET_FLOORS))
def test_each_set_keeps_its_floors(predictions: list[dict], name: str) -> None:
    """Each set scored against its own gold: F1 and the four fields the issue sets bars for."""
    gold = scoring.read_gold(ROOT / "tests" / "gold" / f"articles_{name}.jsonl")
    docs = {row["doc"] for row in gold}
    score = scoring.score(gold, [p for p in predictions if p["doc"] in docs])
    measured = {"f1": score["overall"]["f1"]}
    measured |= {field: score["fields"][field]["accuracy"] for field in SET_FLOORS[name] if field != "f1"}
    low = {field: round(value, 3) for field, value in measured.items() if value < SET_FLOORS[name][field]}
    assert not low, f"set {name} below its floors: {low}"
