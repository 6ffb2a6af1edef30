"""Domain word lists shipped in ``kg/data/lexicon``, loaded once.

Domain knowledge lives in data, not code: hospital-name grammar, department
names, posts, surnames, honor-title heads and awarding organs. Every list is
general knowledge of the genre; none names a particular article's people or
hospitals.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("kg").joinpath("data").joinpath("lexicon").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(w for line in _lines(name) for w in line.split())


@cache
def hospital_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_words("hospital_suffixes.txt"), key=lambda w: (-len(w), w)))


@cache
def hospital_name_parts() -> frozenset[str]:
    return _words("hospital_name_parts.txt")


@cache
def hospital_generic() -> frozenset[str]:
    return _words("hospital_generic.txt")


@cache
def place_words() -> frozenset[str]:
    """Bare county stems that are everyday words (振兴, 资源): no evidence of where an article is."""
    return _words("place_words.txt")


@cache
def departments() -> frozenset[str]:
    """The lexicon's departments, and each 某医学科 as the centre it is also called (急诊医学中心)."""
    words = _words("departments.txt")
    return words | {w[:-1] + "中心" for w in words if w.endswith("医学科")}


@cache
def hospital_titles() -> frozenset[str]:
    return _words("titles.txt")


@cache
def official_titles() -> frozenset[str]:
    return _words("official_titles.txt")


@cache
def surnames() -> frozenset[str]:
    return _words("surnames.txt")


@cache
def tibetan_syllables() -> frozenset[str]:
    return _words("tibetan_names.txt")


@cache
def honor_heads() -> tuple[str, ...]:
    return tuple(sorted(_words("honor_heads.txt"), key=lambda w: (-len(w), w)))


@dataclass(frozen=True, slots=True)
class Organ:
    name: str  # canonical full name
    aliases: tuple[str, ...]
    level: str


@cache
def national_organs() -> dict[str, Organ]:
    """Every form (canonical or alias) of a national organ -> the organ."""
    out: dict[str, Organ] = {}
    for line in _lines("organs.tsv"):
        name, aliases, level = (line.split("\t") + ["", ""])[:3]
        organ = Organ(name, tuple(a for a in aliases.split("|") if a), level or "national")
        for form in (name, *organ.aliases):
            out.setdefault(form, organ)
    return out


@dataclass(frozen=True, slots=True)
class OrganSuffix:
    short: str
    full: str
    party: bool


@cache
def organ_suffixes() -> tuple[OrganSuffix, ...]:
    """Regional organ words, longest first, as written after 省/市/县 or a place name."""
    rows = []
    for line in _lines("organ_suffixes.tsv"):
        short, full, kind = (line.split("\t") + ["", ""])[:3]
        rows.append(OrganSuffix(short, full or short, kind == "party"))
    return tuple(sorted(rows, key=lambda r: (-len(r.short), r.short)))


def all_user_words() -> list[tuple[str, int]]:
    """Words for the segmenter's user dictionary, with a frequency that keeps them whole."""
    words: dict[str, int] = {}
    for w in hospital_suffixes():
        words[w] = 50000
    for w in departments() | hospital_titles() | official_titles():
        words[w] = max(words.get(w, 0), 20000)
    for w in honor_heads():
        words[w] = max(words.get(w, 0), 20000)
    for form in national_organs():
        words[form] = 30000
    for part in hospital_name_parts():
        words.setdefault(part, 5000)
    return sorted(words.items())
