"""Self-check of draw 56: scored values, dates, claimed person and year printed; texts inside the page;
journal levels as the catalogues give them. `python -m bench.blind56.check [--seeds N] [--per-type N]`."""

from __future__ import annotations

import argparse
import sys

from bench.blind.page import width_mm
from bench.blind56 import corpus
from bench.blind56.kit import all_forms
from bench.blind56.pools import journals
from bench.generator.truth import get_path


def misses(job: dict) -> list[str]:
    doc, _, _ = corpus.build(job)
    ev = doc.record()
    text = "".join("".join(op[3] for op in pg.ops if op[0] == "text") for pg in doc.pages)
    flat = text.replace(" ", "").replace("\u3000", "")
    out = []
    for path in doc.scored:
        val = get_path(ev, path)
        if path == "people":
            for p in val:
                if p["name"] not in flat:
                    out.append(f"person {p['name']}")
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            if val and not any(f.replace(" ", "") in flat for f in all_forms(val)):
                out.append(f"{path} {val}")
        elif path == "journal.levels":
            row = [r for r in journals() if r[0] == ev["journal"]["name"]]
            if not row or row[0][3] != val:
                out.append("levels")
        elif path == "patent.number":
            d = val[2:].replace(".", "")
            if d[:-1] not in flat.replace(" ", ""):
                out.append(path)
        elif (
            path == "patent.kind"
            or path.startswith("qualification.kind")
            or path in ("award.kind", "award.level")
        ):
            continue
        elif val is not None:
            vals = val if isinstance(val, list) else [val]
            for x in vals:
                s = f"{x:g}" if isinstance(x, float) else str(x)
                if s.replace(" ", "") not in flat:
                    out.append(f"{path} {s}")
    for key in ("issued_on",):
        v = ev.get(key)
        if (
            v
            and not any(f.replace(" ", "") in flat for f in all_forms(v))
            and doc.evidence_type != "journal_article"
        ):
            out.append(f"date {v}")
    c = doc.claim
    if c["person"] not in flat:
        out.append("claim person")
    if str(c["year"]) not in flat and not any(f in flat for f in _hz(c["year"])):
        out.append("claim year")
    for i, pg in enumerate(doc.pages):
        for op in pg.ops:
            if op[0] == "text":
                x, y, s, size, font = op[1], op[2], op[3], op[4], op[5]
                if x < 0 or y < 0 or x + width_mm(s, font, size) > pg.w + 0.5 or y + size * 0.3528 > pg.h:
                    out.append(f"outside p{i + 1}: {s[:20]}")
    return out


def _hz(y: int) -> list[str]:
    from bench.blind56.kit import hz_year

    return [hz_year(y)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=4)
    ap.add_argument("--per-type", type=int, default=10)
    a = ap.parse_args()
    bad = 0
    n = 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed, a.per_type):
            n += 1
            m = misses(job)
            if m:
                bad += 1
                print(seed, job["type"], job["k"], m)
    print(f"{n} documents, {bad} with misses")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
