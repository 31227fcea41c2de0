"""The hostile inputs of issue 13, one class each, written on demand (none is stored).

    python -m tests.regression_corpus DIR     # write the corpus into DIR, to try by hand

`tests/test_regressions.py` writes it to a temporary folder, runs `stats extract` over it
once and checks each class. The fuzz benchmark (`python -m stats.fuzz`) generates inputs of
the same kinds at random and in bulk.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.linear_cases import nested_divs

# A text cell that really begins with an apostrophe and a formula sign (the CSV guard).
APOSTROPHE_TITLES = ["'-x", "'+1", "'=SUM(A1)", "'@pub", "''-x", "=HYPERLINK(1)"]
# Whitespace between a currency's letters and its sign: "US  $5 million" (the KeyError).
PREFIX_SPACES = ["  ", "\t", "\u3000", "\u00a0", " \u2009 "]
CLASSES = ("currency-whitespace", "non-finite", "empty-exports", "nested-html", "no-sentence-end",
           "apostrophe-cells")


def _currency(folder: Path) -> list[Path]:
    paths = []
    for number, space in enumerate(PREFIX_SPACES):
        path = folder / f"currency-{number}.txt"
        path.write_text(f"Aid of US{space}$5 million and HK{space}$3 million arrived on Monday.\r\n"
                        f"At least {number + 40} people were killed, officials said.\r\n", encoding="utf-8")
        paths.append(path)
    return paths


def _non_finite(folder: Path) -> list[Path]:
    texts = {"centuries": "It took 1" + "0" * 307 + " centuries.",
             "decades": "Rebuilding will take 5" + "0" * 307 + " decades.",
             "exponent": "The debt reached 1.5×10^400 dollars.", "digits": "Some " + "9" * 400 + " troops."}
    paths = []
    for name, text in texts.items():
        path = folder / f"non-finite-{name}.txt"
        path.write_text(text + " And 7 people died.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _empty_exports(folder: Path) -> list[Path]:
    contents = {"zero.jsonl": "", "blank.jsonl": "\n \n\t\n", "header.csv": "id,text,title\n",
                "blank-rows.csv": "id,text\n,\n , \n\n", "zero.csv": ""}
    for name, content in contents.items():
        (folder / name).write_text(content, encoding="utf-8")
    return [folder / name for name in contents]


def _nested_html(folder: Path) -> list[Path]:
    path = folder / "nested.html"
    path.write_text(nested_divs(20_000), encoding="utf-8")  # about 220 KB
    return [path]


def _no_sentence_end(folder: Path) -> list[Path]:
    path = folder / "no-end.txt"
    unit = "and 5 troops were sent to the town "
    path.write_text((unit * (48_000 // len(unit) + 1))[:48_000], encoding="utf-8")  # 48 KB, no full stop
    return [path]


def _apostrophe_cells(folder: Path) -> list[Path]:
    path = folder / "apostrophes.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number, title in enumerate(APOSTROPHE_TITLES):
            record = {"id": f"q{number}", "title": title, "publisher": title,
                      "text": f"{title} {number + 3} people were injured."}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [path]


def write_corpus(folder: Path) -> dict[str, list[Path]]:
    """Write every class's inputs into `folder`; the paths by class."""
    folder.mkdir(parents=True, exist_ok=True)
    writers = (_currency, _non_finite, _empty_exports, _nested_html, _no_sentence_end, _apostrophe_cells)
    return {name: write(folder) for name, write in zip(CLASSES, writers, strict=True)}


if __name__ == "__main__":
    written = write_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "regression-corpus"))
    for kind, paths in written.items():
        print(f"{kind}: {', '.join(p.name for p in paths)}")
