"""A title of 20,000 characters without a space (issue 13: 12-20k crashed chromium's tab, 10k
made the page 73,811 px wide): the page loads, a row click quotes the figure, and nothing is
wider than the window, the title cut with its whole text in a tooltip."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser_support import ROWS, TIMEOUT, open_page, show_table, skip_without_chromium

skip_without_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

from dashboard.labels import MAX_LABEL_CHARS  # noqa: E402
from stats.export import DOCUMENT_FIELDS, DOCUMENTS_CSV, rows_to_csv  # noqa: E402

from .conftest import serve  # noqa: E402

pytestmark = pytest.mark.browser

LONG = 20_000
WINDOW = {"width": 1280, "height": 900}


def long_title(n: int = LONG) -> str:
    """n characters without a space (no repeat a browser could fold: the digits of i)."""
    text = "".join(str(i) for i in range(n))
    return ("Title" + text)[:n]


@pytest.fixture(scope="module")
def long_site(attributed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The attributed article's output, its title 20,000 characters without a space."""
    data = tmp_path_factory.mktemp("long-labels") / "output"
    shutil.copytree(attributed_dir, data)
    with (data / DOCUMENTS_CSV).open(encoding="utf-8", newline="") as handle:
        docs = list(csv.DictReader(handle))
    for doc in docs:
        doc["title"] = long_title()
    (data / DOCUMENTS_CSV).write_text(rows_to_csv(docs, DOCUMENT_FIELDS), encoding="utf-8")
    yield from serve(data)


def test_a_20000_character_title_loads_clicks_and_stays_within_the_window(page: Page, long_site: str) -> None:
    crashed: list[str] = []
    page.on("crash", lambda _page: crashed.append("crash"))
    page.set_viewport_size(WINDOW)
    open_page(page, long_site)
    show_table(page)
    page.locator(ROWS).first.locator(".ag-cell").first.click()
    expect(page.locator("#quote mark.hl")).to_be_visible(timeout=TIMEOUT)
    assert not crashed
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= WINDOW["width"], f"the page is {width} px wide in a {WINDOW['width']} px window"
    # the table's article cell and the quote's title are cut; the quote's tooltip holds it whole
    article_cell = page.locator(f"{ROWS} [col-id='article']").first
    assert len(article_cell.inner_text()) <= MAX_LABEL_CHARS
    cite = page.locator("#quote .cite-title")
    assert len(cite.inner_text()) <= MAX_LABEL_CHARS
    assert cite.get_attribute("title") == long_title()
