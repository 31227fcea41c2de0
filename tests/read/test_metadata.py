"""Article metadata (stats.read.metadata): title, publisher and date from a page's markup."""

from __future__ import annotations

import doctest

import pytest

from stats.read import html as pages
from stats.read import metadata


def test_module_doctests() -> None:
    """The examples in the docstrings of stats.read.metadata hold (pytest here collects only tests/)."""
    result = doctest.testmod(metadata)
    assert result.failed == 0


# --- HTML metadata -----------------------------------------------------------------------------

def test_html_metadata_from_json_ld() -> None:
    html = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
            '"NewsArticle", "headline": "Aid arrives", "datePublished": "2020-02-29T08:00:00+01:00", '
            '"publisher": {"@type": "Organization", "name": "The Daily"}}]}</script><p>Text.</p>')
    _, meta = pages.read_html(html)
    assert meta == metadata.Metadata(title="Aid arrives", publisher="The Daily", published="2020-02-29")



def test_html_title_loses_the_site_suffix() -> None:
    _, meta = pages.read_html('<title>Aid arrives - The Daily</title><meta property="og:site_name" '
                              'content="The Daily"><p>x</p>')
    assert (meta.title, meta.publisher) == ("Aid arrives", "The Daily")


# --- plain-text articles ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "iso"), [
    ("Friday 23/July/2021 - 06:25 PM", "2021-07-23"),
    ("July 23, 2021", "2021-07-23"),
    ("23 July 2021", "2021-07-23"),
    ("Sept. 11, 2001", "2001-09-11"),
    ("2021-07-23", "2021-07-23"),
    ("23/07/2021", "2021-07-23"),
    ("1/13/2021", ""),  # day first: there is no month 13
    ("12 Jun 1799", ""),  # before 1800: not a publication date
    ("no date here", ""),
    ("", ""),
])
def test_parse_date(text: str, iso: str) -> None:
    assert metadata.parse_date(text) == iso


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban close in on Kandahar\nThe Guardian\nFriday 23 July 2021\n\nAt least 5 died.",
     metadata.Metadata(title="Taliban close in on Kandahar", publisher="The Guardian",
                       published="2021-07-23")),
    ("", metadata.Metadata()),
    ("5 died.", metadata.Metadata()),  # too short for a title
])
def test_read_metadata(text: str, expected: metadata.Metadata) -> None:
    assert metadata.read_metadata(text) == expected


# --- what is a title (issue 12: a body sentence was taken for one) ------------------------------

BODY = "The United Nations said 40 tonnes of flour had arrived in the town on Tuesday."


HEADLINE = "Floods kill 12 in northern Nepal"
WRAPPED = "The United Nations said on Tuesday that about forty tonnes of\nflour had arrived in the town."
ISSUED = "Issued by CEMO Center - Paris\nad a b\n\nTaliban muster for mass attack\n\nFriday 23/July/2021\n"


@pytest.mark.parametrize(("text", "title"), [
    pytest.param(HEADLINE + "\n\nHeavy rains killed 12 people.", HEADLINE, id="a headline"),
    pytest.param("Aid\n\n" + BODY + "\n\nMore aid is expected.", "", id="one word, then the body"),
    pytest.param("Flood\n" + BODY, "", id="one word, then the body on the next line"),
    pytest.param(BODY + "\n\nMore aid is expected next week.", "", id="the body from the start"),
    pytest.param("Aid\nBy Jane Doe, Health Reporter\n\n" + BODY, "", id="a label and a by-line"),
    pytest.param("World news\nAid reaches flooded villages at last\n\n" + BODY,
                 "Aid reaches flooded villages at last", id="a section label above the headline"),
    pytest.param("Is the worst over for Kenya's farmers?\n\n" + BODY,
                 "Is the worst over for Kenya's farmers?", id="a question"),
    pytest.param(WRAPPED, "", id="a hard-wrapped paragraph"),
    pytest.param("KABUL (Reuters) - At least 12 people were killed\n\nMore.", "", id="a wire dateline"),
    pytest.param(" ".join(["word"] * 30) + "\n\n" + BODY, "", id="too long for a headline"),
    pytest.param("Home | News | Politics | Health\n\nCholera spreads across Lusaka townships\n\n" + BODY,
                 "Cholera spreads across Lusaka townships", id="a site menu above"),
    pytest.param(ISSUED + BODY, "Taliban muster for mass attack", id="issued-by and advert lines above"),
    pytest.param("Home > News > Health\n\nCholera spreads across Lusaka townships\n\n" + BODY,
                 "Cholera spreads across Lusaka townships", id="a breadcrumb trail above"),
    pytest.param("Tuesday, 8 July 2025\nCholera spreads across Lusaka townships\n\n" + BODY,
                 "Cholera spreads across Lusaka townships", id="a date line above"),
    pytest.param('Minister: "We will rebuild every home."\n\n' + BODY, "", id="a quoted sentence"),
    pytest.param("Aid arrives\n\n" + BODY, "", id="too short for a headline"),
])
def test_title(text: str, title: str) -> None:
    assert metadata.read_metadata(text).title == title


def test_the_seeds_titles(seed_texts: dict[str, str]) -> None:
    """Three seeds open with a headline; two open with a sentence (a full stop at its end),
    which is no title: the dashboard shows their file names."""
    assert {name: metadata.read_metadata(text).title for name, text in seed_texts.items()} == {
        "000_5abc85a341ba6bb1.txt": "Taliban muster for mass attack on Kandahar city",
        "001_f2ef60532da01a30.txt": "Taliban Enter Kandahar City and Seize Border Posts",
        "002_a2c6075c2c754012.txt": "Afghan leader flies into besieged northern city as Taliban extend gains",
        "003_fb39e7e3c3f0c6c5.txt": "",
        "004_3ef2a4258dc6015b.txt": "",
    }


def test_an_html_title_is_taken_as_the_page_states_it() -> None:
    _, meta = pages.read_html("<title>Aid</title><p>" + BODY + "</p>")
    assert meta.title == "Aid"  # what the page's own <title> says, however short
