"""Draw 38 builders: journal pages, books, patents, awards and project completions."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import supervisor
from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind38 import pools as P
from bench.blind38.certs import A4, LAND, centre, mk, page, para, qr
from bench.blind38.pools import Ctx
from bench.generator.truth import person

# ---- titles -------------------------------------------------------------------------------------
PAPER_T = {
    "nurse": ("{a}在{b}患者中的应用效果", "基于{a}的{b}护理干预研究", "{b}患者{a}现状及影响因素分析"),
    "accountant": ("{a}背景下{b}的实践探索", "{b}中{a}问题研究", "基于{a}的{b}优化路径"),
    "envmon": ("{b}{a}特征及来源解析", "基于{a}的{b}时空分布研究", "{b}中{a}的测定方法比较"),
    "meteo": ("{b}一次{a}过程的诊断分析", "{a}在{b}中的应用评估", "{b}{a}气候特征分析"),
    "librarian": ("{a}视域下{b}服务创新研究", "{b}{a}的实践与思考", "基于{a}的{b}建设研究"),
    "coach": ("{a}对{b}运动员体能的影响", "{b}{a}训练效果的实验研究", "基于{a}的{b}选材模型"),
    "grid": ("基于{a}的{b}故障定位方法", "{b}{a}技术研究与应用", "考虑{a}的{b}优化调度"),
    "food": ("{b}中{a}的快速检测方法研究", "基于{a}的{b}风险评估", "{b}{a}污染状况调查"),
}
PAPER_A = {
    "nurse": ("集束化护理", "延续性护理", "早期康复训练", "叙事护理"), "accountant": ("业财融合", "数字化转型", "预算绩效", "内部控制"),
    "envmon": ("PM2.5", "挥发性有机物", "重金属", "臭氧"), "meteo": ("暴雨", "强对流", "雷达回波", "大雾"),
    "librarian": ("全民阅读", "智慧服务", "数字人文", "文旅融合"), "coach": ("核心力量训练", "高原训练", "功能性训练", "间歇训练"),
    "grid": ("深度学习", "行波测距", "分布式光伏", "数字孪生"), "food": ("农药残留", "重金属", "微生物", "兽药残留"),
}  # fmt: skip
PAPER_B = {
    "nurse": ("老年髋部骨折", "脑卒中", "ICU", "慢性心力衰竭"), "accountant": ("行政事业单位", "公立医院", "国有企业", "高校"),
    "envmon": ("泰安市大气", "德州市地表水", "鲁西北地区土壤", "泰山景区"), "meteo": ("鲁西北", "泰安地区", "德州市", "山东中部"),
    "librarian": ("公共图书馆", "县级图书馆", "高校图书馆", "少儿图书馆"), "coach": ("青少年田径", "游泳", "篮球", "中长跑"),
    "grid": ("配电网", "输电线路", "变电站", "区域电网"), "food": ("蔬菜", "食用农产品", "餐饮食品", "乳制品"),
}  # fmt: skip
AFFIL_FMT = "{u}，山东 {c} {z}"
ZIPS = {"泰安": "271000", "德州": "253000"}


def paper_title(ctx: Ctx, w: P.World) -> str:
    t = ctx.pick(f"ptitle.{w.prof}", PAPER_T[w.prof])
    return t.format(a=ctx.rng.choice(PAPER_A[w.prof]), b=ctx.rng.choice(PAPER_B[w.prof]))


# ---- journal article ----------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "journal_article")
    rng = ctx.rng
    w = P.world(ctx)
    j = P.journal(ctx)
    title = paper_title(ctx, w)
    authors = P.people(rng, rng.randint(1, 5))
    year = rng.randint(2017, 2024)
    vol = str(year - rng.randint(1980, 2005) + 1) if rng.random() < 0.8 else None
    issue = str(rng.randint(1, 12))
    levels = list(j.base_levels)
    sup, sup_level = supervisor(rng, j)
    show_sup = v in ("cover", "toc") or (v in ("firstpage", "twocol") and rng.random() < 0.4)
    if show_sup and sup_level not in levels:
        levels.append(sup_level)
    pages: list[Page] = []
    page_no = rng.randint(10, 3000)
    volstr = f"第{vol}卷" if vol else ""
    units = [w.unit] + (
        [P.World(w.city, w.district, w.prof, "").org(rng.choice(P.PROFESSIONS[w.prof][0]))]
        if len(authors) > 2
        else []
    )
    units = list(dict.fromkeys(units))
    aff = [AFFIL_FMT.format(u=u, c=w.city, z=ZIPS[w.city]) for u in units]
    abstract = ("目的 探讨" + title + "。方法 选取" + f"{year - 1}年1月至{year - 1}年12月相关数据" + "进行分析。结果 "
                "各项指标差异具有统计学意义（P<0.05）。结论 该方法具有较好的应用价值，值得推广。")  # fmt: skip
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
              "journal.levels"] + (["journal.volume"] if vol else [])  # fmt: skip
    if v in ("firstpage", "twocol", "english"):
        pg = page()
        hdr = f"{j.name}  {year}年{volstr}第{issue}期"
        if v == "english":
            hdr = f"{j.name}  " + (f"Vol.{vol} " if vol else "") + f"No.{issue}  {year}"
        pg.text(20, 12, hdr, 9, ctx.body)
        pg.text(190, 12, f"ISSN {j.issn}  CN {j.cn}", 9, ctx.body, "r")
        pg.line(20, 17, 190, 17, 0.4)
        y = pg.wrap(25, 26, 160, title, 17, ctx.bold, lead=1.45)
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            if len(units) > 1:
                parts.append(("1" if i < 2 else "2", True))
            if i < len(authors) - 1:
                parts.append(("，", False))
        y = pg.runs(pg.w / 2, y + 3, parts, 12.5, ctx.body)
        for i, af in enumerate(aff):
            pg.text(
                pg.w / 2,
                y,
                (f"{i + 1}. " if len(aff) > 1 else "（") + af + ("" if len(aff) > 1 else "）"),
                9.5,
                ctx.body,
                "c",
            )
            y += 5.5
        y += 3
        if v == "english":
            y = para(pg, ctx, 22, y, 166, "Abstract: This paper studies the topic above using field data from "
                     "Shandong Province (Tai'an and Dezhou). Key words: monitoring; evaluation; practice", 9.5, False)  # fmt: skip
        y = para(pg, ctx, 22, y, 166, "摘要：" + abstract, 10, False)
        y = para(pg, ctx, 22, y, 166, "关键词：" + "；".join(rng.sample(PAPER_A[w.prof], 3)), 10, False)
        pg.text(22, y, f"中图分类号：{rng.choice(['R473', 'F810', 'X830', 'P458', 'G258', 'G808', 'TM77', 'TS207'])}"
                f"    文献标识码：A    文章编号：{j.issn}({year}){int(issue):02d}-{page_no:04d}-0{rng.randint(4, 9)}", 9, ctx.body)  # fmt: skip
        y += 9
        if v == "twocol":
            pg.line(20, y, 190, y, 0.2)
            y += 4
            for col in (22, 108):
                yy = y
                for _ in range(6):
                    yy = pg.wrap(
                        col,
                        yy,
                        80,
                        "近年来，随着相关研究的不断深入，该领域受到越来越多的关注。本研究结合本地实际开展调查。",
                        10,
                        ctx.body,
                        1.6,
                    )
        else:
            for h in ("0  引言", "1  资料与方法", "1.1  一般资料"):
                pg.text(22, y, h, 11, ctx.bold)
                y = para(pg, ctx, 22, y + 6.5, 166, "近年来，随着相关研究的不断深入，该领域受到越来越多的关注。本研究结合本地实际，"
                         "对相关问题进行了系统调查与分析，现报道如下。" * 2, 10.5) + 2  # fmt: skip
        foot = f"收稿日期：{P.date_s(dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28)), 'iso')}"
        pg.line(20, 262, 90, 262, 0.3)
        pg.text(20, 264, foot, 8.5, ctx.body)
        pg.text(
            20,
            269,
            f"作者简介：{authors[0]}（{rng.randint(1972, 1995)}—），{rng.choice('男女')}，{rng.choice(['主管护师', '高级会计师', '工程师', '副研究馆员', '高级工程师', '教练员'])}。",
            8.5,
            ctx.body,
        )
        if show_sup:
            pg.text(20, 274, f"主管单位：{sup}", 8.5, ctx.body)
        pg.text(190, 285, str(page_no), 9, ctx.body, "r")
        pages.append(pg)
    elif v in ("toc", "cover"):
        scored = [s for s in scored if s not in ("title", "people")]
        pg = page()
        if v == "cover":
            pg.rect(0, 0, pg.w, 90, 0, fill=(30, 70, 120))
            pg.text(pg.w / 2, 30, j.name, 34, ctx.bold, "c", (255, 255, 255))
            pg.text(pg.w / 2, 62, f"{year}年{volstr}第{issue}期", 14, ctx.body, "c", (255, 255, 255))
            y = 110
            pg.text(25, y, "本期要目", 14, ctx.bold)
            y += 9
            others = [paper_title(ctx, P.world(ctx, w.prof)) for _ in range(3)]
            items = [(t, "、".join(P.people(rng, 2))) for t in others]
            items.insert(rng.randint(0, 3), (title, "、".join(authors)))
            for t, a in items:
                pg.text(25, y, t, 11, ctx.body)
                pg.text(185, y + 6, a, 10, ctx.body, "r")
                y += 14
            y = 240
        else:
            y = centre(pg, 18, f"{j.name}", 16, ctx.bold)
            y = centre(pg, y, f"{year}年{volstr}第{issue}期（总第{rng.randint(100, 600)}期）", 11, ctx.body)
            y = centre(pg, y + 2, "目    次", 18, ctx.bold)
            others = [paper_title(ctx, P.world(ctx, w.prof)) for _ in range(7)]
            items = [(t, "，".join(P.people(rng, rng.randint(1, 3)))) for t in others]
            items.insert(rng.randint(0, 7), (title, "，".join(authors)))
            p = page_no
            for t, a in items:
                pg.text(22, y, t, 10.5, ctx.body)
                pg.text(188, y, str(p), 10.5, ctx.body, "r")
                pg.text(30, y + 5.5, a, 9.5, ctx.body, "l", (80, 80, 80))
                y += 13.5
                p += rng.randint(4, 9)
            y = max(y + 6, 240)
        pg.line(20, y, 190, y, 0.3)
        pg.text(22, y + 4, f"主管：{sup}", 10, ctx.body)
        pg.text(
            22,
            y + 11,
            f"主办：{w.org(rng.choice(('山东省{c}市科学技术协会', '{c}市科学技术情报研究所')))}",
            10,
            ctx.body,
        )
        pg.text(22, y + 18, f"国际标准连续出版物号  ISSN {j.issn}", 10, ctx.body)
        pg.text(22, y + 25, f"国内统一连续出版物号  CN {j.cn}", 10, ctx.body)
        pg.text(188, y + 25, f"定价：{rng.randint(15, 40)}.00元", 10, ctx.body, "r")
        pages.append(pg)
    else:  # cnki
        pg = page((200.0, 240.0))
        pg.rect(0, 0, pg.w, 14, 0, fill=(10, 90, 170))
        pg.text(8, 4, "中国知网 CNKI", 11, ctx.bold, "l", (255, 255, 255))
        pg.text(192, 4.5, "登录 | 手机版", 8.5, ctx.body, "r", (255, 255, 255))
        pg.text(
            8,
            18,
            f"{j.name} . {year}" + (f",{vol}" if vol else "") + f"({int(issue):02d})",
            9.5,
            ctx.body,
            "l",
            (10, 90, 170),
        )
        pg.text(150, 18, "北大核心" if "pku_core" in levels else "CSCD", 8.5, ctx.body, "l", (200, 90, 20))
        y = pg.wrap(15, 27, 170, title, 15, ctx.bold, lead=1.45)
        y += 2
        pg.text(pg.w / 2, y, "  ".join(authors), 11, ctx.body, "c", (10, 90, 170))
        y += 7
        pg.text(pg.w / 2, y, "；".join(units), 9.5, ctx.body, "c", (10, 90, 170))
        y += 10
        y = para(pg, ctx, 15, y, 170, "摘要：" + abstract, 9.5, False)
        y = para(
            pg,
            ctx,
            15,
            y + 2,
            170,
            f"DOI：10.{rng.randint(13000, 16999)}/j.cnki.{rng.choice(['hjkx', 'hlxz', 'qxxb', 'tsg'])}.{year}.{int(issue):02d}.{rng.randint(1, 40):03d}",
            9,
            False,
        )
        pg.rect(15, y + 4, 185, y + 32, 0.3, fill=(245, 248, 252))
        pg.text(20, y + 7, f"来源期刊：{j.name}", 9.5, ctx.body)
        pg.text(20, y + 14, f"ISSN：{j.issn}    CN：{j.cn}", 9.5, ctx.body)
        pg.text(
            20,
            y + 21,
            f"出版年期：{year}年"
            + (f"第{vol}卷" if vol else "")
            + f"第{issue}期    页码：{page_no}-{page_no + 6}",
            9.5,
            ctx.body,
        )
        pg.text(
            20,
            y + 40,
            f"下载：{rng.randint(20, 900)}   被引：{rng.randint(0, 30)}   PDF下载  CAJ下载",
            9,
            ctx.body,
            "l",
            (120, 120, 120),
        )
        pages.append(pg)
    journal = {
        "name": j.name,
        "issn": j.issn,
        "cn": j.cn,
        "year": year,
        "volume": vol,
        "issue": issue,
        "levels": levels,
    }
    people = [person(a, i + 1, "author") for i, a in enumerate(authors)]
    fields = {"title": title, "people": people, "journal": journal, "issued_on": None}
    return mk("journal_article", layout, pages, fields, scored, rng.choice(authors), year)


# ---- book ---------------------------------------------------------------------------------------
BOOK_T = {
    "nurse": ("临床护理技术规范与操作指南", "老年护理实用手册", "危重症护理学"), "accountant": ("政府会计实务", "行政事业单位内部控制实务", "管理会计案例精选"),
    "envmon": ("环境监测质量控制技术", "生态环境监测实务", "大气污染物监测方法"), "meteo": ("山东天气预报手册", "泰山气象与气候", "短时强降水预报技术"),
    "librarian": ("公共图书馆阅读推广实务", "地方文献工作概论", "智慧图书馆建设研究"), "coach": ("青少年体能训练指导", "田径运动训练教程", "运动损伤防护与康复"),
    "grid": ("配电网运维技术", "继电保护实用技术问答", "输电线路智能巡检"), "food": ("食品安全快速检测技术", "食品抽样检验实务", "餐饮食品安全管理"),
}  # fmt: skip
PUBLISHERS = (("山东科学技术出版社", "济南", "5331"), ("中国财政经济出版社", "北京", "5223"), ("人民卫生出版社", "北京", "117"),
              ("气象出版社", "北京", "5029"), ("国家图书馆出版社", "北京", "5013"), ("人民体育出版社", "北京", "5009"),
              ("中国电力出版社", "北京", "5198"), ("中国标准出版社", "北京", "5066"), ("山东人民出版社", "济南", "209"),
              ("中国环境出版集团", "北京", "5111"))  # fmt: skip
PUB_FOR = {"nurse": (2, 0, 8), "accountant": (1, 8, 0), "envmon": (9, 7, 0), "meteo": (3, 0, 8), "librarian": (4, 8, 0),
           "coach": (5, 0, 8), "grid": (6, 7, 0), "food": (7, 0, 8)}  # fmt: skip
ADDR = {
    "济南": ("市中区英雄山路189号", "历下区经十路", "市中区舜耕路517号"),
    "北京": ("西城区三里河路", "丰台区成寿寺路", "东城区北三环东路"),
}
FOREIGN = ("约翰·W.斯图尔特", "玛格丽特·霍尔", "大卫·H.米勒", "佐藤健一", "安妮·卡特", "罗伯特·B.格林")


def isbn(ctx: Ctx, pfx: str) -> str:
    rest = 12 - 3 - 1 - len(pfx)
    body = P.serial(ctx, "", rest)
    d12 = "9787" + pfx + body
    return f"978-7-{pfx}-{body}-{P.isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "book")
    rng = ctx.rng
    w = P.world(ctx)
    pub, city, pfx = PUBLISHERS[ctx.pick(f"publisher.{w.prof}", PUB_FOR[w.prof])]
    title = ctx.pick(f"btitle.{w.prof}", BOOK_T[w.prof])
    y, m = rng.randint(2015, 2024), rng.randint(1, 12)
    ed_n = rng.choice([1, 1, 1, 2])
    st = ctx.pick("bookdate", ("cn", "cn_pad"))
    edition = f"{P.month_s(y, m, st)}第{ed_n}版"
    num = isbn(ctx, pfx)
    names = P.people(rng, 9)
    people: list[dict] = []
    credit = ""
    if v == "translation":
        orig = rng.choice(FOREIGN)
        trans = names[: rng.randint(1, 2)]
        people = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        credit = f"〔{rng.choice(['美', '英', '日', '加'])}〕{orig} 著    {'、'.join(trans)} 译"
        title = rng.choice(
            (
                "循证护理实践指南",
                "气象灾害风险管理",
                "图书馆的未来",
                "运动表现训练",
                "食品安全管理体系",
                "现代电力系统分析",
            )
        )
    elif v != "titlepage" and rng.random() < 0.35:
        auths = names[: rng.randint(1, 2)]
        people = [person(a, i + 1, "author") for i, a in enumerate(auths)]
        credit = f"{'  '.join(auths)}  著"
    else:
        chief = names[: rng.randint(1, 2)]
        dep = names[2 : 2 + rng.randint(1, 3)]
        board = names[5 : 5 + rng.randint(0, 4)] if v in ("titlepage", "cip", "copyright") else []
        r = 0
        for role, grp in (("editor_in_chief", chief), ("deputy_editor", dep), ("editorial_board", board)):
            for nm in grp:
                r += 1
                people.append(person(nm, r, role))
        credit = f"主编  {'  '.join(chief)}"
        credit2 = f"副主编  {'  '.join(dep)}"
        credit = credit + "|" + credit2 + ("|编委  " + "  ".join(board) if board else "")
    pages: list[Page] = []

    def cover() -> Page:
        pg = page((185.0, 260.0), rng.choice([(232, 240, 248), (248, 240, 228), (236, 246, 236)]))
        pg.rect(0, 40, pg.w, 120, 0, fill=(60, 90, 130))
        if len(title) <= 10:
            pg.text(pg.w / 2, 60, title, 28, ctx.bold, "c", (255, 255, 255))
        else:
            pg.text(pg.w / 2, 62, title, 22, ctx.bold, "c", (255, 255, 255))
        yy = 140
        for ln in credit.split("|"):
            pg.text(pg.w / 2, yy, ln, 13, ctx.body, "c")
            yy += 9
        pg.text(pg.w / 2, 238, pub, 15, ctx.bold, "c")
        return pg

    def cip(pg: Page, y0: float, full: bool = True) -> float:
        flat = credit.replace("|", "  ")
        y = y0
        if full:
            pg.text(25, y, "图书在版编目（CIP）数据", 12, ctx.bold)
            y += 8
            y = pg.wrap(
                25, y, 160, f"{title} / {flat.replace('  ', ' ')}. —{city}：{pub}，{yr}.{m}", 10.5, ctx.body
            )
            pg.text(25, y, f"ISBN {num}", 10.5, ctx.body)
            y += 7
            pg.text(
                25, y, f"中国版本图书馆CIP数据核字（{yr}）第{rng.randint(100000, 299999)}号", 10.5, ctx.body
            )
            y += 12
            pg.line(25, y, pg.w - 20, y, 0.3)
            y += 6
        rows = [("书    名", title), ("出版发行", pub), ("地    址", f"{city}市{rng.choice(ADDR[city])}"),
                ("印    刷", f"{w.city}{rng.choice(['新华印刷厂', '彩印有限公司'])}"), ("开    本", "787mm×1092mm  1/16"),
                ("印    张", f"{rng.randint(10, 30)}.{rng.choice([0, 5])}"), ("字    数", f"{rng.randint(200, 600)}千字"),
                ("版    次", edition), ("印    次", f"{P.month_s(y_p, m_p, st)}第{rng.randint(1, 3)}次印刷"),
                ("书    号", f"ISBN {num}"), ("定    价", f"{rng.randint(28, 120)}.00元")]  # fmt: skip
        if not full:
            rows.insert(1, ("著    者" if "著" in credit else "主    编", flat))
        for lab, val in rows:
            pg.text(25, y, f"{lab}  {val}", 10.5, ctx.body)
            y += 7
        pg.text(25, y + 5, "版权所有  侵权必究", 10, ctx.bold)
        return y + 12

    yr = y
    y_p, m_p = (y + (1 if m == 12 else 0), (m % 12) + 1) if rng.random() < 0.4 else (y, m)
    fields_isbn = True
    if v == "cover":
        pages.append(cover())
        fields_isbn = False
    elif v in ("cip", "copyright", "translation"):
        pg = page((185.0, 260.0))
        yy = 40
        if v == "translation":
            pg.text(
                25,
                25,
                f"著作权合同登记号  图字：{rng.randint(1, 30):02d}-{y - 1}-{rng.randint(100, 999)}号",
                10,
                ctx.body,
            )
            pg.text(
                25,
                32,
                f"Original English edition © {y - 2} by {rng.choice(['Elsevier', 'Springer', 'Routledge'])}",
                9,
                ctx.body,
            )
        cip(pg, yy, full=v != "copyright")
        pages.append(pg)
    elif v == "twopage":
        pages.append(cover())
        pg = page((185.0, 260.0))
        cip(pg, 40)
        pages.append(pg)
    else:  # titlepage: 扉页 + 编委会/版权
        pg = page((185.0, 260.0))
        pg.text(pg.w / 2, 60, title, 22, ctx.bold, "c")
        yy = 100
        for ln in credit.split("|")[:2]:
            pg.text(pg.w / 2, yy, ln, 13, ctx.body, "c")
            yy += 9
        pg.text(pg.w / 2, 220, pub, 14, ctx.bold, "c")
        pg.text(pg.w / 2, 230, city, 11, ctx.body, "c")
        pages.append(pg)
        pg2 = page((185.0, 260.0))
        y2 = centre(pg2, 25, "编 委 会", 16, ctx.bold)
        for ln in credit.split("|"):
            y2 = pg2.wrap(30, y2 + 2, 130, ln, 12, ctx.body)
        cip(pg2, y2 + 15, full=False)
        pages.append(pg2)
    scored = ["title", "people", "issuer", "book.publisher"]
    fields = {"title": title, "people": people, "issuer": pub,
              "book": {"isbn": num if fields_isbn else None, "publisher": pub, "edition": edition if fields_isbn else None},
              "issued_on": f"{y}-{m:02d}" if fields_isbn else None}  # fmt: skip
    if fields_isbn:
        scored += ["book.isbn", "book.edition"]
    claimers = [p["name"] for p in people if p["role"] != "author" or v != "translation"]
    return mk("book", layout, pages, fields, scored, rng.choice(claimers), y)


# ---- patent -------------------------------------------------------------------------------------
PAT_T = {
    "invention": ("一种{x}的检测方法", "一种基于{x}的{y}系统及方法", "{x}智能{y}方法"),
    "utility_model": ("一种{x}用{y}装置", "一种便携式{x}{y}", "一种{x}{y}固定架"),
    "design": ("{x}{y}", "{x}用{y}（{z}）"),
}
PAT_X = (
    "配电线路",
    "水质采样",
    "输液",
    "气象观测",
    "图书消毒",
    "运动康复",
    "食品快检",
    "变电站",
    "护理",
    "土壤",
)
PAT_Y = ("监测", "采样器", "防护", "巡检", "报警", "收纳箱", "定位", "支架", "清洗", "记录仪")


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "patent_certificate")
    rng = ctx.rng
    w = P.world(ctx)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model", "utility_model", "design"])
    )
    title = rng.choice(PAT_T[kind]).format(
        x=rng.choice(PAT_X), y=rng.choice(PAT_Y), z=rng.choice(["A型", "便携款", "1"])
    )
    applied = P.rdate(rng, 2016, 2023)
    lag = {"invention": (500, 1100), "utility_model": (90, 300), "design": (60, 200)}[kind]
    granted = applied + dt.timedelta(days=rng.randint(*lag))
    code = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    d12 = f"{applied.year}{code}{P.serial(ctx, '', 7)}"
    number = f"ZL{d12}.{P.zl_check(d12)}"
    printed_no = ctx.pick(
        "zlfmt",
        (f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{number[-1]}", number, f"ZL{d12[:4]} {d12[4:]}.{number[-1]}"),
    )
    inventors = P.people(rng, rng.randint(1, 6))
    owner = w.unit
    st = ctx.pick("patdate", ("cn_pad", "cn", "iso"))
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    label = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    pre = {"invention": "B", "utility_model": "U", "design": "S"}[kind]
    pages: list[Page] = []
    certno = f"第{rng.randint(1000000, 9999999)}号"

    def cert(pg: Page, x0: float, wd: float) -> None:
        cx = x0 + wd / 2
        pg.text(cx, 22, f"证书号{certno}", 10, ctx.body, "c")
        pg.text(cx, 40, f"{word}专利证书", 24, ctx.bold, "c")
        y = 62
        rows = [(label, title), ("发 明 人" if kind != "design" else "设 计 人", "；".join(inventors)),
                ("专 利 号", printed_no), ("专利申请日", P.date_s(applied, st)), ("专利权人", owner),
                ("地    址", P.address(ctx, w)), ("授权公告日", P.date_s(granted, st)),
                ("授权公告号", f"CN {rng.randint(100000000, 119999999)} {pre}")]  # fmt: skip
        for lab, val in rows:
            pg.text(x0 + 8, y, f"{lab}：", 11, ctx.body)
            y = pg.wrap(x0 + 40, y, wd - 48, val, 11, ctx.body, lead=1.5) + 2.5
        y += 4
        y = pg.wrap(x0 + 8, y, wd - 16, f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。"
                    f"专利权期限为{ {'invention': '二十', 'utility_model': '十', 'design': '十五'}[kind]}年，自申请日起算。", 10, ctx.body, 1.6)  # fmt: skip
        pg.text(x0 + wd - 30, y + 14, "局长", 11, ctx.body, "c")
        pg.text(x0 + wd - 30, y + 21, P.people(rng, 1)[0], 13, ctx.hand, "c")
        pg.text(x0 + 10, y + 18, "国家知识产权局", 12, ctx.bold)
        pg.seal(x0 + 30, y + 22, 17, "国家知识产权局", rng.randrange(10**6))

    if v == "landscape":
        pg = page(LAND, (250, 248, 240))
        pg.line(148.5, 10, 148.5, 200, 0.3, (180, 180, 180))
        pg.text(20, 30, "注意事项", 12, ctx.bold)
        yy = 40
        for t in ("一、专利权人应当依照专利法及其实施细则规定缴纳年费。", "二、本证书记载事项以专利登记簿为准。",
                  "三、专利权人名称变更等应当办理著录事项变更手续。", "四、专利证书遗失的，不予补发。"):  # fmt: skip
            yy = pg.wrap(20, yy, 120, t, 10, ctx.body) + 2
        cert(pg, 150, 145)
        pages.append(pg)
    else:
        pg = page(bg=(252, 250, 243))
        frame(pg, ctx, 2)
        if v == "econtract":
            pg.text(190, 16, "电子专利证书", 9, ctx.body, "r", (90, 90, 90))
            qr(pg, ctx, 170, 245, 18, "扫码查验")
        cert(pg, 15, 180)
        pages.append(pg)
        if v == "scanpair":
            pg2 = page(bg=(252, 250, 243))
            centre(pg2, 25, "专利登记簿副本（第2页）", 13, ctx.bold)
            rows = [["项目", "内容"], ["专利号", printed_no], ["专利权人", owner], ["年费缴纳", f"已缴至第{rng.randint(2, 5)}年度"],
                    ["法律状态", "专利权维持"]]  # fmt: skip
            pg2.table(25, 40, [40, 120], rows, 11, ctx.body, row_h=11)
            pg2.text(
                25,
                110,
                f"出具日期：{P.date_s(granted + dt.timedelta(days=rng.randint(100, 600)), st)}",
                10.5,
                ctx.body,
            )
            pages.append(pg2)
    people = [person(n, i + 1, "inventor") for i, n in enumerate(inventors)]
    fields = {"title": title, "people": people, "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    scored = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    ]
    return mk("patent_certificate", layout, pages, fields, scored, rng.choice(inventors), granted.year)


# ---- award --------------------------------------------------------------------------------------
GRADES = ("一等奖", "二等奖", "三等奖")


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "award_certificate")
    rng = ctx.rng
    w = P.world(ctx, "grid" if v == "company" else None)
    st = P.style(ctx)
    d = P.rdate(rng, 2018, 2024)
    grade = rng.choice(GRADES)
    names = P.people(rng, rng.randint(1, 6))
    title = paper_title(ctx, w)
    if title.endswith("研究") and rng.random() < 0.5:
        title += "与应用"
    single = False
    rank_stated = None
    if v == "govsci":
        giver, lvl = ctx.pick("govgiver", (("山东省人民政府", "provincial"), (f"{w.city}市人民政府", "municipal"),
                                           ("新泰市人民政府", "county"), ("乐陵市人民政府", "county"),
                                           ("肥城市人民政府", "county"), ("禹城市人民政府", "county")))  # fmt: skip
        aname = giver.replace("人民政府", "") + "科学技术进步奖"
        kind = "science_technology"
    elif v == "landscape":
        giver, lvl = ctx.pick(
            "ssgiver", ((f"{w.city}市人民政府", "municipal"), ("山东省人民政府", "provincial"))
        )
        aname = giver.replace("人民政府", "") + "社会科学优秀成果奖"
        kind = "social_science"
    elif v == "bureau":
        giver = P.organiser(ctx, w)
        if not giver.endswith(("厅", "局", "委员会")):
            giver = w.org(
                rng.choice(("{c}市卫生健康委员会", "{c}市科学技术局", "山东省气象局", "{c}市市场监督管理局"))
            )
        lvl = "bureau"
        aname = giver.replace("委员会", "") + rng.choice(("科技创新成果奖", "科技进步奖", "优秀科研成果奖"))
        kind = "science_technology"
    elif v == "society":
        giver = P.PROFESSIONS[w.prof][2]
        lvl = None
        aname = giver.replace("学会", "") + rng.choice(("科学技术奖", "优秀论文奖", "科技进步奖"))
        kind = "science_technology"
    elif v == "contest":
        giver = w.org(
            rng.choice(
                (
                    "{c}市财政局",
                    "{c}市卫生健康委员会",
                    "{c}市体育局",
                    "{c}市总工会",
                    "{c}市人力资源和社会保障局",
                )
            )
        )
        lvl = "bureau" if giver.endswith(("局", "委员会")) else None
        aname = f"{w.city}市{rng.choice(('职业技能大赛', '岗位练兵技能竞赛', '青年岗位能手比赛'))}"
        kind = "competition"
        title = rng.choice(
            (
                "静脉输液技能操作",
                "会计实务操作",
                "水质监测实操",
                "天气预报技能",
                "继电保护调试",
                "食品快检实操",
            )
        )
        grade = rng.choice(("一等奖", "二等奖", "三等奖", "优秀奖"))
        names = names[:1]
    else:  # company
        giver = rng.choice(("国网山东省电力公司", f"国网{w.city}供电公司", "国网山东省电力公司技术培训中心"))
        lvl = None
        aname = giver + rng.choice(("科学技术进步奖", "职工技术创新成果奖"))
        kind = "science_technology"
    year_prefix = f"{d.year - 1}年度" if rng.random() < 0.5 else ""
    if v in ("govsci", "bureau") and len(names) > 1 and rng.random() < 0.5:
        single = True
        rank_stated = rng.randint(1, len(names))
    if v == "contest" or len(names) == 1:
        single = True
        rank_stated = None if len(names) == 1 else rank_stated
    holder = None
    if single:
        holder = names[(rank_stated or 1) - 1]
        people = [person(holder, rank_stated or 1, "awardee")]
    else:
        people = [person(n, i + 1, "awardee") for i, n in enumerate(names)]
    no = f"{d.year}-{rng.choice('JSKZ')}{rng.randint(1, 3)}-{rng.randint(1, 120):03d}"
    landscape = v in ("landscape", "contest")
    pg = page(LAND if landscape else A4, (255, 251, 240))
    frame(pg, ctx, 3 if v in ("govsci", "contest") else 2)
    y = centre(
        pg,
        30 if landscape else 45,
        "荣 誉 证 书" if v in ("contest", "company") else "获 奖 证 书",
        30,
        ctx.bold,
        (180, 30, 30),
    )
    y += 10
    x0 = 40 if landscape else 28
    wd = pg.w - 2 * x0
    who_s = (
        "、".join(names) if not single else (holder + (f"（第{rank_stated}完成人）" if rank_stated else ""))
    )
    if v == "contest":
        pg.text(x0, y, holder, 18, ctx.hand)
        pg.text(x0 + width_mm(holder, ctx.hand, 18) + 2, y + 2, "同志：", 14, ctx.body)
        y += 14
        y = para(
            pg,
            ctx,
            x0,
            y,
            wd,
            f"在{year_prefix}{aname}中，参赛项目“{title}”荣获{grade}。特发此证，以资鼓励。",
            14,
        )
    else:
        y = para(pg, ctx, x0, y, wd, "为表彰在科学技术进步工作中作出突出贡献的单位和个人，特颁发此证书。" if kind != "social_science"
                 else "为表彰在哲学社会科学研究中取得优秀成果者，特颁发此证书。", 12.5)  # fmt: skip
        y += 4
        pairs = [("奖励名称", year_prefix + aname), ("项目名称" if kind != "social_science" else "成果名称", title),
                 ("奖励等级", grade), ("获 奖 者" if single else "主要完成人", who_s), ("证 书 号", no)]  # fmt: skip
        for lab, val in pairs:
            pg.text(x0, y, f"{lab}：", 12.5, ctx.body)
            y = (
                pg.wrap(
                    x0 + 30, y, wd - 30, val, 12.5, ctx.body if val != who_s or not single else ctx.hand, 1.7
                )
                + 2
            )
    sy = max(y + 20, 150 if landscape else 210)
    pg.text(pg.w - x0 - 30, sy, giver, 13, ctx.body, "c")
    pg.text(pg.w - x0 - 30, sy + 9, P.date_s(d, st), 13, ctx.body, "c")
    pg.seal(pg.w - x0 - 30, sy + 4, 19, giver[:16], rng.randrange(10**6))
    pages = [pg]
    fields = {"holder": holder, "title": title, "people": people, "issuer": giver, "issued_on": d.isoformat(),
              "award": {"name": aname, "kind": kind, "level": lvl, "grade": grade}}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.grade"]
    if lvl is not None:
        scored.insert(-1, "award.level")
    return mk("award_certificate", layout, pages, fields, scored, holder or rng.choice(names), d.year)


# ---- project completion -------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "project_completion")
    rng = ctx.rng
    w = P.world(ctx, "grid" if v == "enterprise" else None)
    st = P.style(ctx)
    d = P.rdate(rng, 2018, 2024)
    title = paper_title(ctx, w).replace("研究", "") + "研究"
    names = P.people(rng, rng.randint(2, 7))
    leader, members = names[0], names[1:]
    if v == "society":
        issuer = P.PROFESSIONS[w.prof][2]
    elif v == "enterprise":
        issuer = rng.choice((f"国网{w.city}供电公司", "国网山东省电力公司"))
    else:
        issuer = w.org(rng.choice(("{c}市科学技术局", "{c}市卫生健康委员会", "{c}市社会科学界联合会", "山东省卫生健康委员会",
                                   "山东省气象局", "{c}市财政局", "山东省文化和旅游厅", "山东省体育局")))  # fmt: skip
    code = f"{w.city[0]}{rng.choice(['KJ', 'SK', 'WJ', 'QX'])}{d.year - rng.randint(1, 3)}{rng.randint(1, 200):03d}"
    only_leader = v == "letter"
    pages: list[Page] = []
    pg = page()
    if v in ("certificate", "society", "enterprise", "twopage"):
        frame(pg, ctx, 2 if v != "enterprise" else 1)
        y = centre(
            pg, 45, "结 题 证 书" if v != "enterprise" else "项目结题证明", 28, ctx.bold, (150, 40, 30)
        )
        pg.text(180, 25, f"编号：{code}-JT", 9.5, ctx.body, "r")
        y += 12
        pairs = [("课题名称", title), ("课题编号", code), ("课题负责人", leader)]
        if v != "twopage":
            pairs.append(("课题组成员", "、".join(members)))
        for lab, val in pairs:
            pg.text(28, y, f"{lab}：", 12.5, ctx.body)
            y = pg.wrap(62, y, 120, val, 12.5, ctx.body, 1.7) + 3
        y = para(
            pg,
            ctx,
            28,
            y + 6,
            155,
            "该课题经专家组鉴定，已完成研究任务，达到预期目标，准予结题。"
            + ("课题组成员名单见附页。" if v == "twopage" else "特发此证。"),
            12.5,
        )
        pg.text(150, max(y + 25, 210), issuer, 13, ctx.body, "c")
        pg.text(150, max(y + 25, 210) + 9, P.date_s(d, st), 13, ctx.body, "c")
        pg.seal(150, max(y + 25, 210) + 4, 19, issuer[:16], rng.randrange(10**6))
        pages.append(pg)
        if v == "twopage":
            pg2 = page()
            y2 = centre(pg2, 25, "附页：课题组成员名单", 14, ctx.bold)
            rows = [["排名", "姓名", "工作单位", "职称", "分工"]] + [
                [str(i + 2), nm, w.unit, rng.choice(("副主任护师", "高级会计师", "高级工程师", "工程师", "副研究馆员")), rng.choice(("数据采集", "统计分析", "文献整理", "现场试验"))]
                for i, nm in enumerate(members)]  # fmt: skip
            pg2.table(18, y2 + 4, [16, 26, 70, 34, 28], rows, 10.5, ctx.body, row_h=10, header_font=ctx.bold)
            pages.append(pg2)
    elif v == "letter":
        y = centre(pg, 40, "结 题 证 明", 24, ctx.bold)
        y = para(pg, ctx, 25, y + 12, 160, f"{w.unit}{leader}同志主持的{issuer}立项课题“{title}”（课题编号：{code}），"
                 f"已按计划完成研究任务，经审核，同意结题。", 13)  # fmt: skip
        y = para(pg, ctx, 25, y + 2, 160, "特此证明。", 13)
        pg.text(150, y + 25, issuer, 13, ctx.body, "c")
        pg.text(150, y + 34, P.date_s(d, st), 13, ctx.body, "c")
        pg.seal(150, y + 29, 19, issuer[:16], rng.randrange(10**6))
        pg.text(25, 270, f"联系电话：{P.phone(ctx, w)}", 9.5, ctx.body)
        pages.append(pg)
    else:  # table
        y = centre(pg, 22, f"{issuer}科研项目结题验收意见表", 14, ctx.bold)
        rows = [["项目名称", title], ["项目编号", code], ["承担单位", w.unit], ["项目负责人", leader],
                ["主要参加人员", "、".join(members)], ["验收意见", "该项目完成了合同规定的各项任务，同意通过结题验收。"],
                ["验收日期", P.date_s(d, st)]]  # fmt: skip
        pg.table(18, y + 4, [36, 138], rows, 10.5, ctx.body, row_h=15, fonts={0: ctx.bold})
        pg.text(140, y + 4 + 15 * len(rows) + 14, f"{issuer}（盖章）", 12, ctx.body, "c")
        pg.seal(140, y + 4 + 15 * len(rows) + 18, 19, issuer[:16], rng.randrange(10**6))
        pages.append(pg)
    if only_leader:
        people = [person(leader, 1, "project_leader")]
    else:
        people = [person(leader, 1, "project_leader")] + [
            person(n, i + 2, "project_member") for i, n in enumerate(members)
        ]
    fields = {"holder": leader if only_leader else None, "title": title, "people": people, "issuer": issuer,
              "issued_on": d.isoformat()}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return mk(
        "project_completion",
        layout,
        pages,
        fields,
        scored,
        leader if only_leader else rng.choice(names),
        d.year,
    )
