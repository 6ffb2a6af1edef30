"""The explorer in a real headless Chromium (Debian's), driven by Playwright.

Skipped with a message saying what to install when no Chromium or no
Playwright is found — except under CI (CI=true), where they must run.
Expected numbers come from the RDF, counted here independently of the page.
"""
from __future__ import annotations

import os
from collections import defaultdict

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV, SKOS

from kg.viz import write_html
from kg.viz.browser import chromium, missing, open_page, wait_ready
from kg.vocab import HKG, ID

CLASSES = {HKG.Hospital: "Hospital", HKG.OrgUnit: "OrgUnit", HKG.Person: "Person", HKG.Honor: "Honor",
           HKG.AwardingBody: "AwardingBody", HKG.Region: "Region"}


def short(iri) -> str:
    return str(iri)[len(ID):]


class Expected:
    """What the page should draw, counted straight from the RDF."""

    def __init__(self, g: Graph):
        self.kind = {s: name for cls, name in CLASSES.items() for s in g.subjects(RDF.type, cls)}
        pairs = set()
        for prop, name in ((HKG.aids, "aids"), (HKG.partOf, "partOf"), (HKG.affiliatedWith, "aff"),
                           (HKG.locatedIn, "loc")):
            pairs |= {(s, o, name) for s, o in g.subject_objects(prop)}
        for fact, a, b, name in ((HKG.Assistance, HKG.aider, HKG.aidTarget, "aids"),
                                 (HKG.Affiliation, HKG.person, HKG.organization, "aff")):
            for f in g.subjects(RDF.type, fact):
                pairs |= {(x, y, name) for x in g.objects(f, a) for y in g.objects(f, b)}
        self.pairs = {p for p in pairs if p[0] in self.kind and p[1] in self.kind}
        self.awards = []  # (award, recipient, honor, year or None, bodies)
        for a in g.subjects(RDF.type, HKG.Award):
            r, h = g.value(a, HKG.recipient), g.value(a, HKG.honor)
            if r in self.kind and h in self.kind:
                year = g.value(a, HKG.year)
                self.awards.append((a, r, h, int(str(year)[:4]) if year is not None else None,
                                    [b for b in g.objects(a, HKG.awardedBy) if b in self.kind]))
        self.confers = {(b, h) for _, _, h, _, bs in self.awards for b in bs}
        self.level = {s: str(o).rsplit("#", 1)[-1] for s, o in g.subject_objects(HKG.level)}
        self.graph = g

    def counts(self, awards_as: str = "edges") -> dict:
        if awards_as == "edges":
            return {"nodes": len(self.kind), "edges": len(self.pairs) + len(self.awards) + len(self.confers)}
        return {"nodes": len(self.kind) + len(self.awards),
                "edges": len(self.pairs) + 2 * len(self.awards) + sum(len(a[4]) for a in self.awards)}

    def neighbours(self, node) -> set:
        out = set()
        for s, o, _ in self.pairs:
            out |= {o} if s == node else {s} if o == node else set()
        for _, r, h, _, _ in self.awards:
            out |= {h} if r == node else {r} if h == node else set()
        for b, h in self.confers:
            out |= {h} if b == node else {b} if h == node else set()
        return out

    def unique_alias(self):
        """(alias, node) for an alias that names one node and no other node's name or alias."""
        g = self.graph
        names = defaultdict(set)
        for s in self.kind:
            for x in [*g.objects(s, RDFS.label), *g.objects(s, SKOS.altLabel)]:
                names[str(x)].add(s)
        for s in sorted(self.kind):
            for alias in sorted(str(a) for a in g.objects(s, SKOS.altLabel)):
                others = [n for n in names if n != alias and alias in n]
                if names[alias] == {s} and str(g.value(s, RDFS.label)) != alias and len(alias) >= 3 and \
                        all(names[n] == {s} for n in others):
                    return alias, s
        raise AssertionError("the sample has no unique alias to search for")


@pytest.fixture(scope="module")
def browser():
    why = missing()
    if why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser tests must run under CI: {why}")
        pytest.skip(why)
    with chromium(width=1400, height=900) as context:
        yield context


@pytest.fixture(scope="module")
def expected(sample_build):
    return Expected(sample_build.graph)


@pytest.fixture(scope="module")
def opened(browser, sample_build, tmp_path_factory):
    path = write_html(sample_build.graph, tmp_path_factory.mktemp("page") / "kg.html")
    page, log, _ = open_page(browser, path)
    yield page, log
    page.close()


@pytest.fixture()
def page(opened):
    """The sample page, back to how it opens."""
    page, _ = opened
    page.click("#kg-reset")
    wait_ready(page)
    return page


def drawn(page) -> dict:
    return page.evaluate("kgExplorer.drawnCounts()")


def settle(page) -> None:
    page.wait_for_timeout(50)
    wait_ready(page)


def dom_point(page, node_id: str) -> tuple[float, float]:
    return tuple(page.evaluate("""(id) => {
        const net = kgExplorer.network, p = net.getPositions([id])[id], d = net.canvasToDOM(p);
        const r = document.getElementById("kg-canvas").getBoundingClientRect();
        return [d.x + r.left, d.y + r.top]; }""", node_id))


def test_opens_offline_and_quiet(opened):
    page, log = opened
    assert log.outside(page.url) == [], "the page requested something besides itself"
    assert log.problems() == []


def test_draws_every_node_and_edge_of_the_graph(page, expected):
    assert drawn(page) == expected.counts("edges")
    kinds = page.evaluate("kgExplorer.drawnKinds()")
    assert kinds == {k: list(expected.kind.values()).count(k) for k in set(expected.kind.values())}


def test_awards_switch_between_edges_and_nodes(page, expected):
    page.click("#kg-awards button[data-value=nodes]")
    settle(page)
    assert drawn(page) == expected.counts("nodes")
    page.click("#kg-awards button[data-value=edges]")
    settle(page)
    assert drawn(page) == expected.counts("edges")


def test_chinese_labels_render_as_glyphs_not_boxes(page):
    pixels = page.evaluate("""() => {
        const font = kgExplorer.network.body.nodes ? JSON.parse(document.getElementById("kg-options").textContent).nodes.font.face : "sans-serif";
        const c = document.createElement("canvas"); c.width = 48; c.height = 24;
        const ctx = c.getContext("2d", { willReadFrequently: true });
        const draw = (t) => { ctx.clearRect(0, 0, 48, 24); ctx.font = "18px " + font; ctx.fillText(t, 2, 19);
                              return Array.from(ctx.getImageData(0, 0, 48, 24).data).join(","); };
        return [draw("医"), draw("院"), draw("\\uE000")];
    }""")
    assert pixels[0] != pixels[1], "医 and 院 draw the same: no CJK font (install fonts-wqy-microhei)"
    assert pixels[0] != pixels[2]
    assert int(page.evaluate("document.getElementById('kg-canvas').dataset.labels")) > 10


def test_search_by_alias_selects_the_node(page, expected):
    alias, node = expected.unique_alias()
    page.fill("#kg-search", alias)
    assert page.locator("#kg-results li").first.inner_text().startswith(str(expected.graph.value(node, RDFS.label)))
    page.press("#kg-search", "Enter")
    settle(page)
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == [short(node)]
    assert alias in page.inner_text("#kg-panel")


def test_search_matches_part_of_a_name(page, expected):
    alias, node = expected.unique_alias()
    part = alias[1:]
    owners = {s for s in expected.kind for x in [*expected.graph.objects(s, RDFS.label),
                                                 *expected.graph.objects(s, SKOS.altLabel)] if part in str(x)}
    assert owners == {node}
    page.fill("#kg-search", part)
    page.press("#kg-search", "Enter")
    settle(page)
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == [short(node)]


def test_click_highlights_the_neighbourhood_and_shows_the_evidence(page, expected):
    g = expected.graph
    award, recipient, honor, _, _ = sorted(a for a in expected.awards if g.value(a[0], HKG.evidence))[0]
    page.evaluate("(id) => kgExplorer.choose(id)", short(recipient))
    settle(page)
    page.mouse.click(*dom_point(page, short(recipient)))
    settle(page)
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == [short(recipient)]
    near = expected.neighbours(recipient)
    dimmed = page.evaluate("kgExplorer.dimmed()")
    assert dimmed["nodes"] == expected.counts()["nodes"] - 1 - len(near)
    panel = page.inner_text("#kg-panel")
    assert str(g.value(award, HKG.evidence)) in panel
    assert str(g.value(g.value(award, PROV.wasDerivedFrom), HKG.fileName)) in panel
    page.mouse.click(5, 5)  # outside the canvas: nothing changes
    page.keyboard.press("Escape")
    settle(page)
    assert page.evaluate("kgExplorer.dimmed()") == {"nodes": 0, "edges": 0}


def test_double_click_shows_only_the_ego_network(page, expected):
    hub = max(expected.kind, key=lambda s: (len(expected.neighbours(s)), str(s)))
    page.evaluate("(id) => kgExplorer.choose(id)", short(hub))
    settle(page)
    ids = [short(hub), *sorted(short(n) for n in expected.neighbours(hub))]
    before = page.evaluate("(ids) => kgExplorer.network.getPositions(ids)", ids)
    page.mouse.dblclick(*dom_point(page, short(hub)))
    settle(page)
    assert page.evaluate("kgExplorer.state.ego") == short(hub)
    assert drawn(page)["nodes"] == 1 + len(expected.neighbours(hub))
    assert page.is_visible("#kg-banner")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    settle(page)
    assert drawn(page) == expected.counts()
    # the ego network had a layout of its own; the whole graph's is as it was
    assert page.evaluate("(ids) => kgExplorer.network.getPositions(ids)", ids) == before


def test_class_filter_hides_that_class(page, expected):
    people = {s for s, k in expected.kind.items() if k == "Person"}
    touching = sum(1 for s, o, _ in expected.pairs if s in people or o in people)
    touching += sum(1 for _, r, _, _, _ in expected.awards if r in people)
    page.click("#kg-classes label[data-key=Person] input")
    settle(page)
    assert "Person" not in page.evaluate("kgExplorer.drawnKinds()")
    assert drawn(page) == {"nodes": expected.counts()["nodes"] - len(people),
                           "edges": expected.counts()["edges"] - touching}
    page.click("#kg-classes label[data-key=Person] input")
    settle(page)
    assert drawn(page) == expected.counts()


def test_level_filter_hides_national_honors_and_organs(page, expected):
    national = {s for s, lv in expected.level.items() if lv == "NationalLevel" and s in expected.kind}
    assert national
    page.click("#kg-levels label[data-key=national] input")
    settle(page)
    shown = set(page.evaluate("kgExplorer.nodes.getIds()"))
    assert not shown & {short(s) for s in national}
    assert drawn(page)["nodes"] == expected.counts()["nodes"] - len(national)


def test_year_range_keeps_awards_of_those_years(page, expected):
    years = sorted({y for *_, y, _ in expected.awards if y is not None})
    lo, hi = years[len(years) // 3], years[2 * len(years) // 3]
    page.evaluate("""([lo, hi]) => {
        const set = (id, v) => { const e = document.getElementById(id); e.value = v; e.dispatchEvent(new Event("input")); };
        set("kg-year-from", lo); set("kg-year-to", hi);
        const u = document.getElementById("kg-undated"); u.checked = false; u.dispatchEvent(new Event("change")); }""",
                  [lo, hi])
    settle(page)
    in_range = [a for a in expected.awards if a[3] is not None and lo <= a[3] <= hi]
    honors = {short(a[2]) for a in in_range}
    shown = page.evaluate("""() => kgExplorer.nodes.get().map((n) => n.id)""")
    assert {i for i in shown if i.startswith("honor/")} == honors
    received = page.evaluate("""() => kgExplorer.edges.get().filter((e) => (e.title || "").includes("(received)")).length""")
    assert received == len(in_range)


def test_source_filter_keeps_what_one_article_says(page, expected):
    g = expected.graph
    doc = sorted(g.subjects(RDF.type, HKG.Document), key=lambda d: str(g.value(d, HKG.fileName)))[0]
    files = page.evaluate("Array.from(document.querySelectorAll('#kg-doc option')).map((o) => o.textContent)")
    index = next(i for i, f in enumerate(files) if f.startswith(str(g.value(doc, HKG.fileName))))
    page.select_option("#kg-doc", str(index - 1))
    settle(page)
    shown = set(page.evaluate("kgExplorer.nodes.getIds()"))
    own = {short(s) for s in g.subjects(PROV.wasDerivedFrom, doc) if s in expected.kind}
    awards = [a for a in expected.awards if doc in set(g.objects(a[0], PROV.wasDerivedFrom))]
    assert own and own <= shown
    assert {short(a[1]) for a in awards} | {short(a[2]) for a in awards} <= shown
    assert len(shown) < expected.counts()["nodes"]


def test_map_view_places_regions_by_longitude_and_latitude(page, expected):
    from kg.viz.layout import project

    g = expected.graph
    page.click("#kg-view button[data-value=map]")
    settle(page)
    geo = "http://www.w3.org/2003/01/geo/wgs84_pos#"
    placed = [r for r, k in expected.kind.items()
              if k == "Region" and g.value(r, URIRef(geo + "long")) is not None]
    pos = page.evaluate("(ids) => kgExplorer.network.getPositions(ids)", [short(r) for r in placed])
    for r in placed:
        x, y = project(float(g.value(r, URIRef(geo + "long"))), float(g.value(r, URIRef(geo + "lat"))))
        assert pos[short(r)] == pytest.approx({"x": x, "y": y}, abs=1)  # vis rounds positions
    kinds = page.evaluate("kgExplorer.drawnKinds()")
    assert "Honor" not in kinds and kinds.get("Hospital", 0) > 0
    aids = page.evaluate("() => kgExplorer.edges.get().filter((e) => (e.title || '').includes('(aids)')).length")
    assert aids > 0


def test_page_stayed_quiet_through_every_interaction(opened):
    page, log = opened
    assert log.outside(page.url) == []
    assert log.problems() == []


def test_a_too_big_graph_opens_on_an_overview_and_search_reaches_the_rest(browser, tmp_path):
    from kg.viz.page import OVERVIEW
    from kg.viz.synth import synthetic_graph

    path = write_html(synthetic_graph(3400), tmp_path / "big.html")
    page, log, _ = open_page(browser, path)
    try:
        assert drawn(page)["nodes"] == OVERVIEW
        assert page.is_visible("#kg-banner")
        hidden = page.evaluate("""() => { const shown = new Set(kgExplorer.nodes.getIds());
            return JSON.parse(document.getElementById("kg-nodes").textContent)
                       .filter((n) => !n.m && !shown.has(n.id)).slice(-1)[0]; }""")
        page.fill("#kg-search", hidden["label"])
        page.press("#kg-search", "Enter")
        settle(page)
        assert hidden["id"] in page.evaluate("kgExplorer.network.getSelectedNodes()")
        assert log.problems() == [] and log.outside(page.url) == []
    finally:
        page.close()
