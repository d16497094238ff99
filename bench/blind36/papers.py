"""Journal articles and books of draw 36 (patents, awards and project completions: results.py)."""

from __future__ import annotations

from bench.blind.common import journals
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind36 import ink
from bench.blind36.ink import GREY, para, txt
from bench.blind36.pools import CITIES, Ctx, Who, people, who
from bench.blind36.results import award_certificate, patent_certificate, project_completion

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

SUBJ = {
    "agrimach": (["深松整地机", "玉米收获机", "植保无人机", "花生联合收获机", "秸秆还田机"],
                 ["作业质量", "损失率", "可靠性", "推广应用", "田间试验"]),
    "seed": (["花生品种", "小麦种子", "玉米杂交种", "大豆种子", "蔬菜种子"],
             ["发芽率", "纯度检测", "区域试验", "活力测定", "贮藏特性"]),
    "water": (["供水管网", "净水厂", "二次供水泵房", "农村集中供水工程", "水源地"],
              ["漏损控制", "水质安全", "运行调度", "消毒工艺", "智慧监测"]),
    "credit": (["农村信用社", "农户小额贷款", "县域普惠金融", "涉农信贷", "农村商业银行"],
               ["风险防控", "可持续发展", "数字化转型", "服务效率", "不良贷款处置"]),
    "stats": (["县域经济", "农业普查数据", "居民收支调查", "统计数据质量", "规模以上工业"],
              ["评估方法", "抽样误差", "影响因素", "测算分析", "质量控制"]),
    "tcm": (["温针灸", "补阳还五汤", "中药熏蒸", "穴位贴敷", "针刺"],
            ["临床疗效", "作用机制", "随机对照研究", "应用体会", "疗效观察"]),
    "rehab": (["脑卒中偏瘫患者", "脑瘫患儿", "膝关节置换术后患者", "脊髓损伤患者", "老年跌倒高风险人群"],
              ["步行功能", "平衡训练", "康复效果", "日常生活能力", "吞咽功能"]),
    "kinder": (["幼儿园区域活动", "大班幼儿", "园本课程", "幼儿户外游戏", "绘本阅读"],
               ["指导策略", "实践研究", "观察与评价", "发展现状", "家园共育"]),
}  # fmt: skip
PATTERNS = ["{a}{b}研究", "{a}对{b}的影响", "基于{b}的{a}分析", "{a}{b}的试验观察", "{a}{b}探析",
            "{city}地区{a}{b}调查"]  # fmt: skip
NAT = [
    "中国科学技术协会",
    "中华人民共和国教育部",
    "国家卫生健康委员会",
    "中华人民共和国农业农村部",
    "中国科学院",
]
REGION = {"37": "山东", "41": "河南", "32": "江苏", "42": "湖北", "43": "湖南", "44": "广东", "51": "四川",
          "61": "陕西", "21": "辽宁", "22": "吉林", "23": "黑龙江", "33": "浙江", "34": "安徽", "35": "福建",
          "36": "江西", "13": "河北", "14": "山西", "52": "贵州", "53": "云南", "62": "甘肃", "46": "海南"}  # fmt: skip


def paper_title(ctx: Ctx, w: Who) -> str:
    a, b = SUBJ[w.trade]
    return ctx.pick(PATTERNS).format(a=ctx.pick(a), b=ctx.pick(b), city=w.city)


def _super(ctx: Ctx, j) -> tuple[str, str]:  # noqa: ANN001
    reg = REGION.get(j.cn[:2])
    if reg and ctx.rng.random() < 0.5:
        return ctx.pick([f"{reg}省科学技术协会", f"{reg}省教育厅", f"{reg}省农业科学院"]), "provincial"
    return ctx.pick(NAT), "national"


def _affils(ctx: Ctx, w: Who, k: int) -> list[str]:
    out = [w.unit]
    while len(out) < k:
        u = who(ctx.rng, trade=w.trade, city=w.city).unit
        if u not in out:
            out.append(u)
    return out


def _byline(names: list[str], aff_of: list[int]) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for i, (n, a) in enumerate(zip(names, aff_of, strict=True)):
        parts += [(n, False), (str(a + 1), True)]
        if i < len(names) - 1:
            parts.append(("，", False))
    return parts


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal_article")
    w = who(ctx.rng)
    j = ctx.pick(journals())
    n = ctx.rng.randint(1, 5)
    names = people(ctx.rng, n)
    claim = ctx.pick(names)
    title = paper_title(ctx, w)
    year = ctx.rng.randint(2017, 2024)
    vol, issue = str(year - ctx.rng.randint(1975, 2005)), str(ctx.rng.randint(1, 12))
    month = int(issue) if int(issue) <= 12 else 6
    sup, sup_level = _super(ctx, j)
    levels = list(j.base_levels)
    fields = {"title": title, "people": [{"name": x, "rank": i + 1, "role": "author"} for i, x in enumerate(names)],
              "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": issue,
                          "levels": levels}}  # fmt: skip
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume",
              "journal.issue", "journal.levels"]  # fmt: skip
    n_aff = min(n, ctx.rng.randint(1, 3))
    affs = _affils(ctx, w, n_aff)
    aff_of = [min(i, n_aff - 1) if i < n_aff else ctx.rng.randrange(n_aff) for i in range(n)]
    pp = ctx.rng.randint(10, 180)

    def first_page(pg: Page, x0: float, wd: float, y: float, size: float = 1.0) -> float:
        cx = x0 + wd / 2
        y = pg.wrap(x0 + 8, y, wd - 16, title, 18 * size, ctx.bold, 1.4) + 3
        y = pg.runs(cx, y, _byline(names, aff_of), 12 * size, ctx.body)
        aff = "；".join(f"{i + 1}. {a}，{CITIES[w.city][0]} {w.city}" for i, a in enumerate(affs))
        y = pg.wrap(x0 + 6, y, wd - 12, f"（{aff}）", 9 * size, ctx.body, 1.45) + 3
        abs_ = (
            f"摘要：为探讨{title}的实际效果，于{year - 1}年在{w.city}市{w.county}开展了调查与试验，"
            "结果表明所采用的方法可操作性强，具有一定推广价值。"
        )
        y = pg.wrap(x0 + 4, y, wd - 8, abs_, 9.5 * size, ctx.body, 1.5) + 1
        a, b = SUBJ[w.trade]
        y = pg.wrap(x0 + 4, y, wd - 8, f"关键词：{a[0]}；{b[0]}；{w.city}", 9.5 * size, ctx.body, 1.5)
        txt(pg, ctx, x0 + 4, y + 1, f"中图分类号：S{ctx.rng.randint(1, 9)}{ctx.rng.randint(10, 99)}   文献标志码：A",
            9 * size)  # fmt: skip
        return y + 8

    pages = []
    if v in ("firstpage", "cite", "twocol"):
        pg = Page()
        if v == "cite":
            txt(
                pg,
                ctx,
                20,
                10,
                f"DOI：10.{ctx.rng.randint(13000, 16999)}/j.issn.{j.issn}.{year}.{int(issue):02d}.{ctx.rng.randint(1, 40):03d}",
                8,
                color=GREY,
            )
            txt(
                pg,
                ctx,
                20,
                15,
                f"网络首发时间：{year}-{month:02d}-{ctx.rng.randint(1, 28):02d}",
                8,
                color=GREY,
            )
        txt(pg, ctx, 20, 20, f"第{vol}卷 第{issue}期", 9.5)
        txt(pg, ctx, 105, 20, j.name, 9.5, "c")
        txt(pg, ctx, 190, 20, f"Vol.{vol} No.{issue}", 9.5, "r")
        txt(pg, ctx, 20, 25, f"{year}年{month}月", 9.5)
        txt(pg, ctx, 190, 25, f"ISSN {j.issn}  CN {j.cn}", 9.5, "r")
        pg.line(20, 30.5, 190, 30.5, 0.5)
        txt(
            pg,
            ctx,
            20,
            33,
            f"文章编号：{j.issn}（{year}）{int(issue):02d}-{pp:04d}-0{ctx.rng.randint(4, 8)}",
            8.5,
        )
        y = first_page(pg, 20, 170, 42)
        if v == "twocol":
            txt(
                pg,
                ctx,
                105,
                y,
                f"Study on {ctx.pick(['Field Application', 'Clinical Effect', 'Quality Control'])}",
                12,
                "c",
                True,
            )
            y += 10
        col = ["近年来，随着相关技术的普及，基层单位对这一问题的关注日益增加。", "本研究结合当地实际，选取代表性样本进行了系统观察。",
               "数据采用SPSS 22.0统计软件处理，P<0.05为差异有统计学意义。", "结果显示试验组各项指标均优于对照组。"]  # fmt: skip
        if v == "twocol":
            yl = yr = y
            for i, s in enumerate(col * 2):
                if i % 2 == 0:
                    yl = pg.wrap(20, yl, 80, s, 9.5, ctx.body, 1.6)
                else:
                    yr = pg.wrap(110, yr, 80, s, 9.5, ctx.body, 1.6)
            y = max(yl, yr)
        else:
            txt(pg, ctx, 20, y, "1  材料与方法", 11, bold=True)
            y = para(pg, ctx, 20, y + 7, 170, "".join(col), 10.5, 1.7)
        pg.line(20, 262, 80, 262, 0.3)
        txt(
            pg,
            ctx,
            20,
            265,
            f"收稿日期：{year - 1 if month < 3 else year}-{max(1, month - 2):02d}-{ctx.rng.randint(1, 28):02d}",
            8.5,
        )
        txt(
            pg,
            ctx,
            20,
            270,
            f"作者简介：{names[0]}（{ctx.rng.randint(1965, 1995)}—），{w.sex}，{w.prov}{w.city}人，{w.title}。",
            8.5,
        )
        if v == "cite":
            au = "，".join(names[:3]) + ("，等" if n > 3 else "")
            pg.wrap(
                20,
                276,
                170,
                f"引用格式：{au}. {title}[J]. {j.name}，{year}，{vol}（{issue}）：{pp}-{pp + 5}.",
                8.5,
                ctx.body,
                1.4,
            )
        pages = [pg]
    elif v == "toc":
        scored = [s for s in scored if s not in ("title", "people")]
        pg = Page()
        txt(pg, ctx, 105, 18, j.name, 16, "c", True)
        txt(
            pg,
            ctx,
            105,
            28,
            f"{year}年 第{vol}卷 第{issue}期（总第{int(vol) * 12 + int(issue)}期）",
            10.5,
            "c",
        )
        txt(pg, ctx, 105, 40, "目    次", 18, "c", True)
        entries = []
        for _ in range(ctx.rng.randint(6, 9)):
            ww = who(ctx.rng, trade=w.trade, city=w.city)
            entries.append((paper_title(ctx, ww), people(ctx.rng, ctx.rng.randint(1, 4))))
        pos = ctx.rng.randrange(len(entries))
        entries[pos] = (title, names)
        y = 54
        page_no = pp
        for t, au in entries:
            txt(pg, ctx, 22, y, t, 11)
            txt(pg, ctx, 188, y, str(page_no), 11, "r")
            pg.line(22 + ink.fits(t, ctx, 11) + 2, y + 3.4, 180, y + 3.4, 0.15, GREY)
            txt(pg, ctx, 30, y + 6, "  ".join(au), 9.5, color=(60, 60, 60))
            y += 17
            page_no += ctx.rng.randint(4, 9)
        txt(
            pg,
            ctx,
            22,
            y + 6,
            f"期刊基本参数：CN {j.cn} * {year} * m * A4 * {ctx.rng.randint(120, 180)} * zh * P",
            8.5,
            color=GREY,
        )
        txt(pg, ctx, 22, y + 12, f"ISSN {j.issn}", 8.5, color=GREY)
        pages = [pg]
    elif v == "cover":
        scored = [s for s in scored if s not in ("title", "people", "journal.volume")]
        fields["journal"]["volume"] = None
        levels.append(sup_level)
        pg = Page()
        pg.rect(0, 0, 210, 70, 0, (30, 70, 120), (30, 70, 120))
        txt(pg, ctx, 105, 22, j.name, 34 if len(j.name) < 7 else 26, "c", True, (255, 255, 255))
        txt(pg, ctx, 105, 52, f"{year}年 第{issue}期", 14, "c", color=(255, 255, 255))
        txt(pg, ctx, 24, 84, "本期要目", 14, bold=True, color=(30, 70, 120))
        y = 96
        others = [
            (paper_title(ctx, who(ctx.rng, trade=w.trade, city=w.city)), people(ctx.rng, 2)) for _ in range(3)
        ]
        items = others[:1] + [(title, names)] + others[1:]
        ctx.rng.shuffle(items)
        for t, au in items:
            txt(pg, ctx, 28, y, f"■ {t}", 11.5)
            txt(pg, ctx, 34, y + 6.5, "  ".join(au), 9.5, color=GREY)
            y += 16
        txt(pg, ctx, 24, 246, f"主管：{sup}", 10.5)
        txt(
            pg,
            ctx,
            24,
            253,
            f"主办：{affs[0] if ctx.rng.random() < 0.3 else CITIES[w.city][0] + '省科学技术情报研究院'}",
            10.5,
        )
        txt(pg, ctx, 24, 264, f"国际标准连续出版物号：ISSN {j.issn}", 10.5)
        txt(pg, ctx, 24, 271, f"国内统一连续出版物号：CN {j.cn}", 10.5)
        txt(pg, ctx, 186, 271, f"定价：{ctx.rng.randint(10, 30)}.00元", 10.5, "r")
        pages = [pg]
    else:  # spread: cover left, article page right, one landscape sheet
        levels.append(sup_level)
        pg = Page(297, 210)
        pg.line(148.5, 5, 148.5, 205, 0.3, (200, 200, 200))
        pg.rect(10, 10, 138, 60, 0, (120, 40, 40), (120, 40, 40))
        txt(pg, ctx, 74, 22, j.name, 22 if len(j.name) < 8 else 17, "c", True, (255, 255, 255))
        txt(pg, ctx, 74, 44, f"第{vol}卷  第{issue}期  {year}", 11, "c", color=(255, 255, 255))
        txt(pg, ctx, 16, 168, f"主管单位：{sup}", 9.5)
        txt(pg, ctx, 16, 175, f"ISSN {j.issn}", 9.5)
        txt(pg, ctx, 16, 182, f"CN {j.cn}", 9.5)
        txt(pg, ctx, 155, 12, f"{j.name}  {year}年第{issue}期", 8.5, color=GREY)
        first_page(pg, 152, 140, 22, 0.8)
        pages = [pg]
    return ink.doc("journal_article", v, pages, fields, scored, claim, year)


# ==== books ========================================================================================
PUBLISHERS = {
    "agrimach": ["中国农业科学技术出版社", "中国农业出版社", "山东科学技术出版社"],
    "seed": ["中国农业出版社", "中原农民出版社", "中国农业科学技术出版社"],
    "water": ["中国水利水电出版社", "黄河水利出版社", "中国建筑工业出版社"],
    "credit": ["中国金融出版社", "经济科学出版社"],
    "stats": ["中国统计出版社", "经济管理出版社"],
    "tcm": ["中国中医药出版社", "人民卫生出版社", "河南科学技术出版社"],
    "rehab": ["人民卫生出版社", "华夏出版社", "山东科学技术出版社"],
    "kinder": ["北京师范大学出版社", "华东师范大学出版社", "山东教育出版社"],
}
PUB_CITY = {"山东": "济南", "河南": "郑州", "中原": "郑州", "黄河": "郑州", "华东": "上海"}
BOOK_PAT = ["{a}实用技术", "{a}技术问答", "基层{b}工作手册", "{a}{b}指南", "{a}与{b}"]
FOREIGN = [
    "詹姆斯·卡特",
    "玛格丽特·霍尔",
    "罗伯特·格林",
    "苏珊·米勒",
    "彼得·施密特",
    "汉斯·穆勒",
    "伊丽莎白·克拉克",
]


def _isbn(ctx: Ctx) -> str:
    from bench.blind36.pools import isbn_digit

    mid = f"5{ctx.rng.randint(0, 999):03d}"
    item = f"{ctx.rng.randint(0, 9999):04d}"
    d12 = f"9787{mid}{item}"
    return f"978-7-{mid}-{item}-{isbn_digit(d12)}"


def _pub_city(pub: str) -> str:
    for k, c in PUB_CITY.items():
        if pub.startswith(k):
            return c
    return "北京"


def _cip(pg: Page, ctx: Ctx, y: float, title: str, lead: str, pub: str, isbn: str, ym: tuple[int, int],
         edition: str, impression: str) -> float:  # fmt: skip
    txt(pg, ctx, 30, y, "图书在版编目（CIP）数据", 11, bold=True)
    y = pg.wrap(
        30, y + 8, 150, f"{title}/{lead}. —{_pub_city(pub)}：{pub}，{ym[0]}.{ym[1]}", 10, ctx.body, 1.6
    )
    y = pg.wrap(30, y, 150, f"ISBN {isbn}", 10, ctx.body, 1.6)
    y = pg.wrap(30, y + 2, 150, f"Ⅰ. ①{title[:4]}… Ⅱ. ①{lead.split('主编')[0].split('著')[0][:8]}… Ⅲ. ①… Ⅳ. ①S2", 10,
                ctx.body, 1.6)  # fmt: skip
    txt(pg, ctx, 30, y + 3, f"中国版本图书馆CIP数据核字（{ym[0]}）第{ctx.rng.randint(10000, 299999)}号", 10)
    pg.line(30, y + 12, 180, y + 12, 0.3)
    y += 18
    for lab, val in (("责任编辑", ctx.pick(["刘晓", "张萌", "黄颖"])), ("出版发行", pub),
                     ("印    刷", f"{CITIES[ctx.pick(list(CITIES))][0]}新华印刷有限公司"),
                     ("开    本", "787 mm×1092 mm  1/16"), ("印    张", f"{ctx.rng.randint(10, 30)}.5"),
                     ("字    数", f"{ctx.rng.randint(180, 520)}千字"), ("版    次", edition), ("印    次", impression),
                     ("书    号", f"ISBN {isbn}"), ("定    价", f"{ctx.rng.randint(28, 98)}.00元")):  # fmt: skip
        txt(pg, ctx, 30, y, f"{lab}：{val}", 10)
        y += 6.5
    return y


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    w = who(ctx.rng)
    a, b = SUBJ[w.trade]
    title = ctx.pick(BOOK_PAT).format(a=ctx.pick(a), b=ctx.pick(b).replace("研究", ""))
    if v == "textbook":
        title = ctx.pick(["康复评定技术", "中医护理学基础", "学前儿童卫生与保健", "农业机械使用与维护",
                          "种子生产技术", "水处理技术", "农村金融实务", "统计基础"])  # fmt: skip
    pub = ctx.pick(PUBLISHERS[w.trade])
    yr, m = ctx.rng.randint(2016, 2024), ctx.rng.randint(1, 12)
    ed_no = 1 if v != "textbook" else ctx.rng.randint(2, 4)
    edition = f"{yr}年{m}月第{ed_no}版"
    impression = (
        f"{yr}年{m}月第1次印刷" if ed_no == 1 else f"{yr}年{min(12, m + 1)}月第{ctx.rng.randint(1, 3)}次印刷"
    )
    isbn = _isbn(ctx)
    ne, nd, nb = 1 if ctx.rng.random() < 0.7 else 2, ctx.rng.randint(1, 3), ctx.rng.randint(3, 7)
    allp = people(ctx.rng, ne + nd + nb)
    chief, deputy, board = allp[:ne], allp[ne : ne + nd], allp[ne + nd :]
    roles = ["editor_in_chief"] * ne + ["deputy_editor"] * nd + ["editorial_board"] * nb
    ppl = [{"name": x, "rank": i + 1, "role": r} for i, (x, r) in enumerate(zip(allp, roles, strict=True))]
    claim = ctx.pick(allp)
    fields = {"title": title, "issuer": pub, "issued_on": f"{yr}-{m:02d}", "people": ppl,
              "book": {"isbn": isbn, "publisher": pub, "edition": edition}}  # fmt: skip
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    lead = f"{'，'.join(chief)}主编"
    pages = []
    if v == "cover":
        fields.update(issued_on=None, book={"isbn": None, "publisher": pub, "edition": None})
        scored = ["title", "people", "issuer", "book.publisher"]
        ppl = ppl[: ne + nd]
        fields["people"] = ppl
        claim = ctx.pick(allp[: ne + nd])
        pg = Page(185, 260)
        pg.rect(0, 0, 185, 260, 0, (236, 228, 206), (236, 228, 206))
        pg.rect(0, 60, 185, 64, 0, (120, 60, 30), (120, 60, 30))
        pg.wrap(20, 82, 150, title, 30, ctx.bold, 1.3)
        txt(pg, ctx, 92.5, 150, f"主  编  {'  '.join(chief)}", 13, "c")
        txt(pg, ctx, 92.5, 160, f"副主编  {'  '.join(deputy)}", 13, "c")
        txt(pg, ctx, 92.5, 235, pub, 14, "c", True)
        pages = [pg]
    elif v in ("cip", "board"):
        pg = Page()
        y = 26
        if v == "board":
            txt(pg, ctx, 105, y, f"《{title}》编委会", 17, "c", True)
            y += 16
            for lab, ns in (("主  编", chief), ("副主编", deputy), ("编  委（按姓氏笔画排序）", board)):
                txt(pg, ctx, 36, y, lab, 12, bold=True)
                y = (
                    pg.wrap(
                        60 if len(lab) < 5 else 36,
                        y if len(lab) < 5 else y + 8,
                        120,
                        "  ".join(ns),
                        12,
                        ctx.body,
                        1.7,
                    )
                    + 3
                )
            y += 16
        else:
            txt(pg, ctx, 105, y, title, 17, "c", True)
            txt(pg, ctx, 105, y + 12, f"{lead}  副主编 {'，'.join(deputy)}", 11, "c")
            txt(pg, ctx, 105, y + 20, f"编委 {'，'.join(board)}", 10, "c")
            y += 130
        _cip(pg, ctx, y, title, lead, pub, isbn, (yr, m), edition, impression)
        pages = [pg]
    elif v == "titlecip":
        p1 = Page()
        p1.wrap(30, 60, 150, title, 26, ctx.bold, 1.4)
        y = 110
        for lab, ns in (("主  编", chief), ("副主编", deputy), ("编  委", board)):
            txt(p1, ctx, 50, y, lab, 12)
            y = p1.wrap(78, y, 100, "  ".join(ns), 12, ctx.body, 1.7) + 3
        txt(p1, ctx, 105, 250, pub, 14, "c", True)
        txt(p1, ctx, 105, 260, _pub_city(pub), 11, "c")
        p2 = Page()
        _cip(p2, ctx, 150, title, lead, pub, isbn, (yr, m), edition, impression)
        pages = [p1, p2]
    elif v == "translation":
        author = ctx.pick(FOREIGN)
        trs = people(ctx.rng, ctx.rng.randint(1, 3))
        ppl = [{"name": author, "rank": 1, "role": "author"}] + [
            {"name": t, "rank": i + 2, "role": "translator"} for i, t in enumerate(trs)]  # fmt: skip
        fields["people"] = ppl
        claim = ctx.pick(trs)
        lead = f"〔{ctx.pick(['美', '英', '德'])}〕{author}著；{'，'.join(trs)}译"
        pg = Page()
        txt(pg, ctx, 105, 24, title, 20, "c", True)
        txt(pg, ctx, 105, 38, lead, 12, "c")
        txt(pg, ctx, 105, 48, pub, 12, "c")
        _cip(pg, ctx, 120, title, lead, pub, isbn, (yr, m), edition, impression)
        pages = [pg]
    else:  # textbook: series page with editors and their units, small copyright block
        pg = Page()
        txt(
            pg,
            ctx,
            105,
            20,
            ctx.pick(["全国高等职业教育规划教材", "职业教育改革创新示范教材"]),
            12,
            "c",
            color=GREY,
        )
        txt(pg, ctx, 105, 32, title, 22, "c", True)
        txt(pg, ctx, 105, 46, f"（第{'一二三四'[ed_no - 1]}版）", 12, "c")
        rows = [["职务", "姓名", "单位"]]
        for x, r in zip(allp, roles, strict=True):
            rows.append([{"editor_in_chief": "主编", "deputy_editor": "副主编", "editorial_board": "编委"}[r], x,
                         who(ctx.rng, trade=w.trade, city=w.city).unit])  # fmt: skip
        y = pg.table(30, 60, [26, 34, 90], rows, 10.5, ctx.body, 9, header_font=ctx.bold)
        y += 10
        for s in (f"出版发行：{pub}", f"版次：{edition}", f"印次：{impression}", f"书号：ISBN {isbn}"):
            txt(pg, ctx, 30, y, s, 10)
            y += 7
        pages = [pg]
    return ink.doc("book", v, pages, fields, scored, claim, yr)
