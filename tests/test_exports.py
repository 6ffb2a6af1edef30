"""exports/ holds the built sample graph; it must match what the code builds today."""
from __future__ import annotations

from conftest import ROOT


def test_exported_turtle_is_current(sample_ttl):
    committed = ROOT / "exports" / "kg.ttl"
    assert committed.exists(), "exports/kg.ttl is missing: run make demo"
    assert committed.read_bytes() == sample_ttl.read_bytes(), "exports/kg.ttl is stale: run make demo"


def test_exported_viewer_is_current(sample_build):
    from kg.viz import render_html

    committed = ROOT / "exports" / "kg.html"
    assert committed.exists(), "exports/kg.html is missing: run make demo"
    assert committed.read_text(encoding="utf-8") == render_html(sample_build.graph), \
        "exports/kg.html is stale: run make demo"
