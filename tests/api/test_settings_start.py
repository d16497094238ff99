"""Settings are checked at start: values that cannot work are refused; CREDPROOF_JOB_RETRIES=0 works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from imaging import encode
from PIL import Image

from ingest.runtime import Runtime
from models.tables_documents import Document

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [("CREDPROOF_JOB_RETRIES", "-1", "job_retries"), ("CREDPROOF_MAX_ATTEMPTS", "0", "max_attempts"),
     ("CREDPROOF_OCR_ENGINE", "nonesuch", "CREDPROOF_OCR_ENGINE"),
     ("CREDPROOF_REQUESTS_IN_FLIGHT", "100", "REQUESTS_IN_FLIGHT")],
    ids=["retries", "attempts", "engine", "in-flight"],
)  # fmt: skip
@pytest.mark.parametrize("command", ["run", "serve", "worker"])
def test_start_refuses_settings_that_cannot_work(tmp_path: Path, command: str, variable: str, value: str,
                                                 said: str) -> None:  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREDPROOF_")}
    env.update({"CREDPROOF_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT), "REDIS_URL": "unix:///nonexistent",
                variable: value})  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "api.cli", command, "--port", "1"][: 4 if command == "worker" else 6],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 2, done.stderr[-2000:]
    assert said in done.stderr and "Traceback" not in done.stderr, done.stderr[-2000:]


@pytest.mark.redis
def test_no_retries_still_enqueues_and_processes(pro_client, service_env: Runtime, run_jobs) -> None:  # type: ignore[no-untyped-def]
    service_env.settings.job_retries = 0
    service_env.settings.ocr_engine = "fake"
    img = encode(Image.new("RGB", (200, 120), "white"), "PNG")
    answer = pro_client.post("/api/v1/documents", files=[("files", ("a.png", img, "image/png"))])
    assert answer.status_code == 202, answer.text
    doc_id = answer.json()["documents"][0]["id"]
    run_jobs()
    with service_env.sessions() as s:
        doc = s.get_one(Document, doc_id)
    assert doc.job_id is not None and doc.status == "processed", (doc.status, doc.error)


@pytest.mark.parametrize("engine", ["rapidocr", "ppocr-v4", "ppocr-v6", "tesseract"])
def test_every_engine_name_and_alias_passes_the_start_check(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`rapidocr` (the default setting) names the default model; the check must know aliases too."""
    from api.cli import check_settings
    from models.settings import get_settings

    monkeypatch.setenv("CREDPROOF_OCR_ENGINE", engine)
    get_settings.cache_clear()
    try:
        check_settings()
    finally:
        get_settings.cache_clear()
