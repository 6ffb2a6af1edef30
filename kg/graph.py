"""KnowledgeBase -> RDF triples (the only module that makes triples).

IRIs are minted from stable keys (a hash of the entity's canonical key, a
region's administrative code, a document's content digest), never from blank
nodes, so the same corpus always gives the same graph. Fact nodes (awards,
assistance, affiliations) carry their sentences and documents; the contract's
direct properties (hkg:aids, hkg:affiliatedWith, hkg:role) are asserted too,
so simple questions need no fact node.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .records import Entity, Kind, KnowledgeBase, Source
from .vocab import HKG, ID, LEVEL_INDIVIDUALS, PREFIXES

GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
KIND_PATH = {
    Kind.HOSPITAL: "hospital",
    Kind.ORG_UNIT: "unit",
    Kind.PERSON: "person",
    Kind.HONOR: "honor",
    Kind.AWARDING_BODY: "body",
    Kind.REGION: "region",
}
REGION_CLASS = {
    "province": HKG.Province,
    "prefecture": HKG.Prefecture,
    "county": HKG.County,
    "township": HKG.Township,
    "village": HKG.Village,
}
Triple = tuple[URIRef, URIRef, URIRef | Literal]


def _hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def entity_iri(key: str) -> URIRef:
    kind, _, rest = key.partition(":")
    if kind == "region" and rest.isdigit():
        return URIRef(f"{ID}region/{rest}")
    path = {"hospital": "hospital", "unit": "unit", "person": "person", "honor": "honor", "body": "body",
            "region": "region", "award": "award", "aid": "aid", "affiliation": "affiliation"}.get(kind, kind)
    return URIRef(f"{ID}{path}/{_hash(key)}")


def doc_iri(doc_id: str) -> URIRef:
    return URIRef(f"{ID}doc/{doc_id}")


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def triples(kb: KnowledgeBase) -> Iterator[Triple]:
    """Every triple of the knowledge base, in a deterministic order."""
    labels = {e.key: e.label for e in kb.entities}
    for d in kb.documents:
        s = doc_iri(d.doc_id)
        yield s, RDF.type, HKG.Document
        yield s, RDF.type, PROV.Entity
        yield s, HKG.fileName, Literal(d.name)
        yield s, DCTERMS.title, zh(d.title)
        yield s, HKG.sha256, Literal(d.digest)
        yield s, HKG.encoding, Literal(d.encoding)
        if d.date:
            yield s, DCTERMS.date, _date_literal(d.date)
    for e in kb.entities:
        yield from _entity_triples(e)
    for child, parent in kb.part_of:
        yield entity_iri(child), HKG.partOf, entity_iri(parent)
    for child, parent in kb.located_in:
        yield entity_iri(child), HKG.locatedIn, entity_iri(parent)
    for a in kb.awards:
        s = entity_iri(a.key)
        yield s, RDF.type, HKG.Award
        yield s, HKG.recipient, entity_iri(a.recipient)
        yield s, HKG.honor, entity_iri(a.honor)
        if a.year is not None:
            yield s, HKG.year, Literal(str(a.year), datatype=XSD.gYear)
        for b in a.bodies:
            yield s, HKG.awardedBy, entity_iri(b)
        yield s, RDFS.label, zh(_award_label(labels, a))
        yield from _provenance(s, a.sources)
    for f in kb.aid:
        s = entity_iri(f.key)
        yield s, RDF.type, HKG.Assistance
        yield s, HKG.aider, entity_iri(f.hospital)
        yield s, HKG.aidTarget, entity_iri(f.target)
        for mode in f.modes:
            yield s, HKG.aidMode, zh(mode)
        yield from _provenance(s, f.sources)
        if f.county is not None:
            yield entity_iri(f.hospital), HKG.aids, entity_iri(f.target)
    for f in kb.affiliations:
        s = entity_iri(f.key)
        yield s, RDF.type, HKG.Affiliation
        yield s, HKG.person, entity_iri(f.person)
        yield s, HKG.organization, entity_iri(f.organization)
        for role in f.roles:
            yield s, HKG.role, zh(role)
            yield entity_iri(f.person), HKG.role, zh(role)
        yield from _provenance(s, f.sources)
        yield entity_iri(f.person), HKG.affiliatedWith, entity_iri(f.organization)


def _entity_triples(e: Entity) -> Iterator[Triple]:
    s = entity_iri(e.key)
    attrs = dict(e.attrs)
    cls = {Kind.HOSPITAL: HKG.Hospital, Kind.ORG_UNIT: HKG.OrgUnit, Kind.PERSON: HKG.Person,
           Kind.HONOR: HKG.Honor, Kind.AWARDING_BODY: HKG.AwardingBody, Kind.REGION: HKG.Region}[e.kind]
    yield s, RDF.type, cls
    if e.kind == Kind.REGION and attrs.get("level") in REGION_CLASS:
        yield s, RDF.type, REGION_CLASS[attrs["level"]]
    yield s, RDFS.label, zh(e.label)
    for alt in e.alt_labels:
        yield s, SKOS.altLabel, zh(alt)
    if e.kind == Kind.REGION:
        if "adcode" in attrs:
            yield s, HKG.adcode, Literal(attrs["adcode"])
        if "lat" in attrs and "lon" in attrs:
            yield s, GEO.lat, Literal(attrs["lat"], datatype=XSD.decimal)
            yield s, GEO.long, Literal(attrs["lon"], datatype=XSD.decimal)
        return
    if e.kind in (Kind.HONOR, Kind.AWARDING_BODY) and attrs.get("level") in LEVEL_INDIVIDUALS:
        yield s, HKG.level, LEVEL_INDIVIDUALS[attrs["level"]]
    for doc_id in e.docs:
        yield s, PROV.wasDerivedFrom, doc_iri(doc_id)


def _provenance(s: URIRef, sources: tuple[Source, ...]) -> Iterator[Triple]:
    for src in sources:
        yield s, PROV.wasDerivedFrom, doc_iri(src.doc_id)
        yield s, HKG.evidence, zh(src.sentence)
        yield s, HKG.evidenceLocation, Literal(f"{src.name}#char={src.start},{src.end}")


def _award_label(labels: dict[str, str], a) -> str:
    year = f"{a.year}年 " if a.year else ""
    return f"{labels.get(a.recipient, '')} 荣获 {year}{labels.get(a.honor, '')}"


def _date_literal(date: str) -> Literal:
    if len(date) == 10:
        return Literal(date, datatype=XSD.date)
    if len(date) == 7:
        return Literal(date, datatype=XSD.gYearMonth)
    return Literal(date, datatype=XSD.gYear)


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def to_graph(kb: KnowledgeBase) -> Graph:
    g = new_graph()
    for t in triples(kb):
        g.add(t)
    return g
