"""Draw 60's own helpers: date forms (Arabic, dotted, dashed, Chinese numerals), names, numbers and wrapping."""

from __future__ import annotations

import datetime as dt
import random

from bench.blind.page import Page, width_mm

HAN = "〇一二三四五六七八九"
PT_MM = 25.4 / 72.0


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def han_small(n: int) -> str:
    """1..31 as Chinese numerals (十, 十二, 二十, 三十一)."""
    if n < 10:
        return HAN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HAN[tens]) + "十" + (HAN[ones] if ones else "")


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def fmt_date(iso: str, style: str) -> str:
    """A day printed in one of the styles real proofs use."""
    x = d(iso)
    y, m, dd = x.year, x.month, x.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "han": f"{han_year(y)}年{han_small(m)}月{han_small(dd)}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dash": f"{y}-{m}-{dd}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "slash": f"{y}/{m}/{dd}",
    }[style]


def fmt_month(ym: str, style: str) -> str:
    """A month-only print (YYYY-MM truth)."""
    y, m = int(ym[:4]), int(ym[5:7])
    return {
        "cn": f"{y}年{m}月",
        "cn0": f"{y}年{m:02d}月",
        "han": f"{han_year(y)}年{han_small(m)}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
    }[style]


def date_forms(value: str) -> list[str]:
    """Every form a truth date (YYYY-MM-DD or YYYY-MM) may be printed in (for the self-check)."""
    if len(value) == 7:
        return [fmt_month(value, s) for s in ("cn", "cn0", "han", "dot", "dash")]
    return [fmt_date(value, s) for s in ("cn", "cn0", "han", "dot", "dash", "iso", "slash")]


def short_forms(value: str) -> list[str]:
    """The month-and-day part a range prints after its full start date (…至5月12日)."""
    x = d(value)
    return [f"{x.month}月{x.day}日", f"{x.month:02d}月{x.day:02d}日", f"{x.month}.{x.day:02d}"]


def day_in(rng: random.Random, year: int, m0: int = 1, m1: int = 12) -> str:
    m = rng.randint(m0, m1)
    return dt.date(year, m, rng.randint(1, 28)).isoformat()


def plus(iso: str, days: int) -> str:
    return (d(iso) + dt.timedelta(days=days)).isoformat()


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def wrap_keep(
    pg: Page,
    x: float,
    y: float,
    width: float,
    text: str,
    size: float,
    font: str,
    keep: list[str] | tuple[str, ...] = (),
    lead: float = 1.75,
    indent: float = 0.0,
    max_y: float | None = None,
) -> float:
    """Flow `text` into lines no wider than `width`, never breaking inside a `keep` string shorter than a
    line (names, dates, numbers); stop before a line would pass `max_y`. Returns the y below it."""
    tokens: list[str] = []
    i = 0
    keeps = sorted((k for k in keep if k), key=len, reverse=True)
    while i < len(text):
        for k in keeps:
            if text.startswith(k, i) and width_mm(k, font, size) < width * 0.9:
                tokens.append(k)
                i += len(k)
                break
        else:
            tokens.append(text[i])
            i += 1
    line_h = size * PT_MM * lead
    cur, first = "", True
    for tok in tokens:
        avail = width - (indent if first else 0.0)
        if cur and width_mm(cur + tok, font, size) > avail and tok not in "，。、；：）》”":
            if max_y is not None and y + line_h > max_y:
                return y
            pg.text(x + (indent if first else 0.0), y, cur, size, font)
            y += line_h
            cur, first = tok, False
        else:
            cur += tok
    if cur and (max_y is None or y + line_h <= max_y):
        pg.text(x + (indent if first else 0.0), y, cur, size, font)
        y += line_h
    return y


def fit(text: str, font: str, size: float, width: float, floor: float = 7.0) -> float:
    """The largest size ≤ `size` at which `text` fits in `width` mm."""
    while size > floor and width_mm(text, font, size) > width:
        size -= 0.5
    return size
