"""Awarding bodies: national organs by name and short form, regional organs completed from context."""
from __future__ import annotations

import pytest

from conftest import awards_of


@pytest.mark.parametrize("text, bodies", [
    ("2016年，中组部授予南京市第一医院党委“全国先进基层党组织”称号。", ("中共中央组织部",)),
    ("2017年，人社部、国家卫生计生委授予大庆油田总医院“全国卫生计生系统先进集体”称号。",
     ("人力资源和社会保障部", "国家卫生和计划生育委员会")),
    ("2020年，国家卫健委授予温州市人民医院“全国改善医疗服务示范医院”称号。", ("国家卫生健康委员会",)),
    ("2021年，中共陕西省委、陕西省人民政府授予延安大学附属医院“陕西省脱贫攻坚先进集体”称号。",
     ("中共陕西省委", "陕西省人民政府")),
    ("2019年，中共广西壮族自治区委员会组织部授予桂林医学院附属医院党委“广西先进基层党组织”称号。",
     ("中共广西壮族自治区委员会组织部",)),
    # national organs beyond health: the ethnic affairs commission; the ministry of personnel of the 2000s
    ("百色市人民医院日前被国家民族事务委员会命名为第十批“全国民族团结进步示范区示范单位”。", ("国家民族事务委员会",)),
    ("2009年,绵阳市人民医院被人事部、卫生部授予“全国卫生系统先进集体”称号。", ("人事部", "卫生部")),
    # …but a hospital's own 人事部 confers nothing
    ("2023年,绵阳市人民医院人事部主任王晓红荣获“四川省三八红旗手”称号。", ()),
    # 省委、省政府 in an article about one province
    ("云南省第一人民医院党委书记讲话。2020年，医院被省委、省政府授予“云南省抗击新冠肺炎疫情先进集体”称号。",
     ("中共云南省委", "云南省人民政府")),
    ("绵阳市中心医院召开总结大会。2022年，医院被市卫生健康委授予“先进单位”称号。",
     ("绵阳市卫生健康委员会",)),
    # a bare organ listed right after a placed one is of the same province, whatever else the
    # article names (乡村振兴 holds the stem of a district in another province)
    ("推进乡村振兴,助力乡村振兴。2021年,中南大学湘雅医院被湖南省委、省政府授予“全省乡村振兴先进集体”称号。",
     ("中共湖南省委", "湖南省人民政府")),
    # an autonomous region's party committee, and its government listed after it by 自治区 alone
    ("2023年,天津医科大学总医院专家王建国被西藏自治区党委、自治区人民政府授予“优秀援藏干部人才”称号。",
     ("中共西藏自治区委员会", "西藏自治区人民政府")),
    ("新疆医科大学第一附属医院召开大会。2022年,医院被自治区党委、自治区人民政府授予“先进集体”称号。",
     ("中共新疆维吾尔自治区委员会", "新疆维吾尔自治区人民政府")),
    # the Youth League's committees, by name and short form
    ("2021年,太原市第四人民医院结核科被共青团山西省委命名为“山西省青年文明号”。", ("共青团山西省委员会",)),
    ("2021年,太原市第四人民医院结核科被团市委命名为“太原市青年文明号”。", ("共青团太原市委员会",)),
    ("2023年,太原市第四人民医院结核科被共青团太原市委员会命名为“太原市青年文明号”。", ("共青团太原市委员会",)),
    ("2023年,西安医学院第一附属医院党委被中共陕西省委教育工作委员会评为“全省党建工作标杆院系”。",
     ("中共陕西省委教育工作委员会",)),
    ("2023年,西安医学院第一附属医院党委被陕西省委教育工委评为“全省党建工作标杆院系”。",
     ("中共陕西省委教育工作委员会",)),
    # the organ named after the title, a few words before its verb
    ("重庆市人民医院护士谭晓梅获评“重庆市优秀护士”,该荣誉由重庆市卫生健康委员会每两年评选一次。",
     ("重庆市卫生健康委员会",)),
    # a city's 直属机关工委 and its party committee's health work committee; national bodies of the trade
    ("2023年,九江市第一人民医院护理部主任张丽被九江市直机关工委评为“优秀共产党员”。", ("中共九江市直属机关工作委员会",)),
    ("2023年,九江市第一人民医院党委被中共九江市委卫生健康工作委员会评为“先进基层党组织”。",
     ("中共九江市委卫生健康工作委员会",)),
    ("2023年,湘雅医院被健康报社评为“年度创新医院”。", ("健康报社",)),
    # the organ in brackets after the title
    ("2021年,绍兴市人民医院党委获评绍兴市先进基层党组织(中共绍兴市委授予)。", ("中共绍兴市委",)),
    # a city party committee's work committee for the private sector (两新工委); a health bureau's party group
    ("6月28日,中共阜阳市委组织部、中共阜阳市委两新工委联合发文,授予阜阳和美医院党支部“标杆党组织”称号。",
     ("中共阜阳市委两新工委", "中共阜阳市委组织部")),
    ("2024年,茂名市人民医院内科第一党支部被中共茂名市卫生健康局党组评为“先进基层党组织”。",
     ("中共茂名市卫生健康局党组",)),
    # an autonomous prefecture's party committee under its formal name
    ("2021年,中共黔东南州委授予黔东南州人民医院党委“全州先进基层党组织”称号。", ("中共黔东南苗族侗族自治州委员会",)),
    # an organ that approved (经省政府同意) is not the one conferring
    ("河南省人力资源和社会保障厅 河南省卫生健康委员会关于表彰河南省卫生健康系统先进集体的决定\n"
     "为表彰先进,经省政府同意,决定授予郑州大学第一附属医院急诊医学科“河南省卫生健康系统先进集体”称号。",
     ("河南省人力资源和社会保障厅", "河南省卫生健康委员会")),
])
def test_bodies(text, bodies):
    got = {b for _, _, _, b in awards_of(text)}
    assert got == {bodies}


def test_everyday_words_holding_a_district_stem_do_not_place_the_article():
    # 乡村振兴 holds 振兴 (振兴区, 辽宁): three of them outweighed the one 湖南省
    text = ("湖南省人民医院助力乡村振兴。医院把乡村振兴作为重点,推动乡村振兴见实效。"
            "2022年,医院被省卫生健康委授予“乡村振兴先进集体”称号。")
    assert {b for _, _, _, b in awards_of(text)} == {("湖南省卫生健康委员会",)}


def test_unplaced_provincial_organ_keeps_its_surface_form():
    got = {b for _, _, _, b in awards_of("2020年，协和医院被省委授予“先进基层党组织”称号。")}
    assert got == {("省委",)}


def test_a_community_party_committee_is_no_regional_organ():
    text = "2022年,医院被幸福社区党委授予“优秀共建单位”称号。"
    assert {b for _, _, _, b in awards_of(text)} <= {()}


def test_a_regional_organ_after_a_space_starts_at_its_place_not_the_space():
    from conftest import claims_of
    from kg.records import AwardClaim

    text = "中共甘肃省委 甘肃省人力资源和社会保障厅\n关于表彰先进的决定\n授予兰州大学第一医院“甘肃省先进集体”称号。"
    surfaces = {b.surface for c in claims_of(text, AwardClaim) for b in c.bodies}
    assert surfaces and all(s == s.strip() for s in surfaces)


def test_a_bare_province_is_the_own_hospitals_in_a_story_of_aid_across_provinces():
    from conftest import awards_of

    text = ("济南市第四人民医院讯 医院持续对口帮扶甘肃省临夏回族自治州东乡族自治县人民医院,托管东乡县人民医院。"
            "2022年,医院心血管内科荣获省总工会授予的“山东省工人先锋号”称号。")
    assert {b for _, _, _, b in awards_of(text)} == {("山东省总工会",)}


@pytest.mark.parametrize("title, level", [
    ("浙江青年五四奖章", "provincial"),  # a province by its short name
    ("内蒙古五一劳动奖章", "provincial"),
    ("全国青年岗位能手", "national"),
    ("浙江大学优秀共产党员", "unknown"),  # a university named after its province is no province
    ("上海交通大学优秀共产党员", "unknown"),
])
def test_the_level_of_a_title_from_the_place_it_opens_on(title, level):
    from kg.extract.levels import honor_level

    assert honor_level(title) == level


def test_a_citys_health_work_committee_confers():
    """中共上海市卫生健康工作委员会 (the city's 卫生健康工作党委) is an awarding organ."""
    assert awards_of("肿瘤科主任医师林学军被中共上海市卫生健康工作委员会授予“上海市卫生健康系统优秀共产党员”称号。") == {
        ("林学军", "上海市卫生健康系统优秀共产党员", None, ("中共上海市卫生健康工作委员会",))}


def test_a_bare_city_committee_of_a_county_level_citys_hospital_is_that_citys():
    """An article of 张家港市第一人民医院 (张家港市 is a city inside 苏州市): its 市委、市政府 are 张家港's."""
    text = ("张家港市第一人民医院获评先进\n\n近日,市委、市政府授予张家港市第一人民医院“张家港市文明单位”称号。"
            "张家港市第一人民医院院长表示感谢。")
    assert {b for *_, b in awards_of(text)} == {("中共张家港市委", "张家港市人民政府")}
