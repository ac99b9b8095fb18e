"""Entry point for `python -m articlekit`."""
import sys

from .cli import main

sys.exit(main())
