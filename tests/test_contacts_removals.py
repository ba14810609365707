"""The contacts model tells the view which rows a keystroke removed, found by
walking the old and new id lists side by side (ui/contacts/model.py,
``_removed_runs``): the same runs as counting every id that went, or None where
the new list is not the old one less a few runs (then the view is reset)."""

from __future__ import annotations

import random

from netzjournal.ui.contacts.model import _removed_runs


def _reference(old: list[int], new: list[int], limit: int) -> list[tuple[int, int]] | None:
    kept = set(new)
    if [cid for cid in old if cid in kept] != new:
        return None
    runs: list[tuple[int, int]] = []
    for row, cid in enumerate(old):
        if cid in kept:
            continue
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs if len(runs) <= limit else None


def test_removed_runs_match_a_count_of_every_removed_row():
    rng = random.Random(15)
    shapes = {"reset": 0, "removed": 0}
    for _ in range(4000):
        old = rng.sample(range(500), rng.randint(0, 80))
        kind = rng.random()
        if kind < 0.4:  # a filter: rows go all over the list
            new = [cid for cid in old if rng.random() < 0.6]
        elif kind < 0.8:  # a few contiguous runs go
            new = list(old)
            for _ in range(rng.randint(0, 5)):
                if new:
                    at = rng.randrange(len(new))
                    del new[at : at + rng.randint(1, 12)]
        else:  # another list altogether (or the same ids in another order)
            new = rng.sample(old, rng.randint(0, len(old)))
        for limit in (0, 1, 4, 16):
            found = _removed_runs(old, new, limit)
            assert found == _reference(old, new, limit), (old, new, limit)
            shapes["reset" if found is None else "removed"] += 1
    assert shapes["reset"] > 1000 and shapes["removed"] > 1000  # both outcomes were tried


def test_long_lists_with_a_few_runs_removed():
    old = list(range(50_000))
    new = old[:100] + old[300:20_000] + old[20_001:49_999]
    assert _removed_runs(old, new, 16) == [(100, 299), (20_000, 20_000), (49_999, 49_999)]
    scattered = old[::2]
    assert _removed_runs(old, scattered, 16) is None
    assert _removed_runs(old, [*old[:10], 99_999], 16) is None  # an id that was not there
