"""The view a new user reads and shares, in a real headless Chromium: filters in the address
bar, a shared figure's row selected, a table as tall as its rows with every column header in
sight at 1400 px, qualifiers in words, the timeline folded when few articles are dated, charts
that survive a resize, the whole-article button disabled with its reason, and the first paint
measured (printed, never asserted). Screenshots go to test-artifacts/."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .browser_support import (
    ARTIFACTS,
    ROWS,
    TIMEOUT,
    click_mark,
    grid_ids,
    open_page,
    pick,
    screenshot,
    show_table,
    skip_without_chromium,
    wait_for_rows,
    wait_until_drawn,
)

skip_without_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

from dashboard import charts  # noqa: E402
from dashboard.data import Corpus, Filters  # noqa: E402
from dashboard.filters import DEFAULT_VIEW  # noqa: E402
from dashboard.table import PAGE_SIZE, ROW_HEIGHT  # noqa: E402
from stats.model import Qualifier  # noqa: E402

from .conftest import serve  # noqa: E402

pytestmark = pytest.mark.browser

AT_LEAST_703 = "f2aa723dbda44"
NYT = "001_f2ef60532da01a30.txt"
CODES = sorted(str(q) for q in Qualifier if "_" in str(q))  # at_least, more_than ...: never shown
WIDE, NARROW = {"width": 1400, "height": 900}, {"width": 400, "height": 900}


def count_line(corpus: Corpus, filters: Filters) -> str:
    n = len(corpus.filtered(filters))
    return f"{n} figure{'s' if n != 1 else ''}"


def test_a_filtered_view_reopens_from_its_address(page: Page, site: str, corpus: Corpus) -> None:
    open_page(page, site)
    pick(page, "filter-category", "killed")
    page.locator("#filter-text").fill("Afghan")
    page.locator("#filter-text").press("Enter")
    page.get_by_text("include implied single casualties").click()
    filters = Filters.from_inputs(categories=["killed"], text="Afghan", implied=[], durations=["hide"])
    page.wait_for_function("location.search.includes('implied=no') && location.search.includes('q=Afghan')",
                           timeout=TIMEOUT)
    wait_for_rows(page, len(corpus.filtered(filters)))  # (after the address: the table may load again)
    address = page.url
    assert "category=killed" in address
    shown, summary = grid_ids(page), page.locator("#filter-summary").text_content()
    assert shown == set(corpus.filtered(filters).index)
    screenshot(page, "filtered-view.png")

    page.goto("about:blank")
    open_page(page, address)  # as someone opening the shared link
    expect(page.locator("#grid-count")).to_have_text(count_line(corpus, filters), timeout=TIMEOUT)
    wait_for_rows(page, len(shown))
    assert grid_ids(page) == shown
    expect(page.locator("#filter-category")).to_contain_text("killed")
    expect(page.locator("#filter-text")).to_have_value("Afghan")
    expect(page.locator("#filter-implied input")).not_to_be_checked()
    expect(page.locator("#filter-summary")).to_have_text(summary or "")
    assert page.url == address


def test_a_shared_figure_link_selects_and_scrolls_to_its_row(page: Page, site: str, corpus: Corpus) -> None:
    default = list(corpus.filtered(DEFAULT_VIEW).index)
    figure = default[PAGE_SIZE + 3]  # on the table's second page
    page.set_viewport_size(WIDE)
    open_page(page, f"{site}?figure={figure}")
    row = page.locator(f'{ROWS}[row-id="{figure}"]')
    expect(row).to_have_class(re.compile(r"\bag-row-selected\b"), timeout=TIMEOUT)
    expect(page.locator("#figures-grid .ag-paging-description")).to_contain_text("Page 2")
    page.wait_for_function(f"""() => {{
        const r = document.querySelector('{ROWS}[row-id="{figure}"]').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
    }}""", timeout=TIMEOUT)  # scrolled into the window
    expect(page.locator("#quote mark.hl")).to_have_text(str(corpus.figures.loc[figure, "span"]))
    screenshot(page, "quote-panel.png", full_page=False)  # the quote beside its selected row


def test_a_filter_that_leaves_three_rows_shows_a_three_row_table(page: Page, site: str,
                                                                   corpus: Corpus) -> None:
    money = Filters.from_inputs(categories=["money"], durations=["hide"])
    assert len(corpus.filtered(money)) == 3
    open_page(page, site)
    pick(page, "filter-category", "money")
    wait_for_rows(page, 3)
    page.wait_for_function(f"""() => {{
        const body = document.querySelector('#figures-grid .ag-body-viewport');
        const rows = {3 * ROW_HEIGHT};
        return body && body.clientHeight >= rows && body.clientHeight < rows + {ROW_HEIGHT // 2};
    }}""", timeout=TIMEOUT)  # the grid shrank to three rows: no empty rows below them
    scroll = page.eval_on_selector("#figures-grid .ag-body-viewport", "b => [b.scrollHeight, b.clientHeight]")
    assert scroll[0] <= scroll[1]  # and nothing hidden below


def header_report(page: Page) -> dict[str, Any]:
    """Where each column header sits against the grid, and whether the table scrolls sideways."""
    return page.evaluate("""() => {
        const grid = document.querySelector('#figures-grid .ag-root-wrapper').getBoundingClientRect();
        const body = document.querySelector('#figures-grid .ag-center-cols-viewport');
        const heads = [...document.querySelectorAll('#figures-grid .ag-header-row-column .ag-header-cell')];
        return {sideways: body.scrollWidth > body.clientWidth + 1, heads: heads.map(h => {
            const text = h.querySelector('.ag-header-cell-text'), r = text.getBoundingClientRect();
            return {name: text.textContent, inside: r.left >= grid.left && r.right <= grid.right,
                    whole: text.scrollWidth <= text.clientWidth};
        })};
    }""")


def test_every_column_header_shows_at_1400_px_and_only_a_narrow_window_scrolls(page: Page, site: str) -> None:
    page.set_viewport_size(WIDE)
    open_page(page, site)
    show_table(page)
    wide = header_report(page)
    assert len(wide["heads"]) == 11
    assert [h for h in wide["heads"] if not (h["inside"] and h["whole"])] == []
    assert not wide["sideways"]
    screenshot(page, "first-load.png")

    page.set_viewport_size(NARROW)
    show_table(page)
    page.wait_for_function("""() => {
        const body = document.querySelector('#figures-grid .ag-center-cols-viewport');
        return body.scrollWidth > body.clientWidth;
    }""", timeout=TIMEOUT)  # a narrow window scrolls the table sideways ...
    page.wait_for_function("document.documentElement.scrollWidth <= window.innerWidth + 1",
                           timeout=TIMEOUT)  # ... not the page, once the charts have refitted
    # The whole narrow page in one picture: a window as tall as the page (a full-page capture
    # resizes the window while it shoots, and the table redraws itself blank meanwhile).
    page.set_viewport_size({"width": 400, "height": page.evaluate("document.documentElement.scrollHeight")})
    page.reload()
    wait_until_drawn(page)
    show_table(page)
    screenshot(page, "narrow-400.png", full_page=False)


def page_text(page: Page) -> str:
    """What a person can read on the page: its visible text and the charts' text."""
    return page.evaluate("document.body.innerText + ' ' + [...document.querySelectorAll('svg text')]"
                         ".map(t => t.textContent).join(' ')")


def test_no_qualifier_code_is_shown_anywhere(page: Page, site: str, corpus: Corpus) -> None:
    assert set(CODES) <= set(corpus.figures["qualifier"].astype(str)) | {"at_most", "up_to"}
    open_page(page, f"{site}?durations=show&figure={AT_LEAST_703}")
    expect(page.locator("#quote mark.hl")).to_have_text("at least 703", timeout=TIMEOUT)
    selected = re.compile(r"\bag-row-selected\b")
    expect(page.locator(f'{ROWS}[row-id="{AT_LEAST_703}"]')).to_have_class(selected, timeout=TIMEOUT)
    pages = -(-len(corpus.figures) // PAGE_SIZE)
    seen: set[str] = set()
    for number in range(1, pages + 1):
        page.locator("#figures-grid").get_by_label("First Page" if number == 1 else "Next Page").click()
        pager = page.locator("#figures-grid .ag-paging-description")
        expect(pager).to_contain_text(f"Page {number} of {pages}")
        page.wait_for_function(f"document.querySelectorAll('{ROWS}').length > 0", timeout=TIMEOUT)
        text = page_text(page)
        assert [code for code in CODES if code in text] == [], f"page {number}"
        seen |= grid_ids(page)
    assert seen == set(corpus.figures.index)  # every figure's row was read
    assert "at least" in page_text(page) or "more than" in page_text(page)


def test_a_bar_click_quotes_and_offers_its_figures_as_a_filter(page: Page, site: str, corpus: Corpus) -> None:
    open_page(page, site)
    bars = charts.category_chart(corpus.filtered(DEFAULT_VIEW))
    trace = next(i for i, t in enumerate(bars["data"]) if t["name"].startswith("Taliban Enter Kandahar"))
    point = list(bars["data"][trace]["y"]).index("territory")
    ids = list(bars["data"][trace]["customdata"][point])
    assert len(ids) > 2
    click_mark(page, "chart-category", "barlayer", trace, point)
    first = str(corpus.figures.loc[ids[0], "span"])
    expect(page.locator("#quote mark.hl")).to_have_text(first, timeout=TIMEOUT)
    offer = page.locator("#show-mark")
    expect(offer).to_have_text(f"Show these {len(ids)} figures in the table")
    offer.click()
    wait_for_rows(page, len(ids))
    assert grid_ids(page) == set(ids)
    chip = page.locator(".filter-chip", has_text=f"{len(ids)} picked figures")
    expect(chip).to_have_count(1)
    assert "ids=" in page.url
    chip.locator(".chip-remove").click()  # the × takes the filter off again
    expect(page.locator("#grid-count")).to_have_text(count_line(corpus, DEFAULT_VIEW), timeout=TIMEOUT)
    page.locator(".filter-chip", has_text="durations and distances hidden").locator(".chip-remove").click()
    expect(page.locator("#grid-count")).to_have_text(f"{len(corpus.figures)} figures", timeout=TIMEOUT)
    expect(page.locator("#filter-durations input")).not_to_be_checked()
    assert page.locator(".filter-chip").count() == 0


def test_the_timeline_folds_when_few_articles_are_dated(page: Page, site: str, corpus: Corpus) -> None:
    open_page(page, site)
    note = page.locator("#timeline-note")
    expect(note).to_contain_text("Only 1 of 5 articles has a publication date", timeout=TIMEOUT)
    expect(page.locator("#timeline-box")).to_be_hidden()
    note.get_by_text("show anyway").click()
    expect(page.locator("#timeline-box")).to_be_visible(timeout=TIMEOUT)
    dated = corpus.figures[(corpus.figures["published"] != "") & (corpus.figures["kind"] == "count")
                           & corpus.figures["category"].isin(["killed"])]
    expect(page.locator("#chart-timeline .scatterlayer .point")).to_have_count(len(dated))
    pick(page, "filter-article", "Taliban muster for mass attack on Kandahar city")  # one dated article
    expect(note).to_be_hidden(timeout=TIMEOUT)
    expect(page.locator("#timeline-box")).to_be_visible()


def test_the_empty_casualty_chart_says_so_within_its_bounds(page: Page, site: str) -> None:
    for size in (WIDE, {"width": 1000, "height": 900}, NARROW):
        page.set_viewport_size(size)
        open_page(page, f"{site}?category=money")
        message = page.locator("#chart-casualty .annotation-text")
        expect(message).to_contain_text("No casualty figures match the filters.", timeout=TIMEOUT)
        inside = page.evaluate("""() => {
            const svg = document.querySelector('#chart-casualty .main-svg').getBoundingClientRect();
            const text = document.querySelector('#chart-casualty .annotation-text').getBoundingClientRect();
            return text.left >= svg.left && text.right <= svg.right && text.width > 0;
        }""")
        assert inside, size


CHART_BOXES = """() => [...document.querySelectorAll('.chart-card')].map(card => {
    const c = card.getBoundingClientRect(), svg = card.querySelector('.main-svg');
    const s = svg && svg.getBoundingClientRect().width ? svg.getBoundingClientRect() : c;
    return [c.left, c.top, c.right, c.bottom, s.right <= c.right + 1 && s.left >= c.left - 1];
})"""


def overlaps(boxes: list[list[Any]]) -> list[tuple[int, int]]:
    """Pairs of chart cards whose boxes overlap."""
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes) if i < j
            and min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1]


def test_charts_do_not_overlap_after_resizing_to_narrow_and_back(page: Page, site: str) -> None:
    page.set_viewport_size(WIDE)
    open_page(page, site)
    for size in (NARROW, WIDE):
        page.set_viewport_size(size)
        page.wait_for_function(f"({CHART_BOXES})().every(b => b[4])", timeout=TIMEOUT)  # charts refitted
        boxes = page.evaluate(CHART_BOXES)
        assert overlaps(boxes) == [], (size, boxes)
        assert all(b[2] <= size["width"] + 1 for b in boxes), size


@pytest.fixture(scope="module")
def changed_site(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeds' output with the New York Times article's text changed since extraction."""
    data = tmp_path_factory.mktemp("changed") / "output"
    shutil.copytree(seeds_dir, data)
    lines = (data / "texts.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    for record in records:
        if record["doc"] == NYT:
            record["text"] = "Updated: " + record["text"]
    (data / "texts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    yield from serve(data)


def test_read_the_whole_article_is_disabled_with_the_reason(page: Page, changed_site: str) -> None:
    open_page(page, f"{changed_site}?figure={AT_LEAST_703}")
    button = page.locator("#open-article")
    expect(button).to_be_disabled(timeout=TIMEOUT)
    expect(page.locator("#article-reason")).to_contain_text("has changed since figures.csv was written")
    expect(page.locator("#quote mark.hl")).to_have_text("at least 703")  # the quote itself still shows


def test_first_paint_is_measured(page: Page, site: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A benchmark number for the README, printed and saved, never asserted: the machine is
    shared. What is asserted is that the scripts came compressed."""
    page.set_viewport_size(WIDE)
    page.goto(site)
    wait_until_drawn(page)
    numbers = page.evaluate("""() => {
        const paint = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');
        const scripts = performance.getEntriesByType('resource').filter(r => r.name.includes('.js'));
        return {fcp: paint ? paint.startTime : null, drawn: performance.now(),
                names: scripts.map(r => r.name.split('?')[0].split('/').pop()),
                sent: scripts.reduce((n, r) => n + r.encodedBodySize, 0),
                scripts: scripts.reduce((n, r) => n + r.decodedBodySize, 0)};
    }""")
    assert numbers["sent"] < numbers["scripts"] * 0.5  # compressed on the wire
    assert "plotly-basic.min.js" in numbers["names"]  # the basic bundle, not Dash's full plotly.js
    assert not any(name.startswith("plotly.min") for name in numbers["names"]), numbers["names"]
    line = (f"dashboard first paint: first contentful paint {numbers['fcp'] or 0:.0f} ms, charts and table "
            f"drawn at {numbers['drawn']:.0f} ms; scripts {numbers['sent'] / 1e6:.2f} MB sent "
            f"({numbers['scripts'] / 1e6:.2f} MB uncompressed)")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "first-paint.txt").write_text(line + "\n", encoding="utf-8")
    with capsys.disabled():
        print("\n" + line)
