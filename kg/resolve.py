"""Extractions -> KnowledgeBase: one entity per real thing across the corpus.

Inside an article the readers already chose full names (市中心医院 ->
攀枝花市中心医院). Here the same hospital written differently in different
articles is merged (木里县医院 = 木里县人民医院; 宣武医院 = 首都医科大学宣武医院
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
    for label in labels:
        if len(label) < 4:
            continue
        longer = [o for o in labels if o != label and o.endswith(label)]
        if len(longer) == 1 and not re.match(r"^[\u4e00-\u9fff]{1,8}?[省市县区州盟旗]", label):
            uf.union(label, longer[0])
    return {label: uf.find(label) for label in labels}


def resolve(extractions: Iterable[Extraction]) -> KnowledgeBase:
    extractions = sorted(extractions, key=lambda x: (x.name, x.doc_id))
    return _Builder(extractions).build()


class _Builder:
    def __init__(self, extractions: list[Extraction]):
        self.extractions = extractions
        labels = [m.label for x in extractions for m in _all_mentions(x) if m.kind == Kind.HOSPITAL]
        self.cluster = hospital_clusters(labels)
        self.entities: dict[str, dict] = {}
        self.part_of: set[tuple[str, str]] = set()
        self.located_in: set[tuple[str, str]] = set()

    # --- entities ------------------------------------------------------------------------

    def _entity(self, kind: Kind, key: str, label: str, doc_id: str, names: Iterable[str] = (),
                attrs: Iterable[tuple[str, str]] = ()) -> str:
        e = self.entities.get(key)
        if e is None:
            e = {"kind": kind, "label": label, "names": set(), "docs": set(), "attrs": {}}
            self.entities[key] = e
        e["names"].update(n for n in names if n and n not in NOT_NAMES)
        e["docs"].add(doc_id)
        for k, v in attrs:
            e["attrs"].setdefault(k, v)
        return key

    def hospital_label(self, label: str) -> str:
        return self.cluster.get(label, label)

    def key_of(self, m: Mention, doc_id: str) -> str:
        """The corpus-wide entity key of a mention (creating the entity)."""
        names = (m.label, m.surface, *m.aliases)
        if m.kind == Kind.HOSPITAL:
            label = self.hospital_label(m.label)
            key = "hospital:" + norm(label)
            self._entity(Kind.HOSPITAL, key, label, doc_id, names)
            loc = m.attr("location")
            if loc:
                self.located_in.add((key, self.region(loc, doc_id)))
            return key
        if m.kind == Kind.ORG_UNIT:
            hospital = m.attr("hospital")
            label = m.label
            if hospital and label.startswith(hospital):
                label = self.hospital_label(hospital) + label[len(hospital):]
            key = "unit:" + norm(label)
            self._entity(Kind.ORG_UNIT, key, label, doc_id, names)
            if hospital:
                hkey = "hospital:" + norm(self.hospital_label(hospital))
                self._entity(Kind.HOSPITAL, hkey, self.hospital_label(hospital), doc_id, (hospital,))
                self.part_of.add((key, hkey))
            return key
        if m.kind == Kind.PERSON:
            home = m.attr("hospital")
            scope = norm(self.hospital_label(home)) if home else doc_id
            key = f"person:{norm(m.label)}@{scope}"
            return self._entity(Kind.PERSON, key, m.label, doc_id, (m.label,))
        if m.kind == Kind.HONOR:
            key = "honor:" + norm(m.label)
            return self._entity(Kind.HONOR, key, m.label.strip(), doc_id, names, m.attrs)
        if m.kind == Kind.AWARDING_BODY:
            scoped = m.attr("scoped")
            key = "body:" + norm(m.label) + (f"@{doc_id}" if scoped else "")
            return self._entity(Kind.AWARDING_BODY, key, m.label, doc_id, names, m.attrs)
        if m.kind == Kind.REGION:
            code = m.attr("adcode")
            village = m.attr("village")
            if code is None:
                return self._entity(Kind.REGION, "region:" + norm(m.label) + f"@{doc_id}", m.label, doc_id, names)
            if village:
                parent = self.region(code, doc_id)
                key = f"region:{code}/{village}"
                self._entity(Kind.REGION, key, village, doc_id, (m.surface,), (("level", "village"),))
                self.located_in.add((key, parent))
                return key
            return self.region(code, doc_id, names)
        raise ValueError(f"unknown kind {m.kind}")

    def region(self, code: str, doc_id: str, names: Iterable[str] = ()) -> str:
        """The region entity of a gazetteer code, with its chain up to the province."""
        gaz = load_gazetteer()
        chain = gaz.chain(code)
        if not chain:
            return self._entity(Kind.REGION, f"region:{code}", code, doc_id)
        keys = []
        for d in chain:
            key = f"region:{d.code}"
            attrs = [("level", d.level), ("adcode", d.code)]
            if d.lon is not None and d.lat is not None:
                attrs += [("lon", f"{d.lon:.6f}"), ("lat", f"{d.lat:.6f}")]
            self._entity(Kind.REGION, key, d.name, doc_id, short_forms(d.name, d.level, d.code), attrs)
            keys.append(key)
        for child, parent in zip(keys, keys[1:]):
            self.located_in.add((child, parent))
        self.entities[keys[0]]["names"].update(n for n in names if n)
        return keys[0]

    def county_of(self, key: str) -> str | None:
        """The county-level region at or above an entity (a hospital's location, a village's chain)."""
        seen = set()
        frontier = [key]
        while frontier:
            k = frontier.pop()
            if k in seen:
                continue
            seen.add(k)
            e = self.entities.get(k)
            if e and e["kind"] == Kind.REGION and e["attrs"].get("level") == "county":
                return k
            frontier.extend(p for c, p in self.located_in if c == k)
        return None

    # --- facts ---------------------------------------------------------------------------

    def build(self) -> KnowledgeBase:
        awards: dict[tuple, dict] = {}
        aid: dict[tuple, dict] = {}
        affiliations: dict[tuple, dict] = {}
        documents = []
        for x in self.extractions:
            documents.append(DocumentInfo(x.doc_id, x.name, x.title, x.date, x.digest, x.encoding))
            for m in x.mentions:
                self.key_of(m, x.doc_id)
            for c in x.claims:
                src = Source(x.doc_id, x.name, c.evidence.text, c.evidence.source_start, c.evidence.source_end)
                if isinstance(c, AwardClaim):
                    r = self.key_of(c.recipient, x.doc_id)
                    h = self.key_of(c.honor, x.doc_id)
                    bodies = tuple(self.key_of(b, x.doc_id) for b in c.bodies)
                    year = c.years[0] if c.years else None
                    a = awards.setdefault((r, h, year), {"bodies": set(), "sources": [], "years": set()})
                    a["bodies"].update(bodies)
                    a["years"].update(c.years[1:])
                    a["sources"].append(src)
                elif isinstance(c, AidClaim):
                    hk = self.key_of(c.hospital, x.doc_id)
                    tk = self.key_of(c.target, x.doc_id)
                    if hk == tk:
                        continue
                    a = aid.setdefault((hk, tk), {"modes": set(), "sources": []})
                    a["modes"].add(c.mode)
                    a["sources"].append(src)
                elif isinstance(c, AffiliationClaim):
                    p = self.key_of(c.person, x.doc_id)
                    o = self.key_of(c.organization, x.doc_id)
                    a = affiliations.setdefault((p, o), {"roles": set(), "sources": []})
                    if c.role:
                        a["roles"].add(c.role)
                    a["sources"].append(src)
                elif isinstance(c, PartOfClaim):
                    self.part_of.add((self.key_of(c.unit, x.doc_id), self.key_of(c.parent, x.doc_id)))
        awards = _fold_undated(awards)
        award_facts = tuple(
            AwardFact(_fact_key("award", r, h, year), r, h, year, tuple(sorted(v["bodies"])),
                      _sources(v["sources"]), tuple(sorted(v["years"] - {year})))
            for (r, h, year), v in sorted(awards.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or 0))
        )
        aid_facts = tuple(
            AidFact(_fact_key("aid", hk, tk), hk, tk, tuple(sorted(v["modes"])), _sources(v["sources"]),
                    self.county_of(tk))
            for (hk, tk), v in sorted(aid.items())
        )
        aff_facts = tuple(
            AffiliationFact(_fact_key("affiliation", p, o), p, o, tuple(sorted(v["roles"])), _sources(v["sources"]))
            for (p, o), v in sorted(affiliations.items())
        )
        entities = tuple(
            Entity(e["kind"], key, e["label"], tuple(sorted(e["names"] - {e["label"]})), tuple(sorted(e["docs"])),
                   tuple(sorted(e["attrs"].items())))
            for key, e in sorted(self.entities.items())
        )
        return KnowledgeBase(tuple(sorted(documents, key=lambda d: d.doc_id)), entities, award_facts, aid_facts,
                             aff_facts, tuple(sorted(self.part_of)), tuple(sorted(self.located_in)))


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
