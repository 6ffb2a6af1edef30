"""The exported graph follows the ontology contract: terms, provenance, stable IRIs, no blank nodes."""
from __future__ import annotations

from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.vocab import HKG

CONTRACT_CLASSES = [HKG.Hospital, HKG.OrgUnit, HKG.Person, HKG.Honor, HKG.AwardingBody, HKG.Region,
                    HKG.County, HKG.Award, HKG.Document]
CONTRACT_PROPERTIES = [RDFS.label, SKOS.altLabel, HKG.recipient, HKG.honor, HKG.awardedBy, HKG.year, HKG.aids,
                       HKG.locatedIn, HKG.partOf, HKG.affiliatedWith, HKG.role, PROV.wasDerivedFrom, HKG.evidence]


def by_label(g, label):
    return {s for s in g.subjects(RDFS.label, Literal(label, lang="zh"))}


def test_every_contract_term_is_used(sample_build):
    g = sample_build.graph
    for cls in CONTRACT_CLASSES:
        assert (None, RDF.type, cls) in g, cls
    for prop in CONTRACT_PROPERTIES:
        assert (None, prop, None) in g, prop


def test_no_blank_nodes_and_chinese_labels(sample_build):
    g = sample_build.graph
    assert not any(isinstance(t, BNode) for triple in g for t in triple)
    for _, label in g.subject_objects(RDFS.label):
        assert label.language == "zh"


def test_every_fact_node_has_document_and_sentence(sample_build):
    g = sample_build.graph
    for cls in (HKG.Award, HKG.Assistance, HKG.Affiliation):
        for fact in g.subjects(RDF.type, cls):
            docs = list(g.objects(fact, PROV.wasDerivedFrom))
            assert docs and all((d, RDF.type, HKG.Document) in g for d in docs), fact
            assert list(g.objects(fact, HKG.evidence)), fact
            for loc in g.objects(fact, HKG.evidenceLocation):
                assert "#char=" in str(loc)


def test_one_hospital_named_in_two_articles_is_one_node_with_its_short_forms(sample_build):
    g = sample_build.graph
    (node,) = by_label(g, "攀枝花市中心医院")
    assert len(set(g.objects(node, PROV.wasDerivedFrom))) >= 2
    assert Literal("市中心医院", lang="zh") in set(g.objects(node, SKOS.altLabel))


def test_exact_award_fact(sample_build):
    """中共中央组织部 conferred 全国先进基层党组织 on 攀枝花市中心医院 in 2011."""
    g = sample_build.graph
    (hospital,) = by_label(g, "攀枝花市中心医院")
    (honor,) = by_label(g, "全国先进基层党组织")
    (body,) = by_label(g, "中共中央组织部")
    awards = [a for a in g.subjects(HKG.recipient, hospital) if (a, HKG.honor, honor) in g]
    assert any(str(g.value(a, HKG.year)) == "2011" and (a, HKG.awardedBy, body) in g for a in awards)


def test_aid_reaches_the_county_through_the_gazetteer(sample_build):
    g = sample_build.graph
    (hospital,) = by_label(g, "攀枝花市中心医院")
    counties = set()
    for target in g.objects(hospital, HKG.aids):
        for up in g.transitive_objects(target, HKG.locatedIn):
            if (up, RDF.type, HKG.County) in g:
                counties.add(str(g.value(up, RDFS.label)))
    assert {"木里藏族自治县", "盐边县", "盐源县"} <= counties


def test_region_iris_are_administrative_codes(sample_build):
    g = sample_build.graph
    (county,) = [s for s in by_label(g, "盐边县") if (s, RDF.type, HKG.County) in g]
    assert county == URIRef("https://w3id.org/hospital-kg/id/region/510422")
    assert str(g.value(county, HKG.adcode)) == "510422"
