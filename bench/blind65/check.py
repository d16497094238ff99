"""Self-check of blind draw 65: every scored truth value, date, claimed person and year is printed, all text lies
inside its page, and journal levels agree with the catalogues. `python -m bench.blind65.check [--seeds N]
[--per-type N]`; exits 1 on any miss."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

from bench.blind.page import width_mm
from bench.blind65.corpus import DRAWN
from bench.blind65.kit import cn_year, printed_forms
from bench.generator.truth import get_path

ENUMS = {"patent.kind", "award.kind", "award.level", "qualification.kind", "journal.levels", "people"}
DATES = {"issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"}


def _data() -> Path:
    for p in (Path("/tmp/shared/data"), Path(__file__).resolve().parents[3] / "shared" / "data"):
        if p.exists():
            return p
    raise SystemExit("journal catalogues not found")


def catalogue_levels(issn: str, name: str) -> set[str]:
    d = _data()
    out: set[str] = set()
    with (d / "journals-cscd.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["issn"] == issn and row["database"] == "core":
                out.add("cscd")
    with (d / "journals-cn.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["name"] == name:
                out |= {lv for lv in row["levels"].split("|") if lv in ("pku_core", "cssci")}
    return out


def misses(job: dict[str, Any]) -> list[str]:
    doc, _, _ = DRAWN.build(job)
    rec = doc.record()
    text = "".join(sum((pg.lines() for pg in doc.pages), [])).replace(" ", "").replace("\u3000", "")
    out = []
    for path in doc.scored:
        v = get_path(rec, path)
        if path in ENUMS:
            continue
        if path in DATES:
            if not any(f.replace(" ", "") in text for f in printed_forms(v)):
                out.append(f"{path}={v} not printed")
        elif path == "patent.number":
            if v[2:] not in text:
                out.append(f"{path}={v} not printed")
        elif isinstance(v, list):
            out += [f"{path} item {x} not printed" for x in v if x.replace(" ", "") not in text]
        elif isinstance(v, float):
            if f"{v:g}" not in text:
                out.append(f"{path}={v} not printed")
        elif str(v).replace(" ", "") not in text:
            out.append(f"{path}={v} not printed")
    for p in rec["people"]:
        if p["name"] not in text:
            out.append(f"person {p['name']} not printed")
    c = doc.claim
    if c["person"] not in text or not (
        c["person"] == rec["holder"] or c["person"] in [p["name"] for p in rec["people"]]
    ):
        out.append(f"claimed person {c['person']} not on the proof")
    if str(c["year"]) not in text and cn_year(c["year"]) not in text:
        out.append(f"claimed year {c['year']} not printed")
    if rec["journal"]:
        j = rec["journal"]
        want = catalogue_levels(j["issn"], j["name"])
        got = set(j["levels"]) - {"national", "provincial", "municipal"}
        if want != got:
            out.append(f"levels {sorted(got)} != catalogue {sorted(want)}")
        if ("national" in j["levels"]) != ("主管" in text):
            out.append("national level without a printed 主管 line (or the reverse)")
    for n, pg in enumerate(doc.pages, 1):
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, font, _ = op
                w = width_mm(s, font, size)
                if x < 0 or y < 0 or x + w > pg.w + 0.01 or y + size * 0.3528 > pg.h:
                    out.append(f"page {n}: text outside the page: {s[:30]!r} at ({x:.1f}, {y:.1f})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind65.check")
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--per-type", type=int, default=10)
    a = ap.parse_args(argv)
    bad = total = 0
    for seed in range(1, a.seeds + 1):
        for job in DRAWN.plan(seed, a.per_type):
            total += 1
            m = misses(job)
            if m:
                bad += 1
                print(f"seed {seed} {job['type']} #{job['k']}: " + "; ".join(m))
    print(f"{total} documents checked, {bad} with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
