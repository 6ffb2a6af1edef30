"""Paired assistance: a hospital aids a county, township, village or another hospital.

A clause with an aid word (对口帮扶, 对口支援, 托管, 驻村帮扶, 援藏 …) names
the aiding hospital before it and the aided place or hospital after it (帮扶
某县人民医院), between 对/与 and it (对某县人民医院深度帮扶), or after
到/赴 (到某镇某村开展扶贫工作). Places are read as chains down to the
village and placed in their county through the gazetteer, using the article's
context for short township names (红岩乡 -> the 红岩苗族乡 of the article's county).
Places a hospital only goes to for a disaster, and its own county, are not aid.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..gazetteer import Division, load_gazetteer
from ..records import Kind, Sentence
from ..segment import general_freq
from .doc import Doc
from .spans import Span, sentence_spans

RE_AID = re.compile(
    r"对口帮扶|对口支援|结对帮扶|定点帮扶|驻村帮扶|组团式帮扶|“组团式”帮扶|组团式援[藏疆]|医疗帮扶|精准帮扶|托管|帮扶|支援|援藏|援疆|援青|援滇|援黔|援建|驻村|扶贫|挂职"
    r"|(?<=[村查])工作队|工作队(?=进驻)|第一书记"  # (驻某旗某镇某嘎查工作队; 派驻某村第一书记; 派出工作队进驻某乡)
)
RE_TARGET_LEAD = re.compile(r"(?:赴|到|前往|派驻到|派驻|驻|来到|抵达|到达|奔赴|远赴|深入|进驻|支援|帮扶|托管|对口支援|对口帮扶|援助"
                            r"|(?:对口|结对)(?:支援|帮扶)的|托管的)$")  # (到对口帮扶的甲医院、乙医院驻点)
# the aided named first, then taken into a hospital's aid: 某县人民医院也被纳入帮扶范围 / 被列为对口支援单位
RE_TAKEN_IN = re.compile(r"(?:也|还|又|已|均|先后)?(?:被|已被)?(?:纳入|列入|列为)(?:了)?(?:对口|结对)?(?:帮扶|支援|托管)"
                         r"(?:范围|对象|名单|单位|医院)")
RE_ASSIGNED_AFTER = re.compile(r"(?:的)?(?:对口支援|对口帮扶|帮扶|托管|支援)(?:工作)?任务")  # 承担某县人民医院对口支援任务
RE_AID_AFTER_LIST = re.compile(r"(?:建立|签订|签署|开展|结成|结为|形成|确立)?了?的?(?:" + RE_AID.pattern + ")")
COMMON_WORD_FREQ = 500  # a county's short form more frequent than this in general text is read as the word
RE_SENT_AFTER = re.compile(r"(?:派驻|选派|派出|派遣|下派|输送)")  # 向某县人民医院派驻专家
RE_POST_LEAD = re.compile(r"(?:现任|担任|挂任|兼任|任)$")  # 援藏干部,现任某县人民医院院长: the post is there
RE_WORK_THERE = re.compile(r"(?:[^,。;]{0,4}?|开展[^,。;]{0,10}?)(?:帮扶|挂职|支援|驻点|坐诊带教|蹲点|援[藏疆青滇黔])"
                           r"(?!专家|团队|医疗队|队员|工作队|人员)")  # (not 在X对口帮扶专家团队的指导下)
RE_NOT_AID = re.compile(r"抗疫|疫情|地震|救灾|抗洪|灾区|抗震|洪灾|泥石流|救援")
RE_PLACE_CHAIN = re.compile(
    r"(?P<chain>(?:[\u4e00-\u9fff]{2,14}?(?:自治区|省|自治州|地区|盟|州|市))?"
    r"(?:[\u4e00-\u9fff]{1,9}?(?:自治县|县|区|旗|市))?"
    r"(?:[\u4e00-\u9fff]{1,12}?(?:乡|镇|街道|苏木))?"
    r"(?:[\u4e00-\u9fff]{1,6}?(?:村|嘎查))?)"
)


RE_COUNTY_TOWNSHIP = re.compile(
    r"(?=([\u4e00-\u9fff]{1,8}?(?:自治县|县|区|旗|市)[\u4e00-\u9fff]{1,12}?(?:乡|镇|街道)(?:[\u4e00-\u9fff]{1,6}?村)?))")


@dataclass(frozen=True, slots=True)
class Place:
    start: int  # sentence-local
    end: int
    surface: str
    county: Division | None
    township: Division | None
    village: str | None  # village name (not in the gazetteer)
    division: Division | None  # the most specific division found


@dataclass(frozen=True, slots=True)
class Aid:
    sentence: Sentence
    hospital: Span
    target: Span | Place
    mode: str


def find_aid(doc: Doc) -> Iterator[Aid]:
    table: tuple[bool, str] | None = None  # inside a table of aid pairs: (its aiders' column first, its aid word)
    for sent in doc.sentences:
        if table is not None:
            pairs = list(_table_pair(doc, sent, *table))
            if pairs:
                yield from pairs
                continue
            table = None
        if (head := RE_AID_TABLE_HEAD.search(sent.text)) is not None:
            table = head.group("aider") is not None, _mode(RE_AID.search(head.group()))
            continue
        if not RE_AID.search(sent.text):
            if RE_PAIR.match(sent.text):
                yield from _pair_line(doc, sent)
            continue
        spans = sentence_spans(doc, sent)
        yield from _sentence_aid(doc, sent, spans)


# the header of a table of aid pairs: 序号 支援医院 受援医院 帮扶形式 (the aiders' column first or second)
_AIDER_CELL = r"(?:支援|帮扶|派出|托管|援建)(?:医院|单位|方)"
_AIDED_CELL = r"(?:受援|被帮扶|被托管|被支援)(?:医院|单位|方|县|县区|地区)"
RE_AID_TABLE_HEAD = re.compile(rf"^[^,。;:]{{0,12}}?(?:(?P<aider>{_AIDER_CELL})\s+(?:[^,。;:\s]{{1,8}}\s+)?{_AIDED_CELL}"
                               rf"|{_AIDED_CELL}\s+(?:[^,。;:\s]{{1,8}}\s+)?{_AIDER_CELL})(?:\s[^,。;:]{{0,30}})?$")


def _table_pair(doc: Doc, sent: Sentence, aider_first: bool, word: str) -> Iterator[Aid]:
    """A row of a table of aid pairs: its first two hospitals, the aider's and the aided one's (1 甲医院
    乙县人民医院 托管 优秀), in the header's order; the row's own aid word, else the header's, is the mode."""
    spans = sentence_spans(doc, sent)
    hospitals = [s for s in spans if s.kind == Kind.HOSPITAL
                 and not any(o.kind == Kind.HOSPITAL and o.start <= s.start and s.end <= o.end and o != s for o in spans)]
    if len(hospitals) < 2 or "。" in sent.text:
        return
    aider, aided = hospitals[:2] if aider_first else hospitals[1::-1]
    own = RE_AID.search(sent.text, max(aider.end, aided.end))
    yield from _to_hospitals(doc, sent, aider, [aided], _mode(own) if own else word)


# a line of a list of aid pairs: (一)甲医院——乙县人民医院、丙县人民医院 (under a heading about aid)
RE_PAIR = re.compile(r"\s*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[.、])?\s*[\u4e00-\u9fff]{4,30}?(?:——|—|--|→)")
RE_PAIR_DASH = re.compile(r"\s*(?:——|—|--|→)\s*")
PAIR_CONTEXT = 6  # how many sentences before a pair line (its heading) may say the list is of aid


def _pair_line(doc: Doc, sent: Sentence) -> Iterator[Aid]:
    """甲医院——乙医院、丙医院: the first aids the others, when the line, the sentence after it or a
    heading shortly before says the list is of paired assistance."""
    around = doc.sentences[max(0, sent.index - PAIR_CONTEXT):sent.index + 2]
    aid_word = next((m for s in around if (m := RE_AID.search(s.text))), None)
    if aid_word is None:
        return
    text = sent.text
    lists = _hospital_lists(text, [s for s in sentence_spans(doc, sent) if s.kind == Kind.HOSPITAL])
    for chain in lists:
        gap = RE_PAIR_DASH.match(text, chain[0].end)
        if len(chain) == 1 and gap is not None:
            targets = next((c for c in lists if c[0].start == gap.end()), [])
            yield from _to_hospitals(doc, sent, chain[0], targets, _mode(aid_word))
            return  # (one pair a line)


def _to_hospitals(doc: Doc, sent: Sentence, aider: Span, targets: list[Span], mode: str) -> Iterator[Aid]:
    """The aid of ``aider`` to hospitals: to the county each lies in, unless it is the aider's own."""
    own = _own_county(doc, aider.label)
    for t in targets:
        county = _hospital_county(doc, t.label)
        if t.label != aider.label and county is not None and (own is None or county.code != own.code):
            yield Aid(sent, aider, t, mode)


# the aided hospital first: 甲县人民医院的对口帮扶单位是乙医院 (with no hospital before it, the article's)
RE_AIDED_BY = re.compile(r"的?(?:对口|结对|定点)?(?:帮扶|支援|托管)(?:单位|医院)(?:则|就)?(?:是|为)")


UNNAMED_SURFACES = ("医院", "我院", "本院", "该院", "院", "我校")  # the hospital unnamed: which one is a guess
RE_UNDER_AID_TAIL = re.compile(r"的?(?:大力|倾力|全力|精准|持续)?(?:对口|结对|定点|组团式)?(?:帮扶|支援|托管)下[,，]?")
RE_UNDER_AID = re.compile(r"在[^,。;在]{2,40}?" + RE_UNDER_AID_TAIL.pattern)
# 甲医院与我院建立“组团式”对口帮扶关系: the article's own hospital (the teller) is the aided one
RE_WITH_US = re.compile(r"与(?:我院|本院)(?:建立|签订|签署|结成|结为|开展|形成)了?[^。;,]{0,12}?(?=" + RE_AID.pattern + ")")


def _sentence_aid(doc: Doc, sent: Sentence, spans: list[Span]) -> Iterator[Aid]:
    text = sent.text
    hospitals = [s for s in spans if s.kind == Kind.HOSPITAL]
    us = RE_WITH_US.search(text) if doc.main_hospital and "院" in text else None
    aiders = [h for h in hospitals if us is not None and h.end == us.start() and h.label != doc.main_hospital]
    if aiders and us is not None:
        home = Span(Kind.HOSPITAL, us.start() + 1, us.start() + 3, doc.main_hospital)
        yield from _to_hospitals(doc, sent, aiders[0], [home], _mode(RE_AID.search(text, us.end())))
        return
    under = RE_UNDER_AID.search(text) if "下" in text else None
    if under is not None and doc.main_hospital:
        # 在甲医院的对口帮扶下,我院…: the teller (or the hospital named next) is the aided one
        aiders = [h for h in hospitals if h.start == under.start() + 1 and RE_UNDER_AID_TAIL.fullmatch(text, h.end, under.end())]
        nxt = [h for h in hospitals if under.end() <= h.start <= under.end() + 6]
        aided = nxt[:1] or [Span(Kind.HOSPITAL, under.end(), under.end(), doc.main_hospital)]
        if aiders and aided[0].label != aiders[0].label:
            yield from _to_hospitals(doc, sent, aiders[0], aided, _mode(RE_AID.search(text, under.start())))
            return
    by = RE_AIDED_BY.search(text)
    if by is not None:
        aiders = [h for h in hospitals if h.start == by.end()]
        aided = [h for h in hospitals if h.end <= by.start()][-1:] or \
            ([Span(Kind.HOSPITAL, 0, 0, doc.main_hospital)] if doc.main_hospital else [])
        if aiders and aided:
            mode = _mode(RE_AID.search(text, by.start()))
            yield from _to_hospitals(doc, sent, aiders[0], aided, mode)
            return
    targets: list[Span | Place] = []
    mode = _mode(RE_AID.search(text))
    if RE_NOT_AID.search(text) and not re.search(r"对口|结对|定点|驻村|托管|援藏|援疆", text):
        return
    for chain in _hospital_lists(text, hospitals):
        # 帮扶甲医院、乙医院 / 与甲医院、乙医院和丙医院签订帮扶协议: the list from the first hospital led into aid
        after = text[chain[-1].end:chain[-1].end + 30]
        for i, h in enumerate(chain):
            before = text[max(0, h.start - 6):h.start]
            if RE_TARGET_LEAD.search(before) or RE_PLACED_LEAD.search(text, max(0, h.start - 14), h.start) \
                    and RE_AID.search(after) \
                    or before.endswith("向") and RE_SENT_AFTER.match(after) \
                    or RE_POST_LEAD.search(before) and RE_AID.search(text, 0, h.start) \
                    or before.endswith("承担") and RE_ASSIGNED_AFTER.match(text, chain[-1].end) \
                    or before.endswith("在") and RE_WORK_THERE.match(after) \
                    or RE_TAKEN_IN.match(text, chain[-1].end):  # 某县人民医院也被纳入帮扶范围
                targets.extend(chain[i:])
                break
    named = any(h.surface and h.surface not in UNNAMED_SURFACES for h in hospitals)  # (not only 医院, 我院)
    for place in _places(doc, text, villages=named):
        if not any(isinstance(t, Span) and t.start <= place.start < t.end for t in targets) and not any(
                h.start <= place.start < h.end for h in hospitals):
            targets.append(place)
    if not targets:
        return
    aider = _aider(doc, sent, spans, targets)
    if aider is None:
        return
    seen = set()
    respective = _respective_aiders(text, hospitals, targets)
    for t in targets:
        own_clause = _clause_aider(text, spans, targets, t)
        giver = respective.get(t.start) or own_clause or _clause_person(text, spans, targets, t) or aider
        how = _mode(RE_AID.search(text, own_clause.end)) if own_clause else mode  # (found there: see _clause_aider)
        own = _own_county(doc, giver.label)
        if isinstance(t, Span):
            if t.label == giver.label:
                continue
            county = _hospital_county(doc, t.label)
        else:
            county = t.county
        if county is None or (own is not None and county.code == own.code):
            continue
        key = t.label if isinstance(t, Span) else t.surface
        if key in seen:
            continue
        seen.add(key)
        yield Aid(sent, giver, t, how)


def _clause_aider(text: str, spans: list[Span], targets: list, target) -> Span | None:
    """甲医院对口支援乙县人民医院,丙医院对口支援丁县人民医院: a later pair's own aider, a hospital
    after an earlier target that leads into aid of this one."""
    earlier = [t.end for t in targets if t.end <= target.start]
    if not earlier:
        return None
    cands = [s for s in spans if s.kind == Kind.HOSPITAL and max(earlier) <= s.start and s.end <= target.start
             and all(s.label != t.label for t in targets if isinstance(t, Span))]
    clause_end = RE_CLAUSE_END.search(text, target.end)
    if cands and RE_AID.search(text, cands[-1].end, clause_end.start() if clause_end else len(text)):
        return cands[-1]
    return None


def _clause_person(text: str, spans: list[Span], targets: list, target) -> Span | None:
    """甲医院的A…,B则在丙县人民医院援青三年: the hospital of the person whose clause goes to this target,
    when an earlier target's clause stands between them and the sentence's first hospital."""
    if not any(t.end <= target.start for t in targets):
        return None
    ends = [m.end() for m in RE_CLAUSE_END.finditer(text, 0, target.start)]
    start = ends[-1] if ends else 0
    labels = {t.label for t in targets if isinstance(t, Span)}
    person = next((s for s in reversed(spans) if s.kind == Kind.PERSON and start <= s.start and s.end <= target.start
                   and s.hospital and s.hospital not in labels and not s.official), None)
    return Span(Kind.HOSPITAL, person.start, person.start, person.hospital) if person is not None else None


RE_PRAISED = re.compile(r"(?:予以|进行)(?:通报)?(?:表扬|表彰)")
RE_CLAUSE_END = re.compile(r"[,，;；。]")
RE_RESPECTIVELY = re.compile(r"(?:还|也|又|均)?分别")


def _respective_aiders(text: str, hospitals: list[Span], targets: list) -> dict[int, Span]:
    """甲医院、乙医院分别对口帮扶丙县人民医院和丁县人民医院: each target's aider, by their order
    (target start -> aider), when the two lists are as long as each other."""
    out: dict[int, Span] = {}
    for chain in _hospital_lists(text, hospitals):
        m = RE_RESPECTIVELY.match(text, chain[-1].end)
        if len(chain) < 2 or m is None:
            continue
        after = [t for t in targets if isinstance(t, Span) and t.start > m.end()]
        if len(after) == len(chain) and not (RE_CLAUSE_END.search(text, m.end(), after[-1].start)):
            out.update((t.start, a) for t, a in zip(after, chain))
    return out


def _mode(m: re.Match[str]) -> str:
    """The kind of aid an aid word names (组团式援藏; a village work team or first secretary: 驻村)."""
    word = m.group().replace("“", "").replace("”", "")
    return "驻村" if word in ("工作队", "第一书记") else word


# 甲医院、乙医院和丙医院; …,以及商洛市的丁医院 (a place before the next one)
RE_LIST_JOIN = re.compile(r"(?:[,，]\s*)?(?:[、和及与]|以及)(?:[\u4e00-\u9fff]{2,10}?的)?")
RE_PLACED_LEAD = re.compile(r"(?:对|与|为|向)(?:[\u4e00-\u9fff]{2,10}?的)?$")  # 分别与某省某市的甲医院…


def _hospital_lists(text: str, hospitals: list[Span]) -> list[list[Span]]:
    """Hospitals written one after another (甲医院、乙医院和丙医院), each list in order."""
    lists: list[list[Span]] = []
    for h in hospitals:
        if lists and RE_LIST_JOIN.fullmatch(text, lists[-1][-1].end, h.start):
            lists[-1].append(h)
        else:
            lists.append([h])
    return lists


RE_HE = re.compile(r"[他她](?![们人])")


def _paragraph_person(doc: Doc, sent: Sentence) -> Span | None:
    """The person a roll's entry or a profile opens this paragraph with (【某某】…, 某某,男,…), with
    their hospital: whose story the paragraph's later sentences tell."""
    first = sent
    while first.index > 0 and doc.sentences[first.index - 1].paragraph == sent.paragraph:
        first = doc.sentences[first.index - 1]
    if first is sent or not first.text.startswith("【"):
        return None
    return next((s for s in sentence_spans(doc, first) if s.kind == Kind.PERSON and s.start == 1 and s.hospital
                 and not s.official), None)


def _paragraph_hospital(doc: Doc, sent: Sentence) -> Span | None:
    """The hospital a paragraph opens with as a sentence of its own (某医院。…): a roll's entry."""
    first = sent
    while first.index > 0 and doc.sentences[first.index - 1].paragraph == sent.paragraph:
        first = doc.sentences[first.index - 1]
    if first is sent:
        return None
    name = first.text.rstrip("。:：. ")
    return next((s for s in sentence_spans(doc, first) if s.kind == Kind.HOSPITAL and s.start == 0
                 and s.end == len(name)), None)


def _aider(doc: Doc, sent: Sentence, spans: list[Span], targets) -> Span | None:
    text = sent.text
    target_starts = {t.start for t in targets if isinstance(t, Span)}
    target_labels = {t.label for t in targets if isinstance(t, Span)}  # (赴某医院…任该院科主任: 该院 is the target)
    first_target = min(t.start for t in targets)
    aiders = [s for s in spans if s.kind == Kind.HOSPITAL and s.start not in target_starts and s.label not in target_labels]
    cands = [s for s in aiders if s.start < first_target]
    if cands:
        return cands[-1]
    later = aiders
    if later:
        return later[0]
    subject = next((s for s in spans if s.kind == Kind.PERSON and s.start <= 1 and not s.hospital), None)
    if subject is not None:  # 乙则在某县人民医院援青三年: the hospital the sentences before placed the subject at
        placed = next((s.hospital for other in reversed(doc.sentences[:sent.index])
                       for s in sentence_spans(doc, other) if s.kind == Kind.PERSON and s.label == subject.label
                       and s.hospital and not s.official), None)
        if placed is not None and placed not in target_labels:
            return Span(Kind.HOSPITAL, subject.start, subject.start, placed)
    people = [s for s in spans if s.kind in (Kind.PERSON, Kind.ORG_UNIT) and s.hospital and s.hospital not in target_labels]
    if people:
        h = people[0].hospital
        return Span(Kind.HOSPITAL, people[0].start, people[0].start, h)
    if RE_HE.search(text, 0, first_target):  # 他作为援疆医疗队队员,赴某县人民医院…: the hospital he was named with
        for other in reversed(doc.sentences[max(0, sent.index - 3):sent.index]):
            named = [s for s in sentence_spans(doc, other) if s.kind == Kind.PERSON and s.hospital
                     and s.hospital not in target_labels and not s.official]
            if other.paragraph == sent.paragraph and named:
                return Span(Kind.HOSPITAL, 0, 0, named[-1].hospital)
    entry = _paragraph_hospital(doc, sent)  # 某医院。2017年起全面托管某县人民医院…: a roll's entry, its hospital first
    if entry is not None and entry.label not in target_labels:
        return entry
    head = _paragraph_person(doc, sent)  # 【某某】某医院某科医师。…由医院选派到某村任第一书记: the entry's hospital
    if head is not None and head.hospital not in target_labels:
        return Span(Kind.HOSPITAL, 0, 0, head.hospital)
    if doc.main_hospital and re.search(r"选派|派出|派驻|我院|医院|院领导|院党委|党员|干部|专家|医疗队|工作队|请缨", text) \
            and not RE_PRAISED.search(text):  # (对甲县人民医院等受援医院予以通报表扬: praise, no aid of ours)
        return Span(Kind.HOSPITAL, 0, 0, doc.main_hospital)
    return None


def _own_county(doc: Doc, label: str) -> Division | None:
    return _hospital_county(doc, label)


def _hospital_county(doc: Doc, label: str) -> Division | None:
    m = doc.hospitals.get(label)
    code = m.attr("location") if m is not None else None
    if not code:
        return None
    return load_gazetteer().county_of(code)


def _places(doc: Doc, text: str, villages: bool = False) -> list[Place]:
    """Place chains in the sentence that end in a county, township or village; with ``villages``, a
    village named alone that the article placed before."""
    gaz = load_gazetteer()
    out: list[Place] = []
    for m in re.finditer(r"(?:到|赴|在|驻|前往|抵达|到达|深入|进驻|帮扶|支援|托管|对点帮扶贫困村|贫困村|所在村|派驻到)", text):
        places = _place_list(doc, text, m.end())  # 支援甲县、乙县和丙县: every place of the list is aided
        if not places and m.group() in BARE_COUNTY_AFTER:
            places = _bare_county(doc, text, m.end())  # 对口帮扶涞源,…; 抵达镇雄; 赴岚皋某镇某村: a county's short form
        out.extend(places)
    for m in re.finditer(r"[与同对是]|作为", text):
        places = _place_list(doc, text, m.end()) or _bare_county(doc, text, m.end())  # 与甲县、乙县建立对口帮扶关系
        if places and RE_AID_AFTER_LIST.match(text, places[-1].end):
            out.extend(places)
    # a village the article placed before (某县某镇石坑村…), sent to by its name alone: 驻石坑村第一书记
    for village, place in _villages(doc).items() if villages else ():
        at = text.find(village)
        if at > 0 and text[at - 1] == "驻" and not any(p.start <= at < p.end for p in out):
            out.append(replace(place, start=at, end=at + len(village), surface=village))
    # a county with a township (and village) after it anywhere in the clause: 镇雄县芒部镇松林村
    for m in RE_COUNTY_TOWNSHIP.finditer(text):
        start = m.start(1)
        if any(p.start <= start < p.end for p in out):
            continue
        place = _read_chain(doc, m.group(1), start)
        if place is not None and place.county and place.township:
            out.append(place)
    del gaz
    return out


def _villages(doc: Doc) -> dict[str, Place]:
    """The villages the article names with their county and township (汝城县大坪镇石坑村), by name;
    read once per article, in its order."""
    if doc.villages is None:
        doc.villages = {}
        for sent in doc.sentences:
            if "村" not in sent.text:
                continue
            for m in RE_COUNTY_TOWNSHIP.finditer(sent.text):
                place = _read_chain(doc, m.group(1), m.start(1))
                if place is not None and place.county and place.village and len(place.village) >= 2:
                    doc.villages.setdefault(place.village, place)
    return doc.villages


# the verbs of going and of aid a county's bare short name may follow (not 在 or 驻: 在蓝天下, 驻足)
BARE_COUNTY_AFTER = frozenset({"到", "赴", "前往", "抵达", "到达", "深入", "进驻", "派驻到", "帮扶", "支援", "托管"})
RE_TOWNSHIP_NEXT = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:镇|乡)(?![长政])")


def _bare_county(doc: Doc, text: str, pos: int) -> list[Place]:
    """A county named by its short form right after an aid verb, and nothing after it but a break."""
    gaz = load_gazetteer()
    for length in (4, 3, 2):
        stem = text[pos:pos + length]
        after = text[pos + length:pos + length + 1]
        if len(stem) < length or after and "\u4e00" <= after <= "\u9fff" and after not in "和及与的等结" \
                and not RE_TOWNSHIP_NEXT.match(text, pos + length):
            continue  # (镇雄结对帮扶; 岚皋佐龙镇阳河村: the county's township after it)
        d = gaz.resolve(stem, doc.context_codes) if gaz.lookup(stem) else None
        if general_freq(stem) > COMMON_WORD_FREQ:
            continue  # 帮扶合作: an ordinary word that is also a county's short form (合作市)
        if d is not None and d.level == "county" and d.name != stem:
            return [Place(pos, pos + length, stem, d, None, None, d)]
    return []


RE_ALL_COUNTY_LEVEL = re.compile(r"全[省市州区盟]县级")


def _place_list(doc: Doc, text: str, pos: int) -> list[Place]:
    """The places written one after another from ``pos`` (甲县、乙县和丙县)."""
    out: list[Place] = []
    if RE_ALL_COUNTY_LEVEL.match(text, pos):
        return out  # 在全州县级医院…考核中: the prefecture's county-level hospitals, not 全州县
    chain = RE_PLACE_CHAIN.match(text, pos)
    place = _read_chain(doc, chain.group(), pos) if chain and chain.group() else None
    while place is not None and (place.township or place.village or place.county):
        out.append(place)
        if not (place.end < len(text) and text[place.end] in "、和及与"):
            break
        chain = RE_PLACE_CHAIN.match(text, place.end + 1)
        place = _read_chain(doc, chain.group(), place.end + 1) if chain and chain.group() else None
    return out


def _read_chain(doc: Doc, chain: str, offset: int) -> Place | None:
    """Split 某县某乡某村 into county / township / village and place each in the gazetteer."""
    gaz = load_gazetteer()
    ctx = list(doc.context_codes)
    county = township = None
    village = None
    rest = chain
    pos = 0
    # walk the chain left to right, taking the longest known division at each step
    while rest:
        found = None
        for length in range(min(len(rest), 12), 1, -1):
            cand = rest[:length]
            divs = gaz.lookup(cand)
            if not divs:
                continue
            if cand[-1] not in "省区州盟市县旗乡镇道木" and not cand.endswith("地区"):
                # a province by its bare name at the head of the chain (新疆…自治州…市)
                provinces = [d for d in divs if d.level == "province"]
                if pos or not provinces:
                    continue
                divs = provinces
            scope = [d.code for d in (township, county) if d] or ctx
            d = gaz.resolve(cand, [*scope, *ctx]) if len(divs) > 1 else divs[0]
            if d is None:
                continue
            if county is not None and d.level != "township":
                continue
            found = (length, d)
            break
        if found is None:
            break
        length, d = found
        if d.level == "county":
            county = d
        elif d.level == "township":
            if county is not None and not gaz.within(d.code, county.code):
                break
            township = d
            county = county or gaz.county_of(d.code)
        elif county is not None:
            break
        pos += length
        rest = rest[length:]
    if rest.endswith(("村", "嘎查")) and 2 <= len(rest) <= 8 and (county or township):
        village = rest
        pos = len(chain)
    if county is None and township is None:
        return None
    division = township or county
    return Place(offset, offset + pos, chain[:pos], county, township, village, division)
