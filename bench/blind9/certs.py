"""Draw 9 builders: training certificates, sign-in sheets, notices, qualification certificates, non-proofs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind9 import ink
from bench.blind9.pools import FIELDS, UNIVERSITIES, Ctx, city, date_s, month_s, rdate, topic, workplace
from bench.generator.truth import person

HOURS = (6, 8, 12, 16, 20, 24, 30, 32, 40, 48, 60, 72)
PERIODS = ((0, 1), (1, 2), (2, 4), (0, 0), (3, 6))


def _doc(ctx: Ctx, etype: str, fam: str, var: str, pages: list[Page], f: dict[str, Any], scored: list[str],
         who: str, year: int, cat: str | None = None) -> Doc:  # fmt: skip
    return Doc(etype, f"{fam}9-{var}", pages, f, scored, {"person": who, "year": year}, cat)


def _range(ctx: Ctx) -> tuple[dt.date, dt.date]:
    a = rdate(ctx.rng, 2018, 2024)
    lo, hi = ctx.choice(PERIODS)
    return a, a + dt.timedelta(days=ctx.rng.randint(lo, hi))


def _rng_s(ctx: Ctx, a: dt.date, b: dt.date) -> str:
    st = ctx.choice(("cn", "cn0", "dot"))
    if a == b:
        return date_s(a, st)
    if st == "cn" and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if a.month != b.month else f"{b.day}日"
        return f"{date_s(a, 'cn')}至{tail}"
    return f"{date_s(a, st)}{ctx.choice(('至', '—', '-'))}{date_s(b, st)}"


def _issuer(ctx: Ctx, c: str, kind: str) -> str:
    opts = {
        "medical": (f"{c}市卫生健康委员会", f"{c}市医学会", f"{c}市继续医学教育委员会"),
        "teaching": (f"{c}市教育局", f"{c}市教育科学研究院", f"{c}市教师发展中心"),
        "engineering": (f"{c}市住房和城乡建设局", f"{c}市土木建筑学会", f"{c}市水利局"),
        "agri": (f"{c}市农业农村局", f"{c}市林业局", f"{c}市农学会"),
        "public": (f"{c}市人力资源和社会保障局", f"{c}市专业技术人员继续教育基地", f"{c}市人事考试中心"),
    }[kind]
    return ctx.choice(opts)


def _certno(ctx: Ctx, y: int) -> str:
    return ctx.choice((f"JXJY{y}{ctx.rng.randint(10000, 99999)}", f"{y}{ctx.rng.randint(100000, 999999)}",
                       f"No.{ctx.rng.randint(1000000, 9999999)}", f"（{y}）培字第{ctx.rng.randint(100, 999)}号"))  # fmt: skip


# ============================================================================ training certificate
def training_certificate(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("cert")
    rng = ctx.rng
    prov, c = city(rng)
    holder = ctx.name()
    unit = workplace(rng, c)
    kind, tp = topic(rng)
    a, b = _range(ctx)
    y = a.year
    h = float(ctx.choice(HOURS))
    hs = f"{h:g}"
    issued = b + dt.timedelta(days=rng.randint(0, 10))
    issuer = _issuer(ctx, c, kind)
    cat: str | None = None
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    f: dict[str, Any] = {"holder": holder, "issuer": issuer, "hours_stated": h}
    if var in ("frame", "landscape"):
        land = var == "landscape"
        pg = Page(297, 210) if land else Page()
        ink.border(pg, rng.choice((1, 2, 3)))
        training = ctx.choice((f"{y}年{c}市{tp}培训班", f"{tp}专题研修班", f"{c}市{tp}能力提升培训"))
        head = ctx.choice(("结业证书", "培训证书", "继续教育证书", "合格证书"))
        yy = ink.title(
            pg,
            ctx,
            head,
            30 if land else 45,
            30,
            spread=True,
            color=ink.RED if rng.random() < 0.5 else (20, 20, 20),
        )
        no = _certno(ctx, y)
        pg.text(pg.w - 22, 18 if land else 22, f"证书编号：{no}", 10, ctx.body, "r")
        w = pg.w - (70 if land else 50)
        x = (pg.w - w) / 2
        yy += 10
        pg.text(x, yy, f"{holder}{ctx.choice(('同志：', '：', '  学员：'))}", 15, ctx.bold)
        yy += 12
        tail = ctx.choice(
            (f"共计{hs}学时", f"累计获得继续教育学时{hs}学时", f"计{hs}学时", f"完成{hs}个学时的学习任务")
        )
        if rng.random() < 0.45:
            cat = "professional"
            tail += "（专业科目）"
        s = (
            f"{ctx.choice(('你于', '于', '在'))}{_rng_s(ctx, a, b)}参加了{issuer}{ctx.choice(('举办', '主办', '组织'))}的"
            f"“{training}”，{ctx.choice(('完成规定课程学习，经考核合格', '学习期满，成绩合格', '按要求完成全部课程'))}，{tail}。"
            f"{ctx.choice(('特发此证。', '特发此证书。', '予以结业。'))}"
        )
        yy = ink.para(pg, ctx, x, yy, w, s, 14, 2.0)
        if rng.random() < 0.5:
            yy = ink.para(pg, ctx, x, yy + 2, w, f"工作单位：{unit}", 12, indent=False)
        ds = ctx.ds(issued)
        ink.signoff(
            pg, ctx, [issuer, ds], pg.h - (55 if land else 80), pg.w - 35, 13, issuer, rng.randrange(999)
        )
        if rng.random() < 0.5:
            ink.qr(pg, 30, pg.h - (50 if land else 70), 22, rng)
        f.update(
            title=training,
            issued_on=issued.isoformat(),
            period={"start": a.isoformat(), "end": b.isoformat()},
        )
        return _doc(ctx, "training_certificate", "cert", var, [pg], f, scored, holder, y, cat)
    if var == "platform":
        pg = Page()
        plat = ctx.choice((f"{prov}省专业技术人员继续教育公共服务平台", f"{c}市专业技术人员继续教育网络学院",
                           f"{prov}专技天下在线学习平台"))  # fmt: skip
        issuer = plat
        pg.rect(0, 0, pg.w, 26, 0.0, (30, 90, 160), (30, 90, 160))
        pg.text(pg.w / 2, 8, plat, 16, ctx.bold, "c", (255, 255, 255))
        yy = ink.title(pg, ctx, ctx.choice(("继续教育学时证明", "学习证明", "继续教育培训证书")), 38, 22)
        m1, m2 = rng.randint(1, 5), rng.randint(7, 11)
        issued = dt.date(y, m2, 28) + dt.timedelta(days=rng.randint(3, 60))
        cat = ctx.choice(("public", "professional", None))
        cname = {"public": "公需科目", "professional": "专业科目", None: "选修"}
        program = f"{y}年度专业技术人员继续教育" + (
            "公需科目" if cat == "public" else "专业科目" if cat == "professional" else "网络培训"
        )
        yy = ink.fields(pg, ctx, 25, yy + 6, [("姓    名：", holder), ("工作单位：", unit), ("培训项目：", program),
                                              ("学习时间：", f"{month_s(y, m1, 'cn')}—{month_s(y, m2, 'cn')}")], 12, 26)  # fmt: skip
        pool = FIELDS["public"] if cat == "public" else FIELDS[kind]
        courses = rng.sample(pool, min(len(pool), rng.randint(3, 5)))
        parts = [round(h / len(courses) * 2) / 2 for _ in courses]
        parts[-1] = h - sum(parts[:-1])
        if parts[-1] <= 0:
            parts = [h] + [0.0] * 0
            courses = courses[:1]
        rows = [["序号", "课程名称", "课程类别", "学时", "成绩"]]
        for i, (cn_, p) in enumerate(zip(courses, parts, strict=True), 1):
            kc = cname[cat] if cat else ctx.choice(("公需科目", "专业科目"))
            rows.append([str(i), cn_, kc, f"{p:g}", str(rng.randint(72, 99))])
        if cat is None and len({r[2] for r in rows[1:]}) == 1:
            rows[1][2] = "专业科目" if rows[1][2] == "公需科目" else "公需科目"
            if len(rows) == 2:
                rows.append(
                    [
                        "2",
                        ctx.choice(FIELDS["public"]),
                        rows[1][2] == "公需科目" and "专业科目" or "公需科目",
                        "0",
                        "—",
                    ]
                )
        rows.append(["合计", "", "", hs, ""])
        yy = pg.table(20, yy + 4, [14, 84, 28, 20, 24], rows, 10.5, ctx.body, 10) + 8
        yy = ink.para(
            pg,
            ctx,
            25,
            yy,
            160,
            f"经审核，该学员已完成上述课程学习并通过在线考核，共获得{hs}学时，予以确认。",
            12,
        )
        no = _certno(ctx, y)
        ink.fields(
            pg,
            ctx,
            25,
            yy + 6,
            [("证书编号：", no), ("打印日期：", ctx.ds(issued, ("dash", "cn0", "dot")))],
            11,
            24,
        )
        ink.qr(pg, 150, yy + 4, 26, rng)
        pg.text(163, yy + 32, "扫码验证", 9, ctx.body, "c")
        pg.seal(150, yy + 58, 20, plat[:18], rng.randrange(999))
        f.update(title=program, issuer=plat, issued_on=issued.isoformat(),
                 period={"start": f"{y}-{m1:02d}", "end": f"{y}-{m2:02d}"})  # fmt: skip
        return _doc(ctx, "training_certificate", "cert", var, [pg], f, scored, holder, y, cat)
    if var == "gongxu":
        pg = Page(297, 210)
        ink.border(pg, 2, ink.RED)
        tp = ctx.choice(FIELDS["public"])
        issuer = ctx.choice((f"{c}市人力资源和社会保障局", f"{prov}省人力资源和社会保障厅"))
        yy = ink.title(
            pg,
            ctx,
            ctx.choice(("公需科目培训合格证书", "专业技术人员公需科目学习证书")),
            30,
            26,
            color=ink.RED,
        )
        s = (
            f"{holder}同志参加{y}年度专业技术人员继续教育公需科目“{tp}”"
            f"{ctx.choice(('网络培训', '集中培训', '线上学习'))}，考试成绩合格，{ctx.choice(('获得', '计', '登记'))}{hs}学时。"
        )
        yy = ink.para(pg, ctx, 45, yy + 16, 207, s, 15, 2.1)
        ink.fields(pg, ctx, 45, yy + 8, [("身份证号：", f"{rng.randint(370100, 439999)}{rng.randint(1975, 1995)}****{rng.randint(1000, 9999)}"),
                                           ("证书编号：", _certno(ctx, y))], 11)  # fmt: skip
        ink.signoff(pg, ctx, [issuer, ctx.ds(issued)], 150, 250, 13, issuer, rng.randrange(999))
        f.update(title=tp, issuer=issuer, issued_on=issued.isoformat(), period=None)
        scored = [s_ for s_ in scored if not s_.startswith("period")]
        return _doc(ctx, "training_certificate", "cert", var, [pg], f, scored, holder, y, "public")
    if var == "form":
        pg = Page()
        ink.border(pg, 1, (40, 40, 40))
        yy = ink.title(pg, ctx, ctx.choice(("继续教育证书", "专业技术人员继续教育证书", "培训证书")), 28, 22)
        ink.photo(pg, 155, yy + 4)
        training = ctx.choice((f"{tp}培训班", f"{y}年{tp}继续教育项目", f"{c}市{tp}专题培训"))
        pairs = [("姓    名", holder), ("性    别", ctx.choice(("男", "女"))), ("工作单位", unit), ("培训项目", training),
                 ("培训时间", _rng_s(ctx, a, b)), ("培训学时", f"{hs}{ctx.choice(('学时', '课时'))}")]  # fmt: skip
        if rng.random() < 0.6:
            cat = ctx.choice(("public", "professional"))
            pairs.append(("科目类别", "公需科目" if cat == "public" else "专业科目"))
        pairs += [("证书编号", _certno(ctx, y)), ("发证日期", ctx.ds(issued))]
        rows = [[p, v] for p, v in pairs]
        pg.table(25, yy + 44, [35, 125], rows, 11.5, ctx.body, 12)
        yy = yy + 44 + 12 * len(rows) + 10
        ink.signoff(pg, ctx, [f"发证机构：{issuer}"], yy, pg.w - 30, 12, issuer, rng.randrange(999))
        f.update(
            title=training,
            issued_on=issued.isoformat(),
            period={"start": a.isoformat(), "end": b.isoformat()},
        )
        return _doc(ctx, "training_certificate", "cert", var, [pg], f, scored, holder, y, cat)
    # proof: a 学时证明 letter
    pg = Page()
    issuer = ctx.choice((unit, issuer))
    yy = ink.title(pg, ctx, ctx.choice(("学时证明", "继续教育学时证明", "证  明")), 40, 22)
    training = ctx.choice((f"{tp}培训", f"{y}年度{tp}培训班", f"{tp}学术讲座"))
    unit_w = ctx.choice(("学时", "课时"))
    s = (
        f"兹证明{holder}同志（工作单位：{unit}）于{_rng_s(ctx, a, b)}参加{training}，"
        f"全程参训，{ctx.choice(('累计', '共计', '合计'))}{hs}{unit_w}。"
    )
    if rng.random() < 0.4:
        cat = "professional"
        s += "所学内容属专业科目。"
    s += ctx.choice(("特此证明。", "情况属实，特此证明。"))
    yy = ink.para(pg, ctx, 28, yy + 12, 154, s, 14, 2.1)
    ink.signoff(pg, ctx, [issuer, ctx.ds(issued)], yy + 30, pg.w - 30, 13, issuer, rng.randrange(999))
    f.update(title=training, issuer=issuer, issued_on=issued.isoformat(),
             period={"start": a.isoformat(), "end": b.isoformat()})  # fmt: skip
    return _doc(ctx, "training_certificate", "cert", var, [pg], f, scored, holder, y, cat)


# ============================================================================ sign-in sheet
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("sign")
    rng = ctx.rng
    prov, c = city(rng)
    kind, tp = topic(rng)
    a, b = _range(ctx)
    if var != "days":
        b = a
    issuer = _issuer(ctx, c, kind)
    name = ctx.choice((f"{tp}培训会", f"{a.year}年{tp}培训班", f"{tp}专题讲座", f"{c}市{tp}业务培训"))
    n = {"grid": rng.randint(10, 16), "pair": rng.randint(16, 26), "meeting": rng.randint(9, 14),
         "pages": rng.randint(24, 32), "days": rng.randint(8, 13)}[var]  # fmt: skip
    people = ctx.names(n)
    units = [workplace(rng, c) for _ in people]
    ranks = ("主治医师", "副主任医师", "主管护师", "中学一级教师", "高级教师", "工程师", "高级工程师", "助理工程师",
             "农艺师", "高级农艺师", "讲师", "副教授")  # fmt: skip
    pages: list[Page] = []
    ds = _rng_s(ctx, a, b)
    place = f"{c}市{ctx.choice(('会议中心', '人民医院学术报告厅', '教育局三楼会议室', '职业技术学院图书馆报告厅'))}"

    def header(pg: Page, cont: bool = False) -> float:
        yy = ink.title(
            pg,
            ctx,
            f"{name}{ctx.choice(('签到表', '签到册', '参会人员签到表'))}" + ("（续）" if cont else ""),
            18,
            16,
        )
        if not cont:
            yy = ink.fields(
                pg,
                ctx,
                18,
                yy,
                [(f"主办单位：{issuer}", ""), (f"时间：{ds}    地点：{place}", "")],
                10.5,
                gap=1.9,
            )
        return yy + 2

    if var in ("grid", "pages", "meeting"):
        per = 16 if var == "pages" else n
        chunks = [list(range(i, min(i + per, n))) for i in range(0, n, per)]
        for ci, ch in enumerate(chunks):
            pg = Page()
            yy = header(pg, ci > 0)
            if var == "meeting":
                rows = [["序号", "姓名", "工作单位", "联系电话", "签到时间"]]
                widths = [14, 30, 74, 34, 24]
            else:
                rows = [["序号", "姓名", "单位", "职称", "签名"]]
                widths = [14, 28, 70, 34, 30]
            for i in ch:
                if var == "meeting":
                    rows.append([str(i + 1), "", units[i], f"1{rng.randint(3, 9)}{rng.randint(100000000, 999999999)}",
                                 f"{rng.randint(7, 8)}:{rng.randint(10, 59)}"])  # fmt: skip
                else:
                    rows.append([str(i + 1), people[i], units[i], ctx.choice(ranks), ""])
            rh = 11.0
            pg.table(18, yy, widths, rows, 9.5, ctx.body, rh)
            col = 1 if var == "meeting" else 4
            cx = 18 + sum(widths[:col]) + widths[col] / 2
            for r, i in enumerate(ch, 1):
                ink.hand(
                    pg,
                    ctx,
                    cx + rng.uniform(-3, 3),
                    yy + r * rh + 2 + rng.uniform(-0.8, 0.8),
                    people[i],
                    14,
                    "c",
                )
            pages.append(pg)
    elif var == "pair":
        pg = Page()
        yy = header(pg)
        half = (n + 1) // 2
        rows = [["序号", "姓名（签字）", "序号", "姓名（签字）"]]
        for i in range(half):
            j = i + half
            rows.append([str(i + 1), "", str(j + 1) if j < n else "", ""])
        rh = 10.5
        pg.table(20, yy, [18, 67, 18, 67], rows, 10, ctx.body, rh)
        for i in range(n):
            r, left = (i + 1, True) if i < half else (i - half + 1, False)
            cx = 20 + (18 + 33.5 if left else 18 + 67 + 18 + 33.5)
            ink.hand(pg, ctx, cx + rng.uniform(-5, 5), yy + r * rh + 1.8, people[i], 14, "c")
        pages.append(pg)
    else:  # days
        pg = Page()
        yy = header(pg)
        days = [a + dt.timedelta(days=i) for i in range((b - a).days + 1)][:4]
        if days[-1] != b:
            days[-1] = b
        rows = [["序号", "姓名", "单位"] + [f"{d.month}月{d.day}日" for d in days]]
        dw = min(26.0, 96 / len(days))
        widths = [12, 24, 146 - dw * len(days)] + [dw] * len(days)
        for i in range(n):
            rows.append([str(i + 1), people[i], units[i]] + [""] * len(days))
        rh = 11.0
        pg.table(14, yy, widths, rows, 9, ctx.body, rh)
        for r in range(1, n + 1):
            for di in range(len(days)):
                if rng.random() < 0.9:
                    cx = 14 + sum(widths[: 3 + di]) + dw / 2
                    ink.hand(
                        pg,
                        ctx,
                        cx,
                        yy + r * rh + 2.5,
                        people[r - 1][-2:] if len(people[r - 1]) > 2 else people[r - 1],
                        11,
                        "c",
                    )
        pages.append(pg)
    f = {"title": name, "issuer": issuer, "period": {"start": a.isoformat(), "end": b.isoformat()},
         "people": [person(p, i + 1, "attendee") for i, p in enumerate(people)]}  # fmt: skip
    who = people[rng.randrange(n)]
    return _doc(
        ctx,
        "sign_in_sheet",
        "sign",
        var,
        pages,
        f,
        ["title", "issuer", "period.start", "period.end", "people"],
        who,
        a.year,
    )


# ============================================================================ training notice
def training_notice(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("notice")
    rng = ctx.rng
    prov, c = city(rng)
    kind, tp = topic(rng)
    a, b = _range(ctx)
    if a == b:
        b = a + dt.timedelta(days=1)
    issued = a - dt.timedelta(days=rng.randint(5, 25))
    issuer = _issuer(ctx, c, kind)
    y = a.year
    training = ctx.choice((f"{y}年{c}市{tp}培训班", f"{tp}专题培训班", f"全市{tp}培训班"))
    h = float(ctx.choice(HOURS[2:]))
    hs = f"{h:g}"
    cat = None
    hour_s = ctx.choice((f"培训结束经考核合格者，登记继续教育学时{hs}学时。", f"学员全程参训并考核合格的，授予{hs}学时。",
                         f"参训人员完成全部课程后，计入继续教育专业科目{hs}学时。"))  # fmt: skip
    if "专业科目" in hour_s:
        cat = "professional"
    holder = None
    people: list[dict] = []
    pages: list[Page] = []
    pg = Page()
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    abbr = {"medical": "卫", "teaching": "教", "engineering": "建", "agri": "农"}[kind]
    docno = f"{c[0]}{abbr}{ctx.choice(('发', '函', '字'))}〔{issued.year}〕{rng.randint(3, 99)}号"
    body_pars = [
        f"为{ctx.choice(('进一步提升', '切实提高', '全面加强'))}全市专业技术人员业务能力，经研究，决定举办{training}。现将有关事项通知如下：",
        f"一、培训时间：{_rng_s(ctx, a, b)}{ctx.choice(('，会期两天', '', '（提前一天报到）'))}。",
        f"二、培训地点：{c}市{ctx.choice(('人才发展中心', '行政会议中心', '职业技术学院'))}。",
        f"三、培训对象：各{ctx.choice(('单位', '县（市、区）'))}从事{tp}相关工作的专业技术人员。",
        f"四、培训内容：{tp}相关政策解读、技术规范及案例分析。",
        f"五、学时认定：{hour_s}",
        "六、培训不收取费用，食宿统一安排，费用回原单位报销。",
    ]
    addressee = ctx.choice(("各县（市、区）、市直各有关单位：", "各有关单位：", "各会员单位："))
    if var in ("redhead", "annex", "agenda", "web"):
        if var == "web":
            pg.rect(0, 0, pg.w, 16, 0.0, (235, 238, 245), (235, 238, 245))
            pg.text(15, 5, f"{issuer}  >  通知公告", 10, ctx.body, "l", (80, 80, 80))
            yy = 30
            yy = ink.para(pg, ctx, 20, yy, 170, f"关于举办{training}的通知", 17, 1.5, indent=False)
            pg.text(
                pg.w / 2,
                yy,
                f"发布时间：{issued.isoformat()}    来源：{issuer}",
                9.5,
                ctx.body,
                "c",
                (90, 90, 90),
            )
            yy += 10
        else:
            yy = ink.redhead(pg, ctx, f"{issuer}{ctx.choice(('文件', ''))}")
            pg.text(pg.w / 2, yy + 2, docno, 12, ctx.body, "c")
            ink.red_rule(pg, yy + 10, rng.random() < 0.5)
            yy = ink.para(pg, ctx, 25, yy + 18, 160, f"关于举办{training}的通知", 17, 1.5, indent=False)
        yy = ink.para(pg, ctx, 22, yy + 4, 166, addressee, 12, indent=False)
        for p in body_pars[: 7 if var != "agenda" else 6]:
            yy = ink.para(pg, ctx, 22, yy, 166, p, 12, 1.75)
        if var == "annex":
            yy = ink.para(pg, ctx, 22, yy + 2, 166, "附件：参训人员名单", 12)
        yy = ink.signoff(
            pg,
            ctx,
            [issuer, ctx.ds(issued, ("cn", "han"))],
            yy + 10,
            pg.w - 30,
            12,
            issuer,
            rng.randrange(999),
        )
        pages.append(pg)
        if var == "agenda":
            p2 = Page()
            y2 = ink.title(p2, ctx, "培训日程安排", 22, 18)
            rows = [["日期", "时间", "内容", "授课人"]]
            lecturers = ctx.names(3)
            for d_i in range((b - a).days + 1):
                d = a + dt.timedelta(days=d_i)
                for slot in ("8:30-11:30", "14:00-17:00"):
                    rows.append([f"{d.month}月{d.day}日", slot, ctx.choice((f"{tp}政策解读", "案例分析与研讨", "技术规范讲解", "现场教学", "结业考核")),
                                 ctx.choice(lecturers)])  # fmt: skip
            p2.table(18, y2 + 4, [30, 32, 82, 30], rows[:13], 10.5, ctx.body, 11)
            pages.append(p2)
        if var == "annex":
            p2 = Page()
            p2.text(20, 18, "附件", 13, ctx.bold)
            y2 = ink.title(p2, ctx, f"{training}参训人员名单", 30, 15)
            names = ctx.names(rng.randint(8, 16))
            rows = [["序号", "姓名", "单位", "备注"]] + [
                [str(i + 1), nm, workplace(rng, c), ""] for i, nm in enumerate(names)
            ]
            p2.table(18, y2 + 4, [16, 32, 100, 26], rows, 10.5, ctx.body, 10)
            pages.append(p2)
            people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
            who = names[rng.randrange(len(names))]
        else:
            holder = ctx.name()
            ink.hand(
                pg,
                ctx,
                120,
                14 if var != "web" else 22,
                f"{holder} {ctx.choice(('已参加', '参训', '已报名参加'))}",
                16,
            )
            who = holder
    else:  # invite
        holder = ctx.name()
        ink.border(pg, 3, ink.RED)
        yy = ink.title(pg, ctx, "邀  请  函", 35, 28, color=ink.RED)
        yy = ink.para(
            pg,
            ctx,
            25,
            yy + 8,
            160,
            f"尊敬的{holder}{ctx.choice(('老师', '同志', '先生', '女士'))}：",
            13,
            indent=False,
        )
        s = (
            f"{issuer}定于{_rng_s(ctx, a, b)}在{c}市举办{training}，诚挚邀请您{ctx.choice(('拨冗参加', '莅临指导并参加学习', '参加'))}。"
            f"{hour_s}"
        )
        yy = ink.para(pg, ctx, 25, yy + 2, 160, s, 13, 2.0)
        yy = ink.para(
            pg,
            ctx,
            25,
            yy + 2,
            160,
            f"联系人：{ctx.name()}  电话：0{rng.randint(530, 739)}-{rng.randint(2000000, 8999999)}",
            12,
        )
        ink.signoff(pg, ctx, [issuer, ctx.ds(issued)], yy + 20, pg.w - 30, 13, issuer, rng.randrange(999))
        pages.append(pg)
        who = holder
    f = {"holder": holder, "people": people, "title": training, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": h}  # fmt: skip
    return _doc(ctx, "training_notice", "notice", var, pages, f, scored, who, y, cat)


# ============================================================================ qualification
MAJORS = ("临床医学", "护理学", "土木工程", "农业资源与环境", "教育学", "计算机科学与技术", "水利工程", "公共管理",
          "作物学", "药学", "机械工程", "汉语言文学")  # fmt: skip
DEGREE_CAT = {"临床医学": "医学", "护理学": "医学", "土木工程": "工学", "农业资源与环境": "农学", "教育学": "教育学",
              "计算机科学与技术": "工学", "水利工程": "工学", "公共管理": "管理学", "作物学": "农学", "药学": "医学",
              "机械工程": "工学", "汉语言文学": "文学"}  # fmt: skip
MODULES = ("Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿", "Internet应用",
           "WPS Office办公组合", "Photoshop CS6图像处理", "AutoCAD 2014制图")  # fmt: skip
SELF_COURSES = ("马克思主义基本原理概论", "中国近现代史纲要", "英语（二）", "管理学原理", "高等数学（工本）",
                "线性代数（经管类）", "计算机网络原理", "教育心理学", "护理学导论", "建筑工程概论")  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("qual")
    rng = ctx.rng
    prov, c = city(rng)
    holder = ctx.name()
    sex = ctx.choice(("男", "女"))
    major = ctx.choice(MAJORS)
    uni = ctx.choice(UNIVERSITIES)
    born = rng.randint(1972, 1986)
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    pg = Page()
    if var in ("degree", "photo"):
        doctor = rng.random() < 0.35
        kind = "doctor_degree" if doctor else "master_degree"
        deg = f"{DEGREE_CAT[major]}{'博士' if doctor else '硕士'}"
        d = rdate(rng, 2008, 2023).replace(month=ctx.choice((6, 7, 12)))
        born = d.year - rng.randint(25, 34)
        land = var == "photo"
        pg = Page(297, 210) if land else Page()
        ink.border(pg, 2, (120, 40, 40))
        ink.title(pg, ctx, f"{'博士' if doctor else '硕士'}学位证书", 30 if land else 45, 26)
        x0 = 95 if land else 30
        if land:
            ink.photo(pg, 35, 60, 30, 40)
        s = (
            f"{holder}，{sex}，{born}年{rng.randint(1, 12)}月生。在{uni}{major}{ctx.choice(('专业', '学科'))}"
            f"完成了{'博士' if doctor else '硕士'}学位的课程学习和{'学位' if doctor else ''}论文答辩，成绩合格。"
            f"根据《中华人民共和国学位条例》的规定，授予{deg}学位。"
        )
        yy = ink.para(pg, ctx, x0, 70 if land else 80, pg.w - x0 - 30, s, 14, 2.1)
        yy = ink.fields(pg, ctx, x0, yy + 8, [("学位评定委员会主席：", ""), ("", "")], 12)
        ink.hand(pg, ctx, x0 + 48, yy - 13, ctx.name(), 16)
        ink.signoff(pg, ctx, [uni, ctx.ds(d, ("cn", "han"))], yy + 6, pg.w - 40, 13, uni, rng.randrange(999))
        pg.text(
            x0,
            pg.h - 30,
            f"证书编号：{rng.randint(10000, 10999)}{d.year}{rng.randint(100000, 999999)}",
            10,
            ctx.body,
        )
        f = {"holder": holder, "issuer": uni, "issued_on": d.isoformat(),
             "qualification": {"kind": kind, "subject": major, "modules": None}}  # fmt: skip
        return _doc(ctx, "qualification_certificate", "qual", var, [pg], f, scored, holder, d.year)
    if var == "diploma":
        y1 = rng.randint(2005, 2020)
        yrs = ctx.choice((3, 4, 5))
        born = y1 - rng.randint(18, 20)
        d = dt.date(y1 + yrs, 6, rng.randint(20, 30))
        ink.border(pg, 1, (30, 90, 60))
        ink.title(pg, ctx, "毕业证书", 40, 28, spread=True)
        ink.photo(pg, 30, 70)
        s = (f"学生{holder}，性别{sex}，{born}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日生，于{y1}年9月至{y1 + yrs}年6月在本校"
             f"{major}专业{ctx.choice(('学习', '四年制本科学习', '脱产学习'))}，学制{'三四五'[yrs - 3]}年，修完教学计划规定的全部课程，"
             f"成绩合格，准予毕业。")  # fmt: skip
        yy = ink.para(pg, ctx, 65, 72, 118, s, 13, 2.0)
        yy = max(yy, 115)
        ink.fields(pg, ctx, 30, yy + 10, [("校（院）长：", "")], 12)
        ink.hand(pg, ctx, 58, yy + 8, ctx.name(), 16)
        ink.signoff(pg, ctx, [uni, ctx.ds(d, ("cn", "cn0"))], yy + 30, pg.w - 30, 13, uni, rng.randrange(999))
        pg.text(
            30,
            pg.h - 35,
            f"证书编号：{rng.randint(10000, 14999)}{d.year}{rng.randint(10, 99)}{rng.randint(100000, 999999)}",
            10,
            ctx.body,
        )
        f = {"holder": holder, "issuer": uni, "issued_on": d.isoformat(),
             "qualification": {"kind": "graduation", "subject": major, "modules": None}}  # fmt: skip
        return _doc(ctx, "qualification_certificate", "qual", var, [pg], f, scored, holder, d.year)
    if var == "courses":
        y1 = rng.randint(2010, 2021)
        m = ctx.choice((6, 7, 12))
        ink.border(pg, 2, ink.GOLD)
        ink.title(pg, ctx, ctx.choice(("研究生课程进修班结业证书", "研究生课程学习结业证书")), 45, 20)
        s = (
            f"{holder}同志（{sex}）于{y1}年9月至{y1 + 2}年{m}月参加我校{major}专业研究生课程进修班学习，"
            f"修完规定的全部学位课程，考试成绩合格，准予结业。"
        )
        yy = ink.para(pg, ctx, 28, 78, 154, s, 14, 2.1)
        issuer = f"{uni}研究生院" if rng.random() < 0.5 else uni
        ink.signoff(
            pg,
            ctx,
            [issuer, month_s(y1 + 2, m, ctx.choice(("cn", "han")))],
            yy + 30,
            pg.w - 30,
            13,
            issuer,
            rng.randrange(999),
        )
        pg.text(28, pg.h - 35, f"编号：研进〔{y1 + 2}〕{rng.randint(100, 999)}号", 10, ctx.body)
        f = {"holder": holder, "issuer": issuer, "issued_on": f"{y1 + 2}-{m:02d}",
             "qualification": {"kind": "postgraduate_courses", "subject": major, "modules": None}}  # fmt: skip
        return _doc(ctx, "qualification_certificate", "qual", var, [pg], f, scored, holder, y1 + 2)
    if var == "selfstudy":
        y = rng.randint(2012, 2024)
        m = ctx.choice((4, 10))
        issuer = f"{prov}省高等教育自学考试委员会"
        ink.border(pg, 1, (30, 60, 140))
        yy = ink.title(pg, ctx, "高等教育自学考试", 30, 18)
        yy = ink.title(pg, ctx, ctx.choice(("单科合格证书", "课程合格证书")), yy, 24)
        n = rng.randint(1, 3)
        courses = rng.sample(SELF_COURSES, n)
        yy = ink.fields(pg, ctx, 28, yy + 8, [("姓    名：", holder), ("准考证号：", f"0{rng.randint(10000000000, 99999999999)}"),
                                              ("报考专业：", major)], 12, 26)  # fmt: skip
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
            [f"0{rng.randint(1000, 9999)}", cn_, str(rng.randint(60, 92)), month_s(y, m, "dot")]
            for cn_ in courses
        ]
        yy = pg.table(28, yy + 4, [28, 76, 20, 30], rows, 11, ctx.body, 11) + 8
        yy = ink.para(pg, ctx, 28, yy, 154, "上列课程经考试成绩合格，特发此证。", 12)
        ink.signoff(
            pg, ctx, [issuer, month_s(y, m, "cn")], yy + 20, pg.w - 30, 12, issuer, rng.randrange(999)
        )
        f = {"holder": holder, "issuer": issuer, "issued_on": f"{y}-{m:02d}",
             "qualification": {"kind": "self_study_exam", "subject": major, "modules": courses}}  # fmt: skip
        return _doc(
            ctx,
            "qualification_certificate",
            "qual",
            var,
            [pg],
            f,
            scored + ["qualification.modules"],
            holder,
            y,
        )
    # computer exam
    d = rdate(rng, 2012, 2020)
    issuer = ctx.choice(("人力资源和社会保障部人事考试中心", f"{prov}省人事考试中心"))
    pg = Page(297, 210)
    ink.border(pg, 2, (30, 90, 150))
    yy = ink.title(pg, ctx, "全国专业技术人员计算机应用能力考试", 25, 18)
    yy = ink.title(pg, ctx, "合 格 证 书", yy, 26)
    ink.photo(pg, 35, yy + 8)
    mods = rng.sample(MODULES, rng.randint(1, 2))
    pairs = [("姓    名：", holder), ("性    别：", sex), ("身份证号：", f"{rng.randint(370100, 439999)}{born}********"),
             ("考试科目：", mods[0])] + [("", m_) for m_ in mods[1:]] + [("管理号：", f"{d.year}{rng.randint(1000000, 9999999)}")]  # fmt: skip
    yy2 = ink.fields(pg, ctx, 75, yy + 8, pairs, 13, 28)
    ink.signoff(
        pg, ctx, [issuer, ctx.ds(d, ("cn", "cn0"))], yy2 + 8, pg.w - 40, 13, issuer, rng.randrange(999)
    )
    f = {"holder": holder, "issuer": issuer, "issued_on": d.isoformat(),
         "qualification": {"kind": "computer_exam", "subject": None, "modules": mods}}  # fmt: skip
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
    return _doc(ctx, "qualification_certificate", "qual", var, [pg], f, sc, holder, d.year)


# ============================================================================ other (non-proofs)
def other(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("other")
    rng = ctx.rng
    prov, c = city(rng)
    who = ctx.name()
    unit = workplace(rng, c)
    d = rdate(rng, 2018, 2024)
    pg = Page()
    if var == "invoice":
        pg = Page(240, 140)
        pg.rect(8, 8, 232, 132, 0.4, (150, 90, 60))
        pg.text(120, 12, f"{prov}增值税电子普通发票", 17, ctx.bold, "c", (150, 90, 60))
        pg.text(172, 14, f"发票号码：{rng.randint(10000000, 99999999)}", 9, ctx.body)
        pg.text(172, 20, f"开票日期：{d.year}年{d.month:02d}月{d.day:02d}日", 9, ctx.body)
        rows = [["购买方", f"名称：{who}"], ["项目名称", "*非学历教育服务*培训费"], ["金额", f"¥{rng.randint(2, 12) * 100}.00"],
                ["销售方", f"{c}市{ctx.choice(('众信', '博远', '启明'))}职业培训学校有限公司"]]  # fmt: skip
        pg.table(15, 32, [40, 170], rows, 11, ctx.body, 16)
        pg.seal(200, 118, 14, "发票专用章", rng.randrange(999))
    elif var == "receipt":
        pg = Page(210, 120)
        ink.title(pg, ctx, "收  款  收  据", 12, 20)
        ink.fields(pg, ctx, 20, 35, [("今收到：", who), ("交来：", f"{d.year}年度继续教育培训资料费"),
                                      ("人民币（大写）：", ctx.choice(("叁佰元整", "伍佰元整", "贰佰捌拾元整"))),
                                      ("收款日期：", ctx.ds(d))], 12, 40, rule=True)  # fmt: skip
        pg.seal(160, 90, 16, f"{unit}财务专用章"[:18], rng.randrange(999))
    elif var == "appoint":
        org = f"{unit}"
        y0 = ink.redhead(pg, ctx, org)
        ink.red_rule(pg, y0 + 6)
        yy = ink.para(
            pg, ctx, 25, y0 + 14, 160, f"关于聘任{who}同志专业技术职务的通知", 16, 1.5, indent=False
        )
        s = (
            f"根据{d.year}年度专业技术职务任职资格评审结果，经研究决定，聘任{who}同志为"
            f"{ctx.choice(('主治医师', '高级教师', '工程师', '农艺师', '副主任医师'))}，聘期三年，自{ctx.ds(d)}起计算。"
        )
        yy = ink.para(pg, ctx, 22, yy + 6, 166, s, 13, 2.0)
        ink.signoff(pg, ctx, [org, ctx.ds(d)], yy + 20, pg.w - 30, 12, org, rng.randrange(999))
    elif var == "idcard":
        pg = Page(120, 80)
        pg.rect(2, 2, 118, 78, 0.4, (150, 170, 190), (235, 240, 246))
        ink.fields(pg, ctx, 8, 10, [("姓名  ", who), ("性别  ", ctx.choice(("男", "女")) + "    民族  汉"),
                                     ("出生  ", f"{rng.randint(1970, 1995)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                                     ("住址  ", f"{prov}省{c}市{ctx.choice(('东昌路', '人民路', '建设街'))}{rng.randint(1, 300)}号")], 9, gap=2.4)  # fmt: skip
        pg.text(
            8,
            64,
            f"公民身份号码  {rng.randint(370100, 439999)}{rng.randint(19700101, 19951228)}{rng.randint(1000, 9999)}",
            9,
            ctx.body,
        )
        ink.photo(pg, 84, 10, 28, 36)
    elif var == "intro":
        yy = ink.title(pg, ctx, "介  绍  信", 35, 22)
        s = f"兹介绍我单位{who}同志前往贵处{ctx.choice(('办理继续教育学时登记事宜', '联系培训报名事宜', '查询职称评审材料'))}，请予接洽为盼。"
        yy = ink.para(pg, ctx, 25, yy + 8, 160, f"{c}市人力资源和社会保障局：", 13, indent=False)
        yy = ink.para(pg, ctx, 25, yy, 160, s, 13, 2.0)
        yy = ink.para(pg, ctx, 25, yy, 160, f"（有效期{ctx.choice(('七', '十五', '三十'))}天）", 12)
        ink.signoff(pg, ctx, [unit, ctx.ds(d)], yy + 20, pg.w - 30, 12, unit, rng.randrange(999))
    else:  # transcript of courses (not a proof of study hours)
        uni = ctx.choice(UNIVERSITIES)
        yy = ink.title(pg, ctx, f"{uni}学生成绩单", 22, 18)
        yy = ink.fields(
            pg,
            ctx,
            20,
            yy + 4,
            [
                (
                    f"姓名：{who}    专业：{ctx.choice(MAJORS)}    学号：{rng.randint(2010000000, 2020999999)}",
                    "",
                )
            ],
            11,
        )
        rows = [["课程名称", "学分", "成绩", "学期"]]
        for cn_ in rng.sample(SELF_COURSES, 8):
            rows.append([cn_, str(ctx.choice((2, 3, 4))), str(rng.randint(61, 96)), f"{rng.randint(1, 8)}"])
        yy = pg.table(20, yy + 4, [80, 25, 25, 40], rows, 10.5, ctx.body, 10)
        ink.signoff(
            pg, ctx, [f"{uni}教务处", ctx.ds(d)], yy + 15, pg.w - 30, 12, f"{uni}教务处", rng.randrange(999)
        )
    f = {"holder": who}
    return _doc(ctx, "other", "other", var, [pg], f, [], who, d.year)
