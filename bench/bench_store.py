"""rdflib in memory vs the Oxigraph store on generated graphs: load time, memory, named-query latency.

    python bench/bench_store.py                      # 100k, 1M and 5M triples (about an hour on 2 cores)
    python bench/bench_store.py --sizes 100000 --cap 30

For each size the graph is generated once (bench/graphgen.py, N-Triples) and
each engine runs in a fresh child process, so its peak RSS is its own:

* rdflib: parse the file (what ``kg query FILE`` does on every call), then
  run each named query once;
* store: bulk-load into an Oxigraph store (``kg build --store``), then in a
  new process open it read-only (what ``kg query STORE`` does on every call)
  and run each named query three times (the median is reported).

A query still running after ``--cap`` seconds is stopped (rdflib: SIGALRM;
Oxigraph: the child is killed and restarted for the remaining queries) and
reported as ``>CAP``. With ``--endpoint``, the named queries also go over
HTTP to ``kg serve`` and to ``oxigraph serve-read-only`` on the 1M store, the
measurement behind the choice of engine for the endpoint.
Figures and ratios are printed; nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------- children

def child_rdflib(path: str, names: list[str], cap: float) -> None:
    from kg.query import load_graph, named_queries, run_query

    t0 = time.perf_counter()
    graph = load_graph(path)
    _emit(event="load", seconds=time.perf_counter() - t0, peak_mb=_peak_mb(), triples=len(graph))

    class Cap(BaseException):  # not an Exception: kg.query must not turn it into a QueryError
        pass

    def alarm(signum, frame):
        raise Cap

    signal.signal(signal.SIGALRM, alarm)
    for name in names:
        signal.setitimer(signal.ITIMER_REAL, cap)
        t0 = time.perf_counter()
        try:
            rows = len(run_query(graph, named_queries()[name].text).rows)
        except Cap:
            _emit(event="query", name=name, timeout=True)
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        _emit(event="query", name=name, seconds=[time.perf_counter() - t0], rows=rows)


def child_store_load(path: str, store: str) -> None:
    from kg.store import create_store

    t0 = time.perf_counter()
    info = create_store(store, path)
    _emit(event="load", seconds=time.perf_counter() - t0, peak_mb=_peak_mb(), triples=info.triples,
          disk_mb=sum(f.stat().st_size for f in Path(store).iterdir()) / 2**20)


def child_store_query(store: str, names: list[str], repeat: int) -> None:
    from kg.query import named_queries
    from kg.store import open_store, run_query
    from kg.vocab import PREFIXES

    t0 = time.perf_counter()
    s = open_store(store)
    run_query(s, "ASK { ?s ?p ?o }", PREFIXES)
    _emit(event="open", seconds=time.perf_counter() - t0)
    for name in names:
        times = []
        for i in range(repeat):
            t0 = time.perf_counter()
            rows = len(run_query(s, named_queries()[name].text, PREFIXES).rows)
            times.append(time.perf_counter() - t0)
            if times[0] > 5:  # slow queries run once
                break
        _emit(event="query", name=name, seconds=times, rows=rows, peak_mb=_peak_mb())


# ---------------------------------------------------------------- parent

def _run_child(args: list[str], cap: float | None, on_line) -> bool:
    """Run a child, feeding its JSON lines to ``on_line``; kill it when one query passes ``cap``.

    Returns False when the child was killed."""
    import selectors

    proc = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = None
    try:
        while True:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not sel.select(wait):
                proc.kill()
                proc.wait()
                return False
            line = proc.stdout.readline()
            if not line:
                return proc.wait() == 0
            event = json.loads(line)
            on_line(event)
            # the next query must finish within cap (plus slack for rdflib's own alarm)
            deadline = time.monotonic() + cap * 3 + 5 if cap and event["event"] in ("load", "open", "query") else None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def bench_size(triples: int, names: list[str], cap: float, work: Path) -> dict:
    import graphgen

    nt = work / f"g{triples}.nt"
    t0 = time.perf_counter()
    n = graphgen.write(nt, triples)
    print(f"\n== {n:,} triples (generated in {time.perf_counter() - t0:.1f}s, {nt.stat().st_size / 2**20:.0f} MB N-Triples)",
          flush=True)
    out: dict = {"triples": n, "rdflib": {"queries": {}}, "store": {"queries": {}}}

    def rdflib_line(e):
        if e["event"] == "load":
            out["rdflib"].update(load=e["seconds"], peak_mb=e["peak_mb"])
            print(f"rdflib  parse {e['seconds']:8.1f}s  peak RSS {e['peak_mb']:7.0f} MB", flush=True)
        elif e["event"] == "query":
            out["rdflib"]["queries"][e["name"]] = e
            print(f"rdflib  {e['name']:28} {_fmt(e, cap)}", flush=True)

    if not _run_child(["rdflib", str(nt), ",".join(names), str(cap)], cap, rdflib_line):
        print("rdflib  (child killed)", flush=True)

    store = work / f"g{triples}.store"

    def load_line(e):
        out["store"].update(load=e["seconds"], peak_mb=e["peak_mb"], disk_mb=e["disk_mb"])
        print(f"store   load  {e['seconds']:8.1f}s  peak RSS {e['peak_mb']:7.0f} MB  on disk {e['disk_mb']:.0f} MB",
              flush=True)

    _run_child(["store-load", str(nt), str(store)], None, load_line)
    remaining = list(names)
    while remaining:
        def query_line(e):
            if e["event"] == "open":
                out["store"].setdefault("open", e["seconds"])
                print(f"store   open  {e['seconds']:8.3f}s (read-only, first query)", flush=True)
            else:
                out["store"]["queries"][e["name"]] = e
                remaining.remove(e["name"])
                print(f"store   {e['name']:28} {_fmt(e, cap)}", flush=True)

        if not _run_child(["store-query", str(store), ",".join(remaining), "3"], cap / 3, query_line):
            name = remaining.pop(0)
            out["store"]["queries"][name] = {"name": name, "timeout": True}
            print(f"store   {name:28} >{cap:g}s (stopped)", flush=True)
    _ratios(out, cap)
    nt.unlink()
    return out


def _fmt(e: dict, cap: float) -> str:
    if e.get("timeout"):
        return f">{cap:g}s (stopped)"
    return f"{statistics.median(e['seconds']) * 1000:10.1f} ms  ({e['rows']} rows)"


def _ratios(out: dict, cap: float) -> None:
    print(f"-- ratios at {out['triples']:,} triples (rdflib / store)")
    r, s = out["rdflib"], out["store"]
    if "load" in r and "open" in s:
        print(f"   startup of a query command: parse {r['load']:.1f}s vs open {s['open']:.3f}s "
              f"= {r['load'] / s['open']:.0f}x")
    if "peak_mb" in r and "peak_mb" in s:
        print(f"   peak memory: {r['peak_mb']:.0f} MB vs {s['peak_mb']:.0f} MB (store loader); "
              f"store on disk {s['disk_mb']:.0f} MB")
    for name, e in s["queries"].items():
        other = r["queries"].get(name)
        if e.get("timeout") or other is None:
            print(f"   {name:28} store stopped at {cap:g}s" if e.get("timeout") else f"   {name:28} rdflib not run")
            continue
        fast = statistics.median(e["seconds"])
        if other.get("timeout"):
            print(f"   {name:28} >{cap / fast:.0f}x (rdflib stopped at {cap:g}s)")
        else:
            same = "" if other["rows"] == e["rows"] else f"  ROWS DIFFER {other['rows']} vs {e['rows']}"
            print(f"   {name:28} {other['seconds'][0] / fast:8.1f}x{same}")


def bench_endpoint(triples: int, names: list[str], work: Path) -> None:
    """kg serve vs oxigraph serve-read-only on the same store, over HTTP (median of 3)."""
    import graphgen
    import httpx

    from kg.query import with_prefixes
    from kg.serve import Endpoint, ServeOptions
    from kg.store import create_store

    nt = work / "endpoint.nt"
    graphgen.write(nt, triples)
    store = create_store(work / "endpoint.store", nt).path
    nt.unlink()
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    print(f"\n== endpoints over HTTP on {triples:,} triples (median of 3, ms)")
    print(f"{'query':28} {'kg serve':>10} {'oxigraph serve':>15}")
    with Endpoint(store, ServeOptions(port=0, timeout=120, max_rows=10**7, workers=1)) as ep:
        ours = _http_times(ep.sparql_url, names)
    port = 17000 + os.getpid() % 1000
    proc = subprocess.Popen([binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
                             "--timeout-s", "120"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if binary else None
    try:
        if proc:
            url = f"http://127.0.0.1:{port}/query"
            for _ in range(100):
                try:
                    httpx.get(url, params={"query": "ASK {}"})
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            theirs = _http_times(url, names, with_prefixes)
        else:
            theirs = {}
    finally:
        if proc:
            proc.terminate()
            proc.wait()
    for name in names:
        a, b = ours.get(name), theirs.get(name)
        print(f"{name:28} {a if isinstance(a, str) else f'{a:10.1f}'} "
              f"{b if isinstance(b, str) else (f'{b:15.1f}' if b is not None else '  (no binary)')}")


def _http_times(url: str, names: list[str], prepare=lambda q: q) -> dict:
    import httpx

    from kg.query import named_queries

    out = {}
    with httpx.Client(timeout=300) as client:
        for name in names:
            times = []
            for _ in range(3):
                t0 = time.perf_counter()
                r = client.post(url, data={"query": prepare(named_queries()[name].text)},
                                headers={"Accept": "application/sparql-results+json"})
                times.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    out[name] = f"HTTP {r.status_code}"
                    break
                if times[0] > 5000:
                    break
            out.setdefault(name, statistics.median(times))
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, args = sys.argv[2], sys.argv[3:]
        if kind == "rdflib":
            child_rdflib(args[0], args[1].split(","), float(args[2]))
        elif kind == "store-load":
            child_store_load(args[0], args[1])
        else:
            child_store_query(args[0], args[1].split(","), int(args[2]))
        return
    from kg.query import named_queries

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000,5000000", help="comma-separated triple counts")
    ap.add_argument("--cap", type=float, default=60.0, help="seconds after which a query is stopped")
    ap.add_argument("--queries", default=",".join(named_queries()), help="comma-separated named queries")
    ap.add_argument("--endpoint", type=int, default=0, metavar="TRIPLES",
                    help="also compare kg serve with oxigraph serve-read-only on a graph of this size")
    ap.add_argument("--json", help="write all figures to this file")
    args = ap.parse_args()
    names = args.queries.split(",")
    work = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    results = []
    try:
        for size in (int(x) for x in args.sizes.split(",") if x):
            results.append(bench_size(size, names, args.cap, work))
        if args.endpoint:
            bench_endpoint(args.endpoint, names, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
