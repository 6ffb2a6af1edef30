"""Open explorer pages in a real headless Chromium: for the tests, the benchmark and the README screenshot.

Debian's ``chromium`` driven by Playwright's Python package (``pip install
'hospital-kg[test]'``; Playwright's own browser download is not needed).
Chromium is started with flags that keep it from calling home, and a fresh
profile, so every request a page makes is the page's own.

    python -m kg.viz.browser exports/kg.html docs/screenshot.png
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM_FLAGS = (
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
    "--no-default-browser-check", "--disable-features=Translate,MediaRouter,OptimizationHints",
)
HOW_TO_GET = ("install Chromium and a CJK font (apt-get install -y chromium fonts-wqy-microhei) "
              "and Playwright (pip install -e '.[test]'), or set KG_CHROMIUM to a Chromium binary")


def find_chromium() -> str | None:
    """A Chromium binary: $KG_CHROMIUM, else the usual names on PATH."""
    given = os.environ.get("KG_CHROMIUM")
    if given:
        return given if Path(given).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def missing() -> str | None:
    """Why pages cannot be opened here (None when they can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed; " + HOW_TO_GET
    if find_chromium() is None:
        return "no Chromium found; " + HOW_TO_GET
    return None


@dataclass
class PageLog:
    """What a page did: every request it made, what it printed, what it threw."""

    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def outside(self, page_url: str) -> list[str]:
        """Requests for anything but the page itself and inline data."""
        return [u for u in self.requests
                if u.split("#", 1)[0] != page_url.split("#", 1)[0] and not u.startswith(("data:", "blob:", "about:"))]

    def problems(self) -> list[str]:
        """Console errors and warnings, and uncaught exceptions."""
        return [f"{kind}: {text}" for kind, text in self.console if kind in ("error", "warning")] + \
            [f"pageerror: {e}" for e in self.errors]


@contextmanager
def chromium(executable: str | None = None, width: int = 1400, height: int = 860) -> Iterator[object]:
    """A Playwright browser context on Debian's Chromium with a throw-away profile."""
    from playwright.sync_api import sync_playwright

    exe = executable or find_chromium()
    if exe is None:
        raise RuntimeError("no Chromium found; " + HOW_TO_GET)
    with sync_playwright() as p, tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=exe, headless=True, args=list(CHROMIUM_FLAGS),
            viewport={"width": width, "height": height}, device_scale_factor=1, locale="zh-CN")
        try:
            yield context
        finally:
            context.close()


def open_page(context, path: str | Path, timeout_ms: int = 180_000) -> tuple[object, PageLog, float]:
    """Load a page, wait until the explorer says it is ready; return the page, its log and seconds taken."""
    page = context.new_page()
    log = PageLog()
    page.on("request", lambda r: log.requests.append(r.url))
    page.on("console", lambda m: log.console.append((m.type, m.text)))
    page.on("pageerror", lambda e: log.errors.append(str(e)))
    url = Path(path).resolve().as_uri()
    start = time.perf_counter()
    page.goto(url, wait_until="load", timeout=timeout_ms)
    wait_ready(page, timeout_ms)
    return page, log, time.perf_counter() - start


def wait_ready(page, timeout_ms: int = 60_000) -> None:
    """Until the explorer has drawn its current view (layout finished, first frame painted)."""
    page.wait_for_function("document.body && document.body.dataset.state === 'ready'", timeout=timeout_ms)


def screenshot(html: str | Path, png: str | Path, width: int = 1400, height: int = 860,
               search: str | None = None, view: str = "graph") -> Path:
    """A PNG of the page as it opens (optionally on the map, after searching a name)."""
    with chromium(width=width, height=height) as context:
        page, log, _ = open_page(context, html)
        if view != "graph":
            page.click(f"#kg-view button[data-value={view}]")
            page.wait_for_timeout(100)
            wait_ready(page)
        if search:
            page.fill("#kg-search", search)
            page.press("#kg-search", "Enter")
            page.wait_for_timeout(300)
            wait_ready(page)
            page.wait_for_timeout(300)
        out = Path(png)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        problems = log.problems()
        if problems:
            raise RuntimeError("page reported: " + "; ".join(problems))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kg.viz.browser", description="Screenshot an explorer page.")
    ap.add_argument("html")
    ap.add_argument("png")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=860)
    ap.add_argument("--search", help="search this name first (selects it and shows its details)")
    ap.add_argument("--map", action="store_true", help="switch to the map view first")
    args = ap.parse_args(argv)
    print(screenshot(args.html, args.png, args.width, args.height, args.search, "map" if args.map else "graph"))


if __name__ == "__main__":
    main()
