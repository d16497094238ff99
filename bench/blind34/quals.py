"""Draw 34 builders: qualification certificates and other proofs (employer letters, receipts, forms)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind34.pools import (
    GREY,
    RED,
    STYLES,
    TITLES,
    TOPICS,
    Ctx,
    blank,
    browser,
    centre,
    day,
    doc,
    fd,
    fit,
    fm,
    hand,
    hz_num,
    hz_year,
    later,
    people_names,
    phone_frame,
    setting,
)  # fmt: skip

SCHOOLS = {
    "med": (["河南大学", "新乡医学院", "山东第一医科大学", "济宁医学院", "开封大学"], ["临床医学", "护理学", "医学影像学"], "医学"),
    "vet": (["河南农业大学", "山东农业大学", "河南牧业经济学院"], ["动物医学", "动物科学"], "农学"),
    "grain": (["河南工业大学", "山东农业大学", "郑州轻工业大学"], ["粮食工程", "食品质量与安全", "食品科学与工程"], "工学"),
    "road": (["山东交通学院", "长安大学", "河南工业大学"], ["道路桥梁与渡河工程", "交通工程", "土木工程"], "工学"),
    "mine": (["山东科技大学", "河南理工大学", "中国矿业大学"], ["采矿工程", "安全工程", "矿物加工工程"], "工学"),
    "school": (["泰山学院", "河南大学", "曲阜师范大学", "开封大学"], ["小学教育", "汉语言文学", "数学与应用数学"], "教育学"),
}  # fmt: skip
MODULES = ["中文Windows 7操作系统", "Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
           "Internet应用", "Access 2003数据库管理系统"]  # fmt: skip
COURSES = [
    "自然辩证法概论",
    "科技英语",
    "现代统计方法",
    "专业文献检索",
    "学科前沿专题",
    "研究方法论",
    "专业综合实验",
]


def _birth(r) -> dt.date:  # noqa: ANN001
    return dt.date(r.randint(1972, 1998), r.randint(1, 12), r.randint(1, 28))


def qualification_certificate(ctx: Ctx, k: int) -> Doc:  # noqa: PLR0915
    v = ctx.variant("qual")
    r = ctx.rng
    S = ctx.show
    st = setting(ctx)
    schools, subjects, disc = SCHOOLS[st.sector]
    school, subject = r.choice(schools), r.choice(subjects)
    who, head = people_names(r, 2)
    sx = r.choice("男女")
    bd = _birth(r)
    y2 = r.randint(max(bd.year + 21, 2000), 2024)
    grad = dt.date(y2, r.choice([6, 7]), r.randint(20, 30))
    no = "".join(str(r.randint(0, 9)) for _ in range(18))
    kind, modules = "graduation", None
    issuer, issued = school, grad.isoformat()
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    S("holder", who)
    pg = Page()
    if v == "diploma":
        pg.rect(10, 10, 200, 287, 1.0, (120, 90, 40))
        centre(pg, ctx, 36, "毕 业 证 书", 28, True)
        pg.rect(150, 60, 182, 100, 0.3, GREY)
        txt = (
            f"学生{who}，性别{sx}，{fd(bd, 'han')}生，于{hz_year(y2 - 4)}年九月至{hz_year(y2)}年{hz_num(grad.month)}月"
            f"在本校{subject}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        y = pg.wrap(28, 112, 154, txt, 14, ctx.body, 2.1, 10)
        pg.text(40, y + 24, f"校    长：{head}", 13, ctx.body)
        pg.text(40, y + 36, f"证书编号：{no}", 11, ctx.body)
        pg.text(150, y + 24, school, 14, ctx.body, "c")
        pg.text(150, y + 36, S("issued_on", fd(grad, "han")), 13, ctx.body, "c")
        pg.seal(150, y + 28, 22, school, r.randrange(999))
    elif v == "master":
        kind = "master_degree"
        pg.rect(10, 10, 200, 287, 2.0, RED)
        centre(pg, ctx, 34, "硕士学位证书", 26, True)
        txt = (
            f"{who}，{sx}，{fd(bd, 'cn')}生。在{school}{subject}专业完成了硕士研究生培养计划，通过论文答辩，"
            f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{disc}硕士学位。"
        )
        y = pg.wrap(28, 80, 154, txt, 14, ctx.body, 2.1, 10)
        pg.text(30, y + 20, f"学位评定委员会主席  {head}", 12.5, ctx.body)
        pg.text(30, y + 32, f"证书编号：{no[:16]}", 11, ctx.body)
        pg.text(150, y + 46, S("issued_on", fd(grad, "pad")), 13, ctx.body, "c")
        pg.seal(150, y + 40, 22, school, r.randrange(999))
        pg.text(150, y + 56, school, 13, ctx.body, "c")
    elif v == "courses":
        kind = "postgraduate_courses"
        modules = r.sample(COURSES, 4)
        sc.append("qualification.modules")
        centre(pg, ctx, 30, "研究生课程进修班结业证书", 20, True)
        y = pg.wrap(24, 54, 162, f"{who}同志于{fd(dt.date(y2 - 2, 9, 1), 'cn')}至{fd(grad, 'cn')}参加我校{subject}专业研究生课程进修班学习，"
                    "修完下列课程，成绩合格，准予结业。", 13, ctx.body, 2.0, 9)  # fmt: skip
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(r.randint(2, 3)), str(r.randint(72, 95))] for m in modules
        ]
        y = pg.table(30, y + 6, [90, 25, 35], rows, 11, ctx.body, 10)
        pg.text(150, y + 22, f"{school}研究生院", 13, ctx.body, "c")
        issuer = f"{school}研究生院"
        pg.text(150, y + 32, S("issued_on", fd(grad, "cn")), 13, ctx.body, "c")
        pg.seal(150, y + 26, 20, issuer, r.randrange(999))
    elif v == "selfstudy":
        kind = "self_study_exam"
        course = r.choice(
            [
                "医用化学",
                "教育心理学",
                "工程力学（一）",
                "食品微生物学",
                "动物生理学",
                "马克思主义基本原理概论",
            ]
        )
        modules = [course]
        sc.append("qualification.modules")
        issuer = f"{st.prov}省高等教育自学考试委员会"
        exam = (y2, r.choice([4, 10]))
        issued = f"{exam[0]}-{exam[1]:02d}"
        pg = Page(200, 140)
        pg.rect(6, 6, 194, 134, 0.8, (30, 80, 140))
        pg.text(100, 14, "高等教育自学考试单科合格证书", 17, ctx.bold, "c", (30, 80, 140))
        y = pg.wrap(
            16,
            34,
            168,
            f"{who}于{fm(*exam, 'cn')}参加{st.prov}省高等教育自学考试，所考课程成绩合格，特发此证。",
            12.5,
            ctx.body,
            2.0,
            9,
        )  # noqa: E501
        rows = [["报考专业", "课程名称", "成绩"], [subject, course, str(r.randint(60, 88))]]
        y = pg.table(20, y + 2, [60, 70, 30], rows, 11, ctx.body, 10)
        pg.text(150, y + 10, issuer, 11, ctx.body, "c")
        pg.text(150, y + 18, S("issued_on", fm(*exam, "cn")), 11, ctx.body, "c")
        pg.seal(150, y + 12, 16, issuer, r.randrange(999))
        pg.text(16, y + 12, f"准考证号：{no[:12]}", 10, ctx.body)
    elif v == "computer":
        kind = "computer_exam"
        subject = None
        sc.remove("qualification.subject")
        modules = [r.choice(MODULES)]
        sc.append("qualification.modules")
        issuer = "人力资源社会保障部人事考试中心"
        ex = day(r, 2012, 2019)
        pg = Page(190, 130)
        pg.rect(5, 5, 185, 125, 0.7, (60, 120, 60))
        pg.text(95, 12, "全国专业技术人员计算机应用能力考试", 14, ctx.bold, "c")
        pg.text(95, 22, "合 格 证 书", 18, ctx.bold, "c")
        rows = [["姓名", who, "性别", sx], ["证件号码", f"{r.choice(['41', '37'])}{no[2:6]}********{no[-4:]}", "", ""],
                ["考试科目", modules[0], "", ""], ["考试日期", fd(ex, "pad"), "", ""], ["证书编号", no[:14], "", ""]]  # fmt: skip
        pg.table(14, 36, [30, 80, 20, 30], rows, 10.5, ctx.body, 11)
        issued = ex.isoformat()
        pg.text(140, 108, issuer, 10, ctx.body, "c")
        pg.text(140, 115, S("issued_on", fd(ex, "pad")), 10, ctx.body, "c")
        pg.seal(140, 108, 15, "人事考试中心", r.randrange(999))
    elif v == "adult":
        pg = Page(297, 210)
        pg.rect(10, 10, 287, 200, 1.5, (40, 70, 130))
        pg.text(148, 22, "毕  业  证  书", 26, ctx.bold, "c", (40, 70, 130))
        pg.text(148, 38, "（成人高等教育）", 12, ctx.body, "c")
        pg.rect(28, 60, 60, 100, 0.3, GREY)
        pg.text(44, 78, "照片", 10, ctx.body, "c", GREY)
        txt = (
            f"学生{who}，性别{sx}，{fd(bd, 'cn')}生，于{y2 - 3}年3月至{y2}年1月在本校{subject}专业（函授）专科学习，"
            "修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        pg.wrap(76, 60, 190, txt, 14, ctx.body, 2.1, 10)
        issued = f"{y2}-01"
        pg.text(230, 150, f"{school}", 13, ctx.body, "c")
        pg.text(230, 160, S("issued_on", fm(y2, 1, "cn")), 13, ctx.body, "c")
        pg.seal(230, 153, 21, school, r.randrange(999))
        pg.text(76, 150, f"校（院）长：{head}", 12, ctx.body)
        pg.text(76, 160, f"证书编号：{no}", 11, ctx.body)
    else:  # registry: a printed web record of the diploma
        upd = later(grad, 300, 1500, r)
        browser(
            pg,
            ctx,
            "https://www.chsi.com.cn/xlcx/bg.do?vcode=" + no[:10],
            "教育部学历证书电子注册备案表",
            fd(later(upd, 1, 90, r), "slash"),
            "1/1",
        )
        centre(pg, ctx, 22, "教育部学历证书电子注册备案表", 17, True)
        pg.text(190, 34, f"更新日期：{fd(upd, 'pad')}", 9.5, ctx.body, "r")
        rows = [["姓名", who, "性别", sx], ["出生日期", fd(bd, "pad"), "民族", "汉族"],
                ["入学日期", fd(dt.date(y2 - 4, 9, r.randint(1, 15)), "pad"), "毕(结)业日期", S("issued_on", fd(grad, "pad"))],
                ["学校名称", school, "专业", subject], ["层次", "本科", "学历类别", "普通高等教育"],
                ["学习形式", "普通全日制", "毕(结)业", "毕业"], ["证书编号", no, "校(院)长姓名", head]]  # fmt: skip
        pg.table(18, 42, [30, 60, 30, 54], rows, 10.5, ctx.body, 12)
        pg.text(
            18,
            140,
            "在线验证码：" + no[-12:] + "    本报告在有效期内可通过学信网在线验证。",
            9.5,
            ctx.body,
            "l",
            GREY,
        )
    S("issuer", issuer)
    if subject:
        S("qualification.subject", subject)
    for m in modules or []:
        S("qualification.modules", m)
    f = {"holder": who, "issuer": issuer, "issued_on": issued,
         "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    return doc(ctx, "qualification_certificate", "qual", v, [pg], f, sc, (who, int(issued[:4])))


# ---- other proofs -------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    r = ctx.rng
    st = setting(ctx)
    who, boss = people_names(r, 2)
    d = day(r)
    sty = r.choice(STYLES)
    topic = r.choice(TOPICS[st.sector])
    rank = r.choice(TITLES[st.sector])
    pg = Page()
    if v == "employer":
        centre(pg, ctx, 34, "证    明", 24, True)
        txt = (
            f"兹证明我单位{who}同志（职称：{rank}）于{fd(d, sty)}至{fd(later(d, 1, 5, r), sty)}经单位批准，"
            f"参加了{topic}相关业务学习，学习期间遵守纪律，按时完成学习任务。"
        )
        y = pg.wrap(24, 60, 162, txt, 14, ctx.body, 2.1, 10)
        y = pg.wrap(24, y + 4, 162, "特此证明。", 14, ctx.body, 2.1, 10)
        pg.text(150, y + 30, st.unit, 13, ctx.body, "c")
        pg.text(150, y + 40, fd(later(d, 6, 40, r), sty), 13, ctx.body, "c")
        pg.seal(150, y + 33, 20, st.unit, r.randrange(999))
        pg.text(
            24,
            y + 60,
            f"单位负责人：{boss}   联系电话：0{r.choice(['371', '538'])}-{r.randint(2000000, 8999999)}",
            11,
            ctx.body,
        )  # noqa: E501
    elif v == "invoice":
        pg = Page(210, 110)
        pg.text(105, 8, "收  据", 18, ctx.bold, "c", RED)
        pg.text(190, 10, f"No. {r.randint(1000000, 9999999)}", 10, ctx.body, "r", RED)
        pg.text(14, 24, f"日期：{fd(d, sty)}", 11, ctx.body)
        rows = [
            ["交款人", who, "交款单位", st.unit],
            ["收款事由", f"{topic}培训费", "", ""],
            [
                "金额（大写）",
                f"{r.choice(['肆佰', '陆佰', '捌佰', '壹仟贰佰'])}元整",
                "小写",
                "¥" + str(r.choice([400, 600, 800, 1200])),
            ],
        ]  # noqa: E501
        pg.table(14, 32, [30, 66, 30, 56], rows, 10.5, ctx.body, 12, fonts={1: ctx.hand})
        pg.text(
            14, 80, f"收款单位（盖章）：{st.city}市继续教育服务中心        收款人：{boss}", 10.5, ctx.body
        )
        pg.seal(90, 78, 14, f"{st.city}市继续教育服务中心", r.randrange(999))
    elif v == "approval":
        centre(pg, ctx, 24, "职工外出学习审批表", 19, True)
        rows = [["姓名", who, "科室/岗位", r.choice(["内科", "检验科", "养护一站", "通风区", "三年级组", "质检科"])],
                ["学习内容", topic, "", ""], ["外出时间", fd(d, sty) + " 至 " + fd(later(d, 1, 5, r), sty), "", ""],
                ["科室意见", "同意", "", ""], ["分管领导意见", "同意，按规定报销。", "", ""]]  # fmt: skip
        pg.table(18, 40, [36, 70, 30, 38], rows, 11, ctx.body, 16, fonts={1: ctx.hand, 3: ctx.hand})
        hand(pg, ctx, 150, 130, boss, 16)
        pg.text(120, 131, "签字：", 11, ctx.body)
        hand(pg, ctx, 150, 142, fd(d, "dot"), 13)
        pg.seal(160, 128, 17, st.unit, r.randrange(999))
    elif v == "appraisal":
        centre(pg, ctx, 22, f"事业单位工作人员年度考核登记表（{d.year}年度）", 15, True)
        rows = [
            ["姓名", who, "性别", r.choice("男女")],
            ["单位", st.unit, "职称", rank],
            ["个人总结", f"本年度认真履行岗位职责，参加了{topic}等学习。", "", ""],
            ["考核等次", r.choice(["优秀", "合格"]), "", ""],
        ]  # noqa: E501
        y = pg.table(16, 36, [30, 90, 24, 34], rows, 11, ctx.body, 20, fonts={1: ctx.hand})
        pg.text(120, y + 16, "主管部门（盖章）", 11, ctx.body)
        pg.seal(140, y + 16, 18, st.unit, r.randrange(999))
        pg.text(120, y + 28, fd(later(d, 10, 60, r), sty), 11, ctx.body)
    elif v == "service":
        pg = Page(92, 196, bg=(245, 245, 245))
        y = phone_frame(pg, ctx, f"{r.randint(7, 22)}:{r.randint(10, 59)}", "志愿服务记录")
        for lab, val in [("姓名", who), ("服务项目", f"{topic[:8]}下乡服务"), ("服务时长", f"{r.randint(4, 40)}小时"),
                         ("服务日期", fd(d, "dash")), ("发布组织", st.unit)]:  # fmt: skip
            pg.text(6, y, lab, 9, ctx.body, "l", GREY)
            y = pg.wrap(28, y, 58, val, 9, ctx.body, 1.6) + 3
    else:  # appoint
        pg.rect(12, 12, 198, 285, 1.6, RED)
        centre(pg, ctx, 50, "聘    书", 30, True, RED)
        hand(pg, ctx, 30, 94, who, 18)
        pg.text(62, 95, "同志：", 15, ctx.body)
        pg.wrap(
            30,
            112,
            150,
            f"兹聘请您为{st.city}市{topic[:6]}技术指导专家组成员，聘期三年。",
            15,
            ctx.body,
            2.1,
            11,
        )
        pg.text(150, 200, st.unit, 13, ctx.body, "c")
        pg.text(150, 210, fd(d, "han"), 13, ctx.body, "c")
        pg.seal(150, 204, 20, st.unit, r.randrange(999))
    ctx.show("holder", who)
    f = {"holder": who}
    return doc(ctx, "other", "other", v, [pg], f, [], (who, d.year))


__all__ = ["blank", "fit", "other", "qualification_certificate"]
