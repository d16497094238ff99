"""Self-check of draw 37: render truth only for a few seeds and verify that every scored truth value and the
claimed person are printed on the pages. Prints each miss; exits non-zero on any.

    python -m bench.blind37.check
"""

from __future__ import annotations

import sys
from typing import Any

from bench.blind37 import corpus
from bench.blind37.pools import date_forms, hours_s
from bench.generator.truth import get_path

SEEDS = (1, 5, 17, 31, 2024)
DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
KIND_WORDS = {
    "patent.kind": {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"},
    "qualification.kind": {"graduation": "毕业证书", "master_degree": "硕士学位", "doctor_degree": "博士学位",
                           "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试",
                           "computer_exam": "计算机应用能力考试"},
}  # fmt: skip
UNCHECKED = (
    "award.kind",
    "award.level",
    "journal.levels",
)  # follow from the issuer / catalogue, not printed words


def misses(rec: dict[str, Any]) -> list[str]:
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    ev, out = rec["evidence"], []

    def need(label: str, s: str) -> None:
        if s.replace(" ", "") not in text:
            out.append(f"{label}: {s!r} not printed")

    need("claim.person", rec["claim"]["person"])
    pub = "公需" in text
    pro = "专业科目" in text or "专业课" in text
    printed = "public" if pub and not pro else "professional" if pro and not pub else None
    if printed != ev.get("category_stated"):
        out.append(f"category_stated: {ev.get('category_stated')} but the page states {printed}")
    for path in rec["scored"]:
        val = get_path(ev, path)
        if path in UNCHECKED:
            continue
        if path == "people":
            for p in ev["people"]:
                need("people", p["name"])
        elif path in DATES:
            if not any(f.replace(" ", "") in text for f in date_forms(val)):
                out.append(f"{path}: {val} printed in no known form")
        elif path == "hours_stated":
            need(path, hours_s(val))
        elif path == "patent.number":
            need(path, val[2:])
        elif path in KIND_WORDS:
            need(path, KIND_WORDS[path][val])
        elif path == "qualification.modules":
            for m in val:
                need(path, m)
        elif path == "journal.year":
            need(path, str(val))
        elif path == "holder":
            if val is not None:
                need(path, val)
        else:
            need(path, str(val))
    return out


def main() -> int:
    bad = 0
    n = 0
    for seed in SEEDS:
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            for m in misses(rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: {m}")
    print(f"blind37 check: {n} documents, {bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
