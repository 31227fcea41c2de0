"""`python -m stats.bench`: the throughput bench against quantulum3, by its short name
(the bench itself is `stats.evaluate.bench`)."""

from __future__ import annotations

from stats.evaluate.bench import main

if __name__ == "__main__":
    main()
