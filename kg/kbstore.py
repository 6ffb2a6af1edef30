"""The resolved corpus on disk: resolution and the rendered Turtle in SQLite, redone only where the corpus changed.

A build's knowledge base is kept between builds, next to the extraction
cache, one file per set of inputs. It holds

- ``parts``: what each article says of each entity (``resolve.article_parts``),
  clustered by entity so one entity's parts are read together; beside them,
  so that an entity named in thousands of articles (a province, an honor, an
  organ) is gathered again without decoding thousands of parts, ``bag``
  counts the parts giving each of its names and parents, and ``attrs`` lists
  its attributes by article (regions' come from the gazetteer, the same in
  every part);
- ``blocks``: each subject's Turtle statement, rendered once
  (``turtle.TurtleRenderer``), with the IRIs it references and a digest (an
  index by entity holds the digests, so an update compares an entity's blocks
  without reading them), kept in the order of the Turtle file: by how often
  the subject is referenced (``refcount``), then by IRI, as rdflib orders
  subjects. A hub's block and reference list (thousands of articles) are
  stored compressed: they are rewritten at every update.

An update removes the parts of articles that changed or left, adds those of
new ones, and aggregates again only the entities they touch (plus the
entities whose triples read one of those: an award's label names its honor,
a hospital aids a county through its target's location); a gazetteer region
is aggregated again only when the names or parents its articles give it
changed. When the hospital clusters change, the articles that looked up a
changed label are redone. ``write_turtle`` then copies the blocks out in one
sequential read. Memory holds one entity's parts at a time (and SQLite's page
cache); the update is one transaction, so a killed build leaves the previous
state. The update's pages are copied from SQLite's WAL back into the store
in a background thread while kg.ttl is written out.
"""
from __future__ import annotations

import hashlib
import json
import os
import queue
import sqlite3
import threading
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO

from . import dbfile
from .records import DocumentInfo, KnowledgeBase
from .resolve import (Gathered, Group, Lookup, Part, aggregate, article_parts, gather, hospital_clusters,
                      knowledge_base)
from .vocab import ID

SCHEMA_VERSION = 4
# Modules whose code decides the graph made from extractions.
RESOLVER_MODULES = ("resolve.py", "graph.py", "turtle.py", "vocab.py", "kbstore.py", "records.py")
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (doc TEXT PRIMARY KEY, sortkey TEXT NOT NULL, rowkey TEXT NOT NULL, info TEXT,
                   labels TEXT NOT NULL);
CREATE TABLE parts (grp TEXT NOT NULL, sortkey TEXT NOT NULL, doc TEXT NOT NULL, kind TEXT NOT NULL,
                    label TEXT NOT NULL, heads INTEGER NOT NULL, data TEXT NOT NULL,
                    PRIMARY KEY (grp, sortkey, doc)) WITHOUT ROWID;
CREATE TABLE bag (grp TEXT NOT NULL, what TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL,
                  PRIMARY KEY (grp, what, value)) WITHOUT ROWID;
CREATE TABLE attrs (grp TEXT NOT NULL, key TEXT NOT NULL, sortkey TEXT NOT NULL, doc TEXT NOT NULL,
                    value TEXT NOT NULL, PRIMARY KEY (grp, key, sortkey, doc)) WITHOUT ROWID;
CREATE TABLE lookups (label TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (label, doc)) WITHOUT ROWID;
CREATE TABLE uses (target TEXT NOT NULL, grp TEXT NOT NULL, doc TEXT NOT NULL,
                   PRIMARY KEY (target, grp, doc)) WITHOUT ROWID;
CREATE TABLE groups (grp TEXT PRIMARY KEY, summary TEXT NOT NULL, kind TEXT NOT NULL, awards INTEGER NOT NULL,
                     aid_links INTEGER NOT NULL, affiliations INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE blocks (refn INTEGER NOT NULL, iri TEXT NOT NULL, grp TEXT NOT NULL, triples INTEGER NOT NULL,
                     prefixes TEXT NOT NULL, refs NOT NULL, text BLOB NOT NULL, digest BLOB NOT NULL,
                     PRIMARY KEY (refn, iri)) WITHOUT ROWID;
CREATE TABLE refcount (iri TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE clusters (label TEXT PRIMARY KEY, rep TEXT NOT NULL) WITHOUT ROWID;
"""
# A first build's rows before they are sorted into place, in a private temporary database (its
# space goes back to the system afterwards instead of staying in the store as free pages).
_STAGING = """
CREATE TABLE bulk.parts_staging (grp TEXT NOT NULL, sortkey TEXT NOT NULL, doc TEXT NOT NULL, kind TEXT NOT NULL,
                                 label TEXT NOT NULL, heads INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE bulk.staging (refn INTEGER NOT NULL, iri TEXT NOT NULL, grp TEXT NOT NULL, triples INTEGER NOT NULL,
                           prefixes TEXT NOT NULL, refs NOT NULL, text BLOB NOT NULL, digest BLOB NOT NULL);
"""
# Longer than this, a block's reference list (refs: text or zlib) and its Turtle (text) are stored compressed.
PACK_REFS_OVER, PACK_TEXT_OVER = 2048, 8192
CACHE_KB, BULK_CACHE_KB = 65_536, 524_288  # SQLite page cache: for updates, for a first build's sorts
# Indexes for updates, made after a first build has loaded its rows.
_INDEXES = """
CREATE INDEX IF NOT EXISTS parts_doc ON parts (doc);
CREATE INDEX IF NOT EXISTS lookups_doc ON lookups (doc);
CREATE INDEX IF NOT EXISTS uses_doc ON uses (doc);
CREATE INDEX IF NOT EXISTS attrs_doc ON attrs (doc);
CREATE UNIQUE INDEX IF NOT EXISTS blocks_iri ON blocks (iri);
CREATE INDEX IF NOT EXISTS blocks_grp ON blocks (grp, triples, digest);
CREATE INDEX IF NOT EXISTS blocks_prefixes ON blocks (prefixes);
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
        self._db.execute(f"PRAGMA cache_size=-{CACHE_KB}")
        self._db.execute("PRAGMA temp_store=FILE")
        if not temporary:  # checkpointed after each update, in the background (dbfile.checkpoint_in_background)
            self._db.execute("PRAGMA wal_autocheckpoint=0")
        self._checkpoint: threading.Thread | None = None
        self._pending: dict[str, list[tuple]] = {}
        self._waiting = 0
        self._emptied: set[str] = set()  # groups whose bag lost counts: zero rows are dropped after the update
        self._region_bag: Counter[tuple[str, str, str]] = Counter()  # this update's bag changes of regions
        self._moved: set[str] = set()  # subjects whose block may be out of place (see _reorder)
        self._fresh = False  # a first build: blocks are staged, nothing tracked
        self._triples: int | None = None  # (kept in meta: counting them is a scan of every block)
        self._triple_delta = 0
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
        if tables:  # give the old rows' space back (and take today's page size)
            mode = self._db.execute("PRAGMA journal_mode").fetchone()[0]
            self._db.execute("PRAGMA journal_mode=DELETE")  # (a WAL file keeps its page size)
            self._db.execute(f"PRAGMA page_size={dbfile.PAGE_SIZE}")
            self._db.execute("VACUUM")
            self._db.execute(f"PRAGMA journal_mode={mode}")
        self._db.executescript(_SCHEMA + _INDEXES)
        self._db.execute("INSERT INTO meta VALUES ('version', ?)", (version,))

    def close(self) -> None:
        self._join_checkpoint()
        self._db.close()
        if self.temporary:
            dbfile.remove(self.path)

    def _join_checkpoint(self) -> None:
        if self._checkpoint is not None:
            self._checkpoint.join()
            self._checkpoint = None

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
        before = self.triples()
        self._triple_delta = 0
        bulk = db.execute("SELECT count(*) FROM docs").fetchone()[0] == 0
        if bulk:  # (ATTACH cannot run inside a transaction)
            db.execute("ATTACH DATABASE '' AS bulk")
            db.executescript(_STAGING)
        try:
            self._triples = None
            with paused_gc(), db:
                db.execute("BEGIN")
                self._update(entries, rows_of, labels_of, stats)
                total = before + self._triple_delta
                db.execute("INSERT OR REPLACE INTO meta VALUES ('triples', ?)", (str(total),))
            self._triples = total
        finally:
            if bulk:
                db.execute("DETACH DATABASE bulk")
        if not self.temporary:
            self._join_checkpoint()
            self._checkpoint = dbfile.checkpoint_in_background(self.path)
        return stats

    def _update(self, entries: list[DocEntry], rows_of: RowsOf, labels_of: LabelsOf, stats: UpdateStats) -> None:
        """The update, inside its transaction."""
        db = self._db
        old = {doc: (sortkey, rowkey) for doc, sortkey, rowkey in
               db.execute("SELECT doc, sortkey, rowkey FROM docs")}
        now = {e.doc_id: e for e in entries}
        gone = [d for d, (sortkey, rowkey) in old.items()
                if d not in now or (now[d].sortkey, now[d].key) != (sortkey, rowkey)]
        new = [e for e in entries if old.get(e.doc_id) != (e.sortkey, e.key)]
        cold = not old  # a first build: everything is aggregated in one scan, nothing tracked
        touched: set[str] | None = None if cold else set()
        if cold:
            self._begin_bulk_load()
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
        if cold:
            db.execute("INSERT INTO parts SELECT * FROM bulk.parts_staging ORDER BY grp, sortkey, doc")
            db.execute("DELETE FROM bulk.parts_staging")
        stats.groups = self._aggregate(touched)
        if cold:
            stats.groups = db.execute("SELECT count(*) FROM groups").fetchone()[0]
            self._end_bulk_load()

    def _begin_bulk_load(self) -> None:
        """A first build: a bigger page cache for SQLite's sorts, and no indexes until the rows are in
        (sorting once is far cheaper than keeping an index in order row by row)."""
        self._db.execute(f"PRAGMA cache_size=-{BULK_CACHE_KB}")
        indexes = self._db.execute("SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")
        for (name,) in indexes.fetchall():
            self._db.execute(f"DROP INDEX {name}")

    def _end_bulk_load(self) -> None:
        for statement in _INDEXES.strip().splitlines():  # one by one: executescript would commit first
            self._db.execute(statement)
        self._db.execute(f"PRAGMA cache_size=-{CACHE_KB}")

    def _remove(self, docs: list[str], touched: set[str] | None, keep_doc: bool = False) -> None:
        db = self._db
        for d in docs:
            assert touched is not None
            for grp, data in db.execute("SELECT grp, data FROM parts WHERE doc=?", (d,)).fetchall():
                touched.add(grp)
                self._bag_rows([(grp, what, value, -1) for what, value in _bag(Part.from_json(json.loads(data)))], -1)
                self._emptied.add(grp)
            db.execute("DELETE FROM parts WHERE doc=?", (d,))
            db.execute("DELETE FROM attrs WHERE doc=?", (d,))
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
        self._queue(f"INSERT INTO {'parts' if touched is not None else 'bulk.parts_staging'} VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(key, sortkey, e.doc_id, p.kind, p.label, p.heads_facts(),
                      json.dumps(p.to_json(), ensure_ascii=False, separators=(",", ":")))
                     for key, p in art.parts.items()])
        if touched is not None:  # (a first build fills these while it scans)
            self._bag_rows([(key, what, value, 1) for key, p in art.parts.items() for what, value in _bag(p)], 1)
            self._queue("INSERT INTO attrs VALUES (?, ?, ?, ?, ?)",
                        [(key, k, sortkey, e.doc_id, v) for key, p in art.parts.items() if not key.startswith("region:")
                         for k, v in p.attrs.items()])
        self._queue("INSERT OR IGNORE INTO lookups VALUES (?, ?)", [(label, e.doc_id) for label in art.looked_up])
        self._queue("INSERT OR IGNORE INTO uses VALUES (?, ?, ?)",
                    [(target, key, e.doc_id) for key, p in art.parts.items() for target in p.references()
                     if not target.startswith("region:")])
        if touched is not None:
            touched.update(art.parts)
            touched.add(DOC_GROUP + e.doc_id)

    def _bag_rows(self, rows: list[tuple[str, str, str, int]], n: int) -> None:
        """Count names and parents in (n = 1) or out (n = -1) of the bag, and in each gazetteer region's
        account of this update."""
        self._queue(_BAG_ADD, rows)
        regions = (r[:3] for r in rows if _is_fixed_region(r[0]))
        (self._region_bag.update if n > 0 else self._region_bag.subtract)(regions)

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
        fresh = self._fresh = touched is None
        lookup = _StoreLookup(db, bag_filled=not fresh)
        delta: Counter[str] = Counter()
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
            for key, parts in _scan(db.execute("SELECT grp, sortkey, data FROM parts ORDER BY grp, sortkey, doc")):
                self._fill_side_tables(key, parts)
                self._store_group(key, aggregate(key, gather(parts), lookup), renderer, delta, fresh)
                done += 1
        else:
            # A gazetteer region's triples follow from its key and its bag alone (no provenance): one
            # whose bag came out the same (its articles replaced by new versions naming it the same
            # way) is left as it is. The others are aggregated again.
            changed = {grp for (grp, _, _), n in self._region_bag.items() if n}
            entities = sorted(g for g in touched if not g.startswith(DOC_GROUP)
                              and (g in changed or not _is_fixed_region(g)))
            readers: set[str] = set()
            for key, group in self._groups(entities, lookup):
                done += 1
                if self._store_group(key, group, renderer, delta):
                    readers.update(g for (g,) in db.execute("SELECT DISTINCT grp FROM uses WHERE target=?", (key,)))
            for key, group in self._groups(sorted(readers - set(entities)), lookup):
                done += 1
                self._store_group(key, group, renderer, delta)
        self._flush_refs(delta)
        self._reorder(fresh)
        if self._emptied:
            db.executemany("DELETE FROM bag WHERE grp=? AND n <= 0", ((g,) for g in sorted(self._emptied)))
            self._emptied.clear()
        self._region_bag.clear()
        return done

    def _fill_side_tables(self, key: str, parts: list[tuple[_Doc, Part]]) -> None:
        """A first build's bag and attrs rows of one entity, made while its parts are at hand."""
        counts = Counter(item for _, p in parts for item in _bag(p))
        self._queue(_BAG_ADD, [(key, what, value, n) for (what, value), n in counts.items()])
        if not key.startswith("region:"):
            self._queue("INSERT INTO attrs VALUES (?, ?, ?, ?, ?)",
                        [(key, k, f"{doc.name}\0{doc.doc_id}", doc.doc_id, v) for doc, p in parts
                         for k, v in p.attrs.items()])

    def _groups(self, keys: list[str], lookup: Lookup) -> Iterator[tuple[str, Group | None]]:
        """(key, its Group or None when no article names it any more), in key order."""
        for key in keys:
            g = self._gather(key)
            yield key, (aggregate(key, g, lookup) if g is not None else None)

    def _gather(self, key: str) -> Gathered | None:
        """``resolve.gather`` of one entity's parts, read from the side tables: only the parts that
        head facts (and a region's first part) are decoded."""
        db = self._db
        first = db.execute("SELECT kind, label, data FROM parts WHERE grp=? ORDER BY sortkey, doc LIMIT 1",
                           (key,)).fetchone()
        if first is None:
            return None
        kind, label, data = first
        bag: dict[str, set[str]] = {"n": set(), "L": set(), "P": set()}
        for what, value in db.execute("SELECT what, value FROM bag WHERE grp=? AND n > 0", (key,)):
            bag[what].add(value)
        if key.startswith("region:"):
            attrs = Part.from_json(json.loads(data)).attrs
        else:
            attrs = {}
            for k, v in db.execute("SELECT key, value FROM attrs WHERE grp=? ORDER BY key, sortkey, doc", (key,)):
                attrs.setdefault(k, v)
        docs = {d for (d,) in db.execute("SELECT doc FROM parts WHERE grp=?", (key,))}
        heads = [_part(sortkey, data) for sortkey, data in
                 db.execute("SELECT sortkey, data FROM parts WHERE grp=? AND heads ORDER BY sortkey, doc", (key,))]
        return Gathered(kind, label, bag["n"], docs, attrs, bag["L"], bag["P"], heads)

    def _store_group(self, key: str, group: Group | None, renderer, delta: Counter, fresh: bool = False) -> bool:
        """Store a group's blocks and row; True when what other entities read of it changed.

        A group that is new or gone needs no such news: whoever reads it does so
        through an article that names it, and that article was added or removed too.
        """
        from .graph import group_blocks

        db = self._db
        old = None if fresh else db.execute("SELECT grp, summary, kind, awards, aid_links, affiliations FROM groups "
                                            "WHERE grp=?", (key,)).fetchone()
        if group is None:
            self._replace(key, [], renderer, delta)
            db.execute("DELETE FROM groups WHERE grp=?", (key,))
            return False
        self._replace(key, group_blocks(group), renderer, delta, fresh)
        row = (key, group.summary(), group.entity.kind.value, len(group.awards),
               sum(1 for f in group.aid if f.county is not None), len(group.affiliations))
        if row != old:  # (a row written again is a page written again)
            self._queue("INSERT OR REPLACE INTO groups VALUES (?, ?, ?, ?, ?, ?)", [row])
        return old is not None and old[1] != row[1]

    def _replace(self, grp: str, blocks, renderer, delta: Counter, fresh: bool = False) -> None:
        """Put a group's rendered blocks in place of its old ones, counting references in ``delta``.

        New blocks go in with reference count 0 and are moved to their place by ``_reorder``
        (a first build's go to a staging table, sorted into place at the end).
        """
        rows = []
        refs: dict[str, list[str]] = {}  # subject -> the entity IRIs its block references
        for subject, pairs in blocks:
            if not pairs:
                continue
            renderer.used = {}
            text, objects, n = renderer.block(subject, pairs)
            data = f"\n{text}\n".encode("utf-8", "replace")
            refs[subject] = [o for o in objects if o.startswith(ID)]
            rows.append((0, subject, grp, n, " ".join(sorted(renderer.used)), _pack_refs(refs[subject]),
                         _pack_text(data), _digest(data)))
        if not fresh:
            rows = self._rewrite(grp, rows, refs, delta)
        for r in rows:
            self._triple_delta += r[3]
            delta.update(refs[r[1]])
        self._queue(f"INSERT INTO {'bulk.staging' if fresh else 'blocks'} VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        if len(delta) > 200_000:
            self._flush_refs(delta)

    def _rewrite(self, grp: str, rows: list[tuple], refs: dict[str, list[str]], delta: Counter) -> list[tuple]:
        """Rewrite the group's stored blocks that changed, remove those no longer given; return the new ones.

        Blocks that come out the same (the awards an entity received in other articles usually
        do) are left alone, compared by digest from the group index without reading them. A
        changed block is rewritten where it is: a hub's is large and should be written once,
        and it keeps its place unless its own reference count changes (``_flush_refs``).
        """
        db = self._db
        old = {iri: (refn, n, digest) for refn, iri, n, digest in
               db.execute("SELECT refn, iri, triples, digest FROM blocks WHERE grp=?", (grp,))}
        added = []
        for r in rows:
            was = old.pop(r[1], None)
            if was is None:
                added.append(r)
                continue
            refn, n, digest = was
            if digest == r[7]:
                continue
            self._triple_delta += r[3] - n
            prefixes, stored = self._stored_refs(refn, r[1])
            delta.subtract(stored)
            delta.update(refs[r[1]])
            # (an indexed column is set only when it changed: setting it writes its index entry again)
            same = prefixes == r[4]
            db.execute(f"UPDATE blocks SET triples=?, {'' if same else 'prefixes=?, '}refs=?, text=?, digest=? "
                       "WHERE refn=? AND iri=?", (r[3], *(() if same else (r[4],)), r[5], r[6], r[7], refn, r[1]))
        for iri, (refn, n, _) in old.items():  # subjects no longer given
            self._triple_delta -= n
            delta.subtract(self._stored_refs(refn, iri)[1])
            self._moved.add(iri)
            db.execute("DELETE FROM blocks WHERE refn=? AND iri=?", (refn, iri))
        self._moved.update(r[1] for r in added)
        return added

    def _stored_refs(self, refn: int, iri: str) -> tuple[str, list[str]]:
        """A stored block's prefixes and referenced IRIs (read from its row: only for a block that changed)."""
        prefixes, stored = self._db.execute("SELECT prefixes, refs FROM blocks WHERE refn=? AND iri=?",
                                            (refn, iri)).fetchone()
        if isinstance(stored, bytes):
            stored = zlib.decompress(stored).decode("utf-8")
        return prefixes, stored.split("\n") if stored else []

    def _flush_refs(self, delta: Counter) -> None:
        db = self._db
        self._flush()
        changed = [(iri, n) for iri, n in delta.items() if n]
        db.executemany("INSERT INTO refcount VALUES (?, ?) ON CONFLICT(iri) DO UPDATE SET n = n + excluded.n", changed)
        if not self._fresh:
            self._moved.update(iri for iri, _ in changed)
        delta.clear()

    def _reorder(self, fresh: bool) -> None:
        """Put blocks in Turtle order: a first build's sorted in from the staging table in one go,
        an update's new blocks and those whose subject's reference count changed moved one by one."""
        db = self._db
        if fresh:
            db.execute("INSERT INTO blocks SELECT IFNULL(r.n, 0), s.iri, s.grp, s.triples, s.prefixes, s.refs, "
                       "s.text, s.digest FROM bulk.staging s LEFT JOIN refcount r ON r.iri = s.iri ORDER BY 1, 2")
            db.execute("DELETE FROM bulk.staging")
        else:
            count = "IFNULL((SELECT n FROM refcount WHERE refcount.iri = blocks.iri), 0)"
            db.executemany(f"UPDATE blocks SET refn = {count} WHERE iri = ? AND refn <> {count}",
                           ((iri,) for iri in sorted(self._moved)))
        db.execute("DELETE FROM refcount WHERE n = 0")
        self._moved.clear()

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
        cursor = db.execute("SELECT text FROM blocks ORDER BY refn, iri")  # the table's own order: no sort
        with _BackgroundWriter(fh) as out:
            while rows := cursor.fetchmany(20_000):
                # (a block starting with a newline is stored as written, else compressed: see _pack_text)
                out.write(b"".join(text if text[0] == 10 else zlib.decompress(text) for (text,) in rows))
            out.write(b"\n")
        return self.triples()

    def blocks(self) -> Iterator[tuple[str, list]]:
        """Every subject with its (predicate, object) pairs, aggregated again from the parts (for N-Triples)."""
        from .graph import document_block, group_blocks

        db = self._db
        for (info,) in db.execute("SELECT info FROM docs WHERE info IS NOT NULL ORDER BY doc").fetchall():
            yield document_block(DocumentInfo(*json.loads(info)))
        lookup = _StoreLookup(db)
        for key, parts in _scan(db.execute("SELECT grp, sortkey, data FROM parts ORDER BY grp, sortkey, doc")):
            yield from group_blocks(aggregate(key, gather(parts), lookup))

    def triples(self) -> int:
        if self._triples is None:
            row = self._db.execute("SELECT value FROM meta WHERE key='triples'").fetchone()
            self._triples = int(row[0]) if row else \
                self._db.execute("SELECT IFNULL(sum(triples), 0) FROM blocks").fetchone()[0]
        return self._triples

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
        return knowledge_base(docs, (aggregate(key, gather(parts), lookup) for key, parts in scan))


class _StoreLookup(Lookup):
    """Labels and parents of other entities, read from the parts table and remembered for the update."""

    def __init__(self, db: sqlite3.Connection, bag_filled: bool = True):
        self._db = db
        self.bag_filled = bag_filled
        self._labels: dict[str, str] = {}
        self._parents: dict[str, list[str]] = {}

    def label(self, key: str) -> str:
        got = self._labels.get(key)
        if got is None:
            row = self._db.execute("SELECT label FROM parts WHERE grp=? ORDER BY sortkey, doc LIMIT 1", (key,)).fetchone()
            got = self._labels[key] = row[0] if row else ""
        return got

    def located_in(self, key: str) -> list[str]:
        got = self._parents.get(key)
        if got is None:
            if self.bag_filled:
                got = [p for (p,) in self._db.execute(
                    "SELECT value FROM bag WHERE grp=? AND what='L' AND n > 0 ORDER BY value", (key,))]
            else:  # a first build fills the bag as it goes: read the parts themselves
                parents: set[str] = set()
                for (data,) in self._db.execute("SELECT data FROM parts WHERE grp=?", (key,)):
                    parents.update(json.loads(data)[4])
                got = sorted(parents)
            self._parents[key] = got
        return got


@dataclass(frozen=True, slots=True)
class _Doc:
    """The document fields aggregation reads (doc_id, name), from a part's sort key."""

    doc_id: str
    name: str


class _BackgroundWriter:
    """Writes chunks to a file in another thread, so that reading the next rows out of SQLite (which
    lets go of the GIL) and writing the last ones out overlap: kg.ttl is about 70 bytes a triple."""

    def __init__(self, fh: IO[bytes], depth: int = 4):
        self._fh = fh
        self._chunks: queue.Queue[bytes | None] = queue.Queue(depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-write", daemon=True)

    def __enter__(self) -> _BackgroundWriter:
        self._thread.start()
        return self

    def _run(self) -> None:
        while (chunk := self._chunks.get()) is not None:
            if self._error is None:
                try:
                    self._fh.write(chunk)
                except BaseException as e:  # (raised in the caller's thread: see write and __exit__)
                    self._error = e

    def write(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._chunks.put(chunk)

    def __exit__(self, *exc) -> None:
        self._chunks.put(None)
        self._thread.join()
        if self._error is not None and exc[0] is None:
            raise self._error


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


def _digest(text: bytes) -> bytes:
    """What a block is compared by (128 bits: a collision, and so a block left stale, is out of reach)."""
    return hashlib.blake2b(text, digest_size=16).digest()


def _pack_text(data: bytes) -> bytes:
    """A block's Turtle as stored: as written (it starts with a newline), or zlib-compressed when
    long (a zlib stream never starts with a newline). A hub's block is rewritten at every update:
    compressed it is a fifth of the size, and it is a few hundred of the corpus's blocks."""
    return zlib.compress(data, 1) if len(data) > PACK_TEXT_OVER else data


def _pack_refs(iris: list[str]) -> str | bytes:
    """A block's referenced IRIs as stored: newline-separated, compressed when long.

    A hub (an organ or an honor named in thousands of articles) references every
    one of them; its list is rewritten at each update, and compressed it is a
    fifth of the size.
    """
    text = "\n".join(iris)
    return zlib.compress(text.encode("utf-8"), 1) if len(text) > PACK_REFS_OVER else text


def _is_fixed_region(key: str) -> bool:
    """A region of the gazetteer (or a village under one), not one named only in one article."""
    return key.startswith("region:") and "@" not in key


_BAG_ADD = "INSERT INTO bag VALUES (?, ?, ?, ?) ON CONFLICT (grp, what, value) DO UPDATE SET n = n + excluded.n"


def _bag(p: Part) -> Iterator[tuple[str, str]]:
    """What a part adds to its entity's bag: its names (n) and parents (L located in, P part of)."""
    for name in p.names:
        yield "n", name
    for parent in p.located_in:
        yield "L", parent
    for parent in p.part_of:
        yield "P", parent


def open_kb_store(cache_dir: str | os.PathLike[str] | None,
                  inputs: Iterable[str | os.PathLike[str]]) -> KBStore:
    """The knowledge base kept for these inputs in ``cache_dir``, else a temporary one."""
    if cache_dir is not None:
        try:
            return KBStore(Path(cache_dir) / store_name(inputs))
        except (sqlite3.Error, OSError):
            pass
    return KBStore(dbfile.temporary_path("kg-kb-"), temporary=True)
