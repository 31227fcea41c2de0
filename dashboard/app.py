"""Build the Dash app for one data folder: `create_app(data_dir)`; the Flask server is `app.server`."""

from __future__ import annotations

from pathlib import Path

import dash

from dashboard import callbacks
from dashboard.data import load
from dashboard.layout import build_layout

ASSETS = Path(__file__).parent / "assets"


def create_app(data_dir: Path) -> dash.Dash:
    """A Dash app over figures.csv, documents.csv and texts.jsonl in data_dir (no external CSS
    or scripts)."""
    data_dir = Path(data_dir)
    corpus = load(data_dir)
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
    app.layout = build_layout(corpus, str(data_dir))
    callbacks.register(app, corpus)
    app.corpus = corpus  # type: ignore[attr-defined]  # for tests and the benchmark
    return app
