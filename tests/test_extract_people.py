"""People: names after posts, lists of names, profiles; who works where; words that are not names."""
from __future__ import annotations

import pytest

import kg
from conftest import awards_of, claims_of
from kg.records import AffiliationClaim, AwardClaim, Kind


def affiliations(text: str) -> set[tuple[str, str]]:
    return {(c.person.label, c.organization.label) for c in claims_of(text, AffiliationClaim)}


@pytest.mark.parametrize("text, expected", [
    ("青海省人民医院党委书记马军、院长李玉红出席会议。",
     {("马军", "青海省人民医院"), ("李玉红", "青海省人民医院")}),
    ("厦门大学附属中山医院心内科主任医师王焱介绍了经验。", {("王焱", "厦门大学附属中山医院心内科")}),
    ("时任昆明医科大学第一附属医院副院长的杨鹤鸣同志带队。", {("杨鹤鸣", "昆明医科大学第一附属医院")}),
    # 授予 people right after their hospital or unit: they work there
    ("中共湖北省委决定,授予黄石市中心医院刘海燕、陈志强“湖北省优秀共产党员”称号。",
     {("刘海燕", "黄石市中心医院"), ("陈志强", "黄石市中心医院")}),
    ("中共湖北省委决定,授予黄石市中心医院心内科刘海燕“湖北省优秀共产党员”称号。", {("刘海燕", "黄石市中心医院心内科")}),
    # names right after their hospitals, in a list before the verb
    ("经考核,济宁医学院附属医院孔祥瑞、济宁市第一人民医院韩冬梅被评为优秀个人。",
     {("孔祥瑞", "济宁医学院附属医院"), ("韩冬梅", "济宁市第一人民医院")}),
    # one post, two people
    ("是南通大学附属医院护士徐静和顾晓燕。", {("徐静", "南通大学附属医院"), ("顾晓燕", "南通大学附属医院")}),
    # offices and their junior staff
    ("黔南州人民医院办公室主任杨帆主持会议。", {("杨帆", "黔南州人民医院办公室")}),
    ("贵州医科大学附属医院宣传部干事李娜拍摄了照片。", {("李娜", "贵州医科大学附属医院宣传部")}),
    # 医院 standing for the article's hospital before a department is not part of the department
    ("中山大学附属第一医院党委获评先进基层党组织,医院心血管医学部党总支书记董吾平获评优秀共产党员。",
     {("董吾平", "中山大学附属第一医院心血管医学部")}),
    # 该院 is the hospital the sentence last named, not the article's own
    ("宜昌市中心人民医院召开大会。曲靖市第一人民医院急诊科获表彰,该院呼吸与危重症医学科主任李卫东获表彰。",
     {("李卫东", "曲靖市第一人民医院呼吸与危重症医学科")}),
    # officials are not hospital staff, nor are those of an office of an organ
    ("佳木斯市松江医院召开会议。黑龙江省卫生健康委员会医政医管处处长王志远参加活动。", set()),
    # a name heading a clause with its post in brackets
    ("重庆市璧山区人民医院召开大会。许红梅(全科医学科主任、主任医师)被重庆市总工会授予“重庆市五一劳动奖章”。",
     {("许红梅", "重庆市璧山区人民医院全科医学科")}),
    # officials are not hospital staff
    ("副县长刘伟、县卫生健康局局长张强出席会议。", set()),
    # bylines are not staff
    ("（记者 王小明 通讯员 李华）", set()),
    # ordinary words starting with a family name
    ("医院支援党员干部全脱产驻村，祝贺获表彰的集体。", set()),
    ("常州市武进人民医院下沉专家门诊、统一信息平台。", set()),
    ("赣州市人民医院召开大会。她说:“帮扶不是替当地医生干活,而是带出一支队伍。”", set()),
    ("昆明市第一人民医院召开大会。张三是昆明市第一人民医院心血管内科原主任。", set()),
    ("湘江医院召开大会。由医院派出执行院长和业务骨干全面参与受援医院管理。", set()),
    ("光山县人民医院心内科主治医师黄磊已连续两年获评先进。", {("黄磊", "光山县人民医院心内科")}),
    # 选派 is no part of a unit; 赖 is a family name
    ("赣州市贡江医院选派医务科副科长钟卫东赴兴国县帮扶。", {("钟卫东", "赣州市贡江医院医务科")}),
    ("瑞金市人民医院儿科主任赖建平讲话。", {("赖建平", "瑞金市人民医院儿科")}),
    # the post of a man a hospital sent (某医院派驻的执行院长)
    ("东兰县人民医院召开大会。河池市红水河医院派驻的执行院长韦德明介绍经验。", {("韦德明", "河池市红水河医院")}),
    # an adverb after the name (又, 再次) ends it
    ("长治市人民医院驻村第一书记郭志强又被评为优秀驻村第一书记。", {("郭志强", "长治市人民医院")}),
])
def test_affiliations(text, expected):
    assert affiliations(text) == expected


def test_article_hospital_employs_people_named_with_a_post_only():
    text = ("贵阳市第一人民医院举行表彰大会。我院党委书记吴刚讲话。\n"
            "急诊科医生周雪为患者争取了时间。")
    assert affiliations(text) == {("吴刚", "贵阳市第一人民医院"), ("周雪", "贵阳市第一人民医院急诊科")}


def test_head_of_an_office_of_the_hospitals_party_committee_is_staff():
    text = ("贵阳市第一人民医院召开大会。党委组织部部长何丽主持会议。\n"
            "市委组织部部长王强出席。")
    assert affiliations(text) == {("何丽", "贵阳市第一人民医院党委组织部")}


def test_a_department_named_after_a_verb_and_the_hospital_starts_after_them():
    text = "贵阳市第一人民医院召开大会。会议授予该院党委组织部部长何丽“优秀党务工作者”称号。"
    assert affiliations(text) == {("何丽", "贵阳市第一人民医院党委组织部")}


def test_list_entry_name_then_description():
    text = "【全国卫生健康系统先进工作者】:杨帆 南宁市第二人民医院心血管内科主任"
    assert affiliations(text) == {("杨帆", "南宁市第二人民医院心血管内科")}


def test_list_entry_name_with_its_gender_then_description():
    text = "三、全省卫生健康系统优秀医务工作者(6名)\n程丽萍(女)　淮南市第一人民医院护理部主任\n"
    assert affiliations(text) == {("程丽萍", "淮南市第一人民医院护理部")}


def test_people_are_persons_with_their_roles():
    x = kg.extract_text("内蒙古医科大学附属医院党委副书记、院长崔忠太主持会议。")
    (claim,) = claims_of("内蒙古医科大学附属医院党委副书记、院长崔忠太主持会议。", AffiliationClaim)
    assert claim.role == "党委副书记、院长"
    assert x.mentions[0].label == "内蒙古医科大学附属医院"


def test_a_post_after_a_department_is_the_role_without_the_department():
    (claim,) = claims_of("宜昌市中心人民医院召开大会。医院心血管医学部党总支书记董吾平发言。", AffiliationClaim)
    assert (claim.organization.label, claim.role) == ("宜昌市中心人民医院心血管医学部", "党总支书记")


def test_a_village_party_secretary_is_not_the_hospitals_staff():
    text = ("长治市人民医院驻村帮扶工作队进驻东河村。东河村党支部书记申银虎说，"
            "东河村第一书记郭志强带领村民种植中药材。")
    assert affiliations(text) == {("郭志强", "长治市人民医院")}


def test_a_name_heading_a_clause_before_an_adverb_and_its_verb():
    text = "长治市人民医院召开大会。2022年6月,郭志强又被中共长治市委组织部评为“全市优秀驻村第一书记”。"
    assert {c.recipient.label for c in claims_of(text, AwardClaim)} == {"郭志强"}


@pytest.mark.parametrize("text, expected", [
    # names of two parts joined by a middle dot, ending before the next word
    ("莎车县人民医院院长买买提江·吐尔逊说。", {("买买提江·吐尔逊", "莎车县人民医院")}),
    ("莎车县人民医院骨科护士热娜古丽·买买提也在上海进修。", {("热娜古丽·买买提", "莎车县人民医院骨科")}),
    # Tibetan and Yi names, which start with no Han family name
    ("南木林县人民医院护士长格桑卓玛说。", {("格桑卓玛", "南木林县人民医院")}),
    ("雷波县人民医院护士沙马阿呷在湖州进修。", {("沙马阿呷", "雷波县人民医院")}),
    # a rarer family name; a year right after the name; 队员 is a post
    ("临朐县人民医院院长逄增军介绍经验。", {("逄增军", "临朐县人民医院")}),
    ("莎车县人民医院急诊科医生王浩然2023年被评为先进。", {("王浩然", "莎车县人民医院急诊科")}),
    ("浙江省人民医院援藏医疗队队员宋佳怡讲话。", {("宋佳怡", "浙江省人民医院")}),
    # a Mongolian name, no family name, doubling a character that elsewhere opens no name (其其格)
    ("内蒙古自治区人民医院儿科主任乌云其其格荣获“全国三八红旗手”称号。", {("乌云其其格", "内蒙古自治区人民医院儿科")}),
    # a verb after a post, before the full stop, is no name (骨干常驻)
    ("赣州市人民医院派驻副院长钟立新,并选派重症医学科骨干常驻。", {("钟立新", "赣州市人民医院")}),
])
def test_names_beyond_the_han_family_name_pattern(text, expected):
    assert affiliations(text) == expected


def test_a_newspaper_item_about_another_hospital_gives_bare_posts_that_hospital():
    text = ("上饶市信江医院心血管内科主任程立军荣获“江西省五一劳动奖章”。\n"
            "本报讯(通讯员 徐静)日前,上饶市灵山医院急诊医学科获评“江西省青年文明号”。科室主任汪志刚介绍了经验。\n"
            "上饶市信江医院召开大会。护理部主任邹晓梅讲话。\n")
    assert affiliations(text) == {("程立军", "上饶市信江医院心血管内科"), ("汪志刚", "上饶市灵山医院"),
                                  ("邹晓梅", "上饶市信江医院护理部")}


def test_roll_entries_with_a_note_in_brackets():
    text = "二、先进工作者(3名)\n郭振宇(石家庄市第五医院)、王秀英(女,满族,青龙满族自治县医院)\n2.韦国强(壮族) 玉林市第一人民医院神经外科主任\n"
    assert affiliations(text) == {("郭振宇", "石家庄市第五医院"), ("王秀英", "青龙满族自治县医院"),
                                  ("韦国强", "玉林市第一人民医院神经外科")}


def test_the_hospital_an_article_signs_with_is_not_its_own():
    text = ("我院与拜泉县人民医院签订对口帮扶协议\n"
            "近日，齐齐哈尔市第一医院与拜泉县人民医院签订对口帮扶协议。我院院长王立东出席签约仪式。"
            "拜泉县人民医院是县域龙头医院。我院派驻拜泉县人民医院的神经内科副主任医师韩雪开展帮扶。")
    assert affiliations(text) == {("王立东", "齐齐哈尔市第一医院"), ("韩雪", "齐齐哈尔市第一医院神经内科")}


@pytest.mark.parametrize("text, expected", [
    # a sentence opened by a name, then the person's hospital and post
    ("张建华,浙江省人民医院心内科主任,从医30年。", {("张建华", "浙江省人民医院心内科")}),
    # a roll entry whose name is also a dictionary word
    ("一、先进工作者(2名)\n高峰 周口市第一人民医院急诊科副主任医师\n", {("高峰", "周口市第一人民医院急诊科")}),
])
def test_names_with_their_place_after_them(text, expected):
    assert affiliations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the second of two people listed after one hospital is that hospital's too
    ("岳阳市第二人民医院召开会议。宜昌市第五人民医院副院长向红梅、医务科科长杜海波分别介绍经验。",
     {("向红梅", "宜昌市第五人民医院"), ("杜海波", "宜昌市第五人民医院医务科")}),
    # 的 between a department and a name; a colon between a post and a name; 负责人 is a post
    ("岳阳市第二人民医院召开会议。急诊科的徐卫东医生讲话。", {("徐卫东", "岳阳市第二人民医院急诊科")}),
    ("岳阳市第二人民医院召开会议。麻醉科(主任:白玉兰)全程保障。", {("白玉兰", "岳阳市第二人民医院")}),
    ("岳阳市第二人民医院召开会议。他和该院消化内科负责人班海燕一起梳理流程。", {("班海燕", "岳阳市第二人民医院消化内科")}),
    # the article's own roll: name, department, post
    ("淄博市中心医院召开大会。\n附:淄博市中心医院援疆医疗队队员名单\n李秀芝 妇产科 主任医师\n",
     {("李秀芝", "淄博市中心医院妇产科")}),
])
def test_posts_and_rolls_of_people(text, expected):
    assert affiliations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dotted name in a table's cell ends at the space after it, however its last part segments
    ("努尔兰·哈力木别克  男  哈萨克族  阿勒泰地区人民医院重症医学科主任", "努尔兰·哈力木别克"),
    ("叶尔兰·努尔旦  男  哈萨克族  吉木乃县人民医院院长", "叶尔兰·努尔旦"),
    # a two-character name padded to three in a table
    ("王　静  女  汉族  布尔津县人民医院检验科主管技师", "王静"),
])
def test_names_in_table_cells(text, expected):
    assert expected in {p.label for p in claims_of(text, AffiliationClaim) for p in [p.person]}


def test_a_name_without_a_family_name_between_a_post_and_the_verb_of_its_award():
    from conftest import awards_of

    text = ("锡林郭勒盟蒙医医院讯 院长额尔敦巴雅尔被内蒙古自治区卫生健康委员会授予“内蒙古自治区名蒙医”称号;"
            "蒙医妇科主任医师乌日娜荣获锡林郭勒盟行政公署授予的“全盟卫生健康系统先进工作者”称号。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("额尔敦巴雅尔", "内蒙古自治区名蒙医"),
                                                          ("乌日娜", "全盟卫生健康系统先进工作者")}
    assert awards_of("某市人民医院讯 院长高度重视,被评为先进。") == set()


@pytest.mark.parametrize("text, name", [
    ("昭苏县人民医院院长努尔兰·哈布都拉说,专家们来了就能上手。", "努尔兰·哈布都拉"),  # ends before 说, not at 都
])
def test_a_dotted_name_ends_before_the_verb_after_it(text, name):
    assert name in {c.person.label for c in claims_of(text, AffiliationClaim)}


def test_a_rank_is_no_name():
    assert not claims_of("吴忠市人民医院讯 在西北区综合排名中,医院位列第38名。", AffiliationClaim)



@pytest.mark.parametrize("text, expected", [
    # a roll's entry: the life's span and the sex stand between the name and the workplace
    ("谭秋英(1931—2016),女,株洲市第一人民医院原妇产科主任医师。1965年被卫生部授予“全国卫生系统先进工作者”称号。",
     {("谭秋英", "株洲市第一人民医院妇产科")}),
    ("邹桂兰,女,醴陵市人民医院护理部主任。1989年被国务院授予“全国先进工作者”称号。", {("邹桂兰", "醴陵市人民医院护理部")}),
])
def test_roll_entries_with_life_span_or_sex(text, expected):
    assert affiliations(text) == expected


@pytest.mark.parametrize("text, person", [
    ("心内科护士长、护理学科带头人周雅琴带领团队创新护理模式,2023年5月被河北省卫生健康委员会评为“河北省优秀护士”。", "周雅琴"),
    ("该院行政干部刘振杰任某村第一书记,2021年被中共河北省委授予“河北省脱贫攻坚先进个人”称号。", "刘振杰"),
    # a Mongolian name without a family name, right before a year
    ("乌兰察布市中心医院团委书记其木格2019年至2021年任第一书记,2021年被中共内蒙古自治区委员会授予“全区脱贫攻坚先进个人”称号。",
     "其木格"),
])
def test_people_after_posts_receive_their_awards(text, person):
    assert {c.recipient.label for c in claims_of(text, AwardClaim)} == {person}


def test_a_roll_entry_working_at_an_organ_is_no_hospitals_staff():
    text = ("浙江省卫生健康委员会关于通报表扬2023年度全省医疗卫生“山海”提升工程先进集体和先进个人的通报\n"
            "省卫健委决定,对浙江省人民医院等6个先进集体和陈立群等6名先进个人予以通报表扬。\n"
            "一、先进集体\n1.浙江省人民医院(帮扶淳安县第一人民医院)\n二、先进个人\n"
            "5.陈立群　浙江省人民医院心内科主任\n6.郑国强　衢州市卫生健康委员会基层卫生健康处处长\n")
    assert affiliations(text) == {("陈立群", "浙江省人民医院心内科")}


@pytest.mark.parametrize("text, expected", [
    # Mongolian names in a list, one of them starting with a character that is also a family name
    ("赤峰市医院心血管内科主任苏日娜、急诊科护士长乌兰图雅被授予“全区卫生健康系统先进个人”称号。",
     {("苏日娜", "赤峰市医院心血管内科"), ("乌兰图雅", "赤峰市医院急诊科")}),
    # a word of time after a name is no part of it
    ("景德镇市第一人民医院护理部主任余秋萍日前被江西省卫生健康委员会评为“江西省优秀护理工作者”。",
     {("余秋萍", "景德镇市第一人民医院护理部")}),
    # a name ends before a common verb its last character would otherwise start (创|作)
    ("万宁市人民医院召开大会。骨科护士黎芳创作的短视频获一等奖。", {("黎芳", "万宁市人民医院骨科")}),
    # a family name that is also a function word, before a post or a verb, is the word (任, 和, 曾)
    ("寻乌县人民医院召开大会。我院派驻的骨科主任任执行院长,另一名专家任副院长。", set()),
    ("寻乌县人民医院召开大会。医院曾派出12名医护人员,赵文博和工作队员一起进村。", set()),
    # 同获 (also received) after a name: 同 is no part of it
    ("遵义医科大学附属医院召开大会。驻村第一书记黄俊同获殊荣。", {("黄俊", "遵义医科大学附属医院")}),
    # 曾于 (once, in) after a name: 曾 is no part of it
    ("上海市第六人民医院召开大会。创伤急救中心护士长殷佳曾于2020年初驰援武汉。", {("殷佳", "上海市第六人民医院创伤急救中心")}),
    # a name before an ethnicity in brackets; a post of aid (援疆干部) before a name
    ("锡林郭勒盟蒙医医院蒙医内科主任乌日根其其格(蒙古族)是获奖者中的蒙医专家。",
     {("乌日根其其格", "锡林郭勒盟蒙医医院蒙医内科")}),
])
def test_names_after_posts_end_where_they_should(text, expected):
    assert affiliations(text) == expected


def test_an_item_whose_headline_names_no_hospital_is_about_the_one_its_story_names():
    text = ("湖南卫生健康报\n2023年7月4日 第3版\n十年接力 从“输血”到“造血”\n怀化市第一人民医院\n让麻阳群众在家门口看好病\n"
            "本报讯(记者 向春燕)\n怀化市第一人民医院与麻阳苗族自治县人民医院签订对口帮扶协议。怀化市第一人民医院派出专家。"
            "怀化市第一人民医院院长表示继续帮扶。\n━━━━━━━━━━━━━━━━━━━━\n把党支部建在“生命线”上\n"
            "——一个急诊科党支部的七年“红色接力”\n◎唐静 彭程\n7月1日,全省卫生健康系统“两优一先”表彰大会在长沙召开。"
            "会上,中共湖南省卫生健康委员会党组授予株洲市中心医院急诊科党支部“全省卫生健康系统先进基层党组织”称号。\n"
            "支部副书记、护士长周丽萍带领护理团队推行分级护理。\n")
    assert ("周丽萍", "株洲市中心医院") in affiliations(text)


def test_a_rule_between_items_ends_whom_he_stands_for():
    text = ("赣州日报\n2024年7月9日 第6版\n“95后”护士获“赣州青年五四奖章”\n本报记者 黄蕾\n"
            "5月4日,共青团赣州市委授予瑞金市人民医院急诊科护士赖雨欣“赣州青年五四奖章”。\n"
            "─────────────────\n天山脚下的“赣南白衣”\n本报通讯员 朱海涛\n"
            "7月5日,结束援疆任务的赣州市第三人民医院心内科副主任医师肖建明回到赣州。\n"
            "今年4月,他被江西省卫生健康委员会评为“江西省优秀援疆干部”。\n")
    got = {(c.recipient.label, c.honor.label) for c in claims_of(text, AwardClaim)}
    assert ("肖建明", "江西省优秀援疆干部") in got and ("赖雨欣", "江西省优秀援疆干部") not in got


def test_a_photo_caption_is_no_headline_of_an_item():
    text = ("利川市谋道镇卫生院荣获湖北省五一劳动奖状。\n"
            "▲恩施州中心医院专家在谋道镇卫生院坐诊\n"
            "“以前做个胃镜要跑到城里。”护士长向丽副主任护师说。")
    assert affiliations(text) == {("向丽", "利川市谋道镇卫生院")}


def test_a_rolls_entry_works_where_its_bracket_says():
    text = ("一、全州优秀共产党员(3名)\n"
            "王丽萍（女，黔东南州人民医院肿瘤科主任）　　石光明（苗族，台江县人民医院党总支书记、院长）　　"
            "邰秀芬（女，苗族，榕江县人民医院党委副书记）\n")
    assert {("石光明", "台江县人民医院"), ("邰秀芬", "榕江县人民医院")} <= affiliations(text)


def test_a_decisions_roll_places_each_entry_at_its_own_workplace():
    text = ("近日,某医院召开大会。\n"
            "授予王红霞等40名同志“河南省脱贫攻坚先进个人”称号。名单如下:\n"
            "王红霞(女)　省扶贫办综合处处长\n"
            "耿玉林　巩义市西村镇罗泉村党支部书记\n"
            "杨学军　卢氏县人民医院党委书记、院长\n"
            "欧阳红(女,赣南医学院第一附属医院心血管内科副主任医师,对口支援安远县人民医院)\n")
    got = affiliations(text)
    assert ("杨学军", "卢氏县人民医院党委") in got
    assert ("欧阳红", "赣南医学院第一附属医院") in got and ("欧阳红", "安远县人民医院") not in got
    assert not any(p in ("王红霞", "耿玉林") for p, _ in got)


def test_a_chronicles_former_heads_are_the_sections_hospitals():
    text = ("临泉县人民医院前身为临泉县卫生院,1956年改称临泉县医院,1998年更名为临泉县人民医院。\n"
            "历任院长　刘德胜（1984.3—1992.6）、张广田（1992.6—2001.2）。\n"
            "【历任院长】王振东(1986—1994)、刘建华(1994—)\n"
            "二、县妇幼保健院\n"
            "前身为1953年成立的临泉县妇幼保健站,2012年更名为临泉县妇幼保健院。\n")
    got = affiliations(text)
    assert {("刘德胜", "临泉县人民医院"), ("张广田", "临泉县人民医院"), ("王振东", "临泉县人民医院"),
            ("刘建华", "临泉县人民医院")} <= got


@pytest.mark.parametrize("text, name", [
    ("签约仪式上,色达县人民医院院长泽仁多吉动情地说:“谢谢。”", "泽仁多吉"),
    ("囊谦县人民医院外科医生才仁多杰说,技术进步很快。", "才仁多杰"),
])
def test_a_tibetan_name_is_two_of_its_syllables(text, name):
    assert any(p == name for p, _ in affiliations(text))


def test_a_name_alone_in_a_tables_cell_is_a_person_and_a_titles_level_is_none():
    """9 某称号 王某 某机关 2019: the cell's name; 产科护士长 全国三八红旗手: no 全国三 after the post."""
    from dataclasses import fields

    from kg.records import Kind

    text = ("宜宾市第一人民医院职工荣誉\n序号\t荣誉名称\t获奖对象\t授予机关\t获得时间\n"
            "9\t四川省三八红旗手\t龙春燕\t四川省妇女联合会\t2019.03\n"
            "姓名\t科室/职务\t荣誉称号\t授予单位\t年份\n赵文静\t产科护士长\t全国三八红旗手\t全国妇联\t2022\n")
    x = kg.extract_text(text)
    people = {m.label for c in x.claims for m in (getattr(c, f.name) for f in fields(c))
              if getattr(m, "kind", None) == Kind.PERSON}
    assert people == {"龙春燕", "赵文静"}


def test_roll_entries_under_their_county_take_the_hospital_after_the_gap():
    """会昌县　甲（女）　某县人民医院护理部主任 / 石城县　乙　某县人民医院…书记: each person's own hospital."""
    text = ("中共赣州市委关于表彰全市优秀共产党员的决定\n　　全市优秀共产党员：\n"
            "　　会昌县　刘桂英（女）　会昌县人民医院护理部主任\n　　石城县　温建新　石城县人民医院外科党支部书记\n")
    got = {(p, o) for p, o in affiliations(text)}
    assert got == {("刘桂英", "会昌县人民医院护理部"), ("温建新", "石城县人民医院外科党支部")}


@pytest.mark.parametrize("text, name", [
    ("喀什地区第一人民医院儿科主任努尔比亚·阿不都热合曼（维吾尔族）获评先进。", "努尔比亚·阿不都热合曼"),
    ("和田地区人民医院院长艾尔肯·买买提明、于都县人民医院院长刘某获评先进。", "艾尔肯·买买提明"),
    ("天津市海光医院医生王某与和田地区人民医院医生阿不都热合曼·艾买提结成师徒,获评先进。", "阿不都热合曼·艾买提"),
])
def test_a_dotted_name_ends_at_the_mark_after_it(text, name):
    assert name in {p for p, _ in affiliations(text)}


def test_names_after_a_post_are_not_adverbs_and_a_village_doctor_is_named_again():
    """党员都能…, 骨干全脱产…: adverbs, not names; 乡村医生周某 (no hospital's staff) is 周某 again later."""
    people = {m.label for m in kg.extract_text("医院选派9名党员骨干全脱产驻村,党员都能以他为镜子。").mentions
              if m.kind.name == "PERSON"}
    assert people == set()
    text = ("记新街村卫生室乡村医生周德胜\n天长市人民医院心内科副主任医师孙浩每周二下沉坐诊。周德胜负责全村的基本公共卫生服务。"
            "2017年,他被国家卫生计生委评为“全国优秀乡村医生”。")
    assert {(r, h) for r, h, _, _ in awards_of(text)} == {("周德胜", "全国优秀乡村医生")}


def test_a_known_department_after_a_hospital_and_de_is_that_hospitals():
    text = "来自山东省青岛大学附属医院的护理部主任孙晓蕾、来自武汉市中心医院的急诊科主任程立新获评先进。"
    assert set(affiliations(text)) == {("孙晓蕾", "山东省青岛大学附属医院护理部"), ("程立新", "武汉市中心医院急诊科")}


def test_a_midwife_is_a_post_but_her_clinic_no_name():
    """助产士阿依江·哈力木: a post before a name; 助产士门诊: a clinic, no 门 family."""
    assert {p for p, _ in affiliations("伊犁哈萨克自治州友谊医院的助产士阿依江·哈力木获评先进。")} == {"阿依江·哈力木"}
    people = {m.label for m in kg.extract_text("南阳市第一人民医院助产士门诊获评先进。").mentions if m.kind.name == "PERSON"}
    assert people == set()


def test_yi_names_of_a_clan_whose_name_reads_as_a_verb():
    """阿说 is a Yi clan name (阿说莫色), not 阿 and 说."""
    from kg.extract.people import read_name

    assert read_name("院长阿说莫色说", 2).name == "阿说莫色"


def test_in_office_after_a_post_is_no_name():
    """他从某医院副院长任上调任…: 任上 (in office), not a person holding the post."""
    assert affiliations("雷建华是畲族,2018年8月,他从丽水市中心医院副院长任上调任景宁畲族自治县人民医院院长。") == set()


def test_an_administrative_office_stands_between_a_hospital_and_its_officer():
    """盛京医院医务处处长甲: his hospital is the one named before the office, not the article's own."""
    text = ("省巡查组进驻丹东市第一医院\n\n巡查组进驻丹东市第一医院开展工作。丹东市第一医院院长于洪波作了汇报。"
            "中国医科大学附属盛京医院医务处处长关宏伟一行查看了急诊抢救室。")
    assert ("关宏伟", "中国医科大学附属盛京医院医务处") in affiliations(text)


@pytest.mark.parametrize("text, expected", [
    # a count after the name closes it (骨科蒋立新3人入选)
    ("衢州市人民医院普外科毛志勇、骨科蒋立新3人入选。", {"毛志勇", "蒋立新"}),
    # verbs of the genre after a name: 出征, 评价
    ("衢州市人民医院麻醉科主治医师祝海波出征西藏。", {"祝海波"}),
    ("汉中市中心医院党委书记马卫东评价说,他是榜样。", {"马卫东"}),
    # a Mongolian name starting with 那, after a post
    ("呼伦贝尔市人民医院重症医学科主任那日苏荣获“内蒙古自治区五一劳动奖章”。", {"那日苏"}),
    # 曾 (once) before 荣获 and 和 (and) before a count are no family names
    ("新乡医学院第一附属医院曾荣获“全国五一劳动奖状”。", set()),
    ("海南省人民医院派驻执行院长、副院长和十二名学科带头人常驻琼中。", set()),
    # 向东, 向阳: given names that start with the preposition 向; 党员都装在心里: the adverb 都
    ("郴州市第一人民医院党委书记李向东表示,荣誉属于全院党员。", {"李向东"}),
    ("郴州市第一人民医院党委书记黄丽娟把每一名党员都装在心里。", {"黄丽娟"}),
    # 挂任 (seconded as) and 难掩 after a name, a dotted one too
    ("重庆医科大学附属第一医院副主任医师邓凯挂任城口县人民医院副院长。", {"邓凯"}),
    ("莎车县人民医院党委书记艾尔肯·吐尔洪难掩激动。", {"艾尔肯·吐尔洪"}),
    # a clause opened by its year: 继2017年某主任医师获评…之后
    ("这是继2017年宋世昌主任医师获评首届全国名中医之后,甘肃省中医院再次有专家获此殊荣。", {"宋世昌"}),
])
def test_names_read_in_the_genres_places(text, expected):
    assert {c.person.label for c in claims_of(text, AffiliationClaim)} | \
        {c.recipient.label for c in claims_of(text, AwardClaim) if c.recipient.kind == Kind.PERSON} == expected
