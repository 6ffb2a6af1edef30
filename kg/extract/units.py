"""Units of a hospital: departments (科室) and party organisations (党委, 党总支, 党支部).

A unit is named after its hospital when the text writes them together
(某市中心医院呼吸与危重症医学科党支部); alone (检验科党支部, 院党委) it
belongs to the article's own hospital. Its label always carries the
hospital's name in front, as the annotation guidelines ask, and the bare form
is kept as an alias unless it is as generic as 党委.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import departments
from ..patterns import word_alternation

PARTY_WORDS = ("党总支", "党支部", "总支", "支部", "党委", "党小组", "纪委", "团委", "团总支", "团支部", "工会")
PARTY = "(?:" + "|".join(PARTY_WORDS) + ")"
GENERIC_UNITS = frozenset({"党委", "党总支", "党支部", "总支", "支部", "医院党委", "院党委", "纪委", "团委", "团总支", "团支部",
                           "工会"})
RE_NUMBERED = r"(?:第[一二三四五六七八九十]+)"  # 内科第一党支部: a department's numbered branch
RE_ORDINAL_BRANCH = r"(?:(?:临床|医技|行政|机关|后勤|护理|离退休|退休|门诊|住院)?第[一二三四五六七八九十]+|临床|医技|行政|机关|后勤|护理|离退休|退休|门诊|住院|在职|学生)"


NOT_HOSPITAL_YUAN = ("检察院", "法院", "学院", "研究院", "设计院", "科学院", "书院", "剧院", "影院")


@dataclass(frozen=True, slots=True)
class UnitName:
    start: int  # sentence-local
    end: int
    text: str  # the unit part only (呼吸与危重症医学科党支部)


RE_NOT_IN_UNIT = re.compile(r"[的了和与及在对为是等、,获被授]")
RE_VERB_HEAD = re.compile(r"选派|派出|派驻|组织|成立|联合|联系|携手|牵头|依托|开设|组建|建立|设立|申报|按照|根据|依照|通过|经过")
RE_WARD = r"(?:[一二三四五六七八九十]{1,2}|第[一二三四五六七八九十]+|\d{1,2})?(?:病区|护理单元)"  # (产科一病区, 心内科2病区)
# a hospital's teams sent out (援藏医疗队, 援鄂医疗队临时党支部, 驻某县某村工作队) and its offices of aid work
RE_TEAM = r"(?:援[\u4e00-\u9fff]{1,4}|支援[\u4e00-\u9fff]{1,4}|驻[\u4e00-\u9fff]{2,16}?)?(?:医疗队|工作队|医疗分队|专家团队)"
RE_OFFICE = r"(?:健康扶贫|对口支援|对口帮扶|乡村振兴|扶贫)(?:办公室|办)"  # 儿科病区: a ward of a department is a unit of its own


@cache
def _dept_alt() -> str:
    """Any department, the longest first."""
    return word_alternation(departments())


@cache
def _rx_after_hospital() -> re.Pattern[str]:
    """A unit written right after its hospital's name."""
    dept = _dept_alt()
    return re.compile(
        rf"(?:[\u4e00-\u9fff]{{0,6}}?党总支{RE_NUMBERED}党支部"  # (护理党总支第三党支部: a branch in a general branch)
        rf"|(?:{dept})(?:{RE_WARD})?(?:{RE_NUMBERED}?{PARTY})?|{RE_ORDINAL_BRANCH}{PARTY}|(?![继在于为将把与和对向])[\u4e00-\u9fff]{{1,8}}?(?:科|病区|中心){PARTY}?"
        rf"|[\u4e00-\u9fff]{{2,6}}?(?<!干)部(?![门分位署队])(?:{RE_NUMBERED}?{PARTY})?|{PARTY}"
        # (急诊医学部, 急危重症医学部党总支; not 领导干部, 医院内部门)
        rf"|{RE_TEAM}(?:临时)?{PARTY}?|{RE_OFFICE})"
    )


@cache
def _rx_standalone() -> re.Pattern[str]:
    """A unit written without its hospital: a known department, optionally with its branch."""
    dept = _dept_alt()
    # only where a unit's name can start: after punctuation or a space, after 院 (我院, 该院, 我院的), 和/及/与, 授予
    # or the words that open a list of recipients (获评…的有, 分别是, 包括), or say whose it is (她所在的急诊科,
    # 他担任书记的某科党支部)
    # (a department the lexicon lacks is one only with its party branch: 手术麻醉科党支部)
    return re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[院和及与继])|(?<=授予|命名|的有|的是|别是|别为|包括|这是|院的)|(?<=所在的|书记的|带领的|领衔的))(?:院|医院)?(?:(?:{dept}|{RE_ORDINAL_BRANCH})?党总支{RE_NUMBERED}党支部"  # (护理党总支第二党支部: a branch in one)
                      rf"|(?:{dept})(?:{RE_WARD})?(?:{RE_NUMBERED}?{PARTY})?|{RE_ORDINAL_BRANCH}{PARTY}|(?<=院){PARTY}"
                      rf"|(?:(?![的了和与及在对为是等获被授予院])[\u4e00-\u9fff]){{2,8}}?(?:科|病区|中心){RE_NUMBERED}?(?:党总支|党支部)"
                      # (a branch of no known department only where a line or a roll's entry starts: 妇儿党支部)
                      rf"|(?<![^\s:：、])(?:(?![的了和与及在对为是等获被授予院各全])[\u4e00-\u9fff]){{2,4}}{RE_NUMBERED}?党支部)")


RE_OTHER_NAME = re.compile(r"\([\u4e00-\u9fff]{2,16}(?:医院|中心)\)")


def unit_after(text: str, pos: int) -> UnitName | None:
    """The unit named right after a hospital name ending at ``pos``."""
    if text.startswith("总支部委员会", pos):
        return UnitName(pos, pos + 6, "党总支")  # 中共某医院总支部委员会
    if (other := RE_OTHER_NAME.match(text, pos)) is not None:
        pos = other.end()  # 某省儿童医院(某市儿童医院)新生儿科党支部: the hospital's other name in brackets
    m = _rx_after_hospital().match(text, pos)
    if not m:
        return None
    word = m.group()
    if word in ("中心", "总支", "支部"):
        return None
    if not _known_head(word) and (RE_NOT_IN_UNIT.search(word) or RE_VERB_HEAD.match(word)):
        return None  # (某医院选派医务科…: 选派 is no part of a unit)
    if word.startswith("原") and _known_head(word[1:]):
        word = word[1:]  # 某医院原妇产科主任: a post held once, in the same department
    end = m.end()
    if text.startswith("委员会", end) and word.endswith("支部") and not word.endswith(("党支部", "党总支")):
        # 中共某医院感染科支部委员会, 中共某医院总支部委员会: a roll's formal names of 党支部 and 党总支
        word = word[:-4] + "党总支" if word.endswith("总支部") else word[:-2] + "党支部"
        end += 3
    return UnitName(m.start(), end, word)


def _known_head(word: str) -> bool:
    """Does the unit start with a department of the lexicon (呼吸与危重症医学科…)?"""
    return any(word.startswith(d) for d in departments())


@cache
def _rx_unit_word_end() -> re.Pattern[str]:
    """The last characters of departments and party words: a unit name holds one of them."""
    return re.compile("[" + re.escape("".join(sorted({w[-1] for w in (*departments(), *PARTY_WORDS)}))) + "]")


def standalone_units(text: str) -> list[UnitName]:
    """Units named without a hospital in front (检验科党支部, 院党委, 骨科)."""
    out: list[UnitName] = []
    if not _rx_unit_word_end().search(text):
        return out  # a quick scan rules out most sentences before the slow pattern
    for m in _rx_standalone().finditer(text):
        word = m.group()
        start = m.start()
        if word.startswith("医院"):
            word, start = word[2:], start + 2
        elif word.startswith("院") and len(word) > 1:
            word, start = word[1:], start + 1
        if not word or not _known_head(word) and RE_NOT_IN_UNIT.search(word):
            continue
        if _free_branch(word) and RE_BRANCH_QUALIFIER.search(word):
            continue  # (先进党支部, 基层党支部: a title or a kind, not one branch's name)
        if text.endswith(NOT_HOSPITAL_YUAN, 0, m.start()) and word == m.group():
            continue  # 某检察院机关支部: a unit of another institution
        out.append(UnitName(start, m.end(), word))
    return out


RE_DEPT_BRANCH = re.compile(rf"(?:科|病区|中心){RE_NUMBERED}?党支部$")  # (手术麻醉科党支部: a department's)
# words before 党支部 that make a kind of branch or a title, not one branch's name
RE_BRANCH_QUALIFIER = re.compile(r"科室|基层|先进|优秀|标杆|样板|示范|模范|红旗|五好|星级|过硬|所属|临时|功能|联合|流动|党员|创建|培育|品牌|特色|文明")


def _free_branch(word: str) -> bool:
    """A party branch named after no department the lexicon knows (妇儿党支部, 行政后勤党支部)."""
    return word.endswith("党支部") and "党总支" not in word and not _known_head(word) \
        and RE_DEPT_BRANCH.search(word) is None and re.match(RE_ORDINAL_BRANCH + PARTY, word) is None


def unit_aliases(hospital: str, unit: str) -> tuple[str, ...]:
    return () if unit in GENERIC_UNITS else (unit,)
