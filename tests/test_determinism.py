"""Same input, same bytes: the streaming writers equal rdflib's, whatever the jobs, cache or hash seed."""
from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLE_CORPUS
from kg import turtle
from kg.export import serialize, write_kb
from kg.graph import blocks, to_graph, write_ntriples, write_turtle
from kg.pipeline import build

sys.path.insert(0, str(ROOT / "bench"))
from corpus_gen import generate  # noqa: E402


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gen")
    generate(folder, 40, seed=5)
    return build([folder])


def streamed(kb, writer) -> bytes:
    buf = io.BytesIO()
    writer(kb, buf)
    return buf.getvalue()


def test_streamed_turtle_is_rdflibs_turtle(sample_build):
    assert streamed(sample_build.kb, write_turtle) == to_graph(sample_build.kb).serialize(format="turtle",
                                                                                          encoding="utf-8")


def test_streamed_turtle_is_rdflibs_turtle_on_a_generated_corpus(generated):
    assert streamed(generated.kb, write_turtle) == to_graph(generated.kb).serialize(format="turtle",
                                                                                    encoding="utf-8")


def test_streamed_ntriples_are_the_sorted_lines(generated):
    expected = serialize(to_graph(generated.kb), "nt")
    assert streamed(generated.kb, write_ntriples) == expected
    buf = io.BytesIO()  # runs spilled to disk and merged give the same lines
    assert turtle.write_ntriples(blocks(generated.kb), buf, run_lines=500) == expected.count(b"\n")
    assert buf.getvalue() == expected


def test_triple_count_is_the_graphs(generated):
    assert generated.triples == len(to_graph(generated.kb))


@pytest.mark.parametrize("text", ["带引号的\"名字\"", "反斜杠\\和\n换行", "以引号结尾\"\n", "三个引号\"\"\"在中间\n",
                                  "\u2028分隔符\x0c与\x85", "回车\r"])
def test_awkward_literals_are_quoted_as_rdflib_does(text):
    from rdflib import Graph, Literal, URIRef

    s, p = "https://w3id.org/hospital-kg/id/doc/x", "http://www.w3.org/2000/01/rdf-schema#label"
    g = Graph()
    from kg.graph import namespaces

    for prefix, ns in namespaces().items():
        g.bind(prefix, ns, override=True, replace=True)
    g.add((URIRef(s), URIRef(p), Literal(text, lang="zh")))
    buf = io.BytesIO()
    turtle.write_turtle([(s, [(p, turtle.Lit(text, "zh"))])], buf, namespaces())
    assert buf.getvalue() == g.serialize(format="turtle", encoding="utf-8")
    nt = io.BytesIO()
    turtle.write_ntriples([(s, [(p, turtle.Lit(text, "zh"))])], nt)
    assert nt.getvalue() == serialize(g, "nt")
    assert len(nt.getvalue().split(b"\n")) == 2  # one line, however odd the text


def test_build_twice_with_jobs_and_cache_gives_the_same_bytes(tmp_path, sample_build):
    reference = streamed(sample_build.kb, write_turtle)
    path, _ = write_kb(build([SAMPLE_CORPUS], jobs=2, cache=tmp_path / "c").kb, tmp_path / "a.ttl")
    again, _ = write_kb(build([SAMPLE_CORPUS], jobs=2, cache=tmp_path / "c").kb, tmp_path / "b.ttl")
    assert path.read_bytes() == again.read_bytes() == reference


def test_hash_seed_does_not_reach_the_output(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "kg", "build", str(SAMPLE_CORPUS), "--out", str(out),
                               "--no-cache", "--no-html", "-q", "-j", "1", "--format", "nt"],
                              capture_output=True, text=True, env=env, timeout=600)
        assert done.returncode == 0, done.stderr
        outputs.append(((out / "kg.ttl").read_bytes(), (out / "kg.nt").read_bytes()))
    assert outputs[0] == outputs[1]
