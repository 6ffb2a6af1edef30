"""SHACL: the built graph conforms; the shapes catch a broken one."""
from __future__ import annotations

from rdflib import RDF

from conftest import ROOT
from kg.validate import validate
from kg.vocab import HKG


def test_built_graph_conforms(sample_build):
    result = validate(sample_build.graph)
    assert result.conforms, result.report[:2000]


def test_award_without_recipient_is_caught(sample_build):
    g = sample_build.graph.__class__()
    for t in sample_build.graph:
        g.add(t)
    award = next(g.subjects(RDF.type, HKG.Award))
    g.remove((award, HKG.recipient, None))
    result = validate(g)
    assert not result.conforms
    assert "an award has one recipient" in result.report


def test_shipped_shapes_and_ontology_are_the_ones_in_ontology_folder():
    for name in ("shapes.ttl", "hospital-kg.ttl"):
        assert (ROOT / "kg" / "data" / name).read_bytes() == (ROOT / "ontology" / name).read_bytes(), \
            f"kg/data/{name} differs from ontology/{name}: run make sync-ontology"
