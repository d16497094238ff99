"""End to end in Debian's Chromium: a professional uploads two proofs, a reviewer decides them, the transcript shows it.

The real server (uvicorn, `credproof serve`) and a real rq worker (`credproof worker`) run as subprocesses on
127.0.0.1 against a real Redis; accounts are made with `credproof users create`; OCR is RapidOCR.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from servers import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
PASSWORD = "browser-pass-1"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]  # fmt: skip

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.ocr, pytest.mark.redis]


def render_proofs(out: Path) -> tuple[Path, Path]:
    """The generator's invention patent (丁超 is 2nd inventor, granted 2020) and a 2020 training certificate
    issued to 丁超 (the golden training layout with the holder and year changed)."""
    from bench.generator.doc import Text
    from bench.generator.fixtures import DPI, _find
    from bench.generator.render import render_page

    _, patent = _find("patent_certificate", "invention")
    _, training = _find("training_certificate", "jieye")
    page = training.pages[0]
    page.items = [dataclasses.replace(i, text=i.text.replace("金勇超", "丁超").replace("2021", "2020"))
                  if isinstance(i, Text) else i for i in page.items]  # fmt: skip
    paths = out / "专利证书.png", out / "结业证书.png"
    render_page(patent.pages[0], DPI).save(paths[0])
    render_page(page, DPI).save(paths[1])
    return paths


def cli(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "api.cli", *args], env=env, cwd=ROOT, check=True, capture_output=True
    )


@pytest.fixture
def service(tmp_path: Path, redis_server: str) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "CREDPROOF_ENV": "test", "CREDPROOF_DATA_DIR": str(tmp_path / "data"),
           "DATABASE_URL": f"sqlite:///{tmp_path / 'data.sqlite3'}", "REDIS_URL": redis_server,
           "CREDPROOF_QUEUE_NAME": f"browser-{port}", "CREDPROOF_OCR_ENGINE": "rapidocr"}  # fmt: skip
    cli(env, "migrate")
    cli(
        env,
        "users",
        "create",
        "--username",
        "dingchao",
        "--password",
        PASSWORD,
        "--role",
        "professional",
        "--name",
        "丁超",
        "--employer",
        "开封市中心医院",
        "--title-level",
        "intermediate",
        "--policy",
        "yiyang-2018",
    )
    cli(
        env,
        "users",
        "create",
        "--username",
        "shenhe",
        "--password",
        PASSWORD,
        "--role",
        "reviewer",
        "--name",
        "审核员甲",
        "--assign",
        "yiyang-2018",
    )
    cli(
        env,
        "users",
        "create",
        "--username",
        "guanli",
        "--password",
        PASSWORD,
        "--role",
        "admin",
        "--name",
        "管理员",
    )
    logs = (tmp_path / "server.log").open("wb"), (tmp_path / "worker.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, cwd=ROOT, stdout=logs[0], stderr=subprocess.STDOUT)  # fmt: skip
    worker = subprocess.Popen([sys.executable, "-m", "api.cli", "worker"], env=env, cwd=ROOT,
                              stdout=logs[1], stderr=subprocess.STDOUT)  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(base + "/login", timeout=2).status_code == 200
        except httpx.HTTPError:
            return server.poll() is not None and pytest.fail("the server exited; see server.log")  # type: ignore[func-returns-value]

    try:
        wait_for(up, timeout=60, what="the server to answer")
        yield base
    finally:
        for proc in (server, worker):
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs:
            log.close()


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


def login(browser, base: str, username: str):  # type: ignore[no-untyped-def]
    page = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN").new_page()
    page.goto(base + "/login")
    if not (ARTIFACTS / "00-login.png").exists():
        shot(page, "00-login")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    with page.expect_navigation():
        page.click('button[type="submit"]')
    return page


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def hours_of(page) -> float:  # type: ignore[no-untyped-def]
    return float(page.inner_text("#hours"))


def test_upload_review_and_transcript_in_chromium(service: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.rmtree(ARTIFACTS, ignore_errors=True)  # this run's screenshots only
    patent, training = render_proofs(tmp_path)

    pro = login(browser, service, "dingchao")
    assert pro.url.endswith("/upload")
    shot(pro, "01-upload-empty")
    pro.set_input_files("#files", [str(patent), str(training)])
    pro.wait_for_function(
        "document.querySelectorAll('li.upload[data-status=processed][data-stage=suggested]').length === 2",
        timeout=240_000,
        polling=500,
    )
    assert pro.locator("li.upload.failed").count() == 0
    shot(pro, "02-upload-suggested")
    pro.goto(service + "/documents")
    assert pro.locator("tr[data-document]").count() == 2
    shot(pro, "03-documents")

    rev = login(browser, service, "shenhe")
    assert rev.url.endswith("/queue")
    assert rev.locator("#queue tbody tr").count() == 2
    shot(rev, "04-queue")
    with rev.expect_navigation():
        rev.keyboard.press("Enter")  # the first row is selected; Enter opens it
    first_id = rev.get_attribute("#review", "data-id")
    boxes = rev.locator(".box")
    assert boxes.count() >= 3
    field = rev.locator("#fields tr.has-box").first
    name = field.get_attribute("data-field")
    field.hover()
    lit = rev.locator(f'.box.hl[data-field="{name}"]')
    assert lit.count() >= 1 and lit.first.is_visible()
    shot(rev, "05-review-first-highlighted")

    rev.keyboard.press("e")
    rev.keyboard.type("30")  # the hours field is focused and selected
    rev.keyboard.press("Tab")
    rev.keyboard.type("按第二完成人折半认定")
    with rev.expect_navigation():
        rev.keyboard.press("Enter")
    second_id = rev.get_attribute("#review", "data-id")
    assert second_id and second_id != first_id
    confirmed_hours = hours_of(rev)
    shot(rev, "06-review-second")
    with rev.expect_navigation():
        rev.keyboard.press("a")
    assert "/queue" in rev.url and rev.locator("#queue tbody tr").count() == 0
    shot(rev, "07-queue-empty")

    pro.goto(service + "/transcript?year=2020")
    counted = sorted(float(t) for t in pro.locator("tr.credit td.hours").all_inner_texts())
    assert counted == sorted([30.0, confirmed_hours])
    total = pro.locator('.bar[data-category="total"] b.have').inner_text()
    assert float(total) == 30.0 + confirmed_hours
    assert re.search(r"已确认|已调整", pro.inner_text("table.grid"))
    shot(pro, "08-transcript")

    admin = login(browser, service, "guanli")
    assert admin.url.endswith("/admin")
    assert admin.locator("tr[data-user]").count() == 3
    assert admin.locator('tr[data-user="shenhe"] input[value="yiyang-2018"]').is_checked()
    shot(admin, "09-admin")
