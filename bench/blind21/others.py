"""Draw 21 qualification certificates and other documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind21 import pools as P
from bench.blind21.kit import (
    card,
    kv_grid,
    landscape,
    make,
    para,
    phone_screen,
    portrait,
    right_block,
    seal,
    t,
)

MAJORS = [
    ("化学工程与工艺", "工学"),
    ("机械设计制造及其自动化", "工学"),
    ("土木工程", "工学"),
    ("港口航道与海岸工程", "工学"),
    ("材料成型及控制工程", "工学"),
    ("安全工程", "工学"),
    ("环境工程", "工学"),
    ("电气工程及其自动化", "工学"),
]
PG_COURSES = ["高等工程数学", "化工热力学", "现代控制理论", "工程项目管理", "数值分析", "科技论文写作",
              "有限元方法", "材料现代分析方法", "工程伦理", "传递过程原理"]  # fmt: skip
SELF_COURSES = ["工程经济", "建筑结构试验", "化工原理", "机械制造技术基础", "工程力学（一）", "安全管理学"]
MODULES = ["Excel 2016中文电子表格", "Word 2016中文字处理", "AutoCAD 2014制图软件", "PowerPoint 2016中文演示文稿",
           "Internet应用", "Project 2007项目管理"]  # fmt: skip


def _cn_month(y: int, m: int) -> str:
    return P.ms(y, m, "hanzi")


def qualification_certificate(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    holder = ctx.person()
    sex = ctx.pick("男女")
    univ, _ = ctx.pick(P.UNIVS)
    major, field_ = ctx.pick(MAJORS)
    end = dt.date(ctx.rng.randint(2019, 2024), ctx.pick((6, 7)), ctx.rng.randint(20, 30))
    no = "".join(str(ctx.rng.randint(0, 9)) for _ in range(18))
    birth = dt.date(end.year - ctx.rng.randint(21, 26), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    f: dict = {"holder": holder, "issuer": univ, "issued_on": P.iso(end)}
    if v == "diploma":
        pg = portrait()
        pg.rect(12, 12, 198, 285, 1.0, (120, 30, 30))
        t(pg, ctx, 105, 36, "毕 业 证 书", 30, "c", True, (120, 30, 30))
        pg.rect(150, 55, 180, 95, 0.3)
        st = end.replace(year=end.year - 4, month=9, day=1)
        para(pg, ctx, 30, 110, 150,
             f"学生{holder}，性别{sex}，{P.ds(birth, 'hanzi')}生，于{_cn_month(st.year, 9)}至"
             f"{_cn_month(end.year, end.month)}在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，"
             "成绩合格，准予毕业。", 14, lead=2.1)  # fmt: skip
        t(pg, ctx, 30, 205, f"校　名：{univ}", 13)
        t(pg, ctx, 30, 216, f"校　长：{ctx.person()}", 13)
        t(pg, ctx, 30, 227, f"证书编号：{no}", 12)
        t(pg, ctx, 180, 240, P.ds(end, "hanzi"), 13, "r")
        seal(pg, ctx, 70, 210, univ, 20)
        f["qualification"] = {"kind": "graduation", "subject": major, "modules": None}
        pages = [pg]
    elif v in ("master", "doctor"):
        deg = "硕士" if v == "master" else "博士"
        pg = portrait() if v == "master" else landscape()
        W = pg.w
        t(pg, ctx, W / 2, 30, f"{deg}学位证书", 28, "c", True)
        x, w = (30, 150) if v == "master" else (45, 207)
        y = para(pg, ctx, x, 70 if v == "master" else 60, w,
                 f"{holder}，{sex}，{P.ds(birth, 'cjk')}生。在{univ}{major}学科（专业）完成了{deg}学位的全部要求，"
                 f"经{univ}学位评定委员会审核，授予{field_}{deg}学位。", 14, lead=2.1)  # fmt: skip
        t(pg, ctx, x, y + 12, f"学位评定委员会主席：{ctx.person()}", 12)
        t(pg, ctx, x, y + 24, f"证书编号：{no[:16]}", 12)
        t(pg, ctx, W - x, y + 36, P.ds(end, ctx.pick(["cjk", "hanzi"])), 13, "r")
        seal(pg, ctx, W - x - 25, y + 30, f"{univ}学位评定委员会", 20)
        f["qualification"] = {"kind": "master_degree" if v == "master" else "doctor_degree", "subject": major,
                              "modules": None}  # fmt: skip
        pages = [pg]
    elif v == "pgcourse":
        pg = portrait()
        t(pg, ctx, 105, 28, "研究生课程进修班结业证书", 20, "c", True)
        mods = ctx.rng.sample(PG_COURSES, ctx.rng.randint(4, 6))
        a = dt.date(end.year - 1, 9, 1)
        y = para(pg, ctx, 25, 50, 160,
                 f"{holder}同志于{P.ms(a.year, 9, 'cjk')}至{P.ms(end.year, end.month, 'cjk')}参加我校{major}专业"
                 "研究生课程进修班学习，修完下列课程，成绩合格，准予结业。", 13, lead=2.0)  # fmt: skip
        rows = [["序号", "课程名称", "学分", "成绩"]]
        rows += [
            [str(i + 1), m, str(ctx.pick((2, 3))), str(ctx.rng.randint(72, 95))] for i, m in enumerate(mods)
        ]
        y = pg.table(30, y + 6, [16, 80, 24, 30], rows, 11, ctx.body, 10)
        right_block(pg, ctx, 180, y + 20, [f"{univ}研究生院", P.ds(end, "cjkpad")], 13, f"{univ}研究生院")
        f.update(issuer=f"{univ}研究生院",
                 qualification={"kind": "postgraduate_courses", "subject": major, "modules": mods})  # fmt: skip
        pages = [pg]
    elif v == "selfstudy":
        pg = landscape()
        org = "山东省高等教育自学考试委员会"
        exam = dt.date(end.year, ctx.pick((4, 10)), 1)
        course = ctx.pick(SELF_COURSES)
        t(pg, ctx, 148, 24, "高等教育自学考试", 16, "c")
        t(pg, ctx, 148, 36, "课 程 合 格 证 书", 24, "c", True)
        rows = [("姓　　名", holder), ("准考证号", no[:12]), ("专　　业", major), ("课程名称", course),
                ("成　　绩", str(ctx.rng.randint(60, 92))), ("考试时间", P.ms(exam.year, exam.month, "cjk"))]  # fmt: skip
        kv_grid(pg, ctx, 50, 60, 197, rows, 12, 40, 11)
        right_block(pg, ctx, 250, 140, [org, P.ms(exam.year, exam.month, "hanzi")], 12, org)
        f.update(issuer=org, issued_on=P.ym(exam.year, exam.month),
                 qualification={"kind": "self_study_exam", "subject": major, "modules": [course]})  # fmt: skip
        pages = [pg]
    elif v == "computer":
        pg = landscape()
        org = ctx.pick(["山东省人事考试中心", "人力资源和社会保障部人事考试中心"])
        mod = ctx.pick(MODULES)
        iss = dt.date(end.year, ctx.rng.randint(3, 11), ctx.rng.randint(1, 28))
        pg.rect(0, 0, 297, 26, 0, fill=(30, 90, 160))
        t(pg, ctx, 148, 6, "全国专业技术人员计算机应用能力考试", 16, "c", True, (255, 255, 255))
        t(pg, ctx, 148, 40, "合 格 证", 26, "c", True)
        rows = [("姓名", holder), ("性别", sex), ("身份证号", P.masked_id(ctx)), ("考试科目", mod),
                ("证书编号", no[:14]), ("发证日期", P.ds(iss, "cjkpad"))]  # fmt: skip
        y = 62
        for lab, val in rows:
            t(pg, ctx, 70, y, f"{lab}：", 13)
            t(pg, ctx, 110, y, val, 13)
            y += 12
        pg.rect(220, 60, 255, 105, 0.3)
        right_block(pg, ctx, 265, 150, [org], 12, org)
        f.update(issuer=org, issued_on=P.iso(iss),
                 qualification={"kind": "computer_exam", "subject": None, "modules": [mod]})  # fmt: skip
        pages = [pg]
    else:  # chsi
        pg, y = phone_screen(ctx, "学历证书电子注册备案表", (16, 120, 110))
        card(pg, 3, y, 77, y + 120)
        t(pg, ctx, 40, y + 3, "教育部学历证书电子注册备案表", 8.5, "c", True)
        st = dt.date(end.year - 4, 9, 1)
        rows = [("姓名", holder), ("性别", sex), ("出生日期", P.ds(birth, "cjkpad")), ("入学日期", P.ds(st, "cjkpad")),
                ("毕（结）业日期", P.ds(end, "cjkpad")), ("学校名称", univ), ("专业", major), ("学制", "4年"),
                ("层次", "本科"), ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"), ("毕（结）业", "毕业"),
                ("证书编号", no)]  # fmt: skip
        yy = y + 11
        for lab, val in rows:
            t(pg, ctx, 6, yy, lab, 6.8, "l", False, (110, 110, 110))
            t(pg, ctx, 30, yy, val, 6.8)
            yy += 7.8
        t(pg, ctx, 40, y + 124, f"在线验证码：{no[:4]}{ctx.rng.randint(1000, 9999)}AB{no[5:9]}", 6.5, "c")
        f.update(issuer=None, qualification={"kind": "graduation", "subject": major, "modules": None})
        pages = [pg]
    year = int(str(f["issued_on"])[:4])
    return make(ctx, "qualification_certificate", "qual", v, pages, f, holder, year)


def other(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    city = ctx.city()
    holder = ctx.person()
    firm = ctx.firm(city)
    d = ctx.day(2019, 2024)
    st = ctx.pick(P.DAY_STYLES)
    f: dict = {"holder": holder}
    pg = portrait()
    pages = [pg]
    if v == "titlecert":
        pg.rect(15, 15, 195, 282, 1.5, (100, 20, 20))
        t(pg, ctx, 105, 40, "专业技术职务任职资格证书", 22, "c", True, (100, 20, 20))
        rows = [("姓　　名", holder), ("工作单位", firm), ("专　　业", ctx.pick(["化工工艺", "机械设计", "港口工程", "建筑施工"])),
                ("资格名称", ctx.pick(["高级工程师", "工程师"])), ("评审组织", f"{city}市工程系列中级职称评审委员会"),
                ("批准文号", f"{city[:1]}人社字〔{d.year}〕{ctx.rng.randint(10, 99)}号"), ("批准时间", P.ds(d, st))]  # fmt: skip
        kv_grid(pg, ctx, 30, 70, 150, rows, 12, 34, 13)
        seal(pg, ctx, 150, 200, f"{city}市人力资源和社会保障局")
    elif v == "appoint":
        t(pg, ctx, 105, 50, "聘  书", 36, "c", True, P.RED)
        para(pg, ctx, 30, 100, 150,
             f"兹聘请{holder}同志为{firm}{ctx.pick(P.DEPTS)}技术负责人，聘期三年（{d.year}年{d.month}月至"
             f"{d.year + 3}年{d.month}月）。", 16, lead=2.2)  # fmt: skip
        right_block(pg, ctx, 180, 200, [firm, P.ds(d, st)], 14, firm)
    elif v == "jobproof":
        t(pg, ctx, 105, 35, "在 职 证 明", 22, "c", True)
        para(pg, ctx, 25, 65, 160,
             f"兹证明{holder}，身份证号{P.masked_id(ctx)}，自{d.year - ctx.rng.randint(3, 12)}年起在我单位"
             f"{ctx.pick(P.DEPTS)}从事技术工作，现任{ctx.job_title()}。", 13.5, lead=2.0)  # fmt: skip
        para(pg, ctx, 25, 110, 160, "特此证明。", 13.5)
        right_block(pg, ctx, 180, 150, [firm, P.ds(d, st)], 13, firm)
    elif v == "member":
        pg.w, pg.h = 150.0, 100.0
        soc = ctx.pick(P.SOCIETIES)
        pg.rect(0, 0, 150, 22, 0, fill=(20, 70, 130))
        t(pg, ctx, 75, 6, soc, 13, "c", True, (255, 255, 255))
        t(pg, ctx, 75, 28, "会 员 证", 18, "c", True)
        pg.rect(10, 40, 35, 72, 0.3)
        for i, s in enumerate([f"姓名：{holder}", f"会员号：{ctx.rng.randint(10**7, 10**8 - 1)}",
                               f"单位：{firm}", f"入会时间：{P.ds(d, 'cjk')}"]):  # fmt: skip
            t(pg, ctx, 42, 42 + i * 9, s, 9.5)
        seal(pg, ctx, 125, 80, soc, 13)
    elif v == "expert":
        soc = ctx.pick(P.SOCIETIES)
        pg.rect(12, 12, 198, 285, 2, (170, 130, 40))
        t(pg, ctx, 105, 45, "专家库入库证书", 26, "c", True)
        para(
            pg,
            ctx,
            30,
            90,
            150,
            f"{holder}同志：经审核，您已入选{soc}专家库，聘期自{P.ds(d, st)}起三年。",
            15,
            lead=2.2,
        )
        right_block(pg, ctx, 180, 190, [soc, P.ds(d, st)], 14, soc)
    else:  # minutes
        names = [holder] + ctx.people(ctx.rng.randint(3, 5))
        ctx.rng.shuffle(names)
        t(pg, ctx, 105, 25, "技术方案评审会议纪要", 18, "c", True)
        kv_grid(pg, ctx, 20, 45, 170, [("会议时间", P.ds(d, st)), ("会议地点", f"{firm[:8]}技术中心会议室"),
                                        ("参会人员", "、".join(names)), ("记录人", names[-1])], 11, 28, 11)  # fmt: skip
        para(
            pg,
            ctx,
            20,
            105,
            170,
            f"会议对{ctx.pick(P.PROJECTS)}技术方案进行了评审，与会人员一致认为方案可行，同意实施。",
            12,
        )
        f = {
            "holder": None,
            "people": [{"name": n, "rank": i + 1, "role": "attendee"} for i, n in enumerate(names)],
        }
    return make(ctx, "other", "other", v, pages, f, holder, d.year)
