"""The view in the address bar: filters to a query string and back, the chips of the summary
line and their ×, the filter values set on load or by a click, and the table row of the URL's
figure. Plain functions, no browser."""

from __future__ import annotations

from typing import Any

import dash
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard import callbacks, ids
from dashboard.data import Corpus
from dashboard.filters import BLANK, DEFAULT_VIEW, DURATIONS_HIDDEN, IMPLIED_ON, Filters
from dashboard.summary import active_filters, summary_line, without
from dashboard.urlstate import component_values, filters_from_query, location, parse_location, with_filters

from .test_callbacks import text_of, walk

AT_LEAST_703 = "f2aa723dbda44"
NYT = "001_f2ef60532da01a30.txt"

words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
numbers = st.none() | st.floats(-1e9, 1e9, allow_nan=False).map(lambda x: round(x, 3))


@st.composite
def filter_states(draw: st.DrawFn) -> Filters:
    """Any filter state the page can be in."""
    lists = [draw(st.lists(words, max_size=3)) for _ in range(6)]
    said_by, places = ([BLANK if not v.strip() else v for v in values] for values in lists[4:])
    return Filters.from_inputs(lists[0], lists[1], lists[2], lists[3], draw(words), draw(numbers),
                               draw(numbers), said_by, places, draw(st.sampled_from([[], [IMPLIED_ON]])),
                               draw(st.sampled_from([[], [DURATIONS_HIDDEN]])),
                               draw(st.lists(st.from_regex(r"f[0-9a-f]{12}", fullmatch=True), max_size=4)))


@given(filter_states(), st.none() | st.from_regex(r"f[0-9a-f]{12}", fullmatch=True), st.booleans())
def test_any_view_survives_the_round_trip_through_the_address(filters: Filters, figure: str | None,
                                                               view: bool) -> None:
    search = location(filters, figure, view)
    assert filters_from_query(search) == filters
    assert parse_location(search) == (figure, view and figure is not None)
    assert Filters.from_inputs(*component_values(filters)) == filters  # what the components show


def test_the_default_view_has_a_bare_address_and_the_rest_say_what_differs() -> None:
    assert location(DEFAULT_VIEW) == ""
    assert filters_from_query("") == filters_from_query(None) == DEFAULT_VIEW
    shown = Filters.from_inputs(categories=["killed", "injured"], said_by=[BLANK, "the Taliban"], implied=[],
                                durations=[], value_max=2000, text="Afghan troops")
    assert location(shown, "fabc") == ("?figure=fabc&category=injured&category=killed&source="
                                       "&source=the+Taliban&q=Afghan+troops&max=2000&implied=no&durations=show")
    kept = with_filters("?figure=fabc&view=article&category=money", DEFAULT_VIEW)
    assert kept == "?figure=fabc&view=article"
    assert with_filters("", DEFAULT_VIEW, "/figure/fabc") == "?figure=fabc"  # a /figure/ID path keeps its id
    assert filters_from_query("?ids=fa,fb,,fc") == Filters(hide_durations=True, figures=("fa", "fb", "fc"))
    assert filters_from_query("?min=abc&max=") == DEFAULT_VIEW  # not numbers: no range


def test_the_summary_names_each_filter_and_each_x_takes_one_off(corpus: Corpus) -> None:
    filters = Filters.from_inputs(categories=["killed"], docs=[NYT], said_by=[BLANK], text="troops",
                                  value_min=100, implied=[], durations=[DURATIONS_HIDDEN])
    chips = active_filters(filters, corpus)
    assert chips == [
        ("categories=killed", "killed"), (f"docs={NYT}", "Taliban Enter Kandahar City and Seize B…"),
        ("said_by=", "source: the article's own voice"), ("text", "search: “troops”"),
        ("value_min", "value ≥ 100"), ("implied", "implied single casualties left out"),
        ("hide_durations", "durations and distances hidden")]
    for key, _label in chips:
        fewer = without(filters, key)
        assert fewer != filters
        assert [k for k, _ in active_filters(fewer, corpus)] == [k for k, _ in chips if k != key]
    assert without(filters, "no-such-filter") == filters
    picked = Filters.from_inputs(durations=[DURATIONS_HIDDEN], figures=["fa", "fb"])
    assert active_filters(picked) == [("figures", "2 picked figures")]  # picked by id: none hidden
    assert without(picked, "figures") == DEFAULT_VIEW
    assert active_filters(Filters()) == []
    both = Filters.from_inputs(categories=["duration", "distance"], durations=[DURATIONS_HIDDEN])
    assert active_filters(both) == [("categories=distance", "distance"), ("categories=duration", "duration")]


def test_each_chip_has_a_remove_button_that_names_its_filter(corpus: Corpus) -> None:
    line = summary_line("Showing 7 of 54 figures.", active_filters(Filters.from_inputs(categories=["killed"]),
                                                                   corpus))
    buttons = [x for x in walk(line) if getattr(x, "id", None) and isinstance(x.id, dict)]
    assert [b.id for b in buttons] == [{"type": ids.REMOVE_FILTER, "key": "categories=killed"}]
    assert buttons[0].children == "×"
    assert text_of(line) == "Showing 7 of 54 figures.killed×"


def test_on_load_the_filters_come_from_the_address() -> None:
    values = callbacks.set_filters(None, Filters(), "?figure=fa&category=killed&source=&implied=no")
    assert values[ids.FILTERS.index(ids.FILTER_CATEGORY)] == ["killed"]
    assert values[ids.FILTERS.index(ids.FILTER_SOURCE)] == [BLANK]
    assert values[ids.FILTERS.index(ids.FILTER_IMPLIED)] == []
    assert values[ids.FILTERS.index(ids.FILTER_DURATIONS)] == [DURATIONS_HIDDEN]
    assert Filters.from_inputs(*values) == filters_from_query("?category=killed&source=&implied=no")
    assert all(v is dash.no_update for v in callbacks.set_filters(None, Filters(), "?figure=fa"))


@pytest.mark.parametrize(("trigger", "expected"), [
    ({"type": ids.REMOVE_FILTER, "key": "categories=killed"}, Filters.from_inputs(kinds=["count"])),
    ({"type": ids.REMOVE_FILTER, "key": "kinds=count"}, Filters.from_inputs(categories=["killed"])),
    (ids.CLEAR_FILTERS, DEFAULT_VIEW),
])
def test_a_click_sets_the_filters(trigger: Any, expected: Filters) -> None:
    current = Filters.from_inputs(categories=["killed"], kinds=["count"])
    assert Filters.from_inputs(*callbacks.set_filters(trigger, current)) == expected


def test_show_these_figures_filters_to_the_clicked_mark() -> None:
    values = callbacks.set_filters(ids.SHOW_MARK, Filters(), mark_ids=["fa", "fb"])
    assert values[ids.FILTERS.index(ids.FILTER_FIGURES)] == ["fa", "fb"]
    assert sum(v is not dash.no_update for v in values) == 1
    assert all(v is dash.no_update for v in callbacks.set_filters(ids.SHOW_MARK, Filters(), mark_ids=[]))


def test_the_picked_figures_filter_keeps_exactly_those(corpus: Corpus) -> None:
    picked = list(corpus.figures.index[[3, 10, 20]])
    assert list(corpus.filtered(Filters(figures=tuple(picked))).index) == picked
    durations = list(corpus.figures.index[corpus.figures["category"] == "duration"][:2])
    # Figures picked by id show even when durations are hidden: they were asked for.
    assert list(corpus.filtered(Filters(hide_durations=True, figures=tuple(durations))).index) == durations


def test_the_table_row_of_the_address_figure(corpus: Corpus) -> None:
    target = callbacks.grid_target(corpus, f"?figure={AT_LEAST_703}", "/", None)
    default = list(corpus.filtered(DEFAULT_VIEW).index)  # a bare figure link opens the default view
    assert target == {"id": AT_LEAST_703, "index": default.index(AT_LEAST_703)}
    killed = corpus.filtered(Filters.from_inputs(categories=["killed"]))
    target = callbacks.grid_target(corpus, f"?figure={AT_LEAST_703}&category=killed", "/", None)
    assert target is not None
    assert target["index"] == list(killed.index).index(AT_LEAST_703)
    by_value = {"sortModel": [{"colId": "value_label", "sort": "desc"}]}
    target = callbacks.grid_target(corpus, f"?figure={AT_LEAST_703}&category=killed", "/", by_value)
    assert target is not None
    assert target["index"] == list(killed.sort_values("value", ascending=False, kind="stable").index).index(
        AT_LEAST_703)
    assert callbacks.grid_target(corpus, f"?figure={AT_LEAST_703}&category=money", "/", None) is None
    assert callbacks.grid_target(corpus, "?figure=fnothere", "/", None) is None
    assert callbacks.grid_target(corpus, "", f"/figure/{AT_LEAST_703}", None) is not None
