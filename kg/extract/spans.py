"""Who is named where in a sentence: hospitals, units, people and organs as spans.

The award, aid and affiliation readers work on these spans rather than on raw
text, so every reader agrees on where 某市人民医院神经外科副主任王某 is a
hospital, a unit and a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lexicon import surnames
from ..records import Kind, Sentence
from ..segment import general_freq
from .bodies import read_bodies
from .doc import Doc
from .hospitals import AID_LEADS
from .people import (
    NAME_BAD_CHARS,
    RE_COUNT_FOLLOWS,
    PersonName,
    department_before,
    follows_name,
    is_hospital_title,
    name_list,
    names_after_titles,
    profile_name,
    read_name,
    read_name_by_tokens,
    surname_heads,
    title_before,
    word_name_before_title,
)
from .units import GENERIC_UNITS, standalone_units, unit_after

# an office of a hospital's party committee, written right before a post (党委组织部部长某某)
RE_PARTY_OFFICE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|院)党委(?:组织部|宣传部|统战部|办公室|工作部)$")
RE_SELF = re.compile(r"我院|本院|该院|我们医院|我校")
RE_AIDS_OWN = re.compile(r"[^。;]{0,40}?(?:对口帮扶|对口支援|继续帮扶|继续支援|托管)(?:我院|本院|医院(?![\u4e00-\u9fff]{0,2}(?:医院|卫生院)))")
RE_BARE_HOSPITAL = re.compile(r"(?:^|(?<=[,。;:!?、\s])|(?<=授予)|(?<=对口帮扶)|(?<=对口支援)|(?<=继续帮扶)|(?<=托管))(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:份)?,?)?(医院)(?!党委|领导|院长|职工|党员|人|文化|发展|建设|管理|工作)")
RE_CLAUSE_HEAD = re.compile(r"(?:^|(?<=[,。;:!?、\s)】])|(?<=^(?:19|20)\d\d)|(?<=\d年))")
# (2020王某: a year cell, its gap lost; 继2017年宋某主任医师获评…: a clause opened by its year)
RE_BYLINE_BEFORE = re.compile(r"(?:记者|通讯员|摄影|编辑|作者|供稿|撰稿|来源)[:：]?\s*$")
RE_TITLE_AFTER = re.compile(r"主任医师|副主任医师|主治医师|主任|院长|副院长|书记|护士长|护士|医生|医师|药师|教授")
FOLLOWS_NAME = re.compile(r"[,。;、和等]")
# what a list of recipients follows: the verb, or the title read first (获得“…”称号的是甲、乙)
RE_CONFERS = re.compile(r"追授|授予|表彰|命名|(?:^|(?<=[,;])|(?<=决定))对(?=[^。;]{2,30}?授予)|”(?:荣誉称号|称号|荣誉)?的,?(?:则|就|正|便)?(?:分别是|分别为|是|有|包括)[:：]?")
RE_CLAUSE_END = re.compile(r"[;。)]")
RE_PERSON_NOTE = re.compile(r"(?:男|女)[,)]|[\u4e00-\u9fff]{1,4}族[,)]")  # what a bracket after a name opens with
# a bracket after a name holding the person's department and post: 向某(急诊医学部主任)
RE_POST_NOTE = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:科|部|中心|病区|室)(?:副?主任|护士长|主任医师|副主任医师)")
RE_DEPT_HEAD = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:科|部|中心|病区)(?=\s|主任|副主任|护士长|医师|主治|$)")
RE_COMMA_END = re.compile(r"[,。;]")
# what may come before a paragraph's subject: a bullet, 本报讯(记者 某某), a date or 近日 and a comma
RE_SUBJECT_OPENER = re.compile(r"[●■◆▲★·【\s]*(?:本报讯|讯)?(?:\([^()]{0,24}\))?(?:作为[^,。;:]{0,24},|[^,。;:]{0,12}[,:])?\s*")
RE_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:处|司|局|办公室|办)")
RE_NAME_WITH_PLACE = re.compile(r"(?:^|(?<=[、,;:\s)】.]))\s*(?:(?:19|20)\d{2}年?\s*|\d{1,3}[.、]?\s*)?([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff·]{2,9}?)"
                                r"\(((?:男|女|[^()]{0,8}族)?[,]?[^()]{2,40}|男|女)(?:\)|$)")  # (甲(女) 某医院…: the sex alone)
# (the bracket left open at the end of a roll's line: 乙(某县人民医院, its closing mark lost to OCR)
RE_FORMER_HEADS = re.compile(r"\s*【?(?:医院)?历任(院长|党委书记|党总支书记|书记|主要负责人)】?[:：]?")
RE_ONE_ENTRY = re.compile(r"[\u4e00-\u9fff·]{2,9}\([^()]{4,60}\)\s*$")  # 甲(女,某医院某科主任): a roll's line
RE_SPACED_ENTRIES = re.compile(r"\)\s*\.?\s*[\u4e00-\u9fff]")  # 甲(心内科) 乙(骨科): a roll's entries set apart by spaces
NAME_BOUNDARY_BEFORE = frozenset("的和与及、,。;:对向给让被由为是在将把从以")  # what a name may follow inside a clause
RE_LABELLED_NAME_END = re.compile(r"\s*(?:$|、|;)")
RE_LOCAL_BEFORE = re.compile(r"(?:村|社区|居委会|村委会|嘎查)$")
RE_SENT_TO_VILLAGE = re.compile(r"第一书记|驻村|工作队")
RE_NAME_THEN = re.compile(r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:份)?,?)?(?:(?:又|也|还|曾|再次|再度|先后)(?=获|荣|被))?(?:获|荣获|获得|获评|被|荣膺|入选|当选|、|和|等|同志|(?:\d{1,3}|[两二三四五六七八九十]{1,3})[名位]|主任|院长|教授|博士|医生|护士|\((?=[^()]{0,24}(?:主任|医师|护士|院长|书记|教授|专家)[^()]{0,12}\))"
                           r"|是(?=[^,。;]{0,30}?(?:医院|我院|该院|本院|卫生院)))")  # (甲是某医院某科副主任医师)
RE_LIST_HEAD = re.compile(r"(?:(?:19|20)\d{2}年?\s*(?=[\u4e00-\u9fff])|\d{1,3}(?:[.、)]\s*|\s*(?=[\u4e00-\u9fff]))"
                          r"|【[^】]{2,40}】[:：]?\s*)?")  # at the start of the text (a table's year cell too: 1999年 王某 …)
RE_OPENING = re.compile(r"[(;]")
RE_ENTRY_GAP = re.compile(r"\s*\((?:男|女|[\u4e00-\u9fff]{1,4}族)[^()]{0,16}\)\s*(?:[—–]{1,2}\s*)?|\s*\|\s*|\s*[—–]{1,2}\s*|\s+")  # 王某 …, 王某(女) …, 王某(女,回族)…: a roll entry


@cache
def _rx_clause_name() -> re.Pattern[str]:
    """A clause head with a family name's first character after it: only there can a name start."""
    heads = "".join(sorted(surname_heads()))
    return re.compile(RE_CLAUSE_HEAD.pattern + f"(?=[{re.escape(heads)}])")


def _list_heads(text: str) -> list[int]:
    """Where a list entry's text starts: after a heading number or 【…】 at the start, and after ( or ;."""
    first = RE_LIST_HEAD.match(text).end()
    region = RE_REGION_CELL.match(text, first) or RE_REGION_LABEL.match(text, first)
    # (会昌县　王某　某县人民医院…, 郑州市:王某,某医院…: a roll's entry under its county or city)
    heads = [first, region.end()] if region else [first]
    return [*heads, *(m.end() for m in RE_OPENING.finditer(text) if m.end() >= first)]


RE_ROW_GAP = re.compile(" +")
RE_PROSE_MARKS = re.compile("[,。;:!?]")


def _cell_starts(text: str) -> list[int]:
    """Where the cells of a table's row start after the first (three or more cells apart by spaces, no
    sentence's punctuation)."""
    if text.count(" ") < 2 or RE_PROSE_MARKS.search(text):
        return []
    gaps = [m.end() for m in RE_ROW_GAP.finditer(text)]
    return gaps if len(gaps) >= 2 else []


@dataclass(frozen=True, slots=True)
class Span:
    kind: Kind
    start: int  # sentence-local
    end: int
    label: str
    hospital: str | None = None  # for units and people: the hospital they belong to
    unit: str | None = None  # for people: their unit's label
    role: str | None = None  # for people: their post as written
    official: bool = False  # a person whose post is outside hospitals
    level: str | None = None  # for bodies
    scoped: bool = False  # a label only meaningful inside this article (an unplaced 省委)
    surface: str = ""


def sentence_spans(doc: Doc, sent: Sentence) -> list[Span]:
    """All spans of a sentence, computed once per article, in article order (a sentence reads the
    people named before it)."""
    cached = doc.spans.get(sent.index)
    if cached is None:
        for earlier in range(len(doc.spans), sent.index):
            if earlier not in doc.spans:
                doc.spans[earlier] = _sentence_spans(doc, doc.sentences[earlier])
        cached = _sentence_spans(doc, sent)
        doc.spans[sent.index] = cached
    return cached


def _mentions_in(doc: Doc, index: int) -> list:
    """The hospital mentions of one sentence, in article order (indexed once per article)."""
    if doc.mentions_by_sentence is None:
        doc.mentions_by_sentence = {}
        for m in doc.hospital_mentions:
            doc.mentions_by_sentence.setdefault(m.sentence, []).append(m)
    return doc.mentions_by_sentence.get(index, [])


def local_hospital(doc: Doc, sent: Sentence) -> str | None:
    """The hospital 医院 and a bare post stand for in this sentence: the article's own, unless the
    paragraph is about another one (a newspaper page of short items): the first it names, when the
    article's own is not named in it."""
    main = doc.main_hospital
    if main is None:
        return None
    first = None  # the hospital heading the paragraph's first sentence, as its subject
    for i in range(max(0, sent.index - 12), len(doc.sentences)):
        other = doc.sentences[i]
        if other.paragraph != sent.paragraph:
            if other.index > sent.index:
                break
            continue
        for m in _mentions_in(doc, other.index):
            if m.label == main:
                return main
            if first is None and other.index <= sent.index and \
                    RE_SUBJECT_OPENER.fullmatch(other.text, 0, m.start - other.start):
                # (甲医院…继续对口帮扶医院: the paragraph opens on who aids the article's own hospital)
                first = "" if RE_AIDS_OWN.match(other.text, m.end - other.start) else m.label
        if first is None and other.index <= sent.index:
            first = ""  # the paragraph did not start with another hospital
    return first or _item_hospital(doc, sent) or main


ITEM_REACH = 40  # how many sentences back a newspaper item's headline may be
RE_HEADLINE_END = re.compile(r"[。!?;:]$")


def _item_hospital(doc: Doc, sent: Sentence) -> str | None:
    """On a newspaper page of several items: the hospital opening the headline of the item this
    sentence is in (the nearest block of short one-line paragraphs before it: a headline, with its
    lead and sub-headline lines and its byline, not the page's own title)."""
    i = sent.index - 1
    stop = max(0, sent.index - ITEM_REACH)
    while i > stop:
        other = doc.sentences[i]
        if RE_RULE_LINE.fullmatch(other.text):
            return None  # a rule drawn between items: this item's headline was not found above it
        if other.paragraph == sent.paragraph or not _headline_like(doc, i) or RE_UNIT_LINE.search(other.text):
            i -= 1
            continue  # (no headline: a sentence of a paragraph, a long or a finished one)
        block, byline = [], False
        while i > 0 and _headline_like(doc, i) and len(block) < HEADLINE_LINES \
                and not RE_UNIT_LINE.search(doc.sentences[i].text):  # (a roll's unit above: not the headline)
            if RE_BYLINE_START.match(doc.sentences[i].text):
                byline = True
            else:
                block.append(i)
            i -= 1
        if any(RE_DATA_CELL.fullmatch(doc.sentences[k].text) for k in block):
            return None  # a table's cells, one a line (2019年3月, 32人次): no headline
        opening = next((h for h in (_opening_hospital(doc, k) for k in reversed(block)) if h is not None), None)
        if opening is not None:
            return opening  # (the hospital opens a line of the headline: 某医院某科获评…)
        if any(_mentions_in(doc, k) for k in block):
            return None  # an item's headline naming a hospital it is not about
        if not all(RE_SECTION_HEAD.match(doc.sentences[k].text) for k in block):
            # a news item's headline (over its byline) that names no hospital: the one its story names
            return _first_named(doc, max(block) + 1, sent.index) if byline and block else None
    return None


def _first_named(doc: Doc, start: int, end: int) -> str | None:
    """What an item whose headline names no hospital is about: the article's own hospital when its
    story (from sentence ``start`` to the item's end, past ``end``) names it, else the hospital the
    story names most other than as a place someone goes to or aids (the first of those as often)."""
    text = doc.article.text
    counts: dict[str, int] = {}
    k = start
    while k < len(doc.sentences) and k < start + ITEM_REACH:
        other = doc.sentences[k]
        if k > end and (RE_RULE_LINE.fullmatch(other.text) or _opening_hospital(doc, k) and _headline_like(doc, k)):
            break  # the next item
        for m in _mentions_in(doc, k):
            if not RE_GONE_TO.search(text, max(0, m.start - 4), m.start):
                counts[m.label] = counts.get(m.label, 0) + 1
        k += 1
    if doc.main_hospital in counts:
        return doc.main_hospital  # (the article's own hospital, named in the item: what the item is about)
    return max(counts, key=lambda label: counts[label], default=None)  # (dicts keep the order first named)


RE_GONE_TO = re.compile(f"(?:{AID_LEADS}|在)$")


RE_UNIT_LINE = re.compile(r"(?:党支部|党总支|党委|委员会)$")
RE_DATA_CELL = re.compile(r"[\d.%]+\s*(?:年(?:\d{1,2}月)?(?:\d{1,2}日)?|人次|人|名|个|家|项|万元|元|%)?")
HEADLINE_LINES = 4  # a lead line, the headline (maybe over two lines) and a sub-headline
RE_BYLINE_START = re.compile(r"\s*(?:◎|[□■]?\s*(?:本报讯|本报记者|本报通讯员|记者|通讯员|特约记者|文/|文 /|图/))")
RE_RULE_LINE = re.compile(r"\s*[=\-—_*~·●─━═]{6,}\s*")


def _opening_hospital(doc: Doc, i: int) -> str | None:
    mentions = _mentions_in(doc, i)
    if mentions and RE_BULLETS.fullmatch(doc.sentences[i].text, 0, mentions[0].start - doc.sentences[i].start):
        return mentions[0].label
    return None


def _headline_like(doc: Doc, i: int) -> bool:
    """A short unfinished sentence that is a paragraph of its own (a headline, or a line of one); each
    sentence is asked about again by every sentence below it that looks for its item's headline."""
    known = doc.headline_like.get(i)
    if known is None:
        known = doc.headline_like[i] = _reads_as_headline(doc, i)
    return known


def _reads_as_headline(doc: Doc, i: int) -> bool:
    other = doc.sentences[i]
    return not (len(other.text) > 40 or RE_HEADLINE_END.search(other.text) and not RE_LEAD_LINE.fullmatch(other.text)
                or RE_CAPTION.match(other.text)  # (▲某医院专家在某卫生院坐诊: a photo's caption)
                or len(other.text) >= 12 and RE_CLAUSE_MARK.search(other.text)  # (a wrapped line of prose, cut off)
                or i > 0 and doc.sentences[i - 1].paragraph == other.paragraph
                or i + 1 < len(doc.sentences) and doc.sentences[i + 1].paragraph == other.paragraph)


RE_CLAUSE_MARK = re.compile(r"[,，]")
RE_CAPTION = re.compile(r"\s*(?:[▲△▼↑↓]|图为|图片|图[:：]|摄影|供图)")
# an outlet's dateline: 人民网北京8月18日电, 新华社讯 (the outlet reports; it confers nothing)
RE_DATELINE_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{0,4}?(?:\d{1,2}月\d{1,2}日)?电(?![\u4e00-\u9fff])|讯[\s(]")
RE_LEAD_LINE = re.compile(r"[^,。;:]{2,18}:")  # 凌云县人民医院: (a lead line over its headline)
RE_BULLETS = re.compile(r"[●■◆▲★□·\s]*(?:——|—|--)?\s*")  # (——某医院推进…纪实: a subtitle opened by a dash)
RE_SECTION_HEAD = re.compile(r"[^\s]{2,20}\s+[^\s]{2,20}$")  # 支部建在科室上 党建业务同频共振: a section, not an item


GIVEN_NAME_FREQ = 100  # a given name as common a word as this (建国, 文明) is not taken for its bearer


def _given_names(doc: Doc) -> dict[str, str]:
    """The two-character given names of the people named so far -> their full names, when one person
    bears it and it is no common word (worked out again only when someone new was named)."""
    if doc.given_names[0] == len(doc.people_seen):
        return doc.given_names[1]
    out: dict[str, str | None] = {}
    for full in doc.people_seen:
        family = 2 if len(full) == 4 and full[:2] in surnames() else 1
        given = full[family:]
        if len(full) in (3, 4) and len(given) == 2 and full[:family] in surnames() \
                and general_freq(given) <= GIVEN_NAME_FREQ:
            out[given] = None if out.get(given, full) != full else full
    doc.given_names = (len(doc.people_seen), {g: f for g, f in out.items() if f is not None})
    return doc.given_names[1]


def _sentence_spans(doc: Doc, sent: Sentence) -> list[Span]:
    text = sent.text
    spans: list[Span] = []
    main = local_hospital(doc, sent)
    units = standalone_units(text) if main is not None or "院的" in text else []
    for m in _mentions_in(doc, sent.index):
        s, e = m.start - sent.start, m.end - sent.start
        spans.append(Span(Kind.HOSPITAL, s, e, m.label, surface=m.surface))
        u = unit_after(text, e)
        if u is None and text.startswith("的", e) and not RE_GOING_TO.search(text, 0, s):
            u = next((x for x in units if x.start == e + 1), None)  # 来自某医院的护理部主任: the hospital's unit
            # (not 派驻某县人民医院的神经内科副主任医师: the place one is sent to, the post one's own)
        if u is not None:
            us = s - 2 if text.endswith("委员会", 0, u.end) and text.startswith("中共", s - 2) else s  # (中共…支部委员会)
            spans.append(Span(Kind.ORG_UNIT, us, u.end, m.label + u.text, hospital=m.label, surface=text[us:u.end]))
    named = [sp for sp in spans if sp.kind == Kind.HOSPITAL]
    if main is not None:
        for m in RE_SELF.finditer(text):
            if not _covered(spans, m.start(), m.end()):
                # 该院 is the hospital the sentence last named (甲医院急诊科获…,该院…); 我院 the article's own
                before = [sp for sp in named if sp.end <= m.start()] if m.group() == "该院" else []
                own = before[-1].label if before else main
                if own != doc.main_hospital and m.group() in ("我院", "本院") and _aided_by(text, named, m.start(), own):
                    own = doc.main_hospital  # 甲医院对口帮扶我院 in a paragraph about 甲: 我院 is the teller
                spans.append(Span(Kind.HOSPITAL, m.start(), m.end(), own, surface=m.group()))
                u = unit_after(text, m.end())
                if u is not None:
                    spans.append(Span(Kind.ORG_UNIT, m.start(), u.end, own + u.text, hospital=own,
                                      surface=text[m.start():u.end]))
        for m in (RE_BARE_HOSPITAL.finditer(text) if "医院" in text else ()):
            if not _covered(spans, m.start(1), m.end(1)):
                spans.append(Span(Kind.HOSPITAL, m.start(1), m.end(1), main, surface="医院"))
        for u in units:
            if not _covered(spans, u.start, u.end):
                label = main + ("党委" if u.text in ("院党委", "医院党委") else u.text)
                spans.append(Span(Kind.ORG_UNIT, u.start, u.end, label, hospital=main, surface=u.text))
    spans.extend(_this_unit(doc, sent, spans))
    spans = _own_committees(text, spans)
    for b in read_bodies(doc, sent):
        if not _covered(spans, b.start, b.end) and not RE_DATELINE_AFTER.match(text, b.end):
            spans.append(Span(Kind.AWARDING_BODY, b.start, b.end, b.label, level=b.level, scoped=b.scoped,
                              surface=b.surface))
    spans.sort(key=lambda x: (x.start, -x.end))
    spans.extend(_people(doc, sent, spans, units, main))
    spans.sort(key=lambda x: (x.start, -x.end))
    return spans


# 该科, 该支部, 该中心: the unit of that kind the article named last (before this sentence, or in it)
RE_THIS_UNIT = re.compile(r"(?:该|这个|这一)(科室|科|党支部|支部|党总支|中心|病区|集体)")
UNIT_BACK = 8  # sentences back the unit 该科 stands for may have been named
RE_GOING_TO = re.compile(r"(?:派驻|派往|赴|到|前往|支援|帮扶|援助|挂职|驻|在|进驻|下沉)$")
RE_ENTRY_COMMA = re.compile(r"(?:\((?:男|女|[\u4e00-\u9fff]{1,4}族)[^()]{0,16}\))?,")
RE_REGION_LABEL = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|市|州|盟|地区|县|区|旗)|[省市]直(?:单位|机关)?)[:：]\s*(?=\S)")
RE_REGION_CELL = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:市|州|盟|县|区|旗)|[省市]\s?直)\s+(?=\S)")
RE_COLUMN_BAR = re.compile(r"[丨|｜]\s*")  # 巾帼风采丨某某: a column's name, then the feature's
# 支部 alone as a clause's subject, before a verb of conferral: the branch the feature is about
RE_BARE_BRANCH = re.compile(r"(?:^|(?<=[,;。]))(支部|党支部|科室|科室党支部)(?=被|入选|获|荣获|先后|又|还|连续|多次|再次|成为|已|曾)")
BRANCH_BACK = 40


def _this_unit(doc: Doc, sent: Sentence, spans: list[Span]) -> list[Span]:
    """这是该科继2019年获评…: 该科 is the department named last, if one was named shortly before; a
    feature's 支部 or 科室 as a clause's subject (2020年,支部被…命名为…) is the branch or department it is
    about, and its 科室党支部 that department's branch."""
    out = []
    found = [*(RE_THIS_UNIT.finditer(sent.text) if "该" in sent.text or "这" in sent.text else ()),
             *(RE_BARE_BRANCH.finditer(sent.text) if "支部" in sent.text or "科室" in sent.text else ())]
    for m in found:
        if _covered(spans, m.start(), m.end()):
            continue
        kind = m.group(1)
        branch = kind == "科室党支部"  # (a feature on a department: its branch, 科室党支部, is the department's)
        heads = ("党支部", "支部") if kind in ("党支部", "支部") else ("科", "科室") if kind in ("科", "科室") or branch \
            else "" if kind == "集体" else (kind,)  # (该集体: whatever unit was named last)
        back = UNIT_BACK if m.group().startswith(("该", "这")) else BRANCH_BACK
        here = [sp for sp in spans if sp.kind == Kind.ORG_UNIT and sp.end <= m.start()]
        earlier = [sp for i in range(sent.index - 1, max(-1, sent.index - back), -1)
                   for sp in reversed(doc.spans.get(i, [])) if sp.kind == Kind.ORG_UNIT]
        unit = next((sp for sp in [*reversed(here), *earlier] if sp.label.endswith(heads) and sp.hospital), None)
        if unit is not None:
            out.append(Span(Kind.ORG_UNIT, m.start(), m.end(), unit.label + ("党支部" if branch else ""),
                            hospital=unit.hospital, surface=m.group()))
    return out


# 甲医院(长期)对口帮扶我院: a hospital's aid to the one 我院 names, with nothing between but the aid words
RE_AIDS_US = re.compile(r"(?:\d{4}年(?:以来|起|来)?)?(?:长期|持续|一直|先后|多年来)?(?:对口|结对|定点|组团式|“组团式”)?"
                        r"(?:帮扶|支援|托管|援建|援助)(?:了)?")


def _aided_by(text: str, named: list[Span], at: int, label: str) -> bool:
    """Is 我院 at ``at`` the object of the aid of ``label``, named right before it (甲医院对口帮扶我院)?
    A hospital does not aid itself, so 我院 there is the article's own, not the paragraph's."""
    before = [sp for sp in named if sp.end <= at]
    return bool(before) and before[-1].label == label and RE_AIDS_US.fullmatch(text, before[-1].end, at) is not None


# what a hospital's party committee does when it confers its own honors (院党委决定,授予…; 经院党委研究决定)
RE_COMMITTEE_ACTS = re.compile(r"(?:研究|审定|审议|讨论)?(?:决定|授予|表彰|命名|印发|发文)")
RE_ENTRY_END = re.compile(r"\s*(?:[(][^()]*[)])?\s*$")  # (a roll entry's note in brackets)
COMMITTEE_LEVEL = "institution"  # below a county's organs: confers the titles of no place


def _own_committees(text: str, spans: list[Span]) -> list[Span]:
    """A hospital's party committee conferring honors on its branches and staff is an awarding body:
    中共某医院委员会 (the name its decisions are issued under), or 院党委/某医院党委 before 决定, 授予,
    表彰. Its label is the formal name; the hospital and unit spans it is made of go."""
    bodies: list[Span] = []
    units: list[Span] = []
    for sp in spans:
        if sp.kind == Kind.HOSPITAL and text.startswith("中共", sp.start - 2) and text.startswith("委员会", sp.end) \
                and (not text[:sp.start - 2].strip() and RE_ENTRY_END.match(text, sp.end + 3)
                     or text.startswith("等", sp.end + 3)):
            # a line that is the committee's name and nothing else, or 授予中共某医院委员会等100个党组织: a roll's
            # entry, a recipient (its party committee), read as the 党委 the guidelines name it by
            units.append(Span(Kind.ORG_UNIT, sp.start - 2, sp.end + 3, sp.label + "党委", hospital=sp.label,
                              surface=text[sp.start - 2:sp.end + 3]))
        elif sp.kind == Kind.HOSPITAL and text.startswith("中共", sp.start - 2) and text.startswith("委员会", sp.end):
            bodies.append(Span(Kind.AWARDING_BODY, sp.start - 2, sp.end + 3, f"中共{sp.label}委员会",
                               level=COMMITTEE_LEVEL, surface=text[sp.start - 2:sp.end + 3]))
        elif sp.kind == Kind.ORG_UNIT and sp.hospital and sp.label == sp.hospital + "党委" \
                and RE_COMMITTEE_ACTS.match(text, sp.end):
            bodies.append(Span(Kind.AWARDING_BODY, sp.start, sp.end, f"中共{sp.hospital}委员会",
                               level=COMMITTEE_LEVEL, surface=sp.surface))
    if not bodies and not units:
        return spans
    taken = bodies + units
    return [sp for sp in spans if not any(b.start <= sp.start and sp.end <= b.end for b in taken)] + taken


def _covered(spans: list[Span], s: int, e: int) -> bool:
    """Does [s, e) overlap a span already taken?"""
    return any(x.start < e and s < x.end for x in spans)


def _people(doc: Doc, sent: Sentence, orgs: list[Span], units: list, main: str | None) -> list[Span]:
    """People of a sentence; ``units`` are its standalone units (read once, for the orgs too), ``main``
    the hospital its bare posts belong to."""
    text = sent.text
    out: list[Span] = []

    def add(start: int, end: int, name: str, hospital: str | None = None, unit: str | None = None,
            role: str | None = None, official: bool = False) -> Span | None:
        if _covered(orgs, start, end) or _covered(out, start, end) or RE_BYLINE_BEFORE.search(text[:start]):
            return None
        span = Span(Kind.PERSON, start, end, name, hospital=hospital, unit=unit, role=role,
                    official=official, surface=text[start:end])
        out.append(span)
        return span

    def titled(name, phrase_start: int, title: str) -> Span | None:
        org, role_start = _org_before(text, phrase_start, orgs)
        role = text[role_start:name.start].strip("、, 的:") or title
        hospital = unit = None
        # (党委组织部部长: the head of an office of the hospital's party committee is hospital staff)
        official = not is_hospital_title(title) and not (main and RE_PARTY_OFFICE_BEFORE.search(text, 0, phrase_start)) \
            or bool(RE_LOCAL_BEFORE.search(text, 0, phrase_start)) and not RE_SENT_TO_VILLAGE.search(title)
        # (某村党支部书记 is the village's, not the hospital's; 某村第一书记 the hospital sent there)
        bare_unit = org is not None and org.kind == Kind.ORG_UNIT and not text.startswith(org.hospital or "\0", org.start)
        listed = _after_listed_person(out, text, org.start if bare_unit else role_start) if not official else None
        if listed is not None and (org is None or bare_unit):
            hospital = listed.hospital  # 某医院副院长甲、医务科科长乙: the hospital of the one before
            unit = listed.hospital + org.surface if bare_unit else None
            dept = department_before(text, role_start) if unit is None and role_start > 0 else None
            if dept is not None:
                unit = hospital + dept[1]
        elif org is not None and org.kind in (Kind.HOSPITAL, Kind.ORG_UNIT):
            hospital = org.hospital or org.label
            unit = org.label if org.kind == Kind.ORG_UNIT else None
            official = False
        elif org is not None:  # a post in a commission or government: an official
            official = True
        elif not official and main:
            hospital = main
            dept = department_before(text, role_start) if role_start > 0 else None
            if dept is not None:
                unit = main + dept[1]
        return add(name.start, name.end, name.name, hospital, unit, role, official)

    for name, phrase_start in names_after_titles(sent):
        t = title_before(text, name.start - (1 if text[name.start - 1] in "的:" else 0))
        span = titled(name, phrase_start, t[1] if t else "")
        # people written together after one post share it: 护士甲某和乙某, 书记甲某、乙某和…
        while span is not None and text.startswith(("和", "、", "及", "与"), span.end):
            if title_before(text, span.end + 1 + 4) and title_before(text, span.end + 1 + 4)[0] == span.end + 1:
                break
            nxt = read_name(text, span.end + 1)
            if nxt is None or title_before(text, nxt.end) and not FOLLOWS_NAME.match(text, nxt.end):
                break
            span = add(nxt.start, nxt.end, nxt.name, span.hospital, span.unit, span.role, span.official)
    # a department right before a name: 重症医学科王某同志
    if main:
        for u in units:
            name = read_name(text, u.end + (1 if text.startswith("的", u.end) else 0))  # (心内科的王某医生)
            if name is not None and u.text not in GENERIC_UNITS:
                add(name.start, name.end, name.name, main, main + u.text, u.text)
    # a name right after its hospital or unit, then a verb or the next of a list: 甲医院王某、乙医院李某被评为…
    for o in orgs:
        cell = text.startswith(" ", o.end)  # (a table's row: 某医院 王某 心血管内科主任 …; a list's 某科 王某:…)
        labelled = text.startswith(":", o.end)  # (a roll by hospital: 某医院:王某、李某, no post after the name)
        at = o.end + 1 if cell or labelled else o.end
        if o.kind in (Kind.HOSPITAL, Kind.ORG_UNIT) and text[at:at + 1] in surname_heads():
            name = read_name(text, at)
            then = name is not None and ((text.startswith(" ", name.end) and ":" not in text
                                          or text.startswith(":", name.end)) if cell
                                         else RE_LABELLED_NAME_END.match(text, name.end) if labelled
                                         else RE_NAME_THEN.match(text, name.end))
            if then and not any(x.start <= o.end < x.end for x in orgs):  # (not inside a longer organisation's name)
                add(name.start, name.end, name.name, o.hospital or o.label, o.label if o.kind == Kind.ORG_UNIT else None)
    for name in name_list(text):
        add(name.start, name.end, name.name)
    # 陈某,某医院党委委员、副院长…: a sentence opened by a name, then its hospital and its post
    # (a roll's entry may put a life's span and a sex between: 谭某(1931—2016),女,某医院…)
    bracketed = text.startswith("【")  # (【孙某】某医院某科主任…: a roll's entry headed by the name)
    close = text.find("】", 1, 7) if bracketed else -1
    head = read_name(text[:close] + "。", 1) if close > 0 else read_name(text, 0) if "," in text[1:20] else None
    if head is not None and close > 0 and head.end != close:
        head = None
    after = (RE_ENTRY_BRACKET_TAIL if bracketed else RE_ENTRY_HEAD_TAIL).match(text, head.end) if head is not None else None
    if after is not None:
        org = next((o for o in orgs if o.start == after.end() and o.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)), None)
        if org is not None and title_before(text, _clause_end_comma(text, org.end)) is not None:
            add(head.start, head.end, head.name, org.hospital or org.label,
                org.label if org.kind == Kind.ORG_UNIT else None)
    p = profile_name(text) or _card_name(doc, sent)
    if p is not None:
        add(p.start, p.end, p.name, main if main else None)
    for m in _rx_clause_name().finditer(text):
        i = m.start()
        name = read_name(text, i)
        if name is None or not RE_NAME_THEN.match(text, name.end):
            continue
        if text.startswith(("、", "和"), name.end) and read_name(text, name.end + 1) is None:
            continue
        after = RE_TITLE_AFTER.match(text, name.end)
        if after and main:
            add(name.start, name.end, name.name, main, None, after.group())
        else:
            add(name.start, name.end, name.name)
    # a name heading a line, a space, then what the person is: 王某 某市人民医院…主任
    for head in _list_heads(text):
        name = read_name(text, head)
        if name is None:  # 高峰 某市人民医院…: a name that is also a word, when a hospital follows the gap
            word = read_name(text, head, anchored=True)
            g = RE_ENTRY_GAP.match(text, word.end) if word is not None else None
            name = word if g and any(o.start == g.end() and o.kind == Kind.HOSPITAL for o in orgs) else None
        gap = RE_ENTRY_GAP.match(text, name.end) if name is not None else None
        if gap is None and name is not None and (comma := RE_ENTRY_COMMA.match(text, name.end)) is not None \
                and any(o.start == comma.end() and o.kind in (Kind.HOSPITAL, Kind.ORG_UNIT) for o in orgs):
            gap = comma  # 郑州市:王某,某医院某科主任: a roll's entry, its name and its post apart by a comma
        fellows = [name] if name is not None else []
        if gap is None and name is not None and text.startswith("、", name.end):
            while text.startswith("、", fellows[-1].end) and (nxt := read_name(text, fellows[-1].end + 1)) is not None:
                fellows.append(nxt)  # 7 甲、乙 护理部 …: two people in one cell of a table's row
            gap = RE_ENTRY_GAP.match(text, fellows[-1].end) if len(fellows) > 1 else None
        if gap is not None:
            desc_end = _clause_end(text, gap.end())
            hospitals = [o for o in orgs if fellows[-1].end < o.start < desc_end and o.kind == Kind.HOSPITAL]
            last = hospitals[-1] if hospitals else None
            unit = next((o.label for o in orgs if last is not None and o.kind == Kind.ORG_UNIT
                         and o.start == last.start and o.hospital == last.label), None)
            desc = text[gap.end():desc_end].strip()
            home = last.label if last else None
            if home is None and main and (d := RE_DEPT_HEAD.match(desc)) is not None:
                home, unit = main, main + d.group()  # 李某 妇产科 主任医师, on the article's own roll
            elif home is None and main and (own := next((o for o in orgs if o.start == gap.end() and o.kind == Kind.ORG_UNIT
                                                          and o.hospital == main), None)) is not None:
                home, unit = main, own.label  # 李某 护理党总支第二党支部书记: a unit of the article's hospital
            # (王某 某市卫生健康委员会某处处长: an official of an organ, no hospital's staff)
            organ = home is None and any(o.kind == Kind.AWARDING_BODY and o.start == gap.end() for o in orgs)
            for fellow in fellows:
                add(fellow.start, fellow.end, fellow.name, home, unit,
                    role=desc if desc and not (last and desc == last.surface) else None, official=organ)
            for h in hospitals[:-1]:
                out.append(Span(Kind.PERSON, name.start, name.end, name.name, hospital=h.label,
                                surface=name.name))
    for m in RE_CONFERS.finditer(text):
        name = read_name(text, m.end())
        org = None if name is not None else \
            max((o for o in orgs if o.start == m.end() and o.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)),
                key=lambda o: o.end, default=None)
        if org is not None:  # 授予某医院王某“…”: the name after its hospital or unit
            name = read_name(text, org.end)
        elif name is None and m.group() in ("授予", "追授"):
            name = word_name_before_title(text, m.end())  # 授予高峰“…”: a name that is also a word
        # 授予王某“…”; 授予甲某、乙某和丙某“…”: every name of the list, each followed by the next or the title
        listed = False  # (the last name of a list may end its clause)
        while name is not None and (text.startswith(("等", "、", "和", "同志", "“", "("), name.end)
                                    or RE_COUNT_FOLLOWS.match(text, name.end)  # (授予甲、乙3名同志)
                                    or listed and (name.end == len(text) or text[name.end] in ",，。;；")):
            add(name.start, name.end, name.name, org and (org.hospital or org.label),
                org.label if org and org.kind == Kind.ORG_UNIT else None)
            listed = text.startswith(("、", "和"), name.end)
            name = read_name(text, name.end + 1) if listed else None
    # a person the article named before, named again without a post (欧阳某从医二十余年,…)
    if doc.people_seen:
        # …or by the given name alone, as a feature story calls its subject (曲晓燕, then 晓燕)
        for form, known in [*((k, k) for k in doc.people_seen), *_given_names(doc).items()]:
            pos = text.find(form)
            while pos >= 0:
                end = pos + len(form)
                if (pos == 0 or not "\u4e00" <= text[pos - 1] <= "\u9fff" or text[pos - 1] in NAME_BOUNDARY_BEFORE) \
                        and follows_name(text, end):  # (a dictionary word the article used as a name: 向东)
                    add(pos, end, known)
                pos = text.find(form, pos + 1)
    # 郭某(某市第五医院)、苗某(女,某医院…): names, each with its workplace in brackets
    if text.count(")") >= 1 and ("、" in text or RE_LIST_HEAD.match(text).end() or RE_SPACED_ENTRIES.search(text)
                                 or RE_ONE_ENTRY.match(text)):
        for m in RE_NAME_WITH_PLACE.finditer(text):
            name = read_name(text, m.start(1))
            word = m.group(1)
            noted = RE_PERSON_NOTE.match(m.group(2)) and 2 <= len(word) <= 6 and not any(c in NAME_BAD_CHARS for c in word)
            posted = RE_POST_NOTE.fullmatch(m.group(2)) and 2 <= len(word) <= 3 and word[0] in surname_heads() \
                and not any(c in NAME_BAD_CHARS for c in word[1:])  # 向某(急诊医学部主任): a family name that is a word too
            if (name is None or name.end != m.end(1)) and (noted or posted):
                name = PersonName(m.start(1), m.end(1), word)  # 某某东智(藏族,…): no family name, a person
            if name is None or name.end != m.end(1):
                continue
            inside = [o for o in orgs if m.start(2) <= o.start and o.end <= m.end(2) and o.kind == Kind.HOSPITAL]
            hospital = inside[0].label if inside else None  # (…某科主任,对口支援某县医院: the first is where one works)
            if hospital is None and not m.group().endswith(")"):
                continue  # (a bracket left open on a line broken inside it: 甲(某市某区 / 卫生健康局…), unread)
            unit = None
            if m.group(2) in ("男", "女") and (after := RE_ENTRY_GAP.match(text, m.end())) is not None:
                # 甲(女) 某县人民医院护理部主任: the sex alone in the bracket, the workplace after the gap
                at = next((o for o in orgs if o.start == after.end() and o.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)), None)
                hospital, unit = (at.hospital or at.label, at.label if at.kind == Kind.ORG_UNIT else None) if at \
                    else (None, None)
            if hospital is None and main and (dept := RE_DEPT_HEAD.match(m.group(2))) is not None:
                hospital, unit = main, main + dept.group()  # 甲(心血管内科): on the article's own roll
            known = next((k for k, p in enumerate(out) if p.start == name.start and p.end == name.end), None)
            if known is not None and out[known].hospital is None and hospital is not None:
                out[known] = replace(out[known], hospital=hospital, unit=unit)  # (read first by a list's reader)
            add(name.start, name.end, name.name, hospital, unit, role=None)
    # 内科第一党支部:王某 李某: the members of a unit a roll lists after its name (apart by spaces or 、)
    colon = text.find(":")
    unit = next((o for o in orgs if o.kind == Kind.ORG_UNIT and o.end == colon), None) if colon > 0 else None
    at = colon + 1
    while unit is not None and at < len(text):
        name = read_name(text, at)
        if name is None or not (name.end == len(text) or text[name.end] in " 、"):
            break
        add(name.start, name.end, name.name, unit.hospital, unit.label)
        at = name.end + 1
    # 巾帼风采丨某某:副标题: a feature's headline names its person after the column's name
    for m in RE_COLUMN_BAR.finditer(text):
        name = read_name(text, m.end())
        if name is not None and text.startswith((":", "："), name.end):
            add(name.start, name.end, name.name)
    # a name alone in a table's cell, read by no rule above: 9 某省三八红旗手 王某 某省妇女联合会 2019
    # (not a byline's names: 通讯员 甲 乙, a row with no organ or hospital)
    for at in _cell_starts(text) if orgs else ():
        name = read_name(text, at)
        if name is not None and (name.end == len(text) or text[name.end] == " "):
            add(name.start, name.end, name.name, main or None)
    if main and RE_FORMER_HEADS.match(text):  # 历任院长 甲(1984—1992)、乙(1992—): the hospital's own heads
        out = [replace(p, hospital=main, role=RE_FORMER_HEADS.match(text).group(1), official=False)
               if p.hospital is None else p for p in out]
    doc.people_seen.update((p.label, None) for p in out)
    return out


# what the line after an expert card's name starts with: the person's post or degree
RE_CARD_POST = re.compile(r"(?:主任医师|副主任医师|主治医师|主任护师|副主任护师|主管护师|主任药师|副主任药师|主任技师|副主任技师"
                          r"|二级教授|教授|副教授|研究员|医学博士|博士|硕士|党委书记|院长|副院长|科主任|护士长)")


RE_ENTRY_BRACKET_TAIL = re.compile(r"】\s*")
RE_ENTRY_HEAD_TAIL = re.compile(r"(?:\((?:1[89]|20)\d{2}\s*[—–-]+\s*(?:(?:1[89]|20)\d{2})?\))?,(?:\s*[男女]\s*,)?")


def _card_name(doc: Doc, sent: Sentence) -> PersonName | None:
    """An expert card (专家介绍): a line holding only a name, the person's post on the next line."""
    text = sent.text.strip()
    if not 2 <= len(text) <= 4 or sent.index + 1 >= len(doc.sentences):
        return None
    after = doc.sentences[sent.index + 1]
    if after.paragraph == sent.paragraph or not RE_CARD_POST.match(after.text):
        return None
    start = sent.text.index(text)
    name = read_name(sent.text, start, anchored=True) or read_name_by_tokens(sent.text, start)
    return name if name is not None and name.end == start + len(text) else None


def _after_listed_person(people: list[Span], text: str, role_start: int) -> Span | None:
    """The person with a hospital written right before this post phrase, after 、 (甲医院副院长王某、医务科科长李某)."""
    dept = department_before(text, role_start) if role_start > 0 else None
    start = dept[0] if dept is not None else role_start
    return next((p for p in reversed(people) if p.hospital and not p.official and p.end + 1 == start
                 and text[p.end] == "、"), None)


def _clause_end_comma(text: str, pos: int) -> int:
    """Where the clause from ``pos`` ends: the next comma, full stop or semicolon (or the text's end)."""
    m = RE_COMMA_END.search(text, pos)
    return m.start() if m else len(text)


def _clause_end(text: str, pos: int) -> int:
    m = RE_CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


def _org_before(text: str, phrase_start: int, orgs: list[Span]) -> tuple[Span | None, int]:
    """The hospital or unit a post phrase hangs from: 某市人民医院|神经外科副主任、工会主席|王某."""
    pos = phrase_start
    while True:
        org = next((o for o in orgs if o.end == pos and o.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.AWARDING_BODY)), None)
        if org is not None:
            return org, pos
        back = text[:pos]
        if back.endswith(("、", "兼")):
            pos -= 1
            continue
        sent_by = next((w for w in ("派驻的", "派出的", "选派的", "下派的") if back.endswith(w)), None)
        if sent_by:  # 某医院派驻的执行院长王某: the post is the sending hospital's man's
            pos -= len(sent_by)
            continue
        t = title_before(text, pos)
        if t is not None:
            pos = t[0]
            continue
        for o in orgs:  # 某省卫生健康委员会医政医管处处长: an office of an organ
            if o.kind == Kind.AWARDING_BODY and pos - 10 <= o.end < pos and RE_OFFICE.fullmatch(text, o.end, pos):
                return o, pos
        d = department_before(text, pos)
        if d is not None:
            dept_start = d[0]
            org = next((o for o in orgs if o.end == dept_start and o.kind == Kind.HOSPITAL), None)
            if org is not None:
                return Span(Kind.ORG_UNIT, org.start, pos, org.label + d[1], hospital=org.label), pos
            return None, phrase_start
        return None, phrase_start


__all__ = ["Span", "sentence_spans", "GENERIC_UNITS"]
