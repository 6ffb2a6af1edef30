"""Run SPARQL over a built graph: ad-hoc text, a file, or a named query from kg/queries/.

Results come back as a ``Table`` (variables and rows of plain strings) or, in
the SPARQL 1.1 result formats, as JSON, XML, CSV or TSV bytes.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .errors import QueryError, UsageError
from .vocab import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    help: str
    text: str


@dataclass(frozen=True)
class Table:
    variables: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


@cache
def named_queries() -> dict[str, NamedQuery]:
    """The query library: one ``.rq`` file each; its leading ``#`` lines are its help."""
    out = {}
    folder = resources.files("kg").joinpath("queries")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        help_lines = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        name = entry.name[:-3]
        out[name] = NamedQuery(name, " ".join(help_lines), text)
    return out


def query_text(sparql: str | None = None, file: str | None = None, named: str | None = None) -> str:
    """The SPARQL to run, from exactly one of the three sources."""
    given = [x for x in (sparql, file, named) if x]
    if len(given) != 1:
        raise UsageError("give exactly one of: a SPARQL string, --file FILE or --named NAME")
    if named:
        queries = named_queries()
        if named not in queries:
            raise UsageError(f"unknown named query {named!r}; known: {', '.join(queries)}")
        return queries[named].text
    if file:
        try:
            return Path(file).read_text(encoding="utf-8")
        except OSError as e:
            raise UsageError(f"{file}: cannot read query ({e.strerror or e})") from None
    return sparql or ""


def with_prefixes(sparql: str) -> str:
    """Add the project's prefixes unless the query declares them itself."""
    declared = {line.split()[1].rstrip(":") for line in sparql.splitlines()
                if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
    missing = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return missing + sparql


def open_graph(path: str | Path):
    """What ``kg query`` runs on: a directory is an Oxigraph store (opened read-only, nothing
    parsed), a file is parsed into an in-memory rdflib Graph."""
    if Path(path).is_dir():
        from .store import open_store

        return open_store(path)
    return load_graph(path)


def load_graph(path: str | Path) -> Graph:
    """An rdflib Graph from a file, or from a store directory (its triples copied into memory)."""
    p = Path(path)
    if p.is_dir():
        from .store import open_store, store_to_graph

        return store_to_graph(open_store(p))
    if not p.exists():
        raise UsageError(f"{path}: no such graph file (build one with: kg build ARTICLES --out exports/)")
    g = Graph()
    try:
        g.parse(p, format=_rdf_format(p))
    except Exception as e:  # rdflib raises many parser-specific errors
        raise UsageError(f"{path}: not a readable RDF file ({type(e).__name__}: {_first_line(e)[:200]})") from None
    return g


def _rdf_format(p: Path) -> str:
    return {".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".xml": "xml", ".rdf": "xml"}.get(
        p.suffix.lower(), "turtle")


def run_query(graph: Graph, sparql: str) -> Table:
    """SELECT/ASK -> Table; CONSTRUCT/DESCRIBE -> a one-column table of N-Triples lines.

    ``graph`` may also be a store from ``open_graph`` (a pyoxigraph Store)."""
    if not isinstance(graph, Graph):
        from . import store

        return store.run_query(graph, sparql, PREFIXES)
    try:
        result = graph.query(with_prefixes(sparql))
    except Exception as e:
        raise QueryError(f"SPARQL error: {_first_line(e)[:300]}") from None
    if result.type == "ASK":
        return Table(("result",), ((str(bool(result.askAnswer)).lower(),),))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        lines = sorted(result.graph.serialize(format="nt").splitlines())
        return Table(("triple",), tuple((line,) for line in lines if line))
    variables = tuple(str(v) for v in result.vars)
    rows = tuple(tuple("" if v is None else str(v) for v in row) for row in result)
    return Table(variables, rows)


def serialize_results(graph: Graph, sparql: str, fmt: str) -> bytes:
    """Results in a SPARQL 1.1 results format (json, xml, csv, tsv); ``graph`` may be a store."""
    if not isinstance(graph, Graph):
        from . import store

        return store.serialize_results(graph, sparql, fmt, PREFIXES)
    try:
        result = graph.query(with_prefixes(sparql))
    except Exception as e:
        raise QueryError(f"SPARQL error: {_first_line(e)[:300]}") from None
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle", encoding="utf-8")
    if fmt == "json":
        return result.serialize(format="json")
    if fmt == "xml":
        return result.serialize(format="xml")
    if fmt in ("csv", "tsv"):
        if result.type == "ASK":
            return f"result\n{str(bool(result.askAnswer)).lower()}\n".encode()
        return result.serialize(format=fmt)
    raise UsageError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")


def format_table(table: Table, fmt: str = "table") -> str:
    """Plain text renderings for the terminal: aligned table, CSV, TSV or JSON."""
    if fmt == "csv" or fmt == "tsv":
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.variables)
        writer.writerows(table.rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps({"head": {"vars": list(table.variables)},
                           "results": {"bindings": [
                               {v: {"type": "literal", "value": x} for v, x in zip(table.variables, row) if x}
                               for row in table.rows]}}, ensure_ascii=False, indent=1) + "\n"
    widths = [max([_width(v)] + [_width(r[i]) for r in table.rows]) for i, v in enumerate(table.variables)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(table.variables, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(x, w) for x, w in zip(row, widths)) for row in table.rows]
    lines.append(f"({len(table.rows)} row{'s' if len(table.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if "\u2e80" <= c <= "\uffef" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def _first_line(e: Exception) -> str:
    """An exception's first line of message, or its type when it has none."""
    lines = str(e).splitlines()
    return lines[0] if lines else type(e).__name__
