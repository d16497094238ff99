"""Patent certificates: kind from the title, ZL number with its check digit, dates, inventors in order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.fields import (
    LI,
    Draft,
    Hit,
    clean_value,
    first_labelled,
    labelled,
    ocr_factor,
    ocr_label,
    table_as_labels,
    with_continuation,
)
from extractors.generic import labelled_date
from extractors.people import people_from
from extractors.text import Row, cjk_punct

_KINDS = (("实用新型", "utility_model"), ("外观设计", "design"), ("发明", "invention"))
# Tesseract reads the L of ZL as 1/I/|, the dot as a comma or middle dot, and splits the digits with spaces.
_ZL = re.compile(
    r"(?:Z\s*[L1I|l]|2\s*L)\s*[:：]?\s*(?P<digits>\d[\d\s]{7,16}?)\s*[.,·•。]\s*(?P<check>[\dXx])(?!\d)"
)
_BARE = re.compile(r"(?P<digits>(?:19|20)\d{2}\s*[123]\s*\d{7}|\d{8})\s*[.,·•。]\s*(?P<check>[\dXx])(?!\d)")
_NUMBER_LABEL = rf"专\s*{LI}\s*号|专利号|申请号"
# ('发明人/设计人 A、B' on a register's form names both kinds of inventor in one label)
_INVENTOR_LABEL = rf"{ocr_label('发明人')}\s*[/／、]\s*{ocr_label('设计人')}|" + "|".join(
    ocr_label(w) for w in ("发明人", "设计人")
)
# The kind digit of a ZL number (after the four of the year, or the two of an old eight-digit one).
_KIND_DIGIT = {"1": "invention", "2": "utility_model", "3": "design", "8": "invention", "9": "utility_model"}


def zl_check(digits: str) -> str:
    """CNIPA check digit: weights 2..9 then 2..5, sum mod 11, 10 -> X."""
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=False))
    return "0123456789X"[total % 11]


def normalise_zl(digits: str, check: str) -> tuple[str, bool] | None:
    """'2020 2 1798230', '4' -> ('ZL202021798230.4', True); False when the check digit disagrees."""
    digits = re.sub(r"\s", "", digits)
    if len(digits) not in (8, 12):
        return None
    check = check.upper()
    return f"ZL{digits}.{check}", zl_check(digits) == check


def patent_number(rows: Sequence[Row]) -> Hit | None:
    candidates = [(row, m, 1.0) for row in rows for m in _ZL.finditer(row.text)]
    for hit in labelled(rows, _NUMBER_LABEL):
        candidates += [(hit.row, m, 0.95) for m in _BARE.finditer(hit.row.text, hit.start)]
    for row, m, weight in candidates:
        found = normalise_zl(m["digits"], m["check"])
        if found:
            number, valid = found
            # A failed check means a misread digit: keep the reading for the reviewer, but say we doubt it.
            conf = (0.97 if valid else 0.35) * weight * ocr_factor(row)
            return Hit(number, conf, row, m.start(), m.end())
    return None


def patent_kind(rows: Sequence[Row]) -> Hit | None:
    for row in rows[:10]:
        if re.search(r"专\s*\S{0,2}\s*证\s*书", row.text):
            for word, kind in _KINDS:
                at = row.compact.find(word)
                if at >= 0:
                    return Hit(kind, 0.95 * ocr_factor(row), row, 0, len(row.text))
    # the kind stated ('专利类型 实用新型') before the kind a label implies (a register's '发明名称' names any kind)
    hit = first_labelled(rows, r"专\s*利\s*(?:类\s*型|种\s*类|类\s*别)")
    if hit is not None:
        stated = next((k for w, k in _KINDS if w in hit.value.replace(" ", "")), None)
        if stated is not None:
            return hit.with_value(stated, 0.9 * hit.conf)
    for word, kind in _KINDS:
        hit = first_labelled(rows, rf"{word}名称|{word}专利")
        if hit is not None:
            return Hit(kind, 0.8 * hit.conf, hit.row, 0, hit.start)
    # The title lost (a seal over it, a torn edge): the grant sentence names the kind, '本实用新型经过本局…'.
    for row in rows:
        m = re.search(r"本\s*(实\s*用\s*新\s*型|外\s*观\s*设\s*计|发\s*明)\s*经\s*过", row.text)
        if m:
            word = re.sub(r"\s", "", m.group(1))
            kind = next(k for w, k in _KINDS if w == word)
            return Hit(kind, 0.8 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


_INID = re.compile(r"^\s*[(（]\s*\d{2}\s*[)）]")  # a gazette's field code: (72), (73), (57)
_INVENTORS_INID = re.compile(rf"^\s*[(（]\s*72\s*[)）]\s*(?:{_INVENTOR_LABEL})\s*[:：]?\s*")


def _gazette_inventors(rows: Sequence[Row]) -> list[Hit]:
    """A gazette's (72) inventors when the abstract's column runs into its rows ('(72)发明人董学峰安超 机架、驱动…'
    / '方便，…' / '陈思远章若彤'): the first cell, then the rows of names alone up to the next field code,
    passing over the abstract's sentences between them."""
    if not any(re.search(r"[(（]\s*57\s*[)）]", r.text) for r in rows):
        return []  # no abstract column: the labelled reading holds
    for i, row in enumerate(rows):
        m = _INVENTORS_INID.match(row.text)
        if m is None:
            continue
        # the names set apart by blanks, up to the other column's text ('陆新民 朝鲁门 2.本外观…')
        cell = re.match(r"[\u4e00-\u9fff·]{2,12}(?:\s+[\u4e00-\u9fff·]{2,6}(?=\s|$))*", row.text[m.end() :])
        hits = (
            [Hit(cell.group(0), 0.85 * ocr_factor(row), row, m.end(), m.end() + cell.end())] if cell else []
        )
        for below in rows[i + 1 : i + 10]:
            if below.page != row.page or _INID.match(below.text):
                break
            text = below.text.strip()
            if re.search(r"[，,。；;：:、]", text) or not re.fullmatch(r"[\u4e00-\u9fff·\s]{2,24}", text):
                continue  # the abstract's column
            hits.append(Hit(text, 0.75 * ocr_factor(below), below, 0, len(below.text)))
        return hits
    return []


def kind_from_number(number: Hit | None) -> Hit | None:
    """A number's own kind digit (ZL2022 2 0291941.5 is a utility model), when the proof prints no kind."""
    if number is None:
        return None
    digits = number.value[2:].split(".")[0]
    kind = _KIND_DIGIT.get(digits[4] if len(digits) == 12 else digits[2])
    return number.with_value(kind, 0.8 * number.conf) if kind else None


# A register page's form row: the next field's label after a blank ends the value ('发明名称 一种… 案件状态 …',
# '发明人 A、B 专利类型 实用新型').
_NEXT_FIELD = re.compile(
    r"\s+(?:案件状态|法律状态|申请人|专利权人|专利类型|授权公告日|申请日|发明人|设计人|主分类号|代理机构|专利号)(?:\s|[:：]).*$"
)


def patent_title(rows: Sequence[Row]) -> Hit | None:
    hit = first_labelled(
        rows, r"发\s*明\s*名\s*称|实用新型名称|外观设计名称|设计名称|专利名称|(?<!或)名\s*称(?!\s*[、，,])"
    )
    if hit is None:
        # a register's or an app's page heading the patent by its name alone: '一种护理用翻身辅助垫'
        for row in rows[:8]:
            m = re.fullmatch(r"\s*(一种[\u4e00-\u9fff（）()]{2,40})\s*", row.text)
            if m:
                return Hit(cjk_punct(m.group(1)), 0.75 * ocr_factor(row), row, m.start(1), m.end(1))
        return None
    # the next field's code and date run in from the other column ('(22)申请日 2017.06.22 包装盒 (月饼)')
    value = re.sub(
        r"^\s*[(（]\s*\d{2}\s*[)）]\s*[^\s\d]*\s*[\d.\-/年月日]+\s*", "", _NEXT_FIELD.sub("", hit.value)
    )
    return hit.with_value(cjk_punct(clean_value(value.replace(" ", ""))))


# A query result's columns over the one patent's row ('专利号 名称 发明人 申请日 授权公告日 类型').
_LISTING_HEADS = re.compile(
    r"专\s*利\s*号|申\s*请\s*号|专利名称|发明名称|名\s*称|发\s*明\s*人|设\s*计\s*人|申\s*请\s*日|授权公告日|公\s*告\s*日|"
    r"专利类型|类\s*型|专利权人|申\s*请\s*人|序\s*号"
)


def patent_certificate(rows: Sequence[Row], draft: Draft) -> None:
    rows = table_as_labels(rows, _LISTING_HEADS)
    draft.put("title", patent_title(rows))
    number = patent_number(rows)
    draft.put("patent.kind", patent_kind(rows) or kind_from_number(number))
    draft.put("patent.number", number)
    draft.put("patent.applied_on", labelled_date(rows, r"专\s*利\s*申\s*请\s*[日曰目]|申\s*请\s*[日曰目]"))
    draft.put(
        "patent.granted_on",
        labelled_date(rows, r"授\s*权\s*公\s*告\s*[日曰目]|授\s*权\s*[日曰]|公\s*告\s*[日曰]"),
    )
    # The inventors as the certificate first lists them; a later page repeating them ('申请日时…发明人：…')
    # adds no one, and where it wraps would cut a name.
    # ('…的发明人之一，在该专利发明人中排名第1': the word inside a letter's sentence labels no one)
    first = next(
        (
            h
            for h in labelled(rows, _INVENTOR_LABEL)
            # ('第1发明人已核': a checker's note on the copy labels no one either)
            if h.value.strip() and not re.match(r"\s*(?:之一|中|排名|的|为|已核|已审|已查)", h.value)
        ),
        None,
    )
    gazette = _gazette_inventors(rows)
    if gazette:  # names set apart by blanks, each a list's piece
        draft.people += people_from(
            [h.with_value(re.sub(r"\s", "、", h.value)) for h in gazette], "inventor", listed=True
        )
    else:
        first = first.with_value(_NEXT_FIELD.sub("", first.value)) if first else None
        draft.people += people_from(with_continuation(rows, [first] if first else []), "inventor")
    if draft.has("patent.granted_on"):
        draft.put("issued_on", draft.hits["patent.granted_on"])
    seal = next((r for r in rows if "知识产权局" in r.compact), rows[0] if rows else None)
    if seal is not None:
        # The certificate names CNIPA only in its seal and as 本局; every Chinese patent certificate is CNIPA's.
        conf = 0.95 if "知识产权局" in seal.compact else 0.8
        draft.put("issuer", Hit("国家知识产权局", conf, seal, 0, len(seal.text)))
    holder = first_labelled(rows, rf"专\s*{LI}\s*权\s*人")
    if holder is not None:
        draft.notes["patentee"] = cjk_punct(clean_value(holder.value.replace(" ", "")))
