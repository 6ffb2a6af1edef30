"""The extraction cache: a rebuild re-extracts only what changed and gives the same graph bytes."""
from __future__ import annotations

import io
import shutil
import sqlite3
import time

import pytest

from conftest import SAMPLE_CORPUS
from kg import cache as kg_cache
from kg.graph import write_turtle
from kg.pipeline import build

ARTICLES = ["d04_fangxian_ph.txt", "d06_sanya_mch.txt", "d09_hudian_aid.txt", "d12_liqun_yadong.txt",
            "d14_xuanwu_civil.txt"]


def turtle(result) -> bytes:
    buf = io.BytesIO()
    write_turtle(result.kb, buf)
    return buf.getvalue()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(SAMPLE_CORPUS / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def cold_bytes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cold")
    for name in ARTICLES:
        shutil.copy(SAMPLE_CORPUS / name, folder / name)
    return turtle(build([folder]))


def test_rebuild_takes_everything_from_the_cache(corpus, tmp_path, cold_bytes):
    first = build([corpus], cache=tmp_path / "cache")
    again = build([corpus], cache=tmp_path / "cache")
    assert (first.extracted, first.cached) == (5, 0)
    assert (again.extracted, again.cached) == (0, 5)
    assert turtle(first) == turtle(again) == cold_bytes


def test_only_the_edited_article_is_extracted_again(corpus, tmp_path):
    build([corpus], cache=tmp_path / "cache")
    edited = corpus / "d09_hudian_aid.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n2019年,该院被评为“全国文明单位”。\n", encoding="utf-8")
    warm = build([corpus], cache=tmp_path / "cache")
    assert (warm.extracted, warm.cached) == (1, 4)
    cold = build([corpus])
    assert turtle(warm) == turtle(cold)
    assert any(a.year == 2019 for a in warm.kb.awards)


def test_an_edited_article_keeps_its_document_iri(corpus, tmp_path):
    before = {d.name: d for d in build([corpus], cache=tmp_path / "cache").kb.documents}
    edited = corpus / "d09_hudian_aid.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n编辑补记。\n", encoding="utf-8")
    after = {d.name: d for d in build([corpus], cache=tmp_path / "cache").kb.documents}
    assert after["d09_hudian_aid.txt"].doc_id == before["d09_hudian_aid.txt"].doc_id
    assert after["d09_hudian_aid.txt"].digest != before["d09_hudian_aid.txt"].digest


def test_the_same_bytes_twice_are_one_document_under_the_first_name(corpus):
    shutil.copy(corpus / "d06_sanya_mch.txt", corpus / "a_copy.txt")
    docs = build([corpus]).kb.documents
    assert len(docs) == 5 and "a_copy.txt" in {d.name for d in docs}


def test_one_name_in_two_inputs_is_two_documents(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    for folder, article in ((first, "d06_sanya_mch.txt"), (second, "d14_xuanwu_civil.txt")):
        folder.mkdir()
        shutil.copy(SAMPLE_CORPUS / article, folder / "same.txt")
    result = build([first, second])
    docs = result.kb.documents
    assert [d.name for d in docs] == ["same.txt", "same.txt"] and len({d.doc_id for d in docs}) == 2
    cited = {s.doc_id for a in result.kb.awards for s in a.sources}
    assert cited == {d.doc_id for d in docs}


def test_a_new_extractor_extracts_everything_again(corpus, tmp_path, monkeypatch):
    build([corpus], cache=tmp_path / "cache")
    monkeypatch.setattr(kg_cache, "extractor_fingerprint", lambda: "a different extractor")
    again = build([corpus], cache=tmp_path / "cache")
    assert (again.extracted, again.cached) == (5, 0)


def test_fingerprint_covers_extractor_code_and_data():
    from kg.extract import EXTRACTOR_VERSION

    kg_cache.extractor_fingerprint.cache_clear()
    files = [rel for rel, _ in kg_cache._tree(kg_cache.resources.files("kg").joinpath("data"), "data")]
    assert "data/divisions.tsv" in files and any(f.startswith("data/lexicon/") for f in files)
    assert EXTRACTOR_VERSION and len(kg_cache.extractor_fingerprint()) == 64


def test_a_renamed_file_is_its_own_article(corpus, tmp_path):
    build([corpus], cache=tmp_path / "cache")
    (corpus / "d06_sanya_mch.txt").rename(corpus / "renamed.txt")
    again = build([corpus], cache=tmp_path / "cache")
    assert (again.extracted, again.cached) == (1, 4)
    assert "renamed.txt" in {d.name for d in again.kb.documents}


def test_an_unreadable_cache_row_is_extracted_again(corpus, tmp_path, cold_bytes):
    build([corpus], cache=tmp_path / "cache")
    db = sqlite3.connect(tmp_path / "cache" / kg_cache.CACHE_FILE)
    with db:
        db.execute(f"UPDATE {kg_cache.T} SET row='[\"broken' WHERE rowid=1")
    db.close()
    again = build([corpus], cache=tmp_path / "cache")
    assert turtle(again) == cold_bytes


def test_cache_rows_are_pruned_after_a_month_unused_and_marked_used_weekly(corpus, tmp_path):
    build([corpus], cache=tmp_path / "cache")
    path = tmp_path / "cache" / kg_cache.CACHE_FILE
    today = int(time.time() // 86400)
    db = sqlite3.connect(path)
    with db:
        keys = [k for (k,) in db.execute(f"SELECT key FROM {kg_cache.T} ORDER BY key")]
        days = {keys[0]: today - 40, keys[1]: today - kg_cache.REFRESH_DAYS, keys[2]: today - 3}
        db.executemany(f"UPDATE {kg_cache.T} SET used=? WHERE key=?", [(d, k) for k, d in days.items()])
        row = db.execute(f"SELECT hospitals, warnings, row FROM {kg_cache.T} WHERE key=?", (keys[0],)).fetchone()
        db.executemany(f"INSERT INTO {kg_cache.T} VALUES (?, ?, ?, ?, ?)",
                       [("gone", *row, today - kg_cache.KEEP_UNUSED_DAYS - 1),
                        ("kept", *row, today - kg_cache.KEEP_UNUSED_DAYS)])
    again = build([corpus], cache=tmp_path / "cache")
    assert again.cached == 5
    used = dict(db.execute(f"SELECT key, used FROM {kg_cache.T}"))
    db.close()
    # in use: marked again once a week old (so a used row is never pruned), else left unwritten
    assert [used[k] for k in keys[:3]] == [today, today, today - 3]
    # unused: pruned once older than KEEP_UNUSED_DAYS
    assert "gone" not in used and "kept" in used


def test_warnings_of_cached_articles_are_repeated(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = (SAMPLE_CORPUS / "d14_xuanwu_civil.txt").read_text(encoding="utf-8").strip()
    (folder / "cut.txt").write_bytes(text.encode("gbk")[:-1])
    first = build([folder], cache=tmp_path / "cache")
    again = build([folder], cache=tmp_path / "cache")
    assert again.cached == 1
    assert first.warnings == again.warnings == [
        f"{folder / 'cut.txt'}: truncated gb18030 text (a broken character at the end was replaced)"]


def test_parallel_build_gives_the_same_bytes(corpus, cold_bytes):
    parallel = build([corpus], jobs=2)
    assert parallel.extracted == 5 and turtle(parallel) == cold_bytes
