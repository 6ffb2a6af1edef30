"""Graph -> one self-contained HTML file (vis-network from pyvis inlined, no CDN)."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .export import atomic_write
from .network import evidence_by_node, to_networkx

STYLE = {
    "Hospital": {"color": "#d62728", "shape": "dot"},
    "OrgUnit": {"color": "#ff7f0e", "shape": "square"},
    "Person": {"color": "#1f77b4", "shape": "dot"},
    "Honor": {"color": "#bcbd22", "shape": "star"},
    "AwardingBody": {"color": "#9467bd", "shape": "diamond"},
    "Region": {"color": "#2ca02c", "shape": "triangle"},
}


def _vis_js() -> str:
    lib = resources.files("pyvis").joinpath("templates").joinpath("lib").joinpath("vis-9.1.2")
    return lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")


def render_html(graph: Graph, title: str = "hospital-kg") -> str:
    g = to_networkx(graph)
    evidence = evidence_by_node(graph)
    nodes = []
    for n, data in sorted(g.nodes(data=True)):
        style = STYLE.get(data["kind"], {"color": "#7f7f7f", "shape": "dot"})
        tip = "\n".join([data["label"], data["kind"], *evidence.get(n, [])[:3]])
        nodes.append({"id": n, "label": data["label"], "title": tip, "group": data["kind"],
                      "color": style["color"], "shape": style["shape"], "value": 1 + g.degree(n)})
    edges = [{"from": u, "to": v, "label": d.get("relation", ""), "arrows": "to",
              "title": d.get("evidence", "") or d.get("relation", "")}
             for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", "")))]
    legend = "".join(f'<span style="color:{s["color"]}">■ {k}</span> ' for k, s in STYLE.items())
    data = json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, sort_keys=True)
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{margin:0;font-family:sans-serif}}#g{{width:100vw;height:92vh}}#legend{{padding:4px}}</style>
<script>{_vis_js()}</script></head>
<body><div id="legend">{legend}</div><div id="g"></div>
<script>
const data = {data};
const network = new vis.Network(document.getElementById("g"),
  {{nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}},
  {{physics: {{stabilization: {{iterations: 300}}}}, nodes: {{scaling: {{min: 8, max: 40}}}}}});
network.once("stabilizationIterationsDone", () => network.setOptions({{physics: false}}));
</script></body></html>
"""


def write_html(graph: Graph, path: str | Path, title: str = "hospital-kg") -> Path:
    html = render_html(graph, title).encode("utf-8")
    return atomic_write(path, lambda fh: fh.write(html))
