"""rjieba is a drop-in segmenter only because it gives the same extraction as jieba, the reference."""
from __future__ import annotations

import pytest

from conftest import ROOT, SAMPLE_CORPUS


@pytest.fixture
def segmenter(monkeypatch):
    def use(name: str) -> None:
        monkeypatch.setenv("KG_SEGMENTER", name)
    return use


def _turtle(tmp_path, name: str) -> bytes:
    from kg.export import write_kb
    from kg.pipeline import build, raise_error

    result = build([SAMPLE_CORPUS, ROOT / "tests" / "data" / "genre" / "corpus"], on_error=raise_error)
    path, _ = write_kb(result.kb, tmp_path / f"{name}.ttl", "turtle")
    return path.read_bytes()


def test_rjieba_gives_the_same_graph_as_jieba(tmp_path, segmenter):
    pytest.importorskip("rjieba")
    segmenter("jieba")
    reference = _turtle(tmp_path, "jieba")
    segmenter("rjieba")
    assert _turtle(tmp_path, "rjieba") == reference


def test_unknown_segmenter_is_a_clear_error(segmenter):
    from kg.errors import UsageError
    from kg.segment import segmenter_name

    segmenter("thulac")
    with pytest.raises(UsageError, match="KG_SEGMENTER='thulac': choose one of jieba, rjieba"):
        segmenter_name()
