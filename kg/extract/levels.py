"""Levels of honors and organs (national, provincial, city, county), read off their names."""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import load_gazetteer

LEVELS = ("national", "provincial", "city", "county", "institution")
RE_NATIONAL = re.compile(r"^(?:全国|国家|中国|中华|首届全国|“全国)")
RE_PROVINCIAL = re.compile(r"^(?:全省|省|全区)")
RE_CITY = re.compile(r"^(?:全市|市)")
RE_COUNTY = re.compile(r"^(?:全县|县)")


def honor_level(label: str, bodies=()) -> str:
    """The level an honor is conferred at: from its own words first, then from its organs."""
    if RE_NATIONAL.match(label):
        return "national"
    for rx, level in ((RE_PROVINCIAL, "provincial"), (RE_CITY, "city"), (RE_COUNTY, "county")):
        if rx.match(label):
            return level
    place = _leading_place(label)
    if place is not None:
        return {"province": "provincial", "prefecture": "city", "county": "county"}.get(place, "city")
    levels = [getattr(b, "level", None) for b in bodies]
    for level in ("national", "provincial", "city", "county"):
        if level in levels:
            return level
    if re.search(r"医院", label):
        return "institution"
    return "unknown"


def body_level(label: str) -> str:
    place = _leading_place(label.removeprefix("中共"))
    if place is None:
        return "national"
    return {"province": "provincial", "prefecture": "city", "county": "county"}.get(place, "city")


RE_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{0,4}(?:大学|学院|医院)")


@lru_cache(maxsize=1 << 14)
def _leading_place(label: str) -> str | None:
    """The level of the place a label starts with (remembered: titles and organs recur)."""
    gaz = load_gazetteer()
    for length in range(min(len(label), 10), 1, -1):
        divs = [d for d in gaz.lookup(label[:length]) if d.level != "township"]
        if divs and (label[length - 1] in "省市县区州盟旗" or label[:length] == divs[0].name):
            return divs[0].level
        province = next((d for d in divs if d.level == "province"), None)
        if province is not None and length >= 2 and not RE_INSTITUTION.match(label, length):
            return province.level  # a province by its short name: 浙江青年五四奖章 (not 浙江大学…)
    return None
