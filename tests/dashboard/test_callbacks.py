"""Callbacks as plain functions: URL parsing, clicks, the quote, filters, table rows, download,
and the command line that serves it all."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import dash
import plotly.graph_objects as go
import pytest
from dash import dcc, html
from plotly.io.json import to_json_plotly

from dashboard import callbacks, ids
from dashboard.__main__ import build_parser, ensure_data
from dashboard.app import create_app
from dashboard.data import Corpus, Filters
from dashboard.download_route import download_csv
from dashboard.filters import DEFAULT_VIEW, DURATIONS_HIDDEN
from dashboard.table import MIN_ROWS, PAGE_SIZE, grid_height
from dashboard.wiring_views import sent
from stats.export import FIGURE_FIELDS

AT_LEAST_703 = "f2aa723dbda44"
NYT = "001_f2ef60532da01a30.txt"


def walk(node: Any) -> list[Any]:
    """Every component and string in a Dash component tree (children first-to-last)."""
    if isinstance(node, list | tuple):
        return [x for child in node for x in walk(child)]
    if isinstance(node, str | int | float):
        return [node]
    if node is None:
        return []
    return [node, *walk(getattr(node, "children", None))]


def text_of(node: Any) -> str:
    """The visible text of a component tree."""
    return "".join(str(x) for x in walk(node) if isinstance(x, str | int | float))


def marks(node: Any) -> list[str]:
    return [text_of(x.children) for x in walk(node) if isinstance(x, html.Mark)]


@pytest.mark.parametrize(("search", "pathname", "expected"), [
    ("?figure=f2aa723dbda44", "/", ("f2aa723dbda44", False)),
    ("?figure=f2aa723dbda44&view=article", "/", ("f2aa723dbda44", True)),
    ("", "/figure/f2aa723dbda44", ("f2aa723dbda44", False)),
    ("?figure=", "/", (None, False)),
    (None, None, (None, False)),
    ("?figure=%3Cscript%3E", "/", ("<script>", False)),
])
def test_parse_location(search: str | None, pathname: str | None, expected: tuple[Any, bool]) -> None:
    assert callbacks.parse_location(search, pathname) == expected


def test_chart_click_puts_the_first_figure_of_the_mark_in_the_url() -> None:
    click = {"points": [{"curveNumber": 0, "pointNumber": 2, "customdata": ["fa", "fb", "fc"]}]}
    assert callbacks.navigate(ids.CHART_CATEGORY, click, None, "") == ("?figure=fa", ["fa", "fb", "fc"])
    scatter = {"points": [{"customdata": [AT_LEAST_703]}]}
    assert callbacks.navigate(ids.CHART_CASUALTY, scatter, None, "?figure=x") == (
        f"?figure={AT_LEAST_703}", [AT_LEAST_703])
    assert callbacks.navigate(ids.CHART_TIMELINE, {"points": []}, None, "") == (dash.no_update,) * 2


def test_clicks_keep_the_filters_in_the_url() -> None:
    search = "?figure=fa&category=killed&source=&durations=show"
    click = {"points": [{"customdata": ["fb", "fc"]}]}
    url, marks = callbacks.navigate(ids.CHART_CATEGORY, click, None, search)
    assert (url, marks) == ("?figure=fb&category=killed&source=&durations=show", ["fb", "fc"])
    assert callbacks.navigate(ids.GRID, None, {"rowId": "fd"}, search)[0] == (
        "?figure=fd&category=killed&source=&durations=show")
    assert callbacks.navigate(ids.OPEN_ARTICLE, None, None, search)[0] == (
        "?figure=fa&view=article&category=killed&source=&durations=show")
    closing = "?figure=fa&view=article&category=killed"
    assert callbacks.navigate(ids.CLOSE_ARTICLE, None, None, closing)[0] == "?figure=fa&category=killed"


def test_table_click_and_article_buttons_navigate() -> None:
    cell = {"value": "≥ 703", "colId": "value_label", "rowIndex": 28, "rowId": AT_LEAST_703}
    assert callbacks.navigate(ids.GRID, None, cell, "") == (f"?figure={AT_LEAST_703}", [AT_LEAST_703])
    here = f"?figure={AT_LEAST_703}"
    assert callbacks.navigate(ids.OPEN_ARTICLE, None, None, here)[0] == here + "&view=article"
    assert callbacks.navigate(ids.CLOSE_ARTICLE, None, None, here + "&view=article")[0] == here
    assert callbacks.navigate(ids.OPEN_ARTICLE, None, None, "")[0] is dash.no_update


def test_show_figure_quotes_the_sentence_with_the_span_marked(corpus: Corpus) -> None:
    (panel, actions, permalink, copy, modal, _title, _body, disabled, reason, show_label,
     show_style) = callbacks.show_figure(corpus, f"?figure={AT_LEAST_703}", "/", [AT_LEAST_703],
                                         "http://127.0.0.1:8050/?figure=x")
    text = text_of(panel)
    assert marks(panel) == ["at least 703"]
    assert "In June, at least 703 Afghan security forces and 208 civilians were killed" in text
    assert "The fighting has also displaced thousands of Afghan civilians." in text  # sentence before
    assert "Forty miles east of Kabul" in text  # sentence after
    assert "Taliban Enter Kandahar City and Seize Border Posts" in text
    assert "The New York Times" in text
    assert "≥ 703" in text
    assert "Afghan security forces" in text
    assert actions == {}
    assert permalink == f"?figure={AT_LEAST_703}"
    assert copy == f"http://127.0.0.1:8050/?figure={AT_LEAST_703}"
    assert modal == {"display": "none"}
    assert (disabled, reason) == (False, "")  # the article's text is there: it can be opened
    assert (show_label, show_style) == ("", {"display": "none"})  # one figure: nothing more to show


def test_show_figure_lists_the_other_figures_of_a_clicked_mark(corpus: Corpus) -> None:
    killed_nyt = list(corpus.filtered(Filters.from_inputs(categories=["killed"], docs=[NYT])).index)
    result = callbacks.show_figure(corpus, f"?figure={killed_nyt[0]}&category=killed", "/", killed_nyt, "")
    links = [x for x in walk(result[0]) if isinstance(x, dcc.Link)]
    assert [link.href for link in links] == [f"?figure={fid}&category=killed" for fid in killed_nyt[1:]]
    assert result[-2:] == (f"Show these {len(killed_nyt)} figures in the table", {})


def test_show_figure_opens_the_article_with_every_figure_marked(corpus: Corpus) -> None:
    result = callbacks.show_figure(corpus, f"?figure={AT_LEAST_703}&view=article", "/", [], "")
    modal, title, body = result[4:7]
    assert modal == {"display": "block"}
    assert "Taliban Enter Kandahar City" in text_of(title)
    assert "27 figures highlighted" in text_of(title)
    links = [x for x in walk(body) if isinstance(x, dcc.Link)]
    current = [link for link in links if getattr(link, "id", None) == ids.ARTICLE_CURRENT]
    assert len(current) == 1
    assert text_of(current[0].children) == "at least 703"
    assert len(links) >= 26
    assert text_of(body) == corpus.article_text(NYT)  # the whole text, as text


@pytest.mark.parametrize("search", ["?figure=fdeadbeef0000", "?figure=<script>alert(1)</script>",
                                    "?figure=../../etc/passwd"])
def test_unknown_or_malformed_figure_says_not_found(corpus: Corpus, search: str) -> None:
    panel, actions, *_rest = callbacks.show_figure(corpus, search, "/", [], "")
    assert "Figure not found" in text_of(panel)
    assert callbacks.parse_location(search)[0] in text_of(panel)  # shown as text
    assert actions == {"display": "none"}


def test_no_figure_shows_the_hint(corpus: Corpus) -> None:
    panel = callbacks.show_figure(corpus, "", "/", [], "")[0]
    assert "Click a bar" in text_of(panel)


def test_update_view_follows_the_filters(corpus: Corpus) -> None:
    view = callbacks.update_view(corpus, Filters.from_inputs(categories=["killed"]))
    killed = corpus.filtered(Filters.from_inputs(categories=["killed"]))
    every, articles = len(corpus.figures), killed["doc"].nunique()
    assert articles > 1
    assert text_of(view["summary"]) == (f"Showing {len(killed)} of {every} figures from {articles} articles."
                                        "killed×")
    assert "killed" in text_of(view["totals"])
    assert f"of {every}" in text_of(view["totals"])
    bars = view["category_chart"]
    assert {y for t in bars["data"] for y in t["y"]} == {"killed"}
    assert sum(sum(t["x"]) for t in bars["data"]) == len(killed)
    dots = view["casualty_chart"]
    assert sorted(fid for t in dots["data"] for (fid,) in t["customdata"]) == sorted(killed.index)
    assert f"Draws on {articles} articles" in text_of(view["category_caption"])
    assert "Draws on 1 article" in text_of(view["timeline_caption"])  # only The Reference is dated
    undated = int(((killed["published"] == "") & (killed["kind"] == "count")).sum())
    assert f"{undated} counts of people from undated articles not shown" in text_of(view["timeline_caption"])
    assert view["timeline_note"] == ("Only 1 of 4 articles has a publication date, too few to plot figures "
                                     "over time.")
    assert view["timeline_note_style"] == {}  # shown: the chart folds into it
    one = callbacks.update_view(corpus, Filters.from_inputs(docs=["000_5abc85a341ba6bb1.txt"]))
    assert (one["timeline_note"], one["timeline_note_style"]) == ("", {"display": "none"})


def test_figures_are_sent_as_plotly_encodes_them(corpus: Corpus) -> None:
    """The callbacks hand Dash each chart's own dicts (`wiring_views.sent`): the JSON is the
    one plotly writes for the figure, numeric arrays base64-encoded as plotly encodes them."""
    for filters in (Filters(), Filters.from_inputs(categories=["killed"]), Filters(text="nothing")):
        drawn, sent_ones = callbacks.update_view(corpus, filters), callbacks.update_view(corpus, filters)
        for key in callbacks.CHART_KEYS:
            expected = json.loads(to_json_plotly(go.Figure(drawn[f"{key}_chart"], _validate=False)))
            got = sent(sent_ones[f"{key}_chart"])
            assert isinstance(got, dict)
            assert json.loads(to_json_plotly(got)) == expected, key  # the same JSON, keys in any order
    assert sent("text") == "text"


def test_update_view_without_filters(corpus: Corpus) -> None:
    view = callbacks.update_view(corpus, Filters(), by="kind")
    assert text_of(view["summary"]) == f"All {len(corpus.figures)} figures from 5 articles."
    kinds = {y for t in view["category_chart"]["data"] for y in t["y"]}
    assert kinds == set(corpus.figures["kind"].astype(str))


def test_the_default_view_hides_durations_and_distances_and_says_so(corpus: Corpus) -> None:
    df = corpus.figures
    shown = df[~df["category"].isin(["duration", "distance"])]
    assert len(shown) < len(df)
    view = callbacks.update_view(corpus, DEFAULT_VIEW)
    assert text_of(view["summary"]) == (f"Showing {len(shown)} of {len(df)} figures from 5 articles."
                                        "durations and distances hidden×")
    assert {y for t in view["category_chart"]["data"] for y in t["y"]} == set(shown["category"].astype(str))
    # Asking for a duration by category or kind shows durations, whatever the checklist says.
    asked = corpus.filtered(Filters.from_inputs(categories=["duration"], durations=[DURATIONS_HIDDEN]))
    assert len(asked) == (df["category"] == "duration").sum() > 0
    by_kind = corpus.filtered(Filters.from_inputs(kinds=["distance"], durations=[DURATIONS_HIDDEN]))
    assert len(by_kind) == (df["kind"] == "distance").sum() > 0


def test_table_rows_serves_a_sorted_filtered_block(corpus: Corpus) -> None:
    response, count, style = callbacks.table_rows(corpus, Filters(), {"startRow": 0, "endRow": 20})
    assert response["rowCount"] == len(corpus.figures)
    assert len(response["rowData"]) == 20
    assert count == f"{len(corpus.figures)} figures"
    assert style["height"] == grid_height(PAGE_SIZE)
    assert response["rowData"][0]["figure_id"] == corpus.figures.index[0]
    request = {"startRow": 0, "endRow": 20, "sortModel": [{"colId": "value_label", "sort": "desc"}],
               "filterModel": {"span": {"filterType": "text", "type": "contains", "filter": "hundreds"}}}
    response, count, style = callbacks.table_rows(corpus, Filters.from_inputs(categories=["killed"]), request)
    assert [r["figure_id"] for r in response["rowData"]] == ["fae214f5a493e"]
    assert count == "1 figure (table filters on)"
    assert style["height"] == grid_height(MIN_ROWS)
    response, _, style = callbacks.table_rows(corpus, Filters.from_inputs(categories=["killed"]),
                                       {"startRow": 0, "endRow": 20,
                                        "sortModel": [{"colId": "value_label", "sort": "desc"}]})
    labels = [r["value_label"] for r in response["rowData"]]
    killed = corpus.filtered(Filters.from_inputs(categories=["killed"]))
    assert labels == list(killed.sort_values("value", ascending=False, kind="stable")["value_label"])
    assert labels[:6] == ["up to 2,000", "2,000+ (thousands)", "≥ 703", "208", "200+ (hundreds)", "2"]
    assert style["height"] == grid_height(len(killed)) != grid_height(PAGE_SIZE)  # shrunk to the rows
    words = {r["value_label"]: r["qualifier_label"] for r in response["rowData"]}
    assert (words["up to 2,000"], words["≥ 703"], words["208"]) == ("up to", "at least", "exactly")
    at_least = next(r for r in response["rowData"] if r["value_label"] == "≥ 703")
    assert at_least["parts"] == ["In June, ", "at least 703",
                                 " Afghan security forces and 208 civilians were killed in Afghanistan, the "
                                 "highest count among security forces since The Times began independently "
                                 "tracking casualties in September 2018."]
    assert at_least["date_label"] == "undated"


def test_download_is_exactly_the_filtered_rows_of_figures_csv(corpus: Corpus, seeds_dir: Path) -> None:
    text = download_csv(corpus, Filters.from_inputs(categories=["killed"]))
    with (seeds_dir / "figures.csv").open(encoding="utf-8", newline="") as handle:
        original = list(csv.DictReader(handle))
    got = list(csv.DictReader(io.StringIO(text)))
    assert list(got[0]) == [*FIGURE_FIELDS, "title", "publisher", "published"]  # the contract's first
    contract = [{k: r[k] for k in FIGURE_FIELDS} for r in got]
    assert contract == [r for r in original if r["category"] == "killed"]
    nyt = next(r for r in got if r["figure_id"] == AT_LEAST_703)
    assert (nyt["title"], nyt["publisher"], nyt["published"]) == (
        "Taliban Enter Kandahar City and Seize Border Posts", "The New York Times", "")
    dated = next(r for r in got if r["doc"] == "000_5abc85a341ba6bb1.txt")
    assert (dated["publisher"], dated["published"]) == ("The Reference", "2021-07-23")
    model = {"subject": {"filterType": "text", "type": "contains", "filter": "civilians"}}
    narrowed = list(csv.DictReader(io.StringIO(download_csv(
        corpus, Filters.from_inputs(categories=["killed"]), model))))
    assert [r["figure_id"] for r in narrowed] == ["fa915487f6434", "fd14097815a28"]


def test_app_wires_every_callback(seeds_dir: Path) -> None:
    app = create_app(seeds_dir)
    outputs = " ".join(app.callback_map)
    for needed in (f"{ids.GRID}.getRowsResponse", f"{ids.URL}.search", f"{ids.QUOTE}.children",
                   f"{ids.DOWNLOAD_BUTTON}.href", f"{ids.CHART_CASUALTY}.figure", f"{ids.TOTALS}.children"):
        assert needed in outputs
    index = app.server.test_client().get("/").get_data(as_text=True)
    assert "https://" not in index
    assert "http://" not in index
    assert app.server.test_client().get(f"/figure/{AT_LEAST_703}").status_code == 200


def test_ensure_data_extracts_seeds_when_output_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert ensure_data(Path("out")) == 0
    assert (tmp_path / "out" / "figures.csv").is_file()
    assert (tmp_path / "out" / "documents.csv").is_file()
    assert "extracting" in capsys.readouterr().err
    assert ensure_data(Path("out")) == 0
    assert "extracting" not in capsys.readouterr().err  # second time: already there


def test_ensure_data_says_what_failed_when_extraction_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capfd: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").write_text("a file, not a folder", encoding="utf-8")  # `stats extract` exits 2
    assert ensure_data(Path("out")) == 2
    err = capfd.readouterr().err
    assert "-m stats extract" in err
    assert "exit status 2" in err
    assert "could not extract" in err


def test_command_line_defaults_are_local_and_quiet() -> None:
    args = build_parser().parse_args([])
    assert (str(args.data), args.host, args.port, args.debug) == ("output", "127.0.0.1", 8050, False)
    args = build_parser().parse_args(["--data", "x", "--host", "0.0.0.0", "--port", "9000", "--debug"])
    assert (str(args.data), args.host, args.port, args.debug) == ("x", "0.0.0.0", 9000, True)
    help_text = build_parser().format_help()
    assert "--data DIR" in help_text
    assert "default: 127.0.0.1" in help_text


@pytest.mark.parametrize(("change", "why"), [
    (lambda r: {**r, "text": "Updated: " + r["text"]} if r["doc"] == NYT else r, "has changed since"),
    (lambda r: None if r["doc"] == NYT else r, "texts.jsonl has no text for it"),
    (None, "this output folder has no texts.jsonl"),
])
def test_the_whole_article_is_disabled_with_the_reason_when_its_text_is_gone(
        seeds_dir: Path, tmp_path: Path, change: Any, why: str) -> None:
    from dashboard.data import load

    from .test_data import copy_output, rewrite_texts

    data = copy_output(seeds_dir, tmp_path)
    if change is None:
        (data / "texts.jsonl").unlink()
    else:
        rewrite_texts(data, change)
    corpus = load(data)
    result = callbacks.show_figure(corpus, f"?figure={AT_LEAST_703}&view=article", "/", [], "")
    modal, disabled, reason = result[4], result[7], result[8]
    assert modal == {"display": "none"}  # not opened, even when the address asks for it
    assert disabled is True
    assert reason.startswith("The whole article cannot be shown: ")
    assert why in reason
    assert "at least 703" in text_of(result[0])  # the quote itself still shows, from figures.csv
