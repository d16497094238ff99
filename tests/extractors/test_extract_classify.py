"""The classifier: titles and labels decide, and weak evidence gives a low confidence."""

from __future__ import annotations

import pytest

from extractors.classify import classify
from extractors.text import document_rows

TITLED = [
    ("结 业 证 书\n张三同志：\n参加培训，共计24学时。", "training_certificate"),
    ("2019年培训班签到表\n序号 姓名 单位 签名", "sign_in_sheet"),
    ("关于举办2019年培训班的通知\n各有关单位：", "training_notice"),
    ("邀 请 函\n诚邀您参加", "training_notice"),
    ("作物学报\n2014年第40卷第3期\nISSN 0496-3490 CN 11-1809/S", "journal_article"),
    ("目  次\n小麦栽培研究……李明（1）\nISSN 0496-3490", "journal_article"),
    ("图书在版编目（CIP）数据\nISBN 978-7-109-24567-9\n出版发行：中国农业出版社", "book"),
    ("发明专利证书\n发明名称：一种装置\n专利号：ZL 2017 1 0123456.0", "patent_certificate"),
    ("荣 誉 证 书\n李明同志：荣获二等奖。", "award_certificate"),
    ("结 题 证 书\n课题《某研究》准予结题。", "project_completion"),
    ("研究生课程进修班结业证书\n李明同志参加我校研究生课程进修班学习", "qualification_certificate"),
    ("全国专业技术人员计算机应用能力考试合格证书\n姓名：李明", "qualification_certificate"),
    ("高等教育自学考试单科合格证书\n李明参加高等教育自学考试", "qualification_certificate"),
    ("毕 业 证 书\n学生李明，性别男", "qualification_certificate"),
]


@pytest.mark.parametrize(("text", "etype"), TITLED, ids=[e + ":" + t[:8] for t, e in TITLED])
def test_titled_documents(make_pages, text: str, etype: str) -> None:
    found = classify(document_rows(make_pages(text)))
    assert found.evidence_type == etype
    assert found.confidence >= 0.8


@pytest.mark.parametrize(
    "text",
    ["", "第 2 页", "以上内容请妥善保管\n联系电话：12345678", "在 职 证 明\n兹证明李明同志系我单位职工。"],
)
def test_weak_evidence_is_not_confident(make_pages, text: str) -> None:
    found = classify(document_rows(make_pages(text)))
    assert found.evidence_type == "other" or found.confidence < 0.7


def test_notice_that_mentions_a_certificate_stays_a_notice(make_pages) -> None:
    text = "关于举办2019年玉米栽培培训班的通知\n各有关单位：\n培训结束后颁发结业证书，共计24学时。"
    assert classify(document_rows(make_pages(text))).evidence_type == "training_notice"
