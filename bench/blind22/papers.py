"""Draw 22 builders: journal pages, book pages; patents, awards and project completions live in awards.py."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind22 import ink
from bench.blind22.awards import award_certificate, patent_certificate, project_completion
from bench.blind22.ink import doc, seal
from bench.blind22.pools import Ctx, isbn_digit, med_journals, month, supervisor
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

ACTS = ["早期康复训练", "延续性护理", "加速康复外科理念", "耳穴压豆", "多学科协作模式", "个案管理", "互联网+随访",
        "分阶段健康教育", "中药穴位贴敷", "药师主导的用药干预"]  # fmt: skip
PATS = ["老年髋部骨折", "2型糖尿病", "慢性心力衰竭", "脑卒中后吞咽障碍", "维持性血液透析", "妊娠期高血压",
        "社区获得性肺炎患儿", "冠状动脉介入术后", "慢性阻塞性肺疾病稳定期"]  # fmt: skip
OUTS = ["生活质量", "自我管理能力", "并发症发生率", "焦虑抑郁情绪", "用药依从性", "康复效果", "再入院率"]


def _art_title(ctx: Ctx) -> str:
    a, p, o = ctx.pick(ACTS), ctx.pick(PATS), ctx.pick(OUTS)
    return ctx.pick([f"{a}对{p}患者{o}的影响", f"{a}在{p}患者中的应用效果", f"{p}患者{o}的影响因素分析",
                     f"基于{a}的{p}患者护理干预研究"]).replace("患儿患者", "患儿").replace("术后患者", "术后患者")  # fmt: skip


def _article(ctx: Ctx) -> dict:
    j = ctx.pick(med_journals())
    year = ctx.rng.randint(2018, 2024)
    issue = ctx.rng.randint(1, 12)
    vol = str(year - ctx.rng.randint(1975, 2000)) if ctx.rng.random() < 0.7 else None
    authors = ctx.names(ctx.rng.randint(2, 6))
    return {"j": j, "year": year, "issue": issue, "vol": vol, "authors": authors, "title": _art_title(ctx),
            "claim": ctx.pick(authors), "units": [ctx.hospital() for _ in range(ctx.rng.randint(1, 2))]}  # fmt: skip


def _jfields(a: dict, levels_extra: list[str]) -> dict:
    j = a["j"]
    return {"title": a["title"], "people": [person(n, i + 1, "author") for i, n in enumerate(a["authors"])],
            "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": a["year"], "volume": a["vol"],
                        "issue": str(a["issue"]), "levels": list(j.base_levels) + levels_extra}}  # fmt: skip


def _jscored(a: dict, full: bool) -> list[str]:
    sc = (["title", "people"] if full else []) + [
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
    ]
    return sc + (["journal.volume"] if a["vol"] else []) + ["journal.issue", "journal.levels"]


def _volno(a: dict) -> str:
    v = f"第{a['vol']}卷" if a["vol"] else ""
    return f"{a['year']}年{v}第{a['issue']}期"


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    a = _article(ctx)
    pages, extra, full = {"first": _first, "twocol": _twocol, "toc": _toc, "cover": _cover,
                          "masthead": _masthead, "dbpage": _dbpage}[v](ctx, a)  # fmt: skip
    return doc(
        "journal_article", "journal", v, pages, _jfields(a, extra), _jscored(a, full), (a["claim"], a["year"])
    )


def _firstpage(ctx: Ctx, a: dict, header: str) -> ink.Page:
    j = a["j"]
    pg = ink.portrait()
    pg.text(20, 12, header, 9, ctx.body)
    pg.text(190, 12, f"ISSN {j.issn}　CN {j.cn}", 9, ctx.body, "r")
    pg.line(20, 18, 190, 18, 0.4)
    y = pg.wrap(25, 28, 160, a["title"], 18, ctx.bold, 1.45)
    parts: list[tuple[str, bool]] = []
    for i, n in enumerate(a["authors"]):
        parts += [(n, False), (str(1 + (i % len(a["units"]))), True)]
        if i < len(a["authors"]) - 1:
            parts.append(("，", False))
    y = pg.runs(105, y + 3, parts, 12.5, ctx.body)
    aff = "；".join(f"{i + 1}.{u}" for i, u in enumerate(a["units"]))
    y = pg.wrap(25, y, 160, f"（{aff}，{ctx.R['prov']} {ctx.R['city']}）", 9.5, ctx.body) + 2
    y = pg.wrap(25, y + 2, 160, f"［摘要］目的　探讨{a['title']}。方法　选取2021年1月至2022年6月收治的患者"
                f"{ctx.rng.randint(60, 240)}例，随机分为观察组和对照组。结果　观察组各项指标均优于对照组，差异有统计学"
                "意义（P<0.05）。结论　该方法值得临床推广应用。", 10, ctx.body, 1.7)  # fmt: skip
    y = pg.wrap(
        25, y + 1, 160, f"［关键词］{ctx.pick(PATS)}；{ctx.pick(ACTS)}；{ctx.pick(OUTS)}", 10, ctx.body
    )
    y = pg.wrap(25, y + 1, 160, f"［中图分类号］R47　［文献标识码］A　［文章编号］{j.issn}({a['year']})"
                f"{a['issue']:02d}-{ctx.rng.randint(10, 300):04d}-04", 9, ctx.body)  # fmt: skip
    for _ in range(9):
        y = pg.wrap(
            25, y + 2, 160, "　　" + "近年来，随着人口老龄化进程加快及疾病谱变化，" * 3, 10.5, ctx.body, 1.7
        )
        if y > 250:
            break
    pg.line(25, 262, 90, 262, 0.3)
    pg.text(25, 265, f"作者简介：{a['authors'][0]}，{ctx.pick(['主管护师', '主治医师', '副主任药师'])}，"
            f"研究方向为临床护理与管理。", 8.5, ctx.body)  # fmt: skip
    return pg


def _first(ctx: Ctx, a: dict) -> tuple[list, list, bool]:
    return [_firstpage(ctx, a, f"{a['j'].name}　{_volno(a)}")], [], True


def _twocol(ctx: Ctx, a: dict) -> tuple[list, list, bool]:
    j = a["j"]
    pg = ink.portrait()
    v = f"Vol.{a['vol']} " if a["vol"] else ""
    pg.text(20, 12, f"{j.name}", 10, ctx.bold)
    pg.text(190, 12, f"{a['year']}年{a['issue']}月　{v}No.{a['issue']}", 9, ctx.body, "r")
    pg.line(20, 18, 190, 18, 0.6)
    y = pg.wrap(25, 26, 160, a["title"], 17, ctx.bold, 1.45)
    y = pg.wrap(25, y + 3, 160, "　".join(a["authors"]), 12, ctx.body)
    y = pg.wrap(
        25, y, 160, f"（{a['units'][0]}，{ctx.R['city']} {ctx.rng.randint(410000, 479999)}）", 9.5, ctx.body
    )
    y = pg.wrap(25, y + 3, 160, "摘要：目的 分析相关因素并提出干预对策。方法 回顾性分析临床资料。结果 差异显著。"
                "结论 应加强早期筛查与综合管理。", 9.5, ctx.body, 1.6)  # fmt: skip
    top = y + 6
    for col in (0, 1):
        yy = top
        while yy < 255:
            yy = pg.wrap(22 + col * 86, yy, 80, "　　本研究采用前瞻性设计，纳入标准与排除标准均经伦理委员会审核。", 9.5,
                         ctx.body, 1.6)  # fmt: skip
    pg.line(20, 268, 190, 268, 0.3)
    pg.text(20, 271, f"ISSN {j.issn}", 8.5, ctx.body)
    pg.text(105, 271, f"CN {j.cn}", 8.5, ctx.body, "c")
    pg.text(190, 271, f"· {ctx.rng.randint(10, 200)} ·", 8.5, ctx.body, "r")
    return [pg], [], True


def _others(ctx: Ctx, a: dict, n: int) -> list[tuple[str, list[str]]]:
    items = [(_art_title(ctx), ctx.names(ctx.rng.randint(1, 4))) for _ in range(n)]
    pos = ctx.rng.randrange(n + 1)
    return items[:pos] + [(a["title"], a["authors"])] + items[pos:]


def _toc(ctx: Ctx, a: dict) -> tuple[list, list, bool]:
    j = a["j"]
    pg = ink.portrait()
    ink.centre(pg, ctx, 18, j.name, 22)
    ink.centre(
        pg,
        ctx,
        30,
        _volno(a).replace("年", "年　") + f"（总第{ctx.rng.randint(150, 520)}期）",
        11,
        bold=False,
    )
    ink.centre(pg, ctx, 40, "目　　次", 16)
    y = 54
    page = ctx.rng.randint(1, 30)
    for t, au in _others(ctx, a, ctx.rng.randint(6, 9)):
        pg.text(22, y, t, 11, ctx.body)
        pg.text(188, y, str(page), 11, ctx.body, "r")
        pg.text(30, y + 5.8, "　".join(au), 9.5, ctx.body, color=(60, 60, 60))
        page += ctx.rng.randint(3, 8)
        y += 15
    pg.text(22, 282, f"ISSN {j.issn}　　CN {j.cn}", 10, ctx.body)
    return [pg], [], False


def _cover(ctx: Ctx, a: dict) -> tuple[list, list, bool]:
    j = a["j"]
    sup, lvl = supervisor(ctx.rng, j.cn)
    pg = ink.portrait()
    pg.rect(0, 0, 210, 70, 0, fill=(20, 70, 130))
    pg.text(105, 20, j.name, ink.fits(j.name, ctx, 40, 180), ctx.bold, "c", (255, 255, 255))
    pg.text(105, 52, _volno(a), 13, ctx.body, "c", (230, 230, 255))
    pg.text(20, 82, "本期要目", 14, ctx.bold, color=(20, 70, 130))
    y = 94
    for t, au in _others(ctx, a, 2):
        y = pg.wrap(24, y, 160, t, 11.5, ctx.body)
        y = pg.wrap(30, y, 154, "，".join(au), 9.5, ctx.body) + 3
    y = 240
    host = "中华医学会" if j.name.startswith("中华") else f"《{j.name}》杂志社"
    y = ink.rows(pg, ctx, 24, y, [("主管", sup), ("主办", host)], 10, "：", 1.8)
    pg.text(24, y, f"国际标准连续出版物号 ISSN {j.issn}", 10, ctx.body)
    pg.text(24, y + 6, f"国内统一连续出版物号 CN {j.cn}", 10, ctx.body)
    return [pg], [lvl], False


def _masthead(ctx: Ctx, a: dict) -> tuple[list, list, bool]:
    j = a["j"]
    sup, lvl = supervisor(ctx.rng, j.cn)
    p1 = ink.portrait()
    ink.centre(p1, ctx, 24, j.name, 20)
    ink.centre(p1, ctx, 36, f"（月刊　{a['year'] - ctx.rng.randint(20, 40)}年创刊）", 11, bold=False)
    d = dt.date(a["year"], a["issue"], ctx.pick([10, 15, 20, 25]))
    pairs = [("卷期", _volno(a)), ("主管单位", sup), ("主办单位", "中华医学会" if j.name.startswith("中华") else f"{j.name}杂志社"),
             ("编辑出版", f"《{j.name}》编辑部"), ("出版日期", f"{d.year}年{d.month}月{d.day}日"),
             ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}"),
             ("定价", f"每期{ctx.pick([15, 20, 25, 30])}.00元")]  # fmt: skip
    ink.rows(p1, ctx, 40, 56, pairs, 11.5, "：", 2.3, 55)
    p2 = _firstpage(ctx, a, f"{j.name}　{_volno(a)}")
    return [p1, p2], [lvl], True


def _dbpage(ctx: Ctx, a: dict) -> tuple[list, list, bool]:
    j = a["j"]
    pg, y = ink.screen(ctx, "文献详情", f"{ctx.rng.randint(7, 23)}:{ctx.rng.randint(0, 59):02d}")
    pg.rect(0, 16, 80, 172, 0, fill=(255, 255, 255))
    y = pg.wrap(4, y, 72, a["title"], 11, ctx.bold, 1.5)
    y = pg.wrap(4, y + 2, 72, "  ".join(a["authors"]), 8.5, ctx.body, 1.6)
    y = pg.wrap(4, y, 72, a["units"][0], 7.5, ctx.body, 1.5)
    vol = f"{a['vol']}" if a["vol"] else ""
    src = f"{a['year']},{vol}({a['issue']})" if vol else f"{a['year']}({a['issue']})"
    pairs = [("刊名", j.name), ("年卷期", src), ("ISSN", j.issn), ("CN", j.cn), ("页码", f"{ctx.rng.randint(1, 90)}-{ctx.rng.randint(91, 120)}"),
             ("下载", str(ctx.rng.randint(10, 900)))]  # fmt: skip
    y += 4
    for lab, val in pairs:
        pg.text(4, y, lab, 7.5, ctx.body, color=ink.GREY)
        pg.text(20, y, val, 8, ctx.body)
        y += 7
    pg.rect(4, y + 4, 76, y + 13, 0, fill=(230, 90, 40))
    pg.text(40, y + 6, "PDF下载", 8, ctx.body, "c", (255, 255, 255))
    return [pg], [], True


# ---- books ----------------------------------------------------------------------------------
PUBS = {"人民卫生出版社": ("北京", "117"), "河南科学技术出版社": ("郑州", "5349"), "湖南科学技术出版社": ("长沙", "5710"),
        "郑州大学出版社": ("郑州", "5645"), "中国中医药出版社": ("北京", "5132"), "湖南师范大学出版社": ("长沙", "5648"),
        "河南大学出版社": ("开封", "5649"), "中国医药科技出版社": ("北京", "5214"), "湖南教育出版社": ("长沙", "5539")}  # fmt: skip
BOOKS = ["基层护理技术操作规范", "临床常见病合理用药手册", "社区慢性病健康管理实务", "中医适宜技术临床应用", "急诊急救护理指南",
         "初中数学单元教学设计案例", "小学语文阅读教学策略", "乡村教师专业成长读本", "医院感染管理实用手册", "儿科护理健康教育手册",
         "县域医共体药学服务实践"]  # fmt: skip
TRANS = [
    ("循证护理实践指南", "（美）"),
    ("临床推理：从症状到诊断", "（英）"),
    ("儿童发展心理学", "（美）"),
    ("药物治疗学精要", "（加）"),
]
FOREIGN = ["玛丽·安德森", "约翰·布朗", "苏珊·米勒", "大卫·卡特", "琳达·霍尔", "彼得·格林"]


def _isbn(ctx: Ctx, pub: str) -> str:
    pre = PUBS[pub][1]
    item = str(ctx.rng.randint(0, 10 ** (8 - len(pre)) - 1)).zfill(8 - len(pre))
    d12 = "9787" + pre + item
    return f"978-7-{pre}-{item}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    pub = ctx.pick(list(PUBS))
    y, m = ctx.rng.randint(2016, 2024), ctx.rng.randint(1, 12)
    b = {"pub": pub, "y": y, "m": m, "isbn": _isbn(ctx, pub), "ed": f"{y}年{m}月第1版", "title": ctx.pick(BOOKS),
         "chief": ctx.names(ctx.rng.randint(1, 2)), "deputy": ctx.names(ctx.rng.randint(0, 3)),
         "board": ctx.names(ctx.rng.randint(0, 6))}  # fmt: skip
    fn = {"cover": _bcover, "cip": _bcip, "titlecip": _btitlecip, "board": _bboard,
          "translated": _btrans, "proof": _bproof}[v]  # fmt: skip
    pages, people, claim, holder = fn(ctx, b)
    cover = v == "cover"
    f = {"title": b["title"], "people": people, "issuer": pub, "holder": holder,
         "issued_on": None if cover else f"{y}-{m:02d}",
         "book": {"isbn": None if cover else b["isbn"], "publisher": pub, "edition": None if cover else b["ed"]}}  # fmt: skip
    sc = ["title", "people", "issuer", "book.publisher"] + ([] if cover else ["book.isbn", "book.edition"])
    return doc("book", "book", v, pages, f, sc, (claim, y))


def _editors(b: dict) -> list[dict]:
    roles = [(n, "editor_in_chief") for n in b["chief"]] + [(n, "deputy_editor") for n in b["deputy"]]
    roles += [(n, "editorial_board") for n in b["board"]]
    return [person(n, i + 1, r) for i, (n, r) in enumerate(roles)]


def _claim(ctx: Ctx, b: dict) -> str:
    return ctx.pick(b["chief"] + b["deputy"] + b["board"])


def _bcover(ctx: Ctx, b: dict) -> tuple:
    b["board"] = []
    pg = ink.portrait()
    pg.rect(0, 0, 210, 297, 0, fill=ctx.pick([(236, 244, 236), (240, 236, 228), (228, 236, 246)]))
    pg.rect(0, 60, 210, 64, 0, fill=(40, 110, 80))
    pg.text(105, 90, b["title"], ink.fits(b["title"], ctx, 30, 180), ctx.bold, "c")
    y = 160
    pg.text(105, y, "主编　" + "　".join(b["chief"]), 14, ctx.body, "c")
    if b["deputy"]:
        pg.text(105, y + 10, "副主编　" + "　".join(b["deputy"]), 13, ctx.body, "c")
    pg.text(105, 270, b["pub"], 15, ctx.bold, "c")
    return [pg], _editors(b), _claim(ctx, b), None


def _cip_page(ctx: Ctx, b: dict, names_line: bool = True) -> ink.Page:
    pg = ink.portrait()
    city = PUBS[b["pub"]][0]
    pg.text(30, 40, "图书在版编目（CIP）数据", 12, ctx.bold)
    first = f"{b['title']}/{'，'.join(b['chief'])}主编. —{city}：{b['pub']}，{b['y']}.{b['m']}"
    y = pg.wrap(30, 50, 150, first, 11, ctx.body, 1.7, 8)
    y = pg.wrap(30, y, 150, f"ISBN {b['isbn']}", 11, ctx.body, 1.7, 8)
    y = pg.wrap(
        30,
        y + 2,
        150,
        f"Ⅰ.①{b['title'][:2]}…　Ⅱ.①{b['chief'][0]}…　Ⅲ.①临床—手册　Ⅳ.R4-62",
        11,
        ctx.body,
        1.7,
        8,
    )
    y = pg.wrap(30, y + 2, 150, f"中国版本图书馆CIP数据核字（{b['y']}）第{ctx.rng.randint(10000, 299999)}号", 10.5,
                ctx.body)  # fmt: skip
    pg.line(30, y + 4, 180, y + 4, 0.3)
    ry = b["y"] + (1 if b["m"] > 9 else 0)
    rm = b["m"] % 12 + 1
    pairs = [("责任编辑", ctx.name()), ("出版发行", b["pub"]), ("印　　刷", f"{city}{ctx.pick(['新华', '华文', '博雅'])}印务有限公司"),
             ("开　　本", "787 mm×1092 mm　1/16"), ("印　　张", str(ctx.rng.randint(10, 30))),
             ("字　　数", f"{ctx.rng.randint(200, 600)}千字"), ("版　　次", b["ed"]),
             ("印　　次", f"{ry}年{rm}月第{ctx.pick([1, 2])}次印刷"), ("书　　号", f"ISBN {b['isbn']}"),
             ("定　　价", f"{ctx.rng.randint(38, 128)}.00元")]  # fmt: skip
    ink.rows(pg, ctx, 30, y + 10, pairs, 10.5, "：", 2.0, 24)
    return pg


def _bcip(ctx: Ctx, b: dict) -> tuple:
    b["deputy"], b["board"] = [], []
    return [_cip_page(ctx, b)], _editors(b), _claim(ctx, b), None


def _btitlecip(ctx: Ctx, b: dict) -> tuple:
    p1 = ink.portrait()
    p1.text(105, 60, b["title"], ink.fits(b["title"], ctx, 26, 180), ctx.bold, "c")
    y = 110
    for lab, ns in (("主　编", b["chief"]), ("副主编", b["deputy"]), ("编　委", b["board"])):
        if not ns:
            continue
        p1.text(50, y, lab, 12.5, ctx.body)
        for i in range(0, len(ns), 4):
            p1.text(80, y, "　".join(ns[i : i + 4]), 12.5, ctx.body)
            y += 8
        y += 3
    p1.text(105, 260, b["pub"], 14, ctx.body, "c")
    return [p1, _cip_page(ctx, b)], _editors(b), _claim(ctx, b), None


def _bboard(ctx: Ctx, b: dict) -> tuple:
    if not b["board"]:
        b["board"] = ctx.names(3)
    p1 = ink.portrait()
    ink.centre(p1, ctx, 30, "编 委 会", 20)
    y = 50
    for lab, ns in (
        ("主　编", b["chief"]),
        ("副 主 编", b["deputy"]),
        ("编　委（按姓氏笔画排序）", b["board"]),
    ):
        if not ns:
            continue
        p1.text(30, y, lab, 12.5, ctx.bold)
        y += 8
        for n in ns:
            p1.text(40, y, f"{n}　（{ctx.hospital()}）", 11.5, ctx.body)
            y += 7
        y += 4
    p2 = ink.portrait()
    city = PUBS[b["pub"]][0]
    ink.centre(p2, ctx, 40, b["title"], 14)
    pairs = [("主编", "，".join(b["chief"])), ("出版发行", b["pub"]), ("地址", f"{city}市{ctx.pick(['建设路', '人民路', '文化路'])}{ctx.rng.randint(1, 200)}号"),
             ("版次", b["ed"]), ("书号", f"ISBN {b['isbn']}")]  # fmt: skip
    ink.rows(p2, ctx, 40, 60, pairs, 11, "：", 2.1, 24)
    p2.text(40, 120, "版权所有，侵权必究", 10, ctx.body, color=ink.GREY)
    return [p1, p2], _editors(b), _claim(ctx, b), None


def _btrans(ctx: Ctx, b: dict) -> tuple:
    title, nat = ctx.pick(TRANS)
    b["title"] = title
    orig = ctx.pick(FOREIGN)
    trans = b["chief"] + b["deputy"][:1]
    pg = ink.portrait()
    city = PUBS[b["pub"]][0]
    pg.text(30, 40, "图书在版编目（CIP）数据", 12, ctx.bold)
    y = pg.wrap(30, 50, 150, f"{title}/{nat}{orig}著；{'，'.join(trans)}译. —{city}：{b['pub']}，{b['y']}.{b['m']}",
                11, ctx.body, 1.7, 8)  # fmt: skip
    y = pg.wrap(30, y, 150, f"ISBN {b['isbn']}", 11, ctx.body, 1.7, 8)
    y = pg.wrap(30, y + 4, 150, f"本书中文简体字版由原出版者授权{b['pub']}独家出版发行。著作权合同登记号：图字"
                f"{ctx.rng.randint(1, 30):02d}-{b['y'] - 1}-{ctx.rng.randint(100, 999)}", 10, ctx.body, 1.7)  # fmt: skip
    pairs = [("著　　者", f"{nat}{orig}"), ("译　　者", "　".join(trans)), ("出版发行", b["pub"]), ("版　　次", b["ed"]),
             ("书　　号", f"ISBN {b['isbn']}")]  # fmt: skip
    ink.rows(pg, ctx, 30, y + 10, pairs, 10.5, "：", 2.0, 24)
    people = [person(orig, 1, "author")] + [person(n, i + 2, "translator") for i, n in enumerate(trans)]
    return [pg], people, ctx.pick(trans), None


def _bproof(ctx: Ctx, b: dict) -> tuple:
    who = ctx.name()
    role, rl = ctx.pick(
        [("主编", "editor_in_chief"), ("副主编", "deputy_editor"), ("编委", "editorial_board")]
    )
    rank = ctx.rng.randint(1, 4) if role != "编委" else ctx.rng.randint(3, 9)
    pg = ink.portrait()
    ink.centre(pg, ctx, 40, "证　明", 22)
    unit = ctx.pick([ctx.hospital(), ctx.school()])
    y = pg.wrap(28, 66, 154, f"兹证明{unit}{who}同志参与编写我社出版的《{b['title']}》一书（ISBN {b['isbn']}），担任"
                f"{role}（排名第{rank}），该书于{month(b['y'], b['m'], 'cn')}出版，版次为{b['ed']}。", 14, ctx.body, 2.0, 10)  # fmt: skip
    y = pg.wrap(28, y + 2, 154, "特此证明。", 14, ctx.body, 2.0, 10)
    d = dt.date(b["y"], b["m"], 1) + dt.timedelta(days=ctx.rng.randint(40, 500))
    pg.text(150, y + 24, b["pub"], 13, ctx.body, "c")
    pg.text(150, y + 33, f"{d.year}年{d.month}月{d.day}日", 13, ctx.body, "c")
    seal(pg, ctx, 150, y + 28, b["pub"])
    return [pg], [person(who, rank, rl)], who, who
