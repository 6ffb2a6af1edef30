"""Check a graph against the SHACL shapes shipped in ``kg/data/shapes.ttl`` (a copy of ontology/shapes.ttl)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rdflib import Graph


@dataclass(frozen=True)
class Validation:
    conforms: bool
    report: str


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(data=resources.files("kg").joinpath("data").joinpath("shapes.ttl").read_text(encoding="utf-8"),
            format="turtle")
    return g


def validate(graph: Graph, shapes: Graph | None = None) -> Validation:
    """Run pySHACL (RDFS inference off: the graph states its classes)."""
    from pyshacl import validate as shacl

    conforms, _, text = shacl(graph, shacl_graph=shapes if shapes is not None else shapes_graph(),
                              inference="none", abort_on_first=False, allow_warnings=True)
    return Validation(bool(conforms), str(text))
