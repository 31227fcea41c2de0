"""What the server answers to requests no page sends (issue 13): a body over 1 MB gets 413
before it is read, a malformed table request 400, a script path Dash does not serve 404 (each
without a traceback), and no response names the server's software."""

from __future__ import annotations

import json
import math
import threading
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from dashboard import ids
from dashboard.__main__ import make_dashboard_server
from dashboard.app import MAX_REQUEST_BYTES, create_app
from dashboard.grid import check_request


@pytest.fixture(scope="module")
def app(seeds_dir: Path):  # type: ignore[no-untyped-def]
    return create_app(seeds_dir)


def callback_body(app: Any, output: str, request: Any) -> str:
    """The JSON the page posts to _dash-update-component for the callback writing `output`, the
    grid's getRowsRequest (an input or a state of it) being `request` and every other value unset."""
    key, spec = next((k, v) for k, v in app.callback_map.items() if output in k)

    def value(item: dict[str, Any]) -> dict[str, Any]:
        wanted = item["id"] == ids.GRID and item["property"] == "getRowsRequest"
        return {**item, "value": request if wanted else None}

    outputs = [{"id": o.split(".")[0], "property": o.split(".")[1]} for o in key.strip(".").split("...")]
    return json.dumps({"output": key, "outputs": outputs if len(outputs) > 1 else outputs[0],
                       "inputs": [value(i) for i in spec["inputs"]],
                       "state": [value(s) for s in spec["state"]],
                       "changedPropIds": [f"{spec['inputs'][0]['id']}.{spec['inputs'][0]['property']}"]})


ROWS = f"{ids.GRID}.getRowsResponse"
TARGET = f"{ids.GRID_TARGET}.data"
GOOD = {"startRow": 0, "endRow": 12, "sortModel": [{"colId": "value_label", "sort": "desc"}],
        "filterModel": {"subject": {"filterType": "text", "type": "contains", "filter": "e"}}}
MALFORMED = [
    {"startRow": "abc", "endRow": 12},
    {"startRow": math.inf, "endRow": 12},
    {"startRow": 0, "endRow": -math.inf},
    {"startRow": 0.5, "endRow": 12},
    {"startRow": True, "endRow": 12},
    {"startRow": 0, "endRow": 10**12},
    {"startRow": 0, "endRow": 12, "sortModel": [[1, 2]]},
    {"startRow": 0, "endRow": 12, "sortModel": {"colId": "value"}},
    {"startRow": 0, "endRow": 12, "sortModel": [{"colId": ["value"], "sort": "asc"}]},
    {"startRow": 0, "endRow": 12, "filterModel": [["subject", "x"]]},
    {"startRow": 0, "endRow": 12, "filterModel": {"subject": "x"}},
    {"startRow": 0, "endRow": 12, "filterModel": {"subject": {"type": ["contains"], "filter": "x"}}},
    {"startRow": 0, "endRow": 12, "filterModel": {"subject": {"operator": "OR", "conditions": 5}}},
    ["startRow", 0],
]


def test_a_well_formed_table_request_is_answered(app) -> None:  # type: ignore[no-untyped-def]
    response = app.server.test_client().post("/_dash-update-component", content_type="application/json",
                                              data=callback_body(app, ROWS, GOOD))
    assert response.status_code == 200
    rows = response.get_json()["response"][ids.GRID]["getRowsResponse"]["rowData"]
    assert rows
    assert all("e" in str(row["subject"]).lower() for row in rows)
    values = [row["value"] for row in rows]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize("request_", MALFORMED, ids=[json.dumps(m)[:40] for m in MALFORMED])
def test_a_malformed_table_request_gets_400(app, request_: Any, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=r"startRow|endRow|sortModel|filterModel|not an object"):
        check_request(request_)
    response = app.server.test_client().post("/_dash-update-component", content_type="application/json",
                                             data=callback_body(app, ROWS, request_))
    assert response.status_code == 400, response.get_data(as_text=True)[:300]
    assert "Traceback" not in response.get_data(as_text=True)
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize("request_", MALFORMED[:3] + MALFORMED[6:8], ids=str)
def test_the_figure_s_table_row_refuses_a_malformed_request_too(app, request_: Any) -> None:  # type: ignore[no-untyped-def]
    """The callback placing the address's figure in the table reads the grid's last request."""
    client = app.server.test_client()
    good = client.post("/_dash-update-component", content_type="application/json",
                       data=callback_body(app, TARGET, GOOD))
    assert good.status_code in (200, 204)  # 204: no figure in the address, nothing to place
    response = client.post("/_dash-update-component", content_type="application/json",
                           data=callback_body(app, TARGET, request_))
    assert response.status_code == 400


def test_a_body_over_the_limit_gets_413_before_it_is_read(app) -> None:  # type: ignore[no-untyped-def]
    padding = "x" * (5 * 1024 * 1024)
    body = callback_body(app, ROWS, {**GOOD, "padding": padding})
    assert len(body) > MAX_REQUEST_BYTES
    response = app.server.test_client().post("/_dash-update-component", content_type="application/json",
                                             data=body)
    assert response.status_code == 413


@pytest.mark.parametrize("path", ["/_dash-component-suites/dash/no-such-script.js",
                                  "/_dash-component-suites/no_such_package/bundle.js",
                                  "/_dash-component-suites/dash_ag_grid/../setup.py"])
def test_a_script_dash_does_not_serve_is_404(app, path: str) -> None:  # type: ignore[no-untyped-def]
    response = app.server.test_client().get(path)
    assert response.status_code == 404
    assert "Traceback" not in response.get_data(as_text=True)


def test_no_response_names_the_server_s_software(app) -> None:  # type: ignore[no-untyped-def]
    server = make_dashboard_server("127.0.0.1", 0, app.server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        with urllib.request.urlopen(f"{base}/", timeout=60) as response:
            assert response.status == 200
            headers = dict(response.headers)
        missing = urllib.request.Request(f"{base}/_dash-component-suites/dash/none.js")
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(missing, timeout=60)
        assert error.value.code == 404
        for sent in (headers, dict(error.value.headers)):
            assert "Server" not in sent, sent
            assert not any("werkzeug" in v.lower() or "python" in v.lower() for v in sent.values()), sent
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
