"""draw 53's paper-like builders: journal articles, books, patent certificates, award certificates and
project completion certificates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind53 import kit
from bench.blind53.certs import GREY_, dstyle, make, unit_of
from bench.blind53.kit import RED, lh
from bench.blind53.pools import (
    CITY,
    JOURNALS,
    ORGS,
    PROFESSIONS,
    PROVINCE,
    PUBLISHERS,
    Ctx,
    fmt_date,
    hanzi_date,
    iso,
    isbn,
    patent_number,
    pinyin_name,
    serial,
)
from bench.generator.truth import person

VOL_BASE = {"华西口腔医学杂志": 1982, "国际口腔医学杂志": 1973, "中国粮油学报": 1985, "水产学报": 1976,
            "渔业科学进展": 1979, "海洋渔业": 1978, "城市规划": 1976, "国际城市规划": 1985,
            "中国安全科学学报": 1990, "燃烧科学与技术": 1994, "声学学报": 1975, "通信学报": 1979,
            "交通运输系统工程与信息": 2000, "食品科学": 1979}  # fmt: skip
EN_JOB = {
    "dental": "dental prosthesis",
    "grain": "grain storage",
    "aquaculture": "pond aquaculture",
    "planning": "urban planning",
    "fire": "fire safety",
    "broadcast": "broadcasting coverage",
    "port": "inland port logistics",
}
CLC = {
    "dental": "R783",
    "grain": "S379",
    "broadcast": "TN93",
    "special_ed": "G76",
    "aquaculture": "S96",
    "fire": "TU998.1",
    "planning": "TU984",
    "rural_doctor": "R4",
    "port": "F252",
    "coach": "G808",
}
EN_CITY = {"kaifeng": "Kaifeng", "taian": "Tai'an"}
POST = {"kaifeng": ("河南 开封", "4750"), "taian": ("山东 泰安", "2710")}


def _affil(ctx: Ctx) -> str:
    c = ctx.city()
    return ctx.choice(
        (unit_of(ctx), ctx.choice(ORGS[c]["university"]) + ctx.choice(("", "继续教育学院", "实验中心")))
    )


def _footer_bio(ctx: Ctx, name: str, job: str) -> str:
    c = ctx.city()
    place = f"{PROVINCE[c][:2]}{ctx.choice(ORGS[c]['county'])[:2]}"
    return (
        f"作者简介：{name}（{ctx.rng.randint(1972, 1994)}—），{ctx.choice('男女')}，{place}人，"
        f"{ctx.choice(('工程师', '高级工程师', '主治医师', '讲师', '副研究员'))}，主要从事{job}方面的研究。"
        f"E-mail：{pinyin_name(name).replace(' ', '').lower()}{ctx.rng.randint(10, 99)}@163.com"
    )


# ---- journal_article -----------------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("journal_article")
    j = ctx.choice(JOURNALS)
    ctx._prof = j["prof"]
    job = PROFESSIONS[j["prof"]]["job"]
    y = ctx.year()
    monthly = ctx.chance(0.6)
    issue = ctx.rng.randint(1, 12 if monthly else 6)
    vol = str(y - VOL_BASE[j["name"]]) if j["name"] in VOL_BASE else None
    title = ctx.choice(j["titles"])
    n = ctx.choice((1, 2, 3, 3, 4))
    authors = ctx.names(n)
    aff = [_affil(ctx) for _ in range(ctx.choice((1, 2)) if n > 1 else 1)]
    marks = [str(1 + (i % len(aff))) if len(aff) > 1 else "" for i in range(n)]
    people = [person(a, i + 1, "author") for i, a in enumerate(authors)]
    journal = {
        "name": j["name"],
        "issn": j["issn"],
        "cn": j["cn"],
        "year": y,
        "volume": vol,
        "issue": str(issue),
        "levels": list(j["levels"]),
    }
    fields = {"title": title, "people": people, "journal": journal}
    jscored = [
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    jscored += ["journal.volume"] if vol else []
    page0 = ctx.rng.randint(12, 160)
    colon = ctx.pick("t53.colon")
    pages: list[Page] = []
    vol_s = f"第{vol}卷" if vol else ""
    total = f"（总第{(y - 1956) * (12 if monthly else 6) + issue}期）" if not vol else ""

    def first_page(bilingual: bool) -> Page:
        pg = kit.portrait()
        pg.text(18, 12, f"{vol_s}第{issue}期{total}", 8.5, ctx.body)
        pg.text(pg.w / 2, 12, j["name"], 8.5, ctx.body, "c")
        pg.text(pg.w - 18, 12, f"{y}年{issue if monthly else issue * 2}月", 8.5, ctx.body, "r")
        pg.text(18, 17, f"{'Vol.' + vol + ' ' if vol else ''}No.{issue}", 8, ctx.body)
        pg.text(pg.w / 2, 17, j["en"], kit.fit(j["en"], ctx.body, 8, 90), ctx.body, "c")
        pg.text(pg.w - 18, 17, f"ISSN {j['issn']}  CN {j['cn']}", 8, ctx.body, "r")
        pg.line(18, 22, pg.w - 18, 22, 0.5)
        pg.text(
            18,
            25,
            f"文章编号{colon}{j['issn']}({y}){issue:02d}-{page0:04d}-{ctx.rng.randint(5, 9):02d}",
            7.5,
            ctx.body,
        )
        yy = kit.title_lines(pg, ctx, 34, title, 19, pg.w - 40)
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            sup = marks[i] + ("*" if i == n - 1 and n > 1 and ctx.chance(0.5) else "")
            if sup:
                parts.append((sup, True))
            if i < n - 1:
                parts.append(("，", False))
        yy = pg.runs(pg.w / 2, yy + 1, parts, 13, ctx.body)
        post = POST[ctx.city()]
        aff_s = "；".join(
            f"{i + 1}. {a}，{post[0]} {post[1]}{ctx.rng.randint(0, 9)}{ctx.rng.randint(0, 9)}"
            if len(aff) > 1
            else f"{a}，{post[0]} {post[1]}{ctx.rng.randint(10, 99)}"
            for i, a in enumerate(aff)
        )
        yy = pg.wrap(30, yy, pg.w - 60, f"（{aff_s}）", 9, ctx.body, 1.5)
        abs_s = (
            f"摘要：为探讨{title[:8]}的关键问题，以{CITY[ctx.city()]}{ctx.choice(ORGS[ctx.city()]['county'])}为研究区域，"
            f"采用现场试验与统计分析相结合的方法开展研究。结果表明，所提方法可有效提升{job}工作质量，可为同类工作提供参考。"
        )
        yy = pg.wrap(24, yy + 3, pg.w - 48, abs_s, 9.5, ctx.body, 1.55)
        yy = pg.wrap(24, yy, pg.w - 48, f"关键词：{job}；{title[:4]}；试验；评价", 9.5, ctx.body, 1.55)
        pg.text(24, yy, f"中图分类号：{CLC[j['prof']]}    文献标志码：A", 9, ctx.body)
        yy += 7
        if bilingual:
            yy = kit.title_lines(
                pg,
                ctx,
                yy + 2,
                f"Study on key techniques of {EN_JOB[j['prof']]} in {EN_CITY[ctx.city()]}",
                12,
                pg.w - 40,
                True,
            )
            by = ", ".join(
                pinyin_name(a, ctx.chance(0.5)) + (marks[i] and f"({marks[i]})")
                for i, a in enumerate(authors)
            )
            yy = kit.ctext(pg, ctx, yy, by, 10)
            yy = kit.ctext(pg, ctx, yy, f"({EN_CITY[ctx.city()]} {post[1]}00, China)", 8.5)
            yy = pg.wrap(
                24,
                yy + 1,
                pg.w - 48,
                "Abstract: This paper studies the problem with field tests and "
                "statistical analysis. The results provide a reference for practice.",
                8.5,
                ctx.body,
                1.5,
            )
            yy += 3
        pg.line(18, yy, pg.w - 18, yy, 0.3)
        colw = (pg.w - 36 - 6) / 2
        body = (
            "0　引言" + f"　　近年来，{job}领域的新技术、新工艺不断涌现，基层单位在实际工作中仍面临设备老化、"
            "标准执行不到位等问题。已有研究多集中于大型单位，针对县域基层的系统观测资料较少，"
            "相关参数的取值多依赖经验。为此，本文以典型单位为对象，连续开展了现场观测与对比试验，"
            "分析了主要影响因素及其变化规律，并提出了相应的改进措施，以期为同类单位提供参考。"
            "1　材料与方法　1.1　试验对象　试验选取3个代表性单位，分别设置对照组与处理组，每组设3次重复。"
            "1.2　测定指标与方法　按照现行国家标准和行业标准规定的方法测定各项指标，数据采用SPSS软件进行方差分析，"
            "差异显著性水平取P<0.05。1.3　数据处理　试验数据以平均值±标准差表示，多重比较采用Duncan法。"
        )
        ybot = pg.h - 60
        x = 18
        cur, yl = "", yy + 4
        for ch in body:
            if width_mm(cur + ch, ctx.body, 9.5) > colw:
                pg.text(x, yl, cur, 9.5, ctx.body)
                cur, yl = ch, yl + lh(9.5, 1.55)
                if yl > ybot:
                    if x > 18:
                        break
                    x, yl = 18 + colw + 6, yy + 4
            else:
                cur += ch
        pg.line(18, pg.h - 52, 80, pg.h - 52, 0.3)
        recv = dt.date(y - (1 if issue < 4 else 0), ((issue + 5) % 12) + 1, ctx.rng.randint(1, 28))
        notes = [
            f"收稿日期：{fmt_date(recv, 'dash0')}",
            f"基金项目：{ctx.choice(ORGS[ctx.city()]['kj'])}科技计划项目（{y - 1}{ctx.choice(('GG', 'NS', 'ZD'))}{ctx.rng.randint(100, 999)}）",
            _footer_bio(ctx, authors[0], job),
        ]
        if n > 1:
            notes.append(
                f"通信作者：{authors[-1]}，E-mail：{pinyin_name(authors[-1]).replace(' ', '').lower()}@126.com"
            )
        yy = pg.h - 49
        for s in notes:
            yy = pg.wrap(18, yy, pg.w - 36, s, 7.8, ctx.body, 1.5)
        pg.text(pg.w / 2, pg.h - 10, str(page0), 8.5, ctx.body, "c")
        return pg

    def cover() -> Page:
        pg = kit.portrait()
        pg.bg = (236, 244, 248) if ctx.chance(0.5) else (250, 246, 238)
        pg.rect(0, 0, pg.w, 60, 0.0, (40, 80, 130), (40, 80, 130))
        pg.text(
            pg.w / 2,
            14,
            j["name"],
            kit.fit(j["name"], ctx.bold, 40, pg.w - 30),
            ctx.bold,
            "c",
            (255, 255, 255),
        )
        pg.text(
            pg.w / 2,
            40,
            j["en"].upper(),
            kit.fit(j["en"].upper(), ctx.body, 12, pg.w - 30),
            ctx.body,
            "c",
            (230, 230, 230),
        )
        issue_s = f"{y}年 第{issue}期" + (f"　第{vol}卷" if vol else "")
        pg.text(pg.w / 2, 70, issue_s, 16, ctx.bold, "c")
        pg.text(pg.w - 20, 80, "月刊" if monthly else "双月刊", 10, ctx.body, "r")
        pg.text(20, 96, "本期要目", 13, ctx.bold)
        yy = 106
        neigh = [(t, ctx.names(ctx.choice((1, 2, 3)))) for t in _neighbour_titles(ctx, j, 3, title)]
        items = neigh[:1] + [(title, authors)] + neigh[1:]
        for t, who in items:
            pg.text(20, yy, t, kit.fit(t, ctx.body, 11, 120), ctx.body)
            pg.text(pg.w - 20, yy, "，".join(who), kit.fit("，".join(who), ctx.body, 10, 45), ctx.body, "r")
            yy += 10
        host = f"主办：{j['host']}"
        pg.text(20, pg.h - 40, host, 10.5, ctx.body)
        pg.text(20, pg.h - 32, f"ISSN {j['issn']}", 10.5, ctx.body)
        pg.text(20, pg.h - 25, f"CN {j['cn']}", 10.5, ctx.body)
        kit.barcode(ctx=ctx, pg=pg, x=pg.w - 62, y=pg.h - 42, w=40, h=16, digits=f"ISSN {j['issn']}")
        return pg

    if v in ("first_page", "bilingual_first_page"):
        pages.append(first_page(v == "bilingual_first_page"))
        scored = ["title", "people"] + jscored
    elif v == "cover":
        pages.append(cover())
        scored = jscored
    elif v == "toc":
        pg = kit.portrait()
        pg.text(18, 14, f"{j['name']}　{y}年{vol_s}第{issue}期", 9, ctx.body)
        pg.text(pg.w - 18, 14, f"ISSN {j['issn']} / CN {j['cn']}", 9, ctx.body, "r")
        yy = kit.ctext(pg, ctx, 26, "目　　次", 20, True)
        yy = kit.ctext(pg, ctx, yy - 2, "CONTENTS", 10)
        p = page0 - ctx.rng.randint(20, 60)
        entries = [(t, ctx.names(ctx.choice((1, 2, 3, 4)))) for t in _neighbour_titles(ctx, j, 7, title)]
        at = ctx.rng.randint(1, 5)
        entries.insert(at, (title, authors))
        sec = ctx.choice(("专题研究", "论著", "研究报告", "综述"))
        pg.text(20, yy + 3, f"·{sec}·", 11, ctx.bold)
        yy += 12
        for t, who in entries:
            pg.text(20, yy, t, kit.fit(t, ctx.body, 11, 125), ctx.body)
            pg.text(pg.w - 20, yy, f"（{p}）", 10, ctx.body, "r")
            pg.text(26, yy + 6, "　".join(who), 9, ctx.body, "l", (60, 60, 60))
            yy += 15
            p += ctx.rng.randint(4, 9)
        pg.text(
            pg.w / 2,
            pg.h - 12,
            f"期刊基本参数：{j['cn']}*{1950 + ctx.rng.randint(10, 40)}*{'m' if monthly else 'b'}*A4*"
            f"{ctx.rng.randint(120, 200)}*zh*P*¥{ctx.rng.randint(15, 40)}.00",
            7.5,
            ctx.body,
            "c",
            GREY_,
        )
        pages.append(pg)
        scored = jscored
    elif v == "database_printout":
        pg = kit.portrait()
        kit.browser_print(
            pg,
            ctx,
            f"{y + 1}/{ctx.rng.randint(1, 12)}/{ctx.rng.randint(1, 28)} 09:{ctx.rng.randint(10, 59)}",
            f"{title} - 文献详情",
            f"https://kns.{ctx.choice(('xueshu', 'wenxian', 'qkzx'))}.cn/detail?dbcode=CJFD&"
            f"filename={serial(ctx.rng, 'ZGLY', 8)}",
        )
        pg.rect(12, 14, pg.w - 12, 24, 0.0, (20, 60, 120), (20, 60, 120))
        pg.text(16, 16.5, "学术期刊文献服务平台", 11, ctx.bold, "l", (255, 255, 255))
        yy = kit.title_lines(pg, ctx, 32, title, 16, pg.w - 40)
        yy = kit.ctext(
            pg, ctx, yy, "　".join(a + (marks[i] and f"({marks[i]})") for i, a in enumerate(authors)), 11
        )
        yy = kit.ctext(pg, ctx, yy, "　".join(f"{i + 1}.{a}" for i, a in enumerate(aff)), 9)
        yy = pg.wrap(
            20,
            yy + 4,
            pg.w - 40,
            "摘要：本文以基层实际为背景，对相关技术进行了试验研究和效果评价，结果可为实践提供参考。",
            10,
            ctx.body,
            1.6,
        )
        vi = f"{y},{vol}({issue})" if vol else f"{y}({issue})"
        pairs = [
            ("来源期刊", f"{j['name']}"),
            ("年卷期", f"{vi}：{page0}-{page0 + ctx.rng.randint(4, 8)}"),
            ("ISSN", j["issn"]),
            ("CN", j["cn"]),
            (
                "收录",
                " ".join(
                    l.upper() if l == "cscd" else {"pku_core": "北大核心", "cssci": "CSSCI"}[l]
                    for l in j["levels"]
                ),
            ),
            (
                "DOI",
                f"10.{ctx.rng.randint(11000, 13999)}/j.issn.{j['issn']}.{y}.{issue:02d}.{ctx.rng.randint(1, 30):03d}",
            ),
        ]
        yy = kit.kv(pg, ctx, 20, yy + 4, pairs, 10.5, colon, 24, 1.9)
        pg.text(
            20,
            yy + 4,
            f"下载：{ctx.rng.randint(20, 600)}　被引：{ctx.rng.randint(0, 30)}",
            9.5,
            ctx.body,
            "l",
            GREY_,
        )
        pages.append(pg)
        scored = ["title", "people"] + jscored
    else:  # cover_and_first_page
        pages += [cover(), first_page(False)]
        scored = ["title", "people"] + jscored
    return make(ctx, "journal_article", v, pages, fields, scored, ctx.choice(authors), y)


def _neighbour_titles(ctx: Ctx, j: dict[str, Any], n: int, title: str) -> list[str]:
    mine = [t for jj in JOURNALS if jj["prof"] == j["prof"] for t in jj["titles"]]
    extra = [f"{p}的应用研究" for p in PROFESSIONS[j["prof"]]["projects"]] + [
        f"{t.replace('培训班', '').replace('培训', '')}现状与对策"
        for t in PROFESSIONS[j["prof"]]["trainings"]
    ]
    pool = [t for t in dict.fromkeys(mine + extra) if t != title and title not in t]
    ctx.rng.shuffle(pool)
    return pool[:n]


# ---- book ----------------------------------------------------------------------------------------------
CITY_OF = {
    "人民卫生出版社": "北京",
    "河南科学技术出版社": "郑州",
    "中国轻工业出版社": "北京",
    "化学工业出版社": "北京",
    "中国广播影视出版社": "北京",
    "华东师范大学出版社": "上海",
    "山东科学技术出版社": "济南",
    "中国农业出版社": "北京",
    "应急管理出版社": "北京",
    "中国建筑工业出版社": "北京",
    "人民交通出版社": "北京",
    "人民体育出版社": "北京",
}


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("book")
    prof = ctx.prof()
    title = ctx.choice(prof["books"])
    publisher, prefix = ctx.choice(PUBLISHERS[ctx.profession()])
    num = isbn(ctx.rng, prefix)
    y = ctx.year()
    month = ctx.rng.randint(1, 12)
    ed_n = ctx.choice((1, 1, 1, 2, 3))
    edition = f"{y}年{month}月第{ed_n}版"
    chief = ctx.names(ctx.choice((1, 1, 2)))
    deputy = ctx.names(ctx.choice((0, 1, 2, 3)))
    board = ctx.names(ctx.rng.randint(4, 9)) if v == "board_grid" or ctx.chance(0.3) else []
    if v == "phone_copyright":
        board = []
    roles = (
        [(n, "editor_in_chief") for n in chief]
        + [(n, "deputy_editor") for n in deputy]
        + [(n, "editorial_board") for n in board]
    )
    colon = ctx.pick("t53.colon")
    pages: list[Page] = []
    price = f"{ctx.rng.randint(28, 128)}.00元"
    city = CITY_OF.get(publisher, "北京")

    def copyright_page(pg: Page, x: float = 30, size: float = 10.5, with_deputy: bool = False) -> None:
        yy = 40 if pg.h > 250 else 18
        pg.text(x, yy, "图书在版编目（CIP）数据", size + 1, ctx.bold)
        yy += lh(size, 2.0)
        ed = (
            "，".join(chief)
            + "主编"
            + (("；" + "，".join(deputy) + "副主编") if with_deputy and deputy else "")
        )
        yy = pg.wrap(
            x, yy, pg.w - 2 * x, f"{title}/{ed}. —{city}：{publisher}，{y}.{month}", size, ctx.body, 1.7
        )
        pg.text(x, yy, f"ISBN {num}", size, ctx.body)
        yy += lh(size, 1.7)
        pg.text(
            x,
            yy,
            f"Ⅰ.①{title[:2]}…　Ⅱ.①{chief[0][:1]}…　Ⅲ.①{prof['job']}　Ⅳ.①{CLC[ctx.profession()]}",
            size,
            ctx.body,
        )
        yy += lh(size, 1.7)
        pg.text(
            x, yy, f"中国版本图书馆CIP数据核字（{y}）第{ctx.rng.randint(100000, 299999)}号", size, ctx.body
        )
        yy += lh(size, 1.6) + 2
        pg.line(x, yy, pg.w - x, yy, 0.3)
        yy += 6
        pairs = [
            ("责任编辑", ctx.name()),
            ("出版发行", publisher),
            (
                "地　　址",
                f"{city}市{ctx.choice(('朝阳区', '西城区', '金水区', '历下区', '普陀区'))}{ctx.rng.randint(1, 99)}号",
            ),
            ("印　　刷", f"{city}{ctx.choice(('华艺', '恒兴', '新华'))}印刷有限公司"),
            ("开　　本", ctx.choice(("787mm×1092mm　1/16", "710mm×1000mm　1/16", "850mm×1168mm　1/32"))),
            ("印　　张", f"{ctx.rng.randint(8, 30)}.{ctx.choice((0, 25, 5, 75))}"),
            ("字　　数", f"{ctx.rng.randint(180, 620)}千字"),
            ("版　　次", edition),
            ("印　　次", f"{y + ctx.choice((0, 1))}年{ctx.rng.randint(1, 12)}月第{ctx.choice((1, 2))}次印刷"),
            ("书　　号", f"ISBN {num}"),
            ("定　　价", price),
        ]
        kit.kv(pg, ctx, x, yy, pairs, size, colon if ctx.chance(0.5) else "　", 22, 1.75)
        pg.text(
            pg.w / 2, pg.h - 22 if pg.h > 250 else pg.h - 10, "版权所有　侵权必究", size - 1, ctx.body, "c"
        )

    def names_block(pg: Page, yy: float, size: float = 13) -> float:
        lines = [("主　编", chief), ("副主编", deputy)]
        for lab, who in lines:
            if who:
                pg.text(pg.w / 2, yy, f"{lab}　" + "　".join(who), size, ctx.body, "c")
                yy += lh(size, 1.9)
        if board:
            yy = kit.ctext(pg, ctx, yy + 2, "编　委（以姓氏笔画为序）", size - 1)
            cols = 4
            for i in range(0, len(board), cols):
                row = board[i : i + cols]
                for c_, n in enumerate(row):
                    pg.text(pg.w / 2 - 60 + c_ * 40 + 20, yy, n, size - 1, ctx.body, "c")
                yy += lh(size, 1.7)
        return yy

    def front_cover() -> Page:
        pg = kit.portrait()
        pg.bg = ctx.choice(((228, 238, 230), (238, 232, 220), (226, 232, 244)))
        pg.rect(0, 60, pg.w, 140, 0.0, (60, 100, 90), (60, 100, 90))
        series = ctx.choice(
            (f"{prof['job']}专业技术人员继续教育系列教材", "基层实用技术丛书", "“十四五”职业教育规划教材")
        )
        pg.text(
            pg.w / 2,
            28,
            f"{PROVINCE[ctx.city()]}{y}年度专业技术人员继续教育推荐用书",
            10,
            ctx.body,
            "c",
            (90, 90, 90),
        )
        pg.text(pg.w / 2, 40, series, 12, ctx.body, "c")
        sz = kit.fit(title, ctx.bold, 34, pg.w - 30)
        pg.text(pg.w / 2, 85, title, sz, ctx.bold, "c", (255, 255, 255))
        pg.text(pg.w / 2, 112, f"（第{ed_n}版）" if ed_n > 1 else "第1版", 14, ctx.body, "c", (255, 255, 255))
        pg.text(pg.w / 2, 165, "　".join(chief) + "　主编", 14, ctx.body, "c")
        if deputy:
            pg.text(pg.w / 2, 176, "副主编　" + "　".join(deputy), 12, ctx.body, "c")
        pg.text(pg.w / 2, pg.h - 30, publisher, 16, ctx.bold, "c")
        return pg

    if v == "cover":
        pages.append(front_cover())
        back = kit.portrait()
        back.bg = pages[0].bg
        back.text(30, 60, "内容简介", 13, ctx.bold)
        back.wrap(
            30,
            72,
            back.w - 60,
            f"本书系统介绍了{prof['job']}的基本理论、关键技术与实践案例，"
            "可供基层专业技术人员继续教育培训使用。",
            11,
            ctx.body,
            1.8,
        )
        kit.barcode(back, ctx, back.w - 80, back.h - 70, 50, 20)
        back.text(back.w - 55, back.h - 46, f"ISBN {num}", 10, ctx.body, "c")
        back.text(back.w - 55, back.h - 38, f"定价：{price}", 10, ctx.body, "c")
        pages.append(back)
        fields = {
            "title": title,
            "people": [],
            "issuer": publisher,
            "book": {"isbn": num, "publisher": publisher, "edition": f"第{ed_n}版"},
        }
    else:
        if v == "title_and_copyright":
            p1 = kit.portrait()
            kit.title_lines(p1, ctx, 60, title, 26, p1.w - 40)
            names_block(p1, 110)
            p1.text(p1.w / 2, p1.h - 40, publisher, 15, ctx.body, "c")
            p2 = kit.portrait()
            copyright_page(p2)
            pages += [p1, p2]
        elif v == "copyright_page":
            pg = kit.portrait()
            copyright_page(pg, with_deputy=True)
            pages.append(pg)
        elif v == "board_grid":
            p1 = kit.portrait()
            kit.ctext(p1, ctx, 36, f"《{title}》", 16)
            kit.ctext(p1, ctx, 48, "编 委 会", 22, True)
            names_block(p1, 72)
            p2 = kit.portrait()
            copyright_page(p2)
            pages += [p1, p2]
        elif v == "phone_copyright":
            pg = Page(150.0, 200.0, bg=(244, 240, 230))
            copyright_page(pg, 14, 8.5)
            pages.append(pg)
        else:  # cover_and_copyright
            pages.append(front_cover())
            p2 = kit.portrait()
            copyright_page(p2)
            pages.append(p2)
        fields = {
            "title": title,
            "issuer": publisher,
            "issued_on": f"{y}-{month:02d}",
            "book": {"isbn": num, "publisher": publisher, "edition": edition},
        }
    shown = {
        "cover": ("editor_in_chief", "deputy_editor"),
        "copyright_page": ("editor_in_chief", "deputy_editor"),
        "phone_copyright": ("editor_in_chief",),
        "cover_and_copyright": ("editor_in_chief", "deputy_editor"),
    }
    keep = shown.get(v, ("editor_in_chief", "deputy_editor", "editorial_board"))
    roles = [(n, r) for n, r in roles if r in keep]
    people = [person(n, i + 1, r) for i, (n, r) in enumerate(roles)]
    fields["people"] = people
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    return make(ctx, "book", v, pages, fields, scored, ctx.choice([p["name"] for p in people]), y)


# ---- patent_certificate --------------------------------------------------------------------------------
KIND_CN = {
    "invention": ("发明专利证书", "发明名称", "发明人", "二十年"),
    "utility_model": ("实用新型专利证书", "实用新型名称", "发明人", "十年"),
    "design": ("外观设计专利证书", "使用外观设计的产品名称", "设计人", "十五年"),
}
DESIGN_TITLES = (
    "义齿清洗机",
    "粮情测温终端",
    "应急广播音箱",
    "感统训练凳",
    "投饵机",
    "消防应急标志灯",
    "规划沙盘展示台",
    "出诊药箱",
    "集装箱锁扣",
    "足球训练标志盘",
)


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("patent_certificate")
    prof = ctx.prof()
    kind = "design" if v == "design_kind" else ctx.choice(("invention", "utility_model", "utility_model"))
    title = ctx.choice(DESIGN_TITLES) if kind == "design" else ctx.choice(prof["patents"])
    y = ctx.year()
    granted = ctx.date(y)
    lag = {
        "invention": ctx.rng.randint(520, 1100),
        "utility_model": ctx.rng.randint(150, 330),
        "design": ctx.rng.randint(90, 240),
    }[kind]
    applied = granted - dt.timedelta(days=lag)
    num, printed = patent_number(ctx.rng, applied.year, kind)
    n = ctx.choice((1, 2, 3, 3, 4, 5))
    inventors = ctx.names(n)
    people = [person(nm, i + 1, "inventor") for i, nm in enumerate(inventors)]
    c = ctx.city()
    owner = ctx.choice((unit_of(ctx), ctx.choice(ORGS[c]["university"]), inventors[0]))
    head, name_lab, inv_lab, term = KIND_CN[kind]
    if kind == "design" and granted < dt.date(2021, 6, 1):
        term = "十年"
    colon = ctx.choice(("：", ":"))
    ds = ctx.choice(("cn", "cn0", "cn0"))
    cert_no = f"第{ctx.rng.randint(1000000, 5999999)}号"
    pub = f"CN {ctx.rng.randint(100000000, 219999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    sep = ctx.choice(("；", "; ", "，", "　"))
    spaced = v == "spaced_labels" or ctx.chance(0.3)

    def lab(s: str) -> str:
        return kit.spaced(s) if spaced and len(s) <= 5 else s

    pairs = [
        (lab(name_lab), title),
        (lab(inv_lab), sep.join(inventors)),
        (lab("专利号"), printed),
        (lab("专利申请日"), fmt_date(applied, ds)),
        (lab("专利权人"), owner),
        (lab("授权公告日"), fmt_date(granted, ds)),
        (lab("授权公告号"), pub),
    ]
    pages: list[Page] = []

    def certificate(pg: Page, x: float = 30, size: float = 12.5) -> float:
        kit.border(pg, "2", (120, 130, 150))
        pg.text(pg.w / 2, 26, "中华人民共和国国家知识产权局", 10, ctx.body, "c", (90, 90, 90))
        yy = kit.ctext(pg, ctx, 38, head, 26, True)
        pg.text(pg.w / 2, yy + 2, f"证书号{cert_no}", 12, ctx.body, "c")
        yy += 16
        lw = max(width_mm(p[0] + colon, ctx.body, size) for p in pairs) + 3
        for p_lab, val in pairs:
            pg.text(x, yy, p_lab + colon, size, ctx.body)
            yy = pg.wrap(x + lw, yy, pg.w - 2 * x - lw, val, size, ctx.body, 1.9)
        yy += 6
        txt = (
            f"　　国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{head}并在专利登记簿上予以登记。"
            f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。"
        )
        yy = pg.wrap(x, yy, pg.w - 2 * x, txt, 11, ctx.body, 1.8)
        yy = pg.wrap(
            x,
            yy + 2,
            pg.w - 2 * x,
            "　　专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
            "国籍、地址变更等事项记载在专利登记簿上。",
            11,
            ctx.body,
            1.8,
        )
        pg.text(pg.w - 60, yy + 12, "局长", 12, ctx.body)
        kit.hand(pg, ctx, pg.w - 48, yy + 9, ctx.name(3), 18, (20, 20, 20))
        kit.seal(pg, ctx, pg.w - 48, yy + 13, "国家知识产权局", 18)
        return yy

    if v in ("standard", "spaced_labels", "design_kind"):
        pg = kit.portrait()
        certificate(pg)
        kit.page_no(pg, ctx, 1, 1, "di")
        pages.append(pg)
    elif v == "two_page":
        pg = kit.portrait()
        certificate(pg)
        pg.text(pg.w / 2, pg.h - 20, "第 1 页（共 2 页）", 9, ctx.body, "c")
        p2 = kit.portrait()
        kit.border(p2, "2", (120, 130, 150))
        p2.text(30, 30, "其他事项参见续页", 12, ctx.bold)
        p2.text(30, 42, "专利权人应当依照专利法及其实施细则规定缴纳年费。", 11, ctx.body)
        p2.text(30, 51, f"本专利的年费应当在每年{applied.month}月{applied.day}日前缴纳。", 11, ctx.body)
        p2.text(30, 66, "申请日时本专利记载的申请人、发明人信息如下：", 11, ctx.body)
        p2.text(30, 75, f"申请人{colon}{owner}", 11, ctx.body)
        p2.text(30, 84, f"{inv_lab}{colon}{'、'.join(inventors)}", 11, ctx.body)
        p2.text(p2.w / 2, p2.h - 20, "第 2 页（共 2 页）", 9, ctx.body, "c")
        pages += [pg, p2]
    elif v == "register_copy":
        pg = kit.portrait()
        yy = kit.ctext(pg, ctx, 24, "专利登记簿副本", 22, True)
        rows = [
            ["专利号", printed],
            ["申请日", fmt_date(applied, ds)],
            ["授权公告日", fmt_date(granted, ds)],
            ["专利类型", head.replace("证书", "")],
            ["发明创造名称", title],
            [inv_lab, "、".join(inventors)],
            ["专利权人", owner],
            ["法律状态", "专利权维持"],
            ["年费缴纳", f"已缴至第{ctx.rng.randint(1, 4)}年度"],
        ]
        yy = pg.table(25, yy + 6, [40, 120], rows, 10.5, ctx.body, 11)
        out = granted + dt.timedelta(days=ctx.rng.randint(60, 500))
        pg.text(pg.w - 30, yy + 20, "国家知识产权局", 12, ctx.body, "r")
        pg.text(pg.w - 30, yy + 29, f"出具日期：{fmt_date(out, 'cn')}", 11, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 55, yy + 22, "国家知识产权局专利局专用章", 18)
        pages.append(pg)
    else:  # phone_photo
        pg = Page(180.0, 250.0, bg=(235, 228, 214))
        certificate(pg, 22, 11)
        pages.append(pg)
    fields = {
        "title": title,
        "people": people,
        "issuer": "国家知识产权局",
        "issued_on": iso(granted),
        "patent": {"kind": kind, "number": num, "applied_on": iso(applied), "granted_on": iso(granted)},
    }
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
    who = ctx.choice(inventors[:3])
    return make(ctx, "patent_certificate", v, pages, fields, scored, who, y)


# ---- award_certificate ---------------------------------------------------------------------------------
GRADES = ("一等奖", "二等奖", "三等奖")


def _award(ctx: Ctx, v: str) -> dict[str, Any]:
    """Award name, giver, kind and level; the level is read from the giver's (and name's) 省/市/县 word."""
    c = ctx.city()
    prov, city = PROVINCE[c], CITY[c]
    prof = ctx.prof()
    if v == "social_science":
        tier = ctx.choice(("provincial", "municipal"))
        place = prov if tier == "provincial" else city
        giver = f"{place}人民政府" if tier == "provincial" else ORGS[c]["social"][1]
        return {
            "name": f"{place}社会科学优秀成果奖",
            "giver": giver,
            "kind": "social_science",
            "level": tier,
            "grade": ctx.choice(GRADES),
            "title": ctx.choice(prof["projects"]) + "（研究报告）"[:0],
        }
    if v in ("honor_landscape", "e_certificate"):
        tier = ctx.choice(("provincial", "municipal", "municipal"))
        place = prov if tier == "provincial" else city
        nth = ctx.choice(("第二届", "第三届", "第五届", ""))
        comp = (
            f"{place}{nth}{prof['job']}职业技能竞赛"
            if ctx.chance(0.6)
            else f"{place}{prof['job']}优秀案例评选"
        )
        giver = ORGS[c]["hr"][1 if tier == "provincial" else 0]
        kind = "competition" if "竞赛" in comp else "other"
        return {
            "name": comp,
            "giver": giver,
            "kind": kind,
            "level": tier,
            "grade": ctx.choice(GRADES + ("优秀奖",)),
            "title": comp,
        }
    tier = (
        ctx.choice(("provincial", "municipal", "municipal"))
        if v != "rank_line"
        else ctx.choice(("municipal", "county"))
    )
    if tier == "county":
        county = ctx.choice([x for x in ORGS[c]["county"] if x.endswith("县")] or ORGS[c]["county"])
        place, giver = f"{county}", f"{county}人民政府"
    else:
        place = prov if tier == "provincial" else city
        giver = f"{place}人民政府"
    return {
        "name": f"{place}科学技术进步奖",
        "giver": giver,
        "kind": "science_technology",
        "level": tier,
        "grade": ctx.choice(GRADES),
        "title": ctx.choice(prof["award_projects"] + prof["projects"]),
    }


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("award_certificate")
    a = _award(ctx, v)
    y = ctx.year()
    d = ctx.date(y, 3, 12)
    month_only = v in ("gov_portrait", "booklet_pair") and ctx.chance(0.4)
    issued = f"{y}-{d.month:02d}" if month_only else iso(d)
    date_s = (
        hanzi_date(issued) if month_only else (hanzi_date(d) if ctx.chance(0.6) else fmt_date(d, dstyle(ctx)))
    )
    colon = ctx.pick("t53.colon")
    title = a["title"]
    pages: list[Page] = []
    team = ctx.names(ctx.rng.randint(3, 7))
    holder: str | None = None
    cert_no = f"{y}-{ctx.choice(('J', 'KJ', 'SK'))}-{ctx.rng.randint(10, 300):03d}-{ctx.rng.randint(1, 3)}-{ctx.rng.randint(1, 9):02d}"
    if v == "booklet_pair":
        people = [person(nm, i + 1, "awardee") for i, nm in enumerate(team)]
        pg = Page(280.0, 195.0, bg=(252, 248, 240))
        pg.rect(0, 0, 140, 195, 0.0, (170, 35, 35), (170, 35, 35))
        pg.text(70, 60, a["name"], kit.fit(a["name"], ctx.bold, 20, 120), ctx.bold, "c", (250, 215, 120))
        pg.text(70, 90, "证　书", 30, ctx.bold, "c", (250, 215, 120))
        pg.text(210, 22, "获 奖 证 书", 20, ctx.bold, "c")
        yy = 40
        pg.text(152, yy, f"项目名称{colon}", 12, ctx.body)
        yy = pg.wrap(178, yy, 90, title, 12, ctx.body, 1.7)
        yy = kit.kv(
            pg,
            ctx,
            152,
            yy + 2,
            [("奖励等级", a["grade"]), ("获奖单位", unit_of(ctx, True))],
            12,
            colon,
            None,
            2.0,
        )
        pg.text(152, yy, "主要完成人" + colon, 12, ctx.body)
        yy = pg.wrap(178, yy + lh(12, 1.8), 92, "、".join(team), 12, ctx.body, 1.8)
        pg.text(152, yy + 2, f"证书号{colon}{cert_no}", 10, ctx.body)
        pg.text(262, yy + 18, a["giver"], 12, ctx.body, "r")
        pg.text(262, yy + 27, date_s, 12, ctx.body, "r")
        kit.seal(pg, ctx, 240, yy + 22, a["giver"])
        pages.append(pg)
    else:
        holder = team[0]
        rank = ctx.rng.randint(1, 7) if v in ("rank_line", "gov_portrait") else 1
        people = [person(holder, rank, "awardee")]
        if v in ("gov_portrait", "rank_line", "social_science"):
            pg = kit.portrait()
            kit.border(pg, "3")
            yy = kit.title_lines(pg, ctx, 40, a["name"], 22, pg.w - 50)
            yy = kit.ctext(pg, ctx, yy + 2, "证　书", 30, True, RED)
            why = (
                "为表彰在社会科学研究中取得优秀成果者"
                if a["kind"] == "social_science"
                else "为表彰在促进科学技术进步工作中做出重要贡献者"
            )
            yy = pg.wrap(30, yy + 10, pg.w - 60, f"　　{why}，特颁发此证书，以资鼓励。", 13.5, ctx.body, 2.0)
            rank_s = f"（第{rank}完成人）" if v != "social_science" else ""
            pairs = [
                ("项目名称" if a["kind"] != "social_science" else "成果名称", title),
                ("奖励等级", a["grade"]),
                ("获 奖 者" if v != "rank_line" else "完 成 人", f"{holder}{rank_s}"),
                ("证 书 号", cert_no),
            ]
            if v == "rank_line":
                pairs[2] = ("完 成 人", f"{holder}　第{rank}完成人")
            yy += 4
            for p_lab, val in pairs:
                pg.text(34, yy, p_lab + colon, 13.5, ctx.body)
                yy = pg.wrap(64, yy, pg.w - 98, val, 13.5, ctx.body, 2.0)
            pg.text(pg.w - 32, yy + 22, a["giver"], 14, ctx.body, "r")
            pg.text(pg.w - 32, yy + 32, date_s, 14, ctx.body, "r")
            kit.seal(pg, ctx, pg.w - 55, yy + 26, a["giver"])
            pages.append(pg)
        elif v == "honor_landscape":
            pg = kit.landscape()
            kit.border(pg, ctx.choice(("2", "3")))
            yy = kit.ctext(pg, ctx, 30, "荣 誉 证 书", 32, True, RED)
            s = f"　　{holder}同志：\n　　在{a['name']}中荣获{a['grade']}。\n　　特发此证，以资鼓励。"
            yy += 10
            for part in s.split("\n"):
                yy = pg.wrap(50, yy, pg.w - 100, part, 17, ctx.body, 2.0)
            pg.text(pg.w - 50, yy + 18, a["giver"], 15, ctx.body, "r")
            pg.text(pg.w - 50, yy + 29, date_s, 15, ctx.body, "r")
            kit.seal(pg, ctx, pg.w - 75, yy + 24, a["giver"])
            pg.text(40, pg.h - 26, f"编号{colon}{cert_no}", 10, ctx.body)
            pages.append(pg)
        else:  # e_certificate on a phone
            pg = kit.phone_page()
            yy = kit.status_bar(pg, ctx, f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}", "电子证书")
            pg.rect(5, yy, pg.w - 5, yy + 100, 0.6, (200, 150, 60), (255, 250, 236))
            pg.text(pg.w / 2, yy + 6, "荣誉证书", 14, ctx.bold, "c", RED)
            yy2 = pg.wrap(10, yy + 20, pg.w - 20, f"{holder}：", 8, ctx.body, 1.6)
            yy2 = pg.wrap(
                10, yy2, pg.w - 20, f"　　在{a['name']}中获得{a['grade']}。特发此证。", 8, ctx.body, 1.6
            )
            pg.text(
                pg.w - 10, yy + 70, a["giver"], kit.fit(a["giver"], ctx.body, 7, pg.w - 25), ctx.body, "r"
            )
            pg.text(pg.w - 10, yy + 76, fmt_date(d, "cn"), 7, ctx.body, "r")
            kit.seal(pg, ctx, pg.w - 25, yy + 72, a["giver"], 10)
            kit.qr(pg, ctx, 10, yy + 70, 14)
            yy += 106
            pg.text(5, yy, f"证书编号：{cert_no}", 7, ctx.body, "l", GREY_)
            pg.text(5, yy + 6, "长按图片保存到相册", 7, ctx.body, "l", GREY_)
            pages.append(pg)
            date_s = fmt_date(d, "cn")
    fields = {
        "holder": holder,
        "title": title,
        "people": people,
        "issuer": a["giver"],
        "issued_on": issued,
        "award": {"name": a["name"], "kind": a["kind"], "level": a["level"], "grade": a["grade"]},
    }
    scored = [
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
    return make(ctx, "award_certificate", v, pages, fields, scored, holder or ctx.choice(team[:3]), y)


# ---- project_completion --------------------------------------------------------------------------------
def _funder(ctx: Ctx) -> tuple[str, str]:
    """(issuer, programme) of a research project for the city."""
    c = ctx.city()
    opts = [
        (ctx.choice(ORGS[c]["kj"]), "科技计划项目"),
        (ORGS[c]["social"][ctx.rng.randint(0, 1)], "社会科学规划项目"),
        (
            f"{PROVINCE[c][:2]}省教育厅"
            if ctx.profession() in ("special_ed", "coach")
            else ctx.choice(ctx.prof()["orgs"][c]),
            ctx.choice(("软科学研究项目", "重点研究课题", "科研项目")),
        ),
    ]
    return ctx.choice(opts)


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("project_completion")
    prof = ctx.prof()
    title = ctx.choice(prof["projects"])
    issuer, prog = _funder(ctx)
    y = ctx.year()
    d = ctx.date(y, 2, 12)
    start = dt.date(y - ctx.choice((1, 2)), ctx.rng.randint(1, 12), 1)
    leader = ctx.name()
    members = ctx.names(ctx.rng.randint(2, 6))
    people = [person(leader, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    pno = f"{start.year}{ctx.choice(('KJ', 'SK', 'RKX', 'JY'))}{ctx.rng.randint(1, 300):03d}"
    colon = ctx.pick("t53.colon")
    ds = dstyle(ctx)
    unit = unit_of(ctx)
    date_s = hanzi_date(d) if ctx.chance(0.4) else fmt_date(d, ds)
    lead_lab = ctx.choice(("项目负责人", "主持人", "课题主持人", "负 责 人"))
    mem_s = "、".join(members)
    pages: list[Page] = []
    cert_no = serial(ctx.rng, ctx.choice(("JT", "结字第", "No.")), 6)

    def cert_body(pg: Page, x: float, size: float, ytop: float) -> float:
        pairs = [
            ("项目编号", pno),
            ("项目名称", title),
            ("项目类别", f"{issuer}{prog}"),
            ("承担单位", unit),
            (lead_lab, leader),
            ("主要成员", mem_s),
        ]
        lw = max(width_mm(p[0] + colon, ctx.body, size) for p in pairs) + 2
        yy = ytop
        for lab_, val in pairs:
            pg.text(x, yy, lab_ + colon, size, ctx.body)
            yy = pg.wrap(x + lw, yy, pg.w - 2 * x - lw, val, size, ctx.body, 1.9)
        return yy

    if v in ("certificate", "landscape_seal", "phone_photo"):
        pg = (
            kit.landscape()
            if v == "landscape_seal"
            else (Page(170.0, 240.0, bg=(240, 236, 226)) if v == "phone_photo" else kit.portrait())
        )
        kit.border(pg, ctx.choice(("1", "2", "3")))
        x = 40 if v == "landscape_seal" else 26
        yy = kit.ctext(
            pg,
            ctx,
            30 if v != "portrait" else 40,
            ctx.choice(("结 题 证 书", "结项证书", "项目结题证书")),
            26,
            True,
        )
        pg.text(pg.w - x, yy, f"编号{colon}{cert_no}", 10, ctx.body, "r")
        yy = cert_body(pg, x, 12.5 if v != "phone_photo" else 11, yy + 10)
        yy = pg.wrap(
            x,
            yy + 4,
            pg.w - 2 * x,
            "　　该项目已完成研究任务，经专家组评审，同意结题，特发此证。",
            12.5,
            ctx.body,
            1.9,
        )
        pg.text(pg.w - x - 4, yy + 16, issuer, 13, ctx.body, "r")
        pg.text(pg.w - x - 4, yy + 26, date_s, 13, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - x - 28, yy + 16, issuer)  # the seal sits over the issuer line
        pages.append(pg)
    elif v == "proof_letter":
        pg = kit.portrait()
        yy = kit.ctext(pg, ctx, 40, "结 题 证 明", 24, True)
        s = (
            f"　　兹证明，由{unit}{leader}同志主持的{issuer}{start.year}年度{prog}“{title}”（项目编号：{pno}），"
            f"经组织专家验收，已于{fmt_date(d, ds)}通过结题验收。"
        )
        yy = pg.wrap(28, yy + 14, pg.w - 56, s, 14, ctx.body, 2.0)
        yy = pg.wrap(28, yy + 2, pg.w - 56, f"　　课题组主要成员：{mem_s}。", 14, ctx.body, 2.0)
        yy = pg.wrap(28, yy + 2, pg.w - 56, "　　特此证明。", 14, ctx.body, 2.0)
        pg.text(pg.w - 32, yy + 24, issuer, 14, ctx.body, "r")
        pg.text(pg.w - 32, yy + 34, date_s, 14, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 55, yy + 28, issuer)
        pages.append(pg)
    elif v == "acceptance_form":
        pg = kit.portrait()
        yy = kit.ctext(pg, ctx, 22, f"{issuer}{prog}", 12)
        yy = kit.ctext(pg, ctx, yy, "结题验收意见表", 20, True)
        rows = [
            ["项目名称", title],
            ["项目编号", pno],
            ["承担单位", unit],
            [lead_lab, leader],
            ["起止时间", f"{start.year}年{start.month}月—{d.year}年{d.month}月"],
        ]
        yy = pg.table(20, yy + 4, [36, 134], rows, 10.5, ctx.body, 11)
        yy += 6
        pg.text(20, yy, "主要研究人员", 11, ctx.bold)
        r2 = [["序号", "姓名", "职称", "分工"]] + [
            [
                str(i + 1),
                nm,
                ctx.choice(("高级工程师", "工程师", "副教授", "讲师", "主治医师")),
                ctx.choice(("方案设计", "数据采集", "现场试验", "统计分析", "报告撰写")),
            ]
            for i, nm in enumerate([leader] + members)
        ]
        pg.table(20, yy + 7, [16, 40, 50, 64], r2, 10, ctx.body, 9)
        kit.page_no(pg, ctx, 1, 2, "slash")
        p2 = kit.portrait()
        p2.rect(20, 20, 190, 120, 0.3)
        p2.text(23, 23, "专家组验收意见：", 11, ctx.bold)
        p2.wrap(
            26,
            33,
            160,
            "　　该项目完成了任务书规定的研究内容，技术路线合理，数据翔实，达到预期目标。专家组一致同意通过验收，准予结题。",
            11,
            ctx.body,
            1.8,
        )
        p2.text(120, 100, "专家组组长：", 11, ctx.body)
        kit.hand(p2, ctx, 148, 98, ctx.name(), 15)
        p2.rect(20, 120, 190, 185, 0.3)
        p2.text(23, 123, "主管部门意见：", 11, ctx.bold)
        kit.hand(p2, ctx, 40, 138, "同意结题。", 16)
        p2.text(185, 165, issuer, 11, ctx.body, "r")
        p2.text(185, 173, date_s, 11, ctx.body, "r")
        kit.seal(p2, ctx, 160, 165, issuer)
        kit.page_no(p2, ctx, 2, 2, "slash")
        pages += [pg, p2]
    else:  # platform_printout
        pg = kit.portrait()
        kit.browser_print(
            pg,
            ctx,
            f"{d.year}/{d.month}/{d.day} 15:{ctx.rng.randint(10, 59)}",
            "项目结题信息",
            f"http://kjxm.{ctx.choice(('kf', 'ta'))}{ctx.choice(('kj', 'sk'))}.gov.cn/project/close/view?id={ctx.rng.randint(10000, 99999)}",
        )
        pg.rect(12, 13, pg.w - 12, 24, 0.0, (40, 110, 80), (40, 110, 80))
        pg.text(16, 15.5, f"{issuer}科研项目管理系统", 11, ctx.bold, "l", (255, 255, 255))
        yy = kit.ctext(pg, ctx, 34, "项目结题信息", 16, True)
        rows = [
            ["项目编号", pno],
            ["项目名称", title],
            ["负责人", leader],
            ["参与人员", mem_s],
            ["依托单位", unit],
            ["结题状态", "已结题"],
            ["结题日期", fmt_date(d, "dash0")],
            ["结题证书号", cert_no],
        ]
        pg.table(20, yy + 4, [36, 134], rows, 10.5, ctx.body, 11)
        pages.append(pg)
    fields = {"holder": leader, "title": title, "people": people, "issuer": issuer, "issued_on": iso(d)}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return make(ctx, "project_completion", v, pages, fields, scored, ctx.choice([leader] + members[:2]), y)
