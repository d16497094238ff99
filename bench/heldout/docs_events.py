"""Held-out sign-in sheets (签到表, handwritten names) and notices (培训通知/会议通知/邀请函/日程安排)."""

from __future__ import annotations

import datetime as dt
import random

from bench.heldout import values as V
from bench.heldout.doc import Doc, evidence, new_sheet, person, pick
from bench.heldout.sheet import HAND

EVENTS = ("2023年全市农技推广骨干培训班", "基层医务人员慢病管理能力提升培训班", "水利工程建设质量管理专题讲座",
          "中小学骨干教师课堂教学能力研修班", "林业技术人员森林防火业务培训", "工程技术人员BIM技术应用培训班")  # fmt: skip
MEETINGS = ("全市水利工程建设管理工作会议", "全市农业科技创新工作推进会", "县域医共体建设现场会")
ORGS = (
    "益阳市农业农村局",
    "德州市卫生健康委员会",
    "烟台市水利局",
    "泰安市教育局",
    "开封市林业局",
    "常德市住房和城乡建设局",
)
WEEK = "一二三四五六日"


def sign_in_sheet(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    title, org = rng.choice(EVENTS), rng.choice(ORGS)
    day = V.date_in(rng, 2017, 2024)
    n = 24 if v == 2 else rng.randint(7, 12)
    people = V.names(rng, n)
    sheets, fields, scored = [], {}, ["title", "period.start", "period.end", "people"]
    head = title
    sh = new_sheet(font, bold)
    sh.center(f"{head}签到表", 17 if len(head) < 16 else 15, bold=True, gap=2.0)
    if v in (0, 2, 4, 5):
        sh.left(f"主办单位：{org}", 12, gap=1.5)
        fields["issuer"], scored = org, scored + ["issuer"]
    when = {0: V.fmt_date(day, "cn"), 1: V.fmt_date(day, "dot"), 2: V.fmt_date(day, "cn0"), 3: V.fmt_date(day, "dash"),
            4: f"{V.fmt_date(day, 'cn')}（星期{WEEK[day.weekday()]}）", 5: V.fmt_date(day, "han")}[v]  # fmt: skip
    sh.left(f"时间：{when}{'  上午9:00' if v in (1, 4) else ''}", 12, gap=1.5)
    sh.left(
        f"地点：{pick(rng, '市农业农村局三楼会议室', '市委党校报告厅', '人民医院门诊楼五楼学术厅')}",
        12,
        gap=1.8,
    )
    units = [V.unit(rng) for _ in people]
    hand = {0: {3: HAND}, 1: {3: HAND}, 2: {3: HAND}, 3: {1: HAND}, 4: {1: HAND, 4: HAND}, 5: {1: HAND}}[v]
    if v == 4:  # two blocks side by side, numbered down the left block first
        half = (n + 1) // 2
        rows = [["序号", "姓名", "单位", "序号", "姓名", "单位"]]
        for i in range(half):
            right = (
                [str(half + i + 1), people[half + i], units[half + i][:6]] if half + i < n else ["", "", ""]
            )
            rows.append([str(i + 1), people[i], units[i][:6]] + right)
        sh.table([30, 60, 150, 30, 60, 145], rows, size=10, row_h=26, fonts=hand, x0=45)
    else:
        header = {0: ["序号", "姓名", "工作单位", "签名"], 1: ["序号", "工作单位", "职务", "签名"],
                  2: ["序号", "姓名", "单位", "签名"], 3: ["序号", "姓名", "联系电话", "签到时间"],
                  5: ["序号", "姓名", "单位", "备注"]}[v]  # fmt: skip
        rows = []
        for i, name in enumerate(people):
            cells = {0: [name, units[i], name], 1: [units[i], pick(rng, "技术员", "科长", "主任", ""), name],
                     2: [name, units[i], name], 3: [name, f"13{rng.randint(100000000, 999999999)}", f"8:{rng.randint(10, 59)}"],
                     5: [name, units[i], ""]}[v]  # fmt: skip
            rows.append([str(i + 1)] + cells)
        widths = [40, 70 if v != 1 else 190, 190 if v != 1 else 70, 110]
        per_page = 14
        for k in range(0, n, per_page):
            if k:
                sheets.append(sh)
                sh = new_sheet(font, bold, y=60)
            sh.table(widths, [header] + rows[k : k + per_page], size=11, row_h=28, fonts=hand, x0=90)
    sheets.append(sh)
    ev = evidence("sign_in_sheet", pages=len(sheets), title=title, period={"start": day.isoformat(), "end": day.isoformat()},
                  people=[person(p, i + 1, "attendee") for i, p in enumerate(people)], **fields)  # fmt: skip
    return Doc("sign_in_sheet", f"ho-sign-{v}", sheets, ev, tuple(scored))


def _span(start: dt.date, end: dt.date, style: int) -> str:
    """Training dates as notices print them, often leaving out the repeated year and month."""
    if style == 0:
        tail = f"{end.day}日" if end.month == start.month else f"{end.month}月{end.day}日"
        return f"{V.fmt_date(start, 'cn')}至{tail}"
    if style == 1:
        return f"{V.fmt_date(start, 'dot')}-{V.fmt_date(end, 'dot')}"
    return f"{V.fmt_date(start, 'cn')}—{V.fmt_date(end, 'cn')}"


def training_notice(rng: random.Random, v: int, font: str, bold: str) -> Doc:
    org = rng.choice(ORGS)
    start = V.date_in(rng, 2017, 2024)
    end = start + dt.timedelta(days=0 if v == 1 else rng.randint(1, 4))
    issued = start - dt.timedelta(days=rng.randint(7, 30))
    hours = rng.choice([12, 16, 24, 32]) if v in (0, 3, 4) else None
    title = rng.choice(MEETINGS) if v == 1 else rng.choice(EVENTS)
    sh = new_sheet(font, bold)
    sheets = [sh]
    sh.margin = 70
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if hours else []
    )
    if v == 5:  # a bare programme table
        sh.center(f"{title}日程安排", 17, bold=True, gap=2.2)
        days = [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]
        rows = [["日期", "时间", "内容", "主讲人"]]
        for d in days:
            rows += [[V.fmt_date(d, "cn")[5:], "8:30-11:30", rng.choice(("专题讲座", "案例研讨", "现场教学")), V.name(rng)],
                     ["", "14:30-17:30", rng.choice(("分组讨论", "实操训练", "结业考核")), V.name(rng)]]  # fmt: skip
        sh.left(f"时间：{_span(start, end, 2)}", 12)
        sh.table([110, 110, 140, 100], rows, size=11, row_h=26, x0=70)
        sh.right(f"{org}  印", 12)
        scored.remove("issued_on")
        ev = evidence(
            "training_notice",
            title=title,
            issuer=org,
            period={"start": start.isoformat(), "end": end.isoformat()},
        )
        return Doc("training_notice", "ho-notice-5", sheets, ev, tuple(scored))
    verb = "召开" if v == 1 else "举办"
    sh.put(
        sh.margin,
        f"{org[:3]}{pick(rng, '农发', '卫发', '水发', '教发')}〔{issued.year}〕{rng.randint(3, 60)}号",
        11,
    )
    sh.down(30)
    if v == 2:
        sh.center("邀 请 函", 22, bold=True, gap=2.2)
        sh.left(f"尊敬的{V.name(rng)}老师：", 13)
        sh.para(f"兹定于{_span(start, end, 2)}在{pick(rng, '益阳宾馆', '泰山国际会议中心')}举办{title}，"
                f"特邀请您拨冗参加。", 13)  # fmt: skip
    else:
        sh.center(f"关于{verb}{title}的通知", 16, bold=True, gap=2.4)
        sh.left("各有关单位：", 13)
        sh.para(f"为进一步提升专业技术人员业务水平，经研究，决定{verb}{title}。现将有关事项通知如下：", 13)
        label = "会议" if v == 1 else "培训"
        when = _span(start, end, 1 if v == 4 else 0)
        if v == 1:
            when = f"{V.fmt_date(start, 'cn')}（星期{WEEK[start.weekday()]}）上午9:00"
        sh.left(f"一、{label}时间：{when}{'（报到时间另行通知）' if v == 0 else ''}", 13)
        sh.left(f"二、{label}地点：{pick(rng, '市委党校二楼报告厅', '市农业科学研究院学术报告厅')}", 13)
        sh.left(f"三、参{'会' if v == 1 else '训'}人员：各区县业务骨干，每单位{rng.randint(2, 5)}人", 13)
        if hours:
            sh.para(
                f"四、培训结束后，经考核合格的由主办单位颁发结业证书，计继续教育专业科目{hours}学时。",
                13,
                indent=0,
            )
        sh.para(
            f"{'五' if hours else '四'}、请各单位于{V.fmt_date(issued + dt.timedelta(days=5), 'cn')}前报送参训人员名单。",
            13,
            indent=0,
        )
    sh.down(20)
    sh.right(org, 13, x=sh.width - 90)
    sh.right(V.fmt_date(issued, "han" if v in (0, 3) else "cn"), 13, x=sh.width - 90)
    sh.seal(org, sh.width - 150, sh.y - 40, seed=rng.randint(0, 9999))
    if v == 3:  # the programme as an attachment on page 2
        p2 = new_sheet(font, bold)
        p2.left("附件", 13)
        p2.center("课程安排表", 16, bold=True, gap=2.0)
        rows = [["日期", "课程内容", "授课人"]] + [
            [V.fmt_date(start + dt.timedelta(days=k), "cn0")[5:], rng.choice(("政策解读", "技术讲座", "实操演练")), V.name(rng)]
            for k in range((end - start).days + 1)]  # fmt: skip
        p2.table([130, 200, 100], rows, size=11, row_h=28, x0=80)
        sheets.append(p2)
    ev = evidence("training_notice", pages=len(sheets), title=title, issuer=org, issued_on=issued.isoformat(),
                  period={"start": start.isoformat(), "end": end.isoformat()},
                  hours_stated=float(hours) if hours else None)  # fmt: skip
    return Doc("training_notice", f"ho-notice-{v}", sheets, ev, tuple(scored))
