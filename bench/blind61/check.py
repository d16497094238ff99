"""Self-check of blind draw 61: `python -m bench.blind61.check [--seeds N] [--per-type N]`.

For several seeds it builds every document and verifies that every scored value, every truth date (in one of
the printed forms this draw uses), the claimed person and the claimed year are printed; that every text sits
inside its page; and that journal levels agree with the catalogues in /tmp/shared/data. Exits 1 on any miss."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path
from typing import Any

from bench.blind.page import PT_MM, width_mm
from bench.blind61 import corpus
from bench.blind61.kit import CN_DIGIT, date_forms
from bench.generator.truth import get_path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
ENUMS = {"award.kind", "award.level", "qualification.kind"}


def _catalogues() -> tuple[dict[str, dict[str, str]], dict[str, set[str]]]:
    with open(DATA / "journals-cscd.csv", encoding="utf-8") as f:
        cscd = {r["issn"]: r for r in csv.DictReader(f)}
    with open(DATA / "journals-cn.csv", encoding="utf-8") as f:
        cn = {
            re.sub(r"[\s《》（）()·]", "", r["name"]): set(r["levels"].split("|")) for r in csv.DictReader(f)
        }
    return cscd, cn


def _levels(j: dict[str, Any], cscd: dict, cn: dict) -> list[str] | str:
    row = cscd.get(j["issn"])
    if row is None or row["name"] != j["name"] or row["cn"] != j["cn"]:
        return f"journal {j['name']} {j['issn']} {j['cn']} is not a row of journals-cscd.csv"
    want = {"cscd"} if row["database"] == "core" else set()
    lv = {x.strip() for x in cn.get(re.sub(r"[\s《》（）()·]", "", j["name"]), set())}
    want |= lv & {"pku_core", "cssci"}
    return sorted(want)


def _misses(job: dict[str, Any], cscd: dict, cn: dict) -> list[str]:
    doc, _, _ = corpus.build(job)
    rec, out = doc.record(), []
    text = "".join(op[3] for pg in doc.pages for op in pg.ops if op[0] == "text")
    text = text.replace(" ", "").replace("\u3000", "")
    for n, pg in enumerate(doc.pages, 1):
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, font, _ = op
                if x < 0 or y < 0 or x + width_mm(s, font, size) > pg.w + 0.01 or y + size * PT_MM > pg.h:
                    out.append(f"text outside page {n}: {s!r} at ({x:.1f}, {y:.1f})")
    for path in doc.scored:
        v = get_path(rec, path)
        if path == "people":
            out += [f"person {p['name']} not printed" for p in rec["people"] if p["name"] not in text]
        elif path == "journal.levels":
            want = _levels(rec["journal"], cscd, cn)
            if want != sorted(v):
                out.append(f"levels {v} != catalogue {want}")
        elif path in ENUMS or v is None:
            continue
        elif path == "patent.kind":
            if KIND_WORD[v] not in text:
                out.append(f"patent kind {v} not printed")
        elif path.endswith(("issued_on", "start", "end", "applied_on", "granted_on")):
            if not any(f.replace(" ", "") in text for f in date_forms(v)):
                out.append(f"{path} {v} not printed")
        elif isinstance(v, list):
            out += [f"{path} item {m} not printed" for m in v if str(m).replace(" ", "") not in text]
        elif isinstance(v, float):
            if f"{v:g}" not in text:
                out.append(f"{path} {v} not printed")
        elif str(v).replace(" ", "") not in text:
            out.append(f"{path} {v!r} not printed")
    dates = [rec["issued_on"]] + list((rec["period"] or {}).values())
    dates += [rec["patent"]["applied_on"], rec["patent"]["granted_on"]] if rec["patent"] else []
    for d in dates:
        if d and not any(f.replace(" ", "") in text for f in date_forms(d)):
            out.append(f"date {d} not printed")
    words = {"public": "公需" in text, "professional": "专业科目" in text or "专业课" in text}
    if doc.category and not words[doc.category]:
        out.append(f"category {doc.category} not printed")
    if doc.category is None and any(words.values()):
        out.append("a category is printed but category_stated is null")
    cl = doc.claim
    if cl["person"] not in text:
        out.append(f"claimed person {cl['person']} not printed")
    if cl["person"] != rec["holder"] and cl["person"] not in [p["name"] for p in rec["people"]]:
        out.append(f"claimed person {cl['person']} not on the record")
    yc = "".join(CN_DIGIT[int(c)] for c in str(cl["year"]))
    if str(cl["year"]) not in text and yc not in text:
        out.append(f"claimed year {cl['year']} not printed")
    if cl["policy"] not in ("dezhou-2017", "yiyang-2018"):
        out.append(f"policy {cl['policy']}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind61.check")
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    cscd, cn = _catalogues()
    bad = n = 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed * 97 + 1, a.per_type):
            n += 1
            for m in _misses(job, cscd, cn):
                bad += 1
                print(f"seed {job['seed']} {job['type']} k={job['k']}: {m}")
    print(f"{n} documents checked, {bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
