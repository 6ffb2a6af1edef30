"""Awarding bodies: national organs by name, regional organs by place + organ word.

National organs come from ``lexicon/organs.tsv`` with their short forms
(中组部 -> 中共中央组织部). Regional organs are a place (or a bare 省/市/县
resolved from the article's context) followed by an organ word from
``lexicon/organ_suffixes.tsv``: 省委 -> 中共某省委, 省卫生健康委 ->
某省卫生健康委员会, 省妇联 -> 某省妇女联合会.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..gazetteer import Division, load_gazetteer
from ..lexicon import national_organs, organ_suffixes
from ..patterns import word_alternation
from ..records import Sentence
from .doc import Doc
from .hospitals import context_place
from .names import place_divisions

PARTY_PREFIX = "中共"


@dataclass(frozen=True, slots=True)
class BodyName:
    start: int  # sentence-local
    end: int
    surface: str
    label: str
    level: str  # national | provincial | city | county
    scoped: bool = False  # a bare 省委 the article's context could not place


@cache
def _national_rx() -> re.Pattern[str]:
    return re.compile(word_alternation(national_organs()))  # the longest form at each position


@cache
def _suffix_rx() -> re.Pattern[str]:
    rows = organ_suffixes()
    alts = "|".join(re.escape(r.short) for r in rows)
    # the organ word must follow a place or a bare 省/市/县/区/州/盟 (省委, 某省卫生健康委, 市府)
    return re.compile(rf"(?<=[省市县区州盟旗])(?:{alts}|府)(?!会|员)")


@cache
def _suffix_end_rx() -> re.Pattern[str]:
    """The last characters of the regional organ words: every match of ``_suffix_rx`` holds one."""
    return re.compile("[" + re.escape("".join(sorted({r.short[-1] for r in organ_suffixes()} | {"府"}))) + "]")


def read_bodies(doc: Doc, sent: Sentence) -> list[BodyName]:
    text = sent.text
    found: list[BodyName] = []
    regional = _suffix_rx().finditer(text) if _suffix_end_rx().search(text) else ()
    placed: tuple[int, Division] | None = None  # where the last organ with its own place ended, and the place
    for m in regional:
        if m.group() == "党委" and not text.endswith("自治区", 0, m.start()):
            continue  # 西藏自治区党委 is the region's committee; 社区党委, 院区党委 are no regional organs
        if text.endswith(FLAG_WORDS, 0, m.start()):
            continue  # 五四红旗团委: a title's 红旗 (red flag), no banner (旗) of Inner Mongolia
        # 湖南省委、省政府: a bare 省 right after a placed provincial organ is that province
        inherited = None
        admin = _bare_admin(text, m.start())
        if placed is not None and text[placed[0]:m.start() - len(admin)] in ("", "、", "和", "及", "与") \
                and placed[1].name.endswith(admin):
            inherited = placed[1]
        body, place = _regional(doc, text, m.start(), m.end(), m.group(), inherited)
        found.append(body)
        if place is not None and (body.start < m.start() - len(admin) or inherited is not None):
            placed = (body.end, place)
    if "地委" in text:
        found.extend(_prefecture_committees(text))
    if ("学院" in text or "大学" in text) and ("委员会" in text or "党委" in text):  # (every match holds both)
        found.extend(BodyName(m.start(), m.end(), m.group(), f"{PARTY_PREFIX}{m.group(1)}委员会", "city")
                     for m in RE_UNIVERSITY_COMMITTEE.finditer(text))
    taken = [(b.start, b.end) for b in found]
    for m in _national_rx().finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        if m.group() in ("卫生计生委", "卫生健康委", "中医药管理局", "中医药局") and m.start() > 0 and text[m.start() - 1] in "省市县区州盟旗":
            continue
        if m.group() == "人事部" and m.start() > 0 and text[m.start() - 1] in "院的":
            continue  # 某医院人事部主任: the hospital's office, not the ministry
        organ = national_organs()[m.group()]
        found.append(BodyName(m.start(), m.end(), m.group(), organ.name, organ.level))
    found.sort(key=lambda b: b.start)
    return [b for b in found if not RE_MEDIUM_AFTER.match(text, b.end)]  # (某卫生健康委门户网站: its website)


# a university's party committee, which commends its hospitals' branches: 中共某医科大学委员会, 某大学党委
RE_UNIVERSITY_COMMITTEE = re.compile(r"(?:中共|(?<=[被由经给向获,，、:：\s“(]))((?:(?!中共)[^\W\d_的了在是和与及对把将为等被由经给向获]){2,10}?(?:大学|学院))(?:委员会|党委)"
                                     r"(?!书记|副书记|委员|常委|办公室|组织部|宣传部|统战部|教师工作部|[\u4e00-\u9fff]{0,4}(?:党支部|总支))")
RE_MEDIUM_AFTER = re.compile(r"(?:门户)?(?:网站|官网|官方网站|微信公众号|公众号|官方微博|客户端)")


def _prefecture_committees(text: str) -> Iterator[BodyName]:
    """中共喀什地委: the party committee of a 地区, written with the prefecture's stem."""
    for m in re.finditer(r"地委(?!员)", text):
        for length in range(min(6, m.start()), 1, -1):
            stem = text[m.start() - length:m.start()]
            if any(d.level == "prefecture" and d.name == stem + "地区" for d in load_gazetteer().lookup(stem + "地区")):
                start = m.start() - length
                start -= 2 if text.endswith(PARTY_PREFIX, 0, start) else 0
                yield BodyName(start, m.end(), text[start:m.end()], PARTY_PREFIX + stem + "地委", "city")
                break


FLAG_WORDS = ("红旗", "锦旗", "国旗", "党旗", "团旗")


def _bare_admin(text: str, s: int) -> str:
    """The administrative word right before an organ word at ``s``: 自治区 or one character (省, 市 ...)."""
    return "自治区" if text.endswith("自治区", 0, s) else text[s - 1]


def _league_prefix(text: str, start: int) -> str:
    """共青团 or 团 written right before a committee's place (共青团某省委, 团省委), else ''."""
    for prefix in ("中国共产主义青年团", "共青团", "团"):
        if text.endswith(prefix, 0, start):
            return prefix
    return ""


def _regional(doc: Doc, text: str, s: int, e: int, word: str,
              inherited: Division | None = None) -> tuple[BodyName, Division | None]:
    """The organ whose word is text[s:e], with its place: written before it, else ``inherited``
    (from the organ it is listed with), else the article's."""
    row = next((r for r in organ_suffixes() if r.short == word), None)
    full, party = (row.full, row.party) if row else ("人民政府", False)
    # the place: the longest place form ending right before the organ word, else a bare admin char
    place = None
    admin = _bare_admin(text, s)
    start = s - 1
    for length in range(min(12, s), 1, -1):
        cand = text[s - length:s]
        if not cand[0].strip():
            continue  # (a place starts at a character, not at the space before it)
        # (its last character the division's own: not 五四红旗团委, 红旗 the short form of a 红旗区)
        divs = [d for d in place_divisions(cand) if d.name.endswith(cand[-1])]
        if divs and cand[-1] in "省市县区州盟旗":
            place = load_gazetteer().resolve(cand, doc.context_codes) or divs[0]
            start = s - length
            break
    scoped = False
    if place is None:
        start = s - len(admin)
        place = inherited or context_place(doc, admin)
        if place is None:
            scoped = True
    # 共青团山西省委(员会), 团市委: the Youth League's committee
    league = word in ("委", "委员会") and _league_prefix(text, start)
    if league:
        start -= len(league)
        full, party = "委员会", False
    elif start >= 2 and text[start - 2:start] == PARTY_PREFIX:
        start -= 2
    elif start >= 5 and text[start - 5:start] == "中国共产党":
        start -= 5
    surface = text[start:e]
    if scoped:
        label = surface
    else:
        name = place.name
        if party and not league and full in ("委", "委员会") and place.level == "county" and len(name) == 2:
            name += name[-1]  # 中共蔚县县委: a county of one character's name says its 县 twice
        if party and not league and full == "委" and name.endswith(("自治州", "自治县", "自治旗")):
            full = "委员会"  # 中共黔东南苗族侗族自治州委员会, the formal name (中共…自治州委 is no usual form)
        label = ("共青团" if league else PARTY_PREFIX if party else "") + name + full
    level = {"province": "provincial", "prefecture": "city", "county": "county"}.get(
        place.level if place else "", "provincial" if admin in ("省", "自治区") else "city")
    return BodyName(start, e, surface, label, level, scoped), place
