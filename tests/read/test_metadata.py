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
