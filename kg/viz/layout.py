"""Where nodes start: a deterministic graph layout and a longitude/latitude map layout.

The graph layout is a start, not the end: the page refines it with a bounded
number of force-directed iterations and then switches physics off. Starting
from a structured layout (each component as a radial tree around its
best-connected node, components packed in rows) lets those few iterations
converge, and keeps the output a pure function of the graph — no random seed.

The map layout projects longitude and latitude (equirectangular, x shrunk by
cos 36° so China keeps its shape) and is final: no physics runs on a map.
"""
from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass

from ..gazetteer import load_gazetteer
from ..network import EntityGraph, Node

SPACING = 70.0  # distance between BFS rings, in canvas units
GAP = 26.0  # minimal distance between neighbours on a ring
MARGIN = 22.0  # around each component when packing
MAP_SCALE = 40.0  # canvas units per degree of latitude
MAP_CENTER = (104.0, 36.0)
_COS = math.cos(math.radians(MAP_CENTER[1]))
_GOLDEN = math.pi * (3 - math.sqrt(5))
_REGION_DEPTH = {"province": 1, "prefecture": 2, "county": 3, "township": 4, "village": 5}

Point = tuple[float, float]


def graph_layout(ids: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, Point]:
    """Start positions for an undirected view of ``edges`` over ``ids``."""
    ids = sorted(set(ids))
    adj: dict[str, set[str]] = {i: set() for i in ids}
    for a, b in edges:
        if a in adj and b in adj and a != b:
            adj[a].add(b)
            adj[b].add(a)
    rank = {i: (-len(adj[i]), i) for i in ids}
    seen: set[str] = set()
    placed: list[tuple[float, dict[str, Point]]] = []
    for root in sorted(ids, key=rank.__getitem__):
        if root not in seen:
            pos, radius = _radial_tree(root, adj, rank, seen)
            placed.append((radius, pos))
    return _pack(placed)


def _radial_tree(root: str, adj: dict[str, set[str]], rank, seen: set[str]) -> tuple[dict[str, Point], float]:
    """One component as a BFS tree: rings by depth, wedges by subtree size."""
    children: dict[str, list[str]] = defaultdict(list)
    depth = {root: 0}
    order = [root]
    seen.add(root)
    queue = deque([root])
    while queue:
        v = queue.popleft()
        for w in sorted(adj[v] - seen, key=rank.__getitem__):
            seen.add(w)
            depth[w] = depth[v] + 1
            children[v].append(w)
            order.append(w)
            queue.append(w)
    size = {v: 1 for v in order}
    for v in reversed(order):
        for w in children[v]:
            size[v] += size[w]
    per_ring: dict[int, int] = defaultdict(int)
    for v in order:
        per_ring[depth[v]] += 1
    radius = {0: 0.0}
    for d in range(1, max(per_ring) + 1):
        radius[d] = max(radius[d - 1] + SPACING, per_ring[d] * GAP / (2 * math.pi))
    pos: dict[str, Point] = {root: (0.0, 0.0)}
    wedge = {root: (0.0, 2 * math.pi)}
    for v in order:
        lo, hi = wedge[v]
        total = sum(size[w] for w in children[v]) or 1
        for w in children[v]:
            share = (hi - lo) * size[w] / total
            wedge[w] = (lo, lo + share)
            angle = lo + share / 2
            lo += share
            r = radius[depth[w]]
            pos[w] = (r * math.cos(angle), r * math.sin(angle))
    return pos, max(math.hypot(x, y) for x, y in pos.values()) + MARGIN


def _pack(components: list[tuple[float, dict[str, Point]]]) -> dict[str, Point]:
    """Components in rows, biggest first, the whole centred on the origin."""
    components.sort(key=lambda c: (-c[0], -len(c[1]), min(c[1])))
    width = max([2 * r for r, _ in components] + [math.sqrt(sum((2 * r) ** 2 for r, _ in components))])
    out: dict[str, Point] = {}
    x = y = row_height = 0.0
    for r, pos in components:
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + r, y + r
        for k, (px, py) in pos.items():
            out[k] = (cx + px, cy + py)
        x += 2 * r
        row_height = max(row_height, 2 * r)
    if out:
        xs = [p[0] for p in out.values()]
        ys = [p[1] for p in out.values()]
        mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        out = {k: (round(px - mx, 1), round(py - my, 1)) for k, (px, py) in out.items()}
    return out


def project(lon: float, lat: float) -> Point:
    """Longitude/latitude -> canvas units (y grows southwards, as on screen)."""
    return (round((lon - MAP_CENTER[0]) * MAP_SCALE * _COS, 1), round((MAP_CENTER[1] - lat) * MAP_SCALE, 1))


def region_lonlat(node: Node) -> Point | None:
    """A region's coordinates: its own, else the gazetteer's for its code (or its nearest ancestor's)."""
    if node.lon is not None and node.lat is not None:
        return (node.lon, node.lat)
    if node.adcode:
        return load_gazetteer().locate(node.adcode)
    return None


def map_layout(eg: EntityGraph) -> dict[str, Point]:
    """Map positions of the nodes that have a place.

    Regions sit at their coordinates; a hospital at its most specific region;
    units at their hospital, people at their unit or hospital. Nodes sharing a
    point are spread on a small golden-angle spiral around it. Honors, organs
    and awards have no place and get no map position.
    """
    anchor: dict[str, Point] = {}
    for n in eg.nodes.values():
        if n.kind == "Region":
            ll = region_lonlat(n)
            if ll is not None:
                anchor[n.id] = project(*ll)
    located: dict[str, list[str]] = defaultdict(list)
    parents: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in eg.edges:
        if e.relation == "locatedIn":
            located[e.source].append(e.target)
        elif e.relation in ("partOf", "affiliatedWith"):
            parents[(e.relation, e.source)].append(e.target)
    for n in eg.nodes.values():
        if n.kind == "Hospital":
            places = [r for r in located.get(n.id, []) if r in anchor and eg.nodes[r].kind == "Region"]
            if places:
                best = max(places, key=lambda r: (_REGION_DEPTH.get(eg.nodes[r].region_level, 0), r))
                anchor[n.id] = anchor[best]
    for kind, relation in (("OrgUnit", "partOf"), ("Person", "affiliatedWith")):
        for n in eg.nodes.values():
            if n.kind == kind:
                hosts = sorted(t for t in parents.get((relation, n.id), []) if t in anchor)
                if hosts:
                    anchor[n.id] = anchor[hosts[0]]
    return _spread(anchor, eg)


_KIND_ORDER = {"Region": 0, "Hospital": 1, "OrgUnit": 2, "Person": 3}


def _spread(anchor: dict[str, Point], eg: EntityGraph) -> dict[str, Point]:
    at: dict[Point, list[str]] = defaultdict(list)
    for k, p in anchor.items():
        at[p].append(k)
    out: dict[str, Point] = {}
    for (x, y), ids in at.items():
        ids.sort(key=lambda k: (_KIND_ORDER.get(eg.nodes[k].kind, 9), k))
        first = 0 if eg.nodes[ids[0]].kind == "Region" else -1
        for i, k in enumerate(ids):
            step = i - first
            if step == 0:
                out[k] = (x, y)
                continue
            r, a = 14.0 * math.sqrt(step), step * _GOLDEN
            out[k] = (round(x + r * math.cos(a), 1), round(y + r * math.sin(a), 1))
    return out


@dataclass(frozen=True)
class MapBackground:
    """What the page draws under a map: a dot per division, names of the provinces."""

    dots: tuple[int, ...]  # x0, y0, x1, y1, ... (canvas units, rounded)
    labels: tuple[tuple[str, int, int], ...]  # (short province name, x, y)


def map_background() -> MapBackground:
    """China's outline drawn from the gazetteer's ~3,000 division centres (no tiles, no network)."""
    from ..gazetteer import strip_suffix

    dots: set[tuple[int, int]] = set()
    labels = []
    for d in load_gazetteer():
        if d.lon is None or d.lat is None:
            continue
        x, y = project(d.lon, d.lat)
        dots.add((round(x), round(y)))
        if d.level == "province":
            labels.append((strip_suffix(d.name, "province"), round(x), round(y)))
    return MapBackground(tuple(v for p in sorted(dots) for v in p), tuple(sorted(labels, key=lambda t: t[1:])))
