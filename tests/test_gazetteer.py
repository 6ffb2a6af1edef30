"""Tests for kg.gazetteer and the shipped kg/data/divisions.tsv."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from kg.gazetteer import LEVELS, Division, Gazetteer, load_gazetteer, short_forms, strip_suffix


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _codes(divisions: tuple[Division, ...]) -> list[str]:
    return [d.code for d in divisions]


# ---------------------------------------------------------------- lookup

LOOKUP_HITS = [
    # provinces
    ("四川省", "510000"),
    ("四川", "510000"),
    ("西藏", "540000"),
    ("新疆", "650000"),
    ("新疆维吾尔自治区", "650000"),
    ("广西", "450000"),
    ("内蒙古", "150000"),
    ("宁夏", "640000"),
    ("北京", "110000"),
    ("上海市", "310000"),
    ("香港", "810000"),
    ("澳门", "820000"),
    ("台湾", "710000"),
    # prefectures
    ("攀枝花市", "510400"),
    ("攀枝花", "510400"),
    ("凉山彝族自治州", "513400"),
    ("凉山州", "513400"),
    ("凉山", "513400"),
    ("阿克苏地区", "652900"),
    ("阿克苏", "652900"),
    ("兴安盟", "152200"),
    ("兴安", "152200"),
    ("延边州", "222400"),
    ("大理州", "532900"),
    ("湘西", "433100"),
    ("克孜勒苏州", "653000"),
    ("大兴安岭", "232700"),
    # counties
    ("木里藏族自治县", "513422"),
    ("木里县", "513422"),
    ("木里", "513422"),
    ("盐边县", "510422"),
    ("盐边", "510422"),
    ("綦江区", "500110"),
    ("綦江", "500110"),
    ("房县", "420325"),
    ("阿克苏市", "652901"),
    ("阿克苏", "652901"),
    ("贡山独龙族怒族自治县", "533324"),
    ("贡山县", "533324"),
    ("贡山", "533324"),
    ("东乡县", "622926"),
    ("塔什库尔干", "653131"),
    ("鄂伦春旗", "150723"),
    ("隆林", "451031"),
    ("浦东", "310115"),
    ("井陉", "130107"),
    ("六枝", "520203"),
    ("神农架", "429021"),
    ("万柏林", "140109"),
    ("梁平", "500155"),
    # the county a county-level city or district was (articles and hospital names still say so)
    ("梁平县", "500155"),  # 梁平区 since 2016
    ("错那县", "540581"),  # 错那市 since 2023
    ("双流县", "510116"),  # 双流区 since 2015
    ("仙桃", "429004"),
    # townships
    ("红宝苗族彝族乡", "510422207"),
    ("红宝乡", "510422207"),
    ("红宝", "510422207"),
    ("西秋乡", "513422213"),
    ("西秋", "513422213"),
    ("龙圩镇", "450406100"),
    ("龙圩", "450406100"),
    ("东华门街道", "110101001"),
    ("东华门", "110101001"),
    ("东城", "441900003"),
    ("腰站子镇", "620922109"),
    ("南磨房", "110105021"),
    ("达斡尔乡", "150783200"),
]


@pytest.mark.parametrize(("form", "code"), LOOKUP_HITS)
def test_lookup_finds(gaz: Gazetteer, form: str, code: str) -> None:
    assert code in _codes(gaz.lookup(form))


LOOKUP_MISSES = [
    "房",  # one-character stem of 房县
    "",
    "不存在的地方",
    "凉山彝族",  # ethnic names are stripped, never left dangling
    "木里藏族",
    "新疆维吾尔",
    "内",  # 内蒙古 minus 蒙古
    "阿拉善左",  # 阿拉善左旗's 旗 belongs to 左
    "万柏",  # 万柏林区 is not a 林区
    "浦东新",
    "石家庄高新技术产业开发",  # statistical units get no stripped forms
    "北戴河新区的",
    "市辖区",
    "省直辖县级行政区划",
    "向阳区直辖村级区划",
]


def test_a_former_county_name_never_hides_a_county_of_today(gaz: Gazetteer) -> None:
    assert _codes(gaz.lookup("朝阳县")) == ["211321"]  # not the districts 朝阳区 of Beijing or Changchun
    assert gaz.lookup("浦东新县") == ()  # a new area (新区) was never a county


@pytest.mark.parametrize("form", LOOKUP_MISSES)
def test_lookup_misses(gaz: Gazetteer, form: str) -> None:
    assert gaz.lookup(form) == ()


def test_lookup_sorted_and_complete(gaz: Gazetteer) -> None:
    hits = gaz.lookup("鼓楼区")
    assert _codes(hits) == sorted(_codes(hits))
    assert {"320106", "320302", "350102", "410204"} <= set(_codes(hits))
    assert all(d.name == "鼓楼区" for d in hits)


# ---------------------------------------------------------------- short forms


@pytest.mark.parametrize(
    ("name", "level", "expected"),
    [
        ("四川省", "province", ("四川省", "四川")),
        ("内蒙古自治区", "province", ("内蒙古自治区", "内蒙古")),
        ("香港特别行政区", "province", ("香港特别行政区", "香港")),
        ("凉山彝族自治州", "prefecture", ("凉山彝族自治州", "凉山州", "凉山")),
        ("兴安盟", "prefecture", ("兴安盟", "兴安")),
        ("木里藏族自治县", "county", ("木里藏族自治县", "木里县", "木里")),
        ("双江拉祜族佤族布朗族傣族自治县", "county", ("双江拉祜族佤族布朗族傣族自治县", "双江县", "双江")),
        ("鄂温克族自治旗", "county", ("鄂温克族自治旗", "鄂温克旗", "鄂温克")),
        ("科尔沁右翼前旗", "county", ("科尔沁右翼前旗",)),
        ("房县", "county", ("房县",)),
        ("矿区", "county", ("矿区",)),
        ("红宝苗族彝族乡", "township", ("红宝苗族彝族乡", "红宝乡", "红宝")),
        ("东固畲族少数民族乡", "township", ("东固畲族少数民族乡", "东固乡", "东固")),
        ("新保安镇", "township", ("新保安镇", "新保安")),  # 保安 is an ethnic group, but not here
        ("东城街道", "township", ("东城街道", "东城")),
        ("（工业园区）城南街道", "township", ("（工业园区）城南街道", "城南街道", "城南")),
        ("农场", "township", ("农场",)),
    ],
)
def test_short_forms(name: str, level: str, expected: tuple[str, ...]) -> None:
    assert short_forms(name, level) == expected


def test_statistical_county_units_keep_only_official_name() -> None:
    assert short_forms("北戴河新区", "county", "130372") == ("北戴河新区",)
    assert short_forms("浦东新区", "county", "310115") == ("浦东新区", "浦东")


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("凉山彝族自治州", "凉山"),
        ("新疆维吾尔自治区", "新疆"),
        ("东乡族自治县", "东乡"),
        ("鄂伦春自治旗", "鄂伦春"),
        ("房县", "房县"),
        ("西秋乡", "西秋"),
        ("北京", "北京"),
    ],
)
def test_strip_suffix(name: str, stem: str) -> None:
    assert strip_suffix(name) == stem


def test_no_one_character_forms(gaz: Gazetteer) -> None:
    short = [(f, d.code) for f, d in gaz.forms() if len(f) < 2]
    assert short == []


def test_forms_levels(gaz: Gazetteer) -> None:
    provinces = {d.code for _, d in gaz.forms(["province"])}
    assert len(provinces) == 34
    assert ("凉山", gaz.get("513400")) in set(gaz.forms(["prefecture"]))
    assert not any(d.level == "township" for _, d in gaz.forms(("province", "county")))
    with pytest.raises(ValueError):
        list(gaz.forms(["village"]))


def test_township_short_forms_are_often_shared(gaz: Gazetteer) -> None:
    # Many townships share names (城关镇 ...): lookup returns them all.
    assert len(gaz.lookup("城关镇")) > 50
    assert len(gaz.lookup("城关")) > len(gaz.lookup("城关镇"))


# ---------------------------------------------------------------- hierarchy


def test_chain_and_county_of_township(gaz: Gazetteer) -> None:
    assert _codes(gaz.chain("513422213")) == ["513422213", "513422", "513400", "510000"]
    assert gaz.county_of("513422213").name == "木里藏族自治县"
    assert gaz.prefecture_of("513422213").name == "凉山彝族自治州"
    assert gaz.province_of("513422213").name == "四川省"
    assert gaz.county_of("513422").code == "513422"


@pytest.mark.parametrize(
    ("code", "county", "province"),
    [
        ("510000", None, "510000"),
        ("513400", None, "510000"),
        ("110101001", "110101", "110000"),
        ("441900003", None, "440000"),  # 东莞市 has no counties
        ("999999", None, None),
    ],
)
def test_county_and_province_of(gaz: Gazetteer, code: str, county: str | None, province: str | None) -> None:
    c, p = gaz.county_of(code), gaz.province_of(code)
    assert (c.code if c else None) == county
    assert (p.code if p else None) == province


@pytest.mark.parametrize(
    ("code", "parent"),
    [
        ("310115", "310000"),  # 上海市浦东新区
        ("110101", "110000"),  # 北京市东城区
        ("120116", "120000"),  # 天津市滨海新区
        ("500110", "500000"),  # 重庆市綦江区
        ("500229", "500000"),  # 重庆市城口县 (under the "县" pseudo prefecture)
        ("429004", "420000"),  # 仙桃市, 省直辖县级行政区划
        ("469024", "460000"),  # 临高县
        ("659001", "650000"),  # 石河子市, 自治区直辖县级行政区划
        ("441900003", "441900"),  # 东莞市's townships hang off the city
        ("513400", "510000"),
        ("510000", None),
    ],
)
def test_parents(gaz: Gazetteer, code: str, parent: str | None) -> None:
    assert gaz.get(code).parent == parent


@pytest.mark.parametrize(
    ("code", "ancestor", "expected"),
    [
        ("513422213", "513422", True),
        ("513422213", "513400", True),
        ("513422213", "510000", True),
        ("513422213", "513422213", True),
        ("513422213", "510400", False),
        ("510000", "513400", False),
        ("310115", "310000", True),
        ("000000", "510000", False),
    ],
)
def test_within(gaz: Gazetteer, code: str, ancestor: str, expected: bool) -> None:
    assert gaz.within(code, ancestor) is expected


@pytest.mark.parametrize(
    ("given", "code"),
    [("510422207", "510422207"), ("510422207000", "510422207"), ("510000000000", "510000"), ("51", "510000"), ("1234", None)],
)
def test_get_normalizes_codes(gaz: Gazetteer, given: str, code: str | None) -> None:
    d = gaz.get(given)
    assert (d.code if d else None) == code


# ---------------------------------------------------------------- resolve

RESOLVE = [
    # (form, context, expected code or None)
    ("东城街道", ["140800"], "140802002"),  # 运城市盐湖区, not 高平市's
    ("东城街道", ["140000", "140500"], "140581002"),  # 晋城市高平市
    ("东城街道", [], None),  # 39 of them
    ("东城街道", ["140000"], None),  # two in 山西
    ("城关镇", ["620000"], None),
    ("鼓楼区", [], None),
    ("鼓楼区", ["350000"], "350102"),
    ("鼓楼区", ["320000"], None),  # 南京 and 徐州
    ("鼓楼区", ["320000", "320300"], "320302"),  # the deepest context wins
    ("朝阳区", ["110000"], "110105"),
    ("朝阳", ["110000"], "110105"),
    ("阿克苏", [], "652900"),  # prefecture over county-level city
    ("阿克苏", ["652900"], "652900"),
    ("阿克苏市", [], "652901"),
    ("矿区", [], "140303"),  # exact official name beats 矿区街道
    ("凉山", ["510000"], "513400"),
    ("木里", ["513400"], "513422"),
    ("红宝", [], "510422207"),
    ("四川", ["999999", "bogus"], "510000"),  # unknown context codes are ignored
    ("不存在的地方", ["510000"], None),
]


@pytest.mark.parametrize(("form", "context", "code"), RESOLVE)
def test_resolve(gaz: Gazetteer, form: str, context: list[str], code: str | None) -> None:
    d = gaz.resolve(form, context)
    assert (d.code if d else None) == code


# ---------------------------------------------------------------- data file


def test_row_counts(gaz: Gazetteer) -> None:
    counts = Counter(d.level for d in gaz)
    assert counts["province"] == 34  # 31 + 台湾 + 香港 + 澳门
    assert 330 <= counts["prefecture"] <= 340
    assert 2900 <= counts["county"] <= 3100
    assert 40000 <= counts["township"] <= 43000
    assert set(counts) == set(LEVELS)


def test_structure(gaz: Gazetteer) -> None:
    allowed_parent = {
        "province": {None},
        "prefecture": {"province"},
        "county": {"prefecture", "province"},
        "township": {"county", "prefecture"},
    }
    for d in gaz:
        assert len(d.code) == (9 if d.level == "township" else 6), d
        parent = gaz.get(d.parent) if d.parent else None
        assert (parent.level if parent else None) in allowed_parent[d.level], d
        if parent is not None:
            prefix = parent.code[:2] if parent.level == "province" else parent.code[:4]
            assert d.code.startswith(prefix), d
        assert d.name and "直辖" not in d.name and d.name not in ("市辖区", "县"), d


def test_file_is_sorted_with_header() -> None:
    path = resources.files("kg").joinpath("data").joinpath("divisions.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "code\tparent\tlevel\tname\tlon\tlat"
    codes = [line.split("\t", 1)[0] for line in lines[1:]]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(
    "code",
    ["510422", "513422", "310115", "110101", "652901", "420325", "533324", "500155", "450181", "540621"],
)
def test_county_coordinates(gaz: Gazetteer, code: str) -> None:
    d = gaz.get(code)
    assert d is not None and d.level == "county"
    assert d.lon is not None and 73 <= d.lon <= 136
    assert d.lat is not None and 3 <= d.lat <= 54


def test_coordinates_coverage(gaz: Gazetteer) -> None:
    for d in gaz:
        if d.level in ("province", "prefecture"):
            assert d.lon is not None and d.lat is not None, d
    counties = [d for d in gaz if d.level == "county" and not "71" <= d.code[4:6] <= "80"]
    missing = [d for d in counties if d.lon is None]
    assert len(missing) / len(counties) < 0.02


def test_township_locate_falls_back_to_county(gaz: Gazetteer) -> None:
    town, county = gaz.get("513422213"), gaz.get("513422")
    assert town.lon is None and town.lat is None
    assert gaz.locate("513422213") == (county.lon, county.lat)
    assert gaz.locate("nope") is None


def test_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()
