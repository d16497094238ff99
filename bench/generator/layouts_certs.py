"""Certificate layouts: training, award, project completion, qualification and patent certificates."""

from __future__ import annotations

import datetime as dt
import random

from bench.generator import values as V
from bench.generator.doc import A4, A4_LANDSCAPE, RED, Doc, Sheet
from bench.generator.truth import SCORED, evidence, person

HOURS = (8, 12, 16, 24, 30, 32, 36, 40, 48, 60, 72, 90)


def issuer_block(s: Sheet, issuer: str, date_text: str, seal: bool = True) -> None:
    """Issuer and date at the bottom right, the seal stamped across them."""
    s.y = max(s.y + 20, s.page.height - s.margin - 95)
    x = s.width - s.margin - 20
    first = s.line(issuer, 15, "r", x=x)
    s.line(date_text, 15, "r", x=x)
    if seal:
        s.seal(x - len(issuer) * 7.5, first.y + 12, issuer)


def training_values(rng: random.Random) -> dict:
    province, city = V.city(rng)
    start = V.date_between(rng)
    end = start + dt.timedelta(days=rng.randint(0, 4))
    issuer = rng.choice([f"{city}人力资源和社会保障局", f"{province}专业技术人员继续教育基地", f"{city}农业农村局",
                         f"{city}卫生健康委员会", f"{city}住房和城乡建设局", "山东农业大学继续教育学院"])  # fmt: skip
    topic = rng.choice(V.TOPICS)
    title = rng.choice([f"{start.year}年{topic}培训班", f"{topic}高级研修班", f"{city}{topic}专题培训班",
                        f"{start.year}年度专业技术人员{topic}继续教育培训"])  # fmt: skip
    issued = end + dt.timedelta(days=rng.choice([0, 0, 1, 3]))
    return {"name": V.person_name(rng), "issuer": issuer, "title": title, "start": start, "end": end,
            "issued": issued, "hours": rng.choice(HOURS), "city": city}  # fmt: skip


def training_certificate(rng: random.Random, font: str, bold: str) -> Doc:
    v = training_values(rng)
    layout = rng.choice(["jieye", "form", "xueshi"])
    period = {"start": v["start"].isoformat(), "end": v["end"].isoformat()}
    if layout == "jieye":
        s = Sheet(A4_LANDSCAPE, font, bold, rng)
        s.border(rng.choice([RED, (150, 110, 40)]))
        s.skip(25)
        s.title("结 业 证 书", 36, RED if rng.random() < 0.5 else (20, 20, 20))
        s.line(f"证书编号：{v['city'][:2].upper()}{v['start'].year}-{rng.randint(1, 9999):04d}", 11, "r")
        s.skip(10)
        s.line(f"{v['name']}同志：", 17, gap=2.0)
        rng_text = V.fmt_range(v["start"], v["end"], rng)
        s.para(f"于{rng_text}参加由{v['issuer']}举办的{v['title']}，完成规定课程学习，共计{v['hours']}学时，"
               f"经考核合格，特发此证。", 17)  # fmt: skip
        issuer_block(s, v["issuer"], V.fmt_date(v["issued"], rng.choice(["cjk", "cnnum", "cjk0"])))
    elif layout == "form":
        s = Sheet(A4, font, bold, rng)
        s.skip(40)
        s.title("培 训 证 书", 32)
        s.skip(30)
        rows = [("姓    名", v["name"]), ("性    别", rng.choice("男女")), ("工作单位", f"{v['city']}{rng.choice(['农业技术推广中心', '人民医院', '第一中学', '建筑设计院'])}"),
                ("培训项目", v["title"]), ("培训时间", V.fmt_range(v["start"], v["end"], rng)),
                ("培训学时", f"{v['hours']}学时"), ("发证单位", v["issuer"])]  # fmt: skip
        for label, value in rows:
            s.line(f"{label}：{value}", 15, x=s.margin + 30, gap=2.3)
        s.line(
            f"发证日期：{V.fmt_date(v['issued'], rng.choice(['cjk', 'dot', 'slash', 'dash']))}",
            15,
            x=s.margin + 30,
        )
        s.seal(s.margin + 250, s.y - 70, v["issuer"])
    else:
        s = Sheet(A4_LANDSCAPE, font, bold, rng)
        s.border((40, 90, 160))
        s.skip(30)
        year = v["start"].year
        v["title"] = f"{year}年度专业技术人员公需科目网络培训"
        s.title(rng.choice(["继续教育学时证明", "专业技术人员继续教育证书"]), 30)
        s.skip(20)
        s.para(f"兹证明{v['name']}同志（身份证号：{_id_number(rng, v['start'])}）参加{v['title']}，"
               f"学习时长共计{v['hours']}学时，考核合格。", 16)  # fmt: skip
        s.para("特此证明。", 16)
        period = None
        issuer_block(s, v["issuer"], V.fmt_date(v["issued"], "cnnum"))
    ev = evidence("training_certificate", holder=v["name"], title=v["title"], issuer=v["issuer"],
                  issued_on=v["issued"].isoformat(), period=period, hours_stated=float(v["hours"]))  # fmt: skip
    return Doc("training_certificate", layout, [s.page], ev, SCORED["training_certificate"], font)


def _id_number(rng: random.Random, around: dt.date) -> str:
    body = f"37{rng.randint(1000, 9999)}{around.year - rng.randint(25, 50)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(100, 999)}"
    total = sum(
        int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=True)
    )
    return body + "10X98765432"[total % 11]


AWARD_GRADES = ("一等奖", "二等奖", "三等奖")


def _award_name(rng: random.Random) -> tuple[str, str, str, str]:
    """(award name, kind, level, issuer)."""
    province, city = V.city(rng)
    county = rng.choice(V.COUNTIES)
    return rng.choice([
        ("国家科学技术进步奖", "science_technology", "national", "中华人民共和国国务院"),
        (f"{province}科学技术进步奖", "science_technology", "provincial", f"{province}人民政府"),
        (f"{province}社会科学优秀成果奖", "social_science", "provincial", f"{province}人民政府"),
        (f"{city}科学技术进步奖", "science_technology", "municipal", f"{city}人民政府"),
        (f"{county}科学技术进步奖", "science_technology", "county", f"{county}人民政府"),
        (f"{province}农牧渔业丰收奖", "science_technology", "bureau", f"{province}农业农村厅"),
    ])  # fmt: skip


def award_certificate(rng: random.Random, font: str, bold: str) -> Doc:
    name, date = V.person_name(rng), V.date_between(rng)
    grade = rng.choice(AWARD_GRADES)
    layout = rng.choice(["letter", "form", "competition"])
    s = Sheet(A4_LANDSCAPE, font, bold, rng)
    s.border(rng.choice([RED, (170, 120, 30)]))
    s.skip(25)
    if layout == "competition":
        province, city = V.city(rng)
        skill = rng.choice(["电工", "焊工", "农产品食品检验员", "育婴员", "计算机程序设计员", "汽车维修工"])
        award = {
            "name": f"{date.year}年{city}{skill}职业技能大赛",
            "kind": "competition",
            "level": "municipal",
            "grade": grade,
        }
        issuer, title, rank = f"{city}人力资源和社会保障局", None, 1
        s.title("荣 誉 证 书", 36, RED)
        s.skip(15)
        s.line(f"{name}：", 18, gap=2.0)
        s.para(f"在{award['name']}中荣获{grade}。", 18)
        s.para("特发此证，以资鼓励。", 18)
    else:
        aname, kind, level, issuer = _award_name(rng)
        title = (
            f"{rng.choice(V.TOPICS)}{rng.choice(['关键技术研究与应用', '技术集成与示范推广', '机理研究'])}"
        )
        rank = rng.randint(1, 9)
        award = {"name": aname, "kind": kind, "level": level, "grade": grade}
        if layout == "letter":
            s.title("荣 誉 证 书", 36, RED)
            s.skip(15)
            s.line(f"{name}同志：", 18, gap=2.0)
            s.para(
                f"你参与完成的“{title}”项目荣获{date.year}年度{aname}{grade}（第{rank}完成人）。特发此证，以资鼓励。",
                18,
            )
        else:
            s.title("获 奖 证 书", 34, RED)
            s.skip(10)
            s.para(f"为表彰{date.year}年度{aname}获得者，特颁发此证书。", 16)
            x = s.margin + 60
            for row in (f"项目名称：{title}", f"奖励等级：{grade}", f"获 奖 者：{name}",
                        f"完成人排名：第{V.cn_number(rank)}完成人", f"证 书 号：{date.year}-J-{rng.randint(1, 3)}-{rng.randint(1, 200):03d}-R{rank:02d}"):  # fmt: skip
                s.line(row, 15, x=x, gap=2.0)
    issuer_block(s, issuer, V.fmt_date(date, rng.choice(["cjk", "cnnum", "cjk0"])))
    ev = evidence("award_certificate", holder=name, title=title, people=[person(name, rank, "awardee")],
                  issuer=issuer, issued_on=date.isoformat(), award=award)  # fmt: skip
    scored = tuple(f for f in SCORED["award_certificate"] if not (title is None and f == "title"))
    return Doc("award_certificate", layout, [s.page], ev, scored, font)


def project_completion(rng: random.Random, font: str, bold: str) -> Doc:
    province, city = V.city(rng)
    names = V.people(rng, rng.randint(3, 6))
    date = V.date_between(rng)
    title = f"{rng.choice(V.TOPICS)}{rng.choice(['的实践研究', '模式创新研究', '推广应用研究', '现状与对策研究'])}"
    issuer = rng.choice(
        [f"{province}教育科学规划领导小组办公室", f"{province}社会科学规划管理办公室", f"{city}科学技术局"]
    )
    code = f"{rng.choice(['SDJK', 'HNJG', 'KFKJ', 'YYSK'])}{date.year - 2}{rng.randint(1, 300):03d}"
    layout = rng.choice(["certificate", "form"])
    if layout == "certificate":
        s = Sheet(A4_LANDSCAPE, font, bold, rng)
        s.border(RED)
        s.skip(25)
        s.title("结 题 证 书", 36, RED)
        s.line(f"证书编号：JT{date.year}{rng.randint(1, 999):03d}", 11, "r")
        s.para(f"{names[0]}同志主持的课题《{title}》（课题编号：{code}），经专家组鉴定，准予结题。", 17)
        s.para(f"课题组成员：{'、'.join(names[1:])}", 17, indent=2)
    else:
        s = Sheet(A4, font, bold, rng)
        s.skip(40)
        s.title("课题结题证明", 30)
        s.skip(25)
        for row in (f"课题名称：{title}", f"课题编号：{code}", f"课题负责人：{names[0]}",
                    f"课题组成员：{'、'.join(names[1:])}", f"鉴定等级：{rng.choice(['优秀', '良好', '合格'])}"):  # fmt: skip
            s.para(row, 15, indent=0, x0=s.margin + 20, gap=2.2)
        s.para("经审核，该课题已完成研究任务，同意结题。特此证明。", 15, indent=2, x0=s.margin + 20)
    issuer_block(s, issuer, V.fmt_date(date, rng.choice(["cjk", "cnnum", "cjk0"])))
    people = [person(names[0], 1, "project_leader")] + [
        person(n, i + 2, "project_member") for i, n in enumerate(names[1:])
    ]
    ev = evidence("project_completion", holder=names[0], title=title, people=people, issuer=issuer,
                  issued_on=date.isoformat())  # fmt: skip
    return Doc("project_completion", layout, [s.page], ev, SCORED["project_completion"], font)
