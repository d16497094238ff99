"""Draw 21 patent certificates, award certificates and project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind21 import pools as P
from bench.blind21.kit import (
    card,
    hand,
    kv_grid,
    landscape,
    make,
    para,
    phone_screen,
    portrait,
    ppl,
    red_title,
    right_block,
    seal,
    t,
)

CNIPA = "国家知识产权局"
KIND_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
LAW = ("{org}依照中华人民共和国专利法经过{exam}，决定授予专利权，颁发{kind}专利证书并在专利登记簿上予以登记。"
       "专利权自授权公告之日起生效。专利权期限为{term}年，自申请日起算。")  # fmt: skip


def patent_certificate(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    kind = {"utility": "utility_model", "design": "design"}.get(v, ctx.pick(["invention", "utility_model"]))
    if v == "invention":
        kind = "invention"
    city = ctx.city()
    title = ctx.pick(P.PATENTS[kind])
    inventors = ctx.people(ctx.rng.randint(1, 6))
    owner = ctx.firm(city)
    app = ctx.day(2017, 2022)
    grant = P.later(ctx, app, 500, 1100) if kind == "invention" else P.later(ctx, app, 150, 330)
    d12 = f"{app.year}{KIND_DIGIT[kind]}{ctx.rng.randint(0, 9999999):07d}"
    num = f"ZL{d12}.{P.zl_check(d12)}"
    spaced = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{num[-1]}"
    st = ctx.pick(["cjkpad", "cjk", "cjkpad", "dash"])
    kw = KIND_WORD[kind]
    cert_no = f"第{ctx.rng.randint(1000000, 6999999)}号"
    pubno = f"CN {ctx.rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    role_word = "设计人" if kind == "design" else "发明人"
    term = {"invention": "二十", "utility_model": "十", "design": "十五"}[kind]
    law = LAW.format(org=CNIPA, exam="审查" if kind == "invention" else "初步审查", kind=kw, term=term)
    rows = [(f"{kw}名称", title), (role_word, "；".join(inventors)), ("专利号", num if ctx.chance(0.5) else spaced),
            ("专利申请日", P.ds(app, st)), ("专利权人", owner), ("授权公告日", P.ds(grant, st))]  # fmt: skip
    pages: list[Page] = []

    def classic(pg: Page, x: float, w: float, y: float, size: float) -> float:
        for lab, val in rows:
            y = pg.wrap(x, y, w, f"{lab}：{val}", size, ctx.body, 1.5) + 2.5
        t(pg, ctx, x, y, f"授权公告号：{pubno}", size)
        y = para(pg, ctx, x, y + 12, w, law, size - 0.5, lead=1.8)
        t(pg, ctx, pg.w - x, y + 14, "局长", size, "r")
        hand(pg, ctx, pg.w - x, y + 22, ctx.pick(["签章"]), 14, "r")
        t(pg, ctx, x + w / 2, y + 36, CNIPA, size, "c")
        seal(pg, ctx, x + w / 2, y + 34, CNIPA, 19)
        return y

    if v in ("invention", "design", "copyseal"):
        pg = portrait()
        pg.rect(14, 14, 196, 283, 0.8, (60, 110, 60))
        t(pg, ctx, 105, 32, f"{kw}专利证书", 26, "c", True)
        t(pg, ctx, 105, 46, f"证书号{cert_no}", 12, "c")
        classic(pg, 30, 150, 62, 12)
        if v == "copyseal":
            firm_seal = owner
            seal(pg, ctx, 70, 90, firm_seal, 20)
            hand(pg, ctx, 35, 250, "此复印件与原件一致", 15)
            hand(pg, ctx, 35, 262, f"{inventors[0]} {P.ds(P.later(ctx, grant, 30, 600), 'dotshort')}", 14)
        pages = [pg]
    elif v == "utility":
        pg = landscape()
        pg.rect(12, 12, 285, 198, 1.0, (40, 80, 140))
        t(pg, ctx, 148, 24, f"{kw}专利证书", 24, "c", True)
        t(pg, ctx, 270, 40, f"证书号{cert_no}", 11, "r")
        rows.insert(0, rows.pop(2))  # number first on this one
        y = 52
        for lab, val in rows:
            t(pg, ctx, 30, y, f"{lab}：", 12)
            y = pg.wrap(65, y, 200, val, 12, ctx.body, 1.4) + 3
        y = para(pg, ctx, 30, y + 6, 237, law, 11, lead=1.7)
        t(pg, ctx, 235, y + 8, CNIPA, 13, "c")
        seal(pg, ctx, 235, y + 8, CNIPA, 19)
        pages = [pg]
    elif v == "ecert":
        pg = portrait()
        t(pg, ctx, 20, 14, f"{CNIPA}　专利电子证书", 9, "l", False, (120, 120, 120))
        t(pg, ctx, 105, 32, f"{kw}专利证书（电子版）", 18, "c", True)
        y = kv_grid(pg, ctx, 20, 50, 170, [("证书号", cert_no)] + rows + [("授权公告号", pubno)], 11, 34, 12)
        y = para(pg, ctx, 20, y + 8, 170, law, 10.5)
        t(pg, ctx, 150, y + 16, CNIPA, 12, "c")
        seal(pg, ctx, 150, y + 16, CNIPA, 18)
        pages = [pg]
    elif v == "register":
        pg = portrait()
        t(pg, ctx, 105, 24, "专利登记簿副本", 20, "c", True)
        reg = [("专利号", num), ("申请日", P.ds(app, st)), ("授权公告日", P.ds(grant, st)), ("专利类型", kw),
               (f"{kw}创造名称" if kind != "design" else "使用外观设计的产品名称", title),
               ("专利权人", owner), (role_word, "，".join(inventors)), ("法律状态", "专利权维持"),
               ("年费缴纳情况", f"已缴纳至第{ctx.rng.randint(2, 6)}年度")]  # fmt: skip
        y = kv_grid(pg, ctx, 20, 44, 170, reg, 10.5, 48, 12)
        t(pg, ctx, 150, y + 20, CNIPA, 12, "c")
        t(pg, ctx, 150, y + 29, P.ds(P.later(ctx, grant, 60, 700), st), 11, "c")
        seal(pg, ctx, 150, y + 22, CNIPA, 18)
        pages = [pg]
    else:  # query
        pg, y = phone_screen(ctx, "专利审查信息查询", (180, 40, 40))
        card(pg, 3, y, 77, y + 118)
        yy = y + 4
        for lab, val in [("申请号/专利号", num[2:]), (f"{kw}名称", title), ("申请人", owner),
                         (role_word, "，".join(inventors)), ("申请日", P.ds(app, "dash")),
                         ("授权公告日", P.ds(grant, "dash")), ("案件状态", "专利权维持")]:  # fmt: skip
            t(pg, ctx, 6, yy, lab, 6.8, "l", False, (120, 120, 120))
            yy = pg.wrap(6, yy + 4.2, 68, val, 8, ctx.body, 1.45) + 2.4
        t(pg, ctx, 40, y + 124, f"数据来源：{CNIPA}", 6.5, "c", False, (120, 120, 120))
        pages = [pg]
    f = {"title": title, "people": ppl(inventors, "inventor"), "issuer": CNIPA, "issued_on": P.iso(grant),
         "patent": {"kind": kind, "number": num, "applied_on": P.iso(app), "granted_on": P.iso(grant)}}  # fmt: skip
    return make(ctx, "patent_certificate", "patent", v, pages, f, ctx.pick(inventors), grant.year)


# ---- awards ---------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]
SOCIAL = ["新旧动能转换背景下制造业人才队伍建设研究", "化工园区安全治理体系现代化路径研究",
          "港口物流与区域经济协同发展研究", "县域建筑业高质量发展对策研究"]  # fmt: skip


def award_certificate(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    city = ctx.city()
    year = ctx.rng.randint(2019, 2024)
    d = dt.date(year, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    grade = ctx.pick(GRADES)
    project = ctx.pick(P.PROJECTS)
    kind = "science_technology"
    team = ctx.people(ctx.rng.randint(3, 8))
    holder: str | None = None
    st = ctx.pick(P.DAY_STYLES)
    no = f"{year}-{ctx.pick('JFKZ')}-{ctx.rng.randint(1, 3)}-{ctx.rng.randint(1, 60):02d}"
    issued = P.iso(d)
    pages: list[Page] = []
    pg = portrait()
    if v == "person":
        giver, level = ctx.pick([(f"{city}市人民政府", "municipal"), ("山东省人民政府", "provincial")])
        name = f"{giver[:-4]}科学技术进步奖"
        rank = ctx.rng.randint(1, 6)
        holder = ctx.person()
        people = [{"name": holder, "rank": rank, "role": "awardee"}]
        red_title(pg, ctx, 40, name, 24)
        t(pg, ctx, 105, 62, "证　书", 26, "c", True)
        y = para(
            pg,
            ctx,
            30,
            95,
            150,
            "为表彰在促进科学技术进步工作中做出突出贡献者，特颁发此证书，以资鼓励。",
            14,
            lead=2,
        )
        for s in (f"获奖项目：{project}", f"奖励等级：{grade}", f"获 奖 者：{holder}（第{rank}完成人）",
                  f"证书编号：{no}-R{rank:02d}"):  # fmt: skip
            y = pg.wrap(30, y + 4, 150, s, 13.5, ctx.body, 1.6)
        right_block(pg, ctx, 180, y + 25, [giver, P.ds(d, st)], 13.5, giver)
    elif v == "team":
        giver, level = ctx.pick([("山东省工业和信息化厅", "bureau"), (f"{city}市科学技术局", "bureau"),
                                 ("山东省人民政府", "provincial")])  # fmt: skip
        name = {"山东省人民政府": "山东省科学技术进步奖"}.get(giver, f"{giver[:3]}企业技术创新奖" if "工业" in giver
                                                        else f"{city}市科技创新成果奖")  # fmt: skip
        people = ppl(team, "awardee")
        t(pg, ctx, 105, 35, "获 奖 证 书", 26, "c", True, P.RED)
        y = para(
            pg,
            ctx,
            25,
            65,
            160,
            f"你单位完成的“{project}”项目，荣获{year - 1}年度{name}{grade}。",
            14,
            lead=2,
        )
        y = para(pg, ctx, 25, y + 4, 160, f"完成单位：{ctx.firm(city)}", 13)
        y = para(pg, ctx, 25, y + 2, 160, f"主要完成人：{'、'.join(team)}", 13)
        t(pg, ctx, 25, y + 4, "特发此证。", 13)
        right_block(pg, ctx, 180, y + 30, [giver, P.ds(d, st)], 13, giver)
    elif v == "society":
        giver, level = ctx.pick(P.SOCIETIES), None
        name = f"{giver}科学技术奖"
        holder = ctx.person()
        rank = ctx.rng.randint(1, 5)
        people = [{"name": holder, "rank": rank, "role": "awardee"}]
        pg.rect(12, 12, 198, 285, 1.8, (170, 130, 40))
        t(pg, ctx, 105, 40, name, 20, "c", True)
        t(pg, ctx, 105, 58, "荣誉证书", 24, "c", True)
        kv_grid(pg, ctx, 30, 85, 150, [("项目名称", project), ("获奖等级", grade), ("获奖人", holder),
                                        ("排名", f"第{rank}名"), ("证书编号", no)], 12, 30, 13)  # fmt: skip
        right_block(pg, ctx, 180, 190, [giver, P.ds(d, st)], 13, giver)
    elif v == "contest":
        giver, level = f"{city}市人力资源和社会保障局", "bureau"
        name = f"{city}市职工创新创业大赛"
        kind = "competition"
        holder = ctx.person()
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
        t(pg, ctx, 105, 40, "荣 誉 证 书", 28, "c", True, P.RED)
        y = para(pg, ctx, 30, 80, 150, f"{holder}同志：", 15, False)
        y = para(
            pg,
            ctx,
            30,
            y + 4,
            150,
            f"你的参赛项目《{project}》在{year}年{name}中荣获{grade}。特发此证，以资鼓励。",
            15,
            lead=2.1,
        )
        right_block(pg, ctx, 180, y + 40, [giver, P.ds(d, st)], 14, giver)
    elif v == "honour":
        pg = landscape()
        giver, level = ctx.pick([(f"{city}市人民政府", "municipal"), ("山东省人民政府", "provincial")])
        name = f"{giver[:-4]}科学技术进步奖"
        holder = ctx.person()
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
        pg.rect(10, 10, 287, 200, 3, (180, 40, 40))
        t(pg, ctx, 148, 30, "荣 誉 证 书", 30, "c", True, (180, 40, 40))
        para(pg, ctx, 45, 70, 207, f"{holder}同志主持完成的“{project}”项目荣获{year - 1}年度{name}{grade}。"
             "特发此证。", 16, lead=2.2)  # fmt: skip
        issued = P.ym(d.year, d.month)
        right_block(
            pg, ctx, 260, 150, [giver, P.ms(d.year, d.month, ctx.pick(["hanzi", "hanzi_o"]))], 15, giver
        )
    elif v == "social":
        giver, level = ctx.pick([(f"{city}市人民政府", "municipal"), ("山东省社会科学界联合会", None)])
        name = f"{giver[:-4] if giver.endswith('人民政府') else '山东省'}社会科学优秀成果奖"
        kind = "social_science"
        project = ctx.pick(SOCIAL)
        holder = ctx.person()
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
        t(pg, ctx, 105, 40, name, 20, "c", True)
        t(pg, ctx, 105, 56, "获 奖 证 书", 22, "c", True)
        y = 90
        for s in (f"成果名称：{project}", "成果形式：研究报告", f"获奖等级：{grade}", f"作　　者：{holder}"):
            y = pg.wrap(30, y, 150, s, 13.5, ctx.body, 1.6) + 5
        right_block(pg, ctx, 180, y + 30, [giver, P.ds(d, st)], 13.5, giver)
    else:  # countycity
        cc = ctx.pick(P.COUNTY_CITIES[city])
        giver, level = f"{cc}市人民政府", "county"
        name = f"{cc}市科学技术奖"
        holder = ctx.person()
        rank = ctx.rng.randint(1, 4)
        people = [{"name": holder, "rank": rank, "role": "awardee"}]
        t(pg, ctx, 105, 40, name, 22, "c", True, P.RED)
        t(pg, ctx, 105, 58, "证 书", 24, "c", True)
        y = para(pg, ctx, 30, 90, 150, f"{holder}同志：", 14, False)
        y = para(pg, ctx, 30, y + 2, 150, f"你参与完成的“{project}”项目获{year - 1}年度{name}{grade}（排名第{rank}）。",
                 14, lead=2.1)  # fmt: skip
        right_block(pg, ctx, 180, y + 35, [giver, P.ds(d, st)], 13.5, giver)
    pages = [pg]
    claim = holder or ctx.pick(team)
    f = {"holder": holder, "title": project, "people": people, "issuer": giver, "issued_on": issued,
         "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    return make(ctx, "award_certificate", "award", v, pages, f, claim, year)


# ---- project completion ---------------------------------------------------------------------
def project_completion(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("proj")
    city = ctx.city()
    title = ctx.pick(P.PROJECTS)
    leader = ctx.person()
    members = ctx.people(ctx.rng.randint(3, 7))
    firm = ctx.firm(city)
    giver = ctx.pick(
        [f"{city}市科学技术局", "山东省科学技术厅", ctx.pick(P.SOCIETIES), "山东省工业和信息化厅"]
    )
    d = ctx.day(2020, 2024)
    st = ctx.pick(P.DAY_STYLES)
    code = f"{ctx.pick(['2019', '2020', '2021'])}{ctx.pick(['GX', 'ZD', 'KJ', 'JH'])}{ctx.rng.randint(1000, 9999)}"
    holder: str | None = leader
    people = [{"name": leader, "rank": 1, "role": "project_leader"}]
    issued = P.iso(d)
    pages: list[Page] = []
    pg = portrait()
    if v == "leaderonly":
        pg.rect(14, 14, 196, 283, 1.2, (30, 80, 150))
        t(pg, ctx, 105, 45, "结 题 证 书", 28, "c", True)
        y = 85
        for s in (f"项目名称：{title}", f"项目编号：{code}", f"项目负责人：{leader}", f"承担单位：{firm}"):
            y = pg.wrap(30, y, 150, s, 13.5, ctx.body, 1.6) + 5
        y = para(
            pg,
            ctx,
            30,
            y + 6,
            150,
            "经审核，该项目已完成合同规定的研究任务，准予结题。特发此证。",
            13.5,
            lead=2,
        )
        if ctx.chance(0.5):
            issued = P.ym(d.year, d.month)
            ds = P.ms(d.year, d.month, st)
        else:
            ds = P.ds(d, st)
        right_block(pg, ctx, 180, y + 30, [giver, ds], 13.5, giver)
    elif v == "members":
        holder = None
        people += ppl(members, "project_member", 2)
        t(pg, ctx, 105, 35, "结 题 证 明", 24, "c", True)
        y = para(
            pg,
            ctx,
            25,
            65,
            160,
            f"由{firm}承担、{leader}同志主持的“{title}”项目（编号：{code}），经专家组评审，同意结题。",
            13.5,
            lead=2,
        )
        y = para(pg, ctx, 25, y + 4, 160, f"项目负责人：{leader}", 13.5)
        y = para(pg, ctx, 25, y + 2, 160, f"主要参与人员：{'、'.join(members)}", 13.5)
        t(pg, ctx, 25, y + 4, "特此证明。", 13.5)
        right_block(pg, ctx, 180, y + 35, [giver, P.ds(d, st)], 13.5, giver)
    elif v == "acceptance":
        holder = None
        t(pg, ctx, 185, 25, f"{giver[:2]}科验字〔{d.year}〕第{ctx.rng.randint(1, 90)}号", 11, "r")
        t(pg, ctx, 105, 70, "科技项目验收证书", 26, "c", True)
        y = kv_grid(pg, ctx, 30, 110, 150, [("项目名称", title), ("项目编号", code), ("承担单位", firm),
                                             ("组织验收单位", giver), ("验收日期", P.ds(d, st))], 12, 36, 14)  # fmt: skip
        seal(pg, ctx, 150, y - 14, giver)
        p2 = portrait()
        t(p2, ctx, 105, 25, "主要研制人员名单", 16, "c", True)
        allp = [leader] + members
        rows = [["序号", "姓名", "性别", "职称", "工作单位", "承担任务"]]
        rows += [[str(i + 1), n, ctx.pick("男女"), ctx.job_title(), firm,
                  "项目负责人" if i == 0 else ctx.pick(["方案设计", "试验研究", "数据分析", "现场实施"])]
                 for i, n in enumerate(allp)]  # fmt: skip
        p2.table(15, 40, [12, 22, 12, 26, 70, 38], rows, 9.5, ctx.body, 11)
        people = [{"name": leader, "rank": 1, "role": "project_leader"}] + ppl(members, "project_member", 2)
        pages.append(pg)
        pg = p2
    elif v == "wide":
        pg = landscape()
        pg.rect(10, 10, 287, 200, 1.5, (120, 90, 30))
        t(pg, ctx, 148, 32, "结 项 证 书", 30, "c", True)
        para(pg, ctx, 45, 70, 207, f"{leader}同志主持的{giver}立项项目“{title}”（项目编号：{code}）已按计划完成"
             "研究任务，经鉴定，准予结项。", 15, lead=2.1)  # fmt: skip
        issued = P.ym(d.year, d.month)
        right_block(
            pg, ctx, 262, 150, [giver, P.ms(d.year, d.month, ctx.pick(["hanzi", "hanzi_o"]))], 14, giver
        )
    elif v == "company":
        giver = firm
        t(pg, ctx, 105, 22, firm, 15, "c", True)
        pg.line(20, 30, 190, 30, 0.6, P.RED)
        t(pg, ctx, 105, 45, "科研项目结题证明", 20, "c", True)
        y = para(pg, ctx, 25, 70, 160,
                 f"我公司{ctx.pick(P.DEPTS)}{leader}同志主持的公司级科研项目“{title}”（立项编号{code}），"
                 "经公司技术委员会验收，各项指标达到任务书要求，同意结题。", 13.5, lead=2)  # fmt: skip
        t(pg, ctx, 25, y + 4, "特此证明。", 13.5)
        right_block(pg, ctx, 180, y + 35, [firm, P.ds(d, st)], 13.5, firm)
    else:  # portal
        pg, y = phone_screen(ctx, "项目详情", (30, 100, 180))
        card(pg, 3, y, 77, y + 96)
        yy = y + 4
        for lab, val in [("项目名称", title), ("项目编号", code), ("负责人", leader), ("承担单位", firm),
                         ("主管部门", giver), ("项目状态", "已结题"), ("结题日期", P.ds(d, "dash"))]:  # fmt: skip
            t(pg, ctx, 6, yy, lab, 6.8, "l", False, (120, 120, 120))
            yy = pg.wrap(6, yy + 4.2, 68, val, 8, ctx.body, 1.45) + 2.4
        if yy > y + 96:
            pg.h = yy + 20
    pages.append(pg)
    f = {"holder": holder, "title": title, "people": people, "issuer": giver, "issued_on": issued}
    claim = leader if holder or ctx.chance(0.4) else ctx.pick(members)
    return make(ctx, "project_completion", "proj", v, pages, f, claim, d.year)
