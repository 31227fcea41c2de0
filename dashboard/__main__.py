"""Serve the dashboard: `python -m dashboard [--data DIR] [--host H] [--port P] [--debug] [-v]`,
the same as `stats dashboard`. Extracts seeds/ first (running `python -m stats extract` as a
separate process) when the data folder has no output yet."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dashboard import memory
from dashboard.extractor import EXTRACT_OK, EXTRACT_SOME_FAILED, run_extract
from stats.export import DOCUMENTS_CSV, FIGURES_CSV

EXIT_OK = 0
EXIT_USAGE = 2


def find_seeds() -> Path | None:
    """The seeds/ folder: in the working directory, else next to this package."""
    for candidate in (Path.cwd() / "seeds", Path(__file__).resolve().parent.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return None


def ensure_data(data: Path) -> int:
    """Make sure data holds figures.csv and documents.csv, extracting seeds/ if not (in a child
    process, whose failure is reported on stderr and returned as the exit status)."""
    if (data / FIGURES_CSV).is_file() and (data / DOCUMENTS_CSV).is_file():
        return EXIT_OK
    seeds = find_seeds()
    if seeds is None:
        print(f"stats dashboard: error: no {FIGURES_CSV} in {data}/ and no seeds/ folder to extract; "
              f"run `stats extract ARTICLES --out {data}` first", file=sys.stderr)
        return EXIT_USAGE
    print(f"stats dashboard: no {FIGURES_CSV} and {DOCUMENTS_CSV} in {data}/; extracting {seeds}/ "
          f"into {data}/ first", file=sys.stderr)
    status = run_extract([seeds], data)
    if status not in (EXTRACT_OK, EXTRACT_SOME_FAILED):
        print(f"stats dashboard: error: could not extract {seeds}/ into {data}/; not serving",
              file=sys.stderr)
        return status if 0 < status < 256 else EXIT_USAGE
    if not (data / FIGURES_CSV).is_file():
        print(f"stats dashboard: error: extraction did not write {data / FIGURES_CSV}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


# Worker threads of the production server. The callbacks are numpy, pandas and plotly work that
# holds the GIL most of the time, so more threads do not answer more requests a second (the load
# benchmark: 0.8-1 core busy with 3 or 6), but each holds its own copies of the figures it
# filters: with 6 the server peaked at 908-976 MB under 20 clients, with 3 at 653 MB, with the
# same latency. Requests beyond them wait in waitress's queue.
THREADS = 3
# What the app refuses anyway (`dashboard.app.MAX_REQUEST_BYTES`): waitress answers 413 before
# reading such a body into memory or a temporary file, and no longer buffers up to 1 GB.
MAX_BODY_BYTES = 1024 * 1024


class AccessLog:
    """WSGI middleware writing one line per request to stderr, in the common log format
    Werkzeug used (`127.0.0.1 - - [02/Dec/2026 05:40:00] "GET / HTTP/1.1" 200 -`): waitress
    logs no requests of its own."""

    def __init__(self, app: Any) -> None:
        """Wrap a WSGI app."""
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        """Serve the request, noting its status as the response starts."""
        seen: list[str] = []

        def noting(status: str, headers: Any, exc_info: Any = None) -> Any:
            """start_response, remembering the status code."""
            seen.append(status.split(" ", 1)[0])
            return start_response(status, headers, exc_info)

        try:
            return self.app(environ, noting)
        finally:
            query = environ.get("QUERY_STRING")
            path = environ.get("PATH_INFO", "") + (f"?{query}" if query else "")
            when = time.strftime("%d/%b/%Y %H:%M:%S")
            print(f'{environ.get("REMOTE_ADDR", "-")} - - [{when}] "{environ.get("REQUEST_METHOD")} '
                  f'{path} {environ.get("SERVER_PROTOCOL")}" {seen[-1] if seen else "-"} -',
                  file=sys.stderr, flush=True)


class DashboardServer:
    """The production server (waitress: pure Python, a pool of THREADS threads) for a WSGI app,
    without a Server header naming its software and refusing bodies over MAX_BODY_BYTES."""

    def __init__(self, host: str, port: int, wsgi_app: Any, verbose: bool = False) -> None:
        """Bind host:port (port 0: any free port); `verbose` logs every request (`AccessLog`)."""
        import waitress  # the dashboard extra's; imported here so --debug runs without it

        self.trimmer = memory.Trimmer()
        app = AccessLog(wsgi_app) if verbose else wsgi_app
        app = self._noting_requests(app)
        self.server = waitress.create_server(app, host=host, port=port, threads=THREADS, ident="",
                                             max_request_body_size=MAX_BODY_BYTES)
        # One socket (an address), or several ("localhost" may be both 127.0.0.1 and ::1).
        listening = getattr(self.server, "effective_listen", None)
        self.server_port: int = listening[0][1] if listening else self.server.effective_port
        self._map: dict[Any, Any] = getattr(self.server, "_map", None) or self.server.map

    def _noting_requests(self, app: Any) -> Any:
        """The app, waking the memory trimmer at each request."""
        def noted(environ: dict[str, Any], start_response: Any) -> Any:
            """Serve one request."""
            self.trimmer.noted()
            return app(environ, start_response)
        return noted

    def serve_forever(self) -> None:
        """Serve until interrupted (Ctrl+C) or `shutdown` from another thread."""
        if not self.trimmer.is_alive():
            self.trimmer.start()
        try:
            self.server.run()
        except OSError:
            if not self.stopped:  # the sockets `shutdown` closed under the loop
                raise

    stopped = False

    def shutdown(self) -> None:
        """Stop serving (for tests that run the server in a thread): close every connection and the
        listening socket, and let the worker threads end."""
        self.stopped = True
        for channel in list(self._map.values()):
            channel.close()
        self.server.task_dispatcher.shutdown()

    def server_close(self) -> None:
        """Close the listening socket (a no-op once `shutdown` has)."""
        self.server.close()


def make_dashboard_server(host: str, port: int, wsgi_app: Any, verbose: bool = False) -> DashboardServer:
    """The server that `serve` runs (port 0: any free port)."""
    return DashboardServer(host, port, wsgi_app, verbose)


def serve(data: Path, host: str = "127.0.0.1", port: int = 8050, debug: bool = False,
          verbose: bool = False) -> int:
    """Load (or first extract) the data and serve the dashboard until interrupted, with waitress
    (debug mode: Dash's development server, with its messages and reloader). Says one line,
    with the address; each request is logged only when `verbose`."""
    data = Path(data)
    if debug and host not in ("127.0.0.1", "localhost", "::1"):
        print("stats dashboard: error: --debug serves Werkzeug's debugger, which runs code; "
              f"use it only on 127.0.0.1, not {host}", file=sys.stderr)
        return EXIT_USAGE
    status = ensure_data(data)
    if status != EXIT_OK:
        return status
    from dashboard.app import create_app

    if not debug:
        memory.prepare()  # before the data is loaded and the worker threads start
    app = create_app(data)
    logging.getLogger("waitress").setLevel(logging.ERROR)  # no "Serving on ..." of its own
    try:
        if debug:
            # No version check in debug mode either: the page must never call out to another host.
            app.run(host=host, port=port, debug=True, dev_tools_disable_version_check=True)
            return EXIT_OK
        server = make_dashboard_server(host, port, app.server, verbose)
    except ImportError as error:
        print(f"stats dashboard: error: {error.name or error} is not installed; install the dashboard with: "
              'pip install -e ".[dashboard]"', file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"stats dashboard: error: cannot listen on {host}:{port}: {error.strerror or error}",
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_OK
    print(f"stats dashboard: serving {data}/ on http://{host}:{server.server_port}/ (Ctrl+C to stop)",
          file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """Options shared with `stats dashboard`."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Serve the figures-from-news dashboard over figures.csv, documents.csv and "
                    "texts.jsonl in --data (when they are missing, seeds/ is extracted there first).")
    parser.add_argument("--data", default=Path("output"), type=Path, metavar="DIR",
                        help="folder with figures.csv and documents.csv (default: output/)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", default=8050, type=int, help="port (default: 8050)")
    parser.add_argument("--debug", action="store_true", help="Dash debug mode with reloader (off by default)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m dashboard`."""
    args = build_parser().parse_args(argv)
    return serve(args.data, args.host, args.port, args.debug, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
