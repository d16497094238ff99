"""Self-check of draw 47: every scored truth value and the claimed person are printed on the pages."""

from __future__ import annotations

import re
import sys

from bench.blind47 import corpus
from bench.blind47.pools import date_forms
from bench.generator.truth import get_path

DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
INFERRED = ("journal.levels", "award.kind", "award.level", "qualification.kind")
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
CAT_RE = {"public": "公需", "professional": "专业科目|专业课"}


def _clean(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def misses(rec: dict) -> list[str]:
    ev = rec["evidence"]
    text = _clean("".join(sum(rec["lines"], [])))
    out = []

    def need(label: str, *cands: str) -> None:
        if not any(_clean(c) in text for c in cands if c):
            out.append(f"{rec['id']} {rec['layout']}: {label} {cands[0]!r} not printed")

    for path in rec["scored"]:
        v = get_path(ev, path)
        if path in INFERRED or v is None:
            continue
        if path == "people":
            for p in v:
                need("person", p["name"])
        elif path in DATES:
            need(path, *sorted(date_forms(v)))
        elif path == "hours_stated":
            need(path, str(int(v)) if float(v).is_integer() else str(v))
        elif path == "patent.kind":
            need(path, KIND_WORD[v])
        elif path == "book.isbn":
            need(path, v, v.replace("-", ""))
        elif path == "qualification.modules":
            for m in v:
                need("module", m)
        else:
            need(path, str(v))
    need("claimed person", rec["claim"]["person"])
    if ev.get("category_stated") and not re.search(CAT_RE[ev["category_stated"]], text):
        out.append(f"{rec['id']}: category {ev['category_stated']} not printed")
    return out


def main() -> int:
    bad, n = [], 0
    for seed in (1, 5, 31, 47):
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            bad += misses(rec)
    for b in bad:
        print(b)
    print(f"blind47 check: {n} documents, {len(bad)} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
