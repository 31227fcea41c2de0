"""A cheap test of whether a sentence can hold a number at all, before the full pattern.

`patterns.NUMBER_ATOM` is the costliest scan of the pipeline; two thirds of news sentences
hold no number. `NUMBER_CUE` matches every sentence the atom pattern can match in (a digit,
or a word of one of its word lists), so skipping the rest changes nothing but time; a test
checks that on real text.
"""

from __future__ import annotations

from stats import lexicon
from stats.find import patterns
from stats.lexicon.compiled import compile_lists, lowered


def _words(*lists: object) -> list[str]:
    """Every single word of the phrases in the lists ("tens of thousands" -> tens, of, thousands)."""
    out: set[str] = set()
    for items in lists:
        for item in items:  # type: ignore[attr-defined]
            out.update(str(item).lower().replace("-", " ").split())
    return sorted(out)


NUMBER_CUE = compile_lists(
    r"\p{Nd} | (?i: \b \L<cue> \b ) | (?i: \b an? \s+ \L<duration> \b )",
    # The atom pattern's own word lists, so the cue cannot fall behind them; a unit of time
    # counts only after "a" ("a week"), as in the pattern.
    cue=_words(lowered(lexicon.VAGUE), patterns._NUMBER_WORDS, lowered(lexicon.FRACTIONS),
               lowered(lexicon.ORDINALS), ["half", "minus", "dozen"]),
    duration=patterns._DURATION_SINGULAR,
)
