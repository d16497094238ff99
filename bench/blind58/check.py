"""Self-check of draw 58: `python -m bench.blind58.check [--seeds N] [--per-type N]`.

For several seeds it builds every document's truth and verifies on the printed text that every scored value,
every date the truth states (in one of its printed forms), the claimed person and the claimed year appear;
that the category stated matches the category words printed; that every text sits inside its page; that
journal levels agree with the catalogues; and that the claim's year lies in its city's years. Exit 1 on a miss.
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from bench.blind.page import PT_MM, width_mm
from bench.blind58 import corpus
from bench.blind58.kit import han_num, han_year
from bench.blind58.pools import SHARED
from bench.generator.truth import get_path

YEARS = {"dezhou-2017": range(2016, 2019), "yantai-2020": range(2019, 2022)}
DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")


def catalogue_levels() -> dict[str, list[str]]:
    """Expected levels per journal name, read afresh from the two catalogues."""
    cn: dict[str, set[str]] = {}
    with open(SHARED / "data" / "journals-cn.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cn[row["name"]] = set((row["levels"] or "").split(";"))
    out = {}
    with open(SHARED / "data" / "journals-cscd.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["database"] == "core":
                out[row["name"]] = ["cscd"] + [
                    x for x in ("pku_core", "cssci") if x in cn.get(row["name"], set())
                ]
    return out


def date_forms(v: str) -> list[str]:
    y, m = int(v[:4]), int(v[5:7])
    if len(v) == 7:
        return [f"{y}年{m}月", f"{y}年{m:02d}月", f"{han_year(y)}年{han_num(m)}月", f"{y}.{m:02d}", v]
    d = int(v[8:])
    return [
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日",
        f"{han_year(y)}年{han_num(m)}月{han_num(d)}日",
        f"{y}.{m:02d}.{d:02d}",
        v,
    ]


def text_of(doc: Any) -> str:
    return (
        "".join(op[3] for pg in doc.pages for op in pg.ops if op[0] == "text")
        .replace(" ", "")
        .replace("\u3000", "")
    )


def misses(rec: dict[str, Any], doc: Any, levels: dict[str, list[str]]) -> list[str]:
    ev, claim = rec["evidence"], rec["claim"]
    text = text_of(doc)
    lines = "".join(sum(rec["lines"], [])).replace(" ", "")
    out = []

    def need(s: str, what: str) -> None:
        if s.replace(" ", "") not in text:
            out.append(f"{what} not printed: {s!r}")

    for path in rec["scored"]:
        v = get_path(ev, path)
        if (
            v is None
            or path in DATES
            or path in ("award.kind", "award.level", "patent.kind", "qualification.kind")
        ):
            continue
        if path == "people":
            for p in v:
                need(p["name"], "person")
                if p["name"] not in lines:
                    out.append(f"person split over lines: {p['name']}")
        elif path == "journal.levels":
            if v != levels.get(ev["journal"]["name"]):
                out.append(f"levels {v} != catalogue {levels.get(ev['journal']['name'])}")
        elif path == "hours_stated":
            need(f"{int(v)}学时" if v == int(v) else str(v), "hours")
        elif path == "patent.number":
            if v[2:] not in text.replace("ZL", ""):
                out.append(f"patent number not printed: {v}")
        elif isinstance(v, list):
            for s in v:
                need(s, path)
        else:
            need(str(v), path)
    for path in DATES:
        v = get_path(ev, path)
        if v and not any(f in text for f in date_forms(v)):
            if not (path == "period.end" and len(v) == 10 and f"至{int(v[8:])}日" in text):
                out.append(f"{path} {v} not printed")
    if claim["person"] != ev["holder"] and claim["person"] not in [p["name"] for p in ev["people"]]:
        out.append("claimed person is neither holder nor among people")
    need(claim["person"], "claimed person")
    if str(claim["year"]) not in text and han_year(claim["year"]) not in text:
        out.append(f"claimed year {claim['year']} not printed")
    if claim["year"] not in YEARS[claim["policy"]]:
        out.append(f"year {claim['year']} outside {claim['policy']}")
    pub, pro = "公需" in text, ("专业科目" in text or "专业课" in text)
    cat = ev.get("category_stated")
    if (
        (cat == "public" and not (pub and not pro))
        or (cat == "professional" and not (pro and not pub))
        or (
            cat is None
            and pub != pro
            and rec["evidence_type"] in ("training_certificate", "training_notice", "sign_in_sheet")
        )
    ):
        out.append(f"category {cat} but printed public={pub} professional={pro}")
    for i, pg in enumerate(doc.pages):
        for op in pg.ops:
            if op[0] != "text":
                continue
            _, x, y, s, size, font, _c = op
            w = width_mm(s, font, size)
            if x < 0.5 or y < 0.5 or x + w > pg.w - 0.5 or y + size * PT_MM > pg.h - 0.5:
                out.append(f"text off page {i + 1}: {s[:20]!r} at ({x:.1f},{y:.1f}) w={w:.1f}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind58.check")
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--per-type", type=int, default=10)
    a = ap.parse_args(argv)
    levels = catalogue_levels()
    n = bad = 0
    for seed in range(1, a.seeds + 1):
        for job in corpus.plan(seed, a.per_type):
            doc, _, _ = corpus.build(job)
            rec = corpus.truth_only(job)
            n += 1
            ms = misses(rec, doc, levels)
            if ms:
                bad += 1
                for m in ms:
                    print(f"seed {seed} {rec['id']} {rec['layout']}: {m}")
    print(f"{n} documents checked over {a.seeds} seeds, {bad} with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
