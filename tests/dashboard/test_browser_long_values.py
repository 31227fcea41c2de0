"""A publisher and a source of 20,000 characters without a space (issue 13: the whole text was
the dropdown option's value, and chromium's tab crashed): the page loads, the publisher is
chosen in its dropdown, a row click quotes the figure, nothing is wider than the window, and
the address that names the publisher stays short and reopens the same view. The same for an
article whose id (a JSON Lines export's `id`) is 20,000 characters long."""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser_support import ROWS, TIMEOUT, open_page, show_table, skip_without_chromium, wait_until_drawn

skip_without_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

from dashboard.urlstate import MAX_VALUE_CHARS  # noqa: E402
from stats.export import (  # noqa: E402
    DOCUMENT_FIELDS,
    DOCUMENTS_CSV,
    FIGURE_FIELDS,
    FIGURES_CSV,
    TEXTS_JSONL,
    rows_to_csv,
)

from .conftest import long_values_copy, read_rows, serve  # noqa: E402
from .test_browser_long_labels import WINDOW, long_title  # noqa: E402

pytestmark = pytest.mark.browser

PUBLISHER = "Publisher" + long_title()[9:]
SOURCE = "Source" + long_title()[6:]
DOC = "Doc" + long_title()[3:]


@pytest.fixture(scope="module")
def long_value_site(attributed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The attributed article's output, its publisher and one figure's source 20,000 characters
    without a space."""
    data = long_values_copy(attributed_dir, tmp_path_factory.mktemp("long-values") / "output", PUBLISHER,
                            SOURCE)
    yield from serve(data)


def fits(page: Page) -> None:
    """Nothing on the page is wider than the window."""
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= WINDOW["width"], f"the page is {width} px wide in a {WINDOW['width']} px window"


def pick(page: Page, site: str, dropdown: str, text: str) -> list[str]:
    """Open the site in the test window, watching for a crashed tab, and choose `text` in a
    filter dropdown; the list the crashes are noted in."""
    crashed: list[str] = []
    page.on("crash", lambda _page: crashed.append("crash"))
    page.set_viewport_size(WINDOW)
    open_page(page, site)
    page.locator(dropdown).click()
    option = page.get_by_role("option").filter(has_text=text[:40])
    expect(option).to_have_count(1, timeout=TIMEOUT)
    option.click()
    page.keyboard.press("Escape")
    return crashed


def short_address_and_a_quote(page: Page, address: str, crashed: list[str]) -> None:
    """The address names the choice briefly, readable at its start; a row click quotes its
    figure; no crash, and the page fits the window."""
    expect(page).to_have_url(re.compile(address), timeout=TIMEOUT)
    assert len(page.url) < 400, page.url[:500]
    show_table(page)
    page.locator(ROWS).first.locator(".ag-cell").first.click()
    expect(page.locator("#quote mark.hl")).to_be_visible(timeout=TIMEOUT)
    assert not crashed
    fits(page)


def test_a_20000_character_publisher_and_source_load_filter_and_click(page: Page,
                                                                      long_value_site: str) -> None:
    crashed = pick(page, long_value_site, "#filter-publisher", PUBLISHER)
    chip = page.locator("#filter-summary .filter-chip", has_text=PUBLISHER[:30])
    expect(chip).to_be_visible(timeout=TIMEOUT)
    assert not crashed
    fits(page)
    # the address names the publisher briefly; a row click quotes its figure, the long source
    # among them
    short_address_and_a_quote(page, r"[?&]publisher=Publisher", crashed)
    for cell in page.locator(f"{ROWS} [col-id='said_by'], {ROWS} [col-id='publisher']").all():
        assert len(cell.inner_text()) <= MAX_VALUE_CHARS
    # the address reopens the same view: the publisher chosen, the figure quoted
    shared = page.url
    page.goto(shared)
    wait_until_drawn(page)
    chip = page.locator("#filter-summary .filter-chip", has_text=PUBLISHER[:30])
    expect(chip).to_be_visible(timeout=TIMEOUT)
    expect(page.locator("#quote mark.hl")).to_be_visible(timeout=TIMEOUT)
    assert not crashed
    fits(page)


@pytest.fixture(scope="module")
def long_doc_site(attributed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The attributed article's output under a 20,000-character id, without a title (so the page
    names it by its id)."""
    data = tmp_path_factory.mktemp("long-doc") / "output"
    shutil.copytree(attributed_dir, data)
    with (data / DOCUMENTS_CSV).open(encoding="utf-8", newline="") as handle:
        docs = [{**doc, "doc": DOC, "title": ""} for doc in csv.DictReader(handle)]
    (data / DOCUMENTS_CSV).write_text(rows_to_csv(docs, DOCUMENT_FIELDS), encoding="utf-8")
    rows = [{**row, "doc": DOC} for row in read_rows(data)]
    (data / FIGURES_CSV).write_text(rows_to_csv(rows, FIGURE_FIELDS), encoding="utf-8")
    texts = [{**json.loads(line), "doc": DOC}
             for line in (data / TEXTS_JSONL).read_text(encoding="utf-8").splitlines() if line.strip()]
    (data / TEXTS_JSONL).write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
    yield from serve(data)


def test_a_20000_character_article_id_loads_filters_and_clicks(page: Page, long_doc_site: str) -> None:
    crashed = pick(page, long_doc_site, "#filter-article", DOC)
    short_address_and_a_quote(page, r"[?&]article=Doc", crashed)
