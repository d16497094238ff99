"""Self-check of draw 64: `python -m bench.blind64.check [--seeds N] [--per-type N]` builds every document and
verifies that the scored truth, its dates, the claimed person and year are printed, that text stays on the
page and that journal levels agree with the catalogues; exit 1 on any miss."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from bench.blind.page import PT_MM, width_mm
from bench.blind64 import corpus, kit, pools
from bench.generator.truth import get_path

DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
UNPRINTED = ("award.kind", "award.level", "patent.kind", "qualification.kind", "journal.levels")


def _values(ev: dict[str, Any], path: str) -> list[str]:
    v = get_path(ev, path)
    if path == "people":
        return [p["name"] for p in v]
    if isinstance(v, list):
        return [str(x) for x in v]
    if isinstance(v, float) and v.is_integer():
        return [str(int(v))]
    return [] if v is None else [str(v)]


def problems(job: dict[str, Any]) -> list[str]:
    doc, _, _ = corpus.build(job)
    rec = doc.record()
    lines = "".join("".join(pg.lines()) for pg in doc.pages).replace(" ", "").replace("\u3000", "")
    flat = kit.printed(doc.pages)
    out = []
    for path in doc.scored:
        if path in UNPRINTED:
            continue
        for val in _values(rec, path):
            if path in DATES:
                if not any(f.replace(" ", "") in flat for f in kit.all_forms(val)):
                    out.append(f"{path}={val} not printed in any date form")
            elif path == "patent.number":
                if val not in re.sub(r"\s", "", flat):
                    out.append(f"{path}={val} not printed")
            elif val.replace(" ", "") not in lines:
                out.append(f"{path}={val} not printed (as one line run)")
    for path in DATES:  # unscored dates in the record must still be printed
        v = get_path(rec, path)
        if v and path not in doc.scored and not any(f in flat for f in kit.all_forms(v)):
            out.append(f"{path}={v} not printed")
    if doc.claim["person"] not in flat:
        out.append(f"claim person {doc.claim['person']} not printed")
    if str(doc.claim["year"]) not in flat and kit.cn_year(doc.claim["year"]) not in flat:
        out.append(f"claim year {doc.claim['year']} not printed")
    for i, pg in enumerate(doc.pages):
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, font, _ = op
                if x < 0 or y < 0 or x + width_mm(s, font, size) > pg.w + 0.01 or y + size * PT_MM > pg.h:
                    out.append(f"page {i + 1}: text off the page: {s[:20]}")
    j = rec["journal"]
    if j:
        issn, cn = pools.cscd_core()[j["name"]]
        want = set(pools.levels(j["name"])) | ({"national"} if "主管：" in flat else set())
        if (j["issn"], j["cn"]) != (issn, cn) or set(j["levels"]) != want:
            out.append(f"journal {j['name']} disagrees with the catalogues")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind64.check")
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--per-type", type=int, default=12)
    a = ap.parse_args(argv)
    n = bad = 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed * 97, a.per_type):
            n += 1
            for p in problems(job):
                bad += 1
                print(f"seed {job['seed']} {job['type']} #{job['k']}: {p}")
    print(f"{n} documents checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
