"""kg.read: finding article files and decoding them; every refusal is one line naming the file."""
from __future__ import annotations

import builtins
import os

import pytest

from kg.errors import InputError
from kg.read import decode, iter_article_paths, read_article

TEXT = "攀枝花市中心医院荣获“全国文明单位”称号。"


def problem(path, **kw) -> str:
    with pytest.raises(InputError) as info:
        read_article(path, **kw)
    assert str(info.value) == f"{info.value.path}: {info.value.problem}"
    return info.value.problem


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("gb18030"), "gb18030"),
])
def test_encodings_are_detected_from_the_bytes(data, encoding):
    text, enc, warnings = decode(data, "a.txt")
    assert (text, enc, warnings) == (TEXT, encoding, [])


def test_truncated_gbk_is_read_with_a_warning():
    data = (TEXT * 3).encode("gbk")[:-1]  # cut inside the last character
    text, enc, warnings = decode(data, "cut.txt")
    assert enc == "gb18030" and text.startswith(TEXT * 2)
    assert warnings == ["cut.txt: truncated gb18030 text (a broken character at the end was replaced)"]


def test_lines_in_two_encodings_are_decoded_each_on_its_own():
    data = ("第一行是UTF-8。\n".encode("utf-8") + "第二行是GBK编码。\n".encode("gbk")) * 3
    text, enc, warnings = decode(data, "mixed.txt")
    assert "第二行是GBK编码。" in text and "第一行是UTF-8。" in text
    assert enc == "mixed"
    assert warnings == ["mixed.txt: mixed encodings (UTF-8 and GB18030 lines); each line decoded on its own"]


@pytest.mark.parametrize("data, message", [
    (b"", "empty file (0 bytes)"),
    (b"\x00\x01\x02\x03binary\x00", "binary file, not text (NUL or control bytes)"),
    (bytes(range(1, 9)) * 40, "binary file, not text (NUL or control bytes)"),
])
def test_bytes_that_are_no_text_are_refused(data, message):
    with pytest.raises(InputError) as info:
        decode(data, "x.txt")
    assert str(info.value) == f"x.txt: {message}"


def test_whitespace_only_file(tmp_path):
    (tmp_path / "blank.txt").write_text(" \n\u3000\n", encoding="utf-8")
    assert problem(tmp_path / "blank.txt") == "empty file (no text)"


def test_too_large_file_names_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 3_000_001)
    assert problem(big, max_bytes=2_000_000) == \
        "file too large (3.0 MB > 2 MB limit; raise --max-bytes to read it)"


def test_named_pipe_is_not_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert problem(fifo) == "not a regular file (a named pipe)"  # reading it would block forever


def test_folder_named_like_an_article(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    assert problem(tmp_path / "folder.txt") == "not a regular file (a folder)"


def test_broken_symlink_and_vanished_file(tmp_path):
    (tmp_path / "link.txt").symlink_to(tmp_path / "missing.txt")
    assert problem(tmp_path / "link.txt") == "broken symbolic link (its target does not exist)"
    assert problem(tmp_path / "gone.txt") == "file vanished before it could be read"


def test_unreadable_file(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    real_open = builtins.open

    def denying_open(file, *args, **kwargs):  # chmod 000 does not stop root, so deny like the kernel would
        if os.fspath(file) == os.fspath(locked):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denying_open)
    assert problem(locked) == "permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    locked.chmod(0)
    assert problem(locked) == "permission denied"


def test_paths_are_sorted_hidden_ones_skipped(tmp_path):
    for rel in ("b/2.txt", "a.md", "b/1.html", ".git/x.txt", "b/.draft.txt", "notes.pdf", "c/.hidden/y.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    assert [name for _, name in iter_article_paths([tmp_path])] == ["a.md", "b/1.html", "b/2.txt"]


def test_undecodable_file_name_becomes_printable(tmp_path):
    raw = os.fsencode(tmp_path) + b"/bad\xff\xfename.txt"
    with open(raw, "wb") as fh:
        fh.write(TEXT.encode("utf-8"))
    [(path, name)] = iter_article_paths([tmp_path])
    assert name == "bad\ufffd\ufffdname.txt"
    raw_article = read_article(path, name)
    assert raw_article.name == name and raw_article.path.encode("utf-8")  # printable, storable


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "b.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("secret"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    problems: list[InputError] = []
    names = [name for _, name in iter_article_paths([tmp_path], on_error=problems.append)]
    assert names == ["ok/a.txt"]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'secret'}: cannot list folder (Permission denied); its articles are skipped"]


def test_missing_input_raises():
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_article_paths(["/nonexistent/corpus"]))
