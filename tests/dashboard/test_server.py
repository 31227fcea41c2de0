"""The server side of the dashboard's safety: it serves nothing outside its own assets, a
bad figure id is a clean "not found", and it binds to loopback without debug by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.__main__ import build_parser
from dashboard.app import create_app

TRAVERSALS = [
    "/assets/../../../../etc/passwd",
    "/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/_dash-component-suites/../../../../etc/passwd",
    "/_dash-component-suites/dash/../../../../../../etc/passwd",
    "/figure/..%2F..%2F..%2Fetc%2Fpasswd",
]


@pytest.fixture(scope="module")
def client(seeds_dir: Path):  # type: ignore[no-untyped-def]
    return create_app(seeds_dir).server.test_client()


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_file_outside_the_app_is_served(client, path: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path)
    body = response.get_data(as_text=True)
    assert "root:" not in body
    assert "Traceback" not in body
    assert response.status_code in (200, 400, 404, 500)  # 200 is the app's own page, never a file


def test_figure_urls_serve_the_page_not_a_file(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/figure/f2aa723dbda44")
    assert response.status_code == 200
    assert "<html" in response.get_data(as_text=True).lower()


def test_defaults_are_loopback_and_no_debug() -> None:
    args = build_parser().parse_args([])
    assert args.host == "127.0.0.1"
    assert args.debug is False


def test_debug_refuses_a_public_address(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from dashboard.__main__ import serve

    assert serve(tmp_path, host="0.0.0.0", port=8050, debug=True) == 2
    assert "debugger" in capsys.readouterr().err


def test_a_table_request_is_capped(seeds_dir: Path) -> None:
    from dashboard.callbacks import MAX_BLOCK, table_rows
    from dashboard.data import Filters, load

    rows, _ = table_rows(load(seeds_dir), Filters(), {"startRow": 0, "endRow": 10**9})
    assert len(rows["rowData"]) <= MAX_BLOCK
