"""Why gold lines matched nothing, when the reason is in the gold file (`stats eval --gold`).

The scorer pairs a gold figure with a prediction from the same article and the same
sentence; a gold line whose article was not read, or whose `sentence` is not in the article
as read (a typo, text copied from another version of the page), cannot be paired, and used
to count silently as a miss (issue 12). `problems` names each such line among the misses and
says why, comparing texts the way the scorer does (`scoring.normalise`: Unicode forms,
quotes, dashes, whitespace and case do not matter).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from stats.evaluate.scoring import Row, doc_key, normalise, number

_SHOWN = 40  # characters of text quoted in a message


def _quoted(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[:_SHOWN] + "…")


def _longest_prefix_in(text: str, article: str) -> int:
    """How many leading characters of `text` appear together somewhere in `article`."""
    low, high = 0, len(text)
    while low < high:  # a prefix that is there has every shorter prefix there too
        middle = (low + high + 1) // 2
        if text[:middle] in article:
            low = middle
        else:
            high = middle - 1
    return low


def _sentence_problem(sentence: str, article: str) -> str | None:
    """Why a gold sentence is not in its article, or None when it is."""
    wanted = normalise(sentence)
    if not wanted:
        return "it has no sentence, so no prediction can be paired with it"
    if wanted in article:
        return None
    found = _longest_prefix_in(wanted, article)
    if found < min(20, len(wanted) // 2):  # too little in common to point at a difference
        return f"its sentence {_quoted(sentence)} is not in the article"
    return (f"its sentence is not in the article: the article has its first {found} of {len(wanted)} "
            f"characters ({_quoted(wanted[:found])}), then differs at {_quoted(wanted[found:])}")


def _line_problem(row: Row, articles: Mapping[str, str], names: list[str]) -> str | None:
    """Why one gold line cannot match, or None (`articles` by `doc_key`, `names` as read)."""
    doc = row.get("doc")
    if not doc:
        return "it has no 'doc'"
    article = articles.get(doc_key(doc))
    if article is None:
        shown = ", ".join(names[:8]) + (", …" if len(names) > 8 else "")
        return f"no article {str(doc)!r} was read from --docs (read: {shown or 'none'})"
    if number(row.get("value")) is None:
        return f"its value {row.get('value')!r} is not a number"
    problem = _sentence_problem(str(row.get("sentence") or ""), article)
    if problem:
        return problem
    span = normalise(row.get("span"))
    if span and span not in normalise(row.get("sentence")):
        return f"its span {_quoted(str(row.get('span')))} is not in its sentence"
    return None


def problems(lines: Iterable[tuple[int, Row]], texts: Mapping[str, str],
             missed: Iterable[Row] | None = None) -> list[str]:
    """One message per gold line that cannot match ("line 12 (a.txt, '40'): ..."), given the
    gold lines with their line numbers and the articles' texts by document name; with
    `missed` (the scorer's false negatives), only among those lines."""
    articles = {doc_key(doc): normalise(text) for doc, text in texts.items()}
    unmatched = None if missed is None else [dict(row) for row in missed]
    found = []
    for number_, row in lines:
        if unmatched is not None:
            if row not in unmatched:
                continue
            unmatched.remove(row)
        problem = _line_problem(row, articles, sorted(texts))
        if problem:
            span = _quoted(str(row.get("span") or ""))
            found.append(f"line {number_} ({row.get('doc')}, {span}): {problem}")
    return found
