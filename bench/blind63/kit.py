"""Shared helpers for draw 63: date forms, Chinese numerals, random dates and the Doc constructor."""

from __future__ import annotations

import datetime as dt
import random

CN = "〇一二三四五六七八九"
DAY_FORMS = ("ymd", "cn", "dot", "dash", "slash", "pad")
MONTH_FORMS = ("ym", "cnm", "dotm", "padm")


def cn_small(n: int) -> str:
    """1..31 as 一 … 三十一."""
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("十" if tens == 1 else CN[tens] + "十") + (CN[ones] if ones else "")


def cn_year(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


def fmt(iso: str, form: str) -> str:
    """An ISO date (or YYYY-MM) in one printed form."""
    parts = [int(p) for p in iso.split("-")]
    y, m = parts[0], parts[1]
    if len(parts) == 2:
        return {
            "ym": f"{y}年{m}月",
            "cnm": f"{cn_year(y)}年{cn_small(m)}月",
            "dotm": f"{y}.{m:02d}",
            "padm": f"{y}年{m:02d}月",
            "cipm": f"{y}.{m}",
        }[form if form in ("ym", "cnm", "dotm", "padm", "cipm") else "ym"]
    d = parts[2]
    return {
        "ymd": f"{y}年{m}月{d}日",
        "cn": f"{cn_year(y)}年{cn_small(m)}月{cn_small(d)}日",
        "dot": f"{y}.{m:02d}.{d:02d}",
        "dash": f"{y}-{m}-{d}",
        "slash": f"{y}/{m}/{d}",
        "pad": f"{y}年{m:02d}月{d:02d}日",
        "iso": f"{y}-{m:02d}-{d:02d}",
    }[form]


def forms(iso: str) -> set[str]:
    """Every printed form we use for a date (for the self-check)."""
    n = len(iso.split("-"))
    if n == 2:
        return {fmt(iso, f) for f in ("ym", "cnm", "dotm", "padm", "cipm")}
    return {fmt(iso, f) for f in DAY_FORMS + ("iso",)}


def rand_date(rng: random.Random, year: int, lo: int = 1, hi: int = 12) -> dt.date:
    return dt.date(year, rng.randint(lo, hi), rng.randint(1, 28))


def iso(d: dt.date) -> str:
    return d.isoformat()


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def span(rng: random.Random, year: int, days: int, lo: int = 3, hi: int = 11) -> tuple[dt.date, dt.date]:
    s = rand_date(rng, year, lo, hi)
    return s, plus(s, days - 1)


def period_text(s: dt.date, e: dt.date, form: str) -> str:
    """A training period printed as the issuers do; both ends keep a full date in the chosen form."""
    if s == e:
        return fmt(iso(s), form)
    sep = "至" if form in ("ymd", "cn", "pad") else "—"
    return f"{fmt(iso(s), form)}{sep}{fmt(iso(e), form)}"


def claim(policy: str, person: str, year: int) -> dict[str, object]:
    return {"policy": policy, "person": person, "year": year}


RED = (190, 30, 30)


def para(
    pg: object, ctx: object, x: float, y: float, w: float, s: str, size: float = 12.0, indent: bool = True
) -> float:
    """A body paragraph with a two-character first-line indent."""
    return pg.wrap(x, y, w, s, size, ctx.body, 1.75, size * 0.3528 * 2 if indent else 0.0)  # type: ignore[attr-defined]


def cert_no(rng: random.Random, prefix: str, n: int = 6) -> str:
    return prefix + "".join(str(rng.randrange(10)) for _ in range(n))
