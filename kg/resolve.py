"""Extractions -> KnowledgeBase: one entity per real thing across the corpus.

Inside an article the readers already chose full names (市中心医院 ->
某市中心医院). Here the same hospital written differently in different
articles is merged (X县医院 = X县人民医院; 协和医院 = 北京协和医院
when only one hospital of the corpus ends so), people are told apart by their
hospital, a bare 省委 that its article could not place stays inside that
article, and one conferral told twice becomes one award with two sources.
Every name seen is kept as an alternative label.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

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


def resolve(extractions: Iterable[Extraction]) -> KnowledgeBase:
    extractions = sorted(extractions, key=lambda x: (x.name, x.doc_id))
    labels = [m.label for x in extractions for m in _all_mentions(x) if m.kind == Kind.HOSPITAL]
    return resolve_stream(labels, (resolve_row(x) for x in extractions))


def resolve_stream(hospital_labels: Iterable[str], rows: Iterable[list]) -> KnowledgeBase:
    """Resolve a corpus too large to hold: first every hospital label of the corpus (short
    forms are merged with the full names seen anywhere), then the articles one at a
    time as ``resolve_row``s, in (name, doc_id) order. The same KnowledgeBase as ``resolve``.
    """
    with paused_gc():
        builder = _Builder(hospital_labels)
        for row in rows:
            builder.add(row)
        return builder.finish()


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


class _Builder:
    def __init__(self, hospital_labels: Iterable[str]):
        self.cluster = hospital_clusters(hospital_labels)
        # key -> [kind, label, names, docs (in order, no repeats), attrs]
        self.entities: dict[str, list] = {}
        self.part_of: set[tuple[str, str]] = set()
        self.located_in: set[tuple[str, str]] = set()
        self.awards: dict[tuple, dict] = {}
        self.aid: dict[tuple, dict] = {}
        self.affiliations: dict[tuple, dict] = {}
        self.documents: list[DocumentInfo] = []
        self._regions: dict[str, list[str]] = {}  # gazetteer code -> keys of its chain
        self._norms: dict[str, str] = {}

    def norm(self, text: str) -> str:
        """``norm``, remembered: the same few thousand names come back in every article."""
        n = self._norms.get(text)
        if n is None:
            n = self._norms[text] = norm(text)
        return n

    # --- entities ------------------------------------------------------------------------

    def _entity(self, kind: Kind, key: str, label: str, doc_id: str, names: Iterable[str] = (),
                attrs: Iterable[tuple[str, str]] = ()) -> str:
        e = self.entities.get(key)
        if e is None:
            e = [kind, label, set(), [], {}, key]
            self.entities[key] = e
        e[2].update(n for n in names if n and n not in NOT_NAMES)
        docs = e[3]
        if not docs or docs[-1] != doc_id:  # an article's mentions arrive together
            docs.append(doc_id)
        for k, v in attrs:
            e[4].setdefault(k, v)
        return e[5]  # one string object per key, however many facts refer to it

    def hospital_label(self, label: str) -> str:
        return self.cluster.get(label, label)

    def key_of(self, m: list, doc_id: str) -> str:
        """The corpus-wide entity key of a mention row (creating the entity)."""
        kind, m_label, surface, aliases, attrs = m
        names = (m_label, surface, *aliases)
        if kind == Kind.HOSPITAL:
            label = self.hospital_label(m_label)
            key = self._entity(Kind.HOSPITAL, "hospital:" + self.norm(label), label, doc_id, names)
            loc = _attr(attrs, "location")
            if loc:
                self.located_in.add((key, self.region(loc, doc_id)))
            return key
        if kind == Kind.ORG_UNIT:
            hospital = _attr(attrs, "hospital")
            label = m_label
            if hospital and label.startswith(hospital):
                label = self.hospital_label(hospital) + label[len(hospital):]
            key = self._entity(Kind.ORG_UNIT, "unit:" + self.norm(label), label, doc_id, names)
            if hospital:
                full = self.hospital_label(hospital)
                hkey = self._entity(Kind.HOSPITAL, "hospital:" + self.norm(full), full, doc_id, (hospital,))
                self.part_of.add((key, hkey))
            return key
        if kind == Kind.PERSON:
            home = _attr(attrs, "hospital")
            scope = self.norm(self.hospital_label(home)) if home else doc_id
            key = f"person:{self.norm(m_label)}@{scope}"
            return self._entity(Kind.PERSON, key, m_label, doc_id, (m_label,))
        if kind == Kind.HONOR:
            key = "honor:" + self.norm(m_label)
            return self._entity(Kind.HONOR, key, m_label.strip(), doc_id, names, attrs)
        if kind == Kind.AWARDING_BODY:
            scoped = _attr(attrs, "scoped")
            key = "body:" + self.norm(m_label) + (f"@{doc_id}" if scoped else "")
            return self._entity(Kind.AWARDING_BODY, key, m_label, doc_id, names, attrs)
        if kind == Kind.REGION:
            code = _attr(attrs, "adcode")
            village = _attr(attrs, "village")
            if code is None:
                return self._entity(Kind.REGION, "region:" + self.norm(m_label) + f"@{doc_id}", m_label, doc_id, names)
            if village:
                parent = self.region(code, doc_id)
                key = self._entity(Kind.REGION, f"region:{code}/{village}", village, doc_id, (surface,),
                                   (("level", "village"),))
                self.located_in.add((key, parent))
                return key
            return self.region(code, doc_id, names)
        raise ValueError(f"unknown kind {kind}")

    def region(self, code: str, doc_id: str, names: Iterable[str] = ()) -> str:
        """The region entity of a gazetteer code, with its chain up to the province."""
        keys = self._regions.get(code)
        if keys is not None:  # seen before: its chain's entities exist, only the document is new
            for key in keys:
                docs = self.entities[key][3]
                if docs[-1] != doc_id:
                    docs.append(doc_id)
            self.entities[keys[0]][2].update(n for n in names if n)
            return keys[0]
        gaz = load_gazetteer()
        chain = gaz.chain(code)
        if not chain:
            return self._entity(Kind.REGION, f"region:{code}", code, doc_id)
        keys = []
        self._regions[code] = keys
        for d in chain:
            key = f"region:{d.code}"
            attrs = [("level", d.level), ("adcode", d.code)]
            if d.lon is not None and d.lat is not None:
                attrs += [("lon", f"{d.lon:.6f}"), ("lat", f"{d.lat:.6f}")]
            keys.append(self._entity(Kind.REGION, key, d.name, doc_id, short_forms(d.name, d.level, d.code), attrs))
        for child, parent in zip(keys, keys[1:]):
            self.located_in.add((child, parent))
        self.entities[keys[0]][2].update(n for n in names if n)
        return keys[0]

    def county_of(self, key: str, parents: dict[str, list[str]]) -> str | None:
        """The county-level region at or above an entity (a hospital's location, a village's chain)."""
        seen = set()
        frontier = [key]
        while frontier:
            k = frontier.pop()
            if k in seen:
                continue
            seen.add(k)
            e = self.entities.get(k)
            if e and e[0] == Kind.REGION and e[4].get("level") == "county":
                return k
            frontier.extend(parents.get(k, ()))
        return None

    # --- facts ---------------------------------------------------------------------------

    def add(self, row: list) -> None:
        """Fold one article in, as its ``resolve_row`` (articles must come in (name, doc_id) order)."""
        (doc_id, name, title, date, digest, encoding), mentions, claims = row
        self.documents.append(DocumentInfo(doc_id, name, title, date, digest, encoding))
        key_of = self.key_of
        for m in mentions:
            key_of(m, doc_id)
        sentences: dict[str, str] = {}  # one string per evidence sentence, however many claims share it
        for c in claims:
            tag = c[0]
            text, start, end = c[-1]
            text = sentences.setdefault(text, text)
            src = Source(doc_id, name, text, start, end)
            if tag == "A":
                _, recipient, honor, years, bodies, _ = c
                r = key_of(recipient, doc_id)
                h = key_of(honor, doc_id)
                body_keys = [key_of(b, doc_id) for b in bodies]
                year = years[0] if years else None
                a = self.awards.setdefault((r, h, year), {"bodies": set(), "sources": [], "years": set()})
                a["bodies"].update(body_keys)
                a["years"].update(years[1:])
                a["sources"].append(src)
            elif tag == "D":
                _, hospital, target, mode, _ = c
                hk = key_of(hospital, doc_id)
                tk = key_of(target, doc_id)
                if hk == tk:
                    continue
                a = self.aid.setdefault((hk, tk), {"modes": set(), "sources": []})
                a["modes"].add(mode)
                a["sources"].append(src)
            elif tag == "F":
                _, person, organization, role, _ = c
                p = key_of(person, doc_id)
                o = key_of(organization, doc_id)
                a = self.affiliations.setdefault((p, o), {"roles": set(), "sources": []})
                if role:
                    a["roles"].add(role)
                a["sources"].append(src)
            elif tag == "P":
                self.part_of.add((key_of(c[1], doc_id), key_of(c[2], doc_id)))

    def finish(self) -> KnowledgeBase:
        """The knowledge base; the builder's working sets are freed as their records are made."""
        awards = _fold_undated(self.awards)
        self.awards = {}
        award_facts = []
        for r, h, year in sorted(awards, key=lambda k: (k[0], k[1], k[2] or 0)):
            v = awards.pop((r, h, year))
            award_facts.append(AwardFact(_fact_key("award", r, h, year), r, h, year, tuple(sorted(v["bodies"])),
                                         _sources(v["sources"]), tuple(sorted(v["years"] - {year}))))
        parents: dict[str, list[str]] = defaultdict(list)
        for child, parent in sorted(self.located_in):
            parents[child].append(parent)
        aid_facts = []
        for hk, tk in sorted(self.aid):
            v = self.aid.pop((hk, tk))
            aid_facts.append(AidFact(_fact_key("aid", hk, tk), hk, tk, tuple(sorted(v["modes"])),
                                     _sources(v["sources"]), self.county_of(tk, parents)))
        aff_facts = []
        for p, o in sorted(self.affiliations):
            v = self.affiliations.pop((p, o))
            aff_facts.append(AffiliationFact(_fact_key("affiliation", p, o), p, o, tuple(sorted(v["roles"])),
                                             _sources(v["sources"])))
        entities = []
        for key in sorted(self.entities):
            kind, label, names, docs, attrs, _ = self.entities.pop(key)
            entities.append(Entity(kind, key, label, tuple(sorted(names - {label})), tuple(sorted(set(docs))),
                                   tuple(sorted(attrs.items()))))
        return KnowledgeBase(tuple(sorted(self.documents, key=lambda d: d.doc_id)), tuple(entities),
                             tuple(award_facts), tuple(aid_facts), tuple(aff_facts), tuple(sorted(self.part_of)),
                             tuple(sorted(self.located_in)))


def _all_mentions(x: Extraction):
    yield from x.mentions
    for c in x.claims:
        for name in ("recipient", "hospital", "target", "organization", "parent", "unit", "person"):
            m = getattr(c, name, None)
            if isinstance(m, Mention):
                yield m


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
