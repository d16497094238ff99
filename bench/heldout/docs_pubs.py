"""Held-out publications (journal covers, 目次 pages, article first pages, book copyright pages) and `other` papers."""

from __future__ import annotations

import random
from typing import Any

from bench.generator.fonts import text_width_pt
from bench.heldout import values as V
from bench.heldout.doc import Doc, evidence, new_sheet, person, pick
from bench.heldout.sheet import Sheet

PAPERS = ("油茶果实发育过程中油脂积累规律研究", "不同施肥方式对双季稻产量的影响", "基于深度学习的作物病害识别方法",
          "某水库大坝渗流监测资料分析", "社区老年高血压患者自我管理干预效果评价", "黄土高原植被恢复对土壤水分的影响",
          "微生物菌剂对设施土壤连作障碍的缓解作用", "超高性能混凝土梁抗弯性能试验研究", "稻田甲烷排放的影响因素分析")  # fmt: skip
# A provincial journal that is on no list (invented; its ISSN is checked against the catalogues in the tests).
LOCAL = {"name": "湘中农业科技", "issn": "1672-" + "836" + V.issn_check("1672836"), "cn": "43-1528/S",
         "levels": "", "supervisor": "湖南省科学技术协会", "sponsor": "湖南省农学会"}  # fmt: skip


def _journal(rng: random.Random, local: bool) -> dict[str, str]:
    if local:
        return dict(LOCAL)
    row = dict(rng.choice(V.cscd_core()))
    sup = rng.choice(
        ("教育部", "湖南省教育厅") if "大学" in row["name"] else ("中国科学技术协会", "中国科学院")
    )
    return {
        **row,
        "supervisor": sup,
        "sponsor": pick(rng, "中国农学会", "中国科学院学术期刊中心")
        if "大学" not in row["name"]
        else row["name"][:-2],
    }


def _levels(j: dict[str, str], supervisor_shown: bool) -> list[str]:
    levels = [x for x in j["levels"].split(";") if x]
    return levels + ([V.SUPERVISORS[j["supervisor"]]] if supervisor_shown else [])


def _cover(sh: Sheet, j: dict[str, str], year: int, vol: str | None, issue: str, month: int) -> None:
    sh.y = 90
    sh.center(j["name"], 36, bold=True, gap=2.0)
    sh.center(f"{year}年 第{vol}卷 第{issue}期" if vol else f"{year}年第{issue}期", 18, gap=14)
    sh.left(f"主管：{j['supervisor']}", 12, x=80)
    sh.left(f"主办：{j['sponsor']}", 12, x=80)
    sh.left(f"ISSN {j['issn']}", 12, x=80, gap=1.5)
    sh.left(f"CN {j['cn']}", 12, x=80)
    sh.left(f"出版日期：{year}年{month}月", 11, x=80)


def _toc(
    sh: Sheet, j: dict[str, str], year: int, vol: str | None, issue: str, rng: random.Random, codes: bool
) -> None:
    sh.center(j["name"], 20, bold=True, gap=1.5)
    sh.center(
        f"第{vol}卷 第{issue}期（总第{int(issue) + 200}期）" if vol else f"{year}年第{issue}期", 12, gap=1.4
    )
    if vol:
        sh.center(f"{year}年{int(issue) * 2 if int(issue) <= 6 else 12}月", 12, gap=1.8)
    sh.center("目　　次", 16, bold=True, gap=2.0)
    page = 1
    for t in rng.sample(PAPERS, 6):
        authors = pick(rng, "  ", "，", " ").join(V.names(rng, rng.randint(1, 4)))
        sh.put(70, t, 11)
        sh.put(sh.width - 70, f"{authors}（{page}）", 11, align="r")
        sh.down(24)
        page += rng.randint(5, 12)
    if codes:
        sh.down(20)
        sh.center(f"ISSN {j['issn']}   CN {j['cn']}", 11)


def _authors(sh: Sheet, authors: list[str], size: float, sup: bool) -> None:
    """Author line, centred; `sup` adds raised affiliation numbers after each name."""
    parts = [(a, str(1 + i % 2) if sup else "") for i, a in enumerate(authors)]
    sep = "  " if sup else "，"
    total = sum(
        text_width_pt(a + sep, sh.font, size) + text_width_pt(n, sh.font, size * 0.6) for a, n in parts
    )
    x = (sh.width - total) / 2
    for a, n in parts:
        sh.put(x, a, size)
        x += text_width_pt(a, sh.font, size)
        if n:
            sh.y -= 3
            sh.put(x, n, size * 0.6)
            sh.y += 3
            x += text_width_pt(n, sh.font, size * 0.6)
        if not sup and a != parts[-1][0]:
            sh.put(x, sep, size)
        x += text_width_pt(sep, sh.font, size)
    sh.down(size * 1.9)


def _first_page(
    sh: Sheet, j: dict[str, str], year: int, vol: str, issue: str, title: str, authors: list[str], v: int
) -> None:
    month = int(issue) if int(issue) <= 12 else 12
    if v == 2:
        sh.put(60, f"第{vol}卷第{issue}期", 9)
        sh.put(sh.width / 2, j["name"], 9, align="c")
        sh.put(sh.width - 60, f"{year}年{month}月", 9, align="r")
    else:
        sh.put(60, f"{j['name']}  {year}，{vol}（{issue}）", 9)
    sh.down(12)
    sh.rule(60, sh.y, sh.width - 60, sh.y, 0.6)
    sh.down(14)
    sh.left(f"文章编号：{j['issn']}({year}){int(issue):02d}-{random.Random(title).randint(1, 300):04d}-06", 9)
    sh.down(10)
    sh.center(title, 20, bold=True, gap=2.0)
    _authors(sh, authors, 13, sup=v == 5)
    sh.center(f"（1.湖南农业大学 农学院，湖南 长沙 410128；2.{V.unit(random.Random(title))}）", 9, gap=2.5)
    sh.margin = 70
    sh.para("摘要：为明确该问题的主要影响因素，本研究采用田间试验与室内分析相结合的方法，系统比较了不同处理间的差异。"
            "结果表明，处理组各项指标均显著优于对照。", 10.5)  # fmt: skip
    sh.para("关键词：试验研究；影响因素；对比分析", 10.5)
    sh.left("中图分类号：S565.9    文献标志码：A", 10.5)


def journal_article(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    j = _journal(rng, v == 4)
    year = rng.randint(2015, 2024)
    vol = None if v == 3 else str(year - rng.randint(1960, 2000))
    issue = str(rng.randint(1, 12))
    jr: dict[str, Any] = {
        "name": j["name"],
        "issn": None,
        "cn": None,
        "year": year,
        "volume": vol,
        "issue": issue,
        "levels": [],
    }
    scored = ["journal.name", "journal.year", "journal.issue", "journal.levels"] + (
        ["journal.volume"] if vol else []
    )
    sheets: list[Sheet] = []
    title, authors = None, []
    if v in (0, 1, 4):  # cover, and for v1 the 目次 page behind it
        sh = new_sheet(font, bold)
        _cover(sh, j, year, vol, issue, int(issue))
        sheets.append(sh)
        jr.update(issn=j["issn"], cn=j["cn"], levels=_levels(j, True))
        scored += ["journal.issn", "journal.cn"]
        if v == 1:
            toc = new_sheet(font, bold, y=60)
            _toc(toc, j, year, vol, issue, rng, codes=False)
            sheets.append(toc)
    elif v == 3:  # a 目次 page alone, with ISSN/CN at its foot
        sh = new_sheet(font, bold, y=60)
        _toc(sh, j, year, vol, issue, rng, codes=True)
        sheets.append(sh)
        jr.update(issn=j["issn"], cn=j["cn"], levels=_levels(j, False))
        scored += ["journal.issn", "journal.cn"]
    else:  # an article's first page: the ISSN shows only inside 文章编号
        title, authors = rng.choice(PAPERS), V.names(rng, rng.randint(2, 5))
        sh = new_sheet(font, bold, y=40)
        _first_page(sh, j, year, vol or "1", issue, title, authors, v)
        sheets.append(sh)
        jr.update(issn=j["issn"], levels=_levels(j, False))
        scored += ["title", "people", "journal.issn"]
    ev = evidence("journal_article", pages=len(sheets), title=title, journal=jr,
                  people=[person(a, i + 1, "author") for i, a in enumerate(authors)])  # fmt: skip
    return Doc("journal_article", f"ho-journal-{v}", sheets, ev, tuple(sorted(set(scored))))


BOOKS = ("现代果树栽培技术", "基层医生慢病管理实用手册", "水利工程施工技术与管理", "中小学信息技术教学设计", "油茶丰产栽培实用技术",
         "农村环境污染防治")  # fmt: skip
PUBLISHERS = {"中国农业出版社": ("109", "北京"), "中国林业出版社": ("5038", "北京"), "科学出版社": ("03", "北京"),
              "化学工业出版社": ("122", "北京"), "人民卫生出版社": ("117", "北京"), "湖南科学技术出版社": ("5357", "长沙")}  # fmt: skip


def isbn(rng: random.Random, code: str) -> str:
    title = f"{rng.randint(0, 10 ** (8 - len(code)) - 1):0{8 - len(code)}d}"
    digits = "9787" + code + title
    return f"978-7-{code}-{title}-{V.isbn13_check(digits)}"


def book(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    title, publisher = rng.choice(BOOKS), rng.choice(sorted(PUBLISHERS))
    code, city = PUBLISHERS[publisher]
    number, year, month = isbn(rng, code), rng.randint(2012, 2023), rng.randint(1, 12)
    edition = f"{year}年{month}月第{1 if v != 4 else 2}版"
    chief, deputies, board = (
        V.names(rng, 1 if v != 3 else 2),
        V.names(rng, rng.randint(0, 2)),
        V.names(rng, rng.randint(0, 4) if v == 2 else 0),
    )
    roles = (
        [(n, "editor_in_chief") for n in chief]
        + [(n, "deputy_editor") for n in deputies]
        + [(n, "editorial_board") for n in board]
    )
    people = [person(n, i + 1, r) for i, (n, r) in enumerate(roles)]
    sheets: list[Sheet] = []
    if v in (1, 2):  # cover or title page first
        sh = new_sheet(font, bold, y=150)
        sh.center(title, 30, bold=True, gap=4)
        sh.center(f"主　编　{'　'.join(chief)}", 14)
        if deputies:
            sh.center(f"副主编　{'　'.join(deputies)}", 14)
        if board:
            sh.center(f"编　委（按姓氏笔画排序）　{'　'.join(board)}", 12)
        sh.y = 720
        sh.center(publisher, 16, bold=True)
        sheets.append(sh)
    scored = ["title", "people", "issuer", "book.publisher"]
    if v != 2:
        sh = new_sheet(font, bold, y=330)
        sh.margin = 80
        sh.left("图书在版编目（CIP）数据", 12, gap=1.8)
        sh.left(f"{title} / {'，'.join(chief)}主编. —{city}：{publisher}，{year}.{month}", 11, gap=1.6)
        sh.left(f"ISBN {number}", 11, gap=1.6)
        sh.left(
            f"Ⅰ. ①{title[0]}…  Ⅱ. ①{chief[0][0]}…  Ⅲ. ①{pick(rng, '果树园艺', '水利工程', '慢性病')}  Ⅳ. ①S66",
            11,
            gap=1.6,
        )
        sh.left(f"中国版本图书馆CIP数据核字（{year}）第{rng.randint(100000, 299999)}号", 11, gap=2.4)
        sh.rule(80, sh.y - 10, sh.width - 80, sh.y - 10)
        if v != 1:
            sh.left(f"主　编：{'　'.join(chief)}", 11, gap=1.6)
            if deputies:
                sh.left(f"副主编：{'　'.join(deputies)}", 11, gap=1.6)
        sh.left(f"责任编辑：{V.name(rng)}", 11, gap=1.6)
        sh.left(f"出版发行：{publisher}", 11, gap=1.6)
        sh.left(f"开　本：787mm×1092mm 1/16　　印　张：{rng.randint(10, 30)}.5", 11, gap=1.6)
        sh.left(f"版　次：{edition}", 11, gap=1.6)
        sh.left(f"印　次：{year + (v == 4)}年{month}月第{1 + (v == 4)}次印刷", 11, gap=1.6)
        sh.left(f"定　价：{rng.randint(28, 98)}.00元", 11, gap=1.6)
        sheets.append(sh)
        scored += ["book.isbn", "book.edition"]
    ev = evidence("book", pages=len(sheets), title=title, people=people, issuer=publisher,
                  book={"isbn": number if v != 2 else None, "publisher": publisher, "edition": edition if v != 2 else None})  # fmt: skip
    return Doc("book", f"ho-book-{v}", sheets, ev, tuple(scored))


OTHERS = {
    0: ("门诊收费票据", ["患者姓名：{n}", "科室：内科", "西药费 36.50", "检查费 120.00", "合计（大写）：壹佰伍拾陆元伍角", "收款单位：{u}"]),
    1: ("健康体检报告", ["姓名：{n}　性别：男　年龄：45", "体检日期：{d}", "血压 128/82 mmHg", "空腹血糖 5.4 mmol/L", "结论：未见明显异常"]),
    2: ("房屋租赁合同", ["出租方（甲方）：{n}", "承租方（乙方）：{m}", "第一条 房屋坐落于{u}宿舍3栋", "第二条 租赁期限自{d}起一年", "第三条 月租金1200元"]),
    3: ("个人简历", ["姓名：{n}", "工作单位：{u}", "工作经历：2010年至今从事农业技术推广工作", "联系电话：138****5566"]),
    4: ("请假条", ["{u}领导：", "本人{n}因家中有事，需请假两天，", "自{d}起，望批准。", "请假人：{n}"]),
    5: ("工资条", ["姓名：{n}", "基本工资 4200.00　绩效 1800.00", "应发合计 6000.00", "实发 5132.40", "发放日期：{d}"]),
}  # fmt: skip


def other(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    heading, rows = OTHERS[v]
    fill = {"n": V.name(rng), "m": V.name(rng), "u": V.unit(rng), "d": V.fmt_date(V.date_in(rng), "cn")}
    sh = new_sheet(font, bold)
    sh.center(heading, 22, bold=True, gap=2.4)
    for row in rows:
        sh.left(row.format(**fill), 13, gap=2.0)
    sheets = [sh]
    if v == 2:  # a contract runs on to a second page
        p2 = new_sheet(font, bold)
        for clause in (
            "第四条 甲乙双方应遵守本合同各项约定。",
            "第五条 本合同一式两份，双方各执一份。",
            f"甲方：{fill['n']}　　乙方：{fill['m']}",
        ):
            p2.left(clause, 13, gap=2.0)
        sheets.append(p2)
    return Doc("other", f"ho-other-{v}", sheets, evidence("other", pages=len(sheets)), ())
