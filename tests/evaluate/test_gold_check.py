"""`stats eval --gold` says which gold lines matched nothing because of the gold file or the
articles read, and why (issue 12: a sentence not in the article matched silently nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stats.cli import main
from stats.evaluate.gold_check import problems

ARTICLE = ("Floods hit Sylhet\n\nFloods killed at least 12 people in Sylhet on Monday, officials said. "
           "About 3,000 homes were damaged.")
GOOD = {"doc": "a.txt", "span": "at least 12", "value": 12, "kind": "count",
        "sentence": "Floods killed at least 12 people in Sylhet on Monday, officials said."}


def line(**changes: object) -> dict[str, object]:
    return {**GOOD, **changes}


@pytest.mark.parametrize(("row", "message"), [
    (line(), None),
    (line(doc="a"), None),  # the scorer's document names: without .txt
    (line(sentence="Floods  killed at least\n12 people in Sylhet on Monday, officials said."), None),
    (line(sentence="FLOODS KILLED AT LEAST 12 PEOPLE IN SYLHET ON MONDAY, “OFFICIALS” SAID."),
     "its sentence is not in the article: the article has its first 54 of 71 characters ('floods killed "
     "at least 12 people in sylh…'), then differs at '\"officials\" said.'"),
    (line(sentence="Floods killed at least 12 people in Sylhet on Tuesday, officials said."),
     "its sentence is not in the article: the article has its first 46 of 70 characters ('floods killed "
     "at least 12 people in sylh…'), then differs at 'tuesday, officials said.'"),
    (line(sentence="Nothing of the sort was written."),
     "its sentence 'Nothing of the sort was written.' is not in the article"),
    (line(sentence=""), "it has no sentence, so no prediction can be paired with it"),
    (line(doc="b.txt"), "no article 'b.txt' was read from --docs (read: a.txt)"),
    (line(doc=None), "it has no 'doc'"),
    (line(value="twelve"), "its value 'twelve' is not a number"),
    (line(span="at most 12"), "its span 'at most 12' is not in its sentence"),
])
def test_problems(row: dict[str, object], message: str | None) -> None:
    found = problems([(7, row)], {"a.txt": ARTICLE})
    span = repr(str(row.get("span")))
    assert found == ([] if message is None else [f"line 7 ({row.get('doc')}, {span}): {message}"])


def test_only_the_missed_lines_are_looked_at() -> None:
    bad = line(sentence="Not in it.")
    assert problems([(1, bad), (2, GOOD)], {"a.txt": ARTICLE}, missed=[]) == []
    assert len(problems([(1, bad), (2, bad)], {"a.txt": ARTICLE}, missed=[bad])) == 1


def test_eval_names_the_gold_lines_that_matched_nothing(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    rows = [GOOD, line(sentence="Floods killed at least 12 people in Dhaka on Monday, officials said."),
            line(doc="gone.txt")]
    gold.write_text("\n".join(json.dumps(r) for r in rows[:2]) + "\n\n" + json.dumps(rows[2]) + "\n")
    assert main(["eval", "--gold", str(gold), "--docs", str(docs), "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["overall"]["tp"] == 1
    assert [m.split(":")[0] for m in result["unmatched_gold_lines"]] == [
        "line 2 (a.txt, 'at least 12')", "line 4 (gone.txt, 'at least 12')"]
    assert "stats eval: 2 gold line(s) matched nothing because of the gold file or --docs:" in captured.err
    assert "differs at 'dhaka on monday, officials said.'" in captured.err
