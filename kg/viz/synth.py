"""Synthetic graphs of a chosen size, shaped like real ones, for benchmarks and size-limit tests.

The proportions follow the sample corpus (about a fifth hospitals, a third
people, honors shared by many recipients, regions from the real gazetteer so
the map view has real coordinates). A fixed seed makes every size the same
graph on every run.
"""
from __future__ import annotations

import random

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from ..gazetteer import load_gazetteer
from ..vocab import HKG, ID, LEVEL_INDIVIDUALS, PREFIXES

GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文斌云海波宁辉晶鹏飞"
_DEPTS = ("心内科", "呼吸科", "消化内科", "普外科", "骨科", "儿科", "妇产科", "急诊科", "护理部", "党委办公室")
_HONORS = ("先进基层党组织", "优秀共产党员", "优秀党务工作者", "文明单位", "卫生健康系统先进集体",
           "三八红旗手", "五一劳动奖章", "青年文明号", "巾帼建功标兵", "抗击新冠肺炎疫情先进个人")
_LEVELS = (("national", "全国"), ("provincial", "省"), ("city", "市"), ("county", "县"))


def _iri(kind: str, i: int) -> URIRef:
    return URIRef(f"{ID}{kind}/synth{i:06d}")


def synthetic_graph(nodes: int, seed: int = 7) -> Graph:
    """An RDF graph with about ``nodes`` entities (hospitals, units, people, honors, organs, regions)."""
    rnd = random.Random(seed)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    zh = lambda s: Literal(s, lang="zh")  # noqa: E731
    gaz = load_gazetteer()
    counties = [d for d in gaz if d.level == "county" and d.lon is not None]
    rnd.shuffle(counties)

    n_regions = max(3, nodes * 22 // 100)
    regions: list[URIRef] = []
    region_ids: dict[str, URIRef] = {}

    def region(code: str) -> URIRef:
        if code in region_ids:
            return region_ids[code]
        d = gaz.get(code)
        s = URIRef(f"{ID}region/{code}")
        region_ids[code] = s
        regions.append(s)
        g.add((s, RDF.type, HKG.Region))
        g.add((s, RDF.type, {"province": HKG.Province, "prefecture": HKG.Prefecture}.get(d.level, HKG.County)))
        g.add((s, RDFS.label, zh(d.name)))
        g.add((s, HKG.adcode, Literal(code)))
        if d.lon is not None:
            g.add((s, URIRef(GEO + "lat"), Literal(str(d.lat), datatype=XSD.decimal)))
            g.add((s, URIRef(GEO + "long"), Literal(str(d.lon), datatype=XSD.decimal)))
        if d.parent:
            g.add((s, HKG.locatedIn, region(d.parent)))
        return s

    county_nodes = []
    for d in counties:
        if len(regions) >= n_regions:
            break
        county_nodes.append((region(d.code), d))

    n_docs = max(2, nodes // 25)
    docs = [_iri("doc", i) for i in range(n_docs)]
    for i, d in enumerate(docs):
        g.add((d, RDF.type, HKG.Document))
        g.add((d, HKG.fileName, Literal(f"synth_{i:05d}.txt")))
        g.add((d, DCTERMS.title, zh(f"第{i}篇 医院新闻")))

    def provenance(fact: URIRef, sentence: str) -> None:
        d = rnd.choice(docs)
        g.add((fact, PROV.wasDerivedFrom, d))
        g.add((fact, HKG.evidence, zh(sentence)))
        g.add((fact, HKG.evidenceLocation, Literal(f"{g.value(d, HKG.fileName)}#char=0,{len(sentence)}")))

    hospitals = []
    province_of: dict[URIRef, str] = {}
    for i in range(max(1, nodes * 20 // 100)):
        s = _iri("hospital", i)
        county, d = rnd.choice(county_nodes)
        name = f"{d.name}第{i % 9 + 1}人民医院" if i >= len(county_nodes) else f"{d.name}人民医院"
        g.add((s, RDF.type, HKG.Hospital))
        g.add((s, RDFS.label, zh(name)))
        g.add((s, SKOS.altLabel, zh(name.replace(d.name, "县", 1))))
        g.add((s, HKG.locatedIn, county))
        g.add((s, PROV.wasDerivedFrom, rnd.choice(docs)))
        hospitals.append((s, name))
        province_of[s] = d.code[:2]
    units = []
    for i in range(max(1, nodes * 10 // 100)):
        s = _iri("unit", i)
        h, hname = rnd.choice(hospitals)
        g.add((s, RDF.type, HKG.OrgUnit))
        g.add((s, RDFS.label, zh(hname + rnd.choice(_DEPTS) + "党支部")))
        g.add((s, HKG.partOf, h))
        units.append((s, hname))
        province_of[s] = province_of[h]
    people = []
    n_honors, n_bodies = max(1, nodes * 10 // 100), max(1, nodes * 3 // 100)
    n_people = max(1, nodes - len(regions) - len(hospitals) - len(units) - n_honors - n_bodies)
    for i in range(n_people):
        s = _iri("person", i)
        name = rnd.choice(_SURNAMES) + rnd.choice(_GIVEN) + (rnd.choice(_GIVEN) if rnd.random() < 0.6 else "")
        g.add((s, RDF.type, HKG.Person))
        g.add((s, RDFS.label, zh(name)))
        org, oname = rnd.choice(hospitals + units)
        aff = _iri("affiliation", i)
        g.add((aff, RDF.type, HKG.Affiliation))
        g.add((aff, HKG.person, s))
        g.add((aff, HKG.organization, org))
        g.add((aff, HKG.role, zh("主任医师")))
        g.add((s, HKG.affiliatedWith, org))
        provenance(aff, f"{oname}主任医师{name}。")
        people.append((s, name))
        province_of[s] = province_of[org]
    provinces = sorted(set(province_of.values()))
    # Organs and honors below national level belong to a province; recipients mostly get their
    # own province's honors, which gives the graph the regional clusters real corpora have.
    bodies: dict[tuple[str, str], list[URIRef]] = {}
    for i in range(n_bodies):
        s = _iri("body", i)
        level, prefix = _LEVELS[i % len(_LEVELS)]
        where = "" if level == "national" else rnd.choice(provinces)
        g.add((s, RDF.type, HKG.AwardingBody))
        g.add((s, RDFS.label, zh(f"{prefix}卫生健康委员会{i}")))
        g.add((s, HKG.level, LEVEL_INDIVIDUALS[level]))
        bodies.setdefault((level, where), []).append(s)
    national, regional = [], {}
    for i in range(n_honors):
        s = _iri("honor", i)
        level, prefix = _LEVELS[i % len(_LEVELS)]
        where = "" if level == "national" else rnd.choice(provinces)
        label = f"{prefix}{_HONORS[i % len(_HONORS)]}{i // len(_HONORS) or ''}"
        g.add((s, RDF.type, HKG.Honor))
        g.add((s, RDFS.label, zh(label)))
        g.add((s, HKG.level, LEVEL_INDIVIDUALS[level]))
        candidates = bodies.get((level, where)) or [b for (lv, _), bs in sorted(bodies.items()) if lv == level for b in bs]
        honor = (s, label, rnd.choice(candidates) if candidates else None)
        (national if level == "national" else regional.setdefault(where, [])).append(honor)

    recipients = hospitals + units + people
    for i in range(len(recipients) * 3 // 4):
        a = _iri("award", i)
        r, rname = rnd.choice(recipients)
        pool = regional.get(province_of[r]) if rnd.random() < 0.75 else None
        pool = pool or national or [h for hs in regional.values() for h in hs]
        h, hname, body = pool[min(int(rnd.expovariate(4 / len(pool))), len(pool) - 1)]
        year = 2000 + rnd.randrange(26)
        g.add((a, RDF.type, HKG.Award))
        g.add((a, HKG.recipient, r))
        g.add((a, HKG.honor, h))
        if rnd.random() < 0.8:
            g.add((a, HKG.year, Literal(str(year), datatype=XSD.gYear)))
        if body is not None:
            g.add((a, HKG.awardedBy, body))
        g.add((a, RDFS.label, zh(f"{rname} 荣获 {year}年 {hname}")))
        provenance(a, f"{year}年，{rname}荣获“{hname}”称号。")
    for i in range(len(hospitals) // 3):
        f = _iri("aid", i)
        h, hname = rnd.choice(hospitals)
        county, d = rnd.choice(county_nodes)
        g.add((f, RDF.type, HKG.Assistance))
        g.add((f, HKG.aider, h))
        g.add((f, HKG.aidTarget, county))
        g.add((f, HKG.aidMode, zh("对口帮扶")))
        g.add((h, HKG.aids, county))
        provenance(f, f"{hname}对口帮扶{d.name}。")
    return g
