"""The filter dropdowns' options: the categories, kinds, articles and publishers present, and
the articles matching what is typed in the article dropdown. Knows nothing of Dash."""

from __future__ import annotations

from typing import Any

from dashboard.data import CATEGORIES, KINDS, Corpus, strings

ARTICLE_OPTIONS = 100  # articles offered at a time when there are too many to list them all


def all_article_options(corpus: Corpus) -> list[dict[str, str]]:
    """One option per article with figures, by title: label (title or file name), value (doc)
    and search text (title and file name)."""
    if "article_options" not in corpus.__dict__:
        df = corpus.figures
        docs = corpus.documents[corpus.documents["doc"].isin(set(df["doc"].astype(str)))]
        docs = docs.sort_values("label", key=lambda s: s.str.lower(), kind="stable")
        corpus.__dict__["article_options"] = [
            {"label": lbl, "value": d, "search": f"{lbl} {d}"}
            for d, lbl in zip(docs["doc"], docs["label"], strict=True)]
    return corpus.__dict__["article_options"]


def article_options(corpus: Corpus, search: str | None = None, selected: Any = None,
                    limit: int = ARTICLE_OPTIONS) -> list[dict[str, str]]:
    """Article options for a search typed in the dropdown: the selected articles first, then
    up to `limit` whose title or file name holds every typed word."""
    every = all_article_options(corpus)
    chosen = set(strings(selected))
    words = str(search or "").lower().split()
    picked = [o for o in every if o["value"] in chosen]
    for option in every:
        if len(picked) >= limit + len(chosen):
            break
        if option["value"] not in chosen and all(w in option["search"].lower() for w in words):
            picked.append(option)
    return picked


def options(corpus: Corpus, article_limit: int | None = None) -> dict[str, list[dict[str, str]]]:
    """Dropdown options for the filters: categories, kinds, articles and publishers present
    (articles capped at article_limit; the rest are found by typing)."""
    df = corpus.figures
    present = set(df["category"].astype(str))
    kinds = set(df["kind"].astype(str))
    articles = all_article_options(corpus)
    publishers = sorted({p for p in df["publisher"].astype(str) if p and p != "nan"})
    return {
        "categories": [{"label": c, "value": c} for c in CATEGORIES if c in present]
        + [{"label": c, "value": c} for c in sorted(present - set(CATEGORIES))],
        "kinds": [{"label": k, "value": k} for k in KINDS if k in kinds]
        + [{"label": k, "value": k} for k in sorted(kinds - set(KINDS))],
        "articles": articles if article_limit is None else articles[:article_limit],
        "publishers": [{"label": p, "value": p} for p in publishers],
    }


