"""Self-check of draw 40 (truth only, nothing rendered): every scored truth value and the claimed person must
be printed on the document's pages. `python -m bench.blind40.check` prints each miss and exits non-zero on any."""

from __future__ import annotations

import sys
from typing import Any

from bench.blind40 import corpus
from bench.blind40.pools import date_forms, hours_text, range_forms
from bench.generator.truth import get_path

SEEDS = (1, 5, 17, 31, 40)
KIND_WORDS = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
QUAL_WORDS = {"graduation": ("毕业",), "master_degree": ("硕士",), "doctor_degree": ("博士",),
              "postgraduate_courses": ("研究生课程",), "self_study_exam": ("自学考试",),
              "computer_exam": ("计算机应用能力",)}  # fmt: skip


def _flat(rec: dict[str, Any]) -> str:
    return "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")


def _ops_text(job: dict[str, Any]) -> str:
    """Every text run in drawing order (wrapped values are consecutive runs)."""
    doc, _, _ = corpus.build(job)
    return "".join(op[3] for pg in doc.pages for op in pg.ops if op[0] == "text").replace(" ", "").replace(
        "\u3000", "")


def misses(rec: dict[str, Any], text: str) -> list[str]:
    ev, out = rec["evidence"], []

    def has(s: str) -> bool:
        return s.replace(" ", "") in text

    for path in rec["scored"]:
        v = get_path(ev, path)
        if path == "people":
            out += [f"people:{p['name']}" for p in ev["people"] if not has(p["name"])]
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            if v is None:
                out.append(f"{path}: null but scored")
                continue
            ok = any(has(f) for f in date_forms(v))
            if not ok and path == "period.end" and len(v) == 10 and ev["period"]["start"]:
                ok = any(has(f) for f in range_forms(ev["period"]["start"], v))
            if not ok:
                out.append(f"{path}={v}")
        elif path == "hours_stated":
            if not has(hours_text(v)):
                out.append(f"hours={v}")
        elif path == "patent.kind":
            if not has(KIND_WORDS[v]):
                out.append(f"patent.kind={v}")
        elif path == "patent.number":
            if not has(v) and not has(v[2:]):
                out.append(f"patent.number={v}")
        elif path == "qualification.kind":
            if not any(has(w) for w in QUAL_WORDS[v]):
                out.append(f"qualification.kind={v}")
        elif path == "qualification.modules":
            out += [f"module:{m}" for m in v or [] if not has(m)]
        elif path in ("award.kind", "award.level", "journal.levels"):
            continue  # inferred from the giver / catalogue, not printed as such
        elif path == "holder":
            if v is not None and not has(v):
                out.append(f"holder={v}")
        elif v is not None and not has(str(v)):
            out.append(f"{path}={v}")
    if "national" in (ev.get("journal") or {}).get("levels", []) or "provincial" in (ev.get("journal") or {}).get(
        "levels", []
    ):
        if "主管" not in text:
            out.append("journal level without a 主管 line")
    if not has(rec["claim"]["person"]):
        out.append(f"claim:{rec['claim']['person']}")
    return out


def main() -> int:
    bad = n = 0
    for seed in SEEDS:
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            flat = _flat(rec)
            m = misses(rec, flat)
            if m:  # a value wrapped beside another column is still printed if its runs are consecutive
                m2 = misses(rec, _ops_text(job))
                m = [x for x in m if x in m2]
            if m:
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: " + "; ".join(m))
    print(f"bench.blind40.check: {n} documents, {bad} with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
