"""Choose the subgraph a page shows: by year, by class, around named nodes.

A page that embeds a focused subgraph opens fast and reads well; the page's
own filters then work within it. Order matters and is fixed: ``since`` drops
awards first (so honors nobody received since then go too), then ``classes``
keeps node kinds, then ``focus`` keeps what lies within ``depth`` hops of the
named nodes in what is left.
"""
from __future__ import annotations

import heapq
import unicodedata
from collections import defaultdict, deque
from dataclasses import dataclass, field, replace

from ..errors import UsageError
from ..network import AWARD_NODES, Edge, EntityGraph

CLASSES = ("Hospital", "OrgUnit", "Person", "Honor", "AwardingBody", "Region")
_CLASS_NAMES = {
    **{c.lower(): c for c in CLASSES},
    "unit": "OrgUnit", "body": "AwardingBody", "organ": "AwardingBody", "people": "Person",
    "医院": "Hospital", "科室": "OrgUnit", "部门": "OrgUnit", "人物": "Person", "人员": "Person",
    "荣誉": "Honor", "授予机构": "AwardingBody", "机构": "AwardingBody", "地区": "Region", "地点": "Region",
}
_AWARD_RELATIONS = ("received", "recipient", "honor", "awardedBy", "confers")
DEFAULT_TITLE = "医院知识图谱 hospital-kg"


@dataclass(frozen=True)
class ViewSpec:
    """What a page shows and how it opens."""

    focus: tuple[str, ...] = ()  # names or aliases; partial match when unambiguous
    depth: int = 1
    classes: tuple[str, ...] = ()  # empty: all
    since: int | None = None  # keep awards of this year or later (undated ones go)
    awards: str = "edges"  # initial drawing of awards: "edges" or "nodes"
    view: str = "graph"  # initial layout: "graph" or "map"
    title: str = DEFAULT_TITLE


@dataclass
class Selection:
    graph: EntityGraph
    focus: tuple[str, ...] = ()  # ids of the focus nodes
    notes: list[str] = field(default_factory=list)  # what was selected, for the page header


def normalize(text: str) -> str:
    """The form names are compared in: NFKC, lower case, no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def class_of(name: str) -> str:
    """A class name as the CLI accepts it (English, short or Chinese) -> the class."""
    found = _CLASS_NAMES.get(name.strip().lower())
    if found is None:
        raise UsageError(f"--class {name}: unknown class; choose from {', '.join(CLASSES)} "
                         "(or 医院, 科室, 人物, 荣誉, 授予机构, 地区)")
    return found


def find_nodes(eg: EntityGraph, name: str) -> list[str]:
    """The node a name means: exact label or alias first, else the one that contains it."""
    q = normalize(name)
    if not q:
        raise UsageError("--focus: empty name")
    entities = [n for n in eg.nodes.values() if n.kind != "Award"]
    exact = [n.id for n in entities if q in {normalize(x) for x in (n.label, *n.aliases)}]
    if exact:
        return exact
    partial = [n for n in entities if any(q in normalize(x) for x in (n.label, *n.aliases))]
    if len(partial) == 1:
        return [partial[0].id]
    if not partial:
        raise UsageError(f"--focus {name}: no node has this name or alias "
                         "(list names with: kg query GRAPH --named hospitals)")
    shown = "、".join(sorted(n.label for n in partial)[:6])
    raise UsageError(f"--focus {name}: {len(partial)} nodes contain this name ({shown}"
                     f"{' …' if len(partial) > 6 else ''}); give a fuller name")


def select(eg: EntityGraph, spec: ViewSpec) -> Selection:
    """The subgraph ``spec`` asks for (the whole graph when it asks for nothing)."""
    notes: list[str] = []
    if spec.depth < 0:
        raise UsageError(f"--depth {spec.depth}: must be 0 or more")
    if spec.since is not None:
        eg = _since(eg, spec.since)
        notes.append(f"since {spec.since}")
    if spec.classes:
        kinds = {class_of(c) for c in spec.classes}
        keep = {n.id for n in eg.nodes.values() if n.kind in kinds}
        notes.append("classes: " + ", ".join(sorted(kinds)))
    else:
        keep = {n.id for n in eg.nodes.values() if n.kind != "Award"}
    focus: list[str] = []
    for name in spec.focus:
        focus.extend(f for f in find_nodes(eg, name) if f not in focus)
    if focus:
        keep = _within(eg, keep | set(focus), focus, spec.depth)
        labels = "、".join(eg.nodes[f].label for f in focus)
        notes.append(f"around {labels} (depth {spec.depth})")
    chosen = _induced(eg, keep)
    if notes and not any(n.kind != "Award" for n in chosen.nodes.values()):
        raise UsageError(f"nothing to show: no node is left ({'; '.join(notes)})")
    return Selection(chosen, tuple(focus), notes)


def _since(eg: EntityGraph, year: int) -> EntityGraph:
    gone = {f.id for f in eg.facts.values() if f.kind == "Award" and (f.year is None or f.year < year)}
    edges: list[Edge] = []
    for e in eg.edges:
        if e.relation not in _AWARD_RELATIONS:
            edges.append(e)
            continue
        facts = tuple(f for f in e.facts if f not in gone)
        if facts:
            edges.append(replace(e, facts=facts))
    used = {x for e in edges for x in (e.source, e.target)}
    nodes = {k: n for k, n in eg.nodes.items()
             if k not in gone and not (n.kind in ("Honor", "AwardingBody") and k not in used)}
    facts = {k: f for k, f in eg.facts.items() if k not in gone}
    return EntityGraph(nodes, edges, facts, eg.docs)


def _within(eg: EntityGraph, allowed: set[str], start: list[str], depth: int) -> set[str]:
    """Nodes within ``depth`` hops of ``start`` (edges drawn as awards-as-edges, any direction)."""
    adj: dict[str, list[str]] = {k: [] for k in allowed}
    for e in eg.edges:
        if e.mode != AWARD_NODES and e.source in allowed and e.target in allowed:
            adj[e.source].append(e.target)
            adj[e.target].append(e.source)
    dist = {s: 0 for s in start}
    queue = deque(start)
    while queue:
        v = queue.popleft()
        if dist[v] == depth:
            continue
        for w in adj[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                queue.append(w)
    return set(dist)


def _induced(eg: EntityGraph, keep: set[str]) -> EntityGraph:
    """Entities in ``keep``, the award nodes between kept recipient and honor, edges between kept nodes."""
    awards = {}
    for e in eg.edges:
        if e.relation == "received" and e.source in keep and e.target in keep:
            awards[e.key] = True
    keep = keep | {k for k in awards if k in eg.nodes}
    nodes = {k: n for k, n in eg.nodes.items() if k in keep}
    edges = [e for e in eg.edges if e.source in keep and e.target in keep]
    used_facts = {f for e in edges for f in e.facts}
    facts = {k: f for k, f in eg.facts.items() if k in used_facts}
    return EntityGraph(nodes, edges, facts, eg.docs)


def overview_order(ids: list[str], edges: list[tuple[str, str]]) -> list[str]:
    """Every node, in the order a too-big graph's page shows them: grown best-first from the hubs.

    Taking the best-connected nodes alone gives hubs with nothing between them
    (honors are never linked to honors). Growing from the biggest hub and
    always taking the best-connected node next to what is taken gives the
    backbone instead: hubs and the nodes that join them. A component is taken
    whole before the next one starts.
    """
    adj: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    key = {i: (-len(adj[i]), i) for i in ids}
    seen: set[str] = set()
    order: list[str] = []
    for hub in sorted(ids, key=key.__getitem__):
        if hub in seen:
            continue
        heap = [key[hub]]
        while heap:
            _, v = heapq.heappop(heap)
            if v in seen:
                continue
            seen.add(v)
            order.append(v)
            for w in adj[v]:
                if w not in seen and w in key:
                    heapq.heappush(heap, key[w])
    return order
