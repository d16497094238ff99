"""Draw 17 builders: journal pages, books, patents, awards and project completion documents."""

from __future__ import annotations

import datetime as dt

from bench.blind import common
from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind17 import pools as P
from bench.blind17.pools import Ctx
from bench.generator.truth import person

SUBJECTS = [
    ("黄河下游", "滩区土壤盐分时空变异特征研究"),
    ("基于深度学习的", "冬小麦长势遥感监测方法"),
    ("县级医院", "多重耐药菌感染危险因素分析"),
    ("装配式混凝土", "叠合板接缝受力性能试验研究"),
    ("洞庭湖区", "水稻镉积累品种差异及调控"),
    ("初中数学", "项目式学习的实践路径探讨"),
    ("新型", "玉米秸秆还田机关键部件设计"),
    ("老年", "2型糖尿病患者自我管理现状调查"),
    ("伏牛山区", "野生猕猴桃种质资源遗传多样性分析"),
    ("城市轨道交通", "盾构隧道沉降预测模型"),
]


def _claim_of(names: list[str], rng, year: int) -> dict:
    return {"person": rng.choice(names), "year": year}


# ---- journals ---------------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    rng = ctx.rng
    js = common.journals()
    j = js[rng.randrange(len(js))]
    year = rng.randint(2016, 2024)
    issue = rng.randint(1, 12)
    vol = year - rng.randint(1950, 2005) if rng.random() < 0.7 else None
    vol = vol if vol and vol > 0 else None
    a, b = rng.choice(SUBJECTS)
    title = a + b
    names = P.people(rng, rng.randint(1, 5))
    levels = list(j.base_levels)
    sup = None
    if v in ("cover", "bilingual", "contents") or rng.random() < 0.3:
        sup, lv = common.supervisor(rng, j)
        levels.append(lv)
    prov, city = P.where(rng)
    affs = [P.college(rng, prov), P.workplace(rng, city)]
    issue_s = f"{year}年第{issue}期" if vol is None else f"{year}年 第{vol}卷 第{issue}期"
    pg = Page()
    scored = [
        "title",
        "people",
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    if v in ("opening", "bilingual", "twocol", "portal"):
        if v == "portal":
            pg.rect(0, 0, pg.w, 14, 0, fill=(235, 240, 248))
            pg.text(10, 4, "中国知网  文献详情", 11, ctx.bold, color=(20, 60, 140))
            pg.text(pg.w / 2, 24, title, 17, ctx.bold, "c")
            pg.text(pg.w / 2, 36, "  ".join(names), 12, ctx.body, "c")
            pg.text(pg.w / 2, 44, "；".join(affs), 10, ctx.body, "c")
            pg.wrap(
                15,
                56,
                180,
                "摘要：" + f"以{a}为对象，对{b[2:]}进行了系统分析，结果表明所提方法具有较好的适用性。",
                10.5,
                ctx.body,
            )
            y = label_lines(
                pg,
                ctx,
                15,
                76,
                [
                    ("来源期刊", f"《{j.name}》"),
                    ("年卷期", f"{year}年" + (f"第{vol}卷" if vol else "") + f"第{issue}期"),
                    ("ISSN", j.issn),
                    ("CN", j.cn),
                ]
                + ([("主管单位", sup)] if sup else []),
                11,
                "：",
            )
        else:
            pg.text(15, 12, f"{j.name}" + ("  " + issue_s if v != "bilingual" else ""), 10, ctx.body)
            pg.text(195, 12, f"ISSN {j.issn}  CN {j.cn}", 9, ctx.body, "r")
            if v == "bilingual":
                pg.text(
                    15,
                    18,
                    f"{year}年{issue}月  第{issue}期"
                    + (f"  Vol.{vol} No.{issue}" if vol else f"  No.{issue}"),
                    9,
                    ctx.body,
                )
            pg.line(15, 23, 195, 23, 0.4)
            pg.wrap(20, 32, 170, title, 18, ctx.bold, 1.4)
            pg.runs(
                pg.w / 2,
                50,
                sum(([(n, False), (str(1 + (i % 2)), True), ("  ", False)] for i, n in enumerate(names)), []),
                12,
                ctx.body,
            )
            pg.text(pg.w / 2, 58, f"（1. {affs[0]}；2. {affs[1]}）", 9.5, ctx.body, "c")
            y = pg.wrap(
                20,
                70,
                170,
                f"摘要：{a}{b[2:]}是当前关注的问题。本文采用调查与试验相结合的方法开展研究。",
                10,
                ctx.body,
            )
            y = pg.wrap(20, y, 170, "关键词：" + "；".join([a, b[:4], "影响因素"]), 10, ctx.body)
            if v == "twocol":
                for col in (20, 110):
                    yy = y + 6
                    for _ in range(14):
                        pg.line(col, yy + 2, col + 80, yy + 2, 0.15, (160, 160, 160))
                        yy += 6
            pg.line(20, 262, 80, 262, 0.3)
            pg.text(
                20,
                265,
                f"收稿日期：{P.day(dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28)), 'dash')}",
                8.5,
                ctx.body,
            )
            pg.text(
                20,
                270,
                f"作者简介：{names[0]}，{rng.choice(['男', '女'])}，{rng.choice(['硕士', '博士', '副教授', '主治医师'])}",
                8.5,
                ctx.body,
            )
            if sup:
                pg.text(20, 275, f"主管：{sup}", 8.5, ctx.body)
    elif v == "contents":
        scored = [s for s in scored if s not in ("title", "people")]
        pg.text(pg.w / 2, 14, j.name, 20, ctx.bold, "c")
        pg.text(pg.w / 2, 26, f"{issue_s}  （{year}年{issue}月出版）", 11, ctx.body, "c")
        heading(pg, ctx, "目  次", 34, 15)
        y = 50.0
        others = rng.sample([s for s in SUBJECTS if s != (a, b)], 5)
        pos = rng.randint(0, 4)
        items = [(x + y2, P.people(rng, rng.randint(1, 3))) for x, y2 in others]
        items.insert(pos, (title, names))
        pno = rng.randint(1, 30)
        for t, ns in items:
            pg.text(20, y, t, 11.5, ctx.body)
            pg.text(190, y, str(pno), 11, ctx.body, "r")
            pg.text(28, y + 6, "……" + "，".join(ns), 10, ctx.body)
            pno += rng.randint(4, 9)
            y += 15
        pg.text(20, 270, f"主管：{sup}    ISSN {j.issn}    CN {j.cn}", 9.5, ctx.body)
    else:  # cover
        scored = [s for s in scored if s not in ("title", "people")]
        pg.rect(0, 0, pg.w, 80, 0, fill=(25, 70, 120))
        pg.text(pg.w / 2, 24, j.name, 36, ctx.bold, "c", (255, 255, 255))
        pg.text(pg.w / 2, 58, issue_s + f"  {year}", 14, ctx.body, "c", (255, 255, 255))
        pg.text(20, 245, f"主管：{sup}", 11, ctx.body)
        pg.text(20, 253, f"ISSN {j.issn}", 11, ctx.body)
        pg.text(20, 261, f"CN {j.cn}", 11, ctx.body)
        pg.text(190, 261, "中国科学引文数据库（CSCD）来源期刊", 10, ctx.body, "r")
        pg.text(20, 100, "本期要目", 14, ctx.bold, color=(25, 70, 120))
        pg.wrap(20, 110, 170, f"{title}　　{'，'.join(names)}", 11, ctx.body)
        for x, y2 in rng.sample([s for s in SUBJECTS if s != (a, b)], 3):
            pg.text(20, pg.ops[-1][2] + 8, x + y2, 11, ctx.body)
    if vol:
        scored.append("journal.volume")
    journal = {
        "name": j.name,
        "issn": j.issn,
        "cn": j.cn,
        "year": year,
        "volume": str(vol) if vol else None,
        "issue": str(issue),
        "levels": levels,
    }
    ppl = [person(n, i + 1, "author") for i, n in enumerate(names)]
    fields = {"people": ppl, "title": title, "journal": journal}
    return Doc(
        "journal_article", f"journal17-{v}", [pg], fields, scored, {"person": rng.choice(names), "year": year}
    )


# ---- books ----------------------------------------------------------------------------------
PUBLISHERS = [
    "山东科学技术出版社",
    "河南科学技术出版社",
    "湖南科学技术出版社",
    "中国农业出版社",
    "人民卫生出版社",
    "山东教育出版社",
    "湖南师范大学出版社",
    "中国建筑工业出版社",
    "郑州大学出版社",
    "中原农民出版社",
]
PREFIX = {
    "山东科学技术出版社": "978-7-5331",
    "河南科学技术出版社": "978-7-5349",
    "湖南科学技术出版社": "978-7-5357",
    "中国农业出版社": "978-7-109",
    "人民卫生出版社": "978-7-117",
    "山东教育出版社": "978-7-5701",
    "湖南师范大学出版社": "978-7-5648",
    "中国建筑工业出版社": "978-7-112",
    "郑州大学出版社": "978-7-5645",
    "中原农民出版社": "978-7-5542",
}
BOOK_TITLES = [
    "基层全科医生临床诊疗手册",
    "设施蔬菜高效栽培技术",
    "中小学班主任工作案例精选",
    "建筑工程质量通病防治",
    "农村小型水利工程管理实务",
    "社区护理实践指导",
    "畜禽疫病防控技术问答",
    "小学语文整本书阅读教学",
    "道路桥梁养护技术",
    "中药材规范化种植技术",
]
FOREIGN = [("美", "约翰·卡特"), ("英", "戴维·米勒"), ("日", "山本健一"), ("德", "汉斯·韦伯")]


def _isbn(rng, pub: str) -> str:
    pre = PREFIX[pub]
    body = "".join(str(rng.randint(0, 9)) for _ in range(12 - len(pre.replace("-", ""))))
    d12 = pre.replace("-", "") + body
    return f"{pre}-{body}-{P.isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    rng = ctx.rng
    pub = rng.choice(PUBLISHERS)
    title = rng.choice(BOOK_TITLES)
    y, m = rng.randint(2015, 2024), rng.randint(1, 12)
    ed_n = rng.choice((1, 1, 1, 2))
    edition = f"{y}年{m}月第{ed_n}版"
    isbn = _isbn(rng, pub)
    pages: list[Page] = []
    if v == "translated":
        c, fa = rng.choice(FOREIGN)
        tr = P.people(rng, rng.randint(1, 2))
        ppl = [person(fa, 1, "author")] + [person(n, i + 2, "translator") for i, n in enumerate(tr)]
        credit = f"[{c}]{fa} 著；{'，'.join(tr)} 译"
    elif v == "plain":
        au = P.people(rng, rng.randint(1, 2))
        ppl = [person(n, i + 1, "author") for i, n in enumerate(au)]
        credit = "，".join(au) + " 著"
    else:
        cn = P.people(rng, rng.randint(1, 2) + rng.randint(1, 3) + (rng.randint(3, 6) if v == "board" else 0))
        e = rng.randint(1, 2)
        d = rng.randint(1, 3) if v != "cover" else 0
        chief, dep, board = cn[:e], cn[e : e + d], cn[e + d :] if v == "board" else []
        ppl = (
            [person(n, i + 1, "editor_in_chief") for i, n in enumerate(chief)]
            + [person(n, e + i + 1, "deputy_editor") for i, n in enumerate(dep)]
            + [person(n, e + d + i + 1, "editorial_board") for i, n in enumerate(board)]
        )
        credit = "，".join(chief) + " 主编"
    names = [p["name"] for p in ppl]
    if v == "cover":
        pg = Page(w=185, h=260, bg=(238, 228, 205))
        pg.rect(0, 40, 185, 120, 0, fill=(120, 40, 40))
        pg.text(92, 62, title, 24, ctx.bold, "c", (255, 255, 255))
        pg.text(92, 140, credit, 14, ctx.body, "c")
        pg.text(92, 240, pub, 14, ctx.bold, "c")
        pages = [pg]
        fields = {
            "people": ppl,
            "title": title,
            "issuer": pub,
            "book": {"isbn": None, "publisher": pub, "edition": None},
        }
        return Doc(
            "book",
            "book17-cover",
            pages,
            fields,
            ["title", "people", "issuer", "book.publisher"],
            {"person": rng.choice(names), "year": y},
        )
    if v in ("titlecip", "board"):
        tp = Page()
        if v == "titlecip":
            tp.text(105, 80, title, 24, ctx.bold, "c")
            tp.text(105, 120, credit, 14, ctx.body, "c")
            if dep:
                tp.text(105, 132, "，".join(dep) + " 副主编", 13, ctx.body, "c")
            tp.text(105, 250, pub, 14, ctx.body, "c")
        else:
            heading(tp, ctx, "编 委 会", 30, 20)
            yy = label_lines(
                tp,
                ctx,
                40,
                60,
                [("主　编", "  ".join(chief)), ("副主编", "  ".join(dep) or "—")],
                13,
                "　",
                label_w=24,
            )
            tp.text(40, yy, "编　委（按姓氏笔画排序）", 13, ctx.body)
            tp.wrap(40, yy + 9, 130, "  ".join(board), 13, ctx.body, 1.9)
        pages.append(tp)
    pg = Page()
    cip = v in ("cip", "titlecip", "board", "translated")
    y0 = 120.0
    if cip:
        pg.text(25, y0, "图书在版编目（CIP）数据", 12, ctx.bold)
        yy = pg.wrap(
            25,
            y0 + 9,
            160,
            f"{title} / {credit}"
            + ("；" + "，".join(dep) + "副主编" if v in ("cip",) and dep else "")
            + f". —{pub[:2]}：{pub}，{y}.{m}",
            10.5,
            ctx.body,
            1.6,
            8,
        )
        yy = pg.wrap(25, yy, 160, f"ISBN {isbn}", 10.5, ctx.body, 1.6, 8)
        pg.text(
            25, yy + 2, f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(100000, 299999)}号", 10.5, ctx.body
        )
        y0 = yy + 14
    pg.line(25, y0, 185, y0, 0.3)
    rows = [
        ("书　　名", title),
        ("作　　者" if v == "plain" else "责任者", credit),
        ("出版发行", pub),
        ("开　　本", "787 mm×1092 mm 1/16"),
        ("印　　张", f"{rng.randint(10, 30)}.{rng.choice((0, 5))}"),
        ("版　　次", edition),
        ("印　　次", f"{y}年{m}月第1次印刷"),
        ("书　　号", f"ISBN {isbn}"),
        ("定　　价", f"{rng.randint(28, 98)}.00元"),
    ]
    if v != "plain":
        rows = rows[2:]
    label_lines(pg, ctx, 30, y0 + 6, rows, 10.5, "：", gap=1.9)
    pages.append(pg)
    fields = {
        "people": ppl,
        "title": title,
        "issuer": pub,
        "issued_on": f"{y}-{m:02d}",
        "book": {"isbn": isbn, "publisher": pub, "edition": edition},
    }
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    return Doc("book", f"book17-{v}", pages, fields, scored, {"person": rng.choice(names), "year": y})


# ---- patents --------------------------------------------------------------------------------
INVENTIONS = [
    "一种可调节式输液架",
    "一种大棚卷帘机防倒转装置",
    "一种混凝土试块养护箱",
    "一种中药饮片快速干燥设备",
    "一种教学用多功能几何演示仪",
    "一种渠道淤泥清理装置",
    "一种小麦播种镇压一体机",
    "一种护理用翻身辅助垫",
    "一种桥梁伸缩缝检测装置",
    "一种畜禽饮水自动加药器",
]
DESIGNS = ["教学展示板", "智能药盒", "果蔬采摘篮", "输液报警器", "园林修剪器"]
KIND_CN = {
    "invention": ("发明专利证书", "发明名称", "发明人", 1),
    "utility_model": ("实用新型专利证书", "实用新型名称", "发明人", 2),
    "design": ("外观设计专利证书", "外观设计名称", "设计人", 3),
}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    rng, st = ctx.rng, P.style(ctx)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model", "design"])
    )
    head, name_l, inv_l, code = KIND_CN[kind]
    title = rng.choice(DESIGNS) if kind == "design" else rng.choice(INVENTIONS)
    applied = P.a_date(rng, 2015, 2022)
    granted = applied + dt.timedelta(
        days=rng.randint(150, 300) if kind != "invention" else rng.randint(500, 1100)
    )
    d12 = f"{applied.year}{code}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{P.zl_check(d12)}"
    shown = f"ZL {d12[:4]} {d12[4]} {d12[5:9]} {d12[9:]}.{number[-1]}" if rng.random() < 0.4 else number
    inv = P.people(rng, rng.randint(1, 5))
    owner = P.workplace(rng) if rng.random() < 0.7 else inv[0]
    cert_no = f"第{rng.randint(1000000, 9999999)}号"
    pg = Page()
    if v == "register":
        heading(pg, ctx, "专利登记簿副本", 24, 20)
        rows = [
            ["专利号", shown],
            ["申请日", P.day(applied, st)],
            ["授权公告日", P.day(granted, st)],
            ["专利类型", head[:-2]],
            [name_l, title],
            [inv_l, "；".join(inv)],
            ["专利权人", owner],
            ["法律状态", "专利权维持"],
        ]
        y = pg.table(20, 44, [40, 130], rows, 11, ctx.body, 12)
        pg.text(20, y + 8, "以上记载事项与专利登记簿一致。", 11, ctx.body)
        sign_block(
            pg,
            ctx,
            "国家知识产权局",
            P.day(granted + dt.timedelta(days=rng.randint(30, 400)), st),
            y + 22,
            seed=k,
        )
    else:
        if v == "ecert":
            pg.rect(150, 14, 190, 54, 0.3)
            for i in range(6):
                for jj in range(6):
                    if rng.random() < 0.5:
                        pg.rect(152 + i * 6, 16 + jj * 6, 157 + i * 6, 21 + jj * 6, 0, fill=(20, 20, 20))
            pg.text(170, 56, "扫码核验", 8, ctx.body, "c")
        else:
            frame(pg, ctx, 2)
        pg.text(pg.w / 2, 30, head, 26, ctx.bold, "c")
        pg.text(30, 50, f"证书号{cert_no}", 11, ctx.body)
        pairs = [
            (name_l, title),
            (inv_l, "；".join(inv)),
            ("专利号", shown),
            ("专利申请日", P.day(applied, st)),
            ("专利权人", owner),
            ("授权公告日", P.day(granted, st)),
        ]
        y = label_lines(pg, ctx, 30, 64, pairs, 12, "：", 2.3)
        y = pg.wrap(
            30,
            y + 6,
            150,
            f"本{head[:-4] if kind != 'design' else '外观设计'}经过本局依照中华人民共和国专利法进行"
            f"{'审查' if kind == 'invention' else '初步审查'}，决定授予专利权，颁发本证书并在专利登记簿上予以登记。"
            "专利权自授权公告之日起生效。",
            11,
            ctx.body,
            1.8,
            8,
        )
        pg.text(30, y + 6, f"专利权期限为{20 if kind == 'invention' else 10}年，自申请日起算。", 11, ctx.body)
        pg.text(130, y + 24, "局长", 12, ctx.body)
        pg.text(145, y + 24, P.people(rng, 1)[0], 14, ctx.hand)
        pg.text(130, y + 34, "国家知识产权局", 12, ctx.body)
        pg.seal(150, y + 28, 16, "国家知识产权局", k)
    fields = {
        "people": [person(n, i + 1, "inventor") for i, n in enumerate(inv)],
        "title": title,
        "issuer": "国家知识产权局",
        "issued_on": granted.isoformat(),
        "patent": {
            "kind": kind,
            "number": number,
            "applied_on": applied.isoformat(),
            "granted_on": granted.isoformat(),
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
    return Doc(
        "patent_certificate",
        f"patent17-{v}",
        [pg],
        fields,
        scored,
        {"person": rng.choice(inv), "year": granted.year},
    )


# ---- awards ---------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]
PROJECTS = [
    "优质专用小麦绿色高效生产技术集成与推广",
    "基层医院急性胸痛救治体系构建与应用",
    "农村中小学劳动教育课程体系建设实践",
    "黄河滩区盐碱地改良关键技术研究",
    "高速公路沥青路面预防性养护技术研究",
    "县域慢病管理信息平台的开发与应用",
    "地方红色文化融入思政课教学研究",
    "设施葡萄优质高效栽培技术示范",
]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    rng, st = ctx.rng, P.style(ctx)
    prov, city = P.where(rng)
    d = P.a_date(rng, 2017, 2024)
    grade = rng.choice(GRADES)
    title = rng.choice(PROJECTS)
    team = P.people(rng, rng.randint(3, 7))
    yr = f"{d.year - 1}年度" if rng.random() < 0.6 else ""
    if v == "citygov":
        issuer, name_, kind, level = (
            f"{city}市人民政府",
            f"{city}市科学技术进步奖",
            "science_technology",
            "municipal",
        )
    elif v == "dept":
        issuer = rng.choice([f"{prov}省教育厅", f"{city}市教育局"])
        area = f"{prov}省" if issuer.endswith("教育厅") else f"{city}市"
        name_, kind, level = f"{area}基础教育教学成果奖", "social_science", "bureau"
        title = rng.choice(
            [
                "农村中小学劳动教育课程体系建设实践",
                "初中语文群文阅读教学的实践探索",
                "小学科学探究式教学模式构建与应用",
            ]
        )
    elif v == "society":
        soc = rng.choice(["医学会", "农学会", "土木建筑学会", "水利学会"])
        issuer, name_, kind, level = f"{prov}省{soc}", f"{prov}省{soc}科学技术奖", "science_technology", None
    elif v == "countycity":
        cc = rng.choice(P.COUNTY_CITIES[prov])
        issuer, name_, kind, level = f"{cc}市人民政府", f"{cc}市科学技术奖", "science_technology", "county"
    elif v == "contest":
        issuer = f"{city}市{rng.choice(['教育局', '卫生健康委员会', '人力资源和社会保障局'])}"
        name_ = f"{city}市{rng.choice(['青年教师课堂教学比赛', '护理技能竞赛', '职业技能大赛'])}"
        kind, level = "competition", "bureau"
        title = name_
        team = team[:1]
    else:
        issuer, name_, kind, level = (
            f"{prov}省人民政府",
            f"{prov}省社会科学优秀成果奖",
            "social_science",
            "provincial",
        )
        title = rng.choice(
            ["新时代乡村治理现代化路径研究", "县域基础教育均衡发展的实证研究", "黄河文化保护传承研究"]
        )
    pg = Page(w=297, h=210) if v in ("citygov", "countycity", "contest") else Page()
    personal = v in ("citygov", "countycity", "contest", "dept")
    rank = rng.randint(1, len(team))
    holder = team[rank - 1] if personal else None
    frame(pg, ctx, 3 if pg.w > 250 else 2)
    heading(pg, ctx, "荣 誉 证 书" if v in ("contest", "dept") else "获 奖 证 书", 26, 30)
    cx = 40 if pg.w > 250 else 28
    wid = pg.w - 2 * cx
    if v == "contest":
        pg.wrap(cx, 62, wid, f"{holder}老师：", 16, ctx.body)
        y = pg.wrap(cx, 76, wid, f"在{yr}{name_}中，荣获{grade}。", 16, ctx.body, 2.0, 11)
        ppl = [person(holder, 1, "awardee")]
    elif personal:
        pg.wrap(cx, 62, wid, f"{holder}同志：", 16, ctx.body)
        y = pg.wrap(
            cx,
            76,
            wid,
            f"您参加完成的“{title}”项目，荣获{yr}{name_}{grade}。特发此证，以资鼓励。",
            16,
            ctx.body,
            2.0,
            11,
        )
        y = label_lines(
            pg,
            ctx,
            cx,
            y + 4,
            [
                ("获奖者排序", f"第{rank}完成人"),
                ("证书编号", f"{d.year}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"),
            ],
            13,
            "：",
        )
        ppl = [person(holder, rank, "awardee")]
    else:
        y = label_lines(
            pg,
            ctx,
            cx,
            64,
            [("成果名称", title), ("奖励等级", grade), ("奖项", yr + name_)],
            14,
            "：",
            label_w=30,
        )
        pg.text(cx, y + 2, "主要完成人：", 14, ctx.body)
        y = pg.wrap(cx + 6, y + 12, wid - 6, "  ".join(team), 14, ctx.body, 1.9)
        ppl = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
    sign_block(pg, ctx, issuer, P.day(d, st), max(y + 14, pg.h - 60), x_right=pg.w - 40, seed=k)
    fields = {
        "holder": holder,
        "people": ppl,
        "title": title,
        "issuer": issuer,
        "issued_on": d.isoformat(),
        "award": {"name": name_, "kind": kind, "level": level, "grade": grade},
    }
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.grade"]
    scored += ["award.level"] * (level is not None)
    return Doc(
        "award_certificate",
        f"award17-{v}",
        [pg],
        fields,
        scored,
        {"person": holder or rng.choice(team), "year": d.year},
    )


# ---- project completion ---------------------------------------------------------------------
TOPICS_PRJ = [
    "核心素养导向的初中物理实验教学研究",
    "基于互联网的居家老年人延续护理模式研究",
    "砂姜黑土小麦节水栽培技术研究",
    "农村留守儿童心理健康干预研究",
    "装配式建筑质量追溯体系研究",
    "乡村振兴背景下县域职业教育发展研究",
    "基层医院抗菌药物合理使用干预研究",
    "湘中丘陵区油茶低产林改造技术研究",
]


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    rng, st = ctx.rng, P.style(ctx)
    prov, city = P.where(rng)
    title = rng.choice(TOPICS_PRJ)
    d = P.a_date(rng, 2017, 2024)
    issuer = rng.choice(
        [
            f"{prov}省教育科学规划领导小组办公室",
            f"{prov}省卫生健康委员会",
            f"{city}市科学技术局",
            f"{prov}省社会科学界联合会",
            f"{city}市教育科学研究院",
        ]
    )
    team = P.people(rng, rng.randint(2, 6))
    code = (
        f"{prov[:1]}{d.year - rng.randint(1, 3)}{rng.choice(['JY', 'WS', 'KJ', 'SK'])}{rng.randint(100, 999)}"
    )
    unit = P.workplace(rng, city)
    only_leader = v in ("letter", "sysprint")
    pg = Page()
    if v == "cert":
        frame(pg, ctx, 2)
        heading(pg, ctx, "结 题 证 书", 30, 28)
        y = label_lines(
            pg,
            ctx,
            32,
            64,
            [
                ("课题名称", title),
                ("立项编号", code),
                ("课题主持人", team[0]),
                ("课题组成员", "、".join(team[1:])),
                ("承担单位", unit),
            ],
            13,
            "：",
            2.4,
        )
        pg.wrap(
            32, y + 6, 146, "该课题经专家鉴定，达到预期研究目标，准予结题。特发此证。", 13, ctx.body, 1.9, 9
        )
        sign_block(pg, ctx, issuer, P.day(d, st), y + 40, seed=k)
    elif v == "letter":
        heading(pg, ctx, "结 题 证 明", 30, 24)
        y = pg.wrap(
            24,
            60,
            162,
            f"{unit}{team[0]}同志主持的{prov}省{'教育科学规划' if '教育' in issuer else '科研'}课题“{title}”"
            f"（立项编号：{code}），已按计划完成研究任务，经审核，同意结题。",
            14,
            ctx.body,
            2.0,
            10,
        )
        pg.text(24, y + 6, "特此证明。", 14, ctx.body)
        sign_block(pg, ctx, issuer, P.day(d, st), y + 30, seed=k)
    elif v == "review":
        heading(pg, ctx, "科研项目结题鉴定意见书", 22, 18)
        rows = [
            ["项目名称", title],
            ["项目编号", code],
            ["项目负责人", team[0]],
            ["主要参与人", "，".join(team[1:])],
            ["鉴定结论", "同意结题，鉴定等级：" + rng.choice(["优秀", "良好", "合格"])],
        ]
        y = pg.table(20, 42, [36, 134], rows, 11, ctx.body, 14)
        pg.text(24, y + 8, "鉴定专家组组长（签字）：", 11, ctx.body)
        pg.text(80, y + 7, P.people(rng, 1)[0], 14, ctx.hand, color=(30, 30, 110))
        sign_block(pg, ctx, issuer, P.day(d, st), y + 26, seed=k)
    elif v == "accept":
        heading(pg, ctx, "项目验收证书", 24, 22)
        pg.text(105, 40, f"（{issuer[:2]}验字〔{d.year}〕第{rng.randint(10, 99)}号）", 11, ctx.body, "c")
        y = label_lines(
            pg, ctx, 24, 54, [("项目名称", title), ("项目编号", code), ("承担单位", unit)], 12, "："
        )
        rows = [["序号", "姓名", "单位", "项目分工"]] + [
            [str(i + 1), n, unit, "主持" if i == 0 else "参与"] for i, n in enumerate(team)
        ]
        y = pg.table(24, y + 4, [14, 30, 86, 32], rows, 10.5, ctx.body, 10)
        sign_block(pg, ctx, issuer, P.day(d, st), y + 16, seed=k)
    else:  # sysprint
        pg.rect(0, 0, pg.w, 16, 0, fill=(40, 110, 80))
        pg.text(12, 5, f"{issuer}课题管理系统", 13, ctx.bold, color=(255, 255, 255))
        heading(pg, ctx, "课题结题信息", 28, 16)
        rows = [
            ["课题编号", code],
            ["课题名称", title],
            ["主持人", team[0]],
            ["所在单位", unit],
            ["结题状态", "已结题"],
            ["结题时间", P.day(d, st)],
        ]
        pg.table(20, 46, [40, 130], rows, 11, ctx.body, 12)
        pg.text(
            190,
            130,
            f"打印日期：{P.day(d + dt.timedelta(days=rng.randint(20, 300)), 'dash')}",
            9,
            ctx.body,
            "r",
        )
    if only_leader:
        ppl, holder = [person(team[0], 1, "project_leader")], team[0]
    else:
        ppl = [person(team[0], 1, "project_leader")] + [
            person(n, i + 2, "project_member") for i, n in enumerate(team[1:])
        ]
        holder = None
    fields = {"holder": holder, "people": ppl, "title": title, "issuer": issuer, "issued_on": d.isoformat()}
    names = [p["name"] for p in ppl]
    return Doc(
        "project_completion",
        f"project17-{v}",
        [pg],
        fields,
        ["holder", "title", "people", "issuer", "issued_on"],
        {"person": rng.choice(names), "year": d.year},
    )
