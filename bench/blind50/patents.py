"""Draw 50's patent certificates: a portrait invention certificate with spaced labels, a two-page scan with the
continuation page, a register query printed from a browser, a certificate photographed into a chat, a
landscape spread of a utility-model certificate, and a design certificate with its view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind50 import kit
from bench.blind50.kit import GREY, INK, fit, lh, spaced
from bench.blind50.pools import (
    PROFESSIONS,
    City,
    Ctx,
    Profession,
    era,
    fmt_date,
    names,
    patent_number,
    unit,
)  # fmt: skip
from bench.blind50.training import claim, make_doc
from bench.generator.truth import person

PAT = "patent_certificate"
CNIPA = "国家知识产权局"
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
NAME_LABEL = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}
WHO_LABEL = {"invention": "发明人", "utility_model": "发明人", "design": "设计人"}
PUB_SUFFIX = {"invention": "B", "utility_model": "U", "design": "S"}


@dataclass
class Patent:
    c: City
    p: Profession
    kind: str
    title: str
    inventors: list[str]
    claimant: str
    owner: str
    owner_is_person: bool
    number: str
    applied: dt.date
    granted: dt.date
    cert_no: str
    pub_no: str

    @property
    def spaced_number(self) -> str:
        d = self.number[2:]
        return f"ZL {d[:4]} {d[4]} {d[5:12]}{d[12:]}"


def _patent(ctx: Ctx, kind: str | None = None) -> Patent:
    rng = ctx.rng
    c = ctx.city()
    grant_year = ctx.year(c)
    pool = [(p, k, t) for p in PROFESSIONS for k, t in era(p.patents, c) if kind is None or k == kind]
    p, kind, title = rng.choice(pool)
    lag = {"invention": (420, 1000), "utility_model": (120, 330), "design": (90, 240)}[kind]
    granted = dt.date(grant_year, rng.randint(1, 12), rng.randint(1, 28))
    applied = granted - dt.timedelta(days=rng.randint(*lag))
    n = rng.choice((1, 2, 3, 3, 4, 5, 6))
    inventors = names(rng, n)
    claimant = rng.choice(inventors)
    if rng.random() < 0.7:
        owner, is_person = unit(p, c, rng), False
    else:
        owner, is_person = inventors[0], True
    number = patent_number(rng, applied.year, kind)
    head = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    pub_no = f"CN {head}0{rng.randint(1000000, 9999999)} {PUB_SUFFIX[kind]}"
    cert_no = f"第{rng.randint(1000000, 5999999)}号"
    return Patent(
        c, p, kind, title, inventors, claimant, owner, is_person, number, applied, granted, cert_no, pub_no
    )


def _fields(t: Patent) -> tuple[dict, list[str]]:
    fields = {
        "holder": t.owner if t.owner_is_person else None,
        "title": t.title, "issuer": CNIPA, "issued_on": t.granted.isoformat(),
        "people": [person(n, i, "inventor") for i, n in enumerate(t.inventors, 1)],
        "patent": {"kind": t.kind, "number": t.number, "applied_on": t.applied.isoformat(),
                   "granted_on": t.granted.isoformat()},
    }  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return fields, scored


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(PAT)
    return {
        "invention_portrait": _portrait, "two_page_scan": _two_page, "register_query": _register,
        "chat_photo": _chat, "utility_landscape": _landscape, "design_cert": _design,
    }[layout](ctx, layout)  # fmt: skip


def _sep(ctx: Ctx) -> str:
    return ctx.rng.choice(("；", "、", "  ", "，"))


def _cert_block(
    pg: Page, ctx: Ctx, t: Patent, x: float, y: float, w: float, size: float, space: bool
) -> float:
    """The certificate's labelled lines and the grant paragraph; returns the y below."""
    rng = ctx.rng
    date_style = rng.choice(("cn0", "cn", "cn0"))
    lab = lambda s: spaced(s) if space and len(s) <= 5 else s  # noqa: E731
    pairs = [
        (NAME_LABEL[t.kind], t.title),
        (WHO_LABEL[t.kind], _sep(ctx).join(t.inventors)),
        ("专利号", t.spaced_number if rng.random() < 0.6 else t.number),
        ("专利申请日", fmt_date(t.applied, date_style)),
        ("专利权人", t.owner),
        ("地址", f"{t.c.prov}{t.c.name}{rng.choice(t.c.districts)}{rng.choice(('建设路', '迎宾路', '东风大街', '泰山大街', '龙亭北路'))}{rng.randint(1, 300)}号"),
        ("授权公告日", fmt_date(t.granted, date_style)),
        ("授权公告号", t.pub_no),
    ]  # fmt: skip
    lw = max(width_mm(lab(a) + "：", ctx.body, size) for a, _ in pairs) + 2
    for a, v in pairs:
        pg.text(x, y, lab(a) + "：", size, ctx.body)
        y = kit.para(pg, x + lw, y, w - lw, v, size, ctx.body, 1.55, indent=False) + lh(size, 0.45)
    y += 4
    word = KIND_WORD[t.kind]
    body = (f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。"
            f"专利权自授权公告之日起生效。专利权期限为{'二十' if t.kind == 'invention' else '十' if t.kind == 'utility_model' else '十五'}年，"
            "自申请日起算。")  # fmt: skip
    y = kit.para(pg, x, y, w, body, size - 1, ctx.body, 1.7)
    return y


def _cnipa_sign(pg: Page, ctx: Ctx, cx: float, y: float, size: float = 11) -> None:
    pg.text(cx - 18, y, "局长", size, ctx.body, "r")
    kit.scribble(pg, ctx, cx - 14, y - 1, 22, INK)
    kit.seal(pg, ctx, cx + 2, y - 4, CNIPA, 17)


def _portrait(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _patent(ctx, "invention" if rng.random() < 0.8 else None)
    pg = Page()
    kit.frame(pg, rng.randrange(3), (60, 110, 150))
    fit(pg, pg.w - 26, 20, f"证书号{t.cert_no}", 10.5, ctx.body, 80, "r")
    pg.text(pg.w / 2, 40, f"{KIND_WORD[t.kind]}专利证书", 28, ctx.bold, "c")
    y = _cert_block(pg, ctx, t, 30, 66, 150, 12, True)
    _cnipa_sign(pg, ctx, pg.w - 50, max(y + 18, 236))
    pg.text(pg.w / 2, pg.h - 22, "第 1 页（共 2 页）", 8.5, ctx.body, "c", GREY)
    kit.noise(pg, ctx, ("fold", "edge"))
    fields, scored = _fields(t)
    return make_doc(PAT, layout, [pg], fields, scored, claim(t.claimant, t.granted.year, t.c))


def _continuation(ctx: Ctx, t: Patent, size: float = 11) -> Page:
    pg = Page()
    pg.text(pg.w / 2, 30, "专利证书（续页）", 16, ctx.bold, "c")
    y = 50.0
    y = kit.para(pg, 28, y, 154, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
                 "国籍、地址变更等事项记载在专利登记簿上。", size, ctx.body, 1.8)  # fmt: skip
    y = kit.para(pg, 28, y + 3, 154, f"本专利的年费应当在每年{t.applied.month:02d}月{t.applied.day:02d}日前缴纳。未按照规定缴纳年费的，"
                 "专利权自应当缴纳年费期满之日起终止。", size, ctx.body, 1.8)  # fmt: skip
    y += 8
    pg.text(28, y, "申请日时本专利记载的申请人、发明人信息如下：", size, ctx.body)
    y += lh(size, 1.9)
    pg.text(34, y, f"申请人：{t.owner}", size, ctx.body)
    y += lh(size, 1.9)
    y = kit.para(
        pg, 34, y, 148, f"{WHO_LABEL[t.kind]}：{'，'.join(t.inventors)}", size, ctx.body, 1.8, indent=False
    )
    pg.text(pg.w / 2, pg.h - 22, "第 2 页（共 2 页）", 8.5, ctx.body, "c", GREY)
    return pg


def _two_page(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _patent(ctx)
    pg = Page()
    kit.frame(pg, 1, (60, 110, 150))
    fit(pg, pg.w - 26, 20, f"证书号{t.cert_no}", 10.5, ctx.body, 80, "r")
    pg.text(pg.w / 2, 40, spaced(f"{KIND_WORD[t.kind]}专利证书"), 24, ctx.bold, "c")
    y = _cert_block(pg, ctx, t, 30, 64, 150, 11.5, rng.random() < 0.5)
    _cnipa_sign(pg, ctx, pg.w - 50, max(y + 18, 236))
    pg.text(pg.w / 2, pg.h - 22, "第 1 页（共 2 页）", 8.5, ctx.body, "c", GREY)
    pages = [pg, _continuation(ctx, t)]
    for p in pages:
        kit.noise(p, ctx, ("holes", "staple", "edge"))
    fields, scored = _fields(t)
    return make_doc(PAT, layout, pages, fields, scored, claim(t.claimant, t.granted.year, t.c))


def _register(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _patent(ctx)
    pg = Page()
    now = t.granted + dt.timedelta(days=rng.randint(30, 300))
    kit.browser_print(pg, ctx, f"{now.year}/{now.month}/{now.day} {rng.randint(8, 18)}:{rng.randint(10, 59)}",
                      "专利法律状态查询", f"http://cpquery.cnipa.gov.cn/detail?an={t.number[2:14]}")  # fmt: skip
    y = kit.web_banner(pg, ctx, 12, f"{CNIPA}  专利审查信息查询", ["首页", "申请信息", "费用信息", "发文信息",
                                                               "法律状态", "公布公告"], (20, 70, 140))  # fmt: skip
    pg.text(14, y, "当前位置：首页 > 申请信息 > 著录项目", 8.5, ctx.sans, "l", GREY)
    y += 9
    rows = [
        ["申请号/专利号", t.number],
        ["发明创造名称" if t.kind != "design" else "外观设计名称", t.title],
        ["专利类型", {"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"}[t.kind]],
        ["申请日", fmt_date(t.applied, "iso")],
        ["授权公告日", fmt_date(t.granted, "iso")],
        ["授权公告号", t.pub_no],
        ["发明人/设计人", "，".join(t.inventors)],
        ["专利权人", t.owner],
        ["案件状态", rng.choice(("专利权维持", "授权"))],
    ]  # fmt: skip
    y = pg.table(14, y, [40, pg.w - 28 - 40], rows, 9.5, ctx.body, row_h=10)
    y += 8
    pg.text(14, y, "费用信息", 11, ctx.bold)
    y += 7
    fees = [["费用种类", "缴费金额", "缴费日期", "状态"],
            ["申请费", "500" if t.kind == "invention" else "75", fmt_date(t.applied, "iso"), "已缴"],
            ["第1年年费", "900" if t.kind == "invention" else "600", fmt_date(t.granted - dt.timedelta(days=40), "iso"), "已缴"]]  # fmt: skip
    pg.table(14, y, [50, 36, 50, pg.w - 28 - 136], fees, 9, ctx.body, row_h=8)
    fields, scored = _fields(t)
    return make_doc(PAT, layout, [pg], fields, scored, claim(t.claimant, t.granted.year, t.c))


def _chat(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _patent(ctx)
    pg = kit.phone_page(ctx, 196)
    pg.bg = (237, 237, 237)
    y = kit.chat_header(
        pg,
        ctx,
        rng.choice(("科研管理科", "职称申报材料群(15)", "项目组")),
        f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}",
    )
    y = kit.bubble(
        pg,
        ctx,
        y,
        rng.choice(("专利证书拍给你了", "证书原件在档案室，先发照片", "这是授权的专利证书")),
        False,
    )
    x0, x1 = 13.0, pg.w - 13
    top = y
    pg.rect(x0, top, x1, top + 118, 0.4, (200, 200, 200), (250, 250, 246))
    pg.rect(x0 + 2, top + 2, x1 - 2, top + 116, 0.5, (60, 110, 150))
    fit(pg, pg.w - 17, top + 5, f"证书号{t.cert_no}", 6.5, ctx.body, 40, "r")
    pg.text(pg.w / 2, top + 11, f"{KIND_WORD[t.kind]}专利证书", 13, ctx.bold, "c")
    yy = top + 23
    pairs = [(NAME_LABEL[t.kind], t.title), (WHO_LABEL[t.kind], "、".join(t.inventors)), ("专利号", t.number),
             ("专利申请日", fmt_date(t.applied, "cn0")), ("专利权人", t.owner),
             ("授权公告日", fmt_date(t.granted, "cn0"))]  # fmt: skip
    for a, v in pairs:
        pg.text(x0 + 4, yy, a + "：", 7, ctx.body)
        yy = kit.para(pg, x0 + 4 + width_mm(a + "：", ctx.body, 7), yy, x1 - x0 - 10 - width_mm(a + "：", ctx.body, 7), v,
                      7, ctx.body, 1.45, indent=False) + 1.2  # fmt: skip
    yy = kit.para(pg, x0 + 4, yy + 2, x1 - x0 - 8, "国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权。", 6.5,
                  ctx.body, 1.5)  # fmt: skip
    pg.text(x1 - 30, top + 104, "局长", 7, ctx.body, "r")
    kit.scribble(pg, ctx, x1 - 28, top + 102, 14, INK)
    kit.seal(pg, ctx, x1 - 16, top + 100, CNIPA, 9)
    y = top + 124
    kit.bubble(pg, ctx, y, rng.choice(("收到，谢谢", "好的，我先整理进材料")), True)
    fields, scored = _fields(t)
    return make_doc(PAT, layout, [pg], fields, scored, claim(t.claimant, t.granted.year, t.c))


def _landscape(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _patent(ctx, "utility_model")
    pg = Page(297, 210, bg=(240, 240, 236))
    # a photocopied spread: two A4 pages side by side, scaled by hand
    pg.line(pg.w / 2, 4, pg.w / 2, pg.h - 4, 0.6, (150, 150, 150))
    fit(pg, pg.w / 2 - 10, 14, f"证书号{t.cert_no}", 9, ctx.body, 60, "r")
    pg.text(pg.w / 4, 24, "实用新型专利证书", 20, ctx.bold, "c")
    y = _cert_block(pg, ctx, t, 14, 40, 120, 9.5, rng.random() < 0.5)
    _cnipa_sign(pg, ctx, pg.w / 2 - 30, max(y + 10, 180), 9.5)
    rx = pg.w / 2 + 14
    pg.text(pg.w * 3 / 4, 24, "专利证书（续页）", 14, ctx.bold, "c")
    yy = kit.para(pg, rx, 40, 120, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
                  "国籍、地址变更等事项记载在专利登记簿上。", 9.5, ctx.body, 1.8)  # fmt: skip
    yy = kit.para(pg, rx, yy + 3, 120, f"本专利的年费应当在每年{t.applied.month:02d}月{t.applied.day:02d}日前缴纳。", 9.5,
                  ctx.body, 1.8)  # fmt: skip
    pg.text(rx, yy + 6, f"申请人：{t.owner}", 9.5, ctx.body)
    kit.para(pg, rx, yy + 14, 120, f"发明人：{'，'.join(t.inventors)}", 9.5, ctx.body, 1.8, indent=False)
    fields, scored = _fields(t)
    return make_doc(PAT, layout, [pg], fields, scored, claim(t.claimant, t.granted.year, t.c))


def _design(ctx: Ctx, layout: str) -> Doc:
    t = _patent(ctx, "design")
    pg = Page()
    kit.frame(pg, 0, (60, 110, 150))
    fit(pg, pg.w - 26, 20, f"证书号{t.cert_no}", 10.5, ctx.body, 80, "r")
    pg.text(pg.w / 2, 38, "外观设计专利证书", 26, ctx.bold, "c")
    y = _cert_block(pg, ctx, t, 30, 60, 150, 11.5, True)
    # the view printed on the certificate
    bx, by = 70.0, y + 6
    pg.rect(bx, by, bx + 70, by + 48, 0.3, GREY)
    pg.rect(bx + 15, by + 8, bx + 55, by + 38, 0.6, INK)
    for i in range(1, 4):
        pg.line(bx + 15, by + 8 + i * 7.5, bx + 55, by + 8 + i * 7.5, 0.4, INK)
    pg.text(bx + 35, by + 41, "主视图", 8, ctx.body, "c", GREY)
    _cnipa_sign(pg, ctx, pg.w - 50, max(by + 64, 240))
    fields, scored = _fields(t)
    return make_doc(PAT, layout, [pg], fields, scored, claim(t.claimant, t.granted.year, t.c))
