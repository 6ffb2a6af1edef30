"""ordered_map: order kept, and sparse work among many pass-through items still runs in parallel."""
from __future__ import annotations

import os
import time
from pathlib import Path

from kg.parallel import ordered_map


def _meet(arg: tuple[str, int]) -> str:
    """Mark this item as started, then wait (up to 20 s) for the other item to start too."""
    folder, i = arg
    Path(folder, str(i)).write_text(str(os.getpid()))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if len(os.listdir(folder)) >= 2:
            return "together"
        time.sleep(0.01)
    return "alone"


def test_work_items_far_apart_among_pass_throughs_run_at_the_same_time(tmp_path):
    # two items needing work, 100 cache hits between them: both must be in the workers at once
    items = [(f"hit{i}", None) for i in range(5)] + [("a", (str(tmp_path), 1))]
    items += [(f"hit{i}", None) for i in range(5, 105)] + [("b", (str(tmp_path), 2))]
    out = list(ordered_map(_meet, items, jobs=2))
    assert [m for m, _ in out] == [m for m, _ in items]
    assert dict(out)["a"] == dict(out)["b"] == "together"
    assert all(r is None for m, r in out if m.startswith("hit"))
