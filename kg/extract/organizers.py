"""Organisers: the organs an article names as conferring its honors, and the year of their commendation.

由A、B联合组织 / A、B联合印发《关于表彰2023年度…的决定》/ A对…进行表彰: the organs
written together right before such a verb confer the titles of their level and
field that a clause names without an organ of its own; the year in the decision's
title dates them.

requires: Doc with hospitals found (for the sentence spans).
"""
from __future__ import annotations

import re

from ..records import Kind
from .doc import Doc
from .honors import HonorName
from .levels import honor_level
from .spans import Span, sentence_spans

RE_ORGANIZER = re.compile(
    r"(?:近日|日前|近期|(?:\d{1,2}月)?\d{1,2}日)?"  # (中共某市委近日印发《关于表彰…》)
    r"(?:在[\u4e00-\u9fff]{1,6}?)?(?:也|还|亦)?(?:联合|共同|同时)?《?"  # (某总工会在北京召开…; 乙也发布了…; 某厅《关于…》)
    r"(?:组织|举办|主办|印发|下发|发布|公布|通报|(?:作出|做出)?决定|发文|关于(?:通报)?(?:表彰|表扬)|关于命名|召开(?=[^。;]{0,48}表彰)"
    r"|对(?=[^。;]{0,48}?(?:进行|予以)了?(?:通报)?表[彰扬]))"
)
ORGANIZER_WINDOW = 64  # how far after the organs RE_ORGANIZER may read (its 召开…表彰 lookahead included)
RE_HONOR_NEWS = re.compile(r"表彰|评选|授予|命名|称号|荣誉|表扬|颁发|颁授|奖|名单|通报")


LEVEL_RANK = {"national": 4, "provincial": 3, "city": 2, "county": 1}


# Organs that confer the titles of one field only: an organiser of the article that is one of them
# did not confer the article's other titles (全国妇联 names a 巾帼文明岗, not a 中国医师奖). (Trade
# unions are left out: with others they confer titles of every field, 巾帼文明岗 among them.)
FIELD_ORGANS = (
    (re.compile(r"妇联|妇女联合会"), re.compile(r"巾帼|三八|妇女|女性|家庭|母亲")),
    (re.compile(r"共青团|团中央|团[省市县区]委|青年联合会|青联"), re.compile(r"青年|五四|青春|团|少年|志愿")),
    (re.compile(r"文明委|精神文明建设"), re.compile(r"文明")),
    (re.compile(r"红十字"), re.compile(r"红十字|博爱|献血|救护")),
    (re.compile(r"科协|科学技术协会"), re.compile(r"科技|科学|科普|创新")),
    (re.compile(r"组织部$"), re.compile(r"党|支部|组织|书记|干部|人才")),
)


def organizers_for(honor: HonorName, organizers: list[Span]) -> list[Span]:
    """The article's organisers, when they could have conferred this title: a provincial organ
    confers provincial titles, neither a national one (全国…) nor a city's (a 市…青年文明号 in a
    story of a province's commendation was conferred by the city), and an organ of one field
    (a women's federation, the Youth League ...) only that field's titles."""
    level = LEVEL_RANK.get(honor_level(honor.label), 0)
    return [o for o in organizers if (LEVEL_RANK.get(o.level or "", 0) == level or not level)
            and in_field(o.label, honor.label)]


def in_field(organ: str, title: str) -> bool:
    return all(topic.search(title) for field, topic in FIELD_ORGANS if field.search(organ))


def article_year(doc: Doc) -> tuple[int, ...]:
    """The year the article reports on: a chronicle's (某医院2023年大事记), else its date's."""
    year = chronicle_year(doc)
    if year is not None:
        return (year,)
    d = doc.article.date
    return (int(d[:4]),) if d else ()


def chronicle_year(doc: Doc) -> int | None:
    """The one year the whole article reports: a chronicle's title (某医院2023年大事记), or a report of a
    year's honors in its head (关于2022年度医院集体和个人获得上级表彰情况的通报), its conferrals all of it."""
    m = RE_CHRONICLE.search(doc.article.title or "")
    if m:
        return int(m.group(1))
    subtitle = doc.sentences[1].text if len(doc.sentences) > 1 else ""
    if subtitle.startswith(("——", "—")) and (m := RE_CHRONICLE.search(subtitle)):
        return int(m.group(1))  # 某标题 / ——某医院2023年工作回顾: the subtitle says what the article is
    for sent in doc.sentences[:REPORT_HEAD_SENTENCES]:
        m = RE_YEAR_REPORT.search(sent.text)
        if m:
            return int(m.group(1))
    return None


# (某医院2021年党建工作大事记, the topic's words before its kind ending the title; not 2022年度对口支援工作总结表彰会)
RE_CHRONICLE = re.compile(r"((?:19|20)\d{2})年度?(?:(?:大事记|工作总结|年鉴|工作报告|年报|工作回顾|回顾)"
                          r"|[\u4e00-\u9fff]{1,6}?(?:大事记|工作总结|年鉴|工作报告|年报|工作回顾)(?![\u4e00-\u9fff]))")
RE_YEAR_REPORT = re.compile(r"((?:19|20)\d{2})年度?[^,。;:]{0,20}?(?:获得|荣获|受到|所获|获)[^,。;:]{0,12}?(?:表彰|荣誉|奖励)情况")
REPORT_HEAD_SENTENCES = 6


RE_DECISION_YEAR = re.compile(r"(?:关于(?:通报)?(?:表彰|表扬|命名)|通报(?:表彰|表扬)?|公布|召开(?=\s*(?:19|20)\d{2}年[^。;]{0,40}表彰))\s*((?:19|20)\d{2})\s*年度?|对\s*((?:19|20)\d{2})\s*年度?[^。;；]{2,40}?(?:进行|予以)了?(?:通报)?(?:表彰|表扬)"
                             r"|(?:^|[)电])\s*((?:19|20)\d{2})\s*年(?!度)[^,。;:]{2,30}?表彰大会")  # 2025年全国…表彰大会28日在京举行


def decision_years(doc: Doc) -> list[tuple[int, int]]:
    """关于表彰2023年度…的决定 / 对2023年度…进行表彰: (sentence index, year) of each commendation the
    article dates, for the titles conferred by its organisers in sentences that give no year of their own."""
    out = []
    for sent in doc.sentences:
        if "表" in sent.text or "命名" in sent.text or "通报" in sent.text or "公布" in sent.text:
            m = RE_DECISION_YEAR.search(sent.text)
            if m:
                out.append((sent.index, int(m.group(1) or m.group(2) or m.group(3))))
    return out


DECISION_AHEAD = 15  # sentences: a commendation dated below a sentence is its own only this close


def decision_year_at(years: list[tuple[int, int]], index: int) -> tuple[int, ...]:
    """The year of the last commendation dated at or before sentence ``index``, else of the next one near it
    (on a page of several items, a later item's 公布2022年度… is not this item's)."""
    before = [y for i, y in years if i <= index]
    if before:
        return (before[-1],)
    return next(((y,) for i, y in years if i - index <= DECISION_AHEAD), ())


def find_organizers(doc: Doc) -> list[Span]:
    """Organs the article names as conferring or organising its honors.

    由A、B、C联合组织 / A、B联合印发《关于表彰…的决定》/ A关于表彰…的决定: the
    organs written together right before such a verb.
    """
    out: list[Span] = []
    for sent in doc.sentences:
        below = doc.sentences[sent.index + 1].text if sent.index + 1 < len(doc.sentences) else ""
        if not RE_HONOR_NEWS.search(sent.text) and not below.startswith("关于"):
            continue  # (a header line of organs over 关于表彰…的决定 names no honor itself)
        bodies = [s for s in sentence_spans(doc, sent) if s.kind == Kind.AWARDING_BODY]
        groups: list[list[Span]] = []
        for b in bodies:
            if groups and 0 <= b.start - groups[-1][-1].end <= 1:
                groups[-1].append(b)
            else:
                groups.append([b])
        for group in groups:
            after = sent.text[group[-1].end:group[-1].end + ORGANIZER_WINDOW]
            if not after.strip():
                after = below[:ORGANIZER_WINDOW]  # a header line of organs, the decision's title below
            if RE_ORGANIZER.match(after):
                for b in group:
                    if all(o.label != b.label for o in out):
                        out.append(b)
        if out:
            break
    return out
