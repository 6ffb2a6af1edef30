"""The README documents every command; every named query runs; the set-up commands are the Makefile's."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import ROOT
from kg.cli import main
from kg.query import named_queries, run_query

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_first_two_commands_are_demo_and_test():
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    first = [line.split("#")[0].strip() for line in blocks[0].splitlines() if line.strip()]
    assert first == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_documented_and_has_help(name):
    assert f"`kg {name}" in README, f"kg {name} is missing from the README's command table"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.stdout


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_is_documented_and_answers_on_the_sample(name, sample_build):
    query = named_queries()[name]
    assert f"`{name}`" in README
    assert query.help, f"{name}.rq needs a leading # comment saying what it answers"
    table = run_query(sample_build.graph, query.text)
    assert table.rows, f"{name} returned nothing on the sample corpus"
