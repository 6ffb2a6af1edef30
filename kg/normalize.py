"""RawArticle -> Article: clean, simplified, joined text with a map back to the source.

Steps, in order: markup out (HTML, Markdown), NFKC, traditional -> simplified
(OpenCC), page furniture out, OCR spaces out, broken lines rejoined. Each step
only proposes edits; ``offsets`` composes their maps, so every character of
the result still knows where it came from. Running normalisation on its own
output changes nothing (tested as a property).
"""
from __future__ import annotations

import calendar
import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from itertools import islice

from .lexicon import honor_heads, surnames
from .offsets import Edit, apply_edits, compose, identity
from .patterns import (
    CJK,
    MD_MARKS,
    PICTOGRAPHS,
    RE_DATE,
    RE_DATE_LABEL,
    RE_DOC_NUMBER_YEAR,
    RE_FURNITURE_LINE,
    RE_FURNITURE_TAIL,
    RE_RUNNING_HEAD,
    RE_NON_CJK_RUN,
    RE_CJK_JOINED,
    RE_CJK_SPACED,
    RE_ANY_SPACE,
    RE_CJK_WORD_BREAK,
    RE_OCR_SPACE,
    RE_ZH_DATE,
    TERMINAL,
)

# single Chinese characters spaced apart (吉 林 大 学, a name set as 张 伟 or 医师刘 洪 涛): OCR's or a
# typesetter's spaces; two in a row when the first stands alone (a two-character name padded to the
# width of three in a list: 韦   波), else three; or any run holding a character alone between single spaces
RE_SPACED_CHARS = re.compile(rf"(?<![{CJK}])[{CJK}](?:[ \u3000]{{1,4}}(?![男女][ \u3000])[{CJK}](?![{CJK}]))+"  # (not a gender cell)
                             rf"|[{CJK}](?:[ \u3000][{CJK}](?![{CJK}])){{2,}}"
                             rf"|[{CJK}](?: [{CJK}]){{2,}}")  # a character alone between single spaces: 急 诊 科护士长高 秀 英
# 1. …, 王某某 某医院…, 【…】, and a chronicle's 2016年 荣获… (a year standing apart heads an entry)
RE_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.、)]|[\u4e00-\u9fff]{2,4} [\u4e00-\u9fff]|【|(?:19|20)\d{2}年[ \u3000:：])")
RE_TITLE_CONTINUES = re.compile(r"^(?:荣誉称号|称号|荣誉|殊荣)")
RE_AWARD_VERB_TAIL = re.compile(r"(?:授予|荣获|获得|获评|被评为|评为)[^,。!?;:“”\"]*$")
RE_SHORT_NAME_LINE = re.compile(r"^(?:[“\"][^\n]{1,40}|[\u4e00-\u9fff]{2,30})$")
from .records import Article, RawArticle, document_id

Step = Callable[[str], list[Edit]]

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "
    "main nav ol p pre section table tbody thead tr ul".split()
)
_CELL_TAGS = frozenset(("td", "th"))


def html_edits(text: str) -> list[Edit]:
    """Tags out (block tags become line breaks), entities decoded, scripts and styles dropped.

    A table's row is one line however its source is laid out, and a cell that spans rows
    (``rowspan``: one year over three honors) is repeated on each row it spans, so every row
    reads whole: 2023 | 某荣誉 | 某机关.
    """
    edits: list[Edit] = []
    in_cell = in_row = False
    column, cell_start, cell_span = 0, 0, 1
    spanning: dict[int, tuple[str, int]] = {}  # column -> (the cell's text, rows still to fill)
    last_end = 0
    for start, end, kind, tag in html_tokens(text):
        if in_row and not in_cell and start > last_end and not text[last_end:start].strip():
            edits.append((last_end, start, ""))  # (the source's line breaks between a row's cells)
        last_end = end
        name = tag.lower() if tag else None
        if kind == "ent":
            edits.append((start, end, html.unescape(text[start:end])))
        elif name in _CELL_TAGS:
            closing = text.startswith("</", start)
            carried = ""
            if not closing:
                in_row = True
                while column in spanning:  # the cells above that span down into this row
                    carried += "\t" + _take_span(spanning, column)
                    column += 1
                cell_start, cell_span = end, _rowspan(text[start:end])
            elif in_cell:
                if cell_span > 1:
                    spanning[column] = (_cell_text(text[cell_start:start]), cell_span - 1)
                column += 1
            in_cell = not closing
            edits.append((start, end, carried + "\t"))  # a table's cells stay on their row's line: 2 | 王某 | 某医院主任
        elif name == "br" and in_cell:
            edits.append((start, end, " "))  # (two organs in one cell, one under the other: still one row)
        elif in_cell and kind == "tag" and name not in _BLOCK_TAGS:
            edits.append((start, end, ""))
        elif in_cell and kind == "tag" and name not in ("tr", "table"):
            edits.append((start, end, " "))  # (a <p> or <div> inside a cell)
        elif name in _BLOCK_TAGS:
            if name in ("tr", "table"):
                carried = ""
                if in_row or text.startswith("</", start):
                    while spanning and column <= max(spanning):  # spans in the row's last columns
                        carried += ("\t" + _take_span(spanning, column)) if column in spanning else ""
                        column += 1
                if name == "table":
                    spanning.clear()
                in_cell = in_row = False
                column = 0
                edits.append((start, end, carried + "\n"))
            else:
                edits.append((start, end, "\n"))
        else:
            edits.append((start, end, ""))
    return edits


_RE_ROWSPAN = re.compile(r"""rowspan\s*=\s*["']?(\d+)""", re.I)
_RE_ANY_TAG = re.compile(r"<[^>]*>")


def _rowspan(open_tag: str) -> int:
    m = _RE_ROWSPAN.search(open_tag)
    return min(int(m.group(1)), 1000) if m else 1


def _cell_text(inner: str) -> str:
    return " ".join(html.unescape(_RE_ANY_TAG.sub(" ", inner)).split())


def _take_span(spanning: dict[int, tuple[str, int]], column: int) -> str:
    """The text of the cell spanning down into this row's column; one row fewer left to fill."""
    cell, left = spanning[column]
    if left <= 1:
        del spanning[column]
    else:
        spanning[column] = (cell, left - 1)
    return cell


_RE_MARK = re.compile(r"[<&]")
_RE_RAW_HEAD = re.compile(r"<(script|style|noscript|template|svg|head)\b", re.I)
_RE_TAG_HEAD = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b")
_RE_ENTITY = re.compile(r"&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_RE_CLOSERS: dict[str, re.Pattern] = {}


class _NextMatch:
    """The first match of a pattern at or after a position, for positions that only grow.

    Broken HTML (a thousand unclosed ``<script>`` or ``<!--``) makes a regex
    search from every opener to the end of the page: quadratic. Remembering
    the last answer makes the whole scan linear.
    """

    def __init__(self, text: str, find):
        self.text, self.find = text, find
        self.memo: dict[str, tuple[int, int, int]] = {}  # key -> (searched from, start, end); start -1: none

    def __call__(self, key: str, pos: int) -> tuple[int, int]:
        hit = self.memo.get(key)
        if hit is not None and pos >= hit[0] and (hit[1] == -1 or hit[1] >= pos):
            return hit[1], hit[2]
        start, end = self.find(key, self.text, pos)
        self.memo[key] = (pos, start, end)
        return start, end


def _find_closer(tag: str, text: str, pos: int) -> tuple[int, int]:
    if tag == "-->":
        i = text.find("-->", pos)
        return (i, i + 3) if i != -1 else (-1, -1)
    pattern = _RE_CLOSERS.get(tag)
    if pattern is None:
        pattern = _RE_CLOSERS[tag] = re.compile(rf"</{re.escape(tag)}\s*>", re.I)
    m = pattern.search(text, pos)
    return (m.start(), m.end()) if m else (-1, -1)


def html_tokens(text: str) -> Iterator[tuple[int, int, str, str | None]]:
    """Markup tokens as ``patterns.RE_HTML_TOKEN.finditer`` finds them, in linear time.

    Yields (start, end, kind, tag name) with kind "ent" for an entity, "tag"
    for a tag, "other" for comments, declarations and script/style blocks.
    """
    closer = _NextMatch(text, _find_closer)
    gt = -2  # the first ">" at or after the current "<" (-1: there is none)
    pos = 0
    while True:
        m = _RE_MARK.search(text, pos)
        if m is None:
            return
        i = m.start()
        if text[i] == "&":
            e = _RE_ENTITY.match(text, i)
            if e:
                yield i, e.end(), "ent", None
                pos = e.end()
            else:
                pos = i + 1
            continue
        if gt != -1 and gt < i:
            gt = text.find(">", i)
        if text.startswith("<!--", i):
            _, end = closer("-->", i + 4)
            if end != -1:
                yield i, end, "other", None
                pos = end
                continue
        raw = _RE_RAW_HEAD.match(text, i)
        if raw and gt != -1:
            _, end = closer(raw.group(1).lower(), gt + 1)
            if end != -1:
                yield i, end, "other", None
                pos = end
                continue
        if gt != -1 and text[i + 1:i + 2] in ("!", "?"):
            yield i, gt + 1, "other", None
            pos = gt + 1
            continue
        t = _RE_TAG_HEAD.match(text, i)
        if t and gt != -1:
            yield i, gt + 1, "tag", t.group(1)
            pos = gt + 1
            continue
        pos = i + 1


def html_title(source: str) -> str | None:
    """The markup inside a page's first <title> or <h1> (``RE_HTML_TITLE``), in linear time."""
    closer = _NextMatch(source, _find_closer)
    gt = -2
    for m in _RE_TITLE_HEAD.finditer(source):
        i = m.start()
        if gt != -1 and gt < i:
            gt = source.find(">", i)
        if gt == -1:
            return None
        start, _ = closer(m.group(1).lower(), gt + 1)
        if start != -1:
            return source[gt + 1:start]
    return None


_RE_TITLE_HEAD = re.compile(r"<(title|h1)", re.I)


def markdown_edits(text: str) -> list[Edit]:
    """Heading marks, emphasis, images and link targets out; link text kept.

    The tokens of ``patterns.RE_MD_TOKEN``, found in linear time: a line of a
    thousand unmatched ``[`` made that regex scan to the line's end from each.
    """
    edits: list[Edit] = []
    after = _NextMatch(text, _find_md)
    scan = _md_scanner(text)
    pos = 0
    while True:
        m = scan(pos)
        if m is None:
            return edits
        if m.group("image") is None and m.group("link") is None:
            edits.append((m.start(), m.end(), ""))
            pos = m.end()
            continue
        stop, _ = after("]", m.end())
        if stop == -1 or text[stop] != "]" or text[stop + 1:stop + 2] != "(":
            pos = m.start() + 1
            continue
        close, _ = after(")", stop + 2)
        if close == -1 or text[close] != ")":
            pos = m.start() + 1
            continue
        if m.group("link") is not None:
            edits.append((m.start(), m.end(), ""))
            edits.append((stop, close + 1, ""))
        else:
            edits.append((m.start(), close + 1, ""))
        pos = close + 1


_RE_MD_SCAN = re.compile(
    MD_MARKS + r"""
    |(?P<image>!\[)
    |(?P<link>\[)
    """,
    re.M | re.X,
)
# besides line starts, where a token of _RE_MD_SCAN can start
_RE_MD_MARK = re.compile(r"[*_!\[]")
_RE_NEWLINE = re.compile("\n")


def _md_scanner(text: str) -> Callable[[int], re.Match[str] | None]:
    """``_RE_MD_SCAN.search(text, pos)`` for positions that only grow.

    A search tries every alternative at every character; a token can only start at a line
    start or a mark, so the pattern is matched there alone (``^`` sees the whole text either way).
    """
    starts = sorted({0, *(m.end() for m in _RE_NEWLINE.finditer(text)),
                     *(m.start() for m in _RE_MD_MARK.finditer(text))})
    k = 0

    def search(pos: int) -> re.Match[str] | None:
        nonlocal k
        while k < len(starts) and starts[k] < pos:
            k += 1
        for i in range(k, len(starts)):
            m = _RE_MD_SCAN.match(text, starts[i])
            if m is not None:
                return m
        return None

    return search


_RE_MD_STOPS = {"]": re.compile(r"[\]\n]"), ")": re.compile(r"[)\n]")}


def _find_md(key: str, text: str, pos: int) -> tuple[int, int]:
    m = _RE_MD_STOPS[key].search(text, pos)
    return (m.start(), m.end()) if m else (-1, -1)


RE_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


def entity_edits(text: str) -> list[Edit]:
    """HTML entities left in a text export (&ldquo;某称号&rdquo;, &nbsp;): the characters they stand for."""
    if "&" not in text:
        return []
    edits = []
    for m in RE_ENTITY.finditer(text):
        char = html.unescape(m.group())
        if char != m.group():
            edits.append((m.start(), m.end(), char))
    return edits


def nfkc_edits(text: str) -> list[Edit]:
    """NFKC on every run that is not already normal.

    CJK ideographs and line breaks never compose with a neighbour, so
    normalising the runs between them equals normalising the whole text.
    """
    if unicodedata.is_normalized("NFKC", text):
        return []
    edits = []
    for m in RE_NON_CJK_RUN.finditer(text):
        run = m.group()
        if not unicodedata.is_normalized("NFKC", run):
            edits.append((m.start(), m.end(), unicodedata.normalize("NFKC", run)))
    return edits


@cache
def _simplifier():
    """Traditional to simplified, Hong Kong's variant characters too (衞生 as 衛生: a Hong Kong or Macau
    reprint's); on simplified text it changes nothing."""
    import opencc

    return opencc.OpenCC("hk2s")


_ZH_YEAR_DIGIT = "〇零○Oo一二三四五六七八九"
RE_ZH_YEAR = re.compile(rf"(?<![{_ZH_YEAR_DIGIT}十百千])[{_ZH_YEAR_DIGIT}]{{4}}(?=年|[-—–~至到][{_ZH_YEAR_DIGIT}]{{4}}年)")


def year_edits(text: str) -> list[Edit]:
    """Years written in Chinese numerals (二〇二二年, 二〇二一年度) in Arabic digits, as titles and
    clauses are read (a document's signature date 二〇一〇年二月二十一日 is read either way)."""
    if "年" not in text:
        return []
    edits = []
    for m in RE_ZH_YEAR.finditer(text):
        digits = "".join(str(_ZH_DIGITS[c]) for c in m.group())
        if digits[:2] in ("19", "20"):
            edits.append((m.start(), m.end(), digits))
    return edits


def simplify_edits(text: str) -> list[Edit]:
    """Traditional -> simplified, line by line (OpenCC keeps nearly every line's length)."""
    converter = _simplifier()
    edits: list[Edit] = []
    if text.isascii() or _convert(converter, text) == text:
        return edits  # OpenCC's phrases never span a line break: an unchanged text has no changed line
    pos = 0
    for line in text.split("\n"):
        if not line.isascii():
            new = _convert(converter, line)
            if new is not None and new != line:
                edits.append((pos, pos + len(line), new))
        pos += len(line) + 1
    return edits


def _convert(converter, text: str) -> str | None:
    """OpenCC's conversion, or None for text it cannot take: a lone surrogate, which only text
    made in memory can hold (files are decoded strictly or with replacement)."""
    try:
        return converter.convert(text)
    except UnicodeEncodeError:
        return None


_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
RE_CORNER = re.compile("[「」『』]")
_OUTER_CORNERS = str.maketrans("「」『』", "“”“”")


def quote_edits(text: str) -> list[Edit]:
    """Corner brackets (「」『』, the quotes of traditional-script texts) become the “” ‘’ titles are read in:
    「」 are “”, and so are 『』 outside any 「」 (a text's titles in 『』, its other quotes in 「」);
    inside 「」 they are ‘’."""
    edits: list[Edit] = []
    depth = 0
    for m in RE_CORNER.finditer(text):
        c = m.group()
        if c == "「":
            depth += 1
        elif c == "」":
            depth = max(0, depth - 1)
        edits.append((m.start(), m.end(), c.translate(_CORNER_QUOTES if depth > 0 else _OUTER_CORNERS)))
    if '"' in text and ("“" in text or "”" in text):
        edits += _straight_quotes(text)
    return sorted(edits)


RE_DOUBLE_QUOTE = re.compile('[“”"]')


def _straight_quotes(text: str) -> list[Edit]:
    """A text that mixes curly and straight double quotes (OCR's “宜昌名医", "宜昌名医”): each straight
    one opens or closes as the curly ones around it leave the quotation."""
    edits: list[Edit] = []
    inside = False
    for m in RE_DOUBLE_QUOTE.finditer(text):
        c = m.group()
        if c == '"':
            edits.append((m.start(), m.end(), "”" if inside else "“"))
            inside = not inside
        else:
            inside = c == "“"
    return edits


def furniture_edits(text: str) -> list[Edit]:
    """Page furniture: WeChat and web captions, counters and buttons that are not article text;
    the rules between a newspaper page's columns."""
    edits = _furniture_lines(text)
    if "原文" in text:  # the tail pattern needs it
        edits += [(m.start(), m.end(), "") for m in RE_FURNITURE_TAIL.finditer(text)]
    if RE_COLUMN_RULE_CHAR.search(text):
        edits += [(m.start(), m.end(), " " if m.group(1) and m.group(2) else "") for m in RE_COLUMN_RULE.finditer(text)]
    return sorted(edits)


# a rule drawn between columns (box-drawing bars, never text), with the blanks around it; inside a line
# (text on both sides) it leaves a space, at a line's start or end nothing
RE_COLUMN_RULE_CHAR = re.compile("[│┃║┆┇┊┋╎╏]")
RE_COLUMN_RULE = re.compile("(?<=(.))?[ \t\u3000]*[│┃║┆┇┊┋╎╏]+[ \t\u3000]*(?=(.))?")


def _furniture_lines(text: str) -> list[Edit]:
    """``RE_FURNITURE_LINE.finditer``, matched at line starts only (where its ``^`` holds):
    a search tries the pattern at every character. A match may run over a line break."""
    edits: list[Edit] = []
    done = 0
    for line_no, start in enumerate((0, *(m.end() for m in _RE_NEWLINE.finditer(text)))):
        if start < done:
            continue
        m = RE_FURNITURE_LINE.match(text, start)
        if m is None and line_no >= 5:
            m = RE_RUNNING_HEAD.match(text, start)  # (near the top, the page's own dateline: kept)
        if m is not None:
            edits.append((m.start(), m.end(), ""))
            done = m.end()
    return edits


# what a line of prose carries and a table's row or a headline does not
RE_PROSE_MARK = re.compile(r"[,，。;；、:：]")


def space_edits(text: str) -> list[Edit]:
    """Spaces OCR puts between Chinese characters (and around numbers next to them).

    On a line where most Chinese characters are spaced apart, every such space
    goes, and so do those inside a run of single characters spaced apart
    elsewhere (吉 林 大 学 第 一 医 院, a name set as 张 伟). Otherwise a single
    space between two Chinese words is kept as a word break (it often separates
    a name from a post: 赵某 农工党某医院支部…), and only spaces next to digits,
    Latin letters or punctuation go.
    """
    edits: list[Edit] = []
    if not RE_ANY_SPACE.search(text):
        return edits  # every pattern below needs a space
    pos = 0
    for line in text.split("\n"):
        row = (_name_row(line) or _padded_entry(line)) if line.strip() and RE_ANY_SPACE.search(line) else None
        if row is not None:
            edits += [(pos + s, pos + e, new) for s, e, new in row]
        elif line.strip() and RE_ANY_SPACE.search(line):
            spaced = len(RE_CJK_SPACED.findall(line))
            joined = len(RE_CJK_JOINED.findall(line)) if spaced else 0  # only weighed against spaced ones
            ocr = spaced > 0 and spaced >= 0.3 * (spaced + joined)
            fragments = set() if ocr else {i for r in RE_SPACED_CHARS.finditer(line) for i in range(*r.span())}
            prose = RE_PROSE_MARK.search(line) is not None  # (not a table's row, a headline's two phrases)
            cells = ocr and not prose and _letter_spaced_cells(line)
            sentence = RE_SENTENCE_MARK.search(line) is not None  # (a cell may list: 中共某省委、某省人民政府)
            cell_gaps = {g for g in _cell_gaps(line) if g[0] not in fragments} if not ocr and not sentence else set()
            row = len(cell_gaps) >= 2
            for m in RE_OCR_SPACE.finditer(line):
                if m.start() == 0:
                    continue  # a paragraph's indent: line joining reads it, then drops it
                if row and m.span() in cell_gaps:
                    if m.group() != " ":
                        edits.append((pos + m.start(), pos + m.end(), " "))
                    continue  # a table's row: a gap parts two cells (…全国妇联 2022, 2020 王某)
                between_words = RE_CJK_WORD_BREAK.fullmatch(line, max(m.start() - 1, 0), m.end() + 1) is not None
                if m.end() - m.start() >= WIDE_GAP and (cells or not ocr and not prose and between_words):
                    # 年  份      荣 誉 称 号: a column's gap (beside a digit or a mark it goes, as a narrow one would)
                    edits.append((pos + m.start(), pos + m.end(), " "))
                    continue
                if not ocr and m.start() not in fragments and \
                        RE_CJK_WORD_BREAK.fullmatch(line, max(m.start() - 1, 0), min(m.end() + 1, len(line))) and \
                        not (prose and _word_across(line[max(0, m.start() - 4):m.start()], line[m.end():m.end() + 4])):
                    if m.end() - m.start() > 1 or line[m.start()] != " ":
                        edits.append((pos + m.start(), pos + m.end(), " "))
                    continue  # (but in prose 嵩县人民 医院, 对口帮 扶: a gap the OCR left inside a word goes)
                if not ocr and not prose and line[m.start() - 1] in CLOSERS and RE_CJK_CHAR.match(line, m.end()):
                    continue  # (a headline's two phrases: 我院荣获“某奖状” 某某获“某奖章”)
                if not ocr and line[m.start() - 1] in CLOSERS and m.end() - m.start() >= 2 and RE_CJK_CHAR.match(line, m.end()):
                    edits.append((pos + m.start(), pos + m.end(), " "))  # 甲(某医院…)　　乙(…): a roll's entries
                    continue
                edits.append((pos + m.start(), pos + m.end(), ""))
        pos += len(line) + 1
    for m in RE_DIGITS_SPACED.finditer(text):  # 1 2 8名: a count the OCR spaced digit by digit
        edits += [(g.start(), g.end(), "") for g in RE_GAP_RUN.finditer(text, m.start(), m.end())
                  if not any(s <= g.start() < e for s, e, _ in edits)]
    for m in RE_YEAR_GAP.finditer(text):  # 202 0年: a year the OCR broke
        if len(m.group(1)) + len(m.group(2)) == 4 and not any(s <= m.end(1) < e for s, e, _ in edits):
            edits.append((m.end(1), m.start(2), ""))
    return sorted(edits)


RE_SENTENCE_MARK = re.compile(r"[,，。;；:：]")
RE_ROW_NUMBER_GAP = re.compile(r"\d{1,3}[ \t\u3000]+")


def _cell_gaps(line: str) -> set[tuple[int, int]]:
    """The gaps of a line that may part a table's cells: between two letters, digits or Chinese
    characters, and not after the row's number (3 某称号: the number is read glued or apart)."""
    lead = RE_ROW_NUMBER_GAP.match(line)
    after = lead.end() if lead else 0
    return {m.span() for m in RE_GAP_RUN.finditer(line, after)
            if _cell_content(line, m.start() - 1) and _cell_content(line, m.end())}


def _cell_content(line: str, i: int) -> bool:
    """Can the character at ``i`` end or start a table's cell (a letter, a digit, a Chinese character, or
    the dash of a blank cell)?"""
    return 0 <= i < len(line) and (line[i].isalnum() or line[i] in "—–-")


def _name_row(line: str) -> list[Edit] | None:
    """A roll's line of names set apart by spaces, two-character names padded to three (吴婷婷　张　帆　程　静):
    one space between names, none inside a padded one. None for any other line (OCR'd prose is spaced
    character by character: its pieces are single characters, not names)."""
    pieces = list(RE_NAME_PIECE.finditer(line))
    if len(pieces) < 3 or RE_NON_NAME.search(line):
        return None
    names: list[list[re.Match[str]]] = []
    for p in pieces:  # a single character after a single character: the two halves of a padded name
        if len(p.group()) == 1 and names and len(names[-1]) == 1 and len(names[-1][0].group()) == 1:
            names[-1].append(p)
        else:
            names.append([p])
    if len(names) < 3 or any(not 2 <= sum(len(p.group()) for p in n) <= 4 for n in names) \
            or not any(len(n) == 1 and len(n[0].group()) == 3 for n in names) \
            or not all(n[0].group()[0] in _surname_heads() for n in names):
        return None  # (a row holds a three-character name, and every name starts with a family name)
    edits: list[Edit] = []
    for k, n in enumerate(names):
        if len(n) == 2:
            edits.append((n[0].end(), n[1].start(), ""))
        if k + 1 < len(names):
            gap = (n[-1].end(), names[k + 1][0].start())
            if line[gap[0]:gap[1]] != " ":
                edits.append((*gap, " "))
    return edits


# a roll's entry whose two-character name is padded to three: (黔西南州　)罗　娟（女，布依族）　某县人民医院…
RE_PADDED_ENTRY = re.compile(rf"(?:(?P<region>[{CJK}]{{2,6}}?(?:省|市|州|盟|县|区|旗)|[省市][ \u3000]?直)(?P<g1>[ \u3000]+))?"
                             rf"(?P<family>[{CJK}])(?P<pad>[ \u3000]{{1,2}})(?P<given>[{CJK}])"
                             rf"(?:[(（][^()（）]{{1,12}}[)）])?(?P<g2>[ \u3000]+)(?=[{CJK}]{{4}})")


def _padded_entry(line: str) -> list[Edit] | None:
    """A roll's entry led by a padded name (罗　娟), after its region's cell or alone: the padding goes,
    the gaps around the name part cells. None when anything after the name is letter-spaced (OCR'd
    prose spaces every character)."""
    m = RE_PADDED_ENTRY.match(line)
    if not m or m.group("family") not in _surname_heads() or RE_CJK_SPACED.search(line, m.end()):
        return None
    edits: list[Edit] = [(m.start("pad"), m.end("pad"), "")]
    if m.group("region"):  # (省　直)
        edits += [(m.start("region") + g.start(), m.start("region") + g.end(), "")
                  for g in RE_GAP_RUN.finditer(m.group("region"))]
    for g in ("g1", "g2"):
        if m.group(g) is not None and m.group(g) != " ":
            edits.append((m.start(g), m.end(g), " "))
    return sorted(edits)


@cache
def _surname_heads() -> frozenset[str]:
    return frozenset(x[0] for x in surnames())


RE_NAME_PIECE = re.compile(r"[\u4e00-\u9fff]+")
RE_NON_NAME = re.compile(r"[^\u4e00-\u9fff \t\u3000]")  # (a name row holds nothing but names and spaces)


WIDE_GAP = 3  # spaces: on a letter-spaced line, a gap this wide is between two cells


def _letter_spaced_cells(line: str) -> bool:
    """A table's row or head set letter-spaced (年  份      荣 誉 称 号      授 予 单 位): narrow gaps
    inside its cells, wide ones between them; or words apart by wide gaps only. (An OCR'd line of prose
    has gaps of one width between single characters.)"""
    gaps = [len(g) for g in RE_GAP_RUN.findall(line.strip())]
    if len(gaps) >= 2 and min(gaps) >= WIDE_GAP:  # 单位      姓名      职务: words, each a cell
        cells = RE_GAP_RUN.split(line.strip())
        return sum(len(c) for c in cells) >= 2 * len(cells)
    return bool(gaps) and min(gaps) <= 2 and max(gaps) >= WIDE_GAP and max(gaps) >= 2 * min(gaps) + 1


RE_GAP_RUN = re.compile(r"[ \t\u3000]+")
RE_DIGITS_SPACED = re.compile(r"(?<![\d.])\d(?: \d){1,3}(?= ?[名个位家项人])")  # (1 2 8 名 on a line spaced throughout)
CLOSERS = "”’》)"
RE_CJK_CHAR = re.compile("[\u4e00-\u9fff]")
RE_YEAR_GAP = re.compile(r"(?<!\d)((?:19|20)\d?|[12])[ \u3000]+(\d{1,3})(?=年)")


def line_edits(text: str) -> list[Edit]:
    """Rejoin lines broken mid-sentence; keep one line break between paragraphs.

    A break is kept after terminal punctuation and after short lines (titles,
    list items); it is removed inside numbers (``202`` / ``0年``), before
    punctuation that cannot start a line, and after lines as long as the
    page's wrap width (newspaper columns, OCR'd pages).
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    edits: list[Edit] = []
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    # strip line ends and collapse the breaks between non-empty lines
    content = [i for i, line in enumerate(lines) if line.strip()]
    for i, line in enumerate(lines):
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        if line.strip():
            if lead:
                edits.append((starts[i], starts[i] + lead, ""))
            if trail:
                edits.append((starts[i] + len(line) - trail, starts[i] + len(line), ""))
    # in pages where wrapped lines are separated by single breaks, a blank line is a paragraph
    gaps = [(a, b) for a, b in zip(content, content[1:])]
    blank_gaps = sum(1 for a, b in gaps if b - a > 1)
    blank_is_paragraph = bool(gaps) and blank_gaps < 0.5 * len(gaps)
    indents = _indents_paragraphs(lines, content)
    local = _local_widths(lines, content) if not width else {}
    # (a page without one width is still hard-wrapped when its lines stop inside words again and again)
    splits = (1 for a, b in gaps if _splits_a_word(lines[a].strip(), lines[b].strip()))
    wrapped = bool(width or local) or sum(islice(splits, WRAPPED_WORD_SPLITS)) >= WRAPPED_WORD_SPLITS
    current = lines[content[0]].strip() if content else ""
    in_paragraph = bool(content) and _opens_paragraph(lines[content[0]])  # the current line belongs to an indented one
    entry = _opens_entry(current)  # the current paragraph opens as a roll's entry
    after = dict(gaps)
    for a, b in gaps:
        gap_start = starts[a] + len(lines[a])
        gap_end = starts[b]
        nxt = lines[b].strip()
        if RE_HYPHEN_BREAK.search(current) and RE_CJK_START.match(nxt):
            # 被评为“某市- / 先进基层党组织”: a word broken across lines with a hyphen, the hyphen no text
            dash = starts[a] + len(lines[a].rstrip()) - 1
            edits.append((dash, dash + 1, ""))
            edits.append((gap_start, gap_end, ""))
            current = current[:-1] + nxt
            in_paragraph = _opens_paragraph(lines[b]) or in_paragraph
            continue
        # (a roll's entry wrapped over lines ends with its short last line: 黔东南州 甲 某县人民医院外 / 科主任)
        join = _joins(current, nxt, width or local.get(a, 0), blank_is_paragraph and b - a > 1,
                      len(lines[a].strip()) if entry else None) or \
            (wrapped and _splits_a_word(current, nxt)) or _splits_a_name(current, nxt)
        if join and _table_row(lines[a].strip()) and _table_row(nxt):
            join = False  # two rows of a table set in cells (绵阳市中心医院 王志刚 心血管内科主任 …), however wide
        if join and (_two_entries(lines[a].strip()) or _two_entries(nxt) or _next_person_entry(current, nxt)):
            join = False  # a roll in two columns: 某医院重症医学科      某市中心医院急诊科; 甲(某医院)  乙(某医院)
        if join and width and current.endswith((")", "）", "】", "名单")) \
                and _heads_rows(nxt, lines[after[b]].strip() if b in after else "", width):
            join = False  # …名单(卫生健康系统部分) / 某省先进个人 / 某市 王某 某医院…: a roll's part, headed
        if join and _indented(lines[b]) and nxt.endswith((":", "：")) and len(nxt) <= HEADING_MAX:
            join = False  # 　　全市优秀共产党员: a roll's part, its heading indented on a line of its own
        if not join and indents and in_paragraph and b - a == 1 and not _indented(lines[b]) \
                and current[-1:] not in TERMINAL and not RE_LIST_ITEM.match(nxt) \
                and len(lines[a].strip()) >= INDENTED_LINE_MIN:
            join = True  # paragraphs start indented: an unindented line inside one goes on with it
            # (not after a short indented line: a roll's region heading, 　　郑州市, over one entry a line)
        if join and (RE_BOX_RULE.fullmatch(nxt) or RE_BOX_RULE.fullmatch(lines[a].strip())):
            join = False  # a box's top or bottom rule (┏━━━┓) is a line of its own
        if join and _set_apart(lines[b]) and current[-1:] not in "、,，":
            join = False  # 　　　　　　　　某市总工会: a short line set far to the right, a signature or a roll's organ
        in_paragraph = _opens_paragraph(lines[b]) or (join and in_paragraph)
        entry = entry if join else _opens_entry(nxt)
        edits.append((gap_start, gap_end, "" if join else "\n"))
        current = current + nxt if join else nxt
    if content:
        first, last = content[0], content[-1]
        if starts[first]:
            edits.append((0, starts[first], ""))
        end = starts[last] + len(lines[last])
        if end < len(text):
            edits.append((end, len(text), ""))
    edits.sort()
    return _merge_adjacent_deletions(edits)


RE_HYPHEN_BREAK = re.compile(r"[\u4e00-\u9fff][-‐‑]$")
RE_CJK_START = re.compile(r"[\u4e00-\u9fff]")


def late_join_edits(text: str) -> list[Edit]:
    """The joins of ``line_edits`` that no page width decides, on text whose lines it has joined."""
    edits: list[Edit] = []
    pos = 0
    lines = text.split("\n")
    for a, b in zip(lines, lines[1:]):
        pos += len(a) + 1
        if a and b and (_joins(a, b, 0) or _splits_a_name(a, b)) and not (_table_row(a) and _table_row(b)) \
                and not (RE_BOX_RULE.fullmatch(a) or RE_BOX_RULE.fullmatch(b)):
            edits.append((pos - 1, pos, ""))  # (never two rows of a table: …中华全国总工会 2021.04 / 3 …)
    return edits


def _merge_adjacent_deletions(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in edits:
        if out and out[-1][1] == e[0] and not out[-1][2] and not e[2]:
            out[-1] = (out[-1][0], e[1], "")
        elif out and out[-1][1] == e[0] and not out[-1][2]:
            out[-1] = (out[-1][0], e[1], e[2])
        elif out and out[-1][1] > e[0]:
            continue
        else:
            out.append(e)
    return out


def _wrap_width(lines: list[str]) -> int:
    """The page's wrap width, when the text looks hard-wrapped; else 0.

    Hard-wrapped text (newspaper columns, OCR'd pages) has most lines within a
    fifth of one width, many of them stopping mid-sentence. Web paragraphs and
    lists have lengths all over the place.
    """
    # list entries (1. …, 王某某 某医院…) are as long as each other without being wrapped
    body = [s.strip() for s in lines if s.strip() and not RE_LIST_ITEM.match(s.strip())]
    lengths = sorted(len(s) for s in body)
    if len(lengths) < 6:
        return 0
    width = lengths[int(len(lengths) * 0.8)]
    near = [n for n in lengths if abs(n - width) <= 0.2 * width]
    if width > 80 or len(near) < 0.5 * len(lengths):
        return 0
    long_lines = [s for s in body if len(s) >= 0.65 * width]
    open_ends = sum(1 for s in long_lines if s[-1] not in TERMINAL and s[-1] not in NAME_ENDS)
    # a wrapped page stops mid-sentence again and again; a notice's title and salutation do not, nor does
    # a roll of names one a line (…支部委员会, …医院)
    return width if open_ends >= max(5, 0.5 * len(long_lines)) else 0


LOCAL_LINES = 3  # lines on either side that tell a column's width when the page mixes widths
LOCAL_MIN_WIDTH = 11  # (captions and headings are shorter than the narrowest column)


def _local_widths(lines: list[str], content: list[int]) -> dict[int, int]:
    """The wrap width at each line of a page whose columns differ in width (a wide lead, then narrow
    columns): the line's own length, when four or more lines around it (itself included) are as
    long within two characters, most of them stopping mid-word; not in a roll or a table (names
    one a line end in 院, 科 …, its parts' titles in 集体, 个人 …; cells stand apart; entries start
    with a number)."""
    out: dict[int, int] = {}
    texts = [lines[i].strip() for i in content]
    sizes = [len(t) for t in texts]
    rows = [_row_like(t) for t in texts]
    for k, i in enumerate(content):
        lo, hi = max(0, k - LOCAL_LINES), k + LOCAL_LINES + 1
        same = [j for j in range(lo, min(hi, len(texts))) if abs(sizes[j] - sizes[k]) <= 2]
        named = sum(1 for j in same if texts[j][-1] in NAME_ENDS or texts[j][-1] in TERMINAL
                    or _title_line(texts[j]))  # (全国某某先进集体: a roll's part's title, a line of its own)
        if sizes[k] >= LOCAL_MIN_WIDTH and len(same) >= 4 and named * 2 < len(same) and not any(rows[lo:hi]):
            out[i] = sizes[k]
    return out


NAME_ENDS = frozenset("院科部室心站所队组号岗会委局厅")  # how the names of a roll end, one a line
RE_ROW_NUMBER = re.compile(r"^\d{1,3}(?:\s|[.、](?!\d))")  # 1 王某 …, 01、…: not 2021年6月,…
RE_CELL_GAP = re.compile(r"\S\s+\S")
RE_BRACKET_ENTRY = re.compile(r"[\u4e00-\u9fff·]{2,6}[(（][^()（）,，]{0,20}(?:主任|院长|书记|护士长|科长|部长|医师|医生|护士|技师|药师|委员)"
                              r"[)）]$")  # 钟某(骨科主任): a roll's entry
RE_BULLET_HEAD = re.compile(rf"[{PICTOGRAPHS}][^,，。;；:：]{{2,20}}$")  # 🏅某县优秀共产党员: a roll's part under its mark
# a roll's line by unit: 内科第一党支部:王某 李某 (its members after the unit's name and a colon)
RE_UNIT_ENTRY = re.compile(r"[\u4e00-\u9fff]{1,16}(?:支部|总支|党委|科|部|室|组|处|中心)[:：][^,，。;；]*$")


def _row_like(line: str) -> bool:
    """A table row or a numbered entry: cells apart, or a number first. A line of prose with an
    OCR gap in it (派驻专 家正为 当地…,) is none: it carries a sentence's punctuation."""
    return bool(RE_ROW_NUMBER.match(line)) or (bool(RE_CELL_GAP.search(line)) and not RE_PROSE_MARK.search(line)) \
        or bool(RE_UNIT_ENTRY.match(line)) or bool(RE_BRACKET_ENTRY.match(line)) or bool(RE_BULLET_HEAD.match(line))


def _heads_rows(line: str, below: str, width: int) -> bool:
    """A short line with no sentence's end over a roll's row (after a line that ends a roll's title,
    …名单(某系统部分)): the heading of the roll's part, not the title's end."""
    short = 2 <= len(line) <= HEADING_MAX and len(line) < 0.65 * width and line[-1] not in TERMINAL
    closed = line.count(")") + line.count("）") <= line.count("(") + line.count("（")  # (…自治县 / 人民医院内科主任))
    return short and closed and not RE_CELL_GAP.search(line) and _row_like(below) and not RE_BYLINE_LINE.match(below)


RE_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _opens_entry(line: str) -> bool:
    """A roll's entry, its brackets aside (黔西南州 罗某(女,布依族) 某县人民医院…)."""
    return _row_like(RE_BRACKETED.sub("", line))


RE_TWO_ENTRIES = re.compile(r"([^\s,，。;；:：]{4,})[ \t\u3000]+([^\s,，。;；:：]{4,})")
RE_ENTRY_END = re.compile(r"(?:医院|卫生院|保健院|中心|科|部|室|病区|党支部|党总支|党委)$")


def _two_entries(line: str) -> bool:
    """Two units of a roll set in two columns on one line, a gap between them (its spaces collapsed)."""
    m = RE_TWO_ENTRIES.fullmatch(line)
    return m is not None and all(RE_ENTRY_END.search(g) and not RE_PROSE_MARK.search(g) for g in m.groups())


RE_BOX_RULE = re.compile(r"[\u2500-\u257f\s]+")
RE_PERSON_ENTRY = re.compile(r"[\u4e00-\u9fff·]{2,6}[(（][\u4e00-\u9fff]{2,}")  # 甲(某医院…


def _next_person_entry(line: str, nxt: str) -> bool:
    """A roll of people with their workplaces in brackets, one row a line: the line holds such an entry
    and ends one (甲(某县人民医院)), and the next line starts another."""
    return bool(RE_PERSON_ENTRY.match(nxt) and RE_PERSON_ENTRY.search(line)
                and (line.endswith((")", "）")) or RE_ENTRY_END.search(line)))


SET_APART_INDENT = 14  # spaces before a line pushed right (a signature, an organ under a roll's heading), more
SET_APART_MAX = 16  # than a PDF's hanging indent of a roll's wrapped entry (…、湖 / 　　　　北文理学院附属医院…)


def _set_apart(line: str) -> bool:
    """A short line pushed far right: a signature, or the organ under a roll's heading, never a wrapped one."""
    text = line.lstrip()
    return len(line) - len(text) >= SET_APART_INDENT and len(text.rstrip()) <= SET_APART_MAX \
        and not RE_PROSE_MARK.search(text)


def _table_row(line: str) -> bool:
    """Three or more cells apart by spaces, no sentence's punctuation: a table's row."""
    return len(RE_GAP_RUN.findall(line)) >= 2 and not RE_PROSE_MARK.search(line)


HEADING_MAX = 24  # characters of a heading line ending in a colon
INDENTED_LINE_MIN = 8  # (a column's line is longer; a roll's region heading, 　　省　直, is not)


def _indented(line: str) -> bool:
    return line.startswith(("\u3000", "  ", "\t"))


def _opens_paragraph(line: str) -> bool:
    """A paragraph's indent (two full-width spaces, a few blanks): not a stray column's line set far
    to the right of another's (…　　　　本报讯 连日来,合肥 / …　　　　义诊,为群众免费筛查)."""
    lead = line[:len(line) - len(line.lstrip())]
    return bool(lead) and len(lead) + lead.count("\u3000") <= PARAGRAPH_INDENT_MAX


PARAGRAPH_INDENT_MAX = 8  # in half-width columns


def _indents_paragraphs(lines: list[str], content: list[int]) -> bool:
    """Do this page's paragraphs start indented (　　本报讯…), with few lines of their own otherwise?"""
    firsts = sum(1 for i in content if _indented(lines[i]))
    return firsts >= 3 and firsts >= 0.2 * len(content)


# (记者 and 通讯员 alone only before a gap: 记者从省卫健委获悉 is a sentence going on)
RE_BYLINE_LINE = re.compile(r"[□■◆●]?\s*(?:本报记者|本报讯|本报通讯员|特约记者|(?:记者|通讯员)\s|文\s*/|图\s*/|文图\s*/|供稿)")
RE_DATE_END = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$")
RE_YEAR_HEAD = re.compile(r"(?:19|20)\d{2}年")  # (a number never runs on into a whole year: …点击:2207 / 2016年 …)
RE_DAY_HEAD = re.compile(r"\d{1,2}月\d{1,2}日")  # …or into a day's date, unless a month was broken (2023年1 / 0月5日)
RE_MONTH_BROKEN = re.compile(r"年\d$")
RE_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d{2}$")  # …福建省精神文明建设委员会 2021 / 2 福建省五一劳动奖状: rows
RE_ROW_HEAD = re.compile(r"\d{1,3}\s*[\u4e00-\u9fff]")
RE_COUNTER_END = re.compile(r"(?:点击|浏览|阅读|访问)(?:次数|量|数)?\s*[:：]\s*\d+$")  # a page's counter: 浏览次数:1865


def _joins(a: str, b: str, width: int, paragraph_gap: bool = False, line_len: int | None = None) -> bool:
    """Does line ``b`` go on from ``a`` (the paragraph so far; when it is a roll's entry, its last
    physical line is ``line_len`` long, and a short last line ends it however long the entry)?"""
    if not a or not b:
        return False
    last, first = a[-1], b[0]
    if last in TERMINAL or (last in "”’\"」』)" and len(a) > 1 and a[-2] in TERMINAL):
        return False
    if RE_BYLINE_LINE.match(b):
        return False  # a byline under a headline: 本报记者 某某 通讯员 某某
    if last.isdigit() and (first.isdigit() or first in "年月日%.个名人万亿元次家项") and not RE_DATE_END.search(a) \
            and not RE_YEAR_HEAD.match(b) and not (RE_DAY_HEAD.match(b) and not RE_MONTH_BROKEN.search(a)) \
            and not RE_COUNTER_END.search(a) and not (RE_YEAR_END.search(a) and RE_ROW_HEAD.match(b)):
        return True  # (a number broken across lines; not a dateline's complete date, nor before a year's line)
    if first in ",，、;；:：)）》」』”%。!?" and len(a) > 1:
        return True
    if last in ",，、":  # a line ending in a comma has not ended its sentence
        return True
    if a.count("“") > a.count("”") and "”" in b[:40]:  # a quotation broken across lines
        return True
    if a.count("《") > a.count("》") and "》" in b[:60]:  # a document's title broken across lines
        return True
    if b[0] == "院" and a.endswith(("医", "卫生", "保健")):
        return True  # (某市第一人民医 / 院神经内科党支部: 医院 broken, however short the line)
    if RE_LIST_ITEM.match(b):  # 1. …, 王某某 某医院…: one entry a line, never a wrapped sentence
        return False
    if _noted_title_line(a):
        return False  # 某省先进基层党组织(卫生健康系统部分): a roll's heading, its entries below
    if width and (len(a) if line_len is None else line_len) >= 0.65 * width and not paragraph_gap:
        return not _next_roll_unit(a, b) and not _title_line(b)
    # WeChat posts break one conferral over short lines: 授予我院 / “…” / 荣誉称号。
    if RE_TITLE_CONTINUES.match(b) or (RE_SHORT_NAME_LINE.match(b) and RE_AWARD_VERB_TAIL.search(a[-24:])):
        return True
    return _splits_a_place(a, b)


WRAPPED_WORD_SPLITS = 2  # lines stopping inside a word that tell a page is hard-wrapped
RE_HOSPITAL_TAIL = re.compile(r"医院|卫生院|保健院")
RE_HOSPITAL_HEAD_END = re.compile(r"(?:人民|中医|中西医结合|妇幼|中心|附属|第[一二三四五六七八九十])$")
OPEN_ENDS = frozenset("的和与及在对是为将把被向从于给由并他她")  # words that never end a sentence or a heading
WORD_SPLIT_MIN_LINE = 10  # (a column's line; a heading or a caption may stop on a word's first half)


def _splits_a_word(a: str, b: str) -> bool:
    """On a hard-wrapped page, the break falls inside a word (公布…名 / 单,…; 副主任医 / 师李某): a
    line of column width stopping mid-sentence goes on in the next, whatever its length."""
    if len(a) < WORD_SPLIT_MIN_LINE or RE_BYLINE_LINE.match(b) or RE_LIST_ITEM.match(b) or a[-1] in TERMINAL:
        return False
    if not ("\u4e00" <= a[-1] <= "\u9fff" and "\u4e00" <= b[0] <= "\u9fff"):
        return False
    if a[-1] in OPEN_ENDS or a.endswith("对口"):
        return True
    return _word_across(a[-4:], b[:4])


def _word_across(head: str, tail: str) -> bool:
    """Does a dictionary word run from the end of ``head`` into ``tail`` (名 + 单, 帮 + 扶), or a
    name of a hospital or a place (嵩县人民 + 医院, 哈萨克 + 自治县)?"""
    from .segment import load_tokenizer

    if not head or not tail:
        return False
    if tail.startswith("自治") and tail[2:3] in "县州区旗":
        return True  # (no word a name could be ends before 自治县)
    if RE_HOSPITAL_TAIL.match(tail) and RE_HOSPITAL_HEAD_END.search(head):
        return True
    at = 0
    for token in load_tokenizer().lcut(head + tail, HMM=False):
        if at < len(head) < at + len(token):
            return True
        at += len(token)
    return False


# what a name broken over two lines is written after (a post, a comma) and before (a verb, a comma)
RE_BEFORE_NAME = re.compile(r"[,、:]$")
RE_SECTION_HEAD = re.compile(r"[一二三四五六七八九十]{1,3}、")
RE_ENTRY_REST = re.compile(r"[\u4e00-\u9fff]{1,2}(?:[ \t\u3000]|[(（])")  # the given name, then the entry's gap or bracket
RE_AFTER_NAME = re.compile(r"[,、。;(]|同志|等|荣获|获得|获评|名列|入选|当选|榜上|被|说|表示|带领|带队|作为|从事|担任|同时|扎根|在|是|的")
NAME_CHARS_NOT = frozenset("的了在和与及等是为被把将从以于到获授予对向就也都还又已而并且或其该本我你他她它们这那个名位次年月日号第"
                           "省市县区乡镇村院科部室处局委会党团队组所中心医护理")


def _splits_a_name(a: str, b: str) -> bool:
    """…主任医师熊志 / 刚荣获…; …大会上,苏 / 明杰被…: a person's name broken at the end of a line,
    after a post or a comma and before a verb that follows names."""
    if not a or len(b) < 2 or not "\u4e00" <= a[-1] <= "\u9fff" or RE_SECTION_HEAD.match(b):
        return False  # (四、优秀党务工作者: a section's heading, no name's end)
    if len(a) <= 2 and RE_ENTRY_REST.match(b):
        from .lexicon import surnames

        return a in surnames()  # a roll's entry broken after its family name: 周 / 文斌　某医院…; 欧阳 / 红(女,…)
    if not (RE_AFTER_NAME.match(b, 1) or RE_AFTER_NAME.match(b, 2)):
        return False  # (the common case, settled before the name's forms are tried)
    from .lexicon import surnames

    family = surnames()
    for size in (3, 2):
        for k in range(1, size):
            name, before, after = a[-k:] + b[:size - k], a[:-k], b[size - k:]
            if len(name) < size or not RE_AFTER_NAME.match(after) or any(
                    not "\u4e00" <= c <= "\u9fff" or c in NAME_CHARS_NOT for c in name):
                continue
            if not (name[:1] in family or name[:2] in family):
                continue
            if RE_BEFORE_NAME.search(before) or any(before.endswith(t) for t in _posts()):
                return True
    return False


@cache
def _posts() -> frozenset[str]:
    from .lexicon import hospital_titles, official_titles

    return frozenset(t for t in hospital_titles() | official_titles() if len(t) > 1)


TITLE_LINE_MAX = 20
RE_NOT_TITLE_LINE = re.compile(r"[,，。;；:：、“”]|授予|获|被|评为|表彰")


def _title_line(b: str) -> bool:
    """甘肃省先进基层党组织: a roll's next part, its title alone on a line (nothing wraps into it)."""
    return len(b) <= TITLE_LINE_MAX and b.endswith(honor_heads()) and not RE_NOT_TITLE_LINE.search(b)


RE_NOTED_TITLE = re.compile(r"(?P<title>[^,，。;；:：、“”()]{2,24})[(（][^()（）]{1,12}[)）]")


def _noted_title_line(a: str) -> bool:
    """某省优秀共产党员(卫生健康系统部分), 获奖名单(节选): a title and a note on its own line."""
    m = RE_NOTED_TITLE.fullmatch(a)
    return m is not None and (_title_line(m.group("title")) or m.group("title").endswith("名单"))


RE_UNIT_END = re.compile(r"(?:党支部|党总支|党委|委员会|党组织)$")


def _next_roll_unit(a: str, b: str) -> bool:
    """A roll of units one a line: 某医院某科党支部 / 中共某县人民医院总支部委员会, the next a new one (led
    by 中共 or a place) however long the line before."""
    if not RE_UNIT_END.search(a):
        return False
    if b.startswith("中共"):
        return True
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return any(d.name == b[:n] and d.level != "township" for n in (2, 3, 4, 5) for d in gaz.lookup(b[:n])
               if b[n - 1] in "省市县区州盟旗")


def _splits_a_place(a: str, b: str) -> bool:
    """公布2022年度河 / 北省三八红旗手…: the break falls inside a province's or a city's name."""
    if not ("\u4e00" <= a[-1] <= "\u9fff" and "\u4e00" <= b[0] <= "\u9fff"):
        return False
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for i in (1, 2, 3):
        for j in (1, 2, 3):
            cand = a[-i:] + b[:j]
            if len(cand) >= 3 and cand[-1] in "省市县区州盟旗" and \
                    any(d.name == cand and d.level != "township" for d in gaz.lookup(cand)):
                return True
    return False


def tidy_edits(text: str) -> list[Edit]:
    """Spaces at line ends and empty lines out, as line joining leaves text, but joining nothing."""
    edits: list[Edit] = []
    pos = 0
    kept_any = False
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if not stripped:
            edits.append((pos, min(end + 1, len(text)), ""))  # the empty line and its break
        else:
            lead = len(line) - len(line.lstrip())
            trail = len(line) - len(line.rstrip())
            if lead:
                edits.append((pos, pos + lead, ""))
            if trail:
                edits.append((end - trail, end, ""))
            kept_any = True
        pos = end + 1
    if kept_any and text.endswith("\n"):
        edits.append((len(text) - 1, len(text), ""))
    return sorted(set(edits))


RE_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
RE_BORDER_LINE = re.compile(r"^[ \t]*\+(?:[-=]{2,}\+)+[ \t]*$", re.M)
RE_PIPE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$")


def pipe_table_edits(text: str) -> list[Edit]:
    """A Markdown table's rows become lines of cells separated by spaces, as an HTML table's do
    (| 1 | 某医院 | 某称号 | → 1 某医院 某称号); the rule under its header goes, and so do the borders
    of a table drawn in plain text (+----+----+)."""
    edits: list[Edit] = []
    if "|" not in text:
        return edits
    for m in RE_BORDER_LINE.finditer(text):  # +----+------+: a plain-text table's border
        edits.append((m.start(), m.end(), ""))
    for m in RE_PIPE_ROW.finditer(text):
        if RE_PIPE_RULE.fullmatch(m.group()):
            edits.append((m.start(), m.end(), ""))
            continue
        for i in range(m.start(), m.end()):
            if text[i] == "|":
                edits.append((i, i + 1, "\t"))  # (a cell's gap, kept beside a number: | 2020 | 王某 |)
    return sorted(edits)


STEPS: dict[str, tuple[Step, ...]] = {
    "text": (entity_edits, markdown_edits, pipe_table_edits, nfkc_edits, simplify_edits, year_edits, quote_edits,
             furniture_edits, space_edits, line_edits),
    "markdown": (entity_edits, markdown_edits, pipe_table_edits, nfkc_edits, simplify_edits, year_edits, quote_edits,
                 furniture_edits, space_edits, line_edits),
    "html": (html_edits, nfkc_edits, simplify_edits, year_edits, quote_edits, furniture_edits, space_edits, line_edits),
}


# Markdown marks and NFKC run again until nothing changes: one's output can be the
# other's input ("**>" loses "**", then ">" starts the line and is a quote mark;
# NFKC makes "＊＊" into "**" after Markdown ran). Line joining is not repeated whole:
# its decisions depend on the page's line widths, which joining changes; the tidying
# it also does (no blank lines, no spaces at line ends) is, since a mark removed late
# can leave an empty line behind, and so are the joins no width decides (a line
# opening with a comma or a full stop, a name broken at a line's end), since a mark
# removed late can bare one.
AGAIN: dict[str, tuple[Step, ...]] = {
    "text": (entity_edits, markdown_edits, nfkc_edits, tidy_edits, late_join_edits),
    "markdown": (entity_edits, markdown_edits, nfkc_edits, tidy_edits, late_join_edits),
    "html": (nfkc_edits, tidy_edits, late_join_edits),
}
MAX_ROUNDS = 8


def normalize_text(source: str, media_type: str = "text"):
    """Run the steps (again, until the text is stable); return (text, offset map)."""
    text, mapping = source, identity(len(source))
    steps = STEPS.get(media_type, STEPS["text"])
    for _ in range(MAX_ROUNDS):
        changed = False
        for step in steps:
            edits = step(text)
            if edits:
                new, segs = apply_edits(text, edits)
                if new != text:
                    changed = True
                    text, mapping = new, compose(mapping, segs, len(new))
        if not changed:
            break
        steps = AGAIN.get(media_type, AGAIN["text"])
    return text, mapping


def normalize(raw: RawArticle) -> Article:
    text, mapping = normalize_text(raw.source, raw.media_type)
    title = find_title(raw, text)
    return Article(
        doc_id=document_id(raw.name),
        name=raw.name,
        title=title,
        date=find_date(text),
        text=text,
        offsets=mapping,
        encoding=raw.encoding,
        digest=raw.digest,
    )


def find_title(raw: RawArticle, text: str) -> str:
    if raw.media_type == "html":
        inner = html_title(raw.source)  # <title> or <h1>: an <h1> used to crash here (m.group(1) was None)
        if inner is not None:
            title, _ = normalize_text(html.unescape(re.sub(r"<[^>]*>", "", inner)))
            if title.strip():
                return title.strip()[:120]
    for line in text.split("\n"):
        line = line.strip(" #*")
        if len(line) >= 2 and not _breadcrumb(line) and not _masthead(line):
            return line if len(line) <= 60 else line[:60] + "…"
    return raw.name


def _breadcrumb(line: str) -> bool:
    """首页 > 医院概况 > 大事记: a page's path and nothing else (a line that opens with one and goes on to
    the page's title, 首页>>医院新闻我院与…签订协议, is the title)."""
    return RE_BREADCRUMB.match(line) is not None and all(len(p.strip()) <= BREADCRUMB_PART for p in RE_CRUMB.split(line))


def _masthead(line: str) -> bool:
    """某某日报 2021年7月2日 星期五 第07版 / 责任编辑:某某 美编:某某: a newspaper page's head, not an item's title."""
    if RE_EDITORS.search(line):
        return True
    return any(RE_WEEKDAY.match(line, m.end()) for m in RE_DATE.finditer(line))


RE_EDITORS = re.compile(r"(?:责任编辑|责编|美编|美术编辑|校对|版式)\s*[:：]")
BREADCRUMB_PART = 8
RE_CRUMB = re.compile(r"[>›»/]+")
RE_BREADCRUMB = re.compile(r"(?:当前位置|您的位置|所在位置)?[:：]?\s*(?:首页|主页|网站首页)\s*[>›»/]")  # 首页 > 医院概况 > 大事记


_ZH_DIGITS = {"〇": 0, "零": 0, "O": 0, "o": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


def _zh_number(s: str) -> int:
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)
    return _ZH_DIGITS.get(s, 0)


def _real_day(y: int, mo: int, d: int) -> bool:
    """Is d a day of that month? (2021-02-31 is not a date: rdflib cannot type it, SPARQL cannot compare it.)"""
    return 1 <= d <= calendar.monthrange(y, mo)[1]


def _iso(y: int, mo: int, d: int) -> str:
    """2021-07-02, or 2021-07 when the day is missing or no day of that month."""
    return f"{y:04d}-{mo:02d}-{d:02d}" if _real_day(y, mo, d) else f"{y:04d}-{mo:02d}"


RE_SOURCE_AFTER = re.compile(r"日?\s*(?:来源|作者|编辑|发布者|浏览)")  # 某某新闻网 2024年07月03日 来源:…
RE_CLOCK = re.compile(r"日?\s*\d{1,2}:\d{2}(?!\d)")  # (…2024年02月27日 18:06: 日 is not in the date's match)
RE_WEEKDAY = re.compile(r"日?\s*(?:星期|礼拜|周)[一二三四五六日天]")  # a newspaper's masthead: 某某日报 2021年7月2日 星期五 第7版
# a web page's own stamp, which may stand below its navigation menu: 发布时间:2021-07-02, 日期:…
RE_STAMP_LABEL = re.compile(r"(?:(?:发布|发表|更新|录入|上传)(?:时间|日期|于)|(?:^|\s)(?:日期|时间))\s*[:：]?\s*$")
STAMP_LINES = 40  # how far down a page its stamp is looked for


RE_SOURCE_LINE = re.compile(r"^\s*[(（【][^。,，()]{0,20}?(?:19|20)\d{2}年[^。()]{0,12}(?:版|转载|刊发|发布)[^。()]{0,6}[)）】]\s*$")


def find_date(text: str) -> str | None:
    """The article's own date: a date in its head, else a signature date at its foot,
    else the year of a document number (〔2010〕5号)."""
    for line in text.split("\n")[:6]:
        for m in RE_DATE.finditer(line):
            labelled = m.start() == 0 or RE_DATE_LABEL.search(line[max(0, m.start() - 12):m.start()]) \
                or RE_SOURCE_AFTER.match(line, m.end()) \
                or RE_CLOCK.match(line, m.end()) \
                or RE_WEEKDAY.match(line, m.end())  # (健康某某 2023-06-30 18:05 发表于江苏: a post's time stamp)
            dateline = (labelled or len(line) - len(m.group()) <= 12) and not line.startswith(("出生", "生"), m.end())
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d") or 0)
            if dateline and 1949 <= y <= 2100 and 1 <= mo <= 12:
                return _iso(y, mo, d)
    for line in text.split("\n")[:6]:  # 发布时间:二〇二一年五月八日, its month and day in Chinese numerals
        for z in RE_ZH_DATE.finditer(line):
            if RE_DATE_LABEL.search(line[max(0, z.start() - 12):z.start()]):
                y = int("".join(str(_ZH_DIGITS.get(c, c)) for c in z.group("y")))
                mo, d = _zh_number(z.group("m")), _zh_number(z.group("d"))
                if 1949 <= y <= 2100 and 1 <= mo <= 12 and _real_day(y, mo, d):
                    return f"{y:04d}-{mo:02d}-{d:02d}"
    for line in text.split("\n")[6:STAMP_LINES]:
        for m in RE_DATE.finditer(line):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d") or 0)
            stamped = RE_STAMP_LABEL.search(line, 0, m.start()) \
                or m.start() == 0 and (RE_CLOCK.match(line, m.end()) or RE_SOURCE_AFTER.match(line, m.end()))
            if stamped and 1949 <= y <= 2100 and 1 <= mo <= 12:  # (2021-07-01 17:20 来源:…, under a menu)
                return _iso(y, mo, d)
    for line in text.rstrip().split("\n")[-3:]:  # (澳门日报 2021年7月1日 A11版 转载: the reprint's source line)
        if RE_SOURCE_LINE.search(line) and (m := RE_DATE.search(line)) is not None and m.group("d"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if 1949 <= y <= 2100 and 1 <= mo <= 12:
                return _iso(y, mo, d)
    tail = text[-300:]
    z = None
    for z in RE_ZH_DATE.finditer(tail):
        pass
    if z:
        y = int("".join(str(_ZH_DIGITS.get(c, c)) for c in z.group("y")))
        mo, d = _zh_number(z.group("m")), _zh_number(z.group("d"))
        if 1949 <= y <= 2100 and 1 <= mo <= 12 and _real_day(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    n = RE_DOC_NUMBER_YEAR.search(text[:600])
    if n:
        return n.group(1)
    return None


__all__ = ["normalize", "normalize_text", "find_date", "find_title", "CJK"]
