"""A persistent on-disk store (Oxigraph, via pyoxigraph) for graphs too big to re-parse per query.

Layout: a store is a plain Oxigraph (RocksDB) directory holding the graph's
triples in its default graph, so Oxigraph's own tools (``oxigraph serve
--location DIR``, ``oxigraph dump``) read it as well as ``kg query`` and
``kg serve``. A store is always built into a temporary sibling directory and
renamed into place when complete: a killed build leaves the previous store
whole (an open reader of the old store must be restarted after a rebuild).
Oxigraph keeps typed literals by value, so a store may write a lexical form
in its canonical shape (``111.766290`` comes back as ``111.76629``).

rdflib is imported lazily so that ``kg serve``'s worker processes stay light.
"""
from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .errors import QueryError, UsageError

if TYPE_CHECKING:
    from rdflib import Graph

    from .query import Table

# file suffix -> pyoxigraph format; Turtle when the suffix says nothing
RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}


@dataclass(frozen=True)
class StoreInfo:
    path: Path
    triples: int


def rdf_format(path: str | os.PathLike[str]) -> ox.RdfFormat:
    return RDF_FORMATS.get(Path(path).suffix.lower(), ox.RdfFormat.TURTLE)


def is_store(path: str | os.PathLike[str]) -> bool:
    """True for a directory that holds an Oxigraph (RocksDB) database."""
    p = Path(path)
    return p.is_dir() and (p / "CURRENT").is_file() and any(p.glob("MANIFEST-*"))


def open_store(path: str | os.PathLike[str]) -> ox.Store:
    """Open a store read-only: many readers (kg query, kg serve's workers) may share it."""
    p = Path(path)
    if not p.exists():
        raise UsageError(f"{path}: no such store (build one with: kg build ARTICLES --store DIR)")
    if not is_store(p):
        raise UsageError(f"{path}: not an Oxigraph store (a store is the directory kg build --store writes)")
    try:
        return ox.Store.read_only(str(p))
    except OSError as e:
        raise UsageError(f"{path}: cannot open store ({_first_line(e)})") from None


def create_store(
    path: str | os.PathLike[str],
    source: Graph | str | os.PathLike[str] | Iterable[ox.Triple],
    *,
    optimize: bool = True,
) -> StoreInfo:
    """Build a store at ``path`` from an rdflib Graph, an RDF file or pyoxigraph triples.

    The store is written into a temporary sibling directory, then swapped in;
    an existing store at ``path`` is replaced, anything else there is refused.
    """
    target = Path(path)
    if target.exists() and not is_store(target) and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"{path}: exists and is not an Oxigraph store; refusing to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        triples = _fill(tmp, source, optimize)
        _swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return StoreInfo(target, triples)


def load_file(store: ox.Store, path: str | os.PathLike[str]) -> None:
    """Bulk-load an RDF file (format from its suffix) into the default graph of ``store``."""
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"{path}: no such graph file")
    try:
        store.bulk_load(path=str(p), format=rdf_format(p))
    except (SyntaxError, ValueError) as e:
        raise UsageError(f"{path}: not a readable RDF file ({_first_line(e)})") from None


def _fill(directory: Path, source, optimize: bool) -> int:
    store = ox.Store(str(directory))
    try:
        if isinstance(source, (str, os.PathLike)):
            load_file(store, source)
        elif _is_rdflib_graph(source):
            data = source.serialize(format="nt", encoding="utf-8")
            store.bulk_load(input=data, format=ox.RdfFormat.N_TRIPLES)
        else:
            store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in source)
        store.flush()
        if optimize:
            store.optimize()
        triples = len(store)
    finally:
        del store  # closes RocksDB: readers may only open a store nobody writes
        gc.collect()
    return triples


def _is_rdflib_graph(source) -> bool:
    from rdflib import Graph

    return isinstance(source, Graph)


def _swap_in(new: Path, target: Path) -> None:
    """Rename ``new`` to ``target``; an old store there is moved aside first, then removed."""
    if not target.exists():
        os.rename(new, target)
        return
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    os.rename(target, old)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def store_to_graph(store: ox.Store) -> Graph:
    """The default graph of a store as an rdflib Graph (for exports, validation, the viewer)."""
    from rdflib import Graph

    data = ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                        format=ox.RdfFormat.N_TRIPLES)
    g = Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


def query(store: ox.Store, sparql: str, prefixes: Mapping[str, str] | None = None, **options):
    """Run a query; a SPARQL error (syntax, evaluation) becomes one-line ``QueryError``."""
    try:
        return store.query(sparql, prefixes=dict(prefixes or {}), **options)
    except (SyntaxError, ValueError, OSError) as e:
        raise QueryError(f"SPARQL error: {_first_line(e)[:300]}") from None


def run_query(store: ox.Store, sparql: str, prefixes: Mapping[str, str] | None = None) -> Table:
    """Same contract as ``kg.query.run_query``: SELECT/ASK -> rows of plain strings,
    CONSTRUCT/DESCRIBE -> sorted N-Triples lines."""
    from .query import Table

    result = query(store, sparql, prefixes)
    try:
        if isinstance(result, ox.QueryBoolean):
            return Table(("result",), ((str(bool(result)).lower(),),))
        if isinstance(result, ox.QueryTriples):
            lines = sorted(ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines())
            return Table(("triple",), tuple((line,) for line in lines if line))
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(_plain(s[v]) for v in variables) for s in result)
    except (SyntaxError, ValueError, OSError) as e:
        raise QueryError(f"SPARQL error: {_first_line(e)[:300]}") from None
    return Table(variables, rows)


def serialize_results(store: ox.Store, sparql: str, fmt: str, prefixes: Mapping[str, str] | None = None) -> bytes:
    """Same contract as ``kg.query.serialize_results``; CONSTRUCT/DESCRIBE give Turtle."""
    result = query(store, sparql, prefixes)
    try:
        if isinstance(result, ox.QueryTriples):
            return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes or {}))
        if fmt not in RESULT_FORMATS:
            raise UsageError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
        if isinstance(result, ox.QueryBoolean) and fmt in ("csv", "tsv"):
            return f"result\n{str(bool(result)).lower()}\n".encode()  # as kg.query does for rdflib
        return result.serialize(format=RESULT_FORMATS[fmt])
    except (SyntaxError, ValueError, OSError) as e:
        raise QueryError(f"SPARQL error: {_first_line(e)[:300]}") from None


def _plain(term) -> str:
    """A term as plain text, as ``str()`` of an rdflib term gives it."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


def iter_triples(path: str | os.PathLike[str]) -> Iterator[ox.Triple]:
    """Stream the triples of an RDF file (format from its suffix), to check a file before a push."""
    try:
        for quad in ox.parse(path=str(path), format=rdf_format(path)):
            yield quad.triple
    except (SyntaxError, ValueError) as e:
        raise UsageError(f"{path}: not a readable RDF file ({_first_line(e)})") from None
