"""Award certificates of draw 27: provincial, team list, bureau competition, society, landscape banner, county, and a
ruled-table certificate."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.journals import FILL, TOPICS
from bench.blind27.pools import STYLES, Ctx, d_str, iso_month, m_str, people, rnd_date, workplace
from bench.generator.truth import person

GRADES = ["一等奖", "二等奖", "三等奖"]
LESSONS = [
    "《一次函数的图象与性质》",
    "《背影》",
    "《光的折射》",
    "《细胞的分裂》",
    "《Unit 3 My Hometown》",
    "《圆的面积》",
]


def _project(ctx: Ctx) -> str:
    return ctx.pick(TOPICS).format(x=ctx.pick(FILL))


def _when(ctx: Ctx, month_only: bool) -> tuple[str, str, int]:
    d = rnd_date(ctx.rng, 2017, 2024)
    st = ctx.pick(STYLES)
    if month_only:
        return iso_month(d.year, d.month), m_str(d.year, d.month, st), d.year
    return d.isoformat(), d_str(d, st), d.year


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    return {"province": _province, "team": _team, "bureau": _bureau, "society": _society, "banner": _banner,
            "county": _county, "sheet": _sheet}[v](ctx, f"award27-{v}")  # fmt: skip


def _finish(layout: str, pages: list, *, title: str, names: list[tuple[str, int]], holder: str | None, issuer: str,
            iso: str, year: int, name: str, kind: str, level: str | None, grade: str, ctx: Ctx) -> Doc:  # fmt: skip
    f = {"holder": holder, "title": title, "people": [person(n, r, "awardee") for n, r in names], "issuer": issuer,
         "issued_on": iso, "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    sc = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.grade"]
    sc += ["award.level"] if level else []
    return kit.doc("award_certificate", layout, pages, f, sc, holder or ctx.pick([n for n, _ in names]), year)


def _personal(ctx: Ctx, layout: str, issuer: str, name: str, kind: str, level: str | None, title_word: str,
              landscape: bool = False, lead_year: bool = False) -> Doc:  # fmt: skip
    who = people(ctx.rng, 1)[0]
    rank = ctx.rng.randint(1, 7)
    title, grade = _project(ctx), ctx.pick(GRADES)
    iso, shown, year = _when(ctx, ctx.rng.random() < 0.4)
    pg = kit.page(landscape=landscape, tint=(255, 250, 240) if landscape else (255, 255, 255))
    red = (170, 30, 30)
    pg.rect(10, 10, pg.w - 10, pg.h - 10, 2.4, red)
    pg.rect(14, 14, pg.w - 14, pg.h - 14, 0.4, red)
    y = kit.centre(pg, ctx, 30 if landscape else 50, title_word, 30, color=red)
    shown_name = (f"{year - 1}年度" if lead_year else "") + name
    x, w = 36, pg.w - 72
    txt = "为表彰在推动科技进步和经济社会发展中做出突出贡献的人员，特颁发此证书。"
    y = kit.para(pg, ctx, x, y + 14, w, txt, 14, 2.0)
    for lab, val in (("获奖项目", title), ("奖励等级", f"{shown_name}{grade}"), ("获 奖 者", f"{who}（第{rank}完成人）"),
                     ("证书编号", f"{year}-{ctx.pick(['J', 'K', 'S'])}-{ctx.rng.randint(100, 999)}-R{rank:02d}")):  # fmt: skip
        pg.text(x, y + 4, f"{lab}：", 14, ctx.body)
        y = pg.wrap(x + 28, y + 4, w - 28, val, 14, ctx.body, 1.7) + 2
    cy = pg.h - (50 if landscape else 70)
    pg.text(pg.w - 70, cy, issuer, 14, ctx.body, "c")
    pg.text(pg.w - 70, cy + 12, shown, 14, ctx.body, "c")
    kit.seal(pg, ctx, pg.w - 70, cy + 4, issuer, 20)
    return _finish(layout, [pg], title=title, names=[(who, rank)], holder=who, issuer=issuer, iso=iso, year=year,
                   name=name, kind=kind, level=level, grade=grade, ctx=ctx)  # fmt: skip


def _province(ctx: Ctx, layout: str) -> Doc:
    if ctx.rng.random() < 0.5:
        return _personal(
            ctx,
            layout,
            "河南省人民政府",
            "河南省科学技术进步奖",
            "science_technology",
            "provincial",
            "证  书",
        )
    return _personal(
        ctx,
        layout,
        "河南省教育厅",
        "河南省教育厅人文社会科学研究优秀成果奖",
        "social_science",
        "bureau",
        "获奖证书",
    )


def _banner(ctx: Ctx, layout: str) -> Doc:
    return _personal(ctx, layout, "开封市人民政府", "开封市科学技术进步奖", "science_technology", "municipal", "荣 誉 证 书",
                     landscape=True, lead_year=True)  # fmt: skip


def _county(ctx: Ctx, layout: str) -> Doc:
    gov, place = ctx.pick([("兰考县人民政府", "兰考县"), ("巩义市人民政府", "巩义市"), ("尉氏县人民政府", "尉氏县"),
                           ("杞县人民政府", "杞县")])  # fmt: skip
    return _personal(ctx, layout, gov, f"{place}科学技术进步奖", "science_technology", "county", "获 奖 证 书",
                     landscape=ctx.rng.random() < 0.5)  # fmt: skip


def _team(ctx: Ctx, layout: str) -> Doc:
    """A project award certificate listing all main contributors in order; no single holder."""
    names = people(ctx.rng, ctx.rng.randint(3, 7))
    title, grade = _project(ctx), ctx.pick(GRADES)
    iso, shown, year = _when(ctx, ctx.rng.random() < 0.5)
    unit = workplace(ctx.rng)
    pg = kit.page()
    kit.centre(pg, ctx, 36, "开封市科学技术进步奖", 22)
    kit.centre(pg, ctx, 50, "证    书", 28)
    y = 80.0
    y = kit.para(pg, ctx, 30, y, 150, f"项目名称：{title}", 13.5, 2.0)
    y = kit.para(pg, ctx, 30, y, 150, f"获奖等级：{grade}", 13.5, 2.0)
    y = kit.para(pg, ctx, 30, y, 150, f"主要完成单位：{unit}", 13.5, 2.0)
    pg.text(30, y + 2, "主要完成人：", 13.5, ctx.body)
    y += 12
    for i in range(0, len(names), 4):
        pg.text(44, y, "　".join(names[i : i + 4]), 13.5, ctx.body)
        y += 9
    y = kit.para(pg, ctx, 30, y + 8, 150, "为表彰获得开封市科学技术进步奖者，特颁发此证书。", 13.5, 2.0)
    pg.text(150, 230, "开封市人民政府", 14, ctx.body, "c")
    pg.text(150, 242, shown, 14, ctx.body, "c")
    kit.seal(pg, ctx, 150, 234, "开封市人民政府", 20)
    return _finish(layout, [pg], title=title, names=[(n, i + 1) for i, n in enumerate(names)], holder=None,
                   issuer="开封市人民政府", iso=iso, year=year, name="开封市科学技术进步奖", kind="science_technology",
                   level="municipal", grade=grade, ctx=ctx)  # fmt: skip


def _bureau(ctx: Ctx, layout: str) -> Doc:
    """A teaching competition certificate from the city's education bureau, worded as one sentence."""
    who = people(ctx.rng, 1)[0]
    school = workplace(ctx.rng, "edu")
    lesson, grade = ctx.pick(LESSONS), ctx.pick(GRADES + ["特等奖"])
    name = ctx.pick(["开封市中小学优质课评选", "开封市青年教师课堂教学技能竞赛"])
    iso, shown, year = _when(ctx, ctx.rng.random() < 0.5)
    issuer = "开封市教育体育局"
    pg = kit.page(landscape=True, tint=(255, 248, 236))
    pg.rect(0, 0, 297, 22, 0, fill=(200, 40, 40))
    pg.rect(0, 188, 297, 210, 0, fill=(200, 40, 40))
    kit.centre(pg, ctx, 36, "荣  誉  证  书", 30, color=(180, 30, 30))
    txt = f"{school}{who}老师：在{year}年{name}活动中，执教的{lesson}荣获{grade}。特发此证，以资鼓励。"
    kit.para(pg, ctx, 40, 80, 217, txt, 17, 2.2)
    pg.text(220, 150, issuer, 15, ctx.body, "c")
    pg.text(220, 163, shown, 15, ctx.body, "c")
    kit.seal(pg, ctx, 220, 154, issuer, 20)
    return _finish(layout, [pg], title=lesson.strip("《》"), names=[(who, 1)], holder=who, issuer=issuer, iso=iso,
                   year=year, name=name, kind="competition", level="bureau", grade=grade, ctx=ctx)  # fmt: skip


def _society(ctx: Ctx, layout: str) -> Doc:
    who = people(ctx.rng, 1)[0]
    issuer, name = ctx.pick([("河南省医学会", "河南医学科学技术奖"), ("河南省护理学会", "河南省护理科技奖"),
                             ("河南省土木建筑学会", "河南省土木建筑科学技术奖")])  # fmt: skip
    title, grade = _project(ctx), ctx.pick(GRADES)
    rank = ctx.rng.randint(1, 5)
    iso, shown, year = _when(ctx, ctx.rng.random() < 0.5)
    pg = kit.page()
    pg.rect(20, 20, 190, 277, 0.6, (40, 90, 60))
    kit.centre(pg, ctx, 46, name, 20)
    kit.centre(pg, ctx, 62, "获奖证书", 26)
    pg.text(40, 100, f"{who}：", 15, ctx.body)
    y = kit.para(
        pg, ctx, 40, 116, 130, f"您参与完成的“{title}”项目获{name}{grade}（排名第{rank}）。", 15, 2.2
    )
    kit.para(pg, ctx, 40, y + 4, 130, "特发此证。", 15, 2.2)
    pg.text(140, 220, issuer, 14, ctx.body, "c")
    pg.text(140, 232, shown, 14, ctx.body, "c")
    kit.seal(pg, ctx, 140, 224, issuer)
    return _finish(layout, [pg], title=title, names=[(who, rank)], holder=who, issuer=issuer, iso=iso, year=year,
                   name=name, kind="science_technology", level=None, grade=grade, ctx=ctx)  # fmt: skip


def _sheet(ctx: Ctx, layout: str) -> Doc:
    """A ruled-table certificate of a social-science prize from the federation of social sciences."""
    names = people(ctx.rng, ctx.rng.randint(1, 3))
    title = ctx.pick(["开封宋文化旅游资源开发研究", "县域义务教育均衡发展路径研究", "黄河文化传承与乡村治理研究",
                      "开封市老旧小区改造中的居民参与研究", "基层医疗机构人才流失问题调查"])  # fmt: skip
    grade = ctx.pick(GRADES)
    iso, shown, year = _when(ctx, True)
    issuer, name = ctx.pick([("开封市社会科学界联合会", "开封市社会科学优秀成果奖"),
                             ("开封市人民政府", "开封市哲学社会科学优秀成果奖")])  # fmt: skip
    pg = kit.page()
    kit.centre(pg, ctx, 30, "获 奖 证 书", 24)
    rows = [["成果名称", title], ["成果形式", ctx.pick(["论文", "研究报告", "著作"])], ["作者", "、".join(names)],
            ["奖项", name], ["等级", grade], ["证书编号", f"KFSK{year}{ctx.rng.randint(100, 999)}"]]  # fmt: skip
    y = pg.table(25, 56, [40, 120], rows, 12, ctx.body, row_h=15)
    pg.text(145, y + 30, issuer, 13, ctx.body, "c")
    pg.text(145, y + 42, shown, 13, ctx.body, "c")
    kit.seal(pg, ctx, 145, y + 34, issuer)
    level = "municipal" if issuer.endswith("人民政府") else None
    holder = names[0] if len(names) == 1 else None
    return _finish(layout, [pg], title=title, names=[(n, i + 1) for i, n in enumerate(names)], holder=holder,
                   issuer=issuer, iso=iso, year=year, name=name, kind="social_science", level=level, grade=grade,
                   ctx=ctx)  # fmt: skip
