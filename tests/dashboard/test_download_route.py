"""The streamed CSV download route: the same rows as figures.csv for the page's filters and the
table's column filters, written a block at a time with one header; tallies and claims too;
a malformed request refused, never a traceback."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dashboard.app import create_app
from dashboard.download_route import download_csv, figure_blocks
from dashboard.urlstate import filters_from_query
from dashboard.view_callbacks import download


@pytest.fixture(scope="module")
def app(claims_dir: Path):
    return create_app(claims_dir)


def test_figures_route_streams_the_filtered_figures(app, claims_dir: Path) -> None:
    client = app.server.test_client()
    answer = client.get("/download/figures.csv?category=killed")
    assert answer.status_code == 200
    assert answer.headers["Content-Disposition"] == 'attachment; filename="figures-filtered.csv"'
    text = answer.get_data(as_text=True)
    assert text == download_csv(app.corpus, filters_from_query("?category=killed"))
    with (claims_dir / "figures.csv").open(encoding="utf-8", newline="") as handle:
        killed = [r["figure_id"] for r in csv.DictReader(handle) if r["category"] == "killed"]
    assert [r["figure_id"] for r in csv.DictReader(io.StringIO(text))] == killed


def test_the_tables_column_filters_narrow_the_download(app) -> None:
    model = {"subject": {"filterType": "text", "type": "contains", "filter": "people"}}
    answer = app.server.test_client().get("/download/figures.csv", query_string={
        "category": "killed", "model": json.dumps(model)})
    rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True))))
    assert rows
    assert all("people" in r["subject"].lower() and r["category"] == "killed" for r in rows)
    killed = download_csv(app.corpus, filters_from_query("?category=killed"))
    every = list(csv.DictReader(io.StringIO(killed)))
    assert len(rows) < len(every)


def test_blocks_join_into_one_csv_with_one_header(app) -> None:
    positions = app.corpus.mask(filters_from_query(""))
    whole = b"".join(figure_blocks(app.corpus, positions))  # UTF-8, sent as made
    assert b"".join(figure_blocks(app.corpus, positions, rows=7)) == whole
    assert whole.count(b"figure_id,doc,") == 1
    assert whole.decode("utf-8") == app.corpus.to_csv(filters_from_query(""), positions, citation=True)
    assert b"".join(figure_blocks(app.corpus, positions[:0])).count(b"\n") == 1  # the header alone


@pytest.mark.parametrize(("what", "query", "conflicts"), [("tallies", "category=killed", False),
                                                            ("claims", "durations=show&conflicts=1", True)])
def test_tallies_and_claims_routes(app, what: str, query: str, conflicts: bool) -> None:
    answer = app.server.test_client().get(f"/download/{what}.csv?{query}")
    assert answer.status_code == 200
    assert f'filename="{what}-filtered.csv"' in answer.headers["Content-Disposition"]
    expected = download(app.corpus, app.reconciled, what, filters_from_query(query), conflicts)
    assert answer.get_data(as_text=True) == expected
    assert expected.count("\n") > 1


@pytest.mark.parametrize(("path", "status"), [("/download/secrets.csv", 404),
                                              ("/download/figures.csv?model=%7Bnot+json", 400),
                                              ("/download/figures.csv?model=%5B1%2C2%5D", 400)])
def test_malformed_requests_are_refused(app, path: str, status: int) -> None:
    assert app.server.test_client().get(path).status_code == status
