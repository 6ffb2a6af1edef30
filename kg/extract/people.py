"""People: names read from a family name in the places names stand.

Chinese names are a family name (one or two characters, ``lexicon/surnames``)
and one or two given characters. Family-name characters are everywhere in
ordinary text, so names are only read where the genre puts them: after a post
(党委书记王某), before 同志 or a post (李某主任), at the head of a clause
that confers or receives something, in 、-separated lists of names, and at
the head of a profile (王某某,男,1960年…). Which of two or three characters
make the name is decided by what follows it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import departments, hospital_titles, official_titles, surnames, tibetan_syllables
from ..patterns import word_alternation
from ..records import Sentence
from ..segment import general_freq, load_tokenizer, tokenize, word_tags
from .names import COMMON_VERB_FREQ, place_divisions

NAME_BAD_CHARS = frozenset(
    "的了在和与及等是为被把将从以于到获授予对向就也都还又已而并且或其该本我你他她它们这那个名位次年月日号第"
    "省市县区乡镇村院科部室处局委会党团队组所中心医护理,、。;:!?()“”《》【】 0123456789"
)
FOLLOWERS = tuple(sorted(
    """同志 等 和 与 及 、 , 。 ; : ( ) “ | — 主任 副主任 院长 副院长 书记 教授 医生 医师 护士
    护士长 药师 技师 专家 老师 获 荣获 获得 获评 被 被评为 荣膺 当选 入选 作 主持 带领 表示 介绍 说
    谈到 指出 强调 参加 出席 发表 担任 任 赴 到 在 为 以 是 的 成为 接待 率 率队 带队 等人 等同志
    本人 这样 博士 讲话 致辞 发言 宣读 接过 带着 牵头 主动 坚持 扎根 从事 负责 第一时间 榜上有名 上榜 位列其中 名列其中 名列
    挂职 挂任 难掩 回到 返回 前往 来自 赶赴 奔赴 日前 近期 前不久 此前 去年 近年 最近 近来 一起 曾获 曾被 曾任 曾荣获 又被 也被 还被 均被 男 女 今年 近日 一行 代表 上台 领取 同时 现任
    时任 先后 曾 曾于 曾经 曾在 作为 两 二 三 四 五 六 七 八 九 十 也 还 又 再次 再度 多次 连续 分别 则 就 已
    将 因 由 向 对 给 跟 同 在此 从 自 于 表扬 亲自 说道 坦言 回忆 同获 同被 同时 同样 成功 顺利 光荣 荣幸
    所在 驻村 一直 始终 长期 积极 深入 随即 立即 迅速 毅然 带头 率先 首次 早在 早年 早已
    出征 请缨 评价 认为 告诉 感慨 叮嘱 嘱咐 寄语 希望 提出 参与 加入 接诊 救治 抢救 带教 退休 出生 毕业""".split(),
    key=len, reverse=True,
))
# the first follower that starts a text, in FOLLOWERS' order (longest first), in one scan
RE_FOLLOWER = re.compile("|".join(re.escape(w) for w in FOLLOWERS))
# posts that also start compound nouns (专家门诊, 医生团队): a dictionary word after one is no name
COMPOUNDING_POSTS = frozenset("专家 医生 护士 老师 教授 代表 专员 助产士 营养师 治疗师 药剂师".split())
RE_PADDED_NAME = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[ \t\u3000,、;。(]|$)")
# a Mongolian, Tibetan or Yi name, three to six characters, between a post and the verb of its award
RE_UNSURNAMED = re.compile(r"[\u4e00-\u9fff]{3,6}?(?=被|荣获|获评|获得|当选|入选|同志|等[,。;、]|(?:19|20)\d{2}年"
                           r"|、[^,。;]{0,20}?(?:被|荣获|获评|获得)"
                           r"|\((?:[男女][,、])?[\u4e00-\u9fff]{1,4}族\))")  # (主任苏日娜、护士长乌兰图雅被授予…; 乌兰(蒙古族))
UNSURNAMED_BAD_CHARS = frozenset("的了在和与及等是为把将从以于到获授予对向就也都还又已而并且或其该本我你他她它们这那个名位次年"
                                 "省市县区乡镇村院科部室处局委会党团队组所中心医护理")
RARE_WORD_FREQ = 20  # a dictionary word this rare, right after a post, is taken for the name it also is
RE_YEAR_FOLLOWS = re.compile(r"(?:19|20)\d{2}年")  # 赵某2022年被评为…
RE_COUNT_FOLLOWS = re.compile(r"(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:[名位]|人(?![民大员才]))")  # 授予甲、乙3名同志, 甲、乙3人入选: the count closing a list
SPEECH = frozenset("说讲称道谈问答笑")
RE_PROFILE = re.compile(r"^\s*([\u4e00-\u9fff]{2,4}),\s*[男女]\s*,")
RE_BOUNDARY = re.compile(r"[,、;。(]|同志")
RE_DEPARTMENT_TAIL = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:科|病区|中心|部)$")
RE_NOT_IN_DEPARTMENT = re.compile(r"[的了和与及在对为是]")
RE_BEFORE_DEPARTMENT = re.compile(r"^.*(?:医院|该院|我院|本院|授予|荣获|获评|表彰)")  # words a department's name follows
RE_LIST_SEPARATOR = re.compile(r"[、,]")
RE_NAME_ROW = re.compile(r"[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4}){2,}")  # (normalising set it apart so)
RE_SPACES = re.compile(r"\s+")
RE_BYLINE = re.compile(r"(?:记者|通讯员|特约记者|摄影|编辑|作者|来源|供稿|撰稿|文|图)[:：]?\s*$")


@dataclass(frozen=True, slots=True)
class PersonName:
    start: int  # sentence-local
    end: int
    name: str


@cache
def _titles() -> tuple[frozenset[str], tuple[int, ...]]:
    titles = hospital_titles() | official_titles()
    return titles, tuple(sorted({len(t) for t in titles}, reverse=True))


@cache
def _rx_titles() -> re.Pattern[str]:
    titles, _ = _titles()
    return re.compile(word_alternation(titles))  # the longest title at each position


@cache
def surname_heads() -> frozenset[str]:
    """First characters of family names: no name starts anywhere else."""
    return frozenset(s[0] for s in surnames())


@cache
def _departments() -> tuple[frozenset[str], tuple[int, ...]]:
    return departments(), tuple(sorted({len(d) for d in departments()}, reverse=True))


def read_name(text: str, i: int, anchored: bool = False) -> PersonName | None:
    """A name starting at ``text[i]``, or None when no family name starts there.

    ``anchored``: the name follows a post (院长…), where a word jieba knows as a
    person's name is one however common it is (李俊).
    """
    if "·" in text[i + 2:i + 9] or "•" in text[i + 2:i + 9]:
        dotted = _dotted_name(text, i)  # 买买提江·吐尔逊: a name of two parts and no family name
        if dotted is not None:
            return dotted
    if text[i:i + 1] not in surname_heads():
        return None  # the common case, settled before anything else
    if text.startswith(LEVEL_WORDS, i):
        return None  # 全国三八红旗手 after a post and a gap: a title's level, no 全 family
    if text[i + 1:i + 2] in ADVERB_SURNAMES.get(text[i], ""):
        return None  # 党员都能…, 骨干全脱产…: the adverb 都 or 全, not the family name
    if text.startswith(ONCE_VERBS, i):
        return None  # 医院曾荣获…: the adverb 曾 (once) before the verb, not the family name
    tibetan = tibetan_syllables()
    if text[i:i + 2] in tibetan and text[i + 2:i + 4] in tibetan and (i == 0 or text[i - 1:i + 1] not in tibetan):
        return PersonName(i, i + 4, text[i:i + 4])  # 泽仁多吉, 降央拉姆: two syllables of a Tibetan name
    family = surnames()
    if RE_PADDED_NAME.match(text, i) and text[i] in family and _given_chars(text[i + 2]):
        return PersonName(i, i + 3, text[i] + text[i + 2])  # 王 静: a two-character name padded to three
    best: tuple[int, int, int] | None = None  # (follower length, name length, end)
    for sl in (2, 1):
        if text[i:i + sl] not in family:
            continue
        straddled = False
        for gl in (2, 1):
            end = i + sl + gl
            if end > len(text):
                continue
            if not _given_chars(text[i + sl:end]) or text[i + sl:end] in _titles()[0]:
                continue  # (原主任, 时任院长: a post, not a given name)
            if _post_across(text, i + sl, end) or _verb_after_function_word(text, i, sl, end):
                continue
            follow = _follower(text, end)
            if follow is None and gl == 1 and straddled:
                follow = 1  # 黎芳创作的…: the verb the longer reading cut in two follows the name
            if follow is None:
                continue
            if follow == 1 and _verb_across(text, end):
                straddled = True  # 黎芳创|作, 和工|作: the name's last character and its 'follower' are a verb
                continue
            if gl == 2 and text[end - 1] in SPEECH and follow <= 1:
                continue  # 赵敏说: the name ends before the verb of saying
            if text.startswith("与", end) and load_tokenizer().FREQ.get(text[end - 1:end + 1], 0) > 1000:
                continue  # 全面参与: 与 ends a word, not a name
            cand = (follow, sl + gl, end)
            if best is None or cand[0] > best[0] or (cand[0] == best[0] and cand[1] > best[1]):
                best = cand
        if best is not None:
            break
    if best is None:
        return None
    name = text[i:best[2]]
    if not _name_like(name, anchored):
        return None
    return PersonName(i, best[2], name)


# family names that are above all adverbs (都 all, 全 wholly), and what follows the adverb
ADVERB_SURNAMES = {"都": "能要会可在是有已将把被对向给让来去得不没很也应必装放记", "全": "面部体力程天身心都员院脱年额新"}
ONCE_VERBS = ("曾荣获", "曾荣膺", "曾荣立", "曾获", "曾被")
LEVEL_WORDS = ("全国", "全省", "全市", "全区", "全县", "全州", "全军", "全院", "全体")


# family names that are also the commonest function words in running text: 和 (and), 任 (serve as),
# 曾 (once), 于 (at), 向 (towards), 由 (by), 时 (when)
FUNCTION_WORD_SURNAMES = frozenset("和任曾于向由时")
VERB_LIKE_TAGS = frozenset({"v", "vn", "vd", "f"})  # (verbs and direction words: 创作, 沿岸)


def _post_across(text: str, given: int, end: int) -> bool:
    """Does a post start where the given name would, and run past its end (担任执行院长, 任副院长,
    和工作队员)? Then the family name's character is a word of its own."""
    m = _rx_titles().match(text, given)
    return m is not None and m.end() > end


def _verb_after_function_word(text: str, i: int, sl: int, end: int) -> bool:
    """曾派出, 于沿岸: a function word that is also a family name, then a common verb or direction
    word as the 'given name'. (Nouns made of verbs, 建设 or 胜利, are given names: 曾建设.)"""
    given = text[i + sl:end]
    if sl == 1 and text[i] in FUNCTION_WORD_SURNAMES and given in PLACE_AFTER_WORDS:
        return True  # 副院长任上调任…: 任上 (in office), not a 任 called 上
    if sl == 1 and text[i] in FUNCTION_WORD_SURNAMES and given[:1] in NUMERALS:
        return True  # 副院长和十二名学科带头人: 和 (and) before a count
    return sl == 1 and text[i] in FUNCTION_WORD_SURNAMES and len(given) == 2 \
        and word_tags().get(given) in ("v", "f") and general_freq(given) >= COMMON_VERB_FREQ // 5


NUMERALS = frozenset("一二两三四五六七八九十百千")
PLACE_AFTER_WORDS = frozenset("上 下 内 中 里 外 前 后".split())  # (direction words: no given name on their own)


def _verb_across(text: str, end: int) -> bool:
    """Would a name's last character begin a common verb (黎芳创|作)?"""
    word = text[end - 1:end + 1]
    return len(word) == 2 and word_tags().get(word) in VERB_LIKE_TAGS and general_freq(word) >= COMMON_VERB_FREQ


RE_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,7}[·•](?:[\u4e00-\u9fff]{2,7}[·•])?[\u4e00-\u9fff]{2,7}")


def _dotted_name(text: str, i: int) -> PersonName | None:
    """A Uyghur, Kazakh or foreign name written with a middle dot (买买提江·吐尔逊). Its last part
    ends before the first ordinary word after it (…吐尔逊说, …买买提也在, …艾买提结成师徒)."""
    m = RE_DOTTED_NAME.match(text, i)
    if m is None or any(c in NAME_BAD_CHARS for c in text[i:i + 2]):
        return None
    last = max(text.rfind("·", i, m.end()), text.rfind("•", i, m.end())) + 1
    freq = load_tokenizer().FREQ
    end = m.end()
    follower = next((k for k in range(last + 2, end) if RE_FOLLOWER.match(text, k)), None)
    if follower is not None:
        return PersonName(i, follower, text[i:follower])  # …哈布都拉说: the name ends before the verb of saying
    if end < len(text) and text[end] in " \t\u3000":
        return PersonName(i, end, text[i:end])  # (a table's cell: the space after it ends the whole last part)
    for tok in tokenize(text[last:m.end()]):  # (a word, not a name's last syllable: 阿不都热合|曼 is one name)
        if tok.start >= 2 and (len(tok.text) >= 2 and freq.get(tok.text, 0) > 50 or RE_FOLLOWER.match(tok.text)):
            end = last + tok.start
            break
    return PersonName(i, end, text[i:end]) if end - last >= 2 else None


def _given_chars(given: str) -> bool:
    """Can these characters be a given name (Chinese, none of them a function character)? (向东, 向阳:
    names jieba knows as such may start with the preposition 向.)"""
    if len(given) == 2 and given[0] == "向" and word_tags().get(given, "").startswith("nr"):
        given = given[1:]
    for c in given:
        if c in NAME_BAD_CHARS or not "\u4e00" <= c <= "\u9fff":
            return False
    return True


def _name_like(name: str, anchored: bool = False) -> bool:
    """Not an ordinary word that happens to start with a family name (支援, 党员, 祝贺).

    jieba's dictionary knows ordinary words with a frequency; names are absent
    from it or rare person-name entries.
    """
    freq = load_tokenizer().FREQ.get(name, 0)
    if freq <= 0:
        return True
    tag = word_tags().get(name, "")
    # 杨建华 nr 273 is a name; 祝贺 "nr" 560 is not, but 王晓东 nr 518 is (jieba's three-character nr
    # words are people's names); after a post, a rare word of any tag is one (a name jieba's dictionary
    # holds as a place, seen 4 times)
    return tag.startswith("nr") and (anchored or freq <= 500 or _dictionary_name(name)) \
        or anchored and freq <= RARE_WORD_FREQ


NOT_NAME_ENDS = frozenset("章周赛岩筑花楼港岛州旗坝宫庙口庄")  # 纪念章, 黄金周, 张家港 …: things jieba tags nr


def _dictionary_name(word: str) -> bool:
    """A three-character word jieba tags as a person's name (王晓东) that is no place (张家港) or thing."""
    return len(word) >= 3 and word[-1] not in NOT_NAME_ENDS and not place_divisions(word)


def word_name_before_title(text: str, i: int) -> PersonName | None:
    """A name that is also a dictionary word (高峰), right after 授予 and right before the quoted title."""
    for length in (3, 2):
        cand = text[i:i + length]
        if len(cand) == length and text.startswith("“", i + length) and \
                (cand[:1] in surnames() or cand[:2] in surnames()) and _given_chars(cand[1:]):
            return PersonName(i, i + length, cand)
    return None


def _word_name_after_post(text: str, i: int) -> PersonName | None:
    """A name that is also a dictionary word (周游), accepted only right after a post and
    right before a hard boundary (a comma, 、, 同志)."""
    for length in (3, 2):
        cand = text[i:i + length]
        if len(cand) == length and (cand[:1] in surnames() or cand[:2] in surnames()) and \
                _given_chars(cand[1:]) and word_tags().get(cand, "nr")[:1] not in NOT_NAME_TAGS and \
                RE_BOUNDARY.match(text[i + length:i + length + 2]):
            return PersonName(i, i + length, cand)
    return None


NOT_NAME_TAGS = frozenset("vcdptru")  # verbs, conjunctions, adverbs …: 骨干常驻。 is no one called 常驻


def read_name_by_tokens(text: str, i: int) -> PersonName | None:
    """When nothing after a name tells its length (王某跪地), take jieba's word boundary."""
    if not (text[i:i + 1] in surnames() or text[i:i + 2] in surnames()):
        return None
    if len(text) < i + 2 or not _given_chars(text[i:i + 2]):
        return None  # no name-like word of two or more characters can start here: nothing to segment
    for tok in tokenize(text[i:i + 8]):
        if tok.start == 0 and 2 <= len(tok.text) <= 3 and _name_like(tok.text) and _given_chars(tok.text):
            return PersonName(i, i + len(tok.text), tok.text)
        break
    return None


def follows_name(text: str, end: int) -> bool:
    """Can a name end at ``end`` (a word that follows names starts there, or the text ends)?"""
    return _follower(text, end) is not None


def _follower(text: str, end: int) -> int | None:
    """Length of the word after a name candidate that can follow a name (0 at the end), else None."""
    if end >= len(text):
        return 0
    m = RE_FOLLOWER.match(text, end) or RE_YEAR_FOLLOWS.match(text, end) or RE_COUNT_FOLLOWS.match(text, end)
    if m is not None:
        return m.end() - end
    if text[end] in " \t":
        return 1
    return None


def title_before(text: str, i: int) -> tuple[int, str] | None:
    """The post written right before position ``i`` (党委书记, 副主任医师 ...): (start, title)."""
    titles, lengths = _titles()
    for n in lengths:
        if n <= i and text[i - n:i] in titles:
            return i - n, text[i - n:i]
    return None


def is_hospital_title(title: str) -> bool:
    return title in hospital_titles() and title not in official_titles()


def department_before(text: str, i: int) -> tuple[int, str] | None:
    """A department name ending at ``i`` (儿保科, 呼吸与危重症医学科)."""
    known, lengths = _departments()
    for n in lengths:
        if n <= i and text[i - n:i] in known:
            return i - n, text[i - n:i]
    m = RE_DEPARTMENT_TAIL.search(text[max(0, i - 10):i])
    if m is None:
        return None
    name = RE_BEFORE_DEPARTMENT.sub("", m.group())  # 授予该院党委组织部: the department is 党委组织部
    if name and RE_DEPARTMENT_TAIL.fullmatch(name) and not RE_NOT_IN_DEPARTMENT.search(name):
        return i - len(name), name
    return None


def names_after_titles(sent: Sentence) -> list[tuple[PersonName, int]]:
    """Names right after a post (党委书记王某, 副院长的李某); returns (name, start of the post)."""
    text = sent.text
    out = []
    heads = surname_heads()
    for m in _rx_titles().finditer(text):
        i = m.end() + (1 if text.startswith(("的", ":", " "), m.end()) else 0)  # (主任:白某; 院长 孙某)
        unsurnamed = RE_UNSURNAMED.match(text, i)  # 院长额尔敦巴雅尔被授予…: a name with no family name
        if text[i:i + 1] not in heads and "·" not in text[i + 2:i + 9] and "•" not in text[i + 2:i + 9] \
                and unsurnamed is None:
            continue  # every reader below wants a family name here
        t = title_before(text, m.end())
        if t is None:
            continue
        name = read_name(text, i, anchored=True) or read_name_by_tokens(text, i) or _word_name_after_post(text, i)
        # (a name with no family name, or one a family name's reading cut short: 乌兰图 / 乌兰图雅被…)
        if unsurnamed is not None and (name is None or name.end < unsurnamed.end() and not follows_name(text, name.end)):
            word = unsurnamed.group()
            if not any(c in UNSURNAMED_BAD_CHARS for c in _mongolian_qi(word)) \
                    and (not general_freq(word) or word_tags().get(word, "").startswith("nr")):
                name = PersonName(i, unsurnamed.end(), word)
        if name is not None and t[1] in COMPOUNDING_POSTS and not word_tags().get(name.name, "nr").startswith("nr"):
            continue  # 专家门诊, 医生干活: a dictionary word after a post that also starts compounds is no name
        if name is None or len(name.name) == 2 and name.name[0] in FUNCTION_WORD_SURNAMES \
                and name.name[1] in PLACE_AFTER_WORDS:
            continue  # (副院长任上: in office)
        if RE_BYLINE.search(text[:t[0]]) or t[1] in ("记者", "通讯员", "特约记者", "编辑", "责任编辑", "作者", "摄影"):
            continue
        out.append((name, t[0]))
    return out


def _mongolian_qi(name: str) -> str:
    """其其格, 乌云其其格, 其木格: 其 is in Mongolian names ending in 格 (elsewhere it is the pronoun);
    那日苏, 那仁: 那 starts Mongolian names (那一年, 那些 are the pronoun, their next character says so)."""
    if name.startswith("那") and name[1:2] not in "一个些时年天里么样边位次":
        name = name[1:]
    return name.replace("其", "") if name.endswith("格") else name


def name_list(text: str) -> list[PersonName]:
    """A line that is a list of names (王某某、李某某、张某某…; spaces inside a name are ignored), or a
    roll's row of names set apart by single spaces (丁某某 王某某 朱某某)."""
    if text.count("、") + text.count(",") >= 2:
        items = RE_LIST_SEPARATOR.split(text.strip().rstrip("。.;"))
    elif text.count(" ") >= 2 and RE_NAME_ROW.fullmatch(text.strip()):
        items = text.strip().split(" ")
    else:
        return []  # fewer than three items: stripping keeps every separator, so this is exact
    if len(items) < 3:
        return []
    names = []
    pos = 0
    for item in items:
        start = text.find(item, pos)
        pos = start + len(item)
        compact = RE_SPACES.sub("", item)
        if not item.strip():
            continue
        if not (2 <= len(compact) <= 4) or not (compact[:1] in surnames() or compact[:2] in surnames()):
            return []
        if any(c in NAME_BAD_CHARS for c in compact) or not _name_like(compact):
            return []
        names.append(PersonName(start, start + len(item), compact))
    return names


def profile_name(text: str) -> PersonName | None:
    """王某某,男,1960年… : the head of a staff profile."""
    m = RE_PROFILE.match(text)
    if m and (m.group(1)[:1] in surnames() or m.group(1)[:2] in surnames()):
        return PersonName(m.start(1), m.end(1), m.group(1))
    return None
