"""Benchmark the HTML explorer on generated graphs: page size, build time, time until interactive.

    .venv/bin/python bench/bench_viz.py                 # 1k, 5k and 20k nodes
    .venv/bin/python bench/bench_viz.py --sizes 2000 --repeat 3

For each size it generates a graph shaped like the real ones (kg.viz.synth),
times writing the page from the in-memory RDF graph (reading entities,
layout, rendering), then opens the page in headless Chromium (Debian's, via
Playwright) and times navigation until the explorer is ready: layout done,
first frame painted, controls live. Best of --repeat runs. Also reports how
many nodes the page draws on opening and how long one redraw of that view
takes. Prints a Markdown table; writes bench/out/viz.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.viz import MAX_DRAWN, write_explorer  # noqa: E402
from kg.viz.browser import chromium, missing, open_page, wait_ready  # noqa: E402
from kg.viz.synth import synthetic_graph  # noqa: E402

FRAME_JS = """() => new Promise((resolve) => {
    const t = performance.now();
    kgExplorer.network.once("afterDrawing", () => resolve(performance.now() - t));
    kgExplorer.network.redraw();
})"""


def bench(size: int, repeat: int, folder: Path) -> dict:
    graph = synthetic_graph(size)
    path = folder / f"kg-{size}.html"
    build_s = []
    for _ in range(repeat):
        start = time.perf_counter()
        page_info = write_explorer(graph, path)
        build_s.append(time.perf_counter() - start)
    row = {"size": size, "nodes": page_info.nodes, "edges": page_info.edges, "drawn": page_info.drawn,
           "html_mb": round(path.stat().st_size / 1e6, 2), "build_s": round(min(build_s), 2)}
    why = missing()
    if why:
        row["browser"] = f"skipped: {why}"
        return row
    ready, frames, script = [], [], []
    with chromium() as context:
        for _ in range(repeat):
            page, log, seconds = open_page(context, path)
            ready.append(seconds)
            script.append(page.evaluate("kgExplorer.timings"))
            frames.append(min(page.evaluate(FRAME_JS) for _ in range(3)))
            if log.problems() or log.outside(page.url):
                raise SystemExit(f"{size}: the page misbehaved: {log.problems()} {log.outside(page.url)}")
            row["drawn_in_page"] = page.evaluate("kgExplorer.drawnCounts()")
            if page.locator("#kg-limit").count():  # the most the page draws on request
                start = time.perf_counter()
                page.select_option("#kg-limit", str(MAX_DRAWN))
                page.wait_for_timeout(20)
                wait_ready(page)
                row["max_view_s"] = round(time.perf_counter() - start, 2)
                row["max_frame_ms"] = round(min(page.evaluate(FRAME_JS) for _ in range(3)))
            page.close()
    best = min(range(repeat), key=ready.__getitem__)
    row.update(interactive_s=round(ready[best], 2), layout_s=round(
        (script[best].get("layoutEnd", 0) - script[best].get("layoutStart", 0)) / 1000, 2),
        frame_ms=round(min(frames)))
    return row


def table(rows: list[dict]) -> str:
    lines = ["| generated graph | nodes / edges | HTML size | build HTML | drawn on opening | "
             f"interactive in Chromium | of which layout | one frame | {MAX_DRAWN:,} drawn on request: ready, frame |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        most = f"{r['max_view_s']} s, {r['max_frame_ms']} ms" if "max_view_s" in r else "–"
        lines.append(f"| {r['size']:,} nodes | {r['nodes']:,} / {r['edges']:,} | {r['html_mb']} MB | {r['build_s']} s | "
                     f"{r['drawn']:,} | {r.get('interactive_s', '–')} s | {r.get('layout_s', '–')} s | "
                     f"{r.get('frame_ms', '–')} ms | {most} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-viz-") as tmp:
        for size in args.sizes:
            rows.append(bench(size, args.repeat, Path(tmp)))
            print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "viz.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(rows))


if __name__ == "__main__":
    main()
