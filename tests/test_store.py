"""The Oxigraph store: built atomically, read by kg query with the same answers as rdflib."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from conftest import SAMPLE_CORPUS
from kg.cli import main
from kg.errors import QueryError, UsageError
from kg.query import load_graph, named_queries, open_graph, run_query, serialize_results
from kg.store import create_store, is_store, open_store


@pytest.fixture(scope="module")
def sample_graph(sample_ttl) -> Graph:
    return load_graph(sample_ttl)


@pytest.fixture(scope="module")
def store_dir(sample_ttl, tmp_path_factory):
    return create_store(tmp_path_factory.mktemp("store") / "kg", sample_ttl).path


def _unordered_concat(table):
    """The order of GROUP_CONCAT's parts and of rows that tie under ORDER BY is the engine's
    to choose: compare parts as sets and rows as a multiset."""
    def norm(cell: str) -> str:
        for sep in ("、", "; "):
            cell = sep.join(sorted(cell.split(sep)))
        return cell
    return table.variables, sorted(tuple(norm(c) for c in row) for row in table.rows)


def test_store_holds_every_triple(store_dir, sample_graph):
    assert is_store(store_dir)
    assert len(open_store(store_dir)) == len(sample_graph)
    copied = load_graph(store_dir)  # a store read back into rdflib
    assert _by_value(copied) == _by_value(sample_graph)


def _by_value(graph: Graph) -> set:
    """Triples with typed literals as values: Oxigraph keeps 111.766290 as 111.76629."""
    return {(s, p, (o.toPython(), o.datatype) if isinstance(o, Literal) and o.datatype else o)
            for s, p, o in graph}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_queries_answer_as_on_rdflib(name, store_dir, sample_graph):
    text = named_queries()[name].text
    on_store = run_query(open_graph(store_dir), text)
    on_rdflib = run_query(sample_graph, text)
    assert on_store.rows, name
    assert _unordered_concat(on_store) == _unordered_concat(on_rdflib)


def test_ask_construct_and_result_formats(store_dir):
    store = open_graph(store_dir)
    assert run_query(store, "ASK { ?h a hkg:Hospital }").rows == (("true",),)
    assert serialize_results(store, "ASK { ?h a hkg:Nothing }", "csv") == b"result\nfalse\n"
    lines = run_query(store, "CONSTRUCT WHERE { ?h a hkg:Hospital } LIMIT 2").rows
    assert len(lines) == 2 and all(l[0].endswith("<https://w3id.org/hospital-kg/ontology#Hospital> .") for l in lines)
    q = "SELECT ?n WHERE { BIND(42 AS ?n) }"
    assert serialize_results(store, q, "csv") == b"n\r\n42\r\n"
    assert serialize_results(store, q, "tsv") == b"?n\n42\n"
    assert b'"value":"42"' in serialize_results(store, q, "json")
    assert b"<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">42</literal>" in serialize_results(store, q, "xml")


def test_bad_sparql_on_a_store_is_a_query_error(store_dir):
    with pytest.raises(QueryError, match=r"^SPARQL error: "):
        run_query(open_graph(store_dir), "SELEC ?x")
    with pytest.raises(QueryError, match=r"^SPARQL error: "):  # the store is read-only: updates do not even parse
        run_query(open_graph(store_dir), "INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_rebuild_replaces_and_a_failed_build_keeps_the_old_store(tmp_path, sample_ttl):
    small = tmp_path / "small.nt"
    small.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> <urn:d> .\n", encoding="utf-8")
    target = tmp_path / "store"
    assert create_store(target, sample_ttl).triples > 1000
    assert create_store(target, small).triples == 2
    assert len(open_store(target)) == 2
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"broken\.ttl: not a readable RDF file"):
        create_store(target, broken)
    assert len(open_store(target)) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.ttl", "small.nt", "store"]  # no temp left


def test_refuses_to_overwrite_what_is_not_a_store(tmp_path, sample_ttl):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match=r"docs: exists and is not an Oxigraph store"):
        create_store(folder, sample_ttl)
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_open_errors_name_the_path(tmp_path):
    with pytest.raises(UsageError, match=r"nope: no such store"):
        open_store(tmp_path / "nope")
    with pytest.raises(UsageError, match=r"not an Oxigraph store"):
        open_store(tmp_path)


def test_cli_build_store_then_query_it(tmp_path):
    runner = CliRunner()
    out, store = tmp_path / "out", tmp_path / "store"
    result = runner.invoke(main, ["build", str(SAMPLE_CORPUS), "--out", str(out), "--store", str(store),
                                  "--no-html", "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert is_store(store)
    on_store = runner.invoke(main, ["query", str(store), "--named", "hospitals", "--format", "csv"])
    on_file = runner.invoke(main, ["query", str(out / "kg.ttl"), "--named", "hospitals", "--format", "csv"])
    assert on_store.exit_code == 0 and on_store.stdout == on_file.stdout
    assert on_store.stdout.splitlines()[0] == "hospital,county,city,province,awards"
    table = runner.invoke(main, ["query", str(store), "SELECT (COUNT(*) AS ?n) WHERE { ?h a hkg:Hospital }"])
    assert table.exit_code == 0 and "(1 row)" in table.stdout


def test_cli_query_on_a_folder_that_is_no_store(tmp_path):
    result = CliRunner().invoke(main, ["query", str(tmp_path), "--named", "hospitals"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path}: not an Oxigraph store (a store is the directory kg build --store writes)"
