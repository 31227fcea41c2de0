"""An interview written as questions and answers: the answers are the interviewee's words.

A question-and-answer piece names the person it spoke to in its introduction ("We spoke to
Nirmala Perera, a political scientist at the University of Colombo, about what the result
means"), then sets each question as a paragraph of its own ("How big was the win?") and
the answer under it ("The NPP took 151 of the 225 seats."). The answers carry no "she
said", yet every figure in them is the interviewee's: a figure of an answer with no
attribution of its own is said by the person the introduction names (`said_by.interview`).

An explainer set out as questions ("How many people have been killed?") names nobody it
spoke to, so its answers keep their own attributions only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from stats.describe import names, transcript
from stats.describe.contexts import Context
from stats.find.rule import Rule, Stage
from stats.lexicon.pattern_cache import compile_regex

INTERVIEW: Final = Rule(
    "said_by.interview", Stage.SAID_BY,
    'an answer of a question-and-answer interview is the interviewee\'s: "We spoke to Nirmala '
    'Perera ...", then "How big was the win?" and "The NPP took 151 of the 225 seats."',
)
INTERVIEW_RULES: Final = (INTERVIEW, transcript.TRANSCRIPT)

# The introduction's "we spoke to NAME" (or talked with, asked, interviewed), the name
# perhaps after its role: "We spoke to its head of mission, Helena Duarte, in Pemba", or
# after a title with a portfolio: "We spoke to Minister of Mining Batbayar Ganzorig".
_SPOKE_TO: Final = compile_regex(
    r"\b(?i:we|I)\s+(?:(?:spoke|talked)\s+(?:to|with)|asked|interviewed)\s+"
    r"(?:(?:its|the|their|our|his|her)\s+(?:[\p{Ll}\-]+\s+){0,5}?[\p{Ll}\-]+,\s+)?"
    r"(?P<name>(?:\p{Lu}[\p{L}.'’\-]*\s+(?:(?:of|for|and|&)\s+)?){1,8}\p{Lu}[\p{L}'’\-]+)"
)
_MAX_QUESTION_WORDS: Final = 30  # a question set as a paragraph is short
_INTRO_REACH: Final = 2  # paragraphs before the first question where the introduction names whom it spoke to
_YEAR: Final = compile_regex(r"\b(?:19|20)\d\d\b")  # "I interviewed him in 2021": another, earlier interview
_QUOTES: Final = "\"“”"
_MIN_QUESTIONS: Final = 2  # one question paragraph may be a rhetorical question, not the form


def speakers(contexts: Sequence[Context]) -> dict[int, tuple[str, tuple[str, ...]]]:
    """The speaker of each sentence of an interview's answer or of a transcript's turn (by
    its index), with the rule that names them."""
    found: dict[int, tuple[str, tuple[str, ...]]] = {
        i: (name, (transcript.TRANSCRIPT.id,)) for i, name in transcript.turns(contexts).items()}
    found.update({i: (name, (INTERVIEW.id,)) for i, name in answers(contexts).items()})
    return found


def answers(contexts: Sequence[Context]) -> dict[int, str]:
    """For each sentence of an answer (by its index), the interviewee; empty for an article
    that is no interview (no question paragraphs, or no one it says it spoke to)."""
    if not _may_ask(contexts):
        return {}
    paragraphs: dict[int, list[Context]] = {}
    for ctx in contexts:
        paragraphs.setdefault(ctx.paragraph, []).append(ctx)
    questions = [p for p, sentences in paragraphs.items() if _is_question(sentences)]
    if len(questions) < _MIN_QUESTIONS:
        return {}
    first, asked = questions[0], set(questions)
    if any(p + 1 in asked or p + 1 not in paragraphs for p in questions):
        return {}  # a question is answered by the paragraph after it, not by another question
    name = next((found for p, sentences in paragraphs.items() if first - _INTRO_REACH <= p < first
                 for ctx in sentences if (found := _interviewee(ctx.raw))), None)
    if name is None:
        return {}
    return {ctx.index: name for p, sentences in paragraphs.items() if p > first and p not in asked
            for ctx in sentences}


def _may_ask(contexts: Sequence[Context]) -> bool:
    """Whether the article holds as many sentences ending with a question mark as it needs
    question paragraphs (each ends with one): most hold fewer, and are read no further."""
    return sum(_asks(ctx.raw) for ctx in contexts if "?" in ctx.raw) >= _MIN_QUESTIONS


def _is_question(sentences: list[Context]) -> bool:
    """A paragraph that is a short question: every sentence of it ends with a question mark."""
    return all(_asks(ctx.raw) for ctx in sentences) and (
        sum(len(ctx.raw.split()) for ctx in sentences) <= _MAX_QUESTION_WORDS)


def _asks(sentence: str) -> bool:
    """Whether a sentence ends with a question mark (a closing quotation mark after it)."""
    return sentence.rstrip().rstrip("\"'”’").endswith("?")


def _interviewee(sentence: str) -> str | None:
    """The person an introduction says the piece spoke to, without a title ("Dr")."""
    m = _SPOKE_TO.search(sentence)
    if m is None or _YEAR.search(sentence) or any(q in sentence[: m.start()] for q in _QUOTES):
        return None  # a past interview, or one that a quoted speaker tells of
    words = [t.text for t in names.without_title(names.tokens(m["name"]))]
    return " ".join(words) if len(words) >= 2 else None
