"""Draw 16 award certificates (government and department prizes, contests) and project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind16 import ink
from bench.blind16.journals import SUBJ, article_title
from bench.blind16.pools import (
    COLLEGES,
    Ctx,
    county_suffix,
    day,
    digits,
    iso,
    people_names,
    pick_style,
    where,
    workplace,
)

GRADES = ["一等奖", "二等奖", "三等奖"]
CN_N = "一二三四五六七八九十"


def _project_name(ctx: Ctx, fld: str) -> str:
    a, b, c = (ctx.rng.choice(x) for x in SUBJ[fld])
    return ctx.pick("award.title", [f"{a}{b}关键技术研究与应用", f"{c}技术集成与示范推广", f"{a}{c}体系构建与实践",
                                     f"{b}提升综合技术研究", f"基于{c}的{a}{b}研究"])  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    rng = ctx.rng
    pl = where(rng)
    fld = rng.choice(list(SUBJ))
    d = dt.date(rng.randint(2017, 2024), rng.randint(1, 12), rng.randint(1, 28))
    grade = rng.choice(GRADES)
    st = pick_style(ctx)
    fn = {"provgov": _provgov, "citygov": _citygov, "dept": _dept, "social": _social, "contest": _contest,
          "countygov": _countygov}[v]  # fmt: skip
    pg, info = fn(ctx, pl, fld, d, grade, st)
    names, ranks, holder = info["names"], info["ranks"], info["holder"]
    people = [{"name": n, "rank": r, "role": "awardee"} for n, r in zip(names, ranks, strict=True)]
    fields = {"holder": holder, "title": info["title"], "people": people, "issuer": info["issuer"], "issued_on": iso(d),
              "award": {"name": info["name"], "kind": info["kind"], "level": info["level"], "grade": grade}}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    return Doc(
        "award_certificate",
        f"award16-{v}",
        [pg],
        fields,
        scored,
        {"person": holder or rng.choice(names), "year": d.year},
    )


def _year_prefix(ctx, d):
    return ctx.pick("award.yr", [f"{d.year - 1}年度", f"{d.year}年度", ""])


def _personal(pg, ctx, y, rows, x=40, size=13, lab_w=30):
    return ink.pairs(pg, ctx, x, y, rows, size, lab_w, "：", 2.0)


def _provgov(ctx, pl, fld, d, grade, st):
    rng = ctx.rng
    pg = Page(bg=(252, 247, 236))
    ink.border(pg, "red")
    gov = f"{pl.prov}省人民政府"
    name = f"{pl.prov}省科学技术进步奖"
    pre = _year_prefix(ctx, d)
    title = _project_name(ctx, fld)
    who = people_names(rng, 1)[0]
    rank = rng.randint(1, 9)
    y = ink.spread(pg, ctx, 40, "荣誉证书", 28, color=(170, 30, 30)) + 8
    y = (
        pg.wrap(32, y, 146, f"为表彰{pre}{name}获得者，特颁发此证书。", 13, ctx.body, 2.0, 13 * ink.PT * 2)
        + 8
    )
    rows = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", f"{who}（第{CN_N[rank - 1]}完成人）" if rng.random() < 0.6 else who),
            ("证 书 号", f"{d.year}-J-{GRADES.index(grade) + 1}-{rng.randint(1, 120):03d}-R{rank:02d}")]  # fmt: skip
    if "完成人" not in rows[2][1]:
        rank = 1
    yy = y
    for lab, val in rows:
        pg.text(32, yy, lab + "：", 13, ctx.body)
        yy = pg.wrap(62, yy, 118, val, 13, ctx.body, 1.7) + 4
    ink.body(pg, ctx, 150, 232, gov, 14, "c")
    ink.body(pg, ctx, 150, 242, day(d, st), 13, "c")
    ink.seal(pg, ctx, 150, 236, gov, 21)
    return pg, {
        "names": [who],
        "ranks": [rank],
        "holder": who,
        "title": title,
        "issuer": gov,
        "name": name,
        "kind": "science_technology",
        "level": "provincial",
    }


def _team_block(pg, ctx, x, y, w, names, size=12):
    return pg.wrap(x, y, w, "主要完成人：" + "、".join(names), size, ctx.body, 1.8)


def _citygov(ctx, pl, fld, d, grade, st):
    rng = ctx.rng
    pg = Page(w=297, h=210, bg=(250, 246, 232))
    ink.border(pg, "gold")
    gov = f"{pl.city}市人民政府"
    name = f"{pl.city}市科学技术进步奖"
    pre = _year_prefix(ctx, d)
    title = _project_name(ctx, fld)
    names = people_names(rng, rng.randint(3, 7))
    ink.spread(pg, ctx, 26, "获奖证书", 28, color=(150, 100, 20))
    y = pg.wrap(40, 52, 217, f"你单位完成的“{title}”项目，荣获{pre}{name}{grade}。特发此证，以资鼓励。", 15, ctx.body,
                2.0, 15 * ink.PT * 2) + 4  # fmt: skip
    y = ink.body(pg, ctx, 40, y, f"主要完成单位：{workplace(rng, pl)}", 12) + 1
    _team_block(pg, ctx, 40, y, 217, names)
    ink.body(
        pg, ctx, 40, 180, f"证书编号：{pl.city[0]}KJ{d.year}-{rng.randint(1, 3)}-{rng.randint(1, 90):02d}", 10
    )
    ink.body(pg, ctx, 230, 168, gov, 14, "c")
    ink.body(pg, ctx, 230, 178, day(d, st), 13, "c")
    ink.seal(pg, ctx, 230, 172, gov, 21)
    return pg, {
        "names": names,
        "ranks": list(range(1, len(names) + 1)),
        "holder": None,
        "title": title,
        "issuer": gov,
        "name": name,
        "kind": "science_technology",
        "level": "municipal",
    }


def _dept(ctx, pl, fld, d, grade, st):
    rng = ctx.rng
    pg = Page()
    ink.border(pg, "thin")
    issuer, name = rng.choice([(f"{pl.prov}省农业农村厅", f"{pl.prov}省农业技术推广成果奖"),
                               (f"{pl.city}市卫生健康委员会", f"{pl.city}市医学科技进步奖"),
                               (f"{pl.prov}省自然资源厅", f"{pl.prov}省国土资源科学技术奖"),
                               (f"{pl.city}市科学技术局", f"{pl.city}市科技创新成果奖")])  # fmt: skip
    title = _project_name(ctx, fld)
    names = people_names(rng, rng.randint(1, 5))
    pre = _year_prefix(ctx, d)
    y = ink.bold(pg, ctx, 105, 40, "证　　书", 26) + 10
    if len(names) == 1:
        text = f"{names[0]}同志：你参与完成的“{title}”获{pre}{name}{grade}。特发此证。"
    else:
        text = f"“{title}”获{pre}{name}{grade}。完成人：" + "、".join(names) + "。特发此证。"
    y = pg.wrap(30, y, 150, text, 14, ctx.body, 2.1, 14 * ink.PT * 2)
    ink.body(pg, ctx, 30, y + 10, f"编号：{d.year}{digits(rng, 4)}", 11)
    ink.body(pg, ctx, 148, 235, issuer, 13, "c")
    ink.body(pg, ctx, 148, 245, day(d, st), 13, "c")
    ink.seal(pg, ctx, 148, 240, issuer, 20)
    holder = names[0] if len(names) == 1 else None
    return pg, {
        "names": names,
        "ranks": list(range(1, len(names) + 1)),
        "holder": holder,
        "title": title,
        "issuer": issuer,
        "name": name,
        "kind": "science_technology",
        "level": "bureau",
    }


def _social(ctx, pl, fld, d, grade, st):
    rng = ctx.rng
    pg = Page(bg=(248, 244, 250))
    ink.border(pg, "gold")
    prov = rng.random() < 0.5
    gov = f"{pl.prov}省人民政府" if prov else f"{pl.city}市人民政府"
    name = f"{pl.prov}省社会科学优秀成果奖" if prov else f"{pl.city}市社会科学优秀成果奖"
    title = ctx.pick("award.soc", [f"{pl.prov}省{rng.choice(['县域', '乡村', '城乡'])}{rng.choice(['教育均衡发展', '养老服务体系', '公共卫生治理', '产业融合'])}研究",
                                    article_title(ctx, "edu"), f"新时代{rng.choice(['乡村教师队伍建设', '基层医疗卫生人才发展', '农业社会化服务'])}路径研究"])  # fmt: skip
    who = people_names(rng, 1)[0]
    rank = rng.randint(1, 5)
    pre = _year_prefix(ctx, d)
    y = ink.spread(pg, ctx, 34, "获奖证书", 26, color=(100, 60, 130)) + 6
    y = ink.body(pg, ctx, 105, y, f"{pre}{name}", 15, "c") + 12
    rows = [("成果名称", title), ("成果形式", rng.choice(["论文", "研究报告", "专著"])), ("获奖等级", grade),
            ("作　　者", f"{who}（排名第{rank}）")]  # fmt: skip
    yy = y
    for lab, val in rows:
        pg.text(32, yy, lab + "：", 13, ctx.body)
        yy = pg.wrap(62, yy, 118, val, 13, ctx.body, 1.7) + 4
    ink.body(pg, ctx, 150, 236, gov, 14, "c")
    ink.body(pg, ctx, 150, 246, day(d, st), 13, "c")
    ink.seal(pg, ctx, 150, 240, gov, 21)
    return pg, {
        "names": [who],
        "ranks": [rank],
        "holder": who,
        "title": title,
        "issuer": gov,
        "name": name,
        "kind": "social_science",
        "level": "provincial" if prov else "municipal",
    }


def _contest(ctx, pl, fld, d, grade, st):
    rng = ctx.rng
    pg = Page(w=297, h=210, bg=(255, 252, 244))
    pg.rect(0, 0, 297, 18, 0, ink.BLACK, (196, 40, 40))
    pg.rect(0, 192, 297, 210, 0, ink.BLACK, (196, 40, 40))
    issuer, name = rng.choice([(f"{pl.city}市教育局", f"{pl.city}市中小学教师教学能力大赛"),
                               (f"{pl.prov}省教育厅", f"{pl.prov}省职业院校技能大赛教学能力比赛"),
                               (f"{pl.city}市卫生健康委员会", f"{pl.city}市护理技能竞赛"),
                               (f"{pl.city}市人力资源和社会保障局", f"{pl.city}市职业技能大赛")])  # fmt: skip
    title = ctx.pick("award.work", [f"{rng.choice(['圆的认识', '光的折射', '春', '分数的意义', '细胞的分裂'])}教学设计",
                                     f"{rng.choice(SUBJ['edu'][2])}视域下的{rng.choice(['单元', '课堂', '实训'])}教学实践",
                                     f"{rng.choice(['静脉输液', '心肺复苏', '无菌技术'])}操作技能展示"])  # fmt: skip
    team = rng.random() < 0.45
    names = people_names(rng, rng.randint(2, 4) if team else 1)
    pre = _year_prefix(ctx, d)
    ink.spread(pg, ctx, 30, "荣誉证书", 30, color=(190, 40, 40))
    if team:
        text = f"{'、'.join(names)}：在{pre}{name}中，作品“{title}”荣获{grade}。"
    else:
        text = f"{names[0]}老师：在{pre}{name}中，参赛作品“{title}”荣获{grade}。"
    pg.wrap(40, 70, 217, text + "特发此证，以资鼓励。", 16, ctx.body, 2.1, 16 * ink.PT * 2)
    ink.body(pg, ctx, 225, 160, issuer, 14, "c")
    ink.body(pg, ctx, 225, 170, day(d, st), 13, "c")
    ink.seal(pg, ctx, 225, 164, issuer, 20)
    return pg, {
        "names": names,
        "ranks": list(range(1, len(names) + 1)),
        "holder": None if team else names[0],
        "title": title,
        "issuer": issuer,
        "name": name,
        "kind": "competition",
        "level": "bureau",
    }


def _countygov(ctx, pl, fld, d, grade, st):
    rng = ctx.rng
    pg = Page(bg=(250, 250, 244))
    ink.border(pg, "green")
    cty = county_suffix(pl.county)
    gov = f"{cty}人民政府"
    name = f"{cty}科学技术奖"
    title = _project_name(ctx, fld)
    who = people_names(rng, 1)[0]
    pre = _year_prefix(ctx, d)
    y = ink.spread(pg, ctx, 40, "证书", 30, color=(40, 110, 70)) + 10
    text = f"{who}同志参加完成的“{title}”项目，获{pre}{name}{grade}。特发此证。"
    y = pg.wrap(32, y, 146, text, 14, ctx.body, 2.1, 14 * ink.PT * 2)
    ink.body(pg, ctx, 32, y + 10, f"证书编号：{cty[:2]}科奖〔{d.year}〕{rng.randint(1, 60)}号", 11)
    ink.body(pg, ctx, 148, 232, gov, 14, "c")
    ink.body(pg, ctx, 148, 242, day(d, st), 13, "c")
    ink.seal(pg, ctx, 148, 236, gov, 20)
    return pg, {
        "names": [who],
        "ranks": [1],
        "holder": who,
        "title": title,
        "issuer": gov,
        "name": name,
        "kind": "science_technology",
        "level": "county",
    }


# ---- project completion ------------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    rng = ctx.rng
    pl = where(rng)
    fld = rng.choice(list(SUBJ))
    d = dt.date(rng.randint(2017, 2024), rng.randint(1, 12), rng.randint(1, 28))
    issuer, scheme = rng.choice([(f"{pl.prov}省教育科学规划领导小组办公室", f"{pl.prov}省教育科学规划课题"),
                                 (f"{pl.city}市科学技术局", f"{pl.city}市科技计划项目"),
                                 (f"{pl.prov}省卫生健康委员会", f"{pl.prov}省医药卫生科技计划项目"),
                                 (f"{pl.city}市教育局", f"{pl.city}市教育科学研究课题"),
                                 (f"{pl.prov}省农业农村厅", f"{pl.prov}省农业科技创新项目")])  # fmt: skip
    title = _project_name(ctx, fld)
    solo = v in ("cert", "letter")
    names = people_names(rng, 1 if solo else rng.randint(3, 7))
    code = f"{rng.choice(['2', ''])}{d.year - rng.randint(1, 3)}{rng.choice(['YB', 'ZD', 'GH', 'KJ', 'JG'])}{rng.randint(1, 400):03d}"
    unit = rng.choice([workplace(rng, pl), rng.choice(COLLEGES[pl.prov])])
    st = pick_style(ctx)
    fn = {"cert": _pcert, "members": _pmembers, "letter": _pletter, "form": _pform, "portal": _pportal}[v]
    pg = fn(ctx, pl, issuer, scheme, title, names, code, unit, d, st)
    people = [{"name": n, "rank": i + 1, "role": "project_leader" if i == 0 else "project_member"}
              for i, n in enumerate(names)]  # fmt: skip
    fields = {"holder": names[0] if solo else None, "title": title, "people": people, "issuer": issuer,
              "issued_on": iso(d)}  # fmt: skip
    return Doc("project_completion", f"project16-{v}", [pg], fields, ["holder", "title", "people", "issuer", "issued_on"],
               {"person": rng.choice(names), "year": d.year})  # fmt: skip


def _pcert(ctx, pl, issuer, scheme, title, names, code, unit, d, st):
    pg = Page(bg=(250, 246, 236))
    ink.border(pg, "red")
    y = ink.spread(pg, ctx, 44, "结题证书", 28, color=(160, 30, 30)) + 14
    text = (f"{unit}　{names[0]}同志主持的{scheme}《{title}》（课题编号：{code}），经专家组鉴定，"
            f"达到预期研究目标，准予结题。")  # fmt: skip
    y = pg.wrap(30, y, 150, text, 14, ctx.body, 2.1, 14 * ink.PT * 2)
    y = ink.body(pg, ctx, 58, y + 2, "特发此证。", 14)
    ink.body(pg, ctx, 30, 262, f"证书编号：JT{d.year}{digits(ctx.rng, 4)}", 10.5)
    ink.body(pg, ctx, 145, 225, issuer, 13, "c")
    ink.body(pg, ctx, 145, 235, day(d, st), 13, "c")
    ink.seal(pg, ctx, 145, 229, issuer, 21)
    return pg


def _pmembers(ctx, pl, issuer, scheme, title, names, code, unit, d, st):
    rng = ctx.rng
    pg = Page(w=297, h=210, bg=(247, 250, 247))
    ink.border(pg, "green")
    ink.spread(pg, ctx, 24, "结题证书", 26, color=(40, 100, 70))
    rows = [["课题名称", title], ["课题类别", scheme], ["立项编号", code], ["承担单位", unit], ["主 持 人", names[0]],
            ["课题组成员", "、".join(names[1:])], ["鉴定等级", rng.choice(["优秀", "良好", "合格"])]]  # fmt: skip
    pg.table(40, 46, [40, 177], rows, 11.5, ctx.body, 12)
    ink.body(pg, ctx, 230, 176, issuer, 12.5, "c")
    ink.body(pg, ctx, 230, 186, day(d, st), 12.5, "c")
    ink.seal(pg, ctx, 230, 180, issuer, 20)
    return pg


def _pletter(ctx, pl, issuer, scheme, title, names, code, unit, d, st):
    pg = Page()
    y = ink.spread(pg, ctx, 40, "结题证明", 22) + 12
    text = (f"兹证明，由{unit}　{names[0]}主持承担的{scheme}“{title}”（项目编号：{code}），已按计划完成各项研究任务，"
            f"于{day(d, st)}通过结题验收。")  # fmt: skip
    y = pg.wrap(25, y, 160, text, 13, ctx.body, 2.0, 13 * ink.PT * 2)
    y = ink.body(pg, ctx, 34, y + 2, "特此证明。", 13)
    ink.body(pg, ctx, 150, y + 40, issuer, 13, "c")
    ink.body(pg, ctx, 150, y + 50, day(d, st), 13, "c")
    ink.seal(pg, ctx, 150, y + 44, issuer, 20)
    return pg


def _pform(ctx, pl, issuer, scheme, title, names, code, unit, d, st):
    rng = ctx.rng
    pg = Page()
    y = ink.bold(pg, ctx, 105, 22, f"{scheme}", 13)
    y = ink.bold(pg, ctx, 105, y, "结题验收意见表", 18) + 4
    start = dt.date(d.year - rng.randint(1, 3), rng.randint(1, 12), 1)
    rows = [["项目名称", title], ["项目编号", code], ["承担单位", unit], ["项目负责人", names[0]],
            ["主要参加人员", "、".join(names[1:])], ["起止时间", f"{start.year}年{start.month}月—{d.year}年{d.month}月"]]  # fmt: skip
    y = pg.table(18, y, [36, 138], rows, 10.5, ctx.body, 12)
    op = ("验收专家组听取了项目组汇报，审阅了相关资料，经质询讨论，认为该项目完成了任务书规定的研究内容，"
          "技术资料齐全，同意通过结题验收。")  # fmt: skip
    top = y
    y = pg.table(18, y, [36, 138], [["验收意见", ""]], 10.5, ctx.body, 50)
    pg.wrap(58, top + 4, 130, op, 10.5, ctx.body, 1.8, 7.4)
    ink.body(pg, ctx, 140, y + 12, f"验收单位（盖章）：{issuer}", 10.5, "c")
    ink.body(pg, ctx, 140, y + 22, day(d, st), 10.5, "c")
    ink.seal(pg, ctx, 150, y + 16, issuer, 18)
    return pg


def _pportal(ctx, pl, issuer, scheme, title, names, code, unit, d, st):
    rng = ctx.rng
    pg = Page(w=297, h=180)
    pg.rect(0, 0, 297, 16, 0, ink.BLACK, (28, 80, 150))
    ink.bold(pg, ctx, 10, 4, f"{issuer} · 科研项目管理系统", 12, "l", (255, 255, 255))
    ink.body(pg, ctx, 287, 5, f"当前用户：{names[rng.randrange(len(names))]}", 9, "r", (230, 230, 230))
    ink.body(pg, ctx, 12, 22, "首页 / 我的项目 / 项目详情", 8.5, color=ink.GREY)
    pg.rect(12, 30, 285, 42, 0, ink.BLACK, (238, 243, 250))
    ink.bold(pg, ctx, 16, 33, title, 12, "l")
    pg.rect(250, 32, 280, 40, 0, ink.BLACK, (40, 150, 80))
    ink.body(pg, ctx, 265, 33.5, "已结题", 9.5, "c", (255, 255, 255))
    rows = [("项目类别", scheme), ("项目编号", code), ("依托单位", unit), ("负责人", names[0]),
            ("项目成员", "、".join(names[1:])), ("结题日期", day(d, st)), ("结题证书编号", f"JT-{d.year}-{digits(rng, 5)}")]  # fmt: skip
    ink.pairs(pg, ctx, 20, 50, rows, 10.5, 32, "：", 2.0)
    ink.body(pg, ctx, 148, 172, "打印页面仅供参考", 8, "c", ink.GREY)
    return pg
