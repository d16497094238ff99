"""In Debian's Chromium: a multi-proof PDF and a ZIP uploaded on the upload page; every proof's line reaches
`suggested` (real server, real rq worker, RapidOCR; fixtures from test_browser_review_flow)."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from test_browser_review_flow import browser, login, render_proofs, service, shot  # noqa: F401 - fixtures

from bench.generator.bundle import bundle
from bench.generator.degrade import scan
from bench.generator.render import images_to_pdf, render_page

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.ocr, pytest.mark.redis]


def test_a_multi_proof_pdf_and_a_zip_reach_suggested(service: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    pages, proofs = bundle(["patent_certificate", "journal_pair", "award_certificate"], "browser")
    rng = random.Random("browser")
    pdf = tmp_path / "年度材料.pdf"
    pdf.write_bytes(images_to_pdf([scan(render_page(p, 200), rng) for p in pages], 200))
    patent, training = render_proofs(tmp_path)
    archive = tmp_path / "证书.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(patent, "2020/专利证书.png")
        zf.write(training, "2020/结业证书.png")
        zf.writestr("../逃逸.png", patent.read_bytes())

    pro = login(browser, service, "dingchao")
    pro.set_input_files("#files", [str(pdf), str(archive)])
    # 3 proofs of the PDF + 2 members of the ZIP: each line reaches `suggested`
    pro.wait_for_function(
        "document.querySelectorAll('li.upload.proof[data-status=processed][data-stage=suggested]').length === 3"
        " && document.querySelectorAll('li.upload[data-document]:not(.split):not(.proof)"
        "[data-status=processed][data-stage=suggested]').length === 2",
        timeout=400_000,
        polling=500,
    )
    split_line = pro.locator("li.upload.split")
    assert split_line.count() == 1 and "1 个文件 → 3 份证明" in split_line.inner_text()
    refused = pro.locator("li.upload.failed")
    assert refused.count() == 1 and "../逃逸.png" in refused.inner_text()
    lines = [pro.locator("li.upload.proof .name").nth(i).inner_text() for i in range(3)]
    assert [line.split("第 ")[-1] for line in lines] == ["1 页", "2–3 页", "4 页"]
    shot(pro, "10-upload-multi-proof-and-zip")
    pro.goto(service + "/documents")
    assert "1 个文件 → 3 份证明" in pro.inner_text("body")
    assert pro.locator("tr.proof").count() == 3
    shot(pro, "11-documents-split")
