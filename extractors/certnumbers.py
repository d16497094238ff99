"""The certificate number printed on a proof (证书编号, 证号, 编号), for recognising the same proof again."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from models.contract import Evidence
from models.pages import PageText

# 证书编号：XY2020-0123 / 编号: 20201234 / 证号 ... ; not 课题编号, 项目编号, 文章编号, 身份证号, 准考证号, 课程编号
_LABEL = re.compile(
    r"(?<![课项文章份考程目题])(?:证书编号|证书号|证书编码|编\s*号|证\s*号|No\.)\s*[:：]?\s*"
    r"([A-Za-z\u4e00-\u9fff]{0,4}[-\s]?\d[\dA-Za-z\-]{3,30})"
)


def certificate_number(pages: Sequence[PageText]) -> str | None:
    """The first labelled certificate number on the pages, upper-cased without spaces, or None."""
    for page in pages:
        for line in page.text.splitlines() or [page.text]:
            found = _LABEL.search(unicodedata.normalize("NFKC", line))
            if found:
                number = re.sub(r"\s+", "", found.group(1)).upper().strip("-").removeprefix("第")
                if sum(ch.isdigit() for ch in number) >= 4:
                    return number
    return None


def with_certificate_number(evidence: Evidence, pages: Sequence[PageText]) -> Evidence:
    """The record with an added `certificate_number` key when the pages print one (unchanged otherwise)."""
    number = certificate_number(pages)
    if number is None:
        return evidence
    return Evidence.model_validate({**evidence.to_json(), "certificate_number": number})
