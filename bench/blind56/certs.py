"""Draw 56 builders: training certificates, sign-in sheets, notices, qualifications, other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind56.kit import claim, fdate, fit, fmonth, para, rdate, setting
from bench.blind56.pools import PUBLIC_TOPICS, VARIANTS, Ctx, names
from bench.generator.truth import person


def _layout(ctx: Ctx, t: str, short: str, k: int) -> tuple[str, str]:
    vs = VARIANTS[f"t56.layout.{t}"]
    v = vs[(k + ctx.offset) % len(vs)]
    ctx.used.append(f"layout:{v}")
    return v, f"{short}56-{v}"


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "training_certificate", "tc", k)
    st = setting(ctx)
    rng = ctx.rng
    holder = names(rng, 1)[0]
    cat = rng.choice(["public", "professional", None])
    topic = rng.choice(PUBLIC_TOPICS) if cat == "public" else st["prof"][2]
    title = f"{st['year']}年度{topic}培训班"
    issuer = st["hrss"] if cat == "public" else st["city"] + st["prof"][1]
    start = rdate(ctx, st["year"], 3, 10)
    end = start + dt.timedelta(days=rng.randint(1, 5))
    issued = end + dt.timedelta(days=rng.randint(0, 10))
    hours = float(rng.choice([8, 12, 16, 24, 32, 40]))
    ds = 2 if v == "hanzi" else rng.randint(0, 3)
    unit = rng.choice(["学时", "课时", "小时"]) if v != "online" else "学时"
    pg = Page()
    frame(pg, ctx, rng.randint(1, 3))
    head = {"jieye": "结 业 证 书", "xueshi": "学时证明", "online": "继续教育电子证书", "table": "培训证明",
            "twoline": "专业技术人员继续教育|培 训 证 书", "hanzi": "继续教育证书"}[v]  # fmt: skip
    y = heading(pg, ctx, head, 32)
    y += 6
    unit_org = st["county"] + st["prof"][4]
    catword = {"public": "公需科目", "professional": "专业科目", None: ""}[cat]
    sent = (f"{holder}同志（工作单位：{unit_org}）于{fdate(start, ds)}至{fdate(end, ds)}参加{issuer}组织的"
            f"“{title}”{catword and '（' + catword + '）'}学习，完成规定课程，考核合格，共计{hours:g}{unit}。")  # fmt: skip
    if v == "online":
        pg.text(25, y, f"证书编号：SD{st['year']}{rng.randint(10**7, 10**8 - 1)}", 10.5, ctx.body)
        y += 8
    y = para(pg, ctx, y, sent, 13)
    y += 4
    if v in ("table", "online", "twoline"):
        rows = [["课程名称", "课程类别", "学时", "考核结果"]]
        tot = 0
        parts = [hours // 2, hours - hours // 2]
        for i, h in enumerate(parts):
            rows.append([f"{topic}（{'一二'[i]}）", catword or "—", f"{h:g}", rng.choice(["合格", "通过"])])
            tot += h
        y = pg.table(22, y, [70, 32, 30, 34], rows, 10.5, ctx.body, 9)
        y += 6
    if v == "online":
        pg.rect(25, y, 55, y + 30, 0.4)
        for i in range(6):
            for j in range(6):
                if rng.random() < 0.5:
                    pg.rect(26 + i * 4.8, y + 1 + j * 4.8, 30 + i * 4.8, y + 5 + j * 4.8, 0, fill=(0, 0, 0))
        pg.text(25, y + 32, "扫码验证证书真伪", 9, ctx.body)
    sign_block(
        pg,
        ctx,
        issuer,
        fdate(issued, ds),
        max(y + 10, 215),
        seed=k,
        extra=["（盖章）"] if v == "jieye" else None,
    )
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()},
              "hours_stated": hours if unit == "学时" else None}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end"]
    if unit == "学时":
        scored.append("hours_stated")
    return Doc("training_certificate", lay, [pg], fields, scored, claim(st, holder), cat)


def _titles(prof: str) -> list[str]:
    if prof in ("急诊医学", "职业卫生"):
        return ["住院医师", "主治医师", "副主任医师"]
    if prof == "中药调剂":
        return ["药师", "主管药师", "副主任药师"]
    if prof in ("学前教育", "汽车维修教学"):
        return ["二级教师", "一级教师", "高级教师"]
    if prof == "石雕工艺":
        return ["助理工艺美术师", "工艺美术师"]
    return ["助理工程师", "工程师", "高级工程师"]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "sign_in_sheet", "sis", k)
    st = setting(ctx)
    rng = ctx.rng
    topic = st["prof"][2]
    title = f"{topic}专题讲座"
    issuer = st["city"] + st["prof"][1]
    day = rdate(ctx, st["year"])
    n = rng.randint(8, 14)
    ppl = names(rng, n)
    pg = Page()
    y = heading(pg, ctx, f"{title}签到表", 22, 17)
    pg.text(20, y + 2, f"主办单位：{issuer}", 11, ctx.body)
    pg.text(pg.w - 20, y + 2, f"日期：{fdate(day, rng.randint(0, 3))}", 11, ctx.body, "r")
    y += 11
    if v == "ampm":
        pg.text(20, y, "上午 8:30—11:30    下午 14:00—17:00", 10.5, ctx.body)
        y += 7
    order: list[str] = []
    if v == "twocol":
        half = (n + 1) // 2
        rows = [["序号", "姓名", "单位", "序号", "姓名", "单位"]]
        for i in range(half):
            j = i + half
            rows.append(
                [str(i + 1), "", st["county"], str(j + 1) if j < n else "", "", st["county"] if j < n else ""]
            )
        yb = pg.table(15, y, [12, 30, 43, 12, 30, 43], rows, 10, ctx.body, 10)
        for i in range(half):
            pg.text(15 + 12 + 15, y + 10 * (i + 1) + 2, ppl[i], 12, ctx.hand, "c")
            if i + half < n:
                pg.text(15 + 85 + 12 + 15, y + 10 * (i + 1) + 2, ppl[i + half], 12, ctx.hand, "c")
        order = ppl
    else:
        rows = [["序号", "姓名", "单位", "职称", "签名"]]
        extra = 3 if v in ("plain", "booklet") else 0
        for i in range(n + extra):
            rows.append([str(i + 1), ppl[i] if i < n else "", st["county"] + ("" if i >= n else st["prof"][4][:4]),
                         rng.choice(_titles(st["prof"][0])) if i < n else "", ""])  # fmt: skip
        yb = pg.table(15, y, [14, 28, 70, 34, 34], rows, 10, ctx.body, 10)
        for i in range(n):
            sx = 15 + 146 + 17 + (rng.random() * 4 if v == "spill" else 0)
            pg.text(sx, y + 10 * (i + 1) + 2, ppl[i], 12 if v != "spill" else 14, ctx.hand, "c")
        order = ppl
    pg.text(20, yb + 6, f"共{n}人", 10.5, ctx.body)
    people = [person(p, i + 1, "attendee") for i, p in enumerate(order)]
    fields = {"title": title, "issuer": issuer, "period": {"start": day.isoformat(), "end": day.isoformat()},
              "people": people}  # fmt: skip
    return Doc("sign_in_sheet", lay, [pg], fields, ["title", "issuer", "period.start", "period.end", "people"],
               claim(st, rng.choice(order), day.year))  # fmt: skip


def training_notice(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "training_notice", "tn", k)
    st = setting(ctx)
    rng = ctx.rng
    cat = rng.choice(["public", "professional"])
    topic = rng.choice(PUBLIC_TOPICS) if cat == "public" else st["prof"][2]
    title = f"{topic}培训班"
    issuer = st["hrss"]
    issued = rdate(ctx, st["year"], 2, 9)
    start = issued + dt.timedelta(days=rng.randint(10, 30))
    end = start + dt.timedelta(days=rng.randint(1, 4))
    hours = float((end - start).days + 1) * 8
    catword = "公需科目" if cat == "public" else "专业科目"
    pg = Page()
    pgs = [pg]
    y = 30
    pg.text(pg.w / 2, y, f"{issuer}文件" if v != "yaoqing" else "邀 请 函", 20, ctx.bold, "c", (180, 30, 30))
    y += 14
    num = f"{st['wh']}〔{st['year']}〕{rng.randint(3, 90)}号"
    pg.text(pg.w / 2, y, num, 12, ctx.body, "c")
    y += 8
    pg.line(20, y, pg.w - 20, y, 0.8, (180, 30, 30))
    y += 8
    holder = None
    if v == "yaoqing":
        holder = names(rng, 1)[0]
        y = fit(pg, pg.w / 2, y, f"关于邀请参加{title}的函", 15, ctx.bold, 160, "c") and y + 12
        pg.text(25, y, f"尊敬的{holder}同志：", 12, ctx.body)
        y += 9
    else:
        y = fit(pg, pg.w / 2, y, f"关于举办{title}的通知", 15, ctx.bold, 160, "c") and y + 12
        pg.text(25, y, "各区县人力资源和社会保障局，有关单位：", 12, ctx.body)
        y += 9
    y = para(pg, ctx, y, f"为进一步提升专业技术人员素质，经研究，定于{fdate(start, 0)}至{fdate(end, 0)}举办{title}"
             f"（{catword}），现将有关事项通知如下。", 12)  # fmt: skip
    y = para(pg, ctx, y, f"一、培训地点：{st['city']}专业技术人员继续教育基地。", 12)
    y = para(pg, ctx, y, f"二、培训学时：完成全部课程并考核合格的，计{hours:g}学时。", 12)
    y = para(pg, ctx, y, "三、请各单位于开班前五日将报名回执报送我局专业技术人员管理科。", 12)
    y += 4
    if v == "fujian" or v == "richeng":
        pg.text(25, y, "附件：培训日程安排", 12, ctx.body)
        y += 9
        rows = [["日期", "时间", "内容"]]
        d = start
        while d <= end:
            rows.append([f"{d.month}月{d.day}日", "8:30-17:00", topic[:12]])
            d += dt.timedelta(days=1)
        y = pg.table(25, y, [40, 40, 80], rows, 10, ctx.body, 8) + 6
    if v == "huizhi":
        pg.text(pg.w / 2, y, "报名回执", 13, ctx.bold, "c")
        y = pg.table(25, y + 8, [30, 60, 30, 40], [["姓名", "单位", "职称", "联系电话"], ["", "", "", ""], ["", "", "", ""]],
                     10, ctx.body, 9) + 6  # fmt: skip
    sign_block(pg, ctx, issuer, fdate(issued, rng.choice([0, 2])), max(y + 6, 225), seed=k)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "hours_stated": hours}  # fmt: skip
    who = holder or names(rng, 1)[0]
    people = [] if holder else [person(who, 1, "attendee")]
    if not holder:
        pg.text(25, 270, f"参训人员：{who}", 11, ctx.body)
    fields["people"] = people
    return Doc("training_notice", lay, pgs, fields,
               ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"], claim(st, who), cat)  # fmt: skip


QUAL = {
    "biye": ("graduation", "毕 业 证 书", "山东农业大学"), "shuoshi": ("master_degree", "硕士学位证书", "山东中医药大学"),
    "boshi": ("doctor_degree", "博士学位证书", "中国海洋大学"), "jinxiu": ("postgraduate_courses", "研究生课程进修班结业证书", "山东科技大学"),
    "zikao": ("self_study_exam", "高等教育自学考试单科合格证书", "山东省高等教育自学考试委员会"),
    "jisuanji": ("computer_exam", "全国专业技术人员计算机应用能力考试合格证", "山东省人力资源和社会保障厅"),
}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "qualification_certificate", "qc", k)
    st = setting(ctx)
    rng = ctx.rng
    kind, head, issuer = QUAL[v]
    holder = names(rng, 1)[0]
    subject = st["prof"][3]
    modules = None
    pg = Page(297, 210)
    frame(pg, ctx, rng.randint(1, 3))
    y = heading(pg, ctx, head, 28, 22)
    y += 8
    if kind in ("graduation", "master_degree", "doctor_degree"):
        m = rng.choice([6, 7])
        issued = f"{st['year']}-{m:02d}"
        ds = fmonth(st["year"], m, rng.choice([0, 2]))
        word = {"graduation": f"在本校{subject}专业学习，修完规定课程，成绩合格，准予毕业。",
                "master_degree": f"在{subject}学科完成硕士学位的要求，授予硕士学位。",
                "doctor_degree": f"在{subject}学科完成博士学位的要求，授予博士学位。"}[kind]  # fmt: skip
        y = para(pg, ctx, y, f"{holder}，性别{rng.choice('男女')}，{word}", 14, 35)
    else:
        d = rdate(ctx, st["year"])
        issued = d.isoformat()
        ds = fdate(d, rng.choice([0, 1, 2]))
        if kind == "computer_exam":
            modules = [
                rng.choice(["Excel 2016中文电子表格", "Word 2016中文字处理", "PowerPoint 2016中文演示文稿"])
            ]
            subject = None
            y = label_lines(
                pg, ctx, 40, y, [("姓名", holder), ("考试模块", modules[0]), ("成绩", "合格")], 14, "："
            )
        elif kind == "self_study_exam":
            y = label_lines(pg, ctx, 40, y, [("姓名", holder), ("专业", subject), ("课程", st["prof"][2][:8]),
                                             ("成绩", "合格")], 14, "：")  # fmt: skip
        else:
            y = para(pg, ctx, y, f"{holder}于{st['year']}年参加我校{subject}专业研究生课程进修班学习，修完全部课程，"
                     "成绩合格，准予结业。", 14, 35)  # fmt: skip
    pg.text(40, 175, f"证书编号：{rng.randint(10**11, 10**12 - 1)}", 11, ctx.body)
    sign_block(pg, ctx, issuer, ds, 160, seed=k)
    q = {"kind": kind, "subject": subject, "modules": modules}
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued, "qualification": q}
    scored = ["holder", "issuer", "issued_on", "qualification.kind"] + (["qualification.subject"] if subject else []) + (
        ["qualification.modules"] if modules else [])  # fmt: skip
    return Doc("qualification_certificate", lay, [pg], fields, scored, claim(st, holder))


def other(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "other", "oth", k)
    st = setting(ctx)
    rng = ctx.rng
    holder = names(rng, 1)[0]
    d = rdate(ctx, st["year"])
    head, body = {
        "huiyi": (
            "学术会议交流证明",
            f"在{st['city']}{st['prof'][0]}学术年会上作题为“{st['prof'][2]}”的交流发言。",
        ),
        "jiangzuo": ("讲座证明", f"应邀为我单位专业技术人员主讲“{st['prof'][2]}”专题讲座，时长3小时。"),
        "zhiyi": ("下乡支医证明", f"按照对口帮扶安排，在{st['county']}乡镇卫生院开展支医服务满六个月。"),
        "jiaoliu": ("技术交流证明", f"参加{st['city']}{st['prof'][0]}技术交流活动，并作经验介绍。"),
        "xiaxiang": ("服务基层证明", f"到{st['county']}基层一线开展{st['prof'][0]}技术指导服务。"),
    }[v]
    issuer = st["city"] + st["prof"][1]
    pg = Page()
    y = heading(pg, ctx, head, 40, 22)
    y = para(pg, ctx, y + 10, f"兹证明{holder}同志（{st['county']}{st['prof'][4]}）于{fdate(d, 0)}{body}", 13)
    para(pg, ctx, y + 4, "特此证明。", 13)
    sign_block(pg, ctx, issuer, fdate(d, rng.choice([0, 2])), 200, seed=k)
    fields = {"holder": holder, "title": head, "issuer": issuer, "issued_on": d.isoformat()}
    return Doc("other", lay, [pg], fields, [], claim(st, holder))
