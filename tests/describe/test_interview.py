"""Question-and-answer interviews: the answers' figures are the interviewee's, in the forms
such pieces take (an introduction that says whom the piece spoke to, "Q:"/"A:" marks, a
title before the name, an answer with an attribution of its own); an explainer set out as
questions names nobody it spoke to and attributes nothing to anyone. The texts are the
team's own."""

from __future__ import annotations

import pytest

from stats import extract
from stats.describe import interview

PLAIN = """Drought in the south: 'The wells are dry'

The rains have failed for three years. We spoke to Thandiwe Moyo, who heads the farmers' union,
about the harvest.

How bad is the harvest?

We expect about 40 percent of a normal crop. Some 12,000 households have nothing in store.

Is help arriving?

The government says 3,000 tonnes of maize are on the way, but we have seen none.
"""

Q_AND_A = """Q&A: A port chief on the strike

Dockworkers walked out on Monday. I talked with Rafael Ortega, the port's operations director, in Valencia.

Q: How many ships are waiting?

A: Eighteen container ships are at anchor, and 4,000 containers are stuck on the quay.

Q: How long can this last?

A: Another week would cost the port about €30 million.
"""

TITLED = """'We are out of beds'

We spoke to its medical coordinator, Dr. Samuel Okafor, at the hospital in Bor.

How many patients do you have?

More than 300, in a hospital built for 120.

Where do they come from?

Most walked for two days. The UN says 25,000 people have fled the fighting.
"""

EXPLAINER = """Cholera in the capital: what we know

Cases have risen for three weeks. Here is what we know.

How many people are ill?

The health ministry has recorded 1,450 suspected cases since March.

How many have died?

At least 31 people have died.
"""


def _said_by(text: str) -> dict[str, str | None]:
    return {f.span: f.said_by for f in extract(text, doc="interview.txt")}


def test_a_plain_interview_gives_its_answers_to_the_interviewee() -> None:
    said = _said_by(PLAIN)
    assert said["about 40 percent"] == "Thandiwe Moyo"
    assert said["Some 12,000"] == "Thandiwe Moyo"
    assert said["3,000 tonnes"] == "The government"  # an attribution of its own comes first
    assert said["three years"] is None  # the introduction is the writer's


def test_q_and_a_marks_and_talked_with() -> None:
    said = _said_by(Q_AND_A)
    assert said["Eighteen"] == said["4,000"] == said["about €30 million"] == "Rafael Ortega"


def test_the_role_and_the_title_before_the_name_are_left_out() -> None:
    said = _said_by(TITLED)
    assert said["More than 300"] == said["120"] == "Samuel Okafor"
    assert said["25,000"] == "The UN"


def test_an_explainer_set_out_as_questions_attributes_nothing() -> None:
    said = _said_by(EXPLAINER)
    assert said["1,450"] == "The health ministry"
    assert said["At least 31"] is None


@pytest.mark.parametrize(("sentence", "name"), [
    ("We spoke to Nirmala Perera, a political scientist, about the result.", "Nirmala Perera"),
    ("We spoke to its head of mission, Helena Duarte, in Pemba.", "Helena Duarte"),
    ("I interviewed Prof. Kofi Mensah by phone.", "Kofi Mensah"),
    ("We asked the minister about the budget.", None),  # no name: nobody to attribute to
    ("Officials spoke to reporters in Kampala.", None),  # not the piece speaking
])
def test_the_interviewee_is_the_name_after_spoke_to(sentence: str, name: str | None) -> None:
    assert interview._interviewee(sentence) == name


QUOTED = """Seed shortage hits farmers

Farmers in Kitui say they have no seed. "I asked the county officer, John Mutua, for seed and
he had none," said Mary Wanjiru.

Why is there no seed?

Rains failed twice, and some 6,000 households ate their seed stock.

What happens next?

The county says 2,000 bags will arrive next month.
"""

PAST = """Refugees in the region

I interviewed President Joe Biden in 2021 about refugees.

Who pays?

Some 6 million refugees live in the region.

What comes next?

Donors have pledged $2 billion.
"""


def test_a_quoted_or_past_interview_is_no_interview_of_the_piece() -> None:
    assert _said_by(QUOTED)["some 6,000"] is None
    assert _said_by(PAST)["Some 6 million"] is None
