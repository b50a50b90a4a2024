"""`python -m analysis ...`: the command line (see analysis.cli)."""
import sys

from .cli import main

sys.exit(main())
