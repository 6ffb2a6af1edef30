"""The interactive HTML explorer: one self-contained page that opens from disk with no network.

``write_html`` is what ``kg build`` and ``kg viz`` call; ``ViewSpec`` chooses
the subgraph (``--focus``, ``--depth``, ``--class``, ``--since``) and how the
page opens (graph or map, awards as edges or nodes).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from ..export import atomic_write
from ..network import EntityGraph, read_entity_graph
from .page import MAX_DRAWN, PageStats, render_page
from .select import CLASSES, DEFAULT_TITLE, ViewSpec, select

__all__ = ["CLASSES", "MAX_DRAWN", "ViewSpec", "VizResult", "render", "render_html", "write_explorer", "write_html"]


@dataclass(frozen=True)
class VizResult:
    path: Path
    nodes: int  # entities in the page
    edges: int
    drawn: int  # nodes drawn when the page opens
    warnings: tuple[str, ...]


def render(graph: Graph | EntityGraph, spec: ViewSpec | None = None) -> tuple[str, PageStats]:
    """The page's HTML for ``graph`` as ``spec`` asks, and what it holds."""
    spec = spec or ViewSpec()
    eg = graph if isinstance(graph, EntityGraph) else read_entity_graph(graph)
    chosen = select(eg, spec)
    return render_page(chosen.graph, title=spec.title, view=spec.view, awards=spec.awards,
                       notes=tuple(chosen.notes), focus=chosen.focus)


def render_html(graph: Graph | EntityGraph, title: str = DEFAULT_TITLE, spec: ViewSpec | None = None) -> str:
    """The page's HTML (same graph and spec, same bytes)."""
    if spec is None:
        spec = ViewSpec(title=title)
    return render(graph, spec)[0]


def write_explorer(graph: Graph | EntityGraph, path: str | Path, spec: ViewSpec | None = None) -> VizResult:
    """Write the page atomically; the result says what it holds and warns when it is too big to draw whole."""
    html, stats = render(graph, spec)
    data = html.encode("utf-8")
    written = atomic_write(path, lambda fh: fh.write(data))
    return VizResult(written, stats.nodes, stats.edges, stats.drawn, stats.warnings)


def write_html(graph: Graph | EntityGraph, path: str | Path, title: str = DEFAULT_TITLE) -> Path:
    """The whole graph's page at ``path`` (see ``write_explorer`` for subgraphs and warnings)."""
    return write_explorer(graph, path, ViewSpec(title=title)).path
