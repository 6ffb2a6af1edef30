"""Honor rolls: the lines that head a list of recipients, and the lists themselves.

A roll is headed by 【全国…先进集体】, by 20XX年度某省“…”名单, by 名单如下 after a
decision that announced one title, or by a section line holding a title the
article already named (一、先进集体(6个), a bold line in a WeChat post); its
lines name one recipient each (1. 某医院, 王某 某医院主任) or list several
(甲医院、乙医院; 某市(2个):甲、乙). The awards module reads the recipients.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..patterns import PICTOGRAPHS
from ..records import Kind
from .honors import HonorName, individual, read_honors
from .spans import RE_REGION_CELL, RE_REGION_LABEL, Span

Heading = tuple[tuple[HonorName, tuple[int, ...]], int | None]  # (title, its years), where recipients start on the line
RE_JOIN = re.compile(r"[、和及与]")
RE_HEADLINE_VERB = re.compile(r"授予|荣获|获评|获得|被评为|评为|荣膺|当选|入选|命名|获(?=“)")

RE_ATTACHMENT = re.compile(r"^(?:附件\s*\d{0,2}?\s*[:：]?|附\s*[:：])\s*(?=(?:19|20)\d{2}年|[^\d])")  # 附件12022年度… is 附件1


RE_ROLL_HEADING = re.compile(
    r"^\s*(?:【(?P<br>[^】]{2,40})】[:：]?|(?P<pre>.{0,30}?)(?P<q>“[^”]{2,30}”)?(?P<rest>[^“”]{0,20}?)(?:名单|获得者|获奖名单|表彰名单|获奖(?:单位|集体|个人)名单|受表彰(?:单位|集体|个人)名单)(?:\(.*\))?[:：]?)"
)


RE_ENUMERATED = re.compile(r"^\s*\d{1,3}(?:[.、)]|\s*(?=[\u4e00-\u9fff]))")  # 1. / 1、 / a table's 1 某医院


RE_ROLL_ITEM = re.compile(r"^\s*(?:\d{1,3}(?:[.、)]|(?=\s*[\u4e00-\u9fff]))\s*)?")


# a title's level or place in front (全省…, 某某县…)
_LEVEL = r"(?:全国|全省|全市|全区|全县|全州|[\u4e00-\u9fff]{2,9}?(?:省|自治区|市|州|县))"
RE_ANNOUNCE = re.compile(r"关于(?:通报)?(?:表彰|表扬|命名)(.{2,60}?)的(?:决定|通报|通知)"
                         r"|对[^,。;]{0,16}?(“[^”]{2,30}”(?:[和、及与]\d{0,3}[名个位家]?“[^”]{2,30}”)*)[^,。;]{0,6}予以(?:通报)?表(?:扬|彰)"
                         r"|对([^,。;“]{4,60}?)(?:进行|予以)(?:通报)?表(?:扬|彰)"
                         # a roll's own heading line of two titles: 某市卫生健康系统2023年度先进集体和先进个人名单(某委)
                         # (or 2024年度某市五一劳动奖章、工人先锋号(卫生健康系统)名单)
                         r"|^\s*([^,。;:“”()]{4,40}?)(?:\([^()]{2,12}\))?名单(?:\([^()]{2,30}\))?\s*$"
                         # 在中共中央、国务院、中央军委联合表彰的全国某某先进集体和先进个人中: the titles of a commendation
                         r"|表彰的(" + _LEVEL + r"[^,。;:“”()]{4,40}?)(?:名单)?中")


RE_LIST_FOLLOWS = re.compile(r"(?:获奖|表彰|表扬|具体)?名单(?:按[\u4e00-\u9fff]{1,4})?(?:公布|附后)?如下(?:\([^()]{1,12}\))?[。:：]?$"
                             r"|(?<=[,，])(?:分别是|分别为|依次是|依次为)[:：]$")  # (…共有3名专家上榜,分别是: / 1. 某科主任甲;)
# whom a list announced as following names: people (获表彰职工名单如下) or collectives (先进集体名单如下)
RE_LIST_OF_PEOPLE = re.compile(r"个人|职工|同志|人员|医务|员工|党员")
RE_LIST_OF_COLLECTIVES = re.compile(r"集体|单位|科室|党支部|党组织|部门")


RE_ROLL_GROUP = re.compile(r"[\u4e00-\u9fff]{2,8}[(]\d+[个家名][)][:：]\s*"
                           r"|" + RE_REGION_LABEL.pattern  # (哈尔滨市:甲、乙; 省直单位:甲医院党委)
                           + r"|" + RE_REGION_CELL.pattern)  # (章贡区 甲医院党委)


# 一、全省…群众满意医疗机构(8个) / (二)优秀共产党员 / a bold line holding one title
RE_INLINE_SECTION = re.compile(r"\s*(?P<title>[^,。;:“”()]{2,20}):\s*(?=\S)")  # 模范个人:甲(…)、乙(…)
# (a part's heading may follow a WeChat pictograph or a newspaper's mark: ▲先进集体)
RE_SECTION = re.compile(rf"^[\s{PICTOGRAPHS}\u25A0-\u25FF]*(?:附(?:件\d*)?[:：]\s*)?(?:[一二三四五六七八九十]{{1,3}}[、.]|[(][一二三四五六七八九十]{{1,3}}[)]|\d{{1,2}}[、.])?\s*"
                        r"(?:(?:受到|受|获得|获)?表彰的)?(?P<title>[^,。;:]{4,40}?)(?:获得者|获奖者|名单)?\s*"
                        r"(?:[(](?:共?\d+[个名家位项人](?:,[^()]{0,16})?|[^()]{0,4}不分先后|按[^()]{1,10}(?:排序|排列|为序)|[^()]{0,10}部分|节选)[)])?"
                        r"\s*:?\s*$")  # (一、先进集体(8个); 一、“十佳医生”(排名不分先后))



def listed(text: str, spans: list[Span], head: int) -> list[Span]:
    """甲医院、乙医院急诊科、丙医院: the longest collective starting each item of the list."""
    out: list[Span] = []
    pos = head
    while True:
        cands = [s for s in spans if s.start == pos and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)]
        if not cands:
            break
        best = max(cands, key=lambda s: s.end)
        out.append(best)
        gap = RE_SPACE_GAP.match(text, best.end)  # 甲党支部 乙党支部: a roll's line, set apart by spaces
        if gap is not None:
            pos = gap.end()
            continue
        nxt = RE_ITEM_SEP.search(text, best.end)  # (甲医院党委;乙医院某党支部: a decision's roll by city)
        if nxt is None or text[best.end:nxt.start()].strip(" ()0123456789个家名"):
            break
        pos = nxt.end()
    return out


RE_ITEM_SEP = re.compile(r"[、;；]")
RE_SPACE_GAP = re.compile(r"[ \t\u3000]+(?=\S)")


def announced(text: str) -> list[HonorName]:
    out = []
    if "关于" not in text and "予以" not in text and "进行表" not in text and "名单" not in text and "表彰的" not in text:
        return out  # words each form of the pattern needs
    for m in RE_ANNOUNCE.finditer(text):
        part = m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5)
        honors, _, _ = read_honors(part, 0)
        if m.group(4) and honors and (place := RE_LEVEL_PREFIX.match(honors[0].label)) is not None:
            # 某市五一劳动奖章、工人先锋号名单: the later titles of the place the first names (of its field too:
            # 某省卫生健康系统先进集体和先进工作者名单)
            head = honors[0].label.removesuffix("先进集体") if honors[0].label.endswith("先进集体") else place.group()
            honors = [honors[0], *(h if RE_LEVEL_PREFIX.match(h.label) else replace(h, label=head + h.label)
                                   for h in honors[1:])]
        if m.group(5):
            honors = _in_full(honors)  # (…先进集体和先进个人: the people's title in full before the kinds go)
        if m.group(4) or m.group(5):
            honors = [h for h in honors if RE_LEVEL_PREFIX.match(h.label)]  # (先进集体和先进个人名单: kinds, no titles)
        out.extend(h for h in _in_full(honors) if not h.label.endswith(("和个人", "和先进个人")))
        if RE_AND_COLLECTIVES.search(part):  # 全国三八红旗手(集体): the people's title and the collectives'
            out.extend(replace(h, label=h.label[:-1] + "集体") for h in honors if h.label.endswith("手"))
    return out


RE_AND_COLLECTIVES = re.compile(r"手\s*[(（](?:先进)?集体[)）]")


def _in_full(honors: list[HonorName]) -> list[HonorName]:
    """某某工作先进集体和先进个人 (what a notice commends): the people's title in full too
    (某某工作先进个人), as the roll's sections name it short (二、先进个人)."""
    out = list(honors)
    for k, (a, b) in enumerate(zip(honors, honors[1:]), 1):
        head, tail = a.label.removesuffix("集体"), b.label.removesuffix("个人")
        if head != a.label and tail != b.label and len(head) > len(tail) + 3 and head.endswith(tail):
            out[k] = HonorName(b.start, b.end, head + "个人", b.year or a.year, b.prefix_body, b.quoted)
    return out


def list_follows(text: str, announced_titles: list[HonorName],
                 recent: list[tuple[HonorName, tuple[int, ...]]] = ()) -> Heading | None:
    """名单如下: a list of the one honor the article announced, or the sentence before conferred
    (with the years it gave it); of the one for people or for collectives, when the line says which."""
    if "如下" not in text and "分别" not in text and "依次" not in text or not (m := RE_LIST_FOLLOWS.search(text)):
        return None
    titles = [h for h, _ in recent] + list(announced_titles)
    head = text[:m.start()]
    kind = True if RE_LIST_OF_PEOPLE.search(head) else False if RE_LIST_OF_COLLECTIVES.search(head) else None
    if kind is not None:
        titles = [t for t in titles if individual(t.label) == kind] or titles
    if not titles:
        return None
    h = max(titles, key=lambda x: (len(x.label), x.year or 0))
    if not all(h.label.endswith(o.label.replace("“", "").replace("”", "")) or o.label == h.label
               for o in titles):
        return None  # two different honors announced: which one the list names is unclear
    years = next((ys for r, ys in recent if r is h), ()) or ((h.year,) if h.year else ())
    return (h, years), None


def roll_heading(text: str) -> Heading | None:
    """A line that heads an honor roll: 【全国…先进集体】: / 20XX年度某省“…”名单.

    Returns the title with its year, and where recipients start on the same line (or None).
    """
    if "【" not in text and "名单" not in text and "获得者" not in text:
        return None  # what every heading contains, checked before the slow pattern
    text = RE_ATTACHMENT.sub("", text)
    m = RE_ROLL_HEADING.match(text)
    if not m:
        return None
    if m.group("br"):
        title = m.group("br")
        rest: int | None = m.end() if m.end() < len(text) else None
    else:
        title = (m.group("pre") or "") + (m.group("q") or "") + (m.group("rest") or "")
        rest = None
    title = title.strip()
    honors, _, _ = read_honors(title, 0)
    if len(honors) != 1:
        return None
    h = honors[0]
    return (HonorName(0, 0, h.label, h.year, h.prefix_body, h.quoted), ((h.year,) if h.year else ())), rest


RE_LIST_INTRO = re.compile(r"(?:名单|名录|情况)(?:公布)?如下\s*[:：]?\s*$|如下\s*[:：]\s*$"  # 获表彰名单如下:
                           r"|^\s*附(?:件\d{0,2})?\s*[:：][^,。;:]{0,24}(?:受表彰|获表彰|获奖|表彰)[^,。;:]{0,6}名单\s*[:：]?\s*$")
# (附:我市卫生健康系统受表彰名单: an attachment of the recipients, its parts headed by their titles)


def list_intro(text: str) -> bool:
    """A line announcing the roll below it (获表彰名单如下:), or the top rule of a box a page sets a roll in
    (╔═══╗ / ┌───┐)."""
    return ("如下" in text or "名单" in text) and RE_LIST_INTRO.search(text) is not None \
        or RE_BOX_TOP.fullmatch(text) is not None


RE_BOX_TOP = re.compile(r"\s*[┏╔┌╭][━═─\s]+[┓╗┐╮]\s*")
RE_SCOPE_NOTE = re.compile(r"\([^()]{2,12}(?:系统|部分|行业|领域)\)$")  # 某市三八红旗手(卫生健康系统): the roll's scope


RE_HEADING_COUNT = re.compile(r"\s*(?:\(\d{1,4}\s*(?:个|名|人|家|项|位)\))?\s*[:：]\s*$")


def bare_title_heading(text: str) -> Heading | None:
    """Below a roll's announcement (名单如下:), a line that is one title and nothing else (全县优秀共产党员):
    the heading of the part of the roll listing its recipients."""
    line = RE_HEADING_COUNT.sub("", RE_SCOPE_NOTE.sub("", text.strip()))  # (某称号(4名): its count and colon)
    if not 4 <= len(line) <= 30 or any(c in line for c in ",。;:"):
        return None
    honors, end, _ = read_honors(line, 0)
    if len(honors) != 1 or honors[0].start != 0 or end < len(line):
        return None
    h = honors[0]
    return (HonorName(0, 0, h.label, h.year, h.prefix_body, h.quoted), ((h.year,) if h.year else ())), None


def fuller_title(label: str, titles: list[str]) -> str | None:
    """The last of ``titles`` that is ``label`` with more in front (先进集体 -> 全省卫生健康系统先进集体),
    not a list of titles."""
    return next((k for k in reversed(titles) if k.endswith(label) and len(k) > len(label) and not RE_JOIN.search(k)),
                None)


def section_heading(text: str, conferred: list[str], announced_titles: list[str],
                    years: tuple[int, ...]) -> Heading | None:
    """A line that is nothing but a title the article has already named (授予…“某称号”, 对某某进行表彰):
    the heading of the part of a roll that lists its recipients; or such a title before a colon, the
    recipients after it on the same line (模范集体:甲、乙). ``years`` date a title without its own."""
    if not (conferred or announced_titles):
        return None
    m = RE_SECTION.match(text) if len(text) <= 50 else None
    inline = RE_INLINE_SECTION.match(text) if m is None else None
    if m is None and inline is None:
        return None
    title = (m or inline).group("title")
    if RE_HEADLINE_VERB.search(title):
        return None  # 某医院被授予“…”: a headline, not a heading
    known = conferred + announced_titles
    honors, end, _ = read_honors(title, 0)
    if len(honors) != 1 or honors[0].start > 2 or end < len(title) - 2:
        if not any(k.endswith(title.strip()) and len(k) > len(title.strip()) for k in known):
            return None  # (only the end of a longer title: a line that is a whole name read as one is no heading)
        honors = [HonorName(0, 0, title.strip(), None, None)]  # 模范个人: the end of a title named before
    h = honors[0]
    if not any(h.label == k or h.label.endswith(k) or k.endswith(h.label)
               or _sans_level(h.label) == _sans_level(k) for k in known):
        return None  # (全县先进基层党组织 announced, 于都县先进基层党组织 the heading: one title)
    # 一、先进工作者: the fuller title the article conferred (授予…“某省…先进工作者”称号), or named
    # (not when the article conferred this very title too: 优秀共产党员 under the hospital's own decision)
    placed = [k for k in conferred if k != h.label and h.label.startswith("全") and not k.startswith("全")
              and _sans_level(k) == _sans_level(h.label)  # (全省某系统… under 授予…“某省某系统…”: the province's)
              and k[:len(k) - len(_sans_level(k))].endswith(h.label[1:2])]  # (of that level: 全县 is no 某市)
    label = placed[0] if placed else h.label if h.label in conferred or h.label in announced_titles else \
        fuller_title(h.label, conferred if any(k.endswith(h.label) for k in conferred) else known) or h.label
    return (HonorName(0, 0, label, h.year, h.prefix_body, h.quoted), (h.year,) if h.year else years), \
        (inline.end() if inline else None)


RE_LEVEL_PREFIX = re.compile("^" + _LEVEL)


def _sans_level(title: str) -> str:
    return RE_LEVEL_PREFIX.sub("", title)


# 一、全国五一劳动奖章(中华全国总工会,2023年4月) / 五、第21届全国青年文明号(共青团中央等23家单位联合命名):
# a section of a summary of honors, its title's organs (and date) in brackets
# 一、某奖章(某总工会,2023年4月); 2021年度某市“最美医生”名单(市卫生健康局、某日报社联合评选,排名不分先后)
RE_ORGANS_SECTION = re.compile(r"^\s*(?:(?:[一二三四五六七八九十]{1,3}[、.]|[(][一二三四五六七八九十]{1,3}[)]|\d{1,2}[、.])\s*"
                               r"(?P<title>[^,。;:()“”]{4,30}|“[^“”]{2,30}”)"
                               r"|(?P<list>[^,。;:()“”]{0,20}“[^“”]{2,30}”[^,。;:()“”]{0,6}?名单|[^,。;:()“”]{4,30}?名单))"
                               r"\s*[(](?P<note>[^()]{2,60})[)]\s*:?\s*$")
RE_ORGANS_NOTE_END = re.compile(r"(?:、[\u4e00-\u9fff]{2,10}?(?:报社|日报社|电视台|广播电视台|传媒集团))*"  # (a paper selecting with them)
                                r"(?:等\d*[个家]?(?:单位|部门))?(?:联合|共同)?(?:命名|表彰|授予|评选|颁发|主办)?"
                                r"(?:[,、\s]*(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
                                r"(?:[,;]\s*(?:排名不分先后|按姓氏笔画(?:为序|排序|排列)))?\s*$")


def organs_section(text: str, spans: list[Span]) -> tuple[Heading, list[Span]] | None:
    """A numbered line of one title with the organs that conferred it in brackets: the roll below is
    theirs, of the year the bracket or the title gives."""
    if "(" not in text or (m := RE_ORGANS_SECTION.match(text)) is None:
        return None
    title = m.group("title") or m.group("list")[:-2]  # (a list's title without its 名单)
    honors, end, _ = read_honors(title, 0)
    if len(honors) != 1 or end < len(title.rstrip()):
        return None
    organs: list[Span] = []
    pos = m.start("note")
    for s in sorted((s for s in spans if s.kind == Kind.AWARDING_BODY and s.start >= pos), key=lambda s: s.start):
        if s.start != pos:
            break
        organs.append(s)
        pos = s.end + (1 if text.startswith(("、", "和", "及"), s.end) else 0)
    tail = RE_ORGANS_NOTE_END.fullmatch(text, organs[-1].end, m.end("note")) if organs else None
    if tail is None:
        return None
    h = honors[0]
    years = tuple(dict.fromkeys(y for y in (h.year, int(tail.group("year") or 0)) if y))
    return ((HonorName(0, 0, h.label, h.year, h.prefix_body, h.quoted), years), None), organs


def is_roll_filler(text: str) -> bool:
    """Lines inside a roll that name no recipient but do not end it: |, 某市(2个), 附件1:."""
    return bool(re.match(r"^[\s|]*$|^[\u4e00-\u9fff]{2,8}[((]\d+[个家名]?[))]$|^附件\s*\d*[:：]?$", text))


# 入选的7家示范医院为(按地市排列): / 获评的3个示范科室是: the recipients of a title named before, listed after
RE_SELECTED_ARE = re.compile(r"^\s*(?:此次|本次|其中)?,?(?:入选|获评|获奖|上榜|受表彰|受表扬|被命名)的\s*(?:\d+|[一二三四五六七八九十两]+)"
                             r"[家个名位所]?(?P<kind>[\u4e00-\u9fff“”]{2,12}?)(?:分别)?(?:为|是|有|包括)"
                             r"(?:[(][^()]{0,12}[)])?[:：]\s*")


# 获评全国三八红旗手标兵的2名医务工作者是: the title in the line, its recipients after the colon
RE_TITLED_ARE = re.compile(r"^\s*(?:此次|本次|其中)?,?(?:获评|荣获|获得|被授予|被评为|当选)(?P<title>[^,。;:的]{4,30})的\s*"
                           r"(?:\d+|[一二三四五六七八九十两]+)[家个名位所][\u4e00-\u9fff]{0,8}?(?:分别)?(?:为|是|有|包括)[:：]\s*")


def titled_heading(text: str) -> Heading | None:
    """获评某称号的2名医务工作者是:甲,乙: a title and the recipients it lists after the colon."""
    if "的" not in text or (m := RE_TITLED_ARE.match(text)) is None:
        return None
    honors, end, _ = read_honors(m.group("title"), 0)
    if len(honors) != 1 or end < len(m.group("title")):
        return None
    h = honors[0]
    return (HonorName(0, 0, h.label, h.year, h.prefix_body, h.quoted), ((h.year,) if h.year else ())), m.end()


def selected_heading(text: str, titles: Callable[[], list[HonorName]]) -> Heading | None:
    """入选的7家示范医院为: the roll of the title named before that ends in what the line counts
    (示范医院: “2023年度改善医疗服务示范医院”); its recipients after the colon or on the lines below.

    ``titles`` gives the titles named before, asked for only when the line reads so (they cost a scan
    of the sentences above, and almost no line does)."""
    if "的" not in text or (m := RE_SELECTED_ARE.match(text)) is None:
        return None
    kind = m.group("kind").strip("“”")
    fits = [h for h in titles() if h.label.endswith(kind)]
    if not fits or any(h.label != fits[-1].label for h in fits):
        return None
    h = fits[-1]
    rest = m.end() if m.end() < len(text) else None
    return (HonorName(0, 0, h.label, h.year, h.prefix_body, h.quoted), ((h.year,) if h.year else ())), rest
