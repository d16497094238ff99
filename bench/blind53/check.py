"""Self-check of draw 53: for several seeds, every scored value, every stated date, the claimed person and
the claimed year must be printed on the pages, every text must sit on its page, and journal levels must
match the catalogues. `python -m bench.blind53.check [--seeds N] [--per-type N]`; exits 1 on any miss."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from bench.blind.page import width_mm
from bench.blind53 import corpus
from bench.blind53.pools import all_date_forms, hours_text
from bench.generator.truth import get_path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
KIND_WORDS = {
    "invention": ("发明专利",), "utility_model": ("实用新型",), "design": ("外观设计",),
    "graduation": ("毕业证书",), "master_degree": ("硕士",), "doctor_degree": ("博士",),
    "postgraduate_courses": ("研究生课程",), "self_study_exam": ("自学考试",), "computer_exam": ("计算机应用能力",),
}  # fmt: skip
LEVEL_WORDS = {"provincial": "省", "municipal": "市", "county": "县"}
DATE_PATHS = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")


def _catalogue() -> tuple[dict[str, tuple[str, str]], dict[str, set[str]]]:
    cscd = {}
    with open(DATA / "journals-cscd.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["database"] == "core":
                cscd[row["name"]] = (row["issn"], row["cn"])
    cn: dict[str, set[str]] = {}
    with open(DATA / "journals-cn.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cn[row["name"]] = set(filter(None, row["levels"].split(";")))
    return cscd, cn


def check_record(rec: dict, pages: list, cscd: dict, cn: dict) -> list[str]:
    ev, claim = rec["evidence"], rec["claim"]
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    miss: list[str] = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            miss.append(what)

    for path in rec["scored"]:
        val = get_path(ev, path)
        if path == "people":
            continue
        if val is None:
            need(path == "holder", f"{path} is null")
            continue
        if path in DATE_PATHS:
            continue  # below, for every stated date
        if path == "hours_stated":
            need(hours_text(val) + "学时" in text or hours_text(val) in text, f"hours {val}")
        elif path == "journal.year":
            need(str(val) in text, f"year {val}")
        elif path == "journal.volume":
            need(any(f in text for f in (f"第{val}卷", f"Vol.{val}", f",{val}(")), f"volume {val}")
        elif path == "journal.issue":
            need(any(f in text for f in (f"第{val}期", f"No.{val}", f"({val})")), f"issue {val}")
        elif path == "journal.levels":
            name = ev["journal"]["name"]
            want = {"cscd"} | (cn.get(name, set()) & {"pku_core", "cssci"})
            need(set(val) == want, f"levels {val} != {sorted(want)}")
            need(
                cscd.get(name) == (ev["journal"]["issn"], ev["journal"]["cn"]), f"not a CSCD core row: {name}"
            )
        elif path in ("patent.kind", "qualification.kind"):
            need(any(w in text for w in KIND_WORDS[val]), f"{path} {val}")
        elif path == "award.level":
            need(LEVEL_WORDS[val] in ev["award"]["name"] + ev["issuer"], f"level {val}")
        elif path == "award.kind":
            continue
        elif path == "qualification.modules":
            for m in val:
                need(m.replace(" ", "") in text, f"module {m}")
        else:
            need(str(val).replace(" ", "") in text, f"{path} {val!r}")
    for path in ("holder", "issuer", "title"):  # printed even where unscored
        val = ev.get(path)
        if val is not None and path not in rec["scored"]:
            need(val.replace(" ", "") in text, f"unscored {path} {val!r}")
    for path in DATE_PATHS:
        val = get_path(ev, path)
        if val is not None:
            need(any(f.replace(" ", "") in text for f in all_date_forms(val)), f"date {path} {val}")
    for p in ev["people"]:
        need(p["name"] in text, f"person {p['name']}")
    need(claim["person"] in text, f"claimed person {claim['person']}")
    hz = "".join("〇一二三四五六七八九"[int(c)] for c in str(claim["year"]))
    need(str(claim["year"]) in text or hz + "年" in text, f"claimed year {claim['year']}")
    cat = ev.get("category_stated")
    pub, prof = "公需" in text, ("专业科目" in text or "专业课" in text)
    need(
        (cat == "public") == (pub and not prof)
        and (cat == "professional") == (prof and not pub)
        or (cat is None and (pub == prof)),
        f"category {cat} (公需 {pub}, 专业 {prof})",
    )
    for n, pg in enumerate(pages, 1):
        for op in pg.ops:
            if op[0] != "text":
                continue
            _, x, y, s, size, font, _ = op
            w = width_mm(s, font, size)
            if x < -0.5 or y < -0.5 or x + w > pg.w + 0.5 or y + size * 0.3528 > pg.h + 0.5:
                miss.append(
                    f"off page {n}: {s[:20]!r} at ({x:.0f},{y:.0f}) w={w:.0f} on {pg.w:.0f}x{pg.h:.0f}"
                )
    return miss


def overlaps(pages: list) -> list[str]:
    """Printed (non-handwritten) text boxes that intersect one another: reported, not failed."""
    out = []
    for n, pg in enumerate(pages, 1):
        boxes = []
        for op in pg.ops:
            if op[0] == "text" and op[5] != "ukai":
                _, x, y, s, size, font, _ = op
                boxes.append((x, y, x + width_mm(s, font, size), y + size * 0.3528 * 1.05, s))
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                    out.append(f"p{n}: {a[4][:14]!r} / {b[4][:14]!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind53.check")
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--per-type", type=int, default=6)
    ap.add_argument("--show-overlaps", action="store_true")
    a = ap.parse_args(argv)
    cscd, cn = _catalogue()
    n_docs, misses, n_over = 0, 0, 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed * 37 + 5, a.per_type):
            doc, _, _ = corpus.build(job)
            rec = corpus.truth_only(job)
            n_docs += 1
            for m in check_record(rec, doc.pages, cscd, cn):
                misses += 1
                print(f"MISS seed={job['seed']} {rec['id']} {rec['layout']}: {m}")
            ov = overlaps(doc.pages)
            n_over += bool(ov)
            if ov and a.show_overlaps:
                print(f"overlap {rec['id']} {rec['layout']}: {ov[:4]}")
    print(f"{n_docs} documents checked, {misses} misses, {n_over} with overlapping printed text")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
