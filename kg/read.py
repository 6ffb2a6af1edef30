"""Find article files and decode them: Path -> RawArticle.

Encodings are detected from the bytes, never guessed from the extension:
a BOM wins, then strict UTF-8, then strict GB18030 (a superset of GBK and
GB2312), then Big5 for traditional-character sites. A file that decodes only
with damage (a truncated GBK tail, lines in two encodings) is still read, with
a warning that names the damage.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .encoding import declared_charset, gb_or_big5
from .errors import InputError
from .records import RawArticle

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".xhtml": "html"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def iter_article_paths(
    inputs: Iterable[str | os.PathLike[str]],
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[tuple[Path, str]]:
    """Yield (path, stable name) for every article file under the inputs, sorted.

    The name is the path relative to the folder given (or the bare file name for
    a file given directly), so the same corpus read from elsewhere keeps its names.
    Missing inputs raise InputError; a sub-folder that cannot be listed is
    reported to ``on_error`` (and skipped) instead of silently losing its files.
    Hidden files and folders (``.git``, ``.kg-cache``) are skipped.
    """
    seen: set[Path] = set()
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            for p, name in _walk(root, on_error):
                if p not in seen:
                    seen.add(p)
                    yield p, name
        elif root.exists() or root.is_symlink():
            if root not in seen:
                seen.add(root)
                yield root, printable(root.name)
        else:
            raise InputError(printable(str(given)), "no such file or folder")


def _walk(root: Path, on_error: Callable[[InputError], None] | None) -> list[tuple[Path, str]]:
    """Article files under ``root`` (symlinked folders are not followed), sorted by relative name."""
    found: list[tuple[str, Path]] = []

    def report(e: OSError) -> None:
        if on_error is not None:
            where = printable(e.filename if e.filename is not None else str(root))
            on_error(InputError(where, f"cannot list folder ({e.strerror or e}); its articles are skipped"))

    for folder, dirs, files in os.walk(root, onerror=report):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_folder = os.path.relpath(folder, root).replace(os.sep, "/")
        base = Path(folder)
        for f in files:
            if f.startswith(".") or os.path.splitext(f)[1].lower() not in SUFFIXES:
                continue
            found.append((f if rel_folder == "." else f"{rel_folder}/{f}", base / f))
    found.sort(key=lambda t: t[0])
    return [(p, printable(rel)) for rel, p in found]


def printable(text: str) -> str:
    """A path as text that can be printed and stored: undecodable file-name bytes become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def media_type_of(path: Path, data: bytes) -> str:
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    if kind == "text" and data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return kind


def read_article(path: Path, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawArticle:
    """Read and decode one file. Raises InputError with a one-line reason."""
    display = printable(str(path))
    data = read_bytes(path, display, max_bytes)
    text, encoding, warnings = decode(data, display)
    if not text.strip():
        raise InputError(display, "empty file (no text)")
    return RawArticle(
        path=display,
        name=name or printable(path.name),
        source=text,
        encoding=encoding,
        media_type=media_type_of(path, data),
        digest=hashlib.sha256(data).hexdigest(),
        warnings=tuple(warnings),
    )


def read_bytes(path: Path, display: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, or InputError saying why not."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise InputError(display, f"not a regular file ({_file_kind(st.st_mode)})")
        if st.st_size > max_bytes:
            raise InputError(display, _too_large(st.st_size, max_bytes))
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(display, "broken symbolic link (its target does not exist)") from None
        raise InputError(display, "file vanished before it could be read") from None
    except PermissionError:
        raise InputError(display, "permission denied") from None
    except IsADirectoryError:
        raise InputError(display, "is a folder, not a file") from None
    except OSError as e:
        raise InputError(display, f"cannot read ({e.strerror or e})") from None
    if len(data) > max_bytes:  # it grew after stat()
        raise InputError(display, _too_large(len(data), max_bytes))
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit; raise --max-bytes to read it)"


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return "not a file"


def decode(data: bytes, display: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Decode bytes to text; return (text, encoding, warnings) or raise InputError."""
    if not data:
        raise InputError(display, "empty file (0 bytes)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc, []
            except UnicodeDecodeError:
                text = data[len(bom):].decode(enc.replace("-sig", ""), errors="replace")
                return text, enc, [f"{display}: invalid {enc} bytes replaced with U+FFFD"]
    if _looks_binary(data):
        raise InputError(display, "binary file, not text (NUL or control bytes)")
    declared = declared_charset(data)
    for enc in ("utf-8",) if declared is None else (declared, "utf-8"):
        try:
            return data.decode(enc), enc, []
        except UnicodeDecodeError:
            continue
    guessed = gb_or_big5(data)  # GB18030 reads Big5 bytes without error, as nonsense: compare both
    if guessed is not None:
        return guessed[0], guessed[1], []
    return _decode_damaged(data, display)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(head) // 100)


def _decode_damaged(data: bytes, display: str) -> tuple[str, str, list[str]]:
    """Best effort for files no single codec reads: truncated tails, mixed lines."""
    for enc in ("utf-8", "gb18030"):
        for cut in (1, 2, 3):
            if len(data) <= cut:
                break
            try:
                text = data[:-cut].decode(enc)
            except UnicodeDecodeError:
                continue
            tail = data[-cut:].decode(enc, errors="replace")
            return text + tail, enc, [f"{display}: truncated {enc} text (a broken character at the end was replaced)"]
    lines, used = [], set()
    for raw in data.split(b"\n"):
        for enc in ("utf-8", "gb18030"):
            try:
                lines.append(raw.decode(enc))
                used.add(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            lines.append(raw.decode("utf-8", errors="replace"))
            used.add("damaged")
    text = "\n".join(lines)
    bad = text.count("\ufffd")
    if bad > len(text) // 4:
        raise InputError(display, "not text in any supported encoding (UTF-8, GB18030, Big5)")
    if used - {"damaged"} == {"utf-8", "gb18030"}:
        warning = f"{display}: mixed encodings (UTF-8 and GB18030 lines); each line decoded on its own"
    else:
        warning = f"{display}: {bad} undecodable bytes replaced with U+FFFD"
    return text, "mixed" if len(used) > 1 else next(iter(used)), [warning]
