"""Draw 18 builders: journal articles, books, patents, awards and project completion documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import journals, supervisor
from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind18.pools import COUNTY_CITY, Ctx, isbn_digit, region, workplace, zl_check
from bench.generator.truth import person

THEMES = ["基于机器学习的冬小麦产量预测模型研究", "社区老年高血压患者自我管理干预效果分析", "黄河下游滩区土壤重金属空间分布特征",
          "初中数学问题链教学的实践探索", "装配式混凝土框架节点抗震性能试验研究", "猪繁殖与呼吸综合征病毒流行株的遗传变异分析",
          "湘江流域水质时空变化及驱动因素", "超声引导下神经阻滞在髋关节置换术中的应用", "城市道路沥青路面早期病害成因与对策",
          "设施蔬菜连作障碍的微生物修复机制"]  # fmt: skip


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    r = ctx.rng
    prov, city = region(ctx)
    j = r.choice(journals())
    title = r.choice(THEMES)
    n = r.randint(1, 5)
    ppl = ctx.people(n)
    year = r.randint(2017, 2024)
    issue = str(r.randint(1, 12))
    vol = str(r.randint(20, 48)) if v in ("firstpage", "cover", "colophon") else None
    sup, sup_lv = supervisor(r, j)
    shows_sup = v in ("cover", "colophon")
    levels = list(j.base_levels) + ([sup_lv] if shows_sup else [])
    volword = f"第{vol}卷 " if vol else ""
    head = f"{j.name}  {year}年{volword}第{issue}期"
    aff = workplace(ctx, city)
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if vol:
        scored.append("journal.volume")
    pages = []
    pg = Page()
    if v in ("firstpage", "footnote"):
        scored += ["title", "people"]
        pg.text(15, 10, head, 9, ctx.body)
        pg.text(195, 10, f"ISSN {j.issn}  CN {j.cn}", 9, ctx.body, "r")
        pg.line(15, 15, 195, 15, 0.4)
        y = pg.wrap(25, 26, 160, title, 17, ctx.bold)
        pg.text(105, y + 3, "，".join(ppl) if v == "footnote" else "  ".join(ppl), 12, ctx.body, "c")
        pg.text(105, y + 11, f"（{aff}，{prov}{city} {r.randint(100000, 999999)}）", 9.5, ctx.body, "c")
        y = pg.wrap(20, y + 22, 170, "摘要：目的  探讨" + title[:12] + "的相关因素。方法  选取研究对象并进行分组比较。"
                    "结果  差异具有统计学意义（P<0.05）。结论  该方法值得推广。", 10, ctx.body)  # fmt: skip
        pg.text(20, y + 2, "关键词：" + "；".join([title[:4], title[4:8], "对策"]), 10, ctx.body)
        pg.text(20, y + 10, "中图分类号：S" + str(r.randint(100, 899)) + "  文献标志码：A", 9, ctx.body)
        if v == "footnote":
            pg.line(20, 262, 90, 262, 0.3)
            pg.text(
                20, 265, f"收稿日期：{year - 1}-{r.randint(1, 12):02d}-{r.randint(10, 28)}", 8.5, ctx.body
            )
            pg.text(
                20,
                270,
                f"基金项目：{prov}自然科学基金项目（ZR{year - 2}MC{r.randint(100, 999)}）",
                8.5,
                ctx.body,
            )
            pg.text(
                20,
                275,
                f"作者简介：{ppl[0]}（{year - r.randint(28, 50)}—），{r.choice(['男', '女'])}，硕士，主要从事相关研究。",
                8.5,
                ctx.body,
            )
    elif v == "cover":
        pg.rect(0, 0, 210, 297, 0, fill=(235, 242, 248))
        pg.text(105, 40, j.name, 34, ctx.bold, "c", (20, 60, 120))
        pg.text(105, 70, f"{year}年 {volword}第{issue}期", 15, ctx.body, "c")
        pg.text(30, 110, "本期要目", 13, ctx.bold)
        pg.wrap(30, 120, 150, f"{title}  ……  {'  '.join(ppl)}", 11, ctx.body)
        pg.text(20, 250, f"主管：{sup}", 11, ctx.body)
        pg.text(20, 258, f"ISSN {j.issn}", 11, ctx.body)
        pg.text(20, 266, f"CN {j.cn}", 11, ctx.body)
    elif v == "toc":
        pg.text(105, 16, j.name, 18, ctx.bold, "c")
        pg.text(105, 27, f"{year}年第{issue}期（总第{r.randint(100, 400)}期）", 11, ctx.body, "c")
        pg.text(105, 36, "目    次", 15, ctx.bold, "c")
        arts = [(t, ctx.people(r.randint(1, 3))) for t in r.sample(THEMES, 5)]
        ci = r.randrange(5)
        arts[ci] = (title, ppl)
        y = 50
        pg_no = r.randint(1, 30)
        for t, ps in arts:
            pg.text(20, y, t, 11, ctx.body)
            pg.text(190, y, str(pg_no), 11, ctx.body, "r")
            pg.text(30, y + 6, "  ".join(ps), 9.5, ctx.body)
            y += 16
            pg_no += r.randint(4, 9)
        pg.text(105, 270, f"ISSN {j.issn}    CN {j.cn}", 10, ctx.body, "c")
    else:  # colophon + first page
        pg.text(105, 20, j.name, 18, ctx.bold, "c")
        pg.text(
            105,
            32,
            f"（{'月刊' if r.random() < 0.5 else '双月刊'}，{r.randint(1978, 2005)}年创刊）",
            10,
            ctx.body,
            "c",
        )
        pg.text(105, 40, f"{year}年{volword}第{issue}期", 11, ctx.body, "c")
        label_lines(pg, ctx, 40, 60, [("主管", sup), ("主办", f"{prov}{r.choice(['科学院', '农业科学院', '医学会'])}"),
                                      ("主编", ctx.people(1)[0]), ("出版", f"《{j.name}》编辑部"),
                                      ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}")],
                    11, "：", 2.3, 50)  # fmt: skip
        pages.append(pg)
        pg = Page()
        scored += ["title", "people"]
        pg.text(15, 10, head, 9, ctx.body)
        pg.line(15, 15, 195, 15, 0.4)
        y = pg.wrap(25, 26, 160, title, 17, ctx.bold)
        pg.runs(
            105, y + 3, [(p + ("，" if i < n - 1 else ""), False) for i, p in enumerate(ppl)], 12, ctx.body
        )
        pg.text(105, y + 11, f"（{aff}）", 9.5, ctx.body, "c")
        pg.wrap(
            20,
            y + 22,
            170,
            "摘要：本文以" + title[:10] + "为对象开展研究，结果可为相关工作提供参考。",
            10,
            ctx.body,
        )
    pages.append(pg)
    people = [person(p, i + 1, "author") for i, p in enumerate(ppl)]
    jr = {
        "name": j.name,
        "issn": j.issn,
        "cn": j.cn,
        "year": year,
        "volume": vol,
        "issue": issue,
        "levels": levels,
    }
    f = {"title": title, "people": people, "journal": jr}
    claim = {"person": ppl[r.randrange(n)], "year": year}
    return Doc("journal_article", f"journal18-{v}", pages, f, scored, claim)


PUBLISHERS = [("中国农业出版社", "109"), ("人民卫生出版社", "117"), ("湖南科学技术出版社", "5357"),
              ("河南科学技术出版社", "5349"), ("山东科学技术出版社", "5331"), ("中国建筑工业出版社", "112"),
              ("湖南师范大学出版社", "5648"), ("郑州大学出版社", "5645")]  # fmt: skip
BOOKS = ["基层医院常见病诊疗规范", "中小学班主任工作实务", "现代果树栽培技术", "建筑工程质量通病防治手册",
         "动物疫病诊断与防控", "农村饮水安全工程建设与管理", "临床护理技术操作规程", "地方文化与乡土教材开发"]  # fmt: skip


def _isbn(r, pub: str) -> str:  # noqa: ANN001
    rest = 8 - len(pub)
    body = "978" + "7" + pub + "".join(str(r.randint(0, 9)) for _ in range(rest))
    c = isbn_digit(body)
    return f"978-7-{pub}-{body[4 + len(pub) :]}-{c}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    r = ctx.rng
    pub, code = r.choice(PUBLISHERS)
    title = r.choice(BOOKS)
    y, mo = r.randint(2015, 2024), r.randint(1, 12)
    isbn = _isbn(r, code)
    chief = ctx.people(r.randint(1, 2))
    deputy = ctx.people(r.randint(0, 3))
    deputy = [p for p in deputy if p not in chief]
    board = [p for p in ctx.people(r.randint(3, 6)) if p not in chief + deputy] if v == "board" else []
    people = []
    for role, grp in (("editor_in_chief", chief), ("deputy_editor", deputy), ("editorial_board", board)):
        for p in grp:
            people.append(person(p, len(people) + 1, role))
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    pages = []
    pg = Page(w=170, h=240)
    cip_lines = None
    orig = None
    if v == "translated":
        orig, latin = r.choice(
            [("米勒", "J. Miller"), ("卡特", "H. Carter"), ("罗伯茨", "D. Roberts"), ("施密特", "A. Schmidt")]
        )
        tr = ctx.people(r.randint(1, 2))
        people = [person(orig, 1, "author")] + [person(p, i + 2, "translator") for i, p in enumerate(tr)]
        title = r.choice(["循证护理实践指南", "土壤微生物生态学导论", "课堂评价的艺术", "结构抗震设计原理"])
        resp = f"（美）{orig}（{latin}）著；{'，'.join(tr)}译"
    else:
        resp = f"{'，'.join(chief)}主编" + (f"；{'，'.join(deputy)}副主编" if deputy else "")
    ed_str = f"{ctx.m(y, mo)}第1版"
    cip_lines = [f"{title}/{resp}. —{pub}，{y}.{mo}",
                 f"ISBN {isbn}", f"Ⅰ.①{title[:2]}…  Ⅱ.①{(orig or chief[0])[:2]}…  Ⅲ.①{title[-4:]}  Ⅳ.①R{r.randint(1, 99)}"]  # fmt: skip
    info = [f"书    名  {title}", f"出版发行  {pub}", f"印    刷  {r.choice(['河南瑞光印务', '山东新华印刷厂', '长沙鸿发印务'])}股份有限公司",
            "开    本  787mm×1092mm  1/16", f"印    张  {r.randint(10, 30)}.5", f"字    数  {r.randint(200, 600)}千字",
            f"版    次  {ed_str}", f"印    次  {ctx.m(y, mo)}第1次印刷", f"书    号  ISBN {isbn}",
            f"定    价  {r.randint(30, 98)}.00元"]  # fmt: skip
    edition_truth = f"{y}年{mo}月第1版"

    def cip(p: Page, top: float) -> None:
        p.text(15, top, "图书在版编目（CIP）数据", 11, ctx.bold)
        yy = top + 9
        for ln in cip_lines:
            yy = p.wrap(15, yy, 140, ln, 9.5, ctx.body)
        p.text(15, yy + 2, f"中国版本图书馆CIP数据核字（{y}）第{r.randint(10000, 299999)}号", 9.5, ctx.body)
        yy += 14
        p.line(15, yy, 155, yy, 0.3)
        for ln in info:
            yy += 6
            p.text(15, yy, ln, 9.5, ctx.body)
        p.text(15, yy + 12, "版权所有  侵权必究", 9, ctx.body)

    if v == "cover":
        pg.rect(0, 0, 170, 240, 0, fill=(r.randint(150, 230), r.randint(150, 230), r.randint(180, 240)))
        pg.text(85, 60, title, 24, ctx.bold, "c")
        yy = 110
        for p in people:
            lab = {"editor_in_chief": "主编", "deputy_editor": "副主编"}[p["role"]]
            pg.text(85, yy, f"{lab}  {p['name']}", 12, ctx.body, "c")
            yy += 8
        pg.text(85, 215, pub, 14, ctx.bold, "c")
        scored = ["title", "people", "issuer", "book.publisher"]
        f = {"title": title, "people": people, "issuer": pub, "issued_on": None,
             "book": {"isbn": None, "publisher": pub, "edition": None}}  # fmt: skip
    else:
        if v in ("titlecip", "board"):
            tp = Page(w=170, h=240)
            tp.text(85, 50, title, 22, ctx.bold, "c")
            yy = 90
            if v == "board":
                tp.text(85, yy, "编 委 会", 14, ctx.bold, "c")
                yy += 12
            for role, lab in (
                ("editor_in_chief", "主  编"),
                ("deputy_editor", "副主编"),
                ("editorial_board", "编  委"),
            ):
                grp = [p["name"] for p in people if p["role"] == role]
                if grp:
                    tp.text(30, yy, lab, 11, ctx.body)
                    tp.wrap(55, yy, 100, "  ".join(grp), 11, ctx.body)
                    yy += 10
            tp.text(85, 210, pub, 13, ctx.body, "c")
            pages.append(tp)
        cip(pg, 100)
        f = {"title": title, "people": people, "issuer": pub, "issued_on": f"{y}-{mo:02d}",
             "book": {"isbn": isbn, "publisher": pub, "edition": edition_truth}}  # fmt: skip
        if ed_str != f"{y}年{mo}月第1版":
            scored.remove("book.edition")
    pages.append(pg)
    names = [p["name"] for p in people if p["role"] != "author"]
    return Doc("book", f"book18-{v}", pages, f, scored, {"person": r.choice(names), "year": y})


INVENTIONS = ["一种玉米秸秆粉碎还田装置", "一种便携式静脉输液固定架", "一种用于教学的几何演示教具", "一种建筑外墙保温板固定结构",
              "一种畜禽饮水自动消毒器", "一种河道水质采样装置", "一种多功能护理床", "一种温室大棚智能通风窗"]  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    r = ctx.rng
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, r.choice(["invention", "utility_model"])
    )
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    title = r.choice(INVENTIONS)
    if kind == "design":
        title = r.choice(["茶叶包装盒", "儿童座椅", "台灯（折叠式）", "教学展板"])
    applied = ctx.date(2016, 2022)
    granted = applied + dt.timedelta(days=r.randint(150, 900) if kind == "invention" else r.randint(90, 300))
    digits = f"{applied.year}{'123'[['invention', 'utility_model', 'design'].index(kind)]}{r.randint(1000000, 9999999)}"
    num = f"ZL{digits}.{zl_check(digits)}"
    printed = f"ZL {digits}.{zl_check(digits)}"
    inv = ctx.people(r.randint(1, 4))
    owner = workplace(ctx)
    pg = Page()
    if v in ("invention", "utility", "design"):
        frame(pg, ctx, 2)
        pg.text(105, 30, "证书号第" + str(r.randint(1000000, 9999999)) + "号", 11, ctx.body, "c")
        heading(pg, ctx, f"{word}专利证书", 45, 26)
        y = label_lines(pg, ctx, 30, 75, [(f"{word}名称", title), ("发  明  人" if kind == "invention" else "设  计  人" if kind == "design" else "发  明  人", "；".join(inv)),
                                          ("专  利  号", printed), ("专利申请日", ctx.d(applied)), ("专利权人", owner),
                                          ("授权公告日", ctx.d(granted))], 12, "：", 2.4)  # fmt: skip
        pg.wrap(30, y + 6, 150, f"本{word}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。"
                "专利权自授权公告之日起生效。", 10.5, ctx.body, 1.8, 7)  # fmt: skip
        pg.text(150, 245, "局长", 11, ctx.body)
        pg.text(165, 243, ctx.people(1)[0], 14, ctx.hand)
        pg.text(150, 252, "国家知识产权局", 11, ctx.body)
        pg.seal(150, 240, 18, "国家知识产权局", r.randint(0, 999))
    elif v == "register":
        pg.text(105, 20, "专利登记簿副本", 20, ctx.bold, "c")
        rows = [["专利号", printed], ["申请日", ctx.d(applied)], ["授权公告日", ctx.d(granted)], ["专利类型", word],
                ["发明创造名称", title], ["发明人", "，".join(inv)], ["专利权人", owner], ["法律状态", "专利权维持"]]  # fmt: skip
        pg.table(20, 36, [45, 125], rows, 10.5, ctx.body, row_h=12)
        pg.text(190, 150, "国家知识产权局", 12, ctx.body, "r")
        pg.text(190, 158, ctx.d(granted + dt.timedelta(days=r.randint(30, 400))), 11, ctx.body, "r")
        pg.seal(170, 150, 18, "国家知识产权局专利局", r.randint(0, 999))
    else:  # eprint
        pg.rect(0, 0, 210, 16, 0, fill=(20, 70, 140))
        pg.text(10, 4, "国家知识产权局 电子专利证书", 12, ctx.bold, color=(255, 255, 255))
        heading(pg, ctx, f"{word}专利证书", 34, 22)
        label_lines(pg, ctx, 25, 58, [("专利号", printed), ("名称", title), ("发明人", "、".join(inv)), ("专利权人", owner),
                                      ("申请日", ctx.d(applied)), ("授权公告日", ctx.d(granted))], 11, "：", 2.4, 30)  # fmt: skip
        pg.text(25, 130, "本证书为电子证书，可通过国家知识产权局网站验证。", 9.5, ctx.body)
        pg.seal(160, 160, 18, "国家知识产权局", r.randint(0, 999))
    people = [person(p, i + 1, "inventor") for i, p in enumerate(inv)]
    f = {"title": title, "people": people, "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
         "patent": {"kind": kind, "number": num, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
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
    if v == "register":
        scored.remove("issuer")
    return Doc(
        "patent_certificate",
        f"patent18-{v}",
        [pg],
        f,
        scored,
        {"person": r.choice(inv), "year": granted.year},
    )


GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    r = ctx.rng
    prov, city = region(ctx)
    d = ctx.date(2017, 2024)
    grade = r.choice(GRADES)
    title = r.choice(THEMES)[:-2] + r.choice(["技术推广", "研究与应用", "关键技术"])
    ppl = ctx.people(r.randint(3, 7))
    holder = None
    kind = "science_technology"
    if v in ("personal", "team"):
        tier = r.choice(["prov", "city", "county"])
        issuer = {
            "prov": f"{prov}人民政府",
            "city": f"{city}人民政府",
            "county": f"{r.choice(COUNTY_CITY[prov])}人民政府",
        }[tier]
        level = {"prov": "provincial", "city": "municipal", "county": "county"}[tier]
        aname = f"{issuer.replace('人民政府', '')}科学技术进步奖"
        pg = Page(w=280, h=200)
        frame(pg, ctx, 3)
        heading(pg, ctx, "荣誉证书", 26, 30, spaced=True)
        if v == "personal":
            rank = r.randint(1, len(ppl))
            holder = ppl[rank - 1]
            people = [person(holder, rank, "awardee")]
            pg.wrap(
                40, 70, 200, f"为表彰{d.year}年度{aname}获得者，特颁发此证书，以资鼓励。", 14, ctx.body, 2, 10
            )
            label_lines(pg, ctx, 40, 95, [("项目名称", title), ("奖励等级", grade), ("获 奖 者", f"{holder}（第{cn_rank(rank)}完成人）")], 13, "：", 2.3)  # fmt: skip
        else:
            people = [person(p, i + 1, "awardee") for i, p in enumerate(ppl)]
            pg.text(40, 68, f"项目名称：{title}", 13, ctx.body)
            pg.text(40, 80, f"获{d.year}年度{aname}{grade}", 13, ctx.body)
            pg.wrap(40, 92, 200, "主要完成人：" + "、".join(ppl), 13, ctx.body)
        sign_block(pg, ctx, issuer, ctx.d(d), 150, x_right=250, seed=r.randint(0, 999))
    elif v == "decision":
        issuer = f"{city}人民政府"
        level = "municipal"
        aname = f"{city}科学技术进步奖"
        pg = Page()
        pg.wrap(20, 20, 170, f"{issuer}关于{d.year - 1}年度{aname}的决定", 16, ctx.bold)
        pg.wrap(
            20, 44, 170, f"经评审委员会评审，市政府批准，授予“{title}”等项目{aname}。", 12, ctx.body, 1.8, 8
        )
        pg.text(105, 70, f"附件：{d.year - 1}年度{aname}获奖项目名单（节选）", 11, ctx.bold, "c")
        pg.text(20, 82, f"{grade}", 12, ctx.bold)
        pg.text(26, 92, f"1. {title}", 11.5, ctx.body)
        pg.text(32, 101, "主要完成人：" + "、".join(ppl), 11, ctx.body)
        sign_block(pg, ctx, issuer, ctx.d(d), 130, seed=r.randint(0, 999))
        people = [person(p, i + 1, "awardee") for i, p in enumerate(ppl)]
    elif v == "contest":
        kind = "competition"
        issuer = f"{city}教育局"
        level = "bureau"
        holder = ppl[0]
        people = [person(holder, 1, "awardee")]
        title = r.choice(["初中物理", "小学语文", "高中化学", "学前教育"]) + "优质课评选"
        aname = f"{city}中小学{title}"
        pg = Page(w=280, h=200)
        frame(pg, ctx, 2)
        heading(pg, ctx, "获奖证书", 28, 30)
        pg.wrap(
            40,
            72,
            200,
            f"{holder}老师：在{city}中小学{title}活动中荣获{grade}。特发此证，以资鼓励。",
            16,
            ctx.body,
            2.1,
            12,
        )
        sign_block(pg, ctx, issuer, ctx.d(d), 140, x_right=250, seed=r.randint(0, 999))
    else:  # society
        issuer = f"{prov}{r.choice(['农学会', '医学会', '土木建筑学会', '教育学会'])}"
        level = None
        aname = f"{issuer}科学技术奖"
        people = [person(p, i + 1, "awardee") for i, p in enumerate(ppl)]
        pg = Page(w=280, h=200)
        frame(pg, ctx, 1)
        heading(pg, ctx, "证  书", 28, 30)
        pg.text(40, 70, f"“{title}”", 14, ctx.body)
        pg.text(40, 84, f"荣获{aname}{grade}", 14, ctx.body)
        pg.text(40, 98, "完成人：" + "，".join(ppl), 13, ctx.body)
        pg.text(40, 110, "证书编号：" + str(d.year) + "-" + str(r.randint(100, 999)), 11, ctx.body)
        sign_block(pg, ctx, issuer, ctx.d(d), 140, x_right=250, seed=r.randint(0, 999))
    f = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": d.isoformat(),
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
    if level is None:
        scored.remove("award.level")
    return Doc(
        "award_certificate",
        f"award18-{v}",
        [pg],
        f,
        scored,
        {"person": r.choice([p["name"] for p in people]), "year": d.year},
    )


def cn_rank(n: int) -> str:
    return "一二三四五六七八九十"[n - 1]


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    r = ctx.rng
    prov, city = region(ctx)
    d = ctx.date(2018, 2024)
    title = r.choice(THEMES)
    ppl = ctx.people(r.randint(2, 6))
    no = f"{d.year - 2}{r.choice(['ZC', 'KJ', 'JY', 'WS'])}{r.randint(100, 999)}"
    issuer = r.choice(
        [
            f"{prov}科学技术厅",
            f"{city}科学技术局",
            f"{prov}教育科学规划领导小组办公室",
            f"{prov}卫生健康委员会",
        ]
    )
    unit = workplace(ctx, city)
    holder = None
    people = [person(ppl[0], 1, "project_leader")] + [
        person(p, i + 2, "project_member") for i, p in enumerate(ppl[1:])
    ]
    pg = Page()
    if v == "jieti":
        frame(pg, ctx, 1)
        heading(pg, ctx, "结题证书", 40, 30, spaced=True)
        label_lines(pg, ctx, 30, 80, [("课题名称", title), ("立项编号", no), ("课题主持人", ppl[0]), ("课题组成员", "、".join(ppl[1:])),
                                      ("承担单位", unit)], 12, "：", 2.4)  # fmt: skip
        pg.text(30, 140, "经专家鉴定，该课题已完成研究任务，准予结题。", 12, ctx.body)
        sign_block(pg, ctx, issuer, ctx.d(d), 180, seed=r.randint(0, 999))
    elif v == "yanshou":
        pg.text(105, 20, "科技计划项目验收意见", 18, ctx.bold, "c")
        rows = [
            ["项目名称", title],
            ["项目编号", no],
            ["承担单位", unit],
            ["项目负责人", ppl[0]],
            ["主要参加人员", "、".join(ppl[1:])],
        ]
        y = pg.table(20, 34, [40, 130], rows, 10.5, ctx.body, row_h=13)
        pg.wrap(20, y + 8, 170, "验收专家组听取了项目组汇报，审阅了相关资料，经质询讨论，认为项目完成了合同规定的各项任务指标，同意通过验收。",
                11.5, ctx.body, 1.9, 8)  # fmt: skip
        sign_block(pg, ctx, issuer, ctx.d(d), y + 60, seed=r.randint(0, 999))
    elif v == "jiexiang":
        pg.text(105, 22, "结项通知书", 20, ctx.bold, "c")
        pg.text(20, 40, f"{unit}：", 12, ctx.body)
        pg.wrap(20, 50, 170, f"你单位{ppl[0]}主持的课题《{title}》（编号：{no}），经鉴定合格，准予结项。课题组成员：{'、'.join(ppl[1:])}。",
                12, ctx.body, 1.9, 8)  # fmt: skip
        sign_block(pg, ctx, issuer, ctx.d(d), 110, seed=r.randint(0, 999))
    elif v == "jianding":
        pg.text(105, 20, "科学技术成果鉴定证书", 18, ctx.bold, "c")
        pg.text(20, 34, f"成果名称：{title}", 11, ctx.body)
        pg.text(20, 42, f"完成单位：{unit}", 11, ctx.body)
        rows = [["序号", "姓名", "职称", "工作单位"]] + [[str(i + 1), p, r.choice(["高级工程师", "副主任医师", "讲师", "农艺师"]), unit]
                                                     for i, p in enumerate(ppl)]  # fmt: skip
        pg.text(20, 52, "主要研制人员名单", 11, ctx.bold)
        y = pg.table(20, 60, [14, 30, 36, 90], rows, 10, ctx.body, row_h=10)
        sign_block(pg, ctx, issuer, ctx.d(d), y + 20, seed=r.randint(0, 999), extra=["（鉴定组织单位）"])
    else:  # leaderonly
        holder = ppl[0]
        people = [person(holder, 1, "project_leader")]
        frame(pg, ctx, 2)
        heading(pg, ctx, "结题证明", 40, 26)
        pg.wrap(30, 75, 150, f"兹证明{holder}同志主持的{issuer.replace('办公室', '')}课题“{title}”（立项编号：{no}），"
                "已按计划完成研究任务，经审核同意结题。", 13, ctx.body, 2.0, 9)  # fmt: skip
        pg.text(30, 130, "特此证明。", 13, ctx.body)
        sign_block(pg, ctx, issuer, ctx.d(d), 170, seed=r.randint(0, 999))
    f = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": d.isoformat()}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return Doc(
        "project_completion",
        f"project18-{v}",
        [pg],
        f,
        scored,
        {"person": r.choice([p["name"] for p in people]), "year": d.year},
    )
