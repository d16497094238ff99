"""`python -m bench.blind38.check`: render truth only for a few seeds and verify that every scored value and
the claimed person are printed on the pages; print each miss and exit non-zero on any."""

from __future__ import annotations

import re
import sys
from typing import Any

from bench.blind38 import corpus
from bench.blind38.pools import all_forms, hours_s
from bench.generator.truth import get_path

SEEDS = (1, 5, 31, 77, 2024)
DATE_FIELDS = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
KIND_WORDS = {
    "patent.kind": {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"},
    "qualification.kind": {"graduation": "毕业证书", "master_degree": "硕士", "doctor_degree": "博士",
                           "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试",
                           "computer_exam": "计算机应用能力"},
}  # fmt: skip
ENUMS = ("journal.levels", "award.kind", "award.level")  # not printed as such


def _text(rec: dict[str, Any]) -> str:
    return "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")


def misses(rec: dict[str, Any]) -> list[str]:
    ev, text, out = rec["evidence"], _text(rec), []

    def need(label: str, s: str) -> None:
        if s.replace(" ", "") not in text:
            out.append(f"{label}: {s!r} not printed")

    for path in rec["scored"]:
        val = get_path(ev, path)
        if path in ENUMS:
            continue
        if path == "people":
            for p in ev["people"]:
                need("people", p["name"])
        elif path in DATE_FIELDS:
            if not any(f.replace(" ", "") in text for f in all_forms(val)):
                out.append(f"{path}: {val} printed in no known form")
        elif path == "hours_stated":
            if not re.search(rf"(?<![\d.]){re.escape(hours_s(val))}(?![\d.])", text):
                out.append(f"hours_stated: {val} not printed")
        elif path in KIND_WORDS:
            need(path, KIND_WORDS[path][val])
        elif path == "journal.year":
            need(path, str(val))
        elif path == "qualification.modules":
            for m in val:
                need(path, m)
        elif path == "holder":
            if val is not None:
                need(path, val)
        else:
            need(path, str(val))
    need("claim.person", rec["claim"]["person"])
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
    print(f"blind38 check: {n} documents, {bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
