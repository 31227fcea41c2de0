"""The page's building blocks in its style (assets/style.css): cards, buttons, chart cards
with a title row, and graphs; used by the Figures tab (`dashboard.layout`) and the Tallies and
Claims tabs (`dashboard.layout_views`)."""

from __future__ import annotations

from typing import Any

from dash import dcc, html

GRAPH_CONFIG = {"displaylogo": False, "displayModeBar": False, "responsive": True}


def card(children: Any, class_name: str = "", **extra: Any) -> html.Div:
    """A card with one body."""
    return html.Div(html.Div(children, className="card-body"), className=f"card {class_name}".strip(),
                    **extra)


def button(label: str, component_id: str, kind: str = "primary", **extra: Any) -> html.Button:
    """A small button in the page's style (primary, outline-secondary, link)."""
    return html.Button(label, id=component_id, n_clicks=0, className=f"btn btn-sm btn-{kind}", **extra)


def chart_head(title: str, subtitle: str = "", controls: Any = None) -> html.Div:
    """A chart's title, subtitle and optional controls."""
    return html.Div([
        html.Div([html.H2(title, className="card-title"),
                  html.Div(subtitle, className="card-subtitle") if subtitle else None]),
        controls,
    ], className="chart-head")


def graph(graph_id: str) -> dcc.Loading:
    """A chart that fills its card's width and refits it when the window is resized (its height
    is set with its figure, `callbacks.graph_style`), with a loading dot for slow redraws."""
    return dcc.Loading(dcc.Graph(id=graph_id, config=GRAPH_CONFIG, responsive=True, className="chart",
                                 style={"height": "300px", "width": "100%"}),
                       type="dot", delay_show=400, color="#3a6ea5")


def chart_card(title: str, graph_id: str, caption_id: str, subtitle: str = "",
               controls: Any = None, note: Any = None) -> html.Div:
    """A chart with its title, optional controls, and the caption naming its articles."""
    return card([chart_head(title, subtitle, controls), graph(graph_id), note,
                 html.P(id=caption_id, className="chart-caption")], "chart-card")
