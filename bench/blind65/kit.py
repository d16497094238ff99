"""Shared helpers for blind draw 65: date forms, Chinese numerals, names, organisations and document assembly."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind65.pools import GIVEN, SHORT, SURNAMES, Ctx
from bench.generator.truth import SCORED

CN = "〇一二三四五六七八九"
FORMS = ("cn", "cn0", "han", "dot", "dash", "slash")
INK = (28, 38, 120)  # ballpoint blue for handwritten names
RED = (190, 30, 30)


def cn_num(n: int) -> str:
    """1..31 in Chinese numerals (十, 十二, 二十一, 三十)."""
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def cn_year(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


def fmt(d: dt.date, form: str) -> str:
    """One printed form of a date."""
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "han": f"{cn_year(y)}年{cn_num(m)}月{cn_num(dd)}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dash": f"{y}-{m}-{dd}",
        "slash": f"{y}/{m}/{dd}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
    }[form]


def fmt_month(d: dt.date, form: str) -> str:
    y, m = d.year, d.month
    return {"han": f"{cn_year(y)}年{cn_num(m)}月", "dot": f"{y}.{m:02d}", "dash": f"{y}-{m:02d}"}.get(
        form, f"{y}年{m}月"
    )


def printed_forms(value: str) -> set[str]:
    """Every form in which an ISO date (or YYYY-MM month) may be printed."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 2:
        d = dt.date(parts[0], parts[1], 1)
        return {fmt_month(d, f) for f in ("cn", "han", "dot", "dash")} | {f"{d.year}.{d.month}"}
    d = dt.date(*parts)
    return {fmt(d, f) for f in (*FORMS, "iso")}


def iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def day(rng: random.Random, year: int, lo: int = 1, hi: int = 12) -> dt.date:
    return dt.date(year, rng.randint(lo, hi), rng.randint(1, 28))


def later(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def names(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        g = rng.randrange(0, len(GIVEN) - 1, 2)
        nm = rng.choice(SURNAMES) + (GIVEN[g : g + 2] if rng.random() < 0.7 else GIVEN[g])
        if nm not in out and all(nm not in o and o not in nm for o in out):
            out.append(nm)
    return out


def fill(tmpl: str, city: dict[str, Any], rng: random.Random) -> str:
    """An organisation template with the city's bodies filled in."""
    return tmpl.format(
        city=city["city"], county=rng.choice(city["counties"]), health=city["health"], agri=city["agri"],
        tour=city["tour"], drug=city["drug"], edu=city["edu"], sci=city["sci"], road=city["road"],
        grid=city["grid"], hospital=city["hospital"], college=city["college"], prov=city["prov"],
    )  # fmt: skip


def org(ctx: Ctx, prof: dict[str, Any], city: dict[str, Any], key: str = "orgs") -> str:
    return fill(ctx.pick(f"org.{key}", prof[key]), city, ctx.rng)


def serial(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def id_masked(rng: random.Random, city: dict[str, Any]) -> str:
    head = "3709" if city["year"] == 2022 else "4309"
    return f"{head}{serial(rng, 2)}********{serial(rng, 3)}{rng.choice('0123456789X')}"


def claim(city: dict[str, Any], person: str, year: int | None = None) -> dict[str, Any]:
    return {"policy": city["policy"], "person": person, "year": year or city["year"]}


def make(
    ctx: Ctx,
    etype: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    cl: dict[str, Any],
    category: str | None = None,
    drop: tuple[str, ...] = (),
) -> Doc:
    """A Doc with layout id `<short>65-<variant>`; scored is every scorable field set, minus `drop`."""
    scored = []
    for path in SCORED[etype]:
        if path in drop:
            continue
        cur: Any = fields
        for part in path.split("."):
            cur = cur.get(part) if isinstance(cur, dict) else None
        if cur is not None and cur != [] or path in ("people",) and fields.get("people"):
            scored.append(path)
    return Doc(etype, f"{SHORT[etype]}65-{variant}", pages, fields, scored, cl, category)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float, indent: bool = True) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, lead=1.75, indent=size * 0.3528 * 2 if indent else 0.0)


def fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size not above `size` at which `text` fits `width` mm."""
    while size > 7 and width_mm(text, font, size) > width:
        size -= 0.5
    return size


def redhead(pg: Page, ctx: Ctx, org_name: str, y: float = 22.0, doc_no: str | None = None) -> float:
    """A red-head document header: the body's name in red, an optional document number, a red rule."""
    s = fit(org_name + "文件", ctx.bold, 26, pg.w - 40)
    pg.text(pg.w / 2, y, org_name + "文件", s, ctx.bold, "c", RED)
    y += s * 0.3528 + 10
    if doc_no:
        pg.text(pg.w / 2, y, doc_no, 12, ctx.body, "c")
        y += 7
    pg.line(20, y, pg.w - 20, y, 0.9, RED)
    return y + 8


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 13.0, align: str = "c") -> None:
    pg.text(x, y, s, size, ctx.hand, align, INK)
