"""Self-check of draw 29: every scored truth value and the claimed person are printed on the pages.

`python -m bench.blind29.check [--seeds 5 31 ...]` builds the per-type-8 plan of each seed (no rendering)
and lists any record whose truth is not printed; exits non-zero when there is one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

from bench.blind29.corpus import plan, truth_only
from bench.blind29.pools import DSTYLES, day, han_n, month


def _flat(lines: list[list[str]]) -> str:
    return "".join(sum(lines, [])).replace(" ", "").replace("\u3000", "")


def _date_forms(v: str, tail: bool) -> set[str]:
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = int(v[:4]), int(v[5:])
        forms = {month(y, m, s) for s in DSTYLES} | {f"{y}.{m}"}
        return {f.replace(" ", "") for f in forms}
    d = dt.date.fromisoformat(v)
    forms = {day(d, s) for s in DSTYLES}
    if tail:
        forms |= {f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日", f"{han_n(d.month)}月{han_n(d.day)}日",
                  f"至{d.day}日", f"至{d.day:02d}日", f"—{d.day}日", f"—{d.day:02d}日"}  # fmt: skip
    return {f.replace(" ", "") for f in forms}


def problems(rec: dict) -> list[str]:
    text = _flat(rec["lines"])
    ev, sc, out = rec["evidence"], set(rec["scored"]), []

    def need(label: str, s: str | None) -> None:
        if s is None or s.replace(" ", "") not in text:
            out.append(f"{label}={s!r} not printed")

    if rec["claim"]["person"] not in text:
        out.append(f"claim {rec['claim']['person']} not printed")
    if "holder" in sc and ev["holder"]:
        need("holder", ev["holder"])
    if "people" in sc:
        for p in ev["people"]:
            need("person", p["name"])
    for key in ("title", "issuer"):
        if key in sc:
            need(key, ev[key])
    for key, tail in (("issued_on", False), ("period.start", False), ("period.end", True)):
        if key in sc:
            v = ev["issued_on"] if key == "issued_on" else ev["period"][key.split(".")[1]]
            if not any(f in text for f in _date_forms(v, tail)):
                out.append(f"{key}={v} not printed")
    if "hours_stated" in sc:
        h = ev["hours_stated"]
        need("hours", str(int(h)) if h == int(h) else str(h))
    if ev["journal"]:
        j = ev["journal"]
        for key in ("name", "issn", "cn", "year", "volume", "issue"):
            if f"journal.{key}" in sc:
                need(f"journal.{key}", str(j[key]))
    if ev["patent"]:
        pt = ev["patent"]
        need("patent.number", pt["number"])
        for key in ("applied_on", "granted_on"):
            if not any(f in text for f in _date_forms(pt[key], False)):
                out.append(f"patent.{key} not printed")
        word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[pt["kind"]]
        need("patent.kind", word)
    if ev["award"]:
        a = ev["award"]
        need("award.name", a["name"])
        need("award.grade", a["grade"])
    if ev["book"]:
        b = ev["book"]
        for key in ("isbn", "publisher", "edition"):
            if f"book.{key}" in sc:
                need(f"book.{key}", b[key])
    if ev["qualification"]:
        q = ev["qualification"]
        if "qualification.subject" in sc:
            need("subject", q["subject"])
        for m in q["modules"] or []:
            need("module", m)
    cat = ev.get("category_stated")
    has_pub, has_pro = "公需" in text, bool(re.search("专业科目|专业课", text))
    if (
        cat == "public"
        and not (has_pub and not has_pro)
        or cat == "professional"
        and not (has_pro and not has_pub)
    ):
        out.append(f"category {cat} not stated alone")
    if cat is None and rec["evidence_type"] == "training_certificate" and has_pub != has_pro:
        out.append("a single category is printed but category_stated is null")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind29.check")
    ap.add_argument("--seeds", type=int, nargs="*", default=[5, 31, 7, 17])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seeds:
        for job in plan(seed, a.per_type):
            rec = truth_only(job)
            for p in problems(rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: {p}")
    print(f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
