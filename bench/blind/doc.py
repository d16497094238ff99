"""A generated document: its pages, its contract truth, the fields scored and the claim it supports."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import Ctx
from bench.blind.page import Page, width_mm
from bench.generator.truth import evidence

MONTH = re.compile(r"^\d{4}-\d{2}$")


@dataclass
class Doc:
    evidence_type: str
    layout: str
    pages: list[Page]
    fields: dict[str, Any]
    scored: list[str]
    claim: dict[str, Any]
    category: str | None = None  # category_stated
    templates: list[str] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        """The full contract record; month-only dates and category_stated are set after validation."""
        f = {k: (dict(v) if isinstance(v, dict) else v) for k, v in self.fields.items()}
        late: dict[str, Any] = {}
        if isinstance(f.get("issued_on"), str) and MONTH.match(f["issued_on"]):
            late["issued_on"] = f.pop("issued_on")
        period = f.get("period")
        if period:
            for k in ("start", "end"):
                if isinstance(period.get(k), str) and MONTH.match(period[k]):
                    late.setdefault("period", {})[k] = period[k]
                    period[k] = None
        rec = evidence(self.evidence_type, pages=len(self.pages), **f)
        if "issued_on" in late:
            rec["issued_on"] = late["issued_on"]
        for k, v in late.get("period", {}).items():
            rec["period"][k] = v
        rec["category_stated"] = self.category
        return rec


# ---- layout helpers shared by the builders ---------------------------------------------------
def frame(pg: Page, ctx: Ctx, style: int) -> None:
    """Certificate borders: none, a thin rule, a double rule, or a coloured band."""
    m = 10.0
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.5)
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.2, (150, 110, 40))
        pg.rect(m + 3, m + 3, pg.w - m - 3, pg.h - m - 3, 0.3, (150, 110, 40))
    elif style == 3:
        pg.rect(m, m, pg.w - m, pg.h - m, 2.5, (170, 40, 40))
        pg.rect(m + 4, m + 4, pg.w - m - 4, pg.h - m - 4, 0.4, (170, 40, 40))


def heading(pg: Page, ctx: Ctx, text: str, y: float, size: float = 26.0, spaced: bool = False) -> float:
    """Centred heading; `|` splits lines. Returns the y below it."""
    for i, ln in enumerate(text.split("|")):
        s = size if i == len(text.split("|")) - 1 or len(text.split("|")) == 1 else size * 0.72
        if spaced and len(ln) <= 6:
            ln = "  ".join(ln)
        pg.text(pg.w / 2, y, ln, s, ctx.bold, "c")
        y += s * 0.3528 * 1.6
    return y


def sign_block(
    pg: Page,
    ctx: Ctx,
    issuer: str,
    date_s: str,
    y: float,
    x_right: float | None = None,
    seal: bool = True,
    size: float = 13.0,
    seed: int = 0,
    extra: list[str] | None = None,
) -> float:
    """Issuer and date, right-aligned, with a red seal over them."""
    xr = x_right if x_right is not None else pg.w - 28
    lines = [issuer] + (extra or []) + [date_s]
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += size * 0.3528 * 1.8
    if seal:
        pg.seal(cx, y + 4, 19, issuer if len(issuer) <= 16 else issuer[:16], seed)
    return yy


def label_lines(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    pairs: list[tuple[str, str]],
    size: float,
    colon: str,
    gap: float = 2.2,
    label_w: float | None = None,
    underline: bool = False,
) -> float:
    """`label：value` lines, labels padded to a column when label_w is given."""
    lh = size * 0.3528 * gap
    for lab, val in pairs:
        if label_w is not None:
            pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + label_w, y, val, size, ctx.body)
            if underline:
                pg.line(x + label_w - 1, y + size * 0.3528 * 1.25, pg.w - x, y + size * 0.3528 * 1.25, 0.2)
        else:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        y += lh
    return y
