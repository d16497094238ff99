"""`python -m bench.blind60.check [--seeds N] [--per-type N]`: build every document of draw 60 for several seeds
and check that its truth is printed on it, sits inside its pages and agrees with the contract and catalogues."""

from __future__ import annotations

import argparse
import csv
import functools
import json
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema

from bench.blind.page import width_mm
from bench.blind60 import corpus
from bench.blind60.kit import date_forms, han_year, short_forms
from bench.blind60.pools import VARIANTS, isbn_digit, issn_digit, zl_check
from bench.generator.truth import SCORED, get_path
from models.contract import Evidence

PT_MM = 25.4 / 72.0
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
HOURS = "(学时|课时|小时)"
KIND_WORDS = {
    "invention": "发明专利证书", "utility_model": "实用新型专利证书", "design": "外观设计专利证书",
    "graduation": "毕业证书", "master_degree": "硕士学位", "doctor_degree": "博士学位",
    "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试", "computer_exam": "计算机应用能力",
    "science_technology": "科学技术|科技|技术推广", "social_science": "社会科学", "competition": "竞赛|大赛|比赛",
}  # fmt: skip
NATIONAL_BODIES = ("中国科学技术协会", "中国科学院", "中国农业科学院", "中国气象局", "国家卫生健康委员会")


@functools.cache
def catalogues() -> tuple[dict, dict, dict]:
    with open(SHARED / "data" / "journals-cscd.csv", encoding="utf-8") as f:
        cscd = {r["issn"]: r for r in csv.DictReader(f)}
    with open(SHARED / "data" / "journals-cn.csv", encoding="utf-8") as f:
        cn: dict[str, set[str]] = {}
        for r in csv.DictReader(f):
            name = re.split(r"（原[:：]", r["name"].strip("《》"))[0]
            cn.setdefault(name, set()).update(x for x in r["levels"].split(",") if x)
    with open(SHARED / "data" / "journals-intl.csv", encoding="utf-8") as f:
        intl: dict[str, set[str]] = {}
        for r in csv.DictReader(f):
            for k in (r["issn"], r["eissn"]):
                if k:
                    intl.setdefault(k, set()).add(r["index"])
    return cscd, cn, intl


def expected_levels(j: dict, text: str) -> set[str]:
    cscd, cn, intl = catalogues()
    out: set[str] = set()
    row = cscd.get(j["issn"])
    if row and row["cn"] == j["cn"] and row["name"] == j["name"] and row["database"] == "core":
        out.add("cscd")
    out |= cn.get(j["name"], set()) & {"pku_core", "cssci"}
    out |= intl.get(j["issn"], set()) & {"sci", "ssci"}
    m = re.search(r"主管：([^主]+?)(主办|$)", text)
    if m:
        body = m.group(1)
        if body.startswith("中华人民共和国") or body in NATIONAL_BODIES:
            out.add("national")
        elif body.startswith("山东省"):
            out.add("provincial")
        elif "市" in body:
            out.add("municipal")
    return out


def _date_printed(value: str, text: str) -> bool:
    if any(f in text for f in date_forms(value)):
        return True
    year = value[:4]
    year_seen = year in text or han_year(int(year)) in text
    return len(value) == 10 and year_seen and any(f in text for f in short_forms(value))


def check_record(r: dict[str, Any], doc: Any) -> list[str]:
    ev, rid = r["evidence"], f"{r['id']} {r['layout']}"
    text = "".join(sum(r["lines"], [])).replace(" ", "").replace("\u3000", "")
    bad: list[str] = []
    validator = jsonschema.Draft202012Validator(
        json.loads((SHARED / "contract" / "evidence.schema.json").read_text())
    )
    bad += [f"{rid}: schema {e.message}" for e in validator.iter_errors(ev)]
    Evidence.model_validate(ev)
    if not set(r["scored"]) <= set(SCORED[ev["evidence_type"]]):
        bad.append(f"{rid}: scored outside SCORED")
    for path in r["scored"]:
        val = get_path(ev, path)
        if path == "people":
            bad += [f"{rid}: person {p['name']} not printed" for p in ev["people"] if p["name"] not in text]
            if not ev["people"]:
                bad.append(f"{rid}: people scored but empty")
            continue
        if val is None:
            bad.append(f"{rid}: {path} scored but null")
            continue
        leaf = path.split(".")[-1]
        if path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            ok = _date_printed(val, text)
        elif path == "hours_stated":
            h = f"{val:g}"
            ok = bool(re.search(rf"{h}{HOURS}|{HOURS}[：:]?{h}(?!\d)|合计{h}(?!\d)", text))
        elif path == "patent.number":
            ok = val in text
        elif leaf == "kind":
            ok = bool(re.search(KIND_WORDS[val], text))
        elif path == "award.level":
            iss = ev["issuer"]
            ok = {"provincial": iss == "山东省人民政府", "municipal": iss in ("泰安市人民政府", "烟台市人民政府"),
                  "county": iss.endswith("人民政府") and iss[:3] not in ("泰安市", "烟台市", "山东省"),
                  "bureau": not iss.endswith("人民政府"), "national": False}[val]  # fmt: skip
        elif path == "journal.levels":
            ok = set(val) == expected_levels(ev["journal"], text)
        elif path == "journal.year":
            ok = str(val) in text
        elif path == "journal.volume":
            ok = f"第{val}卷" in text or f"Vol.{val}" in text
        elif path == "journal.issue":
            ok = f"第{val}期" in text or f"No.{val}" in text
        elif path == "qualification.modules":
            ok = all(m.replace(" ", "") in text for m in val)
        else:
            ok = str(val).replace(" ", "") in text
        if not ok:
            bad.append(f"{rid}: {path}={val!r} not printed")
    for path in ("issued_on", "period.start", "period.end"):  # every truth date, scored or not
        val = get_path(ev, path)
        if val and not _date_printed(val, text):
            bad.append(f"{rid}: date {path}={val} not printed")
    claim = r["claim"]
    if claim["person"] not in text:
        bad.append(f"{rid}: claimed person not printed")
    if claim["person"] != ev["holder"] and claim["person"] not in [p["name"] for p in ev["people"]]:
        bad.append(f"{rid}: claimed person not on the proof's truth")
    y = claim["year"]
    if str(y) not in text and han_year(y) not in text:
        bad.append(f"{rid}: claimed year not printed")
    if claim["policy"] not in ("taian-2022", "yantai-2020") or y != int(claim["policy"][-4:]):
        bad.append(f"{rid}: claim policy/year")
    cat = ev.get("category_stated")
    pub, pro = "公需" in text, bool(re.search("专业科目|专业课", text))
    if cat == "public" and not pub or cat == "professional" and not pro:
        bad.append(f"{rid}: category {cat} not printed")
    if cat is None and pub != pro:
        bad.append(f"{rid}: a category is printed but category_stated is null")
    if ev["journal"]:
        j = ev["journal"]
        if issn_digit(j["issn"][:4] + j["issn"][5:8]) != j["issn"][-1]:
            bad.append(f"{rid}: ISSN check digit")
    if ev["patent"]:
        n = ev["patent"]["number"]
        if zl_check(n[2:14]) != n[-1]:
            bad.append(f"{rid}: ZL check digit")
    if ev["book"] and ev["book"]["isbn"]:
        dg = re.sub(r"\D", "", ev["book"]["isbn"])
        if isbn_digit(dg[:12]) != dg[12]:
            bad.append(f"{rid}: ISBN check digit")
    for i, pg in enumerate(doc.pages):
        for op in pg.ops:
            if op[0] == "text":
                _, x, yy, s, size, font, _ = op
                w = width_mm(s, font, size)
                if x < 0 or yy < 0 or x + w > pg.w + 0.01 or yy + size * PT_MM > pg.h:
                    bad.append(f"{rid}: page {i + 1} text outside: {s[:20]!r} ({x:.1f},{yy:.1f},{w:.1f})")
            elif op[0] == "seal":
                _, cx, cy, rr, _, _ = op
                if cx - rr < 0 or cy - rr < 0 or cx + rr > pg.w or cy + rr > pg.h:
                    bad.append(f"{rid}: page {i + 1} seal outside")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind60.check")
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad: list[str] = []
    layouts: set[str] = set()
    n = 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed, a.per_type):
            doc, _, _ = corpus.build(job)
            r = corpus.truth_only(job)
            layouts.add(r["layout"].split("-", 1)[1])
            bad += check_record(r, doc)
            n += 1
    for key, vs in VARIANTS.items():
        bad += [f"{key}: variant {v} never drawn" for v in vs if v not in layouts]
    for b in bad:
        print(b)
    print(f"{n} documents, {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
