"""Draw 23 awards and project completions."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind23 import pools as P
from bench.blind23.ink import centre, fill, hand, para, signoff
from bench.blind23.pools import Ctx, d_, doc, m_

PROJ_A = ["农村高血压患者家庭医生签约管理模式", "奶牛乳房炎综合防控技术", "盐碱地冬小麦节水高产栽培技术",
          "平原农区杨树食叶害虫生物防治技术", "乡镇卫生院中医适宜技术推广", "规模猪场非洲猪瘟生物安全防控体系",
          "小型灌区节水改造与运行管护模式", "设施番茄水肥一体化技术", "基层儿童青少年近视筛查与干预"]  # fmt: skip
PROJ_B = ["研究", "示范推广", "集成与应用", "推广应用", "试验示范"]
GRADES = ["一等奖", "二等奖", "三等奖"]


def proj(rng) -> str:  # noqa: ANN001
    return rng.choice(PROJ_A) + rng.choice(PROJ_B)


def _ppl(names: list[str], role: str, start: int = 1) -> list[dict]:
    return [{"name": nm, "rank": i + start, "role": role} for i, nm in enumerate(names)]


# ---- awards -----------------------------------------------------------------------------------
def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    rng = ctx.rng
    city, cty = P.county(rng)
    ns = P.people(rng, rng.randint(3, 6))
    title = proj(rng)
    grade = rng.choice(GRADES)
    d = P.day(rng, 2018, 2024)
    yr = d.year - rng.choice([0, 1])
    st = rng.choice(P.STYLES)
    iss = d.isoformat()
    pg = Page()
    pages = [pg]
    holder = None
    people = _ppl(ns, "awardee")
    kind = "science_technology"
    no = f"{yr}-{rng.choice('JTK')}{rng.randint(1, 3)}-{rng.randint(1, 60):03d}"
    if v == "county":
        issuer, level, name = f"{cty}人民政府", "county", f"{cty}科学技术进步奖"
        rank = rng.randint(1, 5)
        holder = ns[0]
        people = [{"name": holder, "rank": rank, "role": "awardee"}]
        pg.rect(12, 12, 198, 285, 2.0, (170, 40, 40))
        centre(pg, ctx, 36, "荣 誉 证 书", 26, color=(170, 30, 30))
        y = para(
            pg,
            ctx,
            28,
            66,
            "为表彰在推动全县科学技术进步工作中做出突出贡献者，特颁发此证书，以资鼓励。",
            14,
            154,
        )
        y += 6
        for lab, val in [("获奖项目", title), ("奖励类别", name), ("奖励等级", grade),
                         ("获 奖 者", f"{holder}（第{P.cn_n(rank)}完成人）"), ("证书编号", no)]:  # fmt: skip
            y = para(pg, ctx, 36, y + 2, f"{lab}：{val}", 13, 140, indent=False)
        signoff(pg, ctx, issuer, d_(d, "cn"), y + 24, 13.5, seed=k)
    elif v == "bureau":
        issuer, level, name = f"{city}市农业农村局", "bureau", f"{city}市农业技术推广成果奖"
        centre(pg, ctx, 30, "获 奖 证 书", 24)
        y = para(pg, ctx, 26, 58, f"{title}项目荣获{yr}年度{name}{grade}。", 14, 158)
        y = para(pg, ctx, 26, y + 6, "主要完成人：" + "、".join(ns), 13, 158, indent=False)
        pg.text(26, y + 4, f"编号：{no}", 11, ctx.body)
        signoff(pg, ctx, issuer, d_(d, st), y + 30, 13, seed=k)
    elif v == "society":
        soc = rng.choice(["山东畜牧兽医学会", "山东农学会", "山东中医药学会", "山东林学会"])
        issuer, level, name = soc, None, f"{soc}科学技术奖"
        holder = ns[0]
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
        pg.bg = (250, 246, 235)
        centre(pg, ctx, 34, "证  书", 28)
        pg.text(28, 64, f"{holder}同志：", 14, ctx.bold)
        y = para(
            pg, ctx, 28, 78, f"您主持完成的“{title}”荣获{yr}年度{name}{grade}。特发此证，以资鼓励。", 14, 154
        )
        signoff(pg, ctx, issuer, d_(d, st), y + 30, 13.5, seed=k)
    elif v == "contest":
        issuer, level, kind = f"{cty}卫生健康局", "bureau", "competition"
        name = f"{cty}乡村医生岗位技能竞赛"
        title = name
        holder = ns[0]
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
        pg = pages[0] = Page(297, 210)
        pg.rect(10, 10, 287, 200, 1.5, (200, 150, 40))
        pg.text(148.5, 30, "荣誉证书", 30, ctx.bold, "c", (180, 30, 30))
        hand(pg, ctx, 40, 66, holder, 22)
        pg.text(75, 70, "同志：", 16, ctx.body)
        para(pg, ctx, 40, 88, f"在{yr}年{name}中，荣获个人{grade}。", 16, 220)
        signoff(pg, ctx, issuer, d_(d, st), 140, 15, xr=265, seed=k)
    elif v == "booklet":
        issuer, level, name = f"{city}市人民政府", "municipal", f"{city}市科学技术进步奖"
        holder = ns[rng.randrange(len(ns))]
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
        pg = pages[0] = Page(297, 210, bg=(180, 30, 35))
        pg.rect(152, 12, 285, 198, 0, fill=(252, 248, 236))
        pg.text(75, 80, "荣誉证书", 30, ctx.bold, "c", (240, 200, 110))
        pg.text(162, 30, f"{holder}同志：", 14, ctx.body)
        y = para(pg, ctx, 162, 46, f"你参加完成的《{title}》荣获{yr}年度{name}{grade}。特发此证。", 14, 114)
        pg.text(162, y + 6, f"证书号：{no}", 11, ctx.body)
        signoff(pg, ctx, issuer, d_(d, "cn"), y + 36, 13, xr=278, seed=k)
    elif v == "handfill":
        issuer, level, kind = f"{cty}社会科学界联合会", None, "social_science"
        name = f"{cty}社会科学优秀成果奖"
        holder = ns[0]
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
        iss = f"{d.year}-{d.month:02d}"
        pg.rect(14, 14, 196, 200, 1.0, (180, 40, 40))
        centre(pg, ctx, 30, "荣 誉 证 书", 24)
        y = fill(pg, ctx, 28, 58, "获奖者", holder, 13, 182)
        y = fill(pg, ctx, 28, y, "成果名称", title, 13, 182)
        y = fill(pg, ctx, 28, y, "获奖等级", grade, 13, 182)
        pg.text(28, y + 2, f"荣获{name}，特发此证。", 13, ctx.body)
        signoff(pg, ctx, issuer, m_(d.year, d.month, st), y + 26, 13, seed=k, dx=-8)
    else:  # social
        issuer, level, kind = f"{city}市人民政府", "municipal", "social_science"
        name = f"{city}市社会科学优秀成果奖"
        ns = ns[:3]
        people = _ppl(ns, "awardee")
        centre(pg, ctx, 30, name, 18)
        centre(pg, ctx, 44, "获 奖 证 书", 22)
        rows = [["成果名称", title], ["成果形式", rng.choice(["研究报告", "论文", "调研报告"])],
                ["获奖等级", grade], ["完成人", "  ".join(ns)], ["证书编号", no]]  # fmt: skip
        y = pg.table(25, 66, [36, 124], rows, 11.5, ctx.body, 13)
        signoff(pg, ctx, issuer, d_(d, st), y + 24, 13, seed=k)
    aw = {"name": name, "kind": kind, "level": level, "grade": grade}
    f = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": iss, "award": aw}
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
    if level is None:
        sc.remove("award.level")
    claim = holder or rng.choice(ns)
    return doc("award_certificate", "award", v, pages, f, sc, claim, d.year)


# ---- project completions ----------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    rng = ctx.rng
    city, cty = P.county(rng)
    ns = P.people(rng, rng.randint(3, 6))
    lead, mem = ns[0], ns[1:]
    title = proj(rng)
    issuer = rng.choice(
        [f"{city}市科学技术局", f"{city}市卫生健康委员会", "山东省卫生健康委员会", f"{city}市农业农村局"]
    )
    d = P.day(rng, 2018, 2024)
    st = rng.choice(P.STYLES)
    iss = d.isoformat()
    unit = P.workplace(rng, cty)
    code = f"{d.year - rng.randint(1, 3)}{rng.choice(['NY', 'WJ', 'KJ'])}{rng.randint(1, 99):03d}"
    people = [{"name": lead, "rank": 1, "role": "project_leader"}] + _ppl(mem, "project_member", 2)
    holder = None
    pg = Page()
    pages = [pg]
    if v in ("cert", "month"):
        if v == "month":
            iss = f"{d.year}-{d.month:02d}"
        pg.rect(12, 12, 198, 285, 1.0, (40, 80, 140))
        centre(pg, ctx, 36, "结 题 证 书", 26)
        pg.text(190, 52, f"证书编号：{code}-{rng.randint(10, 99)}", 10.5, ctx.body, "r")
        y = 66
        for lab, val in [("项目名称", title), ("项目编号", code), ("承担单位", unit), ("项目负责人", lead),
                         ("主要参加人员", "、".join(mem))]:  # fmt: skip
            y = para(pg, ctx, 28, y, f"{lab}：{val}", 13, 154, indent=False) + 2
        y = para(pg, ctx, 28, y + 6, "经审核，该项目已按计划完成研究任务，达到预期目标，准予结题。", 13, 154)
        date_s = m_(d.year, d.month, "cn" if rng.random() < 0.6 else st) if v == "month" else d_(d, st)
        signoff(pg, ctx, issuer, date_s, y + 24, 13, seed=k)
    elif v == "letter":
        holder = lead
        people = people[:1]
        centre(pg, ctx, 36, "结题证明", 22)
        y = para(pg, ctx, 25, 62, f"兹有{unit}{lead}同志主持的{issuer[:-4] if issuer.endswith('委员会') else issuer}"
                 f"立项项目“{title}”（项目编号：{code}），已完成合同规定的研究内容，经组织专家验收，同意结题。", 13.5)  # fmt: skip
        para(pg, ctx, 25, y + 4, "特此证明。", 13.5)
        signoff(pg, ctx, issuer, d_(d, st), y + 36, 13.5, seed=k, dx=-5)
    elif v == "table":
        centre(pg, ctx, 22, "科研项目结题验收意见表", 17)
        rows = [["项目名称", title], ["项目编号", code], ["承担单位", unit], ["组织验收单位", issuer]]
        y = pg.table(20, 36, [36, 134], rows, 11, ctx.body, 12)
        pg.text(20, y + 6, "课题组成员", 12, ctx.bold)
        mrows = [["序号", "姓名", "职称", "分工"]] + [
            [str(i + 1), nm, rng.choice(P.TITLES_PRO), "主持" if i == 0 else "参加"]
            for i, nm in enumerate(ns)
        ]
        pg.table(20, y + 14, [16, 40, 50, 64], mrows, 11, ctx.body, 11)
        p2 = Page()
        pages.append(p2)
        p2.rect(20, 20, 190, 150, 0.3)
        p2.text(24, 25, "验收意见：", 12, ctx.body)
        para(
            p2,
            ctx,
            24,
            36,
            "该项目完成了合同规定的各项任务，技术资料齐全，经费使用合理，专家组一致同意通过验收，准予结题。",
            12,
            160,
        )
        p2.text(100, 110, "验收专家组组长：", 12, ctx.body)
        hand(p2, ctx, 140, 108, P.people(rng, 1)[0], 16)
        signoff(p2, ctx, issuer, d_(d, st), 160, 12.5, seed=k)
    elif v == "wide":
        pg = pages[0] = Page(297, 210, bg=(252, 250, 242))
        pg.rect(10, 10, 287, 200, 2.4, (30, 70, 130))
        pg.text(148.5, 26, "项目结题证书", 26, ctx.bold, "c")
        y = para(pg, ctx, 36, 52, f"由{unit}承担的“{title}”项目，经{issuer}组织验收，准予结题。", 15, 225)
        pg.text(36, y + 8, f"课题主持人：{lead}", 14, ctx.body)
        pg.text(36, y + 20, f"课题组成员：{'  '.join(mem)}", 14, ctx.body)
        signoff(pg, ctx, issuer, d_(d, st), 160, 14, xr=262, seed=k)
    else:  # system
        holder = None
        pg = pages[0] = Page(297, 170, bg=(244, 246, 250))
        pg.rect(0, 0, 297, 16, 0, fill=(30, 80, 150))
        pg.text(10, 4, f"{issuer}科研项目管理信息系统", 13, ctx.bold, "l", (255, 255, 255))
        pg.text(287, 5, "退出登录", 10, ctx.body, "r", (255, 255, 255))
        pg.text(14, 26, "首页 > 项目管理 > 项目详情", 10, ctx.body, "l", (90, 90, 90))
        rows = [["项目名称", title, "项目编号", code], ["承担单位", unit, "项目状态", "已结题"],
                ["项目负责人", lead, "结题时间", d_(d, "dash")], ["项目成员", "、".join(mem), "管理部门", issuer]]  # fmt: skip
        pg.table(14, 36, [30, 120, 30, 89], rows, 10.5, ctx.body, 14)
        pg.rect(14, 110, 60, 120, 0, fill=(30, 80, 150))
        pg.text(37, 112, "打印结题证书", 10, ctx.body, "c", (255, 255, 255))
    f = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": iss}
    return doc(
        "project_completion",
        "project",
        v,
        pages,
        f,
        ["holder", "title", "people", "issuer", "issued_on"],
        rng.choice([p["name"] for p in people]),
        d.year,
    )
