"""Entity graph -> the explorer page: pyvis's node and edge lists, our template, vis-network inlined.

pyvis builds the page (``Network.generate_html``) but the template, the
scripts and the styles are ours (``kg/data/viz/``): pyvis's own template
links Bootstrap from a CDN, and the page must open from disk with no
network. The node and edge lists are filled directly — ``from_nx`` is
quadratic — with plain records; the page's script turns them into
vis-network items for whatever subgraph it draws.

Every list is sorted and every number rounded, so the same graph always
gives byte-identical HTML.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

from jinja2 import DictLoader, Environment
from pyvis.network import Network

from ..network import AWARD_NODES, EntityGraph
from ..vocab import ID
from .layout import graph_layout, map_background, map_layout
from .select import overview_order

MAX_DRAWN = 3000  # never more nodes drawn at once than this (a frame stays well under a second)
OVERVIEW = 500  # a graph bigger than MAX_DRAWN opens on this many nodes of its backbone (overview_order)
VIEWS = ("graph", "map")
AWARD_DRAWINGS = ("edges", "nodes")


@dataclass(frozen=True)
class PageStats:
    nodes: int  # entities (awards drawn as edges)
    edges: int
    drawn: int  # nodes the page draws when it opens
    warnings: tuple[str, ...]


def short_id(iri: str) -> str:
    """IRIs minted by the project lose their common prefix in the page (the panel puts it back)."""
    return iri[len(ID):] if iri.startswith(ID) else iri


def _vis_js() -> str:
    lib = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2", "vis-network.min.js")
    return lib.read_text(encoding="utf-8")


def _asset(name: str) -> str:
    return resources.files("kg").joinpath("data", "viz", name).read_text(encoding="utf-8")


def _environment() -> Environment:
    env = Environment(loader=DictLoader({"explorer.html": _asset("explorer.html")}), autoescape=False,
                      keep_trailing_newline=True)
    # Chinese stays readable (and half the size of \\u escapes); tojson still escapes <, >, & and '.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
    return env


def _node_docs(eg: EntityGraph) -> dict[str, set[str]]:
    """Documents that mention a node: its own, its facts', and those of what lies in it.

    Regions and hospitals are mostly named through what is located in them or
    part of them, so docs flow up locatedIn and partOf: filtering by an article
    keeps the city and province its hospital is in.
    """
    docs: dict[str, set[str]] = {k: set(n.docs) for k, n in eg.nodes.items()}
    for e in eg.edges:
        for f in e.facts:
            fd = eg.facts[f].docs if f in eg.facts else ()
            docs[e.source].update(fd)
            docs[e.target].update(fd)
    up = [(e.source, e.target) for e in eg.edges if e.relation in ("locatedIn", "partOf")]
    for _ in range(6):  # village -> township -> county -> prefecture -> province
        changed = False
        for child, parent in up:
            before = len(docs[parent])
            docs[parent] |= docs[child]
            changed |= len(docs[parent]) != before
        if not changed:
            break
    return docs


def payload(eg: EntityGraph, spec_view: str = "graph", spec_awards: str = "edges", title: str = "",
            notes: tuple[str, ...] = (), focus: tuple[str, ...] = ()) -> tuple[list, list, dict, PageStats]:
    """The page's data: node records, edge records, and everything else (facts, documents, map, meta)."""
    doc_ids = sorted(eg.docs, key=lambda d: (eg.docs[d].file, d))
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    fact_ids = sorted(eg.facts)
    fact_index = {f: i for i, f in enumerate(fact_ids)}

    entity_edges = [(e.source, e.target) for e in eg.edges if e.mode != AWARD_NODES]
    entities = [k for k, n in eg.nodes.items() if n.mode != AWARD_NODES]
    deg: dict[str, int] = defaultdict(int)  # degree with awards as edges: sizes nodes, ranks them
    award_deg: dict[str, int] = defaultdict(int)
    recipient_of: dict[str, tuple[str, str]] = {}
    for e in eg.edges:
        if e.mode == AWARD_NODES:
            award_deg[e.source] += 1
            award_deg[e.target] += 1
        else:
            deg[e.source] += 1
            deg[e.target] += 1
        if e.relation == "received":
            recipient_of[e.key] = (e.source, e.target)
    limit = MAX_DRAWN if len(entities) <= MAX_DRAWN else OVERVIEW
    order = overview_order(entities, entity_edges)
    rank = {k: i for i, k in enumerate(order)}
    for a, (r, h) in recipient_of.items():  # an award node comes right after its recipient and honor
        if a in eg.nodes:
            rank[a] = max(rank[r], rank[h]) + 0.5
    rank = {k: i for i, k in enumerate(sorted(rank, key=lambda k: (rank[k], k)))}
    pos = graph_layout(entities, entity_edges)
    if len(entities) > limit:
        # The page opens on the first nodes of the overview order: lay them out among
        # themselves, or they start scattered over the whole graph's layout.
        first = set(order[:limit])
        pos.update(graph_layout(first, [(a, b) for a, b in entity_edges if a in first and b in first]))
    # Award nodes start on the line from recipient to honor, parallel awards side by side.
    seen_pairs: dict[tuple[str, str], int] = defaultdict(int)
    for a, (r, h) in sorted(recipient_of.items()):
        if a in eg.nodes and r in pos and h in pos:
            k = seen_pairs[(r, h)]
            seen_pairs[(r, h)] += 1
            t = 0.5 + 0.12 * ((k + 1) // 2) * (1 if k % 2 else -1)
            pos[a] = (round(pos[r][0] + t * (pos[h][0] - pos[r][0]) + 14 * k, 1),
                      round(pos[r][1] + t * (pos[h][1] - pos[r][1]), 1))
    geo = map_layout(eg)
    docs_of = _node_docs(eg)

    nodes = []
    for k, n in eg.nodes.items():
        rec: dict = {"id": short_id(k), "label": n.label, "kind": n.kind, "rank": rank.get(k, len(rank)),
                     "deg": deg[k] if n.mode != AWARD_NODES else award_deg[k]}
        x, y = pos.get(k, (0.0, 0.0))
        rec["x"], rec["y"] = x, y
        if n.mode:
            rec["m"] = n.mode
        if n.aliases:
            rec["alt"] = list(n.aliases)
        if n.level:
            rec["level"] = n.level
        if docs_of[k]:
            rec["docs"] = sorted(doc_index[d] for d in docs_of[k] if d in doc_index)
        if n.region_level:
            rec["region"] = n.region_level
        if n.adcode:
            rec["adcode"] = n.adcode
        if n.lon is not None and n.lat is not None:
            rec["lonlat"] = [round(n.lon, 6), round(n.lat, 6)]
        if n.roles:
            rec["roles"] = list(n.roles)
        if n.fact:
            rec["fact"] = fact_index[n.fact]
        if k in geo:
            rec["map"] = list(geo[k])
        nodes.append(rec)

    edges = []
    for i, e in enumerate(eg.edges):
        rec = {"id": f"e{i}", "from": short_id(e.source), "to": short_id(e.target), "rel": e.relation}
        if e.facts:
            rec["facts"] = [fact_index[f] for f in e.facts if f in fact_index]
        if e.mode:
            rec["m"] = e.mode
        edges.append(rec)

    facts = []
    for f in (eg.facts[x] for x in fact_ids):
        rec = {"id": short_id(f.id), "kind": f.kind}
        if f.label:
            rec["label"] = f.label
        if f.year is not None:
            rec["year"] = f.year
        if f.bodies:
            rec["bodies"] = [short_id(b) for b in f.bodies]
        if f.notes:
            rec["notes"] = list(f.notes)
        if f.evidence:
            rec["ev"] = list(f.evidence)
        if f.sources:
            rec["src"] = [[doc_index.get(s.doc, -1), s.location] for s in f.sources]
        facts.append(rec)

    docs = []
    for d in (eg.docs[x] for x in doc_ids):
        rec = {"id": short_id(d.id), "file": d.file}
        if d.title:
            rec["title"] = d.title
        if d.date:
            rec["date"] = d.date
        docs.append(rec)

    years = sorted({f.year for f in eg.facts.values() if f.kind == "Award" and f.year is not None})
    n_entities = len(entities)
    n_edges = sum(1 for e in eg.edges if e.mode != AWARD_NODES)
    warnings = []
    if n_entities > MAX_DRAWN:
        warnings.append(f"{n_entities:,} nodes are too many to draw well: the page opens on the "
                        f"{OVERVIEW:,} nodes of its backbone (search, filters and double-click reach the rest); "
                        "for a smaller page use --focus NAME, --class or --since")
    bg = map_background()
    meta = {
        "title": title,
        "base": ID,
        "maxDrawn": MAX_DRAWN,
        "limit": limit,
        "view": spec_view,
        "awards": spec_awards,
        "notes": list(notes),
        "focus": [short_id(f) for f in focus],
        "years": [years[0], years[-1]] if years else [],
        "counts": {"nodes": n_entities, "edges": n_edges},
        "mapDots": list(bg.dots),
        "mapLabels": [list(t) for t in bg.labels],
    }
    stats = PageStats(n_entities, n_edges, min(n_entities, limit), tuple(warnings))
    return nodes, edges, {"facts": facts, "docs": docs, "meta": meta}, stats


def vis_options() -> dict:
    """vis-network options shared by every page; the script adapts a few to the size drawn."""
    font = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", sans-serif'
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "borderWidth": 1,
            "font": {"face": font, "size": 13, "color": "#1f2328", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 9, "max": 36},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "selectionWidth": 1.5,
            "hoverWidth": 0.5,
            "width": 1,
        },
        "interaction": {"hover": True, "tooltipDelay": 250, "multiselect": False, "keyboard": False},
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -26, "centralGravity": 0.01, "springLength": 50,
                                 "springConstant": 0.08, "damping": 0.4, "avoidOverlap": 0.5},
            "minVelocity": 1.0,
            "maxVelocity": 60,
            "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 25, "fit": True},
        },
    }


def render_page(eg: EntityGraph, *, title: str = "", view: str = "graph", awards: str = "edges",
                notes: tuple[str, ...] = (), focus: tuple[str, ...] = ()) -> tuple[str, PageStats]:
    """The HTML of the explorer for ``eg`` and what it holds."""
    nodes, edges, extra, stats = payload(eg, view, awards, title, notes, focus)
    net = Network(height="100%", width="100%", directed=True, heading=title, cdn_resources="local")
    net.nodes = nodes  # filled directly: Network.add_node/from_nx re-check every id and are quadratic
    net.edges = edges
    net.node_ids = [n["id"] for n in nodes]
    net.options = vis_options()
    env = _environment()
    env.globals.update(facts=extra["facts"], docs=extra["docs"], meta=extra["meta"], vis_js=_vis_js(),
                       app_js=_asset("explorer.js"), app_css=_asset("explorer.css"))
    net.templateEnv = env
    net.path = "explorer.html"
    return net.generate_html(), stats
