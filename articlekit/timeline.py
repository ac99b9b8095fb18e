"""The timeline's two steps in one place: time expressions (articlekit.timexes) and events (articlekit.events).

Importing this module registers both spaCy components, `articlekit_timexes` and `articlekit_events`.
Word lists: articlekit/data/time_words.toml; world knowledge: articlekit/data/world_events.toml.
"""
from __future__ import annotations

from .events import find_events
from .events import records as event_records
from .timex_values import value_span
from .timexes import Timex, find_timexes
from .timexes import records as timex_records

__all__ = ["Timex", "event_records", "find_events", "find_timexes", "timex_records", "value_span"]
