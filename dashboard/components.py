"""Small builders of Dash components from data: totals, captions, the quote and the article.

Article text always goes in as plain strings (Dash escapes them) inside html.Mark/html.Span
children, never as raw HTML, so markup in an article is shown, not run.
"""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from dashboard import ids
from dashboard.labels import (
    IMPLIED_NOTE,
    QUALIFIER_WORDS,
    attribution,
    clip,
    date_text,
    format_number,
    value_label,
)
from dashboard.quotes import Article, Quote
from dashboard.urlstate import with_figure

CAPTION_ARTICLES = 4


def figure_href(figure_id: str, article: bool = False, search: str | None = "") -> str:
    """The link (query string) that opens one figure, or its whole article, keeping the filters
    of the current query string `search`."""
    return with_figure(search, figure_id, article)


def alert(text: str) -> html.Div:
    """A small warning box."""
    return html.Div(text, className="alert alert-warning small-alert", role="alert")


def totals_bar(summary: dict[str, Any], overall: dict[str, Any], filtered: bool) -> list[Any]:
    """Header totals: articles, figures, then one chip per category (with "of N" when filtered)."""
    def stat(value: int, whole: int, unit: str) -> html.Div:
        """One big number with its unit (and 'of N' when filtered)."""
        suffix = f" of {whole:,}" if filtered and value != whole else ""
        return html.Div([html.Span(f"{value:,}", className="stat-number"),
                         html.Span(f"{unit}{suffix}", className="stat-unit")], className="stat")

    chips = [html.Span([html.Span(category, className="chip-name"),
                        html.Span(f"{count:,}", className="chip-count")],
                       className=f"chip cat-{category}", title=f"{count:,} {category} figures")
             for category, count in summary["categories"].items()]
    return [
        html.Div([stat(summary["articles"], overall["articles"], "articles"),
                  stat(summary["figures"], overall["figures"], "figures")], className="stats"),
        html.Div(chips or [html.Span("no figures", className="text-muted")], className="chips"),
    ]


def caption(prefix: str, drawn: list[dict[str, Any]], total: int | None = None, extra: str = "") -> list[Any]:
    """Under a chart: which articles it draws on (the first few named, with publisher and date)."""
    if not drawn:
        return [html.Span(extra or "Draws on no articles.")]
    n = len(drawn) if total is None else total
    head = f"{prefix} {n:,} article{'s' if n != 1 else ''}: "
    items: list[Any] = []
    for i, source in enumerate(drawn[:CAPTION_ARTICLES]):
        if i:
            items.append("; ")
        meta = ", ".join(p for p in (clip(source["publisher"]), date_text(source["published"])) if p)
        items += [html.Span(source["label"], className="cap-title"), f" ({meta})"]
    if n > CAPTION_ARTICLES:
        items.append(f"; and {n - CAPTION_ARTICLES:,} more")
    items.append(".")
    parts: list[Any] = [html.Span(head, className="cap-head"), *items]
    if extra:
        parts += [html.Br(), html.Span(extra, className="cap-note")]
    return parts


def highlighted(sentence: str, start: int, end: int) -> list[Any]:
    """A sentence as text children with text[start:end] inside an html.Mark."""
    if not 0 <= start < end <= len(sentence):
        return [sentence]
    parts: list[Any] = []
    if start:
        parts.append(sentence[:start])
    parts.append(html.Mark(sentence[start:end], className="hl"))
    if end < len(sentence):
        parts.append(sentence[end:])
    return parts


def quote_placeholder() -> html.Div:
    """What the quote panel says before anything is picked."""
    return html.Div([
        html.P("Click a bar, a dot or a table row to see the sentence a figure comes from.",
               className="lead-hint"),
        html.P("The link in your address bar then points at that figure, so you can share it.",
               className="text-muted small"),
    ], className="quote-empty")


def not_found(figure_id: str) -> html.Div:
    """A clear message for a figure id from the URL that is malformed or unknown."""
    shown = figure_id if len(figure_id) <= 80 else figure_id[:77] + "..."
    return html.Div([
        html.H3("Figure not found", className="h6 text-danger"),
        html.P(["There is no figure with the id ", html.Code(shown),
                " in this data. The link may come from another extraction run, or be mistyped."]),
        html.P(dcc.Link("Clear the link", href="?"), className="small"),
    ], className="quote-missing", role="alert")


def facts_text(figure: dict[str, Any]) -> str:
    """The figure in words, e.g. "at least 703", "from 1/3 to 1/2", "about 281 million USD · vague"."""
    qualifier = str(figure["qualifier"])
    value = format_number(figure["value"])
    if qualifier == "range" and figure.get("value_high") is not None:
        words = f"from {value} to {format_number(figure['value_high'])}"
    else:
        words = f"{QUALIFIER_WORDS.get(qualifier, qualifier)} {value}"
    if figure.get("whole") is not None:
        words += f" of {format_number(figure['whole'])}"
    if figure.get("unit"):
        words += f" {figure['unit']}"
    if figure.get("vague"):
        words += " · vague"
    return words


def attribution_line(figure: dict[str, Any]) -> html.Div:
    """Who gives the figure, where and when: "— according to the Taliban · Kandahar · last week",
    or "— the article's own figure" when the text names no source; blank parts left out."""
    children: list[Any] = ["— "]
    for i, (part, text) in enumerate(attribution(figure.get("said_by"), figure.get("place"),
                                                 figure.get("period"))):
        if i:
            children.append(" · ")
        own = part == "source" and not figure.get("said_by")
        children.append(html.Span(text, className=f"quote-{part}" + (" own-voice" if own else "")))
    return html.Div(children, className="quote-attribution")


def quote_panel(quote: Quote, others: list[dict[str, str]] | None = None,
                search: str | None = "", extras: list[Any] | None = None) -> list[Any]:
    """The quote: value, subject, who gives it (where, when), the sentence with the span marked
    and its neighbours, citation, `extras` (the reconcile stage's lines), and links to the other
    figures of the chart mark that was clicked (their links keep the filters of `search`). An
    implied single casualty ("a policeman was killed": 1) says so in a badge."""
    figure = quote.figure
    label = value_label(figure["value"], figure["qualifier"], figure["kind"], figure["unit"] or "",
                        figure["value_high"], figure["whole"], bool(figure["vague"]), figure["span"])
    subject = figure["subject"] or "(no subject found)"
    sentence: list[Any] = []
    if quote.before:
        sentence.append(html.Span(quote.before + " ", className="ctx ctx-before"))
    sentence.append(html.Span(highlighted(quote.sentence, quote.span_start, quote.span_end),
                              className="quote-sentence"))
    if quote.after:
        sentence.append(html.Span(" " + quote.after, className="ctx ctx-after"))
    cite = [html.Div(clip(quote.title or quote.doc), title=quote.title or quote.doc, className="cite-title"),
            html.Div([html.Span(clip(quote.publisher) or "publisher unknown", title=quote.publisher,
                                className="cite-publisher"),
                      html.Span(date_text(quote.published), className="cite-date")], className="cite-line")]
    children: list[Any] = [
        html.Div([html.Span(label, className="quote-value"),
                  html.Span(figure["category"], className=f"badge cat-badge cat-{figure['category']}"),
                  html.Span(figure["kind"], className="badge kind-badge"),
                  html.Span(IMPLIED_NOTE, className="badge implied-badge",
                            title="The text implies one, without a number: \"a policeman was killed\"")
                  if figure.get("implied") else None], className="quote-head"),
        html.Div([html.Span(subject, className="quote-subject"),
                  html.Span(" · " + facts_text(figure), className="quote-facts")]),
        attribution_line(figure),
        html.Blockquote(sentence, className="quote-text"),
        html.Div(cite, className="cite"),
        html.Div([html.Span(quote.doc), html.Span(f"characters {figure['start']}–{figure['end']}"),
                  html.Span(figure["figure_id"], className="fig-id")], className="cite-meta"),
    ]
    if extras:  # lines from the reconcile outputs: the article's tallies, the figure's claim
        children.append(html.Div(extras, className="quote-reconciled"))
    if quote.note:
        children.append(alert(quote.note))
    if others:
        children.append(html.Div([
            html.Div(f"What you clicked holds {len(others) + 1} figures; the others:",
                     className="others-head"),
            html.Div([dcc.Link([html.Strong(o["value_label"]), " ", o["subject_label"]],
                               href=figure_href(o["figure_id"], search=search), className="other-link",
                               title=f"figure {o['figure_id']}") for o in others],
                     className="others"),
        ], className="quote-others"))
    return children


def article_view(article: Article, current: str, search: str | None = "") -> tuple[list[Any], list[Any]]:
    """Title block and body of the whole-article view: all figures marked, the current one
    outlined and anchored so it can be scrolled to."""
    title = [html.Div(clip(article.title or article.doc), title=article.title or article.doc,
                      className="article-title"),
             html.Div([html.Span(clip(article.publisher) or "publisher unknown", title=article.publisher),
                       html.Span(date_text(article.published)), html.Span(article.doc),
                       html.Span(f"{article.figures} figures highlighted")], className="cite-meta")]
    body: list[Any] = []
    for segment in article.segments:
        if segment.figure_id is None:
            body.append(segment.text)
            continue
        is_current = segment.figure_id == current
        extra = {"id": ids.ARTICLE_CURRENT} if is_current else {}
        body.append(dcc.Link(segment.text, href=figure_href(segment.figure_id, True, search),
                             className="fig-mark current" if is_current else "fig-mark",
                             title=f"{segment.label} (figure {segment.figure_id})", **extra))
    content: list[Any] = []
    if article.note:
        content.append(alert(article.note))
    content.append(html.Div(body, className="article-text"))
    return title, content
