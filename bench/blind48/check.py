"""Self-check of draw 48: render truth only for a few seeds and confirm every scored value, and the claimed
person, is printed on the pages. `python -m bench.blind48.check` prints each miss and exits non-zero on any."""

from __future__ import annotations

import sys
from typing import Any

from bench.blind48 import corpus
from bench.blind48.pools import all_date_forms
from bench.generator.truth import get_path

SEEDS = (1, 2, 3, 5, 8, 13)
KIND_WORD = {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"}
QUAL_WORD = {"graduation": "毕业", "master_degree": "硕士学位", "doctor_degree": "博士学位",
             "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试", "computer_exam": "计算机应用能力"}  # fmt: skip


def _clean(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def _date_printed(iso: str, text: str, end: bool) -> bool:
    forms = all_date_forms(iso)
    if end and len(iso) == 10:
        m, d = int(iso[5:7]), int(iso[8:10])
        forms += [f"至{m}月{d}日", f"至{m:02d}月{d:02d}日", f"—{m}月{d}日", f"—{m:02d}月{d:02d}日"]
    return any(f in text for f in forms)


def misses(rec: dict[str, Any]) -> list[str]:
    ev, text = rec["evidence"], _clean("".join(sum(rec["lines"], [])))
    out: list[str] = []

    def need(label: str, s: Any) -> None:
        if s is None or _clean(str(s)) not in text:
            out.append(f"{label}={s!r}")

    need("claim.person", rec["claim"]["person"])
    for path in rec["scored"]:
        val = get_path(ev, path)
        if path == "people":
            for p in ev["people"]:
                need("people", p["name"])
        elif path in ("holder", "title", "issuer", "journal.name", "journal.issn", "journal.cn", "journal.volume",
                      "award.name", "award.grade", "book.isbn", "book.publisher", "book.edition",
                      "qualification.subject", "patent.number"):  # fmt: skip
            if val is not None or path != "holder":
                need(path, val)
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            if val is None or not _date_printed(val, text, path == "period.end"):
                out.append(f"{path}={val!r}")
        elif path == "hours_stated":
            need(path, f"{val:g}")
        elif path == "journal.year":
            need(path, str(val))
        elif path == "journal.issue":
            if not any(f in text for f in (f"第{val}期", f"No.{val}", f"({val})", f"，{val}")):
                out.append(f"{path}={val!r}")
        elif path == "patent.kind":
            need(path, KIND_WORD[val])
        elif path == "qualification.kind":
            need(path, QUAL_WORD[val])
        elif path == "qualification.modules":
            for m in val or []:
                need(path, m)
        elif path in ("journal.levels", "award.kind", "award.level"):
            pass  # catalogue / giver facts, not printed words
        else:
            out.append(f"{path}: no check")
    return out


def main() -> int:
    bad = n = 0
    for seed in SEEDS:
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            for m in misses(rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: missing {m}")
    print(f"draw 48 self-check: {n} documents, {len(SEEDS)} seeds, {bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
