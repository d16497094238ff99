"""Draw 24 builder: diplomas, degree certificates, postgraduate course certificates, exam certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind24.ink import GREY, RED, centre, doc, fit_table, frame, kv, para, seal, serial, txt
from bench.blind24.pools import CITIES, Ctx, crowd, fd, fm

MAJORS = ["会计学", "土木工程", "工商管理", "财务管理", "给排水科学与工程", "临床医学", "统计学", "农学", "茶学",
          "城乡规划", "水利水电工程", "经济学", "计算机科学与技术", "审计学"]  # fmt: skip
DISCIPLINES = {"管理学": ["会计学", "企业管理", "管理科学与工程", "农业经济管理"], "工学": ["结构工程", "水利工程", "市政工程"],
               "经济学": ["区域经济学", "产业经济学", "统计学"], "农学": ["茶学", "作物遗传育种"], "医学": ["内科学", "公共卫生"]}  # fmt: skip
PG_COURSES = ["高级财务会计", "管理经济学", "数理统计", "学术英语", "现代管理理论", "财务报表分析", "高等工程数学",
              "中国特色社会主义理论与实践研究", "研究方法论", "公司治理", "计量经济学"]  # fmt: skip
ZK_COURSES = [("00067", "财务管理学"), ("00162", "会计制度设计"), ("00149", "国际贸易理论与实务"),
              ("00054", "管理学原理"), ("00041", "基础会计学"), ("04183", "概率论与数理统计（经管类）"),
              ("00144", "企业管理概论"), ("02331", "数据结构")]  # fmt: skip
JSJ = ["Excel2007中文电子表格", "Word2007中文字处理", "PowerPoint2007中文演示文稿", "Internet应用",
       "AutoCAD2008制图软件", "Project2007项目管理", "WPS Office办公组件"]  # fmt: skip


def _dt(ctx: Ctx, y0: int, y1: int, months: tuple[int, ...]) -> dt.date:
    return dt.date(ctx.rng.randint(y0, y1), ctx.pick(months), ctx.rng.randint(1, 28))


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    city = ctx.pick(CITIES)
    st = ctx.style()
    holder, boss = crowd(ctx.rng, 2)
    school = ctx.pick(CITIES[city]["univ"])
    sex = ctx.pick(["男", "女"])
    born = _dt(ctx, 1978, 1998, tuple(range(1, 13)))
    issued = _dt(ctx, 2008, 2024, (6, 7, 12))
    f: dict = {"holder": holder, "issuer": school, "issued_on": issued.isoformat()}
    q: dict = {"kind": "graduation", "subject": None, "modules": None}
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    no = serial(ctx, 5) + str(issued.year) + serial(ctx, 11)
    pg = Page()
    if v == "diploma":
        major = ctx.pick(MAJORS)
        q["subject"] = major
        pg = Page(w=297.0, h=210.0)
        frame(pg, 1)
        centre(pg, ctx, 24, "毕 业 证 书", 28)
        pg.rect(28, 60, 64, 105, 0.4, GREY)
        para(pg, ctx, 84, 62, 185, f"学生{holder}，性别{sex}，{fd(born, st)}生，于{issued.year - 4}年9月至{issued.year}年"
             f"{issued.month}月在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 14)  # fmt: skip
        txt(pg, ctx, 84, 140, f"校    名：{school}", 12)
        txt(pg, ctx, 84, 150, f"校    长：{boss}", 12)
        txt(pg, ctx, 84, 160, f"证书编号：{no}", 12)
        txt(pg, ctx, 240, 160, fd(issued, st), 12, align="c")
        seal(pg, ctx, 220, 148, school, 20)
    elif v in ("master", "doctor"):
        field, subs = ctx.pick(list(DISCIPLINES.items()))
        sub = ctx.pick(subs)
        q.update(kind="master_degree" if v == "master" else "doctor_degree", subject=sub)
        deg = f"{field}{'硕士' if v == 'master' else '博士'}学位"
        monthly = v == "master"
        if monthly:
            f["issued_on"] = f"{issued.year}-{issued.month:02d}"
        frame(pg, 2 if v == "doctor" else 0)
        centre(pg, ctx, 36, f"{'硕士' if v == 'master' else '博士'}学位证书", 26, spaced=False)
        y = para(pg, ctx, 28, 78, 154, f"{holder}，{sex}，{fd(born, st)}生。在{sub}学科（专业）已通过"
                 f"{'硕士' if v == 'master' else '博士'}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》"
                 f"的规定，授予{deg}。", 14)  # fmt: skip
        txt(pg, ctx, 28, y + 30, school, 13)
        txt(pg, ctx, 28, y + 40, f"学位评定委员会主席  {boss}", 13)
        txt(
            pg,
            ctx,
            160,
            y + 40,
            fm(issued.year, issued.month, st) if monthly else fd(issued, st),
            13,
            align="c",
        )
        txt(pg, ctx, 28, y + 54, f"证书编号：{serial(ctx, 16)}", 10.5)
        seal(pg, ctx, 60, y + 34, school)
    elif v == "pgclass":
        field, subs = ctx.pick(list(DISCIPLINES.items()))
        sub = ctx.pick(subs)
        mods = ctx.rng.sample(PG_COURSES, ctx.rng.randint(5, 8))
        q.update(kind="postgraduate_courses", subject=sub, modules=mods)
        f["issued_on"] = f"{issued.year}-{issued.month:02d}"
        sc.append("qualification.modules")
        y = centre(pg, ctx, 24, "研究生课程进修班结业证书", 20) + 6
        y = para(
            pg,
            ctx,
            22,
            y,
            166,
            f"{holder}同志参加我校{sub}专业研究生课程进修班学习，修完下列课程，考试成绩合格，准予结业。",
            12.5,
        )
        rows = [["序号", "课程名称", "学分", "成绩"]] + [[str(i + 1), m, str(ctx.rng.randint(2, 4)), str(ctx.rng.randint(72, 95))]
                                                   for i, m in enumerate(mods)]  # fmt: skip
        y = fit_table(pg, ctx, 30, y + 4, rows, 150, 11, 9.5)
        txt(pg, ctx, 150, y + 18, f"{school}研究生院", 13, align="c")
        txt(pg, ctx, 150, y + 28, fm(issued.year, issued.month, st), 13, align="c")
        seal(pg, ctx, 150, y + 20, school)
    elif v == "zikao":
        prov = CITIES[city]["prov"]
        f["issuer"] = f"{prov}省高等教育自学考试委员会"
        cs = ctx.rng.sample(ZK_COURSES, ctx.rng.randint(2, 4))
        q.update(kind="self_study_exam", subject=None, modules=[c[1] for c in cs])
        sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
        y = centre(pg, ctx, 26, "高等教育自学考试", 16)
        y = centre(pg, ctx, y, "单科合格证书", 22) + 6
        y = kv(pg, ctx, 26, y, [("姓    名", holder), ("准考证号", serial(ctx, 12))], 12.5)
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [[c, n, str(ctx.rng.randint(60, 92)), f"{issued.year}.{ctx.pick(['04', '10'])}"]
                                                       for c, n in cs]  # fmt: skip
        y = fit_table(pg, ctx, 24, y + 4, rows, 162, 11, 10)
        para(pg, ctx, 24, y + 6, 162, "以上课程考试成绩合格，特发此证。", 12.5)
        txt(pg, ctx, 150, y + 34, f["issuer"], 12, align="c")
        txt(pg, ctx, 150, y + 43, fd(issued, st), 12, align="c")
        seal(pg, ctx, 150, y + 36, f["issuer"])
    elif v == "jsj":
        pg = Page(w=210.0, h=148.0)
        f["issuer"] = "人力资源和社会保障部人事考试中心"
        mods = ctx.rng.sample(JSJ, ctx.rng.randint(1, 3))
        q.update(kind="computer_exam", subject=None, modules=mods)
        sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
        frame(pg, 0)
        centre(pg, ctx, 16, "全国专业技术人员计算机应用能力考试", 14)
        centre(pg, ctx, 26, "合  格  证", 20)
        y = kv(pg, ctx, 24, 44, [("姓    名", holder), ("证件号码", serial(ctx, 6) + "********" + serial(ctx, 4)),
                                 ("考试科目", "、".join(mods)), ("发证日期", fd(issued, st))], 11.5)  # fmt: skip
        txt(pg, ctx, 186, y + 8, f["issuer"], 11, align="r")
        txt(pg, ctx, 24, 134, f"证书编号：{serial(ctx, 14)}", 9.5, color=GREY)
        seal(pg, ctx, 160, y + 8, f["issuer"], 16)
    else:  # xlprint
        major = ctx.pick(MAJORS)
        q["subject"] = major
        pg.rect(15, 14, 195, 30, 0, fill=(232, 242, 236))
        centre(pg, ctx, 17, "教育部学历证书电子注册备案表", 16)
        txt(
            pg,
            ctx,
            192,
            35,
            f"更新日期：{fd(dt.date(issued.year + ctx.rng.randint(2, 8), 3, 15), st)}",
            9,
            color=GREY,
            align="r",
        )
        rows = [["姓名", holder, "性别", sex], ["出生日期", fd(born, st), "民族", "汉族"],
                ["入学日期", fd(dt.date(issued.year - 4, 9, 1), st), "毕（结）业日期", fd(issued, st)],
                ["学校名称", school, "专业", major], ["学制", "4年", "层次", "本科"], ["学历类别", "普通高等教育", "学习形式", "普通全日制"],
                ["毕（结）业", "毕业", "证书编号", no], ["校（院）长姓名", boss, "", ""]]  # fmt: skip
        fit_table(pg, ctx, 15, 42, rows, 180, 10.5, 11)
        txt(pg, ctx, 15, 150, f"在线验证码：{serial(ctx, 16)}", 10, color=RED)
    f["qualification"] = q
    return doc(ctx, "qualification_certificate", "qual", v, [pg], f, sc, holder, issued.year)
