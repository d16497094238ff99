"""Self-check of draw 54: every truth value, date, name and claim is printed, every text sits on its page, and
journal levels agree with the catalogues. `python -m bench.blind54.check [--seeds N] [--per-type N]`."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from typing import Any

from bench.blind.page import PT_MM, width_mm
from bench.blind54.corpus import DRAWN
from bench.blind54.kit import cn_year, date_forms, hours_text, range_forms
from bench.blind54.pools import DATA
from bench.generator.truth import get_path

KIND_WORDS = {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"}
AWARD_WORDS = {"science_technology": "科学技术进步奖", "social_science": "社会科学优秀成果奖", "competition": "竞赛",
               "other": "奖"}  # fmt: skip
QUAL_WORDS = {"graduation": "毕业证书", "master_degree": "硕士学位", "doctor_degree": "博士学位",
              "postgraduate_courses": "研究生课程进修班", "self_study_exam": "自学考试", "computer_exam": "计算机应用能力考试"}  # fmt: skip
PREFECTURES = ("烟台市", "益阳市")


def _norm(s: str) -> str:
    return re.sub(r"[\W_]", "", s)


def catalogue_levels(name: str, issn: str, cn: str) -> list[str] | None:
    """Levels from the catalogues read afresh: None unless (name, ISSN, CN) is a CSCD core row."""
    with (DATA / "journals-cscd.csv").open(encoding="utf-8") as fh:
        ok = any(r["name"] == name and r["issn"] == issn and r["cn"] == cn and r["database"] == "core"
                 for r in csv.DictReader(fh))  # fmt: skip
    if not ok:
        return None
    levels = {"cscd"}
    with (DATA / "journals-cn.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if _norm(r["name"]) == _norm(name):
                levels |= {t for t in r["levels"].split(";") if t in ("pku_core", "cssci")}
    return sorted(levels)


def _date_printed(iso: str, text: str) -> bool:
    return any(f.replace(" ", "") in text for f in date_forms(iso))


def check_doc(job: dict[str, Any]) -> list[str]:
    doc, _, _ = DRAWN.build(job)
    rec = doc.record()
    tag = f"{job['seed']}/{job['type']}/{job['k']} {doc.layout}"
    text = (
        "".join(op[3] for pg in doc.pages for op in pg.ops if op[0] == "text")
        .replace(" ", "")
        .replace("\u3000", "")
    )
    miss: list[str] = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            miss.append(f"{tag}: {what}")

    # text inside the page
    for i, pg in enumerate(doc.pages):
        for op in pg.ops:
            if op[0] != "text":
                continue
            _, x, y, s, size, font, _c = op
            wd = width_mm(s, font, size)
            need(
                x >= 0 and y >= 0 and x + wd <= pg.w + 0.01 and y + size * PT_MM * 1.15 <= pg.h,
                f"p{i + 1} off page: {s[:20]}",
            )
    # names
    for p in rec["people"]:
        need(p["name"].replace(" ", "") in text, f"person {p['name']} not printed")
    if rec["holder"]:
        need(rec["holder"] in text, "holder not printed")
    claim = doc.claim
    names = [p["name"] for p in rec["people"]]
    need(claim["person"] == rec["holder"] or claim["person"] in names, "claimed person not on the record")
    need(claim["person"] in text, "claimed person not printed")
    need(str(claim["year"]) in text or cn_year(claim["year"]) in text, "claim year not printed")
    need(claim["policy"] in ("yantai-2020", "yiyang-2018"), "policy")
    # every truth date
    dates = [rec["issued_on"]]
    per = rec["period"] or {}
    if rec["patent"]:
        dates += [rec["patent"]["applied_on"], rec["patent"]["granted_on"]]
    for d in [d for d in dates if d]:
        need(_date_printed(d, text), f"date {d} not printed")
    if per.get("start") and per.get("end"):
        ok = any(f in text for f in range_forms(per["start"], per["end"])) or (
            _date_printed(per["start"], text) and _date_printed(per["end"], text)
        )
        need(ok, f"period {per} not printed")
    # scored values
    for path in doc.scored:
        val = get_path(rec, path)
        if val is None and path == "holder":
            continue
        if (
            path == "people"
            or path in ("issued_on", "period.start", "period.end")
            or path.startswith("patent.")
            and path.endswith("_on")
        ):
            continue
        if path == "hours_stated":
            h = hours_text(val)
            need(any(f"{h}{u}" in text for u in ("学时", "课时", "小时")), f"hours {h}")
        elif path == "journal.levels":
            j = rec["journal"]
            need(catalogue_levels(j["name"], j["issn"], j["cn"]) == sorted(val), f"levels {val}")
        elif path == "journal.year":
            need(str(val) in text, "journal year")
        elif path == "journal.volume":
            need(any(f in text for f in (f"第{val}卷", f"Vol.{val}", f",{val}(")), f"volume {val}")
        elif path == "journal.issue":
            need(any(f in text for f in (f"第{val}期", f"No.{val}", f"({val})")), f"issue {val}")
        elif path == "patent.kind":
            need(KIND_WORDS[val] in text, "patent kind")
        elif path == "patent.number":
            need(val in text, f"patent number {val}")
        elif path == "award.kind":
            need(AWARD_WORDS[val] in text, "award kind")
        elif path == "award.level":
            iss = rec["issuer"]
            gov = iss.endswith("人民政府")
            want = ("bureau" if not gov else "provincial" if iss.endswith("省人民政府")
                    else "municipal" if iss[:-4] in PREFECTURES else "county")  # fmt: skip
            need(val == want, f"award level {val} for {iss}")
        elif path == "qualification.kind":
            need(QUAL_WORDS[val] in text, "qualification kind")
        elif path == "qualification.modules":
            need(all(m.replace(" ", "") in text for m in val), "modules")
        else:
            need(str(val).replace(" ", "") in text, f"{path}={val}")
    return miss


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind54.check")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    misses: list[str] = []
    n = 0
    for seed in range(1, a.seeds + 1):
        for job in DRAWN.plan(seed, a.per_type):
            misses += check_doc(job)
            n += 1
    for m in misses:
        print(m)
    print(f"{n} documents checked, {len(misses)} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
