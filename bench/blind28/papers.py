"""Draw 28 research proofs: journal articles, books and patents (awards and project completions in results)."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import CN_REGION, Journal, journals
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind28 import pools as P
from bench.blind28.pools import Ctx, make
from bench.blind28.results import award_certificate, project_completion
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

# ---- article titles ---------------------------------------------------------------------------------
CROPS = ["冬小麦", "夏玉米", "大豆", "设施番茄", "黄瓜", "苹果", "大樱桃", "花生", "棉花", "甘薯"]
TITLE_T = {
    "agri": ["不同施氮水平对{c}产量及品质的影响", "{c}节水灌溉模式的产量效应分析", "鲁西北地区{c}病虫害发生规律及绿色防控",
             "秸秆还田对{c}田土壤团聚体的影响", "胶东地区{c}优质高效栽培技术研究", "有机肥替代化肥对{c}生长的影响"],
    "eng": ["基于BIM的{s}施工进度管理研究", "{s}裂缝成因分析及处理措施", "寒冷地区{s}抗冻性能试验研究", "{s}健康监测数据异常识别方法",
            "装配式{s}节点连接性能分析"],
    "med": ["{d}患者早期康复护理效果观察", "{d}基层规范化管理效果评价", "中西医结合治疗{d}的临床研究", "{d}危险因素的病例对照研究"],
    "edu": ["核心素养视域下初中{e}大单元教学实践", "县域高中{e}课堂提问有效性研究", "信息技术支持下小学{e}作业设计", "{e}学科项目式学习的实施路径"],
}  # fmt: skip
FILL = {"s": ["钢筋混凝土框架结构", "农村公路桥梁", "大体积混凝土", "水闸", "深基坑支护结构"],
        "d": ["2型糖尿病", "高血压", "慢性阻塞性肺疾病", "脑卒中", "冠心病"],
        "e": ["数学", "语文", "英语", "物理", "化学"]}  # fmt: skip
FLD_FOR_TITLE = {"agri": "c", "eng": "s", "med": "d", "edu": "e"}


def article_title(ctx: Ctx, fld: str) -> str:
    t = ctx.pick(TITLE_T[fld])
    key = FLD_FOR_TITLE[fld]
    return t.format(**{key: ctx.pick(CROPS if key == "c" else FILL[key])})


def _supervisor(ctx: Ctx, j: Journal) -> tuple[str, str]:
    region = CN_REGION.get(j.cn[:2], "")
    if (
        j.cn[:2] in ("10", "11")
        or region in ("", "上海", "天津", "重庆", "内蒙古", "广西", "宁夏", "新疆", "西藏")
        or ctx.rng.random() < 0.35
    ):
        return ctx.pick(
            [
                "中国科学技术协会",
                "中华人民共和国教育部",
                "中国科学院",
                "中华人民共和国农业农村部",
                "国家卫生健康委员会",
            ]
        ), "national"
    return ctx.pick([f"{region}省科学技术厅", f"{region}省教育厅", f"{region}省科学技术协会"]), "provincial"


def _journal(ctx: Ctx) -> tuple[Journal, int, str | None, str]:
    j = ctx.pick(journals())
    year = ctx.rng.randint(2016, 2024)
    vol = str(ctx.rng.randint(20, 48)) if ctx.rng.random() < 0.7 else None
    return j, year, vol, str(ctx.rng.randint(1, 12))


def _affils(ctx: Ctx, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        u = (
            P.workplace(ctx.rng)
            if ctx.rng.random() < 0.7
            else ctx.pick(["山东农业大学", "鲁东大学", "德州学院", "滨州医学院", "烟台大学"])
        )
        if u not in out:
            out.append(u)
    return out


def _city(u: str) -> str:
    for keys, c in (
        ("德州禹城乐陵", "山东 德州 253000"),
        ("烟台龙口莱阳莱州招远栖霞海阳鲁东", "山东 烟台 264000"),
        ("山东农业大学", "山东 泰安 271018"),
    ):
        if any(k in u for k in (keys[i : i + 2] for i in range(0, len(keys), 2))):
            return c
    return "山东 滨州 256600" if "滨州" in u else "山东 烟台 264005"


def _ja_fields(
    title: str, authors: list[str], j: Journal, year: int, vol, issue: str, sup: str | None
) -> dict:  # noqa: ANN001
    levels = list(j.base_levels) + ([sup] if sup else [])
    return {"holder": None, "title": title, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
            "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": issue,
                        "levels": levels}}  # fmt: skip


JFULL = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume", "journal.issue",
         "journal.levels"]  # fmt: skip


def _jscored(vol, full: bool = True) -> list[str]:  # noqa: ANN001
    s = list(JFULL) if full else [x for x in JFULL if x not in ("title", "people")]
    return [x for x in s if not (x == "journal.volume" and vol is None)]


def _show_j(ctx: Ctx, j: Journal, year: int, vol, issue: str) -> None:  # noqa: ANN001
    ctx.show("journal.name", j.name)
    ctx.show("journal.issn", j.issn)
    ctx.show("journal.cn", j.cn)


def _yvi(year: int, vol, issue: str, style: int) -> str:  # noqa: ANN001
    if style == 0:
        return (
            (f"第{vol}卷第{issue}期" if vol else f"第{issue}期") + f"  {year}年{int(issue)}月"
            if vol
            else f"{year}年第{issue}期"
        )
    if style == 1:
        return f"{year}年{int(issue):02d}月 第{vol}卷 第{issue}期" if vol else f"{year}年 第{issue}期"
    return (f"Vol.{vol} No.{issue}" if vol else f"No.{issue}") + f" {year}"


def _first_page(pg: Page, ctx: Ctx, x0: float, x1: float, title: str, authors: list[str], j: Journal, year: int, vol,  # noqa: ANN001
                issue: str, fld: str, top: float = 14, sz: float = 1.0) -> float:  # fmt: skip
    r = ctx.rng
    w = x1 - x0
    st = r.randint(0, 2)
    pg.text(x0, top, _yvi(year, vol, issue, st), 8.5 * sz, ctx.body)
    pg.text(x1, top, j.name, 8.5 * sz, ctx.body, "r")
    pg.line(x0, top + 5, x1, top + 5, 0.3)
    pg.text(x0, top + 6.5, f"ISSN {j.issn}  CN {j.cn}", 7.5 * sz, ctx.body, "l", P.GREY)
    y = top + 18
    tsz = P.fits(title, ctx.bold, 17 * sz, w)
    pg.text((x0 + x1) / 2, y, ctx.show("title", title), tsz, ctx.bold, "c")
    y += 11 * sz
    n_aff = min(len(authors), r.randint(1, 3))
    aff = _affils(ctx, n_aff)
    idx = [min(i, n_aff - 1) if i < n_aff else r.randrange(n_aff) for i in range(len(authors))]
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(authors):
        parts.append((a, False))
        if n_aff > 1:
            parts.append((str(idx[i] + 1), True))
        if i < len(authors) - 1:
            parts.append(("，", False))
    y = pg.runs((x0 + x1) / 2, y, parts, 11.5 * sz, ctx.body)
    afftxt = (
        "（"
        + "；".join(
            f"{i + 1}. {u}，{_city(u)}" if n_aff > 1 else f"{u}，{_city(u)}" for i, u in enumerate(aff)
        )
        + "）"
    )
    y = pg.wrap(x0 + 4, y, w - 8, afftxt, 8.5 * sz, ctx.body, 1.5) + 3
    abs_ = ("摘要：为明确相关技术在生产实践中的应用效果，本文以实地调查与对比试验为基础，分析了主要影响因素及其作用规律，"
            "提出了优化措施与管理建议。结果表明，优化方案可显著改善各项指标，具有较好的推广应用价值。")  # fmt: skip
    y = pg.wrap(x0 + 4, y, w - 8, abs_, 9 * sz, ctx.body, 1.6)
    y = pg.wrap(
        x0 + 4,
        y + 1,
        w - 8,
        "关键词："
        + "；".join(ctx.rng.sample(["技术推广", "对比试验", "影响因素", "效果评价", "应用", "优化"], 4)),
        9 * sz,
        ctx.body,
        1.6,
    )
    pg.text(
        x0 + 4,
        y + 1,
        f"中图分类号：{ctx.pick(['S512.1', 'TU375', 'R587.1', 'G633.6', 'S436.3'])}    文献标志码：A",
        8.5 * sz,
        ctx.body,
    )
    y += 9 * sz
    body = (
        "随着现代技术的不断发展，相关领域对生产效率与质量提出了更高要求。已有研究多集中于单一因素的分析，"
        "缺少对生产条件下综合措施的系统评价。为此，本研究在总结前人工作的基础上开展对比试验，以期为实际应用提供依据。"
    ) * 5
    colw = (w - 6) / 2
    yy = y
    for cx in (x0, x0 + colw + 6):
        yy = pg.wrap(cx, y, colw, body[: int(len(body) * 0.5)], 9 * sz, ctx.body, 1.6)
    foot = yy + 4
    pg.line(x0, foot, x0 + 50, foot, 0.2)
    born = r.randint(1970, 1995)
    pg.wrap(x0, foot + 2, w, f"收稿日期：{P.day(dt.date(year - (1 if int(issue) < 4 else 0), max(1, (int(issue) + 8) % 12 or 12), r.randint(1, 28)), 'iso')}"
            f"    作者简介：{authors[0]}（{born}—），{P.gender(r)}，{ctx.pick(['农艺师', '工程师', '主治医师', '一级教师', '高级农艺师'])}，"
            f"主要从事{ {'agri': '作物栽培', 'eng': '结构工程', 'med': '临床医学', 'edu': '学科教学'}[fld]}研究。", 7.5 * sz, ctx.body, 1.5)  # fmt: skip
    return foot


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    r = ctx.rng
    j, year, vol, issue = _journal(ctx)
    fld = P.field_of(r)
    title = article_title(ctx, fld)
    authors = P.People(r).many(r.randint(1, 6))
    claim = {"person": r.choice(authors), "year": year}
    _show_j(ctx, j, year, vol, issue)
    sup = None
    if v == "firstpage":
        pg = Page()
        _first_page(pg, ctx, 18, 192, title, authors, j, year, vol, issue, fld)
        pg.text(105, 286, f"{r.randint(20, 160)}", 9, ctx.body, "c")
        pages = [pg]
    elif v == "spread":
        pg = Page(297, 210)
        y = 16
        pg.text(14, y, "参考文献：", 9, ctx.bold)
        y += 6
        ref_people = P.People(r)
        for i in range(12):
            ref = f"[{i + 1}] {ref_people.one()}，{ref_people.one()}. {article_title(ctx, fld)}[J]. {ctx.pick(journals()).name}，{r.randint(2005, 2020)}（{r.randint(1, 12)}）：{r.randint(10, 90)}-{r.randint(91, 140)}."
            y = pg.wrap(14, y, 124, ref, 7.5, ctx.body, 1.5)
        pg.line(148.5, 8, 148.5, 202, 0.6, (150, 150, 150))
        for nm in ref_people.seen:
            assert nm not in authors
        _first_page(pg, ctx, 158, 284, title, authors, j, year, vol, issue, fld, 12, 0.78)
        pages = [pg]
    elif v == "bilingual":
        pg = Page()
        foot = _first_page(pg, ctx, 18, 192, title, authors, j, year, vol, issue, fld)
        eng = ctx.pick(["Effects of Management Practices on Yield and Quality", "Application of a New Construction Technique",
                        "Clinical Observation of an Integrated Intervention", "Practice of Unit-based Teaching Design"])  # fmt: skip
        y = foot + 16
        pg.text(105, y, eng, 13, ctx.bold, "c")
        pg.wrap(22, y + 9, 166, "Abstract: Field investigation and comparative experiments were conducted to analyse the main influencing factors. "
                "The optimised scheme improved the indicators significantly and is worth popularising.", 9, ctx.body, 1.6)  # fmt: skip
        pg.text(22, y + 30, "Key words: popularisation; comparative experiment; evaluation", 9, ctx.body)
        pages = [pg]
    elif v == "masthead":
        sup_org, sup = _supervisor(ctx, j)
        p1 = Page()
        y = P.centre(p1, ctx, 30, j.name, 22)
        y = P.centre(p1, ctx, y, f"（{'月刊' if r.random() < 0.5 else '双月刊'}）", 12, False)
        pairs = [("主管单位", sup_org), ("主办单位", ctx.pick(["中国农学会", "中国土木工程学会", "中华医学会", "山东省科学院", "中国教育学会", "编辑部所在学会"])),
                 ("编辑出版", f"《{j.name}》编辑部"), ("主    编", P.People(r).one()),
                 ("出版日期", f"{year}年{int(issue)}月"), ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}"),
                 ("卷期", (f"第{vol}卷 " if vol else "") + f"第{issue}期（总第{r.randint(150, 480)}期）")]  # fmt: skip
        y += 10
        for lab, val in pairs:
            p1.text(40, y, f"{lab}：", 11, ctx.body)
            p1.text(100, y, val, 11, ctx.body)
            y += 10
        p2 = Page()
        _first_page(p2, ctx, 18, 192, title, authors, j, year, vol, issue, fld)
        pages = [p1, p2]
    elif v == "dbprint":
        pg = Page()
        pg.rect(0, 0, 210, 16, 0, fill=(30, 70, 150))
        pg.text(14, 5, "文献详情 · 学术期刊", 11, ctx.bold, "l", (255, 255, 255))
        y = 26
        y = pg.wrap(16, y, 178, ctx.show("title", title), 15, ctx.bold, 1.5) + 2
        pg.text(16, y, "；".join(authors), 11, ctx.body, "l", (30, 70, 150))
        y += 8
        pg.wrap(16, y, 178, "；".join(_affils(ctx, min(3, len(authors)))), 9.5, ctx.body, 1.5)
        y += 16
        yvi = f"{year}，{vol}（{issue}）" if vol else f"{year}（{issue}）"
        rows = [("刊名", j.name), ("年卷期", yvi), ("ISSN", j.issn), ("CN", j.cn), ("页码", f"{r.randint(10, 80)}-{r.randint(81, 120)}"),
                ("DOI", f"10.{r.randint(1000, 9999)}/j.issn.{j.issn}.{year}.{int(issue):02d}.{P.serial(r, 3)}")]  # fmt: skip
        for lab, val in rows:
            pg.text(16, y, f"{lab}：", 10.5, ctx.body, "l", P.GREY)
            pg.text(40, y, val, 10.5, ctx.body)
            y += 8
        pg.wrap(
            16,
            y + 4,
            178,
            "摘要：本文通过调查和试验，分析主要影响因素，提出改进措施，对生产实践具有参考意义。",
            10,
            ctx.body,
            1.6,
        )
        pg.text(
            16,
            280,
            f"下载日期：{P.day(dt.date(2025, r.randint(1, 12), r.randint(1, 28)), 'iso')}",
            8.5,
            ctx.body,
            "l",
            P.GREY,
        )
        pages = [pg]
    else:  # contents / cover
        arts = [(title, authors)]
        extra = P.People(r)
        for nm in authors:
            extra.seen.add(nm)
        for _ in range(r.randint(5, 8) if v == "contents" else r.randint(3, 5)):
            arts.append((article_title(ctx, P.field_of(r)), extra.many(r.randint(1, 4))))
        arts = [a for i, a in enumerate(arts) if i == 0 or a[0] != title]
        r.shuffle(arts)
        if v == "contents":
            pg = Page()
            y = P.centre(pg, ctx, 20, j.name, 20)
            pg.text(
                105,
                y,
                (f"第{vol}卷 " if vol else "") + f"第{issue}期  {year}年{int(issue)}月",
                11,
                ctx.body,
                "c",
            )
            pg.text(105, y + 7, f"ISSN {j.issn}    CN {j.cn}", 9.5, ctx.body, "c")
            y = P.centre(pg, ctx, y + 17, "目    次", 16)
            pno = r.randint(1, 20)
            for t, au in arts:
                pg.text(20, y, t, 11, ctx.body)
                pg.text(190, y, str(pno), 11, ctx.body, "r")
                pg.text(26, y + 6, "，".join(au), 9.5, ctx.body, "l", P.GREY)
                pno += r.randint(4, 9)
                y += 15
            pages = [pg]
        else:
            sup_org, sup = _supervisor(ctx, j)
            pg = Page(bg=(236, 242, 236))
            pg.rect(0, 0, 210, 70, 0, fill=(30, 90, 70))
            pg.text(105, 16, j.name, P.fits(j.name, ctx.bold, 40, 190), ctx.bold, "c", (255, 255, 255))
            pg.text(
                105,
                48,
                f"{year}年第{issue}期" + (f"  第{vol}卷" if vol else ""),
                14,
                ctx.body,
                "c",
                (235, 235, 235),
            )
            y = 82
            pg.text(20, y, "本期要目", 14, ctx.bold)
            y += 10
            for t, au in arts:
                pg.text(
                    24,
                    y,
                    f"{t}  ……{'，'.join(au)}",
                    P.fits(f"{t}  ……{'，'.join(au)}", ctx.body, 10.5, 170),
                    ctx.body,
                )
                y += 9
            pg.text(20, 246, f"主管：{sup_org}", 11, ctx.body)
            pg.text(
                20,
                254,
                f"主办：{ctx.pick(['中国农学会', '中国水利学会', '中华医学会', '中国教育学会', '省科学院'])}",
                11,
                ctx.body,
            )
            pg.text(20, 266, f"ISSN {j.issn}", 12, ctx.bold)
            pg.text(20, 274, f"CN {j.cn}", 12, ctx.bold)
            for i in range(40):
                pg.rect(
                    140 + i * 1.2,
                    252,
                    140 + i * 1.2 + (0.5 if r.random() < 0.5 else 0.9),
                    276,
                    0,
                    fill=(10, 10, 10),
                )
            pages = [pg]
        f = _ja_fields(title, authors, j, year, vol, issue, sup)
        return make(ctx, "journal_article", "journal", v, pages, f, _jscored(vol, False), claim)
    f = _ja_fields(title, authors, j, year, vol, issue, sup)
    return make(ctx, "journal_article", "journal", v, pages, f, _jscored(vol), claim)


# ======================================================================================================
# book
# ======================================================================================================
PUBLISHERS = [("中国农业出版社", "109", "北京"), ("人民卫生出版社", "117", "北京"), ("中国建筑工业出版社", "112", "北京"),
              ("山东科学技术出版社", "5331", "济南"), ("化学工业出版社", "122", "北京"), ("科学出版社", "03", "北京"),
              ("中国林业出版社", "5219", "北京"), ("山东教育出版社", "5328", "济南"), ("中国水利水电出版社", "5226", "北京"),
              ("中国农业科学技术出版社", "5116", "北京")]  # fmt: skip
BOOK_T = {"agri": ["{c}高效栽培技术", "{c}病虫害绿色防控图谱", "{c}标准化生产技术问答"],
          "eng": ["{s}施工技术指南", "{s}检测与加固", "{s}设计实例解析"],
          "med": ["{d}基层诊疗手册", "{d}护理与康复", "{d}中西医结合防治"],
          "edu": ["中学{e}大单元教学设计", "{e}课堂教学案例精选", "小学{e}作业设计与评价"]}  # fmt: skip
FOREIGN = [("戴维·米勒", "美"), ("詹姆斯·K.布朗", "美"), ("玛丽·约翰逊", "英"), ("罗伯特·C.安德森", "美"), ("迈克尔·泰勒", "澳"),
           ("汉斯·施密特", "德"), ("田中浩二", "日")]  # fmt: skip


def _isbn(ctx: Ctx, prefix: str) -> str:
    body = P.serial(ctx.rng, 8 - len(prefix))
    d12 = "9787" + prefix + body
    return f"978-7-{prefix}-{body}-{P.isbn_digit(d12)}"


def _cip(pg: Page, ctx: Ctx, x: float, y: float, w: float, title: str, resp: str, pub: str, city: str, ym: tuple[int, int],
         isbn: str, cls: str) -> float:  # fmt: skip
    pg.text(x, y, "图书在版编目（CIP）数据", 10.5, ctx.bold)
    y += 7
    y = pg.wrap(x, y, w, f"{title}/{resp}. —{city}：{pub}，{ym[0]}.{ym[1]}", 9.5, ctx.body, 1.6)
    y = pg.wrap(x, y, w, f"ISBN {isbn}", 9.5, ctx.body, 1.6)
    y = pg.wrap(
        x, y + 2, w, f"Ⅰ.①{title[:4]}… Ⅱ.①{resp[:3]}… Ⅲ.①{cls} Ⅳ.①{cls.split('-')[0]}", 9.5, ctx.body, 1.6
    )
    y = pg.wrap(
        x,
        y + 2,
        w,
        f"中国版本图书馆CIP数据核字（{ym[0]}）第{ctx.rng.randint(10000, 290000)}号",
        9.5,
        ctx.body,
        1.6,
    )
    return y


def _imprint(pg: Page, ctx: Ctx, x: float, y: float, pub: str, city: str, ym: tuple[int, int], isbn: str, edition: str,
             lab_w: float = 24) -> float:  # fmt: skip
    r = ctx.rng
    pm = (ym[0], ym[1]) if r.random() < 0.6 else (ym[0] + (ym[1] + 3) // 13, (ym[1] + 3 - 1) % 12 + 1)
    rows = [("责任编辑", P.People(r).one()), ("出版发行", pub), ("地    址", f"{city}市{ctx.pick(['朝阳区', '西城区', '海淀区'] if city == '北京' else ['历下区', '市中区', '历城区'])}{ctx.pick(['文化路', '农展馆南里', '英雄山路', '百万庄大街'])}{r.randint(1, 200)}号"),
            ("印    刷", f"{ctx.pick(['北京中科印刷有限公司', '山东新华印务有限公司', '济南继东彩艺印刷有限公司'])}"),
            ("开    本", ctx.pick(["787mm×1092mm 1/16", "710mm×1000mm 1/16", "880mm×1230mm 1/32"])),
            ("印    张", f"{r.randint(8, 30)}.{r.choice([0, 25, 5, 75])}"), ("字    数", f"{r.randint(150, 600)}千字"),
            ("版    次", ctx.show("book.edition", edition)), ("印    次", f"{pm[0]}年{pm[1]}月第{r.choice([1, 1, 2])}次印刷"),
            ("书    号", f"ISBN {ctx.show('book.isbn', isbn)}"), ("定    价", f"{r.randint(28, 98)}.00元")]  # fmt: skip
    for lab, val in rows:
        pg.text(x, y, lab, 9.5, ctx.body)
        pg.text(x + lab_w, y, val, 9.5, ctx.body)
        y += 6.5
    return y


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    r = ctx.rng
    fld = P.field_of(r)
    t = ctx.pick(BOOK_T[fld])
    key = FLD_FOR_TITLE[fld]
    title = t.format(**{key: ctx.pick(CROPS if key == "c" else FILL[key])})
    pub, prefix, city = ctx.pick(PUBLISHERS)
    ym = (r.randint(2015, 2024), r.randint(1, 12))
    edition = f"{ym[0]}年{ym[1]}月第{ctx.pick([1, 1, 1, 2])}版"
    isbn = _isbn(ctx, prefix)
    ppl = P.People(r)
    chief = ppl.many(r.randint(1, 2))
    deputy = ppl.many(r.randint(0, 3))
    board = ppl.many(r.randint(0, 8)) if v in ("titlecip", "board", "spread") else []
    cls = ctx.pick(["S512-62", "TU755-62", "R587.1-62", "G633.302", "S436.3-64"])
    ctx.show("book.publisher", pub)
    ctx.show("issuer", pub)
    people: list[dict] = []
    if v == "translation":
        orig, nat = ctx.pick(FOREIGN)
        trans = ppl.many(r.randint(1, 3)) if not deputy else chief + deputy[:1]
        people = [person(orig, 1, "author")] + [person(nm, i + 2, "translator") for i, nm in enumerate(trans)]
        claim_p = r.choice(trans)
        title = ctx.pick(["现代", "实用", "循证"]) + title
        p1 = Page()
        y = P.centre(p1, ctx, 60, ctx.show("title", title), P.fits(title, ctx.bold, 24, 170))
        y = P.centre(p1, ctx, y + 20, f"〔{nat}〕{orig}  著", 14, False)
        y = P.centre(p1, ctx, y + 6, "  ".join(trans) + "  译", 14, False)
        P.centre(p1, ctx, 250, pub, 14)
        p2 = Page()
        y = _cip(
            p2, ctx, 22, 30, 166, title, f"（{nat}）{orig}著；{'，'.join(trans)}译", pub, city, ym, isbn, cls
        )
        p2.text(22, y + 4, f"著作权合同登记号：图字01-{ym[0] - 1}-{r.randint(1000, 9999)}", 9.5, ctx.body)
        _imprint(p2, ctx, 22, y + 20, pub, city, ym, isbn, edition)
        pages = [p1, p2]
    else:
        order = (
            [(n, "editor_in_chief") for n in chief]
            + [(n, "deputy_editor") for n in deputy]
            + [(n, "editorial_board") for n in board]
        )
        if v in ("cover", "cip", "photo"):
            order = [o for o in order if o[1] != "editorial_board"]
            if v != "cover":
                order = [o for o in order if o[1] == "editor_in_chief"]
        people = [person(n, i + 1, role) for i, (n, role) in enumerate(order)]
        claim_p = r.choice([n for n, _ in order])
        resp = "，".join(chief) + "主编"
        if v == "cover":
            pg = Page(185, 260, bg=ctx.pick([(40, 100, 70), (30, 70, 140), (150, 50, 40), (235, 225, 200)]))
            fg = (20, 20, 20) if pg.bg == (235, 225, 200) else (255, 255, 255)
            pg.rect(0, 70, 185, 150, 0, fill=(250, 250, 250))
            pg.text(
                92.5,
                96,
                ctx.show("title", title),
                P.fits(title, ctx.bold, 28, 170),
                ctx.bold,
                "c",
                (20, 20, 20),
            )
            pg.text(
                92.5,
                30,
                ctx.pick(
                    [
                        "新型职业农民培训系列教材",
                        "基层卫生适宜技术丛书",
                        "工程技术人员继续教育用书",
                        "中小学教师专业发展丛书",
                    ]
                ),
                12,
                ctx.body,
                "c",
                fg,
            )
            pg.text(92.5, 160, "主编  " + "  ".join(chief), 13, ctx.body, "c", fg)
            if deputy:
                pg.text(92.5, 170, "副主编  " + "  ".join(deputy), 12, ctx.body, "c", fg)
            pg.text(92.5, 236, pub, 14, ctx.bold, "c", fg)
            f = {"holder": None, "title": title, "people": people, "issuer": pub, "issued_on": None,
                 "book": {"isbn": None, "publisher": pub, "edition": None}}  # fmt: skip
            return make(
                ctx,
                "book",
                "book",
                v,
                [pg],
                f,
                ["title", "people", "issuer", "book.publisher"],
                {"person": claim_p, "year": r.randint(2015, 2024)},
            )
        if v == "cip":
            pg = Page()
            y = _cip(pg, ctx, 22, 40, 166, ctx.show("title", title), resp, pub, city, ym, isbn, cls)
            _imprint(pg, ctx, 22, y + 20, pub, city, ym, isbn, edition)
            pg.text(22, 262, "版权所有  侵权必究", 9.5, ctx.body)
            pages = [pg]
        elif v == "photo":
            pg = Page(130, 150, bg=(246, 243, 236))
            pg.text(65, 12, "版  权  页", 13, ctx.bold, "c")
            rows = [["书    名", ctx.show("title", title)], ["主    编", "  ".join(chief)], ["出版发行", pub], ["版    次", ctx.show("book.edition", edition)],
                    ["书    号", f"ISBN {ctx.show('book.isbn', isbn)}"], ["定    价", f"{r.randint(28, 98)}.00元"]]  # fmt: skip
            pg.table(10, 24, [26, 84], rows, 9.5, ctx.body, 14)
            pages = [pg]
        else:
            tp = Page() if v != "spread" else None
            spread = Page(297, 210) if v == "spread" else None
            target = tp or spread
            x0, w = (0, 210) if tp else (0, 148.5)
            cx = x0 + w / 2
            ys = 50 if tp else 28
            target.text(cx, ys, ctx.show("title", title), P.fits(title, ctx.bold, 24, w - 30), ctx.bold, "c")
            y = ys + 30
            target.text(cx, y, "主  编  " + "  ".join(chief), 13, ctx.body, "c")
            y += 9
            if deputy:
                target.text(cx, y, "副主编  " + "  ".join(deputy), 13, ctx.body, "c")
                y += 9
            if board:
                y += 4
                target.text(cx, y, "编  委（按姓氏笔画排序）", 11, ctx.body, "c")
                y += 8
                for i in range(0, len(board), 4):
                    target.text(cx, y, "  ".join(board[i : i + 4]), 11, ctx.body, "c")
                    y += 7
            target.text(cx, (250 if tp else 185), pub, 14, ctx.bold, "c")
            if v == "board":
                cp = tp
                y = _cip(cp, ctx, 22, 180, 166, title, resp, pub, city, ym, isbn, cls)
                cp.text(
                    22,
                    y + 2,
                    f"版次：{ctx.show('book.edition', edition)}    ISBN {ctx.show('book.isbn', isbn)}",
                    9.5,
                    ctx.body,
                )
                pages = [cp]
            elif v == "spread":
                spread.line(148.5, 6, 148.5, 204, 0.8, (170, 170, 170))
                y = _cip(spread, ctx, 160, 24, 126, title, resp, pub, city, ym, isbn, cls)
                _imprint(spread, ctx, 160, y + 8, pub, city, ym, isbn, edition)
                pages = [spread]
            else:
                cp = Page()
                y = _cip(cp, ctx, 22, 36, 166, title, resp, pub, city, ym, isbn, cls)
                _imprint(cp, ctx, 22, y + 18, pub, city, ym, isbn, edition)
                pages = [tp, cp]
    f = {"holder": None, "title": title, "people": people, "issuer": pub, "issued_on": f"{ym[0]}-{ym[1]:02d}",
         "book": {"isbn": isbn, "publisher": pub, "edition": edition}}  # fmt: skip
    ctx.show("issued_on", edition, f"{ym[0]}-{ym[1]:02d}")
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    return make(ctx, "book", "book", v, pages, f, scored, {"person": claim_p, "year": ym[0]})


# ======================================================================================================
# patent_certificate
# ======================================================================================================
PAT_TITLES = {"agri": ["一种{c}播种施肥一体机", "一种{c}病虫害监测装置", "一种{c}育苗基质及其制备方法", "一种{c}节水滴灌系统"],
              "eng": ["一种{s}裂缝修补装置", "一种{s}用模板支撑结构", "一种{s}监测预警方法"],
              "med": ["一种{d}患者用康复训练器", "一种用于{d}护理的辅助装置", "一种{d}检测试剂盒"],
              "edu": ["一种{e}教学用演示教具", "一种{e}课堂互动答题器"]}  # fmt: skip
KIND = {"invention": ("发明专利证书", "1", "发明名称", "发明人", "B"), "utility_model": ("实用新型专利证书", "2", "实用新型名称", "发明人", "U"),
        "design": ("外观设计专利证书", "3", "使用外观设计的产品名称", "设计人", "S")}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    r = ctx.rng
    kind = {"classic": "invention", "annexed": "utility_model", "design": "design"}.get(v) or ctx.pick(
        ["invention", "utility_model", "design"]
    )
    head, digit, name_lab, inv_lab, suffix = KIND[kind]
    fld = P.field_of(r)
    if kind == "design":
        title = ctx.pick(
            ["播种机（小型）", "教学演示箱", "康复训练器", "检测仪外壳", "水质采样器", "育苗托盘"]
        )
    else:
        t = ctx.pick(PAT_TITLES[fld])
        key = FLD_FOR_TITLE[fld]
        title = t.format(**{key: ctx.pick(CROPS if key == "c" else FILL[key])})
    applied = P.a_date(r, 2015, 2022)
    granted = P.later(
        applied, *{"invention": (420, 1100), "utility_model": (120, 330), "design": (90, 240)}[kind], r
    )
    d12 = f"{applied.year}{digit}{P.serial(r, 7)}"
    number = f"ZL{d12}.{P.zl_check(d12)}"
    printed_no = ctx.pick(
        [f"ZL {applied.year} {digit} {d12[5:]}.{number[-1]}", number, f"ZL{d12[:4]} {d12[4:]}.{number[-1]}"]
    )
    ctx.show("patent.number", printed_no, number)
    inventors = P.People(r).many(r.randint(1, 6))
    owner = P.workplace(r) if r.random() < 0.8 else inventors[0]
    style = ctx.pick(["nian", "nian0"]) if v != "electronic" else "iso"
    cert_no = f"第{r.randint(1000000, 6999999)}号"
    pub_no = f"CN {r.randint(100000000, 119999999) if kind == 'invention' else r.randint(200000000, 219999999) if kind == 'utility_model' else r.randint(300000000, 309999999)} {suffix}"
    s_app = ctx.show("patent.applied_on", P.day(applied, style))
    s_gr = ctx.show("patent.granted_on", P.day(granted, style))
    ctx.show("issued_on", s_gr)
    ctx.show("title", title)
    ctx.show("issuer", "国家知识产权局")
    legal = (f"本{head[:-2]}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{head}并在专利登记簿上予以登记。"
             "专利权自授权公告之日起生效。专利权期限为" + ("二十年" if kind == "invention" else "十年" if kind == "utility_model" else "十五年") +
             "，自申请日起算。")  # fmt: skip
    fields_ = [(name_lab, title), (inv_lab, "；".join(inventors)), ("专利号", printed_no), ("专利申请日", s_app),
               ("专利权人", owner), ("地址", f"山东省{ctx.pick(['德州市经济技术开发区', '德州市德城区', '烟台市莱山区', '烟台市高新区', '烟台市福山区'])}{r.randint(1, 999)}号"),
               ("授权公告号", pub_no), ("授权公告日", s_gr)]  # fmt: skip
    pages = []
    if v in ("classic", "annexed", "sealover", "design"):
        pg = Page(bg=(252, 250, 244))
        pg.rect(10, 10, 200, 287, 1.2, (150, 120, 60))
        pg.text(105, 26, "中华人民共和国国家知识产权局", 12, ctx.body, "c")
        pg.text(105, 40, P.spaced(head, " "), 24, ctx.bold, "c")
        pg.text(105, 56, f"证书号{cert_no}", 12, ctx.body, "c")
        if v == "design":
            fields_ = [fields_[0], fields_[2], fields_[3], fields_[1], fields_[4], fields_[6], fields_[7]]
        y = 72
        for lab, val in fields_:
            pg.text(26, y, f"{lab}：", 11.5, ctx.body)
            lw = width_mm(f"{lab}：", ctx.body, 11.5)
            if width_mm(val, ctx.body, 11.5) > 160 - lw:
                y = pg.wrap(26 + lw, y, 158 - lw, val, 11.5, ctx.body, 1.6) - 7
            else:
                pg.text(26 + lw, y, val, 11.5, ctx.body)
            y += 10
        y = P.para(pg, ctx, 26, y + 6, 158, legal, 11, 1.8)
        y = P.para(
            pg,
            ctx,
            26,
            y + 2,
            158,
            "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。",
            10,
            1.7,
        )
        pg.text(150, 246, "局长", 12, ctx.body, "c")
        P.ink(pg, ctx, 150, 254, P.People(r).one(), 18, "c")
        pg.seal(150, 250, 22, "中华人民共和国国家知识产权局"[:12], r.randint(0, 9999))
        if v == "sealover":
            pg.seal(120, 82, 18, owner[:12], r.randint(0, 9999))
        pg.text(105, 278, "第 1 页（共 " + ("2" if v == "annexed" else "1") + " 页）", 9, ctx.body, "c")
        pages.append(pg)
        if v == "annexed":
            p2 = Page(bg=(252, 250, 244))
            p2.text(105, 24, f"证书号{cert_no}", 12, ctx.body, "c")
            y = P.centre(p2, ctx, 36, "专利权人应当依照专利法及其实施细则规定缴纳年费", 12, False)
            y = P.para(
                p2,
                ctx,
                26,
                y + 4,
                158,
                f"本专利的年费应当在每年{applied.month}月{applied.day}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。",
                11,
                1.8,
            )
            y = P.para(
                p2,
                ctx,
                26,
                y + 6,
                158,
                f"申请日时本专利记载的申请人、发明人信息如下：申请人：{owner}；发明人：{'；'.join(inventors)}",
                11,
                1.8,
            )
            p2.text(105, 278, "第 2 页（共 2 页）", 9, ctx.body, "c")
            pages.append(p2)
    elif v == "electronic":
        pg = Page()
        pg.text(105, 20, "国家知识产权局", 14, ctx.bold, "c")
        P.qr(pg, 166, 14, 26, r)
        pg.text(105, 34, head, 22, ctx.bold, "c")
        pg.text(105, 46, f"证书号{cert_no}", 11, ctx.body, "c")
        rows = [[lab, val] for lab, val in fields_]
        pg.table(20, 60, [40, 130], rows, 10.5, ctx.body, 12)
        y = P.para(pg, ctx, 22, 170, 166, legal, 10.5, 1.8)
        pg.text(150, 238, "局长", 11, ctx.body, "c")
        P.ink(pg, ctx, 150, 246, P.People(r).one(), 17, "c")
        pg.seal(150, 242, 21, "国家知识产权局专利局", r.randint(0, 9999))
        pg.text(
            22, 276, "本证书为电子专利证书，可通过国家知识产权局官方网站验证真伪。", 9, ctx.body, "l", P.GREY
        )
        pages.append(pg)
    else:  # photo: a cropped phone shot of the fields block
        pg = Page(150, 180, bg=(246, 242, 230))
        pg.text(75, 3, "中华人民共和国国家知识产权局", 9, ctx.body, "c")
        pg.text(75, 10, head, 18, ctx.bold, "c")
        y = 28
        for lab, val in fields_:
            txt = f"{lab}：{val}"
            sz = P.fits(txt, ctx.body, 10.5, 136)
            if sz < 8.5:
                y = pg.wrap(8, y, 136, txt, 9.5, ctx.body, 1.5) - 8
            else:
                pg.text(8, y, txt, sz, ctx.body)
            y += 9
        P.para(pg, ctx, 8, y + 4, 134, legal[:60] + "……", 9.5, 1.6)
        pg.seal(110, 160, 15, "中华人民共和国国家知识产权局"[:12], r.randint(0, 9999))
        pages.append(pg)
    for nm in inventors:
        ctx.show("people", nm)
    f = {"holder": None, "title": title, "people": [person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
         "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
         "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    scored = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    ]
    return make(
        ctx,
        "patent_certificate",
        "patent",
        v,
        pages,
        f,
        scored,
        {"person": r.choice(inventors), "year": granted.year},
    )
