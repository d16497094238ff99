"""Draw 33 builders: patent certificates, award certificates and project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind33 import ink, pools
from bench.blind33.pools import Ctx, day, iso, month, ym
from bench.generator.truth import person

CNIPA = "国家知识产权局"
INV = ["一种{x}装置", "一种{x}方法", "一种{x}系统及其控制方法", "用于{x}的检测装置"]
X = ["集装箱码头岸桥防摇", "航道淤积监测", "刺参苗种培育", "海水鱼类循环水养殖尾水处理", "输液管路固定", "静脉穿刺辅助",
     "中药饮片快速鉴别", "片剂溶出度测定", "无人机航测像控点布设", "建筑外墙保温层检测", "船舶压载水处理", "鱼塘增氧"]  # fmt: skip
DESIGN = ["护理推车", "药品分装盒", "养殖网箱浮球", "测量标志桩", "码头系缆桩护套"]
KIND = {
    "invention": ("发明", "1", 20),
    "utility_model": ("实用新型", "2", 10),
    "design": ("外观设计", "3", 15),
}


def _owners(ctx: Ctx) -> str:
    r = ctx.rng
    prov, city = pools.prov_city(r)
    a = pools.workplace(r, city)
    b = r.choice(pools.UNIVS[prov])
    return r.choice(
        [
            a,
            f"{a}；{b}",
            f"{b}；{a}；{city}市{r.choice(['海洋与渔业', '交通运输', '自然资源和规划'])}发展服务中心",
        ]
    )


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("pat")
    r = ctx.rng
    kind = {"utility": "utility_model", "design": "design"}.get(
        v, r.choice(["invention", "utility_model", "invention"])
    )
    label, code, years = KIND[kind]
    applied = pools.some_day(r, 2016, 2023)
    granted = applied + dt.timedelta(
        days=r.randint(150, 400) if kind != "invention" else r.randint(500, 1100)
    )
    d12 = f"{applied.year}{code}" + "".join(str(r.randrange(10)) for _ in range(7))
    number = f"ZL{d12}.{pools.zl_check(d12)}"
    title = r.choice(DESIGN) if kind == "design" else r.choice(INV).format(x=r.choice(X))
    inv = pools.people(r, r.randint(1, 7))
    owners = _owners(ctx)
    st = pools.style(ctx, ["cjkpad", "cjk", "dot"])
    P = {"label": label, "years": years, "applied": applied, "granted": granted, "d12": d12, "number": number,
         "title": title, "inv": inv, "owners": owners, "st": st, "kind": kind}  # fmt: skip
    pages = {"invention": _p_cert, "utility": _p_cert, "design": _p_cert, "ecert": _p_ecert,
             "register": _p_register, "gazette": _p_gazette}[v](ctx, v, P)  # fmt: skip
    f = {"title": title, "issuer": CNIPA, "issued_on": iso(granted),
         "people": [person(n, i + 1, "inventor") for i, n in enumerate(inv)],
         "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)}}  # fmt: skip
    sc = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    ]
    return Doc("patent_certificate", ctx.layout("pat", v), pages, f, sc,
               {"person": inv[r.randrange(len(inv))], "year": granted.year})  # fmt: skip


def _spaced_no(P: dict) -> str:
    d = P["d12"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{P['number'][-1]}"


def _p_cert(ctx: Ctx, v: str, P: dict) -> list[Page]:
    r, st = ctx.rng, P["st"]
    pg = Page()
    pg.rect(12, 12, 198, 285, 1.0, (150, 120, 60))
    pg.text(105, 28, f"{P['label']}专利证书", 24, ctx.bold, "c")
    pg.text(105, 44, f"证书号第{r.randint(1000000, 9999999)}号", 12, ctx.body, "c")
    who = "设计人" if P["kind"] == "design" else "发明人"
    tl = "使用外观设计的产品名称" if P["kind"] == "design" else f"{P['label']}名称"
    pairs = [(tl, P["title"]), (who, "；".join(P["inv"])), ("专利号", _spaced_no(P)),
             ("专利申请日", day(P["applied"], st)), ("专利权人", P["owners"]),
             ("授权公告日", day(P["granted"], st))]  # fmt: skip
    if v == "utility":
        pairs = [pairs[2], pairs[3], pairs[0], pairs[1], pairs[4], pairs[5]]
    y = 60
    for lab, val in pairs:
        p1 = f"{lab}："
        pg.text(26, y, p1, 12, ctx.body)
        y = (
            pg.wrap(
                26 + width_mm(p1, ctx.body, 12), y, 158 - width_mm(p1, ctx.body, 12), val, 12, ctx.body, 1.6
            )
            + 3
        )
    body = (f"本{P['label']}经过本局依照中华人民共和国专利法进行{'审查' if P['kind'] == 'invention' else '初步审查'}，决定授予专利权，"
            f"颁发{P['label']}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{pools.han_num(P['years'])}年，自申请日起算。")  # fmt: skip
    y = ink.para(pg, ctx, 26, y + 6, 158, body, 11)
    pg.text(186, y + 44, CNIPA, 12, ctx.body, "r")
    pg.text(140, y + 24, "局长", 12, ctx.body)
    ink.hand(pg, ctx, 154, y + 22, pools.people(r, 1)[0], 16)
    ink.seal_over(pg, ctx, 150, y + 30, CNIPA, 20)
    pg.text(105, 272, "第1页（共1页）", 9, ctx.body, "c")
    return [pg]


def _p_ecert(ctx: Ctx, v: str, P: dict) -> list[Page]:
    r, st = ctx.rng, P["st"]
    pg = Page()
    pg.text(105, 24, "证　书　号", 10, ctx.body, "c", ink.GREY)
    pg.text(105, 32, f"第{r.randint(1000000, 9999999)}号", 13, ctx.body, "c")
    pg.text(105, 46, f"{P['label']}专利证书", 24, ctx.bold, "c")
    ink.qr(pg, 164, 14, 26, r.randrange(10**6))
    rows = [["专利名称", P["title"]], ["发明人/设计人", "、".join(P["inv"])], ["专利号", P["number"]],
            ["专利申请日", day(P["applied"], st)], ["专利权人", P["owners"]], ["授权公告日", day(P["granted"], st)],
            ["授权公告号", f"CN {r.randint(110000000, 119999999)} {'B' if P['kind'] == 'invention' else 'U'}"]]  # fmt: skip
    y = pg.table(22, 62, [40, 126], rows, 10.5, ctx.body, 15)
    y = ink.para(
        pg,
        ctx,
        22,
        y + 6,
        166,
        "本证书为电子专利证书，可通过扫描右上角二维码或登录国家知识产权局官方网站核验真伪。",
        10,
    )
    pg.text(188, y + 14, CNIPA, 13, ctx.body, "r")
    ink.seal_over(pg, ctx, 170, y + 18, CNIPA, 19)
    return [pg]


def _p_register(ctx: Ctx, v: str, P: dict) -> list[Page]:
    r = ctx.rng
    st = "dot"
    pg = Page()
    pg.text(105, 24, "专利登记簿副本", 22, ctx.bold, "c")
    rows = [["专利类型", P["label"]], ["专利号", P["number"]], ["申请日", day(P["applied"], st)],
            ["授权公告日", day(P["granted"], st)], [f"{P['label']}名称", P["title"]],
            ["发明人", "；".join(P["inv"])], ["专利权人", P["owners"]], ["法律状态", "专利权维持"],
            ["年费缴纳", f"已缴至第{r.randint(2, 6)}年度"]]  # fmt: skip
    y = pg.table(20, 40, [38, 132], rows, 10.5, ctx.body, 13)
    out = P["granted"] + dt.timedelta(days=r.randint(100, 900))
    pg.text(186, y + 16, "国家知识产权局专利局", 12, ctx.body, "r")
    pg.text(186, y + 25, f"出具日期：{day(out, 'cjk')}", 11, ctx.body, "r")
    ink.seal_over(pg, ctx, 160, y + 20, "国家知识产权局专利局", 19)
    return [pg]


def _p_gazette(ctx: Ctx, v: str, P: dict) -> list[Page]:
    r = ctx.rng
    pg = Page()
    pg.text(18, 14, "(19)中华人民共和国国家知识产权局", 12, ctx.bold)
    pg.text(18, 24, f"(12){P['label']}专利", 14, ctx.bold)
    pg.text(
        120,
        24,
        f"(10)授权公告号 CN {r.randint(110000000, 119999999)} {'B' if P['kind'] == 'invention' else 'U'}",
        10,
        ctx.body,
    )
    pg.text(120, 30, f"(45)授权公告日 {day(P['granted'], 'dot')}", 10, ctx.body)
    pg.line(18, 36, 192, 36, 0.5)
    d = P["d12"]
    y = 42
    for lab, val in [("(21)申请号", f"{d}.{P['number'][-1]}"), ("(22)申请日", day(P["applied"], "dot")),
                     ("(73)专利权人", P["owners"]), ("(72)发明人", "　".join(P["inv"])),
                     ("(54)" + ("发明名称" if P["kind"] != "design" else "产品名称"), P["title"])]:  # fmt: skip
        pg.text(18, y, lab, 10, ctx.body)
        y = pg.wrap(48, y, 70, val, 10, ctx.body, 1.5) + 2
    pg.text(120, 42, "(57)摘要", 10, ctx.bold)
    pg.wrap(
        120,
        48,
        72,
        f"本{P['label']}公开了{P['title']}，结构简单，操作方便，提高了作业效率与安全性。",
        9.5,
        ctx.body,
        1.6,
    )
    pg.text(18, 285, f"CN {r.randint(110000000, 119999999)}", 9, ctx.body)
    return [pg]


# ---- awards ---------------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]
PROJ = ["{x}关键技术研究与应用", "{x}技术集成与示范推广", "{x}体系构建与实践"]
PX = ["智慧港口装卸作业", "海水鱼类良种繁育", "稻渔综合种养", "专科护理质量提升", "医院合理用药监测", "国土空间基础测绘",
      "中职航海类专业人才培养", "绿色建筑节能设计", "渔业船舶安全监管", "洞庭湖湿地水产资源保护"]  # fmt: skip
COMPS = ["第{n}届全国港口行业职业技能竞赛", "第{n}届{p}省护理技能大赛", "第{n}届全国职业院校教师教学能力比赛",
         "第{n}届{p}省测绘地理信息职业技能竞赛", "第{n}届全国水产技术推广创新大赛"]  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    r = ctx.rng
    prov, city = pools.prov_city(r)
    grade = r.choice(GRADES)
    title = r.choice(PROJ).format(x=r.choice(PX))
    names = pools.people(r, r.randint(3, 7))
    d = pools.some_day(r, 2017, 2024)
    by_month = r.random() < 0.5
    st = pools.style(ctx, ["cjk", "han", "cjkpad"])
    A = {"prov": prov, "city": city, "grade": grade, "title": title, "names": names, "d": d, "st": st,
         "ds": month(d.year, d.month, st) if by_month else day(d, st), "year": d.year}  # fmt: skip
    f, sc_extra, pages = {"govsci": _a_gov, "teamcomp": _a_team, "bureau": _a_bureau, "paper": _a_paper,
                          "completers": _a_completers, "countycity": _a_county, "honorbook": _a_honor}[v](ctx, A)  # fmt: skip
    f.setdefault("issued_on", ym(d) if by_month else iso(d))
    f["title"] = A["title"]
    sc = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.grade"]
    sc += [p for p in sc_extra if f["award"]["level"] is not None]
    ppl = f["people"]
    claim = f["holder"] or ppl[r.randrange(len(ppl))]["name"]
    return Doc("award_certificate", ctx.layout("award", v), pages, f, sc, {"person": claim, "year": d.year})


def _award(name: str, kind: str, level: str | None, grade: str) -> dict:
    return {"name": name, "kind": kind, "level": level, "grade": grade}


def _frame(pg: Page, col: tuple[int, int, int]) -> None:
    pg.rect(8, 8, pg.w - 8, pg.h - 8, 2.4, col)
    pg.rect(12, 12, pg.w - 12, pg.h - 12, 0.4, col)


def _signoff(
    pg: Page, ctx: Ctx, org: str, ds: str, y: float, x: float | None = None, size: float = 13
) -> None:
    x = pg.w - 30 if x is None else x
    pg.text(x, y, org, size, ctx.body, "r")
    pg.text(x, y + size * 0.75, ds, size, ctx.body, "r")
    ink.seal_over(pg, ctx, x - width_mm(org, ctx.body, size) / 2, y + 4, org, 20)


def _a_gov(ctx: Ctx, A: dict) -> tuple[dict, list[str], list[Page]]:
    r = ctx.rng
    org = f"{A['city']}市人民政府"
    name = f"{A['city']}市科学技术进步奖"
    rank = r.randint(1, 6)
    who = A["names"][0]
    pg = Page()
    _frame(pg, (170, 30, 30))
    pg.text(105, 40, "荣 誉 证 书", 30, ctx.bold, "c", (170, 30, 30))
    body = f"为表彰在推动科学技术进步工作中做出重大贡献者，特颁发{A['year'] - 1}年度{name}证书，以资鼓励。"
    y = ink.para(pg, ctx, 28, 70, 154, body, 13.5, lead=2.0)
    y = ink.kv(pg, ctx, 36, y + 8, [("获奖项目", A["title"]), ("奖励等级", A["grade"]), ("获 奖 者", f"{who}（第{rank}完成人）"),
                                   ("证 书 号", pools.cert_no(r, f"{A['year']}-J-", 5))], 13, gap=2.4)  # fmt: skip
    _signoff(pg, ctx, org, A["ds"], y + 30)
    f = {"holder": who, "people": [person(who, rank, "awardee")], "issuer": org,
         "award": _award(name, "science_technology", "municipal", A["grade"])}  # fmt: skip
    return f, ["award.level"], [pg]


def _a_team(ctx: Ctx, A: dict) -> tuple[dict, list[str], list[Page]]:
    r = ctx.rng
    comp = r.choice(COMPS).format(n=pools.han_num(r.randint(2, 9)), p=A["prov"])
    org = f"{comp}组委会"
    names = A["names"][: r.randint(2, 4)]
    A["title"] = r.choice(
        [
            "“智慧码头”装卸调度方案",
            "危重症患者团队急救演练",
            "船舶结构课程教学设计",
            "刺参育苗水质在线监测作品",
            "城市三维实景建模",
        ]
    )
    pg = Page(297, 210)
    _frame(pg, (180, 140, 40))
    pg.text(148.5, 32, "获 奖 证 书", 30, ctx.bold, "c", (160, 110, 20))
    body = (
        f"{'、'.join(names)}：你们的作品《{A['title']}》在{comp}中荣获团体{A['grade']}。特发此证，以资鼓励。"
    )
    y = pg.wrap(40, 64, 217, body, 16, ctx.body, 2.0, indent=11)
    _signoff(pg, ctx, org, A["ds"], y + 22, 255)
    f = {"holder": None, "people": [person(n, i + 1, "awardee") for i, n in enumerate(names)], "issuer": org,
         "award": _award(comp, "competition", None, A["grade"])}  # fmt: skip
    return f, ["award.level"], [pg]


def _a_bureau(ctx: Ctx, A: dict) -> tuple[dict, list[str], list[Page]]:
    r = ctx.rng
    org, name = r.choice([(f"{A['city']}市农业农村局", f"{A['city']}市农业技术推广成果奖"),
                          (f"{A['prov']}省交通运输厅", f"{A['prov']}省交通运输科技进步奖"),
                          (f"{A['prov']}省卫生健康委员会", f"{A['prov']}省卫生健康适宜技术推广奖")])  # fmt: skip
    rank = r.randint(1, 5)
    who = A["names"][1]
    pg = Page()
    _frame(pg, (30, 80, 150))
    pg.text(105, 38, "证　　书", 30, ctx.bold, "c", (30, 80, 150))
    body = f"{who}同志（排名第{rank}）完成的“{A['title']}”项目，荣获{A['year']}年度{name}{A['grade']}。"
    y = ink.para(pg, ctx, 28, 72, 154, body, 14.5, lead=2.1)
    pg.text(28, y + 6, "特发此证。", 14.5, ctx.body)
    _signoff(pg, ctx, org, A["ds"], y + 46)
    f = {"holder": who, "people": [person(who, rank, "awardee")], "issuer": org,
         "award": _award(name, "science_technology", "bureau", A["grade"])}  # fmt: skip
    return f, ["award.level"], [pg]


def _a_paper(ctx: Ctx, A: dict) -> tuple[dict, list[str], list[Page]]:
    r = ctx.rng
    soc = r.choice(pools.PROV_SOCIETIES).format(p=A["prov"])
    name = f"{soc}优秀学术论文奖"
    names = A["names"][: r.randint(1, 3)]
    A["title"] = r.choice(["港口岸电系统运行效果分析", "海水池塘多营养层次养殖模式探讨", "护理质量敏感指标的应用效果",
                           "基层医院处方前置审核实践", "职业院校混合式教学评价研究", "倾斜摄影在不动产测量中的应用"])  # fmt: skip
    pg = Page()
    _frame(pg, (150, 30, 60))
    pg.text(105, 40, "优秀论文证书", 28, ctx.bold, "c", (150, 30, 60))
    y = ink.kv(pg, ctx, 34, 74, [("论文题目", A["title"]), ("作　　者", "，".join(names)), ("奖项名称", name),
                                  ("获奖等级", A["grade"])], 13.5, gap=2.5)  # fmt: skip
    y = ink.para(pg, ctx, 34, y + 6, 142, "经专家评审，该论文获奖，特发此证。", 13.5)
    _signoff(pg, ctx, soc, A["ds"], y + 36)
    f = {"holder": names[0] if len(names) == 1 else None, "issuer": soc,
         "people": [person(n, i + 1, "awardee") for i, n in enumerate(names)],
         "award": _award(name, "other", None, A["grade"])}  # fmt: skip
    return f, ["award.level"], [pg]


def _a_completers(ctx: Ctx, A: dict) -> tuple[dict, list[str], list[Page]]:
    r = ctx.rng
    org = f"{A['prov']}省人民政府"
    name = f"{A['prov']}省科学技术进步奖"
    pg = Page(297, 210)
    _frame(pg, (170, 30, 30))
    pg.text(148.5, 26, f"{A['year'] - 1}年度{name}", 20, ctx.bold, "c", (170, 30, 30))
    pg.text(148.5, 38, "证　书", 24, ctx.bold, "c", (170, 30, 30))
    pg.text(30, 54, f"项目名称：{A['title']}", 13, ctx.body)
    pg.text(30, 63, f"奖励等级：{A['grade']}", 13, ctx.body)
    rows = [["排名", "完成人", "完成单位"]]
    for i, n in enumerate(A["names"]):
        rows.append(
            [str(i + 1), n, pools.workplace(r, A["city"]) if i % 2 else r.choice(pools.UNIVS[A["prov"]])]
        )
    y = pg.table(30, 72, [20, 40, 110], rows, 10.5, ctx.body, 9, header_font=ctx.bold)
    _signoff(pg, ctx, org, A["ds"], max(y - 20, 150), 272)
    f = {"holder": None, "issuer": org, "people": [person(n, i + 1, "awardee") for i, n in enumerate(A["names"])],
         "award": _award(name, "science_technology", "provincial", A["grade"])}  # fmt: skip
    return f, ["award.level"], [pg]


def _a_county(ctx: Ctx, A: dict) -> tuple[dict, list[str], list[Page]]:
    r = ctx.rng
    base = r.choice([c for c in pools.COUNTY_CITIES])
    cc = r.choice(pools.COUNTY_CITIES[base])
    org = f"{cc}市人民政府"
    name, kind = r.choice(
        [(f"{cc}市科学技术奖", "science_technology"), (f"{cc}市社会科学优秀成果奖", "social_science")]
    )
    rank = r.randint(1, 4)
    who = A["names"][2]
    pg = Page()
    _frame(pg, (170, 30, 30))
    pg.text(105, 40, "奖 励 证 书", 30, ctx.bold, "c", (170, 30, 30))
    y = ink.kv(pg, ctx, 34, 76, [("成果名称", A["title"]), ("奖项", name), ("等级", A["grade"]),
                                  ("获奖人", who), ("排序", f"第{rank}完成人")], 14, gap=2.5)  # fmt: skip
    _signoff(pg, ctx, org, A["ds"], y + 40)
    f = {"holder": who, "issuer": org, "people": [person(who, rank, "awardee")],
         "award": _award(name, kind, "county", A["grade"])}  # fmt: skip
    return f, ["award.level"], [pg]


def _a_honor(ctx: Ctx, A: dict) -> tuple[dict, list[str], list[Page]]:
    r = ctx.rng
    city = r.choice(["益阳", "烟台", "常德", "威海"])
    org = f"{city}市人民政府"
    nth = pools.han_num(r.randint(3, 12))
    name = f"{city}市第{nth}届社会科学优秀成果奖"
    who = A["names"][0]
    A["title"] = r.choice(["新时代职业教育产教融合机制研究", "县域海洋经济高质量发展路径研究", "基层医疗卫生人才队伍建设研究",
                           "洞庭湖生态经济区渔业转型研究"])  # fmt: skip
    pg = Page(297, 210)
    pg.rect(0, 0, 148.5, 210, 0, fill=(175, 30, 35))
    pg.text(74, 80, "荣誉证书", 34, ctx.bold, "c", (250, 215, 120))
    pg.line(148.5, 0, 148.5, 210, 0.5, (120, 120, 120))
    body = f"{who}同志：您的成果《{A['title']}》荣获{name}{A['grade']}。特发此证。"
    y = pg.wrap(160, 50, 124, body, 14, ctx.body, 2.1, indent=10)
    _signoff(pg, ctx, org, A["ds"], y + 30, 280)
    f = {"holder": who, "issuer": org, "people": [person(who, 1, "awardee")],
         "award": _award(name, "social_science", "municipal", A["grade"])}  # fmt: skip
    return f, ["award.level"], [pg]


# ---- projects ---------------------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("proj")
    r = ctx.rng
    prov, city = pools.prov_city(r)
    univ = r.choice(pools.UNIVS[prov])
    title = r.choice(PROJ).format(x=r.choice(PX)).replace("与应用", "")
    names = pools.people(r, r.randint(2, 6))
    d = pools.some_day(r, 2017, 2024)
    st = pools.style(ctx, ["cjk", "cjkpad", "han", "dot"])
    by_month = v == "planning" or (v != "handform" and r.random() < 0.3)
    ds = month(d.year, d.month, st) if by_month else day(d, st)
    no = f"{r.choice(['SK', 'KJ', 'JG', 'ZD'])}{d.year - r.randint(1, 3)}{r.randint(100, 999)}"
    J = {
        "prov": prov,
        "city": city,
        "univ": univ,
        "title": title,
        "names": names,
        "ds": ds,
        "st": st,
        "no": no,
        "d": d,
    }
    issuer, holder, pages, scored_tp = {"office": _j_office, "leaderonly": _j_leader, "approval": _j_approval,
                                        "namelist": _j_list, "planning": _j_planning,
                                        "handform": _j_hand}[v](ctx, J)  # fmt: skip
    names = J["names"]
    ppl = [person(n, i + 1, "project_leader" if i == 0 else "project_member") for i, n in enumerate(names)]
    f = {"holder": holder, "title": J["title"], "issuer": issuer, "people": ppl,
         "issued_on": ym(d) if by_month else iso(d)}  # fmt: skip
    sc = ["holder", "issuer", "issued_on"] + (["title", "people"] if scored_tp else [])
    return Doc("project_completion", ctx.layout("proj", v), pages, f, sc,
               {"person": names[r.randrange(len(names))], "year": d.year})  # fmt: skip


def _j_office(ctx: Ctx, J: dict) -> tuple[str, str | None, list[Page], bool]:
    org = J["univ"] + ctx.pick("proj.office", ["科学技术处", "社会科学处", "科研处"])
    pg = Page()
    pg.rect(10, 10, 200, 287, 1.4, (30, 60, 120))
    pg.text(105, 40, "结 题 证 书", 30, ctx.bold, "c", (30, 60, 120))
    y = ink.kv(pg, ctx, 30, 72, [("项目编号", J["no"]), ("项目名称", J["title"]), ("项目负责人", J["names"][0]),
                                  ("项目组成员", "、".join(J["names"][1:]))], 13, gap=2.5)  # fmt: skip
    y = ink.para(
        pg, ctx, 30, y + 8, 150, "该项目已完成预定研究任务，经专家组鉴定，同意结题。特发此证。", 13.5
    )
    _signoff(pg, ctx, org, J["ds"], y + 36)
    return org, None, [pg], True


def _j_leader(ctx: Ctx, J: dict) -> tuple[str, str | None, list[Page], bool]:
    org = J["univ"] + "科研处"
    J["names"] = J["names"][:1]
    who = J["names"][0]
    pg = Page()
    y = ink.centred(pg, 40, "结 题 证 明", 26, ctx.bold)
    body = (f"兹证明{who}同志主持的{J['prov']}省{ctx.pick('proj.src', ['自然科学基金', '教育厅科学研究', '社会科学基金'])}"
            f"项目“{J['title']}”（项目编号：{J['no']}），已按计划完成研究任务，经审核，同意结题。")  # fmt: skip
    y = ink.para(pg, ctx, 28, y + 20, 154, body, 14.5, lead=2.1)
    y = ink.para(pg, ctx, 28, y + 2, 154, "特此证明。", 14.5)
    _signoff(pg, ctx, org, J["ds"], y + 36)
    return org, who, [pg], True


def _j_approval(ctx: Ctx, J: dict) -> tuple[str, str | None, list[Page], bool]:
    org = f"{J['prov']}省教育科学规划领导小组办公室"
    p1 = Page()
    p1.text(105, 40, f"{J['prov']}省教育科学规划课题", 18, ctx.bold, "c")
    p1.text(105, 56, "结题鉴定书", 28, ctx.bold, "c")
    rows = [["课题名称", J["title"]], ["课题编号", J["no"]], ["课题负责人", J["names"][0]],
            ["主要成员", "、".join(J["names"][1:])], ["所在单位", J["univ"]]]  # fmt: skip
    p1.table(25, 90, [36, 124], rows, 12, ctx.body, 16)
    p2 = Page()
    p2.rect(20, 20, 190, 130, 0.3)
    p2.text(24, 24, "专家组鉴定意见：", 12, ctx.bold)
    ink.para(p2, ctx, 28, 36, 154, "该课题研究目标明确，方法得当，成果具有较强的实践价值，同意通过鉴定。", 12)
    ink.hand(p2, ctx, 130, 110, f"组长：{pools.people(ctx.rng, 1)[0]}", 14)
    p2.rect(20, 130, 190, 220, 0.3)
    p2.text(24, 134, "规划办意见：", 12, ctx.bold)
    p2.text(40, 150, "同意结题。", 13, ctx.body)
    _signoff(p2, ctx, org, J["ds"], 180, 180, 12)
    return org, None, [p1, p2], True


def _j_list(ctx: Ctx, J: dict) -> tuple[str, str | None, list[Page], bool]:
    r = ctx.rng
    org = J["univ"] + "科学技术处"
    pg = Page()
    y = pg.wrap(24, 22, 162, f"关于公布{J['d'].year}年度校级科研项目结题名单的通知", 16, ctx.bold, 1.5)
    y = ink.para(pg, ctx, 20, y + 4, 170, "经项目负责人申请、专家评审，以下项目准予结题，现予公布。", 12)
    rows = [["序号", "项目编号", "项目名称", "负责人", "成员"]]
    n = r.randint(7, 10)
    at = r.randint(2, n - 3)
    for i in range(n):
        if i == at:
            rows.append([str(i + 1), J["no"], J["title"], J["names"][0], "、".join(J["names"][1:])])
        else:
            ns = pools.people(r, r.randint(2, 4))
            rows.append(
                [
                    str(i + 1),
                    f"XJ{J['d'].year - 1}{r.randint(10, 99)}",
                    r.choice(PROJ).format(x=r.choice(PX)),
                    ns[0],
                    "、".join(ns[1:]),
                ]
            )
    y = pg.table(14, y + 4, [12, 26, 72, 22, 50], rows, 9, ctx.body, 14, header_font=ctx.bold)
    _signoff(pg, ctx, org, J["ds"], y + 16)
    return org, None, [pg], False


def _j_planning(ctx: Ctx, J: dict) -> tuple[str, str | None, list[Page], bool]:
    org = f"{J['prov']}省哲学社会科学规划办公室"
    pg = Page(297, 210)
    _frame(pg, (30, 90, 60))
    pg.text(148.5, 30, "结 项 证 书", 30, ctx.bold, "c", (30, 90, 60))
    pg.text(262, 46, f"证书编号：{J['no']}-JX", 10, ctx.body, "r")
    y = ink.kv(pg, ctx, 48, 60, [("课题名称", J["title"]), ("课题主持人", J["names"][0]),
                                  ("课题组成员", "、".join(J["names"][1:])), ("鉴定等级", ctx.rng.choice(["优秀", "良好", "合格"]))],
               14, gap=2.4)  # fmt: skip
    _signoff(pg, ctx, org, J["ds"], y + 22, 262)
    return org, None, [pg], True


def _j_hand(ctx: Ctx, J: dict) -> tuple[str, str | None, list[Page], bool]:
    org = J["univ"] + "科研处"
    pg = Page()
    pg.text(105, 24, "科研项目结题登记表", 20, ctx.bold, "c")
    labels = ["项目名称", "项目编号", "负责人", "成员", "结题时间"]
    vals = [J["title"], J["no"], J["names"][0], "、".join(J["names"][1:]), day(J["d"], "cjk")]
    J["ds"] = day(J["d"], "cjk")
    y = 40
    for lab, val in zip(labels, vals, strict=True):
        pg.rect(20, y, 190, y + 16, 0.3)
        pg.line(52, y, 52, y + 16, 0.3)
        pg.text(24, y + 5, lab, 11.5, ctx.body)
        ink.hand(pg, ctx, 56, y + 4, val, ink.fit(val, ctx.hand, 14, 130))
        y += 16
    pg.rect(20, y, 190, y + 50, 0.3)
    pg.text(24, y + 4, "科研处审核意见：同意结题。", 11.5, ctx.body)
    pg.text(180, y + 36, org, 11.5, ctx.body, "r")
    ink.seal_over(pg, ctx, 150, y + 34, org, 19)
    return org, None, [pg], True
