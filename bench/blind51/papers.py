"""Draw 51 builders: journal articles, books, patents, awards and project completion proofs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame, label_lines, sign_block
from bench.blind.page import Page
from bench.generator.truth import person

from . import kit
from . import pools as P
from .certs import claim, date_s
from .pools import Ctx

TOPICS = {
    "pharmacist": [
        "基层医院门诊处方用药合理性分析",
        "抗菌药物专项整治前后使用强度对比研究",
        "中药注射剂不良反应影响因素分析",
    ],
    "water": [
        "平原河网区引黄灌溉水量优化配置",
        "鲁北平原地下水超采区治理效果评价",
        "洞庭湖区小型泵站更新改造技术研究",
    ],
    "vet": ["规模猪场非洲猪瘟生物安全防控实践", "鸡白痢沙门菌耐药性监测与分析", "奶牛乳房炎病原菌分离鉴定"],
    "accountant": ["政府会计制度下行政事业单位成本核算探析", "县级财政国库集中支付风险防控研究"],
    "forestry": [
        "黄河故道杨树人工林生长模型构建",
        "湘中丘陵区马尾松林分结构调控",
        "楠木容器育苗基质配比试验",
    ],
    "radiology": ["低剂量CT在肺结节筛查中的应用价值", "磁共振弥散加权成像对急性脑梗死的诊断价值"],
    "teacher": ["农村幼儿园区域活动开展现状调查", "中职学校现代学徒制人才培养模式研究"],
    "surveyor": ["无人机倾斜摄影在农村宅基地确权中的应用", "基于CORS的县域控制网复测精度分析"],
    "grid": [
        "县域配电网自动化终端布点优化",
        "含分布式光伏的农村配网电压越限治理",
        "变电站巡检机器人图像识别方法",
    ],
    "museum": ["馆藏汉代铜镜锈蚀产物分析与保护", "出土漆木器脱水定型保护研究"],
}
EN = {
    "pharmacist": "Analysis of Outpatient Prescriptions",
    "water": "Optimal Allocation of Irrigation Water",
    "vet": "Biosecurity Practice in Pig Farms",
    "accountant": "Cost Accounting under Government Accounting",
    "forestry": "Growth Model of Plantations",
    "radiology": "Value of Low-dose CT Screening",
    "teacher": "A Survey of Kindergarten Activities",
    "surveyor": "UAV Oblique Photogrammetry Application",
    "grid": "Optimization of Distribution Automation",
    "museum": "Conservation of Excavated Bronze Mirrors",
}
PY_SUR = {
    "王": "Wang",
    "李": "Li",
    "张": "Zhang",
    "刘": "Liu",
    "陈": "Chen",
    "杨": "Yang",
    "赵": "Zhao",
    "周": "Zhou",
    "吴": "Wu",
    "孙": "Sun",
    "马": "Ma",
    "胡": "Hu",
    "高": "Gao",
    "林": "Lin",
    "郭": "Guo",
    "何": "He",
    "宋": "Song",
}
PY_GIV = {
    "建": "jian",
    "国": "guo",
    "华": "hua",
    "明": "ming",
    "军": "jun",
    "丽": "li",
    "红": "hong",
    "伟": "wei",
    "强": "qiang",
    "敏": "min",
    "静": "jing",
    "磊": "lei",
    "洋": "yang",
    "勇": "yong",
    "杰": "jie",
    "涛": "tao",
    "芳": "fang",
    "平": "ping",
    "飞": "fei",
    "鹏": "peng",
    "辉": "hui",
    "宇": "yu",
    "博": "bo",
    "文": "wen",
    "海": "hai",
}


def py_name(rng: Any, taken: set[str]) -> tuple[str, str]:
    while True:
        s = rng.choice(list(PY_SUR))
        g = "".join(rng.choice(list(PY_GIV)) for _ in range(rng.choice([1, 2])))
        n = s + g
        if n not in taken and len(set(n)) == len(n):
            taken.add(n)
            gp = "".join(PY_GIV[ch] for ch in g)
            return n, f"{PY_SUR[s].upper()} {gp[0].upper()}{gp[1:]}"


def _authors(ctx: Ctx, n: int, pinyin: bool = False) -> tuple[list[str], list[str]]:
    taken: set[str] = set()
    if pinyin:
        pairs = [py_name(ctx.rng, taken) for _ in range(n)]
        return [a for a, _ in pairs], [b for _, b in pairs]
    return [P.name(ctx.rng, taken) for _ in range(n)], []


def journal_article(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("journal_article")
    c = P.city(ctx)
    prof = P.profession(ctx)
    j = P.journal_for(ctx, prof)
    title = ctx.choice(TOPICS[prof])
    n = ctx.rng.randint(1, 4)
    authors, py = _authors(ctx, n, lay == "enbyline")
    year = c["year"]
    issue = str(ctx.rng.randint(1, 12))
    volume = str(ctx.rng.randint(20, 55)) if ctx.rng.random() < 0.7 else None
    colon = ctx.pick("t51.colon")
    units = list(dict.fromkeys(P.unit(ctx, c, prof) for _ in range(ctx.rng.randint(1, 2))))
    vol_s = f"第{volume}卷第{issue}期" if volume else f"{year}年第{issue}期"
    head = f"{j['name']}　{year}年{volume + '卷' if volume else ''}第{issue}期"
    pages: list[Page] = []

    def first_page(pg: Page, en: bool) -> None:
        pg.text(18, 12, head, 9, ctx.body)
        pg.text(192, 12, f"ISSN {j['issn']}　CN {j['cn']}", 9, ctx.body, "r")
        pg.line(18, 17, 192, 17, 0.4)
        pg.text(
            18,
            20,
            f"DOI：10.{ctx.rng.randint(11000, 13999)}/j.{P.serial(ctx, 4)}",
            7.5,
            ctx.body,
            "l",
            kit.GREY,
        )
        y = kit.centre(pg, ctx, 30, title, 18, True)
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            parts.append((str(1 + (i % len(units))), True))
            if i < len(authors) - 1:
                parts.append(("，", False))
        y = pg.runs(105, y + 2, parts, 12, ctx.body)
        aff = "；".join(
            f"{i + 1}.{u}，{c['prov'][:-1]} {c['city']} {ctx.rng.randint(251000, 253999) if c['year'] == 2017 else ctx.rng.randint(413000, 413999)}"
            for i, u in enumerate(units)
        )
        y = pg.wrap(30, y, 150, f"（{aff}）", 9, ctx.body)
        if en:
            y = kit.centre(pg, ctx, y + 3, EN[prof], 12, True)
            y = kit.centre(pg, ctx, y, ", ".join(py), 10)
        y = pg.wrap(
            24,
            y + 4,
            162,
            "摘要："
            + f"目的　探讨{title[:10]}的相关问题。方法　选取{year - 1}年相关资料进行统计分析。结果　差异有统计学意义。结论　值得推广。",
            10,
            ctx.body,
        )
        y = pg.wrap(24, y + 1, 162, f"关键词：{title[:4]}；{title[4:8]}；继续教育", 10, ctx.body)
        pg.text(
            24,
            y + 1,
            f"中图分类号：{ctx.choice(['S', 'R', 'TV', 'TM', 'P2'])}{ctx.rng.randint(10, 99)}　文献标志码：A",
            9,
            ctx.body,
        )
        pg.line(18, 236, 80, 236, 0.3)
        recv = P.day_in(ctx, year - 1, 1, 12)
        foot = [
            f"收稿日期{colon}{P.fmt(recv, 'iso')}",
            f"基金项目{colon}{c['prov']}自然科学基金项目（ZR{year - 1}{P.serial(ctx, 4)}）",
            f"作者简介{colon}{authors[0]}（{ctx.rng.randint(1972, 1992)}—），{ctx.choice(['男', '女'])}，{ctx.choice(['高级工程师', '主管药师', '副主任医师', '讲师'])}，主要从事相关研究。",
        ]
        yy = 239
        for f_ in foot:
            yy = pg.wrap(18, yy, 174, f_, 8, ctx.body, 1.5)
        pg.text(105, 285, str(ctx.rng.randint(1, 120)), 9, ctx.body, "c")

    def toc(pg: Page, y: float) -> float:
        others = [ctx.choice(TOPICS[p_]) for p_ in ctx.rng.sample(list(TOPICS), 4) if p_ != prof][:3]
        rows = others[:1] + [title] + others[1:]
        taken = set(authors)
        for r in rows:
            who = authors if r == title else [P.name(ctx.rng, taken) for _ in range(ctx.rng.randint(1, 3))]
            pg.text(24, y, r, 11, ctx.body)
            pg.text(186, y, str(ctx.rng.randint(1, 99)), 11, ctx.body, "r")
            pg.text(30, y + 6, "，".join(who), 9.5, ctx.body, "l", (70, 70, 70))
            y += 15
        return y

    if lay in ("firstpage", "enbyline"):
        pg = Page()
        first_page(pg, lay == "enbyline")
        pages.append(pg)
    elif lay in ("cover", "twopage"):
        pg = Page(bg=(236, 244, 250))
        pg.rect(0, 0, 210, 70, 0, fill=(30, 90, 150))
        kit.centre(pg, ctx, 22, j["name"], 34, True, color=(255, 255, 255))
        pg.text(105, 50, f"{year}年 {vol_s}", 14, ctx.body, "c", (255, 255, 255))
        pg.text(24, 82, "目　次", 14, ctx.bold)
        toc(pg, 94)
        pg.text(105, 262, f"ISSN {j['issn']}", 11, ctx.body, "c")
        pg.text(105, 270, f"CN {j['cn']}", 11, ctx.body, "c")
        kit.qr(pg, 170, 250, 22, ctx.seed())
        pages.append(pg)
        if lay == "twopage":
            pg2 = Page()
            first_page(pg2, False)
            pages.append(pg2)
    elif lay == "toc":
        pg = Page()
        pg.text(18, 14, f"{j['name']}", 12, ctx.bold)
        pg.text(192, 14, f"{year}年{vol_s}", 10, ctx.body, "r")
        kit.centre(pg, ctx, 28, "目　　次", 18, True)
        y = toc(pg, 44)
        pg.text(
            105,
            270,
            f"ISSN {j['issn']}　　CN {j['cn']}　　邮发代号 {ctx.rng.randint(2, 82)}-{ctx.rng.randint(10, 400)}",
            9,
            ctx.body,
            "c",
        )
        pages.append(pg)
    else:  # cnki
        pg = Page()
        kit.browser_bar(
            pg, ctx, f"https://kns.cnki.net/kcms2/article/abstract?v={P.serial(ctx, 12)}", "知网节 - 文献详情"
        )
        pg.rect(10, 14, 200, 26, 0, fill=(16, 80, 170))
        pg.text(14, 17, "中国知网 · 文献检索", 12, ctx.bold, "l", (255, 255, 255))
        y = pg.wrap(20, 34, 170, title, 16, ctx.bold)
        y = pg.wrap(20, y + 2, 170, "　".join(authors), 11, ctx.body)
        y = pg.wrap(20, y, 170, "　".join(units), 9.5, ctx.body)
        y = pg.wrap(
            20,
            y + 4,
            170,
            "摘要：本文以" + title + "为对象进行了研究，结果可为同类工作提供参考。",
            10,
            ctx.body,
        )
        pairs = [
            ("刊名", j["name"]),
            ("年卷期", f"{year}，{volume + '(' + issue + ')' if volume else '(' + issue + ')'}"),
            ("ISSN", j["issn"]),
            ("CN", j["cn"]),
            ("收录", "北大核心 CSCD" if "pku_core" in j["levels"] else "CSCD"),
        ]
        label_lines(pg, ctx, 20, y + 6, pairs, 10.5, colon, 2.2)
        pages.append(pg)
    people = [person(a, i + 1, "author") for i, a in enumerate(authors)]
    fields = {
        "title": title,
        "people": people,
        "journal": {
            "name": j["name"],
            "issn": j["issn"],
            "cn": j["cn"],
            "year": year,
            "volume": volume,
            "issue": issue,
            "levels": j["levels"],
        },
    }
    scored = [
        "title",
        "people",
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ] + (["journal.volume"] if volume else [])
    who = ctx.choice(authors)
    return Doc("journal_article", f"ja51-{lay}", pages, fields, scored, claim(c, who))


# ---------------------------------------------------------------------------------------------
PUBLISHERS = {
    "pharmacist": ("人民卫生出版社", "117"),
    "radiology": ("人民卫生出版社", "117"),
    "water": ("中国水利水电出版社", "5170"),
    "vet": ("中国农业出版社", "109"),
    "accountant": ("中国财政经济出版社", "5223"),
    "forestry": ("中国林业出版社", "5219"),
    "teacher": ("北京师范大学出版社", "303"),
    "surveyor": ("测绘出版社", "5030"),
    "grid": ("中国电力出版社", "5198"),
    "museum": ("文物出版社", "5010"),
}
BOOKS = {
    "pharmacist": "基层医院临床药学实践",
    "radiology": "县级医院医学影像诊断手册",
    "water": "平原灌区水利工程管理实务",
    "vet": "常见畜禽疫病诊断与防治",
    "accountant": "行政事业单位会计实务",
    "forestry": "乡土树种栽培技术",
    "teacher": "幼儿园一日活动组织与指导",
    "surveyor": "不动产测绘实用教程",
    "grid": "农村配电网运行与检修",
    "museum": "馆藏文物预防性保护指南",
}


def book(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("book")
    c = P.city(ctx)
    prof = P.profession(ctx)
    pub, code = PUBLISHERS[prof]
    title = BOOKS[prof]
    rest = P.serial(ctx, 8 - len(code))
    core = "9787" + code + rest
    isbn = f"978-7-{code}-{rest}-{P.isbn_digit(core)}"
    month = ctx.rng.randint(1, 12)
    y = c["year"] if ctx.rng.random() < 0.7 else c["year"] - 1
    edition = f"{y}年{month}月第1版"
    colon = ctx.pick("t51.colon")
    taken: set[str] = set()
    translation = lay == "translation"
    if translation:
        title = ctx.choice(["兽医临床病理学", "水资源管理导论", "博物馆藏品保护手册", "森林生态学原理"])
        foreign = ctx.choice(["约翰·史密斯", "玛丽·布朗", "大卫·米勒"])
        trans = [P.name(ctx.rng, taken) for _ in range(ctx.rng.randint(1, 3))]
        people = [person(foreign, 1, "author")] + [
            person(t, i + 2, "translator") for i, t in enumerate(trans)
        ]
    else:
        chief = [P.name(ctx.rng, taken) for _ in range(ctx.rng.randint(1, 2))]
        deputy = [P.name(ctx.rng, taken) for _ in range(ctx.rng.randint(0, 3))]
        board = [P.name(ctx.rng, taken) for _ in range(ctx.rng.randint(4, 9))] if lay == "board" else []
        people = (
            [person(x, 0, "editor_in_chief") for x in chief]
            + [person(x, 0, "deputy_editor") for x in deputy]
            + [person(x, 0, "editorial_board") for x in board]
        )
        for i, p_ in enumerate(people):
            p_["rank"] = i + 1

    def names_of(role: str) -> list[str]:
        return [p_["name"] for p_ in people if p_["role"] == role]

    def credit_lines(pg: Page, y: float, size: float) -> float:
        if translation:
            y = kit.centre(pg, ctx, y, f"〔美〕{names_of('author')[0]}　著", size)
            return kit.centre(pg, ctx, y, "　".join(names_of("translator")) + "　译", size)
        y = kit.centre(pg, ctx, y, "主　编　" + "　".join(names_of("editor_in_chief")), size)
        if names_of("deputy_editor"):
            y = kit.centre(pg, ctx, y, "副主编　" + "　".join(names_of("deputy_editor")), size)
        return y

    def copyright(pg: Page, y: float) -> float:
        pg.text(24, y, "图书在版编目（CIP）数据", 11, ctx.bold)
        cred = ("著；" + "，".join(names_of("translator")) + "译") if translation else ("主编")
        lead = names_of("author")[0] if translation else "，".join(names_of("editor_in_chief"))
        y = pg.wrap(24, y + 7, 162, f"{title}/{lead}{cred}. —北京：{pub}，{y_pub}", 10, ctx.body)
        y = pg.wrap(24, y, 162, f"ISBN {isbn}", 10, ctx.body)
        y = pg.wrap(
            24, y + 2, 162, f"中国版本图书馆CIP数据核字（{y_pub}）第{P.serial(ctx, 6)}号", 10, ctx.body
        )
        pg.line(24, y + 2, 186, y + 2, 0.3)
        cr = (
            [("原　　著", names_of("author")[0]), ("译　　者", "　".join(names_of("translator")))]
            if translation
            else (
                [("主　　编", "　".join(names_of("editor_in_chief")))]
                + ([("副 主 编", "　".join(names_of("deputy_editor")))] if names_of("deputy_editor") else [])
            )
        )
        rows = (
            [("书　　名", title)]
            + cr
            + [
                ("出版发行", pub),
                ("印　　刷", f"{c['city']}{ctx.choice(['新华', '华丰', '金桥'])}印务有限公司"),
                ("开　　本", "787mm×1092mm　1/16"),
                ("版　　次", edition),
                ("印　　次", f"{y_pub}年{month}月第1次印刷"),
                ("书　　号", f"ISBN {isbn}"),
                ("定　　价", f"{ctx.rng.randint(28, 98)}.00元"),
            ]
        )
        return label_lines(pg, ctx, 24, y + 6, rows, 10.5, colon, 2.0)

    y_pub = y
    pages: list[Page] = []
    if lay in ("cover", "scan2"):
        pg = Page(bg=ctx.choice([(232, 240, 228), (240, 232, 220), (226, 234, 244)]))
        pg.rect(0, 60, 210, 130, 0, fill=(60, 110, 80))
        pg.text(105, 80, title, kit.fits(title, ctx.bold, 30, 180), ctx.bold, "c", (255, 255, 255))
        credit_lines(pg, 160, 14)
        kit.centre(pg, ctx, 262, pub, 14, True)
        pages.append(pg)
        if lay == "scan2":
            pg2 = Page()
            copyright(pg2, 40)
            pages.append(pg2)
    elif lay == "copyright":
        pg = Page()
        copyright(pg, 30)
        pages.append(pg)
    elif lay == "titlepage":
        pg = Page()
        y2 = kit.centre(pg, ctx, 50, title, 24, True)
        credit_lines(pg, y2 + 14, 13)
        kit.centre(pg, ctx, 130, pub, 13)
        pg.line(24, 150, 186, 150, 0.3)
        copyright(pg, 160)
        pages.append(pg)
    elif lay == "board":
        pg = Page()
        kit.centre(pg, ctx, 26, f"《{title}》编委会", 18, True)
        yy = 44
        for role, lab in (("editor_in_chief", "主　编"), ("deputy_editor", "副主编")):
            if names_of(role):
                pg.text(40, yy, lab, 12, ctx.bold)
                pg.text(70, yy, "　".join(names_of(role)), 12, ctx.body)
                yy += 9
        pg.text(40, yy, "编　委（按姓氏笔画排序）", 12, ctx.bold)
        yy += 9
        b = names_of("editorial_board")
        for i, nm in enumerate(b):
            pg.text(46 + (i % 4) * 34, yy + (i // 4) * 8, nm, 12, ctx.body)
        yy += ((len(b) + 3) // 4) * 8 + 8
        copyright(pg, yy + 6)
        pages.append(pg)
    else:  # translation
        pg = Page()
        y2 = kit.centre(pg, ctx, 40, title, 22, True)
        y2 = kit.centre(pg, ctx, y2, "(Second Edition)", 11)
        credit_lines(pg, y2 + 10, 12.5)
        kit.centre(pg, ctx, 120, pub, 13)
        copyright(pg, 150)
        pages.append(pg)
    fields = {
        "title": title,
        "people": people,
        "issuer": pub,
        "book": {
            "isbn": isbn if lay != "cover" else None,
            "publisher": pub,
            "edition": edition if lay != "cover" else None,
        },
    }
    if lay != "cover":
        fields["issued_on"] = f"{y}-{month:02d}"
    scored = ["title", "people", "issuer", "book.publisher"] + (
        [] if lay == "cover" else ["book.isbn", "book.edition"]
    )
    who = people[-1]["name"] if translation else ctx.choice([p_["name"] for p_ in people])
    return Doc("book", f"book51-{lay}", pages, fields, scored, claim(c, who))


# ---------------------------------------------------------------------------------------------
PATENTS = {
    "pharmacist": "一种医院药房用药品分拣装置",
    "water": "一种渠道防渗衬砌结构",
    "vet": "一种畜禽注射用保定架",
    "accountant": "一种财务凭证装订装置",
    "forestry": "一种林木种子催芽装置",
    "radiology": "一种放射科用防护铅屏风",
    "teacher": "一种幼儿教学用拼插积木",
    "surveyor": "一种测绘用三脚架对中装置",
    "grid": "一种配电线路验电接地一体装置",
    "museum": "一种文物展柜恒湿调节装置",
}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("patent_certificate")
    c = P.city(ctx)
    prof = P.profession(ctx)
    kind = {"utility": "utility_model", "design": "design"}.get(
        lay, ctx.choice(["invention", "utility_model"])
    )
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    title = PATENTS[prof]
    if kind == "design":
        title = ctx.choice(["文物展示架", "兽医药箱", "测量标志牌", "幼儿园储物柜"])
    elif kind == "utility_model":
        title = title.replace("一种", ctx.choice(["一种", "一种新型"]))
    granted = P.day_in(ctx, c["year"], 1, 12)
    lag = {
        "invention": ctx.rng.randint(500, 1100),
        "utility_model": ctx.rng.randint(150, 400),
        "design": ctx.rng.randint(90, 250),
    }[kind]
    applied = granted - dt.timedelta(days=lag)
    num12 = f"{applied.year}{digit}{P.serial(ctx, 7)}"
    number = f"ZL{num12}.{P.zl_check(num12)}"
    printed_no = ctx.choice([f"ZL {num12}.{P.zl_check(num12)}", number])
    inventors = P.names(ctx.rng, ctx.rng.randint(1, 4))
    owner = ctx.choice([P.unit(ctx, c, prof), inventors[0]])
    colon = ctx.pick("t51.colon")
    kind_cn = {
        "invention": "发明专利证书",
        "utility_model": "实用新型专利证书",
        "design": "外观设计专利证书",
    }[kind]
    inv_lab = "设计人" if kind == "design" else "发明人"
    title_lab = (
        "使用外观设计的产品名称"
        if kind == "design"
        else ("实用新型名称" if kind == "utility_model" else "发明名称")
    )
    pages: list[Page] = []
    issuer = "国家知识产权局"
    if lay in ("classic", "spaced", "utility", "design"):
        pg = Page(bg=(250, 248, 240))
        frame(pg, ctx, 2)
        kit.centre(pg, ctx, 30, "中华人民共和国国家知识产权局", 12)
        kit.centre(pg, ctx, 42, kind_cn, 26, True)
        pg.text(150, 62, f"证书号第{P.serial(ctx, 7)}号", 11, ctx.body)
        sp = lay == "spaced"
        lab = lambda s: kit.spaced(s) if sp and len(s) <= 5 else s
        pairs = [
            (lab(title_lab), title),
            (lab(inv_lab), "；".join(inventors)),
            (lab("专利号"), printed_no),
            (lab("专利申请日"), P.fmt(applied, ctx.choice(["cn", "cn0"]))),
            (lab("专利权人"), owner),
            (lab("授权公告日"), P.fmt(granted, ctx.choice(["cn", "cn0"]))),
        ]
        yy = 76
        for a, b in pairs:
            pg.text(26, yy, a + colon, 12, ctx.body)
            yy = (
                pg.wrap(
                    26 + (52 if kind == "design" and a == title_lab else 34), yy, 120, b, 12, ctx.body, 1.6
                )
                + 3
            )
        pg.wrap(
            26,
            yy + 6,
            158,
            "本"
            + kind_cn[:-4]
            + "经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。",
            11,
            ctx.body,
            1.8,
            indent=8,
        )
        pg.text(30, 250, "局长", 12, ctx.body)
        pg.text(46, 248, P.name(ctx.rng), 16, ctx.hand)
        pg.seal(150, 250, 20, issuer, ctx.seed())
        pg.text(150, 268, issuer, 12, ctx.body, "c")
        kit.footer(pg, ctx, "第 1 页（共 1 页）")
        pages.append(pg)
    elif lay == "phone":
        pg = Page(100, 210, bg=(245, 245, 245))
        yy = kit.phone_bar(pg, ctx, "专利详情")
        yy = pg.wrap(6, yy + 2, 88, title, 13, ctx.bold)
        pairs = [
            ("申请号", printed_no.replace("ZL", "").strip()),
            ("专利号", number),
            ("申请日", P.fmt(applied, "iso")),
            ("授权公告日", P.fmt(granted, "iso")),
            ("专利类型", {"invention": "发明授权", "utility_model": "实用新型", "design": "外观设计"}[kind]),
            (inv_lab, "、".join(inventors)),
            ("专利权人", owner),
            ("发证单位", issuer),
        ]
        yy += 4
        for a, b in pairs:
            pg.text(6, yy, a, 9, ctx.body, "l", kit.GREY)
            yy = pg.wrap(30, yy, 64, b, 9.5, ctx.body) + 2
        pg.text(50, 200, "数据来源：国家知识产权局公布公告", 7.5, ctx.body, "c", kit.GREY)
        pages.append(pg)
    else:  # listing
        pg = Page(297, 210)
        kit.browser_bar(pg, ctx, "http://epub.cnipa.gov.cn/patent/" + num12, "中国专利公布公告")
        kit.centre(pg, ctx, 20, "国家知识产权局 · 中国专利公布公告查询", 15, True)
        pg.text(20, 34, f"检索式{colon}申请号={num12}", 10, ctx.body)
        rows = [
            ["专利号", "名称", inv_lab, "申请日", "授权公告日", "类型"],
            [number, title, "；".join(inventors), P.fmt(applied, "dot"), P.fmt(granted, "dot"), kind_cn[:-4]],
        ]
        pg.table(14, 42, [44, 76, 60, 30, 30, 28], rows, 9.5, ctx.body, 16)
        pg.text(20, 84, f"专利权人{colon}{owner}", 10, ctx.body)
        pages.append(pg)
    people = [person(n_, i + 1, "inventor") for i, n_ in enumerate(inventors)]
    fields = {
        "title": title,
        "people": people,
        "issuer": issuer,
        "issued_on": P.iso(granted),
        "patent": {
            "kind": kind,
            "number": number,
            "applied_on": P.iso(applied),
            "granted_on": P.iso(granted),
        },
    }
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
    return Doc("patent_certificate", f"pc51-{lay}", pages, fields, scored, claim(c, ctx.choice(inventors)))


# ---------------------------------------------------------------------------------------------
def award_certificate(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("award_certificate")
    c = P.city(ctx)
    prof = P.profession(ctx)
    colon = ctx.pick("t51.colon")
    project = (
        ctx.choice(TOPICS[prof]).replace("分析", "研究与应用")
        if ctx.rng.random() < 0.5
        else ctx.choice(TOPICS[prof])
    )
    team = P.names(ctx.rng, ctx.rng.randint(3, 7))
    r = ctx.rng.randrange(min(len(team), 5))
    holder = team[r]
    grade = ctx.choice(["一等奖", "二等奖", "三等奖"])
    yr = c["year"] - ctx.choice([0, 0, 1])
    if lay == "competition":
        kind = "competition"
        contest = ctx.choice(["职业技能大赛", "青年岗位能手技能竞赛", "教师教学能力比赛"])
        issuer = ctx.choice([f"{c['city']}人民政府", f"{c['prov']}人力资源和社会保障厅"])
        level = "municipal" if "市" in issuer[:4] else "provincial"
        name_ = f"{yr}年{issuer[:3]}{contest}"
        project = f"{P.PROFESSIONS[prof]['courses'][0]}赛项"
    elif lay == "honor":
        kind = "social_science"
        issuer = ctx.choice([f"{c['city']}人民政府", f"{c['prov']}人民政府"])
        level = "municipal" if issuer.startswith(c["city"]) else "provincial"
        name_ = f"{issuer[:3]}第{ctx.rng.randint(5, 16)}届社会科学优秀成果奖"
    else:
        kind = "science_technology"
        issuer = ctx.choice(
            [
                f"{c['city']}人民政府",
                f"{c['prov']}人民政府",
                f"{c['city']}{ctx.choice(['水利局', '林业局', '卫生健康委员会'])}",
            ]
        )
        if issuer.startswith(c["prov"]):
            level = "provincial"
            name_ = f"{c['prov']}科学技术进步奖"
        elif issuer.endswith("人民政府"):
            level = "municipal"
            name_ = f"{c['city']}科学技术进步奖"
        else:
            level = "bureau"
            name_ = f"{issuer}科技进步奖"
    issued = P.day_in(ctx, c["year"], 1, 12)
    up = ctx.rng.random() < 0.6
    issued_s = P.upper_date(issued) if up else date_s(ctx, issued)
    rank_s = f"第{kit.P_cn(r + 1)}完成人" if ctx.rng.random() < 0.5 else f"排名第{r + 1}"
    pages: list[Page] = []
    stated_rank = True
    if lay in ("red", "honor", "competition"):
        pg = Page()
        frame(pg, ctx, 3)
        kit.centre(pg, ctx, 40, "荣 誉 证 书" if lay != "red" else "获 奖 证 书", 30, True, color=kit.RED)
        if lay == "competition":
            body = f"{holder}同志：在{name_}中，参赛项目“{project}”荣获{grade}。特发此证，以资鼓励。"
            stated_rank = False
        else:
            body = f"{holder}同志：你参与完成的“{project}”项目荣获{yr}年度{name_}{grade}（{rank_s}）。特发此证，以资鼓励。"
        yy = pg.wrap(30, 90, 150, body, 15, ctx.body, 2.1, indent=11)
        pg.text(
            30,
            yy + 8,
            f"证书编号{colon}{c['short']}{yr}-{P.serial(ctx, 3)}-{ctx.rng.randint(1, 9)}",
            10,
            ctx.body,
        )
        sign_block(pg, ctx, issuer, issued_s, yy + 40, seed=ctx.seed(), size=14)
        pages.append(pg)
        people = [person(holder, r + 1 if stated_rank else 1, "awardee")]
    elif lay in ("landscape", "booklet"):
        pg = Page(297, 210)
        if lay == "landscape":
            frame(pg, ctx, 2)
        else:
            pg.bg = (250, 244, 232)
            pg.rect(16, 14, 281, 196, 0.4, (190, 150, 90))
        kit.centre(pg, ctx, 24, name_, 20, True, color=kit.RED)
        kit.centre(pg, ctx, 38, "证　书", 24, True)
        pairs = [
            ("获奖项目", project),
            ("奖励等级", grade),
            ("获 奖 者", holder),
            ("完成人排名", rank_s),
            ("主要完成人", "、".join(team)),
        ]
        label_lines(pg, ctx, 40, 66, pairs, 13, colon, 2.6, label_w=34)
        pg.wrap(
            40,
            142,
            200,
            f"为表彰在科学技术进步工作中作出突出贡献者，特颁发此证书。证书号{colon}{yr}-J-{P.serial(ctx, 4)}",
            11,
            ctx.body,
        )
        sign_block(pg, ctx, issuer, issued_s, 160, x_right=270, seed=ctx.seed())
        pages.append(pg)
        people = [person(n_, i + 1, "awardee") for i, n_ in enumerate(team)]
    else:  # notice: a published award list
        pg = Page()
        y = pg.wrap(30, 28, 150, f"{issuer}关于{yr}年度{name_}奖励的决定", 16, ctx.bold, 1.5)
        y = pg.wrap(
            22,
            y + 6,
            166,
            f"经评审委员会评审，决定授予以下项目{yr}年度{name_}。附件：获奖项目名单（节选）",
            11.5,
            ctx.body,
            1.9,
            indent=8,
        )
        others = P.names(ctx.rng, 3)
        for i, (pj, gr, tm) in enumerate(
            [
                (project, grade, team),
                (ctx.choice(TOPICS[ctx.choice(list(TOPICS))]), ctx.choice(["二等奖", "三等奖"]), others),
            ]
        ):
            y = pg.wrap(22, y + 4, 166, f"{i + 1}．{pj}（{gr}）", 11.5, ctx.bold, 1.7)
            y = pg.wrap(30, y, 158, "主要完成人" + colon + "、".join(tm), 11, ctx.body, 1.7)
        sign_block(pg, ctx, issuer, issued_s, y + 16, seed=ctx.seed())
        pages.append(pg)
        people = [person(n_, i + 1, "awardee") for i, n_ in enumerate(team)]
        holder = None
    fields = {
        "holder": holder,
        "title": project,
        "people": people,
        "issuer": issuer,
        "issued_on": P.iso(issued),
        "award": {"name": name_, "kind": kind, "level": level, "grade": grade},
    }
    scored = [
        "holder",
        "title",
        "people",
        "issuer",
        "issued_on",
        "award.name",
        "award.kind",
        "award.level",
        "award.grade",
    ]
    who = holder or team[r]
    return Doc("award_certificate", f"aw51-{lay}", pages, fields, scored, claim(c, who))


# ---------------------------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("project_completion")
    c = P.city(ctx)
    prof = P.profession(ctx)
    colon = ctx.pick("t51.colon")
    title = ctx.choice(TOPICS[prof])
    if ctx.rng.random() < 0.5:
        title = title.replace("研究", "") + "研究"
    team = P.names(ctx.rng, ctx.rng.randint(2, 6))
    leader, members = team[0], team[1:]
    issuer = ctx.choice(
        [
            f"{c['city']}科学技术局",
            f"{c['prov']}教育科学规划领导小组办公室",
            f"{c['city']}社会科学界联合会",
            f"{c['prov']}卫生健康委员会",
            f"{c['city']}水利局",
        ]
    )
    code = f"{c['year'] - 2}{ctx.choice(['KJ', 'JY', 'SK', 'WJ'])}{P.serial(ctx, 3)}"
    issued = P.day_in(ctx, c["year"], 1, 12)
    issued_s = (
        P.upper_date(issued) if lay == "certificate" and ctx.rng.random() < 0.5 else date_s(ctx, issued)
    )
    level = ctx.choice(["优秀", "良好", "合格"])
    pages: list[Page] = []
    lead_lab = ctx.choice(["主持人", "负责人", "课题负责人"])
    if lay in ("certificate", "landscape"):
        pg = Page() if lay == "certificate" else Page(297, 210)
        frame(pg, ctx, 3 if lay == "certificate" else 1)
        kit.centre(pg, ctx, 34, "结 题 证 书", 28, True, color=kit.RED)
        x = 30 if lay == "certificate" else 50
        pairs = [
            ("项目名称", title),
            ("项目编号", code),
            (lead_lab, leader),
            ("课题组成员", "、".join(members)),
            ("鉴定等级", level),
        ]
        yy = 66
        for a, b in pairs:
            pg.text(x, yy, a + colon, 12.5, ctx.body)
            yy = pg.wrap(x + 34, yy, pg.w - x - 64, b, 12.5, ctx.body, 1.6) + 4
        pg.wrap(
            x,
            yy + 4,
            pg.w - 2 * x,
            "经审核，该项目已完成研究任务，准予结题。特发此证。",
            12.5,
            ctx.body,
            indent=9,
        )
        sign_block(pg, ctx, issuer, issued_s, yy + 30, seed=ctx.seed())
        pages.append(pg)
    elif lay in ("proof", "letter"):
        pg = Page()
        kit.centre(pg, ctx, 30, "结 题 证 明" if lay == "proof" else "关于同意项目结题的函", 22, True)
        body = (
            f"由{P.unit(ctx, c, prof)}{leader}同志主持的“{title}”（编号{colon}{code}）项目，主要参加人员有"
            f"{'、'.join(members)}。该项目已按计划完成全部研究任务，经专家组验收，同意结题，鉴定等级为{level}。"
        )
        yy = pg.wrap(
            26, 56, 158, ("各有关单位：" if lay == "letter" else "") + body, 13, ctx.body, 2.0, indent=9
        )
        pg.text(26, yy + 4, "特此证明。", 13, ctx.body)
        sign_block(pg, ctx, issuer, issued_s, yy + 30, seed=ctx.seed())
        pages.append(pg)
    elif lay == "table":
        pg = Page()
        kit.centre(pg, ctx, 26, f"{issuer}", 14)
        kit.centre(pg, ctx, 36, "科研项目结题验收意见表", 18, True)
        rows = [["项目名称", title], ["项目编号", code], [lead_lab, leader]]
        yy = pg.table(22, 50, [36, 130], rows, 10.5, ctx.body, 12)
        rows2 = [["排名", "姓名", "工作单位", "分工"]] + [
            [str(i + 1), nm, P.unit(ctx, c, prof), "主持" if i == 0 else "参与"] for i, nm in enumerate(team)
        ]
        yy = pg.table(22, yy + 6, [16, 30, 90, 30], rows2, 10, ctx.body, 10)
        pg.wrap(
            22,
            yy + 6,
            166,
            f"验收意见{colon}该项目完成了合同规定的研究内容，同意通过结题验收，等级{level}。",
            11,
            ctx.body,
        )
        sign_block(pg, ctx, issuer, issued_s, yy + 26, seed=ctx.seed())
        pages.append(pg)
    else:  # webquery
        pg = Page(297, 210)
        kit.browser_bar(
            pg,
            ctx,
            f"http://kjj.{ctx.choice(['dezhou', 'yiyang'])}.gov.cn/xmcx?code={code}",
            "项目结题信息查询",
        )
        kit.centre(pg, ctx, 20, f"{issuer}　项目结题信息查询", 15, True)
        rows = [
            ["项目编号", "项目名称", lead_lab, "成员", "结题日期", "等级"],
            [code, title, leader, "、".join(members), P.fmt(issued, "iso"), level],
        ]
        pg.table(14, 36, [30, 80, 26, 76, 30, 22], rows, 9.5, ctx.body, 18)
        pg.text(20, 66, f"发布单位{colon}{issuer}", 10, ctx.body)
        pages.append(pg)
    people = [person(leader, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    fields = {
        "holder": leader,
        "title": title,
        "people": people,
        "issuer": issuer,
        "issued_on": P.iso(issued),
    }
    return Doc(
        "project_completion",
        f"pj51-{lay}",
        pages,
        fields,
        ["holder", "title", "people", "issuer", "issued_on"],
        claim(c, ctx.choice(team)),
    )
