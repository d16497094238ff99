"""Self-check of blind draw 52: build the truth for several seeds and confirm that every scored value and the
claimed person is printed on the pages, and that no text runs off a page. Exits non-zero on a miss.

    python -m bench.blind52.check [--seeds 1 2 3] [--per-type 6]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import Any

from bench.blind.page import width_mm
from bench.blind52.corpus import DRAWN, plan
from bench.blind52.pools import all_date_forms, hours_str
from bench.generator.truth import get_path

KIND_WORDS = {
    "invention": "发明", "utility_model": "实用新型", "design": "外观设计", "graduation": "毕业", "master_degree": "硕士",
    "doctor_degree": "博士", "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试",
    "computer_exam": "计算机应用能力", "science_technology": "科学技术", "social_science": "社会科学", "competition": "赛",
}  # fmt: skip
LEVEL_WORDS = {
    "provincial": "省",
    "municipal": "市",
    "county": ("县", "区", "新泰市", "肥城市"),
}  # county-level cities


def _date_printed(iso: str, text: str, end_of: str | None = None) -> bool:
    if any(f in text for f in all_date_forms(iso)):
        return True
    if end_of and len(iso) == 10:  # 2016年5月10日至12日
        d = dt.date.fromisoformat(iso)
        return any(f"{sep}{d.day}日" in text for sep in ("至", "—", "-"))
    return False


def misses(rec: dict[str, Any]) -> list[str]:
    ev = rec["evidence"]
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    out = []
    if rec["claim"]["person"] not in text:
        out.append(f"claim person {rec['claim']['person']}")
    for path in rec["scored"]:
        v = get_path(ev, path)
        if path == "people":
            out += [f"person {p['name']}" for p in v if p["name"] not in text]
        elif path in ("issued_on", "period.start", "patent.applied_on", "patent.granted_on"):
            if not _date_printed(v, text):
                out.append(f"{path}={v}")
        elif path == "period.end":
            if not _date_printed(v, text, ev["period"]["start"]):
                out.append(f"{path}={v}")
        elif path == "hours_stated":
            if f"{hours_str(v)}学时" not in text and not (hours_str(v) in text and "学时" in text):
                out.append(f"{path}={v}")
        elif path == "journal.year":
            if str(v) not in text:
                out.append(f"{path}={v}")
        elif path == "journal.volume":
            if f"第{v}卷" not in text and f"，{v}(" not in text:
                out.append(f"{path}={v}")
        elif path == "journal.issue":
            if f"第{v}期" not in text and f"({int(v):02d})" not in text:
                out.append(f"{path}={v}")
        elif path == "journal.levels":
            if "national" in v and "中国科学技术协会" not in text:
                out.append(f"{path} national without 主管")
        elif path == "patent.number":
            if v[2:] not in text:
                out.append(f"{path}={v}")
        elif path in ("patent.kind", "qualification.kind", "award.kind"):
            if KIND_WORDS[v] not in text:
                out.append(f"{path}={v}")
        elif path == "award.level":
            words = LEVEL_WORDS[v]
            name = ev["award"]["name"]
            if not any(w in name for w in words) or not any(w in ev["issuer"] for w in words):
                out.append(f"{path}={v} vs {name}/{ev['issuer']}")
        elif path == "qualification.modules":
            out += [f"module {m}" for m in v if m.replace(" ", "") not in text]
        elif path == "holder":
            if v is not None and v not in text:
                out.append(f"holder {v}")
        elif isinstance(v, str):
            if v.replace(" ", "") not in text:
                out.append(f"{path}={v}")
    cat = ev.get("category_stated")
    has_pub, has_pro = "公需" in text, bool(re.search("专业科目|专业课", text))
    if cat == "public" and (not has_pub or has_pro) or cat == "professional" and (not has_pro or has_pub):
        out.append(f"category {cat}")
    if cat is None and rec["evidence_type"] == "training_certificate" and (has_pub != has_pro):
        out.append("category printed but not recorded")
    return out


def overflow(job: dict[str, Any]) -> list[str]:
    doc, _, _ = DRAWN.build(job)
    out = []
    for i, pg in enumerate(doc.pages):
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, font, _ = op
                w = width_mm(s, font, size)
                if x < 0.5 or x + w > pg.w - 0.5 or y < 0.5 or y + size * 0.3528 > pg.h - 0.5:
                    out.append(f"page {i + 1} text off the page: {s[:24]!r} at ({x:.0f},{y:.0f})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind52.check")
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3, 31, 541])
    ap.add_argument("--per-type", type=int, default=6)
    a = ap.parse_args(argv)
    bad = 0
    n = 0
    for seed in a.seeds:
        for job in plan(seed, a.per_type):
            rec = DRAWN.truth_only(job)
            n += 1
            m = misses(rec) + overflow(job)
            if m:
                bad += 1
                print(f"MISS seed {seed} {rec['id']} {rec['layout']}: " + "; ".join(m))
    print(f"checked {n} documents over seeds {a.seeds}: {bad} with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
