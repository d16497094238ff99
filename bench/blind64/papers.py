"""Builders of draw 64's journal pages, books, patents, awards and project certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind64 import kit
from bench.blind64.certs import make
from bench.blind64.kit import fmt, iso
from bench.blind64.pools import Ctx, cscd_core, isbn_digit, levels, zl_check
from bench.generator.truth import person

# 主管 bodies we print on covers (all national-level, so they add `national`)
SUPERVISOR = {"园艺学报": "中国科学技术协会", "纺织学报": "中国科学技术协会", "硅酸盐学报": "中国科学技术协会",
              "中华眼科杂志": "中国科学技术协会", "中华皮肤科杂志": "中国科学技术协会", "中华护理杂志": "中国科学技术协会",
              "中华老年医学杂志": "中国科学技术协会", "分析化学": "中国科学院", "中国环境监测": "中华人民共和国生态环境部"}  # fmt: skip
VOLUME_BASE = {"园艺学报": 2016 - 43, "纺织学报": 2016 - 37, "硅酸盐学报": 2016 - 44, "中华眼科杂志": 2016 - 52,
               "中华皮肤科杂志": 2016 - 49, "中华护理杂志": 2016 - 51, "中华老年医学杂志": 2016 - 35,
               "分析化学": 2016 - 44, "中国环境监测": 2016 - 32, "桥梁建设": 2016 - 46, "天然气工业": 2016 - 36,
               "食品科学": 2016 - 37, "储能科学与技术": 2016 - 5}  # fmt: skip
UNIS = {"dezhou-2017": ("德州学院", "山东农业大学", "德州市农业科学研究院", "德州市人民医院"),
        "kaifeng-2016": ("河南大学", "开封大学", "开封市农林科学研究院", "开封市中心医院")}  # fmt: skip


ENG_UNIS = {"德州学院": "Dezhou University", "山东农业大学": "Shandong Agricultural University",
            "德州市农业科学研究院": "Dezhou Academy of Agricultural Sciences", "德州市人民医院": "Dezhou People's Hospital",
            "河南大学": "Henan University", "开封大学": "Kaifeng University",
            "开封市农林科学研究院": "Kaifeng Academy of Agriculture and Forestry Sciences",
            "开封市中心医院": "Kaifeng Central Hospital"}  # fmt: skip


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("journal_article")
    city, prof = ctx.city(), ctx.prof()
    jname = prof.journal
    issn, cn = cscd_core()[jname]
    y = city.year
    issue = str(ctx.rng.randint(1, 12))
    vol = str(y - VOLUME_BASE[jname]) if ctx.rng.random() < 0.7 else None
    title = ctx.rng.choice(prof.papers)
    authors = ctx.names(ctx.rng.randint(2, 5))
    b, bo = ctx.body, ctx.bold
    place = city.city[:-1]
    unis = ctx.rng.sample(UNIS[city.policy], 2)
    marks = [1 if i % 3 != 2 else 2 for i in range(len(authors))]
    head = f"第{vol}卷 第{issue}期" if vol else f"{y}年第{issue}期"
    lv = levels(jname)
    pages = []
    pg = kit.page()
    if v in ("first", "english", "twocol"):
        if v == "twocol":  # a double-column journal: centred running head, ISSN / CN at the foot
            pg.text(105, 12, f"{jname}　　{head}　　{y}年{issue}月", 9, b, "c")
            pg.text(105, 284, f"ISSN {issn}　　CN {cn}", 8.5, b, "c")
        else:
            pg.text(18, 12, f"{head}　{jname}", 9, b)
            pg.text(192, 12, f"ISSN {issn}　CN {cn}", 9, b, "r")
        pg.line(18, 18, 192, 18, 0.4)
        yy = pg.wrap(25, 28, 160, title, 17, bo, 1.4)
        parts: list[tuple[str, bool]] = []
        for i, (nm, mk) in enumerate(zip(authors, marks, strict=True)):
            parts += [(nm, False), (str(mk), True)] + ([("，", False)] if i < len(authors) - 1 else [])
        yy = pg.runs(105, yy + 3, parts, 12, b)
        for i, u in enumerate(unis):
            pg.text(
                105,
                yy,
                f"（{i + 1}. {u}，{city.province[:-1]} {place} {ctx.rng.randint(253000, 253099) if city.policy == 'dezhou-2017' else ctx.rng.randint(475000, 475099)}）",
                9.5,
                b,
                "c",
            )
            yy += 5.5
        yy = pg.wrap(
            22,
            yy + 3,
            166,
            f"摘　要：本文以{city.city}{prof.field}生产与管理实践为基础，系统分析了相关技术问题，"
            "提出了改进措施并进行了验证，结果表明该方法效果显著，可为同类研究提供参考。",
            10,
            b,
            1.7,
        )
        yy = pg.wrap(22, yy + 1, 166, f"关键词：{prof.field}；{prof.topics[0][:6]}；技术优化", 10, b, 1.7)
        pg.text(
            22,
            yy + 1,
            f"中图分类号：{cn.split('/')[1].rstrip('0123456789')}{ctx.rng.randint(100, 999)}.{ctx.rng.randint(1, 9)}　　文献标志码：A　　文章编号：{issn}（{y}）{int(issue):02d}-{ctx.rng.randint(1, 300):04d}-0{ctx.rng.randint(5, 9)}",
            8.5,
            b,
        )
        yy += 9
        if v == "english":
            yy = pg.wrap(
                22,
                yy + 2,
                166,
                "Research on key technical problems and improvement measures",
                12,
                bo,
                1.4,
            )
            yy = pg.wrap(
                22,
                yy + 1,
                166,
                f"(1. {ENG_UNIS[unis[0]]}, {'Dezhou, Shandong 253023' if city.policy == 'dezhou-2017' else 'Kaifeng, Henan 475004'}, China)",
                9,
                b,
                1.5,
            )
            yy = pg.wrap(
                22,
                yy + 1,
                166,
                "Abstract: Based on field practice, the key problems were analysed and improved measures were verified. "
                "Key words: technique; optimisation; practice",
                9.5,
                b,
                1.6,
            )
        intro = (
            f"近年来，{prof.field}领域发展迅速，{prof.topics[1]}成为行业关注的重点。"
            f"{city.city}地处{city.province[:-1]}{'西北部' if city.policy == 'dezhou-2017' else '东部'}，相关工作起步较早，"
            "但在技术规范、质量控制和人员培训等方面仍存在不足。本文结合实际工作，对上述问题进行了探讨。"
        )
        if v == "twocol":
            pg.text(22, yy + 4, "1　材料与方法", 11, bo)
            pg.wrap(22, yy + 11, 80, intro, 10, b, 1.8, indent=7)
            pg.text(108, yy + 4, "2　结果与分析", 11, bo)
            pg.wrap(
                108,
                yy + 11,
                80,
                "试验数据采用SPSS 20.0软件进行统计分析，差异显著性检验采用Duncan新复极差法。"
                "由表1可知，处理组各项指标均优于对照组，且差异达到显著水平（P<0.05）。",
                10,
                b,
                1.8,
                indent=7,
            )
        else:
            pg.text(22, yy + 4, "0　引言", 12, bo)
            pg.wrap(22, yy + 12, 166, intro, 10.5, b, 1.8, indent=7)
        pg.line(22, 246, 90, 246, 0.3)
        received = kit.day(ctx.rng, y - 1, 1, 12)
        fn = [
            f"收稿日期：{fmt(iso(received), 'dash')}；修回日期：{fmt(iso(received + dt.timedelta(days=40)), 'dash')}",
            f"基金项目：{city.province}自然科学基金项目（ZR{y - 1}{ctx.rng.choice('CEH')}M{ctx.rng.randint(10, 99)}）",
            f"作者简介：{authors[0]}（{ctx.rng.randint(1972, 1990)}—），{ctx.rng.choice('男女')}，{ctx.rng.choice(('硕士', '副研究员', '高级工程师', '主治医师'))}，主要从事{prof.field}研究。",
        ]
        for i, line in enumerate(fn):
            pg.text(22, 249 + i * 5.5, line, 8.5, b)
        pages.append(pg)
    else:
        if v == "cover":
            cv = kit.page()
            cv.rect(0, 0, 210, 80, 0, fill=(30, 70, 120))
            cv.text(105, 30, jname, 34, bo, "c", (255, 255, 255))
            cv.text(105, 92, f"{y}年 第{issue}期" + (f"　第{vol}卷" if vol else ""), 16, b, "c")
            sup = SUPERVISOR.get(jname)
            yy = 240
            if sup:
                cv.text(105, yy, f"主管：{sup}", 11, b, "c")
                yy += 7
                lv = [*lv, "national"]
            cv.text(105, yy, f"ISSN {issn}　　CN {cn}", 12, b, "c")
            cv.text(105, yy + 9, "中国科学引文数据库（CSCD）来源期刊", 10, b, "c")
            pages.append(cv)
        pg.text(105, 18, f"{jname}", 15, bo, "c")
        pg.text(
            105,
            27,
            f"{'第' + vol + '卷 ' if vol else ''}{y}年第{issue}期（总第{ctx.rng.randint(120, 420)}期）",
            10,
            b,
            "c",
        )
        pg.text(105, 35, "目　　次", 16, bo, "c")
        pg.line(18, 44, 192, 44, 0.4)
        others = [
            (t, ctx.names(ctx.rng.randint(1, 3)))
            for t in ctx.rng.sample(
                [
                    *prof.papers[::-1],
                    "基于层次分析法的质量评价体系构建",
                    "若干技术参数测定方法的比较",
                    "区域产业发展现状与对策",
                    "新型检测设备的研制与应用",
                    "典型案例分析与启示",
                ],
                5,
            )
            if t != title
        ]
        entries = others[:2] + [(title, authors)] + others[2:]
        yy, pno = 52, ctx.rng.randint(1, 80)
        for t, who in entries:
            pg.text(22, yy, t, 11, b)
            pg.text(188, yy, str(pno), 11, b, "r")
            pg.text(30, yy + 6.5, "，".join(who), 9.5, b)
            yy += 16
            pno += ctx.rng.randint(5, 10)
        pg.line(18, 262, 192, 262, 0.3)
        pg.text(105, 266, f"ISSN {issn}　CN {cn}", 10, b, "c")
        pages.append(pg)
    fields = {
        "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
        "title": title,
        "journal": {
            "name": jname,
            "issn": issn,
            "cn": cn,
            "year": y,
            "volume": vol,
            "issue": issue,
            "levels": lv,
        },
    }
    doc = make(ctx, "journal_article", v, pages, fields, ctx.rng.choice(authors), y, city)
    if v in ("toc", "cover"):  # a contents page does not say whose article it is: title and people unscored
        doc.scored = [p for p in doc.scored if p not in ("title", "people")]
    return doc


PUBLISHERS = {
    "园艺学报": ("中国农业出版社", "109"), "纺织学报": ("中国纺织出版社", "5180"), "硅酸盐学报": ("化学工业出版社", "122"),
    "储能科学与技术": ("化学工业出版社", "122"), "桥梁建设": ("人民交通出版社", "114"), "天然气工业": ("中国建筑工业出版社", "112"),
    "食品科学": ("中国轻工业出版社", "5184"), "中国环境监测": ("中国环境出版社", "5111"), "分析化学": ("化学工业出版社", "122"),
}  # fmt: skip
LOCAL = {
    "dezhou-2017": ("山东科学技术出版社", "5331", "济南"),
    "kaifeng-2016": ("河南科学技术出版社", "5349", "郑州"),
}


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("book")
    city, prof = ctx.city(), ctx.prof()
    y = city.year
    b, bo = ctx.body, ctx.bold
    if ctx.rng.random() < 0.5 or prof.journal not in PUBLISHERS:
        pub, code, town = LOCAL[city.policy]
    else:
        pub, code = PUBLISHERS.get(prof.journal, ("人民卫生出版社", "117"))
        town = "北京"
    if prof.journal.startswith("中华"):
        pub, code, town = "人民卫生出版社", "117", "北京"
    d12 = "9787" + code + "".join(str(ctx.rng.randint(0, 9)) for _ in range(12 - 4 - len(code)))
    isbn = f"978-7-{code}-{d12[4 + len(code) : -1]}-{d12[-1]}"
    isbn = f"978-7-{code}-{d12[4 + len(code) :]}-{isbn_digit(d12)}"
    month = ctx.rng.randint(1, 12)
    edition = f"{y}年{month}月第1版"
    title = ctx.rng.choice(prof.books)
    people = []
    chief = ctx.names(ctx.rng.randint(1, 2))
    deputy = ctx.names(ctx.rng.randint(0, 3)) if v != "cip" else []  # a CIP record names only the 主编
    board = ctx.names(ctx.rng.randint(0, 5)) if v in ("title", "copyright") else []
    orig = None
    if v == "translation":
        orig = ctx.pick("foreign", ("[美] 约翰·米勒", "[英] 彼得·哈里森", "[日] 山田太郎", "[德] 汉斯·韦伯"))
        title = f"{prof.field}技术手册"
        people.append(person(orig.split(" ")[1], 1, "author"))
        people += [person(n, i + 2, "translator") for i, n in enumerate(chief)]
        deputy, board = [], []
    else:
        roles = [("editor_in_chief", chief), ("deputy_editor", deputy), ("editorial_board", board)]
        for role, who in roles:
            for n in who:
                people.append(person(n, len(people) + 1, role))
    pg = kit.page()
    pages = []
    resp = "　".join(chief) + (" 主编" if v != "translation" else " 译")
    if v == "cover":
        pg.rect(0, 0, 210, 297, 0, fill=(236, 228, 205))
        pg.text(105, 30, "专业技术人员继续教育培训系列教材（" + str(y) + "）", 11, b, "c")
        pg.text(105, 80, title, 30, bo, "c")
        pg.text(105, 130, f"主　编　{'　'.join(chief)}", 14, b, "c")
        if deputy:
            pg.text(105, 142, f"副主编　{'　'.join(deputy)}", 12, b, "c")
        pg.text(105, 268, pub, 15, bo, "c")
        fields = {
            "people": people,
            "title": title,
            "issuer": pub,
            "book": {"isbn": None, "publisher": pub, "edition": None},
        }
        pages.append(pg)
        return make(ctx, "book", v, pages, fields, chief[0], y, city)
    if v == "cip" or v == "translation":
        pg.text(105, 30, title, 20, bo, "c")
        if orig:
            pg.text(105, 44, f"{orig} 著　　{'　'.join(chief)} 译", 12, b, "c")
        yy = 120
        pg.text(25, yy, "图书在版编目（CIP）数据", 12, bo)
        yy = pg.wrap(
            25,
            yy + 9,
            160,
            f"{title} / "
            + (f"{orig}著；{'，'.join(chief)}译" if orig else f"{'，'.join(chief)}主编")
            + f". —{town}：{pub}，{y}.{month}",
            10.5,
            b,
            1.7,
        )
        pg.text(25, yy, f"ISBN {isbn}", 10.5, b)
        pg.text(
            25,
            yy + 7,
            f"Ⅰ.①{title[:2]}…　Ⅱ.①{chief[0]}…　Ⅲ.①{prof.field}　Ⅳ.①{ctx.rng.choice('SRTX')}{ctx.rng.randint(10, 99)}",
            10.5,
            b,
        )
        pg.text(
            25, yy + 14, f"中国版本图书馆CIP数据核字（{y}）第{ctx.rng.randint(10000, 299999):06d}号", 10.5, b
        )
        pg.line(25, yy + 24, 185, yy + 24, 0.3)
        rows = [
            ("责任编辑", ctx.name()),
            ("出版发行", pub),
            ("印　　刷", f"{town}新华印刷厂"),
            ("开　　本", "787mm×1092mm　1/16"),
            ("版　　次", edition),
            ("定　　价", f"{ctx.rng.randint(28, 88)}.00元"),
        ]
        label_lines(pg, ctx, 25, yy + 30, rows, 10.5, "：", 1.9)
        pages.append(pg)
    elif v == "title":
        pg.text(105, 60, title, 26, bo, "c")
        yy = 110
        pg.text(105, yy, "编 委 会", 15, bo, "c")
        yy += 12
        for lab, who in (("主　编", chief), ("副主编", deputy), ("编　委", board)):
            if who:
                yy = kit.name_rows(pg, 50, yy, f"{lab}　", who, 12, b)
        pg.text(105, 262, pub, 14, bo, "c")
        pages.append(pg)
        pg = kit.page()
        label_lines(
            pg,
            ctx,
            30,
            190,
            [
                ("书　　名", title),
                ("主　　编", "　".join(chief)),
                ("出版发行", pub),
                ("版　　次", edition),
                ("印　　次", f"{y}年{month}月第1次印刷"),
                ("书　　号", f"ISBN {isbn}"),
            ],
            10.5,
            "：",
            1.9,
        )
        pages.append(pg)
    else:  # copyright page
        pg.text(30, 150, f"{title}", 12, bo)
        yy = kit.name_rows(pg, 30, 160, "主　编：", chief, 10.5, b)
        if deputy:
            yy = kit.name_rows(pg, 30, yy, "副主编：", deputy, 10.5, b)
        if board:
            yy = kit.name_rows(pg, 30, yy, "编　委：", board, 10.5, b)
        label_lines(
            pg,
            ctx,
            30,
            yy + 4,
            [
                ("出版发行", pub),
                ("社　　址", f"{town}市" + ctx.rng.choice(("经五路66号", "农业路16号", "北三环东路17号"))),
                ("印　　张", str(ctx.rng.randint(10, 25))),
                ("字　　数", f"{ctx.rng.randint(200, 500)}千字"),
                ("版　　次", edition),
                ("书　　号", f"ISBN {isbn}"),
                ("定　　价", f"{ctx.rng.randint(28, 88)}.00元"),
            ],
            10.5,
            "：",
            1.9,
        )
        pg.text(30, 270, "版权所有　侵权必究", 10, b)
        pages.append(pg)
    _ = resp
    fields = {
        "people": people,
        "title": title,
        "issuer": pub,
        "issued_on": f"{y}-{month:02d}",
        "book": {"isbn": isbn, "publisher": pub, "edition": edition},
    }
    claim = chief[0]
    return make(ctx, "book", v, pages, fields, claim, y, city)


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("patent_certificate")
    city, prof = ctx.city(), ctx.prof()
    kind = {"utility": "utility_model", "design": "design"}.get(
        v, ctx.rng.choice(("invention", "utility_model")) if v in ("register", "ecert") else "invention"
    )
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    granted = kit.day(ctx.rng, city.year, 1, 12)
    applied = granted - dt.timedelta(
        days=ctx.rng.randint(300, 900) if kind == "invention" else ctx.rng.randint(120, 330)
    )
    d12 = f"{applied.year}{digit}{ctx.rng.randint(0, 9999999):07d}"
    num = f"ZL{d12}.{zl_check(d12)}"
    shown = ctx.pick("zl", (f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{num[-1]}", num, f"ZL {d12}.{num[-1]}"))
    title = ctx.rng.choice(prof.designs if kind == "design" else prof.patents)
    inventors = ctx.names(ctx.rng.randint(1, 5))
    owner = (
        f"{ctx.rng.choice(city.counties)}{prof.unit}"
        if ctx.rng.random() < 0.6
        else ctx.rng.choice(UNIS[city.policy])
    )
    b, bo = ctx.body, ctx.bold
    f = ctx.rng.choice(("pad", "ymd", "pad"))
    certno = f"第{ctx.rng.randint(2000000, 6999999)}号"
    who_lab = "设计人" if kind == "design" else "发明人"
    name_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    term = "二十年" if kind == "invention" else "十年"
    pg = kit.page()
    if v == "register":
        pg.text(105, 28, "专利登记簿副本", 20, bo, "c")
        rows = [
            ["专利号", shown],
            ["申请日", fmt(iso(applied), f)],
            ["授权公告日", fmt(iso(granted), f)],
            ["专利类型", f"{word}专利"],
            [name_lab, title],
            [who_lab, "；".join(inventors)],
            ["专利权人", owner],
            ["法律状态", "专利权维持"],
        ]
        y = pg.table(22, 46, [40, 126], rows, 11, b, 12)
        pg.text(22, y + 10, "本副本记载内容与专利登记簿一致。", 11, b)
        sign_block(
            pg,
            ctx,
            "国家知识产权局",
            fmt(iso(granted + dt.timedelta(days=ctx.rng.randint(20, 60))), f),
            y + 30,
            seed=k,
        )
    else:
        frame(pg, ctx, 2 if v != "ecert" else 1)
        pg.text(105, 30, "证书号" + certno, 11, b, "c")
        y = heading(pg, ctx, f"{word}专利证书", 48, 28)
        pairs = [
            (name_lab, title),
            (who_lab, "；".join(inventors)),
            ("专利号", shown),
            ("专利申请日", fmt(iso(applied), f)),
            ("专利权人", owner),
            ("授权公告日", fmt(iso(granted), f)),
        ]
        y = label_lines(pg, ctx, 28, y + 10, pairs, 12.5, "：", 2.2)
        txt = (
            f"本{word}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{'本' if v == 'ecert' else ''}{word}专利证书"
            f"并在专利登记簿上予以登记。专利权自授权公告之日起生效。本专利的专利权期限为{term}，自申请日起算。专利权人应当依照专利法"
            "及其实施细则规定缴纳年费。"
        )
        y = pg.wrap(28, y + 6, 154, txt, 11, b, 1.8, indent=8)
        if v == "ecert":
            pg.text(28, y + 4, "本证书为电子专利证书，可通过国家知识产权局专利电子申请网站验证。", 10, b)
        pg.text(28, 250, "国家知识产权局", 12, b)
        pg.text(120, 248, "局长", 12, b)
        pg.text(140, 246, "申长雨", 16, ctx.hand)
        pg.seal(155, 230, 20, "国家知识产权局", k)
    fields = {
        "people": [person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
        "title": title,
        "issuer": "国家知识产权局",
        "issued_on": iso(granted),
        "patent": {"kind": kind, "number": num, "applied_on": iso(applied), "granted_on": iso(granted)},
    }
    return make(ctx, "patent_certificate", v, [pg], fields, ctx.rng.choice(inventors), city.year, city)


GRADES = ("一等奖", "二等奖", "三等奖")
PROVINCIAL = {
    "农业局": "农业厅",
    "交通运输局": "交通运输厅",
    "住房和城乡建设局": "住房和城乡建设厅",
    "环境保护局": "环境保护厅",
    "教育局": "教育厅",
    "工业和信息化局": "经济和信息化委员会",
    "市场监督管理局": "食品药品监督管理局",
}


def provincial(bureau: str) -> str:
    """The provincial counterpart of a city bureau (2016-2017 names)."""
    return PROVINCIAL.get(bureau, bureau)


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("award_certificate")
    city, prof = ctx.city(), ctx.prof()
    y = city.year
    b = ctx.body
    grade = ctx.rng.choice(GRADES)
    title = ctx.rng.choice(prof.projects)
    date = kit.day(ctx.rng, y, 1, 12)
    f = ctx.form()
    holder: str | None = ctx.name()
    rank = ctx.rng.randint(1, 5)
    team: list[str] = []
    if v == "government":
        county = ctx.rng.random() < 0.4
        issuer = f"{ctx.rng.choice(city.counties)}人民政府" if county else f"{city.city}人民政府"
        level, kind = ("county" if county else "municipal"), "science_technology"
        aname = "科学技术进步奖"
    elif v == "department":
        if ctx.rng.random() < 0.5:
            issuer, aname, kind = f"{city.province}教育厅", "高等学校科学技术奖", "science_technology"
        else:
            issuer, aname, kind = (
                f"{city.province}{provincial(prof.bureau)}",
                "科技成果奖",
                "science_technology",
            )
        level = "provincial"
        if prof.bureau == "卫生和计划生育委员会":
            aname = "医学科技奖"
    elif v == "society":
        soc = ctx.rng.random() < 0.5
        issuer = f"{city.city}社会科学界联合会" if soc else f"{city.province}{prof.society}"
        aname = "社会科学优秀成果奖" if soc else f"{prof.society[:-2]}科学技术奖"
        kind = "social_science" if soc else "science_technology"
        level = "municipal" if soc else "provincial"
        if soc:
            title = f"{city.city}{prof.field}产业发展对策研究"
    elif v == "team":
        issuer, aname, kind, level = (
            f"{city.city}人民政府",
            "科学技术进步奖",
            "science_technology",
            "municipal",
        )
        team = ctx.names(ctx.rng.randint(3, 6))
        holder = None
    else:
        issuer = f"{city.city}人力资源和社会保障局"
        aname = f"{city.city}{y}年{prof.field}职业技能竞赛"
        kind, level = "competition", "municipal"
        title = f"{prof.field}技能操作"
    pg = kit.page(True)
    frame(pg, ctx, 3 if v != "contest" else 2)
    yy = heading(pg, ctx, "荣 誉 证 书" if v == "contest" else "获 奖 证 书", 28, 30)
    label = "完成人" if v != "contest" else "获奖选手"
    if v == "team":
        pg.text(40, yy + 4, f"项目名称：{title}", 14, b)
        pg.text(40, yy + 14, f"奖励类别：{y}年度{city.city}{aname}", 14, b)
        pg.text(40, yy + 24, f"奖励等级：{grade}", 14, b)
        rows = [["排名", "完成人", "排名", "完成人"]]
        for i in range(0, len(team), 2):
            rows.append(
                [
                    str(i + 1),
                    team[i],
                    str(i + 2) if i + 1 < len(team) else "",
                    team[i + 1] if i + 1 < len(team) else "",
                ]
            )
        pg.table(40, yy + 36, [20, 50, 20, 50], rows, 12, b, 10)
        people = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
    elif v == "contest":
        txt = f"{holder}同志在{aname}中荣获{title}项目{grade}。特发此证，以资鼓励。"
        pg.wrap(45, yy + 10, 207, txt, 17, b, 2.2, indent=12)
        people = [person(holder, 1, "awardee")]
    else:
        full = f"{y}年度{issuer[:-4] if issuer.endswith('人民政府') else ''}{aname}"
        txt = (
            f"为表彰在{prof.field}科学技术工作中作出突出贡献的单位和个人，特颁发此证书，以资鼓励。"
            if ctx.rng.random() < 0.5
            else "经评审委员会评审，决定授予下列项目奖励，特发此证。"
        )
        yy = pg.wrap(40, yy + 4, 217, txt, 13, b, 1.9, indent=9)
        rk = f"（第{kit.cn_num(rank)}完成人）" if ctx.rng.random() < 0.5 else f"（排名第{rank}）"
        pairs = [
            ("项目名称", title),
            ("奖励名称", full),
            ("奖励等级", grade),
            (label, f"{holder}{rk}"),
            ("证书编号", f"{y}-{ctx.rng.choice('JKQ')}-{ctx.rng.randint(100, 999)}-{rank:02d}"),
        ]
        label_lines(pg, ctx, 40, yy + 6, pairs, 14, "：", 2.1)
        aname = full
        people = [person(holder, rank, "awardee")]
    if v == "team":
        aname = f"{y}年度{city.city}{aname}"
    sign_block(pg, ctx, issuer, fmt(iso(date), f), 160, 255, seed=k)
    fields = {
        "holder": holder,
        "people": people,
        "title": title,
        "issuer": issuer,
        "issued_on": iso(date),
        "award": {"name": aname, "kind": kind, "level": level, "grade": grade},
    }
    claim = holder or ctx.rng.choice(team)
    return make(ctx, "award_certificate", v, [pg], fields, claim, y, city)


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("project_completion")
    city, prof = ctx.city(), ctx.prof()
    y = city.year
    b, bo = ctx.body, ctx.bold
    title = ctx.rng.choice(prof.projects)
    leader, members = ctx.name(), ctx.names(ctx.rng.randint(2, 5))
    issuer = ctx.pick(
        "projissuer",
        (
            f"{city.city}科学技术局",
            f"{city.province}科学技术厅",
            f"{city.province}教育厅",
            f"{city.city}社会科学界联合会",
            f"{city.province}{provincial(prof.bureau)}",
        ),
    )
    date = kit.day(ctx.rng, y, 1, 12)
    f = ctx.form()
    pno = f"{city.short if ctx.rng.random() < 0.3 else ''}{y - ctx.rng.randint(1, 3)}{ctx.rng.choice(('KJ', 'ZC', 'SK', 'RK'))}{ctx.rng.randint(10, 999):03d}"
    unit = f"{ctx.rng.choice(city.counties)}{prof.unit}"
    pg = kit.page(v in ("jieti",))
    if v == "jieti":
        frame(pg, ctx, 2)
        yy = heading(pg, ctx, "结 题 证 书", 30, 30)
        txt = (
            f"{leader}同志主持的{y - 2}年度项目《{title}》（项目编号：{pno}），经专家组鉴定，已完成研究任务，准予结题。"
            f"课题组主要成员：{'、'.join(members)}。"
        )
        pg.wrap(40, yy + 10, 217, txt, 15, b, 2.1, indent=10)
        sign_block(pg, ctx, issuer, fmt(iso(date), f), 150, 255, seed=k)
    elif v == "yanshou":
        pg.text(105, 30, "科技计划项目验收证书", 20, bo, "c")
        pairs = [
            ("项目名称", title),
            ("项目编号", pno),
            ("承担单位", unit),
            ("项目负责人", leader),
            ("主要参加人员", "、".join(members)),
            ("验收结论", "通过验收"),
            ("组织验收单位", issuer),
        ]
        yy = label_lines(pg, ctx, 25, 52, pairs, 12.5, "：", 2.3, 34, True)
        sign_block(pg, ctx, issuer, fmt(iso(date), f), yy + 20, seed=k)
    elif v == "table":
        pg.text(105, 24, "项目结题鉴定表", 18, bo, "c")
        rows = [
            ["项目名称", title],
            ["项目编号", pno],
            ["负责人", leader],
            ["所在单位", unit],
            ["课题组成员", "、".join(members)],
            ["鉴定结论", "同意结题"],
            ["鉴定单位", issuer],
            ["结题日期", fmt(iso(date), f)],
        ]
        yy = pg.table(20, 40, [36, 134], rows, 11, b, 13)
        pg.text(110, yy + 12, "（盖章）", 12, b)
        pg.seal(150, yy + 16, 19, issuer, k)
    elif v == "letter":
        pg.text(105, 40, "结 题 证 明", 22, bo, "c")
        txt = (
            f"{unit}{leader}同志主持的项目“{title}”（编号：{pno}），课题组成员{'、'.join(members)}，"
            f"已按计划完成研究任务，经审核，同意结题。"
        )
        yy = pg.wrap(25, 66, 160, txt, 14, b, 2.0, indent=10)
        pg.text(35, yy + 6, "特此证明。", 14, b)
        sign_block(pg, ctx, issuer, fmt(iso(date), f), yy + 36, seed=k)
    else:
        pg.text(105, 28, "结 题 证 书", 22, bo, "c")
        yy = label_lines(
            pg, ctx, 25, 46, [("项目名称", title), ("项目编号", pno), ("项目负责人", leader)], 12.5, "：", 2.2
        )
        pg.text(25, yy + 2, "项目组成员：", 12.5, bo)
        rows = [["排名", "姓名", "单位", "分工"]] + [
            [str(i + 2), n, unit, ctx.rng.choice(("试验实施", "数据分析", "调查研究", "报告撰写"))]
            for i, n in enumerate(members)
        ]
        yy = pg.table(25, yy + 10, [16, 30, 84, 30], rows, 10.5, b, 10)
        pg.text(25, yy + 10, "经审核，该项目已完成预期研究任务，准予结题。", 12.5, b)
        sign_block(pg, ctx, issuer, fmt(iso(date), f), yy + 28, seed=k)
    people = [person(leader, 1, "project_leader")] + [
        person(n, i + 2, "project_member") for i, n in enumerate(members)
    ]
    fields = {"holder": leader, "people": people, "title": title, "issuer": issuer, "issued_on": iso(date)}
    claim = leader if ctx.rng.random() < 0.7 else members[0]
    return make(ctx, "project_completion", v, [pg], fields, claim, y, city)
