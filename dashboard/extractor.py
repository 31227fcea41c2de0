"""Run the core's extraction as a separate process: `python -m stats extract INPUTS --out DIR -q`.

The dashboard never imports the extractor; it only reads what `stats extract` writes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from stats.export import DOCUMENTS_CSV

# `stats extract` exit statuses the dashboard acts on (the core's --help documents them all).
EXTRACT_OK = 0
EXTRACT_SOME_FAILED = 1  # some inputs could not be read; the others' figures were written


def command(inputs: Sequence[Path | str], out: Path) -> list[str]:
    """The command line that extracts inputs into out, quietly."""
    return [sys.executable, "-m", "stats", "extract", *map(str, inputs), "--out", str(out), "-q"]


def run_extract(inputs: Sequence[Path | str], out: Path, who: str = "stats dashboard") -> int:
    """Extract inputs into out in a child process and return its exit status; says on stderr
    (as `who`) what failed when the status is not 0. The child's own messages go to stderr too."""
    line = command(inputs, out)
    try:
        status = subprocess.run(line, check=False).returncode
    except OSError as error:
        print(f"{who}: error: cannot run the extractor ({' '.join(line)}): {error.strerror or error}",
              file=sys.stderr)
        return 127
    if status == EXTRACT_SOME_FAILED:
        print(f"{who}: warning: some inputs could not be read (see the status and error columns of "
              f"{out / DOCUMENTS_CSV}); the figures of the others were written", file=sys.stderr)
    elif status < 0:
        print(f"{who}: error: the extractor ({' '.join(line)}) was killed by signal {-status}",
              file=sys.stderr)
    elif status != EXTRACT_OK:
        print(f"{who}: error: the extractor ({' '.join(line)}) failed with exit status {status}",
              file=sys.stderr)
    return status
