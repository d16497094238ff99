"""Draw 16 journal proofs: first pages, contents pages, covers, retrieval reports, two-column pages, mastheads."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind16 import ink
from bench.blind16.pools import COLLEGES, DEPTS, ZIPS, Ctx, day, digits, journal_rows, people_names, where

REGION = {"12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江", "32": "江苏", "33": "浙江",
          "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南", "42": "湖北", "43": "湖南", "44": "广东",
          "46": "海南", "51": "四川", "52": "贵州", "53": "云南", "61": "陕西", "62": "甘肃", "63": "青海"}  # fmt: skip
NATIONAL = ["中国科学技术协会", "教育部", "中国科学院", "国家卫生健康委员会", "农业农村部", "水利部", "自然资源部",
            "工业和信息化部"]  # fmt: skip
PROVINCIAL = ["{r}省教育厅", "{r}省科学技术协会", "{r}省科学技术厅", "{r}省卫生健康委员会"]

SUBJ = {
    "med": (["老年2型糖尿病患者", "脓毒症休克患者", "社区高血压人群", "早产儿", "慢性阻塞性肺疾病患者", "腰椎间盘突出症患者"],
            ["血清炎症因子水平", "预后", "生活质量", "用药依从性", "康复效果", "睡眠质量"],
            ["综合护理干预", "早期肠内营养", "针刺疗法", "延续性护理", "分级诊疗管理", "超声引导神经阻滞"]),
    "agr": (["冬小麦", "夏玉米", "设施番茄", "茶树", "水稻", "花生"],
            ["产量与品质", "氮素利用效率", "根系生长", "抗旱性", "土壤微生物群落", "光合特性"],
            ["减氮配施有机肥", "秸秆还田", "水肥一体化", "深松耕作", "生物炭施用", "间作模式"]),
    "eng": (["高强混凝土", "城市供水管网", "黄土边坡", "装配式框架节点", "沥青路面", "锂离子电池正极材料"],
            ["力学性能", "耐久性", "稳定性", "疲劳寿命", "热稳定性", "服役性能"],
            ["纳米改性", "有限元模拟", "机器学习方法", "冻融循环作用", "多尺度分析", "掺加再生骨料"]),
    "edu": (["农村初中教师", "高职院校学生", "县域中小学", "师范生", "乡村幼儿园", "中职学校"],
            ["专业发展", "学习投入", "信息素养", "职业认同", "课堂互动质量", "教学胜任力"],
            ["混合式教学", "项目式学习", "教研共同体", "双师型培养", "数字化赋能", "大单元设计"]),
}  # fmt: skip


def _field(name: str) -> str:
    if any(w in name for w in "医药护卫病疗临床科") and "科学" not in name and "科技" not in name:
        return "med"
    if any(w in name for w in ("农", "作物", "园艺", "土壤", "畜牧", "林", "植物", "茶", "水稻", "麦")):
        return "agr"
    if "教育" in name or "师范" in name:
        return "edu"
    return "eng"


def article_title(ctx: Ctx, fld: str) -> str:
    a, b, c = (ctx.rng.choice(x) for x in SUBJ[fld])
    return ctx.pick("journal.title", [f"{c}对{a}{b}的影响", f"基于{c}的{a}{b}研究", f"{a}{b}影响因素分析",
                                       f"{c}在{a}中的应用效果", f"{a}{b}评价及{c}优化", f"{c}改善{a}{b}的机制探讨"])  # fmt: skip


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    rng = ctx.rng
    j = rng.choice(journal_rows())
    fld = _field(j.name)
    year = rng.randint(2017, 2024)
    issue = rng.randint(1, 12)
    vol = str(year - rng.randint(1950, 2005)) if rng.random() < 0.75 else None
    title = article_title(ctx, fld)
    authors = people_names(rng, rng.randint(1, 5))
    sup = None
    if v in ("cover", "masthead") or (v == "first" and rng.random() < 0.3):
        sup = _supervisor(ctx, j.cn)
    levels = list(j.base_levels) + ([sup[1]] if sup else [])
    jr = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": str(issue),
          "levels": levels}  # fmt: skip
    fn = {"first": _first, "toc": _toc, "cover": _cover, "retrieval": _retrieval, "twocol": _twocol,
          "masthead": _masthead}[v]  # fmt: skip
    pages, shows_article = fn(ctx, j, fld, year, vol, issue, title, authors, sup)
    people = [{"name": n, "rank": i + 1, "role": "author"} for i, n in enumerate(authors)]
    fields = {"title": title, "people": people, "journal": jr}
    scored = (["title", "people"] if shows_article else []) + [
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    if vol:
        scored.append("journal.volume")
    claim = {"person": rng.choice(authors), "year": year}
    return Doc("journal_article", f"journal16-{v}", pages, fields, scored, claim)


def _supervisor(ctx: Ctx, cn: str) -> tuple[str, str]:
    r = REGION.get(cn[:2])
    if r and ctx.rng.random() < 0.55:
        return ctx.rng.choice(PROVINCIAL).format(r=r), "provincial"
    return ctx.rng.choice(NATIONAL), "national"


def _vi(year, vol, issue, sep=" "):
    return (f"第{vol}卷{sep}" if vol else "") + f"第{issue}期"


def _vi_en(vol, issue):
    return (f"Vol.{vol} " if vol else "") + f"No.{issue}"


def _affils(ctx, n):
    rng = ctx.rng
    out = []
    for _ in range(n):
        pl = where(rng)
        out.append(f"{rng.choice(COLLEGES[pl.prov])}{rng.choice(DEPTS)}，{pl.prov}{pl.city} {ZIPS[pl.city]}")
    return out


def _byline(pg, ctx, y, authors, na, size=12.5, x=None):
    parts = []
    for i, a in enumerate(authors):
        parts.append((a, False))
        parts.append((str(1 + (i % na)) if na > 1 else "", True))
        if i < len(authors) - 1:
            parts.append(("，" if i % 2 else "　", False))
    parts = [p for p in parts if p[0]]
    return pg.runs(pg.w / 2 if x is None else x, y, parts, size, ctx.body, "c" if x is None else "l")


def _abstract(ctx, fld, title):
    a, b, c = (ctx.rng.choice(x) for x in SUBJ[fld])
    return (f"目的　探讨{title}的相关问题。方法　选取{ctx.rng.randint(60, 480)}例（组）{a}为研究对象，采用{c}进行分组比较，"
            f"观察{b}等指标变化。结果　处理组各项指标均优于对照组，差异有统计学意义（P<0.05）。结论　{c}可有效改善{b}，"
            f"值得进一步推广。")  # fmt: skip


def _first(ctx, j, fld, year, vol, issue, title, authors, sup):
    rng = ctx.rng
    pg = Page()
    mon = min(12, issue if issue <= 12 else 12)
    ink.body(pg, ctx, 18, 12, _vi(year, vol, issue), 9)
    ink.body(pg, ctx, 105, 12, j.name, 9.5, "c")
    ink.body(pg, ctx, 192, 12, _vi_en(vol, issue), 9, "r")
    ink.body(pg, ctx, 18, 17, f"{year}年{mon}月", 9)
    ink.body(pg, ctx, 192, 17, f"ISSN {j.issn}  CN {j.cn}", 8.5, "r")
    ink.rule(pg, 22.5, 18, 192, 0.5)
    if sup:
        ink.body(pg, ctx, 105, 24.5, f"主管：{sup[0]}", 7.5, "c", ink.GREY)
    y = pg.wrap(28, 34, 154, title, 17, ctx.bold, 1.5) + 2
    na = rng.randint(1, min(3, len(authors)))
    y = _byline(pg, ctx, y, authors, na)
    for i, af in enumerate(_affils(ctx, na)):
        y = ink.body(pg, ctx, 105, y, (f"（{i + 1}. " if na > 1 else "（") + af + "）", 9, "c")
    y += 3
    ab = "摘要：" + _abstract(ctx, fld, title)
    y = pg.wrap(22, y, 166, ab, 9.5, ctx.body, 1.7)
    y = pg.wrap(22, y + 1, 166, "关键词：" + "；".join(rng.sample(sum(SUBJ[fld], []), 4)), 9.5, ctx.body)
    y = ink.body(pg, ctx, 22, y + 1, f"中图分类号：{rng.choice(['R', 'S', 'TU', 'G'])}{rng.randint(100, 999)}.{rng.randint(1, 9)}"
                 f"　　文献标志码：A　　文章编号：{j.issn}({year}){issue:02d}-{rng.randint(1, 300):04d}-{rng.randint(4, 9):02d}", 9)  # fmt: skip
    y = _body_text(pg, ctx, y + 6, fld, 22, 166, 10.5, 8)
    ink.rule(pg, 246, 22, 80, 0.3)
    rec = dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28))
    foot = [f"收稿日期：{day(rec, 'hyphen')}",
            f"基金项目：{where(rng).prov}省自然科学基金项目（ZR{year - 1}{digits(rng, 5)}）",
            f"作者简介：{authors[0]}（{year - rng.randint(28, 50)}—），{rng.choice(['男', '女'])}，{rng.choice(['硕士', '博士', '本科'])}，"
            f"{rng.choice(['主治医师', '副教授', '高级农艺师', '工程师', '讲师'])}。"]  # fmt: skip
    y = 249
    for f in foot:
        y = pg.wrap(22, y, 166, f, 8, ctx.body, 1.5)
    ink.body(pg, ctx, 105, 287, str(rng.randint(1, 400)), 9, "c")
    return [pg], True


def _body_text(pg, ctx, y, fld, x, w, size, lines):
    a, b, c = (ctx.rng.choice(t) for t in SUBJ[fld])
    t = ink.bold(pg, ctx, x, y, "0　引言", size + 0.5, "l")
    s = (
        f"近年来，{a}{b}问题受到广泛关注。已有研究表明，{c}在相关领域具有一定优势，但其作用规律尚未完全明确，"
        f"不同条件下的结果存在差异。本研究在前期工作基础上，系统分析{c}对{b}的作用，以期为实践提供参考依据。"
    ) * 2
    return pg.wrap(x, t, w, s[: int(w / (size * ink.PT) * lines)], size, ctx.body, 1.75, size * ink.PT * 2)


def _toc_entries(ctx, fld, title, authors, n):
    rng = ctx.rng
    ents = []
    taken = set(authors)
    for _ in range(n - 1):
        ents.append((article_title_plain(ctx, fld), people_names(rng, rng.randint(1, 4), taken)))
    ents.insert(rng.randrange(n), (title, authors))
    pages, p = [], rng.randint(1, 200)
    for _ in ents:
        pages.append(p)
        p += rng.randint(4, 9)
    return ents, pages


def article_title_plain(ctx, fld):
    a, b, c = (ctx.rng.choice(x) for x in SUBJ[fld])
    return ctx.rng.choice(
        [f"{a}{b}的调查研究", f"{c}研究进展", f"{a}{b}与{c}的相关性分析", f"不同{c}条件下{a}{b}比较"]
    )


def _toc(ctx, j, fld, year, vol, issue, title, authors, sup):
    rng = ctx.rng
    pg = Page()
    y = ink.bold(pg, ctx, 105, 18, j.name, 20)
    y = ink.body(
        pg, ctx, 105, y, f"{year}年　{_vi(year, vol, issue, '　')}（总第{rng.randint(100, 420)}期）", 11, "c"
    )
    y = ink.spread(pg, ctx, y + 2, "目次", 15) + 1
    ink.rule(pg, y, 18, 192, 0.6)
    y += 4
    ents, pages = _toc_entries(ctx, fld, title, authors, rng.randint(7, 11))
    sec = rng.sample(["综述", "论著", "研究报告", "专题", "技术与方法", "短篇报道"], 3)
    for i, ((t, au), p) in enumerate(zip(ents, pages, strict=True)):
        if i % 4 == 0:
            y = ink.bold(pg, ctx, 18, y + 1, f"·{sec[(i // 4) % 3]}·", 10.5, "l")
        ink.body(pg, ctx, 22, y, t, 10.5)
        dots = "·" * 6
        ink.body(pg, ctx, 190, y, f"{dots}（{p}）", 10, "r")
        y += ink.lh(10.5, 1.45)
        y = ink.body(pg, ctx, 28, y, "，".join(au), 9.5, color=(60, 60, 60)) + 1.2
    ink.rule(pg, 272, 18, 192, 0.3)
    ink.body(pg, ctx, 105, 275, f"ISSN {j.issn}　　CN {j.cn}", 9.5, "c")
    return [pg], False


def _cover(ctx, j, fld, year, vol, issue, title, authors, sup):
    rng = ctx.rng
    col = rng.choice([(30, 80, 140), (20, 110, 90), (140, 40, 50), (90, 60, 130)])
    pg = Page()
    pg.rect(0, 0, 210, 80, 0, col, col)
    ink.bold(pg, ctx, 105, 24, j.name, 34, "c", (255, 255, 255))
    ink.body(pg, ctx, 105, 52, f"{year}　{_vi(year, vol, issue, ' ')}", 14, "c", (255, 255, 255))
    ink.body(pg, ctx, 105, 62, _vi_en(vol, issue) + f"　{year}", 10, "c", (230, 230, 230))
    y = ink.bold(pg, ctx, 22, 96, "本期要目", 13, "l", col) + 2
    ents, _ = _toc_entries(ctx, fld, title, authors, 4)
    for t, au in ents:
        y = pg.wrap(22, y, 166, t, 11, ctx.body, 1.45)
        y = ink.body(pg, ctx, 30, y, "　".join(au), 9.5, color=ink.GREY) + 2
    pg.rect(30, 180, 180, 240, 0, col, (225, 230, 235))
    ink.body(pg, ctx, 22, 252, f"主管：{sup[0]}", 10)
    ink.body(pg, ctx, 22, 258.5, f"主办：{rng.choice(COLLEGES[rng.choice(list(COLLEGES))])}", 10)
    ink.body(pg, ctx, 188, 252, f"ISSN {j.issn}", 10, "r")
    ink.body(pg, ctx, 188, 258.5, f"CN {j.cn}", 10, "r")
    for i in range(28):
        w = rng.choice([0.3, 0.6, 0.9])
        pg.rect(150 + i * 1.3, 266, 150 + i * 1.3 + w * 0.8, 282, 0, ink.BLACK, (10, 10, 10))
    return [pg], False


def _retrieval(ctx, j, fld, year, vol, issue, title, authors, sup):
    rng = ctx.rng
    pg = Page()
    pl = where(rng)
    lib = f"{rng.choice(COLLEGES[pl.prov])}图书馆"
    y = ink.bold(pg, ctx, 105, 22, "论文收录检索证明", 18)
    y = ink.body(pg, ctx, 190, y, f"编号：{year + 1}JS{digits(rng, 4)}", 9.5, "r") + 2
    y = pg.wrap(20, y, 170, "根据委托人提供的论文信息，经检索《中国科学引文数据库（CSCD）》，委托人发表的以下论文被收录，"
                            "特此证明。", 11, ctx.body, 1.8, 11 * ink.PT * 2) + 3  # fmt: skip
    rows = [["题　　名", title], ["作　　者", "，".join(authors)], ["刊　　名", j.name],
            ["年卷（期）", f"{year}" + (f"，{vol}" if vol else "") + f"（{issue}）"], ["ISSN", j.issn], ["CN", j.cn],
            ["收录情况", f"CSCD核心库（{year}—{year + 1}）"]]  # fmt: skip
    y = pg.table(20, y, [32, 138], rows, 10.5, ctx.body, 11)
    ink.body(pg, ctx, 150, y + 24, f"检索人：{people_names(rng, 1, set(authors))[0]}", 11, "c")
    ink.body(pg, ctx, 150, y + 34, lib, 11, "c")
    ink.body(
        pg, ctx, 150, y + 43, day(dt.date(year + 1, rng.randint(1, 12), rng.randint(1, 28)), "zh"), 11, "c"
    )
    ink.seal(pg, ctx, 150, y + 38, lib, 17)
    return [pg], True


def _twocol(ctx, j, fld, year, vol, issue, title, authors, sup):
    rng = ctx.rng
    pg = Page()
    p0 = rng.randint(10, 900)
    ink.body(pg, ctx, 16, 11, f"{j.name}", 9)
    ink.body(pg, ctx, 194, 11, f"{year}，{vol}（{issue}）：{p0}-{p0 + rng.randint(5, 9)}" if vol else
             f"{year}（{issue}）：{p0}-{p0 + rng.randint(5, 9)}", 9, "r")  # fmt: skip
    ink.rule(pg, 16, 16, 194, 0.3)
    ink.body(pg, ctx, 194, 18, f"ISSN {j.issn}　CN {j.cn}", 7.5, "r", ink.GREY)
    y = pg.wrap(24, 30, 162, title, 16, ctx.bold, 1.5) + 1
    y = pg.runs(105, y, [("　".join(authors), False)], 12, ctx.body)
    af = _affils(ctx, 1)[0]
    y = ink.body(pg, ctx, 105, y, f"（{af}）", 9, "c") + 2
    pg.rect(18, y, 192, y + 34, 0.2, ink.GREY, (246, 246, 246))
    pg.wrap(21, y + 2, 168, "［摘要］" + _abstract(ctx, fld, title), 9, ctx.body, 1.6)
    y += 38
    a, b, c = (rng.choice(t) for t in SUBJ[fld])
    pg.wrap(18, y, 84, "DOI：10." + digits(rng, 5) + f"/j.cnki.{rng.choice(['issn', 'cn'])}{digits(rng, 4)}.{year}.{issue:02d}.0{rng.randint(10, 99)}",
            7.5, ctx.body)  # fmt: skip
    y += 6
    col_txt = (f"{a}是当前研究的重点之一。围绕{b}，国内外学者开展了大量工作。本文以{c}为切入点，结合实际观测资料，"
               f"分析其作用过程与影响机制。") * 4  # fmt: skip
    half = len(col_txt) // 2
    pg.wrap(18, y, 84, col_txt[:half], 9.5, ctx.body, 1.7, 6.7)
    pg.wrap(108, y, 84, col_txt[half:], 9.5, ctx.body, 1.7)
    ink.rule(pg, 262, 18, 70, 0.3)
    yy = pg.wrap(18, 264, 84, f"收稿日期：{day(dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28)), 'hyphen')}；"
                              f"修回日期：{day(dt.date(year, 1, rng.randint(1, 28)), 'hyphen')}", 7.5, ctx.body, 1.5)  # fmt: skip
    pg.wrap(18, yy, 84, f"通信作者：{authors[-1]}，E-mail：{digits(rng, 9)}@qq.com", 7.5, ctx.body, 1.5)
    return [pg], True


def _masthead(ctx, j, fld, year, vol, issue, title, authors, sup):
    rng = ctx.rng
    p1 = Page()
    y = ink.bold(p1, ctx, 105, 30, j.name, 18)
    y = ink.body(
        p1,
        ctx,
        105,
        y,
        f"（{['月刊', '双月刊', '半月刊'][rng.randrange(3)]}，{rng.randint(1952, 2005)}年创刊）",
        10,
        "c",
    )
    y = ink.body(p1, ctx, 105, y, f"{year}年　{_vi(year, vol, issue, '　')}", 11, "c") + 6
    pl = where(rng)
    pub = f"《{j.name}》编辑部"
    rows = [("主　　管", sup[0]), ("主　　办", rng.choice(COLLEGES[pl.prov])), ("编辑出版", pub),
            ("主　　编", people_names(rng, 1, set(authors))[0]), ("地　　址", f"{pl.prov}省{pl.city}市{rng.choice(['学府路', '文化路', '科技大道'])}{rng.randint(1, 300)}号"),
            ("出版日期", day(dt.date(year, min(12, issue), rng.randint(5, 28)), "zh")),
            ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}"),
            ("定　　价", f"{rng.choice([15, 20, 25, 30, 40])}.00元")]  # fmt: skip
    y = ink.pairs(p1, ctx, 40, y, rows, 10.5, 52, "", 1.9)
    p2 = Page()
    ink.body(p2, ctx, 18, 12, f"{j.name}　{year}年{_vi(year, vol, issue, '')}", 9)
    ink.rule(p2, 17, 18, 192, 0.4)
    y = pg_title(p2, ctx, title)
    na = min(2, len(authors))
    y = _byline(p2, ctx, y, authors, na)
    for i, af in enumerate(_affils(ctx, na)):
        y = ink.body(p2, ctx, 105, y, (f"{i + 1}. " if na > 1 else "") + af, 9, "c")
    y = pg_wrap_abs(p2, ctx, y + 4, _abstract(ctx, fld, title))
    _body_text(p2, ctx, y + 6, fld, 22, 166, 10.5, 10)
    return [p1, p2], True


def pg_title(pg, ctx, title):
    return pg.wrap(28, 30, 154, title, 16.5, ctx.bold, 1.5) + 2


def pg_wrap_abs(pg, ctx, y, text):
    return pg.wrap(22, y, 166, "【摘要】" + text, 9.5, ctx.body, 1.7)
