"""Held-out certificates: training (继续教育/培训合格), awards (获奖/荣誉), project completion (结题) and qualifications."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.heldout import values as V
from bench.heldout.doc import Doc, evidence, new_sheet, person, pick
from bench.heldout.sheet import A4_LANDSCAPE

TRAININGS = ("2023年度专业技术人员继续教育公需科目培训", "全市基层农技人员能力提升培训班", "医疗卫生人员急诊急救技能培训",
             "水利工程质量安全管理培训班", "林业有害生物防治技术培训班", "工程建设标准规范宣贯培训",
             "中小学教师信息技术应用能力提升培训")  # fmt: skip
TRAIN_ORGS = ("益阳市人力资源和社会保障局", "湖南省农业农村厅", "德州市卫生健康委员会", "烟台市水利局",
              "泰安市林业保护发展中心", "开封市继续教育中心", "湖南农业大学继续教育学院")  # fmt: skip
COURSES = ("专业技术人员职业道德", "数字经济与创新驱动", "新型农业经营主体培育", "安全生产法律法规", "科研诚信与学术规范",
           "心肺复苏与AED使用", "工程质量通病防治", "乡村振兴战略解读", "人工智能基础与应用")  # fmt: skip


def _period(rng: random.Random) -> tuple[dt.date, dt.date]:
    start = V.date_in(rng, 2018, 2024)
    return start, start + dt.timedelta(days=rng.choice([0, 2, 3, 4, 6]))


def _courses(rng: random.Random) -> tuple[list[tuple[str, int]], int]:
    picked = rng.sample(COURSES, rng.randint(3, 5))
    rows = [(c, rng.choice([4, 6, 8, 12])) for c in picked]
    return rows, sum(h for _, h in rows)


def training_certificate(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    holder, title, org = V.name(rng), rng.choice(TRAININGS), rng.choice(TRAIN_ORGS)
    start, end = _period(rng)
    issued = end + dt.timedelta(days=rng.randint(0, 20))
    courses, hours = _courses(rng)
    sep = pick(rng, "：", ":", "  ")
    fields: dict[str, Any] = dict(holder=holder, title=title, issuer=org, issued_on=issued.isoformat(),
                  period={"start": start.isoformat(), "end": end.isoformat()}, hours_stated=float(hours))  # fmt: skip
    scored: tuple[str, ...] = (
        "holder",
        "title",
        "issuer",
        "issued_on",
        "period.start",
        "period.end",
        "hours_stated",
    )
    sh = new_sheet(font, bold, A4_LANDSCAPE if v in (1, 2) else (595.0, 842.0))
    if v in (1, 2):
        sh.frame()
    if v == 0:  # 继续教育证书 with a course table
        sh.center("继续教育证书", 28, bold=True, gap=2.4)
        sh.left(f"持证人{sep}{holder}", 14)
        sh.left(f"培训项目{sep}{title}", 14)
        sh.left(f"培训时间{sep}{V.fmt_date(start, 'cn')}至{end.month}月{end.day}日", 14)
        sh.table([50, 300, 100], [["序号", "课程名称", "学时"]] +
                 [[str(i + 1), c, str(h)] for i, (c, h) in enumerate(courses)] + [["", "合计", str(hours)]])  # fmt: skip
        sh.left(f"以上课程经考核合格，共计 {hours} 学时。", 13)
        sh.down(20)
        sh.right(org, 14)
        sh.right(V.fmt_date(issued, "cn"), 14)
        sh.seal(org, sh.width - 130, sh.y - 40, seed=rng.randint(0, 9999))
    elif v == 1:  # 培训合格证书, one paragraph
        sh.y = 80
        sh.center("培 训 合 格 证 书", 30, bold=True, gap=2.6)
        sh.margin = 90
        sh.para(f"{holder} 同志于 {V.fmt_date(start, 'dot')}—{V.fmt_date(end, 'dot')} 参加由{org}举办的“{title}”，"
                f"完成全部课程学习，经考核成绩合格，计 {hours} 学时，特发此证。", 16)  # fmt: skip
        sh.down(10)
        sh.left(f"证书编号：HX{issued.year}{rng.randint(10000, 99999)}", 12)
        sh.down(10)
        sh.right(org, 15, x=sh.width - 110)
        sh.right(V.fmt_date(issued, "han"), 15, x=sh.width - 110)
        sh.seal(org, sh.width - 190, sh.y - 45, seed=rng.randint(0, 9999))
    elif v == 2:  # 结业证书, two columns: fields on the left, wording on the right
        sh.y = 70
        sh.center("结 业 证 书", 30, bold=True, gap=2.5)
        top = sh.y
        for x0, y0, x1, y1 in ((90, 0, 190, 0), (90, 130, 190, 130), (90, 0, 90, 130), (190, 0, 190, 130)):
            sh.rule(x0, top + y0, x1, top + y1)  # the photo box
        sh.y = top + 55
        sh.put(140, "照片", 12, align="c")
        sh.y = top + 150
        for label, value in (
            ("姓　名", holder),
            ("性　别", pick(rng, "男", "女")),
            ("学　时", f"{hours}学时"),
        ):
            sh.left(f"{label}{sep}{value}", 13, x=80)
        sh.y, sh.margin = top, 80
        sh.para(f"学员 {holder} 于 {V.fmt_date(start, 'cn0')} 至 {V.fmt_date(end, 'cn0')} 参加{title}，"
                "修完规定课程，准予结业。", 15, x0=300)  # fmt: skip
        sh.y = max(sh.y, top + 200) + 20
        sh.right(f"发证单位{sep}{org}", 14, x=sh.width - 90)
        sh.right(f"发证日期{sep}{V.fmt_date(issued, 'cn0')}", 14, x=sh.width - 90)
        sh.seal(org, sh.width - 170, sh.y - 40, seed=rng.randint(0, 9999))
    elif v == 3:  # online 学时证明 as a form
        sh.center("专业技术人员继续教育学时证明", 20, bold=True, gap=2.4)
        sh.table([80, 190, 70, 135], [
            ["学员姓名", holder, "工作单位", V.unit(rng)],
            ["学习项目", title, "学习时间", f"{V.fmt_date(start, 'dash')}至{V.fmt_date(end, 'dash')}"],
            ["获得学时", f"{hours}.0", "考核结果", "合格"]], size=9, row_h=30)  # fmt: skip
        sh.left(f"兹证明上述学员已完成“{title}”网络学习并考核合格。", 12)
        sh.down(20)
        sh.right(f"{org}（盖章）", 13)
        sh.right(V.fmt_date(issued, "dash"), 13)
        sh.seal(org, sh.width - 150, sh.y - 40, seed=rng.randint(0, 9999))
    else:  # 培训证书 with label synonyms; v5 leaves the dates of the course out
        sh.center("培训证书", 26, bold=True, gap=2.2)
        sh.right(f"编号 {rng.randint(2000000, 9999999)}", 11)
        label = "学员" if v == 4 else "姓名"
        rows = [f"{label}{sep}{holder}", f"培训项目{sep}{title}", f"培训机构{sep}{org}", f"学时{sep}{hours}"]
        if v == 4:
            rows.insert(2, f"培训日期{sep}{V.fmt_date(start, 'slash')}-{V.fmt_date(end, 'slash')}")
        for row in rows:
            sh.left(row, 14, gap=2.0)
        sh.left(f"发证日期{sep}{V.fmt_date(issued, 'han')}", 14)
        sh.seal(org, sh.width - 160, sh.y + 20, seed=rng.randint(0, 9999))
        if v == 5:
            fields["period"] = None
            scored = tuple(s for s in scored if not s.startswith("period"))
    return Doc(
        "training_certificate", f"ho-train-{v}", [sh], evidence("training_certificate", **fields), scored
    )


PROJECTS = ("基于物联网的设施蔬菜水肥一体化技术研究", "湘中丘陵区油茶高产栽培技术集成与示范", "县域医共体慢病管理模式研究",
            "农村小学留守儿童心理健康教育实践研究", "中小河流生态护岸技术研究", "核心素养导向的初中物理实验教学研究")  # fmt: skip


def award_certificate(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    sh = new_sheet(font, bold, A4_LANDSCAPE)
    sh.frame()
    sh.y = 70
    awardee = V.name(rng)
    holder: str | None = awardee
    project = rng.choice(PROJECTS)
    scored: tuple[str, ...]
    fields: dict[str, Any]
    people: list[dict[str, Any]]
    date = V.date_in(rng, 2017, 2024)
    seed = rng.randint(0, 9999)
    if v in (0, 4):  # science and technology progress award, one awardee with a stated rank
        city = "湖南省" if v == 0 else "德州市"
        org = city + "人民政府"
        name, grade, rank = (
            f"{city}科学技术进步奖",
            pick(rng, "一等奖", "二等奖", "三等奖"),
            rng.randint(1, 6),
        )
        sh.center(name, 26, bold=True, gap=1.6)
        sh.center("证  书", 26, bold=True, gap=2.2)
        sh.margin = 110
        sh.para(f"为表彰{name}获得者，特颁发此证书。", 15)
        sh.left(f"项目名称：{project}", 15)
        sh.left(f"奖励等级：{grade}", 15)
        stated = f"第{rank}完成人" if v == 0 else f"第{V.cn_number(rank)}完成人"
        sh.left(f"获 奖 者：{holder}（{stated}）", 15)
        sh.left(f"证书号：{date.year}-J-{rng.randint(1, 3)}-{rng.randint(1, 90):03d}-R{rank:02d}", 12)
        people, scored = [person(awardee, rank, "awardee")], ("holder", "title", "people")
        kind, level = "science_technology", "provincial" if v == 0 else "municipal"
        fields = dict(title=project, award={"name": name, "kind": kind, "level": level, "grade": grade})
        scored += ("award.name", "award.kind", "award.level", "award.grade")
    elif v == 1:  # honorary title
        org = pick(rng, "益阳市人民政府", "常德市人民政府")
        honour = f"{date.year - 1}年度{org[:3]}优秀科技工作者"
        sh.center("荣 誉 证 书", 34, bold=True, gap=3.0)
        sh.margin = 120
        sh.para(f"授予 {holder} 同志“{honour}”荣誉称号。", 20)
        sh.para("特发此证，以资鼓励。", 20)
        people, fields = (
            [],
            dict(award={"name": honour, "kind": "other", "level": "municipal", "grade": None}),
        )
        scored = ("holder", "award.name", "award.level")
    elif v in (2, 5):  # competition award "在…中荣获…等奖"
        if v == 2:
            org, level = "湖南省教育厅", "provincial"
            contest = f"{date.year}年湖南省职业院校技能大赛教师教学能力比赛"
        else:
            org, level = "益阳市科学技术协会", "municipal"
            contest = f"益阳市{date.year}年度“科技创新”主题征文比赛"
        grade = pick(rng, "一等奖", "二等奖", "三等奖")
        sh.center("获 奖 证 书", 32, bold=True, gap=2.6)
        sh.margin = 110
        sh.left(f"{holder} 同志：", 18)
        sh.para(f"在{contest}中，作品《{project}》荣获{grade}。", 18)
        sh.para("特发此证，以资鼓励。", 18)
        people, scored = [], ("holder", "title", "award.name", "award.kind", "award.level", "award.grade")
        fields = dict(
            title=project, award={"name": contest, "kind": "competition", "level": level, "grade": grade}
        )
    else:  # social-science achievement award, several completers, no single holder
        org = "益阳市人民政府"
        name, grade = "益阳市第十届社会科学优秀成果奖", pick(rng, "一等奖", "二等奖", "三等奖")
        team = V.names(rng, rng.randint(2, 4))
        sh.center(name, 24, bold=True, gap=1.6)
        sh.center("获奖证书", 26, bold=True, gap=2.2)
        sh.margin = 110
        sh.left(f"成果名称：《{project}》", 15)
        sh.left("成果形式：研究报告", 15)
        sh.left(f"获奖等级：{grade}", 15)
        sh.left(f"完 成 人：{'、'.join(team)}", 15)
        holder = None
        people = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
        scored = ("title", "people", "award.name", "award.kind", "award.level", "award.grade")
        fields = dict(
            title=project,
            award={"name": name, "kind": "social_science", "level": "municipal", "grade": grade},
        )
    sh.down(16)
    sh.right(org, 16, x=sh.width - 110)
    sh.right(V.fmt_date(date, pick(rng, "han", "cn")), 16, x=sh.width - 110)
    sh.seal(org, sh.width - 180, sh.y - 45, seed=seed)
    scored += ("issuer", "issued_on")
    ev = evidence(
        "award_certificate", holder=holder, people=people, issuer=org, issued_on=date.isoformat(), **fields
    )
    return Doc("award_certificate", f"ho-award-{v}", [sh], ev, scored)


PROJECT_ORGS = (
    "湖南省教育科学规划领导小组办公室",
    "益阳市社会科学界联合会",
    "德州市科学技术局",
    "山东省卫生健康委员会",
)


def project_completion(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    org, title = PROJECT_ORGS[v % len(PROJECT_ORGS)], rng.choice(PROJECTS)
    team = V.names(rng, rng.randint(3, 6))
    leader, members = team[0], team[1:]
    date = V.date_in(rng, 2018, 2024)
    code = f"{pick(rng, 'XJK', 'YSK', 'DZKJ')}{date.year % 100 - 2}{pick(rng, 'BGD', 'CZX', 'A')}{rng.randint(10, 199):03d}"
    joiner = ["、", "，", "  "][v % 3]
    sh = new_sheet(font, bold, A4_LANDSCAPE if v % 2 else (595.0, 842.0))
    sh.frame()
    sh.y = 80
    sh.center("结 题 证 书", 30, bold=True, gap=2.4)
    sh.margin = 110 if v % 2 else 80
    if v in (0, 3, 4):
        sh.right(f"证书编号：{code}-JT", 12)
        rows = [("课题名称", title), ("课题批准号", code), ("课题负责人", leader), ("课题组成员", joiner.join(members)),
                ("立项单位", org), ("承担单位", V.unit(rng))]  # fmt: skip
        if v == 4:
            rows = [rows[0], rows[2], rows[3], rows[1], rows[5], rows[4]]
        for label, value in rows:
            sh.left(f"{label}：{value}", 14, gap=1.9)
        sh.para("该课题已完成研究任务，经专家组鉴定，同意结题，特发此证。", 14)
    else:
        sh.para(f"由{leader}同志主持的{org}立项课题《{title}》（批准号：{code}），已完成预期研究任务，"
                "经专家鉴定，准予结题。", 15)  # fmt: skip
        sh.left(f"课题组主要成员：{joiner.join(members)}", 14)
    sh.down(18)
    sh.right(org, 15)
    sh.right(V.fmt_date(date, ["han", "cn", "cn0"][v % 3]), 15)
    sh.seal(org, sh.width - sh.margin - 90, sh.y - 45, seed=rng.randint(0, 9999))
    people = [person(leader, 1, "project_leader")] + [
        person(n, i + 2, "project_member") for i, n in enumerate(members)
    ]
    ev = evidence("project_completion", title=title, people=people, issuer=org, issued_on=date.isoformat())
    return Doc("project_completion", f"ho-proj-{v}", [sh], ev, ("title", "people", "issuer", "issued_on"))
