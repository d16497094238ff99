"""Draw 33 builders: journal articles and books (patents, awards and projects live in `grants`)."""

from __future__ import annotations

import datetime as dt

from bench.blind import common
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind33 import ink, pools
from bench.blind33.grants import award_certificate, patent_certificate, project_completion
from bench.blind33.pools import Ctx, month
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

REGION = {"37": "山东", "43": "湖南", "41": "河南", "32": "江苏", "33": "浙江", "42": "湖北", "44": "广东", "21": "辽宁",
          "51": "四川", "61": "陕西", "13": "河北", "14": "山西", "22": "吉林", "23": "黑龙江", "34": "安徽", "35": "福建",
          "36": "江西", "52": "贵州", "53": "云南", "62": "甘肃"}  # fmt: skip
NAT_SUP = [
    "中国科学技术协会",
    "教育部",
    "中国科学院",
    "交通运输部",
    "农业农村部",
    "国家卫生健康委员会",
    "自然资源部",
]
PROV_SUP = ["{p}省科学技术协会", "{p}省教育厅", "{p}省卫生健康委员会", "{p}省科学技术厅"]
ART = {
    "port": [
        "基于数字孪生的集装箱码头堆场调度方法",
        "高桩码头桩基损伤识别试验研究",
        "淤泥质海岸航道回淤规律分析",
        "港口门座起重机金属结构疲劳评估",
        "沉箱重力式码头稳定性数值模拟",
    ],
    "fish": [
        "刺参池塘养殖水质因子变化特征",
        "大菱鲆工厂化循环水养殖效果评价",
        "洞庭湖区稻虾综合种养模式研究",
        "许氏平鲉幼鱼摄食节律初探",
        "海带养殖区浮游植物群落结构",
    ],
    "nurse": [
        "集束化护理在ICU呼吸机相关性肺炎预防中的应用",
        "老年髋部骨折患者术后谵妄的护理干预",
        "基于延续护理的糖尿病足患者随访效果",
        "护士职业倦怠现状及影响因素调查",
    ],
    "pharm": [
        "HPLC法测定复方制剂中三种成分含量",
        "某院抗菌药物处方点评与干预效果",
        "中药饮片质量抽检结果分析",
        "药师参与慢病管理的实践与评价",
    ],
    "teach": [
        "中职船舶专业岗课赛证融通路径探析",
        "职业院校护理专业活页式教材开发实践",
        "基于工作过程的测量课程教学改革",
    ],
    "arch": [
        "无人机倾斜摄影在农房测绘中的精度分析",
        "滨海城市更新中的历史街区保护策略",
        "县级国土空间规划中的村庄分类方法",
        "GNSS-RTK在山区控制测量中的应用",
    ],
}


def _journal(ctx: Ctx) -> tuple[common.Journal, str | None, str, int]:
    r = ctx.rng
    jl = r.choice(common.journals())
    vol = str(r.randint(18, 46)) if r.random() < 0.65 else None
    return jl, vol, str(r.randint(1, 12)), r.randint(2017, 2024)


def _sup(ctx: Ctx, jl: common.Journal) -> tuple[str, str]:
    reg = REGION.get(jl.cn[:2])
    if reg and ctx.rng.random() < 0.5:
        return ctx.rng.choice(PROV_SUP).format(p=reg), "provincial"
    return ctx.rng.choice(NAT_SUP), "national"


def _article(ctx: Ctx, n: int | None = None) -> tuple[str, list[str], list[str]]:
    r = ctx.rng
    fld = r.choice(list(ART))
    names = pools.people(r, n or r.randint(1, 5))
    prov, city = pools.prov_city(r)
    units = list(dict.fromkeys(pools.workplace(r, city) if r.random() < 0.6 else r.choice(pools.UNIVS[prov])
                               for _ in range(min(len(names), 2))))  # fmt: skip
    return r.choice(ART[fld]), names, units


def _jdoc(
    ctx: Ctx, v: str, pages: list[Page], jl, vol, iss, year, levels, title, names, scored_art: bool
) -> Doc:  # noqa: ANN001
    claim = names[ctx.rng.randrange(len(names))]
    sc = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    sc += ["journal.volume"] if vol else []
    sc += ["title", "people"] if scored_art else []
    f = {"title": title, "people": [person(n, i + 1, "author") for i, n in enumerate(names)],
         "journal": {"name": jl.name, "issn": jl.issn, "cn": jl.cn, "year": year, "volume": vol, "issue": iss,
                     "levels": levels}}  # fmt: skip
    return Doc("journal_article", ctx.layout("jour", v), pages, f, sc, {"person": claim, "year": year})


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("jour")
    jl, vol, iss, year = _journal(ctx)
    levels = list(jl.base_levels)
    title, names, units = _article(ctx)
    fn = {"firstpage": _j_first, "tocmiddle": _j_toc, "cover": _j_cover, "enfirst": _j_enfirst,
          "masthead": _j_mast, "dbprint": _j_db, "spread": _j_spread}[v]  # fmt: skip
    pages, extra, scored_art = fn(ctx, jl, vol, iss, year, title, names, units)
    return _jdoc(ctx, v, pages, jl, vol, iss, year, levels + extra, title, names, scored_art)


def _volno(vol: str | None, iss: str, year: int, cn: bool = True) -> str:
    if cn:
        return f"第{vol}卷第{iss}期" if vol else f"{year}年第{iss}期"
    return f"Vol.{vol} No.{iss}" if vol else f"No.{iss}"


def _byline(pg: Page, ctx: Ctx, y: float, names: list[str], units: list[str]) -> float:
    parts: list[tuple[str, bool]] = []
    for i, n in enumerate(names):
        parts += [(n, False), (str(1 + (i % len(units))), True)]
        if i < len(names) - 1:
            parts.append(("，", False))
    y = pg.runs(105, y, parts, 12.5, ctx.body)
    aff = "（" + "；".join(f"{i + 1}. {u}" for i, u in enumerate(units)) + "）"
    return pg.wrap(28, y, 154, aff, 9.5, ctx.body, 1.5)


def _abstract(pg: Page, ctx: Ctx, y: float, title: str) -> float:
    r = ctx.rng
    ab = (f"摘要：针对{title[:8]}等问题，本文结合现场调查与试验数据开展分析，提出了相应的改进方法。结果表明，"
          "所提方法在精度与效率方面均优于传统做法，可为同类工程与实践提供参考。")  # fmt: skip
    y = pg.wrap(24, y + 3, 162, ab, 10, ctx.body, 1.6)
    y = pg.wrap(
        24,
        y,
        162,
        "关键词：" + "；".join(r.sample(["实践", "评价", "优化", "影响因素", "数值模拟", "效果"], 3)),
        10,
        ctx.body,
    )
    return pg.wrap(
        24,
        y,
        162,
        f"中图分类号：{r.choice(['U65', 'S96', 'R47', 'R95', 'G71', 'P23'])}{r.randint(1, 9)}　　文献标志码：A",
        9.5,
        ctx.body,
    )


def _j_first(ctx, jl, vol, iss, year, title, names, units):  # noqa: ANN001, ANN202
    pg = Page()
    mo = ctx.rng.randint(1, 12)
    pg.text(18, 12, f"{_volno(vol, iss, year)}", 9, ctx.body)
    pg.text(105, 12, jl.name, 9, ctx.body, "c")
    pg.text(192, 12, month(year, mo, "cjk"), 9, ctx.body, "r")
    pg.text(18, 17, _volno(vol, iss, year, False), 8, ctx.body)
    pg.line(18, 22, 192, 22, 0.4)
    pg.text(192, 25, f"ISSN {jl.issn}　CN {jl.cn}", 8, ctx.body, "r")
    y = pg.wrap(28, 34, 154, title, 18, ctx.bold, 1.4)
    y = _byline(pg, ctx, y + 2, names, units)
    y = _abstract(pg, ctx, y + 2, title)
    pg.line(18, 262, 80, 262, 0.3)
    rec = dt.date(year - 1, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    pg.text(18, 265, f"收稿日期：{rec.isoformat()}", 8.5, ctx.body)
    pg.text(
        18,
        270,
        f"作者简介：{names[0]}（{ctx.rng.randint(1970, 1995)}—），{ctx.rng.choice(['男', '女'])}，{ctx.rng.choice(['硕士', '本科', '博士'])}，主要从事相关研究。",
        8.5,
        ctx.body,
    )
    return [pg], [], True


def _toc_rows(ctx: Ctx, title: str, names: list[str], n: int = 9) -> tuple[list[tuple[str, str]], int]:
    r = ctx.rng
    rows = []
    for _ in range(n):
        t, ns, _u = _article(ctx, r.randint(1, 4))
        rows.append((t, "，".join(ns)))
    at = r.randint(3, n - 3)
    rows[at] = (title, "，".join(names))
    return rows, at


def _toc_page(pg: Page, ctx: Ctx, y: float, rows: list[tuple[str, str]]) -> float:
    pgno = ctx.rng.randint(1, 20)
    for t, a in rows:
        pg.text(22, y, t, 11, ctx.body)
        pg.text(188, y, str(pgno), 10, ctx.body, "r")
        pg.text(30, y + 5.5, a, 9.5, ctx.body, "l", ink.GREY)
        pgno += ctx.rng.randint(5, 9)
        y += 13
    return y


def _j_toc(ctx, jl, vol, iss, year, title, names, units):  # noqa: ANN001, ANN202
    pg = Page()
    pg.text(105, 18, jl.name, 20, ctx.bold, "c")
    pg.text(
        105, 30, f"{year}年 {_volno(vol, iss, year)}（总第{ctx.rng.randint(80, 400)}期）", 11, ctx.body, "c"
    )
    pg.text(105, 40, "目　　次", 15, ctx.bold, "c")
    rows, _ = _toc_rows(ctx, title, names, ctx.rng.randint(10, 13))
    y = _toc_page(pg, ctx, 52, rows)
    pg.text(105, max(y + 6, 276), f"ISSN {jl.issn}　　CN {jl.cn}", 10, ctx.body, "c")
    return [pg], [], False


def _j_cover(ctx, jl, vol, iss, year, title, names, units):  # noqa: ANN001, ANN202
    sup, lvl = _sup(ctx, jl)
    pg = Page()
    pg.rect(0, 0, 210, 297, 0, fill=(236, 242, 236))
    pg.rect(0, 30, 210, 80, 0, fill=(40, 96, 80))
    pg.text(105, 44, jl.name, ink.fit(jl.name, ctx.bold, 40, 190), ctx.bold, "c", (255, 255, 255))
    pg.text(105, 90, f"{year}年第{iss}期" + (f"　第{vol}卷" if vol else ""), 14, ctx.body, "c")
    pg.text(30, 110, "本期要目", 13, ctx.bold)
    rows, _ = _toc_rows(ctx, title, names, 6)
    _toc_page(pg, ctx, 120, rows)
    ink.kv(pg, ctx, 22, 226, [("主管", sup), ("主办", ctx.rng.choice(["本刊编辑部", "中国科学技术协会", "中国学术期刊编委会"])),
                                  ("ISSN", jl.issn), ("CN", jl.cn)], 10, gap=1.8)  # fmt: skip
    ink.qr(pg, 170, 240, 22, ctx.rng.randrange(10**6))
    return [pg], [lvl], False


def _j_enfirst(ctx, jl, vol, iss, year, title, names, units):  # noqa: ANN001, ANN202
    pg = Page()
    pg.text(18, 12, f"{jl.name}　{year}年{_volno(vol, iss, year)}", 9, ctx.body)
    pg.line(18, 18, 192, 18, 0.3)
    pg.text(
        18,
        24,
        f"DOI:10.{ctx.rng.randint(11000, 19999)}/j.cnki.{ctx.rng.randint(1000, 9999)}.{year}.{iss.zfill(2)}.0{ctx.rng.randint(10, 99)}",
        8,
        ctx.body,
    )
    y = pg.wrap(28, 34, 154, title, 17, ctx.bold, 1.4)
    y = ink.centred(pg, y + 2, "　".join(names), 12, ctx.body)
    y = pg.wrap(28, y, 154, "（" + "；".join(units) + "）", 9.5, ctx.body, 1.5)
    y = _abstract(pg, ctx, y + 2, title)
    y = pg.wrap(24, y + 6, 162, "Abstract: This paper analyses field survey and test data and proposes an improved method; "
                "the results show better accuracy and efficiency than the conventional practice.", 9.5, ctx.body, 1.5)  # fmt: skip
    pg.line(18, 280, 192, 280, 0.3)
    pg.text(
        105, 283, f"ISSN {jl.issn}  CN {jl.cn}  {_volno(vol, iss, year, False)}  {year}", 8.5, ctx.body, "c"
    )
    return [pg], [], True


def _j_mast(ctx, jl, vol, iss, year, title, names, units):  # noqa: ANN001, ANN202
    sup, lvl = _sup(ctx, jl)
    p1 = Page()
    p1.text(105, 20, jl.name, 18, ctx.bold, "c")
    p1.text(
        105,
        30,
        f"（{'月刊' if ctx.rng.random() < 0.5 else '双月刊'}　{year}年创刊{ctx.rng.randint(1, 60)}周年）",
        10,
        ctx.body,
        "c",
    )
    pairs = [("主管单位", sup), ("主办单位", f"{jl.name}编辑委员会"), ("编辑出版", f"《{jl.name}》编辑部"),
             ("出版日期", f"{year}年{_volno(vol, iss, year)}"), ("国际标准连续出版物号", f"ISSN {jl.issn}"),
             ("国内统一连续出版物号", f"CN {jl.cn}"), ("定价", f"{ctx.rng.choice([15, 20, 25, 30])}.00元")]  # fmt: skip
    ink.kv(p1, ctx, 40, 50, pairs, 11, gap=2.3)
    p2, _, _ = _j_first(ctx, jl, vol, iss, year, title, names, units)
    return [p1, p2[0]], [lvl], True


def _j_db(ctx, jl, vol, iss, year, title, names, units):  # noqa: ANN001, ANN202
    pg = Page()
    pg.rect(0, 0, 210, 14, 0, fill=(30, 70, 140))
    pg.text(14, 4, "学术文献数据库 · 文献详情", 10, ctx.body, "l", (255, 255, 255))
    y = pg.wrap(18, 24, 174, title, 16, ctx.bold, 1.4)
    y = pg.wrap(18, y + 2, 174, "　".join(names), 11, ctx.body)
    y = pg.wrap(18, y, 174, "　".join(units), 9.5, ctx.body, 1.5)
    yv = f"{year},{vol}({iss})" if vol else f"{year}({iss})"
    y = ink.kv(pg, ctx, 18, y + 4, [("刊名", jl.name), ("年，卷(期)", yv), ("ISSN", jl.issn), ("CN", jl.cn),
                                    ("页码", f"{ctx.rng.randint(1, 90)}-{ctx.rng.randint(91, 120)}")], 10.5, lw=28)  # fmt: skip
    _abstract(pg, ctx, y + 2, title)
    return [pg], [], True


def _j_spread(ctx, jl, vol, iss, year, title, names, units):  # noqa: ANN001, ANN202
    sup, lvl = _sup(ctx, jl)
    p1 = Page()
    p1.rect(0, 0, 210, 297, 0, fill=(245, 238, 225))
    p1.text(105, 60, jl.name, ink.fit(jl.name, ctx.bold, 38, 180), ctx.bold, "c", (120, 50, 20))
    p1.text(105, 90, f"{year}　{iss}", 24, ctx.bold, "c")
    ink.kv(
        p1,
        ctx,
        30,
        240,
        [("主管", sup), ("国际标准刊号", f"ISSN {jl.issn}"), ("国内统一刊号", f"CN {jl.cn}")],
        10.5,
    )
    p2 = Page()
    p2.text(105, 18, "目　次", 16, ctx.bold, "c")
    p2.text(105, 28, f"{jl.name}　{year}年{_volno(vol, iss, year)}", 10, ctx.body, "c")
    rows, _ = _toc_rows(ctx, title, names, ctx.rng.randint(11, 14))
    _toc_page(p2, ctx, 40, rows)
    return [p1, p2], [lvl], False


# ---- books --------------------------------------------------------------------------------------
PUBLISHERS = [("海洋出版社", "5027", "北京"), ("人民交通出版社股份有限公司", "114", "北京"), ("中国农业出版社", "109", "北京"),
              ("人民卫生出版社", "117", "北京"), ("中国医药科技出版社", "5214", "北京"), ("测绘出版社", "5030", "北京"),
              ("中国建筑工业出版社", "112", "北京"), ("山东科学技术出版社", "5331", "济南"), ("湖南科学技术出版社", "5710", "长沙"),
              ("中国海洋大学出版社", "5670", "青岛"), ("湖南大学出版社", "5667", "长沙"), ("高等教育出版社", "04", "北京")]  # fmt: skip
BOOK_T = ["港口工程施工技术与管理", "海水鱼类健康养殖技术", "临床护理技术操作规范", "医院药学实践教程", "职业院校课程开发与实施",
          "工程测量实用技术", "城乡规划设计原理与实务", "水产动物疾病诊断与防治", "船舶辅机维护与检修", "社区护理实务"]  # fmt: skip
SERIES = [
    "现代港航工程技术丛书",
    "水产养殖实用技术丛书",
    "临床护理实践丛书",
    "职业教育改革创新系列教材",
    "测绘地理信息技术丛书",
]
FOREIGN = [
    ("美", "约翰·W.米勒"),
    ("英", "大卫·汤普森"),
    ("日", "田中浩二"),
    ("德", "克劳斯·施密特"),
    ("美", "琳达·S.卡特"),
]
VOL = ["上册", "下册", "第一卷", "第二卷", "第三卷"]


def _isbn(ctx: Ctx, code: str) -> str:
    r = ctx.rng
    rest = "".join(str(r.randrange(10)) for _ in range(8 - len(code)))
    d12 = "9787" + code + rest
    return f"978-7-{code}-{rest}-{pools.isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    r = ctx.rng
    pub, code, city = r.choice(PUBLISHERS)
    title = r.choice(BOOK_T)
    ed = dt.date(r.randint(2016, 2024), r.randint(1, 12), 1)
    edn = r.choice([1, 1, 1, 2])
    edition = f"{ed.year}年{ed.month}月第{edn}版"
    isbn = _isbn(ctx, code)
    n_e, n_d, n_b = 1 + (r.random() < 0.3), r.randint(1, 3), r.randint(0, 5)
    names = pools.people(r, n_e + n_d + n_b)
    roles = ["editor_in_chief"] * n_e + ["deputy_editor"] * n_d + ["editorial_board"] * n_b
    if v == "translation":
        orig = r.choice(FOREIGN)
        names = [orig[1]] + names[: r.randint(1, 2)]
        roles = ["author"] + ["translator"] * (len(names) - 1)
    if v in ("cover", "cip", "boxed", "series", "volumes"):
        keep = n_e + n_d
        names, roles = names[:keep], roles[:keep]
    ppl = [person(n, i + 1, ro) for i, (n, ro) in enumerate(zip(names, roles, strict=True))]
    by = {ro: [n for n, x in zip(names, roles, strict=True) if x == ro] for ro in set(roles)}
    b = {"title": title, "pub": pub, "city": city, "isbn": isbn, "edition": edition, "ed": ed, "by": by,
         "vol": r.choice(VOL), "series": r.choice(SERIES), "names": names, "roles": roles}  # fmt: skip
    pages = {"cover": _b_cover, "cip": _b_cip, "titlecip": _b_titlecip, "translation": _b_trans,
             "volumes": _b_cip, "boxed": _b_boxed, "series": _b_cip}[v](ctx, v, b)  # fmt: skip
    claim = names[r.randrange(1, len(names))] if v == "translation" else names[r.randrange(len(names))]
    f = {"title": title, "issuer": pub, "people": ppl, "book": {"isbn": isbn, "publisher": pub, "edition": edition},
         "issued_on": f"{ed.year}-{ed.month:02d}"}  # fmt: skip
    sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    if v == "cover":
        f["book"] = {"isbn": None, "publisher": pub, "edition": None}
        f["issued_on"] = None
        sc = ["title", "people", "issuer", "book.publisher"]
    return Doc("book", ctx.layout("book", v), pages, f, sc, {"person": claim, "year": ed.year})


def _credit(b: dict) -> str:
    parts = []
    for ro, lab in (("editor_in_chief", "主编"), ("deputy_editor", "副主编")):
        if b["by"].get(ro):
            parts.append(f"{'，'.join(b['by'][ro])}{lab}")
    return "；".join(parts)


def _b_cover(ctx: Ctx, v: str, b: dict) -> list[Page]:
    pg = Page(185, 260)
    pg.rect(0, 0, 185, 260, 0, fill=(30, 70, 110))
    pg.text(92.5, 20, b["series"], 11, ctx.body, "c", (220, 230, 240))
    pg.text(92.5, 70, b["title"], ink.fit(b["title"], ctx.bold, 28, 165), ctx.bold, "c", (255, 255, 255))
    y = 120
    for ro, lab in (("editor_in_chief", "主编"), ("deputy_editor", "副主编")):
        if b["by"].get(ro):
            pg.text(92.5, y, f"{lab}　{'　'.join(b['by'][ro])}", 12, ctx.body, "c", (255, 255, 255))
            y += 9
    pg.text(92.5, 238, b["pub"], 13, ctx.bold, "c", (255, 255, 255))
    return [pg]


def _cip_block(pg: Page, ctx: Ctx, y: float, b: dict, v: str) -> float:
    r = ctx.rng
    pg.text(20, y, "图书在版编目（CIP）数据", 12, ctx.bold)
    main = b["title"] + (f". {b['vol']}" if v == "volumes" else "")
    cip = f"{main} / {_credit(b)}. —{b['city']}：{b['pub']}，{b['ed'].year}.{b['ed'].month}"
    if v == "series":
        cip += f"\n（{b['series']}）"
    y = y + 8
    for part in cip.split("\n"):
        y = pg.wrap(24, y, 166, part, 10.5, ctx.body, 1.6)
    y = pg.wrap(24, y, 166, f"ISBN {b['isbn']}", 10.5, ctx.body)
    y = pg.wrap(
        24,
        y,
        166,
        f"Ⅰ．①{b['title'][:4]}…　Ⅱ．①{b['names'][0]}…　Ⅲ．①{b['title'][-4:]}　Ⅳ．①{r.choice('RSUGPT')}{r.randint(1, 99)}",
        10,
        ctx.body,
    )
    y = pg.wrap(
        20,
        y + 3,
        170,
        f"中国版本图书馆CIP数据核字（{b['ed'].year}）第{r.randint(100000, 299999)}号",
        10,
        ctx.body,
    )
    return y


def _imprint(pg: Page, ctx: Ctx, y: float, b: dict) -> float:
    r = ctx.rng
    pr = b["ed"] + dt.timedelta(days=r.choice([0, 0, 200, 400]))
    pairs = [("出版发行", b["pub"]), ("开　　本", "787mm×1092mm　1/16"), ("印　　张", f"{r.randint(10, 30)}.{r.choice([0, 25, 5, 75])}"),
             ("字　　数", f"{r.randint(200, 700)}千字"), ("版　　次", b["edition"]),
             ("印　　次", f"{pr.year}年{pr.month}月第{1 if pr == b['ed'] else 2}次印刷"),
             ("书　　号", f"ISBN {b['isbn']}"), ("定　　价", f"{r.randint(38, 128)}.00元")]  # fmt: skip
    return ink.kv(pg, ctx, 24, y, pairs, 10, lw=22, gap=1.9)


def _b_cip(ctx: Ctx, v: str, b: dict) -> list[Page]:
    pg = Page(185, 260)
    if v == "volumes":
        y = ink.centred(pg, 20, b["title"], 18, ctx.bold)
        y = ink.centred(pg, y, b["vol"], 13, ctx.body)
        y = ink.centred(pg, y + 2, _credit(b), 11, ctx.body) + 14
    else:
        y = 40
    y = _cip_block(pg, ctx, y, b, v)
    pg.line(20, y + 3, 165, y + 3, 0.3)
    _imprint(pg, ctx, y + 8, b)
    return [pg]


def _b_titlecip(ctx: Ctx, v: str, b: dict) -> list[Page]:
    p1 = Page(185, 260)
    y = ink.centred(p1, 50, b["title"], 22, ctx.bold) + 16
    y = ink.centred(p1, y, "编 委 会", 14, ctx.bold) + 4
    for ro, lab in (
        ("editor_in_chief", "主　编"),
        ("deputy_editor", "副主编"),
        ("editorial_board", "编　委"),
    ):
        ns = b["by"].get(ro, [])
        if ns:
            p1.text(40, y, lab, 11.5, ctx.body)
            y = p1.wrap(64, y, 100, "　".join(ns), 11.5, ctx.body, 1.7) + 2
    p1.text(92.5, 232, b["pub"], 13, ctx.body, "c")
    p2 = Page(185, 260)
    y = _cip_block(p2, ctx, 40, b, v)
    _imprint(p2, ctx, y + 8, b)
    return [p1, p2]


def _b_trans(ctx: Ctx, v: str, b: dict) -> list[Page]:
    pg = Page(185, 260)
    orig = b["names"][0]
    nat = next(n for n, x in FOREIGN if x == orig)
    y = ink.centred(pg, 30, b["title"], 20, ctx.bold)
    y = ink.centred(pg, y + 6, f"〔{nat}〕{orig}　著", 12, ctx.body)
    y = ink.centred(pg, y, f"{'　'.join(b['names'][1:])}　译", 12, ctx.body)
    pg.text(92.5, y + 4, b["pub"], 12, ctx.body, "c")
    pg.line(20, y + 14, 165, y + 14, 0.3)
    yy = pg.wrap(
        24,
        y + 20,
        140,
        f"{b['title']} / （{nat}）{orig}著；{'，'.join(b['names'][1:])}译. —{b['city']}：{b['pub']}，{b['ed'].year}.{b['ed'].month}",
        10,
        ctx.body,
        1.6,
    )
    yy = pg.wrap(24, yy, 140, f"ISBN {b['isbn']}", 10, ctx.body)
    pg.wrap(
        24,
        yy,
        140,
        f"著作权合同登记号：图字01-{b['ed'].year - 1}-{ctx.rng.randint(1000, 9999)}",
        9.5,
        ctx.body,
    )
    _imprint(pg, ctx, yy + 14, b)
    return [pg]


def _b_boxed(ctx: Ctx, v: str, b: dict) -> list[Page]:
    pg = Page(185, 260)
    rows = [["书名", b["title"]], ["主编", "，".join(b["by"]["editor_in_chief"])]]
    if b["by"].get("deputy_editor"):
        rows.append(["副主编", "，".join(b["by"]["deputy_editor"])])
    rows += [["出版发行", b["pub"]], ["版次", b["edition"]], ["书号", f"ISBN {b['isbn']}"],
             ["定价", f"{ctx.rng.randint(30, 90)}.00元"]]  # fmt: skip
    pg.text(92.5, 110, "版权所有　侵权必究", 10, ctx.body, "c")
    pg.table(25, 130, [32, 103], rows, 10.5, ctx.body, 10)
    return [pg]
