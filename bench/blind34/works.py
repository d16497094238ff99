"""Draw 34 builders: patent certificates, award certificates and project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind34.pools import (
    GREY,
    RED,
    STYLES,
    TOPICS,
    Ctx,
    blank,
    browser,
    centre,
    day,
    doc,
    fd,
    fit,
    fm,
    hand,
    later,
    people_names,
    setting,
    workplace,
    zl_check,
)  # fmt: skip

GOODS = {
    "med": ["一种便携式输液加温装置", "一种护理用防压疮翻身垫", "一种检验科试管离心固定架"],
    "vet": ["一种畜禽舍自动消毒喷雾装置", "一种兽用连续注射器", "一种病死畜禽无害化处理箱"],
    "grain": ["一种粮仓内环流控温系统", "一种粮食扦样器", "一种储粮害虫诱捕装置"],
    "road": ["一种沥青路面裂缝灌缝设备", "一种公路护栏清洗车", "一种桥梁支座更换顶升装置"],
    "mine": ["一种矿用瓦斯浓度监测报警器", "一种巷道顶板离层监测仪", "一种煤矿井下防尘喷雾装置"],
    "school": ["一种多功能教学演示支架", "一种小学科学实验观察箱", "一种便携式课堂计时器"],
}
DESIGNS = ["教学用地球仪", "粮食扦样器手柄", "兽药包装盒", "护理推车", "交通锥", "矿灯"]
KIND_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}


def _zl(r, year: int, kind: str) -> tuple[str, str]:  # noqa: ANN001
    d12 = f"{year}{KIND_DIGIT[kind]}{r.randint(0, 9999999):07d}"
    c = zl_check(d12)
    return f"ZL{d12}.{c}", f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{c}"


def patent_certificate(ctx: Ctx, k: int) -> Doc:  # noqa: PLR0915
    v = ctx.variant("patent")
    r = ctx.rng
    S = ctx.show
    st = setting(ctx)
    kind = {"invention": "invention", "design": "design"}.get(v, r.choice(["invention", "utility_model"]))
    if v == "utility":
        kind = "utility_model"
    title = r.choice(DESIGNS) if kind == "design" else r.choice(GOODS[st.sector])
    applied = day(r, 2014, 2022)
    granted = later(applied, 180 if kind != "invention" else 500, 400 if kind != "invention" else 1100, r)
    num, spaced = _zl(r, applied.year, kind)
    inv = people_names(r, r.randint(2, 6))
    owner = st.unit
    sty = r.choice(["pad", "cn", "dot"])
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    role = "设计人" if kind == "design" else "发明人"
    cert_no = f"第{r.randint(1000000, 9999999)}号"
    issuer = "国家知识产权局"
    head_name = r.choice(["申长雨", "刘俊臣"])
    pages: list[Page] = []
    S("title", title)
    S("issuer", issuer)
    for a in inv:
        S("people", a)

    def certificate(land: bool, spaced_no: bool) -> Page:
        pg = Page(297, 210) if land else Page()
        pg.rect(8, 8, pg.w - 8, pg.h - 8, 1.2, (150, 120, 60))
        y = centre(pg, ctx, 22, f"{word}专利证书", 24, True)
        pg.text(pg.w / 2, 14, "中华人民共和国国家知识产权局", 10, ctx.body, "c", GREY)
        pg.text(pg.w / 2, y, f"证书号{cert_no}", 12, ctx.body, "c")
        name_lab = "使用外观设计的产品名称" if kind == "design" else f"{word}名称"
        pairs = [(name_lab, title), (role, "；".join(inv)), ("专 利 号", S("patent.number", spaced if spaced_no else num)),
                 ("专利申请日", S("patent.applied_on", fd(applied, sty))), ("专利权人", owner),
                 ("授权公告日", S("patent.granted_on", fd(granted, sty)))]  # fmt: skip
        if land:
            pairs = [pairs[2], pairs[0], pairs[1], pairs[3], pairs[4], pairs[5]]
        yy = y + 14
        for lab, val in pairs:
            pg.text(28, yy, f"{lab}：", 12.5, ctx.body)
            yy = pg.wrap(28 + (62 if kind == "design" else 34), yy, pg.w - 100, val, 12.5, ctx.body, 1.7) + 4
        txt = (
            f"本{word}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书"
            "并在专利登记簿上予以登记。专利权自授权公告之日起生效。"
        )
        yy = pg.wrap(28, yy + 6, pg.w - 56, txt, 11.5, ctx.body, 1.8, 8)
        pg.text(pg.w - 60, pg.h - 40, f"局长  {head_name}", 12, ctx.body, "c")
        pg.seal(pg.w - 60, pg.h - 48, 20, issuer, r.randrange(999))
        pg.text(30, pg.h - 26, f"第 1 页（共 {r.randint(1, 2)} 页）", 9, ctx.body, "l", GREY)
        return pg

    if v in ("invention", "design"):
        pages = [certificate(False, r.random() < 0.5)]
    elif v == "utility":
        pages = [certificate(True, True)]
    elif v == "ecert":
        pg = Page()
        pg.rect(0, 0, 210, 26, 0, fill=(200, 40, 40))
        pg.text(105, 8, f"{issuer}  电子专利证书", 16, ctx.bold, "c", (255, 255, 255))
        pg.rect(160, 34, 190, 64, 0.5)
        pg.text(175, 46, "二维码", 9, ctx.body, "c", GREY)
        rows = [
            ["证书号", cert_no],
            [f"{word}名称", title],
            [role, "，".join(inv)],
            ["专利号", S("patent.number", num)],
            ["申请日", S("patent.applied_on", fd(applied, "dash"))],
            ["专利权人", owner],
            ["授权公告日", S("patent.granted_on", fd(granted, "dash"))],
            ["授权公告号", f"CN{r.randint(100000000, 219999999)}{'B' if kind == 'invention' else 'U'}"],
        ]  # noqa: E501
        pg.table(20, 72, [40, 130], rows, 11, ctx.body, 12)
        pg.text(20, 180, "本证书由国家知识产权局以电子形式颁发，与纸质证书具有同等法律效力。", 10, ctx.body)
        pg.seal(160, 200, 20, issuer, r.randrange(999))
        pages = [pg]
    elif v == "register":
        pg = Page()
        centre(pg, ctx, 22, "专利登记簿副本", 20, True)
        rows = [
            ["专利号", S("patent.number", num[2:])],
            [f"{word}名称", title],
            ["专利类型", word],
            ["申请日", S("patent.applied_on", fd(applied, "pad"))],
            ["授权公告日", S("patent.granted_on", fd(granted, "pad"))],
            [role, "、".join(inv)],
            ["专利权人", owner],
            ["法律状态", "专利权维持"],
            ["年费缴纳", f"已缴至第{r.randint(2, 6)}年度"],
        ]  # noqa: E501
        y = pg.table(18, 40, [40, 134], rows, 11, ctx.body, 12)
        pg.text(150, y + 20, issuer, 12, ctx.body, "c")
        pg.text(150, y + 30, fd(later(granted, 100, 800, r), "pad"), 12, ctx.body, "c")
        pg.seal(150, y + 24, 20, "国家知识产权局专利局", r.randrange(999))
        pages = [pg]
    elif v == "query":
        pg = Page()
        browser(
            pg,
            ctx,
            f"https://cpquery.cponline.cnipa.gov.cn/detail/index?zhuanlisqh={num[2:]}",
            "中国及多国专利审查信息查询",
            fd(day(r, 2024, 2025), "slash"),
            "1/1",
        )
        pg.text(16, 16, "中国及多国专利审查信息查询 > 申请信息 > 著录项目", 10, ctx.body, "l", GREY)
        rows = [["申请号/专利号", S("patent.number", num[2:])], ["发明名称", title], ["申请日", S("patent.applied_on", fd(applied, "dash"))],  # noqa: E501
                ["授权公告日", S("patent.granted_on", fd(granted, "dash"))], ["案件状态", "专利权维持"], ["申请（专利权）人", owner],
                ["发明人/设计人", "；".join(inv)], ["专利类型", word], ["审批机构", issuer]]  # fmt: skip
        pg.table(16, 26, [44, 134], rows, 10.5, ctx.body, 11)
        pages = [pg]
    else:  # copyset: a unit's cover sheet, then the certificate copy
        c0 = Page()
        centre(c0, ctx, 40, "科研成果材料", 22, True)
        centre(c0, ctx, 58, f"（{word}专利证书复印件）", 14)
        c0.text(40, 100, f"申报人：{inv[r.randrange(len(inv))]}", 14, ctx.body)
        c0.text(40, 114, f"单  位：{st.unit}", 14, ctx.body)
        c0.text(40, 128, "经核对，复印件与原件一致。", 14, ctx.body)
        c0.seal(140, 140, 20, st.unit, r.randrange(999))
        pages = [c0, certificate(False, False)]
    pat = {"kind": kind, "number": num, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}
    people = [{"name": a, "rank": i + 1, "role": "inventor"} for i, a in enumerate(inv)]
    f = {"people": people, "title": title, "issuer": issuer, "issued_on": granted.isoformat(), "patent": pat}
    S("issued_on", ctx.shown["patent.granted_on"][0])
    sc = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    ]  # noqa: E501
    return doc(
        ctx, "patent_certificate", "patent", v, pages, f, sc, (inv[r.randrange(len(inv))], granted.year)
    )


# ---- awards -----------------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:  # noqa: PLR0915
    v = ctx.variant("award")
    r = ctx.rng
    S = ctx.show
    st = setting(ctx)
    proj = r.choice(TOPICS[st.sector]) + r.choice(
        ["关键技术研究与推广", "集成应用", "技术推广", "模式创新与实践"]
    )
    names = people_names(r, r.randint(3, 7))
    grade = r.choice(GRADES)
    d = day(r, 2017, 2024)
    sty = r.choice(STYLES)
    area = r.choice(["兰考县", "尉氏县", "杞县", "宁阳县", "东平县"])
    cl_city = r.choice(["新泰市", "肥城市"])
    holder: str | None = None
    rank_of = r.randrange(len(names))
    people = [{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(names)]
    kind, title = "science_technology", proj
    issued = d.isoformat()
    if v == "government":
        gov, level = r.choice([(f"{st.city}市人民政府", "municipal"), (f"{area}人民政府", "county")])
        aname = f"{gov[:-4]}科学技术进步奖"
    elif v == "team":
        gov, level = f"{st.city}市人民政府", "municipal"
        aname = f"{st.city}市科学技术进步奖"
    elif v == "bureau":
        gov, level = f"{st.city}市教育局" if st.sector == "school" else f"{st.city}市农业农村局", "bureau"
        aname = f"{st.city}市{'教学成果奖' if st.sector == 'school' else '农业技术推广成果奖'}"
        kind = "other" if st.sector == "school" else "science_technology"
    elif v == "society":
        gov, level = (
            f"{st.prov}省{r.choice(['公路学会', '畜牧兽医学会', '粮油学会', '煤炭学会', '医学会', '教育学会'])}",
            None,
        )
        aname = f"{gov}科学技术奖"
    elif v == "contest":
        gov, level = f"{st.city}市市场监督管理局", "bureau"
        aname = f"{st.city}市第{r.randint(2, 9)}届食品安全检验检测技能竞赛"
        kind, title = "competition", None
        proj = None
    elif v == "month":
        gov, level = f"{cl_city}人民政府", "county"
        aname = f"{cl_city}科学技术进步奖"
        issued = f"{d.year}-{d.month:02d}"
    else:
        gov, level = f"{st.prov}省人民政府", "provincial"
        aname = f"{st.prov}省科学技术进步奖"
    holder = None if v in ("team", "society") else names[rank_of]
    if holder:
        people = [{"name": holder, "rank": rank_of + 1, "role": "awardee"}]
    if v == "contest":
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
    S("issuer", gov)
    S("award.name", aname)
    S("award.grade", grade)
    if title:
        S("title", title)
    for p in people:
        S("people", p["name"])
    yr_pfx = f"{d.year - 1}年度" if r.random() < 0.6 else ""
    pg = Page(297, 210) if v in ("province", "team") else Page()
    pg.rect(10, 10, pg.w - 10, pg.h - 10, 2.0, (180, 140, 40))
    y = centre(pg, ctx, 28, "荣 誉 证 书" if v != "contest" else "获 奖 证 书", 28, True, RED)
    if v in ("government", "month", "province", "bureau"):
        tag = (
            f"（排名第{rank_of + 1}）"
            if v == "province"
            else f"（第{rank_of + 1}完成人）"
            if v == "government"
            else ""
        )
        if v in ("bureau", "month"):
            people = [{"name": holder, "rank": 1, "role": "awardee"}]
        txt = (
            f"为表彰在{'科学技术' if kind != 'other' else '教育教学'}工作中做出突出贡献的人员，特颁发此证书。"
        )
        pg.text(40, y + 8, "获奖项目：", 14, ctx.body)
        pg.wrap(72, y + 8, pg.w - 110, proj, 14, ctx.body)
        pg.text(
            40,
            y + 24,
            "奖励等级：" + yr_pfx + aname + grade,
            fit(yr_pfx + aname + grade, ctx.body, 14, pg.w - 100),
            ctx.body,
        )
        pg.text(40, y + 40, "获 奖 者：", 14, ctx.body)
        hand(pg, ctx, 72, y + 39, holder, 16) if v == "month" else pg.text(
            72, y + 40, holder + tag, 14, ctx.body
        )
        yy = pg.wrap(40, y + 58, pg.w - 80, txt, 13, ctx.body, 1.9, 9)
        if v == "province":
            pg.text(
                40,
                yy + 4,
                f"证书号：{d.year}-J-{r.randint(100, 999)}-{grade[0]}-{r.randint(1, 60):02d}-R{rank_of + 1:02d}",
                11,
                ctx.body,
            )  # noqa: E501
    elif v == "team":
        txt = f"“{proj}”项目荣获{yr_pfx}{aname}{grade}。"
        yy = pg.wrap(36, y + 10, pg.w - 72, txt, 15, ctx.body, 2.0, 11)
        pg.text(36, yy + 6, "主要完成人：" + "、".join(names), 13, ctx.body)
        pg.text(36, yy + 18, f"主要完成单位：{st.unit}", 13, ctx.body)
    elif v == "society":
        txt = f"{st.unit}等单位完成的“{proj}”获{yr_pfx}{aname}{grade}。"
        yy = pg.wrap(30, y + 10, pg.w - 60, txt, 14, ctx.body, 2.0, 10)
        rows = [["序号", "完成人", "工作单位"]] + [
            [str(i + 1), n, workplace(r, st.city, st.sector)] for i, n in enumerate(names)
        ]
        pg.table(30, yy + 6, [16, 34, 100], rows, 10.5, ctx.body, 9)
    else:  # contest
        hand(pg, ctx, 36, y + 12, holder, 18)
        pg.text(66, y + 13, "同志：", 14, ctx.body)
        pg.wrap(36, y + 30, 138, f"在{aname}中荣获个人{grade}。特发此证，以资鼓励。", 14, ctx.body, 2.0, 10)
    if v == "month":
        ds = S("issued_on", fm(d.year, d.month, r.choice(["cn", "han"])))
    else:
        ds = S("issued_on", fd(d, sty))
    pg.text(pg.w - 62, pg.h - 48, gov, 13, ctx.body, "c")
    pg.text(pg.w - 62, pg.h - 38, ds, 13, ctx.body, "c")
    pg.seal(pg.w - 62, pg.h - 45, 21, gov, r.randrange(999))
    aw = {"name": aname, "kind": kind, "level": level, "grade": grade}
    f = {"holder": holder, "people": people, "title": title, "issuer": gov, "issued_on": issued, "award": aw}
    sc = ["holder", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level", "award.grade"]
    if title:
        sc.insert(1, "title")
    if level is None:
        sc.remove("award.level")
    if holder:
        S("holder", holder)
    claim = holder or names[r.randrange(len(names))]
    return doc(ctx, "award_certificate", "award", v, [pg], f, sc, (claim, d.year))


# ---- project completion -----------------------------------------------------------------------------
FUNDERS = [
    "{c}市科学技术局",
    "{c}市社会科学界联合会",
    "{p}省卫生健康委员会",
    "{c}市教育科学研究院",
    "{p}省交通运输厅",
]


def project_completion(ctx: Ctx, k: int) -> Doc:  # noqa: PLR0915
    v = ctx.variant("proj")
    r = ctx.rng
    S = ctx.show
    st = setting(ctx)
    title = r.choice(TOPICS[st.sector]) + r.choice(["的研究", "实践研究", "推广应用研究", "的调查研究"])
    issuer = r.choice(FUNDERS).format(c=st.city, p=st.prov)
    if v == "teacher":
        issuer = f"{st.city}市教育科学研究院"
    names = people_names(r, r.randint(3, 6))
    leader, members = names[0], names[1:]
    d = day(r, 2017, 2024)
    sty = r.choice(STYLES)
    pno = f"{d.year - r.randint(1, 2)}{r.choice(['KJ', 'SK', 'JY', 'ZD'])}{r.randint(1, 199):03d}"
    holder = leader if v in ("letter", "blankform") else None
    people = [{"name": leader, "rank": 1, "role": "project_leader"}]
    if not holder:
        people += [{"name": m, "rank": i + 2, "role": "project_member"} for i, m in enumerate(members)]
    issued = d.isoformat()
    S("title", title)
    S("issuer", issuer)
    for p in people:
        S("people", p["name"])
    pages: list[Page] = []
    pg = Page()
    if v == "certificate":
        pg.rect(10, 10, 200, 287, 1.0)
        centre(pg, ctx, 36, "结 题 证 书", 26, True)
        rows = [
            ("项目编号", pno),
            ("项目名称", title),
            ("承担单位", st.unit),
            ("项目负责人", leader),
            ("主要成员", "、".join(members)),
        ]
        yy = 70.0
        for lab, val in rows:
            pg.text(30, yy, lab + "：", 13, ctx.body)
            yy = pg.wrap(62, yy, 120, val, 13, ctx.body, 1.7) + 6
        pg.wrap(30, yy + 6, 150, "该项目已按计划完成研究任务，经专家鉴定，准予结题。", 13, ctx.body, 1.9, 9)
        ds = fd(d, sty)
        pg.text(150, 236, issuer, 13, ctx.body, "c")
        pg.text(150, 246, ds, 13, ctx.body, "c")
        pg.seal(150, 240, 20, issuer, r.randrange(999))
        pages = [pg]
    elif v == "letter":
        centre(pg, ctx, 34, "结 题 证 明", 22, True)
        txt = (
            f"由{st.unit}{leader}同志主持的{issuer}{d.year - 1}年度立项课题“{title}”（编号：{pno}），"
            "已完成研究任务，经审核同意结题。"
        )
        y = pg.wrap(24, 60, 162, txt, 14, ctx.body, 2.1, 10)
        pg.wrap(24, y + 4, 162, "特此证明。", 14, ctx.body, 2.1, 10)
        ds = fd(d, sty)
        pg.text(150, y + 40, issuer, 13, ctx.body, "c")
        pg.text(150, y + 50, ds, 13, ctx.body, "c")
        pg.seal(150, y + 44, 20, issuer, r.randrange(999))
        pages = [pg]
    elif v == "dossier":
        centre(pg, ctx, 60, "科研项目结题验收书", 22, True)
        for i, (lab, val) in enumerate(
            [("项目名称", title), ("承担单位", st.unit), ("项目负责人", leader), ("项目编号", pno)]
        ):
            pg.text(40, 120 + i * 14, f"{lab}：{val}", 13, ctx.body)
        pg.text(105, 250, issuer + "制", 12, ctx.body, "c")
        p2 = Page()
        centre(p2, ctx, 20, "二、项目组成员", 15, True)
        rows = [["序号", "姓名", "职称", "工作单位", "分工"]]
        rows += [
            [
                str(i + 1),
                n,
                r.choice(["高级工程师", "工程师", "副主任医师", "一级教师"]),
                st.unit,
                "负责人" if i == 0 else "参与",
            ]
            for i, n in enumerate(names)
        ]  # noqa: E501
        p2.table(16, 32, [14, 26, 30, 80, 28], rows, 10.5, ctx.body, 11)
        p3 = Page()
        centre(p3, ctx, 20, "五、验收意见", 15, True)
        chief = people_names(r, 8)[-1]
        p3.rect(18, 30, 192, 180, 0.3)
        p3.wrap(
            24,
            38,
            160,
            "验收组听取了项目组汇报，审阅了相关材料，认为该项目完成了合同规定的各项任务，同意通过验收。",
            12,
            ctx.hand,
        )
        p3.text(120, 150, "验收组组长：", 12, ctx.body)
        hand(p3, ctx, 150, 149, chief, 15)
        ds = fd(d, sty)
        p3.text(140, 200, issuer, 13, ctx.body, "c")
        p3.text(140, 210, ds, 13, ctx.body, "c")
        p3.seal(140, 204, 20, issuer, r.randrange(999))
        pages = [pg, p2, p3]
    elif v == "closing":
        pg = Page(297, 210)
        pg.rect(10, 10, 287, 200, 2.0, RED)
        centre(pg, ctx, 26, "结 项 证 书", 26, True, RED)
        txt = f"“{title}”（批准号：{pno}）研究任务已完成，经审核准予结项。"
        y = pg.wrap(40, 60, 217, txt, 15, ctx.body, 2.0, 11)
        pg.text(40, y + 8, f"课题负责人：{leader}", 14, ctx.body)
        pg.text(40, y + 20, "课题组成员：" + "  ".join(members), 14, ctx.body)
        ds = fm(d.year, d.month, "han")
        issued = f"{d.year}-{d.month:02d}"
        pg.text(225, 165, issuer, 13, ctx.body, "c")
        pg.text(225, 175, ds, 13, ctx.body, "c")
        pg.seal(225, 168, 21, issuer, r.randrange(999))
        pages = [pg]
    elif v == "system":
        browser(
            pg,
            ctx,
            f"https://kjxm.{r.choice(['kaifeng', 'taian'])}.gov.cn/project/view?id={r.randint(10000, 99999)}",
            "科技项目管理信息系统",
            fd(day(r, 2024, 2025), "slash"),
            "1/1",
        )
        pg.rect(12, 14, 198, 26, 0, fill=(240, 240, 240))
        pg.text(18, 16.5, f"{issuer} · 科技项目管理信息系统", 12, ctx.bold)
        rows = [["项目编号", pno], ["项目名称", title], ["承担单位", st.unit], ["负责人", leader], ["参与人员", "，".join(members)],
                ["项目状态", "已结题"], ["结题日期", fd(d, "dash")], ["管理单位", issuer]]  # fmt: skip
        pg.table(16, 34, [36, 142], rows, 10.5, ctx.body, 11)
        ds = fd(d, "dash")
        pages = [pg]
    elif v == "blankform":
        centre(pg, ctx, 26, "课题结题证明", 20, True)
        y = 50.0
        blank(pg, ctx, 24, y, "课题名称：", title, 140)
        blank(pg, ctx, 24, y + 16, "课题编号：", pno, 60)
        blank(pg, ctx, 24, y + 32, "主 持 人：", leader, 50)
        pg.wrap(
            24, y + 50, 162, "该课题经我单位组织专家鉴定，达到预期研究目标，同意结题。", 13, ctx.body, 1.9, 9
        )
        ds = fd(d, sty)
        hand(pg, ctx, 150, 150, ds, 14, "c")
        pg.text(150, 140, issuer, 13, ctx.body, "c")
        pg.seal(146, 144, 20, issuer, r.randrange(999))
        pages = [pg]
    else:  # teacher
        pg.rect(10, 10, 200, 287, 1.4, (40, 100, 60))
        centre(pg, ctx, 34, "教育科学规划课题结题证书", 20, True)
        pg.text(30, 66, f"课题批准号：{pno}", 13, ctx.body)
        pg.wrap(30, 80, 150, f"课题名称：{title}", 13, ctx.body)
        rows = [["课题负责人", leader, "工作单位", st.unit]] + [["课题组成员", m, "", ""] for m in members]
        pg.table(24, 104, [32, 38, 26, 66], rows, 10.5, ctx.body, 11)
        ds = fd(d, sty)
        pg.text(150, 240, issuer, 13, ctx.body, "c")
        pg.text(150, 250, ds, 13, ctx.body, "c")
        pg.seal(150, 244, 20, issuer, r.randrange(999))
        pages = [pg]
    S("issued_on", ds)
    if holder:
        S("holder", holder)
    f = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": issued}
    sc = ["holder", "title", "people", "issuer", "issued_on"]
    claim = holder or names[r.randrange(len(names))]
    return doc(ctx, "project_completion", "proj", v, pages, f, sc, (claim, d.year))


__all__ = ["GREY", "STYLES", "award_certificate", "dt", "patent_certificate", "project_completion"]
