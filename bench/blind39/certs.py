"""Draw 39 builders: training certificates, sign-in sheets, training notices, qualifications and other papers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind39 import pools as P
from bench.blind39.pools import Ctx
from bench.generator.truth import person

PUBLIC_TOPICS = ["专业技术人员数字素养与技能提升", "习近平新时代中国特色社会主义思想专题学习", "专业技术人员心理健康与压力调适",
                 "知识产权保护与科技成果转化", "人工智能赋能高质量发展", "黄河流域生态保护和高质量发展专题"]  # fmt: skip
DEPT = {"water": "水", "radio": "卫", "lab": "卫", "teacher": "教", "agri": "农", "relic": "文物", "trans": "外",
        "land": "建"}  # fmt: skip
CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


def _cat(ctx: Ctx) -> str | None:
    return ("public", "professional", None)[(ctx.k + ctx.offset // 6) % 3]


def _training(ctx: Ctx, w: P.Who, public: bool = False) -> dict[str, Any]:
    """A training: title, organiser, period, hours, issue date."""
    a = P.rdate(ctx, 2019, 2024)
    days = ctx.pick([1, 1, 2, 3, 3, 5, 7])
    b = P.plus(a, days - 1)
    if public:
        t = ctx.pick(PUBLIC_TOPICS)
        org = ctx.pick([f"{w.city}市人力资源和社会保障局", f"{w.prov}省人力资源和社会保障厅", ctx.pick(P.PLATFORMS)])
    else:
        t = P.topic(ctx, w, "train")
        org = P.org(ctx, w)
    shape = ctx.pick(["{y}年{t}培训班", "{t}培训班", "{y}年度{t}专题研修班", "{p}省{t}高级研修班", "{t}继续教育培训",
                      "第{n}期{t}培训班"])  # fmt: skip
    title = shape.format(y=a.year, t=t, p=w.prov, n=P._cn_small(ctx.rng.randint(2, 12)))
    hours = float(ctx.pick([6, 8, 12, 16, 24, 30, 32, 40]) if days > 1 else ctx.pick([3, 4, 6, 8]))
    issued = P.plus(b, ctx.pick([0, 0, 1, 3, 7]))
    return {"title": title, "org": org, "a": a, "b": b, "hours": hours, "issued": issued}


def _id_masked(ctx: Ctx, w: P.Who) -> str:
    pre = "4102" if w.city == "开封" else "3709"
    return pre + "**********" + P.serial(ctx, 3) + ctx.pick("0123456789X")


# ---------------------------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "training_certificate")
    cat = _cat(ctx)
    w = P.who(ctx)
    tr = _training(ctx, w, public=cat == "public")
    nm = P.pname(ctx, set())
    st = ctx.pick(P.STYLES)
    per = P.rng_range(tr["a"], tr["b"], st, ctx.pick(["至", "—", "-"]))
    iss = P.ds(tr["issued"], ctx.pick(["hanzi", "cn", st]))
    hs = P.hours_s(tr["hours"])
    catw = ctx.pick(CAT_WORD[cat]) if cat else None
    no = f"{w.short}{tr['a'].year}{P.serial(ctx, 6)}"
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    pages = []
    if v == "portrait":
        pg = Page()
        frame(pg, ctx, ctx.pick([1, 2, 3]))
        pg.text(pg.w - 24, 20, f"证书编号：{no}", 9, body, "r")
        pg.text(pg.w / 2, 44, ctx.pick(["结 业 证 书", "培 训 证 书", "合 格 证 书"]), 30, bold, "c", (160, 30, 30))
        y = 78
        pg.text(30, y, nm, 17, hand)
        pg.text(30 + width_mm(nm, hand, 17) + 2, y + 1, "同志：", 14, body)
        sent = f"于{per}参加{tr['org']}举办的“{tr['title']}”，完成规定课程学习，经考核合格，"
        sent += f"{'属' + catw + '，' if catw else ''}共计{hs}学时。特发此证。"
        y = pg.wrap(38, y + 14, pg.w - 76, sent, 14, body, 2.0, indent=10)
        pg.text(pg.w - 60, y + 30, tr["org"], 13, body, "c")
        pg.text(pg.w - 60, y + 40, iss, 13, body, "c")
        pg.seal(pg.w - 60, y + 34, 19, tr["org"][:16], ctx.rng.randint(0, 999))
        pg.text(pg.w / 2, pg.h - 26, f"查询电话：0{ctx.pick(['371', '538'])}-{P.serial(ctx, 8)}", 8, body, "c")
        pages.append(pg)
    elif v == "landscape":
        pg = Page(w=297, h=210)
        frame(pg, ctx, ctx.pick([2, 3]))
        pg.line(pg.w / 2 - 10, 22, pg.w / 2 - 10, pg.h - 22, 0.3, (160, 120, 60))
        pg.rect(45, 40, 80, 85, 0.3)
        pg.text(62.5, 60, "照片", 11, body, "c", (150, 150, 150))
        y = 100
        for lab, val, f in (("姓　　名", nm, hand), ("工作单位", w.unit, body), ("证书编号", no, body)):
            pg.text(28, y, lab + "：", 11, body)
            pg.text(52, y - 0.5, val, 12 if f == hand else 10.5, f)
            y += 12
        pg.text(222, 36, "培训证书", 30, bold, "c")
        sent = f"{nm}同志参加{tr['title']}（{per}），修完全部课程，成绩合格"
        sent += f"，认定{catw}学时{hs}学时。" if catw else f"，计{hs}学时。"
        y = pg.wrap(160, 62, 122, sent, 13, body, 2.0, indent=9)
        pg.text(240, y + 20, tr["org"], 12, body, "c")
        pg.text(240, y + 30, iss, 12, body, "c")
        pg.seal(240, y + 24, 18, tr["org"][:16], ctx.rng.randint(0, 999))
        pages.append(pg)
    elif v == "appshot":
        pg, y = P.phone_page(ctx, "证书详情", ctx.pick(P.PLATFORMS))
        pg.rect(6, y, pg.w - 6, y + 62, 0.6, (190, 150, 60), (253, 248, 236))
        pg.text(pg.w / 2, y + 6, "学时证书", 16, bold, "c", (150, 40, 30))
        y2 = pg.wrap(12, y + 18, pg.w - 24, f"{nm}：您已完成“{tr['title']}”的学习，获得{hs}学时。", 9.5, body, 1.7)
        pg.text(pg.w - 30, y2 + 8, tr["org"][:14], 8.5, body, "c")
        pg.seal(pg.w - 30, y2 + 9, 10, tr["org"][:16], ctx.rng.randint(0, 999))
        y += 70
        rows = [("证书编号", no), ("学员姓名", nm), ("身份证号", _id_masked(ctx, w)), ("课程名称", tr["title"]),
                ("学习时间", per), ("获得学时", f"{hs}学时")]  # fmt: skip
        if catw:
            rows.append(("科目类别", catw))
        rows += [("发证单位", tr["org"]), ("发证日期", P.ds(tr["issued"], "iso"))]
        iss = P.ds(tr["issued"], "iso")
        for lab, val in rows:
            pg.text(8, y, lab, 9.5, body, "l", (120, 120, 120))
            y = pg.wrap(32, y, pg.w - 40, val, 9.5, body, 1.5) + 2.5
            pg.line(8, y - 1.5, pg.w - 8, y - 1.5, 0.15, (220, 220, 220))
        pg.rect(pg.w / 2 - 12, y + 4, pg.w / 2 + 12, y + 28, 0.4)
        pg.text(pg.w / 2, y + 31, "长按识别二维码验证证书真伪", 8, body, "c", (120, 120, 120))
        pages.append(pg)
    elif v == "hourproof":
        pg = Page()
        pg.text(pg.w / 2, 30, "继续教育学时证明", 22, bold, "c")
        pg.text(pg.w - 25, 44, f"编号：{no}", 9.5, body, "r")
        sent = (f"兹证明{nm}同志（身份证号：{_id_masked(ctx, w)}），工作单位：{w.unit}，于{per}参加由我单位组织的"
                f"“{tr['title']}”，学习内容如下：")
        y = pg.wrap(25, 56, pg.w - 50, sent, 12.5, body, 1.9, indent=9)
        n = ctx.pick([3, 4, 5])
        base, rest = int(tr["hours"]) // n, int(tr["hours"]) % n
        hh = [base + (1 if i < rest else 0) for i in range(n)]
        courses = [P.topic(ctx, w, "train") + ctx.pick(["概论", "实务", "专题", "案例分析", "规范解读", "新进展"]) for _ in range(n)]
        if cat:
            rows = [["序号", "课程名称", "类别", "学时"]] + [[str(i + 1), c, catw, str(h)] for i, (c, h) in enumerate(zip(courses, hh))]
            rows.append(["", "合计", "", hs])
            wd = [16, 96, 30, 18]
        else:
            rows = [["序号", "课程名称", "学时"]] + [[str(i + 1), c, str(h)] for i, (c, h) in enumerate(zip(courses, hh))]
            rows.append(["", "合计", hs])
            wd = [18, 124, 18]
        y = pg.table(25, y + 4, wd, rows, 11, body, 10)
        y = pg.wrap(25, y + 8, pg.w - 50, f"以上共计{hs}学时，特此证明。", 12.5, body, 1.9, indent=9)
        pg.text(pg.w - 55, y + 22, tr["org"], 12.5, body, "c")
        pg.text(pg.w - 55, y + 32, iss, 12.5, body, "c")
        pg.seal(pg.w - 55, y + 26, 19, tr["org"][:16], ctx.rng.randint(0, 999))
        pg.text(25, pg.h - 30, f"联系人：{P.pname(ctx, {nm})}　　电话：{P.phone(ctx)}", 9.5, body)
        pages.append(pg)
    elif v == "bilingual":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 26, "结 业 证 书", 28, bold, "c")
        pg.text(pg.w / 2, 42, "CERTIFICATE OF COMPLETION", 15, body, "c", (90, 90, 90))
        pg.text(pg.w / 2, 60, nm, 22, hand, "c")
        pg.line(pg.w / 2 - 40, 71, pg.w / 2 + 40, 71, 0.3)
        zh = f"参加{tr['org']}主办的“{tr['title']}”（{per}），完成全部学习任务，考核合格，计{hs}学时"
        zh += f"（{catw}）。" if catw else "。"
        y = pg.wrap(40, 80, pg.w - 80, zh, 13, body, 1.8)
        en = f"has successfully completed the training programme ({hs} credit hours). Certificate No. {no}"
        y = pg.wrap(40, y + 3, pg.w - 80, en, 10.5, body, 1.6)
        pg.text(70, pg.h - 48, "Organizer / 主办单位", 9, body, "c", (90, 90, 90))
        pg.text(70, pg.h - 40, tr["org"], 12, body, "c")
        pg.text(pg.w - 70, pg.h - 48, "Date / 日期", 9, body, "c", (90, 90, 90))
        pg.text(pg.w - 70, pg.h - 40, iss, 12, body, "c")
        pg.seal(80, pg.h - 42, 17, tr["org"][:16], ctx.rng.randint(0, 999))
        pages.append(pg)
    else:  # cmeform
        pg = Page()
        pg.text(pg.w / 2, 26, f"{w.prov}省专业技术人员继续教育学时登记卡", 17, bold, "c")
        pg.text(25, 40, f"登记号：{no}", 9.5, body)
        rows = [["姓名", nm, "性别", ctx.pick("男女")], ["工作单位", w.unit, "职称", ctx.pick(["助理工程师", "工程师", "主治医师", "主管技师", "一级教师", "农艺师", "馆员"])],
                ["项目名称", tr["title"], "", ""], ["举办单位", tr["org"], "", ""], ["培训时间", per, "", ""],
                ["认定学时", f"{hs}学时", "科目", catw or "—"], ["登记日期", iss, "经办人", P.pname(ctx, {nm})]]  # fmt: skip
        y = 48
        for r in rows:
            if r[2]:
                pg.table(25, y, [30, 70, 25, 35], [r], 10.5, body, 13, fonts={1: hand} if r[0] == "姓名" else None)
            else:
                pg.table(25, y, [30, 130], [r[:2]], 10.5, body, 13)
            y += 13
        pg.text(25, y + 10, "备注：本卡为年度继续教育审验依据，涂改无效。", 9.5, body)
        pg.text(pg.w - 60, y + 30, tr["org"], 12, body, "c")
        pg.seal(pg.w - 60, y + 28, 18, tr["org"][:16], ctx.rng.randint(0, 999))
        pages.append(pg)
    fields = {"holder": nm, "title": tr["title"], "issuer": tr["org"], "issued_on": tr["issued"].isoformat(),
              "period": {"start": tr["a"].isoformat(), "end": tr["b"].isoformat()}, "hours_stated": tr["hours"]}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return Doc("training_certificate", layout, pages, fields, scored, {"person": nm, "year": tr["a"].year}, cat)


# ---------------------------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "sign_in_sheet")
    w = P.who(ctx)
    tr = _training(ctx, w)
    one_day = v in ("grid", "halves", "blankhand", "appshot", "lecture")
    a = tr["a"]
    b = a if one_day else P.plus(a, ctx.pick([1, 2]))
    n = ctx.pick([8, 10, 12, 14]) if v != "halves" else ctx.pick([16, 20, 24])
    used: set[str] = set()
    ppl = P.pnames(ctx, n, used)
    units = [w.fill(ctx.pick(P.PROFS[w.prof]["units"])) for _ in ppl]
    st = ctx.pick(P.STYLES)
    title = tr["title"].replace("继续教育培训", "培训会") if v != "lecture" else f"{P.topic(ctx, w, 'train')}专题讲座"
    title_clean = title
    org = tr["org"]
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    place = ctx.pick(["会议室", "学术报告厅", "多功能厅", "培训中心301教室"])
    place = ctx.pick([w.unit, org]) + place
    pages: list[Page] = []
    if v in ("grid", "blankhand", "lecture"):
        pg = Page()
        pg.text(pg.w / 2, 20, title + "签到表", P.fits(title + "签到表", bold, 17, pg.w - 30), bold, "c")
        y = 34
        meta = [f"主办单位：{org}", f"时间：{P.ds(a, st)}  {ctx.pick(['上午8:30', '下午14:30', '9:00'])}", f"地点：{place}"]
        if v == "lecture":
            meta.insert(1, f"主讲人：{P.pname(ctx, used)}（{ctx.pick(['主任医师', '教授', '正高级工程师', '研究馆员'])}）")
        for m in meta:
            pg.text(18, y, m, 10.5, body)
            y += 7
        rows = [["序号", "姓名", "工作单位", "联系电话", "签名"]]
        for i, (p, u) in enumerate(zip(ppl, units)):
            if v == "blankhand":
                rows.append([str(i + 1), p, u, P.phone(ctx), ""])
            else:
                rows.append([str(i + 1), p, u, P.phone(ctx), p])
        fonts = {1: hand, 4: hand} if v == "blankhand" else {4: hand}
        y = pg.table(15, y + 3, [12, 28, 78, 32, 30], rows, 9.5, body, 11, fonts=fonts)
        pg.text(18, y + 6, f"注：请参会人员如实签到，代签无效。共{n}人。", 9, body)
        pages.append(pg)
    elif v == "halves":
        pg = Page()
        pg.text(pg.w / 2, 18, title + "签到表", P.fits(title + "签到表", bold, 16, pg.w - 30), bold, "c")
        pg.text(16, 30, f"组织单位：{org}", 10, body)
        pg.text(pg.w - 16, 30, f"日期：{P.ds(a, st)}", 10, body, "r")
        half = n // 2
        for col in range(2):
            rows = [["序号", "姓名", "签到"]]
            for i in range(half):
                j = col * half + i
                rows.append([str(j + 1), ppl[j], ppl[j]])
            pg.table(14 + col * 92, 38, [14, 34, 40], rows, 10, body, 10, fonts={2: hand})
        pages.append(pg)
    elif v == "ampm":
        pg = Page(w=297, h=210)
        pg.text(pg.w / 2, 16, title + "学员签到表", 17, bold, "c")
        pg.text(16, 28, f"主办：{org}", 10.5, body)
        pg.text(pg.w / 2, 28, f"培训时间：{P.rng_range(a, b, st)}", 10.5, body, "c")
        pg.text(pg.w - 16, 28, f"地点：{place}", 10.5, body, "r")
        days = [P.plus(a, i) for i in range((b - a).days + 1)]
        head = ["序号", "姓名", "单位"]
        wd = [12, 26, 70]
        for d in days:
            head += [f"{d.month}月{d.day}日上午", f"{d.month}月{d.day}日下午"]
            wd += [ (297 - 28 - 108) / (2 * len(days))] * 2
        rows = [head] + [[str(i + 1), p, u] + [p if ctx.rng.random() < 0.9 else "" for _ in range(2 * len(days))]
                         for i, (p, u) in enumerate(zip(ppl, units))]
        pg.table(14, 36, wd, rows, 9, body, 10.5, fonts={i: hand for i in range(3, 3 + 2 * len(days))})
        pages.append(pg)
    else:  # appshot
        pg, y = P.phone_page(ctx, "签到统计", ctx.pick(["钉钉", "企业微信", "学习通"]))
        y = pg.wrap(8, y, pg.w - 16, title, 11.5, bold, 1.5)
        pg.text(8, y + 1, f"发起：{org}", 8.5, body, "l", (110, 110, 110))
        pg.text(8, y + 7, f"{P.ds(a, 'iso')}  已签到 {n}/{n + ctx.rng.randint(0, 4)}", 8.5, body, "l", (110, 110, 110))
        y += 16
        for i, p in enumerate(ppl):
            pg.rect(8, y, 16, y + 8, 0, fill=(90, 140, 220))
            pg.text(12, y + 1.8, p[-1], 8, body, "c", (255, 255, 255))
            pg.text(20, y + 0.5, p, 10, body)
            pg.text(20, y + 5, units[i][:16], 7, body, "l", (140, 140, 140))
            pg.text(pg.w - 8, y + 1.5, f"{ctx.rng.randint(7, 8):02d}:{ctx.rng.randint(0, 59):02d} 已签到", 8, body, "r", (40, 150, 80))
            y += 12
        pages.append(pg)
    people = [person(p, i + 1, "attendee") for i, p in enumerate(ppl)]
    fields = {"title": title_clean, "issuer": org, "period": {"start": a.isoformat(), "end": b.isoformat()},
              "people": people}
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    claim = ppl[ctx.rng.randrange(n)]
    return Doc("sign_in_sheet", layout, pages, fields, scored, {"person": claim, "year": a.year})


# ---------------------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "training_notice")
    w = P.who(ctx)
    tr = _training(ctx, w)
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    a, b = tr["a"], tr["b"]
    iss = P.plus(a, -ctx.rng.randint(7, 30))
    st = ctx.pick(P.STYLES)
    used: set[str] = set()
    title, org = tr["title"], tr["org"]
    hours_print = ctx.rng.random() < 0.6
    hs = P.hours_s(tr["hours"])
    claim = P.pname(ctx, used)
    holder: str | None = None
    people: list[dict[str, Any]] = []
    issued_scored = True
    pages: list[Page] = []
    cat = None
    bureau = {"public": None}
    del bureau
    para = [
        f"一、培训时间：{P.rng_range(a, b, st)}，{P.ds(P.plus(a, -1), st)}下午报到。",
        f"二、培训地点：{ctx.pick(P.ADDR[w.city])}{ctx.rng.randint(1, 199)}号{ctx.pick(['培训中心', '会议中心', '学术报告厅'])}。",
        f"三、培训对象：全市{ctx.pick(['各县区', '各医疗机构', '各学校', '各基层单位'])}相关专业技术人员。",
        "四、培训内容：" + "、".join(P.topic(ctx, w, "train") for _ in range(3)) + "等。",
        ("五、培训结束后经考核合格，颁发培训证书，计继续教育学时" + hs + "学时。") if hours_print
        else "五、请各单位于开班前报送参训人员名单。",
        f"联系人：{P.pname(ctx, used)}，联系电话：0{ctx.pick(['371', '538'])}-{P.serial(ctx, 8)}",
    ]
    if v in ("redhead", "annotated", "webpage"):
        doc_no = f"{w.short}{DEPT[w.prof]}{ctx.pick(['办', '函', '字'])}〔{iss.year}〕{ctx.rng.randint(3, 180)}号"
        ntitle = f"关于举办{title}的通知"
        if v == "webpage":
            pg, y = P.browser_page(ctx, f"https://www.{ctx.pick(['hnsl', 'tawh', 'sdyx', 'kfjy'])}.gov.cn/art/{iss.year}/{iss.month}/{iss.day}/art_{P.serial(ctx, 5)}.html", org)
            pg.text(20, y, f"首页 > 通知公告 > 正文", 9, body, "l", (110, 110, 110))
            pg.text(pg.w / 2, y + 10, ntitle, P.fits(ntitle, bold, 15, pg.w - 40), bold, "c")
            pg.text(pg.w / 2, y + 20, f"发布时间：{P.ds(iss, 'iso')}　　来源：{org}　　浏览次数：{ctx.rng.randint(80, 3000)}", 8.5, body, "c", (110, 110, 110))
            y += 30
            pg.text(20, y, "各有关单位：", 10.5, body)
            y = pg.wrap(20, y + 6, pg.w - 40, f"为进一步提升专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：", 10.5, body, 1.6, 8)
            for p_ in para[:5]:
                y = pg.wrap(20, y, pg.w - 40, p_, 10.5, body, 1.6, 8)
            n = ctx.pick([4, 6, 8])
            names = [claim] + P.pnames(ctx, n - 1, used)
            ctx.rng.shuffle(names)
            pg.text(20, y + 2, "参训人员：" + "、".join(names), 10.5, body)
            people = [person(p, i + 1, "attendee") for i, p in enumerate(names)]
            pg.text(pg.w - 20, pg.h - 12, f"版权所有：{org}　　地址：{ctx.pick(P.ADDR[w.city])}", 8, body, "r", (120, 120, 120))
            pages.append(pg)
        else:
            pg = Page()
            pg.text(pg.w / 2, 22, org + "文件" if v == "redhead" else org, P.fits(org + "文件", bold, 26, pg.w - 30), bold, "c", (200, 20, 20))
            pg.text(pg.w / 2, 44, doc_no, 11, body, "c")
            pg.line(20, 52, pg.w - 20, 52, 1.0, (200, 20, 20))
            y = pg.wrap(30, 60, pg.w - 60, ntitle, 16, bold, 1.5)
            pg.text(22, y + 4, "各有关单位：", 12, body)
            y = pg.wrap(22, y + 12, pg.w - 44, f"根据年度继续教育工作安排，定于{P.ds(a, st)}起举办{title}。现将有关事项通知如下：", 12, body, 1.8, 8.5)
            for p_ in para:
                y = pg.wrap(22, y, pg.w - 44, p_, 12, body, 1.8, 8.5)
            y += 4
            if v == "redhead":
                pg.text(22, y, "附件：参训人员名单", 12, body)
                y += 9
            pg.text(pg.w - 55, y + 10, org, 12, body, "c")
            pg.text(pg.w - 55, y + 19, P.ds(iss, st), 12, body, "c")
            pg.seal(pg.w - 55, y + 14, 19, org[:16], ctx.rng.randint(0, 999))
            pg.line(20, pg.h - 28, pg.w - 20, pg.h - 28, 0.3)
            pg.text(22, pg.h - 25, f"抄送：{w.city}市人力资源和社会保障局", 10, body)
            pg.text(pg.w - 22, pg.h - 25, f"{P.ds(P.plus(iss, 1), 'cn')}印发", 10, body, "r")
            pages.append(pg)
            if v == "redhead":
                p2 = Page()
                p2.text(20, 20, "附件", 12, bold)
                p2.text(p2.w / 2, 30, "参训人员名单", 15, bold, "c")
                n = ctx.pick([6, 9, 12])
                names = P.pnames(ctx, n - 1, used)
                names.insert(ctx.rng.randrange(n), claim)
                rows = [["序号", "姓名", "工作单位", "职称"]] + [[str(i + 1), p, w.fill(ctx.pick(P.PROFS[w.prof]["units"])), ctx.pick(["工程师", "主管技师", "一级教师", "农艺师", "副主任医师"])] for i, p in enumerate(names)]  # noqa: E501
                p2.table(20, 40, [16, 30, 88, 36], rows, 10, body, 10)
                p2.text(p2.w / 2, p2.h - 15, "— 2 —", 10, body, "c")
                pages.append(p2)
                people = [person(p, i + 1, "attendee") for i, p in enumerate(names)]
            else:  # annotated by the claimant
                pg.text(pg.w - 70, 8, f"已参加 {claim}", 14, hand, "l", (30, 40, 160))
                holder = claim
    elif v == "agenda":
        pg = Page()
        pg.text(pg.w / 2, 22, title, P.fits(title, bold, 17, pg.w - 30), bold, "c")
        pg.text(pg.w / 2, 33, "日 程 安 排", 15, bold, "c")
        pg.text(20, 44, f"主办单位：{org}", 10.5, body)
        pg.text(20, 51, f"时间：{P.rng_range(a, b, st)}", 10.5, body)
        rows = [["日期", "时间", "内容", "主讲人"]]
        for i in range((b - a).days + 1):
            d = P.plus(a, i)
            for t in ("8:30-11:30", "14:00-17:00"):
                rows.append([f"{d.month}月{d.day}日", t, P.topic(ctx, w, "train") + ctx.pick(["", "实务", "专题讲座", "案例研讨"]), P.pname(ctx, used)])
        y = pg.table(18, 58, [24, 28, 92, 30], rows[:13], 9.5, body, 10)
        if hours_print:
            pg.text(20, y + 6, f"备注：全程参训者计{hs}学时。", 10, body)
        pg.text(150, 14, f"{claim} 报名", 13, hand, "l", (30, 40, 160))
        holder = claim
        issued_scored = False
        pages.append(pg)
    elif v == "invite":
        pg = Page()
        frame(pg, ctx, 1)
        pg.text(pg.w / 2, 30, "邀 请 函", 26, bold, "c", (160, 30, 30))
        pg.text(25, 52, f"尊敬的{claim}{ctx.pick(['老师', '同志', '专家'])}：", 13, body)
        y = pg.wrap(25, 62, pg.w - 50, f"兹定于{P.rng_range(a, b, st)}在{w.city}举办{title}。您是本领域的业务骨干，诚邀您拨冗参加。", 12.5, body, 1.9, 9)
        for p_ in para[1:5]:
            y = pg.wrap(25, y, pg.w - 50, p_, 12.5, body, 1.9, 9)
        pg.text(pg.w - 60, y + 18, org, 12.5, body, "c")
        pg.text(pg.w - 60, y + 27, P.ds(iss, st), 12.5, body, "c")
        pg.seal(pg.w - 60, y + 22, 19, org[:16], ctx.rng.randint(0, 999))
        pg.text(25, pg.h - 28, f"回执请于{P.ds(P.plus(a, -3), 'cn')}前发送至邮箱 px{P.serial(ctx, 5)}@163.com", 9.5, body)
        holder = claim
        pages.append(pg)
    else:  # timetable
        pg = Page(w=297, h=210)
        pg.text(pg.w / 2, 16, title + "课程表", P.fits(title + "课程表", bold, 17, pg.w - 40), bold, "c")
        pg.text(16, 28, f"承办：{org}", 10.5, body)
        pg.text(pg.w - 16, 28, f"{P.rng_range(a, b, st)}", 10.5, body, "r")
        days = [P.plus(a, i) for i in range(min(5, (b - a).days + 1))]
        head = ["时段"] + [f"{d.month}月{d.day}日" for d in days]
        cw = (297 - 32 - 30) / len(days)
        rows = [head]
        for t in ("上午", "下午", "晚上"):
            rows.append([t] + [P.topic(ctx, w, "train")[:10] + ("" if t != "晚上" else "研讨") for _ in days])
        y = pg.table(16, 36, [30] + [cw] * len(days), rows, 9.5, body, 16)
        if hours_print:
            pg.text(16, y + 6, f"说明：本期培训计{hs}学时，考勤合格者颁发结业证书。", 10, body)
        pg.text(16, y + 14, f"报到时间：{P.ds(P.plus(a, -1), st)}　　发布日期：{P.ds(iss, st)}", 10, body)
        pg.text(pg.w - 60, y + 26, f"学员：{claim}", 14, hand, "l", (30, 40, 160))
        holder = claim
        pages.append(pg)
    fields = {"holder": holder, "people": people, "title": title, "issuer": org,
              "issued_on": iss.isoformat() if issued_scored else None,
              "period": {"start": a.isoformat(), "end": b.isoformat()},
              "hours_stated": tr["hours"] if hours_print else None}  # fmt: skip
    scored = ["title", "issuer"] + (["issued_on"] if issued_scored else []) + ["period.start", "period.end"]
    scored += ["hours_stated"] if hours_print else []
    return Doc("training_notice", layout, pages, fields, scored, {"person": claim, "year": a.year}, cat)


# ---------------------------------------------------------------------------------------------
SCHOOLS = {"water": ["河海大学", "华北水利水电大学", "山东农业大学"], "radio": ["郑州大学", "山东第一医科大学", "新乡医学院"],
           "lab": ["河南大学", "潍坊医学院", "滨州医学院"], "teacher": ["河南大学", "山东师范大学", "泰山学院", "曲阜师范大学"],
           "agri": ["河南农业大学", "山东农业大学", "青岛农业大学"], "relic": ["郑州大学", "山东大学", "河南大学"],
           "trans": ["河南大学", "山东大学", "北京外国语大学"], "land": ["北京林业大学", "山东建筑大学", "河南农业大学"]}  # fmt: skip
DEG = {"water": "工学", "radio": "医学", "lab": "医学", "teacher": "教育学", "agri": "农学", "relic": "历史学",
       "trans": "文学", "land": "工学"}  # fmt: skip
COMPUTER = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
            "Internet应用", "AutoCAD 2008制图"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "qualification_certificate")
    w = P.who(ctx)
    nm = P.pname(ctx, set())
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    school = ctx.pick(SCHOOLS[w.prof])
    subj = ctx.pick(P.PROFS[w.prof]["subj"])
    sex = ctx.pick("男女")
    born = dt.date(ctx.rng.randint(1978, 1998), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    gy = ctx.rng.randint(2005, 2023)
    gdate = dt.date(gy, ctx.pick([6, 6, 7, 12]), ctx.pick([20, 25, 28, 30]))
    no = P.serial(ctx, 18)
    pages: list[Page] = []
    modules: list[str] | None = None
    issued = gdate.isoformat()
    issuer = school
    if v == "diploma":
        kind = "graduation"
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        pg.text(pg.w / 2, 26, "毕 业 证 书", 28, bold, "c", (150, 30, 30))
        pg.rect(30, 50, 64, 94, 0.3)
        pg.text(47, 70, "照片", 10, body, "c", (150, 150, 150))
        y = 52
        pg.text(80, y + 1, "学生", 13, body)
        x_nm = 80 + width_mm("学生", body, 13) + 1.5
        pg.text(x_nm, y, nm, 16, hand)
        sent = (f"，性别{sex}，{P.ds(born, 'cn')}生，于{P.ms(gy - 4, 9, 'cn')}至{P.ms(gy, gdate.month, 'cn')}在本校"
                f"{subj}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
        y = pg.wrap(80, y + 1, pg.w - 110, sent, 13, body, 2.0, indent=x_nm - 80 + width_mm(nm, hand, 16) + 1.5)
        pg.text(100, pg.h - 48, f"校（院）长：{P.pname(ctx, {nm})}", 12, body)
        pg.text(pg.w - 70, pg.h - 48, school, 12.5, body, "c")
        pg.text(pg.w - 70, pg.h - 38, P.ds(gdate, "hanzi"), 12.5, body, "c")
        pg.seal(pg.w - 70, pg.h - 44, 18, school, ctx.rng.randint(0, 999))
        pg.text(30, pg.h - 24, f"证书编号：{no}", 10, body)
        pg.text(pg.w - 30, pg.h - 24, "查询网址：https://www.chsi.com.cn", 9, body, "r")
        pages.append(pg)
    elif v == "degree":
        kind = ctx.pick(["master_degree", "master_degree", "doctor_degree"])
        lvl = "硕士" if kind == "master_degree" else "博士"
        pg = Page()
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 40, f"{lvl}学位证书", 26, bold, "c")
        pg.rect(pg.w / 2 - 17, 58, pg.w / 2 + 17, 102, 0.3)
        pg.text(25, 118, nm, 16, hand)
        sent = (f"，{sex}，{P.ds(born, 'cn')}生。在{subj}专业完成了{lvl}学位的学习，成绩合格，"
                f"通过了学位论文答辩。根据《中华人民共和国学位条例》的规定，授予{DEG[w.prof]}{lvl}学位。")
        y = pg.wrap(25, 119, pg.w - 50, sent, 13, body, 2.0, indent=width_mm(nm, hand, 16) + 2)
        month_only = ctx.rng.random() < 0.5
        dtxt = P.ms(gy, gdate.month, "hanzi") if month_only else P.ds(gdate, "hanzi")
        issued = f"{gy}-{gdate.month:02d}" if month_only else gdate.isoformat()
        pg.text(40, y + 24, f"{school}", 12.5, body)
        pg.text(40, y + 34, f"学位评定委员会主席：{P.pname(ctx, {nm})}", 12, body)
        pg.text(pg.w - 50, y + 34, dtxt, 12.5, body, "c")
        pg.seal(60, y + 28, 18, (school + "学位评定委员会")[:16], ctx.rng.randint(0, 999))
        pg.text(pg.w / 2, pg.h - 24, f"证书编号：{P.serial(ctx, 16)}", 9.5, body, "c")
        pages.append(pg)
    elif v == "courses":
        kind = "postgraduate_courses"
        modules = [f"{subj}{s}" for s in ctx.rng.sample(["前沿专题", "研究方法", "理论与实践", "进展", "案例研究"], 3)]
        pg = Page(w=297, h=210)
        frame(pg, ctx, 1)
        pg.text(pg.w / 2, 26, "研究生课程进修班结业证书", 22, bold, "c")
        pg.text(30, 50, nm, 15, hand)
        sent = f"同志于{P.ms(gy - 1, 9, 'cn')}至{P.ms(gy, 7, 'cn')}参加我校{subj}专业研究生课程进修班学习，修完下列课程，成绩合格，准予结业。"
        y = pg.wrap(30, 51, pg.w - 60, sent, 12.5, body, 1.9, indent=width_mm(nm, hand, 15) + 2)
        rows = [["课程名称", "学分", "成绩"]] + [[m, str(ctx.pick([2, 3])), str(ctx.rng.randint(75, 95))] for m in modules]
        y = pg.table(60, y + 3, [110, 30, 30], rows, 10.5, body, 9)
        pg.text(pg.w - 70, y + 12, school + "研究生院", 12, body, "c")
        pg.text(pg.w - 70, y + 21, P.ds(gdate, "cn"), 12, body, "c")
        pg.seal(pg.w - 70, y + 16, 17, school + "研究生院", ctx.rng.randint(0, 999))
        issuer = school + "研究生院"
        pages.append(pg)
    elif v == "selfstudy":
        kind = "self_study_exam"
        issuer = f"{w.prov}省高等教育自学考试委员会"
        modules = ctx.rng.sample(["中国近现代史纲要", "马克思主义基本原理概论", "英语（二）", "计算机应用基础", f"{subj}概论", "管理学原理"], 2)
        issued = P.plus(gdate, 0).isoformat()
        pg = Page()
        pg.text(pg.w / 2, 26, "高等教育自学考试", 18, bold, "c")
        pg.text(pg.w / 2, 38, "单科合格证书", 22, bold, "c")
        y = 58
        for lab, val, f in (("姓名", nm, hand), ("准考证号", P.serial(ctx, 12), body), ("身份证号", _id_masked(ctx, w), body)):
            pg.text(30, y, f"{lab}：", 12, body)
            pg.text(58, y - (0.5 if f == hand else 0), val, 13 if f == hand else 12, f)
            y += 10
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [[P.serial(ctx, 5), m, str(ctx.rng.randint(60, 88)), P.ms(gy - 1 + i, 10 if i == 0 else 4, "cn")] for i, m in enumerate(modules)]
        y = pg.table(25, y + 4, [26, 80, 20, 34], rows, 10.5, body, 10)
        pg.text(pg.w - 60, y + 20, issuer, 12, body, "c")
        pg.text(pg.w - 60, y + 29, P.ds(gdate, "cn"), 12, body, "c")
        pg.seal(pg.w - 60, y + 24, 18, issuer[:16], ctx.rng.randint(0, 999))
        pages.append(pg)
    elif v == "computer":
        kind = "computer_exam"
        issuer = "人力资源和社会保障部人事考试中心"
        modules = ctx.rng.sample(COMPUTER, ctx.pick([2, 3, 4]))
        pg = Page()
        frame(pg, ctx, 1)
        pg.text(pg.w / 2, 30, "全国专业技术人员计算机应用能力考试", 15, bold, "c")
        pg.text(pg.w / 2, 42, "合 格 证 书", 24, bold, "c")
        y = 62
        for lab, val in (("姓　　名", nm), ("性　　别", sex), ("工作单位", w.unit), ("证书编号", P.serial(ctx, 14))):
            pg.text(30, y, lab + "：", 12, body)
            pg.text(62, y - 0.5, val, 13 if lab.startswith("姓") else 12, hand if lab.startswith("姓") else body)
            y += 10
        pg.text(30, y + 2, "考试合格科目：", 12, body)
        rows = [["序号", "科目名称", "考试日期"]] + [[str(i + 1), m, P.ds(P.plus(gdate, -30 * i), "cnpad")] for i, m in enumerate(modules)]
        y = pg.table(30, y + 10, [18, 90, 42], rows, 10.5, body, 10)
        pg.text(pg.w - 60, y + 20, issuer, 11.5, body, "c")
        pg.text(pg.w - 60, y + 29, P.ds(gdate, "cnpad"), 11.5, body, "c")
        pg.seal(pg.w - 60, y + 24, 18, "人力资源和社会保障部", ctx.rng.randint(0, 999))
        pages.append(pg)
    else:  # chsi
        kind = "graduation"
        pg, y = P.phone_page(ctx, "学籍学历信息", "学信网")
        pg.text(pg.w / 2, y, "教育部学历证书电子注册备案表", 11, bold, "c")
        y += 10
        rows = [("姓名", nm), ("性别", sex), ("出生日期", P.ds(born, "cnpad")), ("入学日期", P.ds(dt.date(gy - 4, 9, 1), "cnpad")),
                ("毕（结）业日期", P.ds(gdate, "cnpad")), ("学校名称", school), ("专业", subj), ("学历层次", "本科"),
                ("学历类别", "普通高等教育"), ("学制", "4年"), ("学习形式", "普通全日制"), ("毕（结）业", "毕业"),
                ("证书编号", no)]  # fmt: skip
        for lab, val in rows:
            pg.text(8, y, lab, 9, body, "l", (120, 120, 120))
            pg.text(40, y, val, 9.5, body)
            y += 8
            pg.line(8, y - 2, pg.w - 8, y - 2, 0.15, (220, 220, 220))
        pg.text(8, y + 4, f"在线验证码：{''.join(ctx.pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))}", 8.5, body)
        pg.text(8, y + 11, f"更新日期：{P.ds(dt.date(2025, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)), 'iso')}", 8.5, body, "l", (120, 120, 120))
        pages.append(pg)
    qual = {"kind": kind, "subject": subj, "modules": modules}
    fields = {"holder": nm, "issuer": issuer, "issued_on": issued, "qualification": qual}
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    if modules:
        scored.append("qualification.modules")
    if v in ("selfstudy", "computer"):
        qual["subject"] = None
        scored.remove("qualification.subject")
    return Doc("qualification_certificate", layout, pages, fields, scored, {"person": nm, "year": int(issued[:4])})


# ---------------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "other")
    w = P.who(ctx)
    nm = P.pname(ctx, set())
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    tr = _training(ctx, w)
    d = tr["a"]
    pages: list[Page] = []
    if v == "invoice":
        pg = Page(w=240, h=140)
        pg.text(pg.w / 2, 10, f"{w.prov}增值税电子普通发票", 16, bold, "c", (150, 60, 40))
        pg.text(pg.w - 12, 10, f"发票号码：{P.serial(ctx, 8)}", 9, body, "r")
        pg.text(pg.w - 12, 16, f"开票日期：{P.ds(d, 'cn')}", 9, body, "r")
        rows = [["购买方", f"名称：{nm}（个人）"], ["项目名称", f"*培训服务*{tr['title'][:16]}培训费"], ["金额", f"¥{ctx.pick([300, 480, 600, 880, 1200])}.00"],
                ["销售方", f"名称：{tr['org']}"]]  # fmt: skip
        pg.table(12, 26, [36, 180], rows, 10, body, 14)
        pg.text(12, 90, f"收款人：{P.pname(ctx, {nm})}　　复核：{P.pname(ctx, {nm})}　　开票人：{P.pname(ctx, {nm})}", 9, body)
        pg.seal(pg.w - 40, 110, 14, tr["org"][:12] + "发票专用章", ctx.rng.randint(0, 999))
        pages.append(pg)
    elif v == "signup":
        pg = Page()
        pg.text(pg.w / 2, 22, f"{tr['title']}报名表", P.fits(tr["title"] + "报名表", bold, 16, pg.w - 30), bold, "c")
        rows = [["姓名", nm, "性别", ctx.pick("男女")], ["工作单位", w.unit, "职务/职称", ctx.pick(["工程师", "主管技师", "一级教师", "馆员"])],
                ["手机", P.phone(ctx), "邮箱", f"{P.serial(ctx, 9)}@qq.com"], ["是否住宿", ctx.pick(["是", "否"]), "发票抬头", w.unit[:10]]]  # fmt: skip
        y = 36
        for r in rows:
            pg.table(20, y, [30, 62, 30, 48], [r], 10.5, body, 13, fonts={1: hand, 3: hand})
            y += 13
        pg.text(20, y + 10, "单位意见：同意报名。", 11, body)
        pg.text(pg.w - 50, y + 24, P.ds(P.plus(d, -10), "cn"), 11, body, "c")
        pg.seal(pg.w - 50, y + 20, 17, w.unit[:16], ctx.rng.randint(0, 999))
        pages.append(pg)
    elif v == "payshot":
        pg, y = P.phone_page(ctx, "账单详情", None)
        pg.text(pg.w / 2, y + 8, tr["org"][:16], 11, body, "c")
        pg.text(pg.w / 2, y + 20, f"-{ctx.pick([200, 360, 500, 980])}.00", 22, bold, "c")
        y += 40
        for lab, val in (("当前状态", "支付成功"), ("支付时间", f"{P.ds(d, 'iso')} {ctx.rng.randint(8, 21):02d}:{ctx.rng.randint(0, 59):02d}"),
                         ("商品", f"{nm}-继续教育报名费"), ("商户全称", tr["org"]), ("支付方式", "零钱"),
                         ("交易单号", P.serial(ctx, 24))):  # fmt: skip
            pg.text(8, y, lab, 9, body, "l", (120, 120, 120))
            y = pg.wrap(34, y, pg.w - 42, val, 9, body, 1.5) + 3
        pages.append(pg)
    elif v == "leave":
        pg = Page(w=210, h=148)
        pg.text(pg.w / 2, 16, "请 假 条", 20, bold, "c")
        sent = f"因参加{tr['title']}，需请假{(tr['b'] - tr['a']).days + 1}天（{P.rng_range(tr['a'], tr['b'], 'cn')}），请予批准。"
        pg.text(20, 32, f"{ctx.pick(['科室', '学校', '局'])}领导：", 13, hand)
        pg.wrap(20, 42, pg.w - 40, sent, 13, hand, 1.9, 9)
        pg.text(pg.w - 50, 80, f"请假人：{nm}", 13, hand, "c")
        pg.text(pg.w - 50, 90, P.ds(P.plus(d, -3), "cn"), 12, hand, "c")
        pg.text(20, 108, "领导意见：同意", 12, hand)
        pages.append(pg)
    elif v == "idcopy":
        pg = Page()
        for i, top in enumerate((40, 140)):
            pg.rect(45, top, 165, top + 75, 0.6, (120, 120, 120), (236, 240, 246))
            if i == 0:
                pg.text(55, top + 8, f"姓名  {nm}", 11, body)
                pg.text(55, top + 18, f"性别  {ctx.pick('男女')}    民族  汉", 11, body)
                pg.text(55, top + 28, f"出生  {P.ds(dt.date(ctx.rng.randint(1975, 1996), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)), 'cn')}", 11, body)
                pg.text(55, top + 38, f"住址  {ctx.pick(P.ADDR[w.city])}{ctx.rng.randint(1, 300)}号", 11, body)
                pg.text(55, top + 60, f"公民身份号码  {_id_masked(ctx, w)}", 11, body)
            else:
                pg.text(105, top + 12, "中华人民共和国", 15, bold, "c")
                pg.text(105, top + 24, "居民身份证", 18, bold, "c")
                pg.text(60, top + 50, f"签发机关  {w.city}市公安局{w.county if w.county.endswith('区') else ''}分局", 10, body)
                pg.text(60, top + 60, f"有效期限  {P.ds(dt.date(d.year - 5, 3, 12), 'dot')}-{P.ds(dt.date(d.year + 15, 3, 12), 'dot')}", 10, body)
        pg.text(110, 230, "仅供继续教育学时审核使用，他用无效", 14, hand, "c", (60, 60, 160))
        pages.append(pg)
    else:  # employ
        pg = Page()
        pg.text(pg.w / 2, 30, "在 职 证 明", 22, bold, "c")
        sent = (f"兹证明{nm}同志，身份证号{_id_masked(ctx, w)}，自{P.ms(d.year - ctx.rng.randint(3, 15), ctx.rng.randint(1, 12), 'cn')}起在我单位"
                f"从事专业技术工作，现任{ctx.pick(['工程师', '主管技师', '一级教师', '农艺师', '馆员', '主治医师'])}。特此证明。")
        y = pg.wrap(25, 55, pg.w - 50, sent, 13, body, 2.0, 9)
        pg.text(pg.w - 60, y + 25, w.unit, 12.5, body, "c")
        pg.text(pg.w - 60, y + 35, P.ds(d, ctx.pick(["cn", "hanzi"])), 12.5, body, "c")
        pg.seal(pg.w - 60, y + 29, 19, w.unit[:16], ctx.rng.randint(0, 999))
        pg.text(25, pg.h - 30, f"单位地址：{ctx.pick(P.ADDR[w.city])}　　人事科电话：0{ctx.pick(['371', '538'])}-{P.serial(ctx, 8)}", 9, body)
        pages.append(pg)
    return Doc("other", layout, pages, {"holder": nm}, [], {"person": nm, "year": d.year})
