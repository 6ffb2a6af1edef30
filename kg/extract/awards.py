"""Awards: who received which honor, when, from whom.

Three shapes carry nearly every conferral in the genre:

* a recipient, then a verb (荣获, 获评, 被评为, 被…授予) and the titles;
* an organ, 授予, the recipients, then the titles (授予A等20个集体“…”称号);
* an honor roll: a heading naming the title (【全国…先进集体】, 附件1 …名单,
  一、先进集体(6个)) followed by its recipients (rolls.py reads the headings).

Lesser shapes: a published list the recipients 入选 (公布…名单,甲、乙榜上有名),
分别 pairing recipients and titles, 均获此殊荣, and a second title for those
who received the first (对受表彰的“A”…同时授予“B”).

The year is the one written in the title, else in the clause, else the year of
the organisers' commendation, else the article's own date for news of the
conferral; history lists (先后荣获…) get no date. The organ is the one in the
clause (or after the title: 由…授予), else the one the article says organised
the honors (organizers.py).

requires: Doc with hospitals found; assigns: AwardClaims.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..records import Kind, Sentence
from .clause_organs import RE_BY_VERB, bodies_after, bodies_for, fits_bodies, organs_at, organs_giving
from .doc import Doc
from .honors import GENERIC_HEADS, NAMED_AFTER, HonorName, individual, read_honors
from .hospitals import context_place
from .organizers import (
    article_year,
    chronicle_year,
    decision_year_at,
    decision_years,
    find_organizers,
    in_field,
    organizers_for,
)
from .rolls import (
    selected_heading,
    RE_ENUMERATED,
    RE_SPACE_GAP,
    RE_JOIN,
    RE_LEVEL_PREFIX as RE_LEVEL_HEAD,
    RE_ROLL_GROUP,
    RE_ROLL_ITEM,
    announced,
    bare_title_heading,
    fuller_title,
    is_roll_filler,
    list_follows,
    list_intro,
    organs_section,
    listed,
    roll_heading,
    section_heading,
    titled_heading,
)
from .spans import RE_RULE_LINE, Span, local_hospital, sentence_spans

RE_VERB = re.compile(
    r"(?P<passive>被[^,。;]{0,40}?(?:追授|授予|评为|命名为|表彰为|认定为|确定为|确认为|评选为|选为))"
    r"|(?P<active>追授|授予|命名为|命名|确定|认定)"  # (追授: conferred after the recipient's death)
    r"|(?P<give>为(?=[^,。;]{1,30}?颁发)|颁发给)"
    r"|(?P<get>(?:荣获|获得(?![者感])|获评|获颁|获授予|获授|荣膺|喜获|摘得|斩获|被评为|评为|当选为|当选|入选|获(?![奖得悉批准益取救赠利胜])"
    r"|(?:保持|保留)(?=“[^,。;”]{2,30}”(?:荣誉)?称号))"  # (连续三届保持“某省文明单位标兵”称号: kept, conferred again)
    r"(?:过|了(?=[^,。;]{0,8}“))?)"  # (获得过某奖章, 入选了某省首批“…”: 过 and 了 are the verb's)
)
RE_VERB_CHAR = re.compile(r"[被授命颁获膺摘斩评选确认保]")  # every form of RE_VERB has one: found in one quick scan
RE_NEWS_OPENER = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}讯\s*(?:[(][^()]{0,40}[)])?\s*)?"  # (本报讯(记者 某某)9月8日,…)
                            r"(?:(?:19|20)\d{2}年)?(?:近日|日前|近期|前不久|不久前|\d{1,2}月\d{1,2}日)")  # (2024年9月27日,…)
RE_AS_A_START = re.compile(r"[^,。;]{2,40}?为(?:新的?|重要)?(?:起点|契机|动力|抓手)")
RE_ORGAN_END = re.compile(r"(?:中心|科|站|所|局|委|院|室|队|会)$")
RE_SAME_OCCASION = re.compile(r"\s*(?:同时|与此同时|同日|同一天|当天|同月|当月|会上|大会上|会议上|同批)[,，]?")
RE_HISTORY = re.compile(r"先后|相继|历年|曾经|曾获|多次|连续|多年|近年来|近三年|多项|历次|一系列")
RE_NEWS = re.compile(r"近日|日前|近期|前不久|不久前|今年|本年|\d{1,2}月\d{1,2}日|\d{1,2}月份?,|大会|会上|仪式"
                     r"|同一时期|与此同时|(?:公布|发布)了[^,。;]{0,30}名单")  # (a list just published: this year's)
RE_YEAR = re.compile(r"((?:19|20)\d{2})年(?!度?[\u4e00-\u9fff]{0,3}(?:以来|起|至今))")
RE_GROUP_COUNT = re.compile(r"^(?:等\d*|(?:\d+|[一二三四五六七八九十两]+)(?=[个名位家]))[个名位家人]*"
                            r"(?:支援|受援|帮扶|定点|成员|直属|委属|省属|市属|三级|二级|县级|市级|省级|公立)?"  # (等6家支援医院)
                            r"(?:集体|单位|同志|人|个人|先进|医院|科室|党组织|基层党组织|党支部|支部|党总支"
                            r"|党委|部门|团队|病区|班组|职工|员工|医务人员|医务工作者|护士|医生|医师|党员|医疗机构|卫生机构)*")
RE_NOT_IN_POST = re.compile(r"[^\u4e00-\u9fff、]|授予|称号")  # what a post between the verb and a name never holds
# how far after the verb (or the unit named there) a post holder's name may start: 某某科党支部书记,
# 副主任医师、驻某县某乡某村第一书记 and the like
RECIPIENT_POST_CHARS = 26
LISTED_POST_CHARS = 16  # …in a list of recipients, where the next entry may be a unit of its own
# 1个党支部荣获…: a count names no recipient (but 急诊科等10个科室被评为… names them before 等)
# (12人次获得…, 3人获评…: but 两人同时被…, 夫妻二人 go back to the people just named)
RE_UNNAMED = re.compile(r"(?<![等第0-9一二三四五六七八九十两几多])(?:一名|1名|[0-9]+人(?!民)|[0-9一二三四五六七八九十两几多]+(?:人次|[个名位家]))"
                        r"[^,。;“]{0,12}$")
# …公布2022年度全省…先进集体名单,A、B榜上有名 / 命名2023年度全省“平安医院”,A、B上榜
RE_ON_THE_LIST = re.compile(r"(?:公布|发布|印发|公示|揭晓|通报|命名为|命名|(?<!关于)表扬|(?<!关于)表彰)(?:了|的)?(?P<title>[^,。;]{2,50}?)"
                            r"(?:(?:评选|评审)?(?:名单|结果)中?[,:]?|(?:先进|典型)?事迹[,:]?|中?[,:])"  # (发布2023年“最美医生”先进事迹)
                            r"(?P<who>[^。;]{2,120}?)(?:榜上有名|入选|上榜|位列其中|名列其中|成功入选|(?:成功|光荣)?当选(?=[,。;]|$))")

RE_LISTED = re.compile(r"榜上有名|入选|上榜|位列其中|名列其中|当选|分别获评|(?:均|都|也|同样)?在(?:获奖|表彰|受表彰|入选)?名单(?:之列|之中)")
# one of those a ceremony or a published list honored: 甲是本届获奖者中唯一的…, 乙也是获奖者之一
RE_ONE_OF_WINNERS = re.compile(r"(?:也|同样|则)?是(?:本届|此次|这次|今年|该届|本次|这届)?(?:获奖者|获奖人|获得者|获奖医师|受表彰者)"
                               r"(?:中|之一|当中)")
PUBLISHED_REACH = 8  # sentences a ceremony's or a published list's recipients may be named below it
RE_ENTRIES_APART = re.compile(r"\)\s*(?=[\u4e00-\u9fff])|[\u4e00-\u9fff] (?=[\u4e00-\u9fff])")  # 甲(某医院…)乙(…) / 甲医院 乙医院
RE_DECISION_TITLE = re.compile(r"《?关于(?:命名|表彰|授予|公布)(.{2,40}?)的(?:决定|通知|通报|名单)》?")
RE_CLAUSE_ENDS = re.compile(r"\s*(?:[,。;!]|$)")
# 举行第49届南丁格尔奖章颁奖大会,…。甲、乙名列其中: a ceremony's title, its recipients named after it
RE_CEREMONY = re.compile(r"(?:举行|召开|举办)了?(?P<title>[^,。;]{2,40}?)(?:颁奖|表彰)(?:大会|典礼)")
ROLL_REACH = 30  # sentences a roll may run below the line announcing it, or its ceremony
RE_HELD = re.compile(r"(?:召开|举行|举办)")  # 中共某市委召开…表彰大会: the organs before it hold it
# a list published in one sentence, its recipients named in the next (…名单。甲、乙名列其中)
RE_LIST_PUBLISHED = re.compile(r"(?:公布|发布|印发|揭晓|通报)了?(?P<title>[^,。;]{2,50}?)(?:评选|评审)?(?:名单|结果)(?=[,。;]|$)")
RE_LIST_PUBLISHED_AFTER = re.compile(  # the list first: 2021年某省五一劳动奖章获得者名单近日公布,甲名列其中
    r"(?:^|(?<=[,;]))(?P<title>[^,。;]{2,40}?)(?:获得者|获奖者)?(?:评选|评审)?(?:名单|结果)"
    r"(?:近日|日前|正式|已经|已|于\d{1,2}月\d{1,2}日)?(?:公布|发布|揭晓|出炉)")


@dataclass(frozen=True, slots=True)
class Award:
    sentence: Sentence
    recipient: Span
    honor: HonorName
    years: tuple[int, ...]
    bodies: tuple[Span, ...]


@dataclass
class _State:
    """What earlier sentences tell later ones: the roll being read, the person a profile is about."""

    roll: tuple[HonorName, tuple[int, ...], tuple] | None = None  # title, years, (years, organs) told before
    topic: Span | None = None  # the person a paragraph is about (王某,男,…)
    topic_paragraph: int = -1
    last_person: Span | None = None  # the person 他/她 most likely stands for
    honors: list[tuple[Sentence, HonorName]] = field(default_factory=list)  # every title read
    announced: list[HonorName] = field(default_factory=list)  # 关于表彰…的决定, 对…予以表扬: what a list will name
    # the last clause's titles, with their years, organs and whether people received them
    conferred: list[tuple[HonorName, tuple[int, ...], tuple[Span, ...], bool | None]] = field(default_factory=list)
    recent: list = field(default_factory=list)  # the titles of the last sentence that conferred any, as ``conferred``
    given: dict = field(default_factory=dict)  # title -> (years, organs) of its first conferral told with its organs
    given_by_fallback: set = field(default_factory=set)  # titles whose organs there are the article's organisers
    recent_index: int = -1  # that sentence's index
    recent_years: tuple[int, ...] = ()  # the years its last conferral wrote (2021年, 去年), not those of the titles
    decision_year: tuple[int, ...] = ()  # 关于表彰2023年度…的决定: the year of the organisers' commendation
    signatures: tuple[tuple[int, int], ...] = ()  # (sentence index, year) of each decision's signature date
    news_paragraph: int = -1  # a paragraph opened as news (近日,…)
    published: tuple | None = None  # (sentence index, title, years, organs) of a list published without its names
    last_year: int | None = None  # the last year written so far (for 同年, 次年)
    profile: Span | None = None  # the person a profile or an expert card is about (王某,男,…; a name on its own line)
    profile_at: int = -1  # the sentence heading a profile written 王某,男,… (-1: none, or a card's name alone)
    honor_section: str | None = None  # inside a list of honors (主要荣誉:): whose, "person", "org" or ""
    own_titles: set = field(default_factory=set)  # titles the article's hospital itself confers (医院决定对…予以表彰)
    roll_organizers: list = field(default_factory=list)  # the organs the roll being read may be of
    roll_year: int | None = None  # the year a title over a table of awards gives (…2022年度…荣誉榜单)
    honor_unit: Span | None = None  # …under a heading naming one of the hospital's units (—— 医院党委 ——)
    award_table: bool = False  # inside a table of awards, a row each
    titles_first: bool = False  # (its title column before the recipient's: 序号 荣誉称号 获奖集体/个人 …)
    roll_numbered: bool = False  # the roll's entries are numbered (01 …): stories between them do not end it
    roll_at: int = -1  # the sentence heading the roll
    entry: tuple[Span | None, int] = (None, -1)  # a roll's 【collective】 heading its paragraph
    own_table: bool = False  # (no recipient's column: the article's hospital's honors, 年份 荣誉称号 授予单位)
    ceremony: tuple[int, tuple] = (-1, ())  # (sentence, organs) of 某某召开…表彰大会 with no recipient in it
    ceremony_years: tuple[int, ...] = ()  # the year that sentence writes (召开2024年…表彰大会)
    list_intro: int = -1  # the sentence announcing a roll below it (获表彰名单如下:)
    row_year: int | None = None  # the year cell of a table's last row that had one (a cell over several rows)
    chronicle: bool = False  # the article reports one year (某医院2024年工作总结, …大事记): its conferrals are of it
    heading_year: int | None = None  # a line that is a year alone (2016年), heading a chronicle's entries below it


def find_awards(doc: Doc, honors_seen: list | None = None) -> Iterator[Award]:
    found = _told_again(doc, [a for a in _find_awards(doc, honors_seen) if not _branch_title_to_hospital(a)])
    if "由" in doc.article.text:
        found = _organs_told_later(doc, found)
    yield from found
    if found and "的" in doc.article.text:
        yield from _also_conferred(doc, found)


def _branch_title_to_hospital(a: Award) -> bool:
    """A party branch's title (某省标杆党支部) given to the article's hospital where the sentence names no
    recipient: a hospital is no branch (the sentence names only the document that names them). Where the
    text itself says the hospital received it (该院…获评先进党支部), it did."""
    return a.recipient.kind == Kind.HOSPITAL and not a.recipient.surface \
        and a.honor.label.endswith(("党支部", "党总支", "样板支部", "标杆支部"))


def _told_again(doc: Doc, found: list[Award]) -> list[Award]:
    """A headline's conferral the body tells again, to the same recipient, with its title's level
    written otherwise (获评全国“最美医生” over 获评“最美医生”; 全省… over 甘肃省…): the body's."""
    title = doc.sentences[0] if doc.sentences else None
    if title is None or not any(a.sentence is title for a in found):
        return found
    told = {(a.recipient.label, RE_LEVEL_HEAD.sub("", a.honor.label)): a.honor.label for a in found
            if a.sentence is not title}
    # (昆医附二院急诊医学部获…, its short name unread: the body's unit of the hospital holds it, not the
    # hospital; "" matches no title, so the headline's award to the hospital is dropped)
    told.update({(a.recipient.hospital, RE_LEVEL_HEAD.sub("", a.honor.label)): "" for a in found
                 if a.sentence is not title and a.recipient.kind == Kind.ORG_UNIT and a.recipient.hospital
                 and (a.recipient.hospital, RE_LEVEL_HEAD.sub("", a.honor.label)) not in told})
    # (told again with the very same title, the two tellings are one award with both sentences)
    return [a for a in found if a.sentence is not title
            or told.get((a.recipient.label, RE_LEVEL_HEAD.sub("", a.honor.label)), a.honor.label) == a.honor.label]


def _find_awards(doc: Doc, honors_seen: list | None) -> Iterator[Award]:
    organizers = find_organizers(doc)
    doc_year = article_year(doc)
    dated = decision_years(doc)
    state = _State(chronicle=chronicle_year(doc) is not None,
                   signatures=_signatures(doc))
    for sent in doc.sentences:
        if RE_RULE_LINE.fullmatch(sent.text):  # a rule between a page's items: 他/她 are the next item's
            state.last_person = state.profile = state.topic = None
            continue
        spans = sentence_spans(doc, sent)
        state.decision_year = decision_year_at(dated, sent.index)
        if sent.text.startswith("【") and (close := sent.text.find("】")) > 1:
            # 【某医院某科】…: a roll's entry, what its paragraph's conferrals are to (【某疾控中心】: none of ours)
            entry = next((s for s in spans if s.start == 1 and s.end == close
                          and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)), None)
            if entry is not None or RE_ORGAN_END.search(sent.text, 1, close):
                state.entry = entry, sent.paragraph
        people = [s for s in spans if s.kind == Kind.PERSON]
        if people and people[0].start <= 1:
            state.topic, state.topic_paragraph = people[0], sent.paragraph
        elif sent.paragraph != state.topic_paragraph:
            state.topic = None
        if people:
            # (a colleague quoted on the subject, 院长某某说:“…”, is not whom 他/她 will stand for)
            state.last_person = next((p for p in people if not RE_SPEAKS.match(sent.text, p.end)), state.last_person)
            if people[0].start == 0 and (people[0].end == len(sent.text.rstrip()) or RE_PROFILE.match(sent.text)):
                state.profile, state.honor_section = people[0], None  # a profile's head, an expert card's name
                state.profile_at = sent.index if RE_PROFILE.match(sent.text) else -1
        section = RE_HONOR_SECTION.match(sent.text) if "荣誉" in sent.text or "获奖" in sent.text else None
        if section is not None and ("】" in section.group() or ":" in section.group()):
            whose = section.group("whose") or ""
            state.honor_section = "person" if whose == "个人" else "org" if whose else ""
        heading = section is None and len(sent.text) <= 40 and RE_HONORS_HEADING.search(sent.text) is not None
        if heading:  # 【链接】某院近年所获部分省级以上荣誉: a list of the hospital's honors below
            state.honor_section = ""
        elif section is None and (titled := RE_HONORS_TITLE_LINE.fullmatch(sent.text)):
            heading = True  # 一、集体荣誉 / 二、个人荣誉 / 医院荣誉: a page's section of honors, by whose they are
            whose = titled.group("whose") or ""
            state.honor_section = "person" if whose == "个人" else "org" if whose and len(whose) <= 2 else ""
        elif state.honor_section is not None and RE_LEVEL_HEADING.fullmatch(sent.text):
            continue  # (一)国家级: the section goes on, by level
        elif state.honor_section is not None and (unit := _unit_heading(doc, sent, spans)) is not None:
            state.honor_unit, state.honor_section = unit, "org"  # —— 医院党委 ——: the unit's honors below
            continue
        if heading or section is not None:
            state.honor_unit = None
        found_here = list(_sentence_awards(doc, sent, spans, organizers, doc_year, state))
        if state.honor_section is not None:
            start = section.end() if section is not None else len(sent.text) if heading else 0
            listed_here = list(_honor_list(doc, sent, spans, state, start))
            found_here += listed_here
            if section is None and not heading and (not listed_here and not found_here or RE_FIELD_LABEL.match(
                    sent.text) and _item_owner(sent.text, spans, RE_ROLL_ITEM.match(sent.text).end()) is None):
                state.honor_section = None  # the list has ended (出诊时间:, 人才项目:, a paragraph of prose)
        if "。" not in sent.text and (titled_year := RE_ROLL_TITLE_YEAR.search(sent.text)) is not None:
            state.roll_year = int(titled_year.group(1))  # 某医院2022年度区级以上荣誉榜单: the year of a table below
        untitled = RE_UNTITLED_ROLL.search(sent.text) if "名单" in sent.text else None
        if RE_TABLE_HEAD.match(sent.text) and ("荣誉" in sent.text or "称号" in sent.text or "奖项" in sent.text) \
                or RE_TITLES_FIRST_HEAD.match(sent.text) or RE_OWN_TABLE_HEAD.match(sent.text) \
                or untitled is not None and roll_heading(sent.text) is None:
            state.award_table = True  # 序号 姓名 科室及职务 荣誉称号 授予单位 时间: a row per award below
            state.titles_first = RE_TITLES_FIRST_HEAD.match(sent.text) is not None
            # (某医院2022年度获省部级以上表彰名单, no header: rows of a recipient, a title and organs, of that year)
            state.row_year = int(y.group(1)) if untitled and (y := RE_YEAR.search(sent.text)) else state.roll_year
            state.own_table = RE_OWN_TABLE_HEAD.match(sent.text) is not None
            continue
        if state.award_table:
            reader = _own_row if state.own_table else _titles_first_row if state.titles_first else _table_row
            row = list(reader(doc, sent, spans, state))
            if row or "。" not in sent.text and (RE_ROLL_ITEM.match(sent.text).end() or is_roll_filler(sent.text)
                                                   or state.own_table and RE_YEAR_CELL.match(sent.text)
                                                   or sent.text.count(" ") >= 2):  # (a row read as nothing)
                yield from row
                continue
            state.award_table = False
        if (heading_year := RE_YEAR_HEADING.fullmatch(sent.text)) is not None:
            state.heading_year = int(heading_year.group(1))
        if state.recent and RE_ALSO_HONORED.search(sent.text):
            found_here += list(_also_honored(sent, spans, state))
        if (written := RE_YEAR.findall(sent.text)):
            state.last_year = int(written[-1])
        if RE_NEWS_OPENER.match(sent.text):
            state.news_paragraph = sent.paragraph  # the paragraph reports news: its conferrals are of the article's date
        on_list = list(_on_the_list(doc, sent, spans, organizers, doc_year))
        if on_list and not found_here:  # (…命名表彰某称号,医院榜上有名。除医院外,还有甲和乙: that title's)
            state.recent = [(a.honor, a.years, a.bodies, None) for a in on_list[:1]]
            state.recent_index = sent.index
        found_here += on_list
        if not found_here and (("名单" in sent.text or "结果" in sent.text)
                               and ((m := RE_LIST_PUBLISHED.search(sent.text)) is not None
                                    or (m := RE_LIST_PUBLISHED_AFTER.search(sent.text)) is not None)
                               or "大会" in sent.text and (m := RE_CEREMONY.search(sent.text)) is not None):
            published = _published(doc, sent, spans, organizers, doc_year, m)
            state.published = None if published is None else (sent.index, *published)
        if not found_here and (state.published is not None or state.recent or "方面" in sent.text):
            found_here = list(_listed_next(sent, spans, state, doc_year))
        if not found_here and "分别" in sent.text and (named := RE_COUNT_NAMED.search(sent.text)) is not None:
            found_here = list(_count_named(doc, sent, spans, organizers, doc_year, state, named))
        if not found_here and state.given and ("是" in sent.text or "为" in sent.text) and ":" in sent.text:
            found_here = list(_titles_are(sent, spans, state, organizers, doc_year))
        if not found_here and state.given and "有" in sent.text and ":" in sent.text:
            found_here = list(_among_them(sent, spans, state))
        if not found_here and state.given and "当中" in sent.text:
            found_here = list(_winners_among(doc, sent, spans, state))
        yield from found_here
        if not found_here and "表彰大会" in sent.text and (c := RE_HELD.search(sent.text)) is not None:
            organs = tuple(s for s in spans if s.kind == Kind.AWARDING_BODY and s.end <= c.start())[-3:]
            if organs:
                state.ceremony = (sent.index, organs)
                state.ceremony_years = tuple(int(y) for y in RE_YEAR.findall(sent.text, 0, c.start() + 40))[-1:]
        news = announced(sent.text)
        state.announced.extend(news)
        if news and (at := sent.text.find("关于")) > 0:
            # 中共某省委印发《关于表彰…的决定》: the organs of the titles its roll below names
            organs = tuple(s for s in spans if s.kind == Kind.AWARDING_BODY and s.end <= at)[-3:]
            if organs and not RE_ISSUED.fullmatch(sent.text, organs[-1].end, at):
                organs = ()  # (the organs must issue it: 某局负责人表示…关于表彰… names no organ of it)
            for h in news if organs else ():  # (over the organisers a count's conferral fell back on)
                if h.label not in state.given or h.label in state.given_by_fallback:
                    state.given[h.label] = (state.given.get(h.label, (state.decision_year or doc_year,))[0], organs)
                    state.given_by_fallback.discard(h.label)
        if news and "关于" not in sent.text and (at := sent.text.find("表彰的")) > 0:
            # 在中共中央、国务院、中央军委联合表彰的…先进集体和先进个人中: the organs of the titles the roll below names
            organs = tuple(s for s in spans if s.kind == Kind.AWARDING_BODY and s.end <= at)[-3:]
            if organs and RE_JOINTLY.fullmatch(sent.text, organs[-1].end, at):
                for h in news:
                    state.given.setdefault(h.label, (state.decision_year or doc_year, organs))
        if news and "关于" not in sent.text and "名单" in sent.text:
            # a roll's heading: 某市卫生健康系统2023年度先进集体和先进个人名单(某市卫生健康委员会), its organ in
            # the bracket or on the line below it (…名单 / 某市总工会)
            at = sent.text.rindex("(") if sent.text.rstrip().endswith(")") else len(sent.text)
            organs = tuple(s for s in spans if s.kind == Kind.AWARDING_BODY and s.start > at)
            if not organs and sent.index + 1 < len(doc.sentences):
                below = doc.sentences[sent.index + 1]
                organs = tuple(_organs_line(below.text, sentence_spans(doc, below)))
            if organs or any(t.year for t in news):
                for h in news:
                    state.given.setdefault(h.label, ((h.year,) if h.year else state.decision_year or doc_year, organs))
        if news and RE_OWN_DECISION.search(sent.text):  # 医院决定对…“优秀护士”予以通报表彰: the hospital's own
            state.own_titles.update(h.label for h in news)
        boxed = organs_section(sent.text, spans)  # 一、某奖章(某总工会,2023年4月): the roll's own organs
        heading = (boxed[0] if boxed else None) or roll_heading(sent.text) \
            or list_follows(sent.text, state.announced,
                            [(h, ys) for h, ys, _, _ in state.recent] + _just_published(state, sent)) \
            or section_heading(sent.text, [k.label for _, k in state.honors], [k.label for k in state.announced],
                               state.decision_year) \
            or (bare_title_heading(sent.text) if state.list_intro >= 0 and sent.index - state.list_intro <= ROLL_REACH
                else None) \
            or selected_heading(sent.text, lambda: _titles_named_before(doc, sent)) or titled_heading(sent.text)
        if list_intro(sent.text):
            state.list_intro = sent.index
        if heading is not None:
            (title, years), rest = heading
            title = _named_before(title, state)
            if title.label.startswith(ORGAN_CUT_HEADS) and (fuller := fuller_title(title.label,
                                                                                 [k.label for _, k in state.honors])):
                title = replace(title, label=fuller)  # 委直属机关…名单 under “某省卫生健康委直属机关…”: the title in full
            told = (years, tuple(boxed[1])) if boxed else state.given.get(title.label) or \
                ((), state.ceremony[1] if 0 <= sent.index - state.ceremony[0] <= ROLL_REACH else ())
            state.roll, state.roll_numbered = (title, years, told), False  # (【先进集体】: the one named)
            state.roll_at = sent.index
            state.roll_organizers = [] if title.label in state.own_titles or boxed else organizers  # (no organ's title)
            if rest is not None:
                yield from _roll_line(sent, spans, state.roll, state.roll_organizers, doc_year, rest)
            continue
        if state.roll is not None and sent.index == state.roll_at + 1 and not state.roll[2][1] \
                and (organs := _organs_line(sent.text, spans)):
            title, years, told = state.roll  # 某市三八红旗手 / 某市妇联 / 甲 某医院…: the organ under the heading
            state.roll = (title, years, (told[0], tuple(organs)))
            continue
        if state.roll is not None:
            short = (len(sent.text) <= 40 or bool(RE_ENUMERATED.match(sent.text))  # rolls: one entry a line,
                     or "。" not in sent.text and (sent.text.count("、") >= 2  # or a line of names,
                                                   or len(RE_ENTRIES_APART.findall(sent.text)) >= 2  # or of entries
                                                   or sent.text.count("(") >= 2))  # (某医院:甲(某科主任)、乙(…))
            got = list(_roll_line(sent, spans, state.roll, state.roll_organizers, doc_year, 0)) if short else []
            if got and not found_here:
                yield from got
                state.roll_numbered = state.roll_numbered or bool(RE_ENUMERATED.match(sent.text)) \
                    and not RE_RESPECTIVE_LIST.search(doc.sentences[state.roll_at].text)
                # (…上榜,分别是: / 1. 甲; / 2. 乙。: a sentence's list, over when its items are)
            elif not got and not (is_roll_filler(sent.text) or RE_ENUMERATED.match(sent.text)
                                  or len(sent.text) <= 30 and "。" not in sent.text
                                  or state.roll_numbered and (not short or "。" in sent.text)):  # (01 甲 / a story / 02 乙)
                state.roll = None
    if honors_seen is not None:
        honors_seen.extend(state.honors)


# the heading of a list of honors in a profile or a hospital's page: 【主要荣誉】, 所获荣誉:, 医院荣誉:
RE_HONOR_SECTION = re.compile(r"\s*【?\s*(?P<whose>个人|医院|集体|单位|科室)?(?:主要|所获|获得|曾获|近年|历年|获奖)?"
                              r"(?:荣誉(?:称号|奖励)?|获奖情况)\s*(?:】\s*:?|:)\s*")
# a line heading a list of honors (no title of its own; a sentence ends in 。)
RE_HONORS_HEADING = re.compile(r"(?:所获|获得的?|荣获的?|获奖)[^,。;:!?]{0,14}?(?:荣誉(?:称号)?|奖项|表彰)(?:一览|清单|情况)?\s*$")
_RULE_MARKS = "—─=*■◆●★☆"  # a poster's or a page's rules around a heading: —— 集体荣誉 ——
_RULE = rf"[\s{_RULE_MARKS}]*"
# a line that is only a section's heading: (一、)集体荣誉, 医院荣誉, 个人荣誉榜
RE_HONORS_TITLE_LINE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.]|\(?[一二三四五六七八九十]{1,3}\)|[IVX]{1,4}[、.]?)?"
                                  + _RULE +
                                  r"(?P<whose>个人|医院|集体|单位|科室|团队|(?:集体|科室)[和及与](?:个人|员工))?(?:\([^()]{1,6}\))?"
                                  r"(?:主要|所获|获得|曾获|近年|历年|获奖)?荣誉(?:称号)?(?:榜|一览|名录)?(?:\([^()]{1,6}\))?" + _RULE)
# …and its parts by level: (一)国家级, 2.省部级荣誉
RE_LEVEL_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.]|\(?[一二三四五六七八九十\d]{1,3}\))?\s*"
                              r"(?:国家级|省部级|省级|市级|地市级|市厅级|县级|区级)(?:及以上)?(?:荣誉)?\s*")
RE_YEAR_HEADING = re.compile(r"\s*[【\[(]?\s*((?:19|20)\d{2})\s*年?度?\s*[】\])]?\s*")  # 2016年, 【2016年】: a chronicle's year
RE_PROFILE = re.compile(r"\s*[\u4e00-\u9fff·]{2,9},\s*[男女]\s*,")
RE_ITEM_SEPARATOR = re.compile(r"[;。]")
RE_FIELD_LABEL = re.compile(r"\s*(?:【[^】]{2,8}】|[\u4e00-\u9fff]{2,6}:)")  # 【从医故事】, 出诊时间: …


def _honor_list(doc: Doc, sent: Sentence, spans: list[Span], state: _State, start: int) -> Iterator[Award]:
    """The items of a list of honors without a verb (“全国五一劳动奖章”(2019年,中华全国总工会)), each
    the profile's person's, or the hospital's when the list is the hospital's or the title a collective's."""
    text = sent.text
    bodies = [(s.start, s.end, s.label, s.kind == Kind.AWARDING_BODY) for s in spans
              if s.kind in (Kind.AWARDING_BODY, Kind.HOSPITAL)]
    pos = start + RE_ROLL_ITEM.match(text[start:]).end()
    if any(s.start == pos and s.kind in (Kind.PERSON, Kind.ORG_UNIT) and RE_CELL_END.match(text, s.end) for s in spans) \
            and ":" not in text:
        yield from _table_row(doc, sent, spans, state)  # 护理部 2018年 某称号 某机关: a row, its recipient first
        return
    owner = _item_owner(text, spans, pos)  # 眼科:某称号(2012年,某机关);… / 神经外科主任 王某:…
    if owner is None and (own := RE_OWN_LINE.match(text, pos)) is not None and (home := local_hospital(doc, sent)):
        owner = Span(Kind.HOSPITAL, pos, pos, home, surface=""), own.end()  # 医院:某称号(…): the hospital's own
    if owner is not None:
        pos = owner[1]
    while pos < len(text):
        stop = RE_ITEM_SEPARATOR.search(text, pos)
        item_end = stop.start() if stop else len(text)
        if not RE_VERB.search(text, pos, item_end):  # (an item with a verb is read as a clause)
            year = RE_ITEM_YEAR.match(text, pos)  # 2019年 “…”, 2020年度 …
            honors, end, _ = read_honors(text, year.end() if year else pos, bodies)
            organs = tuple(bodies_after(text, spans, end))
            after = RE_DASH_AFTER.search(text, end, item_end)  # …(中共某省委)——医院党委: the unit's
            unit = next((s for s in spans if after and s.kind == Kind.ORG_UNIT and s.start >= after.end()
                         and RE_OWN_HOSPITAL.fullmatch(text, after.end(), s.start)), None)
            noted = RE_NOTE_YEAR.match(text, organs[-1].end) if organs else None  # (…(某总工会,2023年4月))
            for h in (_place_level(doc, h) for h in honors if h.end <= item_end):
                ys = tuple(dict.fromkeys(y for y in (h.year, int(year.group(1)) if year else None,
                                                     int(noted.group(1)) if noted else None) if y))
                if unit is not None and len(honors) == 1:
                    recipient = unit
                elif owner is not None:  # (the line's owner, when the title fits it: a person's, a unit's)
                    kind = individual(h.label)
                    fits = kind is None or kind == (owner[0].kind == Kind.PERSON)
                    recipient = replace(owner[0], start=h.start, end=h.start) if fits else None
                else:
                    recipient = _listed_owner(doc, state, h, h.start)
                if recipient is not None:
                    yield Award(sent, recipient, h, ys, organs)
        pos = item_end + 1


def _item_owner(text: str, spans: list[Span], pos: int) -> tuple[Span, int] | None:
    """Whose the honors after a colon are, when a line of a list opens with it: a unit (眼科:), or a
    person after their unit and post (神经外科主任 王某:); and where the honors start."""
    colon = text.find(":", pos, pos + 30)
    if colon < 0:
        return None
    person = next((s for s in spans if s.kind == Kind.PERSON and (s.end == colon or s.start == pos and
                                                                  RE_BRACKET_NOTE.fullmatch(text, s.end, colon))), None)
    # (徐某(护理部主任):; 医院党委:, the unit's span after 医院)
    unit = next((s for s in spans if s.kind == Kind.ORG_UNIT and s.start >= pos
                 and RE_OWN_HOSPITAL.fullmatch(text, pos, s.start)), None)
    if person is not None and (person.start == pos or unit is not None
                               or person.end == colon and colon - pos <= OWNER_HEAD):  # (驻村第一书记王某:)
        return person, colon + 1
    if unit is not None and unit.end == colon:
        return unit, colon + 1
    return None


OWNER_HEAD = 16  # characters a line's head may run before its owner's colon (a post, then the name)
RE_OWN_LINE = re.compile(r"(?:医院|我院|本院|全院):")
RE_NOTE_YEAR = re.compile(r"(?:等\d*[个家]?(?:部门|单位))?[,、]\s*((?:19|20)\d{2})(?:年|[.\-/]\d)")
RE_ITEM_YEAR = re.compile(r"((?:19|20)\d{2})(?:年度?|[.\-/]\d{1,2}(?![\d年]))\s*")  # (2017.11 全国文明单位: a poster's date)
RE_DASH_AFTER = re.compile(r"[—–-]{1,2}\s*")
RE_OWN_HOSPITAL = re.compile(r"(?:我院|本院|医院|院)?")  # (——医院党委: the unit's span starts at 党委)


def _unit_heading(doc: Doc, sent: Sentence, spans: list[Span]) -> Span | None:
    """A heading line that is one of the article's hospital's units and nothing else (—— 医院党委 ——)."""
    m = RE_RULED.fullmatch(sent.text)
    if m is None:
        return None
    return next((s for s in spans if s.kind == Kind.ORG_UNIT and s.end == m.end(1) and s.hospital == doc.main_hospital
                 and RE_OWN_HOSPITAL.fullmatch(sent.text, m.start(1), s.start)), None)


RE_RULED = re.compile(rf"{_RULE}([^\s{_RULE_MARKS},。;:]{{2,16}}){_RULE}")


def _listed_owner(doc: Doc, state: _State, h: HonorName, at: int) -> Span | None:
    """Whose an honor in a list of honors is: the profile's person for a title of people, the
    article's hospital for a collective's, as the list's heading says."""
    kind = individual(h.label)
    if state.honor_unit is not None and kind is not True:
        return replace(state.honor_unit, start=at, end=at)
    person = state.profile or (_headline_person(doc) if kind is True else None)
    if person is not None and state.honor_section != "org" and kind is not False:
        return person  # (a feature's 荣誉: list, the person its headline names: 巾帼风采丨某某:…)
    if doc.main_hospital and state.honor_section != "person" and kind is not True:
        return Span(Kind.HOSPITAL, at, at, doc.main_hospital, surface="")
    return None


def _headline_person(doc: Doc) -> Span | None:
    """The one person a feature's headline names (人物风采|某某:…), whom its list of honors is of."""
    if not doc.sentences:
        return None
    people = {s.label: s for s in sentence_spans(doc, doc.sentences[0]) if s.kind == Kind.PERSON}
    return next(iter(people.values())) if len(people) == 1 else None


RE_ROLL_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年度?[^,;:“”]{0,20}?(?:荣誉|表彰|光荣)(?:榜单|榜|名单)")
# a roll's title naming no one title (某医院2022年度获省部级以上表彰名单): a table of awards below, with no header
RE_UNTITLED_ROLL = re.compile(r"(?:获|受)?(?:表彰|获奖|荣誉)(?:人员|集体|个人|单位|情况)?名单\s*[:：]?\s*$")
# the header of a table of awards: its columns, the recipient's and the title's among them
RE_TABLE_HEAD = re.compile(r"\s*(?:序号\s*)?(?:(?:年份|年度|时间|获奖时间)\s+)?(?:获奖者|获奖人|(?:获奖|授予|表彰)对象|(?:获奖|受表彰)?(?:姓名|集体|单位|科室|个人|部门))[^,。;:]{0,40}?\s+"
                           r"[^,。;:]{0,20}?(?:荣誉称号|荣誉名称|荣誉|称号|奖项)[^,。;:]{0,30}$")
RE_CELL_END = re.compile(r"\s")
RE_CELL_START = re.compile(r"(?:^|(?<=[\s)]))(?=[\u4e00-\u9fff“]|(?:19|20)\d{2}年)")


def _table_row(doc: Doc, sent: Sentence, spans: list[Span], state: _State) -> Iterator[Award]:
    """A row of a table of awards: the recipient heads it, a cell holds the title, the organs and the
    date follow (2 王某 骨科副主任医师 某省五一劳动奖章 某省总工会 2023年4月)."""
    text = sent.text
    head = RE_ROLL_ITEM.match(text).end()
    when = RE_YEAR_CELL.match(text) or RE_SHORT_YEAR_CELL.match(text) \
        or RE_YEAR_CELL.match(text, head) or RE_SHORT_YEAR_CELL.match(text, head)  # (年份 姓名 …: the year first)
    head = when.end() if when else head
    first_cell = RE_CELL_END.search(text, head)
    cell_end = first_cell.start() if first_cell else len(text)
    cands = [s for s in spans if head <= s.start < cell_end and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)]
    if not cands:
        return
    recipient = max(cands, key=lambda s: (s.start == head, s.end))  # (医院党委: the unit after 医院)
    if recipient.kind != Kind.PERSON and first_cell is not None:  # 单位 姓名 …: the person in the next cell
        recipient = next((s for s in spans if s.kind == Kind.PERSON and s.start == first_cell.end()), recipient)
    bodies = [(s.start, s.end, s.label, s.kind == Kind.AWARDING_BODY) for s in spans
              if s.kind in (Kind.AWARDING_BODY, Kind.HOSPITAL)]
    for cell in RE_CELL_START.finditer(text, recipient.end):
        dated = RE_YEAR_CELL.match(text, cell.start())  # (王某 某科主任 2020年 某称号 …: the year's cell first)
        honors, end, _ = read_honors(text, dated.end() if dated else cell.start(), bodies)
        if len(honors) == 1 and (end == len(text) or not "\u4e00" <= text[end] <= "\u9fff"):
            h = _named_before(_place_level(doc, honors[0]), state)  # (优秀共产党员 under “全市优秀共产党员”)
            told_years, told_organs = _told(state, h.label)
            organs = [s for s in spans if s.kind == Kind.AWARDING_BODY and s.start >= end] or list(told_organs)
            year = RE_YEAR.search(text, end) or RE_LAST_YEAR_CELL.search(text, end)  # (…全国妇联 2022)
            years = (h.year,) if h.year else (int(year.group(1)),) if year else (_cell_year(when),) if when \
                else (_cell_year(dated),) if dated else told_years or ((state.row_year,) if state.row_year else ())
            for r in _cell_fellows(text, spans, recipient, cell_end):  # (甲、乙(某科): both)
                yield Award(sent, r, h, years, tuple(organs))
            return


def _cell_fellows(text: str, spans: list[Span], first: Span, cell_end: int) -> list[Span]:
    """A person heading a table's cell, and the people the cell lists after them with 、 or 和."""
    out = [first]
    while first.kind == Kind.PERSON and text.startswith(("、", "和"), out[-1].end):
        nxt = next((s for s in spans if s.kind == Kind.PERSON and s.start == out[-1].end + 1 and s.start < cell_end), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


# …and one whose title column comes first: 序号 荣誉称号 获奖集体/个人 授予单位 时间
RE_TITLES_FIRST_HEAD = re.compile(r"\s*(?:序号\s+)?(?:(?:年份|年度|时间|获奖时间)\s+)?(?:荣誉称号|荣誉名称|称号|奖项(?:名称)?|荣誉)\s+"
                                  r"(?:获奖者|获奖人|获得者|(?:获奖|授予|表彰)对象|(?:获奖|受表彰)?(?:集体|个人|姓名|单位|科室|部门))[^,。;:]{0,40}$")
TABLE_RECIPIENTS = (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)


def _titles_first_row(doc: Doc, sent: Sentence, spans: list[Span], state: _State) -> Iterator[Award]:
    """A row of a table whose title column comes first: the title, then the recipient (a unit, or a post
    and a person's name: the person), the organs and the date (1 某省五一劳动奖章 骨科主任 王某 某省总工会
    2024年4月)."""
    text = sent.text
    head = RE_ROLL_ITEM.match(text).end() or _row_number_end(text)
    when = RE_YEAR_CELL.match(text, head)  # (序号 年份 荣誉名称 …: a year cell first, or the last row's
    if when:                               # year, where a cell spans several rows)
        head, state.row_year = when.end(), int(when.group(1))
    bodies = [(s.start, s.end, s.label, s.kind == Kind.AWARDING_BODY) for s in spans
              if s.kind in (Kind.AWARDING_BODY, Kind.HOSPITAL)]
    honors, end, _ = read_honors(text, head, bodies)
    if len(honors) != 1 or (end < len(text) and "\u4e00" <= text[end] <= "\u9fff"):
        return
    first_organ = min((s.start for s in spans if s.kind == Kind.AWARDING_BODY and s.start >= end), default=len(text))
    cands = [s for s in spans if end <= s.start < first_organ and s.kind in TABLE_RECIPIENTS] \
        or _named_earlier(doc, sent, text, end, first_organ)
    if not cands:
        return
    people = [s for s in cands if s.kind == Kind.PERSON]
    recipient = people[0] if people else max(cands, key=lambda s: (s.end - s.start, -s.start))
    h = _place_level(doc, honors[0])
    organs = [s for s in spans if s.kind == Kind.AWARDING_BODY and s.start >= recipient.end]
    year = RE_YEAR.search(text, recipient.end) or RE_LAST_YEAR_CELL.search(text, recipient.end)
    years = (h.year,) if h.year else (int(year.group(1)),) if year else (state.row_year,) if state.row_year else ()
    yield Award(sent, recipient, h, years, tuple(organs))


def _named_earlier(doc: Doc, sent: Sentence, text: str, start: int, end: int) -> list[Span]:
    """A cell holding only a name (沈某) a row above named with a post (沈某(护理部主任)): that person."""
    cell = text[start:end].strip()
    for i in range(sent.index - 1, -1, -1):
        person = next((s for s in doc.spans.get(i, ()) if s.kind == Kind.PERSON and s.label == cell), None)
        if person is not None:
            at = text.index(cell, start)
            return [replace(person, start=at, end=at + len(cell), surface=cell)]
    return []


# …and a hospital's table of its own honors, with no recipient's column: 年份 荣誉称号 授予单位
_WHEN_CELL = r"(?:年份|年度|时间|获奖时间|获得时间|授予时间)"
_TITLE_CELL = r"(?:荣誉(?:\s*/\s*资质)?(?:称号|名称)?|称号|奖项(?:名称)?)"  # (荣誉/资质名称)
_ORGAN_CELL = r"(?:授予|颁发|表彰|颁奖|命名)(?:单位|机关|部门|机构)"
RE_OWN_TABLE_HEAD = re.compile(rf"\s*(?:序号\s+)?(?:{_WHEN_CELL}\s+)?(?:{_TITLE_CELL}\s+{_ORGAN_CELL}|"
                               rf"{_ORGAN_CELL}\s+{_TITLE_CELL})(?:\s+{_WHEN_CELL})?\s*$")  # (授予单位 荣誉名称 年份)
RE_ROW_NUMBER = re.compile(r"\s*\d{1,3}\s+(?=(?:19|20)\d{2})")  # 1  2005年 …: a row's number, then its year


def _row_number_end(text: str) -> int:
    m = RE_ROW_NUMBER.match(text)
    return m.end() if m else 0


RE_BLANK_CELL = re.compile(r"[—\-–/]+\s*(?=[\u4e00-\u9fff“])")
RE_SHORT_YEAR_CELL = re.compile(r"(\d{2})年度?\s+")  # 19年: a table's year cell written short


def _cell_year(m: re.Match[str]) -> int:
    """2019 from a year cell, 19年 read as 2019."""
    y = int(m.group(1))
    return y if y > 99 else 2000 + y


RE_YEAR_CELL = re.compile(r"((?:19|20)\d{2})(?:年度?)?(?![\d年])\s*")  # (a cell: 2011全区文明单位 has lost its gap)


def _own_row(doc: Doc, sent: Sentence, spans: list[Span], state: _State) -> Iterator[Award]:
    """A row of a hospital's table of its own honors: the year, the title, the organs (2011 全区文明单位
    某区文明委); the article's hospital is the recipient, or the unit a bracket after the title names
    (全区先进基层党组织(医院党委))."""
    text = sent.text
    pos = RE_ROLL_ITEM.match(text).end()
    year = RE_YEAR_CELL.match(text, pos)
    pos = year.end() if year else pos
    leading = _leading_organs(text, spans, pos)  # (授予单位 荣誉名称 年份: the organs' cell first)
    if leading:
        pos = leading[-1].end
        while pos < len(text) and text[pos] in "、 ":
            pos += 1
    blank = RE_BLANK_CELL.match(text, pos)  # (— : the year unknown)
    bodies = [(s.start, s.end, s.label, s.kind == Kind.AWARDING_BODY) for s in spans
              if s.kind in (Kind.AWARDING_BODY, Kind.HOSPITAL)]
    honors, end, _ = read_honors(text, blank.end() if blank else pos, bodies)
    if len(honors) != 1:
        return
    h = _place_level(doc, honors[0])
    bracket = RE_BRACKET_AFTER.match(text, end)
    inside = h.holder or (bracket.span(1) if bracket else None)  # (the title's reader may have taken the bracket)
    units = [s for s in spans if inside and inside[0] <= s.start < inside[1] and s.kind == Kind.ORG_UNIT]
    if units:
        recipient = units[0]
    elif doc.main_hospital and individual(h.label) is not True:
        recipient = Span(Kind.HOSPITAL, h.start, h.start, doc.main_hospital, surface="")
    else:
        return
    organs = leading or [s for s in spans if s.kind == Kind.AWARDING_BODY and s.start >= end]
    later = RE_YEAR.search(text, end) or RE_LAST_YEAR_CELL.search(text, end)
    years = (h.year,) if h.year else (int(year.group(1)),) if year else (int(later.group(1)),) if later else ()
    yield Award(sent, recipient, h, years, tuple(organs))


def _leading_organs(text: str, spans: list[Span], pos: int) -> list[Span]:
    """The organs a row opens with, one after another (中共某省委、某省人民政府 某称号 2020年)."""
    out: list[Span] = []
    at = pos
    for s in sorted((s for s in spans if s.kind == Kind.AWARDING_BODY and s.start >= pos), key=lambda s: s.start):
        between = text[at:s.start]
        if len(between) > 1 or between.strip("、 "):
            break  # (one 、 or one space between two organs of the cell, nothing before the first)
        out.append(s)
        at = s.end
    return out


RE_BRACKET_AFTER = re.compile(r"\s*\(([^()]{2,16})\)")
RE_LAST_YEAR_CELL = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年度?|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)?\s*$")  # …某省总工会 2019(.09)


def _roll_line(sent: Sentence, spans: list[Span], roll, organizers, doc_year, start: int) -> Iterator[Award]:
    """The recipients one line of an honor roll names: the first entity, or every name of a list of names.
    A title the article conferred before with its organs (州委决定,授予…“全州优秀共产党员”称号, then the
    attachment's roll) is conferred by them, in that year, on the roll too."""
    honor, years, told = roll
    recent = told[0] if told[0] and (not doc_year or max(told[0]) >= doc_year[0] - 1) else ()  # (not a past one's)
    head = start + RE_ROLL_ITEM.match(sent.text[start:]).end()
    honor = replace(honor, start=head, end=head)  # (named in the heading: no surface on this line)
    group = RE_ROLL_GROUP.match(sent.text, head)  # 孝感市(2个):甲医院、乙医院
    if group:
        head = group.end()
    cands = [s for s in spans if s.start == head and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)]
    people = [s for s in spans if s.kind == Kind.PERSON and s.start >= head]
    if (not cands or cands[0].kind != Kind.PERSON) and people and individual(honor.label) is True \
            and ("。" not in sent.text
                 or (start > 0 or RE_ITEM_MARK.match(sent.text)) and "。" not in sent.text.rstrip("。")):
        # (…是:甲,乙。; 3. 某科主任医师甲。: a numbered list's last item; not a line of prose after a roll)
        cands = [people[0]]  # 某医院 甲(某科主任) 乙(…), 某市 甲(…): a roll of people by hospital or city
    if not cands and "、" in sent.text[head:]:  # 哈医大二院急诊科、甲医院门诊部: the items read, past one that is not
        starts = [head, *(i + 1 for i, c in enumerate(sent.text) if c == "、" and i >= head)]
        items = [max((s for s in spans if s.start == p and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)),
                     key=lambda s: s.end, default=None) for p in starts]
        for r in _fit([r for r in items if r is not None], honor):
            yield Award(sent, r, honor, years or recent or doc_year, told[1] or tuple(organizers_for(honor, organizers)))
        return
    if cands:
        recipients = [max(cands, key=lambda s: s.end)]
        gap = RE_SPACE_GAP.match(sent.text, recipients[0].end)  # (甲党支部 乙党支部: apart by spaces)
        members = [s for s in spans if s.kind == Kind.PERSON and s.start > recipients[0].end]
        if recipients[0].kind != Kind.PERSON and sent.text.startswith(":", recipients[0].end) and members:
            recipients = members  # 内科第一党支部:王某 李某: a roll of people by their branch
        elif recipients[0].kind != Kind.PERSON and ("、" in sent.text or ";" in sent.text or gap):
            # one line listing the collectives
            recipients = listed(sent.text, spans, head)
        elif recipients[0].kind == Kind.PERSON:
            recipients = [s for s in spans if s.kind == Kind.PERSON and s.start >= head
                          and not any(s.start == o.start for o in spans if o.kind != Kind.PERSON)]
            recipients = list({r.label: r for r in recipients}.values())
        for r in _fit(recipients, honor) if individual(honor.label) is not False else \
                [r for r in recipients if r.kind != Kind.PERSON]:  # (a person on a roll of collectives: a heading missed)
            yield Award(sent, r, honor, years or recent or doc_year, told[1] or tuple(organizers_for(honor, organizers)))


HOLDER_REACH = 16  # characters between 曾获某称号的 and the name of the one who holds it (his post)
RE_POST_GAP = re.compile(r"[^,。;、“”()]*")


def _organs_line(text: str, spans: list[Span]) -> list[Span]:
    """A line that is nothing but the organs of a roll (某市妇联; 中共某市委 某市人民政府)."""
    organs = [s for s in spans if s.kind == Kind.AWARDING_BODY]
    rest = text
    for s in sorted(organs, key=lambda s: -s.start):
        rest = rest[:s.start] + rest[s.end:]
    return organs if organs and not rest.strip(" 、和") else []


def _on_the_list(doc: Doc, sent: Sentence, spans: list[Span], organizers: list[Span],
                 doc_year: tuple[int, ...]) -> Iterator[Award]:
    """…公布2022年度全省…先进集体名单,A、B榜上有名."""
    if not RE_LISTED.search(sent.text):
        return  # the pattern needs one of these
    for m in _each_match(RE_ON_THE_LIST, sent.text):
        published = _published(doc, sent, spans, organizers, doc_year, m)
        if published is None:
            continue
        for r in _listed_recipients(spans, m.start("who"), m.end("who")):
            yield Award(sent, r, *published)


def _published(doc: Doc, sent: Sentence, spans: list[Span], organizers: list[Span], doc_year: tuple[int, ...],
               m: re.Match[str]) -> tuple[HonorName, tuple[int, ...], tuple[Span, ...]] | None:
    """The title of a published list (公布2022年度全省…先进集体名单), its years and its organs."""
    title, shift = m.group("title"), m.start("title")  # (read in the title alone: its offsets are the title's)
    counted = RE_COUNTED_AS.match(title)  # 命名100个党支部为“…”: what the title is named on, then 为
    if counted is not None:
        title, shift = title[counted.end():], shift + counted.end()
    decision = RE_DECISION_TITLE.fullmatch(title)  # 发布《关于命名2022年度全国青年文明号的决定》,甲榜上有名
    if decision is not None:
        title, shift = decision.group(1), shift + decision.start(1)
    honors, _, _ = read_honors(title, 0)
    if decision is not None and len(honors) != 1:
        return None  # (…突出贡献个人和突出贡献集体的决定: the clause names which one)
    honors = [h for h in honors if individual(h.label) is not True] or honors
    if len(honors) != 1:
        return None
    h = _place_level(doc, replace(honors[0], start=honors[0].start + shift, end=honors[0].end + shift))
    bodies = [s for s in spans if s.kind == Kind.AWARDING_BODY and s.end <= m.start()] or \
        organizers_for(h, organizers)
    return h, (h.year,) if h.year else doc_year, tuple(bodies[-2:])


RE_ASPECT = re.compile(r"\s*(?P<title>[^,。;“”]{4,24}?|“[^“”]{2,24}”)方面[,，]")  # 全国青年岗位能手方面,


def _listed_next(sent: Sentence, spans: list[Span], state: _State, doc_year: tuple[int, ...]) -> Iterator[Award]:
    """…公布了…名单。甲、乙名列其中: the list the sentence before published names these; …授予全区60个
    集体“…”称号。甲、乙2个集体榜上有名: the titles the sentence before conferred, each to those of its kind;
    某称号方面,…甲、乙入选: the title the sentence opens on."""
    listed = RE_LISTED.search(sent.text)
    if listed is None or not RE_CLAUSE_ENDS.match(sent.text, listed.end()):
        listed = RE_ONE_OF_WINNERS.search(sent.text) if state.published is not None else None
    if listed is None:
        return  # (甲入选某人才工程: another list)
    here = listed.start()
    who = _listed_recipients(spans, 0, here, text=sent.text)
    aspect = RE_ASPECT.match(sent.text)
    titles, end, _ = read_honors(aspect.group("title"), 0) if aspect else ([], 0, False)
    if len(titles) == 1 and end >= len(aspect.group("title")):
        # 全国青年岗位能手方面,经共青团中央、人社部审核确定,甲、乙入选: the title the sentence is about, by its organs
        organs = tuple(s for s in spans if s.kind == Kind.AWARDING_BODY and aspect.end() <= s.start and s.end <= here)
        years = tuple(int(y) for y in RE_YEAR.findall(sent.text, 0, here)) or doc_year
        for r in _fit(who, titles[0]):
            yield Award(sent, r, replace(titles[0], start=here, end=here), years, organs)
    elif state.published is not None and sent.index - state.published[0] <= PUBLISHED_REACH:
        _, h, years, bodies = state.published
        for r in who:
            yield Award(sent, r, replace(h, start=here, end=here), years, bodies)
    elif state.recent and sent.index - state.recent_index == 1:
        for h, ys, bs, _ in state.recent:
            kind = individual(h.label)
            for r in who:
                if kind is None or kind == (r.kind == Kind.PERSON):  # (the collectives' title to collectives only)
                    yield Award(sent, r, replace(h, start=here, end=here), ys, bs)


# a count of recipients named after it: 我院3名医师获此殊荣,分别是甲、乙和丙 / 有两位来自我院,分别为甲和乙
RE_COUNT_NAMED = re.compile(r"(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:名|位|个|家|人)[^,。;“”]{0,12}?,?\s*(?:分别是|分别为)")
# what a title conferred in bulk follows: 公布了, 命名了, 表彰了30名, 评选出
RE_TITLE_INTRO = re.compile(r"(?:公布|命名|表彰|评选出|评出|授予)了?(?:\d{1,4}(?:名|个|家|位))?")


def _count_named(doc: Doc, sent: Sentence, spans: list[Span], organizers: list[Span], doc_year: tuple[int, ...],
                 state: _State, named: re.Match[str]) -> Iterator[Award]:
    """The recipients a count announces, named after it, of the one title the sentence names before it
    (表彰了30名“某市优秀医师”,我院3名医师获此殊荣,分别是…; 命名了某市青年文明号,我院被命名的两个集体分别是…)."""
    text = sent.text
    if state.published is not None and state.published[0] == sent.index:
        _, h, years, bodies = state.published  # (公布了…名单,全省共20名入选,有两位来自我院,分别为…)
        state.published = None  # (its recipients are these: no later sentence names more)
    else:
        found = []
        for intro in RE_TITLE_INTRO.finditer(text, 0, named.start()):
            found, _, _ = read_honors(text, intro.end())
            if found:
                break
        if not found and len(state.recent) == 1 and sent.index - state.recent_index == 1:
            h, years, bodies, _ = state.recent[0]  # 授予20名优秀青年“…”。其中,医疗卫生领域有3人,分别是…
        elif len(found) != 1 or found[0].end > named.start():
            return
        else:
            h = _place_level(doc, found[0])
            bodies = tuple([b for b in spans if b.kind == Kind.AWARDING_BODY and b.end <= h.start][-2:]) \
                or tuple(organizers_for(h, organizers))
            years = (h.year,) if h.year else _years(text, h.start, state.last_year, doc_year) or doc_year
    here = replace(h, start=named.start(), end=named.start())
    for r in _fit(_named_after(text, spans, named.end())[0], h):
        yield Award(sent, r, here, years, bodies)


def _each_match(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` starting anywhere, overlapping ones too (印发通知,命名“…”,甲、乙入选)."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _sentence_awards(doc: Doc, sent: Sentence, spans: list[Span], organizers: list[Span],
                     doc_year: tuple[int, ...], state: _State) -> Iterator[Award]:
    text = sent.text
    verbs = list(RE_VERB.finditer(text)) if RE_VERB_CHAR.search(text) else []
    if not verbs:
        return  # most sentences confer nothing: nothing else to prepare
    bodies = [(s.start, s.end, s.label, s.kind == Kind.AWARDING_BODY) for s in spans
              if s.kind in (Kind.AWARDING_BODY, Kind.HOSPITAL)]
    # a headline sums up (…获评全国先进集体); the body says what was conferred, so a headline
    # only counts with a quoted title
    is_title = text == doc.article.title and not text.endswith("。") and len(doc.sentences) > 1
    window_start = 0
    previous: list[Span] = []
    previous_bodies: list[Span] = []
    previous_years: list[str] = []  # (the years the clause of the previous organs wrote)
    occasion_years: tuple[int, ...] = ()
    if RE_SAME_OCCASION.match(text) and state.recent and sent.index - state.recent_index == 1:
        previous_bodies = list(state.recent[-1][2])  # 同时,乙被授予“…”: at the conferral just told, by its organs
        occasion_years = state.recent_years  # (and in the year it wrote, if any)
    titles_here: list = []
    also = RE_ALSO_HONORED.search(text) if "的" in text else None
    inside_names = [(s.start, s.end) for s in spans if s.kind != Kind.AWARDING_BODY]
    for m in verbs:
        counted = None
        if m.start() < window_start or also is not None and also.start() <= m.start() < also.end():
            continue  # (同获此项荣誉的还有…: _also_honored reads it)
        if any(a <= m.start() < b for a, b in inside_names):
            continue  # 获嘉县人民医院: a name's character, not a verb
        if text.endswith(("拟", "拟被", "建议"), 0, m.start()):
            window_start = m.end()
            continue  # 拟授予: a candidate, on a list put up for comment (公示), is not yet conferred
        if text.endswith("以", 0, m.start()) and RE_AS_A_START.match(text, m.end()):
            window_start = m.end()
            continue  # 以获得“…”为新起点: a conferral told before, now a resolve
        verb_end = m.end()
        recipients: list[Span] = []
        if m.group("active") or m.group("give"):
            recipients, verb_end = _recipients_after(text, spans, m.end())
            counted = not recipients and RE_COUNT_AFTER_VERB.match(text, verb_end)  # 授予全区60个集体“…”: none named
            if counted:
                verb_end = RE_COUNTED_KINDS.match(text, counted.end()).end()  # (一批集体和个人“…”“…”)
            if not recipients and RE_PRONOUN.match(text, verb_end):  # 授予他“…”: the person named last
                verb_end += 1
                recipients = [state.last_person] if state.last_person is not None else []
            if m.group("give") and text.startswith("颁发", verb_end):  # 为我院颁发“…”奖牌, 为他颁发了…
                verb_end += 3 if text.startswith("颁发了", verb_end) else 2
            if m.group("active") in ("确定", "认定"):  # 确定A等12家医院为“…”: only with 为 before the title
                if not recipients or not text.startswith("为", verb_end):
                    continue
                verb_end += 1
            elif m.group("active") == "命名" and (recipients or counted) and text.startswith("为", verb_end):
                verb_end += 1  # 命名A为“…”, 命名10名同志为…
            if not recipients and not _starts_honor(text, verb_end):
                continue
        given_by, verb_end = organs_giving(text, spans, verb_end)  # 荣获甲厅、乙委颁发的“…”
        honors, end, terminated = read_honors(text, verb_end, bodies)
        if not honors and recipients and m.group("active") == "授予" and \
                (first := RE_TITLE_FIRST.search(text, window_start, m.start())) is not None:
            # “某称号”称号,由某妇联授予我院某主任某某: the title first, the organs between 由 and the verb
            honors = [h for h in read_honors(text, first.start("title"), bodies)[0] if h.end <= first.end()]
            given_by = [b for b in spans if b.kind == Kind.AWARDING_BODY and first.end() <= b.start < m.start()]
            end = verb_end
        if is_title:
            honors = [h for h in honors if "“" in text[h.start:h.end] or text[h.start:h.end].startswith('"')]
        if not honors:
            named_here = _titles_introduced(text, m.start()) if RE_SAME_HONOR.match(text, m.start()) else []
            if len(named_here) == 1 and not any(
                    c[0].label == named_here[0].label for c in state.conferred):
                # 评选表彰首届“十佳医师”,甲、乙等10名医师获此荣誉: the title this sentence named
                state.conferred = [(named_here[0], _years(text, m.start(), state.last_year, doc_year) or doc_year, (),
                                    None)]
            elif not named_here and (topic := _topic_title(doc, sent, state)) is not None:
                # 全国三八红旗手中也有不少“白衣天使”。来自…的甲,来自…的乙,均获此称号: the title the sentence before is about
                state.conferred = [(topic, *state.given[topic.label], individual(topic.label))]
            elif not named_here and not state.conferred and state.published is not None \
                    and sent.index - state.published[0] <= PUBLISHED_REACH:
                # 某协会举行第十三届“某奖”颁奖大会,…。…主任甲也获此殊荣: the ceremony's title
                _, h, ys, bs = state.published
                state.conferred = [(h, ys, bs, individual(h.label))]
            if state.conferred and RE_SAME_HONOR.match(text, m.start()) \
                    and not RE_RESTATED.match(text, window_start):  # …,B、C均获此殊荣 (not 这是我市…首次获此殊荣)
                for h, ys, bs, people in state.conferred:
                    here = replace(h, start=m.start(), end=m.start())  # (named in an earlier clause: no surface here)
                    for r in _recipients_before(text, spans, window_start, m.start(), [h]):
                        if people is None or people == (r.kind == Kind.PERSON):  # (as the first were: people or not)
                            yield Award(sent, r, here, ys, bs)
                window_start = m.end()
            continue
        named = [_named_before(_place_level(doc, h), state, text) for h in honors]
        expanded = {n.label for h, n in zip(honors, named) if n.label != h.label and h.label in GENERIC_HEADS}
        honors = named
        if RE_SAME_BATCH.search(text, 0, m.start()):
            honors = [_batch_title(h, state) for h in honors]  # 同批获得“标杆党支部”…: the title named before
        state.honors.extend((sent, h) for h in honors)
        state.conferred = []
        unnamed = RE_UNNAMED.search(text[window_start:m.start()]) or counted
        if unnamed and any(s.end == window_start + unnamed.start() for s in spans
                           if s.kind == Kind.PERSON or s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)
                           and "、" in text[window_start:s.start]):
            unnamed = None  # 甲、乙两名同志被评为…, 甲医院、乙医院2家单位…: the count closes a list of names
            # (not 我院两个党支部获评…: the count of the hospital's own, unnamed)
        if not recipients and (named := RE_NAMED_AFTER_TITLE.match(text, end)):
            recipients, end = _named_after(text, spans, named.end())  # 获得“…”称号的是甲、乙
        if not recipients and text.endswith(("曾", "曾经"), 0, m.start()) and text.startswith("的", end):
            # 曾获评某称号的医院党委书记甲: the person the participle describes, after his post
            holder = next((s for s in spans if s.kind == Kind.PERSON and end < s.start <= end + HOLDER_REACH), None)
            if holder is not None and RE_POST_GAP.fullmatch(text, end + 1, holder.start):
                recipients, end = [holder], holder.end
        other = RE_OTHER_SUBJECT.search(text, max(window_start, m.start() - 12), m.start())  # (市卫生健康委获评…)
        if not recipients and not unnamed and not other:
            recipients = _recipients_before(text, spans, window_start, m.start(), honors)
        if not recipients and not unnamed and not other:
            recipients = _fallback_recipients(doc, sent, m.start(), honors, previous, state)
        if not recipients and unnamed and (named := RE_NAMED_AFTER.match(text, end)):
            recipients, end = _named_after(text, spans, named.end())  # 3家医院获…,分别是甲、乙和丙
        if not recipients and unnamed and (among := RE_AMONG_THEM.match(text, end)):
            # 授予30名同志“…”称号,某医院某主任甲位列其中: the one of the count the article is about
            recipients, end = _listed_recipients(spans, among.start("who"), among.end("who")), among.end()
        previous = recipients
        clause_bodies = given_by or bodies_for(spans, window_start, m)
        published_title = None
        ceremony = False
        if not clause_bodies and state.published is not None and 0 < sent.index - state.published[0] <= 2 \
                and any(h.label == state.published[1].label for h in honors):
            clause_bodies = list(state.published[3])  # …发布“某某”评选结果。获评“某某”的…中,有甲: its organs
            published_title = state.published[1].label  # (only that title's: 分别获评“它”和“另一个”)
        if not clause_bodies and state.ceremony[0] == sent.index - 1 and (m.group("passive") or m.group("get")) \
                and all(in_field(o.label, h.label) for o in state.ceremony[1] for h in honors):
            clause_bodies = list(state.ceremony[1])  # 中共某市委召开…表彰大会。院党委被授予…: its organs confer
            ceremony = bool(state.ceremony_years)  # (and in the year the ceremony was dated by)
        if not clause_bodies and (clause_bodies := bodies_after(text, spans, end)):
            end = clause_bodies[-1].end  # (the next clause starts after them: they are not its organs)
        clause_years = RE_YEAR.findall(text, window_start, m.start())
        if not clause_bodies and (m.group("active") or m.group("give")
                                  or all(fits_bodies(h.label, previous_bodies) for h in honors)
                                  and not (clause_years and previous_bodies and clause_years != previous_years)):
            # 授予A…称号,授予B…称号: one organ confers both; so does the organ of 甲获评“广东省…”,
            # 乙获评“广东省…” when the next title is of its level and place (and not of another year:
            # 乙则于2021年获评… is another conferral)
            clause_bodies = previous_bodies
        previous_bodies = clause_bodies
        previous_years = clause_years or previous_years
        years = _years(text, m.start(), state.last_year, doc_year)
        repeated = _repeated_years(text, window_start, m.start())
        respective = _respectively(text, m.start(), recipients, honors)
        history = bool(RE_HISTORY.search(text[max(0, window_start - 10):m.start() + 2]))
        for h in honors:
            hy = (h.year,) if h.year else ()
            fallback = [] if history or h.prefix_body else organizers_for(h, organizers)
            bs = fallback if published_title not in (None, h.label) else clause_bodies or fallback
            news = bool(fallback) or bool(RE_NEWS.search(text)) or h.label in doc.article.title \
                or state.news_paragraph == sent.paragraph or state.chronicle \
                or bool(clause_bodies) and "决定" in text[:m.start()]  # (近日,喜讯频传。/ 省妇联决定授予…,授予…)
            ys = tuple(dict.fromkeys(hy + years)) or (state.published[2] if published_title == h.label else ()) \
                or occasion_years \
                or (state.ceremony_years if ceremony else ()) \
                or (state.decision_year if fallback and not clause_bodies else ()) \
                or (_signed(state, sent.index) if "决定" in text[:m.start()] else ()) \
                or ((state.heading_year,) if state.heading_year and not history else ()) \
                or (_month_year(doc, text, m.start(), doc_year) if news and not history else ())
            if h.prefix_body:
                bs = [b for b in spans if b.kind == Kind.AWARDING_BODY and b.label == h.prefix_body] or bs
            if not clause_bodies and h.label in expanded and h.label in state.given:
                ys, bs = ys or state.given[h.label][0], list(state.given[h.label][1]) or bs
                # (…同获先进集体称号, the title conferred in full before: by its organs, in its year)
            given = _fit(recipients, h) if not respective else [respective[h]]
            holder = next((s for s in spans if h.holder and s.kind == Kind.ORG_UNIT
                           and (s.start, s.end) == h.holder), None)
            if holder is not None and any(r.kind == Kind.HOSPITAL and r.label == holder.hospital for r in given):
                given = [holder]  # 医院先后荣获“全国巾帼文明岗”(急诊科): the department holds it
            kinds = {r.kind == Kind.PERSON for r in given}
            state.conferred.append((h, ys, tuple(bs), kinds.pop() if len(kinds) == 1 else None))
            if bs and h.label not in state.given:
                state.given[h.label] = (ys, tuple(bs))
                if not clause_bodies:
                    state.given_by_fallback.add(h.label)  # (the article's organisers, not the clause's own)
            titles_here.append(state.conferred[-1])
            times = [(y,) for y in repeated] if repeated and not h.year else [ys]
            for r in given:
                for when in times:  # (2017年、2020年两度获评“…”: two conferrals)
                    yield Award(sent, r, h, when, tuple(bs))
        window_start = end
    if titles_here:
        state.recent = titles_here  # the titles of the last sentence that conferred any
        state.recent_index = sent.index
        last, told = titles_here[-1][0], titles_here[-1][1]  # (the date it was told at: not a title's own
        state.recent_years = tuple(y for y in told if y != last.year and f"{y}年度" not in text)  # year, 2022年度…)


# a sentence telling who confers a title named before: 该奖章由某省总工会授予; “某巾帼文明岗”由某省妇联命名
RE_TITLE_GIVEN_BY = re.compile(r"(?:该|此|这一)(?:奖章|奖状|称号|荣誉称号|荣誉|奖项)|“(?P<title>[^“”]{2,40})”(?:称号)?")
RE_BY = re.compile(r"(?:均|系|是)?由")


def _organs_told_later(doc: Doc, found: list[Award]) -> list[Award]:
    """Awards without an organ get the one a later sentence names for their title: the title quoted
    there, or (该奖章, 该称号) the titles of the sentence before."""
    out = list(found)
    for sent in doc.sentences:
        if "由" not in sent.text:
            continue
        for m in RE_TITLE_GIVEN_BY.finditer(sent.text):
            by = RE_BY.match(sent.text, m.end())
            if by is None:
                continue
            organs, pos = organs_at(sent.text, sentence_spans(doc, sent), by.end())
            if not organs or not RE_BY_VERB.match(sent.text, pos):
                continue
            title = m.group("title")
            earlier = [a.sentence.index for a in out if a.sentence.index < sent.index]
            for i, a in enumerate(out):
                if a.bodies or a.sentence.index > sent.index:
                    continue
                if title is not None and a.honor.label.endswith(title) \
                        or title is None and earlier and a.sentence.index == max(earlier):
                    out[i] = replace(a, bodies=tuple(organs))
    return out


# 对此次受表彰的“巾帼建功标兵”和“优秀女护士”,省妇联同时授予省“三八”红旗手荣誉称号
RE_ALSO = re.compile(r"对(?:此次|本次|这次|上述|以上)?(?:受表彰|受到表彰|获得|荣获|获评|被授予)的(?P<titles>[^。;；]{2,80}?)"
                     r"(?:获得者|人员|同志|个人|集体)?[,，]\s*(?P<by>[^,，。;；“]{0,30}?)(?:同时|一并|另行)?(?:授予|颁发)")


def _also_conferred(doc: Doc, found: list[Award]) -> Iterator[Award]:
    """Those who received the first titles receive a second: one award each, from the sentence's organ."""
    for sent in doc.sentences:
        m = RE_ALSO.search(sent.text) if "对" in sent.text and ("授予" in sent.text or "颁发" in sent.text) else None
        if m is None:
            continue
        firsts = [q.replace("“", "").replace("”", "") for q in re.findall(r"“([^”]{2,30})”", m.group("titles"))]
        if not firsts:
            continue
        spans = sentence_spans(doc, sent)
        organs = [s for s in spans if s.kind == Kind.AWARDING_BODY and m.start("by") <= s.start and s.end <= m.end("by")]
        honors, _, _ = read_honors(sent.text, m.end(), [])
        for h in (_place_level(doc, h) for h in honors):
            for a in found:
                if a.sentence is not sent and any(a.honor.label.endswith(f) for f in firsts):
                    for r in _fit([a.recipient], h):
                        yield Award(sent, r, h, a.years, tuple(organs) or a.bodies)


# 同批受到表彰的还有甲医院、乙医院等集体,以及丙某、丁某等个人: the titles just named, to each by kind
RE_ALSO_HONORED = re.compile(r"(?:(?:同批|同时|一同|同期|一并)(?:受到表彰|获得表彰|获表彰|受表彰|获评|获此殊荣|入选)"
                             r"|同获(?:此项|此|该项|该|这一)?(?:荣誉|殊荣|称号))的(?:集体|单位|医院|个人|同志)?(?:还有|有)"
                             r"|另一(?:家|个|位|名)(?:单位|医院|集体)?(?:为|是)"  # (与我院同获此项荣誉的还有…; 另一家为某医院)
                             r"|除(?:医院|我院|本院|该院)外,?(?:还有|另有)")  # (除医院外,还有甲和乙)


def _also_honored(sent: Sentence, spans: list[Span], state: _State) -> Iterator[Award]:
    m = RE_ALSO_HONORED.search(sent.text)
    who = _listed_recipients(spans, m.end(), len(sent.text))
    # (获得甲奖状的单位…除我院外,还有某医院: of the titles before, the one this sentence names)
    recent = [r for r in state.recent if r[0].label in sent.text[:m.start()]] or state.recent
    for h, ys, bs, person_title in recent:
        here = replace(h, start=m.start(), end=m.start())
        for r in who:
            if person_title is None or person_title == (r.kind == Kind.PERSON):
                yield Award(sent, r, here, ys, bs)


RE_RESTATED = re.compile(r"[\s,，;；]*(?:这|这也|也|此)?是")
RE_TITLE_TOPIC = re.compile(r"\s*(?P<title>[^,。;“”]{4,24}?)(?:获得者|获奖者)?(?:中|里|当中)")


def _topic_title(doc: Doc, sent: Sentence, state: _State) -> HonorName | None:
    """The title conferred earlier that the sentence before opens on (全国三八红旗手中也有…)."""
    return _opening_title(doc.sentences[sent.index - 1].text, state)[0] if sent.index > 0 else None


def _opening_title(text: str, state: _State) -> tuple[HonorName | None, int]:
    """The title conferred earlier that ``text`` opens on (全国三八红旗手中…), and where the opening ends."""
    if (m := RE_TITLE_TOPIC.match(text)) is None:
        return None, 0
    honors, end, _ = read_honors(m.group("title"), 0)
    if len(honors) != 1 or end < len(m.group("title")) or honors[0].label not in state.given:
        return None, 0
    return replace(honors[0], start=0, end=0), m.end()


RE_AMONG_WINNERS = re.compile(r"(?:他们|她们)(?:当中|之中)[,，]?(?:有|包括)")
WINNERS_REACH = 2  # sentences back to the one naming the title (“某奖章”是…最高奖励。本届30名获奖者中,…)


def _winners_among(doc: Doc, sent: Sentence, spans: list[Span], state: _State) -> Iterator[Award]:
    """…“某奖章”是…。本届获奖者中,…。他们当中,有甲医院某科主任乙,…以及丙: the people listed, of the one
    title conferred earlier that the sentences just before name."""
    m = RE_AMONG_WINNERS.search(sent.text)
    if m is None:
        return
    above = "".join(s.text for s in doc.sentences[max(0, sent.index - WINNERS_REACH):sent.index])
    named = {t for t in state.given if t in above.replace("“", "").replace("”", "")}
    if len(named) != 1:
        return
    title = named.pop()
    years, organs = state.given[title]
    h = HonorName(m.end(), m.end(), title, None, None)
    for r in _fit([s for s in _listed_recipients(spans, m.end(), len(sent.text)) if s.kind == Kind.PERSON], h):
        yield Award(sent, r, h, years, organs)


RE_AMONG_ARE = re.compile(r"[,，]?\s*(?:也|还|亦|同样)?有[^,。;:“”]{0,12}?[:：]")


def _among_them(sent: Sentence, spans: list[Span], state: _State) -> Iterator[Award]:
    """全国优秀党务工作者中,也有两位来自医院:甲和乙: those of a title conferred earlier listed after
    the colon, with its years and organs."""
    h, pos = _opening_title(sent.text, state)
    if h is None or (m := RE_AMONG_ARE.match(sent.text, pos)) is None:
        return
    stop = RE_CLAUSE_STOP.search(sent.text, m.end())
    years, organs = state.given[h.label]
    here = replace(h, start=m.start(), end=m.start())
    for r in _fit(_listed_recipients(spans, m.end(), stop.start() if stop else len(sent.text)), h):
        yield Award(sent, r, here, years, organs)


RE_SAME_HONOR = re.compile(r"获(?:得)?(?:此|这一|该|同一|此项)(?:殊荣|荣誉|称号|荣誉称号)")


RE_NAMED_AFTER = re.compile(r"[,，]\s*(?:分别是|分别为|其中包括|包括|他们是|即)")
RE_PRONOUN = re.compile(r"[他她](?![们人])|其(?=[“\"])")  # 授予他“…”, 追授其“…”
RE_SPEAKS = re.compile(r"\s*(?:说|表示|介绍|告诉|回忆|感慨|坦言|笑着说|:“)")
# a count where the recipients would be: 授予全区60个集体“…”
RE_COUNT_AFTER_VERB = re.compile(r"(?:全国|全省|全区|全市|全县|全州|全盟)?(?:共)?(?:\d+|[一二三四五六七八九十百两]+)(?:个|名|位|家|批)")
RE_COUNTED_AS = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)(?:个|名|位|家|批)[\u4e00-\u9fff]{0,8}?为")
RE_COUNTED_KINDS = re.compile(r"(?:(?:和|及|与|、)?(?:先进)?(?:集体|个人|单位|同志|人员|科室|医院|基层党组织|党组织|党支部|党员|党务工作者"
                              r"|医务人员|医务工作者|职工|青年|优秀青年|医生|护士|医师|教师|干部|工作者))*")
# a subject that is no hospital right before the verb: the clause confers nothing the graph holds
# (市卫生健康委获评…, 市疾病预防控制中心获评…, 某学会被评为…), and no earlier subject stands in for it
RE_OTHER_SUBJECT = re.compile(r"(?:疾病预防控制中心|疾控中心|卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局|卫生局|学会|协会"
                              r"|学校|学院|大学|公司|村|社区|政府|(?<![医病])院校)(?:也|还|再次|又|同时|均|都)?$")
# the title first, its organs between 由 and the verb: “某称号”称号,由某妇联授予…
RE_TITLE_FIRST = re.compile(r"\s*(?:(?:19|20)\d{2}年度?,?)?(?P<title>“[^“”]{2,40}”)(?:荣誉)?(?:称号)?,?\s*(?:是|系|均)?由")
# the title first, its recipients after: 获得“…”称号的是甲、乙 / 荣获…的有甲、乙和丙
RE_AMONG_THEM = re.compile(r"(?:荣誉)?(?:称号)?[,，]\s*(?P<who>[^。;,]{2,60}?)(?:位列其中|名列其中|榜上有名|在列)")
ORGAN_CUT_HEADS = ("委直属", "局直属", "厅直属")  # a title whose organ's name a roll's heading writes short
RE_ITEM_MARK = re.compile(r"\s*\d{1,3}[.、)]\s*(?!\d)")  # 3. 某科主任医师甲。 (not 1月16日,…)
RE_RESPECTIVE_LIST = re.compile(r"(?:分别是|分别为|依次是|依次为)[:：]$")
RE_JOINTLY = re.compile(r"\s*(?:联合|共同)?\s*")  # (甲、乙联合表彰的…: nothing else between the organs and the verb)
RE_ISSUED = re.compile(r"\s*(?:近日|日前|\d{1,2}月\d{1,2}日)?(?:联合)?(?:印发|下发|发布|作出|出台|发出)?了?\s*[《<]?\s*")
RE_ALSO_HAS = re.compile(r"[,，]\s*(?:也|还|又)有")
RE_NAMED_AFTER_TITLE = re.compile(rf"(?:称号|荣誉称号|荣誉|表彰|命名)?{NAMED_AFTER}[:：]?")


def _named_after(text: str, spans: list[Span], pos: int) -> tuple[list[Span], int]:
    """The recipients a count before the verb left unnamed, listed after the titles: 甲、乙和丙; after a
    colon, entries apart by commas up to the sentence's end (分别是:甲医院某科主任乙,丙医院…丁)."""
    colon = text.endswith((":", "：", "中,有"), 0, pos) or text.startswith((":", "："), pos)  # (…的人员中,有甲,乙)
    ends = ";；。" if colon else ",，;；。"
    end = min((i for i in (text.find(c, pos) for c in ends) if i >= 0), default=len(text))
    if text.endswith("既有", 0, pos) and (also := RE_ALSO_HAS.match(text, end)) is not None:
        # (获评…的单位中,既有甲、乙这样的老牌劲旅,也有位于远郊的丙: both clauses)
        end = min((i for i in (text.find(c, also.end()) for c in ends) if i >= 0), default=len(text))
    return _listed_recipients(spans, pos, end, posts=colon), end


def _listed_recipients(spans: list[Span], start: int, end: int, posts: bool = True,
                       text: str | None = None) -> list[Span]:
    """The recipients a list names between ``start`` and ``end``: people, and the units and hospitals
    that are not part of a longer one (某医院内科第一党支部 is on the list, not its hospital) nor, with
    ``posts``, the unit a person's post is written after (某医院肛肠科主任胡某入选: the person); given
    the ``text``, a unit followed by 、 or 和 is an entry of its own (甲科、乙科主任某某)."""
    who = [s for s in spans if start <= s.start and s.end <= end and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)]
    if posts:
        people = [p for p in who if p.kind == Kind.PERSON]
        who = [s for s in who if s.kind == Kind.PERSON or text is not None and text.startswith(("、", "和"), s.end)
               or not any(s.label in (p.unit, p.hospital) or 0 <= p.start - s.end <= LISTED_POST_CHARS for p in people)]
    return [s for s in who if not any(o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start
                                      or s.kind == Kind.HOSPITAL and o.start == s.end and o.hospital == s.label
                                      for o in who)]  # (医院急诊科榜上有名: the unit, written after 医院)


def _just_published(state: _State, sent: Sentence) -> list[tuple[HonorName, tuple[int, ...]]]:
    """The title of a list published in the sentence before (公布…“某称号”名单。某医院共有3名专家上榜,分别是:)."""
    if state.published is None or not 0 < sent.index - state.published[0] <= 1:
        return []
    return [(state.published[1], state.published[2])]


def _named_before(h: HonorName, state: _State, text: str = "") -> HonorName:
    """获评先进集体 after a decision that named “全省卫生健康系统先进集体”: the title named, not its kind
    (in a sentence about the province's commendation, 在此次全省表彰中, not a national one named since)."""
    if h.quoted or h.label not in GENERIC_HEADS:
        return h
    known = [k.label for _, k in state.honors] + [k.label for k in state.announced]
    if RE_PROVINCIAL_SCOPE.search(text):
        known = [k for k in known if not k.startswith(("全国", "国家"))] or known
    fuller = fuller_title(h.label, known)
    return replace(h, label=fuller) if fuller else h


RE_PROVINCIAL_SCOPE = re.compile(r"全省|省级")


RE_SAME_BATCH = re.compile(r"同批|同期|一同|同时|其中")  # (…授予“全市某先进基层党组织”称号。其中,甲获评先进基层党组织)


def _batch_title(h: HonorName, state: _State) -> HonorName:
    """A title conferred in the same batch as one named before in full (某省某系统“标杆党支部”,
    then 同批获得“标杆党支部”的还有…): the full title."""
    fuller = fuller_title(h.label, [k.label for _, k in state.honors])
    if fuller is None or not RE_LEVEL_HEAD.match(fuller) or RE_LEVEL_HEAD.match(h.label):
        return h  # (only a level and a field before it: 全市两新组织 + 先进基层党组织)
    return replace(h, label=fuller)


def _respectively(text: str, verb: int, recipients: list[Span], honors: list[HonorName]) -> dict:
    """A、B分别获评“X”“Y”: A receives X and B receives Y (honor -> recipient), when the counts agree."""
    if len(honors) < 2 or len(recipients) != len(honors) or not text.endswith("分别", 0, verb):
        return {}
    return dict(zip(honors, sorted(recipients, key=lambda r: r.start)))


PROFILE_REACH = 16  # sentences below a profile's head (王某,男,…) its career's lines may run
RE_PERSON_SUBJECT = re.compile(r"(?<!其)[他她](?![们人])[^,;]{0,4}$")  # (…;2019年,她入选…: she is the subject)


def _fallback_recipients(doc: Doc, sent: Sentence, verb: int, honors: list[HonorName], previous: list[Span],
                         state: _State) -> list[Span]:
    """A clause without its own subject: the subject of the clause before it, the person the
    paragraph is about, or the hospital the sentence speaks of (the article's own, or on a page
    of several items the one heading this item)."""
    text = sent.text
    kinds = {individual(h.label) for h in honors}
    if previous and (True not in kinds or any(p.kind == Kind.PERSON for p in previous)
                     or not RE_PERSON_SUBJECT.search(text, 0, verb)):
        return previous  # (not 她带领的某科护理团队被命名为…;她入选“最美护士”: she, not her team, again)
    pronoun = re.search(r"[他她](?!们|人)", text[:verb])
    if pronoun and state.last_person is not None:
        return [state.last_person]
    if state.topic is not None and (True in kinds or None in kinds):
        return [state.topic]
    if state.honor_section is not None and state.honor_section != "org" and state.profile is not None \
            and (True in kinds or None in kinds):
        return [state.profile]  # 所获荣誉:2018年获评“…”: the profile's person
    if state.profile is not None and state.profile_at >= 0 and 0 < sent.index - state.profile_at <= PROFILE_REACH \
            and (True in kinds or None in kinds):
        return [state.profile]  # 王某,男,…。/ 2003年 被…授予“…”称号: a career's line, the profile's person
    entry, paragraph = state.entry
    if paragraph == sent.paragraph and (False in kinds or None in kinds):
        return [entry] if entry is not None else []
    home = local_hospital(doc, sent)
    if home and (False in kinds or None in kinds):
        return [Span(Kind.HOSPITAL, verb, verb, home, surface="")]
    return []


def _place_level(doc: Doc, h: HonorName) -> HonorName:
    """省“三八”红旗手 -> 河北省“三八”红旗手, when the article is about one province."""
    m = re.match(r"^(省|市|县)(?![内外级直属委辖])", h.label)
    if not m:
        return h
    place = context_place(doc, m.group(1))
    if place is None:
        return h
    return replace(h, label=place.name + h.label[1:])


# a decision's signature: its organs on a line (or two), then the date alone on the next
RE_SIGNATURE_DATE = re.compile(r"\s*((?:19|20)\d{2})\s*[年.]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[月.]\s*"
                               r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?\s*")
SIGNATURE_REACH = 80  # sentences from a decision's conferral down to its signature


def _signatures(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Each line that is a date alone under a line of organs and nothing else: a decision's signature."""
    out = []
    for sent in doc.sentences[1:]:
        if len(sent.text) > 20 or (m := RE_SIGNATURE_DATE.fullmatch(sent.text)) is None:
            continue
        above = doc.sentences[sent.index - 1]
        spans = sentence_spans(doc, above)
        organs = [s for s in spans if s.kind == Kind.AWARDING_BODY]
        if organs and not any(s.kind != Kind.AWARDING_BODY for s in spans) \
                and len(re.sub(r"\s", "", above.text)) <= sum(s.end - s.start for s in organs) + 2:
            out.append((sent.index, int(m.group(1))))
    return tuple(out)


def _signed(state: _State, index: int) -> tuple[int, ...]:
    """The year a decision conferring in sentence ``index`` was signed: of the first signature below it."""
    return next(((y,) for i, y in state.signatures if index < i <= index + SIGNATURE_REACH), ())


RE_QUOTED = re.compile(r"“[^“”]{2,40}”")


def _titles_named_before(doc: Doc, sent: Sentence) -> list[HonorName]:
    """The quoted titles of the sentences before this one (within a roll's reach), in order."""
    out: list[HonorName] = []
    for other in doc.sentences[max(0, sent.index - ROLL_REACH):sent.index]:
        if "“" in other.text:
            for q in RE_QUOTED.finditer(other.text):  # (each alone: “…”名单 after it is no part of it)
                found, end, _ = read_honors(q.group(), 0)
                out.extend(h for h in found[:1] if h.quoted and end == len(q.group()))
    return out


RE_OWN_DECISION = re.compile(r"(?:医院|我院|本院|院党委|院方)(?:研究)?决定")
# 受表彰的优秀共产党员分别是:甲(某科)、乙(某科);优秀党务工作者是:丙(…): a title conferred before, its people
RE_TITLE_IS = re.compile(r"(?:^|(?<=[;,]))\s*(?:其中,?)?(?:(?:受到|受)表彰的|获评的|荣获的|被授予的)?"
                         r"(?P<title>[^,。;:“”]{2,24}?)(?:分别|依次)?(?:是|为)[:]")


def _titles_are(sent: Sentence, spans: list[Span], state: _State, organizers: list[Span],
                doc_year: tuple[int, ...]) -> Iterator[Award]:
    """The people (or units) each title conferred before is given to, listed after it and a colon, one
    title a clause (…分别是:甲(…)、乙(…);…是:丙(…))."""
    text = sent.text
    for m in RE_TITLE_IS.finditer(text):
        title = m.group("title").strip()
        if title not in state.given:
            continue
        stop = RE_CLAUSE_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        honor = HonorName(m.start("title"), m.end("title"), title, None, None)
        yield from _roll_line(sent, [s for s in spans if s.start < end], (honor, (), state.given[title]), organizers,
                              doc_year, m.end())


RE_CLAUSE_STOP = re.compile(r"[;。]")


def _told(state: _State, label: str) -> tuple[tuple[int, ...], tuple[Span, ...]]:
    """(years, organs) of the conferral of this title told earlier with its organs: of the title itself,
    or of the fuller title ending in it conferred last (优秀共产党员 in a table under 授予…“全市优秀共产党员”称号,
    after an item on 某省优秀共产党员: a roll follows the decision it belongs to)."""
    if label in state.given:
        return state.given[label]
    fuller = [k for k in state.given if k.endswith(label) and len(k) > len(label)]
    return state.given[fuller[-1]] if fuller else ((), ())


def _titles_introduced(text: str, end: int) -> list[HonorName]:
    """The title a clause before ``end`` selects, with no recipient between (评选表彰首届“十佳医师”;
    大会还表彰了医院第四届“某某好医生”): what 获此荣誉 refers to, the last one selected before it."""
    out: list[HonorName] = []
    for intro in RE_SELECTED.finditer(text, 0, end):
        found, stop, _ = read_honors(text, intro.end())
        if len(found) == 1 and found[0].start == intro.end() and stop <= end:
            out = found
    return out


RE_SELECTED = re.compile(r"(?:评选表彰|评选出|评出|评选|(?<=还)表彰)了?")


def _starts_honor(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*(?:(?:19|20)\d{2}年度?)?[^,。;]{0,12}“", text[pos:]))


SELF_SURFACES = ("我校", "我院", "本院", "该院", "医院")  # 授予医院护理部“…”: the unit the hospital is written before


def _recipients_after(text: str, spans: list[Span], pos: int) -> tuple[list[Span], int]:
    """授予 A、B 等N个集体 …: the recipients written right after the verb."""
    out: list[Span] = []
    while True:
        nxt = _post_holder(text, spans, pos)  # 授予某院内科主任王某“…”称号: the person, not the unit
        if nxt is None:
            nxt = next((s for s in spans if s.start == pos and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)),
                       None)
        if nxt is None and not out and text.startswith(("医院", "院"), pos):  # 授予医院党委“…”: the unit after 医院
            skip = 2 if text.startswith("医院", pos) else 1
            nxt = next((s for s in spans if s.start == pos + skip and s.kind == Kind.ORG_UNIT), None)
        if nxt is None:
            break
        longer = [s for s in spans if s.start == pos and s.end > nxt.end and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)]
        if longer and nxt.kind != Kind.PERSON:
            nxt = max(longer, key=lambda s: s.end)
        if out and out[-1].end == nxt.start and out[-1].kind == Kind.HOSPITAL and out[-1].surface in SELF_SURFACES:
            out.pop()  # 我校某某第一医院: the name says which
        out.append(nxt)
        pos = nxt.end
        if nxt.kind == Kind.PERSON and (b := RE_BRACKET_NOTE.match(text, pos)):
            pos = b.end()  # 授予郭某(某医院感染科主任)等9名同志
        if nxt.kind == Kind.PERSON and text.startswith("同志", pos):
            pos += 2  # 授予王某同志“…”称号
        follow = next((s for s in spans if s.start == pos and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)), None)
        if follow is not None and nxt.kind == Kind.HOSPITAL and nxt.surface in SELF_SURFACES:
            continue
        if text.startswith(("、", "和"), pos):
            pos += 1
            continue
        break
    if out:
        g = RE_GROUP_COUNT.match(text[pos:])
        if g:
            pos += g.end()
    return out, pos


def _post_holder(text: str, spans: list[Span], pos: int) -> Span | None:
    """A person written at ``pos`` after the post they hold (某院党委组织部部长王某), or right after
    their hospital or unit (某院王某), when the title or the next recipient follows the name."""
    # the post is counted from the end of the unit written at ``pos``, however long its name, or after a word
    # saying who they were (追授了因公殉职的某省某州某县人民医院全科医生王某)
    lead = RE_HOLDER_LEAD.match(text, pos).end()
    reach = max((s.end for s in spans if s.start in (pos, lead) and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)),
                default=pos)
    for s in spans:
        if s.kind == Kind.PERSON and (s.role and pos < s.start <= reach + RECIPIENT_POST_CHARS
                                      and not RE_NOT_IN_POST.search(text, pos, s.start) or pos < s.start == reach) \
                and (_starts_honor(text, s.end) or text.startswith(("、", "和", "等", "同志"), s.end)
                     or RE_CLAUSE_ENDS.match(text, s.end)):  # (“某称号”由某妇联授予某院某主任王某。)
            return s
    return None


RE_HOLDER_LEAD = re.compile(r"了?(?:[\u4e00-\u9fff]{2,8}的)?")
RE_SPOKE = re.compile(r"表示|说|指出|认为|介绍|强调|宣读|宣布|:")  # (甲宣读了表彰决定:乙荣获…: 甲 only read it)
RE_FROM_NEXT = re.compile(r"(?:\([^()]{1,12}\))?[,，、]来自[^,，。;；:]{4,60}")
RE_BRACKET_NOTE = re.compile(r"\([^()“”]{1,40}\)")


def _recipients_before(text: str, spans: list[Span], start: int, verb: int, honors: list[HonorName]) -> list[Span]:
    """The recipients of a clause: people for individual titles, else the last unit or hospital;
    before 分别 and as many titles, the list of them, units and people alike."""
    window = [s for s in spans if start <= s.start and s.end <= verb]
    if len(honors) >= 2 and text.endswith("分别", 0, verb):
        listed = _listed_recipients(spans, start, verb, text=text)
        if len(listed) == len(honors):
            return listed
    people = [s for s in window if s.kind == Kind.PERSON]
    orgs = [s for s in window if s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)]
    kinds = {individual(h.label) for h in honors}
    if people and (True in kinds or None in kinds or not orgs):
        last = people[-1]
        group = [p for p in people if p.start >= _group_start(people, last, text)]
        return group
    if orgs:
        last_end = max(o.end for o in orgs)
        ending = [o for o in orgs if o.end == last_end]
        group = [max(ending, key=lambda o: o.end - o.start)]
        for o in sorted(orgs, key=lambda o: (-o.end, o.start)):  # 感染科、重症医学科获…: they receive together
            if o.end < group[0].start and RE_JOIN.fullmatch(text[o.end:group[0].start]) and o.start < group[0].start:
                group.insert(0, o)
        return group
    return []


def _group_start(people: list[Span], last: Span, text: str) -> int:
    """People joined by 、/和 before a verb receive together, and so do people each introduced by where
    they come from, however long its name (来自某省某大学附属医院的某科主任医师甲,来自…的乙,都被授予…)."""
    start = last.start
    for p in reversed(people[:-1]):
        if 0 <= start - p.end <= 30 and not RE_SPOKE.search(text, p.end, start) \
                or RE_FROM_NEXT.fullmatch(text, p.end, start):  # (院长甲表示,医院将以乙获评…: 甲 only spoke)
            start = p.start
        else:
            break
    return start


def _fit(recipients: list[Span], honor: HonorName) -> list[Span]:
    """Of mixed recipients, the people get titles for people and the collectives the others.

    A hospital's party committee (院党委) receives party honors; for the others
    (全国卫生系统先进集体) the text names the committee as the hospital's voice.
    """
    if not re.search(r"党|共产", honor.label):
        recipients = [_hospital_of(r) if r.kind == Kind.ORG_UNIT and r.label.endswith("党委") and r.hospital
                      else r for r in recipients]
    kind = individual(honor.label)
    if kind is True:  # (a hospital is no 先进个人: 某医院医师获“…先进个人”, the doctor unnamed)
        return [r for r in recipients if r.kind == Kind.PERSON] or [r for r in recipients if r.kind != Kind.HOSPITAL]
    if kind is False:
        return [r for r in recipients if r.kind != Kind.PERSON] or recipients
    return recipients


def _hospital_of(unit: Span) -> Span:
    """The hospital a unit (its 党委) speaks for; the unit's words are no name of the hospital."""
    label = unit.hospital or unit.label
    return Span(Kind.HOSPITAL, unit.start, unit.end, label, surface=label)


def _years(text: str, verb: int, last_year: int | None = None, doc_year: tuple[int, ...] = ()) -> tuple[int, ...]:
    """The last year written before the verb (2021年2月,党中央、国务院授予…), or told relative to
    the year before it (同年, 那一年, 次年) or to the article's (今年, 去年, 前年, 是年), whichever is written later."""
    explicit = sorted([*RE_YEAR.finditer(text, 0, verb), *RE_ANNIVERSARY.finditer(text, 0, verb),
                       *RE_DOTTED_DATE.finditer(text, 0, verb)], key=lambda m: m.start())
    relative = list(RE_RELATIVE_YEAR.finditer(text, 0, verb))
    if relative and (not explicit or relative[-1].start() > explicit[-1].start()):
        word = relative[-1].group()
        base = _year_of(explicit[-1]) if explicit else last_year
        if word in ("是年", "今年", "本年"):
            return doc_year[:1]  # (是年, a yearbook's word: the year of its entry, not the last year written)
        if word in ("同年", "当年", "这一年", "那一年") and base:
            return (base,)
        if word in ("次年", "翌年", "第二年") and base:
            return (base + 1,)
        if word.endswith(("年后", "年之后")) and base:
            return (base + (int(word[0]) if word[0].isdigit() else CN_DIGITS[word[0]]),)
        if doc_year and word in ("去年", "上年", "上一年"):
            return (doc_year[0] - 1,)
        if doc_year and word == "前年":
            return (doc_year[0] - 2,)
    return (_year_of(explicit[-1]),) if explicit else ()


def _year_of(m: re.Match[str]) -> int:
    """The year a match of RE_YEAR or RE_ANNIVERSARY tells (建党100周年: 1921 + 100)."""
    if m.re is RE_YEAR or m.re is RE_DOTTED_DATE:
        return int(m.group(1))
    count = m.group("n")
    n = int(count) if count.isdigit() else ANNIVERSARY_WORDS[count]
    return (PARTY_FOUNDED if m.group("party") else PRC_FOUNDED) + n


# 2023.3, / 2021.7.1: a date written with dots (not 2019.5万元, a number)
RE_DOTTED_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\.(?:1[0-2]|0?[1-9])(?:\.\d{1,2})?(?![\d.%万亿元米])")
PARTY_FOUNDED, PRC_FOUNDED = 1921, 1949
ANNIVERSARY_WORDS = {"百": 100, "一百": 100, "九十五": 95, "九十": 90, "七十": 70, "六十": 60, "七十五": 75}
# 建党百年之际, 庆祝中国共产党成立100周年, 新中国成立70周年: a year told by an anniversary
RE_ANNIVERSARY = re.compile(r"(?:(?P<party>建党|中国共产党成立|党的(?=\d|百|一百|九十))|(?:新中国|中华人民共和国)成立)"
                            r"(?P<n>\d{2,3}|一百|百|九十五|九十|七十五|七十|六十)(?:周年|年)")


MONTHS_AHEAD = 2
RE_BARE_MONTH = re.compile(r"(?<![\d年.\-/])(1[0-2]|0?[1-9])月")


def _month_year(doc: Doc, text: str, verb: int, doc_year: tuple[int, ...]) -> tuple[int, ...]:
    """The article's year for a conferral dated by its month alone, unless that month is still to come
    at the article's date: 3月,省妇联授予… in a review posted in January is last year's March. (A month
    just ahead may be in the week a digest's date opens: 2024年4月29日—5月5日.)"""
    date = doc.article.date or ""
    months = RE_BARE_MONTH.findall(text, 0, verb)
    if doc_year and len(date) >= 7 and date[:4] == str(doc_year[0]) and months \
            and int(months[-1]) >= int(date[5:7]) + MONTHS_AHEAD:
        return (doc_year[0] - 1,)
    return doc_year


RE_YEAR_LIST = re.compile(r"(?:(?:19|20)\d{2}年[、和及与]){1,5}(?:19|20)\d{2}年"
                          r"(?:[两三四五六]度|[两三四五六]次|先后|分别|均|都|连续)*(?:被|又|再)?$")


def _repeated_years(text: str, start: int, verb: int) -> list[int]:
    """2017年、2020年两度获评…: the years of a title conferred again and again, right before its verb."""
    m = RE_YEAR_LIST.search(text, start, verb)
    return [int(y) for y in re.findall(r"((?:19|20)\d{2})年", m.group())] if m else []


CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
RE_RELATIVE_YEAR = re.compile(r"同年|当年|是年|这一年|那一年|次年|翌年|第二年|去年|上一?年(?!度)|前年|今年|本年(?!度)"
                              r"|(?:[两二三四五六七八九十]|\d)年(?:后|之后)")  # (三年后: of the year before it)




