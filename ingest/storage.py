"""The file store: original uploads content-addressed by SHA-256, page images by document and number."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from models.errors import StorageError


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FileStore:
    """Files under one root directory; writes are atomic (temp file + rename), so readers never see halves."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def blob_path(self, sha256: str) -> Path:
        return self.root / "blobs" / sha256[:2] / sha256[2:4] / sha256

    def put_blob(self, data: bytes) -> str:
        digest = sha256_of(data)
        path = self.blob_path(digest)
        if not path.exists():
            self._write(path, data)
        return digest

    def get_blob(self, sha256: str) -> bytes:
        try:
            return self.blob_path(sha256).read_bytes()
        except OSError as exc:
            raise StorageError(f"stored file {sha256[:12]} cannot be read: {exc}") from exc

    def page_key(self, document_id: str, number: int, suffix: str = "png") -> str:
        return f"pages/{document_id}/{number:03d}.{suffix}"

    def put(self, key: str, data: bytes) -> str:
        self._write(self.root / key, data)
        return key

    def path(self, key: str) -> Path:
        resolved = (self.root / key).resolve()
        if not resolved.is_relative_to(self.root.resolve()):
            raise StorageError("key escapes the file store")
        return resolved

    def _write(self, path: Path, data: bytes) -> None:
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError as exc:
            if tmp is not None:  # a half-written temp file (full disk) must not stay behind
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            raise StorageError(f"cannot write {path.name}: {exc}") from exc
