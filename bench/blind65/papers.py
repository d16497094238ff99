"""Blind draw 65 builders: journal articles, books, patents, awards and project completions."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind65.kit import (
    FORMS,
    RED,
    claim,
    day,
    fill,
    fit,
    fmt,
    fmt_month,
    hand,
    iso,
    later,
    make,
    names,
    para,
    redhead,
    serial,
)  # fmt: skip
from bench.blind65.pools import FIELD_PUB, JOURNALS, PUBLISHERS, Ctx, isbn_digit, zl_check
from bench.generator.truth import person

UNITS_MARK = "¹²³⁴"


# ---- journal article ---------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("journal_article")
    rng = ctx.rng
    city = ctx.city()
    prof = ctx.profession(city, need="journals")
    y = city["year"]
    jname = ctx.pick("ja.journal", prof["journals"])
    j = JOURNALS[jname]
    title = ctx.pick("ja.title", prof["papers"]) if prof["papers"] else f"{prof['field']}研究进展"
    authors = names(rng, rng.randint(2, 5))
    units = [fill(u, city, rng) for u in prof["units"]]
    aff = [rng.randrange(len(units)) for _ in authors]
    vol, iss = str(rng.randint(22, 58)), str(rng.randint(1, 12))
    pages_s = f"{rng.randint(100, 3000)}"
    pages: list[Page] = []
    cover = v == "cover"
    head_line = f"第{vol}卷第{iss}期" if rng.random() < 0.5 else f"Vol.{vol} No.{iss}"
    ym = f"{y}年{rng.randint(1, 12)}月"
    if cover:
        c = Page()
        c.rect(0, 0, c.w, 70, 0, fill=(30, 70, 130))
        c.text(c.w / 2, 22, jname, 40, ctx.bold, "c", (255, 255, 255))
        c.text(c.w / 2, 52, j["en"], fit(j["en"], ctx.body, 14, 180), ctx.body, "c", (230, 230, 255))
        c.text(c.w / 2, 90, f"{y}年 第{vol}卷 第{iss}期", 16, ctx.body, "c")
        label_lines(c, ctx, 30, 220, [("主管", j["zg"]), ("主办", j["zb"])], 11, "：")
        c.text(30, 250, f"ISSN {j['issn']}", 13, ctx.bold)
        c.text(30, 260, f"CN {j['cn']}", 13, ctx.bold)
        c.text(c.w - 30, 260, "中国科学引文数据库（CSCD）来源期刊", 10, ctx.body, "r")
        pages.append(c)
    if v in ("toc", "cover"):
        t = Page()
        t.text(t.w / 2, 18, f"{jname}  {y}年第{iss}期  目次", 15, ctx.bold, "c")
        t.line(16, 28, t.w - 16, 28, 0.6)
        yy = 34.0
        others = [
            ("基于多源数据的区域发展水平综合评价", 2),
            ("不同处理条件下样品理化指标的比较分析", 3),
            ("典型病例回顾性分析与体会", 2),
            ("关键参数对系统性能影响的试验研究", 4),
        ]
        rng.shuffle(others)
        pos = rng.randint(1, 3)
        for i, (ot, na) in enumerate(others[:pos] + [(title, 0)] + others[pos:]):
            ppl = authors if na == 0 else names(rng, na)
            t.text(20, yy, ot, 11.5, ctx.bold if na == 0 and False else ctx.body)
            t.text(t.w - 20, yy, str(int(pages_s) + i * 9), 11, ctx.body, "r")
            t.text(26, yy + 6.5, "  ".join(ppl), 10, ctx.body)
            yy += 16
        t.text(20, 278, f"ISSN {j['issn']}    CN {j['cn']}", 10, ctx.body)
        pages.append(t)
    pg = Page()
    pages.append(pg)
    run = f"{jname}  {head_line}  {ym}" if v != "entitle" else f"{jname} {j['en']}"
    if v == "entitle":
        pg.text(pg.w - 16, 10, f"{y}, {vol}({iss})", 9, ctx.body, "r")
    pg.text(16, 10, run[:60], fit(run[:60], ctx.body, 9, 178), ctx.body)
    pg.text(pg.w - 16, 16, f"ISSN {j['issn']}  CN {j['cn']}", 8.5, ctx.body, "r")
    pg.line(16, 21, pg.w - 16, 21, 0.4)
    yy = para(pg, ctx, 22, 30, pg.w - 44, title, 17, indent=False)
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(authors):
        parts += [(a, False), (str(aff[i] + 1), True)] + ([("，", False)] if i < len(authors) - 1 else [])
    yy = pg.runs(pg.w / 2, yy + 2, parts, 12, ctx.body)
    used = sorted(set(aff))
    aff_s = "（" + "；".join(f"{u + 1}.{units[u]}，{city['prov']}{city['city']}" for u in used) + "）"
    yy = para(pg, ctx, 22, yy, pg.w - 44, aff_s, 9, indent=False)
    if v == "entitle":
        en = f"Study on Key Practical Problems in the {'Tai’an' if y == 2022 else 'Yiyang'} Area"
        pg.text(pg.w / 2, yy + 4, en, 13, ctx.bold, "c")
        yy += 12
    abstract = f"摘要：目的 探讨{title}相关问题。方法 选取{city['city']}{y - 1}年1月至{y - 1}年12月的资料进行分析。结果 各组指标差异有统计学意义（P＜0.05）。结论 该方法具有推广应用价值。"
    yy = para(pg, ctx, 22, yy + 4, pg.w - 44, abstract, 10, indent=False)
    yy = para(
        pg, ctx, 22, yy + 1, pg.w - 44, f"关键词：{prof['field']}；{city['city']}；影响因素", 10, indent=False
    )
    pg.text(
        22,
        yy + 1,
        f"中图分类号：R{rng.randint(100, 999)}    文献标志码：A    文章编号：{j['issn']}({y}){iss.zfill(2)}-0{pages_s[-3:]}-0{rng.randint(5, 9)}",
        8.5,
        ctx.body,
    )
    yy += 10
    if v == "column":
        for col in range(2):
            x0 = 22 + col * 86
            for r in range(12):
                pg.line(x0, yy + 6 + r * 6, x0 + 80, yy + 6 + r * 6, 0.15, (190, 190, 190))
        pg.text(
            22,
            272,
            f"DOI：10.{rng.randint(13000, 19999)}/j.cnki.{serial(rng, 4)}.{y}.{iss.zfill(2)}.0{serial(rng, 2)}",
            8,
            ctx.body,
        )
    else:
        for r in range(10):
            pg.line(22, yy + 6 + r * 6, pg.w - 22, yy + 6 + r * 6, 0.15, (190, 190, 190))
        pg.line(22, 246, 80, 246, 0.3)
        rec = day(rng, y - 1, 1, 12)
        fund = (
            f"{city['prov']}自然科学基金项目（{y - 1}{serial(rng, 4)}）"
            if city["year"] == 2018
            else f"{city['prov']}自然科学基金（ZR{y - 1}M{serial(rng, 3)}）"
        )
        notes = [
            f"收稿日期：{fmt(rec, 'dash')}",
            f"基金项目：{fund}",
            f"作者简介：{authors[0]}（{rng.randint(1975, 1992)}—），{rng.choice('男女')}，{rng.choice(('硕士', '本科', '副主任医师', '高级工程师'))}，研究方向：{prof['field']}。",
        ]
        yy2 = 249.0
        for n_ in notes:
            yy2 = para(pg, ctx, 22, yy2, pg.w - 44, n_, 8, indent=False)
    pg.text(pg.w / 2, 284, pages_s, 9, ctx.body, "c")
    levels = ["cscd"] + (["pku_core"] if j["pku"] else []) + (["national"] if cover else [])
    fields = {"title": title, "people": [person(a, i, "author") for i, a in enumerate(authors, 1)],
              "journal": {"name": jname, "issn": j["issn"], "cn": j["cn"], "year": y, "volume": vol, "issue": iss,
                          "levels": levels}}  # fmt: skip
    if head_line.startswith("Vol") and v not in ("cover", "toc", "entitle"):
        pg.text(pg.w - 16, 10, f"{y}年第{iss}期", 9, ctx.body, "r")
    return make(
        ctx, "journal_article", v, pages, fields, claim(city, authors[rng.randrange(min(3, len(authors)))])
    )


# ---- book ----------------------------------------------------------------------------------------
def _isbn(rng: Any, pub: str) -> str:
    pre = PUBLISHERS[pub][0]
    item = serial(rng, 8 - len(pre))
    digits = f"9787{pre}{item}"
    return f"978-7-{pre}-{item}-{isbn_digit(digits)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("book")
    rng = ctx.rng
    city = ctx.city()
    prof = ctx.profession(city, need="books")
    y = city["year"]
    title = ctx.pick("book.title", prof["books"])
    pub = FIELD_PUB.get(prof["key"]) or ctx.pick("book.pub", city["cnpub"])
    place = PUBLISHERS[pub][1]
    month = rng.randint(1, 12)
    edition = f"{y}年{month}月第1版"
    isbn = _isbn(rng, pub)
    chief = names(rng, rng.randint(1, 2))
    rest = names(rng, 12)
    deputy = [n for n in rest if n not in chief][: rng.randint(1, 3)]
    board = [n for n in rest if n not in chief and n not in deputy][: rng.randint(3, 6)]
    people: list[dict[str, Any]] = []
    pages: list[Page] = []
    pg = Page()
    pages.append(pg)
    issued: str | None = f"{y}-{month:02d}"
    if v == "translation":
        orig = rng.choice(("[美] 约翰·米勒", "[英] 大卫·布朗", "[日] 佐藤健一", "[德] 汉斯·穆勒"))
        trans = names(rng, rng.randint(1, 3))
        yy = heading(pg, ctx, title, 60, 24)
        pg.text(pg.w / 2, yy + 16, f"{orig}  著", 14, ctx.body, "c")
        pg.text(pg.w / 2, yy + 28, "  ".join(trans) + "  译", 14, ctx.body, "c")
        pg.text(pg.w / 2, 250, pub, 16, ctx.bold, "c")
        people = [person(orig.split(" ", 1)[1], 1, "author")] + [
            person(t, i, "translator") for i, t in enumerate(trans, 2)
        ]
        who = trans[0]
        chief, deputy, board = [], [], []
    else:
        people = ([person(n, i, "editor_in_chief") for i, n in enumerate(chief, 1)]
                  + [person(n, i, "deputy_editor") for i, n in enumerate(deputy, len(chief) + 1)]
                  + [person(n, i, "editorial_board") for i, n in enumerate(board, len(chief) + len(deputy) + 1)])  # fmt: skip
        who = rng.choice(chief + deputy)
        if v in ("cip", "copyright"):
            people, who = people[: len(chief)], chief[0]
    if v == "cover":
        pg.rect(0, 0, pg.w, pg.h, 0, fill=(236, 244, 232))
        pg.rect(0, 40, pg.w, 110, 0, fill=(60, 120, 80))
        s = fit(title, ctx.bold, 32, 180)
        pg.text(pg.w / 2, 66, title, s, ctx.bold, "c", (255, 255, 255))
        pg.text(pg.w / 2, 140, "主编  " + "  ".join(chief), 15, ctx.body, "c")
        pg.text(pg.w / 2, 152, "副主编  " + "  ".join(deputy), 13, ctx.body, "c")
        pg.text(
            pg.w / 2,
            22,
            f"{city['city']}专业技术人员继续教育系列教材（{y}）",
            12,
            ctx.body,
            "c",
            (40, 80, 50),
        )
        pg.text(pg.w / 2, 262, pub, 17, ctx.bold, "c")
        people = people[: len(chief) + len(deputy)]
        issued, isbn_t, ed_t = None, None, None
    elif v == "title":
        yy = heading(pg, ctx, title, 60, 24)
        pg.text(pg.w / 2, yy + 14, "主  编  " + "  ".join(chief), 14, ctx.body, "c")
        pg.text(pg.w / 2, yy + 24, "副主编  " + "  ".join(deputy), 13, ctx.body, "c")
        pg.text(pg.w / 2, yy + 40, "编  委（以姓氏笔画为序）", 12, ctx.body, "c")
        for i in range(0, len(board), 3):
            pg.text(pg.w / 2, yy + 50 + i * 3, "  ".join(board[i : i + 3]), 12, ctx.body, "c")
        pg.text(pg.w / 2, 250, pub, 16, ctx.bold, "c")
        pg.text(pg.w / 2, 260, place, 12, ctx.body, "c")
    if v != "cover":
        cp = Page() if v in ("title", "translation") else pg
        if cp is not pg:
            pages.append(cp)
        resp = "/" + (
            "、".join(chief) + "主编"
            if chief
            else "、".join(people[i]["name"] for i in range(1, len(people))) + "译"
        )
        yy = 120.0 if v != "copyright" else 70.0
        if v in ("cip", "title", "translation"):
            cp.text(24, yy, "图书在版编目（CIP）数据", 12, ctx.bold)
            cip = f"{title}{resp}. —{place}：{pub}，{y}.{month}  ISBN {isbn}  Ⅰ.①{title[:2]}… Ⅱ.①{(chief or [people[-1]['name']])[0][0]}… Ⅲ.①{prof['field']}  Ⅳ.①S{rng.randint(1, 9)}"
            yy = para(cp, ctx, 24, yy + 8, cp.w - 48, cip, 10.5, indent=False)
            cp.text(
                24,
                yy + 2,
                f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(10000, 299999)}号",
                10.5,
                ctx.body,
            )
            yy += 16
            cp.line(24, yy, cp.w - 24, yy, 0.3)
            yy += 6
        else:
            yy = heading(cp, ctx, title, 50, 18) + 6
            cp.text(24, yy, "主编：" + "、".join(chief), 11, ctx.body)
            yy += 8
        pairs = [("责任编辑", names(rng, 1)[0]), ("出版发行", pub), ("地    址", f"{place}市" if place != "北京" else "北京市"),
                 ("印    刷", f"{place}市{rng.choice(('新华', '宏达', '金海'))}印刷有限公司"),
                 ("开    本", "787 mm×1092 mm  1/16"), ("印    张", f"{rng.randint(10, 28)}.{rng.choice('05')}"),
                 ("字    数", f"{rng.randint(200, 600)}千字"), ("版    次", edition),
                 ("印    次", f"{y}年{month}月第1次印刷"), ("书    号", f"ISBN {isbn}"), ("定    价", f"{rng.randint(38, 128)}.00元")]  # fmt: skip
        label_lines(cp, ctx, 24, yy, pairs, 10.5, "：", gap=2.0)
        isbn_t, ed_t = isbn, edition
    fields = {"title": title, "people": people, "issuer": pub, "issued_on": issued,
              "book": {"isbn": isbn_t, "publisher": pub, "edition": ed_t}}  # fmt: skip
    return make(ctx, "book", v, pages, fields, claim(city, who))


# ---- patent ---------------------------------------------------------------------------------------
def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("patent_certificate")
    rng = ctx.rng
    city = ctx.city()
    prof = ctx.profession(city, need="patents")
    y = city["year"]
    kind = {
        "invention": "invention",
        "gazette": "invention",
        "utility": "utility_model",
        "design": "design",
    }.get(v, rng.choice(("invention", "utility_model")))
    titles = list(prof["patents"])
    title = ctx.pick("pat.title", titles)
    if kind == "design":
        title = title.replace("一种", "") if "（" in title else title.replace("一种", "") + "（A型）"
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    granted = day(rng, y, 1, 12)
    applied = later(granted, -rng.randint(300, 900) if kind == "invention" else -rng.randint(120, 330))
    body12 = f"{applied.year}{digit}{serial(rng, 7)}"
    number = f"ZL{body12}.{zl_check(body12)}"
    spaced = f"ZL {body12[:4]} {body12[4]} {body12[5:]}.{number[-1]}"
    printed_no = spaced if v in ("spaced", "invention") or rng.random() < 0.4 else number
    inventors = names(rng, rng.randint(1, 5))
    owner = fill(rng.choice(prof["units"]), city, rng)
    form = ctx.pick("pat.date", ("cn", "cn0"))
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    who_word = "设计人" if kind == "design" else "发明人"
    pg = Page()
    cert_no = f"第{rng.randint(1000000, 6999999)}号"
    pub_no = f"CN {rng.randint(105, 116)}{serial(rng, 6)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    if v == "gazette":
        pg.text(20, 16, "(19)中华人民共和国国家知识产权局", 13, ctx.bold)
        pg.text(20, 26, "(12)发明专利", 16, ctx.bold)
        pg.text(120, 26, f"(10)授权公告号 {pub_no}", 11, ctx.body)
        pg.text(120, 34, f"(45)授权公告日 {fmt(granted, 'iso').replace('-', '.')}", 11, ctx.body)
        pg.line(16, 42, pg.w - 16, 42, 0.5)
        pairs = [("(21)申请号", f"{body12}.{number[-1]}"), ("(22)申请日", fmt(applied, "iso").replace("-", ".")),
                 ("(73)专利权人", owner), ("(72)发明人", " ".join(inventors)), ("(54)发明名称", title)]  # fmt: skip
        yy = label_lines(pg, ctx, 20, 50, pairs, 11, " ", gap=2.2)
        yy = para(
            pg,
            ctx,
            20,
            yy + 6,
            pg.w - 40,
            f"(57)摘要  本发明公开了{title}，包括底座、支撑机构和控制单元，结构简单，使用方便，提高了工作效率。",
            10.5,
            indent=False,
        )
        printed_g = fmt(granted, "iso").replace("-", ".")
        assert printed_g
    else:
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 20, "中华人民共和国国家知识产权局", 12, ctx.body, "c")
        yy = heading(pg, ctx, f"{word}专利证书", 34, 26, spaced=False)
        pg.text(pg.w / 2, yy, f"证书号{cert_no}", 12, ctx.body, "c")
        pairs = [(f"{word}名称" if kind != "design" else "使用外观设计的产品名称", title), (who_word, "；".join(inventors)),
                 ("专利号", printed_no), ("专利申请日", fmt(applied, form)), ("专利权人", owner),
                 ("地址", f"{city['prov']}{city['city']}{rng.choice(city['counties'])}"),
                 ("授权公告日", fmt(granted, form)), ("授权公告号", pub_no)]  # fmt: skip
        if v == "spaced":
            pairs = [pairs[2], pairs[0], pairs[1], pairs[4], pairs[3], pairs[6], pairs[7]]
        yy = label_lines(pg, ctx, 26, yy + 12, pairs, 11.5, "：", gap=2.1)
        law = f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{'二十' if kind == 'invention' else '十' if kind == 'utility_model' else '十五' if y == 2022 else '十'}年，自申请日起算。"
        yy = para(pg, ctx, 26, yy + 6, pg.w - 52, law, 10.5)
        pg.text(pg.w - 40, yy + 18, "局长", 12, ctx.body, "r")
        hand(pg, ctx, pg.w - 30, yy + 17, "申长雨", 15, "c")
        pg.seal(pg.w - 50, yy + 10, 20, "国家知识产权局", k)
        pg.text(pg.w / 2, 276, "第 1 页（共 2 页）", 9, ctx.body, "c")
    fields = {"title": title, "people": [person(n, i, "inventor") for i, n in enumerate(inventors, 1)],
              "issuer": "国家知识产权局", "issued_on": iso(granted),
              "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)}}  # fmt: skip
    return make(
        ctx,
        "patent_certificate",
        v,
        [pg],
        fields,
        claim(city, inventors[rng.randrange(min(3, len(inventors)))]),
    )


# ---- award -----------------------------------------------------------------------------------------
GRADES = ("一等奖", "二等奖", "三等奖")


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("award_certificate")
    rng = ctx.rng
    city = ctx.city()
    prof = ctx.profession(city)
    y = city["year"]
    form = ctx.pick("aw.date", FORMS)
    issued = day(rng, y, 1, 12)
    grade = ctx.pick("aw.grade", GRADES)
    title = ctx.pick("aw.title", prof["projects"])
    people_n = names(rng, rng.randint(3, 7))
    holder: str | None = None
    pg = Page()
    kind = "science_technology"
    if v == "gov":
        prov = rng.random() < 0.4
        issuer = f"{city['prov']}人民政府" if prov else f"{city['city']}人民政府"
        aname = f"{(city['prov'] if prov else city['city'])}科学技术进步奖"
        level = "provincial" if prov else "municipal"
        rank = rng.randint(1, min(5, len(people_n)))
        holder = people_n[rank - 1]
        frame(pg, ctx, 3)
        yy = heading(pg, ctx, f"{aname}|证  书", 40, 28)
        txt = f"为表彰{aname}获得者，特颁发此证书。"
        yy = para(pg, ctx, 30, yy + 16, pg.w - 60, txt, 14)
        pairs = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", f"{holder}（第{rank}完成人）" if rank > 1 or rng.random() < 0.5 else holder),
                 ("证 书 号", f"{y}-J-{GRADES.index(grade) + 1}-{rng.randint(1, 80):03d}-R{rank:02d}")]  # fmt: skip
        yy = label_lines(pg, ctx, 34, yy + 6, pairs, 13, "：", label_w=28)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 26, seed=k)
        people = [person(holder, rank, "awardee")]
    elif v == "dept":
        body = (
            f"{city['prov']}{'卫生健康委员会' if y == 2022 else '卫生和计划生育委员会'}"
            if prof["key"] in ("endo", "neuro", "neonate", "us", "tcm")
            else f"{city['city']}{city['agri']}"
            if prof["key"] in ("tea", "peach", "anhua", "rice", "fish", "soil")
            else f"{city['city']}{city['sci']}"
        )
        issuer = body
        aname = ctx.pick("aw.dname", ("科技创新成果奖", "优秀科技成果奖", "技术推广奖"))
        level = "bureau"
        holder = people_n[0]
        yy = heading(pg, ctx, "荣 誉 证 书", 40, 30)
        txt = f"{holder}同志：你参加完成的“{title}”项目，荣获{y}年度{aname}{grade}。特发此证，以资鼓励。"
        yy = para(pg, ctx, 28, yy + 22, pg.w - 56, txt, 15)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 30, seed=k)
        people = [person(holder, 1, "awardee")]
    elif v == "society":
        prov = rng.random() < 0.5
        soc = {"endo": "医学会", "neuro": "护理学会", "neonate": "医学会", "us": "医学会", "tcm": "中医药学会", "line": "电机工程学会",
               "cable": "电工技术学会", "tea": "茶叶学会", "anhua": "茶叶学会", "road": "公路学会", "drone": "测绘地理信息学会",
               "chinese": "教育学会", "special": "教育学会", "library": "图书馆学会"}.get(prof["key"], "科学技术协会")  # fmt: skip
        issuer = f"{city['prov'] if prov else city['city']}{soc}"
        aname = (
            f"{issuer.replace('学会', '').replace('科学技术协会', '')}科学技术奖"
            if "学会" in issuer
            else f"{issuer}优秀学术成果奖"
        )
        level = "provincial" if prov else "municipal"
        holder = people_n[rng.randrange(3)]
        rank = people_n.index(holder) + 1
        frame(pg, ctx, 1)
        yy = heading(pg, ctx, "获 奖 证 书", 40, 28)
        pairs = [
            ("获奖项目", title),
            ("获奖者", holder),
            ("排    名", f"第{rank}名"),
            ("奖项", aname),
            ("等级", grade),
        ]
        yy = label_lines(pg, ctx, 34, yy + 20, pairs, 13, "：", label_w=26)
        pg.text(34, yy + 4, "特发此证，以资鼓励。", 13, ctx.body)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 28, seed=k)
        people = [person(holder, rank, "awardee")]
        kind = "science_technology" if "科学技术奖" in aname else "other"
    elif v == "team":
        prov = rng.random() < 0.3
        issuer = f"{city['prov']}人民政府" if prov else f"{city['city']}人民政府"
        aname = f"{city['prov'] if prov else city['city']}科学技术进步奖"
        level = "provincial" if prov else "municipal"
        frame(pg, ctx, 2)
        yy = heading(pg, ctx, aname + "证书", 36, 24)
        pairs = [
            ("项目名称", title),
            ("获奖等级", grade),
            ("主要完成单位", fill(rng.choice(prof["units"]), city, rng)),
        ]
        yy = label_lines(pg, ctx, 28, yy + 14, pairs, 12.5, "：")
        rows = [["排名", "姓名", "排名", "姓名"]]
        half = (len(people_n) + 1) // 2
        for i in range(half):
            j2 = i + half
            rows.append(
                [
                    str(i + 1),
                    people_n[i],
                    str(j2 + 1) if j2 < len(people_n) else "",
                    people_n[j2] if j2 < len(people_n) else "",
                ]
            )
        pg.text(28, yy + 2, "主要完成人：", 12.5, ctx.body)
        yy = pg.table(28, yy + 10, [20, 57, 20, 57], rows, 12, ctx.body, row_h=10)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 22, seed=k)
        people = [person(n, i, "awardee") for i, n in enumerate(people_n, 1)]
    else:  # contest
        kind = "competition"
        issuer = fill(rng.choice(("{city}{edu}", "{city}人力资源和社会保障局", "{city}总工会")), city, rng)
        aname = f"{y}年{city['city']}{prof['field']}职业技能竞赛"
        title = ctx.pick("aw.entry", prof["topics"])
        level = "bureau"
        holder = people_n[0]
        frame(pg, ctx, 3)
        yy = heading(pg, ctx, "荣 誉 证 书", 40, 30)
        txt = f"{holder}同志在{aname}中，参赛项目“{title}”荣获{grade}。"
        yy = para(pg, ctx, 28, yy + 22, pg.w - 56, txt, 15)
        pg.text(28 + 10, yy + 4, "特发此证，以资鼓励。", 15, ctx.body)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 32, seed=k)
        people = [person(holder, 1, "awardee")]
    fields = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": iso(issued),
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    who = holder or people_n[rng.randrange(3)]
    return make(ctx, "award_certificate", v, [pg], fields, claim(city, who))


# ---- project completion ---------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("project_completion")
    rng = ctx.rng
    city = ctx.city()
    prof = ctx.profession(city)
    y = city["year"]
    form = ctx.pick("pc.date", FORMS)
    issued = day(rng, y, 3, 12)
    title = ctx.pick("pc.title", prof["projects"])
    team = names(rng, rng.randint(3, 7))
    leader, members = team[0], team[1:]
    issuer = fill(
        rng.choice(
            (
                "{city}{sci}",
                "{city}社会科学界联合会",
                f"{city['prov']}{'科学技术厅'}",
                "{city}{health}" if prof["key"] in ("endo", "neuro", "us", "neonate") else "{city}{sci}",
            )
        ),
        city,
        rng,
    )
    unit = fill(rng.choice(prof["units"]), city, rng)
    no = (
        f"{city['c']}科{y - 1}{serial(rng, 3)}"
        if rng.random() < 0.6
        else f"{y - 1}{city['c']}{serial(rng, 4)}"
    )
    pg = Page()
    if v == "jieti":
        frame(pg, ctx, 2)
        yy = heading(pg, ctx, "结 题 证 书", 40, 30)
        txt = f"由{unit}{leader}主持的{'市级' if city['city'] in issuer else '省级'}科研项目“{title}”（项目编号：{no}），经专家组审核，准予结题。"
        yy = para(pg, ctx, 28, yy + 20, pg.w - 56, txt, 14)
        yy = label_lines(pg, ctx, 28, yy + 6, [("课题组成员", "、".join(members))], 13, "：")
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 24, seed=k)
    elif v == "yanshou":
        yy = heading(pg, ctx, "科技计划项目验收证书", 30, 22)
        pairs = [
            ("项目名称", title),
            ("项目编号", no),
            ("承担单位", unit),
            ("项目负责人", leader),
            ("验收日期", fmt(issued, form)),
        ]
        yy = label_lines(pg, ctx, 26, yy + 12, pairs, 12.5, "：", label_w=30)
        yy = para(
            pg,
            ctx,
            26,
            yy + 4,
            pg.w - 52,
            f"验收意见：该项目完成了合同规定的各项任务指标，资料齐全，经费使用规范，验收委员会同意通过验收。主要参加人员：{'、'.join(members)}。",
            12,
        )
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 24, seed=k, extra=["（验收组织单位）"])
    elif v == "table":
        yy = heading(pg, ctx, "课题结题鉴定表", 26, 20)
        rows = [
            ["课题名称", title],
            ["立项编号", no],
            ["主 持 人", leader],
            ["所在单位", unit],
            ["主要成员", "、".join(members)],
            ["结题时间", fmt(issued, form)],
        ]
        for r in rows:
            pg.table(20, yy + 6, [36, 134], [r], fit(r[1], ctx.body, 11, 128), ctx.body, row_h=13)
            yy += 13
        yy = para(
            pg,
            ctx,
            22,
            yy + 12,
            pg.w - 44,
            "鉴定意见：课题研究方向明确，成果具有较好的实践价值，同意结题。",
            12,
        )
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 20, seed=k, extra=["（盖章）"])
    elif v == "letter":
        yy = heading(pg, ctx, "结题证明", 40, 24, spaced=True)
        txt = f"{unit}{leader}同志主持，{'、'.join(members)}等同志参与的研究课题“{title}”（编号：{no}），已完成预期研究任务，经审核，同意结题。"
        yy = para(pg, ctx, 26, yy + 20, pg.w - 52, txt, 14)
        pg.text(36, yy + 6, "特此证明。", 14, ctx.body)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 30, seed=k)
    else:  # members
        yy = heading(pg, ctx, "项目结题证书", 34, 24)
        yy = para(
            pg,
            ctx,
            26,
            yy + 10,
            pg.w - 52,
            f"项目“{title}”（{no}）已按计划完成研究任务，经审查，准予结题。",
            13,
        )
        rows = [["序号", "姓名", "工作单位", "项目分工"]] + [
            [str(i), n, unit, "项目负责人" if i == 1 else "主要参加人"] for i, n in enumerate(team, 1)
        ]
        yy = pg.table(22, yy + 6, [16, 30, 90, 30], rows, 10.5, ctx.body, row_h=10, header_font=ctx.bold)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 22, seed=k)
    people = [person(leader, 1, "project_leader")] + [
        person(n, i, "project_member") for i, n in enumerate(members, 2)
    ]
    fields = {"holder": leader, "title": title, "people": people, "issuer": issuer, "issued_on": iso(issued)}
    return make(
        ctx, "project_completion", v, [pg], fields, claim(city, team[rng.randrange(min(3, len(team)))])
    )


__all__ = [
    "journal_article",
    "book",
    "patent_certificate",
    "award_certificate",
    "project_completion",
    "RED",
    "fmt_month",
    "redhead",
]
