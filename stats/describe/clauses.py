"""Clauses within a sentence, for the provenance rules: where the clause that holds a figure
ends, and where the clauses before it stop counting (a contrast such as ", though")."""

from __future__ import annotations

import regex

_CONTRASTS = regex.compile(
    r"(?:[,;]\s*|\s)(?:though|although|but|while|whereas|however)\b|;|,\s*with\b", regex.IGNORECASE
)


def clause_end_after(sentence: str, position: int) -> int:
    """Where the clause holding `position` ends: a semicolon or colon, or a comma that opens
    another clause (", and", ", which", ", the ministry said"), not one inside a list
    ("food, water and shelter")."""
    m = _CLAUSE_END.search(sentence, position)
    return m.start() if m else len(sentence)


_CLAUSE_END = regex.compile(
    r"[;:]|,(?=\s+(?:and|but|or|while|which|who|whom|where|when|as|after|before|although|though|"
    r"with|according|saying|adding|said|says|the|a|an|it|he|she|they|this|his|her|their|its|"
    r"including|up|down|despite|amid|even|officials|police|\p{Lu}|\d|“|\"))"
)


def clause_start_before(sentence: str, position: int) -> int:
    """Where the clauses before `position` stop counting: after the last contrast ("...,
    though other assessments ...") or semicolon before it."""
    starts = [m.end() for m in _CONTRASTS.finditer(sentence, 0, position)]
    return starts[-1] if starts else 0
