"""The charts are built as plain dicts (since ce0dfc2, whose test compared each with the plotly
graph object it replaced, JSON for JSON). Plotly's own validation must leave each dict as it
is, so a misspelt property cannot slip through now that nothing validates them at run time,
and Dash must send what plotly's encoder gives, for a few views of the seeds' output, of the
attributed article and of the multi-outlet articles: empty, capped, labelled and unlabelled,
linear and log axes."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import pytest
from plotly.io.json import to_json_plotly
from plotly.utils import PlotlyJSONEncoder

from dashboard import charts, claims_view, tallies_view, timeline
from dashboard.data import Corpus, load
from dashboard.reconciled import Reconciled, load_reconciled
from dashboard.source_chart import source_chart
from dashboard.urlstate import filters_from_query
from dashboard.wiring_views import convert_to_base64, sent

ALL = filters_from_query("?durations=show")


def wire(fig: Any) -> Any:
    """What Dash sends for a callback's figure (numeric arrays base64-encoded in plotly 6+)."""
    return json.loads(to_json_plotly(sent(fig)))


def plain(fig: Any) -> Any:
    """A figure through json.dumps with plotly's encoder: a graph object's `to_plotly_json`
    (numeric arrays base64-encoded in plotly 6+), a dict's copy encoded as plotly would."""
    if isinstance(fig, go.Figure):
        fig = fig.to_plotly_json()
    elif convert_to_base64 is not None:
        fig = copy.deepcopy(fig)
        convert_to_base64(fig)
    return json.loads(json.dumps(fig, cls=PlotlyJSONEncoder))


def pruned(value: Any) -> Any:
    """JSON without its empty objects (plotly's validation drops an empty `title: {}`, which
    update_xaxes(title=None) left in a graph object's JSON)."""
    if isinstance(value, dict):
        kept = {key: pruned(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item != {}}
    return [pruned(item) for item in value] if isinstance(value, list) else value


def same(new: Callable[..., Any], *args: Any) -> None:
    """The dict builder's figure is a plain {"data", "layout"} dict that plotly's validation
    keeps as it is, and Dash sends it as plotly's encoder writes it."""
    made = new(*args)
    built = made[0] if isinstance(made, tuple) else made
    assert isinstance(built, dict)
    assert set(built) == {"data", "layout"}
    assert pruned(plain(go.Figure(built))) == pruned(plain(built)), "plotly's validation would change it"
    assert wire(built) == plain(built)


def views(corpus: Corpus) -> Iterator[tuple[str, Any]]:
    """Representative views of a corpus: all of it, one article, a category, nothing."""
    frame = corpus.figures
    yield "all", frame
    yield "one article", frame[frame["doc"] == frame["doc"].iloc[0]]
    yield "killed", frame[frame["category"].astype(str) == "killed"]
    yield "none", frame.iloc[:0]


@pytest.fixture(scope="module", params=["seeds", "attributed", "claims"])
def data(request: pytest.FixtureRequest) -> Corpus:
    """The corpora the views are taken from."""
    if request.param == "claims":
        return load(request.getfixturevalue("claims_dir"), warm=False)
    return request.getfixturevalue("corpus" if request.param == "seeds" else "attributed")


def test_category_charts(data: Corpus) -> None:
    for _name, view in views(data):
        for by in ("category", "kind"):
            for limit in (1, charts.TOP_ARTICLES):
                same(charts.category_chart, view, by, limit)


def test_casualty_charts(data: Corpus) -> None:
    for _name, view in views(data):
        for marks in (3, 40, charts.MAX_CASUALTY_MARKS):  # capped, labelled, unlabelled
            same(charts.casualty_chart, view, marks)


def test_timelines(data: Corpus) -> None:
    for _name, view in views(data):
        for marks in (2, 20, timeline.MAX_TIMELINE_MARKS):
            same(timeline.timeline_chart, view, marks)


def test_source_charts(data: Corpus) -> None:
    for _name, view in views(data):
        for limit in (1, 12):
            same(source_chart, view, limit)


def test_empty_charts() -> None:
    same(charts.empty_chart, "Nothing <here>", 220, "a detail " * 12)


@pytest.fixture(scope="module")
def reconciled(claims_dir: Path) -> tuple[Corpus, Reconciled]:
    return load(claims_dir, warm=False), load_reconciled(claims_dir)


def test_tally_charts(reconciled: tuple[Corpus, Reconciled]) -> None:
    corpus, found = reconciled
    tallies = tallies_view.tallies_kept(corpus, found, ALL)
    for category in [*tallies_view.categories_of(tallies)[:3], None]:
        for reading in ("low", "best", "high"):
            for limit in (3, tallies_view.CHART_ARTICLES):
                same(tallies_view.tally_chart, corpus, tallies, category, reading,
                     limit)


def test_claim_charts(reconciled: tuple[Corpus, Reconciled]) -> None:
    corpus, found = reconciled
    for conflicts in (False, True):
        claims = claims_view.claims_kept(corpus, found, ALL, conflicts)
        for limit in (1, 4, claims_view.CHART_CLAIMS):  # one source (log or not), a legend, none
            same(claims_view.claim_chart, corpus, claims, limit)
        same(claims_view.claim_chart, corpus, claims.iloc[:0])
