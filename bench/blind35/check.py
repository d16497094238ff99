"""Draw 35's own check: every scored truth value and the claimed person are printed on the document.

`python -m bench.blind35.check [--seeds 5 31] [--per-type 8]` exits non-zero listing any value it cannot find.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from bench.blind35 import corpus
from bench.blind35.pools import STYLES, d, mo
from bench.generator.truth import get_path

KIND_WORDS = {
    "invention": "发明",
    "utility_model": "实用新型",
    "design": "外观设计",
    "graduation": "毕业",
    "master_degree": "硕士",
    "doctor_degree": "博士",
    "postgraduate_courses": "研究生课程",
    "self_study_exam": "自学考试",
    "computer_exam": "计算机",
}


def _squash(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def _texts(rec: dict[str, Any], doc: Any) -> str:
    lines = "".join(sum(rec["lines"], []))
    ops = "".join(op[3] for pg in doc.pages for op in pg.ops if op[0] == "text")
    return _squash(lines) + "\n" + _squash(ops)


def _date_forms(v: str) -> list[str]:
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:])
        return [mo(y, m, st) for st in STYLES]
    x = dt.date.fromisoformat(v)
    forms = [d(x, st) for st in STYLES]
    forms += [f.split("年", 1)[1] for f in forms[:2]]  # a range's end without its year
    return forms


def problems(rec: dict[str, Any], doc: Any) -> list[str]:
    text = _texts(rec, doc)
    ev = rec["evidence"]
    out = []

    def need(label: str, forms: list[str]) -> None:
        if not any(_squash(f) in text for f in forms):
            out.append(f"{label}: {forms[0]!r}")

    for path in rec["scored"]:
        v = get_path(ev, path)
        if path == "people":
            for p in v:
                need("people", [p["name"]])
        elif path == "journal.levels":
            if {"national", "provincial"} & set(v):
                need(path, ["主管"])
        elif path in ("award.kind", "award.level"):
            continue
        elif v is None:
            continue
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            need(path, _date_forms(v))
        elif path == "hours_stated":
            need(path, [f"{v:g}"])
        elif path == "patent.number":
            need(path, [v, v[2:], f"ZL{v[2:6]}{v[6]}{v[7:]}"])
        elif path in ("patent.kind", "qualification.kind"):
            need(path, [KIND_WORDS[v]])
        elif path == "journal.year":
            need(path, [str(v)])
        elif path == "journal.volume":
            need(path, [f"第{v}卷", f"Vol.{v}"])
        elif path == "journal.issue":
            need(path, [f"第{v}期", f"No.{v}"])
        elif path == "qualification.modules":
            for m in v:
                need(path, [m])
        else:
            need(path, [str(v)])
    need("claim", [rec["claim"]["person"]])
    if ev.get("holder"):
        need("holder", [ev["holder"]])
    cat = ev.get("category_stated")
    if cat:
        need("category", {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}[cat])
    elif rec["evidence_type"] == "training_certificate":
        for w in ("公需", "专业科目", "专业课"):
            if w in text:
                out.append(f"category null but {w} printed")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind35.check")
    ap.add_argument("--seeds", type=int, nargs="+", default=[5, 31])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seeds:
        for job in corpus.plan(seed, a.per_type):
            rec = corpus.truth_only(job)
            doc, _, _ = corpus.build(job)
            for p in problems(rec, doc):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: {p}")
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
