"""hospital-kg: Chinese hospital news articles -> a knowledge graph (RDF).

Library use::

    import kg
    result = kg.build(["articles/"])        # BuildResult: write(), graph, kb, stats, problems
    result.write("exports/kg.ttl")          # Turtle streamed from the resolved corpus on disk
    x = kg.extract_text("……荣获“全国文明单位”称号。")  # Extraction of one text
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import InputError, KgError, QueryError, UsageError
from .records import (
    AffiliationClaim,
    AidClaim,
    Article,
    AwardClaim,
    Entity,
    Extraction,
    Kind,
    KnowledgeBase,
    Mention,
    PartOfClaim,
    RawArticle,
)


def build(inputs, **kwargs):
    """Files and folders of articles -> BuildResult (see kg.pipeline.build)."""
    from .pipeline import build as _build

    return _build(inputs, **kwargs)


def extract_text(text: str, name: str = "text.txt", media_type: str = "text") -> Extraction:
    """Read one article given as a string (handy for notebooks and tests)."""
    import hashlib

    from .extract import extract
    from .normalize import normalize

    data = text.encode("utf-8", "surrogatepass")
    text = data.decode("utf-8", "replace")  # lone surrogates are no text: U+FFFD, as a file read would give
    raw = RawArticle(path=name, name=name, source=text, encoding="utf-8", media_type=media_type,
                     digest=hashlib.sha256(data).hexdigest())
    return extract(normalize(raw))


__all__ = [
    "build", "extract_text", "KgError", "InputError", "UsageError", "QueryError",
    "Kind", "RawArticle", "Article", "Mention", "Extraction", "AwardClaim", "AidClaim",
    "AffiliationClaim", "PartOfClaim", "Entity", "KnowledgeBase",
]
