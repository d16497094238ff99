"""Self-check of draw 42's truth: every scored value and each claimed person is printed on the pages.

`python -m bench.blind42.check` renders truth only (no images) for a few seeds and prints each miss; it exits
non-zero on any."""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Any

from bench.blind42 import corpus
from bench.blind42.pools import STYLES, fd, fm, hours_s

SEEDS = (1, 5, 31, 77, 2024)
SKIP = {"journal.levels", "patent.kind", "award.kind", "award.level", "qualification.kind"}
CAT_WORDS = {"public": "公需", "professional": "专业科目|专业课"}


def _get(rec: dict[str, Any], path: str) -> Any:
    cur: Any = rec
    for part in path.split("."):
        cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


def _date_forms(v: str, end: bool) -> list[str]:
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:])
        return [fm(y, m, s).replace(" ", "") for s in STYLES] + [f"{y}年{m}月", f"{y}.{m}"]
    d = dt.date.fromisoformat(v)
    forms = [fd(d, s).replace(" ", "") for s in STYLES]
    if end:  # a range end printed without its repeated year (and month)
        forms += [f"{sep}{tail}" for sep in ("至", "—", "-", "~") for tail in (f"{d.month}月{d.day}日", f"{d.day}日")]
    return forms


def misses(rec: dict[str, Any]) -> list[str]:
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    ev = rec["evidence"]
    out = []
    for path in rec["scored"]:
        if path in SKIP:
            continue
        v = _get(ev, path)
        if path == "people":
            out += [f"person {p['name']}" for p in v if p["name"] not in text]
        elif v is None:
            continue
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            if not any(f in text for f in _date_forms(v, path == "period.end")):
                out.append(f"{path}={v}")
        elif path == "hours_stated":
            if not re.search(rf"(?<![\d.]){re.escape(hours_s(v))}(?![\d.])", text):
                out.append(f"hours={v}")
        elif path == "patent.number":
            if v not in text:
                out.append(f"number={v}")
        elif path == "book.isbn":
            if v not in text:
                out.append(f"isbn={v}")
        elif isinstance(v, list):
            out += [f"{path}:{x}" for x in v if str(x).replace(" ", "") not in text]
        elif str(v).replace(" ", "") not in text:
            out.append(f"{path}={v}")
    claim = rec["claim"]["person"]
    if claim not in text:
        out.append(f"claim {claim}")
    if ev.get("holder") and ev["holder"] not in text:
        out.append(f"holder {ev['holder']}")
    cat = ev.get("category_stated")
    found = {k for k, w in CAT_WORDS.items() if re.search(w, text)}
    if cat and cat not in found:
        out.append(f"category {cat} not printed")
    if cat is None and len(found) == 1 and rec["evidence_type"] in ("training_certificate", "training_notice"):
        out.append(f"category printed ({found}) but truth null")
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
    print(f"checked {n} documents over seeds {SEEDS}: {bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
