"""Telling values (`stats.reconcile.telling`) and relative periods dated by the report
(`stats.reconcile.relative_periods`): the pieces the claim matcher reads them with."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stats.model import Figure, Kind
from stats.reconcile import claim_keys
from stats.reconcile.claim_keys import keys
from stats.reconcile.relative_periods import dated_keys
from stats.reconcile.telling import linked_by_values, significant_digits, telling


def _figure(doc: str, value: float, **fields: object) -> Figure:
    return Figure(doc=doc, start=0, end=1, span=str(value), value=value, kind=Kind.PERCENT,
                  **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "digits"), [
    (37, 2), (3, 1), (200_000, 1), (248_000, 3), (1_500_000, 2), (4.3, 2), (0.25, 2), (14.2, 3),
    (0.043, 2), (3_490_000_000_000, 3), (0, 0), (-12.5, 3),
])
def test_significant_digits(value: float, digits: int) -> None:
    assert significant_digits(value) == digits


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=0, max_value=6))  # (exact in a float)
def test_trailing_zeros_add_no_digit(number: int, zeros: int) -> None:
    assert significant_digits(number * 10**zeros) == significant_digits(number)


def test_exact_precise_values_tell_and_others_do_not() -> None:
    assert telling(_figure("a", 4.3))
    assert telling(_figure("a", 37))
    assert not telling(_figure("a", 3))  # "three": many quantities of one event are three
    assert not telling(_figure("a", 200_000))  # a round number
    assert not telling(_figure("a", 24, vague=True))  # "dozens"
    assert not telling(_figure("a", 30, value_high=40))  # a range
    assert not telling(_figure("a", float("nan")))


DATES = {"paper": "2026-03-12", "paw": "2026-03-11", "radio": "2026-03-11",
         "a": "2026-03-11", "b": "2026-03-12"}


def test_reports_sharing_two_precise_values_are_linked() -> None:
    figures = [_figure("paw", 14.2), _figure("paw", 15.8), _figure("radio", 14.2), _figure("radio", 15.8),
               _figure("paper", 14.2), _figure("paper", 12)]
    kinds = ["share"] * len(figures)
    assert list(linked_by_values(figures, kinds, ["paper", "paw", "radio"], DATES)) == [(1, 2)]


def test_one_shared_value_or_another_kind_links_nothing() -> None:
    figures = [_figure("a", 14.2), _figure("a", 15.8), _figure("b", 14.2), _figure("b", 15.8)]
    assert not list(linked_by_values(figures, ["share", "share", "share", "money:USD"], ["a", "b"], DATES))


def test_undated_or_far_apart_reports_are_not_linked_by_values() -> None:
    figures = [_figure("a", 14.2), _figure("a", 15.8), _figure("b", 14.2), _figure("b", 15.8)]
    kinds = ["share"] * 4
    assert not list(linked_by_values(figures, kinds, ["a", "b"], {"a": "2026-03-11"}))
    assert not list(linked_by_values(figures, kinds, ["a", "b"], {"a": "2026-03-11", "b": "2026-03-20"}))
    near = {"a": "2026-03-11", "b": "2026-03-14"}
    assert list(linked_by_values(figures, kinds, ["a", "b"], near)) == [(0, 1)]


def test_fractions_and_ratios_are_no_fingerprints() -> None:
    third = Figure(doc="a", start=0, end=1, span="a third", value=1 / 3, kind=Kind.FRACTION)
    assert significant_digits(third.value) > 2
    assert not telling(third)


def test_a_value_in_many_reports_links_none() -> None:
    docs = [f"d{i}" for i in range(25)]
    figures = [_figure(d, v) for d in docs for v in (12.5, 99.9)]
    same_day = dict.fromkeys(docs, "2026-03-11")
    assert not list(linked_by_values(figures, ["share"] * len(figures), docs, same_day))


def _keyed(period: str) -> tuple[Figure, object]:
    f = _figure("a", 27.4, period=period, sentence=f"Inflation was 27.4 percent {period}.")
    return f, keys(f)


@pytest.mark.parametrize(("period", "published", "expected"), [
    ("last month", "2026-11-13", "october 2026"),
    ("last month", "2026-01-05", "december 2025"),
    ("in last month", "2026-03-01", "february 2026"),
    ("last year", "2026-11-13", "2025"),
])
def test_last_month_and_last_year_are_named_by_the_report_date(period: str, published: str,
                                                               expected: str) -> None:
    f, k = _keyed(period)
    assert dated_keys(f, k, published).period == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("period", "published"), [
    ("over the past month", "2026-11-13"),  # a span of days, not a calendar month
    ("last month", ""),  # no date: nothing to name it by
    ("last month", "November 2026"),  # not an ISO date
    ("last month", "20260112"),  # nor a compact one
    ("in October", "2026-11-13"),
])
def test_other_periods_stay_as_they_are(period: str, published: str) -> None:
    f, k = _keyed(period)
    assert dated_keys(f, k, published) is k  # type: ignore[arg-type]


def test_a_compared_last_month_dates_no_figure() -> None:
    sentence = "Inflation rose to 14.2 percent, higher than last month."
    f = _figure("a", 14.2, period="last month", sentence=sentence)
    k = keys(f)
    assert k.period == ""
    assert dated_keys(f, k, "2026-01-10") is k


@pytest.mark.parametrize(("period", "key"), [
    ("in the fiscal year ending June 2026", "2026"),
    ("in financial year 2025-26", "2026"),  # the same year, named by its two ends
    ("for the Financial Year 2026/27", "2027"),  # the next one
    ("for the financial year 1999-00", "2000"),
    ("the current financial year", ""),  # no year named: it may be any report's
    ("in the first quarter of 2026", "2026"),  # (not a financial year: its years as before)
])
def test_a_financial_year_is_keyed_by_the_year_it_ends_in(period: str, key: str) -> None:
    assert claim_keys._period(period) == key
