"""Draw 33 builders: training certificates, sign-in sheets, notices, qualifications and other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind33 import ink, pools
from bench.blind33.notices import sign_in_sheet, training_notice
from bench.blind33.pools import Ctx, day, iso, month, span, ym
from bench.blind33.quals import other, qualification_certificate

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

TC_SCORED = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
EN_SCHOOL = {
    "鲁东大学继续教育学院": "School of Continuing Education, Ludong University",
    "烟台大学继续教育学院": "School of Continuing Education, Yantai University",
    "中国海洋大学继续教育学院": "College of Continuing Education, Ocean University of China",
    "山东交通学院继续教育学院": "School of Continuing Education, Shandong Jiaotong University",
    "滨州医学院继续教育学院": "School of Continuing Education, Binzhou Medical University",
    "湖南城市学院继续教育学院": "School of Continuing Education, Hunan City University",
    "湖南大学继续教育学院": "School of Continuing Education, Hunan University",
    "湖南农业大学继续教育学院": "School of Continuing Education, Hunan Agricultural University",
    "长沙理工大学继续教育学院": "School of Continuing Education, Changsha University of Science & Technology",
}
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]  # fmt: skip


class TC:
    """The values one training certificate prints."""

    def __init__(self, ctx: Ctx) -> None:
        r = ctx.rng
        self.prov, self.city = pools.prov_city(r)
        self.name = pools.people(r, 1)[0]
        self.work = pools.workplace(r, self.city)
        self.fld, _ = pools.field_of(r)
        self.cat = ctx.pick("tc.cat", ["public", "professional", None])
        self.topic = r.choice(pools.PUBLIC_TOPICS) if self.cat == "public" else pools.topic(r, self.fld)
        self.issuer = pools.trainer(r, self.prov, self.city)
        self.start = pools.some_day(r, 2019, 2024)
        self.end = self.start + dt.timedelta(days=r.choice([1, 2, 3, 4, 6]))
        self.issued = self.end + dt.timedelta(days=r.choice([0, 0, 3, 10]))
        self.hours = r.choice([8, 12, 16, 24, 30, 32, 40, 48])
        self.cat_word = {"public": "公需科目", "professional": "专业科目", None: ""}[self.cat]
        self.title = ctx.pick(
            "tc.title",
            [f"{self.topic}培训班", f"{self.topic}专题研修班", f"{self.start.year}年{self.topic}高级研修班",
             f"{self.topic}继续教育培训"],
        )  # fmt: skip


def _doc(ctx: Ctx, v: str, pages: list[Page], t: TC, fields: dict, scored: list[str], year: int) -> Doc:
    base = {"holder": t.name, "title": t.title, "issuer": t.issuer, "hours_stated": float(t.hours)}
    base.update(fields)
    return Doc("training_certificate", ctx.layout("tc", v), pages, base, scored, {"person": t.name, "year": year},
               category=t.cat)  # fmt: skip


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tc")
    return {
        "online": _tc_online, "transcript": _tc_transcript, "classic": _tc_classic, "landscape": _tc_landscape,
        "ledger": _tc_ledger, "appscreen": _tc_app, "handfill": _tc_handfill, "bilingual": _tc_bilingual,
    }[v](ctx, v, TC(ctx))  # fmt: skip


def _tc_online(ctx: Ctx, v: str, t: TC) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "dot", "dash", "han"])
    plat = r.choice(pools.PLATFORMS)
    pg = Page()
    pg.rect(0, 0, pg.w, 34, 0, fill=(28, 92, 160))
    pg.text(pg.w / 2, 9, f"{plat} · 继续教育网络学习平台", 15, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w / 2, 20, "www." + "".join(r.choice("abcdefghkmnpqrstxyz") for _ in range(6)) + ".com.cn", 9,
            ctx.body, "c", (220, 230, 245))  # fmt: skip
    y = ink.centred(pg, 50, "网络学习合格证明", 26, ctx.bold)
    pg.text(pg.w - 24, y, "证书编号：" + pools.cert_no(r, "WX", 11), 10, ctx.body, "r")
    y += 14
    s0, s1 = month(t.start.year, t.start.month, st), month(t.end.year, t.end.month, st)
    end_m = t.end + dt.timedelta(days=r.choice([20, 45, 75]))
    s1 = month(end_m.year, end_m.month, st)
    pairs = [("学员姓名", t.name), ("工作单位", t.work), ("学习课程", t.title), ("学习时段", f"{s0}—{s1}"),
             ("获得学时", f"{t.hours}学时")]  # fmt: skip
    if t.cat:
        pairs.append(("科目类别", t.cat_word))
    y = ink.kv(pg, ctx, 30, y, pairs, 13, lw=34, gap=2.4)
    y = ink.para(pg, ctx, 30, y + 6, 150, "该学员已完成上述课程的在线学习并通过在线测试，特此证明。", 13)
    ink.qr(pg, 30, y + 14, 30, r.randrange(10**6))
    pg.text(30, y + 47, "扫码核验证书真伪", 9, ctx.body, "l", ink.GREY)
    issued = month(end_m.year, end_m.month, st)
    pg.text(pg.w - 30, y + 20, t.issuer, 13, ctx.body, "r")
    pg.text(pg.w - 30, y + 30, issued, 13, ctx.body, "r")
    ink.seal_over(pg, ctx, pg.w - 30 - width_mm(t.issuer, ctx.body, 13) / 2, y + 24, t.issuer)
    f = {"issued_on": ym(end_m), "period": {"start": ym(t.start), "end": ym(end_m)}}
    return _doc(ctx, v, [pg], t, f, TC_SCORED, end_m.year)


def _tc_transcript(ctx: Ctx, v: str, t: TC) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjkpad", "dash", "slash", "dot"])
    year = t.start.year
    mixed = t.cat is None
    rows = [["序号", "课程名称", "课程类别", "学时", "完成日期"]]
    total = 0
    cats = ["公需课" if t.cat == "public" else "专业课"]
    n = r.randint(4, 6)
    topics = r.sample(pools.PUBLIC_TOPICS, 3) + r.sample(pools.TOPICS[t.fld], 3)
    for i in range(n):
        c = ["公需课", "专业课"][i % 2] if mixed else cats[0]
        tp = topics[i % 3] if c == "公需课" else topics[3 + i % 3]
        h = r.choice([2, 3, 4, 6, 8])
        total += h
        d = dt.date(year, r.randint(2, 11), r.randint(1, 28))
        rows.append([str(i + 1), tp + ("（一）" if i >= 3 else ""), c, str(h), day(d, st)])
    t.hours = total
    t.title = f"{year}年度专业技术人员继续教育{ctx.pick('tc.prog', ['网络学习', '在线培训', '远程学习'])}"
    pg = Page()
    y = ink.centred(pg, 26, "继续教育学时证明", 22, ctx.bold)
    y = ink.centred(pg, y + 2, t.title, 13, ctx.body)
    y = ink.kv(pg, ctx, 22, y + 6, [("姓　　名", t.name), ("工作单位", t.work)], 12)
    y = pg.table(18, y + 2, [12, 70, 24, 16, 52], rows, 10.5, ctx.body, 10, header_font=ctx.bold)
    pg.text(pg.w - 20, y + 3, f"合计：{total}学时", 12, ctx.bold, "r")
    issued = dt.date(year, 12, r.randint(1, 28))
    y = ink.para(pg, ctx, 22, y + 16, 166, "以上学习记录由平台自动生成，经审核无误。", 12)
    pg.text(pg.w - 28, y + 12, t.issuer, 12, ctx.body, "r")
    pg.text(pg.w - 28, y + 21, day(issued, st), 12, ctx.body, "r")
    ink.seal_over(pg, ctx, pg.w - 28 - width_mm(t.issuer, ctx.body, 12) / 2, y + 14, t.issuer)
    f = {"issued_on": iso(issued), "hours_stated": float(total)}
    sc = ["holder", "title", "issuer", "issued_on", "hours_stated"]
    return _doc(ctx, v, [pg], t, f, sc, year)


def _tc_classic(ctx: Ctx, v: str, t: TC) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["han", "cjk", "cjkpad"])
    pg = Page()
    ink_col = (160, 30, 30)
    pg.rect(9, 9, pg.w - 9, pg.h - 9, 2.2, ink_col)
    pg.rect(13, 13, pg.w - 13, pg.h - 13, 0.4, ink_col)
    y = ink.centred(
        pg, 50, ctx.pick("tc.head", ["结 业 证 书", "培 训 证 书", "合 格 证 书"]), 34, ctx.bold, ink_col
    )
    pg.text(pg.w - 30, y + 2, "编号：" + pools.cert_no(r, f"{t.end.year}", 6), 11, ctx.body, "r")
    extra = f"（{t.cat_word}）" if t.cat else ""
    body = (f"{t.name}同志于{span(t.start, t.end, st)}参加由{t.issuer}举办的“{t.title}”{extra}，"
            f"完成规定课程{t.hours}学时，经考核成绩合格，准予结业。")  # fmt: skip
    y = ink.para(pg, ctx, 30, y + 22, 150, body, 15, lead=2.1)
    y = ink.para(pg, ctx, 30, y + 4, 150, "特发此证。", 15)
    pg.text(pg.w - 36, y + 50, t.issuer, 14, ctx.body, "r")
    pg.text(pg.w - 36, y + 62, day(t.issued, st), 14, ctx.body, "r")
    ink.seal_over(pg, ctx, pg.w - 36 - width_mm(t.issuer, ctx.body, 14) / 2, y + 52, t.issuer, 21)
    f = {"issued_on": iso(t.issued), "period": {"start": iso(t.start), "end": iso(t.end)}}
    return _doc(ctx, v, [pg], t, f, TC_SCORED, t.issued.year)


def _tc_landscape(ctx: Ctx, v: str, t: TC) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "dot", "spaced", "han"])
    pg = Page(297, 210)
    pg.rect(8, 8, 289, 202, 1.6, (30, 90, 60))
    pg.line(92, 20, 92, 190, 0.3, (120, 120, 120))
    ink.photo(pg, ctx, 36, 34)
    sex = r.choice(["男", "女"])
    ink.kv(
        pg, ctx, 22, 82, [("姓名", t.name), ("性别", sex), ("证号", pools.cert_no(r, "", 12))], 11, gap=2.6
    )
    pg.text(50, 150, "（骑缝章）", 9, ctx.body, "c", ink.GREY)
    y = 36
    pg.text(192, y, "培训证书", 30, ctx.bold, "c", (30, 90, 60))
    y += 26
    mid = f"{t.cat_word}" if t.cat else "继续教育"
    body = (f"　　学员{t.name}，于{span(t.start, t.end, st)}参加“{t.title}”{mid}学习，"
            f"修完全部课程，共计{t.hours}学时，考核合格，特发此证。")  # fmt: skip
    y = pg.wrap(106, y, 170, body, 14, ctx.body, 2.0)
    pg.text(265, y + 26, t.issuer, 13, ctx.body, "r")
    pg.text(265, y + 37, day(t.issued, st), 13, ctx.body, "r")
    ink.seal_over(pg, ctx, 265 - width_mm(t.issuer, ctx.body, 13) / 2, y + 30, t.issuer)
    f = {"issued_on": iso(t.issued), "period": {"start": iso(t.start), "end": iso(t.end)}}
    return _doc(ctx, v, [pg], t, f, TC_SCORED, t.issued.year)


def _tc_ledger(ctx: Ctx, v: str, t: TC) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjkpad", "dot", "slash", "dash"])
    pg = Page()
    y = ink.centred(pg, 24, "专业技术人员继续教育培训登记表", 19, ctx.bold)
    pg.text(20, y + 2, f"登记号：{pools.cert_no(r, 'DJ', 8)}", 10, ctx.body)
    rows = [
        ["姓名", t.name, "性别", r.choice(["男", "女"])],
        ["学时", f"{t.hours}", "类别", t.cat_word or "—"],
    ]
    y = pg.table(20, y + 9, [34, 56, 28, 52], rows, 11, ctx.body, 14)
    rows2 = [["工作单位", t.work], ["培训项目", t.title], ["主办单位", t.issuer],
             ["培训时间", span(t.start, t.end, st, "—")], ["培训地点", f"{t.city}市"]]  # fmt: skip
    y = pg.table(20, y, [34, 136], rows2, 11, ctx.body, 14)
    pg.rect(20, y, 190, y + 52, 0.3)
    pg.text(24, y + 4, "培训机构意见：", 11, ctx.bold)
    pg.text(40, y + 16, "该同志按要求完成培训，考核合格。", 12, ctx.body)
    pg.text(150, y + 32, "（盖章）", 11, ctx.body, "c")
    pg.text(150, y + 41, day(t.issued, st), 11, ctx.body, "c")
    ink.seal_over(pg, ctx, 140, y + 30, t.issuer, 20)
    pg.rect(20, y + 52, 190, y + 90, 0.3)
    pg.text(24, y + 56, "所在单位审核意见：", 11, ctx.bold)
    ink.hand(pg, ctx, 44, y + 68, "情况属实", 15)
    f = {"issued_on": iso(t.issued), "period": {"start": iso(t.start), "end": iso(t.end)}}
    return _doc(ctx, v, [pg], t, f, TC_SCORED, t.issued.year)


def _tc_app(ctx: Ctx, v: str, t: TC) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["dash", "slash", "dot"])
    plat = r.choice(pools.PLATFORMS)
    pg = Page(90, 195)
    pg.bg = (242, 243, 247)
    y = ink.status_bar(pg, ctx, f"{r.randint(8, 22)}:{r.randint(10, 59)}", "证书详情")
    pg.rect(6, y, 84, y + 118, 0.2, (220, 200, 150), (255, 251, 238))
    pg.text(45, y + 6, plat, 9, ctx.body, "c", (150, 110, 40))
    pg.text(45, y + 13, "学 时 证 书", 15, ctx.bold, "c", (150, 110, 40))
    t.hours = r.choice([6, 10.5, 12, 18, 24.5, 32])
    hs = f"{t.hours:g}"
    done = t.issued
    pairs = [("姓名", t.name), ("课程", t.title), ("学时", hs), ("完成日期", day(done, st)),
             ("证书编号", pools.cert_no(r, "", 14))]  # fmt: skip
    if t.cat:
        pairs.insert(3, ("类别", t.cat_word))
    yy = y + 24
    for lab, val in pairs:
        pg.text(10, yy, lab, 8, ctx.body, "l", ink.GREY)
        yy = pg.wrap(28, yy, 52, val, 8.5, ctx.body, 1.5) + 2
    pg.text(45, yy + 3, "颁发单位", 7.5, ctx.body, "c", ink.GREY)
    yy = pg.wrap(12, yy + 8, 66, t.issuer, 8.5, ctx.body, 1.5)
    ink.qr(pg, 33, y + 92, 22, r.randrange(10**6))
    pg.rect(10, 172, 44, 181, 0, fill=(40, 110, 220))
    pg.text(27, 174.5, "保存图片", 8, ctx.body, "c", (255, 255, 255))
    pg.rect(48, 172, 80, 181, 0, fill=(255, 255, 255))
    pg.text(64, 174.5, "分享", 8, ctx.body, "c")
    f = {"issued_on": iso(done), "hours_stated": float(t.hours)}
    return _doc(ctx, v, [pg], t, f, ["holder", "title", "issuer", "issued_on", "hours_stated"], done.year)


def _tc_handfill(ctx: Ctx, v: str, t: TC) -> Doc:
    pg = Page()
    y = ink.centred(pg, 40, "学 时 证 明", 28, ctx.bold)
    x = 30
    y += 20
    pg.text(x, y, "兹有", 14, ctx.body)
    w = ink.hand(pg, ctx, x + 14, y - 1, t.name, 16)
    ink.blank(pg, x + 12, x + 18 + w, y + 6.5)
    pg.text(x + 22 + w, y, "同志，", 14, ctx.body)
    y += 14
    pg.text(x, y, "于", 14, ctx.body)
    s = span(t.start, t.end, "cjk")
    w = ink.hand(pg, ctx, x + 8, y - 1, s, 15)
    ink.blank(pg, x + 6, x + 12 + w, y + 6.5)
    pg.text(x + 14 + w, y, "参加", 14, ctx.body)
    y += 14
    w = ink.hand(pg, ctx, x, y - 1, t.title, ink.fit(t.title, ctx.hand, 15, 120))
    ink.blank(pg, x, x + 4 + w, y + 6.5)
    pg.text(x + 6 + w, y, "学习，", 14, ctx.body)
    y += 14
    pg.text(x, y, "共计", 14, ctx.body)
    w = ink.hand(pg, ctx, x + 16, y - 1, str(t.hours), 16)
    ink.blank(pg, x + 13, x + 22 + w, y + 6.5)
    tail = f"学时（{t.cat_word}）。" if t.cat else "学时。"
    pg.text(x + 24 + w, y, tail, 14, ctx.body)
    y += 14
    pg.text(x, y, "特此证明。", 14, ctx.body)
    pg.text(pg.w - 32, y + 40, t.issuer, 13, ctx.body, "r")
    ink.hand(pg, ctx, pg.w - 32, y + 52, day(t.issued, "cjk"), 14, "r")
    ink.seal_over(pg, ctx, pg.w - 32 - width_mm(t.issuer, ctx.body, 13) / 2, y + 46, t.issuer)
    f = {"issued_on": iso(t.issued), "period": {"start": iso(t.start), "end": iso(t.end)}}
    return _doc(ctx, v, [pg], t, f, TC_SCORED, t.issued.year)


def _tc_bilingual(ctx: Ctx, v: str, t: TC) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "han", "cjkpad"])
    t.issuer = r.choice(list(EN_SCHOOL))
    pg = Page(297, 210)
    pg.rect(10, 10, 287, 200, 1.0, (20, 50, 110))
    pg.text(148.5, 22, "结业证书", 26, ctx.bold, "c", (20, 50, 110))
    pg.text(148.5, 35, "CERTIFICATE OF COMPLETION", 14, ctx.bold, "c", (20, 50, 110))
    extra = f"（{t.cat_word}）" if t.cat else ""
    cn = (f"　　{t.name}同志于{span(t.start, t.end, st)}在我院参加“{t.title}”{extra}，"
          f"完成全部课程{t.hours}学时，成绩合格，准予结业。")  # fmt: skip
    y = pg.wrap(30, 52, 237, cn, 14, ctx.body, 1.9)
    s, e = t.start, t.end
    en = (f"This is to certify that {t.name} has attended the training programme from {EN_MONTH[s.month - 1]} "
          f"{s.day}, {s.year} to {EN_MONTH[e.month - 1]} {e.day}, {e.year}, completed {t.hours} credit hours "
          "and passed the assessment.")  # fmt: skip
    y = pg.wrap(30, y + 6, 237, en, 11, ctx.body, 1.6)
    pg.text(250, y + 16, t.issuer, 13, ctx.body, "r")
    pg.text(250, y + 25, EN_SCHOOL[t.issuer], 9, ctx.body, "r")
    pg.text(250, y + 33, day(t.issued, st), 13, ctx.body, "r")
    ink.seal_over(pg, ctx, 250 - width_mm(t.issuer, ctx.body, 13) / 2, y + 22, t.issuer)
    pg.text(30, 186, "No. " + pools.cert_no(r, "", 12), 9, ctx.body)
    f = {"issued_on": iso(t.issued), "period": {"start": iso(t.start), "end": iso(t.end)}}
    return _doc(ctx, v, [pg], t, f, TC_SCORED, t.issued.year)
