"""Draw 22 builders: patent certificates and register copies, award certificates, project completions."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind22 import ink
from bench.blind22.ink import blank, doc, hand, rows, seal
from bench.blind22.pools import Ctx, day, later, month, zl_check
from bench.blind22.projects import project_completion
from bench.generator.truth import person

CNIPA = "国家知识产权局"
UTIL = ["一种便携式输液架", "一种新生儿暖箱防护罩", "一种护理用翻身辅助垫", "一种多功能换药车", "一种可调节式肢体固定支架",
        "一种教学用几何演示教具", "一种中药熏洗装置", "一种防脱落引流管固定器", "一种口腔护理吸引牙刷", "一种药房分药盒"]  # fmt: skip
INVN = ["一种中药复方颗粒的制备方法", "一种快速检测尿液微量白蛋白的方法", "一种用于伤口愈合的水凝胶敷料及其制备方法",
        "一种基于图像识别的压疮分期评估方法"]  # fmt: skip
DSGN = ["输液提示器", "护理推车（多功能）", "教学用磁性展示板", "药品分装盒"]
KIND = {"invention": ("1", "发明", INVN, (540, 1200)), "utility_model": ("2", "实用新型", UTIL, (150, 420)),
        "design": ("3", "外观设计", DSGN, (100, 300))}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(v) or ctx.pick(
        list(KIND)
    )
    digit, word, titles, (lo, hi) = KIND[kind]
    applied = ctx.date(2016, 2022)
    granted = later(applied, lo, hi, ctx.rng)
    d12 = f"{applied.year}{digit}{ctx.rng.randint(0, 9999999):07d}"
    num = f"ZL{d12}.{zl_check(d12)}"
    inventors = ctx.names(ctx.rng.randint(1, 5))
    owner = ctx.hospital() if ctx.rng.random() < 0.6 else inventors[0]
    p = {"kind": kind, "word": word, "title": ctx.pick(titles), "num": num, "applied": applied, "granted": granted,
         "inv": inventors, "owner": owner, "pub": f"CN {ctx.rng.randint(200000000, 219999999)} {'BUS'[int(digit) - 1]}"}  # fmt: skip
    pages = {"invention": _pt_cert, "utility": _pt_cert, "design": _pt_cert, "register": _pt_register,
             "ecert": _pt_ecert, "wide": _pt_wide}[v](ctx, p)  # fmt: skip
    f = {"title": p["title"], "people": [person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
         "issuer": CNIPA, "issued_on": granted.isoformat(),
         "patent": {"kind": kind, "number": num, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    sc = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
          "patent.granted_on"]  # fmt: skip
    return doc("patent_certificate", "patent", v, pages, f, sc, (ctx.pick(inventors), granted.year))


def _spaced_num(num: str) -> str:
    d = num[2:]
    return f"ZL {d[:4]} {d[4]} {d[5:12]}{d[12:]}"


def _pt_cert(ctx: Ctx, p: dict) -> list:
    st = ctx.style(["pad", "cn"])
    pg = ink.portrait()
    pg.rect(14, 14, 196, 283, 1.2, (60, 90, 60))
    ink.centre(pg, ctx, 34, f"{p['word']}专利证书", 26)
    pg.text(105, 52, f"证书号第{ctx.rng.randint(1000000, 9999999)}号", 12, ctx.body, "c")
    name_lab = {"发明": "发明名称", "实用新型": "实用新型名称", "外观设计": "外观设计名称"}[p["word"]]
    inv_lab = "设计人" if p["word"] == "外观设计" else "发明人"
    pairs = [(name_lab, p["title"]), (inv_lab, "；".join(p["inv"])), ("专利号", _spaced_num(p["num"])),
             ("专利申请日", day(p["applied"], st)), ("专利权人", p["owner"]),
             ("授权公告日", day(p["granted"], st))]  # fmt: skip
    if ctx.rng.random() < 0.5:
        pairs.insert(
            5,
            (
                "地址",
                f"{ctx.R['prov']}省{ctx.city()}{ctx.pick(['迎宾路', '五一路', '桃花仑路'])}{ctx.rng.randint(1, 300)}号",
            ),
        )
    y = rows(pg, ctx, 26, 68, pairs, 12, "：", 2.2)
    y = pg.wrap(26, y + 6, 158, f"本{p['word']}经过本局依照中华人民共和国专利法进行{'实质' if p['word'] == '发明' else '初步'}"
                f"审查，决定授予专利权，颁发{p['word']}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。",
                11, ctx.body, 1.9, 8)  # fmt: skip
    pg.wrap(
        26,
        y + 2,
        158,
        "本专利的专利权期限、专利权转移、质押、无效、终止等事项记载在专利登记簿上。",
        11,
        ctx.body,
        1.9,
        8,
    )
    pg.text(150, 250, CNIPA, 14, ctx.bold, "c")
    seal(pg, ctx, 150, 254, CNIPA, 18)
    return [pg]


def _pt_register(ctx: Ctx, p: dict) -> list:
    pg = ink.portrait()
    ink.centre(pg, ctx, 24, "专利登记簿副本", 20)
    body = [["专利号", p["num"]], ["申请日", day(p["applied"], "dot")], ["授权公告日", day(p["granted"], "dot")],
            ["专利类型", p["word"]], ["名称", p["title"]], ["发明人（设计人）", "，".join(p["inv"])],
            ["专利权人", p["owner"]], ["法律状态", "专利权维持"]]  # fmt: skip
    y = pg.table(22, 40, [50, 116], body, 11, ctx.body, 12)
    pg.text(
        22, y + 10, f"以上著录项目信息截至{day(later(p['granted'], 90, 600, ctx.rng), 'cn')}", 10, ctx.body
    )
    pg.text(160, y + 26, f"{CNIPA}", 12, ctx.body, "c")
    seal(pg, ctx, 160, y + 28, CNIPA + "专利局", 16)
    return [pg]


def _pt_ecert(ctx: Ctx, p: dict) -> list:
    pg = ink.portrait()
    pg.rect(0, 0, 210, 297, 0, fill=(250, 248, 240))
    pg.text(105, 26, "电子专利证书", 12, ctx.body, "c", ink.GREY)
    ink.centre(pg, ctx, 36, f"{p['word']}专利证书", 24)
    pg.rect(160, 50, 186, 76, 0.4)
    for i in range(6):
        pg.rect(162 + i * 4, 52 + (i * 7) % 20, 165 + i * 4, 55 + (i * 7) % 20, 0, fill=(20, 20, 20))
    pairs = [("名称", p["title"]), ("专利号", p["num"]), ("申请日", day(p["applied"], "dash")),
             ("授权公告日", day(p["granted"], "dash")), ("授权公告号", p["pub"]), ("专利权人", p["owner"]),
             ("发明人" if p["word"] != "外观设计" else "设计人", "、".join(p["inv"]))]  # fmt: skip
    rows(pg, ctx, 24, 86, pairs, 11.5, "　", 2.4, 30)
    pg.text(105, 240, CNIPA, 14, ctx.bold, "c")
    pg.text(105, 250, "扫描二维码可验证本证书真伪", 9, ctx.body, "c", ink.GREY)
    seal(pg, ctx, 105, 243, CNIPA, 17)
    return [pg]


def _pt_wide(ctx: Ctx, p: dict) -> list:
    pg = ink.landscape()
    pg.rect(10, 10, 287, 200, 1.0, (120, 100, 40))
    ink.centre(pg, ctx, 20, f"{p['word']}专利证书", 26)
    left = [
        ("专利号", _spaced_num(p["num"])),
        ("申请日", day(p["applied"], "cn")),
        ("授权日", day(p["granted"], "cn")),
    ]
    right = [("名称", p["title"]), ("专利权人", p["owner"]), ("发明人", "，".join(p["inv"]))]
    rows(pg, ctx, 24, 50, left, 12, "：", 2.4)
    rows(pg, ctx, 150, 50, right, 12, "：", 2.4)
    pg.wrap(24, 110, 250, "经审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。", 12,
            ctx.body, 1.9)  # fmt: skip
    pg.text(230, 160, CNIPA, 14, ctx.bold, "c")
    seal(pg, ctx, 230, 163, CNIPA, 18)
    return [pg]


# ---- awards --------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]
PROJ = ["县域慢性病医防融合管理模式研究", "基层医院静脉血栓栓塞症风险评估体系构建", "农村留守儿童心理健康干预研究",
        "中医药适宜技术在乡镇卫生院的推广应用", "县级医院护理质量敏感指标体系研究", "初中数学分层作业设计实践研究",
        "乡村小学阅读推广策略研究", "基层医疗机构抗菌药物合理使用干预研究"]  # fmt: skip
LESSONS = [
    "一元二次方程的根与系数",
    "桃花源记",
    "光的折射",
    "分数的初步认识",
    "认识人民币",
    "植物的光合作用",
    "春",
]
SUBJECTS = ["初中数学", "初中语文", "初中物理", "小学数学", "小学语文", "初中生物"]


def _aw(v: str, pages: list, who: str | None, people: list[tuple[str, int]], title: str | None, issuer: str,
        issued: str, name: str, kind: str, level: str | None, grade: str, claim: str, year: int) -> Doc:  # fmt: skip
    f = {"holder": who, "people": [person(n, r, "awardee") for n, r in people], "title": title, "issuer": issuer,
         "issued_on": issued, "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    sc = (
        ["holder"]
        + (["title"] if title else [])
        + ["people", "issuer", "issued_on", "award.name", "award.kind"]
    )
    sc += (["award.level"] if level else []) + ["award.grade"]
    return doc("award_certificate", "award", v, pages, f, sc, (claim, year))


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    return {"gov": _aw_gov, "lesson": _aw_lesson, "society": _aw_society, "paper": _aw_paper, "county": _aw_gov,
            "fillin": _aw_fillin, "wide": _aw_wide}[v](ctx, v)  # fmt: skip


def _aw_gov(ctx: Ctx, v: str) -> Doc:
    if v == "county":
        c = ctx.county()
        issuer, level = f"{c}人民政府", "county"
        name = f"{c}科学技术进步奖"
    elif ctx.rng.random() < 0.5:
        issuer, level, name = f"{ctx.city()}人民政府", "municipal", f"{ctx.city()}科学技术进步奖"
    else:
        issuer, level, name = f"{ctx.R['prov']}省人民政府", "provincial", f"{ctx.R['prov']}省科学技术进步奖"
    who, rank = ctx.name(), ctx.rng.randint(1, 7)
    d = ctx.date(2018, 2024)
    grade = ctx.pick(GRADES)
    title = ctx.pick(PROJ)
    st = ctx.style(["cn", "hz", "pad"])
    pg = ink.portrait()
    pg.rect(12, 12, 198, 285, 2.0, (190, 150, 60))
    y = ink.centre(pg, ctx, 40, f"{d.year - 1}年度" if ctx.rng.random() < 0.5 else "", 14, bold=False)
    y = ink.centre(pg, ctx, 52, name, ink.fits(name, ctx, 22, 170))
    y = ink.centre(pg, ctx, y + 2, "证　书", 26)
    y = pg.wrap(
        30,
        y + 16,
        150,
        "为表彰在促进科学技术进步工作中作出突出贡献者，特颁发此证书，以资鼓励。",
        13,
        ctx.body,
        2.0,
        9,
    )
    y = rows(pg, ctx, 30, y + 8, [("项目名称", title), ("奖励等级", grade), ("获奖者", f"{who}（第{rank}完成人）"),
             ("证书编号", f"{d.year - 1}-J-{ctx.rng.randint(100, 399)}-{grade[0]}-{rank:02d}")], 13, "：", 2.3, 30)  # fmt: skip
    pg.text(150, y + 26, issuer, 14, ctx.body, "c")
    pg.text(150, y + 36, day(d, st), 13, ctx.body, "c")
    seal(pg, ctx, 150, y + 30, issuer, 20)
    return _aw(v, [pg], who, [(who, rank)], title, issuer, d.isoformat(), name, "science_technology", level, grade,
               who, d.year)  # fmt: skip


def _aw_lesson(ctx: Ctx, v: str) -> Doc:
    who = ctx.name()
    issuer = ctx.pick([f"{ctx.city()}教育局", f"{ctx.county()}教育局", f"{ctx.R['prov']}省教育厅"])
    subj = ctx.pick(SUBJECTS)
    area = issuer.removesuffix("教育局").removesuffix("教育厅")
    name = f"{area}{subj}优质课评选"
    lesson = ctx.pick(LESSONS)
    grade = ctx.pick(GRADES)
    d = ctx.date(2018, 2024)
    pg = ink.landscape()
    pg.rect(12, 12, 285, 198, 1.6, (180, 40, 40))
    ink.centre(pg, ctx, 30, "荣 誉 证 书", 30, color=(180, 40, 40))
    sch = ctx.school()
    sent = f"{sch}{who}老师在{d.year}年{name}活动中，执教的《{lesson}》一课荣获{grade}。"
    y = pg.wrap(40, 80, 217, sent, 17, ctx.body, 2.2, 12)
    pg.wrap(40, y + 2, 217, "特发此证，以资鼓励。", 17, ctx.body, 2.2, 12)
    pg.text(225, 160, issuer, 14, ctx.body, "c")
    pg.text(225, 170, day(d, "cn"), 14, ctx.body, "c")
    seal(pg, ctx, 222, 163, issuer)
    return _aw(v, [pg], who, [(who, 1)], lesson, issuer, d.isoformat(), name, "competition", "bureau", grade, who,
               d.year)  # fmt: skip


def _aw_society(ctx: Ctx, v: str) -> Doc:
    prov = ctx.R["prov"]
    issuer = ctx.pick([f"{prov}省医学会", f"{prov}省中医药学会", f"{prov}省护理学会", f"{ctx.city()}医学会"])
    name = issuer.removesuffix("会") + "科学技术奖" if issuer.endswith("医学会") else f"{issuer}科技奖"
    ppl = ctx.names(ctx.rng.randint(3, 7))
    d = ctx.date(2018, 2024)
    grade = ctx.pick(GRADES)
    title = ctx.pick(PROJ)
    pg = ink.portrait()
    ink.centre(pg, ctx, 36, "获 奖 证 书", 26)
    y = rows(pg, ctx, 28, 66, [("奖项", name), ("项目名称", title), ("等级", grade), ("完成单位", ctx.hospital())],
             12.5, "：", 2.3, 30)  # fmt: skip
    pg.text(28, y + 2, "主要完成人：", 12.5, ctx.body)
    y = pg.wrap(58, y + 2, 124, "、".join(ppl), 12.5, ctx.body, 1.9)
    pg.text(150, y + 34, issuer, 13, ctx.body, "c")
    pg.text(150, y + 43, day(d, "pad"), 13, ctx.body, "c")
    seal(pg, ctx, 150, y + 38, issuer)
    return _aw(v, [pg], None, [(n, i + 1) for i, n in enumerate(ppl)], title, issuer, d.isoformat(), name,
               "science_technology", None, grade, ctx.pick(ppl), d.year)  # fmt: skip


def _aw_paper(ctx: Ctx, v: str) -> Doc:
    med = ctx.rng.random() < 0.5
    n = ctx.pick(["三", "五", "八", "十一", "十二"])
    if med:
        issuer = f"{ctx.city()}科学技术协会"
        name, kind = f"{ctx.city()}第{n}届自然科学优秀学术论文", "science_technology"
        title = ctx.pick(
            ["老年慢性心衰患者延续性护理效果观察", "基层医院抗菌药物使用强度分析", "县域卒中中心建设实践"]
        )
    else:
        issuer = f"{ctx.city()}教育学会"
        name, kind = f"{ctx.city()}教育学会第{n}届优秀教育教学论文评选", "social_science"
        title = ctx.pick(
            ["双减背景下初中数学作业设计探析", "农村小学整本书阅读指导策略", "初中物理实验教学创新实践"]
        )
    ppl = ctx.names(ctx.rng.randint(1, 2))
    grade = ctx.pick(GRADES)
    d = ctx.date(2018, 2024)
    st = ctx.style(["cn", "hz", "dot"])
    pg = ink.portrait()
    ink.centre(pg, ctx, 40, "证　书", 28)
    sent = f"{'、'.join(ppl)}撰写的论文《{title}》，荣获{name}{grade}。"
    y = pg.wrap(30, 80, 150, sent, 15, ctx.body, 2.2, 11)
    pg.text(150, y + 40, issuer, 13, ctx.body, "c")
    pg.text(150, y + 50, day(d, st), 13, ctx.body, "c")
    seal(pg, ctx, 150, y + 44, issuer)
    holder = ppl[0] if len(ppl) == 1 else None
    return _aw(v, [pg], holder, [(p, i + 1) for i, p in enumerate(ppl)], title, issuer, d.isoformat(), name, kind,
               None, grade, ctx.pick(ppl), d.year)  # fmt: skip


def _aw_fillin(ctx: Ctx, v: str) -> Doc:
    who = ctx.name()
    issuer = ctx.pick([f"{ctx.city()}卫生健康委员会", f"{ctx.county()}卫生健康局", f"{ctx.county()}教育局"])
    n = ctx.pick(["二", "三", "四", "六"])
    base = issuer.removesuffix("卫生健康委员会").removesuffix("卫生健康局").removesuffix("教育局")
    name = f"{base}第{n}届{'青年教师教学基本功竞赛' if issuer.endswith('教育局') else '护理技能竞赛'}"
    grade = ctx.pick(GRADES)
    y0, m = ctx.rng.randint(2018, 2024), ctx.rng.randint(1, 12)
    pg = ink.portrait()
    pg.rect(15, 15, 195, 200, 0.8, (180, 40, 40))
    ink.centre(pg, ctx, 30, "荣　誉　证　书", 26, color=(180, 40, 40))
    x = blank(pg, ctx, 30, 70, 36, who)
    pg.text(x + 2, 70, "同志：", 14, ctx.body)
    pg.text(40, 86, "在", 14, ctx.body)
    hand(pg, ctx, 48, 86, name, 14)
    pg.text(40, 102, "中荣获", 14, ctx.body)
    x = blank(pg, ctx, 58, 102, 40, grade)
    pg.text(x + 2, 102, "。特发此证，以资鼓励。", 14, ctx.body)
    st = ctx.style(["hz", "hzo"])
    pg.text(140, 150, issuer, 13, ctx.body, "c")
    pg.text(140, 160, month(y0, m, st), 13, ctx.body, "c")
    seal(pg, ctx, 132, 152, issuer, 21)
    return _aw(
        v, [pg], who, [(who, 1)], None, issuer, f"{y0}-{m:02d}", name, "competition", "bureau", grade, who, y0
    )


def _aw_wide(ctx: Ctx, v: str) -> Doc:
    who, unit = ctx.name(), ctx.hospital()
    prov = ctx.R["prov"]
    issuer = ctx.pick([f"{prov}省卫生健康委员会", f"{prov}省总工会"])
    name = f"全省基层卫生岗位练兵和技能竞赛（{ctx.pick(['全科医疗', '护理', '公共卫生'])}组）"
    grade = ctx.pick(["个人一等奖", "个人二等奖", "个人三等奖", "优胜奖"])
    d = ctx.date(2018, 2024)
    pg = ink.landscape()
    pg.rect(0, 0, 297, 210, 0, fill=(252, 246, 230))
    pg.rect(14, 14, 283, 196, 1.2, (150, 110, 40))
    ink.centre(pg, ctx, 30, "获奖证书", 30)
    pg.text(40, 70, f"{who}（{unit}）：", 16, ctx.body)
    y = pg.wrap(50, 88, 210, f"在{d.year}年{name}中成绩优异，荣获{grade}。", 16, ctx.body, 2.1)
    pg.text(225, y + 40, issuer, 14, ctx.body, "c")
    pg.text(225, y + 50, day(d, "hz"), 14, ctx.body, "c")
    seal(pg, ctx, 222, y + 44, issuer)
    level = "bureau" if "卫生" in issuer else None
    return _aw(
        v, [pg], who, [(who, 1)], None, issuer, d.isoformat(), name, "competition", level, grade, who, d.year
    )


__all__ = ["patent_certificate", "award_certificate", "project_completion"]
