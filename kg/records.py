"""Plain value records passed from stage to stage.

Every stage is a function from one of these to the next; none of them holds
logic beyond small derived properties, so they pickle cleanly to worker
processes and serialise to the build cache as JSON.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """Entity kinds; the values are the local names of the ontology classes."""

    HOSPITAL = "Hospital"
    ORG_UNIT = "OrgUnit"
    PERSON = "Person"
    HONOR = "Honor"
    AWARDING_BODY = "AwardingBody"
    REGION = "Region"


def document_id(name: str, digest: str | None = None) -> str:
    """The id of an article's document IRI, from its stable name.

    It is kept when the article is edited, so links to the document and to the
    facts it supports survive a correction (the content is told by its digest).
    ``digest`` tells apart two different files given the same name by two
    inputs: the first keeps the plain id, the others take their content's.
    """
    key = name if digest is None else f"{name}\0{digest}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded input file, before any normalisation."""

    path: str  # as given on the command line, relative where possible
    name: str  # path relative to the corpus root: the stable file name of the document
    source: str  # the decoded text, the reference for every character offset
    encoding: str
    media_type: str  # "text" | "markdown" | "html"
    digest: str  # sha256 of the raw bytes, hex
    warnings: tuple[str, ...] = ()  # damage met while decoding, one line each


@dataclass(frozen=True, slots=True)
class Article:
    """A normalised article: clean simplified-Chinese text plus a map back to the source."""

    doc_id: str  # stable across edits: from the name (``document_id``)
    name: str
    title: str
    date: str | None  # "YYYY-MM-DD" or "YYYY" when the article states a publication date
    text: str
    offsets: "OffsetMap"
    encoding: str = "utf-8"
    digest: str = ""

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``text[start:end]`` came from."""
        return self.offsets.span(start, end)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps positions in normalised text to positions in the original text.

    Stored as breakpoints: from ``text_at[k]`` on, text position ``i`` came from
    ``orig_at[k] + (i - text_at[k])`` when ``linear[k]``, else from ``orig_at[k]``
    (a replacement collapsed onto its source start). Compact even for 50 MB files.
    """

    text_at: tuple[int, ...]
    orig_at: tuple[int, ...]
    linear: tuple[bool, ...]
    text_len: int
    orig_len: int

    def to_source(self, i: int) -> int:
        from bisect import bisect_right

        if not self.text_at:
            return min(i, self.orig_len)
        k = max(bisect_right(self.text_at, i) - 1, 0)
        pos = self.orig_at[k] + (i - self.text_at[k]) if self.linear[k] else self.orig_at[k]
        return max(0, min(pos, self.orig_len))

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), min(self.to_source(end - 1) + 1, self.orig_len)


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    index: int
    start: int  # offsets into Article.text
    end: int
    text: str
    paragraph: int = 0  # sentences of one line share a paragraph number


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # offsets into the text that was segmented
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing found in a sentence, already resolved within its article.

    ``label`` is the canonical (full) name chosen inside the article; ``surface``
    is the form written in the text; ``key`` identifies the entity across the
    corpus before cross-article merging.
    """

    kind: Kind
    label: str
    surface: str
    sentence: int  # Sentence.index
    start: int  # offsets into Article.text
    end: int
    aliases: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()  # small extras: ("level", "national"), ("adcode", "510422") ...

    def attr(self, name: str, default: str | None = None) -> str | None:
        for k, v in self.attrs:
            if k == name:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence and its span in the original file."""

    sentence: int
    text: str
    source_start: int
    source_end: int


@dataclass(frozen=True, slots=True)
class AwardClaim:
    recipient: Mention  # Hospital, OrgUnit or Person
    honor: Mention
    years: tuple[int, ...]  # empty when unknown; conferral year and title year when they differ
    bodies: tuple[Mention, ...]  # awarding bodies, empty when the text does not say
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class AidClaim:
    hospital: Mention
    target: Mention  # a Region (county, township, village ...) or a Hospital
    mode: str  # 对口帮扶 | 对口支援 | 托管 | 驻村帮扶 | 定点帮扶 | 援藏 ...
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class AffiliationClaim:
    person: Mention
    organization: Mention  # Hospital or OrgUnit
    role: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class PartOfClaim:
    unit: Mention
    parent: Mention  # Hospital or OrgUnit
    evidence: Evidence


Claim = AwardClaim | AidClaim | AffiliationClaim | PartOfClaim


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article. Carries no article text beyond evidence."""

    doc_id: str
    name: str
    title: str
    date: str | None
    digest: str
    encoding: str
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One resolved entity of the corpus."""

    kind: Kind
    key: str  # stable identity, the seed of its IRI
    label: str
    alt_labels: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()  # doc_ids that mention it
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class BuildStats:
    documents: int = 0
    failed: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    awards: int = 0
    aid_links: int = 0
    affiliations: int = 0
    triples: int = 0
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """One place a fact was read: document, sentence and its span in the original file."""

    doc_id: str
    name: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class AwardFact:
    key: str
    recipient: str  # entity keys
    honor: str
    year: int | None
    bodies: tuple[str, ...]
    sources: tuple[Source, ...]
    other_years: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class AidFact:
    key: str
    hospital: str
    target: str
    modes: tuple[str, ...]
    sources: tuple[Source, ...]
    county: str | None  # entity key of the target's county, when it has one


@dataclass(frozen=True, slots=True)
class AffiliationFact:
    key: str
    person: str
    organization: str
    roles: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    doc_id: str
    name: str
    title: str
    date: str | None
    digest: str
    encoding: str


@dataclass(frozen=True)
class KnowledgeBase:
    """The resolved corpus: entities and facts, ready to become triples."""

    documents: tuple[DocumentInfo, ...]
    entities: tuple[Entity, ...]
    awards: tuple[AwardFact, ...]
    aid: tuple[AidFact, ...]
    affiliations: tuple[AffiliationFact, ...]
    part_of: tuple[tuple[str, str], ...]  # (unit key, parent key)
    located_in: tuple[tuple[str, str], ...]  # (entity key, region key)
