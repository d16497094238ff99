"""The file store: a write that fails (the disk fills up) leaves no temp file behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Writes past 4 kB fail with EFBIG in this child, as they would on a full disk.
FAILING_WRITE = """
import resource, signal, sys
from ingest.storage import FileStore
from models.errors import StorageError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
store = FileStore(sys.argv[1])
try:
    store.put_blob(b"x" * 100_000)
except StorageError as exc:
    print("refused:", exc.message)
"""


def test_a_failed_write_leaves_no_temp_file(tmp_path: Path) -> None:
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-c", FAILING_WRITE, str(store)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={"PYTHONPATH": str(ROOT)})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused: cannot write"), done.stdout
    assert [p.name for p in store.rglob("*") if p.is_file()] == []
