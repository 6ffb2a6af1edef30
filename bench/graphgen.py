"""Generate a synthetic hospital-kg graph of a given size, as N-Triples, for store benchmarks.

The graph has the project's shape (the classes and properties of
``kg/vocab.py``, the same chains the named queries follow: award -> recipient
-> partOf* -> hospital -> locatedIn+ -> province), at about 100 triples per
hospital, so the named queries join and aggregate as they do on real builds.
Output depends only on ``(triples, seed)``.

    python bench/graphgen.py OUT.nt --triples 1000000 [--seed 7]
"""
from __future__ import annotations

import argparse
import itertools
import random
from collections.abc import Iterator
from pathlib import Path

HKG = "https://w3id.org/hospital-kg/ontology#"
ID = "https://w3id.org/hospital-kg/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
GYEAR = "<http://www.w3.org/2001/XMLSchema#gYear>"
LEVELS = ["NationalLevel", "ProvincialLevel", "CityLevel", "CountyLevel", "InstitutionLevel"]
DEPARTMENTS = ["内科", "外科", "儿科", "妇产科", "急诊科", "护理部", "党支部", "院党委", "药剂科", "放射科"]
HONORS = ["先进基层党组织", "文明单位", "先进集体", "先进工作者", "巾帼文明岗", "优秀共产党员", "工人先锋号",
          "五一劳动奖状", "青年文明号", "优秀护士"]
LEVEL_PREFIX = {"NationalLevel": "全国", "ProvincialLevel": "省", "CityLevel": "市", "CountyLevel": "县",
                "InstitutionLevel": "院级"}
ROLES = ["党委书记", "院长", "主任医师", "护士长", "副主任医师", "主治医师", "护士"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def t(s: str) -> str:
    return f"<{HKG}{s}>"


def r(kind: str, n: int) -> str:
    return f"<{ID}{kind}/{n}>"


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"@zh'


def triples(target: int, seed: int = 7) -> Iterator[str]:
    """N-Triples lines, about ``target`` of them."""
    rnd = random.Random(seed)
    hospitals = max(1, target // 100)
    provinces, prefectures = 31, min(340, max(31, hospitals // 10))
    counties = min(2900, max(prefectures, hospitals // 3))
    townships = max(counties, hospitals)
    bodies, honors = 60 + hospitals // 200, 100 + hospitals // 20
    emitted = 0

    def emit(s: str, p: str, o: str) -> str:
        nonlocal emitted
        emitted += 1
        return f"{s} {p} {o} .\n"

    for i in range(provinces):
        yield emit(r("region", i), RDF_TYPE, t("Province"))
        yield emit(r("region", i), LABEL, lit(f"省{i}"))
    for i in range(prefectures):
        node = r("region", 1000 + i)
        yield emit(node, RDF_TYPE, t("Prefecture"))
        yield emit(node, LABEL, lit(f"市{i}"))
        yield emit(node, t("locatedIn"), r("region", i % provinces))
    for i in range(counties):
        node = r("region", 10_000 + i)
        yield emit(node, RDF_TYPE, t("County"))
        yield emit(node, RDF_TYPE, t("Region"))
        yield emit(node, LABEL, lit(f"县{i}"))
        yield emit(node, t("locatedIn"), r("region", 1000 + i % prefectures))
    for i in range(townships):
        node = r("region", 100_000 + i)
        yield emit(node, RDF_TYPE, t("Township"))
        yield emit(node, LABEL, lit(f"镇{i}"))
        yield emit(node, t("locatedIn"), r("region", 10_000 + rnd.randrange(counties)))
    for i in range(bodies):
        yield emit(r("body", i), RDF_TYPE, t("AwardingBody"))
        yield emit(r("body", i), LABEL, lit(f"授予机关{i}"))
    for i in range(honors):
        level = LEVELS[i % len(LEVELS)]
        yield emit(r("honor", i), RDF_TYPE, t("Honor"))
        yield emit(r("honor", i), LABEL, lit(f"{LEVEL_PREFIX[level]}{HONORS[i % len(HONORS)]}{i}"))
        yield emit(r("honor", i), t("level"), t(level))
    award = person = unit = doc = aff = 0
    for h in itertools.count():
        hosp = r("hospital", h)
        yield emit(hosp, RDF_TYPE, t("Hospital"))
        yield emit(hosp, LABEL, lit(f"第{h}人民医院"))
        yield emit(hosp, ALT, lit(f"{h}院"))
        yield emit(hosp, t("locatedIn"), r("region", 10_000 + rnd.randrange(counties)))
        yield emit(hosp, t("aids"), r("region", 100_000 + rnd.randrange(townships)))
        docs = []
        for _ in range(2):
            d = r("doc", doc)
            doc += 1
            docs.append(d)
            yield emit(d, RDF_TYPE, t("Document"))
            yield emit(d, t("fileName"), f'"doc{doc}.txt"')
            yield emit(d, "<http://purl.org/dc/terms/title>", lit(f"新闻{doc}"))
        units = []
        for k in range(3):
            u = r("unit", unit)
            unit += 1
            units.append(u)
            yield emit(u, RDF_TYPE, t("OrgUnit"))
            yield emit(u, LABEL, lit(DEPARTMENTS[(h + k) % len(DEPARTMENTS)]))
            yield emit(u, t("partOf"), hosp)
        people = []
        for _ in range(6):
            p = r("person", person)
            person += 1
            people.append(p)
            yield emit(p, RDF_TYPE, t("Person"))
            yield emit(p, LABEL, lit(rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)))
            yield emit(p, t("affiliatedWith"), rnd.choice(units))
            yield emit(p, t("role"), lit(rnd.choice(ROLES)))
            a = r("affiliation", aff)
            aff += 1
            yield emit(a, RDF_TYPE, t("Affiliation"))
            yield emit(a, DERIVED, rnd.choice(docs))
        for _ in range(5):
            a = r("award", award)
            award += 1
            recipient = rnd.choice([hosp] + units + people)
            yield emit(a, RDF_TYPE, t("Award"))
            yield emit(a, t("recipient"), recipient)
            yield emit(a, t("honor"), r("honor", rnd.randrange(honors)))
            yield emit(a, t("year"), f'"{rnd.randrange(2000, 2025)}"^^{GYEAR}')
            for b in rnd.sample(range(bodies), rnd.choice((1, 1, 2))):
                yield emit(a, t("awardedBy"), r("body", b))
            yield emit(a, DERIVED, rnd.choice(docs))
            yield emit(a, t("evidence"), lit(f"授予荣誉{award}"))
        if emitted >= target:
            return


def write(path: str | Path, target: int, seed: int = 7) -> int:
    """Write the graph to ``path``; returns the number of triples."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for line in triples(target, seed):
            fh.write(line)
            n += 1
    return n


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(f"wrote {write(args.out, args.triples, args.seed)} triples to {args.out}")
