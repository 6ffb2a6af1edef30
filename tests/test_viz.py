"""The explorer page without a browser: what it holds, how subgraphs are chosen, the CLI around it."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.cli import main
from kg.errors import UsageError
from kg.gazetteer import load_gazetteer
from kg.network import read_entity_graph, to_networkx
from kg.vocab import HKG, ID
from kg.viz import MAX_DRAWN, ViewSpec, render, render_html, write_explorer
from kg.viz.layout import graph_layout, map_layout, project
from kg.viz.page import OVERVIEW
from kg.viz.select import overview_order, select

GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"


def iri(path: str) -> URIRef:
    return URIRef(ID + path)


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def small_graph() -> Graph:
    """Two hospitals, a unit, a person, an honor given twice, an organ, aid to a county."""
    from rdflib import XSD  # not at module level: pytest's collection pokes at module names

    g = Graph()
    doc1, doc2 = iri("doc/a"), iri("doc/b")
    for d, name in ((doc1, "a.txt"), (doc2, "b.txt")):
        g.add((d, RDF.type, HKG.Document))
        g.add((d, HKG.fileName, Literal(name)))
        g.add((d, DCTERMS.title, zh(f"标题{name}")))
    ents = {
        "hospital/h1": (HKG.Hospital, "攀枝花市中心医院", ["市中心医院"]),
        "hospital/h2": (HKG.Hospital, "上海市第一人民医院", []),
        "unit/u1": (HKG.OrgUnit, "攀枝花市中心医院骨科党支部", []),
        "person/p1": (HKG.Person, "王某某", []),
        "honor/o1": (HKG.Honor, "全国先进基层党组织", []),
        "body/b1": (HKG.AwardingBody, "中共中央组织部", ["中组部"]),
        "region/510400": (HKG.Region, "攀枝花市", []),
        "region/540233": (HKG.Region, "亚东县", []),
    }
    for key, (cls, label, alts) in ents.items():
        s = iri(key)
        g.add((s, RDF.type, cls))
        g.add((s, RDFS.label, zh(label)))
        for a in alts:
            g.add((s, SKOS.altLabel, zh(a)))
        if cls != HKG.Region:
            g.add((s, PROV.wasDerivedFrom, doc1))
    g.add((iri("region/510400"), RDF.type, HKG.Prefecture))
    g.add((iri("region/510400"), HKG.adcode, Literal("510400")))
    g.add((iri("region/510400"), URIRef(GEO + "lat"), Literal("26.58", datatype=XSD.decimal)))
    g.add((iri("region/510400"), URIRef(GEO + "long"), Literal("101.72", datatype=XSD.decimal)))
    g.add((iri("region/540233"), RDF.type, HKG.County))
    g.add((iri("region/540233"), HKG.adcode, Literal("540233")))  # no coordinates: the gazetteer has them
    g.add((iri("honor/o1"), HKG.level, HKG.NationalLevel))
    g.add((iri("body/b1"), HKG.level, HKG.NationalLevel))
    g.add((iri("hospital/h1"), HKG.locatedIn, iri("region/510400")))
    g.add((iri("unit/u1"), HKG.partOf, iri("hospital/h1")))
    g.add((iri("person/p1"), HKG.affiliatedWith, iri("unit/u1")))
    aff = iri("affiliation/f1")
    g.add((aff, RDF.type, HKG.Affiliation))
    g.add((aff, HKG.person, iri("person/p1")))
    g.add((aff, HKG.organization, iri("unit/u1")))
    g.add((aff, HKG.role, zh("党支部书记")))
    g.add((aff, HKG.evidence, zh("骨科党支部书记王某某说。")))
    g.add((aff, HKG.evidenceLocation, Literal("a.txt#char=5,16")))
    g.add((aff, PROV.wasDerivedFrom, doc1))
    for key, recipient, year, doc in (("award/w1", "hospital/h1", "2012", doc1),
                                      ("award/w2", "hospital/h2", "2018", doc2)):
        a = iri(key)
        g.add((a, RDF.type, HKG.Award))
        g.add((a, HKG.recipient, iri(recipient)))
        g.add((a, HKG.honor, iri("honor/o1")))
        g.add((a, HKG.year, Literal(year, datatype=XSD.gYear)))
        g.add((a, HKG.awardedBy, iri("body/b1")))
        g.add((a, HKG.evidence, zh(f"{year}年荣获全国先进基层党组织。")))
        g.add((a, HKG.evidenceLocation, Literal(f"{'a' if doc == doc1 else 'b'}.txt#char=0,20")))
        g.add((a, PROV.wasDerivedFrom, doc))
    aid = iri("aid/x1")
    g.add((aid, RDF.type, HKG.Assistance))
    g.add((aid, HKG.aider, iri("hospital/h2")))
    g.add((aid, HKG.aidTarget, iri("region/540233")))
    g.add((aid, HKG.aidMode, zh("对口支援")))
    g.add((aid, HKG.evidence, zh("上海市第一人民医院对口支援亚东县。")))
    g.add((aid, HKG.evidenceLocation, Literal("b.txt#char=0,16")))
    g.add((aid, PROV.wasDerivedFrom, doc2))
    g.add((iri("hospital/h2"), HKG.aids, iri("region/540233")))
    return g


def page_data(html: str) -> tuple[list, list, dict]:
    def block(name: str):
        m = re.search(rf'<script type="application/json" id="{name}">(.*?)</script>', html, re.S)
        return json.loads(m.group(1))

    return block("kg-nodes"), block("kg-edges"), block("kg-data")


# ---- the entity network ------------------------------------------------------------------------

def test_awards_are_edges_or_nodes_and_facts_keep_their_evidence():
    eg = read_entity_graph(small_graph())
    edges_view = to_networkx(eg, "edges")
    assert edges_view.number_of_nodes() == 8
    received = [d for _, _, d in edges_view.edges(data=True) if d["relation"] == "荣获"]
    assert sorted(d["year"] for d in received) == ["2012", "2018"]
    assert all(d["bodies"] == "中共中央组织部" for d in received)
    confers = [(u, v) for u, v, d in edges_view.edges(data=True) if d["relation"] == "授予"]
    assert confers == [(ID + "body/b1", ID + "honor/o1")]  # one organ -> honor edge for both awards
    nodes_view = to_networkx(eg, "nodes")
    assert nodes_view.number_of_nodes() == 10  # + two award nodes
    assert nodes_view.nodes[ID + "award/w1"]["label"] == "2012 全国先进基层党组织"
    aid = next(e for e in eg.edges if e.relation == "aids")
    fact = eg.facts[aid.facts[0]]
    assert fact.evidence == ("上海市第一人民医院对口支援亚东县。",)
    assert [(s.doc, s.location) for s in fact.sources] == [(ID + "doc/b", "b.txt#char=0,16")]


# ---- the page ----------------------------------------------------------------------------------

def test_page_holds_every_entity_fact_and_source():
    html = render_html(small_graph())
    nodes, edges, data = page_data(html)
    entities = [n for n in nodes if n.get("m") != 2]
    assert len(entities) == 8 and data["meta"]["counts"] == {"nodes": 8, "edges": 7}
    hospital = next(n for n in nodes if n["id"] == "hospital/h1")
    assert hospital["alt"] == ["市中心医院"] and hospital["kind"] == "Hospital"
    assert {d["file"] for d in data["docs"]} == {"a.txt", "b.txt"}
    honor = next(n for n in nodes if n["id"] == "honor/o1")
    assert honor["level"] == "national"
    # the honor was read from both articles (through its awards): the source filter keeps it for either
    assert sorted(data["docs"][i]["file"] for i in honor["docs"]) == ["a.txt", "b.txt"]
    sentences = {s for f in data["facts"] for s in f.get("ev", [])}
    assert "骨科党支部书记王某某说。" in sentences
    assert data["meta"]["years"] == [2012, 2018]


def test_page_is_self_contained():
    html = render_html(small_graph())
    assert "vis.Network" in html and "<link" not in html
    assert not re.search(r"""<script[^>]+src=|url\(\s*['"]?https?:|@import""", html)
    assert "bootstrap" not in html.lower() and "cdn" not in html.lower()


def test_same_graph_same_bytes(sample_build):
    first = render_html(sample_build.graph)
    reparsed = Graph()
    reparsed.parse(data=sample_build.graph.serialize(format="nt"), format="nt")  # other insertion order
    assert render_html(reparsed) == first


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    """Sets and dicts must never leak their order into the page: two processes, two hash seeds."""
    import os
    import subprocess
    import sys

    source = tmp_path / "kg.ttl"
    small_graph().serialize(source, format="turtle")
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"page{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "viz", str(source), "--out", str(out)], env=env, check=True,
                       capture_output=True)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_labels_cannot_break_out_of_the_page():
    g = Graph()
    h = iri("hospital/x")
    g.add((h, RDF.type, HKG.Hospital))
    g.add((h, RDFS.label, zh('</script><img src=x onerror="alert(1)">医院')))
    html = render_html(g)
    blocks = re.findall(r'<script type="application/json" id="[\w-]+">(.*?)</script>', html, re.S)
    assert len(blocks) == 4 and not any("<" in b for b in blocks)  # so no label can end its <script>
    nodes, _, _ = page_data(html)
    assert nodes[0]["label"] == '</script><img src=x onerror="alert(1)">医院'


def test_page_counts_match_the_rdf(sample_build):
    g = sample_build.graph
    nodes, edges, data = page_data(render_html(g))
    classes = (HKG.Hospital, HKG.OrgUnit, HKG.Person, HKG.Honor, HKG.AwardingBody, HKG.Region)
    entities = {s for c in classes for s in g.subjects(RDF.type, c)}
    assert len([n for n in nodes if n.get("m") != 2]) == len(entities)
    assert len([e for e in edges if e.get("m") != 2]) == data["meta"]["counts"]["edges"]
    assert len([n for n in nodes if n.get("m") == 2]) == len(set(g.subjects(RDF.type, HKG.Award)))


# ---- layouts -----------------------------------------------------------------------------------

def test_graph_layout_is_deterministic_and_never_stacks_nodes():
    ids = [f"n{i}" for i in range(60)]
    edges = [(f"n{i}", f"n{i // 3}") for i in range(1, 40)]  # a tree and 20 loose nodes
    pos = graph_layout(ids, edges)
    assert pos == graph_layout(list(reversed(ids)), list(reversed(edges)))
    assert len(set(pos.values())) == len(ids)


def test_map_places_regions_hospitals_and_units_but_not_honors():
    eg = read_entity_graph(small_graph())
    pos = map_layout(eg)
    assert pos[ID + "region/510400"] == project(101.72, 26.58)
    x, y = project(*load_gazetteer().locate("540233"))
    assert pos[ID + "region/540233"] == (x, y)
    hx, hy = pos[ID + "hospital/h1"]  # beside its city
    assert 0 < abs(hx - project(101.72, 26.58)[0]) + abs(hy - project(101.72, 26.58)[1]) < 40
    assert ID + "unit/u1" in pos and ID + "person/p1" in pos
    assert ID + "honor/o1" not in pos and ID + "body/b1" not in pos
    assert ID + "hospital/h2" not in pos  # no place known


def test_overview_grows_a_connected_backbone_from_the_hubs():
    # two hubs with many leaves, joined through one connector node
    edges = [("hubA", f"a{i}") for i in range(10)] + [("hubB", f"b{i}") for i in range(9)]
    edges += [("hubA", "link"), ("link", "hubB")]
    ids = sorted({x for e in edges for x in e} | {"lonely"})
    order = overview_order(ids, edges)
    assert order[:3] == ["hubA", "hubB", "link"] or order[:3] == ["hubA", "link", "hubB"]
    assert sorted(order) == ids and order[-1] == "lonely"


def test_a_too_big_graph_warns_and_opens_on_an_overview():
    from kg.viz.synth import synthetic_graph

    html, stats = render(synthetic_graph(MAX_DRAWN + 400))
    assert stats.nodes > MAX_DRAWN and stats.drawn == OVERVIEW
    assert stats.warnings and "--focus" in stats.warnings[0]
    nodes, _, data = page_data(html)
    assert data["meta"]["limit"] == OVERVIEW
    assert sorted(n["rank"] for n in nodes) == list(range(len(nodes)))


# ---- choosing a subgraph -----------------------------------------------------------------------

def test_focus_by_alias_and_depth():
    eg = read_entity_graph(small_graph())
    one = select(eg, ViewSpec(focus=("市中心医院",), depth=1)).graph
    assert {n.label for n in one.nodes.values() if n.kind != "Award"} == {
        "攀枝花市中心医院", "攀枝花市", "攀枝花市中心医院骨科党支部", "全国先进基层党组织"}
    two = select(eg, ViewSpec(focus=("市中心医院",), depth=2)).graph
    assert "上海市第一人民医院" in {n.label for n in two.nodes.values()}  # through the shared honor
    assert ID + "award/w1" in two.nodes  # award nodes come with recipient and honor


def test_focus_partial_match_when_unambiguous_else_a_clear_error():
    eg = read_entity_graph(small_graph())
    assert select(eg, ViewSpec(focus=("第一人民",))).focus == (ID + "hospital/h2",)
    with pytest.raises(UsageError, match="3 nodes contain"):
        select(eg, ViewSpec(focus=("医院",)))
    with pytest.raises(UsageError, match="no node has this name"):
        select(eg, ViewSpec(focus=("协和医院",)))


def test_since_drops_older_awards_and_honors_nobody_got_since():
    eg = read_entity_graph(small_graph())
    later = select(eg, ViewSpec(since=2015)).graph
    years = sorted(f.year for f in later.facts.values() if f.kind == "Award")
    assert years == [2018]
    assert ID + "honor/o1" in later.nodes
    with pytest.raises(UsageError, match="nothing to show"):
        select(eg, ViewSpec(since=2030, classes=("Honor",)))


def test_class_filter_accepts_english_and_chinese_names():
    eg = read_entity_graph(small_graph())
    kept = select(eg, ViewSpec(classes=("医院", "honor"))).graph
    assert {n.kind for n in kept.nodes.values()} == {"Hospital", "Honor", "Award"}
    assert {e.relation for e in kept.edges} == {"received", "recipient", "honor"}
    with pytest.raises(UsageError, match="unknown class"):
        select(eg, ViewSpec(classes=("Doctor",)))


# ---- the CLI -----------------------------------------------------------------------------------

@pytest.fixture()
def small_ttl(tmp_path):
    path = tmp_path / "kg.ttl"
    small_graph().serialize(path, format="turtle")
    return path


def test_kg_viz_writes_a_focused_page(small_ttl, tmp_path):
    out = tmp_path / "f.html"
    result = CliRunner().invoke(main, ["viz", str(small_ttl), "--focus", "中组部", "--depth", "1",
                                       "--since", "2015", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out}")
    nodes, _, data = page_data(out.read_text(encoding="utf-8"))
    assert {n["label"] for n in nodes if n.get("m") != 2} == {"中共中央组织部", "全国先进基层党组织"}
    assert data["meta"]["focus"] == ["body/b1"] and "since 2015" in data["meta"]["notes"]


@pytest.mark.parametrize("args, message", [
    (["--focus", "协和医院"], "--focus 协和医院: no node has this name"),
    (["--class", "Doctor"], "--class Doctor: unknown class"),
])
def test_kg_viz_bad_input_is_one_line_and_exit_1(small_ttl, tmp_path, args, message):
    result = CliRunner().invoke(main, ["viz", str(small_ttl), "--out", str(tmp_path / "x.html"), *args])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and message in result.output
    assert not (tmp_path / "x.html").exists()


def test_kg_viz_missing_graph(tmp_path):
    result = CliRunner().invoke(main, ["viz", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1 and "no such graph file" in result.output


def test_write_explorer_reports_size(tmp_path):
    page = write_explorer(small_graph(), tmp_path / "p.html", ViewSpec(view="map", awards="nodes"))
    assert (page.nodes, page.edges, page.drawn, page.warnings) == (8, 7, 8, ())
    meta = page_data(page.path.read_text(encoding="utf-8"))[2]["meta"]
    assert (meta["view"], meta["awards"]) == ("map", "nodes")
