"""The working state of one article while it is read.

``Doc`` bundles the article, its sentences and what the extractors learn
along the way: which places the article is about,
which hospital "我院" means. It lives only inside ``extract()``; what leaves
is the frozen ``Extraction``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from ..gazetteer import Division, load_gazetteer
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


@cache
def _place_automaton():
    """An Aho-Corasick automaton over every province, city and county form of the gazetteer."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    forms: dict[str, list[Division]] = {}
    for form, division in load_gazetteer().forms(("province", "prefecture", "county")):
        forms.setdefault(form, []).append(division)
    for form, divisions in forms.items():
        automaton.add_word(form, (form, tuple(divisions)))
    automaton.make_automaton()
    return automaton


def locate_places(doc: Doc) -> None:
    """Find place names (province to county) and decide which places the article is about.

    Official names and forms with their suffix (峨边县, 阿坝州) count fully; bare
    stems (宜宾, 四川) count half, as they also occur inside ordinary words.
    A county counts towards its city and province too.
    """
    gaz = load_gazetteer()
    text = doc.article.text
    title_end = len(doc.article.title)
    for end, (form, cands) in _place_automaton().iter_long(text):
        start = end - len(form) + 1
        formal = any(form == d.name or form[-1] in "省市县区州盟旗" for d in cands)
        weight = 1.0 if formal else 0.5
        if start < title_end:
            weight *= 2
        for d in cands:
            doc.places.append(PlaceHit(d, start, end + 1, form, weight / len(cands)))
    score: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for hit in doc.places:
        own[hit.division.code] += hit.weight
        for d in gaz.chain(hit.division.code):
            score[d.code] += hit.weight
    doc.province = _top(gaz, score, "province", None)
    doc.prefecture = _top(gaz, score, "prefecture", doc.province)
    doc.county = _top(gaz, own, "county", doc.prefecture or doc.province, minimum=1.5)


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
