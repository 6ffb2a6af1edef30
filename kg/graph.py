"""KnowledgeBase -> RDF triples (the only module that makes triples).

IRIs are minted from stable keys (a hash of the entity's canonical key, a
region's administrative code, a document's stable file name), never from blank
nodes, so the same corpus always gives the same graph. Fact nodes (awards,
assistance, affiliations) carry their sentences and documents; the contract's
direct properties (hkg:aids, hkg:affiliatedWith, hkg:role) are asserted too,
so simple questions need no fact node.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .records import AffiliationFact, AidFact, AwardFact, DocumentInfo, Entity, Kind, KnowledgeBase, Source
from .resolve import Group
from .turtle import Block, Lit, Term
from .turtle import write_ntriples as _write_ntriples
from .turtle import write_turtle as _write_turtle
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
Triple = tuple[URIRef, URIRef, URIRef | Literal]

# Plain-string terms: the graph is built as strings and only made rdflib terms for to_graph().
_T = {name: str(term) for name, term in {
    "type": RDF.type, "label": RDFS.label, "altLabel": SKOS.altLabel, "title": DCTERMS.title,
    "date": DCTERMS.date, "derived": PROV.wasDerivedFrom, "ProvEntity": PROV.Entity,
    "lat": GEO.lat, "long": GEO.long, "gYear": XSD.gYear, "decimal": XSD.decimal, "xdate": XSD.date,
    "gYearMonth": XSD.gYearMonth,
}.items()}
_H = {name: str(getattr(HKG, name)) for name in (
    "Document", "Hospital", "OrgUnit", "Person", "Honor", "AwardingBody", "Region", "Province", "Prefecture",
    "County", "Township", "Village", "Award", "Assistance", "Affiliation", "fileName", "sha256", "encoding",
    "partOf", "locatedIn", "recipient", "honor", "year", "awardedBy", "aider", "aidTarget", "aidMode", "aids",
    "person", "organization", "role", "affiliatedWith", "evidence", "evidenceLocation", "adcode", "level")}
REGION_CLASS = {level: _H[level.capitalize()] for level in ("province", "prefecture", "county", "township", "village")}
KIND_CLASS = {Kind.HOSPITAL: _H["Hospital"], Kind.ORG_UNIT: _H["OrgUnit"], Kind.PERSON: _H["Person"],
              Kind.HONOR: _H["Honor"], Kind.AWARDING_BODY: _H["AwardingBody"], Kind.REGION: _H["Region"]}
LEVEL_IRIS = {level: str(iri) for level, iri in LEVEL_INDIVIDUALS.items()}
_PATHS = {"hospital": "hospital", "unit": "unit", "person": "person", "honor": "honor", "body": "body",
          "region": "region", "award": "award", "aid": "aid", "affiliation": "affiliation"}


def _hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1 << 18)  # hospitals, regions and honors are referenced over and over
def entity_iri_str(key: str) -> str:
    kind, _, rest = key.partition(":")
    if kind == "region" and rest.isdigit():
        return f"{ID}region/{rest}"
    return f"{ID}{_PATHS.get(kind, kind)}/{_hash(key)}"


def doc_iri_str(doc_id: str) -> str:
    return f"{ID}doc/{doc_id}"


def entity_iri(key: str) -> URIRef:
    return URIRef(entity_iri_str(key))


def doc_iri(doc_id: str) -> URIRef:
    return URIRef(doc_iri_str(doc_id))


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _zh(text: str) -> Lit:
    return Lit(text, "zh")


Pairs = list[tuple[str, Term]]


def blocks(kb: KnowledgeBase) -> Iterator[Block]:
    """Every subject of the knowledge base with all its (predicate, object) pairs, one block each.

    An entity's block gathers what other records say about it (its partOf and
    locatedIn, a hospital's aids, a person's roles). Those records are sorted by
    the entity's key, as the entities are, so they are merged in as the entities
    go by: a writer sees each subject once and nothing is indexed in memory.
    """
    keys = [e.key for e in kb.entities]  # sorted: labels are found by bisection
    for d in kb.documents:
        yield doc_iri_str(d.doc_id), _document_pairs(d)
    sources = [_Extras(kb.part_of, lambda t: [(_H["partOf"], entity_iri_str(t[1]))]),
               _Extras(kb.located_in, lambda t: [(_H["locatedIn"], entity_iri_str(t[1]))]),
               _Extras((f for f in kb.aid if f.county is not None),
                       lambda f: [(_H["aids"], entity_iri_str(f.target))], key=lambda f: f.hospital),
               _Extras(kb.affiliations, _person_pairs, key=lambda f: f.person)]
    orphans: dict[str, Pairs] = {}
    for e in kb.entities:
        pairs = _entity_pairs(e)
        for extra in sources:
            pairs.extend(extra.take(e.key, orphans))
        yield entity_iri_str(e.key), pairs
    for extra in sources:
        extra.take(None, orphans)
    for key in sorted(orphans):  # subjects that are no entity of the kb (not expected; kept for safety)
        yield entity_iri_str(key), orphans[key]
    for a in kb.awards:
        year = f"{a.year}年 " if a.year else ""
        label = f"{_label(kb.entities, keys, a.recipient)} 荣获 {year}{_label(kb.entities, keys, a.honor)}"
        yield entity_iri_str(a.key), _award_pairs(a, label)
    for f in kb.aid:
        yield entity_iri_str(f.key), _aid_pairs(f)
    for f in kb.affiliations:
        yield entity_iri_str(f.key), _affiliation_pairs(f)


def document_block(d: DocumentInfo) -> Block:
    return doc_iri_str(d.doc_id), _document_pairs(d)


def group_blocks(g: Group) -> list[Block]:
    """The blocks of one resolved entity (``resolve.aggregate``): its own, with what its facts say of it,
    and one per fact it heads. The same pairs as ``blocks`` gives for them."""
    e = g.entity
    pairs = _entity_pairs(e)
    pairs.extend((_H["partOf"], entity_iri_str(p)) for p in g.part_of)
    pairs.extend((_H["locatedIn"], entity_iri_str(p)) for p in g.located_in)
    pairs.extend((_H["aids"], entity_iri_str(f.target)) for f in g.aid if f.county is not None)
    for f in g.affiliations:
        pairs.extend(_person_pairs(f))
    out: list[Block] = [(entity_iri_str(e.key), pairs)]
    out.extend((entity_iri_str(a.key), _award_pairs(a, label)) for a, label in zip(g.awards, g.award_labels))
    out.extend((entity_iri_str(f.key), _aid_pairs(f)) for f in g.aid)
    out.extend((entity_iri_str(f.key), _affiliation_pairs(f)) for f in g.affiliations)
    return out


class _Extras:
    """Pairs about entities from records sorted by the entity's key, taken as the entities go by."""

    def __init__(self, records, pairs, key=lambda t: t[0]):
        self.records, self.pairs, self.key = iter(records), pairs, key
        self.head = next(self.records, None)

    def take(self, entity: str | None, orphans: dict[str, Pairs]) -> Pairs:
        out: Pairs = []
        while self.head is not None:
            k = self.key(self.head)
            if entity is not None and k > entity:
                break
            (out if k == entity else orphans.setdefault(k, [])).extend(self.pairs(self.head))
            self.head = next(self.records, None)
        return out


def _person_pairs(f: AffiliationFact) -> Pairs:
    pairs: Pairs = [(_H["role"], _zh(role)) for role in f.roles]
    pairs.append((_H["affiliatedWith"], entity_iri_str(f.organization)))
    return pairs


def _document_pairs(d) -> Pairs:
    pairs: Pairs = [
        (_T["type"], _H["Document"]),
        (_T["type"], _T["ProvEntity"]),
        (_H["fileName"], Lit(d.name)),
        (_T["title"], _zh(d.title)),
        (_H["sha256"], Lit(d.digest)),
        (_H["encoding"], Lit(d.encoding)),
    ]
    if d.date:
        pairs.append((_T["date"], _date_literal(d.date)))
    return pairs


def _entity_pairs(e: Entity) -> Pairs:
    attrs = dict(e.attrs)
    pairs: Pairs = [(_T["type"], KIND_CLASS[e.kind])]
    if e.kind == Kind.REGION and attrs.get("level") in REGION_CLASS:
        pairs.append((_T["type"], REGION_CLASS[attrs["level"]]))
    pairs.append((_T["label"], _zh(e.label)))
    pairs.extend((_T["altLabel"], _zh(alt)) for alt in e.alt_labels)
    if e.kind == Kind.REGION:
        if "adcode" in attrs:
            pairs.append((_H["adcode"], Lit(attrs["adcode"])))
        if "lat" in attrs and "lon" in attrs:
            pairs.append((_T["lat"], Lit(attrs["lat"], None, _T["decimal"])))
            pairs.append((_T["long"], Lit(attrs["lon"], None, _T["decimal"])))
        return pairs
    if e.kind in (Kind.HONOR, Kind.AWARDING_BODY) and attrs.get("level") in LEVEL_IRIS:
        pairs.append((_H["level"], LEVEL_IRIS[attrs["level"]]))
    pairs.extend((_T["derived"], doc_iri_str(doc_id)) for doc_id in e.docs)
    return pairs


def _label(entities: tuple[Entity, ...], keys: list[str], key: str) -> str:
    i = bisect_left(keys, key)
    return entities[i].label if i < len(keys) and keys[i] == key else ""


def _award_pairs(a: AwardFact, label: str) -> Pairs:
    pairs: Pairs = [
        (_T["type"], _H["Award"]),
        (_H["recipient"], entity_iri_str(a.recipient)),
        (_H["honor"], entity_iri_str(a.honor)),
    ]
    if a.year is not None:
        pairs.append((_H["year"], Lit(str(a.year), None, _T["gYear"])))
    pairs.extend((_H["awardedBy"], entity_iri_str(b)) for b in a.bodies)
    pairs.append((_T["label"], _zh(label)))
    pairs.extend(_provenance(a.sources))
    return pairs


def _aid_pairs(f: AidFact) -> Pairs:
    pairs: Pairs = [
        (_T["type"], _H["Assistance"]),
        (_H["aider"], entity_iri_str(f.hospital)),
        (_H["aidTarget"], entity_iri_str(f.target)),
    ]
    pairs.extend((_H["aidMode"], _zh(mode)) for mode in f.modes)
    pairs.extend(_provenance(f.sources))
    return pairs


def _affiliation_pairs(f: AffiliationFact) -> Pairs:
    pairs: Pairs = [
        (_T["type"], _H["Affiliation"]),
        (_H["person"], entity_iri_str(f.person)),
        (_H["organization"], entity_iri_str(f.organization)),
    ]
    pairs.extend((_H["role"], _zh(role)) for role in f.roles)
    pairs.extend(_provenance(f.sources))
    return pairs


def _provenance(sources: tuple[Source, ...]) -> Pairs:
    pairs: Pairs = []
    for src in sources:
        pairs.append((_T["derived"], doc_iri_str(src.doc_id)))
        pairs.append((_H["evidence"], _zh(src.sentence)))
        pairs.append((_H["evidenceLocation"], Lit(f"{src.name}#char={src.start},{src.end}")))
    return pairs


def _date_literal(date: str) -> Lit:
    if len(date) == 10:
        return Lit(date, None, _T["xdate"])
    if len(date) == 7:
        return Lit(date, None, _T["gYearMonth"])
    return Lit(date, None, _T["gYear"])


def plain_triples(kb: KnowledgeBase) -> Iterator[tuple[str, str, Term]]:
    """Every triple as plain strings (duplicates possible: a graph or writer drops them)."""
    for s, pairs in blocks(kb):
        for p, o in pairs:
            yield s, p, o


def to_term(o: Term) -> URIRef | Literal:
    if isinstance(o, Lit):
        return Literal(o.value, lang=o.lang, datatype=URIRef(o.datatype) if o.datatype else None)
    return URIRef(o)


def triples(kb: KnowledgeBase) -> Iterator[Triple]:
    """Every triple of the knowledge base as rdflib terms."""
    for s, p, o in plain_triples(kb):
        yield URIRef(s), URIRef(p), to_term(o)


def namespaces() -> dict[str, str]:
    """The prefix bindings of the graphs this module makes (what the Turtle writer may use)."""
    return {prefix: str(ns) for prefix, ns in new_graph().namespaces()}


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


def write_turtle(kb: KnowledgeBase, fh, spool_dir=None) -> int:
    """The knowledge base as Turtle, streamed (see kg.turtle); the same bytes as serialising to_graph(kb)."""
    return _write_turtle(blocks(kb), fh, namespaces(), spool_dir)


def write_ntriples(kb: KnowledgeBase, fh, spool_dir=None) -> int:
    """The knowledge base as sorted N-Triples lines, in bounded memory."""
    return _write_ntriples(blocks(kb), fh, spool_dir)
