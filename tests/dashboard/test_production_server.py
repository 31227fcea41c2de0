"""The server `stats dashboard` runs (waitress, a pool of threads), over real sockets: it refuses
a body over 1 MB with 413 before the app sees it, answers a malformed table request with 400
and a script Dash does not serve with 404, never names its software, serves requests at the
same time on its threads, and logs each request only when asked to (-v)."""

from __future__ import annotations

import http.client
import json
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from dashboard import ids, memory
from dashboard.__main__ import THREADS, DashboardServer, make_dashboard_server
from dashboard.app import MAX_REQUEST_BYTES, create_app

from .test_limits import GOOD, ROWS, callback_body


@pytest.fixture(scope="module")
def app(seeds_dir: Path) -> Any:
    return create_app(seeds_dir)


@contextmanager
def running(wsgi_app: Any, verbose: bool = False) -> Iterator[DashboardServer]:
    """The production server over a WSGI app on a free port, serving in a daemon thread."""
    server = make_dashboard_server("127.0.0.1", 0, wsgi_app, verbose)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        assert not thread.is_alive(), "the server did not stop"


@pytest.fixture(scope="module")
def server(app: Any) -> Iterator[DashboardServer]:
    with running(app.server) as started:
        yield started


def ask(server: DashboardServer, method: str, path: str, body: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request over its own connection: status, headers and body."""
    connection = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def post(server: DashboardServer, body: str) -> tuple[int, dict[str, str], bytes]:
    """A callback POST as the page sends it."""
    return ask(server, "POST", "/_dash-update-component", body.encode(),
               {"Content-Type": "application/json"})


def test_the_page_is_served_without_naming_the_server(server: DashboardServer) -> None:
    status, headers, body = ask(server, "GET", "/")
    assert status == 200
    assert b"<html" in body.lower()
    assert "Server" not in headers, headers
    assert not any("waitress" in v.lower() or "python" in v.lower() for v in headers.values()), headers


def test_a_body_over_1_mb_gets_413_before_it_is_sent(server: DashboardServer, app: Any) -> None:
    """The server answers from the headers alone: the 5 MB body is never sent (a client still
    sending it would find the connection closed under it)."""
    body = callback_body(app, ROWS, {**GOOD, "padding": "x" * (5 * 1024 * 1024)}).encode()
    assert len(body) > MAX_REQUEST_BYTES
    with socket.create_connection(("127.0.0.1", server.server_port), timeout=60) as connection:
        connection.sendall(b"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           b"Content-Type: application/json\r\n"
                           b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body[:4096])
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, text = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413"), head
    assert b"\r\nServer:" not in head
    assert b"Traceback" not in text


def test_callbacks_answer_400_and_200_as_the_app_does(server: DashboardServer, app: Any) -> None:
    status, _headers, _text = post(server, callback_body(app, ROWS, {"startRow": "abc", "endRow": 12}))
    assert status == 400
    status, _headers, text = post(server, callback_body(app, ROWS, GOOD))
    assert status == 200
    assert json.loads(text)["response"][ids.GRID]["getRowsResponse"]["rowData"]


def test_a_script_dash_does_not_serve_is_404(server: DashboardServer) -> None:
    status, headers, _text = ask(server, "GET", "/_dash-component-suites/dash/no-such-script.js")
    assert status == 404
    assert "Server" not in headers


def test_requests_are_served_on_several_threads(app: Any) -> None:
    """While THREADS requests are held inside the app, all of them have started: the server does
    not answer one request at a time (counted, not timed)."""
    inside = threading.Barrier(THREADS + 1, timeout=60)

    def held(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        inside.wait()  # every request waits here until THREADS of them are in at once
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]

    answers: list[int] = []
    with running(held) as server:
        clients = [threading.Thread(target=lambda: answers.append(ask(server, "GET", "/")[0]))
                   for _ in range(THREADS)]
        for client in clients:
            client.start()
        inside.wait()  # raises BrokenBarrierError unless THREADS requests are inside together
        for client in clients:
            client.join(timeout=60)
        assert answers == [200] * THREADS


def test_verbose_logs_each_request(app: Any, capfd: pytest.CaptureFixture[str]) -> None:
    with running(app.server, verbose=True) as server:
        assert ask(server, "GET", "/?category=killed")[0] == 200
        assert ask(server, "GET", "/_dash-component-suites/dash/none.js")[0] == 404
    log = capfd.readouterr().err
    assert '"GET /?category=killed HTTP/1.1" 200' in log
    assert '"GET /_dash-component-suites/dash/none.js HTTP/1.1" 404' in log


def test_quiet_by_default(server: DashboardServer, capfd: pytest.CaptureFixture[str]) -> None:
    capfd.readouterr()
    assert ask(server, "GET", "/")[0] == 200
    assert "GET /" not in capfd.readouterr().err


def test_without_waitress_the_server_says_what_to_install(seeds_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from dashboard.__main__ import serve

    monkeypatch.setitem(sys.modules, "waitress", None)  # importing it raises ImportError
    monkeypatch.setattr(memory, "prepare", lambda: True)  # this process's allocators stay as they are
    assert serve(seeds_dir, port=0) == 2
    error = capsys.readouterr().err
    assert "waitress is not installed" in error
    assert 'pip install -e ".[dashboard]"' in error
