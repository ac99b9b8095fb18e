"""Entry point for `python -m articlekit`."""
import gc

from .cli import main, run_and_leave

# A command analyses one article and ends: the collector would only rescan the models and word lists again and
# again. It stays paused; corpus mode turns it on again (cli.run_analyze).
gc.disable()
run_and_leave(main)
