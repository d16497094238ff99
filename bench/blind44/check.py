"""Self-check of draw 44: every scored truth value and the claimed person is printed on the pages.

`python -m bench.blind44.check` renders truth only for a few seeds; prints each miss; exits non-zero on any.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from bench.blind44 import corpus
from bench.blind44.pools import date_forms, tail_forms
from bench.generator.truth import get_path

SEEDS = (1, 5, 17, 31, 44)
KIND_WORDS = {
    "patent.kind": {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"},
    "qualification.kind": {"graduation": "毕业证书", "master_degree": "硕士", "doctor_degree": "博士",
                           "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试",
                           "computer_exam": "计算机应用能力"},
    "award.kind": {"science_technology": "科学技术", "social_science": "社会科学", "competition": "大赛|竞赛|比赛"},
    "award.level": {"provincial": "省人民政府", "municipal": "市人民政府", "county": "(县|区|市)人民政府",
                    "bureau": "(局|厅|委员会)"},
}


def _num(h: float) -> list[str]:
    return [str(int(h))] if float(h).is_integer() else [str(h)]


def misses(rec: dict[str, Any]) -> list[str]:
    ev = rec["evidence"]
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    out = []

    def need(path: str, forms: list[str]) -> None:
        if not any(re.search(f, text) if path in KIND_WORDS else f.replace(" ", "") in text for f in forms):
            shown = forms[0] if path in ("people", "qualification.modules") else get_path(ev, path)
            out.append(f"{rec['id']} {rec['layout']}: {path}={shown!r} not printed")

    for path in rec["scored"]:
        val = get_path(ev, path)
        if path == "people":
            for p in val:
                need("people", [p["name"]])
        elif path in KIND_WORDS:
            need(path, [KIND_WORDS[path][val]])
        elif path == "journal.levels":
            if {"national", "provincial"} & set(val):
                need(path, ["主管"])
        elif path in ("issued_on", "period.start", "patent.applied_on", "patent.granted_on"):
            need(path, date_forms(val))
        elif path == "period.end":
            extra = tail_forms(val) if len(val) == 10 else []
            need(path, date_forms(val) + extra)
        elif path == "hours_stated":
            need(path, _num(val))
        elif path == "qualification.modules":
            for m in val:
                need(path, [m])
        elif path == "journal.year":
            need(path, [str(val)])
        elif path == "holder":
            if val is not None:
                need(path, [val])
        else:
            need(path, [str(val)])
    if rec["claim"]["person"] not in text:
        out.append(f"{rec['id']} {rec['layout']}: claimed person {rec['claim']['person']} not printed")
    return out


def main() -> int:
    bad, n = [], 0
    for seed in SEEDS:
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            bad += [f"seed {seed} " + m for m in misses(rec)]
    for m in bad:
        print(m)
    print(f"blind44 check: {n} documents, {len(bad)} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
