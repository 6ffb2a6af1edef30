"""Generate a synthetic corpus of hospital news articles for benchmarks and tests.

Articles recombine genre sentences (awards, paired assistance, posts, filler)
with names drawn from the gazetteer (places, hence hospitals), the honor-head
and organ lists and the surname list, so no two articles repeat and the
extractor meets the same kinds of facts as in the sample corpus. Article ``i``
depends only on ``(seed, i)``: the 1k corpus is a prefix of the 10k one.

    python bench/corpus_gen.py OUT_DIR --count 10000 [--seed 7]
    python bench/corpus_gen.py OUT_DIR --edit 0.01      # change 1 % of an existing corpus
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.gazetteer import Division, load_gazetteer  # noqa: E402
from kg.lexicon import departments, honor_heads, national_organs, surnames  # noqa: E402

PER_FOLDER = 1000
GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 兰 萍 建 国 红 "
         "志 宏 海 峰 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 晨 辉 琳 倩 雪 婷 颖 梅 燕 慧 莉 鹏 飞 亮 成 "
         "立 新 春 文 德 永 卫 东 晓 光 林 云 嘉 欣 怡 佳 子 思 雨 一 博 瑞 泽 睿 铭").split()
HOSPITAL_KINDS = ("人民医院", "中医医院", "妇幼保健院", "第二人民医院", "中西医结合医院")
CITY_KINDS = ("中心医院", "第一人民医院", "人民医院", "中医院", "妇幼保健院", "第三人民医院")
POSTS = ("党委书记", "院长", "副院长", "党委副书记", "护士长", "主任医师", "副主任医师", "主治医师",
         "主任", "副主任", "护师", "临床药师")
HONOR_PREFIX = ("全国", "全省", "全市", "省", "市", "县")
AID_MODES = ("对口帮扶", "对口支援", "托管", "驻村帮扶", "定点帮扶")
FILLER = (
    "会议强调,要坚持以人民健康为中心,着力抓党建、促行风,抓质量、促业务。",
    "近年来,医院坚持党建引领,推动党建工作与业务工作深度融合。",
    "全院党员干部职工要以先进为榜样,立足岗位、担当作为,为群众提供更加优质高效的医疗服务。",
    "医院将以此次表彰为契机,进一步加强基层党组织建设,充分发挥党支部战斗堡垒作用和党员先锋模范作用。",
    "活动现场,专家们为前来就诊的群众提供了健康咨询、义诊和健康宣教等服务。",
    "下一步,医院将继续深化医药卫生体制改革,推进医共体建设、重点专科建设和信息化建设。",
    "据了解,该院始终把群众满意作为工作的出发点和落脚点,不断改善就医环境、优化服务流程。",
    "与会人员纷纷表示,将把学习成果转化为推动医院高质量发展的强大动力。",
    "在疫情防控工作中,全院医务人员闻令而动、逆行出征,筑起了守护人民生命健康的坚固防线。",
    "医院还积极开展“我为群众办实事”实践活动,切实解决群众看病就医的急难愁盼问题。",
    "座谈会上,大家围绕人才培养、学科建设、技术帮扶等方面进行了深入交流。",
    "此次培训内容丰富、针对性强,进一步提升了基层医务人员的业务能力和服务水平。",
)


@dataclass(frozen=True)
class Names:
    counties: tuple[Division, ...]
    prefectures: tuple[Division, ...]
    townships: tuple[Division, ...]
    honors: tuple[str, ...]
    organs: tuple[str, ...]
    surnames: tuple[str, ...]
    departments: tuple[str, ...]


@cache
def names() -> Names:
    gaz = load_gazetteer()
    counties = tuple(d for d in gaz if d.level == "county" and d.name.endswith(("县", "区", "市")))
    prefectures = tuple(d for d in gaz if d.level == "prefecture" and d.name.endswith("市"))
    townships = tuple(d for d in gaz if d.level == "township" and d.name.endswith(("镇", "乡")))
    heads = tuple(h for h in honor_heads() if len(h) >= 4)
    organs = tuple(sorted({o.name for o in national_organs().values()}))
    single = tuple(s for s in sorted(surnames()) if len(s) == 1)
    return Names(counties, prefectures, townships, heads, organs, single, tuple(sorted(departments())))


def _chain(code: str) -> tuple[Division, ...]:
    return load_gazetteer().chain(code)


def _person(r: random.Random, n: Names) -> str:
    return r.choice(n.surnames) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))


def _hospital(r: random.Random, n: Names) -> tuple[str, Division]:
    if r.random() < 0.6:
        county = r.choice(n.counties)
        return county.name + r.choice(HOSPITAL_KINDS), county
    city = r.choice(n.prefectures)
    return city.name + r.choice(CITY_KINDS), city


def _province_of(d: Division) -> Division:
    return _chain(d.code)[-1]


def article(seed: int, i: int) -> tuple[str, str]:
    """Article ``i`` of the corpus: (title, text)."""
    r = random.Random(f"{seed}:{i}")
    n = names()
    hospital, place = _hospital(r, n)
    province = _province_of(place)
    pname = province.name
    year = r.randint(2008, 2024)
    dept = r.choice(n.departments)
    head = _person(r, n)
    title = r.choice((
        f"{hospital}{dept}党支部荣获“{r.choice(HONOR_PREFIX)}{r.choice(n.honors)}”称号",
        f"{hospital}召开{year}年度表彰大会",
        f"{hospital}扎实开展{r.choice(AID_MODES)}工作",
        f"{hospital}党建工作纪实",
    ))
    paras = [title, f"发布时间:{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}  来源:{hospital}"]
    target_len = r.randint(700, 1700)
    length = 0
    while length < target_len:
        kind = r.random()
        honor = r.choice(n.honors)
        lvl = r.choice(HONOR_PREFIX)
        if kind < 0.12:
            body = r.choice((r.choice(n.organs), f"{pname}卫生健康委员会", f"中共{pname}委", f"{pname}人民政府"))
            s = r.choice((
                f"{r.randint(2005, 2024)}年,{hospital}被{body}授予“{lvl}{honor}”称号。",
                f"近日,{body}印发通报,{hospital}{r.choice(n.departments)}党支部荣获“{lvl}{honor}”称号。",
                f"{hospital}{r.choice(POSTS)}{_person(r, n)}荣获{r.randint(2005, 2024)}年度“{lvl}{honor}”荣誉称号。",
                f"在{body}召开的表彰大会上,{hospital}获评“{honor}”。",
            ))
        elif kind < 0.17:
            other = r.choice(n.counties)
            s = r.choice((
                f"{r.randint(2012, 2023)}年以来,{hospital}{r.choice(AID_MODES)}{other.name}人民医院,"
                f"先后派出{r.randint(3, 40)}名专家驻点帮扶。",
                f"{hospital}持续{r.choice(AID_MODES)}{other.name},选派{r.choice(POSTS)}{_person(r, n)}"
                f"开展技术指导。",
            ))
            if r.random() < 0.2 and n.townships:
                town = r.choice(n.townships)
                s += f"医院选派{_person(r, n)}驻村帮扶{town.name}{r.choice(GIVEN)}{r.choice(GIVEN)}村。"
        elif kind < 0.27:
            s = r.choice((
                f"{hospital}{r.choice(POSTS)}{head}出席会议并讲话。",
                f"{r.choice(n.departments)}主任{_person(r, n)}介绍了科室开展新技术新项目的情况。",
                f"{hospital}{r.choice(n.departments)}{r.choice(POSTS)}{_person(r, n)}带领团队完成了多例高难度手术。",
                f"院党委书记、院长{head}作{year}年医院工作报告。",
            ))
        else:
            s = r.choice(FILLER)
        if paras and r.random() < 0.55 and len(paras) > 2:
            paras[-1] += s
        else:
            paras.append(s)
        length += len(s)
    paras.append(f"(责任编辑:{_person(r, n)})")
    return title, "\n\n".join(paras) + "\n"


def _relpath(i: int, html: bool) -> str:
    return f"{i // PER_FOLDER:03d}/{i:06d}.{'html' if html else 'txt'}"


def _encode(seed: int, i: int, title: str, text: str) -> tuple[str, bytes]:
    """File name and bytes: mostly UTF-8 text, some HTML pages, some GB18030 files."""
    r = random.Random(f"{seed}:{i}:file")
    roll = r.random()
    if roll < 0.1:
        body = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n") if p)
        page = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n"
                f"<body><div class=\"content\">\n{body}</div></body></html>\n")
        return _relpath(i, True), page.encode("utf-8")
    if roll < 0.15:
        return _relpath(i, False), text.encode("gb18030")
    return _relpath(i, False), text.encode("utf-8")


def generate(out: str | Path, count: int, seed: int = 7, start: int = 0) -> int:
    """Write articles ``start .. count-1`` under ``out``; return the bytes written."""
    out = Path(out)
    total = 0
    seen: set[bytes] = set()
    for i in range(start, count):
        title, text = article(seed, i)
        rel, data = _encode(seed, i, title, text)
        digest = hashlib.sha256(data).digest()
        if digest in seen:  # astronomically unlikely; keep the promise anyway
            data += f"\n(编号{i})\n".encode("utf-8")
        seen.add(digest)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total += len(data)
    return total


def edit(out: str | Path, fraction: float, seed: int = 11) -> list[Path]:
    """Append one new sentence to a fraction of the articles (deterministic choice)."""
    files = sorted(p for p in Path(out).rglob("*") if p.is_file() and p.suffix in (".txt", ".html"))
    r = random.Random(seed)
    chosen = sorted(r.sample(range(len(files)), max(1, round(len(files) * fraction))))
    edited = []
    for k in chosen:
        p = files[k]
        data = p.read_bytes()
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, enc = data.decode("gb18030"), "gb18030"
        extra = f"编辑补记{k}:{r.choice(FILLER)}"
        text = text.replace("</div>", f"<p>{extra}</p></div>") if p.suffix == ".html" else text + extra + "\n"
        p.write_bytes(text.encode(enc))
        edited.append(p)
    return edited


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--edit", type=float, help="instead of generating, edit this fraction of OUT's articles")
    args = ap.parse_args(argv)
    if args.edit is not None:
        print(f"edited {len(edit(args.out, args.edit))} articles")
    else:
        print(f"wrote {args.count} articles, {generate(args.out, args.count, args.seed) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
