"""Draw 30's qualification certificates (diplomas, degrees, course and exam certificates) and other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind30 import look as L
from bench.blind30 import pools as P

MAJORS = {
    "med": [("护理学", "理学"), ("临床医学", "医学"), ("药学", "理学"), ("医学影像学", "医学"), ("公共卫生", "医学")],
    "eng": [("电气工程及其自动化", "工学"), ("土木工程", "工学"), ("给排水科学与工程", "工学"), ("机械工程", "工学")],
    "res": [("作物学", "农学"), ("园艺学", "农学"), ("海洋科学", "理学"), ("植物保护", "农学")],
    "edu": [("职业技术教育", "教育学"), ("计算机科学与技术", "工学"), ("会计学", "管理学"), ("服装设计与工程", "工学")],
}  # fmt: skip
COURSES = {
    "med": ["医学统计学", "高级病理生理学", "循证医学", "护理理论", "临床流行病学", "医学伦理学"],
    "eng": ["工程矩阵理论", "数值分析", "现代电力系统分析", "结构动力学", "工程项目管理", "自然辩证法概论"],
    "res": ["高级植物生理学", "试验设计与分析", "分子生物学", "生物统计学", "现代农业推广", "自然辩证法概论"],
    "edu": ["职业教育学", "教育研究方法", "课程与教学论", "教育心理学", "教育技术学", "中国特色社会主义理论"],
}  # fmt: skip
MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Internet应用",
           "Windows 7操作系统", "Access 2003数据库管理系统", "AutoCAD 2004制图软件"]  # fmt: skip
SELF_COURSES = [("03201", "护理学导论"), ("02864", "微生物学与免疫学基础"), ("00015", "英语（二）"),
                ("02197", "概率论与数理统计（二）"), ("00054", "管理学原理"), ("03708", "中国近现代史纲要")]  # fmt: skip


def qualification_certificate(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("qual")
    sector = rng.choice(P.SECTORS)
    who = P.people(rng, 1)[0]
    univ = rng.choice(P.UNIVERSITIES)
    major, field_ = rng.choice(MAJORS[sector])
    issued = P.day(rng, 2008, 2023)
    birth = dt.date(issued.year - rng.randint(23, 30), rng.randint(1, 12), rng.randint(1, 28))
    x = dict(who=who, univ=univ, major=major, field=field_, issued=issued, birth=birth, sector=sector,
             sex=rng.choice(["男", "女"]), st=ctx.style())  # fmt: skip
    pg, q, issuer, issued_s = {
        "diploma": _q_diploma, "master": _q_master, "courses": _q_courses, "selfexam": _q_self,
        "computer": _q_computer, "doctor": _q_doctor, "chsi": _q_chsi,
    }[v](ctx, x)  # fmt: skip
    f = {"holder": who, "issuer": issuer, "issued_on": issued_s, "qualification": q}
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    if q.get("subject"):
        scored.append("qualification.subject")
    if q.get("modules"):
        scored.append("qualification.modules")
    year = int(issued_s[:4])
    return L.doc("qualification_certificate", "qual", v, [pg], f, scored, (who, year))


def _q(kind: str, subject: str | None, modules: list[str] | None = None) -> dict:
    return {"kind": kind, "subject": subject, "modules": modules}


def _q_diploma(ctx: P.Ctx, x: dict) -> tuple[Page, dict, str, str]:
    pg = L.portrait()
    pg.rect(14, 14, 196, 283, 1.2, (120, 30, 30))
    L.centre(pg, ctx, 34, "普通高等学校", 16, True)
    L.centre(pg, ctx, 46, "毕　业　证　书", 28, True, color=(120, 30, 30))
    pg.rect(145, 70, 180, 112, 0.3)
    pg.text(162.5, 88, "照片", 10, ctx.body, "c", L.GREY)
    b, d = x["birth"], x["issued"]
    start = d.year - 4
    s = (f"学生{x['who']}，性别{x['sex']}，{b.year}年{b.month}月{b.day}日生，于{start}年9月至{d.year}年"
         f"{d.month}月在本校{x['major']}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    L.para(pg, ctx, 125, s, 13.5, x=30, right=30, lead=2.1)
    pg.text(30, 205, "校　　名：" + x["univ"], 12.5, ctx.body)
    pg.text(30, 215, "校（院）长：", 12.5, ctx.body)
    L.hand(pg, ctx, 62, 214, P.people(ctx.rng, 1)[0], 14)
    pg.text(
        30, 225, "证书编号：" + "1" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(17)), 11, ctx.body
    )
    ds = P.dstr(d, ctx.style(("hanzi", "hanzi_o")))
    pg.text(150, 240, ds, 12.5, ctx.body, "c")
    L.seal(pg, ctx, 80, 212, x["univ"], 20)
    return pg, _q("graduation", x["major"]), x["univ"], d.isoformat()


def _q_master(ctx: P.Ctx, x: dict) -> tuple[Page, dict, str, str]:
    pg = L.portrait()
    L.centre(pg, ctx, 40, "硕 士 学 位 证 书", 26, True)
    b, d = x["birth"], x["issued"]
    s = (f"{x['who']}，{x['sex']}，{P.dstr(b, 'ymd')}生。在{x['univ']}{x['major']}学科（专业）完成了硕士学位的"
         f"课程学习和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{x['field']}硕士学位。")  # fmt: skip
    L.para(pg, ctx, 80, s, 13.5, x=30, right=30, lead=2.2)
    pg.text(30, 170, "学位授予单位：" + x["univ"], 12, ctx.body)
    pg.text(30, 181, "学位评定委员会主席：", 12, ctx.body)
    L.hand(pg, ctx, 76, 180, P.people(ctx.rng, 1)[0], 14)
    pg.text(
        30, 192, "证书编号：" + "10" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(14)), 11, ctx.body
    )
    pg.text(160, 205, P.dstr(d, x["st"]), 12, ctx.body, "c")
    L.seal(pg, ctx, 75, 172, x["univ"], 19)
    return pg, _q("master_degree", x["major"]), x["univ"], d.isoformat()


def _q_doctor(ctx: P.Ctx, x: dict) -> tuple[Page, dict, str, str]:
    pg = L.landscape()
    pg.rect(10, 10, 287, 200, 1.0, (30, 60, 120))
    L.centre(pg, ctx, 28, "博士学位证书", 28, True, color=(30, 60, 120))
    pg.rect(30, 60, 62, 102, 0.3)
    b, d = x["birth"], x["issued"]
    s = (f"{x['who']}，{x['sex']}，{b.year}年{b.month}月生。在本单位{x['major']}专业完成了博士研究生的学业，"
         f"通过博士学位论文答辩，经审核，授予{x['field']}博士学位。")  # fmt: skip
    L.para(pg, ctx, 62, s, 14, x=75, right=30, lead=2.1)
    pg.text(75, 130, x["univ"] + "学位评定委员会", 13, ctx.body)
    pg.text(75, 141, "主　席", 13, ctx.body)
    L.hand(pg, ctx, 97, 140, P.people(ctx.rng, 1)[0], 15)
    ds = P.dstr(d, ctx.style(("hanzi", "pad", "ymd")))
    pg.text(230, 150, ds, 13, ctx.body, "c")
    L.seal(pg, ctx, 110, 133, x["univ"], 20)
    pg.text(30, 185, "证书编号 " + "".join(str(ctx.rng.randint(0, 9)) for _ in range(16)), 10, ctx.body)
    return pg, _q("doctor_degree", x["major"]), x["univ"], d.isoformat()


def _q_courses(ctx: P.Ctx, x: dict) -> tuple[Page, dict, str, str]:
    pg = L.portrait()
    L.centre(pg, ctx, 30, x["univ"], 16, True)
    L.centre(pg, ctx, 44, "研究生课程进修班结业证书", 22, True)
    d = x["issued"]
    a = dt.date(d.year - 2, 9, 1)
    st = x["st"]
    mods = ctx.rng.sample(COURSES[x["sector"]], 5)
    s = (f"{x['who']}同志于{P.mstr(a.year, a.month, st)}至{P.mstr(d.year, 6, st)}参加我校{x['major']}专业"
         "研究生课程进修班学习，修完下列课程，考试成绩合格，准予结业。")  # fmt: skip
    y = L.para(pg, ctx, 66, s, 13, x=28, right=28, lead=2.0)
    rows = [["课程名称", "学分", "成绩"]] + [
        [m, str(ctx.rng.choice([2, 3])), str(ctx.rng.randint(72, 95))] for m in mods
    ]
    y = pg.table(35, y + 6, [80, 25, 35], rows, 11, ctx.body, 10, header_font=ctx.bold)
    pg.text(150, y + 20, x["univ"] + "研究生院", 12, ctx.body, "c")
    pg.text(150, y + 30, P.mstr(d.year, d.month, st), 12, ctx.body, "c")
    L.seal(pg, ctx, 150, y + 24, x["univ"], 19)
    return pg, _q("postgraduate_courses", x["major"], mods), x["univ"] + "研究生院", f"{d.year}-{d.month:02d}"


def _q_self(ctx: P.Ctx, x: dict) -> tuple[Page, dict, str, str]:
    pg = L.landscape()
    pg.rect(10, 10, 287, 200, 0.8, (40, 110, 60))
    L.centre(pg, ctx, 24, "山东省高等教育自学考试", 16, True)
    L.centre(pg, ctx, 36, "单 科 合 格 证 书", 24, True, color=(40, 110, 60))
    code, course = ctx.rng.choice(SELF_COURSES)
    d = x["issued"]
    y = L.rows(pg, ctx, 40, 62, [("姓　　名", x["who"]), ("准考证号", "0" + "".join(str(ctx.rng.randint(0, 9))
               for _ in range(11))), ("报考专业", x["major"])], 13, "：", gap=2.2)  # fmt: skip
    rows = [
        ["课程代码", "课程名称", "成绩", "考试时间"],
        [code, course, str(ctx.rng.randint(60, 88)), P.mstr(d.year, ctx.rng.choice([4, 10]), "ymd")],
    ]
    y = pg.table(40, y + 4, [34, 90, 28, 50], rows, 12, ctx.body, 12, header_font=ctx.bold)
    issuer = "山东省高等教育自学考试委员会"
    pg.text(225, y + 22, issuer, 12, ctx.body, "c")
    ds = P.dstr(d, x["st"])
    pg.text(225, y + 32, ds, 12, ctx.body, "c")
    L.seal(pg, ctx, 225, y + 26, issuer, 20)
    return pg, _q("self_study_exam", x["major"], [course]), issuer, d.isoformat()


def _q_computer(ctx: P.Ctx, x: dict) -> tuple[Page, dict, str, str]:
    pg = Page(150.0, 105.0)
    pg.rect(4, 4, 146, 101, 0.6, (30, 80, 140))
    pg.text(75, 9, "全国专业技术人员计算机应用能力考试", 11, ctx.bold, "c")
    pg.text(75, 16.5, "合　格　证", 16, ctx.bold, "c", (30, 80, 140))
    mod = ctx.rng.choice(MODULES)
    d = x["issued"]
    issuer = "山东省人事考试中心"
    y = L.rows(pg, ctx, 12, 30, [("姓　　名", x["who"]), ("证件号码", "3706" + "*" * 10 + str(ctx.rng.randint(1000, 9999))),
               ("考试科目", mod), ("成绩", "合格"), ("发证日期", P.dstr(d, x["st"]))], 9.5, "：", gap=2.0)  # fmt: skip
    pg.rect(112, 28, 136, 58, 0.3)
    pg.text(124, 40, "照片", 8, ctx.body, "c", L.GREY)
    pg.text(12, y + 2, "发证机关：" + issuer, 9.5, ctx.body)
    pg.text(12, y + 9, "人力资源和社会保障部人事考试中心 监制", 7, ctx.body, color=L.GREY)
    L.seal(pg, ctx, 118, y - 2, issuer, 13)
    return pg, _q("computer_exam", None, [mod]), issuer, d.isoformat()


def _q_chsi(ctx: P.Ctx, x: dict) -> tuple[Page, dict, str, str]:
    pg = L.phone()
    y = L.status_bar(pg, ctx, "学信档案")
    L.card(pg, y, y + 14, (230, 242, 255))
    pg.text(pg.w / 2, y + 4, "教育部学历证书电子注册备案表", 8.5, ctx.bold, "c")
    d = x["issued"]
    a = dt.date(d.year - 4, 9, 1)
    y += 18
    L.card(pg, y, y + 122)
    pairs = [("姓名", x["who"]), ("性别", x["sex"]), ("出生日期", P.dstr(x["birth"], "pad")),
             ("入学日期", P.dstr(a, "pad")), ("毕（结）业日期", P.dstr(d, "pad")), ("学校名称", x["univ"]),
             ("专业", x["major"]), ("学制", "4年"), ("层次", "本科"), ("学历类别", "普通高等教育"),
             ("学习形式", "普通全日制"), ("毕（结）业", "毕业"),
             ("证书编号", "1" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(17)))]  # fmt: skip
    for lab, val in pairs:
        pg.text(8, y + 3, lab, 7, ctx.body, color=L.GREY)
        pg.text(pg.w - 8, y + 3, val, L.fit(val, ctx.body, 7.3, pg.w - 40), ctx.body, "r")
        pg.line(8, y + 8.2, pg.w - 8, y + 8.2, 0.1, (230, 230, 230))
        y += 9.2
    pg.text(pg.w / 2, y + 6, "在线验证码：" + "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
            for _ in range(16)), 6.5, ctx.body, "c", L.GREY)  # fmt: skip
    return pg, _q("graduation", x["major"]), x["univ"], d.isoformat()


# ---- other proofs ------------------------------------------------------------------------------------
def other(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("other")
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    who = P.people(rng, 1)[0]
    unit = P.workplace(rng, city, sector)
    d = P.day(rng)
    topic = rng.choice(P.TOPICS[sector])
    org_ = P.org(rng, sector, city)
    x = dict(who=who, unit=unit, d=d, topic=topic, org=org_, sector=sector, city=city, st=ctx.style())
    pg = {"badge": _o_badge, "approval": _o_approval, "invoice": _o_invoice, "reflection": _o_reflect,
          "register": _o_register, "duty": _o_duty}[v](ctx, x)  # fmt: skip
    return L.doc("other", "other", v, [pg], {"holder": who}, [], (who, d.year))


def _o_badge(ctx: P.Ctx, x: dict) -> Page:
    pg = Page(100.0, 140.0)
    pg.rect(0, 0, 100, 34, 0, fill=(20, 90, 160))
    pg.wrap(8, 6, 84, f"{x['d'].year}年{x['city']}市{x['topic']}学术年会", 11, ctx.bold, 1.4)
    pg.text(50, 44, ctx.pick("badge", ["参 会 证", "代 表 证", "学 员 证"]), 20, ctx.bold, "c")
    pg.rect(35, 58, 65, 92, 0.3)
    pg.text(50, 100, x["who"], 18, ctx.bold, "c")
    pg.text(50, 112, x["unit"], L.fit(x["unit"], ctx.body, 10, 88), ctx.body, "c")
    pg.text(50, 128, "主办：" + x["org"], 8, ctx.body, "c")
    return pg


def _o_approval(ctx: P.Ctx, x: dict) -> Page:
    pg = L.portrait()
    L.centre(pg, ctx, 26, x["unit"], 15, True)
    L.centre(pg, ctx, 36, "职工外出学习审批表", 18, True)
    b = x["d"] + dt.timedelta(days=ctx.rng.randint(1, 5))
    rows = [["申请人", x["who"], "职称", P.pro_title(ctx.rng, x["sector"])],
            ["学习内容", x["topic"], "", ""],
            ["学习时间", P.span(x["d"], b, x["st"]), "", ""],
            ["举办单位", x["org"], "", ""]]  # fmt: skip
    y = 52.0
    for r in rows:
        if r[2]:
            pg.table(22, y, [30, 60, 30, 46], [r], 11, ctx.body, 14)
        else:
            pg.table(22, y, [30, 136], [[r[0], r[1]]], 11, ctx.body, 14)
        y += 14
    for lab, note in (("科室意见", "同意"), ("分管领导意见", "同意，按规定报销"), ("人事科备案", "已登记")):
        pg.table(22, y, [30, 136], [[lab, ""]], 11, ctx.body, 24)
        L.hand(pg, ctx, 70, y + 6, note, 14)
        y += 24
    return pg


def _o_invoice(ctx: P.Ctx, x: dict) -> Page:
    pg = Page(210.0, 140.0)
    pg.text(105, 10, "电子发票（普通发票）", 16, ctx.bold, "c", (140, 70, 40))
    pg.text(195, 10, "发票号码：" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(20)), 8, ctx.body, "r")
    pg.text(195, 16, "开票日期：" + P.dstr(x["d"], "pad"), 8, ctx.body, "r")
    pg.rect(10, 24, 200, 120, 0.4, (140, 70, 40))
    pg.text(14, 28, "购买方名称：" + x["unit"], 9.5, ctx.body)
    pg.text(110, 28, "销售方名称：" + x["org"], 9.5, ctx.body)
    fee = ctx.rng.choice([300, 480, 600, 800, 1200])
    rows = [
        ["项目名称", "单位", "数量", "金额", "税率"],
        ["*非学历教育服务*培训费", "人次", "1", f"{fee:.2f}", "免税"],
    ]
    pg.table(14, 42, [70, 20, 20, 40, 30], rows, 9, ctx.body, 10)
    pg.text(14, 74, "价税合计（小写）：¥" + f"{fee:.2f}", 10, ctx.body)
    pg.text(14, 96, f"备注：学员{x['who']}，{x['topic']}培训", 9.5, ctx.body)
    L.seal(pg, ctx, 170, 100, x["org"], 14)
    return pg


def _o_reflect(ctx: P.Ctx, x: dict) -> Page:
    pg = Page(210.0, 297.0, bg=(252, 251, 245))
    L.centre(pg, ctx, 20, "学 习 心 得", 18, True)
    pg.text(25, 34, "科室：", 11, ctx.body)
    L.hand(pg, ctx, 38, 33, x["unit"][-6:], 13)
    pg.text(120, 34, "姓名：", 11, ctx.body)
    L.hand(pg, ctx, 133, 33, x["who"], 14)
    for i in range(22):
        pg.line(22, 52 + i * 10, 188, 52 + i * 10, 0.2, (150, 170, 200))
    text = [f"参加{x['topic']}培训后，我对本岗位工作有了新的认识。",
            "一是进一步掌握了相关规范和新标准；二是通过案例讨论，",
            "找到了日常工作中存在的不足；三是结识了同行专家。",
            "今后将把所学运用到工作中，不断提高业务能力。"]  # fmt: skip
    for i, s in enumerate(text):
        L.hand(pg, ctx, 26, 44 + i * 10, s, 13)
    L.hand(pg, ctx, 140, 96, P.dstr(x["d"], "dot"), 13)
    return pg


def _o_register(ctx: P.Ctx, x: dict) -> Page:
    pg = L.landscape()
    L.centre(pg, ctx, 14, "专业技术人员继续教育登记", 17, True)
    pg.text(20, 28, f"姓名：{x['who']}　　工作单位：{x['unit']}", 11, ctx.body)
    rows = [["日期", "学习内容", "形式", "学时", "审核人"]]
    for i in range(5):
        dd = x["d"] + dt.timedelta(days=35 * i)
        rows.append([P.dstr(dd, "dot"), ctx.rng.choice(P.TOPICS[x["sector"]]), ctx.rng.choice(["面授", "网络", "学术会议"]),
                     str(ctx.rng.choice([4, 6, 8, 12])), ""])  # fmt: skip
    pg.table(20, 38, [36, 110, 36, 30, 45], rows, 10, ctx.body, 12, header_font=ctx.bold)
    for i in range(5):
        L.hand(pg, ctx, 20 + 212 + 22, 38 + 12 * (i + 1) + 2, P.people(ctx.rng, 1)[0], 12, "c")
    return pg


def _o_duty(ctx: P.Ctx, x: dict) -> Page:
    pg = L.portrait()
    L.centre(pg, ctx, 36, "证　明", 22, True)
    b = x["d"] + dt.timedelta(days=ctx.rng.choice([90, 180, 365]))
    s = (f"兹有{x['unit']}{x['who']}同志，于{P.span(x['d'], b, x['st'])}在我单位开展对口帮扶工作，"
         "期间工作认真负责，圆满完成帮扶任务。")  # fmt: skip
    y = L.para(pg, ctx, 60, s, 13, lead=2.0)
    L.para(pg, ctx, y + 2, "特此证明。", 13)
    place = f"{ctx.rng.choice(P.COUNTY[x['city']])}市{ctx.pick('duty', ['中医医院', '第二人民医院', '职业中等专业学校'])}"
    pg.text(150, 140, place, 13, ctx.body, "c")
    pg.text(150, 150, P.dstr(b + dt.timedelta(days=3), x["st"]), 13, ctx.body, "c")
    L.seal(pg, ctx, 150, 143, place, 19)
    return pg
