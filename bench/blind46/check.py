"""Self-check of draw 46: every scored truth value and each claimed person is printed on the pages.

`python -m bench.blind46.check` renders truth only (no images) for a few seeds and prints each miss."""

from __future__ import annotations

import datetime as dt
import sys

from bench.blind46 import corpus
from bench.blind46.pools import date_forms, fd, hours_s
from bench.generator.truth import get_path

SEEDS = (1, 5, 31, 77)
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计",
             "graduation": "毕业", "master_degree": "硕士", "doctor_degree": "博士",
             "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试", "computer_exam": "计算机应用能力"}
AWARD_KIND = {"science_technology": "科", "social_science": "社会科学", "competition": "", "other": ""}
LEVEL_WORD = {"provincial": "省", "municipal": "市", "county": "市", "bureau": "", "national": ""}


def _end_forms(start: str, end: str) -> list[str]:
    """An end date printed after its start with the repeated year (and month) left out."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    out = []
    for style, tails in (("cn", [f"{b.month}月{b.day}日", f"{b.day}日"]),
                         ("cn_pad", [f"{b.month:02d}月{b.day:02d}日", f"{b.day:02d}日"])):
        for sep in ("至", "—", "-"):
            out += [fd(a, style) + sep + t for t in tails]
    return out


def misses(rec: dict) -> list[str]:
    ev = rec["evidence"]
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    out = []

    def has(s: str) -> bool:
        return s.replace(" ", "").replace("\u3000", "") in text

    if not has(rec["claim"]["person"]):
        out.append(f"claim person {rec['claim']['person']}")
    for path in rec["scored"]:
        val = get_path(ev, path)
        if path == "people":
            out += [f"person {p['name']}" for p in val if not has(p["name"])]
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            forms = date_forms(val)
            if path == "period.end" and ev["period"]["start"] and len(val) == 10:
                forms += _end_forms(ev["period"]["start"], val)
            if not any(has(f) for f in forms):
                out.append(f"{path} {val}")
        elif path == "hours_stated":
            if not has(hours_s(val) + "学时") and not has(hours_s(val) + "credit"):
                out.append(f"hours {val}")
        elif path == "journal.levels":
            if "national" in val or "provincial" in val:
                if not has("主管"):
                    out.append("journal.levels without 主管")
        elif path in ("patent.kind", "qualification.kind"):
            if not has(KIND_WORD[val]):
                out.append(f"{path} {val}")
        elif path == "award.kind":
            if not has(AWARD_KIND[val]):
                out.append(f"{path} {val}")
        elif path == "award.level":
            if val and not has(LEVEL_WORD[val]):
                out.append(f"{path} {val}")
        elif path == "qualification.modules":
            out += [f"module {m}" for m in val if not has(m)]
        elif path == "patent.number":
            if not has(val):
                out.append(f"{path} {val}")
        elif val is not None and not has(str(val)):
            out.append(f"{path} {val}")
        elif val is None and path not in ("holder",):
            out.append(f"{path} is null")
    return out


def main() -> int:
    bad = n = 0
    for seed in SEEDS:
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            for m in misses(rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: {m} not printed")
    print(f"draw 46 self-check: {n} documents, {bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
