"""Training certificates, sign-in sheets and training notices of draw 36 (qualifications and others: quals.py)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind36 import ink
from bench.blind36.ink import GREY, RED, border, grid, hand, para, seal, txt
from bench.blind36.pools import (
    PLATFORMS,
    PUBLIC_TOPICS,
    STYLES,
    Ctx,
    Who,
    day,
    fdate,
    fmonth,
    later,
    people,
    who,
)
from bench.blind36.quals import other, qualification_certificate

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


def _ppl(names: list[str], role: str) -> list[dict]:
    return [{"name": n, "rank": i + 1, "role": role} for i, n in enumerate(names)]


def _with(names: list[str], nm: str, ctx: Ctx) -> None:
    if nm not in names:
        names[ctx.rng.randrange(len(names))] = nm


def _course(ctx: Ctx, w: Who, cat: str | None) -> str:
    if cat == "public":
        return ctx.pick(PUBLIC_TOPICS)
    return w.topic(ctx.rng)


def _hours(ctx: Ctx) -> float:
    return float(ctx.pick([6, 8, 12, 16, 20, 24, 30, 32, 40, 48])) if ctx.rng.random() < 0.85 else 7.5


def _h(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def _place(ctx: Ctx, w: Who) -> str:
    return ctx.pick([f"{w.city}市{w.county}会议中心", f"{w.city}市职工培训中心三楼报告厅", f"{w.school()}第二教室",
                     f"{w.city}宾馆二楼多功能厅", f"{w.unit}学术报告厅"])  # fmt: skip


def _no(ctx: Ctx, prefix: str) -> str:
    return f"{prefix}{ctx.rng.randint(2017, 2024)}{ctx.rng.randint(1, 9999):04d}"


# ==== training certificates ========================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training_certificate")
    cat = (None, "public", "professional")[k % 3]
    w = who(ctx.rng)
    course = _course(ctx, w, cat)
    issuer = w.organiser(ctx.rng)
    hours = _hours(ctx)
    start = day(ctx.rng, 2018, 2024)
    end = later(start, 0, 5, ctx.rng)
    issued = later(end, 0, 12, ctx.rng)
    st = ctx.pick(STYLES)
    fields = {"holder": w.name, "title": None, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "hours_stated": hours}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    title = course + ctx.pick(["培训班", "专题培训", "研修班", "继续教育培训"])
    catline = CAT_WORD.get(cat or "", "")
    pages = []
    if v == "grid":
        pg = Page()
        border(pg, "thin")
        txt(pg, ctx, 105, 30, "培 训 结 业 证 书", 26, "c", True)
        txt(pg, ctx, 182, 48, "编号：" + _no(ctx, "PX"), 10, "r", color=GREY)
        rows = [[("姓  名", 30, "l"), (w.name, 55, "v"), ("性  别", 30, "l"), (w.sex, 45, "v")],
                [("工作单位", 30, "l"), (w.unit, 130, "p")],
                [("培训项目", 30, "l"), (title, 130, "p")],
                [("培训时间", 30, "l"), (fdate(start, st) + " 至 " + fdate(end, st), 130, "p")]]  # fmt: skip
        if catline:
            rows.append([("科目类别", 30, "l"), (catline, 130, "p")])
        rows.append(
            [("学  时", 30, "l"), (f"{_h(hours)} 学时", 55, "v"), ("考核结果", 30, "l"), ("合格", 45, "v")]
        )
        y = grid(pg, ctx, 25, 58, rows, 13, 12)
        para(pg, ctx, 30, y + 14, 150, "该同志完成上述培训全部课程，经考核成绩合格，准予结业。", 13)
        txt(pg, ctx, 150, y + 50, issuer, 13, "c")
        txt(pg, ctx, 150, y + 60, fdate(issued, st), 13, "c")
        seal(pg, ctx, 150, y + 52, issuer)
        pages = [pg]
    elif v == "prose":
        pg = Page(297, 210)
        border(pg, "double")
        txt(pg, ctx, 148.5, 32, "结 业 证 书", 32, "c", True)
        txt(pg, ctx, 40, 62, f"{w.name} 同志：", 16)
        kind = f"{catline}" if catline else ""
        s = (
            f"于{fdate(start, st)}至{fdate(end, st)}参加{issuer}举办的“{title}”{kind}学习，完成规定课程"
            f"共计{_h(hours)}学时，经考核成绩合格，特发此证。"
        )
        para(pg, ctx, 40, 76, 215, s, 16, 2.0)
        txt(pg, ctx, 220, 150, issuer, 15, "c")
        txt(pg, ctx, 220, 162, fdate(issued, st), 15, "c")
        seal(pg, ctx, 220, 154, issuer)
        pages = [pg]
    elif v == "online":
        plat = ctx.pick(PLATFORMS)
        fields["issuer"] = plat
        m0 = dt.date(issued.year, ctx.rng.randint(1, 6), 1)
        m1 = dt.date(issued.year, m0.month + ctx.rng.randint(2, 5), 1)
        issued = dt.date(issued.year, m1.month, ctx.rng.randint(1, 28))
        fields.update(period={"start": f"{m0.year}-{m0.month:02d}", "end": f"{m1.year}-{m1.month:02d}"},
                      issued_on=issued.isoformat())  # fmt: skip
        title = f"{issued.year}年度{course}网络课程"
        pg = Page(92, 196)
        y = ink.phone(pg, ctx, "我的证书")
        ink.card(pg, y, 186)
        txt(pg, ctx, 46, y + 5, plat, 12, "c", True, (30, 110, 200))
        txt(pg, ctx, 46, y + 14, "网络学习合格证明", 14, "c", True)
        rows = [("学员姓名", w.name), ("所在单位", w.unit), ("课程名称", title),
                ("学习时段", f"{fmonth(m0.year, m0.month, 'ymd')}—{fmonth(m1.year, m1.month, 'ymd')}"),
                ("获得学时", f"{_h(hours)}学时")]  # fmt: skip
        if catline:
            rows.append(("学时类型", catline))
        rows.append(("生成日期", fdate(issued, "iso")))
        yy = y + 26
        for lab, val in rows:
            txt(pg, ctx, 8, yy, lab, 8.5, color=GREY)
            yy = pg.wrap(26, yy, 60, val, 8.5, ctx.body, 1.5) + 2.4
        seal(pg, ctx, 66, yy + 6, plat, 12)
        txt(pg, ctx, 46, 178, "长按图片可保存至相册", 7.5, "c", color=GREY)
        pages = [pg]
    elif v == "bilingual":
        pg = Page(297, 210)
        border(pg, "corner", (40, 70, 130))
        txt(pg, ctx, 148.5, 26, "培训合格证书", 28, "c", True)
        txt(pg, ctx, 148.5, 42, "CERTIFICATE OF TRAINING", 15, "c", True, (40, 70, 130))
        s = f"兹证明 {w.name} 于{fdate(start, st)}至{fdate(end, st)}参加“{title}”，完成{_h(hours)}学时，成绩合格。"
        para(pg, ctx, 35, 62, 227, s, 15, 2.0)
        para(pg, ctx, 35, 92, 227, (f"This is to certify that the holder attended the above programme from "
                                    f"{fdate(start, 'us')} to {fdate(end, 'us')} and completed {_h(hours)} "
                                    f"credit hours."), 12, 1.7, False)  # fmt: skip
        if catline:
            txt(pg, ctx, 35, 118, f"科目 Category：{catline}", 12)
        txt(pg, ctx, 60, 150, f"证书编号 No.：{_no(ctx, 'C')}", 11)
        txt(pg, ctx, 215, 146, issuer, 14, "c")
        txt(pg, ctx, 215, 157, f"{fdate(issued, st)}（Date: {fdate(issued, 'us')}）", 12, "c")
        seal(pg, ctx, 215, 150, issuer)
        pages = [pg]
    elif v == "hoursproof":
        pg = Page()
        txt(pg, ctx, 105, 28, "继续教育学时证明", 22, "c", True)
        s = (
            f"兹证明{w.unit}{w.name}同志（{w.title}）于{fdate(start, st)}至{fdate(end, st)}参加我单位组织的"
            f"“{title}”，按要求完成学习任务，考核合格，共计{_h(hours)}学时。"
        )
        y = para(pg, ctx, 22, 48, 166, s, 13, 2.0)
        n = 3
        parts = [hours // n] * (n - 1)
        parts.append(hours - sum(parts))
        rows = [["序号", "日期", "学习内容", "类别", "学时"]]
        for i in range(n):
            d = min(start + dt.timedelta(days=i), end)
            rows.append([str(i + 1), fdate(d, "dotpad"), f"专题{'一二三'[i]}", catline or "—", _h(parts[i])])
        y = pg.table(22, y + 6, [14, 36, 66, 30, 20], rows, 11, ctx.body, 10)
        txt(pg, ctx, 22, y + 10, "特此证明。", 13)
        txt(pg, ctx, 150, y + 36, issuer, 13, "c")
        txt(pg, ctx, 150, y + 46, fdate(issued, st), 13, "c")
        seal(pg, ctx, 150, y + 38, issuer)
        pages = [pg]
    elif v == "trad":
        st = ctx.pick(["cn", "cno"])
        pg = Page()
        border(pg, "double", (150, 110, 40))
        txt(pg, ctx, 105, 40, "結 業 證 書", 30, "c", True, (150, 40, 30))
        txt(pg, ctx, 105, 60, f"证书编号：{_no(ctx, 'JY')}", 10, "c", color=GREY)
        txt(pg, ctx, 32, 84, f"学员  {w.name}", 16)
        s = (
            f"于{fdate(start, st)}至{fdate(end, st)}在{issuer}参加{title}"
            f"{'（' + catline + '）' if catline else ''}，修完全部课程，计{_h(hours)}学时，成绩合格，准予结业。"
        )
        para(pg, ctx, 32, 102, 146, s, 15, 2.1)
        txt(pg, ctx, 140, 200, issuer, 14, "c")
        txt(pg, ctx, 140, 212, fdate(issued, st), 14, "c")
        seal(pg, ctx, 140, 204, issuer)
        pages = [pg]
    elif v == "stub":
        pg = Page(297, 210)
        txt(pg, ctx, 45, 24, "存  根", 18, "c", True)
        txt(pg, ctx, 14, 40, f"编号：{_no(ctx, 'CG')}", 10)
        y = 128
        for lab, val in (("姓名", w.name), ("单位", w.unit[:12]), ("学时", _h(hours)), ("经办人", "")):
            txt(pg, ctx, 14, y, f"{lab}：{val}", 10.5)
            y += 12
        hand(pg, ctx, 36, y - 12, ctx.pick(["刘", "韩", "周", "贺"]) + ctx.pick(["敏", "捷", "森"]), 12)
        for yy in range(12, 200, 6):
            pg.line(92, yy, 92, yy + 3, 0.4)
        seal(pg, ctx, 92, 70, issuer, 16)
        border(pg, "thin")
        txt(pg, ctx, 192, 28, "培 训 证 书", 26, "c", True)
        s = (
            f"{w.name}同志参加了{issuer}于{fdate(start, st)}至{fdate(end, st)}举办的{title}，"
            f"学习期满，考核合格，获得{catline}{_h(hours)}学时。"
        )
        para(pg, ctx, 108, 58, 170, s, 14, 2.1)
        txt(pg, ctx, 235, 150, issuer, 13, "c")
        txt(pg, ctx, 235, 161, fdate(issued, st), 13, "c")
        seal(pg, ctx, 235, 153, issuer)
        pages = [pg]
    else:  # month
        st = ctx.pick(["ymd", "pad", "cn", "dot"])
        m = dt.date(start.year, start.month, 1)
        fields.update(period={"start": f"{m.year}-{m.month:02d}", "end": f"{m.year}-{m.month:02d}"},
                      issued_on=f"{m.year}-{m.month:02d}")  # fmt: skip
        pg = Page()
        border(pg, "band", (30, 90, 60))
        txt(pg, ctx, 105, 36, "合格证书", 28, "c", True, (30, 90, 60))
        rows = [("姓    名", w.name), ("单    位", w.unit), ("培训内容", title),
                ("培训时间", fmonth(m.year, m.month, st)), ("学    时", f"{_h(hours)}")]  # fmt: skip
        if catline:
            rows.insert(3, ("类    别", catline))
        y = 70
        for lab, val in rows:
            txt(pg, ctx, 36, y, lab + "：", 14)
            pg.line(68, y + 6.2, 182, y + 6.2, 0.3)
            txt(pg, ctx, 72, y, val, 14)
            y += 15
        txt(pg, ctx, 36, y + 8, "经考核合格，特发此证。", 14)
        txt(pg, ctx, 150, y + 40, issuer, 13, "c")
        txt(pg, ctx, 150, y + 50, fmonth(m.year, m.month, st), 13, "c")
        seal(pg, ctx, 150, y + 42, issuer)
        pages = [pg]
    fields["title"] = title
    year = int(fields["issued_on"][:4])
    return ink.doc("training_certificate", v, pages, fields, scored, w.name, year, cat)


# ==== sign-in sheets ===========================================================================
def _phone_no(ctx: Ctx) -> str:
    return f"1{ctx.pick('35789')}{ctx.rng.randint(0, 9)}****{ctx.rng.randint(0, 9999):04d}"


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign_in_sheet")
    w = who(ctx.rng)
    n = ctx.rng.randint(7, 12) if v != "twopage" else ctx.rng.randint(20, 26)
    names = people(ctx.rng, n)
    ci = ctx.rng.randrange(n)
    names[ci] = w.name if w.name not in names else names[ci]
    issuer = w.organiser(ctx.rng)
    title = w.topic(ctx.rng) + ctx.pick(["培训会", "专题讲座", "业务培训班", "技术培训"])
    d0 = day(ctx.rng, 2018, 2024)
    d1 = d0 if v != "ampm" else later(d0, 1, 1, ctx.rng)
    st = ctx.pick(STYLES)
    units = [who(ctx.rng, trade=w.trade, city=w.city).unit for _ in names]
    fields = {"title": title, "issuer": issuer, "period": {"start": d0.isoformat(), "end": d1.isoformat()},
              "people": _ppl(names, "attendee")}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    pages = []
    if v in ("table", "inkonly", "headgrid", "twopage"):
        per = n if v != "twopage" else 15
        for p0 in range(0, n, per):
            pg = Page()
            chunk = list(range(p0, min(n, p0 + per)))
            if p0 == 0:
                if v == "headgrid":
                    txt(pg, ctx, 105, 20, "培训签到表", 20, "c", True)
                    y = grid(pg, ctx, 18, 34, [[("培训项目", 30, "l"), (title, 144, "p")],
                                               [("主办单位", 30, "l"), (issuer, 144, "p")],
                                               [("培训时间", 30, "l"), (fdate(d0, st), 57, "p"),
                                                ("地点", 30, "l"), (_place(ctx, w)[:10], 57, "p")]], 10, 11)  # fmt: skip
                else:
                    txt(pg, ctx, 105, 20, title, 17, "c", True)
                    txt(pg, ctx, 105, 31, "签 到 表", 17, "c", True)
                    txt(pg, ctx, 18, 44, f"主办单位：{issuer}", 11)
                    txt(pg, ctx, 18, 52, f"时间：{fdate(d0, st)}    地点：{_place(ctx, w)}", 11)
                    y = 60
            else:
                txt(pg, ctx, 105, 18, "签到表（续）", 14, "c", True)
                y = 28
            if v == "inkonly":
                rows = [["序号", "姓名", "工作单位", "手机号码"]]
                y = pg.table(18, y, [14, 34, 92, 34], rows, 11, ctx.bold, 11)
                for i in chunk:
                    pg.table(18, y, [14, 34, 92, 34], [[str(i + 1), "", "", ""]], 11, ctx.body, 11)
                    hand(pg, ctx, 18 + 14 + 17, y + 2.2, names[i], 14, "c")
                    hand(pg, ctx, 18 + 48 + 46, y + 2.6, units[i][:14], 11, "c")
                    hand(
                        pg,
                        ctx,
                        18 + 140 + 17,
                        y + 2.8,
                        _phone_no(ctx).replace("****", str(ctx.rng.randint(1000, 9999))),
                        10,
                        "c",
                    )
                    y += 11
            else:
                rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
                rows += [
                    [str(i + 1), names[i], units[i], ctx.pick(["初级", "中级", "副高", "正高"]), ""]
                    for i in chunk
                ]
                top = y
                y = pg.table(18, y, [14, 28, 84, 20, 28], rows, 10.5, ctx.body, 10, header_font=ctx.bold)
                for j, i in enumerate(chunk):
                    if ctx.rng.random() < 0.9:
                        hand(pg, ctx, 18 + 146 + 14, top + 10 * (j + 1) + 1.8, names[i], 13, "c")
            if p0 + per >= n:
                txt(pg, ctx, 18, y + 8, f"应到 {n} 人，实到 {n} 人。", 11)
            txt(pg, ctx, 105, 285, f"第 {p0 // per + 1} 页", 9, "c", color=GREY)
            pages.append(pg)
    elif v == "twinland":
        pg = Page(297, 210)
        txt(pg, ctx, 148.5, 16, f"“{title}”参训人员签到", 17, "c", True)
        txt(pg, ctx, 20, 30, f"组织单位：{issuer}", 11)
        txt(pg, ctx, 277, 30, f"日期：{fdate(d0, st)}", 11, "r")
        half = (n + 1) // 2
        for side in (0, 1):
            x = 20 + side * 132
            rows = [["序号", "姓名", "单位", "签名"]]
            idx = list(range(side * half, min(n, (side + 1) * half)))
            rows += [[str(i + 1), names[i], units[i][:11], ""] for i in idx]
            pg.table(x, 40, [12, 24, 62, 28], rows, 9.5, ctx.body, 10, header_font=ctx.bold)
            for j, i in enumerate(idx):
                hand(pg, ctx, x + 98 + 14, 40 + 10 * (j + 1) + 1.8, names[i], 12, "c")
        pages = [pg]
    elif v == "ampm":
        pg = Page()
        txt(pg, ctx, 105, 20, f"{issuer}", 13, "c")
        txt(pg, ctx, 105, 30, f"{title}学员签到簿", 17, "c", True)
        txt(pg, ctx, 18, 44, f"培训日期：{fdate(d0, st)}—{fdate(d1, st)}", 11)
        rows = [["序号", "姓名", "单位", "第一天", "第二天"]]
        rows += [[str(i + 1), names[i], units[i], "", ""] for i in range(n)]
        top = 52
        y = pg.table(18, top, [14, 28, 84, 24, 24], rows, 10.5, ctx.body, 10, header_font=ctx.bold)
        for i in range(n):
            for c in (0, 1):
                if ctx.rng.random() < 0.85:
                    hand(pg, ctx, 18 + 126 + 12 + 24 * c, top + 10 * (i + 1) + 1.8, "√", 13, "c")
        pages = [pg]
    else:  # screen
        pg = Page(92, 200)
        y = ink.phone(pg, ctx, "签到统计", (20, 150, 110))
        ink.card(pg, y, y + 30)
        pg.wrap(8, y + 3, 76, title, 10.5, ctx.bold, 1.4)
        txt(pg, ctx, 8, y + 15, f"发起：{issuer}", 7.5, color=GREY)
        txt(pg, ctx, 8, y + 21, f"日期：{fdate(d0, 'iso')}   已签 {n} 人", 7.5, color=GREY)
        y += 34
        shown = 0
        for i, nm in enumerate(names):
            if y > 180:
                break
            shown += 1
            ink.card(pg, y, y + 11)
            pg.rect(7, y + 2, 14, y + 9, 0, (20, 150, 110), (20, 150, 110))
            txt(pg, ctx, 10.5, y + 3.6, nm[-1], 7, "c", color=(255, 255, 255))
            txt(pg, ctx, 17, y + 2, f"{i + 1}. {nm}", 9)
            txt(pg, ctx, 17, y + 6.6, units[i][:16], 6.5, color=GREY)
            txt(pg, ctx, 86, y + 3, f"{ctx.rng.randint(7, 8):02d}:{ctx.rng.randint(0, 59):02d} 已签到", 7, "r",
                color=(20, 150, 110))  # fmt: skip
            y += 12.5
        names = names[:shown]
        fields["people"] = _ppl(names, "attendee")
        pages = [pg]
    claim = w.name if w.name in names else names[0]
    return ink.doc("sign_in_sheet", v, pages, fields, scored, claim, d0.year)


# ==== training notices ============================================================================
def _doc_no(ctx: Ctx, w: Who, year: int) -> str:
    short = {"烟台": "烟", "开封": "汴"}[w.city]
    return f"{short}{ctx.pick(['农', '卫', '教', '统', '人社', '水'])}{ctx.pick(['发', '函', '字'])}〔{year}〕{ctx.rng.randint(3, 88)}号"


def _notice_body(ctx: Ctx, w: Who, title: str, start: dt.date, end: dt.date, st: str, hours: float,
                 cat: str | None) -> list[str]:  # fmt: skip
    word = CAT_WORD.get(cat or "", "继续教育")
    return [
        f"为进一步提升全市{ctx.pick(['基层', '行业', '系统内'])}专业技术人员业务能力，经研究，决定举办{title}。现将有关事项通知如下：",
        f"一、培训时间：{fdate(start, st)}至{fdate(end, st)}，{fdate(start, st)}上午8:30前报到。",
        f"二、培训地点：{_place(ctx, w)}。",
        f"三、培训对象：各单位从事相关工作的专业技术人员，每单位限报{ctx.rng.randint(2, 5)}人。",
        f"四、培训内容：{w.topic(ctx.rng)}、政策法规解读、典型案例研讨等。",
        f"五、学时认定：全程参加并考核合格者，登记{word}{_h(hours)}学时。",
        "六、其他事项：培训不收取费用，食宿统一安排，交通费回原单位报销。",
    ]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training_notice")
    w = who(ctx.rng)
    cat = ctx.pick([None, "public", "professional"])
    course = _course(ctx, w, cat)
    issuer = w.organiser(ctx.rng)
    title = course + ctx.pick(["培训班", "专题研修班", "高级研修班"])
    issued = day(ctx.rng, 2018, 2024)
    start = later(issued, 7, 30, ctx.rng)
    end = later(start, 1, 4, ctx.rng)
    hours = _hours(ctx)
    st = ctx.pick(STYLES)
    fields = {"title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "hours_stated": hours}  # fmt: skip
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    body = _notice_body(ctx, w, title, start, end, st, hours, cat)
    claim = w.name
    pages = []
    if v in ("redhead", "annotated", "reply"):
        pg = Page()
        if v == "redhead":
            txt(pg, ctx, 105, 26, f"{issuer}文件", 24 if len(issuer) < 11 else 19, "c", True, RED)
            txt(pg, ctx, 105, 46, _doc_no(ctx, w, issued.year), 12, "c")
            pg.line(20, 54, 190, 54, 1.0, RED)
            y = 64
        else:
            y = 26
        y = pg.wrap(30, y, 150, f"关于举办{title}的通知", 17, ctx.bold, 1.5) + 6
        txt(
            pg,
            ctx,
            22,
            y,
            ctx.pick(["各县市区相关单位：", "各有关单位：", "各区县（市）主管部门，市直各单位："]),
            13,
        )
        y += 10
        for ln in body:
            y = para(pg, ctx, 22, y, 166, ln, 12.5, 1.85) + 1.5
        txt(pg, ctx, 150, y + 18, issuer, 13, "c")
        txt(pg, ctx, 150, y + 28, fdate(issued, st), 13, "c")
        seal(pg, ctx, 150, y + 20, issuer)
        pages = [pg]
        if v == "annotated":
            fields["holder"] = w.name
            att = later(start, 0, (end - start).days, ctx.rng)
            hand(pg, ctx, 112, y + 52, f"已参加  {w.name}", 17)
            hand(pg, ctx, 120, y + 62, fdate(att, "dot"), 15)
        if v == "redhead":
            names = people(ctx.rng, ctx.rng.randint(5, 10))
            _with(names, w.name, ctx)
            p2 = Page()
            txt(p2, ctx, 22, 22, "附件", 14, bold=True)
            txt(p2, ctx, 105, 34, "参训人员名单", 17, "c", True)
            rows = [["序号", "姓名", "工作单位", "职称"]]
            rows += [[str(i + 1), nm, who(ctx.rng, trade=w.trade, city=w.city).unit, ctx.pick(["中级", "初级", "副高"])]
                     for i, nm in enumerate(names)]  # fmt: skip
            p2.table(22, 46, [16, 30, 100, 20], rows, 11, ctx.body, 10, header_font=ctx.bold)
            pages.append(p2)
            fields["people"] = _ppl(names, "attendee")
        if v == "reply":
            fields["holder"] = w.name
            p2 = Page()
            txt(p2, ctx, 22, 22, "附件", 14, bold=True)
            txt(p2, ctx, 105, 34, "参 训 回 执", 18, "c", True)
            rows = [[("姓名", 30, "l"), (w.name, 55, "h"), ("性别", 30, "l"), (w.sex, 51, "h")],
                    [("工作单位", 30, "l"), (w.unit, 136, "h")],
                    [("职称", 30, "l"), (w.title, 55, "h"), ("联系电话", 30, "l"), (_phone_no(ctx), 51, "h")],
                    [("是否住宿", 30, "l"), (ctx.pick(["是", "否"]), 136, "h")]]  # fmt: skip
            y2 = grid(p2, ctx, 22, 50, rows, 14, 12)
            txt(
                p2,
                ctx,
                22,
                y2 + 8,
                f"请于{fdate(later(issued, 2, 6, ctx.rng), st)}前将回执报送{issuer}。",
                11,
            )
            pages.append(p2)
    elif v == "invite":
        fields["holder"] = w.name
        pg = Page()
        border(pg, "corner", (150, 30, 30))
        txt(pg, ctx, 105, 32, "邀  请  函", 26, "c", True, (150, 30, 30))
        txt(pg, ctx, 28, 56, f"尊敬的{w.name}{ctx.pick(['老师', '同志', '专家'])}：", 14)
        s = (
            f"兹定于{fdate(start, st)}至{fdate(end, st)}在{_place(ctx, w)}举办“{title}”。您长期从事相关工作，"
            f"经验丰富，特邀请您拨冗参加。参加本次培训可获{_h(hours)}学时，会议期间食宿统一安排。"
        )
        y = para(pg, ctx, 28, 70, 154, s, 14, 2.0)
        y = para(pg, ctx, 28, y + 4, 154, "敬请光临！", 14, 2.0)
        txt(pg, ctx, 150, y + 30, issuer, 13, "c")
        txt(pg, ctx, 150, y + 40, fdate(issued, st), 13, "c")
        seal(pg, ctx, 150, y + 32, issuer)
        pages = [pg]
    elif v == "agenda":
        fields["holder"] = w.name
        fields["issued_on"] = None
        scored.remove("issued_on")
        pg = Page(297, 210)
        txt(pg, ctx, 148.5, 16, f"{title}日程安排", 18, "c", True)
        txt(pg, ctx, 20, 30, f"主办单位：{issuer}", 11)
        txt(pg, ctx, 277, 30, f"时间：{fdate(start, st)}—{fdate(end, st)}", 11, "r")
        rows = [["日期", "时间", "内容", "主讲人", "学时"]]
        dd = start
        total = 0.0
        slots = []
        while dd <= end:
            slots += [(dd, "08:30-11:30"), (dd, "14:00-17:00")]
            dd += dt.timedelta(days=1)
        per = hours / len(slots)
        for i, (dd, tm) in enumerate(slots):
            hh = round(per, 1) if i < len(slots) - 1 else round(hours - total, 1)
            total += hh
            rows.append([fdate(dd, "dotpad"), tm, w.topic(ctx.rng) if i % 2 else ctx.pick(PUBLIC_TOPICS)[:14],
                         ctx.pick("王赵钱孙李") + "教授", ""])  # fmt: skip
        rows.append(["", "", "合计", "", f"{_h(hours)}学时"])
        pg.table(20, 40, [34, 34, 130, 34, 25], rows, 10, ctx.body, 10, header_font=ctx.bold)
        hand(pg, ctx, 200, 190, f"参训人：{w.name}", 15)
        pages = [pg]
    elif v == "screen":
        names = people(ctx.rng, ctx.rng.randint(4, 7))
        _with(names, w.name, ctx)
        fields["people"] = _ppl(names, "attendee")
        pg = Page(92, 260)
        y = ink.phone(pg, ctx, "公众号文章", (60, 60, 60))
        y = pg.wrap(6, y, 80, f"关于举办{title}的通知", 12, ctx.bold, 1.45) + 2
        txt(pg, ctx, 6, y, f"{issuer}  {fdate(issued, 'iso')}", 7, color=(80, 110, 160))
        y += 7
        for ln in body:
            y = pg.wrap(6, y, 80, ln, 8, ctx.body, 1.6) + 1
        txt(pg, ctx, 6, y + 2, "附：参训学员名单", 8.5, bold=True)
        y += 8
        for i in range(0, len(names), 3):
            txt(pg, ctx, 6, y, "    ".join(names[i : i + 3]), 8)
            y += 5.5
        fields["holder"] = None
        pages = [pg]
    else:  # term: an online study term, months only
        yr = issued.year
        m0, m1 = ctx.rng.randint(3, 6), ctx.rng.randint(9, 11)
        issued = dt.date(yr, m0 - 1, ctx.rng.randint(1, 28))
        title = f"{yr}年度专业技术人员{'公需科目' if cat == 'public' else '继续教育'}网络学习"
        fields.update(title=title, issued_on=issued.isoformat(),
                      period={"start": f"{yr}-{m0:02d}", "end": f"{yr}-{m1:02d}"})  # fmt: skip
        plat = ctx.pick(PLATFORMS)
        issuer = f"{w.city}市人力资源和社会保障局"
        fields["issuer"] = issuer
        pg = Page()
        pg.wrap(30, 24, 150, f"关于开展{title}的通知", 17, ctx.bold, 1.5)
        txt(pg, ctx, 22, 48, "各县市区人力资源社会保障局，市直各单位：", 13)
        lines = [f"现就组织开展{title}有关事项通知如下：",
                 f"一、学习时间：{fmonth(yr, m0, st)}至{fmonth(yr, m1, st)}。",
                 f"二、学习平台：{plat}，学员使用身份证号登录。",
                 f"三、学时要求：每人须完成{_h(hours)}学时，学习记录作为年度继续教育学时登记依据。",
                 "四、各单位要督促参学人员按期完成学习，并于学习结束后汇总上报。"]  # fmt: skip
        y = 58
        for ln in lines:
            y = para(pg, ctx, 22, y, 166, ln, 12.5, 1.85) + 1.5
        names = people(ctx.rng, ctx.rng.randint(4, 8))
        _with(names, w.name, ctx)
        txt(pg, ctx, 22, y + 4, f"附：{w.unit}参学人员", 12, bold=True)
        rows = [["序号", "姓名", "岗位"]] + [[str(i + 1), nm, ctx.pick(["技术岗", "专技岗", "管理岗兼专技"])]
                                         for i, nm in enumerate(names)]  # fmt: skip
        y = pg.table(22, y + 12, [16, 40, 60], rows, 11, ctx.body, 9, header_font=ctx.bold)
        fields["people"] = _ppl(names, "attendee")
        txt(pg, ctx, 150, y + 14, issuer, 13, "c")
        txt(pg, ctx, 150, y + 24, fdate(issued, st), 13, "c")
        seal(pg, ctx, 150, y + 16, issuer)
        pages = [pg]
    return ink.doc("training_notice", v, pages, fields, scored, claim, start.year if v != "term" else issued.year,
                   cat)  # fmt: skip
