"""Long articles, publishers, sources and places travel as short keys (issue 13: a 20,000-character
publisher as a dropdown option's value crashed chromium's tab): in the options, the address and
the filter components' values, each mapped back to its text on the server; short ones stay as
they are, so an address stays readable."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import ids
from dashboard.callbacks import set_filters
from dashboard.data import load
from dashboard.filters import BLANK, DEFAULT_VIEW, Filters
from dashboard.labels import MAX_LABEL_CHARS, attribution, clip
from dashboard.options import options, value_options
from dashboard.urlstate import (
    KEY_PREFIX,
    MAX_VALUE_CHARS,
    component_values,
    filters_from_query,
    filters_from_values,
    location,
    option_text,
    option_value,
)

from .conftest import long_values_copy

PUBLISHER = "P" + "".join(str(i) for i in range(6000))  # over 20,000 characters, no space
SOURCE = "S" + PUBLISHER[1:]


@pytest.fixture(scope="module")
def long_corpus(attributed_dir: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    data = long_values_copy(attributed_dir, tmp_path_factory.mktemp("long-option-values") / "output",
                            PUBLISHER, SOURCE)
    return load(data)


def test_short_values_stay_and_long_ones_get_a_stable_short_key() -> None:
    assert option_value("Reuters") == "Reuters"
    assert option_value("x" * MAX_VALUE_CHARS) == "x" * MAX_VALUE_CHARS
    key = option_value(PUBLISHER)
    assert len(key) < 60
    assert key.startswith(PUBLISHER[:KEY_PREFIX] + "~")
    assert option_value(PUBLISHER + "0") != key
    assert option_value(key) == key  # a key is short: it is its own option value


def test_no_option_sends_a_long_value_and_each_maps_back(long_corpus) -> None:  # type: ignore[no-untyped-def]
    every = options(long_corpus)
    for name, choices in every.items():
        for option in choices:
            assert len(option["value"]) <= MAX_VALUE_CHARS, name
            assert len(option["label"]) <= MAX_VALUE_CHARS, name
    publishers = [o["value"] for o in every["publishers"]]
    assert publishers == [option_value(PUBLISHER)]
    assert option_text(publishers[0]) == PUBLISHER
    sources = {option_text(o["value"]) for o in every["sources"]}
    assert SOURCE in sources
    assert BLANK in sources
    found = value_options(long_corpus, "said_by", SOURCE[:30].lower())
    assert [option_text(o["value"]) for o in found] == [SOURCE]


def test_the_dropdowns_keys_filter_on_the_whole_text(long_corpus) -> None:  # type: ignore[no-untyped-def]
    source_key = option_value(SOURCE)
    values = [None, None, None, [option_value(PUBLISHER)], None, None, None, [source_key], None, None, None,
              None]
    filters = filters_from_values(*values)
    assert filters.publishers == (PUBLISHER,)
    assert filters.said_by == (SOURCE,)
    assert len(long_corpus.filtered(filters)) == 1
    assert len(long_corpus.filtered(Filters(publishers=(PUBLISHER,)))) == len(long_corpus.figures)


def test_the_address_names_a_long_value_by_its_key_and_reopens_it(long_corpus) -> None:  # type: ignore[no-untyped-def]
    options(long_corpus)  # the server registers its texts as the page is built
    filters = Filters(publishers=(PUBLISHER,), said_by=("", SOURCE), hide_durations=True)
    address = location(filters, "f123")
    assert len(address) < 200
    assert "publisher=" + PUBLISHER[:KEY_PREFIX] in address
    assert filters_from_query(address) == filters
    shown = component_values(filters)
    assert shown[3] == [option_value(PUBLISHER)]
    assert sorted(shown[7]) == sorted([BLANK, option_value(SOURCE)])
    assert filters_from_values(*shown) == filters


def test_a_key_of_no_text_served_matches_nothing(long_corpus) -> None:  # type: ignore[no-untyped-def]
    stranger = option_value("Q" * 1000)
    assert option_text(stranger) == stranger
    assert len(long_corpus.filtered(filters_from_query(f"?publisher={stranger}"))) == 0
    assert filters_from_query("") == DEFAULT_VIEW


def test_the_quote_s_attribution_line_cuts_a_long_source() -> None:
    parts = dict(attribution(SOURCE, "Kabul", PUBLISHER))
    assert parts["source"] == "according to " + clip(SOURCE)
    assert len(parts["period"]) == MAX_LABEL_CHARS
    assert parts["place"] == "Kabul"


def test_a_long_source_s_bar_sets_its_key_and_a_second_click_clears_it(long_corpus) -> None:  # type: ignore[no-untyped-def]
    options(long_corpus)
    click = {"points": [{"customdata": [SOURCE]}]}  # the bar carries the source's text
    position = ids.FILTERS.index(ids.FILTER_SOURCE)
    first = set_filters(ids.CHART_SOURCE, DEFAULT_VIEW, click=click, current_source=None)
    assert first[position] == [option_value(SOURCE)]
    second = set_filters(ids.CHART_SOURCE, DEFAULT_VIEW, click=click, current_source=first[position])
    assert second[position] == []
