"""Long and repetitive texts on which work must grow linearly with the length.

Shared by `tests/test_linear.py` (which counts the work at three lengths, see
`tests/work_meter.py`) and `tests/bench_linear.py` (which times it and prints ratios; a
benchmark, never a test, because time depends on how busy the machine is).
"""

from __future__ import annotations

from collections.abc import Callable

Unit = str | Callable[[int], str]


def repeat(unit: Unit, size: int) -> str:
    """`size` characters of a unit repeated, or of unit(0), unit(1), ... when it is a function
    (lines that differ, since a line repeated verbatim is skipped as page furniture)."""
    if isinstance(unit, str):
        return (unit * (size // len(unit) + 1))[:size]
    parts, length, number = [], 0, 0
    while length < size:
        parts.append(unit(number))
        length += len(parts[-1])
        number += 1
    return "".join(parts)[:size]


def nested_divs(count: int) -> str:
    """A page of `count` nested <div>s around one paragraph (quadratic to read until #13)."""
    return ("<html><body>" + "<div>" * count + "<p>At least 5 people died.</p>" + "</div>" * count
            + "</body></html>")


# (name, page of n nested or repeated elements): HTML whose reading must grow linearly.
HTML_CASES: list[tuple[str, Callable[[int], str]]] = [
    ("nested divs", nested_divs),
    ("nested articles", lambda n: "<body>" + "<article><p>5 died.</p>" * n + "</article>" * n + "</body>"),
    ("nested paragraphs", lambda n: "<body>" + "<p>5 died. " * n + "</p>" * n + "</body>"),
    ("nested asides", lambda n: "<body>" + "<aside>x" * n + "</aside>" * n + "<p>5 died.</p></body>"),
    ("line breaks in divs", lambda n: "<body>" + "<div>a<br>" * n + "</div>" * n + "</body>"),
    ("nested pre", lambda n: "<body>" + "<pre>a\nb" * n + "</pre>" * n + "</body>"),
]


# (name, repeated unit, N characters): the benchmark times N and 4N characters; the work
# count measures N/8, N/4 and N/2 (a count needs no long text to be steady).
LINEAR_CASES: list[tuple[str, Unit, int]] = [
    ("prose without a full stop", "and the officials of the town were waiting for news ", 25_000),
    ("digits", "1", 25_000), ("digits and commas", "1,", 8_000), ("digits and points", "1.", 8_000),
    ("full stops", ".", 25_000), ("!?", "!?", 25_000), ("hyphens", "-", 25_000), ("en dashes", "–", 25_000),
    ("open parentheses", "(", 25_000), ("quotes", "\"'", 25_000),
    ("mixed punctuation", "?!.,;:-–—()[]{}\"'…", 25_000),
    ("hyphenated number chain", "1-2-3-4-5-", 8_000),
    ("number words", "one two three four five six ", 25_000),
    ("scale words", "million billion ", 25_000), ("hundred and", "hundred and ", 25_000),
    ("fullwidth digits", "３", 25_000), ("a number per line", "5\n", 4_000),
    ("bullets", lambda n: f"- {n} troops were sent to the town\n", 8_000),
    ("a sentence per line", lambda n: f"Officials said {n} troops were killed.\n", 8_000),
    ("paragraphs", lambda n: f"Officials said {n} troops were killed and {n + 1} injured.\n\n", 8_000),
    ("whitespace", " \t\u00a0\u2009\n", 100_000), ("zero-width and combining", "5\u200b\u0301", 16_000),
    # Quadratic until 9eaeff6 (work per figure scanned the whole sentence; each full stop
    # re-read the line's head): many figures in one sentence, many stops on one line.
    ("numbers in one long sentence", "some 30 troops and about 1,200 people moved on the road near the town ",
     8_000),
    ("money in one sentence", "$5m ", 4_000), ("spaced digits", "1 ", 2_000),
    ("no-break-space groups", "1\u00a0000\u00a0", 4_000),
    ("abbreviations on one line", "U.S. Mr. No. 5 ", 8_000),
    ("sentences on one line", "Officials said the talks were going well. ", 25_000),
    # Issue 13: currency prefixes with space inside, huge numbers with units, place names.
    ("spaced currency prefixes", "Aid of US  $5 million and HK \t$3m arrived ", 8_000),
    ("huge numbers with units", "It took 1" + "0" * 40 + " centuries and ", 8_000),
    ("names and places", "Officials in Kandahar told Reuters that 40 people died in Herat ", 16_000),
]
