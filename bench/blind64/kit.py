"""Shared helpers of draw 64: Chinese numerals, the date forms issuers print, names and page checks."""

from __future__ import annotations

import datetime as dt
import random

from bench.blind.page import Page

DIG = "〇一二三四五六七八九"
FORMS = ("ymd", "cn", "dot", "dash", "slash", "pad")
MONTH_FORMS = ("ym", "cnym", "dotym")


def cn_year(y: int) -> str:
    return "".join(DIG[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    """1..31 as 一 … 三十一."""
    if n < 10:
        return DIG[n]
    tens, ones = divmod(n, 10)
    return ("十" if tens == 1 else DIG[tens] + "十") + (DIG[ones] if ones else "")


def fmt(iso: str, form: str) -> str:
    """A date in one printed form: 2017年3月5日, 二〇一七年三月五日, 2017.03.05, 2017-3-5, 2017/3/5, 2017年03月05日."""
    y, m, *rest = (int(p) for p in iso.split("-"))
    if not rest:
        return {"ym": f"{y}年{m}月", "cnym": f"{cn_year(y)}年{cn_num(m)}月", "dotym": f"{y}.{m:02d}"}[form]
    d = rest[0]
    return {
        "ymd": f"{y}年{m}月{d}日",
        "cn": f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日",
        "dot": f"{y}.{m:02d}.{d:02d}",
        "dash": f"{y}-{m}-{d}",
        "slash": f"{y}/{m}/{d}",
        "pad": f"{y}年{m:02d}月{d:02d}日",
    }[form]


def all_forms(iso: str) -> set[str]:
    """Every printed form of a date (day dates or month-only dates)."""
    if len(iso) == 7:
        return {fmt(iso, f) for f in MONTH_FORMS}
    y, m, d = (int(p) for p in iso.split("-"))
    return {fmt(iso, f) for f in FORMS} | {f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}"}


def day(rng: random.Random, year: int, lo: int = 1, hi: int = 12) -> dt.date:
    m = rng.randint(lo, hi)
    return dt.date(year, m, rng.randint(1, 28))


def iso(d: dt.date) -> str:
    return d.isoformat()


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国晓明秀兰海燕志强丽娟文博思远春梅玉洁国庆红霞德胜立新宏伟淑芬雪莲子涵俊杰婉婷振华凤英桂芝永刚晨阳佳怡宇航金凤广平瑞雪长青少波紫薇继红书琴"


def name(rng: random.Random, taken: set[str]) -> str:
    while True:
        g = GIVEN[rng.randrange(len(GIVEN))]
        if rng.random() < 0.7:
            g += GIVEN[rng.randrange(len(GIVEN))]
        n = SURNAMES[rng.randrange(len(SURNAMES))] + g
        if n not in taken and len(set(n)) == len(n):
            taken.add(n)
            return n


def names(rng: random.Random, taken: set[str], n: int) -> list[str]:
    return [name(rng, taken) for _ in range(n)]


def page(landscape: bool = False) -> Page:
    return Page(297.0, 210.0) if landscape else Page()


def printed(pages: list[Page]) -> str:
    """All printed text of the pages, spaces removed."""
    return (
        "".join(op[3] for pg in pages for op in pg.ops if op[0] == "text")
        .replace(" ", "")
        .replace("\u3000", "")
    )


def name_rows(
    pg: Page, x: float, y: float, prefix: str, who: list[str], size: float, font: str, per: int = 4
) -> float:
    """`prefix` then names, `per` to a line, never breaking a name; returns the y below them."""
    for i in range(0, len(who), per):
        pg.text(x, y, (prefix if i == 0 else "　" * len(prefix)) + "　".join(who[i : i + per]), size, font)
        y += size * 0.3528 * 1.8
    return y
