"""Draw 24 builders: patent certificates, award certificates, project completion documents."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind24.ink import GREY, RED, centre, doc, fit_table, frame, hand, kv, para, seal, serial, txt
from bench.blind24.pools import (
    CITIES,
    GRADES,
    PAPER_TITLES,
    PATENT_TITLES,
    PROJECT_TITLES,
    Ctx,
    crowd,
    day,
    fd,
    fm,  # fmt: skip
    later,
    zl_check,
)
from bench.generator.truth import person

CNIPA = "国家知识产权局"


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("pat")
    city = ctx.pick(CITIES)
    st = ctx.pick(("pad", "ymd", "pad", "space"))
    utility = v == "utility" or (v in ("sysrow", "register") and ctx.rng.random() < 0.35)
    applied = day(ctx.rng, 2014, 2022)
    granted = later(applied, 120, 320, ctx.rng) if utility else later(applied, 420, 1100, ctx.rng)
    d12 = f"{applied.year}{2 if utility else 1}{serial(ctx, 7)}"
    zl = f"ZL{d12}.{zl_check(d12)}"
    shown = ctx.pick([f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl[-1]}", zl, f"{d12}.{zl[-1]}"])
    title = ctx.pick(PATENT_TITLES)
    if utility:
        title = title.replace("方法", "装置").replace("及其制备装置", "")
    inv = crowd(ctx.rng, ctx.rng.randint(1, 6))
    owner = ctx.pick(CITIES[city]["work"])
    kind_w = "实用新型" if utility else "发明"
    pubno = f"CN {serial(ctx, 9)} {'U' if utility else 'B'}"
    certno = str(ctx.rng.randint(1000000, 6999999) if not utility else ctx.rng.randint(5000000, 19999999))
    f = {"title": title, "people": [person(p, i + 1, "inventor") for i, p in enumerate(inv)], "issuer": CNIPA,
         "issued_on": granted.isoformat(),
         "patent": {"kind": "utility_model" if utility else "invention", "number": zl,
                    "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    sc = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
          "patent.granted_on"]  # fmt: skip
    boss = crowd(ctx.rng, 1)[0]
    pages: list[Page] = []
    law = (f"{CNIPA}依照中华人民共和国专利法进行审查，决定授予专利权，颁发{kind_w}专利证书并在专利登记簿上予以登记。"
           f"专利权自授权公告之日起生效。专利权期限为{'十' if utility else '二十'}年，自申请日起算。")  # fmt: skip
    if v in ("cnipa", "utility", "copyok"):
        pg = Page(bg=(252, 250, 244))
        frame(pg, 1, (120, 130, 90))
        centre(pg, ctx, 30, f"{kind_w}专利证书", 24)
        txt(pg, ctx, 105, 48, f"证书号第{certno}号", 11, align="c")
        pairs = [(f"{kind_w}名称", title), (f"{'发明人' if not utility else '发明人'}", "；".join(inv)),
                 ("专 利 号", shown), ("专利申请日", fd(applied, st)), ("专 利 权 人", owner),
                 ("地    址", f"{CITIES[city]['prov']}省{city}市"), ("邮政编码", CITIES[city]["zip"]),
                 ("授权公告日", fd(granted, st)), ("授权公告号", pubno)]  # fmt: skip
        if v == "utility":
            pairs = [pairs[2], pairs[0], pairs[1], pairs[3], pairs[4], pairs[7], pairs[8]]
        y = kv(pg, ctx, 28, 64, pairs, 11.5, lw=32, gap=2.1)
        y = para(pg, ctx, 28, y + 6, 154, law, 10.5)
        txt(pg, ctx, 140, 256, f"局长  {boss}", 12, align="c")
        txt(pg, ctx, 140, 266, CNIPA, 11, align="c")
        if v == "copyok":
            hand(pg, ctx, 40, 220, "复印件与原件一致", 17)
            hand(pg, ctx, 40, 232, f"经办人：{crowd(ctx.rng, 2)[1]}", 13)
            seal(pg, ctx, 84, 110, owner, 20)
        pages = [pg]
    elif v == "register":
        p1, p2 = Page(), Page()
        centre(p1, ctx, 20, "专利登记簿副本", 18)
        kv(p1, ctx, 20, 38, [("著录项目", "")], 12)
        rows = [["项目", "内容"], ["专利号", shown], ["申请日", fd(applied, st)], ["授权公告日", fd(granted, st)],
                [f"{kind_w}名称", title], ["发明人", "，".join(inv)], ["专利权人", owner], ["授权公告号", pubno]]  # fmt: skip
        fit_table(p1, ctx, 20, 48, rows, 170, 10.5, 10)
        centre(p2, ctx, 20, "法律状态", 15)
        rows = [["法律状态", "日期"], ["实质审查的生效" if not utility else "授权", fd(later(applied, 90, 110, ctx.rng), st)],
                ["专利权有效", fd(granted, st)]]  # fmt: skip
        y = fit_table(p2, ctx, 20, 34, rows, 170, 10.5, 10)
        txt(p2, ctx, 150, y + 24, CNIPA, 12, align="c")
        txt(
            p2,
            ctx,
            150,
            y + 33,
            f"{later(granted, 30, 400, ctx.rng).year}年{ctx.rng.randint(1, 12)}月",
            12,
            align="c",
        )
        seal(p2, ctx, 150, y + 26, CNIPA, 20)
        pages = [p1, p2]
    elif v == "wide":
        pg = Page(w=297.0, h=210.0, bg=(250, 250, 245))
        frame(pg, 1, (60, 100, 140))
        centre(pg, ctx, 22, f"{kind_w}专利证书", 24)
        kv(pg, ctx, 30, 50, [("专利名称", title), ("专利号", shown), ("申请日期", fd(applied, st)),
                             ("授权日期", fd(granted, st))], 12, lw=26)  # fmt: skip
        kv(pg, ctx, 160, 50, [("发明人", "、".join(inv)), ("专利权人", owner), ("公告号", pubno)], 12, lw=24)
        para(pg, ctx, 30, 120, 237, law, 10)
        txt(pg, ctx, 230, 175, CNIPA, 12, align="c")
        pages = [pg]
    else:  # sysrow
        pg = Page()
        pg.rect(12, 12, 198, 24, 0, fill=(230, 236, 246))
        school = ctx.pick(CITIES[city]["univ"])
        txt(pg, ctx, 16, 15, f"{school}科研管理系统 · 知识产权成果", 10.5, True)
        rows = [["字段", "内容"], ["成果名称", title], ["专利类型", f"{kind_w}专利"], ["专利号", zl], ["申请日期", fd(applied, "dash")],
                ["授权日期", fd(granted, "dash")], ["授权单位", CNIPA], ["发明人（排序）", "，".join(inv)], ["专利权人", owner]]  # fmt: skip
        fit_table(pg, ctx, 12, 32, rows, 186, 10.5, 10)
        txt(
            pg,
            ctx,
            16,
            140,
            f"审核状态：已审核    打印：{later(granted, 20, 200, ctx.rng).isoformat()}",
            9,
            color=GREY,
        )
        pages = [pg]
    return doc(ctx, "patent_certificate", "pat", v, pages, f, sc, ctx.pick(inv), granted.year)


GOV = [("湖南省人民政府", "湖南省科学技术进步奖", "provincial"), ("益阳市人民政府", "益阳市科学技术进步奖", "municipal"),
       ("河南省人民政府", "河南省科学技术进步奖", "provincial"), ("开封市人民政府", "开封市科学技术进步奖", "municipal"),
       ("沅江市人民政府", "沅江市科学技术奖", "county"), ("兰考县人民政府", "兰考县科学技术进步奖", "county")]  # fmt: skip
BUREAU = [("河南省教育厅", "河南省教育厅科技成果奖", "science_technology"), ("益阳市科学技术局", "益阳市自然科学优秀学术论文奖", "science_technology"),
          ("开封市科学技术局", "开封市自然科学优秀学术论文奖", "science_technology"),
          ("湖南省教育厅", "湖南省教育科学研究优秀成果奖", "social_science")]  # fmt: skip
SOCIETY = [("河南省土木建筑学会", "河南省土木建筑科学技术奖", "science_technology"), ("湖南省会计学会", "湖南省会计学会优秀科研成果奖", "social_science"),
           ("中国商业联合会", "中国商业联合会科学技术奖", "science_technology")]  # fmt: skip
SOCSCI = [("益阳市人民政府", "益阳市社会科学优秀成果奖", "municipal"), ("开封市社会科学界联合会", "开封市社会科学优秀成果奖", None),
          ("河南省人民政府", "河南省社会科学优秀成果奖", "provincial")]  # fmt: skip
CONTEST = [("河南省教育厅", "河南省高等学校青年教师教学竞赛", "bureau"), ("湖南省教育厅", "湖南省普通高校教师课堂教学竞赛", "bureau"),
           ("益阳市总工会", "益阳市职工职业技能竞赛", None)]  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    st = ctx.style()
    d = day(ctx.rng)
    grade = ctx.pick(GRADES)
    title = ctx.pick(PROJECT_TITLES + PAPER_TITLES)
    if v in ("gov", "cnmonth", "team"):
        giver, aname, level = ctx.pick(GOV)
        kind = "science_technology"
    elif v == "bureau":
        giver, aname, kind = ctx.pick(BUREAU)
        level = "bureau"
    elif v == "society":
        giver, aname, kind = ctx.pick(SOCIETY)
        level = None
    elif v == "socsci":
        giver, aname, level = ctx.pick(SOCSCI)
        kind = "social_science"
    else:
        giver, aname, level = ctx.pick(CONTEST)
        kind = "competition"
        grade = ctx.pick(["一等奖", "二等奖", "三等奖"])
    team = crowd(ctx.rng, ctx.rng.randint(2, 7))
    rank = ctx.rng.randint(1, len(team))
    holder = team[rank - 1]
    no = f"{d.year}-{ctx.pick(['J', 'KJ', 'SK'])}-{serial(ctx, 4)}"
    yr = d.year - ctx.rng.randint(0, 1)
    f = {"holder": holder, "title": title, "issuer": giver, "issued_on": d.isoformat(),
         "people": [person(holder, rank, "awardee")],
         "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    sc = [
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
    pg = Page()
    if v in ("gov", "cnmonth"):
        frame(pg, 2)
        centre(pg, ctx, 40, "荣 誉 证 书" if v == "gov" else "获 奖 证 书", 28, color=RED)
        y = para(
            pg,
            ctx,
            28,
            80,
            154,
            f"为表彰在促进科学技术进步工作中作出突出贡献者，特颁发{yr}年度{aname}证书，以资鼓励。",
            13.5,
        )
        y = kv(pg, ctx, 34, y + 8, [("项目名称", title), ("奖励等级", grade), ("获 奖 者", f"{holder}（第{rank}完成人）"),
                                    ("证 书 号", no)], 13, lw=30, gap=2.4)  # fmt: skip
        if v == "cnmonth":
            f["issued_on"] = f"{d.year}-{d.month:02d}"
            ds = fm(d.year, d.month, ctx.pick(("cn", "cno")))
        else:
            ds = fd(d, st)
        txt(pg, ctx, 150, 235, giver, 14, align="c")
        txt(pg, ctx, 150, 246, ds, 13, align="c")
        seal(pg, ctx, 150, 240, giver, 21)
    elif v in ("bureau", "society", "socsci"):
        pg = Page(w=297.0, h=210.0) if v == "society" else Page()
        frame(pg, ctx.rng.randrange(3))
        cx = pg.w / 2
        y = centre(pg, ctx, 28, aname, 20) + 4
        y = centre(pg, ctx, y, "证    书", 24) + 10
        x0, w = (30, pg.w - 60)
        order = ctx.rng.random() < 0.5
        lines = [
            f"{holder}同志：",
            f"你（排名第{rank}）参与完成的“{title}”荣获{yr}年度{aname}{grade}。",
            "特发此证，以资鼓励。",
        ]
        if order:
            lines = [
                f"获奖项目：{title}",
                f"获奖等级：{grade}",
                f"获奖人员：{holder}（排名第{rank}）",
                "特发此证。",
            ]
        for s in lines:
            y = para(pg, ctx, x0, y, w, s, 13.5, indent=not order)
        txt(pg, ctx, cx + 50, pg.h - 52, giver, 13, align="c")
        txt(pg, ctx, cx + 50, pg.h - 42, fd(d, st), 13, align="c")
        seal(pg, ctx, cx + 50, pg.h - 47, giver, 20)
    elif v == "team":
        f["holder"] = None
        f["people"] = [person(p, i + 1, "awardee") for i, p in enumerate(team)]
        holder = ctx.pick(team)
        centre(pg, ctx, 30, f"{aname}证书", 20)
        y = kv(
            pg,
            ctx,
            24,
            56,
            [("项目名称", title), ("奖励等级", grade), ("授奖年度", f"{yr}年度")],
            12.5,
            lw=28,
        )
        rows = [["排名", "姓名", "工作单位"]] + [
            [str(i + 1), p, ctx.pick(CITIES[ctx.pick(CITIES)]["work"])] for i, p in enumerate(team)
        ]
        y = fit_table(pg, ctx, 24, y + 4, rows, 162, 11, 10)
        txt(pg, ctx, 150, y + 24, giver, 13, align="c")
        txt(pg, ctx, 150, y + 34, fd(d, st), 13, align="c")
        seal(pg, ctx, 150, y + 28, giver)
    else:  # contest
        pg = Page(w=297.0, h=210.0)
        frame(pg, 1, (180, 140, 40))
        f["people"] = [person(holder, 1, "awardee")]
        centre(pg, ctx, 30, "荣誉证书", 30, color=(170, 120, 20))
        y = para(pg, ctx, 40, 70, 217, f"{holder}老师：", 15, indent=False)
        y = para(pg, ctx, 40, y + 2, 217, f"在{yr}年{aname}中，参赛作品《{title}》荣获{grade}。", 15)
        para(pg, ctx, 40, y + 2, 217, "特发此证，以资鼓励。", 15)
        txt(pg, ctx, 225, 160, giver, 14, align="c")
        txt(pg, ctx, 225, 171, fd(d, st), 13, align="c")
        seal(pg, ctx, 225, 165, giver, 21)
    return doc(ctx, "award_certificate", "award", v, [pg], f, sc, holder, d.year)


PROJ_ISSUERS = ["湖南省哲学社会科学规划基金办公室", "河南省教育厅", "益阳市科学技术局", "开封市科学技术局", "湖南省教育厅",
                "河南省科学技术厅", "开封市社会科学界联合会", "湖南省科学技术厅"]  # fmt: skip
RESULTS = ["优秀", "良好", "合格", "通过"]


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("proj")
    city = ctx.pick(CITIES)
    st = ctx.style()
    issuer = ctx.pick(PROJ_ISSUERS)
    title = ctx.pick(PROJECT_TITLES)
    team = crowd(ctx.rng, ctx.rng.randint(2, 6))
    leader, members = team[0], team[1:]
    work = ctx.pick(CITIES[city]["work"])
    d = day(ctx.rng, 2017, 2024)
    pno = ctx.pick([f"{d.year % 100 - 2}YB{ctx.pick('ACD')}{serial(ctx, 3)}", f"{d.year - 2}-ZZJH-{serial(ctx, 3)}",
                    f"{city[0]}科{d.year - 1}{serial(ctx, 3)}"])  # fmt: skip
    res = ctx.pick(RESULTS)
    everyone = [person(leader, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    f = {"holder": None, "title": title, "issuer": issuer, "issued_on": d.isoformat(), "people": everyone}
    sc = ["holder", "title", "people", "issuer", "issued_on"]
    claim = ctx.pick(team)
    only = {"holder": leader, "people": [person(leader, 1, "project_leader")]}
    pages: list[Page] = []
    pg = Page()
    if v in ("jtcert", "cnmonth"):
        frame(pg, 2 if v == "jtcert" else 1)
        centre(pg, ctx, 40, "结 题 证 书", 28, color=RED)
        txt(pg, ctx, 182, 62, f"证书编号：{city[0]}结〔{d.year}〕{serial(ctx, 3)}号", 10, align="r")
        y = para(pg, ctx, 28, 78, 154, f"由{work}{leader}主持的课题“{title}”（立项编号：{pno}），经专家鉴定，"
                 f"准予结题，鉴定等级为{res}。", 14)  # fmt: skip
        y = para(pg, ctx, 28, y + 4, 154, f"课题组主要成员：{'、'.join(members)}", 13, indent=False)
        para(pg, ctx, 28, y + 4, 154, "特发此证。", 14)
        if v == "cnmonth":
            f["issued_on"] = f"{d.year}-{d.month:02d}"
            ds = fm(d.year, d.month, ctx.pick(("cn", "cno")))
        else:
            ds = fd(d, st)
        txt(pg, ctx, 148, 232, issuer, 13, align="c")
        txt(pg, ctx, 148, 242, ds, 13, align="c")
        seal(pg, ctx, 148, 236, issuer, 21)
        pages = [pg]
    elif v == "jtproof":
        f.update(only)
        claim = leader
        centre(pg, ctx, 36, "结题证明", 22)
        y = para(pg, ctx, 22, 62, 166, f"兹证明，{work}{leader}同志主持的{issuer[:2]}科研课题“{title}”（立项编号：{pno}），"
                 "已按计划完成各项研究任务，经审核，同意结题。", 13)  # fmt: skip
        para(pg, ctx, 22, y + 4, 166, "特此证明。", 13)
        txt(pg, ctx, 150, y + 36, issuer, 13, align="c")
        txt(pg, ctx, 150, y + 45, fd(d, st), 13, align="c")
        seal(pg, ctx, 150, y + 38, issuer)
        pages = [pg]
    elif v == "yanshou":
        centre(pg, ctx, 22, "科技计划项目验收证书", 18)
        rows = [["项目名称", title], ["项目编号", pno], ["承担单位", work], ["项目负责人", leader], ["验收日期", fd(d, st)],
                ["验收结论", f"通过验收（{res}）"], ["组织验收单位", issuer]]  # fmt: skip
        y = fit_table(pg, ctx, 18, 38, rows, 174, 11, 10)
        txt(pg, ctx, 18, y + 6, "主要研究人员", 12, True)
        rows = [["排名", "姓名", "职称", "工作单位"]] + [[str(i + 1), p, ctx.pick(["教授", "副教授", "高级工程师", "讲师", "工程师"]), work]
                                                for i, p in enumerate(team)]  # fmt: skip
        y = fit_table(pg, ctx, 18, y + 13, rows, 174, 10.5, 9.5)
        seal(pg, ctx, 150, y + 18, issuer, 20)
        pages = [pg]
    elif v == "wide":
        f.update(only)
        claim = leader
        pg = Page(w=297.0, h=210.0)
        frame(pg, 1, (30, 90, 140))
        centre(pg, ctx, 28, "项目结项证书", 26)
        y = kv(pg, ctx, 50, 64, [("项目名称", title), ("项目编号", pno), ("项目主持人", leader), ("所在单位", work),
                                 ("结项等级", res)], 14, lw=36, gap=2.4)  # fmt: skip
        txt(pg, ctx, 225, 160, issuer, 13, align="c")
        txt(pg, ctx, 225, 170, fd(d, st), 13, align="c")
        seal(pg, ctx, 225, 164, issuer, 20)
        pages = [pg]
    elif v == "sysprint":
        school = ctx.pick(CITIES[city]["univ"])
        pg.rect(12, 12, 198, 24, 0, fill=(232, 238, 246))
        txt(pg, ctx, 16, 15, f"{school}科研管理系统 · 纵向项目结项信息", 10.5, True)
        rows = [["字段", "内容"], ["项目名称", title], ["项目编号", pno], ["项目来源", issuer], ["负责人", leader],
                ["参与人员", "，".join(members)], ["结项日期", fd(d, "dash")], ["结项结论", res]]  # fmt: skip
        fit_table(pg, ctx, 12, 32, rows, 186, 10.5, 10)
        txt(pg, ctx, 16, 120, "本页由系统生成，加盖科研处公章有效。", 9, color=GREY)
        seal(pg, ctx, 150, 125, f"{school}科学技术处", 18)
        sc = ["title", "people", "issued_on"]
        pages = [pg]
    else:  # jianding
        f.update(only)
        claim = leader
        p1 = Page()
        centre(p1, ctx, 50, "课题结题鉴定书", 24)
        kv(p1, ctx, 50, 110, [("课题名称", title), ("立项编号", pno), ("课题主持人", leader), ("所在单位", work),
                              ("填表日期", fd(later(d, -60, -20, ctx.rng), st))], 13, lw=30, gap=2.6)  # fmt: skip
        centre(p1, ctx, 250, issuer + "制", 12, bold=False)
        p2 = Page()
        txt(p2, ctx, 20, 20, "专家鉴定意见：", 13, True)
        y = para(
            p2,
            ctx,
            20,
            32,
            170,
            f"该课题研究目标明确，方法得当，达到了预期研究目标，同意结题，鉴定等级：{res}。",
            12,
        )
        hand(p2, ctx, 120, y + 10, f"鉴定组长：{crowd(ctx.rng, 9)[8]}", 14)
        y = para(p2, ctx, 20, y + 34, 170, "结题审批意见：同意结题。", 12.5)
        txt(p2, ctx, 150, y + 12, issuer, 12.5, align="c")
        txt(p2, ctx, 150, y + 21, fd(d, st), 12.5, align="c")
        seal(p2, ctx, 150, y + 14, issuer)
        pages = [p1, p2]
    return doc(ctx, "project_completion", "proj", v, pages, f, sc, claim, d.year)
