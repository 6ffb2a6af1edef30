"""build(): files and folders of articles -> knowledge base and RDF graph.

Read, normalise and extract each article on its own (a bad file is reported
and skipped), then resolve across the corpus and make the graph.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .errors import InputError
from .extract import extract
from .graph import to_graph
from .normalize import normalize
from .read import DEFAULT_MAX_BYTES, iter_article_paths, read_article
from .records import Extraction, KnowledgeBase
from .resolve import resolve

ErrorHandler = Callable[[InputError], None]
Progress = Callable[[int, int, str], None]


def raise_error(error: InputError) -> None:
    raise error


@dataclass
class BuildResult:
    graph: Graph
    kb: KnowledgeBase
    documents: int
    problems: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def stats(self) -> dict[str, int]:
        kinds = Counter(e.kind.value for e in self.kb.entities)
        return {
            "documents": self.documents,
            "failed": len(self.problems),
            **{k: kinds.get(k, 0) for k in ("Hospital", "OrgUnit", "Person", "Honor", "AwardingBody", "Region")},
            "awards": len(self.kb.awards),
            "aid_links": sum(1 for a in self.kb.aid if a.county is not None),
            "affiliations": len(self.kb.affiliations),
            "triples": len(self.graph),
        }


def extract_file(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Extraction:
    """One file -> its extraction. Raises InputError for files that are not articles."""
    raw = read_article(path, name, max_bytes=max_bytes)
    article = normalize(raw)
    x = extract(article)
    if raw.warnings:
        x = Extraction(x.doc_id, x.name, x.title, x.date, x.digest, x.encoding, x.mentions, x.claims,
                       raw.warnings + x.warnings)
    return x


def build(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    on_error: ErrorHandler | None = None,
    progress: Progress | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> BuildResult:
    problems: list[InputError] = []
    handler = on_error or problems.append
    paths = list(iter_article_paths(inputs))
    extractions: list[Extraction] = []
    warnings: list[str] = []
    for i, (path, name) in enumerate(paths, 1):
        try:
            x = extract_file(path, name, max_bytes)
        except InputError as e:
            if on_error is not None:
                problems.append(e)
            handler(e)
        else:
            extractions.append(x)
            warnings.extend(x.warnings)
        if progress is not None:
            progress(i, len(paths), name)
    extractions = _dedupe(extractions)
    kb = resolve(extractions)
    return BuildResult(to_graph(kb), kb, len(extractions), problems, warnings)


def _dedupe(extractions: Iterable[Extraction]) -> list[Extraction]:
    """The same file twice (same bytes) is one document."""
    seen: dict[str, Extraction] = {}
    for x in sorted(extractions, key=lambda x: (x.name, x.doc_id)):
        seen.setdefault(x.doc_id, x)
    return list(seen.values())
