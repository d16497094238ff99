"""Draw 17 builders: training certificates, sign-in sheets, notices, qualifications and non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind17 import pools as P
from bench.blind17.pools import Ctx
from bench.generator.truth import person

TOPICS_PUBLIC = [
    "数字经济与创新驱动发展",
    "专业技术人员职业道德与诚信建设",
    "习近平新时代中国特色社会主义思想专题",
    "乡村振兴战略解读",
    "知识产权保护与运用",
    "人工智能与数字化转型",
    "心理健康与压力管理",
    "安全生产与应急管理",
    "法治政府建设专题讲座",
]
TOPICS_PRO = [
    "基层慢性病规范化管理",
    "中小学课堂教学设计与评价",
    "装配式建筑施工质量控制",
    "小麦赤霉病综合防控技术",
    "急危重症护理新进展",
    "农村饮水安全工程运行管护",
    "基于核心素养的大单元教学",
    "畜禽养殖废弃物资源化利用",
    "医院感染预防与控制",
    "桥梁检测与加固技术",
    "儿童青少年近视防控适宜技术",
    "信息技术与学科教学深度融合",
]
PLATFORMS = [
    ("山东省专业技术人员继续教育公共服务平台", "山东省人力资源和社会保障厅"),
    ("河南省专业技术人员继续教育网", "河南省人力资源和社会保障厅"),
    ("湖南省专业技术人员继续教育平台", "湖南省人力资源和社会保障厅"),
]


def _cat(ctx: Ctx, k: int) -> str | None:
    return ("public", "professional", None)[(k + k // 6) % 3]


def _topic(ctx: Ctx, cat: str | None) -> str:
    if cat == "public":
        return ctx.rng.choice(TOPICS_PUBLIC)
    if cat == "professional":
        return ctx.rng.choice(TOPICS_PRO)
    return ctx.rng.choice(TOPICS_PUBLIC + TOPICS_PRO)


def _claim(name: str, year: int) -> dict:
    return {"person": name, "year": year}


# ---- training certificates ------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training")
    rng, st = ctx.rng, P.style(ctx)
    prov, city = P.where(rng)
    who = P.people(rng, 1)[0]
    cat = _cat(ctx, k)
    topic = _topic(ctx, cat)
    catword = {"public": "公需科目", "professional": "专业科目", None: ""}[cat]
    a = P.a_date(rng, 2018, 2024)
    b = a + dt.timedelta(days=rng.choice((0, 1, 2, 4, 6)))
    issued = b + dt.timedelta(days=rng.randint(0, 12))
    hours = rng.choice((6, 8, 12, 16, 20, 24, 30, 32, 40))
    unit = P.workplace(rng, city)
    pg = Page()
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    fields: dict = {"holder": who, "hours_stated": float(hours)}
    if v == "portal":
        plat, dept = [x for x in PLATFORMS if x[1].startswith(prov)][0]
        issuer = dept
        title = f"{a.year}年度{catword or '继续教育'}网络培训"
        pg.rect(0, 0, pg.w, 18, 0, fill=(30, 90, 160))
        pg.text(12, 5, plat, 14, ctx.bold, color=(255, 255, 255))
        pg.text(pg.w - 12, 22, "打印时间：" + P.day(issued, "dash"), 9, ctx.body, "r")
        heading(pg, ctx, "继续教育学时证明", 34, 22)
        y = label_lines(
            pg,
            ctx,
            22,
            54,
            [
                ("姓    名", who),
                ("工作单位", unit),
                ("培训项目", title),
                ("学习时间", P.span(a, b, st)),
                ("获得学时", f"{hours}学时"),
            ],
            12,
            "：",
        )
        rows = [["序号", "课程名称", "类别", "学时"]]
        per = hours // 2
        rows.append(["1", topic, catword or "—", str(per)])
        rows.append(
            ["2", _topic(ctx, cat) + "（下）" if cat else "综合素养提升", catword or "—", str(hours - per)]
        )
        y = pg.table(22, y + 4, [14, 100, 30, 22], rows, 10.5, ctx.body)
        pg.text(22, y + 6, f"合计：{hours}学时（以上学时已记入个人继续教育档案）", 11, ctx.body)
        sign_block(pg, ctx, issuer, day(issued, st), y + 24, seed=k)
    elif v == "credcard":
        issuer = f"{city}市卫生健康委员会继续医学教育委员会" if rng.random() < 0.5 else f"{prov}省医学会"
        title = f"{topic}学习班"
        pg = Page(w=148, h=105)
        frame(pg, ctx, 1)
        pg.text(pg.w / 2, 14, "继续医学教育学分证书", 17, ctx.bold, "c")
        pg.text(
            pg.w / 2,
            24,
            f"项目编号：{prov[:1]}{a.year}-{rng.randint(10, 99)}-{rng.randint(100, 999)}",
            9,
            ctx.body,
            "c",
        )
        pg.wrap(
            16,
            33,
            118,
            f"{who}同志于{P.span(a, b, st)}参加{title}，经考核合格，"
            f"授予Ⅱ类学分{hours // 4 or 1}分（{hours}学时）。",
            11,
            ctx.body,
            1.7,
            8,
        )
        if catword:
            pg.text(16, 62, f"科目类别：{catword}", 10, ctx.body)
        sign_block(pg, ctx, issuer, day(issued, st), 72, x_right=pg.w - 10, size=10, seed=k)
    elif v == "teacher":
        issuer = P.college(rng, prov) + "继续教育学院"
        title = f"{city}市中小学教师{topic}研修班"
        frame(pg, ctx, 2)
        heading(pg, ctx, "结 业 证 书", 40, 30)
        pg.text(30, 70, f"编号：JS{a.year}{rng.randint(1000, 9999)}", 11, ctx.body)
        pg.wrap(30, 90, 150, f"{who}老师：", 15, ctx.body)
        pg.wrap(
            30,
            102,
            150,
            f"于{P.span(a, b, st)}参加{title}（{catword or '集中研修'}），"
            f"完成全部研修任务，累计{hours}学时，成绩合格，准予结业。",
            15,
            ctx.body,
            1.9,
            11,
        )
        sign_block(pg, ctx, issuer, day(issued, st), 190, seed=k)
    elif v == "appshot":
        issuer = rng.choice(PLATFORMS)[1]
        title = topic
        pg = Page(w=80, h=170, bg=(244, 244, 246))
        pg.text(5, 3, f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", 8, ctx.body)
        pg.text(75, 3, "5G 76%", 8, ctx.body, "r")
        pg.text(40, 11, "我的证书", 11, ctx.bold, "c")
        pg.rect(4, 20, 76, 150, 0.2, (200, 200, 200), (255, 255, 255))
        pg.text(40, 26, "培训合格证明", 12, ctx.bold, "c")
        yy = 38
        for lab, val in [
            ("学员", who),
            ("课程", title),
            ("类别", catword or "继续教育"),
            ("学习周期", P.day(a, st)),
            ("至", P.day(b, st)),
            ("学时", f"{hours}"),
            ("发证单位", issuer),
            ("发证日期", P.day(issued, st)),
        ]:
            pg.text(7, yy, lab, 7.5, ctx.body, color=(110, 110, 110))
            yy = pg.wrap(7, yy + 4, 66, val, 8.5, ctx.body) + 2
        pg.seal(58, 130, 12, issuer[:14], k)
    elif v == "ledger":
        issuer = f"{city}市人力资源和社会保障局"
        title = f"{topic}专题培训"
        heading(pg, ctx, f"{city}市专业技术人员继续教育|培训学时登记证明", 30, 18)
        rows = [
            ["姓名", who],
            ["工作单位", unit],
            ["培训项目", title],
            ["科目类型", catword or "综合"],
            ["培训起止", P.span(a, b, st)],
            ["认定学时", f"{hours}学时"],
        ]
        y = pg.table(18, 60, [36, 138], rows, 11, ctx.body, 12)
        pg.wrap(22, y + 10, 165, "经审核，该同志参加上述培训，学时予以登记。", 12, ctx.body)
        sign_block(pg, ctx, issuer, day(issued, st), y + 40, seed=k)
    else:  # wide
        issuer = f"{prov}省{rng.choice(['工程师学会', '土木建筑学会', '农学会', '教育学会'])}"
        title = f"{topic}高级研修班"
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        heading(pg, ctx, "培 训 证 书", 30, 32)
        pg.wrap(
            45,
            70,
            210,
            f"兹证明 {who} 同志于{P.span(a, b, st)}参加由我会举办的{title}，"
            f"{'属' + catword + '，' if catword else ''}共计{hours}学时，考核合格。",
            16,
            ctx.body,
            2.0,
            12,
        )
        pg.text(45, 150, f"证书编号：{rng.randint(10**7, 10**8 - 1)}", 11, ctx.body)
        sign_block(pg, ctx, issuer, day(issued, st), 140, x_right=260, size=14, seed=k)
    fields.update(
        title=title,
        issuer=issuer,
        issued_on=issued.isoformat(),
        period={"start": a.isoformat(), "end": b.isoformat()},
    )
    return Doc("training_certificate", f"training17-{v}", [pg], fields, scored, _claim(who, b.year), cat)


def day(d: dt.date, st: str) -> str:
    return P.day(d, st)


# ---- sign-in sheets -------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("signin")
    rng, st = ctx.rng, P.style(ctx)
    prov, city = P.where(rng)
    n = rng.randint(6, 12)
    names = P.people(rng, n)
    topic = rng.choice(TOPICS_PRO + TOPICS_PUBLIC)
    a = P.a_date(rng, 2018, 2024)
    b = a + dt.timedelta(days=1) if v == "twoday" else a
    issuer = rng.choice(
        [
            f"{city}市卫生健康委员会",
            f"{city}市教育局",
            f"{city}市科学技术协会",
            P.workplace(rng, city),
            f"{prov}省{rng.choice(['护理', '水利', '园艺'])}学会",
        ]
    )
    title = rng.choice([f"{topic}培训班", f"{topic}专题讲座", f"{topic}学术交流会"])
    units = [P.workplace(rng, city) for _ in range(n)]
    pg = Page()
    heading(pg, ctx, f"{title}签到表", 18, 17)
    pg.text(18, 32, f"主办单位：{issuer}", 11, ctx.body)
    pg.text(
        18,
        39,
        ("日期：" if a == b else "时间：") + (P.day(a, st) if a == b else P.span(a, b, st)),
        11,
        ctx.body,
    )
    pg.text(
        192,
        39,
        f"地点：{city}市{rng.choice(['会议中心', '培训楼三楼报告厅', '学术报告厅'])}",
        11,
        ctx.body,
        "r",
    )
    if v == "split":
        half = (n + 1) // 2
        rows = [["序号", "姓名", "签到", "序号", "姓名", "签到"]]
        for i in range(half):
            j = i + half
            rows.append(
                [str(i + 1), names[i], "", str(j + 1) if j < n else "", names[j] if j < n else "", ""]
            )
        y = pg.table(18, 48, [14, 34, 38, 14, 34, 38], rows, 10.5, ctx.body, 11)
        order = [names[i] for i in range(n)]
    else:
        hdr = {
            "grid": ["序号", "姓名", "工作单位", "职称", "签名"],
            "inout": ["序号", "姓名", "单位", "签到时间", "签退时间"],
            "register": ["编号", "姓名", "科室/部门", "联系电话", "本人签字"],
            "twoday": ["序号", "姓名", "单位", "第一天", "第二天"],
        }[v]
        rows = [hdr]
        for i, nm in enumerate(names):
            extra = {
                "grid": [
                    units[i],
                    rng.choice(["主治医师", "中级教师", "工程师", "高级农艺师", "主管护师"]),
                    "",
                ],
                "inout": [units[i], f"8:{rng.randint(10, 29)}", f"17:{rng.randint(30, 59)}"],
                "register": [
                    rng.choice(["内科", "外科", "教务处", "技术科", "质检科"]),
                    f"1{rng.randint(30, 89)}****{rng.randint(1000, 9999)}",
                    "",
                ],
                "twoday": [units[i], "√", "√"],
            }[v]
            rows.append([str(i + 1), nm] + extra)
        y = pg.table(18, 48, [14, 30, 66, 32, 32], rows, 10, ctx.body, 11)
        order = names
    if v in ("grid", "register"):
        for i, nm in enumerate(order):
            pg.text(178, 48 + 11 * (i + 1) + 2.5, nm, 11, ctx.hand, "c", (30, 30, 120))
    pg.text(18, y + 8, f"应到{n + rng.randint(0, 3)}人，实到{n}人。", 11, ctx.body)
    sign_block(pg, ctx, issuer, P.day(a, st), y + 18, seed=k)
    ppl = [person(nm, i + 1, "attendee") for i, nm in enumerate(order)]
    fields = {
        "people": ppl,
        "title": title,
        "issuer": issuer,
        "period": {"start": a.isoformat(), "end": b.isoformat()},
    }
    return Doc(
        "sign_in_sheet",
        f"signin17-{v}",
        [pg],
        fields,
        ["title", "issuer", "period.start", "period.end", "people"],
        _claim(rng.choice(order), a.year),
    )


from bench.blind17.notices import other, qualification_certificate, training_notice  # noqa: E402

__all__ = ["other", "qualification_certificate", "sign_in_sheet", "training_certificate", "training_notice"]
