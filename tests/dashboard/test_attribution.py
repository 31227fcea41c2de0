"""Who said it, where and when: the said_by, place, period and implied columns in the
dashboard — loading (old output folders too), the source, place and implied filters, their
options, the "Figures by source" chart and its clicks, the table, the download and the quote
panel. The figures' attribution is the tests' own (conftest.ATTRIBUTION), not the extractor's."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from typing import Any

import dash
import numpy as np
import pandas as pd
import pytest
from plotly.io.json import to_json_plotly

from dashboard import callbacks, ids, options, quotes, source_chart
from dashboard.app import create_app
from dashboard.components import quote_panel
from dashboard.data import CITATION_FIELDS, Corpus, Filters, load
from dashboard.download_route import download_csv
from dashboard.filters import BLANK, DEFAULT_VIEW, IMPLIED_ON, column_values, include_implied
from dashboard.grid import grid_keep, grid_sort
from dashboard.labels import OWN_VOICE, attribution, attribution_text
from stats.export import FIGURE_FIELDS, FIGURES_CSV

from .conftest import ATTRIBUTION, IMPLIED_SPAN, read_rows
from .test_callbacks import text_of, walk

TALIBAN, UN, OFFICIALS = "the Taliban", "the United Nations", "officials"
OLD_FIELDS = FIGURE_FIELDS[:FIGURE_FIELDS.index("said_by")]  # figures.csv before said_by and the rest


def id_of(corpus: Corpus, span: str) -> str:
    """The id of the one figure with this span."""
    found = corpus.figures.index[corpus.figures["span"] == span]
    assert len(found) == 1, (span, list(corpus.figures["span"]))
    return str(found[0])


def ids_where(corpus: Corpus, column: str, value: object) -> list[str]:
    return [str(i) for i in corpus.figures.index[corpus.figures[column] == value]]


# --------------------------------------------------------------------- loading
def test_the_fixture_has_the_tests_attribution(attributed: Corpus) -> None:
    df = attributed.figures
    assert len(df) == 5
    for span, (said_by, place, period) in ATTRIBUTION.items():
        row = attributed.figure(id_of(attributed, span))
        assert row is not None
        assert (row["said_by"], row["place"], row["period"]) == (said_by, place, period)
        assert not row["implied"]
    implied = attributed.figure(id_of(attributed, IMPLIED_SPAN))
    assert implied is not None
    assert (implied["implied"], implied["value"], implied["said_by"]) == (True, 1.0, "")


def test_attribution_columns_are_categorical_and_implied_a_flag(attributed: Corpus) -> None:
    df = attributed.figures
    for column in ("said_by", "place", "period", "implied_label"):
        assert isinstance(df[column].dtype, pd.CategoricalDtype), column
    assert df["implied"].dtype == bool
    assert list(df["implied_label"].astype(str)) == ["implied" if v else "" for v in df["implied"]]


def old_output(attributed_dir: Path, tmp_path: Path) -> Path:
    """A copy of the attributed output as an older `stats extract` wrote it: no said_by,
    place, period or implied columns in figures.csv."""
    data = tmp_path / "old-output"
    shutil.copytree(attributed_dir, data)
    table = pd.read_csv(data / FIGURES_CSV, dtype=str, keep_default_na=False)
    table[OLD_FIELDS].to_csv(data / FIGURES_CSV, index=False, lineterminator="\n")
    return data


def test_an_old_output_folder_loads_with_blank_attribution(attributed_dir: Path, tmp_path: Path) -> None:
    corpus = load(old_output(attributed_dir, tmp_path))
    df = corpus.figures
    assert len(df) == 5
    for column in ("said_by", "place", "period"):
        assert set(df[column].astype(str)) == {""}, column
    assert not df["implied"].any()
    assert len(corpus.filtered(Filters.from_inputs(said_by=[BLANK], places=[BLANK], implied=[]))) == 5
    assert len(corpus.filtered(Filters.from_inputs(said_by=[TALIBAN]))) == 0
    download = list(csv.DictReader(io.StringIO(download_csv(corpus, Filters()))))
    assert list(download[0]) == [*FIGURE_FIELDS, *CITATION_FIELDS]  # the current contract's, blank and false
    assert {(r["said_by"], r["place"], r["period"], r["implied"]) for r in download} == {
        ("", "", "", "False")}
    view = callbacks.update_view(corpus, Filters())
    assert {str(list(c)) for t in view["source_chart"]["data"] for c in t["customdata"]} == {str([BLANK])}
    panel = callbacks.show_figure(corpus, f"?figure={id_of(corpus, '1,200')}", "/", [], "")[0]
    assert f"— {OWN_VOICE}" in text_of(panel)


# --------------------------------------------------------------------- filters
def test_source_place_and_implied_filters(attributed: Corpus) -> None:
    def spans(**inputs: Any) -> set[str]:
        return set(attributed.filtered(Filters.from_inputs(**inputs))["span"])

    assert spans(said_by=[TALIBAN]) == {"at least 40"}
    assert spans(said_by=[TALIBAN, UN]) == {"at least 40", "1,200"}
    assert spans(said_by=[BLANK]) == {IMPLIED_SPAN, "600,000"}  # the article's own voice
    assert spans(places=["Kandahar"]) == {"at least 40", "15"}
    assert spans(places=[BLANK]) == {IMPLIED_SPAN, "600,000"}
    assert spans(said_by=[OFFICIALS], places=["Herat"]) == set()
    assert IMPLIED_SPAN in spans()  # implied figures are in by default ...
    assert spans(implied=[]) == {"at least 40", "1,200", "15", "600,000"}  # ... and can be left out
    assert spans(implied=[IMPLIED_ON], said_by=[BLANK]) == {IMPLIED_SPAN, "600,000"}
    assert spans(implied=[], categories=["killed"]) == {"at least 40"}


def test_filter_values_are_normalised() -> None:
    assert column_values([TALIBAN, BLANK, TALIBAN]) == ("", TALIBAN)
    assert (include_implied(None), include_implied([]), include_implied([IMPLIED_ON]),
            include_implied(False)) == (True, False, True, False)
    assert not Filters.from_inputs(implied=[IMPLIED_ON]).active()
    assert Filters.from_inputs(implied=[]).active()
    assert Filters.from_inputs(said_by=BLANK).said_by == ("",)


def test_source_and_place_options_blank_first_then_most_frequent(attributed: Corpus) -> None:
    choices = options.options(attributed)
    assert choices["sources"] == [
        {"label": options.BLANK_LABELS["said_by"], "value": BLANK},
        {"label": OFFICIALS, "value": OFFICIALS}, {"label": TALIBAN, "value": TALIBAN},
        {"label": UN, "value": UN}]
    assert [o["value"] for o in choices["places"]] == [BLANK, "Kandahar", "Herat"]  # Kandahar: 2 figures
    assert options.options(attributed, value_limit=2)["sources"] == choices["sources"][:2]


def test_source_search_keeps_the_selection(attributed: Corpus) -> None:
    assert [o["value"] for o in options.value_options(attributed, "said_by", "taliban")] == [TALIBAN]
    assert [o["value"] for o in options.value_options(attributed, "said_by", "own voice")] == [BLANK]
    kept = options.value_options(attributed, "said_by", "nations", [OFFICIALS])
    assert [o["value"] for o in kept] == [OFFICIALS, UN]
    assert len(options.value_options(attributed, "said_by", "", None, limit=1)) == 1
    assert [o["value"] for o in options.value_options(attributed, "place", "her")] == ["Herat"]


def test_many_sources_are_searched_on_the_server(attributed_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(attributed_dir)
    assert f"{ids.FILTER_SOURCE}.options" not in app.callback_map  # 4 sources: listed in the page
    monkeypatch.setattr(options, "STATIC_OPTIONS", 2)
    app = create_app(attributed_dir)
    outputs = " ".join(app.callback_map)
    assert f"{ids.FILTER_SOURCE}.options" in outputs
    assert f"{ids.FILTER_PLACE}.options" in outputs


# --------------------------------------------------------------------- the source chart
def test_source_counts_own_voice_first_then_most_quoted(attributed: Corpus) -> None:
    counts = source_chart.source_counts(attributed.figures)
    assert counts.values == ["", OFFICIALS, TALIBAN, UN]  # ties by name
    assert counts.labels[0] == source_chart.OWN_VOICE_BAR
    assert counts.totals == [2, 1, 1, 1]
    assert counts.counts == {"killed": [1, 0, 1, 0], "injured": [0, 1, 0, 0], "displaced": [0, 0, 0, 1],
                             "population": [1, 0, 0, 0]}  # in the order of the model's categories
    assert (counts.other_sources, counts.other_figures) == (0, 0)
    assert source_chart.source_note(counts) == ""


def test_source_counts_keep_the_top_sources_and_count_the_rest(corpus: Corpus) -> None:
    df = corpus.figures.copy()
    names = ["", *(f"source {i:02d}" for i in range(30))]
    df["said_by"] = pd.Categorical([names[i % 7 if i < 20 else i % 31] for i in range(len(df))])
    counts = source_chart.source_counts(df, limit=3)
    expected = df["said_by"].astype(str).value_counts()
    named = expected.drop("").sort_index().sort_values(ascending=False, kind="stable")
    assert counts.values == ["", *named.index[:3]]
    assert counts.totals == [int(expected[""]), *map(int, named.iloc[:3])]
    assert counts.other_sources == len(named) - 3
    assert counts.other_figures == len(df) - sum(counts.totals)
    assert "other sources" in source_chart.source_note(counts)
    for i, value in enumerate(counts.values):  # each bar's segments add up, category by category
        mine = df[df["said_by"] == value]["category"].astype(str).value_counts()
        assert {c: n[i] for c, n in counts.counts.items() if n[i]} == mine.to_dict()


def test_source_chart_bars_carry_their_source_for_the_filter(attributed: Corpus) -> None:
    fig = source_chart.source_chart(attributed.figures)
    assert [t["name"] for t in fig["data"]] == ["killed", "injured", "displaced", "population"]
    for trace in fig["data"]:
        assert [list(c) for c in trace["customdata"]] == [[BLANK], [OFFICIALS], [TALIBAN], [UN]]
    assert list(fig["layout"]["yaxis"]["ticktext"]) == [source_chart.OWN_VOICE_BAR, OFFICIALS, TALIBAN, UN]
    assert fig["layout"]["clickmode"] == "event"
    to_json_plotly(fig)  # serialisable as Dash will send it
    empty = source_chart.source_chart(attributed.filtered(Filters.from_inputs(text="nothing like this")))
    assert len(empty["data"]) == 0


def test_source_chart_escapes_markup_in_source_names(attributed: Corpus) -> None:
    df = attributed.figures.copy()
    df["said_by"] = pd.Categorical(["<img src=x onerror=alert(1)>"] * len(df))
    text = to_json_plotly(source_chart.source_chart(df))
    assert "<img" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text


def test_a_source_bar_click_sets_the_source_filter_and_a_second_clears_it() -> None:
    click = {"points": [{"curveNumber": 0, "pointNumber": 2, "customdata": [TALIBAN]}]}
    assert source_chart.pick_source(click, None) == [TALIBAN]
    assert source_chart.pick_source(click, [UN, TALIBAN]) == [TALIBAN]
    assert source_chart.pick_source(click, [TALIBAN]) == []
    assert source_chart.pick_source({"points": [{"customdata": [BLANK]}]}, None) == [BLANK]
    assert source_chart.pick_source({"points": []}, None) is None
    values = callbacks.set_filters(ids.CHART_SOURCE, Filters(), click=click, current_source=None)
    assert values[ids.FILTERS.index(ids.FILTER_SOURCE)] == [TALIBAN]
    assert all(v is dash.no_update for i, v in enumerate(values) if ids.FILTERS[i] != ids.FILTER_SOURCE)
    cleared = callbacks.set_filters(ids.CLEAR_FILTERS, Filters.from_inputs(said_by=[TALIBAN]))
    assert Filters.from_inputs(*cleared) == DEFAULT_VIEW
    assert cleared[ids.FILTERS.index(ids.FILTER_IMPLIED)] == [IMPLIED_ON]


def test_update_view_draws_the_source_chart_for_the_filters(attributed: Corpus) -> None:
    view = callbacks.update_view(attributed, Filters.from_inputs(said_by=[TALIBAN]))
    bars = view["source_chart"]
    assert [list(c) for t in bars["data"] for c in t["customdata"]] == [[TALIBAN]]
    assert sum(x for t in bars["data"] for x in t["x"]) == 1
    assert "Draws on 1 article" in text_of(view["source_caption"])
    assert text_of(view["summary"]) == "Showing 1 of 5 figures from 1 article.source: the Taliban×"
    casualty_ids = [fid for t in view["casualty_chart"]["data"] for (fid,) in t["customdata"]]
    assert casualty_ids == [id_of(attributed, "at least 40")]
    hover = " ".join(h for t in view["casualty_chart"]["data"] for h in t["hovertext"])
    assert "according to the Taliban" in hover
    view = callbacks.update_view(attributed, Filters.from_inputs(implied=[]))
    assert id_of(attributed, IMPLIED_SPAN) not in [fid for t in view["casualty_chart"]["data"]
                                                   for (fid,) in t["customdata"]]


# --------------------------------------------------------------------- table and download
def test_table_rows_carry_source_place_period_and_the_implied_mark(attributed: Corpus) -> None:
    response, _count, _style = callbacks.table_rows(attributed, Filters(), {"startRow": 0, "endRow": 20})
    rows = {r["span"]: r for r in response["rowData"]}
    assert (rows["at least 40"]["said_by"], rows["at least 40"]["place"], rows["at least 40"]["period"]) == \
        ATTRIBUTION["at least 40"]
    assert rows["at least 40"]["qualifier_label"] == "at least"
    assert rows[IMPLIED_SPAN]["qualifier_label"] == "implied"
    assert rows[IMPLIED_SPAN]["implied"] is True
    assert rows["600,000"]["qualifier_label"] == "exactly"
    assert rows["600,000"]["implied"] is False
    assert rows["600,000"]["said_by"] == ""
    model = {"said_by": {"filterType": "text", "type": "contains", "filter": "TALIBAN"}}
    response, count, _style = callbacks.table_rows(attributed, Filters(), {"startRow": 0, "endRow": 20,
                                                                           "filterModel": model})
    assert [r["span"] for r in response["rowData"]] == ["at least 40"]
    assert count == "1 figure (table filters on)"
    request = {"startRow": 0, "endRow": 20, "sortModel": [{"colId": "place", "sort": "asc"}]}
    places = [r["place"] for r in callbacks.table_rows(attributed, Filters(), request)[0]["rowData"]]
    assert places == ["", "", "Herat", "Kandahar", "Kandahar"]


@pytest.mark.parametrize("model", [
    {"said_by": {"filterType": "text", "type": "contains", "filter": "the"}},
    {"place": {"filterType": "text", "type": "blank"}},
    {"period": {"filterType": "text", "type": "notBlank"}},
    {"said_by": {"filterType": "text", "operator": "OR", "conditions": [
        {"type": "startsWith", "filter": "off"}, {"type": "endsWith", "filter": "nations"}]}},
    {"implied_label": {"filterType": "text", "type": "equals", "filter": "implied"}},
    {"qualifier_label": {"filterType": "text", "type": "equals", "filter": "implied"}},
    {"category": {"filterType": "text", "type": "notContains", "filter": "kill"}},
])
def test_categorical_table_filters_match_the_plain_text_ones(attributed: Corpus,
                                                             model: dict[str, Any]) -> None:
    """Filtering a categorical column on its categories gives what filtering every row's text did."""
    df = attributed.figures
    plain = df.copy()
    for column in model:
        plain[column] = plain[column].astype(str).astype(object)
    assert np.array_equal(grid_keep(df, model), grid_keep(plain, model))
    assert grid_keep(df, model).any()


def test_categorical_sort_matches_the_plain_text_sort(corpus: Corpus) -> None:
    df = corpus.figures
    for column, direction in (("subject", "asc"), ("category", "desc"), ("doc", "asc"),
                              ("publisher", "desc")):
        plain = df.copy()
        plain[column] = plain[column].astype(str).astype(object)
        model = [{"colId": column, "sort": direction}]
        assert list(grid_sort(df, model).index) == list(grid_sort(plain, model).index), column


def test_download_follows_the_source_place_and_implied_filters(attributed: Corpus,
                                                               attributed_dir: Path) -> None:
    with (attributed_dir / FIGURES_CSV).open(encoding="utf-8", newline="") as handle:
        original = list(csv.DictReader(handle))
    for inputs, keep in [
        ({"said_by": [TALIBAN, BLANK]}, lambda r: r["said_by"] in (TALIBAN, "")),
        ({"places": ["Kandahar"]}, lambda r: r["place"] == "Kandahar"),
        ({"implied": []}, lambda r: r["implied"] == "False"),
    ]:
        text = download_csv(attributed, Filters.from_inputs(**inputs))
        got = [{k: r[k] for k in FIGURE_FIELDS} for r in csv.DictReader(io.StringIO(text))]
        assert got == [r for r in original if keep(r)], inputs
    everything = attributed.to_csv(Filters())
    assert everything == (attributed_dir / FIGURES_CSV).read_text(encoding="utf-8")  # byte for byte
    assert read_rows(attributed_dir)[0]["said_by"] == TALIBAN


# --------------------------------------------------------------------- the quote panel
@pytest.mark.parametrize(("said_by", "place", "period", "expected"), [
    (TALIBAN, "Kandahar", "last week", "— according to the Taliban · Kandahar · last week"),
    ("", "Kandahar", "", f"— {OWN_VOICE} · Kandahar"),
    (None, float("nan"), None, f"— {OWN_VOICE}"),
    ("  the   UN ", "", " in July ", "— according to the UN · in July"),
])
def test_attribution_text_leaves_blank_parts_out(said_by: Any, place: Any, period: Any,
                                                 expected: str) -> None:
    assert attribution_text(said_by, place, period) == expected
    assert attribution(said_by, place, period)[0][0] == "source"


def panel_of(corpus: Corpus, span: str) -> Any:
    return callbacks.show_figure(corpus, f"?figure={id_of(corpus, span)}", "/", [], "")[0]


def classes(panel: Any, name: str) -> list[str]:
    """The text of every component of the panel with this class."""
    return [text_of(x.children) for x in walk(panel)
            if name in str(getattr(x, "className", "") or "").split()]


def test_quote_panel_says_who_where_and_when(attributed: Corpus) -> None:
    panel = panel_of(attributed, "at least 40")
    assert "— according to the Taliban · Kandahar · last week" in text_of(panel)
    assert classes(panel, "quote-source") == ["according to the Taliban"]
    assert classes(panel, "quote-place") == ["Kandahar"]
    assert classes(panel, "quote-period") == ["last week"]
    assert classes(panel, "implied-badge") == []
    panel = panel_of(attributed, "1,200")
    assert "— according to the United Nations · Herat · in July" in text_of(panel)


def test_quote_panel_of_the_articles_own_implied_figure(attributed: Corpus) -> None:
    panel = panel_of(attributed, IMPLIED_SPAN)
    assert classes(panel, "quote-attribution") == [f"— {OWN_VOICE}"]
    assert classes(panel, "own-voice") == [OWN_VOICE]
    assert classes(panel, "implied-badge") == ["implied: a single casualty"]
    quote = quotes.quote(attributed, id_of(attributed, IMPLIED_SPAN))
    assert quote is not None
    assert quote.sentence[quote.span_start:quote.span_end] == IMPLIED_SPAN
    assert "implied" not in text_of(quote_panel(quotes.quote(attributed, id_of(attributed, "600,000"))))
