"""Bad input never stops a build: one warning line naming each bad file, the rest is built.

Exit codes: 0 with warnings, 1 when no article could be read, 2 when the
extractor itself failed on an article (the graph is still written); never a
traceback.
"""
from __future__ import annotations

import builtins
import os
import shutil

import pytest
from click.testing import CliRunner

from conftest import SAMPLE_CORPUS
from kg.cli import main
from kg.pipeline import build

GOOD = "d14_xuanwu_civil.txt"  # 首都医科大学宣武医院荣获全国文明单位
GOOD_FACT = '"首都医科大学宣武医院"@zh'


def run(*args: str):
    return CliRunner().invoke(main, ["build", *args, "--no-cache", "-q", "--jobs", "1"], catch_exceptions=False)


@pytest.fixture
def bad_corpus(tmp_path, monkeypatch):
    """One good article and one of every kind of bad file; returns (folder, expected warning lines)."""
    c = tmp_path / "corpus"
    c.mkdir()
    shutil.copy(SAMPLE_CORPUS / GOOD, c / "good.txt")
    text = (SAMPLE_CORPUS / GOOD).read_text(encoding="utf-8")
    (c / "empty.txt").write_bytes(b"")
    (c / "blank.txt").write_text("  \n\n\u3000 \n", encoding="utf-8")
    (c / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (c / "truncated_gbk.txt").write_bytes(text.strip().encode("gbk")[:-1])  # cut inside a character
    (c / "mixed.txt").write_bytes(text[:200].encode("utf-8") + b"\n" + text[200:].encode("gbk"))
    with open(c / "huge.txt", "wb") as fh:  # 50 MB: over the default 20 MB limit
        fh.truncate(50 * 1024 * 1024)
    (c / "nested.html").write_text("<html><body>" + "<div>" * 20000 + "<p>" + text + "</p>" + "</div>" * 20000
                                   + "</body></html>", encoding="utf-8")
    (c / "broken.html").write_text("<html><head><title>院报" + "<script>var a = '<!--';" * 3000 + text
                                   + "<div class='" + "<p" * 5000, encoding="utf-8")
    os.mkfifo(c / "pipe.txt")
    (c / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (c / "locked.txt").write_text(text, encoding="utf-8")
    real_open = builtins.open

    def denying_open(file, *args, **kwargs):  # root ignores chmod 000, so deny like the kernel would
        if isinstance(file, (str, os.PathLike)) and os.fspath(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denying_open)
    expected = [
        f"warning: {c / 'binary.txt'}: binary file, not text (NUL or control bytes)",
        f"warning: {c / 'blank.txt'}: empty file (no text)",
        f"warning: {c / 'dangling.txt'}: broken symbolic link (its target does not exist)",
        f"warning: {c / 'empty.txt'}: empty file (0 bytes)",
        f"warning: {c / 'huge.txt'}: file too large (52.4 MB > 20 MB limit; raise --max-bytes to read it)",
        f"warning: {c / 'locked.txt'}: permission denied",
        f"warning: {c / 'pipe.txt'}: not a regular file (a named pipe)",
        f"warning: {c / 'mixed.txt'}: mixed encodings (UTF-8 and GB18030 lines); each line decoded on its own",
        f"warning: {c / 'truncated_gbk.txt'}: truncated gb18030 text (a broken character at the end was replaced)",
    ]
    return c, expected


def test_every_bad_file_is_one_warning_and_the_rest_is_built(bad_corpus, tmp_path):
    corpus, expected = bad_corpus
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-cache", "--jobs", "1",
                                       "--no-html"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Traceback" not in result.output
    assert result.stderr.splitlines() == expected
    # good, nested.html, broken.html, truncated_gbk, mixed were read; 7 files skipped
    assert result.stdout.splitlines()[0] == "documents read: 5 (7 skipped)"
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    assert GOOD_FACT in ttl
    assert '"nested.html"' in ttl and '"broken.html"' in ttl and '"truncated_gbk.txt"' in ttl


def test_nothing_readable_exits_1_and_keeps_the_previous_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"")
    (corpus / "b.txt").write_bytes(b"\x00" * 100)
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.ttl").write_text("previous\n")
    result = run(str(corpus), "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"warning: {corpus / 'a.txt'}: empty file (0 bytes)",
        f"warning: {corpus / 'b.txt'}: binary file, not text (NUL or control bytes)",
        "error: no article could be read; nothing written",
    ]
    assert (out / "kg.ttl").read_text() == "previous\n"


def test_a_file_vanishing_mid_run_is_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SAMPLE_CORPUS / GOOD, corpus / name)
    (corpus / "c.txt").write_text("另一篇:" + (SAMPLE_CORPUS / GOOD).read_text(encoding="utf-8"), encoding="utf-8")

    def progress(done: int, total: int, name: str) -> None:
        if name == "a.txt":
            (corpus / "b.txt").unlink()  # deleted after the folder was listed

    result = build([corpus], progress=progress)
    assert [str(p) for p in result.problems] == [f"{corpus / 'b.txt'}: file vanished before it could be read"]
    assert result.documents == 2


def test_extractor_failure_is_exit_2_with_the_graph_written(tmp_path, monkeypatch):
    import kg.extract

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE_CORPUS / GOOD, corpus / "good.txt")
    (corpus / "poison.txt").write_text("毒药文章:某某医院荣获先进集体称号。", encoding="utf-8")
    real = kg.extract.extract

    def failing(article):
        if "毒药" in article.text:
            raise ValueError("boom")
        return real(article)

    monkeypatch.setattr(kg.extract, "extract", failing)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    out = tmp_path / "out"
    result = run(str(corpus), "--out", str(out), "--no-html")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        f"error: {corpus / 'poison.txt'}: internal error while extracting (ValueError: boom); skipped",
        "internal error: the extractor failed on 1 article(s), listed above; the graph was written without them "
        "(set KG_DEBUG=1 for details)",
    ]
    assert GOOD_FACT in (out / "kg.ttl").read_text(encoding="utf-8")


def test_an_unusable_cache_is_a_warning_not_a_failure(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE_CORPUS / GOOD, corpus / "good.txt")
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"), "--cache",
                                       str(not_a_folder), "-q", "--jobs", "1", "--no-html"], catch_exceptions=False)
    assert result.exit_code == 0
    [line] = result.stderr.splitlines()
    assert line.startswith(f"warning: {not_a_folder / 'extractions.sqlite'}: cache unusable (")
    assert line.endswith("); building without it")
    assert (tmp_path / "out" / "kg.ttl").exists()


def _die_on_three(x: int) -> int:
    if x == 3:
        os._exit(1)  # a worker killed mid-item (out of memory, a crash in C code)
    return x * x


def test_a_dying_worker_fails_only_its_item():
    from kg.parallel import WorkerDied, ordered_map

    items = [(i, i if i % 4 else None) for i in range(1, 10)]  # None: a cache hit, passed through
    results = list(ordered_map(_die_on_three, items, jobs=2))
    assert [m for m, _ in results] == list(range(1, 10))
    assert isinstance(results[2][1], WorkerDied)
    assert [r for m, r in results if m != 3] == [1, 4, None, 25, 36, 49, None, 81]


def test_files_given_directly_and_missing_inputs(tmp_path):
    good = tmp_path / "good.txt"
    shutil.copy(SAMPLE_CORPUS / GOOD, good)
    result = run(str(good), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'missing.txt'}: no such file or folder\n"
    assert not (tmp_path / "out" / "kg.ttl").exists()
