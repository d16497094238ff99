"""Check that every scored truth value of draw 31 (and each claimed person) is printed on its pages.

`python -m bench.blind31.check [--seed S] [--per-type N]` prints the misses and exits non-zero if any.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import Any

from bench.blind31 import corpus
from bench.blind31.pools import STYLES, fmt, fmt_m, fmt_span, hours_s

DATE_FIELDS = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")


def _get(rec: dict, path: str) -> Any:
    cur: Any = rec
    for p in path.split("."):
        cur = cur.get(p) if isinstance(cur, dict) else None
    return cur


def _date_forms(v: str) -> set[str]:
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:])
        return {fmt_m(y, m, s) for s in STYLES} | {f"{y}.{m}"}
    d = dt.date.fromisoformat(v)
    return {fmt(d, s) for s in STYLES} | {f"{d.month}月{d.day}日", f"{d.day}日"}


def _span_ok(ev: dict, text: str) -> bool:
    p = ev.get("period") or {}
    if not p.get("start") or not p.get("end") or len(p["start"]) == 7:
        return False
    a, b = dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"])
    return any(fmt_span(a, b, s, sep).replace(" ", "") in text for s in STYLES for sep in ("至", "—", "-"))


def misses(r: dict) -> list[str]:
    ev = r["evidence"]
    text = "".join(sum(r["lines"], [])).replace(" ", "").replace("\u3000", "")
    out = []

    def need(label: str, value: Any) -> None:
        if value is not None and str(value).replace(" ", "") not in text:
            out.append(f"{label}={value!r}")

    for path in r["scored"]:
        val = _get(ev, path)
        if path == "people":
            for p in ev["people"]:
                need("people", p["name"])
        elif path in DATE_FIELDS:
            forms = {f.replace(" ", "") for f in _date_forms(val)}
            full = {f for f in forms if len(f) > 4 and ("年" in f[:5] or not f.endswith("日"))}
            if not any(f in text for f in full) and not (path.startswith("period") and _span_ok(ev, text)):
                out.append(f"{path}={val!r}")
        elif path == "hours_stated":
            if not re.search(
                rf"(?<![\d.]){re.escape(hours_s(val))}(?![\d.])\s*学时|学时[：:]?{re.escape(hours_s(val))}|获得学时{re.escape(hours_s(val))}",
                text,
            ):
                out.append(f"hours={val!r}")
        elif path in ("journal.levels", "award.kind", "award.level", "patent.kind", "qualification.kind"):
            continue
        elif path == "journal.year":
            need(path, val)
        elif path == "journal.volume":
            need(path, f"第{val}卷")
        elif path == "journal.issue":
            need(path, f"第{val}期")
        elif path == "qualification.modules":
            for m in val:
                need(path, m)
        elif path == "award.name" or path == "patent.number":
            need(path, val)
        else:
            need(path, val)
    if ev["journal"] and "journal.levels" in r["scored"]:
        has_sup = "主管" in text
        if ("national" in ev["journal"]["levels"] or "provincial" in ev["journal"]["levels"]) != has_sup:
            out.append("levels vs 主管")
    need("claim", r["claim"]["person"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind31.check")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for job in corpus.plan(a.seed, a.per_type):
        r = corpus.truth_only(job)
        m = misses(r)
        if m:
            bad += 1
            print(r["id"], r["layout"], "; ".join(m))
    print(f"{bad} records with unprinted truth")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
