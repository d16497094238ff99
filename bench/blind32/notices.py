"""Draw 32: sign-in sheets (签到表) and training notices (通知, 邀请函, 日程安排)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind32 import pools as P
from bench.blind32.ink import (
    GREY,
    INK,
    LH,
    RED,
    centre,
    fmt_h,
    hand,
    landscape,
    make,
    phone_bar,
    portrait,
    sign_off,
    strike,
    who,
)  # fmt: skip
from bench.blind32.pools import Ctx

RANKS = {
    "agri": ["农艺师", "高级农艺师", "助理农艺师", "农业技术推广研究员"],
    "vet": ["兽医师", "高级兽医师", "助理兽医师"],
    "pharm": ["药师", "主管药师", "副主任药师", "主任药师"],
    "mine": ["工程师", "高级工程师", "助理工程师"],
    "grid": ["工程师", "高级工程师", "助理工程师", "技师"],
    "env": ["工程师", "高级工程师", "助理工程师"],
    "school": ["二级教师", "一级教师", "高级教师"],
}
PLACES = ["{m}市会展中心三楼报告厅", "{c}农业农村局五楼会议室", "{m}市行政中心B座210会议室",
          "{m}宾馆二楼多功能厅", "{c}职教中心学术报告厅", "{m}市职工培训基地1号教室"]  # fmt: skip


def _setup(ctx: Ctx) -> dict:
    sector = ctx.pick(P.SECTORS)
    m, c = P.city_county(ctx.rng)
    title = ctx.pick(P.COURSES[sector]) + ctx.pick(P.COURSE_FORMS)
    issuer = ctx.pick([P.BUREAU[sector].format(m=m), P.SOCIETY[sector], f"{m}市专业技术人员继续教育基地"])
    d = P.a_day(ctx.rng)
    return {"sector": sector, "m": m, "c": c, "title": title, "issuer": issuer, "d": d,
            "place": ctx.pick(PLACES).format(m=m, c=c)}  # fmt: skip


def _crowd(ctx: Ctx, s: dict, n: int) -> list[tuple[str, str, str]]:
    taken: set[str] = set()
    units = [P.workplace(ctx.rng, s["sector"], s["m"], ctx.pick(P.COUNTIES[s["m"]])) for _ in range(4)]
    return [(P.person(ctx.rng, taken), ctx.pick(units), ctx.pick(RANKS[s["sector"]])) for _ in range(n)]


# ---- sign-in sheets ---------------------------------------------------------------------------
SCORE_SIGN = ["title", "issuer", "period.start", "period.end", "people"]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    s = _setup(ctx)
    pages, names = {"grid": _sg_grid, "crossed": _sg_crossed, "twocol": _sg_twocol, "pages": _sg_pages,
                    "meeting": _sg_meeting, "handhead": _sg_handhead, "scan": _sg_scan}[v](ctx, s)  # fmt: skip
    d = s["d"].isoformat()
    f = {"title": s["title"], "issuer": s["issuer"], "period": {"start": d, "end": d},
         "people": who(names, "attendee")}  # fmt: skip
    return make("sign_in_sheet", "sign", v, pages, f, SCORE_SIGN, ctx.pick(names), s["d"].year)


def _phone(ctx: Ctx) -> str:
    return f"1{ctx.pick(['35', '39', '58', '86', '53'])}{ctx.rng.randint(0, 9999):04d}{ctx.rng.randint(0, 9999):04d}"


def _sg_grid(ctx: Ctx, s: dict) -> tuple[list[Page], list[str]]:
    pg = portrait()
    st = ctx.style()
    y = pg.wrap(20, 18, 170, s["title"] + "签到表", 17, ctx.bold, 1.5)
    pg.text(20, y + 3, f"时间：{P.day(s['d'], st)}", 11, ctx.body)
    pg.text(100, y + 3, f"地点：{s['place']}", 11, ctx.body)
    crowd = _crowd(ctx, s, ctx.rng.randint(10, 16))
    rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]]
    rows += [[str(i + 1), n, u, r, _phone(ctx), ""] for i, (n, u, r) in enumerate(crowd)]
    top = y + 12
    widths = [12, 22, 62, 24, 30, 26]
    y = pg.table(14, top, widths, rows, 9.5, ctx.body, 11.0, header_font=ctx.bold)
    for i, (n, _, _) in enumerate(crowd):
        hand(pg, ctx, 14 + sum(widths[:5]) + 3, top + 11 * (i + 1) + 2.5, n, 12)
    pg.text(20, y + 8, f"主办单位：{s['issuer']}", 11, ctx.body)
    return [pg], [c[0] for c in crowd]


def _sg_crossed(ctx: Ctx, s: dict) -> tuple[list[Page], list[str]]:
    pg = portrait()
    st = ctx.style()
    centre(pg, ctx, 18, "签　到　表", 22)
    for i, (lab, val) in enumerate([("培训名称", s["title"]), ("培训日期", P.day(s["d"], st)),
                                    ("组织单位", s["issuer"])]):  # fmt: skip
        pg.text(22, 36 + i * 8, f"{lab}：{val}", 11.5, ctx.body)
    crowd = _crowd(ctx, s, ctx.rng.randint(11, 15))
    gone = set(ctx.rng.sample(range(1, len(crowd) - 1), 2))
    top, rh = 64, 12.0
    widths = [40, 70, 32, 40]
    rows = [["姓名", "单位", "签到时间", "备注"]] + [["", u, "", ""] for _, u, _ in crowd]
    pg.table(14, top, widths, rows, 9.5, ctx.body, rh, header_font=ctx.bold)
    kept = []
    for i, (n, _, _) in enumerate(crowd):
        y = top + rh * (i + 1) + 3
        w = hand(pg, ctx, 20, y, n, 13)
        hand(pg, ctx, 14 + 110 + 8, y, f"{ctx.rng.randint(7, 8)}:{ctx.rng.randint(10, 59)}", 11)
        if i in gone:
            strike(pg, 20, y, w, 13)
            pg.line(14 + 40 + 2, y + 2.8, 14 + 110 - 2, y + 2.2, 0.5, INK)
            hand(pg, ctx, 14 + 142 + 4, y, "请假", 11)
        else:
            kept.append(n)
    return [pg], kept


def _sg_twocol(ctx: Ctx, s: dict) -> tuple[list[Page], list[str]]:
    pg = portrait()
    st = ctx.style()
    centre(pg, ctx, 16, s["title"], 15)
    centre(pg, ctx, 25, "学员签到册", 13, bold=False)
    pg.text(16, 36, f"{s['issuer']}　　{P.day(s['d'], st)}　　{s['place']}", 10, ctx.body)
    n = ctx.rng.randint(9, 14)
    crowd = _crowd(ctx, s, 2 * n - ctx.rng.randint(0, 3))
    widths = [10, 20, 34, 25]
    for col in range(2):
        part = crowd[col * n : (col + 1) * n]
        rows = [["序号", "姓名", "单位", "签字"]] + [
            [str(col * n + i + 1), nm, u, ""] for i, (nm, u, _) in enumerate(part)
        ]
        rows += [[str(col * n + i + 1), "", "", ""] for i in range(len(part), n)]
        x = 12 + col * 95
        pg.table(x, 44, widths, rows, 8, ctx.body, 10.5, header_font=ctx.bold)
        for i, (nm, _, _) in enumerate(part):
            hand(pg, ctx, x + 66, 44 + 10.5 * (i + 1) + 2.5, nm, 10.5)
    return [pg], [c[0] for c in crowd]


def _sg_pages(ctx: Ctx, s: dict) -> tuple[list[Page], list[str]]:
    st = ctx.style()
    crowd = _crowd(ctx, s, ctx.rng.randint(16, 22))
    first, rest = crowd[:11], crowd[11:]
    pages = []
    head = ["序号", "姓名", "性别", "工作单位", "职称", "手机号码", "本人签字"]
    widths = [14, 26, 14, 84, 30, 36, 46]
    for p, part in enumerate((first, rest)):
        pg = landscape()
        y = 16
        if p == 0:
            y = centre(pg, ctx, 14, f"{s['title']}签到表", 16)
            pg.text(20, y, f"举办单位：{s['issuer']}", 10.5, ctx.body)
            pg.text(150, y, f"日期：{P.day(s['d'], st)}", 10.5, ctx.body)
            y += 8
        base = 0 if p == 0 else len(first)
        rows = [head] + [
            [str(base + i + 1), n, ctx.pick("男女"), u, r, _phone(ctx), ""]
            for i, (n, u, r) in enumerate(part)
        ]
        pg.table(13, y, widths, rows, 9.5, ctx.body, 12.0, header_font=ctx.bold)
        for i, (n, _, _) in enumerate(part):
            hand(pg, ctx, 13 + sum(widths[:6]) + 6, y + 12 * (i + 1) + 3, n, 12)
        pg.text(148.5, 200, f"第 {p + 1} 页 共 2 页", 9, ctx.body, "c", GREY)
        pages.append(pg)
    return pages, [c[0] for c in crowd]


def _sg_meeting(ctx: Ctx, s: dict) -> tuple[list[Page], list[str]]:
    pg = portrait()
    st = ctx.style(("han", "cjk"))
    y = pg.wrap(20, 20, 170, f"{s['title']}参会人员签到", 16, ctx.bold, 1.5)
    pg.text(190, y + 2, P.day(s["d"], st), 11, ctx.body, "r")
    crowd = _crowd(ctx, s, ctx.rng.randint(9, 14))
    rows = [["序号", "单位", "姓名", "职务/职称", "签到时间"]]
    rows += [[str(i + 1), u, n, r, ""] for i, (n, u, r) in enumerate(crowd)]
    top = y + 10
    y = pg.table(16, top, [12, 70, 28, 34, 34], rows, 9.5, ctx.body, 11, header_font=ctx.bold)
    for i in range(len(crowd)):
        hand(pg, ctx, 16 + 144 + 8, top + 11 * (i + 1) + 2.5, f"8:{ctx.rng.randint(0, 40):02d}", 11)
    pg.text(20, y + 8, f"会议主办：{s['issuer']}", 11, ctx.body)
    pg.text(20, y + 16, f"会议地点：{s['place']}", 11, ctx.body)
    return [pg], [c[0] for c in crowd]


def _sg_handhead(ctx: Ctx, s: dict) -> tuple[list[Page], list[str]]:
    pg = portrait()
    st = ctx.style(("dot", "dots", "cjk"))
    pg.text(105, 14, s["issuer"], 13, ctx.bold, "c", RED)
    pg.line(20, 22, 190, 22, 0.8, RED)
    centre(pg, ctx, 28, "签 到 表", 20)
    pg.text(20, 46, "培训（会议）名称：", 11, ctx.body)
    pg.line(58, 51, 190, 51, 0.2)
    nm_size = 13 if width_mm(s["title"], ctx.hand, 13) < 128 else 10.5
    hand(pg, ctx, 60, 45, s["title"], nm_size)
    pg.text(20, 58, "时间：", 11, ctx.body)
    pg.line(32, 63, 100, 63, 0.2)
    hand(pg, ctx, 34, 57, P.day(s["d"], st), 13)
    pg.text(104, 58, "地点：", 11, ctx.body)
    pg.line(116, 63, 190, 63, 0.2)
    hand(pg, ctx, 118, 57, s["place"][:14], 11)
    crowd = _crowd(ctx, s, ctx.rng.randint(10, 15))
    rows = [["序号", "姓名", "单位", "序号", "姓名", "单位"]]
    half = (len(crowd) + 1) // 2
    for i in range(half):
        j = i + half
        rows.append([str(i + 1), "", "", str(j + 1) if j < len(crowd) else "", "", ""])
    pg.table(16, 72, [10, 30, 45, 10, 30, 45], rows, 9.5, ctx.body, 12, header_font=ctx.bold)
    for i, (n, u, _) in enumerate(crowd):
        col, row = divmod(i, half)
        x = 16 + col * 85
        y = 72 + 12 * (row + 1) + 3
        hand(pg, ctx, x + 12, y, n, 12)
        hand(pg, ctx, x + 41, y + 0.5, u[:7], 8.5)
    return [pg], [c[0] for c in crowd]


def _sg_scan(ctx: Ctx, s: dict) -> tuple[list[Page], list[str]]:
    crowd = _crowd(ctx, s, ctx.rng.randint(8, 12))
    pg = Page(96.0, 40.0 + 15.5 * len(crowd) + 46)
    y = phone_bar(pg, ctx, "签到详情", f"{ctx.rng.randint(9, 18)}:{ctx.rng.randint(10, 59)}")
    y = pg.wrap(6, y, 84, s["title"], 11, ctx.bold, 1.45)
    pg.text(6, y + 1, f"发起单位：{s['issuer']}", 7.5, ctx.body, "l", GREY)
    pg.text(6, y + 6.5, f"签到日期：{s['d'].isoformat()}    已签 {len(crowd)} 人", 7.5, ctx.body, "l", GREY)
    y += 14
    for n, u, _ in crowd:
        pg.rect(4, y - 1, 92, y + 12.5, 0.2, (225, 225, 225), (252, 252, 252))
        pg.rect(7, y + 1.5, 15, y + 9.5, 0, (80, 140, 200), (80, 140, 200))
        pg.text(11, y + 3, n[-1], 7, ctx.body, "c", (255, 255, 255))
        pg.text(18, y + 1, n, 9.5, ctx.body)
        pg.text(18, y + 6.8, u, 6.5, ctx.body, "l", GREY)
        pg.text(
            90,
            y + 1.5,
            f"{s['d'].month:02d}-{s['d'].day:02d} 08:{ctx.rng.randint(0, 59):02d}",
            7,
            ctx.body,
            "r",
        )
        pg.text(90, y + 6.8, "已签到", 7, ctx.body, "r", (40, 150, 70))
        y += 15.5
    return [pg], [c[0] for c in crowd]


# ---- training notices -------------------------------------------------------------------------
SCORE_NOTICE = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    s = _setup(ctx)
    s["end"] = s["d"] + dt.timedelta(days=ctx.pick([1, 2, 2, 3, 4]))
    s["issued"] = s["d"] - dt.timedelta(days=ctx.rng.randint(6, 25))
    s["hours"] = float(ctx.pick([8, 12, 16, 24, 24, 30, 32]))
    return {"redhead": _nt_red, "invite": _nt_invite, "schedule": _nt_schedule, "wechat": _nt_wechat,
            "mail": _nt_mail, "second": _nt_second, "memo": _nt_memo}[v](ctx, s, v)  # fmt: skip


def _nt_doc(ctx: Ctx, s: dict, v: str, pages: list[Page], scored: list[str], person: str,
            holder: str | None = None, names: list[str] | None = None) -> Doc:  # fmt: skip
    f = {"holder": holder, "title": s["title"], "issuer": s["issuer"], "issued_on": s["issued"].isoformat(),
         "period": {"start": s["d"].isoformat(), "end": s["end"].isoformat()},
         "hours_stated": s["hours"] if "hours_stated" in scored else None,
         "people": who(names or [], "attendee")}  # fmt: skip
    return make("training_notice", "notice", v, pages, f, scored, person, s["d"].year)


def _paras(pg: Page, ctx: Ctx, y: float, items: list[str], size: float = 12.5, x: float = 22,
           w: float = 166) -> float:  # fmt: skip
    for t in items:
        y = pg.wrap(x, y, w, t, size, ctx.body, 1.75, indent=size * LH * 2) + 1.2
    return y


def _nt_red(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("cjk", "cjk0", "han"))
    pg.text(105, 24, s["issuer"] + ("文件" if len(s["issuer"]) < 12 else ""), 22 if len(s["issuer"]) < 12 else 17,
            ctx.bold, "c", RED)  # fmt: skip
    abbr = s["m"][0] + ctx.pick(["农", "卫", "教", "环", "人社", "应急"])
    pg.text(105, 42, f"{abbr}字〔{s['issued'].year}〕{ctx.rng.randint(3, 88)}号", 11.5, ctx.body, "c")
    pg.line(20, 50, 190, 50, 1.0, RED)
    y = pg.wrap(30, 58, 150, f"关于举办{s['title']}的通知", 16, ctx.bold, 1.55)
    y = pg.wrap(22, y + 4, 166, f"各县（市、区）有关单位，{s['m']}市直各相关单位：", 12.5, ctx.body)
    items = [f"为进一步提升全市专业技术人员业务能力，经研究，决定举办{s['title']}。现将有关事项通知如下：",
             f"一、培训时间：{P.span(s['d'], s['end'], st)}，{P.day(s['d'] - dt.timedelta(days=1), st)}下午报到。",
             f"二、培训地点：{s['place']}。",
             "三、培训对象：各单位从事相关工作的专业技术人员，每单位限报2至3名。",
             f"四、学时认定：培训结束经考核合格的，由主办单位出具证明，登记继续教育学时{fmt_h(s['hours'])}学时。",
             "五、请各单位于开班前三个工作日将报名回执报送至指定邮箱，逾期不予受理。"]  # fmt: skip
    y = _paras(pg, ctx, y + 2, items)
    sign_off(pg, ctx, [s["issuer"], P.day(s["issued"], st)], y + 14, 12.5, seal=s["issuer"])
    annot = P.person(ctx.rng, set())
    hand(pg, ctx, 20, 276, f"本人已参加　{annot}", 13)
    return _nt_doc(ctx, s, v, [pg], SCORE_NOTICE, annot, holder=annot)


def _nt_invite(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style()
    pg.rect(0, 0, 210, 40, 0, (140, 25, 30), (140, 25, 30))
    pg.text(105, 12, "邀　请　函", 26, ctx.bold, "c", (250, 220, 150))
    guest = P.person(ctx.rng, set())
    y = pg.wrap(22, 58, 166, f"尊敬的{guest}{ctx.pick(['老师', '同志', '专家'])}：", 14, ctx.bold)
    items = [f"兹定于{P.span(s['d'], s['end'], st)}在{s['place']}举办{s['title']}。"
             "本次活动围绕行业新技术、新规范开展专题讲授与交流研讨。",
             f"诚挚邀请您拨冗出席。全程参加者可获继续教育{fmt_h(s['hours'])}学时。",
             "敬请回复是否参加，以便安排食宿。"]  # fmt: skip
    y = _paras(pg, ctx, y + 4, items, 13.5)
    sign_off(pg, ctx, [s["issuer"], P.day(s["issued"], st)], y + 20, 13, seal=s["issuer"])
    pg.text(22, 262, f"联系人：{P.person(ctx.rng, {guest})}　电话：0534-{ctx.rng.randint(2000000, 2999999)}", 10,
            ctx.body, "l", GREY)  # fmt: skip
    return _nt_doc(ctx, s, v, [pg], SCORE_NOTICE, guest, holder=guest)


def _nt_schedule(ctx: Ctx, s: dict, v: str) -> Doc:
    st = ctx.style(("cjk", "cjk0", "dot", "iso"))
    p1 = landscape()
    centre(p1, ctx, 14, s["title"], 17)
    centre(p1, ctx, 24, "课 程 安 排", 14, bold=False)
    lect = P.people(ctx.rng, 5)
    topics = (
        ["开班仪式及政策解读"]
        + [f"{x}专题讲座" for x in ctx.rng.sample(P.COURSES[s["sector"]], 3)]
        + ["结业考核"]
    )
    rows = [["日期", "时间", "课程内容", "授课人", "学时"]]
    days = (s["end"] - s["d"]).days + 1
    per = 3.0
    s["hours"] = per * days * 2
    for i in range(days * 2):
        dd = s["d"] + dt.timedelta(days=i // 2)
        rows.append([P.day(dd, st) if i % 2 == 0 else "", "8:30-11:30" if i % 2 == 0 else "14:00-17:00",
                     topics[i % len(topics)], f"{lect[i % 5]}　{ctx.pick(['教授', '研究员', '高级工程师', '主任'])}",
                     fmt_h(per)])  # fmt: skip
    y = p1.table(18, 34, [48, 36, 100, 58, 18], rows, 10, ctx.body, 11, header_font=ctx.bold)
    p1.text(
        22,
        y + 6,
        f"合计 {fmt_h(s['hours'])} 学时。主办单位：{s['issuer']}　培训地点：{s['place']}",
        10.5,
        ctx.body,
    )
    p2 = landscape()
    centre(p2, ctx, 16, "参训学员名单", 16)
    crowd = _crowd(ctx, s, ctx.rng.randint(10, 18))
    rows = [["序号", "姓名", "工作单位", "职称"]] + [
        [str(i + 1), n, u, r] for i, (n, u, r) in enumerate(crowd)
    ]
    y = p2.table(40, 28, [16, 30, 110, 40], rows, 9.5, ctx.body, 8.5, header_font=ctx.bold)
    sign_off(p2, ctx, [s["issuer"], P.day(s["issued"], st)], y + 8, 11, seal=s["issuer"])
    names = [c[0] for c in crowd]
    return _nt_doc(ctx, s, v, [p1, p2], SCORE_NOTICE, ctx.pick(names), names=names)


def _nt_wechat(ctx: Ctx, s: dict, v: str) -> Doc:
    st = ctx.style(("cjk", "cjk0"))
    names = P.people(ctx.rng, ctx.rng.randint(4, 7))
    pg = Page(100.0, 250.0)
    y = phone_bar(pg, ctx, "公众号", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
    y = pg.wrap(6, y, 88, f"关于举办{s['title']}的通知", 13.5, ctx.bold, 1.45)
    iss = s["issued"]
    pg.text(6, y + 1, f"{s['issuer']}　{iss.isoformat()} {ctx.rng.randint(8, 20)}:{ctx.rng.randint(10, 59)}", 7, ctx.body,
            "l", (90, 110, 150))  # fmt: skip
    items = [f"为提升专业技术人员能力水平，定于{P.span(s['d'], s['end'], st)}在{s['place']}举办{s['title']}。",
             f"培训结束后经考核合格，登记继续教育学时{fmt_h(s['hours'])}学时。",
             "经各单位推荐，以下同志参加本期培训：" + "、".join(names) + "。", "请参训人员按时报到。"]  # fmt: skip
    y = _paras(pg, ctx, y + 9, items, 9.5, 6, 88)
    pg.text(94, y + 4, s["issuer"], 9, ctx.body, "r")
    pg.text(94, y + 10, P.day(iss, st), 9, ctx.body, "r")
    pg.text(6, y + 22, "阅读 2365　　赞 41　　在看 12", 7, ctx.body, "l", GREY)
    return _nt_doc(ctx, s, v, [pg], SCORE_NOTICE, ctx.pick(names), names=names)


def _nt_mail(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("cjk", "spaced", "cjk0"))
    guest = P.person(ctx.rng, set())
    iss = s["issued"]
    rows = [("发件人", f"{s['issuer']} <hyb{ctx.rng.randint(100, 999)}@163.com>"), ("收件人", f"{guest} <zj{ctx.rng.randint(1000, 9999)}@126.com>"),
            ("日　期", f"{iss.isoformat()} {ctx.rng.randint(8, 18):02d}:{ctx.rng.randint(0, 59):02d}"),
            ("主　题", f"会议通知：{s['title']}")]  # fmt: skip
    y = 18
    for lab, val in rows:
        pg.text(16, y, f"{lab}：{val}", 10, ctx.body)
        y += 6.5
    pg.line(16, y + 1, 194, y + 1, 0.3, GREY)
    y = pg.wrap(16, y + 8, 178, f"{guest}同志：", 12, ctx.body)
    items = [f"{s['title']}定于{P.span(s['d'], s['end'], st)}在{s['place']}举行，请您准时参加。",
             f"本次培训共计{fmt_h(s['hours'])}学时，全程参加并考核合格者颁发学时证明。", "收到请回复。"]  # fmt: skip
    y = _paras(pg, ctx, y + 2, items, 12, 16, 178)
    pg.text(120, y + 8, s["issuer"], 12, ctx.body)
    pg.text(120, y + 16, P.day(iss, st), 12, ctx.body)
    return _nt_doc(ctx, s, v, [pg], SCORE_NOTICE, guest, holder=guest)


def _nt_second(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style()
    s["issuer"] = P.SOCIETY[s["sector"]]
    s["title"] = f"{s['issuer']}{ctx.pick(['学术年会', '青年学术论坛', '专业委员会学术交流会'])}"
    y = centre(pg, ctx, 22, s["title"], 16)
    y = centre(pg, ctx, y, "（第二轮通知）", 13, bold=False)
    items = [f"会议时间：{P.span(s['d'], s['end'], st)}，{P.day(s['d'], st)}全天报到。",
             f"会议地点：{s['place']}。",
             "会议内容：特邀报告、专题分会场交流、青年论文评选及壁报展示。",
             "注册费：会员800元，非会员1000元，学生500元，现场缴纳并开具电子发票。",
             "请参会代表于会前通过学会网站完成注册并提交论文摘要。"]  # fmt: skip
    y = _paras(pg, ctx, y + 6, items)
    sign_off(pg, ctx, [s["issuer"], P.day(s["issued"], st)], y + 14, 12.5, seal=s["issuer"])
    annot = P.person(ctx.rng, set())
    hand(pg, ctx, 128, 20, f"{annot} 已报名", 13)
    pg.line(126, 28, 185, 28, 0.4, INK)
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"]
    return _nt_doc(ctx, s, v, [pg], scored, annot, holder=annot)


def _nt_memo(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("dot", "iso", "cjk"))
    s["issuer"] = P.workplace(ctx.rng, s["sector"], s["m"], s["c"])
    s["title"] = ctx.pick(["", f"{s['d'].year}年"]) + ctx.pick(P.COURSES[s["sector"]]) + "岗位培训"
    y = centre(pg, ctx, 20, f"{s['issuer']}", 13, bold=False)
    y = pg.wrap(24, y + 2, 162, f"{s['title']}安排", 17, ctx.bold, 1.5)
    items = [f"为落实年度继续教育计划，定于{P.span(s['d'], s['end'], st, '—')}组织开展{s['title']}，"
             f"培训地点：{s['place']}，共{fmt_h(s['hours'])}学时。参训人员如下，请合理安排工作，准时参加。"]  # fmt: skip
    y = _paras(pg, ctx, y + 4, items, 12)
    crowd = _crowd(ctx, s, ctx.rng.randint(6, 11))
    rows = [["序号", "姓名", "职称", "备注"]] + [[str(i + 1), n, r, ""] for i, (n, _, r) in enumerate(crowd)]
    y = pg.table(30, y + 4, [16, 40, 50, 44], rows, 10, ctx.body, 9, header_font=ctx.bold)
    sign_off(pg, ctx, [f"{s['issuer']}", P.day(s["issued"], st)], y + 14, 12, seal=s["issuer"])
    names = [c[0] for c in crowd]
    return _nt_doc(ctx, s, v, [pg], SCORE_NOTICE, ctx.pick(names), names=names)
