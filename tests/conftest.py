"""Shared fixtures: the repo's sample corpus and gold, one build of it per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "sample" / "corpus"
SAMPLE_GOLD = ROOT / "sample" / "gold"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory):
    """Keep jieba's cache and any other per-user state inside the test run."""
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def sample_build():
    from kg.pipeline import build, raise_error

    return build([SAMPLE_CORPUS], on_error=raise_error)


@pytest.fixture(scope="session")
def sample_ttl(sample_build, tmp_path_factory) -> Path:
    from kg.export import write_graph

    return write_graph(sample_build.graph, tmp_path_factory.mktemp("build") / "kg.ttl")


def claims_of(text: str, kind):
    """The claims of one kind read from a text (an article of one or more sentences)."""
    import kg

    return [c for c in kg.extract_text(text).claims if isinstance(c, kind)]


def awards_of(text: str) -> set[tuple]:
    """(recipient, honor, year or None, bodies) of every award read from a text."""
    from kg.records import AwardClaim

    return {(c.recipient.label, c.honor.label, c.years[0] if c.years else None,
             tuple(sorted(b.label for b in c.bodies))) for c in claims_of(text, AwardClaim)}
