"""Draw 47's journal pages, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import journals, supervisor
from bench.blind.doc import Doc, frame, heading, sign_block
from bench.blind.page import Page, width_mm
from bench.blind47 import kit
from bench.blind47.kit import hand, qr
from bench.blind47.pools import (
    BUREAUS, CITIES, UNIVS, Ctx, address, ds, fd, fm, isbn_digit, make, people_names, rdate, serial, variant, who,
    zl_check,
)  # fmt: skip
from bench.generator.truth import person

JKEYS = {"bridge": ["公路", "桥", "土木", "交通"], "nurse": ["护理", "儿科"], "pharmacist": ["药"],
         "forestry": ["林"], "vet": ["兽医", "畜牧"], "music": ["学报"], "accountant": ["学报"],
         "archivist": ["学报"]}  # fmt: skip
ATOPIC = {
    "bridge": ["大跨径连续刚构桥合龙段温度效应分析", "基于无人机巡检的桥梁表观病害识别方法", "装配式箱梁湿接缝抗裂性能试验研究",
               "滨海环境下桥墩氯离子侵蚀规律研究"],
    "nurse": ["早产儿家庭参与式护理的效果评价", "儿童外周静脉留置针非计划拔管原因分析", "小儿支气管哮喘雾化吸入护理路径的应用",
              "儿科护士职业倦怠现状及影响因素调查"],
    "pharmacist": ["临床药师参与儿童抗菌药物管理的实践", "某院质子泵抑制剂处方点评分析", "静脉用药调配中心差错分析与对策",
                   "基于药物重整的老年患者用药安全研究"],
    "forestry": ["昆嵛山赤松林松材线虫病空间分布特征", "黄河故道刺槐人工林土壤养分变化", "胶东半岛森林火险等级预报模型",
                 "黑松容器育苗基质配方筛选"],
    "vet": ["胶东地区规模猪场非洲猪瘟生物安全评估", "犬细小病毒流行株VP2基因序列分析", "奶牛乳房炎病原菌耐药性监测",
            "鸡传染性支气管炎病毒分离与鉴定"],
    "music": ["中小学合唱教学中声部训练方法探析", "豫剧唱腔进入音乐课堂的实践研究"],
    "accountant": ["政府会计制度下公立医院成本核算研究", "国有企业内部控制评价体系构建"],
    "archivist": ["城建档案数字化管理平台建设研究", "医院电子病历归档管理实践"],
}  # fmt: skip


def _journal(ctx: Ctx, prof: str):  # noqa: ANN202
    js = journals()
    pool = [j for j in js if any(k in j.name for k in JKEYS[prof])] or list(js)
    if prof in ("music", "accountant", "archivist") or ctx.rng.random() < 0.15:
        pool = list(js)
    return ctx.c(pool)


def _affil(ctx: Ctx, w) -> str:  # noqa: ANN001
    return f"{w.unit}，{w.prov}{w.city} {CITIES[w.city]['zip']}"


# ==== journal pages ==============================================================================
def journal_article(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "journal_article")
    w = who(ctx)
    j = _journal(ctx, w.prof)
    yr = ctx.rng.randint(2018, 2024)
    issue = ctx.rng.randint(1, 12)
    vol = str(yr - ctx.rng.randint(1960, 2010)) if ctx.rng.random() < 0.7 else None
    title = ctx.c(ATOPIC[w.prof])
    authors = people_names(ctx.rng, ctx.rng.randint(1, 5))
    sup_name, sup_level = supervisor(ctx.rng, j)
    show_sup = v in ("cover", "bundle") or ctx.rng.random() < 0.3
    levels = list(j.base_levels) + ([sup_level] if show_sup else [])
    iss_s = f"第{vol}卷 第{issue}期" if vol else f"第{issue}期"
    iss_e = f"Vol.{vol} No.{issue}" if vol else f"No.{issue}"
    mon = issue if ctx.rng.random() < 0.6 else None
    head = f"{j.name}  {yr}年{iss_s}"
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
              "journal.levels"]  # fmt: skip
    if vol:
        scored.append("journal.volume")
    pages: list[Page] = []

    def first_page(two_col: bool) -> Page:
        pg = Page()
        kit.header_rule(pg, ctx, head, f"{iss_e}  {fm(yr, mon, 'iso') if mon else yr}", 10, 8)
        pg.text(18, 18, f"ISSN {j.issn}  CN {j.cn}", 7.5, ctx.body, color=(80, 80, 80))
        pg.text(192, 18, f"DOI:10.{serial(ctx, '', 5)}/j.cnki.{serial(ctx, '', 4)}", 7.5, ctx.body, "r", (80, 80, 80))
        y = kit.centre_wrap(pg, ctx, 30, title, 17, 160, ctx.bold) + 2
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts += [(a, False), (str(1 + (i % 2)), True)]
            if i < len(authors) - 1:
                parts.append(("，", False))
        y = pg.runs(105, y, parts, 12, ctx.body) + 1
        pg.text(105, y, f"（1.{_affil(ctx, w)}；2.{ctx.c(UNIVS[w.city])}，{w.city}）", 8.5, ctx.body, "c")
        y += 9
        abst = (f"摘要：目的  探讨{title[:8]}相关问题。方法  选取{w.city}地区{ctx.rng.randint(40, 300)}例（处）样本进行"
                "对照分析。结果  两组差异有统计学意义（P<0.05）。结论  该方法可行，值得推广。")  # fmt: skip
        y = pg.wrap(22, y, 166, abst, 9.5, ctx.body, lead=1.6)
        y = pg.wrap(22, y + 1, 166, f"关键词：{title[:4]}；{w.topic[:4]}；{w.city}；对策", 9.5, ctx.body)
        pg.text(22, y + 1, f"中图分类号：{ctx.c(['U445', 'R473.72', 'R95', 'S763', 'S858', 'F234', 'G270', 'G623.71'])}"
                f"    文献标志码：A    文章编号：{j.issn[:4]}{serial(ctx, '', 4)}({yr}){issue:02d}-{serial(ctx, '', 4)}-05", 8.5, ctx.body)  # fmt: skip
        y += 10
        body = ("随着相关行业的发展，该领域的研究日益受到重视。本文结合实际工作，对有关问题进行了系统分析，"
                "并提出了改进措施。研究资料来源于本地区近年的监测与统计数据，方法参照现行规范执行。") * 3
        if two_col:
            pg.wrap(22, y, 80, body, 10, ctx.body, lead=1.7)
            pg.wrap(108, y, 80, "1  资料与方法。1.1  一般资料：选取的样本均符合纳入标准，排除资料不全者。1.2  方法：按照统一方案实施，"
                    "由专人记录相关指标并复核。1.3  统计学方法：采用SPSS 26.0软件分析数据。" * 2, 10, ctx.body, lead=1.7)
        else:
            pg.wrap(22, y, 166, body, 10.5, ctx.body, lead=1.8, indent=7)
        pg.line(22, 262, 80, 262, 0.3)
        pg.text(22, 264, f"收稿日期：{fd(rdate(ctx.rng, yr - 1, yr - 1), 'iso')}", 7.5, ctx.body)
        pg.text(22, 269, f"作者简介：{authors[0]}，{ctx.c(['主管护师', '高级工程师', '副主任药师', '工程师', '兽医师', '讲师'])}，"
                f"E-mail：{serial(ctx, '', 8)}@163.com", 7.5, ctx.body)  # fmt: skip
        if show_sup:
            pg.text(22, 274, f"主管单位：{sup_name}", 7.5, ctx.body)
        return pg

    def cover() -> Page:
        pg = Page(bg=(ctx.c([236, 224, 250]), 240, 246))
        pg.text(105, 30, j.name, 34 if len(j.name) < 7 else 24, ctx.bold, "c", (20, 50, 110))
        pg.text(105, 56, f"{yr}年{iss_s}", 14, ctx.body, "c")
        pg.text(105, 66, f"ISSN {j.issn}    CN {j.cn}", 11, ctx.body, "c")
        pg.rect(30, 90, 180, 200, 0, (255, 255, 255), (255, 255, 255))
        pg.text(40, 96, "本期要目", 13, ctx.bold)
        y = 108
        for t, au in [(ctx.c(ATOPIC[ctx.c(list(ATOPIC))]), people_names(ctx.rng, 2)), (title, authors),
                      (ctx.c(ATOPIC[w.prof]) + "述评", people_names(ctx.rng, 1))]:  # fmt: skip
            pg.text(40, y, t, 10.5, ctx.body)
            pg.text(170, y + 6, "、".join(au), 9, ctx.body, "r")
            y += 16
        pg.text(105, 250, f"主管：{sup_name}", 11, ctx.body, "c")
        pg.text(105, 258, f"主办：{j.name}编辑部" if not j.name.endswith("学报") else f"主办：{j.name[:-2]}", 11, ctx.body, "c")
        pg.text(105, 268, f"{yr}年{mon or issue}月出版    国内定价：{ctx.rng.randint(15, 60)}.00元", 9, ctx.body, "c")
        return pg

    def toc() -> Page:
        pg = Page()
        pg.text(105, 16, f"{j.name}", 16, ctx.bold, "c")
        pg.text(105, 26, f"{yr}年{iss_s}（{ctx.c(['月刊', '双月刊', '半月刊'])}）    目  次", 11, ctx.body, "c")
        y = 40
        entries = [(ctx.c(ATOPIC[ctx.c(list(ATOPIC))]), people_names(ctx.rng, ctx.rng.randint(1, 3))) for _ in range(7)]
        entries.insert(ctx.rng.randint(1, 6), (title, authors))
        pno = ctx.rng.randint(1, 40)
        for t, au in entries:
            pg.text(22, y, t, 10.5, ctx.body)
            pg.text(188, y, f"（{pno}）", 10, ctx.body, "r")
            pg.text(30, y + 6, "，".join(au), 9, ctx.body, color=(60, 60, 60))
            y += 16
            pno += ctx.rng.randint(4, 9)
        pg.line(20, 270, 190, 270, 0.3)
        pg.text(22, 273, f"ISSN {j.issn}  CN {j.cn}  邮发代号 {ctx.rng.randint(2, 82)}-{ctx.rng.randint(10, 300)}", 8.5, ctx.body)
        return pg

    if v == "firstpage":
        pages.append(first_page(False))
    elif v == "twocol":
        pages.append(first_page(True))
    elif v == "cover":
        pages.append(cover())
        scored = [s for s in scored if s not in ("title", "people")]
        if "journal.volume" in scored and not vol:
            scored.remove("journal.volume")
    elif v == "toc":
        pages.append(toc())
        scored = [s for s in scored if s not in ("title", "people")]
        levels = list(j.base_levels)
    elif v == "detail":
        pg, y = kit.browser_page(ctx, f"https://kns.cnki.net/kcms2/article/abstract?v={serial(ctx, '', 12)}", "中国知网 CNKI")
        y = kit.centre_wrap(pg, ctx, y + 4, title, 16, 240, ctx.bold)
        pg.text(148.5, y + 1, "  ".join(authors), 11, ctx.body, "c", (30, 80, 170))
        pg.text(148.5, y + 9, f"{w.unit}", 10, ctx.body, "c", (30, 80, 170))
        y += 20
        for ln in (f"摘要：本文围绕{title}展开研究，……", f"关键词：{w.topic[:6]}；{w.city}",
                   f"来源期刊：{j.name}    {yr}年{iss_s}    页码：{ctx.rng.randint(10, 90)}-{ctx.rng.randint(91, 120)}",
                   f"ISSN：{j.issn}    CN：{j.cn}", f"下载 {ctx.rng.randint(20, 900)}  被引 {ctx.rng.randint(0, 30)}"):  # fmt: skip
            pg.text(30, y, ln, 11, ctx.body)
            y += 10
        pages.append(pg)
        levels = list(j.base_levels)
    else:  # bundle
        pages += [cover(), toc(), first_page(ctx.rng.random() < 0.5)]
    if v in ("toc", "detail") or (v in ("firstpage", "twocol") and not show_sup):
        levels = list(j.base_levels)
    fields = {"title": title, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
              "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": yr, "volume": vol, "issue": str(issue),
                          "levels": levels}}  # fmt: skip
    return make(ctx, "journal_article", v, pages, fields, scored, {"person": ctx.c(authors), "year": yr})


# ==== books ======================================================================================
PUBLISHERS = {
    "bridge": [("人民交通出版社股份有限公司", "114"), ("中国建筑工业出版社", "112")],
    "nurse": [("人民卫生出版社", "117"), ("山东科学技术出版社", "5331")],
    "pharmacist": [("中国医药科技出版社", "5214"), ("人民卫生出版社", "117")],
    "music": [("人民音乐出版社", "103"), ("河南大学出版社", "5649")],
    "forestry": [("中国林业出版社", "5219"), ("中国农业出版社", "109")],
    "accountant": [("立信会计出版社", "5429"), ("中国财政经济出版社", "5223")],
    "archivist": [("中国档案出版社", "80166"), ("郑州大学出版社", "5645")],
    "vet": [("中国农业出版社", "109"), ("中原农民出版社", "5542")],
}  # fmt: skip
BTITLE = {
    "bridge": ["公路桥梁养护管理实务", "城市桥梁检测与加固技术", "预应力混凝土桥梁施工手册"],
    "nurse": ["儿科护理常规与技术操作规范", "新生儿重症监护护理手册", "儿童慢性病居家护理指导"],
    "pharmacist": ["医院药学服务实践指南", "临床常用药物合理应用", "儿童用药安全手册"],
    "music": ["中小学合唱教学指导", "豫剧音乐赏析", "音乐课堂教学设计与案例"],
    "forestry": ["胶东森林病虫害防治图鉴", "黄河故道生态林建设技术", "林木种苗培育技术"],
    "accountant": ["政府会计实务与案例", "行政事业单位内部控制操作指南", "企业纳税实务"],
    "archivist": ["机关档案管理实务", "电子文件归档与管理", "城建档案工作手册"],
    "vet": ["猪病诊断与防治图谱", "基层兽医实用技术", "宠物常见病诊疗"],
}  # fmt: skip
FOREIGN = ["[美]玛丽·J.霍华德", "[英]大卫·R.克拉克", "[日]佐藤健一", "[德]汉斯·穆勒", "[美]琳达·S.格林"]


def _isbn(ctx: Ctx, pre: str) -> str:
    rest = 12 - 3 - 1 - len(pre)
    mid = serial(ctx, "", rest)
    d12 = "9787" + pre + mid
    return f"978-7-{pre}-{mid}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "book")
    w = who(ctx)
    pub, pre = ctx.c(PUBLISHERS[w.prof])
    st = ds(ctx)
    title = ctx.c(BTITLE[w.prof])
    yr, mo = ctx.rng.randint(2017, 2024), ctx.rng.randint(1, 12)
    ed_n = ctx.c([1, 1, 1, 2])
    edition = f"{yr}年{mo}月第{ed_n}版"
    isbn = _isbn(ctx, pre)
    ppl: list[dict] = []
    if v == "translated":
        orig = ctx.c(FOREIGN)
        trans = people_names(ctx.rng, ctx.rng.randint(1, 3))
        ppl = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        resp = f"{orig} 著；{'，'.join(trans)} 译"
        title = ctx.c(["儿童护理评估手册", "桥梁工程检测", "兽医临床病理学", "档案与记忆", "管理会计实务"])
    else:
        chief = people_names(ctx.rng, ctx.rng.randint(1, 2))
        dep = people_names(ctx.rng, ctx.rng.randint(0, 3) if v != "board" else 3)
        dep = [d for d in dep if d not in chief]
        board = [b for b in people_names(ctx.rng, 6) if b not in chief + dep] if v == "board" else []
        r = 1
        for nm_, role in [(c, "editor_in_chief") for c in chief] + [(d, "deputy_editor") for d in dep] + [(b, "editorial_board") for b in board]:
            ppl.append(person(nm_, r, role))
            r += 1
        resp = f"{'，'.join(chief)}主编" + (f"；{'，'.join(dep)}副主编" if dep else "")
    names = [p["name"] for p in ppl]

    def cip() -> Page:
        pg = Page(148.0, 210.0)
        pg.text(14, 24, "图书在版编目（CIP）数据", 10, ctx.bold)
        y = pg.wrap(14, 32, 120, f"{title}/{resp}. —{ctx.c(['北京', '郑州', '济南', '上海'])}：{pub}，{yr}.{mo}", 9, ctx.body)
        pg.text(14, y, f"ISBN {isbn}", 9, ctx.body)
        y += 6
        pg.text(14, y, f"Ⅰ.①{title[:2]}… Ⅱ.①{names[0][:1]}… Ⅲ.①{title[-4:]} Ⅳ.①{ctx.c(['R473', 'U445', 'S7', 'F810', 'G27'])}", 8.5, ctx.body)
        pg.text(14, y + 8, f"中国版本图书馆CIP数据核字（{yr}）第{ctx.rng.randint(10000, 299999)}号", 8.5, ctx.body)
        pg.line(14, y + 16, 134, y + 16, 0.3)
        y += 22
        rows = [f"书    名  {title}", f"著 作 者  {resp}" if len(resp) < 24 else "著 作 者  见封面",
                f"责任编辑  {ctx.c(people_names(ctx.rng, 2))}", f"出版发行  {pub}",
                f"地    址  {ctx.c(['北京市东城区', '北京市西城区', '郑州市郑东新区', '济南市市中区'])}{ctx.rng.randint(1, 200)}号",
                f"印    刷  {w.city}{ctx.c(['新华', '华美', '鑫源'])}印刷有限公司",
                f"开    本  787mm×1092mm  1/16   印张 {ctx.rng.randint(10, 30)}   字数 {ctx.rng.randint(200, 600)}千字",
                f"版    次  {edition}", f"印    次  {yr}年{mo}月第1次印刷" if ed_n == 1 else f"印    次  {yr + 1}年{ctx.rng.randint(1, 12)}月第{ctx.rng.randint(2, 5)}次印刷",
                f"书    号  ISBN {isbn}", f"定    价  {ctx.rng.randint(28, 128)}.00元"]  # fmt: skip
        if "见封面" in rows[1]:
            rows[1] = "著 作 者  " + resp[:22]
            rows.insert(2, "          " + resp[22:])
        for ln in rows:
            pg.text(14, y, ln, 8.8, ctx.body)
            y += 6.4
        pg.text(74, 196, "版权所有  侵权必究", 8, ctx.body, "c")
        return pg

    def cover() -> Page:
        pg = Page(148.0, 210.0, bg=ctx.c([(40, 80, 130), (150, 40, 40), (30, 110, 80), (240, 236, 225)]))
        col = (30, 30, 30) if pg.bg == (240, 236, 225) else (255, 255, 255)
        y = 50
        cur = ""
        for ch in title:
            if width_mm(cur + ch, ctx.bold, 22) > 120:
                pg.text(74, y, cur, 22, ctx.bold, "c", col)
                y += 12
                cur = ch
            else:
                cur += ch
        pg.text(74, y, cur, 22, ctx.bold, "c", col)
        y += 22
        for role, lab in (("editor_in_chief", "主编"), ("deputy_editor", "副主编"), ("author", "著"), ("translator", "译")):
            nn = [p["name"] for p in ppl if p["role"] == role]
            if nn:
                pg.text(74, y, f"{lab}  " + "  ".join(nn) if role not in ("author", "translator") else "  ".join(nn) + f"  {lab}", 11, ctx.body, "c", col)
                y += 9
        pg.text(74, 188, pub, 12, ctx.bold, "c", col)
        return pg

    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    pages: list[Page] = []
    if v == "cover":
        if len(ppl) > 4:
            ppl = ppl[:4]
        pages.append(cover())
        fields = {"title": title, "people": ppl, "issuer": pub, "issued_on": None,
                  "book": {"isbn": None, "publisher": pub, "edition": None}}  # fmt: skip
        scored = ["title", "people", "issuer", "book.publisher"]
        names = [p["name"] for p in ppl]
    else:
        if v == "cip" or v == "translated":
            pages.append(cip())
        elif v == "titlecip":
            pg = Page(148.0, 210.0)
            pg.text(74, 50, title, 20, ctx.bold, "c")
            y = 80
            for p in ppl:
                pg.text(74, y, f"{p['name']}  {dict(editor_in_chief='主编', deputy_editor='副主编').get(p['role'], '')}", 11, ctx.body, "c")
                y += 8
            pg.text(74, 180, pub, 12, ctx.body, "c")
            pages += [pg, cip()]
        elif v == "board":
            pg = Page(148.0, 210.0)
            pg.text(74, 24, "编 委 会", 16, ctx.bold, "c")
            y = 42
            for role, lab in (("editor_in_chief", "主  编"), ("deputy_editor", "副主编"), ("editorial_board", "编  委")):
                nn = [p["name"] for p in ppl if p["role"] == role]
                pg.text(20, y, lab, 11, ctx.bold)
                for i in range(0, len(nn), 3):
                    pg.text(48, y, "  ".join(nn[i:i + 3]), 11, ctx.body)
                    y += 8
                y += 4
            pg.text(20, y + 6, f"参编单位：{w.unit}", 9, ctx.body)
            pages += [pg, cip()]
        else:  # shop
            pg, y = kit.browser_page(ctx, f"https://item.{ctx.c(['jd', 'dangdang', 'kongfz'])}.com/{serial(ctx, '', 11)}.html", ctx.c(["网上书城", "图书商城"]))
            pg.rect(20, y, 90, y + 100, 0, pg.bg, (200, 205, 215))
            pg.text(55, y + 45, title[:6], 14, ctx.bold, "c", (255, 255, 255))
            yy = y
            chunks = [resp[i:i + 28] for i in range(0, len(resp), 28)]
            for ln in [title, *chunks, f"出版社：{pub}", f"ISBN：{isbn.replace('-', '')}",
                       f"版次：{edition}", f"出版时间：{fm(yr, mo, 'iso')}", "包装：平装    开本：16开",
                       f"¥{ctx.rng.randint(28, 128)}.00   加入购物车"]:  # fmt: skip
                pg.text(100, yy, ln, 13 if ln == title else 10.5, ctx.bold if ln == title else ctx.body)
                yy += 11
            pages.append(pg)
        fields = {"title": title, "people": ppl, "issuer": pub, "issued_on": f"{yr}-{mo:02d}",
                  "book": {"isbn": isbn, "publisher": pub, "edition": edition}}  # fmt: skip
    claim = ctx.c([p["name"] for p in ppl if p["role"] != "author"])
    return make(ctx, "book", v, pages, fields, scored, {"person": claim, "year": yr})


# ==== patents ====================================================================================
PTITLE = {
    "bridge": ["一种桥梁伸缩缝快速更换装置", "一种预制箱梁湿接缝模板", "一种桥墩冲刷监测装置"],
    "nurse": ["一种儿科输液固定护板", "一种新生儿防溢奶枕", "一种儿童雾化吸入面罩"],
    "pharmacist": ["一种口服药片分割器", "一种静脉配置用药品转运箱", "一种儿童用药计量滴管"],
    "music": ["一种便携式合唱谱架", "一种可调节节拍器支架"],
    "forestry": ["一种松褐天牛诱捕器", "一种林木容器育苗装置", "一种森林防火瞭望监测杆"],
    "accountant": ["一种财务凭证装订架", "一种票据整理夹"],
    "archivist": ["一种档案盒防潮架", "一种纸质档案修复压平装置"],
    "vet": ["一种兽用连续注射器", "一种仔猪保温箱", "一种犬用防舔伤颈圈"],
}  # fmt: skip
DTITLE = ["儿童输液手托", "档案盒", "宠物喂药器", "桥梁限高警示牌", "药品分装盒", "谱架"]


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "patent_certificate")
    w = who(ctx)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(v) or ctx.c(
        ["invention", "utility_model", "design"])
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    title = ctx.c(DTITLE) if kind == "design" else ctx.c(PTITLE[w.prof])
    applied = rdate(ctx.rng, 2016, 2022)
    granted = applied + dt.timedelta(days=ctx.rng.randint(150, 420) if kind != "invention" else ctx.rng.randint(500, 1100))
    d12 = f"{applied.year}{ {'invention': 1, 'utility_model': 2, 'design': 3}[kind]}{serial(ctx, '', 7)}"
    number = f"ZL{d12}.{zl_check(d12)}"
    printed_no = ctx.c([f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}", number, f"ZL {d12}.{zl_check(d12)}"])
    inv = people_names(ctx.rng, ctx.rng.randint(1, 6))
    owner = w.unit if ctx.rng.random() < 0.7 else inv[0]
    st = ds(ctx)
    role_lab = "设计人" if kind == "design" else "发明人"
    pg = Page()
    pages = [pg]
    ecert = v == "ecert"
    if v == "copystamp":
        pg.bg = (232, 232, 230)
    frame(pg, ctx, 2 if not ecert else 1)
    pg.text(105, 24, "中华人民共和国国家知识产权局" if ecert else "", 11, ctx.body, "c")
    heading(pg, ctx, f"{word}专利证书", 36, 26)
    pg.text(150, 56, f"证书号第{ctx.rng.randint(1000000, 9999999)}号", 11, ctx.body)
    y = 72
    for lab, val in ((f"{word}名称", title), (role_lab, "；".join(inv)), ("专利号", printed_no),
                     ("专利申请日", fd(applied, st)), ("专利权人", owner), ("地址", address(ctx, w)),
                     ("授权公告日", fd(granted, st)), ("授权公告号", f"CN {ctx.rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}")):  # fmt: skip
        y = pg.wrap(30, y, 150, f"{lab}：{val}", 12, ctx.body, lead=1.9)
    yrs = {"invention": "二十", "utility_model": "十", "design": "十五" if applied.year >= 2021 else "十"}[kind]
    y = pg.wrap(30, y + 6, 150, f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书并在专利登记簿上"
                f"予以登记。专利权自授权公告之日起生效。专利权期限为{yrs}年，自申请日起算。", 11, ctx.body, lead=1.9, indent=8)  # fmt: skip
    pg.text(30, y + 4, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"[:30], 9, ctx.body)
    pg.text(135, 236, "局长", 12, ctx.body)
    pg.text(150, 236, "申长雨", 14, ctx.hand)
    pg.seal(172, 224, 18, "国家知识产权局", k)
    if ecert:
        qr(pg, 28, 228, 22, k, "扫码查验电子证书", ctx)
    pg.text(105, 280, "第1页（共2页）" if v == "withannex" else "第1页（共1页）", 8, ctx.body, "c")
    if v == "copystamp":
        pg.seal(70, 150, 20, w.unit[:16], k + 5)
        hand(pg, ctx, 30, 255, f"与原件核对无误 {inv[0]}", 15)
    if v == "withannex":
        p2 = Page()
        kit.header_rule(p2, ctx, f"专利号：{printed_no}", "第2页（共2页）", 14)
        y = 30
        for ln in ("其他事项参见续页。", f"年费缴纳：本专利的年费应当在每年{applied.month}月{applied.day}日前缴纳。",
                   "申请日时本专利记载的申请人情况：" + owner, f"发明人：{'；'.join(inv)}"):  # fmt: skip
            y = p2.wrap(24, y, 162, ln, 11, ctx.body, lead=1.9)
        pages.append(p2)
    fields = {"title": title, "people": [person(n, i + 1, "inventor") for i, n in enumerate(inv)],
              "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "holder": owner if owner in inv else None,
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return make(ctx, "patent_certificate", v, pages, fields, scored, {"person": ctx.c(inv), "year": granted.year})


# ==== awards =====================================================================================
GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "award_certificate")
    w = who(ctx)
    st = ds(ctx)
    d = rdate(ctx.rng, 2018, 2024)
    yr = d.year - 1
    grade = ctx.c(GRADES + ["优秀奖"] if v == "contest" else GRADES)
    proj = ctx.c(ATOPIC[w.prof])
    if v == "gov":
        gov, level = ctx.c([(f"{w.city}市人民政府", "municipal"), (f"{w.prov}省人民政府", "provincial")])
        name, kind, iss = f"{gov[:-4]}科学技术进步奖", "science_technology", gov
    elif v == "bureau":
        iss = f"{w.city}市{BUREAUS[w.prof]}"
        name, kind, level = f"{w.city}市{ctx.c(['医学科技奖', '科技创新成果奖', '优秀科技成果奖'])}", "science_technology", "bureau"
    elif v == "society":
        iss = w.society
        name, kind, level = f"{w.society}科学技术奖", "science_technology", None
    elif v == "contest":
        iss = ctx.c([f"{w.city}市教育局", f"{w.city}市总工会", f"{w.prov}省{ctx.c(['护理学会', '会计学会', '档案学会'])}"])
        level = "bureau" if iss.endswith("局") else None
        name = ctx.c(["优质课评选", "职业技能竞赛", "岗位练兵技能大赛", "青年教师基本功大赛"])
        name = f"{w.city}市{name}" if iss.endswith("局") else f"{iss}{name}"
        kind = "competition"
        proj = ctx.c([f"{w.topic}", "《歌唱祖国》合唱教学" if w.prof == "music" else f"{w.topic}技能操作"])
    elif v == "socsci":
        iss = ctx.c([f"{w.city}市人民政府", f"{w.city}市社会科学界联合会"])
        level = "municipal" if iss.endswith("政府") else None
        name, kind = f"{w.city}市社会科学优秀成果奖", "social_science"
        proj = ctx.c(["基层档案数字化治理路径研究", "县域公共文化服务体系建设研究", "政府会计改革对基层财政的影响研究",
                      f"{w.city}市中小学美育现状与对策"])  # fmt: skip
    else:  # county
        cc = ctx.c(CITIES[w.city]["county_cities"])
        iss, level = f"{cc}人民政府", "county"
        name, kind = f"{cc[:-1]}{ctx.c(['科学技术进步奖', '科技进步奖'])}", "science_technology"
    printed_name = ctx.c([f"{yr}年度{name}", name])
    many = v in ("socsci", "wide") or ctx.rng.random() < 0.35
    team = people_names(ctx.rng, ctx.rng.randint(3, 6)) if many else people_names(ctx.rng, 1)
    rank = ctx.rng.randint(1, min(5, 3)) if not many else None
    pg = Page(297.0, 210.0) if ctx.rng.random() < 0.5 else Page()
    frame(pg, ctx, ctx.c([2, 3]))
    heading(pg, ctx, ctx.c(["荣 誉 证 书", "获 奖 证 书", "证 书"]), 26, 28)
    pg.text(pg.w - 30, 46, f"证书编号：{serial(ctx, str(yr), 6)}", 9, ctx.body, "r")
    x0, wd = 30, pg.w - 60
    if many:
        y = pg.wrap(x0, 60, wd, f"“{proj}”项目荣获{printed_name}{grade}。", 14, ctx.body, lead=2.0, indent=10)
        pg.text(x0, y + 2, "主要完成人：", 13, ctx.body)
        pg.text(x0 + 30, y + 2, "、".join(team), 13, ctx.body)
        y += 12
        holder = None
        ppl = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
    else:
        nm = team[0]
        if v == "contest":
            txt = f"{nm}同志在{printed_name}中，参赛作品“{proj}”荣获{grade}。特发此证，以资鼓励。"
        else:
            txt = f"{nm}同志：您参与完成的“{proj}”项目荣获{printed_name}{grade}（第{rank}完成人）。特发此证。"
        y = pg.wrap(x0, 60, wd, txt, 14, ctx.body, lead=2.0, indent=10)
        holder = nm
        ppl = [person(nm, rank if v != "contest" else 1, "awardee")]
    sign_block(pg, ctx, iss, fd(d, st), max(y + 18, pg.h - 70), seed=k)
    fields = {"holder": holder, "title": proj, "people": ppl, "issuer": iss, "issued_on": d.isoformat(),
              "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    if level is None:
        scored.remove("award.level")
    return make(ctx, "award_certificate", v, [pg], fields, scored, {"person": ctx.c(team), "year": d.year})


# ==== project completion ===========================================================================
PISS = ["{c}市科学技术局", "{c}市卫生健康委员会", "{p}省教育科学规划领导小组办公室", "{c}市哲学社会科学规划办公室",
        "{p}省档案局", "{p}省交通运输厅", "{c}市社会科学界联合会", "{p}省林业局"]  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "project_completion")
    w = who(ctx)
    st = ds(ctx)
    iss = ctx.c(PISS).format(c=w.city, p=w.prov)
    d = rdate(ctx.rng, 2018, 2024)
    title = ctx.c(ATOPIC[w.prof]).replace("研究", "") + ctx.c(["研究", "的应用研究", "实践研究"])
    pno = f"{d.year - ctx.rng.randint(1, 3)}{ctx.c(['YT', 'KF', 'SD', 'HN'])}{serial(ctx, '', 3)}"
    team = people_names(ctx.rng, ctx.rng.randint(3, 7))
    leader_only = v in ("leader", "letter")
    ppl = [person(team[0], 1, "project_leader")] + ([] if leader_only else [person(n, i + 2, "project_member") for i, n in enumerate(team[1:])])
    pages: list[Page] = []
    verdict = ctx.c(["经专家组鉴定，该项目已完成预期研究任务，同意结题。", "经审核，准予结题。", "经评审，达到结题要求，同意结题，鉴定等级为良好。"])
    if v in ("leader", "members", "wide"):
        pg = Page(297.0, 210.0) if v == "wide" else Page()
        frame(pg, ctx, ctx.c([1, 2, 3]))
        heading(pg, ctx, ctx.c(["结 题 证 书", "结题证书"]), 30, 28)
        x0 = 40 if v == "wide" else 28
        y = 62
        rows = [("项目名称", title), ("项目编号", pno), ("项目负责人" if ctx.rng.random() < 0.5 else "主持人", team[0]),
                ("承担单位", w.unit)]  # fmt: skip
        if not leader_only:
            rows.append(("课题组成员", "、".join(team[1:])))
        for lab, val in rows:
            y = pg.wrap(x0, y, pg.w - 2 * x0, f"{lab}：{val}", 13, ctx.body, lead=2.0)
        y = pg.wrap(x0, y + 4, pg.w - 2 * x0, verdict, 13, ctx.body, lead=2.0, indent=10)
        sign_block(pg, ctx, iss, fd(d, st), max(y + 20, pg.h - 70), seed=k)
        pages.append(pg)
    elif v == "form":
        pg = Page()
        heading(pg, ctx, "课题结题鉴定意见表", 22, 18)
        rows = [["课题名称", title], ["立项编号", pno], ["负责人", team[0]], ["主要成员", "、".join(team[1:])],
                ["所在单位", w.unit], ["鉴定意见", verdict]]  # fmt: skip
        y = pg.table(20, 40, [34, 136], rows, 10.5, ctx.body, row_h=14)
        pg.text(26, y + 8, "专家组组长签字：", 11, ctx.body)
        hand(pg, ctx, 64, y + 6, ctx.c(people_names(ctx.rng, 1)), 15)
        sign_block(pg, ctx, iss, fd(d, st), y + 30, seed=k)
        pages.append(pg)
    elif v == "letter":
        pg = Page()
        heading(pg, ctx, "结 题 证 明", 34, 24)
        y = pg.wrap(26, 60, 158, f"由{w.unit}{team[0]}同志主持的{d.year - 2}年度立项课题“{title}”（项目编号：{pno}），"
                    f"已按计划完成研究任务，提交了结题报告等材料。{verdict}", 13, ctx.body, lead=2.1, indent=10)  # fmt: skip
        pg.text(26, y + 6, "特此证明。", 13, ctx.body)
        sign_block(pg, ctx, iss, fd(d, st), y + 30, seed=k)
        pg.text(26, 270, f"联系电话：{CITIES[w.city]['tel']}-{ctx.rng.randint(2000000, 8999999)}", 9, ctx.body)
        pages.append(pg)
    else:  # portal
        pg, y = kit.browser_page(ctx, f"https://kjgl.{serial(ctx, '', 3)}.gov.cn/project/detail/{pno}", f"{iss}项目管理系统")
        rows = [["项目名称", title, "项目编号", pno], ["负责人", team[0], "所在单位", w.unit],
                ["项目状态", "已结题", "结题日期", fd(d, st)], ["成员", "、".join(team[1:]), "", ""]]  # fmt: skip
        pg.table(20, y + 4, [30, 110, 30, 87], rows, 10, ctx.body, row_h=14)
        pg.text(20, y + 70, f"结题意见：{verdict}", 10.5, ctx.body)
        pg.text(20, y + 80, f"审核单位：{iss}", 10.5, ctx.body)
        pages.append(pg)
    fields = {"holder": team[0] if leader_only else None, "title": title, "people": ppl, "issuer": iss,
              "issued_on": d.isoformat()}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    claim = team[0] if leader_only else ctx.c(team)
    return make(ctx, "project_completion", v, pages, fields, scored, {"person": claim, "year": d.year})
