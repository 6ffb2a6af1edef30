"""Edits on text that remember where every character came from.

Normalisation is a chain of steps; each step proposes edits (replace
``text[start:end]`` by a string) and the resulting offset maps are composed,
so the final text can always point back into the original file. Maps are
stored as breakpoints (see ``records.OffsetMap``), which keeps them small even
when OCR spaces produce thousands of edits.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from .records import OffsetMap

Edit = tuple[int, int, str]  # replace text[start:end] by the string


def identity(length: int) -> OffsetMap:
    return OffsetMap((0,), (0,), (True,), length, length)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[tuple[int, int, bool]]]:
    """Apply sorted, non-overlapping edits; return the new text and its step map.

    The step map lists (new position, old position, linear) breakpoints. A
    same-length replacement stays linear (character for character); any other
    replacement collapses onto the start of what it replaced.
    """
    out: list[str] = []
    segs: list[tuple[int, int, bool]] = []
    pos = new = 0

    def add(new_at: int, old_at: int, linear: bool) -> None:
        if segs:
            n0, o0, l0 = segs[-1]
            if n0 == new_at:
                segs[-1] = (new_at, old_at, linear)
                return
            if linear and l0 and new_at - n0 == old_at - o0:
                return  # continues the previous linear run
        segs.append((new_at, old_at, linear))

    for start, end, repl in edits:
        if start < pos:
            continue  # overlapping edit: the earlier one wins
        if start > pos:
            add(new, pos, True)
            out.append(text[pos:start])
            new += start - pos
        if repl:
            add(new, start, len(repl) == end - start)
            out.append(repl)
            new += len(repl)
        pos = end
    if pos < len(text):
        add(new, pos, True)
        out.append(text[pos:])
        new += len(text) - pos
    if not segs:
        segs.append((0, 0, True))
    return "".join(out), segs


def compose(current: OffsetMap, step: list[tuple[int, int, bool]], new_len: int) -> OffsetMap:
    """The map new text -> original, given current (old text -> original) and step (new -> old)."""
    text_at: list[int] = []
    orig_at: list[int] = []
    linear: list[bool] = []

    def add(n: int, o: int, lin: bool) -> None:
        if text_at:
            if text_at[-1] == n:
                orig_at[-1], linear[-1] = o, lin
                return
            if lin and linear[-1] and n - text_at[-1] == o - orig_at[-1]:
                return
        text_at.append(n)
        orig_at.append(o)
        linear.append(lin)

    cur_t = current.text_at
    for i, (ns, os_, lin) in enumerate(step):
        ne = step[i + 1][0] if i + 1 < len(step) else new_len
        if not lin:
            add(ns, current.to_source(os_), False)
            continue
        oe = os_ + (ne - ns)
        j = max(bisect_right(cur_t, os_) - 1, 0)
        p = os_
        while p < oe or p == os_:
            cl = current.linear[j] if cur_t else True
            base = current.orig_at[j] + (p - cur_t[j]) if cl else current.orig_at[j]
            add(ns + (p - os_), min(base, current.orig_len), cl)
            j += 1
            if j >= len(cur_t) or cur_t[j] >= oe:
                break
            p = cur_t[j]
    if not text_at:
        add(0, 0, True)
    return OffsetMap(tuple(text_at), tuple(orig_at), tuple(linear), new_len, current.orig_len)
