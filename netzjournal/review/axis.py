"""Round ticks for a chart's value axis (0, 5, 10, 15 — not 0, 4, 7, 10, 14)."""

from __future__ import annotations

import math


def round_ticks(highest: int, most: int = 5) -> list[int]:
    """Ticks from 0 past ``highest`` in steps of 1, 2 or 5 times a power of ten,
    at most ``most`` intervals; the last tick is the top of the axis."""
    highest = max(highest, 1)
    raw = highest / most
    power = 10 ** max(0, math.floor(math.log10(raw))) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power * most >= highest)
    top = math.ceil(highest / step) * step
    return list(range(0, top + 1, step))
