"""Self-check of draw 57: `python -m bench.blind57.check [--seeds N] [--per-type N]`.

For several seeds, builds every document's truth and pages and verifies that every scored value, every stated
date (in one of its printed forms), the claimed person and year are printed, that every text lies inside its
page, and that journal levels agree with the catalogues. Exits 1 on any miss."""

from __future__ import annotations

import argparse
import sys

from bench.blind.page import PT_MM, width_mm
from bench.blind57 import corpus
from bench.blind57 import pools as P
from bench.generator.truth import get_path


def _flat(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def check_doc(job: dict) -> list[str]:
    doc, _, _ = corpus.build(job)
    rec = doc.record()
    miss: list[str] = []
    text = _flat("".join(op[3] for pg in doc.pages for op in pg.ops if op[0] == "text"))
    tag = f"{job['seed']}:{job['type']}:{job['k']}:{doc.layout}"
    for pg in doc.pages:
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, font, _c = op
                w = width_mm(s, font, size)
                if x < 0 or y < 0 or x + w > pg.w + 0.5 or y + size * PT_MM > pg.h + 0.5:
                    miss.append(f"{tag}: text outside page: {s[:20]}")
    for path in doc.scored:
        v = get_path(rec, path)
        if path in ("holder", "journal.levels") and v is None:
            continue
        if path == "people":
            for p in v:
                if _flat(p["name"]) not in text:
                    miss.append(f"{tag}: person {p['name']}")
        elif path == "journal.levels":
            if v != P.levels_for(rec["journal"]["name"]):
                miss.append(f"{tag}: levels {v}")
        elif path == "qualification.modules":
            for m in v:
                if _flat(m) not in text:
                    miss.append(f"{tag}: module {m}")
        elif (
            path == "qualification.kind"
            or path == "patent.kind"
            or path == "award.kind"
            or path == "award.level"
        ):
            continue
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            if not any(_flat(f) in text for f in P.date_forms(v)):
                miss.append(f"{tag}: date {path}={v}")
        elif path == "hours_stated":
            if f"{v:g}" not in text:
                miss.append(f"{tag}: hours {v}")
        elif _flat(str(v)) not in text:
            miss.append(f"{tag}: {path}={v}")
    for key in ("issued_on",):
        v = rec.get(key)
        if v and not any(_flat(f) in text for f in P.date_forms(v)):
            miss.append(f"{tag}: unscored date {key}={v}")
    for key in ("start", "end"):
        v = (rec.get("period") or {}).get(key)
        if v and not any(_flat(f) in text for f in P.date_forms(v)):
            miss.append(f"{tag}: unscored period {key}={v}")
    for p in rec["people"]:
        if _flat(p["name"]) not in text:
            miss.append(f"{tag}: people name {p['name']}")
    if rec["holder"] and rec["holder"] not in text:
        miss.append(f"{tag}: holder {rec['holder']}")
    cl = doc.claim
    if cl["person"] not in text or not (
        cl["person"] == rec["holder"] or cl["person"] in [p["name"] for p in rec["people"]]
    ):
        miss.append(f"{tag}: claim person {cl['person']}")
    if str(cl["year"]) not in text and P.cn_year(cl["year"]) not in text:
        miss.append(f"{tag}: claim year {cl['year']}")
    years = P.CITIES[cl["policy"]]["years"]
    if cl["year"] not in years:
        miss.append(f"{tag}: claim year {cl['year']} outside {cl['policy']}")
    if rec["journal"] and "cscd" not in rec["journal"]["levels"]:
        miss.append(f"{tag}: journal without cscd")
    return miss


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind57.check")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=10)
    a = ap.parse_args(argv)
    misses, n = [], 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed, a.per_type):
            misses += check_doc(job)
            n += 1
    for m in misses:
        print(m)
    print(f"{n} documents checked over {a.seeds} seeds: {len(misses)} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
