"""Build the Dash app for one data folder: `create_app(data_dir)`; the Flask server is `app.server`."""

from __future__ import annotations

from pathlib import Path

import dash
from dash.exceptions import DependencyException
from flask_compress import Compress

from dashboard import wiring
from dashboard.data import WARM_AFTER_S, WARM_UP, load
from dashboard.download_route import register_download
from dashboard.layout import build_layout
from dashboard.reconciled import Later

ASSETS = Path(__file__).parent / "assets"
# Brotli or gzip, whichever the browser takes: plotly.js alone is 4.8 MB as sent by Dash, under
# 1.5 MB compressed. Responses are compressed as they go out, files from assets/ (which Flask
# streams) too; no cache, as callback answers differ per request. Dash fingerprints its
# scripts, so the browser keeps them across loads.
COMPRESSION = {"COMPRESS_ALGORITHM": ["br", "gzip"], "COMPRESS_ALGORITHM_STREAMING": ["br", "gzip"],
               "COMPRESS_BR_LEVEL": 4, "COMPRESS_LEVEL": 6, "COMPRESS_MIN_SIZE": 1024}
# No request the page sends comes near this (a callback posts a few KB); a larger body is
# refused with 413 before it is read, so no one can make the server parse 100 MB of JSON.
MAX_REQUEST_BYTES = 1024 * 1024


def _no_such_dependency(error: DependencyException) -> tuple[str, int]:
    """A /_dash-component-suites/ path that names no script Dash serves: 404, not a 500."""
    return "Not found", 404


def create_app(data_dir: Path) -> dash.Dash:
    """A Dash app over figures.csv, documents.csv, texts.jsonl, tallies and claims in data_dir
    (no external CSS or scripts), its responses compressed."""
    data_dir = Path(data_dir)
    corpus = load(data_dir)
    # The tallies and claims, read (and their look-ups among the figures made) while the page is answered.
    reconciled = Later(data_dir, WARM_UP, lambda found: found.warm(corpus.figures["doc"].cat.categories,
                                                                    corpus.figures["claim"].cat.categories),
                       corpus.answered, WARM_AFTER_S)
    app = dash.Dash(
        __name__,
        title="Figures from news",
        assets_folder=str(ASSETS),
        serve_locally=True,
        external_stylesheets=[],
        external_scripts=[],
        update_title=None,
        suppress_callback_exceptions=False,
    )
    app.server.config.update(COMPRESSION, MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES)
    app.server.register_error_handler(DependencyException, _no_such_dependency)
    Compress(app.server)
    app.layout = build_layout(corpus, str(data_dir))
    wiring.register(app, corpus, reconciled)
    register_download(app.server, corpus, reconciled)
    app.corpus = corpus  # type: ignore[attr-defined]  # for tests and the benchmark
    app.reconciled = reconciled  # type: ignore[attr-defined]
    return app
