"""Words for telling a running count from a rank after an ordinal (`stats.find.ordinals`)."""

from __future__ import annotations

from typing import Final

# Words ending in "-est" that are no superlative: "the second protest this week" counts
# protests, while "the second largest" ranks.
NOT_SUPERLATIVES: Final = [
    "arrest", "arrests", "behest", "chest", "conquest", "contest", "digest", "forest", "guest", "harvest",
    "honest", "inquest", "interest", "invest", "manifest", "modest", "nest", "pest", "protest", "quest",
    "request", "rest", "suggest", "test", "unrest", "west", "midwest", "northwest", "southwest", "vest",
]
# Nouns an ordinal names a kind with, not a count: "a third party", "a second language".
ORDINAL_PHRASES: Final = [
    "party", "parties", "country", "countries", "world", "language", "languages", "home", "homes",
    "opinion", "chance", "chances", "estate", "column", "class", "hand", "nature", "thought", "thoughts",
    "wind", "cousin", "cousins", "person singular", "person plural", "generation", "grade", "grader", "graders",
]
# Words between a running ordinal and what it counts: "a third consecutive term", "the third
# different official toll".
SUCCESSION: Final = ["consecutive", "straight", "successive"]  # "the second consecutive year": a running count
SUCCESSION_WORDS: Final = [*SUCCESSION, "different", "separate", "running", "further"]
# Verbs a share in words can be the subject of, so that "Two-thirds came as a loan" and "of
# which a fifth goes to schools" are fractions, not ordinals or nothing.
FRACTION_VERBS: Final = [
    "came", "come", "comes", "went", "go", "goes", "will", "would", "could", "can", "may", "might",
    "must", "should", "did", "does", "do", "had", "live", "lives", "lived", "voted", "died", "remain",
    "remains", "remained", "belong", "belongs", "own", "owns", "owned", "need", "needs", "needed",
    "received", "receive", "receives", "face", "faces", "faced", "said", "say", "says", "rose", "fell",
]
# The states a share of a whole is in, after it ("only a quarter funded", "half full"): no
# noun it is of (that is the sentence's subject: "the appeal").
FRACTION_STATES: Final = ["funded", "full", "empty", "complete", "completed", "finished", "built", "filled",
                          "occupied", "vaccinated", "submerged"]
