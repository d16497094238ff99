"""Regenerate the small golden fixtures under tests/fixtures/: `python -m bench.generator.fixtures`."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from bench.generator import build
from bench.generator.corpus import Plan, truth_record
from bench.generator.degrade import phone, scan, with_exif_orientation
from bench.generator.doc import Doc
from bench.generator.render import images_to_pdf, render_page, render_pdf

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
DPI = 130  # small files (< 200 KB) that OCR still reads


def _find(evidence_type: str, layout: str) -> tuple[int, Doc]:
    """The first seed whose document of `evidence_type` uses `layout` (deterministic)."""
    for seed in range(500):
        doc = build(evidence_type, random.Random(f"fixture:{seed}"))
        if doc.layout == layout:
            return seed, doc
    raise LookupError(f"no seed gives {evidence_type}/{layout}")


def _write_truth(path: Path, evidence_type: str, seed: int, doc: Doc, degradation: str, fmt: str,
                 orientation: int = 1) -> None:  # fmt: skip
    rec = truth_record(Plan(seed, evidence_type, degradation, 0), doc, path.name, fmt, orientation)
    rec["id"] = path.stem
    path.with_name(path.stem + ".truth.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n")


def patent_clean() -> None:
    seed, doc = _find("patent_certificate", "invention")
    path = OUT / "patent_clean.png"
    render_page(doc.pages[0], DPI).save(path, optimize=True)
    _write_truth(path, "patent_certificate", seed, doc, "clean", "png")


def training_cert_clean() -> None:
    seed, doc = _find("training_certificate", "jieye")
    path = OUT / "training_cert_clean.png"
    render_page(doc.pages[0], DPI).save(path, optimize=True)
    _write_truth(path, "training_certificate", seed, doc, "clean", "png")


def training_cert_phone() -> None:
    """A phone photo stored sideways whose EXIF Orientation (6) says to turn it 90° clockwise."""
    seed, doc = _find("training_certificate", "form")
    page = render_page(doc.pages[0], DPI + 20)
    for k in range(200):
        img, orientation = phone(page, random.Random(f"phone:{k}"))
        if orientation == 6:
            break
    path = OUT / "training_cert_phone.jpg"
    img.save(path, "JPEG", quality=60, exif=with_exif_orientation(orientation))
    _write_truth(path, "training_certificate", seed, doc, "phone", "jpg", orientation)


def journal_toc_textlayer() -> None:
    seed, doc = _find("journal_article", "toc")
    path = OUT / "journal_toc_textlayer.pdf"
    path.write_bytes(render_pdf(doc.pages, "zenhei"))
    _write_truth(path, "journal_article", seed, doc, "clean", "pdf-text")


def scanned_2page() -> None:
    seed, doc = _find("book", "cover+copyright")
    rng = random.Random("scan2")
    images = [scan(render_page(p, DPI), rng).convert("L") for p in doc.pages]
    path = OUT / "scanned_2page.pdf"
    path.write_bytes(images_to_pdf(images, DPI, quality=45))
    _write_truth(path, "book", seed, doc, "scan", "pdf-scan")


def award_scan() -> None:
    seed, doc = _find("award_certificate", "letter")
    path = OUT / "award_scan.jpg"
    scan(render_page(doc.pages[0], DPI), random.Random("award")).save(path, "JPEG", quality=70)
    _write_truth(path, "award_certificate", seed, doc, "scan", "jpg")


FIXTURES: dict[str, Callable[[], None]] = {
    "patent_clean": patent_clean,
    "training_cert_clean": training_cert_clean,
    "training_cert_phone": training_cert_phone,
    "journal_toc_textlayer": journal_toc_textlayer,
    "scanned_2page": scanned_2page,
    "award_scan": award_scan,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in FIXTURES.items():
        make()
        print(name)


if __name__ == "__main__":
    main()
