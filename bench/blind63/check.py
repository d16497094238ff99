"""Self-check of draw 63: `python -m bench.blind63.check [--seeds N] [--per-type N]` builds every document for
several seeds and verifies that the scored truth, truth dates, claimed person and year are printed, that text
lies inside the page, and that journal levels agree with the catalogues; exits 1 on any miss."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from bench.blind.page import width_mm
from bench.blind63.corpus import DRAWN, plan
from bench.blind63.kit import forms
from bench.generator.truth import get_path

DATA = Path("/tmp/shared/data")
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}


def _norm(name: str) -> str:
    name = re.sub(r"（原[:：][^）]*）|\(原[:：][^)]*\)", "", name)
    return re.sub(r"[\s\W_]", "", name)


def catalogue_levels(name: str, issn: str) -> list[str] | None:
    with (DATA / "journals-cscd.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["issn"] == issn and r["database"] == "core"]
    if not rows or _norm(rows[0]["name"]) != _norm(name):
        return None
    levels = {"cscd"}
    with (DATA / "journals-cn.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if _norm(r["name"]) == _norm(name):
                levels |= {lv for lv in r["levels"].split(";") if lv in ("pku_core", "cssci")}
    return sorted(levels)


def check_doc(job: dict) -> list[str]:
    doc, _, _ = DRAWN.build(job)
    rec = doc.record()
    text = "".join(s for pg in doc.pages for op in pg.ops if op[0] == "text" for s in [op[3]])
    flat = "".join(sum((pg.lines() for pg in doc.pages), [])).replace(" ", "").replace("\u3000", "")
    tid = f"{job['seed']}/{job['type']}/{job['k']}/{doc.layout}"
    miss: list[str] = []
    for pg in doc.pages:
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, font, _ = op
                if x < 0 or y < 0 or x + width_mm(s, font, size) > pg.w + 0.5 or y + size * 0.3528 > pg.h:
                    miss.append(f"{tid}: text outside page: {s[:20]}")
    for path in doc.scored:
        val = get_path(rec, path)
        if path == "people":
            for p in val:
                if p["name"] not in flat:
                    miss.append(f"{tid}: person {p['name']} not printed")
            continue
        if val is None:
            if path not in ("holder", "journal.levels"):
                miss.append(f"{tid}: scored {path} is null")
            continue
        if path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            if not any(f.replace(" ", "") in flat for f in forms(val)):
                miss.append(f"{tid}: date {path}={val} not printed")
        elif path == "hours_stated":
            if not re.search(rf"(?<!\d){int(val)}\s*(学时|课时|小时)", text):
                miss.append(f"{tid}: hours {val} not printed")
        elif path == "patent.kind":
            if KIND_WORD[val] not in flat:
                miss.append(f"{tid}: patent kind {val} not printed")
        elif path == "journal.levels":
            j = rec["journal"]
            want = catalogue_levels(j["name"], j["issn"])
            got = sorted(lv for lv in val if lv != "national")
            if want != got:
                miss.append(f"{tid}: levels {got} != catalogue {want}")
            if "national" in val and "主管" not in flat:
                miss.append(f"{tid}: national level without a printed 主管")
        elif path in ("award.kind", "award.level", "qualification.kind", "journal.year"):
            if path == "journal.year" and str(val) not in flat:
                miss.append(f"{tid}: journal year not printed")
        elif path == "qualification.modules":
            for m in val:
                if m.replace(" ", "") not in flat:
                    miss.append(f"{tid}: module {m} not printed")
        else:
            if str(val).replace(" ", "") not in flat:
                miss.append(f"{tid}: {path}={val!r} not printed")
    claim = doc.claim
    if claim["person"] not in flat:
        miss.append(f"{tid}: claimed person not printed")
    if claim["person"] != rec["holder"] and claim["person"] not in [p["name"] for p in rec["people"]]:
        miss.append(f"{tid}: claimed person not holder or in people")
    years = set(re.findall(r"20\d\d", flat))
    if (
        str(claim["year"]) not in years
        and "二〇" + "".join("〇一二三四五六七八九"[int(d)] for d in str(claim["year"])[2:]) not in flat
    ):
        miss.append(f"{tid}: claimed year not printed")
    pol_year = {"yantai-2020": 2020, "yiyang-2018": 2018}[claim["policy"]]
    if claim["year"] != pol_year:
        miss.append(f"{tid}: claim year {claim['year']} is not the policy's year")
    return miss


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind63.check")
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--per-type", type=int, default=12)
    a = ap.parse_args(argv)
    misses, n = [], 0
    for seed in range(1, a.seeds + 1):
        for job in plan(seed * 97, a.per_type):
            n += 1
            misses += check_doc(job)
    for m in misses[:60]:
        print(m)
    print(f"{n} documents checked, {len(misses)} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
