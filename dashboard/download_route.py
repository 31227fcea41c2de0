"""The CSV download as a plain HTTP route, streamed: `GET /download/figures.csv?<the page's
query>[&model=<the table's filter model as JSON>]` (also `tallies.csv`, `claims.csv`, with
`&conflicts=1` for the Claims tab's "conflicts only").

The button is a link whose address the browser keeps up to date (`downloadHref` in
assets/clientside.js) from the address bar, where the filters live, and the table's column
filters. Sent through a Dash callback, a download travelled as a string inside a JSON answer: a
million figures' 130,000 killed took 1.8 s and held the CSV three times over. Here it is
written and sent a block of rows at a time (compressed on the way, as every answer is).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import numpy as np
from flask import Flask, Response, abort, request

from dashboard.callbacks import DOWNLOAD_NAME
from dashboard.data import CITATION_FIELDS, Corpus
from dashboard.download import csv_bytes
from dashboard.filters import Filters
from dashboard.grid import check_request, keep_positions
from dashboard.reconciled import Reconciled
from dashboard.urlstate import filters_from_query
from dashboard.view_callbacks import DOWNLOAD_NAMES, download
from stats.export import FIGURE_FIELDS

ROUTE = "/download/<what>.csv"
# Rows written and sent at a time: a block's columns as text are the download's working memory
# (50,000 rows lifted the dashboard's peak at a million figures to 1,027 MB; 16,384 keep it at
# the level of the loaded data, and the CSV is made no slower).
BLOCK_ROWS = 16_384
NAMES = {"figures": DOWNLOAD_NAME, **DOWNLOAD_NAMES}


def figure_blocks(corpus: Corpus, positions: np.ndarray, rows: int = BLOCK_ROWS) -> Iterator[bytes]:
    """figures.csv's header, then the rows at `positions` (with their article's title, publisher
    and date), a block of `rows` at a time, as UTF-8 (sent as it is made, never decoded)."""
    fields = [*FIGURE_FIELDS, *CITATION_FIELDS]
    for start in range(0, max(len(positions), 1), rows):
        yield csv_bytes(corpus.figures, fields, positions[start:start + rows], header=start == 0)


def download_csv(corpus: Corpus, filters: Filters, filter_model: dict[str, Any] | None = None) -> str:
    """The CSV of exactly the figures the filters (and any table column filters) show: the
    columns and escaping of figures.csv, then the article's title, publisher and date."""
    positions = keep_positions(corpus.figures, corpus.mask(filters), filter_model)
    return b"".join(figure_blocks(corpus, positions)).decode("utf-8")


def _model(text: str | None) -> dict[str, Any] | None:
    """The table's filter model from the query (JSON), checked as a table request's is; a
    malformed one is refused (400)."""
    if not text:
        return None
    try:
        model = json.loads(text)
        return check_request({"filterModel": model}).get("filterModel")
    except ValueError as error:  # JSONDecodeError is one
        abort(400, f"model: {error}")
    return None  # (abort raises)


def register_download(server: Flask, corpus: Corpus, reconciled: Reconciled) -> None:
    """Serve the filtered figures, tallies or claims as a CSV attachment."""

    @server.get(ROUTE)
    def download_csv(what: str) -> Response:
        """The CSV of what the page's query and the table's filters show."""
        if what not in NAMES:
            abort(404)
        query = request.query_string.decode("utf-8", "replace")
        try:
            filters = filters_from_query(query)
        except ValueError as error:
            abort(400, str(error))
        if what == "figures":
            model = _model(request.args.get("model"))
            positions = keep_positions(corpus.figures, corpus.mask(filters), model)
            body: Iterator[bytes] | str = figure_blocks(corpus, positions)
        else:
            body = download(corpus, reconciled, what, filters, request.args.get("conflicts") == "1")
        return Response(body, mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{NAMES[what]}"'})
