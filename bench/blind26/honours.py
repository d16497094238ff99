"""Draw 26's award certificates and research-project completion proofs."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind26 import ink
from bench.blind26.pools import (
    GREY,
    LESSONS,
    RED,
    RESEARCH_TOPICS,
    STAGES,
    SUBJECTS,
    Ctx,
    city_org,
    county_org,
    day,
    dstr,
    iso,
    make,
    mstr,
    people,
    place,
    prov_org,
    ym,
)  # fmt: skip
from bench.generator.truth import person

GRADES = ["一等奖", "二等奖", "三等奖"]
A_SCORED = [
    "holder",
    "title",
    "people",
    "issuer",
    "issued_on",
    "award.name",
    "award.kind",
    "award.level",
    "award.grade",
]


def _adoc(
    ctx, v, pages, *, holder, people_, title, issuer, issued, name, kind, level, grade, who, year
) -> Doc:
    f = dict(holder=holder, people=people_, title=title, issuer=issuer, issued_on=issued,
             award={"name": name, "kind": kind, "level": level, "grade": grade})  # fmt: skip
    sc = [
        s
        for s in A_SCORED
        if not (s == "title" and title is None) and not (s == "award.grade" and grade is None)
    ]
    return make(ctx, "award_certificate", "award", v, pages, f, sc, who, year)


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    return {
        "lesson": _a_lesson, "scitech": _a_scitech, "honor": _a_honor, "countycity": _a_countycity,
        "namelist": _a_namelist, "booklet": _a_booklet, "socsci": _a_socsci, "phone": _a_phone,
    }[v](ctx, v)  # fmt: skip


def _a_lesson(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    name = people(ctx, 1)[0]
    subj, stage = ctx.pick(sorted(LESSONS)), ctx.pick(STAGES)
    lesson = ctx.pick(LESSONS[subj])
    d = day(ctx.rng, 2018, 2024)
    grade = ctx.pick(GRADES)
    award = f"{pl.city}市{stage}{subj}优质课评比"
    issuer = city_org(pl, "jyj")
    st = ctx.style(["ymd", "cn", "cno"])
    pg = Page(bg=(255, 250, 240))
    ink.border(pg, 3)
    pg.text(pg.w / 2, 36, "荣 誉 证 书", 30, ctx.bold, "c", (180, 30, 30))
    pg.text(30, 72, f"{name}　老师：", 16, ctx.body)
    body = f"您执教的{lesson}在{d.year}年{award}中荣获{grade}。"
    y = ink.para(pg, ctx, 30, 88, 150, body, 16)
    y = ink.para(pg, ctx, 30, y + 2, 150, "特发此证，以资鼓励。", 16)
    ink.sign(pg, ctx, 180, y + 40, [issuer, dstr(d, st)], 14, issuer)
    return _adoc(ctx, v, [pg], holder=name, people_=[person(name, 1, "awardee")], title=lesson.strip("《》"),
                 issuer=issuer, issued=iso(d), name=award, kind="competition", level="bureau", grade=grade,
                 who=name, year=d.year)  # fmt: skip


def _a_scitech(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    name = people(ctx, 1)[0]
    proj = ctx.pick(RESEARCH_TOPICS).format(s=ctx.pick(SUBJECTS))
    rank = ctx.rng.randint(1, 5)
    grade = ctx.pick(GRADES)
    d = day(ctx.rng, 2016, 2024)
    issuer = city_org(pl, "gov")
    award = f"{pl.city}市科学技术进步奖"
    st = ctx.style(["ymd", "ymd0", "cn"])
    pg = Page()
    ink.border(pg, 2, (170, 130, 40))
    y = ink.centre(pg, ctx, 34, award, 20, color=(150, 30, 30))
    y = ink.centre(pg, ctx, y + 2, "证　书", 26, color=(150, 30, 30))
    pg.text(30, y + 6, "为表彰在推动科学技术进步工作中作出突出贡献者，特颁发此证书。", 12.5, ctx.body)
    y = ink.kv(pg, ctx, 30, y + 22, [("获奖项目", proj), ("奖励等级", grade), ("获 奖 者", f"{name}（第{rank}完成人）"),
                                     ("证书编号", f"{d.year}-J{ctx.rng.randint(1, 3)}-{ctx.rng.randint(10, 99)}-R{rank:02d}")],
                13, 28)  # fmt: skip
    ink.sign(pg, ctx, 180, y + 20, [issuer, dstr(d, st)], 13, issuer)
    return _adoc(ctx, v, [pg], holder=name, people_=[person(name, rank, "awardee")], title=proj, issuer=issuer,
                 issued=iso(d), name=award, kind="science_technology", level="municipal", grade=grade,
                 who=name, year=d.year)  # fmt: skip


def _a_honor(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    name = people(ctx, 1)[0]
    d = day(ctx.rng, 2016, 2024, (8, 9))
    issuer = county_org(pl, "gov") if not pl.county.endswith("区") else city_org(pl, "gov")
    level = "municipal" if issuer.endswith("市人民政府") and issuer.startswith(pl.city + "市") else "county"
    title_s = ctx.pick(["优秀教师", "优秀班主任", "教育工作先进个人", "师德标兵"])
    st = ctx.style(["cn", "cno"])
    pg = Page(w=297, h=210, bg=(200, 40, 40))
    pg.rect(14, 14, pg.w - 14, pg.h - 14, 0, fill=(255, 248, 236))
    pg.text(pg.w / 2, 34, "荣誉证书", 32, ctx.bold, "c", (190, 30, 30))
    y = ink.para(
        pg,
        ctx,
        44,
        72,
        209,
        f"{name}同志在{d.year - 1}—{d.year}学年度教育教学工作中成绩突出，被评为",
        17,
    )
    pg.text(pg.w / 2, y + 4, f"“{title_s}”", 22, ctx.bold, "c")
    pg.text(44, y + 22, "特发此证。", 17, ctx.body)
    ink.sign(pg, ctx, pg.w - 44, y + 36, [issuer, dstr(d, st)], 15, issuer)
    return _adoc(ctx, v, [pg], holder=name, people_=[person(name, 1, "awardee")], title=None, issuer=issuer,
                 issued=iso(d), name=title_s, kind="other", level=level, grade=None, who=name, year=d.year)  # fmt: skip


def _a_countycity(ctx: Ctx, v: str) -> Doc:
    place(ctx)
    issuer = ctx.pick(["沅江市人民政府", "兰考县人民政府", "桃江县人民政府", "尉氏县人民政府"])
    names = people(ctx, ctx.rng.randint(2, 4))
    proj = ctx.pick(RESEARCH_TOPICS).format(s=ctx.pick(SUBJECTS))
    grade = ctx.pick(GRADES)
    d = day(ctx.rng, 2017, 2024)
    award = f"{issuer[:-4]}科学技术奖"
    st = ctx.style(["ymd", "ymd0", "dot"])
    pg = Page()
    ink.border(pg, 1, (150, 40, 40))
    y = ink.centre(pg, ctx, 30, "获 奖 证 书", 24, color=(150, 40, 40))
    rows = [["项目名称", proj], ["奖项", award], ["等级", grade], ["主要完成人", "、".join(names)]]
    y = pg.table(28, y + 12, [36, 118], rows, 11.5, ctx.body, 14, fonts={0: ctx.bold})
    ink.sign(pg, ctx, 182, y + 24, [issuer, dstr(d, st)], 13, issuer)
    ppl = [person(n, i + 1, "awardee") for i, n in enumerate(names)]
    return _adoc(ctx, v, [pg], holder=None, people_=ppl, title=proj, issuer=issuer, issued=iso(d), name=award,
                 kind="science_technology", level="county", grade=grade, who=ctx.pick(names), year=d.year)  # fmt: skip


def _a_namelist(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    subj = ctx.pick(SUBJECTS)
    issuer = city_org(pl, "jyj")
    d = day(ctx.rng, 2018, 2024)
    award = f"{pl.city}市中小学青年教师{subj}教学竞赛"
    grade = ctx.pick(GRADES[:2])
    n = ctx.rng.randint(5, 10)
    names = people(ctx, n)
    st = ctx.style(["ymd", "cn"])
    pg = Page()
    y = pg.wrap(25, 26, 160, f"关于公布{d.year}年{award}获奖名单的通知", 16, ctx.bold, 1.5)
    y = ink.para(pg, ctx, 22, y + 6, 166, "各县（市、区）教育局，市直各学校：", 12, indent=False)
    y = ink.para(
        pg,
        ctx,
        22,
        y + 1,
        166,
        f"{d.year}年{award}已圆满结束。经评委评审，现将获得{grade}的教师名单公布如下：",
        12,
    )
    rows = [["序号", "姓名", "单位", "等次"]] + [
        [str(i + 1), nm, place(ctx).school, grade] for i, nm in enumerate(names)
    ]
    y = pg.table(22, y + 4, [16, 30, 90, 30], rows, 10.5, ctx.body, 8.5, header_font=ctx.bold)
    ink.sign(pg, ctx, 182, y + 16, [issuer, dstr(d, st)], 12.5, issuer)
    ppl = [person(nm, i + 1, "awardee") for i, nm in enumerate(names)]
    return _adoc(ctx, v, [pg], holder=None, people_=ppl, title=None, issuer=issuer, issued=iso(d), name=award,
                 kind="competition", level="bureau", grade=grade, who=ctx.pick(names), year=d.year)  # fmt: skip


def _a_booklet(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    name = people(ctx, 1)[0]
    n = ctx.rng.randint(5, 15)
    award = f"{pl.prov}省第{n}届中小学教师信息技术与课程融合优质课大赛"
    issuer, level = ctx.pick([(prov_org(pl, "jyt"), "bureau"), (prov_org(pl, "xh"), None)])
    grade = ctx.pick(GRADES)
    d = day(ctx.rng, 2018, 2024)
    st = ctx.style(["cn", "ymd", "cno"])
    pg = Page(w=297, h=200, bg=(170, 30, 35))
    pg.rect(154, 8, pg.w - 8, pg.h - 8, 0, fill=(255, 251, 242))
    pg.text(77, 70, "荣誉证书", 30, ctx.bold, "c", (245, 210, 120))
    pg.text(77, 96, "HONORARY CERTIFICATE", 11, ctx.body, "c", (245, 210, 120))
    y = ink.para(pg, ctx, 166, 40, 116, f"{name}同志：", 14, indent=False)
    y = ink.para(pg, ctx, 166, y + 2, 116, f"在{award}中荣获{grade}。", 14)
    y = ink.para(pg, ctx, 166, y + 2, 116, "特发此证。", 14)
    ink.sign(pg, ctx, pg.w - 20, y + 30, [issuer, mstr(d.year, d.month, st)], 12.5, issuer)
    return _adoc(ctx, v, [pg], holder=name, people_=[person(name, 1, "awardee")], title=None, issuer=issuer,
                 issued=ym(d), name=award, kind="competition", level=level, grade=grade, who=name, year=d.year)  # fmt: skip


def _a_socsci(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    names = people(ctx, ctx.rng.randint(1, 3))
    work = ctx.pick(RESEARCH_TOPICS).format(s=ctx.pick(SUBJECTS))
    issuer, level = ctx.pick([(city_org(pl, "gov"), "municipal"), (city_org(pl, "sk"), None)])
    award = f"{pl.city}市第{ctx.rng.randint(8, 16)}次社会科学优秀成果奖"
    grade = ctx.pick(GRADES + ["优秀奖"])
    d = day(ctx.rng, 2017, 2024)
    st = ctx.style(["ymd", "dot", "ymd0"])
    pg = Page(bg=(250, 250, 250))
    ink.border(pg, 2, (40, 80, 140))
    pg.text(pg.w / 2, 32, award, 17, ctx.bold, "c", (40, 80, 140))
    pg.text(pg.w / 2, 48, "获 奖 证 书", 24, ctx.bold, "c", (40, 80, 140))
    y = ink.kv(pg, ctx, 30, 76, [("成果名称", work), ("成果形式", "研究报告"), ("作　　者", "、".join(names)),
                                 ("获奖等级", grade)], 12.5, 28)  # fmt: skip
    ink.sign(pg, ctx, 180, y + 28, [issuer, dstr(d, st)], 13, issuer)
    ppl = [person(n, i + 1, "awardee") for i, n in enumerate(names)]
    holder = names[0] if len(names) == 1 else None
    return _adoc(ctx, v, [pg], holder=holder, people_=ppl, title=work, issuer=issuer, issued=iso(d), name=award,
                 kind="social_science", level=level, grade=grade, who=ctx.pick(names), year=d.year)  # fmt: skip


def _a_phone(ctx: Ctx, v: str) -> Doc:
    name = people(ctx, 1)[0]
    subj = ctx.pick(sorted(LESSONS))
    issuer = ctx.pick(["中国教育学会", "中国教育技术协会", "全国教育科学规划课题成果推广中心"])
    award = f"全国中小学{subj}教学设计大赛"
    grade = ctx.pick(GRADES)
    work = ctx.pick(LESSONS[subj]).strip("《》") + "教学设计"
    d = day(ctx.rng, 2019, 2024)
    pg, y = ink.phone(ctx, "获奖证书查询")
    ink.card(pg, y, y + 100)
    pg.text(pg.w / 2, y + 5, "查询结果", 9, ctx.bold, "c")
    yy = ink.kv(pg, ctx, 7, y + 16, [("姓名", name), ("奖项", award), ("作品", work), ("等级", grade),
                                     ("颁发单位", issuer), ("颁发日期", dstr(d, "dash"))], 7.2, 14)  # fmt: skip
    ink.seal(pg, ctx, pg.w - 18, yy - 8, issuer, 8)
    return _adoc(ctx, v, [pg], holder=name, people_=[person(name, 1, "awardee")], title=work, issuer=issuer,
                 issued=iso(d), name=award, kind="competition", level=None, grade=grade, who=name, year=d.year)  # fmt: skip


# ---- project completions ------------------------------------------------------------------------
PJ_SCORED = ["holder", "title", "people", "issuer", "issued_on"]


def _pj_basics(ctx: Ctx):
    pl = place(ctx)
    title = ctx.pick(RESEARCH_TOPICS).format(s=ctx.pick(SUBJECTS))
    issuer = ctx.pick([city_org(pl, "gh"), prov_org(pl, "gh"), county_org(pl, "yx")])
    code = f"{'XJK' if pl.prov == '湖南' else 'JKGH'}{ctx.rng.randint(18, 23)}{ctx.pick(['CJC', 'YB', 'ZX', 'QN'])}{ctx.rng.randint(1, 299):03d}"
    return pl, title, issuer, code


def _pjdoc(ctx, v, pages, title, issuer, issued, leader, members=(), holder_when_alone=True) -> Doc:
    ppl = [person(leader, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    holder = leader if not members and holder_when_alone else None
    f = dict(holder=holder, people=ppl, title=title, issuer=issuer, issued_on=issued)
    who = ctx.pick([leader, *members])
    return make(ctx, "project_completion", "project", v, pages, f, PJ_SCORED, who, int(issued[:4]))


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    return {
        "cert": _pj_cert, "members": _pj_members, "review": _pj_review, "monthly": _pj_monthly,
        "landscape": _pj_landscape, "handfill": _pj_handfill, "schoollevel": _pj_schoollevel,
    }[v](ctx, v)  # fmt: skip


def _pj_cert(ctx: Ctx, v: str) -> Doc:
    pl, title, issuer, code = _pj_basics(ctx)
    leader = people(ctx, 1)[0]
    d = day(ctx.rng, 2018, 2024)
    st = ctx.style(["ymd", "ymd0", "cn"])
    pg = Page()
    ink.border(pg, 2, (30, 80, 130))
    ink.centre(pg, ctx, 36, "结 题 证 书", 28, color=(30, 80, 130))
    y = ink.kv(pg, ctx, 30, 70, [("课题编号", code), ("课题名称", f"《{title}》"), ("主 持 人", leader),
                                 ("所在单位", pl.school)], 12.5, 28)  # fmt: skip
    y = ink.para(pg, ctx, 30, y + 8, 150, "该课题经专家组鉴定，达到预期研究目标，准予结题。", 13.5)
    ink.sign(pg, ctx, 180, y + 30, [issuer, dstr(d, st)], 13, issuer)
    return _pjdoc(ctx, v, [pg], title, issuer, iso(d), leader)


def _pj_members(ctx: Ctx, v: str) -> Doc:
    pl, title, issuer, code = _pj_basics(ctx)
    names = people(ctx, ctx.rng.randint(3, 6))
    d = day(ctx.rng, 2018, 2024)
    st = ctx.style(["ymd", "dot", "cno"])
    pg = Page()
    ink.centre(pg, ctx, 34, "结题证明", 22)
    body = (f"由{pl.school}{names[0]}同志主持的{ctx.pick(['市级', '省级', '县级'])}规划课题《{title}》（立项编号：{code}），"
            f"课题组成员{'、'.join(names[1:])}，经专家组评审鉴定，同意结题。")  # fmt: skip
    y = ink.para(pg, ctx, 26, 60, 158, body, 13.5)
    y = ink.para(pg, ctx, 26, y + 4, 158, "特此证明。", 13.5)
    ink.sign(pg, ctx, 180, y + 30, [issuer, dstr(d, st)], 13, issuer)
    return _pjdoc(ctx, v, [pg], title, issuer, iso(d), names[0], names[1:])


def _pj_review(ctx: Ctx, v: str) -> Doc:
    pl, title, _, code = _pj_basics(ctx)
    issuer = prov_org(pl, "gh")
    names = people(ctx, ctx.rng.randint(3, 7))
    d = day(ctx.rng, 2018, 2024)
    st = ctx.style(["ymd", "ymd0", "dash"])
    p1 = Page()
    ink.centre(p1, ctx, 40, f"{pl.prov}省教育科学规划课题", 16)
    ink.centre(p1, ctx, 56, "结题鉴定书", 28)
    ink.kv(p1, ctx, 40, 110, [("课题批准号", code), ("课题名称", title), ("课题负责人", names[0]), ("负责人所在单位", pl.school)],
           12.5, 40, rule=True)  # fmt: skip
    p1.text(p1.w / 2, 250, f"{issuer}制", 12, ctx.body, "c")
    p2 = Page()
    p2.text(22, 20, "一、课题组成员", 13, ctx.bold)
    rows = [["序号", "姓名", "工作单位", "分工"]]
    jobs = ["主持、统稿", "调查研究", "课例实践", "数据分析", "资料整理", "课例实践", "成果推广"]
    for i, nm in enumerate(names):
        rows.append([str(i + 1), nm, pl.school if i < 2 else place(ctx).school, jobs[i]])
    y = p2.table(22, 28, [16, 30, 86, 34], rows, 10.5, ctx.body, 9, header_font=ctx.bold)
    p2.text(22, y + 10, "二、专家组鉴定意见", 13, ctx.bold)
    y = ink.para(
        p2,
        ctx,
        22,
        y + 18,
        166,
        "该课题选题切合县域教育实际，研究过程规范，成果具有推广价值。专家组一致同意结题，鉴定等级为良好。",
        12,
    )
    ink.sign(p2, ctx, 182, y + 24, [f"{issuer}（盖章）", dstr(d, st)], 12, issuer)
    return _pjdoc(ctx, v, [p1, p2], title, issuer, iso(d), names[0], names[1:])


def _pj_monthly(ctx: Ctx, v: str) -> Doc:
    pl, title, issuer, code = _pj_basics(ctx)
    leader = people(ctx, 1)[0]
    d = day(ctx.rng, 2018, 2024)
    st = ctx.style(["cn", "cno"])
    pg = Page(bg=(253, 250, 242))
    ink.border(pg, 4)
    ink.centre(pg, ctx, 40, "课题结题证书", 26, color=(170, 30, 30))
    body = f"{leader}同志主持的课题《{title}》（编号{code}），已完成研究任务，经鉴定准予结题，特发此证。"
    y = ink.para(pg, ctx, 30, 80, 150, body, 15)
    ink.sign(pg, ctx, 180, y + 40, [issuer, mstr(d.year, d.month, st)], 14, issuer)
    return _pjdoc(ctx, v, [pg], title, issuer, ym(d), leader)


def _pj_landscape(ctx: Ctx, v: str) -> Doc:
    pl, title, issuer, code = _pj_basics(ctx)
    names = people(ctx, ctx.rng.randint(3, 5))
    d = day(ctx.rng, 2018, 2024)
    st = ctx.style(["ymd", "cn", "dot"])
    pg = Page(w=297, h=210)
    ink.border(pg, 2, (30, 100, 80))
    pg.text(pg.w / 2, 22, "课 题 结 题 证 书", 24, ctx.bold, "c", (30, 100, 80))
    rows = [["课题批准号", code, "课题类别", ctx.pick(["一般课题", "重点课题", "青年专项"])],
            ["课题名称", title, "鉴定等级", ctx.pick(["优秀", "良好", "合格"])],
            ["主持人", names[0], "主要成员", "、".join(names[1:])]]  # fmt: skip
    y = pg.table(26, 44, [34, 110, 30, 71], rows, 11, ctx.body, 18, fonts={0: ctx.bold, 2: ctx.bold})
    ink.sign(pg, ctx, pg.w - 34, y + 22, [issuer, dstr(d, st)], 13, issuer)
    return _pjdoc(ctx, v, [pg], title, issuer, iso(d), names[0], names[1:])


def _pj_handfill(ctx: Ctx, v: str) -> Doc:
    pl, title, _, code = _pj_basics(ctx)
    issuer = county_org(pl, "yx")
    leader = people(ctx, 1)[0]
    d = day(ctx.rng, 2018, 2024)
    st = ctx.style(["ymd", "dotshort"])
    pg = Page(w=210, h=148, bg=(252, 252, 248))
    ink.border(pg, 1)
    pg.text(pg.w / 2, 16, f"{pl.county}中小学“小课题”研究结题证书", 15, ctx.bold, "c")
    y = ink.kv(pg, ctx, 22, 36, [("课题名称", title)], 11, 24, rule=True, handed=True)
    y = ink.kv(
        pg, ctx, 22, y, [("负 责 人", leader), ("学　　校", pl.school)], 11, 24, rule=True, handed=True
    )
    pg.text(22, y + 2, "经审核，该课题研究已达到预期目标，准予结题。", 11, ctx.body)
    ink.sign(pg, ctx, 190, y + 14, [issuer], 11, issuer)
    ink.hand(pg, ctx, 150, y + 24, dstr(d, st), 12)
    return _pjdoc(ctx, v, [pg], title, issuer, iso(d), leader)


def _pj_schoollevel(ctx: Ctx, v: str) -> Doc:
    pl, title, _, code = _pj_basics(ctx)
    issuer = pl.school
    names = people(ctx, ctx.rng.randint(2, 4))
    d = day(ctx.rng, 2018, 2024)
    st = ctx.style(["ymd", "ymd0", "spaced"])
    pg = Page()
    pg.text(pg.w / 2, 30, issuer, 15, ctx.body, "c")
    pg.text(pg.w / 2, 44, "校级课题结题证明", 20, ctx.bold, "c")
    s = (f"我校{names[0]}老师主持的校级课题《{title}》，于{d.year - 1}年立项，经过一年的研究与实践，已完成各项研究任务。"
         "经学校教科室组织评审，同意结题。")  # fmt: skip
    y = ink.para(pg, ctx, 26, 66, 158, s, 13.5)
    y = ink.para(pg, ctx, 26, y + 2, 158, f"课题组成员：{'、'.join(names[1:])}", 13.5, indent=False)
    ink.sign(pg, ctx, 180, y + 34, [f"{issuer}教科室", dstr(d, st)], 13, issuer)
    return _pjdoc(ctx, v, [pg], title, issuer, iso(d), names[0], names[1:])


_ = (GREY, RED)
