"""Draw 12 journal articles and books (patents, awards and projects live in grants.py)."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind12 import pools as P
from bench.blind12.grants import award_certificate, patent_certificate, project_completion
from bench.blind12.pools import Ctx
from bench.blind12.sheet import GREY, a4, build, lh, para, ranked, t

__all__ = ["award_certificate", "book", "journal_article", "patent_certificate", "project_completion"]

ARTICLES = {
    "med": ("老年2型糖尿病患者自我管理行为及影响因素分析", "基层医院多重耐药菌感染的分布特点与防控对策",
            "早期康复护理对髋关节置换术后功能恢复的影响", "社区高血压患者用药依从性调查", "彩色多普勒超声在甲状腺结节鉴别诊断中的价值"),
    "agri": ("不同施氮水平对冬小麦产量及氮素利用效率的影响", "黄河三角洲盐碱地冬枣品质评价", "设施番茄连作障碍土壤微生物群落特征",
             "秸秆还田方式对玉米田土壤有机碳的影响", "鲁西黄牛育肥期日粮能量水平研究"),
    "eng": ("黄泛区粉土路基动力压实特性试验研究", "基于BIM的装配式建筑施工进度管理", "中小河流堤防渗透稳定性分析",
            "城市雨水管网溢流风险评估方法", "既有砌体结构抗震加固效果数值模拟"),
    "edu": ("核心素养导向的初中数学大单元教学实践", "农村小学整本书阅读现状调查与对策", "中职学校产教融合育人模式探索",
            "高中物理探究性实验教学的设计与实施", "教师数字素养的结构与提升路径"),
}  # fmt: skip
DEPTS = (
    "农学院",
    "医学院",
    "土木工程学院",
    "教育学院",
    "资源与环境学院",
    "护理学院",
    "水利工程学院",
    "动物科技学院",
)
ZIPS = {"德州": "253023", "烟台": "264005", "开封": "475004", "泰安": "271018", "益阳": "413000"}
KEYWORDS = ("影响因素", "对策", "试验研究", "评价", "产量", "护理", "教学设计", "数值模拟", "调查", "模式")


def _article(ctx: Ctx) -> tuple[str, list[str], list[str]]:
    """(title, authors, affiliations with their province, city and post code)"""
    r = ctx.rng
    key, _ = P.field_of_work(r)
    title = r.choice(ARTICLES[key])
    authors = P.people(r, r.randint(1, 5))
    affs = []
    for _ in range(r.randint(1, min(2, len(authors)))):
        pl = P.place(r)
        affs.append(f"{P.college(r, pl)} {r.choice(DEPTS)}，{pl.province} {pl.city} {ZIPS[pl.city]}")
    return title, authors, affs


def _issue(ctx: Ctx) -> tuple[int, int, int, int]:
    r = ctx.rng
    year = r.randint(2016, 2024)
    return year, r.randint(20, 48), r.randint(1, 12), r.randint(1, 400)


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    r = ctx.rng
    j = P.journal(r)
    year, vol, iss, page0 = _issue(ctx)
    title, authors, affs = _article(ctx)
    claim = (r.choice(authors), year)
    levels = list(j.base_levels)
    people = ranked(authors, "author")
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
              "journal.levels"]  # fmt: skip
    volume: str | None = str(vol)
    pages: list[Page] = []

    def opening(pg: Page, numbered: bool) -> None:
        if numbered:
            t(pg, ctx, 18, 12, f"{j.name}　{year}，{vol}（{iss}）：{page0}-{page0 + r.randint(4, 9)}", 9)
            t(pg, ctx, pg.w - 18, 12, f"ISSN {j.issn}　CN {j.cn}", 9, "r")
        else:
            t(pg, ctx, 18, 12, f"第{vol}卷 第{iss}期", 9)
            t(pg, ctx, pg.w / 2, 12, j.name, 9.5, "c", True)
            t(pg, ctx, pg.w - 18, 12, f"{year}年{r.randint(1, 12)}月", 9, "r")
            t(pg, ctx, 18, 17, f"ISSN {j.issn}", 8.5, color=GREY)
            t(pg, ctx, pg.w - 18, 17, f"CN {j.cn}", 8.5, "r", color=GREY)
        pg.line(18, 22, pg.w - 18, 22, 0.5)
        if numbered:
            t(pg, ctx, 18, 25, f"DOI：10.{r.randint(11000, 13999)}/j.cnki.{r.randint(1000, 9999)}.{year}.{iss:02d}.0{r.randint(10, 99)}",
              8, color=GREY)  # fmt: skip
        y = 36.0
        for ln in _title_lines(title, ctx, 17, 150):
            t(pg, ctx, pg.w / 2, y, ln, 17, "c", True)
            y += lh(17, 1.5)
        y += 3
        multi = len(affs) > 1
        tags = [str(1 + (i % len(affs))) if multi else "" for i in range(len(authors))]
        if numbered:
            spaced = ["\u3000".join(a) if len(a) == 2 else a for a in authors]
            t(pg, ctx, pg.w / 2, y, "，".join(s + tg for s, tg in zip(spaced, tags, strict=True)), 12.5, "c")
        else:
            parts: list[tuple[str, bool]] = []
            for i, (a, tg) in enumerate(zip(authors, tags, strict=True)):
                parts += (
                    [(a, False)]
                    + ([(tg, True)] if tg else [])
                    + ([("　", False)] if i < len(authors) - 1 else [])
                )
            pg.runs(pg.w / 2, y, parts, 12.5, ctx.body)
        y += lh(12.5, 1.9)
        aff = "；".join(f"{i + 1}. {a}" if multi else a for i, a in enumerate(affs))
        y = _centred_wrap(pg, ctx, y, f"（{aff}）", 9.5, 160)
        abstract = ("摘　要：为明确相关因素的作用，本研究采用田间试验与问卷调查相结合的方法，对样本数据进行统计分析。"
                    "结果表明，各处理间差异显著，综合措施效果优于单一措施。该结果可为实际工作提供参考。")  # fmt: skip
        y = para(pg, ctx, 24, y + 4, 162, abstract, 10, indent=False, lead=1.6)
        y = para(pg, ctx, 24, y + 1, 162, "关键词：" + "；".join(r.sample(KEYWORDS, 4)), 10, indent=False)
        cls = f"中图分类号：{r.choice(('S512.1', 'R473', 'TU753', 'G633.6', 'S858'))}　文献标志码：A"
        if numbered:
            cls += f"　文章编号：{j.issn}({year}){iss:02d}-{page0:04d}-0{r.randint(4, 9)}"
        t(pg, ctx, 24, y + 1, cls, 9)
        pg.line(18, 252, 80, 252, 0.3)
        first = authors[0]
        t(
            pg,
            ctx,
            18,
            255,
            f"收稿日期：{year - (iss < 3)}-{(iss - 2) % 12 + 1:02d}-{r.randint(1, 28):02d}",
            8,
        )
        fund = r.choice(("山东省自然科学基金", "河南省科技攻关", "湖南省教育厅科学研究"))
        t(pg, ctx, 18, 260, f"基金项目：{fund}项目（{year - 2}{r.randint(100, 999)}）", 8)
        t(
            pg,
            ctx,
            18,
            265,
            f"作者简介：{first}（{r.randint(1968, 1995)}—），{r.choice('男女')}，硕士，主要从事相关研究。",
            8,
        )

    if v in ("opening", "numbered"):
        pg = a4()
        opening(pg, v == "numbered")
        pages = [pg]
    elif v in ("frontcover", "coverplus"):
        body, level = P.supervising(r, j)
        levels = levels + [level]
        host = ctx.pick(
            "host", P.UNIVERSITIES + ("中国农业科学院", "中华医学会", "中国水利学会", "中国教育学会")
        )
        pg = a4()
        pg.rect(0, 0, pg.w, 80, 0, fill=(24, 70, 120))
        t(pg, ctx, pg.w / 2, 28, j.name, 40 if len(j.name) <= 6 else 28, "c", True, (255, 255, 255))
        t(pg, ctx, pg.w / 2, 62, f"{year}年 第{iss}期" + (f"　第{vol}卷" if v == "frontcover" else ""), 14, "c",
          color=(255, 255, 255))  # fmt: skip
        if v == "coverplus":
            volume = None
        y = 96.0
        if v == "frontcover":
            t(pg, ctx, 30, y, "本期要目", 15, bold=True)
            y += 11
            others = P.people(r, 6)
            entries = [(title, authors)] + [(tt, [others[i]]) for i, tt in enumerate(r.sample(
                [a for ts in ARTICLES.values() for a in ts if a != title], 3))]  # fmt: skip
            r.shuffle(entries)
            for tt, au in entries:
                y = para(pg, ctx, 34, y, 145, tt, 11.5, indent=False, lead=1.5)
                t(pg, ctx, pg.w - 30, y, "　".join(au), 10.5, "r", color=GREY)
                y += lh(10.5, 2.0)
            scored = [s for s in scored if s not in ("title", "people")]
            scored.append("journal.volume")
        t(pg, ctx, 30, 238, f"主管：{body}", 11)
        t(pg, ctx, 30, 245, f"主办：{host}", 11)
        t(pg, ctx, 30, 256, f"ISSN {j.issn}", 12, bold=True)
        t(pg, ctx, 30, 264, f"CN {j.cn}", 12, bold=True)
        pg.rect(pg.w - 62, 240, pg.w - 24, 266, 0.4)
        for i in range(24):
            pg.line(pg.w - 60 + i * 1.5, 242, pg.w - 60 + i * 1.5, 262, 0.3 + 0.4 * (i % 3 == 0))
        pages = [pg]
        if v == "coverplus":
            p2 = a4()
            opening(p2, r.random() < 0.5)
            pages.append(p2)
            volume = str(vol)
            scored.append("journal.volume")
    elif v == "contents":
        pg = a4()
        show_body = r.random() < 0.5
        t(pg, ctx, pg.w / 2, 16, f"{j.name}", 18, "c", True)
        t(pg, ctx, pg.w / 2, 26, f"第{vol}卷　第{iss}期　{year}年", 11, "c")
        t(pg, ctx, pg.w / 2, 36, "目　　次", 15, "c", True)
        pg.line(20, 44, pg.w - 20, 44, 0.6)
        others = [a for ts in ARTICLES.values() for a in ts if a != title]
        entries = [(title, authors)] + [(tt, P.people(r, r.randint(1, 3))) for tt in r.sample(others, 6)]
        r.shuffle(entries)
        y, p = 50.0, page0
        for tt, au in entries:
            t(pg, ctx, 24, y, tt, 11)
            t(pg, ctx, pg.w - 22, y, str(p), 11, "r")
            dots = pg.w - 30 - 24 - width_mm(tt, ctx.body, 11)
            if dots > 8:
                t(pg, ctx, pg.w - 28, y, "·" * int(dots / 1.9), 9, "r", color=GREY)
            t(pg, ctx, 30, y + 6.2, "，".join(au), 9.5, color=GREY)
            y += 16
            p += r.randint(4, 9)
        y += 4
        if show_body:
            body, level = P.supervising(r, j)
            levels = levels + [level]
            t(pg, ctx, 24, y, f"主管单位：{body}", 10)
            y += 6
        t(pg, ctx, 24, y, f"国际标准连续出版物号：ISSN {j.issn}", 10)
        t(pg, ctx, 24, y + 6, f"国内统一连续出版物号：CN {j.cn}", 10)
        scored = [s for s in scored if s not in ("title", "people")] + ["journal.volume"]
        pages = [pg]
    else:  # database: a literature database's record page
        pg = Page(297.0, 200.0, bg=(255, 255, 255))
        pg.rect(0, 0, pg.w, 16, 0, fill=(30, 90, 160))
        t(pg, ctx, 12, 4.5, "学术文献总库", 12, bold=True, color=(255, 255, 255))
        t(pg, ctx, 200, 5, "文献检索　｜　期刊导航　｜　个人中心", 9, color=(235, 235, 235))
        y = 26.0
        y = para(pg, ctx, 20, y, 190, title, 15, indent=False, lead=1.4)
        t(pg, ctx, 20, y + 1, "　".join(authors), 11, color=(30, 90, 160))
        y += 9
        y = para(pg, ctx, 20, y, 190, "；".join(a.split("，")[0] for a in affs), 9.5, indent=False)
        y = para(pg, ctx, 20, y + 3, 190, "摘要：以实际数据为基础，采用对比分析的方法探讨了主要影响因素，"
                                          "提出了相应的改进措施，为同类工作提供了参考。", 10, indent=False)  # fmt: skip
        y = para(pg, ctx, 20, y + 1, 190, "关键词：" + "；".join(r.sample(KEYWORDS, 3)), 10, indent=False)
        t(
            pg,
            ctx,
            20,
            y + 3,
            f"下载：{r.randint(20, 900)}　页码：{page0}-{page0 + 6}　页数：7",
            9,
            color=GREY,
        )
        pg.rect(222, 24, 284, 96, 0.2, (210, 210, 210), fill=(247, 249, 252))
        t(pg, ctx, 226, 28, "期刊信息", 10.5, bold=True)
        t(pg, ctx, 226, 38, j.name, 10, color=(30, 90, 160))
        t(pg, ctx, 226, 46, f"{year}年{iss:02d}期", 9.5)
        t(pg, ctx, 226, 54, f"ISSN：{j.issn}", 9.5)
        t(pg, ctx, 226, 61, f"CN：{j.cn}", 9.5)
        volume = None
        pages = [pg]
    if "journal.volume" not in scored and volume is not None and v in ("opening", "numbered"):
        scored.append("journal.volume")
    jr = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": volume, "issue": str(iss),
          "levels": levels}  # fmt: skip
    return build(ctx, "journal_article", "journal", v, pages, dict(title=title, people=people, journal=jr),
                 scored, claim)  # fmt: skip


def _title_lines(s: str, ctx: Ctx, size: float, width: float) -> list[str]:
    if width_mm(s, ctx.bold, size) <= width:
        return [s]
    cut = len(s) // 2
    return [s[:cut], s[cut:]]


def _centred_wrap(pg: Page, ctx: Ctx, y: float, s: str, size: float, width: float) -> float:
    lines, cur = [], ""
    for ch in s:
        if cur and width_mm(cur + ch, ctx.body, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    for ln in lines:
        t(pg, ctx, pg.w / 2, y, ln, size, "c")
        y += lh(size, 1.5)
    return y


# ---- books ----------------------------------------------------------------------------------
BOOKS = {
    "med": ("基层慢性病管理实用手册", "临床护理技术操作规范", "常见病中医适宜技术", "社区康复护理指导"),
    "agri": ("设施蔬菜病虫害绿色防控图谱", "黄淮海小麦高产栽培技术", "肉羊标准化养殖技术", "果园土肥水管理"),
    "eng": ("装配式混凝土结构施工技术", "中小型水库运行管理", "市政道路工程质量通病防治", "建筑节能工程检测"),
    "edu": (
        "初中数学单元教学设计案例",
        "中小学心理健康教育指导",
        "职业教育课程开发实务",
        "小学语文阅读教学策略",
    ),
}
DISTRICTS = {"北京": ("东城区", "西城区", "朝阳区", "海淀区"), "济南": ("历下区", "市中区", "槐荫区"),
             "郑州": ("金水区", "郑东新区", "二七区"), "长沙": ("开福区", "芙蓉区", "岳麓区")}  # fmt: skip
STREETS = ("文化路", "建设路", "科技路", "人民路", "胜利大街")
ROLE = {"主编": "editor_in_chief", "副主编": "deputy_editor", "编委": "editorial_board", "著": "author"}


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    r = ctx.rng
    key, _ = P.field_of_work(r)
    title = r.choice(BOOKS[key])
    pub, prefix, city = r.choice(P.PUBLISHERS)
    year, mo, ed = r.randint(2015, 2024), r.randint(1, 12), r.choice((1, 1, 1, 2))
    number = P.isbn(r, prefix)
    edition = f"{year}年{mo}月第{ed}版"
    chief = P.people(r, r.randint(1, 2))
    deputies = P.people(r, r.randint(0, 3))
    board = P.people(r, r.randint(3, 6))
    deputies = [d for d in deputies if d not in chief]
    board = [b for b in board if b not in chief + deputies]
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    print_run = f"{year}年{mo}月第{r.randint(1, 3) if ed == 1 else 1}次印刷"
    cip_no = f"中国版本图书馆CIP数据核字（{year}）第{r.randint(10000, 299999)}号"
    price = f"{r.randint(28, 98)}.00元"

    def copyright_block(pg: Page, y: float, by: str) -> float:
        t(pg, ctx, 24, y, "图书在版编目（CIP）数据", 11, bold=True)
        y += 8
        y = para(pg, ctx, 24, y, 162, f"{title}/{by}. —{city}：{pub}，{year}.{mo}", 10.5)
        y = para(pg, ctx, 24, y, 162, f"ISBN {number}", 10.5)
        y = para(pg, ctx, 24, y, 162, f"Ⅰ.①{title[:2]}…　Ⅱ.①{by[:2]}…　Ⅲ.①{title[-4:]}　Ⅳ.①{r.choice(('S', 'R', 'TU', 'G'))}"
                                      f"{r.randint(100, 900)}", 10.5)  # fmt: skip
        t(pg, ctx, 24, y + 2, cip_no, 10.5)
        y += 12
        pg.line(24, y, 186, y, 0.3)
        rows = [("责任编辑", "、".join(P.people(r, 2))), ("出版发行", f"{pub}（{city}市{r.choice(DISTRICTS[city])}）"),
                ("印　　刷", f"{city}{r.choice(('新华', '华兴', '恒通'))}印刷有限公司"),
                ("开　　本", f"787 mm×1092 mm　1/16　印张 {r.randint(10, 30)}　字数 {r.randint(200, 600)}千字"),
                ("版　　次", f"{edition}　{print_run}"), ("书　　号", f"ISBN {number}"), ("定　　价", price)]  # fmt: skip
        y += 5
        for lab, val in rows:
            t(pg, ctx, 24, y, lab, 10)
            t(pg, ctx, 48, y, val, 10)
            y += lh(10, 1.8)
        return y

    def editors_list() -> list[tuple[str, list[str]]]:
        out = [("主编", chief)]
        if deputies:
            out.append(("副主编", deputies))
        out.append(("编委", board))
        return out

    def ranked_editors(groups: list[tuple[str, list[str]]]) -> list[dict]:
        pl, n = [], 0
        for lab, names in groups:
            for nm in names:
                n += 1
                pl.append({"name": nm, "rank": n, "role": ROLE[lab]})
        return pl

    groups = editors_list()
    by = "、".join(chief) + "主编"
    fields = dict(title=title, issuer=pub, issued_on=f"{year}-{mo:02d}",
                  book={"isbn": number, "publisher": pub, "edition": edition})  # fmt: skip

    if v == "cover":
        pg = a4()
        pg.bg = r.choice(((236, 244, 236), (240, 236, 226), (228, 236, 246)))
        pg.rect(0, 70, pg.w, 130, 0, fill=(60, 110, 80))
        t(pg, ctx, pg.w / 2, 86, title, 30 if len(title) < 10 else 24, "c", True, (255, 255, 255))
        y = 160.0
        for lab, names in groups[:2]:
            t(pg, ctx, pg.w / 2, y, f"{lab}　" + "　".join(names), 14, "c")
            y += 10
        t(pg, ctx, pg.w / 2, 262, pub, 15, "c", True)
        ppl = ranked_editors(groups[:2])
        fields = dict(title=title, issuer=pub, issued_on=None, book={"isbn": None, "publisher": pub, "edition": None},
                      people=ppl)  # fmt: skip
        return build(ctx, "book", "book", v, [pg], fields, ["title", "people", "issuer", "book.publisher"],
                     (r.choice([p["name"] for p in ppl]), year))  # fmt: skip

    if v == "cip":
        pg = a4()
        copyright_block(pg, 120, by)
        ppl = ranked_editors([("主编", chief)])
        pages = [pg]
    elif v == "flyleaf":
        pg = a4()
        t(pg, ctx, pg.w / 2, 70, title, 26, "c", True)
        y = 120.0
        for lab, names in groups:
            t(
                pg,
                ctx,
                60,
                y,
                ("主　编" if lab == "主编" else "编　委" if lab == "编委" else lab),
                12.5,
                "l",
                True,
            )
            y = para(pg, ctx, 84, y, 80, "　".join(names), 12.5, indent=False, lead=1.8) + 3
        t(pg, ctx, pg.w / 2, 250, pub, 15, "c")
        t(pg, ctx, pg.w / 2, 259, f"· {city} ·", 12, "c")
        p2 = a4()
        copyright_block(p2, 110, by)
        ppl = ranked_editors(groups)
        pages = [pg, p2]
    elif v == "translated":
        nat, cname, orig = r.choice(P.FOREIGN)
        trans = P.people(r, r.randint(1, 3))
        pg = a4()
        t(pg, ctx, pg.w / 2, 40, title, 22, "c", True)
        t(pg, ctx, pg.w / 2, 56, f"〔{nat}〕{cname}　著", 13, "c")
        t(pg, ctx, pg.w / 2, 66, "　".join(trans) + "　译", 13, "c")
        t(pg, ctx, pg.w / 2, 78, f"Original title by {orig}", 10, "c", color=GREY)
        t(pg, ctx, 24, 104, f"著作权合同登记号　图字：01-{year - 1}-{r.randint(1000, 9999)}", 10)
        copyright_block(pg, 116, f"（{nat}）{cname}著；" + "，".join(trans) + "译")
        ppl = [{"name": cname, "rank": 1, "role": "author"}] + [
            {"name": n, "rank": i + 2, "role": "translator"} for i, n in enumerate(trans)
        ]
        pages = [pg]
    elif v == "board":
        pg = a4()
        t(pg, ctx, pg.w / 2, 28, f"《{title}》编委会", 17, "c", True)
        y = 48.0
        for lab, names in groups:
            head = {"主编": "主　　编", "副主编": "副 主 编", "编委": "编　　委"}[lab]
            t(pg, ctx, 36, y, head, 12.5, bold=True)
            y = para(pg, ctx, 64, y, 110, "　".join(names), 12.5, indent=False, lead=1.8)
            if lab == "编委":
                t(pg, ctx, 64, y, "（按姓氏笔画排序）", 10, color=GREY)
                y += 7
            y += 4
        pg.line(24, 150, 186, 150, 0.5)
        y = 156.0
        for lab, val in (("出版发行", pub), ("版　　次", edition), ("印　　次", print_run),
                         ("书　　号", f"ISBN {number}"), ("定　　价", price)):  # fmt: skip
            t(pg, ctx, 24, y, f"{lab}：{val}", 10.5)
            y += 7
        ppl = ranked_editors(groups)
        pages = [pg]
    else:  # solo: a monograph by its authors
        authors = chief
        pg = a4()
        y = 90.0
        for lab, val in (("书　　名", title), ("作　　者", "　".join(authors) + "　著"), ("出版发行", pub),
                         ("地　　址", f"{city}市{r.choice(DISTRICTS[city])}{r.choice(STREETS)}{r.randint(1, 99)}号"),
                         ("版　　次", edition), ("印　　次", print_run), ("规　　格", "710 mm×1000 mm　16开"),
                         ("书　　号", f"ISBN {number}"), ("定　　价", price)):  # fmt: skip
            t(pg, ctx, 34, y, f"{lab}：", 11)
            t(pg, ctx, 60, y, val, 11)
            y += 8.5
        t(pg, ctx, 34, y + 10, "版权所有　侵权必究", 10, color=GREY)
        ppl = ranked(authors, "author")
        pages = [pg]
    fields["people"] = ppl
    return build(ctx, "book", "book", v, pages, fields, scored, (r.choice([p["name"] for p in ppl]), year))
