"""Draw 25 journal articles and books; patents, awards and project completions live in `grants`."""

from __future__ import annotations

from bench.blind.common import journals
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind25.ink import GREY, centre, doc, fit, para
from bench.blind25.pools import (
    GROUPS,
    PUB_CITY,
    PUBLISHERS,
    SCHOOLS,
    Ctx,
    crowd,
    isbn,
    iso_month,
    month,
    workplace,
)  # fmt: skip

SUBJECTS = ["大型带式输送机", "港口门座起重机", "循环流化床锅炉", "矿用液压支架", "高温高压管道", "铸造起重机主梁",
            "风电齿轮箱", "化工储罐", "变电站GIS设备", "离心压缩机转子"]  # fmt: skip
ANGLES = ["疲劳寿命预测", "故障诊断方法", "结构优化设计", "振动特性分析", "腐蚀防护技术", "状态监测系统设计",
          "焊接残余应力控制", "能效提升技术", "智能运维策略"]  # fmt: skip
FILLER = [
    "针对现场运行中暴露的问题，建立了考虑多工况载荷的计算模型，",
    "结合有限元仿真与现场实测数据对模型进行了验证，",
    "结果表明，改进方案使关键部位应力峰值降低约20%，",
    "设备连续运行时间明显延长，维护成本显著下降，",
    "研究成果已在企业多条生产线推广应用，取得了良好的经济效益。",
    "文中同时讨论了参数取值对计算结果的影响，",
    "为同类设备的设计与维护提供了参考。",
]
REGION = {"11": "北京", "12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江",
          "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东",
          "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "50": "重庆", "51": "四川", "61": "陕西",
          "62": "甘肃"}  # fmt: skip
NATIONAL = [
    "中国科学技术协会",
    "教育部",
    "中国科学院",
    "工业和信息化部",
    "应急管理部",
    "国务院国有资产监督管理委员会",
]


ENGINEERING = ("机械", "工程", "电力", "电网", "煤", "矿", "化工", "冶金", "材料", "焊接", "仪器", "动力", "港", "交通",
               "安全", "振动", "锅炉", "钢铁", "起重", "石油", "热能", "电机", "自动化", "力学")  # fmt: skip


def _journals() -> tuple:
    pool = tuple(j for j in journals() if any(w in j.name for w in ENGINEERING) and "医" not in j.name)
    return pool or journals()


def _article_title(ctx: Ctx) -> str:
    s, a = ctx.rng.choice(SUBJECTS), ctx.rng.choice(ANGLES)
    return ctx.pick(
        "jour.title", [f"{s}{a}研究", f"基于多源数据的{s}{a}", f"{s}{a}与工程应用", f"某{s}{a}实践"]
    )


def _supervisor(ctx: Ctx, cn: str) -> tuple[str, str]:
    prov = REGION.get(cn[:2])
    if prov is None or cn[:2] in ("11", "12", "31", "50") or ctx.rng.random() < 0.35:
        return ctx.rng.choice(NATIONAL), "national"
    return ctx.rng.choice([f"{prov}省科学技术协会", f"{prov}省教育厅", f"{prov}省科学院"]), "provincial"


def _authors(ctx: Ctx) -> tuple[list[str], list[str]]:
    rng = ctx.rng
    n = rng.randint(2, 5)
    names = crowd(rng, n)
    units = [workplace(rng)[1]]
    if rng.random() < 0.6:
        units.append(rng.choice(SCHOOLS)[0])
    return names, units


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("jour")
    rng = ctx.rng
    j = rng.choice(_journals())
    year = rng.randint(2019, 2024)
    iss = rng.randint(1, 12)
    vol = str(rng.randint(20, 52)) if ctx.pick("jour.vol", [True, True, False]) else None
    title = _article_title(ctx)
    names, units = _authors(ctx)
    levels = list(j.base_levels)
    sup = None
    if v in ("covertoc", "covermenu", "twopage"):
        sup, lv = _supervisor(ctx, j.cn)
        levels.append(lv)
    issue_s = f"{year}年第{iss}期" if vol is None else f"第{vol}卷 第{iss}期"
    first_page = rng.randint(1, 120)
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if vol:
        scored.append("journal.volume")
    toc_only = v in ("covertoc", "toc", "covermenu")
    if not toc_only:
        scored += ["title", "people"]
    pages: list[Page] = []
    if v in ("firstpage", "twocol", "citebox", "twopage"):
        pg = Page()
        head_l = (
            f"{j.name}" if v != "citebox" else f"{j.name}　{year}, {vol or ''}({iss})".replace(", (", ", (")
        )
        pg.text(18, 12, head_l, 9, ctx.body)
        pg.text(192, 12, f"{issue_s}　{year}年{iss}月" if v != "citebox" else f"ISSN {j.issn}", 9,
                ctx.body, "r")  # fmt: skip
        pg.line(18, 18, 192, 18, 0.3)
        if v != "citebox":
            pg.text(18, 20, f"ISSN {j.issn}　CN {j.cn}", 8, ctx.body, "l", GREY)
            pg.text(192, 20, f"文章编号：{j.issn[:4]}-{j.issn[5:]}({year}){iss:02d}-{first_page:04d}-0{rng.randint(5, 9)}",
                    8, ctx.body, "r", GREY)  # fmt: skip
        y = centre(pg, ctx, 32, title, fit(title, ctx.bold, 18, 174), True)
        parts: list[tuple[str, bool]] = []
        for i, nm in enumerate(names):
            parts += [(nm, False), ("1" if i == 0 or len(units) == 1 else str(1 + i % len(units)), True)]
            if i < len(names) - 1:
                parts.append(("，", False))
        y = pg.runs(pg.w / 2, y + 2, parts, 12, ctx.body)
        aff = "；".join(f"{i + 1}. {u}" for i, u in enumerate(units))
        y = centre(pg, ctx, y, f"（{aff}）", fit(f"（{aff}）", ctx.body, 9, 176))
        abstract = "".join(rng.sample(FILLER, 5))
        y = pg.wrap(22, y + 4, 166, f"摘　要：{abstract}", 9.5, ctx.body, 1.6)
        y = pg.wrap(22, y + 1, 166, f"关键词：{rng.choice(SUBJECTS)}；{rng.choice(ANGLES)}；有限元；工程应用", 9.5,
                    ctx.body)  # fmt: skip
        y = pg.wrap(22, y + 1, 166, f"中图分类号：TH{rng.randint(11, 246)}　　文献标志码：A", 9.5, ctx.body)
        if v == "citebox":
            pg.rect(20, y + 2, 190, y + 20, 0.3, GREY, (240, 244, 250))
            cite = f"引用格式：{'，'.join(names[:3])}{'，等' if len(names) > 3 else ''}. {title}[J]. {j.name}, {year}, "
            cite += f"{vol + '(' + str(iss) + ')' if vol else '(' + str(iss) + ')'}: {first_page}-{first_page + 6}."
            y = pg.wrap(23, y + 4, 164, cite, 9, ctx.body) + 6
        y += 4
        body = "".join(rng.choice(FILLER) for _ in range(14))
        if v == "twocol":
            pg.wrap(18, y, 84, "0　引言　" + body[: len(body) // 2], 9.5, ctx.body, 1.6)
            pg.wrap(108, y, 84, body[len(body) // 2 :], 9.5, ctx.body, 1.6)
        else:
            pg.wrap(18, y, 174, "0　引言　" + body[:200], 10, ctx.body, 1.7)
        pg.line(18, 256, 80, 256, 0.3)
        note = f"收稿日期：{year - 1 if iss < 3 else year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        pg.text(18, 259, note, 8, ctx.body)
        pg.text(18, 264, f"作者简介：{names[0]}（{rng.randint(1968, 1992)}—），{rng.choice('男女')}，山东{rng.choice(['烟台', '泰安', '莱芜'])}人，"
                "高级工程师，主要从事设备管理与技术研究工作。", 8, ctx.body)  # fmt: skip
        if v == "citebox":
            pg.text(18, 272, f"ISSN {j.issn}　CN {j.cn}", 8, ctx.body)
        pages = [pg]
        if v == "twopage":
            mast = Page()
            centre(mast, ctx, 30, j.name, 20, True)
            centre(mast, ctx, 42, f"{issue_s}（{year}年）", 11)
            y = 70
            for lab, val in [("主管", sup), ("主办", rng.choice(SCHOOLS)[0]), ("编辑出版", f"《{j.name}》编辑部"),
                             ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}"),
                             ("出版日期", f"{year}年{iss}月{rng.randint(10, 28)}日"), ("国内定价", "20.00元")]:  # fmt: skip
                mast.text(60, y, lab, 11, ctx.body, "r")
                mast.text(66, y, val, 11, ctx.body)
                y += 10
            pages = [mast, pg]
    else:
        n_entries = rng.randint(6, 9)
        mine = rng.randrange(n_entries)
        entries = []
        for i in range(n_entries):
            if i == mine:
                entries.append((title, names))
            else:
                entries.append((_article_title(ctx), crowd(rng, rng.randint(1, 4))))
        page_no = first_page
        if v in ("covertoc", "covermenu"):
            cover = Page(bg=(236, 242, 248))
            cover.rect(0, 0, 210, 70, 0, fill=(30, 70, 130))
            cover.text(105, 20, j.name, fit(j.name, ctx.bold, 34, 190), ctx.bold, "c", (255, 255, 255))
            cover.text(105, 48, issue_s if vol is None else f"{year}年 第{vol}卷 第{iss}期", 13, ctx.body, "c",
                       (255, 255, 255))  # fmt: skip
            y = 84
            if v == "covermenu":
                cover.text(20, y, "本期要目", 14, ctx.bold)
                y += 10
                for t, ppl in entries[:6] if mine < 6 else entries[mine - 5 : mine + 1]:
                    cover.text(20, y, t, fit(t, ctx.body, 11, 125), ctx.body)
                    cover.text(190, y, "　".join(ppl), 10, ctx.body, "r")
                    y += 9
            cover.text(20, 250, f"主管：{sup}", 11, ctx.body)
            cover.text(20, 258, f"主办：{rng.choice(SCHOOLS)[0]}", 11, ctx.body)
            cover.text(190, 250, f"ISSN {j.issn}", 11, ctx.body, "r")
            cover.text(190, 258, f"CN {j.cn}", 11, ctx.body, "r")
            pages = [cover]
        if v in ("covertoc", "toc"):
            pg = Page()
            centre(pg, ctx, 18, j.name, 16, True)
            centre(pg, ctx, 28, f"{issue_s}（{year}年{iss}月）", 10)
            centre(pg, ctx, 38, "目　　次", 15, True)
            y = 52
            for t, ppl in entries:
                pg.text(22, y, t, fit(t, ctx.body, 11, 140), ctx.body)
                pg.text(188, y, f"（{page_no}）", 10, ctx.body, "r")
                pg.text(28, y + 6, "　".join(ppl), 9.5, ctx.body, "l", GREY)
                page_no += rng.randint(5, 9)
                y += 16
            pg.line(18, 270, 192, 270, 0.3)
            pg.text(18, 273, f"ISSN {j.issn}", 9, ctx.body)
            pg.text(192, 273, f"CN {j.cn}", 9, ctx.body, "r")
            pages.append(pg)
    f = {
        "title": title,
        "people": [{"name": n, "rank": i + 1, "role": "author"} for i, n in enumerate(names)],
        "journal": {
            "name": j.name,
            "issn": j.issn,
            "cn": j.cn,
            "year": year,
            "volume": vol,
            "issue": str(iss),
            "levels": levels,
        },  # fmt: skip
    }
    claim = {"person": rng.choice(names), "year": year}
    return doc("journal_article", "jour", v, pages, f, scored, claim)


# ==== books ===============================================================================
BOOK_SUBJECTS = ["起重机械", "压力容器", "带式输送机", "工业锅炉", "矿山提升设备", "港口装卸机械", "焊接结构",
                 "电力变压器", "化工管道", "液压系统"]  # fmt: skip


def _book_title(ctx: Ctx) -> str:
    s = ctx.rng.choice(BOOK_SUBJECTS)
    return ctx.pick("book.title", [f"{s}检修技术问答", f"{s}安全管理实务", f"{s}故障诊断与维修", f"现代{s}技术",
                                    f"{s}运行与维护"])  # fmt: skip


def _cip(
    pg: Page, ctx: Ctx, y: float, title: str, byline: str, pub: str, code: str, ed: str, yr: int, mo: int
) -> float:
    rng = ctx.rng
    y = centre(pg, ctx, y, "图书在版编目（CIP）数据", 12, True)
    y = pg.wrap(24, y + 2, 162, f"{title}/{byline}. —{PUB_CITY[pub]}：{pub}，{yr}.{mo}", 10.5, ctx.body, 1.7)
    y = pg.wrap(24, y, 162, f"ISBN {code}", 10.5, ctx.body, 1.7)
    y = pg.wrap(24, y, 162, f"Ⅰ. ①{title[:2]}…　Ⅱ. ①{byline[:2]}…　Ⅲ. ①{title[:2]}—技术　Ⅳ. ①TH{rng.randint(21, 240)}",
                10.5, ctx.body, 1.7)  # fmt: skip
    y = pg.wrap(
        24, y + 2, 162, f"中国版本图书馆CIP数据核字（{yr}）第{rng.randint(10000, 299999)}号", 10.5, ctx.body
    )
    pg.line(24, y + 3, 186, y + 3, 0.3)
    y += 8
    for s in [f"{pub}出版发行", f"（{PUB_CITY[pub]}市{rng.choice(['西城区', '东城区', '朝阳区', '历下区'])}"
              f"{rng.choice(['百万庄大街', '青年湖南街', '安外大街', '英雄山路'])}{rng.randint(1, 200)}号）",
              f"{ed}第{rng.randint(1, 3)}次印刷", f"787mm×1092mm　1/16　·　{rng.randint(12, 30)}印张　·　"
              f"{rng.randint(260, 620)}千字", f"定价：{rng.randint(38, 128)}.00元"]:  # fmt: skip
        y = pg.wrap(24, y, 162, s, 10.5, ctx.body, 1.7)
    return y


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    rng = ctx.rng
    title = _book_title(ctx)
    pub = rng.choice(PUBLISHERS)
    yr, mo = rng.randint(2016, 2024), rng.randint(1, 12)
    ed_n = ctx.pick("book.ed", [1, 1, 2])
    ed = f"{yr}年{mo}月第{ed_n}版"
    code = isbn(rng, pub)
    _, group = rng.choice(GROUPS)
    people: list[tuple[str, str]] = []
    pages: list[Page] = []
    if v in ("cover", "titlecip", "boardcip", "cip", "labelled"):
        ppl = crowd(rng, 10)
        chief = ppl[: rng.choice((1, 2))]
        deputy = ppl[len(chief) : len(chief) + rng.choice((0, 2, 3))]
        board = (
            ppl[len(chief) + len(deputy) :][: rng.choice((0, 4, 5))] if v in ("titlecip", "boardcip") else []
        )
        people = (
            [(p, "editor_in_chief") for p in chief]
            + [(p, "deputy_editor") for p in deputy]
            + [(p, "editorial_board") for p in board]
        )
        byline = "，".join(chief) + "主编"
        if v == "cip" and deputy:
            byline += "；" + "，".join(deputy) + "副主编"
    elif v == "translation":
        orig = rng.choice(["［德］汉斯·韦伯", "［美］J.米勒", "［日］佐藤健一", "［英］D.罗宾逊"])
        tr = crowd(rng, rng.randint(1, 3))
        people = [(orig.split("］")[1], "author")] + [(p, "translator") for p in tr]
        byline = f"{orig}著；{'，'.join(tr)}译"
    else:  # monograph
        au = crowd(rng, rng.randint(1, 3))
        people = [(p, "author") for p in au]
        byline = f"{'，'.join(au)}著"
    if v == "cover":
        pg = Page(w=185, h=260, bg=(244, 240, 230))
        pg.rect(0, 40, 185, 120, 0, fill=(40, 80, 120))
        pg.text(92.5, 66, title, fit(title, ctx.bold, 28, 170), ctx.bold, "c", (255, 255, 255))
        y = 150
        for role, lab in (("editor_in_chief", "主　编"), ("deputy_editor", "副主编")):
            names = [p for p, r in people if r == role]
            if names:
                pg.text(92.5, y, f"{lab}　{'　'.join(names)}", 13, ctx.body, "c")
                y += 10
        pg.text(92.5, 236, pub, 14, ctx.bold, "c")
        pages = [pg]
    elif v == "cip":
        pg = Page()
        _cip(pg, ctx, 120, title, byline, pub, code, ed, yr, mo)
        pages = [pg]
    elif v in ("titlecip", "boardcip"):
        tp = Page()
        if v == "titlecip":
            centre(tp, ctx, 70, title, fit(title, ctx.bold, 26, 170), True)
            y = 120
            for role, lab in (
                ("editor_in_chief", "主　编"),
                ("deputy_editor", "副主编"),
                ("editorial_board", "编　委"),
            ):
                names = [p for p, r in people if r == role]
                if names:
                    tp.text(60, y, lab, 13, ctx.body)
                    tp.text(84, y, "　".join(names), 13, ctx.body)
                    y += 11
            centre(tp, ctx, 250, pub, 14, True)
        else:
            centre(tp, ctx, 40, "本书编写人员", 18, True)
            y = 70
            for role, lab in (("editor_in_chief", "主　　编："), ("deputy_editor", "副 主 编："),
                              ("editorial_board", "编写人员：")):  # fmt: skip
                names = [p for p, r in people if r == role]
                if names:
                    y = tp.wrap(40, y, 130, lab + "　".join(names), 12, ctx.body, 1.9) + 4
            tp.text(40, y + 6, f"（编写单位：{group}）", 11, ctx.body)
        cp = Page()
        _cip(cp, ctx, 110, title, byline, pub, code, ed, yr, mo)
        pages = [tp, cp]
    elif v == "translation":
        tp = Page()
        centre(tp, ctx, 60, title, fit(title, ctx.bold, 24, 170), True)
        centre(tp, ctx, 100, byline.split("；")[0], 14)
        centre(tp, ctx, 112, byline.split("；")[1], 14)
        centre(tp, ctx, 250, pub, 14, True)
        cp = Page()
        cp.text(24, 60, f"著作权合同登记　图字：01-{yr - 1}-{rng.randint(1000, 9999)}号", 10.5, ctx.body)
        _cip(cp, ctx, 110, title, byline, pub, code, ed, yr, mo)
        pages = [tp, cp]
    elif v == "monograph":
        pg = Page()
        centre(pg, ctx, 24, "内 容 提 要", 14, True)
        para(pg, ctx, 24, 40, 162, f"本书系统介绍了{title[:4]}相关的基本原理、结构组成、常见故障及处理方法，结合"
             f"{group}多年的工程实践，给出了大量典型案例。本书可供工程技术人员和管理人员参考。", 11)  # fmt: skip
        _cip(pg, ctx, 100, title, byline, pub, code, ed, yr, mo)
        pages = [pg]
    else:  # labelled
        pg = Page()
        y = 120
        chief = [p for p, r in people if r == "editor_in_chief"]
        deputy = [p for p, r in people if r == "deputy_editor"]
        items = [("书　　名", title), ("主　　编", "　".join(chief))]
        if deputy:
            items.append(("副 主 编", "　".join(deputy)))
        items += [("责任编辑", crowd(rng, 1)[0]), ("出版发行", pub), ("印　　刷", f"{PUB_CITY[pub]}某印刷有限公司"),
                  ("开　　本", "787mm×1092mm　1/16"), ("版　　次", ed), ("印　　次", f"{month(yr, mo, 'cjk')}第1次印刷"),
                  ("书　　号", f"ISBN {code}"), ("定　　价", f"{rng.randint(40, 99)}.00元")]  # fmt: skip
        for lab, val in items:
            pg.text(40, y, lab, 11, ctx.body)
            pg.text(66, y, val, 11, ctx.body)
            y += 9
        pages = [pg]
    cover = v == "cover"
    f = {
        "title": title,
        "issuer": pub,
        "people": [{"name": p, "rank": i + 1, "role": r} for i, (p, r) in enumerate(people)],
        "issued_on": None if cover else iso_month(yr, mo),
        "book": {"isbn": None if cover else code, "publisher": pub, "edition": None if cover else ed},
    }
    scored = ["title", "people", "issuer", "book.publisher"] + (
        [] if cover else ["book.isbn", "book.edition"]
    )
    claim = {"person": rng.choice([p for p, r in people if r != "author" or v == "monograph"] or [people[0][0]]),
             "year": yr}  # fmt: skip
    return doc("book", "book", v, pages, f, scored, claim)


from bench.blind25.grants import award_certificate, patent_certificate, project_completion  # noqa: E402

__all__ = ["award_certificate", "book", "journal_article", "patent_certificate", "project_completion"]
