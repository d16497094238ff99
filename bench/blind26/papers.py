"""Draw 26's journal pages, books and patent certificates (awards and project completions in honours.py)."""

from __future__ import annotations

import datetime as dt
import functools

from bench.blind.common import Journal, journals
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind26 import ink
from bench.blind26.honours import award_certificate, project_completion
from bench.blind26.pools import (
    GREY,
    UNIVS,
    Ctx,
    day,
    dstr,
    isbn_digit,
    iso,
    later,
    make,
    people,
    place,
    zl_check,
)  # fmt: skip
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

# ---- journals -----------------------------------------------------------------------------------
DOMAINS = {
    "geo": ("地理科学 地理研究 地理科学进展 地理与地理信息科学 经济地理 热带地理 大气科学", [
        "基于遥感影像的洞庭湖区耕地变化特征分析", "乡村中学地理实践力培养的野外考察路径", "资水流域景观格局演变及驱动因素",
        "黄河下游滩区乡村聚落空间分布特征", "县域义务教育学校空间布局优化研究", "雪峰山区传统村落空间格局分析"]),
    "psy": ("心理学报 中国临床心理学杂志 中国心理卫生杂志", [
        "农村留守初中生学业倦怠与心理韧性的关系", "中学教师职业倦怠的影响因素研究", "小学高年级学生数学焦虑的干预研究",
        "县域高中生睡眠质量与抑郁情绪的关联", "初中生同伴关系对课堂参与的影响"]),
    "math": ("计算数学 应用数学学报 系统科学与数学", [
        "一类带时滞抛物方程差分格式的稳定性", "求解非线性方程组的一种改进迭代法", "基于分层模型的学业成绩增值评价方法",
        "一类分数阶微分方程边值问题解的存在性"]),
    "chem": ("化学进展 化学学报 高等学校化学学报 应用化学", [
        "微型化实验在中学化学教学中的应用进展", "二氧化钛光催化降解甲基橙的实验条件优化", "茶叶中咖啡因提取方法的比较研究",
        "安化黑茶中茶多酚含量的测定与分析"]),
    "phys": ("物理学报", ["基于智能手机传感器的单摆实验测量重力加速度", "非均匀磁场中带电粒子运动的数值模拟"]),
    "bio": ("微生物学通报 西北植物学报", [
        "安化黑茶发酵过程中微生物群落结构分析", "洞庭湖区芦苇根际土壤微生物多样性研究", "校园常见植物叶片气孔密度的比较研究"]),
    "mgmt": ("科学学研究 科研管理", ["县域义务教育阶段教师流动意愿的影响因素", "中小学教研机构科研管理效能评价研究"]),
}  # fmt: skip
REGION = {"11": "北京", "12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江",
          "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东",
          "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "51": "四川", "53": "云南", "61": "陕西",
          "62": "甘肃", "65": "新疆"}  # fmt: skip
J_SCORED = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
            "journal.levels"]  # fmt: skip


@functools.cache
def _by_domain() -> dict[str, tuple[list[Journal], list[str]]]:
    js = {j.name: j for j in journals()}
    return {d: ([js[n] for n in names.split() if n in js], titles) for d, (names, titles) in DOMAINS.items()}


def _journal(ctx: Ctx) -> tuple[Journal, list[str]]:
    pools = {d: v for d, v in _by_domain().items() if v[0]}
    dom = ctx.pick(sorted(pools))
    js, titles = pools[dom]
    return ctx.pick(js), titles


HOSTS = {"geo": "中国地理学会", "psy": "中国心理学会", "math": "中国数学会", "chem": "中国化学会", "phys": "中国物理学会",
         "bio": "中国微生物学会", "mgmt": "中国科学学与科技政策研究会"}  # fmt: skip


def _supervisor(ctx: Ctx, j: Journal) -> tuple[str, str, str]:
    """(主管, 主办, level) consistent with the CN region."""
    region = REGION.get(j.cn[:2])
    dom = next(d for d, (names, _) in DOMAINS.items() if j.name in names.split())
    if j.cn[:2] in ("10", "11") or region in (None, "北京", "天津", "上海", "新疆") or ctx.chance(0.45):
        return ctx.pick(["中国科学技术协会", "中国科学院"]), HOSTS[dom], "national"
    return (
        f"{region}省科学技术协会",
        f"{region}省{ctx.pick(['科学技术情报研究所', '科学院', '学会联合会'])}",
        "provincial",
    )


def _article(ctx: Ctx):
    j, titles = _journal(ctx)
    title = ctx.pick(titles)
    n = ctx.rng.randint(1, 4)
    names = people(ctx, n)
    pl = place(ctx)
    units = [pl.school, ctx.pick(UNIVS[pl.prov])]
    aff = [ctx.rng.randint(1, 2) if i else 1 for i in range(n)]
    year = ctx.rng.randint(2016, 2024)
    vol = str(year - ctx.rng.randint(1975, 1995)) if ctx.chance(0.7) else None
    issue = str(ctx.rng.randint(1, 12))
    return j, title, names, pl, units, aff, year, vol, issue


def _jfields(j: Journal, title, names, year, vol, issue, extra: str | None = None) -> dict:
    levels = list(j.base_levels) + ([extra] if extra else [])
    return dict(title=title, people=[person(nm, i + 1, "author") for i, nm in enumerate(names)],
                journal={"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": issue,
                         "levels": levels})  # fmt: skip


def _vol_issue(year: int, vol: str | None, issue: str, form: int) -> str:
    if vol is None:
        return f"{year}年第{issue}期" if form else f"No.{issue}"
    return f"第{vol}卷第{issue}期" if form else f"Vol.{vol}, No.{issue}"


def _jdoc(ctx, v, pages, f, scored, who, year) -> Doc:
    sc = [s for s in scored if s != "journal.volume"] + (["journal.volume"] if f["journal"]["volume"] else [])
    return make(ctx, "journal_article", "journal", v, pages, f, sc, who, year)


def _byline(pg: Page, ctx: Ctx, y: float, names, aff, units, pl, size: float = 12.5) -> float:
    multi = len(set(aff)) > 1
    parts = []
    for i, nm in enumerate(names):
        parts.append((nm, False))
        if multi:
            parts.append((str(aff[i]), True))
        if i < len(names) - 1:
            parts.append(("，", False))
    y = pg.runs(pg.w / 2, y, parts, size, ctx.body)
    used = sorted(set(aff))
    affs = "；".join(f"{k}. {units[k - 1]}" if multi else units[k - 1] for k in used)
    pg.text(pg.w / 2, y, f"（{affs}，{pl.prov} {pl.city}）", 9.5, ctx.body, "c")
    return y + 8


def _abstract(pg: Page, ctx: Ctx, x: float, y: float, w: float, title: str, size: float = 9.5) -> float:
    s = (f"摘要：围绕“{title[:8]}”问题，本文以县域中小学为样本开展调查与实证分析，结合课堂观察与访谈资料，"
         "归纳出主要特征与影响机制，并提出针对性的改进建议，可为区域教育教学改革提供参考。")  # fmt: skip
    y = pg.wrap(x, y, w, s, size, ctx.body, 1.6)
    y = pg.wrap(x, y + 1, w, "关键词：县域教育；实证研究；影响因素；教学改进", size, ctx.body, 1.6)
    pg.text(x, y + 1, f"中图分类号：G{ctx.rng.randint(40, 65)}　　文献标志码：A", size, ctx.body)
    return y + 8


def _body_text(
    pg: Page, ctx: Ctx, x: float, y: float, w: float, bottom: float, size: float = 9.5, head: bool = True
) -> float:
    s = ("近年来，随着基础教育课程改革的持续推进，相关研究日益受到关注。已有研究多集中于城市学校，对县域"
         "及乡村学校的关注相对不足，样本代表性有待提高。基于此，本研究在前期调研的基础上设计问卷并进行了"
         "两轮修订，采用分层整群抽样方法选取样本，运用描述统计、相关分析和回归分析等方法处理数据。")  # fmt: skip
    if head:
        pg.text(x, y, "1　引言", size + 1, ctx.bold)
        y += 6
    while y < bottom - 20:
        y = pg.wrap(x, y, w, s, size, ctx.body, 1.6, 2 * size * 0.3528)
    return y


def _footnote(pg: Page, ctx: Ctx, y: float, names, year: int, w: float = 170.0) -> None:
    pg.line(20, y, 80, y, 0.3)
    rec = dt.date(year - 1, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    pg.text(20, y + 2, f"收稿日期：{rec.isoformat()}", 8.5, ctx.body)
    pg.text(20, y + 7, f"作者简介：{names[0]}（{year - ctx.rng.randint(28, 50)}—），{ctx.pick(['男', '女'])}，"
            f"{ctx.pick(['中学一级教师', '中学高级教师', '硕士'])}，主要从事学科教学研究。", 8.5, ctx.body)  # fmt: skip


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    return {
        "firstpage": _j_firstpage, "contents": _j_contents, "cover": _j_cover, "copyright": _j_copyright,
        "twocol": _j_twocol, "dbprint": _j_dbprint, "spread": _j_spread,
    }[v](ctx, v)  # fmt: skip


def _first_page(ctx: Ctx, pg: Page, art, x0: float = 0.0, w: float = 210.0) -> None:
    j, title, names, pl, units, aff, year, vol, issue = art
    sub = Page(w=w, h=pg.h)
    sub.text(20, 12, f"第{issue}期" if vol is None else _vol_issue(year, vol, issue, 1), 9, ctx.body)
    sub.text(w / 2, 12, j.name, 9, ctx.body, "c")
    sub.text(w - 20, 12, f"{year}年{ctx.rng.randint(1, 12)}月", 9, ctx.body, "r")
    sub.line(20, 17, w - 20, 17, 0.4)
    sub.text(20, 19, f"ISSN {j.issn}　CN {j.cn}", 8, ctx.body, color=GREY)
    sub.text(
        w - 20,
        19,
        f"DOI:10.{ctx.rng.randint(11000, 13999)}/j.issn.{j.issn}.{year}.{int(issue):02d}.0{ctx.rng.randint(10, 99)}",
        7.5,
        ctx.body,
        "r",
        GREY,
    )  # noqa: E501
    y = sub.wrap(30, 32, w - 60, title, 18, ctx.bold, 1.4)
    y = _byline(sub, ctx, y + 3, names, aff, units, pl)
    y = _abstract(sub, ctx, 24, y, w - 48, title)
    _body_text(sub, ctx, 20, y + 2, w - 40, pg.h - 30)
    _footnote(sub, ctx, pg.h - 26, names, year)
    for op in sub.ops:
        pg.ops.append(
            (op[0], op[1] + x0, *op[2:])
            if op[0] != "line"
            else ("line", op[1] + x0, op[2], op[3] + x0, *op[4:])
        )


def _j_firstpage(ctx: Ctx, v: str) -> Doc:
    art = _article(ctx)
    j, title, names, pl, units, aff, year, vol, issue = art
    pg = Page()
    _first_page(ctx, pg, art)
    return _jdoc(ctx, v, [pg], _jfields(j, title, names, year, vol, issue), J_SCORED, ctx.pick(names), year)


def _contents_list(ctx: Ctx, title: str, names: list[str], titles: list[str], n: int = 7):
    others = [t for t in titles if t != title] + ["“双减”背景下作业设计的县域实践", "基于课堂观察的教学改进研究",
                                                  "乡村学校教师专业发展支持体系构建", "大概念统领下的单元教学设计"]  # fmt: skip
    ctx.rng.shuffle(others)
    items = [(t, people(ctx, ctx.rng.randint(1, 3))) for t in others[: n - 1]]
    items.insert(ctx.rng.randrange(n), (title, names))
    return items


def _j_contents(ctx: Ctx, v: str) -> Doc:
    j, title, names, pl, units, aff, year, vol, issue = _article(ctx)
    titles = _journal(ctx)[1]
    pg = Page()
    pg.text(pg.w / 2, 20, j.name, 20, ctx.bold, "c")
    pg.text(
        pg.w / 2,
        32,
        f"{_vol_issue(year, vol, issue, 1)}（总第{ctx.rng.randint(100, 400)}期）　{year}年",
        11,
        ctx.body,
        "c",
    )
    pg.text(pg.w / 2, 44, "目　　次", 16, ctx.bold, "c")
    y = 58
    page = 1
    for t, au in _contents_list(ctx, title, names, titles):
        pg.text(24, y, t, 11.5, ctx.body)
        pg.text(186, y, str(page), 11, ctx.body, "r")
        pg.text(40, y + 6.5, "，".join(au), 10, ctx.body, color=(60, 60, 60))
        y += 17
        page += ctx.rng.randint(6, 12)
    pg.line(20, 262, 190, 262, 0.3)
    pg.text(20, 266, f"ISSN {j.issn}", 10, ctx.body)
    pg.text(190, 266, f"CN {j.cn}", 10, ctx.body, "r")
    f = _jfields(j, title, names, year, vol, issue)
    sc = [s for s in J_SCORED if s not in ("title", "people")]
    return _jdoc(ctx, v, [pg], f, sc, ctx.pick(names), year)


def _j_cover(ctx: Ctx, v: str) -> Doc:
    j, title, names, pl, units, aff, year, vol, issue = _article(ctx)
    titles = _journal(ctx)[1]
    sup, host, lvl = _supervisor(ctx, j)
    pg = Page(bg=(236, 242, 248))
    pg.rect(0, 0, pg.w, 70, 0, fill=(30, 70, 120))
    pg.text(pg.w / 2, 20, j.name, 34, ctx.bold, "c", (255, 255, 255))
    pg.text(
        pg.w / 2,
        52,
        f"{year}年　第{issue}期" + (f"　第{vol}卷" if vol else ""),
        13,
        ctx.body,
        "c",
        (230, 230, 230),
    )
    pg.text(24, 86, "本期要目", 14, ctx.bold, (30, 70, 120))
    y = 98
    for t, au in _contents_list(ctx, title, names, titles, 5):
        pg.text(24, y, f"{t}　{'，'.join(au)}", 10.5, ctx.body)
        y += 9
    y = ink.kv(pg, ctx, 24, 230, [("主管", sup), ("主办", host)], 10.5, 12)
    pg.text(24, y, f"ISSN {j.issn}　　CN {j.cn}", 11, ctx.bold)
    for i in range(40):
        pg.rect(
            150 + i * 1.1, 246, 150 + i * 1.1 + ctx.pick([0.3, 0.6, 0.9]) * 0.8, 266, 0, fill=(20, 20, 20)
        )
    f = _jfields(j, title, names, year, vol, issue, lvl)
    sc = [s for s in J_SCORED if s not in ("title", "people")]
    return _jdoc(ctx, v, [pg], f, sc, ctx.pick(names), year)


def _j_copyright(ctx: Ctx, v: str) -> Doc:
    art = _article(ctx)
    j, title, names, pl, units, aff, year, vol, issue = art
    sup, host, lvl = _supervisor(ctx, j)
    p1 = Page()
    p1.text(p1.w / 2, 30, j.name, 18, ctx.bold, "c")
    p1.text(
        p1.w / 2,
        42,
        f"（{'月刊' if ctx.chance(0.5) else '双月刊'}　{year - ctx.rng.randint(20, 60)}年创刊）",
        10,
        ctx.body,
        "c",
    )
    rows = [("主管单位", sup), ("主办单位", host), ("编辑出版", f"《{j.name}》编辑部"), ("主　　编", people(ctx, 1)[0]),
            ("出版日期", f"{year}年{ctx.rng.randint(1, 12)}月{ctx.rng.randint(5, 28)}日"), ("刊　　期", _vol_issue(year, vol, issue, 1)),
            ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}"),
            ("定　　价", f"{ctx.rng.randint(15, 60)}.00元")]  # fmt: skip
    ink.kv(p1, ctx, 40, 60, rows, 11, 52)
    p1.text(p1.w / 2, 260, "版权所有　未经许可不得转载", 9, ctx.body, "c", GREY)
    p2 = Page()
    _first_page(ctx, p2, art)
    f = _jfields(j, title, names, year, vol, issue, lvl)
    return _jdoc(ctx, v, [p1, p2], f, J_SCORED, ctx.pick(names), year)


def _j_twocol(ctx: Ctx, v: str) -> Doc:
    j, title, names, pl, units, aff, year, vol, issue = _article(ctx)
    pg = Page()
    y = pg.wrap(25, 26, 160, title, 19, ctx.bold, 1.4)
    y = _byline(pg, ctx, y + 2, names, aff, units, pl, 13)
    y = _abstract(pg, ctx, 22, y, 166, title, 9)
    for c in range(2):
        _body_text(pg, ctx, 20 + c * 88, y + 2, 82, 262, 9, head=c == 0)
    pg.line(20, 270, 190, 270, 0.3)
    pg.text(
        20,
        273,
        f"{j.name}　{year}, {_vol_issue(year, vol, issue, 0)}　ISSN {j.issn}　CN {j.cn}",
        8.5,
        ctx.body,
    )
    pg.text(190, 273, str(ctx.rng.randint(10, 180)), 9, ctx.body, "r")
    f = _jfields(j, title, names, year, vol, issue)
    return _jdoc(ctx, v, [pg], f, J_SCORED, ctx.pick(names), year)


def _j_dbprint(ctx: Ctx, v: str) -> Doc:
    j, title, names, pl, units, aff, year, vol, issue = _article(ctx)
    pg = Page()
    pg.rect(0, 0, pg.w, 16, 0, fill=(240, 240, 240))
    pg.text(12, 5, "学术期刊文献数据库　·　文献详情", 11, ctx.bold, (30, 80, 150))
    y = pg.wrap(16, 26, 178, title, 15, ctx.bold, 1.4)
    rows = [("作者", "；".join(names)), ("作者单位", "；".join(sorted(set(units[a - 1] for a in aff)))),
            ("刊名", j.name), ("年/卷/期", f"{year}" + (f", {vol}" if vol else "") + f"({int(issue):02d})"),
            ("ISSN", j.issn), ("CN", j.cn), ("页码", f"{ctx.rng.randint(10, 90)}-{ctx.rng.randint(91, 120)}")]  # fmt: skip
    y = ink.kv(pg, ctx, 16, y + 4, rows, 10.5, 24)
    y = _abstract(pg, ctx, 16, y + 2, 178, title, 10)
    pg.text(
        16,
        280,
        f"下载时间：{later(dt.date(year, 12, 1), 30, 600, ctx.rng).isoformat()}",
        8.5,
        ctx.body,
        color=GREY,
    )
    f = _jfields(j, title, names, year, vol, issue)
    return _jdoc(ctx, v, [pg], f, J_SCORED, ctx.pick(names), year)


def _j_spread(ctx: Ctx, v: str) -> Doc:
    art = _article(ctx)
    j, title, names, pl, units, aff, year, vol, issue = art
    pg = Page(w=420, h=297, bg=(250, 249, 245))
    left = Page(w=210, h=297)
    _body_text(left, ctx, 22, 20, 166, 250, 9.5)
    left.text(22, 248, "参考文献：", 9.5, ctx.bold)
    left.text(
        22,
        254,
        f"[1] {people(ctx, 1)[0]}. 县域课堂教学改革的路径[J]. 教育研究, {year - 3}(5): 12-18.",
        8.5,
        ctx.body,
    )
    pg.ops.extend(left.ops)
    pg.line(210, 0, 210, 297, 0.8, (200, 200, 200))
    _first_page(ctx, pg, art, 210.0)
    f = _jfields(j, title, names, year, vol, issue)
    return _jdoc(ctx, v, [pg], f, J_SCORED, ctx.pick(names), year)


# ---- books ----------------------------------------------------------------------------------------
PUBLISHERS = [("湖南师范大学出版社", "5648", "长沙"), ("湖南教育出版社", "5539", "长沙"), ("河南大学出版社", "5649", "开封"),
              ("大象出版社", "5347", "郑州"), ("教育科学出版社", "5191", "北京"), ("华东师范大学出版社", "5760", "上海"),
              ("光明日报出版社", "5194", "北京"), ("吉林大学出版社", "5692", "长春")]  # fmt: skip
BOOK_TITLES = ["初中数学单元整体教学设计与案例", "乡村小学语文阅读教学策略研究", "核心素养导向的课堂教学评价",
               "班主任工作艺术与实践", "中学地理实践力培养研究", "小学科学探究活动设计", "县域教研的理论与实践",
               "高中英语读写结合教学研究", "幼儿园区域活动指导", "中学生心理健康教育读本"]  # fmt: skip
FOREIGN = [("[美] 凯瑟琳·莫里森", "有效课堂的七项原则"), ("[英] 詹姆斯·沃克", "教师如何做行动研究"),
           ("[澳] 彼得·格林伍德", "看得见的学习评价"), ("[加] 玛丽·勒布朗", "差异化教学实用指南")]  # fmt: skip
B_SCORED = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]


def _isbn(ctx: Ctx, code: str) -> str:
    t = f"{ctx.rng.randint(0, 9999):04d}"
    d12 = "9787" + code + t
    return f"978-7-{code}-{t}-{isbn_digit(d12)}"


def _book_base(ctx: Ctx):
    pub, code, city = ctx.pick(PUBLISHERS)
    ed = dt.date(ctx.rng.randint(2015, 2024), ctx.rng.randint(1, 12), 1)
    return pub, code, city, ed, f"{ed.year}年{ed.month}月第1版", _isbn(ctx, code)


def _roles(chief, deputy=(), board=()) -> list[dict]:
    out, r = [], 1
    for names, role in ((chief, "editor_in_chief"), (deputy, "deputy_editor"), (board, "editorial_board")):
        for nm in names:
            out.append(person(nm, r, role))
            r += 1
    return out


def _cip(
    pg: Page, ctx: Ctx, y: float, title, resp, pub, city, ed, edition, isbn, x: float = 22, w: float = 166
) -> float:
    pg.text(x, y, "图书在版编目（CIP）数据", 11, ctx.bold)
    y = pg.wrap(x, y + 7, w, f"{title} / {resp}. —{city}：{pub}，{ed.year}.{ed.month}", 10, ctx.body, 1.6)
    pg.text(x, y, f"ISBN {isbn}", 10, ctx.body)
    pg.text(x, y + 6, f"Ⅰ. ①{title[:2]}…　Ⅱ. ①{resp[:2]}…　Ⅲ. ①教学研究　Ⅳ. ①G63", 10, ctx.body)
    pg.text(
        x, y + 14, f"中国版本图书馆CIP数据核字（{ed.year}）第{ctx.rng.randint(10000, 299999)}号", 10, ctx.body
    )
    pg.line(x, y + 21, x + w, y + 21, 0.3)
    rows = [("责任编辑", people(ctx, 1)[0]), ("出版发行", pub), ("印　　刷", f"{city}市{ctx.pick(['雅佳', '鑫源', '华文'])}印务有限公司"),
            ("开　　本", "787 mm×1092 mm　1/16"), ("印　　张", str(ctx.rng.randint(10, 25))), ("字　　数", f"{ctx.rng.randint(180, 420)}千字"),
            ("版　　次", edition), ("印　　次", f"{ed.year}年{ed.month}月第1次印刷"), ("书　　号", f"ISBN {isbn}"),
            ("定　　价", f"{ctx.rng.randint(28, 68)}.00元")]  # fmt: skip
    return ink.kv(pg, ctx, x, y + 26, rows, 10, 22)


def _bdoc(ctx, v, pages, title, ppl, pub, isbn, edition, ed, who, scored=B_SCORED) -> Doc:
    f = dict(title=title, people=ppl, issuer=pub, issued_on=f"{ed.year}-{ed.month:02d}" if edition else None,
             book={"isbn": isbn, "publisher": pub, "edition": edition})  # fmt: skip
    return make(ctx, "book", "book", v, pages, f, scored, who, ed.year)


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    return {
        "cover": _b_cover, "cip": _b_cip, "titlecip": _b_titlecip, "translation": _b_translation,
        "board": _b_board, "spread": _b_spread, "photo": _b_photo,
    }[v](ctx, v)  # fmt: skip


def _b_cover(ctx: Ctx, v: str) -> Doc:
    pub, code, city, ed, edition, isbn = _book_base(ctx)
    title = ctx.pick(BOOK_TITLES)
    chief = people(ctx, ctx.rng.randint(1, 2))
    pg = Page(w=185, h=260, bg=ctx.pick([(210, 230, 220), (240, 228, 200), (220, 226, 240)]))
    pg.rect(0, 40, pg.w, 110, 0, fill=(255, 255, 255))
    pg.wrap(18, 56, 150, title, 22, ctx.bold, 1.4)
    pg.text(pg.w - 18, 124, f"{'　'.join(chief)}　主编", 13, ctx.body, "r")
    pg.text(pg.w / 2, 236, pub, 14, ctx.bold, "c")
    return _bdoc(ctx, v, [pg], title, _roles(chief), pub, None, None, ed, ctx.pick(chief),
                 ["title", "people", "issuer", "book.publisher"])  # fmt: skip


def _b_cip(ctx: Ctx, v: str) -> Doc:
    pub, code, city, ed, edition, isbn = _book_base(ctx)
    title = ctx.pick(BOOK_TITLES)
    chief = people(ctx, ctx.rng.randint(1, 3))
    pg = Page(w=170, h=240)
    _cip(pg, ctx, 80, title, "，".join(chief) + "主编", pub, city, ed, edition, isbn, 18, 134)
    return _bdoc(ctx, v, [pg], title, _roles(chief), pub, isbn, edition, ed, ctx.pick(chief))


def _b_titlecip(ctx: Ctx, v: str) -> Doc:
    pub, code, city, ed, edition, isbn = _book_base(ctx)
    title = ctx.pick(BOOK_TITLES)
    names = people(ctx, ctx.rng.randint(6, 9))
    chief, deputy, board = names[:1], names[1:3], names[3:]
    p1 = Page(w=170, h=240)
    p1.wrap(20, 40, 130, title, 20, ctx.bold, 1.4)
    y = ink.centre(p1, ctx, 100, "编 委 会", 13)
    y = ink.kv(p1, ctx, 30, y + 4, [("主　编", "　".join(chief)), ("副主编", "　".join(deputy))], 11, 20)
    p1.text(30, y, "编　委：", 11, ctx.body)
    for i in range(0, len(board), 3):
        p1.text(50, y, "　".join(board[i : i + 3]), 11, ctx.body)
        y += 8
    p1.text(p1.w / 2, 215, pub, 12, ctx.bold, "c")
    p2 = Page(w=170, h=240)
    _cip(p2, ctx, 70, title, f"{chief[0]}主编", pub, city, ed, edition, isbn, 18, 134)
    return _bdoc(
        ctx, v, [p1, p2], title, _roles(chief, deputy, board), pub, isbn, edition, ed, ctx.pick(names)
    )


def _b_translation(ctx: Ctx, v: str) -> Doc:
    pub, code, city, ed, edition, isbn = _book_base(ctx)
    orig, title = ctx.pick(FOREIGN)
    trans = people(ctx, ctx.rng.randint(1, 2))
    pg = Page(w=170, h=240)
    pg.text(pg.w / 2, 30, title, 19, ctx.bold, "c")
    pg.text(pg.w / 2, 46, f"{orig}　著", 12, ctx.body, "c")
    pg.text(pg.w / 2, 54, f"{'　'.join(trans)}　译", 12, ctx.body, "c")
    _cip(pg, ctx, 76, title, f"{orig}著；{'，'.join(trans)}译", pub, city, ed, edition, isbn, 18, 134)
    bare = orig.split("] ")[1]
    ppl = [person(bare, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
    return _bdoc(ctx, v, [pg], title, ppl, pub, isbn, edition, ed, ctx.pick(trans))


def _b_board(ctx: Ctx, v: str) -> Doc:
    pub, code, city, ed, edition, isbn = _book_base(ctx)
    title = ctx.pick(BOOK_TITLES)
    names = people(ctx, ctx.rng.randint(4, 7))
    chief, deputy, board = names[:2], names[2:3], names[3:]
    pg = Page(w=170, h=240)
    pg.text(pg.w / 2, 24, f"《{title}》", 13, ctx.bold, "c")
    pg.text(pg.w / 2, 34, "编写人员", 12, ctx.body, "c")
    ink.kv(pg, ctx, 30, 46, [("主　编", "　".join(chief)), ("副主编", "　".join(deputy)),
                                 ("参　编", "　".join(board))], 11, 20)  # fmt: skip
    pg.line(18, 150, 152, 150, 0.3)
    ink.kv(pg, ctx, 18, 156, [("出版发行", pub), ("版　　次", edition), ("书　　号", f"ISBN {isbn}")], 10, 22)
    ppl = _roles(chief, deputy) + [person(n, 4 + i, "editorial_board") for i, n in enumerate(board)]
    return _bdoc(ctx, v, [pg], title, ppl, pub, isbn, edition, ed, ctx.pick(names))


def _b_spread(ctx: Ctx, v: str) -> Doc:
    pub, code, city, ed, edition, isbn = _book_base(ctx)
    title = ctx.pick(BOOK_TITLES)
    chief = people(ctx, ctx.rng.randint(1, 2))
    pg = Page(w=340, h=240, bg=(250, 248, 240))
    left = Page(w=170, h=240)
    _cip(left, ctx, 60, title, "，".join(chief) + "编著", pub, city, ed, edition, isbn, 18, 134)
    pg.ops.extend(left.ops)
    pg.line(170, 0, 170, 240, 0.6, (190, 190, 190))
    pg.text(255, 24, "前　言", 15, ctx.bold, "c")
    y = 36
    s = ("本书是作者多年一线教学实践与区域教研工作的总结，书中案例大多来自县域中小学课堂。希望本书能为广大教师"
         "开展课堂教学改革提供借鉴。由于水平有限，书中疏漏之处在所难免，恳请读者批评指正。")  # fmt: skip
    y = pg.wrap(188, y, 134, s, 10.5, ctx.body, 1.8, 7.4)
    pre = later(ed, -120, -40, ctx.rng)
    pg.text(322, y + 10, "编　者", 10.5, ctx.body, "r")
    pg.text(322, y + 17, f"{pre.year}年{pre.month}月于{city}", 10.5, ctx.body, "r")
    ppl = [person(n, i + 1, "author") for i, n in enumerate(chief)]
    return _bdoc(ctx, v, [pg], title, ppl, pub, isbn, edition, ed, ctx.pick(chief))


def _b_photo(ctx: Ctx, v: str) -> Doc:
    pub, code, city, ed, edition, isbn = _book_base(ctx)
    title = ctx.pick(BOOK_TITLES)
    author = people(ctx, 1)
    pg = Page(w=150, h=210, bg=(247, 245, 238))
    pg.text(18, 30, f"书　　名：{title}", 10.5, ctx.body)
    y = ink.kv(pg, ctx, 18, 40, [("作　　者", author[0]), ("出版发行", pub), ("地　　址", f"{city}市{ctx.pick(['麓山路', '明伦街', '经五路'])}{ctx.rng.randint(1, 99)}号"),
                                 ("版　　次", edition), ("书　　号", isbn)], 10.5, 22)  # fmt: skip
    pg.text(18, y + 6, "如有印装质量问题，请与本社发行部联系调换", 8.5, ctx.body, color=GREY)
    ppl = [person(author[0], 1, "author")]
    return _bdoc(ctx, v, [pg], title, ppl, pub, isbn, edition, ed, author[0])


# ---- patents -------------------------------------------------------------------------------------
INVENTIONS = [
    "一种基于物联网的教室环境监测方法",
    "一种中学化学实验废液分类回收方法",
    "一种课堂学情数据采集与分析方法",
]
UTILITY = ["一种教学用可调节角度的斜面实验装置", "一种多功能地理教学演示地球仪", "一种小学数学分数教具",
           "一种防粉尘黑板擦", "一种物理电学实验用接线板", "一种可折叠的美术写生画架"]  # fmt: skip
DESIGNS = ["几何教学演示板", "识字卡片收纳盒", "实验室试管架", "学生作业展示架"]
KINDS = {"invention": ("1", "发明"), "utility_model": ("2", "实用新型"), "design": ("3", "外观设计")}
P_SCORED = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
            "patent.granted_on"]  # fmt: skip


def _patent(ctx: Ctx, kind: str):
    lag = {"invention": (420, 900), "utility_model": (110, 300), "design": (90, 240)}[kind]
    applied = day(ctx.rng, 2015, 2023)
    granted = later(applied, *lag, ctx.rng)
    serial = f"{ctx.rng.randint(0, 9999999):07d}"
    d12 = f"{applied.year}{KINDS[kind][0]}{serial}"
    number = f"ZL{d12}.{zl_check(d12)}"
    spaced_no = f"ZL {applied.year} {KINDS[kind][0]} {serial}.{zl_check(d12)}"
    title = ctx.pick({"invention": INVENTIONS, "utility_model": UTILITY, "design": DESIGNS}[kind])
    inventors = people(ctx, ctx.rng.randint(1, 4))
    owner = place(ctx).school
    return applied, granted, number, spaced_no, title, inventors, owner


def _pdoc(ctx, v, pages, kind, applied, granted, number, title, inventors) -> Doc:
    f = dict(title=title, people=[person(n, i + 1, "inventor") for i, n in enumerate(inventors)], issuer="国家知识产权局",
             issued_on=iso(granted), patent={"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)})  # fmt: skip
    return make(ctx, "patent_certificate", "patent", v, pages, f, P_SCORED, ctx.pick(inventors), granted.year)


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(v) or ctx.pick(
        ["utility_model", "utility_model", "invention", "design"]
    )
    return {
        "invention": _p_classic, "utility": _p_classic, "design": _p_classic, "register": _p_register,
        "landscape": _p_landscape, "epatent": _p_epatent,
    }[v](ctx, v, kind)  # fmt: skip


def _p_classic(ctx: Ctx, v: str, kind: str) -> Doc:
    applied, granted, number, spaced_no, title, inventors, owner = _patent(ctx, kind)
    word = KINDS[kind][1]
    st = ctx.style(["ymd", "ymd0"])
    pg = Page(bg=(252, 251, 247))
    ink.border(pg, 2, (150, 120, 60))
    pg.text(pg.w / 2, 26, f"证书号第{ctx.rng.randint(1000000, 9999999)}号", 11, ctx.body, "c")
    pg.text(pg.w / 2, 40, f"{word}专利证书", 26, ctx.bold, "c")
    who = "设计人" if kind == "design" else "发明人"
    name_lab = "使用外观设计的产品名称" if kind == "design" else f"{word}名称"
    pairs = [(name_lab, title), (who, "；".join(inventors)), ("专利号", spaced_no), ("专利申请日", dstr(applied, st)),
             ("专利权人", owner), ("授权公告日", dstr(granted, st))]  # fmt: skip
    if kind == "design":
        pairs = [pairs[0], pairs[2], pairs[3], pairs[1], pairs[4], pairs[5]]
    y = ink.kv(pg, ctx, 26, 62, pairs, 12, 52 if kind == "design" else 30)
    term = {"invention": "二十年", "utility_model": "十年", "design": "十五年"}[kind]
    s = (f"本{word}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。"
         f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")  # fmt: skip
    y = ink.para(pg, ctx, 26, y + 6, 158, s, 11)
    ink.sign(pg, ctx, 180, y + 24, ["局长", "国家知识产权局"], 12)
    ink.seal(pg, ctx, 150, y + 30, "国家知识产权局", 20)
    return _pdoc(ctx, v, [pg], kind, applied, granted, number, title, inventors)


def _p_register(ctx: Ctx, v: str, kind: str) -> Doc:
    applied, granted, number, spaced_no, title, inventors, owner = _patent(ctx, kind)
    st = ctx.style(["dot", "ymd0", "dash"])
    pg = Page()
    ink.centre(pg, ctx, 24, "专利登记簿副本", 20)
    rows = [["著录项目", "内容"], ["专利号", number], ["专利类型", KINDS[kind][1]], ["名称", title],
            ["发明人/设计人", "、".join(inventors)], ["专利权人", owner], ["申请日", dstr(applied, st)],
            ["授权公告日", dstr(granted, st)], ["法律状态", "专利权维持"]]  # fmt: skip
    y = pg.table(22, 42, [44, 122], rows, 11, ctx.body, 11, header_font=ctx.bold)
    issued = later(granted, 40, 400, ctx.rng)
    ink.sign(
        pg, ctx, 186, y + 20, ["国家知识产权局", f"出具日期：{dstr(issued, st)}"], 11, "国家知识产权局专利局"
    )
    return _pdoc(ctx, v, [pg], kind, applied, granted, number, title, inventors)


def _p_landscape(ctx: Ctx, v: str, kind: str) -> Doc:
    applied, granted, number, spaced_no, title, inventors, owner = _patent(ctx, kind)
    word = KINDS[kind][1]
    st = ctx.style(["cn", "ymd"])
    pg = Page(w=297, h=210, bg=(250, 250, 246))
    ink.border(pg, 1, (60, 60, 120))
    pg.text(pg.w / 2, 22, f"{word}专利证书", 24, ctx.bold, "c", (40, 40, 110))
    left = [("专 利 号", spaced_no), ("专利申请日", dstr(applied, st)), ("授权公告日", dstr(granted, st))]
    right = [("专利权人", owner), ("设计人" if kind == "design" else "发明人", "，".join(inventors))]
    pg.text(30, 44, f"名称：{title}", 14, ctx.bold)
    ink.kv(pg, ctx, 30, 62, left, 12, 30)
    ink.kv(pg, ctx, 160, 62, right, 12, 24)
    pg.text(
        30,
        110,
        "经审查，决定授予专利权，并在专利登记簿上予以登记，专利权自授权公告之日起生效。",
        11.5,
        ctx.body,
    )
    ink.sign(pg, ctx, pg.w - 30, 150, ["国家知识产权局"], 13, "国家知识产权局")
    return _pdoc(ctx, v, [pg], kind, applied, granted, number, title, inventors)


def _p_epatent(ctx: Ctx, v: str, kind: str) -> Doc:
    applied, granted, number, spaced_no, title, inventors, owner = _patent(ctx, kind)
    word = KINDS[kind][1]
    pg = Page()
    pg.rect(0, 0, pg.w, 20, 0, fill=(26, 72, 140))
    pg.text(14, 6, "国家知识产权局　电子专利证书", 13, ctx.bold, color=(255, 255, 255))
    pg.rect(160, 30, 190, 60, 0.5)
    for i in range(6):
        for jj in range(6):
            if ctx.chance(0.5):
                pg.rect(162 + i * 4.5, 32 + jj * 4.5, 166 + i * 4.5, 36 + jj * 4.5, 0, fill=(20, 20, 20))
    rows = [("专利类型", word), ("专利号", number), ("专利名称", title), ("发明人" if kind != "design" else "设计人", "；".join(inventors)),
            ("专利权人", owner), ("申请日", dstr(applied, "dash")), ("授权公告日", dstr(granted, "dash"))]  # fmt: skip
    ink.kv(pg, ctx, 18, 34, rows, 11, 28)
    pg.text(18, 120, "本证书电子版与纸质证书具有同等法律效力，可通过二维码验证。", 10, ctx.body, color=GREY)
    ink.seal(pg, ctx, 150, 140, "国家知识产权局")
    return _pdoc(ctx, v, [pg], kind, applied, granted, number, title, inventors)
