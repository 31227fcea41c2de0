"""Loading the core's output, filtering, quotes and the CSV download (no Dash involved)."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard import quotes
from dashboard.data import Corpus, Filters, load, sources, totals
from dashboard.grid import grid_filter, grid_rows, grid_sort
from dashboard.labels import value_label
from dashboard.options import article_options, options
from stats.export import FIGURE_FIELDS, TEXTS_JSONL, rows_to_csv

AT_LEAST_703 = "f2aa723dbda44"  # "at least 703" Afghan security forces killed, 001_f2ef60532da01a30.txt
NYT = "001_f2ef60532da01a30.txt"


def csv_rows(folder: Path) -> list[dict[str, str]]:
    """figures.csv read with the csv module, independently of the dashboard."""
    with (folder / "figures.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def csv_lines(folder: Path) -> list[str]:
    return (folder / "figures.csv").read_text(encoding="utf-8").splitlines()


def test_load_reads_every_figure_with_citation_columns(corpus: Corpus, seeds_dir: Path) -> None:
    rows = csv_rows(seeds_dir)
    assert len(rows) >= 53
    assert list(corpus.figures.index) == [r["figure_id"] for r in rows]
    row = corpus.figure(AT_LEAST_703)
    assert row is not None
    assert (row["span"], row["value"], row["qualifier"], row["category"]) == ("at least 703", 703.0,
                                                                            "at_least", "killed")
    assert row["title"] == "Taliban Enter Kandahar City and Seize Border Posts"
    assert row["publisher"] == "The New York Times"
    assert row["value_label"] == "≥ 703"


def test_totals_count_articles_figures_and_categories(corpus: Corpus, seeds_dir: Path) -> None:
    rows = csv_rows(seeds_dir)
    result = totals(corpus.figures)
    assert result["articles"] == 5
    assert result["figures"] == len(rows)
    expected: dict[str, int] = {}
    for r in rows:
        expected[r["category"]] = expected.get(r["category"], 0) + 1
    assert result["categories"] == expected
    assert next(iter(result["categories"])) == "duration"  # largest first


def test_category_filter_gives_exactly_the_killed_rows(corpus: Corpus, seeds_dir: Path) -> None:
    expected = [r["figure_id"] for r in csv_rows(seeds_dir) if r["category"] == "killed"]
    got = corpus.filtered(Filters.from_inputs(categories=["killed"]))
    assert list(got.index) == expected
    assert len(expected) >= 6


def test_text_search_covers_span_subject_and_sentence(corpus: Corpus, seeds_dir: Path) -> None:
    def hit(r: dict[str, str], word: str) -> bool:
        return any(word in r[c].lower() for c in ("span", "subject", "sentence"))

    rows = csv_rows(seeds_dir)
    got = corpus.filtered(Filters.from_inputs(text="Troops"))
    assert list(got.index) == [r["figure_id"] for r in rows if hit(r, "troops")]
    both = corpus.filtered(Filters.from_inputs(text="afghan  killed"))
    assert list(both.index) == [r["figure_id"] for r in rows if hit(r, "afghan") and hit(r, "killed")]
    assert AT_LEAST_703 in both.index


def test_value_range_kind_article_and_publisher_filters(corpus: Corpus, seeds_dir: Path) -> None:
    rows = csv_rows(seeds_dir)
    got = corpus.filtered(Filters.from_inputs(value_min=100, value_max="1000"))
    assert list(got.index) == [r["figure_id"] for r in rows if 100 <= float(r["value"]) <= 1000]
    got = corpus.filtered(Filters.from_inputs(kinds=["money"], docs=[NYT]))
    assert list(got.index) == [r["figure_id"] for r in rows if r["kind"] == "money" and r["doc"] == NYT]
    got = corpus.filtered(Filters.from_inputs(publishers="The Reference"))
    assert set(got["doc"]) == {"000_5abc85a341ba6bb1.txt"}
    assert len(got) == sum(r["doc"] == "000_5abc85a341ba6bb1.txt" for r in rows)


def test_range_figures_match_a_value_range_they_overlap(corpus: Corpus) -> None:
    # "one-third to one-half" (0.3333 to 0.5) overlaps [0.45, 0.6] though its low end does not.
    got = corpus.filtered(Filters.from_inputs(value_min=0.45, value_max=0.6))
    assert "fe4d0e2b2c38d" in got.index


def test_quote_highlights_exactly_the_span_with_neighbours(corpus: Corpus) -> None:
    quote = quotes.quote(corpus, AT_LEAST_703)
    assert quote is not None
    assert quote.from_article
    assert quote.sentence[quote.span_start:quote.span_end] == "at least 703"
    assert quote.sentence.startswith("In June, at least 703 Afghan security forces")
    assert quote.before == "The fighting has also displaced thousands of Afghan civilians."
    assert quote.after.startswith("Forty miles east of Kabul")
    assert (quote.title, quote.publisher, quote.doc) == (
        "Taliban Enter Kandahar City and Seize Border Posts", "The New York Times", NYT)


def test_every_quote_span_matches_the_csv_span(corpus: Corpus) -> None:
    for figure_id, span in zip(corpus.figures.index, corpus.figures["span"], strict=True):
        quote = quotes.quote(corpus, figure_id)
        assert quote is not None, figure_id
        assert quote.from_article, figure_id
        assert quote.sentence[quote.span_start:quote.span_end] == span


def copy_output(seeds_dir: Path, tmp_path: Path) -> Path:
    """A copy of the seeds' output folder, to break."""
    data = tmp_path / "output"
    shutil.copytree(seeds_dir, data)
    return data


def rewrite_texts(data: Path, change: Callable[[dict], dict | None]) -> None:
    """Apply change to every texts.jsonl record (None drops the line)."""
    path = data / TEXTS_JSONL
    records = [change(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records if r is not None),
                    encoding="utf-8")


def assert_stored_sentence(corpus: Corpus, note: str) -> None:
    """The NYT figure is quoted from figures.csv's sentence, with a note, and its article is
    shown as the sentences holding figures."""
    quote = quotes.quote(corpus, AT_LEAST_703)
    assert quote is not None
    assert not quote.from_article
    assert note in quote.note
    assert quote.sentence[quote.span_start:quote.span_end] == "at least 703"
    assert quote.before == quote.after == ""
    assert quote.title == "Taliban Enter Kandahar City and Seize Border Posts"
    article = quotes.article(corpus, AT_LEAST_703)
    assert article is not None
    assert not article.from_article
    assert article.note
    assert corpus.article_text(NYT) is None


def test_quote_falls_back_to_the_csv_sentence_without_texts_jsonl(seeds_dir: Path, tmp_path: Path) -> None:
    data = copy_output(seeds_dir, tmp_path)
    (data / TEXTS_JSONL).unlink()  # an output folder from before the core wrote texts.jsonl
    assert_stored_sentence(load(data), "no texts.jsonl")


def test_quote_falls_back_when_texts_jsonl_lacks_the_article(seeds_dir: Path, tmp_path: Path) -> None:
    data = copy_output(seeds_dir, tmp_path)
    rewrite_texts(data, lambda r: None if r["doc"] == NYT else r)
    corpus = load(data)
    assert_stored_sentence(corpus, "has no text for this article")
    other = corpus.figures.index[corpus.figures["doc"] != NYT][0]
    assert quotes.quote(corpus, str(other)).from_article  # the other articles are still there


def test_quote_notices_a_text_that_does_not_match_figures_csv(seeds_dir: Path, tmp_path: Path) -> None:
    data = copy_output(seeds_dir, tmp_path)
    rewrite_texts(data, lambda r: {**r, "text": "Something else entirely.", "sentences": [[0, 24]]}
                  if r["doc"] == NYT else r)
    corpus = load(data)
    quote = quotes.quote(corpus, AT_LEAST_703)
    assert quote is not None
    assert not quote.from_article
    assert "does not match" in quote.note
    article = quotes.article(corpus, AT_LEAST_703)
    assert article is not None
    assert "27 figure(s) do not match" in article.note
    assert not any(s.figure_id for s in article.segments)


def test_quotes_need_no_input_files(seeds_dir: Path, tmp_path: Path) -> None:
    """Only the output folder is read: the articles can be gone and documents.csv's paths wrong."""
    data = copy_output(seeds_dir, tmp_path)
    corpus = load(data)
    corpus.documents["path"] = str(tmp_path / "gone.txt")
    for figure_id in corpus.figures.index:
        quote = quotes.quote(corpus, figure_id)
        assert quote is not None
        assert quote.from_article, figure_id


def test_texts_are_indexed_lazily_and_cached_within_bounds(seeds_dir: Path, tmp_path: Path) -> None:
    data = copy_output(seeds_dir, tmp_path)
    # The core writes "doc" first; a line in another key order, a broken line and a record of
    # another shape are tolerated (the last two just give no text).
    rewrite_texts(data, lambda r: {"sentences": r["sentences"], "text": r["text"], "doc": r["doc"]})
    with (data / TEXTS_JSONL).open("a", encoding="utf-8") as handle:
        handle.write('{"doc": "broken.txt", "text": \n["not", "a", "record"]\n\n')
    corpus = load(data, warm=False)
    corpus.texts.cache_size = 2
    assert corpus.texts._stamp is None  # nothing read at load time (unless warmed in the background)
    docs = list(dict.fromkeys(corpus.figures["doc"].astype(str)))
    for doc in docs:
        found = corpus.texts.get(doc)
        assert found is not None
        assert found.sentences
        assert all(a <= b for a, b in found.sentences)
    assert len(corpus.texts._cache) == 2
    assert corpus.texts.get("broken.txt") is None
    assert corpus.texts.get("no-such-doc.txt") is None
    quote = quotes.quote(corpus, AT_LEAST_703)
    assert quote is not None
    assert quote.from_article
    assert quote.before == "The fighting has also displaced thousands of Afghan civilians."


@pytest.mark.parametrize("bad", ["", "nope", "f0000000000000", "../../etc/passwd", "<script>", "a" * 200])
def test_unknown_or_malformed_ids_find_nothing(corpus: Corpus, bad: str) -> None:
    assert corpus.figure(bad) is None
    assert quotes.quote(corpus, bad) is None
    assert quotes.article(corpus, bad) is None


def test_article_marks_every_figure_of_the_article(corpus: Corpus) -> None:
    article = quotes.article(corpus, AT_LEAST_703)
    assert article is not None
    assert article.from_article
    text = "".join(s.text for s in article.segments)
    assert text == corpus.article_text(NYT)
    marked = {s.figure_id: s.text for s in article.segments if s.figure_id}
    ours = corpus.figures[corpus.figures["doc"] == NYT]
    assert marked[AT_LEAST_703] == "at least 703"
    assert article.figures == len(ours) == 27
    for figure_id, span in marked.items():
        assert span == ours.loc[figure_id, "span"]
    # Only a figure nested in another (part-of-whole) may be left unmarked.
    assert len(marked) >= len(ours) - 1


def test_download_of_everything_is_byte_identical_to_figures_csv(corpus: Corpus, seeds_dir: Path) -> None:
    assert corpus.to_csv(Filters()) == (seeds_dir / "figures.csv").read_text(encoding="utf-8")


def test_filtered_download_is_exactly_the_filtered_lines(corpus: Corpus, seeds_dir: Path) -> None:
    lines = csv_lines(seeds_dir)
    rows = csv_rows(seeds_dir)
    wanted = {r["figure_id"] for r in rows if r["category"] in ("killed", "surrendered")}
    text = corpus.to_csv(Filters.from_inputs(categories=["surrendered", "killed"]))
    got = text.splitlines()
    assert got[0] == lines[0] == ",".join(FIGURE_FIELDS)
    assert got[1:] == [line for line in lines[1:] if line.split(",", 1)[0] in wanted]


def test_csv_injection_guard_is_stripped_for_display_and_restored_on_download(tmp_path: Path) -> None:
    record = {"figure_id": "fabc", "doc": "a.txt", "start": 0, "end": 2, "span": "-5", "value": -5,
              "value_high": None, "whole": None, "qualifier": "exact", "kind": "count", "unit": None,
              "subject": "=HYPERLINK(1)", "category": "other", "vague": False, "sentence": "-5 is @x",
              "sentence_start": 0, "sentence_end": 8, "rule": "count.digits", "said_by": "@officials",
              "place": None, "period": None, "implied": False}
    written = rows_to_csv([record], FIGURE_FIELDS)
    assert "'=HYPERLINK(1)" in written  # the core's guard
    (tmp_path / "figures.csv").write_text(written, encoding="utf-8")
    loaded = load(tmp_path)  # no documents.csv: tolerated
    row = loaded.figure("fabc")
    assert row is not None
    assert (row["span"], row["subject"], row["sentence"]) == ("-5", "=HYPERLINK(1)", "-5 is @x")
    assert row["said_by"] == "@officials"  # the new text columns are unguarded too
    assert row["article"] == "a.txt"  # no documents.csv: the file name stands in for the title
    assert loaded.to_csv(Filters()) == written


def test_documents_csv_cells_are_read_whole_and_unguarded(tmp_path: Path) -> None:
    """Titles with commas, quotes and a line break, a guarded title, a blank one and an article
    documents.csv does not list."""
    records = [{"figure_id": f"f{n}", "doc": doc, "span": "2", "value": 2, "category": "killed",
                "kind": "count", "sentence": "2 killed"} for n, doc in enumerate(["a.txt", "b.txt", "c.txt",
                                                                                  "d.txt"])]
    (tmp_path / "figures.csv").write_text(rows_to_csv(records, FIGURE_FIELDS), encoding="utf-8")
    with (tmp_path / "documents.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["doc", "path", "title", "publisher", "published", "chars", "figures", "status",
                         "error"])
        writer.writerow(["a.txt", "/a", 'Raid, "then" a\nsecond line', "Reuters", "2021-07-01", "9", "1",
                         "ok", ""])
        writer.writerow(["b.txt", "/b", "'=SUM(1)", "", "", "9", "1", "ok", ""])
        writer.writerow(["c.txt", "/c", "", "AP", "not a date", "9", "1", "ok", ""])
    documents = load(tmp_path, warm=False).documents
    assert documents.loc["a.txt", "title"] == 'Raid, "then" a\nsecond line'
    assert documents.loc["b.txt", "title"] == "=SUM(1)"
    assert (documents.loc["c.txt", "label"], documents.loc["c.txt", "publisher"]) == ("c.txt", "AP")
    assert documents.loc["d.txt", "label"] == "d.txt"
    assert documents.loc["d.txt", "title"] == ""
    assert str(documents.loc["a.txt", "date"].date()) == "2021-07-01"


@pytest.mark.parametrize("block", [1, 5, 64, 1 << 20])
def test_texts_index_finds_each_docs_first_line_whatever_the_block(tmp_path: Path, block: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard import texts

    lines = [b'{"doc": "a", "text": "x"}', b"", b"not json", b'{"text": "y", "doc": "b"}',
             b'{"doc": "a", "text": "again"}', b"{", b'"doc": "c"}', b'{"doc": "d\\u00e9", "text": "z"}',
             b'{"doc": 5}', '{"doc": "fé\\"q", "t": 1}'.encode(), b'{"doc": "' + b"g" * 300 + b'"}',
             b'{"doc": "h"}']
    (tmp_path / "texts.jsonl").write_bytes(b"\n".join(lines))  # the last line without a line break
    starts = [sum(len(line) + 1 for line in lines[:n]) for n in range(len(lines))]
    monkeypatch.setattr(texts, "INDEX_BLOCK", block)
    assert texts.index(tmp_path / "texts.jsonl") == {
        "a": starts[0], "b": starts[3], "d\u00e9": starts[7], 'fé"q': starts[9], "g" * 300: starts[10],
        "h": starts[11]}


def test_a_figure_is_its_row_of_the_display_frame(corpus: Corpus) -> None:
    for position in range(len(corpus.figures)):
        expected = corpus.figures.iloc[position]
        got = corpus.figure(str(corpus.figures.index[position]))
        assert got is not None
        assert (got.name, list(got.index)) == (expected.name, list(expected.index))
        for column, value in expected.items():
            assert type(got[column]) is type(value), column
            assert got[column] == value or (value != value and got[column] != got[column]), column


def test_value_labels_show_the_qualifier() -> None:
    assert value_label(703, "at_least") == "≥ 703"
    assert value_label(1000, "more_than") == "> 1,000"
    assert value_label(200, "at_least", vague=True, span="hundreds") == "200+ (hundreds)"
    assert value_label(24, "less_than", "duration", "hour") == "< 24 hours"
    assert value_label(0.3333, "range", "fraction", value_high=0.5) == "1/3–1/2"
    assert value_label(1e12, "more_than", "money", "USD") == "> $1 trillion"
    assert value_label(85, "exact", "percent", "percent") == "85%"
    assert value_label(9, "exact", "ordinal") == "9th"
    assert value_label(150, "exact", "distance", "km") == "150 km"


def test_sources_list_articles_with_most_figures_first(corpus: Corpus, seeds_dir: Path) -> None:
    drawn = sources(corpus.figures)
    per_doc: dict[str, int] = {}
    for r in csv_rows(seeds_dir):
        per_doc[r["doc"]] = per_doc.get(r["doc"], 0) + 1
    assert [d["figures"] for d in drawn] == sorted(per_doc.values(), reverse=True)
    assert [d["doc"] for d in drawn] == sorted(per_doc, key=lambda d: -per_doc[d])  # ties in file order
    assert drawn[0]["doc"] == NYT
    assert drawn[0]["publisher"] == "The New York Times"


def test_options_offer_present_values_and_search_article_file_names(corpus: Corpus) -> None:
    choices = options(corpus)
    assert {o["value"] for o in choices["categories"]} == set(corpus.figures["category"].astype(str))
    assert choices["publishers"] == [{"label": "The New York Times", "value": "The New York Times"},
                                     {"label": "The Reference", "value": "The Reference"}]
    nyt = next(o for o in choices["articles"] if o["value"] == NYT)
    assert nyt["label"].startswith("Taliban Enter")
    assert NYT in nyt["search"]


def test_grid_sort_filter_and_page(corpus: Corpus) -> None:
    ordered = grid_sort(corpus.figures, [{"colId": "value_label", "sort": "desc"}])
    assert list(ordered["value"][:3]) == [1e12, 281e6, 600000]
    by_subject = grid_sort(corpus.figures, [{"colId": "subject", "sort": "asc"}])
    subjects = [s.lower() for s in by_subject["subject"]]
    assert subjects == sorted(subjects)
    model = {"subject": {"filterType": "text", "type": "contains", "filter": "TROOPS"},
             "value_label": {"filterType": "number", "type": "greaterThan", "filter": 500}}
    assert set(grid_filter(corpus.figures, model)["span"]) == {"3,000", "600", "thousands"}
    page = grid_rows(ordered, 1, 3)
    assert [r["value_label"] for r in page] == ["≈ $281 million", "600,000"]
    assert page[0]["figure_id"] == "f6d2c9e792d8f"
    json.dumps(page, allow_nan=False)  # JSON-ready: no NaN or numpy scalars


def test_article_options_search_titles_and_file_names_and_keep_the_selection(corpus: Corpus) -> None:
    found = article_options(corpus, "kandahar CITY")
    assert [o["value"] for o in found] == ["001_f2ef60532da01a30.txt", "000_5abc85a341ba6bb1.txt"]
    assert [o["value"] for o in article_options(corpus, "003_fb39")] == ["003_fb39e7e3c3f0c6c5.txt"]
    kept = article_options(corpus, "no such title", [NYT])
    assert [o["value"] for o in kept] == [NYT]  # a chosen article stays listed while searching
    assert len(article_options(corpus, "", None, limit=2)) == 2


def test_article_text_is_found_for_a_document_named_by_its_path(
        tmp_path: Path, extract: Callable[[Path, Path], Path]) -> None:
    """Two inputs with one file name: the second is named by its relative path, and the
    quote panel still finds its text."""
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        count = 12 if folder == "a" else 34
        (tmp_path / "in" / folder / "index.txt").write_text(
            f"Report {folder}.\n\nAt least {count} people were killed.\n", encoding="utf-8")
    corpus = load(extract(tmp_path / "in", tmp_path / "out"))
    docs = sorted(corpus.figures["doc"].astype(str).unique())
    assert len(docs) == 2
    for doc in docs:
        text = corpus.article_text(doc)
        assert text is not None
        assert "people were killed" in text


def test_download_neutralises_formulas_and_keeps_numbers(tmp_path: Path,
                                                         extract: Callable[[Path, Path], Path]) -> None:
    """A sentence that starts like a spreadsheet formula is quoted in the download; the
    numeric columns stay numbers."""
    import io

    import pandas as pd

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hostile.txt").write_text(
        '=HYPERLINK("http://x.example") said 20 people were killed.\n\n'
        "-5 degrees and 30 soldiers surrendered.\n", encoding="utf-8")
    corpus = load(extract(tmp_path / "in", tmp_path / "out"))
    table = pd.read_csv(io.StringIO(corpus.to_csv(Filters())), keep_default_na=False)
    assert len(table) >= 2
    assert all(not str(cell).startswith(("=", "+", "-", "@")) for cell in table["sentence"])
    assert any(str(cell).startswith("'=") for cell in table["sentence"])
    assert pd.api.types.is_numeric_dtype(table["value"])
    assert pd.api.types.is_numeric_dtype(table["start"])
