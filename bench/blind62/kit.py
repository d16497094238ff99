"""Shared helpers of draw 62: date forms, Chinese numerals, names and the small shapes every builder uses."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.generator.truth import SCORED, get_path

CN_DIGITS = "〇一二三四五六七八九"

# Full-date forms real issuers print; `all_forms` lists them all for the self-check.
DAY_FORMS = ("ymd", "cn", "dot", "dash", "slash", "ymd0")
MONTH_FORMS = ("ym", "cnm", "dotm")


def cn_number(n: int) -> str:
    """1..31 as written in dates: 五, 十, 十二, 二十, 三十一."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else CN_DIGITS[tens] + "十"
    return head + (CN_DIGITS[ones] if ones else "")


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def fmt_date(iso: str, form: str) -> str:
    """An ISO date (or YYYY-MM) in one printed form."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 2:
        y, m = parts
        return {"ym": f"{y}年{m}月", "cnm": f"{cn_year(y)}年{cn_number(m)}月", "dotm": f"{y}.{m:02d}"}.get(
            form, f"{y}年{m}月"
        )
    y, m, d = parts
    return {
        "ymd": f"{y}年{m}月{d}日",
        "cn": f"{cn_year(y)}年{cn_number(m)}月{cn_number(d)}日",
        "dot": f"{y}.{m:02d}.{d:02d}",
        "dash": f"{y}-{m}-{d}",
        "slash": f"{y}/{m}/{d}",
        "ymd0": f"{y}年{m:02d}月{d:02d}日",
        "iso": f"{y}-{m:02d}-{d:02d}",
    }[form]


def all_forms(iso: str) -> list[str]:
    if iso.count("-") == 1:
        return [fmt_date(iso, f) for f in MONTH_FORMS]
    return [fmt_date(iso, f) for f in (*DAY_FORMS, "iso")]


def day_in(rng: random.Random, year: int, m_lo: int = 1, m_hi: int = 12) -> str:
    """A working day of `year` in months m_lo..m_hi, ISO."""
    while True:
        d = dt.date(year, rng.randint(m_lo, m_hi), rng.randint(1, 28))
        if d.weekday() < 5:
            return d.isoformat()


def shift(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def span_text(start: str, end: str, form: str, joiner: str) -> str:
    """A period as printed: both ends in the same form."""
    if start == end:
        return fmt_date(start, form)
    return f"{fmt_date(start, form)}{joiner}{fmt_date(end, form)}"


SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜"
    "范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = (
    "建国志强海燕秀英桂兰晓东文杰俊峰红梅丽娟春华玉洁振宇雪莲国庆卫东立新明远思源静怡子涵浩然雨萱嘉怡家豪瑞霖梓萱"
    "宏伟冬梅秋菊凤霞新民永刚德胜金凤彦博鹏飞亚楠晓燕庆丰书香翠萍长青会芳利民学军树林保平爱华春燕广辉继红"
)


def names(rng: random.Random, n: int, taken: set[str] | None = None) -> list[str]:
    """n distinct Chinese names (two or three characters), none already in `taken`."""
    taken = set() if taken is None else taken
    out: list[str] = []
    while len(out) < n:
        s = rng.choice(SURNAMES)
        if rng.random() < 0.22:
            g = rng.choice(GIVEN)
        else:
            g = rng.choice(GIVEN) + rng.choice(GIVEN)
        nm = s + g
        if nm not in taken and not any(nm in o or o in nm for o in out):
            out.append(nm)
    taken.update(out)
    return out


def spaced(name: str) -> str:
    """Two-character names are printed with a full-width space between the characters on many forms."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def cert_no(rng: random.Random, prefix: str, year: int, width: int = 5) -> str:
    return f"{prefix}{year}{rng.randrange(10**width):0{width}d}"


def yesno(rng: random.Random, p: float = 0.5) -> bool:
    return rng.random() < p


def finish(
    ctx: Any,
    etype: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    person: str,
    policy: str,
    year: int,
    category: str | None = None,
    unscored: tuple[str, ...] = (),
) -> Doc:
    """The Doc of a built document: every scored field the truth holds (holder also when null)."""
    from bench.blind62.pools import SHORT

    scored = []
    for path in SCORED[etype]:
        if path in unscored:
            continue
        val = get_path(fields, path)
        if (
            path == "holder"
            or (path == "people" and fields.get("people"))
            or (val is not None and path != "people")
        ):
            scored.append(path)
    claim = {"policy": policy, "person": person, "year": year}
    return Doc(etype, f"{SHORT[etype]}62-{variant}", pages, fields, scored, claim, category)
