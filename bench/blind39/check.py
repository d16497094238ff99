"""Self-check of draw 39: every scored truth value and the claimed person is printed on the document.

`python -m bench.blind39.check` builds the truth only (no rendering) for a few seeds and prints each miss;
it exits non-zero on any miss.
"""

from __future__ import annotations

import sys
from typing import Any

from bench.blind39 import corpus
from bench.blind39.pools import date_forms, end_forms, hours_s
from bench.generator.truth import get_path

SEEDS = (1, 2, 3, 5, 31)
KIND_WORD = {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"}
QUAL_WORD = {"graduation": "毕业", "master_degree": "硕士学位", "doctor_degree": "博士学位",
             "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试", "computer_exam": "计算机应用能力"}  # fmt: skip
DATES = ("issued_on", "period.start", "patent.applied_on", "patent.granted_on")


def printed(text: str, path: str, value: Any, rec: dict[str, Any]) -> bool:
    if path in DATES:
        return any(f in text for f in date_forms(value))
    if path == "period.end":
        return any(f in text for f in end_forms(value)) if len(value) == 10 else any(f in text for f in date_forms(value))
    if path == "hours_stated":
        return f"{hours_s(value)}学时" in text
    if path == "people":
        return all(p["name"] in text for p in value)
    if path == "journal.issue":
        return any(s in text for s in (f"第{value}期", f"No.{value}", f"{int(value):02d}期"))
    if path == "journal.year":
        return str(value) in text
    if path == "journal.levels":
        return not ({"national", "provincial"} & set(value)) or "主管" in text
    if path == "patent.kind":
        return KIND_WORD[value] in text
    if path == "qualification.kind":
        return QUAL_WORD[value] in text
    if path == "qualification.modules":
        return all(m.replace(" ", "") in text for m in value)
    if path in ("award.kind", "award.level"):
        return True  # read off the giver and the award's name, not printed as such
    return str(value).replace(" ", "") in text


def main() -> int:
    misses, docs, values = [], 0, 0
    for seed in SEEDS:
        for job in corpus.plan(seed, 8):
            r = corpus.truth_only(job)
            docs += 1
            text = "".join(sum(r["lines"], [])).replace(" ", "").replace("\u3000", "")
            ev = r["evidence"]
            for path in r["scored"]:
                value = ev["people"] if path == "people" else get_path(ev, path)
                if value is None:
                    continue
                values += 1
                if not printed(text, path, value, ev):
                    misses.append(f"seed {seed} {r['id']} {r['layout']}: {path}={value!r} not printed")
            values += 1
            if r["claim"]["person"] not in text:
                misses.append(f"seed {seed} {r['id']} {r['layout']}: claimed person {r['claim']['person']} not printed")
    for m in misses:
        print(m)
    print(f"blind39 check: {docs} documents, {values} values checked, {len(misses)} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
