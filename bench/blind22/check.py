"""Check draw 22's truth against its printed text: every scored value and the claimed person are printed.

`python -m bench.blind22.check [--seeds 5 31 ...] [--per-type 8]` prints each miss and exits 1 on any.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Any

from bench.blind22.corpus import DRAWN
from bench.blind22.pools import STYLES, day, hz_num, month


def _text(pages: list[Any]) -> str:
    """Each text op on its own, plus the lines as grouped by position, without spaces."""
    ops = "".join(op[3] for pg in pages for op in pg.ops if op[0] == "text")
    return re.sub(r"[ \u3000]", "", ops)


def _date_forms(v: str) -> set[str]:
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:])
        return {month(y, m, s).replace(" ", "") for s in STYLES}
    d = dt.date.fromisoformat(v)
    forms = {day(d, s).replace(" ", "") for s in STYLES}
    return forms | {f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日", f"{d.month:02d}.{d.day:02d}"}


def _strict_day(text: str, v: str) -> bool:
    """A full date's end form may drop its year; a bare day (10日) is accepted only after a range mark."""
    if any(f in text for f in _date_forms(v)):
        return True
    d = dt.date.fromisoformat(v)
    return any(f"{sep}{d.day}{'日'}" in text or f"{sep}{d.day:02d}日" in text for sep in "至—-～")


def misses(doc: Any, rec: dict[str, Any], claim: dict[str, Any]) -> list[str]:
    text = _text(doc.pages)
    out = []

    def need(label: str, s: Any) -> None:
        if s is not None and str(s).replace(" ", "") not in text:
            out.append(f"{label}={s!r}")

    sc = set(doc.scored)
    need("claim", claim["person"])
    if claim["person"] != rec["holder"] and claim["person"] not in [p["name"] for p in rec["people"]]:
        out.append("claim not in people/holder")
    for p in rec["people"]:
        need("person", p["name"])
    need("holder", rec["holder"])
    if "title" in sc:
        need("title", rec["title"])
    if "issuer" in sc:
        need("issuer", rec["issuer"])
    dates = [("issued_on", rec["issued_on"])]
    if rec["period"]:
        dates += [("period.start", rec["period"]["start"]), ("period.end", rec["period"]["end"])]
    if rec["patent"]:
        dates += [
            ("patent.applied_on", rec["patent"]["applied_on"]),
            ("patent.granted_on", rec["patent"]["granted_on"]),
        ]
    for path, v in dates:
        if (
            path in sc
            and v
            and not (_strict_day(text, v) if len(v) == 10 else any(f in text for f in _date_forms(v)))
        ):
            out.append(f"{path}={v}")
    if "hours_stated" in sc:
        h = int(rec["hours_stated"])
        if str(h) not in text and hz_num(h) not in text:
            out.append(f"hours={h}")
    j = rec["journal"]
    if j:
        for key in ("name", "issn", "cn", "year", "volume", "issue"):
            if f"journal.{key}" in sc:
                need(f"journal.{key}", j[key])
    if rec["patent"] and "patent.number" in sc:
        if rec["patent"]["number"] not in text.replace("ZL", "ZL"):
            out.append(f"patent.number={rec['patent']['number']}")
    a = rec["award"]
    if a:
        need("award.name", a["name"])
        need("award.grade", a["grade"])
    b = rec["book"]
    if b:
        for key in ("isbn", "publisher", "edition"):
            if f"book.{key}" in sc:
                need(f"book.{key}", b[key])
    q = rec["qualification"]
    if q:
        if "qualification.subject" in sc:
            need("qualification.subject", q["subject"])
        for m in q["modules"] or []:
            need("module", m)
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="*", default=[5, 31, 7])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seeds:
        for job in DRAWN.plan(seed, a.per_type):
            doc, _, _ = DRAWN.build(job)
            m = misses(doc, doc.record(), doc.claim)
            if m:
                bad += 1
                print(f"{seed} {job['index']:04d} {doc.layout}: {'; '.join(m)}")
    print(f"{bad} documents with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
