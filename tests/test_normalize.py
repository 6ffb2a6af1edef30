"""Normalisation: what OCR, WeChat and traditional-character pages become, and offsets back to the source."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.normalize import find_date, normalize_text


@pytest.mark.parametrize("source, expected", [
    # OCR spaces between characters go; a space between two names on a normal line stays
    ("为 庆 祝 中 国 共 产 党 成 立 100 周 年 ， 医 院 举 办 活 动", "为庆祝中国共产党成立100周年,医院举办活动"),
    ("周迪军 农工党岳阳市人民医院总支主委、岳阳市人民医院大内科主任兼内分泌科主任",
     "周迪军 农工党岳阳市人民医院总支主委、岳阳市人民医院大内科主任兼内分泌科主任"),
    # on a normal line, a run of single characters spaced apart is joined (a spaced-out name, an OCR'd stretch)
    ("本报讯(记者 张 伟)近日,吉 林 大 学 第 一 医 院 急 诊 科 、长春市中心医院获表彰",
     "本报讯(记者张伟)近日,吉林大学第一医院急诊科、长春市中心医院获表彰"),
    ("心内科主任医师刘 洪 涛、护理部主任李秀梅获表彰", "心内科主任医师刘洪涛、护理部主任李秀梅获表彰"),
    ("王某 李某 张某获表彰", "王某 李某 张某获表彰"),
    # a character alone between single spaces, inside words glued to their neighbours
    ("沧州市人民医院急 诊 科护士长高 秀 英榜上有名", "沧州市人民医院急诊科护士长高秀英榜上有名"),
    ("王 芳 南宁市第二人民医院护士", "王芳 南宁市第二人民医院护士"),
    # a two-character name padded to three characters' width in a list
    ("获奖名单:韦   波、李秀梅、王　　伟", "获奖名单:韦波、李秀梅、王伟"),
    # corner brackets are quotes
    ("本院榮獲「全國文明單位」稱號,『三甲』", "本院荣获“全国文明单位”称号,“三甲”"),
    # a number broken across lines is joined
    ("医院被授予2019年度先进集体。202\n\n0年3月,医院再获表彰。", "医院被授予2019年度先进集体。2020年3月,医院再获表彰。"),
    # years in Chinese numerals are years (a year range too)
    ("二〇二二年,医院被评为“二〇二一年度长治市优秀医师”", "2022年,医院被评为“2021年度长治市优秀医师”"),
    # traditional -> simplified, full-width -> half-width
    ("醫院榮獲“全國文明單位”稱號（2020年）", "医院荣获“全国文明单位”称号(2020年)"),
    # …and a Hong Kong reprint's variant characters (衞 for 衛)
    ("獲授予「全國衞生健康系統先進集體」稱號", "获授予“全国卫生健康系统先进集体”称号"),
    # WeChat furniture lines go
    ("喜报!\n稿定設計\n医院获评先进集体。\n精选留言\n暂无...", "喜报!\n医院获评先进集体。"),
    # a line ending in a comma continues
    ("近日,省卫生健康委发布决定,\n授予医院“先进集体”称号。", "近日,省卫生健康委发布决定,授予医院“先进集体”称号。"),
    # one conferral over short WeChat lines
    ("授予我院\n“四川省党建工作示范医院”\n荣誉称号。", "授予我院“四川省党建工作示范医院”荣誉称号。"),
    # markup out
    ("# 标题\n**加粗**的文字", "标题\n加粗的文字"),
    # OCR mixes curly and straight double quotes: each straight one opens or closes as the curly ones leave it
    ('记“宜昌名医"、"全国五一劳动奖章”获得者', "记“宜昌名医”、“全国五一劳动奖章”获得者"),
    # a table's row keeps its cells apart beside numbers (its number's gap goes, as before)
    ("1\t全国五一劳动奖章\t中华全国总工会\t2021.04\n2\t某医院\t2020\t王某",
     "1全国五一劳动奖章 中华全国总工会 2021.04\n2某医院 2020 王某"),
])
def test_normalized_text(source, expected):
    assert normalize_text(source)[0] == expected


def test_an_html_rows_cells_on_lines_of_their_own_are_one_line_and_a_spanning_cell_repeats():
    html = ("<table>\n <tr>\n  <td rowspan=\"2\">2023</td>\n  <td>甲称号</td>\n  <td>甲机关</td>\n </tr>\n"
            " <tr>\n  <td>乙称号</td>\n  <td>乙机关</td>\n </tr>\n</table>")
    assert normalize_text(html, "html")[0] == "2023 甲称号 甲机关\n2023 乙称号 乙机关"


def test_hard_wrapped_newspaper_column_is_rejoined():
    column = "健康是人民最具普遍意\n义的美好生活需要,“一切为\n了人民健康”是社会主义医疗\n卫生事业的根本宗旨,深刻体\n现了中国共产党这个百年大\n党的历史使命和深厚情怀。\n\n下一段开始了新的话题并且\n继续写下去直到结束为止。"
    text, _ = normalize_text(column)
    assert text.split("\n") == [
        "健康是人民最具普遍意义的美好生活需要,“一切为了人民健康”是社会主义医疗卫生事业的根本宗旨,深刻体现了中国共产党这个百年大党的历史使命和深厚情怀。",
        "下一段开始了新的话题并且继续写下去直到结束为止。",
    ]


def test_html_scripts_and_tags_go_entities_are_decoded():
    html = '<html><head><title>t</title><script>var a="<p>x</p>";</script></head><body><p>医院&amp;社区</p><p>获奖</p></body></html>'
    text, _ = normalize_text(html, "html")
    assert text == "医院&社区\n获奖"


def test_html_entities_left_in_a_text_export_are_decoded_and_point_back():
    source = "鄂尔多斯市中心医院产科获评&ldquo;内蒙古自治区巾帼文明岗&rdquo;&nbsp;&amp; 其他"
    text, mapping = normalize_text(source)
    assert text.startswith("鄂尔多斯市中心医院产科获评“内蒙古自治区巾帼文明岗”")
    assert "&" in text and "&amp;" not in text and "&ldquo;" not in text
    title = text.index("内蒙古")
    s, e = mapping.span(title, title + len("内蒙古自治区巾帼文明岗"))
    assert source[s:e] == "内蒙古自治区巾帼文明岗"


def test_offsets_point_back_to_the_source():
    source = "2 0 2 1 年 ， 中 山 医 院 荣 获 “ 全 国 文 明 单 位 ” 称 号 。\n\n醫院"
    text, mapping = normalize_text(source)
    start = text.index("中山医院")
    s, e = mapping.span(start, start + 4)
    assert source[s:e].replace(" ", "") == "中山医院"
    s, e = mapping.span(text.index("医院", start + 4), len(text))
    assert source[s:e] == "醫院"


@pytest.mark.parametrize("text, date", [
    ("标题\n2017-08-28 | 4474\n正文", "2017-08-28"),
    ("标题\n发布时间:2020/11/23 浏览次数:\n正文", "2020-11-23"),
    ("标题\n健康徐州 2023-06-30 18:05 发表于江苏\n正文", "2023-06-30"),
    ("某某,男,1955年5月出生,主任医师。", None),
    ("关于表彰的决定\n正文\n山东省医务工会\n二O一O年二月二十一日", "2010-02-21"),
    ("通报\n(川卫组函〔2023〕5号)\n正文", "2023"),
    # a WeChat post's stamp, its spaces gone: 日 and the clock after the date
    ("标题\n于都县人民医院2024年02月27日18:06江西\n正文", "2024-02-27"),
    # a web page's labelled stamp below its navigation menu, past the head's first lines
    ("标题\n" + "首页\n" * 8 + "发布时间:2021-07-02 来源:党委办公室\n正文", "2021-07-02"),
    ("标题\n" + "首页\n" * 8 + "会议于2021年7月2日召开。\n正文", None),
    # a news site's dateline with its source after the date
    ("标题\n阜阳新闻网 2024年07月03日 来源:颍州发布\n正文", "2024-07-03"),
    # a newspaper page's masthead: the date with its weekday, the page's number after
    ("某某日报 2021年7月2日 星期五 卫生健康 第07版\n标题\n正文", "2021-07-02"),
    ("某某日报 2021年7月2日 卫生健康专版 第07版\n标题\n正文", None),
    # a portal's stamp, a clock and its source after it, below its navigation menu
    ("标题\n" + "首页\n" * 8 + "2021-07-01 17:20来源:综合报道 编辑:何某\n正文", "2021-07-01"),
    # a reprint's source line at its foot
    ("标题\n【中新社上海6月30日电】正文\n\n(澳门日报 2021年7月1日 A11版 转载)", "2021-07-01"),
    ("标题\n正文\n(某某日报 2021年7月1日 报道了此事,他说)", None),
    # a stamp with its month and day in Chinese numerals
    ("标题\n发布者:院办 发布时间:二〇二一年五月八日\n" + "正文。" * 120, "2021-05-08"),
])
def test_article_date(text, date):
    assert find_date(text) == date


def test_a_newspaper_pages_masthead_and_editors_line_are_not_its_title():
    from kg.normalize import normalize
    from kg.records import RawArticle

    raw = RawArticle(path="p.txt", name="p.txt", source="某某日报    2021年7月2日  星期五    第07版\n"
                     "健康·卫生        责任编辑：周敏  美编：李想\n\n支部建在科室上\n\n正文。",
                     encoding="utf-8", media_type="text", digest="0" * 64)
    article = normalize(raw)
    assert article.title == "支部建在科室上" and article.date == "2021-07-02"


def test_a_count_spaced_digit_by_digit_on_a_spaced_line_is_one_number():
    text, _ = normalize_text("授 予 1 2 8 名 同 志 “ 全 市 优 秀 共 产 党 员 ” 称 号 ， 授 予 4 6 名 同 志")
    assert "授予128名同志" in text and "授予46名同志" in text


def test_a_rolls_entry_broken_after_its_family_name_is_joined():
    text, _ = normalize_text("耿玉林　巩义市西村镇党支部书记\n周\n文斌　郑州人民医院普外科副主任医师\n"
                             "欧阳\n红（女，某医院心血管内科副主任医师）\n")
    assert text.split("\n")[1:] == ["周文斌 郑州人民医院普外科副主任医师", "欧阳红(女,某医院心血管内科副主任医师)"]


def test_a_stray_columns_line_far_to_the_right_does_not_run_into_the_next_line():
    source = ("　　正文第一段写到这里还没有完,\n接着写完。\n　　正文第二段。\n　　正文第三段。\n"
              "陈晨　　安徽大学学生　　　　　　　　　走进社区开展义诊\n"
              "                                              义诊，为群众免费筛查\n"
              "先进集体\n阜阳市第二人民医院\n")
    text, _ = normalize_text(source)
    assert "先进集体" in text.split("\n")


def test_a_line_without_the_pages_paragraph_indent_continues_the_line_before():
    source = ("　　本报讯 近日，江西省总工会发布表彰决定，上饶市信江医院心血管内科主任程立\n"
              "军荣获2024年“江西省五一劳动奖章”。\n"
              "　　程立军从医30年，擅长冠心病介入诊疗，累计完成冠脉介入手术1.5万余台。他还主持完成省级科研\n"
              "项目4项。\n"
              "　　本报讯 近日，上饶市灵山医院日间手术中心正式启用，首批开展腹腔镜胆囊切除术等23个\n"
              "病种的日间手术。\n"
              "　　短讯\n")
    text, _ = normalize_text(source)
    assert "主任程立军荣获2024年" in text
    assert "省级科研项目4项" in text
    assert "短讯" in text.split("\n")


def test_running_heads_and_page_numbers_inside_an_ocr_page_go():
    source = ("汉中日报  2021年7月3日  星期六\n标题\n正文一。\n正文二。\n正文三。\n"
              "医院党委书记讲话。\n汉中日报  2021年7月3日  星期六\n— 4 —\n正文四。\n")
    text, _ = normalize_text(source)
    assert text.count("汉中日报") == 1 and "— 4 —" not in text and "—4—" not in text


def test_a_datelines_date_is_no_number_broken_across_lines():
    text, _ = normalize_text("标题\n\n海南省卫生健康委员会　2024-04-30\n\n4月28日,表彰大会召开。")
    assert text.split("\n")[1] == "海南省卫生健康委员会2024-04-30"
    assert find_date(text) == "2024-04-30"


def test_a_place_name_broken_across_lines_is_joined():
    text, _ = normalize_text("标题\n近日,河北省妇女联合会公布2022年度河\n北省三八红旗手名单。\n这是一行\n市人民医院召开会议。")
    assert "2022年度河北省三八红旗手名单" in text
    assert "这是一行\n市人民医院" in text


def test_a_page_of_columns_of_two_widths_rejoins_the_lines_of_each():
    from kg.normalize import line_edits

    wide = ["一分耕耘一分收获二零二一年六月在庆祝中国共产党成立一百周年之",
            "际周口市中心医院党委被中共河南省委授予河南省先进基层党组织称",
            "号同年心血管内科党支部书记赵明哲被中共周口市委授予周口市优秀",
            "共产党员称号该院心血管内科党支部在全省公立医院标杆党支部名单",
            "中榜上有名是周口市唯一入选的临床科室党支部医院还将党建工作与",
            "医疗质量管理深度融合连续三年开展医疗质量提升年活动取得实效。"]
    narrow = ["本报讯近日信阳市中心医院重", "症医学科获评全国卫生健康系", "统先进集体这是该院继去年获", "评省级先进集体之后再获殊荣",
              "该科现有医护人员八十余名年", "收治危重患者三千余人次。"]
    text = "\n\n".join(["党建引领聚合力", *wide, "广告", *narrow, "责任编辑:冯雪"])
    out = text
    for s, e, r in sorted(line_edits(text), reverse=True):
        out = out[:s] + r + out[e:]
    lines = out.split("\n")
    assert "".join(wide) in lines and "".join(narrow) in lines
    assert "党建引领聚合力" in lines and "广告" in lines


def test_a_page_of_many_widths_is_rejoined_where_its_lines_stop_inside_words():
    """No one width, OCR gaps (派驻专 家), yet the lines stop inside words (名 / 单; 副主任医 / 师;
    国家标准 / 化) and on words that never end a sentence (是; 对口): the page is hard-wrapped."""
    from kg.normalize import line_edits

    item = ["本报讯日前,国家机关事务管理局、国家发展和改革委员会公布2021年度节约型公共机构示范单位名",
            "单,张掖市人民医院获评“国家级节约型公共机构示范单位”,是",
            "今年全省唯一入选的医疗机构。",
            "近年来,张掖市人民医院实施能源管理“一张网”,对空调、供暖、照明等实行智能监控。医院同时对口",
            "帮扶肃南裕固族自治县人民医院,派驻专 家常年坐诊。",
            "在近日召开的张掖市妇女第六次代表大会上,该院肾内科副主任医",
            "师李红梅被张掖市妇女联合会表彰为“张掖市三八红旗手”。此外,医院今年通过国家标准",
            "化代谢性疾病管理中心认证。"]
    text = "\n\n".join(["张掖市人民医院获评国家级节约型公共机构示范单位", *item, "广告", "冬季特惠 全场五折"])
    out = text
    for s, e, r in sorted(line_edits(text), reverse=True):
        out = out[:s] + r + out[e:]
    assert out.split("\n") == ["张掖市人民医院获评国家级节约型公共机构示范单位", "".join(item[:3]), "".join(item[3:5]),
                               "".join(item[5:]), "广告", "冬季特惠 全场五折"]


@pytest.mark.parametrize("lines, name", [
    (["该院急诊医学科主任医师熊志", "刚荣获“江西省五一劳动奖章”。"], "主任医师熊志刚荣获"),
    (["9月27日,在第七次全国民族团结进步表彰大会上,苏", "明杰被国务院授予“全国民族团结进步模范个人”称号。"], "上,苏明杰被"),
    (["神经内科党支部书记、主任医师高", "峰带领团队开通卒中急救绿色通道。"], "主任医师高峰带领"),
])
def test_a_name_broken_at_the_end_of_a_line_is_joined(lines, name):
    text, _ = normalize_text("\n".join(["医院新闻", *lines, "一行不相干的话"]))
    assert name in text
    assert "医院新闻\n" in text and "\n一行不相干的话" in text


def test_the_rules_between_a_pages_columns_go():
    text, _ = normalize_text("医院新闻\n省人民医院心内科获评          │\n“江西省工人先锋号”称号。      │\n"
                             "┃ 省儿童医院获批\n┃\n甲栏文字 ║ 乙栏文字")
    assert text.split("\n") == ["医院新闻", "省人民医院心内科获评“江西省工人先锋号”称号。", "省儿童医院获批", "甲栏文字 乙栏文字"]


@pytest.mark.parametrize("source, expected", [
    # a gap the OCR left inside a word of prose goes: a hospital's, a place's name, a word, a year
    ("医院与嵩县人民 医院建立紧密型对口帮 扶关系。", "医院与嵩县人民医院建立紧密型对口帮扶关系。"),
    ("从新疆哈密市巴里坤哈萨克 自治县人民医院返回。", "从新疆哈密市巴里坤哈萨克自治县人民医院返回。"),
    ("202 0年,医院与县人民医院建立关系。", "2020年,医院与县人民医院建立关系。"),
    # …not a gap between words, nor one in a table's row or between a headline's phrases
    ("骨科副主任医师 刘卫东到巴里坤后发现,", "骨科副主任医师 刘卫东到巴里坤后发现,"),
    ("3 河南省三八红旗手 外科总护士长 韩秀英", "3河南省三八红旗手 外科总护士长 韩秀英"),
    ("医生扎根桂西山区 医院获评先进集体", "医生扎根桂西山区 医院获评先进集体"),
])
def test_ocr_gaps_inside_words(source, expected):
    assert normalize_text(source)[0] == expected


def test_a_roll_of_names_one_a_line_is_not_joined():
    from kg.normalize import line_edits

    names = ["兰州大学第一医院心血管内科", "甘肃省人民医院护理部", "天水市第一人民医院急诊科", "武威市人民医院",
             "庆阳市人民医院", "平凉市人民医院", "定西市人民医院", "陇南市第一人民医院"]
    text = "附件1\n全省卫生健康系统先进集体名单\n" + "\n".join(names)
    assert not any(r == "" and text[s:e] == "\n" for s, e, r in line_edits(text))


def test_a_byline_under_a_headline_is_not_joined_to_it():
    """A page of a newspaper, the end of one item and the head of the next (headline, byline)."""
    from kg.normalize import normalize
    from kg.records import RawArticle

    page = '\n\n健康系统“示范党支部”。在新冠肺炎疫情 防控中，医院呼吸\n\n与危重症医学科主任胡建平带队坚守救治一线，2020年9  月被\n党中央、国务院、中央军委授予“全国  抗击新冠肺炎疫情先进\n个人”称号。\n\n九江市一医院还把党支部建在了帮扶一线。医院向修 水县黄港\n镇安全 村派驻驻村工作队，连续八年开展驻村帮扶，帮助村里\n建成标准化卫 生室和茶叶加工厂；同时 对口支援都昌县人民医\n\n院，每年选派20余名专家驻点帮扶 ，帮助都昌县人民医院创建\n了 县域卒 中中心。\n\n\n人才是医院发展的第一资源。医院党委坚持党管人才 原则，实\n施“青苗计划”“领航计划”，近三年引进博士22名，选派56\n\n名中青年骨干 赴北京、上海等地进修。医院与南昌大学第一附\n属医院共建心血管、神经外科专科联盟，借力省级优质资源提\n升  疑难 危重症救治能力。\n\n“把支部建强，把党员带好，就是最好的发展。” 医院党委书\n\n记吴庆 华说 。下一步，医院将持续擦亮党建品 牌，奋力打造赣\n\n北区域医   疗髙地。\n\n────────────────\n\n赣州市人民医院\n\n荣 获 江 西 省 五 一 劳 动 奖 状\n\n本报记者  钟 磊   通讯员  谢婷婷  曾 敏\n\n4 月 26 日 ， 江 西 省 庆 祝 “ 五 一 ” 国 际 劳 动 节 大 会 在 南 昌 召 开 ， 江 西 省\n\n总 工 会 对 2024 年 '
    article = normalize(RawArticle(path="p.txt", name="p.txt", source=page, encoding="utf-8", media_type="text",
                                   digest="0" * 64))
    assert "荣获江西省五一劳动奖状\n本报记者" in article.text


def test_a_chronicle_line_opened_by_a_year_is_not_joined_to_the_one_before():
    source = ("某医院近年所获主要荣誉\n发布时间:2024-05-20 来源:院办 点击:2207\n\n"
              "2016年 荣获“全国卫生计生系统先进集体”称号(人力资源和社会保障部)\n"
              "2018年 获评“江西省文明单位”(江西省精神文明建设委员会);全面托管某县人民医院\n"
              "2020年 被中共江西省委授予“江西省抗击新冠肺炎疫情先进集体”称号\n"
              "2021年 荣获“全国脱贫攻坚先进集体”称号(中共中央、国务院)\n"
              "2022年 急诊医学科获“全国青年文明号”(共青团中央)\n"
              "2023年 通过三级甲等综合医院复审\n")
    lines = normalize_text(source)[0].split("\n")
    assert lines[1] == "发布时间:2024-05-20来源:院办 点击:2207"
    assert [line[:5] for line in lines[2:]] == ["2016年", "2018年", "2020年", "2021年", "2022年", "2023年"]


def test_a_page_counter_is_not_joined_to_the_date_opening_the_next_line():
    text, _ = normalize_text("某医院荣获称号\n来源:党委宣传部 浏览次数:1865\n\n2月26日,表彰大会在兰州召开。\n")
    assert text.split("\n")[1:] == ["来源:党委宣传部 浏览次数:1865", "2月26日,表彰大会在兰州召开。"]
    assert normalize_text("二〇二三年1\n0月5日召开大会。")[0] == "2023年10月5日召开大会。"


def test_a_hospital_name_broken_after_its_affiliation_is_joined():
    source = ("在乐业县甘田镇达道村,说起第一书记罗文斌,村民们都竖大拇指。\n2017年,右江民族医学院附属\n"
              "医院消化内科副主任医师罗文斌主动请缨,来到这个瑶族聚居的深度\n贫困村担任第一书记,一干就是六年。\n"
              "六年来,他跑遍全村14个屯,带领群众种植油茶2000亩,建起村卫生\n室并引进远程会诊设备,村民看病\n"
              "不再翻山越岭。驻村之初,村里不少群众因病致贫。罗文斌逐户建\n立健康台账,联系医院为慢性病患者开\n")
    assert "右江民族医学院附属医院消化内科" in normalize_text(source)[0]


def test_rows_ending_in_a_year_and_rows_opened_by_a_number_stay_apart():
    text, _ = normalize_text("<table><tr><td>1</td><td>福建省文明单位</td><td>福建省精神文明建设委员会</td><td>2021</td></tr>"
                             "<tr><td>2</td><td>福建省五一劳动奖状</td><td>福建省总工会</td><td>2019</td></tr></table>", "html")
    assert len([line for line in text.split("\n") if "福建省" in line]) == 2


def test_the_space_between_a_headlines_two_phrases_stays():
    assert normalize_text("我院荣获“连云港市五一劳动奖状” 王振宇获“连云港市五一劳动奖章”")[0] == \
        "我院荣获“连云港市五一劳动奖状” 王振宇获“连云港市五一劳动奖章”"


def test_wechat_follow_buttons_with_pictographs_or_the_accounts_name_go():
    text, _ = normalize_text("👆点击上方蓝字“利川卫健”关注我们\n点击蓝字 关注我们💙\n喜报!某某卫生院获表彰\n正文。")
    assert text.split("\n")[0] == "喜报!某某卫生院获表彰"


def test_corner_brackets_outside_any_others_are_double_quotes():
    text, _ = normalize_text("甲『乙』丙「丁『戊』己」庚")
    assert text == "甲“乙”丙“丁‘戊’己”庚"


def test_a_wide_gap_after_a_bracket_keeps_a_rolls_entries_apart():
    text, _ = normalize_text("一、全州优秀共产党员(2名)\n王丽萍（女，某县人民医院肿瘤科主任）　　石光明（苗族，某县人民医院院长）\n")
    assert "主任) 石光明" in text


def test_a_letter_spaced_table_row_keeps_its_cells_apart():
    text, _ = normalize_text("年  份          荣 誉 称 号                授 予 单 位\n1984年       全国卫生文明先进集体       卫生部\n")
    assert text.split("\n")[0] == "年份 荣誉称号 授予单位"


@pytest.mark.parametrize("text, title", [
    ("首页 > 医院概况 > 大事记\n\n邵阳市中心医院2022年大事记\n\n正文。", "邵阳市中心医院2022年大事记"),
    # a line that opens with a breadcrumb and goes on to the page's title is still the title
    ("首页 >> 医院新闻我院与分宜县人民医院签订2012年对口支援协议\n正文。", "首页>>医院新闻我院与分宜县人民医院签订2012年对口支援协议"),
])
def test_a_breadcrumb_alone_is_no_title(text, title):
    import kg

    assert kg.extract_text(text).title == title


@pytest.mark.parametrize("source, line", [
    ("吴婷婷　汪德胜　张　帆　陈思远　胡小燕　程　静\n", "吴婷婷 汪德胜 张帆 陈思远 胡小燕 程静"),
    # OCR'd prose spaced character by character is no row of names
    ("中 山 医 院 荣 获 全 国 文 明 单 位\n", "中山医院荣获全国文明单位"),
    ("吉 林 大 学 第一医院 召 开 会议\n", "吉林大学第一医院召开会议"),
])
def test_a_rolls_row_of_names_keeps_them_apart_and_joins_padded_ones(source, line):
    assert normalize_text(source)[0] == line


def test_a_fixed_width_tables_rows_stay_apart_and_its_spaced_counts_join():
    source = ("市委决定:授予1 2 8名同志称号。\n"
              "单位                姓名       职务             荣誉\n"
              "绵阳市中心医院      王志刚     心血管内科主任   优秀共产党员\n"
              "江油市人民医院      孙海燕     急诊科护士长     优秀共产党员\n"
              "绵阳市中医医院党委    —          —                先进基层党组织\n")
    lines = normalize_text(source)[0].split("\n")
    assert lines == ["市委决定:授予128名同志称号。", "单位 姓名 职务 荣誉", "绵阳市中心医院 王志刚 心血管内科主任 优秀共产党员",
                     "江油市人民医院 孙海燕 急诊科护士长 优秀共产党员", "绵阳市中医医院党委 — — 先进基层党组织"]


OCR_ROLL_PAGE = "\n\n".join([
    "本 报 讯 （ 记 者   王   宁 ） 5 月 8 日 ， 全 省 卫 生 健 康", "系统表彰大会在昆明召开。大会宣读了中共云",
    "南省委、云南省人民政府关于表彰云南省乡村振", "兴先进个人和先进集体的决定，全省卫生健康",
    "系 统 12 名 同 志 和 8 个 集 体 受 到 表 彰 ， 受 表 彰 的", "同志扎根基层、攻坚克难，为群众健康作出了贡",
    "献。会议要求各地各单位以先进为榜样，在新的", "征程上奋发有为，推动卫生健康事业高质量发", "展 。",
    "\n云南省乡村振兴先进个人和先进集体名单（卫生健康系统部分)", "云南省乡村振兴先进个人",
    "昭通市　何建军　镇雄县人民医院驻杉树乡大", "湾村第一书记",
    "大理州　杨　丽（女，白族）　剑川县人民医院", "护理部主任",
    "云南省乡村振兴先进集体", "普洱市　澜沧拉祜族自治县人民医院"])


def test_a_wrapped_pages_roll_keeps_its_part_headings_and_entries_on_lines_of_their_own():
    """A double-spaced OCR page: an entry wrapped over two lines ends with its short last line (the next
    entry is no part of it), the part's heading under the roll's title stays apart, and a padded name
    (杨　丽) loses its padding but not the gaps around it."""
    lines = normalize_text(OCR_ROLL_PAGE)[0].split("\n")
    assert lines[1:] == ["云南省乡村振兴先进个人和先进集体名单(卫生健康系统部分)", "云南省乡村振兴先进个人",
                         "昭通市 何建军 镇雄县人民医院驻杉树乡大湾村第一书记", "大理州 杨丽(女,白族) 剑川县人民医院护理部主任",
                         "云南省乡村振兴先进集体", "普洱市 澜沧拉祜族自治县人民医院"]


@pytest.mark.parametrize("source, line", [
    ("黔南州　韦　芳（女，布依族）　都匀市人民医院儿科主任", "黔南州 韦芳(女,布依族) 都匀市人民医院儿科主任"),
    ("省　直　王　芳　贵州省人民医院心内科主任", "省直 王芳 贵州省人民医院心内科主任"),
    ("记 者 王 芳 报 道 今 天 上 午 召 开", "记者王芳报道今天上午召开"),  # (OCR'd prose: every gap goes)
])
def test_a_rolls_entry_led_by_a_padded_name(source, line):
    assert normalize_text(source)[0] == line


def test_a_name_broken_over_lines_before_ming_lie_is_joined():
    """…党支部书记赵 / 敏名列其中: the name's two halves, whatever the line's length."""
    assert normalize_text("表彰2022年度全省优秀共产党员,市中心医院心内科党支部书记赵\n敏名列其中。")[0] == \
        "表彰2022年度全省优秀共产党员,市中心医院心内科党支部书记赵敏名列其中。"


def test_a_plain_text_tables_borders_go_and_its_rows_keep_their_cells():
    text = ("+----+--------+--------------------+\n|序号| 姓名   | 派出单位           |\n+----+--------+--------------------+\n"
            "| 1  | 王立新 | 黑龙江省医院       |\n+----+--------+--------------------+\n")
    assert normalize_text(text)[0] == "序号 姓名 派出单位\n1 王立新 黑龙江省医院"


def test_a_column_rolls_units_stay_on_lines_of_their_own():
    """On a page wrapped at ~19 characters, a roll's units one a line (…党支 / 部 / 某中心产科党支部 /
    中共某县…委员会) are not joined as wrapped prose, though each is as long as the page's lines."""
    source = (Path(__file__).parent / "data" / "ocr_roll_page.txt").read_text(encoding="utf-8")
    lines = normalize_text(source)[0].split("\n")
    assert "河南科技大学第一附属医院神经内科党支部" in lines
    assert "洛阳市妇女儿童医疗保健中心产科党支部" in lines and "中共宜阳县人民医院总支部委员会" in lines


def test_a_rolls_next_part_title_is_not_joined_to_a_full_width_entry():
    """…刘某 某省妇幼保健院党委办公室主任 / 某省先进基层党组织: the next part's title stays a line."""
    source = (Path(__file__).parent / "data" / "ocr_roll_parts.txt").read_text(encoding="utf-8")
    assert "甘肃省先进基层党组织" in normalize_text(source)[0].split("\n")


def test_a_word_broken_across_lines_with_a_hyphen_is_joined_without_it():
    source = "　　梅州市人民医院急诊科党支部被评为“梅州市-\n先进基层党组织”。\n"
    assert normalize_text(source)[0] == "梅州市人民医院急诊科党支部被评为“梅州市先进基层党组织”。"


BOXED_ROLL = ("　　本报讯　近日，全市表彰大会召开，会议对一批先进个人进行了表\n彰，号召全市卫生健康系统广大干部职工向先进学\n"
              "习，在各自岗位上建功立业，为健康昭通建设作出贡献。\n\n"
              "┌──────────────────────────┐\n　　　昭通市优秀共产党员（卫生健康系统）名单\n"
              "　　　　　　　　　　　　　　　　　　中共昭通市委\n\n　　马建华　昭通市第一人民医院神经外科党支部书记\n"
              "　　禄春兰　彝良县人民医院儿科主任\n└──────────────────────────┘\n")


def test_a_boxs_rules_and_the_organ_set_right_under_its_heading_are_lines_of_their_own():
    lines = normalize_text(BOXED_ROLL)[0].split("\n")
    assert lines[-1] == "└──────────────────────────┘" and "中共昭通市委" in lines
    assert "禄春兰 彝良县人民医院儿科主任" in lines
