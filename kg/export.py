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

FORMATS = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld", "graphml": "graphml"}


def atomic_write(path: str | os.PathLike[str], write: Callable[[object], None], binary: bool = True) -> Path:
    """Call ``write(fh)`` on a temporary file next to ``path``, then rename it into place."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target


def serialize(graph: Graph, fmt: str) -> bytes:
    """Graph -> bytes in an RDF format (turtle, nt, json-ld)."""
    if fmt == "nt":
        lines = sorted(graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines())
        return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
    if fmt == "json-ld":
        return graph.serialize(format="json-ld", encoding="utf-8", sort_keys=True, indent=1, auto_compact=True)
    return graph.serialize(format=fmt, encoding="utf-8")


def write_graph(graph: Graph, path: str | os.PathLike[str], fmt: str = "turtle") -> Path:
    if fmt == "graphml":
        return write_graphml(graph, path)
    data = serialize(graph, fmt)
    return atomic_write(path, lambda fh: fh.write(data))


def write_graphml(graph: Graph, path: str | os.PathLike[str]) -> Path:
    """The entity graph as GraphML for Gephi: labelled nodes, edges named by property."""
    import networkx as nx

    from .network import to_networkx

    g = to_networkx(graph)
    return atomic_write(path, lambda fh: nx.write_graphml(g, fh, encoding="utf-8", prettyprint=True))
