"""Entry point for `python -m articlekit`."""
import gc
import sys

# Importing spaCy and the kit makes only long-lived objects: the collector would rescan them again and again
# (about a third of the start-up time). Paused while importing; afterwards they are frozen out of its scans.
gc.disable()
from .cli import main  # noqa: E402  (imported after the collector is paused, on purpose)

gc.freeze()
gc.enable()
sys.exit(main())
