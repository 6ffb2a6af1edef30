"""Article -> Extraction: every mention and claim read from one article.

The readers run in a fixed order because each builds on the last: places
give the context that completes short names, hospitals give the article's
own hospital, spans (hospitals, units, people, organs per sentence) feed the
award, aid and affiliation readers.
"""
from __future__ import annotations

import re

from ..records import (
    AffiliationClaim,
    AidClaim,
    Article,
    AwardClaim,
    Claim,
    Extraction,
    Kind,
    Mention,
    PartOfClaim,
)
from ..sentences import split_sentences
from .aid import Place, find_aid
from .awards import find_awards
from .doc import Doc, locate_places
from .hospitals import find_hospitals
from .levels import body_level, honor_level
from .spans import Span, sentence_spans
from .units import unit_aliases

EXTRACTOR_VERSION = "1"


def extract(article: Article) -> Extraction:
    doc = Doc(article, split_sentences(article))
    locate_places(doc)
    find_hospitals(doc)
    claims: list[Claim] = []
    mentions: list[Mention] = list(doc.hospital_mentions)

    honors_seen: list = []
    for award in find_awards(doc, honors_seen):
        sent = award.sentence
        recipient = _mention(doc, sent, award.recipient)
        honor = doc.mention(Kind.HONOR, award.honor.label, sent, award.honor.start, award.honor.end,
                            attrs=(("level", honor_level(award.honor.label, award.bodies)),))
        bodies = tuple(_mention(doc, sent, b) for b in award.bodies)
        claims.append(AwardClaim(recipient, honor, award.years, bodies, doc.evidence(sent)))
        claims.extend(_membership(doc, sent, award.recipient, recipient))
    for sent, h in honors_seen:  # titles named without a recipient are honors of the corpus too
        mentions.append(doc.mention(Kind.HONOR, h.label, sent, h.start, h.end,
                                    attrs=(("level", honor_level(h.label)),)))
    for aid in find_aid(doc):
        sent = aid.sentence
        hospital = _mention(doc, sent, aid.hospital)
        target = _place_mention(doc, sent, aid.target) if isinstance(aid.target, Place) else _mention(doc, sent, aid.target)
        claims.append(AidClaim(hospital, target, aid.mode, doc.evidence(sent)))
    # someone the article names with a post outside hospitals anywhere is an official throughout, and so is
    # a roll's entry whose post is at no hospital (王某(女) 省扶贫办综合处处长)
    officials = {span.label for sent in doc.sentences for span in sentence_spans(doc, sent)
                 if span.kind == Kind.PERSON and span.official} | _posted_elsewhere(doc)
    for sent in doc.sentences:
        for span in sentence_spans(doc, sent):
            if span.kind != Kind.PERSON or span.official or not span.hospital or span.label in officials:
                continue
            person = _mention(doc, sent, span)
            org = _org_mention(doc, sent, span)
            claims.append(AffiliationClaim(person, org, span.role, doc.evidence(sent)))
            claims.extend(_membership(doc, sent, span, org))
    # a person honored in an article about one hospital, and placed nowhere else, works there
    home = doc.hospitals.get(doc.main_hospital) if doc.main_hospital else None
    placed = {c.person.label for c in claims if isinstance(c, AffiliationClaim)} | officials
    for claim in list(claims):
        if home is not None and isinstance(claim, AwardClaim) and claim.recipient.kind == Kind.PERSON \
                and claim.recipient.label not in placed and not claim.recipient.attr("official"):
            claims.append(AffiliationClaim(claim.recipient, home, None, claim.evidence))
            placed.add(claim.recipient.label)
    return Extraction(
        doc_id=article.doc_id,
        name=article.name,
        title=article.title,
        date=article.date,
        digest=article.digest,
        encoding=article.encoding,
        mentions=tuple(mentions),
        claims=tuple(claims),
        warnings=tuple(doc.warnings),
    )


# a roll's entry: the name, a note in brackets (女, 追授), then the post after a gap or within the brackets
RE_ENTRY_POST = re.compile(r"\s*(?:[(][^()]{0,6}[)])?(?:\s+|[(])(?=[^\s()]{4})")
# what names a workplace that is no hospital (a department's 办公室 or 委员会 would follow its hospital's name)
RE_ORG_ELSEWHERE = re.compile(r"[厅局处镇乡村]|街道|社区|学校|中学|小学|大学|学院|公司|集团|银行|法院|检察院|公安|政府|合作社|协会"
                              r"|报社|日报|电视台|记者|教师|部队|疾病预防控制|疾控")


RE_TEAM_END = re.compile(r"(?:医疗队|工作队|医疗分队)$")


def _posted_elsewhere(doc: Doc) -> set[str]:
    """People entered on a roll with a post at no hospital or unit of one (王某 某镇党委书记; 李某(某中学教师)):
    the article's hospital is not where they work, whatever it is about."""
    out: set[str] = set()
    for sent in doc.sentences:
        spans = sentence_spans(doc, sent)
        if not spans or spans[0].kind != Kind.PERSON or spans[0].start > 0:
            continue
        if any(s.kind in (Kind.HOSPITAL, Kind.ORG_UNIT) for s in spans) or spans[0].hospital:
            continue
        post = RE_ENTRY_POST.match(sent.text, spans[0].end)
        if post and RE_ORG_ELSEWHERE.search(sent.text, post.end()):
            out.add(spans[0].label)
    return out


def _mention(doc: Doc, sent, span: Span) -> Mention:
    attrs: list[tuple[str, str]] = []
    aliases: tuple[str, ...] = ()
    if span.kind == Kind.HOSPITAL:
        known = doc.hospitals.get(span.label)
        if known is not None:
            attrs.extend(known.attrs)
    elif span.kind == Kind.ORG_UNIT and span.hospital:
        attrs.append(("hospital", span.hospital))
        aliases = unit_aliases(span.hospital, span.label[len(span.hospital):])
    elif span.kind == Kind.AWARDING_BODY:
        attrs.append(("level", span.level or body_level(span.label)))
    elif span.kind == Kind.PERSON:
        for key in ("hospital", "unit", "role"):
            value = getattr(span, key)
            if value:
                attrs.append((key, value))
        if span.official:
            attrs.append(("official", "1"))
    if span.scoped:
        attrs.append(("scoped", "1"))
    surface = span.surface or sent.text[span.start:span.end]
    if span.kind != Kind.PERSON and surface and surface != span.label and surface not in ("我院", "本院", "该院", "医院", "我们医院", "我校"):
        aliases = tuple(sorted(set(aliases) | {surface}))
    return Mention(span.kind, span.label, surface, sent.index, sent.start + span.start, sent.start + span.end,
                   aliases, tuple(attrs))


def _org_mention(doc: Doc, sent, person: Span) -> Mention:
    if person.unit and not RE_TEAM_END.search(person.unit):  # (a team's member, 某医院援藏医疗队队员: the hospital's)
        unit = Span(Kind.ORG_UNIT, person.start, person.start, person.unit, hospital=person.hospital,
                    surface=person.unit[len(person.hospital or ""):])
        return _mention(doc, sent, unit)
    return _mention(doc, sent, Span(Kind.HOSPITAL, person.start, person.start, person.hospital, surface=""))


def _membership(doc: Doc, sent, span: Span, mention: Mention) -> list[Claim]:
    """A unit belongs to its hospital (recorded wherever the unit is named)."""
    unit_label = span.unit if span.kind == Kind.PERSON else (span.label if span.kind == Kind.ORG_UNIT else None)
    if not unit_label or not span.hospital:
        return []
    unit = mention if mention.kind == Kind.ORG_UNIT else _mention(doc, sent, Span(
        Kind.ORG_UNIT, span.start, span.start, unit_label, hospital=span.hospital,
        surface=unit_label[len(span.hospital):]))
    hospital = _mention(doc, sent, Span(Kind.HOSPITAL, span.start, span.start, span.hospital, surface=""))
    return [PartOfClaim(unit, hospital, doc.evidence(sent))]


def _place_mention(doc: Doc, sent, place: Place) -> Mention:
    attrs = [("adcode", place.division.code)] if place.division else []
    label = place.village or (place.division.name if place.division else place.surface)
    if place.village:
        attrs.append(("village", place.village))
    return Mention(Kind.REGION, label, place.surface, sent.index, sent.start + place.start, sent.start + place.end,
                   (), tuple(attrs))


__all__ = ["extract", "EXTRACTOR_VERSION"]
