"""Qualification certificates: diplomas, degrees, postgraduate courses, self-study exams, computer exams."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.fields import Draft, Hit, clean_value, ocr_factor
from extractors.generic import ORG, common, holder
from extractors.people import split_names
from extractors.text import Row, cjk_punct, flows

_KINDS = (
    (r"计算机应用能力|职称计算机", "computer_exam"),
    (r"自学考试|单科合格", "self_study_exam"),
    (r"研究生课程|课程进修班", "postgraduate_courses"),
    (r"博士学位|博士", "doctor_degree"),
    (r"硕士学位|硕士", "master_degree"),
    (r"毕业证书|准予毕业|毕\s*业", "graduation"),
)
_SUBJECTS = (
    re.compile(r"(?:在本校|我校|本校)\s*([^，,。]{2,20}?)\s*专业"),
    re.compile(r"在\s*[\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所)\s*([^，,。]{2,20}?)\s*学科"),
    re.compile(r"自学考试\s*([^，,。]{2,30}?)\s*课程"),
    re.compile(r"专\s*业\s*[:：]\s*([^，,。\s]{2,20})"),
    re.compile(r"([\u4e00-\u9fff]{2,20}?)专业"),
)
_MODULE_HEAD = re.compile(r"考试科目|考试模块|合格模块|科目名称|模\s*块|科\s*目")
_HOLDER = re.compile(r"^(?:学生)?\s*([\u4e00-\u9fff]{2,4}?)\s*[，,]\s*(?:性别)?\s*[男女]")


def qual_kind(rows: Sequence[Row]) -> Hit | None:
    for pattern, kind in _KINDS:
        for i, row in enumerate(rows):
            if re.search(pattern, row.compact):
                conf = 0.95 if i < 5 else 0.8
                return Hit(kind, conf * ocr_factor(row), row, 0, len(row.text))
    return None


def subject(rows: Sequence[Row]) -> Hit | None:
    for pattern in _SUBJECTS:
        for flow in flows(rows):
            m = pattern.search(flow.text)
            if m:
                value = cjk_punct(clean_value(m.group(1).replace(" ", "")))
                return Hit(value, 0.85 * ocr_factor(flow), flow, m.start(1), m.end(1))
    return None


def modules(rows: Sequence[Row]) -> Hit | None:
    """The module list printed under 考试科目（模块）, one per row, up to the issuer block."""
    for i, row in enumerate(rows):
        if not _MODULE_HEAD.search(row.text):
            continue
        tail = row.text[_MODULE_HEAD.search(row.text).end() :]  # type: ignore[union-attr]
        found = _module_names(re.sub(r"^[\s()（）模块名称:：]*", "", tail))
        for below in rows[i + 1 : i + 9]:
            text = _MODULE_NOISE.sub("", below.text).strip()
            if not text or ORG.fullmatch(below.compact) or re.search(r"[:：]", below.text):
                break
            found += _module_names(text)
        if found:
            return Hit(found, 0.8 * ocr_factor(row), row, 0, len(row.text))
    return None


# What a module row may print besides the module: a result and a date ('Excel 2003中文电子表格 合格 2012年5月').
_MODULE_NOISE = re.compile(
    r"(?:合格|通过|成绩|优秀|良好)|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:19|20)\d{2}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?"
)


def _module_names(text: str) -> list[str]:
    # Several modules on one line are separated by 、 or ；, never by a space (names contain spaces).
    return [cjk_punct(v) for v in (clean_value(p) for p in re.split(r"[、;；,，]", text)) if v]


def qual_holder(rows: Sequence[Row]) -> Hit | None:
    for row in rows:
        m = _HOLDER.search(row.text) or re.search(r"学生\s*([\u4e00-\u9fff]{2,4}?)\s*[，,]", row.text)
        if m:
            names = split_names(m.group(1))
            if names and names[0].text == m.group(1):
                return Hit(m.group(1), 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


def _main_rows(rows: Sequence[Row]) -> list[Row]:
    # Signatures (校长：…, 主席：…) sit in the body but name the signer, not the graduate.
    return [r for r in rows if not re.search(r"校\s*长|主\s*席|院\s*长", r.text)]


def qualification_certificate(rows: Sequence[Row], draft: Draft) -> None:
    kind = qual_kind(rows)
    body = _main_rows(rows)
    draft.put("qualification.kind", kind)
    draft.put("holder", qual_holder(body))
    holder(body, draft)
    if kind is None or kind.value != "computer_exam":
        draft.put("qualification.subject", subject(body))
    if kind is not None and kind.value == "computer_exam":
        draft.put("qualification.modules", modules(body))
    common(body, draft)
