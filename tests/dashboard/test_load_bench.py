"""The load benchmark's readers send what the page sends (`dashboard.load_client`): each action's
callback POSTs are answered by the app without an error, the filters reach the charts and the
address, a row click opens that figure's quote. And the server's memory trimmer runs after
requests (`dashboard.memory`)."""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path
from typing import Any

import pytest

from dashboard import ids, load_client, memory
from dashboard.app import create_app
from dashboard.load_bench import report


class TestConnection:
    """http.client.HTTPConnection's few methods the readers use, answered by a Flask test client."""

    __test__ = False
    client: Any = None

    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        self.response: Any = None
        self.sent: list[tuple[str, Any]] = []

    def request(self, method: str, path: str, body: Any = None, headers: Any = None) -> None:
        self.sent.append((path, body))
        self.response = (self.client.get(path) if method == "GET" else
                         self.client.post(path, data=body, headers=headers))

    def getresponse(self) -> Any:
        answer = self.response

        class Response:
            status = answer.status_code

            def read(self) -> bytes:
                return answer.get_data()

            def getheader(self, name: str) -> Any:
                return answer.headers.get(name)
        return Response()

    def close(self) -> None:
        pass


@pytest.fixture
def reader(seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> load_client.Reader:
    TestConnection.client = create_app(seeds_dir).server.test_client()
    monkeypatch.setattr(load_client.http.client, "HTTPConnection", TestConnection)
    return load_client.Reader(load_client.Site("127.0.0.1", 0), random.Random(7))


def test_the_site_offers_the_page_s_choices(reader: load_client.Reader) -> None:
    assert "killed" in reader.site.choices[ids.FILTER_CATEGORY]
    assert reader.site.choices[ids.FILTER_PUBLISHER]


def test_a_filter_change_is_answered_and_reaches_the_address(reader: load_client.Reader) -> None:
    for _ in range(6):
        action = load_client.Action("filter")
        reader.change_filters(action)
        assert [r.error for r in action.requests] == [""] * 6, action.requests
        assert {r.callback for r in action.requests} == {
            "charts and totals", "address", "filter chips", "table row of figure", "quote", "table block"}
        assert reader.search.startswith("?"), reader.search  # a filter is in the address


def test_table_pages_and_row_clicks_are_answered(reader: load_client.Reader) -> None:
    page = load_client.Action("page")
    reader.rows(page, 0, [])
    assert reader.row_ids
    click = load_client.Action("quote")
    reader.click_row(click)
    assert [r.error for r in click.requests] == ["", "", ""]
    figure = reader.search.split("figure=")[1].split("&")[0]
    assert figure in reader.row_ids
    quote_body = json.loads(reader.connection.sent[-1][1])
    assert quote_body["inputs"][0] == {"id": ids.URL, "property": "search", "value": reader.search}


def test_the_report_counts_errors_and_misses_the_target_with_one() -> None:
    ok = load_client.Action("page", 0.1, [load_client.Request("table block", 0.1)])
    bad = load_client.Action("page", 0.1, [load_client.Request("table block", 0.1, "HTTP 500")])
    memory_samples = [(0.0, 100.0), (1.0, 150.0)]
    assert report([ok], 1, memory_samples, 1, 0.5, 100).endswith("ok")
    text = report([ok, bad], 1, memory_samples, 1, 0.5, 100)
    assert "errors: 1" in text
    assert text.endswith("MISSED")
    assert "peak 150 MB" in text


def test_the_trimmer_trims_after_a_request() -> None:
    trimmer = memory.Trimmer()
    trimmer.start()
    done = threading.Event()
    trimmer.noted()
    for _ in range(300):  # up to 30 s on a busy machine
        if trimmer.trims:
            break
        done.wait(0.1)
    assert trimmer.trims >= 1
