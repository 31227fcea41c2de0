"""The Tallies and Claims tabs, the quote panel's tally strip and claim line, and the tallies and
claims downloads, as plain functions over the extractor's output of the team's multi-outlet
articles (each compared with tallies.csv and claims.csv as the core wrote them)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dashboard import claims_view, ids, tallies_view
from dashboard.data import Corpus, load
from dashboard.reconciled import LIST_SEPARATOR, Later, Reconciled, ids_of, load_reconciled
from dashboard.urlstate import filters_from_query, page_state, parse_location, with_figure, with_page
from dashboard.view_callbacks import (
    NO_OUTPUTS,
    claim_button,
    claims_update,
    download,
    grid_pick,
    quote_extras,
    show_claim,
    tallies_update,
)
from stats.export import CLAIM_FIELDS, TALLY_FIELDS, rows_to_csv

ALL = filters_from_query("?durations=show")  # every figure, durations and distances too


@pytest.fixture(scope="module")
def loaded(claims_dir: Path) -> tuple[Corpus, Reconciled]:
    return load(claims_dir, warm=False), load_reconciled(claims_dir)


@pytest.fixture(scope="module")
def written(claims_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """tallies.csv and claims.csv as the core wrote them."""
    read = {"keep_default_na": False, "dtype": str}
    return pd.read_csv(claims_dir / "tallies.csv", **read), pd.read_csv(claims_dir / "claims.csv", **read)


def test_claims_are_those_of_several_figures(loaded, written) -> None:
    _corpus, reconciled = loaded
    tallies, claims = written
    several = claims[claims["figures"].str.contains(LIST_SEPARATOR, regex=False)]
    assert len(several) >= 10, "the multi-outlet articles make claims of several figures"
    assert sorted(reconciled.claims["claim"]) == sorted(several["claim"])
    assert len(reconciled.tallies) == len(tallies)
    first = several.iloc[0]
    kept = reconciled.claim(first["claim"])
    assert kept is not None
    assert ids_of(kept["figures"]) == first["figures"].split(LIST_SEPARATOR)
    assert int(kept["n_figures"]) == len(ids_of(kept["figures"]))


def test_read_later_gives_what_reading_at_once_gives(loaded, claims_dir: Path, tmp_path: Path) -> None:
    _corpus, at_once = loaded
    warmed = []
    later = Later(claims_dir, "test-read-later", warmed.append)
    assert later.found
    assert warmed == [later.result()]  # done with the outputs read, before they are handed out
    pd.testing.assert_frame_equal(later.tallies, at_once.tallies)
    pd.testing.assert_frame_equal(later.claims, at_once.claims)
    first = str(at_once.claims["claim"].iloc[0])
    assert pd.Series(later.claim(first)).equals(pd.Series(at_once.claim(first)))
    (tmp_path / "claims.jsonl").write_text('{"claim": "c1", "figures": ["f1", "f2"]}\n{"claim": \n')
    broken = Later(tmp_path, "test-read-later")
    with pytest.raises(RuntimeError, match="could not be read"):
        broken.claims  # noqa: B018  # the error of the reading, raised where the claims are asked for


def test_warmed_look_ups_are_those_a_redraw_works_out(loaded, claims_dir: Path) -> None:
    corpus, at_once = loaded
    docs, claim_ids = corpus.figures["doc"].cat.categories, corpus.figures["claim"].cat.categories
    warmed = load_reconciled(claims_dir)
    warmed.warm(docs, claim_ids)
    assert set(warmed._code_cache) == {"doc", "claim"}
    present = np.ones(len(claim_ids), dtype=bool)
    pd.testing.assert_frame_equal(warmed.claims_for(claim_ids, present),
                                  at_once.claims_for(claim_ids, present))
    present = np.ones(len(docs), dtype=bool)
    pd.testing.assert_frame_equal(warmed.tallies_for(docs, present), at_once.tallies_for(docs, present))


def test_the_csv_files_read_as_the_jsonl_files(claims_dir: Path, tmp_path: Path) -> None:
    csv_dir, jsonl_dir = tmp_path / "csv", tmp_path / "jsonl"
    csv_dir.mkdir()
    jsonl_dir.mkdir()
    shutil.copy(claims_dir / "tallies.csv", csv_dir / "tallies.csv")
    shutil.copy(claims_dir / "tallies.jsonl", jsonl_dir / "tallies.jsonl")
    claims = [json.loads(line) for line in (claims_dir / "claims.jsonl").read_text().splitlines()]
    several = next(c for c in claims if len(c["figures"]) > 1)
    several["sources"] = ["=HYPERLINK(1)", *several["sources"]]  # a source a spreadsheet would run
    several["subject"] = "+5 per cent"
    (jsonl_dir / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims))
    with (csv_dir / "claims.csv").open("w", encoding="utf-8", newline="") as handle:
        handle.write(rows_to_csv([csv_record(c) for c in claims], CLAIM_FIELDS))
    from_csv, from_jsonl = load_reconciled(csv_dir), load_reconciled(jsonl_dir)
    pd.testing.assert_frame_equal(from_csv.tallies, from_jsonl.tallies, check_dtype=False)
    pd.testing.assert_frame_equal(from_csv.claims, from_jsonl.claims, check_dtype=False)
    kept = from_csv.claim(several["claim"])
    assert kept is not None
    assert ids_of(kept["sources"])[0] == "=HYPERLINK(1)"
    assert kept["subject"] == "+5 per cent"


def csv_record(claim: dict) -> dict:
    """A claims.jsonl record as the core writes it to claims.csv: lists joined."""
    return {k: LIST_SEPARATOR.join(v) if isinstance(v, list) else v for k, v in claim.items()}


def test_a_folder_without_reconcile_outputs_says_so(claims_dir: Path, tmp_path: Path) -> None:
    for name in ("figures.csv", "documents.csv", "texts.jsonl"):
        shutil.copy(claims_dir / name, tmp_path / name)
    corpus, reconciled = load(tmp_path, warm=False), load_reconciled(tmp_path)
    assert not reconciled.found
    assert reconciled.tallies.empty
    assert reconciled.claims.empty
    for view in (tallies_update(corpus, reconciled, ALL, "best", None),
                 claims_update(corpus, reconciled, ALL, "best", [])):
        assert NO_OUTPUTS in str(view["totals"])
        assert view["rows"] == []


def test_the_table_has_a_column_per_category_tallied(loaded) -> None:
    corpus, reconciled = loaded
    view = tallies_update(corpus, reconciled, ALL, "best", None)
    columns = [c["field"] for c in view["columns"]][3:]
    assert columns == tallies_view.categories_of(reconciled.tallies)
    assert "attacks" in columns or len(columns) > len(tallies_view.TALLY_COLUMNS[:3])
    assert {k for row in view["rows"] for k in row if not k.endswith("_how")} <= {*columns, "doc", "article",
                                                                                  "publisher", "published"}


@pytest.mark.parametrize("reading", ["low", "best", "high"])
def test_tally_rows_give_each_article_its_tallies_in_the_reading(loaded, written, reading: str) -> None:
    corpus, reconciled = loaded
    tallies, _claims = written
    view = tallies_update(corpus, reconciled, ALL, reading, "killed")
    assert view["rows"], "the articles report deaths"
    expected = {(t["doc"], t["category"]): float(t[reading]) for _i, t in tallies.iterrows()}
    for row in view["rows"]:
        for category in tallies_view.TALLY_COLUMNS:
            assert row.get(category) == expected.get((row["doc"], category)), (row["doc"], category)
    killed = [row["killed"] for row in view["rows"] if "killed" in row]
    assert killed == sorted(killed, reverse=True)
    assert tallies_view.READING_NAMES[reading] in view["count"]


def test_the_totals_add_the_articles_tallies(loaded, written) -> None:
    corpus, reconciled = loaded
    tallies, _claims = written
    killed = tallies[tallies["category"] == "killed"]
    text = str(tallies_update(corpus, reconciled, ALL, "low", None)["totals"])
    low = sum(float(x) for x in killed["low"])
    assert f"at least {tallies_view.format_number(low)} killed" in text
    best = str(tallies_update(corpus, reconciled, ALL, "best", None)["totals"])
    assert f"{tallies_view.format_number(sum(float(x) for x in killed['best']))} killed" in best


def test_a_filter_narrows_the_articles_tallied(loaded) -> None:
    corpus, reconciled = loaded
    doc = str(reconciled.tallies["doc"].iloc[0])
    view = tallies_update(corpus, reconciled, filters_from_query(f"?article={doc}&durations=show"),
                          "best", None)
    assert {row["doc"] for row in view["rows"]} == {doc}
    injured = tallies_update(corpus, reconciled, filters_from_query("?category=injured"), "best", "killed")
    assert injured["category"] == "injured", "the chart draws a category the tallies hold"
    assert all(set(row) & set(tallies_view.TALLY_COLUMNS) == {"injured"} for row in injured["rows"])


def test_each_bar_carries_its_tallys_figures(loaded) -> None:
    corpus, reconciled = loaded
    chart = tallies_update(corpus, reconciled, ALL, "best", "killed")["chart"]
    bars = chart["data"][0]
    assert len(bars["x"]) == min(tallies_view.CHART_ARTICLES,
                              int((reconciled.tallies["category"] == "killed").sum()))
    killed = reconciled.tallies[reconciled.tallies["category"] == "killed"]
    by_figures = {tuple(ids_of(f)): float(b) for f, b in zip(killed["figures"], killed["best"], strict=True)}
    for value, figures in zip(bars["x"], bars["customdata"], strict=True):
        assert by_figures[tuple(figures)] == value
        assert all(corpus.figure(f) is not None for f in figures)


def test_conflicts_only_lists_the_conflicting_claims(loaded, written) -> None:
    corpus, reconciled = loaded
    _tallies, claims = written
    several = claims[claims["figures"].str.contains(LIST_SEPARATOR, regex=False)]
    view = claims_update(corpus, reconciled, ALL, "best", ["conflicts"])
    conflicting = several[several["status"] == "conflict"]["claim"]
    assert sorted(row["claim"] for row in view["rows"]) == sorted(conflicting)
    assert {row["status"] for row in view["rows"]} == {"conflict"}
    everything = claims_update(corpus, reconciled, ALL, "best", [])
    assert len(everything["rows"]) == len(several)
    articles = [row["articles"] for row in everything["rows"]]
    assert articles == sorted(articles, reverse=True), "the most widely reported first"


def test_the_chart_draws_a_dot_per_figure_coloured_by_source(loaded) -> None:
    corpus, reconciled = loaded
    view = claims_update(corpus, reconciled, ALL, "best", ["conflicts"])
    chart = view["chart"]
    drawn = [f for trace in chart["data"] for f in trace["customdata"]]
    shown = reconciled.claims_for(conflicts_only=True).head(claims_view.CHART_CLAIMS)
    expected = [f for cell in shown["figures"] for f in ids_of(cell)[:claims_view.MAX_DOTS]]
    assert sorted(drawn) == sorted(expected)
    colour_of: dict[str, str] = {}
    for trace in chart["data"]:  # each dot in its source's colour (a trace per source when few)
        sources = [claims_view.source_of(corpus.figure(f)) for f in trace["customdata"]]
        for source, colour in zip(sources, trace["marker"]["color"], strict=True):
            assert colour_of.setdefault(source, colour) == colour, "one colour per source"
        if chart["layout"]["showlegend"]:
            assert len(set(sources)) == 1
    assert len(colour_of) > 1
    assert len(set(colour_of.values())) == len(colour_of), "every source of the chart its own colour"


def test_text_of_articles_is_escaped_in_the_new_charts(claims_dir: Path, tmp_path: Path) -> None:
    for name in ("figures.csv", "tallies.jsonl", "claims.jsonl", "texts.jsonl"):
        shutil.copy(claims_dir / name, tmp_path / name)
    documents = pd.read_csv(claims_dir / "documents.csv", dtype=str, keep_default_na=False)
    documents["title"] = '<a href="https://example.com/x">EVIL</a> ' + documents["title"]
    documents.to_csv(tmp_path / "documents.csv", index=False)
    claims = [json.loads(line) for line in (claims_dir / "claims.jsonl").read_text().splitlines()]
    for claim in claims:
        claim["subject"] = "<i>" + claim["subject"] + "</i>"
    (tmp_path / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims))
    corpus, reconciled = load(tmp_path, warm=False), load_reconciled(tmp_path)
    tallies = tallies_update(corpus, reconciled, ALL, "best", "killed")["chart"]
    claimed = claims_update(corpus, reconciled, ALL, "best", [])["chart"]
    labels = [str(y) for y in tallies["data"][0]["y"]] + [str(y) for t in claimed["data"] for y in t["y"]]
    assert any("&lt;a href" in y for y in labels)
    assert any("&lt;i&gt;" in y for y in labels)
    assert not any("<a" in y or "<i>" in y for y in labels)


@pytest.mark.parametrize(("reading", "column"), [("low", "low"), ("high", "high")])
def test_the_value_follows_the_reading(loaded, reading: str, column: str) -> None:
    corpus, reconciled = loaded
    rows = claims_update(corpus, reconciled, ALL, reading, [])["rows"]
    for row in rows:
        claim = reconciled.claim(row["claim"])
        assert row["value"] == claims_view.format_number(float(claim[column]))


def test_a_conflict_has_no_best_estimate(loaded) -> None:
    claim = {"low": 5.0, "high": 12.0, "best": float("nan")}
    assert claims_view.reading_text(claim, "best") == "5–12"
    assert claims_view.reading_text({**claim, "best": 12.0}, "best") == "12"
    _corpus, reconciled = loaded
    claims = reconciled.claims
    assert claims[claims["status"] == "conflict"]["best"].isna().all()
    updated = claims[claims["status"] == "updated"]
    assert len(updated)
    assert (updated["best"] == updated["latest"]).all(), "an update's best is its latest figure"
    agreed = claims[claims["low"] == claims["high"]]
    assert (agreed["best"] == agreed["low"]).all()


def test_a_click_in_a_table_opens_the_first_figure(loaded) -> None:
    _corpus, reconciled = loaded
    claim = reconciled.claims.iloc[0]
    search, marks = grid_pick(reconciled, ids.CLAIM_GRID, None, {"rowId": claim["claim"]}, "?tab=claims")
    assert marks == ids_of(claim["figures"])
    assert parse_location(search)[0] == marks[0]
    assert page_state(search)["tab"] == "claims"
    tally = reconciled.tallies.iloc[0]
    search, marks = grid_pick(reconciled, ids.TALLY_GRID, {"rowId": tally["doc"], "colId": tally["category"]},
                              None, "")
    assert marks == ids_of(tally["figures"])
    assert parse_location(search)[0] == marks[0]


def _conflict_figure(reconciled: Reconciled) -> tuple[str, dict]:
    claim = reconciled.claims_for(conflicts_only=True).iloc[0].to_dict()
    return ids_of(claim["figures"])[0], claim


def test_the_quote_panel_says_how_many_sources_and_how_many_differ(loaded) -> None:
    corpus, reconciled = loaded
    figure_id, claim = _conflict_figure(reconciled)
    figure = corpus.figure(figure_id)
    differ = {claims_view.source_of(corpus.figure(f)) for f in ids_of(claim["figures"])
              if corpus.figure(f)["value"] != figure["value"]}
    extras = str(quote_extras(corpus, reconciled, f"?figure={figure_id}"))
    assert f"Reported by {int(claim['n_sources'])} sources" in extras
    assert f"({len(differ)} differ)" in extras
    assert differ
    assert "This article: " in extras
    label, style = claim_button(corpus, reconciled, f"?figure={figure_id}")
    assert style == {}
    assert f"{int(claim['n_figures'])} figures" in label
    assert show_claim(corpus, reconciled, f"?figure={figure_id}") == (ids_of(claim["figures"]), "claims")


def test_the_tally_strip_follows_the_reading(loaded) -> None:
    corpus, reconciled = loaded
    killed = reconciled.tallies[reconciled.tallies["category"] == "killed"].iloc[0]
    figure_id = ids_of(killed["figures"])[0]
    low = str(quote_extras(corpus, reconciled, f"?figure={figure_id}&reading=low"))
    assert f"at least {tallies_view.format_number(float(killed['low']))} killed" in low
    high = str(quote_extras(corpus, reconciled, f"?figure={figure_id}&reading=high"))
    assert f"up to {tallies_view.format_number(float(killed['high']))} killed" in high


def test_the_downloads_are_the_files_rows_of_what_is_shown(loaded, written) -> None:
    corpus, reconciled = loaded
    tallies, claims = written
    doc = str(tallies["doc"].iloc[0])
    got = list(csv.DictReader(io.StringIO(download(corpus, reconciled, "tallies",
                                                   filters_from_query(f"?article={doc}"), []))))
    assert got
    assert list(got[0]) == TALLY_FIELDS
    assert got == tallies[tallies["doc"] == doc].to_dict("records")
    conflicts = list(csv.DictReader(io.StringIO(download(corpus, reconciled, "claims", ALL, ["conflicts"]))))
    assert list(conflicts[0]) == CLAIM_FIELDS
    wanted = claims[(claims["status"] == "conflict") & claims["figures"].str.contains(LIST_SEPARATOR)]
    assert sorted(c["claim"] for c in conflicts) == sorted(wanted["claim"])
    by_id = wanted.set_index("claim")
    for row in conflicts:
        assert row == {"claim": row["claim"], **by_id.loc[row["claim"]].to_dict()}


def test_the_tab_and_reading_live_in_the_address() -> None:
    assert page_state("") == {"tab": "figures", "reading": "best"}
    assert page_state("?tab=<script>&reading=max") == {"tab": "figures", "reading": "best"}
    search = with_page("?figure=f1&category=killed", tab="claims", reading="low")
    assert search == "?figure=f1&category=killed&tab=claims&reading=low"
    assert page_state(with_figure(search, "f2")) == {"tab": "claims", "reading": "low"}
    assert with_page(search, tab="figures", reading="best") == "?figure=f1&category=killed"
