"""Upload intake through the API on SQLite and PostgreSQL: good files are queued, bad ones leave nothing."""

from __future__ import annotations

import io
import zlib

import pytest
from imaging import certificate_image, encode, scanned_pdf
from sqlalchemy import func, select

from ingest.runtime import get_runtime
from models.tables_documents import Document

pytestmark = pytest.mark.redis


def _counts() -> tuple[int, int]:
    rt = get_runtime()
    with rt.sessions() as s:
        rows = s.scalar(select(func.count()).select_from(Document)) or 0
    files = sum(1 for p in rt.store.root.rglob("*") if p.is_file()) if rt.store.root.exists() else 0
    return rows, files


def _post(client, name: str, data: bytes, ctype: str = "application/octet-stream"):  # type: ignore[no-untyped-def]
    return client.post("/api/v1/documents", files=[("files", (name, data, ctype))])


def test_upload_answers_202_with_ids_and_queues(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    png = encode(certificate_image(), "PNG")
    resp = _post(pro_client_db, "cert.png", png, "image/png")
    assert resp.status_code == 202, resp.text
    doc = resp.json()["documents"][0]
    assert doc["status"] == "queued" and doc["content_type"] == "image/png" and doc["duplicate"] is False
    rt = get_runtime()
    assert rt.queue.count == 1
    status = pro_client_db.get(f"/api/v1/documents/{doc['id']}").json()
    assert status["status"] == "queued" and status["sha256"] == doc["sha256"]


def test_same_bytes_twice_give_the_same_document(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    png = encode(certificate_image(), "PNG")
    first = _post(pro_client_db, "a.png", png).json()["documents"][0]
    second = _post(pro_client_db, "b.png", png).json()["documents"][0]
    assert second["id"] == first["id"] and second["duplicate"] is True
    assert _counts() == (1, 1)


def test_many_files_in_one_request(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    files = [
        ("files", ("one.png", encode(certificate_image(["一"]), "PNG"), "image/png")),
        ("files", ("two.jpg", encode(certificate_image(["二"]), "JPEG"), "image/jpeg")),
        ("files", ("three.pdf", scanned_pdf(2), "application/pdf")),
    ]
    resp = pro_client_db.post("/api/v1/documents", files=files)
    assert resp.status_code == 202
    docs = resp.json()["documents"]
    assert [d["content_type"] for d in docs] == ["image/png", "image/jpeg", "application/pdf"]
    assert docs[2]["page_count"] == 2
    assert len({d["id"] for d in docs}) == 3


def _bomb_png() -> bytes:
    """A valid PNG header claiming 40000 x 40000 pixels (1.6 Gpx) with tiny compressed data."""
    import struct

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", 40000, 40000, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(100, 700, "secret")
    c.save()
    return buf.getvalue()


BAD_INPUTS = {
    "empty": ("empty.png", b"", 422, "empty_file"),
    "wrong type behind right extension": ("cert.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 415, None),
    "text file named png": ("notes.png", "这不是图片".encode() * 20, 415, None),
    "corrupt pdf": (
        "broken.pdf",
        b"%PDF-1.7\n1 0 obj <</Type /Catalog>>\n%%garbage",
        422,
        "corrupt_document",
    ),
    "encrypted pdf": ("locked.pdf", None, 422, "encrypted_document"),
    "decompression bomb": ("bomb.png", None, 422, "decompression_bomb"),
    "path in filename": ("../../etc/passwd.png", None, 422, "bad_filename"),
    "oversized": ("big.png", None, 413, "file_too_large"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS), ids=list(BAD_INPUTS))
def test_bad_input_is_refused_clearly_and_leaves_nothing(pro_client_db, case: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    name, data, status, code = BAD_INPUTS[case]
    if case == "encrypted pdf":
        data = _encrypted_pdf()
    elif case == "decompression bomb":
        data = _bomb_png()
    elif case == "path in filename":
        data = encode(certificate_image(), "PNG")
    elif case == "oversized":
        monkeypatch.setattr(get_runtime().settings, "max_file_bytes", 10_000)
        data = encode(certificate_image(), "PNG")
    before = _counts()
    resp = _post(pro_client_db, name, data)
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert body["message"], "a human-readable reason"
    if code:
        assert body["error"] == code
    assert _counts() == before
    assert get_runtime().queue.count == 0
    # the service stays up
    assert pro_client_db.get("/api/v1/documents").status_code == 200


def test_one_bad_file_among_good_ones(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    files = [
        ("files", ("good.png", encode(certificate_image(), "PNG"), "image/png")),
        ("files", ("bad.pdf", b"not a pdf at all", "application/pdf")),
    ]
    resp = pro_client_db.post("/api/v1/documents", files=files)
    assert resp.status_code == 202
    body = resp.json()
    assert len(body["documents"]) == 1 and len(body["errors"]) == 1
    assert body["errors"][0]["filename"] == "bad.pdf"
    assert _counts()[0] == 1


def test_unknown_document_is_404(pro_client) -> None:  # type: ignore[no-untyped-def]
    resp = pro_client.get("/api/v1/documents/doesnotexist")
    assert resp.status_code == 404 and resp.json()["error"] == "not_found"
