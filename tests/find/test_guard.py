"""A failing rule costs one figure, never the article; a value that is not finite is refused
(stats.find.guard, issue 13). Each failure is logged with the rule id and the document."""

from __future__ import annotations

import importlib
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stats import extract
from stats.find import atoms, compose

EXTRACTION = importlib.import_module("stats.extract")
ARTICLE = ("Aid of $5 million arrived on Monday.\n\n"
           "At least 40 people were killed and 12 injured, officials said.\n\n"
           "About 300 homes were destroyed.")
ALL = [("$5 million", 5e6), ("At least 40", 40.0), ("12", 12.0), ("About 300", 300.0)]


def spans(text: str = ARTICLE, doc: str = "a.txt") -> list[tuple[str, float]]:
    return [(f.span, f.value) for f in extract(text, doc=doc)]


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno == logging.WARNING and r.name == "stats.rules"]


def test_the_article_as_it_is() -> None:
    assert spans() == ALL


# --- currency prefixes with whitespace inside (the KeyError of issue 13) -------------------------

SPACES = ["  ", "\t", "\u3000", "\u00a0", " \u2009", "\u202f"]
LINE_BREAKS = ["\n", "\r\n", "\u2028", "\x85", " \r\n ", "\x0b", "\x0c"]


@pytest.mark.parametrize("prefix", ["US", "C", "A", "HK", "NZ", "S"])
@pytest.mark.parametrize("space", SPACES)
def test_currency_prefix_with_any_space_inside(prefix: str, space: str) -> None:
    unit = {"US": "USD", "C": "CAD", "A": "AUD", "HK": "HKD", "NZ": "NZD", "S": "SGD"}[prefix]
    figures = extract(f"Aid of {prefix}{space}$5 million arrived.")
    assert [(f.span, f.value, f.unit) for f in figures] == [(f"{prefix}{space}$5 million", 5e6, unit)]


@pytest.mark.parametrize("prefix", ["US", "C", "A", "HK"])
@pytest.mark.parametrize("brk", LINE_BREAKS)
def test_currency_prefix_across_a_line_break(prefix: str, brk: str) -> None:
    """A short line ends the sentence, so the amount stands alone: dollars, and no crash."""
    figures = extract(f"Aid of {prefix}{brk}$5 million arrived.")
    assert [(f.span, f.value, f.kind.value) for f in figures] == [("$5 million", 5e6, "money")]


@settings(deadline=None, derandomize=True, database=None, max_examples=300)
@given(st.sampled_from(["US", "C", "A", "HK", "NZ", "S", "AU", "CA"]),
       st.text(alphabet=st.characters(categories=["Zs", "Zl", "Zp", "Cc"]), min_size=1, max_size=4),
       st.sampled_from(["", "Aid of ", "A hard-wrapped article line that runs on past forty characters "]))
def test_currency_prefix_with_any_whitespace_never_fails(prefix: str, space: str, lead: str) -> None:
    text = f"{lead}{prefix}{space}$5 million arrived, and 40 people fled."
    figures = extract(text)
    assert [f.value for f in figures if f.kind.value == "money"] == [5e6]
    assert 40.0 in [f.value for f in figures]


# --- a rule that raises costs its figure only ---------------------------------------------------

def test_a_reader_that_raises_costs_its_number(monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    def broken(match: object, sentence: str) -> None:
        raise KeyError("US  $")

    monkeypatch.setitem(atoms._READERS, "money", broken)
    assert spans() == ALL[1:]
    [message] = warnings(caplog)
    assert "rule money.prefix failed on '$5 million' in a.txt (KeyError: 'US  $')" in message


def test_a_shaping_rule_that_raises_costs_its_number(monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    real = compose.attach_qualifier

    def broken(c: object, sentence: str) -> None:
        if sentence[c.start:c.end] == "40":  # type: ignore[attr-defined]
            raise ValueError("boom")
        real(c, sentence)  # type: ignore[arg-type]

    monkeypatch.setattr(compose, "attach_qualifier", broken)
    assert spans(doc="b.txt") == [ALL[0], *ALL[2:]]
    [message] = warnings(caplog)
    assert "rule count.digits+shape failed on '40' in b.txt (ValueError: boom)" in message


def test_a_describe_rule_that_raises_costs_its_figure(monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    real = EXTRACTION.subject_of

    def broken(sentence: str, c: object, previous: str) -> str:
        if c.value == 12:  # type: ignore[attr-defined]
            raise IndexError("no noun")
        return real(sentence, c, previous)

    monkeypatch.setattr(EXTRACTION, "subject_of", broken)
    assert spans() == [*ALL[:2], ALL[3]]
    [message] = warnings(caplog)
    assert "count.digits+describe failed on '12' in a.txt (IndexError: no noun)" in message


def test_a_sentence_wide_failure_costs_that_sentence(monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    real = EXTRACTION.find

    def broken(sentence: str, conventions: object) -> list:
        if "homes" in sentence:
            raise RuntimeError("mask table broken")
        return real(sentence, conventions)

    monkeypatch.setattr(EXTRACTION, "find", broken)
    assert spans() == ALL[:3]
    [message] = warnings(caplog)
    assert message.startswith("rule find failed on 'About 300 homes were destroyed.' in a.txt")


# --- values must be finite ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It took 1" + "0" * 307 + " centuries.",
    "The storm lasted " + "9" * 308 + " decades.",
    "Rebuilding will take 5" + "0" * 307 + " decades.",
])
def test_a_value_that_overflows_is_refused_with_a_reason(text: str, caplog: pytest.LogCaptureFixture) -> None:
    assert extract(text + " And 5 people died.", doc="huge.txt")[-1].value == 5.0
    assert [f.span for f in extract(text, doc="huge.txt")] == []
    assert any("in huge.txt refused: its value is not a finite number (inf)" in m for m in warnings(caplog))
