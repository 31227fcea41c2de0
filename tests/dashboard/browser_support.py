"""What the real-browser tests share: skipping without Debian's chromium, opening the page and
waiting for it, clicking plotly marks, reading the table. Every wait is for a condition on the
page (never a fixed sleep), with a generous timeout for a busy machine."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .conftest import CHROMIUM

if TYPE_CHECKING:
    from playwright.sync_api import Page

HAVE_CHROMIUM = bool(shutil.which("chromium")) and Path(CHROMIUM).exists()
NO_CHROMIUM = "Debian chromium is not installed (apt-get install chromium): browser tests skipped"
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
TIMEOUT = 30_000  # ms: a loaded two-core machine can take seconds for the first paint
# The figures table's loaded rows (a row still loading has no id); the tallies and claims tables
# are other grids on the page.
ROWS = "#figures-grid .ag-center-cols-container .ag-row[row-id]"


def skip_without_chromium() -> None:
    """Skip the calling test module when Debian's chromium is missing."""
    if not HAVE_CHROMIUM:
        pytest.skip(NO_CHROMIUM, allow_module_level=True)


def open_page(page: Page, url: str) -> list[str]:
    """Load the page, wait for charts and table, and return the list of every URL requested."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    wait_until_drawn(page)
    return requests


def wait_until_drawn(page: Page) -> None:
    """Wait for the table's rows and the category chart's bars. The rows need only be in the
    page: ag-grid lays out a table below the window (and shows its rows) once it is scrolled to."""
    page.wait_for_selector(ROWS, state="attached", timeout=TIMEOUT)
    page.wait_for_selector("#chart-category .barlayer .point", timeout=TIMEOUT)


def show_table(page: Page) -> None:
    """Scroll the table into the window and wait until ag-grid has laid out its rows."""
    page.locator("#figures-grid").scroll_into_view_if_needed()
    page.wait_for_function(f"""() => {{
        const row = document.querySelector('{ROWS}');
        return row && getComputedStyle(row).visibility === 'visible';
    }}""", timeout=TIMEOUT)


def click_mark(page: Page, chart: str, layer: str, trace: int, point: int) -> None:
    """Click the centre of one plotly mark (plotly's drag layer covers it, so click by position)."""
    box = page.evaluate(
        """([chart, layer, trace, point]) => {
            const traces = document.querySelectorAll(`#${chart} .${layer} .trace`);
            const mark = traces[trace].querySelectorAll('.point')[point];
            mark.scrollIntoView({block: 'center'});
            const r = mark.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2];
        }""", [chart, layer, trace, point])
    page.mouse.click(box[0], box[1])


def wait_for_rows(page: Page, count: int) -> None:
    """Wait until the table shows exactly `count` rows."""
    page.wait_for_function(f"document.querySelectorAll('{ROWS}').length === {count}", timeout=TIMEOUT)


def grid_ids(page: Page) -> set[str]:
    """The figure ids of the rows the table shows, read once it shows some, in the same
    evaluation that sees them (every caller expects rows: a grid that re-renders after
    `wait_for_rows` may be empty for a moment, and CI runs read such a moment as an empty
    table twice, once between a wait and a separate read of the rows)."""
    ids = page.wait_for_function(
        f"() => {{ const ids = Array.from(document.querySelectorAll('{ROWS}'),"
        " r => r.getAttribute('row-id')); return ids.length > 0 ? ids : null; }",
        timeout=TIMEOUT,
    )
    return set(ids.json_value())


def pick(page: Page, dropdown: str, option: str) -> None:
    """Choose one option of a filter dropdown and close it."""
    page.locator(f"#{dropdown}").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def screenshot(page: Page, name: str, full_page: bool = True) -> Path:
    """Save a screenshot in test-artifacts/ (for people to look at) and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=full_page)
    return path


def download_link_has(page: Page, *params: str) -> None:
    """Wait until the download link (which follows the address, written a moment after a filter
    changes) carries every one of the query parameters `params` ("category=killed"), as often
    as they are given."""
    wanted = repr(list(params))
    page.wait_for_function(f"""() => {{
        const href = document.getElementById('download-button').getAttribute('href') || '';
        const left = (href.split('?')[1] || '').split('&');
        return {wanted}.every(p => {{
            const i = left.indexOf(p);
            if (i >= 0) left.splice(i, 1);
            return i >= 0;
        }});
    }}""", timeout=TIMEOUT)
