"""A read-only SPARQL 1.1 Protocol endpoint over a graph file or an Oxigraph store.

Why not an off-the-shelf server: ``oxigraph serve-read-only --timeout-s``
cancels a slow query only after it has begun streaming, so the client gets
HTTP 200 and a truncated body; it has no row limit and no page of our named
queries. rdflib-endpoint runs rdflib, which is orders of magnitude slower on
big graphs and cannot stop a running query. So the engine is Oxigraph
(pyoxigraph) and the protocol is a small stdlib HTTP server around it:

* every query runs in one of a few worker processes that hold the store open
  read-only; a query that passes its time limit has its worker killed (the
  only way to stop a running Oxigraph query from Python) and answered with
  503 and a one-line message, and a fresh worker takes its place;
* a result longer than the row limit is cut to it and flagged with the
  ``X-SPARQL-MaxRows`` header (Virtuoso's convention);
* updates are refused with 403; the store is opened read-only anyway.

Results are serialized by Oxigraph itself (JSON, XML, CSV, TSV; Turtle,
N-Triples, RDF/XML for graphs). A graph file is first bulk-loaded into a
temporary store that is removed when the server stops.
"""
from __future__ import annotations

import html
import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from itertools import islice
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import KgError, UsageError

MAX_BODY = 1_000_000  # bytes of a POSTed query

# media type -> (kind, pyoxigraph format); kind is "results" (SELECT/ASK) or "graph"
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# what a response says it is (the first, canonical name of each format)
CANONICAL = {
    ox.QueryResultsFormat.JSON: "application/sparql-results+json",
    ox.QueryResultsFormat.XML: "application/sparql-results+xml",
    ox.QueryResultsFormat.CSV: "text/csv",
    ox.QueryResultsFormat.TSV: "text/tab-separated-values",
    ox.RdfFormat.TURTLE: "text/turtle",
    ox.RdfFormat.N_TRIPLES: "application/n-triples",
    ox.RdfFormat.RDF_XML: "application/rdf+xml",
    ox.RdfFormat.JSON_LD: "application/ld+json",
}
# the ?format= parameter some clients send (SPARQLWrapper, browsers)
FORMAT_PARAM = {
    "results": {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"},
    "graph": {"turtle": "text/turtle", "ttl": "text/turtle", "nt": "application/n-triples",
              "ntriples": "application/n-triples", "xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
              "json": "application/ld+json", "json-ld": "application/ld+json", "jsonld": "application/ld+json"},
}


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0  # seconds a query may run
    max_rows: int = 10_000  # rows (or triples) a result may hold
    workers: int = 2
    cors: bool = False
    log: Callable[[str], None] | None = None


@dataclass(frozen=True)
class Job:
    """A query for a worker: the text, the accepted media types and the dataset."""

    sparql: str
    accept: str | None
    format_param: str | None
    max_rows: int
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def text_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


# ---------------------------------------------------------------- the engine (runs in a worker)

def execute(store: ox.Store, job: Job, prefixes: Mapping[str, str]) -> Reply:
    """One query -> one HTTP reply: negotiated format, row limit applied."""
    options = {}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(u) for u in job.default_graphs]
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(u) for u in job.named_graphs]
    try:
        result = store.query(job.sparql, prefixes=dict(prefixes), **options)
        if isinstance(result, ox.QueryTriples):
            media = negotiate(job.accept, job.format_param, "graph")
            if media is None:
                return _not_acceptable("graph")
            triples = list(islice(result, job.max_rows + 1))
            headers = _truncation(len(triples), job.max_rows)
            body = ox.serialize(triples[: job.max_rows], format=GRAPH_TYPES[media], prefixes=dict(prefixes))
            return Reply(200, _with_charset(media), body or b"", headers)
        media = negotiate(job.accept, job.format_param, "results")
        if media is None:
            return _not_acceptable("results")
        fmt = RESULT_TYPES[media]
        if isinstance(result, ox.QueryBoolean):
            return Reply(200, _with_charset(CANONICAL[fmt]), result.serialize(format=fmt))
        body, headers = _limited_results(result, fmt, job.max_rows)
        return Reply(200, _with_charset(CANONICAL[fmt]), body, headers)
    except SyntaxError as e:
        return text_reply(400, f"malformed query: {_one_line(e)}")
    except (ValueError, OSError, RuntimeError) as e:
        return text_reply(500, f"query failed: {_one_line(e)}")


def _limited_results(result: ox.QuerySolutions, fmt: ox.QueryResultsFormat, max_rows: int):
    """Cut a solution sequence to ``max_rows`` and serialize it with Oxigraph.

    Oxigraph serializes only whole result iterators, so the kept rows go
    through TSV (terms in N-Triples syntax, exactly what ``str(term)`` gives)
    and are parsed back: Oxigraph stays the one writer of every format.
    """
    names = [v.value for v in result.variables]
    lines = ["\t".join(f"?{n}" for n in names)]
    count = 0
    for solution in result:
        count += 1
        if count > max_rows:
            break
        lines.append("\t".join("" if (t := solution[n]) is None else str(t) for n in names))
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    kept = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
    return kept.serialize(format=fmt), _truncation(count, max_rows)


def _truncation(count: int, max_rows: int) -> tuple[tuple[str, str], ...]:
    return (("X-SPARQL-MaxRows", str(max_rows)),) if count > max_rows else ()


def _not_acceptable(kind: str) -> Reply:
    offered = sorted({CANONICAL[f] for f in (RESULT_TYPES if kind == "results" else GRAPH_TYPES).values()})
    return text_reply(406, "not acceptable: this query's results come as " + ", ".join(offered))


def negotiate(accept: str | None, format_param: str | None, kind: str) -> str | None:
    """The media type to answer in: ``?format=`` if it names one, else the best of Accept."""
    types = RESULT_TYPES if kind == "results" else GRAPH_TYPES
    default = "application/sparql-results+json" if kind == "results" else "text/turtle"
    if format_param:
        named = FORMAT_PARAM[kind].get(format_param.strip().lower()) or (
            format_param if format_param in types else None)
        if named:
            return named
    if not accept or not accept.strip():
        return default
    best, best_q = None, 0.0
    for order, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        media = media.strip().lower()
        q = 1.0
        for p in params.split(";"):
            k, _, v = p.strip().partition("=")
            if k.strip() == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        if media in ("*/*", "application/*") or (media == "text/*" and kind == "graph"):
            candidate = default
        elif media == "text/*":
            candidate = "text/csv"
        else:
            candidate = media if media in types else None
        # a wildcard loses to an explicit type of the same weight
        score = q - (0.0001 if "*" in media else 0) - order * 1e-7
        if candidate and q > 0 and score > best_q:
            best, best_q = candidate, score
    return best


def _with_charset(media: str) -> str:
    return media if media.endswith("json") else f"{media}; charset=utf-8"


def _one_line(e: BaseException) -> str:
    text = " ".join(str(e).split())
    return (text or type(e).__name__)[:500]


def _worker_main(fd: int, store_path: str) -> None:
    """A worker process: open the store read-only, then answer jobs until told to stop."""
    from multiprocessing.connection import Connection

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    conn = Connection(fd)
    prefixes = conn.recv()
    try:
        store = ox.Store.read_only(store_path)
    except OSError as e:
        conn.send(("error", f"{store_path}: cannot open store ({_one_line(e)})"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the parent has gone
            return
        if job is None:
            return
        conn.send(execute(store, job, prefixes))


# ---------------------------------------------------------------- the worker pool (parent side)

_WORKER_CODE = "import sys; from kg.serve import _worker_main; _worker_main(int(sys.argv[1]), sys.argv[2])"


def _worker_env() -> dict[str, str]:
    """The parent's environment, with this copy of ``kg`` first on the worker's path."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(x for x in (root, env.get("PYTHONPATH")) if x)
    return env


class _Worker:
    """A worker is a fresh interpreter running ``_worker_main`` on a socket pair:
    unlike multiprocessing's spawn, it never re-imports the caller's ``__main__``."""

    def __init__(self, store_path: str, prefixes: dict[str, str]):
        from multiprocessing.connection import Connection

        parent, child = socket.socketpair()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _WORKER_CODE, str(child.fileno()), store_path],
                pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL, env=_worker_env())
        finally:
            child.close()
        self.conn = Connection(parent.detach())
        self.conn.send(prefixes)

    def wait_ready(self, timeout: float = 60.0) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise KgError("a query worker did not start in time")
        try:
            kind, detail = self.conn.recv()
        except EOFError:
            self.kill()
            raise KgError("a query worker died while opening the store") from None
        if kind != "ready":
            self.kill()
            raise UsageError(detail)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.process.wait(2)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class WorkerPool:
    """Worker processes that run queries; a query over its time limit costs its worker."""

    def __init__(self, store_path: str | Path, prefixes: Mapping[str, str], size: int):
        self._store_path = str(store_path)
        self._prefixes = dict(prefixes)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        workers = [self._spawn() for _ in range(max(1, size))]
        try:
            for w in workers:
                w.wait_ready()
        except BaseException:
            for w in workers:
                w.kill()
            raise
        for w in workers:
            self._idle.put(w)

    def _spawn(self) -> _Worker:
        w = _Worker(self._store_path, self._prefixes)
        with self._lock:
            self._all.add(w)
        return w

    def _replace(self, dead: _Worker) -> None:
        """Kill a worker and bring up another in the background: the reply need not wait."""
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            if self._closed:
                return

        def start() -> None:
            try:
                w = self._spawn()
                w.wait_ready()
            except Exception:
                return
            if self._closed:
                w.stop()
            else:
                self._idle.put(w)

        threading.Thread(target=start, daemon=True, name="kg-serve-respawn").start()

    def run(self, job: Job, timeout: float) -> Reply:
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return text_reply(503, f"busy: all query workers stayed busy for {timeout:g}s; try again later")
        started = time.monotonic()
        try:
            worker.conn.send(job)
            ready = worker.conn.poll(timeout)
            reply = worker.conn.recv() if ready else None
        except (EOFError, OSError):
            self._replace(worker)
            return text_reply(500, "query failed: the query worker died (out of memory?)")
        if reply is None:
            self._replace(worker)
            return text_reply(503, f"query timeout: the query ran longer than the time limit of {timeout:g}s "
                                   f"(stopped after {time.monotonic() - started:.1f}s; kg serve --timeout)")
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()


# ---------------------------------------------------------------- the HTTP side

class Endpoint:
    """The endpoint: a store (or a file loaded into a temporary one), workers and an HTTP server.

    Use as a context manager, or call ``start()`` and ``close()``.
    """

    def __init__(self, graph: str | os.PathLike[str], options: ServeOptions | None = None):
        from .query import named_queries, with_prefixes
        from .store import create_store, is_store, open_store
        from .vocab import PREFIXES

        self.options = options or ServeOptions()
        if self.options.timeout <= 0 or self.options.max_rows < 1:
            raise UsageError("--timeout must be above 0 and --max-rows at least 1")
        self.graph = Path(graph)
        self._tmp: Path | None = None
        if self.graph.is_dir():
            open_store(self.graph)  # a clear error now rather than in every worker
            store_path = self.graph
        elif not self.graph.exists():
            raise UsageError(f"{graph}: no such graph file or store")
        else:
            self._tmp = Path(tempfile.mkdtemp(prefix="kg-serve-"))
            try:
                store_path = create_store(self._tmp / "store", self.graph, optimize=False).path
            except BaseException:
                shutil.rmtree(self._tmp, ignore_errors=True)
                raise
        assert is_store(store_path)
        self.page = render_page({q.name: {"help": q.help, "text": with_prefixes(q.text)}
                                 for q in named_queries().values()}, self.options)
        try:
            self.pool = WorkerPool(store_path, PREFIXES, self.options.workers)
        except BaseException:
            self._cleanup_tmp()
            raise
        try:
            self.server = _Server((self.options.host, self.options.port), _Handler)
        except OSError as e:
            self.pool.close()
            self._cleanup_tmp()
            raise UsageError(f"cannot listen on {self.options.host}:{self.options.port} ({e.strerror or e})") from None
        self.server.endpoint = self
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    @property
    def sparql_url(self) -> str:
        return self.url + "sparql"

    def start(self) -> Endpoint:
        """Serve in a background thread (tests, notebooks)."""
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.1,), daemon=True, name="kg-serve")
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until Ctrl-C or SIGTERM, then clean up."""
        def stop(signum, frame):
            raise KeyboardInterrupt

        main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, stop) if main_thread else None
        try:
            self.server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            if main_thread:
                signal.signal(signal.SIGTERM, previous)
            self.close()

    def close(self) -> None:
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join(5)
            self._thread = None
        self.server.server_close()
        self.pool.close()
        self._cleanup_tmp()

    def _cleanup_tmp(self) -> None:
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> Endpoint:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    endpoint: Endpoint

    def __init__(self, address, handler):
        if ":" in address[0]:
            import socket

            self.address_family = socket.AF_INET6
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "hospital-kg"
    protocol_version = "HTTP/1.1"

    # -- routes
    def do_GET(self) -> None:
        path, params = self._split()
        if path in ("/", "/index.html") and "query" not in params and "update" not in params:
            return self._send(Reply(200, "text/html; charset=utf-8", self.server.endpoint.page))
        if path not in ("/", "/sparql", "/query"):
            return self._send(self._not_found(path))
        self._protocol(params)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        path, params = self._split()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.close_connection = True
            return self._send(text_reply(413, f"request too large: a query may have at most {MAX_BODY} bytes"))
        body = self.rfile.read(length) if length else b""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
            return self._send(text_reply(411, "length required: send the query with a Content-Length"))
        if path in ("/update", "/sparql/update", "/store", "/data"):
            return self._send(_read_only())
        if path not in ("/", "/sparql", "/query"):
            return self._send(self._not_found(path))
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return self._send(_read_only())
        if media == "application/sparql-query":
            params["query"] = [body.decode("utf-8", "replace")]
        elif media == "application/x-www-form-urlencoded":
            for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        else:
            return self._send(text_reply(415, "unsupported content type: POST a query as "
                                              "application/x-www-form-urlencoded or application/sparql-query"))
        self._protocol(params)

    def do_PUT(self) -> None:
        self._drain()
        self._send(_read_only(405))

    do_DELETE = do_PATCH = do_PUT

    def do_OPTIONS(self) -> None:
        self._send(Reply(204, "text/plain", b"", (("Allow", "GET, HEAD, POST, OPTIONS"),)))

    # -- the SPARQL protocol
    def _protocol(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            return self._send(_read_only())
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return self._send(text_reply(400, "missing query: give exactly one query parameter "
                                              "(GET ?query=… or POST), or open / for the query page"))
        ep = self.server.endpoint
        job = Job(queries[0], self.headers.get("Accept"), (params.get("format") or [None])[0],
                  ep.options.max_rows, tuple(params.get("default-graph-uri", ())),
                  tuple(params.get("named-graph-uri", ())))
        started = time.monotonic()
        try:
            reply = ep.pool.run(job, ep.options.timeout)
        except Exception as e:  # never drop a connection without an answer
            reply = text_reply(500, f"internal error: {type(e).__name__}: {_one_line(e)}")
        if ep.options.log:
            ep.options.log(f"{self.command} {reply.status} {time.monotonic() - started:.3f}s "
                           f"{' '.join(queries[0].split())[:120]}")
        self._send(reply)

    # -- plumbing
    def _drain(self) -> None:
        """Read a body we do not use, so the connection can serve the next request."""
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY or "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
        elif length:
            self.rfile.read(length)

    def _split(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        return parts.path.rstrip("/") or "/", parse_qs(parts.query, keep_blank_values=True)

    def _not_found(self, path: str) -> Reply:
        return text_reply(404, f"not found: {path}; the SPARQL endpoint is /sparql, the query page is /")

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers:
            self.send_header(name, value)
        if self.server.endpoint.options.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
            self.send_header("Access-Control-Expose-Headers", "X-SPARQL-MaxRows")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the stdlib's name)
        pass  # one line per query is logged by _protocol when asked for


def _read_only(status: int = 403) -> Reply:
    return text_reply(status, "read-only endpoint: SPARQL updates and graph store writes are refused")


# ---------------------------------------------------------------- the query page

def render_page(named: Mapping[str, Mapping[str, str]], options: ServeOptions) -> bytes:
    """The offline query page: its HTML, CSS and script ship in kg/data/endpoint/, nothing from a CDN."""
    folder = resources.files("kg").joinpath("data", "endpoint")
    page = folder.joinpath("index.html").read_text(encoding="utf-8")
    data = json.dumps({"queries": named, "maxRows": options.max_rows, "timeout": options.timeout},
                      ensure_ascii=False).replace("</", "<\\/")
    page = page.replace("/*KG-CONFIG*/{}", data)
    page = page.replace("{{limits}}", html.escape(f"time limit {options.timeout:g}s, row limit {options.max_rows}"))
    return page.encode("utf-8")

