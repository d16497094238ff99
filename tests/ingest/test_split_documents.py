"""A file holding several proofs becomes one document per proof, each with its page range, through the worker."""

from __future__ import annotations

import random

import pytest

from bench.generator.bundle import TWELVE_PAGES, bundle
from bench.generator.degrade import scan
from bench.generator.render import images_to_pdf, render_page, render_pdf
from bench.scoring import compare_field
from ingest.runtime import get_runtime
from models.tables_documents import Document

pytestmark = pytest.mark.redis
PASSWORD = "correct horse 1"


def _upload(client, name: str, data: bytes) -> dict:  # type: ignore[no-untyped-def,type-arg]
    resp = client.post("/api/v1/documents", files=[("files", (name, data, "application/pdf"))])
    assert resp.status_code == 202, resp.text
    return resp.json()["documents"][0]  # type: ignore[no-any-return]


def _wrong_fields(truth_doc, evidence: dict) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def,type-arg]
    wrong = []
    for path in truth_doc.scored:
        tally, t, p = compare_field(path, truth_doc.evidence, evidence)
        if tally.fp or tally.fn:
            wrong.append((path, t, p))
    return wrong


@pytest.mark.ocr
@pytest.mark.slow
def test_twelve_scanned_pages_of_six_proofs_split_into_those_six(pro_client, run_jobs) -> None:  # type: ignore[no-untyped-def]
    pages, proofs = bundle(TWELVE_PAGES, "worker-12")
    assert len(pages) == 12 and len(proofs) == 6
    rng = random.Random("worker-12")
    images = [scan(render_page(p, 200), rng) for p in pages]
    doc = _upload(pro_client, "2023年度材料.pdf", images_to_pdf(images, 200))
    run_jobs()
    answer = pro_client.get(f"/api/v1/documents/{doc['id']}").json()
    assert answer["status"] == "processed", answer["error"]
    assert [p["pages"] for p in answer["proofs"]] == [[p.first, p.last] for p in proofs]
    assert [p["evidence_type"] for p in answer["proofs"]] == [p.doc.evidence_type for p in proofs]
    for got, truth in zip(answer["proofs"], proofs, strict=True):
        assert got["stage"] == "suggested" and got["grouping"], got
        evidence = pro_client.get(f"/api/v1/documents/{got['id']}/evidence").json()
        assert evidence["source"]["pages"] == [truth.first, truth.last]
        assert _wrong_fields(truth.doc, evidence) == [], truth.kind
        assert (
            len(pro_client.get(f"/api/v1/documents/{got['id']}/pages").json()["pages"])
            == truth.last - truth.first + 1
        )
    listed = pro_client.get("/api/v1/documents").json()
    assert [d["id"] for d in listed["documents"]] == [doc["id"]], "proofs are listed under their file"


def test_text_layer_bundle_splits_and_a_rerun_keeps_the_same_proofs(pro_client, run_jobs) -> None:  # type: ignore[no-untyped-def]
    from ingest.jobs import process_document

    pages, proofs = bundle(["training_certificate", "journal_pair", "patent_certificate"], "rerun")
    doc = _upload(pro_client, "bundle.pdf", render_pdf(pages, "zenhei"))
    run_jobs()
    first = pro_client.get(f"/api/v1/documents/{doc['id']}").json()
    assert [p["pages"] for p in first["proofs"]] == [[1, 1], [2, 3], [4, 4]]
    assert "同一期刊的目录" in " ".join(first["proofs"][1]["grouping"])
    with get_runtime().sessions.begin() as s:
        s.get_one(Document, doc["id"]).status = "queued"
    assert process_document(doc["id"]) == "processed"
    again = pro_client.get(f"/api/v1/documents/{doc['id']}").json()
    assert [p["id"] for p in again["proofs"]] == [p["id"] for p in first["proofs"]]
    own = pro_client.get(f"/api/v1/documents/{doc['id']}/evidence")  # the file has no record of its own
    assert own.status_code == 409 and own.json()["proofs"] == [p["id"] for p in first["proofs"]]


def test_a_one_proof_file_keeps_its_own_record(pro_client, run_jobs) -> None:  # type: ignore[no-untyped-def]
    pages, _ = bundle(["book"], "one")
    doc = _upload(pro_client, "book.pdf", render_pdf(pages, "zenhei"))
    run_jobs()
    answer = pro_client.get(f"/api/v1/documents/{doc['id']}").json()
    assert answer["proofs"] == [] and answer["evidence_type"] == "book" and answer["page_count"] == 2


def test_splitting_can_be_switched_off(pro_client, run_jobs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ingest import jobs

    monkeypatch.setattr(get_runtime().settings, "split_documents", False)
    jobs._deps_for.cache_clear()
    pages, _ = bundle(["training_certificate", "patent_certificate"], "off")
    doc = _upload(pro_client, "two.pdf", render_pdf(pages, "zenhei"))
    run_jobs()
    jobs._deps_for.cache_clear()
    answer = pro_client.get(f"/api/v1/documents/{doc['id']}").json()
    assert answer["proofs"] == [] and answer["evidence_type"] is not None


def test_a_reviewer_merges_and_splits_proofs(pro_client, run_jobs) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from review import users

    pages, _ = bundle(["training_certificate", "journal_pair", "patent_certificate"], "regroup")
    doc = _upload(pro_client, "bundle.pdf", render_pdf(pages, "zenhei"))
    run_jobs()
    rt = get_runtime()
    with rt.sessions.begin() as s:
        reviewer = users.create_user(s, "rev", PASSWORD, "reviewer", users.Profile(name="审核甲"))
        users.assign(s, reviewer, ["yiyang-2018"], users.SYSTEM)
    rev = TestClient(pro_client.app)
    login = rev.post("/api/v1/auth/login", json={"username": "rev", "password": PASSWORD}).json()
    rev.headers["X-CSRF-Token"] = login["csrf_token"]
    url = f"/api/v1/documents/{doc['id']}/proofs"
    before = pro_client.get(f"/api/v1/documents/{doc['id']}").json()["proofs"]
    merged = rev.post(url, json={"pages": [[1, 3], [4, 4]]})
    assert merged.status_code == 200, merged.text
    proofs = merged.json()["proofs"]
    assert [p["pages"] for p in proofs] == [[1, 3], [4, 4]]
    assert proofs[1]["id"] == before[2]["id"], "an unchanged proof keeps its document (and its review)"
    assert proofs[0]["grouping"] == ["第1–3页：审核人调整分组"] and proofs[0]["stage"] == "suggested"
    assert rev.post(url, json={"pages": [[1, 2]]}).status_code == 422, "every page exactly once"
    assert pro_client.post(url, json={"pages": [[1, 4]]}).status_code in (403, 404), (
        "professionals do not regroup"
    )
    again = rev.post(url, json={"pages": [[1, 1], [2, 3], [4, 4]]}).json()["proofs"]
    assert [p["pages"] for p in again] == [[1, 1], [2, 3], [4, 4]]
    assert [p["evidence_type"] for p in again] == [
        "training_certificate",
        "journal_article",
        "patent_certificate",
    ]
    page = rev.get(f"/review/{_suggestion_of(again[2]['id'])}")
    assert page.status_code == 200 and "1 个文件 → 3 份证明" in page.text and "与上一份合并" in page.text


def _suggestion_of(doc_id: str) -> str:
    from models.tables_review import SuggestionRecord

    with get_runtime().sessions() as s:
        return s.query(SuggestionRecord.id).filter_by(document_id=doc_id).first()[0]  # type: ignore[index]


@pytest.mark.ocr
def test_a_multi_page_tiff_is_split_too(pro_client, run_jobs) -> None:  # type: ignore[no-untyped-def]
    import io

    pages, _ = bundle(["training_certificate", "patent_certificate"], "tiff")
    images = [render_page(p, 200).convert("L") for p in pages]
    buf = io.BytesIO()
    images[0].save(buf, "TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate")
    resp = pro_client.post("/api/v1/documents", files=[("files", ("扫描.tif", buf.getvalue(), "image/tiff"))])
    assert resp.status_code == 202, resp.text
    run_jobs()
    answer = pro_client.get(f"/api/v1/documents/{resp.json()['documents'][0]['id']}").json()
    assert [(p["pages"], p["evidence_type"]) for p in answer["proofs"]] == [
        ([1, 1], "training_certificate"), ([2, 2], "patent_certificate"),
    ]  # fmt: skip
