"""Hospitals: names read by hospital-name grammar, short forms resolved in context.

A hospital name is, left to right: places (province … county), an
institution (…大学, …医学院), 附属, a proper name (协和, 同仁), type words
(人民, 中心, 第一, 妇幼保健) and a suffix (医院, 卫生院, 保健院). The reader
walks left from each suffix over jieba's words and stops at the first word
that cannot belong to a name. Military hospitals, named by force and number
(联勤保障部队第九〇〇医院), are read by a pattern of their own. Short forms (市中心医院, 县人民医院, 州医院) take
the place the article is about; 我院/本院/该院 take the article's own hospital.

requires: Doc.sentences, Doc.places (for context); assigns: Doc.hospitals,
Doc.hospital_mentions, Doc.main_hospital.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..gazetteer import Division, load_gazetteer
from ..lexicon import departments, hospital_name_parts, hospital_suffixes
from ..records import Kind, Sentence, Token
from ..segment import general_freq, segmenter_name, tokenize, word_tags
from .doc import Doc
from .names import (
    ADMIN_CHARS,
    COMMON_VERB_FREQ,
    TYPE_ONLY_SPECIFIC,
    classify,
    left_words,
    place_divisions,
    weak_proper,
)

# (人医 only as a word's end: 沂南人医, not the 人医 of 工人医院 or 人民医院)
RE_SUFFIX = re.compile("|".join(w + "(?!院)" if w == "人医" else w for w in hospital_suffixes()))
RE_NOT_A_HOSPITAL_AFTER = re.compile(r"(?:协会|学会|联盟|合作联盟|管理局|管理中心|管理委员会|管理分会|管理研究所|研究所|评审|等级|排名|绩效|建设项目|院感)")
RE_ALIAS_DECLARED = re.compile(r"^\s*\((?:[^()]{2,30}?[,，;；]\s*)?(?:以下)?(?:简称|下称)[:为]?\s*[“\"]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"]?\s*\)")
RE_DECLARED_BEFORE = re.compile(r"称[:为]?\s*[“\"]?$")  # (以下简称“…”: where a short name is declared)
RE_ALIAS_PAREN = re.compile(r"^\s*\(([\u4e00-\u9fff]{2,20}(?:医院|中心|保健院))(?:\)|[,，;；]\s*(?:以下)?(?:简称|下称))")
RE_SELF = re.compile(r"我院|本院|该院|我们医院|院党委|院领导")
RE_CLAUSE_HOSPITAL = re.compile(r"(?:^|(?<=[,。;!?\n]))医院(?!党委|领导|院长|职工)")
AID_LEADS = "赴|到|去|前往|支援|帮扶|援助|托管|派驻|派往|驻|受援|进驻|来到|走进|对口|与"  # what a place gone to follows
RE_AID_BEFORE = re.compile(f"(?:{AID_LEADS})$")
GENERIC_INSTITUTIONS = frozenset("大学 学院 医学院 医科大学 中医药大学 医药大学 卫生学校 军医大学".split())
RE_LIST_GAP = re.compile(r"^[、,和及与]{1,2}$")
# 巡查组进驻某医院: inspectors come to the hospital the article is about (no place it goes to)
RE_INSPECTED = re.compile(r"(?:巡查|督导|检查|考核|评审|调研|验收|暗访|巡视|巡察|督查|评估)(?:第[一二三四五六七八九十\d]+)?(?:组|团|小组)"
                          r"(?:一行)?(?:进驻|来到|走进|莅临|到)$")


@dataclass(frozen=True, slots=True)
class HospitalName:
    start: int  # sentence-local
    end: int
    surface: str
    label: str
    location: str | None  # adcode of the innermost place in the name
    type_only: bool = False  # 肿瘤医院: kept only when the article repeats it


# Military hospitals name their force and number, not a place: 中国人民解放军总医院(第一医学中心),
# 联勤保障部队第九〇〇医院, 武警湖北省总队医院, 火箭军特色医学中心, 陆军第八十集团军医院.
_FORCE = r"(?:中国人民解放军|解放军|中国人民武装警察部队|武警)"
_BRANCH = r"(?:联勤保障部队|陆军|海军|空军|火箭军|战略支援部队|第[一二三四五六七八九十]{1,3}集团军|(?P<corps>[\u4e00-\u9fff]{2,8}?)总队)"
_MILITARY_TAIL = r"(?:第[〇零一二三四五六七八九十百0-9]{1,4}医院|总医院(?:第[一二三四五六七八]医学中心)?|特色医学中心|医院)"
RE_MILITARY = re.compile(
    rf"{_FORCE}{_BRANCH}*{_MILITARY_TAIL}"
    rf"|(?:联勤保障部队|陆军|海军|空军|火箭军)(?:第[〇零一二三四五六七八九十百0-9]{{3,4}}医院|特色医学中心)"
)


RE_MILITARY_HINT = re.compile(r"军|武警|部队")  # every military name holds one: most sentences skip the search


def _military_names(text: str) -> list[HospitalName]:
    out = []
    for m in RE_MILITARY.finditer(text):
        corps = m.group("corps")
        divisions = place_divisions(corps) if corps else ()
        location = divisions[0].code if divisions and divisions[0].level == "province" else None
        out.append(HospitalName(m.start(), m.end(), m.group(), m.group(), location))
    return out


def read_hospital_names(doc: Doc, sent: Sentence) -> Iterator[HospitalName]:
    """The hospital names of a sentence, in order; a university hospital's district campus written right
    after it (北京大学第三医院延庆医院) joined to it."""
    previous: HospitalName | None = None
    for name in _read_hospital_names(doc, sent):
        if previous is not None and name.start == previous.end and _campus_of(previous, name):
            # 北京大学第三医院延庆医院: a university hospital's campus in a district, one hospital
            name = HospitalName(previous.start, name.end, previous.surface + name.surface,
                                previous.label + name.surface, name.location or previous.location)
        elif previous is not None:
            yield previous
        previous = name
    if previous is not None:
        yield previous


def _department_centre(surface: str) -> bool:
    """急诊医学中心 (急诊医学科), 心血管病中心: a clinical department's centre, no hospital."""
    stem = surface[:-2]
    units = departments()
    return bool(stem) and (stem + "科" in units or stem in units or stem.endswith("病") and stem[:-1] + "科" in units)


def _campus_of(university: HospitalName, campus: HospitalName) -> bool:
    """Is ``campus`` (延庆医院, 厦门医院) a place's name and 医院, written right after a university's hospital?"""
    return ("大学" in university.surface or "医学院" in university.surface) and campus.surface.endswith("医院") \
        and 2 <= len(campus.surface) - 2 <= 3 and bool(place_divisions(campus.surface[:-2]))


def _read_hospital_names(doc: Doc, sent: Sentence) -> Iterator[HospitalName]:
    text = sent.text
    military = _military_names(text) if RE_MILITARY_HINT.search(text) else []
    last_end = -1
    for m in RE_SUFFIX.finditer(text):
        while military and military[0].start <= m.start():
            last_end = max(last_end, military[0].end)
            yield military.pop(0)
        if m.start() < last_end:
            continue
        if RE_NOT_A_HOSPITAL_AFTER.match(text, m.end()):
            continue
        if m.start() == last_end and m.group() in ("医院集团", "医疗集团", "医院"):
            continue  # (某医院医院感染控制中心: the department of infection control, not a second name)
        if not _name_can_end_at(text, m.start()):
            continue
        counted = RE_COUNT_OF_COUNTIES.search(text, max(0, m.start() - 6), m.end()) if m.group() == "医院" else None
        if counted is not None and counted.end() == m.end():
            listed = _counted_hospitals(doc, text, counted)  # 甲、乙、丙三县人民医院: the hospital of each
            if listed:
                last_end = m.end()
                yield from listed
                continue
        offset, words = _words_before(text, m.start())
        name = _read_name(doc, text, _unglue_county(text, offset, words), offset, m.end(), sent.index)
        if name is not None and (RE_COUNTED_PLACES.search(name.surface) or RE_COUNT_OF_HOSPITALS.match(name.surface)):
            continue  # 甲县、乙县两县人民医院, 三十多家医院: hospitals counted, none named
        if name is not None and m.group().endswith("中心") \
                and (name.surface in departments()  # (儿童医学中心 alone; not 某省妇女儿童医学中心)
                     or any(_department_centre(name.surface[k:]) for k in range(len(name.surface) - 3))):
            continue  # 急诊医学中心, 心血管病中心: a hospital's department, named as a centre
        if name is not None and RE_TITLE_WORDS.search(name.surface):
            continue  # “河南省改善医疗服务先进典型医院”, 爱婴医院, 甲级卫生院: a title or grade of hospitals, not one
        if name is not None and m.group() == "人医":
            name = _renmin_yiyuan(name)  # 沂南人医, 省人医: the people's hospital, written short
        if name is not None and (branch := RE_BRANCH_AFTER.match(text, name.end)) and _branch_name(branch.group(1)):
            name = replace(name, end=branch.end(), surface=text[name.start:branch.end()],
                           label=name.label + branch.group())  # 某县总医院某某分院: a county's branch, a hospital
        if name is not None:
            last_end = name.end
            yield name
    yield from military
    if "分院" in text:
        yield from _bare_branches(text)


# a branch of a county's hospital or medical community, once a township's health centre (某县总医院沙扒分院)
RE_BRANCH_AFTER = re.compile(r"(?:医共体)?([\u4e00-\u9fff]{2,3}?)分院")
RE_BARE_BRANCH = re.compile(r"(?:^|(?<=[,。;:、和与及在到“\s]))([\u4e00-\u9fff]{2,3}?)分院")
NOT_BRANCH_NAME = re.compile(r"[各家个等该其本我他她们多总院医区县市省的了是为和与及在到共体领带]|^[一二三四五六七八九十东南西北]|^(?:乡镇|社区|基层|城区)")


def _branch_name(stem: str) -> bool:
    """A branch's own name (沙扒, 王村口): not a count, a pronoun, a direction or a numbered one."""
    return NOT_BRANCH_NAME.search(stem) is None


def _bare_branches(text: str) -> Iterator[HospitalName]:
    """沙扒分院 named alone, after a clause's start or a list's comma."""
    for m in RE_BARE_BRANCH.finditer(text):
        if _branch_name(m.group(1)):
            yield HospitalName(m.start(1), m.end(), m.group(), m.group(), None)


def _renmin_yiyuan(name: HospitalName) -> HospitalName | None:
    """某县人医 is 某县人民医院; a bare county's stem before it (沂南人医) takes the county's full name."""
    stem, location = name.label[:-2], name.location
    if not stem.endswith(("省", "市", "县", "区", "州", "旗")):
        counties = [d for d in place_divisions(stem) if d.level == "county"]
        if len(counties) != 1:
            return None
        stem, location = counties[0].name, location or counties[0].code
    return replace(name, label=stem + "人民医院", location=location)


RE_COUNT_OF_HOSPITALS = re.compile(r"[\d一二两三四五六七八九十百千几数]+[多余]?家")
RE_COUNT_OF_COUNTIES = re.compile(r"([两二三四五六七八九十])(?:个)?(县|旗|市|区)((?:人民|中医)?医院)")
RE_LISTED_PLACE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:[县旗])?$")
COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _counted_hospitals(doc: Doc, text: str, m: re.Match[str]) -> list[HospitalName]:
    """石渠、色达、理塘三县人民医院: the hospital of each county listed before the count, when the list
    holds as many places as the count says and each is a county of the gazetteer (in the article's
    province, where the short form is shared)."""
    count, admin, rest = COUNTS[m.group(1)], m.group(2), m.group(3)
    end = m.start()
    head = text[max(0, end - 12 * count):end]
    items = re.split(r"[、和及与]", head)[-count:]
    if len(items) != count:
        return []
    gaz = load_gazetteer()
    context = doc.context_codes
    out: list[HospitalName] = []
    pos = end
    for k, item in enumerate(reversed(items)):
        first = k == count - 1  # (the first item runs back into the clause: 对口帮扶石渠: its place ends it)
        county = None
        for size in (range(min(len(item), 8), 1, -1) if first else (len(item),)):
            word = item[-size:]
            form = word if word.endswith(admin) else word + admin
            county = gaz.resolve(form, context)
            if county is not None and county.level == "county":
                item = word
                break
        if county is None or county.level != "county" or not 2 <= len(item) <= 8:
            return []
        start = pos - len(item)
        out.append(HospitalName(start, pos, item, county.name + rest, county.code))
        pos = start - 1
    return out[::-1]


def _unglue_county(text: str, offset: int, words: tuple[Token, ...]) -> tuple[Token, ...]:
    """建成县医院 is 建成 + 县医院 (the county's hospital), not 建 + 成县医院, though 成县 is a county:
    a two-character county whose first character ends a common verb begun before it is read as 县."""
    for k, tok in enumerate(words):
        start = offset + tok.start
        if len(tok.text) == 2 and tok.text[1] == "县" and start > 0:
            verb = text[start - 1] + tok.text[0]
            if word_tags().get(verb) in ("v", "vn") and general_freq(verb) >= COMMON_VERB_FREQ:
                return (*words[:k], Token("县", tok.start + 1, tok.end))
    return words


RE_TITLE_WORDS = re.compile(r"先进|示范|模范|标兵|爱婴|十佳|百佳|优秀|改善医疗服务|群众满意|人民满意|规范化|标准化|甲级|星级")
WINDOW = 24  # no hospital name runs longer than this before its suffix
# 甲县、乙县两县人民医院, 隆德、泾源两县医院: a count of places (多, 几, 各 only after a list or alone: 杂多县 is a county)
RE_COUNTED_PLACES = re.compile(r"(?:(?:^|(?<=[县市区旗、,]))[几多各]|(?<!第)[两二三四五六七八九十]|(?<!第)\d+)(?:个)?(?:县|市|区|旗|乡|镇)(?:级|区)?"
                               r"(?:人民|中医|妇幼|医院|卫生)")


@cache
def _name_chars() -> frozenset[str]:
    """Characters a word of a hospital name can end in (any other word reads as a stop)."""
    return frozenset(chr(c) for c in (*range(0x3400, 0x4E28), *range(0x4E29, 0xA000))) \
        | frozenset(c for part in hospital_name_parts() for c in part)


def _name_can_end_at(text: str, s: int) -> bool:
    """Can a name stand before a suffix at ``s``? Not at the start, nor after punctuation or a space:
    the word there classifies as a stop whatever the segmenter makes of it, so no window is cut."""
    return s > 0 and text[s - 1] in _name_chars()


# Punctuation and spaces: the segmenters (jieba, rjieba) cut the text on either side of one of these
# on its own, whatever stands beyond it, and the name reader stops at such a mark (a word of it is a
# stop). ("." is not one: jieba reads 1.5 and A.B with the text around them.)
_BREAK = r"(?:[\s,;:!?()\[\]{}<>\"'|/，。、；：！？“”‘’（）《》【】〔〕「」『』…—·]|(?<=—)记)"  # (——记某医院…: a feature's subtitle)
RE_BREAK = re.compile(_BREAK)
RE_LAST_BREAK = re.compile(".*" + _BREAK, re.S)


def _words_before(text: str, end: int) -> tuple[int, tuple[Token, ...]]:
    """The words left of a suffix at ``end``, right to left, as (offset, words at offsets into
    the window). Only the stretch where a name can be is segmented: at most WINDOW characters
    before the suffix and 4 from it, and nothing beyond a punctuation mark on either side."""
    start = max(0, end - WINDOW)
    mark = RE_LAST_BREAK.match(text, start, end)
    if mark is not None:
        start = mark.end()
    mark = RE_BREAK.search(text, end, end + 4)
    stop = mark.start() if mark is not None else end + 4
    return start, _window_words(segmenter_name(), text[start:stop], end - start)


@lru_cache(maxsize=1 << 15)
def _window_words(segmenter: str, window: str, end: int) -> tuple[Token, ...]:
    """``left_words`` of a window, remembered: a hospital named again and again brings the same
    window (segmenting is pure; the segmenter is part of the key)."""
    return tuple(left_words(tokenize(window), window, end))


def _read_name(doc: Doc, text: str, words: tuple[Token, ...], offset: int, e: int,
               index: int) -> HospitalName | None:
    """The hospital name ending at ``e``, read over ``words`` (right to left, at ``offset``)."""
    stage = 0  # 0 type words, 1 proper name, 2 institution, 3 places
    accepted: list[tuple[str, str, int, int]] = []  # (word, role, start, end), right to left
    proper_chars = 0
    inst_stem_open = False
    for k, tok in enumerate(words):
        role = classify(tok.text)
        if role == "stop" and tok.text == "中国" and stage == 2:
            role = "place"  # 中国科学技术大学附属第一医院: the country before a university's name
        elif role == "stop" and k == 0 and tok.text in TOPONYM_ENDS and len(words) > 1 \
                and classify(words[1].text) == "proper":
            role = "proper"  # 弋矶 + 山医院: a hill's or a river's name the segmenter cut before its last character
        if tok.text == "医疗" and accepted and accepted[-1][0] in ("中心", "集团") and stage == 1:
            role = "inst"  # 宁波市医疗|中心|李惠利医院: a city's medical centre, its hospital named within it
        if role == "stem":  # a bare place stem: a proper name next to the suffix, else a place
            role = "proper" if stage <= 1 and proper_chars == 0 and not _has_role(accepted, "place") else "place"
            if inst_stem_open:
                role = "inststem"
        if role == "part" and stage <= 2:
            pass
        elif role == "part" and tok.text == "附属":  # 首都医科大学附属|北京|天坛医院: a place inside the name
            stage = 2
        elif role == "admin" and stage <= 1:
            pass
        elif role == "proper" and inst_stem_open:
            role, inst_stem_open = "inststem", False
        elif role == "inststem":
            inst_stem_open = False
        elif role == "proper" and stage <= 1 and proper_chars + len(tok.text) <= 5:
            stage, proper_chars = 1, proper_chars + len(tok.text)
        elif role == "inst" and (stage <= 2 or accepted and accepted[-1][0] == "附属"
                                 or _university_city(tok.text, accepted)):
            stage, inst_stem_open = 2, tok.text in GENERIC_INSTITUTIONS
        elif role == "place":
            stage, inst_stem_open = 3, False
        elif role == "admin" and stage == 3 and accepted and accepted[-1][1] == "place":
            pass
        else:
            break
        accepted.append((tok.text, role, tok.start + offset, tok.end + offset))
    if not accepted:
        return None
    accepted.reverse()
    accepted = _from_widest_place(accepted)
    roles = [r for _, r, _, _ in accepted]
    if roles[0] == "inst" and accepted[0][0] in ("大学", "学院", "医学院", "医科大学"):
        return None  # 大学附属医院: an institution needs its own name
    propers = [w for w, r, _, _ in accepted if r == "proper"]
    if len(accepted) >= 2 and roles[0] == "proper" and roles[1] == "admin" \
            and general_freq(accepted[0][0]) >= COMMON_VERB_FREQ:
        return None  # 的时候县医院: a common word before 县 names no county (the gazetteer's would read as places)
    if roles == ["proper", "admin"] and accepted[1][0] in ("县", "市", "区", "州", "旗") \
            and not place_divisions(accepted[0][0] + accepted[1][0]) and not place_divisions(accepted[0][0]):
        return None  # 水乡县医院: a word before 县医院 that names no county (the story's, not a place's)
    if propers and not any(r in ("place", "inst", "inststem") for r in roles):
        if len(propers) == 1 and (weak_proper(propers[0]) or len(propers[0]) == 1
                                  or len(propers[0]) == 2 and propers[0][-1] == "县"):
            return None  # 现代医院, 自家医院; 帮县医院 (a verb's character before 县医院: no county is 帮县)
    start = accepted[0][2]
    surface = text[start:e]
    if roles[0] == "admin":
        return _short_form(doc, accepted, start, e, surface, index)
    if not any(r in ("place", "inst", "proper", "inststem") for r in roles):
        if any(w in TYPE_ONLY_SPECIFIC for w, _, _, _ in accepted) and len(accepted) == 1:
            return HospitalName(start, e, surface, surface, None, type_only=True)
        return None
    return _full_name(doc, accepted, start, e, surface)


PLACE_RANKS = {"province": 1, "prefecture": 2, "county": 3}
RE_INST_END = re.compile(r"(?:医科大学|中医药大学|大学|医学院|学院)$")


def _from_widest_place(accepted):
    """A name's places go from the widest in: a county's short name before a province's (会同 +
    山东大学齐鲁医院, 会同 'together with') is a word of the clause, not part of the name."""
    ranks = [_place_rank(w) if r in ("place", "stem", "inststem") else
             _place_rank(RE_INST_END.sub("", w)) if r == "inst" else None for w, r, _, _ in accepted]  # (山东大学)
    cut = 0
    for j, rj in enumerate(ranks):
        if rj is not None and any(ri is not None and ri > rj for ri in ranks[cut:j]):
            cut = j
    return accepted[cut:]


@lru_cache(maxsize=1 << 12)
def _place_rank(word: str) -> int | None:
    """1 for a province, 2 for a prefecture, 3 for a county the word can name (the widest); None for none."""
    from ..gazetteer import load_gazetteer

    found = [PLACE_RANKS[d.level] for d in load_gazetteer().lookup(word) if d.level in PLACE_RANKS]
    return min(found) if found else None


def _university_city(inst: str, accepted) -> bool:
    """浙江大学|湖州|医院: a named university's hospital in a city, the city right before the type words."""
    return inst not in GENERIC_INSTITUTIONS and inst.endswith(("大学", "医学院")) \
        and [r for _, r, _, _ in accepted if r == "place"] == ["place"] and accepted[-1][1] == "place" \
        and not _has_role(accepted, "proper")


TOPONYM_ENDS = frozenset("山江河湖海岭峰桥湾洲塘坪坝沟泉")


def _has_role(accepted, role: str) -> bool:
    return any(r == role for _, r, _, _ in accepted)


def _short_form(doc: Doc, accepted, start: int, end: int, surface: str, index: int) -> HospitalName | None:
    admin = accepted[0][0]
    rest = surface[len(admin):]
    if any(r in ("place", "inst", "proper", "inststem") for _, r, _, _ in accepted[1:]):
        return None
    group = _roll_group_place(doc, index)
    place = group if group is not None and group.name.endswith(admin) else context_place(doc, admin)
    if place is None:
        return None
    label = place.name + rest
    return HospitalName(start, end, surface, label, place.code)


# a roll's group heading: 洛阳市(2个), 郑州市(3名): its lines are of that city (市中心医院 is 洛阳市中心医院)
RE_GROUP_HEADING = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,10}?(?:市|州|盟|地区))\s*\(\d+[个名家位人]\)[:：]?")
GROUP_REACH = 12  # lines back a group heading may be, within one roll


def _roll_group_place(doc: Doc, index: int) -> Division | None:
    """The city of the roll group this line is in: its heading, this line or one shortly before
    it, with no sentence of prose in between."""
    for i in range(index, max(-1, index - GROUP_REACH), -1):
        text = doc.sentences[i].text
        m = RE_GROUP_HEADING.match(text)
        if m is not None:
            divs = [d for d in load_gazetteer().lookup(m.group("place")) if d.level in ("prefecture", "province")]
            return divs[0] if len(divs) == 1 else None
        if i < index and (len(text) > 60 or text.endswith("。")):
            return None  # (a paragraph: the roll, if any, started after it)
    return None


def context_place(doc: Doc, admin: str) -> Division | None:
    """The division a bare 省/自治区/市/县/区/州/盟 stands for in this article."""
    if admin in ("省", "自治区"):
        home = _home_province(doc)  # (a story of aid across provinces: 省 is the teller's own)
        if home is not None and home.name.endswith(admin):
            return home
        return doc.province if doc.province and doc.province.name.endswith(admin) else None
    if admin == "市":
        home = _home_city(doc)
        if home is not None:
            return home
        for d in (doc.prefecture, doc.province):
            if d is not None and d.name.endswith("市"):
                return d
        return None
    if admin in "州盟":
        d = doc.prefecture
        return d if d is not None and d.name.endswith(admin) else None
    if admin in "县区旗":
        d = doc.county
        return d if d is not None and d.name.endswith(admin) else None
    return None


def _home_province(doc: Doc) -> Division | None:
    """The province of the article's own hospital, when its name places it."""
    mention = doc.hospitals.get(doc.main_hospital) if doc.main_hospital else None
    code = mention.attr("location") if mention else None
    return load_gazetteer().province_of(code) if code else None


def _home_city(doc: Doc) -> Division | None:
    """The city of the article's own hospital, when its name places it: a county-level city's (张家港市, in
    苏州市) when the article is placed in it too."""
    if doc.main_hospital is None:
        return None
    mention = doc.hospitals.get(doc.main_hospital)
    code = mention.attr("location") if mention else None
    if not code:
        return None
    gaz = load_gazetteer()
    for d in gaz.chain(code):
        if d.name.endswith("市") and (d.level in ("prefecture", "province") or d == doc.county):
            return d
    return None


def _full_name(doc: Doc, accepted, start: int, end: int, surface: str) -> HospitalName | None:
    gaz = load_gazetteer()
    words: list[tuple[str, int]] = []  # the place words the name opens with, an admin word joined to its place
    for word, role, ws, _ in accepted:
        if role == "place":
            words.append((word, ws))
        elif role == "admin" and words and ws == words[-1][1] + len(words[-1][0]):
            words[-1] = (words[-1][0] + word, words[-1][1])
        else:
            break
    places = [(w, ws, d) for (w, ws), d in zip(words, _chain_divisions(doc, [w for w, _ in words]))]
    # a place word before a county's name that does not hold the county is no part of the name
    # (邓建华任县人民医院: a given name that is also a district's, then 任县)
    county = next(((w, ws) for w, r, ws, _ in accepted if r == "proper" and w.endswith("县")), None)
    if places and county is not None and places[-1][2] is not None and (
            places[-1][2].level == "county" or place_divisions(county[0])
            and not any(gaz.within(c.code, places[-1][2].code) for c in place_divisions(county[0]))):
        if len(county[0]) == 2 and not place_divisions(county[0]):
            return None  # (邓建华任县人民医院: 任 serves, no county is 任县)
        surface, start = surface[county[1] - start:], county[1]  # (no county lies in a district)
        where = gaz.resolve(county[0], doc.context_codes)
        return HospitalName(start, end, surface, surface, where.code if where else None)
    label = surface
    location = None
    if places:
        divisions = [d for _, _, d in places]
        inner = max(range(len(places)), key=lambda i: _rank(divisions[i]))
        location = divisions[inner].code if divisions[inner] else None
        first = divisions[0]
        if len(places) >= 2 and first is not None and first.level == "province" and first.name.endswith("市"):
            label = first.name + surface[places[1][1] - start:]  # municipality + district: kept whole
        elif len(places) >= 2:
            label = surface[places[inner][1] - start:]
            outer = divisions[inner - 1] if inner >= 1 else None
            if divisions[inner] is not None and divisions[inner].level == "county" and divisions[inner].name.endswith("区") \
                    and outer is not None and outer.level == "prefecture" \
                    and divisions[inner].parent == outer.code:
                label = surface[places[inner - 1][1] - start:]  # 兰州市西固区人民医院: a district keeps its city
        inner_div = divisions[inner]
        # a district of a municipality gets the municipality; a county stays as written (城口县人民医院),
        # and so does a hospital under the name of the county its district was (某县卫生院)
        if len(places) == 1 and inner_div is not None and inner_div.level == "county" and \
                not places[0][0].endswith("县"):
            prov = gaz.province_of(inner_div.code)
            if prov is not None and prov.name.endswith("市") and inner_div.parent == prov.code:
                label = prov.name + surface[places[0][1] - start:]
    if location is None:
        location = _institution_place(doc, accepted)
    return HospitalName(start, end, surface, label, location)


def _chain_divisions(doc: Doc, words: list[str]) -> list[Division | None]:
    """The divisions of a chain of place words (新疆阿勒泰地区福海县): each inside the one before it, and
    the first the one the next lies in, before the article's context is asked (新疆 the region, not a
    street of that name in the article's city)."""
    gaz = load_gazetteer()
    out: list[Division | None] = []
    for i, word in enumerate(words):
        cands = place_divisions(word)
        prev = out[-1] if out else None
        d = None
        if prev is not None:
            inside = [c for c in cands if gaz.within(c.code, prev.code)]
            d = inside[0] if len(inside) == 1 else gaz.resolve(word, [prev.code, *doc.context_codes]) if inside else None
        elif i + 1 < len(words):
            after = place_divisions(words[i + 1])
            heads = [c for c in cands if any(gaz.within(a.code, c.code) for a in after)]
            d = heads[0] if len(heads) == 1 else None
        out.append(d or gaz.resolve(word, doc.context_codes) or next(iter(cands), None))
    return out


def _institution_place(doc: Doc, accepted) -> str | None:
    """The province of a university's hospital when only the university's name places it (福建医科大学… -> 福建省)."""
    gaz = load_gazetteer()
    for word, role, _, _ in accepted:
        if role not in ("inst", "inststem"):
            continue
        for n in range(min(len(word), 8), 1, -1):
            d = gaz.resolve(word[:n], doc.context_codes)
            if d is not None and d.level in ("province", "prefecture"):
                province = gaz.province_of(d.code)  # only the province: 中山大学 is not in 中山市
                return province.code if province else None
    return None


def _rank(d: Division | None) -> int:
    return {"province": 0, "prefecture": 1, "county": 2, "township": 3}.get(d.level, -1) if d else -1


def find_hospitals(doc: Doc) -> None:
    """Read every hospital name of the article; settle aliases and the article's own hospital."""
    found: list[tuple[Sentence, HospitalName]] = []
    for sent in doc.sentences:
        for name in read_hospital_names(doc, sent):
            found.append((sent, name))
    type_only_counts = Counter(n.surface for _, n in found if n.type_only)
    labels = {n.label for _, n in found if not n.type_only}
    canonical = _equivalences(labels) | _place_forms({(n.label, n.location) for _, n in found if n.location})
    canonical |= _renamed(found)
    declared: dict[str, str] = {}
    for sent, n in found:
        if n.type_only and type_only_counts[n.surface] < 2:
            continue
        label = canonical.get(n.label, n.label)
        attrs = (("location", n.location),) if n.location else ()
        aliases = tuple(sorted({n.surface} - {label}))
        mention = doc.mention(Kind.HOSPITAL, label, sent, n.start, n.end, aliases, attrs)
        doc.hospital_mentions.append(mention)
        known = doc.hospitals.get(label)
        if known is None or n.location and not known.attr("location"):
            doc.hospitals[label] = mention  # (谋道镇卫生院 in the title, 利川市谋道镇卫生院 below: the placed one)
        after = sent.text[n.end:]
        for rx in (RE_ALIAS_DECLARED, RE_ALIAS_PAREN):
            a = rx.match(after)
            if a and a.group(1) != label:
                declared[a.group(1)] = label
    _alias_mentions(doc, declared)
    _abbreviated_mentions(doc)
    doc.main_hospital = _main_hospital(doc)


RE_RENAMED = re.compile(r"(?:更名为|改名为|更名|改称)$")
RE_UNIVERSITY = re.compile(r"大学|学院|医科")  # (a university's hospital is not renamed after a county: 重庆医科大学…)


def _renamed(found: list[tuple[Sentence, HospitalName]]) -> dict[str, str]:
    """某县卫生院…更名为某县人民医院,…更名为某市人民医院: each old name is the newest one's. The hospital
    renamed is the one named last before the new name in the sentence, else (医院随之更名为…) the last
    one named before with the same place stem."""
    out: dict[str, str] = {}
    for k, (sent, n) in enumerate(found):
        if not RE_RENAMED.search(sent.text, max(0, n.start - 4), n.start):
            continue
        before = [m for s, m in found[:k] if m.label != n.label and not m.type_only]
        same = [m for s, m in found[:k] if s is sent and m.label != n.label and not m.type_only and m.end <= n.start]
        if same and "医院" in sent.text[same[-1].end:n.start - 2]:
            continue  # (甲医院支援原某县人民医院;…该院更名为…: the one renamed is a name not read as a hospital)
        old = same[-1].label if same else next((m.label for m in reversed(before) if m.label[:2] == n.label[:2]
                                                and not RE_UNIVERSITY.search(m.label)
                                                and _specialty(m.label) == _specialty(n.label)), None)
        if old is not None and old not in out:
            out[old] = n.label
    for old in list(out):  # (renamed twice: to the last name)
        seen = {old}
        while out[old] in out and out[old] not in seen:
            seen.add(out[old])
            out[old] = out[out[old]]
    return {old: new for old, new in out.items() if old != new}


RE_SPECIALTY = re.compile(r"妇幼|妇女儿童|妇产|儿童|中医|中西医|肿瘤|精神|传染|口腔|眼科|骨科|康复|胸科|皮肤")


def _specialty(label: str) -> str:
    """What kind of hospital a name says it is (妇幼, 中医 …; a general one says none): a county's
    maternity hospital renamed is not its people's hospital."""
    m = RE_SPECIALTY.search(label)
    return m.group() if m else ""


def _place_forms(named: set[tuple[str, str]]) -> dict[str, str]:
    """连山县人民医院 = 连山壮族瑶族自治县人民医院: one hospital named after two forms of its county
    (the short form goes to the official one)."""
    gaz = load_gazetteer()
    by_rest: dict[tuple[str, str], set[str]] = {}
    for label, code in named:
        form = next((f for f in sorted(gaz.forms_of(code), key=len, reverse=True) if label.startswith(f)), None)
        if form is not None and len(label) > len(form):
            by_rest.setdefault((code, label[len(form):]), set()).add(label)
    out: dict[str, str] = {}
    for labels in by_rest.values():
        if len(labels) > 1:
            full = max(labels, key=len)
            out.update({label: full for label in labels if label != full})
    return out


RE_NUMBERED_SHORT = re.compile(r"(.+[市县区州])([一二三四五六七八九十]{1,2})(?:医院|院)")


def _equivalences(labels: set[str]) -> dict[str, str]:
    """Forms of one hospital inside an article: X县医院 = X县人民医院; 湘雅医院 = 中南大学湘雅医院."""
    out: dict[str, str] = {}
    for label in labels:
        if label.endswith("医院") and label[-3:-2] in ADMIN_CHARS:
            fuller = label[:-2] + "人民医院"
            if fuller in labels:
                out[label] = fuller
                continue
        if label.endswith("中医院") and label[:-3] + "中医医院" in labels:
            out[label] = label[:-3] + "中医医院"
            continue
        n = RE_NUMBERED_SHORT.fullmatch(label)  # 常德市一医院, 某市三院 = 某市第一人民医院, 某市第三医院
        fuller = [f for f in (f"{n[1]}第{n[2]}人民医院", f"{n[1]}第{n[2]}医院") if f in labels] if n else []
        if len(fuller) == 1:
            out[label] = fuller[0]
            continue
        longer = [o for o in labels if o != label and o.endswith(label) and len(o) > len(label)]
        if len(longer) == 1 and len(label) >= 4:
            out[label] = longer[0]
    return out


def _alias_mentions(doc: Doc, declared: dict[str, str]) -> None:
    """Mentions of declared short names (以下简称“温医一院”) elsewhere in the text."""
    if not declared:
        return
    # a name declared in brackets and read as a hospital of its own (某医院(西南医院)) is the same hospital
    # (as is a declared short name read as a hospital: 市三医院 -> 某市三医院)
    renamed: set[str] = set()
    for i, m in enumerate(doc.hospital_mentions):
        full = declared.get(m.label) or declared.get(m.surface)
        if full is not None and full in doc.hospitals and full != m.label:
            renamed.add(m.label)
            doc.hospital_mentions[i] = replace(m, label=full, aliases=tuple(sorted({*m.aliases, m.surface} - {full})),
                                               attrs=doc.hospitals[full].attrs)
    for label in renamed | {alias for alias, full in declared.items() if full in doc.hospitals}:
        if label not in declared.values():
            doc.hospitals.pop(label, None)
    rx = re.compile("|".join(re.escape(a) for a in sorted(declared, key=len, reverse=True)))
    taken = {(m.sentence, m.start) for m in doc.hospital_mentions}
    for sent in doc.sentences:
        for m in rx.finditer(sent.text):
            if (sent.index, sent.start + m.start()) in taken or RE_DECLARED_BEFORE.search(sent.text, 0, m.start()):
                continue
            label = declared[m.group()]
            doc.hospital_mentions.append(doc.mention(Kind.HOSPITAL, label, sent, m.start(), m.end(), (m.group(),)))
    doc.hospital_mentions.sort(key=lambda x: (x.start, x.end))


# the end of a hospital's abbreviation: 某医大附一院, 某医一附院, 某市一院, 某大二院
RE_ABBREVIATED_END = re.compile(r"(?:附属?[一二三四五六七八九]院|[一二三四五六七八九]附院|[一二三四五六七八九]院)")
ABBREVIATED_HEAD_MAX = 5  # characters of an abbreviation before its end (温医大, 河北医大)


def _abbreviated_mentions(doc: Doc) -> None:
    """温医大附一院, 海医二附院, 天水市一院: an abbreviation of a hospital the article names in full, its
    characters those of the full name in order, from the first (温州医科大学附属第一医院)."""
    fulls = [label for label in doc.hospitals if label.endswith("医院") and len(label) >= 6]
    if not fulls or not any(RE_ABBREVIATED_END.search(s.text) for s in doc.sentences):
        return
    taken = [(m.start, m.end) for m in doc.hospital_mentions]
    for sent in doc.sentences:
        for m in RE_ABBREVIATED_END.finditer(sent.text):
            for k in range(min(ABBREVIATED_HEAD_MAX, m.start()), 0, -1):
                short = sent.text[m.start() - k:m.end()]
                start = sent.start + m.start() - k
                if not all("\u4e00" <= c <= "\u9fff" for c in short) \
                        or any(s < sent.start + m.end() and start < e for s, e in taken) \
                        or RE_DECLARED_BEFORE.search(sent.text, 0, m.start() - k):  # (以下简称“温医一院”: the declaration)
                    continue
                hits = [f for f in fulls if f[0] == short[0] and len(f) > len(short) + 1 and _in_order(short, f)]
                if len(hits) == 1:
                    doc.hospital_mentions.append(doc.mention(Kind.HOSPITAL, hits[0], sent, m.start() - k, m.end(),
                                                             (short,), doc.hospitals[hits[0]].attrs))
                    taken.append((start, sent.start + m.end()))
                    break
    doc.hospital_mentions.sort(key=lambda x: (x.start, x.end))


def _in_order(short: str, full: str) -> bool:
    """Are ``short``'s characters ``full``'s, in order (温医大附一院 in 温州医科大学附属第一医院)?"""
    it = iter(full)
    return all(c in it for c in short)


TITLE_HEAD_WEIGHT = 3.0  # a title that opens with a hospital (某医院2023年大事记, 某医院:…) is about it
RE_TITLE_ABOUT = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:大事记|工作总结|年鉴|简介|概况|院史|工作报告|年报|荣誉)|\s*[:|—]")


RE_POSTED = re.compile(r"\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2})?\s*(?:发表于|原创|$)", re.M)


RE_TITLE_PARTS = re.compile(r"\s*(?:[-_|–]|——)\s*")  # a page's <title>: 标题-栏目-网站名
SITE_WEIGHT = 3


def _main_hospital(doc: Doc) -> str | None:
    """The article's own hospital: the one it names most, in its title and head, and not as a place it goes to."""
    if not doc.hospital_mentions:
        return None
    score: Counter[str] = Counter()
    text = doc.article.text
    head = len(doc.article.title) + 100
    visited_end = -1  # end of the last mention read as a place the hospital goes to
    visited: set[str] = set()
    for m in doc.hospital_mentions:
        before = text[max(0, m.start - 4):m.start]
        inspected = RE_INSPECTED.search(text, max(0, m.start - 12), m.start) is not None
        if not inspected and (RE_AID_BEFORE.search(before)
                              or visited_end >= 0 and RE_LIST_GAP.match(text[visited_end:m.start])):
            visited_end = m.end
            visited.add(m.label)
            continue
        visited_end = -1
        score[m.label] += 1.0
        if m.start < head:
            score[m.label] += 1.5
        if re.search(r"来源[:：]?\s*$|作者[:：]?\s*$", text[max(0, m.start - 6):m.start]) \
                or (m.start == 0 or text[m.start - 1] == "\n") and RE_POSTED.match(text, m.end):
            score[m.label] += 3  # (the source, or the account a post is from: 某医院 2023-06-20 18:02 发表于某省)
    if not score:
        return None
    # a hospital the article goes to, aids or signs with (我院与某县医院…) is not its own, however often named,
    # unless the title opens with it (某县人民医院2023年大事记: the chronicle of a hospital another one aids)
    title = doc.article.title or ""
    heading = next((m.label for m in doc.hospital_mentions
                    if title and text.startswith(title) and m.start <= 2 and m.end <= len(title)
                    and RE_TITLE_ABOUT.match(title, m.end)), None) \
        or next((m.label for m in doc.hospital_mentions  # ——某医院建院50周年历史沿革: the subtitle's
                 if m.start < head and text.endswith("——", 0, m.start)), None)
    for label in visited & score.keys():
        if len(score) > 1 and label != heading:
            score[label] *= 0.5
    if heading is not None:
        score[heading] += TITLE_HEAD_WEIGHT
    site = RE_TITLE_PARTS.split(title)[-1].strip() if RE_TITLE_PARTS.search(title) else ""
    owner = next((m.label for m in doc.hospital_mentions if site and site in (m.label, m.surface)), None)
    if owner is not None and owner in score:
        score[owner] += SITE_WEIGHT  # 某新闻标题-医院新闻-某医院: the page's site, whose 我院 the story says
    ranked = score.most_common()
    # 我院/本院/该院, or 医院 as the subject of a clause: the article speaks as or about one hospital
    self_refs = bool(RE_SELF.search(text)) or len(RE_CLAUSE_HOSPITAL.findall(text)) >= 2
    if ranked[0][1] < 2.5 and not self_refs:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        tied = sorted(l for l, s in ranked if s == ranked[0][1])
        first = min(doc.hospital_mentions, key=lambda m: (m.label not in tied, m.start))
        return first.label
    return ranked[0][0]
