"""stats.extract: a headline's figure that the body states again is taken from the body,
however either writes it (issue 12: "8%" above "8 per cent" was extracted twice)."""

from __future__ import annotations

import pytest

from stats import extract

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
