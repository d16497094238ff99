"""Self-check of draw 26: every scored truth value and the claimed person are printed on the record's pages.

`python -m bench.blind26.check [--seed S] [--per-type N]` prints each miss and exits non-zero on any."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import Any

from bench.blind26 import corpus
from bench.blind26.pools import DATE_STYLES, cn_small, dstr, mstr
from bench.generator.truth import get_path

NUMERIC = ("hours_stated", "journal.year", "journal.volume", "journal.issue")
KIND_WORDS = {
    "invention": "发明", "utility_model": "实用新型", "design": "外观设计", "graduation": "毕业",
    "master_degree": "硕士", "doctor_degree": "博士", "postgraduate_courses": "研究生课程",
    "self_study_exam": "自学考试", "computer_exam": "计算机",
}  # fmt: skip
LEVEL_WORDS = {"municipal": "市人民政府", "county": "人民政府", "bureau": "局|厅", "provincial": "省人民政府"}


def _flat(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def date_forms(v: str) -> set[str]:
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:])
        return {_flat(mstr(y, m, st)) for st in DATE_STYLES} | {f"{y}.{m:02d}", f"{y}.{m}"}
    d = dt.date.fromisoformat(v)
    forms = {_flat(dstr(d, st)) for st in DATE_STYLES}
    forms |= {f"{d.year}/{d.month}/{d.day}", f"{d.month}月{d.day}日", f"{d.year}.{d.month}.{d.day}"}
    return forms


def _end_forms(v: str) -> set[str]:
    if len(v) == 7:
        return date_forms(v)
    d = dt.date.fromisoformat(v)
    return date_forms(v) | {f"至{d.day}日", f"至{d.day:02d}日", f"—{d.day}日", f"—{d.day:02d}日"}


def misses(rec: dict[str, Any]) -> list[str]:
    text = _flat("".join(sum(rec["lines"], [])))
    ev, out = rec["evidence"], []
    for path in rec["scored"]:
        val = get_path(ev, path)
        if path == "people":
            out += [f"people:{p['name']}" for p in val if p["name"] not in text]
        elif path in ("holder", "journal.levels") and not val:
            continue
        elif path in ("issued_on", "period.start", "patent.applied_on", "patent.granted_on"):
            if not any(f in text for f in date_forms(val)):
                out.append(f"{path}:{val}")
        elif path == "period.end":
            if not any(f in text for f in _end_forms(val)):
                out.append(f"{path}:{val}")
        elif path in NUMERIC:
            n = int(val) if isinstance(val, float) and val.is_integer() else val
            if str(n) not in text and (not isinstance(n, int) or n >= 100 or cn_small(n) not in text):
                out.append(f"{path}:{val}")
        elif path == "patent.number":
            if val not in text:
                out.append(f"{path}:{val}")
        elif path == "book.isbn":
            if val not in text:
                out.append(f"{path}:{val}")
        elif path in ("patent.kind", "qualification.kind"):
            if KIND_WORDS[val] not in text:
                out.append(f"{path}:{val}")
        elif path == "award.level":
            if val and not re.search(LEVEL_WORDS.get(val, "x^"), ev["issuer"] or ""):
                out.append(f"{path}:{val}")
        elif path == "award.kind":
            continue
        elif path == "qualification.modules":
            out += [f"module:{m}" for m in val if _flat(m) not in text]
        elif path == "journal.levels":
            continue
        elif isinstance(val, str) and _flat(val) not in text:
            out.append(f"{path}:{val}")
    if rec["claim"]["person"] not in text:
        out.append(f"claim:{rec['claim']['person']}")
    issued = ev.get("issued_on") or ""
    if rec["claim"]["year"] != int(issued[:4] or rec["claim"]["year"]) and ev["evidence_type"] not in (
        "training_notice",
        "training_certificate",
        "sign_in_sheet",
    ):
        out.append(f"claim.year:{rec['claim']['year']}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind26.check")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for job in corpus.plan(a.seed, a.per_type):
        rec = corpus.truth_only(job)
        m = misses(rec)
        if m:
            bad += 1
            print(rec["id"], rec["layout"], m)
    print(f"{bad} records with misses")
    return int(bad > 0)


if __name__ == "__main__":
    sys.exit(main())
