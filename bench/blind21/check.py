"""Self-check of draw 21: every scored truth value and the claimed person are printed on the pages.

`python -m bench.blind21.check [--seed S] [--per-type N]` exits non-zero listing what is missing. Dates are
read back from the printed text (Arabic, dotted, dashed and Chinese-numeral forms, ranges whose end drops
the year or month, months without a day) and compared with the ISO truth."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from bench.blind21 import corpus

HZ = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0}
SEP = r"\s*[年.\-/．]\s*"


def _hz_small(s: str) -> int:
    if "十" not in s:
        return HZ[s]
    a, _, b = s.partition("十")
    return (HZ[a] if a else 1) * 10 + (HZ[b] if b else 0)


def arabic(text: str) -> str:
    text = re.sub(r"[〇○一二三四五六七八九]{4}(?=年)", lambda m: "".join(str(HZ[c]) for c in m.group()), text)
    return re.sub(r"[一二三四五六七八九十]{1,3}(?=[月日])", lambda m: str(_hz_small(m.group())), text)


def dates(text: str) -> set[str]:
    """Every ISO day and month the text prints."""
    t = arabic(text)
    out: set[str] = set()
    for m in re.finditer(r"(\d{4})\s*[年.\-/．]\s*(\d{1,2})\s*[月.\-/．]\s*(\d{1,2})(?!\d)\s*日?", t):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        out.add(f"{y:04d}-{mo:02d}-{d:02d}")
        tail = re.match(r"\s*(?:至|—|-|~|－)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日", t[m.end() :])
        if tail:
            out.add(f"{y:04d}-{int(tail[1] or mo):02d}-{int(tail[2]):02d}")
    for m in re.finditer(
        rf"(\d{{4}}){SEP}(\d{{1,2}})(月)?(?!\d)(?!\s*[.\-/．]\s*\d)(?!\s*\d{{1,2}}\s*日)", t
    ):
        out.add(f"{int(m[1]):04d}-{int(m[2]):02d}")
    return out


def problems(r: dict[str, Any]) -> list[str]:
    ev, scored = r["evidence"], set(r["scored"])
    lines = sum(r["lines"], [])
    text = re.sub(r"[\s\u3000]", "", "".join(lines))
    found = dates("\n".join(lines))
    bad: list[str] = []

    def need(label: str, value: Any) -> None:
        if value is not None and re.sub(r"\s", "", str(value)) not in text:
            bad.append(f"{label}={value!r} not printed")

    need("claim", r["claim"]["person"])
    if "holder" in scored:
        need("holder", ev["holder"])
    if "people" in scored:
        for p in ev["people"]:
            need("person", p["name"])
    for key in ("title", "issuer"):
        if key in scored:
            need(key, ev[key])
    if "hours_stated" in scored:
        h = ev["hours_stated"]
        if not re.search(rf"(?<!\d){int(h)}(?!\d)", " ".join(lines)) or "学时" not in text:
            bad.append(f"hours {h} not printed with 学时")
    for path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
        if path in scored:
            head, _, leaf = path.partition(".")
            v = ev[head][leaf] if leaf else ev[head]
            if v not in found:
                bad.append(f"{path}={v} not among printed dates")
    j = ev.get("journal")
    if j:
        for key in ("name", "issn", "cn"):
            need(f"journal.{key}", j[key])
        need("journal.year", j["year"])
        if j["volume"] and "journal.volume" in scored:
            need("journal.volume", j["volume"])
        if not any(
            f"{a}{j['issue']}{b}" in text for a, b in (("第", "期"), ("(", ")"), ("（", "）"), ("No.", ":"))
        ):
            bad.append(f"journal issue {j['issue']} not printed")
        if ("national" in j["levels"] or "provincial" in j["levels"]) and "主管" not in text:
            bad.append("supervisor level without 主管 line")
    pt = ev.get("patent")
    if pt and pt["number"][2:14] not in text.replace("ZL", ""):
        bad.append(f"patent number {pt['number']} not printed")
    b = ev.get("book")
    if b:
        for key in ("isbn", "publisher", "edition"):
            if f"book.{key}" in scored:
                need(f"book.{key}", b[key])
    a = ev.get("award")
    if a:
        need("award.name", a["name"])
        need("award.grade", a["grade"])
        if a["name"] and re.match(r"\d{4}", a["name"]):
            bad.append("award name keeps a year")
    q = ev.get("qualification")
    if q:
        need("qualification.subject", q["subject"])
        for mod in q["modules"] or []:
            need("module", mod)
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind21.check")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    n_bad = 0
    for job in corpus.plan(a.seed, a.per_type):
        r = corpus.truth_only(job)
        for msg in problems(r):
            n_bad += 1
            print(f"{r['id']} {r['layout']}: {msg}")
    print(f"{n_bad} problems")
    return 1 if n_bad else 0


if __name__ == "__main__":
    sys.exit(main())
