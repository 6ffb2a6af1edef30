"""RDF graph -> networkx graph of entities, for GraphML export and the HTML explorer.

Nodes are the named things (hospitals, units, people, honors, organs,
regions); an award becomes either an edge recipient —荣获→ honor carrying its
year and organs (``awards_as="edges"``) or a small node of its own linked to
recipient, honor and organs (``awards_as="nodes"``).
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV, SKOS

from .vocab import HKG

NODE_CLASSES = {
    HKG.Hospital: "Hospital",
    HKG.OrgUnit: "OrgUnit",
    HKG.Person: "Person",
    HKG.Honor: "Honor",
    HKG.AwardingBody: "AwardingBody",
    HKG.Region: "Region",
}
EDGE_PROPERTIES = {
    HKG.aids: "aids",
    HKG.partOf: "partOf",
    HKG.affiliatedWith: "affiliatedWith",
    HKG.locatedIn: "locatedIn",
}


def _label(graph: Graph, node: URIRef) -> str:
    value = graph.value(node, RDFS.label)
    return str(value) if value is not None else str(node).rsplit("/", 1)[-1]


def to_networkx(graph: Graph, awards_as: str = "edges") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    docs = {d: str(graph.value(d, HKG.fileName) or d) for d in graph.subjects(RDF.type, HKG.Document)}
    for node in sorted(set(graph.subjects(RDF.type, None))):
        classes = set(graph.objects(node, RDF.type))
        kind = next((name for cls, name in NODE_CLASSES.items() if cls in classes), None)
        if kind is None:
            continue
        g.add_node(str(node), label=_label(graph, node), kind=kind,
                   aliases="|".join(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
                   level=str(graph.value(node, HKG.level) or "").rsplit("#", 1)[-1],
                   docs="|".join(sorted(docs.get(d, str(d)) for d in graph.objects(node, PROV.wasDerivedFrom))))
    for prop, name in EDGE_PROPERTIES.items():
        for s, o in sorted(graph.subject_objects(prop)):
            if str(s) in g and str(o) in g:
                g.add_edge(str(s), str(o), key=name, relation=name)
    for award in sorted(graph.subjects(RDF.type, HKG.Award)):
        recipient = graph.value(award, HKG.recipient)
        honor = graph.value(award, HKG.honor)
        if recipient is None or honor is None:
            continue
        year = graph.value(award, HKG.year)
        bodies = sorted(graph.objects(award, HKG.awardedBy))
        evidence = sorted(str(e) for e in graph.objects(award, HKG.evidence))
        sources = sorted(docs.get(d, str(d)) for d in graph.objects(award, PROV.wasDerivedFrom))
        attrs = dict(relation="荣获", year=str(year) if year is not None else "",
                     bodies="|".join(_label(graph, b) for b in bodies), evidence="\n".join(evidence),
                     docs="|".join(sources))
        if awards_as == "nodes":
            a = str(award)
            g.add_node(a, label=f"{year or ''} {_label(graph, honor)}".strip(), kind="Award", **{
                k: v for k, v in attrs.items() if k != "relation"})
            g.add_edge(str(recipient), a, key="recipient", relation="荣获")
            g.add_edge(a, str(honor), key="honor", relation="honor")
            for b in bodies:
                g.add_edge(str(b), a, key="awardedBy", relation="授予")
        else:
            g.add_edge(str(recipient), str(honor), key=str(award), **attrs)
            for b in bodies:
                if not g.has_edge(str(b), str(honor), key="confers"):
                    g.add_edge(str(b), str(honor), key="confers", relation="授予")
    return g


def evidence_by_node(graph: Graph) -> dict[str, list[str]]:
    """Sentences that support each entity: the evidence of the facts it takes part in."""
    out: dict[str, list[str]] = defaultdict(list)
    for fact in graph.subjects(HKG.evidence, None):
        sentences = sorted(str(e) for e in graph.objects(fact, HKG.evidence))
        for _, o in graph.predicate_objects(fact):
            if isinstance(o, URIRef):
                out[str(o)].extend(sentences)
    return {k: sorted(set(v)) for k, v in out.items()}
