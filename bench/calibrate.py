"""Fit the suggestion-confidence calibration (rules/calibration.yaml) on development corpora.

Run: `.venv/bin/python -m bench.calibrate CORPUS [CORPUS ...]` with corpora already OCR'd by `bench.eval`
(names as under bench/out, e.g. `blind-v1-d1-s1 heldout-v1-s11`). Never fit on the corpus you report as
blind: the table is only as honest as the corpus it is then measured on.

For every field a credit depends on (rules/confidence.py DEPENDS, plus evidence_type and the claimant's
entry in people or holder), each extracted value gives a pair (raw confidence, right?). Pairs are binned
by raw confidence, each bin's rate of right values is shrunk toward the bin's mean raw confidence c,
(k + PRIOR·c) / (n + PRIOR), and
the bins are made non-decreasing (pool adjacent violators, weighted by count), so a higher raw confidence
never calibrates lower. The table maps a raw confidence to the rate at which such values were right.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from bench import straight
from bench.scoring import norm_field
from models.contract import Evidence
from rules.confidence import DEPENDS, EDGES, person_confidence

OUT = Path("bench/out")
TABLE = Path("rules/calibration.yaml")
MIN_COUNT = 8  # a field seen fewer times keeps its raw confidence
PRIOR = 8  # pseudo-counts at a bin's own raw confidence


def _get(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _right(field: str, truth: dict[str, Any], pred: dict[str, Any], person: str) -> bool | None:
    """Whether the extracted value of `field` is right; None when the truth cannot say."""
    if field == "evidence_type":
        return truth["evidence_type"] == pred["evidence_type"]
    if field == "people":
        mine = [(p["name"], p["rank"], p["role"]) for p in truth.get("people") or [] if p["name"] == person]
        if not mine:
            return None
        return mine[0] in {(p["name"], p["rank"], p["role"]) for p in pred.get("people") or []}
    if field == "journal.levels":
        return sorted(_get(truth, field) or []) == sorted(_get(pred, field) or [])
    if field == "period":
        t, p = truth.get("period") or {}, pred.get("period") or {}
        return (t.get("start"), t.get("end")) == (p.get("start"), p.get("end"))
    if field in ("journal", "patent", "award", "book", "qualification"):
        return None  # their parts are calibrated one by one
    t, p = _get(truth, field), _get(pred, field)
    return norm_field(field, t) == norm_field(field, p)


def pairs(corpus: str) -> list[tuple[str, float, bool]]:
    """(field, raw confidence, right) for every credit field of every document of one OCR'd corpus."""
    import extractors
    from models.pages import PageText

    records = [
        json.loads(line) for line in (OUT / corpus / "truth.jsonl").read_text("utf-8").splitlines() if line
    ]
    caches = sorted(glob.glob(str(OUT / "ocr-cache" / corpus / "*/")))
    if not caches:
        raise SystemExit(f"{corpus}: no OCR cache under bench/out/ocr-cache (run bench.eval on it first)")
    ctx = extractors.default_context()
    wanted = {k for groups in DEPENDS.values() for group in groups for k in group} | {
        "evidence_type",
        "people",
        "holder",
    }
    out = []
    for rec in records:
        cached = Path(caches[-1]) / f"{rec['id']}.json"
        if not cached.exists():
            continue
        pages = [PageText.from_dict(p) for p in json.loads(cached.read_text("utf-8"))["pages"]]
        pred = extractors.extract(pages, ctx).to_json()
        person, _ = straight.claim_of(rec)
        scored = set(rec.get("scored") or []) | {"evidence_type"}
        confs = {k: v for k, v in pred["confidence"].items() if not k.startswith("people")}
        key, mine = person_confidence(Evidence.model_validate(pred), person)
        if key == "people" and mine is not None:
            confs["people"] = mine  # the claimant's own entry, as rules/confidence.py reads it
        for field, conf in confs.items():
            if field not in wanted or (field not in scored and field not in ("people", "period")):
                continue
            right = _right(field, rec["evidence"], pred, person)
            if right is not None:
                out.append((field, float(conf), right))
    return out


def fit(data: list[tuple[str, float, bool]]) -> dict[str, list[list[float]]]:
    """Per field: [[bin lower edge, calibrated rate], ...] over EDGES, non-decreasing."""
    by_field: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for field, conf, right in data:
        by_field[field].append((conf, right))
    table = {}
    for field, items in sorted(by_field.items()):
        if len(items) < MIN_COUNT:
            continue
        bins = []
        for lo, hi in zip(EDGES, [*EDGES[1:], 1.0001], strict=True):
            sel = [(c, r) for c, r in items if lo <= c < hi]
            if sel:
                # the bin's rate of right values, shrunk toward its own raw confidence by PRIOR pseudo-counts:
                # a bin of few values says little, so it keeps nearly its raw confidence (a classification
                # read at 0.35 is not trusted at 0.94 because the few such values seen were right)
                raw = sum(c for c, _ in sel) / len(sel)
                rate = (sum(r for _, r in sel) + PRIOR * raw) / (len(sel) + PRIOR)
                bins.append([lo, rate, len(sel)])
        table[field] = [[lo, round(rate, 4)] for lo, rate, _ in _monotone(bins)]
    return table


def _monotone(bins: list[list[float]]) -> list[list[float]]:
    """Pool adjacent violators on [edge, rate, count] bins."""
    blocks = [[b[0], b[1], b[2], [b[0]]] for b in bins]
    i = 0
    while i < len(blocks) - 1:
        if blocks[i][1] > blocks[i + 1][1]:
            a, b = blocks[i], blocks[i + 1]
            n = a[2] + b[2]
            blocks[i] = [a[0], (a[1] * a[2] + b[1] * b[2]) / n, n, a[3] + b[3]]
            del blocks[i + 1]
            i = max(i - 1, 0)
        else:
            i += 1
    return [[edge, rate, n] for _, rate, n, edges in blocks for edge in edges]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Fit rules/calibration.yaml on OCR'd development corpora.")
    ap.add_argument("corpora", nargs="+")
    args = ap.parse_args(argv)
    data = [p for corpus in args.corpora for p in pairs(corpus)]
    table = fit(data)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for field, _, right in data:
        counts[field][0] += 1
        counts[field][1] += int(right)
    doc = {
        "fitted_on": args.corpora,
        "fitted": dt.date.today().isoformat(),
        "note": "written by bench/calibrate.py; a raw confidence maps to the rate such values were right",
        "fields": table,
        "counts": {f: {"values": n, "right": k} for f, (n, k) in sorted(counts.items())},
    }
    TABLE.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"wrote {TABLE}: {len(table)} fields from {len(data)} values")
    for field, rows in table.items():
        n, k = counts[field]
        print(f"  {field:22s} {k:>4}/{n:<4} " + "  ".join(f"{lo:.2f}->{rate:.3f}" for lo, rate in rows))


if __name__ == "__main__":
    main()
