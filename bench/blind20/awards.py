"""Draw 20: patent certificates, award certificates and project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind20 import pools as P
from bench.blind20.kit import (
    GREY,
    INK,
    RED,
    blank,
    border,
    centre,
    fit,
    ink,
    lh,
    make,
    para,
    put,
    ranked,
    stamp,
)
from bench.blind20.pools import Ctx

CNIPA = "国家知识产权局"
KIND = {1: "invention", 2: "utility_model", 3: "design"}
KIND_CN = {1: "发明", 2: "实用新型", 3: "外观设计"}
NAME_LAB = {1: "发明名称", 2: "实用新型名称", 3: "外观设计名称"}
MAKER = {1: "发明人", 2: "发明人", 3: "设计人"}


def _patent(ctx: Ctx, kind: int) -> dict:
    rng = ctx.rng
    prov, city, county = P.locale(rng)
    applied = P.some_day(rng, 2016, 2022)
    lag = {1: (500, 1100), 2: (150, 330), 3: (100, 240)}[kind]
    granted = P.later(applied, *lag, rng)
    d12 = f"{applied.year}{kind}{rng.randrange(10**7):07d}"
    title = rng.choice(P.GADGETS) if kind != 3 else rng.choice(P.DESIGNS)
    n = rng.randint(1, 6)
    names = P.people(rng, n)
    owner = rng.choice([P.workplace(rng, county), rng.choice(P.UNIS[prov])])
    return {"kind": kind, "applied": applied, "granted": granted, "num": f"ZL{d12}.{P.zl_check(d12)}",
            "d12": d12, "title": title, "names": names, "owner": owner, "prov": prov, "city": city,
            "cert": rng.randint(2_000_000, 6_800_000), "pub": f"CN{rng.randint(105000000, 116000000)}"
            + {1: "B", 2: "U", 3: "S"}[kind], "style": ctx.pick("date", ["cn", "cn0", "dot"])}  # fmt: skip


def _pat_doc(ctx: Ctx, v: str, pages: list[Page], t: dict) -> Doc:
    g = t["granted"].isoformat()
    return make("patent_certificate", f"patent20-{v}", pages, ctx.rng.choice(t["names"]), t["granted"].year,
                title=t["title"], people=ranked(t["names"], "inventor"), issuer=CNIPA, issued_on=g,
                patent={"kind": KIND[t["kind"]], "number": t["num"], "applied_on": t["applied"].isoformat(),
                        "granted_on": g})  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    kind = {"classic": 1, "utility": 2, "design": 3, "gazette": 1}.get(v, ctx.rng.choice([1, 2, 2, 3]))
    return globals()[f"_pat_{v}"](ctx, v, _patent(ctx, kind))


def _zl_spaced(t: dict) -> str:
    d = t["d12"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{t['num'][-1]}"


def _cert_body(pg: Page, ctx: Ctx, t: dict, y: float, spaced: bool = True) -> float:
    st = t["style"]
    pairs = [(NAME_LAB[t["kind"]], t["title"]), (MAKER[t["kind"]], "；".join(t["names"])),
             ("专利号", _zl_spaced(t) if spaced else t["num"]), ("专利申请日", P.day(t["applied"], st)),
             ("专利权人", t["owner"]), ("地址", f"{t['prov']}省{t['city']}市"),
             ("授权公告日", P.day(t["granted"], st)), ("授权公告号", t["pub"])]  # fmt: skip
    for lab, val in pairs:
        put(pg, ctx, 30, y, f"{lab}：", 12)
        pg.wrap(30 + width_mm(lab + "：", ctx.body, 12), y, 145, val, 12, ctx.body, 1.6)
        y += 9 if width_mm(val, ctx.body, 12) < 140 else 15
    return y


def _signature(pg: Page, ctx: Ctx, y: float) -> None:
    put(pg, ctx, 140, y - 9, CNIPA, 12)
    put(pg, ctx, 140, y, "局长", 12)
    ink(pg, ctx, 153, y - 2, P.people(ctx.rng, 1)[0], 18)
    stamp(pg, ctx, 60, y, CNIPA, 20)


def _pat_classic(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page()
    border(pg, (120, 100, 60), 10)
    put(pg, ctx, 30, 22, f"证书号第{t['cert']}号", 11)
    y = centre(pg, ctx, 36, spaced_(f"{KIND_CN[t['kind']]}专利证书"), 26, True) + 10
    y = _cert_body(pg, ctx, t, y)
    text = (
        f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{KIND_CN[t['kind']]}专利证书"
        "并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为二十年，自申请日起算。"
    )
    y = para(pg, ctx, 30, y + 6, 150, text, 11)
    _signature(pg, ctx, 250)
    return _pat_doc(ctx, v, [pg], t)


def spaced_(s: str) -> str:
    return " ".join(s)


def _pat_utility(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page()
    border(pg, (40, 90, 140), 10, False)
    y = centre(pg, ctx, 30, "实用新型专利证书", 24, True) + 4
    put(pg, ctx, 105, y, f"证书号第{t['cert']}号", 11, "c")
    y += 14
    st = t["style"]
    tab = [["实用新型名称", t["title"]], ["发明人", "；".join(t["names"])], ["专利号", t["num"]],
           ["专利申请日", P.day(t["applied"], st)], ["专利权人", t["owner"]], ["授权公告日", P.day(t["granted"], st)]]  # fmt: skip
    y = pg.table(25, y, [40, 120], tab, 11.5, ctx.body, 13, fonts={0: ctx.bold})
    y = para(
        pg,
        ctx,
        25,
        y + 10,
        160,
        "本实用新型经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权。",
        11,
    )
    _signature(pg, ctx, 240)
    return _pat_doc(ctx, v, [pg], t)


def _pat_design(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page()
    border(pg, (120, 100, 60), 10)
    put(pg, ctx, 30, 22, f"证书号第{t['cert']}号", 11)
    y = centre(pg, ctx, 36, "外观设计专利证书", 26, True) + 10
    y = _cert_body(pg, ctx, t, y, spaced=False)
    pg.rect(60, y + 6, 150, y + 50, 0.3, GREY)
    put(pg, ctx, 105, y + 26, "（主视图）", 10, "c", color=GREY)
    _signature(pg, ctx, 252)
    return _pat_doc(ctx, v, [pg], t)


def _pat_gazette(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page()
    put(pg, ctx, 18, 14, "(19)中华人民共和国国家知识产权局", 14, bold=True)
    put(pg, ctx, 18, 24, f"(12){KIND_CN[t['kind']]}专利", 16, bold=True)
    put(pg, ctx, 120, 24, f"(10)授权公告号 {t['pub']}", 11)
    put(pg, ctx, 120, 31, f"(45)授权公告日 {P.day(t['granted'], 'dot')}", 11)
    pg.line(18, 38, 192, 38, 0.6)
    y = 44
    for s in (f"(21)申请号 {t['d12']}.{t['num'][-1]}", f"(22)申请日 {P.day(t['applied'], 'dot')}",
              f"(73)专利权人 {t['owner']}", f"    地址 {t['prov']}省{t['city']}市", f"(72)发明人 {' '.join(t['names'])}",
              f"(51)Int.Cl. A01G 25/{ctx.rng.randint(2, 16):02d}(2006.01)"):  # fmt: skip
        put(pg, ctx, 18, y, s, 10.5)
        y += 7
    y += 4
    put(pg, ctx, 18, y, "(54)发明名称", 10.5)
    put(pg, ctx, 18, y + 7, t["title"], 13, bold=True)
    y += 20
    put(pg, ctx, 18, y, "(57)摘要", 10.5)
    para(pg, ctx, 18, y + 7, 174, f"本发明公开了{t['title']}，包括机架、驱动机构和控制单元，结构简单，操作方便，"
         "有效提高了作业效率，降低了人工成本，适于推广应用。", 10.5)  # fmt: skip
    put(pg, ctx, 18, 280, "权利要求书1页  说明书4页  附图2页", 9, color=GREY)
    return _pat_doc(ctx, v, [pg], t)


def _pat_query(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page(w=92, h=196, bg=(245, 246, 248))
    put(pg, ctx, 5, 3, "14:0" + str(ctx.rng.randrange(10)), 8)
    pg.rect(0, 9, 92, 20, 0, fill=(196, 30, 40))
    put(pg, ctx, 46, 11.5, "专利检索详情", 10.5, "c", True, (255, 255, 255))
    y = 25
    y = pg.wrap(6, y, 80, t["title"], 11, ctx.bold, 1.4) + 2
    items = [("专利号", t["num"]), ("专利类型", f"{KIND_CN[t['kind']]}专利"), ("申请日", t["applied"].isoformat()),
             ("授权公告日", t["granted"].isoformat()), ("授权公告号", t["pub"]), ("专利权人", t["owner"]),
             (MAKER[t["kind"]], "、".join(t["names"])), ("法律状态", "专利权维持")]  # fmt: skip
    for lab, val in items:
        put(pg, ctx, 6, y, lab, 8, color=GREY)
        y = pg.wrap(28, y, 58, val, 8.5, ctx.body, 1.45) + 2.5
    put(pg, ctx, 46, 186, f"数据来源：{CNIPA}", 7, "c", color=GREY)
    return _pat_doc(ctx, v, [pg], t)


def _pat_ecert(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page()
    pg.rect(10, 10, 200, 287, 0.6, (60, 60, 60))
    pg.rect(160, 16, 190, 46, 0.3)
    for i in range(6):
        for j in range(6):
            if (i * 7 + j * 3 + t["cert"]) % 3 == 0:
                pg.rect(162 + i * 4.4, 18 + j * 4.4, 165.5 + i * 4.4, 21.5 + j * 4.4, 0, fill=(20, 20, 20))
    put(pg, ctx, 24, 20, f"证书号第{t['cert']}号", 11)
    y = centre(pg, ctx, 56, f"{KIND_CN[t['kind']]}专利证书", 24, True) + 8
    y = _cert_body(pg, ctx, t, y, spaced=False)
    para(
        pg, ctx, 30, y + 6, 150, "本证书为电子专利证书，可通过国家知识产权局专利业务办理系统验证真伪。", 10.5
    )
    _signature(pg, ctx, 255)
    return _pat_doc(ctx, v, [pg], t)


def _pat_copy(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page(bg=(236, 236, 232))
    pg.rect(14, 12, 196, 285, 0.4, (120, 120, 120), (248, 248, 246))
    put(pg, ctx, 30, 24, f"证书号第{t['cert']}号", 11)
    y = centre(pg, ctx, 38, f"{KIND_CN[t['kind']]}专利证书", 24, True) + 10
    y = _cert_body(pg, ctx, t, y)
    _signature(pg, ctx, 236)
    org = t["owner"]
    ink(pg, ctx, 110, y + 16, "复印件与原件一致", 16)
    stamp(pg, ctx, 150, y + 14, org, 18)
    return _pat_doc(ctx, v, [pg], t)


# ---- awards ---------------------------------------------------------------------------------
GIVERS = [
    ("{p}省科学技术进步奖", "{p}省人民政府", "provincial", "science_technology"),
    ("{c}市科学技术进步奖", "{c}市人民政府", "municipal", "science_technology"),
    ("{x}科学技术进步奖", "{x}人民政府", "county", "science_technology"),
    ("{p}省农牧渔业丰收奖", "{p}省农业农村厅", "bureau", "science_technology"),
    ("{p}省水利科技进步奖", "{p}省水利学会", None, "science_technology"),
    ("大禹水利科学技术奖", "中国水利学会", None, "science_technology"),
    ("{c}市社会科学优秀成果奖", "{c}市人民政府", "municipal", "social_science"),
    ("{c}市优秀工程勘察设计奖", "{c}市住房和城乡建设局", "bureau", "other"),
    ("{c}市自然科学优秀学术论文奖", "{c}市科学技术协会", None, "science_technology"),
]
CONTESTS = [
    ("{p}省水利行业职业技能竞赛", "{p}省水利厅", "bureau", ["闸门运行工", "河道修防工", "水文勘测工"]),
    ("{c}市农业技术推广技能大赛", "{c}市农业农村局", "bureau", ["农作物植保", "土壤肥料", "农机维修"]),
    ("{c}市建设工程质量检测技能竞赛", "{c}市建筑业协会", None, ["混凝土检测", "钢筋检测", "地基检测"]),
]
GRADES = ["一等奖", "二等奖", "三等奖"]


def _award(ctx: Ctx, contest: bool = False) -> dict:
    rng = ctx.rng
    prov, city, county = P.locale(rng)
    if contest:
        name, giver, level, items = rng.choice(CONTESTS)
        kind, title = "competition", rng.choice(items)
    else:
        name, giver, level, kind = rng.choice(GIVERS)
        title = P.study_title(rng).replace("研究", "") + rng.choice(
            ["技术集成与推广", "关键技术研究与应用", "示范推广"]
        )
    fmt = {"p": prov, "c": city, "x": county}
    year = rng.randint(2017, 2024)
    n = rng.randint(3, 8)
    return {"name": name.format(**fmt), "giver": giver.format(**fmt), "level": level, "kind": kind, "title": title,
            "year": year, "grade": rng.choice(GRADES), "names": P.people(rng, n),
            "units": [P.workplace(rng, county), rng.choice(P.UNIS[prov])], "issued": P.some_day(rng, year + 1, year + 1),
            "no": f"{year}-{rng.choice(['J', 'KJ', 'SK'])}-{rng.randint(1, 300):03d}-R{rng.randint(1, 9):02d}",
            "prov": prov, "city": city}  # fmt: skip


def _award_doc(ctx: Ctx, v: str, pages: list[Page], a: dict, people: list[dict], holder: str | None,
               issued: str | None = None) -> Doc:  # fmt: skip
    who = holder or ctx.rng.choice([p["name"] for p in people])
    return make("award_certificate", f"award20-{v}", pages, who, a["year"], holder=holder, title=a["title"],
                people=people, issuer=a["giver"], issued_on=issued or a["issued"].isoformat(),
                award={"name": a["name"], "kind": a["kind"], "level": a["level"], "grade": a["grade"]})  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    return globals()[f"_award_{v}"](ctx, v, _award(ctx, contest=v == "contest"))


def _giver_sign(pg: Page, ctx: Ctx, a: dict, x: float, y: float, date_s: str, size: float = 14) -> None:
    put(pg, ctx, x, y, a["giver"], size, "r")
    put(pg, ctx, x, y + lh(size), date_s, size, "r")
    stamp(pg, ctx, x - width_mm(a["giver"], ctx.body, size) / 2, y + 4, a["giver"], 20)


def _award_classic(ctx: Ctx, v: str, a: dict) -> Doc:
    pg = Page()
    border(pg, (175, 30, 30), 10)
    y = centre(pg, ctx, 36, f"{a['year']}年度{a['name']}", 18, True, RED)
    y = centre(pg, ctx, y + 4, "证    书", 34, True, RED) + 10
    y = para(pg, ctx, 30, y, 150, "为表彰在推动科学技术进步工作中作出突出贡献者，特颁发此证书。", 13)
    rank = ctx.rng.randint(1, len(a["names"]))
    who = a["names"][rank - 1]
    pairs = [("项目名称", a["title"]), ("奖励等级", a["grade"]), ("获 奖 者", who), ("排    名", f"第{rank}"),
             ("证书编号", a["no"])]  # fmt: skip
    y += 8
    for lab, val in pairs:
        put(pg, ctx, 34, y, f"{lab}：", 13)
        y = pg.wrap(64, y, 115, val, 13, ctx.body, 1.6) + 4
    _giver_sign(pg, ctx, a, 178, 240, P.day(a["issued"], "han"))
    return _award_doc(ctx, v, [pg], a, [{"name": who, "rank": rank, "role": "awardee"}], who)


def _award_honour(ctx: Ctx, v: str, a: dict) -> Doc:
    pg = Page()
    border(pg, (190, 150, 50), 9)
    y = centre(pg, ctx, 50, "荣 誉 证 书", 32, True, RED) + 18
    rank = ctx.rng.randint(1, min(5, len(a["names"])))
    who = a["names"][rank - 1]
    put(pg, ctx, 28, y, f"{who}  同志：", 15)
    text = (
        f"你参与完成的“{a['title']}”项目，荣获{a['year']}年度{a['name']}{a['grade']}"
        f"（第{P.han_num(rank)}完成人）。"
    )
    y = para(pg, ctx, 28, y + 12, 154, text, 15, 2.1)
    put(pg, ctx, 28, y + 2, "特发此证，以资鼓励。", 15)
    _giver_sign(pg, ctx, a, 180, y + 50, P.day(a["issued"], "cn"))
    return _award_doc(ctx, v, [pg], a, [{"name": who, "rank": rank, "role": "awardee"}], who)


def _award_wide(ctx: Ctx, v: str, a: dict) -> Doc:
    pg = Page(w=297, h=210)
    border(pg, (175, 30, 30), 8)
    y = centre(pg, ctx, 24, "获 奖 证 书", 30, True, RED) + 10
    rows_ = [("项目名称", a["title"]), ("奖励类别", a["name"]), ("奖励等级", a["grade"]),
             ("完成单位", "、".join(a["units"])), ("主要完成人", "、".join(a["names"]))]  # fmt: skip
    for lab, val in rows_:
        put(pg, ctx, 40, y, f"{lab}：", 14)
        y = pg.wrap(40 + width_mm("主要完成人：", ctx.body, 14), y, 190, val, 14, ctx.body, 1.6) + 5
    put(pg, ctx, 40, 180, f"证书号：{a['no']}", 10, color=GREY)
    _giver_sign(pg, ctx, a, 255, 158, P.day(a["issued"], "cn0"))
    return _award_doc(ctx, v, [pg], a, ranked(a["names"], "awardee"), None)


def _award_decision(ctx: Ctx, v: str, a: dict) -> Doc:
    pg = Page()
    border(pg, (175, 30, 30), 10, False)
    y = centre(pg, ctx, 30, f"{a['name']}", 20, True, RED)
    y = centre(pg, ctx, y + 2, "获 奖 证 书", 24, True) + 8
    tab = [["获奖项目", a["title"]], ["奖励等级", a["grade"]], ["授奖年度", f"{a['year']}年度"],
           ["获奖单位", a["units"][0]]]  # fmt: skip
    y = pg.table(25, y, [36, 124], tab, 11.5, ctx.body, 14, fonts={0: ctx.bold})
    names = a["names"][: min(6, len(a["names"]))]
    tab2 = [["排名", "姓名", "工作单位"]] + [
        [str(i + 1), nm, a["units"][i % 2]] for i, nm in enumerate(names)
    ]
    y = pg.table(25, y + 6, [20, 40, 100], tab2, 11, ctx.body, 10, header_font=ctx.bold)
    _giver_sign(pg, ctx, a, 182, y + 24, P.day(a["issued"], "dot"), 13)
    return _award_doc(ctx, v, [pg], a, ranked(names, "awardee"), None)


def _award_team(ctx: Ctx, v: str, a: dict) -> Doc:
    p1 = Page()
    border(p1, (175, 30, 30), 10)
    y = centre(p1, ctx, 50, "证  书", 34, True, RED) + 20
    text = (
        f"经评审，{a['units'][0]}等单位完成的“{a['title']}”项目，荣获{a['year']}年度{a['name']}{a['grade']}。"
        "主要完成人员名单附后。"
    )
    y = para(p1, ctx, 30, y, 150, text, 15, 2.1)
    _giver_sign(p1, ctx, a, 180, y + 40, P.day(a["issued"], "han"))
    p2 = Page()
    centre(p2, ctx, 30, "主要完成人员", 18, True)
    tab = [["序号", "姓名", "职称", "工作单位"]]
    for i, nm in enumerate(a["names"]):
        tab.append(
            [
                str(i + 1),
                nm,
                ctx.rng.choice(["高级农艺师", "工程师", "研究员", "高级工程师", "副教授"]),
                a["units"][i % 2],
            ]
        )
    p2.table(20, 44, [16, 34, 38, 82], tab, 11, ctx.body, 10, header_font=ctx.bold)
    return _award_doc(ctx, v, [p1, p2], a, ranked(a["names"], "awardee"), None)


def _award_contest(ctx: Ctx, v: str, a: dict) -> Doc:
    pg = Page(w=297, h=210)
    pg.rect(0, 0, 297, 210, 0, fill=(252, 248, 236))
    pg.rect(12, 12, 285, 198, 1.6, (200, 150, 40))
    who = a["names"][0]
    y = centre(pg, ctx, 30, "荣誉证书", 34, True, RED) + 14
    put(pg, ctx, 45, y, f"{who}：", 17)
    text = f"在{a['year']}年{a['name']}中，你参加“{a['title']}”项目比赛，成绩优异，荣获{a['grade']}。"
    y = para(pg, ctx, 45, y + 13, 207, text, 17, 2.1)
    put(pg, ctx, 45, y + 4, "特发此证，以资鼓励。", 17)
    _giver_sign(pg, ctx, a, 255, 160, P.day(a["issued"], "cn"), 15)
    return _award_doc(ctx, v, [pg], a, [{"name": who, "rank": 1, "role": "awardee"}], who)


def _award_month(ctx: Ctx, v: str, a: dict) -> Doc:
    pg = Page()
    border(pg, (175, 30, 30), 10)
    y = centre(pg, ctx, 44, "荣誉证书", 30, True, RED) + 16
    rank = ctx.rng.randint(1, min(4, len(a["names"])))
    who = a["names"][rank - 1]
    text = (
        f"{who}同志在“{a['title']}”项目中作出重要贡献（排名第{rank}），该项目获{a['year']}年度"
        f"{a['name']}{a['grade']}。"
    )
    y = para(pg, ctx, 30, y, 150, text, 15, 2.1)
    put(pg, ctx, 30, y + 4, "特颁此证。", 15)
    d = a["issued"]
    _giver_sign(pg, ctx, a, 178, y + 50, P.month(d.year, d.month, ctx.rng.choice(["han", "cn"])))
    return _award_doc(ctx, v, [pg], a, [{"name": who, "rank": rank, "role": "awardee"}], who,
                      P.iso_month(d.year, d.month))  # fmt: skip


# ---- project completion ---------------------------------------------------------------------
PROGRAMS = [("{c}市科技攻关计划项目", "{c}市科学技术局"), ("{p}省水利科技计划项目", "{p}省水利厅"),
            ("{p}省重点研发与推广专项", "{p}省科学技术厅"), ("{c}市农业科技创新项目", "{c}市农业农村局"),
            ("{p}省农业科技推广项目", "{p}省农业农村厅")]  # fmt: skip


def _project(ctx: Ctx) -> dict:
    rng = ctx.rng
    prov, city, county = P.locale(rng)
    prog, giver = rng.choice(PROGRAMS)
    start = P.some_day(rng, 2016, 2021)
    end = dt.date(start.year + rng.randint(1, 3), rng.choice([6, 12]), 30)
    n = rng.randint(3, 7)
    return {"prog": prog.format(p=prov, c=city), "giver": giver.format(p=prov, c=city), "start": start, "end": end,
            "done": P.later(end, 20, 180, rng), "names": P.people(rng, n), "unit": P.workplace(rng, county),
            "title": P.study_title(rng).replace("研究", "") + rng.choice(["技术研究与示范", "关键技术研究", "推广应用研究"]),
            "no": f"{start.year}{rng.choice(['NY', 'SL', 'KJ', 'TG'])}{rng.randint(1, 120):03d}", "prov": prov,
            "city": city, "style": ctx.pick("date", P.DATE_STYLES)}  # fmt: skip


def _proj_doc(
    ctx: Ctx, v: str, pages: list[Page], t: dict, only_leader: bool, issued: str | None = None
) -> Doc:
    names = t["names"][:1] if only_leader else t["names"]
    people = [{"name": names[0], "rank": 1, "role": "project_leader"}] + ranked(
        names[1:], "project_member", 2
    )
    who = names[0] if only_leader else ctx.rng.choice(names)
    return make("project_completion", f"project20-{v}", pages, who, t["done"].year,
                holder=names[0] if only_leader else None, title=t["title"], people=people, issuer=t["giver"],
                issued_on=issued or t["done"].isoformat())  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    return globals()[f"_proj_{v}"](ctx, v, _project(ctx))


def _proj_sign(pg: Page, ctx: Ctx, t: dict, y: float, date_s: str, x: float = 180, size: float = 13) -> None:
    put(pg, ctx, x, y, t["giver"], size, "r")
    put(pg, ctx, x, y + lh(size), date_s, size, "r")
    stamp(pg, ctx, x - width_mm(t["giver"], ctx.body, size) / 2, y + 4, t["giver"], 20)


def _proj_cert(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page()
    border(pg, (40, 80, 150), 10)
    y = centre(pg, ctx, 40, "结 题 证 书", 30, True) + 14
    st = t["style"]
    pairs = [("项目名称", t["title"]), ("项目编号", t["no"]), ("项目类别", t["prog"]), ("承担单位", t["unit"]),
             ("项目负责人", t["names"][0]), ("主要参加人", "、".join(t["names"][1:])),
             ("起止时间", P.span(t["start"], t["end"], st if st != "han" else "cn"))]  # fmt: skip
    for lab, val in pairs:
        put(pg, ctx, 30, y, f"{lab}：", 13)
        y = pg.wrap(30 + width_mm("主要参加人：", ctx.body, 13), y, 120, val, 13, ctx.body, 1.6) + 4
    y = para(pg, ctx, 30, y + 6, 150, "该项目已按计划任务书要求完成研究任务，经审核，准予结题。", 13)
    _proj_sign(pg, ctx, t, y + 30, P.day(t["done"], st))
    return _proj_doc(ctx, v, [pg], t, False)


def _proj_letter(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page()
    y = centre(pg, ctx, 40, "结 题 证 明", 24, True) + 14
    st = t["style"]
    text = (
        f"{t['unit']}{t['names'][0]}同志主持的{t['prog']}“{t['title']}”（项目编号：{t['no']}），"
        f"已按合同要求完成各项研究任务，经专家组验收，同意结题。"
    )
    y = para(pg, ctx, 26, y, 158, text, 14, 2.1)
    put(pg, ctx, 26, y + 4, "特此证明。", 14)
    _proj_sign(pg, ctx, t, y + 40, P.day(t["done"], st), 182, 14)
    return _proj_doc(ctx, v, [pg], t, True)


def _proj_accept(ctx: Ctx, v: str, t: dict) -> Doc:
    st = t["style"]
    p1 = Page()
    put(p1, ctx, 24, 24, f"编号：{t['no']}", 12)
    y = centre(p1, ctx, 60, t["prog"], 18, True)
    y = centre(p1, ctx, y + 4, "验 收 证 书", 30, True) + 30
    for lab, val in (("项目名称", t["title"]), ("承担单位", t["unit"]), ("组织验收单位", t["giver"]),
                     ("验收日期", P.day(t["done"], st))):  # fmt: skip
        put(p1, ctx, 30, y, f"{lab}：", 14)
        y = p1.wrap(30 + width_mm("组织验收单位：", ctx.body, 14), y, 110, val, 14, ctx.body, 1.6) + 8
    stamp(p1, ctx, 150, 230, t["giver"], 20)
    p2 = Page()
    centre(p2, ctx, 22, "主要研究人员名单", 16, True)
    tab = [["序号", "姓名", "职称", "分工"]]
    for i, nm in enumerate(t["names"]):
        tab.append([str(i + 1), nm, ctx.rng.choice(["高级农艺师", "工程师", "农艺师", "高级工程师"]),
                    "项目主持" if i == 0 else ctx.rng.choice(["试验实施", "数据分析", "示范推广", "技术指导"])])  # fmt: skip
    y = p2.table(20, 34, [16, 36, 50, 68], tab, 11, ctx.body, 10, header_font=ctx.bold)
    put(p2, ctx, 20, y + 10, "验收意见：", 13, bold=True)
    y = para(
        p2,
        ctx,
        20,
        y + 20,
        170,
        "项目组完成了任务书规定的各项内容，技术资料齐全，经费使用合理，同意通过验收。",
        12,
    )
    put(p2, ctx, 120, y + 14, "验收专家组组长：", 12)
    ink(p2, ctx, 158, y + 12, P.people(ctx.rng, 1)[0], 15)
    return _proj_doc(ctx, v, [p1, p2], t, False)


def _proj_form(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page()
    y = centre(pg, ctx, 26, "科研项目结题审批表", 20, True) + 8
    pg.rect(18, y, 192, 262, 0.4)
    yy = y + 5
    for lab, val, w in (("项目名称", t["title"], 140), ("项目编号", t["no"], 50), ("负 责 人", t["names"][0], 40),
                        ("项目组成员", "、".join(t["names"][1:]), 125)):  # fmt: skip
        blank(pg, ctx, 22, yy, lab, val, 11, w, True)
        yy += 14
    pg.line(18, yy, 192, yy, 0.4)
    put(pg, ctx, 22, yy + 4, "项目完成情况（负责人填写）：", 11)
    ink(pg, ctx, 26, yy + 14, "已按计划完成全部研究内容，达到预期目标。", 14)
    yy += 60
    pg.line(18, yy, 192, yy, 0.4)
    put(pg, ctx, 22, yy + 4, "主管部门意见：", 11)
    ink(pg, ctx, 60, yy + 14, "同意结题。", 16)
    put(pg, ctx, 110, yy + 34, t["giver"], 11)
    ink(pg, ctx, 120, yy + 44, P.day(t["done"], "cn"), 14)
    stamp(pg, ctx, 140, yy + 36, t["giver"], 19)
    return _proj_doc(ctx, v, [pg], t, False)


def _proj_wide(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page(w=297, h=210)
    border(pg, (40, 80, 150), 8)
    y = centre(pg, ctx, 28, "结题证书", 30, True) + 16
    text = (
        f"{t['names'][0]}同志主持的{t['prog']}《{t['title']}》，已完成预定研究任务，"
        "经审核符合结题要求，准予结题。"
    )
    y = para(pg, ctx, 40, y, 217, text, 17, 2.1)
    put(pg, ctx, 40, 175, f"证书编号：{t['no']}", 11, color=GREY)
    d = t["done"]
    _proj_sign(pg, ctx, t, 150, P.month(d.year, d.month, "han"), 255, 15)
    return _proj_doc(ctx, v, [pg], t, True, P.iso_month(d.year, d.month))


def _proj_online(ctx: Ctx, v: str, t: dict) -> Doc:
    pg = Page(bg=(250, 250, 250))
    pg.rect(0, 0, 210, 18, 0, fill=(25, 80, 140))
    put(pg, ctx, 12, 5, f"{t['giver']}科技项目管理信息系统", 12, color=(255, 255, 255), bold=True)
    put(pg, ctx, 12, 24, "首页 > 项目查询 > 项目详情", 9, color=GREY)
    tab = [["项目名称", t["title"]], ["项目编号", t["no"]], ["计划类别", t["prog"]], ["承担单位", t["unit"]],
           ["项目负责人", t["names"][0]], ["项目成员", "，".join(t["names"][1:])],
           ["执行期", f"{t['start'].isoformat()} 至 {t['end'].isoformat()}"], ["项目状态", "已结题"],
           ["结题日期", t["done"].isoformat()]]  # fmt: skip
    y = pg.table(14, 32, [36, 146], tab, 10.5, ctx.body, 11, fonts={0: ctx.bold})
    put(pg, ctx, 196, y + 8, f"打印时间：{P.later(t['done'], 30, 400, ctx.rng).isoformat()} 10:2{ctx.rng.randrange(10)}", 9,
        "r", color=GREY)  # fmt: skip
    return _proj_doc(ctx, v, [pg], t, False)


def _proj_notice(ctx: Ctx, v: str, t: dict) -> Doc:
    st = t["style"]
    pg = Page()
    y = fit(pg, ctx, 34, f"关于同意“{t['title']}”项目结题的批复", 17, 172) + 6
    y = para(pg, ctx, 22, y, 166, f"{t['unit']}：", 13, 1.9, False)
    text = [
        f"你单位报送的{t['prog']}“{t['title']}”（编号：{t['no']}，项目负责人：{t['names'][0]}）结题申请及相关材料收悉。",
        "经组织专家审查，该项目完成了任务书规定的研究内容和考核指标，同意结题。",
        "请你单位做好成果总结和推广应用工作。",
        "此复。",
    ]
    for s in text:
        y = para(pg, ctx, 22, y, 166, s, 13, 1.9)
    _proj_sign(pg, ctx, t, y + 24, P.day(t["done"], st))
    return _proj_doc(ctx, v, [pg], t, True)


_ = (INK, RED, fit)
