"""RDF graph -> the entity network: plain dataclasses first, networkx on top.

The named things (hospitals, units, people, honors, organs, regions) are
nodes; relations between them are edges. Facts (awards, assistance,
affiliations) keep their sentences and documents and hang off the edges they
justify, so the HTML explorer and the GraphML export read the RDF once, the
same way.

An award is drawn either as an edge recipient —荣获→ honor carrying its year
and organs (``awards_as="edges"``), with organ —授予→ honor edges beside it,
or as a small node of its own linked to recipient, honor and organs
(``awards_as="nodes"``). ``Edge.mode`` says which drawing an edge belongs to.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .vocab import HKG

GEO_LAT = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat")
GEO_LONG = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#long")

NODE_CLASSES = {
    HKG.Hospital: "Hospital",
    HKG.OrgUnit: "OrgUnit",
    HKG.Person: "Person",
    HKG.Honor: "Honor",
    HKG.AwardingBody: "AwardingBody",
    HKG.Region: "Region",
}
REGION_LEVELS = {
    HKG.Province: "province",
    HKG.Prefecture: "prefecture",
    HKG.County: "county",
    HKG.Township: "township",
    HKG.Village: "village",
}
LEVELS = {
    HKG.NationalLevel: "national",
    HKG.ProvincialLevel: "provincial",
    HKG.CityLevel: "city",
    HKG.CountyLevel: "county",
    HKG.InstitutionLevel: "institution",
}
EDGE_PROPERTIES = {
    HKG.aids: "aids",
    HKG.partOf: "partOf",
    HKG.affiliatedWith: "affiliatedWith",
    HKG.locatedIn: "locatedIn",
}
# Edge.mode: drawn in both award drawings, only with awards as edges, only with awards as nodes.
BOTH, AWARD_EDGES, AWARD_NODES = 0, 1, 2
# relation -> the name to_networkx has always given it (GraphML consumers rely on these).
_NX_RELATION = {"received": "荣获", "confers": "授予", "recipient": "荣获", "honor": "honor",
                "awardedBy": "授予"}


@dataclass(frozen=True, slots=True)
class Doc:
    """A source article."""

    id: str
    file: str
    title: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact was read: a document and the character span in its file."""

    doc: str  # Doc.id, or "" when the location names no known document
    location: str = ""  # file.txt#char=120,186


@dataclass(slots=True)
class Fact:
    """An award, an assistance or an affiliation: the n-ary fact behind an edge."""

    id: str
    kind: str  # "Award" | "Assistance" | "Affiliation"
    label: str = ""
    year: int | None = None
    bodies: tuple[str, ...] = ()  # awarding bodies (awards)
    notes: tuple[str, ...] = ()  # aid modes (assistance) or roles (affiliation)
    evidence: tuple[str, ...] = ()  # sentences
    sources: tuple[Source, ...] = ()
    docs: tuple[str, ...] = ()


@dataclass(slots=True)
class Node:
    """A named entity, or (awards as nodes) an award."""

    id: str
    label: str
    kind: str  # Hospital, OrgUnit, Person, Honor, AwardingBody, Region, Award
    aliases: tuple[str, ...] = ()
    level: str = ""  # honor/organ level: national, provincial, city, county, institution
    docs: tuple[str, ...] = ()  # the node's own prov:wasDerivedFrom
    region_level: str = ""  # province ... village
    adcode: str = ""
    lon: float | None = None
    lat: float | None = None
    roles: tuple[str, ...] = ()
    fact: str = ""  # the award of an award node
    mode: int = BOTH


@dataclass(frozen=True, slots=True)
class Edge:
    """source -relation-> target; ``facts`` are the ids of the facts that justify it."""

    source: str
    target: str
    relation: str  # aids, partOf, affiliatedWith, locatedIn, received, confers, recipient, honor, awardedBy
    key: str
    facts: tuple[str, ...] = ()
    mode: int = BOTH


@dataclass(slots=True)
class EntityGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    facts: dict[str, Fact] = field(default_factory=dict)
    docs: dict[str, Doc] = field(default_factory=dict)

    def drawn(self, awards_as: str = "edges") -> tuple[list[Node], list[Edge]]:
        """The nodes and edges of one award drawing."""
        skip = AWARD_NODES if awards_as == "edges" else AWARD_EDGES
        return ([n for n in self.nodes.values() if n.mode != skip],
                [e for e in self.edges if e.mode != skip])


def _first(values) -> str:
    """One deterministic value out of several (Chinese label first), or ""."""
    values = sorted(values, key=lambda v: (getattr(v, "language", None) != "zh", str(v)))
    return str(values[0]) if values else ""


def _float(value) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _year(value: str) -> int | None:
    text = value.strip()
    return int(text[:4]) if text[:4].isdigit() else None


class _Index:
    """Every subject's properties, from one pass over the triples.

    Asking rdflib for each property of each node costs a lookup per call;
    on a graph of 20,000 entities one pass and dictionaries are ten times faster.
    """

    def __init__(self, graph: Graph) -> None:
        self.props: dict[object, dict[object, list]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in graph:
            self.props[s][p].append(o)
        self.by_type: dict[object, list] = defaultdict(list)
        for s, ps in self.props.items():
            for t in ps.get(RDF.type, ()):
                self.by_type[t].append(s)

    def objects(self, s, p) -> list:
        ps = self.props.get(s)
        return ps.get(p, []) if ps is not None else []

    def first(self, s, p) -> str:
        return _first(self.objects(s, p))

    def strings(self, s, p) -> tuple[str, ...]:
        return tuple(sorted({str(o) for o in self.objects(s, p)}))

    def subjects(self, cls) -> list:
        return sorted(x for x in self.by_type.get(cls, ()) if isinstance(x, URIRef))

    def label(self, s) -> str:
        return self.first(s, RDFS.label) or str(s).rsplit("/", 1)[-1]


def _sources(ix: _Index, fact: URIRef, docs: tuple[str, ...], files: dict[str, str]) -> tuple[Source, ...]:
    """The fact's evidence locations, each tied to the document whose file it names.

    The graph does not link a sentence to its location, so sentences are kept
    apart (``Fact.evidence``); with one source the pairing is obvious anyway.
    """
    out = []
    for loc in ix.strings(fact, HKG.evidenceLocation):
        name = loc.split("#", 1)[0]
        doc = next((d for d in docs if files.get(d) == name), "")
        out.append(Source(doc, loc))
    covered = {s.doc for s in out}
    out.extend(Source(d) for d in docs if d not in covered)
    return tuple(out)


def read_entity_graph(graph: Graph) -> EntityGraph:
    """Read the entities, facts, documents and relations of a built graph."""
    ix = _Index(graph)
    eg = EntityGraph()
    for d in ix.subjects(HKG.Document):
        eg.docs[str(d)] = Doc(str(d), ix.first(d, HKG.fileName) or str(d).rsplit("/", 1)[-1],
                              ix.first(d, DCTERMS.title), ix.first(d, DCTERMS.date))
    files = {d.id: d.file for d in eg.docs.values()}

    def sources(s: URIRef) -> tuple[str, ...]:
        return ix.strings(s, PROV.wasDerivedFrom)

    for s in sorted({x for cls in NODE_CLASSES for x in ix.subjects(cls)}):
        classes = set(ix.objects(s, RDF.type))
        kind = next(name for cls, name in NODE_CLASSES.items() if cls in classes)
        eg.nodes[str(s)] = Node(
            id=str(s), label=ix.label(s), kind=kind,
            aliases=ix.strings(s, SKOS.altLabel),
            level=next((LEVELS[v] for v in sorted(ix.objects(s, HKG.level)) if v in LEVELS), ""),
            docs=sources(s),
            region_level=next((name for cls, name in REGION_LEVELS.items() if cls in classes), ""),
            adcode=ix.first(s, HKG.adcode),
            lon=_float(ix.first(s, GEO_LONG) or None), lat=_float(ix.first(s, GEO_LAT) or None),
            roles=ix.strings(s, HKG.role))

    pair_facts: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for kind, a, b, notes in (("Assistance", HKG.aider, HKG.aidTarget, HKG.aidMode),
                              ("Affiliation", HKG.person, HKG.organization, HKG.role)):
        relation = "aids" if kind == "Assistance" else "affiliatedWith"
        for f in ix.subjects(getattr(HKG, kind)):
            docs = sources(f)
            eg.facts[str(f)] = Fact(str(f), kind, ix.first(f, RDFS.label), notes=ix.strings(f, notes),
                                    evidence=ix.strings(f, HKG.evidence),
                                    sources=_sources(ix, f, docs, files), docs=docs)
            for x in ix.objects(f, a):
                for y in ix.objects(f, b):
                    pair_facts[(str(x), str(y), relation)].append(str(f))

    pairs: set[tuple[str, str, str]] = {p for p in pair_facts}
    for prop, name in EDGE_PROPERTIES.items():
        pairs.update((str(s), str(o), name) for s, o in graph.subject_objects(prop))
    for s, o, name in sorted(pairs):
        if s in eg.nodes and o in eg.nodes:
            eg.edges.append(Edge(s, o, name, name, tuple(sorted(pair_facts.get((s, o, name), ())))))

    confers: dict[tuple[str, str], list[str]] = defaultdict(list)
    for award in ix.subjects(HKG.Award):
        r, h = ix.first(award, HKG.recipient), ix.first(award, HKG.honor)
        if r not in eg.nodes or h not in eg.nodes:
            continue
        a = str(award)
        docs = sources(award)
        bodies = tuple(b for b in ix.strings(award, HKG.awardedBy) if b in eg.nodes)
        fact = Fact(a, "Award", ix.first(award, RDFS.label), year=_year(ix.first(award, HKG.year)), bodies=bodies,
                    evidence=ix.strings(award, HKG.evidence), sources=_sources(ix, award, docs, files), docs=docs)
        eg.facts[a] = fact
        eg.edges.append(Edge(r, h, "received", a, (a,), AWARD_EDGES))
        honor_label = eg.nodes[h].label
        eg.nodes[a] = Node(a, f"{fact.year or ''} {honor_label}".strip(), "Award", docs=docs, fact=a,
                           mode=AWARD_NODES)
        eg.edges.append(Edge(r, a, "recipient", "recipient", (a,), AWARD_NODES))
        eg.edges.append(Edge(a, h, "honor", "honor", (a,), AWARD_NODES))
        for b in bodies:
            eg.edges.append(Edge(b, a, "awardedBy", "awardedBy", (a,), AWARD_NODES))
            confers[(b, h)].append(a)
    for (b, h), awards in sorted(confers.items()):
        eg.edges.append(Edge(b, h, "confers", "confers", tuple(sorted(awards)), AWARD_EDGES))
    eg.nodes = dict(sorted(eg.nodes.items()))
    eg.edges.sort(key=lambda e: (e.source, e.target, e.relation, e.key))
    return eg


def to_networkx(graph: Graph | EntityGraph, awards_as: str = "edges") -> nx.MultiDiGraph:
    """The entity network as networkx (for GraphML); attributes are plain strings."""
    eg = graph if isinstance(graph, EntityGraph) else read_entity_graph(graph)
    nodes, edges = eg.drawn(awards_as)
    files = {d.id: d.file for d in eg.docs.values()}

    def docs_of(ids) -> str:
        return "|".join(sorted(files.get(d, d) for d in ids))

    g = nx.MultiDiGraph()
    for n in nodes:
        if n.kind == "Award":
            f = eg.facts[n.fact]
            g.add_node(n.id, label=n.label, kind="Award", **_fact_attrs(eg, f, docs_of))
        else:
            g.add_node(n.id, label=n.label, kind=n.kind, aliases="|".join(n.aliases),
                       level=_level_name(n.level), docs=docs_of(n.docs))
    for e in edges:
        relation = _NX_RELATION.get(e.relation, e.relation)
        if e.relation == "received":
            f = eg.facts[e.facts[0]]
            g.add_edge(e.source, e.target, key=e.key, relation=relation, **_fact_attrs(eg, f, docs_of))
        else:
            g.add_edge(e.source, e.target, key=e.key, relation=relation)
    return g


def _level_name(level: str) -> str:
    return {v: str(k).rsplit("#", 1)[-1] for k, v in LEVELS.items()}.get(level, "")


def _fact_attrs(eg: EntityGraph, f: Fact, docs_of) -> dict[str, str]:
    return dict(year=str(f.year) if f.year is not None else "",
                bodies="|".join(eg.nodes[b].label for b in f.bodies),
                evidence="\n".join(f.evidence), docs=docs_of(f.docs))


def evidence_by_node(graph: Graph) -> dict[str, list[str]]:
    """Sentences that support each entity: the evidence of the facts it takes part in."""
    out: dict[str, list[str]] = defaultdict(list)
    for fact in graph.subjects(HKG.evidence, None):
        sentences = sorted(str(e) for e in graph.objects(fact, HKG.evidence))
        for _, o in graph.predicate_objects(fact):
            if isinstance(o, URIRef):
                out[str(o)].extend(sentences)
    return {k: sorted(set(v)) for k, v in out.items()}


__all__ = ["AWARD_EDGES", "AWARD_NODES", "BOTH", "Doc", "Edge", "EntityGraph", "Fact", "Node", "Source",
           "evidence_by_node", "read_entity_graph", "to_networkx"]
