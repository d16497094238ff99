"""Values for the held-out corpus: people, organisations, check digits, date wordings and real journal rows."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import random
import re
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟谭廖汪龚万贺"
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "皇甫", "东方", "令狐", "夏侯")
GIVEN = "建国志强秀英桂兰海燕明华晓东丽娟春梅国平永红文博思远雨欣子涵浩然俊杰佳怡梦琪立新德胜玉珍淑芬卫东振宇婷婷雪峰"


def name(rng: random.Random) -> str:
    """A Chinese name of 2-4 characters; about one in eight has a compound surname."""
    sur = rng.choice(COMPOUND) if rng.random() < 0.12 else rng.choice(SURNAMES)
    n = 1 if rng.random() < 0.35 else 2
    return sur + "".join(rng.choice(GIVEN) for _ in range(n))


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = name(rng)
        if n not in out:
            out.append(n)
    return out


CITIES = ("益阳市", "常德市", "岳阳市", "株洲市", "德州市", "泰安市", "烟台市", "开封市")
UNITS = ("第一人民医院", "农业技术推广中心", "第三中学", "林业科学研究所", "疾病预防控制中心",
         "水利水电勘测设计院", "职业技术学院", "中心医院")  # fmt: skip


def unit(rng: random.Random) -> str:
    return rng.choice(CITIES) + rng.choice(UNITS)


# --- check digits --------------------------------------------------------------------------------


def zl_check(app: str) -> str:
    """GB/T 18115 check character of an 8- or 12-digit application number: weights 2..9 cycling, mod 11."""
    total = sum(int(d) * (2 + i % 8) for i, d in enumerate(app))
    c = total % 11
    return "X" if c == 10 else str(c)


def issn_check(seven: str) -> str:
    c = (11 - sum(int(d) * w for d, w in zip(seven, range(8, 1, -1), strict=True)) % 11) % 11
    return "X" if c == 10 else str(c)


def isbn13_check(twelve: str) -> str:
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve)) % 10) % 10)


def issn_valid(issn: str) -> bool:
    d = issn.replace("-", "")
    return len(d) == 8 and issn_check(d[:7]) == d[7]


def isbn_valid(isbn: str) -> bool:
    d = re.sub(r"[^0-9]", "", isbn)
    return len(d) == 13 and isbn13_check(d[:12]) == d[12]


def zl_valid(number: str) -> bool:
    m = re.fullmatch(r"ZL(\d{8}|\d{12})\.([\dX])", number)
    return m is not None and zl_check(m.group(1)) == m.group(2)


# --- dates ---------------------------------------------------------------------------------------

DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..31 in Chinese numerals as dates print them (十, 十二, 二十, 三十一)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens] + "十")
    return head + (DIGITS[ones] if ones else "")


def fmt_date(d: dt.date, style: str) -> str:
    """One printed wording of `d`."""
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": d.isoformat(),
        "slash": f"{d.year}/{d.month}/{d.day}",
        "han": "".join(DIGITS[int(c)] for c in str(d.year)) + f"年{cn_number(d.month)}月{cn_number(d.day)}日",
    }[style]


def date_in(rng: random.Random, y0: int = 2016, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


# --- journals (real rows of the project's catalogue: data, not extractor code) ---------------------

DATA = Path(__file__).resolve().parents[2] / "extractors" / "data"

# Supervising bodies (主管) printed on covers, with the level they make a journal.
SUPERVISORS = {
    "中国科学技术协会": "national",
    "中国科学院": "national",
    "教育部": "national",
    "工业和信息化部": "national",
    "湖南省教育厅": "provincial",
    "湖南省科学技术协会": "provincial",
    "山东省科学技术厅": "provincial",
}


@functools.cache
def cscd_core() -> list[dict[str, str]]:
    """CSCD core journals with an all-Chinese name, each with the pku_core/cssci lists it is on by exact name."""
    with (DATA / "journals-cn.csv").open(encoding="utf-8") as fh:
        lists = {r["name"]: set((r["levels"] or "").split(";")) for r in csv.DictReader(fh)}
    rows = []
    with (DATA / "journals-cscd.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["database"] == "core" and re.fullmatch(r"[\u4e00-\u9fff]{4,14}", r["name"]):
                extra = sorted(lists.get(r["name"], set()) & {"pku_core", "cssci"})
                rows.append({**r, "levels": ";".join(["cscd", *extra])})
    return sorted(rows, key=lambda r: r["issn"])
