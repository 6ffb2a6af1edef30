"""The resolved corpus kept on disk: every update gives a cold build's bytes, and redoes only what changed."""
from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_CORPUS
from kg import kbstore
from kg.graph import to_graph, write_turtle
from kg.pipeline import build

GENRE_CORPUS = ROOT / "tests" / "data" / "genre" / "corpus"
POOL = sorted(SAMPLE_CORPUS.iterdir()) + sorted(GENRE_CORPUS.iterdir())
GENRE_ARTICLES = len(list(GENRE_CORPUS.iterdir()))


def written(result, path: Path) -> bytes:
    result.write(path)
    return path.read_bytes()


def test_store_turtle_is_the_knowledge_bases(sample_build, tmp_path):
    """kg.ttl copied out of the store = the in-memory knowledge base's = rdflib's."""
    buf = io.BytesIO()
    write_turtle(sample_build.kb, buf)
    assert written(sample_build, tmp_path / "kg.ttl") == buf.getvalue()
    assert buf.getvalue() == to_graph(sample_build.kb).serialize(format="turtle", encoding="utf-8")
    assert sample_build.triples == len(to_graph(sample_build.kb))


def test_store_ntriples_are_rdflibs(sample_build, tmp_path):
    from kg.export import serialize

    sample_build.write(tmp_path / "kg.nt", "nt")
    assert (tmp_path / "kg.nt").read_bytes() == serialize(to_graph(sample_build.kb), "nt")


@pytest.mark.parametrize("seed, pack_all", [(1, False), (2, False), (1, True)])
def test_every_update_gives_a_cold_builds_bytes(tmp_path, seed, pack_all, monkeypatch):
    """Articles come and go at random in one folder; each warm build equals a cold one
    (pack_all: every block and its reference list are stored compressed, as a hub's are)."""
    if pack_all:
        monkeypatch.setattr(kbstore, "PACK_REFS_OVER", 0)
        monkeypatch.setattr(kbstore, "PACK_TEXT_OVER", 0)
    rnd = random.Random(seed)
    folder = tmp_path / "corpus"
    folder.mkdir()
    present: set[Path] = set()
    updates = []
    for step in range(6):
        for p in rnd.sample(POOL, rnd.randint(2, 8)):
            if p in present:
                (folder / p.name).unlink()
                present.discard(p)
            else:
                shutil.copy(p, folder / p.name)
                present.add(p)
        if not present:
            continue
        warm = build([folder], cache=tmp_path / "cache")
        cold = build([folder])
        assert written(warm, tmp_path / "warm.ttl") == written(cold, tmp_path / "cold.ttl"), f"step {step}"
        assert warm.stats == cold.stats
        updates.append(warm.update)
        packed = warm.store._db.execute("SELECT count(*) FROM blocks WHERE typeof(refs) = 'blob' "
                                        "OR substr(text, 1, 1) <> x'0a'").fetchone()[0]
        assert bool(packed) == pack_all
    assert any(u.removed for u in updates) and any(u.added for u in updates)


def test_unchanged_corpus_redoes_nothing(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(GENRE_CORPUS, folder)
    first = build([folder], cache=tmp_path / "cache")
    again = build([folder], cache=tmp_path / "cache")
    assert first.update.added == GENRE_ARTICLES and first.update.groups > 100
    assert (again.update.added, again.update.removed, again.update.groups) == (0, 0, 0)
    assert written(again, tmp_path / "a.ttl") == written(first, tmp_path / "b.ttl")


def test_an_edit_that_names_the_same_places_leaves_the_regions_alone(tmp_path, monkeypatch):
    """Regions carry no provenance: an article edited without touching its places redoes none of them,
    while a new article naming a new place redoes that place (and both builds equal cold ones)."""
    folder = tmp_path / "corpus"
    shutil.copytree(GENRE_CORPUS, folder)
    first = build([folder], cache=tmp_path / "cache")
    db = first.store._db
    doc, name = db.execute("SELECT p.doc, d.sortkey FROM parts p JOIN docs d ON d.doc = p.doc "
                           "WHERE p.grp LIKE 'region:%' GROUP BY p.doc ORDER BY count(*) DESC, p.doc").fetchone()
    places = {g for (g,) in db.execute("SELECT grp FROM parts WHERE doc=? AND grp LIKE 'region:%'", (doc,))}
    first.close()
    redone: list[str] = []
    store_group = kbstore.KBStore._store_group
    monkeypatch.setattr(kbstore.KBStore, "_store_group",
                        lambda self, key, *a, **k: redone.append(key) or store_group(self, key, *a, **k))
    article = folder / name.split("\0")[0]
    article.write_text(article.read_text(encoding="utf-8") + "\n会议还研究了其他事项。\n", encoding="utf-8")
    edited = build([folder], cache=tmp_path / "cache")
    assert edited.update.removed == edited.update.added == 1
    assert len(places) >= 2 and redone and not places & set(redone)
    assert written(edited, tmp_path / "a.ttl") == written(build([folder]), tmp_path / "b.ttl")
    edited.close()
    redone.clear()
    (folder / "new.txt").write_text("标题:医院荣誉\n2022年,四川省南江县人民医院被四川省卫生健康委员会评为“全省卫生健康系统先进集体”。\n",
                                    encoding="utf-8")
    added = build([folder], cache=tmp_path / "cache")
    assert [k for k in redone if k.startswith("region:")]  # the county named is new to the corpus
    assert written(added, tmp_path / "c.ttl") == written(build([folder]), tmp_path / "d.ttl")


SHORT = "标题:县医院党建\n2021年6月,宁乡县医院党委被中共湖南省委授予“全省先进基层党组织”称号。\n"
FULL = "标题:人民医院荣誉\n2022年,宁乡县人民医院被湖南省卫生健康委评为“全省卫生健康系统先进集体”。\n"


def hospital_names(result) -> dict[str, tuple[str, ...]]:
    return {e.label: e.alt_labels for e in result.kb.entities if e.kind.value == "Hospital"}


def test_a_new_full_name_redoes_the_articles_of_its_short_form(tmp_path):
    """X县医院 joins X县人民医院 once an article names it: the older article is resolved again."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    alone = build([folder], cache=tmp_path / "cache")
    assert "宁乡县医院" in hospital_names(alone)
    (folder / "b.txt").write_text(FULL, encoding="utf-8")
    both = build([folder], cache=tmp_path / "cache")
    assert (both.update.added, both.update.redone) == (1, 1)
    assert "宁乡县医院" in hospital_names(both)["宁乡县人民医院"]
    assert written(both, tmp_path / "warm.ttl") == written(build([folder]), tmp_path / "cold.ttl")
    (folder / "b.txt").unlink()
    back = build([folder], cache=tmp_path / "cache")
    assert (back.update.removed, back.update.redone) == (1, 1)
    assert written(back, tmp_path / "back.ttl") == written(alone, tmp_path / "alone.ttl")


def test_a_store_of_another_version_is_built_again(tmp_path, monkeypatch):
    from kg import dbfile

    folder = tmp_path / "corpus"
    shutil.copytree(GENRE_CORPUS, folder)
    monkeypatch.setattr(dbfile, "PAGE_SIZE", 4096)  # as stores were made before 16 KiB pages
    first = build([folder], cache=tmp_path / "cache")
    assert first.store._db.execute("PRAGMA page_size").fetchone()[0] == 4096
    first.close()
    monkeypatch.setattr(dbfile, "PAGE_SIZE", 16384)
    monkeypatch.setattr(kbstore, "resolver_fingerprint", lambda: "another resolver")
    again = build([folder], cache=tmp_path / "cache")
    assert again.update.added == GENRE_ARTICLES
    assert again.store._db.execute("PRAGMA page_size").fetchone()[0] == 16384  # emptied, then made anew
    assert again.store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert written(again, tmp_path / "a.ttl") == written(build([folder]), tmp_path / "b.ttl")


def test_each_set_of_inputs_keeps_its_own_store(tmp_path):
    assert kbstore.store_name([tmp_path / "a"]) != kbstore.store_name([tmp_path / "b"])
    assert kbstore.store_name([tmp_path / "a", tmp_path / "b"]) == kbstore.store_name([tmp_path / "b", tmp_path / "a"])


def test_a_temporary_store_is_removed_with_its_result(tmp_path):
    result = build([GENRE_CORPUS])
    path = result.store.path
    assert path.exists()
    result.close()
    assert not path.exists()


# --- entities that read other entities: synthetic resolve rows, the store driven directly ---------


def hospital(label: str, location: str | None = None) -> list:
    return ["Hospital", label, label, [], [["location", location]] if location else []]


def row(doc_id: str, name: str, mentions: list, claims: list) -> list:
    return [[doc_id, name, name, None, doc_id * 4, "utf-8"], mentions, claims]


def kb_bytes(path: Path, rows: list[list]) -> tuple[bytes, kbstore.UpdateStats]:
    """Update the store at ``path`` to hold exactly ``rows``; its Turtle and what the update redid."""
    from kg.resolve import hospital_labels_of_row

    by_id = {r[0][0]: r for r in rows}
    entries = [kbstore.DocEntry(r[0][1], r[0][0], r[0][0] + "-key") for r in rows]
    store = kbstore.KBStore(path)
    try:
        stats = store.update(entries, lambda es: (by_id[e.doc_id] for e in es),
                             lambda es: (hospital_labels_of_row(by_id[e.doc_id]) for e in es))
        buf = io.BytesIO()
        store.write_turtle(buf)
        return buf.getvalue(), stats
    finally:
        store.close()


EV = ["句子。", 0, 3]
AWARD = row("b" * 16, "b.txt", [], [["A", hospital("甲市人民医院"), ["Honor", "先进集体", "先进集体", [], []], [2020], [], EV]])
EARLIER_SPELLING = row("a" * 16, "a.txt", [["Honor", "“先进集体”", "“先进集体”", [], []]], [])
AID = row("c" * 16, "c.txt", [], [["D", hospital("甲市人民医院"), hospital("乙医院"), "对口帮扶", EV]])
PLACED = row("d" * 16, "d.txt", [hospital("乙医院", "433130")], [])


@pytest.mark.parametrize("first, added, changed", [
    ([AWARD], EARLIER_SPELLING, "荣获 2020年 “先进集体”".encode()),  # the honor's label, read by the award's
    ([AID], PLACED, b"hkg:aids"),  # the target's county, read by the aider's hkg:aids
], ids=["honor-label", "aid-target-county"])
def test_an_entity_read_by_another_redoes_its_reader(tmp_path, first, added, changed):
    before, _ = kb_bytes(tmp_path / "kb.sqlite", first)
    after, stats = kb_bytes(tmp_path / "kb.sqlite", first + [added])
    fresh, _ = kb_bytes(tmp_path / "fresh.sqlite", first + [added])
    assert changed not in before and changed in after
    assert after == fresh
    assert stats.added == 1 and stats.groups > 1


def test_the_summary_says_what_was_resolved_again(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    folder = tmp_path / "corpus"
    shutil.copytree(GENRE_CORPUS, folder)
    args = ["build", str(folder), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"), "--no-html"]
    first = CliRunner().invoke(main, args, catch_exceptions=False)
    assert f"extracted: {GENRE_ARTICLES}, from cache: 0" in first.stdout.splitlines()
    (folder / "g08_negative_tech.txt").unlink()
    again = CliRunner().invoke(main, args, catch_exceptions=False)
    lines = again.stdout.splitlines()
    assert f"extracted: 0, from cache: {GENRE_ARTICLES - 1}" in lines
    resolved = next(line for line in lines if line.startswith("resolved again: "))
    assert resolved.endswith("entities (0 articles in, 1 out, 0 redone)")


def test_a_failed_write_of_kg_ttl_is_raised_in_the_callers_thread(sample_build):
    """kg.ttl is written out in another thread: a write that fails there (a full disk) is still the
    caller's error."""
    class FullDisk(io.BytesIO):
        def write(self, data):
            if self.tell() > 10_000:
                raise OSError(28, "No space left on device")
            return super().write(data)

    with pytest.raises(OSError, match="No space left"):
        sample_build.store.write_turtle(FullDisk())
