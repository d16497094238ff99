"""Journal facts for draw 13: a catalogue row, its printed 主管 body and level, and a claimed article."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.blind.common import journals
from bench.blind13 import topics
from bench.blind13.pools import people, university

REGION = {
    "12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江", "32": "江苏", "33": "浙江",
    "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南", "42": "湖北", "43": "湖南", "44": "广东",
    "46": "海南", "51": "四川", "52": "贵州", "53": "云南", "61": "陕西", "62": "甘肃", "63": "青海",
}  # fmt: skip
NATIONAL = ["中华人民共和国教育部", "中国科学技术协会", "中国科学院", "国家林业和草原局", "中国农业科学院",
            "国家卫生健康委员会", "中国地震局", "工业和信息化部"]  # fmt: skip
PROVINCIAL = ["{r}省教育厅", "{r}省科学技术协会", "{r}省科学技术厅", "{r}省卫生健康委员会", "{r}省农业科学院"]


@dataclass
class Issue:
    name: str
    issn: str
    cn: str
    levels: list[str]
    year: int
    volume: str | None
    issue: str
    month: int
    boss: str | None  # 主管
    host: str  # 主办
    freq: str


@dataclass
class Article:
    title: str
    authors: list[str]
    units: list[str]
    pages: tuple[int, int]
    field: str


def pick_issue(rng: random.Random, with_boss: bool, with_volume: bool = True) -> Issue:
    j = rng.choice(journals())
    levels = list(j.base_levels)
    boss = None
    code = j.cn[:2]
    if with_boss:
        if code in REGION and rng.random() < 0.7:
            boss = rng.choice(PROVINCIAL).format(r=REGION[code])
            levels.append("provincial")
        else:
            boss = rng.choice(NATIONAL)
            levels.append("national")
    year = rng.randint(2017, 2024)
    freq = rng.choice(["月刊", "双月刊", "半月刊"])
    n = {"月刊": 12, "双月刊": 6, "半月刊": 24}[freq]
    no = rng.randint(1, n)
    month = {"月刊": no, "双月刊": no * 2 - 1, "半月刊": (no + 1) // 2}[freq]
    vol = str(year - rng.randint(1970, 2005)) if with_volume else None
    host = rng.choice([f"{j.name}编辑部", f"{j.name}杂志社"])
    return Issue(j.name, j.issn, j.cn, levels, year, vol, str(no), month, boss, host, freq)


def article(rng: random.Random, iss: Issue, n_auth: int | None = None) -> Article:
    f = topics.field_of(iss.name, iss.cn)
    title = rng.choice(topics.PAPER_TOPICS[f]).format(
        a=rng.choice(topics.PAPER_A[f]), b=rng.choice(topics.PAPER_B[f])
    )
    authors = people(rng, n_auth or rng.randint(2, 5))
    units = list(dict.fromkeys(university(rng) for _ in range(rng.randint(1, 2))))
    p0 = rng.randint(1, 180)
    return Article(title, authors, units, (p0, p0 + rng.randint(4, 9)), f)


def journal_fields(iss: Issue, volume: bool = True) -> dict:
    return {"name": iss.name, "issn": iss.issn, "cn": iss.cn, "year": iss.year,
            "volume": iss.volume if volume else None, "issue": iss.issue, "levels": iss.levels}  # fmt: skip
