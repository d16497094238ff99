"""Write a corpus: one file per document (PNG/JPEG/PDF) plus `truth.jsonl`; reused when parameters match."""

from __future__ import annotations

import json
import multiprocessing
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from bench.generator import LAYOUTS, build
from bench.generator.degrade import DEGRADATIONS, degrade, with_exif_orientation
from bench.generator.doc import Doc
from bench.generator.render import images_to_pdf, render_page, render_pdf

VERSION = 4  # bump when rendering or truth changes, so stale corpora are regenerated
TYPES = tuple(LAYOUTS)
DPI = {"clean": 150, "scan": 200, "phone": 200}


@dataclass(frozen=True)
class Plan:
    """What document `index` of a corpus will be."""

    index: int
    evidence_type: str
    degradation: str
    seed: int

    @property
    def rng(self) -> random.Random:
        return random.Random(f"{self.seed}:{self.index}")


def plan(n: int, seed: int) -> list[Plan]:
    """Types cycle through all ten; degradations rotate per block of ten, so a third of documents are phone-like."""
    return [Plan(i, TYPES[i % len(TYPES)], DEGRADATIONS[(i // len(TYPES) + i) % 3], seed) for i in range(n)]


def make_document(p: Plan) -> tuple[Doc, list[Image.Image], str, int]:
    """Build and render one planned document: (spec, page images, output format, EXIF orientation)."""
    rng = p.rng
    doc = build(p.evidence_type, rng)
    multi = len(doc.pages) > 1
    if p.degradation == "clean" and (multi or rng.random() < 0.3):
        return doc, [], "pdf-text", 1
    images, orientation = [], 1
    for page in doc.pages:
        img, orientation = degrade(render_page(page, DPI[p.degradation]), p.degradation, rng)
        images.append(img)
    if multi or (p.degradation == "scan" and rng.random() < 0.3):
        return doc, images, "pdf-scan", 1
    return doc, images, "png" if p.degradation == "clean" else "jpg", orientation


def write_document(p: Plan, out: Path) -> dict[str, Any]:
    """Render, save and return the truth record of one document."""
    doc, images, fmt, orientation = make_document(p)
    stem = f"{p.index:04d}-{p.evidence_type}-{p.degradation}"
    ext = {"pdf-text": "pdf", "pdf-scan": "pdf", "png": "png", "jpg": "jpg"}[fmt]
    path = out / f"{stem}.{ext}"
    if fmt == "pdf-text":
        path.write_bytes(render_pdf(doc.pages, p.rng.choice(["zenhei", "uming"])))
    elif fmt == "pdf-scan":
        path.write_bytes(images_to_pdf(images, DPI[p.degradation]))
    elif fmt == "png":
        images[0].save(path, optimize=True)
    else:
        images[0].save(
            path, "JPEG", quality=90, exif=with_exif_orientation(orientation) if orientation != 1 else b""
        )
    return truth_record(p, doc, path.name, fmt, orientation)


def truth_record(p: Plan, doc: Doc, file: str, fmt: str, orientation: int = 1) -> dict[str, Any]:
    return {"id": f"{p.index:04d}", "file": file, "evidence_type": doc.evidence_type, "layout": doc.layout,
            "degradation": p.degradation, "format": fmt, "font": doc.font, "exif_orientation": orientation,
            "pages": len(doc.pages), "scored": list(doc.scored), "evidence": doc.evidence,
            "lines": [page.lines() for page in doc.pages]}  # fmt: skip


def _worker(args: tuple[Plan, str]) -> dict[str, Any]:
    return write_document(args[0], Path(args[1]))


def generate(out: Path, n: int, seed: int, processes: int = 2) -> list[dict[str, Any]]:
    """Generate (or reuse) a corpus in `out`; returns the truth records in index order."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"version": VERSION, "n": n, "seed": seed}
    existing = load(out)
    if existing is not None and existing[0] == manifest:
        return existing[1]
    jobs = [(p, str(out)) for p in plan(n, seed)]
    if processes > 1:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            records = pool.map(_worker, jobs, chunksize=4)
    else:
        records = [_worker(j) for j in jobs]
    save(out, manifest, records)
    return records


def save(out: Path, manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
    """Write truth.jsonl, then the manifest last: a corpus interrupted mid-write is never taken as complete."""
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (out / "manifest.json").write_text(json.dumps(manifest))


def load(out: Path) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """(manifest, truth records) of an existing complete corpus, else None."""
    try:
        manifest = json.loads((out / "manifest.json").read_text())
        lines = (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        return None
    records = [json.loads(line) for line in lines if line.strip()]
    if len(records) != manifest.get("n") or not all((out / r["file"]).exists() for r in records):
        return None
    return manifest, records
