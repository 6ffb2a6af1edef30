"""Benchmark ``kg build`` at 1k, 10k and 100k generated articles; print figures beside a segmentation baseline.

For each size: generate the corpus (bench/corpus_gen.py), measure the same-run
segmentation-only baseline (read + decode + jieba ``lcut`` with the project's
tokenizer, one process), then a cold build (empty cache), a rebuild with
nothing changed, and a rebuild after editing 1 % of the articles, each in a
child process whose peak RSS (whole process tree) is sampled. Every figure is
printed beside the baseline as a ratio. Results go to ``WORK/results.json``.

    python bench/bench_build.py --sizes 1000,10000 --jobs 2
    python bench/bench_build.py --sizes 100000 --no-verify   # skip the second cold build

Nothing here is asserted: speed and memory are read by people, not tests.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def segmentation_baseline(folder: Path, limit: int) -> dict:
    """MB/s of read + decode + jieba lcut over (up to ``limit``) articles, in this process."""
    from kg.read import iter_article_paths, read_article
    from kg.segment import load_tokenizer

    tok = load_tokenizer()
    paths = list(iter_article_paths([folder]))[:limit]
    size = 0
    t0 = time.perf_counter()
    for path, name in paths:
        raw = read_article(path, name)
        size += path.stat().st_size
        tok.lcut(raw.source)
    seconds = time.perf_counter() - t0
    out = {"articles": len(paths), "bytes": size, "seconds": seconds, "mb_s": size / seconds / 1e6}
    try:
        import rjieba  # optional: the fast backend the issue names

        texts = [read_article(p, n).source for p, n in paths]
        t0 = time.perf_counter()
        for t in texts:
            rjieba.cut(t)
        out["rjieba_mb_s"] = size / (time.perf_counter() - t0) / 1e6
    except ImportError:
        pass
    return out


def child(args: argparse.Namespace) -> None:
    """One build, as ``kg build`` does it, with timings per stage written as JSON."""
    from kg.cache import default_cache_dir  # noqa: F401  (same imports as the CLI)
    from kg.pipeline import build

    t0 = time.perf_counter()
    result = build([args.corpus], jobs=args.jobs, cache=None if args.cache == "-" else args.cache)
    t1 = time.perf_counter()
    result.write(Path(args.out) / "kg.ttl", "turtle")
    triples = result.triples
    t2 = time.perf_counter()
    timings = dict(result.timings)
    timings["write_turtle"] = t2 - t1
    Path(args.report).write_text(json.dumps({
        "seconds": t2 - t0, "build_seconds": t1 - t0, "documents": result.documents, "extracted": result.extracted,
        "cached": result.cached, "triples": triples, "problems": len(result.problems), "errors": len(result.errors),
        "timings": timings, "update": vars(result.update),
    }))


def run_build(corpus: Path, out: Path, cache: Path | None, jobs: int, work: Path) -> dict:
    """Run a build in a child process; sample the RSS of its whole process tree."""
    import psutil

    report = work / "child.json"
    cmd = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--out", str(out),
           "--cache", str(cache) if cache else "-", "--jobs", str(jobs), "--report", str(report)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    ps = psutil.Process(proc.pid)
    peak_tree = peak_main = 0
    while proc.poll() is None:
        try:
            main = ps.memory_info().rss
            tree = main + sum(c.memory_info().rss for c in ps.children(recursive=True))
        except psutil.Error:
            continue
        peak_main, peak_tree = max(peak_main, main), max(peak_tree, tree)
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}): {' '.join(cmd)}")
    data = json.loads(report.read_text())
    data.update(wall=wall, peak_rss_main_mb=peak_main / 1e6, peak_rss_tree_mb=peak_tree / 1e6)
    return data


def bench_size(n: int, args: argparse.Namespace) -> dict:
    from corpus_gen import edit, generate

    work = Path(args.work)
    corpus = work / f"corpus-{n}"
    if not (corpus / "done").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        t0 = time.perf_counter()
        generate(corpus, n, seed=args.seed)
        (corpus / "done").write_text("")
        print(f"[{n}] generated in {time.perf_counter() - t0:.0f}s", flush=True)
    size = corpus_bytes(corpus)
    base = segmentation_baseline(corpus, args.baseline_limit)
    print(f"[{n}] segmentation baseline {base['mb_s']:.2f} MB/s on {base['articles']} articles", flush=True)
    # builds run on a copy that is then edited in place, as a user's corpus is
    live = work / f"corpus-{n}-live"
    shutil.rmtree(live, ignore_errors=True)
    shutil.copytree(corpus, live)
    cache = work / f"cache-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    runs = {}
    runs["cold"] = run_build(live, work / f"out-{n}", cache, args.jobs, work)
    print(f"[{n}] cold {runs['cold']['wall']:.1f}s", flush=True)
    runs["unchanged"] = run_build(live, work / f"out-{n}", cache, args.jobs, work)
    print(f"[{n}] unchanged rebuild {runs['unchanged']['wall']:.1f}s", flush=True)
    n_edited = len(edit(live, args.edit))
    runs["incremental"] = run_build(live, work / f"out-{n}-edited", cache, args.jobs, work)
    print(f"[{n}] incremental ({n_edited} edited) {runs['incremental']['wall']:.1f}s", flush=True)
    identical = None
    if not args.no_verify:
        runs["verify_cold"] = run_build(live, work / f"out-{n}-verify", None, args.jobs, work)
        identical = (work / f"out-{n}-edited" / "kg.ttl").read_bytes() == \
            (work / f"out-{n}-verify" / "kg.ttl").read_bytes()
        print(f"[{n}] incremental graph identical to a cold build: {identical}", flush=True)
    shutil.rmtree(live, ignore_errors=True)
    cold = runs["cold"]
    result = {
        "articles": n, "bytes": size, "jobs": args.jobs, "baseline": base, "runs": runs, "edited": n_edited,
        "incremental_identical": identical,
        "articles_s": n / cold["wall"],
        "mb_s_per_core": size / cold["wall"] / 1e6 / args.jobs,
        "ratio_to_segmentation": (size / cold["wall"] / 1e6 / args.jobs) / base["mb_s"],
        "incremental_speedup": cold["wall"] / runs["incremental"]["wall"],
        "unchanged_speedup": cold["wall"] / runs["unchanged"]["wall"],
    }
    print_result(result)
    return result


def print_result(r: dict) -> None:
    cold, inc = r["runs"]["cold"], r["runs"]["incremental"]
    base = r["baseline"]["mb_s"]
    seg_s = r["bytes"] / 1e6 / base  # one core segmenting the whole corpus
    print(f"\n== {r['articles']} articles, {r['bytes'] / 1e6:.1f} MB, --jobs {r['jobs']} ==")
    print(f"articles/s          {r['articles_s']:.1f}")
    print(f"MB/s per core       {r['mb_s_per_core']:.3f}   (segmentation only: {base:.2f} MB/s; "
          f"ratio {r['ratio_to_segmentation']:.3f})")
    print(f"cold build          {cold['wall']:.1f} s   (segmenting it on one core: {seg_s:.1f} s; "
          f"{cold['wall'] / seg_s:.2f}x)")
    print(f"peak RSS            main {cold['peak_rss_main_mb']:.0f} MB, process tree {cold['peak_rss_tree_mb']:.0f} MB")
    print(f"triples             {cold['triples']}")
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in sorted(cold["timings"].items()))
    print(f"stages (cold)       {stages}")
    print(f"unchanged rebuild   {r['runs']['unchanged']['wall']:.1f} s   ({r['unchanged_speedup']:.1f}x faster)")
    print(f"incremental ({r['edited']} edited) {inc['wall']:.1f} s   ({r['incremental_speedup']:.1f}x faster; "
          f"identical graph: {r['incremental_identical']}); peak RSS {inc['peak_rss_main_mb']:.0f} MB")
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in sorted(inc["timings"].items()))
    print(f"stages (incr.)      {stages}", flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--work", default="/tmp/kg-bench")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--edit", type=float, default=0.01)
    ap.add_argument("--baseline-limit", type=int, default=3000, help="articles segmented for the baseline")
    ap.add_argument("--no-verify", action="store_true", help="skip the cold build of the edited corpus")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--cache", help=argparse.SUPPRESS)
    ap.add_argument("--report", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args)
        return
    Path(args.work).mkdir(parents=True, exist_ok=True)
    results_file = Path(args.work) / "results.json"
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    for n in (int(s) for s in args.sizes.split(",")):
        results[str(n)] = bench_size(n, args)
        results_file.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
