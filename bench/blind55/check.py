"""Self-check of draw 55: `python -m bench.blind55.check [--seeds N] [--per-type N]`.

For several seeds, builds every document's truth and pages and verifies that each scored value, every
date the truth states (in some printed form), the claimed person and the claimed year are printed; that
every text sits inside its page; that journal levels agree with the catalogues and award levels with their
giver; that layouts are named by family. Exits 1 on any miss.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from typing import Any

from bench.blind.page import width_mm
from bench.blind55 import corpus
from bench.blind55.kit import dstr, han_year, mstr
from bench.blind55.pools import FAMILIES, SHARED
from bench.generator.truth import get_path

PT = 25.4 / 72.0
ENUMS = {"award.kind", "award.level", "patent.kind", "qualification.kind", "journal.levels"}


def date_forms(v: str) -> set[str]:
    parts = [int(p) for p in v.split("-")]
    if len(parts) == 2:
        y, m = parts
        return {mstr(y, m, s) for s in ("cn", "han", "dot", "cn0")} | {f"{y}-{m:02d}"}
    d = date(*parts)
    return {dstr(d, s) for s in ("cn", "cn0", "dot", "dash", "slash", "han")}


def year_printed(year: int, text: str) -> bool:
    return str(year) in text or han_year(year) in text


def _levels(name: str, issn: str) -> list[str]:
    """The catalogue levels, read afresh from the shared CSV files."""
    with (SHARED / "data" / "journals-cscd.csv").open(encoding="utf-8") as f:
        rows = {r["name"]: r for r in csv.DictReader(f)}
    row = rows.get(name)
    if row is None or row["database"] != "core" or row["issn"] != issn:
        return ["<not a core row>"]
    out = ["cscd"]
    with (SHARED / "data" / "journals-cn.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["name"] == name:
                out += [lv for lv in r["levels"].split(";") if lv in ("pku_core", "cssci") and lv not in out]
    with (SHARED / "data" / "journals-intl.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if issn in (r["issn"], r["eissn"]) and r["index"] in ("sci", "ssci") and r["index"] not in out:
                out.append(r["index"])
                break
    return out


def award_level(giver: str) -> str:
    if giver.endswith("人民政府"):
        place = giver[: -len("人民政府")]
        if place.endswith("省"):
            return "provincial"
        if place in ("德州市", "开封市"):
            return "municipal"
        return "county"
    return "bureau"


def check_doc(job: dict[str, Any]) -> list[str]:
    doc, _, _ = corpus.build(job)
    rec = doc.record()
    misses: list[str] = []
    texts = []
    for pn, pg in enumerate(doc.pages):
        for op in pg.ops:
            if op[0] != "text":
                continue
            _, x, y, s, size, font, _c = op
            texts.append(s)
            w = width_mm(s, font, size)
            if x < 0.5 or x + w > pg.w - 0.5 or y < 0.5 or y + size * PT > pg.h - 0.5:
                misses.append(f"page {pn + 1}: text outside page: {s[:30]!r}")
    text = "".join(texts).replace(" ", "").replace("\u3000", "")
    fam, _, variant = doc.layout.partition("-")
    if fam != FAMILIES[doc.evidence_type] or not variant:
        misses.append(f"layout name {doc.layout}")

    def printed(s: str) -> bool:
        return s.replace(" ", "") in text

    for path in doc.scored:
        val = get_path(rec, path)
        if path in ENUMS:
            continue
        if path == "people":
            for p in val:
                if not printed(p["name"]):
                    misses.append(f"person {p['name']} not printed")
        elif val is None:
            if path != "holder":
                misses.append(f"scored {path} is null")
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            pass  # all dates are checked below
        elif path == "patent.number":
            if not printed(val[2:]) and not printed(val):
                misses.append(f"{path} {val} not printed")
        elif path == "hours_stated":
            if not any(f"{w}" in text for w in (f"{int(val)}学时", f"{int(val)}课时", f"合计{int(val)}")):
                misses.append(f"hours {val} not printed")
        elif isinstance(val, list):
            for item in val:
                if not printed(item):
                    misses.append(f"{path} item {item} not printed")
        elif not printed(str(val)):
            misses.append(f"{path} {val!r} not printed")
    period = rec.get("period") or {}
    dates = [("issued_on", rec["issued_on"]), ("period.start", period.get("start")),
             ("period.end", period.get("end"))]  # fmt: skip
    if rec["patent"]:
        dates += [
            ("patent.applied_on", rec["patent"]["applied_on"]),
            ("patent.granted_on", rec["patent"]["granted_on"]),
        ]
    for path, v in dates:
        if v is None:
            continue
        forms = date_forms(v)
        if path == "period.end" and len(v) == 10:
            d = date.fromisoformat(v)
            forms |= {f"{d.month}月{d.day}日"}
        if not any(f in text for f in forms):
            misses.append(f"date {path} {v} not printed")
    cl = doc.claim
    if cl.get("policy") not in ("dezhou-2017", "kaifeng-2016"):
        misses.append(f"claim policy {cl.get('policy')}")
    if not printed(cl["person"]):
        misses.append(f"claimed person {cl['person']} not printed")
    if cl["person"] != rec["holder"] and cl["person"] not in [p["name"] for p in rec["people"]]:
        misses.append("claimed person neither holder nor among people")
    if not year_printed(cl["year"], text):
        misses.append(f"claimed year {cl['year']} not printed")
    lo, hi = (2016, 2018) if cl["policy"] == "dezhou-2017" else (2015, 2017)
    if not lo <= cl["year"] <= hi:
        misses.append(f"claimed year {cl['year']} outside {lo}-{hi}")
    for p in rec["people"]:
        if not printed(p["name"]):
            misses.append(f"person {p['name']} not printed")
    if rec["holder"] and not printed(rec["holder"]):
        misses.append(f"holder {rec['holder']} not printed")
    if rec["journal"]:
        j = rec["journal"]
        want = _levels(j["name"], j["issn"])
        if sorted(want) != sorted(j["levels"]):
            misses.append(f"journal levels {j['levels']} != catalogue {want}")
        for key in ("issn", "cn", "name"):
            if not printed(j[key]):
                misses.append(f"journal {key} not printed")
    if rec["award"] and rec["award"]["level"] != award_level(rec["issuer"]):
        misses.append(f"award level {rec['award']['level']} for giver {rec['issuer']}")
    cat = rec.get("category_stated")
    pub, pro = "公需" in text, ("专业科目" in text or "专业课" in text)
    if cat == "public" and not (pub and not pro):
        misses.append("category public not printed alone")
    if cat == "professional" and not (pro and not pub):
        misses.append("category professional not printed alone")
    if (
        cat is None
        and pub != pro
        and doc.evidence_type in ("training_certificate", "training_notice", "sign_in_sheet")
    ):
        misses.append("category printed but not stated in truth")
    return misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind55.check")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=10)
    a = ap.parse_args(argv)
    total = bad = 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed, a.per_type):
            total += 1
            misses = check_doc(job)
            if misses:
                bad += 1
                print(f"seed {seed} #{job['index']} {job['type']}: " + "; ".join(misses))
    print(f"checked {total} documents over {a.seeds} seeds: {bad} with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
