"""The `credproof` command line keeps to the contract: JSON Lines per file, error records, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from imaging import certificate_image, encode

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Runs the installed `credproof` console script (the venv's entry point), as a user would."""
    exe = Path(sys.executable).parent / "credproof"
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture
def evidence_schema(shared_dir: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((shared_dir / "contract" / "evidence.schema.json").read_text("utf-8"))


@pytest.mark.ocr
def test_ocr_prints_pages_as_json(tmp_path: Path) -> None:
    img = tmp_path / "c.png"
    img.write_bytes(encode(certificate_image(), "PNG"))
    out = _cli("ocr", str(img))
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout.splitlines()[0])
    page = record["pages"][0]
    assert "结业证书" in page["text"].replace(" ", "") and page["lines"][0]["bbox"]


@pytest.mark.ocr
def test_extract_prints_contract_records_and_an_error_record_for_a_bad_file(
    tmp_path: Path, evidence_schema
) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "cert.png"
    good.write_bytes(encode(certificate_image(), "PNG"))
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    missing = tmp_path / "missing.png"
    pdf = ROOT / "tests" / "fixtures" / "journal_toc_textlayer.pdf"
    out = _cli("extract", str(good), str(bad), str(missing), str(good), str(pdf), "--json")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 5, out.stdout
    jsonschema.validate(lines[0], evidence_schema)
    assert lines[0]["evidence_type"] == "training_certificate"
    assert lines[1] == {"file": str(bad), "error": lines[1]["error"]} and lines[1]["error"]
    assert lines[2]["file"] == str(missing) and lines[2]["error"]
    assert lines[3] == lines[0]
    jsonschema.validate(lines[4], evidence_schema)
    assert lines[4]["evidence_type"] == "journal_article" and lines[4]["journal"]["issn"]
    assert out.returncode != 0 and len(out.stderr.strip().splitlines()) == 1


def test_credits_unknown_policy_is_one_line_on_stderr(tmp_path: Path) -> None:
    ev = tmp_path / "e.json"
    ev.write_text(json.dumps({"schema": "credproof.evidence/1", "evidence_type": "other"}))
    out = _cli("credits", "--policy", "nowhere-1999", "--person", "王建国", "--year", "2018", str(ev))
    assert out.returncode != 0 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "nowhere-1999" in out.stderr


def test_credits_unreadable_evidence_is_one_line_on_stderr(tmp_path: Path) -> None:
    ev = tmp_path / "e.json"
    ev.write_text("{not json")
    out = _cli("credits", "--policy", "yiyang-2018", "--person", "王建国", "--year", "2018", str(ev))
    assert out.returncode != 0 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "e.json" in out.stderr


def test_extract_split_prints_one_record_per_proof_with_its_source(tmp_path: Path, evidence_schema) -> None:  # type: ignore[no-untyped-def]
    """Text-layer PDFs (no OCR): a bundle of three proofs, and a one-proof file that stays one record."""
    import os

    from bench.generator.bundle import bundle
    from bench.generator.render import render_pdf

    pages, proofs = bundle(["training_certificate", "journal_pair", "patent_certificate"], "cli")
    many, one = tmp_path / "年度材料.pdf", tmp_path / "book.pdf"
    many.write_bytes(render_pdf(pages, "zenhei"))
    one.write_bytes(render_pdf(bundle(["book"], "cli-book")[0], "zenhei"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's code, not an installed copy
    run = [sys.executable, "-m", "api.cli", "extract"]
    out = subprocess.run([*run, "--split", str(many), str(one)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)  # fmt: skip
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["source"] for r in records] == [
        {"file": str(many), "pages": [1, 1]}, {"file": str(many), "pages": [2, 3]},
        {"file": str(many), "pages": [4, 4]}, {"file": str(one), "pages": [1, 2]},
    ]  # fmt: skip
    assert [r["evidence_type"] for r in records] == [p.doc.evidence_type for p in proofs] + ["book"]
    for record in records:
        jsonschema.validate({k: v for k, v in record.items() if k != "source"}, evidence_schema)
    plain = subprocess.run([*run, str(many)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert len(plain.stdout.splitlines()) == 1 and "source" not in json.loads(plain.stdout)
