"""`make eval`: render (or reuse) a corpus with known truth, OCR + extract every document, print the scores.

Run: `.venv/bin/python -m bench.eval [--n 150] [--seed 7] [--engine rapidocr] [--limit-seconds S]`.
`--heldout` scores the independently designed held-out corpus (bench/heldout, 60 documents) instead and
writes bench/out/eval-heldout.json and bench/out/eval-heldout-errors.jsonl.
Writes bench/out/eval.json (all figures) and bench/out/eval-errors.jsonl (one line per document with a
mismatch: truth vs prediction per field, plus the OCR text, for whoever tunes the extractors).

How fields are compared (bench/scoring.py):
- Only the fields listed in each truth record's `scored` (bench/generator/truth.py SCORED, trimmed per layout)
  count. Leaf paths: holder, title, issuer, issued_on, period.start, period.end, hours_stated, people,
  journal.{name,issn,cn,year,volume,issue,levels}, patent.{kind,number,applied_on,granted_on},
  award.{name,kind,level,grade}, book.{isbn,publisher,edition}, qualification.{kind,subject,modules}.
- Strings are compared after NFKC, removing all whitespace and the marks 《》〈〉“”"'‘’「」; ISBNs by
  digits (and X) only; hours as numbers (2 decimals); journal.year as an integer; volume/issue as strings.
- Scalar field: equal -> 1 TP; predicted but different -> 1 FP + 1 FN; missing -> 1 FN; predicted where the
  truth is null (the document does not show it) -> 1 FP.
- Set fields count per item: `people` items are (name, rank, role) triples, so a right name with a wrong rank
  is 1 FP + 1 FN; journal.levels and qualification.modules are sets of strings. `people.names` (names only) is
  printed as a diagnostic and left out of the overall figure.
- Overall precision/recall/F1 are micro-averaged over all scored items; also per degradation
  (clean / scan / phone). evidence_type accuracy is over all documents; a document that fails to read
  counts as type `error` with every field missed.
- Seconds per document = OCR (all pages, as `ingest.ocr.reader.ocr_file` does it) + extraction, per process.
  OCR output is cached under bench/out/ocr-cache/<corpus>/<engine>-<hash of ingest/ocr/ and ingest/files.py>/ (with its timing),
  so re-scoring after an extractor change is quick and any OCR code change re-reads; --fresh-ocr ignores it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import statistics
import time
import traceback
from pathlib import Path
from typing import Any

from bench import straight
from bench.generator.corpus import generate
from bench.generator.degrade import DEGRADATIONS
from bench.scoring import DIAGNOSTIC, Scoreboard
from models.contract import EVIDENCE_TYPES

OUT = Path("bench/out")
SHORT = {
    "training_certificate": "TCert",
    "sign_in_sheet": "Sign",
    "training_notice": "Notic",
    "journal_article": "Journ",
    "book": "Book",
    "patent_certificate": "Paten",
    "award_certificate": "Award",
    "project_completion": "Proj",
    "qualification_certificate": "Qual",
    "other": "Other",
    "error": "ERROR",
}


def _ocr(path: Path, engine: str, cache: Path, fresh: bool) -> tuple[list[dict[str, Any]], float]:
    """OCR'd pages (as dicts) and the seconds OCR took, from the cache when allowed."""
    if cache.exists() and not fresh:
        data = json.loads(cache.read_text(encoding="utf-8"))
        return data["pages"], data["seconds"]
    from ingest.ocr.reader import ocr_file

    t0 = time.perf_counter()
    pages = [p.to_dict() for p in ocr_file(path, engine=engine)]
    seconds = time.perf_counter() - t0
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"pages": pages, "seconds": seconds}, ensure_ascii=False), encoding="utf-8")
    return pages, seconds


def evaluate_one(job: tuple[dict[str, Any], str, str, str, bool]) -> dict[str, Any]:
    """OCR + extract one document; never raises (a failure is reported as the prediction `None`)."""
    rec, corpus, engine, cache_dir, fresh = job
    import extractors
    from models.pages import PageText

    result: dict[str, Any] = {"id": rec["id"], "pred": None, "ocr_seconds": None, "extract_seconds": None}
    try:
        pages, ocr_s = _ocr(Path(corpus) / rec["file"], engine, Path(cache_dir) / f"{rec['id']}.json", fresh)
        t0 = time.perf_counter()
        ev = extractors.extract([PageText.from_dict(p) for p in pages], extractors.default_context())
        result.update(pred=ev.to_json(), ocr_seconds=ocr_s, extract_seconds=time.perf_counter() - t0,
                      text=["\n".join(ln["text"] for ln in p["lines"]) for p in pages])  # fmt: skip
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the evaluation
        result["error"] = f"{type(exc).__name__}: {exc}"
        result["traceback"] = traceback.format_exc(limit=4)
    return result


def ingest_fingerprint() -> str:
    """A hash of the code that turns files into pages (ingest/ocr/ and the upload checks in ingest/files.py),
    so OCR cached by older code is not reused."""
    digest = hashlib.sha1()
    root = Path(__file__).resolve().parents[1] / "ingest"
    for path in [*sorted((root / "ocr").rglob("*.py")), root / "files.py"]:
        digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def ocr_cache(corpus: Path, engine: str) -> Path:
    """Where one corpus's OCR by one engine and the current OCR code is cached. An alias is cached under the
    model it names ('rapidocr' is the default model set), so one reading is never stored under two names."""
    from ingest.ocr.registry import ALIASES

    return OUT / "ocr-cache" / corpus.name / f"{ALIASES.get(engine, engine)}-{ingest_fingerprint()}"


def blind_corpus(draw: int, seed: int, per_type: int, processes: int) -> tuple[Path, list[dict[str, Any]]]:
    """A blind corpus (written apart from the extractors) and its truth records: draws 1 and 2 are the two
    halves of bench/blind's wording; each later draw N (bench/blindN) was written later by another hand that
    read neither the extractors nor the earlier corpora's wording."""
    if draw >= 3:
        import importlib

        package = importlib.import_module(f"bench.blind{draw}")
        corpus = OUT / f"blind{draw}-v{package.VERSION}-s{seed}"
        return corpus, package.generate(corpus, seed, draw, per_type, processes)
    from bench.blind import generate as generate_blind
    from bench.blind.corpus import VERSION as BLIND_VERSION

    corpus = OUT / f"blind-v{BLIND_VERSION}-d{draw}-s{seed}"
    return corpus, generate_blind(corpus, seed, draw, per_type, processes)


def run(records: list[dict[str, Any]], args: argparse.Namespace, corpus: Path) -> list[dict[str, Any]]:
    """Evaluate documents in parallel until done or --limit-seconds is spent."""
    cache = ocr_cache(corpus, args.engine)
    jobs = [(rec, str(corpus), args.engine, str(cache), args.fresh_ocr) for rec in records]
    deadline = time.monotonic() + args.limit_seconds if args.limit_seconds else None
    results = []
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(args.processes) as pool:
        for res in pool.imap(evaluate_one, jobs):
            results.append(res)
            if deadline and time.monotonic() > deadline:
                print(f"--limit-seconds reached after {len(results)} documents")
                pool.terminate()
                break
    return results


def straight_through(
    records: list[dict[str, Any]], results: list[dict[str, Any]]
) -> list[straight.DocResult]:
    by_id = {r["id"]: r for r in records}
    return [straight.score_document(by_id[res["id"]], res["pred"]) for res in results]


def score(records: list[dict[str, Any]], results: list[dict[str, Any]]) -> tuple[Scoreboard, list[dict]]:
    board, errors = Scoreboard(), []
    by_id = {r["id"]: r for r in records}
    for res in results:
        rec = by_id[res["id"]]
        mismatches = board.add(rec, res["pred"])
        if mismatches or res.get("error"):
            errors.append({"id": rec["id"], "file": rec["file"], "layout": rec["layout"],
                           "degradation": rec["degradation"], "format": rec["format"], "mismatches": mismatches,
                           "error": res.get("error"), "ocr_text": res.get("text"),
                           "extraction_notes": (res["pred"] or {}).get("extraction_notes")})  # fmt: skip
    return board, errors


def report(board: Scoreboard, results: list[dict[str, Any]], args: argparse.Namespace) -> dict[str, Any]:
    degs = [d for d in DEGRADATIONS if board.fields.get(d)]
    secs = [r["ocr_seconds"] + r["extract_seconds"] for r in results if r["ocr_seconds"] is not None]
    ext = [r["extract_seconds"] for r in results if r["extract_seconds"] is not None]
    out = {
        "params": {"n": args.n, "seed": args.seed, "engine": args.engine, "evaluated": len(results),
                   "failed": sum(1 for r in results if r["pred"] is None)},
        "type_accuracy": board.type_accuracy(),
        "type_accuracy_by_degradation": {d: board.type_accuracy(d) for d in degs},
        "confusion": {f"{t}->{p}": n for (t, p), n in sorted(board.confusion.items())},
        "overall": board.overall("all"),
        "overall_by_degradation": {d: board.overall(d) for d in degs},
        "fields": {f: t.prf() for f, t in sorted(board.fields["all"].items())},
        "fields_by_degradation": {d: {f: t.prf() for f, t in sorted(board.fields[d].items())} for d in degs},
        "seconds_per_document": {"mean": _r(statistics.fmean(secs)) if secs else None,
                                 "median": _r(statistics.median(secs)) if secs else None,
                                 "max": _r(max(secs)) if secs else None,
                                 "extract_mean": _r(statistics.fmean(ext)) if ext else None},
    }  # fmt: skip
    _print(out, board, degs)
    return out


def _r(x: float) -> float:
    return round(x, 3)


def _print(out: dict[str, Any], board: Scoreboard, degs: list[str]) -> None:
    p = out["params"]
    print(
        f"\nevaluated {p['evaluated']} documents (engine {p['engine']}, seed {p['seed']}); {p['failed']} failed to read"
    )
    print(f"evidence_type accuracy: {out['type_accuracy']:.3f}  " +
          "  ".join(f"{d}: {a:.3f}" for d, a in out["type_accuracy_by_degradation"].items()))  # fmt: skip
    types = [t for t in EVIDENCE_TYPES if any(k[0] == t for k in board.confusion)]
    preds = types + sorted({k[1] for k in board.confusion} - set(types))
    print(
        "\nconfusion (rows truth, columns predicted)\n"
        + " " * 26
        + "".join(f"{SHORT.get(t, t[:5]):>6}" for t in preds)
    )
    for t in types:
        print(f"{t:26s}" + "".join(f"{board.confusion.get((t, q), 0) or '.':>6}" for q in preds))
    print(f"\n{'field':24s}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}" + "".join(f"{'F1 ' + d:>11}" for d in degs))
    for f, s in out["fields"].items():
        per = "".join(
            f"{out['fields_by_degradation'][d].get(f, {}).get('f1', float('nan')):>11.3f}" for d in degs
        )
        tag = " (diagnostic)" if f == DIAGNOSTIC else ""
        print(
            f"{f:24s}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp'] + s['fn']:>6}{per}{tag}"
        )
    o = out["overall"]
    print(f"{'OVERALL':24s}{o['precision']:>7.3f}{o['recall']:>7.3f}{o['f1']:>7.3f}{o['tp'] + o['fn']:>6}" +
          "".join(f"{out['overall_by_degradation'][d]['f1']:>11.3f}" for d in degs))  # fmt: skip
    s = out["seconds_per_document"]
    print(f"\nseconds per document (OCR + extraction, per process): mean {s['mean']}, median {s['median']}, "
          f"max {s['max']}; extraction alone mean {s['extract_mean']}")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Evaluate classification and extraction on a rendered corpus.")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=None, help="default 7, or 11 with --heldout")
    ap.add_argument("--engine", default="rapidocr")
    ap.add_argument(
        "--limit-seconds", type=float, default=0, help="stop evaluating after this long (0: no limit)"
    )
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--fresh-ocr", action="store_true", help="ignore cached OCR output")
    ap.add_argument(
        "--heldout", action="store_true", help="score the held-out corpus (bench/heldout) instead"
    )
    ap.add_argument(
        "--blind", action="store_true", help="score the blind corpus (bench/blind, written apart) instead"
    )
    ap.add_argument(
        "--draw",
        type=int,
        default=47,
        help="with --blind: 1 or 2 (bench/blind's two halves), N >= 3 (bench/blindN); the newest by default",
    )
    ap.add_argument("--per-type", type=int, default=10, help="with --blind: documents per evidence type")
    ap.add_argument(
        "--ocr-only", action="store_true", help="fill the OCR cache and stop: nothing is extracted or scored"
    )
    args = ap.parse_args(argv)
    if args.seed is None:
        args.seed = 11 if args.heldout else 7
    t0 = time.perf_counter()
    if args.blind:  # written apart from the extractors; --n is ignored
        corpus, records = blind_corpus(args.draw, args.seed, args.per_type, args.processes)
        args.n = len(records)
    elif args.heldout:  # independently designed layouts; --n is ignored
        from bench.heldout.corpus import VERSION
        from bench.heldout.corpus import generate as generate_heldout

        corpus = OUT / f"heldout-v{VERSION}-s{args.seed}"  # the OCR cache is keyed by this name
        records = generate_heldout(corpus, args.seed, args.processes)
        args.n = len(records)
    else:
        corpus = OUT / f"corpus-n{args.n}-s{args.seed}"
        records = generate(corpus, args.n, args.seed, args.processes)
    print(f"corpus: {len(records)} documents in {corpus} ({time.perf_counter() - t0:.0f} s)")
    if args.ocr_only:
        cache = ocr_cache(corpus, args.engine)
        ctx = multiprocessing.get_context("fork")
        jobs = [
            (Path(corpus) / r["file"], args.engine, cache / f"{r['id']}.json", args.fresh_ocr)
            for r in records
        ]
        with ctx.Pool(args.processes) as pool:
            pool.starmap(_ocr, jobs)
        print(f"OCR cached for {len(records)} documents in {cache}")
        return
    results = run(records, args, corpus)
    stem = f"eval-blind-d{args.draw}" if args.blind else "eval-heldout" if args.heldout else "eval"
    straight_docs = straight_through(records, results)
    straight.print_summary(straight.summarise(straight_docs), corpus.name)
    board, errors = score(records, results)
    out = report(board, results, args)
    out["straight_through"] = straight.summarise(straight_docs)
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / f"{stem}-credit-disagreements.jsonl").open("w", encoding="utf-8") as fh:
        for row in straight.disagreements(straight_docs):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (OUT / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1))
    with (OUT / f"{stem}-errors.jsonl").open("w", encoding="utf-8") as fh:
        for e in errors:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(
        f"\nwrote {OUT / f'{stem}.json'}, {OUT / f'{stem}-errors.jsonl'} ({len(errors)} documents with field "
        f"mismatches) and {OUT / f'{stem}-credit-disagreements.jsonl'}"
    )


if __name__ == "__main__":
    main()
