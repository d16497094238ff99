"""Draw 37 builders: journal pages, books, patents, awards and project completions."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import supervisor
from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind37.pools import (
    UNIVS,
    ZIPS,
    Ctx,
    cnnum,
    fd,
    fit_size,
    isbn_digit,
    people_names,
    phone,
    phone_page,
    pick_journal,
    plus,
    qr,
    scene,
    serial,
    some_date,
    zl_check,
)  # fmt: skip
from bench.generator.truth import person

# article / patent / project titles per profession (a topic word and a pattern)
SUBJECTS = {
    "survey": ["倾斜摄影", "机载激光雷达", "北斗高精度定位", "不动产测绘", "地籍数据库", "实景三维模型"],
    "supervise": ["装配式混凝土结构", "深基坑支护", "高支模体系", "钢结构焊接", "BIM协同", "旁站监理"],
    "vet": ["非洲猪瘟病毒", "鸡传染性支气管炎", "奶牛乳房炎", "猪圆环病毒", "羊布鲁氏菌病", "兽用抗菌药"],
    "pharm": ["万古霉素", "质子泵抑制剂", "抗凝药物", "静脉用药", "中药注射剂", "儿童用药"],
    "archive": ["电子档案", "馆藏声像档案", "档案数字化", "民生档案", "科技档案", "数字档案馆"],
    "broadcast": ["应急广播", "地面数字电视", "IP化播控", "4K超高清", "调频同步广播", "融媒体平台"],
    "forest": ["松材线虫", "油茶林", "杉木人工林", "马尾松", "毛竹林", "森林火险"],
    "vocational": ["中职数控专业", "产教融合", "课程思政", "1+X证书", "技能大赛", "中职汽修专业"],
}  # fmt: skip
ART = ["{s}的应用研究", "基于{s}的{c}实践与分析", "{c}地区{s}现状调查", "{s}关键技术探讨", "{s}质量控制方法研究",
       "{c}{s}监测结果分析", "浅析{s}在基层工作中的问题与对策"]  # fmt: skip
PAT = {
    "invention": ["一种{s}检测方法", "一种基于{s}的数据处理方法及系统", "一种{s}的制备方法"],
    "utility_model": ["一种{s}用便携式支架", "一种{s}辅助装置", "一种可调节的{s}固定装置"],
    "design": ["{s}监测仪", "便携式{s}终端", "{s}操作台"],
}  # fmt: skip


def _subj(ctx: Ctx, prof: str) -> str:
    return ctx.pick("subj", SUBJECTS[prof])


# ================================================================================================
def journal_article(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("journal_article")
    rng = ctx.rng
    sc = scene(ctx)
    b, bd = ctx.body, ctx.bold
    j = pick_journal(ctx, sc.prof)
    title = ctx.pick("ja.title", ART).format(s=_subj(ctx, sc.prof), c=sc.city)
    authors = people_names(rng, rng.randint(1, 5))
    year = rng.randint(2017, 2024)
    has_vol = rng.random() < 0.75
    vol = str(year - rng.randint(1950, 2005)) if has_vol else None
    if vol is not None and int(vol) < 1:
        vol = str(rng.randint(10, 50))
    issue = str(rng.randint(1, 12))
    sup, sup_level = supervisor(rng, j)
    levels = list(j.base_levels)
    show_sup = v in ("cover", "bundle")
    if show_sup:
        levels.append(sup_level)
    vi = f"第{vol}卷 第{issue}期" if vol else f"第{issue}期"
    vi_en = f"Vol.{vol} No.{issue}" if vol else f"No.{issue}"
    month = rng.randint(1, 12)
    pages_no = rng.randint(12, 180)
    aff = [
        f"{sc.work}，{sc.prov}{sc.city} {ZIPS[sc.city]}",
        f"{rng.choice(UNIVS[sc.city])}，{sc.prov}{sc.city}",
    ]
    others = [
        ctx.pick("ja.other", ART).format(s=s, c=rng.choice(["济南", "长沙", "常德", "聊城", "临沂", "岳阳"]))
        for s in rng.sample(SUBJECTS[rng.choice(list(SUBJECTS))], 5)
    ]
    other_auth = [" ".join(people_names(rng, rng.randint(1, 3))) for _ in others]
    pages: list[Page] = []

    def first_page(english: bool) -> Page:
        pg = Page()
        hdr = f"{j.name}  {year}年{vi}" if rng.random() < 0.5 else f"{j.name}    {year}年{month}月    {vi}"
        pg.text(18, 12, hdr, 8.5, b)
        pg.text(192, 12, f"ISSN {j.issn}  CN {j.cn}", 8.5, b, "r")
        pg.line(18, 17, 192, 17, 0.4)
        pg.text(
            18,
            20,
            f"DOI：10.{rng.randint(11000, 19999)}/j.issn.{j.issn}.{year}.{int(issue):02d}.{rng.randint(1, 30):03d}",
            7.5,
            b,
        )
        pg.text(105, 30, title, fit_size(title, bd, 17, 174), bd, "c")
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            parts.append(("1" if i == 0 or len(authors) < 3 else "1,2", True))
            if i < len(authors) - 1:
                parts.append(("，", False))
        y = pg.runs(105, 44, parts, 12, b)
        pg.text(
            105,
            y + 1,
            f"（1. {aff[0]}；2. {aff[1]}）",
            fit_size(aff[0] + aff[1] + "（1. ；2. ）", b, 8.5, 180),
            b,
            "c",
        )
        y += 10
        y = pg.wrap(
            22,
            y,
            166,
            f"摘要：目的 探讨{title[:8]}相关问题。方法 选取{sc.city}市{rng.randint(3, 12)}个监测点，"
            f"收集{year - 1}年资料进行统计分析。结果 各项指标差异具有统计学意义（P<0.05）。结论 该方法可在基层推广应用。",
            9,
            b,
            1.7,
        )
        y = pg.wrap(22, y + 1, 166, f"关键词：{title[:4]}；{sc.city}；质量控制；应用", 9, b, 1.7)
        pg.text(
            22,
            y + 1,
            f"中图分类号：{rng.choice(['P23', 'TU71', 'S85', 'R95', 'G27', 'TN94', 'S76', 'G71'])}"
            f"{rng.randint(1, 9)}    文献标志码：A    文章编号：{j.issn.replace('-', '')}（{year}）{int(issue):02d}-"
            f"{pages_no:04d}-0{rng.randint(4, 8)}",
            8,
            b,
        )
        y += 8
        if english:
            y = pg.wrap(
                22,
                y + 2,
                166,
                "Application research on field practice in "
                + sc.city.replace("德州", "Dezhou").replace("益阳", "Yiyang")
                + " (title in English)",
                11,
                bd,
                1.5,
            )
            y = pg.wrap(
                22,
                y,
                166,
                "Abstract: Objective To explore the practical problems. Methods Data from several "
                "monitoring sites were analysed. Results The indices differed significantly. Conclusion The "
                "method can be popularised at the grass-roots level.",
                8.5,
                b,
                1.6,
            )
            y = pg.wrap(22, y, 166, "Key words: quality control; application; field survey", 8.5, b, 1.6)
        col_w = 80
        yy = y + 6
        for col in range(2):
            x = 22 + col * (col_w + 6)
            txt = (
                ("0 引言  近年来，随着行业技术标准不断更新，基层专业技术人员面临新的工作要求。" * 4)
                if col == 0
                else (
                    "1 材料与方法  1.1 资料来源  本研究数据来源于日常监测记录与现场调查，经双人核对录入。" * 4
                )
            )
            pg.wrap(x, yy, col_w, txt, 9, b, 1.7)
        pg.line(22, 250, 80, 250, 0.3)
        pg.text(
            22,
            253,
            f"收稿日期：{fd(dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28)), 'iso')}；"
            f"修回日期：{fd(dt.date(year, max(1, month - 1), rng.randint(1, 28)), 'iso')}",
            7.5,
            b,
        )
        pg.text(
            22,
            258,
            f"基金项目：{sc.prov}省{rng.choice(['自然科学基金', '重点研发计划', '社会科学规划'])}项目"
            f"（{serial(rng, 'ZR' + str(year - 2), 4)}）",
            7.5,
            b,
        )
        pg.text(
            22,
            263,
            f"作者简介：{authors[0]}（{year - rng.randint(28, 50)}—），{rng.choice('男女')}，"
            f"{sc.prov}{sc.city}人，{rng.choice(['工程师', '主管药师', '副研究馆员', '高级讲师', '兽医师'])}。",
            7.5,
            b,
        )
        pg.text(22, 268, f"通信作者：{authors[-1]}，E-mail：{serial(rng, '', 9)}@163.com", 7.5, b)
        pg.text(105, 285, str(pages_no), 9, b, "c")
        return pg

    def contents_page() -> Page:
        pg = Page()
        pg.text(105, 16, j.name, 20, bd, "c")
        pg.text(105, 27, f"{year}年{vi}（总第{rng.randint(100, 400)}期）", 11, b, "c")
        pg.text(105, 34, f"ISSN {j.issn}    CN {j.cn}", 10, b, "c")
        pg.text(105, 46, "目    次", 16, bd, "c")
        entries = list(zip(others, other_auth, strict=True))
        pos = rng.randint(1, len(entries))
        entries.insert(pos, (title, " ".join(authors)))
        y = 60
        pno = rng.randint(1, 20)
        for t, a in entries:
            pg.text(22, y, t, fit_size(t, b, 11, 150), b)
            pg.text(188, y, str(pno), 11, b, "r")
            pg.text(30, y + 6.5, a, 9.5, b)
            y += 16
            pno += rng.randint(4, 9)
        pg.text(105, 280, f"本刊声明：本刊已入编中国知网等数据库  ·  编辑部电话：{phone(rng)}", 8, b, "c")
        return pg

    def cover_page(list_it: bool) -> Page:
        pg = Page(bg=(250, 248, 242))
        pg.rect(0, 0, 210, 70, 0, fill=(40, 80, 130))
        pg.text(105, 20, j.name, 32, bd, "c", (255, 255, 255))
        pg.text(105, 44, f"{year}年  {vi_en}  {vi}", 12, b, "c", (255, 255, 255))
        pg.text(
            105,
            56,
            f"{cnnum(month)}月刊"
            if rng.random() < 0.5
            else "月刊  创刊于" + str(rng.randint(1956, 1992)) + "年",
            10,
            b,
            "c",
            (230, 230, 230),
        )
        if list_it:
            pg.text(22, 90, "本期要目", 14, bd)
            y = 102
            items = [(title, "，".join(authors))] + list(zip(others[:3], other_auth[:3], strict=True))
            rng.shuffle(items)
            for t, a in items:
                pg.text(22, y, t, fit_size(t, b, 11, 166), b)
                pg.text(30, y + 6.5, a, 9.5, b)
                y += 16
        pg.text(22, 240, f"主管：{sup}", 10, b)
        pg.text(
            22,
            247,
            f"主办：{rng.choice(['中国', sc.prov + '省'])}{rng.choice(['科学技术学会', '学会', '研究院'])}",
            10,
            b,
        )
        pg.text(22, 257, f"ISSN {j.issn}", 11, b)
        pg.text(22, 264, f"CN {j.cn}", 11, b)
        pg.text(188, 264, f"定价：{rng.randint(15, 40)}.00元", 10, b, "r")
        pg.text(188, 257, f"国内邮发代号：{rng.randint(1, 82)}-{rng.randint(10, 999)}", 10, b, "r")
        return pg

    scored = [
        "title",
        "people",
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ] + (["journal.volume"] if vol else [])
    if v == "firstpage":
        pages.append(first_page(False))
    elif v == "bilingual":
        pages.append(first_page(True))
    elif v == "contents":
        pages.append(contents_page())
        scored = [s for s in scored if s not in ("title", "people")]
    elif v == "cover":
        pages.append(cover_page(True))
        scored = [s for s in scored if s not in ("title", "people")]
    elif v == "bundle":
        pages += [cover_page(False), contents_page(), first_page(rng.random() < 0.5)]
    else:  # spread: a landscape scan of the cover and the first page side by side
        cv, fp = cover_page(False), first_page(False)
        pg = Page(w=420, h=297)
        for op in cv.ops:
            pg.ops.append(op)
        for op in fp.ops:
            pg.ops.append(_shift(op, 210))
        pg.line(210, 0, 210, 297, 0.6, (160, 160, 160))
        pg.ops.insert(0, ("rect", 0, 0, 210, 297, 0, (0, 0, 0), (250, 248, 242)))
        pages.append(pg)
        levels.append(sup_level)
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
    claim = {"person": rng.choice(authors), "year": year}
    fields = dict(people=people, title=title, journal=journal)
    return Doc("journal_article", layout, pages, fields, scored, claim)


def _shift(op: tuple, dx: float) -> tuple:
    kind = op[0]
    if kind == "text":
        return (kind, op[1] + dx) + op[2:]
    if kind in ("line", "rect"):
        return (kind, op[1] + dx, op[2], op[3] + dx) + op[4:]
    return (kind, op[1] + dx) + op[2:]


# ================================================================================================
PUBLISHERS = {
    "survey": [("测绘出版社", "5030", "北京"), ("武汉大学出版社", "307", "武汉")],
    "supervise": [("中国建筑工业出版社", "112", "北京"), ("中国电力出版社", "5198", "北京")],
    "vet": [("中国农业出版社", "109", "北京"), ("中国农业科学技术出版社", "5116", "北京")],
    "pharm": [("人民卫生出版社", "117", "北京"), ("中国医药科技出版社", "5214", "北京")],
    "archive": [("中国档案出版社", "80166", "北京"), ("中国人民大学出版社", "300", "北京")],
    "broadcast": [("中国广播影视出版社", "5043", "北京"), ("人民邮电出版社", "115", "北京")],
    "forest": [("中国林业出版社", "5219", "北京"), ("湖南科学技术出版社", "5710", "长沙")],
    "vocational": [("高等教育出版社", "04", "北京"), ("山东科学技术出版社", "5723", "济南")],
}  # fmt: skip
BOOKT = [
    "{s}实用技术手册",
    "{s}理论与实践",
    "{s}技术规范解读",
    "基层{s}工作指南",
    "{s}案例精选",
    "{s}百问百答",
]


def _isbn(rng, prefix: str) -> str:
    rest = 8 - len(prefix)
    body = "9787" + prefix + "".join(str(rng.randint(0, 9)) for _ in range(rest))
    c = isbn_digit(body)
    pub = body[4 : 4 + len(prefix)]
    item = body[4 + len(prefix) :]
    return f"978-7-{pub}-{item}-{c}"


def book(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("book")
    rng = ctx.rng
    sc = scene(ctx)
    b, bd = ctx.body, ctx.bold
    pub, pfx, pcity = ctx.pick("bk.pub", PUBLISHERS[sc.prof])
    subj = _subj(ctx, sc.prof)
    title = ctx.pick("bk.title", BOOKT).format(s=subj)
    if v == "textbook":
        title = f"{subj}（{rng.choice(['第二版', '活页式', '新形态'])}）"
    year, month = rng.randint(2016, 2024), rng.randint(1, 12)
    ed_no = rng.choice([1, 1, 1, 2, 3])
    edition = f"{year}年{month}月第{ed_no}版"
    isbn = _isbn(rng, pfx)
    names = people_names(rng, 9)
    people: list[dict] = []
    lines_people: list[tuple[str, list[str]]] = []
    if v == "translation":
        nat, orig = ctx.pick(
            "bk.orig",
            [
                ("美", "约翰·米勒"),
                ("德", "汉斯·贝克尔"),
                ("英", "莎拉·汤普森"),
                ("日", "渡边健二"),
                ("法", "皮埃尔·洛朗"),
            ],
        )
        trans = names[: rng.randint(1, 3)]
        people = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        lines_people = [("著", [f"[{nat}]{orig}"]), ("译", trans)]
    else:
        n_chief, n_dep, n_board = (
            rng.randint(1, 2),
            rng.randint(0, 3),
            rng.randint(0, 4) if v == "board" else 0,
        )
        chief, dep, board = (
            names[:n_chief],
            names[n_chief : n_chief + n_dep],
            names[n_chief + n_dep : n_chief + n_dep + n_board],
        )
        r = 1
        for group, role in ((chief, "editor_in_chief"), (dep, "deputy_editor"), (board, "editorial_board")):
            for nm in group:
                people.append(person(nm, r, role))
                r += 1
        lines_people = (
            [("主编", chief)] + ([("副主编", dep)] if dep else []) + ([("编委", board)] if board else [])
        )
    pages = []

    def cover() -> Page:
        pg = Page(w=185, h=260, bg=rng.choice([(236, 244, 238), (240, 236, 228), (230, 238, 248)]))
        pg.rect(0, 40, 185, 120, 0, fill=(60, 110, 90))
        pg.text(92.5, 62, title, fit_size(title, bd, 24, 170), bd, "c", (255, 255, 255))
        y = 140
        for lab, ns in lines_people:
            if lab in ("编委",):
                continue
            s = "  ".join(ns) + "  " + lab
            pg.text(92.5, y, s, fit_size(s, b, 13, 170), b, "c")
            y += 10
        pg.text(92.5, 236, pub, 14, bd, "c")
        return pg

    def copyright_page() -> Page:
        pg = Page(w=185, h=260)
        pg.text(20, 30, "图书在版编目（CIP）数据", 11, bd)
        who = " ".join(lines_people[0][1]) + lines_people[0][0]
        cip = f"{title} / {who}. —{pcity}：{pub}，{year}.{month}"
        y = pg.wrap(20, 40, 145, cip, 10, b, 1.7)
        pg.text(20, y, f"ISBN {isbn}", 10, b)
        pg.text(20, y + 7, f"Ⅰ．①{title[:2]}…  Ⅱ．①{lines_people[0][1][0]}…  Ⅲ．①{subj}", 10, b)
        pg.text(20, y + 16, f"中国版本图书馆CIP数据核字（{year}）第{rng.randint(10000, 299999)}号", 10, b)
        pg.line(20, y + 26, 165, y + 26, 0.3)
        yy = y + 34
        pg.text(20, yy, title, fit_size(title, bd, 12, 145), bd)
        yy += 9
        for lab, ns in lines_people:
            s = (
                f"{lab}：" + "  ".join(ns)
                if v != "translation"
                else f"{'著者' if lab == '著' else '译者'}：" + "  ".join(ns)
            )
            pg.text(20, yy, s, fit_size(s, b, 10, 145), b)
            yy += 7
        for s in [
            f"出版发行：{pub}",
            f"地    址：{pcity}市{rng.choice(['海淀区', '西城区', '朝阳区', '开福区', '历下区'])}"
            f"{rng.choice(['学院路', '百万庄大街', '北三环东路', '芙蓉中路'])}{rng.randint(2, 99)}号",
            f"印    刷：{rng.choice(['北京', '长沙', '济南'])}{rng.choice(['华联', '鸿图', '彩虹'])}印刷有限公司",
            f"开    本：787mm×1092mm 1/16    印张：{rng.randint(10, 30)}.{rng.choice([0, 5])}",
            f"字    数：{rng.randint(200, 600)}千字",
            f"版    次：{edition}",
            f"印    次：{year + rng.randint(0, 1)}年{rng.randint(1, 12)}月第{rng.randint(1, 4)}次印刷",
            f"书    号：ISBN {isbn}",
            f"定    价：{rng.randint(28, 128)}.00元",
        ]:
            pg.text(20, yy, s, fit_size(s, b, 10, 145), b)
            yy += 7
        pg.text(20, yy + 6, "版权所有 侵权必究    如有印装质量问题，请与本社联系调换", 8.5, b)
        return pg

    def title_page() -> Page:
        pg = Page(w=185, h=260)
        pg.text(92.5, 70, title, fit_size(title, bd, 22, 170), bd, "c")
        y = 110
        for lab, ns in lines_people[:2]:
            pg.text(92.5, y, f"{lab}  " + "  ".join(ns), 13, b, "c")
            y += 11
        pg.text(92.5, 220, pub, 13, bd, "c")
        pg.text(92.5, 230, pcity, 11, b, "c")
        return pg

    def board_page() -> Page:
        pg = Page(w=185, h=260)
        pg.text(92.5, 30, "编 委 会", 18, bd, "c")
        y = 50
        for lab, ns in lines_people:
            pg.text(30, y, f"{lab}：", 12, bd)
            pg.text(62, y, "  ".join(ns), fit_size("  ".join(ns), b, 12, 110), b)
            y += 12
        pg.text(30, y + 10, "（编委按姓氏笔画排序）" if rng.random() < 0.3 else f"编写单位：{sc.work}", 10, b)
        return pg

    scored = ["title", "people", "issuer", "book.publisher"]
    if v == "cover":
        pages.append(cover())
        bk = {"isbn": None, "publisher": pub, "edition": None}
        issued = None
    else:
        scored += ["book.isbn", "book.edition"]
        bk = {"isbn": isbn, "publisher": pub, "edition": edition}
        issued = f"{year}-{month:02d}"
        if v == "copyright":
            pages.append(copyright_page())
        elif v == "titlecip":
            pages += [title_page(), copyright_page()]
        elif v == "translation":
            pages += [cover(), copyright_page()]
        elif v == "board":
            pages += [board_page(), copyright_page()]
        else:  # textbook: a vocational teaching book, cover and copyright page
            pages += [cover(), copyright_page()]
    fields = dict(people=people, title=title, issuer=pub, issued_on=issued, book=bk)
    names_claim = [p["name"] for p in people if p["role"] != "author"] or [people[0]["name"]]
    claim = {"person": rng.choice(names_claim), "year": year}
    return Doc("book", layout, pages, fields, scored, claim)


# ================================================================================================
def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("patent_certificate")
    rng = ctx.rng
    sc = scene(ctx)
    b, bd, hd = ctx.body, ctx.bold, ctx.hand
    kind = {
        "invention": "invention",
        "einvent": "invention",
        "utility": "utility_model",
        "eutility": "utility_model",
        "design": "design",
    }.get(v) or rng.choice(["invention", "utility_model"])
    title = ctx.pick("pt.title", PAT[kind]).format(s=_subj(ctx, sc.prof))
    inventors = people_names(rng, rng.randint(1, 6))
    applied = some_date(rng, 2016, 2023)
    granted = plus(
        applied,
        {
            "invention": rng.randint(500, 1100),
            "utility_model": rng.randint(90, 300),
            "design": rng.randint(80, 240),
        }[kind],
    )
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    d12 = f"{applied.year}{digit}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    printed_no = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}"
    kind_cn = {"invention": "发明专利", "utility_model": "实用新型专利", "design": "外观设计专利"}[kind]
    holder_org = sc.work if rng.random() < 0.8 else rng.choice(UNIVS[sc.city])
    st = "cnpad"
    cert_no = f"第{rng.randint(100000, 7999999)}号"
    pub_no = f"CN {rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    pages = []
    pg = Page()
    if v in ("invention", "utility", "design", "twopage"):
        frame(pg, ctx, 2)
        pg.text(105, 28, "证书号" + cert_no, 11, b, "c")
        pg.text(105, 46, kind_cn + "证书", 26, bd, "c")
        y = 70
    else:
        pg.text(20, 18, "国家知识产权局", 12, bd, color=(170, 30, 30))
        pg.text(190, 18, "电子证书", 10, b, "r")
        pg.text(105, 36, kind_cn + "证书", 22, bd, "c")
        pg.text(105, 48, "证书号" + cert_no, 11, b, "c")
        qr(pg, 160, 24, 22, rng, None)
        y = 64
    lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    who = {"invention": "发明人", "utility_model": "发明人", "design": "设计人"}[kind]
    for l_, val in [
        (lab, title),
        (who, "；".join(inventors)),
        ("专利号", printed_no),
        ("专利申请日", fd(applied, st)),
        ("专利权人", holder_org),
        ("地址", f"{sc.prov}省{sc.city}市{sc.county}"),
        ("授权公告日", fd(granted, st)),
        ("授权公告号", pub_no),
    ]:
        s = f"{l_}：{val}"
        pg.text(25, y, s, fit_size(s, b, 12, 160), b)
        y += 10
    txt = (
        f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{kind_cn}证书并在专利登记簿上予以登记。"
        f"专利权自授权公告之日起生效。专利权期限为{'二十' if kind == 'invention' else '十五' if kind == 'design' and applied >= dt.date(2021, 6, 1) else '十'}年，"
        "自申请日起算。"
    )
    y = pg.wrap(25, y + 6, 160, txt, 11, b, 1.8, indent=8)
    y = pg.wrap(
        25,
        y,
        160,
        "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
        "国籍、地址变更等事项记载在专利登记簿上。",
        11,
        b,
        1.8,
        indent=8,
    )
    pg.text(140, y + 14, "局长", 12, b)
    pg.text(155, y + 12, people_names(rng, 1)[0], 15, hd)
    pg.seal(105, y + 22, 20, "国家知识产权局", rng.randrange(9999))
    pg.text(105, 286, f"第 1 页（共 {2 if v == 'twopage' else 1} 页）", 8.5, b, "c")
    if v in ("einvent", "eutility"):
        pg.text(
            20, 272, f"电子证书校验码：{serial(rng, '', 16)}  可登录国家知识产权局专利业务办理系统验证", 8, b
        )
    pages.append(pg)
    if v == "twopage":
        p2 = Page()
        p2.text(20, 20, "其他事项参见续页", 12, bd)
        p2.text(20, 34, f"专利号：{printed_no}", 11, b)
        p2.wrap(
            20,
            46,
            170,
            f"根据专利法规定，专利权人应当依照专利法实施细则规定缴纳年费。本专利的年费应当在每年"
            f"{applied.month}月{applied.day}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。",
            11,
            b,
            1.8,
        )
        p2.text(20, 90, f"申请日时本专利记载的申请人：{holder_org}", 11, b)
        p2.text(
            20,
            100,
            f"申请日时本专利记载的发明人：{'、'.join(inventors)}",
            fit_size("、".join(inventors) + "申请日时本专利记载的发明人：", b, 11, 170),
            b,
        )
        p2.text(105, 286, "第 2 页（共 2 页）", 8.5, b, "c")
        pages.append(p2)
    people = [person(n, i + 1, "inventor") for i, n in enumerate(inventors)]
    fields = dict(
        people=people,
        title=title,
        issuer="国家知识产权局",
        issued_on=granted.isoformat(),
        patent={
            "kind": kind,
            "number": number,
            "applied_on": applied.isoformat(),
            "granted_on": granted.isoformat(),
        },
    )
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
    claim = {"person": rng.choice(inventors), "year": granted.year}
    return Doc("patent_certificate", layout, pages, fields, scored, claim)


# ================================================================================================
GRADES = ["一等奖", "二等奖", "三等奖", "特等奖", "优秀奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("award_certificate")
    rng = ctx.rng
    sc = scene(ctx)
    b, bd, hd = ctx.body, ctx.bold, ctx.hand
    subj = _subj(ctx, sc.prof)
    title = ctx.pick(
        "aw.title",
        ["{s}关键技术研究与应用", "{c}{s}综合防控技术推广", "{s}标准化体系构建", "{s}智能监测平台研发"],
    ).format(s=subj, c=sc.city)
    d = some_date(rng, 2018, 2024)
    yr = d.year - 1
    st = ctx.pick("date", ["cn", "cnnum", "cnpad"])
    grade = rng.choice(GRADES[:3])
    names = people_names(rng, 7)
    holder = None
    if v in ("govlist", "govsingle"):
        gov = ctx.pick(
            "aw.gov",
            [
                (f"{sc.city}市人民政府", "municipal"),
                (f"{sc.prov}省人民政府", "provincial"),
                ("沅江市人民政府", "county") if sc.city == "益阳" else ("乐陵市人民政府", "county"),
                ("禹城市人民政府", "county") if sc.city == "德州" else ("桃江县人民政府", "county"),
            ],
        )
        issuer, level = gov
        place_ = issuer.replace("人民政府", "")
        aname = f"{place_}科学技术进步奖"
        kind = "science_technology"
    elif v == "bureaucomp":
        issuer = sc.bureau if ("局" in sc.bureau or "委" in sc.bureau) else f"{sc.city}市人力资源和社会保障局"
        level = "bureau"
        aname = ctx.pick(
            "aw.comp", ["专业技术人员职业技能竞赛", "青年岗位技能大赛", "教学能力比赛", "业务技能比武"]
        )
        kind = "competition"
        title = f"{subj}项目"
    elif v == "society" or v == "appshot":
        issuer = sc.soc
        level = None
        aname = issuer + "科学技术奖"
        kind = "science_technology"
    else:  # socsci
        issuer = f"{sc.city}市人民政府"
        level = "municipal"
        aname = f"{sc.city}市社会科学优秀成果奖"
        kind = "social_science"
        title = ctx.pick("aw.soc", ["{c}{s}工作的现状与对策研究", "新时代{s}管理体制改革研究"]).format(
            s=subj, c=sc.city
        )
    printed_name = f"{yr}年度{aname}" if rng.random() < 0.6 else aname
    single = v in ("govsingle", "bureaucomp", "socsci") or (v == "appshot")
    if v == "bureaucomp":
        grade = rng.choice(["一等奖", "二等奖", "三等奖"])
    pages = []
    if single:
        holder = names[0]
        rank = rng.randint(1, 5) if v in ("govsingle", "appshot") else 1
        people = [person(holder, rank, "awardee")]
    else:
        n = rng.randint(3, 7)
        people = [person(nm, i + 1, "awardee") for i, nm in enumerate(names[:n])]
    if v == "appshot":
        pg = phone_page(ctx, "电子证书", f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
        pg.rect(5, 24, 85, 150, 0.8, (190, 40, 40), (255, 250, 245))
        pg.text(45, 32, "荣 誉 证 书", 15, bd, "c", (180, 30, 30))
        pg.text(10, 48, holder, 12, hd)
        y = pg.wrap(
            10,
            58,
            70,
            f"您参与完成的“{title}”项目，荣获{printed_name}{grade}（第{rank}完成人）。特发此证，以资鼓励。",
            8.5,
            b,
            1.8,
        )
        pg.text(62, y + 12, issuer, fit_size(issuer, b, 8, 40), b, "c")
        pg.text(62, y + 19, fd(d, st), 8, b, "c")
        pg.seal(62, y + 14, 11, issuer, rng.randrange(9999))
        pg.text(45, 165, f"证书编号：{serial(rng, 'KJ' + str(d.year), 5)}", 7.5, b, "c")
        pages.append(pg)
    elif v == "govlist":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        pg.text(148.5, 26, "获 奖 证 书", 28, bd, "c", (170, 30, 30))
        pg.text(148.5, 46, f"为表彰在{printed_name}评审中作出突出贡献的完成人员，特颁发此证书。", 11, b, "c")
        rows = [
            ["项目名称", title],
            ["奖励等级", grade],
            ["完成人", "、".join(p["name"] for p in people)],
            ["证书编号", serial(rng, f"{d.year}-J-", 4)],
        ]
        y = pg.table(
            45, 60, [40, 167], rows, fit_size("、".join(p["name"] for p in people), b, 12, 160), b, 13
        )
        pg.text(230, y + 20, issuer, 14, b, "c")
        pg.text(230, y + 32, fd(d, st), 13, b, "c")
        pg.seal(230, y + 22, 20, issuer, rng.randrange(9999))
        pages.append(pg)
    elif v == "society":
        pg = Page()
        frame(pg, ctx, 2)
        pg.text(105, 40, "证    书", 28, bd, "c")
        pg.text(105, 56, "CERTIFICATE", 10, b, "c")
        y = pg.wrap(28, 78, 154, f"为表彰{printed_name}获得者，特颁发此证书。", 13, b, 2.0, indent=9)
        for lab, val in [
            ("项目名称", title),
            ("获奖等级", grade),
            ("主要完成人", "、".join(p["name"] for p in people)),
            ("主要完成单位", sc.work),
        ]:
            s = f"{lab}：{val}"
            pg.text(28, y + 4, s, fit_size(s, b, 12, 154), b)
            y += 12
        pg.text(150, 220, issuer, 13, b, "c")
        pg.text(150, 231, fd(d, st), 13, b, "c")
        pg.seal(150, 222, 19, issuer, rng.randrange(9999))
        pg.text(28, 275, f"编号：{serial(rng, 'XH', 6)}", 9, b)
        pages.append(pg)
    else:  # govsingle, bureaucomp, socsci: a personal certificate
        land = v != "socsci"
        pg = Page(w=297, h=210) if land else Page()
        frame(pg, ctx, 3 if land else 2)
        cx = pg.w / 2
        pg.text(cx, 30, "荣 誉 证 书" if v == "bureaucomp" else "获 奖 证 书", 28, bd, "c", (170, 30, 30))
        pg.text(40, 60, holder, 18, hd)
        pg.text(40 + width_mm(holder, hd, 18) + 2, 62, "同志：", 14, b)
        if v == "bureaucomp":
            txt = f"在{printed_name}（{title}）中表现优异，荣获{grade}。特发此证，以资鼓励。"
        elif v == "socsci":
            txt = f"你的成果《{title}》荣获{printed_name}{grade}。特发此证。"
        else:
            txt = (
                f"你参与完成的“{title}”项目荣获{printed_name}{grade}，系第{rank}完成人。特发此证，以资鼓励。"
            )
        pg.wrap(50, 78, pg.w - 100, txt, 14, b, 2.0, indent=10)
        pg.text(pg.w - 70, pg.h - 60, issuer, 13, b, "c")
        pg.text(pg.w - 70, pg.h - 49, fd(d, st), 13, b, "c")
        pg.seal(pg.w - 70, pg.h - 58, 19, issuer, rng.randrange(9999))
        pg.text(30, pg.h - 22, f"证书编号：{serial(rng, 'No.' + str(d.year), 6)}", 9, b)
        pages.append(pg)
    fields = dict(
        holder=holder,
        people=people,
        title=title,
        issuer=issuer,
        issued_on=d.isoformat(),
        award={"name": aname, "kind": kind, "level": level, "grade": grade},
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
    if level is None:
        scored.remove("award.level")
    claim = {"person": holder or rng.choice(people)["name"], "year": d.year}
    return Doc("award_certificate", layout, pages, fields, scored, claim)


# ================================================================================================
def project_completion(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("project_completion")
    rng = ctx.rng
    sc = scene(ctx, "vocational" if v == "eduplan" else "pharm" if v == "health" else None)
    b, bd = ctx.body, ctx.bold
    subj = _subj(ctx, sc.prof)
    title = ctx.pick(
        "pj.title", ["{s}对策研究", "{c}{s}现状与提升路径研究", "基于{s}的实践探索", "{s}评价体系构建研究"]
    ).format(s=subj, c=sc.city)
    issuer = {
        "certificate": f"{sc.prov}省科学技术厅" if rng.random() < 0.5 else f"{sc.city}市科学技术局",
        "letter": f"{sc.city}市社会科学界联合会", "twopage": f"{sc.city}市科学技术局",
        "landscape": sc.soc, "eduplan": f"{sc.prov}省教育科学规划领导小组办公室",
        "health": f"{sc.city}市卫生健康委员会",
    }[v]  # fmt: skip
    code = f"{rng.choice(['XJK', 'SK', 'KJ', 'WJ', 'ZC'])}{rng.randint(2016, 2023)}{rng.choice(['A', 'B', 'C', 'Y'])}{rng.randint(1, 299):03d}"
    d = some_date(rng, 2018, 2024)
    st = ctx.pick("date", ["cn", "cnnum", "cnpad", "dot"])
    names = people_names(rng, rng.randint(2, 6))
    leader, members = names[0], names[1:]
    only_leader = v == "letter"
    people = [person(leader, 1, "project_leader")] + (
        [] if only_leader else [person(m, i + 2, "project_member") for i, m in enumerate(members)]
    )
    holder = leader if only_leader else None
    grade = rng.choice(["优秀", "良好", "合格"])
    pages = []
    if v in ("certificate", "eduplan", "health"):
        pg = Page()
        frame(pg, ctx, rng.choice([1, 2]))
        head = {
            "certificate": "科技计划项目结题证书",
            "eduplan": "课题结题证书",
            "health": "科研项目验收证书",
        }[v]
        pg.text(105, 36, head, 24, bd, "c")
        pg.text(190, 20, f"证书编号：{serial(rng, 'JT', 6)}", 9, b, "r")
        rows = [
            ["项目名称", title],
            ["项目编号", code],
            ["承担单位", sc.work],
            ["负责人", leader],
            ["主要成员", "、".join(members)],
            ["鉴定等级", grade],
        ]
        pg.table(22, 58, [36, 130], rows, fit_size(title, b, 11, 126), b, 14, fonts=None)
        pg.wrap(26, 154, 158, "该项目已按计划完成研究任务，经专家组审核，准予结题。", 12, b, 1.9, indent=8)
        pg.text(150, 210, issuer, 13, b, "c")
        pg.text(150, 221, fd(d, st), 13, b, "c")
        pg.seal(150, 212, 19, issuer, rng.randrange(9999))
        pages.append(pg)
    elif v == "letter":
        pg = Page()
        pg.text(105, 34, "结 题 证 明", 22, bd, "c")
        txt = (
            f"由{sc.work}{leader}同志主持的{sc.city}市社会科学规划课题“{title}”（课题编号：{code}），"
            f"已完成研究任务，经专家鉴定，成果等级为{grade}，同意结题。"
        )
        y = pg.wrap(25, 60, 160, txt, 13, b, 2.1, indent=9)
        pg.wrap(25, y, 160, "特此证明。", 13, b, 2.1, indent=9)
        pg.text(150, 160, issuer, 13, b, "c")
        pg.text(150, 171, fd(d, st), 13, b, "c")
        pg.seal(150, 162, 19, issuer, rng.randrange(9999))
        pg.text(25, 200, f"联系人：{people_names(rng, 1)[0]}  电话：{phone(rng, sc.city)}", 10, b)
        pages.append(pg)
    elif v == "twopage":
        p1 = Page()
        p1.text(105, 50, f"{sc.city}市科技计划项目", 16, bd, "c")
        p1.text(105, 66, "验收（结题）证书", 24, bd, "c")
        for i, (lab, val) in enumerate(
            [("项目名称", title), ("项目编号", code), ("承担单位", sc.work), ("项目负责人", leader)]
        ):
            s = f"{lab}：{val}"
            p1.text(30, 110 + i * 14, s, fit_size(s, b, 13, 150), b)
        p1.text(105, 250, issuer, 14, b, "c")
        p2 = Page()
        p2.text(105, 22, "项目主要研究人员", 15, bd, "c")
        rows = [["序号", "姓名", "单位", "职称", "分工"]] + [
            [
                str(i + 1),
                nm,
                sc.work,
                rng.choice(["高级工程师", "工程师", "副教授", "讲师", "主管药师"]),
                "项目负责" if i == 0 else "技术研究",
            ]
            for i, nm in enumerate(names)
        ]
        y = p2.table(15, 34, [14, 26, 80, 30, 30], rows, 9.5, b, 11, header_font=bd)
        y = p2.wrap(
            20,
            y + 10,
            170,
            f"验收意见：项目完成了合同规定的各项指标，验收结论：{grade}。同意通过验收。",
            12,
            b,
            1.9,
        )
        p2.text(150, y + 20, issuer, 13, b, "c")
        p2.text(150, y + 31, fd(d, st), 13, b, "c")
        p2.seal(150, y + 22, 19, issuer, rng.randrange(9999))
        pages += [p1, p2]
    else:  # landscape
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        pg.text(148.5, 28, "结 题 证 书", 28, bd, "c", (160, 30, 30))
        txt = (
            f"{sc.work}承担的{issuer}{d.year - 2}年度学术研究课题“{title}”（编号：{code}），"
            f"经专家组评审，准予结题。"
        )
        y = pg.wrap(40, 56, 217, txt, 14, b, 2.0, indent=10)
        pg.text(40, y + 4, f"课题负责人：{leader}", 13, b)
        pg.text(40, y + 16, f"课题组成员：{'、'.join(members)}", 13, b)
        pg.text(225, 165, issuer, 13, b, "c")
        pg.text(225, 176, fd(d, st), 13, b, "c")
        pg.seal(225, 167, 19, issuer, rng.randrange(9999))
        pages.append(pg)
    fields = dict(holder=holder, people=people, title=title, issuer=issuer, issued_on=d.isoformat())
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    claim = {"person": rng.choice([p["name"] for p in people]), "year": d.year}
    return Doc("project_completion", layout, pages, fields, scored, claim)
