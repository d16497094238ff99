"""Draw 10's qualification certificates (diplomas, degrees, exam passes) and other documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind10 import kit
from bench.blind10.pools import (
    COMPUTER_MODULES,
    MAJORS,
    MASTER_FIELDS,
    SELF_COURSES,
    STYLES,
    Ctx,
    article_title,
    day,
    han_num,
    han_year,
    id_masked,
    iso,
    later,
    month,
    person,
    place,
    train_issuer,
    when,
    ym,
)
from bench.blind10.truth import doc, who


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    rng = ctx.rng
    pl = place(rng)
    style = ctx.pick("date", STYLES)
    taken: set[str] = set()
    holder = person(rng, taken)
    head = person(rng, taken)
    college = pl.college(rng)
    issued = when(rng, 2016, 2024)
    build = {"diploma": _diploma, "degree": _degree, "self-exam": _self_exam, "pg-course": _pg_course,
             "computer": _computer, "diploma-wide": _diploma_wide}[v]  # fmt: skip
    pages, f = build(ctx, holder, head, college, issued, style, pl)
    f["holder"] = holder
    year = int(f["issued_on"][:4])
    return doc("qualification_certificate", "qual", v, pages, f, (holder, year))


def _born(ctx: Ctx, issued: dt.date, years: int) -> dt.date:
    return dt.date(
        issued.year - years - ctx.rng.randint(18, 30), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)
    )


def _graduation(ctx: Ctx, issued: dt.date, span_y: int) -> tuple[int, int, int]:
    return issued.year - span_y, ctx.rng.choice([7, 9]), issued.year


def _diploma(ctx, holder, head, college, issued, style, pl):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    kit.border(pg, 0)
    y = kit.centre(pg, ctx, 36, kit.spaced("毕业证书", "   "), 30, True)
    pg.rect(pg.w / 2 - 16, y + 4, pg.w / 2 + 16, y + 46, 0.4)
    major = ctx.rng.choice(MAJORS)
    years = ctx.rng.choice([4, 4, 5, 3])
    level = {4: "四年制本科", 5: "五年制本科", 3: "三年制专科"}[years]
    born = _born(ctx, issued, years)
    y0, m0, y1 = _graduation(ctx, issued, years)
    sex = ctx.rng.choice(["男", "女"])
    text = (f"学生{holder}，性别{sex}，{month(born.year, born.month, 'nian')}{born.day}日生，于{y0}年{m0}月至"
            f"{y1}年{issued.month}月在本校{major}专业{level}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    y = kit.prose(pg, ctx, 30, y + 58, pg.w - 60, text, 14)
    yy = y + 16
    pg.text(40, yy, f"校  名：{college}", 13, ctx.body)
    pg.text(40, yy + 10, f"校（院）长：{head}", 13, ctx.body)
    pg.text(40, yy + 20, f"证书编号：{ctx.rng.randint(10000, 14999)}1{y1}0{ctx.rng.randint(1000000, 9999999)}", 12,
            ctx.body)  # fmt: skip
    pg.text(pg.w - 34, yy + 34, day(issued, "han" if ctx.rng.random() < 0.5 else style), 13, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 60, yy + 30, college, 22)
    return [pg], {"issuer": college, "issued_on": iso(issued),
                  "qualification": {"kind": "graduation", "subject": major, "modules": None}}  # fmt: skip


def _degree(ctx, holder, head, college, issued, style, pl):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    kit.border(pg, 2, (40, 70, 130))
    doctor = ctx.rng.random() < 0.3
    level = "博士" if doctor else "硕士"
    y = kit.centre(pg, ctx, 38, f"{level}学位证书", 28, True)
    cat, field = ctx.rng.choice(MASTER_FIELDS)
    born = _born(ctx, issued, 6)
    text = (f"{holder}，{ctx.rng.choice(['男', '女'])}，{born.year}年{born.month}月生。在{college}{field}学科（专业）"
            f"完成了{level}学位的学习，成绩合格，通过论文答辩，根据《中华人民共和国学位条例》的规定，授予{cat}{level}学位。")  # fmt: skip
    y = kit.prose(pg, ctx, 30, y + 24, pg.w - 60, text, 14)
    pg.text(pg.w - 34, y + 22, f"{college}", 13, ctx.body, "r")
    pg.text(pg.w - 34, y + 32, "学位评定委员会主席", 13, ctx.body, "r")
    kit.hand(pg, ctx, pg.w - 34, y + 42, head, 16, "r")
    pg.text(pg.w - 34, y + 56, day(issued, style), 13, ctx.body, "r")
    pg.text(34, pg.h - 36, f"证书编号：{ctx.rng.randint(10000, 14999)}{issued.year}{ctx.rng.randint(10**6, 10**7 - 1)}",
            11, ctx.body)  # fmt: skip
    kit.seal(pg, ctx, pg.w - 60, y + 28, college, 21)
    kind = "doctor_degree" if doctor else "master_degree"
    return [pg], {"issuer": college, "issued_on": iso(issued),
                  "qualification": {"kind": kind, "subject": field, "modules": None}}  # fmt: skip


def _self_exam(ctx, holder, head, college, issued, style, pl):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    issuer = f"{pl.prov}省高等教育自学考试委员会"
    y = kit.centre(pg, ctx, 30, f"{pl.prov}省高等教育自学考试", 16, True)
    y = kit.centre(pg, ctx, y + 2, kit.spaced("单科合格证书", " "), 24, True)
    show_major = ctx.rng.random() < 0.6
    major = ctx.rng.choice(MAJORS)
    rows = [
        ("姓    名", holder),
        ("身份证号", id_masked(ctx.rng)),
        ("准考证号", f"0{ctx.rng.randint(10**10, 10**11 - 1)}"),
    ]
    if show_major:
        rows.append(("报考专业", major))
    y = kit.pairs(pg, ctx, 36, y + 10, rows, 12.5, 28)
    n = ctx.rng.randint(1, 4)
    courses = ctx.rng.sample(SELF_COURSES, n)
    tab = [["课程代码", "课程名称", "成绩", "考试时间"]]
    for code, name in courses:
        tab.append([code, name, str(ctx.rng.randint(60, 92)), _exam_month(issued)])
    y = pg.table(30, y + 6, [28, 72, 20, 34], tab, 11, ctx.body, row_h=11, header_font=ctx.bold)
    y = kit.prose(pg, ctx, 30, y + 10, pg.w - 60, "上列课程经考试成绩合格，特发此证。", 12.5)
    monthly = ctx.rng.random() < 0.5
    d = month(issued.year, issued.month, style) if monthly else day(issued, style)
    pg.text(pg.w - 34, y + 16, issuer, 12.5, ctx.body, "r")
    pg.text(pg.w - 34, y + 26, d, 12.5, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 34 - width_mm(issuer, ctx.body, 12.5) / 2, y + 20, issuer, 20)
    q = {
        "kind": "self_study_exam",
        "subject": major if show_major else None,
        "modules": [c[1] for c in courses],
    }
    return [pg], {"issuer": issuer, "issued_on": ym(issued.year, issued.month) if monthly else iso(issued),
                  "qualification": q}  # fmt: skip


def _exam_month(issued: dt.date) -> str:
    """The latest sitting (April or October) on or before the certificate's month."""
    if issued.month >= 10:
        return month(issued.year, 10, "nian")
    if issued.month >= 4:
        return month(issued.year, 4, "nian")
    return month(issued.year - 1, 10, "nian")


def _pg_course(ctx, holder, head, college, issued, style, pl):  # noqa: ANN001, ANN202
    pg = kit.landscape()
    kit.border(pg, 0, (40, 90, 60))
    y = kit.centre(
        pg,
        ctx,
        30,
        ctx.pick("pg.head", ["研究生课程进修班结业证书", "同等学力研究生课程班结业证书"]),
        24,
        True,
    )
    major = ctx.rng.choice([f for _, f in MASTER_FIELDS])
    start = dt.date(issued.year - 2, 9, 1)
    text = (f"{holder}同志于{month(start.year, 9, style)}至{month(issued.year, issued.month, style)}参加我校"
            f"{major}专业研究生课程进修班学习，修完规定的全部学位课程，考试成绩合格，准予结业。")  # fmt: skip
    y = kit.prose(pg, ctx, 40, y + 16, pg.w - 80, text, 15)
    pg.text(pg.w - 50, y + 20, college, 14, ctx.body, "c")
    pg.text(pg.w - 50, y + 30, day(issued, style), 14, ctx.body, "c")
    pg.text(40, pg.h - 30, f"编号：YJ{issued.year}{ctx.rng.randint(1000, 9999)}", 11, ctx.body)
    kit.seal(pg, ctx, pg.w - 50, y + 25, college, 21)
    return [pg], {"issuer": college, "issued_on": iso(issued),
                  "qualification": {"kind": "postgraduate_courses", "subject": major, "modules": None}}  # fmt: skip


def _computer(ctx, holder, head, college, issued, style, pl):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    issuer = ctx.pick("cp.iss", ["人力资源和社会保障部人事考试中心", f"{pl.prov}省人事考试中心"])
    y = kit.centre(pg, ctx, 26, "全国专业技术人员计算机应用能力考试", 15, True)
    y = kit.centre(pg, ctx, y, kit.spaced("合格证书", "  "), 26, True)
    pg.rect(pg.w - 56, y + 6, pg.w - 30, y + 40, 0.4)
    mods = ctx.rng.sample(COMPUTER_MODULES, ctx.rng.choice([1, 1, 2]))
    y = kit.pairs(pg, ctx, 30, y + 10, [("姓名", holder), ("性别", ctx.rng.choice(["男", "女"])),
                                        ("证件号码", id_masked(ctx.rng))], 12.5, 26)  # fmt: skip
    tab = [["考试科目", "考试日期", "成绩"]] + [
        [m, day(later(issued, -40, -5, ctx.rng), "dash"), "合格"] for m in mods
    ]
    y = pg.table(30, y + 8, [80, 40, 30], tab, 11, ctx.body, row_h=11, header_font=ctx.bold)
    y = kit.pairs(pg, ctx, 30, y + 10, [("证书编号", f"{ctx.rng.randint(10**13, 10**14 - 1)}"),
                                        ("发证日期", day(issued, style))], 12.5, 26)  # fmt: skip
    pg.text(pg.w - 34, y + 12, issuer, 12.5, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 34 - width_mm(issuer, ctx.body, 12.5) / 2, y + 12, issuer, 20)
    return [pg], {"issuer": issuer, "issued_on": iso(issued),
                  "qualification": {"kind": "computer_exam", "subject": None, "modules": mods}}  # fmt: skip


def _diploma_wide(ctx, holder, head, college, issued, style, pl):  # noqa: ANN001, ANN202
    pg = kit.landscape()
    kit.border(pg, 1)
    pg.rect(30, 46, 70, 98, 0.4)
    pg.text(50, 70, "照片", 11, ctx.body, "c", kit.GREY)
    y = kit.centre(pg, ctx, 24, kit.spaced("毕业证书", "  "), 30, True)
    major = ctx.rng.choice(MAJORS)
    form = ctx.pick("dw.form", ["函授", "业余", "脱产"])
    born = _born(ctx, issued, 3)
    text = (f"学生{holder}，{ctx.rng.choice(['男', '女'])}，{born.year}年{born.month}月{born.day}日生，"
            f"于{issued.year - 3}年3月至{issued.year}年{issued.month}月在本校{major}专业（{form}）"
            "学习，学制三年，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    y = kit.prose(pg, ctx, 84, y + 8, pg.w - 114, text, 14)
    pg.text(84, y + 14, f"校名：{college}", 13, ctx.body)
    pg.text(84, y + 24, f"校长：{head}", 13, ctx.body)
    d = f"{han_year(issued.year)}年{han_num(issued.month)}月"
    monthly = ctx.rng.random() < 0.5
    pg.text(pg.w - 40, y + 34, d if monthly else day(issued, style), 13, ctx.body, "r")
    pg.text(30, pg.h - 26, f"证书编号：{ctx.rng.randint(10**16, 10**17 - 1)}", 11, ctx.body)
    kit.seal(pg, ctx, pg.w - 70, y + 26, college, 22)
    return [pg], {"issuer": college, "issued_on": ym(issued.year, issued.month) if monthly else iso(issued),
                  "qualification": {"kind": "graduation", "subject": major, "modules": None}}  # fmt: skip


# ---- other documents ---------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    rng = ctx.rng
    pl = place(rng)
    style = ctx.pick("date", STYLES)
    taken: set[str] = set()
    holder = person(rng, taken)
    on = when(rng, 2018, 2024)
    build = {"invoice": _invoice, "employment": _employment, "appoint": _appoint, "similarity": _similarity,
             "appraisal": _appraisal}[v]  # fmt: skip
    pages, f = build(ctx, holder, on, style, pl, taken)
    return doc("other", "other", v, pages, f, (holder, on.year))


def _invoice(ctx, holder, on, style, pl, taken):  # noqa: ANN001, ANN202
    pg = Page(240.0, 140.0)
    brown = (140, 80, 40)
    pg.text(pg.w / 2, 8, f"{pl.prov}增值税电子普通发票", 17, ctx.bold, "c", brown)
    pg.line(80, 17, 160, 17, 0.4, brown)
    pg.line(80, 18.2, 160, 18.2, 0.4, brown)
    meta = [("发票代码", f"0{ctx.rng.randint(10**10, 10**11 - 1)}"), ("发票号码", f"{ctx.rng.randint(10**7, 10**8 - 1)}"),
            ("开票日期", f"{on.year}年{on.month:02d}月{on.day:02d}日"), ("校 验 码", f"{ctx.rng.randint(10**9, 10**10 - 1)}")]  # fmt: skip
    kit.pairs(pg, ctx, 168, 8, meta, 8.5, 16, lead=1.8)
    kit.qr(pg, ctx.rng, 10, 6, 18)
    seller = train_issuer(ctx.rng, pl)
    pg.rect(8, 28, pg.w - 8, 118, 0.4, brown)
    pg.line(8, 48, pg.w - 8, 48, 0.3, brown)
    pg.line(8, 96, pg.w - 8, 96, 0.3, brown)
    pg.line(8, 104, pg.w - 8, 104, 0.3, brown)
    pg.text(12, 31, f"购买方  名    称：{holder}", 9.5, ctx.body)
    pg.text(12, 38, "        纳税人识别号：", 9.5, ctx.body)
    amount = ctx.rng.choice([300, 360, 480, 600, 800, 1200])
    tab = [["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"],
           ["*非学历教育服务*培训费", "", "人次", "1", f"{amount / 1.03:.2f}", f"{amount / 1.03:.2f}", "3%",
            f"{amount - amount / 1.03:.2f}"]]  # fmt: skip
    pg.table(8, 50, [64, 20, 14, 14, 28, 28, 16, 40], tab, 8.5, ctx.body, row_h=8)
    pg.text(12, 98, f"价税合计（大写）  {_rmb(amount)}          （小写）¥{amount:.2f}", 9.5, ctx.body)
    pg.text(12, 107, f"销售方  名    称：{seller}", 9.5, ctx.body)
    pg.text(12, 122, f"收款人：{person(ctx.rng, taken)}    复核：{person(ctx.rng, taken)}    开票人："
                     f"{person(ctx.rng, taken)}", 8.5, ctx.body)  # fmt: skip
    kit.seal(pg, ctx, 200, 108, seller, 13)
    return [pg], {"holder": holder, "issuer": seller, "issued_on": iso(on)}


def _rmb(n: int) -> str:
    digits = "零壹贰叁肆伍陆柒捌玖"
    out = ""
    for unit, val in (("仟", 1000), ("佰", 100)):
        q, n = divmod(n, val)
        if q:
            out += digits[q] + unit
    q, n = divmod(n, 10)
    if q:
        out += digits[q] + "拾"
    if n:
        out += digits[n]
    return out + "元整"


def _letter(
    pg: Page, ctx: Ctx, head: str, body: str, org: str, on: dt.date, style: str, y: float = 40
) -> float:
    y = kit.centre(pg, ctx, y, head, 24, True)
    y = kit.prose(pg, ctx, 28, y + 14, pg.w - 56, body, 14)
    pg.text(pg.w - 32, y + 24, org, 13, ctx.body, "r")
    pg.text(pg.w - 32, y + 34, day(on, style), 13, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 32 - width_mm(org, ctx.body, 13) / 2, y + 28, org, 20)
    return y + 40


def _employment(ctx, holder, on, style, pl, taken):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    org = pl.unit(ctx.rng)
    since = on.year - ctx.rng.randint(3, 20)
    body = (f"兹证明{holder}同志（身份证号：{id_masked(ctx.rng)}）自{since}年{ctx.rng.randint(1, 12)}月起在我单位工作，"
            f"现从事{ctx.rng.choice(['临床诊疗', '农业技术推广', '工程设计', '教育教学', '检验检测'])}工作，"
            f"具有{ctx.rng.choice(['中级', '副高级', '初级'])}专业技术职务任职资格。特此证明。")  # fmt: skip
    _letter(pg, ctx, ctx.pick("em.head", ["在职证明", "工作证明"]), body, org, on, style)
    return [pg], {"holder": holder, "issuer": org, "issued_on": iso(on)}


def _appoint(ctx, holder, on, style, pl, taken):  # noqa: ANN001, ANN202
    pg = kit.landscape()
    kit.border(pg, 1)
    org = f"{pl.city}市{ctx.rng.choice(['科学技术局', '卫生健康委员会', '农业农村局', '教育局'])}"
    y = kit.centre(pg, ctx, 30, kit.spaced("聘书", "    "), 36, True, (160, 30, 30))
    end = on.replace(year=on.year + 3)
    body = (f"兹聘请{holder}同志为{org}{ctx.rng.choice(['科技项目评审专家', '专业技术职务评审委员会委员', '专家库成员'])}，"
            f"聘期自{day(on, style)}至{day(end, style)}。")  # fmt: skip
    y = kit.prose(pg, ctx, 44, y + 18, pg.w - 88, body, 17)
    pg.text(pg.w - 60, y + 26, org, 15, ctx.body, "c")
    pg.text(pg.w - 60, y + 36, day(on, style), 15, ctx.body, "c")
    kit.seal(pg, ctx, pg.w - 60, y + 30, org, 20)
    return [pg], {"holder": holder, "issuer": org, "issued_on": iso(on)}


def _similarity(ctx, holder, on, style, pl, taken):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    y = kit.centre(pg, ctx, 22, "文本复制检测报告单（全文标明引文）", 16, True)
    pg.text(pg.w / 2, y, f"No：ADBD{on.year}R_{ctx.rng.randint(10**13, 10**14 - 1)}", 9.5, ctx.body, "c")
    authors = [holder] + [person(ctx.rng, taken) for _ in range(ctx.rng.randint(0, 2))]
    title = article_title(ctx.rng)
    rows = [("检测时间", f"{day(on, 'dash')} {ctx.rng.randint(8, 22):02d}:{ctx.rng.randint(0, 59):02d}:"
             f"{ctx.rng.randint(0, 59):02d}"), ("篇名", title), ("作者", "；".join(authors)),
            ("检测范围", "中国学术期刊网络出版总库等"), ("时间范围", f"1900-01-01至{day(on, 'dash')}")]  # fmt: skip
    y = kit.pairs(pg, ctx, 24, y + 12, rows, 11, 24)
    rate = ctx.rng.uniform(2, 18)
    pg.rect(24, y + 4, pg.w - 24, y + 30, 0.3, (200, 200, 200), (245, 247, 250))
    pg.text(30, y + 8, f"去除引用文献复制比：{rate:.1f}%    总文字复制比：{rate + 1.3:.1f}%", 11, ctx.body)
    pg.text(
        30,
        y + 18,
        f"总字数：{ctx.rng.randint(6000, 15000)}    疑似段落数：{ctx.rng.randint(0, 6)}",
        11,
        ctx.body,
    )
    return [pg], {"holder": None, "people": who(authors, "author"), "title": title}


def _appraisal(ctx, holder, on, style, pl, taken):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    y = kit.centre(pg, ctx, 24, f"{on.year - 1}年度事业单位工作人员年度考核登记表", 15, True)
    org = pl.unit(ctx.rng)
    rows = [["姓名", "", "性别", ctx.rng.choice(["男", "女"])], ["单位", org, "", ""],
            ["岗位", ctx.rng.choice(["专业技术岗", "专技十级", "专技八级"]), "考核等次", ""]]  # fmt: skip
    rows[1] = ["单位", org, "", ""]
    pg.table(22, y + 6, [30, 70, 30, 36], rows, 11, ctx.body, row_h=13)
    kit.hand(pg, ctx, 22 + 30 + 35, y + 9.2, holder, 15, "c")
    kit.hand(pg, ctx, 22 + 130 + 18, y + 35.2, ctx.rng.choice(["优秀", "合格"]), 15, "c")
    y += 50
    pg.rect(22, y, 188, y + 110, 0.3)
    pg.text(26, y + 3, "个人总结：", 11, ctx.bold)
    yy = y + 12
    for s in ["本年度认真履行岗位职责，", "积极参加继续教育和业务培训，", "较好完成了各项工作任务。"]:
        kit.hand(pg, ctx, 32, yy, s, 14)
        yy += 11
    pg.text(pg.w - 30, y + 120, f"单位（盖章）：{org}", 11, ctx.body, "r")
    pg.text(pg.w - 30, y + 130, day(on, style), 11, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 60, y + 124, org, 19)
    return [pg], {"holder": holder, "issuer": org, "issued_on": iso(on)}
