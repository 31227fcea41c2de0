"""The Tallies and Claims tabs in a real browser (Debian's chromium, headless), over the team's
multi-outlet articles: open the Claims tab, keep the conflicts, click a source's dot and see
its quote; switch the reading and see tallies and the quote panel follow; click a bar and a
table cell down to a tally's figures; "See its claim" from a quote; download the tallies."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from .browser_support import TIMEOUT, click_mark, grid_ids, screenshot, skip_without_chromium, wait_for_rows

skip_without_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

from dashboard.reconciled import ids_of, load_reconciled  # noqa: E402
from dashboard.urlstate import filters_from_query, page_state, parse_location  # noqa: E402
from stats.export import TALLY_FIELDS  # noqa: E402

pytestmark = pytest.mark.browser


def _figure_in_url(page: Page) -> str:
    """The figure the address names, once it names one."""
    page.wait_for_function("() => window.location.search.includes('figure=')", timeout=TIMEOUT)
    figure = parse_location(page.evaluate("window.location.search"))[0]
    assert figure
    return figure


def test_claims_tab_conflicts_and_a_source_dot_quote(page: Page, claims_site: str, claims_dir: Path) -> None:
    reconciled = load_reconciled(claims_dir)
    page.goto(claims_site + "?tab=claims")
    page.wait_for_selector("#chart-claims .scatterlayer .point", timeout=TIMEOUT)
    expect(page.locator("#section-figures")).to_be_hidden()
    page.locator("#claim-conflicts").get_by_text("conflicts only").click()
    conflicts = reconciled.claims_for(conflicts_only=True)
    expect(page.locator("#claim-totals")).to_contain_text(f"{len(conflicts)} claims", timeout=TIMEOUT)
    cells = "[...document.querySelectorAll('#claim-grid .ag-row[row-id] [col-id=status]')]"
    page.wait_for_function(  # the table, redrawn after the totals, lists the conflicts only
        f"() => {{ const s = {cells}; return s.length > 0 && s.every(c => c.textContent === 'conflict'); }}",
        timeout=TIMEOUT)

    click_mark(page, "chart-claims", "scatterlayer", 0, 0)
    figure = _figure_in_url(page)
    claim = next(c for c in conflicts.to_dict("records") if figure in ids_of(c["figures"]))
    expect(page.locator("#quote .claim-line")).to_contain_text(f"Reported by {claim['n_sources']} sources",
                                                               timeout=TIMEOUT)
    expect(page.locator("#quote .claim-line")).to_contain_text("differ")
    expect(page.locator("#quote mark.hl")).to_be_visible()
    screenshot(page, "claims-tab.png")

    row = page.locator("#claim-grid .ag-row[row-id]").nth(1)
    clicked = reconciled.claim(row.get_attribute("row-id"))
    assert clicked is not None
    row.locator("[col-id=subject]").click()
    first = ids_of(clicked["figures"])[0]
    page.wait_for_function(f"() => window.location.search.includes('figure={first}')", timeout=TIMEOUT)

    # "Show these N figures in the table" goes to the Figures tab, filtered to the claim's figures.
    page.locator("#show-mark").click()
    expect(page.locator("#section-figures")).to_be_visible(timeout=TIMEOUT)
    wait_for_rows(page, len(ids_of(clicked["figures"])))
    assert grid_ids(page) == set(ids_of(clicked["figures"]))


def test_tallies_follow_the_reading_and_open_their_figures(page: Page, claims_site: str,
                                                          claims_dir: Path) -> None:
    reconciled = load_reconciled(claims_dir)
    killed = reconciled.tallies[reconciled.tallies["category"] == "killed"]
    page.goto(claims_site + "?tab=tallies")
    page.wait_for_selector("#chart-tallies .barlayer .point", timeout=TIMEOUT)
    expect(page.locator("#tally-totals")).not_to_contain_text("at least")
    page.locator("#reading").get_by_text("conservative").click()
    expect(page.locator("#tally-totals")).to_contain_text("at least", timeout=TIMEOUT)
    page.wait_for_function("() => window.location.search.includes('reading=low')", timeout=TIMEOUT)

    top = killed.sort_values(["low", "doc"], ascending=[False, True]).iloc[0]
    click_mark(page, "chart-tallies", "barlayer", 0, len(killed.head(20)) - 1)  # the top bar is drawn last
    figure = _figure_in_url(page)
    assert figure in ids_of(top["figures"])
    expect(page.locator("#quote .tally-strip")).to_contain_text("This article: at least", timeout=TIMEOUT)

    cell = page.locator("#tally-grid .ag-row[row-id] [col-id=killed]").first
    doc = cell.locator("xpath=..").get_attribute("row-id")
    cell.click()
    tally = killed[killed["doc"] == doc].iloc[0]
    wanted = ids_of(tally["figures"])
    page.wait_for_function(f"() => {wanted!r}.some(f => window.location.search.includes(f))", timeout=TIMEOUT)
    assert page_state(page.evaluate("window.location.search")) == {"tab": "tallies", "reading": "low"}


def test_see_its_claim_and_download_tallies(page: Page, claims_site: str, claims_dir: Path,
                                            tmp_path: Path) -> None:
    reconciled = load_reconciled(claims_dir)
    claim = reconciled.claims_for(conflicts_only=True).iloc[0]
    figure = ids_of(claim["figures"])[0]
    page.goto(claims_site + f"?figure={figure}")
    expect(page.locator("#show-claim")).to_contain_text(f"{claim['n_figures']} figures", timeout=TIMEOUT)
    page.locator("#show-claim").click()
    expect(page.locator("#section-claims")).to_be_visible(timeout=TIMEOUT)
    page.wait_for_function(f"() => document.querySelectorAll('#claim-grid .ag-row[row-id]').length === 1 && "
                           f"document.querySelector('#claim-grid .ag-row[row-id=\"{claim['claim']}\"]')",
                           timeout=TIMEOUT)
    page.wait_for_function("() => window.location.search.includes('ids=')", timeout=TIMEOUT)
    search = page.evaluate("window.location.search")  # the claim's view, shareable: its filter and tab
    assert page_state(search)["tab"] == "claims"
    assert set(filters_from_query(search).figures) == set(ids_of(claim["figures"]))

    page.locator("#download-what").get_by_text("tallies").click()
    with page.expect_download(timeout=TIMEOUT) as info:
        page.locator("#download-button").click()
    path = tmp_path / "tallies.csv"
    info.value.save_as(path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    docs = set(reconciled.tallies["doc"])
    assert rows
    assert list(rows[0]) == TALLY_FIELDS
    assert {r["doc"] for r in rows} <= docs
    claim_docs = set(ids_of(claim["articles"]))
    assert {r["doc"] for r in rows} == claim_docs & docs, "the tallies of the articles the filter keeps"
