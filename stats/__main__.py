"""`python -m stats` runs the command line."""

import sys

from stats.cli import main

if __name__ == "__main__":
    sys.exit(main())
