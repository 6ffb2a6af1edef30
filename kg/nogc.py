"""Pause Python's cycle collector while millions of acyclic records are built.

Resolution and the writers allocate records that never form cycles; the
collector still walks every live object on each full collection, which cost
a quarter of resolution's time at 10k articles and grows with the corpus.
Reference counting frees everything as usual; collection resumes afterwards.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
