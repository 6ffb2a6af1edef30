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
from collections.abc import Iterable, Iterator
from pathlib import Path

from .encoding import declared_charset, gb_or_big5
from .errors import InputError
from .records import RawArticle

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".xhtml": "html"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def iter_article_paths(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str]]:
    """Yield (path, stable name) for every article file under the inputs, sorted.

    The name is the path relative to the folder given (or the bare file name for
    a file given directly), so the same corpus read from elsewhere keeps its names.
    Missing inputs raise InputError.
    """
    seen: set[Path] = set()
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            found = sorted(
                (p for p in root.rglob("*") if p.suffix.lower() in SUFFIXES and not _hidden(p, root)),
                key=lambda p: p.relative_to(root).as_posix(),
            )
            for p in found:
                if p not in seen and (p.is_file() or p.is_symlink()):
                    seen.add(p)
                    yield p, p.relative_to(root).as_posix()
        elif root.exists() or root.is_symlink():
            if root not in seen:
                seen.add(root)
                yield root, root.name
        else:
            raise InputError(str(given), "no such file or folder")


def _hidden(p: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in p.relative_to(root).parts)


def media_type_of(path: Path, data: bytes) -> str:
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    if kind == "text" and data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return kind


def read_article(path: Path, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawArticle:
    """Read and decode one file. Raises InputError with a one-line reason."""
    display = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(display, f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit; "
                                      "raise --max-bytes to read it)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(display, "file vanished before it could be read") from None
    except PermissionError:
        raise InputError(display, "permission denied") from None
    except IsADirectoryError:
        raise InputError(display, "is a folder, not a file") from None
    except OSError as e:
        raise InputError(display, f"cannot read ({e.strerror or e})") from None
    text, encoding, warnings = decode(data, display)
    if not text.strip():
        raise InputError(display, "empty file (no text)")
    return RawArticle(
        path=display,
        name=name or path.name,
        source=text,
        encoding=encoding,
        media_type=media_type_of(path, data),
        digest=hashlib.sha256(data).hexdigest(),
        warnings=tuple(warnings),
    )


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
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 100)


def _decode_damaged(data: bytes, display: str) -> tuple[str, str, list[str]]:
    """Best effort for files no single codec reads: truncated tails, mixed lines."""
    for enc in ("utf-8", "gb18030"):
        try:
            text = data[:-3].decode(enc) if len(data) > 3 else ""
        except UnicodeDecodeError:
            continue
        tail = data[-3:].decode(enc, errors="replace")
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
