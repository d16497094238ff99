"""Draw 22 project completions: 结题 certificates, letters, acceptance sheets, member lists."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind22 import ink
from bench.blind22.ink import doc, hand, rows, seal
from bench.blind22.pools import Ctx, day, month
from bench.generator.truth import person

MED = ["县域医共体慢病分级诊疗路径优化研究", "基于品管圈的住院患者跌倒预防实践研究", "乡镇卫生院中医适宜技术推广效果评价",
       "血液透析患者自我管理干预方案的构建与应用", "ICU获得性衰弱早期康复护理研究", "基层儿童哮喘规范化管理模式探索"]  # fmt: skip
EDU = ["农村初中语文群文阅读教学策略研究", "小学数学作业分层设计的实践研究", "县域高中生涯规划教育实施路径研究",
       "乡村小学劳动教育课程开发研究", "初中英语读写结合教学模式研究"]  # fmt: skip


def _setup(ctx: Ctx) -> tuple[str, str, str, bool]:
    med = ctx.rng.random() < 0.55
    if med:
        issuer = ctx.pick([f"{ctx.city()}科学技术局", f"{ctx.city()}卫生健康委员会", f"{ctx.R['prov']}省卫生健康委员会",
                           f"{ctx.R['prov']}省中医药管理局"])  # fmt: skip
        code = f"{ctx.pick(['KJ', 'WJ', 'ZY'])}{ctx.rng.randint(2017, 2023)}{ctx.rng.randint(1, 199):03d}"
        return issuer, ctx.pick(MED), code, med
    if ctx.region == "yy":
        issuer = ctx.pick(
            ["湖南省教育科学规划领导小组办公室", "益阳市教育科学研究院", "益阳市教育科学规划领导小组办公室"]
        )
        code = f"XJK{ctx.rng.randint(17, 23)}{ctx.pick(['B', 'C'])}JC{ctx.rng.randint(1, 300):03d}"
    else:
        issuer = ctx.pick(
            ["河南省教育科学规划领导小组办公室", "开封市教育科学规划领导小组办公室", "开封市教育科学研究所"]
        )
        code = f"{ctx.rng.randint(2017, 2023)}-JKGHYB-{ctx.rng.randint(1, 999):04d}"
    return issuer, ctx.pick(EDU), code, med


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    issuer, title, code, med = _setup(ctx)
    lead = ctx.name()
    members = ctx.names(ctx.rng.randint(2, 6))
    unit = ctx.hospital() if med else ctx.school()
    d = ctx.date(2018, 2024)
    fn = {
        "cert": _cert,
        "letter": _letter,
        "sheet": _sheet,
        "month": _month,
        "twopage": _twopage,
        "wide": _wide,
    }[v]
    pages, with_members, issued = fn(ctx, issuer, title, code, lead, members, unit, d)
    ppl = [person(lead, 1, "project_leader")]
    if with_members:
        ppl += [person(n, i + 2, "project_member") for i, n in enumerate(members)]
    f = {"holder": None if with_members else lead, "people": ppl, "title": title, "issuer": issuer,
         "issued_on": issued}  # fmt: skip
    claim = ctx.pick(members) if with_members and ctx.rng.random() < 0.6 else lead
    return doc("project_completion", "project", v, pages, f, ["holder", "title", "people", "issuer", "issued_on"],
               (claim, d.year))  # fmt: skip


def _cert(ctx: Ctx, issuer, title, code, lead, members, unit, d) -> tuple:  # noqa: ANN001
    pg = ink.portrait()
    pg.rect(12, 12, 198, 285, 1.5, (30, 60, 120))
    ink.centre(pg, ctx, 36, "结 题 证 书", 28, color=(30, 60, 120))
    pg.text(186, 56, f"证书编号：JT{d.year}{ctx.rng.randint(100, 999)}", 10, ctx.body, "r")
    body = [["课题名称", title], ["课题编号", code], ["课题主持人", lead], ["课题组成员", "、".join(members)],
            ["承担单位", unit], ["鉴定等级", ctx.pick(["优秀", "良好", "合格"])]]  # fmt: skip
    y = pg.table(24, 64, [36, 126], body, 11.5, ctx.body, 14)
    y = pg.wrap(28, y + 10, 154, "经审核，该课题已完成研究任务，准予结题。特发此证。", 13, ctx.body, 2.0, 9)
    st = ctx.style(["cn", "pad", "hz"])
    pg.text(150, y + 20, issuer, 12, ctx.body, "c")
    pg.text(150, y + 29, day(d, st), 12, ctx.body, "c")
    seal(pg, ctx, 150, y + 24, issuer)
    return [pg], True, d.isoformat()


def _letter(ctx: Ctx, issuer, title, code, lead, members, unit, d) -> tuple:  # noqa: ANN001
    pg = ink.portrait()
    ink.centre(pg, ctx, 40, "结 题 证 明", 22)
    y = pg.wrap(28, 70, 154, f"{unit}{lead}同志主持的课题“{title}”（立项编号：{code}），按计划完成了各项研究任务，"
                "经专家组鉴定，同意结题。", 14, ctx.body, 2.1, 10)  # fmt: skip
    y = pg.wrap(28, y + 2, 154, "特此证明。", 14, ctx.body, 2.1, 10)
    pg.text(150, y + 30, issuer, 13, ctx.body, "c")
    pg.text(150, y + 40, day(d, ctx.style(["hz", "hzo"])), 13, ctx.body, "c")
    seal(pg, ctx, 146, y + 34, issuer)
    return [pg], False, d.isoformat()


def _sheet(ctx: Ctx, issuer, title, code, lead, members, unit, d) -> tuple:  # noqa: ANN001
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 22, "科研项目结题验收意见表", 18)
    body = [["项目名称", title], ["项目编号", code], ["项目负责人", lead], ["主要参加人员", "，".join(members)],
            ["依托单位", unit], ["验收结论", "通过验收"]]  # fmt: skip
    y = pg.table(20, y + 6, [38, 132], body, 11, ctx.body, 13)
    pg.rect(20, y, 190, y + 50, 0.3)
    pg.text(23, y + 3, "验收专家组意见：", 11, ctx.body)
    pg.wrap(
        28, y + 11, 156, "该项目完成了合同规定的研究内容，技术资料齐全，同意通过验收。", 11, ctx.body, 1.8
    )
    hand(pg, ctx, 130, y + 34, f"组长：{ctx.name()}", 13)
    y += 50
    pg.rect(20, y, 190, y + 36, 0.3)
    pg.text(23, y + 3, "项目管理部门意见：", 11, ctx.body)
    pg.text(150, y + 18, issuer, 11, ctx.body, "c")
    pg.text(150, y + 26, day(d, "pad"), 11, ctx.body, "c")
    seal(pg, ctx, 150, y + 20, issuer, 17)
    return [pg], True, d.isoformat()


def _month(ctx: Ctx, issuer, title, code, lead, members, unit, d) -> tuple:  # noqa: ANN001
    pg = ink.landscape()
    pg.rect(12, 12, 285, 198, 2.0, (160, 120, 40))
    ink.centre(pg, ctx, 28, "结题证书", 30)
    y = rows(pg, ctx, 50, 70, [("课题名称", title), ("课题编号", code), ("主持人", lead), ("所在单位", unit)],
             15, "：", 2.3, 34)  # fmt: skip
    pg.wrap(50, y + 4, 200, "该课题研究成果经鉴定，达到结题要求，准予结题。", 15, ctx.body)
    st = ctx.style(["cn", "hz", "pad"])
    pg.text(225, 165, issuer, 13, ctx.body, "c")
    pg.text(225, 175, month(d.year, d.month, st), 13, ctx.body, "c")
    seal(pg, ctx, 222, 166, issuer, 21)
    return [pg], False, f"{d.year}-{d.month:02d}"


def _twopage(ctx: Ctx, issuer, title, code, lead, members, unit, d) -> tuple:  # noqa: ANN001
    p1 = ink.portrait()
    ink.centre(p1, ctx, 40, "结 题 证 书", 26)
    y = p1.wrap(28, 76, 154, f"“{title}”（{code}）研究工作业已完成，经审核准予结题。", 14, ctx.body, 2.1, 10)
    y = rows(p1, ctx, 28, y + 10, [("课题负责人", lead), ("承担单位", unit)], 13, "：", 2.2)
    p1.text(28, y + 4, "课题组成员名单见附页。", 12, ctx.body)
    p1.text(150, y + 40, issuer, 13, ctx.body, "c")
    p1.text(150, y + 49, day(d, "cn"), 13, ctx.body, "c")
    seal(p1, ctx, 150, y + 44, issuer)
    p2 = ink.portrait()
    ink.centre(p2, ctx, 24, "课题组成员", 16)
    body = [["排名", "姓名", "单位", "分工"], ["1", lead, unit, "主持"]]
    body += [
        [str(i + 2), n, unit, ctx.pick(["资料收集", "数据分析", "实践实施", "报告撰写"])]
        for i, n in enumerate(members)
    ]
    p2.table(20, 40, [18, 34, 88, 30], body, 10.5, ctx.body, 11, header_font=ctx.bold)
    return [p1, p2], True, d.isoformat()


def _wide(ctx: Ctx, issuer, title, code, lead, members, unit, d) -> tuple:  # noqa: ANN001
    pg = ink.landscape()
    pg.rect(0, 0, 297, 210, 0, fill=(244, 248, 252))
    ink.centre(pg, ctx, 22, f"{issuer}", 14, bold=False)
    ink.centre(pg, ctx, 34, "课题结题证书", 26)
    y = pg.wrap(40, 66, 217, f"由{lead}主持，{'、'.join(members)}参与研究的课题《{title}》（批准号{code}）已完成"
                "研究任务，经评审鉴定，准予结题。", 15, ctx.body, 2.1, 11)  # fmt: skip
    pg.text(225, y + 30, issuer, 13, ctx.body, "c")
    pg.text(225, y + 40, day(d, "dot"), 13, ctx.body, "c")
    seal(pg, ctx, 222, y + 34, issuer)
    return [pg], True, d.isoformat()
