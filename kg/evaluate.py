"""Score a built graph against gold annotations (the gold format of the project's eval README).

Gold is one JSON file per article; entities merge across files by name and
alias. A prediction matches a gold item when its label equals the name or an
alias after normalisation (NFKC, no spaces, no quotes). Optional items are
neutral; a prediction that only repeats a matched item, or tells it with less
detail, is not an error. Scores are precision, recall and F1 per key and pooled.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .errors import UsageError

KEYS = ("hospitals", "people", "honors", "awarding_bodies", "counties", "awards", "awards_full", "aid", "affiliation")
ENTITY_CLASSES = {"hospitals": "hkg:Hospital", "people": "hkg:Person", "honors": "hkg:Honor",
                  "awarding_bodies": "hkg:AwardingBody"}
PREFIXES = "PREFIX hkg: <https://w3id.org/hospital-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
_DROP = re.compile(r"[\s\u3000\"'“”‘’「」『』《》〈〉<>]")


def norm(text) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", str(text))).lower()


def year_of(value) -> int | None:
    m = re.search(r"\d{4}", str(value)) if value is not None else None
    return int(m.group()) if m else None


@dataclass
class Item:
    slots: dict
    optional: bool

    def matches(self, pred: dict) -> bool:
        for key, want in self.slots.items():
            if want is None:
                continue
            got = pred.get(key)
            if key == "year":
                if year_of(got) not in want:
                    return False
            elif isinstance(got, (set, frozenset)):
                if not got & want:
                    return False
            elif got is None or norm(got) not in want:
                return False
        return True

    def matches_known(self, pred: dict) -> bool:
        known = {k: v for k, v in pred.items() if v not in (None, frozenset(), set())}
        if len(known) == len(pred):
            return False
        return Item({k: v for k, v in self.slots.items() if k in known}, self.optional).matches(known)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    tp: int
    predicted: int
    gold: int


def load_gold(folder: str | Path) -> dict[str, list[Item]]:
    folder = Path(folder)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise UsageError(f"{folder}: no gold files (*.json) found")
    docs = []
    for f in files:
        try:
            docs.append(json.loads(f.read_text(encoding="utf-8")))
        except (OSError, ValueError) as e:
            raise UsageError(f"{f}: not a readable gold file ({e})") from None
    names: dict[str, set[str]] = {}

    def forms(entry) -> None:
        out = {norm(entry["name"])} | {norm(a) for a in entry.get("aliases", [])}
        for f in list(out):
            out |= names.get(f, set())
        for f in out:
            names[f] = names.get(f, set()) | out

    for doc in docs:
        for key in ("hospitals", "people", "units", "honors", "awarding_bodies", "counties"):
            for e in doc.get(key, []):
                forms(e)

    def accepted(name) -> frozenset[str]:
        n = norm(name)
        return frozenset(names.get(n, {n}))

    gold: dict[str, list[Item]] = {k: [] for k in KEYS}
    seen: dict[str, dict] = {k: {} for k in KEYS}

    def add(key, ident, item):
        prev = seen[key].get(ident)
        if prev is None:
            seen[key][ident] = item
            gold[key].append(item)
        elif prev.optional and not item.optional:
            prev.optional = False

    full = []
    for doc in docs:
        for key in (*ENTITY_CLASSES, "counties"):
            for e in doc.get(key, []):
                acc = accepted(e["name"])
                add(key, min(acc), Item({"label": acc}, e.get("optional", False)))
        for p in doc.get("people", []):
            if p.get("affiliation"):
                ap, ah = accepted(p["name"]), accepted(p["affiliation"])
                add("affiliation", (min(ap), min(ah)), Item({"person": ap, "hospital": ah}, p.get("optional", False)))
        for a in doc.get("awards", []):
            r, h = accepted(a["recipient"]), accepted(a["honor"])
            opt = a.get("optional", False)
            add("awards", (min(r), min(h)), Item({"recipient": r, "honor": h}, opt))
            by = a.get("awarded_by")
            by = [by] if isinstance(by, str) else (by or [])
            body = frozenset().union(*(accepted(b) for b in by)) if by else None
            yr = a.get("year")
            yr = frozenset(year_of(y) for y in (yr if isinstance(yr, list) else [yr])) if yr else None
            full.append(((min(r), min(h)), Item({"recipient": r, "honor": h, "year": yr, "body": body}, opt)))
        for a in doc.get("aid", []):
            h, c = accepted(a["hospital"]), accepted(a["county"])
            add("aid", (min(h), min(c)), Item({"hospital": h, "county": c}, a.get("optional", False)))
    specific = {pair for pair, it in full if it.slots["year"] or it.slots["body"]}
    for pair, it in full:
        if pair in specific and not (it.slots["year"] or it.slots["body"]):
            continue
        add("awards_full", (pair, it.slots["year"], frozenset(it.slots["body"] or ())), it)
    return gold


def predictions(graph: Graph) -> dict[str, list[dict]]:
    def rows(q):
        return list(graph.query(PREFIXES + q))

    pred: dict[str, list[dict]] = {}
    for key, cls in ENTITY_CLASSES.items():
        labels = {norm(r[0]) for r in rows(f"SELECT DISTINCT ?l WHERE {{ ?x a {cls} ; rdfs:label ?l }}")}
        pred[key] = [{"label": label} for label in sorted(labels)]
    aid: dict[tuple, dict] = {}
    county_forms: dict[str, set[str]] = {}
    for h, r, label in rows("""SELECT DISTINCT ?hl ?r ?l WHERE {
            ?h hkg:aids ?r . ?h rdfs:label ?hl . ?r hkg:locatedIn* ?up . ?up rdfs:label ?l }"""):
        county_forms.setdefault(str(r), set()).add(norm(label))
        aid.setdefault((norm(h), str(r)), {"hospital": norm(h), "region": str(r)})
    pred["counties"] = [{"label": frozenset(f)} for f in county_forms.values()]
    pred["aid"] = [{"hospital": v["hospital"], "county": frozenset(county_forms[v["region"]])} for v in aid.values()]
    awards: dict[str, dict] = {}
    for a, rl, hl, y, bl in rows("""SELECT ?a ?rl ?hl ?y ?bl WHERE {
            ?a a hkg:Award ; hkg:recipient ?r ; hkg:honor ?h . ?r rdfs:label ?rl . ?h rdfs:label ?hl .
            OPTIONAL { ?a hkg:year ?y } OPTIONAL { ?a hkg:awardedBy ?b . ?b rdfs:label ?bl } }"""):
        d = awards.setdefault(str(a), {"recipient": norm(rl), "honor": norm(hl), "year": y, "body": set()})
        if bl is not None:
            d["body"].add(norm(bl))
    pairs = {(d["recipient"], d["honor"]) for d in awards.values()}
    pred["awards"] = [{"recipient": r, "honor": h} for r, h in sorted(pairs)]
    pred["awards_full"] = [{"recipient": d["recipient"], "honor": d["honor"], "year": d["year"],
                            "body": frozenset(d["body"])} for d in awards.values()]
    aff = {(norm(p), norm(h)) for p, h in rows("""SELECT DISTINCT ?pl ?hl WHERE {
            ?p a hkg:Person ; rdfs:label ?pl ; hkg:affiliatedWith ?o .
            ?o hkg:partOf* ?h . ?h a hkg:Hospital ; rdfs:label ?hl }""")}
    pred["affiliation"] = [{"person": p, "hospital": h} for p, h in sorted(aff)]
    return pred


def match(gold: list[Item], pred: list[dict]) -> tuple[int, int, int]:
    used: set[int] = set()
    tp = fp = 0
    for p in pred:
        hit = next((i for i, g in enumerate(gold) if i not in used and g.matches(p)), None)
        if hit is None:
            if any(g.matches(p) or g.matches_known(p) for g in gold):
                continue
            fp += 1
        else:
            used.add(hit)
            if not gold[hit].optional:
                tp += 1
    return tp, tp + fp, sum(1 for g in gold if not g.optional)


def prf(tp: int, n_pred: int, n_gold: int) -> Score:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(round(p, 3), round(r, 3), round(f, 3), tp, n_pred, n_gold)


def evaluate(graph: Graph, gold_dir: str | Path) -> dict[str, Score]:
    """Scores per key plus ``micro``, pooled over all keys."""
    gold, pred = load_gold(gold_dir), predictions(graph)
    out: dict[str, Score] = {}
    totals = [0, 0, 0]
    for key in KEYS:
        tp, npred, ngold = match(gold[key], pred.get(key, []))
        out[key] = prf(tp, npred, ngold)
        totals = [a + b for a, b in zip(totals, (tp, npred, ngold))]
    out["micro"] = prf(*totals)
    return out


def format_scores(scores: dict[str, Score]) -> str:
    lines = [f"{'key':16} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
    for key, s in scores.items():
        lines.append(f"{key:16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.predicted}/{s.gold}")
    return "\n".join(lines) + "\n"
