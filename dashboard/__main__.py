"""Serve the dashboard: `python -m dashboard [--data DIR] [--host H] [--port P] [--debug] [-v]`,
the same as `stats dashboard`. Extracts seeds/ first (running `python -m stats extract` as a
separate process) when the data folder has no output yet."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

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


class QuietHandler(WSGIRequestHandler):
    """Werkzeug's request handler without the `Server` header, which names the Werkzeug and
    Python versions: no use to a reader, a hint to anyone looking for a known hole."""

    def send_header(self, keyword: str, value: str) -> None:
        """Every header but Server."""
        if keyword.lower() != "server":
            super().send_header(keyword, value)


def make_dashboard_server(host: str, port: int, wsgi_app: Any) -> BaseWSGIServer:
    """The threaded server that `serve` runs (port 0: any free port)."""
    return make_server(host, port, wsgi_app, threaded=True, request_handler=QuietHandler)


def serve(data: Path, host: str = "127.0.0.1", port: int = 8050, debug: bool = False,
          verbose: bool = False) -> int:
    """Load (or first extract) the data and serve the dashboard until interrupted. Says one line,
    with the address; each request is logged only when `verbose` (debug mode keeps Dash's and
    Werkzeug's own messages, and its reloader)."""
    data = Path(data)
    if debug and host not in ("127.0.0.1", "localhost", "::1"):
        print("stats dashboard: error: --debug serves Werkzeug's debugger, which runs code; "
              f"use it only on 127.0.0.1, not {host}", file=sys.stderr)
        return EXIT_USAGE
    status = ensure_data(data)
    if status != EXIT_OK:
        return status
    from dashboard.app import create_app

    app = create_app(data)
    logging.getLogger("werkzeug").setLevel(logging.INFO if verbose or debug else logging.WARNING)
    try:
        if debug:
            # No version check in debug mode either: the page must never call out to another host.
            app.run(host=host, port=port, debug=True, dev_tools_disable_version_check=True)
            return EXIT_OK
        server = make_dashboard_server(host, port, app.server)
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
