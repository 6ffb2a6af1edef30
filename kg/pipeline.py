"""build(): files and folders of articles -> the resolved corpus on disk, ready to write.

The build streams. Each article is read and decoded here, looked up in the
extraction store by the digest of its bytes (``kg.cache``), and only when
missing is it normalised and extracted, in worker processes when ``jobs`` > 1
(``kg.parallel``). Extractions go to the store on disk, not to memory; a bad
file is reported (one line naming it) and skipped. Resolution then updates
the knowledge base kept on disk for these inputs (``kg.kbstore``): only the
articles that changed, and the entities they touch, are resolved and
rendered again. ``BuildResult.write`` copies kg.ttl out of it; no rdflib
graph of the corpus is ever held unless asked for (``BuildResult.graph``,
for small corpora and library use).
"""
from __future__ import annotations

import json
import os
import time
import traceback
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .cache import ExtractionStore, article_keys, open_store
from .errors import InputError
from .kbstore import DocEntry, KBStore, UpdateStats, open_kb_store
from .parallel import WorkerDied, cpu_count, ordered_map
from .read import DEFAULT_MAX_BYTES, iter_article_paths, printable, read_article
from .records import Extraction, KnowledgeBase, RawArticle, document_id
from .resolve import hospital_labels_of_row, resolve_row

ErrorHandler = Callable[[InputError], None]
Progress = Callable[[int, int, str], None]


def raise_error(error: InputError) -> None:
    raise error


@dataclass
class BuildResult:
    store: KBStore  # the resolved corpus on disk: kg.ttl is copied out of it
    documents: int
    problems: list[InputError] = field(default_factory=list)  # files skipped, one line each
    warnings: list[str] = field(default_factory=list)  # files read with damage, one line each
    errors: list[str] = field(default_factory=list)  # articles the extractor failed on (a bug), one line each
    extracted: int = 0  # articles extracted by this build
    cached: int = 0  # articles whose extraction came from the cache
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (worker stages: summed CPU)
    update: UpdateStats = field(default_factory=UpdateStats)  # what resolution redid
    _kb: KnowledgeBase | None = field(default=None, repr=False)
    _graph: Graph | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        weakref.finalize(self, self.store.close)  # a temporary store's file goes with the result

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base in memory, made on first use (about 1.2 KB per entity or fact)."""
        if self._kb is None:
            self._kb = self.store.knowledge_base()
        return self._kb

    @property
    def graph(self) -> Graph:
        """The rdflib graph of the knowledge base, made on first use (about 1.3 KB a triple)."""
        if self._graph is None:
            from .graph import to_graph

            self._graph = to_graph(self.kb)
        return self._graph

    @property
    def triples(self) -> int:
        return self.store.triples()

    def write(self, path: str | os.PathLike[str], fmt: str = "turtle") -> Path:
        """Write the graph as Turtle or N-Triples, streamed from the store (atomically)."""
        from .export import atomic_write
        from .turtle import write_ntriples

        target = Path(path)
        if fmt == "turtle":
            return atomic_write(target, self.store.write_turtle)
        if fmt == "nt":
            return atomic_write(target, lambda fh: write_ntriples(self.store.blocks(), fh, spool_dir=target.parent))
        raise ValueError(f"cannot stream {fmt!r}; use export.write_graph(result.graph, ...)")

    def close(self) -> None:
        self.store.close()

    @property
    def stats(self) -> dict[str, int]:
        s = self.store.stats()
        return {
            "documents": self.documents,
            "failed": len(self.problems),
            **{k: s.get(k, 0) for k in ("Hospital", "OrgUnit", "Person", "Honor", "AwardingBody", "Region")},
            "awards": s["awards"],
            "aid_links": s["aid_links"],
            "affiliations": s["affiliations"],
            "triples": self.triples,
        }


def extract_file(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Extraction:
    """One file -> its extraction. Raises InputError for files that are not articles."""
    from .extract import extract
    from .normalize import normalize

    raw = read_article(path, name, max_bytes=max_bytes)
    x = extract(normalize(raw))
    if raw.warnings:
        x = Extraction(x.doc_id, x.name, x.title, x.date, x.digest, x.encoding, x.mentions, x.claims,
                       raw.warnings + x.warnings)
    return x


def build(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    on_error: ErrorHandler | None = None,
    progress: Progress | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    cache: str | os.PathLike[str] | None = None,
) -> BuildResult:
    """Read, extract (or take from the cache), resolve.

    ``jobs`` worker processes extract (0: one per core); ``cache`` is a folder
    for the extraction cache (None: a temporary store, removed afterwards).
    """
    problems: list[InputError] = []

    def report(e: InputError) -> None:
        problems.append(e)
        if on_error is not None:
            on_error(e)

    timings: Counter[str] = Counter()
    t0 = time.perf_counter()
    paths = list(iter_article_paths(inputs, on_error=report))
    timings["scan"] = time.perf_counter() - t0
    if jobs <= 0:
        jobs = min(cpu_count(), max(1, len(paths) // 8))
    store, cache_warning = open_store(cache)
    try:
        run = _Extraction(store, report, timings)
        if cache_warning:
            run.warnings.append(cache_warning)
        t0 = time.perf_counter()
        run.extract_all(paths, max_bytes, jobs, progress)
        timings["extract_wall"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        kept = _documents(run.entries)
        paths = {doc_id: (name, path) for name, doc_id, _, path in kept}
        kb_store = open_kb_store(cache if cache_warning is None else None, inputs)
        try:
            update = kb_store.update([DocEntry(name, doc_id, key) for name, doc_id, key, _ in kept],
                                     lambda entries: _rows(store, entries, paths, max_bytes, run.errors),
                                     lambda entries: store.hospital_lists(e.key for e in entries))
        except BaseException:
            kb_store.close()
            raise
        timings["resolve"] = time.perf_counter() - t0
    finally:
        store.close()
    return BuildResult(kb_store, kb_store.documents(), problems, run.warnings, run.errors, run.extracted, run.cached,
                       dict(timings), update)


Entry = tuple[str, str, str, Path]  # name, digest or doc_id, store key, path


class _Extraction:
    """The first pass: every article into the store, in input order, reporting as it goes."""

    def __init__(self, store: ExtractionStore, report: ErrorHandler, timings: Counter):
        self.store, self.report, self.timings = store, report, timings
        self.entries: list[Entry] = []
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.extracted = self.cached = 0
        self.key = article_keys()

    def _tasks(self, paths: list[tuple[Path, str]], max_bytes: int) -> Iterator[tuple[tuple, tuple | None]]:
        """(meta, work) per file: work is None for a file refused or found in the cache."""
        for path, name in paths:
            t0 = time.perf_counter()
            display = printable(str(path))
            try:
                st = os.stat(path)
            except OSError:
                st = None
            known = self.store.known_file(display, st) if st is not None else None
            if known is not None:  # unchanged since last read: no need to read it again
                digest, media_type, raw_warnings = known
                key = self.key(digest, media_type, name)
                warnings = self.store.lookup(key)
                if warnings is not None:
                    self.timings["read"] += time.perf_counter() - t0
                    yield (path, name, display, digest, raw_warnings, key, warnings), None
                    continue
            try:
                raw = read_article(path, name, max_bytes=max_bytes)
            except InputError as e:
                self.timings["read"] += time.perf_counter() - t0
                yield (path, name, display, None, e, None, None), None
                continue
            if st is not None:
                self.store.remember_file(display, st, raw.digest, raw.media_type, raw.warnings)
            key = self.key(raw.digest, raw.media_type, name)
            warnings = self.store.lookup(key)
            self.timings["read"] += time.perf_counter() - t0
            meta = (path, name, display, raw.digest, raw.warnings, key, warnings)
            yield meta, (None if warnings is not None else (key, raw))

    def extract_all(self, paths: list[tuple[Path, str]], max_bytes: int, jobs: int,
                    progress: Progress | None) -> None:
        results = ordered_map(extract_task, self._tasks(paths, max_bytes), jobs, prepare=_warm_up)
        for i, (meta, result) in enumerate(results, 1):
            self._take(*meta, result)
            if progress is not None:
                progress(i, len(paths), meta[1])
        self.store.flush()

    def _take(self, path: Path, name: str, display: str, digest: str | None, raw_warnings, key: str | None,
              warnings, result) -> None:
        if isinstance(raw_warnings, InputError):
            self.report(raw_warnings)
            return
        assert digest is not None and key is not None
        if result is None:  # cache hit
            self.store.touch(key)
            self.cached += 1
        elif isinstance(result, WorkerDied):
            self.report(InputError(display, result.message))
            return
        else:
            status, *rest = result
            if status == "input":
                self.report(InputError(display, rest[0]))
                return
            if status == "internal":
                message, details = rest
                if os.environ.get("KG_DEBUG"):
                    raise RuntimeError(f"{display}: {message}\n{details}")
                self.errors.append(f"{display}: internal error while extracting ({message}); skipped")
                return
            row, hospitals, warnings, seconds = rest
            for stage, s in seconds.items():
                self.timings[stage] += s
            t0 = time.perf_counter()
            self.store.put(key, row, hospitals, warnings)
            self.timings["store"] += time.perf_counter() - t0
            self.extracted += 1
        self.warnings.extend(raw_warnings)
        self.warnings.extend(warnings)
        self.entries.append((name, digest, key, path))


def extract_task(task: tuple[str, RawArticle]) -> tuple:
    """Normalise and extract one article (in a worker process); never raises.

    Returns ("ok", resolve row json, hospital labels, warnings, seconds per stage),
    ("input", problem) or ("internal", one-line message, traceback).
    """
    from .extract import extract
    from .normalize import normalize

    _, raw = task
    try:
        t0 = time.perf_counter()
        article = normalize(raw)
        t1 = time.perf_counter()
        x = extract(article)
        t2 = time.perf_counter()
        resolved = resolve_row(x)
        row = json.dumps(resolved, ensure_ascii=False, separators=(",", ":"))
        t3 = time.perf_counter()
        seconds = {"normalize": t1 - t0, "extract": t2 - t1, "encode": t3 - t2}
        return "ok", row, hospital_labels_of_row(resolved), x.warnings, seconds
    except InputError as e:
        return "input", e.problem
    except RecursionError:
        return "internal", "RecursionError: text nested too deeply", traceback.format_exc()
    except Exception as e:  # one article's bug must not end the build: reported, counted, exit 2
        first = str(e).splitlines()[0][:200] if str(e) else ""
        return "internal", f"{type(e).__name__}: {first}", traceback.format_exc()


def _warm_up() -> None:
    """Load the gazetteer and the segmenter once, before worker processes fork and share them.

    Each worker would otherwise spend about a second loading the segmenter's
    dictionary: most of the work of a rebuild that re-reads a few articles. It
    costs the parent some 70 MB for the rest of the build (resolution needs the
    gazetteer anyway).
    """
    from .extract import extract  # noqa: F401
    from .gazetteer import load_gazetteer
    from .segment import load_tokenizer, word_tags

    load_gazetteer()
    load_tokenizer()
    word_tags()


def _documents(files: Iterable[Entry]) -> list[Entry]:
    """(name, digest, key, path) per file read -> (name, doc_id, key, path) per document, in name order.

    The same bytes twice are one document, under the first name. Two different
    files of one name (from two inputs) are two documents (``document_id``).
    """
    by_content: dict[str, Entry] = {}
    for e in sorted(files, key=lambda e: (e[0], e[1])):
        by_content.setdefault(e[1], e)
    taken: set[str] = set()
    docs = []
    for name, digest, key, path in sorted(by_content.values(), key=lambda e: (e[0], e[1])):
        doc_id = document_id(name)
        if doc_id in taken:
            doc_id = document_id(name, digest)
        taken.add(doc_id)
        docs.append((name, doc_id, key, path))
    return docs


def _rows(store: ExtractionStore, entries: list[DocEntry], paths: dict[str, tuple[str, Path]], max_bytes: int,
          errors: list[str]) -> Iterator[list | None]:
    """The stored resolve rows, one at a time; a row that cannot be read back is extracted again."""
    for e, row in zip(entries, store.rows(e.key for e in entries)):
        if row is None:
            name, path = paths[e.doc_id]
            try:
                row = resolve_row(extract_file(path, name, max_bytes))
            except InputError as err:
                errors.append(f"{err}; it vanished or changed during the build")
        if row is not None:
            row[0][0] = e.doc_id  # a name shared by two inputs' files: the second's id is not its name's
        yield row
