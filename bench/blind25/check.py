"""Self-check of draw 25: every scored truth value and the claimed person are printed on the document's pages.

`python -m bench.blind25.check [--seeds 5 6 7] [--per-type 8]` prints each problem and exits non-zero on any."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import Any

from bench.blind25 import corpus
from bench.blind25.pools import STYLES, day, month


def _date_forms(v: str) -> list[str]:
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:])
        return [month(y, m, s) for s in STYLES]
    d = dt.date.fromisoformat(v)
    return [day(d, s) for s in STYLES]


def _end_forms(v: str) -> list[str]:
    if len(v) == 7:
        return _date_forms(v)
    d = dt.date.fromisoformat(v)
    return _date_forms(v) + [f"至{d.month}月{d.day}日", f"至{d.month:02d}月{d.day:02d}日", f"至{d.day}日",
                             f"至{d.day:02d}日"]  # fmt: skip


def _get(rec: dict[str, Any], path: str) -> Any:
    cur: Any = rec
    for p in path.split("."):
        cur = cur.get(p) if isinstance(cur, dict) else None
    return cur


def problems(r: dict[str, Any]) -> list[str]:
    ev = r["evidence"]
    text = "".join(sum(r["lines"], [])).replace(" ", "").replace("\u3000", "")
    out: list[str] = []

    def need(what: str, forms: list[str]) -> None:
        if not any(f.replace(" ", "").replace("\u3000", "") in text for f in forms):
            out.append(f"{r['id']} {r['layout']}: {what} {forms[0]!r} not printed")

    for path in r["scored"]:
        v = _get(ev, path)
        if v is None or path in (
            "journal.levels",
            "patent.kind",
            "award.kind",
            "award.level",
            "qualification.kind",
        ):
            continue
        if path == "people":
            for p in v:
                need("person", [p["name"]])
        elif path in ("issued_on", "patent.applied_on", "patent.granted_on", "period.start"):
            need(path, _date_forms(v))
        elif path == "period.end":
            need(path, _end_forms(v))
        elif path == "hours_stated":
            need(path, [f"{v:g}学时", f"{v:g}", f"{v:.1f}"])
        elif path == "patent.number":
            need(path, [v, v[2:]])
        elif path == "qualification.modules":
            for m in v:
                need("module", [m])
        elif path == "journal.issue":
            need(path, [f"第{v}期", f"({v})", f"No.{v}"])
        elif path == "journal.volume":
            need(path, [f"第{v}卷", f"{v}("])
        else:
            need(path, [str(v)])
    if ev["journal"]:
        need("journal.name", [ev["journal"]["name"]])
    if ev["award"]:
        need("award.grade", [ev["award"]["grade"]])
    need("claim", [r["claim"]["person"]])
    if ev.get("category_stated"):
        need("category", ["公需科目"] if ev["category_stated"] == "public" else ["专业科目"])
    if re.search(r"\d{4}年度", ev.get("title") or "") and ev["evidence_type"] == "award_certificate":
        out.append(f"{r['id']}: award title keeps a year")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind25.check")
    ap.add_argument("--seeds", type=int, nargs="*", default=[5, 6, 7, 31])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = []
    n = 0
    for seed in a.seeds:
        for job in corpus.plan(seed, a.per_type):
            bad += problems(corpus.truth_only(job))
            n += 1
    for b in bad:
        print(b)
    print(f"{n} records checked, {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
