"""Rendering, degradations, PDFs, the corpus writer and the committed fixtures (no OCR here)."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image

from bench.generator import LAYOUTS, build
from bench.generator.corpus import generate, plan
from bench.generator.degrade import degrade
from bench.generator.fixtures import FIXTURES
from bench.generator.render import images_to_pdf, render_page, render_pdf

FIXTURES_DIR = Path(__file__).resolve().parents[1] / "fixtures"
TYPES = sorted(LAYOUTS)


@pytest.mark.parametrize("evidence_type", TYPES, ids=TYPES)
def test_every_type_renders_ink_and_red_seals(evidence_type: str) -> None:
    doc = build(evidence_type, random.Random(5))
    img = np.asarray(render_page(doc.pages[0], 60))
    dark = (img.max(axis=2) < 100).mean()
    assert 0.002 < dark < 0.3, dark


def test_seal_is_red_ink_over_the_page() -> None:
    doc = build("training_certificate", random.Random(1))
    img = np.asarray(render_page(doc.pages[0], 72)).astype(int)
    red = (img[..., 0] > 150) & (img[..., 1] < 120) & (img[..., 2] < 120)
    assert red.sum() > 200


@pytest.mark.parametrize("kind", ["scan", "phone"])
def test_degradations_change_the_image_but_keep_size_sane(kind: str) -> None:
    clean = render_page(build("award_certificate", random.Random(2)).pages[0], 72)
    for seed in range(4):
        out, orientation = degrade(clean, kind, random.Random(seed))
        w, h = sorted(out.size), sorted(clean.size)
        assert 0.9 * h[0] <= w[0] <= 1.3 * h[0] and 0.9 * h[1] <= w[1] <= 1.3 * h[1], (out.size, clean.size)
        if out.size == clean.size:
            diff = np.abs(np.asarray(out, float) - np.asarray(clean, float)).mean()
            assert diff > 2.0
        assert orientation in (1, 3, 6, 8)
        if kind == "scan":
            assert out.size == clean.size and orientation == 1


def test_clean_degradation_is_identity() -> None:
    clean = render_page(build("other", random.Random(2)).pages[0], 50)
    out, orientation = degrade(clean, "clean", random.Random(0))
    assert out is clean and orientation == 1


def test_text_layer_pdf_carries_the_printed_lines() -> None:
    doc = build("patent_certificate", random.Random(4))
    data = render_pdf(doc.pages, "zenhei")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text().replace(" ", "")
    assert doc.evidence["title"] in text
    assert doc.evidence["people"][0]["name"] in text


def test_scanned_pdf_has_one_image_page_per_input() -> None:
    pages = [render_page(p, 40) for p in build("book", random.Random(0)).pages] * 2
    pdf = pdfium.PdfDocument(images_to_pdf(pages, 40))
    assert len(pdf) == len(pages)
    assert pdf[0].get_textpage().get_text_range().strip() == ""


def test_plan_has_all_types_and_a_third_phone() -> None:
    p = plan(150, 7)
    assert {x.evidence_type for x in p} == set(LAYOUTS)
    assert sum(x.degradation == "phone" for x in p) == 50
    assert plan(150, 7) == p


@pytest.mark.slow
def test_corpus_is_written_and_reused(tmp_path: Path) -> None:
    records = generate(tmp_path, 4, 3, processes=1)
    assert len(records) == 4 and len((tmp_path / "truth.jsonl").read_text().splitlines()) == 4
    for rec in records:
        assert (tmp_path / rec["file"]).stat().st_size > 1000
        assert rec["lines"] and all(isinstance(line, str) for page in rec["lines"] for line in page)
    stamp = (tmp_path / "truth.jsonl").stat().st_mtime_ns
    assert generate(tmp_path, 4, 3, processes=1) == records
    assert (tmp_path / "truth.jsonl").stat().st_mtime_ns == stamp


@pytest.mark.parametrize("name", sorted(FIXTURES), ids=sorted(FIXTURES))
def test_committed_fixture_is_small_with_truth(name: str) -> None:
    files = [f for f in FIXTURES_DIR.glob(f"{name}.*") if not f.name.endswith(".truth.json")]
    assert len(files) == 1, files
    assert files[0].stat().st_size < 200_000
    truth = json.loads((FIXTURES_DIR / f"{name}.truth.json").read_text())
    assert truth["file"] == files[0].name and truth["evidence"]["evidence_type"] in LAYOUTS


def test_phone_fixture_is_exif_rotated() -> None:
    img = Image.open(FIXTURES_DIR / "training_cert_phone.jpg")
    assert img.getexif().get(0x0112) == 6
    assert img.width > img.height  # stored sideways; upright after EXIF transpose
