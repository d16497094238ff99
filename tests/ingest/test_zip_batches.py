"""ZIP batches through the API: each member is its own upload; a bad member is refused by name and leaves nothing."""

from __future__ import annotations

import io
import os
import struct
import zipfile

import pytest
from imaging import certificate_image, encode, scanned_pdf
from sqlalchemy import func, select

from ingest.runtime import get_runtime
from models.tables_documents import Document

pytestmark = pytest.mark.redis


def _state() -> tuple[int, int, int]:
    """Document rows, stored files and queued jobs: what a refused member must not add to."""
    rt = get_runtime()
    with rt.sessions() as s:
        rows = s.scalar(select(func.count()).select_from(Document)) or 0
    files = sum(1 for p in rt.store.root.rglob("*") if p.is_file()) if rt.store.root.exists() else 0
    return rows, files, rt.queue.count


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buf.getvalue()


def _post_zip(client, data: bytes, name: str = "proofs.zip"):  # type: ignore[no-untyped-def]
    return client.post("/api/v1/documents", files=[("files", (name, data, "application/zip"))])


def _png(text: str) -> bytes:
    return encode(certificate_image([text]), "PNG")


def _lying_zip(good: bytes, method: int) -> bytes:
    """A member whose headers declare 1,000 bytes while its data holds 200,000 (declared vs actual size)."""
    payload = os.urandom(200_000)
    raw = bytearray(_zip({"good.png": good, "liar.png": payload}, method))
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # uncompressed size in each header
        at = -1
        while (at := raw.find(sig, at + 1)) >= 0:
            name_at = at + (30 if sig == b"PK\x03\x04" else 46)
            if raw[name_at : name_at + 8] == b"liar.png":
                raw[at + offset : at + offset + 4] = struct.pack("<I", 1000)
    return bytes(raw)


def test_each_member_becomes_its_own_document(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    data = _zip(
        {"2020/结业证书.png": _png("一"), "2020/专利.pdf": scanned_pdf(2), "__MACOSX/._x.png": b"junk"}
    )
    resp = _post_zip(pro_client_db, data)
    assert resp.status_code == 202, resp.text
    body = resp.json()
    assert body["errors"] == []
    docs = body["documents"]
    assert [(d["filename"], d["member"], d["archive"]) for d in docs] == [
        ("结业证书.png", "2020/结业证书.png", "proofs.zip"),
        ("专利.pdf", "2020/专利.pdf", "proofs.zip"),
    ]
    assert docs[1]["page_count"] == 2 and {d["status"] for d in docs} == {"queued"}
    assert _state() == (2, 2, 2)


def test_a_bad_member_is_named_and_the_good_ones_go_in(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    data = _zip({"good.png": _png("好"), "broken.pdf": b"%PDF-1.7\n%%garbage", "notes.txt": b"hello"})
    resp = _post_zip(pro_client_db, data)
    assert resp.status_code == 202, resp.text
    body = resp.json()
    assert [d["member"] for d in body["documents"]] == ["good.png"]
    assert {(e["member"], e["error"]) for e in body["errors"]} == {
        ("broken.pdf", "corrupt_document"),
        ("notes.txt", "unsupported_type"),
    }
    assert all(e["filename"] == "proofs.zip" and e["message"] for e in body["errors"])
    assert _state() == (1, 1, 1)


REFUSED_MEMBERS = {
    "climbs out": ("../../etc/cert.png", "bad_filename"),
    "absolute path": ("/etc/cert.png", "bad_filename"),
    "drive letter": ("C:\\Users\\cert.png", "bad_filename"),
    "backslash climb": ("..\\cert.png", "bad_filename"),
    "nested zip": ("inner.zip", "nested_archive"),
    "zip disguised as png": ("inner.png", "nested_archive"),
    "compression ratio": ("zeros.png", "decompression_bomb"),
}


@pytest.mark.parametrize("case", list(REFUSED_MEMBERS), ids=list(REFUSED_MEMBERS))
def test_refused_member_leaves_nothing(pro_client_db, case: str) -> None:  # type: ignore[no-untyped-def]
    name, code = REFUSED_MEMBERS[case]
    if "zip" in case:
        payload = _zip({"x.png": _png("内")})
    elif case == "compression ratio":
        payload = b"\x89PNG\r\n\x1a\n" + b"\x00" * 5_000_000
    else:
        payload = _png("外")
    before = _state()
    resp = _post_zip(pro_client_db, _zip({name: payload}))
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert body["error"] == code and body["member"] == name and body["message"]
    assert [e["member"] for e in body["errors"]] == [name]
    assert _state() == before


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
def test_declared_size_smaller_than_the_data_is_a_bomb(pro_client_db, method: int) -> None:  # type: ignore[no-untyped-def]
    resp = _post_zip(pro_client_db, _lying_zip(_png("真"), method))
    assert resp.status_code == 202, resp.text
    body = resp.json()
    assert [d["member"] for d in body["documents"]] == ["good.png"]
    assert [(e["member"], e["error"]) for e in body["errors"]] == [("liar.png", "decompression_bomb")]
    assert _state() == (1, 1, 1)


def test_a_bad_member_next_to_a_bomb_and_a_path_keeps_the_good(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    data = _zip({"a.png": _png("甲"), "../b.png": _png("乙"), "c.zip": _zip({"d.png": _png("丁")}),
                 "e.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 5_000_000, "f.jpg": encode(certificate_image(), "JPEG")})  # fmt: skip
    resp = _post_zip(pro_client_db, data)
    assert resp.status_code == 202, resp.text
    body = resp.json()
    assert [d["member"] for d in body["documents"]] == ["a.png", "f.jpg"]
    assert sorted(e["member"] for e in body["errors"]) == ["../b.png", "c.zip", "e.png"]
    assert _state() == (2, 2, 2)


def test_limits_on_the_whole_archive(pro_client_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings = get_runtime().settings
    data = _zip({f"{i}.png": _png(str(i)) for i in range(3)})
    monkeypatch.setattr(settings, "zip_max_members", 2)
    resp = _post_zip(pro_client_db, data)
    assert resp.status_code == 422 and resp.json()["error"] == "too_many_members"
    monkeypatch.setattr(settings, "zip_max_members", 200)
    monkeypatch.setattr(settings, "zip_max_total_bytes", 1000)
    resp = _post_zip(pro_client_db, data)
    assert resp.status_code == 413 and resp.json()["error"] == "file_too_large"
    monkeypatch.setattr(settings, "zip_max_total_bytes", 10**9)
    monkeypatch.setattr(settings, "zip_max_bytes", 100)
    resp = _post_zip(pro_client_db, data)
    assert resp.status_code == 413 and resp.json()["error"] == "file_too_large"
    assert _state() == (0, 0, 0)


def test_not_a_zip_behind_a_zip_name(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    resp = _post_zip(pro_client_db, _png("假"))
    assert resp.status_code == 415 and resp.json()["error"] == "type_mismatch"
    resp = _post_zip(pro_client_db, b"PK\x03\x04" + b"\x00" * 100)
    assert resp.status_code == 422 and resp.json()["error"] == "corrupt_document"
    assert _state() == (0, 0, 0)


def test_a_zip_member_sent_again_is_the_same_document(pro_client_db) -> None:  # type: ignore[no-untyped-def]
    png = _png("同")
    first = _post_zip(pro_client_db, _zip({"a.png": png})).json()["documents"][0]
    again = pro_client_db.post("/api/v1/documents", files=[("files", ("a.png", png, "image/png"))]).json()
    assert again["documents"][0]["id"] == first["id"] and again["documents"][0]["duplicate"] is True
    assert _state()[:2] == (1, 1)
