"""The project's vocabulary as a closed namespace: a misspelt term fails at import, not in a query."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY = "https://w3id.org/hospital-kg/ontology#"
ID = "https://w3id.org/hospital-kg/id/"


class HKG(DefinedNamespace):
    """https://w3id.org/hospital-kg/ontology# (the contract's terms first, then extensions)."""

    _fail = True
    _NS = Namespace(ONTOLOGY)

    # classes of the contract
    Hospital: URIRef
    OrgUnit: URIRef
    Person: URIRef
    Honor: URIRef
    AwardingBody: URIRef
    Region: URIRef
    County: URIRef
    Award: URIRef
    Document: URIRef
    # extension classes
    Province: URIRef
    Prefecture: URIRef
    Township: URIRef
    Village: URIRef
    Assistance: URIRef
    Affiliation: URIRef
    HonorLevel: URIRef
    # properties of the contract
    recipient: URIRef
    honor: URIRef
    awardedBy: URIRef
    year: URIRef
    aids: URIRef
    locatedIn: URIRef
    partOf: URIRef
    affiliatedWith: URIRef
    role: URIRef
    evidence: URIRef
    # extension properties
    level: URIRef
    adcode: URIRef
    aider: URIRef
    aidTarget: URIRef
    aidMode: URIRef
    person: URIRef
    organization: URIRef
    fileName: URIRef
    sha256: URIRef
    encoding: URIRef
    evidenceLocation: URIRef
    extractorVersion: URIRef
    # individuals: honor levels
    NationalLevel: URIRef
    ProvincialLevel: URIRef
    CityLevel: URIRef
    CountyLevel: URIRef
    InstitutionLevel: URIRef


LEVEL_INDIVIDUALS = {
    "national": HKG.NationalLevel,
    "provincial": HKG.ProvincialLevel,
    "city": HKG.CityLevel,
    "county": HKG.CountyLevel,
    "institution": HKG.InstitutionLevel,
}

PREFIXES = {
    "hkg": ONTOLOGY,
    "hkgr": ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
}
