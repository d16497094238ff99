"""Draw 3 builders: journal articles, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind3.certs import _pad, _sign, _split
from bench.blind3.pools import (
    A4,
    A4L,
    CITIES,
    DATE,
    DEPTS,
    POST,
    Ctx,
    V,
    border,
    centre,
    cn_small,
    college,
    fd,
    fm,
    isbn_digit,
    journals,
    lh,
    people,
    place,
    rdate,
    roman,
    spaced2,
    sponsor,
    workplace,
    zl_check,
)

# ---- research topics -------------------------------------------------------------------------
TOPIC_A = [
    "冬小麦",
    "设施番茄",
    "黄河下游湿地",
    "城市污水",
    "高速公路沥青路面",
    "老年高血压患者",
    "中小学教师",
    "再生混凝土",
    "奶牛乳房炎",
    "花生",
    "玉米秸秆",
    "装配式钢结构",
    "茶园土壤",
    "县域医共体",
]
TOPIC_B = [
    "氮素利用效率",
    "重金属迁移特征",
    "抗裂性能",
    "护理干预效果",
    "专业发展路径",
    "力学性能",
    "微生物群落结构",
    "病原菌耐药性",
    "产量形成机制",
    "碳排放核算",
    "风险评估",
]
TOPIC_C = ["研究", "分析", "试验研究", "影响因素分析", "评价", "调查与对策", "数值模拟"]
CLC = ["S512.1", "X703", "U414", "R473.5", "G451.2", "TU528", "S858.23", "S565.2", "X24", "R197.3", "TU391"]


def _paper_title(rng) -> str:  # noqa: ANN001
    a, b, c = rng.choice(TOPIC_A), rng.choice(TOPIC_B), rng.choice(TOPIC_C)
    return rng.choice(
        [
            f"{a}{b}{c}",
            f"基于{rng.choice(['多源数据', '机器学习', '田间试验', '问卷调查'])}的{a}{b}{c}",
            f"{a}{b}的{c}",
        ]
    )


def _en_title(rng) -> str:  # noqa: ANN001
    return rng.choice(
        [
            "Study on Nitrogen Use Efficiency of Winter Wheat under Different Irrigation Regimes",
            "Analysis of Heavy Metal Migration in Wetland Soils of the Lower Yellow River",
            "Effect of Nursing Intervention on Elderly Patients with Hypertension",
            "Mechanical Properties of Recycled Aggregate Concrete",
            "Microbial Community Structure in Tea Garden Soils",
            "Evaluation of Crack Resistance of Asphalt Pavement",
        ]
    )


ABSTRACT = (
    "为明确{a}的{b}，本文以{c}为对象，采用田间观测与室内分析相结合的方法开展研究。结果表明，处理组各项指标均显著优于对照"
    "（P<0.05），其中关键指标提高了{p}%。研究结果可为相关领域的生产实践和政策制定提供科学依据。"
)

JA_LAYOUT = V(
    "t3.layout.ja",
    [
        "first-digits",
        "first-spaces",
        "first-letters",
        "first-enbyline",
        "toc",
        "cover-toc",
        "first-unicode-sup",
        "toc-2col",
    ],
)
SUP = "¹²³"
JA_SEP = V("t3.ja.sep", ["，", "、", "  ", " "])
TOC_HEAD = V("t3.ja.toc", ["目　次", "目　录", "本期目次", "CONTENTS　目次"])
TOC_SECT = [
    ["研究论文", "综述与进展", "技术与方法", "简报"],
    ["专题研究", "试验研究", "调查报告", "经验交流"],
]


def _affils(rng, prov: str, n: int) -> list[str]:  # noqa: ANN001
    out = []
    for _ in range(n):
        if rng.random() < 0.6:
            u = college(rng, prov) + rng.choice(DEPTS)
        else:
            u = workplace(rng, rng.choice(CITIES[prov]))
        city = next((c for c in CITIES[prov] if c in u), rng.choice(CITIES[prov]))
        s = f"{u}，{prov}{city} {POST.get(city, '250000')}"
        if s not in out:
            out.append(s)
    return out


def _masthead(pg: Page, ctx: Ctx, j, y: int, vol: int, iss: int, mon: int, style: int) -> None:  # noqa: ANN001
    f = ctx.body
    if style == 0:
        pg.text(18, 10, f"第{vol}卷 第{iss}期", 9, f)
        pg.text(pg.w / 2, 10, j.name, 9, f, "c")
        pg.text(pg.w - 18, 10, f"Vol.{vol} No.{iss}", 9, f, "r")
        pg.text(18, 15, f"{y}年{mon}月", 9, f)
        pg.text(pg.w - 18, 15, f"ISSN {j.issn}  CN {j.cn}", 9, f, "r")
        pg.line(18, 20, pg.w - 18, 20, 0.6)
        pg.line(18, 21, pg.w - 18, 21, 0.2)
    elif style == 1:
        pg.text(18, 11, f"{j.name}　{y}年第{iss}期", 9.5, f)
        pg.text(pg.w - 18, 11, f"第{vol}卷", 9.5, f, "r")
        pg.line(18, 17, pg.w - 18, 17, 0.4)
    else:
        pg.text(18, 10, f"{j.name}", 10, ctx.bold)
        pg.text(18, 15.5, f"{y}，{vol}（{iss}）：{ctx.rng.randint(1, 180)}-{ctx.rng.randint(181, 200)}", 9, f)
        pg.text(pg.w - 18, 10, f"ISSN {j.issn}", 9, f, "r")
        pg.text(pg.w - 18, 15.5, f"CN {j.cn}", 9, f, "r")
        pg.line(18, 20, pg.w - 18, 20, 0.5)


def journal_article(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(JA_LAYOUT)
    js = journals()
    j = js[rng.randrange(len(js))]
    prov = rng.choice(["山东", "河南", "湖南", "江苏", "湖北"])
    year = rng.randint(2017, 2025)
    vol = rng.randint(18, 48)
    iss = rng.randint(1, 12)
    mon = iss if iss <= 12 else 12
    n_auth = rng.choice([1, 2, 3, 3, 4, 5, 6])
    auth = people(rng, n_auth)
    title = _paper_title(rng)
    levels = list(j.levels)
    scored = [
        "title",
        "people",
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.volume",
        "journal.issue",
        "journal.levels",
    ]
    pages: list[Page] = []
    vol_s: str | None = str(vol)
    if fam.startswith("first"):
        pg = Page(*A4)
        pages.append(pg)
        style = {"first-digits": 0, "first-spaces": 1, "first-letters": 2, "first-enbyline": 0}.get(fam)
        if style is None:
            style = rng.randint(0, 2)
        _masthead(pg, ctx, j, year, vol, iss, mon, style)
        if style == 1:
            # the ISSN/CN are printed in the footer instead
            pg.text(pg.w / 2, 285, f"ISSN {j.issn}　CN {j.cn}", 8.5, ctx.body, "c")
        cn_no = f"文章编号：{j.issn}（{year}）{iss:02d}-{rng.randint(1, 300):04d}-{rng.randint(4, 12):02d}"
        pg.text(18, 25, cn_no, 8.5, ctx.body)
        y = 34.0
        for ln in _split(title, ctx.bold, 19, 165):
            y = centre(pg, y, ln, 19, ctx.bold)
        y += 2
        naff = min(n_auth, rng.choice([1, 2, 2, 3]))
        affs = _affils(rng, prov, naff)
        naff = len(affs)
        which = [0] + [rng.randrange(naff) for _ in auth[1:]]
        corr = rng.randrange(n_auth)
        if fam == "first-digits":
            sep = rng.choice(["，", "　", ", "])
            parts: list[tuple[str, bool]] = []
            for i, a in enumerate(auth):
                parts.append((a, False))
                sup = str(which[i] + 1) if naff > 1 else ""
                if i == corr and rng.random() < 0.5:
                    sup += "*"
                if sup:
                    parts.append((sup, True))
                if i < n_auth - 1:
                    parts.append((sep, False))
            y = pg.runs(pg.w / 2, y + 1, parts, 13, ctx.body)
            aff = "；".join(f"{i + 1}. {s}" if naff > 1 else s for i, s in enumerate(affs))
            for ln in _split(f"（{aff}）", ctx.body, 9.5, 160):
                y = centre(pg, y, ln, 9.5, ctx.body)
        elif fam == "first-spaces":
            y = centre(
                pg,
                y + 1,
                "　".join(spaced2(a) if len(a) == 2 else a for a in auth),
                13,
                ctx.body if rng.random() < 0.5 else ctx.serif,
            )
            for i, s in enumerate(affs):
                y = centre(pg, y, f"（{i + 1}.{s}）" if naff > 1 else f"（{s}）", 9.5, ctx.body)
        elif fam == "first-letters":
            uni = college(rng, prov)
            depts = rng.sample(DEPTS, naff)
            parts = []
            for i, a in enumerate(auth):
                parts.append((a, False))
                parts.append(("abc"[which[i]] + ("*" if i == corr else ""), True))
                if i < n_auth - 1:
                    parts.append(("，", False))
            y = pg.runs(pg.w / 2, y + 1, parts, 13, ctx.body)
            city = rng.choice(CITIES[prov])
            aff = (
                "；".join(f"{'abc'[i]}. {d}" for i, d in enumerate(depts))
                + f"，{uni}，{prov}{city} {POST.get(city, '')}"
            )
            for ln in _split(f"（{aff}）", ctx.body, 9.5, 160):
                y = centre(pg, y, ln, 9.5, ctx.body)
        elif fam == "first-unicode-sup":
            affs = affs[:3]
            naff = len(affs)
            which = [min(w, naff - 1) for w in which]
            sep = rng.choice(["，", "、", "　"])
            marks = [SUP[which[i]] if naff > 1 else "" for i in range(n_auth)]
            y = centre(pg, y + 1, sep.join(a + m for a, m in zip(auth, marks, strict=True)), 13, ctx.body)
            for i, a_ in enumerate(affs):
                y = centre(pg, y, (f"{SUP[i]}{a_}" if naff > 1 else a_), 9.5, ctx.body)
        else:
            sep = ctx.p(JA_SEP)
            y = centre(pg, y + 1, sep.join(auth), 13, ctx.body)
            for ln in _split("（" + "；".join(affs) + "）", ctx.body, 9.5, 160):
                y = centre(pg, y, ln, 9.5, ctx.body)
        y += 3
        abs_lab = rng.choice(["摘　要：", "摘要：", "【摘要】"])
        y = pg.wrap(
            24,
            y,
            162,
            abs_lab
            + ABSTRACT.format(
                a=rng.choice(TOPIC_A), b=rng.choice(TOPIC_B), c=rng.choice(TOPIC_A), p=rng.randint(8, 40)
            ),
            9.5,
            ctx.body,
            lead=1.6,
        )
        kw = "；".join(rng.sample(TOPIC_A + TOPIC_B, 4))
        y = pg.wrap(24, y, 162, rng.choice(["关键词：", "关键词　", "【关键词】"]) + kw, 9.5, ctx.body)
        pg.text(24, y, f"中图分类号：{rng.choice(CLC)}　　文献标识码：{rng.choice('AAAB')}", 9.5, ctx.body)
        y += 7
        if fam in ("first-digits", "first-enbyline") or (fam == "first-unicode-sup" and rng.random() < 0.5):
            for ln in _split(_en_title(rng), ctx.bold, 12, 165):
                y = centre(pg, y, ln, 12, ctx.bold)
            rs = rng.randint(0, 1)
            y = centre(pg, y, ", ".join(roman(a, rs) for a in auth), 10, ctx.body)
            y = pg.wrap(
                24,
                y + 1,
                162,
                "Abstract: To clarify the mechanisms involved, field observation and laboratory analysis were combined. The results showed significant improvement over the control (P<0.05).",
                9,
                ctx.body,
            )
            y = (
                pg.wrap(
                    24,
                    y,
                    162,
                    "Key words: "
                    + "; ".join(
                        rng.sample(
                            ["nitrogen", "wetland", "nursing", "concrete", "soil", "asphalt", "evaluation"], 3
                        )
                    ),
                    9,
                    ctx.body,
                )
                + 3
            )
        # two-column body start
        cw = 78.0
        head = rng.choice(["0　引言", "1　引言", "引言", "0 前言"])
        pg.text(24, y + 2, head, 11, ctx.bold)
        y2 = y + 9
        filler = (
            "近年来，随着相关产业的快速发展，该领域问题日益受到关注。已有研究多集中于单一因素，系统性分析仍显不足。"
            * 3
        )
        yl = pg.wrap(24, y2, cw, filler, 9.5, ctx.body, indent=6.7)
        pg.wrap(24 + cw + 6, y + 2, cw, filler, 9.5, ctx.body, indent=6.7)
        # footnotes
        fy = max(yl + 4, 240.0)
        pg.line(24, fy, 90, fy, 0.3)
        fy += 2
        recv = dt.date(year - (1 if iss <= 3 else 0), max(1, (iss - 3) % 12 + 1), rng.randint(1, 28))
        lead = auth[0]
        notes = [
            f"收稿日期：{fd(recv, 'dash_nopad') if rng.random() < 0.5 else recv.isoformat()}",
            f"基金项目：{prov}省自然科学基金项目（ZR{year - 2}{rng.choice('CDM')}{rng.randint(100, 999)}）",
            f"作者简介：{lead}（{rng.randint(1970, 1995)}—），{rng.choice(['男', '女'])}，{prov}人，{rng.choice(['副教授', '高级工程师', '副主任医师', '讲师'])}，{rng.choice(['博士', '硕士'])}，主要从事{rng.choice(TOPIC_B)}研究。",
        ]
        if n_auth > 1 or rng.random() < 0.3:
            notes.append(
                f"通信作者：{auth[corr]}，E-mail：{roman(auth[corr], 1).replace(' ', '').lower()}@{rng.choice(['163.com', 'qq.com', 'sina.com'])}"
            )
        rng.shuffle(notes[1:])
        for s in notes:
            fy = pg.wrap(24, fy, 162, s, 8, ctx.body, lead=1.5)
        pg.text(pg.w / 2, 290, str(rng.randint(1, 180)), 8.5, ctx.body, "c")
    else:
        # table of contents (optionally behind a cover)
        sup, sup_level = sponsor(rng, j)
        if fam == "cover-toc":
            cv = Page(*A4)
            pages.append(cv)
            cv.rect(0, 0, cv.w, 95, 0, fill=rng.choice([(20, 70, 130), (120, 30, 40), (30, 100, 70)]))
            cv.text(cv.w / 2, 28, j.name, 40 if len(j.name) <= 6 else 30, ctx.bold, "c", (255, 255, 255))
            cv.text(cv.w / 2, 108, f"{year}年 第{iss}期", 22, ctx.bold, "c")
            cv.text(cv.w / 2, 122, f"第{vol}卷（总第{vol * 12 - 12 + iss}期）", 13, ctx.body, "c")
            cv.text(20, 255, f"主管：{sup}", 11, ctx.body)
            cv.text(
                20,
                262,
                f"主办：{college(rng, prov) if rng.random() < 0.5 else j.name + '编辑部'}",
                11,
                ctx.body,
            )
            cv.text(cv.w - 20, 255, f"ISSN {j.issn}", 12, ctx.body, "r")
            cv.text(cv.w - 20, 263, f"CN {j.cn}", 12, ctx.body, "r")
            cv.rect(cv.w - 50, 268, cv.w - 20, 285, 0, fill=(30, 30, 30))
            levels.append(sup_level)
        pg = Page(*A4)
        pages.append(pg)
        y = centre(pg, 14, j.name, 20, ctx.bold)
        y = centre(pg, y, ctx.p(TOC_HEAD), 16, ctx.bold)
        y = centre(pg, y, f"第{vol}卷　第{iss}期　{year}年{mon}月", 10.5, ctx.body) + 3
        pg.line(18, y, pg.w - 18, y, 0.6)
        y += 4
        page_no = rng.randint(1, 40)
        entries = rng.randint(8, 13)
        target = rng.randrange(entries)
        sects = rng.choice(TOC_SECT)
        if fam == "toc-2col":
            # two columns: page number first, title, then authors under it
            cw = (pg.w - 36 - 8) / 2
            col, yc, e = 0, y, 0
            for e in range(entries + 4):
                t = title if e == target else _paper_title(rng)
                au = auth if e == target else people(rng, rng.randint(1, 4))
                x = 18 + col * (cw + 8)
                pg.text(x, yc, f"{page_no}", 10, ctx.bold)
                yc = pg.wrap(x + 9, yc, cw - 9, t, 10.5, ctx.body, lead=1.45)
                pg.text(x + 9, yc, "　".join(au) if rng.random() < 0.5 else "，".join(au), 9, ctx.body)
                yc += 8.5
                page_no += rng.randint(5, 10)
                if yc > 255:
                    if col == 1:
                        break
                    col, yc = 1, y
            entries = 0
        for e in range(entries):
            if e % 4 == 0:
                pg.text(18, y, sects[(e // 4) % len(sects)], 11.5, ctx.bold)
                y += 7
            t = title if e == target else _paper_title(rng)
            au = auth if e == target else people(rng, rng.randint(1, 5))
            sep = rng.choice(["，", "　", "、"])
            line_t = t + " "
            w = width_mm(line_t, ctx.body, 10.5)
            pg.text(22, y, line_t, 10.5, ctx.body)
            dots = "·" * int(max(2, (150 - w) / width_mm("·", ctx.body, 10.5)))
            pg.text(22 + w, y, dots, 10.5, ctx.body)
            pg.text(pg.w - 18, y, f"（{page_no}）", 10.5, ctx.body, "r")
            y += 5.6
            pg.text(28, y, sep.join(au), 9.5, ctx.body)
            y += 7.8
            page_no += rng.randint(5, 10)
            if y > 262:
                break
        if target >= e + 1 and fam != "toc-2col":
            # the claimed article did not fit: list it last
            pg.text(22, y, title, 10.5, ctx.body)
            pg.text(28, y + 5.6, "，".join(auth), 9.5, ctx.body)
            y += 13
        pg.line(18, 272, pg.w - 18, 272, 0.3)
        foot = f"ISSN {j.issn}　CN {j.cn}"
        if fam == "toc":
            foot += f"　主管：{sup}"
            levels.append(sup_level)
        elif fam == "toc-2col":
            foot = f"主办：{j.name}编辑部　" + foot
        pg.text(pg.w / 2, 275, foot, 9, ctx.body, "c")
        scored = [s for s in scored if s not in ("title", "people")]
    levels = [
        lv for lv in ("sci", "ssci", "cssci", "cscd", "pku_core", "national", "provincial") if lv in levels
    ]
    fields = dict(
        title=title,
        people=[{"name": a, "rank": i + 1, "role": "author"} for i, a in enumerate(auth)],
        issued_on=None,
        journal={
            "name": j.name,
            "issn": j.issn,
            "cn": j.cn,
            "year": year,
            "volume": vol_s,
            "issue": str(iss),
            "levels": levels,
        },
    )
    return Doc(
        "journal_article", f"ja3-{fam}", pages, fields, scored, {"person": rng.choice(auth), "year": year}
    )


# ================================================================================================
# books
# ================================================================================================
PUBLISHERS = [
    ("化学工业出版社", "北京", "122"),
    ("人民卫生出版社", "北京", "117"),
    ("中国农业出版社", "北京", "109"),
    ("科学出版社", "北京", "03"),
    ("机械工业出版社", "北京", "111"),
    ("中国建筑工业出版社", "北京", "112"),
    ("电子工业出版社", "北京", "121"),
    ("清华大学出版社", "北京", "302"),
    ("中国水利水电出版社", "北京", "5170"),
    ("郑州大学出版社", "郑州", "5645"),
    ("吉林大学出版社", "长春", "5692"),
    ("中国纺织出版社", "北京", "5180"),
]
BOOK_T = [
    "现代设施园艺栽培技术",
    "基层医院护理管理实务",
    "建筑工程质量通病防治手册",
    "小学数学课堂教学设计与案例",
    "农村饮水安全工程运行管理",
    "畜禽常见病防治图谱",
    "城市黑臭水体治理技术",
    "临床检验质量控制",
    "土壤肥料学实验指导",
    "公路桥梁养护技术",
]
FOREIGN = [
    ("美", "约翰·斯图尔特", "John Stewart"),
    ("英", "安德鲁·米勒", "Andrew Miller"),
    ("日", "山本健一", ""),
    ("德", "托马斯·韦伯", "Thomas Weber"),
]
BK_LAYOUT = V(
    "t3.layout.book", ["cip-only", "cip+board", "titlepage+colophon", "translation", "monograph", "cover"]
)
CIP_HEAD = V("t3.book.ciph", ["图书在版编目（CIP）数据", "图书在版编目(CIP)数据"])
BOARD_SORT = V("t3.book.sort", ["（按姓氏笔画排序）", "（以姓氏拼音为序）", "", "（排名不分先后）"])


def _isbn(rng, code: str) -> str:  # noqa: ANN001
    rest = 8 - len(code)
    title = f"{rng.randint(0, 10**rest - 1):0{rest}d}"
    d12 = "9787" + code + title
    return f"978-7-{code}-{title}-{isbn_digit(d12)}"


def _cip_lines(ctx: Ctx, t: str, resp: str, pub: str, city: str, y: int, m: int, isbn: str) -> list[str]:
    rng = ctx.rng
    return [
        f"{t}/{resp}. —{city}：{pub}，{y}.{m}"
        if rng.random() < 0.5
        else f"{t} / {resp}. -- {city} : {pub}, {y}.{m}",
        f"ISBN {isbn}",
        f"Ⅰ.①{t[:2]}…　Ⅱ.①{resp[:1]}…　Ⅲ.①{t[2:4]}　Ⅳ.①{rng.choice(CLC)}",
    ]


def book(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(BK_LAYOUT)
    pub, pcity, code = rng.choice(PUBLISHERS)
    t = rng.choice(BOOK_T)
    y = rng.randint(2016, 2025)
    m = rng.randint(1, 12)
    isbn = _isbn(rng, code)
    ds = ctx.p(DATE)
    ed_n = rng.choice([1, 1, 1, 2])
    edition = f"{y}年{m}月第{ed_n}版" if ds not in ("han", "han_ling") else f"{fm(y, m, ds)}第{ed_n}版"
    print_n = rng.randint(1, 3)
    ppl: list[dict] = []
    pages: list[Page] = []
    chief = people(rng, rng.choice([1, 2, 2, 3]))
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]

    def colophon(pg: Page, resp: str, y0: float, cip: bool = True) -> None:
        yy = y0
        if cip:
            pg.text(25, yy, ctx.p(CIP_HEAD), 11, ctx.bold)
            yy += 8
            for ln in _cip_lines(ctx, t, resp, pub, pcity, y, m, isbn):
                yy = pg.wrap(29, yy, 150, ln, 10, ctx.body, lead=1.7)
            yy += 2
            pg.text(
                25, yy, f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(10000, 299999):06d}号", 10, ctx.body
            )
            yy += 9
            pg.line(25, yy, 185, yy, 0.4)
            yy += 5
        items = [
            f"责任编辑：{people(rng, 1)[0]}　　责任校对：{people(rng, 1)[0]}",
            f"封面设计：{people(rng, 1)[0]}",
            f"出版发行：{pub}（{pcity}市{rng.choice(['东城区', '海淀区', '西城区', '朝阳区', '高新区'])}{rng.choice(['青年湖南街13号', '学院路', '文化路'])}）",
            f"印　　刷：{pcity}{rng.choice(['印刷有限公司', '市彩虹印刷厂', '新华印刷厂'])}",
            f"开　　本：787mm×1092mm　1/16　印张{rng.randint(10, 30)}{rng.choice(['', '¼', '½'])}　字数{rng.randint(200, 600)}千字",
            f"版　　次：{edition}　{fm(y, m, ds) if ds in ('han', 'han_ling') else f'{y}年{m}月'}第{print_n}次印刷",
            f"书　　号：ISBN {isbn}",
            f"定　　价：{rng.randint(28, 128)}.00元",
        ]
        for s in items:
            yy = pg.wrap(25, yy, 160, s, 10, ctx.body, lead=1.9)
        pg.text(25, yy + 6, "版权所有　侵权必究", 10, ctx.body)

    if fam == "cip-only":
        resp = "，".join(chief) + "主编"
        pg = Page(*A4)
        pages.append(pg)
        colophon(pg, resp, 150)
        ppl = [{"name": n, "rank": i + 1, "role": "editor_in_chief"} for i, n in enumerate(chief)]
    elif fam == "cip+board":
        deps = people(rng, rng.randint(2, 4), set(chief))
        board = people(rng, rng.randint(6, 15), set(chief) | set(deps))
        resp = "，".join(chief) + "主编"
        pg = Page(*A4)
        pages.append(pg)
        colophon(pg, resp, 140)
        bp = Page(*A4)
        pages.append(bp)
        yy = (
            centre(
                bp,
                30,
                ctx.p(V("t3.book.board", ["编委会", "编　委　会", "本书编写人员", "编写委员会"])),
                20,
                ctx.bold,
            )
            + 8
        )
        labs = ctx.p(
            V(
                "t3.book.labs",
                [
                    ("主　编", "副主编", "编　委"),
                    ("主编", "副主编", "参编人员"),
                    ("主　　编", "副 主 编", "编写人员"),
                ],
            )
        )
        grid = rng.random() < 0.5
        for lab, group in zip(labs, (chief, deps, board), strict=True):
            bp.text(30, yy, lab, 13, ctx.bold)
            if lab == labs[2]:
                srt = ctx.p(BOARD_SORT)
                if srt:
                    bp.text(30 + width_mm(lab, ctx.bold, 13) + 2, yy + 0.6, srt, 10, ctx.body)
                    yy += 8
            x = 62.0 if not (lab == labs[2] and grid) else 40.0
            if grid and lab == labs[2]:
                for i, n in enumerate(group):
                    bp.text(40 + (i % 4) * 35, yy + (i // 4) * 8, spaced2(n), 12.5, ctx.body)
                yy += ((len(group) + 3) // 4) * 8 + 6
            else:
                yy = bp.wrap(x, yy, 120, "　".join(spaced2(n) for n in group), 12.5, ctx.body, lead=1.9) + 5
        ppl = (
            [{"name": n, "rank": i + 1, "role": "editor_in_chief"} for i, n in enumerate(chief)]
            + [{"name": n, "rank": len(chief) + i + 1, "role": "deputy_editor"} for i, n in enumerate(deps)]
            + [
                {"name": n, "rank": len(chief) + len(deps) + i + 1, "role": "editorial_board"}
                for i, n in enumerate(board)
            ]
        )
    elif fam == "titlepage+colophon":
        tp = Page(*A4)
        pages.append(tp)
        yy = 80.0
        for ln in _split(t, ctx.bold, 28, 160):
            yy = centre(tp, yy, ln, 28, ctx.bold)
        role_word = rng.choice(["主编", "编著"])
        centre(tp, 130, "　".join(chief) + "　" + role_word, 15, ctx.body)
        centre(tp, 250, pub, 15, ctx.bold)
        pg = Page(*A4)
        pages.append(pg)
        colophon(pg, "，".join(chief) + role_word, 150, cip=rng.random() < 0.5)
        role = "editor_in_chief" if role_word == "主编" else "author"
        ppl = [{"name": n, "rank": i + 1, "role": role} for i, n in enumerate(chief)]
    elif fam == "translation":
        tr = chief[: rng.choice([1, 2])]
        ctry, fname, en = rng.choice(FOREIGN)
        resp = f"（{ctry}）{fname}{'（' + en + '）' if en else ''}著；{'，'.join(tr)}译"
        pg = Page(*A4)
        pages.append(pg)
        colophon(pg, resp, 130)
        pg.text(25, 118, f"著作权合同登记号：图字：01-{y - 1}-{rng.randint(1000, 8999)}", 10, ctx.body)
        ppl = [{"name": fname, "rank": 1, "role": "author"}] + [
            {"name": n, "rank": i + 2, "role": "translator"} for i, n in enumerate(tr)
        ]
    elif fam == "cover":
        deps = people(rng, rng.randint(0, 3), set(chief))
        pg = Page(185.0, 260.0)
        pages.append(pg)
        pg.bg = rng.choice([(232, 240, 236), (245, 238, 225), (226, 234, 246)])
        pg.rect(0, 40, pg.w, 120, 0, fill=rng.choice([(40, 110, 90), (150, 70, 40), (40, 80, 150)]))
        yy = 58.0
        for ln in _split(t, ctx.bold, 30, 150):
            pg.text(pg.w / 2, yy, ln, 30, ctx.bold, "c", (255, 255, 255))
            yy += lh(30, 1.3)
        pg.text(pg.w / 2, 140, "主　编　" + "　".join(chief), 14, ctx.body, "c")
        if deps:
            pg.text(pg.w / 2, 150, "副主编　" + "　".join(deps), 12, ctx.body, "c")
        pg.text(pg.w / 2, 238, pub, 15, ctx.bold, "c")
        ppl = [{"name": n, "rank": i + 1, "role": "editor_in_chief"} for i, n in enumerate(chief)] + [
            {"name": n, "rank": len(chief) + i + 1, "role": "deputy_editor"} for i, n in enumerate(deps)
        ]
        scored = ["title", "people", "issuer", "book.publisher"]
        isbn_t, edition_t, issued_t = None, None, None
    else:  # monograph
        au = chief[:1] if rng.random() < 0.6 else chief[:2]
        word = rng.choice(["著", "编著"])
        pg = Page(*A4)
        pages.append(pg)
        pg.text(25, 40, "内容提要", 12, ctx.bold)
        pg.wrap(
            25,
            50,
            160,
            f"本书系统介绍了{t[:4]}领域的基本理论、关键技术与工程实践，内容涵盖原理、方法与典型案例，可供相关专业技术人员及高等院校师生参考。",
            10.5,
            ctx.body,
            lead=1.8,
            indent=7.4,
        )
        colophon(pg, "，".join(au) + word, 140)
        ppl = [{"name": n, "rank": i + 1, "role": "author"} for i, n in enumerate(au)]
    if fam != "cover":
        isbn_t, edition_t, issued_t = isbn, edition, f"{y}-{m:02d}"
    claimables = [p["name"] for p in ppl if p["role"] != "author" or fam != "translation"]
    fields = dict(
        title=t,
        people=ppl,
        issuer=pub,
        issued_on=issued_t,
        book={"isbn": isbn_t, "publisher": pub, "edition": edition_t},
    )
    return Doc("book", f"book3-{fam}", pages, fields, scored, {"person": rng.choice(claimables), "year": y})


# ================================================================================================
# patent certificates
# ================================================================================================
PT_LAYOUT = V("t3.layout.patent", ["classic", "classic-2p", "e-cert", "framed-phone"])
INV_T = ["一种{a}的制备方法", "一种基于{b}的{c}检测方法", "一种{c}及其应用", "{a}复合材料及其制备工艺"]
UTIL_T = ["一种{c}用{d}", "一种便携式{d}", "一种可调节{d}", "一种{c}{d}"]
DESIGN_T = ["{e}（{f}）", "{e}", "{e}（{f}型）"]
PAT_A = ["缓释型有机肥", "改性生物炭", "高强度透水混凝土", "抗菌敷料", "纳米二氧化钛光催化剂"]
PAT_B = ["近红外光谱", "深度学习", "荧光探针", "图像识别"]
PAT_C = ["农药残留", "病虫害", "混凝土裂缝", "血糖", "土壤墒情", "输液"]
PAT_D = ["取样装置", "固定支架", "清洗装置", "防护罩", "检测箱", "护理推车"]
PAT_E = ["输液架", "教学模型", "茶具", "灯具", "包装盒", "工具箱"]
PAT_F = ["智能", "折叠", "青花", "便携"]
PT_SEP = V("t3.patent.sep", ["；", ";", "、", "，"])
PT_NUM = V("t3.patent.num", ["spaced", "compact", "half"])
PT_BODY = V(
    "t3.patent.body",
    [
        "本{k}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{k}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。",
        "本{k}经过本局依照《中华人民共和国专利法》审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记，专利权自授权公告之日起生效。",
    ],
)


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(PT_LAYOUT)
    kind = rng.choice(["invention", "invention", "utility_model", "utility_model", "design"])
    kw, code = {"invention": ("发明", "1"), "utility_model": ("实用新型", "2"), "design": ("外观设计", "3")}[
        kind
    ]
    granted = rdate(rng, 2016, 2025)
    lag = {
        "invention": rng.randint(420, 1100),
        "utility_model": rng.randint(100, 320),
        "design": rng.randint(70, 220),
    }[kind]
    applied = granted - dt.timedelta(days=lag)
    d12 = f"{applied.year}{code}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    style = ctx.p(PT_NUM)
    num_s = {
        "spaced": f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}",
        "compact": number,
        "half": f"ZL {d12}.{zl_check(d12)}",
    }[style]
    tt = rng.choice({"invention": INV_T, "utility_model": UTIL_T, "design": DESIGN_T}[kind])
    title = tt.format(
        a=rng.choice(PAT_A),
        b=rng.choice(PAT_B),
        c=rng.choice(PAT_C),
        d=rng.choice(PAT_D),
        e=rng.choice(PAT_E),
        f=rng.choice(PAT_F),
    )
    inv = people(rng, rng.choice([1, 2, 3, 3, 4, 5, 6]))
    prov, city = place(rng)
    owner = rng.choice([college(rng, prov), workplace(rng, city), inv[0]])
    ds = ctx.p(DATE)
    name_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    who_lab = "设计人" if kind == "design" and rng.random() < 0.6 else "发明人"
    sep = ctx.p(PT_SEP)
    certno = f"第{rng.randint(1000000, 9999999)}号"
    pub_no = f"CN {rng.randint(100000000, 119999999) if kind != 'design' else rng.randint(300000000, 309999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    body = ctx.p(PT_BODY).format(k=kw)
    pages = []
    if fam in ("classic", "classic-2p", "framed-phone"):
        pg = Page(*A4)
        pages.append(pg)
        if fam == "framed-phone":
            border(pg, "double", (170, 130, 60))
        pg.text(pg.w - 24, 22, f"证书号{certno}", 11, ctx.body, "r")
        pg.rect(pg.w / 2 - 11, 30, pg.w / 2 + 11, 52, 0, fill=(200, 40, 40))
        centre(pg, 60, f"{kw}专利证书", 28, ctx.bold)
        rows = [
            (name_lab, title),
            (who_lab, sep.join(inv)),
            ("专利号", num_s),
            ("专利申请日", fd(applied, ds)),
            ("专利权人", owner),
            (
                "地址",
                f"{prov}省{city}市{rng.choice(['高新区', '经济开发区', '城区'])}{rng.randint(1, 999)}号",
            ),
            ("授权公告日", fd(granted, ds)),
            ("授权公告号", pub_no),
        ]
        y = 88.0
        pad = rng.random() < 0.6
        for lab, val in rows:
            L = _pad(lab, 5) if pad else lab
            col = "国" * max(5, len(name_lab))
            pg.text(28, y, L + "：", 12.5, ctx.body)
            y = (
                pg.wrap(
                    28 + width_mm((col if pad else L) + "：", ctx.body, 12.5) + 1,
                    y,
                    130,
                    val,
                    12.5,
                    ctx.body,
                    lead=1.5,
                )
                + 3.5
            )
        y += 4
        term = {"invention": "二十", "utility_model": "十"}.get(
            kind, "十五" if applied >= dt.date(2021, 6, 1) else "十"
        )
        y = pg.wrap(28, y, 154, body, 11.5, ctx.body, lead=1.8, indent=8)
        y = pg.wrap(
            28,
            y,
            154,
            f"本专利的专利权期限为{term}年，自申请日起算。专利权人应当依照专利法及其实施细则规定缴纳年费。",
            11.5,
            ctx.body,
            lead=1.8,
            indent=8,
        )
        pg.text(130, 245, "局长", 12, ctx.body)
        pg.text(
            145,
            243,
            "申长雨",
            16,
            ctx.hand,
        )
        pg.seal(150, 250, 20, "国家知识产权局", rng.randint(0, 10**6))
        pg.text(
            pg.w / 2,
            280,
            "第 1 页（共 2 页）" if fam == "classic-2p" else "第 1 页（共 1 页）",
            9.5,
            ctx.body,
            "c",
        )
        if fam == "classic-2p":
            p2 = Page(*A4)
            pages.append(p2)
            yy = centre(p2, 30, "专利证书记载专利权登记时的法律状况", 14, ctx.bold) + 6
            for s in [
                f"专利号：{num_s}",
                f"专利申请日：{fd(applied, ds)}",
                f"授权公告日：{fd(granted, ds)}",
                "专利权的转移、质押、无效宣告、终止、恢复和专利权人的姓名或名称、国籍、地址的变更等事项记载在专利登记簿上。",
                "年费缴纳情况：本专利的年费应当在每年申请日的对应日前缴纳。",
            ]:
                yy = p2.wrap(25, yy, 160, s, 11.5, ctx.body, lead=1.8) + 2
            p2.text(p2.w / 2, 280, "第 2 页（共 2 页）", 9.5, ctx.body, "c")
    else:  # e-cert
        pg = Page(*A4)
        pages.append(pg)
        pg.rect(14, 14, pg.w - 14, pg.h - 14, 0.8, (40, 90, 150))
        centre(pg, 26, "国家知识产权局", 14, ctx.body, (40, 90, 150))
        centre(pg, 40, f"{kw}专利证书", 26, ctx.bold)
        centre(pg, 56, f"（电子证书）　{certno}", 10.5, ctx.body)
        rows = [
            [name_lab, title],
            [who_lab, sep.join(inv)],
            ["专利号", num_s],
            ["专利申请日", fd(applied, ds)],
            ["专利权人", owner],
            ["授权公告日", fd(granted, ds)],
            ["授权公告号", pub_no],
        ]
        y = pg.table(24, 68, [34, 128], rows, 11.5, ctx.body, row_h=12)
        y = pg.wrap(26, y + 8, 158, body, 11, ctx.body, lead=1.8, indent=7.8)
        pg.rect(28, 230, 58, 260, 0.3)
        for i in range(7):
            for jj in range(7):
                if (i * 5 + jj * 11 + k) % 3 == 0:
                    pg.rect(29 + i * 4, 231 + jj * 4, 33 + i * 4, 235 + jj * 4, 0, fill=(10, 10, 10))
        pg.seal(150, 245, 20, "国家知识产权局", rng.randint(0, 10**6))
        pg.text(150, 262, fd(granted, ds), 11, ctx.body, "c")
    fields = dict(
        title=title,
        people=[{"name": n, "rank": i + 1, "role": "inventor"} for i, n in enumerate(inv)],
        issuer="国家知识产权局",
        issued_on=granted.isoformat(),
        patent={
            "kind": kind,
            "number": number,
            "applied_on": applied.isoformat(),
            "granted_on": granted.isoformat(),
        },
    )
    return Doc(
        "patent_certificate",
        f"patent3-{fam}",
        pages,
        fields,
        [
            "title",
            "people",
            "issuer",
            "issued_on",
            "patent.kind",
            "patent.number",
            "patent.applied_on",
            "patent.granted_on",
        ],
        {"person": rng.choice(inv), "year": granted.year},
    )


# ================================================================================================
# award certificates
# ================================================================================================
AW_LAYOUT = V(
    "t3.layout.award",
    [
        "prov-personal",
        "city-letter",
        "list-unit",
        "competition",
        "landscape-table",
        "social-table",
        "vertical-ribbon",
    ],
)
GRADES = ["一等奖", "二等奖", "三等奖"]
AW_PROJ = ["{a}{b}关键技术研究与应用", "{a}{b}集成示范", "{a}高效生产技术推广", "{a}{b}调控技术研究"]
SOC_PROJ = [
    "新时代乡村治理现代化路径研究",
    "区域文化产业高质量发展研究",
    "基层公共卫生服务均等化研究",
    "黄河文化保护传承研究",
]
COMP = [
    "{p}省职业院校技能大赛教学能力比赛",
    "{p}省高校青年教师教学竞赛",
    "全国职业院校技能大赛教学能力比赛",
    "{p}省中小学优质课评选",
]


def _rank_word(r: int, style: int) -> str:
    return [f"第{r}完成人", f"（排名第{r}）", f"排序：{r}", f"第{r}获奖人"][style]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(AW_LAYOUT)
    prov, city = place(rng)
    d = rdate(rng, 2017, 2025)
    ds = ctx.p(DATE)
    # many award certificates print only the month they were issued
    month_only = rng.random() < 0.3
    dstr = fm(d.year, d.month, ds) if month_only else fd(d, ds)
    issued = f"{d.year}-{d.month:02d}" if month_only else d.isoformat()
    grade = rng.choice(GRADES)
    proj = rng.choice(AW_PROJ).format(a=rng.choice(TOPIC_A), b=rng.choice(TOPIC_B))
    num = f"{d.year - 1}-{rng.choice(['J', 'KJ', 'JB'])}{GRADES.index(grade) + 1}-{rng.randint(1, 180):03d}-R{rng.randint(1, 9):02d}"
    holder = None
    ppl: list[dict] = []
    kind = "science_technology"
    yr_s = f"{d.year - 1}年度" if rng.random() < 0.6 else ""
    if fam == "prov-personal":
        name_ = f"{prov}省科学技术进步奖"
        issuer = f"{prov}省人民政府"
        level = "provincial"
        pg = Page(*A4)
        border(pg, "band", (180, 140, 60))
        y = centre(pg, 40, name_, 24, ctx.bold, (160, 20, 20))
        y = centre(pg, y + 2, "证　书", 30, ctx.bold, (160, 20, 20)) + 14
        holder = people(rng, 1)[0]
        r = rng.randint(1, 9)
        y = (
            pg.wrap(30, y, 150, f"为表彰{yr_s}{name_}获得者，特颁发此证书。", 14, ctx.body, lead=2, indent=10)
            + 8
        )
        pairs = [
            ("项目名称", proj),
            ("奖励等级", grade),
            ("获 奖 者", f"{holder}（{_rank_word(r, 0)}）" if rng.random() < 0.7 else holder),
            ("证书号", num),
        ]
        rank = r if "完成人" in pairs[2][1] else 1
        for lab, val in pairs:
            pg.text(34, y, f"{_pad(lab.replace(' ', ''), 4)}：", 13.5, ctx.body)
            y = pg.wrap(68, y, 112, val, 13.5, ctx.body, lead=1.6) + 5
        _sign(pg, ctx, issuer, dstr, 225, 178, 14)
        ppl = [{"name": holder, "rank": rank, "role": "awardee"}]
    elif fam == "city-letter":
        name_ = f"{city}市科学技术进步奖"
        issuer = f"{city}市人民政府"
        level = "municipal"
        pg = Page(*A4L)
        border(pg, "corners", (170, 30, 30))
        centre(pg, 30, "荣 誉 证 书", 32, ctx.bold, (170, 30, 30))
        holder = people(rng, 1)[0]
        r = rng.randint(1, 7)
        pg.text(40, 62, f"{holder}同志：", 16, ctx.body)
        txt = f"你参与完成的“{proj}”项目荣获{yr_s or str(d.year) + '年度'}{name_}{grade}{_rank_word(r, 1)}。"
        y = pg.wrap(40, 76, 217, txt, 16, ctx.body, lead=2.0, indent=11)
        pg.text(51, y + 2, "特发此证，以资鼓励。", 16, ctx.body)
        pg.text(40, 175, f"证书编号：{num}", 10.5, ctx.body)
        _sign(pg, ctx, issuer, dstr, 150, pg.w - 40, 15)
        ppl = [{"name": holder, "rank": r, "role": "awardee"}]
    elif fam == "list-unit":
        social = rng.random() < 0.5
        if social:
            kind = "social_science"
            proj = rng.choice(SOC_PROJ)
            lvl = rng.choice(["prov", "city"])
            name_ = f"{prov}省社会科学优秀成果奖" if lvl == "prov" else f"{city}市社会科学优秀成果奖"
        else:
            lvl = rng.choice(["prov", "city"])
            name_ = f"{prov}省科学技术进步奖" if lvl == "prov" else f"{city}市科学技术进步奖"
        issuer = f"{prov}省人民政府" if lvl == "prov" else f"{city}市人民政府"
        level = "provincial" if lvl == "prov" else "municipal"
        pg = Page(*A4)
        border(pg, "double", (160, 30, 30))
        y = centre(pg, 36, f"{yr_s}{name_}", 20, ctx.bold)
        y = centre(pg, y + 2, "获 奖 证 书", 28, ctx.bold, (160, 30, 30)) + 12
        team = people(rng, rng.randint(3, 9))
        lab_p = "成果名称" if social else "项目名称"
        lab_t = (
            rng.choice(["主要完成人", "获奖人员", "主要作者"])
            if social
            else rng.choice(["主要完成人", "完成人员"])
        )
        pairs = [
            (lab_p, proj),
            ("获奖等级", grade),
            (lab_t, "、".join(team)),
            ("完成单位", college(rng, prov)),
            ("证书编号", num),
        ]
        for lab, val in pairs:
            pg.text(30, y, f"{lab}：", 13.5, ctx.body)
            y = pg.wrap(30 + width_mm(lab + "：", ctx.body, 13.5), y, 145, val, 13.5, ctx.body, lead=1.7) + 5
        _sign(pg, ctx, issuer, dstr, 225, 178, 14)
        ppl = [{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(team)]
    elif fam == "competition":
        kind = "competition"
        comp = rng.choice(COMP)
        name_ = comp.format(p=prov)
        national = name_.startswith("全国")
        issuer = "教育部" if national else f"{prov}省教育厅"
        level = "national" if national else "provincial"
        pg = Page(*A4L)
        border(pg, "band", (30, 70, 140))
        centre(pg, 28, "获 奖 证 书", 30, ctx.bold, (30, 70, 140))
        team = people(rng, rng.randint(1, 4))
        proj = rng.choice(
            [
                rng.choice(TOPIC_A) + "项目化教学设计",
                rng.choice(TOPIC_A) + "模块教学实施",
                rng.choice(TOPIC_A) + "单元教学设计与实施",
            ]
        )
        lead = "、".join(team)
        txt = f"{lead}{'老师' if len(team) == 1 else '等老师'}：在{yr_s or str(d.year) + '年'}{name_}中，参赛作品《{proj}》荣获{grade}。"
        y = pg.wrap(40, 62, 217, txt, 16, ctx.body, lead=2.0, indent=11)
        pg.text(40, y + 6, f"奖励等级：{level == 'national' and '国家级' or '省级'}{grade}", 14, ctx.body)
        _sign(pg, ctx, issuer, dstr, 150, pg.w - 40, 15)
        ppl = [{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(team)]
        holder = team[0] if len(team) == 1 else None
    elif fam == "social-table":
        kind = "social_science"
        proj = rng.choice(SOC_PROJ)
        name_ = f"{city}市第{cn_small(rng.randint(3, 19))}届哲学社会科学优秀成果奖"
        issuer = f"{city}市人民政府"
        level = "municipal"
        pg = Page(*A4)
        border(pg, "corners", (150, 110, 40))
        y = centre(pg, 34, name_, 18, ctx.bold)
        y = centre(pg, y + 4, "荣誉证书", 30, ctx.bold, (160, 25, 25)) + 12
        holder = people(rng, 1)[0]
        r = rng.randint(1, 5)
        rows = [
            ["成果名称", proj],
            ["成果形式", rng.choice(["论文", "专著", "研究报告"])],
            ["获奖者", f"{holder}（{_rank_word(r, 3)}）"],
            ["奖励等级", grade],
        ]
        y = pg.table(28, y, [36, 118], rows, 13, ctx.body, row_h=15) + 14
        y = pg.wrap(32, y, 146, "特发此证，以资鼓励。", 14, ctx.body, indent=10)
        _sign(pg, ctx, issuer, dstr, 230, 180, 14)
        ppl = [{"name": holder, "rank": r, "role": "awardee"}]
    elif fam == "vertical-ribbon":
        # a red left ribbon, text to the right; the grade in large type
        name_ = f"{prov}省科学技术进步奖"
        issuer = f"{prov}省人民政府"
        level = "provincial"
        pg = Page(*A4L)
        pg.rect(0, 0, 62, pg.h, 0, fill=(175, 28, 28))
        for i, ch in enumerate("荣誉证书"):
            pg.text(31, 40 + i * 30, ch, 34, ctx.bold, "c", (250, 220, 140))
        holder = people(rng, 1)[0]
        r = rng.randint(1, 12)
        pg.text(82, 34, f"{holder}：", 18, ctx.body)
        y = pg.wrap(82, 52, 190, f"您参加完成的“{proj}”获{yr_s}{name_}。", 16, ctx.body, lead=2, indent=11)
        pg.text(180, y + 8, grade, 30, ctx.bold, "c", (175, 28, 28))
        pg.text(82, y + 36, f"获奖人排序：第{r}名　　证书号：{num}", 12, ctx.body)
        _sign(pg, ctx, issuer, dstr, 165, pg.w - 30, 14)
        ppl = [{"name": holder, "rank": r, "role": "awardee"}]
    else:  # landscape-table
        name_ = f"{prov}省科学技术进步奖" if rng.random() < 0.5 else f"{city}市科学技术进步奖"
        provl = name_.startswith(prov)
        issuer = f"{prov}省人民政府" if provl else f"{city}市人民政府"
        level = "provincial" if provl else "municipal"
        pg = Page(*A4L)
        border(pg, "thin")
        centre(pg, 22, f"{yr_s}{name_}", 20, ctx.bold)
        centre(pg, 36, "证　书", 26, ctx.bold)
        holder = people(rng, 1)[0]
        r = rng.randint(1, 9)
        rows = [
            ["获奖项目", proj],
            ["获奖等级", grade],
            ["获奖者", holder],
            ["完成人排名", f"第{r}位" if rng.random() < 0.5 else str(r)],
            ["证书编号", num],
        ]
        pg.table(40, 56, [50, 167], rows, 13, ctx.body, row_h=13)
        _sign(pg, ctx, issuer, dstr, 135 + 30, pg.w - 40, 14)
        ppl = [{"name": holder, "rank": r, "role": "awardee"}]
    fields = dict(
        holder=holder,
        title=proj,
        people=ppl,
        issuer=issuer,
        issued_on=issued,
        award={"name": name_, "kind": kind, "level": level, "grade": grade},
    )
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
    return Doc(
        "award_certificate",
        f"award3-{fam}",
        [pg],
        fields,
        scored,
        {"person": holder or rng.choice(ppl)["name"], "year": d.year},
    )


# ================================================================================================
# project completion
# ================================================================================================
PC_LAYOUT = V(
    "t3.layout.project", ["social-cert", "accept-table", "proof-letter", "edu-cert", "member-table"]
)
PC_RESULT = ["优秀", "良好", "合格", "通过"]


def project_completion(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(PC_LAYOUT)
    prov, city = place(rng)
    d = rdate(rng, 2018, 2025)
    ds = ctx.p(DATE)
    leader = people(rng, 1)[0]
    members = people(rng, rng.randint(2, 6), {leader})
    holder = None
    start = d.year - rng.randint(1, 3)
    issued = d.isoformat()
    if fam == "social-cert":
        issuer = f"{prov}省社会科学规划管理办公室"
        title = rng.choice(SOC_PROJ)
        pno = f"{start % 100}C{rng.choice(['JJ', 'ZX', 'SH', 'GL'])}{rng.randint(1, 150):03d}"
        pg = Page(*A4)
        border(pg, "double", (150, 30, 30))
        y = centre(pg, 34, f"{prov}省社会科学规划项目", 20, ctx.bold)
        y = centre(pg, y + 2, "结 项 证 书", 30, ctx.bold, (150, 30, 30)) + 4
        y = centre(pg, y, f"证书编号：{prov[0]}社规结字〔{d.year}〕{rng.randint(1, 400)}号", 11, ctx.body) + 8
        pairs = [
            ("项目批准号", pno),
            ("项目名称", title),
            ("项目负责人", leader),
            ("工作单位", college(rng, prov)),
            ("课题组成员", "、".join(members)),
            ("成果形式", rng.choice(["研究报告", "论文", "专著"])),
            ("鉴定等级", rng.choice(PC_RESULT)),
            ("结项时间", fd(d, ds)),
        ]
        for lab, val in pairs:
            pg.text(30, y, f"{_pad(lab, 5)}：", 13, ctx.body)
            y = pg.wrap(30 + width_mm("国国国国国：", ctx.body, 13), y, 120, val, 13, ctx.body, lead=1.6) + 5
        _sign(pg, ctx, issuer, fd(d, ds), 235, 180, 13)
    elif fam == "accept-table":
        issuer = f"{city}市科学技术局"
        title = rng.choice(AW_PROJ).format(a=rng.choice(TOPIC_A), b=rng.choice(TOPIC_B))
        pno = f"{start}{rng.choice(['NS', 'GX', 'SF'])}{rng.randint(10, 999):03d}"
        pg = Page(*A4)
        y = centre(pg, 26, f"{city}市科技计划项目", 16, ctx.bold)
        y = centre(pg, y, "验 收 证 书", 26, ctx.bold) + 6
        rows = [
            ["项目名称", title],
            ["项目编号", pno],
            ["承担单位", workplace(rng, city)],
            ["项目负责人", leader],
            ["主要参加人员", "、".join(members)],
            ["起止时间", f"{start}年{rng.randint(1, 12)}月至{d.year}年{d.month}月"],
            ["验收结论", "该项目完成了合同规定的各项任务指标，同意通过验收。"],
            ["验收时间", fd(d, ds)],
        ]
        y = pg.table(20, y, [40, 130], rows, 12, ctx.body, row_h=16)
        _sign(pg, ctx, issuer, fd(d, ds), y + 16, 180, 13)
    elif fam == "proof-letter":
        issuer = rng.choice([f"{prov}省卫生健康委员会科教处", f"{city}市社会科学界联合会", f"{prov}省教育厅"])
        title = rng.choice(
            SOC_PROJ + [rng.choice(AW_PROJ).format(a=rng.choice(TOPIC_A), b=rng.choice(TOPIC_B))]
        )
        pno = f"{prov[0]}{start}-{rng.randint(1, 300):03d}"
        pg = Page(*A4)
        centre(pg, 40, ctx.p(V("t3.pc.proof", ["结题证明", "结 题 证 明", "课题结题证明"])), 24, ctx.bold)
        unit_ = workplace(rng, city)
        txt = f"兹证明：由{unit_}{leader}同志主持的{rng.choice(['省级', '市级', '厅级'])}课题“{title}”（课题编号：{pno}），经专家组鉴定，于{fd(d - dt.timedelta(days=rng.randint(5, 40)), ds)}通过结题验收，鉴定等级为{rng.choice(PC_RESULT)}。"
        y = pg.wrap(28, 70, 154, txt, 14, ctx.body, lead=2.0, indent=10)
        pg.text(38, y + 4, "特此证明。", 14, ctx.body)
        _sign(pg, ctx, issuer, fd(d, ds), y + 30, 180, 14)
        members = []
        holder = leader
    elif fam == "member-table":
        issuer = f"{prov}省科学技术厅"
        title = rng.choice(AW_PROJ).format(a=rng.choice(TOPIC_A), b=rng.choice(TOPIC_B))
        pno = f"{start}{rng.choice(['GSF', 'NSF', 'TSNC'])}{rng.randint(1000, 9999)}"
        pg = Page(*A4)
        y = centre(pg, 24, f"{prov}省重点研发计划项目", 16, ctx.bold)
        y = centre(pg, y + 1, ctx.p(V("t3.pc.mt", ["结题证书", "项目结题证明书"])), 24, ctx.bold) + 4
        pg.text(22, y, f"项目编号：{pno}", 11.5, ctx.body)
        pg.text(188, y, f"项目类别：{rng.choice(['重点项目', '一般项目', '青年项目'])}", 11.5, ctx.body, "r")
        y += 8
        pg.wrap(22, y, 166, f"项目名称：{title}", 12, ctx.body)
        y += 10
        rows = [["排名", "姓名", "工作单位", "职称", "承担任务"]]
        for i, n in enumerate([leader] + members):
            rows.append(
                [
                    str(i + 1),
                    n,
                    college(rng, prov) if rng.random() < 0.5 else workplace(rng, city),
                    rng.choice(["教授", "副教授", "研究员", "高级工程师", "讲师"]),
                    "项目主持" if i == 0 else rng.choice(["试验设计", "数据分析", "技术推广", "样品检测"]),
                ]
            )
        y = pg.table(22, y, [14, 24, 62, 26, 40], rows, 10.5, ctx.body, row_h=10, header_font=ctx.bold) + 10
        y = pg.wrap(
            22,
            y,
            166,
            "经组织专家验收，该项目已完成任务书规定的研究内容，准予结题。",
            12,
            ctx.body,
            indent=8.4,
        )
        _sign(pg, ctx, issuer, fd(d, ds), y + 20, 180, 13)
    else:  # edu-cert
        issuer = f"{prov}省教育科学规划领导小组办公室"
        title = rng.choice(
            ["核心素养导向的{a}课堂教学研究", "{a}背景下家校协同育人实践研究", "农村小学{a}校本课程开发研究"]
        ).format(a=rng.choice(["初中数学", "小学语文", "劳动教育", "双减", "大单元"]))
        pno = f"{prov[0]}JG{start}{rng.randint(100, 999)}"
        pg = Page(*A4L)
        border(pg, "corners", (40, 90, 60))
        centre(pg, 24, f"{prov}省教育科学“十四五”规划课题", 18, ctx.bold)
        centre(pg, 38, "结 题 证 书", 28, ctx.bold, (40, 90, 60))
        pairs = [
            ("课题名称", title),
            ("课题编号", pno),
            ("课题主持人", leader),
            ("主要成员", "　".join(spaced2(m) for m in members)),
            ("鉴定结论", rng.choice(PC_RESULT)),
        ]
        y = 62.0
        for lab, val in pairs:
            pg.text(40, y, f"{lab}：", 14, ctx.body)
            y = pg.wrap(40 + width_mm(lab + "：", ctx.body, 14), y, 190, val, 14, ctx.body) + 5
        pg.text(40, y + 4, "经审核，该课题已完成研究任务，准予结题。", 14, ctx.body)
        month_only = rng.random() < 0.5
        _sign(pg, ctx, issuer, fm(d.year, d.month, ds) if month_only else fd(d, ds), 160, pg.w - 40, 14)
        if month_only:
            issued = f"{d.year}-{d.month:02d}"
    ppl = [{"name": leader, "rank": 1, "role": "project_leader"}] + [
        {"name": m, "rank": i + 2, "role": "project_member"} for i, m in enumerate(members)
    ]
    fields = dict(holder=holder, title=title, people=ppl, issuer=issuer, issued_on=issued)
    return Doc(
        "project_completion",
        f"project3-{fam}",
        [pg],
        fields,
        ["holder", "title", "people", "issuer", "issued_on"],
        {"person": rng.choice([p["name"] for p in ppl]), "year": d.year},
    )
