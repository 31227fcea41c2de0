"""Dump every figure (all fields) the extractor gives on the project's texts, one JSON line
each, for checking that a speed change leaves the output byte for byte as it was.

    PYTHONHASHSEED=0 python -m tests.dump_figures > /tmp/before.jsonl
    ... change ...
    PYTHONHASHSEED=0 python -m tests.dump_figures > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

The texts: the seeds, the team's annotated articles, the bench's unit paragraphs (each
under the guide's conventions and NewsQuant's), and NewsQuant's sentences when present.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from stats.evaluate.newsquant import find_newsquant
from stats.extract import extract_article
from stats.find.rule import GUIDE, NEWSQUANT, Conventions

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "seeds", ROOT / "tests" / "data" / "articles", ROOT / "tests" / "data" / "bench")


def texts() -> Iterator[tuple[str, str, Conventions]]:
    """(name, text, conventions) for every text the dump covers."""
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            yield path.name, text, GUIDE
            yield path.name + "#newsquant", text, NEWSQUANT
    newsquant = find_newsquant()
    if newsquant is not None:
        for i, item in enumerate(json.loads(newsquant.read_text(encoding="utf-8"))):
            yield f"newsquant#{i}", item["text"], NEWSQUANT


def main() -> None:
    out = sys.stdout
    for name, text, conventions in texts():
        figures, spans = extract_article(text, name, conventions)
        out.write(json.dumps({"doc": name, "sentences": spans}) + "\n")
        for figure in figures:
            record = {f.name: getattr(figure, f.name) for f in dataclasses.fields(figure)}
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
