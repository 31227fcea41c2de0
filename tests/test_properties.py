"""Property, fuzz and robustness tests of `stats.extract` over generated and odd text.

For any text, extract() never raises, and every figure slices back to its span, lies inside
its sentence (whose collapsed text is the `sentence` field), has finite values with
value_high >= value, and two runs give identical figures and ids. Generated text is random
Unicode, number-ish characters, news-like sentences built from number words, qualifiers,
units, currencies and nouns, and whole articles with page structure.

Hypothesis runs derandomized with no deadline (the `figures-ci` profile) so CI is
reproducible; STATS_FUZZ_SCALE=10 runs ten times the examples for a deeper local search.
Inputs that once failed are kept in tests/data/regressions/ and replayed.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stats import extract
from stats.model import Category, Figure, Kind, Qualifier
from stats.read import sources
from stats.text.sentences import MAX_SENTENCE, collapse
from tests.linear_cases import repeat

REGRESSIONS = Path(__file__).parent / "data" / "regressions"
SCALE = float(os.environ.get("STATS_FUZZ_SCALE", "1"))
settings.register_profile(
    "figures-ci", deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
CI = settings.get_profile("figures-ci")


def examples(count: int) -> settings:
    """The CI profile with `count` examples (times STATS_FUZZ_SCALE)."""
    return settings(CI, max_examples=max(1, int(count * SCALE)))


def check(text: str, doc: str = "doc.txt") -> list[Figure]:
    """Extract twice and assert every invariant of the output; returns the figures."""
    figures = extract(text, doc=doc)
    collapsed: dict[tuple[int, int], str] = {}  # once per sentence: the check must stay linear too
    for f in figures:
        where = f"{f.span!r} ({f.rule}) in {text[:200]!r}"
        assert text[f.start:f.end] == f.span, where
        assert f.span, where
        assert 0 <= f.sentence_start <= f.start < f.end <= f.sentence_end <= len(text), where
        bounds = (f.sentence_start, f.sentence_end)
        if bounds not in collapsed:
            collapsed[bounds] = collapse(text[f.sentence_start:f.sentence_end])
        assert collapsed[bounds] == f.sentence, where
        assert isinstance(f.value, float | int), where
        assert math.isfinite(f.value), where
        if f.value_high is not None:
            assert math.isfinite(f.value_high), where
            assert f.value_high >= f.value, where
        if f.whole is not None:
            assert math.isfinite(f.whole), where
        assert isinstance(f.kind, Kind), where
        assert isinstance(f.qualifier, Qualifier), where
        assert isinstance(f.category, Category), where
        assert f.doc == doc, where
    assert [f.start for f in figures] == sorted(f.start for f in figures), "figures out of text order"
    assert len({f.figure_id for f in figures}) == len(figures), "two figures share an id"
    again = extract(text, doc=doc)
    assert [f.to_record() for f in again] == [f.to_record() for f in figures], "two runs differ"
    return figures


@pytest.fixture(scope="module", autouse=True)
def _warm_up() -> None:
    """The first extract() call loads quantulum3's unit tables (seconds): once, up front."""
    from stats.find import quantities

    quantities.warm_up()
    extract("It cost £3m to move 5 km in 30–60 minutes.")


# --- generated text ----------------------------------------------------------------------------

@examples(2000)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    check(text)


NUMBERISH = st.text(alphabet=st.one_of(
    st.characters(categories=["Nd", "No", "Zs", "Pd", "Sm", "Sc", "Po", "Ps", "Pe", "Cc"]),
    st.sampled_from(list("0123456789,.-–—−%$£€ kmbnKMB\n\t\r\u00a0\u202f\u2009\u066b\u066c"))), max_size=200)


@examples(1500)
@given(NUMBERISH)
def test_number_like_characters(text: str) -> None:
    check(text)


NUMBERS = st.one_of(
    st.integers(-10**30, 10**30).map(str),
    st.integers(0, 10**12).map(lambda n: f"{n:,}"),
    st.integers(0, 10**9).map(lambda n: f"{n:,}".replace(",", st_sep(n))),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e30, max_value=1e30).map(lambda x: f"{x:g}"),
    st.sampled_from(["seven", "twenty-five", "two hundred and fifty", "a dozen", "dozens", "hundreds",
                     "thousands", "1,00,000", "3\u202f000", "３０", "٣٠", "10^400", "1.5bn", "2.5m", "1e400",
                     "½", "two-thirds", "a quarter", "nine", "999999999999999999999999", "0", "00", "1.",
                     ".5", "4.1", "10 000", "1\u00a0000\u00a0000", "one million", "half"]))


def st_sep(n: int) -> str:
    """A thousands separator that depends on the number (keeps the strategy simple)."""
    return ["\u00a0", "\u202f", "\u2009", " ", ","][n % 5]


QUALIFIERS = st.sampled_from(["", "", "at least ", "more than ", "about ", "nearly ", "up to ", "fewer than ",
                              "almost ", "around ", "over ", "between ", "some ", "roughly ", "as many as "])
UNITS = st.sampled_from(["", "", " million", " billion", "bn", "m", "%", " per cent", " percent", " km",
                         " miles", " hours", " days", " years", " tonnes", " kg", " mph", "th", " times"])
CURRENCIES = st.sampled_from(["", "", "", "$", "£", "€", "US$", "Rs ", "¥", "−", "-", "=", "+", "@"])
NOUNS = st.sampled_from(["troops", "people", "civilians", "soldiers", "homes", "refugees", "dollars",
                         "attacks", "prisoners", "villages", "Taliban fighters", "of them", "children"])
VERBS = st.sampled_from(["were killed", "were injured", "fled", "were sent", "surrendered", "were displaced",
                         "was spent", "were captured", "", "died, officials said"])
JOINS = st.sampled_from(["", "", "", "–", "-", " to ", " and ", "—", "−", " or "])
ENDS = st.sampled_from([". ", ".", "!", "? ", "\n", "\n\n", "; ", ", ", " ", "... ", ".\r\n", "\u2028"])


@st.composite
def news_sentence(draw: Callable) -> str:
    """A sentence the way news states figures: qualifier, currency, number, range, unit, noun, verb."""
    join = draw(JOINS)
    second = draw(NUMBERS) if join else ""
    return (f"{draw(QUALIFIERS)}{draw(CURRENCIES)}{draw(NUMBERS)}{join}{second}{draw(UNITS)} "
            f"{draw(NOUNS)} {draw(VERBS)}{draw(ENDS)}")


@examples(1200)
@given(st.lists(news_sentence(), max_size=6).map("".join))
def test_news_like_sentences(text: str) -> None:
    check(text)


LINE_STARTS = st.sampled_from(["", "", "", "- ", "* ", "• ", "1. ", "Also read: ", "KABUL (Reuters) - ",
                               "Friday 23/July/2021 - 06:25 PM\n", "BREAKING NEWS ALERT FOR TODAY\n", "  "])


@st.composite
def article(draw: Callable) -> str:
    """Several paragraphs with bullets, datelines, banners, hard wraps and repeated lines."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        body = "".join(draw(st.lists(news_sentence(), min_size=1, max_size=3)))
        if draw(st.booleans()) and len(body) > 50:  # hard-wrap it
            cut = draw(st.integers(20, len(body) - 1))
            body = body[:cut] + draw(st.sampled_from(["\n", "\r\n", "\n  "])) + body[cut:]
        paragraphs.append(draw(LINE_STARTS) + body)
    if draw(st.booleans()):
        paragraphs.append(draw(st.sampled_from(paragraphs)))  # a repeated line (furniture)
    return draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n"])).join(paragraphs)


@examples(300)
@given(article())
def test_news_like_articles(text: str) -> None:
    check(text)


@examples(300)
@given(article(), st.text(min_size=1, max_size=40))
def test_doc_name_only_changes_ids(text: str, doc: str) -> None:
    """The document name is only a label: figures are the same, ids follow the name."""
    plain = [f.to_record() for f in extract(text, doc="a.txt")]
    named = [f.to_record() for f in check(text, doc=doc)]
    def unlabelled(records: list[dict[str, object]]) -> list[dict[str, object]]:
        ids = {"doc": "", "figure_id": ""}  # and the ids a part or restatement points at
        return [{**r, **ids, "part_of": bool(r["part_of"]), "restates": bool(r["restates"])} for r in records]

    assert unlabelled(plain) == unlabelled(named)


# --- issue 13's classes, generated -------------------------------------------------------------

JOINERS = st.sampled_from([" and ", ", ", " while ", " — ", "; ", " as ", " "])


@examples(150)
@given(st.lists(news_sentence().map(lambda s: s.rstrip(" .!?\n\r\u2028;,")), min_size=1, max_size=12),
       JOINERS, st.integers(1, 12))
def test_sentences_without_end(parts: list[str], joiner: str, times: int) -> None:
    """Clauses joined with no sentence end, up to several thousand characters: every
    invariant holds and no sentence is longer than the cap."""
    text = joiner.join(parts * times)
    for figure in check(text):
        assert figure.sentence_end - figure.sentence_start <= MAX_SENTENCE


WHITESPACE = st.text(alphabet=st.characters(categories=["Zs", "Zl", "Zp", "Cc"]), min_size=1, max_size=3)


LEADS = st.sampled_from(["", "Aid of ", "A hard-wrapped line that runs on and on for a while "])


@examples(300)
@given(st.sampled_from(["US", "C", "A", "HK", "NZ", "S", "AU", "CA", "$", "Rs", "KSh"]), WHITESPACE,
       NUMBERS, UNITS, NOUNS, LEADS)
def test_currency_prefixes_with_any_whitespace(prefix: str, space: str, number: str, unit: str, noun: str,
                                               lead: str) -> None:
    check(f"{lead}{prefix}{space}${number}{unit} {noun} arrived.")


@examples(300)
@given(st.sampled_from(["1" + "0" * 300, "9" * 310, "1e308", "1.5e309", "10^400", "1.99×10^305",
                        "5" + "0" * 307]),
       st.sampled_from([" centuries", " decades", " years", " millennia", " km", " tonnes", "%", " million",
                        " billion dollars", "bn", " per cent", " mph", " times", " people"]),
       QUALIFIERS, st.booleans())
def test_huge_numbers_with_units(number: str, unit: str, qualifier: str, ranged: bool) -> None:
    """Values stay finite (a unit's factor that overflows refuses the figure) and nothing raises."""
    text = f"It took {qualifier}{number}{f' to {number}' if ranged else ''}{unit}, and 7 people died."
    assert 7.0 in [f.value for f in check(text)]


@examples(200)
@given(st.sampled_from([".jsonl", ".csv"]),
       st.sampled_from(["", "id,text\n", "text\n", "id,text,title\r\n"]),
       st.text(alphabet=" \t\r\n,\"", max_size=40))
def test_exports_without_records_are_never_lost(tmp_path_factory: pytest.TempPathFactory, suffix: str,
                                                header: str, body: str) -> None:
    """Any export of blanks (and a header or not) gives at least one document, each with a
    status and, unless ok, a reason."""
    path = tmp_path_factory.mktemp("export") / f"x{suffix}"
    path.write_text((header if suffix == ".csv" else "") + body, encoding="utf-8")
    documents = list(sources.read_path(path))
    assert documents
    for document in documents:
        assert document.status in {"ok", "empty", "error"}
        assert document.status == "ok" or document.error


# --- odd numbers: the values the extractor should produce ----------------------------------------

# (text, span, value, value_high, kind, unit). A case the rules get wrong is marked
# pytest.param(..., marks=pytest.mark.xfail(strict=True, reason="rules: ...")), so a fix shows.
ODD_NUMBERS = [
    ("3\u202f000 troops were sent.", "3\u202f000", 3000, None, "count", None),
    ("3\u00a0000 troops were sent.", "3\u00a0000", 3000, None, "count", None),
    ("3\u2009000 troops were sent.", "3\u2009000", 3000, None, "count", None),
    ("3 000 troops were sent.", "3 000", 3000, None, "count", None),
    ("1\u202f500\u202f000 people fled.", "1\u202f500\u202f000", 1_500_000, None, "count", None),
    ("３０ soldiers were killed.", "３０", 30, None, "count", None),
    ("The army sent １２０ soldiers.", "１２０", 120, None, "count", None),
    ("٣٠ soldiers were killed.", "٣٠", 30, None, "count", None),
    ("Officials said ٣٬٠٠٠ soldiers were killed.", "٣٬٠٠٠", 3000, None, "count", None),
    ("۳۰ soldiers were killed.", "۳۰", 30, None, "count", None),
    ("३० soldiers were killed.", "३०", 30, None, "count", None),
    ("1,00,000 people fled.", "1,00,000", 100_000, None, "count", None),
    ("10,00,000 people fled.", "10,00,000", 1_000_000, None, "count", None),
    ("The deal was worth £2.5m.", "£2.5m", 2_500_000, None, "money", "GBP"),
    ("The fund holds €4.1 billion.", "€4.1 billion", 4.1e9, None, "money", "EUR"),
    ("€4.1bn was pledged.", "€4.1bn", 4.1e9, None, "money", "EUR"),
    ("The firm paid US$606 million.", "US$606 million", 606e6, None, "money", "USD"),
    ("US$ 606 million was paid.", "US$ 606 million", 606e6, None, "money", "USD"),
    ("It cost $1.5bn.", "$1.5bn", 1.5e9, None, "money", "USD"),
    ("The project cost 1.5bn.", "1.5bn", 1.5e9, None, "count", None),
    ("30–60 people were killed.", "30–60", 30, 60, "count", None),
    ("30—60 people were killed.", "30—60", 30, 60, "count", None),
    ("30 – 60 people were killed.", "30 – 60", 30, 60, "count", None),
    ("Temperatures fell to −5 degrees.", "−5 degrees", -5, None, "measure", "celsius"),
    ("Prices rose by −5%.", "−5%", -5, None, "percent", "percent"),
    ("999999999999999999999999 troops were sent.", "999999999999999999999999", 1e24, None, "count", None),
    pytest.param("30−60 people were killed.", "30−60", 30, 60, "count", None, id="minus-sign-range"),
    pytest.param("The 1.5 bn deal was signed.", "1.5 bn", 1.5e9, None, "count", None, id="spaced-bn"),
    pytest.param("£2.5 m was paid.", "£2.5 m", 2.5e6, None, "money", "GBP", id="spaced-m-money"),
]


@pytest.mark.parametrize(("text", "span", "value", "value_high", "kind", "unit"), ODD_NUMBERS)
def test_odd_numbers_give_the_right_values(text: str, span: str, value: float, value_high: float | None,
                                           kind: str, unit: str | None) -> None:
    figures = check(text)
    assert [(f.span, f.value, f.value_high, f.kind.value, f.unit) for f in figures] == [
        (span, value, value_high, kind, unit)]


@pytest.mark.parametrize("text", [
    "10^400 troops were sent.", "1e400 people fled.", "A 1" + "0" * 400 + " strong army.",
    "It cost $" + "9" * 400 + " billion.", "Some " + "9" * 5000 + " troops.", "0.000000000000000000001%",
    "1" + ",000" * 200 + " people", "nine hundred " * 50 + "troops", "½½½½ of ¾ the ⅞ troops",
])
def test_absurd_numbers_stay_finite(text: str) -> None:
    check(text)


def test_arabic_indic_digits_in_an_english_article() -> None:
    text = ("KABUL (Reuters) - Officials said ٣٠ soldiers were killed and about ١٬٢٠٠ people fled.\n\n"
            "A further 40 homes were burned.")
    assert [(f.span, f.value) for f in check(text)] == [("٣٠", 30), ("about ١٬٢٠٠", 1200), ("40", 40)]


# --- long text: no hang, right offsets (linear work is counted in tests/test_linear.py) ---------

def test_100kb_sentence_without_a_full_stop() -> None:
    """A 100 KB sentence with a number every 5 KB: every figure found, offsets right."""
    filler = repeat("and the officials of the town were waiting for news from the capital ", 5_000)
    text = "".join(f"{filler}about {n + 2} troops " for n in range(20))
    assert len(text) > 100_000
    figures = check(text)
    assert [f.value for f in figures] == [float(n + 2) for n in range(20)]


# --- regressions ---------------------------------------------------------------------------------

# Files that still fail, and why: strict, so a fix shows up as XPASS and the entry goes.
# The four slow-*.txt inputs took quadratic time until 9eaeff6: slow-spaced-digits and
# slow-sentence-of-numbers because work per figure scanned the whole sentence (8 KB of "1 "
# took 7 s), slow-one-line-article and slow-abbreviations because each full stop re-read the
# line's head (a 200 KB one-line article took 46 s to split into sentences). Their kinds of
# text are among the cases whose work tests/test_linear.py counts.
KNOWN_FAILURES: dict[str, str] = {}


def _regression_cases() -> list[object]:
    cases = []
    for path in sorted(REGRESSIONS.glob("*.txt")):
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[path.name])] \
            if path.name in KNOWN_FAILURES else []
        cases.append(pytest.param(path, marks=marks, id=path.name))
    return cases


@pytest.mark.parametrize("path", _regression_cases())
def test_regression_input(path: Path) -> None:
    """Each saved input: every invariant holds."""
    text = path.read_bytes().decode("utf-8")
    check(text, doc=path.name)


def test_every_known_failure_has_its_file() -> None:
    assert sorted(KNOWN_FAILURES) == sorted(n for n in KNOWN_FAILURES if (REGRESSIONS / n).is_file())
