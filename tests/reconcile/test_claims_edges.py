"""Claims and their files at the edges a review found: places, chains of events over
months, values that are no number, several articles given to `relate`, and figure rows
that run over lines when their claim cells are filled in."""

from __future__ import annotations

import dataclasses
import io
import math

import pytest

from stats import extract
from stats.export import FIGURE_FIELDS
from stats.export_cells import csv_line
from stats.export_reconcile import copy_with_claims, figures_from_csv
from stats.model import Document, Figure, Kind
from stats.reconcile import relate
from stats.reconcile.claims import claims


def test_two_places_of_one_event_are_two_claims() -> None:
    texts = ["Gunmen killed 5 soldiers in Gao on Sunday, the army said. "
             "They also killed 3 soldiers in Kidal.",
             "Five soldiers were killed in Gao and three soldiers died in Kidal, officials said."]
    figures, _ = claims([f for i, t in enumerate(texts) for f in relate(extract(t, doc=f"r{i}"))])
    by_value = {}
    for f in figures:
        by_value.setdefault(f.value, set()).add(f.claim)
    assert len(by_value[5.0]) == 1
    assert len(by_value[3.0]) == 1
    assert by_value[5.0] != by_value[3.0]


def test_attacks_months_apart_are_not_one_event() -> None:
    texts, documents = [], []
    for month in range(1, 7):
        doc = f"m{month}.txt"
        texts.append((doc, f"Gunmen killed {month + 2} villagers in Village{month} near Maiduguri "
                           "in Borno state."))
        documents.append(Document(doc=doc, path=doc, published=f"2026-{month:02d}-10"))
    figures = [f for doc, text in texts for f in relate(extract(text, doc=doc))]
    clustered, rows = claims(figures, documents)
    assert len({f.claim for f in clustered if f.category.value == "killed"}) == 6
    assert all(r.status == "single" for r in rows)


def test_a_value_that_is_no_number_is_a_claim_of_its_own() -> None:
    good = extract("Nine peacekeepers were killed in Kidal.", doc="a")[0]
    broken = Figure(doc="b", start=0, end=4, span="nine", value=math.nan, kind=Kind.COUNT,
                    subject="peacekeepers", category=good.category,
                    sentence="nine peacekeepers were killed in Kidal.", sentence_end=40, place="Kidal")
    figures, rows = claims([good, broken])
    assert figures[0].claim != figures[1].claim
    assert all(not f.claim_conflict for f in figures)
    assert len(rows) == 2


def test_relate_keeps_each_article_to_itself() -> None:
    a = extract("Gunmen killed 17 people, including 4 officers.", doc="a")
    b = extract("Four officers were injured. Three traders died. 3 fatalities.", doc="b")
    related = relate(a + b)
    spans = {f.figure_id: f for f in related}
    for f in related:
        for other in (f.part_of, f.restates):
            if other:
                assert spans[other].doc == f.doc


def _csv(figures: list[Figure]) -> str:
    from stats.export import figure_row

    return csv_line(FIGURE_FIELDS) + "".join(csv_line(figure_row(f).values()) for f in figures)


def test_claim_cells_are_filled_in_rows_that_run_over_lines() -> None:
    figures = extract("Nine peacekeepers were killed. Three soldiers died.", doc="a")
    figures = [dataclasses.replace(figures[0], subject='blue "helmets"\non duty'), *figures[1:]]
    text = _csv(figures)
    assert text.count("\n") == len(figures) + 2  # a header, two rows, one of them over two lines
    claimed, _ = claims(figures)
    out = io.StringIO()
    copy_with_claims(io.StringIO(text), out, claimed, csv_rows=True)
    back = list(figures_from_csv(io.StringIO(out.getvalue())))
    assert [f.claim for f in back] == [f.claim for f in claimed]
    assert back[0].subject == 'blue "helmets"\non duty'


def test_rows_and_figures_must_pair() -> None:
    figures = extract("Nine peacekeepers were killed. Three soldiers died.", doc="a")
    claimed, _ = claims(figures)
    with pytest.raises(ValueError, match="rows"):
        copy_with_claims(io.StringIO(_csv(figures)), io.StringIO(), claimed[:1], csv_rows=True)
    with pytest.raises(ValueError, match="rows"):
        copy_with_claims(io.StringIO(_csv(figures[:1])), io.StringIO(), claimed, csv_rows=True)


def _claim_of(figures: list[Figure], doc: str, span: str) -> str | None:
    return next(f.claim for f in figures if f.doc == doc and f.span == span)


def _claimed(texts: dict[str, str]) -> list[Figure]:
    """The figures of several articles (doc -> text), related and given their claims."""
    return claims([f for doc, t in texts.items() for f in relate(extract(t, doc=doc))])[0]


def test_one_familys_dead_and_a_running_total_are_not_the_toll() -> None:
    texts = {
        "wire": "A bomb killed at least 22 people at the market in Mubi on Friday, police said. "
                "Insurgents have killed more than 35,000 people in the northeast since the conflict "
                "began in 2009, the UN says.",
        "paper": "The death toll from Friday's market bombing in Mubi has risen to 84, the governor said. "
                 "Hauwa Bello told the paper she lost her three sons in the blast.",
    }
    figures = _claimed(texts)
    toll = _claim_of(figures, "wire", "at least 22")
    assert _claim_of(figures, "paper", "84") == toll  # one toll, updated
    assert _claim_of(figures, "paper", "three") != toll  # a family's dead are a part of it
    assert _claim_of(figures, "wire", "more than 35,000") != toll  # since 2009: another period


def test_a_fronted_time_clause_dates_the_toll_it_does_not_set_another_event() -> None:
    texts = {
        "a": "Cyclone Idara killed at least 12 people when it struck Beira on Thursday, officials said.",
        "b": "Three days after Cyclone Idara struck Beira, the death toll has climbed to 58, "
             "the disaster agency said.",
    }
    figures = _claimed(texts)
    assert _claim_of(figures, "a", "at least 12") == _claim_of(figures, "b", "58")


def test_a_part_of_a_total_is_no_report_of_a_toll() -> None:
    texts = {
        "a": "The cyclone killed at least 12 people in Beira on Thursday, officials said.",
        "b": "Health authorities have recorded 460 cholera cases in Beira since Tuesday, "
             "including six deaths.",
    }
    figures = _claimed(texts)
    assert _claim_of(figures, "a", "at least 12") != _claim_of(figures, "b", "six")


def test_a_part_and_the_same_group_stated_alone_are_one_claim() -> None:
    texts = {"a": "A bomb killed 40 people, including 12 children, at a market in Mubi on Friday.",
             "b": "Twelve children were among those killed in Friday's market bombing in Mubi."}
    figures = _claimed(texts)
    assert _claim_of(figures, "a", "12") == _claim_of(figures, "b", "Twelve")
    assert _claim_of(figures, "a", "40") != _claim_of(figures, "a", "12")


def test_a_long_text_has_the_names_of_it_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """`names_in` reads a long text a paragraph at a time (memory) and counts what reading it
    whole counts: the by-line and the dateline's agency left out once, every name counted."""
    from stats.reconcile import claim_events

    body = ("Floods in the Shire Valley displaced families near Nsanje, officials of the Malawi "
            "Red Cross said.\nRescuers from Blantyre reached Makhanga by boat.")
    text = ("Floods hit Malawi\nBy Chikondi Banda, Lake Post\n\nBLANTYRE (LP) - " + body
            + ("\n\n" + body) * 3000)
    long = claim_events.names_in(text)
    monkeypatch.setattr(claim_events, "_PIECE", len(text) + 1)
    whole = claim_events.names_in(text)
    assert len(text) > 5 * (1 << 16)  # (several pieces)
    assert long == whole
    assert long["nsanje"] == 3001
    assert "chikondi" not in long
    assert "lp" not in long


@pytest.mark.parametrize(("text", "span", "forecast"), [
    ("At least 35 people have died since early May, and nearly 1,400 have fallen ill.", "nearly 1,400",
     False),
    ("Since mid-May, 1,400 people have fallen ill.", "1,400", False),
    ("On 4 May, 1,400 people fell ill.", "1,400", False),
    ("The toll may rise to 1,400, officials said.", "1,400", True),
])
def test_the_month_may_is_no_forecast(text: str, span: str, forecast: bool) -> None:
    from stats import extract
    from stats.reconcile import context

    (figure,) = [f for f in extract(text) if f.span == span]
    assert bool(context.forecast(figure)) is forecast
