"""Awards: recipient, honor, year and awarding organs, over the genre's sentence shapes."""
from __future__ import annotations

import pytest

import kg
from conftest import awards_of
from kg.records import AwardClaim, Kind


@pytest.mark.parametrize("text, expected", [
    # active: organ 授予 recipient “title” 称号
    ("2019年9月，中共中央、国务院授予南昌大学第一附属医院“全国民族团结进步模范集体”称号。",
     {("南昌大学第一附属医院", "全国民族团结进步模范集体", 2019, ("中共中央", "国务院"))}),
    # passive: recipient 被 organ 授予 title
    ("2018年，贵州省人民医院被中共贵州省委授予“贵州省先进基层党组织”荣誉称号。",
     {("贵州省人民医院", "贵州省先进基层党组织", 2018, ("中共贵州省委",))}),
    # 获得过: the 过 is the verb's, not the title's
    ("2016年,三门峡市中心医院医生郭振宇获得过三门峡市五一劳动奖章。",
     {("郭振宇", "三门峡市五一劳动奖章", 2016, ())}),
    # 那一年: the year written last (a story's); 是年 is a yearbook's, not the last year written
    ("2021年,她赴西藏。那一年,南京市第一医院护士王雪被评为“江苏省优秀护士”。",
     {("王雪", "江苏省优秀护士", 2021, ())}),
    ("在2020年度绩效考核中,医院列全省第6位。是年,齐齐哈尔市第一医院工会被黑龙江省总工会授予“黑龙江省模范职工之家”称号。",
     {("齐齐哈尔市第一医院工会", "黑龙江省模范职工之家", None, ("黑龙江省总工会",))}),
    # a unit and a person, 分别 two titles: each its own (the unit before 、 is no part of the post)
    ("2024年,广西壮族自治区总工会印发决定,百色市人民医院重症医学科、心血管内科主任韦志坚同志榜上有名,"
     "分别荣获“广西工人先锋号”和“广西五一劳动奖章”。",
     {("百色市人民医院重症医学科", "广西工人先锋号", 2024, ("广西壮族自治区总工会",)),
      ("韦志坚", "广西五一劳动奖章", 2024, ("广西壮族自治区总工会",))}),
    # the year written in the title goes to the award, not to the title
    ("青海大学附属医院被国家卫生健康委评为“2022年度改善医疗服务示范医院”。",
     {("青海大学附属医院", "改善医疗服务示范医院", 2022, ("国家卫生健康委员会",))}),
    # a list of titles with 等荣誉称号, no year and no organ
    ("近年来，吉林大学第一医院先后荣获全国文明单位、全国五一劳动奖状、全国卫生系统先进集体等荣誉称号。",
     {("吉林大学第一医院", "全国文明单位", None, ()), ("吉林大学第一医院", "全国五一劳动奖状", None, ()),
      ("吉林大学第一医院", "全国卫生系统先进集体", None, ())}),
    # quoted titles in a row
    ("大连医科大学附属第一医院先后获得“全国百佳医院”“全国医德医风建设先进单位”等称号。",
     {("大连医科大学附属第一医院", "全国百佳医院", None, ()),
      ("大连医科大学附属第一医院", "全国医德医风建设先进单位", None, ())}),
    # a unit and a person in one sentence, each with their title
    ("2022年，安徽医科大学第一附属医院急诊科被共青团中央授予“全国青年文明号”，"
     "该院急诊科主任医师周新荣获“全国五一劳动奖章”。",
     {("安徽医科大学第一附属医院急诊科", "全国青年文明号", 2022, ("中国共产主义青年团中央委员会",)),
      ("周新", "全国五一劳动奖章", 2022, ())}),
    # 命名A为“…”
    ("2023年，湖北省文明委命名湖北省第三人民医院为“湖北省文明单位”。",
     {("湖北省第三人民医院", "湖北省文明单位", 2023, ("湖北省精神文明建设委员会",))}),
    # 获授 is a verb of receiving, not part of the title
    ("2024年，大连市中心医院重症医学科获授“全国卫生健康系统先进集体”称号。",
     {("大连市中心医院重症医学科", "全国卫生健康系统先进集体", 2024, ())}),
    # several people before one verb
    ("海南省人民医院副院长王坚、护理部主任陈红获“海南省抗击新冠肺炎疫情先进个人”称号。",
     {("王坚", "海南省抗击新冠肺炎疫情先进个人", None, ()), ("陈红", "海南省抗击新冠肺炎疫情先进个人", None, ())}),
    # bare 省/市 in a title takes the article's province
    ("宁夏医科大学总医院获评“省级文明单位”。宁夏回族自治区卫生健康委表示祝贺。", {
        ("宁夏医科大学总医院", "省级文明单位", None, ())}),
])
def test_award_shapes(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize("text", [
    "该院顺利通过国家三级甲等医院评审。",
    "在2022年度全国三级公立医院绩效考核中，医院排名全国第32位。",
    "医院通过国家胸痛中心认证，获批国家区域医疗中心建设项目。",
    "组委会对拟获奖名单进行了为期7天的公示。",
    # a candidate on a list put up for comment: 拟授予
    "经评审,拟授予宜昌市第一人民医院等单位“湖北五一劳动奖状”,拟授予程晓峰等同志“湖北五一劳动奖章”。",
    "会议表彰了先进集体和先进个人。",
    "医院积极开展“我为群众办实事”实践活动。",
    "他获得了患者的一致好评。",
])
def test_sentences_that_confer_nothing(text):
    assert awards_of(text) == set()


def test_organiser_of_the_honors_is_their_awarding_body():
    text = ("8月20日，全国卫生健康系统表彰大会在京召开。天津医科大学总医院获得“全国卫生健康系统先进集体”称号。\n"
            "此次评选由人力资源社会保障部、国家卫生健康委、国家中医药局联合组织。")
    assert awards_of(text) == {("天津医科大学总医院", "全国卫生健康系统先进集体", None,
                                ("人力资源和社会保障部", "国家中医药管理局", "国家卫生健康委员会"))}


def test_organ_holding_the_meeting_that_commends_is_the_awarding_body():
    text = ("6月29日,中共德阳市委召开庆祝中国共产党成立102周年大会,表彰全市先进基层党组织。\n"
            "德阳市人民医院党委被授予“全市先进基层党组织”称号。")
    assert awards_of(text) == {("德阳市人民医院党委", "全市先进基层党组织", None, ("中共德阳市委",))}


def test_honor_roll_lines_each_name_a_recipient():
    text = ("关于表彰全省卫生健康系统先进集体的决定\n"
            "省卫生健康委决定，授予武汉市中心医院急诊科等3个集体“湖北省卫生健康系统先进集体”称号。\n"
            "附件1\n湖北省卫生健康系统先进集体名单\n武汉市中心医院急诊科\n宜昌市中心人民医院\n襄阳市第一人民医院心内科\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {("武汉市中心医院急诊科", "湖北省卫生健康系统先进集体"),
                   ("宜昌市中心人民医院", "湖北省卫生健康系统先进集体"),
                   ("襄阳市第一人民医院心内科", "湖北省卫生健康系统先进集体")}


def test_a_roll_of_the_hospitals_own_decision_lines_up_its_entries_apart_by_spaces():
    """光荣榜: branches and people apart by (full-width) spaces, people with their department in
    brackets; the title is the one the hospital's decision conferred, not the province's of the same
    ending conferred later."""
    text = ("保定市第一中心医院召开大会。大会宣读决定,授予心血管内科党支部等3个党支部“先进基层党组织”称号,"
            "授予张晓燕等3名同志“优秀共产党员”称号。神经内科主任刘芳被中共河北省委授予“河北省优秀共产党员”称号。\n"
            "光荣榜\n先进基层党组织(3个)\n心血管内科党支部　手术麻醉科党支部　机关第一党支部\n"
            "优秀共产党员(3名)\n张晓燕(心血管内科)　赵　磊(普外科)　孙文博(急诊医学科)\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {*((f"保定市第一中心医院{b}党支部", "先进基层党组织") for b in ("心血管内科", "手术麻醉科", "机关第一")),
                   *((p, "优秀共产党员") for p in ("张晓燕", "赵磊", "孙文博")), ("刘芳", "河北省优秀共产党员")}


def test_a_count_of_recipients_with_its_kind_is_no_part_of_the_title():
    text = "经研究,决定授予浙江大学医学院附属第二医院等6家支援医院“浙江省‘山海’提升工程优秀支援医院”称号。"
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("浙江大学医学院附属第二医院", "浙江省‘山海’提升工程优秀支援医院")}
    # a department named 部 (急诊医学部) is the unit, and the count after it no part of the title either
    text = "授予郑州大学第一附属医院急诊医学部等10个集体“河南省卫生健康系统先进集体”称号。"
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("郑州大学第一附属医院急诊医学部", "河南省卫生健康系统先进集体")}


def test_a_title_conferred_after_death_is_conferred():
    text = ("7月3日,湖南省总工会决定,追授张家界市人民医院消化内科副主任医师、驻桑植县上洞街乡青山村第一书记彭志远"
            "“湖南省五一劳动奖章”。6月28日,彭志远被中共湖南省委追授“湖南省优秀共产党员”称号。")
    assert {(r, h, b) for r, h, _, b in awards_of(text)} == {("彭志远", "湖南省五一劳动奖章", ("湖南省总工会",)),
                                                          ("彭志远", "湖南省优秀共产党员", ("中共湖南省委",))}


def test_a_feature_story_calls_its_subject_by_the_given_name():
    text = ("威海市妇幼保健院护士长曲晓燕从事护理工作20年。2019年,晓燕被山东省卫生健康委员会授予“山东省优秀护士”称号。"
            "“建国以来,医院从未如此重视护理。”她说。")
    assert awards_of(text) == {("曲晓燕", "山东省优秀护士", 2019, ("山东省卫生健康委员会",))}


def test_he_or_she_is_not_the_colleague_quoted_just_before():
    text = ("佛山市妇幼保健院新生儿科主任黄婉仪三次援藏。\n察隅县人民医院院长次仁旺堆说:“她留下的不只是一个科室。”\n"
            "2023年3月,广东省妇联授予她2022年度“广东省三八红旗手”称号。")
    assert {r for r, _, _, _ in awards_of(text)} == {"黄婉仪"}


def test_a_batch_conferred_unnamed_then_named_by_kind_in_the_next_sentence():
    text = ("党中央、国务院、中央军委决定,授予一批集体和个人“全国抗击新冠肺炎疫情先进集体”“全国抗击新冠肺炎疫情先进个人”称号。"
            "我省受到表彰的集体中,河南省人民医院重症医学科、郑州大学第一附属医院感染性疾病科榜上有名。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("河南省人民医院重症医学科", "全国抗击新冠肺炎疫情先进集体"), ("郑州大学第一附属医院感染性疾病科", "全国抗击新冠肺炎疫情先进集体")}


def test_profile_paragraph_subject_receives_its_honors():
    text = ("历届援藏专家\n李国华,男,1970年出生,骨科主任医师。2016年赴西藏工作。2017年度获“援藏优秀专家”称号。\n"
            "王明,男,1975年出生,麻醉科副主任医师。2019年度获“优秀援藏干部”称号。")
    assert {(r, h, y) for r, h, y, _ in awards_of(text)} == {
        ("李国华", "援藏优秀专家", 2017), ("王明", "优秀援藏干部", 2019)}


def test_honor_without_a_named_recipient_is_still_an_honor():
    x = kg.extract_text("其中一名党员同志获得“广东省技术能手”荣誉称号。")
    assert not [c for c in x.claims if c.__class__.__name__ == "AwardClaim"]
    assert {m.label for m in x.mentions if m.kind == Kind.HONOR} == {"广东省技术能手"}


@pytest.mark.parametrize("text, expected", [
    # 为…颁发“…”奖牌: the plaque is not part of the title
    ("柳州市人民医院召开表彰大会。会上，市委、市政府为我院颁发“柳州市抗击新冠肺炎疫情先进集体”奖牌。",
     {("柳州市人民医院", "柳州市抗击新冠肺炎疫情先进集体", None, ("中共柳州市委", "柳州市人民政府"))}),
    # two 授予 clauses share their organ; 等N个科室 / 等N名同志 are not part of the titles
    ("威海市立医院召开大会。会上宣读了市卫生健康委表彰决定，授予我院急诊科等5个科室“全市卫生健康系统先进集体”称号，"
     "授予张丽等10名同志“全市卫生健康系统优秀工作者”称号。",
     {("威海市立医院急诊科", "全市卫生健康系统先进集体", None, ("威海市卫生健康委员会",)),
      ("张丽", "全市卫生健康系统优秀工作者", None, ("威海市卫生健康委员会",))}),
    # 授予 a department's branch 等N个党支部: the count is not part of the title, the branch is the recipient
    # (and the hospital's party committee, deciding, the organ)
    ("威海市立医院召开大会。会上宣读了院党委表彰决定，授予心血管内科党支部等10个党支部“先进基层党组织”称号。",
     {("威海市立医院心血管内科党支部", "先进基层党组织", None, ("中共威海市立医院委员会",))}),
    # 授予 a person “title” with no 称号 after it: the name is not part of the title
    ("日前，人力资源社会保障部、国家卫生健康委、国家中医药局联合印发决定，授予张晓菊“白求恩奖章”。",
     {("张晓菊", "白求恩奖章", None, ("人力资源和社会保障部", "国家中医药管理局", "国家卫生健康委员会"))}),
    # 授予 post holders of long-named units, in a list: the people, each with the title
    ("日前，人力资源社会保障部、国家卫生健康委联合印发决定，授予郑州大学第一附属医院呼吸与危重症医学科主任张晓菊、"
     "河南省人民医院护理部主任周萍“白求恩奖章”。",
     {("张晓菊", "白求恩奖章", None, ("人力资源和社会保障部", "国家卫生健康委员会")),
      ("周萍", "白求恩奖章", None, ("人力资源和社会保障部", "国家卫生健康委员会"))}),
    # units and people named before 等N个/等N名: each is a recipient (a bare count names none)
    ("六盘水市人民医院召开表彰大会。急诊科、心血管内科等10个科室被评为“先进科室”，王丽娟、张伟等20名同志被评为“优秀医师”。",
     {("六盘水市人民医院急诊科", "先进科室", None, ()), ("六盘水市人民医院心血管内科", "先进科室", None, ()),
      ("王丽娟", "优秀医师", None, ()), ("张伟", "优秀医师", None, ())}),
    # a published list the hospital is on
    ("近日，省卫生健康委公布2022年度全省改善医疗服务先进单位名单，铜川市人民医院榜上有名。陕西省各地积极参与。",
     {("铜川市人民医院", "全省改善医疗服务先进单位", 2022, ("陕西省卫生健康委员会",))}),
    # 命名 a title, then the hospitals that made it (no 名单), each of them; 省公安厅 confers jointly
    ("近日,湖南省卫生健康委、省公安厅联合发文,命名2023年度全省“平安医院”,邵阳市中心医院、隆回县人民医院上榜。",
     {("邵阳市中心医院", "全省平安医院", 2023, ("湖南省公安厅", "湖南省卫生健康委员会")),
      ("隆回县人民医院", "全省平安医院", 2023, ("湖南省公安厅", "湖南省卫生健康委员会"))}),
    ("近日,国家卫生健康委办公厅通报2023年度“进一步改善医疗服务行动计划”示范医院名单,厦门大学附属第一医院、"
     "福建省立医院等3家医院入选。",
     {("厦门大学附属第一医院", "“进一步改善医疗服务行动计划”示范医院", 2023, ("国家卫生健康委员会办公厅",)),
      ("福建省立医院", "“进一步改善医疗服务行动计划”示范医院", 2023, ("国家卫生健康委员会办公厅",))}),
    # 公布了…名单: the title starts after 了; a department's numbered branches are on the list, not their hospital
    ("近日,中共江西省委组织部公布了2023年度全省“五星级党支部”名单,南昌大学第二附属医院内科第一党支部、"
     "外科第三党支部榜上有名。",
     {("南昌大学第二附属医院内科第一党支部", "全省五星级党支部", 2023, ("中共江西省委组织部",)),
      ("南昌大学第二附属医院外科第三党支部", "全省五星级党支部", 2023, ("中共江西省委组织部",))}),
    # the organ named after the title: …获评“…”,由某某授予
    ("江西省人民医院麻醉科主任刘强获评“江西省优秀共产党员”,由中共江西省委授予。",
     {("刘强", "江西省优秀共产党员", None, ("中共江西省委",))}),
    # a title broken by a space is one title
    ("吉林省人民医院心内科主任刘洪涛被授予“全省卫生 健康系统先进个人”称号。",
     {("刘洪涛", "全省卫生健康系统先进个人", None, ())}),
    # an organiser of one field (a women's federation) did not confer the article's other titles
    ("近日,全国妇联印发决定,中南大学湘雅医院产科护理组被命名为“全国巾帼文明岗”。"
     "在第十九届“中国医师奖”评选中,中南大学湘雅医院副院长陈建国荣获“中国医师奖”。",
     {("中南大学湘雅医院产科", "全国巾帼文明岗", None, ("中华全国妇女联合会",)),
      ("陈建国", "中国医师奖", None, ())}),
    # a range of years in front of a title (with a dash NFKC leaves alone) is not part of it
    ("湖南省人民医院获评“2019—2021年度湖南省文明单位”。", {("湖南省人民医院", "湖南省文明单位", 2019, ())}),
    # a headline about a count of branches names no recipient
    ("喜报!我院两个党支部获评“全省五星级党支部”\n江西省人民医院召开大会。", set()),
    # 授予 a list of people (甲、乙和丙同志): each of them; 同志 is not part of the title
    ("中共湖北省委决定,授予刘海燕、陈志强和王磊同志“湖北省优秀共产党员”称号。",
     {("刘海燕", "湖北省优秀共产党员", None, ("中共湖北省委",)), ("陈志强", "湖北省优秀共产党员", None, ("中共湖北省委",)),
      ("王磊", "湖北省优秀共产党员", None, ("中共湖北省委",))}),
    # 授予 people written right after their hospital, with no post between: the people, not the hospital
    ("中共湖北省委决定,授予黄石市中心医院刘海燕、陈志强“湖北省优秀共产党员”称号。",
     {("刘海燕", "湖北省优秀共产党员", None, ("中共湖北省委",)), ("陈志强", "湖北省优秀共产党员", None, ("中共湖北省委",))}),
    # the title first, its recipients after it (获得“…”称号的是甲、乙; 荣获“…”的有甲科、乙科和丙科)
    ("荆门市第一人民医院召开大会。获得“优秀共产党员”称号的是心内科主任张丽、护理部主任王芳。",
     {("张丽", "优秀共产党员", None, ()), ("王芳", "优秀共产党员", None, ())}),
    ("荆门市第一人民医院召开大会。荣获2023年度“先进科室”的有心内科、骨科和急诊科。",
     {("荆门市第一人民医院心内科", "先进科室", 2023, ()), ("荆门市第一人民医院骨科", "先进科室", 2023, ()),
      ("荆门市第一人民医院急诊科", "先进科室", 2023, ())}),
    ("荆门市第一人民医院召开大会。获评“优秀共产党员”的有张丽、王芳和陈立,他们都来自临床一线。",
     {("张丽", "优秀共产党员", None, ()), ("王芳", "优秀共产党员", None, ()), ("陈立", "优秀共产党员", None, ())}),
    # a list published in one sentence, its recipients named in the next (or the one after)
    ("近日,湖北省卫生健康委公布了2023年度全省改善医疗服务示范科室名单。全省共有30个科室入选。"
     "荆门市第一人民医院心内科、骨科名列其中。",
     {("荆门市第一人民医院心内科", "全省改善医疗服务示范科室", 2023, ("湖北省卫生健康委员会",)),
      ("荆门市第一人民医院骨科", "全省改善医疗服务示范科室", 2023, ("湖北省卫生健康委员会",))}),
    # 授予 a unit's post holder: the person receives the title, written after their name
    ("中共湖北省委决定,授予湖北省人民医院党委“湖北省先进基层党组织”称号,"
     "授予该院感染科党支部书记王晓明“湖北省优秀共产党员”称号,授予该院党委组织部部长陈静“湖北省优秀党务工作者”称号。",
     {("湖北省人民医院党委", "湖北省先进基层党组织", None, ("中共湖北省委",)),
      ("王晓明", "湖北省优秀共产党员", None, ("中共湖北省委",)),
      ("陈静", "湖北省优秀党务工作者", None, ("中共湖北省委",))}),
    # the organ holds the meeting somewhere (在北京召开) and commends at it
    ("4月28日,中华全国总工会在北京召开全国劳动模范和先进工作者表彰大会。四川大学华西医院荣获“全国五一劳动奖状”。",
     {("四川大学华西医院", "全国五一劳动奖状", None, ("中华全国总工会",))}),
    # ... or names the commendation long after the meeting
    ("2月20日,湖南省委、省政府召开全省乡村振兴工作会议,对2022年度乡村振兴驻村帮扶工作先进单位和个人进行表彰。"
     "中南大学湘雅医院获评“全省乡村振兴驻村帮扶工作先进单位”。",
     {("中南大学湘雅医院", "全省乡村振兴驻村帮扶工作先进单位", 2022, ("中共湖南省委", "湖南省人民政府"))}),
])
def test_more_award_shapes(text, expected):
    assert awards_of(text) == expected


def test_announced_honor_names_the_list_that_follows():
    text = ("湖北省卫生健康委员会\n关于表扬2023年度全省“优秀医师”的通报\n"
            "省卫生健康委决定对3名“优秀医师”予以通报表扬。名单如下：\n"
            "陈明 武汉大学人民医院神经内科主任\n刘洁 荆州市中心医院儿科主任医师\n\n希望受到表扬的同志再创佳绩。")
    assert awards_of(text) == {("陈明", "全省优秀医师", 2023, ("湖北省卫生健康委员会",)),
                               ("刘洁", "全省优秀医师", 2023, ("湖北省卫生健康委员会",))}


def test_a_listed_honor_points_at_its_title_in_the_sentence():
    text = "近日,中共江西省委组织部公布了2023年度全省“五星级党支部”名单,南昌大学第二附属医院内科第一党支部榜上有名。"
    x = kg.extract_text(text)
    honor = next(c.honor for c in x.claims if c.__class__.__name__ == "AwardClaim")
    assert (honor.label, honor.surface, text[honor.start:honor.end]) == (
        "全省五星级党支部", "2023年度全省“五星级党支部”", "2023年度全省“五星级党支部”")


def test_receive_clauses_share_the_organ_whose_titles_they_are():
    text = ("近日，从中共广东省委组织部传来喜讯，中山大学附属第一医院党委获评“广东省先进基层党组织”，"
            "医院心血管医学部党总支书记董吾平获评“广东省优秀共产党员”。")
    bodies = {(r, b) for r, _, _, b in awards_of(text)}
    assert bodies == {("中山大学附属第一医院党委", ("中共广东省委组织部",)),
                      ("董吾平", ("中共广东省委组织部",))}


def test_receive_clause_of_another_field_does_not_inherit_the_organ():
    text = ("2023年，攀枝花市中心医院党委被中共四川省委组织部授予“四川省先进基层党组织”称号，"
            "检验科党支部荣获“四川省工人先锋号”。")
    got = {(h, b) for _, h, _, b in awards_of(text)}
    assert got == {("四川省先进基层党组织", ("中共四川省委组织部",)), ("四川省工人先锋号", ())}


def test_year_of_the_organisers_commendation_goes_to_their_titles():
    text = ("近日，人力资源社会保障部、国家卫生健康委印发《关于表彰2023年度全国卫生健康系统先进集体的决定》。"
            "河北医科大学第二医院荣获“全国卫生健康系统先进集体”称号。")
    assert awards_of(text) == {("河北医科大学第二医院", "全国卫生健康系统先进集体", 2023,
                                ("人力资源和社会保障部", "国家卫生健康委员会"))}


def test_organisers_do_not_confer_the_titles_of_another_level():
    text = ("中共河北省委、河北省人民政府决定，对2022年度全省优秀共产党员进行表彰。"
            "河北医科大学第二医院心内科主任李明获评“河北省优秀共产党员”，心内科还获评“石家庄市青年文明号”。")
    assert awards_of(text) == {("李明", "河北省优秀共产党员", 2022, ("中共河北省委", "河北省人民政府")),
                               ("河北医科大学第二医院心内科", "石家庄市青年文明号", None, ())}


def test_a_second_title_for_those_who_received_the_first():
    text = ("为表彰先进，省总工会、省妇联决定，授予王丽等5名同志河南省“五一劳动奖章”；"
            "授予李娜等3名同志河南省卫生系统“巾帼建功标兵”荣誉称号。"
            "对此次受表彰的“巾帼建功标兵”，省妇联同时授予省“三八”红旗手荣誉称号。")
    got = {(r, h, b) for r, h, _, b in awards_of(text) if "三八" in h}
    assert got == {("李娜", "河南省“三八”红旗手", ("河南省妇女联合会",))}


@pytest.mark.parametrize("text, expected", [
    ("太原市中心医院、太原市第二人民医院分别获评“山西省平安医院示范单位”“山西省平安医院”。",
     {("太原市中心医院", "山西省平安医院示范单位"), ("太原市第二人民医院", "山西省平安医院")}),
    ("太原市中心医院院长郝建平、太原市第二人民医院保卫科科长冯立军分别被评为“山西省平安医院建设先进个人”"
     "和“山西省平安医院建设优秀组织者”。",
     {("郝建平", "山西省平安医院建设先进个人"), ("冯立军", "山西省平安医院建设优秀组织者")}),
])
def test_respectively_pairs_recipients_and_titles_in_order(text, expected):
    assert {(r, h) for r, h, _, _ in awards_of(text)} == expected


def test_those_who_also_received_this_honor():
    text = ("2023年,太原市第三人民医院被省文明委命名为“山西省文明单位标兵”,"
            "太原市中医医院、太原市妇幼保健院均获此殊荣。")
    body = ("山西省精神文明建设委员会",)
    assert awards_of(text) == {(r, "山西省文明单位标兵", 2023, body)
                               for r in ("太原市第三人民医院", "太原市中医医院", "太原市妇幼保健院")}


def test_a_numbered_section_of_a_roll_names_its_title():
    text = ("经研究，决定授予阜阳市人民医院等3个单位“全省卫生健康系统群众满意医疗机构”称号，"
            "授予许文华等2名同志“全省卫生健康系统优秀医务工作者”称号。\n"
            "一、全省卫生健康系统群众满意医疗机构（3个）\n阜阳市人民医院\n六安市中医院\n泾县医院\n"
            "二、全省卫生健康系统优秀医务工作者（2名）\n许文华　安徽医科大学第一附属医院心血管内科主任医师\n"
            "马德胜　霍邱县第一人民医院外科主任\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {(r, "全省卫生健康系统群众满意医疗机构") for r in ("阜阳市人民医院", "六安市中医院", "泾县医院")} | \
        {(r, "全省卫生健康系统优秀医务工作者") for r in ("许文华", "马德胜")}


def test_a_line_holding_a_title_the_article_named_heads_its_recipients():
    text = ("6月29日，中共徐州市委召开“两优一先”表彰大会，对全市先进基层党组织、优秀共产党员进行表彰。\n"
            "全市先进基层党组织\n徐州市中心医院急诊医学科党支部\n徐州市肿瘤医院机关党支部\n"
            "全市优秀共产党员\n王海燕　徐州市中心医院肿瘤内科主任\n")
    got = {(r, h, b) for r, h, _, b in awards_of(text)}
    body = ("中共徐州市委",)
    assert got == {("徐州市中心医院急诊医学科党支部", "全市先进基层党组织", body),
                   ("徐州市肿瘤医院机关党支部", "全市先进基层党组织", body),
                   ("王海燕", "全市优秀共产党员", body)}


def test_a_headline_holding_a_verb_is_no_roll_heading():
    text = ("房县人民医院召开表彰大会\n会上，县委授予县人民医院“全省先进基层党组织”称号。\n"
            "县人民医院被授予“全省先进基层党组织”等殊荣\n医院先进集体和个人受到表彰\n")
    assert {h for _, h, _, _ in awards_of(text)} == {"全省先进基层党组织"}


@pytest.mark.parametrize("text, expected", [
    # a year between the name heading the clause and its verb
    ("台前县人民医院召开大会。因工作成效突出,赵文博2022年被中共台前县委、台前县人民政府评为“优秀驻村第一书记”。",
     {("赵文博", "优秀驻村第一书记", 2022, ("中共台前县委", "台前县人民政府"))}),
    # a prefecture's party committee and administration
    ("莎车县人民医院急诊科医生阿卜杜热合曼·吐尔洪2023年被中共喀什地委、喀什地区行政公署评为“喀什地区优秀青年医师”。",
     {("阿卜杜热合曼·吐尔洪", "喀什地区优秀青年医师", 2023, ("中共喀什地委", "喀什地区行政公署"))}),
    # 确定…为 confers; a quoted title ends before the next clause's verb, with no punctuation between
    ("甘肃省卫生健康委确定兰州市西固区人民医院等12家医院为2024年度全省“改善就医感受提升患者体验”示范医院。",
     {("兰州市西固区人民医院", "全省“改善就医感受提升患者体验”示范医院", 2024, ("甘肃省卫生健康委员会",))}),
    ("上海市长白医院妇产科获评“全国巾帼文明岗” 护理部主任陆佩琳荣获“全国三八红旗手”",
     {("上海市长白医院妇产科", "全国巾帼文明岗", None, ()), ("陆佩琳", "全国三八红旗手", None, ())}),
])
def test_more_recipients_and_organs(text, expected):
    assert awards_of(text) == expected


def test_a_numbered_table_of_a_roll():
    text = ("近日，甘肃省卫生健康委公布2024年度全省“改善就医感受提升患者体验”示范医院名单。\n"
            "2024年度全省“改善就医感受提升患者体验”示范医院名单\n序号 医院名称 市州\n"
            "1 平凉市崆峒医院 平凉市\n2 兰州市西固区人民医院 兰州市\n")
    assert {r for r, _, _, _ in awards_of(text)} == {"平凉市崆峒医院", "兰州市西固区人民医院"}


def test_no_title_in_an_exhortation():
    text = "兰州市第一人民医院入选全省示范医院。希望入选单位珍惜荣誉，再接再厉。"
    assert {h for _, h, _, _ in awards_of(text)} == {"全省示范医院"}


def test_a_prize_with_its_grade_is_one_title():
    assert awards_of("益阳市资江医院先后荣获全国医院品管圈大赛一等奖等荣誉。") == {
        ("益阳市资江医院", "全国医院品管圈大赛一等奖", None, ())}


def test_an_html_table_roll_by_sections():
    html = ("<p>委党组决定，授予徐丽华等2名同志“全省卫生健康系统优秀共产党员”称号，"
            "授予济南市第四人民医院党委等2个基层党组织“全省卫生健康系统先进基层党组织”称号。</p>"
            "<p>一、全省卫生健康系统优秀共产党员（2名，以姓氏笔画为序）</p><table>"
            "<tr><th>序号</th><th>姓名</th><th>工作单位及职务</th></tr>"
            "<tr><td>1</td><td>徐丽华</td><td>济南市第四人民医院心血管内科主任</td></tr>"
            "<tr><td>2</td><td>邵长青</td><td>青岛市第八人民医院重症医学科主任</td></tr></table>"
            "<p>二、先进基层党组织（2个）</p><table>"
            "<tr><td>1</td><td>济南市第四人民医院党委</td></tr><tr><td>2</td><td>枣庄市立医院党委</td></tr></table>")
    x = kg.extract_text(html, media_type="html")
    got = {(c.recipient.label, c.honor.label) for c in x.claims if isinstance(c, AwardClaim)}
    assert got == {("徐丽华", "全省卫生健康系统优秀共产党员"), ("邵长青", "全省卫生健康系统优秀共产党员"),
                   ("济南市第四人民医院党委", "全省卫生健康系统先进基层党组织"),
                   ("枣庄市立医院党委", "全省卫生健康系统先进基层党组织")}


def test_a_decision_with_its_roll_of_listed_collectives_and_people_with_workplaces():
    text = ("省人力资源和社会保障厅、省卫生健康委决定，授予唐山市第二医院重症医学科等3个集体“河北省卫生健康系统先进集体”称号；"
            "授予郭振宇(石家庄市第五医院感染科主任)等2名同志“河北省卫生健康系统先进工作者”称号。\n"
            "一、先进集体(3个)\n唐山市第二医院重症医学科、邯郸市传染病医院、涞源县医院\n"
            "二、先进工作者(2名)\n郭振宇(石家庄市第五医院)、苗淑琴(女,河北医科大学第三医院)\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {(r, "河北省卫生健康系统先进集体") for r in ("唐山市第二医院重症医学科", "邯郸市传染病医院", "涞源县医院")} \
        | {(r, "河北省卫生健康系统先进工作者") for r in ("郭振宇", "苗淑琴")}


def test_a_roll_announced_by_a_naming_decision_and_grouped_by_city():
    text = ("近日，湖北省精神文明建设委员会印发《关于命名第十六届湖北省文明单位的决定》，全省卫生健康系统共有4家单位榜上有名。"
            "省卫生健康委将名单按地区公布如下。\n武汉市(2个)\n武汉市第五医院\n武汉市汉口医院\n"
            "孝感市(2个):孝感市第一人民医院、应城市人民医院\n")
    got = {(r, b) for r, _, _, b in awards_of(text)}
    body = ("湖北省精神文明建设委员会",)
    assert got == {(r, body) for r in ("武汉市第五医院", "武汉市汉口医院", "孝感市第一人民医院", "应城市人民医院")}


def test_the_organ_that_commends_a_group_confers_the_titles_named_after():
    text = ("4月28日，海南省总工会对一批在全省经济社会发展中作出突出贡献的先进集体和个人进行表彰，我省多个集体榜上有名。"
            "其中，琼海市人民医院获评“海南省五一劳动奖状”。")
    assert {(r, b) for r, _, _, b in awards_of(text)} == {("琼海市人民医院", ("海南省总工会",))}


def test_a_person_named_before_is_the_subject_of_a_later_clause():
    text = ("广东省人民医院心内科主任欧阳慧琳出席会议。"
            "据悉，欧阳慧琳从医二十余年，2023年被广东省卫生健康委员会评为“广东省医德标兵”。")
    assert awards_of(text) == {("欧阳慧琳", "广东省医德标兵", 2023, ("广东省卫生健康委员会",))}


@pytest.mark.parametrize("text, expected", [
    # 授予医院 / 授予医院党委: the article's hospital and its committee
    ("常德市第一人民医院召开大会。10月26日，中国医院协会授予医院“全国医院文化建设先进单位”称号。",
     {("常德市第一人民医院", "全国医院文化建设先进单位", None, ("中国医院协会",))}),
    ("常德市第一人民医院召开大会。6月30日，中共常德市委授予医院党委“常德市先进基层党组织”称号。",
     {("常德市第一人民医院党委", "常德市先进基层党组织", None, ("中共常德市委",))}),
    # a roll named by 命名为 and 位列其中
    ("我市共有5家医院被省平安医院建设工作领导小组命名为“吉林省平安医院”，吉林市中心医院位列其中。",
     {("吉林市中心医院", "吉林省平安医院", None, ("吉林省平安医院建设工作领导小组",))}),
    # 获此殊荣 gives the title only to recipients of the kind that received it
    ("吉林市中心医院院长王振宇被评为“全省改善医疗服务先进个人”。其中，吉林市人民医院已连续三年获此殊荣。",
     {("王振宇", "全省改善医疗服务先进个人", None, ())}),
    # each title of a list with its year in brackets; 曾获 after a name
    ("昆明市第一人民医院专家张三曾获全国五一劳动奖章（2008年）、全国优秀科技工作者（2012年）。",
     {("张三", "全国五一劳动奖章", 2008, ()), ("张三", "全国优秀科技工作者", 2012, ())}),
])
def test_recipients_organs_and_years_in_more_shapes(text, expected):
    assert awards_of(text) == expected


def test_a_chronicle_dates_its_entries_by_its_own_year():
    text = "常德市第一人民医院2023年大事记\n3月8日，急诊科护士长贺晓兰被省妇联评为“湖南省三八红旗手”。\n"
    assert {y for _, _, y, _ in awards_of(text)} == {2023}


@pytest.mark.parametrize("text, expected", [
    # a paragraph opened as news dates the conferrals after it
    ("莆田市第一医院工作回顾\n发布时间：2021-12-30\n近日，喜讯频传。莆田市第一医院被省委省政府授予“福建省脱贫攻坚先进集体”称号。",
     {("莆田市第一医院", "福建省脱贫攻坚先进集体", 2021, ("中共福建省委", "福建省人民政府"))}),
    # organs that 联合通报 a year's results confer the titles named after, of that year
    ("山西省卫生健康委员会、山西省公安厅联合通报2023年度全省“平安医院”创建活动考核结果。太原市中心医院获评“山西省平安医院”。",
     {("太原市中心医院", "山西省平安医院", 2023, ("山西省公安厅", "山西省卫生健康委员会"))}),
    # a ward is a unit; the hospital's own award is no title of the hospital's
    ("此外，宣城市人民医院儿科病区于2022年被共青团中央命名为“全国青年文明号”。",
     {("宣城市人民医院儿科病区", "全国青年文明号", 2022, ("中国共产主义青年团中央委员会",))}),
    ("2019年，在建院80周年纪念大会上，昆明市第一人民医院专家赵德华获颁医院“终身成就奖”。",
     {("赵德华", "终身成就奖", 2019, ())}),
])
def test_years_organs_and_units_in_news_shapes(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people on a published list (名列其中), not the units their posts are written after
    ("近日，湖北省卫生健康委公布第三批“湖北省名中医”名单，蕲春县中医医院肛肠科主任胡永红、针灸科副主任中医师田小芳名列其中。",
     {("胡永红", "湖北省名中医"), ("田小芳", "湖北省名中医")}),
    # 评选结果 is not part of the title
    ("湖北省卫生健康委公布2023年度“湖北省基层名中医”评选结果，蕲春县中医医院入选。",
     {("蕲春县中医医院", "湖北省基层名中医")}),
])
def test_published_lists(text, expected):
    assert {(r, h) for r, h, _, _ in awards_of(text)} == expected


def test_an_organ_among_the_recipients_is_no_awarding_body():
    text = "中共曲靖市委、曲靖市人民政府决定，曲靖市第一人民医院、曲靖市医学会等30个单位被授予“曲靖市卫生健康工作先进集体”称号。"
    assert {b for _, _, _, b in awards_of(text)} == {("中共曲靖市委", "曲靖市人民政府")}


@pytest.mark.parametrize("text, expected", [
    # a list named by 命名 after another verb of the same sentence (印发通知,命名…,甲、乙入选)
    ("中共绍兴市委、绍兴市人民政府印发通知，命名第五批“绍兴市名医”，绍兴市人民医院心内科主任钱伟民、"
     "绍兴市中心医院护理部主任蒋红梅等15人入选。",
     {("钱伟民", "绍兴市名医", None, ("中共绍兴市委", "绍兴市人民政府")),
      ("蒋红梅", "绍兴市名医", None, ("中共绍兴市委", "绍兴市人民政府"))}),
    # 作出决定 organises; the year of the commendation meeting
    ("中共赣州市委作出决定，表彰一批先进基层党组织。赣州市人民医院党委被评为“全市先进基层党组织”。",
     {("赣州市人民医院党委", "全市先进基层党组织", None, ("中共赣州市委",))}),
    ("湖北省总工会召开2024年五一表彰大会。宜昌市峡江医院荣获“湖北五一劳动奖状”。",
     {("宜昌市峡江医院", "湖北五一劳动奖状", 2024, ("湖北省总工会",))}),
    # a dictionary word the article used as a name before (向东) is that person again
    ("山南市人民医院召开大会。图为援藏医生向东(左)在措美县人民医院指导当地医生。"
     "2023年，向东被中共山南市委、山南市人民政府授予“山南市优秀援藏人才”称号。",
     {("向东", "山南市优秀援藏人才", 2023, ("中共山南市委", "山南市人民政府"))}),
])
def test_organisers_lists_and_names_again(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the class of the recipients is no part of the title; a prize's count is no part of it either
    ("福建省总工会决定，授予郑丽娟等120名职工“福建省五一劳动奖章”。",
     {("郑丽娟", "福建省五一劳动奖章", None, ("福建省总工会",))}),
    ("南平市第一医院获河南省科技进步奖二等奖3项。", {("南平市第一医院", "河南省科技进步奖二等奖", None, ())}),
    # 省级以上 is a level, not a title
    ("这是继2019年南昌市第一医院急诊科获评“江西省巾帼文明岗”之后，医院巾帼集体再次获得省级以上荣誉。",
     {("南昌市第一医院急诊科", "江西省巾帼文明岗", 2019, ())}),
])
def test_title_boundaries(text, expected):
    assert awards_of(text) == expected


def test_an_organ_that_decides_to_confer_reports_news_of_the_articles_date():
    text = "标题\n发布时间:2023-03-08\n南昌市第一医院召开大会。同时，江西省妇联决定授予我院产科护士长余丽华“江西省三八红旗手”称号。"
    assert {y for _, _, y, _ in awards_of(text)} == {2023}


def test_those_honored_with_them_receive_the_titles_just_named_by_kind():
    text = ("赣南医科大学第一附属医院重症医学科获评“江西省卫生健康系统先进集体”，该院护士长程建军获评“江西省卫生健康系统先进个人”。"
            "同批受到表彰的还有九江市第一人民医院等集体，以及赣州市人民医院心内科主任李建军等个人。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("赣南医科大学第一附属医院重症医学科", "江西省卫生健康系统先进集体"), ("九江市第一人民医院", "江西省卫生健康系统先进集体"),
        ("程建军", "江西省卫生健康系统先进个人"), ("李建军", "江西省卫生健康系统先进个人")}


@pytest.mark.parametrize("text, expected", [
    # a bare kind of title after the decision named the title: the title named
    ("近日，江西省卫生健康委授予南昌大学第一附属医院重症医学科等10个集体“江西省卫生健康系统先进集体”称号。"
     "九江市第一人民医院重症医学科获评先进集体。",
     {("南昌大学第一附属医院重症医学科", "江西省卫生健康系统先进集体"), ("九江市第一人民医院重症医学科", "江西省卫生健康系统先进集体")}),
    # a list of titles, the last quoted after 和
    ("南昌大学第一附属医院先后荣获全国文明单位、全国五一劳动奖状和“全国卫生健康系统先进集体”等荣誉。",
     {("南昌大学第一附属医院", "全国文明单位"), ("南昌大学第一附属医院", "全国五一劳动奖状"),
      ("南昌大学第一附属医院", "全国卫生健康系统先进集体")}),
    # a mental health centre is a hospital; 博士 follows a name
    ("2023年，襄阳市精神卫生中心被评为“湖北省文明单位”。", {("襄阳市精神卫生中心", "湖北省文明单位")}),
    ("南昌大学第一附属医院青年医生上官文明博士获评“优秀青年医师”。", {("上官文明", "优秀青年医师")}),
])
def test_title_references_lists_and_recipients(text, expected):
    assert {(r, h) for r, h, _, _ in awards_of(text)} == expected


def test_the_class_of_recipients_counted_before_a_title_is_not_part_of_it():
    x = kg.extract_text("省委宣传部、省卫健委联合授予30名医务工作者第三届“湖湘好医生”称号。")
    assert {m.label for m in x.mentions if m.kind == Kind.HONOR} == {"湖湘好医生"}


def test_recipients_a_count_left_unnamed_listed_after_the_title():
    text = "今年全省共有3家企业医院获全国五一劳动奖状，分别是大庆油田总医院、鸡西矿务局总医院和鹤岗矿业集团总医院。"
    assert {r for r, _, _, _ in awards_of(text)} == {"大庆油田总医院", "鸡西矿务局总医院", "鹤岗矿业集团总医院"}


@pytest.mark.parametrize("text, expected", [
    # years told relative to the article's date or to the year written before
    ("标题\n发布时间:2023-05-01\n衢州市人民医院召开大会。去年，医院被衢州市人民政府授予“衢州市平安医院”称号。",
     {("衢州市人民医院", "衢州市平安医院", 2022, ("衢州市人民政府",))}),
    ("2020年，哈尔滨市第一医院获评“全国文明单位”。同年，医院心内科党支部入选“全省公立医院标杆党支部”。",
     {("哈尔滨市第一医院", "全国文明单位", 2020, ()), ("哈尔滨市第一医院心内科党支部", "全省公立医院标杆党支部", 2020, ())}),
    # organs written between the verb and the title (荣获甲厅、乙委颁发的“…”), one organ's name holding 和
    ("郑州市中心医院荣获河南省人力资源和社会保障厅、河南省卫生健康委员会颁发的“河南省卫生健康系统先进集体”称号。",
     {("郑州市中心医院", "河南省卫生健康系统先进集体", None, ("河南省人力资源和社会保障厅", "河南省卫生健康委员会"))}),
    # a civilisation commission's office
    ("哈尔滨市第一医院召开大会。2020年，医院被黑龙江省精神文明建设委员会办公室授予“黑龙江省学雷锋活动示范点”称号。",
     {("哈尔滨市第一医院", "黑龙江省学雷锋活动示范点", 2020, ("黑龙江省精神文明建设委员会办公室",))}),
])
def test_relative_years_and_organs_before_the_title(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a profile's list of honors without verbs: each title the person's, with the year and organs of its note
    ("人物简介\n沈立新,男,1971年出生,主任医师,现任嘉兴市第一医院心血管内科主任。\n\n【主要荣誉】\n"
     "“全国五一劳动奖章”(2019年,中华全国总工会)\n“嘉兴市劳动模范”(2016年,中共嘉兴市委、嘉兴市人民政府)\n"
     "“浙江省优秀医师”(2021年)\n\n【从医故事】\n他常说,胸痛就是命令。",
     {("沈立新", "全国五一劳动奖章", 2019, ("中华全国总工会",)),
      ("沈立新", "嘉兴市劳动模范", 2016, ("中共嘉兴市委", "嘉兴市人民政府")),
      ("沈立新", "浙江省优秀医师", 2021, ())}),
    # expert cards: a name on its own line, the post on the next; 所获荣誉: with and without verbs, a dash note
    ("专家介绍|遵义市第一人民医院消化内科\n现将我院消化内科专家介绍如下。\n\n杨文海\n主任医师,消化内科主任。\n"
     "所获荣誉:2018年获评“贵州省优秀医师”;遵义市“三八红旗手”(2021年)。\n人才项目:2021年入选贵州省“千层次”创新型人才。\n\n"
     "田玉梅\n副主任护师,护士长。\n所获荣誉:“贵州省优秀护士”——2023年,贵州省卫生健康委员会。",
     {("杨文海", "贵州省优秀医师", 2018, ()), ("杨文海", "遵义市三八红旗手", 2021, ()),
      ("田玉梅", "贵州省优秀护士", 2023, ("贵州省卫生健康委员会",))}),
    # a hospital's own list of honors: the hospital's
    ("遵义市第一人民医院简介\n医院荣誉:全国文明单位(2020年,中央精神文明建设指导委员会);贵州省平安医院(2018年)。",
     {("遵义市第一人民医院", "全国文明单位", 2020, ("中央精神文明建设指导委员会",)),
      ("遵义市第一人民医院", "贵州省平安医院", 2018, ())}),
    # organs in a bracket after the title belong to it, not to the next clause's title
    ("遵义市第一人民医院消化内镜中心主任龙海波2021年荣获“贵州省脱贫攻坚先进个人”称号(中共贵州省委、贵州省人民政府);"
     "2019年被评为遵义市“优秀共产党员”。",
     {("龙海波", "贵州省脱贫攻坚先进个人", 2021, ("中共贵州省委", "贵州省人民政府")),
      ("龙海波", "遵义市优秀共产党员", 2019, ())}),
])
def test_lists_of_honors_in_profiles_and_expert_cards(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hospital's party committee confers its own honors: its formal name is the organ; a count may close
    # the list of names (甲、乙3名同志); the city's committee still confers its own title
    ("常州市第二人民医院召开表彰大会。院党委决定,授予内科第一党支部“先进党支部”称号;授予王海燕、孙浩、吴婷婷3名同志"
     "“优秀共产党员”称号。近日,中共常州市委印发决定,授予常州市第二人民医院党委“常州市先进基层党组织”称号。",
     {("常州市第二人民医院内科第一党支部", "先进党支部", None, ("中共常州市第二人民医院委员会",)),
      ("王海燕", "优秀共产党员", None, ("中共常州市第二人民医院委员会",)),
      ("孙浩", "优秀共产党员", None, ("中共常州市第二人民医院委员会",)),
      ("吴婷婷", "优秀共产党员", None, ("中共常州市第二人民医院委员会",)),
      ("常州市第二人民医院党委", "常州市先进基层党组织", None, ("中共常州市委",))}),
    # the decision issued under the committee's formal name organises the honors the clauses name
    ("常州市第二人民医院召开大会,宣读了《中共常州市第二人民医院委员会关于表彰优秀共产党员的决定》。"
     "陈丽、韩冬两名同志被评为“优秀共产党员”。",
     {("陈丽", "优秀共产党员", None, ("中共常州市第二人民医院委员会",)),
      ("韩冬", "优秀共产党员", None, ("中共常州市第二人民医院委员会",))}),
])
def test_a_hospitals_own_party_committee_confers_honors(text, expected):
    assert awards_of(text) == expected


def test_the_hospitals_party_committee_is_still_a_unit_when_it_receives_or_holds_posts():
    text = "常州市第二人民医院召开大会。院党委书记李明主持会议。省委授予医院党委“江苏省先进基层党组织”称号。"
    assert {r for r, _, _, _ in awards_of(text)} == {"常州市第二人民医院党委"}


def test_a_list_announced_after_a_conferral_names_the_title_of_its_kind():
    # two titles announced; the list of staff (职工名单如下) is of the one for people the sentence before conferred
    text = ("2024年1月,保定市卫生健康委员会印发《关于表彰2023年度全市卫生健康系统先进集体和优秀医务工作者的通报》,"
            "保定市第一中心医院被评为“全市卫生健康系统先进集体”,与我院同获此项荣誉的还有保定市妇幼保健院等12家单位。"
            "我院3名职工被评为“全市卫生健康系统优秀医务工作者”。获表彰职工名单如下(按科室排序):\n"
            "序号 姓名 科室 职务\n1 张卫东 心血管内科 科主任\n2 刘淑芬 护理部 副主任\n3 王晓磊 神经外科 副主任医师\n\n"
            "过去一年,医院坚持公益性。")
    body = ("保定市卫生健康委员会",)
    assert awards_of(text) == {
        ("保定市第一中心医院", "全市卫生健康系统先进集体", 2023, body),
        ("保定市妇幼保健院", "全市卫生健康系统先进集体", 2023, body),
        ("张卫东", "全市卫生健康系统优秀医务工作者", 2023, body),
        ("刘淑芬", "全市卫生健康系统优秀医务工作者", 2023, body),
        ("王晓磊", "全市卫生健康系统优秀医务工作者", 2023, body)}


@pytest.mark.parametrize("text, expected", [
    # a count named after it (获此殊荣,分别是…) receives the title the sentence conferred in bulk
    ("8月18日,岳阳市医师节表彰大会召开。会上,岳阳市卫生健康委员会、岳阳市医师协会联合表彰了30名“岳阳市优秀医师”,"
     "我院3名医师获此殊荣,分别是神经外科主任医师邓志强、儿科主任医师覃小燕和麻醉科副主任医师黄睿。",
     {(name, "岳阳市优秀医师", None, ("岳阳市医师协会", "岳阳市卫生健康委员会")) for name in ("邓志强", "覃小燕", "黄睿")}),
    # a published list, a count of those from the hospital, then their names
    ("标题\n发布时间:2023-08-20\n8月17日,湖南省卫生健康委员会公布了2023年湖南省“最美医生”名单,全省共20名医生入选,"
     "有两位来自我院,分别为心血管内科主任医师唐国平和骨科副主任医师胡斌。邓志强今年还入选湖南省高层次卫生人才工程。",
     {("唐国平", "湖南省最美医生", 2023, ("湖南省卫生健康委员会",)),
      ("胡斌", "湖南省最美医生", 2023, ("湖南省卫生健康委员会",))}),
    # 命名了 a title; 被命名的两个集体分别是…
    ("岳阳市第一人民医院讯 共青团岳阳市委日前命名了2022—2023年度岳阳市青年文明号,我院被命名的两个集体分别是产科和急诊科。",
     {("岳阳市第一人民医院产科", "岳阳市青年文明号", 2022, ("共青团岳阳市委员会",)),
      ("岳阳市第一人民医院急诊科", "岳阳市青年文明号", 2022, ("共青团岳阳市委员会",))}),
])
def test_a_count_of_recipients_named_after_it(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the recipient after the title: …称号的,是某人; …的,则是某科
    ("新乡市中心医院讯 被河南省妇联授予2024年“河南省三八红旗手”称号的,是我院护理部副主任赵雅琴。",
     {("赵雅琴", "河南省三八红旗手", 2024, ("河南省妇女联合会",))}),
    # the title first, its organ between 由 and 授予, a post holder after it
    ("新乡市中心医院讯 “全国三八红旗手”称号,由全国妇联授予我院妇产科主任、主任医师李秀娟。",
     {("李秀娟", "全国三八红旗手", None, ("中华全国妇女联合会",))}),
    # the organ told in a later sentence: 该奖章由…授予; “…”由…命名
    ("莆田市第一医院讯 荣获2023年“福建省五一劳动奖章”的,是该院院长助理、急诊医学科主任许文彬。该奖章由福建省总工会授予。",
     {("许文彬", "福建省五一劳动奖章", 2023, ("福建省总工会",))}),
    ("新乡市中心医院讯 获得“河南省巾帼文明岗”称号的,则是我院新生儿科。“河南省巾帼文明岗”由河南省妇女联合会命名,每两年评选一次。",
     {("新乡市中心医院新生儿科", "河南省巾帼文明岗", None, ("河南省妇女联合会",))}),
    # a rare dictionary word right after a post is the person's name (高建国 is a place name to jieba)
    ("潍坊市人民医院召开大会。心血管内科主任医师高建国荣获“山东省富民兴鲁劳动奖章”。",
     {("高建国", "山东省富民兴鲁劳动奖章", None, ())}),
])
def test_titles_told_before_their_recipients_and_organs_told_after(text, expected):
    assert awards_of(text) == expected


def test_a_chronicle_headed_by_a_hospital_is_about_it_though_another_hospital_aids_it():
    text = ("保亭黎族苗族自治县人民医院2023年大事记\n\n1月\n●1月10日,海南省人民医院托管保亭黎族苗族自治县人民医院"
            "三周年工作总结会在我院召开。三年来,省人民医院累计派驻骨干46名。\n\n3月\n"
            "●3月7日,医院妇产科被海南省妇女联合会授予“海南省巾帼文明岗”称号。")
    assert awards_of(text) == {("保亭黎族苗族自治县人民医院妇产科", "海南省巾帼文明岗", 2023, ("海南省妇女联合会",))}


def test_the_organs_of_the_production_and_construction_corps():
    text = ("石河子市人民医院讯 2023年,医院党委被兵团党委授予“兵团先进基层党组织”称号;"
            "护士长古丽米拉·艾山荣获兵团妇联授予的“兵团三八红旗手”称号。")
    assert awards_of(text) == {
        ("石河子市人民医院党委", "兵团先进基层党组织", 2023, ("中共新疆生产建设兵团委员会",)),
        ("古丽米拉·艾山", "兵团三八红旗手", 2023, ("新疆生产建设兵团妇女联合会",))}


@pytest.mark.parametrize("text", [
    # a commission, a CDC or a society as the subject: no hospital (nor the person named before) received it
    "七台河市人民医院召开大会。此外,市卫生健康委获评“全省卫生健康宣传工作先进单位”,我院全程参与。",
    "固原市人民医院讯 院长马文斌被评为“宁夏最美医生”;市疾病预防控制中心获评“全国疾病预防控制系统先进集体”。",
    "锡林郭勒盟蒙医医院讯 医院作为挂靠单位的锡林郭勒盟蒙医药学会被中国民族医药学会评为“先进分会”。",
    # a place's titles are not a hospital's
    "昌江黎族自治县人民医院讯 11月,昌江黎族自治县通过复审,继续保持“国家卫生县城”称号。",
])
def test_titles_of_subjects_that_are_no_hospitals_go_to_no_hospital(text):
    assert all(r not in ("七台河市人民医院", "固原市人民医院", "锡林郭勒盟蒙医医院", "昌江黎族自治县人民医院")
               for r, h, _, _ in awards_of(text) if h != "宁夏最美医生")
    assert ("马文斌", "全国疾病预防控制系统先进集体") not in {(r, h) for r, h, _, _ in awards_of(text)}


def test_a_nomination_is_no_conferral():
    assert awards_of("潍坊市人民医院讯 我院推荐的感染性疾病科主任郭明获得“齐鲁最美医生”提名,评选结果尚未揭晓。") == set()


def test_a_section_heading_with_a_note_on_its_order():
    text = ("赣州市卫生健康委员会关于表彰2023年度全市“十佳医生”的通报\n\n市卫生健康委决定,授予欧阳志强等3名同志"
            "2023年度赣州市“十佳医生”称号。\n\n附件\n\n一、“十佳医生”(排名不分先后)\n\n王　斌　赣州市人民医院神经外科\n"
            "司马建国　赣州市第五人民医院感染科\n欧阳志强　赣南医科大学第一附属医院心血管内科\n\n赣州市卫生健康委员会\n2024年1月18日")
    assert {r for r, h, _, _ in awards_of(text) if h == "赣州市十佳医生"} == {"王斌", "司马建国", "欧阳志强"}


def test_titles_conferred_on_counts_then_the_recipients_on_the_list_and_the_roll():
    body = ("新疆维吾尔自治区人力资源和社会保障厅", "新疆维吾尔自治区卫生健康委员会")
    text = ("我地区2个集体、2名个人受到自治区表彰\n来源:阿勒泰地区卫生健康委员会 发布时间:2022-11-24\n"
            "近日,新疆维吾尔自治区人力资源和社会保障厅、新疆维吾尔自治区卫生健康委员会联合印发决定,授予全区60个集体"
            "“全区卫生健康系统先进集体”称号,授予150名同志“全区卫生健康系统先进工作者”称号。"
            "我地区阿勒泰地区人民医院急诊医学科、吉木乃县人民医院内科2个集体和2名个人榜上有名。\n\n"
            "受表彰的先进工作者名单:\n序号  姓名  性别  民族  单位及职务\n"
            "1  努尔兰·哈力木别克  男  哈萨克族  阿勒泰地区人民医院重症医学科主任\n"
            "2  王　静  女  汉族  布尔津县人民医院检验科主管技师\n\n据了解,两人都扎根基层多年。")
    assert awards_of(text) == {
        ("阿勒泰地区人民医院急诊医学科", "全区卫生健康系统先进集体", 2022, body),
        ("吉木乃县人民医院内科", "全区卫生健康系统先进集体", 2022, body),
        ("努尔兰·哈力木别克", "全区卫生健康系统先进工作者", 2022, body),
        ("王静", "全区卫生健康系统先进工作者", 2022, body)}


def test_a_name_that_is_a_word_and_a_pronoun_after_the_verb():
    text = ("天水市第一人民医院讯 今年51岁的科主任高峰是天水市首位开展该手术的医生。2021年6月,中共甘肃省委授予高峰"
            "“甘肃省优秀共产党员”称号;2023年4月,中华全国总工会授予他“全国五一劳动奖章”。")
    assert awards_of(text) == {("高峰", "甘肃省优秀共产党员", 2021, ("中共甘肃省委",)),
                               ("高峰", "全国五一劳动奖章", 2023, ("中华全国总工会",))}


def test_the_end_of_a_title_before_a_colon_heads_its_recipients_on_the_line():
    body = ("中共青海省委", "青海省人民政府")
    text = ("本报记者 张晓燕\n2022年9月27日,青海省第七次民族团结进步表彰大会在西宁召开。中共青海省委、青海省人民政府决定,"
            "授予100个集体“青海省民族团结进步模范集体”称号,授予200名个人“青海省民族团结进步模范个人”称号。\n\n"
            "模范集体:海南藏族自治州人民医院、西宁市第一人民医院重症医学科。\n\n"
            "模范个人:才让东智(藏族,海南藏族自治州人民医院党委副书记、院长)、马海龙(回族,西宁市第一人民医院重症医学科主任)。")
    assert awards_of(text) == {
        ("海南藏族自治州人民医院", "青海省民族团结进步模范集体", 2022, body),
        ("西宁市第一人民医院重症医学科", "青海省民族团结进步模范集体", 2022, body),
        ("才让东智", "青海省民族团结进步模范个人", 2022, body),
        ("马海龙", "青海省民族团结进步模范个人", 2022, body)}


@pytest.mark.parametrize("text, expected", [
    # organs between 获 and the title, without 的 (获甲委、乙府授予“…”); 区属医院 is no hospital
    ("记者18日从深圳市龙岗区第三人民医院获悉,该院日前获中共广东省委、广东省人民政府授予“广东省东西部协作工作先进集体”称号,"
     "是深圳区属医院中唯一获此殊荣的单位。",
     {("深圳市龙岗区第三人民医院", "广东省东西部协作工作先进集体", None, ("中共广东省委", "广东省人民政府"))}),
    # a project approved and a ranking published are no titles
    ("安康市中心医院讯 医院入选“陕西省区域医疗中心建设项目”,并荣登艾力彼“中国地级城市医院100强”榜单。", set()),
])
def test_organs_before_the_title_and_what_is_no_title(text, expected):
    assert awards_of(text) == expected


def test_organs_heading_a_decision_on_a_line_of_their_own_organise_it():
    body = ("河南省中医管理局", "河南省人力资源和社会保障厅", "河南省卫生健康委员会")
    text = ("河南省人力资源和社会保障厅 河南省卫生健康委员会 河南省中医管理局\n关于表彰全省卫生健康系统先进集体的决定\n"
            "豫人社奖〔2024〕6号\n\n各省辖市卫生健康委:\n\n为表彰先进,决定对以下集体予以表彰。\n\n"
            "一、全省卫生健康系统先进集体\n\n郑州市第七人民医院心血管内科\n兰考县人民医院\n\n2024年3月8日")
    assert {(r, b) for r, _, _, b in awards_of(text)} == {("郑州市第七人民医院心血管内科", body), ("兰考县人民医院", body)}


def test_a_roll_lines_title_has_no_surface_of_its_own_on_that_line():
    # (its surface would become an alias of the honor: the recipient's name and workplace)
    from conftest import claims_of
    from kg.records import AwardClaim

    text = ("山东省卫生健康委员会\n关于表扬2023年度全省“最美医生”的通报\n\n各市卫生健康委:\n省卫生健康委决定对3名“最美医生”"
            "予以通报表扬。名单如下:\n\n刘晓燕 青岛大学附属医院产科\n孙立军 临沂市人民医院急诊科\n\n山东省卫生健康委员会")
    claims = claims_of(text, AwardClaim)
    assert {c.recipient.label for c in claims} == {"刘晓燕", "孙立军"}
    assert {c.honor.surface for c in claims} == {""}


def test_a_verbs_character_inside_a_hospitals_name_is_no_verb():
    text = "本报讯 河南省精神文明建设委员会下发决定。新乡市第一人民医院、获嘉县人民医院被命名为“河南省文明单位”。"
    assert awards_of(text) == {("新乡市第一人民医院", "河南省文明单位", None, ()), ("获嘉县人民医院", "河南省文明单位", None, ())}


def test_a_decision_to_praise_names_its_year_and_organ_and_对_names_the_recipients():
    body = ("六安市卫生健康委员会",)
    text = ("六安市卫生健康委员会关于通报表扬2024年度全市卫生健康工作先进集体和先进个人的决定\n\n六卫秘〔2025〕9号\n\n"
            "为表彰先进,决定对六安市人民医院心血管内科等11个集体授予“全市卫生健康工作先进集体”称号,"
            "对王立新等10名同志授予“全市卫生健康工作先进个人”称号,予以通报表扬。")
    assert awards_of(text) == {("六安市人民医院心血管内科", "全市卫生健康工作先进集体", 2024, body),
                               ("王立新", "全市卫生健康工作先进个人", 2024, body)}


def html_awards(html: str) -> set[tuple]:
    """(recipient, title, years, organs sorted) of an HTML page's awards."""
    return {(c.recipient.label, c.honor.label, c.years, tuple(sorted(b.label for b in c.bodies)))
            for c in kg.extract_text(html, media_type="html").claims if isinstance(c, AwardClaim)}


def test_a_table_of_awards_in_html_and_in_markdown():
    html = ("<html><body><h1>我院多名职工获省市表彰</h1><p>九江市第一人民医院讯 现将我院职工2023年度获得表彰情况公布如下:</p>"
            "<table><tr><td>序号</td><td>姓名/集体</td><td>科室及职务</td><td>荣誉称号</td><td>授予单位</td><td>时间</td></tr>"
            "<tr><td>1</td><td>钟晓岚</td><td>重症医学科主任</td><td>江西省卫生健康系统先进工作者</td>"
            "<td>江西省人力资源和社会保障厅<br>江西省卫生健康委员会</td><td>2023年12月</td></tr>"
            "<tr><td>2</td><td>检验科</td><td>(集体)</td><td>江西省青年文明号</td><td>共青团江西省委</td><td>2023年5月</td></tr>"
            "</table><p>院长表示,全院职工要以先进为榜样。</p></body></html>")
    got = html_awards(html)
    assert got == {("钟晓岚", "江西省卫生健康系统先进工作者", (2023,), ("江西省人力资源和社会保障厅", "江西省卫生健康委员会")),
                   ("九江市第一人民医院检验科", "江西省青年文明号", (2023,), ("共青团江西省委员会",))}
    md = ("# 九江市第一人民医院2023年荣誉\n\n| 序号 | 获奖集体 | 荣誉称号 | 授予单位 | 时间 |\n|:---:|---|---|---|:---:|\n"
          "| 1 | 心血管内科 | 江西省巾帼文明岗 | 江西省妇女联合会 | 2023年3月 |\n| 2 | 医院党委 | 全市先进基层党组织 | 中共九江市委 | 2023年6月 |\n")
    assert {(r, h) for r, h, _, _ in awards_of(md)} == {("九江市第一人民医院心血管内科", "江西省巾帼文明岗"),
                                                         ("九江市第一人民医院党委", "全市先进基层党组织")}


def test_a_table_of_awards_whose_title_column_comes_first():
    """序号 荣誉称号 获奖集体/个人 授予单位 时间; a post over the name in a cell (<br>): the person."""
    html = ("<html><body><h1>喜报丨多项荣誉花落我院</h1><p>九江市第一人民医院讯 现将主要荣誉汇总如下:</p><table>"
            "<tr><th>序号</th><th>荣誉称号</th><th>获奖集体/个人</th><th>授予单位</th><th>时间</th></tr>"
            "<tr><td>1</td><td><strong>江西省卫生健康系统先进集体</strong></td><td>九江市第一人民医院</td>"
            "<td>江西省人力资源和社会保障厅<br>江西省卫生健康委员会</td><td>2023年12月</td></tr>"
            "<tr><td>2</td><td><strong>江西省五一劳动奖章</strong></td><td>心血管内科主任<br>周明远</td>"
            "<td>江西省总工会</td><td>2024年4月</td></tr>"
            "<tr><td>3</td><td><strong>九江市青年文明号</strong></td><td>急诊科</td><td>共青团九江市委员会</td>"
            "<td>2023年11月</td></tr></table><p>院长表示,全院职工要以先进为榜样。</p></body></html>")
    got = html_awards(html)
    assert got == {("九江市第一人民医院", "江西省卫生健康系统先进集体", (2023,), ("江西省人力资源和社会保障厅", "江西省卫生健康委员会")),
                   ("周明远", "江西省五一劳动奖章", (2024,), ("江西省总工会",)),
                   ("九江市第一人民医院急诊科", "九江市青年文明号", (2023,), ("共青团九江市委员会",))}


def test_an_items_headline_broken_over_two_lines_names_its_hospital():
    text = ("江西卫生健康报\n2023年7月14日 第3版\n九江市第一人民医院帮扶修水县纪实\n"
            "本报讯 2015年起,九江市第一人民医院对口帮扶修水县人民医院。九江市第一人民医院派出专家52名。\n"
            "萍乡市人民医院顺利通过\n三级甲等综合医院复审\n"
            "本报讯 日前,萍乡市人民医院通过三级甲等综合医院复审。\n"
            "近年来,医院先后荣获“全国改善医疗服务示范医院”“江西省文明单位”等荣誉。")
    assert {r for r, _, _, _ in awards_of(text)} == {"萍乡市人民医院"}


def test_a_clause_of_another_year_takes_no_organ_from_the_one_before():
    text = ("九江市第一人民医院召开表彰会。2022年,九江市第一人民医院党办副主任刘卫国被中共九江市委授予“九江市优秀共产党员”称号;"
            "儿科副主任医师彭晓东则于2021年获评九江市“最美医生”。")
    assert awards_of(text) == {("刘卫国", "九江市优秀共产党员", 2022, ("中共九江市委",)),
                               ("彭晓东", "九江市最美医生", 2021, ())}


def test_a_years_work_summary_dates_the_conferrals_it_reports():
    text = ("重庆市万州区人民医院2024年工作总结\n\n2024年,医院坚持以党建为引领。\n\n(四)党建和精神文明建设成效明显。"
            "全年医院及职工获区级以上荣誉43项。医院被市文明委命名为“重庆市文明单位”;护理部被全国妇联授予“全国巾帼文明岗”。")
    assert {(r, y) for r, _, y, _ in awards_of(text)} == {("重庆市万州区人民医院", 2024), ("重庆市万州区人民医院护理部", 2024)}


def test_a_paragraph_opened_by_a_full_date_reports_news_of_that_day():
    text = ("延吉市第一人民医院获评全国民族团结进步模范集体\n2024年9月27日,全国民族团结进步表彰大会在北京召开。"
            "延吉市第一人民医院被国务院授予“全国民族团结进步模范集体”称号,该院神经内科主任金永哲被授予“全国民族团结进步模范个人”称号。")
    assert {(r, y) for r, _, y, _ in awards_of(text)} == {("延吉市第一人民医院", 2024), ("金永哲", 2024)}


def test_an_item_of_a_newspaper_page_speaks_of_the_hospital_its_headline_opens_with():
    text = ("中原卫生健康报\n2023年7月14日 第3版\n周口市中心医院推进党建与业务深度融合\n"
            "近年来,周口市中心医院党委坚持党建引领。周口市中心医院持续推进高质量发展。\n"
            "信阳市中心医院获评全国卫生健康系统先进集体\n"
            "本报讯 近日,人力资源社会保障部、国家卫生健康委联合印发表彰决定,医院获评“全国卫生健康系统先进集体”。")
    assert {r for r, _, _, _ in awards_of(text)} == {"信阳市中心医院"}


def test_a_notice_commending_collectives_and_people_gives_each_section_its_full_title():
    text = ("湖南省卫生健康委员会关于通报表扬2023年度全省城乡医院对口支援工作先进集体和先进个人的通知\n"
            "经各地推荐,决定予以通报表扬。\n附件:\n一、先进集体\n邵阳市中心医院(托管城步苗族自治县人民医院)\n"
            "二、先进个人\n李春华 邵阳市中心医院护理部副主任(派驻城步苗族自治县人民医院)\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("邵阳市中心医院", "全省城乡医院对口支援工作先进集体"), ("李春华", "全省城乡医院对口支援工作先进个人")}


def test_a_hospitals_table_of_its_own_honors_has_no_recipient_column():
    text = ("乌兰察布市中心医院:守护草原群众健康\n近年来医院所获部分荣誉如下:\n"
            "| 年份 | 荣誉称号 | 授予单位 |\n| --- | --- | --- |\n"
            "| 2011 | 全区文明单位 | 内蒙古自治区精神文明建设委员会 |\n"
            "| 2018 | 全区先进基层党组织(医院党委) | 中共内蒙古自治区委员会 |\n"
            "| 2022 | 三级甲等综合医院(复审) | 内蒙古自治区卫生健康委员会 |\n"
            "| 2023 | 内蒙古自治区五一劳动奖状 | 内蒙古自治区总工会 |\n")
    assert awards_of(text) == {
        ("乌兰察布市中心医院", "全区文明单位", 2011, ("内蒙古自治区精神文明建设委员会",)),
        ("乌兰察布市中心医院党委", "全区先进基层党组织", 2018, ("中共内蒙古自治区委员会",)),
        ("乌兰察布市中心医院", "内蒙古自治区五一劳动奖状", 2023, ("内蒙古自治区总工会",))}


def test_a_list_of_honors_under_a_heading_is_the_hospitals():
    text = ("沧州市第二人民医院党建工作纪实\n沧州市第二人民医院坚持党建引领。\n【链接】市二院近年所获部分省级以上荣誉\n"
            "2017年 河北省文明单位(河北省精神文明建设委员会)\n2019年 全国模范职工之家(中华全国总工会)\n")
    assert awards_of(text) == {("沧州市第二人民医院", "河北省文明单位", 2017, ("河北省精神文明建设委员会",)),
                               ("沧州市第二人民医院", "全国模范职工之家", 2019, ("中华全国总工会",))}


def test_a_title_taken_as_a_new_start_ends_before_it():
    text = "保定市第一中心医院院长表示:“我院将以获评河北省五一劳动奖状为新起点,再创佳绩。”"
    assert {h for _, h, _, _ in awards_of(text)} <= {"河北省五一劳动奖状"}


def test_at_the_same_conferral_the_organs_told_just_before_confer_again():
    text = ("2月26日,甘肃省脱贫攻坚总结表彰大会召开。张掖市人民医院被中共甘肃省委、甘肃省人民政府授予“甘肃省脱贫攻坚先进集体”称号。"
            "同时,该院派驻某村第一书记杨海军被授予“甘肃省脱贫攻坚先进个人”称号。")
    assert ("杨海军", "甘肃省脱贫攻坚先进个人", None, ("中共甘肃省委", "甘肃省人民政府")) in awards_of(text)


def test_this_year_is_the_articles_year():
    text = ("苏州医生在沿河\n2023-09-18 来源:苏州市立医院\n"
            "2022年6月,他被中共贵州省委授予“全省优秀共产党员”称号;今年7月,沿河县人民医院党委被中共铜仁市委评为“铜仁市先进基层党组织”。")
    assert ("沿河县人民医院党委", "铜仁市先进基层党组织", 2023, ("中共铜仁市委",)) in awards_of(text)


def test_a_title_conferred_twice_is_two_awards():
    text = "建院百余年来,泉州市第一医院屡获殊荣:2015年被评为“全国卫生计生系统先进集体”;2017年、2020年两度获评“全国文明单位”。"
    assert {(h, y) for _, h, y, _ in awards_of(text)} == {
        ("全国卫生计生系统先进集体", 2015), ("全国文明单位", 2017), ("全国文明单位", 2020)}


def test_stories_published_under_a_title_confer_it_on_those_among_them():
    text = ("8月18日,中央宣传部、国家卫生健康委员会联合发布2023年“最美医生”先进事迹,"
            "齐齐哈尔市第一医院儿科主任、主任医师高玉梅名列其中。")
    assert awards_of(text) == {("高玉梅", "最美医生", 2023, ("中共中央宣传部", "国家卫生健康委员会"))}


def test_a_first_time_restated_names_no_new_recipient():
    text = "漯河市中心医院心血管内科党支部被命名为“河南省卫生健康系统示范党支部”,这是我市公立医院党支部首次获此殊荣。"
    assert {r for r, _, _, _ in awards_of(text)} == {"漯河市中心医院心血管内科党支部"}


def test_a_neonatal_intensive_care_unit_is_a_recipient():
    text = "潍坊市妇幼保健院新生儿重症监护室荣获“山东省工人先锋号”。"
    assert {r for r, _, _, _ in awards_of(text)} == {"潍坊市妇幼保健院新生儿重症监护室"}


def test_a_title_conferred_on_him_posthumously_by_its_pronoun():
    text = ("中共湖南省委作出决定,追授怀化市第一人民医院重症医学科主任向志明同志“湖南省优秀共产党员”称号。"
            "此前,怀化市卫生健康委员会已追授其“怀化市最美医生”称号。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("向志明", "湖南省优秀共产党员"), ("向志明", "怀化市最美医生")}


def test_a_medals_holders_title_is_the_medal_and_the_one_among_them_receives_it():
    text = ("人力资源社会保障部、国家卫生健康委联合印发决定,授予30名同志“‘白求恩奖章’获得者”称号,"
            "曲靖市第二人民医院神经内科主任、主任医师李红梅位列其中。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("李红梅", "白求恩奖章")}


def test_a_place_on_a_ranking_is_no_title():
    text = "在近期发布的“2020年度中国地级城市医院竞争力100强”榜单中,定西市第二人民医院上榜并位列第87位。"
    assert awards_of(text) == set()


def test_bare_city_organs_commending_in_a_meeting_confer_the_titles_below():
    text = ("我市卫生健康系统多个集体和个人受到表彰\n来源:承德市卫生健康委员会\n"
            "会上,市委、市政府对2021年度全市乡村振兴工作先进集体和先进个人进行了通报表彰。\n"
            "其中,丰宁满族自治县人民医院被授予“全市乡村振兴工作先进集体”称号。")
    assert awards_of(text) == {("丰宁满族自治县人民医院", "全市乡村振兴工作先进集体", 2021, ("中共承德市委", "承德市人民政府"))}


def test_a_headlines_conferral_told_again_in_the_body_is_the_bodys():
    text = ("我县泗水乡卫生院院长潘美凤获评全国“最美医生”\n来源:龙胜各族自治县卫生健康局 发布时间:2023-08-21\n"
            "8月18日,中央宣传部、国家卫生健康委发布2023年“最美医生”先进事迹,龙胜各族自治县泗水乡卫生院院长潘美凤获评“最美医生”。")
    assert {h for _, h, _, _ in awards_of(text)} == {"最美医生"}


def test_a_commendation_published_with_a_branch_on_it():
    text = ("2023年3月,中共河南省委组织部、中共河南省卫生健康委员会党组印发通报,表扬2022年度全省公立医院“标杆党支部”,"
            "周口市中心医院心血管内科党支部榜上有名。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("周口市中心医院心血管内科党支部", "全省公立医院标杆党支部")}


def test_an_item_under_a_dashed_subtitle_speaks_of_its_hospital_past_a_wrapped_line():
    text = ("中原卫生健康报\n2023年7月14日 第3版\n信阳市中心医院重症医学科获评全国卫生健康系统先进集体\n"
            "本报讯 信阳市中心医院重症医学科被授予“全国卫生健康系统先进集体”称号。信阳市中心医院还荣获“河南省文明单位”称号。"
            "信阳市中心医院是豫南规模较大的医院。信阳市中心医院党委书记表示将再接再厉。\n"
            "党建引领聚合力\n——周口市中心医院推进党建与业务深度融合纪实\n"
            "周口市中心医院党委坚持党建引领。\n支部建在科室上 党建业务同频共振\n"
            "医院党委下设党总支4个、党支部41个,实现临床医技科室党组织全\n覆盖。\n"
            "一分耕耘,一分收获。医院先后荣获全国卫生系统先进集体等荣誉称号。\n")
    assert ("周口市中心医院", "全国卫生系统先进集体") in {(r, h) for r, h, _, _ in awards_of(text)}


def test_an_item_whose_headline_names_its_hospital_on_a_line_between_lead_and_sub_headline():
    text = ("右江日报\n2023年11月23日 第5版 健康周刊\n百色市人民医院荣获“全国五一劳动奖状”\n"
            "本报讯 百色市人民医院被授予“全国五一劳动奖状”。百色市人民医院持续推进五大中心建设。百色市人民医院院长表示再接再厉。\n"
            "========================================\n深耕“老年友善”\n百色市第二人民医院\n让长者就医更舒心\n"
            "本报通讯员 李春燕 覃明\n在百色市第二人民医院老年医学科,志愿者全程陪诊。\n"
            "近年来,该院把老年友善医疗机构建设作为“一把手”工程。\n医院老年医学科先后荣获“全国敬老文明号”“广西工人先锋号”等称号。\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert ("百色市第二人民医院老年医学科", "全国敬老文明号") in got and ("百色市人民医院老年医学科", "全国敬老文明号") not in got


def test_a_resolve_to_build_on_a_title_restates_it_for_no_one():
    text = "百色市人民医院荣获“全国五一劳动奖状”。院长陆国庆说,医院将以获得全国五一劳动奖状为新起点,持续深化改革。"
    assert {r for r, _, _, _ in awards_of(text)} == {"百色市人民医院"}


def test_a_count_of_young_people_names_none_and_the_one_among_them_is_named_after():
    text = ("5月4日,共青团黑龙江省委、黑龙江省青年联合会联合授予15名青年“黑龙江省青年五四奖章”,"
            "牡丹江市第二人民医院急诊科副主任于海涛名列其中。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("于海涛", "黑龙江省青年五四奖章")}


def test_a_headline_of_two_phrases_apart_by_a_space_gives_each_its_recipient():
    text = ("喜报|我院荣获“连云港市五一劳动奖状” 王振宇获“连云港市五一劳动奖章”\n来源:党委办公室\n"
            "会上,连云港市总工会授予连云港市第二人民医院“连云港市五一劳动奖状”,授予我院骨科主任王振宇“连云港市五一劳动奖章”。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("连云港市第二人民医院", "连云港市五一劳动奖状"), ("王振宇", "连云港市五一劳动奖章")}


def test_a_table_of_the_hospitals_honors_with_its_year_in_the_last_cell():
    text = ("漳州市第三医院始建于1958年,近年来先后获得以下主要荣誉:\n序号 荣誉名称 授予单位 年份\n"
            "1 福建省文明单位 福建省精神文明建设委员会 2021\n2 福建省五一劳动奖状 福建省总工会 2019\n")
    assert awards_of(text) == {("漳州市第三医院", "福建省文明单位", 2021, ("福建省精神文明建设委员会",)),
                               ("漳州市第三医院", "福建省五一劳动奖状", 2019, ("福建省总工会",))}


def test_a_bare_county_committee_is_the_tellers_county():
    text = ("我县表彰2020年度优秀驻村第一书记\n来源:蔚县融媒体中心 发布时间:2021-02-05\n"
            "会上,县委对全县20名优秀驻村第一书记进行通报表彰。"
            "张家口市第一医院派驻白后堡村第一书记赵永刚被县委授予“优秀驻村第一书记”称号。")
    assert {b for _, _, _, bs in awards_of(text) for b in bs} == {"中共蔚县县委"}


def test_a_rolls_bracketed_entries_receive_their_paragraphs_conferrals():
    text = ("一、先进集体\n【临沂市人民医院重症医学科】现有医护人员96名。2020年9月,被人力资源社会保障部授予“全国卫生健康系统先进集体”称号。\n"
            "【兰陵县人民医院】脱贫攻坚期间,医院牵头实施“先诊疗后付费”。2021年,医院被中共山东省委授予“山东省脱贫攻坚先进集体”称号。\n"
            "【临沂市疾病预防控制中心病毒检验科】2020年被中共山东省委授予“山东省抗击新冠肺炎疫情先进集体”称号。\n"
            "二、先进个人\n【孙立群】临沂市人民医院心血管内科主任、主任医师。2021年6月,被中共中央授予“全国优秀共产党员”称号。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("临沂市人民医院重症医学科", "全国卫生健康系统先进集体"), ("兰陵县人民医院", "山东省脱贫攻坚先进集体"),
        ("孙立群", "全国优秀共产党员")}


def test_a_talent_programme_is_no_title():
    assert awards_of("蒙阴县人民医院普外科主任高新民2020年入选第二批“齐鲁卫生与健康领军人才”培育工程。") == set()


def test_a_wechat_roll_of_numbered_entries_with_stories_between_them():
    text = ("11月27日,表彰大会在南宁召开。会议宣读了广西壮族自治区人力资源和社会保障厅、广西壮族自治区卫生健康委员会"
            "《关于表彰全区卫生健康系统先进集体和先进工作者的决定》,授予98个集体“全区卫生健康系统先进集体”称号,"
            "授予196名同志“全区卫生健康系统先进工作者”称号。\n【先进集体】\n01柳州市人民医院重症医学科\n▲全体医护人员合影\n"
            "科室开放床位68张。近三年来,科室收治危重症患者6000余例。\n02柳州市工人医院\n▲院区全景\n"
            "作为桂中区域医疗中心,医院率先实现“一站式”服务。\n【先进工作者】\n01覃明辉|柳州市人民医院心血管内科主任\n"
            "▲覃明辉在导管室开展手术\n从医28年,带领团队开展心血管介入手术两万余台。\n")
    organs = ("广西壮族自治区人力资源和社会保障厅", "广西壮族自治区卫生健康委员会")
    assert {(r, h, bs) for r, h, _, bs in awards_of(text)} == {
        ("柳州市人民医院重症医学科", "全区卫生健康系统先进集体", organs), ("柳州市工人医院", "全区卫生健康系统先进集体", organs),
        ("覃明辉", "全区卫生健康系统先进工作者", organs)}


def test_a_unit_written_after_a_bare_hospital_is_the_recipient():
    text = "衢州市人民医院坚持党建引领。2022年5月,共青团中央授予医院团委“全国五四红旗团委”称号。"
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("衢州市人民医院团委", "全国五四红旗团委")}


def test_a_month_still_to_come_at_the_posts_date_is_last_years():
    text = ("喜报丨某医院一批个人获省级表彰\n某某医院 2025年01月08日 18:02 山西\n"
            "3月,山西省妇联授予忻州市人民医院护理部主任闫丽萍“山西省三八红旗手”称号。")
    assert {(r, y) for r, _, y, _ in awards_of(text)} == {("闫丽萍", 2024)}


def test_a_pictograph_ends_a_headlines_title():
    text = "国字号!漳州市医院急诊医学科获评全国青年文明号🎊\n正文。"
    assert {h for _, h, _, _ in awards_of(text)} == {"全国青年文明号"}


def test_this_department_is_the_department_named_last():
    text = ("漳州市医院召开大会。近日,漳州市医院急诊医学科获评“全国青年文明号”。"
            "这是该科继2019年获评“福建省青年文明号”后,再次获此荣誉。")
    assert ("漳州市医院急诊医学科", "福建省青年文明号") in {(r, h) for r, h, _, _ in awards_of(text)}


def test_a_published_decision_names_the_title_its_list_is_of():
    text = ("近日,共青团中央、国家卫生健康委等23个部委联合发布《关于命名2021—2022年度全国青年文明号的决定》,"
            "漳州市医院急诊医学科榜上有名!")
    assert awards_of(text) == {("漳州市医院急诊医学科", "全国青年文明号", 2021,
                                ("中国共产主义青年团中央委员会", "国家卫生健康委员会"))}


def test_a_batch_number_after_the_scope_is_no_part_of_the_title():
    text = "6月28日,中共阜阳市委组织部命名全市第三批“两新”组织标杆党组织,阜阳和美医院党支部名列其中。"
    assert {h for _, h, _, _ in awards_of(text)} == {"全市“两新”组织标杆党组织"}


def test_what_stands_before_the_verb_of_a_headline_is_no_part_of_the_title():
    text = "昭通市第一人民医院急诊医学科摘得“云南省工人先锋号”\n该科去年通过国家胸痛中心认证。"
    assert {h for _, h, _, _ in awards_of(text)} == {"云南省工人先锋号"}


def test_a_person_who_is_a_departments_doctor_receives_not_the_department():
    text = ("英吉沙县人民医院院长对山东大学齐鲁医院派驻的副院长马国栋赞不绝口。"
            "马国栋是齐鲁医院普外科副主任医师,援疆期间先后获得“山东省优秀援疆干部人才”等荣誉。")
    assert {r for r, _, _, _ in awards_of(text)} == {"马国栋"}


def test_a_rolls_title_conferred_before_by_organs_is_theirs_on_the_roll():
    text = ("关于表彰全州优秀共产党员的决定\n(2021年6月28日)\n黔东南州各级党组织冲锋在前。\n"
            "为表彰先进,州委决定,授予王晓东等100名同志“全州优秀共产党员”称号。\n"
            "附件\n一、全州优秀共产党员(2名)\n"
            "王丽萍（女，黔东南州人民医院肿瘤科主任）　　石光明（苗族，台江县人民医院院长）\n")
    got = awards_of(text)
    assert ("王晓东", "全州优秀共产党员", 2021, ("中共黔东南苗族侗族自治州委员会",)) in got
    assert ("王丽萍", "全州优秀共产党员", 2021, ("中共黔东南苗族侗族自治州委员会",)) in got
    assert ("石光明", "全州优秀共产党员", 2021, ("中共黔东南苗族侗族自治州委员会",)) in got


def test_a_rolls_line_of_entries_apart_by_spaces_or_brackets_names_each():
    text = ("中共黔东南州委关于表彰全州优秀党务工作者和先进基层党组织的决定\n黔东南州各级党组织冲锋在前。\n"
            "州委决定,授予吴天明等50名同志“全州优秀党务工作者”称号,授予凯里市第一人民医院党委等100个基层党组织"
            "“全州先进基层党组织”称号。\n"
            "二、全州优秀党务工作者(3名)\n"
            "吴天明（侗族，黔东南州人民医院党委办公室主任）邰秀芬（女，苗族，榕江县人民医院党委副书记）　　"
            "罗军（岑巩县人民医院第二党支部书记）\n"
            "三、全州先进基层党组织(2个)\n凯里市第一人民医院党委　　从江县人民医院党总支\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("吴天明", "全州优秀党务工作者"), ("邰秀芬", "全州优秀党务工作者"), ("罗军", "全州优秀党务工作者"),
        ("凯里市第一人民医院党委", "全州先进基层党组织"), ("从江县人民医院党总支", "全州先进基层党组织")}


def test_a_department_in_brackets_after_a_title_in_a_list_holds_it():
    text = ("隆回县人民医院召开大会。近年来,医院先后荣获“全国巾帼文明岗”(急诊科)、“湖南省文明单位”、"
            "“湖南省五一劳动奖状”等荣誉。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("隆回县人民医院急诊科", "全国巾帼文明岗"), ("隆回县人民医院", "湖南省文明单位"),
        ("隆回县人民医院", "湖南省五一劳动奖状")}


def test_a_ceremonys_title_goes_to_those_named_on_its_list_next():
    text = ("5月12日,中国红十字会总会在北京举行第49届南丁格尔奖章颁奖大会,为我国7名获奖护理工作者颁发奖章。"
            "新疆医科大学第一附属医院护士长阿依古丽·吐尔逊,喀什地区第一人民医院护理部主任周晓燕名列其中。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("阿依古丽·吐尔逊", "南丁格尔奖章"), ("周晓燕", "南丁格尔奖章")}


def test_a_published_lists_recipients_after_a_colon_apart_by_commas():
    text = ("中国医师协会日前公布2024年“中国医师奖”获奖名单,我省3人入选,分别是:郑州大学第一附属医院心血管内科"
            "主任医师上官文华,河南省人民医院急危重症医学部主任宋建国,南阳市中心医院神经外科主任司马立群。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("上官文华", "中国医师奖"), ("宋建国", "中国医师奖"), ("司马立群", "中国医师奖")}


def test_tables_of_honors_with_a_year_column_first():
    text = ("黔东南州人民医院简介。\n个人荣誉(部分)\n年份 姓名 科室/职务 荣誉称号 授予单位\n"
            "1999年 石光明 外科主任 全国卫生系统先进工作者 人事部、卫生部\n"
            "2012杨秀英 护理部主任 全国优秀护士 卫生部\n")
    assert awards_of(text) == {("石光明", "全国卫生系统先进工作者", 1999, ("人事部", "卫生部")),
                               ("杨秀英", "全国优秀护士", 2012, ("卫生部",))}


def test_a_titles_first_table_whose_year_cell_spans_rows():
    text = ("丽水市中心医院召开大会。\n序号 年份 荣誉名称 获奖集体/个人 授予单位\n"
            "1  2012年 浙江省先进基层党组织 医院党委 中共浙江省委\n"
            "2浙江省三八红旗手 叶晓红(妇产科护士长)  浙江省妇女联合会\n"
            "— 全国改善医疗服务示范医院 医院 国家卫生健康委员会\n")
    got = awards_of(text)
    assert ("丽水市中心医院党委", "浙江省先进基层党组织", 2012, ("中共浙江省委",)) in got
    assert ("叶晓红", "浙江省三八红旗手", 2012, ("浙江省妇女联合会",)) in got


def test_a_tables_short_year_cell_and_a_blank_one():
    text = ("汉中市中心医院召开大会。\n年度 获奖集体/个人 荣誉称号 颁发单位\n"
            "19年 刘建平(骨科主任)   陕西省五一劳动奖章 陕西省总工会\n"
            "2020 徐红梅(呼吸与危重症医学科主任) 陕西省三八红旗手 陕西省妇女联合会\n")
    assert {(r, h, y) for r, h, y, _ in awards_of(text)} == {
        ("刘建平", "陕西省五一劳动奖章", 2019), ("徐红梅", "陕西省三八红旗手", 2020)}


def test_a_chronicle_under_a_breadcrumb_takes_its_year_and_its_ceremonies_organs():
    text = ("首页 > 医院概况 > 大事记\n邵阳市中心医院2022年大事记\n发布时间:2023-02-14\n"
            "28日 中共邵阳市委召开庆祝中国共产党成立101周年暨“两优一先”表彰大会。院党委被授予“邵阳市先进基层党组织”称号。\n"
            "19日 医院举行庆祝大会,评选表彰首届“十佳医师”,神经外科邓小林、肿瘤科罗晓燕等10名医师获此荣誉。\n")
    assert awards_of(text) == {("邵阳市中心医院党委", "邵阳市先进基层党组织", 2022, ("中共邵阳市委",)),
                               ("邓小林", "十佳医师", 2022, ()), ("罗晓燕", "十佳医师", 2022, ())}


def test_a_roll_announced_as_a_list_below_with_bare_titles_as_its_headings():
    text = ("阜平县医院 2021-07-02\n6月30日,中共阜平县委召开庆祝中国共产党成立100周年暨“两优一先”表彰大会,"
            "我院及医共体分院共有2个党组织、2名党员受到表彰。\n\n获表彰名单如下:\n\n全县先进基层党组织\n"
            "　　阜平县医院外科党支部\n\n全县优秀共产党员\n　　赵建军　县医院急诊科主任、外科党支部书记\n"
            "　　郝秀英　龙泉关镇卫生院副院长\n")
    assert awards_of(text) == {("阜平县医院外科党支部", "全县先进基层党组织", 2021, ("中共阜平县委",)),
                               ("赵建军", "全县优秀共产党员", 2021, ("中共阜平县委",)),
                               ("郝秀英", "全县优秀共产党员", 2021, ("中共阜平县委",))}


def test_those_named_among_a_titles_recipients_after_a_comma_list():
    text = ("近日,人力资源社会保障部、国家卫生健康委联合印发决定,对全国卫生健康系统先进工作者予以表彰。"
            "获评“全国卫生健康系统先进工作者”的医务人员中,有青岛大学附属医院护理部主任、主任护师刘淑芬,"
            "潍坊市人民医院神经内科王磊主任医师,以及莒县人民医院全科医学科医师孙丽丽等。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("刘淑芬", "全国卫生健康系统先进工作者"), ("王磊", "全国卫生健康系统先进工作者"),
        ("孙丽丽", "全国卫生健康系统先进工作者")}


def test_a_count_named_in_the_sentence_after_the_conferral():
    text = ("共青团四川省委印发决定,授予20名优秀青年“四川青年五四奖章”。其中,医疗卫生领域有2人,分别是"
            "四川大学华西医院重症医学科副教授吴昊、甘孜藏族自治州人民医院急诊科护士泽仁拉姆。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("吴昊", "四川青年五四奖章"), ("泽仁拉姆", "四川青年五四奖章")}


def test_a_list_published_with_its_recipients_in_it():
    text = ("近日,全国妇联印发决定,湘雅医院欧阳晓梅荣获“全国三八红旗手”称号。"
            "在湖南省妇联同期公布的2023年度湖南省三八红旗手名单中,湖南省人民医院护理部副主任李娜等医务工作者榜上有名。")
    assert ("李娜", "湖南省三八红旗手") in {(r, h) for r, h, _, _ in awards_of(text)}
    assert ("李娜", "全国三八红旗手") not in {(r, h) for r, h, _, _ in awards_of(text)}


def test_mongolian_names_without_a_family_name_in_a_list_and_a_published_lists_organs():
    text = ("国家卫生健康委公布了2024年全国优秀护士名单,内蒙古自治区人民医院重症医学科护士长乌云其其格入选。"
            "与此同时,内蒙古自治区卫生健康委发布2024年度“内蒙古最美护士”评选结果,全区10名护士获此称号。"
            "获评“内蒙古最美护士”的护理工作者中,有锡林郭勒盟中心医院急诊科护士长巴特尔,"
            "包头市中心医院血液透析中心护士其其格等。")
    got = {(r, h, b) for r, h, _, b in awards_of(text)}
    assert ("乌云其其格", "全国优秀护士", ("国家卫生健康委员会",)) in got
    assert ("其其格", "内蒙古最美护士", ("内蒙古自治区卫生健康委员会",)) in got
    assert ("巴特尔", "内蒙古最美护士", ("内蒙古自治区卫生健康委员会",)) in got


def test_a_rolls_rows_of_names_apart_by_full_width_spaces():
    text = ("院党委决定,授予丁玉洁等5名同志“优秀共产党员”称号。\n\n优秀共产党员(5名)\n"
            "丁玉洁　王海涛　朱丽娟\n吴婷婷　张　帆　程　静\n")
    assert {r for r, _, _, _ in awards_of(text)} == {"丁玉洁", "王海涛", "朱丽娟", "吴婷婷", "张帆", "程静"}


def test_a_commendation_verb_before_a_bare_title_is_no_part_of_it():
    text = "今年1月,国家卫生健康委通报表扬2022年度全国对口支援工作先进集体,北京协和医院名列其中。"
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("北京协和医院", "全国对口支援工作先进集体")}


def test_a_fixed_width_table_of_unit_name_post_and_title_under_a_decision():
    text = ("绵阳日报\n中共绵阳市委关于表彰全市优秀共产党员的决定\n"
            "市委决定:授予1 2 8名同志“全市优秀共产党员”称号。现将名单摘登如下:\n"
            "单位                姓名       职务             荣誉\n"
            "绵阳市中心医院      王志刚     心血管内科主任   优秀共产党员\n"
            "四川绵阳四〇四医院  陈  静     护理部副主任     优秀共产党员\n"
            "江油市人民医院      孙海燕     急诊科护士长     优秀共产党员\n")
    got = {(r, h, b) for r, h, _, b in awards_of(text)}
    assert ("王志刚", "优秀共产党员", ("中共绵阳市委",)) in got
    assert ("孙海燕", "优秀共产党员", ("中共绵阳市委",)) in got


def test_a_roll_under_a_decision_after_an_item_on_another_level_of_that_title():
    text = ("某某日报 2021年7月2日 星期五 第07版\n"
            "近日,中共四川省委授予绵阳市中心医院重症医学科党支部“四川省先进基层党组织”称号。\n"
            "中共绵阳市委关于表彰全市先进基层党组织的决定\n"
            "市委决定:授予95个基层党组织“全市先进基层党组织”称号。现将名单摘登如下:\n"
            "单位                          姓名    职务    荣誉\n"
            "盐亭县人民医院外科党支部      —       —       先进基层党组织\n")
    assert ("盐亭县人民医院外科党支部", "先进基层党组织", 2021, ("中共绵阳市委",)) in awards_of(text)


def test_every_title_a_decision_confers_takes_the_news_year():
    text = ("某某日报 2021年3月9日 星期二 第6版\n"
            "为表彰先进,州委、州政府决定,授予120个集体“全州脱贫攻坚先进集体”称号,"
            "授予280名同志“全州脱贫攻坚先进个人”称号。名单如下:\n"
            "单位            姓名     职务         荣誉\n"
            "从江县人民医院  梁秀芬   妇产科主任   先进个人\n")
    got = {(r, h, y) for r, h, y, _ in awards_of(text)}
    assert ("梁秀芬", "全州脱贫攻坚先进个人", 2021) in got


def test_a_news_items_date_after_its_byline_dates_its_conferrals():
    text = ("某某日报 2020年9月16日 星期三 第7版\n"
            "本报讯(记者 林晨 通讯员 陈燕玲)9月8日,全国抗击新冠肺炎疫情表彰大会在北京隆重举行。"
            "记者昨日获悉,在中共中央、国务院、中央军委联合表彰的名单中,福州市第一医院感染科护士长郑秀兰"
            "被授予“全国抗击新冠肺炎疫情先进个人”称号。")
    got = {(r, h, y) for r, h, y, _ in awards_of(text)}
    assert ("郑秀兰", "全国抗击新冠肺炎疫情先进个人", 2020) in got


def test_a_two_excellences_roll_of_formal_party_names_and_teams():
    text = ("某某日报 2021年6月29日 星期二 第3版\n"
            "省委决定,授予中共桑植县人民医院委员会等200个基层党组织“全省先进基层党组织”称号。\n"
            "全省先进基层党组织(200个)\n"
            "中共中南大学湘雅医院感染科支部委员会\n"
            "中共桑植县人民医院委员会\n"
            "中共寻乌县人民医院总支部委员会\n"
            "中南大学湘雅二医院援藏医疗队临时党支部\n"
            "中共永州市零陵区人民检察院机关支部委员会\n")
    got = {r for r, h, _, _ in awards_of(text) if h == "全省先进基层党组织"}
    assert got == {"中南大学湘雅医院感染科党支部", "桑植县人民医院党委", "寻乌县人民医院党总支",
                   "中南大学湘雅二医院援藏医疗队临时党支部"}


def test_a_roll_of_collectives_under_region_headings_on_an_indented_page():
    text = ("　　为表彰先进,省委、省政府决定,授予郑州大学第一附属医院健康扶贫办公室等25个集体"
            "“河南省脱贫攻坚先进集体”称号。\n"
            "　　希望受到表彰的先进集体珍惜荣誉,\n再接再厉。\n"
            "二、河南省脱贫攻坚先进集体(25个)\n"
            "　　省　直\n"
            "郑州大学第一附属医院健康扶贫办公室\n"
            "河南省人民医院驻嵩县闫庄镇三合村工作队\n"
            "　　三门峡市\n"
            "卢氏县人民医院\n")
    got = {r for r, h, _, _ in awards_of(text) if h == "河南省脱贫攻坚先进集体"}
    assert got == {"郑州大学第一附属医院健康扶贫办公室", "河南省人民医院驻嵩县闫庄镇三合村工作队", "卢氏县人民医院"}


def test_a_count_closing_a_list_of_hospitals_leaves_them_named():
    text = "日前,青海大学附属医院、青海省人民医院2家医疗机构被评为“医院感染管理工作先进集体”。"
    assert {r for r, _, _, _ in awards_of(text)} == {"青海大学附属医院", "青海省人民医院"}


def test_those_selected_listed_after_the_count_of_a_title_named_before():
    text = ("近日,国家卫生健康委办公厅公布“2023年度改善医疗服务示范医院”和“改善医疗服务示范科室”名单。\n"
            "入选的2家示范医院为(按地市排列):\n"
            "哈尔滨市:哈尔滨医科大学附属第二医院、五常市人民医院\n"
            "入选的2个示范科室为:哈医大二院急诊科、鸡西市人民医院门诊部。\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {("哈尔滨医科大学附属第二医院", "改善医疗服务示范医院"), ("五常市人民医院", "改善医疗服务示范医院"),
                   ("哈尔滨医科大学附属第二医院急诊科", "改善医疗服务示范科室"),  # (哈医大二院: its abbreviation)
                   ("鸡西市人民医院门诊部", "改善医疗服务示范科室")}


def test_a_reprinted_decision_confers_in_the_year_it_was_signed():
    text = ("某某日报 2020年1月6日 星期一 第5版\n"
            "近日,人力资源社会保障部、国家卫生健康委、国家中医药局印发决定,表彰全国卫生健康系统先进集体。\n"
            "人力资源社会保障部 国家卫生健康委 国家中医药局关于表彰全国卫生健康系统先进集体和先进工作者的决定\n"
            "为表彰先进,人力资源社会保障部、国家卫生健康委、国家中医药局决定,授予甘肃省人民医院等"
            "300个集体“全国卫生健康系统先进集体”称号。\n"
            "人力资源社会保障部\n国家卫生健康委\n国家中医药局\n2019年12月27日\n")
    got = {(r, h, y) for r, h, y, _ in awards_of(text)}
    assert ("甘肃省人民医院", "全国卫生健康系统先进集体", 2019) in got


def test_a_short_form_of_a_model_title_conferred_before_is_that_title():
    text = ("2024年9月27日,全国民族团结进步表彰大会在北京举行。中共中央、国务院决定,授予一批单位"
            "“全国民族团结进步模范集体”称号。新疆医科大学第一附属医院获评模范集体。")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {("新疆医科大学第一附属医院", "全国民族团结进步模范集体")}


def test_an_html_table_laid_out_over_lines_with_a_year_spanning_rows():
    """Cells on lines of their own in the source, a year cell over two rows (rowspan), 文明单位标兵."""
    html = ("<html><head><title>医院荣誉_开封市第二人民医院</title></head><body><h2>医院荣誉</h2>\n<p>开封市第二人民医院始建于1952年。</p><table>\n"
            "  <tr>\n    <th>年份</th>\n    <th>荣誉名称</th>\n    <th>授予单位</th>\n  </tr>\n"
            "  <tr>\n    <td rowspan=\"2\">2023</td>\n    <td>河南省文明单位标兵</td>\n"
            "    <td>河南省精神文明建设指导委员会</td>\n  </tr>\n"
            "  <tr>\n    <td>河南省五一劳动奖状</td>\n    <td>河南省总工会</td>\n  </tr>\n</table>\n"
            "<table>\n  <tr><th>姓名</th><th>科室/职务</th><th>荣誉称号</th><th>授予单位</th><th>年份</th></tr>\n"
            "  <tr>\n    <td>周丽娟</td>\n    <td>产科护士长</td>\n    <td>全国三八红旗手</td>\n"
            "    <td>全国妇联</td>\n    <td>2022</td>\n  </tr>\n</table></body></html>")
    assert html_awards(html) == {
        ("开封市第二人民医院", "河南省文明单位标兵", (2023,), ("河南省精神文明建设指导委员会",)),
        ("开封市第二人民医院", "河南省五一劳动奖状", (2023,), ("河南省总工会",)),
        ("周丽娟", "全国三八红旗手", (2022,), ("中华全国妇女联合会",))}


def test_an_html_table_whose_organ_column_comes_first():
    html = ("<html><head><title>荣誉墙 - 德州市人民医院</title></head><body><p>德州市人民医院始建于1942年。</p><table>"
            "<tr><td>授予单位</td><td>荣誉名称</td><td>年份</td></tr>"
            "<tr><td rowspan=\"2\">中华全国总工会</td><td>全国五一劳动奖状</td><td>2016年</td></tr>"
            "<tr><td>全国工人先锋号（急诊医学科）</td><td>2019年</td></tr>"
            "<tr><td>中共山东省委、山东省人民政府</td><td>山东省抗击新冠肺炎疫情先进集体</td><td>2020年</td></tr>"
            "</table></body></html>")
    assert html_awards(html) == {
        ("德州市人民医院", "全国五一劳动奖状", (2016,), ("中华全国总工会",)),
        ("德州市人民医院急诊医学科", "全国工人先锋号", (2019,), ("中华全国总工会",)),
        ("德州市人民医院", "山东省抗击新冠肺炎疫情先进集体", (2020,), ("中共山东省委", "山东省人民政府"))}


def test_a_markdown_page_of_honors_by_section_and_level():
    md = ("# 荣誉榜 | 嘉兴市第一医院\n\n## 一、集体荣誉\n\n### （一）国家级\n\n- 2020年 全国文明单位（中央文明委）\n"
          "- 2014年 全国巾帼文明岗（全国妇联）——心血管内科护理单元\n\n### （二）省级\n\n"
          "- 2021年 浙江省先进基层党组织（中共浙江省委）——医院党委\n"
          "- 2020年度 浙江省抗击新冠肺炎疫情先进集体（中共浙江省委、浙江省人民政府）\n\n## 二、个人荣誉\n\n"
          "| 年份 | 姓名（科室/职务） | 荣誉 |\n|---|---|---|\n"
          "| 2020 | 陆文、姚芳（重症医学科） | 浙江省抗击新冠肺炎疫情先进个人（中共浙江省委、浙江省人民政府） |\n")
    assert awards_of(md) == {
        ("嘉兴市第一医院", "全国文明单位", 2020, ("中央精神文明建设指导委员会",)),
        ("嘉兴市第一医院心血管内科护理单元", "全国巾帼文明岗", 2014, ("中华全国妇女联合会",)),
        ("嘉兴市第一医院党委", "浙江省先进基层党组织", 2021, ("中共浙江省委",)),
        ("嘉兴市第一医院", "浙江省抗击新冠肺炎疫情先进集体", 2020, ("中共浙江省委", "浙江省人民政府")),
        ("陆文", "浙江省抗击新冠肺炎疫情先进个人", 2020, ("中共浙江省委", "浙江省人民政府")),
        ("姚芳", "浙江省抗击新冠肺炎疫情先进个人", 2020, ("中共浙江省委", "浙江省人民政府"))}


def test_a_tab_separated_table_of_honors_with_dotted_dates_and_an_empty_cell():
    text = ("遵义市第一人民医院2016—2023年获省部级以上表彰情况一览表\n"
            "序号\t荣誉名称\t获奖对象\t授予机关\t获得时间\n"
            "1\t全国卫生健康系统先进集体\t遵义市第一人民医院\t人力资源社会保障部\t2019.09\n"
            "2\t全国五一劳动奖章\t杨光辉（心血管内科主任）\t中华全国总工会\t2021.04\n"
            "3\t贵州省三八红旗手\t龙春燕\t贵州省妇女联合会\t2019.03\n"
            "4\t全国改善医疗服务创新医院\t遵义市第一人民医院\t\t2018\n")
    assert awards_of(text) == {
        ("遵义市第一人民医院", "全国卫生健康系统先进集体", 2019, ("人力资源和社会保障部",)),
        ("杨光辉", "全国五一劳动奖章", 2021, ("中华全国总工会",)),
        ("龙春燕", "贵州省三八红旗手", 2019, ("贵州省妇女联合会",)),
        ("遵义市第一人民医院", "全国改善医疗服务创新医院", 2018, ())}


def test_a_report_of_a_years_honors_dates_its_items_to_that_year():
    text = ("中共吉安市人民医院委员会文件\n关于2022年度医院集体和个人获得上级表彰情况的通报\n各党支部、各科室:\n"
            "现将2022年度医院集体和个人获得市级以上表彰情况通报如下:\n一、集体荣誉\n"
            "1.医院产科被全国妇联授予“全国巾帼文明岗”称号。\n二、个人荣誉\n"
            "1.心血管内科主任钟国强同志荣获中华全国总工会授予的“全国五一劳动奖章”。\n"
            "中共吉安市人民医院委员会\n2023年1月16日\n")
    assert awards_of(text) == {("吉安市人民医院产科", "全国巾帼文明岗", 2022, ("中华全国妇女联合会",)),
                               ("钟国强", "全国五一劳动奖章", 2022, ("中华全国总工会",))}


def test_a_chronicle_dates_its_entries_by_the_year_heading_them():
    text = ("庆阳市人民医院大事记（2015—2017年）\n发布日期:2024-04-02\n2015年\n"
            "5月　医院被甘肃省卫生和计划生育委员会评为“全省卫生计生系统行风建设先进单位”。\n"
            "2016年\n12月　儿科护理单元被全国妇联命名为“全国巾帼文明岗”。\n2017年\n11月　医院荣获第五届全国文明单位称号。\n")
    assert {(r, h, y) for r, h, y, _ in awards_of(text)} == {
        ("庆阳市人民医院", "全省卫生计生系统行风建设先进单位", 2015),
        ("庆阳市人民医院儿科护理单元", "全国巾帼文明岗", 2016),
        ("庆阳市人民医院", "全国文明单位", 2017)}


def test_a_title_kept_again_is_conferred():
    text = ("绥化市第一医院\n【荣誉】是年，护理部主任孙红梅获“黑龙江省五一劳动奖章”。"
            "医院还连续第三届保持“黑龙江省文明单位标兵”称号。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("孙红梅", "黑龙江省五一劳动奖章"),
                                                          ("绥化市第一医院", "黑龙江省文明单位标兵")}


def test_a_hospital_committees_roll_lists_its_members_by_branch():
    """三、优秀共产党员 then 内科第一党支部:甲  乙 lines (the names apart by spaces; a branch inside a
    general branch; a branch of no known department); 四、 heads the next part, no name's end."""
    text = ("中共丽水市人民医院委员会关于表彰2022年度先进党支部和优秀共产党员的决定\n"
            "决定:授予内科第一党支部等2个党支部“2022年度先进党支部”称号;授予王建平等4名同志“2022年度优秀共产党员”称号;"
            "授予陈晓燕等2名同志“2022年度优秀党务工作者”称号。\n附件\n"
            "一、先进党支部（2个）\n\n内科第一党支部\n妇儿党支部\n\n三、优秀共产党员（4名）\n\n"
            "内科第一党支部：王建平  郑丽华\n护理党总支第二党支部：汪美娟\n行政第一党支部：程  刚\n\n"
            "四、优秀党务工作者（2名）\n\n陈晓燕　护理党总支第二党支部书记\n杨  帆　外科第二党支部组织委员\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {("丽水市人民医院内科第一党支部", "先进党支部"), ("丽水市人民医院妇儿党支部", "先进党支部"),
                   *((p, "优秀共产党员") for p in ("王建平", "郑丽华", "汪美娟", "程刚")),
                   ("陈晓燕", "优秀党务工作者"), ("杨帆", "优秀党务工作者")}
    from conftest import claims_of
    from kg.records import AffiliationClaim

    assert ("陈晓燕", "丽水市人民医院护理党总支第二党支部") in {(c.person.label, c.organization.label)
                                          for c in claims_of(text, AffiliationClaim)}


def test_a_features_branch_as_a_clauses_subject_is_the_branch_it_is_about():
    text = ("安徽医科大学第一附属医院心血管内科党支部现有党员46名。\n支部书记吴振华介绍,支部坚持“三会一课”。\n"
            "2020年,支部被中共安徽省委教育工作委员会命名为“全省高校党建工作样板支部”。\n")
    assert awards_of(text) == {("安徽医科大学第一附属医院心血管内科党支部", "全省高校党建工作样板支部", 2020,
                                ("中共安徽省委教育工作委员会",))}


def test_titles_of_the_same_batch_are_the_full_titles_named_before():
    text = ("甘肃省人民医院\n近日,中共甘肃省卫生健康委员会党组印发《关于命名第二批全省卫生健康系统“标杆党支部”的通报》。"
            "我院神经内科党支部被命名为全省卫生健康系统“标杆党支部”。"
            "同批获得“标杆党支部”命名的还有甘肃省中医院针灸推拿党支部、天水市第一人民医院儿科党支部等。\n"
            "医院党委书记王毅表示,获评“标杆”“样板”不是终点。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        (r, "全省卫生健康系统标杆党支部") for r in
        ("甘肃省人民医院神经内科党支部", "甘肃省中医院针灸推拿党支部", "天水市第一人民医院儿科党支部")}


def test_among_those_commended_a_short_title_is_the_one_conferred_in_full():
    text = ("本次表彰会上,中共唐山市委两新工委授予全市50个两新组织党组织“全市两新组织先进基层党组织”称号,"
            "授予30名同志“全市两新组织优秀党务工作者”称号。其中,唐山康泰医院党支部获评先进基层党组织,"
            "李秋菊获评优秀党务工作者。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("唐山康泰医院党支部", "全市两新组织先进基层党组织"),
                                                          ("李秋菊", "全市两新组织优秀党务工作者")}


def test_a_wechat_roll_under_marked_headings_with_the_countys_name_for_its_level():
    """对全县先进基层党组织…进行表彰, then 🏅某县先进基层党组织 over its entries; 某某(某科主任) lines are
    entries, never a wrapped paragraph."""
    text = ("瑞金市人民医院\n7月1日上午,中共瑞金市委召开表彰大会,对全市先进基层党组织、优秀共产党员和优秀党务工作者进行表彰。\n\n"
            "获奖名单如下:\n\n🏅瑞金市先进基层党组织\n瑞金市人民医院内科第一党支部\n\n🏅瑞金市优秀共产党员\n"
            "钟晓明(骨科主任)\n谢丽萍(护理部主任)\n\n🏅瑞金市优秀党务工作者\n刘国华(党委办公室主任)\n\n"
            "此前,我院党委书记郭文斌被授予“赣州市优秀共产党员”称号。\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {("瑞金市人民医院内科第一党支部", "瑞金市先进基层党组织"), ("钟晓明", "瑞金市优秀共产党员"),
                   ("谢丽萍", "瑞金市优秀共产党员"), ("刘国华", "瑞金市优秀党务工作者"), ("郭文斌", "赣州市优秀共产党员")}


def test_this_is_the_department_that_received_before():
    text = ("东山县医院\n东山县医院急诊科荣获“福建省工人先锋号”称号。"
            "这是急诊科继2019年获评“漳州市工人先锋号”之后,再次获得工会系统的集体荣誉。\n")
    assert ("东山县医院急诊科", "漳州市工人先锋号", 2019, ()) in awards_of(text)


def test_a_title_after_a_verb_with_le_our_province_and_a_clause_before_it():
    text = ("王国庆是牡丹江市第一人民医院医生。2022年,他还入选了我省首批“龙江名医”。"
            "李卫东获得由省卫生健康委和大众报业集团联合组织评选的“齐鲁最美医生”称号。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("王国庆", "龙江名医"), ("李卫东", "齐鲁最美医生")}


def test_elected_on_a_published_result_and_a_village_doctor_outside_the_hospital():
    """…公布了“某市好医生”评选结果,我院某主任甲成功当选; 村医乙 works at a village clinic, no hospital's staff."""
    from conftest import claims_of
    from kg.records import AffiliationClaim

    text = ("霍邱县第一人民医院\n六安市卫生健康委员会公布了“六安市好医生”评选结果,我院心血管内科主任程立新成功当选。\n"
            "栗园庄村卫生室村医贾永福被阜平县卫生健康局评为2023年度“阜平县优秀乡村医生”。\n")
    assert awards_of(text) == {("程立新", "六安市好医生", None, ("六安市卫生健康委员会",)),
                               ("贾永福", "阜平县优秀乡村医生", 2023, ("阜平县卫生健康局",))}
    assert {c.person.label for c in claims_of(text, AffiliationClaim)} == {"程立新"}


def test_an_appended_roll_of_people_by_hospital_and_by_city():
    """附:第四届“某市名医”名单, then 某医院 甲(某科主任)乙(女,…) and 某市 丙(某医院某科主任) lines; a family name
    that is also a word (向) before a bracket with a post; OCR's mixed quotes."""
    text = ("三峡日报\n2023年11月16日 星期四\n"
            "市政府召开第四届\"宜昌名医”命名表彰会,授予向东等3名同志第四届“宜昌名医”称号。\n"
            "附:第四届“宜昌名医”名单\n宜昌市中心人民医院　向东(急诊医学部主任)孙丽华(女,神经内科主任)\n"
            "宜都市　杨春林(宜都市人民医院普外科主任)\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {(p, "宜昌名医") for p in ("向东", "孙丽华", "杨春林")}


def test_a_features_list_of_honors_is_the_person_its_headline_names():
    text = ("巾帼风采丨泽仁卓玛:雪域高原上的“格桑花”\n泽仁卓玛现任甘孜州人民医院妇产科主任。\n"
            "荣誉:\n甘孜州优秀共产党员(2018年,中共甘孜州委)\n四川省三八红旗手(2020年,四川省妇联)\n\n"
            "同在医院工作的丈夫降央多吉是麻醉科医生。\n")
    assert {(r, h, y) for r, h, y, _ in awards_of(text)} == {("泽仁卓玛", "甘孜州优秀共产党员", 2018),
                                                              ("泽仁卓玛", "四川省三八红旗手", 2020)}


def test_a_hard_wrapped_roll_by_district_under_indented_headings():
    """A page wrapped at a fixed width: 　　全市先进基层党组织: on its own line (no join into the line above),
    entries headed by their district (章贡区 甲医院党委, 市　直 乙医院党委)."""
    text = ("〔名单摘登〕\n中共赣州市委关于表彰全市优秀共产党员和全市先进基层党组织的决定(卫生健康系\n统部分)\n"
            "　　全市先进基层党组织：\n　　章贡区　赣州市人民医院门诊党支部\n　　于都县　于都县人民医院党委\n"
            "　　市　直　赣州市妇幼保健院党委\n　　全市优秀共产党员：\n　　章贡区　钟伟华　赣州市人民医院急\n诊科主任\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("赣州市人民医院门诊党支部", "全市先进基层党组织"), ("于都县人民医院党委", "全市先进基层党组织"),
        ("赣州市妇幼保健院党委", "全市先进基层党组织"), ("钟伟华", "全市优秀共产党员")}


def test_a_decisions_roll_by_city_after_a_colon():
    """郑州市:甲医院党委;乙医院某科党支部 (collectives apart by semicolons), 新乡市:王某,某医院…主任
    (a name, a comma, the post), 省直单位:某医院某医学部党总支 (a general branch of a 部)."""
    text = ("中共河南省委关于表彰全省优秀共产党员和全省先进基层党组织的决定(摘登)\n"
            "一、全省先进基层党组织\n"
            "郑州市:郑州大学第二附属医院党委;郑州市第九人民医院内科党支部\n"
            "省直单位:河南省胸科医院急危重症医学部党总支\n"
            "二、全省优秀共产党员\n"
            "新乡市:郭明轩,新乡市中心医院神经外科主任\n"
            "周口市:冯春生,商水县人民医院党委书记、院长\n")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {("郑州大学第二附属医院党委", "全省先进基层党组织"), ("郑州市第九人民医院内科党支部", "全省先进基层党组织"),
                   ("河南省胸科医院急危重症医学部党总支", "全省先进基层党组织"),
                   ("郭明轩", "全省优秀共产党员"), ("冯春生", "全省优秀共产党员")}


def test_a_posters_honor_sections_by_whose_with_rules_around_their_headings():
    """—— 集体荣誉 —— (the hospital's, dated 2017.11, organs apart by spaces), —— 医院党委 —— (a unit's),
    —— 科室荣誉 —— / —— 个人荣誉 —— (a row opened by its recipient, the year's cell before the title)."""
    text = ("六安市第二人民医院\n荣 誉 殿 堂\n—— 集体荣誉 ——\n"
            "2020年  全国抗击新冠肺炎疫情先进集体    中共中央 国务院 中央军委\n"
            "2017.11 全国文明单位                    中央精神文明建设指导委员会\n"
            "—— 医院党委 ——\n2016年  安徽省先进基层党组织            中共安徽省委\n"
            "—— 科室荣誉 ——\n护理部          2018年  全国巾帼文明岗          全国妇联\n"
            "—— 个人荣誉 ——\n吴志刚  普外科主任医师    2020年  全国先进工作者      中共中央 国务院\n")
    assert awards_of(text) == {
        ("六安市第二人民医院", "全国抗击新冠肺炎疫情先进集体", 2020, ("中共中央", "中央军事委员会", "国务院")),
        ("六安市第二人民医院", "全国文明单位", 2017, ("中央精神文明建设指导委员会",)),
        ("六安市第二人民医院党委", "安徽省先进基层党组织", 2016, ("中共安徽省委",)),
        ("六安市第二人民医院护理部", "全国巾帼文明岗", 2018, ("中华全国妇女联合会",)),
        ("吴志刚", "全国先进工作者", 2020, ("中共中央", "国务院"))}


def test_a_roll_naming_no_one_title_is_a_table_of_its_years_awards():
    """【附件】某医院2022年度获省部级以上表彰名单 / 集体(2个) / 1. 护理部 某称号 某机关: each row's own title."""
    text = ("【附件】石家庄市第三医院2022年度获省部级以上表彰名单\n集体（2个）\n"
            "1. 急诊科　　　　　　河北省青年文明号　　　　　共青团河北省委\n"
            "2. 肿瘤内科　　　　　河北省工人先锋号　　　　　河北省总工会\n个人（1名）\n"
            "1. 赵丽娟　心血管内科　　河北省三八红旗手　　　　河北省妇联\n")
    assert awards_of(text) == {
        ("石家庄市第三医院急诊科", "河北省青年文明号", 2022, ("共青团河北省委员会",)),
        ("石家庄市第三医院肿瘤内科", "河北省工人先锋号", 2022, ("河北省总工会",)),
        ("赵丽娟", "河北省三八红旗手", 2022, ("河北省妇女联合会",))}


def test_a_honor_rolls_table_under_its_titled_year_with_two_people_in_one_cell():
    """某医院2022年度区级以上荣誉榜单 over a table without a year column: that year; 序号姓名 glued in the
    header; 甲、乙 in one cell; 重庆市人力社保局 an organ."""
    text = ("光荣榜 | 綦江区人民医院2022年度区级以上荣誉榜单出炉\n二、个人荣誉\n"
            "序号　姓名　　　科室　　　　　荣誉称号　　　　　　　授予单位\n"
            "1　　谭　雪　　儿科　　　　　重庆市青年岗位能手　　　共青团重庆市委、重庆市人力社保局\n"
            "2　　蒋琴、邓小红　护理部　　綦江区优秀护士　　　　　区卫生健康委\n")
    assert awards_of(text) == {
        ("谭雪", "重庆市青年岗位能手", 2022, ("共青团重庆市委员会", "重庆市人力资源和社会保障局")),
        ("蒋琴", "綦江区优秀护士", 2022, ("綦江区卫生健康委员会",)),
        ("邓小红", "綦江区优秀护士", 2022, ("綦江区卫生健康委员会",))}


def test_each_title_conferred_before_takes_the_people_listed_after_it():
    """授予…“优秀共产党员”…“优秀党务工作者”称号。受表彰的优秀共产党员分别是:甲(…)、乙(…);优秀党务工作者是:丙(…)."""
    text = ("中共滁州市第一人民医院委员会决定,授予张海峰等2名同志“优秀共产党员”称号,授予王芳等2名同志“优秀党务工作者”称号。"
            "受表彰的优秀共产党员分别是:张海峰(心血管内科)、许丽(护理部);优秀党务工作者是:王芳(党委办公室)、周宏(外科党支部书记)。")
    got = {(r, h) for r, h, _, _ in awards_of(text)}
    assert got == {("张海峰", "优秀共产党员"), ("许丽", "优秀共产党员"), ("王芳", "优秀党务工作者"),
                   ("周宏", "优秀党务工作者")}


def test_the_hospitals_own_commendation_is_no_city_organs():
    """市卫健委 confers 某市优秀护士 in one paragraph; 医院决定对…“优秀护士长”和…“优秀护士”予以通报表彰 in the next:
    the roll under 优秀护士: is the hospital's own title, with no organ."""
    text = ("北海市人民医院\n北海市卫生健康委员会印发表彰决定,我院急诊科护士长梁艳荣获“北海市优秀护士”称号。\n"
            "医院决定对2023年度表现突出的10名“优秀护士长”和30名“优秀护士”予以通报表彰。部分获奖人员如下:\n"
            "优秀护士长:李春燕(心血管内科)、韦秋菊(产科)等\n优秀护士:钟婷(心内科)、覃小红(儿科)等\n")
    got = {(r, h, o) for r, h, _, o in awards_of(text)}
    assert got == {("梁艳", "北海市优秀护士", ("北海市卫生健康委员会",)), ("李春燕", "优秀护士长", ()),
                   ("韦秋菊", "优秀护士长", ()), ("钟婷", "优秀护士", ()), ("覃小红", "优秀护士", ())}


def test_a_pages_honors_by_unit_or_person_after_a_colon():
    """科室及个人荣誉(部分) / 眼科:某称号(2012年,某机关);… / 神经外科主任 王某:… / 心血管内科 李某:…: each line's
    owner; and a table headed 年份 荣誉/资质名称 授予部门 is the hospital's own."""
    text = ("邯郸市中心医院\n年份 荣誉/资质名称 授予部门\n2011 全国五一劳动奖状 中华全国总工会\n科室及个人荣誉(部分)\n"
            "眼科:全国青年文明号(2012年,共青团中央);全国巾帼文明岗(2019年,全国妇联)\n"
            "神经外科主任 刘志强:全国五一劳动奖章(2016年)、河北省劳动模范(2020年)\n"
            "心血管内科 李建军:河北省优秀共产党员(2021年,中共河北省委)\n")
    assert awards_of(text) == {
        ("邯郸市中心医院", "全国五一劳动奖状", 2011, ("中华全国总工会",)),
        ("邯郸市中心医院眼科", "全国青年文明号", 2012, ("中国共产主义青年团中央委员会",)),
        ("邯郸市中心医院眼科", "全国巾帼文明岗", 2019, ("中华全国妇女联合会",)),
        ("刘志强", "全国五一劳动奖章", 2016, ()), ("刘志强", "河北省劳动模范", 2020, ()),
        ("李建军", "河北省优秀共产党员", 2021, ("中共河北省委",))}


def test_a_department_features_bare_keshi_is_the_department():
    """【科室巡礼】…某医院心血管内科发展历程 / 2014年,科室获批…,翌年又被某省总工会授予“…”称号."""
    text = ("【科室巡礼】六十五载守“心”路——牡丹江市第一人民医院心血管内科发展历程\n"
            "2014年,科室获批黑龙江省临床重点专科。2015年,科室又被黑龙江省总工会授予“黑龙江省工人先锋号”称号。\n")
    assert awards_of(text) == {("牡丹江市第一人民医院心血管内科", "黑龙江省工人先锋号", 2015, ("黑龙江省总工会",))}


def test_a_new_editions_title_and_a_unit_written_after_yiyuan_on_the_list():
    """联合命名新一届全国青年文明号,医院急诊科榜上有名: the title without 新一届, the unit alone."""
    text = ("聊城市人民医院\n2023年9月,共青团中央等22个成员单位联合命名新一届全国青年文明号,医院急诊科榜上有名。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("聊城市人民医院急诊科", "全国青年文明号")}


@pytest.mark.parametrize("text, expected", [
    # 命名10名同志为…“十佳”护士 (the title after 为, its inner quotes kept), then the people 名列其中
    ("临沂市人民医院\n临沂市卫生健康委员会印发表彰决定,命名10名同志为2023年临沂市“十佳”护士。"
     "临沂市人民医院心血管内科护士长刘晓燕、儿科护师庞雪梅名列其中。",
     {("刘晓燕", "临沂市“十佳”护士"), ("庞雪梅", "临沂市“十佳”护士")}),
    # 命名100个党支部为“…”,甲党支部…入选
    ("于都县中医院\n近日,中共江西省卫生健康委员会党组印发通报,命名100个党支部为全省卫生健康系统“四强”党支部,"
     "于都县中医院内科党支部是全市唯一入选的基层党支部。",
     {("于都县中医院内科党支部", "全省卫生健康系统“四强”党支部")}),
    # 斩获“国字号”: no title; 我院的神经内科: the unit
    ("安庆市立医院\n斩获“国字号”!安庆市立医院的神经内科被命名为“安徽省青年文明号”。",
     {("安庆市立医院神经内科", "安徽省青年文明号")}),
    # a list of the proposed (拟表彰名单): no title
    ("天水市第一人民医院\n我院党委名列全省先进基层党组织拟表彰名单", set()),
])
def test_titles_named_in_bulk_and_words_that_are_no_titles(text, expected):
    assert {(r, h) for r, h, _, _ in awards_of(text)} == expected


def test_a_title_and_the_people_listed_after_its_colon():
    """获评某称号的2名医务工作者是:甲(一句话的末尾带句号),乙: both, each after their hospital and post."""
    text = ("全国妇联日前作出决定,授予10名同志“2022年度全国三八红旗手标兵”称号。\n"
            "获评全国三八红旗手标兵的2名医务工作者是:首都医科大学附属北京儿童医院新生儿中心主任黎晓雯,"
            "西藏自治区人民医院护理部主任格桑卓嘎(藏族)。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("黎晓雯", "全国三八红旗手标兵"), ("格桑卓嘎", "全国三八红旗手标兵")}


def test_a_headline_with_huo_before_a_quoted_title_heads_no_roll():
    """● 某医院于某获“某奖章” in a digest's contents, after the same title conferred: a headline, so the
    entry on the next line is no recipient of it."""
    text = ("共青团黑龙江省委授予牡丹江市第二人民医院于海涛“黑龙江省青年五四奖章”。\n"
            "● 牡丹江市第二人民医院于海涛获“黑龙江省青年五四奖章”\n"
            "刘红梅(大庆油田总医院护理部主任)\n")
    assert {r for r, _, _, _ in awards_of(text)} == {"于海涛"}


def test_the_same_title_after_a_sentence_opening_on_it():
    """授予300名同志“2022年度全国三八红旗手”称号…。全国三八红旗手中也有不少医务工作者。来自…的助产士甲,来自…的乙,
    均获此称号: the title the sentence before opens on, of its year and organ."""
    text = ("全国妇联日前作出决定,授予10名同志“2022年度全国三八红旗手标兵”称号,授予300名同志“2022年度全国三八红旗手”称号。\n"
            "全国三八红旗手中也有不少“白衣天使”。来自陕西省延安大学附属医院的妇产科主任高彩霞,"
            "来自新疆维吾尔自治区伊犁哈萨克自治州友谊医院的助产士阿依江·哈力木(哈萨克族),均获此称号。\n")
    assert awards_of(text) == {("高彩霞", "全国三八红旗手", 2022, ("中华全国妇女联合会",)),
                               ("阿依江·哈力木", "全国三八红旗手", 2022, ("中华全国妇女联合会",))}


def test_people_listed_among_a_title_conferred_before():
    """全国优秀党务工作者中,也有两位来自医院:甲和乙: the people after the colon, of the title's year and organ."""
    text = ("2021年6月,中共中央决定授予100名同志“全国优秀党务工作者”称号。\n"
            "全国优秀党务工作者中,也有两位来自医院:复旦大学附属中山医院党委副书记钱立群和广东省人民医院党委组织部部长邝慧敏。\n")
    assert {a for a in awards_of(text) if a[0] != "100名同志"} >= {
        ("钱立群", "全国优秀党务工作者", 2021, ("中共中央",)), ("邝慧敏", "全国优秀党务工作者", 2021, ("中共中央",))}


def test_units_a_title_went_to_listed_after_their_kind():
    """获评全国先进基层党组织的医疗卫生单位包括:甲、乙等: every unit listed."""
    text = "获评全国先进基层党组织的医疗卫生单位包括:西安交通大学第一附属医院党委、青海省人民医院急诊科党支部等。"
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("西安交通大学第一附属医院党委", "全国先进基层党组织"), ("青海省人民医院急诊科党支部", "全国先进基层党组织")}


def test_people_each_introduced_by_where_they_come_from_receive_together():
    text = ("来自湖北省武汉大学人民医院的呼吸与危重症医学科主任医师汪卫东,来自上海市上海交通大学医学院附属瑞金医院的"
            "重症医学科主任医师陆晓晴,来自吉林省延边大学附属医院的急诊科护士长金顺姬(朝鲜族),都在这次大会上被授予全国先进工作者称号。")
    assert {r for r, _, _, _ in awards_of(text)} == {"汪卫东", "陆晓晴", "金顺姬"}


def test_a_title_conferred_after_death_on_a_person_described_first():
    """追授了因公殉职的某省某州某市人民医院全科医生甲“…”: the post is read after the long hospital name."""
    text = ("此次表彰还追授了因公殉职的云南省怒江傈僳族自治州泸水市人民医院全科医生和秀梅"
            "“全国卫生健康系统先进工作者”称号。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("和秀梅", "全国卫生健康系统先进工作者")}


def test_each_of_two_published_lists_confers_its_own_title():
    """甲、乙公布了A名单;丙、丁也发布了B结果。X、Y分别获评A和B: B is 丙、丁's (a province named short, 浙江, makes
    B provincial), and so is B's again for those listed with it later."""
    text = ("近日,共青团中央、人力资源社会保障部公布了2023年度全国青年岗位能手名单;共青团浙江省委、浙江省青年联合会"
            "也发布了2024年“浙江青年五四奖章”评选结果。浙江大学医学院附属第二医院急诊医学科护士东方晓雨、眼科中心"
            "副主任医师陈晨分别获评“全国青年岗位能手”和“浙江青年五四奖章”。\n"
            "同批获评“浙江青年五四奖章”的医务工作者还有浙江省人民医院心胸外科主治医师诸葛明。\n")
    youth = ("共青团浙江省委员会", "浙江省青年联合会")
    assert {(r, h, bs) for r, h, _, bs in awards_of(text)} == {
        ("东方晓雨", "全国青年岗位能手", ("中国共产主义青年团中央委员会", "人力资源和社会保障部")),
        ("陈晨", "浙江青年五四奖章", youth), ("诸葛明", "浙江青年五四奖章", youth)}


def test_the_organ_named_after_the_title_with_the_occasion_before_its_verb():
    text = ("2021年6月,医院党委被自治区党委授予“全区先进基层党组织”称号;心胸外科主任医师梁启华荣获“广西五一劳动奖章”,"
            "由自治区总工会在“五一”前夕表彰。")
    assert ("梁启华", "广西五一劳动奖章", 2021, ("广西壮族自治区总工会",)) in awards_of(text)


def test_a_summary_of_honors_by_title_with_its_organs_in_brackets():
    """一、某奖章(某总工会,2023年4月) over a table of names: each row is that title's, by those organs, that year."""
    text = ("某市卫生健康系统2023年获省级以上综合性荣誉情况汇总\n\n现将主要获奖情况汇总如下(排名不分先后):\n\n"
            "一、全国五一劳动奖章(中华全国总工会,2023年4月)\n| 姓名 | 工作单位及职务 |\n"
            "| 林晓东 | 温州医科大学附属第一医院肝胆胰外科主任、主任医师 |\n\n"
            "二、浙江省名中医(浙江省卫生健康委员会、浙江省中医药管理局联合命名)\n| 姓名 | 工作单位及职务 |\n"
            "| 吴志成 | 温州市中医院肛肠科主任中医师 |\n")
    assert awards_of(text) == {
        ("林晓东", "全国五一劳动奖章", 2023, ("中华全国总工会",)),
        ("吴志成", "浙江省名中医", 2023, ("浙江省中医药管理局", "浙江省卫生健康委员会"))}


@pytest.mark.parametrize("text, expected", [
    # a count of experts closing the list of names: 甲、乙2位专家荣获…
    ("我省陕西中医药大学附属医院党怀仁、陕西省中医医院师建勋2位专家荣获“国医大师”称号。",
     {("党怀仁", "国医大师"), ("师建勋", "国医大师")}),
    # the title the sentence is about (某称号方面,…甲、乙入选)
    ("全国青年岗位能手方面,经共青团中央、人力资源社会保障部审核确定,宜昌市中心人民医院急诊科主治医师向俊、"
     "荆州市中心医院神经内科护师喻梦入选。", {("向俊", "全国青年岗位能手"), ("喻梦", "全国青年岗位能手")}),
    # those among a batch named (…命名的一批全国青年文明号中,甲、乙光荣上榜): no 中 in the title
    ("在共青团中央等部门新近命名的一批全国青年文明号中,襄阳市中心医院儿科护理单元光荣上榜。",
     {("襄阳市中心医院儿科护理单元", "全国青年文明号")}),
    # a ceremony's list of winners: the medal, not its 获奖者
    ("红十字国际委员会在日内瓦公布第49届南丁格尔奖章获奖者名单。赣州市人民医院护理部主任钟慧兰名列其中。",
     {("钟慧兰", "南丁格尔奖章")}),
    # 获得感 is a feeling, not a verb before a title
    ("院长韦海明表示,让护士有更多的获得感和职业荣誉感。", set()),
    # 以甲获评“…”为契机: the one who received it, not the director who spoke; no 为契机 in the title
    ("镇雄县人民医院院长王德富表示,医院将以重症医学科主任陈光明获评“最美医生”为契机,开展学习活动。",
     {("陈光明", "最美医生")}),
    # the branch he leads, not he
    ("甘肃省人民医院心内科主任何振邦说。2021年,他担任书记的心血管内科党支部被中共甘肃省委表彰为“全省先进基层党组织”。",
     {("甘肃省人民医院心血管内科党支部", "全省先进基层党组织")}),
])
def test_counts_topics_batches_and_subjects(text, expected):
    assert {(r, h) for r, h, _, _ in awards_of(text)} == expected


def test_she_is_the_subject_again_after_her_team():
    """…;2018年,她带领的某科护理团队被命名为“全国巾帼文明岗”;2019年,她入选“最美护士”: the team's, then hers."""
    text = ("冉晓梅是遵义医科大学附属医院护理部主任。\n2018年,她带领的重症医学科护理团队被全国妇联命名为“全国巾帼文明岗”;"
            "2019年,她入选省卫生健康委评选的贵州省“最美护士”。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("遵义医科大学附属医院重症医学科", "全国巾帼文明岗"), ("冉晓梅", "贵州省最美护士")}


def test_a_medal_presented_to_him_years_after():
    """2016年…;三年后,某总工会又为她颁发了…奖章: to her, in 2019."""
    text = ("遵义医科大学附属医院护士长冉茂琴收获了许多荣誉。2016年3月,全国妇联授予她“全国三八红旗手”称号;"
            "三年后,贵州省总工会又为她颁发了贵州省五一劳动奖章。")
    assert ("冉茂琴", "贵州省五一劳动奖章", 2019, ("贵州省总工会",)) in awards_of(text)


def test_a_report_lists_each_owners_title_with_organs_and_date_in_brackets():
    """(一)集体荣誉 / 1.医院:某称号(某委,2023年3月) / 3.某科:某称号(共青团中央等22部门,2023年9月) / 5.医院党委:… /
    (二)个人荣誉 / 1.徐某(护理部主任):某称号(全国妇联,2023年3月): the hospital's, a unit's, a person's."""
    text = ("嘉兴市第一医院党委2023年工作报告\n\n(一)集体荣誉\n\n"
            "1.医院:2022年度浙江省清廉医院建设优秀单位(浙江省卫生健康委员会,2023年3月)\n\n"
            "2.重症医学科护理单元:第21届全国青年文明号(共青团中央等22部门,2023年9月)\n\n"
            "3.医院党委:嘉兴市先进基层党组织(中共嘉兴市委,2023年6月)\n\n(二)个人荣誉\n\n"
            "1.徐丽娟(护理部主任):全国三八红旗手(全国妇联,2023年3月)\n")
    assert awards_of(text) == {
        ("嘉兴市第一医院", "浙江省清廉医院建设优秀单位", 2022, ("浙江省卫生健康委员会",)),
        ("嘉兴市第一医院重症医学科护理单元", "全国青年文明号", 2023, ("中国共产主义青年团中央委员会",)),
        ("嘉兴市第一医院党委", "嘉兴市先进基层党组织", 2023, ("中共嘉兴市委",)),
        ("徐丽娟", "全国三八红旗手", 2023, ("中华全国妇女联合会",))}


@pytest.mark.parametrize("text, expected", [
    # a level before a quoted title: 国家级“…” is the title itself, 省级“…” the province's
    ("2022年,佛山市第一人民医院获评国家级“改善医疗服务示范医院”。", {("佛山市第一人民医院", "改善医疗服务示范医院")}),
    ("东乡族自治县人民医院2024年工作总结。甘肃省卫生健康委表示祝贺。检验科获评省级“巾帼文明岗”。",
     {("东乡族自治县人民医院检验科", "甘肃省巾帼文明岗")}),
    # counts of honors by level, and a case or a programme, are no titles
    ("东乡族自治县人民医院全年共获得县级以上集体荣誉9项、个人荣誉21人次。这是我县首次获得该项国家级荣誉。", set()),
    ("东乡族自治县人民医院2024年工作总结。此外,医院报送的服务举措入选国家级“基层卫生健康便民惠民服务举措”典型案例。", set()),
])
def test_levels_before_titles_and_counts_of_honors(text, expected):
    assert {(r, h) for r, h, _, _ in awards_of(text)} == expected


def test_a_batch_of_the_youth_league_s_title_named_with_its_kind():
    """命名第21届全国青年文明号集体,甲科榜上有名: the title is 全国青年文明号, 集体 its kind."""
    text = "共青团中央等单位联合发文,命名第21届全国青年文明号集体,泉州市第一医院急诊医学科榜上有名。"
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("泉州市第一医院急诊医学科", "全国青年文明号")}


def test_a_party_groups_decision_and_its_roll_by_hospital():
    """授予…“某省某系统…”称号 (公示 on the commission's website, which confers nothing), then the attachment's
    全省某系统… sections: the province's titles; 某医院:王某 with no post; a branch in a general branch; a
    hospital's other name in brackets before its unit."""
    text = ("中共河南省卫生健康委员会党组关于表彰全省卫生健康系统先进基层党组织、优秀共产党员的决定\n\n"
            "经委党组研究,并在河南省卫生健康委员会门户网站公示,决定授予河南省人民医院心血管内科党支部等40个基层党组织"
            "“河南省卫生健康系统先进基层党组织”称号,授予王建军等80名同志“河南省卫生健康系统优秀共产党员”称号。\n\n"
            "中共河南省卫生健康委员会党组\n2021年6月25日\n\n附件\n\n一、全省卫生健康系统先进基层党组织(40个,按单位排列)\n\n"
            "河南省人民医院护理党总支第三党支部\n河南省儿童医院(郑州儿童医院)新生儿科党支部\n\n"
            "二、全省卫生健康系统优秀共产党员(80名,按单位排列)\n\n新乡医学院第一附属医院:杜鹏飞\n")
    organ = ("中共河南省卫生健康委员会党组",)
    assert awards_of(text) == {
        ("河南省人民医院心血管内科党支部", "河南省卫生健康系统先进基层党组织", 2021, organ),
        ("王建军", "河南省卫生健康系统优秀共产党员", 2021, organ),
        ("河南省人民医院护理党总支第三党支部", "河南省卫生健康系统先进基层党组织", 2021, organ),
        ("河南省儿童医院新生儿科党支部", "河南省卫生健康系统先进基层党组织", 2021, organ),
        ("杜鹏飞", "河南省卫生健康系统优秀共产党员", 2021, organ)}


def test_a_city_committee_that_lately_issued_the_decision_confers_its_roll_of_its_year():
    """中共某市委近日印发《关于表彰…的决定》, the roll below; a later item on the page publishing a list
    of 2022年度 is no date of this roll."""
    text = ("某某日报 2023年7月11日 星期二 第07版\n\n本报讯 中共洛阳市委近日印发《关于表彰洛阳市先进基层党组织、"
            "优秀共产党员和优秀党务工作者的决定》,对先进典型予以表彰。\n附:全市卫生健康系统受表彰名单(节选)\n\n"
            "洛阳市优秀共产党员\n何建军 洛阳市中心医院心血管内科主任\n\n" + "高温天气要注意防暑。\n" * 20 +
            "日前,全国妇联公布2022年度全国巾帼文明岗名单。\n")
    assert ("何建军", "洛阳市优秀共产党员", 2023, ("中共洛阳市委",)) in awards_of(text)


def test_those_among_the_winners_of_the_title_just_named():
    """授予30名同志“‘白求恩奖章’获得者”称号。“白求恩奖章”是…最高行政奖励。他们当中,有甲,乙,以及丙: each of them."""
    text = ("近日,人力资源社会保障部、国家卫生健康委联合印发决定,授予30名同志“‘白求恩奖章’获得者”称号。\n"
            "“白求恩奖章”是全国卫生健康系统的最高行政奖励。他们当中,有北京市中国医学科学院阜外医院血管外科主任祁振华,"
            "以及贵州省黔东南苗族侗族自治州从江县人民医院副院长杨秀光。\n")
    assert {(r, h) for r, h, _, _ in awards_of(text) if r != "30名同志"} == {
        ("祁振华", "白求恩奖章"), ("杨秀光", "白求恩奖章")}


def test_those_a_ceremony_honored_named_below_it():
    """某协会举行“某奖”颁奖大会 (no recipient in it), then 甲、乙均在获奖名单之列, 丙(蒙古族)是本届获奖者中…,
    丁也获此殊荣: the ceremony's title, by its organ; the outlet of the dateline confers nothing."""
    text = ("新华网长沙8月19日电 中国医师协会19日在长沙举行第十四届“中国医师奖”颁奖大会,百名医师获得这一奖项。\n"
            "该奖项由中国医师协会设立。本届获奖者中基层医师比例提高。\n"
            "中南大学湘雅医院肝胆外科主任周建平、湖南省人民医院急诊科主任李红兵,均在获奖名单之列。\n"
            "通辽市蒙医医院骨伤科主任包其木格(蒙古族)是本届获奖者中唯一的蒙医骨伤专家。\n"
            "湘西自治州人民医院院长向东升也获此殊荣。\n")
    assert awards_of(text) == {(who, "中国医师奖", None, ("中国医师协会",))
                               for who in ("周建平", "李红兵", "包其木格", "向东升")}


def test_a_list_published_after_its_title_names_those_listed_after_it():
    """2021年某省五一劳动奖章获得者名单近日公布,甲名列其中: by the organ the sentence names before it."""
    text = "另据江苏省总工会消息,2021年江苏省五一劳动奖章获得者名单近日公布,苏北人民医院急诊科护士长顾晓梅名列其中。"
    assert awards_of(text) == {("顾晓梅", "江苏省五一劳动奖章", 2021, ("江苏省总工会",))}


def test_a_meeting_of_a_year_dates_the_titles_its_organs_confer():
    """2025年全国…表彰大会28日在京举行 under a dateline with no year: the titles conferred are of 2025."""
    text = ("新华社北京3月28日电 2025年全国卫生健康系统表彰大会28日在京举行。人力资源社会保障部、国家卫生健康委"
            "联合印发决定,表彰全国卫生健康系统先进集体和先进工作者。\n"
            "北京大学人民医院护理部主任孙秀梅被授予“全国卫生健康系统先进工作者”称号。")
    assert awards_of(text) == {("孙秀梅", "全国卫生健康系统先进工作者", 2025,
                                ("人力资源和社会保障部", "国家卫生健康委员会"))}


def test_those_of_a_title_listed_in_both_clauses_of_ji_you_ye_you():
    """获评“…”的单位中,既有甲、乙这样的老牌劲旅,也有位于远郊的丙: all three."""
    text = ("2024年,中华全国总工会表彰一批先进集体。获评“全国工人先锋号”的单位中,既有天津医科大学总医院急诊科、"
            "天津市胸科医院心内科这样的老牌劲旅,也有位于远郊的蓟州区人民医院。")
    assert {r for r, h, _, _ in awards_of(text) if h == "全国工人先锋号"} == {
        "天津医科大学总医院急诊科", "天津市胸科医院心内科", "天津市蓟州区人民医院"}


def test_a_post_of_aid_before_a_name_heads_the_name():
    """该院某科副主任医师、援疆干部甲获评…: the person, not the department."""
    text = "中共广东省委作出决定。广东省人民医院消化内科副主任医师、援疆干部陈志远获评“广东省优秀共产党员”。"
    assert {r for r, _, _, _ in awards_of(text)} == {"陈志远"}


def test_those_who_respectively_received_the_titles_the_sentence_before_conferred_on_counts():
    """授予100个基层党组织“甲”称号,授予100名同志“乙”称号。某党总支、该院主任严某分别获评: each by kind."""
    text = ("中共上海市委召开“两优一先”表彰大会,授予100个基层党组织“上海市先进基层党组织”称号,"
            "授予100名同志“上海市优秀共产党员”称号。上海市第十人民医院(同济大学附属第十人民医院)心内科党总支、"
            "该院骨科主任医师魏建民分别获评。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("上海市第十人民医院心内科党总支", "上海市先进基层党组织"), ("魏建民", "上海市优秀共产党员")}


def test_a_roll_after_fu_names_its_title():
    """附:全省…部分获评“某称号”名单, then a unit a line; 全省“两优一先” is no title."""
    text = ("中共四川省委召开全省“两优一先”表彰大会。\n附:全省医疗卫生系统部分获评“四川省先进基层党组织”名单\n"
            "绵阳市中心医院党委\n德阳市人民医院心血管内科党支部\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("绵阳市中心医院党委", "四川省先进基层党组织"), ("德阳市人民医院心血管内科党支部", "四川省先进基层党组织")}


def test_a_hospital_is_no_individual_and_a_model_unit_is_no_person():
    """福建协和医院医师获“全国脱贫攻坚先进个人”: the doctor unnamed, nobody; 被授予“湖南省文明标兵单位”: the hospital."""
    assert awards_of("福建医科大学附属协和医院医师获“全国脱贫攻坚先进个人”称号。") == set()
    assert {(r, h) for r, h, _, _ in awards_of("2022年,邵阳市中心医院被授予“湖南省文明标兵单位”称号。")} == {
        ("邵阳市中心医院", "湖南省文明标兵单位")}


def test_a_departments_centre_is_a_unit_and_this_branch_the_one_named_before():
    """急诊医学中心 is the hospital's department, not a hospital; 这个党支部 the branch named just before;
    中共某医科大学委员会 confers on it."""
    text = ("南京医科大学第二附属医院急诊医学中心获评“全国卫生健康系统先进集体”。\n"
            "早在2014年,急诊医学中心便获评“江苏省卫生计生系统先进集体”。急诊医学中心党支部坚持“支部建在科室上”。"
            "2019年7月,这个党支部被中共南京医科大学委员会评为“先进基层党组织”。")
    assert {(r, h, b) for r, h, _, b in awards_of(text)} == {
        ("南京医科大学第二附属医院急诊医学中心", "全国卫生健康系统先进集体", ()),
        ("南京医科大学第二附属医院急诊医学中心", "江苏省卫生计生系统先进集体", ()),
        ("南京医科大学第二附属医院急诊医学中心党支部", "先进基层党组织", ("中共南京医科大学委员会",))}


def test_a_table_of_honors_year_title_holder_organ():
    """年份 荣誉称号 获得者 授予单位: a row each; a name alone in a cell, named with a post a row above, is
    that person; 杰出护理工作者 is a title."""
    text = ("绍兴市人民医院荣誉\n年份 荣誉称号 获得者 授予单位\n2022年 全国巾帼文明岗 产科 全国妇联\n"
            "2019年 浙江省五一劳动奖章 钱丽萍(护理部主任)  浙江省总工会\n2018年 杰出护理工作者 钱丽萍 中华护理学会\n")
    assert awards_of(text) == {
        ("绍兴市人民医院产科", "全国巾帼文明岗", 2022, ("中华全国妇女联合会",)),
        ("钱丽萍", "浙江省五一劳动奖章", 2019, ("浙江省总工会",)),
        ("钱丽萍", "杰出护理工作者", 2018, ("中华护理学会",))}


def test_a_pages_roll_by_title_with_a_note_under_a_decision_its_organ_issued():
    """A double-spaced OCR page: 中共某省委印发《关于表彰…的决定》, then 某省先进基层党组织(卫生健康系统部分)
    over units one a line (one broken inside 医院), and the people's title over 姓名 post lines: each by
    the organ that issued the decision."""
    body = ("本报讯 6月28日,中共中央授予一批“全国先进基层党组织”称号,聊城市第二人民医院党委榜上有名。\n\n"
            "与此同时,中共山东省委印发《关于表彰山东省优秀共产党员和山东省先进基层党组织的决定》,\n\n"
            "全省卫生健康系统共有9个先进基层党组织、14名优秀共产党员受到表彰。\n\n"
            "山东省先进基层党组织(卫生健康系统部分)\n\n青岛市市立医院急诊科党支部\n\n济宁市第二人民医\n\n"
            "院神经内科党支部\n\n山东省优秀共产党员(卫生健康系统部分)\n\n庞立军  菏泽市立医院重症医学科主任\n")
    organ = ("中共山东省委",)
    assert {a for a in awards_of(body) if a[1].startswith("山东省")} == {
        ("青岛市市立医院急诊科党支部", "山东省先进基层党组织", None, organ),
        ("济宁市第二人民医院神经内科党支部", "山东省先进基层党组织", None, organ),
        ("庞立军", "山东省优秀共产党员", None, organ)}


def test_a_roll_in_two_columns_under_a_decision_whose_title_broke_across_lines():
    """A narrow OCR column: 《关于表彰 / 某省…的决定》 broken, then the roll two units a line: each unit, by the
    decision's organs (not the organs of another item on the page)."""
    page = ("河南省总工会近日授予一批“河南省五一劳动奖章”。\n\n"
            "4月20日,河南省人力资源\n和社会保障厅、河南省卫生健\n康委员会联合印发《关于表彰\n"
            "河南省卫生健康系统先进集体\n和先进工作者的决定》,授予\n45个集体“河南省卫生健康\n"
            "系统先进集体”称号。本报选登\n部分获表彰名单。\n\n河南省卫生健康系统先进集体(部分)\n"
            "郑州市中心医院重症医学科      洛阳市第一人民医院急诊科\n周口市第一人民医院儿科      林州市人民医院\n")
    organs = ("河南省人力资源和社会保障厅", "河南省卫生健康委员会")
    assert {(r, b) for r, h, _, b in awards_of(page) if h == "河南省卫生健康系统先进集体"} == {
        (r, organs) for r in ("郑州市中心医院重症医学科", "洛阳市第一人民医院急诊科", "周口市第一人民医院儿科", "林州市人民医院")}


def test_a_lists_scope_before_its_title_is_no_part_of_it():
    """我省卫生健康系统部分全国抗击新冠肺炎疫情先进个人(2020年), a table below: the national title."""
    text = ("2020年9月,党中央、国务院、中央军委授予一批同志“全国抗击新冠肺炎疫情先进个人”称号。\n\n【链接】\n\n"
            "**我省卫生健康系统部分全国抗击新冠肺炎疫情先进个人(2020年)**\n\n| 姓名 | 单位及职务 |\n|---|---|\n"
            "| 熊德明 | 黄冈市中心医院感染性疾病科主任 |\n| 舒展飞 | 襄阳市中心医院重症医学科主任 |\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("熊德明", "全国抗击新冠肺炎疫情先进个人"), ("舒展飞", "全国抗击新冠肺炎疫情先进个人")}


def test_a_decision_on_sanba_hongqishou_and_collectives_heads_both_rolls():
    """关于表彰…全国三八红旗手(集体)的决定, then 全国三八红旗手(2名) over people and 全国三八红旗集体(2个) over units."""
    text = ("近日,全国妇联印发《关于表彰2022年度全国三八红旗手(集体)的决定》,我省共有2名个人、2个集体获此殊荣。名单如下:\n\n"
            "全国三八红旗手(1名)\n邓丽芳 湘潭市中心医院产科主任\n\n全国三八红旗集体(2个)\n"
            "湖南省人民医院新生儿医学中心\n郴州市第二人民医院妇产科\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("邓丽芳", "全国三八红旗手"), ("湖南省人民医院新生儿医学中心", "全国三八红旗集体"),
        ("郴州市第二人民医院妇产科", "全国三八红旗集体")}


def test_a_headline_of_a_unit_under_an_unread_short_name_and_that_collective():
    """某院某部获命名“全国青年文明号” over the body naming the unit in full; 该集体继…获评: the unit again."""
    text = ("昆医附一院急诊医学部获命名“全国青年文明号”\n时间:2023年6月2日\n\n近日,共青团中央印发《关于命名2021—2022年度"
            "全国青年文明号的决定》,昆明医科大学第一附属医院急诊医学部被命名为“全国青年文明号”。"
            "这是该集体继2019年获评“云南省青年文明号”后获得的又一项荣誉。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("昆明医科大学第一附属医院急诊医学部", "全国青年文明号"), ("昆明医科大学第一附属医院急诊医学部", "云南省青年文明号")}


def test_a_university_party_committee_after_the_person_it_commends():
    """2021年“七一”,甲被某医科大学党委评为“优秀共产党员”: the person, by the university's committee."""
    assert awards_of("2021年“七一”,何春明被西南医科大学党委评为“优秀共产党员”。") == {
        ("何春明", "优秀共产党员", 2021, ("中共西南医科大学委员会",))}


def test_naming_a_bare_unit_as_a_title_confers_it_on_the_unit():
    """命名心外监护室为“…”: the unit named between 命名 and 为; 前不久 dates it by the article."""
    text = ("青春在监护室里闪光\n发布日期:2022年12月26日\n\n天津市胸科医院心外监护室现有医护人员52名。"
            "前不久,天津市总工会又命名心外监护室为“天津市工人先锋号”。")
    assert awards_of(text) == {("天津市胸科医院心外监护室", "天津市工人先锋号", 2022, ("天津市总工会",))}


def test_a_chronicle_titled_with_its_topic_dates_its_month_entries():
    """某医院2021年党建工作大事记: its 3月12日 entries are of 2021; 上年度 is no part of the title."""
    text = ("青州市人民医院2021年党建工作大事记\n\n三月\n\n3月12日 共青团青州市委印发表彰决定,"
            "医院团委被授予上年度“青州市五四红旗团委”称号。\n")
    assert awards_of(text) == {("青州市人民医院团委", "青州市五四红旗团委", 2021, ("共青团青州市委员会",))}


def test_a_meeting_of_a_years_work_summary_is_no_chronicle_of_that_year():
    """某医院召开2022年度对口支援工作总结表彰会, posted in 2023: its 去年 is 2022."""
    text = ("北京某某医院召开2022年度对口支援工作总结表彰会\n\n2023-01-19\n\n"
            "眼科医师张雪援藏一年。去年7月,她被西藏自治区党委、政府评为“西藏自治区优秀援藏干部人才”。")
    assert {(r, y) for r, _, y, _ in awards_of(text)} == {("张雪", 2022)}


def test_a_list_of_last_years_titles_published_names_the_title():
    """公布上年度某省模范职工之家命名名单,医院工会名列其中: the title, without 上年度 and 命名."""
    text = "同月,辽宁省总工会公布上年度辽宁省模范职工之家命名名单,朝阳市中心医院工会名列其中。"
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("朝阳市中心医院工会", "辽宁省模范职工之家")}


@pytest.mark.parametrize("when, year", [("在建党百年之际", 2021), ("在庆祝中国共产党成立100周年之际", 2021),
                                        ("在新中国成立70周年之际", 2019)])
def test_an_anniversary_dates_a_conferral(when, year):
    text = f"朝阳市中心医院心内科主任郑海燕{when}被中共辽宁省委授予“辽宁省优秀共产党员”称号。"
    assert awards_of(text) == {("郑海燕", "辽宁省优秀共产党员", year, ("中共辽宁省委",))}


def test_at_the_same_time_is_in_the_year_the_conferral_before_wrote_not_its_titles_year():
    """与此同时 after a conferral of 2021 is of 2021; 同时 after 表彰2022年度… is of the article's date."""
    text = ("在庆祝中国共产党成立100周年之际,中共吉林省委授予吉林市中心医院党委“吉林省先进基层党组织”称号。"
            "与此同时,医院原感染科主任赵淑琴被党中央授予“全国优秀共产党员”称号。")
    assert ("赵淑琴", "全国优秀共产党员", 2021, ("中共中央",)) in awards_of(text)
    text = ("景德镇市第一人民医院新闻\n发布时间:2023-03-08\n\n近日,全国妇联印发《关于表彰2022年度全国三八红旗手(集体)"
            "和全国巾帼文明岗的决定》,景德镇市第一人民医院护理部荣获“全国巾帼文明岗”称号。\n"
            "同时,江西省妇联决定授予我院产科护士长余丽华“江西省三八红旗手”称号。")
    assert ("余丽华", "江西省三八红旗手", 2023, ("江西省妇女联合会",)) in awards_of(text)


def test_a_roll_line_of_a_hospital_and_its_people_each_with_a_bracketed_post():
    """某医院:甲(某科护士长)、乙(某科副主任医师), a line too long for a one-entry row."""
    text = ("近日,浙江省总工会印发《关于授予2023年浙江省五一劳动奖状、奖章和浙江省工人先锋号的决定》,"
            "我省卫生健康系统共有3名个人获浙江省五一劳动奖章。\n\n"
            "获奖名单如下:\n\n一、浙江省五一劳动奖章(3人)\n\n"
            "浙江大学医学院附属第一医院:诸葛晓峰(肝胆胰外科主任医师)\n"
            "浙江大学医学院附属第二医院:吴佳慧(急诊医学科护士长)、吴立群(神经外科副主任医师)\n")
    assert {r for r, h, _, _ in awards_of(text) if h == "浙江省五一劳动奖章"} == {"诸葛晓峰", "吴佳慧", "吴立群"}


def test_a_person_conferred_long_before_zao_zai():
    """某科副主任医师甲早在2019年就被…授予: the doctor, not the department."""
    text = "临沂市人民医院普外科副主任医师徐建国早在2019年就被中共新疆维吾尔自治区委员会授予“优秀援疆干部人才”称号。"
    assert awards_of(text) == {("徐建国", "优秀援疆干部人才", 2019, ("中共新疆维吾尔自治区委员会",))}


def test_a_boxed_roll_of_people_two_a_line_with_their_hospitals_in_brackets():
    """某市“最美医生”名单(市卫生健康局、某日报社联合评选,排名不分先后): two entries a line, one bracket
    left open by the OCR, one entry after a stray full stop; the organ in the heading's bracket."""
    text = ("梅州日报\n\n┏━━━━━━━━━━━━━━━━━━━━━━━━━┓\n　　2021年度梅州市“最美医生”名单\n"
            "　（市卫生健康局、梅州日报社联合评选，排名不分先后）\n\n"
            "　　古建新（平远县人民医院）　　朱映红(梅县区人民医院\n"
            "　　罗伟文（丰顺县人民医院） .　钟汉威（梅州市中医医\n院）\n"
            "┗━━━━━━━━━━━━━━━━━━━━━━━━━┛\n")
    assert awards_of(text) == {(r, "梅州市最美医生", 2021, ("梅州市卫生健康局",)) for r in ("古建新", "朱映红", "罗伟文", "钟汉威")}


def test_a_boxed_roll_titled_with_its_scope_and_its_organ_set_right_below():
    """2022年度某区三八红旗手(卫生健康系统) / 某区妇联 / 甲 某医院某科主任: a roll in a box."""
    text = ("万州时报\n\n╔══════════════════════════════╗\n　　2022年度万州区三八红旗手（卫生健康系统）\n"
            "　　　　　　　　　　　　　　　　　　　　万州区妇联\n\n　　邓红梅　区妇幼保健院产科主任\n"
            "　　彭　丽　区第一人民医院感染科主任\n╚══════════════════════════════╝\n")
    assert {(r, h, y) for r, h, y, _ in awards_of(text)} == {("邓红梅", "万州区三八红旗手", 2022), ("彭丽", "万州区三八红旗手", 2022)}
    assert {b for *_, b in awards_of(text)} == {("万州区妇女联合会",)}


def test_a_rolls_heading_of_two_titles_and_their_year_heads_its_marked_parts():
    """某市卫生健康系统2023年度先进集体和先进个人名单(某市卫生健康委员会) / ▲先进集体 / … / ▲先进个人 / …"""
    text = ("┌────────────────┐\n张家港市卫生健康系统2023年度先进集体和先进个人名单（张家港市卫生健康委员会）\n▲先进集体\n"
            "张家港市妇幼保健院产科\n▲先进个人\n沈志刚（张家港市第一人民医院）　　陈晓静（张家港市中医医院）\n└────────────────┘\n")
    assert awards_of(text) == {
        ("张家港市妇幼保健院产科", "张家港市卫生健康系统先进集体", 2023, ("张家港市卫生健康委员会",)),
        ("沈志刚", "张家港市卫生健康系统先进个人", 2023, ("张家港市卫生健康委员会",)),
        ("陈晓静", "张家港市卫生健康系统先进个人", 2023, ("张家港市卫生健康委员会",))}


def test_a_rolls_heading_of_a_citys_titles_names_the_city_for_each_and_its_organ_below():
    """2024年度某市五一劳动奖章、工人先锋号(卫生健康系统)名单 / 某市总工会 / 【某市工人先锋号】 / …"""
    text = ("闽东日报 2025年4月2日\n\n┌──────────────┐\n2024年度宁德市五一劳动奖章、工人先锋号（卫生健康系统）名单\n"
            "　　　　　　　　　　　　　　　　宁德市总工会\n【宁德市五一劳动奖章】\n黄晓东　宁德市医院心血管内科主任\n"
            "【宁德市工人先锋号】\n宁德市医院胸痛中心\n└──────────────┘\n")
    assert awards_of(text) == {("黄晓东", "宁德市五一劳动奖章", 2024, ("宁德市总工会",)),
                               ("宁德市医院胸痛中心", "宁德市工人先锋号", 2024, ("宁德市总工会",))}


def test_the_same_month_is_in_the_year_of_the_conferral_before():
    """A year's review posted in January: 4月28日 is last year's, and so is 同月."""
    text = ("汉中市中心医院2024年工作回顾\n发布时间:2025-01-10\n\n4月28日,中华全国总工会授予汉中市中心医院“全国五一劳动奖状”。"
            "同月,陕西省总工会授予医院重症医学科护士长周敏“陕西省五一劳动奖章”。")
    assert ("周敏", "陕西省五一劳动奖章", 2024, ("陕西省总工会",)) in awards_of(text)


def test_a_title_won_before_what_the_unit_has_harvested_now():
    """这是该科继2018年获评“…”之后收获的又一项荣誉: 收获 starts the next clause, no part of the title."""
    text = ("3月,全国妇联公布2022年度全国巾帼文明岗名单,赤峰市医院神经内科榜上有名。"
            "这是该科继2018年获评“内蒙古自治区巾帼文明岗”之后收获的又一项荣誉。")
    assert ("赤峰市医院神经内科", "内蒙古自治区巾帼文明岗", 2018, ()) in awards_of(text)


def test_a_title_once_won_by_the_officer_the_phrase_describes():
    """曾获评某称号的医院党委书记甲…说: the title is his."""
    text = "赤峰市医院召开总结会。曾获评2016年度内蒙古自治区优秀共产党员的医院党委书记吴建平在会上说,要再接再厉。"
    assert awards_of(text) == {("吴建平", "内蒙古自治区优秀共产党员", 2016, ())}


def test_a_numbered_ward_and_a_childrens_centre_are_units_of_the_hospital():
    """产科一病区 is one ward; 儿童医学中心 a department, no hospital; 该院继某中心获评“…”之后取得的…: its title."""
    text = ("邵阳市中心医院产科一病区获评全国巾帼文明岗。"
            "这是该院继儿童医学中心获评“湖南省巾帼文明岗”之后取得的又一项荣誉。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("邵阳市中心医院产科一病区", "全国巾帼文明岗"), ("邵阳市中心医院儿童医学中心", "湖南省巾帼文明岗")}


def test_this_gold_plaque_is_a_title_named_before_not_a_new_one():
    """这已不是太和医院第一次摘得这块“金字招牌”: a figure of speech for the title just named."""
    text = "十堰市太和医院获全国五一劳动奖状。这已不是太和医院第一次摘得这块“金字招牌”。"
    assert {h for _, h, _, _ in awards_of(text)} == {"全国五一劳动奖状"}


def test_a_ceremony_in_a_chronicle_confers_what_its_next_sentence_names_won():
    """3月7日,某省妇联召开…表彰大会。甲获“某省三八红旗手”称号: the ceremony's organ, not the article's
    first organiser (a trade union an earlier month's entry named), nor that entry's year."""
    text = ("某市人民医院2023年大事记\n"
            "1月18日,浙江省总工会公布2022年度浙江省工人先锋号名单,衢州市人民医院急诊医学科榜上有名。\n"
            "3月7日,浙江省妇联召开纪念“三八”国际妇女节暨表彰大会。医院妇产科主任周丽娟获“浙江省三八红旗手”称号。\n")
    assert ("周丽娟", "浙江省三八红旗手", 2023, ("浙江省妇女联合会",)) in awards_of(text)


@pytest.mark.parametrize("text, expected", [
    # 命名“…”30家: the count is no part of the title
    ("2023年11月,浙江省卫生健康委员会发文命名首批“浙江省清廉医院建设示范单位”30家,龙游县人民医院名列其中。",
     {("龙游县人民医院", "浙江省清廉医院建设示范单位", 2023, ("浙江省卫生健康委员会",))}),
    # 文明和谐: 和 inside a word, no list of two titles
    ("忻州市人民医院荣获山西省文明和谐单位标兵称号。", {("忻州市人民医院", "山西省文明和谐单位标兵", None, ())}),
    # a Youth League branch of a department is a unit of its own
    ("天津市儿童医院护理部团支部获评“全国五四红旗团支部”。",
     {("天津市儿童医院护理部团支部", "全国五四红旗团支部", None, ())}),
    # 公布年度某省…名单: 年度 alone is no part of the title
    ("吉林省总工会公布年度吉林省五一劳动奖章获得者名单,延边医院护理部副主任朴美玉名列其中。",
     {("朴美玉", "吉林省五一劳动奖章", None, ("吉林省总工会",))}),
    # 确认为, and a date written with dots
    ("2023.3,佳木斯大学附属第一医院被黑龙江省精神文明建设委员会确认为“黑龙江省文明单位标兵”。",
     {("佳木斯大学附属第一医院", "黑龙江省文明单位标兵", 2023, ("黑龙江省精神文明建设委员会",))}),
])
def test_titles_read_whole_and_no_more(text, expected):
    assert awards_of(text) == expected


def test_a_post_numbered_heading_and_a_festival_are_no_titles():
    """01 全国工人先锋号 (a WeChat post's numbered heading) and 【五四青年节】 (a festival)."""
    text = ("【五四青年节】天津市第三中心医院喜获多项荣誉\n"
            "4月25日,全国总工会印发决定,天津市第三中心医院重症医学科荣获“全国工人先锋号”。\n"
            "01&nbsp;全国工人先锋号\n重症医学科现有医护人员86名。\n")
    assert {h for _, h, _, _ in awards_of(text)} == {"全国工人先锋号"}


def test_a_roll_of_personal_honors_under_a_roman_numbered_heading():
    """Ⅱ 个人荣誉 / 1.某科主任甲:“某奖章”,某总工会,2022.4。: each row's person, title, organs and date."""
    text = ("某医院三年荣誉回顾\n佳木斯大学附属第一医院2021—2023年主要荣誉如下。\n"
            "Ⅱ　个人荣誉\n"
            "１．神经内科主任张宏宇：“黑龙江省五一劳动奖章”，黑龙江省总工会，２０２２．４。\n"
            "２．驻村第一书记高志远：“黑龙江省脱贫攻坚先进个人”，中共黑龙江省委、黑龙江省人民政府，21年２月。\n"
            "３．骨科党支部书记马晓东：“佳木斯市优秀共产党员”，中共佳木斯市委，2021.7.1。\n")
    assert awards_of(text) >= {
        ("张宏宇", "黑龙江省五一劳动奖章", 2022, ("黑龙江省总工会",)),
        ("高志远", "黑龙江省脱贫攻坚先进个人", None, ("中共黑龙江省委", "黑龙江省人民政府")),
        ("马晓东", "佳木斯市优秀共产党员", 2021, ("中共佳木斯市委",))}


def test_a_roll_of_name_dash_post_entries_under_its_heading():
    """2023年某省五一劳动奖章获得者名单 / 甲—某医院某科主任: each entry's name before the dash."""
    text = ("江西省总工会决定授予熊志强等300名职工“江西省五一劳动奖章”。\n"
            "2023年江西省五一劳动奖章获得者名单(节选)\n"
            "吴建平—南昌大学第一附属医院心血管内科主任医师\n"
            "钟秀兰(女)—赣州市妇幼保健院产科护士长\n"
            "彭国华—修水县第一人民医院院长\n")
    assert {r for r, h, _, _ in awards_of(text) if h == "江西省五一劳动奖章"} >= {"吴建平", "钟秀兰", "彭国华"}


def test_a_certificate_of_merit_goes_to_the_unit_not_to_the_person_before_it():
    """…主任医师甲带领团队…;某医院早在2019年就曾获“全国五一劳动奖状”: 奖状 are given to collectives."""
    text = ("南昌大学第一附属医院心血管内科主任医师吴建平带领团队常年开展义诊;"
            "九江市第一人民医院早在2019年就曾获中华全国总工会授予的“全国五一劳动奖状”。")
    assert awards_of(text) == {("九江市第一人民医院", "全国五一劳动奖状", 2019, ("中华全国总工会",))}


def test_a_count_and_its_verb_inside_a_list_of_titles_are_no_part_of_the_next_title():
    """50个单位获甲奖状、300名职工获乙奖章: 300名职工获 starts a clause of its own."""
    text = "本次共有50个单位获江西省五一劳动奖状、300名职工获江西省五一劳动奖章,九江市第一人民医院名列其中。"
    honors = {m.label for m in kg.extract_text(text).mentions if m.kind == Kind.HONOR}
    assert honors == {"江西省五一劳动奖状", "江西省五一劳动奖章"}


def test_the_red_flag_of_a_title_is_no_banner_of_inner_mongolia():
    """全省五四红旗团委: 红旗 is a red flag, not 红旗区 nor a 旗 (banner) with its Youth League committee."""
    text = "5月4日,共青团山西省委表彰2022年度全省五四红旗团委,临汾市人民医院团委荣获“山西省五四红旗团委”称号。"
    assert awards_of(text) == {("临汾市人民医院团委", "山西省五四红旗团委", 2022, ("共青团山西省委员会",))}


@pytest.mark.parametrize("text, expected", [
    # 同批受表彰的集体还有甲和乙
    ("2023年9月,呼伦贝尔市人民医院被中共内蒙古自治区委员会授予“全区民族团结进步模范集体”称号。"
     "全区卫生健康系统同批受表彰的集体还有通辽市医院和锡林郭勒盟中心医院。",
     {"呼伦贝尔市人民医院", "通辽市医院", "锡林郭勒盟中心医院"}),
    # 命名…,医院榜上有名。…除医院外,还有甲和乙: the title of the list
    ("临汾市人民医院\n2023年12月,山西省精神文明建设委员会发文,命名表彰2023年度山西省文明和谐单位标兵,医院榜上有名。"
     "临汾市共有3家医疗机构获评,除医院外,还有临汾市中心医院和临汾市第四人民医院。",
     {"临汾市人民医院", "临汾市中心医院", "临汾市第四人民医院"}),
])
def test_others_honored_in_the_same_batch(text, expected):
    assert {r for r, _, y, _ in awards_of(text) if y == 2023} == expected


def test_the_title_a_sentence_names_is_the_one_others_also_won():
    """…荣获“全国五一劳动奖状”,…荣获“全国工人先锋号”。获得全国五一劳动奖状的单位…除我院外,还有甲: only that title."""
    text = ("宁夏医科大学总医院荣获中华全国总工会授予的“全国五一劳动奖状”,医院导管室荣获“全国工人先锋号”。"
            "全区今年获得全国五一劳动奖状的单位共有4家,卫生健康系统除我院外,还有吴忠市人民医院。")
    assert {h for r, h, _, _ in awards_of(text) if r == "吴忠市人民医院"} == {"全国五一劳动奖状"}


def test_a_year_review_named_in_the_subtitle_dates_its_months():
    """党建引领… / ——某医院2023年工作回顾 / 9月,医院被…授予…: the review's year."""
    text = ("党建引领聚合力 守护草原谱新篇\n——呼伦贝尔市人民医院2023年工作回顾\n"
            "9月,医院被中共内蒙古自治区委员会授予“全区民族团结进步模范集体”称号。\n")
    assert {y for _, _, y, _ in awards_of(text)} == {2023}


def test_a_rolls_part_headed_by_its_title_and_count():
    """…名单如下: / 某省巾帼文明岗(2个): / 甲医院某科: the heading's title, not the part's before it."""
    text = ("福建省妇联命名表彰2023年度福建省三八红旗手和福建省巾帼文明岗。卫健系统获表彰名单如下:\n"
            "福建省三八红旗手(2名):\n庄婉清(泉州市第一医院新生儿科护士长)\n邱锦芳(龙岩市第一医院手术室护士长)\n"
            "福建省巾帼文明岗(1个):\n漳州市医院产科一病区\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("庄婉清", "福建省三八红旗手"), ("邱锦芳", "福建省三八红旗手"), ("漳州市医院产科一病区", "福建省巾帼文明岗")}


def test_an_attached_roll_of_the_titles_a_joint_commendation_named():
    """在甲、乙、丙联合表彰的某先进集体和先进个人中… / 附:…受表彰名单 / 某先进集体 / 甲医院某科 / …: each part's
    title (its heading a line of its own, not the first entry's start), of the organs that commended it."""
    text = ("9月8日,全国抗击新冠肺炎疫情表彰大会在北京隆重举行。在中共中央、国务院、中央军委联合表彰的"
            "全国抗击新冠肺炎疫情先进集体和先进个人中,我市卫生健康系统有2个集体、1名个人获此殊荣。\n\n"
            "附:我市卫生健康系统受表彰名单\n\n全国抗击新冠肺炎疫情先进集体\n孝感市中心医院重症医学科\n应城市人民医院\n\n"
            "全国抗击新冠肺炎疫情先进个人\n黄海燕(女) 孝感市中心医院重症医学科护士长\n")
    organs = ("中共中央", "中央军事委员会", "国务院")
    assert awards_of(text) == {
        ("孝感市中心医院重症医学科", "全国抗击新冠肺炎疫情先进集体", None, organs),
        ("应城市人民医院", "全国抗击新冠肺炎疫情先进集体", None, organs),
        ("黄海燕", "全国抗击新冠肺炎疫情先进个人", None, organs)}


def test_a_careers_lines_under_a_profile_are_the_persons():
    """王某,男,…。/ 2003年 被…授予“…”称号; / 2013年 获…: each line of the career, subject and all left out,
    is the profile's person's award (and 继…之后: the time after a title is no part of it)."""
    text = ("金永哲,男,朝鲜族,1966年3月生,现任延边大学附属医院感染科主任。\n"
            "2003年  任医院发热门诊负责人,被吉林省人民政府授予“吉林省防治非典型肺炎工作先进个人”称号;\n"
            "2013年  获吉林省总工会授予的“吉林省五一劳动奖章”;\n"
            "2022.08  获中国医师协会“中国医师奖”。\n")
    assert awards_of(text) == {
        ("金永哲", "吉林省防治非典型肺炎工作先进个人", 2003, ("吉林省人民政府",)),
        ("金永哲", "吉林省五一劳动奖章", 2013, ("吉林省总工会",)),
        ("金永哲", "中国医师奖", 2022, ("中国医师协会",))}


def test_the_time_after_a_title_is_no_part_of_it():
    text = "这是继2017年宋世昌主任医师获评首届全国名中医之后,甘肃省中医院再次有专家获此殊荣。"
    assert {h for _, h, _, _ in awards_of(text)} == {"全国名中医"}


def test_a_kind_in_a_provincial_commendation_is_the_provinces_title_named_before():
    """…授予甲“某省抗击新冠肺炎疫情先进集体”…。今年3月,…乙被授予“全国…先进集体”…。在此次全省表彰中,丙同获先进集体称号:
    the province's title, by its organs and in its year, not the national one named since."""
    text = ("2020年9月28日,中共黑龙江省委、省政府授予哈尔滨医科大学附属第二医院援鄂医疗队"
            "“黑龙江省抗击新冠肺炎疫情先进集体”称号。"
            "今年3月,人力资源社会保障部、国家卫生健康委联合印发决定,哈医大二院援鄂医疗队被授予"
            "“全国卫生健康系统新冠肺炎疫情防控工作先进集体”称号。"
            "据了解,在此次全省表彰中,黑龙江省医院感染科同获先进集体称号。")
    assert {a for a in awards_of(text) if a[0] == "黑龙江省医院感染科"} == {
        ("黑龙江省医院感染科", "黑龙江省抗击新冠肺炎疫情先进集体", 2020, ("中共黑龙江省委", "黑龙江省人民政府"))}


def test_this_honor_is_the_last_title_the_sentence_named_and_the_reader_of_a_decision_no_recipient():
    """甲宣读了表彰决定:乙荣获“X”;丙被…授予“Y”称号。大会还表彰了医院第四届“Z”,丁等10名医师获此荣誉:
    丁's is Z (the hospital's own title, its edition no part of it), and 甲 only read the decision."""
    text = ("大连医科大学附属第一医院召开优秀医师表彰大会。党委书记宋国强宣读了表彰决定:医院呼吸与危重症医学科主任"
            "韩立新荣获中国医师协会颁发的“中国医师奖”;急诊科副主任赵明被大连市卫生健康委员会授予“大连市优秀医师”称号。"
            "大会还表彰了医院第四届“大医仁心好医生”,普外科李国辉、儿科孙晓燕等10名医师获此荣誉。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("韩立新", "中国医师奖"), ("赵明", "大连市优秀医师"),
        ("李国辉", "大医仁心好医生"), ("孙晓燕", "大医仁心好医生")}


def test_a_sentences_numbered_list_after_respectively_names_people_of_a_doctors_title():
    """…公布“某省名中医”名单。某医院共有3名专家上榜,分别是: / 1. 某科主任医师甲; / … / 3. 某科主任医师丙。:
    the people (名中医 is a person's title), the last item with its full stop too, and the list ends with it."""
    text = ("湖南省中西医结合医院\n3月上旬,湖南省卫生健康委员会、湖南省中医药管理局公布第七批“湖南省名中医”名单,全省共60名中医药专家入选。"
            "湖南省中西医结合医院共有3名专家上榜,分别是:\n1. 肿瘤科主任医师谭志刚;\n2. 肝病科主任医师蒋雪梅;\n"
            "3. 风湿免疫科主任医师欧阳平。\n\n入选数量位居全省同类医院前列。\n\n“这份荣誉属于大家。”邓小红说。\n")
    people = {r for r, h, _, _ in awards_of(text) if h == "湖南省名中医"} - {"湖南省中西医结合医院"}
    assert people == {"谭志刚", "蒋雪梅", "欧阳平"}


def test_an_old_doctor_of_chinese_medicine_is_a_post_before_a_name():
    text = ("遵义市中医院建院60周年。82岁的老中医陈正良是建院之初的第一批学徒。"
            "2017年,他被省人社厅、省卫生计生委联合授予“贵州省名中医”称号。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("陈正良", "贵州省名中医")}


def test_a_rolls_heading_that_writes_its_organ_short_is_the_title_conferred_in_full():
    """…授予甲等9名同志“某省卫生健康委直属机关优秀共产党员”称号。/ 委直属机关优秀共产党员名单(9名) / 乙 …: the full title."""
    text = ("经委直属机关党委研究决定,授予杨建华等9名同志“贵州省卫生健康委直属机关优秀共产党员”称号。\n"
            "委直属机关优秀共产党员名单(9名)\n杨建华 贵州省人民医院心血管内科主任\n罗晓燕 贵州省人民医院护理部主任\n")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {
        ("杨建华", "贵州省卫生健康委直属机关优秀共产党员"), ("罗晓燕", "贵州省卫生健康委直属机关优秀共产党员")}
