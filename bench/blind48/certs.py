"""Draw 48 builders: training certificates, sign-in sheets, training notices, qualifications and other papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, sign_block
from bench.blind.page import Page, width_mm
from bench.blind48.kit import browser_head, centre_wrap, doc, fit, people, phone_page, tick
from bench.blind48.pools import (
    ADDR, CITIES, DATE_STYLES, PROFS, PUBLIC_ORGS, PUBLIC_TOPICS, Ctx, fd, fill, fm, frange, mobile, phone_no,
    plus, pnames, rdate, serial, setting, who,
)  # fmt: skip

RED = (190, 30, 30)


def fh(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else f"{h:g}"


def _style(ctx: Ctx) -> str:
    return ctx.pick("date_style", DATE_STYLES)


def _training(ctx: Ctx, category: str | None, prof: str, city: str, dist: str, y: int) -> tuple[str, str]:
    """(title, issuer) of a training."""
    p = PROFS[prof]
    if category == "public":
        topic = ctx.pick("public_topic", PUBLIC_TOPICS)
        org = fill(ctx.pick("public_org", PUBLIC_ORGS), city, dist)
    else:
        topic = ctx.pick(f"topic.{prof}", p["topics"])
        org = fill(ctx.pick(f"org.{prof}", p["orgs"]), city, dist)
    pat = ctx.pick("training_title", ["{t}培训班", "{y}年{t}专题培训", "{t}高级研修班", "第{n}期{t}培训班",
                                      "{y}年度{c}市{t}继续教育项目", "{t}能力提升培训"])  # fmt: skip
    return pat.format(t=topic, y=y, n=ctx.rng.choice("二三四五六七八"), c=city), org


def _cat_word(ctx: Ctx, category: str | None) -> str:
    if category == "public":
        return ctx.pick("cat_public", ["公需科目", "公需课"])
    if category == "professional":
        return ctx.pick("cat_prof", ["专业科目", "专业课"])
    return ""


# ---- training certificate ------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("training_certificate")
    rng = ctx.rng
    category = ("public", "professional", None)[k % 3]
    prof, city, dist = setting(ctx)
    person = who(ctx, prof, city, pnames(rng, 1)[0])
    start = rdate(rng, 2020, 2025)
    title, issuer = _training(ctx, category, prof, city, dist, start.year)
    end = plus(start, rng.choice([0, 1, 2, 3, 4]))
    issued = plus(end, rng.choice([0, 0, 3, 7]))
    hours = rng.choice([6, 8, 12, 16, 24, 32, 40, 4.5, 10.5]) if category != "public" or v != "classic" else 12
    st = _style(ctx)
    cat = _cat_word(ctx, category)
    no = serial(rng, rng.choice(["TA", "DZ", "SDJX", "No."]) + str(issued.year), 6)
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    pages: list[Page] = []
    if v == "classic":
        pg = Page()
        frame(pg, ctx, rng.choice([1, 2, 3]))
        pg.text(pg.w - 22, 20, f"编号：{no}", 9, b, "r")
        pg.text(pg.w / 2, 45, "结 业 证 书", 30, bo, "c")
        pg.text(30, 82, person.name, 18, hd)
        pg.text(30 + width_mm(person.name, hd, 18) + 2, 83, "同志：", 14, b)
        y = pg.wrap(30, 98, 150, f"于{frange(start, end, st)}参加由{issuer}举办的{title}，完成规定课程"
                    f"{fh(hours)}学时，经考核合格，特发此证。", 14, b, 1.9, indent=10)  # fmt: skip
        if cat:
            pg.text(40, y + 4, f"课程类别：{cat}", 12, b)
        sign_block(pg, ctx, issuer, fd(issued, st), 200, seed=rng.randrange(10**6))
        pg.text(pg.w / 2, 268, f"证书查询：{rng.choice(['www.sdjxjy.cn', 'jxjy.taian.gov.cn', 'rsj.dezhou.gov.cn'])}",
                8.5, b, "c")  # fmt: skip
        pages.append(pg)
    elif v == "landscape":
        pg = Page(297, 210)
        frame(pg, ctx, rng.choice([2, 3]))
        pg.text(148.5, 24, "培 训 证 书", 28, bo, "c")
        pg.text(148.5, 40, "CERTIFICATE OF TRAINING", 11, b, "c")
        rows = [("姓    名", person.name), ("工作单位", person.unit), ("培训项目", title),
                ("培训时间", frange(start, end, st)), ("培训学时", f"{fh(hours)} 学时")]  # fmt: skip
        if cat:
            rows.append(("科目类别", cat))
        y = 58
        for lab, val in rows:
            pg.text(50, y, lab + "：", 13, b)
            sz = fit(val, hd if lab.startswith("姓") else b, 13, 160)
            pg.text(82, y - (1 if lab.startswith("姓") else 0), val, sz + (2 if lab.startswith("姓") else 0),
                    hd if lab.startswith("姓") else b)  # fmt: skip
            pg.line(80, y + 6.5, 245, y + 6.5, 0.2)
            y += 12
        pg.text(50, y + 4, "This is to certify that the above-named has completed the training programme.", 9, b)
        sign_block(pg, ctx, issuer, fd(issued, st), 158, x_right=260, seed=rng.randrange(10**6))
        pg.text(30, 190, f"证书编号 Certificate No.: {no}", 8.5, b)
        pages.append(pg)
    elif v == "appshot":
        pg, y = phone_page(ctx, "学时证明", f"{rng.randint(8, 22)}:{rng.randint(10, 59)}")
        pg.rect(5, y, pg.w - 5, y + 122, 0, fill=(255, 255, 255))
        pg.text(pg.w / 2, y + 5, "继续教育学时证明", 12, bo, "c")
        rows = [("姓名", person.name), ("身份证号", f"3709{rng.randint(10, 99)}********{rng.randint(1000, 9999)}"),
                ("课程名称", title), ("学习时间", frange(start, end, st, "—")), ("获得学时", fh(hours))]  # fmt: skip
        if cat:
            rows.append(("科目类别", cat))
        rows += [("发证单位", issuer), ("发证日期", fd(issued, st)), ("证书编号", no)]
        yy = y + 16
        for lab, val in rows:
            pg.text(9, yy, lab, 7.5, b, color=(120, 120, 120))
            yy = pg.wrap(27, yy, pg.w - 36, val, 7.5, b, 1.5) + 1.5
        pg.seal(pg.w - 22, yy - 12, 12, issuer[:16], rng.randrange(10**6))
        pg.rect(pg.w / 2 - 12, y + 100, pg.w / 2 + 12, y + 124 - 2, 0.4)
        pg.text(pg.w / 2, y + 126, "长按识别二维码验证真伪", 7, b, "c")
        pg.text(pg.w / 2, pg.h - 10, "保存证书到相册", 8, b, "c", (40, 110, 220))
        pages.append(pg)
    elif v == "hourtable":
        pg = Page()
        pg.text(105, 28, "专业技术人员继续教育学时证明", 18, bo, "c")
        pg.text(185, 42, f"No. {no}", 9, b, "r")
        rows = [["姓名", person.name, "职称", person.jt], ["工作单位", person.unit, "", ""],
                ["培训项目", title, "", ""], ["培训时间", frange(start, end, st), "", ""],
                ["学时", fh(hours), "类别", cat or "—"]]  # fmt: skip
        y0 = 50
        for r in rows:
            pg.rect(20, y0, 190, y0 + 14, 0.3)
            pg.text(34, y0 + 4.5, r[0], 11, b, "c")
            pg.line(48, y0, 48, y0 + 14, 0.3)
            vf = hd if r[0] == "姓名" else b
            sz = fit(r[1], vf, 11 if vf == b else 14, 138 if not r[2] else 60)
            pg.text(52, y0 + 4, r[1], sz, vf)
            if r[2]:
                pg.line(112, y0, 112, y0 + 14, 0.3)
                pg.line(132, y0, 132, y0 + 14, 0.3)
                pg.text(122, y0 + 4.5, r[2], 11, b, "c")
                pg.text(136, y0 + 4.5, r[3], 11, hd if r[2] == "职称" else b)
            y0 += 14
        pg.text(30, y0 + 12, "特此证明。", 13, b)
        sign_block(pg, ctx, issuer, fd(issued, st), y0 + 34, seed=rng.randrange(10**6))
        pg.text(20, 270, "注：本证明涂改无效；复印件须加盖原单位公章。", 8.5, b)
        pages.append(pg)
    elif v == "booklet":
        pg = Page(297, 210, bg=(253, 250, 242))
        pg.line(148.5, 8, 148.5, 202, 0.4, (180, 180, 180))
        pg.rect(50, 28, 95, 86, 0.4)
        pg.text(72.5, 54, "照片", 11, b, "c", (150, 150, 150))
        birth = dt.date(rng.randint(1968, 1996), rng.randint(1, 12), 1)
        yy = 100
        for lab, val in [("姓名", person.name), ("性别", rng.choice("男女")), ("出生年月", fm(birth.year, birth.month, "cn")),
                         ("证书编号", no)]:  # fmt: skip
            pg.text(40, yy, f"{lab}：", 11, b)
            pg.text(66, yy - (1 if lab == "姓名" else 0), val, 14 if lab == "姓名" else 11, hd if lab == "姓名" else b)
            yy += 11
        pg.text(222, 26, "合格证书", 24, bo, "c")
        y = 50
        for s in (f"学员{person.name}参加", title, f"（{frange(start, end, st)}），", f"修完全部课程，计{fh(hours)}学时，成绩合格。"):
            pg.text(165, y, s, fit(s, b, 12, 115), b)
            y += 9
        if cat:
            pg.text(173, y + 2, f"（{cat}）", 11, b)
        sign_block(pg, ctx, issuer, fd(issued, st), 150, x_right=275, seed=rng.randrange(10**6))
        pages.append(pg)
    else:  # webprint
        pg = Page()
        site = rng.choice(["山东省专业技术人员继续教育公共服务平台", f"{city}市专业技术人员继续教育网"])
        y = browser_head(pg, ctx, f"https://{rng.choice(['jxjy', 'zjpx', 'rst'])}.example.sd.cn/cert/"
                         f"{rng.randint(10**6, 10**7)}", fd(issued, "slashpad") + f" {rng.randint(8, 20)}:0{rng.randint(0, 9)}",
                         site)  # fmt: skip
        pg.rect(10, y, 200, y + 12, 0, fill=(30, 90, 160))
        pg.text(15, y + 3, site, 12, bo, color=(255, 255, 255))
        pg.text(15, y + 18, "首页 > 个人中心 > 我的证书 > 证书详情", 8.5, b, color=(90, 90, 90))
        pg.text(105, y + 34, "培训合格证明", 18, bo, "c")
        yy = y + 52
        for lab, val in [("学员姓名", person.name), ("工作单位", person.unit), ("培训名称", title),
                         ("培训时间", frange(start, end, st, " 至 ")), ("认定学时", f"{fh(hours)}学时")] + (
                            [("科目类型", cat)] if cat else []) + [("培训机构", issuer), ("打印日期", fd(issued, st))]:  # fmt: skip
            pg.text(30, yy, lab, 11, b, color=(90, 90, 90))
            pg.text(62, yy, val, fit(val, b, 11, 130), b)
            yy += 10
        pg.seal(150, yy - 14, 18, issuer[:16], rng.randrange(10**6))
        pg.text(30, yy + 10, f"验证码：{serial(rng, '', 10)}（可登录平台“证书验真”栏目核验）", 8.5, b)
        pages.append(pg)
    fields = {"holder": person.name, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    return doc("training_certificate", layout, pages, fields, scored, person.name, end.year, category)


# ---- sign-in sheet ---------------------------------------------------------------------------------
def _event_title(ctx: Ctx, prof: str, city: str, dist: str) -> tuple[str, str]:
    p = PROFS[prof]
    topic = ctx.pick(f"topic.{prof}", p["topics"])
    org = fill(ctx.pick(f"org.{prof}", p["orgs"]), city, dist)
    pat = ctx.pick("event_title", ["{t}专题讲座", "{t}培训会", "{c}市{t}业务培训", "{t}学术沙龙", "{t}交流研讨会"])
    return pat.format(t=topic, c=city), org


def _mask(m: str) -> str:
    return m[:3] + "****" + m[-4:]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("sign_in_sheet")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    n = rng.randint(9, 15) if v != "twopage" else rng.randint(16, 22)
    ns = pnames(rng, n + 2)
    att, lect = ns[:n], ns[n:]
    ws = [who(ctx, prof, city, x) for x in att]
    title, issuer = _event_title(ctx, prof, city, dist)
    day = rdate(rng, 2020, 2025)
    st = _style(ctx)
    place = rng.choice(["三楼会议室", "学术报告厅", "培训中心201教室", "行政楼一楼多功能厅", "线上（腾讯会议）"])
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    pages: list[Page] = []
    head = f"{title}签到表"
    if v == "grid":
        pg = Page()
        pg.text(105, 20, head, fit(head, bo, 17, 180), bo, "c")
        pg.text(12, 34, f"主办单位：{issuer}", 10, b)
        pg.text(12, 41, f"时间：{fd(day, st)}    地点：{place}", 10, b)
        rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]]
        for i, w in enumerate(ws):
            rows.append([str(i + 1), w.name, w.unit, w.jt, _mask(mobile(rng)), w.name])
        pg.table(12, 48, [12, 26, 62, 26, 32, 28], rows, 9, b, 11, fonts={5: hd}, header_font=bo)
        pg.text(12, 48 + 11 * len(rows) + 6, f"主讲人：{lect[0]}", 10, b)
        pages.append(pg)
    elif v == "twinhalf":
        pg = Page(297, 210)
        pg.text(148.5, 14, head, fit(head, bo, 16, 260), bo, "c")
        pg.text(148.5, 25, f"{issuer}  ·  {fd(day, st)}  ·  {place}", 10, b, "c")
        half = (n + 1) // 2
        for side, chunk, x0 in ((0, ws[:half], 12), (1, ws[half:], 152)):
            rows = [["序号", "姓名", "单位", "签到"]]
            for i, w in enumerate(chunk):
                rows.append([str(side * half + i + 1), w.name, w.unit, f"{rng.randint(7, 8)}:{rng.randint(10, 59)}"])
            pg.table(x0, 34, [12, 24, 82, 15], rows, 8.5, b, 10, fonts={1: hd}, header_font=bo)
        pg.text(12, 198, f"联系电话：{phone_no(rng, city)}", 8.5, b)
        pages.append(pg)
    elif v == "twopage":
        per = (n + 1) // 2
        for pi in range(2):
            pg = Page()
            if pi == 0:
                pg.text(105, 18, head, fit(head, bo, 16, 180), bo, "c")
                pg.text(105, 30, f"主办：{issuer}    日期：{fd(day, st)}", 10, b, "c")
                y0 = 40
            else:
                pg.text(105, 16, "签到表（续）", 12, bo, "c")
                y0 = 26
            rows = [["序号", "单位", "姓名（签字）", "备注"]]
            for i, w in enumerate(ws[pi * per:(pi + 1) * per]):
                rows.append([str(pi * per + i + 1), w.unit, w.name, ""])
            pg.table(15, y0, [14, 86, 50, 30], rows, 9.5, b, 11.5, fonts={2: hd}, header_font=bo)
            pg.text(105, 285, f"第{pi + 1}页 共2页", 8.5, b, "c")
            pages.append(pg)
    elif v == "ampm":
        pg = Page()
        pg.text(105, 20, f"{title}", fit(title, bo, 16, 180), bo, "c")
        pg.text(105, 31, "参会人员签到簿", 13, bo, "c")
        pg.text(15, 42, f"组织单位：{issuer}", 10, b)
        pg.text(195, 42, fd(day, st), 10, b, "r")
        rows = [["序号", "姓名", "单位", "上午", "下午"]]
        for i, w in enumerate(ws):
            rows.append([str(i + 1), w.name, w.unit, "", ""])
        y1 = pg.table(15, 50, [14, 30, 86, 25, 25], rows, 9.5, b, 11, header_font=bo)
        for i in range(n):
            for col, x in ((3, 165), (4, 190)):
                if rng.random() < 0.9:
                    tick(pg, ctx, x - 10 - 2, 50 + 11 * (i + 1) + 2, 13)
        pg.text(15, y1 + 6, "注：请参会人员按时签到，不得代签。", 8.5, b)
        pages.append(pg)
    elif v == "photo":
        pg = Page(bg=(250, 248, 240))
        pg.text(105, 18, "培训签到表", 18, bo, "c")
        for i, (lab, val) in enumerate([("培训主题", title), ("培训时间", f"{fd(day, st)} 8:30-11:30"),
                                        ("培训地点", place), ("组织单位", issuer)]):  # fmt: skip
            pg.text(15, 32 + i * 8, f"{lab}：{val}", 10.5, b)
        rows = [["序号", "工作单位", "姓名", "联系方式"]]
        for i, w in enumerate(ws):
            rows.append([str(i + 1), w.unit, w.name, mobile(rng)])
        pg.table(15, 68, [14, 84, 40, 42], rows, 9.5, b, 11.5, fonts={2: hd, 3: hd}, header_font=bo)
        pg.text(150, 272, f"记录人：{lect[1]}", 11, hd)
        pages.append(pg)
    else:  # export
        pg = Page(297, 210)
        pg.text(12, 10, f"签到记录导出  |  活动：{title}", 11, bo)
        pg.text(12, 19, f"活动发起方：{issuer}    导出时间：{fd(plus(day, 1), 'iso')} 09:12", 9, b)
        rows = [["序号", "姓名", "手机号", "所属单位", "签到时间", "签到方式"]]
        for i, w in enumerate(ws):
            rows.append([str(i + 1), w.name, _mask(mobile(rng)), w.unit,
                         f"{day.isoformat()} 0{rng.randint(7, 8)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
                         rng.choice(["扫码", "定位", "人脸"])])  # fmt: skip
        pg.table(12, 26, [14, 28, 36, 90, 50, 24], rows, 9, b, 9.5, header_font=bo)
        pg.text(285, 200, f"共{n}条", 9, b, "r")
        pages.append(pg)
    fields = {"title": title, "issuer": issuer, "period": {"start": day.isoformat(), "end": day.isoformat()},
              "people": people(att, "attendee")}  # fmt: skip
    claim = rng.choice(att)
    return doc("sign_in_sheet", layout, pages, fields, ["title", "issuer", "period.start", "period.end", "people"],
               claim, day.year)  # fmt: skip


# ---- training notice ---------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("training_notice")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    category = rng.choice([None, None, "professional"])
    start = rdate(rng, 2020, 2025)
    title, issuer = _training(ctx, category, prof, city, dist, start.year)
    end = plus(start, rng.choice([1, 2, 3, 4]))
    issued = plus(start, -rng.randint(6, 25))
    st = _style(ctx)
    hours = rng.choice([None, 16, 24, 32, 12]) if v != "schedule" else None
    ns = pnames(rng, 14)
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    holder = None
    trainees: list[str] = []
    place = f"{city}市{rng.choice(['宾馆', '国际会议中心', '培训中心', '职业学院'])}"
    para_hours = f"培训结束经考核合格的，计{fh(hours)}学时。" if hours else ""
    cat = "（专业科目）" if category else ""
    head = f"关于举办{title}的通知"
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (["hours_stated"] if hours else [])
    pages: list[Page] = []
    addressee = rng.choice(["各县（市、区）有关单位：", "各有关单位：", "各会员单位："])
    body1 = (f"为进一步提升全市{PROFS[prof]['title'][0]}等专业技术人员业务水平，经研究，决定举办{title}{cat}。"
             f"现将有关事项通知如下：")  # fmt: skip

    def body_items(pg: Page, y: float, x: float = 22, w: float = 166) -> float:
        y = pg.wrap(x, y, w, f"一、培训时间：{frange(start, end, st)}，{fd(plus(start, -1), st)}报到。", 12, b, 1.8, 8)
        y = pg.wrap(x, y, w, f"二、培训地点：{place}（{city}市{rng.choice(ADDR[city])}{rng.randint(1, 399)}号）。", 12, b,
                    1.8, 8)  # fmt: skip
        y = pg.wrap(x, y, w, f"三、培训内容：政策解读、专题讲座、案例分析与现场观摩。{para_hours}", 12, b, 1.8, 8)
        y = pg.wrap(x, y, w, f"四、联系人：{ns[-1]}，电话：{phone_no(rng, city)}。", 12, b, 1.8, 8)
        return y

    if v in ("redhead", "webpage", "meeting"):
        trainees = ns[: rng.randint(5, 10)]
    else:
        holder = ns[0]
    if v == "redhead":
        pg = Page()
        red = f"{issuer}文件"
        pg.text(105, 22, red, fit(red, bo, 26, 180), bo, "c", RED)
        abbrev = {"泰安": "泰", "德州": "德"}[city]
        pg.text(105, 42, f"{abbrev}{rng.choice(['统', '交', '市监', '卫', '教', '文旅'])}字〔{issued.year}〕{rng.randint(3, 96)}号",
                11, b, "c")  # fmt: skip
        pg.line(20, 50, 190, 50, 0.9, RED)
        y = centre_wrap(pg, 20, 58, 170, head, 15, bo) + 2
        pg.text(22, y, addressee, 12, b)
        y = pg.wrap(22, y + 7, 166, body1, 12, b, 1.8, 8)
        y = body_items(pg, y)
        pg.text(30, y + 2, "附件：参训人员名单", 12, b)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 16, seed=rng.randrange(10**6))
        pg.line(20, 262, 190, 262, 0.3)
        pg.text(22, 264, f"抄送：{city}市人力资源和社会保障局。", 10, b)
        pg.line(20, 270, 190, 270, 0.3)
        pg.text(22, 272, f"{issuer}办公室", 10, b)
        pg.text(188, 272, f"{fd(issued, st)}印发", 10, b, "r")
        pages.append(pg)
        p2 = Page()
        p2.text(20, 20, "附件", 13, bo)
        p2.text(105, 32, "参训人员名单", 15, bo, "c")
        rows = [["序号", "姓名", "工作单位"]] + [[str(i + 1), t, who(ctx, prof, city, t).unit] for i, t in enumerate(trainees)]
        p2.table(30, 44, [16, 36, 98], rows, 10.5, b, 11, header_font=bo)
        pages.append(p2)
    elif v == "invite":
        pg = Page()
        frame(pg, ctx, 1)
        pg.text(105, 30, "邀 请 函", 24, bo, "c")
        pg.text(25, 52, f"尊敬的", 13, b)
        pg.text(42, 51, holder, 16, hd)
        pg.text(42 + width_mm(holder, hd, 16) + 1, 52, rng.choice(["老师：", "同志：", "先生/女士："]), 13, b)
        y = pg.wrap(25, 64, 160, f"诚挚邀请您参加由{issuer}主办的{title}{cat}。本次培训定于{frange(start, end, st)}在{place}"
                    f"举行，届时将邀请省内知名专家授课。{para_hours}", 12.5, b, 1.9, 9)  # fmt: skip
        y = pg.wrap(25, y + 2, 160, f"请于{fd(plus(start, -3), st)}前回复参会回执。联系电话：{phone_no(rng, city)}", 12.5, b, 1.9, 9)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 16, seed=rng.randrange(10**6))
        pg.line(15, 225, 195, 225, 0.3, (120, 120, 120))
        pg.text(105, 229, "参 会 回 执", 12, bo, "c")
        pg.table(25, 238, [30, 50, 30, 50], [["姓名", "", "单位", ""], ["职称", "", "电话", ""]], 10, b, 10)
        pages.append(pg)
    elif v == "schedule":
        pg = Page(297, 210)
        head = f"{title}日程安排"
        pg.text(148.5, 14, head, fit(head, bo, 17, 250), bo, "c")
        pg.text(148.5, 26, f"主办单位：{issuer}    培训时间：{frange(start, end, st)}    地点：{place}{cat}", 10, b, "c")
        rows = [["日期", "时间", "内容", "授课人"]]
        topics = PROFS[prof]["topics"]
        d = start
        i = 0
        while d <= end:
            for slot in ("08:30-11:30", "14:00-17:00"):
                rows.append([fd(d, "iso"), slot, topics[i % len(topics)] if i % 3 else "开班仪式及政策解读",
                             ns[3 + i % 8] + rng.choice(["教授", "主任", "研究员", "高级讲师"])])  # fmt: skip
                i += 1
            d = plus(d, 1)
        y = pg.table(20, 36, [40, 36, 140, 40], rows, 9.5, b, 10, header_font=bo)
        pg.text(20, y + 6, f"印发日期：{fd(issued, st)}", 9.5, b)
        pg.text(232, 36 - 20, "已参加", 14, hd, color=(30, 60, 160))
        pg.text(252, 36 - 20, holder, 14, hd, color=(30, 60, 160))
        tick(pg, ctx, 220, 16, 16)
        pages.append(pg)
    elif v == "webpage":
        pg = Page()
        y = browser_head(pg, ctx, f"http://www.{rng.choice(['taian', 'dezhou'])}.gov.cn/art/{issued.year}/"
                         f"{issued.month}/{rng.randint(1, 28)}/art_{rng.randint(1000, 9999)}.html", fd(issued, "slashpad"), issuer)  # fmt: skip
        pg.text(12, y + 2, "首页 > 通知公告", 8.5, b, color=(90, 90, 90))
        y = centre_wrap(pg, 15, y + 12, 180, head, 15, bo)
        pg.text(105, y, f"发布时间：{fd(issued, 'iso')}   来源：{issuer}   浏览次数：{rng.randint(120, 2400)}", 8.5, b, "c")
        pg.line(15, y + 7, 195, y + 7, 0.2, (180, 180, 180))
        pg.text(18, y + 12, addressee, 11, b)
        y = pg.wrap(18, y + 19, 174, body1, 11, b, 1.8, 8)
        y = body_items(pg, y, 18, 174)
        pg.text(18, y + 3, "附件：参训人员名单", 11, b)
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), t, who(ctx, prof, city, t).unit] for i, t in enumerate(trainees)]
        pg.table(30, y + 12, [16, 36, 98], rows, 9.5, b, 9, header_font=bo)
        pages.append(pg)
    elif v == "meeting":
        pg = Page()
        y = centre_wrap(pg, 20, 26, 170, head, 16, bo) + 4
        pg.text(22, y, addressee, 12, b)
        y = pg.wrap(22, y + 7, 166, body1, 12, b, 1.8, 8)
        y = body_items(pg, y)
        pg.text(30, y + 2, "附件：1.日程安排  2.参会人员", 12, b)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 18, seed=rng.randrange(10**6))
        pg.text(105, 285, "— 1 —", 10, b, "c")
        pages.append(pg)
        p2 = Page()
        p2.text(20, 18, "附件1", 12, bo)
        p2.text(105, 26, "日程安排", 14, bo, "c")
        rows = [["时间", "内容"], [f"{fd(start, st)} 上午", "开班仪式、专题讲座"], [f"{fd(start, st)} 下午", "案例教学"],
                [f"{fd(end, st)}", "现场观摩、结业考核"]]  # fmt: skip
        yy = p2.table(25, 36, [55, 105], rows, 10, b, 10, header_font=bo)
        p2.text(20, yy + 10, "附件2", 12, bo)
        p2.text(105, yy + 18, "参会人员", 14, bo, "c")
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), t, who(ctx, prof, city, t).unit] for i, t in enumerate(trainees)]
        p2.table(25, yy + 28, [16, 40, 104], rows, 10, b, 10, header_font=bo)
        p2.text(105, 285, "— 2 —", 10, b, "c")
        pages.append(p2)
    else:  # annotated
        pg = Page(bg=(252, 252, 248))
        y = centre_wrap(pg, 20, 26, 170, head, 16, bo) + 4
        pg.text(22, y, addressee, 12, b)
        y = pg.wrap(22, y + 7, 166, body1, 12, b, 1.8, 8)
        y = body_items(pg, y)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 14, seed=rng.randrange(10**6))
        note = f"本人已按时参加 {holder}"
        pg.text(22, y + 48, note, 15, hd, color=(30, 50, 150))
        pg.text(22, y + 58, fd(end, "dotshort"), 13, hd, color=(30, 50, 150))
        tick(pg, ctx, 14, 70, 18)
        pages.append(pg)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()},
              "hours_stated": float(hours) if hours else None, "people": people(trainees, "attendee")}  # fmt: skip
    return doc("training_notice", layout, pages, fields, scored, holder or rng.choice(trainees), start.year,
               category)  # fmt: skip


# ---- qualification certificate ---------------------------------------------------------------------------
UNIVS = {
    "highway": ["山东交通学院", "长安大学", "山东建筑大学"],
    "obstetrics": ["山东第一医科大学", "滨州医学院", "潍坊医学院"],
    "rehab": ["山东中医药大学", "山东第一医科大学", "济宁医学院"],
    "chemistry": ["山东师范大学", "曲阜师范大学", "聊城大学"],
    "agronomy": ["山东农业大学", "青岛农业大学", "德州学院"],
    "statistics": ["山东财经大学", "山东工商学院", "泰山学院"],
    "library": ["山东大学", "曲阜师范大学", "德州学院"],
    "food": ["山东农业大学", "齐鲁工业大学", "德州学院"],
}
SELF_COURSES = ["中国近现代史纲要", "马克思主义基本原理", "英语（二）", "高等数学（工本）", "概率论与数理统计（二）",
                "线性代数（经管类）", "管理学原理", "计算机应用基础", "大学语文", "食品化学", "统计学原理", "图书馆学基础"]  # fmt: skip
CMODS = ["Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿", "Windows 7操作系统",
         "Internet应用", "WPS Office办公组合"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("qualification_certificate")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    nm, other = pnames(rng, 2)
    major = rng.choice(PROFS[prof]["major"])
    univ = rng.choice(UNIVS[prof])
    sex = rng.choice("男女")
    birth = dt.date(rng.randint(1975, 1999), rng.randint(1, 12), rng.randint(1, 28))
    st = _style(ctx)
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    issued = rdate(rng, 2008, 2024)
    modules = None
    subject: str | None = major
    issued_iso = issued.isoformat()
    no = serial(rng, "", 17)
    pg = Page()
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    if v == "diploma":
        kind, issuer = "graduation", univ
        issued = dt.date(issued.year, rng.choice([6, 7]), rng.randint(20, 30))
        issued_iso = issued.isoformat()
        pg = Page(297, 210, bg=(250, 246, 236))
        frame(pg, ctx, 2)
        pg.text(148.5, 26, "毕 业 证 书", 26, bo, "c")
        pg.rect(30, 50, 70, 100, 0.4)
        pg.text(50, 72, "照片", 10, b, "c", (150, 150, 150))
        years = rng.choice([3, 4, 5])
        y = pg.wrap(88, 54, 180, f"学生{nm}，性别{sex}，{fd(birth, 'cn')}生，于{issued.year - years}年9月至"
                    f"{issued.year}年{issued.month}月在本校{major}专业{years}年制本科学习，修完教学计划规定的全部课程，"
                    f"成绩合格，准予毕业。", 13, b, 2.0, 9)  # fmt: skip
        pg.text(88, y + 10, f"校（院）长：", 12, b)
        pg.text(116, y + 9, other, 15, hd)
        sign_block(pg, ctx, univ, fd(issued, "cnnum" if rng.random() < 0.6 else st), y + 8, x_right=265,
                   seed=rng.randrange(10**6))  # fmt: skip
        pg.text(30, 190, f"证书编号：{no}", 10, b)
        pg.text(267, 190, "中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn", 8, b, "r")
    elif v == "degree":
        kind = rng.choice(["master_degree", "doctor_degree"])
        issuer = univ
        deg = {"master_degree": "硕士", "doctor_degree": "博士"}[kind]
        pg = Page(bg=(246, 250, 246))
        frame(pg, ctx, 3)
        pg.text(105, 40, f"{deg}学位证书", 26, bo, "c")
        pg.rect(80, 64, 130, 124, 0.4)
        pg.text(105, 90, "照片", 10, b, "c", (150, 150, 150))
        field_word = rng.choice(["医学", "工学", "理学", "农学", "经济学", "管理学", "教育"])
        y = pg.wrap(28, 138, 154, f"{nm}，{sex}，{fd(birth, 'cn')}生。在{univ}{major}专业完成了{deg}研究生"
                    f"的学习和研究工作，成绩合格，通过论文答辩。根据《中华人民共和国学位条例》的规定，授予{field_word}{deg}学位。",
                    13, b, 2.0, 9)  # fmt: skip
        pg.text(40, y + 12, "学位评定委员会主席", 12, b)
        pg.text(86, y + 11, other, 15, hd)
        sign_block(pg, ctx, univ, fd(issued, "cnnum"), y + 26, seed=rng.randrange(10**6))
        pg.text(28, 268, f"证书编号：{no[:16]}", 10, b)
        st = "cnnum"
    elif v == "pgcourse":
        kind, issuer = "postgraduate_courses", univ
        y0 = issued.year - rng.choice([1, 2])
        pg = Page()
        frame(pg, ctx, 1)
        pg.text(105, 40, "研究生课程进修班", 18, bo, "c")
        pg.text(105, 54, "结 业 证 书", 24, bo, "c")
        y = pg.wrap(30, 88, 150, f"{nm}同志于{y0}年9月至{fm(issued.year, issued.month, 'cn')}参加我校{major}专业"
                    f"研究生课程进修班学习，修完规定的全部学位课程，成绩合格，准予结业。", 13.5, b, 2.0, 9)  # fmt: skip
        issued_iso = f"{issued.year}-{issued.month:02d}"
        issuer = f"{univ}研究生院" if rng.random() < 0.5 else univ
        sign_block(pg, ctx, issuer, fm(issued.year, issued.month, "cnnum"), y + 30, seed=rng.randrange(10**6))
        pg.text(30, 262, f"编号：{no[:10]}", 10, b)
    elif v == "selfstudy":
        kind, issuer = "self_study_exam", "山东省高等教育自学考试委员会"
        mods = rng.sample(SELF_COURSES, rng.randint(2, 4))
        modules = mods
        pg = Page(297, 210)
        frame(pg, ctx, 1)
        pg.text(148.5, 22, "高等教育自学考试单科合格证书", 20, bo, "c")
        pg.text(30, 42, f"姓名：{nm}", 12, b)
        pg.text(110, 42, f"准考证号：{serial(rng, '01', 10)}", 12, b)
        pg.text(30, 52, f"专业：{major}", 12, b)
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
        for m in mods:
            ey = rng.randint(issued.year - 2, issued.year)
            rows.append([f"{rng.randint(0, 13999):05d}", m, str(rng.randint(60, 92)), fm(ey, rng.choice([4, 10]), "cn")])
        y = pg.table(30, 62, [30, 110, 25, 50], rows, 11, b, 11, header_font=bo)
        pg.text(30, y + 8, "上列课程经考试成绩合格，特发此证。", 12, b)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 22, x_right=265, seed=rng.randrange(10**6))
        scored.append("qualification.modules")
    elif v == "computer":
        kind, issuer = "computer_exam", "人力资源社会保障部人事考试中心"
        modules = rng.sample(CMODS, rng.randint(2, 4))
        subject = None
        scored.remove("qualification.subject")
        pg = Page()
        pg.text(105, 30, "全国专业技术人员计算机应用能力考试", 15, bo, "c")
        pg.text(105, 44, "合 格 证 书", 22, bo, "c")
        yy = 66
        for lab, val in [("姓名", nm), ("性别", sex), ("工作单位", who(ctx, prof, city, nm).unit),
                         ("证件号码", f"3709{rng.randint(10, 99)}{birth.year}********")]:  # fmt: skip
            pg.text(30, yy, f"{lab}：{val}", 12, b)
            yy += 10
        rows = [["序号", "考试模块", "考试日期", "成绩"]]
        for i, m in enumerate(modules):
            rows.append([str(i + 1), m, fd(plus(issued, -rng.randint(10, 200)), "dot"), "合格"])
        y = pg.table(28, yy + 4, [16, 80, 40, 20], rows, 10.5, b, 10, header_font=bo)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 20, seed=rng.randrange(10**6))
        pg.text(28, 268, f"管理号：{no[:12]}  可在中国人事考试网查询", 9, b)
        scored.append("qualification.modules")
    else:  # chsi
        kind, issuer = "graduation", univ
        grad = dt.date(issued.year, 6, rng.randint(20, 30))
        issued_iso = grad.isoformat()
        scored = ["holder", "qualification.kind", "qualification.subject"]
        pg, y = phone_page(ctx, "学信档案", f"{rng.randint(8, 22)}:{rng.randint(10, 59)}")
        pg.text(pg.w / 2, y + 2, "教育部学历证书电子注册备案表", 9, bo, "c")
        pg.text(pg.w / 2, y + 8, f"更新日期：{fd(plus(grad, rng.randint(300, 2000)), 'cn')}", 6.5, b, "c")
        yy = y + 16
        for lab, val in [("姓名", nm), ("性别", sex), ("出生日期", fd(birth, "cn")), ("入学日期", fd(dt.date(grad.year - 4, 9, 1), "cn")),
                         ("毕（结）业日期", fd(grad, "cn")), ("学校名称", univ), ("专业", major), ("层次", "本科"),
                         ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"), ("毕（结）业", "毕业"),
                         ("证书编号", no)]:  # fmt: skip
            pg.text(7, yy, lab, 7, b, color=(110, 110, 110))
            pg.text(32, yy, val, 7, b)
            yy += 6.4
        pg.rect(pg.w / 2 - 10, yy + 3, pg.w / 2 + 10, yy + 23, 0.4)
        pg.text(pg.w / 2, yy + 25, f"在线验证码：{serial(rng, 'A', 15)}", 6, b, "c")
    fields = {"holder": nm, "issuer": issuer, "issued_on": issued_iso,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    year = int(issued_iso[:4])
    return doc("qualification_certificate", layout, [pg], fields, scored, nm, year)


# ---- other -------------------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("other")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    nm, boss = pnames(rng, 2)
    w = who(ctx, prof, city, nm)
    d = rdate(rng, 2020, 2025)
    title, org = _training(ctx, rng.choice([None, "public"]), prof, city, dist, d.year)
    st = _style(ctx)
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    if v == "invoice":
        pg = Page(240, 140, bg=(253, 251, 245))
        pg.text(120, 10, "电子发票（普通发票）", 16, bo, "c", (150, 70, 40))
        pg.text(232, 10, f"发票号码：{serial(rng, str(d.year)[2:] + '37', 18)}", 8, b, "r")
        pg.text(232, 16, f"开票日期：{fd(d, 'cnpad')}", 8, b, "r")
        pg.rect(8, 24, 232, 112, 0.5, (150, 70, 40))
        pg.text(12, 28, f"购买方信息  名称：{nm}", 9, b)
        pg.text(124, 28, f"销售方信息  名称：{org}", fit(f"销售方信息  名称：{org}", b, 9, 105), b)
        pg.table(8, 44, [70, 24, 24, 40, 30, 36], [["项目名称", "单位", "数量", "单价", "税率", "金额"],
                 ["*非学历教育服务*培训费", "人次", "1", f"{rng.choice([380, 480, 680, 980])}.00", "免税", "—"]],
                 8.5, b, 9)  # fmt: skip
        pg.text(12, 96, f"备注：{title}", 8.5, b)
        pg.text(12, 118, f"开票人：{boss}", 8.5, b)
        pages = [pg]
    elif v == "regform":
        pg = Page()
        pg.text(105, 22, "继续教育培训报名表", 18, bo, "c")
        pg.text(105, 33, title, fit(title, b, 11, 180), b, "c")
        rows = [["姓名", "", "性别", "", "出生年月", ""], ["工作单位", "", "", "", "职称", ""], ["手机", "", "", "", "邮箱", ""]]
        pg.table(18, 42, [26, 40, 20, 24, 26, 38], rows, 10.5, b, 13)
        for x, y, s in [(48, 45, nm), (107, 45, rng.choice("男女")), (158, 45, f"{rng.randint(1970, 1995)}.{rng.randint(1, 12)}"),
                        (48, 58, w.unit), (158, 58, w.jt), (48, 71, mobile(rng))]:  # fmt: skip
            pg.text(x, y, s, fit(s, hd, 13, 60), hd, color=(20, 40, 120))
        pg.text(18, 92, "单位意见：", 11, b)
        pg.text(60, 104, "同意报名", 14, hd)
        sign_block(pg, ctx, w.unit, fd(d, st), 118, seed=rng.randrange(10**6))
        pg.text(18, 270, f"报名咨询：{phone_no(rng, city)}   报名截止：{fd(plus(d, 10), st)}", 9, b)
        pages = [pg]
    elif v == "payshot":
        pg, y = phone_page(ctx, "账单详情", f"{rng.randint(8, 22)}:{rng.randint(10, 59)}")
        pg.text(pg.w / 2, y + 6, org, fit(org, b, 8.5, 70), b, "c")
        pg.text(pg.w / 2, y + 14, f"-{rng.choice([120, 260, 380, 600])}.00", 18, bo, "c")
        pg.text(pg.w / 2, y + 26, "支付成功", 9, b, "c", (30, 150, 60))
        yy = y + 38
        for lab, val in [("商品说明", "继续教育学时费"), ("付款人", nm), ("支付时间", f"{fd(d, 'iso')} {rng.randint(8, 22)}:{rng.randint(10, 59)}"),
                         ("支付方式", "零钱"), ("交易单号", serial(rng, "4200", 20))]:  # fmt: skip
            pg.text(7, yy, lab, 7.5, b, color=(120, 120, 120))
            pg.text(28, yy, val, fit(val, b, 7.5, 50), b)
            yy += 8
        pages = [pg]
    elif v == "leave":
        pg = Page(210, 148, bg=(250, 250, 244))
        pg.text(105, 16, "请 假 条", 20, hd, "c")
        pg.text(20, 34, f"{rng.choice(['科室', '学校', '站里'])}领导：", 14, hd)
        pg.wrap(28, 46, 160, f"本人因参加{title}，需请假{rng.randint(1, 4)}天，请批准。", 14, hd, 1.9, 8)
        pg.text(150, 84, f"请假人：{nm}", 14, hd)
        pg.text(150, 94, fd(d, "dotshort"), 13, hd)
        pg.text(20, 112, f"同意。{boss}", 14, hd, (180, 30, 30))
        pages = [pg]
    elif v == "employ":
        pg = Page()
        pg.text(105, 40, "在 职 证 明", 22, bo, "c")
        pg.wrap(25, 70, 160, f"兹证明{nm}同志（身份证号：3709{rng.randint(10, 99)}{rng.randint(1970, 1995)}******），"
                f"系我单位在职在编职工，现从事{PROFS[prof]['major'][0]}相关专业技术工作，职称为{w.jt}。", 13, b, 2.0, 9)  # fmt: skip
        pg.text(35, 110, "特此证明。", 13, b)
        sign_block(pg, ctx, w.unit, fd(d, st), 140, seed=rng.randrange(10**6))
        pg.text(25, 260, f"（本证明仅用于继续教育学时登记，有效期三个月）  联系电话：{phone_no(rng, city)}", 9, b)
        pages = [pg]
    else:  # idcopy
        pg = Page()
        pg.rect(52, 30, 158, 97, 0.4, fill=(236, 240, 246))
        yy = 36
        for lab, val in [("姓名", nm), ("性别", f"{rng.choice('男女')}   民族 汉"),
                         ("出生", fd(dt.date(rng.randint(1970, 1995), rng.randint(1, 12), rng.randint(1, 28)), "cn")),
                         ("住址", f"山东省{city}市{rng.choice(ADDR[city])}{rng.randint(1, 200)}号")]:  # fmt: skip
            pg.text(58, yy, lab, 8.5, b, color=(90, 110, 150))
            pg.text(72, yy, val, fit(val, b, 9, 80), b)
            yy += 10
        pg.text(58, 86, f"公民身份号码  3709{rng.randint(10, 99)}{rng.randint(1970, 1995)}{rng.randint(1000, 9999)}{rng.randint(100, 999)}", 9, b)
        pg.rect(52, 110, 158, 177, 0.4, fill=(236, 240, 246))
        pg.text(105, 122, "中华人民共和国", 12, bo, "c")
        pg.text(105, 132, "居民身份证", 14, bo, "c")
        s0 = rdate(rng, 2012, 2020)
        pg.text(60, 156, f"签发机关  {city}市公安局{rng.choice(CITIES[city])}分局", 8.5, b)
        pg.text(60, 164, f"有效期限  {fd(s0, 'dot')}-{fd(dt.date(s0.year + 20, s0.month, s0.day), 'dot')}", 8.5, b)
        pg.text(60, 200, "此复印件与原件一致", 16, hd, color=(30, 50, 150))
        pg.text(120, 212, nm, 16, hd, color=(30, 50, 150))
        pages = [pg]
    return doc("other", layout, pages, {"holder": nm}, [], nm, d.year)
