"""Draw 23 certificates: training certificates, sign-in sheets, notices, qualifications and other papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind23 import pools as P
from bench.blind23.ink import centre, fill, hand, para, phone_frame, redline, signoff
from bench.blind23.pools import Ctx, d_, doc, hours_s, m_

PUBLIC = ["专业技术人员职业道德与诚信建设", "乡村振兴战略与基层治理", "专业技术人员心理健康与压力调适",
          "数字技术赋能基层工作", "法治素养与依法履职", "安全生产与应急管理知识"]  # fmt: skip
PROF = ["基层常见慢性病规范化管理", "畜禽规模养殖疫病防控技术", "小麦玉米绿色高产高效栽培技术",
        "林木有害生物监测与防治", "农田水利工程运行管护", "基本公共卫生服务规范", "动物检疫与兽药安全使用",
        "果树高效栽培与整形修剪", "农村供水工程水质管理", "中医适宜技术推广应用", "设施蔬菜病虫害绿色防控",
        "乡镇卫生院院感防控实务"]  # fmt: skip
CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


def _topic(ctx: Ctx, cat: str | None) -> str:
    return ctx.rng.choice(PUBLIC if cat == "public" else PROF)


def _period(ctx: Ctx) -> tuple[dt.date, dt.date]:
    a = P.day(ctx.rng, 2019, 2024)
    return a, P.later(a, 1, 4, ctx.rng)


# ---- training certificates --------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tc")
    rng = ctx.rng
    city, cty = P.county(rng)
    who = P.people(rng, 1)[0]
    cat = rng.choice(["public", "professional", None])
    topic = _topic(ctx, cat)
    a, b = _period(ctx)
    hours = float(rng.choice([8, 12, 16, 24, 30, 32, 40]))
    st = rng.choice(P.STYLES)
    issued = P.later(b, 0, 6, rng)
    org = rng.choice([P.county_bureau(cty, rng), f"{city}市继续教育服务中心", f"{city}市卫生健康委员会",
                      f"{city}市农业农村局"])  # fmt: skip
    title = f"{topic}培训班" if v not in ("online", "phone") else topic
    f = {"holder": who, "title": title, "issuer": org, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    cat_line = f"科目类别：{CAT_WORD[cat]}" if cat else ""
    wp = P.workplace(rng, cty)
    pages = [Page()]
    pg = pages[0]
    if v == "booklet":
        pg = pages[0] = Page(297, 210, bg=(250, 244, 232))
        pg.rect(8, 8, 289, 202, 1.0, (140, 30, 30))
        pg.line(148.5, 8, 148.5, 202, 0.4, (140, 30, 30))
        pg.rect(40, 40, 75, 85, 0.4)
        pg.text(57.5, 60, "照片", 11, ctx.body, "c")
        pg.text(25, 105, f"编号：{city[0]}继{a.year}{rng.randint(1000, 9999)}", 12, ctx.body)
        pg.text(25, 118, f"工作单位：{wp}", 11, ctx.body)
        if cat_line:
            pg.text(25, 131, cat_line, 12, ctx.body)
        pg.text(222, 30, "结 业 证 书", 26, ctx.bold, "c", (150, 20, 20))
        w = pg.text(165, 58, "", 14, ctx.body)
        hand(pg, ctx, 165 + w, 56, who, 18)
        pg.text(200, 58, "同志：", 14, ctx.body)
        para(pg, ctx, 165, 72, f"于{d_(a, st)}至{d_(b, st)}参加“{title}”学习，完成{hours_s(hours)}学时，"
             "经考核合格，准予结业。", 14, 112)  # fmt: skip
        signoff(pg, ctx, org, d_(issued, "cn"), 150, 13, xr=282, seed=k)
        f["issued_on"] = issued.isoformat()
    elif v == "online":
        f["period"], f["issued_on"] = None, issued.isoformat()
        sc = ["holder", "title", "issuer", "issued_on", "hours_stated"]
        pg.rect(0, 0, 210, 18, 0, fill=(20, 90, 160))
        pg.text(12, 5, f"{city}市专业技术人员继续教育在线学习平台", 14, ctx.bold, "l", (255, 255, 255))
        centre(pg, ctx, 30, "学 时 证 明", 20)
        rows = [["姓名", who, "身份证号", f"3714{rng.randint(10, 99)}********{rng.randint(1000, 9999)}"],
                ["工作单位", wp, "学习年度", f"{a.year}年度"], ["学习项目", title, "合计学时", f"{hours_s(hours)}学时"]]  # fmt: skip
        y = pg.table(15, 48, [28, 62, 28, 62], rows, 10.5, ctx.body, 11)
        n = rng.randint(2, 4)
        parts = [hours / n] * n
        cats = [CAT_WORD[cat][:2] + "课"] * n if cat else [rng.choice(["公需课", "专业课"]) for _ in range(n)]
        if not cat:
            cats[0], cats[-1] = "公需课", "专业课"
        courses = [["序号", "课程名称", "类别", "学时", "完成日期"]]
        for i in range(n):
            dd = P.later(a, i * 3, i * 3 + 2, rng)
            courses.append(
                [str(i + 1), f"{topic}（{P.cn_n(i + 1)}）", cats[i], hours_s(parts[i]), d_(dd, "dash")]
            )
        y = pg.table(15, y + 10, [14, 80, 24, 22, 40], courses, 10, ctx.body, 10)
        pg.text(15, y + 10, "以上学时经平台审核，真实有效。", 11, ctx.body)
        pg.text(15, y + 22, f"打印日期：{d_(issued, 'dash')}", 11, ctx.body)
        signoff(pg, ctx, org, f"（{d_(issued, st)}）", y + 40, 12, seed=k)
    elif v == "phone":
        pg = pages[0] = Page(80, 170, bg=(240, 241, 245))
        ym = m_(issued.year, issued.month, st)
        f["issued_on"], f["period"] = f"{issued.year}-{issued.month:02d}", None
        sc = ["holder", "title", "issuer", "issued_on", "hours_stated"]
        y = phone_frame(pg, ctx, "我的证书", f"{rng.randint(8, 21)}:{rng.randint(10, 59)}")
        pg.rect(5, y + 4, 75, y + 112, 0.6, (180, 140, 60), fill=(255, 252, 240))
        pg.text(40, y + 12, "继续教育培训证书", 13, ctx.bold, "c", (150, 30, 20))
        pg.text(40, y + 26, who, 14, ctx.bold, "c")
        para(pg, ctx, 10, y + 36, f"完成《{title}》在线学习，共计{hours_s(hours)}学时，成绩合格。"
             + (f"（{CAT_WORD[cat]}）" if cat else ""), 9.5, 60)  # fmt: skip
        pg.text(10, y + 78, f"发证单位：{org}", 8, ctx.body)
        pg.text(10, y + 86, f"发证时间：{ym}", 8, ctx.body)
        pg.seal(58, y + 90, 11, org[:14], k)
        pg.rect(8, y + 120, 38, y + 130, 0, fill=(38, 110, 200))
        pg.text(23, y + 122, "下载证书", 9, ctx.body, "c", (255, 255, 255))
        pg.rect(42, y + 120, 72, y + 130, 0.4, (38, 110, 200))
        pg.text(57, y + 122, "分享", 9, ctx.body, "c", (38, 110, 200))
    elif v == "handfill":
        frame_c = (60, 110, 60)
        pg.rect(14, 14, 196, 200, 1.4, frame_c)
        centre(pg, ctx, 30, "培训合格证", 24)
        y = 56
        x1 = 180
        y = fill(pg, ctx, 28, y, "姓    名", who, 13, x1)
        y = fill(pg, ctx, 28, y, "工作单位", wp, 13, x1)
        y = fill(pg, ctx, 28, y, "培训项目", title, 13, x1)
        y = fill(pg, ctx, 28, y, "培训时间", f"{d_(a, 'dot')}至{d_(b, 'dot')}", 13, x1)
        y = fill(pg, ctx, 28, y, "培训学时", f"{hours_s(hours)}学时", 13, x1)
        if cat_line:
            pg.text(28, y, cat_line, 13, ctx.body)
        pg.text(28, y + 14, "经考核，成绩合格。", 13, ctx.body)
        signoff(pg, ctx, org, d_(issued, st), y + 34, 13, seed=k, dx=-6)
    elif v == "form":
        centre(pg, ctx, 24, "专业技术人员继续教育证明", 18)
        pg.text(20, 40, f"编号：No.{rng.randint(100000, 999999)}", 10, ctx.body)
        rows = [["姓  名", who, "性  别", rng.choice(["男", "女"])],
                ["职  称", rng.choice(P.TITLES_PRO), "出生年月", m_(rng.randint(1968, 1995), rng.randint(1, 12), "dot")],
                ["工作单位", wp, "", ""], ["培训项目", title, "", ""],
                ["培训时间", f"{d_(a, st)}—{d_(b, st)}", "", ""], ["学  时", f"{hours_s(hours)}学时", "类 别", CAT_WORD[cat] if cat else "——"],
                ["主办单位", org, "", ""]]  # fmt: skip
        y = pg.table(20, 48, [30, 75, 25, 40], rows, 10.5, ctx.body, 12)
        pg.rect(20, y, 190, y + 50, 0.3)
        pg.text(24, y + 5, "主办单位意见：", 11, ctx.body)
        pg.text(40, y + 16, "经考核，该同志完成规定学时，成绩合格。", 11, ctx.body)
        signoff(pg, ctx, "（盖章）", d_(issued, st), y + 30, 11, seal=False, xr=180)
        pg.seal(150, y + 30, 18, org[:16], k)
    elif v == "letter":
        centre(pg, ctx, 36, "学时证明", 22)
        y = para(pg, ctx, 25, 62, f"兹证明{who}同志（工作单位：{wp}），于{d_(a, st)}至{d_(b, st)}参加由我单位"
                 f"举办的“{title}”，培训期间遵守纪律，按时完成全部课程，考核合格，共计{hours_s(hours)}学时。"
                 + (f"本次培训属{CAT_WORD[cat]}。" if cat else ""), 13.5)  # fmt: skip
        para(pg, ctx, 25, y + 4, "特此证明。", 13.5)
        signoff(pg, ctx, org, d_(issued, st), y + 40, 13.5, seed=k, dx=-4)
    else:  # band
        pg.rect(0, 0, 210, 34, 0, fill=(176, 32, 36))
        pg.text(105, 9, "培 训 证 书", 26, ctx.bold, "c", (255, 236, 180))
        pg.text(180, 44, f"No.{a.year}{rng.randint(10000, 99999)}", 10, ctx.body, "r")
        pg.text(30, 62, f"{who}：", 15, ctx.bold)
        y = para(pg, ctx, 30, 78, f"你于{d_(a, st)}—{d_(b, st)}参加{title}，学时{hours_s(hours)}，"
                 "完成全部学习内容，特发此证。", 14, 150)  # fmt: skip
        if cat_line:
            pg.text(30, y + 4, cat_line, 13, ctx.body)
        pg.text(30, y + 30, f"主办单位：{org}", 13, ctx.body)
        pg.text(30, y + 42, f"发证日期：{d_(issued, st)}", 13, ctx.body)
        pg.seal(95, y + 36, 19, org[:16], k)
    claim_year = a.year if f["period"] else issued.year
    return doc("training_certificate", "tc", v, pages, f, sc, who, claim_year, cat)


# ---- sign-in sheets ---------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    rng = ctx.rng
    city, cty = P.county(rng)
    topic = rng.choice(PROF + PUBLIC)
    a = P.day(rng, 2019, 2024)
    b = P.later(a, 1, 2, rng) if v == "twoday" else a
    st = rng.choice(P.STYLES)
    org = rng.choice([P.county_bureau(cty, rng), f"{cty}疾病预防控制中心", f"{cty}农业技术推广中心"])
    n = rng.randint(7, 12)
    names = P.people(rng, n)
    units = [P.workplace(rng, cty) for _ in range(n)]
    title = f"{topic}培训"
    pg = Page()
    pages = [pg]
    if v == "grid":
        centre(pg, ctx, 18, f"{title}签到表", 16)
        pg.text(18, 32, f"主办单位：{org}", 11, ctx.body)
        pg.text(192, 32, f"时间：{d_(a, st)}", 11, ctx.body, "r")
        rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
        rows += [[str(i + 1), nm, units[i], rng.choice(P.TITLES_PRO), ""] for i, nm in enumerate(names)]
        pg.table(18, 40, [12, 24, 78, 30, 30], rows, 10, ctx.body, 12)
        for i, nm in enumerate(names):
            hand(pg, ctx, 165, 40 + 12 * (i + 1) + 2.5, nm, 14)
    elif v == "handonly":
        centre(pg, ctx, 18, "签 到 表", 18)
        pg.text(18, 34, f"培训名称：{title}", 11.5, ctx.body)
        pg.text(18, 44, f"培训日期：{d_(a, st)}", 11.5, ctx.body)
        pg.text(110, 44, f"组织单位：{org}", 11.5, ctx.body)
        half = (n + 1) // 2
        for col in range(2):
            x0 = 18 + col * 88
            rows = [["序号", "签名", "备注"]] + [[str(col * half + i + 1), "", ""] for i in range(half)]
            pg.table(x0, 56, [14, 48, 24], rows, 10.5, ctx.body, 13)
        for i, nm in enumerate(names):
            col, r = divmod(i, half)
            hand(pg, ctx, 18 + col * 88 + 20, 56 + 13 * (r + 1) + 3, nm, 15)
    elif v == "landscape":
        pg = pages[0] = Page(297, 210)
        centre(pg, ctx, 14, f"{org}{title}人员签到表", 15)
        pg.text(20, 28, f"日期：{d_(a, st)}    地点：{cty}{rng.choice(['党校', '会议中心', '人民医院'])}{rng.choice(['二楼会议室', '报告厅', '多功能厅'])}", 11, ctx.body)  # fmt: skip
        rows = [["序号", "姓名", "单位", "上午签到", "下午签到", "联系电话"]]
        rows += [[str(i + 1), nm, units[i], "", "", f"1{rng.choice('35789')}{rng.randint(100000000, 999999999)}"] for i, nm in enumerate(names)]  # fmt: skip
        pg.table(20, 36, [14, 28, 90, 40, 40, 45], rows, 10, ctx.body, 11.5)
        for i, nm in enumerate(names):
            y = 36 + 11.5 * (i + 1) + 2.5
            hand(pg, ctx, 150, y, nm, 13)
            if rng.random() < 0.8:
                hand(pg, ctx, 190, y, nm, 13)
    elif v == "meeting":
        centre(pg, ctx, 20, "会 议 签 到 簿", 18)
        info = [("会议名称", title), ("会议时间", d_(a, st)), ("主办单位", org),
                ("主 持 人", names[0])]  # fmt: skip
        y = 38
        for lab, val in info:
            pg.text(22, y, f"{lab}：{val}", 12, ctx.body)
            y += 9
        groups: dict[str, list[str]] = {}
        for nm, u in zip(names, units, strict=True):
            groups.setdefault(u, []).append(nm)
        rows = [["单位", "参会人员"]] + [[u, "、".join(g)] for u, g in groups.items()]
        pg.table(22, y + 4, [80, 86], rows, 10.5, ctx.body, 11)
    elif v == "clipboard":
        pg.bg = (252, 250, 240)
        for i in range(24):
            pg.line(15, 40 + i * 10, 195, 40 + i * 10, 0.2, (150, 170, 210))
        hand(pg, ctx, 105, 14, f"{title} 签到", 20, "c")
        hand(pg, ctx, 20, 27, f"{d_(a, 'dot')}  {org}", 14)
        for i, nm in enumerate(names):
            hand(pg, ctx, 22, 33 + i * 10, f"{i + 1}. {nm}", 15)
            hand(pg, ctx, 85, 33 + i * 10, units[i], 12)
    else:  # twoday
        centre(pg, ctx, 18, f"{org}", 13, False)
        centre(pg, ctx, 27, f"{title}班学员签到表", 16)
        pg.text(18, 42, f"培训时间：{d_(a, st)}至{d_(b, st)}", 11, ctx.body)
        days = (b - a).days + 1
        head = ["序号", "姓名", "单位"] + [f"第{P.cn_n(i + 1)}天" for i in range(days)]
        wd = [12, 24, 74] + [round(64 / days, 1)] * days
        rows = [head] + [[str(i + 1), nm, units[i]] + [""] * days for i, nm in enumerate(names)]
        pg.table(18, 50, wd, rows, 10, ctx.body, 12)
        for i, nm in enumerate(names):
            for dd in range(days):
                if rng.random() < 0.85:
                    hand(pg, ctx, 18 + 110 + dd * wd[3] + 2, 50 + 12 * (i + 1) + 3, nm, 11)
        title = f"{title}班"
    f = {"title": title, "issuer": org, "period": {"start": a.isoformat(), "end": b.isoformat()},
         "people": [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]}  # fmt: skip
    if v == "meeting":  # the chair is listed first, then every attendee by table row
        order = [names[0]] + [nm for g in groups.values() for nm in g if nm != names[0]]
        f["people"] = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(order)]
    sc = ["title", "issuer", "period.start", "period.end", "people"]
    return doc("sign_in_sheet", "sign", v, pages, f, sc, names[rng.randrange(n)], a.year)


# ---- training notices -------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    rng = ctx.rng
    city, cty = P.county(rng)
    cat = rng.choice(["public", "professional", None])
    topic = _topic(ctx, cat)
    title = f"{topic}培训班"
    issued = P.day(rng, 2019, 2024)
    a = P.later(issued, 5, 20, rng)
    b = P.later(a, 1, 3, rng)
    st = rng.choice(P.STYLES)
    org = rng.choice([P.county_bureau(cty, rng), f"{city}市人力资源和社会保障局", f"{city}市农业农村局"])
    hours = float(rng.choice([12, 16, 20, 24, 32]))
    names = P.people(rng, rng.randint(4, 8))
    units = [P.workplace(rng, cty) for _ in names]
    place = f"{cty}{rng.choice(['委党校', '职业中专', '农业农村局'])}{rng.choice(['三楼会议室', '报告厅', '培训教室'])}"
    holder = None
    f = {"title": title, "issuer": org, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    sc = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pg = Page()
    pages = [pg]
    kind = f"，属{CAT_WORD[cat]}" if cat else ""
    body = [f"一、培训时间：{d_(a, st)}至{d_(b, st)}", f"二、培训地点：{place}",
            "三、参训人员：各乡镇（街道）卫生院、农业、林业、水利等站所专业技术人员",
            f"四、学时认定：培训结束经考核合格的，认定继续教育{hours_s(hours)}学时{kind}。",
            "五、请各单位于开班前报送参训人员名单，参训人员自带笔记本。"]  # fmt: skip
    listed = True
    if v == "redhead":
        pg.text(105, 22, org, 24, ctx.bold, "c", P.RED)
        short, rest = (
            (P.gov_short(cty), org[len(cty) :]) if org.startswith(cty) else (city, org[len(city) + 1 :])
        )
        no = f"{short}{rest[:2]}字〔{issued.year}〕{rng.randint(3, 60)}号"
        pg.text(105, 40, no, 12, ctx.body, "c")
        redline(pg, 48)
        y = centre(pg, ctx, 56, f"关于举办{title}的通知", 15)
        pg.text(20, y + 2, "各乡镇（街道）、有关单位：", 12.5, ctx.body)
        y = para(
            pg,
            ctx,
            20,
            y + 11,
            f"为提高基层专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
            12.5,
        )
        for s in body:
            y = para(pg, ctx, 20, y + 1, s, 12.5)
        pg.text(20, y + 4, "附件：参训人员名单", 12.5, ctx.body)
        signoff(pg, ctx, org, d_(issued, "cn"), y + 22, 12.5, seed=k)
        pg2 = Page()
        pages.append(pg2)
        pg2.text(20, 20, "附件", 13, ctx.bold)
        centre(pg2, ctx, 32, "参训人员名单", 15)
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), nm, units[i]] for i, nm in enumerate(names)]
        pg2.table(25, 48, [15, 35, 110], rows, 11, ctx.body, 11)
    elif v == "invite":
        holder = names[0]
        listed = False
        pg.rect(12, 12, 198, 285, 0.8, (170, 130, 40))
        centre(pg, ctx, 34, "邀 请 函", 26)
        pg.text(24, 58, f"尊敬的{holder}同志：", 13.5, ctx.body)
        y = para(pg, ctx, 24, 70, f"您好！{org}定于{d_(a, st)}至{d_(b, st)}在{place}举办{title}。"
                 f"诚邀您拨冗参加。培训合格者认定继续教育{hours_s(hours)}学时{kind}。", 13.5, 162)  # fmt: skip
        y = para(pg, ctx, 24, y + 4, f"报到时间：{d_(a, st)}上午8:00前", 13.5, 162)
        y = para(
            pg, ctx, 24, y + 2, f"联系人：{names[1]}  电话：0534-{rng.randint(2000000, 8999999)}", 13.5, 162
        )
        signoff(pg, ctx, org, d_(issued, st), y + 20, 13, seed=k)
        names = names[:2]
    elif v == "schedule":
        pg = pages[0] = Page(297, 210)
        listed = False
        holder = names[0]
        centre(pg, ctx, 14, f"{title}日程安排", 17)
        pg.text(20, 28, f"主办单位：{org}    培训地点：{place}    总学时：{hours_s(hours)}学时", 11, ctx.body)
        pg.text(20, 37, f"发布日期：{d_(issued, st)}", 11, ctx.body)
        rows = [["日期", "时间", "内容", "授课人"]]
        dd = a
        lect = P.people(rng, 6)
        i = 0
        while dd <= b:
            for tm in ("8:30-11:30", "14:00-17:00"):
                rows.append([d_(dd, st), tm, f"{topic}专题（{P.cn_n(i + 1)}）", lect[i % 6]])
                i += 1
            dd += dt.timedelta(days=1)
        y = pg.table(20, 45, [50, 40, 120, 47], rows, 10.5, ctx.body, 10)
        if cat:
            pg.text(20, y + 6, f"说明：本次培训为{CAT_WORD[cat]}。", 11, ctx.body)
        hand(pg, ctx, 200, y + 14, f"参训人：{holder}", 16)
        names = [holder]
    elif v == "screen":
        pg = pages[0] = Page(80, 190, bg=(255, 255, 255))
        y = phone_frame(pg, ctx, f"{P.gov_short(cty)}人社", f"{rng.randint(8, 21)}:{rng.randint(10, 59)}")
        y = pg.wrap(5, y + 3, 70, f"关于举办{title}的通知", 12, ctx.bold, 1.5)
        pg.text(5, y + 1, f"{org}  {d_(issued, st)}", 7.5, ctx.body, "l", (120, 120, 120))
        y += 9
        y = pg.wrap(5, y, 70, f"经研究，决定于{d_(a, st)}至{d_(b, st)}举办{title}，"
                    f"培训合格认定{hours_s(hours)}学时{kind}。请以下同志按时参加：", 9, ctx.body, 1.6)  # fmt: skip
        for i, nm in enumerate(names):
            y = pg.wrap(7, y + 0.5, 68, f"{i + 1}. {nm}（{units[i]}）", 8, ctx.body, 1.5)
        pg.text(5, y + 4, f"阅读 {rng.randint(300, 4000)}", 7.5, ctx.body, "l", (120, 120, 120))
    elif v == "county":
        pg.text(20, 18, f"{org}办公室", 11, ctx.body)
        y = centre(pg, ctx, 30, f"关于做好{title}参训工作的通知", 15)
        pg.text(20, y + 2, "各有关单位：", 12.5, ctx.body)
        y = para(pg, ctx, 20, y + 11, f"根据年度继续教育计划，定于{d_(a, st)}至{d_(b, st)}在{place}举办{title}，"
                 f"培训{hours_s(hours)}学时{kind}。各单位参训名额及人员如下：", 12.5)  # fmt: skip
        rows = [["单位", "名额", "参训人员"]] + [[units[i], "1", nm] for i, nm in enumerate(names)]
        y = pg.table(20, y + 4, [100, 20, 50], rows, 10.5, ctx.body, 10)
        para(pg, ctx, 20, y + 6, "请参训人员准时报到，不得无故缺席。", 12.5)
        signoff(pg, ctx, org, d_(issued, st), y + 30, 12.5, seed=k)
    else:  # handnote
        listed = False
        holder = names[0]
        y = centre(pg, ctx, 26, f"{org}", 14, False)
        y = centre(pg, ctx, y + 2, f"关于举办{title}的通知", 15)
        y = para(pg, ctx, 20, y + 6, f"各有关单位：为推进基层专业技术人员知识更新，现定于{d_(a, st)}至{d_(b, st)}举办{title}，"
                 "有关事项如下。", 12.5)  # fmt: skip
        for s in body[1:]:
            y = para(pg, ctx, 20, y + 1, s, 12.5)
        signoff(pg, ctx, org, d_(issued, st), y + 14, 12.5, seed=k)
        hand(pg, ctx, 26, y + 48, f"已参加  {holder}", 18)
        hand(pg, ctx, 30, y + 60, f"{b.month}.{b.day}", 14)
        names = [holder]
    f["holder"] = holder
    if listed:
        f["people"] = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]
    claim = holder or names[rng.randrange(len(names))]
    if v == "invite":
        f["people"] = []
    return doc("training_notice", "notice", v, pages, f, sc, claim, a.year, cat)


# ---- qualification certificates ---------------------------------------------------------------
UNIS = ["山东农业大学", "德州学院", "泰山学院", "山东第一医科大学", "青岛农业大学", "聊城大学", "潍坊医学院",
        "滨州医学院", "临沂大学", "山东理工大学"]  # fmt: skip
MAJORS = [
    "动物医学",
    "农学",
    "林学",
    "园艺",
    "临床医学",
    "护理学",
    "水利水电工程",
    "植物保护",
    "预防医学",
    "中医学",
]
DEG = {"动物医学": "农学", "农学": "农学", "林学": "农学", "园艺": "农学", "植物保护": "农学", "临床医学": "医学",
       "护理学": "医学", "预防医学": "医学", "中医学": "医学", "水利水电工程": "工学"}  # fmt: skip
COURSES = ["马克思主义基本原理概论", "大学英语", "高等数学（二）", "生物化学", "病理学", "药理学", "植物学",
           "土壤肥料学", "动物解剖学", "作物栽培学", "计算机应用基础", "医学统计学", "流行病学", "遗传学"]  # fmt: skip
CMODS = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
         "Internet应用", "Access 2007数据库应用"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    rng = ctx.rng
    who, head = P.people(rng, 2)
    sex = rng.choice(["男", "女"])
    born = dt.date(rng.randint(1975, 1998), rng.randint(1, 12), rng.randint(1, 28))
    uni = rng.choice(UNIS)
    major = rng.choice(MAJORS)
    issued = P.day(rng, 2008, 2023)
    st = rng.choice(P.STYLES)
    no = "".join(str(rng.randint(0, 9)) for _ in range(17))
    q = {"kind": "graduation", "subject": major, "modules": None}
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    issuer = uni
    iss = issued.isoformat()
    pg = Page()
    pages = [pg]
    if v == "diploma":
        pg = pages[0] = Page(297, 210)
        pg.rect(10, 10, 287, 200, 1.6, (40, 80, 140))
        pg.text(148.5, 24, "毕 业 证 书", 28, ctx.bold, "c")
        pg.rect(30, 50, 62, 92, 0.4)
        start = issued.year - 4
        y = para(pg, ctx, 80, 54, f"学生{who}，性别{sex}，{d_(born, 'ymd')}生，于{start}年9月至{issued.year}年{issued.month}月"
                 f"在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 14, 185)  # fmt: skip
        pg.text(90, y + 20, f"校  长：{head}", 13, ctx.body)
        signoff(pg, ctx, uni, d_(issued, "cn"), y + 18, 14, xr=260, seed=k)
        pg.text(30, 185, f"证书编号：{no}", 11, ctx.body)
    elif v == "degree":
        q["kind"] = "master_degree"
        pg.rect(14, 14, 196, 283, 0.8, (120, 30, 30))
        centre(pg, ctx, 40, "硕士学位证书", 24)
        pg.rect(85, 60, 125, 110, 0.4)
        y = para(pg, ctx, 28, 125, f"{who}，{sex}，{born.year}年{born.month}月{born.day}日生。在{uni}{major}专业"
                 f"完成了硕士研究生的学习计划，业已通过论文答辩，经审核符合《中华人民共和国学位条例》的规定，"
                 f"授予{DEG[major]}硕士学位。", 14, 154)  # fmt: skip
        pg.text(40, y + 20, f"{uni}校长", 13, ctx.body)
        hand(pg, ctx, 40, y + 30, head, 18)
        pg.text(40, y + 44, "学位评定委员会主席", 13, ctx.body)
        signoff(pg, ctx, uni, d_(issued, "cn"), y + 60, 13, seed=k)
        pg.text(28, 265, f"证书编号：{no[:16]}", 11, ctx.body)
    elif v == "selfstudy":
        q["kind"] = "self_study_exam"
        issuer = "山东省高等教育自学考试委员会"
        mods = rng.sample(COURSES, rng.randint(2, 4))
        q["modules"] = mods
        sc.append("qualification.modules")
        centre(pg, ctx, 30, "高等教育自学考试", 16, False)
        centre(pg, ctx, 42, "单科合格证书", 24)
        y = para(pg, ctx, 28, 70, f"{who}（准考证号：0{rng.randint(10000000000, 99999999999)}）参加{major}专业"
                 "下列课程的考试，成绩合格，特发此证。", 13.5, 154)  # fmt: skip
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
        for mm in mods:
            rows.append(
                [
                    f"0{rng.randint(1000, 9999)}",
                    mm,
                    str(rng.randint(60, 92)),
                    m_(issued.year, rng.choice([4, 10]), "dot"),
                ]
            )
        y = pg.table(28, y + 6, [28, 76, 20, 30], rows, 11, ctx.body, 11)
        signoff(pg, ctx, issuer, d_(issued, st), y + 20, 12.5, seed=k)
    elif v == "computer":
        q.update(kind="computer_exam", subject=None)
        mods = rng.sample(CMODS, rng.randint(1, 3))
        q["modules"] = mods
        sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
        issuer = "山东省人事考试中心"
        iss = f"{issued.year}-{issued.month:02d}"
        pg = pages[0] = Page(190, 130, bg=(236, 244, 236))
        pg.rect(6, 6, 184, 124, 0.8, (30, 110, 60))
        pg.text(95, 14, "全国专业技术人员计算机应用能力考试", 14, ctx.bold, "c")
        pg.text(95, 24, "合 格 证 书", 18, ctx.bold, "c")
        y = 40
        for lab, val in [("姓    名", who), ("性    别", sex), ("身份证号", f"3714{rng.randint(10, 99)}{born.year}{born.month:02d}{born.day:02d}{rng.randint(1000, 9999)}")]:  # fmt: skip
            pg.text(16, y, f"{lab}：{val}", 11, ctx.body)
            y += 8
        pg.text(16, y, "考试科目：", 11, ctx.body)
        for mm in mods:
            pg.text(38, y, mm, 11, ctx.body)
            y += 7.5
        pg.text(16, y + 3, f"发证日期：{m_(issued.year, issued.month, st)}", 11, ctx.body)
        pg.text(120, 100, issuer, 11, ctx.body, "c")
        pg.seal(120, 100, 15, issuer, k)
        pg.rect(140, 38, 170, 75, 0.3)
    elif v == "postgrad":
        q["kind"] = "postgraduate_courses"
        mods = rng.sample(COURSES, 4)
        q["modules"] = mods
        sc.append("qualification.modules")
        a = dt.date(issued.year - 2, 9, 1)
        centre(pg, ctx, 36, "结 业 证 书", 26)
        y = para(pg, ctx, 28, 70, f"{who}同志于{m_(a.year, 9, st)}至{m_(issued.year, issued.month, st)}参加我校举办的"
                 f"{major}专业研究生课程进修班学习，修完全部课程，成绩合格，准予结业。", 14, 154)  # fmt: skip
        signoff(pg, ctx, uni, d_(issued, st), y + 30, 13.5, seed=k)
        pg2 = Page()
        pages.append(pg2)
        centre(pg2, ctx, 26, f"{uni}研究生课程进修班成绩单", 15)
        pg2.text(25, 42, f"姓名：{who}    专业：{major}", 12, ctx.body)
        rows = [["序号", "课程名称", "学分", "成绩"]] + [[str(i + 1), mm, str(rng.randint(2, 4)), str(rng.randint(70, 95))] for i, mm in enumerate(mods)]  # fmt: skip
        pg2.table(25, 52, [16, 90, 25, 29], rows, 11, ctx.body, 11)
    else:  # zhongzhuan
        issued = dt.date(rng.randint(2000, 2008), rng.choice([6, 7]), 1)
        iss = f"{issued.year}-{issued.month:02d}"
        city, cty = P.county(rng)
        issuer = f"{city}农业学校" if rng.random() < 0.5 else f"{city}卫生学校"
        major = (
            rng.choice(["畜牧兽医", "农学", "果蔬花卉"])
            if "农业" in issuer
            else rng.choice(["护理", "社区医学", "中医"])
        )
        q["subject"] = major
        pg = pages[0] = Page(250, 175, bg=(238, 228, 205))
        pg.line(125, 6, 125, 169, 0.5, (120, 90, 60))
        pg.rect(25, 30, 60, 75, 0.4)
        pg.seal(60, 72, 14, issuer, k + 7)
        pg.text(30, 95, f"{P.cn_y(issued.year)}年{P.cn_n(issued.month)}月", 12, ctx.body)
        pg.text(187, 18, "毕业证书", 20, ctx.bold, "c")
        y = 38
        for lab, val in [("学生", who), ("性别", sex), ("专业", major), ("学制", "三年")]:
            y = fill(pg, ctx, 140, y, lab, val, 12, 232)
        para(pg, ctx, 140, y + 2, "修业期满，成绩合格，准予毕业。", 12, 92, indent=False)
        signoff(pg, ctx, issuer, m_(issued.year, issued.month, "ymd"), y + 24, 12, xr=236, seed=k)
    f = {"holder": who, "issuer": issuer, "issued_on": iss, "qualification": q}
    return doc("qualification_certificate", "qual", v, pages, f, sc, who, issued.year)


# ---- other papers -----------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    rng = ctx.rng
    city, cty = P.county(rng)
    ns = P.people(rng, 5)
    who = ns[0]
    wp = P.workplace(rng, cty)
    d = P.day(rng, 2019, 2024)
    st = rng.choice(P.STYLES)
    pg = Page()
    f: dict = {"holder": who, "issued_on": d.isoformat()}
    if v == "appraisal":
        centre(pg, ctx, 20, f"{d.year}年度事业单位工作人员年度考核登记表", 15)
        rows = [["姓名", who, "性别", rng.choice(["男", "女"]), "职称", rng.choice(P.TITLES_PRO)],
                ["单位", wp, "", "", "", ""]]  # fmt: skip
        y = pg.table(18, 34, [22, 56, 18, 18, 22, 38], rows, 10.5, ctx.body, 11)
        pg.rect(18, y, 192, y + 90, 0.3)
        pg.text(22, y + 4, "个人总结：", 11, ctx.body)
        para(
            pg,
            ctx,
            22,
            y + 14,
            "一年来，本人认真履行岗位职责，积极参加业务学习和继续教育，较好地完成了各项工作任务。",
            11,
            165,
        )
        pg.text(22, y + 96, f"考核等次：{rng.choice(['优秀', '合格'])}", 12, ctx.body)
        hand(pg, ctx, 140, y + 80, who, 16)
        signoff(pg, ctx, wp, d_(d, st), y + 110, 12, seed=k)
        f["issuer"] = wp
    elif v == "receipt":
        pg = Page(200, 95, bg=(250, 246, 236))
        pg.text(100, 8, "收    据", 18, ctx.bold, "c")
        pg.text(180, 10, f"No.{rng.randint(1000000, 9999999)}", 10, ctx.body, "r", P.RED)
        pg.text(15, 24, f"日期：{d_(d, st)}", 11, ctx.body)
        y = fill(pg, ctx, 15, 36, "今收到", who, 12, 185)
        y = fill(pg, ctx, 15, y, "交  来", "继续教育培训费", 12, 185)
        y = fill(
            pg, ctx, 15, y, "人民币（大写）", rng.choice(["叁佰元整", "贰佰伍拾元整", "肆佰元整"]), 12, 185
        )
        org = f"{city}市继续教育服务中心"
        pg.text(120, y + 2, f"收款单位：{org}", 10, ctx.body)
        pg.seal(150, y + 4, 12, org, k)
        f["issuer"] = org
    elif v == "title":
        pg = Page(190, 130, bg=(232, 238, 246))
        pg.text(95, 12, "专业技术职务任职资格证书", 16, ctx.bold, "c")
        y = 30
        rank = rng.choice(["中级", "初级", "副高级"])
        for lab, val in [("姓名", who), ("工作单位", wp), ("专业", rng.choice(MAJORS)),
                         ("资格名称", rng.choice(P.TITLES_PRO)), ("资格级别", rank), ("批准时间", d_(d, st))]:  # fmt: skip
            pg.text(15, y, f"{lab}：{val}", 11, ctx.body)
            y += 9
        org = f"{city}市人力资源和社会保障局"
        pg.text(140, 100, org, 10, ctx.body, "c")
        pg.seal(140, 98, 15, org, k)
        f["issuer"] = org
    elif v == "travel":
        f["holder"] = None
        centre(pg, ctx, 22, "工作人员外出学习审批单", 16)
        rows = [["外出人员", "、".join(ns[:3])], ["所在单位", wp], ["外出事由", f"参加{rng.choice(PROF)}学习"],
                ["外出时间", f"{d_(d, st)}起共{rng.randint(2, 5)}天"], ["单位负责人意见", "同意"],
                ["主管部门意见", "同意"]]  # fmt: skip
        pg.table(20, 38, [40, 130], rows, 11, ctx.body, 16)
        hand(pg, ctx, 120, 38 + 16 * 4 + 5, ns[3], 14)
        f["people"] = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(ns[:3])]
        f["issuer"] = wp
        who = ns[rng.randrange(3)]
    elif v == "minutes":
        f["holder"] = None
        centre(pg, ctx, 22, "会 议 记 录", 18)
        for i, (lab, val) in enumerate([("时间", d_(d, st)), ("地点", f"{wp}会议室"), ("主持", ns[0]),
                                         ("参加人员", "、".join(ns[1:])), ("记录", ns[1])]):  # fmt: skip
            pg.text(22, 40 + i * 10, f"{lab}：{val}", 12, ctx.body)
        y = 96
        for s in ["一、传达县局关于专业技术人员继续教育工作的要求。", "二、安排本站人员参加年度公需课和专业课学习。",
                  "三、各人于年底前将学时证明交办公室汇总。"]:  # fmt: skip
            hand(pg, ctx, 22, y, s, 13)
            y += 12
        f["people"] = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(ns)]
        f["issuer"] = wp
    else:  # contract
        centre(pg, ctx, 30, "事业单位聘用合同", 20)
        pg.text(24, 56, f"甲方（聘用单位）：{wp}", 12.5, ctx.body)
        pg.text(24, 68, "乙方（受聘人员）：", 12.5, ctx.body)
        hand(pg, ctx, 68, 66, who, 16)
        para(pg, ctx, 24, 84, f"根据国家有关规定，甲乙双方经平等协商，自愿签订本合同。合同期限自{d_(d, st)}起，"
             "乙方受聘于专业技术岗位，甲方支持乙方按规定参加继续教育。", 12.5, 162)  # fmt: skip
        signoff(pg, ctx, wp, d_(d, st), 150, 12.5, seed=k)
        f["issuer"] = wp
    return doc("other", "other", v, [pg], f, [], who, d.year)
