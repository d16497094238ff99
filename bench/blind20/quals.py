"""Draw 20: qualification certificates and other documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind20 import pools as P
from bench.blind20.kit import (
    GREY,
    RED,
    blank,
    border,
    centre,
    fit,
    ink,
    lh,
    make,
    para,
    put,
    ranked,
    rows,
    stamp,
)
from bench.blind20.pools import Ctx

MAJORS = ["水利水电工程", "农业水利工程", "农学", "园艺", "植物保护", "土木工程", "工程管理", "动物医学",
          "农业资源与环境", "给排水科学与工程", "水文与水资源工程", "林学"]  # fmt: skip
MASTER = [("农业硕士", "农艺与种业"), ("工程硕士", "水利工程"), ("农业硕士", "资源利用与植物保护"),
          ("工程硕士", "土木工程"), ("农学硕士", "作物栽培学与耕作学")]  # fmt: skip
SELF = {
    "水利水电工程": ["工程力学", "水力学", "水工建筑物", "工程水文学", "水利工程施工"],
    "农学": ["植物生理学", "作物栽培学", "土壤肥料学", "遗传育种学", "农业推广学"],
    "工程管理": ["工程经济", "建设工程合同管理", "工程项目管理", "建筑材料"],
}
MODULES = ["Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿", "Windows 10操作系统",
           "Internet应用", "AutoCAD 2014制图软件", "Project 2007项目管理"]  # fmt: skip


def _who(ctx: Ctx) -> dict:
    rng = ctx.rng
    prov, city, county = P.locale(rng)
    born = dt.date(rng.randint(1978, 1998), rng.randint(1, 12), rng.randint(1, 28))
    return {"prov": prov, "city": city, "county": county, "name": P.people(rng, 1)[0], "sex": rng.choice("男女"),
            "born": born, "uni": rng.choice(P.UNIS[prov]), "major": rng.choice(MAJORS),
            "no": "".join(str(rng.randrange(10)) for _ in range(rng.choice([12, 16, 18])))}  # fmt: skip


def _qual_doc(ctx: Ctx, v: str, pages: list[Page], w: dict, issuer: str, issued: str, kind: str,
              subject: str | None, modules: list[str] | None = None) -> Doc:  # fmt: skip
    return make("qualification_certificate", f"qual20-{v}", pages, w["name"], int(issued[:4]), holder=w["name"],
                issuer=issuer, issued_on=issued,
                qualification={"kind": kind, "subject": subject, "modules": modules})  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    return globals()[f"_qual_{v}"](ctx, v, _who(ctx))


def _grad_date(ctx: Ctx, w: dict, years: int) -> tuple[dt.date, dt.date]:
    y0 = ctx.rng.randint(max(w["born"].year + 18, 2000), 2020)
    return dt.date(y0, 9, 1), dt.date(y0 + years, 6, ctx.rng.choice([20, 25, 28, 30]))


def _qual_diploma(ctx: Ctx, v: str, w: dict) -> Doc:
    a, b = _grad_date(ctx, w, 4)
    pg = Page()
    border(pg, (120, 90, 40), 10)
    y = centre(pg, ctx, 40, "普通高等学校", 15, True)
    y = centre(pg, ctx, y + 2, spaced_("毕业证书"), 30, True) + 14
    pg.rect(30, y, 62, y + 42, 0.3)
    put(pg, ctx, 46, y + 19, "照片", 10, "c", color=GREY)
    y += 56
    text = (
        f"学生{w['name']}，性别{w['sex']}，{P.day(w['born'], 'cn')}生，于{a.year}年{a.month}月至{b.year}年{b.month}月"
        f"在本校{w['major']}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
    )
    y = para(pg, ctx, 30, y, 150, text, 14, 2.1)
    put(pg, ctx, 120, y + 22, f"校名：{w['uni']}", 13)
    put(pg, ctx, 120, y + 32, "校（院）长：", 13)
    ink(pg, ctx, 148, y + 30.5, P.people(ctx.rng, 1)[0], 16)
    stamp(pg, ctx, 140, y + 28, w["uni"], 20)
    put(pg, ctx, 30, y + 50, f"证书编号：{w['no']}", 12)
    put(pg, ctx, 120, y + 50, P.day(b, "han"), 13)
    return _qual_doc(ctx, v, [pg], w, w["uni"], b.isoformat(), "graduation", w["major"])


def spaced_(s: str) -> str:
    return "  ".join(s)


def _qual_degree(ctx: Ctx, v: str, w: dict) -> Doc:
    deg, field = ctx.rng.choice(MASTER)
    a, b = _grad_date(ctx, w, 3)
    pg = Page()
    y = centre(pg, ctx, 36, "硕 士 学 位 证 书", 28, True) + 20
    put(pg, ctx, 30, y, "（照片）", 10, color=GREY)
    pg.rect(28, y - 6, 58, y + 34, 0.3)
    y += 48
    text = (
        f"{w['name']}，{w['sex']}，{w['born'].year}年{w['born'].month}月生。在{w['uni']}{field}领域"
        f"完成了硕士专业学位研究生的学习计划，成绩合格，通过了学位论文答辩。"
        f"根据《中华人民共和国学位条例》的规定，授予{deg}专业学位。"
    )
    y = para(pg, ctx, 30, y, 150, text, 14, 2.2)
    y += 24
    put(pg, ctx, 110, y, f"{w['uni']}", 14)
    put(pg, ctx, 110, y + 10, "学位评定委员会主席", 12)
    ink(pg, ctx, 156, y + 8.5, P.people(ctx.rng, 1)[0], 15)
    stamp(pg, ctx, 130, y + 4, w["uni"], 20)
    put(pg, ctx, 110, y + 22, P.day(b, "han"), 13)
    put(pg, ctx, 30, 262, f"证书编号：{w['no']}", 11)
    return _qual_doc(ctx, v, [pg], w, w["uni"], b.isoformat(), "master_degree", field)


def _qual_courses(ctx: Ctx, v: str, w: dict) -> Doc:
    rng = ctx.rng
    y0 = rng.randint(2016, 2022)
    m1 = rng.choice([6, 7, 12])
    pg = Page(w=297, h=210)
    border(pg, (30, 70, 140), 9)
    y = centre(pg, ctx, 28, "研究生课程进修班结业证书", 26, True) + 12
    field = ctx.rng.choice(["农业工程", "水利工程", "作物学", "农业资源利用", "土木水利"])
    text = (
        f"{w['name']}同志于{y0}年9月至{y0 + 2}年{m1}月在我校{field}专业研究生课程进修班学习，"
        "修完规定的全部研究生课程，考试成绩合格，准予结业。"
    )
    y = para(pg, ctx, 40, y + 6, 217, text, 16, 2.1)
    courses = rng.sample(["高级作物生理学", "现代灌溉理论", "试验设计与统计分析", "水资源规划与管理", "土壤物理学",
                          "科技论文写作", "农业推广理论与实践"], 4)  # fmt: skip
    put(pg, ctx, 40, y + 6, "修读课程：" + "、".join(courses), 12)
    put(pg, ctx, 40, 180, f"编号：{w['no']}", 11, color=GREY)
    put(pg, ctx, 240, 150, w["uni"], 15, "r")
    put(pg, ctx, 240, 161, P.month(y0 + 2, m1, "han"), 15, "r")
    stamp(pg, ctx, 240 - width_mm(w["uni"], ctx.body, 15) / 2, 154, w["uni"], 21)
    return _qual_doc(ctx, v, [pg], w, w["uni"], P.iso_month(y0 + 2, m1), "postgraduate_courses", field,
                     courses)  # fmt: skip


def _qual_single(ctx: Ctx, v: str, w: dict) -> Doc:
    rng = ctx.rng
    major = rng.choice(list(SELF))
    n = rng.randint(1, 3)
    mods = rng.sample(SELF[major], n)
    d = P.some_day(rng, 2017, 2023)
    issuer = f"{w['prov']}省高等教育自学考试委员会"
    pg = Page()
    y = centre(pg, ctx, 30, "高等教育自学考试", 16, True)
    y = centre(pg, ctx, y + 2, "单科合格证书", 26, True) + 10
    y = rows(pg, ctx, 30, y, [("姓名", w["name"]), ("准考证号", w["no"][:12]), ("专业", major)], 13, 26)
    tab = [["课程代码", "课程名称", "成绩", "考试时间"]]
    for m in mods:
        tab.append(
            [
                f"0{rng.randint(2000, 9999)}",
                m,
                str(rng.randint(60, 88)),
                P.month(d.year, rng.choice([4, 10]), "dot"),
            ]
        )
    y = pg.table(30, y + 4, [30, 60, 20, 40], tab, 12, ctx.body, 11, header_font=ctx.bold)
    y = para(
        pg, ctx, 30, y + 10, 150, "以上课程经考试合格，特发此证。课程合格成绩在取得毕业证书前长期有效。", 12
    )
    put(pg, ctx, 180, y + 30, issuer, 13, "r")
    put(pg, ctx, 180, y + 40, P.day(d, "cn"), 13, "r")
    stamp(pg, ctx, 150, y + 34, issuer, 20)
    return _qual_doc(ctx, v, [pg], w, issuer, d.isoformat(), "self_study_exam", major, mods)


def _qual_computer(ctx: Ctx, v: str, w: dict) -> Doc:
    rng = ctx.rng
    mod = rng.choice(MODULES)
    d = P.some_day(rng, 2015, 2020)
    issuer = f"{w['prov']}省人力资源和社会保障厅"
    pg = Page(w=150, h=105)
    pg.rect(4, 4, 146, 101, 0.8, (40, 100, 60))
    y = centre(pg, ctx, 10, "全国专业技术人员计算机应用能力考试", 11.5, True)
    y = centre(pg, ctx, y, "合  格  证", 18, True, (40, 100, 60)) + 2
    pg.rect(12, y, 36, y + 30, 0.3)
    y = rows(pg, ctx, 44, y, [("姓名", w["name"]), ("性别", w["sex"]), ("考试科目", mod),
                              ("证书编号", w["no"]), ("发证日期", P.day(d, "cn0"))], 10, lead=1.9)  # fmt: skip
    put(pg, ctx, 140, 88, f"发证机关：{issuer}", 9.5, "r")
    stamp(pg, ctx, 120, 82, issuer, 14)
    return _qual_doc(ctx, v, [pg], w, issuer, d.isoformat(), "computer_exam", None, [mod])


def _qual_record(ctx: Ctx, v: str, w: dict) -> Doc:
    a, b = _grad_date(ctx, w, ctx.rng.choice([3, 4]))
    pg = Page()
    pg.rect(0, 0, 210, 24, 0, fill=(230, 238, 246))
    y = centre(pg, ctx, 8, "教育部学历证书电子注册备案表", 18, True) + 8
    put(pg, ctx, 190, y, f"更新日期：{P.some_day(ctx.rng, 2023, 2024).isoformat()}", 9, "r", color=GREY)
    y += 10
    lvl = "本科" if b.year - a.year == 4 else "专科"
    pairs = [("姓名", w["name"]), ("性别", w["sex"]), ("出生日期", P.day(w["born"], "cn")),
             ("入学日期", P.day(a, "cn")), ("毕（结）业日期", P.day(b, "cn")), ("学校名称", w["uni"]),
             ("专业", w["major"]), ("学制", f"{b.year - a.year}年"), ("层次", lvl), ("学历类别", "普通高等教育"),
             ("学习形式", "普通全日制"), ("毕（结）业", "毕业"), ("证书编号", w["no"])]  # fmt: skip
    tab = [[lab, val] for lab, val in pairs]
    y = pg.table(25, y, [45, 115], tab, 11, ctx.body, 10, fonts={0: ctx.bold})
    put(pg, ctx, 25, y + 10, f"在线验证码：{''.join(ctx.rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(16))}",
        10)  # fmt: skip
    put(pg, ctx, 25, y + 18, "本备案表在线验证有效期内可登录学信网核验真伪。", 9, color=GREY)
    return _qual_doc(ctx, v, [pg], w, w["uni"], b.isoformat(), "graduation", w["major"])


def _qual_wide(ctx: Ctx, v: str, w: dict) -> Doc:
    a, b = _grad_date(ctx, w, 3)
    field = ctx.rng.choice(["农业水土工程", "作物遗传育种", "水文学及水资源", "结构工程"])
    pg = Page(w=297, h=210)
    border(pg, (160, 30, 30), 8)
    y = centre(pg, ctx, 26, "博士学位证书", 28, True, RED) + 14
    text = (
        f"{w['name']}，{w['sex']}，{P.day(w['born'], 'han')}生。在{field}学科专业已通过博士学位的课程考试和论文答辩，"
        f"成绩合格。根据《中华人民共和国学位条例》的规定，授予工学博士学位。"
    )
    y = para(pg, ctx, 40, y, 217, text, 15, 2.1)
    put(pg, ctx, 240, 150, w["uni"], 14, "r")
    put(pg, ctx, 240, 160, "学位评定委员会主席", 13, "r")
    put(pg, ctx, 240, 171, P.day(b, "han"), 14, "r")
    stamp(pg, ctx, 210, 156, w["uni"], 21)
    put(pg, ctx, 30, 185, f"证书编号：{w['no']}", 11)
    return _qual_doc(ctx, v, [pg], w, w["uni"], b.isoformat(), "doctor_degree", field)


# ---- other ----------------------------------------------------------------------------------
def _misc_doc(ctx: Ctx, v: str, pages: list[Page], who: str, year: int, holder: str | None = None,
              people: list[dict] | None = None) -> Doc:  # fmt: skip
    return make("other", f"misc20-{v}", pages, who, year, holder=holder, people=people or [])


def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("misc")
    return globals()[f"_misc_{v}"](ctx, v, _who(ctx))


def _misc_receipt(ctx: Ctx, v: str, w: dict) -> Doc:
    rng = ctx.rng
    d = P.some_day(rng, 2019, 2024)
    kind = rng.choice([1, 2])
    num = f"{d.year}{kind}{rng.randrange(10**7):07d}"
    num += "." + P.zl_check(num)
    title = rng.choice(P.GADGETS)
    pg = Page()
    put(pg, ctx, 20, 16, "国家知识产权局", 16, bold=True)
    put(pg, ctx, 190, 18, f"发文日：{P.day(d, 'cn0')}", 10, "r")
    pg.line(20, 28, 190, 28, 0.5)
    y = centre(pg, ctx, 36, "专利申请受理通知书", 20, True) + 6
    y = rows(pg, ctx, 24, y, [("申请号或专利号", num), ("发明创造名称", title), ("申请人", w["uni"]),
                              ("发明人", w["name"]), ("申请日", P.day(d, "cn0"))], 12)  # fmt: skip
    text = "根据专利法第二十八条及其实施细则第三十八条、第三十九条的规定，申请人提出的专利申请已由国家知识产权局受理。"
    y = para(pg, ctx, 24, y + 4, 162, text, 12)
    para(pg, ctx, 24, y + 4, 162, "申请人应当在收到本通知书后，按照缴费通知书的要求缴纳申请费。", 12)
    stamp(pg, ctx, 160, 230, "国家知识产权局专利局受理处", 20)
    put(pg, ctx, 160, 250, "审查员：自动受理", 10, "c")
    return _misc_doc(ctx, v, [pg], w["name"], d.year, people=ranked([w["name"]], "inventor"))


def _misc_appoint(ctx: Ctx, v: str, w: dict) -> Doc:
    d = P.some_day(ctx.rng, 2019, 2024)
    org = f"{w['city']}市农业技术推广专家服务团"
    pg = Page(w=297, h=210)
    border(pg, (170, 30, 30), 8)
    centre(pg, ctx, 30, "聘    书", 36, True, RED)
    put(pg, ctx, 45, 70, f"兹聘请  {w['name']}  同志为{org}成员，", 18)
    put(pg, ctx, 45, 86, f"聘期三年（{d.year}年{d.month}月至{d.year + 3}年{d.month}月）。", 18)
    put(pg, ctx, 250, 150, f"{w['city']}市农业农村局", 16, "r")
    put(pg, ctx, 250, 162, P.day(d, "han"), 16, "r")
    stamp(pg, ctx, 225, 156, f"{w['city']}市农业农村局", 21)
    return _misc_doc(ctx, v, [pg], w["name"], d.year, w["name"])


def _misc_appraisal(ctx: Ctx, v: str, w: dict) -> Doc:
    y0 = ctx.rng.randint(2018, 2024)
    unit = P.workplace(ctx.rng, w["county"])
    pg = Page()
    y = centre(pg, ctx, 24, f"{y0}年度专业技术人员考核登记表", 18, True) + 6
    pg.rect(20, y, 190, 250, 0.4)
    for lab, val, x in (
        ("姓名", w["name"], 22),
        ("性别", w["sex"], 80),
        ("出生年月", f"{w['born'].year}.{w['born'].month}", 125),
    ):
        blank(pg, ctx, x, y + 4, lab, val, 11, 28 if x < 120 else 26, True)
    blank(pg, ctx, 22, y + 18, "工作单位", unit, 11, 75, True)
    blank(
        pg, ctx, 125, y + 18, "专业技术职务", ctx.rng.choice(["农艺师", "工程师", "高级工程师"]), 11, 36, True
    )
    pg.line(20, y + 30, 190, y + 30, 0.4)
    put(pg, ctx, 22, y + 33, "个人总结：", 11)
    summary = (
        f"本年度认真履行岗位职责，参与{ctx.rng.choice(P.PROFESSIONAL)}相关工作，完成继续教育学习任务，"
        "深入基层开展技术指导服务，全年无违纪情况。"
    )
    yy = y + 42
    for i in range(0, len(summary), 24):
        ink(pg, ctx, 26, yy, summary[i : i + 24], 13)
        yy += 9
    pg.line(20, 200, 190, 200, 0.4)
    put(pg, ctx, 22, 203, "考核等次：", 11)
    ink(pg, ctx, 45, 202, ctx.rng.choice(["优秀", "合格"]), 14)
    put(pg, ctx, 120, 230, "单位（盖章）", 11)
    ink(pg, ctx, 120, 238, f"{y0 + 1}.1.{ctx.rng.randint(5, 25)}", 13)
    stamp(pg, ctx, 140, 232, unit, 18)
    return _misc_doc(ctx, v, [pg], w["name"], y0, w["name"])


def _misc_accept(ctx: Ctx, v: str, w: dict) -> Doc:
    j = ctx.rng.choice(_journals())
    d = P.some_day(ctx.rng, 2019, 2024)
    title = P.study_title(ctx.rng)
    co = P.people(ctx.rng, 2)
    pg = Page()
    y = centre(pg, ctx, 28, f"《{j.name}》编辑部", 15, True)
    y = centre(pg, ctx, y + 4, "录用通知", 22, True) + 8
    put(pg, ctx, 24, y, f"{w['name']}、{'、'.join(co)}：", 13)
    text = (
        f"您好！您投寄本刊的稿件《{title}》经专家审稿及编委会审定，决定予以录用，"
        f"拟于{d.year + 1}年刊出。请勿再投他刊。刊出后即寄样刊。"
    )
    y = para(pg, ctx, 24, y + 10, 162, text, 13)
    put(pg, ctx, 186, y + 30, f"《{j.name}》编辑部", 13, "r")
    put(pg, ctx, 186, y + 40, P.day(d, "cn"), 13, "r")
    stamp(pg, ctx, 160, y + 35, f"{j.name}编辑部", 18)
    return _misc_doc(ctx, v, [pg], w["name"], d.year, people=ranked([w["name"], *co], "author"))


def _misc_service(ctx: Ctx, v: str, w: dict) -> Doc:
    d = P.some_day(ctx.rng, 2019, 2024)
    town = ctx.rng.choice(["城关镇", "高阳镇", "桃花江镇", "东坪镇", "茅草街镇", "玉皇庙镇", "朱仙镇"])
    org = f"{w['county'][:-1] if w['county'].endswith('县') else w['county']}{town}人民政府"
    pg = Page()
    y = centre(pg, ctx, 40, "证    明", 24, True) + 14
    text = (
        f"兹有{P.workplace(ctx.rng, w['county'])}{w['name']}同志，于{d.year}年{d.month}月起在我镇开展"
        f"{ctx.rng.choice(P.PROFESSIONAL)}技术指导服务，累计下乡{ctx.rng.randint(20, 60)}天，"
        "为当地群众解决了大量生产实际问题，受到一致好评。"
    )
    y = para(pg, ctx, 26, y, 158, text, 14, 2.1)
    put(pg, ctx, 26, y + 6, "特此证明。", 14)
    put(pg, ctx, 182, y + 40, org, 14, "r")
    put(pg, ctx, 182, y + 50, P.day(P.later(d, 60, 300, ctx.rng), "cn"), 14, "r")
    stamp(pg, ctx, 160, y + 44, org, 20)
    return _misc_doc(ctx, v, [pg], w["name"], d.year, w["name"])


def _misc_contract(ctx: Ctx, v: str, w: dict) -> Doc:
    d = P.some_day(ctx.rng, 2019, 2024)
    issuer = f"{w['city']}市科学技术局"
    pg = Page()
    put(pg, ctx, 24, 24, f"项目编号：{d.year}{ctx.rng.randint(10, 99)}{ctx.rng.randint(100, 999)}", 12)
    y = centre(pg, ctx, 60, f"{w['city']}市科技计划项目", 20, True)
    y = centre(pg, ctx, y + 4, "任 务 书", 30, True) + 30
    proj = P.study_title(ctx.rng).replace("研究", "") + "技术集成与示范"
    unit = P.workplace(ctx.rng, w["county"])
    for lab, val in (("项目名称", proj), ("承担单位", unit), ("项目负责人", w["name"]),
                     ("起止年限", f"{d.year}年{d.month}月至{d.year + 2}年{d.month}月"), ("主管部门", issuer)):  # fmt: skip
        put(pg, ctx, 30, y, lab + "：", 14)
        pg.wrap(64, y, 120, val, 14, ctx.body, 1.5)
        pg.line(63, y + 6, 185, y + 6, 0.25)
        y += 16 if width_mm(val, ctx.body, 14) < 120 else 24
    put(pg, ctx, 105, 250, f"{issuer}制", 12, "c")
    put(pg, ctx, 105, 260, P.day(d, "han"), 12, "c")
    return _misc_doc(ctx, v, [pg], w["name"], d.year, w["name"])


def _journals():
    from bench.blind20.papers import journal_pool

    return journal_pool()


_ = (fit, lh)
