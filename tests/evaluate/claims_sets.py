"""Score the claim matcher on one of the team's multi-outlet sets (tests/data/<folder>, gold
tests/gold/<gold>): every article extracted and related in-process, then clustered with the
articles' whole texts known (as `stats.claims` is given them)."""

from __future__ import annotations

from pathlib import Path

from stats.evaluate.claims_scoring import ClaimsScore, score_claims
from stats.evaluate.scoring import read_gold
from stats.extract import extract
from stats.model import Figure
from stats.read.sources import iter_documents
from stats.reconcile import relate
from stats.reconcile.claims import claims

ROOT = Path(__file__).resolve().parents[2]


def score_set(folder: str, gold: str) -> ClaimsScore:
    """The claims scores of the set in tests/data/`folder` against tests/gold/`gold`."""
    paths = sorted(str(p) for p in (ROOT / "tests" / "data" / folder).glob("*.txt"))
    documents = [d for d in iter_documents(paths) if d.status == "ok"]
    figures: list[Figure] = []
    for document in documents:
        figures += relate(extract(document.text, doc=document.doc))
    clustered, _ = claims(figures, documents)
    return score_claims(read_gold(ROOT / "tests" / "gold" / gold), [f.to_record() for f in clustered])
