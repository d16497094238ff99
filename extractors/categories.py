"""The subject category a training proof states (公需科目 -> public, 专业科目 -> professional), if it states one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.fields import Hit, ocr_factor
from extractors.text import Row, flows, squeezed

# OCR reads 目 as 曰/日 and spaces the characters out; 公需课 and 专业课(程) are the short forms.
_PUBLIC = re.compile(r"公\s*需\s*(?:科\s*[目曰日]|课|类)")
_PROFESSIONAL = re.compile(r"专\s*业\s*(?:科\s*[目曰日]|课|类\s*(?:课程|科目))")
_LABEL = re.compile(r"课程类别|科目类别|类\s*别|科\s*目|培训类别|课程性质")


# A tick box before an option: empty (□, which OCR reads as 口) or ticked (☑ ■ √ ✓ ✔, or lost by OCR).
_EMPTY_BOX = re.compile(r"[□口☐]\s*$")
_TICKED_BOX = re.compile(r"[☑■√✓✔☒]\s*$")


def _found(rows: Sequence[Row], weight: float) -> dict[str, Hit]:
    found: dict[str, Hit] = {}
    for row in map(squeezed, rows):
        both = [(p.search(row.text), v) for p, v in ((_PUBLIC, "public"), (_PROFESSIONAL, "professional"))]
        if all(m for m, _ in both):
            # a form's tick boxes ('学时类别：公需科目 口专业科目'): the option whose box is empty is not chosen
            empty = [v for m, v in both if m and _EMPTY_BOX.search(row.text[: m.start()])]
            ticked = [v for m, v in both if m and _TICKED_BOX.search(row.text[: m.start()])]
            chosen = (
                ticked
                if len(ticked) == 1
                else [v for _, v in both if v not in empty]
                if len(empty) == 1
                else []
            )
            if len(chosen) == 1:
                m = next(m for m, v in both if v == chosen[0])
                assert m is not None
                found.setdefault(
                    chosen[0], Hit(chosen[0], weight * 0.8 * ocr_factor(row), row, m.start(), m.end())
                )
                continue
        for pattern, value in ((_PUBLIC, "public"), (_PROFESSIONAL, "professional")):
            m = pattern.search(row.text)
            if m and value not in found:
                # A labelled statement (科目：公需科目, a 课程类别 cell) is surer than a word in a sentence.
                conf = 0.95 if _LABEL.search(row.text[: m.start()]) else 0.9
                found[value] = Hit(value, weight * conf * ocr_factor(row), row, m.start(), m.end())
    return found


def both_stated(rows: Sequence[Row]) -> bool:
    """Whether the proof prints both categories as its options ('科目类别：公需科目 专业科目', the tick lost)."""
    return len(_found(rows, 1.0)) == 2


def stated_category(rows: Sequence[Row]) -> Hit | None:
    """public or professional where the proof names only one of them; None where it names none or both."""
    found = _found(rows, 1.0)
    if not found:
        # a sentence that wraps inside the word ('…记继续教育公' / '需科目32学时'), less surely
        found = _found(flows(rows), 0.85)
    if len(found) != 1:
        return None
    return next(iter(found.values()))
