"""Draw 6 builders: journal articles, books, patent certificates, award certificates and project completion
certificates."""

from __future__ import annotations

import datetime as dt
import re

from bench.blind.common import cn_num, journals
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind6 import layout as L
from bench.blind6 import pools as P
from bench.blind6.pools import Ctx


def _center_lines(
    pg: Page, ctx: Ctx, s: str, y: float, size: float, width: float, bold: bool = True
) -> float:
    """A centred title, split into balanced centred lines when too wide."""
    font = ctx.bold if bold else ctx.body
    if width_mm(s, font, size) <= width:
        pg.text(pg.w / 2, y, s, size, font, "c")
        return y + L.lh(size, 1.65)
    n = 2 if width_mm(s, font, size) <= 1.9 * width else 3
    step = -(-len(s) // n)
    for i in range(0, len(s), step):
        pg.text(pg.w / 2, y, s[i : i + step], L.fit(s[i : i + step], font, size, width), font, "c")
        y += L.lh(size, 1.5)
    return y + 1.5


def _people(names: list[str], role: str, start: int = 1) -> list[dict]:
    return [{"name": n, "rank": start + i, "role": role} for i, n in enumerate(names)]


# ================================================================================================
# journal articles
# ================================================================================================
CN_PROV = {"12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区", "21": "辽宁省", "22": "吉林省",
           "23": "黑龙江省", "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省",
           "36": "江西省", "37": "山东省", "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省",
           "45": "广西壮族自治区", "46": "海南省", "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省",
           "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区", "65": "新疆维吾尔自治区"}  # fmt: skip
NATIONAL = ["中国科学技术协会", "中华人民共和国教育部", "中国科学院", "中华人民共和国农业农村部",
            "国家卫生健康委员会", "中华人民共和国工业和信息化部", "中国工程院", "应急管理部"]  # fmt: skip
EN_SURN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "赵": "Zhao",
           "黄": "Huang", "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu",
           "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin", "罗": "Luo", "郑": "Zheng", "梁": "Liang",
           "谢": "Xie", "宋": "Song", "唐": "Tang", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao",
           "彭": "Peng", "田": "Tian", "董": "Dong", "袁": "Yuan", "潘": "Pan", "蒋": "Jiang", "蔡": "Cai",
           "杜": "Du", "程": "Cheng", "魏": "Wei", "欧阳": "Ouyang", "司徒": "Situ"}  # fmt: skip
EN_GIV = {"伟": "wei", "芳": "fang", "敏": "min", "静": "jing", "强": "qiang", "磊": "lei", "军": "jun",
          "洋": "yang", "勇": "yong", "杰": "jie", "涛": "tao", "明": "ming", "超": "chao", "平": "ping",
          "刚": "gang", "华": "hua", "鹏": "peng", "飞": "fei", "波": "bo", "宁": "ning", "建": "jian",
          "国": "guo", "志": "zhi", "文": "wen", "辉": "hui", "峰": "feng", "晨": "chen", "晓": "xiao",
          "雪": "xue", "梅": "mei", "琳": "lin", "浩": "hao", "宇": "yu", "欣": "xin", "博": "bo", "瑞": "rui",
          "婷": "ting", "颖": "ying", "天": "tian", "泽": "ze", "楠": "nan", "佳": "jia", "慧": "hui",
          "海": "hai", "春": "chun", "立": "li", "新": "xin", "东": "dong", "振": "zhen", "永": "yong",
          "康": "kang", "德": "de", "庆": "qing", "宏": "hong", "亮": "liang", "凯": "kai", "旭": "xu",
          "红": "hong", "玉": "yu", "兰": "lan", "萍": "ping", "秀": "xiu", "霞": "xia", "艳": "yan"}  # fmt: skip
EN_TOPIC = {("设施蔬菜", "病虫害绿色防控"): "Green control of pests and diseases in protected vegetables",
            ("冬小麦", "水肥一体化"): "Integrated water and fertilizer management of winter wheat",
            ("城市供水管网", "风险评估"): "Risk assessment of urban water supply networks",
            ("装配式建筑", "优化设计"): "Optimal design of prefabricated buildings",
            ("高速公路沥青路面", "检测技术"): "Inspection techniques for expressway asphalt pavement",
            ("基层医疗", "服务体系构建"): "Building the service system of primary medical care",
            ("慢性病管理", "健康管理"): "Health management in chronic disease care",
            ("初中数学", "教学模式改革"): "Reform of the teaching model in junior middle school mathematics",
            ("电力配网", "安全风险预警"): "Safety risk early warning of power distribution networks",
            ("光伏电站", "运行维护"): "Operation and maintenance of photovoltaic power stations",
            ("土壤重金属", "综合治理"): "Comprehensive remediation of heavy metals in soil",
            ("中药材", "标准化生产"): "Standardized production of Chinese medicinal materials"}  # fmt: skip
SUBJECT_CODES = ["S436", "S512.1", "TU375", "U416", "R197", "G633.6", "TM73", "X53", "F323", "TV213", "R473"]


def _supervisor(ctx: Ctx, cn: str) -> tuple[str, str]:
    prov = CN_PROV.get(cn[:2])
    if prov is None:
        return ctx.choice(NATIONAL), "national"
    return ctx.choice([f"{prov}科学技术协会", f"{prov}教育厅", f"{prov}科学技术厅"]), "provincial"


def _en_name(ctx: Ctx, taken: set[str]) -> tuple[str, str]:
    while True:
        s = ctx.choice(EN_SURN)
        gs = [ctx.choice(EN_GIV) for _ in range(ctx.rng.choice([1, 2, 2]))]
        zh = s + "".join(gs)
        if zh not in taken and len(set(zh)) == len(zh):
            taken.add(zh)
            g = "".join(EN_GIV[c] for c in gs)
            return zh, f"{EN_SURN[s].upper()} {g.capitalize()}"


def _affils(ctx: Ctx, n: int) -> list[str]:
    out = []
    for _ in range(n):
        prov, cty = P.city(ctx.rng)
        out.append(
            f"{ctx.choice(P.UNIVS)} {ctx.choice(P.SCHOOLS)}，{prov} {cty} {P.digits(ctx.rng, 3)}0{P.digits(ctx.rng, 2)}"
        )
    return out


def _article(ctx: Ctx, english: bool = False) -> dict:
    rng = ctx.rng
    taken: set[str] = set()
    n = rng.choice([1, 2, 2, 3, 3, 4, 5])
    if english:
        (f, a), en_title = ctx.choice(list(EN_TOPIC.items()))
        title = ctx.choice(["{f}{a}研究", "{f}{a}的实践与思考", "{f}{a}关键技术研究"]).format(f=f, a=a)
        pairs = [_en_name(ctx, taken) for _ in range(n)]
        names, en_names = [p[0] for p in pairs], [p[1] for p in pairs]
    else:
        title, en_title, en_names = P.paper_title(rng), None, []
        names = P.people(rng, n, taken)
    naff = rng.randint(1, min(2, n))
    marks = [
        sorted({1 + (i % naff)} | ({2} if naff == 2 and rng.random() < 0.2 else set())) for i in range(n)
    ]
    return {"title": title, "names": names, "en_title": en_title, "en_names": en_names,
            "affils": _affils(ctx, naff), "marks": marks, "page": rng.randint(1, 160)}  # fmt: skip


def _issue(ctx: Ctx) -> dict:
    rng = ctx.rng
    j = ctx.choice(journals())
    year = rng.randint(2017, 2024)
    monthly = rng.random() < 0.5
    iss = rng.randint(1, 12 if monthly else 6)
    vol = year - rng.randint(1975, 2005) if rng.random() < 0.75 else None
    return {"j": j, "year": year, "issue": iss, "vol": vol, "month": iss if monthly else iss * 2 - 1}


def _journal_truth(iss: dict, supervised: str | None) -> dict:
    j = iss["j"]
    levels = list(j.base_levels) + ([supervised] if supervised else [])
    return {"name": j.name, "issn": j.issn, "cn": j.cn, "year": iss["year"],
            "volume": str(iss["vol"]) if iss["vol"] is not None else None, "issue": str(iss["issue"]),
            "levels": levels}  # fmt: skip


def _jscored(iss: dict, with_article: bool) -> list[str]:
    s = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if iss["vol"] is not None:
        s.append("journal.volume")
    return (["title", "people"] if with_article else []) + s


def _running_head(pg: Page, ctx: Ctx, iss: dict, style: int) -> float:
    j, vol, no, year = iss["j"], iss["vol"], iss["issue"], iss["year"]
    vs = f"第{vol}卷 " if vol is not None else ""
    if style == 0:
        pg.text(18, 12, f"{vs}第{no}期", 9, ctx.body)
        pg.text(pg.w / 2, 12, j.name, 9.5, ctx.body, "c")
        pg.text(pg.w - 18, 12, f"{'Vol.' + str(vol) + ' ' if vol else ''}No.{no}", 9, ctx.body, "r")
        pg.text(18, 17, f"{year}年{iss['month']}月", 9, ctx.body)
        pg.text(pg.w - 18, 17, f"ISSN {j.issn}　CN {j.cn}", 9, ctx.body, "r")
        pg.line(18, 22, pg.w - 18, 22, 0.5)
        return 30
    if style == 1:
        pg.text(
            18, 12, f"{j.name}　{year}年第{no}期{'（第' + str(vol) + '卷）' if vol else ''}", 9.5, ctx.body
        )
        pg.line(18, 18, pg.w - 18, 18, 0.8)
        pg.line(18, 19.2, pg.w - 18, 19.2, 0.25)
        pg.text(18, 23, f"ISSN {j.issn}", 8.5, ctx.body)
        pg.text(18, 27.5, f"CN {j.cn}", 8.5, ctx.body)
        return 36
    pg.rect(18, 9, 70, 28, 0.4)
    pg.text(21, 11, j.name, 9, ctx.bold)
    pg.text(21, 16, f"{year}, {vs}{'' if vol else ''}第{no}期", 8.5, ctx.body)
    pg.text(21, 21, f"ISSN {j.issn} CN {j.cn}", 7.5, ctx.body)
    return 36


def _byline(pg: Page, ctx: Ctx, art: dict, y: float, style: int) -> float:
    names, marks = art["names"], art["marks"]
    naff = len(art["affils"])
    if naff > 1 or style == 0:
        parts: list[tuple[str, bool]] = []
        for i, (n, m) in enumerate(zip(names, marks, strict=True)):
            parts.append((n, False))
            parts.append((",".join(map(str, m)), True))
            if i < len(names) - 1:
                parts.append(("，", False))
        return pg.runs(pg.w / 2, y, parts, 13, ctx.body)
    sep = ctx.choice(["，", "　", "  "]) if style != 2 else "　"
    shown = [("\u3000".join(n) if style == 2 and len(n) == 2 else n) for n in names]
    pg.text(pg.w / 2, y, sep.join(shown), 13, ctx.body, "c")
    return y + L.lh(13, 1.8)


def _first_page(ctx: Ctx, iss: dict, art: dict, english: bool = False, twocol: bool = False) -> Page:
    rng = ctx.rng
    j = iss["j"]
    pg = Page()
    y = _running_head(pg, ctx, iss, rng.randrange(3))
    if rng.random() < 0.6:
        pg.text(18, y - 2, f"文章编号：{j.issn}（{iss['year']}）{iss['issue']:02d}-{art['page']:04d}-0{rng.randint(4, 9)}",
                8, ctx.body)  # fmt: skip
        y += 4
    y = _center_lines(pg, ctx, art["title"], y + 4, 19, pg.w - 40)
    y = _byline(pg, ctx, art, y + 1, rng.randrange(3))
    aff = art["affils"]
    afftxt = "（" + "；".join(f"{i + 1}. {a}" if len(aff) > 1 else a for i, a in enumerate(aff)) + "）"
    y = L.flow(pg, 30, y, pg.w - 60, afftxt, 9, ctx.body, 1.5) + 3
    topic = art["title"][:6]
    y = L.flow(pg, 24, y, pg.w - 48, "摘　要：" + L.filler(ctx, topic, 5), 9.5, ctx.body, 1.6)
    kws = "；".join(rng.sample(P.ASPECTS, 4))
    y = L.flow(pg, 24, y, pg.w - 48, f"关键词：{kws}", 9.5, ctx.body, 1.6)
    pg.text(24, y, f"中图分类号：{ctx.choice(SUBJECT_CODES)}　　文献标志码：A", 9, ctx.body)
    y += 7
    if english:
        y = L.wrap_words(pg, 24, y + 2, pg.w - 48, art["en_title"], 11, ctx.bold, 1.4) + 1
        y = L.wrap_words(pg, 24, y, pg.w - 48, ", ".join(art["en_names"]), 9.5, ctx.body, 1.5)
        y = L.wrap_words(pg, 24, y, pg.w - 48, "Abstract: Based on field data, the study analyses current practice and "
                    "proposes an improved method whose accuracy and stability were verified in typical cases.",
                    9, ctx.body, 1.5)  # fmt: skip
        y = L.wrap_words(
            pg,
            24,
            y,
            pg.w - 48,
            "Key words: management; evaluation; application; optimization",
            9,
            ctx.body,
            1.5,
        )
    y += 3
    foot_top = 246
    text = L.filler(ctx, topic, 40)
    per_line = int((pg.w - 48) / (9.5 * L.MM)) - 1
    room = int((foot_top - 10 - y) / (9.5 * L.MM * 1.6))
    if twocol:
        colw = (pg.w - 48 - 8) / 2
        col_chars = int(colw / (9.5 * L.MM)) - 1
        pg.text(24, y, "0　引言", 10.5, ctx.bold)
        L.flow(pg, 24, y + 6, colw, text[: (room - 2) * col_chars], 9.5, ctx.body, 1.6, 6.7)
        rest = text[(room - 2) * col_chars :]
        L.flow(pg, 24 + colw + 8, y, colw, rest[: (room - 1) * col_chars], 9.5, ctx.body, 1.6)
    else:
        pg.text(24, y, "1　引言", 10.5, ctx.bold)
        L.flow(pg, 24, y + 6, pg.w - 48, text[: max(0, room - 1) * per_line], 9.5, ctx.body, 1.6, 6.7)
    pg.rect(0, foot_top - 2, pg.w, pg.h, 0, (255, 255, 255), (255, 255, 255))
    pg.line(24, foot_top, 84, foot_top, 0.3)
    first = art["names"][0]
    d0 = dt.date(
        iss["year"] - (1 if iss["month"] < 4 else 0),
        max(1, (iss["month"] - 3) % 12 or 12),
        rng.randint(1, 28),
    )
    prov, cty = P.city(rng)
    notes = [f"收稿日期：{P.fdate(d0, 'dash')}",
             f"基金项目：{prov}省{ctx.choice(['自然科学基金', '重点研发计划', '社会科学规划'])}项目（{ctx.choice(['ZR', 'JJ', 'SK', 'KY'])}{iss['year'] - rng.randint(1, 3)}{ctx.choice('MQZY')}{ctx.choice('BCDE')}{P.digits(rng, 3)}）",
             f"作者简介：{first}（{rng.randint(1968, 1995)}—），{P.gender(rng)}，{prov}{cty}人，"
             f"{ctx.choice(['硕士', '博士', '学士'])}，{ctx.choice(['副教授', '高级工程师', '讲师', '农艺师', '主治医师'])}，"
             f"主要从事{ctx.choice(P.FIELDS)}研究。"]  # fmt: skip
    yy = foot_top + 2
    for s in notes:
        yy = L.flow(pg, 24, yy, pg.w - 48, s, 8.5, ctx.body, 1.5)
    pg.text(pg.w / 2, 288, str(art["page"]), 9, ctx.body, "c")
    return pg


def _cover(ctx: Ctx, iss: dict, arts: list[dict], sup: str | None) -> Page:
    rng = ctx.rng
    j = iss["j"]
    pg = Page()
    band = ctx.choice([(30, 70, 130), (140, 30, 40), (20, 100, 80), (90, 60, 20)])
    pg.rect(0, 0, pg.w, 70, 0, fill=band)
    sz = L.fit(j.name, ctx.bold, 46, pg.w - 30)
    pg.text(pg.w / 2, 18, j.name, sz, ctx.bold, "c", (255, 255, 255))
    vs = f"第{iss['vol']}卷　" if iss["vol"] is not None else ""
    pg.text(pg.w / 2, 78, f"{iss['year']}年　{vs}第{iss['issue']}期", 14, ctx.bold, "c")
    y = 96
    pg.text(26, y, ctx.choice(["本期要目", "本期导读", "要文速览"]), 13, ctx.bold, "l", band)
    y += 9
    for a in arts:
        y = L.flow(pg, 26, y, pg.w - 52, a["title"], 11.5, ctx.bold, 1.5)
        pg.text(34, y, "　".join(a["names"]), 10, ctx.body)
        y += 9
    y = max(y + 8, 236)
    if sup:
        pg.text(26, y, f"主管：{sup}", 10, ctx.body)
        pg.text(26, y + 6, f"主办：{j.name}{ctx.choice(['编辑部', '杂志社', '编辑委员会'])}", 10, ctx.body)
    pg.text(26, y + 14, f"ISSN {j.issn}", 11, ctx.bold)
    pg.text(26, y + 20, f"CN {j.cn}", 11, ctx.bold)
    for i in range(40):  # a bar code
        x = pg.w - 70 + i * 1.2
        if rng.random() < 0.6:
            pg.line(x, y + 4, x, y + 24, 0.5 if rng.random() < 0.5 else 0.9, (0, 0, 0))
    return pg


def _contents(ctx: Ctx, iss: dict, arts: list[dict], sup: str | None) -> Page:
    j = iss["j"]
    pg = Page()
    pg.text(pg.w / 2, 16, j.name, 20, ctx.bold, "c")
    vs = f"第{iss['vol']}卷　" if iss["vol"] is not None else ""
    pg.text(pg.w / 2, 27, f"{iss['year']}年　{vs}第{iss['issue']}期　（总第{ctx.rng.randint(100, 400)}期）", 11,
            ctx.body, "c")  # fmt: skip
    pg.text(pg.w / 2, 35, ctx.choice(["目　次", "目　录", "CONTENTS 目次"]), 15, ctx.bold, "c")
    pg.line(20, 43, pg.w - 20, 43, 0.6)
    y = 48
    page = ctx.rng.randint(1, 90)
    for a in arts:  # consecutive articles, a few pages each
        a["page"] = page
        page += ctx.rng.randint(4, 11)
    for a in arts:
        t = a["title"]
        tsz = L.fit(t, ctx.body, 11.5, pg.w - 70)
        w = pg.text(22, y, t, tsz, ctx.body)
        room = pg.w - 22 - 14 - (22 + w + 2)
        dots = "·" * max(3, int(room / max(0.5, width_mm("·", ctx.body, 9))))
        pg.text(22 + w + 2, y, dots, 9, ctx.body, "l", (110, 110, 110))
        pg.text(pg.w - 22, y, f"（{a['page']}）", 10.5, ctx.body, "r")
        pg.text(30, y + 6.5, "，".join(a["names"]), 10, ctx.body)
        y += 16
    y = max(y + 6, 258)
    pg.line(20, y - 3, pg.w - 20, y - 3, 0.3)
    if sup:
        pg.text(22, y, f"主管单位：{sup}", 9, ctx.body)
        y += 5.5
    pg.text(22, y, f"国际标准连续出版物号：ISSN {j.issn}", 9, ctx.body)
    pg.text(22, y + 5.5, f"国内统一连续出版物号：CN {j.cn}", 9, ctx.body)
    return pg


def journal_article(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("journal")
    iss = _issue(ctx)
    sup, slevel = (None, None)
    if v in ("cover", "contents", "coverfirst") and rng.random() < 0.7:
        sup, slevel = _supervisor(ctx, iss["j"].cn)
    if v in ("head", "english", "twocol"):
        art = _article(ctx, english=v == "english")
        pages = [_first_page(ctx, iss, art, v == "english", v == "twocol")]
        with_art = True
    else:
        taken: set[str] = set()
        arts = []
        for _ in range(rng.randint(4, 5) if v != "contents" else rng.randint(7, 11)):
            a = _article(ctx)
            a["names"] = [n if n not in taken else P.person_name(rng, taken) for n in a["names"]]
            taken.update(a["names"])
            arts.append(a)
        art = arts[rng.randrange(len(arts))]
        if v == "coverfirst":
            pages = [_cover(ctx, iss, arts[:4] if art in arts[:4] else arts[:3] + [art], sup),
                     _first_page(ctx, iss, art)]  # fmt: skip
            with_art = True
        elif v == "cover":
            pages = [_cover(ctx, iss, arts[:4] if art in arts[:4] else arts[:3] + [art], sup)]
            with_art = False
        else:
            pages = [_contents(ctx, iss, arts, sup)]
            with_art = False
    claim = art["names"][rng.randrange(len(art["names"]))]
    fields = {"title": art["title"], "people": _people(art["names"], "author"),
              "journal": _journal_truth(iss, slevel)}  # fmt: skip
    return L.make_doc(ctx, "journal_article", "journal", v, pages, fields, _jscored(iss, with_art),
                      (claim, iss["year"]))  # fmt: skip


# ================================================================================================
# books
# ================================================================================================
PUBLISHERS = [
    ("中国农业出版社", "北京", "109"), ("化学工业出版社", "北京", "122"), ("机械工业出版社", "北京", "111"),
    ("人民卫生出版社", "北京", "117"), ("科学出版社", "北京", "03"), ("中国建筑工业出版社", "北京", "112"),
    ("高等教育出版社", "北京", "04"), ("清华大学出版社", "北京", "302"), ("电子工业出版社", "北京", "121"),
    ("中国水利水电出版社", "北京", "5170"), ("山东科学技术出版社", "济南", "5331"),
    ("河南科学技术出版社", "郑州", "5349"), ("湖南科学技术出版社", "长沙", "5710"), ("中国林业出版社", "北京", "5219"),
    ("吉林大学出版社", "长春", "5692"), ("经济科学出版社", "北京", "5218"), ("中国社会科学出版社", "北京", "5203"),
    ("山东大学出版社", "济南", "5607"), ("郑州大学出版社", "郑州", "5645"), ("中国农业科学技术出版社", "北京", "5116"),
]  # fmt: skip
BOOK_FORMS = ["{f}{a}实用技术", "{f}{a}理论与实践", "{f}{a}指南", "{f}{a}研究", "{f}{a}案例精选", "{f}{a}技术手册",
              "{f}{a}概论", "新编{f}{a}"]  # fmt: skip
TRANSLATED = ["领导力的五个层次", "组织的学习与变革", "第四次工业革命", "创新者的思维", "管理的实践与反思",
              "未来的工作", "驱动力", "专业人士的自我管理"]  # fmt: skip


def _isbn(ctx: Ctx, prefix: str) -> str:
    body = P.digits(ctx.rng, 8 - len(prefix))
    d12 = "9787" + prefix + body
    return f"978-7-{prefix}-{body}-{P.isbn_digit(d12)}"


def _copyright(pg: Page, ctx: Ctx, y: float, cip: str, isbn: str, pub: tuple[str, str, str], ym: tuple[int, int],
               extra: list[tuple[str, str]], edition: str) -> float:  # fmt: skip
    rng = ctx.rng
    pg.text(28, y, "图书在版编目（CIP）数据", 11.5, ctx.bold)
    y += 7
    y = L.flow(pg, 28, y, pg.w - 56, cip, 10, ctx.body, 1.65)
    pg.text(28, y, f"ISBN {isbn}", 10, ctx.body)
    y += 6
    who = re.sub(r"^（.+?）", "", cip.split("/")[1].strip())
    pg.text(28, y, f"Ⅰ.①{cip[:1]}…　Ⅱ.①{who[:1]}…　Ⅲ.①{cip[:2]}－{ctx.choice(['研究', '技术', '指南', '概论'])}　Ⅳ.①{ctx.choice(SUBJECT_CODES)}",
            10, ctx.body)  # fmt: skip
    y += 7
    pg.text(28, y, f"中国版本图书馆CIP数据核字（{ym[0]}）第{P.digits(rng, 6)}号", 10, ctx.body)
    y += 6
    pg.line(28, y, pg.w - 28, y, 0.3)
    y += 6
    yy, mm = ym
    rows = list(extra) + [
        ("出版发行", pub[0]), ("地　　址", f"{pub[1]}市{ctx.choice(['海淀区', '西城区', '历下区', '金水区', '朝阳区'])}"
                                        f"{ctx.choice(['学院路', '文化路', '经七路'])}{rng.randint(1, 99)}号"),
        ("印　　刷", f"{pub[1]}{ctx.choice(['市彩虹印刷有限公司', '华艺印务有限公司', '新华印刷厂'])}"),
        ("开　　本", ctx.choice(["787 mm×1092 mm　1/16", "710 mm×1000 mm　1/16", "850 mm×1168 mm　1/32"])),
        ("印　　张", f"{rng.randint(8, 30)}.{rng.choice([0, 25, 5, 75])}"), ("字　　数", f"{rng.randint(180, 650)}千字"),
        ("版　　次", edition), ("印　　次", f"{yy}年{mm}月第1次印刷"),
        ("定　　价", f"{rng.randint(28, 128)}.00元"),
    ]  # fmt: skip
    for lab, val in rows:
        pg.text(28, y, f"{lab}：{val}", 10, ctx.body)
        y += 6.2
    return y


def book(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("book")
    pub = ctx.choice(PUBLISHERS)
    taken: set[str] = set()
    yy, mm = rng.randint(2014, 2024), rng.randint(1, 12)
    ed = 2 if rng.random() < 0.2 else 1
    edition = f"{yy}年{mm}月第{ed}版"
    isbn = _isbn(ctx, pub[2])
    f, a = P.subject(rng)
    title = ctx.choice(BOOK_FORMS).format(f=f, a=a)
    chief = P.people(rng, rng.choice([1, 1, 2, 2, 3]), taken)
    deputy = P.people(rng, rng.randint(0, 3), taken)
    board = P.people(rng, rng.randint(4, 9), taken)
    pages: list[Page] = []
    people: list[dict] = []
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    bk = {"isbn": isbn, "publisher": pub[0], "edition": edition}
    issued: str | None = P.ym(yy, mm)
    if v == "cip":
        role = ctx.choice(["editor_in_chief", "author"])
        word = "主编" if role == "editor_in_chief" else "著"
        cip = f"{title} / {'，'.join(chief)}{word}. —{pub[1]}：{pub[0]}，{yy}.{mm}"
        pg = Page()
        pages.append(pg)
        _copyright(pg, ctx, 120, cip, isbn, pub, (yy, mm),
                   [("责任编辑", P.person_name(rng, taken)), ("封面设计", P.person_name(rng, taken))], edition)  # fmt: skip
        people = _people(chief, role)
    elif v == "board":
        pg = Page()
        pages.append(pg)
        y = L.heading(pg, ctx, ctx.choice(["编委会", "编写委员会", "本书编委会"]), 40, 20, True) + 8
        members = board[:]
        if rng.random() < 0.5:  # the chief editors listed again among the members
            members = sorted(members + chief[:1], key=lambda s: s)
        groups = [("主　编", chief)] + ([("副主编", deputy)] if deputy else []) + [("编　委", members)]
        order: list[tuple[str, str]] = []
        for lab, names in groups:
            pg.text(36, y, lab, 13, ctx.bold)
            y = L.name_grid(pg, ctx, 64, y, names, 13, 26, 4) + 3
            role = {"主　编": "editor_in_chief", "副主编": "deputy_editor", "编　委": "editorial_board"}[lab]
            for nm in names:
                if nm not in [o[0] for o in order]:
                    order.append((nm, role))
        pg2 = Page()
        pages.append(pg2)
        cip = f"{title} / {'，'.join(chief)}主编. —{pub[1]}：{pub[0]}，{yy}.{mm}"
        _copyright(
            pg2, ctx, 110, cip, isbn, pub, (yy, mm), [("责任编辑", P.person_name(rng, taken))], edition
        )
        people = [{"name": n, "rank": i + 1, "role": r} for i, (n, r) in enumerate(order)]
    elif v == "title":  # a 版权页 printed as a label form, without CIP data
        pg = Page()
        pages.append(pg)
        y = 110
        rows = [("书　　名", title), ("主　　编", "　".join(chief))]
        if deputy:
            rows.append(("副 主 编", "　".join(deputy)))
        rows += [("出版发行", pub[0]), ("经　　销", "全国新华书店"), ("版　　次", edition),
                 ("书　　号", f"ISBN {isbn}"), ("定　　价", f"{rng.randint(30, 99)}.00元")]  # fmt: skip
        pg.line(28, y - 6, pg.w - 28, y - 6, 0.3)
        L.pairs(pg, ctx, 34, y, rows, 11.5, "：", label_w=26, gap=2.1)
        people = _people(chief, "editor_in_chief") + _people(deputy, "deputy_editor", len(chief) + 1)
    elif v == "translation":
        nat, author = ctx.choice(P.FOREIGN)
        title = ctx.choice(TRANSLATED)
        tr = chief[:2]
        cip = f"{title} / （{nat}）{author}著；{'，'.join(tr)}译. —{pub[1]}：{pub[0]}，{yy}.{mm}"
        pg = Page()
        pages.append(pg)
        pg.text(28, 100, f"著作权合同登记号　图字：01-{yy - 1}-{P.digits(rng, 4)}", 10, ctx.body)
        _copyright(pg, ctx, 112, cip, isbn, pub, (yy, mm), [("责任编辑", P.person_name(rng, taken))], edition)
        people = [{"name": author, "rank": 1, "role": "author"}] + _people(tr, "translator", 2)
    else:  # cover
        pg = Page()
        pages.append(pg)
        col = ctx.choice([(40, 90, 60), (30, 60, 120), (150, 70, 30), (90, 30, 60)])
        pg.rect(0, 0, pg.w, pg.h, 0, fill=(246, 243, 236))
        pg.rect(0, 60, pg.w, 150, 0, fill=col)
        y = _cover_title(pg, ctx, title, 82)
        word = ctx.choice(["主编", "著", "主编"])
        pg.text(
            pg.w / 2, max(y + 14, 128), "　".join(chief) + "　" + word, 14, ctx.body, "c", (255, 255, 255)
        )
        pg.text(pg.w / 2, 270, pub[0], 15, ctx.bold, "c")
        people = _people(chief, "editor_in_chief" if word == "主编" else "author")
        bk = {"isbn": None, "publisher": pub[0], "edition": None}
        issued = None
        scored = ["title", "people", "issuer", "book.publisher"]
    fields = {"title": title, "people": people, "issuer": pub[0], "issued_on": issued, "book": bk}
    claimers = [p["name"] for p in people if p["role"] != "author" or v != "translation"]
    claim = claimers[rng.randrange(len(claimers))]
    return L.make_doc(ctx, "book", "book", v, pages, fields, scored, (claim, yy))


def _cover_title(pg: Page, ctx: Ctx, title: str, y: float) -> float:
    white = (255, 255, 255)
    if width_mm(title, ctx.bold, 30) <= pg.w - 30:
        pg.text(pg.w / 2, y, title, 30, ctx.bold, "c", white)
        return y + 16
    cut = len(title) // 2
    for part in (title[:cut], title[cut:]):
        pg.text(pg.w / 2, y, part, 28, ctx.bold, "c", white)
        y += 15
    return y


# ================================================================================================
# patents
# ================================================================================================
KINDS = {"invention": ("1", "发明", "发明名称", "二十年"), "utility_model": ("2", "实用新型", "实用新型名称", "十年"),
         "design": ("3", "外观设计", "外观设计名称", "十年")}  # fmt: skip


def _zl(ctx: Ctx, year: int, digit: str) -> tuple[str, str]:
    d12 = f"{year}{digit}{P.digits(ctx.rng, 7)}"
    c = P.zl_check(d12)
    number = f"ZL{d12}.{c}"
    style = ctx.rng.randrange(3)
    if style == 0:
        shown = number
    elif style == 1:
        shown = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{c}"
    else:
        shown = f"ZL {d12}.{c}"
    return number, shown


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("patent")
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, ctx.choice(["invention", "utility_model", "utility_model"]))  # fmt: skip
    digit, word, label, term = KINDS[kind]
    applied = P.day(rng, 2012, 2023)
    lag = {"invention": (420, 1100), "utility_model": (100, 300), "design": (80, 240)}[kind]
    granted = applied + dt.timedelta(days=rng.randint(*lag))
    while granted.weekday() != 1:  # grants are announced on Tuesdays
        granted += dt.timedelta(days=1)
    if kind == "design" and applied >= dt.date(2021, 6, 1):
        term = "十五年"
    number, shown = _zl(ctx, applied.year, digit)
    taken: set[str] = set()
    inventors = P.people(rng, rng.randint(1, 6), taken)
    prov, cty = P.city(rng)
    owner = P.unit(rng, cty) if rng.random() < 0.8 else inventors[0]
    if kind == "design":
        title = ctx.choice(P.DESIGNS)
    else:
        tech = [f for i, (fs, _) in enumerate(P.SUBJECTS) if i not in (5, 8) for f in fs]
        title = ctx.choice(P.INVENTIONS).format(f=ctx.choice(tech), d=ctx.choice(P.DEVICES))
    ds = ctx.choice(["padded", "arabic", "padded"])
    pub_no = f"CN {digit}{P.digits(rng, 8)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    issuer_print = "中华人民共和国国家知识产权局" if v == "older" else "国家知识产权局"
    pg = Page()
    rows = [(label, title), ("发 明 人" if kind != "design" else "设 计 人", "；".join(inventors)),
            ("专 利 号", shown), ("专利申请日", P.fdate(applied, ds)), ("专利权人", owner),
            ("地　　址", f"{prov}省{cty}市{ctx.choice(['高新区', '经济开发区', '城区'])}{ctx.choice(['科技路', '人民路', '学府街'])}"
                       f"{rng.randint(1, 300)}号"),
            ("授权公告日", P.fdate(granted, ds)), ("授权公告号", pub_no)]  # fmt: skip
    boiler = (
        f"本{word}经过本局依照中华人民共和国专利法进行{'审查' if kind == 'invention' else '初步审查'}，"
        f"决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。"
        f"专利权期限为{term}，自申请日起算。"
    )
    boiler2 = (
        "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
        "国籍、地址变更等事项记载在专利登记簿上。"
    )
    if v == "electronic":
        pg.rect(0, 0, pg.w, 30, 0, fill=(235, 240, 248))
        pg.text(20, 10, "国家知识产权局", 16, ctx.bold, "l", (20, 50, 120))
        L.qr(pg, ctx, pg.w - 42, 40, 24)
        pg.text(20, 40, f"证书号第{rng.randint(1000000, 9999999)}号", 11, ctx.body)
        y = L.heading(pg, ctx, f"{word}专利证书", 56, 24) + 4
        y = pg.table(20, y, [42, 128], [[a, b] for a, b in rows], 11, ctx.body, 11)
        y = L.para(pg, ctx, 22, y + 8, pg.w - 44, boiler, 11.5, 1.8)
        y = L.para(pg, ctx, 22, y + 2, pg.w - 44, boiler2, 11.5, 1.8)
        pg.text(22, y + 6, "本证书以电子形式发放，可通过二维码查验。", 10, ctx.body, "l", (90, 90, 90))
        L.sign(pg, ctx, [f"局长　{P.person_name(rng, taken)}"], y + 24, seal=issuer_print, size=12)
        pg.text(pg.w / 2, 285, "第 1 页（共 2 页）", 9, ctx.body, "c")
    else:
        L.border(pg, 2 if v != "older" else 1, (150, 110, 50))

        pg.text(28, 22, f"证书号第{rng.randint(100000, 9999999)}号", 11, ctx.body)
        pg.text(pg.w / 2, 40 if v == "older" else 32, issuer_print, 13, ctx.bold, "c")
        y = L.heading(pg, ctx, f"{word}专利证书", 52, 28, True) + 8
        colon = "：" if v != "older" else ":"
        for lab, val in rows:
            pg.text(30, y, lab + colon, 12, ctx.body)
            y = L.flow(pg, 64, y, pg.w - 94, val, 12, ctx.body, 1.6) + 2.4
        y = L.para(pg, ctx, 28, y + 8, pg.w - 56, boiler, 11.5, 1.8)
        y = L.para(pg, ctx, 28, y + 2, pg.w - 56, boiler2, 11.5, 1.8)
        L.sign(pg, ctx, [f"局长　{P.person_name(rng, taken)}"], max(y + 16, 250), x_right=pg.w - 30,
               seal=issuer_print, size=12)  # fmt: skip
        pg.text(pg.w / 2, 280, "第 1 页（共 1 页）" if rng.random() < 0.5 else "", 9, ctx.body, "c")
    fields = {"title": title, "people": _people(inventors, "inventor"), "issuer": "国家知识产权局",
              "issued_on": P.iso(granted),
              "patent": {"kind": kind, "number": number, "applied_on": P.iso(applied), "granted_on": P.iso(granted)}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    claim = inventors[rng.randrange(len(inventors))]
    return L.make_doc(ctx, "patent_certificate", "patent", v, [pg], fields, scored, (claim, granted.year))


# ================================================================================================
# awards
# ================================================================================================
GRADES = ["一等奖", "二等奖", "三等奖", "二等奖", "三等奖", "特等奖", "优秀奖"]


def _level_issuer(ctx: Ctx, prov: str, cty: str, county: str, kinds: str) -> tuple[str, str, str]:
    """(issuer, level, area prefix of the award name)."""
    opts = {
        "gov": [(f"{prov}省人民政府", "provincial", f"{prov}省"), (f"{cty}市人民政府", "municipal", f"{cty}市"),
                (f"{county}人民政府", "county", county)],
        "edu": [(f"{prov}省教育厅", "provincial", f"{prov}省"), (f"{cty}市教育局", "municipal", f"{cty}市"),
                (f"{prov}省人民政府", "provincial", f"{prov}省")],
        "contest": [(f"{cty}市总工会", "municipal", f"{cty}市"), (f"{cty}市人力资源和社会保障局", "municipal", f"{cty}市"),
                    (f"{prov}省卫生健康委员会", "provincial", f"{prov}省"), (f"{cty}市教育局", "municipal", f"{cty}市"),
                    (f"{county}教育和体育局", "county", county)],
    }[kinds]  # fmt: skip
    return ctx.choice(opts)


def _award_date(ctx: Ctx, year: int, ds: str) -> tuple[str, str]:
    """(truth, printed): a full date or, on a third of certificates, the month only."""
    rng = ctx.rng
    d = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.33:
        return P.ym(d.year, d.month), P.fmonth(d.year, d.month, ds)
    return P.iso(d), P.fdate(d, ds)


def award_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("award")
    prov, cty = P.city(rng)
    county = ctx.choice(P.COUNTIES)
    year = rng.randint(2017, 2024)
    ds = ctx.pick("t6.date")
    taken: set[str] = set()
    grade = ctx.choice(GRADES[:5] if v != "contest" else GRADES)
    title = P.paper_title(rng, {"teaching": (5,), "socsci": (5, 8, 4)}.get(v, (0, 1, 2, 3, 4, 6, 7)))
    pg = Page(297, 210) if v in ("scitech", "contest", "ranked") else Page()
    L.border(pg, ctx.choice([2, 3, 4]))
    holder = None
    if v in ("scitech", "roster", "ranked"):
        issuer, level, area = _level_issuer(ctx, prov, cty, county, "gov")
        base = f"{area}科学技术进步奖"
        kind = "science_technology"
    elif v == "socsci":
        issuer, level, area = _level_issuer(ctx, prov, cty, county, "gov")
        base = f"{area}社会科学优秀成果奖"
        kind = "social_science"
    elif v == "teaching":
        issuer, level, area = _level_issuer(ctx, prov, cty, county, "edu")
        base = f"{area}{ctx.choice(['', '基础教育', '职业教育'])}教学成果奖"
        kind = "other"
    else:
        issuer, level, area = _level_issuer(ctx, prov, cty, county, "contest")
        base = f"{area}{ctx.choice(['职工职业技能大赛', '青年教师教学能力比赛', '卫生应急技能竞赛', '优质课评选', '科技创新大赛'])}"
        kind = "competition"
    lead = f"{year}年度" if v != "contest" else f"{year}年"
    shown_name = lead + base if rng.random() < 0.6 else base
    when, when_s = _award_date(ctx, year if v == "contest" else year + rng.choice([0, 1]), ds)
    if v in ("scitech", "ranked", "contest"):
        holder = P.person_name(rng, taken)
        rank = rng.randint(1, 7) if v != "contest" else 1
        y = L.heading(pg, ctx, ctx.choice(["荣 誉 证 书", "获 奖 证 书", "证　书"]), 34, 30) + 8
        if v == "scitech":
            rows = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", holder + (f"（第{cn_num(rank)}完成人）" if rank > 1 else "")),
                    ("证 书 号", f"{year}-{rng.choice(['J', 'KJ', 'C'])}-{rng.randint(1, 3)}-{P.digits(rng, 3)}-R{rank:02d}")]  # fmt: skip
            y = L.para(pg, ctx, 50, y, pg.w - 100, f"为表彰在促进科学技术进步工作中做出贡献的单位和个人，特颁发"
                       f"{shown_name}证书，以资鼓励。", 14, 2.0)  # fmt: skip
            L.pairs(pg, ctx, 60, y + 4, rows, 13.5, "：", label_w=30, gap=2.2, value_w=170)
        elif v == "ranked":
            txt = f"{holder}同志：你参与完成的“{title}”荣获{shown_name}{grade}（排名第{rank}），特发此证，以资鼓励。"
            y = L.para(pg, ctx, 40, y + 6, pg.w - 80, txt, 16, 2.1)
        else:
            entry = rng.random() < 0.6
            txt = (
                f"{holder}{ctx.choice(['同志', '老师', ''])}在{shown_name}中"
                + (f"，参赛作品《{title}》" if entry else "")
                + f"荣获{grade}。特发此证，以资鼓励。"
            )
            y = L.para(pg, ctx, 40, y + 6, pg.w - 80, txt, 16, 2.1)
            if not entry:
                title = None
        L.sign(pg, ctx, [issuer, when_s], 150, x_right=pg.w - 40, seal=issuer, size=14)
        people = [{"name": holder, "rank": rank, "role": "awardee"}]
        pg.text(40, 180, f"编号：{P.cert_no(rng)}", 10.5, ctx.body) if v != "scitech" else None
    else:
        names = P.people(rng, rng.randint(1, 6) if v != "roster" else rng.randint(3, 9), taken)
        y = L.heading(pg, ctx, ctx.choice(["获奖证书", "荣誉证书"]), 40, 28, True)
        y = _center_lines(pg, ctx, shown_name, y + 2, 17, pg.w - 50)
        if v == "roster":
            y = L.pairs(pg, ctx, 30, y + 8, [("项目名称", title), ("奖励等级", grade)], 12.5, "：", label_w=28,
                        value_w=pg.w - 90)  # fmt: skip
            rows = [["排名", "姓名", "工作单位"]] + [
                [str(i + 1), n, P.unit(rng, cty)] for i, n in enumerate(names)
            ]
            y = pg.table(28, y + 2, [18, 34, 102], rows, 11, ctx.body, 9.5, header_font=ctx.bold)
        else:
            rows = [
                ("成果名称", title),
                ("完成人" if v == "teaching" else "作　者", "、".join(names)),
                ("获奖等级", grade),
            ]
            if v == "socsci":
                rows.insert(1, ("成果形式", ctx.choice(["论文", "研究报告", "专著"])))
            y = L.pairs(pg, ctx, 30, y + 10, rows, 13, "：", label_w=28, gap=2.3, value_w=pg.w - 90)
            y = L.para(pg, ctx, 30, y + 4, pg.w - 60, "特发此证，以资鼓励。", 13, 2.0)
        L.sign(pg, ctx, [issuer, when_s], max(y + 24, 222), seal=issuer, size=13.5)
        people = _people(names, "awardee")
        holder = names[0] if len(names) == 1 else None
    award = {"name": base, "kind": kind, "level": level, "grade": grade}
    fields = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": when,
              "award": award}  # fmt: skip
    scored = [
        "holder",
        "people",
        "issuer",
        "issued_on",
        "award.name",
        "award.kind",
        "award.level",
        "award.grade",
    ]
    if title:
        scored.insert(1, "title")
    claim = people[rng.randrange(len(people))]["name"]
    return L.make_doc(ctx, "award_certificate", "award", v, [pg], fields, scored, (claim, int(when[:4])))


# ================================================================================================
# project completion
# ================================================================================================
def _project_issuer(ctx: Ctx, prov: str, cty: str) -> tuple[str, str]:
    """(issuer, the kind of project it plans)."""
    return ctx.choice([
        (f"{prov}省教育科学规划领导小组办公室", "教育科学规划课题"), (f"{cty}市社会科学界联合会", "社会科学规划课题"),
        (f"{prov}省哲学社会科学规划办公室", "社会科学规划项目"), (f"{cty}市科学技术局", "科技计划项目"),
        (f"{prov}省卫生健康委员会", "医药卫生科研项目"), (f"{cty}市教育科学研究院", "教育科学规划课题"),
        (f"{prov}省科学技术厅", "重点研发计划项目"), (f"{prov}省软科学研究计划办公室", "软科学研究项目"),
    ])  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("project")
    prov, cty = P.city(rng)
    issuer, pkind = _project_issuer(ctx, prov, cty)
    taken: set[str] = set()
    leader = P.person_name(rng, taken)
    members = P.people(rng, rng.randint(2, 6), taken)
    title = P.paper_title(rng)
    y0 = rng.randint(2016, 2022)
    y1 = y0 + rng.randint(1, 3)
    code = f"{P.PROV_ABBR[prov]}{ctx.choice(['JG', 'SK', 'KJ', 'YJ', ''])}{y0}{ctx.choice(['-', ''])}{P.digits(rng, 3)}"
    ds = ctx.pick("t6.date")
    d = dt.date(y1, rng.randint(1, 12), rng.randint(1, 28))
    month_only = rng.random() < 0.3
    when, when_s = (
        (P.ym(d.year, d.month), P.fmonth(d.year, d.month, ds)) if month_only else (P.iso(d), P.fdate(d, ds))
    )
    work = P.unit(rng, cty)
    holder = None
    people = [{"name": leader, "rank": 1, "role": "project_leader"}] + _people(members, "project_member", 2)
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    pg = Page()
    if v == "jieti":
        L.border(pg, ctx.choice([1, 2, 4]))
        y = L.heading(pg, ctx, ctx.choice(["结题证书", "课题结题证书"]), 40, 28, True) + 10
        rows = [("课题名称", title), ("课题类别", pkind), ("课题编号", code), ("课题负责人", leader),
                ("课题组成员", "、".join(members)), ("承担单位", work)]  # fmt: skip
        y = L.pairs(pg, ctx, 26, y, rows, 13, "：", label_w=32, gap=2.3, value_w=pg.w - 66)
        y = L.para(
            pg,
            ctx,
            26,
            y + 6,
            pg.w - 52,
            "经专家鉴定，该课题已完成预期研究任务，准予结题。特发此证。",
            13.5,
            2.0,
        )
        L.sign(pg, ctx, [issuer, when_s], y + 24, seal=issuer, size=13.5)
    elif v == "jiexiang":
        y = L.heading(pg, ctx, pkind.replace("课题", "项目"), 34, 18)
        y = L.heading(pg, ctx, "结项证书", y, 28, True) + 6
        rows = [["项目名称", title], ["项目批准号", code], ["项目负责人", leader], ["所在单位", work],
                ["主要参加人", "、".join(members)], ["立项时间", P.fmonth(y0, rng.randint(3, 9), "arabic")],
                ["结项等级", ctx.choice(["优秀", "良好", "合格"])], ["结项证书号", f"JX{y1}{P.digits(rng, 4)}"]]  # fmt: skip
        y = pg.table(24, y, [38, 124], rows, 12, ctx.body, 12.5, fonts={0: ctx.bold})
        L.sign(pg, ctx, [issuer, when_s], y + 26, seal=issuer, size=13.5)
    elif v == "yanshou":
        y = L.heading(pg, ctx, ctx.choice(["项目验收证书", "科技计划项目验收证书"]), 34, 24) + 6
        start = dt.date(y0, rng.randint(1, 6), 1)
        rows = [("项目名称", title), ("项目编号", code), ("承担单位", work), ("项目负责人", leader),
                ("起止时间", f"{P.fmonth(start.year, start.month, 'arabic')}至{P.fmonth(y1, d.month, 'arabic')}")]  # fmt: skip
        y = L.pairs(pg, ctx, 24, y, rows, 12.5, "：", label_w=30, gap=2.1, value_w=pg.w - 60)
        pg.text(24, y + 2, "主要研究人员：", 12.5, ctx.bold)
        tab = [["序号", "姓名", "职称", "分工"]] + [[str(i + 1), n, ctx.choice(["研究员", "高级工程师", "工程师", "副教授"]),
                                                 "主持" if i == 0 else ctx.choice(["试验", "数据分析", "示范推广"])]
                                                for i, n in enumerate([leader] + members)]  # fmt: skip
        y = pg.table(24, y + 10, [16, 34, 40, 72], tab, 11, ctx.body, 9, header_font=ctx.bold)
        y = L.flow(pg, 24, y + 6, pg.w - 48, "验收意见：项目完成了合同规定的各项任务和考核指标，资料齐全，"
                    "经费使用合理，验收委员会同意通过验收。", 12.5, ctx.body, 1.8)  # fmt: skip
        L.sign(pg, ctx, [issuer, f"验收日期：{when_s}"], y + 18, seal=issuer, size=12.5)
    elif v == "proof":
        y = L.heading(pg, ctx, ctx.choice(["结题证明", "结项证明"]), 44, 24, True) + 10
        txt = (
            f"兹证明，由{work}{leader}同志主持的{pkind}“{title}”（编号：{code}），于{y0}年立项，"
            f"已按计划完成研究任务，经组织专家鉴定，于{when_s}准予结题。"
        )
        y = L.para(pg, ctx, 26, y, pg.w - 52, txt, 14, 2.1)
        y = L.para(pg, ctx, 26, y + 2, pg.w - 52, "特此证明。", 14, 2.1)
        L.sign(pg, ctx, [issuer, when_s], y + 28, seal=issuer, size=14)
        holder = leader
        people = people[:1]
    else:  # bulletin
        y = L.redhead(pg, ctx, issuer, None, 24, "") if rng.random() < 0.5 else 28
        head = f"关于公布{y1}年度{pkind}结题名单的通知"
        y = _center_lines(pg, ctx, head, y + 4, 16, pg.w - 40)
        y = L.para(pg, ctx, 22, y + 4, pg.w - 44, f"经专家评审，以下{pkind}准予结题，现予公布。", 12, 1.8)
        rows = [["课题编号", "课题名称", "负责人", "承担单位"]]
        pick = rng.randint(1, 5)
        for i in range(rng.randint(6, 10)):
            if i == pick:
                rows.append([code, title, leader, work])
            else:
                rows.append([f"{code[:-3]}{P.digits(rng, 3)}", P.paper_title(rng), P.person_name(rng, taken),
                             P.unit(rng, cty)])  # fmt: skip
        y = pg.table(16, y + 2, [30, 80, 22, 46], rows, 9, ctx.body, 11, header_font=ctx.bold)
        L.sign(pg, ctx, [issuer, when_s], y + 16, seal=issuer, size=12.5)
        people = people[:1]
        scored = ["issuer", "issued_on"]
    fields = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": when}
    claim = people[rng.randrange(len(people))]["name"]
    return L.make_doc(ctx, "project_completion", "project", v, [pg], fields, scored, (claim, int(when[:4])))
