"""stats.extract: a headline's figure that the body states again is taken from the body,
however either writes it (issue 12: "8%" above "8 per cent" was extracted twice)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import extract
from stats.describe.words import is_people
from stats.model import Category, Figure, Kind
from stats.text.sentences import Sentence
from tests.conftest import ROOT, SEEDS

pipeline = importlib.import_module("stats.extract")  # (`stats.extract` is also the function)

BODY_8 = "The cost of fuel went up by 8 per cent in May, the statistics office said."


@pytest.mark.parametrize(("text", "spans"), [
    pytest.param("Fuel prices up 8%\n\n" + BODY_8, ["8 per cent"], id="8% and 8 per cent"),
    pytest.param("Fuel prices up 8 per cent\n\nThe cost of fuel rose 8% in May.", ["8%"], id="the other way"),
    pytest.param("Fuel prices up 8%\n\nThe cost of fuel rose 8.0 percent in May.", ["8.0 percent"],
                 id="8.0 percent"),
    pytest.param("Government pledges $5bn for schools\n\nThe government pledged 5 billion dollars.",
                 ["5 billion dollars"], id="money written two ways"),
    pytest.param("Floods: 40 dead\n\nForty people have died in the floods, officials said.", ["Forty"],
                 id="a count in digits and in words"),
    pytest.param("Rebuilding to take two decades\n\nRebuilding will take 20 years, officials said.",
                 ["20 years"], id="a duration in other units"),
    pytest.param("Strikes kill 40\n\nAt least 40 people were killed, officials said.", ["At least 40"],
                 id="a count with a qualifier in the body"),
    pytest.param("Gunmen kill dozens in village\n\nGunmen killed at least 34 civilians on Saturday.",
                 ["at least 34"], id="a vague word for the body's toll"),
    pytest.param("Volcano erupts, thousands flee\n\nMore than 12,000 people fled their homes.",
                 ["More than 12,000"], id="thousands for a body's exact count"),
    pytest.param("DIARIO DE EL HIERRO\nLocal news | Thursday\n\nBoat capsizes: 7 dead, dozens missing\n\n"
                 "Seven people died and at least 40 were missing, officials said.", ["Seven", "at least 40"],
                 id="a headline under a masthead and a menu"),
    pytest.param("Joint news release\n\nSudan: 7.7 million people face hunger\n\n"
                 "Some 7.7 million people in Sudan are in crisis, the agencies said.", ["Some 7.7 million"],
                 id="a large count whatever its category"),
    pytest.param("THE VALLEY TIMES\nWednesday, 3 June 2026\n\nFloods force 2,400 from homes in the valley\n\n"
                 "Floods forced 2,400 people from their homes, officials said.", ["2,400"],
                 id="a headline under a masthead and a date line"),
    pytest.param("CITY NEWS | Home | Sport\nHome > News > Metro\n\nBlaze destroys 300 stalls\n\n"
                 "The fire destroyed 300 stalls, traders said.", ["300"], id="under a breadcrumb trail"),
    pytest.param("Joint press release: UNICEF and WFP seek $45 million as drought tightens its grip "
                 "on the south\n\n"
                 "The agencies appealed for $45 million on Monday.", ["$45 million"],
                 id="a headline after a label"),
    pytest.param("The Valley Evening Herald\nHome | News | Sport | Opinion\n\n"
                 "Ferry toll rises to 21, 9 missing\n\n"
                 "The toll rose to 21 on Friday, police said. Nine people were still missing.",
                 ["21", "Nine"],
                 id="a masthead in title case above the headline"),
])
def test_a_headline_figure_restated_in_the_body_is_taken_once(text: str, spans: list[str]) -> None:
    assert [f.span for f in extract(text)] == spans


@pytest.mark.parametrize(("text", "spans"), [
    pytest.param("Aid of $5m for flood victims\n\nBritain gave £5m in aid.", ["$5m", "£5m"],
                 id="another currency"),
    pytest.param("Fuel prices up 8%\n\nThe cost of fuel went up by 8 points.", ["8%", "8"],
                 id="another kind"),
    pytest.param("Storm kills 5 in coastal towns\n\nThe storm destroyed 5 houses, officials said.",
                 ["5", "5"], id="a count of something else"),
    pytest.param("Gunmen kill dozens in village\n\nGunmen burned 300 houses on Saturday.", ["dozens", "300"],
                 id="a vague word and a count of something else"),
    pytest.param("Storm leaves 200 dead in Philippines\n\nThe storm destroyed 200 houses and left 12 dead.",
                 ["200", "200", "12"], id="a large count of something else"),
    pytest.param("Thousands rally for peace in Colombia\n\nOrganisers said 5,000 trees were planted.",
                 ["Thousands", "5,000"], id="a vague word with no category and a count of things"),
    pytest.param("Key facts:\n40 people killed in Kenya floods\n\nFloods killed 40 people in Kenya.",
                 ["40", "40"], id="a list under a label is no headline"),
    pytest.param("Fuel prices up 8%\n\nThe cost of fuel went up by 9 per cent.", ["8%", "9 per cent"],
                 id="another value"),
    pytest.param("Fuel prices rose 8% in May.\n\n" + BODY_8, ["8%", "8 per cent"],
                 id="a first sentence with a full stop is no headline"),
])
def test_other_figures_in_the_headline_stay(text: str, spans: list[str]) -> None:
    assert [f.span for f in extract(text)] == spans


# ----------------------------------------------------------------------------- the short way

def _long_way_without_repeated_headline(figures: list[Figure], first: Sentence | None) -> list[Figure]:
    """`pipeline._without_repeated_headline` as first written: every body figure of no
    category is asked whether it counts people."""
    if first is None or first.raw.rstrip()[-1:] in ".!?:\"”" or len(pipeline._title_words(first.raw)) > 15:
        return figures
    in_headline = [f for f in figures if first.start <= f.start < first.end]
    if not in_headline:
        return figures
    body = [(f, pipeline._statement(f)) for f in figures if f.start >= first.end]
    stated = {statement for _, statement in body}
    counted = {(*statement, f.category if f.category is not Category.OTHER or is_people(f.subject)
                else None) for f, statement in body}
    repeated = {id(f) for f in in_headline if pipeline._repeats(f, stated, counted)}
    return [f for f in figures if id(f) not in repeated]


_HEADLINE = Sentence(0, 30, "Floods leave dozens dead in x")
_SUBJECTS = ["people", "residents", "Palestinians", "tonnes", "homes", "", "children", "cases"]


@st.composite
def _figures(draw: st.DrawFn) -> list[Figure]:
    figures = []
    for start in draw(st.lists(st.integers(0, 120), max_size=8)):
        value = float(draw(st.sampled_from([1, 12, 24, 40, 100, 200, 2000, 7.7e6, 7700000.0000001])))
        figures.append(Figure(
            doc="t", start=start, end=start + 2, span="12", value=value,
            kind=draw(st.sampled_from([Kind.COUNT, Kind.PERCENT])), vague=draw(st.booleans()),
            unit=draw(st.sampled_from([None, None, "km"])), subject=draw(st.sampled_from(_SUBJECTS)),
            category=draw(st.sampled_from([Category.OTHER, Category.OTHER, Category.KILLED]))))
    return figures


@settings(max_examples=300, deadline=None)
@given(_figures())
def test_the_headline_check_asks_fewer_subjects_for_the_same_figures(figures: list[Figure]) -> None:
    assert pipeline._without_repeated_headline(figures, _HEADLINE) == \
        _long_way_without_repeated_headline(figures, _HEADLINE)


def test_the_headline_check_keeps_the_same_figures_on_our_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[list[Figure], Sentence | None]] = []
    short_way: Callable[[list[Figure], Sentence | None], list[Figure]] = pipeline._without_repeated_headline

    def both(figures: list[Figure], first: Sentence | None) -> list[Figure]:
        calls.append((figures, first))
        return short_way(figures, first)

    monkeypatch.setattr(pipeline, "_without_repeated_headline", both)
    folders = (SEEDS, ROOT / "tests" / "data" / "articles", ROOT / "tests" / "data" / "bench")
    for path in (p for folder in folders for p in sorted(folder.glob("*.txt"))):
        extract(path.read_text(encoding="utf-8"))
    assert sum(len(short_way(f, s)) < len(f) for f, s in calls) > 5  # (headlines restated in the body)
    assert all(short_way(f, s) == _long_way_without_repeated_headline(f, s) for f, s in calls)
