"""Qualification certificates (five kinds) and CNIPA-style patent certificates (three kinds)."""

from __future__ import annotations

import datetime as dt
import random

from bench.generator import values as V
from bench.generator.doc import A4, A4_LANDSCAPE, RED, Doc, Sheet
from bench.generator.fonts import HAND
from bench.generator.layouts_certs import issuer_block
from bench.generator.truth import SCORED, evidence, person

UNIVERSITIES = (
    "山东农业大学",
    "山东大学",
    "河南大学",
    "湖南农业大学",
    "中国农业大学",
    "青岛大学",
    "湖南师范大学",
)
EXAM_COURSES = (
    "管理学原理",
    "马克思主义基本原理概论",
    "计算机应用基础",
    "高等数学（工本）",
    "英语（二）",
    "会计学原理",
)
COMPUTER_MODULES = ("Word 2003中文字处理", "Excel 2003中文电子表格", "PowerPoint 2003中文演示文稿", "Internet应用",
                    "Windows XP操作系统", "Photoshop CS4图像处理", "AutoCAD 2004制图")  # fmt: skip


def qualification_certificate(rng: random.Random, font: str, bold: str) -> Doc:
    kind = rng.choice(["graduation", "master_degree", "doctor_degree", "postgraduate_courses", "self_study_exam",
                       "computer_exam"])  # fmt: skip
    name, date = V.person_name(rng), V.date_between(rng, 2006, 2023)
    s = Sheet(A4_LANDSCAPE, font, bold, rng)
    s.border(rng.choice([RED, (30, 80, 50), (120, 90, 30)]))
    s.skip(25)
    subject, modules, issuer = QUAL_BODIES[kind](s, rng, name, date)
    issuer_block(s, issuer, V.fmt_date(date, rng.choice(["cnnum", "cjk", "cjk0"])))
    qual = {"kind": kind, "subject": subject, "modules": modules}
    ev = evidence(
        "qualification_certificate",
        holder=name,
        issuer=issuer,
        issued_on=date.isoformat(),
        qualification=qual,
    )
    return Doc("qualification_certificate", kind, [s.page], ev, SCORED["qualification_certificate"], font)


def _graduation(s: Sheet, rng: random.Random, name: str, date: dt.date) -> tuple:
    school, major = rng.choice(UNIVERSITIES), rng.choice(V.DISCIPLINES)
    s.title("毕 业 证 书", 36, RED)
    s.skip(10)
    s.para(f"学生{name}，性别{rng.choice('男女')}，{date.year - 22}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日生，"
           f"于{date.year - 4}年9月至{date.year}年{date.month}月在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，"
           "成绩合格，准予毕业。", 16)  # fmt: skip
    s.line(f"校长：{V.person_name(rng)}", 15, x=s.margin + 40, font=HAND)
    s.line(f"证书编号：{rng.randint(10**17, 10**18 - 1)}", 12, x=s.margin + 40)
    return major, None, school


def _degree(kind: str):
    def body(s: Sheet, rng: random.Random, name: str, date: dt.date) -> tuple:
        school, major = rng.choice(UNIVERSITIES), rng.choice(V.DISCIPLINES)
        level = "硕士" if kind == "master_degree" else "博士"
        s.title(f"{level}学位证书", 32, RED)
        s.skip(10)
        s.para(f"{name}，{rng.choice('男女')}，{date.year - 28}年{rng.randint(1, 12)}月生。在{school}{major}学科（专业）"
               f"已通过{level}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{level}学位。", 16)  # fmt: skip
        s.line(f"学位评定委员会主席：{V.person_name(rng)}", 15, x=s.margin + 40, font=HAND)
        return major, None, school

    return body


def _pg_courses(s: Sheet, rng: random.Random, name: str, date: dt.date) -> tuple:
    school, major = rng.choice(UNIVERSITIES), rng.choice(V.DISCIPLINES)
    s.title("研究生课程进修班结业证书", 30, RED)
    s.skip(10)
    s.para(f"{name}同志于{date.year - 2}年9月至{date.year}年{date.month}月参加我校{major}专业研究生课程进修班学习，"
           "修完全部课程，成绩合格，特发此证。", 16)  # fmt: skip
    return major, None, school


def _self_study(s: Sheet, rng: random.Random, name: str, date: dt.date) -> tuple:
    province, _ = V.city(rng)
    course = rng.choice(EXAM_COURSES)
    s.title("高等教育自学考试单科合格证书", 28, RED)
    s.skip(10)
    s.para(f"{name}（准考证号：{rng.randint(10**11, 10**12 - 1)}）于{date.year}年{date.month}月参加高等教育自学考试"
           f"{course}课程考试，成绩合格，特发此证。", 16)  # fmt: skip
    return course, None, f"{province}高等教育自学考试委员会"


def _computer(s: Sheet, rng: random.Random, name: str, date: dt.date) -> tuple:
    modules = rng.sample(COMPUTER_MODULES, rng.randint(1, 4))
    s.title("全国专业技术人员计算机应用能力考试合格证书", 24, RED)
    s.skip(10)
    x = s.margin + 60
    s.line(f"姓    名：{name}", 15, x=x, gap=2.0)
    s.line(f"证书编号：{rng.randint(10**13, 10**14 - 1)}", 15, x=x, gap=2.0)
    s.line("考试科目（模块）：", 15, x=x, gap=2.0)
    for m in modules:
        s.line(m, 15, x=x + 40, gap=1.8)
    return None, modules, "人力资源和社会保障部人事考试中心"


QUAL_BODIES = {"graduation": _graduation, "master_degree": _degree("master_degree"),
               "doctor_degree": _degree("doctor_degree"), "postgraduate_courses": _pg_courses,
               "self_study_exam": _self_study, "computer_exam": _computer}  # fmt: skip

PATENT_TITLES = {"invention": ("发明专利证书", "发明名称", "发 明 人"),
                 "utility_model": ("实用新型专利证书", "实用新型名称", "发 明 人"),
                 "design": ("外观设计专利证书", "外观设计名称", "设 计 人")}  # fmt: skip
PATENT_HOLDERS = (
    "山东农业大学",
    "德州市农业科学研究院",
    "烟台海洋科技有限公司",
    "益阳市农业技术推广中心",
    "开封市中心医院",
)


def patent_certificate(rng: random.Random, font: str, bold: str) -> Doc:
    kind = rng.choice(list(PATENT_TITLES))
    cert_title, name_label, people_label = PATENT_TITLES[kind]
    applied = V.date_between(rng, 2010, 2022)
    granted = applied + dt.timedelta(
        days=rng.randint(150, 900) if kind == "invention" else rng.randint(90, 300)
    )
    number = V.zl_number(rng, applied.year, kind)
    device = rng.choice(V.DEVICES)
    title = f"一种{device}" if kind != "design" else device
    inventors = V.people(rng, rng.randint(1, 6))
    s = Sheet(A4, font, bold, rng)
    s.border((60, 60, 60), inset=30)
    s.skip(10)
    s.line(f"证书号第{rng.randint(100000, 9999999)}号", 12, "l")
    s.skip(15)
    s.title(cert_title, 28)
    s.skip(10)
    sep = rng.choice(["：", ":", "： "])
    date_style = rng.choice(["cjk0", "cjk"])
    rows = [(name_label, title), (people_label, "；".join(inventors)), ("专 利 号", V.zl_printed(number, rng)),
            ("专利申请日", V.fmt_date(applied, date_style)), ("专 利 权 人", rng.choice(PATENT_HOLDERS)),
            ("授权公告日", V.fmt_date(granted, date_style))]  # fmt: skip
    for label, value in rows:
        s.para(f"{label}{sep}{value}", 13, indent=0, x0=s.margin + 15, gap=2.0)
    s.skip(10)
    s.para(f"本{cert_title[:-4]}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{cert_title}并在专利登记簿上予以登记。"
           "专利权自授权公告之日起生效。", 12, x0=s.margin + 15, gap=1.9)  # fmt: skip
    s.para("本证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
           "国籍、地址变更等事项记载在专利登记簿上。", 12, x0=s.margin + 15, gap=1.9)  # fmt: skip
    s.y = s.page.height - 150
    s.line("局长", 14, "r", x=s.width - s.margin - 110)
    s.line(V.person_name(rng), 18, "r", x=s.width - s.margin - 40, font=HAND)
    s.seal(s.margin + 120, s.page.height - 125, "中华人民共和国国家知识产权局", r=62)
    patent = {
        "kind": kind,
        "number": number,
        "applied_on": applied.isoformat(),
        "granted_on": granted.isoformat(),
    }
    role = "inventor"
    ev = evidence("patent_certificate", title=title, people=[person(n, i + 1, role) for i, n in enumerate(inventors)],
                  issuer="国家知识产权局", issued_on=granted.isoformat(), patent=patent)  # fmt: skip
    return Doc("patent_certificate", kind, [s.page], ev, SCORED["patent_certificate"], font)
