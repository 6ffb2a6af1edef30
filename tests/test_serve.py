"""kg serve: a real endpoint on loopback, queried with real clients (SPARQLWrapper, httpx)."""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from urllib.error import HTTPError

import httpx
import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper

from kg.errors import UsageError
from kg.query import load_graph, named_queries, run_query, with_prefixes
from kg.serve import Endpoint, ServeOptions, negotiate
from kg.store import create_store

HKG = "https://w3id.org/hospital-kg/ontology#"
LABELS = """PREFIX hkg: <https://w3id.org/hospital-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?h ?label WHERE { ?h a hkg:Hospital ; rdfs:label ?label } ORDER BY ?label LIMIT 5"""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~3k^3 rows: never ends


@pytest.fixture(scope="module")
def endpoint(sample_ttl):
    ep = Endpoint(sample_ttl, ServeOptions(port=0, timeout=20, max_rows=1000, workers=2))
    ep.start()
    yield ep
    ep.close()


@pytest.fixture(scope="module")
def expected(sample_ttl):
    """The answer rdflib gives on the same file."""
    return run_query(load_graph(sample_ttl), LABELS).rows


@pytest.fixture
def client():
    with httpx.Client(timeout=30) as c:
        yield c


def _wrapper(endpoint, query, fmt, method=None) -> SPARQLWrapper:
    w = SPARQLWrapper(endpoint.sparql_url)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    if method:
        w.setMethod(method)
    return w


def test_sparqlwrapper_json(endpoint, expected):
    data = _wrapper(endpoint, LABELS, JSON).queryAndConvert()
    assert data["head"]["vars"] == ["h", "label"]
    rows = tuple((b["h"]["value"], b["label"]["value"]) for b in data["results"]["bindings"])
    assert rows == expected
    assert {b["h"]["type"] for b in data["results"]["bindings"]} == {"uri"}


def test_sparqlwrapper_xml_by_post(endpoint, expected):
    doc = _wrapper(endpoint, LABELS, XML, POST).queryAndConvert()  # a minidom Document
    ns = "http://www.w3.org/2005/sparql-results#"
    labels = [b.getElementsByTagNameNS(ns, "literal")[0].firstChild.data
              for b in doc.getElementsByTagNameNS(ns, "binding") if b.getAttribute("name") == "label"]
    assert labels == [label for _, label in expected]


@pytest.mark.parametrize("fmt", [CSV, TSV])
def test_sparqlwrapper_csv_and_tsv(endpoint, expected, fmt):
    text = _wrapper(endpoint, LABELS, fmt).queryAndConvert().decode("utf-8")
    if fmt == CSV:  # plain values
        rows = list(csv.reader(io.StringIO(text)))
        assert rows == [["h", "label"]] + [[h, label] for h, label in expected]
    else:  # terms in N-Triples syntax (the labels are Chinese: @zh)
        rows = [line.split("\t") for line in text.splitlines()]
        assert rows == [["?h", "?label"]] + [[f"<{h}>", f'"{label}"@zh'] for h, label in expected]


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml; charset=utf-8"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml; charset=utf-8"),
    ("", "application/sparql-results+json"),
])
def test_accept_picks_the_format(endpoint, client, accept, media):
    r = client.get(endpoint.sparql_url, params={"query": LABELS}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"] == media
    if "xml" in media:
        assert ET.fromstring(r.content).tag == "{http://www.w3.org/2005/sparql-results#}sparql"


def test_format_parameter_and_post_bodies(endpoint, client, expected):
    r = client.get(endpoint.sparql_url, params={"query": LABELS, "format": "csv"})
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.text.splitlines()[1] == ",".join(expected[0])
    r = client.post(endpoint.sparql_url, content=LABELS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == len(expected)
    r = client.post(endpoint.url, data={"query": LABELS})  # the page's own URL takes queries too
    assert r.status_code == 200 and r.json()["head"]["vars"] == ["h", "label"]


def test_construct_is_turtle(endpoint, sample_ttl):
    query = "CONSTRUCT { ?h a hkg:Hospital ; rdfs:label ?l } WHERE { ?h a hkg:Hospital ; rdfs:label ?l }"
    body = _wrapper(endpoint, with_prefixes(query), TURTLE).queryAndConvert()
    got = Graph().parse(data=body.decode("utf-8"), format="turtle")
    want = load_graph(sample_ttl).query(with_prefixes(query)).graph
    assert len(got) == len(want) > 100
    assert set(got) == set(want)


def test_describe_and_ask(endpoint, client):
    r = client.get(endpoint.sparql_url, params={"query": "DESCRIBE ?h WHERE { ?h a hkg:Hospital } LIMIT 1"},
                   headers={"Accept": "application/n-triples"})
    assert r.headers["content-type"] == "application/n-triples; charset=utf-8"
    lines = r.text.splitlines()
    assert lines and len({line.split()[0] for line in lines}) == 1
    assert f"<{HKG}Hospital>" in r.text
    assert client.get(endpoint.sparql_url, params={"query": "ASK { ?h a hkg:Hospital }"}).json() == \
        {"head": {}, "boolean": True}


def test_updates_are_refused(endpoint, client):
    insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    w = _wrapper(endpoint, insert, JSON, POST)  # SPARQLWrapper sends it as update=…
    with pytest.raises(HTTPError) as info:
        w.query()
    assert info.value.code == 403
    assert info.value.read().decode() == "read-only endpoint: SPARQL updates and graph store writes are refused\n"
    r = client.post(endpoint.sparql_url, content=insert, headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403
    assert client.put(endpoint.url + "store", content=b"<urn:x:a> <urn:x:b> <urn:x:c> .").status_code == 405
    r = client.get(endpoint.sparql_url, params={"query": insert})  # an update given as a query does not parse
    assert r.status_code == 400 and r.text.startswith("malformed query: ")
    assert client.get(endpoint.sparql_url, params={"query": "ASK { <urn:x:a> ?p ?o }"}).json()["boolean"] is False


def test_a_query_over_the_time_limit_gets_a_clear_error(sample_ttl, client, expected):
    with Endpoint(sample_ttl, ServeOptions(port=0, timeout=1, workers=2)) as ep:  # one is stopped, one answers
        r = client.get(ep.sparql_url, params={"query": SLOW})
        assert r.status_code == 503
        assert r.headers["content-type"] == "text/plain; charset=utf-8"
        assert r.text.startswith("query timeout: the query ran longer than the time limit of 1s (stopped after ")
        # the server goes on answering: the stopped worker is replaced
        for _ in range(3):
            r = client.get(ep.sparql_url, params={"query": LABELS})
            assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == len(expected)


def test_bad_requests_get_one_line_errors(endpoint, client):
    r = client.get(endpoint.sparql_url, params={"query": "SELEC ?x"})
    assert r.status_code == 400 and r.text.startswith("malformed query: error at 1:")
    r = client.get(endpoint.sparql_url)
    assert r.status_code == 400 and r.text.startswith("missing query: ")
    r = client.get(endpoint.sparql_url, params={"query": LABELS}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "application/sparql-results+json" in r.text
    r = client.post(endpoint.sparql_url, content=b"x", headers={"Content-Type": "image/png"})
    assert r.status_code == 415
    assert client.get(endpoint.url + "nope").status_code == 404


def test_row_limit_cuts_and_says_so(sample_ttl, client):
    with Endpoint(sample_ttl, ServeOptions(port=0, max_rows=3, workers=1)) as ep:
        r = client.get(ep.sparql_url, params={"query": "SELECT ?h WHERE { ?h a hkg:Hospital } ORDER BY ?h"})
        assert r.status_code == 200 and r.headers["X-SPARQL-MaxRows"] == "3"
        assert len(r.json()["results"]["bindings"]) == 3
        r = client.get(ep.sparql_url, params={"query": "SELECT ?h WHERE { ?h a hkg:Hospital } LIMIT 3"},
                       headers={"Accept": "text/csv"})
        assert "X-SPARQL-MaxRows" not in r.headers and len(r.text.splitlines()) == 4
        r = client.get(ep.sparql_url, params={"query": "CONSTRUCT WHERE { ?h a hkg:Hospital }"},
                       headers={"Accept": "application/n-triples"})
        assert r.headers["X-SPARQL-MaxRows"] == "3" and len(r.text.splitlines()) == 3


def test_query_page_is_offline_and_lists_the_named_queries(endpoint, client):
    r = client.get(endpoint.url)
    assert r.status_code == 200 and r.headers["content-type"] == "text/html; charset=utf-8"
    page = r.text
    assert "<textarea" in page and 'fetch("sparql"' in page
    for name in named_queries():
        assert f'"{name}"' in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "the page must load nothing from the net"
    assert "time limit 20s, row limit 1000" in page


def test_serves_a_store_directory(sample_ttl, tmp_path, client, expected):
    store = create_store(tmp_path / "store", sample_ttl).path
    with Endpoint(store, ServeOptions(port=0, workers=1)) as ep:
        data = client.get(ep.sparql_url, params={"query": LABELS}).json()
        assert [b["label"]["value"] for b in data["results"]["bindings"]] == [label for _, label in expected]
    assert (store / "CURRENT").is_file()  # a served store is left as it was


def test_missing_graph_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match=r"nope\.ttl: no such graph file or store"):
        Endpoint(tmp_path / "nope.ttl", ServeOptions(port=0))


def test_negotiation_prefers_explicit_types():
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", None, "results") == \
        "application/sparql-results+json"
    assert negotiate("*/*", None, "graph") == "text/turtle"
    assert negotiate("application/rdf+xml, */*;q=0.1", None, "graph") == "application/rdf+xml"
    assert negotiate("text/csv;q=0", None, "results") is None
    assert negotiate("text/csv", "json", "results") == "application/sparql-results+json"


def test_kg_serve_command_runs_until_terminated(sample_ttl):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(sample_ttl), "--port", "0", "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        url = re.search(r"SPARQL endpoint: (\S+)\)", line).group(1)
        assert line.startswith(f"serving {sample_ttl} at http://127.0.0.1:")
        r = httpx.get(url, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?h a hkg:Hospital }"},
                      headers={"Accept": "text/csv"})
        assert r.status_code == 200 and r.text.splitlines()[0] == "n" and int(r.text.splitlines()[1]) > 10
        proc.terminate()
        assert proc.wait(10) == 0
        assert proc.stdout.read() == "stopped\n"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
