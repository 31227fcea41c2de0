"""What the Tallies and Claims tabs' callbacks do, as plain functions that tests call directly
(the Dash wiring is `dashboard.wiring_views`): each takes the corpus, the reconcile outputs and
plain values, and returns plain values or components."""

from __future__ import annotations

from typing import Any

import dash
from dash import html

from dashboard import claims_view, ids, tallies_view
from dashboard.callbacks import HIDDEN, graph_style
from dashboard.data import Corpus
from dashboard.download import frame_to_csv
from dashboard.filters import Filters
from dashboard.layout_views import tally_columns
from dashboard.reconciled import READING_NAMES, Reconciled, ids_of
from dashboard.urlstate import MAX_FIGURE_IDS, page_state, parse_location, with_figure
from stats.export import CLAIM_FIELDS, TALLY_FIELDS

NO_OUTPUTS = "This output folder has no tallies.csv or claims.csv: re-run stats extract to make them."
DOWNLOAD_NAMES = {"tallies": "tallies-filtered.csv", "claims": "claims-filtered.csv"}


def missing(reconciled: Reconciled) -> list[Any] | None:
    """The note a tab shows for an output folder written before the reconcile stage."""
    return None if reconciled.found else [html.Span(NO_OUTPUTS, className="alert alert-warning small-alert")]


def tallies_update(corpus: Corpus, reconciled: Reconciled, filters: Filters, reading: Any,
                   category: Any) -> dict[str, Any]:
    """Everything the Tallies tab shows for the filters and reading: the totals line, the chart
    of one category (the one chosen, else the first the tallies hold) with its caption and
    style, the category choices, and the table's rows and count line."""
    reading = tallies_view.reading_of(reading)
    tallies = tallies_view.tallies_kept(corpus, reconciled, filters)
    present = tallies_view.categories_of(tallies)
    chosen = category if category in present else (present[0] if present else None)
    chart, caption = tallies_view.tally_chart(corpus, tallies, chosen, reading)
    rows = tallies_view.tally_rows(corpus, tallies, reading)
    articles = tallies["doc"].nunique() if len(tallies) else 0
    count = (f"{len(rows):,} of {articles:,} articles, the highest first" if articles > len(rows)
             else f"{articles:,} article{'s' if articles != 1 else ''}")
    return {"totals": missing(reconciled) or tallies_view.totals_line(tallies, reading),
            "chart": chart, "style": graph_style(chart), "caption": caption,
            "options": [{"label": c, "value": c} for c in present[:8]], "category": chosen,
            "rows": rows, "columns": tally_columns(present), "count": f"{count} · {READING_NAMES[reading]}"}


def claims_update(corpus: Corpus, reconciled: Reconciled, filters: Filters, reading: Any,
                  conflicts: Any) -> dict[str, Any]:
    """Everything the Claims tab shows for the filters, reading and conflicts-only switch: the
    totals line, the chart with its caption and style, and the table's rows and count line."""
    reading = tallies_view.reading_of(reading)
    only = bool(conflicts)
    claims = claims_view.claims_kept(corpus, reconciled, filters, only)
    chart, caption = claims_view.claim_chart(corpus, claims)
    rows = claims_view.claim_rows(claims, reading)
    count = (f"{len(rows):,} of {len(claims):,} claims, the most widely reported first"
             if len(claims) > len(rows) else f"{len(claims):,} claim{'s' if len(claims) != 1 else ''}")
    return {"totals": missing(reconciled) or claims_view.totals_line(claims, only),
            "chart": chart, "style": graph_style(chart), "caption": caption, "rows": rows,
            "count": f"{count} · {READING_NAMES[reading]}"}


def grid_pick(reconciled: Reconciled, trigger: Any, tally_cell: dict[str, Any] | None,
              claim_cell: dict[str, Any] | None, search: str | None) -> tuple[Any, Any]:
    """The address and mark ids after a click in the tallies table (the figures of the clicked
    article's tally of the clicked column's category) or the claims table (the claim's
    figures): the first figure is shown, the others listed beside it."""
    if trigger == ids.TALLY_GRID and tally_cell and tally_cell.get("rowId"):
        picked = tallies_view.tally_figures(reconciled, str(tally_cell["rowId"]), tally_cell.get("colId"))
    elif trigger == ids.CLAIM_GRID and claim_cell and claim_cell.get("rowId"):
        picked = claims_view.claim_figures(reconciled, str(claim_cell["rowId"]))
    else:
        picked = []
    if not picked:
        return dash.no_update, dash.no_update
    return with_figure(search, picked[0]), picked[:MAX_FIGURE_IDS]


def figure_claim(corpus: Corpus, reconciled: Reconciled, search: str | None,
                 pathname: str | None = None) -> dict[str, Any] | None:
    """The claim of several figures the address's figure belongs to, or None."""
    figure_id, _view = parse_location(search, pathname)
    row = corpus.figure(figure_id)
    return None if row is None else reconciled.claim(str(row["claim"] or ""))


def claim_button(corpus: Corpus, reconciled: Reconciled, search: str | None,
                 pathname: str | None = None) -> tuple[str, dict[str, str]]:
    """The quote panel's "See its claim" button: its label, and hidden when the figure has no
    claim of several figures."""
    claim = figure_claim(corpus, reconciled, search, pathname)
    if claim is None:
        return "", HIDDEN
    return f"See its claim: {int(claim['n_figures'])} figures from {int(claim['n_sources'])} sources", {}


def show_claim(corpus: Corpus, reconciled: Reconciled, search: str | None) -> tuple[Any, Any]:
    """After "See its claim": the figures filter set to the claim's figures (as many as an
    address may pick), and the Claims tab."""
    claim = figure_claim(corpus, reconciled, search)
    if claim is None:
        return dash.no_update, dash.no_update
    return ids_of(claim["figures"])[:MAX_FIGURE_IDS], "claims"


def quote_extras(corpus: Corpus, reconciled: Reconciled, search: str | None,
                 pathname: str | None = None) -> list[Any]:
    """What the quote panel adds from the reconcile outputs: the figure's article's tallies in
    the address's reading, and how many sources report its claim."""
    figure_id, _view = parse_location(search, pathname)
    row = corpus.figure(figure_id)
    if row is None:
        return []
    reading = tallies_view.reading_of(page_state(search)["reading"])
    found = [tallies_view.tally_strip(reconciled, str(row["doc"]), reading),
             claims_view.claim_line(corpus, reconciled, row)]
    return [x for x in found if x is not None]


def download(corpus: Corpus, reconciled: Reconciled, what: str, filters: Filters, conflicts: Any) -> str:
    """The CSV of the tallies of the articles the filters keep, or of the claims the Claims tab
    lists: the columns of tallies.csv or claims.csv, lists joined by "; "."""
    if what == "tallies":
        frame = tallies_view.tallies_kept(corpus, reconciled, filters)
        return frame_to_csv(frame, TALLY_FIELDS)
    frame = claims_view.claims_kept(corpus, reconciled, filters, bool(conflicts))
    return frame_to_csv(frame, CLAIM_FIELDS)
