"""Hospital names: the name grammar, short forms in context, things that must not become hospitals."""
from __future__ import annotations

import pytest

import kg
from conftest import awards_of
from kg.records import Kind


def hospitals(text: str) -> set[str]:
    return {m.label for m in kg.extract_text(text).mentions if m.kind == Kind.HOSPITAL}


@pytest.mark.parametrize("text, expected", [
    # township health centres, whose township jieba cuts in two (乌/石镇, 大桥/镇, 联合会/川镇)
    ("渭源县人民医院联合会川镇卫生院开展体检。", {"渭源县人民医院", "会川镇卫生院"}),
    # community health centres (a 街道 jieba cut in two), county medical communities, maternal centres
    ("潍坊市卫健委对潍城区于河街道社区卫生服务中心予以通报表扬。", {"潍城区于河街道社区卫生服务中心"}),
    ("安吉县人民医院医共体获评先进。", {"安吉县人民医院医共体"}),
    ("安吉县医共体建设取得成效。", set()),
    ("岷县妇幼保健计划生育服务中心召开大会。", {"岷县妇幼保健计划生育服务中心"}),
    # a kind of hospital, not a name
    ("河北医科大学第二医院同时是河北省援疆医院之一。", {"河北医科大学第二医院"}),
    ("复旦大学医院管理研究所发布《2022年度中国医院综合排行榜》。", set()),
    ("一代代医院人接续奋斗，居全省地市级医院前列。", set()),
    ("今年全省共有3家企业医院获奖，他扎根矿区医院30余年。", set()),
    ("他们代表医院送来慰问，把心电图传回医院。", set()),
    ("陆川县乌石镇中心卫生院获评先进。", {"陆川县乌石镇中心卫生院"}),
    ("陆川县大桥镇中心卫生院院长讲话。", {"陆川县大桥镇中心卫生院"}),
    ("陆川县良田镇卫生院获评先进。", {"陆川县良田镇卫生院"}),
    # a district's hospital keeps its city (a county's does not: 于都县人民医院 below)
    ("甘肃省兰州市西固区人民医院党委书记出席会议。", {"兰州市西固区人民医院"}),
    # place + type words
    ("授予宁夏回族自治区人民医院“全国文明单位”称号。", {"宁夏回族自治区人民医院"}),
    ("会上，长沙市第一医院作了交流发言。", {"长沙市第一医院"}),
    ("广西壮族自治区妇幼保健院新院区启用。", {"广西壮族自治区妇幼保健院"}),
    # province and city in front of a county hospital: the county's name is the hospital's
    ("江西省赣州市于都县人民医院召开大会。", {"于都县人民医院"}),
    ("新疆伊犁州霍城县人民医院开展义诊。", {"霍城县人民医院"}),
    # a district of a municipality keeps the municipality
    ("重庆市渝北区人民医院举行揭牌仪式。", {"重庆市渝北区人民医院"}),
    ("北京市海淀医院获得表彰。", {"北京市海淀医院"}),
    ("上海市徐汇区中心医院派出医疗队。", {"上海市徐汇区中心医院"}),
    # the party committee's full name: 中共 is not part of the hospital's
    ("会议宣读了《中共江苏省立医院委员会关于表彰优秀共产党员的决定》。", {"江苏省立医院"}),
    # ... but the county it was before (梁平县, now 梁平区) is written as it is
    ("梁平县人民医院派出医疗队。", {"梁平县人民医院"}),
    # universities and their affiliated hospitals, proper names
    ("中南大学湘雅二医院举行签约仪式。", {"中南大学湘雅二医院"}),
    ("四川大学华西医院专家赶赴现场。", {"四川大学华西医院"}),
    ("华中科技大学同济医学院附属协和医院派出医疗队。", {"华中科技大学同济医学院附属协和医院"}),
    ("中国医科大学附属盛京医院荣获表彰。", {"中国医科大学附属盛京医院"}),
    ("河北医科大学第二医院组织学习。", {"河北医科大学第二医院"}),
    # a place starting like a pronoun (贵州, 贵阳) is a place, not 贵院
    ("贵州医科大学附属医院召开大会。", {"贵州医科大学附属医院"}),
    ("贵阳医学院附属医院派出专家。", {"贵阳医学院附属医院"}),
    ("感谢贵院的大力支持。", set()),
    # military hospitals name their force and number
    ("中国人民解放军总医院第一医学中心党委荣获表彰。", {"中国人民解放军总医院第一医学中心"}),
    ("联勤保障部队第九〇〇医院开展义诊,武警湖北省总队医院派出专家。", {"联勤保障部队第九〇〇医院", "武警湖北省总队医院"}),
    ("中国人民武装警察部队特色医学中心获评先进集体。", {"中国人民武装警察部队特色医学中心"}),
    # a township hospital
    ("该镇卫生院与福贡县人民医院建立联系。", {"福贡县人民医院"}),
    # nothing: kinds of hospitals, verbs before 医院, rankings, associations
    ("该院是一家三级甲等综合医院。", set()),
    ("全县乡镇卫生院和县级医院均参与。", set()),
    ("推动医院高质量发展，打造智慧医院。", set()),
    ("省医院协会召开年会。", set()),
    ("这是一所大学附属医院。", set()),
    ("医院将发挥国家医学中心辐射带动作用。", set()),
    ("“2023年度医院管理创新奖”揭晓,年度医院排行榜发布。", set()),
    # a hospital described, in a title or not, is no hospital's name (but a quoted name is a name)
    ("在省政府召开的表彰大会上，信阳市中心医院获评“标杆医院”。", {"信阳市中心医院"}),
    ("2020年，遂宁市中心医院荣获“爱婴医院”称号。", {"遂宁市中心医院"}),
    ("标杆医院建设取得成效，医院派出专家赴光山县帮扶。", set()),
    ("推动受托医院于2023年顺利晋升二级甲等医院。", set()),
    ("该院获评“全国百姓放心示范医院”。", set()),
    ("该院与“北京协和医院”签订合作协议。", {"北京协和医院"}),
    # the country before a university's name; a hill's name cut before its last character; a department
    # of infection control (医院感染…) right after the hospital's name
    ("汪浩 中国科学技术大学附属第一医院感染病院院长。", {"中国科学技术大学附属第一医院"}),
    ("刘芳(女) 皖南医学院弋矶山医院感染科副主任护师", {"皖南医学院弋矶山医院"}),
    ("王丽君(女) 中南大学湘雅医院医院感染控制中心主任", {"中南大学湘雅医院"}),
    ("他在山医院工作。", set()),
    # a verb glued to 省 by the segmenter, a common word before 县: no hospital's name
    ("通过绿色通道将危重患者直接转诊至省医院。", set()),
    ("我们去的时候县医院只有两间手术室。", set()),
    # 甲、乙、丙三县人民医院: the people's hospital of each county listed
    ("四川省人民医院对口帮扶石渠、色达、理塘三县人民医院。",
     {"四川省人民医院", "石渠县人民医院", "色达县人民医院", "理塘县人民医院"}),
    # a named university's hospital in a city (the city right before 医院), not the city's bare hospital
    ("浙江大学金华医院与浙江大学衢州医院签约。", {"浙江大学金华医院", "浙江大学衢州医院"}),
    ("他先后到省内三十多家医院、20余家医院讲课。", set()),  # (hospitals counted, none named)
    # 某县人医: the people's hospital written short (not the 人医 inside 工人医院)
    ("沂南人医专家与柳州市工人医院专家会诊。", {"沂南县人民医院", "柳州市工人医院"}),
    # a county hospital's branch (a township's health centre that was), and one named alone
    ("阳西县总医院沙扒分院获评先进,儒洞分院科长陈某发言,他带领分院、各分院和9家分院的医生义诊。",
     {"阳西县总医院沙扒分院", "儒洞分院"}),
    # a county's short name before a university's hospital (会同 'together with'): places go from the widest in
    ("山东省立医院牵头,会同山东大学齐鲁医院共同选派骨干。", {"山东省立医院", "山东大学齐鲁医院"}),
    # a city's medical centre, its hospital named within it
    ("宁波市医疗中心李惠利医院与昭觉县人民医院签订协议。", {"宁波市医疗中心李惠利医院", "昭觉县人民医院"}),
    # a university hospital's campus in a district, written right after it: one hospital
    ("北京大学第一医院密云医院与山东大学齐鲁医院签约。", {"北京大学第一医院密云医院", "山东大学齐鲁医院"}),
])
def test_hospital_names(text, expected):
    assert hospitals(text) == expected


def test_short_forms_take_the_place_the_article_is_about():
    text = ("铜仁市人民医院获评先进集体。\n"
            "近年来，铜仁市深化医改。市人民医院党委书记杨林表示，将继续努力。")
    assert hospitals(text) == {"铜仁市人民医院"}


def test_a_short_form_on_a_roll_takes_the_city_of_its_group_heading():
    text = ("河南省卫生健康系统先进工作者名单\n省直(1名)\n刘建国 省人民医院胸外科主任\n"
            "郑州市(1名)\n李红霞 市第七人民医院护士长\n洛阳市(2名)\n王志刚 市中心医院神经外科主任\n"
            "杜鹃 嵩县人民医院妇产科主任\n南阳市(1名)\n陈光明 市第二人民医院副院长")
    assert hospitals(text) == {"河南省人民医院", "郑州市第七人民医院", "洛阳市中心医院", "嵩县人民医院", "南阳市第二人民医院"}


def test_a_verbs_character_before_a_county_hospital_names_no_hospital():
    text = "九江市第一人民医院党委召开会议。帮县医院“强筋壮骨”的同时,九江市第一人民医院还承担着驻村帮扶任务。"
    assert hospitals(text) == {"九江市第一人民医院"}


def test_county_short_form_needs_one_county_in_context():
    text = "盐亭县人民医院召开职代会。会上，县人民医院院长作报告。盐亭县委书记出席。"
    assert hospitals(text) == {"盐亭县人民医院"}
    assert hospitals("县人民医院召开职代会。") == set()


def test_declared_short_name_refers_to_the_hospital():
    x = kg.extract_text("温州医科大学附属第一医院（以下简称“温医一院”）举行大会。温医一院党委书记讲话。")
    labels = [m.label for m in x.mentions if m.kind == Kind.HOSPITAL]
    assert labels == ["温州医科大学附属第一医院", "温州医科大学附属第一医院"]
    assert "温医一院" in {a for m in x.mentions for a in m.aliases}


def test_a_short_name_declared_after_another_name_in_brackets_refers_to_the_hospital():
    text = ("江西省人民医院(南昌医学院第一附属医院,以下简称“江西省医”)召开大会。"
            "江西省医对口帮扶的石城县人民医院获评先进。江西省医还派出专家。")
    x = kg.extract_text(text)
    labels = [m.label for m in x.mentions if m.kind == Kind.HOSPITAL]
    assert sorted(labels) == ["江西省人民医院"] * 4 + ["石城县人民医院"]


def test_an_abbreviation_of_a_hospital_named_in_full_is_that_hospital():
    """海医一附院, 河北医大二院: the characters of a full name the article gives, in order; an abbreviation
    of no hospital it names stays unread."""
    text = ("海南医学院第一附属医院与河北医科大学第二医院签约。海医一附院院长王某表示,河北医大二院将派出专家。"
            "西医大三院也派人参加。")
    x = kg.extract_text(text)
    mentions = [m for m in x.mentions if m.kind == Kind.HOSPITAL]
    assert sorted(m.label for m in mentions) == ["河北医科大学第二医院"] * 2 + ["海南医学院第一附属医院"] * 2
    assert {"海医一附院", "河北医大二院"} <= {a for m in mentions for a in m.aliases}


def test_a_declared_short_name_with_a_bare_city_is_the_same_hospital():
    text = "郴州市第三人民医院(以下简称“市三医院”)始建于1958年。近年来,市三医院获得“湖南省文明单位”称号。"
    assert hospitals(text) == {"郴州市第三人民医院"}


def test_a_hospital_named_after_two_forms_of_its_county_is_one_hospital():
    text = "大通回族土族自治县中医医院召开大会。托管大通县中医医院后，医院发展迅速。"
    assert hospitals(text) == {"大通回族土族自治县中医医院"}


def test_a_hospitals_other_name_in_brackets_is_the_same_hospital():
    x = kg.extract_text("陆军军医大学第一附属医院（西南医院）专家参加义诊。西南医院还派出护理团队。")
    hospital_mentions = [m for m in x.mentions if m.kind == Kind.HOSPITAL]
    assert {m.label for m in hospital_mentions} == {"陆军军医大学第一附属医院"}
    assert len(hospital_mentions) == 3
    assert "西南医院" in {a for m in hospital_mentions for a in m.aliases}


def test_county_hospital_without_renmin_joins_the_full_name():
    x = kg.extract_text("我院对口支援通江县人民医院。通江县医院骨科由我院专家指导。")
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == {"通江县人民医院"}


def test_a_hospital_named_after_a_former_county_is_placed_in_the_division_of_today():
    m = next(m for m in kg.extract_text("梁平县人民医院派出医疗队。").mentions if m.kind == Kind.HOSPITAL)
    assert (m.label, m.attr("location")) == ("梁平县人民医院", "500155")


def test_a_hospital_receiving_through_its_committee_takes_no_alias_from_it():
    x = kg.extract_text("宁波市第一医院召开大会。医院党委先后获评“浙江省文明单位”“浙江省五一劳动奖状”。")
    aliases = {a for m in x.mentions if m.kind == Kind.HOSPITAL for a in m.aliases}
    aliases |= {a for c in x.claims if c.__class__.__name__ == "AwardClaim" for a in c.recipient.aliases}
    assert "党委" not in aliases and "医院党委" not in aliases


def test_a_verb_and_a_given_name_before_a_county_hospital_are_no_hospital():
    x = kg.extract_text("由我院选派副院长邓建华任县人民医院执行院长。", name="t.txt")
    assert not [m for m in x.mentions if m.kind == Kind.HOSPITAL and "建华" in m.label]


def test_a_hospital_renamed_is_one_hospital_under_its_last_name():
    text = ("崇左市人民医院位于崇左市江州区,前身为崇左县卫生院。1984年更名为崇左县人民医院,2003年随崇左撤地设市更名为崇左市人民医院。"
            "1998年,崇左县人民医院护理部被共青团中央授予“全国青年文明号”称号。")
    x = kg.extract_text(text, name="t.txt")
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == {"崇左市人民医院"}


def test_the_hospital_a_dashed_subtitle_names_is_the_articles_own():
    text = ("五十载风雨兼程 半世纪薪火相传\n——六安市人民医院建院50周年历史沿革\n"
            "1971年,六安地区人民医院正式成立。医院对口支援霍邱县人民医院。2000年,医院随之更名为六安市人民医院。\n"
            "此后,医院对口支援对象由霍邱县人民医院调整为金寨县人民医院,帮助金寨县人民医院建成胸痛中心。\n"
            "2019年,医院对金寨县人民医院开展组团式帮扶。2015年,医院被授予“全国文明单位”称号。\n"
            "五十年来,从六安地区人民医院到六安市人民医院,一代代人接续奋斗。\n")
    assert {r for r, _, _, _ in awards_of(text)} == {"六安市人民医院"}


def test_a_features_subtitle_word_is_no_part_of_a_hospitals_name():
    x = kg.extract_text("天使守护新生命\n——记市妇幼保健院产科护理团队", name="t.txt")
    assert not [m for m in x.mentions if m.kind == Kind.HOSPITAL and m.label.startswith("记")]


def test_a_numbered_short_form_is_the_numbered_peoples_hospital_of_the_article():
    x = kg.extract_text("常德市第一人民医院党委获表彰。近年来,市一医院党委推行“支部建在科室”。")
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == {"常德市第一人民医院"}


@pytest.mark.parametrize("text, expected", [
    # a private hospital's brand jieba does not know, split into single characters
    ("阜阳和美医院党支部获评市级标杆党组织。", {"阜阳和美医院"}),
    # 建成|县医院: a verb's last character is no county's first (成县 is a county)
    ("宕昌县人民医院召开大会。他牵头建成县医院消化内镜中心。", {"宕昌县人民医院"}),
    ("陇南市成县人民医院召开大会。", {"成县人民医院"}),
])
def test_hospital_names_against_segmentation(text, expected):
    x = kg.extract_text(text)
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == expected


@pytest.mark.parametrize("text, expected", [
    # a university's hospital is not renamed after a district
    ("重庆医科大学附属第一医院召开大会。那一年,医院与开县人民医院(2016年开县撤县设区后更名为重庆市开州区人民医院)"
     "结成对口支援关系。", {"重庆医科大学附属第一医院", "重庆市开州区人民医院"}),
    # a county of a municipality keeps its name as written; a district takes the municipality
    ("重庆医科大学附属第一医院与城口县人民医院、开州区人民医院签订帮扶协议。",
     {"重庆医科大学附属第一医院", "城口县人民医院", "重庆市开州区人民医院"}),
])
def test_renamed_and_municipal_hospitals(text, expected):
    x = kg.extract_text(text)
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == expected


def test_the_one_renamed_is_a_hospital_not_read_as_one_not_the_aider_named_before():
    text = ("十堰市太和医院托管竹山县人民医院。早在2012年,太和医院就开始对口支援原郧县人民医院,"
            "2014年郧县撤县设区后,该院更名为十堰市郧阳区人民医院。")
    x = kg.extract_text(text)
    assert {(m.surface, m.label) for m in x.mentions if m.kind == Kind.HOSPITAL and m.surface == "太和医院"} \
        == {("太和医院", "十堰市太和医院")}


def test_a_title_conferred_on_hospitals_is_no_hospital():
    x = kg.extract_text("近日,河南省卫生健康委公布名单,罗山县人民医院被评为“河南省改善医疗服务先进典型医院”。")
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == {"罗山县人民医院"}


@pytest.mark.parametrize("text, expected", [
    ("县医院对各乡镇卫生院实行帮扶。", set()),  # 各 (each): jieba glues it to the name after it
    ("分院如宁平镇中心卫生院开展服务。", {"宁平镇中心卫生院"}),
    ("如皋市人民医院召开大会。", {"如皋市人民医院"}),  # (a county that starts with 如)
    ("该院通过规范化卫生院复审。", set()),  # a grade of health centres, not one
])
def test_quantifiers_and_grades_are_no_part_of_a_hospital(text, expected):
    x = kg.extract_text(text)
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == expected


def test_a_pages_title_ending_in_its_sites_hospital_names_the_articles_own():
    from kg.extract.doc import Doc, locate_places
    from kg.extract.hospitals import find_hospitals
    from kg.normalize import normalize
    from kg.records import RawArticle
    from kg.sentences import split_sentences

    source = ("<html><head><title>五年托管期满 那坡县人民医院自主发展-医院新闻-广西医科大学第一附属医院</title></head>"
              "<body><h1>五年托管期满 那坡县人民医院自主发展</h1><p>6月30日,广西医科大学第一附属医院托管那坡县人民医院"
              "五周年总结仪式在那坡县举行。那坡县人民医院院长发言。那坡县人民医院将继续发展。</p>"
              "<p>我院党委副书记出席。</p></body></html>")
    article = normalize(RawArticle(path="p.html", name="p.html", source=source, encoding="utf-8",
                                   media_type="html", digest="0" * 64))
    doc = Doc(article, split_sentences(article))
    locate_places(doc)
    find_hospitals(doc)
    assert doc.main_hospital == "广西医科大学第一附属医院"


def test_a_maternal_and_child_health_centre_is_a_hospital():
    x = kg.extract_text("洛阳市妇女儿童医疗保健中心产科党支部获评先进基层党组织。")
    assert "洛阳市妇女儿童医疗保健中心" in {m.label for m in x.mentions}


def test_a_name_and_the_verb_after_it_are_no_part_of_a_hospital():
    """今年是陆海清到龙华医院工作的第三年: the hospital is 龙华医院, the one the article names in full."""
    x = kg.extract_text("上海中医药大学附属龙华医院召开大会。今年是陆海清到龙华医院工作的第三年。")
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == {"上海中医药大学附属龙华医院"}


def test_the_hospital_inspectors_come_to_is_the_articles_own():
    """省巡查组进驻某医院: the hospital inspected is what the article is about, though other hospitals'
    experts are named more often; a bare 医院 is it."""
    text = ("省巡查组进驻丹东市第一医院开展巡查工作\n\n9月9日,省大型医院巡查第三组进驻丹东市第一医院。巡查组由中国医科大学"
            "附属盛京医院等单位的专家组成。盛京医院专家查看了病历。医院院长于洪波作了汇报。")
    assert awards_of(text) == set()
    x = kg.extract_text(text)
    from kg.records import AffiliationClaim
    assert {(c.person.label, c.organization.label) for c in x.claims if isinstance(c, AffiliationClaim)} == {
        ("于洪波", "丹东市第一医院")}


def test_a_womens_and_childrens_medical_centre_is_a_hospital_though_a_childrens_centre_is_a_department():
    x = kg.extract_text("海南省妇女儿童医学中心产科获评全国三八红旗集体。")
    assert {m.label for m in x.mentions if m.kind == Kind.HOSPITAL} == {"海南省妇女儿童医学中心"}
