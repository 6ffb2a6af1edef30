"""The organs a clause names for its titles: before the verb (党中央、国务院授予…), between the verb
and the title (荣获甲厅、乙委颁发的“…”), or after the title (…,由中共某省委授予; “…”(2019年,某总工会)).

Read by awards.py for each clause; an organ the clause does not name comes from the article's
organisers (organizers.py) or the clause before.
"""
from __future__ import annotations

import re

from ..records import Kind
from .levels import honor_level
from .organizers import in_field
from .spans import Span

RE_GIVEN_BY = re.compile(r"(?:联合|共同)?(?:颁发|授予|评选|命名|评定|认定)(?:的|(?=“))")  # (获甲委、乙府授予“…”)


def organs_giving(text: str, spans: list[Span], pos: int) -> tuple[list[Span], int]:
    """Organs written between the verb and the title with 颁发的 (荣获甲厅、乙委颁发的“…”): the
    organs, and where the title starts; else none and ``pos``."""
    group, at = organs_at(text, spans, pos)
    g = RE_GIVEN_BY.match(text, at) if group else None
    return (group, g.end()) if g else ([], pos)


def bodies_for(spans: list[Span], start: int, verb: re.Match[str]) -> list[Span]:
    """The organs written together right before the verb (党中央、国务院授予…), or inside a passive
    verb (被中共某省委授予), not those listed among the recipients."""
    text = verb.string
    window = [s for s in spans if s.kind == Kind.AWARDING_BODY and start <= s.start and s.end <= verb.start()
              and not RE_AMONG_RECIPIENTS.match(text, s.end)  # (…、某市医学会等30个单位被授予: a recipient)
              and not (text.endswith("经", 0, s.start) and RE_APPROVED.match(text, s.end))]  # (经省政府同意,决定授予)
    if verb.group("passive"):
        window += [s for s in spans if s.kind == Kind.AWARDING_BODY and verb.start() <= s.start < verb.end()]
    if not window:
        return []
    # the organs written together (党中央、国务院) right before the verb
    group = [window[-1]]
    for s in reversed(window[:-1]):
        if group[0].start - s.end <= 1:
            group.insert(0, s)
        else:
            break
    return group


RE_AMONG_RECIPIENTS = re.compile(r"等\d+[个家](?:单位|集体)")
RE_APPROVED = re.compile(r"(?:同意|批准|审定|研究同意)")  # 经省政府同意: the organ approved, the decision's organs confer
RE_BY_AFTER = re.compile(r"\s*(?:[,，]?\s*(?:均|并|系|是|该(?:荣誉|称号|奖项)?)?由|\(由?)")  # (…,由X授予 / (X授予))
# a note after a title in a list of honors: (2019年,中华全国总工会), (中共某省委、某省人民政府), ——2023年,某委
RE_NOTE_DATE = re.compile(r"(?:等\d*[个家]?(?:部门|单位))?(?:[,、]\s*(?:19|20)\d{2}年?度?(?:\d{1,2}月)?(?:\d{1,2}日)?)?\s*(?=\))")
RE_NOTE_AFTER = re.compile(r"\s*(?:\(|——|—|--)\s*(?:(?:19|20)\d{2}年?度?(?:\d{1,2}月)?[,、]?\s*)?")
RE_BY_VERB = re.compile(r"(?:在[^,，。;；]{1,16}?(?:前夕|之际|期间|会上))?"  # (由某总工会在“五一”前夕表彰)
                        r"[^,，。;；“”]{0,6}?(?:授予|颁发|颁授|命名|表彰|评选|评定|认定|评出)")  # (联合, 每两年 …)


def fits_bodies(title: str, bodies: list[Span]) -> bool:
    """Can these organs confer this title: the same level, and a title naming a place names theirs?"""
    level = honor_level(title)
    if not bodies or level not in ("national", "provincial", "city", "county"):
        return False
    for b in bodies:
        if b.level != level or not in_field(b.label, title):
            return False
        if level != "national" and not RE_LEVEL_WORD_HEAD.match(title) and title[:2] not in b.label:
            return False
    return True


RE_LEVEL_WORD_HEAD = re.compile(r"全省|省|全区|全市|市|全县|县")  # a title placed by the article, not its name


def bodies_after(text: str, spans: list[Span], end: int) -> list[Span]:
    """The organs named after the title: with a verb of conferral (…获评“某称号”,由中共某省委授予), or
    alone in a note (“某称号”(2019年,中华全国总工会); “某称号”——2023年,某委)."""
    m = RE_BY_AFTER.match(text, end)
    if m:
        group, pos = organs_at(text, spans, m.end())
        if group and RE_BY_VERB.match(text, pos):
            return group
    note = RE_NOTE_AFTER.match(text, end)
    if note:
        group, pos = organs_at(text, spans, note.end())
        bracket = note.group().strip().startswith("(")
        if bracket and (dated := RE_NOTE_DATE.match(text, pos)) is not None:
            pos = dated.end()  # (中华全国总工会,2023年4月): the date after the organs
        closed = text.startswith(")", pos) if bracket else pos == len(text) or text[pos] in ";。,"
        if group and closed:
            return group
    cell = RE_CELL_GAP.match(text, end)
    if cell:  # 2020年 某称号    中共中央 国务院 中央军委: a row's organs' cell, the organs apart by spaces
        group, pos = organs_at(text, spans, cell.end(), RE_CELL_ORGAN_SEP)
        if group and (pos >= len(text.rstrip()) or RE_YEAR_LEFT.match(text, pos)):
            return group
    comma = RE_COMMA_GAP.match(text, end)
    if comma:  # 甲:“某奖章”,某省总工会,2022.4。: a list's row, the organs and a date after commas to its end
        group, pos = organs_at(text, spans, comma.end())
        if group and RE_ROW_END.match(text, pos):
            return group
    return []


RE_COMMA_GAP = re.compile(r"\s*,\s*")
RE_ROW_END = re.compile(r"(?:\s*,\s*(?:(?:19|20)?\d{2}年度?|(?:19|20)\d{2}(?:[.\-/]\d{1,2}){0,2})(?:\d{1,2}月)?(?:\d{1,2}日)?)?\s*[。;]?\s*$")


RE_CELL_GAP = re.compile(r"[ \t\u3000]+")
RE_ORGAN_SEP = re.compile(r"[、和与及]")
RE_CELL_ORGAN_SEP = re.compile(r"[ \t\u3000]*[、和与及][ \t\u3000]*|[ \t\u3000]+")  # (a cell's organs: spaces too)
RE_YEAR_LEFT = re.compile(r"\s*(?:19|20)\d{2}(?:[年.\-/]\d{0,2}月?)?\s*$")  # (…中华全国总工会 2015.04)


def organs_at(text: str, spans: list[Span], pos: int, sep: re.Pattern[str] = RE_ORGAN_SEP) -> tuple[list[Span], int]:
    """The organs written from ``pos`` on, joined by 、/和/与 (or what ``sep`` matches); and where they end."""
    group: list[Span] = []
    while (b := next((s for s in spans if s.kind == Kind.AWARDING_BODY and s.start == pos), None)) is not None:
        group.append(b)
        pos = b.end
        joint = sep.match(text, pos)
        if joint is None:
            break
        pos = joint.end()
    return group, pos
