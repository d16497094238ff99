"""Draw 7 builders: journal pages, books, patent certificates, award certificates and project completion
certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import journals
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind7 import ink
from bench.blind7.common7 import finish, ppl
from bench.blind7.pools import (
    DOMAIN_KEYS,
    DOMAINS,
    PUBLISHERS,
    Ctx,
    cn_n,
    design_title,
    fmt_date,
    fmt_month,
    foreign_name,
    isbn_digit,
    iso,
    paper_title,
    patent_title,
    people,
    person_name,
    pinyin,
    place,
    project_title,
    prov_full,
    unit,
    zl_check,
)

# CN registration prefix -> province (public numbering of the 国内统一连续出版物号)
CN_PROV = {"12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江", "31": "上海",
           "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南",
           "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南", "50": "重庆", "51": "四川",
           "52": "贵州", "53": "云南", "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏", "65": "新疆"}  # fmt: skip
CITY_SUFFIX = {
    "天津": "市",
    "上海": "市",
    "重庆": "市",
    "广西": "壮族自治区",
    "宁夏": "回族自治区",
    "新疆": "维吾尔自治区",
}
NAT_SUP = [
    "中国科学技术协会",
    "教育部",
    "中国科学院",
    "国家卫生健康委员会",
    "农业农村部",
    "水利部",
    "工业和信息化部",
]
PROV_SUP = ["科学技术协会", "教育厅", "科学技术厅", "卫生健康委员会"]


def _region(p: str) -> str:
    return p + CITY_SUFFIX.get(p, "省")


def _supervisor(ctx: Ctx, cn: str) -> tuple[str, str] | None:
    """A 主管 organisation and the level it implies, or None when the page prints no 主管 line."""
    pre = cn[:2]
    if pre in ("10", "11"):
        return ctx.rng.choice(NAT_SUP), "national"
    if pre in CN_PROV:
        return _region(CN_PROV[pre]) + ctx.rng.choice(PROV_SUP), "provincial"
    return None


def _journal_domain(name: str, fallback: str) -> str:
    """The profession a journal's articles come from, by words in its name."""
    for dom, keys in (("med", ["医", "药", "护", "卫生", "临床", "病", "疗", "抗生素", "菌", "中华", "儿科", "血"]),
                      ("agr", ["农", "林", "园艺", "作物", "土壤", "畜", "兽", "草", "茶", "蚕", "果", "植物", "遗传"]),
                      ("edu", ["教育"]), ("fin", ["经济", "财", "会计", "管理"])):  # fmt: skip
        if any(key in name for key in keys):
            return dom
    del fallback
    return "eng"


def _abstract(ctx: Ctx, dom: str, title: str) -> str:
    d = DOMAINS[dom]
    r = ctx.rng
    o, m, e = r.choice(d["objects"]), r.choice(d["methods"]), r.choice(d["effects"])
    n = r.randint(60, 320)
    return ctx.pick("t7.j.abs", [
        f"目的 探讨{m}对{o}{e}的作用。方法 选取{n}例（个）研究对象，随机分为观察组和对照组，观察组采用{m}，"
        f"对照组采用常规方法，比较两组{e}。结果 观察组{e}优于对照组，差异有统计学意义（P<0.05）。"
        f"结论 {m}可有效改善{o}{e}，值得推广。",
        f"针对{o}{e}存在的问题，本文以{n}个样本为基础，运用{m}进行分析，系统梳理了影响{e}的主要因素，"
        f"提出了相应的改进措施。研究结果表明，{m}能够显著提升{e}，可为同类工作提供参考。",
        f"{o}的{e}问题日益受到关注。本研究结合实际工作，采用{m}开展了为期一年的实践，"
        f"结果显示{e}明显改善。文章最后讨论了推广应用中需要注意的问题。",
    ])  # fmt: skip


def _filler(ctx: Ctx, dom: str, n: int) -> str:
    d = DOMAINS[dom]
    r = ctx.rng
    out = []
    for _ in range(n):
        out.append(r.choice([
            f"近年来，{r.choice(d['objects'])}的{r.choice(d['effects'])}问题受到广泛关注，相关研究逐年增多。",
            f"已有研究表明，{r.choice(d['methods'])}在改善{r.choice(d['effects'])}方面具有一定优势。",
            f"但目前针对{r.choice(d['objects'])}的系统研究仍较少，实践中缺乏统一规范。",
            f"本研究在前期工作基础上，进一步分析了{r.choice(d['methods'])}的适用条件及其效果。",
            "现将研究结果报道如下。",
        ]))  # fmt: skip
    return "".join(out)


def _byline(pg: Page, ctx: Ctx, y: float, names: list[str], aff_of: list[list[int]], size: float, style: str,
            x: float | None = None) -> float:  # fmt: skip
    parts: list[tuple[str, bool]] = []
    corr = ctx.rng.randrange(len(names)) if ctx.rng.random() < 0.4 else -1
    for i, nm in enumerate(names):
        sup = ",".join(str(a) for a in aff_of[i]) if style != "plain" else ""
        if i == corr and style != "plain":
            sup += "*" if sup else "*"
        parts.append((nm, False))
        if sup:
            parts.append((sup, True))
        if i < len(names) - 1:
            parts.append(("，" if style == "comma" else "\u3000", False))
    return pg.runs(pg.w / 2 if x is None else x, y, parts, size, ctx.body, "c" if x is None else "l")


def journal_article(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("journal")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    js = journals()
    j = js[r.randrange(len(js))]
    dom = _journal_domain(j.name, dom)
    year = r.randint(2016, 2025)
    freq = r.choice([6, 12, 12, 24, 4])
    issue = r.randint(1, freq)
    vol = str(year - r.randint(1960, 2005)) if r.random() < 0.65 else None
    if v in ("bracket", "twocol") and vol is None:
        vol = str(year - r.randint(1970, 2000))
    mon = min(12, max(1, round(issue * 12 / freq)))
    levels = list(j.base_levels)
    sup = _supervisor(ctx, j.cn) if (v in ("cover", "first", "twocol") and r.random() < 0.6) else None
    if sup:
        levels.append(sup[1])
    taken: set[str] = set()
    n = r.randint(1, 5)
    authors = people(r, n, taken)
    title = paper_title(r, dom)
    naff = min(n, r.randint(1, 3))
    affs = [unit(r, dom, place(r) if i else pl) for i in range(naff)]
    aff_of = [[1 + min(i, naff - 1) if r.random() < 0.7 else 1 + r.randrange(naff)] for i in range(n)]
    for i in range(naff):  # every affiliation has an author
        if all(i + 1 not in a for a in aff_of):
            aff_of[min(i, n - 1)] = [i + 1]
    vol_s = f"第{vol}卷" if vol else ""
    iss_s = f"第{issue}期"
    jn = j.name
    issn_cn = ctx.pick(
        "t7.j.ic", [f"ISSN {j.issn}  CN {j.cn}", f"ISSN {j.issn}　CN {j.cn}", f"CN {j.cn}　ISSN {j.issn}"]
    )
    claim = authors[r.randrange(n)]
    pages: list[Page]
    skip: tuple[str, ...] = ()
    first_page = r.randint(1, 180)

    if v in ("first", "bilingual", "bracket", "twocol"):
        pg = Page()
        head_l = ctx.pick("t7.j.head", [
            f"{jn}　{year}年{iss_s}", f"{vol_s}{iss_s}　{year}年{mon}月　{jn}", f"{jn}　{year}年{mon}月　{vol_s}{iss_s}",
        ]) if v != "bracket" else f"{year}年{mon}月　{vol_s}　{iss_s}"  # fmt: skip
        if not vol:
            head_l = f"{jn}　{year}年{iss_s}"
        if "卷" not in head_l:
            vol = None  # the page prints no volume
        pg.text(18, 12, head_l, 9.5, ctx.body)
        if v == "bracket":
            pg.text(pg.w / 2, 12, jn, 9.5, ctx.body, "c")
        pg.text(pg.w - 18, 12, issn_cn if v != "twocol" else f"·{first_page}·", 9, ctx.body, "r")
        pg.line(18, 17.5, pg.w - 18, 17.5, 0.4)
        if v == "twocol":
            pg.text(18, pg.h - 12, issn_cn, 8.5, ctx.body)
        yy = 24.0
        if r.random() < 0.5:
            pg.text(18, yy, f"文章编号：{j.issn[:4]}-{j.issn[5:]}({year}){issue:02d}-{first_page:04d}-{r.randint(3, 9):02d}",
                    8.5, ctx.body)  # fmt: skip
            yy += 6
        yy = ink.wrap_centre(pg, yy + 4, title, 18, ctx.bold, 160, 1.45) + 2
        style = {"first": "comma", "bilingual": "comma", "bracket": "plain", "twocol": "space"}[v]
        yy = _byline(pg, ctx, yy, authors, aff_of, 12.5, style)
        aff_txt = "；".join(f"{i + 1}. {a}，{pl[1]} {r.randint(100000, 659999)}" for i, a in enumerate(affs))
        if style == "plain":
            aff_txt = f"{affs[0]}，{prov_full(pl[0])}{pl[1]} {r.randint(100000, 659999)}"
        yy = ink.wrap_centre(pg, yy, f"（{aff_txt}）", 9.5, ctx.body, 170, 1.5) + 3
        lab = {"first": ("摘要：", "关键词："), "bilingual": ("摘　要：", "关键词："), "bracket": ("[摘　要]", "[关键词]"),
               "twocol": ("【摘要】", "【关键词】")}[v]  # fmt: skip
        yy = ink.para(pg, ctx, 22, yy, 166, lab[0] + _abstract(ctx, dom, title), 10, indent=False, lead=1.6)
        kws = r.sample(DOMAINS[dom]["methods"] + DOMAINS[dom]["effects"] + DOMAINS[dom]["objects"], 4)
        yy = ink.para(pg, ctx, 22, yy + 1, 166, lab[1] + "；".join(kws), 10, indent=False)
        clc = {"med": "R47", "edu": "G633", "eng": "TU7", "agr": "S5", "fin": "F812"}[dom]
        pg.text(22, yy + 1, f"中图分类号：{clc}{r.randint(1, 9)}　　文献标志码：A", 9.5, ctx.body)
        yy += 8
        if v == "bilingual":
            yy = ink.wrap_centre(
                pg, yy + 2, "Research on the practice and effect of an intervention", 13, ctx.body, 170
            )
            en = [pinyin(a) for a in authors]
            yy = _byline(pg, ctx, yy, en, aff_of, 10.5, "comma")
            yy = ink.wrap_words(pg, 22, yy, 166,
                                "Abstract: Objective To explore the effect of the intervention. Methods A controlled study "
                          "was carried out. Results The outcome of the observation group was better (P<0.05). "
                          "Conclusion The approach is worth promoting.", 9.5, ctx.body)  # fmt: skip
        yy += 3
        foot_top = pg.h - 52
        if v == "twocol":
            cw = 80
            pg.text(22, yy, "0　引言", 11, ctx.bold)
            y1 = ink.para(pg, ctx, 22, yy + 7, cw, _filler(ctx, dom, 6), 10)
            pg.text(108, yy, "1　资料与方法", 11, ctx.bold)
            ink.para(pg, ctx, 108, yy + 7, cw, _filler(ctx, dom, 6), 10)
            del y1
        else:
            pg.text(
                22,
                yy,
                ctx.pick("t7.j.sec", ["1　研究背景", "0　引言", "1　资料与方法", "引言"]),
                11,
                ctx.bold,
            )
            yy = yy + 7
            text = _filler(ctx, dom, 8)
            # keep the body above the footnotes
            cut = ""
            for ch in text:
                cut += ch
                if len(cut) > int((foot_top - yy - 4) / (10 * 0.3528 * 1.7) * 30):
                    break
            ink.para(pg, ctx, 22, yy, 166, cut, 10)
        pg.line(22, foot_top, 80, foot_top, 0.3)
        rd = dt.date(year - (1 if mon <= 3 else 0), max(1, (mon - 3) % 12 or 12), r.randint(1, 28))
        fn = [f"收稿日期：{fmt_date(rd, 'dash')}"]
        if r.random() < 0.7:
            fn.append(f"基金项目：{prov_full(pl[0])}{r.choice(['自然科学基金项目', '教育科学规划课题', '卫生健康科研项目', '社会科学基金项目'])}"
                      f"（{year - 2}{r.choice(['JJ', 'YB', 'ZD', 'B'])}{r.randint(1000, 9999)}）")  # fmt: skip
        a0 = authors[0]
        fn.append(f"作者简介：{a0}（{r.randint(1970, 1994)}—），{r.choice('男女')}，{pl[0]}{pl[1]}人，"
                  f"{r.choice(DOMAINS[dom]['ranks'])}，{r.choice(['硕士', '本科', '博士'])}，研究方向：{r.choice(DOMAINS[dom]['topics'])}。")  # fmt: skip
        if n > 1 and r.random() < 0.5:
            fn.append(
                f"通信作者：{authors[-1]}，E-mail：{r.randint(10000, 99999999)}@{r.choice(['163.com', 'qq.com', '126.com'])}"
            )
        fy = foot_top + 3
        for f in fn:
            fy = ink.para(pg, ctx, 22, fy, 166, f, 8.5, indent=False, lead=1.5)
        if sup:
            pg.text(pg.w - 18, pg.h - 12, f"主管单位：{sup[0]}", 8, ctx.body, "r")
        pages = [pg]
    elif v == "cover":
        skip = ("title", "people")
        pg = Page()
        col = r.choice([(20, 70, 130), (150, 30, 40), (30, 110, 80), (90, 60, 130)])
        pg.rect(0, 0, pg.w, 70, 0, col, col)
        size = ink.fit_size(jn, ctx.bold, 44, 180)
        pg.text(pg.w / 2, 20, jn, size, ctx.bold, "c", (255, 255, 255))
        pg.text(
            pg.w / 2,
            52,
            f"{year}年{iss_s}" + (f"　{vol_s}" if vol else ""),
            14,
            ctx.body,
            "c",
            (255, 255, 255),
        )
        yy = 84.0
        pg.text(20, yy, ctx.pick("t7.j.yao", ["本期要目", "本期导读", "重点文章"]), 15, ctx.bold, color=col)
        yy += 10
        others = [(paper_title(r, dom), people(r, r.randint(1, 3), taken)) for _ in range(r.randint(3, 5))]
        pos = r.randrange(len(others) + 1)
        others.insert(pos, (title, authors))
        for t, au in others:
            yy = ink.para(pg, ctx, 24, yy, 160, t, 12, indent=False, lead=1.5)
            pg.text(30, yy, "　".join(au), 10.5, ctx.body, color=(80, 80, 80))
            yy += 9
        ink.photo(pg, 120, yy + 2, 70, 50, 1) if yy < 190 else None
        bot = pg.h - 40
        lines = []
        if sup:
            lines.append(f"主管：{sup[0]}")
        lines.append(f"主办：{affs[0] if r.random() < 0.3 else jn + '编辑部'}")
        lines.append(issn_cn)
        for i, ln in enumerate(lines):
            pg.text(20, bot + i * 7, ln, 11, ctx.body)
        pages = [pg]
    else:  # toc
        skip = ("title", "people")
        pg = Page()
        pg.text(18, 14, jn, 11, ctx.body)
        pg.text(pg.w - 18, 14, f"{year}年{iss_s}" + (f"（{vol_s}）" if vol else ""), 11, ctx.body, "r")
        pg.line(18, 20, pg.w - 18, 20, 0.5)
        yy = ink.centre(pg, 26, ctx.pick("t7.j.toc", ["目　次", "目　录", "本期目次"]), 20, ctx.bold)
        entries = [(paper_title(r, dom), people(r, r.randint(1, 4), taken)) for _ in range(r.randint(7, 10))]
        entries.insert(r.randrange(len(entries) + 1), (title, authors))
        secs = ["·论著·", "·综述·", "·研究报告·", "·经验交流·", "·调查研究·"]
        pno = first_page
        yy += 4
        for i, (t, au) in enumerate(entries):
            if i % 4 == 0:
                pg.text(22, yy, secs[(i // 4) % len(secs)], 11.5, ctx.bold)
                yy += 7
            tw = width_mm(t, ctx.body, 11)
            pg.text(22, yy, t, 11, ctx.body)
            dots = "·" * max(2, int((160 - tw) / width_mm("·", ctx.body, 11)) - 2)
            pg.text(22 + tw + 1, yy, dots, 11, ctx.body, color=(120, 120, 120))
            pg.text(pg.w - 20, yy, f"({pno})", 11, ctx.body, "r")
            pno += r.randint(4, 9)
            yy += 5.6
            pg.text(28, yy, "，".join(au), 10, ctx.body)
            yy += 8
        pg.text(18, pg.h - 14, issn_cn, 9, ctx.body)
        pages = [pg]
    fields = {"holder": None, "people": ppl(authors, "author"), "title": title,
              "journal": {"name": jn, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": str(issue),
                          "levels": levels}}  # fmt: skip
    return finish(ctx, "journal_article", "journal", v, pages, fields, claim, year, skip=skip)


# ---- books -------------------------------------------------------------------------------------
def _isbn(ctx: Ctx, prefix: str) -> str:
    body = "".join(str(ctx.rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    d12 = "9787" + prefix + body
    return f"978-7-{prefix}-{body}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("book")
    dom = r.choice(DOMAIN_KEYS)
    pub, city, prefix = r.choice(PUBLISHERS)
    base = r.choice(DOMAINS[dom]["books"])
    title = ctx.pick("t7.b.title", [base, f"新编{base}", f"{base}概论", f"实用{base}"])
    y, m = r.randint(2015, 2024), r.randint(1, 12)
    ed = r.choice([1, 1, 1, 2, 3])
    edition = f"{y}年{m}月第{ed}版"
    isbn = _isbn(ctx, prefix)
    taken: set[str] = set()
    chief = people(r, r.randint(1, 2), taken)
    deputy = people(r, r.randint(0, 3), taken)
    board = people(r, r.randint(3, 8), taken)
    plist: list[tuple[str, str]] = []
    pages: list[Page] = []
    skip: tuple[str, ...] = ()
    price = f"{r.randint(28, 98)}.{r.choice(['00', '50', '80'])}元"
    cip_no = f"中国版本图书馆CIP数据核字（{y}）第{r.randint(10000, 299999):06d}号"
    word = ctx.pick("t7.b.role", ["主编", "著", "编著"])
    role_of = {"主编": "editor_in_chief", "著": "author", "编著": "author"}

    def copyright_block(pg: Page, yy: float, names: str, resp: str) -> float:
        yy = ink.centre(pg, yy, "图书在版编目（CIP）数据", 12, ctx.bold) + 2
        cip = f"{title} / {names}{resp}. —{city}：{pub}，{y}.{m}"
        x0, wd = 20, pg.w - 42
        yy = ink.para(pg, ctx, x0, yy, wd, cip, 10.5, indent=True)
        yy = ink.para(pg, ctx, x0, yy, wd, f"ISBN {isbn}", 10.5)
        yy = ink.para(pg, ctx, x0, yy, wd, f"Ⅰ.①{title[:2]}…　Ⅱ.①{names.split('，')[0].split('；')[0][:4]}…　Ⅲ.①{DOMAINS[dom]['topics'][0][:4]}"
                      f"　Ⅳ.①{r.choice(['R', 'G', 'TU', 'S', 'F'])}{r.randint(1, 99)}", 10.5)  # fmt: skip
        yy = ink.para(pg, ctx, x0, yy + 2, wd, cip_no, 10.5, indent=False)
        pg.line(x0, yy + 3, x0 + wd, yy + 3, 0.3)
        items = [("书　　名", title), ("责任编辑", person_name(r, taken)), ("出版发行", pub),
                 ("地　　址", f"{city}市{r.choice(['朝阳区', '海淀区', '高新区', '东城区', '岳麓区', '历下区'])}{r.randint(1, 99)}号"),
                 ("印　　刷", f"{city}{r.choice(['新华', '佳艺', '兴达'])}印刷有限公司"),
                 ("开　　本", f"{r.choice(['787mm×1092mm', '710mm×1000mm', '889mm×1194mm'])}　1/16"),
                 ("印　　张", f"{r.randint(10, 40)}.{r.choice(['5', '25', '75'])}"), ("字　　数", f"{r.randint(200, 800)}千字"),
                 ("版　　次", f"{edition}　{y}年{m}月第{r.randint(1, 3)}次印刷"), ("书　　号", f"ISBN {isbn}"),
                 ("定　　价", price)]  # fmt: skip
        return ink.pairs(pg, ctx, x0 + 4, yy + 7, items, 10.5, label_w=24, gap=1.9, max_w=wd - 4)

    if v == "cover":
        skip = ("book.isbn", "book.edition")
        pg = Page(185, 260)
        col = r.choice([(30, 80, 140), (160, 50, 40), (40, 120, 90), (200, 150, 40)])
        pg.rect(0, 0, pg.w, pg.h, 0, col, col)
        pg.rect(0, 70, pg.w, 150, 0, (250, 250, 245), (250, 250, 245))
        size = ink.fit_size(title, ctx.bold, 32, 165)
        pg.text(pg.w / 2, 92, title, size, ctx.bold, "c", col)
        names = chief if word == "主编" else chief + deputy[:1]
        plist = [(n, role_of[word]) for n in names]
        pg.text(pg.w / 2, 128, "　".join(names) + "　" + word, 14, ctx.body, "c")
        pg.text(pg.w / 2, 230, pub, 15, ctx.bold, "c", (255, 255, 255))
        edition_f, isbn_f, issued = None, None, None
        pages = [pg]
    elif v == "cip":
        pg = Page(185, 260)
        names = chief if word == "主编" else chief + deputy[:1]
        plist = [(n, role_of[word]) for n in names]
        copyright_block(pg, 40, "，".join(names), word)
        edition_f, isbn_f, issued = edition, isbn, f"{y}-{m:02d}"
        pages = [pg]
    elif v == "board":
        pg = Page(185, 260)
        yy = ink.centre(pg, 22, ctx.pick("t7.b.bh", ["编委会", "编写委员会", "编　委　会"]), 18, ctx.bold) + 4
        rows: list[tuple[str, list[str], str]] = [("主　编", chief, "editor_in_chief")]
        if deputy:
            rows.append(("副主编", deputy, "deputy_editor"))
        member_list = list(board)
        if r.random() < 0.4:  # the board list repeats the editors, as many real ones do
            member_list = chief + deputy + board
        rows.append(("编　委", member_list, "editorial_board"))
        seen: set[str] = set()
        for lab, nms, role in rows:
            pg.text(24, yy, lab, 12, ctx.bold)
            if lab == "编　委" and r.random() < 0.5:
                pg.text(44, yy, "（按姓氏笔画排序）", 10, ctx.body)
                yy += 7
            for i, nm in enumerate(nms):
                cx = 48 + (i % 4) * 30
                if i and i % 4 == 0:
                    yy += 7
                pg.text(cx, yy, nm, 12, ctx.body)
                if nm not in seen:
                    seen.add(nm)
                    plist.append((nm, role))
            yy += 11
        copyright_block(pg, yy + 8, "，".join(chief), "主编")
        edition_f, isbn_f, issued = edition, isbn, f"{y}-{m:02d}"
        pages = [pg]
    elif v == "translation":
        pg = Page(185, 260)
        orig = foreign_name(r)
        nat = r.choice(["美", "英", "德", "加", "澳"])
        trans = people(r, r.randint(1, 3), taken)
        plist = [(orig, "author")] + [(t, "translator") for t in trans]
        yy = ink.centre(pg, 40, title, ink.fit_size(title, ctx.bold, 24, 160), ctx.bold) + 10
        yy = ink.centre(pg, yy, f"[{nat}] {orig}　著", 13, ctx.body)
        yy = ink.centre(pg, yy + 2, "　".join(trans) + "　译", 13, ctx.body)
        pg.text(pg.w / 2, 215, pub, 14, ctx.bold, "c")
        p2 = Page(185, 260)
        yy = copyright_block(p2, 40, f"（{nat}）{orig}著；{'，'.join(trans)}", "译")
        p2.text(
            24,
            yy + 6,
            f"著作权合同登记号：图字{r.randint(1, 30):02d}-{y - 1}-{r.randint(1000, 9999)}",
            9.5,
            ctx.body,
        )
        edition_f, isbn_f, issued = edition, isbn, f"{y}-{m:02d}"
        pages = [pg, p2]
    else:  # titlepage: 扉页 + 版权页
        names = chief + deputy[:2]
        plist = [(n, "author") for n in names]
        p1 = Page(185, 260)
        yy = ink.centre(p1, 70, title, ink.fit_size(title, ctx.bold, 28, 160), ctx.bold) + 18
        ink.centre(p1, yy, "　".join(names) + "　编著", 14, ctx.body)
        p1.text(p1.w / 2, 215, pub, 14, ctx.bold, "c")
        p1.text(p1.w / 2, 224, city, 11, ctx.body, "c")
        p2 = Page(185, 260)
        copyright_block(p2, 60, "，".join(names), "编著")
        edition_f, isbn_f, issued = edition, isbn, f"{y}-{m:02d}"
        pages = [p1, p2]
    ranked = [{"name": n, "rank": i + 1, "role": role} for i, (n, role) in enumerate(plist)]
    claim = r.choice([n for n, role in plist if role != "author" or v != "translation"] or [plist[0][0]])
    fields = {"holder": None, "people": ranked, "title": title, "issuer": pub, "issued_on": issued,
              "book": {"isbn": isbn_f, "publisher": pub, "edition": edition_f}}  # fmt: skip
    return finish(ctx, "book", "book", v, pages, fields, claim, y, skip=skip)


# ---- patents -----------------------------------------------------------------------------------
def _tuesday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=(1 - d.weekday()) % 7)


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("patent")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, r.choice(["invention", "utility_model", "utility_model"])
    )
    tdig = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    ay = r.randint(2014, 2023)
    applied = dt.date(ay, r.randint(1, 12), r.randint(1, 28))
    lag = {
        "invention": r.randint(420, 1300),
        "utility_model": r.randint(100, 330),
        "design": r.randint(90, 250),
    }[kind]
    granted = _tuesday(applied + dt.timedelta(days=lag))
    serial = f"{r.randint(0, 9999999):07d}"
    d12 = f"{ay}{tdig}{serial}"
    chk = zl_check(d12)
    number = f"ZL{d12}.{chk}"
    num_s = f"ZL {ay} {tdig} {serial}.{chk}" if v != "compact" else number
    taken: set[str] = set()
    inventors = people(r, r.randint(1, 6), taken)
    owner = unit(r, dom, pl) if r.random() < 0.75 else inventors[0]
    title = design_title(r) if kind == "design" else patent_title(r, dom)
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    who_lab = "设计人" if kind == "design" else "发明人"
    name_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    term = {
        "invention": "二十年",
        "utility_model": "十年",
        "design": "十五年" if applied >= dt.date(2021, 6, 1) else "十年",
    }[kind]
    exam = "进行审查" if kind == "invention" else "进行初步审查"
    ds = ctx.pick("t7.p.ds", ["cn", "cn0"])
    cert_no = f"第{r.randint(100000, 6999999)}号"
    pub_no = f"CN {r.randint(100000000, 119999999) if kind == 'invention' else r.randint(200000000, 219999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    sep = ctx.pick("t7.p.sep", ["；", "、", "　"])
    statement = (f"本{word}经过本局依照中华人民共和国专利法{exam}，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。"
                 f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")  # fmt: skip
    items = [(name_lab, title), (who_lab, sep.join(inventors)), ("专 利 号", num_s),
             ("专利申请日", fmt_date(applied, ds)), ("专利权人", owner),
             ("地　　址", f"{prov_full(pl[0])}{pl[1]}市{r.choice(['人民路', '迎宾大道', '建设路', '长江路'])}{r.randint(1, 500)}号"),
             ("授权公告日", fmt_date(granted, ds)), ("授权公告号", pub_no)]  # fmt: skip
    director = person_name(r, taken)
    if v == "electronic":
        pg = Page()
        pg.rect(0, 0, pg.w, 12, 0, (30, 70, 140), (30, 70, 140))
        pg.text(20, 22, f"证书号 {cert_no}", 11, ctx.body)
        ink.qr(pg, ctx, pg.w - 44, 18, 24)
        yy = ink.centre(pg, 48, f"{word}专利证书", 26, ctx.bold)
        r.shuffle(items[3:6])
        yy = ink.pairs(pg, ctx, 24, yy + 10, items, 12, label_w=32, gap=2.2)
        yy = ink.para(pg, ctx, 24, yy + 6, 162, statement, 11.5)
        pg.text(24, yy + 6, "本证书为电子证书，可通过国家知识产权局专利业务办理系统验证。", 10, ctx.body)
        ink.signoff(pg, ctx, ["国家知识产权局", f"局长　{director}"], yy + 26, seal="国家知识产权局")
    else:
        pg = Page()
        ink.border(pg, ctx, 2 if v != "compact" else 1, (60, 90, 140))
        yy = ink.centre(pg, 26, f"{word}专利证书", 28, ctx.bold, spaced=v != "compact")
        pg.text(pg.w / 2, yy + 2, f"证书号{cert_no}", 12, ctx.body, "c")
        if v == "compact":
            items = [i for i in items if i[0] != "授权公告号"]
        yy = ink.pairs(pg, ctx, 26, yy + 16, items, 12.5, label_w=34 if kind != "invention" else 28, gap=2.3,
                       colon="：" if v != "utility" else "　")  # fmt: skip
        yy = ink.para(pg, ctx, 26, yy + 8, 158, statement, 11.5, lead=1.9)
        yy = ink.para(pg, ctx, 26, yy + 2, 158, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
                      "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 10.5, lead=1.8)  # fmt: skip
        ink.signoff(pg, ctx, [f"局长　{director}"], max(yy + 20, 236), seal="国家知识产权局", seal_dy=-4)
        pg.text(pg.w - 26, pg.h - 22, "第 1 页（共 2 页）" if r.random() < 0.4 else "", 9, ctx.body, "r")
    claim = inventors[r.randrange(len(inventors))]
    fields = {"holder": None, "people": ppl(inventors, "inventor"), "title": title, "issuer": "国家知识产权局",
              "issued_on": iso(granted),
              "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)}}  # fmt: skip
    return finish(ctx, "patent_certificate", "patent", v, [pg], fields, claim, granted.year)


# ---- awards ------------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("award")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    y = r.randint(2016, 2024)
    taken: set[str] = set()
    prov, city = prov_full(pl[0]), pl[1] + "市"
    level = r.choice(["provincial", "municipal", "municipal"])
    region = prov if level == "provincial" else city
    gov = f"{region}人民政府"
    grade = r.choice(GRADES)
    d = dt.date(y, r.randint(1, 12), r.randint(1, 28))
    by_month = r.random() < 0.3
    issued = f"{y}-{d.month:02d}" if by_month else iso(d)
    date_s = fmt_month(y, d.month, r.choice(["cn", "hz"])) if by_month else ink.date(ctx, d)
    holder: str | None = None
    ranked: list[dict] = []
    pg = Page(297, 210) if v in ("scitech", "table", "contest") else Page()
    if v != "table":
        ink.border(pg, ctx, r.choice([2, 3]), r.choice([ink.RED, ink.GOLD]))
    if v == "scitech":
        kind = "science_technology"
        name = f"{region}科学技术进步奖"
        title = project_title(r, dom)
        holder = person_name(r, taken)
        rank = r.randint(1, 9)
        ranked = [{"name": holder, "rank": rank, "role": "awardee"}]
        issuer = gov
        yy = ink.centre(pg, 26, "荣 誉 证 书" if r.random() < 0.4 else "证　书", 32, ctx.bold, ink.RED)
        yy = ink.para(pg, ctx, 40, yy + 10, 217, f"为表彰{y}年度{name}获得者，特颁发此证书。", 15)
        rank_s = ctx.pick("t7.a.rank", [f"第{rank}完成人", f"排名第{rank}", f"（第{cn_n(rank)}完成人）"])
        items = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", f"{holder}　{rank_s}"),
                 ("证 书 号", f"{y}-{r.choice(['J', 'KJ'])}-{r.randint(1, 3)}-{r.randint(10, 300):03d}-R{rank:02d}")]  # fmt: skip
        yy = ink.pairs(pg, ctx, 56, yy + 6, items, 15, label_w=36, gap=2.3)
        ink.signoff(pg, ctx, [issuer, date_s], max(yy + 6, 160), x_right=262, size=14, seal=issuer)
    elif v == "social":
        kind = "social_science"
        name = ctx.pick("t7.a.ssn", [f"{region}社会科学优秀成果奖", f"{region}哲学社会科学优秀成果奖"])
        title = paper_title(r, dom)
        authors = people(r, r.choice([1, 1, 2, 3]), taken)
        holder = authors[0] if len(authors) == 1 else None
        ranked = ppl(authors, "awardee")
        issuer = gov
        yy = ink.centre(pg, 40, "获 奖 证 书", 30, ctx.bold, ink.RED) + 10
        pg.text(26, yy, f"{'、'.join(authors)}{'同志' if len(authors) == 1 else ''}：", 15, ctx.body)
        text = ctx.pick("t7.a.sst", [
            "你{m}的成果《{t}》荣获{y}年度{n}{g}。", "{y}年度{n}评审揭晓，你{m}的成果《{t}》获{g}。特发此证，以资鼓励。",
        ]).format(m="" if holder else "们", t=title, y=y, n=name, g=grade)  # fmt: skip
        yy = ink.para(pg, ctx, 26, yy + 14, 158, text, 15, lead=2.1)
        pg.text(26, yy + 8, f"证书编号：SK{y}{r.randint(100, 999)}", 11, ctx.body)
        ink.signoff(pg, ctx, [issuer, date_s], yy + 36, size=14, seal=issuer)
    elif v == "teaching":
        kind = "other"
        stage = ctx.pick("t7.a.stage", ["基础教育", "职业教育", "高等教育"])
        level = r.choice(["provincial", "municipal"])
        region = prov if level == "provincial" else city
        issuer = f"{prov}教育厅" if level == "provincial" else f"{city}教育局"
        name = f"{region}{stage}教学成果奖"
        title = project_title(r, "edu")
        team = people(r, r.randint(2, 6), taken)
        ranked = ppl(team, "awardee")
        grade = r.choice(["特等奖", "一等奖", "二等奖"])
        yy = ink.centre(pg, 34, f"{y}年{name}", 16, ctx.bold)
        yy = ink.centre(pg, yy + 2, "证　书", 30, ctx.bold, ink.RED) + 10
        items = [
            ("成果名称", title),
            ("获奖等级", grade),
            ("完 成 人", "、".join(team)),
            ("完成单位", unit(r, "edu", pl)),
        ]
        yy = ink.pairs(pg, ctx, 26, yy, items, 13.5, label_w=30, gap=2.3, max_w=158)
        ink.signoff(pg, ctx, [issuer, date_s], yy + 16, size=13.5, seal=issuer)
    elif v == "contest":
        kind = "competition"
        level = r.choice(["provincial", "municipal", "county"])
        region = {"provincial": prov, "municipal": city, "county": pl[2]}[level]
        issuer = {"provincial": f"{prov}{r.choice(['教育厅', '卫生健康委员会', '人力资源和社会保障厅'])}",
                  "municipal": f"{city}{r.choice(['教育局', '卫生健康委员会', '总工会', '人力资源和社会保障局'])}",
                  "county": f"{pl[2]}{r.choice(['教育局', '卫生健康局', '总工会'])}"}[level]  # fmt: skip
        contest = ctx.pick(
            "t7.a.ct", ["职业技能竞赛", "青年教师教学竞赛", "微课制作大赛", "优秀论文评选", "岗位技能大赛"]
        )
        name = f"{region}{contest}"
        title = {
            "优秀论文评选": paper_title(r, dom),
            "微课制作大赛": f"{r.choice(DOMAINS[dom]['topics'])}微课",
        }.get(contest, r.choice(DOMAINS[dom]["topics"]))
        holder = person_name(r, taken)
        ranked = [{"name": holder, "rank": 1, "role": "awardee"}]
        grade = r.choice(GRADES + ["优秀奖", "特等奖"])
        yy = ink.centre(pg, 30, "荣誉证书", 32, ctx.bold, ink.RED, spaced=True) + 10
        pg.text(40, yy, f"{holder}{ctx.pick('t7.a.tz', ['同志：', '：', '老师：'])}", 16, ctx.body)
        lab = {"优秀论文评选": "论文", "微课制作大赛": "作品"}.get(contest, "参赛项目")
        text = f"在{y}年{name}中，{'你的' + lab + '“' + title + '”' if lab != '参赛项目' else '参加“' + title + '”项目比赛，'}荣获{grade}。特发此证，以资鼓励。"
        yy = ink.para(pg, ctx, 40, yy + 14, 217, text, 16, lead=2.0)
        ink.signoff(pg, ctx, [issuer, date_s], max(yy + 12, 150), x_right=262, size=14, seal=issuer)
    else:  # table
        kind = r.choice(["science_technology", "social_science"])
        name = f"{region}{'科学技术进步奖' if kind == 'science_technology' else '社会科学优秀成果奖'}"
        issuer = gov
        title = project_title(r, dom)
        team = people(r, r.randint(2, 7), taken)
        ink.border(pg, ctx, 1, ink.GOLD)
        yy = ink.centre(pg, 20, name, 20, ctx.bold)
        yy = ink.centre(pg, yy, "获奖证书", 28, ctx.bold, ink.RED) + 4
        one = r.random() < 0.5
        if one:
            holder = team[r.randrange(len(team))]
            rank = team.index(holder) + 1
            ranked = [{"name": holder, "rank": rank, "role": "awardee"}]
            who = f"{holder}（排名第{rank}）"
        else:
            ranked = ppl(team, "awardee")
            who = "、".join(team)
        rows = [["项目名称", title], ["奖励类别", "科技进步类" if kind == "science_technology" else "社会科学类"],
                ["奖励等级", grade], ["获 奖 者" if one else "主要完成人", who],
                ["完成单位", unit(r, dom, pl)], ["证书编号", f"{y}{r.randint(10000, 99999)}"]]  # fmt: skip
        yy = pg.table(40, yy + 2, [40, 177], rows, 12.5, ctx.body, row_h=12)
        ink.signoff(pg, ctx, [issuer, date_s], yy + 8, x_right=262, size=13, seal=issuer)
    people_names = [p["name"] for p in ranked]
    claim = holder or r.choice(people_names)
    fields = {"holder": holder, "people": ranked, "title": title, "issuer": issuer, "issued_on": issued,
              "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    return finish(ctx, "award_certificate", "award", v, [pg], fields, claim, y)


# ---- project completion ------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("proj")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    prov, city = prov_full(pl[0]), pl[1] + "市"
    taken: set[str] = set()
    leader = person_name(r, taken)
    members = people(r, r.randint(0, 5) if v != "proof" else 0, taken)
    if v in ("table", "acceptance") and not members:
        members = people(r, 2, taken)
    title = project_title(r, dom)
    sy = r.randint(2016, 2022)
    ey = sy + r.randint(1, 3)
    d = dt.date(ey, r.randint(1, 12), r.randint(1, 28))
    issuer = {
        "edu": r.choice(
            [f"{city}教育科学规划领导小组办公室", f"{prov}教育科学规划领导小组办公室", f"{city}教育局"]
        ),
        "med": r.choice([f"{prov}卫生健康委员会", f"{city}卫生健康委员会", f"{city}科学技术局"]),
    }.get(
        dom,
        r.choice(
            [f"{city}科学技术局", f"{prov}社会科学界联合会", f"{city}社会科学界联合会", f"{prov}科学技术厅"]
        ),
    )
    code = ctx.pick("t7.pj.no", [f"{pl[0][0]}{sy % 100:02d}{r.choice(['JG', 'KY', 'YB', 'ZX'])}{r.randint(1, 999):03d}",
                                 f"{sy}{r.choice(['JJ', 'SF', 'ZK'])}{r.randint(10000, 99999)}",
                                 f"{city[:2]}-{sy}-{r.randint(1, 300):03d}"])  # fmt: skip
    kind_s = ctx.pick("t7.pj.kind", ["课题", "项目", "研究课题"])
    ds = ink.date_style(ctx, ("cn", "cn0", "hz"))
    issued = iso(d)
    date_s = fmt_date(d, ds)
    cert_no = f"{ctx.pick('t7.pj.cno', ['结题证书号', '证书编号', '结项号'])}：{ey}{r.randint(100, 9999):04d}"
    grade = r.choice(["优秀", "良好", "合格"])
    pg = Page()
    if v in ("certificate", "month"):
        if v == "month":
            issued = f"{ey}-{d.month:02d}"
            date_s = fmt_month(ey, d.month, r.choice(["cn", "hz"]))
        ink.border(pg, ctx, r.choice([2, 3]), r.choice([ink.RED, ink.GOLD]))
        yy = ink.centre(
            pg,
            32,
            ctx.pick("t7.pj.head", ["结题证书", "结项证书", "课题结题证书"]),
            30,
            ctx.bold,
            ink.RED,
            spaced=True,
        )
        yy += 10
        items = [
            (f"{kind_s}名称", title),
            (f"{kind_s}编号", code),
            (f"{kind_s}主持人" if r.random() < 0.6 else "负 责 人", leader),
        ]
        if members:
            items.append(("课题组成员", "、".join(members)))
        yy = ink.pairs(pg, ctx, 28, yy, items, 13.5, label_w=34, gap=2.3, max_w=156)
        text = ctx.pick("t7.pj.body", [f"该{kind_s}经专家组鉴定，成果达到预期目标，准予结题。特发此证。",
                                        f"经审核，该{kind_s}已完成研究任务，鉴定等级为“{grade}”，同意结题。",
                                        f"该{kind_s}于{sy}年立项，经评审验收，准予结项。"])  # fmt: skip
        yy = ink.para(pg, ctx, 28, yy + 6, 156, text, 13.5, lead=2.0)
        pg.text(28, yy + 8, cert_no, 11, ctx.body)
        ink.signoff(pg, ctx, [issuer, date_s], yy + 26, seal=issuer)
    elif v == "proof":
        yy = ink.centre(pg, 40, ctx.pick("t7.pj.ph", ["结题证明", "结项证明", "证　明"]), 24, ctx.bold) + 12
        lvl = "省级" if issuer.startswith(prov) else "市级"
        text = (f"兹证明{leader}同志主持的{lvl}{kind_s}“{title}”（{kind_s}编号：{code}），已按计划完成研究任务，"
                f"经专家鉴定合格，准予结题。")  # fmt: skip
        yy = ink.para(pg, ctx, 26, yy, 158, text, 14, lead=2.1)
        pg.text(40, yy + 4, "特此证明。", 14, ctx.body)
        ink.signoff(pg, ctx, [issuer, date_s], yy + 40, seal=issuer)
    elif v == "table":
        yy = ink.centre(pg, 26, ctx.pick("t7.pj.th", ["结项证书", "课题结题鉴定证书"]), 24, ctx.bold) + 6
        rows = [["项目名称", title], ["项目编号", code], ["项目类别", r.choice(["重点课题", "一般课题", "青年课题", "自筹经费项目"])],
                ["负 责 人", leader], ["参与人员", "、".join(members)], ["立项时间", f"{sy}年{r.randint(1, 12)}月"],
                ["结项时间", date_s], ["鉴定等级", grade]]  # fmt: skip
        yy = pg.table(22, yy + 4, [34, 132], rows, 12, ctx.body, row_h=12.5)
        pg.text(22, yy + 8, cert_no, 11, ctx.body)
        ink.signoff(pg, ctx, [issuer, date_s], yy + 24, seal=issuer)
    else:  # acceptance
        issuer = f"{city}科学技术局" if r.random() < 0.6 else f"{prov}科学技术厅"
        yy = ink.centre(pg, 22, "科技计划项目", 16, ctx.bold)
        yy = ink.centre(pg, yy, "验收证书", 26, ctx.bold, spaced=True) + 4
        items = [("项目名称", title), ("项目编号", code), ("承担单位", unit(r, dom, pl)), ("项目负责人", leader),
                 ("起止时间", f"{sy}年{r.randint(1, 6)}月至{ey}年{r.randint(6, 12)}月"), ("验收日期", date_s)]  # fmt: skip
        yy = ink.pairs(pg, ctx, 22, yy, items, 12, label_w=30, gap=2.1, max_w=166)
        pg.text(22, yy + 2, "主要研究人员：", 12, ctx.bold)
        rows = [["序号", "姓名", "工作单位", "职称", "分工"]]
        for i, nm in enumerate([leader] + members):
            rows.append(
                [
                    str(i + 1),
                    nm,
                    unit(r, dom, pl),
                    r.choice(DOMAINS[dom]["ranks"]),
                    "负责人" if i == 0 else "参与",
                ]
            )
        yy = pg.table(22, yy + 9, [14, 24, 80, 28, 20], rows, 10.5, ctx.body, row_h=9)
        yy = ink.para(
            pg,
            ctx,
            22,
            yy + 5,
            166,
            "验收意见：项目组完成了合同规定的各项任务，技术资料齐全，同意通过验收。",
            12,
        )
        ink.signoff(pg, ctx, [issuer, date_s], yy + 14, seal=issuer)
    ranked = ppl([leader], "project_leader") + ppl(members, "project_member", 2)
    holder = leader if not members else None
    claim = r.choice([leader] + members)
    fields = {"holder": holder, "people": ranked, "title": title, "issuer": issuer, "issued_on": issued}
    return finish(ctx, "project_completion", "proj", v, [pg], fields, claim, int(issued[:4]))
