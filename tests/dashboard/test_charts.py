"""Chart builders: pure functions from the figures DataFrame to plotly figures as plain dicts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import pytest
from plotly.io.json import to_json_plotly

from dashboard import charts, timeline
from dashboard.data import CASUALTY_CATEGORIES, CATEGORY_ORDER, PEOPLE_CATEGORIES, Corpus, Filters, load
from dashboard.wiring_views import sent

NYT = "001_f2ef60532da01a30.txt"


def ids_of(fig: dict[str, Any]) -> list[str]:
    """Every figure id carried by the marks of a chart, in trace order."""
    found: list[str] = []
    for trace in fig["data"]:
        for item in trace.get("customdata") or []:
            found += list(item)
    return found


def strings(node: object) -> list[str]:
    """Every string inside a nested figure dict (hover texts, tick labels, names)."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in strings(v)]
    if isinstance(node, list | tuple):
        return [s for v in node for s in strings(v)]
    if hasattr(node, "tolist"):
        return strings(node.tolist())
    return []


def test_category_chart_counts_and_ids_per_bar_segment(corpus: Corpus) -> None:
    fig = charts.category_chart(corpus.figures)
    df = corpus.figures
    assert sorted(ids_of(fig)) == sorted(df.index)  # every figure sits in exactly one segment
    for trace in fig["data"]:
        for category, count, ids in zip(trace["y"], trace["x"], trace["customdata"], strict=True):
            assert count == len(ids)
            assert set(df.loc[list(ids), "category"].astype(str)) == {category}
            assert df.loc[list(ids), "doc"].nunique() == 1  # one segment, one article
    totals = {}
    for trace in fig["data"]:
        for category, count in zip(trace["y"], trace["x"], strict=True):
            totals[category] = totals.get(category, 0) + count
    assert totals == df["category"].astype(str).value_counts().to_dict()
    nyt = next(t for t in fig["data"] if t["name"].startswith("Taliban Enter Kandahar"))
    killed = list(nyt["y"]).index("killed")
    assert "The New York Times" in nyt["hovertext"][killed]
    assert "≥ 703" in nyt["hovertext"][killed] or "…" in nyt["hovertext"][killed]


def test_category_chart_by_kind_and_article_cap(corpus: Corpus) -> None:
    fig = charts.category_chart(corpus.figures, by="kind", limit=2)
    assert {y for t in fig["data"] for y in t["y"]} == set(corpus.figures["kind"].astype(str))
    assert [t["name"] for t in fig["data"]][-1] == "3 other articles"
    assert len(fig["data"]) == 3
    assert sorted(ids_of(fig)) == sorted(corpus.figures.index)


def test_casualty_chart_has_one_mark_per_casualty_figure(corpus: Corpus) -> None:
    fig = charts.casualty_chart(corpus.figures)
    casualties = corpus.figures[corpus.figures["category"].astype(str).isin(CASUALTY_CATEGORIES)]
    assert sorted(ids_of(fig)) == sorted(casualties.index)
    labels = {fid: text for t in fig["data"] for (fid,), text in zip(t["customdata"], t["text"], strict=True)}
    assert labels["f2aa723dbda44"] == "≥ 703"
    assert labels["f62ff199bc885"] == "> 1,000"
    assert labels["fae214f5a493e"] == "200+ (hundreds)"
    killed = next(t for t in fig["data"] if t["name"] == "killed")
    at = [c[0] for c in killed["customdata"]].index("f2aa723dbda44")
    assert killed["x"][at] == 703
    assert killed["marker"]["symbol"][at] == "triangle-right"  # at least: open towards larger numbers
    hundreds = [c[0] for c in killed["customdata"]].index("fae214f5a493e")
    assert killed["marker"]["symbol"][hundreds] == "triangle-right-open"  # vague: hollow
    assert "Afghan security forces" in killed["hovertext"][at]
    assert "The New York Times" in killed["hovertext"][at]
    assert "undated" in killed["hovertext"][at]
    assert fig["layout"]["xaxis"]["type"] == "log"


def test_casualty_chart_caps_marks_on_big_views(corpus: Corpus) -> None:
    rows, total = charts.casualty_rows(corpus.figures, max_marks=3)
    assert total == corpus.figures["category"].astype(str).isin(CASUALTY_CATEGORIES).sum() >= 10
    assert len(rows) == 3
    assert rows["subject_label"].str.lower().nunique() == 3  # one mark for each of 3 subjects
    rows, _ = charts.casualty_rows(corpus.figures, max_marks=4, max_subjects=2)
    assert sorted(rows["value"]) == [200, 200, 208, 2000]  # "Afghan troops" and "civilians", 2 each
    assert len(ids_of(charts.casualty_chart(corpus.figures, max_marks=3))) == 3


def test_timeline_draws_only_dated_counts_of_people(corpus: Corpus) -> None:
    fig = timeline.timeline_chart(corpus.figures)
    df = corpus.figures
    dated = df[df["published"] != ""]
    people = dated[(dated["kind"] == "count") & dated["category"].isin(PEOPLE_CATEGORIES)]
    assert len(people) >= 2
    assert sorted(ids_of(fig)) == sorted(people.index)
    assert set(dated["doc"]) == {"000_5abc85a341ba6bb1.txt"}
    left_out = set(dated["category"]) - set(PEOPLE_CATEGORIES)
    assert {"forces", "territory", "population"} <= left_out  # dated, but no count of people
    for trace in fig["data"]:
        for when in trace["x"]:
            assert str(when).startswith(("2021-07-22", "2021-07-23"))  # a few hours' nudge at most
    assert all("The Reference" in h and "2021-07-23" in h for t in fig["data"] for h in t["hovertext"])
    assert fig["layout"]["yaxis"]["title"]["text"].startswith("people")


def test_timeline_has_one_trace_per_category_of_people(attributed: Corpus) -> None:
    df = attributed.figures
    fig = timeline.timeline_chart(df)
    assert [t["name"] for t in fig["data"]] == ["killed", "injured", "displaced"]  # CATEGORY_ORDER
    for trace in fig["data"]:
        assert set(df.loc[[i for (i,) in trace["customdata"]], "category"]) == {trace["name"]}
    assert df.loc[df["span"] == "600,000", "category"].item() == "population"
    assert df.index[df["span"] == "600,000"][0] not in ids_of(fig)


def test_timeline_folds_when_under_a_third_of_the_articles_are_dated(corpus: Corpus) -> None:
    assert timeline.dated_articles(corpus.figures) == (1, 5)
    assert [timeline.sparse(1, n) for n in (1, 2, 3, 4, 5)] == [False, False, False, True, True]
    assert [timeline.sparse(0, 0), timeline.sparse(0, 1)] == [False, True]
    assert timeline.sparse_note(1, 5) == ("Only 1 of 5 articles has a publication date, too few to plot "
                                          "figures over time.")
    one = corpus.filtered(Filters.from_inputs(docs=["000_5abc85a341ba6bb1.txt"]))
    assert timeline.dated_articles(one) == (1, 1)


def test_category_chart_lists_casualties_first_and_distances_last(corpus: Corpus) -> None:
    fig = charts.category_chart(corpus.filtered(Filters(hide_durations=False)))
    order = list(fig["layout"]["yaxis"]["categoryarray"])[::-1]  # top of the chart first
    assert order == [c for c in CATEGORY_ORDER if c in set(corpus.figures["category"])]
    assert order[0] == "killed"
    assert order[-2:] == ["distance", "duration"]
    assert CATEGORY_ORDER[:len(CASUALTY_CATEGORIES)] == CASUALTY_CATEGORIES


def test_charts_of_an_empty_view_say_so(corpus: Corpus) -> None:
    empty = corpus.filtered(Filters.from_inputs(text="no such words anywhere"))
    assert empty.empty
    for fig in (charts.category_chart(empty), charts.casualty_chart(empty), timeline.timeline_chart(empty)):
        assert len(fig["data"]) == 0
        assert fig["layout"]["annotations"][0]["text"].startswith("No ")
    only_money = corpus.filtered(Filters.from_inputs(categories=["money"]))
    message = charts.casualty_chart(only_money)["layout"]["annotations"][0]["text"]
    assert message.startswith("No casualty figures match the filters.<br>")
    # No line wider than a narrow chart holds: the message is never clipped at its ends.
    lines = [re.sub("<[^>]+>", "", line) for line in message.split("<br>")]
    assert all(len(line) <= 40 for line in lines), lines
    assert "surrendered" in " ".join(lines)


def test_markup_in_text_is_escaped_in_hover_and_ticks(hostile_dir: Path) -> None:
    df = load(hostile_dir).figures.copy()
    df["subject_label"] = "<img src=x onerror=alert(2)>"
    df["label"] = "<script>alert(1)</script>"
    for fig in (charts.casualty_chart(df), timeline.timeline_chart(df), charts.category_chart(df)):
        text = " ".join(strings(fig))
        assert "<img" not in text
        assert "<script" not in text
        assert "&lt;img src=x onerror=alert(2)&gt;" in text or "&lt;script&gt;" in text


@pytest.mark.parametrize("builder", [charts.category_chart, charts.casualty_chart, timeline.timeline_chart])
def test_charts_are_plotly_figures_with_click_events(corpus: Corpus, builder) -> None:  # type: ignore[no-untyped-def]
    fig = builder(corpus.figures)
    assert fig["layout"]["clickmode"] == "event"
    go.Figure(fig).to_json()  # a valid plotly figure, serialisable as Dash will send it
    to_json_plotly(sent(fig))
