"""Self-check of draw 59: `python -m bench.blind59.check [--seeds N] [--per-type N]`.

For several seeds it builds every document's truth and verifies that each scored value, every truth date (in
some printed form), the claimed person and the claimed year are printed, every text sits inside its page, and
journal levels agree with the catalogues. Exits 1 on any miss."""

from __future__ import annotations

import argparse
import sys

from bench.blind.page import width_mm
from bench.blind59 import corpus, kit, pools
from bench.generator.truth import get_path

ENUMS = {"patent.kind", "award.kind", "award.level", "qualification.kind", "journal.levels", "people"}
DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")


def _printed(value: object, text: str, path: str) -> bool:
    if value is None:
        return True
    if path in DATES:
        return any(f in text for f in kit.all_forms(str(value)))
    if path == "hours_stated":
        return str(int(value)) in text if float(value).is_integer() else str(value) in text
    if path == "patent.number":
        return str(value)[2:14] in text.replace(" ", "").replace(".", "")
    if isinstance(value, list):
        return all(str(x).replace(" ", "") in text for x in value)
    return str(value).replace(" ", "") in text


def check_doc(job: dict) -> list[str]:
    doc, _, _ = corpus.build(job)
    rec = doc.record()
    text = (
        "".join(op[3] for pg in doc.pages for op in pg.ops if op[0] == "text")
        .replace(" ", "")
        .replace("\u3000", "")
    )
    tag = f"{job['type']}#{job['k']} {doc.layout}"
    miss = []
    for path in doc.scored:
        if path in ENUMS:
            continue
        if not _printed(get_path(rec, path), text, path):
            miss.append(f"{tag}: {path}={get_path(rec, path)!r} not printed")
    for path in DATES:
        v = get_path(rec, path)
        if v is not None and not _printed(v, text, path):
            miss.append(f"{tag}: date {path}={v} not printed")
    for p in rec["people"]:
        if p["name"] not in text:
            miss.append(f"{tag}: person {p['name']} not printed")
    claim = doc.claim
    if claim["person"] not in text:
        miss.append(f"{tag}: claimed person not printed")
    if claim["person"] != rec["holder"] and claim["person"] not in [p["name"] for p in rec["people"]]:
        miss.append(f"{tag}: claimed person neither holder nor in people")
    if str(claim["year"]) not in text and kit.cn_year(claim["year"]) not in text:
        miss.append(f"{tag}: claimed year {claim['year']} not printed")
    years = pools.CITIES["kaifeng" if claim["policy"] == "kaifeng-2016" else "yiyang"]["years"]
    if claim["year"] not in years:
        miss.append(f"{tag}: year {claim['year']} outside the policy years")
    for i, pg in enumerate(doc.pages):
        for op in pg.ops:
            if op[0] != "text":
                continue
            _, x, y, s, size, font, _ = op
            if x < 0 or y < 0 or x + width_mm(s, font, size) > pg.w + 0.1 or y + size * 0.3528 > pg.h:
                miss.append(f"{tag}: page {i + 1} text off page: {s[:20]}")
    if rec["journal"]:
        j = rec["journal"]
        row = [r for r in pools.journals() if r[1] == j["issn"]]
        if (
            not row
            or row[0][0] != j["name"]
            or row[0][2] != j["cn"]
            or sorted(row[0][3]) != sorted(j["levels"])
        ):
            miss.append(f"{tag}: journal does not agree with the catalogue")
    return miss


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind59.check")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=10)
    a = ap.parse_args(argv)
    misses, n = [], 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed, a.per_type):
            misses += [f"seed {seed} {m}" for m in check_doc(job)]
            n += 1
    for m in misses[:60]:
        print(m)
    print(f"{n} documents checked, {len(misses)} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
