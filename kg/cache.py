"""The per-article extraction cache: a SQLite file of what resolution reads of each article.

A key is the SHA-256 of the article's bytes, its media type and name, the
extractor's version, and a digest of the code and data the extractor reads
(``kg/extract``, normalisation, segmentation, ``kg/data/**``). A rebuild
therefore re-extracts exactly the articles whose content, or whose extractor,
changed. Rows are committed in small batches, so a build killed at any point
keeps everything extracted before the last batch and the next build resumes
from there (SQLite's journal makes a half-written batch vanish, never corrupt).

An article is stored as its ``resolve.resolve_row`` in JSON (plain lists, no
pickle: a cache file can be read by anything and loading it runs no code),
with its hospital labels and warnings. The same store, on a temporary file,
is the build's working set when no cache is asked for: resolution streams
articles from it instead of holding every Extraction in memory.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from . import dbfile

SCHEMA = 4
T = f"extraction_v{SCHEMA}"  # a new schema gets a new table; an old cache file stays usable
F = f"file_v{SCHEMA}"  # what each file's bytes were when last read: lets a rebuild skip reading unchanged files
RACY_SECONDS = 2
BATCH_ROWS = 64
BATCH_SECONDS = 1.0
# A row unused for this many days is pruned. A row's day of use is written again only once it is
# REFRESH_DAYS old, so a rebuild on most days writes nothing for its cached articles (marking them
# every time rewrote the whole table daily); a row in use is therefore never older than that.
KEEP_UNUSED_DAYS, REFRESH_DAYS = 30, 7
# Modules whose code decides what an article's Extraction is (besides kg/extract/ and kg/data/).
EXTRACTOR_MODULES = ("records.py", "read.py", "normalize.py", "offsets.py", "sentences.py", "segment.py",
                     "lexicon.py", "gazetteer.py", "patterns.py")

# --- the key ------------------------------------------------------------------------------


@cache
def extractor_fingerprint() -> str:
    """Digest of everything besides the article that shapes an Extraction.

    EXTRACTOR_VERSION is included as the extractor's declared version; the code
    and data digests make the cache safe even when a change forgets to bump it.
    """
    from importlib.metadata import PackageNotFoundError, version

    from .extract import EXTRACTOR_VERSION

    h = hashlib.sha256(f"schema={SCHEMA}\0extractor={EXTRACTOR_VERSION}\0".encode())
    try:
        h.update(f"jieba={version('jieba')}\0opencc={version('opencc')}\0".encode())
    except PackageNotFoundError:  # pragma: no cover - installed from source without metadata
        pass
    pkg = resources.files("kg")
    files: list[tuple[str, bytes]] = []
    for name in EXTRACTOR_MODULES:
        files.append((name, pkg.joinpath(name).read_bytes()))
    for sub in ("extract", "data"):
        files.extend(_tree(pkg.joinpath(sub), sub))
    for rel, data in sorted(files):
        h.update(rel.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def _tree(folder, prefix: str) -> Iterator[tuple[str, bytes]]:
    for entry in folder.iterdir():
        rel = f"{prefix}/{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _tree(entry, rel)
        elif not entry.name.endswith((".pyc", ".pyo")):
            yield rel, entry.read_bytes()


def article_keys() -> Callable[[str, str, str], str]:
    """The cache key of an article: (its bytes' SHA-256, how it is read, its stable name) -> key.

    The extractor's and segmenter's part is read once, when this is called: a
    build makes one key per file.
    """
    from .segment import segmenter_name

    prefix = f"{extractor_fingerprint()}\0{segmenter_name()}\0"

    def key(digest: str, media_type: str, name: str) -> str:
        text = f"{prefix}{digest}\0{media_type}\0{name}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    return key


def _warnings(text: str) -> tuple[str, ...]:
    """Stored warnings (a JSON list) as a tuple; most articles have none."""
    return () if text == "[]" else tuple(json.loads(text))


# --- the store ------------------------------------------------------------------------------


class ExtractionStore:
    """Extractions on disk, by key. Written by one process; rows committed in batches."""

    def __init__(self, path: str | os.PathLike[str], *, temporary: bool = False):
        self.path = Path(path)
        self.temporary = temporary
        self._db = dbfile.connect(self.path, temporary)
        self._db.execute(f"CREATE TABLE IF NOT EXISTS {T} (key TEXT PRIMARY KEY, hospitals TEXT NOT NULL, "
                         "warnings TEXT NOT NULL, row TEXT NOT NULL, used INTEGER NOT NULL)")
        self._db.execute(f"CREATE TABLE IF NOT EXISTS {F} (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, "
                         "ctime INTEGER, ino INTEGER, digest TEXT, media_type TEXT, warnings TEXT)")
        self._pending_files: list[tuple] = []
        self._pending: list[tuple[str, str, str, str, int]] = []
        self._pending_keys: dict[str, tuple[str, ...]] = {}
        self._used: list[str] = []
        self._stored: dict[str, tuple[str, int]] | None = None  # key -> (warnings, day used) at the first lookup
        self._files: dict[str, tuple] | None = None  # path -> what it was when last read
        self._last_flush = time.monotonic()
        self._today = int(time.time() // 86400)
        self.added = 0

    # reading

    def lookup(self, key: str) -> tuple[str, ...] | None:
        """The extraction's warnings when the key is stored (so a hit needs no decoding), else None."""
        if key in self._pending_keys:
            return self._pending_keys[key]
        stored = self._stored_rows().get(key)
        if stored is None:
            return None
        try:
            return _warnings(stored[0])
        except ValueError:
            return None

    def _stored_rows(self) -> dict[str, tuple[str, int]]:
        if self._stored is None:  # one scan of the keys instead of a query per article
            self._stored = {key: (warnings, used) for key, warnings, used in
                            self._db.execute(f"SELECT key, warnings, used FROM {T}")}
        return self._stored

    def rows(self, keys: Iterable[str]) -> Iterator[list | None]:
        """The ``resolve.resolve_row`` of each key (None when absent or unreadable), in the order given."""
        self.flush()
        for key in keys:
            row = self._db.execute(f"SELECT row FROM {T} WHERE key=?", (key,)).fetchone()
            try:
                yield json.loads(row[0]) if row is not None else None
            except ValueError:
                yield None

    def hospital_lists(self, keys: Iterable[str]) -> Iterator[list[str]]:
        """The hospital labels of each given row (empty when absent or unreadable), in the order given."""
        self.flush()
        for key in keys:
            row = self._db.execute(f"SELECT hospitals FROM {T} WHERE key=?", (key,)).fetchone()
            try:
                yield json.loads(row[0]) if row is not None else []
            except ValueError:
                yield []

    def known_file(self, display: str, st: os.stat_result) -> tuple[str, str, tuple[str, ...]] | None:
        """(digest, media type, decoding warnings) of a file read before and unchanged since, else None.

        Unchanged means same size, inode and modification and change times;
        a file changed within ``RACY_SECONDS`` of being read is never recorded
        (see ``remember_file``), so a same-timestamp edit cannot hide.
        """
        if self._files is None:  # one scan instead of a query per file
            self._files = {row[0]: row[1:] for row in self._db.execute(
                f"SELECT path, size, mtime, ctime, ino, digest, media_type, warnings FROM {F}")}
        row = self._files.get(display)
        if row is None or tuple(row[:4]) != (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino):
            return None
        return row[4], row[5], _warnings(row[6])

    def remember_file(self, display: str, st: os.stat_result, digest: str, media_type: str,
                      warnings: Iterable[str]) -> None:
        if self.temporary or time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_SECONDS * 1e9:
            return
        self._pending_files.append((display, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, digest,
                                    media_type, _json(warnings)))
        if len(self._pending_files) >= 1000:
            self.flush()

    # writing

    def put(self, key: str, row: str, hospitals: Iterable[str], warnings: Iterable[str] = ()) -> None:
        """Queue one article's resolve row (JSON); committed with the next batch."""
        warnings = tuple(warnings)
        self._pending.append((key, _json(hospitals), _json(warnings), row, self._today))
        self._pending_keys[key] = warnings
        self.added += 1
        if len(self._pending) >= BATCH_ROWS or time.monotonic() - self._last_flush >= BATCH_SECONDS:
            self.flush()

    def touch(self, key: str) -> None:
        """Mark a row as used by this build (see KEEP_UNUSED_DAYS)."""
        if self.temporary:
            return
        stored = self._stored_rows().get(key)
        if stored is not None and stored[1] <= self._today - REFRESH_DAYS:
            self._used.append(key)

    def flush(self) -> None:
        if self._pending or self._pending_files:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany(f"INSERT OR REPLACE INTO {T} VALUES (?, ?, ?, ?, ?)", self._pending)
                self._db.executemany(f"INSERT OR REPLACE INTO {F} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                     self._pending_files)
            if self._stored is not None:
                self._stored.update((key, (_json(w), self._today)) for key, w in self._pending_keys.items())
            self._pending.clear()
            self._pending_keys.clear()
            self._pending_files.clear()
        self._last_flush = time.monotonic()

    def close(self, *, prune: bool = True) -> None:
        try:
            self.flush()
            if self._used:
                with self._db:
                    self._db.execute("BEGIN")
                    self._db.executemany(f"UPDATE {T} SET used={self._today} WHERE key=?", ((k,) for k in self._used))
            if prune and not self.temporary and self._stale():
                with self._db:
                    self._db.execute("BEGIN")
                    self._db.execute(f"DELETE FROM {T} WHERE used < ?", (self._today - KEEP_UNUSED_DAYS,))
        finally:
            self._db.close()
            if self.temporary:
                dbfile.remove(self.path)

    def _stale(self) -> bool:
        """Are there rows to prune? (Known from the first lookup's scan, when there was one.)"""
        cutoff = self._today - KEEP_UNUSED_DAYS
        if self._stored is None:
            return True
        used = set(self._used)
        return any(day < cutoff and key not in used for key, (_, day) in self._stored.items())

    def __len__(self) -> int:
        self.flush()
        return self._db.execute(f"SELECT count(*) FROM {T}").fetchone()[0]


def _json(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


CACHE_FILE = "extractions.sqlite"


def open_store(cache_dir: str | os.PathLike[str] | None) -> tuple[ExtractionStore, str | None]:
    """The build's store: the cache in ``cache_dir``, else a temporary one.

    Returns the store and a warning when the cache could not be used (a
    read-only folder, a file that is not a cache); the build then goes on
    with a temporary store instead of failing.
    """
    warning = None
    if cache_dir is not None:
        path = Path(cache_dir) / CACHE_FILE
        try:
            store = ExtractionStore(path)
            store._db.execute(f"SELECT count(*) FROM {T}").fetchone()
            return store, None
        except (sqlite3.Error, OSError) as e:
            warning = f"{path}: cache unusable ({e}); building without it"
    return ExtractionStore(dbfile.temporary_path("kg-extractions-"), temporary=True), warning


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR/build``, else ``$XDG_CACHE_HOME/hospital-kg``, else ``~/.cache/hospital-kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"]) / "build"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "hospital-kg"
