"""Cyclic garbage collection paused while a large import builds its objects.

Reading, planning and applying 5,000 cards makes a few hundred thousand
small objects that live until the import ends (contacts, channels, plan rows,
row tuples) and are never part of a reference cycle. CPython's collector
walks the young ones every 700 allocations and the older generations again
and again as they grow: about 4 % of an import's instructions, finding
nothing to free. Reference counting still frees everything as usual; only the
search for cycles waits until the step is over (then the next collection looks
at what the step left, once).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause the cycle collector for the block (also as a decorator); a collector
    already paused by the caller stays paused."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
