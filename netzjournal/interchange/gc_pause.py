"""Cyclic garbage collection paused while a large import builds its objects.

Reading, planning and applying 5,000 cards makes a few hundred thousand
small objects that live until the import ends (contacts, channels, plan rows,
row tuples) and are never part of a reference cycle. CPython's collector
walks the young ones every 700 allocations and the older generations again
and again as they grow: about 4 % of an import's instructions, finding
nothing to free. Reference counting still frees everything as usual.

At the end of a step its survivors are moved to the oldest generation
(``gc.freeze`` then ``gc.unfreeze``, documented to do exactly that) instead of
being walked once more by the young collection that re-enabling would start
at the next allocation — 15-45 ms, landing in whatever code ran next. They
are examined again only by a full collection, which CPython starts by the
growth of the oldest generation as always; garbage cycles among them wait for
that one. Nothing is left frozen.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause the cycle collector for the block (also as a decorator); a collector
    already paused by the caller stays paused. After the block has run, what it
    built is moved to the oldest generation (see the module docstring)."""
    was_enabled = gc.isenabled()
    if was_enabled:  # what is young now is not the block's: collected as it would be
        gc.collect(1)
    gc.disable()
    try:
        yield
    except BaseException:
        if was_enabled:  # (what the block built is garbage: the young collection's)
            gc.enable()
        raise
    if was_enabled:
        if not gc.get_freeze_count():  # (objects someone else froze stay frozen)
            gc.freeze()
            gc.unfreeze()
        gc.enable()
