"""Draw 12 patent certificates, award certificates and project completion proofs."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind12 import pools as P
from bench.blind12.pools import Ctx
from bench.blind12.sheet import (
    GREY,
    a4,
    build,
    card,
    pairs,
    para,
    ranked,
    screen,
    seal,
    signoff,
    status_bar,
    t,
)
from bench.generator.truth import person

CNIPA = "国家知识产权局"
DESIGNS = (
    "包装盒（月饼）",
    "灯具（吸顶式）",
    "茶杯（竹节纹）",
    "储物柜（多功能）",
    "花盆（自动浇水）",
    "教学模型（细胞结构）",
)
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
GRADES = ("一等奖", "二等奖", "三等奖")


def _spaced_zl(num: str) -> str:
    d = num[2:]
    return f"ZL {d[:4]} {d[4]} {d[5:12]}{d[12:]}"


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    r = ctx.rng
    pl = P.place(r)
    _, fld = P.field_of_work(r)
    kind = "design" if v == "design" else r.choice(("invention", "utility_model", "utility_model"))
    title = r.choice(DESIGNS) if kind == "design" else r.choice(fld["patents"])
    y0 = r.randint(2015, 2023)
    applied = P.day_in(r, y0)
    lag = {"invention": (420, 1100), "utility_model": (150, 400), "design": (110, 300)}[kind]
    granted = P.later(applied, *lag, r)
    number = P.zl_number(r, y0, kind)
    inventors = P.people(r, r.randint(1, 5))
    owner = r.choice((P.college(r, pl), P.workplace(r, pl)))
    ctx.date_style()
    who_lab = "设计人" if kind == "design" else "发明人"
    name_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "使用外观设计的产品名称"}[
        kind
    ]
    cert_no = f"第{r.randint(1000000, 6999999)}号"
    pub_no = f"CN {r.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    pat = {
        "kind": kind,
        "number": number,
        "applied_on": applied.isoformat(),
        "granted_on": granted.isoformat(),
    }
    fields = dict(title=title, people=ranked(inventors, "inventor"), issuer=CNIPA, issued_on=granted.isoformat(),
                  patent=pat)  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    claim = (r.choice(inventors), granted.year)
    grant_text = (f"本{KIND_WORD[kind]}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发本证书"
                  "并在专利登记簿上予以登记。专利权自授权公告之日起生效。")  # fmt: skip

    if v in ("classic", "design"):
        pg = a4()
        pg.rect(12, 12, pg.w - 12, pg.h - 12, 0.8, (150, 120, 60))
        pg.rect(pg.w / 2 - 9, 22, pg.w / 2 + 9, 40, 0.6, (170, 40, 40), fill=(235, 200, 120))
        pg.rect(pg.w / 2 - 5, 26, pg.w / 2 + 5, 36, 0.4, (170, 40, 40), fill=(200, 50, 45))
        t(pg, ctx, pg.w - 26, 48, f"证书号{cert_no}", 11, "r")
        t(pg, ctx, pg.w / 2, 58, f"{KIND_WORD[kind]}专利证书", 26, "c", True)
        items = [(name_lab, title), (who_lab, "；".join(inventors)), ("专利号", _spaced_zl(number)),
                 ("专利申请日", ctx.d(applied)), ("专利权人", owner), ("地址", f"{pl.province}省{pl.city}市"),
                 ("授权公告号", pub_no), ("授权公告日", ctx.d(granted))]  # fmt: skip
        y = 82.0
        for lab, val in items:
            y = para(pg, ctx, 28, y, 154, f"{lab}：{val}", 12, indent=False, lead=1.7) + 2.5
        y = para(pg, ctx, 28, y + 6, 154, grant_text, 11.5, lead=1.8)
        para(pg, ctx, 28, y + 2, 154, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止等事项记载在专利登记簿上。",
             10.5, lead=1.7)  # fmt: skip
        t(pg, ctx, 150, 262, CNIPA, 12, "c")
        t(pg, ctx, 112, 250, "局长", 12)
        seal(pg, ctx, 150, 258, CNIPA, 18)
        t(pg, ctx, pg.w - 26, 272, f"第1页（共{r.choice((1, 2))}页）", 9, "r", color=GREY)
        pages = [pg]
    elif v == "eform":
        pg = Page(297.0, 210.0)
        pg.rect(8, 8, pg.w - 8, pg.h - 8, 0.5, (40, 90, 150))
        t(pg, ctx, pg.w / 2, 18, f"{KIND_WORD[kind]}专利证书", 22, "c", True, (40, 90, 150))
        t(pg, ctx, pg.w / 2, 30, f"（电子证书）　证书号{cert_no}", 10, "c", color=GREY)
        rows = [[name_lab, title], [who_lab, "，".join(inventors)], ["专利号", number],
                ["专利申请日", applied.isoformat()], ["专利权人", owner], ["授权公告日", granted.isoformat()],
                ["授权公告号", pub_no]]  # fmt: skip
        y = pg.table(24, 40, [40, 170], rows, 11, ctx.body, row_h=11)
        pg.rect(pg.w - 60, 44, pg.w - 26, 78, 0.5)
        t(pg, ctx, pg.w - 43, 80, "扫码验证", 8, "c", color=GREY)
        para(pg, ctx, 24, y + 6, 250, grant_text, 11, lead=1.7)
        t(pg, ctx, pg.w - 40, 176, CNIPA, 12, "c")
        seal(pg, ctx, pg.w - 40, 170, CNIPA, 17)
        pages = [pg]
    elif v == "register":
        copy_day = P.later(granted, 30, 900, r)
        pg = a4()
        t(pg, ctx, pg.w / 2, 24, "专利登记簿副本", 20, "c", True)
        t(pg, ctx, pg.w - 20, 36, f"出具日期：{ctx.d(copy_day)}", 10, "r")
        rows = [["专利号", number.replace("ZL", "")], ["申请日", ctx.d(applied)], ["授权公告日", ctx.d(granted)],
                ["专利类型", KIND_WORD[kind]], ["发明创造名称", title], [who_lab, "、".join(inventors)],
                ["专利权人", owner]]  # fmt: skip
        y = pg.table(20, 44, [40, 130], rows, 11, ctx.body, row_h=11)
        t(pg, ctx, 20, y + 8, "法律状态", 12, bold=True)
        y = pg.table(20, y + 15, [50, 120], [["日期", "法律状态信息"], [granted.isoformat(), "授权"],
                                             [P.later(granted, 20, 200, r).isoformat(), "专利权维持"]], 10.5, ctx.body,
                     row_h=10)  # fmt: skip
        t(pg, ctx, pg.w - 34, y + 30, CNIPA, 12, "c")
        seal(pg, ctx, pg.w - 40, y + 30, "国家知识产权局专利登记簿专用章", 17)
        fields["patent"] = dict(pat, number=number)
        pages = [pg]
    else:  # gazette: a patent search result on a phone
        pg = screen()
        y = status_bar(pg, ctx, f"{r.randint(8, 22)}:{r.randint(10, 59)}", "专利详情")
        card(pg, 4, y, pg.w - 4, y + 150)
        y2 = para(pg, ctx, 8, y + 4, pg.w - 16, title, 11, indent=False, lead=1.4)
        t(pg, ctx, 8, y2 + 1, f"{KIND_WORD[kind]}　　有效", 8, color=(40, 140, 70))
        d = number[2:]
        items = [("申请号", d), ("申请日", applied.isoformat()), ("授权公告号", pub_no.replace(" ", "")),
                 ("授权公告日", granted.isoformat()), ("专利权人", owner), (who_lab, "；".join(inventors)),
                 ("地址", f"{pl.province}省{pl.city}市")]  # fmt: skip
        yy = y2 + 9
        for lab, val in items:
            t(pg, ctx, 8, yy, lab, 8.2, color=GREY)
            yy = para(pg, ctx, 30, yy, pg.w - 38, val, 8.2, indent=False, lead=1.45) + 2.4
        t(pg, ctx, 8, yy + 2, f"数据来源：{CNIPA}", 7.5, color=GREY)
        pages = [pg]
    return build(ctx, "patent_certificate", "patent", v, pages, fields, scored, claim)


# ---- awards ---------------------------------------------------------------------------------
def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    r = ctx.rng
    pl = P.place(r)
    key, fld = P.field_of_work(r)
    if v == "harvest":
        fld = P.FIELDS["agri"]
    title = r.choice(fld["projects"])
    year = r.randint(2016, 2024)
    day = P.day_in(r, year)
    grade = r.choice(GRADES)
    ctx.date_style()
    team = P.people(r, r.randint(3, 8))
    no = P.cert_no(r, 8, f"{year}-")
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    issued = day.isoformat()

    if v == "province":
        rank = r.randint(1, len(team))
        who = team[rank - 1]
        name, kind, level, issuer = (
            f"{pl.province}省科学技术进步奖",
            "science_technology",
            "provincial",
            f"{pl.province}省人民政府",
        )
        pg = a4()
        pg.rect(10, 10, pg.w - 10, pg.h - 10, 2.0, (170, 40, 40))
        t(pg, ctx, pg.w / 2, 36, "证　　书", 30, "c", True, (170, 40, 40))
        y = para(pg, ctx, 28, 66, 154, f"为表彰{year}年度{name}获得者，特颁发此证书。", 14, lead=2.0)
        y = pairs(pg, ctx, 28, y + 8, [("项目名称", title), ("奖励等级", grade), ("获 奖 者", who),
                                       ("完成人排序", f"第{rank}完成人"), ("证书号", no)], 13, col=34, gap=2.4)  # fmt: skip
        signoff(pg, ctx, [issuer, ctx.d(day)], y + 24, pg.w - 30, 13.5, stamp=issuer)
        people = [person(who, rank, "awardee")]
    elif v == "socsci":
        who = team[0]
        n = r.randint(5, 18)
        name = f"{pl.city}市第{P.han_num(n)}届社会科学优秀成果奖"
        kind, level, issuer = "social_science", "municipal", f"{pl.city}市人民政府"
        pg = Page(297.0, 210.0)
        pg.rect(10, 10, pg.w - 10, pg.h - 10, 1.0, (150, 110, 40))
        t(pg, ctx, pg.w / 2, 26, "荣 誉 证 书", 28, "c", True, (150, 110, 40))
        t(pg, ctx, 40, 58, f"{who}同志：", 15)
        y = para(
            pg,
            ctx,
            40,
            72,
            217,
            f"您（们）的成果《{title}》荣获{name}{grade}。特发此证，以资鼓励。",
            15,
            lead=2.0,
        )
        y = para(pg, ctx, 40, y + 2, 217, "合作者：" + "、".join(team[1:]), 12.5, lead=1.8)
        t(pg, ctx, 40, 178, f"证书编号：{no}", 11)
        signoff(pg, ctx, [issuer, ctx.d(day)], 150, pg.w - 40, 14, stamp=issuer)
        people = ranked(team, "awardee")
    elif v == "team":
        who = None
        name, kind, level, issuer = (
            f"{pl.city}市科学技术进步奖",
            "science_technology",
            "municipal",
            f"{pl.city}市人民政府",
        )
        pg = a4()
        pg.rect(14, 14, pg.w - 14, pg.h - 14, 0.7, (40, 70, 130))
        t(pg, ctx, pg.w / 2, 34, f"{year}年度{name}", 17, "c", True)
        t(pg, ctx, pg.w / 2, 48, "获 奖 证 书", 24, "c", True, (170, 40, 40))
        y = pairs(pg, ctx, 30, 74, [("项目名称", title), ("获奖等级", grade), ("完成单位", P.workplace(r, pl))], 12.5,
                  col=28, gap=2.4)  # fmt: skip
        t(pg, ctx, 30, y, "主要完成人：", 12.5)
        y = para(pg, ctx, 58, y, 120, "、".join(team), 12.5, indent=False, lead=1.9)
        t(pg, ctx, 30, y + 6, f"编号：{no}", 11)
        signoff(pg, ctx, [issuer, ctx.d(day)], y + 30, pg.w - 32, 13, stamp=issuer)
        people = ranked(team, "awardee")
    elif v == "contest":
        who = team[0]
        n = r.randint(3, 12)
        name = f"{pl.province}省第{P.han_num(n)}届{r.choice(('青年教师教学比赛', '护理技能大赛', '农业技术推广技能竞赛', '职业院校技能大赛教学能力比赛'))}"
        kind, level = "competition", "provincial"
        issuer = r.choice(
            (f"{pl.province}省教育厅", f"{pl.province}省总工会", f"{pl.province}省人力资源和社会保障厅")
        )
        pg = a4()
        pg.bg = (255, 251, 240)
        t(pg, ctx, pg.w / 2, 40, "荣誉证书", 30, "c", True, (180, 40, 40))
        t(pg, ctx, 30, 76, f"{who}：", 15)
        y = para(pg, ctx, 30, 90, 150, f"在{name}中，参赛作品《{title}》荣获{grade}。", 15, lead=2.0)
        y = para(pg, ctx, 30, y, 150, "特发此证，以资鼓励。", 15, lead=2.0)
        signoff(pg, ctx, [issuer, ctx.d(day)], y + 30, pg.w - 30, 13.5, stamp=issuer)
        team = [who]
        people = [person(who, 1, "awardee")]
    elif v == "harvest":
        rank = r.randint(1, len(team))
        who = team[rank - 1]
        name, kind, level, issuer = "全国农牧渔业丰收奖", "science_technology", "national", "农业农村部"
        grade = r.choice(("一等奖", "二等奖", "三等奖", "贡献奖"))
        pg = Page(297.0, 210.0)
        pg.rect(9, 9, pg.w - 9, pg.h - 9, 1.5, (160, 120, 40))
        t(pg, ctx, pg.w / 2, 22, name, 24, "c", True, (160, 40, 40))
        t(pg, ctx, pg.w / 2, 36, "农业技术推广成果奖", 14, "c")
        rows = [
            ["成果名称", title],
            ["奖励等级", grade],
            ["获 奖 者", f"{who}（排名第{rank}）"],
            ["证书编号", no],
        ]
        pg.table(40, 54, [40, 177], rows, 12.5, ctx.body, row_h=14)
        signoff(pg, ctx, [issuer, ctx.d(day)], 146, pg.w - 44, 14, stamp=issuer)
        people = [person(who, rank, "awardee")]
    else:  # county, dated by month
        rank = r.randint(1, min(3, len(team)))
        who = team[rank - 1]
        name, kind, level, issuer = (
            f"{pl.county}科学技术进步奖",
            "science_technology",
            "county",
            f"{pl.county}人民政府",
        )
        pg = a4()
        pg.rect(12, 12, pg.w - 12, pg.h - 12, 0.8, (170, 40, 40))
        t(pg, ctx, pg.w / 2, 40, "奖　励　证　书", 24, "c", True)
        body = f"{who}同志参加完成的“{title}”项目，荣获{year}年度{name}{grade}（排名第{rank}）。特发此证。"
        y = para(pg, ctx, 28, 70, 154, body, 14, lead=2.0)
        mo = r.randint(1, 12)
        signoff(pg, ctx, [issuer, P.fmt_month(year, mo, "han")], y + 34, pg.w - 30, 13.5, stamp=issuer)
        issued = f"{year}-{mo:02d}"
        people = [person(who, rank, "awardee")]
    aw = {"name": name, "kind": kind, "level": level, "grade": grade}
    fields = dict(holder=who, title=title, people=people, issuer=issuer, issued_on=issued, award=aw)
    claim = who or r.choice(team)
    return build(ctx, "award_certificate", "award", v, [pg], fields, scored, (claim, int(issued[:4])))


# ---- project completion ---------------------------------------------------------------------
def _office(ctx: Ctx, pl: P.Place, key: str) -> str:
    if key == "edu":
        return ctx.rng.choice((f"{pl.province}省教育科学规划领导小组办公室", f"{pl.city}市教育科学研究院"))
    return ctx.rng.choice((f"{pl.city}市科学技术局", f"{pl.province}省{'卫生健康委员会' if key == 'med' else '科学技术厅'}",
                           f"{pl.city}市科学技术协会"))  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    r = ctx.rng
    pl = P.place(r)
    key, fld = P.field_of_work(r)
    title = r.choice(fld["projects"])
    team = P.people(r, r.randint(3, 7))
    lead_, members = team[0], team[1:]
    office = _office(ctx, pl, key)
    year = r.randint(2017, 2024)
    day = P.day_in(r, year)
    style = ctx.date_style()
    code = f"{r.choice(('JK', 'KJ', 'YB', 'ZD'))}{year - 2}{r.randint(100, 999)}"
    host = P.workplace(r, pl)
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    people = [person(lead_, 1, "project_leader")] + ranked(members, "project_member", 2)
    holder = None
    issued = day.isoformat()
    claim = r.choice(team)

    if v == "closing":
        pg = a4()
        pg.rect(12, 12, pg.w - 12, pg.h - 12, 1.2, (30, 90, 60))
        t(pg, ctx, pg.w / 2, 36, "结 题 证 书", 26, "c", True, (30, 90, 60))
        t(pg, ctx, pg.w - 28, 54, f"证书编号：{code}-JT", 10.5, "r")
        y = pairs(pg, ctx, 30, 70, [("课题名称", title), ("课题编号", code), ("课题负责人", lead_),
                                    ("课题组成员", "、".join(members)), ("承担单位", host)], 12.5, col=32, gap=2.5)  # fmt: skip
        y = para(
            pg,
            ctx,
            30,
            y + 6,
            150,
            "经专家组鉴定，该课题已完成预期研究任务，准予结题。特发此证。",
            13,
            lead=2.0,
        )
        by_month = r.random() < 0.5
        ds = (
            P.fmt_month(year, day.month, style if style in ("cn", "han", "hano", "cn0") else "cn")
            if by_month
            else ctx.d(day)
        )
        if by_month:
            issued = f"{year}-{day.month:02d}"
        signoff(pg, ctx, [office, ds], y + 26, pg.w - 30, 13, stamp=office)
    elif v == "attest":
        holder, people, claim = lead_, [person(lead_, 1, "project_leader")], lead_
        pg = a4()
        t(pg, ctx, pg.w / 2, 40, "结 题 证 明", 22, "c", True)
        body = (f"{host}{lead_}同志主持的{r.choice(('市级', '省级', '年度'))}课题“{title}”（立项编号：{code}），"
                f"已按计划完成研究任务，于{ctx.d(P.later(day, -40, -5, r))}通过结题鉴定，准予结题。")  # fmt: skip
        y = para(pg, ctx, 26, 64, 158, body, 14, lead=2.0)
        y = para(pg, ctx, 26, y + 2, 158, "特此证明。", 14)
        signoff(pg, ctx, [office, ctx.d(day)], y + 28, pg.w - 30, 13, stamp=office)
    elif v == "acceptance":
        p1 = a4()
        t(p1, ctx, p1.w / 2, 50, "科技计划项目", 18, "c", True)
        t(p1, ctx, p1.w / 2, 64, "验 收 证 书", 28, "c", True)
        y = pairs(p1, ctx, 36, 120, [("项目名称", title), ("项目编号", code), ("承担单位", host), ("项目负责人", lead_),
                                     ("验收日期", ctx.d(day)), ("组织验收单位", office)], 12.5, col=34, gap=2.7,
                  rule=p1.w - 34)  # fmt: skip
        p2 = a4()
        t(p2, ctx, 22, 20, "一、主要研究人员", 13, bold=True)
        rows = [["序号", "姓名", "工作单位", "职称", "分工"]] + [
            [str(i + 1), nm, host, r.choice(("高级农艺师", "副主任医师", "工程师", "高级教师", "讲师")),
             "项目主持" if i == 0 else "试验实施"] for i, nm in enumerate(team)
        ]  # fmt: skip
        y = p2.table(22, 28, [14, 24, 74, 28, 26], rows, 9.5, ctx.body, row_h=10, header_font=ctx.bold)
        t(p2, ctx, 22, y + 8, "二、验收意见", 13, bold=True)
        y = para(p2, ctx, 22, y + 16, 166, "验收委员会听取了项目组的汇报，审阅了相关资料，认为该项目完成了合同规定的"
                                           "各项任务指标，同意通过验收。", 12, lead=1.9)  # fmt: skip
        signoff(p2, ctx, ["组织验收单位（盖章）", office, ctx.d(day)], y + 20, p2.w - 28, 12, stamp=office)
        fields = dict(holder=None, title=title, people=people, issuer=office, issued_on=issued)
        return build(ctx, "project_completion", "project", v, [p1, p2], fields, scored, (claim, year))
    elif v == "roll":
        people, claim = [person(lead_, 1, "project_leader")], lead_
        pg = a4()
        y = para(pg, ctx, 24, 26, 162, f"关于公布{year - 1}年度立项课题结题名单的通知", 16, indent=False)
        y = para(pg, ctx, 22, y + 4, 166, "各有关单位：", 12, indent=False)
        y = para(pg, ctx, 22, y, 166, "经课题组申请、专家组鉴定，以下课题准予结题，现予公布。", 12)
        others = [p for f in P.FIELDS.values() for p in f["projects"] if p != title]
        rows = [["序号", "课题编号", "课题名称", "负责人", "鉴定等级"]]
        entries = [(code, title, lead_)] + [
            (f"{code[:2]}{year - 2}{r.randint(100, 999)}", tt, nm) for tt, nm in zip(r.sample(others, 4), P.people(r, 4), strict=True)
        ]  # fmt: skip
        r.shuffle(entries)
        for i, (c, tt, nm) in enumerate(entries):
            rows.append([str(i + 1), c, tt, nm, r.choice(("优秀", "良好", "合格"))])
        y = pg.table(16, y + 4, [12, 26, 104, 18, 18], rows, 8.6, ctx.body, row_h=13, header_font=ctx.bold)
        signoff(pg, ctx, [office, ctx.d(day)], y + 18, pg.w - 26, 12.5, stamp=office)
    else:  # system: a project management app
        pg = screen()
        y = status_bar(pg, ctx, f"{r.randint(8, 22)}:{r.randint(10, 59)}", "项目详情")
        card(pg, 4, y, pg.w - 4, y + 132)
        t(pg, ctx, pg.w - 8, y + 4, "已结题", 8.5, "r", color=(40, 140, 70))
        items = [("项目名称", title), ("项目编号", code), ("负责人", lead_), ("参与人员", "、".join(members)),
                 ("依托单位", host), ("管理单位", office), ("结题时间", day.isoformat()), ("结题证书号", f"JT{code}")]  # fmt: skip
        yy = y + 11
        for lab, val in items:
            t(pg, ctx, 8, yy, lab, 8.2, color=GREY)
            yy = para(pg, ctx, 28, yy, pg.w - 36, val, 8.2, indent=False, lead=1.45) + 2.6
    fields = dict(holder=holder, title=title, people=people, issuer=office, issued_on=issued)
    return build(ctx, "project_completion", "project", v, [pg], fields, scored, (claim, year))
