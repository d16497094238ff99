"""Draw 24 builders: training notices and invitations, and other documents (scored on nothing)."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind24.ink import GREY, RED, centre, doc, fit_table, hand, kv, para, phone_page, seal, serial, txt
from bench.blind24.pools import (
    CITIES,
    COURSE_SUFFIX,
    PRO_TOPICS,
    PUBLIC_TOPICS,
    TITLES_PRO,
    Ctx,
    crowd,
    day,  # fmt: skip
    fd,
    fm,
    later,
    train_issuers,
)
from bench.generator.truth import person

PLACES = [
    "市委党校报告厅",
    "市行政中心三楼会议室",
    "学院图书馆报告厅",
    "国际会议中心二号厅",
    "宾馆一楼多功能厅",
]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    city = ctx.pick(CITIES)
    st = ctx.style()
    topic = ctx.pick(PUBLIC_TOPICS + PRO_TOPICS)
    title, issuer = topic + ctx.pick(COURSE_SUFFIX), ctx.pick(train_issuers(city))
    issued = day(ctx.rng)
    a = later(issued, 7, 30, ctx.rng)
    b, hours = later(a, 1, 4, ctx.rng), ctx.pick((8, 12, 16, 20, 24, 30, 32))
    place = city + "市" + ctx.pick(PLACES)
    holder = crowd(ctx.rng, 1)[0]
    f = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    sc = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    cat = None
    claim = holder
    pages: list[Page] = []
    head = f"关于举办{title}的通知"
    if v == "redhead":
        pg = Page()
        centre(pg, ctx, 22, f"{issuer}", 22, color=RED)
        txt(pg, ctx, 105, 40, f"{city[0]}继函〔{issued.year}〕{ctx.rng.randint(3, 60)}号", 11, align="c")
        pg.line(18, 48, 192, 48, 1.0, RED)
        y = para(pg, ctx, 24, 56, 162, head, 16, indent=False)
        y = para(pg, ctx, 20, y + 4, 170, "各有关单位：", 12, indent=False)
        for s in (f"为进一步提升我市专业技术人员业务能力，经研究，决定举办{title}。现将有关事项通知如下：",
                  f"一、培训时间：{fd(a, st)}至{fd(b, st)}，共{(b - a).days + 1}天。", f"二、培训地点：{place}。",
                  "三、培训对象：各单位在职专业技术人员。", f"四、学时认定：全程参训并考核合格的，认定继续教育学时{hours}学时。",
                  "五、请各单位于开班前三日将参训人员名单报送我单位。"):  # fmt: skip
            y = para(pg, ctx, 20, y, 170, s, 12)
        txt(pg, ctx, 150, y + 18, issuer, 12, align="c")
        txt(pg, ctx, 150, y + 27, fd(issued, st), 12, align="c")
        seal(pg, ctx, 150, y + 20, issuer)
        hand(pg, ctx, 120, 12, f"已参训  {holder}", 14)
        pages = [pg]
    elif v == "invite":
        pg = Page()
        y = centre(pg, ctx, 34, "邀 请 函", 26, color=(150, 30, 30)) + 12
        y = (
            para(
                pg,
                ctx,
                22,
                y,
                166,
                f"尊敬的{holder}{ctx.pick(['老师', '先生', '女士', '同志'])}：",
                13,
                indent=False,
            )
            + 3
        )
        y = para(pg, ctx, 22, y, 166, f"兹定于{fd(a, st)}至{fd(b, st)}在{place}举办“{title}”。久仰您在相关领域的"
                 "专业造诣，特邀请您拨冗出席。", 13)  # fmt: skip
        if ctx.rng.random() < 0.5:
            y = para(pg, ctx, 22, y, 166, f"全程参加者可获继续教育学时{hours}学时。", 13)
        else:
            f["hours_stated"] = None
            sc.remove("hours_stated")
        y = para(pg, ctx, 22, y, 166, "敬请回复为盼！", 13)
        txt(pg, ctx, 150, y + 26, issuer, 13, align="c")
        txt(pg, ctx, 150, y + 35, fd(issued, st), 13, align="c")
        seal(pg, ctx, 150, y + 28, issuer)
        pages = [pg]
    elif v == "agenda":
        pg = Page()
        y = centre(pg, ctx, 20, f"{title}日程安排", 15)
        y = kv(
            pg,
            ctx,
            18,
            y + 2,
            [("主办单位", issuer), ("培训时间", f"{fd(a, st)}—{fd(b, st)}"), ("地点", place)],
            11,
        )
        sp = crowd(ctx.rng, 4)
        rows = [["日期", "时间", "内容", "主讲"]]
        days = [later(a, i, i, ctx.rng) for i in range((b - a).days + 1)]
        for i, dd in enumerate(days):
            rows.append(
                [
                    f"{dd.month}月{dd.day}日",
                    "08:30-11:30",
                    f"专题{i * 2 + 1}：{ctx.pick(PRO_TOPICS)}",
                    sp[(2 * i) % 4],
                ]
            )
            rows.append(
                ["", "14:30-17:30", f"专题{i * 2 + 2}：{ctx.pick(PUBLIC_TOPICS)}", sp[(2 * i + 1) % 4]]
            )
        fit_table(pg, ctx, 14, y + 3, rows, 182, 9.5, 10)
        hand(pg, ctx, 140, 8, f"参训人：{holder}", 13)
        f["issued_on"], f["hours_stated"] = None, None
        sc = ["title", "issuer", "period.start", "period.end"]
        pages = [pg]
    elif v == "confcall":
        n = ctx.rng.randint(5, 18)
        title = f"第{'一二三四五六七八九十'[n % 10]}届{ctx.pick(['中原', '湖湘', '黄河流域', '洞庭湖区'])}{ctx.pick(['城乡规划', '财会', '农业科技', '水利工程', '高等教育'])}学术研讨会"
        f["title"] = title
        p1 = Page()
        y = centre(p1, ctx, 26, title, 17)
        y = centre(p1, ctx, y + 1, "（第二轮通知）", 13, bold=False) + 4
        y = para(
            p1,
            ctx,
            20,
            y,
            170,
            f"经研究，{title}定于{fd(a, st)}至{fd(b, st)}在{place}召开，现将有关事项通知如下。",
            12,
        )
        y = kv(p1, ctx, 20, y + 2, [("主办单位", issuer), ("承办单位", ctx.pick(CITIES[city]["univ"])),
                                    ("会议时间", f"{fd(a, st)}至{fd(b, st)}"), ("会议地点", place)], 12)  # fmt: skip
        y = para(p1, ctx, 20, y + 2, 170, f"参会代表凭参会证明可认定继续教育学时{hours}学时。", 12)
        txt(p1, ctx, 150, y + 20, issuer, 12, align="c")
        txt(p1, ctx, 150, y + 29, fd(issued, st), 12, align="c")
        seal(p1, ctx, 150, y + 22, issuer)
        p2 = Page()
        y = centre(p2, ctx, 22, "参会回执", 16)
        rows = [
            ["姓名", "单位", "职称", "电话"],
            [holder, ctx.pick(CITIES[city]["work"]), ctx.pick(TITLES_PRO), "1" + serial(ctx, 10)],
        ]
        fit_table(p2, ctx, 18, y + 4, rows, 174, 11, 12, fonts={0: ctx.hand})
        pages = [p1, p2]
    elif v == "wxshot":
        pg, y = phone_page(ctx, "公众号文章", f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(10, 59)}")
        pg.rect(0, y - 3, 100, 216, 0, fill=(255, 255, 255))
        y = para(pg, ctx, 6, y, 88, head, 12.5, indent=False, lead=1.5)
        txt(pg, ctx, 6, y + 1, f"{issuer}  {fd(issued, st)}", 7.5, color=GREY)
        y += 9
        for s in (f"培训时间：{fd(a, st)}至{fd(b, st)}", f"培训地点：{place}", f"学时：考核合格者记{hours}学时",
                  "报名方式：扫描文末二维码在线报名。"):  # fmt: skip
            y = para(pg, ctx, 6, y, 88, s, 9, indent=False, lead=1.6) + 1
        pg.rect(6, y + 4, 94, y + 42, 0.3, (200, 200, 200))
        txt(pg, ctx, 10, y + 7, "报名信息（已提交）", 9, True, color=(20, 130, 60))
        kv(pg, ctx, 10, y + 15, [("姓名", holder), ("单位", ctx.pick(CITIES[city]["work"]))], 8.5)
        pages = [pg]
    elif v == "roster":
        att = crowd(ctx.rng, ctx.rng.randint(6, 10))
        p1 = Page()
        y = para(p1, ctx, 24, 30, 162, head, 16, indent=False) + 4
        y = para(p1, ctx, 20, y, 170, "各相关单位：", 12, indent=False)
        y = para(p1, ctx, 20, y, 170, f"根据年度继续教育工作安排，定于{fd(a, st)}至{fd(b, st)}在{place}举办{title}，"
                 f"培训合格者计{hours}学时。请附件所列人员按时参训。", 12)  # fmt: skip
        txt(p1, ctx, 20, y + 4, "附件：参训人员名单", 12)
        txt(p1, ctx, 150, y + 24, issuer, 12, align="c")
        txt(p1, ctx, 150, y + 33, fd(issued, st), 12, align="c")
        seal(p1, ctx, 150, y + 26, issuer)
        p2 = Page()
        txt(p2, ctx, 20, 18, "附件", 12, True)
        y = centre(p2, ctx, 26, "参训人员名单", 15)
        rows = [["序号", "姓名", "工作单位"]] + [
            [str(i + 1), p, ctx.pick(CITIES[city]["work"])] for i, p in enumerate(att)
        ]
        fit_table(p2, ctx, 30, y + 2, rows, 150, 11, 10)
        f["holder"] = None
        f["people"] = [person(p, i + 1, "attendee") for i, p in enumerate(att)]
        claim = ctx.pick(att)
        pages = [p1, p2]
    else:  # monthplan
        cat = ctx.pick(("public", "professional"))
        catw = "公需科目" if cat == "public" else "专业科目"
        pg = Page()
        y = para(pg, ctx, 24, 28, 162, head, 16, indent=False) + 4
        y = para(pg, ctx, 20, y, 170, "各单位：", 12, indent=False)
        y = para(pg, ctx, 20, y, 170, f"为落实本年度专业技术人员继续教育{catw}学习任务，拟举办{title}。", 12)
        y = para(pg, ctx, 20, y, 170, f"一、时间安排：{fm(a.year, a.month, st)}（具体日期另行通知）。", 12)
        y = para(pg, ctx, 20, y, 170, f"二、学时：{hours}学时。", 12)
        y = para(pg, ctx, 20, y, 170, "三、请各单位做好工学安排，确保参训率。", 12)
        txt(pg, ctx, 150, y + 20, issuer, 12, align="c")
        txt(pg, ctx, 150, y + 29, fd(issued, st), 12, align="c")
        seal(pg, ctx, 150, y + 22, issuer)
        hand(pg, ctx, 26, y + 48, f"本人报名参加。{holder}", 15)
        mon = f"{a.year}-{a.month:02d}"
        f["period"] = {"start": mon, "end": mon}
        pages = [pg]
    return doc(
        ctx, "training_notice", "notice", v, pages, f, sc, claim, (a if v != "monthplan" else a).year, cat
    )


# ---- other ------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    city = ctx.pick(CITIES)
    st = ctx.style()
    holder = crowd(ctx.rng, 1)[0]
    work = ctx.pick(CITIES[city]["work"])
    d = day(ctx.rng)
    pg = Page()
    org = ctx.pick(train_issuers(city))
    if v == "pinshu":
        centre(pg, ctx, 50, "聘  书", 34, color=RED)
        para(pg, ctx, 30, 90, 150, f"兹聘请{holder}同志为{org}继续教育兼职教师，聘期三年。", 15)
        txt(pg, ctx, 150, 200, org, 13, align="c")
        txt(pg, ctx, 150, 210, fd(d, st), 13, align="c")
        seal(pg, ctx, 150, 203, org)
    elif v == "luyong":
        centre(pg, ctx, 30, "论文录用通知", 18)
        y = para(pg, ctx, 20, 50, 170, f"{holder}先生/女士：", 12, indent=False)
        para(pg, ctx, 20, y, 170, f"您投寄的稿件《{ctx.pick(['基于多源数据的', '新形势下', '县域视角下'])}相关问题研究》经专家审阅，"
             "决定录用，拟于近期刊出。特此通知。", 12)  # fmt: skip
        txt(pg, ctx, 150, 140, "编辑部", 12, align="c")
        txt(pg, ctx, 150, 149, fd(d, st), 12, align="c")
    elif v == "zaizhi":
        centre(pg, ctx, 30, "在职证明", 20)
        para(
            pg,
            ctx,
            20,
            55,
            170,
            f"兹证明{holder}同志系我单位在职职工，现任{ctx.pick(TITLES_PRO)}，自{d.year - 6}年起在我单位工作至今。",
            13,
        )
        para(pg, ctx, 20, 80, 170, "特此证明。", 13)
        txt(pg, ctx, 150, 120, work, 12, align="c")
        txt(pg, ctx, 150, 129, fd(d, st), 12, align="c")
        seal(pg, ctx, 150, 122, work)
    elif v == "shengao":
        centre(pg, ctx, 26, "审稿专家聘请函", 18)
        para(
            pg,
            ctx,
            20,
            46,
            170,
            f"{holder}研究员：鉴于您在本领域的学术成就，本刊诚聘您为{d.year}年度审稿专家。",
            12,
        )
        txt(pg, ctx, 150, 100, fd(d, st), 12, align="c")
    elif v == "shouju":
        pg = Page(w=210.0, h=110.0)
        centre(pg, ctx, 10, "收  款  收  据", 16)
        txt(pg, ctx, 190, 20, f"No.{serial(ctx, 8)}", 10, align="r", color=RED)
        fit_table(
            pg,
            ctx,
            15,
            28,
            [
                ["交款人", "项目", "金额（元）"],
                [holder, "继续教育培训资料费", f"{ctx.rng.randint(2, 9)}00.00"],
            ],
            180,
            11,
            11,
        )
        txt(pg, ctx, 15, 60, f"收款单位：{org}", 11)
        txt(pg, ctx, 15, 70, f"日期：{fd(d, st)}", 11)
        seal(pg, ctx, 150, 66, org, 15)
    else:  # kaohe
        centre(pg, ctx, 20, f"{d.year}年度专业技术人员考核登记表", 16)
        rows = [
            ["姓名", holder, "单位", work],
            ["职称", ctx.pick(TITLES_PRO), "考核等次", ctx.pick(["优秀", "合格"])],
        ]
        fit_table(pg, ctx, 15, 36, rows, 180, 11, 12)
        para(pg, ctx, 15, 70, 180, "个人总结：本年度认真履行岗位职责，完成各项工作任务。", 11.5)
    f = {"holder": holder}
    return doc(ctx, "other", "other", v, [pg], f, [], holder, d.year)
