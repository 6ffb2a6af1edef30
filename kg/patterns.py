"""Compiled regular expressions shared by the stages, in one place.

Text reaching the extractors is NFKC-normalised, so full-width ASCII
punctuation (，：（）) has become ASCII (, : ( )) while Chinese-only marks
(。、“”《》〔〕) stay as they are.
"""
from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "。、“”‘’《》〈〉【】〔〕「」『』—…·•丨|"
TERMINAL = frozenset("。!?！？;；…:：")

# --- normalisation -------------------------------------------------------------------------

# RE_HTML_TOKEN and RE_MD_TOKEN state what markup normalisation removes. normalize.py finds the
# same tokens with linear-time scanners (these regexes backtrack badly on broken markup);
# tests/test_fuzz.py holds the scanners equal to them.
RE_HTML_TOKEN = re.compile(
    r"""
     (?P<comment><!--.*?-->)
    |(?P<raw><(?P<rawtag>script|style|noscript|template|svg|head)\b[^>]*>.*?</(?P=rawtag)\s*>)
    |(?P<decl><![^>]*>|<\?[^>]*>)
    |</?(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>
    |(?P<ent>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)
    """,
    re.S | re.X | re.I,
)
RE_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>|<h1[^>]*>(.*?)</h1\s*>", re.S | re.I)
# Markdown marks that open a line (heading, bullet, quote, rule) or wrap words (bold): verbose syntax.
MD_MARKS = r"""
     ^[ \t]*\#{1,6}[ \t]+
    |^[ \t]*[-*+][ \t]+(?=\S)
    |^[ \t]*>[ \t]?
    |^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$
    |\*\*|__
"""
RE_MD_TOKEN = re.compile(
    MD_MARKS + r"""
    |!\[[^\]\n]*\]\([^)\n]*\)
    |\[(?P<linktext>[^\]\n]*)\]\([^)\n]*\)
    """,
    re.M | re.X,
)
RE_NON_CJK_RUN = re.compile(r"[^\u4e00-\u9fff\n]+")
_SPACE = r"[ \t\u00a0\u2000-\u200b\u3000]+"
RE_ANY_SPACE = re.compile(_SPACE)  # RE_OCR_SPACE and RE_CJK_SPACED match nothing without one
_CJKISH = f"[{CJK}{CJK_PUNCT}]"
RE_OCR_SPACE = re.compile(
    rf"(?<={_CJKISH}){_SPACE}|{_SPACE}(?={_CJKISH})|(?<=\d){_SPACE}(?=\.\d|%)|(?<=[)\]%]){_SPACE}(?=[,.;:!?])"
)
RE_CJK_SPACED = re.compile(f"[{CJK}]{_SPACE}(?=[{CJK}])")
RE_CJK_JOINED = re.compile(f"[{CJK}](?=[{CJK}])")
RE_CJK_WORD_BREAK = re.compile(f"[{CJK}]{_SPACE}[{CJK}]")
_FURNITURE = (
    r"稿定设计|原文|阅读原文|查看原文|精选留言|写留言|留言|暂无\.*|暂无留言|image\.(?:png|jpe?g|gif|webp)|"
    r"点击(?:上方)?[ \t]*蓝字[ \t]*(?:“[^”\n]{1,20}”)?[ \t]*(?:一键)?关注(?:我们)?|关注我们|长按识别二维码|长按二维码关注|扫码关注|扫描二维码|"
    r"分享|收藏|点赞|在看|转发|打印本页|关闭窗口|\[?打印\]?\s*\[?关闭\]?|上一篇.*|下一篇.*|返回搜狐.*|"
    r"字号:?\s*(?:大\s*中\s*小)?|【?(?:访问量|浏览量|浏览次数|阅读量|阅读|浏览)[::]?\s*\d*\s*(?:次)?】?|"
    r"[—–-]+\s*\d{1,3}\s*[—–-]+"  # a page number between dashes (— 4 —)
)
# a newspaper's running head (某某日报 2021年7月3日 星期六), furniture wherever it is not the page's own dateline
RE_RUNNING_HEAD = re.compile(
    r"^[ \t]*[\u4e00-\u9fff]{2,10}报[ \t]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t]*星期[一二三四五六日天]"
    r"(?:[ \t]*第?\d{1,2}版)?[ \t]*$", re.M)
# the pictographs of WeChat posts (👆点击上方蓝字…, 喜报🎉), their variation selector and joiner
PICTOGRAPHS = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u200D"
RE_FURNITURE_LINE = re.compile(rf"^[ \t]*[{PICTOGRAPHS}]*[ \t]*(?:{_FURNITURE})[ \t]*[{PICTOGRAPHS}]*[ \t]*$", re.M)
RE_FURNITURE_TAIL = re.compile(r"(?<=\d)[ \t]*(?:原文|阅读原文)[ \t]*$", re.M)
RE_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?:(?P<d>\d{1,2})(?!\d))?"
)
RE_DATE_LABEL = re.compile(r"时间|日期|发布|发表|更新|来源|刊发")
RE_ZH_DATE = re.compile(
    r"(?P<y>[〇零Oo○一二三四五六七八九]{4}|(?:19|20)\d{2})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日"
)
RE_DOC_NUMBER_YEAR = re.compile(r"[〔\[(【]((?:19|20)\d{2})[〕\])】]\s*\d+\s*号")

# --- sentences -----------------------------------------------------------------------------

RE_SENTENCE_END = re.compile(r"[。!?！？]+[”’\"」』)]*|\n+")

# --- word lists ---------------------------------------------------------------------------


def word_alternation(words) -> str:
    """A pattern matching any of the words, the longest first: ``"|".join(sorted(words, key=len,
    reverse=True))`` as a trie (医院|医院集团 -> 医院(?:集团)?).

    Both try the words that match at a position longest first, so they match alike in any
    context; the trie settles a position in a step or two where the flat list tries every word.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body
