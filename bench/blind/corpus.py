"""Plan, render and save a blind corpus: `per_type` documents of each evidence type for one (seed, draw)."""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind import certs, papers
from bench.blind.common import Ctx
from bench.blind.doc import Doc
from bench.blind.page import images_to_pdf, render, render_pdf
from bench.generator.corpus import load, save
from bench.generator.degrade import degrade, with_exif_orientation
from bench.generator.fonts import BODY_FAMILIES, PDF_FAMILIES

VERSION = 1  # bump when wording, layout or truth changes
BUILDERS = {
    "training_certificate": certs.training_certificate,
    "sign_in_sheet": certs.sign_in_sheet,
    "training_notice": certs.training_notice,
    "journal_article": papers.journal_article,
    "book": papers.book,
    "patent_certificate": papers.patent_certificate,
    "award_certificate": papers.award_certificate,
    "project_completion": papers.project_completion,
    "qualification_certificate": certs.qualification_certificate,
    "other": certs.other,
}
TYPES = tuple(BUILDERS)
DPI = {"clean": 150, "scan": 200, "phone": 200}


def plan(seed: int, draw: int, per_type: int) -> list[dict[str, Any]]:
    """One job per document: type, degradation (a third each, shuffled) and intended file format."""
    jobs = []
    for t, etype in enumerate(TYPES):
        rng = random.Random(f"blind-plan:{seed}:{draw}:{etype}")
        cycle = (
            ("phone", "clean", "scan", "phone", "clean")
            if etype == "qualification_certificate"
            else ("clean", "scan", "phone")
        )
        degs = [cycle[i % len(cycle)] for i in range(per_type)]
        rng.shuffle(degs)
        for i, deg in enumerate(degs):
            r = rng.random()
            fmt = {
                "clean": "pdf-text" if r < 0.3 else "png",
                "scan": "pdf-scan" if r < 0.3 else "png",
                "phone": "pdf-scan" if r < 0.1 else "jpg",
            }[deg]
            jobs.append(
                {
                    "index": t * per_type + i,
                    "type": etype,
                    "k": i,
                    "degradation": deg,
                    "format": fmt,
                    "seed": seed,
                    "draw": draw,
                }
            )
    return jobs


def build(job: dict[str, Any]) -> tuple[Doc, Ctx, random.Random]:
    rng = random.Random(f"blind-doc:{job['seed']}:{job['draw']}:{job['type']}:{job['k']}")
    pdf_text = job["format"] == "pdf-text"
    body = rng.choice(PDF_FAMILIES if pdf_text else tuple(BODY_FAMILIES))
    bold = body if pdf_text else BODY_FAMILIES[body]
    ctx = Ctx(rng=rng, draw=job["draw"], body=body, bold=bold, pdf_text=pdf_text)
    doc = BUILDERS[job["type"]](ctx, job["k"])
    doc.templates = list(ctx.used)
    return doc, ctx, random.Random(f"blind-degrade:{job['seed']}:{job['draw']}:{job['index']}")


def write(job: dict[str, Any], out: Path) -> dict[str, Any]:
    doc, ctx, drng = build(job)
    return write_doc(job, out, doc, ctx.body, drng)


def write_doc(
    job: dict[str, Any],
    out: Path,
    doc: Doc,
    font: str,
    drng: random.Random,
    scan_pdf: Callable[[list[Any], int], bytes] = images_to_pdf,
) -> dict[str, Any]:
    """Render one built document in its planned format and degradation, save it, return its truth record
    (shared by the blind corpora; `scan_pdf` writes the scanned PDFs)."""
    deg, fmt = job["degradation"], job["format"]
    if len(doc.pages) > 1 and fmt in ("png", "jpg"):
        fmt = "pdf-scan"
    stem = f"{job['index']:04d}-{job['type']}"
    orientation = 1
    if fmt == "pdf-text":
        file = f"{stem}.pdf"
        (out / file).write_bytes(render_pdf(doc.pages))
    else:
        dpi = DPI[deg] if fmt != "pdf-scan" else (150 if deg == "clean" else 200)
        images = []
        for pg in doc.pages:
            img, o = degrade(render(pg, dpi), deg, drng)
            images.append(img)
            orientation = o if len(images) == 1 else orientation
        if fmt == "pdf-scan":
            file = f"{stem}.pdf"
            (out / file).write_bytes(scan_pdf(images, dpi))
            orientation = 1
        elif fmt == "jpg":
            file = f"{stem}.jpg"
            kw = {"exif": with_exif_orientation(orientation)} if orientation != 1 else {}
            images[0].save(out / file, "JPEG", quality=drng.randint(82, 92), **kw)
        else:
            file = f"{stem}.png"
            images[0].save(out / file, "PNG", optimize=False, compress_level=6)
    return {
        "id": f"{job['draw']}-{job['index']:04d}",
        "file": file,
        "evidence_type": doc.evidence_type,
        "layout": doc.layout,
        "degradation": deg,
        "format": fmt,
        "font": font,
        "exif_orientation": orientation,
        "pages": len(doc.pages),
        "scored": list(doc.scored),
        "evidence": doc.record(),
        "claim": doc.claim,
        "draw": job["draw"],
        "templates": doc.templates,
        "lines": [pg.lines() for pg in doc.pages],
    }


def truth_only(job: dict[str, Any]) -> dict[str, Any]:
    """The truth record of a job without rendering (for fast tests)."""
    doc, ctx, _ = build(job)
    return {
        "evidence_type": doc.evidence_type,
        "layout": doc.layout,
        "scored": list(doc.scored),
        "evidence": doc.record(),
        "claim": doc.claim,
        "templates": doc.templates,
        "pages": len(doc.pages),
        "lines": [pg.lines() for pg in doc.pages],
    }


def _worker(args: tuple[dict[str, Any], str]) -> dict[str, Any]:
    return write(args[0], Path(args[1]))


def generate(
    out: Path, seed: int, draw: int = 1, per_type: int = 10, processes: int = 2
) -> list[dict[str, Any]]:
    """Render (or reuse) the corpus for (seed, draw) in `out`; returns the truth records in index order."""
    if draw not in (1, 2):
        raise ValueError("draw must be 1 or 2")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"version": VERSION, "n": per_type * len(TYPES), "seed": seed, "draw": draw, "kind": "blind"}
    existing = load(out)
    if existing is not None and existing[0] == manifest:
        return existing[1]
    jobs = [(j, str(out)) for j in plan(seed, draw, per_type)]
    if processes > 1:
        with multiprocessing.get_context("fork").Pool(min(processes, 2)) as pool:
            records = pool.map(_worker, jobs, chunksize=2)
    else:
        records = [_worker(j) for j in jobs]
    save(out, manifest, records)
    return records
