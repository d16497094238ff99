"""Self-check of draw 49: for several seeds, build every document's truth and confirm that every scored value and
the claimed person are printed on the pages, that category_stated matches the printed category words, and that
no text runs off a page or lands on other text. Exits non-zero on any miss.

    python -m bench.blind49.check [--seeds 31 5 7 511] [--per-type 12]
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from bench.blind.page import PT_MM, width_mm

from .corpus import DRAWN
from .pools import all_date_forms

SPACES = re.compile(r"[\s\u3000]")


def norm(s: str) -> str:
    return SPACES.sub("", s)


def _get(rec: dict[str, Any], path: str) -> Any:
    cur: Any = rec
    for p in path.split("."):
        cur = cur.get(p) if isinstance(cur, dict) else None
    return cur


def hs(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else f"{h:g}"


def printed(path: str, value: Any, text: str, alnum: str, ev: dict[str, Any]) -> bool:
    if path in ("issued_on", "period.start", "patent.applied_on", "patent.granted_on"):
        return any(norm(f) in text for f in all_date_forms(value))
    if path == "period.end":
        return any(norm(f) in text for f in all_date_forms(value, partial=True))
    if path == "hours_stated":
        v = re.escape(hs(value))
        return re.search(v + r"(个)?学时|学时[：:]?" + v + r"(?![\d.])", text) is not None
    if path == "journal.year":
        return str(value) in text
    if path == "journal.volume":
        return f"第{value}卷" in text or f"Vol.{value}" in text or f"，{value}(" in text
    if path == "journal.issue":
        return f"第{value}期" in text or f"No.{value}" in text or f"({value})" in text
    if path == "patent.number":
        return value[2:].replace(".", "") in alnum
    if path == "patent.kind":
        return {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"}[value] in text
    if path == "book.isbn":
        return value in text
    if path == "journal.levels":
        ok = True
        if "national" in value:
            ok = "主管" in text
        return ok
    if path == "award.kind":
        return True
    if path == "award.level":
        iss = ev["issuer"] or ""
        want = {"provincial": "省人民政府", "municipal": "市人民政府"}.get(value)
        return (want in iss) if want else ("人民政府" not in iss)
    if path == "qualification.kind":
        word = {"graduation": "毕业", "master_degree": "硕士学位", "doctor_degree": "博士学位",
                "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试", "computer_exam": "计算机应用能力"}  # fmt: skip
        return word[value] in text
    if path == "qualification.modules":
        return all(norm(m) in text for m in value)
    if isinstance(value, str):
        return norm(value) in text
    return True


def layout_problems(doc: Any) -> list[str]:
    out = []
    for pn, pg in enumerate(doc.pages, 1):
        boxes = []
        for op in pg.ops:
            if op[0] != "text":
                continue
            _, x, y, s, size, font, _c = op
            w = width_mm(s, font, size)
            h = size * PT_MM
            if x < 0.5 or y < 0.5 or x + w > pg.w - 0.5 or y + h > pg.h - 0.5:
                out.append(
                    f"p{pn} off page: {s[:30]!r} x={x:.1f}..{x + w:.1f} y={y:.1f} (page {pg.w}x{pg.h})"
                )
            boxes.append((x, y, x + w, y + h, s))
        for i in range(len(boxes)):
            a = boxes[i]
            for b in boxes[i + 1 :]:
                ix = min(a[2], b[2]) - max(a[0], b[0])
                iy = min(a[3], b[3]) - max(a[1], b[1])
                if ix > 0.8 and iy > 0.8:
                    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                    if ix * iy > 0.15 * small:
                        out.append(f"p{pn} overlap: {a[4][:24]!r} / {b[4][:24]!r}")
    return out


def check_job(job: dict[str, Any]) -> list[str]:
    doc, _, _ = DRAWN.build(job)
    rec = doc.record()
    text = norm("".join("".join(pg.lines()) for pg in doc.pages))
    alnum = re.sub(r"[^0-9A-Za-z]", "", text)
    misses = []
    tag = f"{job['type']} k={job['k']} {doc.layout}"
    for path in doc.scored:
        if path == "people":
            for p in rec["people"]:
                if norm(p["name"]) not in text:
                    misses.append(f"{tag}: person {p['name']} not printed")
            continue
        v = _get(rec, path)
        if v is None:
            if path not in ("holder", "journal.levels"):
                misses.append(f"{tag}: scored {path} is null")
            continue
        if not printed(path, v, text, alnum, rec):
            misses.append(f"{tag}: {path}={v!r} not printed")
    if norm(doc.claim["person"]) not in text:
        misses.append(f"{tag}: claimed person {doc.claim['person']} not printed")
    pub = "公需" in text
    pro = re.search("专业科目|专业课", text) is not None
    want = "public" if pub and not pro else "professional" if pro and not pub else None
    if rec.get("category_stated") != want:
        misses.append(f"{tag}: category_stated={rec.get('category_stated')} but printed says {want}")
    misses += [f"{tag}: {p}" for p in layout_problems(doc)]
    return misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind49.check")
    ap.add_argument("--seeds", type=int, nargs="*", default=[31, 5, 7, 17, 511, 2024])
    ap.add_argument("--per-type", type=int, default=12)
    a = ap.parse_args(argv)
    misses: list[str] = []
    n = 0
    for seed in a.seeds:
        for job in DRAWN.plan(seed, a.per_type):
            n += 1
            misses += [f"seed {seed}: {m}" for m in check_job(job)]
    for m in misses:
        print(m)
    print(f"{n} documents checked, {len(misses)} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
