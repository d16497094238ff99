"""Printed-matter layouts: sign-in sheets, training notices, journal pages, book pages and `other` documents."""

from __future__ import annotations

import datetime as dt
import random

from bench.generator import values as V
from bench.generator.doc import A4, RED, Doc, Rule, Sheet, Text
from bench.generator.fonts import HAND
from bench.generator.layouts_certs import issuer_block, training_values
from bench.generator.truth import SCORED, evidence, person

UNITS = (
    "县农业技术推广站",
    "市人民医院",
    "第一中学",
    "市建筑设计研究院",
    "县畜牧兽医局",
    "市疾病预防控制中心",
    "乡镇卫生院",
)
TITLES_PRO = (
    "高级农艺师",
    "农艺师",
    "助理农艺师",
    "主治医师",
    "副主任医师",
    "工程师",
    "高级工程师",
    "一级教师",
)


def sign_in_sheet(rng: random.Random, font: str, bold: str) -> Doc:
    v = training_values(rng)
    names = V.people(rng, rng.randint(6, 14))
    layout = rng.choice(["printed+signed", "signed"])
    s = Sheet(A4, font, bold, rng)
    s.title(f"{v['title']}签到表", 18 if len(v["title"]) > 16 else 20)
    s.line(f"主办单位：{v['issuer']}", 12)
    s.line(
        f"培训时间：{V.fmt_date(v['start'], rng.choice(['cjk', 'cjk0', 'dot']))}    地点：{v['city']}{rng.choice(['会议中心', '党校报告厅', '农业大厦三楼会议室'])}",
        12,
    )
    cols = (
        ["序号", "姓名", "工作单位", "职称", "签名"]
        if layout == "printed+signed"
        else ["序号", "签名", "工作单位", "联系电话"]
    )
    widths = [40, 80, 190, 90, 75] if len(cols) == 5 else [45, 110, 200, 120]
    _table(s, cols, widths, [_row(rng, i, n, cols, v["city"]) for i, n in enumerate(names)])
    period = {"start": v["start"].isoformat(), "end": v["start"].isoformat()}
    people = [person(n, i + 1, "attendee") for i, n in enumerate(names)]
    ev = evidence("sign_in_sheet", title=v["title"], issuer=v["issuer"], period=period, people=people)
    return Doc("sign_in_sheet", layout, [s.page], ev, SCORED["sign_in_sheet"], font)


def _row(rng: random.Random, i: int, name: str, cols: list[str], city: str) -> list[tuple[str, str]]:
    cells = {"序号": (str(i + 1), ""), "姓名": (name, ""), "签名": (name, HAND),
             "工作单位": (city[:-1] + rng.choice(UNITS), ""), "职称": (rng.choice(TITLES_PRO), ""),
             "联系电话": (f"1{rng.choice('358')}{rng.randint(10**8, 10**9 - 1)}", "")}  # fmt: skip
    return [cells[c] for c in cols]


def _table(s: Sheet, cols: list[str], widths: list[int], rows: list[list[tuple[str, str]]]) -> None:
    """A ruled table; text of each row is added left to right, rows top to bottom."""
    x0, row_h = s.margin, 30.0
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    top = s.y + 5
    for r, cells in enumerate([[(c, s.bold) for c in cols]] + rows):
        y = top + r * row_h
        for (text, font), xa, xb in zip(cells, xs[:-1], xs[1:], strict=True):
            size = 15.0 if font == HAND else 11.0
            s.add(Text(text, (xa + xb) / 2, y + (row_h - size) / 2 - 1, size, font or s.font, "c"))
    bottom = top + (len(rows) + 1) * row_h
    for k in range(len(rows) + 2):
        s.add(Rule(xs[0], top + k * row_h, xs[-1], top + k * row_h))
    for x in xs:
        s.add(Rule(x, top, x, bottom))
    s.y = bottom + 10


def training_notice(rng: random.Random, font: str, bold: str) -> Doc:
    v = training_values(rng)
    notice_date = v["start"] - dt.timedelta(days=rng.randint(7, 30))
    layout = rng.choice(["notice", "invitation"])
    s = Sheet(A4, font, bold, rng)
    s.skip(10)
    if layout == "notice":
        s.line(
            f"{v['issuer'][:2]}{rng.choice(['人社', '农', '卫', '建'])}字〔{notice_date.year}〕{rng.randint(1, 99)}号",
            12,
            "c",
        )
        s.title(f"关于举办{v['title']}的通知", 18)
        s.line("各有关单位：", 13)
        s.para(f"为进一步提高专业技术人员业务水平，经研究，决定举办{v['title']}。现将有关事项通知如下：", 13)
    else:
        s.title("邀 请 函", 26)
        s.line("尊敬的各位专家、同仁：", 13)
        s.para(f"{v['issuer']}定于近期举办{v['title']}，诚邀您拨冗参加。具体安排如下：", 13)
    items = [f"一、培训时间：{V.fmt_range(v['start'], v['end'], rng)}",
             f"二、培训地点：{v['city']}{rng.choice(['会议中心', '职业技术学院', '宾馆二楼会议厅'])}",
             f"三、培训对象：全市{rng.choice(['农业', '卫生', '建筑', '教育'])}系统专业技术人员",
             f"四、学时认定：参训人员全程参加培训并考核合格的，{rng.choice(['共计', '计'])}{v['hours']}学时，记入继续教育档案。",
             "五、请各单位于开班前三日将参训人员名单报送我单位。"]  # fmt: skip
    for item in items:
        s.para(item, 13, indent=2)
    issuer_block(s, v["issuer"], V.fmt_date(notice_date, rng.choice(["cjk", "cnnum"])))
    period = {"start": v["start"].isoformat(), "end": v["end"].isoformat()}
    ev = evidence("training_notice", title=v["title"], issuer=v["issuer"], issued_on=notice_date.isoformat(),
                  period=period, hours_stated=float(v["hours"]))  # fmt: skip
    return Doc("training_notice", layout, [s.page], ev, SCORED["training_notice"], font)


SPONSORS = (("中国科学技术协会", "national"), ("中华人民共和国教育部", "national"), ("中华人民共和国农业农村部", "national"),
            ("中国科学院", "national"), ("山东省科学技术协会", "provincial"), ("湖南省教育厅", "provincial"),
            ("河南省农业农村厅", "provincial"), ("德州市科学技术局", "municipal"))  # fmt: skip


def journal_article(rng: random.Random, font: str, bold: str) -> Doc:
    row = rng.choice(V.journals())
    sponsor, level = rng.choice(SPONSORS)
    year = rng.randint(2012, 2024)
    volume, issue = str(year - rng.randint(1960, 2005)), str(rng.randint(1, 12))
    layout = rng.choice(["cover", "toc", "first_page"])
    authors = V.people(rng, rng.randint(1, 5))
    title = f"{rng.choice(V.TOPICS)}{rng.choice(['的研究进展', '对产量的影响', '技术模式探讨', '试验研究', '现状分析与对策'])}"
    s = Sheet(A4, font, bold, rng)
    journal = {"name": row["name"], "issn": row["issn"], "cn": row["cn"], "year": year, "volume": volume,
               "issue": issue, "levels": V.journal_levels(row, level)}  # fmt: skip
    if layout == "cover":
        _journal_cover(s, row, sponsor, year, volume, issue)
        scored = tuple(f for f in SCORED["journal_article"] if f.startswith("journal."))
    elif layout == "toc":
        _journal_toc(s, rng, row, sponsor, year, volume, issue)
        scored = tuple(f for f in SCORED["journal_article"] if f.startswith("journal."))
    else:
        _journal_first_page(s, rng, row, sponsor, year, volume, issue, title, authors)
        scored = SCORED["journal_article"]
    people = [person(n, i + 1, "author") for i, n in enumerate(authors)] if layout == "first_page" else []
    ev = evidence(
        "journal_article", title=title if layout == "first_page" else None, people=people, journal=journal
    )
    return Doc("journal_article", layout, [s.page], ev, scored, font)


def _journal_cover(s: Sheet, row: dict, sponsor: str, year: int, volume: str, issue: str) -> None:
    s.skip(60)
    s.title(row["name"], 40 if len(row["name"]) < 8 else 30, RED)
    s.line(f"{year}年 第{volume}卷 第{issue}期", 16, "c", gap=2.5)
    s.skip(300)
    s.line(f"主管：{sponsor}", 13, "c")
    s.line(f"主办：{sponsor[:-2]}学会" if sponsor.endswith("协会") else f"主办：{row['name']}编辑部", 13, "c")
    s.line(f"ISSN {row['issn']}    CN {row['cn']}", 14, "c")


def _journal_toc(
    s: Sheet, rng: random.Random, row: dict, sponsor: str, year: int, volume: str, issue: str
) -> None:
    s.line(f"{row['name']}  {year}年第{volume}卷第{issue}期", 12, "c")
    s.title(rng.choice(["目  次", "目  录"]), 24)
    page_no = 1
    for _ in range(rng.randint(7, 11)):
        t = f"{rng.choice(V.TOPICS)}{rng.choice(['研究', '分析', '初探', '应用'])}"
        s.line(f"{t} ……………… {'，'.join(V.people(rng, rng.randint(1, 3)))}（{page_no}）", 12, gap=2.0)
        page_no += rng.randint(5, 12)
    s.skip(10)
    s.line(f"主管单位：{sponsor}", 11)
    s.line(f"国际标准连续出版物号：ISSN {row['issn']}", 11)
    s.line(f"国内统一连续出版物号：CN {row['cn']}", 11)


def _journal_first_page(s: Sheet, rng: random.Random, row: dict, sponsor: str, year: int, volume: str,
                        issue: str, title: str, authors: list[str]) -> None:  # fmt: skip
    s.line(f"第{volume}卷 第{issue}期    {row['name']}    Vol.{volume} No.{issue}", 10, "c")
    s.line(f"{year}年{rng.randint(1, 12)}月    ISSN {row['issn']}  CN {row['cn']}", 10, "c", gap=3)
    s.title(title, 20)
    s.line("  ".join(authors), 14, "c")
    s.line(
        f"（{rng.choice(['山东农业大学农学院', '湖南农业大学', '河南大学生命科学学院'])}，{V.city(rng)[1]} {rng.randint(100000, 999999)}）",
        10,
        "c",
    )
    s.skip(8)
    s.para("摘要：为明确" + title + "，本研究通过田间试验与调查分析，系统比较了不同处理的效果。结果表明，优化措施能够显著提高"
           "效益，可为生产实践提供参考。", 10.5, indent=0)  # fmt: skip
    s.para(f"关键词：{'；'.join(rng.sample(V.TOPICS, 3))}", 10.5, indent=0)
    s.line(f"主管单位：{sponsor}", 9)


def book(rng: random.Random, font: str, bold: str) -> Doc:
    publisher = rng.choice(list(V.PUBLISHERS))
    isbn = V.isbn(rng, publisher)
    date = V.date_between(rng, 2008, 2023)
    edition = f"{date.year}年{date.month}月第{rng.choice([1, 1, 1, 2])}版"
    title = f"{rng.choice(V.TOPICS)}{rng.choice(['实用技术', '原理与实践', '技术手册', '理论与方法'])}"
    chiefs, deputies = V.people(rng, rng.randint(1, 2)), V.people(rng, rng.randint(0, 3))
    chiefs_s, deputies_s = "  ".join(chiefs), "  ".join(deputies)
    cover, copy = Sheet(A4, font, bold, rng), Sheet(A4, font, bold, rng)
    cover.skip(150)
    cover.title(title, 28)
    cover.skip(60)
    cover.line(f"主  编  {chiefs_s}", 16, "c")
    if deputies:
        cover.line(f"副主编  {deputies_s}", 16, "c")
    cover.skip(300)
    cover.line(publisher, 18, "c")
    copy.skip(60)
    copy.line("图书在版编目（CIP）数据", 13)
    copy.para(f"{title}/{'，'.join(chiefs)}主编. —北京：{publisher}，{date.year}.{date.month}", 11, indent=2)
    copy.line(f"ISBN {isbn}", 11, x=copy.margin + 22)
    copy.line(f"中国版本图书馆CIP数据核字（{date.year}）第{rng.randint(10000, 199999)}号", 11)
    copy.skip(20)
    copy.line(f"责任编辑：{V.person_name(rng)}", 11)
    copy.line(f"出版发行：{publisher}", 11)
    copy.line(f"开本：787×1092  1/16  印张：{rng.randint(8, 30)}  字数：{rng.randint(150, 600)}千字", 11)
    copy.line(f"版次：{edition}  {date.year}年{date.month}月第1次印刷", 11)
    copy.line(f"书号：ISBN {isbn}", 11)
    copy.line(f"定价：{rng.randint(28, 120)}.00元", 11)
    layout = rng.choice(["cover+copyright", "copyright", "cover+copyright"])
    pages = [cover.page, copy.page] if layout == "cover+copyright" else [copy.page]
    people = [person(n, i + 1, "editor_in_chief") for i, n in enumerate(chiefs)]
    if layout == "cover+copyright":  # deputies are printed on the cover only
        people += [person(n, len(chiefs) + i + 1, "deputy_editor") for i, n in enumerate(deputies)]
    ev = evidence("book", pages=len(pages), title=title, people=people, issuer=publisher,
                  book={"isbn": isbn, "publisher": publisher, "edition": edition})  # fmt: skip
    return Doc("book", layout, pages, ev, SCORED["book"], font)


def other(rng: random.Random, font: str, bold: str) -> Doc:
    name, date = V.person_name(rng), V.date_between(rng)
    _, city = V.city(rng)
    unit = city + rng.choice(UNITS)
    layout = rng.choice(["employment", "leave"])
    s = Sheet(A4, font, bold, rng)
    s.skip(60)
    if layout == "employment":
        s.title("在 职 证 明", 26)
        s.skip(20)
        s.para(f"兹证明{name}同志系我单位在职职工，自{date.year - rng.randint(3, 20)}年起在我单位从事专业技术工作，"
               f"现任{rng.choice(TITLES_PRO)}。", 14)  # fmt: skip
        s.para("特此证明。", 14)
    else:
        s.title("请 假 条", 26)
        s.skip(20)
        s.para(
            f"本人{name}因家中有事，需请假{rng.randint(1, 5)}天，自{V.fmt_date(date, 'cjk')}起，请予批准。",
            14,
        )
        s.line(f"请假人：{name}", 16, "r", font=HAND)
    issuer_block(s, unit, V.fmt_date(date, "cjk"), seal=layout == "employment")
    return Doc("other", layout, [s.page], evidence("other"), SCORED["other"], font)
