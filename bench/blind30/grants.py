"""Draw 30's patent certificates, award certificates and project completion proofs."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind30 import look as L
from bench.blind30 import pools as P
from bench.generator.truth import person

INVENTIONS = {
    "med": ["一种{x}用防压疮体位垫", "一种便携式{x}护理装置", "一种{x}引流管固定器", "一种用于{x}的康复训练器"],
    "eng": ["一种{x}在线监测装置", "一种{x}用防坠落安全挂钩", "一种{x}智能巡检机器人", "一种{x}的快速接头"],
    "res": ["一种{x}育苗基质及其制备方法", "一种{x}病害的生物防治方法", "一种{x}采收装置", "一种{x}保鲜方法"],
    "edu": ["一种{x}实训教学平台", "一种{x}多功能教具", "一种{x}用演示装置", "一种{x}考核评价系统"],
}  # fmt: skip
OBJ = {"med": ["重症患者", "老年卧床患者", "骨科术后", "新生儿"], "eng": ["配电柜", "高空作业", "电缆隧道", "供水管道"],
       "res": ["苹果", "大樱桃", "海参", "花生"], "edu": ["电工", "护理", "服装制版", "汽车维修"]}  # fmt: skip
DESIGNS = ["配电箱（智能型）", "输液架", "教学实训台", "果品包装盒", "检测仪外壳", "护理推车"]
KIND = {"invention": ("发明专利证书", "发明", "1"), "utility_model": ("实用新型专利证书", "实用新型", "2"),
        "design": ("外观设计专利证书", "外观设计", "3")}  # fmt: skip
CNIPA = "国家知识产权局"


def patent_certificate(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("patent")
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model", "utility_model"]))  # fmt: skip
    title = (
        rng.choice(DESIGNS)
        if kind == "design"
        else rng.choice(INVENTIONS[sector]).format(x=rng.choice(OBJ[sector]))
    )
    if kind != "invention" and "方法" in title:
        title = title.split("及其")[0].replace("方法", "装置")
    applied = P.day(rng, 2016, 2023)
    granted = P.later(rng, applied, 400, 900) if kind == "invention" else P.later(rng, applied, 120, 330)
    digits = f"{applied.year}{KIND[kind][2]}{rng.randint(0, 9999999):07d}"
    number = f"ZL{digits}.{P.zl_check(digits)}"
    inventors = P.people(rng, rng.randint(1, 6))
    owner = P.workplace(rng, city, sector)
    x = dict(kind=kind, title=title, applied=applied, granted=granted, digits=digits, number=number,
             inventors=inventors, owner=owner, city=city, st=ctx.style(("ymd", "pad", "dot")))  # fmt: skip
    pages = {"invention": _p_cert, "utility": _p_cert, "design": _p_cert, "register": _p_register,
             "portal": _p_portal, "gazette": _p_gazette}[v](ctx, x, v)  # fmt: skip
    f = {"title": title, "issuer": CNIPA, "issued_on": granted.isoformat(),
         "people": [person(nm, i + 1, "inventor") for i, nm in enumerate(inventors)],
         "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return L.doc("patent_certificate", "patent", v, pages, f, scored,
                 (inventors[rng.randrange(len(inventors))], granted.year))  # fmt: skip


def _spaced_no(x: dict) -> str:
    d = x["digits"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{x['number'][-1]}"


def _p_cert(ctx: P.Ctx, x: dict, v: str) -> list[Page]:
    pg = L.portrait()
    pg.rect(12, 12, 198, 285, 1.4, (60, 110, 70))
    pg.rect(16, 16, 194, 281, 0.3, (60, 110, 70))
    head, word, _ = KIND[x["kind"]]
    L.centre(pg, ctx, 34, "  ".join(head), 24, True)
    pg.text(105, 52, f"证书号第{ctx.rng.randint(100000, 6999999)}号", 12, ctx.body, "c")
    st = x["st"]
    name_lab = "使用外观设计的产品名称" if x["kind"] == "design" else f"{word}名称"
    pairs = [(name_lab, x["title"]), ("发　明　人" if x["kind"] != "design" else "设　计　人", "；".join(x["inventors"])),
             ("专　利　号", _spaced_no(x)), ("专利申请日", P.dstr(x["applied"], st)), ("专利权人", x["owner"]),
             ("地　　址", f"山东省{x['city']}市"), ("授权公告号", f"CN {ctx.rng.randint(200000000, 219999999)} "
                                                    + {"invention": "B", "utility_model": "U", "design": "S"}[x["kind"]]),
             ("授权公告日", P.dstr(x["granted"], st))]  # fmt: skip
    if v == "utility":
        pairs = pairs[2:4] + pairs[:2] + pairs[4:]
    y = 66.0
    for lab, val in pairs:
        pg.text(28, y, lab + "：", 12, ctx.body)
        y = pg.wrap(28 + (len(lab) + 1) * 4.3, y, 182 - 28 - (len(lab) + 1) * 4.3, val, 12, ctx.body, 1.6) + 3
    s = (f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{head[:-2]}证书并在专利登记簿上予以登记。"
         f"专利权自授权公告之日起生效。专利权期限为{'二十' if x['kind'] == 'invention' else '十'}年，自申请日起算。")  # fmt: skip
    y = L.para(pg, ctx, y + 6, s, 11, x=28, right=28)
    pg.text(140, 240, "局长", 12, ctx.body)
    L.hand(pg, ctx, 154, 238, P.people(ctx.rng, 1)[0], 16)
    L.seal(pg, ctx, 150, 236, CNIPA, 20)
    pg.text(105, 272, "第1页（共2页）", 9, ctx.body, "c")
    return [pg]


def _p_register(ctx: P.Ctx, x: dict, v: str) -> list[Page]:
    pg = L.portrait()
    L.centre(pg, ctx, 24, "专利登记簿副本", 20, True)
    st = "pad"
    rows = [["著录项目", ""], ["专利号", x["number"]], ["申请日", P.dstr(x["applied"], st)],
            ["授权公告日", P.dstr(x["granted"], st)], ["专利类型", KIND[x["kind"]][1]],
            ["发明创造名称", x["title"]], ["发明人（设计人）", "，".join(x["inventors"])], ["专利权人", x["owner"]],
            ["法律状态", "专利权维持"]]  # fmt: skip
    y = pg.table(22, 40, [45, 121], rows, 10.5, ctx.body, 11)
    fees = [["年度", "年费金额", "缴费日期"]]
    for i in range(3):
        d = x["applied"].replace(year=x["applied"].year + i + 1)
        fees.append([f"第{i + 1}年", str(ctx.rng.choice([270, 360, 600])), P.dstr(d, "dot")])
    y = pg.table(22, y + 10, [40, 60, 66], fees, 10, ctx.body, 10, header_font=ctx.bold)
    pg.text(188, y + 14, f"{CNIPA}　{P.dstr(P.later(ctx.rng, x['granted'], 30, 400), st)}", 11, ctx.body, "r")
    L.seal(pg, ctx, 160, y + 16, CNIPA, 18)
    return [pg]


def _p_portal(ctx: P.Ctx, x: dict, v: str) -> list[Page]:
    pg = L.landscape()
    y = L.browser(pg, ctx, "https://cpquery.example.gov.cn/detail", "中国及多国专利审查信息查询")
    pg.text(20, y + 2, "案件基本信息", 12, ctx.bold)
    st = "iso"
    pairs = [("申请号/专利号", x["digits"] + "." + x["number"][-1]), ("发明名称", x["title"]),
             ("申请人", x["owner"]), ("申请日", P.dstr(x["applied"], st)), ("授权公告日", P.dstr(x["granted"], st)),
             ("专利类型", KIND[x["kind"]][1]), ("发明人", "、".join(x["inventors"])), ("案件状态", "专利权维持")]  # fmt: skip
    rows = [[lab, val] for lab, val in pairs]
    pg.table(20, y + 12, [50, 207], rows, 10.5, ctx.body, 11, fonts={0: ctx.bold})
    pg.text(20, 175, f"专利证书号：{x['number']}", 10, ctx.body, color=L.GREY)
    pg.text(277, 195, f"版权所有：{CNIPA}", 8, ctx.body, "r", L.GREY)
    return [pg]


def _p_gazette(ctx: P.Ctx, x: dict, v: str) -> list[Page]:
    pg = L.portrait()
    kind_word = KIND[x["kind"]][1] + "专利"
    pg.text(20, 16, "(19)" + CNIPA, 14, ctx.bold)
    pg.text(20, 26, f"(12){kind_word}", 13, ctx.bold)
    code = {"invention": "B", "utility_model": "U", "design": "S"}[x["kind"]]
    pg.text(190, 16, f"(10)授权公告号 CN {ctx.rng.randint(200000000, 219999999)} {code}", 11, ctx.body, "r")
    pg.text(190, 26, f"(45)授权公告日 {P.dstr(x['granted'], 'dot')}", 11, ctx.body, "r")
    pg.line(20, 34, 190, 34, 0.5)
    d = x["digits"]
    y = L.rows(pg, ctx, 20, 40, [("(21)申请号", f"{d}.{x['number'][-1]}"), ("(22)申请日", P.dstr(x["applied"], "dot")),
                                 ("(73)专利权人", x["owner"]), ("(72)发明人", "　".join(x["inventors"])),
                                 ("(51)Int.Cl.", "A61G 7/057(2006.01)")], 10.5, " ", lab_w=30, gap=2.0)  # fmt: skip
    pg.text(20, y + 2, "(54)" + ("发明名称" if x["kind"] == "invention" else "实用新型名称" if x["kind"] == "utility_model" else "外观设计名称"),
            10.5, ctx.body)  # fmt: skip
    y = pg.wrap(50, y + 2, 60, x["title"], 10.5, ctx.body, 1.5)
    pg.text(20, y + 4, "(57)摘要", 10.5, ctx.body)
    s = f"本{kind_word[:-2]}公开了{x['title']}，包括主体、连接部和调节组件，结构简单，使用方便，降低了操作人员的劳动强度。"
    pg.wrap(50, y + 4, 60, s, 10, ctx.body, 1.6)
    pg.rect(118, 44, 190, 150, 0.3)
    pg.line(130, 70, 175, 120, 0.4)
    pg.rect(135, 80, 170, 110, 0.4)
    pg.text(154, 140, "权利要求书1页　说明书3页　附图2页", 7.5, ctx.body, "c")
    return [pg]


# ---- awards ----------------------------------------------------------------------------------------
PROJ = {
    "med": ["{x}规范化诊疗体系的建立与推广", "{x}早期识别及综合干预研究", "基层{x}防治适宜技术推广应用"],
    "eng": ["{x}关键技术研究与应用", "{x}智能监测系统研发", "复杂条件下{x}施工技术"],
    "res": ["{x}绿色高效生产技术集成与示范", "{x}新品种选育及配套栽培技术", "{x}病虫害监测预警技术"],
    "edu": ["{x}人才培养模式改革与实践", "{x}课程体系重构研究", "{x}“岗课赛证”融通育人实践"],
}  # fmt: skip
PX = {"med": ["脑卒中", "慢性心衰", "妊娠期糖尿病", "老年衰弱"], "eng": ["城市配电网", "海底输水管道", "大跨度钢结构", "智慧供水"],
      "res": ["苹果", "大樱桃", "海参", "冬小麦"], "edu": ["高职护理专业", "智能制造专业群", "服装设计专业", "现代物流专业"]}  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖"]


def _proj(ctx: P.Ctx, sector: str) -> str:
    return ctx.rng.choice(PROJ[sector]).format(x=ctx.rng.choice(PX[sector]))


def award_certificate(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("award")
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    title = _proj(ctx, "edu" if v == "socsci" else sector)
    d = P.day(rng)
    grade = rng.choice(GRADES)
    team = P.people(rng, rng.randint(3, 8))
    county = rng.choice(P.COUNTY[city])
    giver = {
        "personal": (f"{city}市人民政府", f"{city}市科学技术进步奖", "science_technology", "municipal"),
        "team": ("山东省人民政府", "山东省科学技术进步奖", "science_technology", "provincial"),
        "ranked": (f"{city}市科学技术局", f"{city}市优秀科技成果奖", "science_technology", "bureau"),
        "contest": ("山东省教育厅", "山东省职业院校技能大赛教学能力比赛", "competition", "bureau"),
        "society": (*rng.choice([("山东省医学会", "山东医学科技奖"), ("山东农学会", "山东省农业科技奖"),
                                 ("山东电机工程学会", "山东电力科学技术奖"), ("山东省职业教育学会", "山东省职业教育优秀成果奖")]),
                    "science_technology", None),
        "socsci": (f"{city}市人民政府", f"{city}市社会科学优秀成果奖", "social_science", "municipal"),
        "county": (f"{county}市人民政府", f"{county}市科学技术进步奖", "science_technology", "county"),
    }[v]  # fmt: skip
    issuer, aname, akind, alevel = giver
    if v == "contest":
        team = team[:4]
        title = rng.choice(
            [
                "基于工作过程的" + rng.choice(PX["edu"]) + "核心课程教学设计",
                "“" + rng.choice(BITS_C) + "”教学单元设计",
            ]
        )
    if v == "society" and "职业教育" in aname:
        akind = "social_science"
    x = dict(title=title, d=d, grade=grade, team=team, issuer=issuer, aname=aname, city=city, sector=sector,
             st=ctx.style(), units=[P.workplace(rng, city, sector) for _ in team])  # fmt: skip
    month_only = v in ("society", "socsci")
    pages, holder, ppl = {
        "personal": _a_personal, "team": _a_team, "ranked": _a_ranked, "contest": _a_contest,
        "society": _a_team, "socsci": _a_socsci, "county": _a_county,
    }[v](ctx, x, v)  # fmt: skip
    f = {"holder": holder, "title": title, "issuer": issuer,
         "issued_on": f"{d.year}-{d.month:02d}" if month_only else d.isoformat(),
         "people": [person(nm, r, "awardee") for nm, r in ppl],
         "award": {"name": aname, "kind": akind, "level": alevel, "grade": grade}}  # fmt: skip
    scored = [
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
    if alevel is None:
        scored.remove("award.level")
    claim = holder or ppl[rng.randrange(len(ppl))][0]
    return L.doc("award_certificate", "award", v, pages, f, scored, (claim, d.year))


BITS_C = ["静脉输液技术", "配电线路故障排查", "服装立体裁剪", "跨境电商运营", "工业机器人编程"]


def _when(x: dict, month_only: bool = False) -> str:
    d = x["d"]
    st = x["st"]
    return P.mstr(d.year, d.month, st) if month_only else P.dstr(d, st)


def _a_personal(ctx: P.Ctx, x: dict, v: str) -> tuple[list[Page], str, list[tuple[str, int]]]:
    pg = L.landscape()
    pg.rect(8, 8, 289, 202, 2.0, (180, 40, 40))
    L.centre(pg, ctx, 26, "荣　誉　证　书", 30, True, color=(180, 40, 40))
    rank = ctx.rng.randint(1, min(5, len(x["team"])))
    who = x["team"][rank - 1]
    L.hand(pg, ctx, 40, 56, who, 20)
    pg.text(44 + len(who) * 7.5, 58, "同志：", 15, ctx.body)
    rk = f"（第{P.hz_num(rank)}完成人）" if ctx.rng.random() < 0.5 else f"（排名第{rank}）"
    s = f"你参与完成的“{x['title']}”项目，荣获{x['d'].year - 1}年度{x['aname']}{x['grade']}{rk}。特发此证，以资鼓励。"
    L.para(pg, ctx, 74, s, 15, x=40, right=40, lead=2.2)
    pg.text(220, 150, x["issuer"], 15, ctx.body, "c")
    pg.text(220, 161, _when(x), 14, ctx.body, "c")
    L.seal(pg, ctx, 218, 152, x["issuer"], 22)
    pg.text(30, 190, "证书编号：" + P.cert_no(ctx.rng, "KJ"), 10, ctx.body)
    return [pg], who, [(who, rank)]


def _a_team(ctx: P.Ctx, x: dict, v: str) -> tuple[list[Page], None, list[tuple[str, int]]]:
    pg = L.portrait()
    pg.rect(12, 12, 198, 285, 1.0, (180, 140, 50))
    head = ctx.pick("atitle", ["获 奖 证 书", "证　书"])
    L.centre(pg, ctx, 40, head, 28, True, color=(170, 30, 30))
    s = f"为表彰在推动科学技术进步工作中作出突出贡献的科技工作者，特颁发{x['aname']}证书。"
    y = L.para(pg, ctx, 70, s, 13, x=30, right=30, lead=2.0)
    y = L.rows(pg, ctx, 30, y + 6, [("项目名称", x["title"]), ("奖励等级", x["grade"])], 13, "：", gap=2.3)
    y = pg.wrap(30, y, 150, "获 奖 者：" + "、".join(x["team"]), 13, ctx.body, 2.0)
    month = v == "society"
    pg.text(140, 200, x["issuer"], 13, ctx.body, "c")
    pg.text(140, 210, _when(x, month), 13, ctx.body, "c")
    L.seal(pg, ctx, 140, 203, x["issuer"], 21)
    pg.text(
        30, 250, f"证书号：{x['d'].year}-{ctx.rng.randint(1, 3)}-{ctx.rng.randint(10, 300):03d}", 10, ctx.body
    )
    return [pg], None, [(nm, i + 1) for i, nm in enumerate(x["team"])]


def _a_ranked(ctx: P.Ctx, x: dict, v: str) -> tuple[list[Page], None, list[tuple[str, int]]]:
    pg = L.portrait()
    L.centre(pg, ctx, 28, f"{x['d'].year - 1}年度{x['aname']}", 17, True)
    L.centre(pg, ctx, 40, "获奖证书", 22, True)
    y = pg.table(22, 56, [36, 130], [["项目名称", x["title"]], ["奖励等级", x["grade"]],
                                     ["完成单位", x["units"][0]]], 11, ctx.body, 13)  # fmt: skip
    order = list(range(len(x["team"])))
    rows = [["排名", "姓名", "工作单位", "职称"]]
    for i in order:
        rows.append([f"第{i + 1}名", x["team"][i], x["units"][i], P.pro_title(ctx.rng, x["sector"])])
    y = pg.table(22, y + 8, [22, 26, 84, 34], rows, 10, ctx.body, 10, header_font=ctx.bold)
    pg.text(150, y + 20, x["issuer"], 12, ctx.body, "c")
    pg.text(150, y + 30, _when(x), 12, ctx.body, "c")
    L.seal(pg, ctx, 150, y + 23, x["issuer"], 19)
    return [pg], None, [(nm, i + 1) for i, nm in enumerate(x["team"])]


def _a_contest(ctx: P.Ctx, x: dict, v: str) -> tuple[list[Page], None, list[tuple[str, int]]]:
    pg = L.landscape()
    pg.rect(0, 0, 297, 16, 0, fill=(20, 80, 150))
    L.centre(pg, ctx, 28, "荣 誉 证 书", 28, True, color=(20, 80, 150))
    s = f"{'、'.join(x['team'])}老师的参赛作品“{x['title']}”在{x['d'].year}年{x['aname']}中荣获{x['grade']}。"
    L.para(pg, ctx, 62, s, 15, x=36, right=36, lead=2.2)
    pg.text(36, 120, "所在单位：" + P.workplace(ctx.rng, x["city"], "edu"), 12, ctx.body)
    pg.text(220, 150, x["issuer"], 14, ctx.body, "c")
    pg.text(220, 161, _when(x), 13, ctx.body, "c")
    L.seal(pg, ctx, 222, 150, x["issuer"], 21)
    return [pg], None, [(nm, i + 1) for i, nm in enumerate(x["team"])]


def _a_socsci(ctx: P.Ctx, x: dict, v: str) -> tuple[list[Page], str, list[tuple[str, int]]]:
    pg = L.portrait()
    pg.rect(14, 14, 196, 283, 0.8, (150, 30, 30))
    L.centre(pg, ctx, 42, "证　书", 30, True, color=(150, 30, 30))
    who = x["team"][0]
    y = L.rows(pg, ctx, 34, 80, [("获 奖 者", who), ("成果名称", f"《{x['title']}》"), ("成果形式", "研究报告"),
                                 ("获奖等级", x["grade"])], 13, "：", gap=2.4)  # fmt: skip
    s = f"经评审，上述成果荣获{x['aname']}{x['grade']}。特发此证。"
    L.para(pg, ctx, y + 6, s, 13, x=34, right=34, lead=2.0)
    pg.text(140, 210, x["issuer"], 13, ctx.body, "c")
    pg.text(140, 220, _when(x, True), 13, ctx.body, "c")
    L.seal(pg, ctx, 140, 213, x["issuer"], 21)
    return [pg], who, [(who, 1)]


def _a_county(ctx: P.Ctx, x: dict, v: str) -> tuple[list[Page], None, list[tuple[str, int]]]:
    pg = L.landscape()
    pg.rect(10, 10, 287, 200, 1.5, (170, 120, 30))
    L.centre(pg, ctx, 26, f"{x['aname']}证书", 24, True, color=(160, 30, 30))
    y = L.rows(
        pg,
        ctx,
        40,
        56,
        [("项目名称", x["title"]), ("获奖等级", x["grade"]), ("完成单位", x["units"][0])],
        13,
        "：",
    )
    pg.text(40, y + 2, "主要完成人：", 13, ctx.body)
    team = x["team"][:5]
    for i, nm in enumerate(team):
        pg.text(72 + (i % 3) * 52, y + 2 + (i // 3) * 9, f"{nm}（第{i + 1}位）", 12.5, ctx.body)
    pg.text(225, 160, x["issuer"], 14, ctx.body, "c")
    pg.text(225, 171, _when(x), 13, ctx.body, "c")
    L.seal(pg, ctx, 224, 162, x["issuer"], 21)
    return [pg], None, [(nm, i + 1) for i, nm in enumerate(team)]


# ---- project completion -----------------------------------------------------------------------------
PGIVERS = ["{c}市科学技术局", "山东省教育厅", "山东省卫生健康委员会", "{c}市社会科学界联合会",
           "山东省教育科学规划领导小组办公室", "{c}市卫生健康委员会"]  # fmt: skip


def project_completion(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("project")
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    title = _proj(ctx, sector)
    issuer = rng.choice(PGIVERS).format(c=city)
    d = P.day(rng)
    team = P.people(rng, rng.randint(3, 7))
    no = f"{rng.choice(['', 'ZR', 'WJ', 'SK'])}{d.year - rng.randint(1, 3)}{rng.randint(1, 999):03d}"
    x = dict(title=title, issuer=issuer, d=d, team=team, no=no, city=city, sector=sector, st=ctx.style(),
             unit=P.workplace(rng, city, sector))  # fmt: skip
    month_only = v in ("certificate", "landscape")
    pages, solo = {"certificate": _c_cert, "members": _c_members, "acceptance": _c_accept, "sysrecord": _c_sys,
                   "proof": _c_proof, "landscape": _c_land}[v](ctx, x)  # fmt: skip
    ppl = team[:1] if solo else team
    f = {"holder": team[0] if solo else None, "title": title, "issuer": issuer,
         "issued_on": f"{d.year}-{d.month:02d}" if month_only else d.isoformat(),
         "people": [person(nm, i + 1, "project_leader" if i == 0 else "project_member") for i, nm in enumerate(ppl)]}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return L.doc("project_completion", "project", v, pages, f, scored, (ppl[rng.randrange(len(ppl))], d.year))


def _c_cert(ctx: P.Ctx, x: dict) -> tuple[list[Page], bool]:
    pg = L.portrait()
    pg.rect(12, 12, 198, 285, 1.2, (40, 80, 140))
    L.centre(pg, ctx, 44, "结 题 证 书", 28, True)
    pg.text(180, 64, "编号：JT" + x["no"], 11, ctx.body, "r")
    y = L.rows(pg, ctx, 32, 84, [("项目编号", x["no"]), ("项目名称", x["title"]), ("承担单位", x["unit"]),
                                 ("项目负责人", x["team"][0])], 13, "：", lab_w=34, gap=2.5, rule=True)  # fmt: skip
    L.para(pg, ctx, y + 8, "该项目已完成研究任务，经组织专家鉴定，准予结题。特发此证。", 13, x=32, right=32)
    pg.text(140, 210, x["issuer"], 13, ctx.body, "c")
    pg.text(140, 220, P.mstr(x["d"].year, x["d"].month, x["st"]), 13, ctx.body, "c")
    L.seal(pg, ctx, 140, 213, x["issuer"], 20)
    return [pg], True


def _c_members(ctx: P.Ctx, x: dict) -> tuple[list[Page], bool]:
    pg = L.portrait()
    L.centre(pg, ctx, 36, "结题证明", 22, True)
    s = (f"由{x['unit']}承担的课题“{x['title']}”（立项编号：{x['no']}），已完成预期研究任务，"
         f"经专家组审核，同意结题。")  # fmt: skip
    y = L.para(pg, ctx, 58, s, 13, lead=2.0)
    y = L.rows(
        pg, ctx, 25, y + 4, [("课题负责人", x["team"][0]), ("课题组成员", "、".join(x["team"][1:]))], 13
    )
    L.para(pg, ctx, y + 2, "特此证明。", 13)
    pg.text(150, 170, x["issuer"], 13, ctx.body, "c")
    pg.text(150, 180, P.dstr(x["d"], x["st"]), 13, ctx.body, "c")
    L.seal(pg, ctx, 148, 172, x["issuer"], 20)
    return [pg], False


def _c_accept(ctx: P.Ctx, x: dict) -> tuple[list[Page], bool]:
    pg = L.portrait()
    L.centre(pg, ctx, 24, "科研项目结题验收意见书", 18, True)
    y = pg.table(20, 38, [34, 136], [["项目名称", x["title"]], ["项目编号", x["no"]], ["承担单位", x["unit"]]],
                 10.5, ctx.body, 12)  # fmt: skip
    rows = [["序号", "姓名", "职称", "项目分工"]]
    for i, nm in enumerate(x["team"]):
        rows.append([str(i + 1), nm, P.pro_title(ctx.rng, x["sector"]), "负责人" if i == 0 else "参与研究"])
    pg.text(20, y + 4, "项目组成员", 11, ctx.bold)
    y = pg.table(20, y + 11, [18, 36, 46, 70], rows, 10, ctx.body, 10, header_font=ctx.bold)
    pg.rect(20, y + 6, 190, y + 70, 0.3)
    pg.text(24, y + 9, "验收意见：", 11, ctx.bold)
    pg.wrap(
        24,
        y + 17,
        160,
        "该项目完成了任务书规定的各项研究内容，资料齐全，经费使用合理，专家组一致同意通过结题验收。",
        11,
        ctx.body,
        1.7,
    )
    pg.text(140, y + 48, "验收组织单位：" + x["issuer"], 10.5, ctx.body, "c")
    pg.text(150, y + 58, P.dstr(x["d"], x["st"]), 11, ctx.body, "c")
    L.seal(pg, ctx, 150, y + 50, x["issuer"], 18)
    return [pg], False


def _c_sys(ctx: P.Ctx, x: dict) -> tuple[list[Page], bool]:
    pg = L.landscape()
    y = L.browser(pg, ctx, "https://kjxm.example.gov.cn/project/view", x["issuer"] + "科研项目管理系统")
    pg.text(20, y + 2, "首页 > 我的项目 > 项目详情", 9, ctx.body, color=L.GREY)
    rows = [["项目编号", x["no"], "项目状态", "已结题"], ["项目名称", x["title"], "", ""],
            ["负责人", x["team"][0], "承担单位", x["unit"]], ["项目成员", "、".join(x["team"][1:]), "", ""],
            ["结题日期", P.dstr(x["d"], "iso"), "结题方式", "会议评审"]]  # fmt: skip
    yy = y + 10
    for r in rows:
        if r[2]:
            pg.table(20, yy, [35, 95, 35, 92], [r], 10, ctx.body, 11, fonts={0: ctx.bold, 2: ctx.bold})
        else:
            pg.table(20, yy, [35, 222], [r[:2]], 10, ctx.body, 11, fonts={0: ctx.bold})
        yy += 11
    pg.text(20, yy + 8, f"管理单位：{x['issuer']}", 10, ctx.body)
    return [pg], False


def _c_proof(ctx: P.Ctx, x: dict) -> tuple[list[Page], bool]:
    pg = L.portrait()
    L.centre(pg, ctx, 40, "证　明", 22, True)
    s = (f"兹证明{x['unit']}{x['team'][0]}同志主持的课题“{x['title']}”（课题编号：{x['no']}），"
         f"已按计划完成研究任务，于{P.dstr(x['d'], x['st'])}通过结题鉴定。")  # fmt: skip
    y = L.para(pg, ctx, 64, s, 13, lead=2.0)
    L.para(pg, ctx, y + 2, "特此证明。", 13)
    pg.text(150, 150, x["issuer"], 13, ctx.body, "c")
    pg.text(150, 160, P.dstr(x["d"], x["st"]), 13, ctx.body, "c")
    L.seal(pg, ctx, 152, 152, x["issuer"], 20)
    return [pg], True


def _c_land(ctx: P.Ctx, x: dict) -> tuple[list[Page], bool]:
    pg = L.landscape()
    pg.rect(10, 10, 287, 200, 1.6, (30, 100, 80))
    L.centre(pg, ctx, 26, "结 项 证 书", 28, True, color=(30, 100, 80))
    y = L.rows(pg, ctx, 40, 52, [("课题名称", x["title"]), ("课题编号", x["no"]), ("主持人", x["team"][0]),
                                 ("主要成员", "  ".join(x["team"][1:])), ("鉴定等级", ctx.rng.choice(["优秀", "良好", "合格"]))],
               13, "：", gap=2.4)  # fmt: skip
    L.para(pg, ctx, y + 4, "经审核，该课题准予结项。", 13, x=40, right=40)
    d = x["d"]
    pg.text(225, 160, x["issuer"], 13, ctx.body, "c")
    pg.text(225, 170, P.mstr(d.year, d.month, ctx.style(("hanzi", "hanzi_o"))), 13, ctx.body, "c")
    L.seal(pg, ctx, 224, 162, x["issuer"], 20)
    return [pg], False
