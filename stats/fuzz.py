"""A fuzz benchmark: thousands of generated hostile inputs through the real batch engine.

    python -m stats.fuzz --docs 10000 [--seed 13] [--timeout 10] [--keep DIR]

Writes generated inputs to a temporary folder (news-like articles with the hazards of issue
13: currency prefixes with any whitespace, overflowing numbers with units, runs without a
sentence end, hard wraps and CRLF, Unicode digits and noise; HTML pages nested thousands deep,
full of <br>s or broken; JSON Lines and CSV exports, some without records, with apostrophe
and formula cells; other encodings and binary files), runs `stats.batch.run` over them and
checks every output. It prints the documents and figures, then what must all be zero:

- crashes: documents whose reading or extraction failed, and rules that failed on a number;
- timeouts: documents that outlasted --timeout (a stall);
- invalid offsets: figures whose span or sentence is not the text at their offsets;
- non-finite values: figures whose value, high end or whole is not a finite number;
- lost inputs: input files with no row in documents.csv.

The exit status is 1 when any of them is not zero. Not a test: it takes minutes, so CI does
not run it; `tests/test_regressions.py` checks one input of each kind.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import math
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from stats import batch, export

QUALIFIERS = ["", "", "at least ", "more than ", "about ", "nearly ", "up to ", "some ", "between "]
CURRENCIES = ["$", "£", "€", "US$", "Rs ", "KSh", "C$", "A$", "HK$"]
PREFIX_LETTERS = ["US", "C", "A", "HK", "NZ", "S"]
SPACES = [" ", "  ", "\t", "\u3000", "\u00a0", "\u2009", "\u202f", "\r\n", "\n", "\u2028", "\x85", "\x0b"]
UNITS = ["", "", " million", " billion", "bn", "m", "%", " per cent", " km", " miles", " hours", " days",
         " years", " decades", " centuries", " tonnes", " kg", " mph", "th", " times", "C"]
NOUNS = ["troops", "people", "civilians", "homes", "refugees", "dollars", "attacks", "villages",
         "children", "families", "schools", "of them", "Taliban fighters"]
VERBS = ["were killed", "were injured", "fled", "were displaced", "was pledged", "were destroyed",
         "went missing", "died, officials said", "were rescued, the regional governor said"]
PLACES = ["in Kandahar", "near Herat", "across western Nepal", "in the north", "on Tuesday", "last week", ""]
NUMBERS = ["5", "12", "1,200", "3\u202f000", "1.5", "٣٠", "３０", "seven", "twenty-five", "dozens",
           "hundreds", "two-thirds", "a quarter", "1,00,000", "1e308", "1" + "0" * 307, "9" * 320, "10^400",
           "0", "-5"]
HTML_NOISE = ["<br>", "<br/>", "</br>", "<![0", "<!-- x -->", "<script>var a = 1;</script>", "<b>", "</i>",
              "&amp;", "&#8201;", "<img src=x alt='a > b'>", "<pre>1\n2</pre>", "<"]
MUST_BE_ZERO = ("crashes", "timeouts", "invalid offsets", "non-finite values", "lost inputs")
WEIRD_TITLES = ["'-x", "'+1", "'=SUM(A1)", "'@pub", "=HYPERLINK(1)", "-5 dead", "@home", "\tTabbed", "''-x"]


def _number(rng: random.Random) -> str:
    number = rng.choice(NUMBERS)
    if rng.random() < 0.15:  # "US  $5 million": letters, any whitespace, a sign
        return f"{rng.choice(PREFIX_LETTERS)}{rng.choice(SPACES)}${rng.choice(NUMBERS[:6])}"
    if rng.random() < 0.25:
        return rng.choice(CURRENCIES) + number
    return number


def sentence(rng: random.Random) -> str:
    """One news-like sentence with a figure, without its closing mark."""
    joint = rng.choice(["-", "–", " to ", " and "])
    second = f"{joint}{rng.choice(NUMBERS[:8])}" if rng.random() < 0.2 else ""
    text = (f"{rng.choice(QUALIFIERS)}{_number(rng)}{second}{rng.choice(UNITS)} {rng.choice(NOUNS)} "
            f"{rng.choice(VERBS)} {rng.choice(PLACES)}").strip()
    return text[:1].upper() + text[1:]


def _paragraph(rng: random.Random) -> str:
    count = rng.randint(1, 6)
    if rng.random() < 0.05:  # a long run without a sentence end
        return rng.choice([", ", " and ", " "]).join(sentence(rng) for _ in range(rng.randint(30, 120)))
    text = " ".join(sentence(rng) + rng.choice([".", ".", "!", "?", "...", ""]) for _ in range(count))
    if rng.random() < 0.2 and len(text) > 60:  # hard-wrapped at a fixed width
        width = rng.randint(30, 70)
        text = rng.choice(["\n", "\r\n"]).join(text[i:i + width] for i in range(0, len(text), width))
    if rng.random() < 0.05:
        noise = (rng.randint(0, 0x2FFFF) for _ in range(rng.randint(1, 40)))
        text += "".join(chr(c) for c in noise if not 0xD800 <= c < 0xE000)  # (no lone surrogates)
    return text


def article(rng: random.Random) -> str:
    """A short article: maybe a headline or a one-word label, then paragraphs."""
    head = rng.choice(["", "Aid\n\n", "Floods kill 12 in northern Nepal\n\n", "Fuel prices up 8%\n\n",
                       "Friday 23/July/2021 - 06:25 PM\n", "KABUL (Reuters) - "])
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(1, 8))]
    return head + rng.choice(["\n\n", "\n", "\r\n\r\n"]).join(paragraphs)


def _html(rng: random.Random) -> str:
    depth = rng.choice([0, 1, 5, 50, 500, 3000])
    body = "".join(f"<p>{_paragraph(rng)}{rng.choice(HTML_NOISE) if rng.random() < 0.3 else ''}</p>"
                   for _ in range(rng.randint(1, 6)))
    inner = rng.choice(["<div>", "<article>", "<section>", "<p>"]) * depth + body
    return f"<html><head><title>{rng.choice(WEIRD_TITLES)}</title></head><body>{inner}</body></html>"


def _records(rng: random.Random) -> list[dict[str, str]]:
    return [{"id": f"r{n}", "title": rng.choice([*WEIRD_TITLES, "Aid arrives in the north"]),
             "publisher": rng.choice(WEIRD_TITLES), "published": "2021-07-23",
             "text": article(rng) if rng.random() < 0.95 else ""} for n in range(rng.randint(0, 12))]


def _jsonl(rng: random.Random) -> tuple[bytes, int]:
    records = _records(rng) if rng.random() < 0.85 else []  # some hold no record at all
    lines = [json.dumps(r, ensure_ascii=rng.random() < 0.5) for r in records]
    lines += [rng.choice(["", " ", "\t"]) for _ in range(rng.randint(0, 2))]
    return "\n".join(lines).encode(), max(len(records), 1)


def _csv(rng: random.Random) -> tuple[bytes, int]:
    records = _records(rng) if rng.random() < 0.85 else []
    fields = ["id", "title", "publisher", "published", "text"]
    header = rng.random() < 0.95  # without one, the first record is taken for the header: one error
    rows = [export.csv_line(fields)] * header + [export.csv_line(r[f] for f in fields) for r in records]
    rows += [",,,,\n"] * rng.randint(0, 2)
    return "".join(rows).encode(), max(len(records), 1) if header else 1


def _other(rng: random.Random) -> tuple[str, bytes]:
    kind = rng.randrange(5)
    if kind == 0:
        return ".txt", article(rng).encode("utf-16")
    if kind == 1:
        return ".txt", article(rng).encode("cp1252", errors="replace")
    if kind == 2:
        return ".txt", bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))
    return ".txt", rng.choice(["", " \n\t ", "\ufeff"]).encode()


def write_inputs(folder: Path, documents: int, rng: random.Random) -> int:
    """Write inputs holding about `documents` documents into `folder`; the files written."""
    made = files = 0
    while made < documents:
        roll = rng.random()
        if roll < 0.55:
            suffix, data, count = ".txt", article(rng).encode(), 1
        elif roll < 0.7:
            suffix, data, count = ".html", _html(rng).encode(), 1
        elif roll < 0.8:
            suffix, (data, count) = ".jsonl", _jsonl(rng)
        elif roll < 0.9:
            suffix, (data, count) = ".csv", _csv(rng)
        else:
            (suffix, data), count = _other(rng), 1
        (folder / f"{files:06d}{suffix}").write_bytes(data)
        made, files = made + count, files + 1
    return files


class _RuleFailures(logging.Handler):
    """Counts the rules that failed on a number (logged by stats.find.guard)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += " failed " in record.getMessage()


def _finite(record: dict[str, object]) -> bool:
    """Whether a figure's value is a finite number and its high end and whole are too (or null)."""
    def number(value: object) -> bool:
        return isinstance(value, int | float) and math.isfinite(value)

    return number(record.get("value")) and all(record.get(k) is None or number(record.get(k))
                                               for k in ("value_high", "whole"))


def check_outputs(out: Path, inputs: Path) -> Counter[str]:
    """Count the figures and what is wrong with them, and the inputs without a row."""
    found: Counter[str] = Counter()
    with (out / export.TEXTS_JSONL).open(encoding="utf-8") as handle:
        texts = {r["doc"]: r["text"] for r in map(json.loads, handle)}
    with (out / export.FIGURES_JSONL).open(encoding="utf-8") as handle:
        for record in map(json.loads, handle):
            found["figures"] += 1
            text = texts.get(record["doc"], "")
            start, end, low, high = (record[k] for k in ("start", "end", "sentence_start", "sentence_end"))
            found["invalid offsets"] += not (text[start:end] == record["span"] and low <= start < end <= high
                                             and high <= len(text))
            found["non-finite values"] += not _finite(record)
    with (out / export.DOCUMENTS_CSV).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found["documents"] = len(rows)
    listed = {export.unguard_cell(row["path"]) for row in rows}
    found["lost inputs"] = len({str(path) for path in inputs.iterdir()} - listed)
    for row in rows:
        error = row["error"]
        found["crashes"] += error.startswith(("extraction failed", "reading failed"))
        found["timeouts"] += "longer than --timeout" in error
    return found


def run(documents: int, seed: int, timeout: float, keep: Path | None,
        say: Callable[[str], None] = print) -> Counter[str]:
    """Generate, extract and check; the counts."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="stats-fuzz-") as temporary:
        root = keep or Path(temporary)
        inputs, out = root / "inputs", root / "out"
        inputs.mkdir(parents=True, exist_ok=True)
        files = write_inputs(inputs, documents, rng)
        size = sum(p.stat().st_size for p in inputs.iterdir())
        say(f"fuzz: {files:,} files ({size / 1e6:.1f} MB) in {inputs}, seed {seed}")
        failures, logger = _RuleFailures(), logging.getLogger("stats")
        logger.addHandler(failures)
        propagate = logger.propagate
        logger.propagate = False  # counted here, not printed
        started = time.monotonic()
        try:
            batch.run([str(inputs)], out, timeout)
        finally:
            logger.removeHandler(failures)
            logger.propagate = propagate
        seconds = time.monotonic() - started
        found = check_outputs(out, inputs)
        found["crashes"] += failures.count
    say(f"fuzz: extracted in {seconds:.0f} s ({size / max(seconds, 1e-9) / 1e3:,.0f} KB/s)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stats.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents to generate (default 10000)")
    parser.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per document (default 10)")
    parser.add_argument("--keep", type=Path, help="write the inputs and outputs here and keep them")
    args = parser.parse_args(argv)
    found = run(args.docs, args.seed, args.timeout, args.keep)
    for name in ("documents", "figures", *MUST_BE_ZERO):
        print(f"{name:<18} {found[name]:>10,}")
    return 1 if any(found[name] for name in MUST_BE_ZERO) else 0


if __name__ == "__main__":
    sys.exit(main())
