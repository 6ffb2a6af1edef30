"""Extractions -> KnowledgeBase: one entity per real thing across the corpus.

Inside an article the readers already chose full names (市中心医院 ->
某市中心医院). Here the same hospital written differently in different
articles is merged (X县医院 = X县人民医院; 协和医院 = 北京协和医院
when only one hospital of the corpus ends so), people are told apart by their
hospital, a bare 省委 that its article could not place stays inside that
article, and one conferral told twice becomes one award with two sources.
Every name seen is kept as an alternative label.

Resolution is split in two pure steps so that it can run on disk and be
redone only where a corpus changed (``kg.kbstore``):

1. ``article_parts``: one article (its ``resolve_row``) and the corpus's
   hospital clusters -> a ``Part`` per entity the article touches, holding
   what this article says of it: names, attributes, parents, and the facts
   whose first term it is (awards by recipient, aid by aider, affiliations
   by person).
2. ``aggregate``: every ``Part`` of one entity, in article order -> the
   entity and its facts. The first article (in (name, doc_id) order) that
   names an entity gives its label and attributes; everything else is a
   union. Two things come from other entities, through a ``Lookup``: an
   award's label names its honor, and an aid link counts as the aider
   aiding a county when its target lies in one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .gazetteer import load_gazetteer, short_forms
from .nogc import paused_gc
from .records import (
    AffiliationClaim,
    AffiliationFact,
    AidClaim,
    AidFact,
    AwardClaim,
    AwardFact,
    DocumentInfo,
    Entity,
    Extraction,
    Kind,
    KnowledgeBase,
    Mention,
    PartOfClaim,
    Source,
)

NOT_NAMES = frozenset({"我院", "本院", "该院", "医院", "我们医院", "我校", ""})
_DROP = re.compile(r"[\s\u3000\"'“”‘’「」『』《》〈〉<>]")
KINDS = {k.value: k for k in Kind}


def norm(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=lambda s: (-len(s), s))
            self.parent[drop] = keep


def hospital_clusters(labels: Iterable[str]) -> dict[str, str]:
    """Map every hospital label to the label that stands for its cluster (the fullest form)."""
    labels = sorted(set(labels))
    uf = _UnionFind()
    for label in labels:
        uf.find(label)
    present = set(labels)
    for label in labels:
        if label.endswith("医院") and len(label) > 3 and label[-3] in "县市区旗盟州":
            fuller = label[:-2] + "人民医院"
            if fuller in present:
                uf.union(label, fuller)
        if label.endswith("中医院") and label[:-3] + "中医医院" in present:
            uf.union(label, label[:-3] + "中医医院")
    # labels ending with each label: an index of suffixes instead of comparing every pair
    ending: dict[str, list[str]] = defaultdict(list)
    for other in labels:
        for k in range(1, len(other) - 3):
            ending[other[k:]].append(other)
    for label in labels:
        if len(label) < 4:
            continue
        longer = ending.get(label, ())
        if len(longer) == 1 and not RE_PLACE_HEAD.match(label):
            uf.union(label, longer[0])
    return {label: uf.find(label) for label in labels}


RE_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,8}?[省市县区州盟旗]")


# --- what resolution reads of an extraction ---------------------------------------------------


def resolve_row(x: Extraction) -> list:
    """What resolution reads of an extraction, as plain lists: JSON in the cache, loaded at C speed.

    ``[[doc_id, name, title, date, digest, encoding], [mention...], [claim...]]``; a mention
    is ``[kind, label, surface, aliases, attrs]``; a claim ``[tag, ...its mentions and values,
    [evidence text, start, end]]`` with tag A(ward), D (aid), F (affiliation), P (part of).
    """
    return [[x.doc_id, x.name, x.title, x.date, x.digest, x.encoding],
            [_mention_row(m) for m in x.mentions],
            [_claim_row(c) for c in x.claims]]


def _mention_row(m: Mention) -> list:
    return [m.kind.value, m.label, m.surface, list(m.aliases), [list(a) for a in m.attrs]]


def _claim_row(c) -> list:
    ev = [c.evidence.text, c.evidence.source_start, c.evidence.source_end]
    if isinstance(c, AwardClaim):
        return ["A", _mention_row(c.recipient), _mention_row(c.honor), list(c.years),
                [_mention_row(b) for b in c.bodies], ev]
    if isinstance(c, AidClaim):
        return ["D", _mention_row(c.hospital), _mention_row(c.target), c.mode, ev]
    if isinstance(c, AffiliationClaim):
        return ["F", _mention_row(c.person), _mention_row(c.organization), c.role, ev]
    if isinstance(c, PartOfClaim):
        return ["P", _mention_row(c.unit), _mention_row(c.parent), ev]
    raise TypeError(f"unknown claim {type(c).__name__}")


def _attr(attrs: list, name: str) -> str | None:
    for k, v in attrs:
        if k == name:
            return v
    return None


def hospital_labels_of_row(row: list) -> list[str]:
    """The hospital labels an article names (the input of ``hospital_clusters``)."""
    _, mentions, claims = row
    out = [m[1] for m in mentions if m[0] == "Hospital"]
    for c in claims:
        for m in c[1:-1]:
            if isinstance(m, list) and m and m[0] == "Hospital" and len(m) == 5:
                out.append(m[1])
    return out


# --- step 1: one article -> its parts -----------------------------------------------------------

Evidence = list  # [sentence, start, end]: a Source without its document


@dataclass(slots=True)
class Part:
    """What one article says of one entity (and of the facts it heads)."""

    kind: str
    label: str
    names: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)  # in the order first given
    located_in: set[str] = field(default_factory=set)
    part_of: set[str] = field(default_factory=set)
    awards: dict[tuple, list] = field(default_factory=dict)  # (honor, year) -> [bodies, years, evidence]
    aid: dict[str, list] = field(default_factory=dict)  # target -> [modes, evidence]
    affiliations: dict[str, list] = field(default_factory=dict)  # organization -> [roles, evidence]

    def to_json(self) -> list:
        return [self.kind, self.label, sorted(self.names), list(self.attrs.items()), sorted(self.located_in),
                sorted(self.part_of),
                [[h, y, sorted(b), sorted(ys), ev] for (h, y), (b, ys, ev) in self.awards.items()],
                [[t, sorted(m), ev] for t, (m, ev) in self.aid.items()],
                [[o, sorted(r), ev] for o, (r, ev) in self.affiliations.items()]]

    @classmethod
    def from_json(cls, data: list) -> Part:
        kind, label, names, attrs, located_in, part_of, awards, aid, affiliations = data
        return cls(kind, label, set(names), dict(attrs), set(located_in), set(part_of),
                   {(h, y): (b, ys, ev) for h, y, b, ys, ev in awards},
                   {t: (m, ev) for t, m, ev in aid},
                   {o: (r, ev) for o, r, ev in affiliations})

    def heads_facts(self) -> bool:
        return bool(self.awards or self.aid or self.affiliations)

    def references(self) -> set[str]:
        """Other entities this part's facts need to be told: award honors, aid targets."""
        return {h for h, _ in self.awards} | set(self.aid)


@dataclass
class ArticleParts:
    doc: DocumentInfo
    parts: dict[str, Part]  # entity key -> part, in the order first touched
    looked_up: set[str]  # hospital labels looked up in the clusters (a change of theirs redoes the article)


def article_parts(row: list, cluster: dict[str, str]) -> ArticleParts:
    """Step 1: what one article says of each entity it touches."""
    return _Article(row, cluster).run()


class _Article:
    def __init__(self, row: list, cluster: dict[str, str]):
        self.row, self.cluster = row, cluster
        self.parts: dict[str, Part] = {}
        self.looked_up: set[str] = set()
        self._regions: dict[str, str] = {}

    def run(self) -> ArticleParts:
        (doc_id, name, title, date, digest, encoding), mentions, claims = self.row
        key_of = self.key_of
        for m in mentions:
            key_of(m)
        for c in claims:
            tag = c[0]
            ev = c[-1]
            if tag == "A":
                _, recipient, honor, years, bodies, _ = c
                r = key_of(recipient)
                h = key_of(honor)
                body_keys = [key_of(b) for b in bodies]
                a = self.parts[r].awards.setdefault((h, years[0] if years else None), (set(), set(), []))
                a[0].update(body_keys)
                a[1].update(years[1:])
                a[2].append(ev)
            elif tag == "D":
                _, hospital, target, mode, _ = c
                hk = key_of(hospital)
                tk = key_of(target)
                if hk == tk:
                    continue
                a = self.parts[hk].aid.setdefault(tk, (set(), []))
                a[0].add(mode)
                a[1].append(ev)
            elif tag == "F":
                _, person, organization, role, _ = c
                p = key_of(person)
                o = key_of(organization)
                a = self.parts[p].affiliations.setdefault(o, (set(), []))
                if role:
                    a[0].add(role)
                a[1].append(ev)
            elif tag == "P":
                unit = key_of(c[1])
                self.parts[unit].part_of.add(key_of(c[2]))
        return ArticleParts(DocumentInfo(doc_id, name, title, date, digest, encoding), self.parts, self.looked_up)

    def entity(self, kind: Kind, key: str, label: str, names: Iterable[str] = (),
               attrs: Iterable[tuple[str, str]] = ()) -> str:
        p = self.parts.get(key)
        if p is None:
            p = self.parts[key] = Part(kind.value, label)
        p.names.update(n for n in names if n and n not in NOT_NAMES)
        for k, v in attrs:
            p.attrs.setdefault(k, v)
        return key

    def hospital_label(self, label: str) -> str:
        self.looked_up.add(label)
        return self.cluster.get(label, label)

    def key_of(self, m: list) -> str:
        """The corpus-wide entity key of a mention row (creating the entity's part)."""
        kind, m_label, surface, aliases, attrs = m
        names = (m_label, surface, *aliases)
        if kind == "Hospital":
            label = self.hospital_label(m_label)
            key = self.entity(Kind.HOSPITAL, "hospital:" + norm(label), label, names)
            loc = _attr(attrs, "location")
            if loc:
                self.parts[key].located_in.add(self.region(loc))
            return key
        if kind == "OrgUnit":
            hospital = _attr(attrs, "hospital")
            label = m_label
            if hospital and label.startswith(hospital):
                label = self.hospital_label(hospital) + label[len(hospital):]
            key = self.entity(Kind.ORG_UNIT, "unit:" + norm(label), label, names)
            if hospital:
                full = self.hospital_label(hospital)
                hkey = self.entity(Kind.HOSPITAL, "hospital:" + norm(full), full, (hospital,))
                self.parts[key].part_of.add(hkey)
            return key
        doc_id = self.row[0][0]
        if kind == "Person":
            home = _attr(attrs, "hospital")
            scope = norm(self.hospital_label(home)) if home else doc_id
            return self.entity(Kind.PERSON, f"person:{norm(m_label)}@{scope}", m_label, (m_label,))
        if kind == "Honor":
            return self.entity(Kind.HONOR, "honor:" + norm(m_label), m_label.strip(), names, attrs)
        if kind == "AwardingBody":
            scoped = _attr(attrs, "scoped")
            key = "body:" + norm(m_label) + (f"@{doc_id}" if scoped else "")
            return self.entity(Kind.AWARDING_BODY, key, m_label, names, attrs)
        if kind == "Region":
            code = _attr(attrs, "adcode")
            village = _attr(attrs, "village")
            if code is None:
                return self.entity(Kind.REGION, "region:" + norm(m_label) + f"@{doc_id}", m_label, names)
            if village:
                parent = self.region(code)
                key = self.entity(Kind.REGION, f"region:{code}/{village}", village, (surface,),
                                  (("level", "village"),))
                self.parts[key].located_in.add(parent)
                return key
            return self.region(code, names)
        raise ValueError(f"unknown kind {kind}")

    def region(self, code: str, names: Iterable[str] = ()) -> str:
        """The region entity of a gazetteer code, with its chain up to the province."""
        key = self._regions.get(code)
        if key is None:
            chain = load_gazetteer().chain(code)
            if not chain:
                return self.entity(Kind.REGION, f"region:{code}", code)
            keys = []
            for d in chain:
                attrs = [("level", d.level), ("adcode", d.code)]
                if d.lon is not None and d.lat is not None:
                    attrs += [("lon", f"{d.lon:.6f}"), ("lat", f"{d.lat:.6f}")]
                keys.append(self.entity(Kind.REGION, f"region:{d.code}", d.name,
                                        short_forms(d.name, d.level, d.code), attrs))
            for child, parent in zip(keys, keys[1:]):
                self.parts[child].located_in.add(parent)
            key = self._regions[code] = keys[0]
        self.parts[key].names.update(n for n in names if n)
        return key


# --- step 2: every part of one entity -> the entity and its facts ---------------------------------


class Lookup:
    """What aggregating one entity needs of others: an honor's label, an entity's parents."""

    def label(self, key: str) -> str:
        raise NotImplementedError

    def located_in(self, key: str) -> list[str]:
        """The sorted parents (``located_in``) of a non-region entity."""
        raise NotImplementedError


@dataclass
class Group:
    """One entity of the corpus with the facts it heads, ready to become triples."""

    entity: Entity
    part_of: list[str]
    located_in: list[str]
    awards: list[AwardFact]
    aid: list[AidFact]
    affiliations: list[AffiliationFact]
    award_labels: list[str]  # rdfs:label of each award: recipient 荣获 year honor

    def summary(self) -> str:
        """What other entities' triples read of this one (see ``Lookup``): a change here redoes them."""
        return self.entity.label + "\x1f" + "\x1e".join(self.located_in)


@dataclass
class Gathered:
    """What all the parts of one entity say of it, before its facts are folded (see ``gather``)."""

    kind: str
    label: str
    names: set[str]
    docs: set[str]
    attrs: dict[str, str]
    located_in: set[str]
    part_of: set[str]
    heads: list[tuple[DocumentInfo, Part]]  # the parts that head facts, in article order


def gather(parts: Iterable[tuple[DocumentInfo, Part]]) -> Gathered:
    """The parts of one entity, given in article order: the first gives the kind and label, and each
    attribute comes from the first part that has it; the rest is a union. Of each part's document
    only ``doc_id`` and ``name`` are read."""
    g: Gathered | None = None
    for doc, p in parts:
        if g is None:
            g = Gathered(p.kind, p.label, set(), set(), {}, set(), set(), [])
        g.names |= p.names
        g.docs.add(doc.doc_id)
        for k, v in p.attrs.items():
            g.attrs.setdefault(k, v)
        g.located_in |= p.located_in
        g.part_of |= p.part_of
        if p.heads_facts():
            g.heads.append((doc, p))
    if g is None:
        raise ValueError("an entity without parts")
    return g


def aggregate(key: str, g: Gathered, lookup: Lookup) -> Group:
    """Step 2: an entity's gathered parts -> the entity and the facts it heads."""
    awards: dict[tuple, dict] = {}
    aid: dict[str, dict] = {}
    affiliations: dict[str, dict] = {}
    for doc, p in g.heads:
        for (h, year), (bodies, years, evs) in p.awards.items():
            a = awards.setdefault((key, h, year), {"bodies": set(), "sources": [], "years": set()})
            a["bodies"].update(bodies)
            a["years"].update(years)
            a["sources"].extend(_source(doc, ev) for ev in evs)
        for t, (modes, evs) in p.aid.items():
            a = aid.setdefault(t, {"modes": set(), "sources": []})
            a["modes"].update(modes)
            a["sources"].extend(_source(doc, ev) for ev in evs)
        for o, (roles, evs) in p.affiliations.items():
            a = affiliations.setdefault(o, {"roles": set(), "sources": []})
            a["roles"].update(roles)
            a["sources"].extend(_source(doc, ev) for ev in evs)
    label = g.label
    entity = Entity(KINDS[g.kind], key, label, tuple(sorted(g.names - {label})), tuple(sorted(g.docs)),
                    tuple(sorted(g.attrs.items())))
    award_facts, award_labels = [], []
    folded = _fold_undated(awards)
    for r, h, year in sorted(folded, key=lambda k: (k[1], k[2] or 0)):
        v = folded[(r, h, year)]
        award_facts.append(AwardFact(_fact_key("award", r, h, year), r, h, year, tuple(sorted(v["bodies"])),
                                     _sources(v["sources"]), tuple(sorted(v["years"] - {year}))))
        shown = f"{year}年 " if year else ""
        award_labels.append(f"{label} 荣获 {shown}{lookup.label(h) if h != key else label}")
    aid_facts = [AidFact(_fact_key("aid", key, t), key, t, tuple(sorted(v["modes"])), _sources(v["sources"]),
                         county_of(t, lookup)) for t, v in sorted(aid.items())]
    aff_facts = [AffiliationFact(_fact_key("affiliation", key, o), key, o, tuple(sorted(v["roles"])),
                                 _sources(v["sources"])) for o, v in sorted(affiliations.items())]
    return Group(entity, sorted(g.part_of), sorted(g.located_in), award_facts, aid_facts, aff_facts, award_labels)


def _source(doc: DocumentInfo, ev: Evidence) -> Source:
    return Source(doc.doc_id, doc.name, ev[0], ev[1], ev[2])


def county_of(key: str, lookup: Lookup) -> str | None:
    """The county-level region at or above an entity (a hospital's location, a village's chain)."""
    seen = set()
    frontier = [key]
    while frontier:
        k = frontier.pop()
        if k in seen:
            continue
        seen.add(k)
        if k.startswith("region:"):
            level, parents = _region_place(k)
            if level == "county":
                return k
            frontier.extend(parents)
        else:
            frontier.extend(lookup.located_in(k))
    return None


def _region_place(key: str) -> tuple[str | None, list[str]]:
    """(level, parents) of a region entity, which follow from its key and the gazetteer."""
    rest = key[len("region:"):]
    code, slash, _ = rest.partition("/")
    if slash:
        return "village", ["region:" + code]
    if not code.isdigit():
        return None, []
    chain = load_gazetteer().chain(code)
    if not chain:
        return None, []
    return chain[0].level, ([f"region:{chain[1].code}"] if len(chain) > 1 else [])


def _fold_undated(awards: dict[tuple, dict]) -> dict[tuple, dict]:
    """An award told once without a year joins the one dated telling of the same conferral."""
    dated: dict[tuple, list] = defaultdict(list)
    for (r, h, year) in awards:
        if year is not None:
            dated[(r, h)].append(year)
    out = {}
    for (r, h, year), v in awards.items():
        if year is None and len(dated.get((r, h), ())) == 1:
            target = (r, h, dated[(r, h)][0])
            out.setdefault(target, {"bodies": set(), "sources": [], "years": set()})
            out[target]["sources"].extend(v["sources"])
            continue
        slot = out.setdefault((r, h, year), {"bodies": set(), "sources": [], "years": set()})
        slot["bodies"].update(v["bodies"])
        slot["years"].update(v["years"])
        slot["sources"].extend(v["sources"])
    return out


def _sources(sources: list[Source]) -> tuple[Source, ...]:
    return tuple(sorted(set(sources), key=lambda s: (s.name, s.start, s.end, s.doc_id)))


def _fact_key(kind: str, *parts) -> str:
    return kind + ":" + "|".join("" if p is None else str(p) for p in parts)


# --- in memory: small corpora and library use ---------------------------------------------------


class _MemoryLookup(Lookup):
    def __init__(self, parts: dict[str, list[tuple[DocumentInfo, Part]]]):
        self.parts = parts

    def label(self, key: str) -> str:
        got = self.parts.get(key)
        return got[0][1].label if got else ""

    def located_in(self, key: str) -> list[str]:
        return sorted({p for _, part in self.parts.get(key, ()) for p in part.located_in})


def resolve(extractions: Iterable[Extraction]) -> KnowledgeBase:
    extractions = sorted(extractions, key=lambda x: (x.name, x.doc_id))
    rows = [resolve_row(x) for x in extractions]
    return resolve_stream((label for row in rows for label in hospital_labels_of_row(row)), rows)


def resolve_stream(hospital_labels: Iterable[str], rows: Iterable[list]) -> KnowledgeBase:
    """The knowledge base of articles given as ``resolve_row``s in (name, doc_id) order, in memory."""
    with paused_gc():
        cluster = hospital_clusters(hospital_labels)
        by_key: dict[str, list[tuple[DocumentInfo, Part]]] = defaultdict(list)
        documents = []
        for row in rows:
            art = article_parts(row, cluster)
            documents.append(art.doc)
            for key, part in art.parts.items():
                by_key[key].append((art.doc, part))
        lookup = _MemoryLookup(by_key)
        groups = (aggregate(key, gather(by_key[key]), lookup) for key in sorted(by_key))
        return knowledge_base(documents, groups)


def knowledge_base(documents: Iterable[DocumentInfo], groups: Iterable[Group]) -> KnowledgeBase:
    """Collect groups (in key order) into a KnowledgeBase."""
    entities, awards, aid, affiliations, part_of, located_in = [], [], [], [], [], []
    for g in groups:
        key = g.entity.key
        entities.append(g.entity)
        awards.extend(g.awards)
        aid.extend(g.aid)
        affiliations.extend(g.affiliations)
        part_of.extend((key, p) for p in g.part_of)
        located_in.extend((key, p) for p in g.located_in)
    return KnowledgeBase(tuple(sorted(documents, key=lambda d: d.doc_id)), tuple(entities), tuple(awards),
                         tuple(aid), tuple(affiliations), tuple(part_of), tuple(located_in))
