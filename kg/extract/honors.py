"""Honor titles: read the titles a verb of conferral is followed by, and clean them.

Titles come quoted (“全国文明单位”), quoted with a level in front and a head
behind (某省“巾帼建功”竞赛活动先进工作者), or bare (全国文明单位), one or
many (“A”“B”, A、B等称号). The year (2017年度…), the edition (第六届…) and an
awarding organ written in front (市某某党委系统“…”) are taken off the title
and returned separately; a bare 省/市/县 in front takes the article's place
(省先进基层党组织 -> 某省先进基层党组织).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lexicon import honor_heads
from ..patterns import PICTOGRAPHS

# (pictographs end a title like punctuation: 全国青年文明号🎊, 奖状🏅 in a WeChat headline)
_NOT_TITLE = rf"\s“”\"‘’,。;:、()!?{PICTOGRAPHS}\u25A0-\u25FF"
_VERBS = "荣获|获得|获评|授予|被评|评为|荣膺|当选|收获|取得"  # a verb after a quoted title starts the next clause
# who received a title, named after it: 获得“A”的有甲, “A”的医务人员中,有甲, 获评A的医疗卫生单位包括:甲
NAMED_AFTER = (r"的(?:[\u4e00-\u9fff]{1,8}中|[\u4e00-\u9fff]{0,4}(?:单位|集体|个人|同志|医院|人员|工作者|党组织|科室|代表))?"
               r",?\s*(?:则|就|正|便|还|既)?(?:分别是|分别为|分别|是|有|为|包括)")
# 曾获评某称号的医院党委书记甲: the title, then who holds it, by his post
HOLDER_AFTER = r"的(?=[\u4e00-\u9fff]{0,8}?(?:书记|主任|院长|护士长|医生|医师|专家|教授|科长|部长))"
# (a title's head never ends in 和/及/与: 全国五一劳动奖状和“…” is two titles)
RE_QUOTED = re.compile(
    rf"(?P<pre>(?:[^{_NOT_TITLE}]{{0,21}}?[^{_NOT_TITLE}和及与])??)(?P<q>“[^“”\n]{{1,40}}”|\"[^\"\n]{{1,40}}\")"
    rf"(?P<tail>(?:(?!{_VERBS}|命名)[^{_NOT_TITLE}及和与或的等是不]){{0,14}}?)"  # (“样板”不是终点: no tail)
    rf"(?=荣誉称号|称号|荣誉|殊荣|等(?![奖级次])|、|和|及|与|,|。|;|:|!|\(|—|\s|“|$|{NAMED_AFTER}"
    rf"|命名的还?有"  # (…“A”的有甲; …“A”的医务人员中,有甲)
    rf"|[^{_NOT_TITLE}]{{0,14}}?(?:{_VERBS}))"
)
RE_BARE = re.compile(
    rf"(?P<bare>[^{_NOT_TITLE}]{{2,36}}?)(?=荣誉称号|称号|荣誉|殊荣|等(?![奖级次])|、|和(?!谐)|及|与|,|。|;|:|!|\(|\s|“|$"
    rf"|[{PICTOGRAPHS}]|{NAMED_AFTER}|{HOLDER_AFTER})"
)
GENERIC_HEADS = frozenset("先进集体 先进个人 先进工作者 优秀个人 先进单位 优秀集体 模范集体 模范个人".split())
RE_VERB_INSIDE = re.compile(r"荣获|获得|获评|授予|被评为|评为|荣膺|(?<=[名个家位])[\u4e00-\u9fff]{0,4}获")  # (、300名职工获…)
RE_THROUGH_VERB = re.compile(r"^.*(?:荣获|获得|获评|获颁|摘得|斩获|喜获|授予|评为|荣膺)")
RE_TAIL_CUT = re.compile(r"之后.*|以后.*|以来.*|期间.*|时.*$|(?:奖牌|牌匾|证书|荣誉证书|匾额)$|获奖(?:者|人员)?(?:名单)?$"
                         r"|为(?:新的?|重要)?(?:起点|契机|动力|抓手)$"  # (以某某获评“最美医生”为契机)
                         r"|(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?$"  # (a news list's date after a headline)
                         r"|^(?:\d{1,4}|[一二两三四五六七八九十百]{1,4})(?:家|个|名|位|所|支|人).*")  # (命名“…”30家: a count)
# (以获评某称号为新起点; 南丁格尔奖章获奖者名单: the medal; 全国青年文明号集体: the title, then its kind;
# 继获评全国名中医之后: the time after it)
RE_BARE_TAIL_CUT = re.compile(r"命名$|(?:之后|以后|以来)$|为(?:新的?|重要)?(?:起点|契机|动力|抓手)$|(?<=[奖章号])(?:获奖者|获得者)(?:名单)?$|(?<=号)集体$")
RE_LEVEL_LIST = re.compile(r"((?:全国|国家|省|市|县|区)(?:、(?:省|市|县|区))+)(?=[\u4e00-\u9fff“])")
RE_TERMINATOR = re.compile(r"(?:等\d*(?:多?项|个)?(?:[\u4e00-\u9fff]{0,4}荣誉|[\u4e00-\u9fff]{0,4}称号|[\u4e00-\u9fff]{0,4}殊荣|奖项|表彰)?|荣誉称号|称号|荣誉|殊荣)")
RE_YEAR_PREFIX = re.compile(r"^((?:19|20)\d{2})(?:年?[-—–~至到](?:19|20)?\d{2,4})?年度?")
RE_YEAR_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])((?:19|20)\d{2})(?:[-—–~至到](?:19|20)?\d{2,4})?年度(?=[\u4e00-\u9fff])")
RE_RELATIVE_YEAR_PREFIX = re.compile(r"^(?:(?:上一?|本|今|去)年度|年度(?=全国|全省|全市|[\u4e00-\u9fff]{2,7}?[省市区]))")
# (公布年度某省五一劳动奖章…: this year's; not 年度先进科室, a hospital's own title by its name)
RE_EDITION = re.compile(r"^(全[国省市区县州]|)(?:第[一二三四五六七八九十\d]+(?:届|批|次)|首届|首批|新一届|新一批|上一届)")  # (全市第三批…: 全市…)
QUOTED_MIN = 3  # characters of a quoted title not closed by 称号
RE_HONORISH = re.compile(r"先进|优秀|杰出|模范|示范|标兵|文明|名医|名中医|国医大师|名师|劳模|奖|杯|之星|最美|十佳|红旗|先锋|标杆|巾帼|五一|五四|三八|天使|贡献|突出|卫士|楷模|榜样|好人|道德|能手|英雄")
RE_NOT_HONOR = re.compile(
    r"^(?:[一二三]级[甲乙丙]等|二甲|三甲|第\d+名|排名|ISO|一等奖$|二等奖$|三等奖$)|认证|评审|验收|立项|达标|复审|通过"
    r"|事迹|名单|情况|公示|表彰|各级|活动$|大会|会议|讲话|珍惜|珍视|不负|以上$|以上荣誉|^以下"
    r"|层次|(?:创新型|拔尖|领军|后备)人才$|人选$|培养对象$|计划$|人才工程|工程$"  # (talent programmes: 入选某省“千层次”创新型人才)
    r"|县城$|城市$|城区$|节$"  # (a place's titles: 国家卫生县城, 全国文明城市; a festival: 【五四青年节】)
    r"|^[一二三四五1-5]星级?"  # (a rating: 五星级党支部)
    r"|提名$|提名奖$|候选|入围"  # (a nomination is no conferral: 获得“某最美医生”提名)
    r"|项目$|榜单|排行榜|排名|\d+强"  # (a project approved, a ranking published: 区域医疗中心建设项目, …最佳医院榜单, 100强)
    r"|^(?:国|省|市)字号$|拟表彰|拟推荐|拟命名|拟$|名列"  # (斩获“国字号”: a word for any national honor; a proposed one)
    r"|级以上|^该项|级$|典型案例$|建设单位$"  # (获县级以上集体荣誉9项, 该项国家级荣誉: a count of honors; a case, a programme)
    r"|两优一先$"  # (a name for three titles at once: 全省“两优一先”表彰大会)
    r"|^(?:这|那|此)[块个项份面枚]"  # (摘得这块“金字招牌”: a title named before, by a figure of speech)
)
RE_HOLDER = re.compile(r"^‘([^‘’]{2,30})’(?=获得者$)|(?<=[章状奖’])获得者$")
RE_NOT_BARE_HONOR = re.compile(r"的|了|在|是")  # a bare run with these is a clause, not a title
RE_COUNT_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff·]{2,6}?等(?=\d|[一二两三四五六七八九十]))?(?:等|(?:全国|全省|全区|全市|全县|全州|全盟)(?:共)?)?(?:\d+(?:个|名|位|家|人)|一批)(?:(?:(?!全|优秀|先进|模范|示范|基层)[\u4e00-\u9fff]){0,6}?(?:单位|同志|集体|个人|医院|科室|党组织|医疗机构|医务人员"
                             r"|医务工作者|职工|员工|护士|医生))?")  # (50个两新组织党组织)
RE_LEVEL_BEFORE = re.compile(r"^(国家|省|市|县)级$")
RE_OUR_PLACE = re.compile(r"^(?:我|本)[省市县区州](?:首批|首届|第[一二三四五六七八九十\d]+[批届])?")
RE_SCOPE_PART = re.compile(r"^[^,。;:“”]{2,12}?部分(?=全国|全省|全市|[\u4e00-\u9fff]{2,3}[省市])")
RE_RECIPIENT_NOUN_END = re.compile(r"(?:党组织|同志|集体|个人|科室|医务人员|医务工作者|职工|员工)$")
RE_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
RE_ITEM_NUMBER = re.compile(r"^\d{1,2}(?![\d年届级A])")
RE_COUNT_TAIL = re.compile(r"\d+(?:项|次|个)$")
# 全国五一劳动奖章(2008年); 全国五一劳动奖章(2019年,中华全国总工会) / —2019年,…: the year of a title in a list
# (a bracket closed after the year is read past; one going on with the organ is left to the caller)
RE_BRACKET_HOLDER = re.compile(r"\(([\u4e00-\u9fff]{1,12}?(?:科|部|中心|病区|支部|总支|室|团队|队))\)")
RE_BRACKET_YEAR = re.compile(r"\(((?:19|20)\d{2})年?度?(?:\)|(?=[,、]))|\s*(?:——|—|--)\s*((?:19|20)\d{2})年?度?(?=[,、;。]|$)")
RE_LEVEL_WORD = re.compile(r"^(?:全国|国家级|国家|全省|省级|全市|市级|全县|县级|全区|区级)$")


@dataclass(frozen=True, slots=True)
class HonorName:
    start: int  # sentence-local
    end: int
    label: str
    year: int | None  # the year written in the title (2017年度…)
    prefix_body: str | None  # an organ written in front of the title (市某某党委系统…)
    quoted: bool = False
    holder: tuple[int, int] | None = None  # a unit named in brackets after it, its holder: “全国巾帼文明岗”(急诊科)


def read_honors(text: str, pos: int, bodies: list[tuple[int, int, str, bool]] = ()) -> tuple[list[HonorName], int, bool]:
    """Titles starting at ``pos``; returns (titles, end position, ended by 称号/荣誉).

    ``bodies`` are spans (start, end, label, is_organ) of organs and hospitals
    already found in the sentence: written before a title they are not part of it
    (某医院“援外奉献奖”), and an organ there is the one that confers it.
    """
    items: list[HonorName] = []
    end = pos
    levels: list[str] = []
    dated: set[str] = set()
    lv = RE_LEVEL_LIST.match(text, pos)
    if lv:
        levels = lv.group(1).split("、")
        end = lv.end()
    while end < len(text):
        while end < len(text) and text[end] in " \t":
            end += 1
        m = RE_QUOTED.match(text, end) or RE_BARE.match(text, end)
        if not m or m.end() == m.start():
            break
        if items and RE_VERB_INSIDE.search(m.group("pre") if "pre" in m.groupdict() and m.group("pre") else m.group()):
            break  # 、2021年荣获“…”: a new conferral starts; the caller reads it from its own verb
        item = _clean(m, bodies)
        if item is None:
            if not items:
                return [], pos, False
            break
        end = m.end()
        y = RE_BRACKET_YEAR.match(text, end)  # 全国五一劳动奖章(2008年)、…: each title with its year
        if y:
            item = replace(item, year=item.year or int(y.group(1) or y.group(2)))
            end = y.end() if y.group().endswith(")") else end
            dated.add(item.label)  # (a year noted after it, as a list of honors does, makes a bare run a title)
        h = RE_BRACKET_HOLDER.match(text, end)
        if h:
            item, end = replace(item, holder=h.span(1)), h.end()
        items.append(item)
        if text.startswith(("、", "和", "及", "与"), end) and not text.startswith(("和个人", "及个人"), end):
            end += 1
            continue
        if text.startswith(("“", '"'), end):
            continue
        break
    if items and items[0].year and any(h.year is None for h in items[1:]):
        items = [items[0]] + [replace(h, year=h.year or items[0].year) for h in items[1:]]
    if levels and len(items) == 1:
        base = re.sub(r"^(?:全国|国家|省|市|县|区)", "", items[0].label)
        items = [HonorName(items[0].start, items[0].end, lvl + base, items[0].year, items[0].prefix_body,
                           items[0].quoted) for lvl in levels]
    items = _distribute(items)
    t = RE_TERMINATOR.match(text, end)
    terminated = bool(t and t.group())
    if t:
        end = t.end()
    kept = [h for h in items if _honorish(h.label, terminated or h.label in dated, h.quoted)]
    return kept, end, terminated


def _clean(m: re.Match[str], bodies) -> HonorName | None:
    quoted = "q" in m.groupdict() and m.group("q")
    if quoted:
        pre, inner, tail = m.group("pre") or "", m.group("q")[1:-1], m.group("tail") or ""
    else:
        pre, inner, tail = "", m.group("bare"), ""
    year = None
    body = None
    y = RE_YEAR_PREFIX.match(pre if quoted else inner)
    if y:
        year = int(y.group(1))
    for bs, be, label, is_body in bodies:
        head_len = len(pre) if quoted else len(inner)
        if m.start() <= bs < m.start() + head_len:
            if is_body:
                body = label
            if quoted:  # 市某某党委系统“…”: the organ is not part of a quoted title
                pre = pre[be - m.start():]
            elif not is_body:  # 某医院某某奖 unquoted: the hospital is not part of it either
                inner = inner[be - m.start():]
    pre = RE_THROUGH_VERB.sub("", pre)  # 某科摘得“…”: what stands before the verb is no part of the title
    pre = re.sub(r"^(?:系统|授予|颁发|表扬|表彰|命名|的)+", "", pre)
    # 获颁医院“终身成就奖”, 表彰了医院第四届“…”: the hospital's own award (its edition no part of it either)
    pre = re.sub(r"^(?:医院|我院|本院|该院)(?=$|的|第[一二三四五六七八九十\d]{1,3}[届批期次])的?", "", pre)
    pre = RE_COUNT_PREFIX.sub("", pre)
    pre = RE_OUR_PLACE.sub("", pre)  # 入选了我省首批“…”: the article's own place and batch, no part of the title
    if quoted:  # a level written before a quoted title: 国家级“…” is the title, 省级“…” the province's (省“…”)
        pre = RE_LEVEL_BEFORE.sub(lambda lv: "" if lv.group(1) == "国家" else lv.group(1), pre)
    if quoted and "的" in pre:
        pre = pre[pre.rindex("的") + 1:]  # 某报业集团联合组织评选的“…”: a clause before the title
    if quoted and RE_RECIPIENT_NOUN_END.search(pre):
        pre = ""  # 授予(全市50个)两新组织党组织“…”: the recipients' kind, written before the quoted title
    if not quoted:
        inner = RE_COUNT_PREFIX.sub("", re.sub(r"^(?:表扬|表彰)", "", inner))  # (通报表扬2022年度…先进集体)
        inner = RE_ITEM_NUMBER.sub("", inner)  # 01 全国工人先锋号: a post's numbered heading
        inner = RE_SCOPE_PART.sub("", inner)  # 我省卫生健康系统部分全国…先进个人: the list's scope, no part of the title
    texts = []
    for s in (pre, inner):
        s = RE_RELATIVE_YEAR_PREFIX.sub("", s)  # 授予上年度“…”: the year is told by the sentence, not the title
        y = RE_YEAR_PREFIX.match(s)
        if y:
            year = year or int(y.group(1))
            s = s[y.end():]
        texts.append(RE_EDITION.sub(r"\1", s))
    pre, inner = texts
    pre = re.sub(r"^(?:系统|度)", "", pre)
    tail = RE_TAIL_CUT.sub("", tail.split(" ")[0])  # (a headline's next phrase starts after a space)
    inner = RE_BARE_TAIL_CUT.sub("", RE_COUNT_TAIL.sub("", inner)) if not quoted else inner  # 科技进步奖二等奖3项
    if len(tail) < 2:
        tail = ""
    label = (pre + "“" + inner + "”" + tail) if quoted and tail else (pre + inner + tail)
    label = RE_SPACE_IN_WORDS.sub("", label.strip())  # (a title broken by a space: “全省卫生 健康系统…”)
    label = RE_HOLDER.sub(lambda h: h.group(1) or "", label)  # “‘白求恩奖章’获得者”称号: the title is the medal
    if (inside := RE_YEAR_INSIDE.search(label)) is not None:  # 某市卫生健康系统2023年度先进集体: the title's year
        year = year or int(inside.group(1))
        label = label[:inside.start()] + label[inside.end():]
    if len(label) < 2 or RE_NOT_HONOR.search(label) or not quoted and RE_NOT_BARE_HONOR.search(label):
        return None
    if quoted and len(inner) < 2:
        return None
    if quoted and not pre and not tail and inner in GENERIC_HEADS and not _closed_by_title(m.string, m.end()):
        return None  # “先进集体”及“先进个人”: kinds of honor, not titles
    if not quoted and len(label) < 4:
        return None
    return HonorName(m.start(), m.end(), label, year, body, bool(quoted))


def _closed_by_title(text: str, end: int) -> bool:
    return bool(re.match(r"(?:荣誉)?称号", text[end:end + 4]))


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
            return [replace(h, label=h.label + base, year=h.year or last.year)
                    for h in heads] + [last]
    return items


def _honorish(label: str, terminated: bool, quoted: bool) -> bool:
    """Quoted titles and titles closed by 称号/荣誉 are titles; a bare one must look like one."""
    if RE_LEVEL_WORD.match(label):
        return False
    if terminated or quoted and len(label) >= QUOTED_MIN:
        return True  # (获评“标杆”“样板”不是终点: two characters quoted are a word, not a title)
    return label.endswith(honor_heads()) or bool(RE_HONORISH.search(label)) and len(label) >= 5


def individual(label: str) -> bool | None:
    """True for titles given to people, False for titles given to collectives, None when unclear."""
    if re.search(r"(?:单位|集体|岗|医院)标兵$|(?:单位|集体|团队|班组|科室|党支部|基层党组织)$", label):
        return False  # 文明单位标兵, 巾帼文明岗标兵: the model among units; 文明标兵单位, 优秀家庭医生团队: units
    if re.search(r"个人|工作者|党员|标兵|模范$|劳动模范|红旗手|名医|名师|医师|医生|护士|天使$|奖章|能手|卫士|英雄|楷模|之星|人员|专家|人物|劳模|好人|干部|书记|院长"
                 r"|名中医|大师$|名家$|学者$", label):  # (全国名中医, 国医大师, 岐黄学者: people's titles of medicine)
        return True
    if re.search(r"集体|单位|组织|党支部|党委|总支|岗$|文明岗|号$|医院|科室|之家|基地|窗口|团队|班组|示范点|中心|奖状$", label):
        return False
    return None
