"""Draw 23 papers: journal pages, books and patents here; awards and project completions in `honours`."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import journals, supervisor
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind23 import pools as P
from bench.blind23.honours import award_certificate, project_completion
from bench.blind23.ink import centre, hand, para
from bench.blind23.pools import Ctx, d_, doc

__all__ = ["award_certificate", "book", "journal_article", "patent_certificate", "project_completion"]

REGION = ["鲁西北地区", "德州市", "泰安山区", "黄河下游平原", "宁津县", "东平湖周边", "汶河流域", "禹城市"]
SUBJ = [
    "冬小麦",
    "夏玉米",
    "奶牛",
    "生猪",
    "肉鸭",
    "杨树人工林",
    "设施番茄",
    "高血压患者",
    "2型糖尿病患者",
    "农村饮用水",
]
ASPECT = ["病害发生规律及防控对策", "养殖效益调查与分析", "社区规范化管理效果观察", "氮肥减量增效试验",
          "关键栽培技术集成", "流行病学调查", "健康风险评价", "综合防控技术应用效果"]  # fmt: skip


def art_title(rng) -> str:  # noqa: ANN001
    return rng.choice(REGION) + rng.choice(SUBJ) + rng.choice(ASPECT)


def _affil(rng, cty: str) -> str:  # noqa: ANN001
    return rng.choice(
        [P.workplace(rng, cty), f"{cty}农业技术推广中心", f"{cty}人民医院", f"{cty}疾病预防控制中心"]
    )


# ---- journal articles -------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    rng = ctx.rng
    js = journals()
    j = js[rng.randrange(len(js))]
    city, cty = P.county(rng)
    year = rng.randint(2018, 2024)
    issue = rng.randint(1, 12)
    vol = str(year - rng.randint(1960, 1995)) if rng.random() < 0.7 else None
    authors = P.people(rng, rng.randint(2, 5))
    aff = [_affil(rng, cty) for _ in range(2)]
    sup_on = v in ("toc", "cover", "masthead") and (v != "toc" or rng.random() < 0.6)
    sup, sup_lv = supervisor(rng, j)
    levels = list(j.base_levels) + ([sup_lv] if sup_on else [])
    title = art_title(rng)
    jour = {
        "name": j.name,
        "issn": j.issn,
        "cn": j.cn,
        "year": year,
        "volume": vol,
        "issue": str(issue),
        "levels": levels,
    }
    sc = [
        "title",
        "people",
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    if vol:
        sc.append("journal.volume")
    vol_s = f"第{vol}卷" if vol else ""
    host = f"{j.name}编辑部"
    pg = Page()
    pages = [pg]
    if v in ("first", "masthead", "twocol"):
        pg.text(20, 12, f"{j.name}", 10, ctx.body)
        pg.text(190, 12, f"{year}年{vol_s}第{issue}期", 10, ctx.body, "r")
        pg.line(20, 18, 190, 18, 0.3)
        y = centre(pg, ctx, 28, title, 17)
        pg.runs(105, y, sum(([(nm, False), (str(1 + i % 2), True), ("  ", False)] for i, nm in enumerate(authors)), []), 12, ctx.body)  # fmt: skip
        y += 9
        for i, a in enumerate(aff):
            pg.text(105, y, f"（{i + 1}. {a}，山东 {city} 25{rng.randint(1000, 9999)}）", 9.5, ctx.body, "c")
            y += 6
        y += 3
        y = para(pg, ctx, 24, y, f"摘要：为了解{title[:6]}有关情况，于{year - 1}年开展调查与试验，对结果进行了统计分析。结果表明，"
                 "采取综合措施后效果明显，可为基层推广提供参考。", 10, 162, indent=False)  # fmt: skip
        y = para(
            pg,
            ctx,
            24,
            y + 1,
            "关键词：" + "；".join(rng.sample(["基层", "防控", "技术推广", "效果", "调查", "管理"], 3)),
            10,
            162,
            indent=False,
        )
        pg.text(24, y + 1, f"中图分类号：S{rng.randint(100, 899)}    文献标志码：A    文章编号：{j.issn}（{year}）{issue:02d}-{rng.randint(10, 200):04d}-0{rng.randint(3, 8)}", 8.5, ctx.body)  # fmt: skip
        if v == "twocol":
            y += 9
            pg.text(105, y, "Analysis on the Field Practice in North-West Shandong", 11, ctx.body, "c")
            y = para(
                pg,
                ctx,
                24,
                y + 7,
                "Abstract: Field data were collected and analysed; the measures proved effective for grassroots extension.",
                9,
                162,
                indent=False,
            )
            pg.text(
                24,
                y + 1,
                f"DOI：10.{rng.randint(11000, 13999)}/j.issn.{j.issn}.{year}.{issue:02d}.0{rng.randint(10, 99)}",
                8.5,
                ctx.body,
            )
        for c in range(2):
            x0 = 20 + c * 88
            for r in range(10):
                pg.line(x0, 170 + r * 8, x0 + rng.uniform(70, 82), 170 + r * 8, 0.15, (170, 170, 170))
        pg.line(20, 256, 90, 256, 0.3)
        pg.text(
            20,
            259,
            f"收稿日期：{d_(dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28)), 'dash')}",
            8.5,
            ctx.body,
        )
        pg.text(
            20,
            265,
            f"作者简介：{authors[0]}，{P.TITLES_PRO[rng.randrange(9)]}，从事基层技术推广工作。",
            8.5,
            ctx.body,
        )
        pg.text(105, 282, f"ISSN {j.issn}    CN {j.cn}", 8.5, ctx.body, "c")
        if v == "masthead":
            p2 = Page()
            pages.append(p2)
            centre(p2, ctx, 40, j.name, 20)
            centre(p2, ctx, 54, f"（月刊，{year}年{vol_s}第{issue}期）", 11, False)
            rows = [["主管", sup], ["主办", host.replace("编辑部", "") + "社"], ["编辑出版", host],
                    ["国际标准连续出版物号", f"ISSN {j.issn}"], ["国内统一连续出版物号", f"CN {j.cn}"],
                    ["出版日期", d_(dt.date(year, issue, 25), "ymd")]]  # fmt: skip
            p2.table(35, 70, [55, 85], rows, 11, ctx.body, 12)
    elif v == "toc":
        sc = [s for s in sc if s not in ("title", "people")]
        centre(pg, ctx, 18, j.name, 20)
        centre(pg, ctx, 32, f"{year}年 {vol_s} 第{issue}期", 12, False)
        centre(pg, ctx, 42, "目    次", 15)
        n = rng.randint(6, 9)
        at = rng.randrange(n)
        y = 56
        page_no = rng.randint(1, 30)
        for i in range(n):
            t, au = (title, authors) if i == at else (art_title(rng), P.people(rng, rng.randint(1, 4)))
            pg.text(22, y, t, 11, ctx.body)
            pg.text(188, y, str(page_no), 11, ctx.body, "r")
            pg.text(30, y + 6, "  ".join(au), 9.5, ctx.body)
            y += 15
            page_no += rng.randint(3, 8)
        if sup_on:
            pg.text(22, y + 8, f"主管单位：{sup}", 10, ctx.body)
        pg.text(22, y + 16, f"ISSN {j.issn}  CN {j.cn}", 10, ctx.body)
    elif v == "cover":
        sc = [s for s in sc if s not in ("title", "people")]
        pg.rect(0, 0, 210, 70, 0, fill=(24, 90, 60))
        pg.text(105, 22, j.name, 30, ctx.bold, "c", (255, 255, 255))
        pg.text(105, 50, f"{year}  {issue:02d}", 16, ctx.body, "c", (255, 255, 255))
        pg.text(20, 90, "本期要目", 14, ctx.bold)
        y = 102
        for i in range(3):
            t, au = (title, authors) if i == 1 else (art_title(rng), P.people(rng, 2))
            pg.text(24, y, f"{t}……{'，'.join(au)}", 10, ctx.body)
            y += 10
        pg.text(20, 250, f"主管：{sup}", 10.5, ctx.body)
        pg.text(20, 258, f"主办：{host.replace('编辑部', '社')}", 10.5, ctx.body)
        pg.text(20, 266, f"ISSN {j.issn}   CN {j.cn}", 10.5, ctx.body)
        if vol:
            pg.text(190, 266, f"第{vol}卷", 10.5, ctx.body, "r")
    else:  # cnki
        pg.text(20, 12, "中国知网  文献知网节", 10, ctx.body, "l", (60, 60, 160))
        pg.line(20, 18, 190, 18, 0.4, (60, 60, 160))
        y = para(pg, ctx, 20, 26, title, 15, 170, indent=False)
        rows = [("作者", "；".join(authors)), ("作者单位", "；".join(aff)), ("刊名", j.name),
                ("年，卷（期）", f"{year}，{vol or ''}（{issue}）"), ("ISSN", j.issn), ("CN", j.cn),
                ("下载次数", str(rng.randint(5, 400)))]  # fmt: skip
        for lab, val in rows:
            y = para(pg, ctx, 20, y + 2, f"【{lab}】{val}", 11, 170, indent=False)
        para(
            pg,
            ctx,
            20,
            y + 4,
            "【摘要】本文对基层实际工作中的有关问题进行了调查和分析，提出了对策建议。",
            11,
            170,
            indent=False,
        )
    people = [{"name": nm, "rank": i + 1, "role": "author"} for i, nm in enumerate(authors)]
    f = {"title": title, "people": people, "journal": jour, "issuer": None}
    return doc("journal_article", "journal", v, pages, f, sc, rng.choice(authors), year)


# ---- books ------------------------------------------------------------------------------------
PUBS = [("中国农业出版社", "北京", "109"), ("中国农业科学技术出版社", "北京", "5116"), ("山东科学技术出版社", "济南", "5331"),
        ("人民卫生出版社", "北京", "117"), ("中国林业出版社", "北京", "5219"), ("中国水利水电出版社", "北京", "5170"),
        ("化学工业出版社", "北京", "122"), ("中国医药科技出版社", "北京", "5214"), ("山东大学出版社", "济南", "5607")]  # fmt: skip
BOOKS = ["基层兽医实用技术手册", "乡村医生常见病诊疗指南", "小麦病虫害绿色防控图谱", "平原林业实用技术", "农村小型水利工程管理",
         "设施蔬菜高效栽培技术", "畜禽养殖场生物安全手册", "社区慢性病管理实务", "农作物测土配方施肥技术", "乡镇卫生院护理操作规范"]  # fmt: skip
FOREIGN = [
    ("美", "大卫·R.米勒"),
    ("英", "罗伯特·A.布朗"),
    ("澳", "玛丽·E.约翰逊"),
    ("加", "詹姆斯·L.泰勒"),
    ("美", "琳达·K.史密斯"),
]
FBOOKS = ["兽医临床诊断学精要", "社区卫生服务管理", "植物病害流行学导论", "农业水资源管理", "家庭医学实践"]


def _isbn(rng, pre: str) -> str:  # noqa: ANN001
    body = "".join(str(rng.randint(0, 9)) for _ in range(8 - len(pre)))
    d12 = "978" + "7" + pre + body
    return f"978-7-{pre}-{body}-{P.isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    rng = ctx.rng
    pub, pcity, pre = PUBS[rng.randrange(len(PUBS))]
    title = rng.choice(BOOKS)
    y, m = rng.randint(2014, 2024), rng.randint(1, 12)
    isbn = _isbn(rng, pre)
    edn = f"{y}年{m}月第1版"
    ns = P.people(rng, 9)
    roles = [("主编", "editor_in_chief", ns[: rng.randint(1, 2)])]
    roles.append(("副主编", "deputy_editor", ns[2 : 2 + rng.randint(1, 3)]))
    roles.append(("编委", "editorial_board", ns[5 : 5 + rng.randint(2, 4)]))
    people = []
    for _, role, lst in roles:
        people += [{"name": nm, "rank": len(people) + i + 1, "role": role} for i, nm in enumerate(lst)]
    chief = "，".join(roles[0][2])
    cip_no = f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(10000, 299999):06d}号"
    sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    pg = Page()
    pages = [pg]

    def copyright_block(p: Page, y0: float, who: str, size: float = 10.5) -> float:
        p.text(20, y0, "图书在版编目（CIP）数据", size + 1, ctx.bold)
        yy = para(p, ctx, 20, y0 + 9, f"{title} / {who}. —{pcity}：{pub}，{y}.{m}", size, 170, indent=False)
        p.text(20, yy, f"ISBN {isbn}", size, ctx.body)
        p.text(20, yy + 7, cip_no, size, ctx.body)
        p.line(20, yy + 14, 190, yy + 14, 0.3)
        yy += 20
        for s in [f"出版发行：{pub}", "开    本：787mm×1092mm  1/16", f"印    张：{rng.randint(8, 25)}",
                  f"字    数：{rng.randint(150, 600)}千字", f"版    次：{edn}  {y}年{m}月第1次印刷",
                  f"定    价：{rng.randint(25, 88)}.00元"]:  # fmt: skip
            p.text(20, yy, s, size, ctx.body)
            yy += 7
        return yy

    if v == "cover":
        people = people[: len(roles[0][2])]
        sc = ["title", "people", "issuer", "book.publisher"]
        isbn_t, edn_t, iss = None, None, None
        pg.bg = (226, 238, 222)
        pg.rect(0, 40, 210, 120, 0, fill=(60, 120, 70))
        pg.text(105, 62, title, 28, ctx.bold, "c", (255, 255, 255))
        pg.text(105, 140, f"{chief}  主编", 15, ctx.body, "c")
        pg.text(105, 270, pub, 15, ctx.bold, "c")
    else:
        isbn_t, edn_t, iss = isbn, edn, f"{y}-{m:02d}"
        if v == "cip":
            people = people[: len(roles[0][2])]
            copyright_block(pg, 150, f"{chief}主编")
            pg.text(20, 40, f"责任编辑：{P.people(rng, 1)[0]}", 10.5, ctx.body)
        elif v == "editors":
            centre(pg, ctx, 30, "编写人员名单", 17)
            yy = 52
            for lab, _, lst in roles:
                pg.text(40, yy, f"{lab}", 13, ctx.bold)
                pg.text(72, yy, "  ".join(lst), 13, ctx.body)
                yy += 12
            p2 = Page()
            pages.append(p2)
            copyright_block(p2, 60, f"{chief}主编")
        elif v == "translation":
            nat, fn = FOREIGN[rng.randrange(len(FOREIGN))]
            title = rng.choice(FBOOKS)
            tr = ns[: rng.randint(1, 3)]
            people = [{"name": fn, "rank": 1, "role": "author"}]
            people += [{"name": t, "rank": i + 2, "role": "translator"} for i, t in enumerate(tr)]
            copyright_block(pg, 120, f"（{nat}）{fn}著；{'，'.join(tr)}译")
            pg.text(20, 100, f"著作权合同登记号  图字：01-{y - 1}-{rng.randint(1000, 9999)}", 10.5, ctx.body)
            pg.text(20, 40, "Original English language edition published by the author.", 9, ctx.body)
            pg.text(
                20, 48, "Simplified Chinese translation rights arranged with the proprietor.", 9, ctx.body
            )
        elif v == "spread":
            pg = pages[0] = Page(297, 210, bg=(248, 246, 238))
            pg.line(148.5, 0, 148.5, 210, 0.6, (160, 160, 160))
            pg.text(74, 50, title, 20, ctx.bold, "c")
            yy = 80
            for lab, _, lst in roles:
                pg.text(74, yy, f"{lab}  {'  '.join(lst)}", 11, ctx.body, "c")
                yy += 9
            pg.text(74, 180, pub, 13, ctx.bold, "c")
            sub = Page(148, 210)
            copyright_block(sub, 40, f"{chief}主编", 9.5)
            for op in sub.ops:
                pg.ops.append((op[0], op[1] + 152, *op[2:]) if op[0] == "text" else
                              (op[0], op[1] + 152, op[2], op[3] + 152, *op[4:]) if op[0] == "line" else op)  # fmt: skip
        else:  # oldcip
            who = "、".join(ns[:2])
            people = [{"name": nm, "rank": i + 1, "role": "author"} for i, nm in enumerate(ns[:2])]
            yy = 80
            for s in [f"书    名：{title}", f"编    著：{who}", f"出版发行：{pub}", f"地    址：{pcity}市",
                      f"印    刷：{pcity}{rng.choice(['新华印刷厂', '华艺印务有限公司'])}", "开    本：850mm×1168mm  1/32",
                      f"版    次：{edn}", f"印    次：{y}年{m}月第1次印刷", f"书    号：ISBN {isbn}",
                      f"定    价：{rng.randint(12, 40)}.00元"]:  # fmt: skip
                pg.text(40, yy, s, 11.5, ctx.body)
                yy += 9
            pg.text(40, yy + 10, "（版权所有  翻印必究）", 10, ctx.body)
    f = {"title": title, "people": people, "issuer": pub, "issued_on": iss,
         "book": {"isbn": isbn_t, "publisher": pub, "edition": edn_t}}  # fmt: skip
    claim = rng.choice([p["name"] for p in people if p["role"] != "author"] or [people[0]["name"]])
    return doc("book", "book", v, pages, f, sc, claim, y)


# ---- patents ----------------------------------------------------------------------------------
PT = {1: ["一种畜禽养殖用自动饮水装置", "一种小麦播种镇压一体机", "一种林木树干注药装置", "一种农田灌溉用自清洗过滤器",
          "一种秸秆粉碎还田装置", "一种兽用疫苗低温保存箱"],
      2: ["一种便携式兽用保定架", "一种医用可调节输液架", "一种果树修剪用伸缩剪", "一种卫生室药品分类储存柜",
          "一种渠道闸门启闭装置", "一种苗木移栽用挖穴器"],
      3: ["畜禽饲料槽", "输液挂钩", "喷雾器喷头", "药品分装盒"]}  # fmt: skip
KIND = {1: "invention", 2: "utility_model", 3: "design"}
OWNERS = [
    "{c}农业技术推广中心",
    "{c}人民医院",
    "{c}畜牧兽医服务中心",
    "{c}林业保护发展服务中心",
    "{c}水利事业服务中心",
]


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    rng = ctx.rng
    t = {"utility": 2, "design": 3, "invention": 1}.get(v, rng.choice([1, 2, 2, 3]))
    city, cty = P.county(rng)
    applied = P.day(rng, 2016, 2022)
    granted = P.later(applied, 200 if t != 1 else 500, 400 if t != 1 else 1100, rng)
    serial = f"{rng.randint(0, 9999999):07d}"
    d12 = f"{applied.year}{t}{serial}"
    c = P.zl_check(d12)
    num = f"ZL{d12}.{c}"
    spaced = f"ZL {applied.year} {t} {serial}.{c}"
    title = rng.choice(PT[t])
    inv = P.people(rng, rng.randint(1, 5))
    owner = rng.choice(OWNERS).format(c=cty)
    st = rng.choice(["pad", "pad", "ymd", "dot", "cn"])
    word = {1: "发明", 2: "实用新型", 3: "外观设计"}[t]
    role_w = "设计人" if t == 3 else "发明人"
    term = {1: "二十年", 2: "十年", 3: "十五年" if applied >= dt.date(2021, 6, 1) else "十年"}[t]
    pub_no = f"CN {rng.randint(100000000, 119999999)} {'BUS'[t - 1]}"
    cert_no = f"第{rng.randint(1000000, 6999999)}号"
    boss = P.people(rng, 1)[0]
    pg = Page()
    pages = [pg]
    rows = [(f"{word}名称", title), (role_w, "；".join(inv)), ("专利号", spaced), ("专利申请日", d_(applied, st)),
            ("专利权人", owner), ("地址", f"山东省{city}市{cty}"), ("授权公告日", d_(granted, st))]  # fmt: skip
    legal = (f"本{word}经过本局依照中华人民共和国专利法进行{'审查' if t == 1 else '初步审查'}，决定授予专利权，"
             f"颁发{word}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")  # fmt: skip
    if v in ("invention", "utility", "design"):
        pg.bg = (253, 251, 244)
        pg.rect(12, 12, 198, 285, 1.2, (150, 120, 50))
        centre(pg, ctx, 32, f"{word}专利证书", 24)
        pg.text(105, 48, f"证书号{cert_no}", 12, ctx.body, "c")
        y = 64
        if v == "utility":
            rows = [rows[2], rows[0], rows[1], rows[3], rows[6], rows[4], rows[5]]
        for lab, val in rows:
            y = para(pg, ctx, 28, y, f"{lab}：{val}", 12.5, 154, indent=False) + 1.5
        pg.text(28, y + 2, f"授权公告号：{pub_no}", 12.5, ctx.body)
        y = para(pg, ctx, 28, y + 14, legal, 11.5, 154)
        pg.text(130, y + 12, "局长", 12, ctx.body)
        pg.text(150, y + 26, "国家知识产权局", 12, ctx.body, "c")
        hand(pg, ctx, 145, y + 10, boss, 18)
        pg.seal(150, y + 14, 19, "国家知识产权局", k)
        pg.text(28, 272, "第 1 页（共 2 页）", 9, ctx.body)
    elif v == "ecert":
        pg.rect(0, 0, 210, 28, 0, fill=(200, 30, 35))
        pg.text(105, 8, "国家知识产权局", 20, ctx.bold, "c", (255, 255, 255))
        centre(pg, ctx, 40, f"{word}专利证书（电子）", 18)
        pg.text(105, 54, f"证书号{cert_no}", 11, ctx.body, "c")
        tb = [[lab, val] for lab, val in rows if lab != "地址"] + [["授权公告号", pub_no]]
        y = pg.table(22, 64, [40, 126], tb, 10.5, ctx.body, 12)
        para(pg, ctx, 22, y + 8, legal, 10.5, 166)
        pg.rect(160, y + 40, 188, y + 68, 0.6)
        pg.text(174, y + 71, "扫码查验", 8, ctx.body, "c")
        pg.seal(120, y + 52, 19, "国家知识产权局", k)
    elif v == "register":
        centre(pg, ctx, 24, "专利登记簿副本", 20)
        tb = [["专利号", spaced.replace(" ", "")], ["申请日", d_(applied, st)], ["授权公告日", d_(granted, st)],
              ["发明创造名称", title], [role_w, "、".join(inv)], ["专利权人", owner], ["法律状态", "专利权维持"],
              ["年费缴纳", f"已缴纳第{rng.randint(2, 5)}年度年费"]]  # fmt: skip
        y = pg.table(22, 42, [40, 126], tb, 11, ctx.body, 12)
        pg.text(150, y + 20, "国家知识产权局", 12, ctx.body, "c")
        pg.seal(150, y + 22, 18, "国家知识产权局", k)
    else:  # gazette
        pg.text(20, 14, "(19)国家知识产权局", 13, ctx.bold)
        pg.text(20, 26, f"(12){word}专利", 14, ctx.bold)
        pg.text(120, 14, f"(10)授权公告号 {pub_no}", 11, ctx.body)
        pg.text(120, 24, f"(45)授权公告日 {d_(granted, 'dot')}", 11, ctx.body)
        pg.line(20, 36, 190, 36, 0.5)
        y = 42
        for s in [f"(21)申请号 {d12}.{c}", f"(22)申请日 {d_(applied, 'dot')}", f"(73)专利权人 {owner}",
                  f"(72){role_w} {' '.join(inv)}", f"(54){['发明名称', '实用新型名称', '使用外观设计的产品名称'][t - 1]}",
                  f"      {title}"]:  # fmt: skip
            pg.text(20, y, s, 11, ctx.body)
            y += 8
        pg.text(110, 42, "(57)摘要", 11, ctx.body)
        para(
            pg,
            ctx,
            110,
            50,
            f"本{word}公开了{title}，结构简单，操作方便，适合基层推广使用。",
            10,
            80,
            indent=False,
        )
    people = [{"name": nm, "rank": i + 1, "role": "inventor"} for i, nm in enumerate(inv)]
    pat = {
        "kind": KIND[t],
        "number": num,
        "applied_on": applied.isoformat(),
        "granted_on": granted.isoformat(),
    }
    f = {
        "title": title,
        "people": people,
        "issuer": "国家知识产权局",
        "issued_on": granted.isoformat(),
        "patent": pat,
    }
    sc = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    ]
    return doc("patent_certificate", "patent", v, pages, f, sc, rng.choice(inv), granted.year)
