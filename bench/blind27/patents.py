"""Patent proofs of draw 27: invention, utility-model and design certificates, a register extract, a search-system
printout and an employer's letter with the certificate."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.pools import GREY, Ctx, d_str, people, rnd_date, workplace, zl_check
from bench.generator.truth import person

NAMES = {
    "invention": ["一种用于老年患者的防跌倒监测方法", "一种小麦赤霉病绿色防控药剂及其制备方法", "一种基于深度学习的路面裂缝识别方法",
                  "一种黄河泥沙资源化利用的免烧砖及其制备方法", "一种空分装置用高效换热器的控制方法"],
    "utility_model": ["一种可调节式输液架", "一种教学用多功能几何演示装置", "一种便携式土壤取样器", "一种护理用翻身辅助垫",
                      "一种建筑施工用防坠落安全网", "一种温室大棚自动卷帘装置"],
    "design": ["教学用地球仪", "医用推车", "汴绣纹样茶具", "智能配药柜", "灯笼（清明上河）"],
}  # fmt: skip
WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}


def _setup(ctx: Ctx, kind: str) -> dict:
    applied = rnd_date(ctx.rng, 2015, 2022)
    lag = {"invention": (420, 1100), "utility_model": (110, 330), "design": (80, 250)}[kind]
    granted = applied + dt.timedelta(days=ctx.rng.randint(*lag))
    d12 = f"{applied.year}{DIGIT[kind]}{ctx.rng.randint(0, 9999999):07d}"
    inventors = people(ctx.rng, ctx.rng.randint(1, 6))
    owner = workplace(ctx.rng)
    return {"kind": kind, "applied": applied, "granted": granted, "d12": d12, "num": f"ZL{d12}.{zl_check(d12)}",
            "title": ctx.pick(NAMES[kind]), "inv": inventors, "owner": owner,
            "cert": f"第{ctx.rng.randint(1000000, 6999999)}号"}  # fmt: skip


def _spaced(s: dict) -> str:
    d = s["d12"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{s['num'][-1]}"


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    return {"invention": _invention, "utility": _utility, "design": _design, "register": _register,
            "search": _search, "letter": _letter}[v](ctx, f"patent27-{v}")  # fmt: skip


def _finish(layout: str, pages: list, s: dict, ctx: Ctx, claim: str | None = None) -> Doc:
    f = {"title": s["title"], "people": [person(n, i + 1, "inventor") for i, n in enumerate(s["inv"])],
         "issuer": "国家知识产权局", "issued_on": s["granted"].isoformat(),
         "patent": {"kind": s["kind"], "number": s["num"], "applied_on": s["applied"].isoformat(),
                    "granted_on": s["granted"].isoformat()}}  # fmt: skip
    sc = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
          "patent.granted_on"]  # fmt: skip
    return kit.doc("patent_certificate", layout, pages, f, sc, claim or ctx.pick(s["inv"]), s["granted"].year)


def _certificate(ctx: Ctx, s: dict, st: str, spaced: bool, tint=(252, 250, 240)):
    kind = s["kind"]
    w = WORD[kind]
    pg = kit.page(tint=tint)
    pg.rect(12, 12, 198, 285, 2.0, (170, 130, 60))
    pg.rect(16, 16, 194, 281, 0.4, (170, 130, 60))
    kit.centre(pg, ctx, 34, f"{w}专利证书", 26 if kind != "design" else 24)
    pg.text(105, 52, f"证书号{s['cert']}", 12, ctx.body, "c")
    label = "使用外观设计的产品名称" if kind == "design" else f"{w}名称"
    y = 70.0
    num = _spaced(s) if spaced else s["num"]
    rows = [(label, s["title"]), ("发明人" if kind == "invention" else "设计人" if kind == "design" else "发明人",
             "；".join(s["inv"])), ("专利号", num), ("专利申请日", d_str(s["applied"], st)),
            ("专利权人", s["owner"]), ("地址", f"475000 河南省开封市{ctx.pick(['龙亭区', '鼓楼区', '城乡一体化示范区'])}"),
            ("授权公告日", d_str(s["granted"], st)),
            ("授权公告号", f"CN {ctx.rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}")]  # fmt: skip
    for lab, val in rows:
        pg.text(26, y, f"{lab}：", 12, ctx.body)
        y = pg.wrap(26 + 12 * 0.3528 * (len(lab) + 1), y, 150 - 4 * len(lab), val, 12, ctx.body, 1.7) + 2
    term = {"invention": "二十年", "utility_model": "十年", "design": "十五年"}[kind]
    txt = (f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{w}专利证书，并在专利登记簿上予以登记。"
           f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")  # fmt: skip
    y = kit.para(pg, ctx, 26, y + 6, 158, txt, 11, 1.8)
    y = kit.para(
        pg,
        ctx,
        26,
        y + 2,
        158,
        "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。",
        10,
        1.7,
    )
    pg.text(150, 250, "局长", 12, ctx.body, "c")
    kit.hand(pg, ctx, 150, 258, "签章", 13, "c")
    kit.seal(pg, ctx, 70, 250, "国家知识产权局", 20)
    return pg


def _invention(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx, "invention")
    return _finish(layout, [_certificate(ctx, s, ctx.pick(["ymd", "pad"]), False)], s, ctx)


def _utility(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx, "utility_model")
    return _finish(layout, [_certificate(ctx, s, ctx.pick(["ymd", "pad"]), True, (244, 248, 252))], s, ctx)


def _design(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx, "design")
    return _finish(
        layout, [_certificate(ctx, s, ctx.pick(["ymd", "pad", "cn"]), ctx.rng.random() < 0.5)], s, ctx
    )


def _register(ctx: Ctx, layout: str) -> Doc:
    """A certified extract of the patent register (专利登记簿副本): a ruled table, several status rows."""
    s = _setup(ctx, ctx.pick(["invention", "utility_model"]))
    pg = kit.page()
    kit.centre(pg, ctx, 22, "专利登记簿副本", 20)
    w = WORD[s["kind"]]
    st = ctx.pick(["dot", "pad"])
    rows = [["专利号", s["num"], "专利类型", w], ["申请日", d_str(s["applied"], st), "授权公告日", d_str(s["granted"], st)],
            ["发明创造名称", s["title"], "", ""], ["发明人", "，".join(s["inv"]), "", ""],
            ["专利权人", s["owner"], "", ""], ["年费缴纳", f"已缴至第{ctx.rng.randint(2, 5)}年度", "法律状态", "专利权维持"]]  # fmt: skip
    pg.table(16, 40, [30, 72, 28, 48], rows, 10, ctx.body, row_h=14)
    pg.text(20, 140, "以上记载事项与专利登记簿一致。", 11, ctx.body)
    out = s["granted"] + dt.timedelta(days=ctx.rng.randint(100, 600))
    pg.text(150, 160, "国家知识产权局", 12, ctx.body, "c")
    pg.text(150, 171, d_str(out, "ymd"), 12, ctx.body, "c")
    kit.seal(pg, ctx, 150, 163, "国家知识产权局专利局")
    return _finish(layout, [pg], s, ctx)


def _search(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx, ctx.pick(["invention", "utility_model"]))
    pg = kit.page()
    kit.browser(pg, ctx, "https://pss-system.cponline.cnipa.gov.cn/documents/detail", "专利检索及分析",
                f"{s['granted'].year + 1}/{ctx.rng.randint(1, 12)}/{ctx.rng.randint(1, 28)}")  # fmt: skip
    pg.text(16, 12, "国家知识产权局  专利检索及分析系统", 10, ctx.bold, color=(60, 110, 180))
    pg.text(16, 18, "著录项目", 14, ctx.bold)
    pg.line(16, 26, 194, 26, 0.3, (60, 110, 180))
    rows = [("专利号", s["num"]), ("申请日", d_str(s["applied"], "dot")), ("授权公告日", d_str(s["granted"], "dot")),
            ("专利类型", WORD[s["kind"]]), ("发明名称", s["title"]), ("发明人", "; ".join(s["inv"])),
            ("专利权人", s["owner"]), ("IPC分类号", f"A61G {ctx.rng.randint(1, 13)}/{ctx.rng.randint(10, 99)}"),
            ("法律状态", "有权")]  # fmt: skip
    y = 32.0
    for lab, val in rows:
        pg.text(20, y, lab, 11, ctx.body, color=GREY)
        pg.text(56, y, val, 11, ctx.body)
        y += 9
    y = kit.para(
        pg,
        ctx,
        20,
        y + 4,
        170,
        f"摘要：本{WORD[s['kind']]}公开了{s['title']}，结构简单，使用方便，适于推广。",
        10.5,
    )
    return _finish(layout, [pg], s, ctx)


def _letter(ctx: Ctx, layout: str) -> Doc:
    """Two pages: the unit's statement naming the claimant's inventor rank, then the certificate."""
    s = _setup(ctx, ctx.pick(["invention", "utility_model", "design"]))
    i = ctx.rng.randrange(len(s["inv"]))
    who = s["inv"][i]
    p1 = kit.page()
    kit.centre(p1, ctx, 30, "专利情况证明", 20)
    txt = (f"{who}同志为我单位职务{WORD[s['kind']]}专利“{s['title']}”（专利号：{s['num']}）的发明人之一，"
           f"在该专利发明人中排名第{i + 1}。该专利权人为我单位。特此证明。")  # fmt: skip
    y = kit.para(p1, ctx, 22, 56, 166, txt, 13.5, 2.1)
    p1.text(160, y + 24, s["owner"], 13, ctx.body, "c")
    p1.text(
        160,
        y + 36,
        d_str(s["granted"] + dt.timedelta(days=ctx.rng.randint(60, 500)), "ymd"),
        13,
        ctx.body,
        "c",
    )
    kit.seal(p1, ctx, 160, y + 28, s["owner"])
    p2 = _certificate(ctx, s, ctx.pick(["ymd", "pad"]), False, (240, 240, 236))
    return _finish(layout, [p1, p2], s, ctx, claim=who)
