"""Check draw 28's truth against its printed text: `python -m bench.blind28.check [--seeds 5,31] [--per-type 8]`.

For every record, every scored value (names, title, printed dates, hours, numbers, journal, issuer, award name,
qualification subject and modules) and the claimed person must be printed on its pages, and every printed date
recorded for a scored date field must read back to the truth value."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from bench.blind28 import corpus
from bench.blind28.pools import HAN
from bench.generator.truth import get_path

DATE_PATHS = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")


def _han_num(s: str) -> int:
    if "十" in s:
        a, _, b = s.partition("十")
        return (HAN.index(a) if a else 1) * 10 + (HAN.index(b) if b else 0)
    return HAN.index(s)


def read_date(s: str) -> str | None:
    """A printed date (arabic or Chinese numerals, day optional) as ISO, or None."""
    s = s.replace(" ", "").replace("○", "〇")
    m = re.search(r"(\d{4})[年.\-/．](\d{1,2})(?:[月.\-/．](\d{1,2}))?", s)
    if m:
        y, mo, d = m.group(1), int(m.group(2)), m.group(3)
        return f"{y}-{mo:02d}" + (f"-{int(d):02d}" if d else "")
    m = re.search(
        r"([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?", s
    )
    if m:
        y = "".join(str(HAN.index(c)) for c in m.group(1))
        out = f"{y}-{_han_num(m.group(2)):02d}"
        return out + (f"-{_han_num(m.group(3)):02d}" if m.group(3) else "")
    return None


def problems(doc: Any, rec: dict[str, Any]) -> list[str]:
    raw = "\n".join(line for page in rec["lines"] for line in page)
    text = raw.replace("\n", "").replace(" ", "").replace("\u3000", "")
    ev, out = rec["evidence"], []
    shown: list[tuple[str, str, Any]] = doc.shown

    def printed(label: str, s: Any) -> None:
        if s is None or str(s).replace(" ", "") not in text:
            out.append(f"{label} not printed: {s!r}")

    for path, s, _ in shown:
        printed(f"shown {path}", s)
    printed("claim", rec["claim"]["person"])
    for path in rec["scored"]:
        val = get_path(ev, path)
        if path == "people":
            for p in ev["people"]:
                printed("person", p["name"])
        elif path in DATE_PATHS:
            reads = [read_date(s) for p, s, _ in shown if p == path]
            if val not in reads:
                out.append(f"{path} {val} not read from printed {[s for p, s, _ in shown if p == path]}")
        elif path == "patent.number":
            digits = [re.sub(r"\D", "", s) for p, s, _ in shown if p == path]
            if re.sub(r"\D", "", val) not in digits:
                out.append(f"patent number {val} not printed")
        elif path == "hours_stated":
            if not re.search(rf"(?<!\d){val:g}(?!\d)\s*学时|学时[：:]?{val:g}(?!\d)|{val:g}学时", text):
                out.append(f"hours {val} not printed")
        elif path == "qualification.modules":
            for m in val:
                printed("module", m)
        elif path == "journal.year":
            printed(path, str(val))
        elif path in ("journal.volume", "journal.issue"):
            if not re.search(rf"(?<!\d)0?{val}(?!\d)", raw):
                out.append(f"{path} {val} not printed")
        elif path in ("qualification.kind", "award.kind", "award.level", "patent.kind", "journal.levels"):
            continue
        elif path == "holder":
            if val is not None:
                printed(path, val)
        else:
            printed(path, val)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind28.check")
    ap.add_argument("--seeds", default="5,31")
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    n = 0
    for seed in (int(s) for s in a.seeds.split(",")):
        for job in corpus.plan(seed, a.per_type):
            doc, _, _ = corpus.build(job)
            rec = corpus.truth_only(job)
            n += 1
            for p in problems(doc, rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: {p}")
    print(f"{n} records checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
