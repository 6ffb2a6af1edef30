"""rjieba is a drop-in segmenter only because it gives the same extraction as jieba, the reference."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# kg.segment cuts with its own copy of jieba's algorithm (remembering runs it has cut): it must give
# jieba's words exactly, on the genre's text and on any text.

def _jieba_tokens(text: str):
    from kg.segment import load_tokenizer

    return [tuple(t) for t in load_tokenizer().tokenize(text, HMM=True)]


def _our_tokens(text: str):
    from kg.segment import _jieba_words

    words, pos = [], 0
    for w in _jieba_words(text):
        words.append((w, pos, pos + len(w)))
        pos += len(w)
    return words


@pytest.mark.parametrize("path", sorted(SAMPLE_CORPUS.iterdir()), ids=lambda p: p.name)
def test_our_cut_is_jiebas_on_the_sample(path):
    from kg.normalize import normalize
    from kg.read import read_article

    text = normalize(read_article(path, path.name)).text
    assert _our_tokens(text) == _jieba_tokens(text)


_CJK = "医院党委支部先进集体个人荣获称号授予对口帮扶支援县市省人民中心第一卫生健康委员会王李张刘陈杨赵黄周吴"


@given(st.text(alphabet=st.sampled_from(_CJK + "0123456789abAB ,。、“”\n"), max_size=60))
@settings(max_examples=300, deadline=None)
def test_our_cut_is_jiebas_on_any_text(text):
    assert _our_tokens(text) == _jieba_tokens(text)
