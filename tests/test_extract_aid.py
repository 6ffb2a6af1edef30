"""Paired assistance: who aids which county, through a hospital, township or village there."""
from __future__ import annotations

import pytest

from conftest import claims_of
from kg.gazetteer import load_gazetteer
from kg.records import AidClaim


def aid_counties(text: str) -> set[tuple[str, str]]:
    """(aiding hospital, county of the aided place) for every aid claim."""
    gaz = load_gazetteer()
    out = set()
    for c in claims_of(text, AidClaim):
        code = c.target.attr("adcode") or c.target.attr("location")
        county = gaz.county_of(code) if code else None
        out.add((c.hospital.label, county.name if county else "?"))
    return out


@pytest.mark.parametrize("text, expected", [
    ("自2016年起，广州医科大学附属第一医院对口帮扶贵州省黔南州三都水族自治县人民医院。",
     {("广州医科大学附属第一医院", "三都水族自治县")}),
    ("2021年以来，郑州大学第一附属医院托管兰考县人民医院。", {("郑州大学第一附属医院", "兰考县")}),
    ("北京协和医院与西藏自治区日喀则市定日县人民医院签订对口支援协议。", {("北京协和医院", "定日县")}),
    # a county by its short form after an aid verb; 托管 a county's hospitals; 在某医院帮扶
    ("2021年4月，河北医科大学第二医院牵头组建专家团队对口帮扶涞源，首批8名队员进驻。",
     {("河北医科大学第二医院", "涞源县")}),
    ("2019年起，湘雅医院先后托管怀化市通道侗族自治县和邵阳市城步苗族自治县两家县人民医院。",
     {("湘雅医院", "通道侗族自治县"), ("湘雅医院", "城步苗族自治县")}),
    ("贵州省人民医院麻醉科主治医师林婉仪则在威宁县妇幼保健院帮扶半年。",
     {("贵州省人民医院", "威宁彝族回族苗族自治县")}),
    # a list of counties after 与, its aid word after the list; a hospital that is a county's 定点帮扶单位
    ("湖州市中心医院先后与凉山彝族自治州雷波县、金阳县和昭觉县建立对口帮扶关系。",
     {("湖州市中心医院", c) for c in ("雷波县", "金阳县", "昭觉县")}),
    ("河南省人民医院是台前县定点帮扶单位。", {("河南省人民医院", "台前县")}),
    ("齐齐哈尔市第一医院自2016年起承担克东县人民医院对口支援任务。", {("齐齐哈尔市第一医院", "克东县")}),
    # a list of hospitals after 与, its aid word after the list; then a 托管 of another
    ("2022年以来，青海省人民医院先后与果洛藏族自治州玛沁县人民医院、甘德县人民医院和玉树藏族自治州囊谦县人民医院"
     "签订“组团式”帮扶协议，并全面托管大通回族土族自治县中医医院。",
     {("青海省人民医院", c) for c in ("玛沁县", "甘德县", "囊谦县", "大通回族土族自治县")}),
    ("中日友好医院选派专家赴内蒙古兴安盟科尔沁右翼前旗人民医院开展对口支援。",
     {("中日友好医院", "科尔沁右翼前旗")}),
    # a village named with its county and township
    ("山西医科大学第一医院派驻第一书记到岢岚县宋家沟乡宋家沟村开展驻村帮扶。",
     {("山西医科大学第一医院", "岢岚县")}),
    # the place is written after 到, the aid word comes later in the clause
    ("兰州大学第二医院选派干部到临夏州东乡族自治县达板镇开展帮扶工作。", {("兰州大学第二医院", "东乡族自治县")}),
    # a medical team arriving (抵达) at a county-level city, its province by its bare name
    ("江苏省人民医院第十一批援疆医疗队抵达新疆克孜勒苏柯尔克孜自治州阿图什市,开展医疗援疆工作。",
     {("江苏省人民医院", "阿图什市")}),
    # 该院 after the aided hospital is that hospital: the aid is still the article's hospital's
    ("上海市胸科医院召开大会。1999年,作为上海第三批援疆干部赴新疆阿克苏市人民医院援疆3年,任该院检验科主任。",
     {("上海市胸科医院", "阿克苏市")}),
    # a list of counties after the aid word: each is aided
    ("湘西州人民医院长期对口支援龙山县、永顺县和花垣县的乡镇卫生院。",
     {("湘西州人民医院", "龙山县"), ("湘西州人民医院", "永顺县"), ("湘西州人民医院", "花垣县")}),
    # pairs one after another in one sentence: each later pair's own aider, and its own kind of aid
    ("其中,青海省人民医院对口支援囊谦县人民医院,青海大学附属医院对口支援玛多县人民医院,"
     "西宁市第一人民医院对口支援湟源县人民医院,成效突出。",
     {("青海省人民医院", "囊谦县"), ("青海大学附属医院", "玛多县"), ("西宁市第一人民医院", "湟源县")}),
    ("德阳市人民医院对口帮扶理县人民医院、茂县人民医院,绵阳市中心医院专家在平武县开展帮扶。",
     {("德阳市人民医院", "理县"), ("德阳市人民医院", "茂县"), ("绵阳市中心医院", "平武县")}),
    # a county by the name it had before it became a city (错那县 -> 错那市)
    ("湖南省人民医院医疗队启程赴西藏自治区山南市错那县人民医院开展为期一年的对口支援工作。",
     {("湖南省人民医院", "错那市")}),
])
def test_aid(text, expected):
    assert aid_counties(text) == expected


@pytest.mark.parametrize("text", [
    # a place of disaster relief is not paired assistance
    "2008年，四川省人民医院派出医疗队赴汶川县抗震救灾。",
    # a hospital's own county is not aid
    "仁寿县人民医院组织专家到仁寿县文林镇开展义诊。",
    # no aiding hospital
    "昭通市通过医疗队资源共享，帮助威信县人民医院开展手术。",
    # a prefecture without a county is not counted
    "上海市第六人民医院对口支援云南省。",
])
def test_not_aid(text):
    assert aid_counties(text) == set()


def test_each_pair_keeps_its_own_kind_of_aid():
    claims = claims_of("德阳市人民医院对口帮扶理县、茂县,绵阳市中心医院托管平武县人民医院。", AidClaim)
    assert sorted((c.hospital.label, c.target.label, c.mode) for c in claims) == [
        ("德阳市人民医院", "理县", "对口帮扶"), ("德阳市人民医院", "茂县", "对口帮扶"),
        ("绵阳市中心医院", "平武县人民医院", "托管")]


def test_short_township_name_is_placed_through_the_article_context():
    text = ("宜宾市第一人民医院坚持党建引领。宜宾市委、市政府高度重视。\n"
            "医院选派党员干部到蕨溪镇新民村驻村帮扶。医院还组织专家义诊。")
    assert aid_counties(text) == {("宜宾市第一人民医院", "叙州区")}


def test_a_list_of_aid_pairs_under_its_heading():
    text = ("临沂市卫生健康委员会关于城乡医院对口支援工作情况的通报\n\n一、对口支援关系及完成情况\n\n"
            "(一)临沂市人民医院——沂水县人民医院、沂南县人民医院。支援形式:对口支援。全年派驻医师31人。\n\n"
            "(二)临沂市中医医院——费县中医医院。全年派驻医师9人。\n\n二、存在问题\n\n部分单位人员不足。")
    assert aid_counties(text) == {("临沂市人民医院", "沂水县"), ("临沂市人民医院", "沂南县"),
                                  ("临沂市中医医院", "费县")}


def test_a_dash_between_hospitals_is_no_aid_without_aid_in_sight():
    assert aid_counties("会议名单\n\n临沂市人民医院——沂水县人民医院。两院代表出席。") == set()


@pytest.mark.parametrize("text, expected", [
    # told from the aided hospital: 甲县人民医院的对口帮扶单位是乙医院
    ("镇康县人民医院:携手十年\n\n镇康县人民医院的对口帮扶单位是上海市松江区中心医院。省内帮扶单位则是临沧市人民医院。",
     {("上海市松江区中心医院", "镇康县"), ("临沧市人民医院", "镇康县")}),
])
def test_aid_told_from_the_aided_side(text, expected):
    assert aid_counties(text) == expected


def test_a_hospitals_name_is_placed_by_its_chain_of_places_before_the_articles_context():
    # 新疆 heads 新疆阿勒泰地区福海县: the region, not the street of that name in the article's city
    text = ("哈尔滨市第一医院讯 医院选派骨科副主任医师孙浩赴新疆阿勒泰地区福海县人民医院开展为期一年半的医疗援疆工作。"
            "哈尔滨市平房区新疆街道的居民也前来义诊。")
    assert aid_counties(text) == {("哈尔滨市第一医院", "福海县")}


@pytest.mark.parametrize("text, expected", [
    # a village work team (驻某镇某嘎查工作队), a first secretary sent to a village
    ("锡林郭勒盟蒙医医院讯 医院驻苏尼特右旗赛汉塔拉镇乌兰嘎查工作队开展送医送药进牧区活动18次。",
     {("锡林郭勒盟蒙医医院", "苏尼特右旗")}),
    # 向某县人民医院派驻专家
    ("伊犁州友谊医院讯 医院坚持把对口帮扶作为重要政治任务,全年向察布查尔锡伯自治县人民医院派驻专家6批18人次。",
     {("伊犁州友谊医院", "察布查尔锡伯自治县")}),
    # an aid cadre's post at the aided hospital (援藏干部,现任某县人民医院院长)
    ("王海峰 北京市海淀医院普外科副主任医师,北京市第十批援藏干部,现任当雄县人民医院院长。",
     {("北京市海淀医院", "当雄县")}),
])
def test_aid_by_village_teams_seconded_experts_and_posts(text, expected):
    assert aid_counties(text) == expected


def test_the_hospitals_of_counted_counties_are_no_hospital_and_each_county_is_aided():
    text = "常德市第一人民医院讯 我院坚持以传帮带方式对口支援石门县、汉寿县两县人民医院。医院持续对口帮扶玉树州杂多县人民医院。"
    assert aid_counties(text) == {("常德市第一人民医院", "石门县"), ("常德市第一人民医院", "汉寿县"),
                                  ("常德市第一人民医院", "杂多县")}


def test_an_ordinary_word_is_no_county_after_an_aid_verb():
    assert aid_counties("深圳市龙岗区第三人民医院讯 两地医院持续深化帮扶合作,成效显著。") == set()


def test_the_hospitals_of_counties_named_by_short_forms_and_a_count_are_no_hospital():
    from kg import extract_text
    from kg.records import Kind

    x = extract_text("厦门市第三医院讯 医院对口帮扶宁夏固原市隆德、泾源两县医院,派出专家12人。")
    assert "泾源两县医院" not in {m.label for m in x.mentions if m.kind == Kind.HOSPITAL}


def test_hospitals_aiding_respectively_are_paired_in_order():
    claims = claims_of("近年来,潍坊市人民医院、潍坊市第二人民医院还分别对口帮扶甘肃省定西市岷县人民医院和漳县人民医院。", AidClaim)
    assert sorted((c.hospital.label, c.target.label) for c in claims) == [
        ("潍坊市人民医院", "岷县人民医院"), ("潍坊市第二人民医院", "漳县人民医院")]


def test_aid_told_by_the_aided_hospital_of_its_wechat_account():
    text = ("感恩帮扶|广州专家助力我院开展首例手术\n三都水族自治县人民医院 2023-06-20 18:02 发表于贵州\n"
            "近日,在广州市海珠区人民医院对口帮扶专家团队的指导下,我院普外科成功实施手术。\n"
            "自2021年海珠区人民医院与我院建立“组团式”对口帮扶关系以来,先后派出4批专家常驻我院。\n")
    claims = claims_of(text, AidClaim)
    assert {(c.hospital.label, c.target.label) for c in claims} == {("广州市海珠区人民医院", "三都水族自治县人民医院")}


def test_the_county_level_hospitals_of_a_whole_prefecture_are_no_county():
    text = "在宁波市第二医院帮扶下,册亨县人民医院今年通过复审,并在全州县级医院综合考核中排名第三。"
    assert {c.target.label for c in claims_of(text, AidClaim)} <= {"册亨县人民医院"}


def test_aid_he_gave_is_the_aid_of_the_hospital_he_was_named_with():
    text = ("7月5日,结束援疆任务的赣州市第三人民医院心内科副主任医师肖建明回到赣州。"
            "2023年1月,他作为江西省第十一批援疆医疗队队员,赴新疆克孜勒苏柯尔克孜自治州阿克陶县人民医院工作。")
    assert aid_counties(text) == {("赣州市第三人民医院", "阿克陶县")}


def test_a_rolls_entry_person_is_sent_by_the_hospital_the_entry_names():
    text = ("二、先进个人\n【孙立群】临沂市人民医院心血管内科主任。2021年被中共中央授予“全国优秀共产党员”称号。\n"
            "【陈永刚】临沂市肿瘤医院放疗科主治医师。2018年3月至2021年3月,由医院选派到沂南县依汶镇东官庄村任第一书记。\n")
    assert aid_counties(text) == {("临沂市肿瘤医院", "沂南县")}


def test_a_hospital_aiding_us_in_a_paragraph_about_it_aids_the_tellers_county():
    text = ("于都县人民医院召开大会。\n\n延伸阅读\n"
            "2019年以来,南昌大学第一附属医院对口帮扶我院,先后派驻心血管内科专家7批次。")
    assert aid_counties(text) == {("南昌大学第一附属医院", "于都县")}


def test_a_township_health_centre_named_short_in_the_title_is_placed_by_its_full_name():
    text = ("喜报!谋道镇卫生院荣获湖北省五一劳动奖状\n"
            "利川市谋道镇卫生院被湖北省总工会授予“湖北省五一劳动奖状”。\n"
            "2020年起,恩施州中心医院对口帮扶谋道镇卫生院,每月派出专家坐诊。")
    assert aid_counties(text) == {("恩施州中心医院", "利川市")}


def test_a_hospital_taken_into_an_aiders_range_is_aided():
    text = ("杭州市第一人民医院与台江县人民医院签订对口帮扶协议。2019年,丹寨县人民医院也被纳入帮扶范围,"
            "杭州市第一人民医院的结对医院由一家增至两家。")
    assert aid_counties(text) == {("杭州市第一人民医院", "台江县"), ("杭州市第一人民医院", "丹寨县")}


def test_a_yearbooks_aid_to_its_own_hospital_called_bare_and_the_aid_it_gives():
    text = ("新邵县人民医院\n\n【概况】新邵县人民医院是县域医疗中心。\n"
            "【对口支援】邵阳市中心医院对口支援医院进入第6年,派驻专家9人次。"
            "医院对口帮扶隆回县人民医院,派驻专家21人次。\n")
    got = aid_counties(text)
    assert ("邵阳市中心医院", "新邵县") in got and ("新邵县人民医院", "隆回县") in got
    assert not any(h == "邵阳市中心医院" and c == "隆回县" for h, c in got)


def test_a_rolls_entry_opened_by_its_hospital_is_the_aider_of_its_paragraph():
    text = ("全国脱贫攻坚先进集体(3个)\n\n"
            "遵义医科大学附属医院。2017年起全面托管正安县人民医院,正安县县域内就诊率提升。\n\n"
            "铜仁市人民医院。连续派出4批驻村工作队,驻沿河土家族自治县中界镇高峰村开展帮扶。\n\n"
            "全国脱贫攻坚先进个人(1名)\n\n田茂　铜仁市人民医院办公室主任,铜仁市人民医院驻村第一书记。\n")
    got = aid_counties(text)
    assert ("遵义医科大学附属医院", "正安县") in got
    assert ("铜仁市人民医院", "正安县") not in got


@pytest.mark.parametrize("text, expected", [
    # a table drawn in plain text, the aiders' column first; a row's own word of aid or none (远程协作)
    ("重点帮扶关系见下表。\n+----+--------------------+------------------+----------+\n"
     "|序号| 支援医院           | 受援医院         | 帮扶形式 |\n+----+--------------------+------------------+----------+\n"
     "| 1  | 黑龙江省医院       | 饶河县人民医院   | 对口帮扶 |\n| 2  | 绥化市第一医院     | 明水县人民医院   | 远程协作 |\n"
     "+----+--------------------+------------------+----------+\n",
     {("黑龙江省医院", "饶河县"), ("绥化市第一医院", "明水县")}),
    # the aided column first
    ("城乡医院对口支援关系如下表。\n序号\t受援医院\t支援医院\n1\t岷县人民医院\t兰州大学第一医院\n2\t礼县人民医院\t甘肃省人民医院\n",
     {("兰州大学第一医院", "岷县"), ("甘肃省人民医院", "礼县")}),
])
def test_a_table_of_aid_pairs(text, expected):
    assert aid_counties(text) == expected


def test_the_hospitals_it_aids_written_as_what_it_aids():
    """选派专家到对口帮扶的甲县人民医院、乙县人民医院驻点: the article's hospital aids both."""
    text = "六安市人民医院\n全年选派46名专家到对口帮扶的霍邱县第一人民医院、舒城县人民医院驻点帮扶。"
    assert aid_counties(text) == {("六安市人民医院", "霍邱县"), ("六安市人民医院", "舒城县")}


@pytest.mark.parametrize("text, expected", [
    ("安康市中心医院\n安康市中心医院选派3名党员干部组成驻村工作队,赴岚皋佐龙镇阳河村开展驻村帮扶。", {("安康市中心医院", "岚皋县")}),
    ("云南省第一人民医院\n云南省第一人民医院第五批对口帮扶医疗队抵达镇雄,开启为期一年的帮扶工作。", {("云南省第一人民医院", "镇雄县")}),
    ("云南省第一人民医院\n自2019年与镇雄结对帮扶以来,医院已累计派出专家40余人次。", {("云南省第一人民医院", "镇雄县")}),
    ("云南省第一人民医院\n医院专家赴北京参加培训,到上海学习。", set()),
])
def test_a_county_by_its_short_name_after_a_verb_of_going_or_with_its_township(text, expected):
    assert aid_counties(text) == expected


def test_aid_told_by_the_aided_hospital_under_its_aider():
    """在甲医院的对口帮扶下,我院…: the teller's county is aided by 甲."""
    text = ("紫阳县人民医院召开表彰大会。\n"
            "近年来,在南京大学医学院附属鼓楼医院的对口帮扶下,我院先后有5个科室与鼓楼医院对应科室建立结对关系。\n")
    assert aid_counties(text) == {("南京大学医学院附属鼓楼医院", "紫阳县")}


def test_a_village_placed_once_is_known_by_its_name_when_a_first_secretary_is_sent_there():
    """汝城县大坪镇石坑村… then 某医院…出任驻石坑村第一书记; and 派出工作队进驻某县某乡."""
    text = ("初夏时节,汝城县大坪镇石坑村的黄桃园里果实累累。\n"
            "2018年3月,郴州市第一人民医院骨科副主任医师陈国栋主动请缨,出任驻石坑村第一书记。\n"
            "早在2015年,郴州市第一人民医院就曾派出工作队进驻宜章县莽山瑶族乡。\n")
    assert aid_counties(text) == {("郴州市第一人民医院", "汝城县"), ("郴州市第一人民医院", "宜章县")}


def test_a_village_named_alone_is_no_aid_when_the_sentence_names_no_hospital():
    text = ("走进余干县瑞洪镇康山村,一排排蓝莓大棚整齐排列。\n"
            "上饶市信江医院召开大会。医院驻康山村第一书记介绍,医院每月组织专家下村义诊。\n")
    assert aid_counties(text) == set()


def test_aid_to_hospitals_listed_with_their_places_and_yiji():
    """甲医院(乙名)分别与某省某市的丙医院、丁医院,以及某市的戊医院签订对口帮扶协议: all three; a poetic
    word before 县医院 (水乡县医院) names no hospital."""
    text = ("托管五年,水乡县医院换了模样\n2017年,江苏省人民医院(南京医科大学第一附属医院)分别与陕西省安康市的"
            "紫阳县人民医院、岚皋县医院,以及商洛市的丹凤县医院签订对口帮扶协议。")
    assert aid_counties(text) == {("江苏省人民医院", "紫阳县"), ("江苏省人民医院", "岚皋县"), ("江苏省人民医院", "丹凤县")}


@pytest.mark.parametrize("text, expected", [
    # a doctor's own aid work at a county hospital: his hospital's aid to that county
    ("新乡医学院第一附属医院神经内科主任赵志刚带领团队建成卒中中心。2018年8月,他主动请缨赴新疆哈密,"
     "在巴里坤哈萨克自治县人民医院开展为期一年半的援疆工作。",
     {("新乡医学院第一附属医院", "巴里坤哈萨克自治县")}),
    # 在某医院援藏两年: the hospital he works at in Tibet is the aided one, not the aider
    ("保定市第一中心医院选派骨干援藏。2020年7月,麻醉科主治医师张磊主动报名参加援藏工作,远赴阿里地区噶尔县,"
     "在阿里地区人民医院援藏两年。",
     {("保定市第一中心医院", "噶尔县")}),
    # 乙则在某县人民医院援青三年: the hospital the sentence before placed 乙 at
    ("济宁市第二人民医院副院长韩立军和临沂市第三人民医院麻醉科副主任医师宋晓东获表彰。"
     "韩立军赴海北藏族自治州刚察县人民医院挂职院长。宋晓东则在祁连县人民医院援青三年。",
     {("济宁市第二人民医院", "刚察县"), ("临沂市第三人民医院", "祁连县")}),
])
def test_aid_through_the_people_sent(text, expected):
    assert aid_counties(text) == expected


def test_aided_hospitals_praised_in_a_commendation_are_no_aid_of_the_article_hospital():
    """对甲县人民医院、乙县人民医院等10家帮扶成效明显的受援医院予以通报表扬: praise, not our aid."""
    text = ("广西医科大学第一附属医院对口帮扶隆林各族自治县人民医院。"
            "同时,对那坡县人民医院、乐业县人民医院等10家帮扶成效明显的受援医院予以通报表扬。")
    assert aid_counties(text) == {("广西医科大学第一附属医院", "隆林各族自治县")}
