"""Self-check of draw 62: every scored value, truth date, claimed person and year is printed; text stays on the
page; journal levels agree with the shared catalogues. `python -m bench.blind62.check [--seeds N] [--per-type N]`
exits 1 on any miss."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path
from typing import Any

from bench.blind.page import PT_MM, width_mm
from bench.blind62 import corpus, kit
from bench.generator.truth import get_path

DATA = Path("/tmp/shared/data")
TEXT_FIELDS = ("holder", "title", "issuer", "journal.name", "journal.issn", "journal.cn", "award.name", "award.grade",
               "book.isbn", "book.publisher", "book.edition", "qualification.subject", "patent.number")  # fmt: skip
DATE_FIELDS = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
SEEDS = (641, 31, 5, 17, 7, 99, 2024, 3)


def _norm(name: str) -> str:
    return re.sub(r"[\s《》()（）\[\]【】.·、，,:：\-—]", "", name)


def catalogues() -> tuple[dict[str, tuple[str, str]], dict[str, set[str]], dict[str, set[str]]]:
    """CSCD core rows by ISSN, list memberships by normalised name, SCIE/SSCI indexes by ISSN."""
    cscd: dict[str, tuple[str, str]] = {}
    with (DATA / "journals-cscd.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["database"] == "core":
                cscd[row["issn"]] = (row["name"], row["cn"])
    cn: dict[str, set[str]] = {}
    with (DATA / "journals-cn.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cn[_norm(row["name"])] = set(row["levels"].split(";")) if row["levels"] else set()
    intl: dict[str, set[str]] = {}
    with (DATA / "journals-intl.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for key in ("issn", "eissn"):
                if row.get(key):
                    intl.setdefault(row[key], set()).add(row["index"].lower())
    return cscd, cn, intl


def expected_levels(j: dict[str, Any], text: str, cats: tuple[Any, Any, Any]) -> set[str] | str:
    cscd, cn, intl = cats
    row = cscd.get(j["issn"])
    if row is None or row != (j["name"], j["cn"]):
        return f"journal {j['name']} {j['issn']} {j['cn']} is not a CSCD core row"
    levels = {"cscd"} | (cn.get(_norm(j["name"]), set()) & {"pku_core", "cssci"})
    levels |= {x for x in intl.get(j["issn"], set()) if x in ("sci", "ssci")}
    if "主管单位：中国科学技术协会" in text:
        levels.add("national")
    return levels


def check_doc(job: dict[str, Any], cats: tuple[Any, Any, Any]) -> list[str]:
    doc, _, _ = corpus.build(job)
    rec = doc.record()
    texts = [op for pg in doc.pages for op in pg.ops if op[0] == "text"]
    text = "".join("".join(pg.lines()) for pg in doc.pages).replace(" ", "").replace("\u3000", "")
    where = f"{job['seed']}/{job['type']}/{job['k']} {doc.layout}"
    miss: list[str] = []
    for path in doc.scored:
        val = get_path(rec, path)
        if path == "people":
            miss += [f"{where}: person {p['name']} not printed" for p in val if p["name"] not in text]
        elif path in TEXT_FIELDS and val is not None and str(val).replace(" ", "") not in text:
            miss.append(f"{where}: {path}={val!r} not printed")
        elif path == "hours_stated" and not re.search(f"(?<![\\d.]){val:g}(学时|课时|小时)", text):
            miss.append(f"{where}: hours {val} not printed with 学时")
        elif path == "qualification.modules":
            miss += [f"{where}: module {m} not printed" for m in val or [] if m.replace(" ", "") not in text]
        elif path in ("journal.year", "journal.volume", "journal.issue") and str(val) not in text:
            miss.append(f"{where}: {path}={val} not printed")
    for path in DATE_FIELDS:
        val = get_path(rec, path)
        if val and not any(f.replace(" ", "") in text for f in kit.all_forms(val)):
            miss.append(f"{where}: date {path}={val} not printed in any form")
    stated = {c for c, w in (("public", "公需"), ("professional", "专业科目|专业课")) if re.search(w, text)}
    want_cat = stated.pop() if len(stated) == 1 else None
    if rec.get("category_stated") != want_cat:
        miss.append(f"{where}: category_stated {rec.get('category_stated')} but the proof states {want_cat}")
    claim = doc.claim
    if claim["person"] not in text:
        miss.append(f"{where}: claimed person {claim['person']} not printed")
    if str(claim["year"]) not in text and kit.cn_year(claim["year"]) not in text:
        miss.append(f"{where}: claimed year {claim['year']} not printed")
    if claim["policy"] != {2016: "kaifeng-2016", 2022: "taian-2022"}.get(claim["year"]):
        miss.append(f"{where}: claim {claim} pairs a policy with another year")
    for pg in doc.pages:
        for _, x, y, s, size, font, _ in (op for op in pg.ops if op[0] == "text"):
            if x < 0 or y < 0 or x + width_mm(s, font, size) > pg.w + 0.2 or y + size * PT_MM > pg.h + 0.2:
                miss.append(f"{where}: text off the page: {s[:20]!r} at ({x:.0f},{y:.0f})")
    if rec["journal"]:
        want = expected_levels(rec["journal"], text, cats)
        if isinstance(want, str):
            miss.append(f"{where}: {want}")
        elif set(rec["journal"]["levels"]) != want:
            miss.append(f"{where}: levels {rec['journal']['levels']} but the catalogues give {sorted(want)}")
    if not texts:
        miss.append(f"{where}: no text")
    return miss


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind62.check")
    ap.add_argument("--seeds", type=int, default=4)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    cats = catalogues()
    seeds = list(SEEDS[: a.seeds]) + list(range(1000, 1000 + max(0, a.seeds - len(SEEDS))))
    misses: list[str] = []
    n = 0
    for seed in seeds:
        for job in corpus.plan(seed, a.per_type):
            misses += check_doc(job, cats)
            n += 1
    for m in misses:
        print(m)
    print(f"draw 62 self-check: {n} documents, {len(seeds)} seeds, {len(misses)} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
