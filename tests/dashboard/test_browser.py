"""The dashboard in a real headless Chromium (Debian's, never `playwright install`): clicks,
filters, download, shared links, markup in articles shown as text, and who said a figure
(source, place, period, implied) in the quote panel, the table, the filters and the source chart."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from .browser_support import (
    ARTIFACTS,
    TIMEOUT,
    click_mark,
    download_link_has,
    grid_ids,
    open_page,
    pick,
    skip_without_chromium,
    wait_for_rows,
)

skip_without_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

from dashboard import charts, quotes  # noqa: E402
from dashboard.data import CITATION_FIELDS, Corpus, Filters, load  # noqa: E402
from dashboard.filters import BLANK, DEFAULT_VIEW  # noqa: E402
from dashboard.options import BLANK_LABELS  # noqa: E402
from dashboard.source_chart import OWN_VOICE_BAR, source_chart  # noqa: E402
from stats.export import FIGURE_FIELDS  # noqa: E402

from .conftest import IMPLIED_SPAN  # noqa: E402

pytestmark = pytest.mark.browser

AT_LEAST_703 = "f2aa723dbda44"
TWO_DAUGHTERS = "fd5d100e1a16a"  # on the table's first page
GRID_ROWS = "#figures-grid .ag-center-cols-container .ag-row"
NYT_TITLE = "Taliban Enter Kandahar City and Seize Border Posts"


def read_download(path: Path) -> pd.DataFrame:
    """A downloaded CSV's cells exactly as written, with the contract's columns first and the
    article's title, publisher and date after them."""
    got = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(got.columns) == [*FIGURE_FIELDS, *CITATION_FIELDS]
    return got[FIGURE_FIELDS]


def test_clicking_a_bar_and_a_row_quotes_the_source(page: Page, site: str, corpus: Corpus) -> None:
    requests = open_page(page, site)
    shown = corpus.filtered(DEFAULT_VIEW)  # the page opens without durations and distances
    expect(page.locator("#totals")).to_contain_text(f"{len(shown)}figures of {len(corpus.figures)}")
    expect(page.locator("#quote")).to_contain_text("Click a bar")

    # The killed segment of the New York Times article: its first figure is quoted, the rest linked.
    bars = charts.category_chart(shown)
    trace = next(i for i, t in enumerate(bars["data"]) if t["name"].startswith("Taliban Enter Kandahar"))
    point = list(bars["data"][trace]["y"]).index("killed")
    ids = list(bars["data"][trace]["customdata"][point])
    first = corpus.figure(ids[0])
    assert first is not None
    click_mark(page, "chart-category", "barlayer", trace, point)
    expect(page.locator("#quote mark.hl")).to_have_text(first["span"], timeout=TIMEOUT)
    expect(page.locator("#quote .quote-sentence")).to_contain_text(first["span"])
    expect(page.locator("#quote .cite-title")).to_have_text(NYT_TITLE)
    expect(page.locator("#quote .other-link")).to_have_count(len(ids) - 1)
    expect(page.locator("#show-mark")).to_have_text(f"Show these {len(ids)} figures in the table")
    assert f"figure={ids[0]}" in page.url

    # The table turned to the clicked figure's row and selected it.
    selected = page.locator(f'#figures-grid .ag-row-selected[row-id="{ids[0]}"]')
    expect(selected).to_have_count(1, timeout=TIMEOUT)

    # A table row (on the first page).
    page.locator("#figures-grid").get_by_label("First Page").click()
    page.locator(f'{GRID_ROWS}[row-id="{TWO_DAUGHTERS}"] .ag-cell').first.click()
    expect(page.locator("#quote mark.hl")).to_have_text("two", timeout=TIMEOUT)
    expect(page.locator("#quote .quote-sentence")).to_have_text("His wife and two daughters were killed.")
    expect(page.locator("#quote .cite-line")).to_contain_text("The Reference")
    expect(page.locator("#quote .cite-line")).to_contain_text("23 Jul 2021")
    assert f"figure={TWO_DAUGHTERS}" in page.url

    # A casualty dot: "at least 703" killed.
    dots = charts.casualty_chart(corpus.figures)
    trace = next(i for i, t in enumerate(dots["data"]) if t["name"] == "killed")
    point = [c[0] for c in dots["data"][trace]["customdata"]].index(AT_LEAST_703)
    click_mark(page, "chart-casualty", "scatterlayer", trace, point)
    expect(page.locator("#quote mark.hl")).to_have_text("at least 703", timeout=TIMEOUT)

    outside = [url for url in requests if not url.startswith(site)]
    assert outside == [], f"the page fetched from outside the server: {outside}"


def test_filters_drive_table_charts_totals_and_download(page: Page, site: str, corpus: Corpus,
                                                        seeds_dir: Path, tmp_path: Path) -> None:
    open_page(page, site)
    killed = corpus.figures[corpus.figures["category"] == "killed"]
    pick(page, "filter-category", "killed")
    expect(page.locator("#grid-count")).to_have_text(f"{len(killed)} figures", timeout=TIMEOUT)
    every, articles = len(corpus.figures), killed["doc"].nunique()
    expect(page.locator("#filter-summary .summary-count")).to_have_text(
        f"Showing {len(killed)} of {every} figures from {articles} articles.")
    expect(page.locator("#filter-summary .filter-chip")).to_have_text(["killed×",
                                                                      "durations and distances hidden×"])
    expect(page.locator("#totals")).to_contain_text(f"of {every}")
    wait_for_rows(page, len(killed))
    assert grid_ids(page) == set(killed.index)
    ticks = page.eval_on_selector_all("#chart-category .ytick text", "ts => ts.map(t => t.textContent)")
    assert ticks == ["killed"]
    expect(page.locator("#chart-casualty .scatterlayer .point")).to_have_count(len(killed))

    download_link_has(page, "category=killed")
    with page.expect_download() as download:
        page.locator("#download-button").click()
    saved = tmp_path / "download.csv"
    download.value.save_as(saved)
    got = read_download(saved)  # compare cells exactly as written
    everything = pd.read_csv(seeds_dir / "figures.csv", dtype=str, keep_default_na=False)
    expected = everything[everything["category"] == "killed"].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)

    page.locator("#filter-text").fill("troops")
    page.locator("#filter-text").press("Enter")
    both = killed[[any("troops" in str(text).lower() for text in texts) for texts in zip(
        killed["span"], killed["subject"], killed["sentence"], strict=True)]]
    expect(page.locator("#grid-count")).to_have_text(f"{len(both)} figures", timeout=TIMEOUT)
    wait_for_rows(page, len(both))
    assert grid_ids(page) == set(both.index)


def test_a_shared_link_reopens_the_figure_and_its_article(page: Page, site: str, corpus: Corpus) -> None:
    open_page(page, f"{site}?figure={AT_LEAST_703}")
    expect(page.locator("#quote mark.hl")).to_have_text("at least 703", timeout=TIMEOUT)
    expect(page.locator("#quote .quote-text")).to_contain_text("The fighting has also displaced thousands")
    expect(page.locator("#quote .cite-line")).to_contain_text("The New York Times")

    page.locator("#open-article").click()
    expect(page.locator("#article-current")).to_have_text("at least 703", timeout=TIMEOUT)
    expect(page.locator("#article-modal .article-title")).to_have_text(NYT_TITLE)
    article = quotes.article(corpus, AT_LEAST_703)
    assert article is not None
    expect(page.locator("#article-modal .fig-mark")).to_have_count(sum(1 for s in article.segments
                                                                       if s.figure_id))
    assert "view=article" in page.url
    page.screenshot(path=str(ARTIFACTS / "article.png"))
    page.locator("#close-article").click()
    expect(page.locator("#article-modal .modal-content")).to_be_hidden(timeout=TIMEOUT)
    assert "view=article" not in page.url

    page.goto(f"{site}figure/{TWO_DAUGHTERS}")
    expect(page.locator("#quote mark.hl")).to_have_text("two", timeout=TIMEOUT)
    page.goto(f"{site}?figure=f000000000000")
    expect(page.locator("#quote")).to_contain_text("Figure not found", timeout=TIMEOUT)


def test_markup_in_an_article_is_shown_as_text_and_never_runs(page: Page, hostile_site: str,
                                                                hostile_dir: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = load(hostile_dir)
    killed = hostile.figures[hostile.figures["span"] == "at least 12"].index[0]
    surrendered = hostile.figures[hostile.figures["span"] == "30"].index[0]

    open_page(page, f"{hostile_site}?figure={killed}")
    expect(page.locator("#quote mark.hl")).to_have_text("at least 12", timeout=TIMEOUT)
    expect(page.locator("#quote .quote-sentence")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("#quote")).to_contain_text("<img src=x onerror=alert(2)>")  # the next sentence
    page.goto(f"{hostile_site}?figure={surrendered}&view=article")
    expect(page.locator("#article-current")).to_have_text("30", timeout=TIMEOUT)
    expect(page.locator(".article-text")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator(".article-text")).to_contain_text("<img src=x onerror=alert(2)>")
    assert page.locator("#quote script, #quote img, #article-modal script, #article-modal img").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []


def span_id(corpus: Corpus, span: str) -> str:
    return str(corpus.figures.index[corpus.figures["span"] == span][0])


def expect_attribution(page: Page, source: str, place: str, period: str) -> None:
    """The quote panel names the figure's source, place and period."""
    expect(page.locator("#quote .quote-source")).to_have_text(source, timeout=TIMEOUT)
    expect(page.locator("#quote .quote-place")).to_have_text(place)
    expect(page.locator("#quote .quote-period")).to_have_text(period)


def test_the_quote_panel_and_table_say_who_where_and_when(page: Page, attributed_site: str,
                                                           attributed: Corpus) -> None:
    open_page(page, attributed_site)
    taliban, implied = span_id(attributed, "at least 40"), span_id(attributed, IMPLIED_SPAN)
    row = page.locator(f'{GRID_ROWS}[row-id="{taliban}"]')
    expect(row.locator('[col-id="said_by"]')).to_have_text("the Taliban")
    expect(row.locator('[col-id="place"]')).to_have_text("Kandahar")
    expect(row.locator('[col-id="period"]')).to_have_text("last week")
    row.locator(".ag-cell").first.click()
    expect(page.locator("#quote mark.hl")).to_have_text("at least 40", timeout=TIMEOUT)
    expect_attribution(page, "according to the Taliban", "Kandahar", "last week")
    expect(page.locator("#quote .quote-attribution")).to_have_text(
        "— according to the Taliban · Kandahar · last week")

    dots = charts.casualty_chart(attributed.figures)  # a casualty dot: the UN's displaced families
    trace = next(i for i, t in enumerate(dots["data"]) if t["name"] == "displaced")
    click_mark(page, "chart-casualty", "scatterlayer", trace, 0)
    expect(page.locator("#quote mark.hl")).to_have_text("1,200", timeout=TIMEOUT)
    expect_attribution(page, "according to the United Nations", "Herat", "in July")

    implied_row = page.locator(f'{GRID_ROWS}[row-id="{implied}"]')
    expect(implied_row.locator('[col-id="qualifier_label"]')).to_have_text("implied")
    implied_row.locator(".ag-cell").first.click()
    expect(page.locator("#quote mark.hl")).to_have_text(IMPLIED_SPAN, timeout=TIMEOUT)
    expect(page.locator("#quote .quote-attribution")).to_have_text("— the article's own figure")
    expect(page.locator("#quote .implied-badge")).to_have_text("implied: a single casualty")
    page.screenshot(path=str(ARTIFACTS / "attribution.png"), full_page=True)

    page.get_by_text("include implied single casualties").click()  # implied figures out ...
    wait_for_rows(page, len(attributed.figures) - 1)
    assert implied not in grid_ids(page)
    expect(page.locator("#chart-casualty .scatterlayer .point")).to_have_count(3)
    page.get_by_text("include implied single casualties").click()  # ... and back in
    wait_for_rows(page, len(attributed.figures))
    expect(page.locator("#chart-casualty .scatterlayer .point")).to_have_count(4)


def test_the_source_filter_and_chart_drive_table_charts_and_download(
        page: Page, attributed_site: str, attributed: Corpus, attributed_dir: Path, tmp_path: Path) -> None:
    open_page(page, attributed_site)
    page.locator("#filter-source").click()
    page.get_by_role("option", name="the Taliban", exact=True).click()
    page.get_by_role("option", name=BLANK_LABELS["said_by"], exact=True).click()
    page.keyboard.press("Escape")  # (one dropdown, two choices: not `pick`)
    shown = attributed.filtered(Filters.from_inputs(said_by=["the Taliban", BLANK]))
    assert set(shown["span"]) == {"at least 40", IMPLIED_SPAN, "600,000"}
    expect(page.locator("#grid-count")).to_have_text(f"{len(shown)} figures", timeout=TIMEOUT)
    wait_for_rows(page, len(shown))
    assert grid_ids(page) == set(shown.index)
    expect(page.locator("#chart-source .ytick text")).to_have_text([OWN_VOICE_BAR, "the Taliban"])
    expect(page.locator("#chart-category .ytick text")).to_have_count(2)
    ticks = page.eval_on_selector_all("#chart-category .ytick text", "ts => ts.map(t => t.textContent)")
    assert sorted(ticks) == ["killed", "population"]
    expect(page.locator("#chart-casualty .scatterlayer .point")).to_have_count(2)  # the two killed

    download_link_has(page, "source=the+Taliban", "source=")
    with page.expect_download() as download:
        page.locator("#download-button").click()
    saved = tmp_path / "download.csv"
    download.value.save_as(saved)
    got = read_download(saved)
    everything = pd.read_csv(attributed_dir / "figures.csv", dtype=str, keep_default_na=False)
    expected = everything[everything["said_by"].isin(["the Taliban", ""])].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)

    # A click on a source bar filters to that source; a second click on it shows all again.
    page.locator("#clear-filters").click()
    wait_for_rows(page, len(attributed.figures))
    bars = source_chart(attributed.figures)
    trace = next(i for i, t in enumerate(bars["data"]) if t["name"] == "displaced")
    point = [c[0] for c in bars["data"][trace]["customdata"]].index("the United Nations")
    click_mark(page, "chart-source", "barlayer", trace, point)
    expect(page.locator("#filter-source")).to_contain_text("the United Nations", timeout=TIMEOUT)
    wait_for_rows(page, 1)
    assert grid_ids(page) == {span_id(attributed, "1,200")}
    expect(page.locator("#chart-source .ytick text")).to_have_text(["the United Nations"])
    click_mark(page, "chart-source", "barlayer", 0, 0)
    wait_for_rows(page, len(attributed.figures))

    pick(page, "filter-place", "Kandahar")
    wait_for_rows(page, 2)
    assert grid_ids(page) == {span_id(attributed, "at least 40"), span_id(attributed, "15")}
