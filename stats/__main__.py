"""`python -m stats` runs the command line."""

import sys

from stats.cli import main

sys.exit(main())
