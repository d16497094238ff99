"""Draw 63 builders for journal pages, books, patents, awards and research-project certificates."""

from __future__ import annotations

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind63.kit import DAY_FORMS, claim, fmt, iso, para, plus, rand_date
from bench.blind63.pools import LEVELS, PROFS, PUB_CITY, PUBS, Ctx, J, isbn_digit, zl_check
from bench.generator.truth import person

ENG = {"果树学报": "Journal of Fruit Science", "园艺学报": "Acta Horticulturae Sinica", "水产学报": "Journal of Fisheries of China",
       "茶叶科学": "Journal of Tea Science", "纺织学报": "Journal of Textile Research", "水利学报": "Journal of Hydraulic Engineering",
       "湖泊科学": "Journal of Lake Sciences", "焊接学报": "Transactions of the China Welding Institution"}  # fmt: skip


EN_FIELD = {"苹果栽培": "apple orchard management", "海参养殖": "sea cucumber culture", "葡萄酒酿造": "wine making",
            "黄金地质勘查": "gold exploration", "港口物流": "port logistics", "船舶焊接": "ship welding",
            "核电安全": "nuclear power safety", "妇产科": "obstetric care", "放射医学": "medical imaging",
            "城乡规划": "spatial planning", "黑茶加工": "dark tea processing", "苎麻纺织": "ramie processing",
            "湿地保护": "wetland restoration", "水利堤防": "levee safety", "血吸虫病防治": "schistosomiasis control",
            "临床检验": "laboratory medicine", "房地产估价": "land price evaluation"}  # fmt: skip


NEIGHBOURS = {
    "S": ["不同施肥处理对土壤微生物群落结构的影响", "基于转录组测序的抗逆相关基因挖掘", "设施条件下温湿度调控效果评价",
          "主要病害绿色防控技术集成与应用", "种质资源遗传多样性分析"],
    "R": ["多中心回顾性研究：危险因素与预后分析", "人工智能辅助诊断系统的临床验证", "专家共识解读",
          "基层医院规范化诊疗现状调查", "罕见病例报告并文献复习"],
    "TU": ["存量更新背景下的社区规划实践", "城市收缩的空间识别与治理", "乡村振兴视角下的村庄规划编制",
           "城市群空间结构演变及其驱动机制", "健康城市导向的公共空间评估"],
    "TV": ["混凝土面板堆石坝渗流特性数值模拟", "水库调度多目标优化模型", "河道水沙输移对岸坡稳定的影响",
           "灌区渠系水利用系数测算", "城市内涝风险评估方法"],
    "P": ["湖泊沉积物重金属来源解析", "区域构造演化与成矿作用", "遥感反演地表水体面积变化",
          "地球化学异常特征及找矿意义", "植被群落演替与水文条件的关系"],
    "TS": ["超声辅助提取工艺优化", "发酵过程中风味物质的变化规律", "功能性纤维的制备与表征",
           "贮藏条件对产品品质的影响", "快速检测方法的建立与应用"],
    "TG": ["激光-电弧复合焊接头组织演变", "铝合金搅拌摩擦焊缺陷分析", "焊接残余应力数值模拟",
           "异种钢焊接接头的腐蚀行为", "焊接机器人路径规划方法"],
    "U": ["多式联运枢纽选址模型", "船舶结构疲劳强度评估", "交通流预测的深度学习方法",
          "集装箱码头泊位分配优化", "船体线型优化设计"],
    "TL": ["反应堆堆芯热工水力分析", "放射性废物固化体性能研究", "核级设备抗震鉴定方法",
           "辐射探测器能量刻度方法", "严重事故缓解措施评价"],
    "X": ["流域生态补偿机制研究", "土地利用变化对生态系统服务的影响", "湿地碳储量估算",
          "水环境容量核算方法", "农业面源污染负荷评估"],
}  # fmt: skip


def _journal_prof(ctx: Ctx) -> tuple[dict, dict]:
    c = ctx.city()
    return c, ctx.prof(c, need_journal=True)


def journal_article(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("journal_article")
    c, p = _journal_prof(ctx)
    rng = ctx.rng
    y = c["year"]
    jn = ctx.pick("journal.name", p["journals"])
    issn, cn, vol, sponsor, nat = J[jn]
    issue = rng.randint(1, 12)
    title = ctx.pick("journal.paper", p["papers"])
    authors = ctx.names(rng.randint(2, 5))
    affs = rng.sample(p["work"], min(2, len(p["work"])))
    pp = rng.randint(30, 900)
    levels = list(LEVELS[jn])
    pg = Page()
    pages = [pg]
    head = ctx.pick("journal.rh", (f"第{vol}卷第{issue}期", f"Vol.{vol} No.{issue}"))
    month = f"{y}-{issue:02d}"
    if v in ("first", "english", "brief"):
        pg.text(15, 10, f"{jn}  {head}", 9, ctx.body)
        pg.text(195, 10, f"{fmt(month, 'ym')}", 9, ctx.body, "r")
        pg.line(15, 16, 195, 16, 0.4)
        pg.text(15, 18, f"ISSN {issn}  CN {cn}", 8, ctx.body)
        pg.text(195, 18, f"DOI：10.{rng.randint(11000, 13999)}/j.cnki.{rng.randint(100, 999)}.{y}.{issue:02d}.{rng.randint(1, 40):03d}",
                7.5, ctx.body, "r")  # fmt: skip
        yy = pg.wrap(25, 28, 160, title, 17, ctx.bold)
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts += [(a, False), ("1" if i % 2 == 0 or len(affs) == 1 else "2", True)]
            if i < len(authors) - 1:
                parts.append(("，", False))
        yy = pg.runs(105, yy + 3, parts, 12, ctx.body)
        aff_txt = "；".join(f"{i + 1}.{a}，{c['province']}{c['city']} " for i, a in enumerate(affs))
        yy = pg.wrap(25, yy, 160, f"（{aff_txt}）", 9, ctx.body)
        if v == "english":
            en = EN_FIELD.get(p["field"], "technical practice")
            yy = pg.wrap(
                25,
                yy + 3,
                160,
                f"Field investigation and key techniques of {en} in {c['key'].capitalize()}",
                12,
                ctx.bold,
            )
            yy = pg.wrap(25, yy + 1, 160, f"({c['key'].capitalize()}, {'Shandong' if c['key'] == 'yantai' else 'Hunan'} China)",
                         9, ctx.body)  # fmt: skip
            yy = pg.wrap(20, yy + 2, 170, f"Abstract: Based on field surveys in {c['key'].capitalize()}, this paper analyses the main factors of {en} and proposes practical measures.",
                         9, ctx.body)  # fmt: skip
        yy = para(pg, ctx, 20, yy + 4, 170, f"摘要：针对{p['field']}生产实践中存在的问题，本文以{c['city']}为研究区域，"
                  "通过田间（现场）调查与试验分析，系统研究了相关影响因素，提出了适宜的技术措施，可为同类地区提供参考。", 9.5)  # fmt: skip
        yy = pg.wrap(20, yy + 1, 170, f"关键词：{p['field']}；{c['city']}；技术措施", 9.5, ctx.body)
        yy = pg.wrap(20, yy + 1, 170, f"中图分类号：S{rng.randint(100, 999)}    文献标志码：A    文章编号：{issn}({y}){issue:02d}-{pp:04d}-0{rng.randint(5, 9)}",
                     8.5, ctx.body)  # fmt: skip
        para(
            pg,
            ctx,
            20,
            yy + 4,
            170,
            f"{p['field']}是{c['city']}的重要产业（行业）之一。近年来，随着新技术、新装备的推广应用，生产效率明显提高，"
            "但在标准化管理、质量控制和风险防范等方面仍存在不足[1-3]。为此，本研究在前期调查基础上开展了系统试验，现将结果报道如下。",
            10.5,
        )
        if v != "brief":
            pg.line(20, 250, 80, 250, 0.3)
            rec = plus(rand_date(rng, y - 1, 1, 12), 0)
            notes = [f"收稿日期：{fmt(iso(rec), 'iso')}；修回日期：{fmt(iso(plus(rec, 60)), 'iso')}",
                     f"基金项目：{c['province']}重点研发计划项目（{y - 1}{rng.randint(10, 99)}{rng.randint(1000, 9999)}）",
                     f"作者简介：{authors[0]}（{rng.randint(1975, 1992)}—），{rng.choice('男女')}，{c['province']}{c['city']}人，"
                     f"高级工程师，主要从事{p['field']}研究。"]  # fmt: skip
            yy = 253.0
            for n_ in notes:
                yy = pg.wrap(20, yy, 170, n_, 8, ctx.body, 1.5)
        pg.text(105, 285, str(pp), 9, ctx.body, "c")
    else:
        if v == "covertoc":
            pg.rect(0, 0, 210, 297, 0, fill=(226, 236, 222))
            pg.text(105, 60, jn, 40, ctx.bold, "c", (30, 70, 40))
            if jn in ENG:
                pg.text(105, 82, ENG[jn], 14, ctx.body, "c")
            pg.text(105, 100, f"{y}年  {head}", 15, ctx.body, "c")
            lines = [f"主办：{sponsor}", f"ISSN {issn}", f"CN {cn}"]
            if nat:
                lines.insert(0, f"主管：{nat}")
                levels.append("national")
            for i, ln in enumerate(lines):
                pg.text(105, 230 + i * 9, ln, 12, ctx.body, "c")
            pg = Page()
            pages.append(pg)
        pg.text(105, 16, f"{jn}", 14, ctx.bold, "c")
        pg.text(105, 25, f"{y}年 第{vol}卷 第{issue}期（总第{vol * 12 + issue - 40}期）", 10, ctx.body, "c")
        pg.text(105, 36, "目    次", 18, ctx.bold, "c")
        pool = [t for pr in PROFS if jn in pr["journals"] for t in pr["papers"] if t != title]
        pool += [t for t in NEIGHBOURS[cn.split("/")[1]] if t not in pool]
        extra = [n_ for n_ in ctx.names(12) if n_ not in authors][:10]
        entries = []
        for i, t in enumerate(rng.sample(pool, 5)):
            entries.append((t, "，".join(extra[2 * i : 2 * i + rng.randint(1, 2)])))
        pos = rng.randint(1, 4)
        entries.insert(pos, (title, "，".join(authors)))
        yy = 48.0
        page_no = pp
        for t, au in entries:
            pg.text(20, yy, t, 11, ctx.body)
            pg.text(190, yy + 0.5, f"（{page_no}）", 10, ctx.body, "r")
            pg.text(30, yy + 6, au, 9.5, ctx.body)
            page_no += rng.randint(6, 10)
            yy += 15
        pg.line(15, 272, 195, 272, 0.3)
        pg.text(20, 276, f"ISSN {issn}  CN {cn}  主办：{sponsor}", 8.5, ctx.body)
    people = [person(a, i + 1, "author") for i, a in enumerate(authors)]
    fields = {"title": title, "people": people, "issued_on": month,
              "journal": {"name": jn, "issn": issn, "cn": cn, "year": y, "volume": str(vol), "issue": str(issue),
                          "levels": levels}}  # fmt: skip
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume", "journal.issue",
              "journal.levels"]  # fmt: skip
    if v in ("first", "english", "brief"):
        scored = ["title", "people"] + scored
    who = authors[rng.randrange(min(3, len(authors)))]
    return Doc("journal_article", lay, pages, fields, scored, claim(c["policy"], who, y))


def _isbn(rng, pub: str) -> str:  # noqa: ANN001
    pre = PUBS[pub]
    body = "".join(str(rng.randrange(10)) for _ in range(8 - len(pre)))
    d12 = "9787" + pre + body
    return f"978-7-{pre}-{body}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("book")
    c = ctx.city()
    p = ctx.prof(c)
    rng = ctx.rng
    y = c["year"]
    title = ctx.pick("book.title", p["books"])
    pub = ctx.pick("book.pub", p["pubs"])
    isbn = _isbn(rng, pub)
    m = rng.randint(1, 12)
    month = f"{y}-{m:02d}"
    ed = rng.choice((1, 1, 2))
    edition = f"{y}年{m}月第{ed}版"
    names = ctx.names(rng.randint(3, 6))
    people = []
    if v == "translation":
        orig = ctx.pick("book.orig", ("约翰·史密斯", "玛丽·安德森", "罗伯特·米勒"))
        trans = names[:3]
        people = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        credit = [f"〔美〕{orig} 著", f"{'  '.join(trans)} 译"]
    else:
        n_dep = rng.randint(1, 2)
        roles = (
            ["editor_in_chief"] + ["deputy_editor"] * n_dep + ["editorial_board"] * (len(names) - 1 - n_dep)
        )
        people = [person(nm, i + 1, r) for i, (nm, r) in enumerate(zip(names, roles, strict=True))]
        credit = [f"主  编  {names[0]}", f"副主编  {'  '.join(names[1 : 1 + n_dep])}"]
        if len(names) > 1 + n_dep:
            credit.append(f"编  委  {'  '.join(names[1 + n_dep :])}")
    pg = Page(185, 260)
    city = PUB_CITY.get(pub, "北京")
    scored = ["title", "people", "issuer", "book.publisher"]
    bk: dict = {"isbn": None, "publisher": pub, "edition": None}
    issued = None
    if v == "cover":
        pg.rect(0, 0, 185, 260, 0, fill=(40, 90, 120))
        pg.text(92.5, 24, f"{c['city']}{y}年专业技术人员继续教育推荐教材", 11, ctx.body, "c", (230, 230, 230))
        pg.wrap(20, 60, 150, title, 26, ctx.bold)
        yy = 120.0
        for ln in credit:
            pg.text(92.5, yy, ln, 13, ctx.body, "c", (255, 255, 255))
            yy += 9
        pg.text(92.5, 235, pub, 14, ctx.bold, "c", (255, 255, 255))
    elif v in ("titlepage", "translation"):
        pg.wrap(20, 50, 150, title, 24, ctx.bold)
        yy = 110.0
        for ln in credit:
            pg.text(92.5, yy, ln, 13, ctx.body, "c")
            yy += 9
        pg.text(92.5, 215, pub, 14, ctx.bold, "c")
        pg.text(92.5, 225, f"·{city}·", 11, ctx.body, "c")
        pg.line(20, 234, 165, 234, 0.3)
        pg.text(20, 238, f"ISBN {isbn}    {edition}", 9, ctx.body)
        bk.update(isbn=isbn, edition=edition)
        issued = month
        scored += ["book.isbn", "book.edition"]
    else:
        yy = 30.0
        if v == "cip":
            pg.text(20, yy, "图书在版编目（CIP）数据", 12, ctx.bold)
            lead = credit[0].split()[-1] if v != "translation" else names[0]
            yy = pg.wrap(
                20, yy + 9, 145, f"{title}/{lead}主编. —{city}：{pub}，{fmt(month, 'cipm')}", 10, ctx.body
            )
            yy = pg.wrap(20, yy + 1, 145, f"ISBN {isbn}", 10, ctx.body)
            yy = pg.wrap(
                20,
                yy + 1,
                145,
                f"Ⅰ.①{title[:4]}…  Ⅱ.①{lead}…  Ⅲ.①{p['field']}  Ⅳ.①S{rng.randint(100, 999)}",
                10,
                ctx.body,
            )
            yy = pg.wrap(
                20,
                yy + 3,
                145,
                f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(10000, 299999):06d}号",
                10,
                ctx.body,
            )
            pg.line(20, yy + 3, 165, yy + 3, 0.3)
            yy += 10
        pairs = [("书    名", title)] + [
            (ln.split()[0].replace(" ", ""), " ".join(ln.split()[1:])) for ln in credit
        ]
        pairs += [("责任编辑", ctx.names(7)[-1]), ("出版发行", pub), ("印    刷", f"{city}市{rng.choice(('华联', '宏伟', '长城'))}印刷有限公司"),
                  ("开    本", "787 mm×1092 mm  1/16"), ("印    张", f"{rng.randint(10, 25)}.{rng.choice((0, 5))}"),
                  ("字    数", f"{rng.randint(200, 480)}千字"), ("版    次", edition),
                  ("印    次", f"{y}年{m}月第1次印刷"), ("书    号", f"ISBN {isbn}"), ("定    价", f"{rng.randint(28, 98)}.00元")]  # fmt: skip
        label_lines(pg, ctx, 20, yy, pairs, 10, "  ", 2.0)
        bk.update(isbn=isbn, edition=edition)
        issued = month
        scored += ["book.isbn", "book.edition"]
    fields = {"title": title, "people": people, "issuer": pub, "issued_on": issued, "book": bk}
    cands = [pp_["name"] for pp_ in people if pp_["role"] != "author"]
    return Doc(
        "book", lay, [pg], fields, scored, claim(c["policy"], cands[rng.randrange(min(2, len(cands)))], y)
    )


KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
KIND_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("patent_certificate")
    c = ctx.city()
    rng = ctx.rng
    y = c["year"]
    pool = [(p, kd, t) for p in PROFS if p["city"] == c["key"] for kd, t in p["patents"]]
    p, kd, t = ctx.pick("patent.pick", pool)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}[kd]
    if v in ("invention", "utility", "design"):
        want = {"invention": "invention", "utility": "utility_model", "design": "design"}[v]
        if kind != want:
            kind = want
            t = {"invention": f"一种{p['field']}用检测方法", "utility_model": f"一种{p['field']}用辅助装置",
                 "design": f"{p['field']}宣传展板（{c['city'][:2]}）"}[want]  # fmt: skip
    granted = rand_date(rng, y, 2, 12)
    applied = rand_date(rng, y - (rng.randint(1, 3) if kind == "invention" else 1), 1, 12)
    if applied >= granted:
        applied = plus(granted, -200)
    seq = f"{rng.randrange(10**7):07d}"
    d12 = f"{applied.year}{KIND_DIGIT[kind]}{seq}"
    num = f"ZL{d12}.{zl_check(d12)}"
    spaced = v in ("spaced", "invention") or rng.random() < 0.4
    shown = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}" if spaced else num
    inventors = ctx.names(rng.randint(2, 6))
    owner = ctx.pick("patent.owner", p["work"])
    df = ctx.pick("patent.date", ("pad", "ymd", "pad"))
    w = KIND_WORD[kind]
    pg = Page()
    frame(pg, ctx, 2)
    if v == "ecert":
        pg.rect(10, 10, 200, 40, 0, fill=(180, 30, 40))
        pg.text(105, 18, f"{w}专利证书", 24, ctx.bold, "c", (255, 255, 255))
        pg.text(105, 46, "（电子证书）", 12, ctx.body, "c")
    else:
        pg.text(105, 30, f"{w}专利证书", 26, ctx.bold, "c")
    pg.text(150, 52, f"证书号第{rng.randint(3000000, 6900000)}号", 11, ctx.body)
    title_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    who = "设计人" if kind == "design" else "发明人"
    pairs = [(title_lab, t), (who, "；".join(inventors)), ("专利号", shown), ("专利申请日", fmt(iso(applied), df)),
             ("专利权人", owner), ("地址", f"{c['province']}{c['city']}{ctx.pick('patent.cty', c['counties'])}"),
             ("授权公告日", fmt(iso(granted), df))]  # fmt: skip
    if v == "ecert":
        pairs.append(
            (
                "授权公告号",
                f"CN {rng.randint(208000000, 212999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}",
            )
        )
    yy = label_lines(pg, ctx, 24, 64, pairs, 12, "：", 2.2)
    term = {"invention": "二十年", "utility_model": "十年", "design": "十年"}[kind]
    body = (f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{w}专利证书并在专利登记簿上予以登记。"
            f"专利权自授权公告之日起生效。本专利的专利权期限为{term}，自申请日起算。")  # fmt: skip
    yy = para(pg, ctx, 24, yy + 6, 162, body, 11)
    pg.text(
        24,
        yy + 6,
        "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、",
        8.5,
        ctx.body,
    )
    pg.text(24, yy + 11, "国籍、地址变更等事项记载在专利登记簿上。", 8.5, ctx.body)
    pg.text(130, 262, "局长", 12, ctx.body)
    pg.text(146, 262, "申长雨", 14, ctx.hand)
    pg.seal(150, 245, 20, "国家知识产权局", rng.randrange(999))
    people = [person(n_, i + 1, "inventor") for i, n_ in enumerate(inventors)]
    fields = {"title": t, "people": people, "issuer": "国家知识产权局", "issued_on": iso(granted),
              "patent": {"kind": kind, "number": num, "applied_on": iso(applied), "granted_on": iso(granted)}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return Doc("patent_certificate", lay, [pg], fields, scored,
               claim(c["policy"], inventors[rng.randrange(min(3, len(inventors)))], y))  # fmt: skip


GRADES = ("一等奖", "二等奖", "三等奖")


def _award_body(ctx: Ctx, v: str, c: dict, p: dict) -> tuple[str, str, str, str]:
    """(issuer, award name, kind, level): the level follows the issuing body (see the package docstring)."""
    y = c["year"]
    if v == "government":
        gov, lvl = ctx.pick("award.gov", ((c["gov"], "municipal"), (c["prov_gov"], "provincial")))
        return gov, f"{gov[:-4]}科学技术进步奖", "science_technology", lvl
    if v == "department":
        return p["dept"], f"{p['dept']}科学技术进步奖", "science_technology", "bureau"
    if v == "society":
        soc = p["society"]
        lvl = "provincial" if soc.startswith(("山东省", "湖南省")) else "municipal"
        name = ctx.pick("award.socname", (f"{soc}科学技术奖", f"{soc}优秀学术成果奖"))
        return soc, name, "science_technology" if name.endswith("科学技术奖") else "other", lvl
    if v == "team":
        sk = ctx.pick("award.team", (("science_technology", c["gov"], f"{c['city']}科学技术进步奖", "municipal"),
                                     ("social_science", c["gov"], f"{c['city']}第{ctx.rng.randint(5, 12)}届社会科学优秀成果奖", "municipal")))  # fmt: skip
        return sk[1], sk[2], sk[0], sk[3]
    iss = ctx.pick("award.contest", ((c["union"], "municipal"), (p["dept"], "bureau")))
    return iss[0], f"{c['city']}{y}年{p['field']}职业技能竞赛", "competition", iss[1]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("award_certificate")
    c = ctx.city()
    p = ctx.prof(c)
    rng = ctx.rng
    y = c["year"]
    issuer, aname, kind, level = _award_body(ctx, v, c, p)
    grade = ctx.pick("award.grade", GRADES)
    project = ctx.pick("award.proj", p["projects"] + p["papers"][:1])
    if kind == "social_science":
        project = f"{c['city']}{p['field']}产业高质量发展对策研究"
    names = ctx.names(rng.randint(3, 7))
    issued = rand_date(rng, y, 3, 12)
    df = ctx.pick("award.date", DAY_FORMS)
    no = f"{y}-{'JB'[rng.randrange(2)]}-{rng.randint(1, 90):02d}-{rng.randint(1, 9)}"
    pg = Page(297, 210)
    frame(pg, ctx, 3)
    heading(pg, ctx, ctx.pick("award.h", ("荣 誉 证 书", "获 奖 证 书")), 26, 30)
    if v == "contest":
        holder = names[0]
        title = aname
        rank_people = [person(holder, 1, "awardee")]
        body = f"{ctx.pick('award.w', p['work'])}{holder}同志在{aname}中成绩优异，荣获{grade}。特发此证，以资鼓励。"
        para(pg, ctx, 40, 64, 217, body, 16)
    elif v == "team":
        holder = None
        title = project
        rank_people = [person(n_, i + 1, "awardee") for i, n_ in enumerate(names)]
        para(pg, ctx, 40, 58, 217, f"“{project}”项目荣获{y}年度{aname}{grade}。", 15)
        pg.text(40, 82, "主要完成人：", 14, ctx.body)
        para(pg, ctx, 72, 82, 185, "  ".join(names), 14, False)
        pg.text(40, 104, f"主要完成单位：{ctx.pick('award.tw', p['work'])}", 13, ctx.body)
    else:
        holder = names[rng.randrange(min(3, len(names)))]
        r = names.index(holder) + 1
        title = project
        rank_people = [person(holder, r, "awardee")]
        body = ctx.pick("award.body", (
            f"为表彰在{p['field']}领域作出突出贡献的科技工作者，特颁发此证书。项目名称：{project}；奖励等级：{grade}；获奖者：{holder}（第{r}完成人）。",
            f"{holder}同志：您参与完成的“{project}”项目荣获{y}年度{aname}{grade}（排名第{r}位）。特发此证。",
        ))  # fmt: skip
        yy = para(pg, ctx, 40, 62, 217, body, 15)
        pg.text(40, yy + 4, f"奖项：{aname}", 13, ctx.body)
    pg.text(40, 180, f"证书编号：{no}", 11, ctx.body)
    sign_block(pg, ctx, issuer, fmt(iso(issued), df), 158, 262, seed=rng.randrange(999))
    fields = {"holder": holder, "title": title, "people": rank_people, "issuer": issuer, "issued_on": iso(issued),
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    if holder is None:
        scored.remove("holder")
    who = holder or names[0]
    return Doc("award_certificate", lay, [pg], fields, scored, claim(c["policy"], who, y))


def project_completion(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("project_completion")
    c = ctx.city()
    p = ctx.prof(c)
    rng = ctx.rng
    y = c["year"]
    title = ctx.pick("project.title", p["projects"])
    issuer = ctx.pick("project.issuer", (c["keji"], c["prov_edu_plan"], p["dept"], c["kexie"]))
    names = ctx.names(rng.randint(3, 6))
    leader = names[0]
    unit = ctx.pick("project.unit", p["work"])
    code = f"{c['short']}{rng.choice(('科', 'JK', '规'))}{y - rng.randint(1, 2)}{rng.randint(1, 199):03d}"
    issued = rand_date(rng, y, 3, 12)
    df = ctx.pick("project.date", DAY_FORMS)
    pg = Page()
    if v == "jieti":
        frame(pg, ctx, 2)
        yy = heading(pg, ctx, "结 题 证 书", 34, 26)
        yy = label_lines(pg, ctx, 30, yy + 14, [("课题名称", title), ("课题编号", code), ("课题负责人", leader),
                                                ("课题组成员", "、".join(names[1:])), ("承担单位", unit)], 12, "：", 2.3)  # fmt: skip
        yy = para(
            pg, ctx, 28, yy + 6, 154, "该课题经专家组鉴定，研究成果达到预期目标，准予结题。特发此证。", 13
        )
    elif v == "yanshou":
        yy = heading(pg, ctx, f"{issuer}|科技计划项目验收证书", 28, 20)
        yy = label_lines(pg, ctx, 24, yy + 10, [("项目名称", title), ("项目编号", code), ("承担单位", unit),
                                                ("项目负责人", leader)], 12, "：", 2.2)  # fmt: skip
        yy = para(pg, ctx, 24, yy + 4, 162, "验收意见：项目组按合同要求完成了全部研究内容，技术资料齐全，经费使用合理，"
                  "验收专家组一致同意该项目通过验收。", 12)  # fmt: skip
        pg.text(24, yy + 4, "主要研究人员：", 12, ctx.bold)
        rows = [["序号", "姓名", "工作单位", "承担任务"]] + [[str(i + 1), n_, unit[-10:], "主持" if i == 0 else "参与"]
                                                         for i, n_ in enumerate(names)]  # fmt: skip
        yy = pg.table(24, yy + 12, [16, 34, 80, 32], rows, 10, ctx.body, 9)
    elif v == "table":
        yy = heading(pg, ctx, "课题结题鉴定书", 26, 20)
        rows = [["课题名称", title], ["立项编号", code], ["负责人", leader], ["参加人员", "、".join(names[1:])],
                ["所在单位", unit], ["鉴定结论", "同意结题"]]  # fmt: skip
        yy = pg.table(20, yy + 8, [34, 136], rows, 10.5, ctx.body, 13)
    elif v == "letter":
        yy = heading(pg, ctx, "结题证明", 40, 22, True)
        body = (f"{unit}{leader}同志主持的课题“{title}”（编号：{code}），课题组成员{'、'.join(names[1:])}，"
                "已按计划完成研究任务，经审核鉴定，准予结题。")  # fmt: skip
        yy = para(pg, ctx, 28, yy + 14, 154, body, 13)
        pg.text(36, yy + 4, "特此证明。", 13, ctx.body)
        yy += 10
    else:
        frame(pg, ctx, 1)
        yy = heading(pg, ctx, f"{issuer}|结题证书", 30, 22)
        yy = para(
            pg,
            ctx,
            26,
            yy + 12,
            158,
            f"由{unit}承担的课题“{title}”（立项编号{code}）已完成研究任务，经审核准予结题。",
            13,
        )
        rows = [["排名", "姓名", "课题组分工"]] + [
            [f"第{i + 1}", n_, "课题主持人" if i == 0 else "主要成员"] for i, n_ in enumerate(names)
        ]
        yy = pg.table(40, yy + 6, [30, 40, 60], rows, 11, ctx.body, 9)
    sign_block(pg, ctx, issuer, fmt(iso(issued), df), yy + 18, seed=rng.randrange(999))
    people = [person(leader, 1, "project_leader")] + [
        person(n_, i + 2, "project_member") for i, n_ in enumerate(names[1:])
    ]
    fields = {"holder": leader, "title": title, "people": people, "issuer": issuer, "issued_on": iso(issued)}
    who = names[rng.randrange(min(3, len(names)))]
    return Doc("project_completion", lay, [pg], fields, ["holder", "title", "people", "issuer", "issued_on"],
               claim(c["policy"], who, y))  # fmt: skip
