"""Subjects given as labels (`stats.describe.subject_label`): factbox lines, key-numbers boxes
and budget tables, read through `extract` as users get them; and a subject carried from the
figure before (not from an ordinal's)."""

from __future__ import annotations

import pytest

from stats import extract

CASES = [
    ("Health: Rs. 604 billion, up 11 per cent year-on-year",
     {"Rs. 604 billion": "Health", "11 per cent": "Health"}),
    ("- Digital identity project: LKR 8,400 million", {"LKR 8,400 million": "Digital identity project"}),
    ("• Deaths: 31", {"31": "Deaths"}),
    ("86%: first-dose vaccine coverage in 2026", {"86%": "first-dose vaccine coverage"}),
    ("1.2 million: children the catch-up campaign reached",
     {"1.2 million": "children the catch-up campaign reached"}),
]
NOT_LABELS = [
    # a transcript's speaker is no label
    ("MODERATOR: 40 people died?", {"40": "people"}),
    # a figure that names what it counts keeps its own noun
    ("Margin: 12,406 votes", {"12,406": "votes"}),
    # a colon inside a sentence is no label, nor prose before a colon, nor a speaker's name
    ("The ministry gave one figure: 40 people were hurt.", {"40": "people"}),
    ("Police gave a figure: 250 were arrested.", {"250": ""}),
    ("The mayor was blunt: 40 had died.", {"40": ""}),
    ("John Okello: We counted 40 bodies.", {"40": "bodies"}),
    ("Editor's note: 3 names were changed.", {"3": "names"}),
    ("The town has 300 homes. Police gave a figure: 250 were arrested.", {"250": ""}),
]


@pytest.mark.parametrize(("text", "subjects"), CASES + NOT_LABELS, ids=lambda v: str(v)[:40])
def test_label_subjects(text: str, subjects: dict[str, str]) -> None:
    found = {f.span: f.subject for f in extract(text)}
    assert {span: found.get(span) for span in subjects} == subjects


def test_an_ordinal_lends_no_subject_to_the_count_after_it() -> None:
    text = ("The party won 52 of the 90 seats, securing a third straight term and leaving the Congress "
            "with 31.")
    found = {f.span: f.subject for f in extract(text)}
    assert found["31"] == found["52 of the 90"] == "seats"
