"""The kg command: summaries, exit codes and one-line errors."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import SAMPLE_CORPUS, SAMPLE_GOLD
from kg.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(SAMPLE_CORPUS), "--out", str(out), "--format", "nt"],
                                catch_exceptions=False)
    return result, out


def test_build_prints_summary_and_writes_files(built):
    result, out = built
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "documents read: 20"
    assert lines[1].startswith("entities: Hospital ")
    assert any(line.startswith("awards: ") for line in lines)
    assert any(line.startswith("aid links: ") for line in lines)
    assert "warnings: 0" in lines
    assert (out / "kg.ttl").stat().st_size > 0 and (out / "kg.html").exists() and (out / "kg.nt").exists()


def test_bad_file_is_one_warning_line_and_the_rest_is_built(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE_CORPUS / "d14_xuanwu_civil.txt", corpus / "good.txt")
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")],
                                                catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"warning: {corpus / 'broken.txt'}: binary file, not text (NUL or control bytes)"]
    assert "documents read: 1 (1 skipped)" in result.stdout


def test_no_readable_article_exits_1_and_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "error: no article could be read; nothing written"
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_missing_input_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nope'}: no such file or folder\n"


def test_named_query_as_csv(built):
    _, out = built
    result = CliRunner().invoke(main, ["query", str(out / "kg.ttl"), "--named", "aid-map", "--format", "csv"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert rows[0] == "hospital,county,province,target"
    assert "攀枝花市中心医院,盐边县,四川省,干坪子村" in rows


def test_query_json_is_sparql_results(built):
    _, out = built
    result = CliRunner().invoke(main, ["query", str(out / "kg.ttl"), "SELECT (COUNT(*) AS ?n) WHERE { ?h a hkg:Hospital }",
                                       "--format", "json"], catch_exceptions=False)
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["n"] and int(data["results"]["bindings"][0]["n"]["value"]) > 10


def test_bad_sparql_is_one_line(built):
    _, out = built
    result = CliRunner().invoke(main, ["query", str(out / "kg.ttl"), "SELEC nonsense"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: SPARQL error:") and result.stderr.count("\n") == 1


def test_unknown_named_query(built):
    _, out = built
    result = CliRunner().invoke(main, ["query", str(out / "kg.ttl"), "--named", "nope"])
    assert result.exit_code == 1 and "unknown named query 'nope'" in result.stderr


@pytest.mark.parametrize("fmt, ext, head", [("nt", "nt", b"<https://w3id.org/hospital-kg/id/"),
                                             ("json-ld", "jsonld", b"{"), ("graphml", "graphml", b"<?xml")])
def test_export_formats(built, tmp_path, fmt, ext, head):
    _, out = built
    target = tmp_path / f"g.{ext}"
    result = CliRunner().invoke(main, ["export", str(out / "kg.ttl"), "--format", fmt, "--out", str(target)],
                                catch_exceptions=False)
    assert result.exit_code == 0 and target.read_bytes().startswith(head)


def test_evaluate_with_minimum(built):
    _, out = built
    ok = CliRunner().invoke(main, ["evaluate", str(out / "kg.ttl"), "--gold", str(SAMPLE_GOLD), "--min", "micro=0.9"])
    assert ok.exit_code == 0 and ok.stdout.splitlines()[-1].startswith("micro")
    low = CliRunner().invoke(main, ["evaluate", str(out / "kg.ttl"), "--gold", str(SAMPLE_GOLD),
                                                    "--min", "micro=1.01"])
    assert low.exit_code == 1 and low.stderr.startswith("error: below minimum: micro F1")


def test_validate_conforms(built):
    _, out = built
    result = CliRunner().invoke(main, ["validate", str(out / "kg.ttl")])
    assert result.exit_code == 0 and result.stdout == "conforms\n"


def test_unreadable_graph_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(bad), "--named", "hospitals"])
    assert result.exit_code == 1 and result.stderr.startswith(f"error: {bad}: not a readable RDF file")
