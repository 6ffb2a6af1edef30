"""kill -9 at any point loses nothing: the previous kg.ttl stays whole and the next build resumes.

The builds run as real processes (``python -m kg build``) on a generated
corpus, and are killed with SIGKILL: no clean-up code runs, as after a power
cut or the out-of-memory killer.
"""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from kg.cache import CACHE_FILE, T

sys.path.insert(0, str(ROOT / "bench"))
from corpus_gen import generate  # noqa: E402

ARTICLES = 120


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gen")
    generate(folder, ARTICLES, seed=3)
    return folder


@pytest.fixture(scope="module")
def previous(corpus, tmp_path_factory) -> tuple[Path, bytes, Path]:
    """A finished build: the output a killed build must leave alone (and its warm cache)."""
    out = tmp_path_factory.mktemp("out")
    cache = tmp_path_factory.mktemp("cache-a")
    done = kg_build(corpus, out, cache)
    assert done.returncode == 0, done.stderr
    return out, (out / "kg.ttl").read_bytes(), cache


def kg_build(corpus: Path, out: Path, cache: Path, *extra: str, wait: bool = True):
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--cache", str(cache),
           "--no-html", "-j", "2", *extra]
    if wait:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def rows(cache: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{cache / CACHE_FILE}?mode=ro", uri=True, timeout=1)
        try:
            return db.execute(f"SELECT count(*) FROM {T}").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def kill_tree(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers, in the session we started
    proc.wait(timeout=30)


def test_kill_during_extraction_keeps_the_graph_and_resumes(corpus, previous, tmp_path):
    out, before, _ = previous
    cache = tmp_path / "cache-b"
    proc = kg_build(corpus, out, cache, wait=False)
    deadline = time.monotonic() + 120
    while rows(cache) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be killed"
    kill_tree(proc)
    assert proc.returncode == -signal.SIGKILL
    assert (out / "kg.ttl").read_bytes() == before
    saved = rows(cache)
    assert 20 <= saved < ARTICLES  # work done before the kill is in the cache, the rest is not
    resumed = kg_build(corpus, out, cache)
    assert resumed.returncode == 0, resumed.stderr
    assert f"extracted: {ARTICLES - saved}, from cache: {saved}" in resumed.stdout.splitlines()
    assert (out / "kg.ttl").read_bytes() == before


STALL = """
import sys, time
from pathlib import Path
from kg.kbstore import KBStore

method, marker = sys.argv[1], Path(sys.argv[2])
if "--no-checkpoint" in sys.argv:  # the update's pages stay in SQLite's WAL, as if killed before the copy back
    import kg.dbfile, threading
    sys.argv.remove("--no-checkpoint")
    def no_copy(path):
        thread = threading.Thread()
        thread.start()
        return thread
    kg.dbfile.checkpoint_in_background = no_copy
real = getattr(KBStore, method)
def stalled(self, *args, **kwargs):
    if method == "write_turtle":  # half a file written
        args[0].write(b"@prefix half: <written> .\\n")
        args[0].flush()
    marker.write_text(method)
    time.sleep(120)
    return real(self, *args, **kwargs)
setattr(KBStore, method, stalled)
from kg.cli import main
sys.argv = ["kg"] + sys.argv[3:]
main()
"""


def stalled_build(method: str, corpus: Path, out: Path, cache: Path, marker: Path, *extra: str) -> subprocess.Popen:
    """A build that stops in ``KBStore.<method>`` (after touching ``marker``), waiting to be killed."""
    cmd = [sys.executable, "-c", STALL, method, str(marker), *extra, "build", str(corpus), "--out", str(out),
           "--cache", str(cache), "--no-html", "-j", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), proc.stderr.read().decode() if proc.poll() is not None else f"never reached {method}"
    return proc


def test_kill_while_resolving_keeps_the_resolved_corpus_consistent(corpus, previous, tmp_path):
    out, before, warm = previous
    edited = tmp_path / "corpus"
    shutil.copytree(corpus, edited)
    cache = tmp_path / "cache-r"
    shutil.copytree(warm, cache)
    kg_build(edited, tmp_path / "first", cache)  # the resolved corpus of this folder, kept in the cache
    victim = sorted(edited.rglob("*.txt"))[3]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n2019年,该院被评为“全国文明单位”。\n", encoding="utf-8")
    # the changed article's parts are in the store's transaction, not yet committed
    kill_tree(stalled_build("_aggregate", edited, tmp_path / "k", cache, tmp_path / "resolving"))
    warm_out, cold_out = tmp_path / "warm", tmp_path / "cold"
    assert kg_build(edited, warm_out, cache).returncode == 0
    assert kg_build(edited, cold_out, tmp_path / "empty-cache").returncode == 0
    assert (warm_out / "kg.ttl").read_bytes() == (cold_out / "kg.ttl").read_bytes()
    assert "全国文明单位" in (warm_out / "kg.ttl").read_text(encoding="utf-8")


def test_kill_while_writing_leaves_the_previous_file_whole(corpus, previous, tmp_path):
    out, before, warm = previous
    cache = tmp_path / "cache-c"
    shutil.copytree(warm, cache)  # every article cached: the build goes straight to writing
    proc = stalled_build("write_turtle", corpus, out, cache, tmp_path / "writing")
    half = list(out.glob(".kg.ttl.*.tmp"))
    assert len(half) == 1 and half[0].read_bytes().startswith(b"@prefix half:")  # killed mid-write
    kill_tree(proc)
    assert (out / "kg.ttl").read_bytes() == before
    again = kg_build(corpus, out, cache)
    assert again.returncode == 0, again.stderr
    assert (out / "kg.ttl").read_bytes() == before
    assert not list(out.glob(".kg.ttl.*.tmp"))  # the dead build's temporary file is cleaned up


def test_kill_after_an_update_committed_keeps_it(corpus, previous, tmp_path):
    """The update is committed before kg.ttl is written, its pages copied back into the store
    beside that write: a build killed before the copy has still resolved the change."""
    _, _, warm = previous
    edited = tmp_path / "corpus"
    shutil.copytree(corpus, edited)
    cache = tmp_path / "cache-w"
    shutil.copytree(warm, cache)
    kg_build(edited, tmp_path / "first", cache)
    victim = sorted(edited.rglob("*.txt"))[5]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n2019年,该院被评为“全国文明单位”。\n", encoding="utf-8")
    kill_tree(stalled_build("write_turtle", edited, tmp_path / "k", cache, tmp_path / "writing", "--no-checkpoint"))
    assert list(cache.glob("kb-*.sqlite-wal"))  # the update is in the WAL only
    warm_out, cold_out = tmp_path / "warm", tmp_path / "cold"
    again = kg_build(edited, warm_out, cache)
    assert again.returncode == 0, again.stderr
    assert "resolved again: 0 entities (0 articles in, 0 out, 0 redone)" in again.stdout.splitlines()
    assert kg_build(edited, cold_out, tmp_path / "empty-cache").returncode == 0
    assert (warm_out / "kg.ttl").read_bytes() == (cold_out / "kg.ttl").read_bytes()
    assert "全国文明单位" in (warm_out / "kg.ttl").read_text(encoding="utf-8")
