"""Write the held-out corpus (files + truth.jsonl in the format bench/eval.py reads); reused when unchanged."""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from bench.generator.corpus import load, save
from bench.generator.degrade import degrade, with_exif_orientation
from bench.generator.fonts import BODY_FAMILIES
from bench.heldout.doc import Doc
from bench.heldout.docs_certs import award_certificate, project_completion, training_certificate
from bench.heldout.docs_events import sign_in_sheet, training_notice
from bench.heldout.docs_pubs import book, journal_article, other
from bench.heldout.docs_quals import patent_certificate, qualification_certificate
from bench.heldout.sheet import images_to_pdf, render_pdf, render_png

VERSION = 1  # bump when a layout or truth changes, so a stale corpus is rewritten
VARIANTS = 6  # layouts per type: the corpus is every type x every variant
BUILDERS: dict[str, Callable[[random.Random, int, str, str], Doc]] = {
    "training_certificate": training_certificate,
    "sign_in_sheet": sign_in_sheet,
    "training_notice": training_notice,
    "journal_article": journal_article,
    "book": book,
    "patent_certificate": patent_certificate,
    "award_certificate": award_certificate,
    "project_completion": project_completion,
    "qualification_certificate": qualification_certificate,
    "other": other,
}
# Multi-page variants and the degradation each must get (so we have scanned and text-layer multi-page PDFs).
MULTI = {("sign_in_sheet", 2): "scan", ("training_notice", 3): "clean", ("journal_article", 1): "scan",
         ("book", 1): "clean", ("other", 2): "scan"}  # fmt: skip
DPI = {"clean": 150, "scan": 200, "phone": 200}
DEGS = ("clean", "scan", "phone")


@dataclass(frozen=True)
class Plan:
    index: int
    evidence_type: str
    variant: int
    degradation: str
    seed: int

    @property
    def rng(self) -> random.Random:
        return random.Random(f"heldout:{self.seed}:{self.index}")


def _degradations(t: int, evidence_type: str) -> list[str]:
    """Two of each degradation per type, rotated by type, with the multi-page variants pinned."""
    degs = [DEGS[(v + t) % 3] for v in range(VARIANTS)]
    for (et, v), want in MULTI.items():
        if et == evidence_type and degs[v] != want:
            other = next(k for k in range(VARIANTS) if degs[k] == want and (et, k) not in MULTI)
            degs[v], degs[other] = degs[other], degs[v]
    return degs


def plan(seed: int) -> list[Plan]:
    out: list[Plan] = []
    for t, et in enumerate(BUILDERS):
        for v, deg in enumerate(_degradations(t, et)):
            out.append(Plan(len(out), et, v, deg, seed))
    return out


def build(p: Plan) -> tuple[Doc, str, random.Random]:
    rng = p.rng
    body = rng.choice(sorted(BODY_FAMILIES))
    return BUILDERS[p.evidence_type](rng, p.variant, body, BODY_FAMILIES[body]), body, rng


def write_document(p: Plan, out: Path) -> dict[str, Any]:
    doc, body, rng = build(p)
    multi = len(doc.sheets) > 1
    data: bytes | None = None
    images: list[Image.Image] = []
    stem, orientation = f"h{p.index:03d}-{p.evidence_type}-{p.degradation}", 1
    if p.degradation == "clean" and (multi or rng.random() < 0.3):
        fmt, data = "pdf-text", render_pdf(doc.sheets, rng.choice(["zenhei", "uming", "microhei"]))
    else:
        for sh in doc.sheets:
            img, orientation = degrade(render_png(sh, DPI[p.degradation]), p.degradation, rng)
            images.append(img)
        if multi or (p.degradation == "scan" and rng.random() < 0.3):
            fmt, data, orientation = "pdf-scan", images_to_pdf(images, DPI[p.degradation]), 1
        else:
            fmt, data = ("png", None) if p.degradation == "clean" else ("jpg", None)
    path = out / f"{stem}.{'pdf' if fmt.startswith('pdf') else fmt}"
    if data is not None:
        path.write_bytes(data)
    elif fmt == "png":
        images[0].save(path, optimize=True)
    else:
        exif = with_exif_orientation(orientation) if orientation != 1 else b""
        images[0].save(path, "JPEG", quality=90, exif=exif)
    return truth_record(p, doc, path.name, fmt, body, orientation)


def truth_record(p: Plan, doc: Doc, file: str, fmt: str, font: str, orientation: int) -> dict[str, Any]:
    return {"id": f"h{p.index:03d}", "file": file, "evidence_type": doc.evidence_type, "layout": doc.layout,
            "degradation": p.degradation, "format": fmt, "font": font, "exif_orientation": orientation,
            "pages": len(doc.sheets), "scored": list(doc.scored), "evidence": doc.evidence,
            "lines": [sh.lines() for sh in doc.sheets]}  # fmt: skip


def _worker(args: tuple[Plan, str]) -> dict[str, Any]:
    return write_document(args[0], Path(args[1]))


def generate(out: Path, seed: int = 11, processes: int = 2) -> list[dict[str, Any]]:
    """Write (or reuse) the held-out corpus in `out`; returns its truth records in index order."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"version": VERSION, "seed": seed, "n": len(plan(seed))}
    existing = load(out)
    if existing is not None and existing[0] == manifest:
        return existing[1]
    jobs = [(p, str(out)) for p in plan(seed)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        records = pool.map(_worker, jobs, chunksize=3)
    save(out, manifest, records)
    return records
