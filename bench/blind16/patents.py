"""Draw 16 patent proofs: three CNIPA certificate kinds, register copies, e-certificates, gazette printouts."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind16 import ink
from bench.blind16.pools import (
    COLLEGES,
    Ctx,
    day,
    digits,
    iso,
    people_names,
    pick_style,
    where,
    workplace,
    zl_check,
)

CNIPA = "国家知识产权局"
THING = ["秸秆粉碎还田", "智能输液监测", "混凝土养护喷淋", "果园开沟施肥", "病床升降护栏", "课桌高度调节", "管道焊缝检测",
         "茶叶揉捻", "污水沉淀过滤", "温室卷帘", "骨科牵引固定", "雨水回收利用"]  # fmt: skip
CHEM = ["缓释复合肥", "抗菌敷料", "再生骨料混凝土", "植物源杀虫剂", "生物有机肥", "中药提取物微胶囊"]
DESIGN = ["茶叶包装盒", "教学演示仪", "护理推车", "花卉栽培盆", "智能水表外壳", "路灯灯杆"]
KIND_WORD = {"invention": ("发明", "发明人", "1", "二十"), "utility_model": ("实用新型", "发明人", "2", "十"),
             "design": ("外观设计", "设计人", "3", "十五")}  # fmt: skip


def _title(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "design":
        return f"{rng.choice(DESIGN)}（{rng.choice(['一', '二', 'A型', '简约款'])}）"
    if kind == "invention" and rng.random() < 0.5:
        return f"一种{rng.choice(CHEM)}及其制备方法"
    return ctx.pick("patent.title", [f"一种{rng.choice(THING)}装置", f"一种用于{rng.choice(THING)}的辅助机构",
                                      f"一种便携式{rng.choice(THING)}器", f"{rng.choice(THING)}一体化设备"])  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    rng = ctx.rng
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model", "design"])
    )
    word, role_word, digit, term = KIND_WORD[kind]
    applied = dt.date(rng.randint(2015, 2023), rng.randint(1, 12), rng.randint(1, 28))
    lag = {"invention": (420, 1300), "utility_model": (110, 330), "design": (90, 300)}[kind]
    granted = applied + dt.timedelta(days=rng.randint(*lag))
    d12 = f"{applied.year}{digit}{digits(rng, 7)}"
    number = f"ZL{d12}.{zl_check(d12)}"
    title = _title(ctx, kind)
    inventors = people_names(rng, rng.randint(1, 6))
    pl = where(rng)
    owner = rng.choice([workplace(rng, pl), rng.choice(COLLEGES[pl.prov]), inventors[0]])
    st = pick_style(ctx, ["zh0", "zh", "hyphen", "dotz"])
    fn = {"invention": _classic, "utility": _landscape, "design": _design, "register": _register, "ecert": _ecert,
          "gazette": _gazette}[v]  # fmt: skip
    pg = fn(ctx, kind, title, number, d12, applied, granted, inventors, owner, pl, st)
    people = [{"name": n, "rank": i + 1, "role": "inventor"} for i, n in enumerate(inventors)]
    fields = {
        "title": title,
        "people": people,
        "issuer": CNIPA,
        "issued_on": iso(granted),
        "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)},
    }
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return Doc(
        "patent_certificate",
        f"patent16-{v}",
        [pg],
        fields,
        scored,
        {"person": rng.choice(inventors), "year": granted.year},
    )


def _pub_no(rng, kind):
    return f"CN {rng.randint(1, 2)}{digits(rng, 8)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"


def _address(rng, pl):
    return f"{pl.prov}省{pl.city}市{rng.choice(['建设路', '东昌路', '人民路', '解放大道', '黄河路', '韶山路'])}{rng.randint(1, 999)}号"


def _boiler(kind, term):
    return (
        f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{KIND_WORD[kind][0]}专利证书"
        f"并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{term}年，自申请日起算。"
    )


def _director(pg, ctx, x, y):
    ink.body(pg, ctx, x, y, "局长", 11)
    ink.hand(pg, ctx, x + 12, y - 2, "申长雨", 17, ink.BLACK)


def _classic(ctx, kind, title, number, d12, applied, granted, inventors, owner, pl, st):
    rng = ctx.rng
    pg = Page(bg=(250, 248, 240))
    ink.border(pg, "gold")
    word, role_word, _, term = KIND_WORD[kind]
    ink.seal(pg, ctx, 105, 28, "中华人民共和国国家知识产权局", 11)
    ink.spread(pg, ctx, 46, f"{word}专利证书", 24)
    ink.body(pg, ctx, 105, 62, f"证书号第{rng.randint(1000000, 6999999)}号", 11, "c")
    rows = [(f"{word}名称", title), (role_word, "；".join(inventors)), ("专利号", number),
            ("专利申请日", day(applied, st)), ("专利权人", owner), ("地址", _address(rng, pl)),
            ("授权公告日", day(granted, st)), ("授权公告号", _pub_no(rng, kind))]  # fmt: skip
    y = 76
    for lab, val in rows:
        pg.text(28, y, f"{lab}：", 11.5, ctx.body)
        y = pg.wrap(58, y, 128, val, 11.5, ctx.body, 1.7) + 1.5
    y = pg.wrap(28, y + 8, 154, _boiler(kind, term), 11, ctx.body, 1.9, 11 * ink.PT * 2)
    pg.wrap(28, y + 2, 154, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
                           "国籍、地址变更等事项记载在专利登记簿上。", 11, ctx.body, 1.9, 11 * ink.PT * 2)  # fmt: skip
    _director(pg, ctx, 130, 262)
    ink.seal(pg, ctx, 150, 258, CNIPA, 18)
    ink.body(pg, ctx, 105, 280, "第 1 页（共 1 页）", 8.5, "c", ink.GREY)
    return pg


def _landscape(ctx, kind, title, number, d12, applied, granted, inventors, owner, pl, st):
    rng = ctx.rng
    pg = Page(w=297, h=210, bg=(246, 249, 246))
    pg.rect(10, 10, 287, 200, 1.0, (40, 100, 80))
    word, role_word, _, term = KIND_WORD[kind]
    ink.spread(pg, ctx, 22, f"{word}专利证书", 24, color=(30, 80, 60))
    ink.body(pg, ctx, 270, 26, f"证书号第{rng.randint(7000000, 19999999)}号", 10, "r")
    left = [(f"{word}名称", title), (role_word, "、".join(inventors)), ("专利权人", owner)]
    right = [("专利号", number), ("申请日", day(applied, st)), ("授权公告日", day(granted, st)),
             ("授权公告号", _pub_no(rng, kind))]  # fmt: skip
    y = 50
    for lab, val in left:
        pg.text(24, y, lab, 11, ctx.bold)
        y = pg.wrap(52, y, 95, val, 11, ctx.body, 1.7) + 3
    y = 50
    for lab, val in right:
        pg.text(160, y, lab, 11, ctx.bold)
        y = pg.wrap(188, y, 90, val, 11, ctx.body, 1.7) + 3
    pg.wrap(24, 120, 250, _boiler(kind, term), 11, ctx.body, 1.9, 11 * ink.PT * 2)
    _director(pg, ctx, 210, 172)
    ink.seal(pg, ctx, 232, 168, CNIPA, 19)
    return pg


def _design(ctx, kind, title, number, d12, applied, granted, inventors, owner, pl, st):
    rng = ctx.rng
    pg = Page()
    ink.border(pg, "thin")
    word, role_word, _, term = KIND_WORD[kind]
    ink.bold(pg, ctx, 105, 30, f"{word}专利证书", 22)
    ink.body(pg, ctx, 105, 44, f"证书号第{rng.randint(5000000, 9999999)}号", 10.5, "c")
    rows = [("外观设计名称", title), ("设　计　人", "；".join(inventors)), ("专　利　号", number),
            ("专利申请日", day(applied, st)), ("专利权人", owner), ("授权公告日", day(granted, st))]  # fmt: skip
    y = ink.pairs(pg, ctx, 28, 58, rows, 11.5, 36, "：", 2.0)
    pg.rect(55, y + 4, 155, y + 64, 0.3, ink.GREY, (240, 240, 240))
    pg.rect(80, y + 14, 130, y + 54, 0.8, (90, 90, 90))
    pg.line(80, y + 14, 92, y + 8, 0.6, (90, 90, 90))
    pg.line(130, y + 14, 142, y + 8, 0.6, (90, 90, 90))
    pg.line(92, y + 8, 142, y + 8, 0.6, (90, 90, 90))
    ink.body(pg, ctx, 105, y + 66, "立体图", 9, "c", ink.GREY)
    pg.wrap(28, y + 76, 154, _boiler(kind, term), 10.5, ctx.body, 1.9, 10.5 * ink.PT * 2)
    _director(pg, ctx, 130, 262)
    ink.seal(pg, ctx, 150, 258, CNIPA, 18)
    return pg


def _register(ctx, kind, title, number, d12, applied, granted, inventors, owner, pl, st):
    rng = ctx.rng
    pg = Page()
    word, role_word, _, term = KIND_WORD[kind]
    y = ink.bold(pg, ctx, 105, 22, "专利登记簿副本", 18) + 3
    rows = [
        ["专利号", number, "申请日", day(applied, st)],
        ["专利类型", f"{word}专利", "授权公告日", day(granted, st)],
    ]
    y = pg.table(18, y, [30, 60, 30, 54], rows, 10, ctx.body, 10)
    rows = [
        [f"{word}名称", title],
        [role_word, "，".join(inventors)],
        ["专利权人", owner],
        ["地址", _address(rng, pl)],
    ]
    y = pg.table(18, y, [30, 144], rows, 10, ctx.body, 10)
    y = pg.table(18, y, [174], [["法律状态信息"]], 10, ctx.bold, 9)
    paid = rng.randint(2, 6)
    rows = [["法律状态", "专利权维持"], ["年费缴纳", f"已缴纳第{paid}年度年费"], ["质押、许可", "无"],
            ["变更事项", "无"]]  # fmt: skip
    y = pg.table(18, y, [30, 144], rows, 10, ctx.body, 9)
    out = granted + dt.timedelta(days=rng.randint(200, 800))
    y = pg.wrap(18, y + 8, 174, "以上内容由专利登记簿记载，与原件一致。", 10.5, ctx.body)
    ink.body(pg, ctx, 150, y + 12, f"{CNIPA}专利局", 11, "c")
    ink.body(pg, ctx, 150, y + 20, f"副本出具日：{day(out, 'zh')}", 10, "c")
    ink.seal(pg, ctx, 150, y + 15, CNIPA, 17)
    return pg


def _ecert(ctx, kind, title, number, d12, applied, granted, inventors, owner, pl, st):
    rng = ctx.rng
    pg = Page()
    word, role_word, _, term = KIND_WORD[kind]
    pg.rect(0, 0, 210, 40, 0, ink.BLACK, (176, 30, 36))
    ink.bold(pg, ctx, 105, 12, f"{word}专利证书", 24, "c", (255, 236, 190))
    ink.body(pg, ctx, 105, 28, "（电子证书）", 11, "c", (255, 236, 190))
    ink.qr(pg, 162, 48, 28, rng)
    ink.body(pg, ctx, 176, 79, "扫码验证", 8, "c", ink.GREY)
    rows = [("证书号", f"第{rng.randint(3000000, 19999999)}号"), (f"{word}名称", title), (role_word, "；".join(inventors)),
            ("专利号", number), ("专利申请日", day(applied, st)), ("专利权人", owner), ("授权公告日", day(granted, st))]  # fmt: skip
    y = 50
    for lab, val in rows:
        pg.text(22, y, lab, 11, ctx.bold)
        y = pg.wrap(52, y, 100 if y < 86 else 135, val, 11, ctx.body, 1.7) + 3
    y = pg.wrap(22, y + 6, 166, _boiler(kind, term), 10.5, ctx.body, 1.9, 10.5 * ink.PT * 2)
    ink.body(pg, ctx, 22, y + 4, "本电子证书与纸质证书具有同等法律效力。", 9.5, color=ink.GREY)
    _director(pg, ctx, 130, 250)
    ink.seal(pg, ctx, 150, 246, CNIPA, 18)
    return pg


def _gazette(ctx, kind, title, number, d12, applied, granted, inventors, owner, pl, st):
    rng = ctx.rng
    pg = Page()
    word, role_word, _, term = KIND_WORD[kind]
    ink.body(pg, ctx, 12, 8, "中国专利公布公告 — 查询结果", 8, color=ink.GREY)
    ink.body(
        pg, ctx, 198, 8, day(granted + dt.timedelta(days=rng.randint(30, 400)), "hyphen"), 8, "r", ink.GREY
    )
    pg.rect(12, 13, 198, 24, 0, ink.BLACK, (230, 236, 245))
    ink.bold(pg, ctx, 16, 16, f"[{word}授权] {title}", 12, "l")
    app = f"{d12}.{number[-1]}"
    rows = [("授权公告号", _pub_no(rng, kind)), ("授权公告日", day(granted, "hyphen")), ("申请号", app),
            ("申请日", day(applied, "hyphen")), ("专利权人", owner), (role_word, "；".join(inventors)),
            ("地址", _address(rng, pl)), ("分类号", f"{rng.choice(['A01B', 'A61G', 'E04G', 'B01D', 'G01N'])} {rng.randint(1, 99)}/{rng.randint(10, 99)}"),
            ("专利代理机构", f"{pl.city}{rng.choice(['鼎信', '汇智', '博睿', '信达'])}专利代理事务所（普通合伙）")]  # fmt: skip
    y = ink.pairs(pg, ctx, 18, 30, rows, 10.5, 32, "：", 1.9)
    a = pg.wrap(18, y + 4, 174, f"摘要：本{word}公开了{title}，" + ("结构简单，使用方便，提高了作业效率，降低了劳动强度。" * 2),
                10, ctx.body, 1.8)  # fmt: skip
    pg.rect(60, a + 6, 150, a + 66, 0.4, ink.GREY)
    ink.body(pg, ctx, 105, a + 68, "摘要附图", 8.5, "c", ink.GREY)
    ink.body(pg, ctx, 105, 286, f"{CNIPA}　版权所有", 8, "c", ink.GREY)
    return pg
