"""Reading HTML pages (stats.read.html): the article text without the page furniture.

The fixture pages in tests/data/inputs/ are one with navigation, scripts and footers, one
declaring a legacy charset, and one with no article.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stats import extract
from stats.read import html as pages
from stats.read import sources
from tests.read.conftest import FUZZ, INPUTS, read_one


def test_module_doctests() -> None:
    """The examples in the docstrings of stats.read.html hold (pytest here collects only tests/)."""
    result = doctest.testmod(pages)
    assert result.failed == 0


# --- HTML --------------------------------------------------------------------------------------

def test_html_gives_the_article_not_the_page_furniture() -> None:
    document = read_one(INPUTS / "page.html")
    assert document.status == "ok"
    assert document.text == (
        "Blast kills 12 in Kabul\n\n"
        "At least 12 people were killed and 30\u00a0others injured when a bomb exploded, officials said.\n\n"
        "Police said about 1,500 troops were sent—the second deployment this month.\n\n"
        "Another 200 arrived later.\n\n"
        "Nearly 40 homes were damaged.")
    for furniture in ("World", "Top 10", "Most read", "visitors", "888", "99 troops", "Share", "24 hours"):
        assert furniture not in document.text
    assert (document.title, document.publisher, document.published) == (
        "Blast kills 12 in Kabul", "Example News", "2021-07-23")



def test_html_offsets_index_the_extracted_text() -> None:
    document = read_one(INPUTS / "page.html")
    figures = extract(document.text, doc=document.doc)
    # (The headline's "12" is repeated by the body, so the guide takes it from the body.)
    assert [f.span for f in figures] == [
        "At least 12", "30", "about 1,500", "second", "200", "Nearly 40"]
    for figure in figures:
        assert document.text[figure.start:figure.end] == figure.span
    # Re-reading gives the same text, so the offsets stay valid (the dashboard relies on it).
    assert read_one(INPUTS / "page.html").text == document.text



def test_html_declared_charset_is_used_when_not_utf8() -> None:
    document = read_one(INPUTS / "page-greek.htm")
    assert document.encoding == "iso8859-7"
    assert document.text == "Στην Αθήνα 25 άνθρωποι τραυματίστηκαν."



def test_html_without_article_text_is_empty() -> None:
    document = read_one(INPUTS / "page-empty.html")
    assert (document.status, document.error) == ("empty", "no article text in the page")



@pytest.mark.parametrize(("html", "text"), [
    ("<p>Foo<b>bar</b> 5<sup>th</sup> <a href='#'>link</a>, ok</p>", "Foobar 5th link, ok"),
    ("<div>One<br>Two<div>Three</div></div>", "One\n\nTwo\n\nThree"),
    ("<table><tr><td>Killed</td><td>5</td></tr></table>", "Killed\n\n5"),
    ("<p>5&#8201;000   troops\n\t fled</p>", "5\u2009000 troops fled"),
    ("<!-- 99 hidden --><p>Seen<span aria-hidden='true'>77</span></p><p hidden>x</p>", "Seen\n\nx"),
    ("<main><p>Short teaser</p></main><article><p>The long article body with 5 troops.</p></article>",
     "The long article body with 5 troops."),
    ("plain text, no tags, 5 troops", "plain text, no tags, 5 troops"),
    ("<p>unclosed <b>bold <i>italic</p><p>next", "unclosed bold italic\n\nnext"),
    ("", ""),
])
def test_html_to_text(html: str, text: str) -> None:
    assert pages.html_to_text(html) == text



def test_html_deeply_nested_does_not_crash() -> None:
    html = "<div>" * 3000 + "<p>At least 5 troops.</p>" + "</div>" * 3000
    try:
        text = pages.html_to_text(html)
    except RecursionError:  # html.parser's tree building is recursive; read_path reports it
        text = None
    if text is not None:
        assert text == "At least 5 troops."



def test_html_parse_failure_becomes_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<p>5 troops</p>")
    monkeypatch.setattr(sources, "read_html", lambda html: (_ for _ in ()).throw(RecursionError()))
    document = read_one(page)
    assert (document.status, document.error) == ("error", "cannot parse the HTML (RecursionError)")



def test_unknown_suffix_named_explicitly_is_sniffed_as_html(tmp_path: Path) -> None:
    page = tmp_path / "story.php"
    page.write_text("<!DOCTYPE html><html><body><nav>Menu 9</nav><p>At least 5 troops.</p></body></html>")
    assert read_one(page).text == "At least 5 troops."


# --- fuzz: HTML never raises -------------------------------------------------------------------

@FUZZ
@given(st.text(max_size=1500))
def test_html_never_raises(html: str) -> None:
    text, meta = pages.read_html(html)
    assert isinstance(text, str)
    assert "\x00" not in text
    assert all(isinstance(v, str) for v in (meta.title, meta.publisher, meta.published))


HTML_BITS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<article>",
                             "</article>", "<nav>", "<h1>", "</h1>", "<td>", "<!--", "-->", "<![CDATA[",
                             "&nbsp;", "&#8201;", "&amp;", "5 troops", " ", "\n", "<meta property='og:title' "
                             "content='x'>", "<title>", "</title>", "<pre>a\nb</pre>", "<", ">", "\x00"])


@FUZZ
@given(st.lists(HTML_BITS, max_size=60).map("".join))
def test_tag_soup_never_raises(html: str) -> None:
    text, _ = pages.read_html(html)
    assert "\x00" not in text
    assert text == text.strip()


# --- hostile pages (issue 13): deep nesting and many empty elements read in linear work ---------
# (tests/test_linear.py counts the work of these pages at three sizes; here, what they give)

def test_20000_nested_divs_give_their_paragraph() -> None:
    from tests.linear_cases import nested_divs

    text, _ = pages.read_html(nested_divs(20_000))
    assert text == "At least 5 people died."


@pytest.mark.parametrize(("page", "text"), [
    ("<p>One<br>two<br/>three<br />four</br>five</p>", "One\n\ntwo\n\nthree\n\nfourfive"),
    ('<p>A <img src="x.png" alt="a > b">photo<hr>after</p>', "A photo\n\nafter"),
    ("<pre>5 died\n6 fled<!-- not text\n--></pre>", "5 died\n\n6 fled"),
    ("<div>a<div>b<p>c</p>d</div>e</div>", "a\n\nb\n\nc\n\nd\n\ne"),
])
def test_blocks_breaks_and_empty_elements(page: str, text: str) -> None:
    """Each block and <br> a paragraph, an empty element written either way the same, a
    comment inside <pre> no text (it was, before the blocks were read in one pass)."""
    assert pages.read_html(page)[0] == text


def test_the_article_with_most_paragraph_text_wins_when_nested() -> None:
    page = ("<body><article><p>Short.</p><main><p>The longer article text is here.</p>"
            "<p>And more of it.</p></main></article></body>")
    assert pages.read_html(page)[0] == "Short.\n\nThe longer article text is here.\n\nAnd more of it."
    page = "<body><main><p>x</p></main><article><p>The article.</p><p>Long enough.</p></article></body>"
    assert pages.read_html(page)[0] == "The article.\n\nLong enough."


def test_a_page_the_parser_rejects_is_read_as_text() -> None:
    """bs4 raised ParserRejectedMarkup (not a ValueError) for a broken marked section, which
    stopped the whole run; now the section is read as text."""
    assert pages.read_html("<![0")[0] == "<![0"
    assert pages.read_html("<p>5 died <![ x</p>")[0] == "5 died <![ x"


def test_a_reader_that_fails_costs_its_file_not_the_run(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(html: str) -> tuple:
        raise LookupError("a bug")

    monkeypatch.setattr(sources, "read_html", broken)
    (tmp_path / "a.html").write_text("<p>5 died</p>")
    (tmp_path / "b.txt").write_text("5 died")
    assert [(d.doc, d.status, d.error) for d in sources.iter_documents([str(tmp_path)])] == [
        ("a.html", "error", "reading failed (LookupError: a bug)"), ("b.txt", "ok", "")]
