"""Draw 31 patents: CNIPA certificates of the three kinds, register copies, old and electronic certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind31.kit import GREY_PAPER, centre, doc, fits, hand, line_at, margin_note, para, ranked
from bench.blind31.pools import Ctx, day, fmt, zl_check
from bench.blind31.scene import Scene, scene

THINGS = {
    "health": ["一种便携式换药护理车", "一种基层用可折叠输液架", "一种艾灸治疗辅助装置"],
    "teacher": ["一种多功能教学演示架", "一种小学数学教具收纳盒", "一种教室黑板除尘装置"],
    "forest": ["一种油茶果脱壳分选装置", "一种林业苗木移栽装置", "一种竹材破篾机"],
    "water": ["一种灌溉渠道清淤装置", "一种小型泵站拦污栅", "一种水位自动监测浮标"],
    "road": ["一种桥梁伸缩缝清理装置", "一种路面裂缝灌缝机", "一种公路护栏安装辅助车"],
    "acct": ["一种财务凭证装订装置", "一种票据整理夹", "一种会计档案存放柜"],
    "econ": ["一种统计报表收纳架", "一种农产品溯源标签打印装置", "一种调查问卷回收箱"],
}
DESIGNS = {"health": "药品分装盒", "teacher": "教学展板", "forest": "油茶籽油包装瓶", "water": "水文监测箱",
           "road": "路锥", "acct": "凭证盒", "econ": "农产品包装盒（兰考蜜瓜）"}  # fmt: skip
KIND = {
    "invention": ("发明", "1", "B", 20),
    "utility_model": ("实用新型", "2", "U", 10),
    "design": ("外观设计", "3", "S", 15),
}
ISSUER = "国家知识产权局"
SCORED = [
    "title",
    "people",
    "issuer",
    "issued_on",
    "patent.kind",
    "patent.number",
    "patent.applied_on",
    "patent.granted_on",
]


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    sc = scene(ctx, 8)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, ctx.rng.choice(["invention", "utility_model", "utility_model", "design"])
    )
    word, digit, suffix, term = KIND[kind]
    applied = day(ctx.rng, 2015, 2023)
    lag = {"invention": (450, 1100), "utility_model": (110, 330), "design": (90, 260)}[kind]
    granted = applied + dt.timedelta(days=ctx.rng.randint(*lag))
    d12 = f"{applied.year}{digit}{ctx.rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    title = DESIGNS[sc.sector] if kind == "design" else ctx.rng.choice(THINGS[sc.sector])
    inv = sc.names[: ctx.rng.randint(1, 5)]
    owner = sc.unit(ctx) if ctx.rng.random() < 0.6 else sc.f("{c}市公路桥梁建设有限公司")
    p = {"kind": kind, "word": word, "suffix": suffix, "term": term, "applied": applied, "granted": granted,
         "number": number, "d12": d12, "title": title, "inv": inv, "owner": owner}  # fmt: skip
    return BUILD[v](ctx, v, sc, p)


def _rec(ctx, v, sc, pages, p):  # noqa: ANN001, ANN202
    pat = {"kind": p["kind"], "number": p["number"], "applied_on": p["applied"].isoformat(),
           "granted_on": p["granted"].isoformat()}  # fmt: skip
    role_people = ranked(p["inv"], "inventor")
    f = {
        "title": p["title"],
        "people": role_people,
        "issuer": ISSUER,
        "issued_on": p["granted"].isoformat(),
        "patent": pat,
    }
    claim = p["inv"][ctx.rng.randrange(len(p["inv"]))]
    return doc(ctx, "patent_certificate", "patent", v, pages, f, SCORED, claim, p["granted"].year)


def _spaced(p: dict) -> str:
    d = p["d12"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{p['number'][-1]}"


def _pubno(ctx: Ctx, p: dict) -> str:
    return f"CN {p['d12'][4]}{ctx.rng.randint(10**7, 10**8 - 1)} {p['suffix']}"


def _legal(p: dict) -> str:
    w = p["word"]
    return (f"本{w}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{w}专利证书并在专利登记簿上予以登记。"
            f"专利权自授权公告之日起生效。专利权期限为{ {20: '二十', 10: '十', 15: '十五'}[p['term']]}年，自申请日起算。")  # fmt: skip


def _classic(ctx: Ctx, v: str, sc: Scene, p: dict, style: str, order: int) -> Doc:
    pg = Page()
    frame(pg, ctx, 2)
    w = p["word"]
    y = centre(pg, ctx, 30, f"{w}专利证书", 26, True)
    pg.text(182, y, f"证书号第{ctx.rng.randint(1000000, 6999999)}号", 11, ctx.body, "r")
    people_label = "设计人" if p["kind"] == "design" else "发明人"
    rows = [(f"{w}名称：", p["title"]), (f"{people_label}：", "；".join(p["inv"])), ("专利号：", _spaced(p)),
            ("专利申请日：", fmt(p["applied"], style)), ("专利权人：", p["owner"]),
            ("地址：", sc.f("{p}省{c}市{x}") + f"{ctx.rng.choice(['建设路', '迎宾路', '五一路', '解放路'])}{ctx.rng.randint(1, 200)}号"),
            ("授权公告日：", fmt(p["granted"], style)), ("授权公告号：", _pubno(ctx, p))]  # fmt: skip
    if order:
        rows = rows[2:4] + rows[:2] + rows[4:]
    y += 14
    for lab, val in rows:
        pg.text(28, y, lab + val, fits(lab + val, ctx, 12.5, 155), ctx.body)
        y += 10
    y = para(pg, ctx, 28, y + 6, 154, _legal(p), 11.5, 1.9)
    y = para(
        pg,
        ctx,
        28,
        y + 2,
        154,
        "本证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。",
        10.5,
        1.8,
    )
    pg.text(150, y + 14, "局长", 12, ctx.body)
    hand(pg, ctx, 163, y + 12, sc.names[7], 16)
    pg.seal(158, y + 8, 22, ISSUER, ctx.rng.randint(0, 9999))
    pg.text(105, 270, f"第 1 页（共 2 页）  {ISSUER}", 9, ctx.body, "c")
    return _rec(ctx, v, sc, [pg], p)


def _invention(ctx: Ctx, v: str, sc: Scene, p: dict) -> Doc:
    return _classic(ctx, v, sc, p, "pad", 0)


def _utility(ctx: Ctx, v: str, sc: Scene, p: dict) -> Doc:
    return _classic(ctx, v, sc, p, "pad", 1)


def _design(ctx: Ctx, v: str, sc: Scene, p: dict) -> Doc:
    return _classic(ctx, v, sc, p, "cn", 0)


def _register(ctx: Ctx, v: str, sc: Scene, p: dict) -> Doc:
    pg = Page()
    y = centre(pg, ctx, 20, "专利登记簿副本", 20, True)
    y = centre(pg, ctx, y, f"（{ISSUER}）", 11)
    rows = [["专利号", p["number"]], ["专利类型", p["word"]], ["名称", p["title"]], ["申请日", fmt(p["applied"], "dot")],
            ["授权公告日", fmt(p["granted"], "dot")], ["发明人/设计人", "，".join(p["inv"])], ["专利权人", p["owner"]],
            ["法律状态", "专利权维持"], ["年费缴纳", f"已缴纳至第{ctx.rng.randint(2, 5)}年度"]]  # fmt: skip
    y = pg.table(20, y + 6, [40, 130], rows, 11, ctx.body, 11)
    pg.text(190, y + 20, ISSUER, 12, ctx.body, "r")
    pg.text(190, y + 29, f"出具日期：{fmt(day(ctx.rng, p['granted'].year, 2025), 'dot')}", 12, ctx.body, "r")
    pg.seal(165, y + 24, 20, ISSUER, ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], p)


def _hanzi(ctx: Ctx, v: str, sc: Scene, p: dict) -> Doc:
    pg = Page(297, 210)
    pg.bg = (245, 240, 226)
    frame(pg, ctx, 3)
    w = p["word"]
    pg.text(148, 22, f"{w}专利证书", 28, ctx.bold, "c", (150, 30, 30))
    left = [f"{w}名称：{p['title']}", f"{'设计人' if p['kind'] == 'design' else '发明人'}：{'、'.join(p['inv'])}", f"专利号：{p['number']}",
            f"专利申请日：{fmt(p['applied'], 'hanzi')}", f"专利权人：{p['owner']}", f"授权公告日：{fmt(p['granted'], 'hanzi')}"]  # fmt: skip
    y = 50.0
    for s in left:
        pg.text(30, y, s, fits(s, ctx, 13, 235), ctx.body)
        y += 11.25
    para(pg, ctx, 30, y + 4, 236, _legal(p), 11.5)
    pg.text(230, 180, ISSUER, 13, ctx.body, "c")
    pg.seal(230, 178, 22, ISSUER, ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], p)


def _copy(ctx: Ctx, v: str, sc: Scene, p: dict) -> Doc:
    d = _classic(ctx, v, sc, p, ctx.rng.choice(["pad", "cn"]), ctx.rng.randint(0, 1))
    pg = d.pages[0]
    pg.bg = (222, 220, 214)
    pg.seal(60, 150, 20, p["owner"][:16], ctx.rng.randint(0, 9999))
    margin_note(pg, ctx, "复印件与原件一致", 16, 284)
    return d


def _electronic(ctx: Ctx, v: str, sc: Scene, p: dict) -> Doc:
    pg = Page()
    pg.bg = GREY_PAPER
    pg.rect(0, 0, 210, 24, 0, fill=(180, 30, 40))
    pg.text(105, 7, f"{ISSUER}  电子专利证书", 16, ctx.bold, "c", (255, 255, 255))
    pg.rect(160, 32, 192, 64, 0.4)
    for i in range(6):
        for k in range(6):
            if (i * 7 + k * 3 + len(p["title"])) % 3:
                pg.rect(162 + i * 5, 34 + k * 5, 166 + i * 5, 38 + k * 5, 0, fill=(20, 20, 20))
    y = line_at(pg, ctx, 20, 36, f"证书号：第{ctx.rng.randint(1000000, 6999999)}号", 11)
    items = [("专利类型", p["word"]), ("专利名称", p["title"]), ("专利号", p["number"]),
             ("专利申请日", fmt(p["applied"], "dash")), ("授权公告日", fmt(p["granted"], "dash")),
             ("授权公告号", _pubno(ctx, p)), ("专利权人", p["owner"]),
             ("设计人" if p["kind"] == "design" else "发明人", "，".join(p["inv"]))]  # fmt: skip
    y += 18
    for lab, val in items:
        pg.text(22, y, lab, 11.5, ctx.bold)
        pg.text(58, y, val, fits(val, ctx, 11.5, 135), ctx.body)
        y += 10
    y = para(pg, ctx, 22, y + 6, 166, _legal(p), 11)
    pg.text(
        105,
        y + 8,
        "本电子专利证书与纸质专利证书具有同等法律效力，可通过专利业务办理系统核验。",
        9.5,
        ctx.body,
        "c",
    )
    pg.seal(165, y + 30, 20, ISSUER, ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], p)


BUILD = {
    "invention": _invention,
    "utility": _utility,
    "design": _design,
    "register": _register,
    "hanzi": _hanzi,
    "copy": _copy,
    "electronic": _electronic,
}
