"""Plan, render and save blind draw 3: `per_type` documents of each evidence type for one seed."""

from __future__ import annotations

import multiprocessing
import random
from pathlib import Path
from typing import Any

from bench.blind.corpus import write_doc
from bench.blind.doc import Doc
from bench.blind3 import certs, papers
from bench.blind3.pools import Ctx
from bench.generator.corpus import load, save
from bench.generator.fonts import BODY_FAMILIES, HAND, PDF_FAMILIES

VERSION = 3  # bump when wording, layout or truth changes
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


def plan(seed: int, per_type: int, draw: int = 3) -> list[dict[str, Any]]:
    """One job per document: type, degradation (a third each, shuffled) and intended file format."""
    jobs = []
    for t, etype in enumerate(TYPES):
        rng = random.Random(f"blind3-plan:{seed}:{draw}:{etype}")
        cycle = (
            ("phone", "phone", "clean", "scan")
            if etype == "qualification_certificate"
            else ("scan", "clean", "phone")
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
    rng = random.Random(f"blind3-doc:{job['seed']}:{job['draw']}:{job['type']}:{job['k']}")
    pdf_text = job["format"] == "pdf-text"
    body = rng.choice(PDF_FAMILIES if pdf_text else tuple(BODY_FAMILIES))
    bold = body if pdf_text else BODY_FAMILIES[body]
    offset = random.Random(f"blind3-offset:{job['seed']}:{job['type']}").randrange(60)
    ctx = Ctx(
        rng=rng,
        body=body,
        bold=bold,
        hand=HAND,
        pdf_text=pdf_text,
        draw=job["draw"],
        k=job["k"],
        offset=offset,
    )
    doc = BUILDERS[job["type"]](ctx, job["k"])
    doc.templates = list(dict.fromkeys(ctx.used))
    return doc, ctx, random.Random(f"blind3-degrade:{job['seed']}:{job['draw']}:{job['index']}")


def write(job: dict[str, Any], out: Path) -> dict[str, Any]:
    doc, ctx, drng = build(job)
    return write_doc(job, out, doc, ctx.body, drng)


def truth_only(job: dict[str, Any]) -> dict[str, Any]:
    """The truth record of a job without rendering (for fast tests)."""
    doc, ctx, _ = build(job)
    return {
        "id": f"{job['draw']}-{job['index']:04d}",
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
    out: Path, seed: int, draw: int = 3, per_type: int = 10, processes: int = 2
) -> list[dict[str, Any]]:
    """Render (or reuse) draw 3 for `seed` in `out`; returns the truth records in index order."""
    if draw != 3:
        raise ValueError("bench.blind3 only holds draw 3")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"version": VERSION, "n": per_type * len(TYPES), "seed": seed, "draw": draw, "kind": "blind3"}
    existing = load(out)
    if existing is not None and existing[0] == manifest:
        return existing[1]
    jobs = [(j, str(out)) for j in plan(seed, per_type, draw)]
    if processes > 1:
        with multiprocessing.get_context("fork").Pool(min(processes, 2)) as pool:
            records = pool.map(_worker, jobs, chunksize=2)
    else:
        records = [_worker(j) for j in jobs]
    save(out, manifest, records)
    return records
