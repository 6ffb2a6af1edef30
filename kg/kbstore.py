"""The resolved corpus on disk: resolution and the rendered Turtle in SQLite, redone only where the corpus changed.

A build's knowledge base is kept between builds, next to the extraction
cache, one file per set of inputs. It holds

- ``parts``: what each article says of each entity (``resolve.article_parts``),
  clustered by entity so one entity's parts are read together;
- ``blocks``: each subject's Turtle statement, rendered once
  (``turtle.TurtleRenderer``), with the IRIs it references;
- ``refcount``: how often each IRI is referenced, which is rdflib's order of
  subjects in a Turtle file.

An update removes the parts of articles that changed or left, adds those of
new ones, and aggregates again only the entities they touch (plus the
entities whose triples read one of those: an award's label names its honor,
a hospital aids a county through its target's location). When the hospital
clusters change, the articles that looked up a changed label are redone.
``write_turtle`` then copies the blocks out in order. Memory holds one
entity's parts at a time and an index of the subjects while writing; the
update is one transaction, so a killed build leaves the previous state.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO

from . import dbfile
from .records import DocumentInfo, KnowledgeBase
from .resolve import Group, Lookup, Part, aggregate, article_parts, hospital_clusters, knowledge_base
from .vocab import ID

SCHEMA_VERSION = 1
# Modules whose code decides the graph made from extractions.
RESOLVER_MODULES = ("resolve.py", "graph.py", "turtle.py", "vocab.py", "kbstore.py", "records.py")
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (doc TEXT PRIMARY KEY, sortkey TEXT NOT NULL, rowkey TEXT NOT NULL, info TEXT,
                   labels TEXT NOT NULL);
CREATE TABLE parts (grp TEXT NOT NULL, sortkey TEXT NOT NULL, doc TEXT NOT NULL, data TEXT NOT NULL,
                    PRIMARY KEY (grp, sortkey, doc)) WITHOUT ROWID;
CREATE INDEX parts_doc ON parts (doc);
CREATE TABLE lookups (label TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (label, doc)) WITHOUT ROWID;
CREATE INDEX lookups_doc ON lookups (doc);
CREATE TABLE uses (target TEXT NOT NULL, grp TEXT NOT NULL, doc TEXT NOT NULL,
                   PRIMARY KEY (target, grp, doc)) WITHOUT ROWID;
CREATE INDEX uses_doc ON uses (doc);
CREATE TABLE groups (grp TEXT PRIMARY KEY, summary TEXT NOT NULL, kind TEXT NOT NULL, awards INTEGER NOT NULL,
                     aid_links INTEGER NOT NULL, affiliations INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE blocks (iri TEXT PRIMARY KEY, grp TEXT NOT NULL, triples INTEGER NOT NULL, prefixes TEXT NOT NULL,
                     refs TEXT NOT NULL, text BLOB NOT NULL);
CREATE INDEX blocks_grp ON blocks (grp);
CREATE TABLE refcount (iri TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE clusters (label TEXT PRIMARY KEY, rep TEXT NOT NULL) WITHOUT ROWID;
"""
DOC_GROUP = "doc:"  # the group of a document's own block (entity keys never start so)


@cache
def resolver_fingerprint() -> str:
    """Digest of the code that turns extractions into triples, and of the extractor's."""
    from .cache import extractor_fingerprint

    h = hashlib.sha256(f"kbstore={SCHEMA_VERSION}\0{extractor_fingerprint()}\0".encode())
    pkg = resources.files("kg")
    for name in RESOLVER_MODULES:
        h.update(name.encode() + b"\0" + hashlib.sha256(pkg.joinpath(name).read_bytes()).digest())
    return h.hexdigest()


def store_name(inputs: Iterable[str | os.PathLike[str]]) -> str:
    """The file name of the knowledge base of one set of inputs (a different corpus is a different file)."""
    paths = sorted({os.path.abspath(os.fspath(p)) for p in inputs})
    digest = hashlib.sha256("\0".join(paths).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"kb-{digest}.sqlite"


@dataclass(frozen=True)
class DocEntry:
    """An article of this build: its stable name, doc_id and extraction-store key."""

    name: str
    doc_id: str
    key: str

    @property
    def sortkey(self) -> str:
        return f"{self.name}\0{self.doc_id}"


@dataclass
class UpdateStats:
    added: int = 0  # articles whose parts were added (new or changed)
    removed: int = 0  # articles whose parts were removed (gone or changed)
    redone: int = 0  # unchanged articles redone because a hospital cluster they use changed
    groups: int = 0  # entities aggregated again
    failed: int = 0  # articles whose resolve row could not be had


RowsOf = Callable[[list[DocEntry]], Iterator[list | None]]
LabelsOf = Callable[[list[DocEntry]], Iterator[list[str]]]


class KBStore:
    """A build's knowledge base in SQLite (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], *, temporary: bool = False):
        self.path = Path(path)
        self.temporary = temporary
        self._db = dbfile.connect(self.path, temporary)
        self._db.execute("PRAGMA cache_size=-65536")  # 64 MB of pages
        self._db.execute("PRAGMA temp_store=FILE")
        self._pending: dict[str, list[tuple]] = {}
        self._waiting = 0
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        version = resolver_fingerprint()
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        except sqlite3.Error:
            row = None
        if row is not None and row[0] == version:
            return
        # another version's (or a half-made) store: start again; the version row is written last
        tables = [r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            self._db.execute(f"DROP TABLE IF EXISTS {t}")
        self._db.executescript(_SCHEMA)
        self._db.execute("INSERT INTO meta VALUES ('version', ?)", (version,))

    def close(self) -> None:
        self._db.close()
        if self.temporary:
            dbfile.remove(self.path)

    # --- update ---------------------------------------------------------------------------------

    def update(self, entries: list[DocEntry], rows_of: RowsOf, labels_of: LabelsOf) -> UpdateStats:
        """Make the store the knowledge base of ``entries`` (one per document), reading only what changed.

        ``labels_of`` gives each entry's hospital labels, ``rows_of`` its
        ``resolve_row`` (None when it cannot be had: the article is left out
        and tried again next time).
        """
        from .nogc import paused_gc

        db = self._db
        stats = UpdateStats()
        with paused_gc(), db:
            db.execute("BEGIN")
            old = {doc: (sortkey, rowkey) for doc, sortkey, rowkey in
                   db.execute("SELECT doc, sortkey, rowkey FROM docs")}
            now = {e.doc_id: e for e in entries}
            gone = [d for d, (sortkey, rowkey) in old.items()
                    if d not in now or (now[d].sortkey, now[d].key) != (sortkey, rowkey)]
            new = [e for e in entries if old.get(e.doc_id) != (e.sortkey, e.key)]
            cold = not old  # a first build: everything is aggregated in one scan, nothing tracked
            touched: set[str] | None = None if cold else set()
            self._remove(gone, touched)
            stats.removed = len(gone)
            db.executemany("INSERT INTO docs VALUES (?, ?, ?, NULL, ?)",
                           ((e.doc_id, e.sortkey, e.key, json.dumps(labels, ensure_ascii=False))
                            for e, labels in zip(new, labels_of(new))))
            cluster, changed = self._clusters()
            redo: list[DocEntry] = []
            if changed:
                fresh = {e.doc_id for e in new}
                docs = set()
                for label in changed:
                    docs.update(d for (d,) in db.execute("SELECT doc FROM lookups WHERE label=?", (label,)))
                redo = [now[d] for d in sorted(docs - fresh) if d in now]
                self._remove([e.doc_id for e in redo], touched, keep_doc=True)
                stats.redone = len(redo)
            for e, row in zip(new + redo, rows_of(new + redo)):
                if row is None:
                    db.execute("UPDATE docs SET rowkey='', info=NULL WHERE doc=?", (e.doc_id,))
                    stats.failed += 1
                    continue
                self._add(e, row, cluster, touched)
            self._flush()
            stats.added = len(new) - stats.failed
            stats.groups = self._aggregate(touched)
            if cold:
                stats.groups = db.execute("SELECT count(*) FROM groups").fetchone()[0]
        return stats

    def _remove(self, docs: list[str], touched: set[str] | None, keep_doc: bool = False) -> None:
        db = self._db
        for d in docs:
            assert touched is not None
            touched.update(g for (g,) in db.execute("SELECT grp FROM parts WHERE doc=?", (d,)))
            db.execute("DELETE FROM parts WHERE doc=?", (d,))
            db.execute("DELETE FROM uses WHERE doc=?", (d,))
            db.execute("DELETE FROM lookups WHERE doc=?", (d,))
            if not keep_doc:
                db.execute("DELETE FROM docs WHERE doc=?", (d,))
            touched.add(DOC_GROUP + d)

    def _add(self, e: DocEntry, row: list, cluster: dict[str, str], touched: set[str] | None) -> None:
        art = article_parts(row, cluster)
        d = art.doc
        self._queue("UPDATE docs SET info=? WHERE doc=?",
                    [(json.dumps([d.doc_id, d.name, d.title, d.date, d.digest, d.encoding], ensure_ascii=False),
                      e.doc_id)])
        sortkey = e.sortkey
        self._queue("INSERT INTO parts VALUES (?, ?, ?, ?)",
                    [(key, sortkey, e.doc_id, json.dumps(p.to_json(), ensure_ascii=False, separators=(",", ":")))
                     for key, p in art.parts.items()])
        self._queue("INSERT OR IGNORE INTO lookups VALUES (?, ?)", [(label, e.doc_id) for label in art.looked_up])
        self._queue("INSERT OR IGNORE INTO uses VALUES (?, ?, ?)",
                    [(target, key, e.doc_id) for key, p in art.parts.items() for target in p.references()
                     if not target.startswith("region:")])
        if touched is not None:
            touched.update(art.parts)
            touched.add(DOC_GROUP + e.doc_id)

    def _queue(self, sql: str, rows: list[tuple]) -> None:
        """Statements are run in batches (one ``executemany`` per statement per 20,000 rows).

        Safe because an update touches each article and each group once: no
        statement reads a row still waiting here (``_flush`` runs between phases).
        """
        self._pending.setdefault(sql, []).extend(rows)
        self._waiting += len(rows)
        if self._waiting >= 20_000:
            self._flush()

    def _flush(self) -> None:
        try:
            for sql, rows in self._pending.items():
                self._db.executemany(sql, rows)
        except sqlite3.IntegrityError as e:  # two groups gave the same subject: a bug, said plainly
            from .turtle import WriteError

            raise WriteError(f"a subject is given twice ({e})") from None
        self._pending.clear()
        self._waiting = 0

    def _clusters(self) -> tuple[dict[str, str], set[str]]:
        """The hospital clusters of the whole corpus, and the labels whose cluster changed."""
        db = self._db
        labels: set[str] = set()
        for (text,) in db.execute("SELECT labels FROM docs"):
            labels.update(json.loads(text))
        cluster = hospital_clusters(labels)
        old = dict(db.execute("SELECT label, rep FROM clusters"))
        changed = {label for label in old.keys() | cluster.keys() if old.get(label, label) != cluster.get(label, label)}
        gone = old.keys() - cluster.keys()
        db.executemany("DELETE FROM clusters WHERE label=?", ((label,) for label in gone))
        db.executemany("INSERT OR REPLACE INTO clusters VALUES (?, ?)",
                       ((label, rep) for label, rep in cluster.items() if old.get(label) != rep))
        return cluster, changed

    # --- aggregation ----------------------------------------------------------------------------

    def _aggregate(self, touched: set[str] | None) -> int:
        """Aggregate the touched entities (None: all, into an empty store), then those that read a changed one."""
        from .graph import document_block, namespaces
        from .turtle import TurtleRenderer

        db = self._db
        renderer = TurtleRenderer(namespaces())
        lookup = _StoreLookup(db)
        delta: Counter[str] = Counter()
        fresh = touched is None
        if fresh:
            docs = [d for (d,) in db.execute("SELECT doc FROM docs WHERE info IS NOT NULL ORDER BY doc")]
        else:
            docs = sorted(g[len(DOC_GROUP):] for g in touched if g.startswith(DOC_GROUP))
        for d in docs:
            info = db.execute("SELECT info FROM docs WHERE doc=?", (d,)).fetchone()
            blocks = [document_block(DocumentInfo(*json.loads(info[0])))] if info and info[0] else []
            self._replace(DOC_GROUP + d, blocks, renderer, delta, fresh)
        done = 0
        if fresh:
            for key, group in _scan(db.execute("SELECT grp, sortkey, data FROM parts ORDER BY grp, sortkey, doc")):
                self._store_group(key, aggregate(key, group, lookup), renderer, delta, fresh)
                done += 1
        else:
            entities = sorted(g for g in touched if not g.startswith(DOC_GROUP))
            readers: set[str] = set()
            for key, group in self._groups(entities, lookup):
                done += 1
                if self._store_group(key, group, renderer, delta):
                    readers.update(g for (g,) in db.execute("SELECT DISTINCT grp FROM uses WHERE target=?", (key,)))
            for key, group in self._groups(sorted(readers - set(entities)), lookup):
                done += 1
                self._store_group(key, group, renderer, delta)
        self._flush_refs(delta)
        return done

    def _groups(self, keys: list[str], lookup: Lookup) -> Iterator[tuple[str, Group | None]]:
        """(key, its Group or None when no article names it any more), in key order."""
        query = "SELECT sortkey, data FROM parts WHERE grp=? ORDER BY sortkey, doc"
        for key in keys:
            rows = self._db.execute(query, (key,)).fetchall()
            yield key, (aggregate(key, [_part(s, d) for s, d in rows], lookup) if rows else None)

    def _store_group(self, key: str, group: Group | None, renderer, delta: Counter, fresh: bool = False) -> bool:
        """Store a group's blocks and row; True when what other entities read of it changed.

        A group that is new or gone needs no such news: whoever reads it does so
        through an article that names it, and that article was added or removed too.
        """
        from .graph import group_blocks

        db = self._db
        old = None if fresh else db.execute("SELECT summary FROM groups WHERE grp=?", (key,)).fetchone()
        if group is None:
            self._replace(key, [], renderer, delta)
            db.execute("DELETE FROM groups WHERE grp=?", (key,))
            return False
        self._replace(key, group_blocks(group), renderer, delta, fresh)
        summary = group.summary()
        self._queue("INSERT OR REPLACE INTO groups VALUES (?, ?, ?, ?, ?, ?)",
                    [(key, summary, group.entity.kind.value, len(group.awards),
                      sum(1 for f in group.aid if f.county is not None), len(group.affiliations))])
        return old is not None and old[0] != summary

    def _replace(self, grp: str, blocks, renderer, delta: Counter, fresh: bool = False) -> None:
        """Put a group's rendered blocks in place of its old ones, counting references in ``delta``."""
        db = self._db
        if not fresh:
            for (refs,) in db.execute("SELECT refs FROM blocks WHERE grp=?", (grp,)):
                if refs:
                    delta.subtract(refs.split("\n"))
            db.execute("DELETE FROM blocks WHERE grp=?", (grp,))
        rows = []
        for subject, pairs in blocks:
            if not pairs:
                continue
            renderer.used = {}
            text, objects, n = renderer.block(subject, pairs)
            refs = [o for o in objects if o.startswith(ID)]
            delta.update(refs)
            rows.append((subject, grp, n, " ".join(sorted(renderer.used)), "\n".join(refs),
                         text.encode("utf-8", "replace")))
        self._queue("INSERT INTO blocks VALUES (?, ?, ?, ?, ?, ?)", rows)
        if len(delta) > 200_000:
            self._flush_refs(delta)

    def _flush_refs(self, delta: Counter) -> None:
        db = self._db
        self._flush()
        db.executemany("INSERT INTO refcount VALUES (?, ?) ON CONFLICT(iri) DO UPDATE SET n = n + excluded.n",
                       ((iri, n) for iri, n in delta.items() if n))
        db.execute("DELETE FROM refcount WHERE n = 0")
        delta.clear()

    # --- reading --------------------------------------------------------------------------------

    def write_turtle(self, fh: IO[bytes]) -> int:
        """The knowledge base as Turtle, as rdflib writes it; returns the number of triples."""
        from .graph import namespaces

        db = self._db
        ns = namespaces()
        used: set[str] = set()
        for (prefixes,) in db.execute("SELECT DISTINCT prefixes FROM blocks"):
            used.update(prefixes.split())
        for prefix in sorted(used):
            fh.write(f"@prefix {prefix}: <{ns[prefix]}> .\n".encode("utf-8", "replace"))
        # the order is sorted on small rows; the texts are then fetched a chunk at a time (twice as
        # fast as one lookup each, and the sorter never carries the 1 KB texts)
        order = array("q", (rowid for (rowid,) in db.execute(
            "SELECT b.rowid FROM blocks b LEFT JOIN refcount r ON r.iri = b.iri ORDER BY IFNULL(r.n, 0), b.iri")))
        for i in range(0, len(order), 20_000):
            chunk = order[i:i + 20_000]
            texts = dict(db.execute("SELECT rowid, text FROM blocks WHERE rowid IN (SELECT value FROM json_each(?))",
                                    (json.dumps(chunk.tolist()),)))
            fh.write(b"".join(b"\n" + texts[rowid] + b"\n" for rowid in chunk))
        fh.write(b"\n")
        return self.triples()

    def blocks(self) -> Iterator[tuple[str, list]]:
        """Every subject with its (predicate, object) pairs, aggregated again from the parts (for N-Triples)."""
        from .graph import document_block, group_blocks

        db = self._db
        for (info,) in db.execute("SELECT info FROM docs WHERE info IS NOT NULL ORDER BY doc").fetchall():
            yield document_block(DocumentInfo(*json.loads(info)))
        lookup = _StoreLookup(db)
        for key, parts in _scan(db.execute("SELECT grp, sortkey, data FROM parts ORDER BY grp, sortkey, doc")):
            yield from group_blocks(aggregate(key, parts, lookup))

    def triples(self) -> int:
        return self._db.execute("SELECT IFNULL(sum(triples), 0) FROM blocks").fetchone()[0]

    def documents(self) -> int:
        return self._db.execute("SELECT count(*) FROM docs WHERE info IS NOT NULL").fetchone()[0]

    def stats(self) -> dict[str, int]:
        """Entities by kind, awards, aid links (to a county) and affiliations."""
        db = self._db
        out = dict(db.execute("SELECT kind, count(*) FROM groups GROUP BY kind"))
        awards, aid_links, affiliations = db.execute(
            "SELECT IFNULL(sum(awards), 0), IFNULL(sum(aid_links), 0), IFNULL(sum(affiliations), 0) FROM groups"
        ).fetchone()
        return {**out, "awards": awards, "aid_links": aid_links, "affiliations": affiliations}

    def knowledge_base(self) -> KnowledgeBase:
        """The whole knowledge base in memory (for small corpora, the explorer and library use)."""
        docs = [DocumentInfo(*json.loads(info)) for (info,) in
                self._db.execute("SELECT info FROM docs WHERE info IS NOT NULL")]
        lookup = _StoreLookup(self._db)
        scan = _scan(self._db.execute("SELECT grp, sortkey, data FROM parts ORDER BY grp, sortkey, doc"))
        return knowledge_base(docs, (aggregate(key, parts, lookup) for key, parts in scan))


class _StoreLookup(Lookup):
    """Labels and parents of other entities, read from the parts table and remembered for the update."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db
        self._labels: dict[str, str] = {}
        self._parents: dict[str, list[str]] = {}

    def label(self, key: str) -> str:
        got = self._labels.get(key)
        if got is None:
            row = self._db.execute("SELECT data FROM parts WHERE grp=? ORDER BY sortkey, doc LIMIT 1", (key,)).fetchone()
            got = self._labels[key] = json.loads(row[0])[1] if row else ""
        return got

    def located_in(self, key: str) -> list[str]:
        got = self._parents.get(key)
        if got is None:
            parents: set[str] = set()
            for (data,) in self._db.execute("SELECT data FROM parts WHERE grp=?", (key,)):
                parents.update(json.loads(data)[4])
            got = self._parents[key] = sorted(parents)
        return got


@dataclass(frozen=True, slots=True)
class _Doc:
    """The document fields aggregation reads (doc_id, name), from a part's sort key."""

    doc_id: str
    name: str


def _part(sortkey: str, data: str) -> tuple[_Doc, Part]:
    name, _, doc_id = sortkey.rpartition("\0")
    return _Doc(doc_id, name), Part.from_json(json.loads(data))


def _scan(cursor: Iterable[tuple[str, str, str]]) -> Iterator[tuple[str, list[tuple[_Doc, Part]]]]:
    """Rows ordered by group -> (group, its parts), one group at a time."""
    key, parts = None, []
    for grp, sortkey, data in cursor:
        if grp != key:
            if key is not None:
                yield key, parts
            key, parts = grp, []
        parts.append(_part(sortkey, data))
    if key is not None:
        yield key, parts


def open_kb_store(cache_dir: str | os.PathLike[str] | None,
                  inputs: Iterable[str | os.PathLike[str]]) -> KBStore:
    """The knowledge base kept for these inputs in ``cache_dir``, else a temporary one."""
    if cache_dir is not None:
        try:
            return KBStore(Path(cache_dir) / store_name(inputs))
        except (sqlite3.Error, OSError):
            pass
    return KBStore(dbfile.temporary_path("kg-kb-"), temporary=True)
