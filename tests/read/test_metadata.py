"""Article metadata (stats.read.metadata): title, publisher and date from a page's markup."""

from __future__ import annotations

import doctest

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
