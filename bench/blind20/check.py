"""Draw 20 self-check: every scored truth value is printed on its document's pages.

`python -m bench.blind20.check [--seeds 5 6 7] [--per-type 8]` prints each miss and exits non-zero on any.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from bench.blind20 import corpus
from bench.blind20 import pools as P
from bench.generator.truth import get_path

CAT = {"public": ("公需",), "professional": ("专业科目", "专业课")}


def _day_forms(iso: str) -> set[str]:
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return {P.month(y, m, s).replace(" ", "") for s in P.DATE_STYLES}
    d = dt.date.fromisoformat(iso)
    return {P.day(d, s).replace(" ", "") for s in P.DATE_STYLES}


def _tails(iso: str) -> set[str]:
    """How a period's end may be printed after its start (year, or year and month, left out)."""
    if len(iso) == 7:
        m = int(iso[5:])
        return {f"{m}月", P.han_num(m) + "月", f"{m:02d}月"}
    d = dt.date.fromisoformat(iso)
    out = {f"{d.month}月{d.day}日", f"{d.day}日", f"{d.month:02d}月{d.day:02d}日", f"{d.day:02d}日"}
    return out | {f"{P.han_num(d.month)}月{P.han_num(d.day)}日", f"{P.han_num(d.day)}日"}


def misses(rec: dict) -> list[str]:
    ev = rec["evidence"]
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    out: list[str] = []

    def need(label: str, *forms: str) -> None:
        if not any(f and f.replace(" ", "") in text for f in forms):
            out.append(f"{label}: {forms[0]!r}")

    for path in rec["scored"]:
        v = get_path(ev, path)
        if path == "people":
            for p in v:
                need("people", p["name"])
        elif path in ("holder", "title", "issuer", "journal.name", "book.publisher", "book.edition", "award.name",
                      "award.grade", "qualification.subject", "book.isbn", "journal.issn", "journal.cn"):  # fmt: skip
            if v is not None:
                need(path, v)
        elif path in ("issued_on", "period.start", "patent.applied_on", "patent.granted_on"):
            need(path, *_day_forms(v))
        elif path == "period.end":
            start = get_path(ev, "period.start")
            if not any(f in text for f in _day_forms(v)):
                if not (any(f in text for f in _day_forms(start)) and any(t in text for t in _tails(v))):
                    out.append(f"period.end: {v}")
        elif path == "hours_stated":
            h = f"{v:g}"
            need(path, f"{h}学时", f"学时{h}", f"计{h}", f"学时{h}", f"合计{h}", h)
        elif path == "journal.year":
            need(path, str(v))
        elif path == "journal.volume":
            need(path, f"第{v}卷", f"{v}(", f"/{v}/", f"Vol.{v}")
        elif path == "journal.issue":
            need(path, f"第{v}期", f"({v})", f"/{v}", f"{v}期")
        elif path == "patent.number":
            need(path, v, v[2:])
        elif path == "qualification.modules":
            for m in v:
                need(path, m)
    if ev.get("category_stated"):
        need("category", *CAT[ev["category_stated"]])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind20.check")
    ap.add_argument("--seeds", type=int, nargs="+", default=[5, 6, 7, 31])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seeds:
        for job in corpus.plan(seed, a.per_type):
            rec = corpus.truth_only(job)
            for m in misses(rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: {m}")
    print(f"{bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
