"""Held-out qualification certificates (毕业/学位/自考单科/计算机应用能力) and CNIPA-style patent certificates."""

from __future__ import annotations

import datetime as dt
import random

from bench.heldout import values as V
from bench.heldout.doc import Doc, evidence, new_sheet, person, pick
from bench.heldout.sheet import A4_LANDSCAPE

SCHOOLS = ("湖南农业大学", "山东农业大学", "中南林业科技大学", "河南大学", "湖南师范大学", "长沙理工大学")
MAJORS = ("农学", "园艺", "土木工程", "汉语言文学", "护理学", "林学", "水利水电工程", "教育管理")
SELF_COURSES = (
    "中国近现代史纲要",
    "马克思主义基本原理概论",
    "管理学原理",
    "大学语文",
    "英语（二）",
    "线性代数（经管类）",
)
MODULES = ("Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
           "Internet应用", "AutoCAD 2008制图软件")  # fmt: skip


def _born(rng: random.Random) -> str:
    return f"{rng.randint(1975, 1998)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日生"


def qualification_certificate(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    holder, school, major = V.name(rng), rng.choice(SCHOOLS), rng.choice(MAJORS)
    date = V.date_in(rng, 2005, 2023)
    sh = new_sheet(font, bold, A4_LANDSCAPE if v in (0, 1, 4) else (595.0, 842.0))
    sh.frame()
    sh.y, sh.margin = 75, 100 if v in (0, 1, 4) else 70
    qual: dict = {"kind": None, "subject": None, "modules": None}
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    issuer, style = school, "han"
    if v == 0:
        sh.center("毕 业 证 书", 32, bold=True, gap=2.6)
        sh.para(f"学生 {holder}，性别 {pick(rng, '男', '女')}，{_born(rng)}，于{date.year - 4}年9月至{date.year}年6月"
                f"在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 16)  # fmt: skip
        sh.left(f"校名：{school}", 14)
        sh.left(f"校（院）长：{V.name(rng)}", 14)
        sh.left(f"证书编号：10537{date.year}05{rng.randint(100000, 999999)}", 12)
        qual.update(kind="graduation", subject=major)
        scored.append("qualification.subject")
    elif v in (1, 4):
        degree, kind = ("硕士", "master_degree") if v == 1 else ("博士", "doctor_degree")
        sh.center(f"{degree}学位证书", 30, bold=True, gap=2.6)
        sh.para(f"{holder}，{pick(rng, '男', '女')}，{_born(rng)}。在{school}{major}学科（专业）已通过{degree}学位的课程考试"
                f"和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{major}{degree}学位。", 16)  # fmt: skip
        sh.left(f"{school}学位评定委员会主席 {V.name(rng)}", 14)
        issuer, style = school, "cn"
        qual.update(kind=kind)
    elif v == 2:
        issuer = "湖南省高等教育自学考试委员会"
        courses = rng.sample(SELF_COURSES, rng.randint(1, 3))
        sh.center("湖南省高等教育自学考试", 20, bold=True, gap=1.6)
        sh.center("单 科 合 格 证 书", 26, bold=True, gap=2.4)
        sh.left(f"考生姓名：{holder}", 14)
        sh.left(f"准考证号：0{rng.randint(10000000000, 99999999999)}", 14)
        sh.table([60, 250, 80, 90], [["序号", "课程名称", "成绩", "考试时间"]] +
                 [[str(i + 1), c, str(rng.randint(60, 92)), f"{date.year - 1}.{pick(rng, '04', '10')}"] for i, c in enumerate(courses)])  # fmt: skip
        sh.para("上列课程经考试合格，特发此证。", 13)
        style = "cn0"
        qual.update(kind="self_study_exam", modules=courses)
        scored.append("qualification.modules")
    elif v == 3:
        issuer = pick(rng, "湖南省人力资源和社会保障厅", "山东省人力资源和社会保障厅")
        mods = rng.sample(MODULES, rng.randint(1, 2))
        sh.center("全国专业技术人员计算机应用能力考试", 18, bold=True, gap=1.6)
        sh.center("合  格  证", 28, bold=True, gap=2.4)
        sep = pick(rng, "：", ":")
        sh.left(f"姓名{sep}{holder}", 14)
        sh.left(f"身份证号{sep}43{rng.randint(10**15, 10**16 - 1)}", 14)
        sh.left(f"考试模块{sep}{mods[0]}", 14)
        for m in mods[1:]:
            sh.left(m, 14, x=sh.margin + 70)
        sh.left(f"成绩{sep}合格", 14)
        sh.left(f"发证机关{sep}{issuer}", 14)
        sh.left(f"发证日期{sep}{V.fmt_date(date, 'dot')}", 14)
        qual.update(kind="computer_exam", modules=mods)
        scored.append("qualification.modules")
        style = ""
    else:
        sh.center("研究生课程进修班结业证书", 26, bold=True, gap=2.4)
        sh.para(f"{holder} 同志于{date.year - 2}年9月至{date.year}年6月在我校{major}专业研究生课程进修班学习，"
                "修完规定的全部课程，成绩合格，准予结业。", 15)  # fmt: skip
        qual.update(kind="postgraduate_courses", subject=major)
        scored.append("qualification.subject")
    if style:
        sh.down(12)
        sh.right(issuer, 15)
        sh.right(V.fmt_date(date, style), 15)
    sh.seal(issuer, sh.width - sh.margin - 80, sh.y - 40, seed=rng.randint(0, 9999))
    ev = evidence(
        "qualification_certificate",
        holder=holder,
        issuer=issuer,
        issued_on=date.isoformat(),
        qualification=qual,
    )
    return Doc("qualification_certificate", f"ho-qual-{v}", [sh], ev, tuple(scored))


INVENTIONS = ("一种秸秆粉碎还田装置", "一种油茶果脱壳分选机", "一种便携式土壤墒情检测仪", "一种医用输液架", "一种预制混凝土护坡砌块",
              "一种温室大棚自动卷帘装置", "一种茶叶杀青机")  # fmt: skip
PATENT_KINDS = {  # kind: (type digit, certificate noun, term in years)
    "invention": ("1", "发明", "二十"),
    "utility_model": ("2", "实用新型", "十"),
    "design": ("3", "外观设计", "十"),
}


def patent_number(rng: random.Random, applied: dt.date, kind: str, old: bool) -> tuple[str, str]:
    """(normalised number, printed form) with a valid GB/T 18115 check digit; `old` gives the 8-digit form."""
    digit = PATENT_KINDS[kind][0]
    serial = f"{rng.randint(0, 99999):05d}" if old else f"{rng.randint(0, 9999999):07d}"
    app = (f"{applied.year % 100:02d}" if old else str(applied.year)) + digit + serial
    check = V.zl_check(app)
    head = app[:2] if old else app[:4]
    body = app[len(head) + 1 :]
    return f"ZL{app}.{check}", f"ZL {head} {digit} {body}.{check}"


def patent_certificate(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    kind = ("invention", "utility_model", "design")[v % 3]
    digit, noun, term = PATENT_KINDS[kind]
    old = v == 3
    applied = V.date_in(rng, 1998, 2002) if old else V.date_in(rng, 2012, 2022)
    granted = applied + dt.timedelta(
        days=rng.randint(150, 900) if kind == "invention" else rng.randint(90, 300)
    )
    number, printed = patent_number(rng, applied, kind, old)
    title = (
        rng.choice(INVENTIONS)
        if kind != "design"
        else pick(rng, "茶具（竹编）", "包装盒（农产品）", "灯具（庭院）")
    )
    inventors = V.names(rng, rng.randint(1, 5))
    owner = (
        pick(rng, "湖南农业大学", "益阳市农业科学研究所", "山东泰安某某机械有限公司")
        if v != 5
        else inventors[0]
    )
    dstyle = ("cn0", "cn", "cn0", "han", "cn0", "cn")[v]
    joiner = ("；", "，", " ", "；", "、", "；")[v]
    sh = new_sheet(font, bold, (595.0, 842.0))
    sh.frame(inset=18, width=3)
    sh.y, sh.margin = 90, 80
    sh.center(f"{noun}专利证书", 28, bold=True, gap=2.0)
    sh.right(f"证书号第{rng.randint(100000, 6999999)}号", 12, gap=2.4)
    rows = [(f"{noun}名称", title), ("设计人" if kind == "design" else "发明人", joiner.join(inventors)),
            ("专利号", printed), ("专利申请日", V.fmt_date(applied, dstyle)), ("专利权人", owner),
            ("地址", pick(rng, "410128 湖南省长沙市芙蓉区农大路1号", "271018 山东省泰安市岱宗大街61号")),
            ("授权公告日", V.fmt_date(granted, dstyle))]  # fmt: skip
    if v == 2:  # some certificates print the grant date next to the announcement number
        rows[-1] = (
            "授权公告日",
            f"{V.fmt_date(granted, dstyle)}    授权公告号：CN {rng.randint(200000000, 209999999)} U",
        )
    for label, value in rows:
        sh.left(f"{label}：{value}", 13, gap=2.0)
    sh.down(8)
    sh.para(f"本{noun}经过本局依照中华人民共和国专利法进行{'审查' if kind == 'invention' else '初步审查'}，决定授予专利权，"
            "颁发本证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。", 12)  # fmt: skip
    if kind == "design" and applied >= dt.date(2021, 6, 1):
        term = "十五"
    sh.para(
        f"本专利的专利权期限为{term}年，自申请日起算。专利权人应当依照专利法及其实施细则规定缴纳年费。", 12
    )
    sh.down(20)
    sh.right("局长", 13, x=sh.width - 170, gap=0)
    sh.right(pick(rng, "申长雨", "田力普"), 14, x=sh.width - 90)
    sh.seal("中华人民共和国国家知识产权局", sh.width - 140, sh.y - 30, r=52, seed=rng.randint(0, 9999))
    ev = evidence("patent_certificate", title=title, issuer="国家知识产权局", issued_on=granted.isoformat(),
                  people=[person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
                  patent={"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()})  # fmt: skip
    scored = (
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    )
    return Doc("patent_certificate", f"ho-patent-{v}", [sh], ev, scored)
