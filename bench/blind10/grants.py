"""Draw 10's patent certificates, award certificates and project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind10 import kit
from bench.blind10.pools import (
    AWARD_PROJECTS,
    CONTEST_WORKS,
    COUNTIES,
    PATENT_DESIGNS,
    PATENT_INVENTIONS,
    PROJECTS,
    SOCIAL_WORKS,
    STYLES,
    Ctx,
    day,
    han_num,
    han_year,
    iso,
    later,
    month,
    people,
    place,
    units,
    when,
    ym,
    zl_check,
)
from bench.blind10.truth import doc, who

CNIPA = "国家知识产权局"
KIND = {"invention": ("发明", "1", "B", "二十年"), "utility_model": ("实用新型", "2", "U", "十年"),
        "design": ("外观设计", "3", "S", "十五年")}  # fmt: skip
COMPANIES = [
    "{c}{x}农业科技有限公司",
    "{c}{x}医疗器械有限公司",
    "{c}{x}建设集团有限公司",
    "{c}{x}智能装备有限公司",
]


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    rng = ctx.rng
    pl = place(rng)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(v) or rng.choice(
        ["invention", "utility_model"]
    )
    applied = when(rng, 2015, 2023)
    lag = {"invention": (420, 1100), "utility_model": (110, 330), "design": (80, 260)}[kind]
    granted = later(applied, *lag, rng)
    serial = f"{applied.year}{KIND[kind][1]}{rng.randint(0, 9999999):07d}"
    number = f"ZL{serial}.{zl_check(serial)}"
    pool = PATENT_INVENTIONS if kind == "invention" else [t for t in PATENT_INVENTIONS if "方法" not in t]
    title = rng.choice(PATENT_DESIGNS if kind == "design" else pool)
    inventors = people(rng, rng.randint(1, 6))
    owner = (
        pl.college(rng)
        if rng.random() < 0.5
        else rng.choice(COMPANIES).format(c=pl.city, x=rng.choice(["德润", "华晟", "恒泰", "立达", "博远"]))
    )
    c = {"kind": kind, "applied": applied, "granted": granted, "serial": serial, "number": number, "title": title,
         "inventors": inventors, "owner": owner, "pl": pl, "style": ctx.pick("date", ["nian", "nian0"])}  # fmt: skip
    build = {"invention": _pt_classic, "utility": _pt_classic, "design": _pt_classic, "e-cert": _pt_ecert,
             "register": _pt_register}[v]  # fmt: skip
    pages = build(ctx, c)
    f = {
        "title": title, "people": who(inventors, "inventor"), "issuer": CNIPA, "issued_on": iso(granted),
        "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)},
    }  # fmt: skip
    return doc("patent_certificate", "patent", v, pages, f, (rng.choice(inventors), granted.year))


def _spaced_number(c: dict) -> str:
    s = c["serial"]
    return f"ZL {s[:4]} {s[4]} {s[5:]}.{c['number'][-1]}"


def _pub_no(ctx: Ctx, c: dict) -> str:
    lead = {"invention": "1", "utility_model": "2", "design": "3"}[c["kind"]]
    return f"CN {lead}{ctx.rng.randint(0, 99999999):08d} {KIND[c['kind']][2]}"


def _pt_classic(ctx: Ctx, c: dict) -> list[Page]:
    label, _, _, term = KIND[c["kind"]]
    if c["kind"] == "design" and c["applied"] < dt.date(2021, 6, 1):
        term = "十年"
    pg = kit.portrait()
    kit.border(pg, 0, (120, 100, 60))
    pg.text(pg.w / 2, 22, "中华人民共和国国家知识产权局", 11, ctx.body, "c")
    y = kit.centre(pg, ctx, 36, f"{label}专利证书", 28, True)
    pg.text(pg.w - 30, y + 2, f"证书号第{ctx.rng.randint(100000, 6999999)}号", 12, ctx.body, "r")
    who_lab = "设计人" if c["kind"] == "design" else "发明人"
    name_lab = f"{label}名称" if c["kind"] != "utility_model" else "实用新型名称"
    st = c["style"]
    rows = [
        (name_lab, c["title"]), (who_lab, "；".join(c["inventors"])), ("专利号", _spaced_number(c)),
        ("专利申请日", day(c["applied"], st)), ("专利权人", c["owner"]),
        ("地址", f"{c['pl'].prov}省{c['pl'].city}市{ctx.rng.choice(['高新区', '经济开发区'])}"
                 f"{ctx.rng.choice(['科技路', '创业大道', '新华路'])}{ctx.rng.randint(1, 300)}号"),
        ("授权公告日", day(c["granted"], st)), ("授权公告号", _pub_no(ctx, c)),
    ]  # fmt: skip
    y = kit.pairs(pg, ctx, 30, y + 14, rows, 12.5, 30)
    what = {"invention": "本发明", "utility_model": "本实用新型", "design": "本外观设计"}[c["kind"]]
    text = (f"{what}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{label}专利证书并在专利登记簿上"
            f"予以登记。专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")  # fmt: skip
    y = kit.prose(pg, ctx, 30, y + 8, pg.w - 60, text, 11.5)
    y = kit.prose(pg, ctx, 30, y + 2, pg.w - 60, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、"
                  "恢复和专利权人的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 10.5)  # fmt: skip
    pg.text(pg.w - 70, y + 14, "局长", 12, ctx.body)
    kit.hand(pg, ctx, pg.w - 56, y + 12, people(ctx.rng, 1, set(c["inventors"]))[0], 17)
    kit.seal(pg, ctx, pg.w - 52, y + 16, CNIPA, 21)
    pg.text(
        pg.w / 2,
        pg.h - 22,
        "第 1 页（共 2 页）" if c["kind"] == "invention" else "第 1 页（共 1 页）",
        9,
        ctx.body,
        "c",
    )
    if c["kind"] != "invention":
        return [pg]
    p2 = kit.portrait()
    kit.border(p2, 0, (120, 100, 60))
    p2.text(30, 30, f"专利号：{_spaced_number(c)}", 11, ctx.body)
    y = kit.prose(p2, ctx, 30, 44, p2.w - 60, "年费缴纳：本专利的年费应当在每年申请日前一个月内缴纳。"
                  "未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。", 11)  # fmt: skip
    kit.prose(
        p2,
        ctx,
        30,
        y + 4,
        p2.w - 60,
        f"申请日时本专利记载的申请人：{c['owner']}；发明人：" + "；".join(c["inventors"]),
        11,
    )
    p2.text(p2.w / 2, p2.h - 22, "第 2 页（共 2 页）", 9, ctx.body, "c")
    return [pg, p2]


def _pt_ecert(ctx: Ctx, c: dict) -> list[Page]:
    label = KIND[c["kind"]][0]
    pg = kit.portrait()
    pg.rect(0, 0, pg.w, 30, 0.0, (200, 40, 40), (200, 40, 40))
    pg.text(20, 10, CNIPA, 16, ctx.bold, color=(255, 255, 255))
    kit.qr(pg, ctx.rng, pg.w - 44, 40, 26)
    y = kit.centre(pg, ctx, 44, f"{label}专利证书", 24, True)
    pg.text(pg.w / 2, y, "（电子证书）", 10, ctx.body, "c", kit.GREY)
    st = c["style"]
    rows = [
        ("证书号", f"第{ctx.rng.randint(3000000, 7999999)}号"), ("专利号", c["number"]),
        ("名称", c["title"]), ("发明人", "，".join(c["inventors"])),
        ("专利权人", c["owner"]), ("申请日", day(c["applied"], st)), ("授权公告日", day(c["granted"], st)),
        ("授权公告号", _pub_no(ctx, c).replace(" ", "")),
    ]  # fmt: skip
    y = 76.0
    for lab, val in rows:
        pg.rect(24, y, 64, y + 12, 0.3, (160, 160, 160), (242, 242, 242))
        pg.rect(64, y, pg.w - 24, y + 12, 0.3, (160, 160, 160))
        pg.text(44, y + 3.6, lab, 11, ctx.body, "c")
        pg.text(68, y + 3.6, val, kit.fit(val, ctx.body, 11, pg.w - 96), ctx.body)
        y += 12
    kit.prose(pg, ctx, 24, y + 10, pg.w - 48, "本证书为电子专利证书，与纸质专利证书具有同等法律效力。可扫描右上角二维码"
              "或登录国家知识产权局专利业务办理系统核验。", 10.5)  # fmt: skip
    kit.seal(pg, ctx, pg.w - 60, y + 40, CNIPA, 21)
    return [pg]


def _pt_register(ctx: Ctx, c: dict) -> list[Page]:
    pg = kit.portrait()
    y = kit.centre(pg, ctx, 26, "专利登记簿副本", 22, True)
    st = c["style"]
    pg.text(pg.w - 24, y, f"专利号：{c['number']}", 10.5, ctx.body, "r")
    rows = [
        ["授权公告日", day(c["granted"], st)], ["申请日", day(c["applied"], st)],
        ["发明创造名称", c["title"]], ["专利类型", KIND[c["kind"]][0]], ["专利权人", c["owner"]],
        ["发明人/设计人", "、".join(c["inventors"])], ["法律状态", "专利权维持"],
        ["年费缴纳情况", f"已缴纳第{ctx.rng.randint(1, 4)}年度年费"],
    ]  # fmt: skip
    y = pg.table(22, y + 8, [40, 126], rows, 11, ctx.body, row_h=12, fonts={0: ctx.bold})
    pg.text(pg.w - 30, y + 20, f"{CNIPA}专利局", 12, ctx.body, "r")
    pg.text(pg.w - 30, y + 30, day(later(c["granted"], 30, 700, ctx.rng), st), 12, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 52, y + 24, CNIPA, 20)
    return [pg]


# ---- awards ---------------------------------------------------------------------------------------------
ABBR = {"山东": "鲁", "河南": "豫", "湖南": "湘"}
GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    rng = ctx.rng
    pl = place(rng)
    style = ctx.pick("date", STYLES)
    on = when(rng, 2017, 2024)
    build = {"personal": _aw_personal, "team": _aw_team, "social": _aw_social, "contest": _aw_contest,
             "county": _aw_county, "booklet": _aw_booklet}[v]  # fmt: skip
    pages, f, claim = build(ctx, pl, on, style)
    return doc("award_certificate", "award", v, pages, f, (claim, int(f["issued_on"][:4])))


def _sci(ctx: Ctx, pl, level: str) -> tuple[str, str]:  # noqa: ANN001
    if level == "provincial":
        return f"{pl.prov}省科学技术进步奖", f"{pl.prov}省人民政府"
    return f"{pl.city}市科学技术进步奖", f"{pl.city}市人民政府"


def _aw_personal(ctx, pl, on, style):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    kit.border(pg, 1)
    level = ctx.rng.choice(["municipal", "provincial"])
    name, issuer = _sci(ctx, pl, level)
    grade = ctx.rng.choice(GRADES)
    holder = people(ctx.rng, 1)[0]
    rank = ctx.rng.randint(1, 7)
    project = ctx.rng.choice(AWARD_PROJECTS)
    y = kit.centre(pg, ctx, 40, kit.spaced("荣誉证书", "  "), 32, True, (170, 30, 30))
    pg.text(30, y + 14, f"{holder}同志：", 15, ctx.body)
    text = (
        f"您作为第{rank}完成人参加完成的“{project}”项目，荣获{on.year}年度{name}{grade}。特发此证，以资鼓励。"
    )
    y = kit.prose(pg, ctx, 30, y + 26, pg.w - 60, text, 15)
    pg.text(
        30, y + 10, f"证书编号：{on.year}-J-{ctx.rng.randint(100, 999)}-{grade[0]}-{rank:02d}", 11, ctx.body
    )
    pg.text(pg.w - 34, y + 34, issuer, 14, ctx.body, "r")
    pg.text(pg.w - 34, y + 44, day(on, style), 14, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 34 - width_mm(issuer, ctx.body, 14) / 2, y + 38, issuer, 22)
    f = {"holder": holder, "title": project, "people": who([holder], "awardee", [rank]), "issuer": issuer,
         "issued_on": iso(on), "award": {"name": name, "kind": "science_technology", "level": level, "grade": grade}}  # fmt: skip
    return [pg], f, holder


def _aw_team(ctx, pl, on, style):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    kit.border(pg, 0)
    level = ctx.rng.choice(["municipal", "provincial"])
    name, issuer = _sci(ctx, pl, level)
    grade = ctx.rng.choice(GRADES)
    names = people(ctx.rng, ctx.rng.randint(3, 9))
    project = ctx.rng.choice(AWARD_PROJECTS)
    y = kit.centre(pg, ctx, 36, ctx.pick("tm.head", ["获奖证书", "科学技术奖励证书"]), 28, True)
    y = kit.prose(
        pg,
        ctx,
        30,
        y + 10,
        pg.w - 60,
        "为表彰在推动科学技术进步工作中作出突出贡献的单位和个人，特颁发此证书。",
        13,
    )
    rows = [("获奖项目", project), ("奖励等级", f"{name}{grade}"),
            ("完成单位", "、".join(units(ctx.rng, pl, 2))), ("主要完成人", "、".join(names)),
            ("证书号", f"{on.year}{ctx.rng.choice(['J', 'KJ'])}-{ctx.rng.randint(1, 3)}-{ctx.rng.randint(10, 99)}-R01")]  # fmt: skip
    for lab, val in rows:
        pg.text(30, y + 4, f"{lab}：", 12.5, ctx.body)
        y = pg.wrap(60, y + 4, pg.w - 90, val, 12.5, ctx.body, lead=1.7) + 2
    pg.text(pg.w - 34, y + 24, issuer, 13.5, ctx.body, "r")
    pg.text(pg.w - 34, y + 34, day(on, style), 13.5, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 34 - width_mm(issuer, ctx.body, 13.5) / 2, y + 28, issuer, 22)
    f = {"holder": None, "title": project, "people": who(names, "awardee"), "issuer": issuer, "issued_on": iso(on),
         "award": {"name": name, "kind": "science_technology", "level": level, "grade": grade}}  # fmt: skip
    return [pg], f, names[ctx.rng.randrange(len(names))]


def _aw_social(ctx, pl, on, style):  # noqa: ANN001, ANN202
    pg = kit.landscape()
    kit.border(pg, 1)
    provincial = ctx.rng.random() < 0.5
    name = f"{pl.prov}省社会科学优秀成果奖" if provincial else f"{pl.city}市社会科学优秀成果奖"
    issuer = f"{pl.prov}省人民政府" if provincial else f"{pl.city}市人民政府"
    grade = ctx.rng.choice(GRADES)
    names = people(ctx.rng, ctx.rng.randint(1, 3))
    work = ctx.rng.choice(SOCIAL_WORKS)
    form = ctx.rng.choice(["研究报告", "论文", "专著"])
    y = kit.centre(pg, ctx, 28, kit.spaced("获奖证书", "  "), 30, True, (160, 30, 30))
    rows = [("成果名称", f"《{work}》"), ("成果形式", form), ("作    者", "  ".join(names)),
            ("获奖等级", grade)]  # fmt: skip
    y = kit.pairs(pg, ctx, 60, y + 10, rows, 15, 36)
    y = kit.prose(pg, ctx, 60, y + 2, pg.w - 120, f"该成果荣获{on.year}年度{name}{grade}，特发此证。", 15)
    pg.text(pg.w - 60, y + 16, issuer, 14, ctx.body, "c")
    pg.text(pg.w - 60, y + 26, day(on, style), 14, ctx.body, "c")
    kit.seal(pg, ctx, pg.w - 60, y + 20, issuer, 21)
    f = {"holder": names[0] if len(names) == 1 else None, "title": work, "people": who(names, "awardee"),
         "issuer": issuer, "issued_on": iso(on),
         "award": {"name": name, "kind": "social_science", "level": "provincial" if provincial else "municipal",
                   "grade": grade}}  # fmt: skip
    return [pg], f, names[ctx.rng.randrange(len(names))]


CONTESTS = [
    ("中小学青年教师教学能力大赛", "教育局"),
    ("卫生系统护理技能竞赛", "卫生健康委员会"),
    ("农业技术推广人员技能大赛", "农业农村局"),
    ("职业院校教师教学能力比赛", "教育局"),
    ("专业技术人员职业技能竞赛", "人力资源和社会保障局"),
]


def _aw_contest(ctx, pl, on, style):  # noqa: ANN001, ANN202
    pg = kit.landscape()
    kit.border(pg, 0, (180, 140, 40))
    event, office = ctx.rng.choice(CONTESTS)
    contest = f"{pl.city}市{event}"
    issuer = f"{pl.city}市{office}"
    grade = ctx.rng.choice(GRADES + ["优秀奖"])
    holder = people(ctx.rng, 1)[0]
    work = ctx.rng.choice(CONTEST_WORKS)
    y = kit.centre(pg, ctx, 30, kit.spaced("证书", "    "), 34, True, (170, 120, 20))
    pg.text(50, y + 12, f"{holder}：", 16, ctx.body)
    text = f"在{on.year}年{contest}中，参赛作品{work}荣获{grade}。"
    y = kit.prose(pg, ctx, 50, y + 24, pg.w - 100, text, 16)
    pg.text(pg.w - 60, y + 20, issuer, 14, ctx.body, "c")
    pg.text(pg.w - 60, y + 30, day(on, style), 14, ctx.body, "c")
    kit.seal(pg, ctx, pg.w - 60, y + 24, issuer, 20)
    f = {"holder": holder, "title": work.strip("《》"), "people": who([holder], "awardee"), "issuer": issuer,
         "issued_on": iso(on), "award": {"name": contest, "kind": "competition", "level": "municipal", "grade": grade}}  # fmt: skip
    return [pg], f, holder


def _aw_county(ctx, pl, on, style):  # noqa: ANN001, ANN202
    county = next((c for c in COUNTIES[pl.city] if c.endswith("县")), "东平县")
    pg = kit.portrait()
    kit.border(pg, 2)
    issuer = f"{county}人民政府"
    name = f"{county}科学技术奖"
    grade = ctx.rng.choice(GRADES)
    holder = people(ctx.rng, 1)[0]
    rank = ctx.rng.randint(1, 5)
    project = ctx.rng.choice(AWARD_PROJECTS)
    y = kit.centre(pg, ctx, 40, "奖  励  证  书", 28, True)
    rows = [["项目名称", project], ["奖励类别", name], ["奖励等级", grade], ["获 奖 者", f"{holder}（排名第{rank}）"],
            ["证书编号", f"{on.year}-{ctx.rng.randint(1, 40):03d}"]]  # fmt: skip
    y = pg.table(26, y + 14, [36, 122], rows, 12, ctx.body, row_h=16)
    d = f"{han_year(on.year)}年{han_num(on.month)}月"
    pg.text(pg.w - 34, y + 26, issuer, 14, ctx.body, "r")
    pg.text(pg.w - 34, y + 36, d, 14, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 34 - width_mm(issuer, ctx.body, 14) / 2, y + 30, issuer, 20)
    f = {"holder": holder, "title": project, "people": who([holder], "awardee", [rank]), "issuer": issuer,
         "issued_on": ym(on.year, on.month), "award": {"name": name, "kind": "science_technology",
                                                      "level": "county", "grade": grade}}  # fmt: skip
    return [pg], f, holder


def _aw_booklet(ctx, pl, on, style):  # noqa: ANN001, ANN202
    cover = Page(150.0, 210.0, bg=(160, 30, 34))
    cover.text(cover.w / 2, 80, "荣誉证书", 32, ctx.bold, "c", (240, 205, 120))
    inner = Page(150.0, 210.0, bg=(252, 248, 236))
    name, issuer = _sci(ctx, pl, "provincial")
    grade = ctx.rng.choice(GRADES)
    holder = people(ctx.rng, 1)[0]
    rank = ctx.rng.randint(1, 9)
    project = ctx.rng.choice(AWARD_PROJECTS)
    y = kit.centre(inner, ctx, 30, name, 17, True, (160, 30, 30))
    y = inner.wrap(18, y + 10, inner.w - 36, f"获奖项目：{project}", 12, ctx.body, lead=1.7)
    y = kit.pairs(
        inner, ctx, 18, y + 2, [("奖励等级", grade), ("获奖人", holder), ("排名", f"第{rank}位")], 12, 24
    )
    y = kit.prose(
        inner, ctx, 18, y + 4, inner.w - 36, "为表彰在科学技术进步中作出重要贡献者，特颁发此证书。", 12
    )
    d = day(on, "han")
    inner.text(inner.w - 20, y + 18, issuer, 12, ctx.body, "r")
    inner.text(inner.w - 20, y + 27, d, 12, ctx.body, "r")
    kit.seal(inner, ctx, inner.w - 20 - width_mm(issuer, ctx.body, 12) / 2, y + 22, issuer, 18)
    f = {"holder": holder, "title": project, "people": who([holder], "awardee", [rank]), "issuer": issuer,
         "issued_on": iso(on), "award": {"name": name, "kind": "science_technology", "level": "provincial",
                                         "grade": grade}}  # fmt: skip
    return [cover, inner], f, holder


# ---- project completion ---------------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    rng = ctx.rng
    pl = place(rng)
    style = ctx.pick("date", STYLES)
    on = when(rng, 2017, 2024)
    title = rng.choice(PROJECTS)
    team = people(rng, rng.randint(3, 7))
    scheme = rng.choice([
        (f"{pl.prov}省教育科学规划课题", f"{pl.prov}省教育科学规划领导小组办公室"),
        (f"{pl.prov}省社会科学规划项目", f"{pl.prov}省社会科学规划办公室"),
        (f"{pl.city}市科技计划项目", f"{pl.city}市科学技术局"),
        (f"{pl.prov}省卫生健康科研项目", f"{pl.prov}省卫生健康委员会"),
    ])  # fmt: skip
    code = f"{ABBR[pl.prov]}{rng.choice(['JG', 'SK', 'KJ', 'WJ'])}{on.year - rng.randint(1, 3)}{rng.randint(1, 999):03d}"
    build = {"cert": _pj_cert, "letter": _pj_letter, "acceptance": _pj_accept, "landscape": _pj_landscape,
             "report": _pj_report}[v]  # fmt: skip
    pages, f = build(ctx, title, team, scheme, code, on, style, pl)
    f["title"] = title
    claim = rng.choice([p["name"] for p in f["people"]])
    return doc("project_completion", "project", v, pages, f, (claim, int(f["issued_on"][:4])))


def _team(team: list[str]) -> list[dict]:
    return who(team[:1], "project_leader") + who(team[1:], "project_member", list(range(2, len(team) + 1)))


def _pj_cert(ctx, title, team, scheme, code, on, style, pl):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    kit.border(pg, 0, (30, 80, 140))
    y = kit.centre(pg, ctx, 36, kit.spaced("结题证书", "  "), 30, True)
    pg.text(pg.w - 30, y, f"证书编号：{code}-JT", 11, ctx.body, "r")
    rows = [("课题名称", title), ("课题类别", scheme[0]), ("立项编号", code), ("课题主持人", team[0]),
            ("课题组成员", "、".join(team[1:])), ("鉴定等级", ctx.rng.choice(["优秀", "良好", "合格"]))]  # fmt: skip
    y += 14
    for lab, val in rows:
        pg.text(28, y, f"{lab}：", 12.5, ctx.body)
        y = pg.wrap(62, y, pg.w - 90, val, 12.5, ctx.body, lead=1.7) + 3
    y = kit.prose(
        pg, ctx, 28, y + 6, pg.w - 56, "经专家组鉴定，该课题已完成预定研究任务，准予结题。特发此证。", 13
    )
    monthly = ctx.rng.random() < 0.5
    d = month(on.year, on.month, style) if monthly else day(on, style)
    pg.text(pg.w - 30, y + 20, scheme[1], 13, ctx.body, "r")
    pg.text(pg.w - 30, y + 30, d, 13, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 30 - width_mm(scheme[1], ctx.body, 13) / 2, y + 24, scheme[1], 21)
    return [pg], {"holder": None, "people": _team(team), "issuer": scheme[1],
                  "issued_on": ym(on.year, on.month) if monthly else iso(on)}  # fmt: skip


def _pj_letter(ctx, title, team, scheme, code, on, style, pl):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    org = ctx.rng.choice([f"{pl.college(ctx.rng)}科研处", scheme[1]])
    unit = pl.unit(ctx.rng)
    y = kit.centre(pg, ctx, 44, kit.spaced("结题证明", " "), 24, True)
    d = later(on, -40, -3, ctx.rng)
    text = (f"兹证明，由{unit}{team[0]}同志主持的{scheme[0]}“{title}”（立项编号：{code}），已按计划完成各项研究任务，"
            f"于{day(d, style)}通过专家组结题验收，准予结题。")  # fmt: skip
    y = kit.prose(pg, ctx, 28, y + 16, pg.w - 56, text, 14)
    y = kit.prose(pg, ctx, 28, y, pg.w - 56, "特此证明。", 14)
    pg.text(pg.w - 32, y + 24, org, 13, ctx.body, "r")
    pg.text(pg.w - 32, y + 34, day(on, style), 13, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 32 - width_mm(org, ctx.body, 13) / 2, y + 28, org, 20)
    return [pg], {
        "holder": team[0],
        "people": who(team[:1], "project_leader"),
        "issuer": org,
        "issued_on": iso(on),
    }


def _pj_accept(ctx, title, team, scheme, code, on, style, pl):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    y = kit.centre(
        pg, ctx, 22, f"{scheme[0].replace('课题', '').replace('项目', '')}项目验收意见表", 16, True
    )
    start = on.replace(year=on.year - 2)
    head = [["项目名称", title], ["项目编号", code], ["承担单位", pl.unit(ctx.rng)], ["项目负责人", team[0]],
            ["起止时间", f"{month(start.year, start.month, 'dot')}—{month(on.year, on.month, 'dot')}"]]  # fmt: skip
    y = pg.table(20, y + 4, [34, 136], head, 11, ctx.body, row_h=11, fonts={0: ctx.bold})
    pg.text(22, y + 4, "主要研究人员", 11.5, ctx.bold)
    orgs = units(ctx.rng, pl, len(team))
    rows = [["序号", "姓名", "工作单位", "职称", "分工"]]
    for i, n in enumerate(team):
        rows.append([str(i + 1), n, orgs[i], ctx.rng.choice(["副教授", "高级工程师", "主任医师", "讲师", "农艺师"]),
                     "总体设计" if i == 0 else ctx.rng.choice(["数据采集", "试验实施", "资料整理", "统计分析"])])  # fmt: skip
    y = pg.table(20, y + 11, [14, 26, 70, 30, 30], rows, 10, ctx.body, row_h=10, header_font=ctx.bold)
    pg.rect(20, y + 4, 190, y + 56, 0.3)
    pg.text(24, y + 7, "验收意见：", 11.5, ctx.bold)
    kit.prose(pg, ctx, 24, y + 15, 162, "该项目完成了任务书规定的各项研究内容，技术资料齐全，经费使用合理。"
              "验收组一致同意该项目通过验收。", 11)  # fmt: skip
    pg.text(pg.w - 24, y + 64, f"验收组织单位：{scheme[1]}", 11, ctx.body, "r")
    pg.text(pg.w - 24, y + 73, day(on, style), 11, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 50, y + 66, scheme[1], 19)
    return [pg], {"holder": None, "people": _team(team), "issuer": scheme[1], "issued_on": iso(on),
                  "period": None}  # fmt: skip


def _pj_landscape(ctx, title, team, scheme, code, on, style, pl):  # noqa: ANN001, ANN202
    pg = kit.landscape()
    kit.border(pg, 1)
    y = kit.centre(pg, ctx, 26, scheme[0], 16, True)
    y = kit.centre(pg, ctx, y + 2, kit.spaced("结项证书", "  "), 30, True, (160, 30, 30))
    rows = [("项目名称", title), ("项目编号", code), ("项目负责人", team[0]), ("结项等级", ctx.rng.choice(["合格", "良好"])),
            ("结项证书号", f"JX{on.year}{ctx.rng.randint(100, 999)}")]  # fmt: skip
    y = kit.pairs(pg, ctx, 56, y + 10, rows, 14.5, 40)
    d = f"{han_year(on.year)}年{han_num(on.month)}月"
    pg.text(pg.w - 60, y + 8, scheme[1], 14, ctx.body, "c")
    pg.text(pg.w - 60, y + 18, d, 14, ctx.body, "c")
    kit.seal(pg, ctx, pg.w - 60, y + 12, scheme[1], 21)
    return [pg], {"holder": team[0], "people": who(team[:1], "project_leader"), "issuer": scheme[1],
                  "issued_on": ym(on.year, on.month)}  # fmt: skip


def _pj_report(ctx, title, team, scheme, code, on, style, pl):  # noqa: ANN001, ANN202
    p1 = kit.portrait()
    p1.text(30, 30, f"立项编号：{code}", 11, ctx.body)
    y = kit.centre(p1, ctx, 60, scheme[0], 18, True)
    y = kit.centre(p1, ctx, y + 4, kit.spaced("结题报告书", " "), 28, True)
    unit = pl.unit(ctx.rng)
    rows = [
        ("课题名称", title),
        ("课题负责人", team[0]),
        ("所在单位", unit),
        ("填表日期", day(later(on, -90, -20, ctx.rng), style)),
    ]
    y += 30
    for lab, val in rows:
        p1.text(40, y, f"{lab}", 13, ctx.body)
        p1.line(74, y + 6, p1.w - 34, y + 6, 0.3)
        p1.text(76, y, val, kit.fit(val, ctx.body, 13, p1.w - 112), ctx.body)
        y += 16
    p1.text(p1.w / 2, 250, scheme[1] + "制", 12, ctx.body, "c")
    p2 = kit.portrait()
    y = kit.centre(p2, ctx, 26, "结题鉴定意见", 16, True)
    p2.text(24, y + 4, "课题组成员：" + "、".join(team), 11.5, ctx.body)
    p2.rect(20, y + 14, 190, y + 110, 0.3)
    y2 = kit.prose(p2, ctx, 24, y + 18, 162, f"“{title}”课题组按照研究方案开展了系统研究，研究成果具有较强的实践"
                   "指导意义。经专家组鉴定，同意结题。", 11.5)  # fmt: skip
    kit.hand(p2, ctx, 120, y2 + 14, "专家组组长：" + people(ctx.rng, 1, set(team))[0], 13)
    p2.text(p2.w - 26, y + 122, f"{scheme[1]}（盖章）", 12, ctx.body, "r")
    p2.text(p2.w - 26, y + 132, day(on, style), 12, ctx.body, "r")
    kit.seal(p2, ctx, p2.w - 60, y + 126, scheme[1], 20)
    return [p1, p2], {"holder": None, "people": _team(team), "issuer": scheme[1], "issued_on": iso(on)}
