/* hospital-kg explorer.
 *
 * The page embeds the whole (sub)graph as plain records; this script decides
 * which part to draw (filters, ego network, a cap on the number of nodes),
 * turns those records into vis-network items and keeps the drawing calm:
 * physics runs for a bounded number of iterations when new nodes need a
 * place, and is off otherwise. Nothing here fetches anything.
 */
(function () {
  "use strict";

  const T0 = performance.now();
  const timings = {};
  const $ = (id) => document.getElementById(id);
  const readJSON = (id) => JSON.parse($(id).textContent);
  const NODES = readJSON("kg-nodes");
  const EDGES = readJSON("kg-edges");
  const DATA = readJSON("kg-data");
  const OPTIONS = readJSON("kg-options");
  const META = DATA.meta, FACTS = DATA.facts, DOCS = DATA.docs;
  const FONT = OPTIONS.nodes.font.face;
  const NODE_FONT = OPTIONS.nodes.font.color;
  const MAX = META.maxDrawn;
  timings.parse = performance.now() - T0;

  const CLASSES = {
    Hospital: { zh: "医院", en: "Hospital", color: "#d62728", shape: "dot" },
    OrgUnit: { zh: "科室/党组织", en: "Unit", color: "#ff7f0e", shape: "square" },
    Person: { zh: "人物", en: "Person", color: "#1f77b4", shape: "triangleDown" },
    Honor: { zh: "荣誉", en: "Honor", color: "#d4a017", shape: "star" },
    AwardingBody: { zh: "授予机构", en: "Awarding body", color: "#9467bd", shape: "diamond" },
    Region: { zh: "地区", en: "Region", color: "#2ca02c", shape: "triangle" },
    Award: { zh: "奖项", en: "Award", color: "#f2cf6b", shape: "hexagon" },
  };
  const RELS = {
    received: { zh: "荣获", en: "received", color: "#c69300", width: 1.6 },
    recipient: { zh: "荣获", en: "received", color: "#c69300", width: 1.6 },
    honor: { zh: "称号", en: "honor", color: "#c69300", width: 1 },
    confers: { zh: "授予", en: "conferred", color: "#9467bd", width: 1, dashes: [5, 4] },
    awardedBy: { zh: "授予", en: "conferred", color: "#9467bd", width: 1, dashes: [5, 4] },
    aids: { zh: "帮扶", en: "aids", color: "#e4572e", width: 2.6 },
    partOf: { zh: "隶属", en: "part of", color: "#f0a35e", width: 1 },
    affiliatedWith: { zh: "任职", en: "works at", color: "#6baed6", width: 1 },
    locatedIn: { zh: "位于", en: "located in", color: "#8fd18f", width: 1, dashes: [2, 4] },
  };
  // The relation filter has one row per meaning; both drawings of awards map onto it.
  const REL_GROUP = { received: "received", recipient: "received", honor: "received", confers: "confers",
    awardedBy: "confers", aids: "aids", partOf: "partOf", affiliatedWith: "affiliatedWith", locatedIn: "locatedIn" };
  const LEVELS = [["national", "国家级", "national"], ["provincial", "省级", "provincial"], ["city", "市级", "city"],
    ["county", "县级", "county"], ["institution", "单位级", "institution"], ["", "未注明", "unspecified"]];
  const REGION_LEVELS = { province: "省级 province", prefecture: "地级 prefecture", county: "县级 county",
    township: "乡级 township", village: "村 village" };

  // ---- indexes -------------------------------------------------------------------------
  const byId = new Map(NODES.map((n) => [n.id, n]));
  const edgeById = new Map(EDGES.map((e) => [e.id, e]));
  const incident = new Map(NODES.map((n) => [n.id, []]));
  for (const e of EDGES) {
    incident.get(e.from).push(e);
    if (e.to !== e.from) incident.get(e.to).push(e);
  }
  for (const f of FACTS) f.docSet = new Set((f.src || []).map((s) => s[0]).filter((d) => d >= 0));
  const factEdge = new Map(); // fact -> the edge that states it with awards drawn as edges
  for (const e of EDGES) {
    if (e.m === 2 || !e.facts) continue;
    for (const f of e.facts) if (!factEdge.has(f) || e.rel === "received") factEdge.set(f, e);
  }
  for (const n of NODES) {
    n.docSet = new Set(n.docs || []);
    // awards that make an honor or an organ visible when years or a source are chosen
    if (n.kind === "Honor" || n.kind === "AwardingBody") {
      const s = new Set();
      for (const e of incident.get(n.id)) for (const f of e.facts || []) if (FACTS[f].kind === "Award") s.add(f);
      n.awards = [...s];
    }
  }
  // Parallel edges (one recipient, one honor, several awards) curve apart instead of overlapping.
  for (const mode of [1, 2]) {
    const seen = new Map();
    for (const e of EDGES) {
      if (e.m && e.m !== mode) continue;
      const key = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
      const k = seen.get(key) || 0;
      seen.set(key, k + 1);
      if (k > 0 && !e.curve) e.curve = k;
    }
  }
  const norm = (s) => String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  const searchIndex = NODES.filter((n) => n.m !== 2).map((n) => ({ n, keys: [n.label, ...(n.alt || [])].map(norm) }));
  const YEARS = META.years.length ? META.years : null;

  // ---- state -----------------------------------------------------------------------------
  const defaults = () => ({
    view: META.view,
    awards: META.awards,
    classes: new Set(Object.keys(CLASSES)),
    rels: new Set(Object.values(REL_GROUP)),
    levels: new Set(LEVELS.map((l) => l[0])),
    yearFrom: YEARS ? YEARS[0] : 0,
    yearTo: YEARS ? YEARS[1] : 0,
    undated: true,
    doc: -1,
  });
  const S = Object.assign(defaults(), { ego: null, egoDepth: 1, selected: null, limit: META.limit });

  const inMode = (item) => !item.m || (item.m === 1) === (S.awards === "edges");
  const yearNarrowed = () => !!YEARS && (S.yearFrom > YEARS[0] || S.yearTo < YEARS[1] || !S.undated);
  const factFiltered = () => yearNarrowed() || S.doc >= 0;

  function factVisible(i) {
    const f = FACTS[i];
    if (S.doc >= 0 && !f.docSet.has(S.doc)) return false;
    if (f.kind !== "Award" || !YEARS) return true;
    if (f.year === undefined) return S.undated;
    return f.year >= S.yearFrom && f.year <= S.yearTo;
  }

  function nodePasses(n) {
    if (!inMode(n) || !S.classes.has(n.kind)) return false;
    if ((n.kind === "Honor" || n.kind === "AwardingBody" || n.level) && !S.levels.has(n.level || "")) return false;
    if (S.doc >= 0 && !n.docSet.has(S.doc)) return false;
    if (n.kind === "Award" && !factVisible(n.fact)) return false;
    if (n.awards && factFiltered() && !n.awards.some(factVisible)) return false;
    if (S.view === "map" && !n.map) return false;
    return true;
  }

  function edgePasses(e) {
    if (!inMode(e) || !S.rels.has(REL_GROUP[e.rel])) return false;
    if (S.view === "map" && e.rel === "locatedIn") return false; // the map already says where things are
    if (e.facts && e.facts.length && factFiltered()) return e.facts.some(factVisible);
    return true;
  }

  /** What to draw: filters, then the ego network, then the cap on drawn nodes. */
  function computeVisible() {
    const passN = new Set();
    for (const n of NODES) if (nodePasses(n)) passN.add(n.id);
    let edges = EDGES.filter((e) => passN.has(e.from) && passN.has(e.to) && edgePasses(e));
    let keep = passN;
    if (S.ego) {
      const centre = S.ego;
      const adj = new Map();
      const link = (a, b) => { if (!adj.has(a)) adj.set(a, []); adj.get(a).push(b); };
      const candidates = edges.slice();
      for (const e of incident.get(centre)) {
        if (!passN.has(centre) && edgePasses(e) && (passN.has(e.from) || passN.has(e.to))) candidates.push(e);
      }
      for (const e of candidates) { link(e.from, e.to); link(e.to, e.from); }
      const dist = new Map([[centre, 0]]);
      const queue = [centre];
      while (queue.length) {
        const v = queue.shift();
        if (dist.get(v) >= S.egoDepth) continue;
        for (const w of adj.get(v) || []) if (!dist.has(w)) { dist.set(w, dist.get(v) + 1); queue.push(w); }
      }
      keep = new Set(dist.keys());
      edges = candidates.filter((e) => keep.has(e.from) && keep.has(e.to));
      edges = [...new Map(edges.map((e) => [e.id, e])).values()];
    }
    let ids = [...keep];
    const total = ids.length;
    let capped = false;
    if (ids.length > S.limit) {
      const forced = new Set([S.ego, S.selected && S.selected.type === "node" ? S.selected.id : null]);
      // the overview order: grown best-first from the hubs (see overview_order in kg/viz/select.py)
      ids.sort((a, b) => (forced.has(b) - forced.has(a)) || (byId.get(a).rank - byId.get(b).rank));
      ids = ids.slice(0, S.limit);
      keep = new Set(ids);
      edges = edges.filter((e) => keep.has(e.from) && keep.has(e.to));
      capped = true;
    }
    return { ids, edges, total, passed: passN.size, capped };
  }

  // ---- vis items -------------------------------------------------------------------------
  const shade = (hex, f) => {
    const v = parseInt(hex.slice(1), 16);
    const c = [v >> 16, (v >> 8) & 255, v & 255].map((x) => Math.round(f < 0 ? x * (1 + f) : x + (255 - x) * f));
    return "#" + c.map((x) => x.toString(16).padStart(2, "0")).join("");
  };
  const nodeColor = (c, dim) => {
    const bg = dim ? shade(c.color, 0.75) : c.color;
    const border = dim ? shade(c.color, 0.6) : shade(c.color, -0.3);
    return { background: bg, border, highlight: { background: c.color, border: "#1f2328" },
      hover: { background: c.color, border: "#1f2328" } };
  };
  const edgeColor = (r, dim) => {
    const c = dim ? shade(r.color, 0.8) : r.color;
    return { color: c, highlight: r.color, hover: r.color, inherit: false, opacity: 1 };
  };

  function nodeTitle(n) {
    const c = CLASSES[n.kind];
    const lines = [n.label, `${c.zh} ${c.en}` + (n.region ? ` · ${REGION_LEVELS[n.region] || n.region}` : "")];
    if (n.alt && n.alt.length) lines.push("别名 aka: " + n.alt.slice(0, 6).join("、") + (n.alt.length > 6 ? " …" : ""));
    return lines.join("\n");
  }

  function awardText(i, withNames) {
    const f = FACTS[i];
    const e = factEdge.get(i);
    const parts = [];
    if (withNames && e) parts.push(`${byId.get(e.from).label} 荣获 ${byId.get(e.to).label}`);
    if (f.year !== undefined) parts.push(`${f.year}年`);
    if (f.bodies && f.bodies.length) parts.push(f.bodies.map((b) => (byId.get(b) || { label: b }).label).join("、") + " 授予");
    return parts.join(" · ");
  }

  function edgeLabel(e) {
    if (e.rel === "received") {
      const f = FACTS[e.facts[0]];
      const bits = ["荣获"];
      if (f.year !== undefined) bits.push(String(f.year));
      if (f.bodies && f.bodies.length) {
        let b = f.bodies.map((x) => (byId.get(x) || { label: "" }).label).join("、");
        if (b.length > 12) b = b.slice(0, 11) + "…";
        bits.push(b);
      }
      return bits.join(" · ");
    }
    if (e.rel === "recipient" || e.rel === "aids" || e.rel === "awardedBy") return RELS[e.rel].zh;
    return undefined;
  }

  function edgeTitle(e) {
    const r = RELS[e.rel];
    const head = `${byId.get(e.from).label} —${r.zh}→ ${byId.get(e.to).label}`;
    const facts = (e.facts || []).slice(0, 3);
    const extra = e.rel === "received" || e.rel === "confers" ? facts.map((i) => awardText(i, e.rel === "confers")) : [];
    return [head + `  (${r.en})`, ...extra.filter(Boolean)].join("\n");
  }

  const positions = { graph: new Map(NODES.map((n) => [n.id, { x: n.x, y: n.y }])), ego: new Map() };
  const settled = { graph: new Set(), ego: new Set() };
  const layoutKey = () => (S.ego ? "ego" : "graph");

  function place(n) {
    if (S.view === "map") return { x: n.map[0], y: n.map[1] };
    return positions[layoutKey()].get(n.id) || positions.graph.get(n.id);
  }

  function nodeItem(n, dim) {
    const c = CLASSES[n.kind];
    const p = place(n);
    // No vis label: labels are drawn by drawLabels, a fixed size on screen and never on top of each other.
    return {
      id: n.id, x: p.x, y: p.y, shape: c.shape, title: nodeTitle(n),
      value: n.kind === "Award" ? 1 : 1 + n.deg, color: nodeColor(c, dim), opacity: 1,
    };
  }

  function edgeItem(e, dim) {
    const r = RELS[e.rel];
    const item = {
      id: e.id, from: e.from, to: e.to, width: r.width, dashes: (useDashes && r.dashes) || false, color: edgeColor(r, dim),
      title: edgeTitle(e),  // labels: drawLabels
    };
    if (S.view === "map" && e.rel === "aids") item.width = 3;
    item.smooth = e.curve
      ? { enabled: true, type: e.curve % 2 ? "curvedCW" : "curvedCCW", roundness: 0.18 * Math.ceil(e.curve / 2) }
      : false;
    return item;
  }

  // ---- the network -------------------------------------------------------------------------
  const nodesDS = new vis.DataSet();
  const edgesDS = new vis.DataSet();
  const container = $("kg-canvas");
  const options = JSON.parse(JSON.stringify(OPTIONS));
  options.edges.smooth = false;
  const network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, options);
  const drawn = { nodes: new Set(), edges: new Set() };
  const dimmed = { nodes: new Set(), edges: new Set() };
  // vis draws a dashed line as many short segments: fine for hundreds of edges, seconds per frame for thousands.
  let useDashes = true;
  let busy = false;
  let readyWaiters = [];

  function setState(state) {
    document.body.dataset.state = state;
    if (state === "ready") {
      const w = readyWaiters;
      readyWaiters = [];
      w.forEach((f) => f());
    }
  }
  const whenReady = () => (document.body.dataset.state === "ready" ? Promise.resolve()
    : new Promise((resolve) => readyWaiters.push(resolve)));

  function markReady() {
    network.once("afterDrawing", () => setTimeout(() => {
      if (timings.ready === undefined) timings.ready = performance.now() - T0;
      setState("ready");
    }, 0));
    network.redraw();
  }

  // What the drawn positions are: "graph:graph", "graph:ego", "map:graph" or "map:ego".
  let drawnKey = null;
  const currentKey = () => S.view + ":" + layoutKey();

  /** Keep the positions of what is drawn (moved by layout or by hand) in the store they belong to. */
  function remember() {
    if (!drawnKey || !drawnKey.startsWith("graph:") || !drawn.nodes.size) return;
    const p = network.getPositions([...drawn.nodes]);
    const store = positions[drawnKey.slice(6)];
    for (const id in p) store.set(id, p[id]);
  }

  /** Draw what the state asks for; lay out only when nodes without a settled place appear. */
  function render(opt) {
    opt = opt || {};
    setState("busy");
    const v = computeVisible();
    if (drawnKey !== null && drawnKey !== currentKey()) opt.reset = true;  // another view or layout: redraw all
    if (opt.reset) {
      remember();
      nodesDS.clear();
      edgesDS.clear();
      drawn.nodes.clear();
      drawn.edges.clear();
      dimmed.nodes.clear();
      dimmed.edges.clear();
    }
    drawnKey = currentKey();
    labelOrder = null;
    const wantN = new Set(v.ids);
    const wantE = new Set(v.edges.map((e) => e.id));
    const goneN = [...drawn.nodes].filter((id) => !wantN.has(id));
    const goneE = [...drawn.edges].filter((id) => !wantE.has(id));
    if (goneN.length && S.view === "graph") {
      const p = network.getPositions(goneN);
      for (const id in p) positions[layoutKey()].set(id, p[id]);
    }
    edgesDS.remove(goneE);
    nodesDS.remove(goneN);
    goneN.forEach((id) => { drawn.nodes.delete(id); dimmed.nodes.delete(id); });
    goneE.forEach((id) => { drawn.edges.delete(id); dimmed.edges.delete(id); });
    const dashes = v.edges.length <= 800;
    if (dashes !== useDashes) {
      useDashes = dashes;
      edgesDS.update([...drawn.edges].map((id) => edgeItem(edgeById.get(id), dimmed.edges.has(id))));
    }
    const newN = v.ids.filter((id) => !drawn.nodes.has(id));
    const newE = v.edges.filter((e) => !drawn.edges.has(e.id));
    if (S.view === "graph") seedNear(newN, wantN);
    nodesDS.add(newN.map((id) => nodeItem(byId.get(id), false)));
    edgesDS.add(newE.map((e) => edgeItem(e, false)));
    newN.forEach((id) => drawn.nodes.add(id));
    newE.forEach((e) => drawn.edges.add(e.id));

    const big = v.ids.length > 800;
    network.setOptions({ interaction: { hideEdgesOnDrag: big, hideEdgesOnZoom: big } });
    if (S.selected && !(S.selected.type === "node" ? drawn.nodes.has(S.selected.id) : drawn.edges.has(S.selected.id))) {
      S.selected = null;
      showHelp();
    }
    applyHighlight();
    updateStats(v);
    updateBanner(v);
    updateControls();
    const unsettled = newN.some((id) => !settled[layoutKey()].has(id));
    if (S.view === "graph" && v.ids.length && (opt.relayout || unsettled)) {
      stabilize(v.ids.length);
    } else {
      if (opt.fit || opt.reset) network.fit({ animation: false });
      if (!busy) markReady();  // else the layout under way says when it is done
    }
  }

  /** Nodes new to a settled layout start beside their settled neighbours, not where the first layout had them. */
  function seedNear(ids, shown) {
    const key = layoutKey();
    const store = positions[key];
    if (!settled[key].size) return;
    const now = network.getPositions([...drawn.nodes]);
    ids.forEach((id, k) => {
      if (settled[key].has(id)) return;
      let x = 0, y = 0, c = 0;
      for (const e of incident.get(id)) {
        const w = e.from === id ? e.to : e.from;
        if (!shown.has(w) || !settled[key].has(w)) continue;
        const p = now[w] || store.get(w);
        if (p) { x += p.x; y += p.y; c++; }
      }
      if (!c) return;
      const r = 30 + 4 * (k % 7), a = k * 2.39996;
      store.set(id, { x: x / c + r * Math.cos(a), y: y / c + r * Math.sin(a) });
    });
  }

  function stabilize(n) {
    timings.layoutStart = performance.now() - T0;
    busy = true;
    setState("busy");
    const iterations = Math.max(50, Math.min(400, Math.round(90000 / Math.max(n, 1))));
    progress(`布局中 Laying out… 0%`);
    network.stabilize(iterations);
  }

  network.on("stabilizationProgress", (p) => {
    progress(`布局中 Laying out… ${Math.round((100 * p.iterations) / Math.max(p.total, 1))}%`);
  });
  network.on("stabilizationIterationsDone", () => {
    const p = network.getPositions([...drawn.nodes]);
    const key = layoutKey();
    for (const id in p) { positions[key].set(id, p[id]); settled[key].add(id); }
    busy = false;
    timings.layoutEnd = performance.now() - T0;
    progress(null);
    network.fit({ animation: false });
    markReady();
  });
  network.on("dragEnd", (p) => {
    if (S.view !== "graph" || !p.nodes.length) return;
    const pos = network.getPositions(p.nodes);
    for (const id in pos) positions[layoutKey()].set(id, pos[id]);
  });

  function progress(text) {
    const el = $("kg-progress");
    el.hidden = !text;
    el.textContent = text || "";
  }

  // Map view: China drawn as a dot per division centre, provinces named; no tiles.
  network.on("beforeDrawing", (ctx) => {
    if (S.view !== "map") return;
    const s = network.getScale();
    const d = META.mapDots;
    const r = 2.2 / s;
    ctx.save();
    ctx.fillStyle = "#b4bec8";
    for (let i = 0; i < d.length; i += 2) ctx.fillRect(d[i] - r / 2, d[i + 1] - r / 2, r, r);
    ctx.fillStyle = "#8c959f";
    ctx.textAlign = "center";
    ctx.font = `${12 / s}px ${FONT}`;
    for (const [name, x, y] of META.mapLabels) ctx.fillText(name, x, y - 6 / s);
    ctx.restore();
  });

  // ---- labels ------------------------------------------------------------------------------
  // vis draws labels at a size that shrinks with the zoom, all of them, overlapping. These are
  // drawn at a readable size on screen, the selection and the best-connected first, skipping
  // any that would overlap one already drawn: zooming in reveals more.
  const widthAt10 = new Map();
  // An award node says when; its honor is one hop away and labelled there.
  const labelText = (n) => (n.kind === "Award" ? (FACTS[n.fact].year !== undefined ? String(FACTS[n.fact].year) : "获奖") : n.label);
  let labelOrder = null;
  function labelPriority() {
    const sel = S.selected && S.selected.type === "node" ? S.selected.id : null;
    const near = new Set();
    if (sel) for (const e of incident.get(sel)) if (drawn.edges.has(e.id)) { near.add(e.from); near.add(e.to); }
    if (S.selected && S.selected.type === "edge") { const e = edgeById.get(S.selected.id); near.add(e.from); near.add(e.to); }
    const rank = (id) => (id === sel ? 0 : near.has(id) ? 1 : byId.get(id).kind === "Award" ? 3 : 2);
    return [...drawn.nodes].sort((a, b) => rank(a) - rank(b) || byId.get(b).deg - byId.get(a).deg || (a < b ? -1 : 1));
  }
  function drawLabels(ctx) {
    if (!drawn.nodes.size) return;
    if (!labelOrder) labelOrder = labelPriority();
    const scale = network.getScale();
    const tl = network.DOMtoCanvas({ x: 0, y: 0 });
    const br = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    const cell = 80 / scale;
    const grid = new Map();
    const hits = (b, add) => {
      const cx0 = Math.floor(b[0] / cell), cx1 = Math.floor(b[2] / cell), cy0 = Math.floor(b[1] / cell), cy1 = Math.floor(b[3] / cell);
      for (let cx = cx0; cx <= cx1; cx++) {
        for (let cy = cy0; cy <= cy1; cy++) {
          const key = cx + "," + cy;
          const boxes = grid.get(key);
          if (add) { boxes ? boxes.push(b) : grid.set(key, [b]); continue; }
          if (boxes) for (const o of boxes) if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) return true;
        }
      }
      return false;
    };
    /** Draw text centred on x from y0 down, unless it would overlap a label already drawn. */
    const put = (text, x, y0, px, color, bold) => {
      if (x < tl.x || x > br.x || y0 < tl.y || y0 > br.y) return false;
      let w = widthAt10.get(text);
      if (w === undefined) {
        ctx.font = `10px ${FONT}`;
        w = ctx.measureText(text).width;
        widthAt10.set(text, w);
      }
      w = (w * px) / 10 / scale;
      const box = [x - w / 2 - 2 / scale, y0, x + w / 2 + 2 / scale, y0 + (px * 1.2) / scale];
      if (hits(box, false)) return false;
      hits(box, true);
      ctx.font = `${bold ? "bold " : ""}${px / scale}px ${FONT}`;
      ctx.strokeText(text, x, y0);
      ctx.fillStyle = color;
      ctx.fillText(text, x, y0);
      return true;
    };
    const nodes = network.body.nodes, edges = network.body.edges;
    const nodeLabel = (id, bold) => {
      const node = nodes[id];
      if (!node || dimmed.nodes.has(id)) return false;
      const n = byId.get(id);
      const px = bold ? 15 : n.deg >= 10 ? 14 : n.deg >= 4 ? 13 : 12;
      const r = (node.options && node.options.size) || 8;
      return put(labelText(n), node.x, node.y + r + 2 / scale, px, NODE_FONT, bold);
    };
    const edgeLabelAt = (id) => {
      const be = edges[id], e = edgeById.get(id);
      const text = edgeLabel(e);
      if (!be || !text || dimmed.edges.has(id) || !be.from || !be.to) return false;
      let p = { x: (be.from.x + be.to.x) / 2, y: (be.from.y + be.to.y) / 2 };
      if (e.curve && be.edgeType && be.edgeType.getPoint) p = be.edgeType.getPoint(0.5);
      return put(text, p.x, p.y - 7 / scale, 11, shade(RELS[e.rel].color, -0.45), false);
    };
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    let count = 0;
    // the selection reads as sentences: its label, then the labels of its edges (荣获 · 2015 · 中组部)
    // after the selection and its neighbours' names (first in labelOrder), before everyone else's
    const sel = S.selected;
    const selEdges = !sel ? [] : sel.type === "edge" ? [sel.id]
      : incident.get(sel.id).filter((e) => drawn.edges.has(e.id)).map((e) => e.id);
    const near = new Set();
    for (const id of selEdges) { const e = edgeById.get(id); near.add(e.from); near.add(e.to); }
    let edgesDone = !selEdges.length;
    for (const id of labelOrder) {
      if (count >= 600) break;
      if (!edgesDone && !near.has(id)) {
        selEdges.forEach(edgeLabelAt);
        edgesDone = true;
      }
      count += nodeLabel(id, !!sel && sel.type === "node" && id === sel.id);
    }
    if (!edgesDone) selEdges.forEach(edgeLabelAt);
    if (scale >= 0.75) {
      let n = 0;
      for (const id of drawn.edges) {
        if (n >= 300) break;
        n += edgeLabelAt(id);
      }
    }
    ctx.restore();
    container.dataset.labels = String(count);
  }
  network.on("afterDrawing", drawLabels);

  // ---- highlight & selection ---------------------------------------------------------------
  function applyHighlight() {
    labelOrder = null;
    let keepN = null, keepE = null;
    const sel = S.selected;
    if (sel && sel.type === "node" && drawn.nodes.has(sel.id)) {
      keepN = new Set([sel.id]);
      keepE = new Set();
      for (const e of incident.get(sel.id)) {
        if (drawn.edges.has(e.id)) { keepE.add(e.id); keepN.add(e.from); keepN.add(e.to); }
      }
    } else if (sel && sel.type === "edge" && drawn.edges.has(sel.id)) {
      const e = edgeById.get(sel.id);
      keepN = new Set([e.from, e.to]);
      keepE = new Set([e.id]);
    }
    const nodeUpdates = [], edgeUpdates = [];
    for (const id of drawn.nodes) {
      const dim = keepN !== null && !keepN.has(id);
      if (dim !== dimmed.nodes.has(id)) {
        nodeUpdates.push(nodeItem(byId.get(id), dim));
        dim ? dimmed.nodes.add(id) : dimmed.nodes.delete(id);
      }
    }
    for (const id of drawn.edges) {
      const dim = keepE !== null && !keepE.has(id);
      if (dim !== dimmed.edges.has(id)) {
        edgeUpdates.push(edgeItem(edgeById.get(id), dim));
        dim ? dimmed.edges.add(id) : dimmed.edges.delete(id);
      }
    }
    if (S.view === "graph") {
      // nodeItem carries start positions: keep where the nodes are now
      const p = network.getPositions(nodeUpdates.map((u) => u.id));
      for (const u of nodeUpdates) if (p[u.id]) { u.x = p[u.id].x; u.y = p[u.id].y; }
    }
    if (nodeUpdates.length) nodesDS.update(nodeUpdates);
    if (edgeUpdates.length) edgesDS.update(edgeUpdates);
  }

  function selectNode(id) {
    S.selected = { type: "node", id };
    if (drawn.nodes.has(id)) network.selectNodes([id], false);
    applyHighlight();
    showNode(id);
  }

  function selectEdge(id) {
    S.selected = { type: "edge", id };
    if (drawn.edges.has(id)) network.selectEdges([id]);
    applyHighlight();
    showEdge(id);
  }

  function clearSelection() {
    S.selected = null;
    network.unselectAll();
    applyHighlight();
    showHelp();
  }

  /** Show a node wherever it is: select it if drawn, else open its ego network. */
  async function choose(id) {
    const n = byId.get(id);
    if (!n) return;
    if (!inMode(n)) { S.awards = n.m === 2 ? "nodes" : "edges"; render(); }
    if (!drawn.nodes.has(id)) enterEgo(id);
    else selectNode(id);
    await whenReady();
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: false });
  }

  function enterEgo(id) {
    S.ego = id;
    positions.ego = new Map();
    settled.ego = new Set();
    seedEgo(id);
    render({ relayout: true });
    selectNode(id);
  }

  function exitEgo() {
    if (!S.ego) return;
    S.ego = null;
    render({ reset: true, fit: true });
    if (S.selected) S.selected.type === "node" ? selectNode(S.selected.id) : selectEdge(S.selected.id);
  }

  /** Start positions of an ego network: rings around the centre, by distance. */
  function seedEgo(centre) {
    const ringOf = new Map([[centre, 0]]);
    let frontier = [centre];
    for (let d = 1; d <= S.egoDepth; d++) {
      const next = [];
      for (const v of frontier) {
        for (const e of incident.get(v)) {
          const w = e.from === v ? e.to : e.from;
          if (!ringOf.has(w)) { ringOf.set(w, d); next.push(w); }
        }
      }
      frontier = next;
    }
    const rings = new Map();
    for (const [id, d] of ringOf) { if (!rings.has(d)) rings.set(d, []); rings.get(d).push(id); }
    for (const [d, ids] of rings) {
      ids.sort();
      const r = d * Math.max(140, (ids.length * 30) / (2 * Math.PI) / Math.max(d, 1));
      ids.forEach((id, i) => {
        const a = (2 * Math.PI * i) / ids.length + d * 0.5;
        positions.ego.set(id, { x: r * Math.cos(a), y: r * Math.sin(a) });
      });
    }
  }

  network.on("click", (p) => {
    if (p.nodes.length) selectNode(p.nodes[0]);
    else if (p.edges.length) selectEdge(p.edges[0]);
    else clearSelection();
  });
  network.on("doubleClick", (p) => {
    if (p.nodes.length) enterEgo(p.nodes[0]);
  });

  // ---- panel -----------------------------------------------------------------------------
  const panel = $("kg-panel");
  const fill = (box, ...children) => box.replaceChildren(...children.flat(3).filter((c) => c !== null && c !== undefined && c !== false));

  function el(tag, props, ...children) {
    const x = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "style") x.setAttribute("style", v);
      else if (k.startsWith("on")) x.addEventListener(k.slice(2), v);
      else x[k] = v;
    }
    for (const c of children.flat(4)) if (c !== null && c !== undefined && c !== false) x.append(c);
    return x;
  }
  const link = (id) => {
    const n = byId.get(id);
    return el("a", { className: "kg-link", title: n ? nodeTitle(n) : id, onclick: () => choose(id) }, n ? n.label : id);
  };
  const iri = (id) => (/^[a-z]+:/.test(id) ? id : META.base + id);
  const badge = (kind) => {
    const c = CLASSES[kind];
    return el("span", { className: "kg-badge", style: `background:${c.color}` }, `${c.zh} ${c.en}`);
  };
  const dl = (rows) => el("dl", {}, rows.filter((r) => r[1] !== undefined && r[1] !== null && r[1] !== "")
    .map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  const docLine = (i, loc) => {
    const d = DOCS[i];
    if (!d) return el("span", { className: "kg-src" }, loc || "");
    return el("span", { className: "kg-src" }, d.file, d.title ? ` — ${d.title}` : "",
      d.date ? ` (${d.date})` : "", loc && loc.includes("#") ? ` · ${loc.slice(loc.indexOf("#") + 1)}` : "");
  };

  function factBlock(i) {
    const f = FACTS[i];
    const e = factEdge.get(i);
    const head = e
      ? el("div", {}, link(e.from), ` —${RELS[e.rel].zh}→ `, link(e.to))
      : el("div", {}, f.label || f.kind);
    const rows = [];
    if (f.year !== undefined) rows.push(["年份 Year", String(f.year)]);
    if (f.bodies && f.bodies.length) rows.push(["授予 By", f.bodies.flatMap((b, k) => (k ? ["、", link(b)] : [link(b)]))]);
    if (f.notes && f.notes.length) rows.push([f.kind === "Assistance" ? "方式 Mode" : "职务 Role", f.notes.join("、")]);
    return el("div", { className: "kg-fact" }, head, dl(rows),
      (f.ev || []).map((s) => el("blockquote", {}, s)),
      el("ul", {}, (f.src || []).map(([d, loc]) => el("li", {}, docLine(d, loc)))));
  }

  function factsOf(ids) {
    const out = [...new Set(ids)];
    out.sort((a, b) => (FACTS[b].year || 0) - (FACTS[a].year || 0) || a - b);
    const shown = out.slice(0, 60);
    return [shown.map(factBlock), out.length > shown.length ? el("p", { className: "kg-muted" }, `… 另有 ${out.length - shown.length} 条 more`) : null];
  }

  function showNode(id) {
    const n = byId.get(id);
    const rows = [["IRI", iri(n.id)]];
    if (n.level) rows.push(["级别 Level", LEVELS.filter((l) => l[0] === n.level).map((l) => `${l[1]} ${l[2]}`)[0] || n.level]);
    if (n.region) rows.push(["行政级别 Division", REGION_LEVELS[n.region] || n.region]);
    if (n.adcode) rows.push(["区划代码 Code", n.adcode]);
    if (n.lonlat) rows.push(["经纬度 Lon/Lat", `${n.lonlat[0]}, ${n.lonlat[1]}`]);
    if (n.roles) rows.push(["职务 Roles", n.roles.join("、")]);
    rows.push(["连接 Links", String(n.deg)]);
    const rels = incident.get(id).filter(inMode);
    const groups = new Map();
    for (const e of rels) {
      const out = e.from === id;
      const key = `${out ? "→" : "←"} ${RELS[e.rel].zh} ${RELS[e.rel].en}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(e);
    }
    const relBlocks = [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, es]) => el("div", {},
      el("div", { className: "kg-muted" }, `${key} (${es.length})`),
      el("ul", {}, es.slice(0, 80).map((e) => {
        const other = e.from === id ? e.to : e.from;
        const f = e.facts && e.facts.length === 1 ? FACTS[e.facts[0]] : null;
        return el("li", {}, link(other), f && f.year !== undefined ? ` · ${f.year}` : "",
          el("a", { className: "kg-link", title: "查看这条边 show this edge", onclick: () => { selectEdge(e.id); } }, " ⓘ"));
      }), es.length > 80 ? el("li", { className: "kg-muted" }, `… ${es.length - 80} more`) : null)));
    const factIds = [];
    if (n.fact !== undefined) factIds.push(n.fact);
    for (const e of incident.get(id)) for (const f of e.facts || []) factIds.push(f);
    fill(panel, 
      el("h2", {}, n.label), badge(n.kind),
      n.alt && n.alt.length ? [el("h3", {}, "别名 Aliases"), el("div", {}, n.alt.map((a) => el("span", { className: "kg-chip" }, a)))] : null,
      el("h3", {}, "属性 Properties"), dl(rows),
      relBlocks.length ? [el("h3", {}, "关系 Relations"), relBlocks] : null,
      factIds.length ? [el("h3", {}, "证据 Evidence"), factsOf(factIds)] : null,
      n.docs && n.docs.length ? [el("h3", {}, "来源文章 Source articles"),
        el("ul", {}, n.docs.map((d) => el("li", {}, docLine(d, ""))))] : null,
      el("p", {}, el("a", { className: "kg-link", onclick: () => enterEgo(id) }, "只看邻域 Show ego network")),
    );
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    const r = RELS[e.rel];
    fill(panel, 
      el("h2", {}, link(e.from), ` —${r.zh}→ `, link(e.to)),
      el("span", { className: "kg-badge", style: `background:${r.color}` }, `${r.zh} ${r.en}`),
      el("h3", {}, "属性 Properties"),
      dl([["关系 Relation", `${r.zh} ${r.en} (${e.rel})`], ["从 From", link(e.from)], ["到 To", link(e.to)]]),
      e.facts && e.facts.length ? [el("h3", {}, "证据 Evidence"), factsOf(e.facts)] : el("p", { className: "kg-muted" }, "此关系没有单独的证据句 No sentence of its own."),
    );
  }

  function showHelp() {
    const c = META.counts;
    fill(panel, 
      el("h2", {}, META.title),
      el("p", {}, `${c.nodes} 个实体 entities · ${c.edges} 条关系 relations · ${DOCS.length} 篇文章 articles`),
      META.notes.length ? el("p", { className: "kg-muted" }, "子图 Subgraph: " + META.notes.join("; ")) : null,
      el("h3", {}, "怎么用 How to use"),
      el("ul", {},
        el("li", {}, "搜索框：名称或别名，部分匹配 — Search: any name or alias, partial match"),
        el("li", {}, "单击节点或边：高亮并在此显示属性、证据句和来源文章 — Click: highlight, details here"),
        el("li", {}, "双击节点：只看它的邻域 — Double-click: its ego network"),
        el("li", {}, "左侧：按类别、关系、级别、年份、来源文章筛选 — Left: filters"),
        el("li", {}, "地图：按经纬度放置地区与医院，帮扶连线跨越全国 — Map: places by longitude and latitude")),
    );
  }

  // ---- controls ----------------------------------------------------------------------------
  const SHAPES = {
    dot: '<circle cx="7" cy="7" r="5.5"/>',
    square: '<rect x="1.5" y="1.5" width="11" height="11"/>',
    triangle: '<polygon points="7,1 13,12.5 1,12.5"/>',
    triangleDown: '<polygon points="1,1.5 13,1.5 7,13"/>',
    diamond: '<polygon points="7,0.5 13.5,7 7,13.5 0.5,7"/>',
    star: '<polygon points="7,0.5 8.8,5 13.5,5.3 9.8,8.3 11,13 7,10.4 3,13 4.2,8.3 0.5,5.3 5.2,5"/>',
    hexagon: '<polygon points="3.5,1 10.5,1 13.5,7 10.5,13 3.5,13 0.5,7"/>',
  };
  const icon = (shape, color) => {
    const s = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    s.setAttribute("width", "14");
    s.setAttribute("height", "14");
    s.setAttribute("viewBox", "0 0 14 14");
    s.setAttribute("aria-hidden", "true");
    s.innerHTML = SHAPES[shape].replace("/>", ` fill="${color}" stroke="${shade(color, -0.3)}"/>`);
    return s;
  };
  const lineIcon = (r) => {
    const s = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    s.setAttribute("width", "22");
    s.setAttribute("height", "10");
    s.setAttribute("aria-hidden", "true");
    s.innerHTML = `<line x1="1" y1="5" x2="21" y2="5" stroke="${r.color}" stroke-width="${Math.max(1.5, r.width)}"` +
      (r.dashes ? ` stroke-dasharray="${r.dashes.join(" ")}"` : "") + "/>";
    return s;
  };

  function checkRow(box, key, field, iconEl, text, count, title) {
    const input = el("input", { type: "checkbox", checked: S[field].has(key), value: key });
    input.addEventListener("change", () => {
      input.checked ? S[field].add(key) : S[field].delete(key);  // S[field]: reset puts in a new set
      render();
    });
    const row = el("label", { title: title || "" }, input, iconEl, el("span", {}, text), el("span", { className: "kg-count" }, String(count)));
    row.dataset.key = key;
    box.append(row);
    return input;
  }

  const classInputs = {}, relInputs = {}, levelInputs = {};
  const placed = new Set(NODES.filter((n) => n.map).map((n) => n.kind)); // classes the map can show
  function buildControls() {
    const kindCount = {};
    for (const n of NODES) kindCount[n.kind] = (kindCount[n.kind] || 0) + 1;
    for (const [k, c] of Object.entries(CLASSES)) {
      if (!kindCount[k]) continue;
      classInputs[k] = checkRow($("kg-classes"), k, "classes", icon(c.shape, c.color), `${c.zh} ${c.en}`, kindCount[k],
        k === "Award" ? "奖项为节点时显示 Shown when awards are drawn as nodes" : "");
    }
    const relCount = {};
    for (const e of EDGES) if (e.m !== 2) relCount[REL_GROUP[e.rel]] = (relCount[REL_GROUP[e.rel]] || 0) + 1;
    for (const key of ["received", "confers", "aids", "partOf", "affiliatedWith", "locatedIn"]) {
      if (!relCount[key]) continue;
      const r = RELS[key];
      relInputs[key] = checkRow($("kg-rels"), key, "rels", lineIcon(r), `${r.zh} ${r.en}`, relCount[key],
        key === "locatedIn" ? "地图中不画 not drawn on the map" : "");
    }
    const levelCount = {};
    for (const n of NODES) {
      if (n.kind === "Honor" || n.kind === "AwardingBody" || n.level) levelCount[n.level || ""] = (levelCount[n.level || ""] || 0) + 1;
    }
    for (const [key, zh, en] of LEVELS) {
      if (!levelCount[key]) continue;
      levelInputs[key] = checkRow($("kg-levels"), key, "levels", null, `${zh} ${en}`, levelCount[key],
        "荣誉与授予机构的级别 Level of honors and awarding bodies");
    }
    $("kg-level-box").hidden = !Object.keys(levelCount).length;

    const from = $("kg-year-from"), to = $("kg-year-to");
    if (YEARS) {
      for (const r of [from, to]) { r.min = YEARS[0]; r.max = YEARS[1]; }
      from.value = S.yearFrom;
      to.value = S.yearTo;
      const onYear = (which) => () => {
        let a = Number(from.value), b = Number(to.value);
        if (a > b) { if (which === "from") b = a; else a = b; }
        S.yearFrom = a;
        S.yearTo = b;
        from.value = a;
        to.value = b;
        render();
      };
      from.addEventListener("input", onYear("from"));
      to.addEventListener("input", onYear("to"));
      $("kg-undated").addEventListener("change", (ev) => { S.undated = ev.target.checked; render(); });
    } else {
      $("kg-year-box").hidden = true;
    }

    const sel = $("kg-doc");
    sel.append(el("option", { value: "-1" }, `全部来源 All sources (${DOCS.length})`));
    DOCS.forEach((d, i) => sel.append(el("option", { value: String(i), title: d.title || "" }, d.title ? `${d.file} — ${d.title}` : d.file)));
    sel.addEventListener("change", () => { S.doc = Number(sel.value); render(); });

    for (const [box, key] of [["kg-view", "view"], ["kg-awards", "awards"]]) {
      for (const b of $(box).querySelectorAll("button")) {
        b.addEventListener("click", () => {
          if (S[key] === b.dataset.value) return;
          S[key] = b.dataset.value;
          if (key === "awards" && S.ego && !inMode(byId.get(S.ego))) S.ego = null;
          render({ fit: key === "view" });
        });
      }
    }
    $("kg-relayout").addEventListener("click", () => render({ relayout: true }));
    $("kg-reset").addEventListener("click", reset);
    document.addEventListener("keydown", (ev) => {
      if (ev.key !== "Escape" || ev.target === $("kg-search")) return;
      if (S.selected) clearSelection();
      else if (S.ego) exitEgo();
    });
  }

  function updateControls() {
    for (const [box, key] of [["kg-view", "view"], ["kg-awards", "awards"]]) {
      for (const b of $(box).querySelectorAll("button")) b.setAttribute("aria-pressed", String(S[key] === b.dataset.value));
    }
    for (const [k, input] of Object.entries(classInputs)) {
      input.checked = S.classes.has(k);
      const off = (k === "Award" && S.awards !== "nodes") || (S.view === "map" && !placed.has(k));
      input.parentElement.classList.toggle("kg-off", off);
    }
    for (const [k, input] of Object.entries(relInputs)) {
      input.checked = S.rels.has(k);
      input.parentElement.classList.toggle("kg-off", S.view === "map" && k === "locatedIn");
    }
    for (const [k, input] of Object.entries(levelInputs)) input.checked = S.levels.has(k);
    if (YEARS) {
      $("kg-year-from").value = S.yearFrom;
      $("kg-year-to").value = S.yearTo;
      $("kg-undated").checked = S.undated;
      $("kg-year-label").textContent = S.yearFrom === S.yearTo ? ` ${S.yearFrom}` : ` ${S.yearFrom}–${S.yearTo}`;
    }
    $("kg-doc").value = String(S.doc);
    $("kg-relayout").disabled = S.view !== "graph";
  }

  function updateStats(v) {
    const total = META.counts;
    const shownEdges = v.edges.length;
    $("kg-stats").textContent = `显示 ${v.ids.length.toLocaleString()} / ${S.awards === "nodes" ? NODES.length.toLocaleString() : total.nodes.toLocaleString()} 节点 nodes · ` +
      `${shownEdges.toLocaleString()} 边 edges`;
  }

  function updateBanner(v) {
    const b = $("kg-banner");
    const parts = [];
    if (S.ego) {
      const n = byId.get(S.ego);
      const depth = el("select", { title: "深度 depth", onchange: (ev) => { S.egoDepth = Number(ev.target.value); enterEgo(S.ego); } },
        [1, 2, 3].map((d) => el("option", { value: String(d), selected: d === S.egoDepth }, `深度 depth ${d}`)));
      parts.push(el("span", {}, "邻域 Ego network: ", el("b", {}, n.label)), depth,
        el("button", { type: "button", onclick: exitEgo }, "返回全图 Back to all"));
    }
    if (v.capped) {
      parts.push(el("span", {}, `图太大：显示骨干 ${v.ids.length.toLocaleString()} / ${v.total.toLocaleString()} 个节点；搜索、筛选或双击查看其余 — ` +
        `Too big to draw well: showing a backbone of ${v.ids.length.toLocaleString()} of ${v.total.toLocaleString()} nodes`));
      const sizes = [...new Set([500, 1000, 2000, MAX, S.limit])].filter((x) => x <= MAX).sort((a, b) => a - b);
      parts.push(el("select", { id: "kg-limit", title: "最多画多少节点 Draw at most", onchange: (ev) => { S.limit = Number(ev.target.value); render(); } },
        sizes.map((x) => el("option", { value: String(x), selected: x === S.limit }, `最多 at most ${x.toLocaleString()}`))));
    }
    if (S.view === "map" && !S.ego) {
      parts.push(el("span", { className: "kg-muted" }, "地图只显示有地点的实体 Map shows entities with a place"));
    }
    b.replaceChildren(...parts);
    b.hidden = !parts.length;
  }

  function reset() {
    Object.assign(S, defaults());
    S.limit = META.limit;
    S.ego = null;
    S.selected = null;
    network.unselectAll();
    showHelp();
    render({ reset: true, fit: true });
  }

  // ---- search --------------------------------------------------------------------------------
  function matches(q, limit) {
    q = norm(q);
    if (!q) return [];
    const out = [];
    for (const { n, keys } of searchIndex) {
      let rank = 9, via = 0;
      keys.forEach((k, i) => {
        const r = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : 9;
        if (r < rank) { rank = r; via = i; }
      });
      if (rank < 9) out.push({ n, rank, via });
    }
    out.sort((a, b) => a.rank - b.rank || b.n.deg - a.n.deg || (a.n.label < b.n.label ? -1 : a.n.label > b.n.label ? 1 : 0) ||
      (a.n.id < b.n.id ? -1 : 1));
    return out.slice(0, limit || 12);
  }

  function buildSearch() {
    const input = $("kg-search"), list = $("kg-results");
    let results = [], active = 0;
    const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); };
    const pick = (i) => {
      const r = results[i];
      if (!r) return;
      close();
      input.value = r.n.label;
      choose(r.n.id);
    };
    const show = () => {
      results = matches(input.value, 12);
      active = 0;
      list.replaceChildren(...(results.length ? results.map((r, i) => el("li", {
        role: "option", id: `kg-opt-${i}`, onmousedown: (ev) => { ev.preventDefault(); pick(i); },
      }, icon(CLASSES[r.n.kind].shape, CLASSES[r.n.kind].color), el("span", {}, r.n.label),
        r.via ? el("span", { className: "kg-alias" }, `别名 aka ${r.n.alt[r.via - 1]}`) : null))
        : [el("li", { className: "kg-empty" }, "无匹配 No match")]));
      mark();
      list.hidden = !input.value.trim();
      input.setAttribute("aria-expanded", String(!list.hidden));
    };
    const mark = () => {
      [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
      if (results.length) input.setAttribute("aria-activedescendant", `kg-opt-${active}`);
    };
    input.addEventListener("input", show);
    input.addEventListener("focus", () => { if (input.value.trim()) show(); });
    input.addEventListener("blur", close);
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        if (list.hidden) show();
        active = (active + (ev.key === "ArrowDown" ? 1 : results.length - 1)) % Math.max(results.length, 1);
        mark();
      } else if (ev.key === "Enter") {
        ev.preventDefault();
        if (!results.length || list.hidden) results = matches(input.value, 12);
        pick(active);
      } else if (ev.key === "Escape") {
        close();
      }
    });
  }

  // ---- start ---------------------------------------------------------------------------------
  timings.index = performance.now() - T0;
  buildControls();
  buildSearch();
  showHelp();
  render({ fit: true });
  if (META.focus.length && byId.has(META.focus[0])) selectNode(META.focus[0]);

  /** For tests and the curious: the network and what is drawn. */
  window.kgExplorer = {
    network, nodes: nodesDS, edges: edgesDS, state: S, whenReady, choose, matches, timings,
    isBusy: () => busy,
    dimmed: () => ({ nodes: dimmed.nodes.size, edges: dimmed.edges.size }),
    drawnCounts: () => ({ nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length }),
    drawnKinds: () => {
      const out = {};
      for (const id of network.body.nodeIndices) { const k = byId.get(id).kind; out[k] = (out[k] || 0) + 1; }
      return out;
    },
  };
})();
