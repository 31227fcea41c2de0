"""The server side of the dashboard: it serves nothing outside its own assets, a bad figure id
is a clean "not found", it binds to loopback without debug by default, it sends its scripts
compressed, and it says one line when it starts (each request only with -v)."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import brotli
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
    assert response.status_code in (200, 400, 404)  # 200 is the app's own page, never a file


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

    rows, _count, _style = table_rows(load(seeds_dir), Filters(), {"startRow": 0, "endRow": 10**9})
    assert len(rows["rowData"]) <= MAX_BLOCK


def test_scripts_styles_and_the_layout_are_sent_compressed(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/").get_data(as_text=True)
    scripts = re.findall(r'src="([^"]+\.js[^"]*)"', page)
    styles = re.findall(r'href="([^"]+\.css[^"]*)"', page)
    assert scripts
    assert styles
    for path in [*scripts, *styles, "/_dash-layout"]:
        plain = client.get(path).get_data()
        for encoding, decode in (("br", brotli.decompress), ("gzip", gzip.decompress)):
            sent = client.get(path, headers={"Accept-Encoding": encoding})
            if len(plain) < 1024:
                continue
            assert sent.headers.get("Content-Encoding") == encoding, path
            assert decode(sent.get_data()) == plain, path
            assert len(sent.get_data()) < len(plain) * 0.6, path
    assert "dash_bootstrap_components" not in page  # no component library the page does not use


def serve_and_read(tmp_path: Path, data: Path, *extra: str) -> tuple[list[str], int]:
    """Run `python -m dashboard` on a free port, fetch the page once, stop it: what it printed
    (stdout and stderr, line by line) and the page's status."""
    command = [sys.executable, "-m", "dashboard", "--data", str(data), "--port", "0", *extra]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               cwd=tmp_path)
    lines: list[str] = []
    assert process.stdout is not None
    try:
        first = process.stdout.readline()  # blocks until the server says where it listens
        lines.append(first.rstrip("\n"))
        port = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
        assert port, first
        with urllib.request.urlopen(f"http://127.0.0.1:{port.group(1)}/", timeout=60) as response:
            status = response.status
    finally:
        process.terminate()
        rest, _ = process.communicate(timeout=60)
    lines += [line for line in rest.splitlines() if line.strip()]
    return lines, status


def test_one_startup_line_with_the_address_and_no_request_log(seeds_dir: Path, tmp_path: Path) -> None:
    lines, status = serve_and_read(tmp_path, seeds_dir)
    assert status == 200
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"stats dashboard: serving {seeds_dir}/ on http://127.0.0.1:")
    assert "Dash is running" not in "\n".join(lines)


def test_requests_are_logged_with_verbose(seeds_dir: Path, tmp_path: Path) -> None:
    lines, status = serve_and_read(tmp_path, seeds_dir, "-v")
    assert status == 200
    assert lines[0].startswith("stats dashboard: serving ")
    assert any('"GET / HTTP/1.1" 200' in line for line in lines[1:]), lines


def test_stats_dashboard_passes_verbose_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from stats import cli

    started: list[list[str]] = []

    class Child:
        def __init__(self, command: list[str]) -> None:
            started.append(command)

        def wait(self) -> int:
            return 0

    monkeypatch.setattr(cli.subprocess, "Popen", Child)
    assert cli.main(["dashboard", "--data", "somewhere", "-v"]) == 0
    assert started[0][1:3] == ["-m", "dashboard"]
    assert started[0][-1] == "-v"
    assert cli.main(["dashboard"]) == 0
    assert "-v" not in started[1]


def test_the_page_carries_plotly_s_basic_bundle_for_the_installed_plotly() -> None:
    """The charts draw only bars and scatter marks, so the page loads plotly.js's basic bundle
    (dashboard/assets, 1.2 MB) instead of the full one Dash would fetch (4.8 MB). Its major
    version must be the one the installed plotly writes figures for."""
    from plotly.offline import get_plotlyjs_version

    from dashboard.app import ASSETS

    head = (ASSETS / "plotly-basic.min.js").read_text(encoding="utf-8")[:300]
    bundled = re.search(r"plotly\.js \(basic - minified\) v(\d+)\.(\d+)\.(\d+)", head)
    assert bundled, head
    assert bundled.group(1) == get_plotlyjs_version().split(".")[0], (
        f"plotly writes figures for plotly.js {get_plotlyjs_version()}, the page carries {bundled.group(0)}: "
        "update dashboard/assets/plotly-basic.min.js (npm pack plotly.js-basic-dist-min@VERSION)")
