"""The filter dropdowns' options: the categories, kinds, articles, publishers, sources and
places present, and the articles, sources or places matching what is typed in a dropdown that
cannot list them all. Knows nothing of Dash.

Sources (said_by) and places are offered most frequent first, the blank one (the article's
own voice, no place given) at the top as `dashboard.filters.BLANK`.

An option's value is the text itself up to `urlstate.MAX_VALUE_CHARS`, else a short key the server maps
back (`dashboard.urlstate.option_value`): issue 13, a 20,000-character publisher as an option's
value crashed chromium's tab. Labels are cut (`labels.clip`)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from dashboard.columnar import present_values
from dashboard.data import CATEGORIES, KINDS, Corpus
from dashboard.filters import choice, strings
from dashboard.labels import clip
from dashboard.urlstate import register_text

ARTICLE_OPTIONS = 100  # articles offered at a time when there are too many to list them all
STATIC_OPTIONS = 400  # above this many articles, sources or places, a dropdown searches on the server
VALUE_OPTIONS = 100  # sources or places offered at a time when there are too many to list them all
BLANK_LABELS = {"said_by": "(the article's own voice)", "place": "(no place given)"}


def all_article_options(corpus: Corpus) -> list[dict[str, str]]:
    """One option per article with figures, by title: label (title or file name), value (doc, a key
    when long)
    and search text (title and file name)."""
    if "article_options" not in corpus.__dict__:
        df = corpus.figures
        where = corpus.documents.index.get_indexer(pd.Index(present_values(df["doc"]), dtype="str"))
        docs = corpus.documents.iloc[np.unique(where[where >= 0])]  # one lookup per article
        docs = docs.sort_values("label", key=lambda s: s.str.lower(), kind="stable")
        corpus.__dict__["article_options"] = [  # (lists: iterating Arrow-backed columns is slow)
            {"label": lbl, "value": register_text(d), "search": f"{lbl} {clip(d)}"}
            for d, lbl in zip(docs["doc"].tolist(), docs["label"].tolist(), strict=True)]
    found: list[dict[str, str]] = corpus.__dict__["article_options"]
    return found


def article_options(corpus: Corpus, search: str | None = None, selected: Any = None,
                    limit: int = ARTICLE_OPTIONS) -> list[dict[str, str]]:
    """Article options for a search typed in the dropdown: the selected articles first, then
    up to `limit` whose title or file name holds every typed word."""
    return _searched(all_article_options(corpus), "search", search, selected, limit)


def all_value_options(corpus: Corpus, column: str) -> list[dict[str, str]]:
    """One option per value of a text column (said_by or place) in the data: the blank one
    first, then the most frequent first (ties by name); computed once per corpus."""
    key = f"{column}_options"
    if key not in corpus.__dict__:
        counts = corpus.figures[column].astype("category").value_counts(sort=False)
        present = [(str(value), int(n)) for value, n in counts.items() if n]
        present.sort(key=lambda vn: (bool(vn[0].strip()), -vn[1], vn[0].lower(), vn[0]))
        blank = BLANK_LABELS.get(column, "(blank)")
        corpus.__dict__[key] = [{"label": clip(value) if value.strip() else blank,
                                 "value": register_text(choice(value))} for value, _n in present]
    found: list[dict[str, str]] = corpus.__dict__[key]
    return found


def many_values(corpus: Corpus, column: str) -> bool:
    """Whether a source or place dropdown lists only some values and searches the rest on the server."""
    return len(all_value_options(corpus, column)) > STATIC_OPTIONS


def value_options(corpus: Corpus, column: str, search: str | None = None, selected: Any = None,
                  limit: int = VALUE_OPTIONS) -> list[dict[str, str]]:
    """Source or place options for a search typed in the dropdown: the selected values first,
    then up to `limit` (most frequent first) whose name holds every typed word."""
    return _searched(all_value_options(corpus, column), "label", search, selected, limit)


def _searched(every: list[dict[str, str]], field: str, search: str | None, selected: Any,
              limit: int) -> list[dict[str, str]]:
    """The selected options first, then up to `limit` whose `field` holds every typed word."""
    chosen = set(strings(selected))
    words = str(search or "").lower().split()
    picked = [o for o in every if o["value"] in chosen]
    for option in every:
        if len(picked) >= limit + len(chosen):
            break
        if option["value"] not in chosen and all(w in option[field].lower() for w in words):
            picked.append(option)
    return picked


def options(corpus: Corpus, article_limit: int | None = None,
            value_limit: int | None = None) -> dict[str, list[dict[str, str]]]:
    """Dropdown options for the filters: categories, kinds, articles, publishers, sources and
    places present (articles capped at article_limit, sources and places at value_limit; the
    rest are found by typing)."""
    df = corpus.figures
    present = set(present_values(df["category"]))
    kinds = set(present_values(df["kind"]))
    articles = all_article_options(corpus)
    publishers = sorted({p for p in present_values(df["publisher"]) if p and p != "nan"})
    return {
        "categories": [{"label": c, "value": c} for c in CATEGORIES if c in present]
        + [{"label": c, "value": c} for c in sorted(present - set(CATEGORIES))],
        "kinds": [{"label": k, "value": k} for k in KINDS if k in kinds]
        + [{"label": k, "value": k} for k in sorted(kinds - set(KINDS))],
        "articles": articles if article_limit is None else articles[:article_limit],
        "publishers": [{"label": clip(p), "value": register_text(p)} for p in publishers],
        "sources": all_value_options(corpus, "said_by")[:value_limit],
        "places": all_value_options(corpus, "place")[:value_limit],
    }


