"""Shared pieces for reading names off tokens: classifying words for the name grammar."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..gazetteer import Division, load_gazetteer
from ..lexicon import _words, hospital_generic, hospital_name_parts
from ..records import Token
from ..segment import in_dictionary, tokenize, word_tags

RE_CJK_WORD = re.compile(r"^[\u3400-\u4e27\u4e29-\u9fff]+$")  # 丨 (U+4E28) is used as a bar
SINGLE_STOPS = frozenset("的了在和与及对向为被把将从自由以于到至赴去往给跟同让使是有获这那该本我你他她它其此各每全共第家个名位批次项年月日号")
VERB_TAGS = frozenset("v vd vi vg vq vn p c u ud ug uj ul uv uz d dg ad m mq q".split())
COMMON_VERB_FREQ = 1000  # a verb this frequent in jieba's dictionary (建成, 创作) is a word, not part of a name
WEAK_TAGS = frozenset("a an ag t tg r rg rr rz b f s z zg l i y e o k h".split())
PRONOUN_HEADS = frozenset("我该贵各此")
RE_ORDINAL = re.compile(r"^(?:附属)?第?[一二三四五六七八九十]{1,2}(?:人民|附属|中心)?$")
RE_INSTITUTION = re.compile(r"(?:医科大学|中医药大学|医药大学|大学|医学院|学院|医学部|卫生学校|卫校)$")
ADMIN_CHARS = frozenset("省市县区州盟旗")
TYPE_ONLY_SPECIFIC = frozenset(
    "胸科 肿瘤 儿童 口腔 眼科 精神 精神卫生 传染病 皮肤病 骨科 妇产 妇女儿童 康复 中西医结合 中医药 工人 职工".split()
)


@cache
def stopwords() -> frozenset[str]:
    return _words("stopwords.txt")


@lru_cache(maxsize=1 << 16)
def place_divisions(word: str) -> tuple[Division, ...]:
    """Divisions (province to county) a word names, or () when it is not a place."""
    return tuple(d for d in load_gazetteer().lookup(word) if d.level != "township")


@lru_cache(maxsize=1 << 16)
def classify(word: str) -> str:
    """The role a word can play in a hospital name: part, admin, inst, place, proper or stop."""
    if word in ADMIN_CHARS:
        return "admin"
    if word in hospital_name_parts() or RE_ORDINAL.match(word):
        return "part"
    if not RE_CJK_WORD.match(word):
        return "stop"
    if word in hospital_generic() or word in stopwords():
        return "stop"
    if word[0] in PRONOUN_HEADS and len(word) == 2 and not place_divisions(word):
        return "stop"  # 贵院, 该院 (but 贵州, 贵阳 are places)
    if place_divisions(word):
        return "place" if is_formal_place(word) else "stem"
    if len(word) > 2 and RE_INSTITUTION.search(word):
        return "inst"
    if word in ("大学", "医学院", "学院", "医科大学", "医疗中心", "医疗集团"):
        return "inst"  # (宁波市医疗中心|李惠利医院: a city's medical centre, its hospital named within it)
    if len(word) == 2 and word[1] in MOTION_ENDS and not in_dictionary(word):
        return "stop"  # 陆海清到龙华医院: a name's last character and the verb after it, cut as one word
    if 2 <= len(word) <= 4 and not _common_verb(word):
        return "proper"
    return "stop"


MOTION_ENDS = frozenset("到在去赴往至从")


def _common_verb(word: str) -> bool:
    """A frequent verb or adverb (推动, 贯穿, 切实) cannot name a hospital; a rare "verb" may be a
    misread proper name (攀钢 in 攀钢总医院): the genre's own verbs are in the stopword list."""
    from ..segment import load_tokenizer

    return word_tags().get(word) in VERB_TAGS and load_tokenizer().FREQ.get(word, 0) > 100


def is_formal_place(word: str) -> bool:
    """An official name or a form with its suffix (峨边县, 阿坝州), not a bare stem (峨边)."""
    return any(word == d.name or word[-1] in "省市县区州盟旗" or word.endswith("地区") for d in place_divisions(word))


def weak_proper(word: str) -> bool:
    """A proper-name word jieba tags as adjective, time word, pronoun ...: fine inside a name, not alone."""
    return word_tags().get(word) in WEAK_TAGS


@lru_cache(maxsize=1 << 16)
def split_parts(word: str) -> tuple[str, ...]:
    """Split a word jieba kept whole into name parts (remembered: names repeat their words).

    医学院附属 -> 医学院/附属; 市中心 -> 市/中心; a guessed word that starts with a
    function character (对县, 赴市) loses it.
    """
    if len(word) >= 2 and word[0] in SINGLE_STOPS and not in_dictionary(word) and not place_divisions(word):
        return (word[0], *split_parts(word[1:]))
    if len(word) >= 3 and word[-1] in SINGLE_STOPS and not in_dictionary(word):  # 红医以 + 医学中心
        return (*split_parts(word[:-1]), word[-1])
    if len(word) >= 2 and word[0] in ADMIN_CHARS and classify(word[1:]) == "part":
        return (word[0], word[1:])
    if classify(word) != "stop" or len(word) < 3:
        return (word,)
    parts = hospital_name_parts()
    for cut in range(1, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if tail in parts or RE_ORDINAL.match(tail):
            head_parts = split_parts(head)
            if all(classify(h) != "stop" for h in head_parts):
                return (*head_parts, tail)
    return (word,)


def _split_token(tok: Token) -> list[Token]:
    pieces = split_parts(tok.text)
    out, pos = [], tok.start
    for piece in pieces:
        out.append(Token(piece, pos, pos + len(piece)))
        pos += len(piece)
    return out


def _is_township(word: str) -> bool:
    return any(d.level == "township" for d in load_gazetteer().lookup(word))


def _rejoin_townships(words: list[Token]) -> list[Token]:
    """乌/石镇, 大桥/镇 -> 乌石镇, 大桥镇: a township jieba cut in two (卫生院 names start with one)."""
    out: list[Token] = []  # right to left
    i = 0
    while i < len(words):
        tok = words[i]
        if (tok.text[-1] in "镇乡" and len(tok.text) <= 3 or tok.text.endswith("街道") and len(tok.text) <= 4):
            for n in (2, 1):
                left = words[i + 1:i + 1 + n]  # (right to left, as ``words``)
                if len(left) < n or any(a.start != b.end for a, b in zip([tok, *left], left)):
                    continue
                joined = "".join(t.text for t in reversed(left)) + tok.text
                if len(joined) <= 6 and _is_township(joined):
                    tok = Token(joined, left[-1].start, tok.end)
                    i += n
                    break
            else:  # 联合会/川镇: the township's head is the tail of the word before
                prev = words[i + 1] if i + 1 < len(words) and not _is_township(tok.text) else None
                if prev is not None and prev.end == tok.start and len(prev.text) >= 2:
                    for k in (2, 1):
                        joined = prev.text[-k:] + tok.text
                        if k < len(prev.text) and _is_township(joined):
                            out.append(Token(joined, prev.end - k, tok.end))
                            words = [*words[:i + 1], Token(prev.text[:-k], prev.start, prev.end - k), *words[i + 2:]]
                            tok = None
                            break
                if tok is None:
                    i += 1
                    continue
        out.append(tok)
        i += 1
    return out


def _rejoin_admin_parts(words: list[Token]) -> list[Token]:
    """威海市/立 -> 威海/市立: an admin character jieba glued to a place belongs to the name part after it."""
    out = _rejoin_townships(list(words))  # right to left
    for i in range(len(out) - 1):
        right, left = out[i], out[i + 1]
        if len(right.text) == 1 and left.text[-1:] in ADMIN_CHARS and left.text[-1] + right.text in hospital_name_parts() \
                and place_divisions(left.text[:-1]):
            out[i] = Token(left.text[-1] + right.text, left.end - 1, right.end)
            out[i + 1] = Token(left.text[:-1], left.start, left.end - 1)
    return out


QUANTIFIERS = "各如每诸"  # (each, such as …: no name starts with one, but jieba may glue one to a name)


def left_words(tokens: tuple[Token, ...], text: str, end: int, limit: int = 10) -> list[Token]:
    """Tokens ending at or before ``end``, right to left, split at ``end`` where one straddles it."""
    out: list[Token] = []
    for tok in reversed(tokens):
        if tok.start >= end:
            continue
        if tok.end > end:  # jieba knows 北京积水潭医院 as one word: read its head on its own
            head = text[tok.start:end]
            sub = tokenize(head) if len(head) > 2 else (Token(head, 0, len(head)),)
            for piece in reversed(sub):
                out.extend(Token(p.text, tok.start + p.start, tok.start + p.end)
                           for p in reversed(_split_token(piece)))
            continue
        pieces = split_parts(tok.text)
        if len(pieces) == 1 and len(tok.text) >= 3 and tok.text[0] in QUANTIFIERS and not place_divisions(tok.text):
            pieces = [tok.text[0], tok.text[1:]]  # 各乡镇, 如宁平镇: jieba glued 各/如 to the name after it
        if len(pieces) == 1:
            out.append(tok)  # whole: the token itself (tokens are immutable)
        else:
            pos = tok.end
            for piece in reversed(pieces):
                out.append(Token(piece, pos - len(piece), pos))
                pos -= len(piece)
        if len(out) >= limit:
            break
    return _rejoin_brand(_rejoin_admin_parts(out))


def _rejoin_brand(words: list[Token]) -> list[Token]:
    """阜阳/和/美/医院 -> 阜阳/和美: two single characters between a place and the suffix are one
    proper name jieba did not know (a private hospital's brand), when together they read as one."""
    if len(words) < 3 or len(words[0].text) != 1 or len(words[1].text) != 1 or words[1].end != words[0].start:
        return words
    pair = words[1].text + words[0].text
    if classify(words[0].text) in ("admin", "part") or classify(words[1].text) in ("admin", "part") \
            or classify(words[2].text) not in ("place", "stem") or classify(pair) != "proper":
        return words
    return [Token(pair, words[1].start, words[0].end), *words[2:]]
