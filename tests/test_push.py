"""kg push: a real Oxigraph server (PyPI package ``oxigraph``) on loopback takes the graph and gives it back."""
from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from kg.cli import main
from kg.errors import UsageError
from kg.push import Auth, PushError, graph_store_url, push
from kg.query import load_graph
from kg.store import create_store

GRAPH = "https://w3id.org/hospital-kg/graph/sample"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph_binary() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    assert found, "the oxigraph server (PyPI package oxigraph, in the test extra) is not installed"
    return found


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A read-write Oxigraph server on loopback; its Graph Store endpoint is /store."""
    port = _free_port()
    proc = subprocess.Popen([_oxigraph_binary(), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph did not start: {proc.stderr.read().decode()[:300]}")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _read_back(base: str, graph: str | None) -> Graph:
    params = {"graph": graph} if graph else {"default": ""}
    r = httpx.get(f"{base}/store", params=params, headers={"Accept": "application/n-triples"})
    r.raise_for_status()
    return Graph().parse(data=r.text, format="nt")


def _by_value(graph: Graph) -> set:
    return {(s, p, (o.toPython(), o.datatype) if isinstance(o, Literal) and o.datatype else o)
            for s, p, o in graph}


def test_push_replaces_a_named_graph_and_reads_back(oxigraph, sample_ttl, tmp_path):
    sample = load_graph(sample_ttl)
    result = push(sample_ttl, f"{oxigraph}/store", GRAPH)
    assert result.triples == len(sample) and result.status in (200, 201, 204)
    assert _by_value(_read_back(oxigraph, GRAPH)) == _by_value(sample)
    # a second push replaces the graph rather than adding to it
    small = tmp_path / "small.nt"
    small.write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n", encoding="utf-8")
    assert push(small, f"{oxigraph}/store", GRAPH).triples == 1
    back = _read_back(oxigraph, GRAPH)
    assert len(back) == 1 and next(iter(back))[2].toPython() == "urn:x:c"


def test_push_to_the_default_graph_and_from_a_store(oxigraph, sample_ttl, tmp_path):
    store = create_store(tmp_path / "store", sample_ttl).path
    result = push(store, f"{oxigraph}/store")
    assert result.graph is None and result.triples == len(load_graph(sample_ttl))
    assert len(_read_back(oxigraph, None)) == result.triples
    count = httpx.get(f"{oxigraph}/query", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                      headers={"Accept": "text/csv"}).text.splitlines()[1]
    assert int(count) == result.triples


def test_a_broken_file_never_reaches_the_server(oxigraph, tmp_path):
    good = tmp_path / "good.nt"
    good.write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n", encoding="utf-8")
    push(good, f"{oxigraph}/store", GRAPH + "/kept")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:x:a> <urn:x:b> .\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"broken\.ttl: not a readable RDF file"):
        push(broken, f"{oxigraph}/store", GRAPH + "/kept")
    assert len(_read_back(oxigraph, GRAPH + "/kept")) == 1


def test_the_server_saying_no_is_one_clear_line(oxigraph, sample_ttl):
    with pytest.raises(PushError) as info:
        push(sample_ttl, f"{oxigraph}/query", GRAPH)  # the query endpoint, not the Graph Store
    message = str(info.value)
    assert message.startswith(f"{oxigraph}/query?graph=https%3A%2F%2Fw3id.org%2Fhospital-kg%2Fgraph%2Fsample: "
                              "the server said 404 Not Found: PUT /query is not supported by this server")
    assert "give the Graph Store endpoint" in message and "\n" not in message


def test_an_unreachable_server(sample_ttl):
    url = f"http://127.0.0.1:{_free_port()}/store"
    with pytest.raises(PushError, match=r"^http://127\.0\.0\.1:\d+/store\?default: cannot connect"):
        push(sample_ttl, url)


class _Guarded(BaseHTTPRequestHandler):
    """A Graph Store that wants Basic auth (user kg, password s3cret) and records what it got."""

    seen: list = []

    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        expected = "Basic " + base64.b64encode(b"kg:s3cret").decode()
        if self.headers.get("Authorization") != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            self.send_header("Content-Length", "13")
            self.end_headers()
            self.wfile.write(b"Unauthorized\n")
            return
        _Guarded.seen.append((self.path, self.headers["Content-Type"], self.headers.get("X-Trace"), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def guarded():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Guarded)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    _Guarded.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}/data"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_auth_options_and_a_refusal(guarded, sample_ttl):
    runner = CliRunner()
    refused = runner.invoke(main, ["push", str(sample_ttl), "--endpoint", guarded])
    assert refused.exit_code == 1
    assert refused.stderr == (f"error: {guarded}?default: the server said 401 Unauthorized: Unauthorized (the server "
                              "wants credentials: give --user and --password (--auth digest for Virtuoso))\n")
    ok = runner.invoke(main, ["push", str(sample_ttl), "--endpoint", guarded, "--graph", GRAPH, "--user", "kg",
                              "--header", "X-Trace: 7"], env={"KG_PUSH_PASSWORD": "s3cret"})
    assert ok.exit_code == 0, ok.output
    triples = len(load_graph(sample_ttl))
    assert ok.stdout == f"pushed {triples} triples to graph <{GRAPH}> at {guarded} (HTTP 204)\n"
    path, media, trace, body = _Guarded.seen[0]
    assert path == "/data?graph=https%3A%2F%2Fw3id.org%2Fhospital-kg%2Fgraph%2Fsample"
    assert media == "text/turtle" and trace == "7" and body == sample_ttl.read_bytes()
    with pytest.raises(PushError, match="401 Unauthorized"):
        push(sample_ttl, guarded, auth=Auth("kg", "wrong"))


def test_graph_store_urls():
    assert graph_store_url("http://h:3030/kg/data", None) == "http://h:3030/kg/data?default"
    assert graph_store_url("http://h/sparql-graph-crud-auth?x=1", "urn:g") == \
        "http://h/sparql-graph-crud-auth?x=1&graph=urn%3Ag"
    with pytest.raises(UsageError, match="not an http"):
        graph_store_url("ftp://h/data", None)
    with pytest.raises(UsageError, match="not an absolute IRI"):
        graph_store_url("http://h/data", "sample graph")
