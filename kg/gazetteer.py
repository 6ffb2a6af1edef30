"""Gazetteer of China's administrative divisions (province down to township).

Articles name places loosely ("阿坝", "峨边县", "大堡镇"), while the graph needs
one stable identifier per place. This module loads the shipped table
``kg/data/divisions.tsv`` (statistical division codes, see ``kg/data/README.md``)
and answers the questions the extractor asks: which divisions does a surface
form name, which one is meant given the places already known from the article,
and how do divisions nest.

Short forms are derived by general rules (strip the type suffix such as 省/市/
自治州/县/镇/街道 and any ethnic-group names before it) rather than kept as
per-place lists, so the data file stays the single source of truth.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "LEVELS",
    "Division",
    "Gazetteer",
    "ETHNIC_GROUPS",
    "load_gazetteer",
    "short_forms",
    "strip_suffix",
]

LEVELS: tuple[str, ...] = ("province", "prefecture", "county", "township")
_RANK = {level: i for i, level in enumerate(LEVELS)}

# China's 56 officially recognised ethnic groups. Names of autonomous areas list
# the groups before the type suffix (双江拉祜族佤族布朗族傣族自治县), usually with 族 and
# sometimes without it (塔什库尔干塔吉克自治县), so both spellings are stripped.
ETHNIC_GROUPS: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族",
    "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族",
    "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族",
    "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
    "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族",
    "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族",
    "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip

# Tokens that may precede a type suffix in an autonomous area's name. The bare
# form (without 族) is only used when it is at least two characters long, so
# that e.g. 水 or 白 is never cut off a place name. Longest first, so that
# 土家族 is preferred over 土族 and 少数民族 over 民族.
_ETHNIC_TOKENS: tuple[str, ...] = tuple(
    sorted(
        {*ETHNIC_GROUPS, *(g[:-1] for g in ETHNIC_GROUPS if len(g) >= 3), "各族", "民族", "少数民族"},
        key=lambda t: (-len(t), t),
    )
)

# (suffix, letter for an extra "stem+letter" form or "", minimum stem length)
# per level, tried in order; the first that leaves a valid stem wins. The extra
# form only differs from the official name when something was removed besides
# the letter: 峨边彝族自治县 -> 峨边县, 阿坝藏族羌族自治州 -> 阿坝州, 红岩苗族乡 -> 红岩乡.
_SUFFIXES: dict[str, tuple[tuple[str, str, int], ...]] = {
    "province": (("特别行政区", "", 2), ("自治区", "", 2), ("省", "", 2), ("市", "", 2)),
    "prefecture": (("自治州", "州", 2), ("地区", "", 2), ("盟", "", 2), ("市", "", 2)),
    "county": (
        ("自治县", "县", 2),
        ("自治旗", "旗", 2),
        ("新区", "", 2),
        ("矿区", "", 2),
        ("特区", "", 2),
        # 林区 is a county type only for long stems (神农架林区); in 万柏林区 it is
        # part of the name.
        ("林区", "", 3),
        ("县", "县", 2),
        ("区", "", 2),
        ("市", "", 2),
        ("旗", "旗", 2),
    ),
    "township": (
        ("街道地区", "", 2),
        ("街道", "", 2),
        ("地区", "", 2),
        ("苏木", "苏木", 2),
        ("乡", "乡", 2),
        ("镇", "镇", 2),
    ),
}
_ANY_LEVEL_SUFFIXES: tuple[tuple[str, str, int], ...] = tuple(
    sorted({s for ss in _SUFFIXES.values() for s in ss}, key=lambda s: (-len(s[0]), s))
)
# 阿拉善左旗, 科尔沁右翼前旗: the 旗 belongs to a direction word and the stem
# without it (阿拉善左) is not a name anyone uses.
_BANNER_DIRECTION = frozenset("左右前后中")
# A parenthesised note at the start or end of a name: （工业园区）城南街道,
# 科技城（东渚街道）. One in the middle (昆山（沭阳）工业园区) is part of the name.
_PAREN = re.compile(r"^[（(][^）)]*[）)]|[（(][^）)]*[）)]$")


def _strip_ethnic(stem: str, allow_bare: bool) -> tuple[str, bool]:
    """Remove trailing ethnic-group names; return (stem, whether any was removed).

    Names spelled without 族 (塔吉克) are only removed when ``allow_bare``, i.e.
    the name is clearly an autonomous one, so that 新保安镇 keeps its 保安.
    Never shortens below two characters: 东乡族 keeps 东乡, 鄂伦春 stays whole.
    """
    if not allow_bare and "族" not in stem:
        return stem, False  # fast path: the vast majority of names
    removed = False
    changed = True
    while changed:
        changed = False
        for token in _ETHNIC_TOKENS:
            if (
                stem.endswith(token)
                and len(stem) - len(token) >= 2
                and (allow_bare or token.endswith("族"))
            ):
                stem = stem[: -len(token)]
                removed = changed = True
                break
    if stem.endswith("族") and len(stem) >= 3 and stem in _ETHNIC_TOKENS:
        # The whole stem is an ethnic group (东乡族自治县): drop only 族.
        stem, removed = stem[:-1], True
    return stem, removed


def _split(name: str, level: str | None) -> tuple[str, str] | None:
    """Split an official name into (stem, extra form or "") or None if no rule applies."""
    rules = _SUFFIXES[level] if level is not None else _ANY_LEVEL_SUFFIXES
    for suffix, letter, min_len in rules:
        if not name.endswith(suffix) or len(name) <= len(suffix):
            continue
        head = name[: -len(suffix)]
        if letter == "旗" and head[-1] in _BANNER_DIRECTION:
            continue
        stem, _ = _strip_ethnic(head, allow_bare=suffix.startswith("自治") or "族" in head)
        if len(stem) < min_len:
            continue
        extra = stem + letter if letter and stem + letter != name else ""
        return stem, extra
    return None


def strip_suffix(name: str, level: str | None = None) -> str:
    """Return the stem of a division name (阿坝藏族羌族自治州 -> 阿坝), or the name itself.

    The stem is what articles most often write; it is never shorter than two
    characters, so a name such as 沛县 is its own stem. ``level`` restricts
    the suffixes tried to those of one level (safer for ambiguous endings
    like 市, which is a province, prefecture and county suffix).
    """
    split = _split(_PAREN.sub("", name) or name, level)
    return split[0] if split else name


def short_forms(name: str, level: str, code: str = "") -> tuple[str, ...]:
    """All surface forms of one division: its official name first, then short forms.

    ``code`` lets statistical units that are not administrative divisions (county
    codes xx71-xx80, such as development zones) keep only their official name:
    stripping 区 from 石家庄高新技术产业开发区 would yield nonsense.
    """
    forms = [name]
    bare = _PAREN.sub("", name)
    if bare != name and len(bare) >= 2:
        forms.append(bare)
    if not (level == "county" and len(code) == 6 and "71" <= code[4:6] <= "80"):
        split = _split(bare, level)
        if split is not None:
            stem, extra = split
            forms.extend(f for f in (extra, stem) if f)
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 2))


def _former_county_name(d: Division) -> str | None:
    """某某县 for a county-level city or district (错那市, 双流区).

    Counties keep becoming cities and districts (撤县设市, 撤县设区); articles written
    before, and the names of the hospitals there (某某县人民医院), still say 某某县.
    """
    if d.level != "county" or "71" <= d.code[4:6] <= "80" or not d.name.endswith(("市", "区")):
        return None
    if d.name.endswith(("新区", "矿区", "特区", "林区", "开发区", "园区", "管理区")):
        return None
    split = _split(_PAREN.sub("", d.name), "county")
    return split[0] + "县" if split is not None else None


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division as listed in the statistical code table."""

    code: str
    name: str  # official name
    level: str  # "province" | "prefecture" | "county" | "township"
    parent: str | None
    lon: float | None
    lat: float | None


def _normalize(code: str) -> str:
    """Accept 2/4/6/9/12-digit codes (e.g. 510000000000) and return the table's key."""
    code = code.strip()
    if len(code) == 12:
        code = code[:9] if code[6:9] != "000" else code[:6]
    elif len(code) in (2, 4):
        code = code.ljust(6, "0")
    return code


class Gazetteer:
    """In-memory index over the divisions table; all queries are dict look-ups."""

    def __init__(self, divisions: Iterable[Division]) -> None:
        self._by_code: dict[str, Division] = {}
        forms: dict[str, list[Division]] = {}
        self._forms_of: dict[str, tuple[str, ...]] = {}
        for d in sorted(divisions, key=lambda d: d.code):
            self._by_code[d.code] = d
            fs = short_forms(d.name, d.level, d.code)
            self._forms_of[d.code] = fs
            for f in fs:
                forms.setdefault(f, []).append(d)
        former: dict[str, list[Division]] = {}
        for d in self._by_code.values():
            f = _former_county_name(d)
            if f is not None:
                former.setdefault(f, []).append(d)
        for f, ds in former.items():
            if f not in forms:  # (never in place of a division that has the name today)
                forms[f] = ds
                for d in ds:
                    self._forms_of[d.code] += (f,)
        self._by_form: dict[str, tuple[Division, ...]] = {f: tuple(ds) for f, ds in forms.items()}

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Division]:
        return iter(self._by_code.values())

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and _normalize(code) in self._by_code

    def get(self, code: str) -> Division | None:
        """The division with this code (6/9 digits; 12-digit codes are trimmed)."""
        return self._by_code.get(_normalize(code))

    def lookup(self, form: str) -> tuple[Division, ...]:
        """Every division whose official name or short form equals ``form``, by code."""
        return self._by_form.get(form.strip(), ())

    def forms_of(self, code: str) -> tuple[str, ...]:
        """The surface forms of one division, official name first."""
        return self._forms_of.get(_normalize(code), ())

    def chain(self, code: str) -> tuple[Division, ...]:
        """The division itself, then its parent, ... up to the province."""
        out: list[Division] = []
        d = self.get(code)
        while d is not None:
            out.append(d)
            d = self._by_code.get(d.parent) if d.parent else None
        return tuple(out)

    def county_of(self, code: str) -> Division | None:
        """The county-level division at or above ``code`` (None above county level).

        Also None for townships of prefecture-level cities without counties
        (东莞市, 中山市, 嘉峪关市, 儋州市), whose townships hang off the city.
        """
        return next((d for d in self.chain(code) if d.level == "county"), None)

    def prefecture_of(self, code: str) -> Division | None:
        """The prefecture-level division at or above ``code``, if any.

        None for provinces and for divisions directly under a province
        (municipality districts, 省直辖 county-level cities such as 仙桃市).
        """
        return next((d for d in self.chain(code) if d.level == "prefecture"), None)

    def province_of(self, code: str) -> Division | None:
        """The province-level division containing ``code`` (itself for provinces)."""
        ch = self.chain(code)
        return ch[-1] if ch else None

    def within(self, code: str, ancestor: str) -> bool:
        """Is ``code`` the division ``ancestor`` or below it?"""
        anc = _normalize(ancestor)
        return any(d.code == anc for d in self.chain(code))

    def locate(self, code: str) -> tuple[float, float] | None:
        """(lon, lat) of the division or of its nearest ancestor that has coordinates.

        Townships carry no coordinates of their own in the table, so this is the
        way to place them on a map (at their county's centre).
        """
        for d in self.chain(code):
            if d.lon is not None and d.lat is not None:
                return (d.lon, d.lat)
        return None

    def resolve(self, form: str, context: Iterable[str] = ()) -> Division | None:
        """The one division ``form`` names, or None when that cannot be decided.

        ``context`` holds codes of divisions the article is about. Candidates
        inside a context division win, the most specific context first; then
        an exact official-name match beats a short form; then the higher level
        wins (哈密 -> 哈密市, the prefecture, over a county of that stem). Ties after that give None,
        because guessing would silently attach facts to the wrong place.
        """
        candidates = self.lookup(form)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        return self._resolve_shared(form, tuple(context))

    @functools.lru_cache(maxsize=1 << 14)  # noqa: B019 - one gazetteer lives as long as the process
    def _resolve_shared(self, form: str, context: tuple[str, ...]) -> Division | None:
        """``resolve`` for a form several divisions share: the same few forms and contexts come
        up again and again in an article, so the answers are remembered."""
        candidates = self.lookup(form)
        ctx = [d for d in (self.get(c) for c in context) if d is not None]
        if ctx:
            best_depth = -1
            kept: list[Division] = []
            for cand in candidates:
                ancestors = {d.code for d in self.chain(cand.code)}
                depth = max((_RANK[c.level] for c in ctx if c.code in ancestors), default=-1)
                if depth > best_depth:
                    best_depth, kept = depth, [cand]
                elif depth == best_depth:
                    kept.append(cand)
            candidates = tuple(kept)
        exact = tuple(d for d in candidates if d.name == form.strip())
        if exact:
            candidates = exact
        top = min(_RANK[d.level] for d in candidates)
        candidates = tuple(d for d in candidates if _RANK[d.level] == top)
        return candidates[0] if len(candidates) == 1 else None

    def forms(
        self, levels: Iterable[str] = LEVELS
    ) -> Iterator[tuple[str, Division]]:
        """Every (surface form, division) pair at the given levels, for building a matcher."""
        wanted = frozenset(levels)
        unknown = wanted - frozenset(LEVELS)
        if unknown:
            raise ValueError(f"unknown level(s): {sorted(unknown)}")
        for code, d in self._by_code.items():
            if d.level in wanted:
                for f in self._forms_of[code]:
                    yield f, d


_COLUMNS = ("code", "parent", "level", "name", "lon", "lat")


def _float(text: str) -> float | None:
    return float(text) if text else None


def read_divisions(lines: Iterable[str]) -> Iterator[Division]:
    """Parse the TSV table (header line first) into divisions."""
    it = iter(lines)
    header = next(it, "").rstrip("\r\n").split("\t")
    if header != list(_COLUMNS):
        raise ValueError(f"unexpected divisions header: {header}")
    for line in it:
        line = line.rstrip("\r\n")
        if not line:
            continue
        code, parent, level, name, lon, lat = line.split("\t")
        yield Division(code, name, level, parent or None, _float(lon), _float(lat))


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer built from the shipped table; cached, since it never changes at run time."""
    path = resources.files("kg").joinpath("data").joinpath("divisions.tsv")
    with path.open("r", encoding="utf-8", newline="") as fh:
        return Gazetteer(read_divisions(fh))
