"""Draw 8 builders: journal articles, books, patents, awards and project completions."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import cn_num, journals
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind8 import pools as P
from bench.blind8.pools import Ctx
from bench.blind8.sheet import (
    MM,
    RED,
    border,
    cert_no,
    date_s,
    kv,
    month_s,
    para,
    photo,
    qr,
    seal,
    sign,
    title,
)
from bench.generator.truth import person

CN_PROV = {"11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "21": "辽宁省", "22": "吉林省", "23": "黑龙江省",
           "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省", "37": "山东省",
           "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区", "50": "重庆市",
           "51": "四川省", "52": "贵州省", "53": "云南省", "61": "陕西省", "62": "甘肃省", "64": "宁夏回族自治区",
           "65": "新疆维吾尔自治区", "15": "内蒙古自治区", "46": "海南省", "63": "青海省", "54": "西藏自治区"}  # fmt: skip
NATIONAL = [
    "中国科学技术协会",
    "中华人民共和国教育部",
    "中国科学院",
    "中国工程院",
    "国家卫生健康委员会",
    "中华人民共和国水利部",
]
EN_X = {"输电线路绝缘子": "transmission line insulators", "稻田": "paddy fields", "设施番茄": "greenhouse tomato",
        "老年髋部骨折": "elderly hip fracture", "城市韧性": "urban resilience", "隧道围岩": "tunnel surrounding rock",
        "滑坡位移预测": "landslide displacement prediction", "长江中游城市群": "urban agglomeration in the middle Yangtze",
        "再生混凝土": "recycled concrete", "城市内涝": "urban waterlogging", "县域特色产业": "county characteristic industries",
        "湖泊沉积物": "lake sediments", "光伏组件": "photovoltaic modules", "油茶林": "Camellia oleifera forest"}  # fmt: skip


# ---- journal article -------------------------------------------------------------------------
def _article(ctx: Ctx) -> tuple[str, str, list[str]]:
    x = ctx.rng.choice(sorted(P.PAPER_X))
    return ctx.rng.choice(P.PAPER_TITLES).format(x=x), x, P.people(ctx.rng, ctx.rng.randint(1, 5))


def _supervisor(ctx: Ctx, cn: str) -> tuple[str, str]:
    if cn[:2] == "11":
        return ctx.rng.choice(NATIONAL), "national"
    prov = CN_PROV.get(cn[:2], "湖南省")
    return prov + ctx.rng.choice(["科学技术协会", "教育厅", "科学技术厅", "卫生健康委员会"]), "provincial"


def journal_article(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("paper")
    j = rng.choice(journals())
    year = rng.randint(2016, 2024)
    issue = rng.randint(1, 12)
    vol = year - rng.randint(1975, 2005)
    vol_printed = v in ("front", "bilingual", "cover") or rng.random() < 0.5
    sup_printed = v in ("cover",) and rng.random() < 0.7 or v == "plain" and rng.random() < 0.5
    ttl, x, authors = _article(ctx)
    prov, city = P.place(rng)
    affs = [f"{P.college(rng, prov)} {rng.choice(P.SCHOOLS)}", P.workplace(rng, city)][: rng.randint(1, 2)]
    levels = list(j.base_levels)
    pages = []
    head_issue = f"第{vol}卷第{issue}期" if vol_printed else f"{year}年第{issue}期"
    ids = f"ISSN {j.issn}  CN {j.cn}"
    sup_line = ""
    if sup_printed:
        sup, lev = _supervisor(ctx, j.cn)
        sup_line = f"主管单位：{sup}"
        levels.append(lev)
    aff_of = [rng.randrange(len(affs)) for _ in authors]
    if v in ("front", "bilingual", "columns", "plain"):
        pg = Page()
        pg.text(18, 12, j.name, 9, ctx.body)
        pg.text(pg.w - 18, 12, f"{year}年{head_issue}" if vol_printed else head_issue, 9, ctx.body, "r")
        pg.line(18, 17, pg.w - 18, 17, 0.3)
        pg.text(
            pg.w - 18,
            19.5,
            f"Vol.{vol} No.{issue} {year}" if vol_printed else f"No.{issue} {year}",
            8,
            ctx.body,
            "r",
        )
        pg.text(
            18,
            20,
            f"文章编号：{j.issn[:4]}-{j.issn[5:]}({year}){issue:02d}-{rng.randint(1, 200):04d}-{rng.randint(5, 12):02d}",
            8,
            ctx.body,
        )
        y = pg.wrap(24, 30, pg.w - 48, ttl, 18, ctx.bold, 1.4)
        if len(affs) > 1 and v != "plain":
            parts = []
            for i, a in enumerate(authors):
                parts += [(a, False), (str(aff_of[i] + 1), True)]
                if i < len(authors) - 1:
                    parts.append(("，" if rng.random() < 0.5 else "  ", False))
            y = pg.runs(pg.w / 2, y + 3, parts, 13, ctx.body)
            aff_s = (
                "（"
                + "；".join(f"{i + 1}.{a}，{city} {P.zipcode(rng, prov)}" for i, a in enumerate(affs))
                + "）"
            )
        else:
            pg.text(pg.w / 2, y + 3, ("  " if rng.random() < 0.5 else "，").join(authors), 13, ctx.body, "c")
            y += 13 * MM * 1.7 + 3
            aff_s = "（" + "；".join(affs) + f"，{prov}{city}  {P.zipcode(rng, prov)}）"
        y = pg.wrap(30, y, pg.w - 60, aff_s, 9.5, ctx.body, 1.5) + 3
        abstract = (
            f"摘要：为探明{x}相关问题，以{city}地区为研究对象，采用现场调查与模型分析相结合的方法开展研究。"
            f"结果表明，所提方法具有较好的适用性，可为同类研究提供参考。"
        )
        y = pg.wrap(24, y, pg.w - 48, abstract, 10, ctx.body, 1.55)
        y = pg.wrap(
            24, y + 1, pg.w - 48, "关键词：" + "；".join([x] + rng.sample(P.KEYWORDS, 3)), 10, ctx.body, 1.55
        )
        pg.text(24, y + 1, f"中图分类号：{rng.choice(['S', 'R', 'TU', 'X', 'TP', 'F', 'G'])}{rng.randint(10, 999)}"
                           f"    文献标志码：A", 9.5, ctx.body)  # fmt: skip
        y += 9
        if v == "bilingual":
            en = f"Research on {EN_X.get(x, 'the topic')}: methods and applications"
            y = pg.wrap(24, y + 2, pg.w - 48, en, 12, ctx.bold, 1.4)
            y = pg.wrap(
                24,
                y + 1,
                pg.w - 48,
                "Abstract: Field surveys and model analysis were combined; the results "
                "show that the proposed approach is applicable to similar studies.",
                9.5,
                ctx.body,
                1.45,
            )
            y = pg.wrap(
                24,
                y,
                pg.w - 48,
                "Key words: " + EN_X.get(x, "topic") + "; evaluation; model",
                9.5,
                ctx.body,
                1.45,
            )
        filler = (
            "近年来，随着相关领域研究的不断深入，"
            + x
            + "问题日益受到关注。已有研究多集中于机理分析与经验总结，"
            "对实际工程与生产中的适用条件讨论较少。本文在前人工作的基础上，结合实测资料开展系统研究。"
        ) * 2
        if v == "columns":
            cw = (pg.w - 48 - 8) / 2
            para(pg, ctx, 24, y + 4, cw, filler, 10, 1.6)
            para(pg, ctx, 24 + cw + 8, y + 4, cw, filler[::-1][:0] + filler, 10, 1.6)
        else:
            para(pg, ctx, 24, y + 4, pg.w - 48, filler, 10.5, 1.65)
        fy = 238
        pg.line(24, fy, 90, fy, 0.3)
        born = rng.randint(1970, 1995)
        foot = [f"收稿日期：{date_s(dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28)), 'dash')}",
                f"基金项目：{rng.choice(['国家自然科学基金项目', '湖南省自然科学基金', '国家重点研发计划', '教育部人文社会科学研究项目'])}"
                f"（{rng.randint(10000000, 99999999)}）",
                f"作者简介：{authors[0]}（{born}—），{rng.choice(['男', '女'])}，{prov}{city}人，"
                f"{rng.choice(['硕士', '博士', '本科'])}，{rng.choice(P.TITLES_PRO)}，研究方向为{x}。"]  # fmt: skip
        if sup_line:
            foot.append(sup_line)
        yy = fy + 3
        for f in foot:
            yy = pg.wrap(24, yy, pg.w - 48, f, 8.5, ctx.body, 1.5)
        pg.text(pg.w / 2, 284, ids, 8.5, ctx.body, "c")
        pages.append(pg)
        scored_people = True
    elif v == "cover":
        pg = Page()
        pg.rect(0, 0, pg.w, 70, 0, fill=(20, 70, 120))
        size = min(40.0, 170 / len(j.name) / MM)
        pg.text(pg.w / 2, 20, j.name, size, ctx.bold, "c", (255, 255, 255))
        pg.text(
            pg.w / 2,
            56,
            f"{year}年 第{issue}期" + (f"   第{vol}卷" if vol_printed else ""),
            14,
            ctx.body,
            "c",
            (255, 255, 255),
        )
        pg.text(20, 84, "本期导读", 14, ctx.bold)
        y = 96
        others = [_article(ctx) for _ in range(rng.randint(1, 3))]
        pos = rng.randrange(len(others) + 1)
        items = others[:pos] + [(ttl, x, authors)] + others[pos:]
        for t, _, au in items:
            y = pg.wrap(24, y, pg.w - 48, t, 12, ctx.bold, 1.4)
            pg.text(28, y, "  ".join(au), 11, ctx.body)
            y += 10
        lines = [f"主办单位：{P.college(rng, prov)}"] + ([sup_line] if sup_line else [])
        yy = 250
        for ln in lines:
            pg.text(20, yy, ln, 10.5, ctx.body)
            yy += 6
        pg.text(20, yy + 2, f"ISSN {j.issn}", 11, ctx.body)
        pg.text(20, yy + 9, f"CN {j.cn}", 11, ctx.body)
        qr(pg, 168, 250, 22, rng)
        pages.append(pg)
        scored_people = False
    else:  # contents
        pg = Page()
        pg.text(pg.w / 2, 16, f"{j.name}", 16, ctx.bold, "c")
        pg.text(
            pg.w / 2,
            26,
            f"{year}年第{issue}期" + (f"（第{vol}卷 总第{vol * 12 + issue}期）" if vol_printed else ""),
            10.5,
            ctx.body,
            "c",
        )
        y = title(pg, ctx, ctx.pick("toc_head", ["目  次", "目  录", "本期目次"]), 36, 15)
        items = [_article(ctx) for _ in range(rng.randint(7, 11))]
        pos = rng.randrange(len(items))
        items[pos] = (ttl, x, authors)
        page_no = rng.randint(1, 40)
        for t, _, au in items:
            tw = width_mm(t, ctx.body, 11)
            pg.text(22, y, t if tw < 150 else t[:26], 11, ctx.body)
            pg.text(pg.w - 22, y, str(page_no), 11, ctx.body, "r")
            pg.text(30, y + 6.2, "  ".join(au), 9.5, ctx.body)
            y += 15
            page_no += rng.randint(5, 12)
        pg.text(pg.w / 2, 282, ids + (f"    {sup_line}" if sup_line else ""), 9, ctx.body, "c")
        pages.append(pg)
        scored_people = False
    fields = {"title": ttl, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
              "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year,
                          "volume": str(vol) if vol_printed else None, "issue": str(issue), "levels": levels}}  # fmt: skip
    scored = (["title", "people"] if scored_people else []) + [
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    if vol_printed:
        scored.append("journal.volume")
    claim = {"person": rng.choice(authors), "year": year}
    return Doc("journal_article", f"paper8-{v}", pages, fields, scored, claim)


# ---- book ------------------------------------------------------------------------------------
def book(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("book")
    pub, prefix, pcity = rng.choice(P.PUBLISHERS)
    x = rng.choice(P.BOOK_X)
    ttl = rng.choice(P.BOOK_TITLES).format(x=x) if v != "translation" else rng.choice(P.FOREIGN_BOOKS)
    y0, m0 = rng.randint(2015, 2024), rng.randint(1, 12)
    ed_n = rng.choice([1, 1, 1, 2, 3])
    edition = f"{y0}年{m0}月第{ed_n}版"
    isbn = P.isbn(rng, prefix)
    people: list[tuple[str, str]] = []
    pages: list[Page] = []
    if v == "translation":
        nat, orig = rng.choice(P.FOREIGN)
        trans = P.people(rng, rng.randint(1, 3))
        people = [(orig, "author")] + [(t, "translator") for t in trans]
        resp = f"〔{nat}〕{orig} 著；{'，'.join(trans)} 译"
    elif v == "monograph" or (v == "cover" and rng.random() < 0.3):
        au = P.people(rng, rng.randint(1, 3))
        people = [(a, "author") for a in au]
        resp = f"{'，'.join(au)} 著"
    else:
        chief = P.people(rng, rng.randint(1, 2))
        people = [(c, "editor_in_chief") for c in chief]
        resp = f"{'，'.join(chief)} 主编"
    deputies, board = [], []
    if v in ("board", "title", "cip"):
        pool = P.people(rng, 14)
        pool = [n for n in pool if n not in [p[0] for p in people]]
        deputies = pool[: rng.randint(1 if v == "board" else 0, 3)]
        board = pool[len(deputies) : len(deputies) + (rng.randint(5, 9) if v == "board" else 0)]
        people += [(d, "deputy_editor") for d in deputies] + [(b, "editorial_board") for b in board]

    def copyright_block(pg: Page, y: float, size: float = 10.5) -> float:
        lines = [f"责任编辑：{P.people(rng, 1)[0]}", f"出版发行：{pub}",
                 f"地    址：{pcity}市{rng.choice(['东城区', '海淀区', '西湖区', '朝阳区'])}{rng.randint(1, 99)}号",
                 f"开    本：{rng.choice(['787mm×1092mm  1/16', '710mm×1000mm  1/16', '889mm×1194mm  1/16'])}",
                 f"印    张：{rng.randint(10, 40)}.{rng.choice([0, 25, 5, 75])}", f"字    数：{rng.randint(200, 800)}千字",
                 f"版    次：{edition}", f"印    次：{y0}年{m0}月第1次印刷" if ed_n == 1 else f"印    次：{y0}年{m0}月第{ed_n}次印刷",
                 f"书    号：ISBN {isbn}", f"定    价：{rng.randint(28, 128)}.00元"]  # fmt: skip
        for ln in lines:
            pg.text(40, y, ln, size, ctx.body)
            y += size * MM * 2.0
        return y

    def cip(pg: Page, y: float) -> float:
        pg.text(40, y, "图书在版编目（CIP）数据", 12, ctx.bold)
        y += 9
        heads = resp if not deputies else resp + "；" + "，".join(deputies) + "副主编"
        y = pg.wrap(40, y, 130, f"{ttl} / {heads}. —{pcity}：{pub}，{y0}.{m0}", 10.5, ctx.body, 1.6)
        y = pg.wrap(40, y, 130, f"ISBN {isbn}", 10.5, ctx.body, 1.6)
        y = pg.wrap(
            40,
            y + 2,
            130,
            f"Ⅰ.①{ttl[:4]}…  Ⅱ.①{people[0][0]}…  Ⅲ.①{x}—研究  Ⅳ.①{rng.choice('SRTFGX')}{rng.randint(1, 99)}",
            10.5,
            ctx.body,
            1.6,
        )
        y = pg.wrap(
            40,
            y + 2,
            130,
            f"中国版本图书馆CIP数据核字（{y0}）第{rng.randint(10000, 299999):06d}号",
            10.5,
            ctx.body,
            1.6,
        )
        pg.line(36, y + 3, 174, y + 3, 0.3)
        return y + 10

    if v in ("cip", "translation", "monograph"):
        pg = Page()
        if v == "translation":
            pg.text(40, 30, f"著作权合同登记号  图字：01-{y0 - 1}-{rng.randint(1000, 9999)}号", 10, ctx.body)
        y = cip(pg, 60 if v != "monograph" else 50)
        if v == "translation":
            pg.text(40, y, f"Originally published in English. Chinese translation © {y0} {pub}", 9, ctx.body)
            y += 8
        copyright_block(pg, y + 6)
        pages.append(pg)
    elif v == "board":
        pg = Page()
        y = title(pg, ctx, f"《{ttl}》编委会", 30, 18)
        groups = [("主  编", [p[0] for p in people if p[1] == "editor_in_chief"]), ("副主编", deputies),
                  ("编  委", board)]  # fmt: skip
        for lab, ns in groups:
            if not ns:
                continue
            pg.text(36, y, lab, 12.5, ctx.bold)
            yy = y
            for i in range(0, len(ns), 4):
                pg.text(62, yy, "    ".join(ns[i : i + 4]), 12.5, ctx.body)
                yy += 8
            y = yy + 4
        if board:
            pg.text(62, y - 3, "（按姓氏笔画排序）" if rng.random() < 0.3 else "", 9, ctx.body)
        pg.line(30, y + 4, 180, y + 4, 0.3)
        copyright_block(pg, y + 14, 10)
        pages.append(pg)
    elif v == "title":
        pg = Page()
        y = title(pg, ctx, ttl, 70, 26)
        for lab, role in (("主编", "editor_in_chief"), ("副主编", "deputy_editor")):
            ns = [p[0] for p in people if p[1] == role]
            if ns:
                pg.text(pg.w / 2, y + 14, f"{lab}  " + "  ".join(ns), 14, ctx.body, "c")
                y += 10
        pg.text(pg.w / 2, 240, pub, 15, ctx.bold, "c")
        pg.text(pg.w / 2, 252, f"·{pcity}·", 12, ctx.body, "c")
        pages.append(pg)
        p2 = Page()
        y = cip(p2, 50)
        copyright_block(p2, y + 6)
        pages.append(p2)
    else:  # cover
        pg = Page(185, 260)
        pg.rect(0, 0, 185, 260, 0, fill=rng.choice([(225, 236, 228), (236, 228, 214), (220, 228, 240)]))
        pg.rect(0, 60, 185, 110, 0, fill=(60, 90, 120))
        size = min(30.0, 160 / len(ttl) / MM)
        pg.text(92.5, 76, ttl, size, ctx.bold, "c", (255, 255, 255))
        pg.text(92.5, 130, resp, 14, ctx.body, "c")
        pg.text(92.5, 235, pub, 14, ctx.bold, "c")
        pages.append(pg)
    fields = {"title": ttl, "issuer": pub,
              "people": [person(n, i + 1, r) for i, (n, r) in enumerate(people)],
              "book": {"isbn": None if v == "cover" else isbn, "publisher": pub, "edition": None if v == "cover" else edition},
              "issued_on": None if v == "cover" else f"{y0}-{m0:02d}"}  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher"] + (
        [] if v == "cover" else ["book.isbn", "book.edition"]
    )
    claimable = [n for n, r in people if r != "author"] if v == "translation" else [n for n, _ in people]
    return Doc("book", f"book8-{v}", pages, fields, scored, {"person": rng.choice(claimable), "year": y0})


# ---- patent ----------------------------------------------------------------------------------
LEGAL = {
    "invention": ("发明", "二十年"), "utility_model": ("实用新型", "十年"), "design": ("外观设计", "十五年"),
}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("patent")
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model", "design"])
    )
    word, term = LEGAL[kind]
    applied = P.day(rng, 2014, 2022)
    granted = P.after(
        applied, *{"invention": (420, 1300), "utility_model": (110, 330), "design": (80, 260)}[kind], rng
    )
    if kind == "design" and applied < dt.date(2021, 6, 1):
        term = "十年"
    code = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    d12 = f"{applied.year}{code}{rng.randrange(10**7):07d}"
    number = f"ZL{d12}.{P.zl_check(d12)}"
    printed_no = ctx.pick(
        "zl_style",
        [f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{number[-1]}", number, f"ZL{d12[:4]} {d12[4:]}.{number[-1]}"],
    )
    if kind == "design":
        ttl = rng.choice(P.DESIGN_TITLES)
    else:
        ttl = rng.choice(P.PATENT_TITLES).format(x=rng.choice(P.PATENT_X))
    prov, city = P.place(rng)
    inv = P.people(rng, rng.randint(1, 6))
    owner = rng.choice([P.workplace(rng, city), P.college(rng, prov), inv[0]])
    ds = ctx.date_style(v != "electronic")
    role_w = "设计人" if kind == "design" else "发明人"
    sep = rng.choice(["；", "、", "；"])
    cert_n = f"第{rng.randint(100000, 6999999)}号"
    name_w = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    pairs = [(name_w, ttl), (role_w, sep.join(inv)), ("专利号", printed_no), ("专利申请日", date_s(applied, ds)),
             ("专利权人", owner), ("授权公告日", date_s(granted, ds))]  # fmt: skip
    legal = (
        f"本{word}经过本局依照中华人民共和国专利法进行{'审查' if kind == 'invention' else '初步审查'}，"
        f"决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。"
        f"专利权期限为{term}，自申请日起算。"
    )
    pages = []
    if v == "spread":
        pg = Page(297, 210)
        pg.line(148.5, 10, 148.5, 200, 0.3, (170, 170, 170))
        pg.text(74, 30, "中华人民共和国国家知识产权局", 14, ctx.bold, "c")
        pg.wrap(24, 60, 104, legal, 11.5, ctx.body, 1.9, 23 * MM)
        pg.text(74, 150, f"局长  {P.people(rng, 1)[0]}", 13, ctx.body, "c")
        pg.text(222, 24, f"{word}专利证书", 22, ctx.bold, "c")
        pg.text(222, 38, f"证书号{cert_n}", 11, ctx.body, "c")
        y = 52
        for lab, val in pairs:
            y = pg.wrap(164, y, 118, f"{lab}：{val}", 11.5, ctx.body, 1.65) + 2.5
        seal(pg, ctx, 250, 170, "国家知识产权局", 20)
        pages.append(pg)
    else:
        pg = Page()
        if v == "electronic":
            pg.rect(12, 12, pg.w - 12, pg.h - 12, 0.5, (40, 90, 150))
            qr(pg, pg.w - 48, 22, 26, rng)
        else:
            border(pg, 2 if v != "legacy" else 1, (140, 110, 60))
        pg.text(
            pg.w / 2,
            30,
            "中华人民共和国国家知识产权局" if v != "legacy" else "中华人民共和国国家知识产权局",
            12,
            ctx.body,
            "c",
        )
        y = title(pg, ctx, f"{word}专利证书", 44, 26, gap=False)
        pg.text(pg.w / 2, y, f"证书号{cert_n}", 12, ctx.body, "c")
        y += 14
        lw = width_mm("外观设计名称：", ctx.body, 12.5) + 1
        for lab, val in pairs:
            pg.text(26, y, lab + "：", 12.5, ctx.body)
            y = pg.wrap(26 + lw, y, pg.w - 52 - lw, val, 12.5, ctx.body, 1.6) + 3
        if v == "electronic":
            pg.text(26, y, f"授权公告号：CN {rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}",
                    12.5, ctx.body)  # fmt: skip
            y += 9
        y = para(pg, ctx, 26, y + 6, pg.w - 52, legal, 11.5, 1.8)
        y = para(
            pg,
            ctx,
            26,
            y + 2,
            pg.w - 52,
            "本证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
            "国籍、地址变更等事项记载在专利登记簿上。",
            10.5,
            1.7,
        )
        pg.text(
            pg.w / 2 + 20, y + 14, f"局长  {P.people(rng, 1)[0]}", 13, ctx.hand if v == "legacy" else ctx.body
        )
        seal(pg, ctx, pg.w / 2 + 40, y + 16, "国家知识产权局", 18)
        if v == "electronic":
            pg.text(pg.w / 2, pg.h - 20, "（电子证书，可通过扫描二维码核验）", 9, ctx.body, "c")
        pages.append(pg)
    fields = {"title": ttl, "people": [person(n, i + 1, "inventor") for i, n in enumerate(inv)],
              "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return Doc(
        "patent_certificate",
        f"patent8-{v}",
        pages,
        fields,
        scored,
        {"person": rng.choice(inv), "year": granted.year},
    )


# ---- award -----------------------------------------------------------------------------------
GRADES = ["特等奖", "一等奖", "二等奖", "三等奖"]


def _award_issuer(ctx: Ctx, kind: str, prov: str, city: str, county: str) -> tuple[str, str]:
    rng = ctx.rng
    if kind == "competition":
        return rng.choice([(f"{prov}省人力资源和社会保障厅", "provincial"), (f"{city}市总工会", "municipal"),
                           (f"{prov}省教育厅", "provincial")])  # fmt: skip
    if kind == "other":
        return rng.choice(
            [
                (f"{prov}省人民政府", "provincial"),
                (f"{prov}省教育厅", "bureau"),
                (f"{city}市教育局", "bureau"),
            ]
        )
    return rng.choice(
        [
            (f"{prov}省人民政府", "provincial"),
            (f"{city}市人民政府", "municipal"),
            (f"{county}县人民政府", "county"),
            (f"{prov}省{rng.choice(['农业农村', '水利', '卫生健康'])}厅", "bureau"),
        ]
    )


def award_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("award")
    prov, city = P.place(rng)
    county = rng.choice(P.COUNTIES)
    kind = {
        "science": "science_technology",
        "social": "social_science",
        "teaching": "other",
        "contest": "competition",
    }.get(v, rng.choice(["science_technology", "social_science"]))
    issuer, level = _award_issuer(ctx, kind, prov, city, county)
    year = rng.randint(2016, 2024)
    base = {"science_technology": "科学技术进步奖", "social_science": "社会科学优秀成果奖", "other": "教学成果奖",
            "competition": rng.choice(["职业技能大赛", "青年教师教学竞赛", "创新创业大赛", "护理技能竞赛"])}[kind]  # fmt: skip
    if kind == "competition":
        aname = f"{prov}省{base}" if level == "provincial" else f"{city}市{base}"
    elif issuer.endswith("人民政府"):
        aname = issuer.removesuffix("人民政府") + base
    else:
        aname = issuer + base
    grade = rng.choice(GRADES[1:]) if v != "contest" else rng.choice(["一等奖", "二等奖", "三等奖", "优秀奖"])
    x = rng.choice(P.PROJECT_X)
    ttl = rng.choice(P.PROJECT_TITLES).format(x=x)
    team = P.people(rng, rng.randint(1, 7))
    d = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    by_month = rng.random() < 0.3
    ds = ctx.date_style()
    when = month_s(d.year, d.month, ds) if by_month else date_s(d, ds)
    issued = f"{d.year}-{d.month:02d}" if by_month else d.isoformat()
    ylead = ctx.pick("award_year", [f"{year}年度", f"{year}年", ""])
    shown = f"{ylead}{aname}"
    holder = None
    ranks = list(range(1, len(team) + 1))
    pg = Page(297, 210) if v in ("contest", "honor") else Page()
    border(pg, rng.choice([2, 3]), (170, 130, 40))
    no = cert_no(rng, rng.choice(["", f"{year}-", "J"]), 8)
    if v == "team":
        y = title(pg, ctx, "获 奖 证 书", 36, 28, RED)
        y = kv(
            pg,
            ctx,
            30,
            y + 14,
            [("项目名称", ttl), ("奖励类别", shown), ("奖励等级", grade), ("证书编号", no)],
            13,
        )
        pg.text(30, y + 2, "主要完成人：", 13, ctx.body)
        y = pg.wrap(30, y + 11, pg.w - 60, "、".join(team), 13, ctx.body, 1.8)
        y = para(
            pg,
            ctx,
            30,
            y + 8,
            pg.w - 60,
            "为表彰在科学技术、社会科学研究和成果推广中作出突出贡献者，特颁发此证书。",
            13,
        )
        sign(pg, ctx, issuer, when, y + 24, 13.5)
    else:
        holder = rng.choice(team)
        idx = team.index(holder)
        rank = idx + 1
        if v in ("science", "social", "teaching"):
            y = title(pg, ctx, ctx.pick("aw_head", ["荣誉证书", "获奖证书", "证  书"]), 36, 30, RED)
            pg.text(pg.w - 26, 24, f"证书号：{no}", 10, ctx.body, "r")
            pairs = [("项目名称" if kind != "social_science" else "成果名称", ttl), ("获奖者" if kind != "other" else "完成人", holder),
                     ("奖励等级", grade), ("完成人排序", f"第{cn_num(rank)}完成人" if rng.random() < 0.5 else f"排名第{rank}")]  # fmt: skip
            lead = f"为表彰{shown}获得者，特颁发此证书。"
            y = para(pg, ctx, 28, y + 16, pg.w - 56, lead, 14, 1.9)
            y = kv(pg, ctx, 34, y + 8, pairs, 13.5, lw=36)
            sign(pg, ctx, issuer, when, y + 28, 14)
        elif v == "contest":
            y = title(pg, ctx, "荣  誉  证  书", 34, 32, RED)
            work = ttl
            s = (
                f"{holder}{rng.choice(['同志', '老师', ''])}：在{shown}中，参赛作品《{work}》荣获{grade}。"
                f"{'（团队成员排名第' + str(rank) + '）' if len(team) > 1 else ''}特发此证，以资鼓励。"
            )
            y = para(pg, ctx, 40, y + 24, pg.w - 80, s, 16, 2.0)
            sign(pg, ctx, issuer, when, y + 20, 14, xr=pg.w - 40)
            if rng.random() < 0.3:
                photo(pg, 40, 150, 22, 30)
        else:  # honor: a letter-style sentence with the rank stated
            y = title(pg, ctx, "荣  誉  证  书", 34, 32, RED)
            s = f"{holder}同志：你参与完成的“{ttl}”项目荣获{shown}{grade}（第{cn_num(rank)}完成人），特发此证。"
            y = para(pg, ctx, 40, y + 26, pg.w - 80, s, 16, 2.0)
            sign(pg, ctx, issuer, when, y + 20, 14, xr=pg.w - 40)
        team_people = [person(holder, rank, "awardee")]
    people = (
        [person(n, r, "awardee") for n, r in zip(team, ranks, strict=True)] if v == "team" else team_people
    )
    fields = {"holder": holder, "title": ttl, "people": people, "issuer": issuer, "issued_on": issued,
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
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
    claim_p = holder if holder else rng.choice(team)
    return Doc("award_certificate", f"award8-{v}", [pg], fields, scored, {"person": claim_p, "year": d.year})


# ---- project completion ------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("project")
    prov, city = P.place(rng)
    ttl = rng.choice(P.PROJECT_TITLES).format(x=rng.choice(P.PROJECT_X))
    issuer = ctx.pick("proj_issuer", [f"{prov}省哲学社会科学规划办公室", f"{prov}省科学技术厅", f"{city}市科学技术局",
                                      f"{prov}省教育厅", f"{prov}省卫生健康委员会", f"{city}市社会科学界联合会"])  # fmt: skip
    team = P.people(rng, rng.randint(2, 6))
    leader, members = team[0], team[1:]
    start = P.day(rng, 2015, 2021)
    end = P.after(start, 365, 1100, rng)
    issued_d = P.after(end, 10, 120, rng)
    ds = ctx.date_style()
    pno = f"{rng.choice(['XSP', 'KJ', 'JG', 'WS', 'SK'])}{start.year % 100:02d}{rng.choice(['YB', 'ZD', 'C', ''])}{rng.randint(1, 399):03d}"
    by_month = v == "monthly"
    when = month_s(issued_d.year, issued_d.month, ds) if by_month else date_s(issued_d, ds)
    issued = f"{issued_d.year}-{issued_d.month:02d}" if by_month else issued_d.isoformat()
    holder = None
    show_members = v != "proof"
    pg = Page()
    if v in ("certificate", "monthly", "closure"):
        border(pg, rng.choice([1, 2, 3]))
        head = {
            "certificate": "结题证书",
            "monthly": rng.choice(["结题证书", "结项证书"]),
            "closure": "结项证书",
        }[v]
        y = title(pg, ctx, head, 40, 30, gap=True)
        pg.text(pg.w - 26, 24, f"证书编号：{cert_no(rng, '', 9)}", 10, ctx.body, "r")
        pairs = [("项目名称", ttl), ("项目编号", pno), ("项目负责人", leader), ("课题组成员", "、".join(members)),
                 ("立项时间", month_s(start.year, start.month, "cn"))]  # fmt: skip
        if v == "closure":
            pairs.append(("鉴定等级", rng.choice(["优秀", "良好", "合格"])))
        y = pg.wrap(30, y + 12, pg.w - 60, pairs[0][0] + "：" + pairs[0][1], 13, ctx.body, 1.8) + 3
        for lab, val in pairs[1:]:
            y = pg.wrap(30, y, pg.w - 60, f"{lab}：{val}", 13, ctx.body, 1.8) + 3
        y = para(
            pg, ctx, 30, y + 8, pg.w - 60, "经专家鉴定，该项目已完成研究任务，准予结题，特发此证。", 13.5
        )
        sign(pg, ctx, issuer, when, y + 26, 13.5)
    elif v == "proof":
        holder = leader
        y = title(pg, ctx, ctx.pick("proof_head", ["结题证明", "项目结题证明"]), 34, 22)
        s = (
            f"由{P.workplace(rng, city)}{leader}同志主持的{issuer.replace('办公室', '')}项目“{ttl}”（项目编号：{pno}），"
            f"于{date_s(start, 'cn')}立项，已按计划完成研究任务，经组织专家评审，同意结题。特此证明。"
        )
        y = para(pg, ctx, 26, y + 14, pg.w - 52, s, 14, 2.0)
        sign(pg, ctx, issuer, when, y + 28, 13.5)
    elif v == "acceptance":
        y = title(pg, ctx, "科技项目验收证书", 30, 22)
        y = kv(pg, ctx, 24, y + 6, [("项目名称", ttl), ("项目编号", pno), ("承担单位", P.workplace(rng, city)),
                                   ("起止时间", f"{date_s(start, 'cn')}至{date_s(end, 'cn')}"), ("组织验收单位", issuer)], 12)  # fmt: skip
        pg.text(24, y + 2, "主要研究人员：", 12, ctx.bold)
        rows = [["序号", "姓名", "职称", "工作单位", "分工"]]
        for i, n in enumerate(team):
            rows.append(
                [
                    str(i + 1),
                    n,
                    rng.choice(P.TITLES_PRO),
                    P.workplace(rng, city),
                    "项目负责人" if i == 0 else "研究与实施",
                ]
            )
        y = pg.table(22, y + 10, [12, 24, 28, 70, 32], rows, 10, ctx.body, 10, header_font=ctx.bold)
        y = para(
            pg,
            ctx,
            24,
            y + 8,
            pg.w - 48,
            "验收意见：项目完成了任务书规定的各项指标，资料齐全，同意通过验收。",
            12,
        )
        sign(pg, ctx, issuer, when, y + 18, 12.5)
    else:  # appraisal: 鉴定（结题）审批表 first page
        y = title(pg, ctx, "课题结题鉴定审批表", 28, 20)
        rows = [["课题名称", ttl], ["课题编号", pno], ["负责人", leader], ["主要成员", "、".join(members)],
                ["立项日期", date_s(start, "cn")], ["完成日期", date_s(end, "cn")]]  # fmt: skip
        y = pg.table(22, y + 4, [34, 132], rows, 11.5, ctx.body, 12)
        pg.rect(22, y, 188, y + 70, 0.3)
        pg.text(26, y + 4, "鉴定（结题）意见：", 11.5, ctx.bold)
        para(
            pg,
            ctx,
            26,
            y + 13,
            156,
            "该课题研究方向明确，方法得当，成果具有一定的理论和实践价值，同意结题。",
            11.5,
        )
        sign(pg, ctx, issuer, when, y + 44, 12, xr=180)
    people = [person(leader, 1, "project_leader")]
    if show_members:
        people += [person(n, i + 2, "project_member") for i, n in enumerate(members)]
    fields = {"holder": holder, "title": ttl, "people": people, "issuer": issuer, "issued_on": issued}
    claim_p = leader if not show_members else rng.choice(team)
    return Doc(
        "project_completion",
        f"project8-{v}",
        [pg],
        fields,
        ["holder", "title", "people", "issuer", "issued_on"],
        {"person": claim_p, "year": issued_d.year},
    )
