"""Write graphs to files: Turtle, N-Triples, JSON-LD, GraphML. Always atomically.

Every writer goes through ``atomic_write``: the bytes land in a temporary
file beside the target and are renamed over it only when complete, so a
killed build leaves the previous file whole.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

from .nogc import paused_gc
from .records import KnowledgeBase

FORMATS = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld", "graphml": "graphml"}


def atomic_write(path: str | os.PathLike[str], write: Callable[[object], None], binary: bool = True) -> Path:
    """Call ``write(fh)`` on a temporary file next to ``path``, then rename it into place.

    The temporary file's name carries this process's id, so the leftovers of a
    build that was killed (kill -9 runs no clean-up) are removed by the next one.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            write(fh)
            fh.flush()
            os.fchmod(fh.fileno(), 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale_temporaries(target: Path) -> None:
    """Delete ``.NAME.PID.*.tmp`` files beside ``target`` whose process no longer runs."""
    for tmp in target.parent.glob(f".{target.name}.*.tmp"):
        pid = tmp.name[len(target.name) + 2:].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        try:
            tmp.unlink()
        except OSError:
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def serialize(graph: Graph, fmt: str) -> bytes:
    """Graph -> bytes in an RDF format (turtle, nt, json-ld)."""
    if fmt == "nt":
        # split on "\n" only: str.splitlines() also breaks at U+2028, U+0085, form feeds ... inside literals
        lines = sorted(graph.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n"))
        return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
    if fmt == "json-ld":
        return graph.serialize(format="json-ld", encoding="utf-8", sort_keys=True, indent=1, auto_compact=True)
    return graph.serialize(format=fmt, encoding="utf-8")


def write_graph(graph: Graph, path: str | os.PathLike[str], fmt: str = "turtle") -> Path:
    if fmt == "graphml":
        return write_graphml(graph, path)
    data = serialize(graph, fmt)
    return atomic_write(path, lambda fh: fh.write(data))


def write_kb(kb: KnowledgeBase, path: str | os.PathLike[str], fmt: str = "turtle") -> tuple[Path, int]:
    """Stream a knowledge base to Turtle or N-Triples: no rdflib graph, memory bounded by the
    number of subjects, not triples. The bytes equal ``write_graph(to_graph(kb), path, fmt)``.
    Returns the file written and its number of triples.
    """
    from .graph import write_ntriples, write_turtle

    writers = {"turtle": write_turtle, "nt": write_ntriples}
    if fmt not in writers:
        raise ValueError(f"cannot stream {fmt!r}; use write_graph")
    target = Path(path)
    count = 0

    def write(fh) -> None:
        nonlocal count
        with paused_gc():
            count = writers[fmt](kb, fh, spool_dir=target.parent)

    return atomic_write(target, write), count


def write_graphml(graph: Graph, path: str | os.PathLike[str]) -> Path:
    """The entity graph as GraphML for Gephi: labelled nodes, edges named by property."""
    import networkx as nx

    from .network import to_networkx

    g = to_networkx(graph)
    return atomic_write(path, lambda fh: nx.write_graphml(g, fh, encoding="utf-8", prettyprint=True))
