"""`make bench` (OCR part): character error rate and seconds per page, per engine and per degradation.

Run: `.venv/bin/python -m bench.ocr_bench [--docs 10] [--engines rapidocr,tesseract]`.
Renders `--docs` Chinese certificates (training, award, patent, qualification, project completion) with known
text, degrades each as clean / scan / phone, writes them as files and reads them through
`ingest.ocr.reader.ocr_file` (EXIF, upright, deskew, OCR: what the service does). CER = Levenshtein distance /
reference length over the whole document text, both sides NFKC-normalised with all whitespace removed, the
reference being the printed lines in reading order (the curved seal text is not in the reference, so any of it
the engine reads counts as insertions). Also times a text-layer PDF page and a scanned A4 page pinned to one
core. Prints a table and writes bench/out/ocr_bench.json. Timings depend on machine load: the load average is
printed with them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import time
import unicodedata
from pathlib import Path
from typing import Any

from bench.generator import build
from bench.generator.corpus import DPI
from bench.generator.degrade import DEGRADATIONS, degrade, with_exif_orientation
from bench.generator.doc import Doc
from bench.generator.render import images_to_pdf, render_page, render_pdf

OUT = Path("bench/out")
CERT_TYPES = ("training_certificate", "award_certificate", "patent_certificate", "qualification_certificate",
              "project_completion")  # fmt: skip


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(reference: str, hypothesis: str) -> float:
    ref, hyp = norm(reference), norm(hypothesis)
    return levenshtein(ref, hyp) / max(1, len(ref))


def documents(n: int, seed: int) -> list[Doc]:
    return [build(CERT_TYPES[i % len(CERT_TYPES)], random.Random(f"ocr-bench:{seed}:{i}")) for i in range(n)]


def write_variants(docs: list[Doc], folder: Path, seed: int) -> list[tuple[str, Path, str]]:
    """(degradation, file, reference text) for every document and degradation."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, doc in enumerate(docs):
        reference = "".join(doc.pages[0].lines())
        for deg in DEGRADATIONS:
            img, orientation = degrade(
                render_page(doc.pages[0], DPI[deg]), deg, random.Random(f"{seed}:{i}:{deg}")
            )
            path = folder / f"{i:02d}-{deg}.{'png' if deg == 'clean' else 'jpg'}"
            if deg == "clean":
                img.save(path)
            else:
                img.save(
                    path,
                    "JPEG",
                    quality=92,
                    exif=with_exif_orientation(orientation) if orientation != 1 else b"",
                )
            out.append((deg, path, reference))
    return out


def read(path: Path, engine: str) -> tuple[str, float, int, float]:
    """(OCR text, wall seconds, pages, CPU seconds of this process) through the service's reader."""
    from ingest.ocr.reader import ocr_file

    t0, c0 = time.perf_counter(), _cpu()
    pages = ocr_file(path, engine=engine)
    return "".join(p.text for p in pages), time.perf_counter() - t0, len(pages), _cpu() - c0


def _cpu() -> float:
    """CPU seconds of this process and its finished children (tesseract runs as a subprocess)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def bench_engine(engine: str, variants: list[tuple[str, Path, str]]) -> dict[str, dict[str, Any]]:
    read(variants[0][1], engine)  # warm-up: load models once, outside the timings
    rows: dict[str, dict[str, list[float]]] = {d: {"cer": [], "seconds": [], "cpu": []} for d in DEGRADATIONS}
    per_file = {}
    for deg, path, reference in variants:
        text, seconds, pages, cpu = read(path, engine)
        per_file[path.name] = round(cer(reference, text), 4)
        rows[deg]["cer"].append(per_file[path.name])
        rows[deg]["seconds"].append(seconds / pages)
        rows[deg]["cpu"].append(cpu / pages)
    out: dict[str, Any] = {d: {"cer": round(statistics.fmean(r["cer"]), 4), "cer_max": round(max(r["cer"]), 4),
                               "cer_median": round(statistics.median(r["cer"]), 4),
                               "seconds_per_page": round(statistics.fmean(r["seconds"]), 3),
                               "cpu_seconds_per_page": round(statistics.fmean(r["cpu"]), 3), "pages": len(r["cer"])}
                           for d, r in rows.items()}  # fmt: skip
    out["per_file_cer"] = per_file
    return out


def text_layer_seconds(folder: Path, repeats: int = 5) -> dict[str, float]:
    """Median wall and CPU seconds to read one text-layer PDF page (pdfplumber words + the page image)."""
    doc = build("training_notice", random.Random("text-layer"))
    path = folder / "text-layer.pdf"
    path.write_bytes(render_pdf(doc.pages, "zenhei"))
    read(path, "rapidocr")
    runs = [read(path, "rapidocr") for _ in range(repeats)]
    return {
        "wall": round(statistics.median(r[1] for r in runs), 4),
        "cpu": round(statistics.median(r[3] for r in runs), 4),
    }


def _one_core(args: tuple[str, str]) -> dict[str, float]:
    """Seconds for one scanned A4 page, in a process pinned to one CPU before any model loads."""
    engine, path = args
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    read(Path(path), engine)
    runs = [read(Path(path), engine) for _ in range(2)]
    return {
        "wall": round(statistics.median(r[1] for r in runs), 3),
        "cpu": round(statistics.median(r[3] for r in runs), 3),
    }


def scanned_a4_path(folder: Path) -> Path:
    doc = build("training_notice", random.Random("scanned-a4"))
    img, _ = degrade(render_page(doc.pages[0], 200), "scan", random.Random(1))
    path = folder / "scanned-a4.pdf"
    path.write_bytes(images_to_pdf([img], 200))
    return path


def main(argv: list[str] | None = None) -> None:
    from ingest.ocr.registry import ENGINES

    ap = argparse.ArgumentParser(description="CER and s/page per OCR engine and degradation.")
    ap.add_argument("--docs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--engines", default=",".join(e for e in ENGINES if e != "fake"))
    args = ap.parse_args(argv)
    folder = OUT / "ocr-bench"
    variants = write_variants(documents(args.docs, args.seed), folder, args.seed)
    engines = [e for e in args.engines.split(",") if e]
    result: dict[str, Any] = {"docs": args.docs, "load_average_start": os.getloadavg(), "engines": {}}
    for engine in engines:
        result["engines"][engine] = bench_engine(engine, variants)
    result["text_layer_pdf_seconds_per_page"] = text_layer_seconds(folder)
    a4 = str(scanned_a4_path(folder))
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        result["scanned_a4_one_core_seconds"] = {e: pool.apply(_one_core, ((e, a4),)) for e in engines}
    result["load_average_end"] = os.getloadavg()
    _print(result)
    (OUT / "ocr_bench.json").write_text(json.dumps(result, indent=1))


def _print(result: dict[str, Any]) -> None:
    print(
        f"\nOCR on {result['docs']} rendered certificates per degradation (CER mean/median/max over NFKC text, whitespace removed)"
    )
    print(
        f"{'engine':12s}{'degradation':>12s}{'CER':>9s}{'median':>9s}{'max':>9s}{'s/page':>9s}{'CPU s/page':>11s}{'pages':>7s}"
    )
    for engine, rows in result["engines"].items():
        for deg, r in ((d, rows[d]) for d in DEGRADATIONS):
            print(f"{engine:12s}{deg:>12s}{r['cer']:>9.2%}{r['cer_median']:>9.2%}{r['cer_max']:>9.2%}{r['seconds_per_page']:>9.2f}"
                  f"{r['cpu_seconds_per_page']:>11.2f}{r['pages']:>7d}")  # fmt: skip
    t = result["text_layer_pdf_seconds_per_page"]
    print(
        f"\ntext-layer PDF page (pdfplumber, no OCR): {t['wall'] * 1000:.0f} ms/page wall, {t['cpu'] * 1000:.0f} ms CPU"
    )
    for engine, s in result["scanned_a4_one_core_seconds"].items():
        print(
            f"scanned A4 page at 200 dpi, pinned to one core, {engine}: {s['wall']:.2f} s/page wall, {s['cpu']:.2f} s CPU"
        )
    print("load average (1/5/15 min) start {} end {}".format(*(
        "/".join(f"{x:.1f}" for x in result[k]) for k in ("load_average_start", "load_average_end"))))  # fmt: skip


if __name__ == "__main__":
    main()
