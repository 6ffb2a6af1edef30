"""Awards: who received which honor, when, from whom.

Three shapes carry nearly every conferral in the genre:

* a recipient, then a verb (荣获, 获评, 被评为, 被…授予) and the titles;
* an organ, 授予, the recipients, then the titles (授予A等20个集体“…”称号);
* an honor roll: a heading naming the title (【全国…先进集体】, 附件1 …名单)
  followed by one recipient per line.

The year is the one written in the title, else in the clause, else the
article's own date for news of the conferral; history lists (先后荣获…) get
no date. The organ is the one in the clause, else the one the article says
organised the honors (由…联合组织, …印发《关于表彰…的决定》).

requires: Doc with hospitals found; assigns: AwardClaims.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..records import Kind, Sentence
from .doc import Doc
from .honors import HonorName, individual, read_honors
from .spans import Span, sentence_spans

RE_VERB = re.compile(
    r"(?P<passive>被(?P<pbody>[^,。;]{0,40}?)(?:授予|评为|命名为|表彰为|认定为|确定为|评选为|选为))"
    r"|(?P<active>授予|命名|表彰)"
    r"|(?P<get>荣获|获得|获评|获颁|荣膺|喜获|摘得|斩获|被评为|评为|当选为|当选|入选|获)"
)
RE_HISTORY = re.compile(r"先后|相继|历年|曾经|曾获|多次|连续|多年|近年来|近三年|多项|历次|一系列")
RE_NEWS = re.compile(r"近日|日前|近期|今年|本年|\d{1,2}月\d{1,2}日|\d{1,2}月份?,|大会|会上|仪式")
RE_YEAR = re.compile(r"((?:19|20)\d{2})年(?!度?[\u4e00-\u9fff]{0,3}(?:以来|起|至今))")
RE_GROUP_COUNT = re.compile(r"^等\d*[个名位家人]*(?:集体|单位|同志|人|个人|先进|医院|科室|党组织)*")
RE_ORGANIZER = re.compile(
    r"(?:联合)?(?:组织|举办|主办|印发|下发|发布|颁发|颁授|授予|表彰|命名|决定|发文|开展|关于表彰|关于表扬|关于命名)"
)
RE_ROLL_HEADING = re.compile(
    r"^(?:附件\s*\d*\s*[:：]?)?\s*(?:【(?P<br>[^】]{2,40})】[:：]?|(?P<pre>.{0,30}?)(?P<q>“[^”]{2,30}”)?(?P<rest>[^“”]{0,20}?)(?:名单|获得者|获奖名单|表彰名单)(?:\(.*\))?[:：]?)"
)
RE_ROLL_ITEM = re.compile(r"^\s*(?:\d{1,3}[.、)]\s*)?")


@dataclass(frozen=True, slots=True)
class Award:
    sentence: Sentence
    recipient: Span
    honor: HonorName
    years: tuple[int, ...]
    bodies: tuple[Span, ...]


def find_awards(doc: Doc) -> Iterator[Award]:
    organizers = _organizers(doc)
    roll: tuple[HonorName, tuple[int, ...]] | None = None
    doc_year = _doc_year(doc)
    for sent in doc.sentences:
        spans = sentence_spans(doc, sent)
        found_here = list(_sentence_awards(doc, sent, spans, organizers, doc_year))
        yield from found_here
        heading = _roll_heading(sent.text)
        if heading is not None:
            roll = heading
            continue
        if roll is not None:
            recipient = _roll_recipient(sent, spans)
            if recipient is not None and not found_here:
                honor, years = roll
                yield Award(sent, recipient, honor, years or doc_year, tuple(organizers))
            elif recipient is None and not _is_roll_filler(sent.text):
                roll = None


def _sentence_awards(doc: Doc, sent: Sentence, spans: list[Span], organizers: list[Span],
                     doc_year: tuple[int, ...]) -> Iterator[Award]:
    text = sent.text
    bodies = [(s.start, s.end, s.label) for s in spans if s.kind == Kind.AWARDING_BODY]
    window_start = 0
    for m in RE_VERB.finditer(text):
        if m.start() < window_start:
            continue
        verb_end = m.end()
        recipients: list[Span] = []
        if m.group("active"):
            recipients, verb_end = _recipients_after(text, spans, m.end())
            if not recipients and not _starts_honor(text, verb_end):
                continue
        honors, end, terminated = read_honors(text, verb_end, bodies)
        if not honors:
            continue
        if not recipients:
            recipients = _recipients_before(spans, window_start, m.start(), honors)
        clause_bodies = _bodies_for(spans, window_start, m, honors)
        years = _years(text, window_start, m.start(), honors)
        for h in honors:
            hy = (h.year,) if h.year else ()
            ys = tuple(dict.fromkeys(hy + years)) or (() if RE_HISTORY.search(text[:m.start()]) else doc_year)
            bs = clause_bodies or ([b for b in organizers] if not h.prefix_body else [])
            if h.prefix_body:
                bs = [b for b in spans if b.kind == Kind.AWARDING_BODY and b.label == h.prefix_body] or bs
            for r in _fit(recipients, h):
                yield Award(sent, r, h, ys, tuple(bs))
        window_start = end


def _starts_honor(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*(?:(?:19|20)\d{2}年度?)?[^,。;]{0,12}“", text[pos:]))


def _recipients_after(text: str, spans: list[Span], pos: int) -> tuple[list[Span], int]:
    """授予 A、B 等N个集体 …: the recipients written right after the verb."""
    out: list[Span] = []
    while True:
        nxt = next((s for s in spans if s.start == pos and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)), None)
        if nxt is None:
            break
        longer = [s for s in spans if s.start == pos and s.end > nxt.end and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)]
        if longer:
            nxt = max(longer, key=lambda s: s.end)
        out.append(nxt)
        pos = nxt.end
        if text.startswith(("、", "和"), pos):
            pos += 1
            continue
        break
    if out:
        g = RE_GROUP_COUNT.match(text[pos:])
        if g:
            pos += g.end()
    return out, pos


def _recipients_before(spans: list[Span], start: int, verb: int, honors: list[HonorName]) -> list[Span]:
    """The recipients of a clause: people for individual titles, else the last unit or hospital."""
    window = [s for s in spans if start <= s.start and s.end <= verb]
    people = [s for s in window if s.kind == Kind.PERSON]
    orgs = [s for s in window if s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT)]
    kinds = {individual(h.label) for h in honors}
    if people and (True in kinds or None in kinds or not orgs):
        last = people[-1]
        group = [p for p in people if p.start >= _group_start(people, last)]
        return group
    if orgs:
        last_end = max(o.end for o in orgs)
        ending = [o for o in orgs if o.end == last_end]
        return [max(ending, key=lambda o: o.end - o.start)]
    return []


def _group_start(people: list[Span], last: Span) -> int:
    """People joined by 、/和 before a verb receive together."""
    start = last.start
    for p in reversed(people[:-1]):
        if 0 <= start - p.end <= 30:
            start = p.start
        else:
            break
    return start


def _fit(recipients: list[Span], honor: HonorName) -> list[Span]:
    kind = individual(honor.label)
    if kind is True:
        people = [r for r in recipients if r.kind == Kind.PERSON]
        return people or []
    if kind is False:
        orgs = [r for r in recipients if r.kind != Kind.PERSON]
        return orgs or []
    return recipients


def _bodies_for(spans: list[Span], start: int, verb: re.Match[str], honors: list[HonorName]) -> list[Span]:
    window = [s for s in spans if s.kind == Kind.AWARDING_BODY and start <= s.start and s.end <= verb.start()]
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


def _years(text: str, start: int, verb: int, honors: list[HonorName]) -> tuple[int, ...]:
    ys = [int(y) for y in RE_YEAR.findall(text[:verb])]
    return (ys[-1],) if ys else ()


def _doc_year(doc: Doc) -> tuple[int, ...]:
    d = doc.article.date
    return (int(d[:4]),) if d else ()


def _organizers(doc: Doc) -> list[Span]:
    """Organs the article names as conferring or organising its honors."""
    out: list[Span] = []
    for sent in doc.sentences:
        if not re.search(r"表彰|评选|授予|命名|称号|荣誉|表扬|颁发|颁授", sent.text):
            continue
        spans = [s for s in sentence_spans(doc, sent) if s.kind == Kind.AWARDING_BODY]
        for s in spans:
            after = sent.text[s.end:s.end + 24]
            group_end = s.end
            for t in spans:
                if t.start >= group_end and t.start - group_end <= 1:
                    group_end = t.end
            if RE_ORGANIZER.match(re.sub(r"^[、和及与,\s]*", "", sent.text[group_end:group_end + 8])) or (
                    re.match(r"^[、和及与]", after) and RE_ORGANIZER.search(sent.text[group_end:group_end + 8])):
                if all(o.label != s.label for o in out):
                    out.append(s)
        if out:
            break
    # the organs listed together with a found one count too (A、B、C联合组织)
    return out


def _roll_heading(text: str) -> tuple[HonorName, tuple[int, ...]] | None:
    """A line that heads an honor roll: 【全国卫生健康系统先进集体】: / 2022年度四川省“…”名单."""
    m = RE_ROLL_HEADING.match(text)
    if not m:
        return None
    if m.group("br"):
        title = m.group("br")
        rest_start = m.end()
    else:
        title = (m.group("pre") or "") + (m.group("q") or "") + (m.group("rest") or "")
        rest_start = len(text) if m.end() >= len(text) - 1 else m.end()
    title = re.sub(r"^(?:附件\s*\d*\s*[:：]?)", "", title).strip()
    honors, _, _ = read_honors(title, 0)
    if len(honors) != 1:
        return None
    del rest_start
    h = honors[0]
    return HonorName(0, 0, h.label, h.year, h.prefix_body), ((h.year,) if h.year else ())


def _roll_recipient(sent: Sentence, spans: list[Span]) -> Span | None:
    """The recipient a roll line names first (1.湖南中医药大学第一附属医院(…))."""
    head = RE_ROLL_ITEM.match(sent.text).end()
    cands = [s for s in spans if s.start == head and s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT, Kind.PERSON)]
    if not cands:
        return None
    return max(cands, key=lambda s: s.end)


def _is_roll_filler(text: str) -> bool:
    """Lines inside a roll that name no recipient but do not end it: |, 攀枝花市(2个), 附件1:."""
    return bool(re.match(r"^[\s|]*$|^[\u4e00-\u9fff]{2,8}[((]\d+[个家名]?[))]$|^附件\s*\d*[:：]?$", text))


def body_label_group(bodies: tuple[Span, ...]) -> tuple[str, ...]:
    return tuple(b.label for b in bodies)
