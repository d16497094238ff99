"""Realistic random values: Chinese names, organisations, dates in printed forms, ZL/ISSN/ISBN/CN numbers."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import random
import re
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文海燕鹏飞宇浩然子轩晓东春梅立新永福振宇雪梅"
    "国栋德胜宏亮佳琪欣怡思远嘉怡俊杰云峰学军晨曦淑珍桂芳丽娟红霞海涛卫东向阳光明正华凤英秀兰维克家豪鑫亮"
)
PROVINCES = {"山东省": ("德州市", "烟台市", "泰安市", "济南市", "青岛市"), "河南省": ("开封市", "郑州市"),
             "湖南省": ("益阳市", "长沙市")}  # fmt: skip
COUNTIES = ("齐河县", "平原县", "夏津县", "蓬莱区", "宁阳县", "兰考县", "桃江县", "安化县")
DISCIPLINES = ("农学", "作物学", "园艺学", "畜牧学", "临床医学", "护理学", "土木工程", "机械工程", "计算机科学与技术",
               "会计学", "教育学", "汉语言文学", "电气工程及其自动化", "植物保护", "兽医学")  # fmt: skip
TOPICS = ("玉米秸秆还田", "小麦高产栽培", "设施蔬菜病虫害绿色防控", "生猪健康养殖", "智慧农业物联网", "建筑工程质量安全",
          "装配式建筑施工", "基层医疗卫生服务", "慢性病综合防治", "中小学信息技术教学", "数字经济与产业转型",
          "安全生产管理", "水利工程运行维护", "乡村振兴规划", "人工智能应用", "新能源汽车维修", "财务共享服务")  # fmt: skip
DEVICES = ("秸秆还田装置", "智能灌溉控制系统", "温室大棚通风设备", "饲料混合搅拌机", "建筑模板支撑结构", "医用输液报警器",
           "土壤墒情监测装置", "电缆剥线工具", "农药喷洒无人机", "光伏板清洁机器人", "污水处理沉淀池", "果树修剪装置")  # fmt: skip
CN_DIGITS = "〇一二三四五六七八九"


def person_name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
    return surname + given


def people(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = person_name(rng)
        if name not in names:
            names.append(name)
    return names


def city(rng: random.Random) -> tuple[str, str]:
    province = rng.choice(list(PROVINCES))
    return province, rng.choice(PROVINCES[province])


def date_between(rng: random.Random, start_year: int = 2014, end_year: int = 2024) -> dt.date:
    start = dt.date(start_year, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(end_year, 12, 28).toordinal()))


def cn_year(year: int) -> str:
    return "".join(CN_DIGITS[int(d)] for d in str(year))


def cn_number(n: int) -> str:
    """1..31 in Chinese numerals as dates print them: 六, 十二, 二十一, 三十."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones else "")


DATE_STYLES = ("cjk", "cjk0", "dot", "dash", "slash", "cnnum")


def fmt_date(d: dt.date, style: str) -> str:
    """Print a date as certificates do; `style` is one of DATE_STYLES."""
    return {
        "cjk": f"{d.year}年{d.month}月{d.day}日",
        "cjk0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": f"{d.year}-{d.month}-{d.day}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "cnnum": f"{cn_year(d.year)}年{cn_number(d.month)}月{cn_number(d.day)}日",
    }[style]


def fmt_range(a: dt.date, b: dt.date, rng: random.Random) -> str:
    """A printed date range: 2018年5月12日至14日, 2018年5月12日—5月14日, 2018.05.12-2018.05.14 ..."""
    if a == b:
        return fmt_date(a, rng.choice(["cjk", "cjk0"]))
    forms = [f"{fmt_date(a, 'cjk')}至{fmt_date(b, 'cjk')}", f"{fmt_date(a, 'dot')}-{fmt_date(b, 'dot')}"]
    if a.year == b.year:
        forms.append(f"{fmt_date(a, 'cjk')}—{b.month}月{b.day}日")
    if a.year == b.year and a.month == b.month:
        forms.append(f"{fmt_date(a, 'cjk')}至{b.day}日")
    return rng.choice(forms)


def zl_check(digits: str) -> str:
    """CNIPA application-number check digit: weights 2..9 (then 2..5 again), sum mod 11, 10 -> X."""
    weights = "234567892345"
    total = sum(int(d) * int(w) for d, w in zip(digits, weights, strict=False))
    return "0123456789X"[total % 11]


def zl_number(rng: random.Random, year: int, kind: str) -> str:
    """A valid 12-digit application number with check digit, normalised: ZL201710123456.7."""
    digits = f"{year}{ {'invention': 1, 'utility_model': 2, 'design': 3}[kind] }{rng.randint(0, 9999999):07d}"
    return f"ZL{digits}.{zl_check(digits)}"


def zl_printed(number: str, rng: random.Random) -> str:
    """As the certificate prints it: ZL 2017 1 0123456.7 (sometimes without the spaces)."""
    body = number[2:]
    return f"ZL {body[:4]} {body[4]} {body[5:]}" if rng.random() < 0.7 else number


def issn_check(seven: str) -> str:
    total = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1), strict=True))
    return "0123456789X"[(11 - total % 11) % 11]


def isbn13_check(twelve: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve))
    return str((10 - total % 10) % 10)


PUBLISHERS = {"科学出版社": "03", "高等教育出版社": "04", "机械工业出版社": "111", "中国建筑工业出版社": "112",
              "人民卫生出版社": "117", "中国农业出版社": "109", "清华大学出版社": "302", "化学工业出版社": "5025"}  # fmt: skip
PUBLISHER_CITY = {"化学工业出版社": "北京", "清华大学出版社": "北京"}


def isbn(rng: random.Random, publisher: str) -> str:
    """A valid hyphenated ISBN-13 of a Chinese publisher: 978-7-03-056789-3."""
    prefix = PUBLISHERS[publisher]
    item = f"{rng.randint(0, 10 ** (8 - len(prefix)) - 1):0{8 - len(prefix)}d}"
    twelve = f"9787{prefix}{item}"
    return f"978-7-{prefix}-{item}-{isbn13_check(twelve)}"


def _key(name: str) -> str:
    """Catalogue names differ in punctuation: 西安交通大学学报. 医学版 == 西安交通大学学报（医学版）."""
    return "".join(c for c in name if c.isalnum()).upper()


@functools.cache
def journals() -> tuple[dict[str, str], ...]:
    """Chinese-named CSCD core journals with ISSN and CN, plus their list memberships from the other lists."""
    data = Path(__file__).resolve().parents[2] / "extractors" / "data"
    with (data / "journals-cn.csv").open(encoding="utf-8") as fh:
        member: dict[str, str] = {}
        for row in csv.DictReader(fh):
            # (a row noting a former name, '测绘通报（原:测绘译丛）', lists the journal under its present name too)
            present = re.sub(r"[（(]\s*(?:原|或)[:：]?.*$", "", row["name"])
            for key in dict.fromkeys((_key(row["name"]), _key(present))):
                member.setdefault(key, row["levels"] or "")
    with (data / "journals-intl.csv").open(encoding="utf-8") as fh:
        intl: dict[str, set[str]] = {}
        for row in csv.DictReader(fh):
            for issn in (row["issn"], row["eissn"]):
                intl.setdefault(issn, set()).add(row["index"])
    rows = []
    with (data / "journals-cscd.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            if (
                row["database"] == "core"
                and any("\u4e00" <= c <= "\u9fff" for c in name)
                and "（" not in name
            ):
                levels_cn = ";".join([member.get(_key(name), "")] + sorted(intl.get(row["issn"], ())))
                rows.append({**row, "levels_cn": levels_cn})
    return tuple(rows)


def journal_levels(row: dict[str, str], sponsor_level: str) -> list[str]:
    """Truth levels: cscd (core list), pku_core/cssci by normalised name in journals-cn.csv, sci/ssci by ISSN
    in journals-intl.csv, plus the level of the printed sponsor (主管)."""
    listed = {"pku_core", "cssci", "cscd", "sci", "ssci"}
    levels = {"cscd"} | {lv for lv in row["levels_cn"].split(";") if lv in listed}
    return sorted(levels) + [sponsor_level]
