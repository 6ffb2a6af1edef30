"""Load a graph into a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

One ``PUT`` replaces the named graph (or the default graph) with the file's
triples, which is what Fuseki, GraphDB, Virtuoso, Oxigraph, Stardog and
Blazegraph all implement. The file is parsed first, so a broken file never
replaces a good graph on the server; its bytes are then streamed as they are.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from .errors import KgError, UsageError

CHUNK = 1 << 20
MEDIA_TYPES = {
    ".ttl": "text/turtle", ".nt": "application/n-triples", ".rdf": "application/rdf+xml",
    ".xml": "application/rdf+xml", ".owl": "application/rdf+xml", ".jsonld": "application/ld+json",
    ".json": "application/ld+json", ".n3": "text/n3",
}
HINTS = {
    401: "the server wants credentials: give --user and --password (--auth digest for Virtuoso)",
    403: "the credentials may not write there (or the endpoint is read-only)",
    404: "no such endpoint: give the Graph Store endpoint, e.g. Fuseki's /DATASET/data, "
         "GraphDB's /repositories/REPO/rdf-graphs/service, Virtuoso's /sparql-graph-crud-auth, Oxigraph's /store",
    405: "this URL does not accept PUT: is it the Graph Store endpoint rather than the query endpoint?",
    413: "the server refuses a body this large: raise its upload limit or split the graph",
    415: "the server does not take this RDF format: push the N-Triples export (kg build --format nt)",
}


class PushError(KgError):
    """The server said no, or could not be reached."""


@dataclass(frozen=True)
class Auth:
    user: str | None = None
    password: str | None = None
    kind: str = "basic"  # basic | digest
    token: str | None = None  # sent as "Authorization: Bearer TOKEN"


@dataclass(frozen=True)
class PushResult:
    url: str
    graph: str | None  # None: the default graph
    triples: int
    status: int


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a graph: ``?graph=IRI`` (indirect identification) or ``?default``."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"{endpoint}: not an http(s) URL of a Graph Store endpoint")
    if graph is not None:
        g = urlsplit(graph)
        if not g.scheme or any(c in graph for c in ' <>"{}|\\^`'):
            raise UsageError(f"{graph}: not an absolute IRI for --graph")
    sep = "&" if parts.query else "?"
    return endpoint + sep + (f"graph={quote(graph, safe='')}" if graph is not None else "default")


def push(
    source: str | os.PathLike[str],
    endpoint: str,
    graph: str | None = None,
    *,
    auth: Auth | None = None,
    headers: Sequence[tuple[str, str]] = (),
    timeout: float = 300.0,
) -> PushResult:
    """Replace ``graph`` (None: the default graph) at a Graph Store endpoint with the triples of ``source``,
    a graph file or a store directory."""
    url = graph_store_url(endpoint, graph)
    path = Path(source)
    tmp: Path | None = None
    try:
        if path.is_dir():  # a store: dump its triples as N-Triples first
            tmp = Path(tempfile.mkdtemp(prefix="kg-push-"))
            path, triples = _dump_store(path, tmp / "graph.nt")
        else:
            triples = _check_file(path)
        return _put(url, path, triples, graph, auth or Auth(), headers, timeout)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _check_file(path: Path) -> int:
    """Count the triples of a file, which parses it: a broken file fails here, not half-way on the server."""
    from .store import iter_triples

    if not path.is_file():
        raise UsageError(f"{path}: no such graph file or store")
    if path.suffix.lower() not in MEDIA_TYPES:
        raise UsageError(f"{path}: push takes a graph file (.ttl, .nt, .rdf, .jsonld) or a store directory")
    return sum(1 for _ in iter_triples(path))


def _dump_store(store_dir: Path, out: Path) -> tuple[Path, int]:
    import pyoxigraph as ox

    from .store import open_store

    store = open_store(store_dir)
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    ox.serialize(triples, output=str(out), format=ox.RdfFormat.N_TRIPLES)
    return out, len(triples)


class _FileBody:
    """The file's bytes in chunks; iterable more than once, so digest auth can send it again."""

    def __init__(self, path: Path):
        self.path = path

    def __iter__(self) -> Iterator[bytes]:
        with open(self.path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                yield chunk


def _put(url: str, path: Path, triples: int, graph: str | None, auth: Auth,
         extra: Sequence[tuple[str, str]], timeout: float) -> PushResult:
    import httpx

    headers = {"Content-Type": MEDIA_TYPES[path.suffix.lower()], "Content-Length": str(path.stat().st_size)}
    if auth.token:
        headers["Authorization"] = f"Bearer {auth.token}"
    headers.update(dict(extra))
    credentials = None
    if auth.user is not None:
        if auth.kind == "digest":
            credentials = httpx.DigestAuth(auth.user, auth.password or "")
        else:
            credentials = httpx.BasicAuth(auth.user, auth.password or "")
    try:
        with httpx.Client(timeout=timeout) as client:
            response = client.put(url, content=_FileBody(path), headers=headers, auth=credentials)
    except httpx.TimeoutException:
        raise PushError(f"{url}: no answer within {timeout:g}s (--timeout)") from None
    except httpx.HTTPError as e:
        raise PushError(f"{url}: cannot connect ({_one_line(e)})") from None
    if response.status_code not in (200, 201, 204):
        said = _one_line(response.text) if response.text.strip() else response.reason_phrase
        hint = HINTS.get(response.status_code)
        raise PushError(f"{url}: the server said {response.status_code} {response.reason_phrase}: {said[:300]}"
                        + (f" ({hint})" if hint else ""))
    return PushResult(url, graph, triples, response.status_code)


def _one_line(e: object) -> str:
    text = " ".join(str(e).split())
    return text or type(e).__name__
