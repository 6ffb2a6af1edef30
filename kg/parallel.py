"""Run one function over a stream of items in worker processes; results come back in input order.

Why not ``multiprocessing.Pool.imap``: a worker killed by the kernel (out of
memory on a huge file, a crash in a C extension) makes ``Pool`` wait forever.
Here a dead worker breaks the pool, the items that were in flight are re-run
one at a time in a fresh process to find the one that kills it, that one is
reported as failed, and the build goes on. At most ``window`` items are in
flight, so memory stays flat however long the stream is. Workers ignore
Ctrl-C; the parent handles it and stops them.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Generic, TypeVar

M = TypeVar("M")
A = TypeVar("A")
R = TypeVar("R")


@dataclass(frozen=True)
class WorkerDied:
    """The result of an item whose worker process died while running it."""

    message: str


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _context():
    methods = multiprocessing.get_all_start_methods()
    # fork shares the parent's loaded dictionaries with the workers (no second warm-up)
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _worker_init(initializer: Callable[[], None] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer()


class _Pool(Generic[A, R]):
    def __init__(self, func: Callable[[A], R], jobs: int, initializer: Callable[[], None] | None):
        self.func, self.jobs, self.initializer = func, jobs, initializer
        self.executor = self._new(jobs)

    def _new(self, jobs: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_worker_init,
                                   initargs=(self.initializer,))

    def submit(self, arg: A) -> Future:
        return self.executor.submit(self.func, arg)

    def restart(self) -> None:
        self.stop()
        self.executor = self._new(self.jobs)

    def isolated(self, arg: A) -> R | WorkerDied:
        """Run one item alone in a fresh process: the way to tell which item kills workers."""
        solo = self._new(1)
        try:
            return solo.submit(self.func, arg).result()
        except BrokenProcessPool:
            return WorkerDied("the worker process died while reading it (out of memory or killed)")
        finally:
            _stop(solo)

    def stop(self) -> None:
        _stop(self.executor)


def _stop(executor: ProcessPoolExecutor, wait: bool = True) -> None:
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for p in processes:  # workers may be mid-item; nothing they hold is needed any more
        if p.is_alive():
            p.terminate()
    if wait:
        for p in processes:
            p.join(5)


PASS_THROUGH_CAP = 50_000  # items waiting behind an unfinished one, at most


def ordered_map(
    func: Callable[[A], R],
    items: Iterable[tuple[M, A | None]],
    jobs: int = 1,
    *,
    prepare: Callable[[], None] | None = None,
    window: int | None = None,
) -> Iterator[tuple[M, R | WorkerDied | None]]:
    """Yield ``(meta, func(arg))`` for each ``(meta, arg)``, in input order.

    An item whose ``arg`` is None is passed through with result None (a cache
    hit that needs no work keeps its place in the order). ``func`` runs in
    ``jobs`` worker processes, or in this process when ``jobs`` is 1; the pool
    starts at the first item that needs work, after ``prepare()`` has run here
    (what it loads, forked workers share).
    """
    pool: _Pool[A, R] | None = None
    window = window or max(jobs, 1) * 4
    pending: deque[list] = deque()  # [meta, arg, future | None, result]
    busy = 0  # items of ``pending`` sent to a worker
    try:
        for meta, arg in items:
            if arg is not None and prepare is not None:
                prepare()
                prepare = None
            if jobs <= 1:
                yield meta, (None if arg is None else func(arg))
                continue
            if arg is not None and pool is None:
                pool = _Pool(func, jobs, None)
            pending.append([meta, arg, None if arg is None else pool.submit(arg), None])
            busy += arg is not None
            # Pass-through items do not count against the window: when most items are cache hits,
            # the few that need work must still reach every worker at once. They are capped only
            # so that one slow item cannot make the queue behind it grow without bound.
            while pending and (busy > window or len(pending) > PASS_THROUGH_CAP or _ready(pending[0])):
                busy -= pending[0][1] is not None
                yield _take(pool, pending)
        while pending:
            yield _take(pool, pending)
    finally:
        if pool is not None:
            pool.stop()


def _ready(entry: list) -> bool:
    future = entry[2]
    return future is None or future.done()


def _take(pool: _Pool, pending: deque[list]) -> tuple:
    entry = pending[0]
    future = entry[2]
    if future is not None:
        try:
            entry[3] = future.result()
        except BrokenProcessPool:
            _recover(pool, pending)
    pending.popleft()
    return entry[0], entry[3]


def _recover(pool: _Pool, pending: deque[list]) -> None:
    """A worker died: re-run every item that was in flight alone, then carry on with a fresh pool."""
    suspects = [e for e in pending if e[2] is not None and not _finished_ok(e[2])]
    for e in pending:
        if e[2] is not None and _finished_ok(e[2]):
            e[3] = e[2].result()
            e[2] = None
    pool.restart()
    for e in suspects:
        e[3] = pool.isolated(e[1])
        e[2] = None


def _finished_ok(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None
