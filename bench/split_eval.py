"""`make eval` (part): split accuracy on generated multi-proof files, and duplicate-claim precision and recall.

Run: `.venv/bin/python -m bench.split_eval [--docs 40] [--scanned 3] [--dups 24] [--seed 5]`.

Split: `--docs` files of 2-7 proofs each (bench.generator.bundle: about a third of the proofs span pages: a
journal cover + 目录 (+ first page), a book's cover + CIP page (+ 编委会), a certificate with an 附页), read
the way the service reads them (text-layer PDFs; `--scanned` of them scanned at 200 dpi and OCR'd), then split
by extractors.split. Printed: the share of proofs whose page range is exactly right, the share of files split
exactly right, and field P/R/F1 (bench.scoring) of the proofs with the right pages.

Duplicates: `--dups` proofs of the types a person claims (certificates, patents, awards, projects,
qualifications, books, papers) are each claimed twice by one person, first from a text-layer PDF and later
from a scan of it at 200 dpi (OCR'd, other pixels and bytes); co-inventors / co-authors / a second holder
claim the same proof too. Every claim runs through extraction and review.duplicates as in the service.
Precision = flagged pairs that are the same proof of the same person / all flagged; recall = re-claims
flagged / all re-claims.

Floors (exit status 1 below them): proofs with the right pages >= 0.97, duplicate precision >= 0.99 and
recall >= 0.95. Writes bench/out/split-eval.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import extractors
from bench.generator.bundle import bundle, make_proof, plan_kinds
from bench.generator.degrade import scan
from bench.generator.render import images_to_pdf, render_page, render_pdf
from bench.scoring import Tally, compare_field
from extractors.certnumbers import with_certificate_number
from extractors.split import extract_proof, extract_proofs
from ingest.files import Limits, validate_upload
from ingest.ocr.reader import read_document
from ingest.ocr.registry import get_engine
from models.contract import Evidence
from models.pages import PageText
from review.duplicates import Claim, duplicates

OUT = Path("bench/out")
FLOORS = {"proofs_right": 0.97, "dup_precision": 0.99, "dup_recall": 0.95}
CLAIMED = ("training_certificate", "patent_certificate", "award_certificate", "project_completion",
           "qualification_certificate", "book", "journal_triple")  # fmt: skip
DPI = 200


def read_pages(data: bytes, engine: str) -> list[PageText]:
    sniffed = validate_upload(data, "file.pdf", Limits(max_pages=200))
    return [p.text for p in read_document(data, sniffed, get_engine(engine), dpi=DPI)]


def _pdf(pages: list[Any], scanned: bool, rng: random.Random) -> bytes:
    if scanned:
        return images_to_pdf([scan(render_page(p, DPI), rng) for p in pages], DPI)
    return render_pdf(pages, rng.choice(["zenhei", "uming"]))


def split_scores(n_docs: int, n_scanned: int, seed: int, engine: str) -> dict[str, Any]:
    rng = random.Random(f"split:{seed}")
    ctx = extractors.default_context()
    proofs_total = proofs_right = docs_right = typed_right = 0
    fields, misses = Tally(), []
    for i in range(n_docs):
        kinds = plan_kinds(rng, rng.randint(2, 7))
        pages, truth = bundle(kinds, f"split:{seed}:{i}")
        texts = read_pages(_pdf(pages, i < n_scanned, rng), engine)
        found = extract_proofs(texts, ctx)
        got = {(p.first, p.last): ev for p, ev in found}
        want = [(t.first, t.last) for t in truth]
        proofs_total += len(truth)
        docs_right += int(sorted(got) == want)
        if sorted(got) != want:
            misses.append({"doc": i, "kinds": kinds, "truth": want, "got": sorted(got),
                           "reasons": [p.reasons for p, _ in found]})  # fmt: skip
        for t in truth:
            ev = got.get((t.first, t.last))
            if ev is None:
                continue
            proofs_right += 1
            typed_right += int(ev.evidence_type == t.doc.evidence_type)
            for path in t.doc.scored:
                fields.add(compare_field(path, t.doc.evidence, ev.to_json())[0])
    return {"documents": n_docs, "scanned": n_scanned, "proofs": proofs_total,
            "proofs_right": round(proofs_right / proofs_total, 4), "proofs_right_n": proofs_right,
            "documents_right": round(docs_right / n_docs, 4), "documents_right_n": docs_right,
            "types_right": round(typed_right / max(proofs_right, 1), 4), "fields": fields.prf(),
            "misses": misses}  # fmt: skip


def _record(pages: list[PageText]) -> Evidence:
    """The record the service keeps for a one-proof file (ingest.pipeline.extract)."""
    return with_certificate_number(extract_proof(pages, extractors.default_context()), pages)


def duplicate_scores(n: int, seed: int, engine: str) -> dict[str, Any]:
    """One person claims each proof twice (a text-layer PDF, later a scan); others claim some of them too."""
    rng = random.Random(f"dups:{seed}")
    first: list[Claim] = []
    again: list[Claim] = []
    others: list[Claim] = []
    for i in range(n):
        kind = CLAIMED[i % len(CLAIMED)]
        doc = make_proof(kind, f"dups:{seed}:{i}")
        text_copy = _record(read_pages(_pdf(doc.pages, False, rng), engine))
        scanned = _record(read_pages(_pdf(doc.pages, True, rng), engine))
        first.append(Claim(f"{i}:text", "me", text_copy))
        again.append(Claim(f"{i}:scan", "me", scanned))
        if i % 2 == 0:  # a co-inventor, co-author, co-editor or the other holder claims the same proof
            others.append(Claim(f"{i}:theirs", "colleague", text_copy))
    claims = first + others + again
    found = duplicates(claims)
    right = {f"{i}:scan": f"{i}:text" for i in range(n)}
    flagged = len(found)
    correct = sum(1 for cid, m in found.items() if right.get(cid) == m.earlier)
    return {"proofs": n, "reclaims": len(right), "co_owner_claims": len(others), "flagged": flagged,
            "precision": round(correct / flagged, 4) if flagged else 1.0,
            "recall": round(correct / len(right), 4), "correct": correct,
            "missed": sorted(set(right) - {c for c, m in found.items() if right.get(c) == m.earlier}),
            "wrong": sorted(c for c, m in found.items() if right.get(c) != m.earlier)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--scanned", type=int, default=3, help="how many of the files are scanned and OCR'd")
    ap.add_argument("--dups", type=int, default=21)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--engine", default="rapidocr")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    s = split_scores(args.docs, args.scanned, args.seed, args.engine)
    d = duplicate_scores(args.dups, args.seed, args.engine)
    f = s["fields"]
    print(f"split: {s['documents']} multi-proof files ({s['scanned']} scanned), {s['proofs']} proofs")
    print(f"  proofs with the right pages   {s['proofs_right']:.3f}  ({s['proofs_right_n']}/{s['proofs']})"
          f"   floor {FLOORS['proofs_right']}")  # fmt: skip
    print(
        f"  files split exactly right     {s['documents_right']:.3f}  ({s['documents_right_n']}/{s['documents']})"
    )
    print(f"  type right (right pages)      {s['types_right']:.3f}")
    print(f"  fields P / R / F1 (right pages) {f['precision']:.3f} / {f['recall']:.3f} / {f['f1']:.3f}")
    print(
        f"duplicates: {d['proofs']} proofs claimed again from a scan, {d['co_owner_claims']} claimed by a co-owner"
    )
    print(
        f"  precision {d['precision']:.3f}  ({d['correct']}/{d['flagged']})   floor {FLOORS['dup_precision']}"
    )
    print(f"  recall    {d['recall']:.3f}  ({d['correct']}/{d['reclaims']})   floor {FLOORS['dup_recall']}")
    print(f"  {time.perf_counter() - started:.0f} s")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "split-eval.json").write_text(
        json.dumps({"split": s, "duplicates": d}, ensure_ascii=False, indent=1)
    )
    below = [k for k, v in (("proofs_right", s["proofs_right"]), ("dup_precision", d["precision"]),
                            ("dup_recall", d["recall"])) if v < FLOORS[k]]  # fmt: skip
    if below:
        print(f"below the floor: {', '.join(below)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
