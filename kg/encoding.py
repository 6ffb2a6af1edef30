"""Tell GB18030 from Big5 (and honour an HTML page's declared charset).

Big5 bytes nearly always decode as GB18030 without error, into nonsense:
kana, box-drawing symbols and rare characters. The two decodings are told
apart by how much of each is made of the common characters of its own
standard: GB2312's first level (3,755 everyday simplified characters) for
GB18030, Big5's first level (5,401 everyday traditional characters) for Big5.
"""
from __future__ import annotations

import re

RE_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
RE_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", re.I)
ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
    "big5": "big5", "big5-hkscs": "big5hkscs", "x-x-big5": "big5",
    "utf-8": "utf-8", "utf8": "utf-8",
}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its head, as a Python codec name."""
    head = data[:4096]
    m = RE_META_CHARSET.search(head) or RE_XML_ENCODING.search(head)
    if not m:
        return None
    return ALIASES.get(m.group(1).decode("ascii", "replace").lower())


def _common_share(text: str, codec: str, lo: int, hi: int) -> float:
    """Share of CJK characters whose double-byte code in ``codec`` lies in [lo, hi] (its first level)."""
    total = hits = 0
    for ch in text:
        if "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            total += 1
            try:
                code = int.from_bytes(ch.encode(codec), "big")
            except UnicodeEncodeError:
                continue
            hits += lo <= code <= hi
    return hits / total if total else 0.0


def gb_or_big5(data: bytes) -> tuple[str, str] | None:
    """Decode bytes that are not UTF-8 as GB18030 or Big5, whichever reads as ordinary text."""
    candidates = []
    for codec in ("gb18030", "big5"):
        try:
            candidates.append((codec, data.decode(codec)))
        except UnicodeDecodeError:
            continue
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0][1], candidates[0][0]
    gb = dict(candidates)["gb18030"]
    b5 = dict(candidates)["big5"]
    sample_gb, sample_b5 = gb[:4000], b5[:4000]  # a few thousand characters decide it
    gb_score = _common_share(sample_gb, "gb2312", 0xB0A1, 0xD7FE)
    b5_score = _common_share(sample_b5, "big5", 0xA440, 0xC67E)
    return (b5, "big5") if b5_score > gb_score else (gb, "gb18030")
