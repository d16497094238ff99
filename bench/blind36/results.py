"""Patent certificates, award certificates and project completions of draw 36."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind36 import ink
from bench.blind36.ink import GREY, border, grid, hand, para, seal, txt
from bench.blind36.pools import STYLES, Ctx, Who, day, fdate, fmonth, later, people, who, zl_check

CNIPA = "国家知识产权局"
THINGS = {
    "agrimach": ["深松铲", "排种器", "秸秆粉碎装置", "农机作业监测终端", "花生摘果机构"],
    "seed": ["种子发芽检测箱", "种子分样器", "玉米果穗脱粒装置", "种子包衣机", "扦样器"],
    "water": ["管网压力监测装置", "水表防冻保护箱", "絮凝剂投加装置", "阀门井检修平台", "余氯在线检测仪"],
    "credit": ["票据整理装置", "点钞机防尘罩", "凭证装订机", "柜台防护装置", "印章管理柜"],
    "stats": ["问卷数据采集终端", "统计报表装订架", "入户调查记录板", "数据录入键盘托架", "档案密集柜"],
    "tcm": ["中药煎煮装置", "艾灸温控器", "穴位按压器", "中药熏蒸床", "针具消毒盒"],
    "rehab": ["下肢康复训练器", "手指功能训练板", "平衡训练垫", "步态辅助支架", "肩关节牵引装置"],
    "kinder": ["幼儿积木收纳架", "儿童饮水计量杯", "户外攀爬架", "绘本展示柜", "幼儿午睡床"],
}


def _zl(ctx: Ctx, year: int, kind: str) -> tuple[str, str]:
    """(truth number, printed form)."""
    d12 = f"{year}{ {'invention': '1', 'utility_model': '2', 'design': '3'}[kind] }{ctx.rng.randint(0, 9999999):07d}"
    c = zl_check(d12)
    printed = ctx.pick([f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{c}", f"ZL{d12}.{c}", f"ZL {d12}.{c}"])
    return f"ZL{d12}.{c}", printed


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent_certificate")
    kind = {"utility": "utility_model", "design": "design"}.get(v, ctx.pick(["invention", "utility_model"]))
    w = who(ctx.rng)
    thing = ctx.pick(THINGS[w.trade])
    title = thing if kind == "design" else ctx.pick(["一种", "一种新型", "一种便携式"]) + thing
    inv = people(ctx.rng, ctx.rng.randint(1, 5))
    claim = ctx.pick(inv)
    applied = day(ctx.rng, 2016, 2022)
    granted = later(
        applied, 150 if kind != "invention" else 420, 400 if kind != "invention" else 900, ctx.rng
    )
    number, printed = _zl(ctx, applied.year, kind)
    st = ctx.pick(["ymd", "pad", "ymd"])
    fields = {"title": title, "issuer": CNIPA, "issued_on": granted.isoformat(),
              "people": [{"name": x, "rank": i + 1, "role": "inventor"} for i, x in enumerate(inv)],
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(),
                         "granted_on": granted.isoformat()}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    term = {"invention": "二十年", "utility_model": "十年", "design": "十五年"}[kind]
    cert_no = f"第{ctx.rng.randint(100000, 6999999)}号"
    owner = w.unit
    pub_no = f"CN {ctx.rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    name_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "使用外观设计的产品名称"}[
        kind
    ]
    people_lab = "设计人" if kind == "design" else "发明人"
    legal = (
        f"{CNIPA}依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。"
        f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。"
    )
    rows = [(name_lab, title), (people_lab, "；".join(inv)), ("专利号", printed), ("专利申请日", fdate(applied, st)),
            ("专利权人", owner), ("地址", f"{w.prov}省{w.city}市{w.county}"),
            ("授权公告号", pub_no), ("授权公告日", fdate(granted, st))]  # fmt: skip
    pages = []
    if v in ("invention", "design", "twopage"):
        pg = Page()
        border(pg, "double", (60, 90, 60))
        txt(pg, ctx, 105, 30, f"{word}专利证书", 26, "c", True)
        txt(pg, ctx, 105, 46, f"证书号{cert_no}", 12, "c")
        y = 62
        for lab, val in rows:
            txt(pg, ctx, 26, y, f"{lab}：", 12)
            y = (
                pg.wrap(
                    26 + ink.fits(lab + "：", ctx, 12),
                    y,
                    150 - ink.fits(lab, ctx, 12),
                    val,
                    12,
                    ctx.body,
                    1.6,
                )
                + 3
            )
        y = para(pg, ctx, 26, y + 8, 158, legal, 11.5, 1.8)
        para(pg, ctx, 26, y + 2, 158, "本证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
                                      "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 11.5, 1.8)  # fmt: skip
        txt(pg, ctx, 150, 262, CNIPA, 13, "c")
        seal(pg, ctx, 150, 258, CNIPA)
        txt(
            pg,
            ctx,
            105,
            280,
            "第 1 页（共 2 页）" if v == "twopage" else "第 1 页（共 1 页）",
            9,
            "c",
            color=GREY,
        )
        pages = [pg]
        if v == "twopage":
            p2 = Page()
            txt(p2, ctx, 105, 26, "专利证书（续页）", 15, "c", True)
            txt(p2, ctx, 26, 42, f"专利号：{printed}", 11)
            txt(p2, ctx, 26, 50, "缴费信息：", 11, bold=True)
            rows2 = [["年度", "应缴日", "缴费金额（元）"]]
            for i in range(4):
                due = dt.date(applied.year + i + 1, applied.month, applied.day)
                rows2.append(
                    [f"第{i + 1}年" if i else "授权当年", fdate(due, "iso"), ctx.pick(["900", "1200", "600"])]
                )
            p2.table(26, 58, [40, 60, 50], rows2, 11, ctx.body, 10, header_font=ctx.bold)
            txt(p2, ctx, 105, 280, "第 2 页（共 2 页）", 9, "c", color=GREY)
            pages.append(p2)
    elif v == "utility":
        pg = Page(297, 210)
        border(pg, "double", (40, 80, 130))
        txt(pg, ctx, 148.5, 24, "实用新型专利证书", 26, "c", True)
        txt(pg, ctx, 250, 40, f"证书号{cert_no}", 11, "c")
        cells = [[(lab, 46, "l"), (val, 190, "p")] for lab, val in rows[:6]]
        cells.append(
            [(rows[6][0], 46, "l"), (rows[6][1], 72, "p"), (rows[7][0], 46, "l"), (rows[7][1], 72, "p")]
        )
        y = grid(pg, ctx, 30, 50, cells, 11, 11)
        para(pg, ctx, 30, y + 6, 236, legal, 10.5, 1.7)
        txt(pg, ctx, 230, 182, CNIPA, 13, "c")
        seal(pg, ctx, 230, 178, CNIPA)
        pages = [pg]
    elif v == "register":
        pg = Page()
        txt(pg, ctx, 105, 24, "专利登记簿副本", 20, "c", True)
        txt(pg, ctx, 190, 36, f"打印日期：{fdate(later(granted, 30, 600, ctx.rng), 'iso')}", 9.5, "r", GREY)
        rows2 = [[("专利号", 40, "l"), (printed, 130, "p")], [("名称", 40, "l"), (title, 130, "p")],
                 [("专利类型", 40, "l"), (word, 130, "p")], [("申请日", 40, "l"), (fdate(applied, st), 130, "p")],
                 [("授权公告日", 40, "l"), (fdate(granted, st), 130, "p")], [("发明人/设计人", 40, "l"), ("、".join(inv), 130, "p")],
                 [("专利权人", 40, "l"), (owner, 130, "p")], [("法律状态", 40, "l"), ("专利权维持", 130, "p")]]  # fmt: skip
        y = grid(pg, ctx, 20, 44, rows2, 11, 11)
        txt(pg, ctx, 20, y + 10, "以上内容与专利登记簿记载一致。", 11)
        txt(pg, ctx, 150, y + 30, f"{CNIPA}专利局", 12, "c")
        seal(pg, ctx, 150, y + 30, f"{CNIPA}专利局专用章")
        pages = [pg]
    else:  # bilingual
        pg = Page()
        border(pg, "corner", (60, 60, 120))
        txt(pg, ctx, 105, 26, f"{word}专利证书", 24, "c", True)
        txt(pg, ctx, 105, 40, f"CERTIFICATE OF {'INVENTION' if kind == 'invention' else 'UTILITY MODEL'} PATENT", 12,
            "c", True, (60, 60, 120))  # fmt: skip
        en = {"发明名称": "Title", "实用新型名称": "Title", "发明人": "Inventor(s)", "专利号": "Patent No.",
              "专利申请日": "Date of Filing", "专利权人": "Patentee", "地址": "Address", "授权公告号": "Publication No.",
              "授权公告日": "Date of Grant"}  # fmt: skip
        y = 58
        for lab, val in rows:
            txt(pg, ctx, 24, y, lab, 11.5, bold=True)
            txt(pg, ctx, 24, y + 5.5, en[lab], 8.5, color=GREY)
            y = pg.wrap(70, y, 116, val, 11.5, ctx.body, 1.6) + 8
        para(pg, ctx, 24, y + 4, 162, legal, 10.5, 1.7)
        txt(pg, ctx, 150, 262, CNIPA, 13, "c")
        seal(pg, ctx, 150, 258, CNIPA)
        pages = [pg]
    return ink.doc("patent_certificate", v, pages, fields, scored, claim, granted.year)


# ==== awards ========================================================================================
PROJ = {
    "agrimach": ["玉米机收减损关键技术集成与推广", "丘陵山区农机化技术模式研究与示范", "保护性耕作技术推广应用"],
    "seed": ["花生新品种选育及高产栽培配套技术", "小麦良种繁育体系建设与推广", "主要农作物种子质量监测体系构建"],
    "water": ["城乡供水一体化管网漏损控制技术", "农村饮水安全水质保障技术研究", "智慧供水调度系统研发与应用"],
    "credit": ["农户信用体系建设助推乡村振兴研究", "县域普惠金融服务模式创新", "农村小微企业信贷风险评价研究"],
    "stats": ["县域经济高质量发展统计监测研究", "统计数据质量评估方法研究", "农村居民收入结构变化研究"],
    "tcm": ["温针灸治疗膝骨关节炎临床研究", "中医体质辨识在慢病管理中的应用", "经方治疗失眠的临床疗效评价"],
    "rehab": ["脑卒中早期康复规范化方案推广", "儿童脑瘫综合康复技术研究", "社区老年人跌倒预防康复干预研究"],
    "kinder": ["幼儿园游戏化课程建设实践研究", "农村幼儿园保教质量提升研究", "幼小衔接课程开发与实施"],
}  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖"]


def _giver(ctx: Ctx, w: Who, v: str) -> tuple[str, str, str, str | None]:
    """(issuer, award name, kind, level) following who gives it."""
    social = w.trade in ("credit", "stats", "kinder")
    if v in ("govland", "personal", "team") and ctx.rng.random() < 0.75:
        r = ctx.rng.random()
        if r < 0.5 or v == "personal":
            iss, lvl, place = f"{w.city}市人民政府", "municipal", f"{w.city}市"
        elif r < 0.75 and not w.county.endswith("区"):
            iss, lvl, place = f"{w.county}人民政府", "county", w.county
        else:
            iss, lvl, place = f"{w.prov}省人民政府", "provincial", f"{w.prov}省"
        name = f"{place}{'社会科学优秀成果奖' if social else '科学技术进步奖'}"
        return iss, name, "social_science" if social else "science_technology", lvl
    if v == "social":
        if ctx.rng.random() < 0.5:
            return f"{w.city}市人民政府", f"{w.city}市社会科学优秀成果奖", "social_science", "municipal"
        return f"{w.city}市社会科学界联合会", f"{w.city}市社会科学优秀学术成果奖", "social_science", None
    if v == "trad":
        bur = w.bureau(ctx.rng)
        return (
            bur,
            f"{w.city}市{ctx.pick(['技术推广成果奖', '优秀科技成果奖'])}",
            "science_technology",
            "bureau",
        )
    soc = w.society(ctx.rng)
    return (
        soc,
        f"{soc.replace('学会', '').replace('协会', '').replace('研究会', '')}科学技术奖",
        "science_technology",
        None,
    )


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award_certificate")
    w = who(ctx.rng)
    st = ctx.pick(STYLES)
    grade = ctx.pick(GRADES)
    issued = day(ctx.rng, 2017, 2024)
    proj = ctx.pick(PROJ[w.trade])
    n = ctx.rng.randint(3, 7)
    team = people(ctx.rng, n)
    holder = None
    if v == "contest":
        issuer = f"{w.city}市人力资源和社会保障局"
        comp = ctx.pick({"agrimach": ["农业机械修理工"], "seed": ["农作物种子繁育员"], "water": ["供水管道工", "水质检验员"],
                         "credit": ["信贷业务"], "stats": ["统计调查"], "tcm": ["中医药知识技能"], "rehab": ["康复治疗技能"],
                         "kinder": ["幼儿教师基本功"]}[w.trade])  # fmt: skip
        name = f"{w.city}市{comp}职业技能竞赛"
        kind, level = "competition", "bureau"
        title = f"{comp}综合技能"
        people_ = [{"name": w.name, "rank": 1, "role": "awardee"}]
        holder = w.name
    else:
        issuer, name, kind, level = _giver(ctx, w, v)
        title = proj
        rank = ctx.rng.randint(1, n)
        team[rank - 1] = w.name if w.name not in team else team[rank - 1]
        people_ = [{"name": x, "rank": i + 1, "role": "awardee"} for i, x in enumerate(team)]
        if v in ("personal", "society", "trad"):
            holder = team[rank - 1]
            people_ = [{"name": holder, "rank": rank, "role": "awardee"}]
    year_word = f"{issued.year - ctx.pick([0, 1])}年度"
    month_only = v in ("society", "social")
    fields = {"holder": holder, "title": title, "issuer": issuer,
              "issued_on": f"{issued.year}-{issued.month:02d}" if month_only else issued.isoformat(),
              "people": people_, "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    if level is None:
        scored.remove("award.level")
    dstr = fmonth(issued.year, issued.month, st) if month_only else fdate(issued, st)
    no = f"{ctx.pick(['KJ', 'ZS', 'J'])}-{issued.year}-{ctx.rng.randint(1, 300):03d}"
    pg = Page()
    if v == "personal":
        border(pg, "double", (170, 40, 40))
        txt(pg, ctx, 105, 40, "荣 誉 证 书", 30, "c", True, (170, 40, 40))
        txt(pg, ctx, 30, 78, f"{holder}同志：", 15)
        s = f"你参与完成的“{proj}”项目，荣获{year_word}{name}{grade}（第{people_[0]['rank']}完成人）。特发此证，以资鼓励。"
        para(pg, ctx, 30, 94, 150, s, 15, 2.1)
        txt(pg, ctx, 30, 190, f"证书编号：{no}", 10.5, color=GREY)
        txt(pg, ctx, 150, 210, issuer, 14, "c")
        txt(pg, ctx, 150, 221, dstr, 14, "c")
        seal(pg, ctx, 150, 213, issuer)
    elif v in ("team", "social"):
        txt(pg, ctx, 105, 30, "获 奖 证 书", 28, "c", True, (150, 100, 20))
        txt(pg, ctx, 105, 50, f"{year_word}{name}", 15, "c", True)
        y = grid(pg, ctx, 25, 66, [[("项目名称", 32, "l"), (proj, 128, "p")], [("奖励等级", 32, "l"), (grade, 128, "p")],
                                   [("证书编号", 32, "l"), (no, 128, "p")]], 12, 11.5)  # fmt: skip
        rows = [["排名", "姓名", "工作单位"]] + [[f"第{i + 1}位" if v == "team" else str(i + 1), x,
                                               (w.unit if x == w.name else who(ctx.rng, trade=w.trade, city=w.city).unit)]
                                              for i, x in enumerate(team)]  # fmt: skip
        y = pg.table(25, y + 8, [20, 34, 106], rows, 11, ctx.body, 9.5, header_font=ctx.bold)
        txt(pg, ctx, 150, y + 24, issuer, 13, "c")
        txt(pg, ctx, 150, y + 34, dstr, 13, "c")
        seal(pg, ctx, 150, y + 26, issuer)
    elif v == "contest":
        pg = Page(297, 210)
        border(pg, "band", (180, 120, 20))
        txt(pg, ctx, 148.5, 34, "荣誉证书", 32, "c", True, (170, 40, 40))
        s = f"{holder}同志在{year_word[:-2]}年{name}中，参赛项目“{title}”成绩优异，荣获{grade}。"
        para(pg, ctx, 45, 72, 207, s, 17, 2.1)
        txt(pg, ctx, 45, 118, "特发此证，以资鼓励。", 17)
        txt(pg, ctx, 220, 150, issuer, 14, "c")
        txt(pg, ctx, 220, 162, dstr, 14, "c")
        seal(pg, ctx, 220, 154, issuer)
    elif v == "govland":
        pg = Page(297, 210)
        border(pg, "double", (170, 40, 40))
        txt(pg, ctx, 148.5, 24, f"{name.replace('奖', '')}奖证书", 24, "c", True, (170, 40, 40))
        para(pg, ctx, 40, 48, 217, f"为表彰{year_word}{name}获得者，特颁发此证书。", 14, 2.0)
        lines = [("获奖项目", proj), ("奖励等级", grade), ("获 奖 者", "、".join(team)), ("证 书 号", no)]
        y = 70
        for lab, val in lines:
            txt(pg, ctx, 50, y, f"{lab}：", 14)
            y = pg.wrap(82, y, 170, val, 14, ctx.body, 1.6) + 5
        txt(pg, ctx, 225, 160, issuer, 14, "c")
        txt(pg, ctx, 225, 172, dstr, 14, "c")
        seal(pg, ctx, 225, 164, issuer)
    elif v == "society":
        txt(pg, ctx, 105, 30, issuer, 15, "c", True)
        txt(pg, ctx, 105, 46, "证    书", 28, "c", True)
        s = f"{holder}（排名第{people_[0]['rank']}）完成的“{proj}”，获{year_word}{name}{grade}。"
        para(pg, ctx, 30, 80, 150, s, 15, 2.1)
        txt(pg, ctx, 30, 150, f"编号：{no}", 10.5, color=GREY)
        txt(pg, ctx, 150, 200, issuer, 13, "c")
        txt(pg, ctx, 150, 211, dstr, 13, "c")
        seal(pg, ctx, 150, 203, issuer)
    else:  # trad
        st = ctx.pick(["cn", "cno"])
        dstr = fdate(issued, st)
        border(pg, "corner", (170, 40, 40))
        txt(pg, ctx, 105, 38, "獎  狀", 34, "c", True, (170, 40, 40))
        s = f"{holder}同志：您作为第{people_[0]['rank']}完成人的“{proj}”被评为{year_word}{name}{grade}。特颁此状，以资鼓励。"
        para(pg, ctx, 30, 80, 150, s, 15, 2.1)
        txt(pg, ctx, 150, 200, issuer, 13, "c")
        txt(pg, ctx, 150, 211, dstr, 13, "c")
        seal(pg, ctx, 150, 203, issuer)
    claim = holder or w.name
    return ink.doc("award_certificate", v, [pg], fields, scored, claim, issued.year)


# ==== project completion ===========================================================================
def _planner(ctx: Ctx, w: Who) -> tuple[str, str]:
    """(managing organisation, programme wording)."""
    return ctx.pick([
        (f"{w.city}市科学技术局", "市级科技计划项目"),
        (f"{w.city}市社会科学界联合会", "社会科学规划课题"),
        (f"{w.city}市教育科学规划领导小组办公室", "教育科学规划课题"),
        (f"{w.prov}省中医药管理局", "中医药科研计划项目"),
        (f"{w.city}市卫生健康委员会", "医药卫生科技计划项目"),
        (f"{w.prov}省统计局", "统计科研计划项目"),
    ])  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project_completion")
    w = who(ctx.rng)
    issuer, prog = _planner(ctx, w)
    title = ctx.pick(PROJ[w.trade])
    members = people(ctx.rng, ctx.rng.randint(2, 6))
    leader = w.name if w.name not in members else members.pop(0)
    members = [x for x in members if x != leader]
    st = ctx.pick(STYLES)
    issued = day(ctx.rng, 2018, 2024)
    code = f"{issued.year - ctx.rng.randint(1, 3)}{ctx.pick(['KJ', 'SK', 'JY', 'ZY'])}{ctx.rng.randint(1, 300):03d}"
    only_leader = v in ("letter", "screen")
    ppl = [{"name": leader, "rank": 1, "role": "project_leader"}]
    if not only_leader:
        ppl += [{"name": x, "rank": i + 2, "role": "project_member"} for i, x in enumerate(members)]
    fields = {"holder": leader if only_leader else None, "title": title, "issuer": issuer, "people": ppl,
              "issued_on": issued.isoformat()}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    claim = leader if only_leader else ctx.pick([leader] + members)
    dstr = fdate(issued, st)
    pg = Page()
    if v == "cert":
        border(pg, "double", (30, 80, 130))
        txt(pg, ctx, 105, 34, "结 题 证 书", 28, "c", True)
        txt(pg, ctx, 105, 50, f"{issuer}{prog}", 12, "c")
        y = grid(pg, ctx, 25, 66, [[("项目编号", 32, "l"), (code, 128, "p")], [("项目名称", 32, "l"), (title, 128, "p")],
                                   [("主 持 人", 32, "l"), (leader, 128, "p")], [("承担单位", 32, "l"), (w.unit, 128, "p")],
                                   [("课题组成员", 32, "l"), ("、".join(members), 128, "p")],
                                   [("结题时间", 32, "l"), (dstr, 128, "p")]], 13, 12)  # fmt: skip
        para(pg, ctx, 25, y + 12, 160, "该项目已完成预定研究任务，经专家组评审，准予结题。特发此证。", 13)
        txt(pg, ctx, 150, y + 50, issuer, 13, "c")
        txt(pg, ctx, 150, y + 60, dstr, 13, "c")
        seal(pg, ctx, 150, y + 52, issuer)
    elif v == "letter":
        txt(pg, ctx, 105, 32, "结 题 证 明", 24, "c", True)
        s = (
            f"兹证明，由{w.unit}{leader}同志主持的{prog}“{title}”（立项编号：{code}），已按计划完成研究任务，"
            f"于{dstr}通过结题验收，准予结题。"
        )
        y = para(pg, ctx, 25, 60, 160, s, 14, 2.1)
        txt(pg, ctx, 25, y + 6, "特此证明。", 14)
        txt(pg, ctx, 150, y + 40, issuer, 13, "c")
        txt(pg, ctx, 150, y + 50, dstr, 13, "c")
        seal(pg, ctx, 150, y + 42, issuer)
    elif v == "form":
        txt(pg, ctx, 105, 24, f"{prog}结题鉴定意见表", 18, "c", True)
        y = grid(pg, ctx, 20, 40, [[("课题名称", 34, "l"), (title, 136, "p")], [("课题编号", 34, "l"), (code, 136, "p")],
                                   [("课题负责人", 34, "l"), (leader, 48, "p"), ("所在单位", 30, "l"), (w.unit[:10], 58, "p")],
                                   [("课题组成员", 34, "l"), ("、".join(members), 136, "p")]], 12, 11)  # fmt: skip
        pg.rect(20, y, 190, y + 70, 0.35)
        txt(pg, ctx, 24, y + 4, "专家组鉴定意见：", 11.5, bold=True)
        para(
            pg,
            ctx,
            24,
            y + 14,
            160,
            "该课题研究目标明确，方法得当，资料翔实，达到了预期目标，同意结题。",
            11.5,
        )
        txt(pg, ctx, 120, y + 50, "专家组组长（签字）：", 11)
        hand(pg, ctx, 164, y + 48, ctx.pick(["于洪涛", "宫晓明", "乔立平"]), 14)
        pg.rect(20, y + 70, 190, y + 115, 0.35)
        txt(pg, ctx, 24, y + 74, "管理部门意见：同意结题。", 11.5)
        txt(pg, ctx, 150, y + 92, issuer, 11.5, "c")
        txt(pg, ctx, 150, y + 101, dstr, 11.5, "c")
        seal(pg, ctx, 150, y + 94, issuer, 17)
    elif v == "month":
        fields["issued_on"] = f"{issued.year}-{issued.month:02d}"
        dstr = fmonth(issued.year, issued.month, st)
        txt(pg, ctx, 105, 36, "课题结题证书", 26, "c", True, (20, 90, 60))
        txt(pg, ctx, 105, 52, f"证字第{code}号", 11, "c", color=GREY)
        s = f"{w.unit}承担的{prog}“{title}”，经鉴定，达到结题要求，准予结题。"
        y = para(pg, ctx, 28, 72, 154, s, 14, 2.1)
        txt(pg, ctx, 28, y + 6, f"课题主持人：{leader}", 14)
        y = pg.wrap(28, y + 18, 154, f"主要成员：{'  '.join(members)}", 14, ctx.body, 1.7)
        txt(pg, ctx, 150, y + 36, issuer, 13, "c")
        txt(pg, ctx, 150, y + 46, dstr, 13, "c")
        seal(pg, ctx, 150, y + 38, issuer)
    elif v == "land":
        pg = Page(297, 210)
        border(pg, "corner", (120, 80, 30))
        txt(pg, ctx, 148.5, 30, "結 題 證 書", 28, "c", True, (120, 80, 30))
        s = (
            f"{leader}主持的{prog}“{title}”（编号：{code}）研究工作已经完成，经审核，同意结题。"
            f"课题组成员：{'、'.join(members)}。"
        )
        para(pg, ctx, 40, 62, 217, s, 15, 2.1)
        txt(pg, ctx, 225, 150, issuer, 14, "c")
        txt(pg, ctx, 225, 162, dstr, 14, "c")
        seal(pg, ctx, 225, 154, issuer)
    else:  # screen
        pg = Page(92, 180)
        y = ink.phone(pg, ctx, "项目详情", (50, 90, 170))
        ink.card(pg, y, 150)
        txt(pg, ctx, 8, y + 4, "项目状态", 8.5, color=GREY)
        pg.rect(60, y + 3, 86, y + 9, 0, (40, 160, 90), (40, 160, 90))
        txt(pg, ctx, 73, y + 4, "已结题", 8, "c", color=(255, 255, 255))
        yy = y + 14
        for lab, val in (("项目名称", title), ("项目编号", code), ("项目类别", prog), ("负责人", leader),
                         ("依托单位", w.unit), ("结题日期", fdate(issued, "iso")), ("管理单位", issuer)):  # fmt: skip
            txt(pg, ctx, 8, yy, lab, 8, color=GREY)
            yy = pg.wrap(26, yy, 60, val, 8.5, ctx.body, 1.45) + 3
        txt(pg, ctx, 46, 160, f"数据来源：{issuer}科研管理系统", 6.5, "c", color=GREY)
    return ink.doc("project_completion", v, [pg], fields, scored, claim, issued.year)
