"""Honor titles: read the titles a verb of conferral is followed by, and clean them.

Titles come quoted (“全国文明单位”), quoted with a level in front and a head
behind (山东省“巾帼建功”竞赛活动先进工作者), or bare (全国文明单位), one or
many (“A”“B”, A、B等称号). The year (2017年度…), the edition (第六届…) and an
awarding organ written in front (市教卫党委系统“…”) are taken off the title
and returned separately; a bare 省/市/县 in front takes the article's place
(省先进基层党组织 -> 四川省先进基层党组织).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import honor_heads

RE_ITEM = re.compile(
    r"""(?P<pre>[^\s“”"‘’,。;:、()!?]{0,22}?)
        (?:(?P<q>“[^“”\n]{1,40}”|"[^"\n]{1,40}")(?P<tail>[^\s“”",。;:、()!?]{0,14}?)
          |(?P<bare>[^\s“”",。;:、()!?]{2,36}?))
        (?=荣誉称号|称号|荣誉|殊荣|等|、|和|,|。|;|:|!|\(|\s|“|$)""",
    re.X,
)
RE_TERMINATOR = re.compile(r"(?:等\d*(?:多?项|个)?(?:[\u4e00-\u9fff]{0,4}荣誉|[\u4e00-\u9fff]{0,4}称号|[\u4e00-\u9fff]{0,4}殊荣|奖项|表彰)?|荣誉称号|称号|荣誉|殊荣)")
RE_YEAR_PREFIX = re.compile(r"^((?:19|20)\d{2})(?:-(?:19|20)?\d{2,4})?年度?")
RE_EDITION = re.compile(r"^第[一二三四五六七八九十\d]+(?:届|批|次)")
RE_HONORISH = re.compile(r"先进|优秀|模范|示范|标兵|文明|名医|名师|劳模|奖|杯|之星|最美|十佳|红旗|先锋|标杆|巾帼|五一|五四|三八|天使|贡献|突出|卫士|楷模|榜样|好人|道德|能手|英雄")
RE_NOT_HONOR = re.compile(r"^(?:[一二三]级[甲乙丙]等|二甲|三甲|第\d+名|排名|ISO|一等奖$|二等奖$|三等奖$)|认证|评审|验收|立项|达标|复审|通过")
RE_LEVEL_WORD = re.compile(r"^(?:全国|国家级|国家|全省|省级|全市|市级|全县|县级|全区|区级)$")


@dataclass(frozen=True, slots=True)
class HonorName:
    start: int  # sentence-local
    end: int
    label: str
    year: int | None  # the year written in the title (2017年度…)
    prefix_body: str | None  # an organ written in front of the title (市教卫党委系统…)


def read_honors(text: str, pos: int, bodies: list[tuple[int, int, str]] = ()) -> tuple[list[HonorName], int, bool]:
    """Titles starting at ``pos``; returns (titles, end position, ended by 称号/荣誉).

    ``bodies`` are organ spans (start, end, label) already found in the sentence,
    so that an organ written before a quoted title is not taken as part of it.
    """
    items: list[HonorName] = []
    end = pos
    while end < len(text):
        while end < len(text) and text[end] in " \t":
            end += 1
        m = RE_ITEM.match(text, end)
        if not m or m.end() == m.start():
            break
        item = _clean(m, bodies)
        if item is None:
            if not items:
                return [], pos, False
            break
        items.append(item)
        end = m.end()
        if text.startswith(("、", "和"), end) and not text.startswith("和个人", end):
            end += 1
            continue
        if text.startswith(("“", '"'), end):
            continue
        break
    items = _distribute(items)
    t = RE_TERMINATOR.match(text, end)
    terminated = bool(t and t.group())
    if t:
        end = t.end()
    kept = [h for h in items if _honorish(h.label, terminated)]
    return kept, end, terminated


def _clean(m: re.Match[str], bodies) -> HonorName | None:
    pre = m.group("pre") or ""
    start = m.start()
    year = None
    body = None
    if m.group("q"):
        inner = m.group("q")[1:-1]
        tail = m.group("tail") or ""
    else:
        inner, tail = m.group("bare"), ""
        pre, inner = "", pre + inner
    for bs, be, label in bodies:
        if m.start() <= bs < m.start() + len(pre) + (0 if m.group("q") else len(inner)):
            body = label
            cut = be - m.start()
            if m.group("q"):
                pre = pre[cut:] if cut <= len(pre) else ""
            else:
                inner = inner[cut:]
    pre = re.sub(r"^(?:系统|授予|颁发|的)+", "", pre)
    for part in ("pre", "inner"):
        s = pre if part == "pre" else inner
        y = RE_YEAR_PREFIX.match(s)
        if y:
            year = int(y.group(1))
            s = s[y.end():]
        s = RE_EDITION.sub("", s)
        if part == "pre":
            pre = s
        else:
            inner = s
        if m.group("q") is None:
            break
    pre = re.sub(r"^(?:系统|度)", "", pre)
    if m.group("q") and tail:
        label = pre + "“" + inner + "”" + tail
    else:
        label = pre + inner + tail
    label = label.strip()
    if len(label) < 2 or RE_NOT_HONOR.search(label):
        return None
    return HonorName(start, m.end(), label, year, body)


def _distribute(items: list[HonorName]) -> list[HonorName]:
    """省、市、县先进基层党组织 -> 省先进基层党组织, 市先进基层党组织, 县先进基层党组织."""
    if len(items) < 2:
        return items
    last = items[-1]
    heads = items[:-1]
    if all(h.label in ("省", "市", "县", "区", "国家", "全国", "省级", "市级", "县级") for h in heads):
        m = re.match(r"^(省|市|县|区|国家|全国|省级|市级|县级)", last.label)
        if m:
            base = last.label[m.end():]
            return [HonorName(h.start, h.end, h.label + base, h.year or last.year, h.prefix_body) for h in heads] + [last]
    return items


def _honorish(label: str, terminated: bool) -> bool:
    if RE_LEVEL_WORD.match(label):
        return False
    if terminated:
        return True
    return bool(RE_HONORISH.search(label)) or label.endswith(honor_heads())


def individual(label: str) -> bool | None:
    """True for titles given to people, False for titles given to collectives, None when unclear."""
    if re.search(r"集体|单位|组织|党支部|党委|总支|岗|号$|医院|科室|之家|基地|窗口|团队|班组|示范点|中心", label):
        return False
    if re.search(r"个人|工作者|党员|标兵|模范|红旗手|名医|名师|医师|医生|护士|天使|奖章|能手|卫士|英雄|楷模|之星|人员|专家|人物|劳模|好人|干部|书记|院长", label):
        return True
    return None
