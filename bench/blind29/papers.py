"""Draw 29 builders: journal articles, books, patents, awards and project completions."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import CN_REGION, journals
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind29 import kit
from bench.blind29.certs import _ds, _trade, mk
from bench.blind29.pools import (
    Ctx,
    a_date,
    city_prov,
    county,
    crowd,
    day,
    isbn_digit,
    later,
    month,
    person_name,
    zl_check,
)
from bench.blind29.sectors import UNITS
from bench.generator.truth import person

STEMS = {
    "health": ["老年高血压患者", "基层2型糖尿病管理", "剖宫产术后切口感染", "社区获得性肺炎", "针灸联合康复训练", "儿童哮喘"],
    "school": ["初中数学分层作业", "农村小学阅读教学", "高中物理实验探究", "课堂提问有效性", "劳动教育课程", "县域学生体质"],
    "water": ["小型水库大坝渗流", "灌区渠系水利用系数", "黄河下游堤防", "资江流域洪水", "农村饮水工程", "泵站机组运行"],
    "farm": ["花生连作障碍", "双季稻氮肥减量", "安化黑茶发酵", "生猪非洲猪瘟防控", "设施番茄水肥一体化", "小麦赤霉病"],
    "build": ["装配式混凝土结构", "深基坑支护变形", "既有建筑节能改造", "沥青路面车辙", "高支模施工安全", "BIM施工进度"],
}  # fmt: skip
TAILS = [
    "的临床观察",
    "影响因素分析",
    "的试验研究",
    "现状调查及对策",
    "的实践与思考",
    "效果评价",
    "监测与分析",
    "优化设计研究",
]


def _paper_title(ctx: Ctx, sec: str) -> str:
    return ctx.rng.choice(STEMS[sec]) + ctx.rng.choice(TAILS)


NAT_SUP = ["中国科学技术协会", "教育部", "国家卫生健康委员会", "农业农村部", "水利部", "中国科学院"]


def _sup(ctx: Ctx, j) -> tuple[str, str]:  # noqa: ANN001
    reg = CN_REGION.get(j.cn[:2], "")
    if j.cn[:2] in ("10", "11") or not reg or ctx.rng.random() < 0.5:
        return ctx.rng.choice(NAT_SUP), "national"
    suf = (
        "省" if reg not in ("北京", "上海", "天津", "重庆", "内蒙古", "广西", "宁夏", "新疆", "西藏") else ""
    )
    if not suf:
        return ctx.rng.choice(NAT_SUP), "national"
    return f"{reg}{suf}{ctx.rng.choice(['科学技术协会', '教育厅', '科学院'])}", "provincial"


def _affil(ctx: Ctx, units: list[str]) -> str:  # noqa: ANN001
    parts = []
    for i, u in enumerate(units):
        c = next((x for x in ("兰考县", "杞县", "通许县", "尉氏县", "祥符区", "鼓楼区", "龙亭区", "禹王台区",
                              "顺河回族区", "赫山区", "资阳区", "南县", "桃江县", "安化县", "沅江市", "大通湖区")
                  if u.startswith(x)), "")  # fmt: skip
        city, prov = city_prov(c) if c else ("开封市", "河南省")
        parts.append(f"{i + 1}.{u}，{prov[:-1]} {city[:-1]} {ctx.rng.randint(410000, 476000)}")
    return "（" + "；".join(parts) + "）"


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    j = rng.choice(journals())
    year = rng.randint(2017, 2024)
    issue = rng.randint(1, 12)
    vol = str(year - rng.randint(1975, 2005)) if rng.random() < 0.7 else None
    title = _paper_title(ctx, sec)
    authors = crowd(rng, rng.randint(1, 5))
    units = list(dict.fromkeys([unit] + [rng.choice(UNITS[sec]).format(c=county(rng)) for _ in authors[1:]]))[
        :2
    ]
    levels = list(j.base_levels)
    sup_line = None
    if v in ("cover", "bundle", "masthead"):
        sup, lvl = _sup(ctx, j)
        sup_line = sup
        levels.append(lvl)
    vi = f"第{vol}卷第{issue}期" if vol else f"第{issue}期"
    ve = f"Vol.{vol} No.{issue}" if vol else f"No.{issue}"
    page0 = rng.randint(12, 160)
    others = [(_paper_title(ctx, rng.choice(list(STEMS))), crowd(rng, rng.randint(1, 3))) for _ in range(6)]
    others = [(t, a) for t, a in others if t != title]
    pos = rng.randint(0, len(others))
    toc = others[:pos] + [(title, authors)] + others[pos:]

    def first_page(pg: Page, top: float = 14) -> None:
        if v == "footerline":
            pg.text(20, pg.h - 16, f"·{page0}·", 9, ctx.body)
            pg.text(pg.w / 2, pg.h - 16, f"{j.name}  {year}年{rng.randint(1, 12)}月  {vi}", 9, ctx.body, "c")
            pg.text(pg.w - 20, pg.h - 16, f"ISSN {j.issn}  CN {j.cn}", 8, ctx.body, "r")
            y = top + 6
        else:
            pg.text(20, top, f"{vi}", 9, ctx.body)
            pg.text(pg.w / 2, top, j.name, 9.5, ctx.body, "c")
            pg.text(pg.w - 20, top, f"{ve}  {year}", 9, ctx.body, "r")
            pg.text(pg.w - 20, top + 5, f"ISSN {j.issn}  CN {j.cn}", 8, ctx.body, "r")
            pg.line(20, top + 10, pg.w - 20, top + 10, 0.4)
            y = top + 18
        y = kit.center(pg, ctx, y, title, 17)
        parts = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            parts.append(
                (
                    str(1 if i == 0 or len(units) == 1 else 2) + ("*" if i == len(authors) - 1 and i else ""),
                    True,
                )
            )
            if i < len(authors) - 1:
                parts.append(("，", False))
        y = pg.runs(pg.w / 2, y + 2, parts, 12, ctx.body)
        y = pg.wrap(30, y, pg.w - 60, _affil(ctx, units), 9, ctx.body, 1.5) + 3
        abs_ = (f"摘要：目的　探讨{title[:8]}的相关问题。方法　选取{c}{rng.randint(2, 9)}个点位（单位）开展调查，"
                f"资料采用统计软件分析。结果　各组差异有统计学意义（P<0.05）。结论　该方法适合在县域推广应用。")  # fmt: skip
        y = pg.wrap(24, y, pg.w - 48, abs_, 10, ctx.body, 1.55)
        pg.text(24, y + 1, "关键词：" + "；".join(rng.sample(["县域", "对策", "效果", "监测", "管理", "推广", "影响因素"], 3)),
                10, ctx.body)  # fmt: skip
        pg.text(24, y + 7, f"中图分类号：{rng.choice(['R', 'G', 'S', 'TV', 'TU'])}{rng.randint(1, 899)}　　文献标志码：A　　"
                f"文章编号：{j.issn}({year}){issue:02d}-{page0:04d}-0{rng.randint(3, 6)}", 9, ctx.body)  # fmt: skip
        if v == "twocol":
            y0 = y + 18
            for col in (20, 110):
                yy = y0
                for _ in range(14):
                    yy = pg.wrap(
                        col,
                        yy,
                        80,
                        "本研究在前期工作的基础上，进一步分析了相关因素，结果如下。",
                        9.5,
                        ctx.body,
                        1.6,
                    )
        else:
            pg.wrap(
                20,
                y + 18,
                pg.w - 40,
                "0　引言　" + "近年来，随着相关工作的深入推进，" * 6,
                10.5,
                ctx.body,
                1.7,
            )
        pg.line(20, pg.h - 40, 80, pg.h - 40, 0.3)
        pg.text(20, pg.h - 37, f"收稿日期：{day(dt.date(year - 1 if issue < 4 else year, rng.randint(1, 12), rng.randint(1, 28)), 'iso')}",
                8.5, ctx.body)  # fmt: skip
        pg.text(20, pg.h - 32, f"作者简介：{authors[0]}（{rng.randint(1966, 1994)}—），{rng.choice('男女')}，"
                f"{rng.choice(S['ranks'])}，主要从事相关研究工作。", 8.5, ctx.body)  # fmt: skip

    def cover(pg: Page) -> None:
        pg.rect(0, 0, pg.w, 70, 0, fill=(rng.randint(20, 90), rng.randint(60, 130), rng.randint(110, 170)))
        pg.text(pg.w / 2, 22, j.name, 34 if len(j.name) <= 6 else 26, ctx.bold, "c", (255, 255, 255))
        pg.text(pg.w / 2, 52, f"{year}年 第{issue}期" + (f"（第{vol}卷）" if vol else ""), 15, ctx.body, "c",
                (255, 255, 255))  # fmt: skip
        y = 84
        pg.text(24, y, "本 期 要 目", 14, ctx.bold)
        y += 10
        shown = toc[:5] if (title, authors) in toc[:5] else toc[:4] + [(title, authors)]
        for t, a in shown:
            pg.text(28, y, t, 11.5, ctx.body)
            pg.text(pg.w - 24, y, "、".join(a), 10.5, ctx.body, "r")
            y += 9
        if sup_line:
            pg.text(24, pg.h - 44, f"主管单位：{sup_line}", 11, ctx.body)
            pg.text(24, pg.h - 37, f"主办单位：{j.name}编辑部", 11, ctx.body)
        pg.text(24, pg.h - 28, f"ISSN {j.issn}", 12, ctx.body)
        pg.text(24, pg.h - 21, f"CN {j.cn}", 12, ctx.body)

    def contents(pg: Page) -> None:
        pg.text(pg.w / 2, 16, f"{j.name}", 18, ctx.bold, "c")
        pg.text(pg.w / 2, 28, f"{year}年第{issue}期" + (f"（总第{rng.randint(150, 400)}期）" if rng.random() < 0.5 else ""),
                11, ctx.body, "c")  # fmt: skip
        kit.center(pg, ctx, 38, "目    次", 15)
        y, p = 54, page0 - rng.randint(10, 40)
        for t, a in toc:
            if t == title:
                p = page0
            pg.text(22, y, t, 11.5, ctx.body)
            pg.text(pg.w - 22, y, f"（{p}）", 10.5, ctx.body, "r")
            pg.text(30, y + 6, "、".join(a), 10, ctx.body)
            y += 15
            p += rng.randint(4, 8)
        pg.text(pg.w / 2, pg.h - 18, f"ISSN {j.issn}    CN {j.cn}", 10, ctx.body, "c")

    pages: list[Page] = []
    if v == "cover":
        pages = [Page()]
        cover(pages[0])
    elif v == "contents":
        pages = [Page()]
        contents(pages[0])
    elif v == "bundle":
        pages = [Page(), Page(), Page()]
        cover(pages[0])
        contents(pages[1])
        first_page(pages[2])
    elif v == "masthead":
        pages = [Page(), Page()]
        pg = pages[0]
        kit.center(pg, ctx, 30, j.name, 18)
        pg.text(
            pg.w / 2,
            42,
            f"（{'月刊' if rng.random() < 0.5 else '双月刊'}　{year}年第{issue}期）",
            11,
            ctx.body,
            "c",
        )
        pairs = [("主　　管", sup_line), ("主　　办", f"{j.name}编辑部"), ("编辑出版", f"《{j.name}》编辑部"),
                 ("主　　编", person_name(rng, set(authors))), ("国际标准连续出版物号", f"ISSN {j.issn}"),
                 ("国内统一连续出版物号", f"CN {j.cn}"), ("出版日期", day(dt.date(year, min(12, issue), 25), "nian"))]  # fmt: skip
        kit.rows(pg, ctx, 40, 62, pairs, 11.5, col=48, gap=2.4)
        first_page(pages[1])
    else:
        pages = [Page()]
        first_page(pages[0])
    sc = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
          "journal.levels"]  # fmt: skip
    if vol and v != "contents":
        sc.insert(6, "journal.volume")
    if v in ("cover", "contents"):
        sc = [s for s in sc if s not in ("title", "people")]
    jr = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol if "journal.volume" in sc else None,
          "issue": str(issue), "levels": levels}  # fmt: skip
    people = [person(a, i + 1, "author") for i, a in enumerate(authors)]
    f = {"people": people, "title": title, "journal": jr, "issued_on": None}
    who = authors[rng.randrange(len(authors))]
    return mk(ctx, "journal_article", "journal", v, pages, f, sc, {"person": who, "year": year})


# ---- books ----------------------------------------------------------------------------------
PRESSES = [
    ("河南科学技术出版社", "郑州", "5349"), ("湖南科学技术出版社", "长沙", "5357"), ("中国农业出版社", "北京", "109"),
    ("人民卫生出版社", "北京", "117"), ("中国水利水电出版社", "北京", "5170"), ("中国建筑工业出版社", "北京", "112"),
    ("河南大学出版社", "开封", "5649"), ("黄河水利出版社", "郑州", "5509"), ("湖南教育出版社", "长沙", "5539"),
    ("中国农业科学技术出版社", "北京", "5116"), ("化学工业出版社", "北京", "122"), ("湖南师范大学出版社", "长沙", "5648"),
]  # fmt: skip
BOOK_FORMS = ["{t}实用技术", "{t}技术手册", "{t}理论与实践", "县域{t}工作指南", "{t}百问百答", "{t}案例精选"]
FOREIGN = ["（美）罗伯特·M.哈里斯", "（英）约翰·R.贝克", "（德）汉斯·穆勒", "（日）中村健一", "（澳）彼得·S.威尔逊",
           "（加）戴安娜·L.库珀"]  # fmt: skip


def _isbn(rng, pre: str) -> str:  # noqa: ANN001
    title_len = 8 - len(pre)
    t = f"{rng.randint(0, 10**title_len - 1):0{title_len}d}"
    d12 = "9787" + pre + t
    return f"978-7-{pre}-{t}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    press, pcity, pre = rng.choice(PRESSES)
    topic = rng.choice(S["topics"])
    title = rng.choice(BOOK_FORMS).format(t=topic)
    y = rng.randint(2016, 2024)
    m = rng.randint(1, 12)
    ed_no = 1
    if v == "reprint":
        ed_no = rng.choice([1, 2])
    edition = f"{y}年{m}月第{ed_no}版"
    isbn = _isbn(rng, pre)
    n_chief = rng.choice([1, 1, 2])
    n_dep = rng.randint(1, 3)
    n_board = rng.randint(3, 7) if v in ("board", "titlecip") else 0
    ppl = crowd(rng, n_chief + n_dep + n_board + 2)
    chiefs, deps, board = (
        ppl[:n_chief],
        ppl[n_chief : n_chief + n_dep],
        ppl[n_chief + n_dep : n_chief + n_dep + n_board],
    )
    resp_ed = ppl[-1]
    people = ([person(p, i + 1, "editor_in_chief") for i, p in enumerate(chiefs)]
              + [person(p, n_chief + i + 1, "deputy_editor") for i, p in enumerate(deps)]
              + [person(p, n_chief + n_dep + i + 1, "editorial_board") for i, p in enumerate(board)])  # fmt: skip
    price = f"{rng.randint(28, 98)}.{rng.choice(['00', '80', '50'])}元"
    sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    issued = f"{y}-{m:02d}"

    def copyright_page(pg: Page, byline: str, cip: bool = True, yy: float = 40) -> None:
        if cip:
            pg.text(26, yy, "图书在版编目（CIP）数据", 11, ctx.bold)
            yy = pg.wrap(
                26, yy + 8, pg.w - 52, f"{title} / {byline}. —{pcity}：{press}，{y}.{m}", 10.5, ctx.body, 1.6
            )
            pg.text(26, yy, f"ISBN {isbn}", 10.5, ctx.body)
            pg.text(26, yy + 6, f"Ⅰ.①{title[:2]}…　Ⅱ.①{ppl[0]}…　Ⅲ.①{topic[:4]}　Ⅳ.①{rng.choice('RGSTU')}{rng.randint(1, 99)}",
                    10, ctx.body)  # fmt: skip
            pg.text(
                26, yy + 14, f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(10000, 299999)}号", 10, ctx.body
            )
            pg.line(26, yy + 22, pg.w - 26, yy + 22, 0.3)
            yy += 30
        rows_ = [("责任编辑", resp_ed), ("出版发行", press), ("地　　址", f"{pcity}市{rng.choice(['经五路', '芙蓉中路', '农展馆北路'])}{rng.randint(1, 99)}号"),
                 ("印　　刷", f"{pcity}{rng.choice(['新华', '长城', '东方'])}印刷有限公司"), ("开　　本", "787 mm×1092 mm　1/16"),
                 ("字　　数", f"{rng.randint(180, 520)}千字")]  # fmt: skip
        if v == "reprint":
            pr = dt.date(y + rng.randint(1, 3), rng.randint(1, 12), 1)
            rows_.append(("版　　次", edition))
            rows_.append(("印　　次", f"{pr.year}年{pr.month}月第{rng.randint(2, 6)}次印刷"))
        else:
            rows_.append(("版　　次", f"{edition}　{y}年{m}月第1次印刷"))
        rows_ += [("书　　号", f"ISBN {isbn}"), ("定　　价", price)]
        kit.rows(pg, ctx, 26, yy, rows_, 10.5, col=24, gap=2.0)
        pg.text(26, pg.h - 30, "版权所有　侵权必究", 10, ctx.body)

    chief_s = "，".join(chiefs)
    pages = [Page()]
    pg = pages[0]
    if v == "cover":
        issued = None
        sc = ["title", "people", "issuer", "book.publisher"]
        pg.rect(
            0, 0, pg.w, pg.h, 0, fill=(rng.randint(200, 240), rng.randint(220, 245), rng.randint(200, 235))
        )
        pg.wrap(24, 60, pg.w - 48, title, 30, ctx.bold, 1.4)
        pg.text(pg.w - 24, 150, f"主　编　{'　'.join(chiefs)}", 14, ctx.body, "r")
        pg.text(pg.w - 24, 162, f"副主编　{'　'.join(deps)}", 13, ctx.body, "r")
        pg.text(pg.w / 2, pg.h - 30, press, 15, ctx.bold, "c")
        isbn_t, ed_t = None, None
    else:
        isbn_t, ed_t = isbn, edition
        if v == "cip":
            people = [person(p, i + 1, "editor_in_chief") for i, p in enumerate(chiefs)]
            copyright_page(pg, f"{chief_s}主编")
        elif v in ("titlecip", "board"):
            pages.append(Page())
            tp = pages[0]
            if v == "titlecip":
                tp.wrap(24, 50, tp.w - 48, title, 24, ctx.bold, 1.4)
                yy = 110
                for lab, grp in (("主　编", chiefs), ("副主编", deps), ("编　委", board)):
                    yy = tp.wrap(40, yy, tp.w - 80, f"{lab}　{'　'.join(grp)}", 13, ctx.body, 1.6) + 3
                tp.text(tp.w / 2, tp.h - 40, press, 14, ctx.bold, "c")
            else:
                kit.center(tp, ctx, 34, "编 委 会", 20)
                yy = 56
                for lab, grp in (("主　编", chiefs), ("副 主 编", deps), ("编　委（以姓氏笔画为序）", board)):
                    tp.text(40, yy, lab, 13, ctx.bold)
                    yy = tp.wrap(48, yy + 8, tp.w - 90, "　".join(grp), 13, ctx.body, 1.6) + 6
            copyright_page(pages[1], f"{chief_s}主编")
        elif v == "translated":
            auth = rng.choice(FOREIGN)
            taken = set(ppl)
            tr = [person_name(rng, taken) for _ in range(rng.choice([1, 2]))]
            people = [person(auth.split("）")[1], 1, "author")] + [
                person(t, i + 2, "translator") for i, t in enumerate(tr)
            ]
            title = rng.choice(
                ["现代灌溉工程学", "社区护理学基础", "作物生理学导论", "学校心理咨询实务", "结构工程抗震设计"]
            )
            copyright_page(pg, f"{auth}著；{'，'.join(tr)}译")
        elif v == "reprint":
            people = [person(p, i + 1, "editor_in_chief") for i, p in enumerate(chiefs)] + [
                person(p, n_chief + i + 1, "deputy_editor") for i, p in enumerate(deps)
            ]
            copyright_page(pg, f"{chief_s}主编；{'，'.join(deps)}副主编")
        else:  # solo: one author, details without a CIP block
            people = [person(ppl[0], 1, "author")]
            kit.center(pg, ctx, 30, title, 20)
            pg.text(pg.w / 2, 44, f"{ppl[0]}　著", 13, ctx.body, "c")
            copyright_page(pg, "", cip=False, yy=70)
    if v == "cover":
        people = [person(p, i + 1, "editor_in_chief") for i, p in enumerate(chiefs)] + [
            person(p, n_chief + i + 1, "deputy_editor") for i, p in enumerate(deps)
        ]
    f = {"people": people, "title": title, "issuer": press, "issued_on": issued,
         "book": {"isbn": isbn_t, "publisher": press, "edition": ed_t}}  # fmt: skip
    names = [p["name"] for p in people if p["role"] != "author" or v == "solo"]
    who = names[rng.randrange(len(names))]
    return mk(ctx, "book", "book", v, pages, f, sc, {"person": who, "year": y})


# ---- patents --------------------------------------------------------------------------------
GADGETS = {
    "health": ["便携式输液加温装置", "多功能康复护理床", "可调节式换药托盘", "防误吸鼻饲固定器", "中药熏蒸治疗仪"],
    "school": ["多功能数学教具", "物理光学演示装置", "可升降课桌椅", "教学用磁性白板", "化学实验废液收集装置"],
    "water": ["渠道防渗衬砌结构", "闸门启闭辅助装置", "水位自动监测浮标", "堤防渗漏探测装置", "农田排灌一体化泵站"],
    "farm": ["秸秆还田粉碎装置", "水稻育秧播种器", "茶叶揉捻机", "畜禽舍自动消毒装置", "花生果秧分离机"],
    "build": ["钢筋绑扎定位工具", "混凝土喷淋养护装置", "脚手架连接扣件", "墙体垂直度检测尺", "基坑支护监测装置"],
}  # fmt: skip
KIND_WORD = {"invention": ("发明", "1"), "utility_model": ("实用新型", "2"), "design": ("外观设计", "3")}
LEGAL = {
    "invention": "本发明经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发发明专利证书并在专利登记簿上予以登记。",
    "utility_model": "本实用新型经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发实用新型专利证书并在专利登记簿上予以登记。",
    "design": "本外观设计经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发外观设计专利证书并在专利登记簿上予以登记。",
}  # fmt: skip
CNIPA = "国家知识产权局"


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model", "utility_model"])
    )
    word, digit = KIND_WORD[kind]
    applied = a_date(rng, 2008 if v == "olddate" else 2016, 2013 if v == "olddate" else 2023)
    gap = {"invention": (420, 1000), "utility_model": (120, 300), "design": (90, 240)}[kind]
    granted = later(applied, *gap, rng)
    d12 = f"{applied.year}{digit}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    printed_no = rng.choice([f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{number[-1]}", number])
    g = rng.choice(GADGETS[sec])
    title = (
        g
        if kind == "design"
        else rng.choice([f"一种{g}", f"{g}及其使用方法" if kind == "invention" else f"一种{g}"])
    )
    inv = crowd(rng, rng.randint(1, 5))
    owner = rng.choice([unit, unit, rng.choice(S["orgs"]) if sec != "school" else unit])
    st = "nian0"
    pub = f"CN {rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    role_lab = "设计人" if kind == "design" else "发明人"
    name_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]

    def certificate(pg: Page, spaced: bool = False) -> None:
        kit.frame_rule(pg, (60, 110, 80), double=True)
        pg.text(pg.w - 26, 22, f"证书号第{rng.randint(100000, 9999999)}号", 11, ctx.body, "r")
        kit.center(pg, ctx, 36, f"{word}专利证书", 26)
        lab = (lambda s: " ".join(s)) if spaced else (lambda s: s)  # noqa: E731
        pairs = [(lab(name_lab), title), (lab(role_lab), "；".join(inv)), (lab("专利号"), printed_no),
                 (lab("专利申请日"), day(applied, st)), (lab("专利权人"), owner),
                 (lab("地址"), f"{'河南省' if c in ('兰考县', '杞县', '通许县', '尉氏县') else '湖南省'}{c}"),
                 (lab("授权公告日"), day(granted, st)), (lab("授权公告号"), pub)]  # fmt: skip
        y = kit.rows(pg, ctx, 30, 66, pairs, 12, col=38 if spaced else 30, gap=2.3)
        y = kit.para(pg, ctx, 30, y + 6, pg.w - 60, LEGAL[kind], 11.5)
        kit.para(
            pg,
            ctx,
            30,
            y + 2,
            pg.w - 60,
            "专利权期限自申请日起算。专利权人应当依照专利法及其实施细则规定缴纳年费。",
            11.5,
        )
        pg.text(pg.w - 60, pg.h - 56, "局长", 13, ctx.body)
        pg.text(pg.w - 30, pg.h - 40, CNIPA, 12, ctx.body, "r")
        kit.ink(pg, ctx, pg.w - 46, pg.h - 57, "※※※", 13)
        kit.seal(pg, ctx, pg.w - 50, pg.h - 50, CNIPA, 20)

    pages = [Page()]
    pg = pages[0]
    if v in ("invention", "utility", "design", "olddate"):
        certificate(pg, spaced=v == "olddate")
    elif v == "withfee":
        certificate(pg)
        p2 = Page(w=210, h=140)
        pages.append(p2)
        kit.center(p2, ctx, 12, f"{CNIPA}专利收费收据", 15, color=kit.RED)
        paid = later(granted, -60, -20, rng)
        rws = [["缴费人", owner, "缴费日期", day(paid, "iso")],
               ["申请号/专利号", d12 + "." + number[-1], "票据号", str(rng.randint(10**9, 10**10 - 1))],
               ["费用名称", "专利登记印刷费", "金额（元）", "200.00"],
               ["费用名称", "第1年度年费", "金额（元）", "900.00" if kind == "invention" else "600.00"]]  # fmt: skip
        p2.table(12, 26, [30, 82, 26, 48], rws, 10, ctx.body, 12.0)
        kit.seal(p2, ctx, 160, 100, f"{CNIPA}专利局", 16)
    elif v == "register":
        kit.center(pg, ctx, 24, "专利登记簿副本", 20)
        y = kit.rows(pg, ctx, 22, 44, [("专利类型", word), ("专利号", printed_no), ("申请日", day(applied, st)),
                                       (f"{word}名称", title), (role_lab, "，".join(inv)), ("专利权人", owner),
                                       ("授权公告日", day(granted, st))], 11.5, col=26, gap=2.2)  # fmt: skip
        pg.text(22, y + 4, "法律状态：专利权维持", 11.5, ctx.body)
        rws = [["法律状态公告日", "法律状态信息"], [day(granted, "iso"), "授权"],
               [day(later(granted, 300, 400, rng), "iso"), "年费缴纳"]]  # fmt: skip
        y = pg.table(22, y + 14, [50, 116], rws, 10.5, ctx.body, 9.0)
        kit.signoff(pg, ctx, y + 20, [CNIPA, day(later(granted, 30, 900, rng), st)], 12, stamp=CNIPA)
    else:  # lookup: a phone screenshot of the public search result
        pg = pages[0] = kit.screen_page()
        y = kit.phone_bar(pg, ctx, f"{CNIPA} 专利检索")
        pg.rect(4, y, pg.w - 4, y + 112, 0.3, (200, 200, 200), fill=(255, 255, 255))
        y = pg.wrap(8, y + 4, pg.w - 16, title, 10.5, ctx.bold, 1.45) + 2
        for lab, val in [("专利类型", word), ("申请号", d12 + "." + number[-1]), ("专利号", number), ("申请日", day(applied, "iso")),
                         ("授权公告日", day(granted, "iso")), (role_lab, "；".join(inv)), ("专利权人", owner),
                         ("法律状态", "有权")]:  # fmt: skip
            pg.text(8, y, lab, 8, ctx.body, "l", kit.GREY)
            y = pg.wrap(28, y, pg.w - 34, val, 8, ctx.body, 1.5) + 1.5
    people = [person(p, i + 1, "inventor") for i, p in enumerate(inv)]
    f = {"people": people, "title": title, "issuer": CNIPA, "issued_on": granted.isoformat(),
         "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    sc = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
          "patent.granted_on"]  # fmt: skip
    return mk(
        ctx,
        "patent_certificate",
        "patent",
        v,
        pages,
        f,
        sc,
        {"person": rng.choice(inv), "year": granted.year},
    )


# ---- awards ---------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]


def _project(ctx: Ctx, S: dict, c: str) -> str:
    t = ctx.rng.choice(S["topics"])
    return str(ctx.pick("proj", [f"{t}关键技术研究与应用", f"{c}{t}推广与示范", f"{t}体系构建与实践",
                                 f"{t}模式创新研究"]))  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    city, prov = city_prov(c)
    d = a_date(rng, 2017, 2024)
    y = d.year - rng.choice([0, 1])
    grade = rng.choice(GRADES)
    title = _project(ctx, S, c)
    st = _ds(ctx)
    team = crowd(rng, rng.randint(2, 7))
    holder = team[0]
    rank = rng.randint(1, min(5, len(team)))
    kind, level = "science_technology", None
    month_only = False
    pg = Page()
    people = [person(holder, rank, "awardee")]
    sc = [
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
    if v in ("citygov", "province", "countygov"):
        issuer = {"citygov": f"{city}人民政府", "province": f"{prov}人民政府", "countygov": f"{c}人民政府"}[v]
        level = {"citygov": "municipal", "province": "provincial", "countygov": "county"}[v]
        area = {"citygov": city, "province": prov, "countygov": c}[v]
        aname = f"{area}科学技术进步奖"
        kit.frame_rule(pg, (170, 120, 40), double=True)
        kit.center(pg, ctx, 40, "荣 誉 证 书" if v != "province" else "证  书", 26)
        s = f"为表彰{y}年度{aname}获得者，特颁发此证书。"
        yy = kit.para(pg, ctx, 30, 78, pg.w - 60, s, 14)
        pairs = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", holder), ("排　　名", f"第{rank}完成人"),
                 ("证书编号", f"{y}-J{rng.randint(1, 3)}-{rng.randint(1, 300):03d}-R{rank:02d}")]  # fmt: skip
        if v == "countygov":
            pairs[3] = ("完成人排序", f"排名第{rank}")
        yy = kit.rows(pg, ctx, 30, yy + 8, pairs, 13, col=30, gap=2.3)
        if v == "citygov":
            month_only = True
            ds = month(d.year, d.month, rng.choice(["hanzi", "nian"]))
        else:
            ds = day(d, st)
        kit.signoff(pg, ctx, yy + 24, [issuer, ds], 13.5, stamp=issuer)
    elif v == "bureau":
        issuer = rng.choice([f"{prov[:-1]}省农业农村厅", f"{city}科学技术局"])
        level = "bureau"
        aname = f"{prov}农牧渔业丰收奖" if "农业" in issuer else f"{city}科技成果转化奖"
        kit.frame_rule(pg, (40, 100, 60))
        kit.center(pg, ctx, 36, "获 奖 证 书", 26)
        yy = kit.para(pg, ctx, 28, 70, pg.w - 56, f"“{title}”项目荣获{y}年度{aname}{grade}。", 14)
        pg.text(28, yy + 6, "主要完成人员：", 13, ctx.body)
        yy = kit.para(pg, ctx, 28, yy + 14, pg.w - 56, "、".join(team), 13, indent=False)
        pg.text(28, yy + 4, f"主要完成单位：{unit}", 13, ctx.body)
        kit.signoff(pg, ctx, yy + 30, [issuer, day(d, st)], 13.5, stamp=issuer)
        holder = None
        people = [person(p, i + 1, "awardee") for i, p in enumerate(team)]
    elif v == "society":
        issuer, aname = {
            "health": ("河南省医学会", "河南医学科学技术奖"),
            "water": ("湖南省水利学会", "湖南省水利学会科学技术奖"),
            "farm": ("河南省农学会", "河南省农学会农业科技奖"),
            "build": ("湖南省土木建筑学会", "湖南省土木建筑学会科学技术奖"),
            "school": ("河南省教育学会", "河南省教育学会教育科研成果奖"),
        }[sec]
        kit.frame_rule(pg, (30, 70, 140), double=True)
        kit.center(pg, ctx, 40, "证    书", 28)
        s = f"{holder}同志：你参与完成的“{title}”项目（第{rank}完成人），荣获{y}年度{aname}{grade}。特发此证，以资鼓励。"
        yy = kit.para(pg, ctx, 30, 80, pg.w - 60, s, 14)
        kit.signoff(pg, ctx, yy + 30, [issuer, day(d, st)], 13.5, stamp=issuer)
    elif v == "contest":
        kind, level = "competition", "bureau"
        issuer = f"{c}教育体育局" if c in ("兰考县", "杞县", "通许县", "尉氏县") else f"{c}教育局"
        aname = f"{c}中小学青年教师优质课评选"
        title = rng.choice(
            ["分数的初步认识", "认识浮力", "背影", "光的折射", "植物的光合作用", "一元一次方程", "春"]
        )
        grade = rng.choice(["一等奖", "二等奖", "三等奖", "特等奖"])
        kit.frame_rule(pg, (190, 40, 40), double=True)
        kit.center(pg, ctx, 40, "荣 誉 证 书", 28, color=kit.RED)
        unit = rng.choice(UNITS["school"]).format(c=c)
        s = f"{holder}老师（{unit}）执教的《{title}》在{y}年{aname}中荣获{grade}。"
        yy = kit.para(pg, ctx, 30, 80, pg.w - 60, s, 15)
        kit.signoff(pg, ctx, yy + 34, [issuer, day(d, st)], 13.5, stamp=issuer)
        people = [person(holder, 1, "awardee")]
    elif v == "sociallandscape":
        kind = "social_science"
        issuer = f"{city}社会科学界联合会"
        aname = f"{city}社会科学优秀成果奖"
        title = rng.choice([f"{c}乡村振兴路径研究", f"新时代{city}基层治理实践探索", f"{c}县域教育均衡发展调查",
                            f"{city}文化旅游融合发展对策"])  # fmt: skip
        pg = Page(w=297, h=210)
        kit.frame_rule(pg, (160, 110, 40), double=True)
        kit.center(pg, ctx, 28, "荣 誉 证 书", 30)
        pg.text(40, 62, f"{holder}同志：", 17, ctx.body)
        s = f"您主持完成的成果《{title}》荣获{y}年度{aname}{grade}。特发此证，以资鼓励。"
        kit.para(pg, ctx, 40, 78, pg.w - 80, s, 16)
        month_only = True
        kit.signoff(pg, ctx, 148, [issuer, month(d.year, d.month, "hanzi_o")], 14, xr=pg.w - 40, stamp=issuer)
        people = [person(holder, 1, "awardee")]
    else:  # blankform: printed form, hand-filled name and grade
        kind, level = "competition", None
        issuer, aname = rng.choice([("开封市护理学会", "开封市护理技能竞赛"), ("益阳市水利学会", "益阳市水利行业职业技能竞赛"),
                                    ("开封市农学会", "开封市农业技术推广技能大赛"), ("益阳市建筑业协会", "益阳市建筑施工技能竞赛")])  # fmt: skip
        title = None
        sc.remove("title")
        kit.frame_rule(pg, (190, 40, 40), double=True)
        kit.center(pg, ctx, 40, "获 奖 证 书", 28, color=kit.RED)
        yy = 84
        kit.fill_line(pg, ctx, 30, yy, [(holder, True), ("同志：", False)], 15)
        kit.para(pg, ctx, 30, yy + 16, pg.w - 60, f"在{y}年{aname}中表现优异，", 15)
        kit.fill_line(pg, ctx, 30, yy + 30, [("荣获", False), (grade, True), ("。", False)], 15)
        kit.para(pg, ctx, 30, yy + 44, pg.w - 60, "特发此证，以资鼓励。", 15)
        kit.signoff(pg, ctx, yy + 80, [issuer, day(d, st)], 13.5, stamp=issuer)
        people = [person(holder, 1, "awardee")]
    iss = f"{d.year}-{d.month:02d}" if month_only else d.isoformat()
    award = {"name": aname, "kind": kind, "level": level, "grade": grade}
    if level is None:
        sc.remove("award.level")
    f = {
        "holder": holder,
        "people": people,
        "title": title,
        "issuer": issuer,
        "issued_on": iss,
        "award": award,
    }
    who = holder or rng.choice(team)
    return mk(ctx, "award_certificate", "award", v, [pg], f, sc, {"person": who, "year": d.year})


# ---- project completion ---------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    city, prov = city_prov(c)
    d = a_date(rng, 2018, 2024)
    start = dt.date(d.year - rng.choice([1, 2]), rng.randint(1, 12), rng.randint(1, 28))
    title = _project(ctx, S, c)
    team = crowd(rng, rng.randint(3, 6))
    leader, members = team[0], team[1:]
    st = _ds(ctx)
    no = f"{rng.choice(['KF', 'YY', 'HN', 'JY'])}{start.year}-{rng.randint(1, 300):03d}"
    body_org = {"school": f"{city}教育科学规划领导小组办公室", "health": f"{city}卫生健康委员会",
                "water": f"{prov}水利厅", "farm": f"{city}科学技术局", "build": f"{city}住房和城乡建设局"}[sec]  # fmt: skip
    issuer = body_org
    holder: str | None = leader
    people = [person(leader, 1, "project_leader")]
    iss = d.isoformat()
    pages = [Page()]
    pg = pages[0]
    kindword = {"school": "教育科学规划课题", "health": "医学科研课题", "water": "水利科技项目",
                "farm": "科技计划项目", "build": "建设科技项目"}[sec]  # fmt: skip
    if v == "jieti":
        kit.frame_rule(pg, (170, 40, 40), double=True)
        kit.center(pg, ctx, 44, "结 题 证 书", 28)
        pg.text(pg.w - 28, 70, f"证书编号：JT{d.year}{rng.randint(100, 999)}", 11, ctx.body, "r")
        s = f"{leader}同志主持的{city}{kindword}《{title}》（立项编号：{no}），经专家组鉴定，准予结题。"
        yy = kit.para(pg, ctx, 30, 90, pg.w - 60, s, 15)
        kit.para(pg, ctx, 30, yy + 4, pg.w - 60, "特发此证。", 15)
        iss = f"{d.year}-{d.month:02d}"
        kit.signoff(pg, ctx, yy + 40, [issuer, month(d.year, d.month, rng.choice(["hanzi", "nian", "nian0"]))], 14,
                    stamp=issuer)  # fmt: skip
    elif v == "expert":
        holder = None
        people += [person(p, i + 2, "project_member") for i, p in enumerate(members)]
        kit.center(pg, ctx, 22, "项目验收专家组意见", 18)
        yy = kit.rows(pg, ctx, 22, 40, [("项目名称", title), ("项目编号", no), ("承担单位", unit), ("项目负责人", leader),
                                        ("主要参加人员", "、".join(members)), ("组织验收单位", issuer),
                                        ("验收日期", day(d, st))], 11.5, gap=2.1)  # fmt: skip
        s = ("专家组听取了项目组的工作汇报，审阅了相关技术资料，经质询和讨论，形成意见如下：项目完成了任务书规定的各项研究内容，"
             "技术资料齐全，达到预期目标。专家组一致同意该项目通过验收。")  # fmt: skip
        yy = kit.para(pg, ctx, 22, yy + 4, pg.w - 44, s, 11.5)
        experts = [person_name(rng, set(team)) for _ in range(rng.randint(3, 5))]
        rws = [["专家组", "姓名", "工作单位", "职称", "签字"]]
        for i, e in enumerate(experts):
            rws.append(
                [
                    "组长" if i == 0 else "成员",
                    e,
                    rng.choice(S["orgs"]),
                    rng.choice(["教授", "研究员", "正高级工程师", "主任医师"]),
                    "",
                ]
            )
        pg.table(16, yy + 6, [18, 24, 78, 30, 28], rws, 9.5, ctx.body, 10.0)
        for i, e in enumerate(experts):
            kit.ink(pg, ctx, 16 + 150 + 4, yy + 6 + 10 * (i + 1) + 1.5, e, 12)
    elif v == "approval":
        holder = None
        people += [person(p, i + 2, "project_member") for i, p in enumerate(members)]
        kit.center(pg, ctx, 20, f"{city}{kindword}结题审批表", 16)
        rws = [["课题名称", title], ["立项编号", no], ["课题负责人", leader], ["所在单位", unit],
               ["课题组成员", "、".join(members)], ["立项时间", day(start, "nian")], ["结题时间", day(d, "nian")]]  # fmt: skip
        y = pg.table(16, 32, [34, 144], rws, 10.5, ctx.body, 11.0)
        pg.rect(16, y, 194, y + 50, 0.3)
        pg.text(20, y + 3, "专家鉴定意见：", 11, ctx.bold)
        kit.ink(
            pg,
            ctx,
            28,
            y + 14,
            f"研究目标明确，成果有一定推广价值，同意结题，鉴定等级：{rng.choice(['优秀', '良好', '合格'])}。",
            12,
        )
        y += 50
        pg.rect(16, y, 194, y + 50, 0.3)
        pg.text(20, y + 3, "主管部门审核意见：", 11, ctx.bold)
        kit.ink(pg, ctx, 28, y + 14, "同意结题。", 14)
        pg.text(120, y + 36, issuer, 11, ctx.body)
        pg.text(130, y + 42, day(d, st), 11, ctx.body)
        kit.seal(pg, ctx, 150, y + 34, issuer)
    elif v == "proofletter":
        kit.center(pg, ctx, 40, "结 题 证 明", 22)
        s = (f"兹证明，由{unit}{leader}同志主持的{kindword}“{title}”（编号：{no}）已按计划完成研究任务，"
             f"于{month(d.year, d.month, 'nian')}通过结题验收。")  # fmt: skip
        yy = kit.para(pg, ctx, 26, 62, pg.w - 52, s, 14)
        yy = kit.para(pg, ctx, 26, yy + 3, pg.w - 52, "特此证明。", 14)
        kit.signoff(pg, ctx, yy + 30, [issuer, day(d, st)], 13.5, stamp=issuer)
    elif v == "portal":
        pg = pages[0] = kit.screen_page()
        y = kit.phone_bar(pg, ctx, "课题管理")
        y = pg.wrap(6, y, pg.w - 12, issuer, 9, ctx.bold, 1.4) + 2
        pg.rect(4, y, pg.w - 4, y + 100, 0.3, (210, 210, 210), fill=(255, 255, 255))
        y += 4
        for lab, val in [("课题名称", title), ("立项编号", no), ("主持人", leader), ("所在单位", unit),
                         ("课题状态", "已结题"), ("结题证书号", f"JT{d.year}{rng.randint(100, 999)}"),
                         ("结题日期", day(d, "iso"))]:  # fmt: skip
            pg.text(8, y, lab, 8, ctx.body, "l", kit.GREY)
            y = pg.wrap(30, y, pg.w - 36, val, 8, ctx.body, 1.5) + 2
    elif v == "acceptance":
        holder = None
        people += [person(p, i + 2, "project_member") for i, p in enumerate(members)]
        issuer = f"{prov}水利厅" if sec == "water" else issuer
        kit.frame_rule(pg, (40, 60, 120))
        kit.center(pg, ctx, 50, kindword, 20)
        kit.center(pg, ctx, 66, "验 收 证 书", 28)
        kit.rows(pg, ctx, 36, 120, [("项目名称", title), ("项目编号", no), ("承担单位", unit), ("验收组织单位", issuer),
                                    ("验收日期", day(d, st))], 12.5, gap=2.5)  # fmt: skip
        kit.seal(pg, ctx, 150, 170, issuer)
        p2 = Page()
        pages.append(p2)
        kit.center(p2, ctx, 20, "主要完成人员名单", 16)
        rws = [["序号", "姓名", "职称", "工作单位", "承担任务"]]
        for i, p in enumerate(team):
            rws.append(
                [
                    str(i + 1),
                    p,
                    rng.choice(S["ranks"]),
                    unit,
                    "项目负责" if i == 0 else rng.choice(["试验研究", "数据分析", "技术推广", "资料整理"]),
                ]
            )
        p2.table(14, 34, [14, 24, 30, 78, 36], rws, 10, ctx.body, 10.0)
    else:  # schoolcert: landscape, leader and members
        holder = None
        people += [person(p, i + 2, "project_member") for i, p in enumerate(members)]
        issuer = f"{city}教育科学研究院" if sec == "school" else issuer
        pg = pages[0] = Page(w=297, h=210)
        kit.frame_rule(pg, (150, 30, 40), double=True)
        kit.center(pg, ctx, 26, "结 题 证 书", 28)
        s = f"课题《{title}》（编号：{no}）经审核，已完成研究任务，准予结题。"
        kit.para(pg, ctx, 40, 62, pg.w - 80, s, 15)
        pg.text(40, 96, f"课题主持人：{leader}", 14, ctx.body)
        pg.text(40, 108, "课题组成员：" + "、".join(members), 14, ctx.body)
        iss = f"{d.year}-{d.month:02d}"
        kit.signoff(pg, ctx, 140, [issuer, month(d.year, d.month, "hanzi")], 14, xr=pg.w - 40, stamp=issuer)
    f = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": iss}
    sc = ["holder", "title", "people", "issuer", "issued_on"]
    who = rng.choice([p["name"] for p in people])
    return mk(ctx, "project_completion", "project", v, pages, f, sc, {"person": who, "year": d.year})
