"""The working state of one article while it is read.

``Doc`` bundles the article, its sentences and what the extractors learn
along the way: which places the article is about,
which hospital "我院" means. It lives only inside ``extract()``; what leaves
is the frozen ``Extraction``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..gazetteer import Division, load_gazetteer
from ..lexicon import place_words
from ..records import Article, Evidence, Kind, Mention, Sentence

LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "township": 3}


@dataclass(frozen=True, slots=True)
class PlaceHit:
    division: Division
    start: int  # offsets into Article.text
    end: int
    surface: str
    weight: float


@dataclass
class Doc:
    article: Article
    sentences: tuple[Sentence, ...]
    places: list[PlaceHit] = field(default_factory=list)
    province: Division | None = None
    prefecture: Division | None = None  # the city (or 州/盟/地区) the article is about
    county: Division | None = None
    hospitals: dict[str, Mention] = field(default_factory=dict)  # canonical label -> first mention
    hospital_mentions: list[Mention] = field(default_factory=list)
    main_hospital: str | None = None  # canonical label of the article's own hospital
    spans: dict[int, list] = field(default_factory=dict)  # sentence index -> spans.Span list
    mentions_by_sentence: dict[int, list[Mention]] | None = None  # hospital mentions, once they are final
    people_seen: dict[str, None] = field(default_factory=dict)  # people named so far, in article order
    given_names: tuple[int, dict[str, str]] = (0, {})  # (of how many people seen) their given names -> full names
    headline_like: dict[int, bool] = field(default_factory=dict)  # sentence index -> is it a line of a headline
    villages: dict | None = None  # village name -> aid.Place, of the villages named with their county
    warnings: list[str] = field(default_factory=list)

    @property
    def context_codes(self) -> tuple[str, ...]:
        return tuple(d.code for d in (self.province, self.prefecture, self.county) if d is not None)

    def evidence(self, sentence: Sentence) -> Evidence:
        s, e = self.article.source_span(sentence.start, sentence.end)
        return Evidence(sentence.index, sentence.text, s, e)

    def mention(self, kind: Kind, label: str, sentence: Sentence, start: int, end: int,
                aliases: tuple[str, ...] = (), attrs: tuple[tuple[str, str], ...] = ()) -> Mention:
        """A mention at sentence-local offsets [start, end)."""
        return Mention(kind, label, sentence.text[start:end], sentence.index,
                       sentence.start + start, sentence.start + end, aliases, attrs)


@dataclass(frozen=True)
class _PlaceMatcher:
    automaton: object  # ahocorasick.Automaton: form -> (form, divisions)
    live: re.Pattern[str]  # two or more characters that occur in some form
    forms: frozenset[str]
    prefixes: frozenset[str]  # every prefix of two or more characters of a form


@cache
def _place_automaton() -> _PlaceMatcher:
    """An Aho-Corasick automaton over every province, city and county form of the gazetteer."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    forms: dict[str, list[Division]] = {}
    for form, division in load_gazetteer().forms(("province", "prefecture", "county")):
        forms.setdefault(form, []).append(division)
    for form, divisions in forms.items():
        automaton.add_word(form, (form, tuple(divisions)))
    automaton.make_automaton()
    chars = "".join(sorted({c for form in forms for c in form} - {"\0"}))
    prefixes = frozenset(form[:n] for form in forms for n in range(2, len(form) + 1))
    return _PlaceMatcher(automaton, re.compile(f"[{re.escape(chars)}]{{2,}}"), frozenset(forms), prefixes)


def place_matches(text: str) -> Iterator[tuple[int, str, tuple[Division, ...]]]:
    """(start, form, divisions) of each place form, exactly as ``automaton.iter_long(text)`` finds them.

    The automaton is slow per character, and a character no form contains always sends it back
    to its root with nothing pending. So it only reads the runs of other characters that hold a
    whole form, joined by one character no form contains (NUL), in a single call.
    """
    matcher = _place_automaton()
    runs = [m.span() for m in matcher.live.finditer(text) if _holds_form(m.group())]
    if not runs:
        return
    pieces: list[str] = []
    starts: list[int] = []  # where each run starts in the joined text
    at = 0
    for s, e in runs:
        starts.append(at)
        pieces.append(text[s:e])
        at += e - s
        if e < len(text):  # a character no form contains follows the run
            pieces.append("\0")
            at += 1
    for end, (form, cands) in matcher.automaton.iter_long("".join(pieces)):
        start = end - len(form) + 1
        k = bisect_right(starts, start) - 1
        yield runs[k][0] + start - starts[k], form, cands


@lru_cache(maxsize=1 << 16)
def _holds_form(run: str) -> bool:
    """Does the run contain a place form? (Without one, the automaton finds nothing there.)
    Remembered: the same runs (names, stock phrases) come back across an article and a corpus."""
    matcher = _place_automaton()
    prefixes, forms = matcher.prefixes, matcher.forms
    for i in range(len(run) - 1):
        j = i + 2
        while j <= len(run) and run[i:j] in prefixes:
            if run[i:j] in forms:
                return True
            j += 1
    return False


RE_TELLER = re.compile(r"(?:融媒体中心|人民政府|政府网|卫生健康局|卫生健康委员会|卫健局|卫健委|新闻中心|发布)")
RE_SOURCE_BEFORE = re.compile(r"(?:来源|来自|作者|发布)[:：]?\s*$")


def locate_places(doc: Doc) -> None:
    """Find place names (province to county) and decide which places the article is about.

    Official names and forms with their suffix (峨边县, 阿坝州) count fully; bare
    stems (宜宾, 四川) count half, as they also occur inside ordinary words.
    A county counts towards its city and province too.
    """
    gaz = load_gazetteer()
    text = doc.article.text
    title_end = len(doc.article.title)
    words = place_words()
    for start, form, cands in place_matches(text):
        end = start + len(form) - 1
        if form in words and all(d.level == "county" and form != d.name for d in cands):
            continue  # 乡村振兴, 医疗资源, 全州(先进…): a word, not the district
        formal = any(form == d.name or form[-1] in "省市县区州盟旗" for d in cands)
        weight = 1.0 if formal else 0.5
        if start < title_end or RE_TELLER.match(text, end + 1) and RE_SOURCE_BEFORE.search(text, max(0, start - 4), start):
            weight *= 2  # (the title's places, and the teller's: 来源:某县融媒体中心 / 某县卫生健康局)
        for d in cands:
            doc.places.append(PlaceHit(d, start, end + 1, form, weight / len(cands)))
    score: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for hit in doc.places:
        own[hit.division.code] += hit.weight
        for code in _chain_codes(hit.division.code):
            score[code] += hit.weight
    doc.province = _top(gaz, score, "province", None)
    doc.prefecture = _top(gaz, score, "prefecture", doc.province)
    doc.county = _top(gaz, own, "county", doc.prefecture or doc.province, minimum=1.5)


@lru_cache(maxsize=1 << 12)
def _chain_codes(code: str) -> tuple[str, ...]:
    """Codes of a division and the divisions above it (asked for every place named)."""
    return tuple(d.code for d in load_gazetteer().chain(code))


def _top(gaz, score: Counter[str], level: str, within: Division | None, minimum: float = 1.0) -> Division | None:
    ranked = sorted(
        ((s, code) for code, s in score.items()
         if (d := gaz.get(code)) is not None and d.level == level
         and (within is None or gaz.within(code, within.code))),
        key=lambda x: (-x[0], x[1]),
    )
    if not ranked or ranked[0][0] < minimum:
        return None
    if len(ranked) > 1 and ranked[1][0] >= ranked[0][0]:
        return None
    return gaz.get(ranked[0][1])
