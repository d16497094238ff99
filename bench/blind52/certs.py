"""Builders for training certificates, sign-in sheets, training notices, qualification certificates and other
proofs (blind draw 52)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.page import Page, width_mm
from bench.blind52 import kit
from bench.blind52.kit import GREY, RED, lh, make_doc
from bench.blind52.pools import (
    DATE_STYLES, PLATFORMS, PUBLIC_TRAIN, Ctx, fmt_date, fmt_month, hours_str, names, person_name, rand_date,
)  # fmt: skip
from bench.generator.truth import person

DAY = dt.timedelta(days=1)


def _claim(city: dict[str, Any], name: str) -> dict[str, Any]:
    return {"person": name, "year": city["year"], "policy": city["policy"]}


def _period_text(a: dt.date, b: dt.date, style: str, sep: str, short: bool) -> str:
    if a == b:
        return fmt_date(a, style)
    if short and style in ("cn",) and a.month == b.month:
        return f"{fmt_date(a, style)}{sep}{b.day}日"
    return f"{fmt_date(a, style)}{sep}{fmt_date(b, style)}"


def _cat_word(ctx: Ctx, city: dict[str, Any], cat: str | None) -> str | None:
    if cat is None:
        return None
    if city["c"] == "泰安":
        return {"public": "公需课", "professional": "专业课"}[cat]
    return {"public": "公需科目", "professional": ctx.choice(("专业科目", "专业科目", "专业课"))}[cat]


def _hr(city: dict[str, Any]) -> str:
    return f"{city['city']}人力资源和社会保障局"


def _training(ctx: Ctx, prof: dict[str, Any], city: dict[str, Any], online: bool = False) -> dict[str, Any]:
    rng = ctx.rng
    year = city["year"]
    cat = rng.choice(("public", "professional", None))
    word = _cat_word(ctx, city, cat)
    if cat == "public":
        title = rng.choice((f"{year}年度专业技术人员继续教育{word}培训", rng.choice(PUBLIC_TRAIN)))
        issuer = rng.choice((_hr(city), city["school"], _hr(city)))
    else:
        title = rng.choice(prof["train"])
        issuer = ctx.org(prof, city)
    start = rand_date(rng, year, 2, 11)
    days = rng.choice((1, 2, 3, 3, 4, 5)) if not online else rng.choice((20, 35, 60, 90))
    end = start + (days - 1) * DAY
    hours = float(rng.choice((6, 8)) * days) if not online else float(rng.choice((24, 26, 30, 40, 60)))
    issued = end + rng.choice((0, 0, 1, 3, 7)) * DAY
    return {"cat": cat, "word": word, "title": title, "issuer": issuer, "start": start, "end": end,
            "hours": hours, "issued": issued}  # fmt: skip


def _tc_fields(holder: str, t: dict[str, Any]) -> dict[str, Any]:
    return {"holder": holder, "people": [], "title": t["title"], "issuer": t["issuer"],
            "issued_on": t["issued"].isoformat(),
            "period": {"start": t["start"].isoformat(), "end": t["end"].isoformat()}, "hours_stated": t["hours"]}  # fmt: skip


# ==== training certificates ========================================================================
def training_certificate(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("training_certificate")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    online = fam in ("phone-ecert", "browser-archive")
    t = _training(ctx, prof, city, online)
    holder = person_name(rng)
    work = ctx.work(prof, city)
    ds = ctx.choice(DATE_STYLES)
    co = ctx.pick("t52.colon")
    word = ctx.pick("t52.tc.word")
    closing = ctx.pick("t52.tc.closing")
    ptxt = _period_text(
        t["start"],
        t["end"],
        ctx.choice(("cn", "cn", "dot", "iso")),
        ctx.choice(("至", "—", "-")),
        rng.random() < 0.4,
    )
    hs = hours_str(t["hours"])
    pages: list[Page]
    if fam == "portrait-seal":
        pg = kit.portrait()
        from bench.blind.doc import frame

        frame(pg, ctx, rng.choice((1, 2, 3)))
        pg.text(
            pg.w - 24,
            20,
            f"证书编号{co}{kit.cert_no(rng, city['abbr'] + str(city['year']), 6)}",
            9,
            ctx.body,
            "r",
        )
        pg.text(pg.w / 2, 48, kit.spaced(word, "  "), 30, ctx.bold, "c", (150, 20, 20))
        kit.photo_box(pg, ctx, 28, 78)
        y = 78.0
        y = pg.wrap(60, y, 122, f"姓名{co}{holder}", 13, ctx.body)
        y = pg.wrap(60, y + 2, 122, f"单位{co}{work}", 13, ctx.body)
        y = 124.0
        body = (f"{holder}同志于{ptxt}参加{t['issuer']}举办的“{t['title']}”，完成规定课程学习，经考核合格，"
                f"共计{hs}学时。{closing}")  # fmt: skip
        y = pg.wrap(30, y, 150, body, 14, ctx.body, 1.9, indent=10)
        if t["word"]:
            pg.text(40, y + 4, f"科目类别{co}{t['word']}", 12, ctx.body)
        from bench.blind.doc import sign_block

        sign_block(
            pg,
            ctx,
            t["issuer"],
            fmt_date(t["issued"], ctx.choice((ds, "han"))),
            222,
            seed=rng.randrange(9999),
        )
        kit.noise(pg, rng)
        pages = [pg]
    elif fam == "landscape-grid":
        pg = kit.landscape()
        pg.rect(8, 8, pg.w - 8, pg.h - 8, 1.6, (40, 90, 150))
        y = kit.title_lines(pg, ctx, f"{city['city']}专业技术人员继续教育培训{word}", 20, 24, 200)
        rows = [("姓    名", holder), ("工作单位", work), ("培训项目", t["title"]), ("培训时间", ptxt),
                ("学    时", f"{hs}学时")]  # fmt: skip
        if t["word"]:
            rows.append(("科目类别", t["word"]))
        y = kit.pairs_table(pg, ctx, 40, y + 6, 217, rows, 12.5, 34, 11)
        kit.qr(pg, 30, pg.h - 48, 22, rng.randrange(9999), "扫码查验证书", ctx)
        iss = fmt_date(t["issued"], ds)
        pg.text(pg.w - 40, y + 14, t["issuer"], 13, ctx.body, "r")
        pg.text(pg.w - 40, y + 22, iss, 13, ctx.body, "r")
        pg.seal(
            pg.w - 40 - width_mm(t["issuer"], ctx.body, 13) / 2,
            y + 18,
            18,
            t["issuer"][:16],
            rng.randrange(9999),
        )
        pages = [pg]
    elif fam == "booklet-inner":
        p1, p2 = Page(148.0, 210.0), Page(210.0, 148.0)
        p1.rect(8, 8, 140, 202, 0.4, GREY)
        p1.text(74, 18, "专业技术人员继续教育证书", 14, ctx.bold, "c")
        kit.photo_box(p1, ctx, 100, 32, 24, 32)
        y = 34.0
        for lab, val in (("姓    名", holder), ("性    别", rng.choice("男女")), ("工作单位", work),
                         ("专业技术职务", rng.choice(prof["titles"])),
                         ("证书编号", kit.cert_no(rng, city["abbr"] + "JJ", 7))):  # fmt: skip
            p1.text(16, y, f"{lab}{co}", 10, ctx.body)
            kit.fit(p1, 16, y + 5.5, val, 10.5, ctx.hand, 80 if y < 66 else 118, "l", kit.BLUE_INK)
            y += 14
        p1.text(74, 186, f"{city['prov']}人力资源和社会保障厅监制", 9, ctx.body, "c", GREY)
        p2.text(105, 12, "继续教育学时登记", 13, ctx.bold, "c")
        head = ["起止日期", "培训内容", "学时", "类别", "主办单位", "登记日期"]
        row = [ptxt, t["title"], hs, t["word"] or "", t["issuer"], fmt_date(t["issued"], "dot")]
        kit.table(p2, ctx, 8, 22, [36, 62, 10, 16, 48, 22], [head, row] + [[""] * 6] * 6, 8.5, 14,
                  hand_cols=(0, 1, 2, 3, 5))  # fmt: skip
        p2.seal(8 + 36 + 62 + 10 + 16 + 24, 43, 13, t["issuer"][:16], rng.randrange(9999))
        p2.text(105, 138, "— 3 —", 8, ctx.body, "c", GREY)
        pages = [p1, p2]
    elif fam == "phone-ecert":
        plat, host = rng.choice(PLATFORMS["kaifeng" if city["c"] == "开封" else "taian"])
        pg = kit.phone_page()
        y = kit.phone_frame(pg, ctx, "我的证书", f"{rng.randrange(8, 22)}:{rng.randrange(60):02d}")
        pg.text(6, y, plat, 8, ctx.bold, "l", (22, 88, 160))
        y += 6
        kit.card(pg, 5, y, pg.w - 5, y + 96)
        pg.rect(8, y + 3, pg.w - 8, y + 93, 0.8, (180, 140, 60))
        pg.text(pg.w / 2, y + 8, f"电子{word}", 12, ctx.bold, "c", (150, 20, 20))
        yy = pg.wrap(12, y + 18, pg.w - 24, f"{holder}：", 8, ctx.body)
        txt = (f"你于{ptxt}在{plat}完成“{t['title']}”在线学习，考试合格，获得{hs}学时。"
               + (f"（{t['word']}）" if t["word"] else ""))  # fmt: skip
        yy = pg.wrap(12, yy + 1, pg.w - 24, txt, 7.5, ctx.body, 1.7, indent=5)
        iss_y = max(yy + 6, y + 66)
        pg.text(pg.w - 12, iss_y, t["issuer"], 7, ctx.body, "r")
        pg.text(pg.w - 12, iss_y + 5, fmt_date(t["issued"], ds), 7, ctx.body, "r")
        pg.seal(
            pg.w - 12 - width_mm(t["issuer"], ctx.body, 7) / 2,
            iss_y + 2,
            8.5,
            t["issuer"][:16],
            rng.randrange(9999),
        )
        y += 100
        pg.text(6, y, f"证书编号：{kit.cert_no(rng, 'E' + str(city['year']), 9)}", 7, ctx.body, "l", GREY)
        kit.qr(pg, pg.w / 2 - 11, y + 7, 22, rng.randrange(9999), "扫一扫 验证证书真伪", ctx)
        pg.rect(8, pg.h - 16, pg.w - 8, pg.h - 7, 0.0, (22, 88, 160), (22, 88, 160))
        pg.text(pg.w / 2, pg.h - 14, "保存证书到相册", 8.5, ctx.bold, "c", (255, 255, 255))
        pages = [pg]
    elif fam == "browser-archive":
        plat, host = rng.choice(PLATFORMS["kaifeng" if city["c"] == "开封" else "taian"])
        pg = kit.portrait()
        stamp = f"{fmt_date(t['issued'], 'slash')} {rng.randrange(8, 18)}:{rng.randrange(60):02d}"
        y = kit.browser_frame(pg, ctx, stamp, f"学习档案 - {plat}", f"https://{host}/user/archive/print")
        y = kit.site_banner(pg, ctx, plat, y)
        pg.text(pg.w / 2, y + 2, "专业技术人员继续教育学时证明", 16, ctx.bold, "c")
        y += 14
        y = kit.pairs_table(pg, ctx, 18, y, 174, [("姓名", holder), ("工作单位", work), ("培训项目", t["title"]),
                                                 ("学习时间", ptxt), ("主办单位", t["issuer"])], 10, 28, 9)  # fmt: skip
        pool = (
            list(PUBLIC_TRAIN)
            if t["cat"] == "public"
            else [f"{prof['job']}{s}" for s in ("岗位新知识", "实务案例", "技术规范解读", "安全要点")]
        )
        n = rng.randrange(3, 5)
        per = t["hours"] / n
        head = ["序号", "课程名称"] + (["类别"] if t["word"] else []) + ["学时", "完成日期", "考核"]
        rows = [head]
        for i, c in enumerate(rng.sample(pool, min(n, len(pool)))):
            d = t["start"] + dt.timedelta(days=(t["end"] - t["start"]).days * i // max(1, n - 1))
            rows.append(
                [str(i + 1), c]
                + ([t["word"]] if t["word"] else [])
                + [f"{per:.1f}", fmt_date(d, "iso"), "合格"]
            )
        widths = [12, 70] + ([20] if t["word"] else []) + [16, 30, 16]
        widths[1] += 174 - sum(widths)
        y = kit.table(pg, ctx, 18, y + 6, widths, rows, 9, 8.5, head_fill=(232, 238, 246))
        pg.text(192, y + 4, f"合计：{hs}学时", 11, ctx.bold, "r")
        pg.text(192, y + 16, f"出具日期：{fmt_date(t['issued'], 'cn')}", 10, ctx.body, "r")
        pg.seal(160, y + 14, 17, t["issuer"][:16], rng.randrange(9999))
        pages = [pg]
    else:  # chat-forward
        pg = kit.phone_page()
        y = kit.phone_frame(
            pg,
            ctx,
            f"{prof['job'][:4]}培训交流群({rng.randrange(40, 300)})",
            f"{rng.randrange(8, 22)}:{rng.randrange(60):02d}",
        )
        sender = person_name(rng)
        pg.text(
            pg.w / 2,
            y,
            fmt_date(t["issued"], "cn") + f" {rng.randrange(9, 20)}:{rng.randrange(60):02d}",
            6.5,
            ctx.body,
            "c",
            GREY,
        )
        y += 6
        pg.rect(4, y, 11, y + 7, 0.0, (120, 160, 200), (120, 160, 200))
        pg.text(13, y, sender, 6.5, ctx.body, "l", GREY)
        pg.rect(13, y + 4, 72, y + 14, 0.0, (255, 255, 255), (255, 255, 255))
        pg.text(15, y + 6, "各位老师，结业证书已出，请各自保存。", 6.8, ctx.body)
        y += 18
        pg.rect(4, y, 11, y + 7, 0.0, (120, 160, 200), (120, 160, 200))
        pg.text(13, y, sender, 6.5, ctx.body, "l", GREY)
        x0, x1, y0 = 13.0, 76.0, y + 4
        pg.rect(x0, y0, x1, y0 + 50, 0.3, (200, 200, 200), (253, 250, 240))
        pg.rect(x0 + 1.5, y0 + 1.5, x1 - 1.5, y0 + 48.5, 0.6, (170, 40, 40))
        pg.text((x0 + x1) / 2, y0 + 4, word, 10, ctx.bold, "c", (150, 20, 20))
        txt = f"{holder}同志于{ptxt}参加“{t['title']}”，考核合格，计{hs}学时。" + (
            f"科目：{t['word']}。" if t["word"] else ""
        )
        yy = pg.wrap(x0 + 4, y0 + 11, x1 - x0 - 8, txt, 6, ctx.body, 1.6)
        pg.text(x1 - 4, max(yy + 2, y0 + 37), t["issuer"], 5.5, ctx.body, "r")
        pg.text(x1 - 4, max(yy + 2, y0 + 37) + 4, fmt_date(t["issued"], ds), 5.5, ctx.body, "r")
        pg.seal(
            x1 - 4 - width_mm(t["issuer"], ctx.body, 5.5) / 2,
            max(yy + 2, y0 + 37) + 2,
            6.5,
            t["issuer"][:16],
            rng.randrange(9999),
        )
        y = y0 + 56
        pg.rect(54, y, 68, y + 8, 0.0, (149, 236, 105), (149, 236, 105))
        pg.text(61, y + 2, "收到", 6.8, ctx.body, "c")
        pg.rect(70, y, 77, y + 7, 0.0, (200, 170, 130), (200, 170, 130))
        pg.rect(0, pg.h - 12, pg.w, pg.h, 0.0, (240, 240, 240), (240, 240, 240))
        pg.rect(10, pg.h - 10, pg.w - 18, pg.h - 3, 0.2, (220, 220, 220), (255, 255, 255))
        pages = [pg]
    fields = _tc_fields(holder, t)
    return make_doc("training_certificate", fam, pages, fields, _claim(city, holder), t["cat"])


# ==== sign-in sheets ===============================================================================
def sign_in_sheet(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("sign_in_sheet")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    year = city["year"]
    title = rng.choice(prof["train"] + (rng.choice(PUBLIC_TRAIN) + "专题讲座",))
    issuer = ctx.org(prof, city)
    day = rand_date(rng, year, 3, 11)
    n = {"two-page": rng.randrange(22, 30), "twin-columns": rng.randrange(14, 21)}.get(
        fam, rng.randrange(8, 14)
    )
    people = names(rng, n)
    holder = rng.choice(people)
    units = [ctx.work(prof, city) for _ in range(n)]
    place = rng.choice((f"{city['school']}报告厅", f"{issuer}三楼会议室", f"{city['city']}{rng.choice(city['road'])}"
                        f"{rng.randrange(10, 300)}号培训中心", "线上（腾讯会议）+ 线下分会场"))  # fmt: skip
    ds = ctx.choice(DATE_STYLES)
    co = ctx.pick("t52.colon")
    head_lines = [f"主办单位{co}{issuer}", f"时间{co}{fmt_date(day, ds)}", f"地点{co}{place}"]
    pages: list[Page]
    if fam in ("table-hand", "desk-photo"):
        pg = kit.portrait()
        x0 = 18.0
        if fam == "desk-photo":
            pg.bg = (120, 104, 88)
            pg.rect(14, 12, 200, 290, 0.0, (250, 249, 244), (250, 249, 244))
            x0 = 22.0
        y = kit.title_lines(pg, ctx, f"{title}签到表", 24, 17, 160, x=107)
        for s in head_lines:
            pg.text(x0, y, s, 10.5, ctx.body)
            y += 6.5
        rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
        for i, nm in enumerate(people):
            rows.append([str(i + 1), nm, units[i], rng.choice(prof["titles"]), nm])
        y = kit.table(pg, ctx, x0, y + 3, [14, 26, 70, 26, 36], rows, 9.5, 10.5, hand_cols=(4,))
        if fam == "desk-photo":
            kit.annotate(pg, ctx, 130, y + 8, person_name(rng), "已核对")
        pg.text(x0, y + 8, f"共{n}人", 10, ctx.body)
        kit.noise(pg, rng)
        pages = [pg]
    elif fam == "landscape-ampm":
        pg = kit.landscape()
        y = kit.title_lines(pg, ctx, f"{title}签到表", 16, 17, 240)
        pg.text(20, y, "    ".join(head_lines), 10, ctx.body)
        rows = [["序号", "姓名", "单位", "上午签到", "下午签到", "备注"]]
        for i, nm in enumerate(people):
            rows.append([str(i + 1), nm, units[i], "", "", "请假" if rng.random() < 0.06 else ""])
        yt = y + 8
        yb = kit.table(pg, ctx, 20, yt, [16, 32, 110, 40, 40, 19], rows, 10, 10.5)
        for i in range(n):
            if rows[i + 1][5]:
                continue
            for cx in (20 + 16 + 32 + 110 + 16, 20 + 16 + 32 + 110 + 40 + 16):
                if rng.random() < 0.92:
                    kit.tick(pg, cx, yt + 10.5 * (i + 1) + 3, 4)
        pg.text(20, yb + 6, "注：请本人签到，不得代签。", 9, ctx.body, "l", GREY)
        pages = [pg]
    elif fam == "twin-columns":
        pg = kit.portrait()
        y = kit.title_lines(pg, ctx, f"{title}签到表", 22, 16, 170)
        pg.text(20, y, head_lines[0], 10, ctx.body)
        pg.text(190, y, head_lines[1], 10, ctx.body, "r")
        half = (n + 1) // 2
        for part, xs in ((people[:half], 18.0), (people[half:], 110.0)):
            base = 0 if xs < 100 else half
            rows = [["序号", "姓名", "签到"]] + [[str(base + i + 1), nm, nm] for i, nm in enumerate(part)]
            kit.table(pg, ctx, xs, y + 8, [14, 30, 38], rows, 9.5, 10.5, hand_cols=(2,))
        pg.text(20, pg.h - 22, head_lines[2], 9, ctx.body, "l", GREY)
        pages = [pg]
    elif fam == "two-page":
        per = (n + 1) // 2
        pages = []
        for p in range(2):
            pg = kit.portrait()
            y = 22.0
            if p == 0:
                y = kit.title_lines(pg, ctx, f"{title}签到表", 22, 16, 170)
                for s in head_lines:
                    pg.text(20, y, s, 10, ctx.body)
                    y += 6
            chunk = people[p * per : (p + 1) * per]
            rows = [["序号", "姓名", "单位", "联系电话", "签字"]]
            for i, nm in enumerate(chunk):
                j = p * per + i
                rows.append(
                    [str(j + 1), nm, units[j], f"1{rng.randrange(30, 99)}****{rng.randrange(10000):04d}", nm]
                )
            kit.table(pg, ctx, 18, y + 3, [13, 24, 72, 34, 31], rows, 9, 9.5, hand_cols=(4,))
            kit.footer(pg, ctx, "pageno", n=p + 1, total=2)
            pages.append(pg)
    else:  # register-book
        pg = Page(210.0, 148.0 * 2)
        pg.rect(10, 10, 200, 286, 0.3, GREY)
        pg.text(105, 18, "签  到  簿", 20, ctx.bold, "c")
        kit.fit(pg, 105, 31, f"活动名称：{title}", 11, ctx.body, 180, "c")
        pg.text(105, 38, f"{fmt_date(day, ds)}    {issuer}", 10, ctx.body, "c")
        rows = [["序号", "姓名（手写）", "单位", "手机号"]]
        for i, nm in enumerate(people):
            rows.append([str(i + 1), nm, units[i], f"1{rng.randrange(30, 99)}****{rng.randrange(10000):04d}"])
        kit.table(pg, ctx, 16, 46, [14, 40, 88, 36], rows, 9.5, 11, hand_cols=(1, 2, 3))
        pages = [pg]
    fields = {"holder": None, "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(people)],
              "title": title, "issuer": issuer, "issued_on": None,
              "period": {"start": day.isoformat(), "end": day.isoformat()}, "hours_stated": None}  # fmt: skip
    return make_doc("sign_in_sheet", fam, pages, fields, _claim(city, holder))


# ==== training notices =============================================================================
def training_notice(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("training_notice")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    year = city["year"]
    t = _training(ctx, prof, city)
    if t["cat"] == "public" and fam != "red-head":
        t["cat"], t["word"] = None, None
        t["title"] = rng.choice(prof["train"])
    title = t["title"]
    issuer = t["issuer"]
    start, end = t["start"], t["end"]
    issued = start - rng.randrange(6, 25) * DAY
    if issued.year != year:
        issued = dt.date(year, 1, 1) + rng.randrange(0, 10) * DAY
        start = issued + 14 * DAY
        end = start + (t["end"] - t["start"])
    hs = hours_str(t["hours"])
    ds = ctx.choice(DATE_STYLES)
    co = ctx.pick("t52.colon")
    nw = ctx.pick("t52.notice.word")
    ptxt = _period_text(start, end, ctx.choice(("cn", "cn", "dot")), "至", rng.random() < 0.5)
    place = rng.choice((city["school"], f"{issuer}培训中心", f"{rng.choice(city['univ'])}继续教育学院"))
    credit = (
        f"培训结束经考核合格，颁发结业证书，计{hs}学时" + (f"（{t['word']}）" if t["word"] else "") + "。"
    )
    paras = [
        ("一、培训时间", f"{ptxt}，{fmt_date(start - DAY, 'cn')}下午报到。" if rng.random() < 0.4 else f"{ptxt}。"),
        ("二、培训地点", f"{place}。"),
        ("三、培训对象", f"全市{prof['job']}及相关专业技术人员，各单位推荐{rng.randrange(2, 6)}名。"),
        ("四、培训内容", "、".join(rng.sample(prof["paper"], 2)) + "等专题讲授与现场教学。"),
        ("五、学时认定", credit),
        ("六、其他事项", f"培训不收取费用，食宿统一安排。联系人：{person_name(rng)}，电话：{city['tel']}-"
                     f"{rng.randrange(2000000, 8999999)}。"),
    ]  # fmt: skip
    notice_title = f"关于举办{title}的{nw.replace(' ', '')}"
    pages: list[Page]
    if fam in ("red-head", "with-receipt"):
        pg = kit.portrait()
        y = 30.0
        if fam == "red-head":
            kit.fit(pg, 105, 26, f"{issuer}文件", 26, ctx.bold, 176, "c", RED)
            office = next((v for key, v in (("粮食", "粮储"), ("应急", "应急"), ("教育", "教"), ("体育", "体"), ("卫生", "卫"),
                                            ("农业", "农"), ("规划", "自然资源"), ("人力", "人社"), ("广播", "广电"),
                                            ("消防", "消"), ("交通", "交"), ("党校", "校")) if key in issuer), "")  # fmt: skip
            office = office or rng.choice(("会字", "学字", "协字"))
            num = f"{city['pabbr'] if issuer.startswith(city['prov']) else city['abbr']}{office}〔{year}〕{rng.randrange(3, 90)}号"
            pg.text(105, 46, num, 11, ctx.body, "c")
            pg.line(20, 54, 190, 54, 1.2, RED)
            y = 62.0
        y = kit.title_lines(pg, ctx, notice_title, y, 16, 168)
        pg.text(22, y + 2, "各县（区）有关单位、市直各有关单位：", 11.5, ctx.body)
        y = pg.wrap(22, y + 10, 166, f"为进一步提升我市{prof['job']}业务能力，经研究，决定举办{title}。现将有关事项通知如下：",
                    11.5, ctx.body, 1.8, indent=8)  # fmt: skip
        for h, s in paras:
            pg.text(30, y, h, 11.5, ctx.bold)
            y = pg.wrap(22, y + lh(11.5, 1.8), 166, s, 11.5, ctx.body, 1.8, indent=8)
        if fam == "with-receipt":
            pg.text(22, y + 2, "附件：报名回执", 11.5, ctx.body)
            y += 8
        sy = max(y + 12, 232)
        pg.text(180, sy, issuer, 12, ctx.body, "r")
        pg.text(180, sy + 8, fmt_date(issued, ctx.choice((ds, "han", "cn"))), 12, ctx.body, "r")
        pg.seal(180 - width_mm(issuer, ctx.body, 12) / 2, sy + 4, 19, issuer[:16], rng.randrange(9999))
        pages = [pg]
        if fam == "with-receipt":
            p2 = kit.portrait()
            p2.text(22, 22, "附件", 12, ctx.bold)
            kit.title_lines(p2, ctx, f"{title}报名回执", 34, 15, 168)
            rows = [["姓名", "性别", "单位", "职称", "手机号码"]] + [[""] * 5 for _ in range(8)]
            kit.table(p2, ctx, 20, 56, [26, 16, 70, 28, 30], rows, 10, 11)
            p2.text(22, 160, f"请于{fmt_date(start - 5 * DAY, 'cn')}前将回执发送至指定邮箱。", 11, ctx.body)
            kit.footer(p2, ctx, "pageno", n=2, total=2)
            kit.footer(pg, ctx, "pageno", n=1, total=2)
            pages.append(p2)
    elif fam == "schedule-table":
        pg = kit.landscape()
        y = kit.title_lines(pg, ctx, f"{title}日程安排", 16, 18, 250)
        pg.text(22, y, f"主办单位{co}{issuer}        培训地点{co}{place}", 10.5, ctx.body)
        rows = [["日期", "时间", "内容", "主讲人", "地点"]]
        d = start
        lecturers = names(rng, 6)
        while d <= end:
            for half in ("08:30—11:30", "14:30—17:30"):
                rows.append([fmt_date(d, ctx.choice(("cn", "dot"))) if half.startswith("08") else "", half,
                             rng.choice(prof["paper"]) + ("专题" if rng.random() < 0.5 else ""), rng.choice(lecturers) +
                             rng.choice(("教授", "高级工程师", "研究员", "")), place if half.startswith("08") else "同上"])  # fmt: skip
            d += DAY
        rows = rows[:11]
        y = kit.table(pg, ctx, 22, y + 8, [36, 30, 110, 40, 37], rows, 9.5, 10)
        pg.text(
            22,
            y + 6,
            f"说明：全程参训并考核合格者，计{hs}学时" + (f"（{t['word']}）。" if t["word"] else "。"),
            10,
            ctx.body,
        )
        # the schedule shows as many days as fit: period end is the last printed day
        shown = [r[0] for r in rows[1:] if r[0]]
        last = shown[-1]
        end = start + (len(shown) - 1) * DAY
        assert last in (fmt_date(end, "cn"), fmt_date(end, "dot"))
        issued = None
        pages = [pg]
    elif fam == "invitation":
        pg = kit.portrait()
        pg.rect(12, 12, 198, 285, 2.0, (180, 140, 60))
        pg.text(105, 34, "邀  请  函", 28, ctx.bold, "c", (160, 30, 30))
        pg.text(24, 60, "尊敬的 ____________ 同志：", 12.5, ctx.body)
        y = pg.wrap(24, 72, 162, f"为推动{prof['job']}队伍知识更新，{issuer}定于{ptxt}在{place}举办“{title}”，"
                    f"诚邀您拨冗参加。", 12.5, ctx.body, 1.9, indent=9)  # fmt: skip
        y = pg.wrap(24, y + 2, 162, credit, 12.5, ctx.body, 1.9, indent=9)
        y = pg.wrap(24, y + 2, 162, paras[5][1], 12, ctx.body, 1.9, indent=9)
        kit.qr(pg, 26, 220, 24, rng.randrange(9999), "扫码报名", ctx)
        pg.text(180, 232, issuer, 12.5, ctx.body, "r")
        pg.text(180, 241, fmt_date(issued, ds), 12.5, ctx.body, "r")
        pg.seal(180 - width_mm(issuer, ctx.body, 12.5) / 2, 236, 19, issuer[:16], rng.randrange(9999))
        pages = [pg]
    elif fam == "web-print":
        pg = kit.portrait()
        host = f"www.{rng.choice(('kf', 'ta'))}{rng.choice(('rsj', 'jyj', 'tyj', 'yjj', 'zrzy'))}.gov.cn"
        y = kit.browser_frame(
            pg,
            ctx,
            f"{fmt_date(issued + 2 * DAY, 'slash')} 09:{rng.randrange(60):02d}",
            notice_title[:18] + "…",
            f"http://{host}/tzgg/{year}{rng.randrange(1000, 9999)}.html",
            "1/1",
        )
        y = kit.site_banner(pg, ctx, issuer, y, (150, 30, 30))
        pg.text(16, y, "当前位置：首页 > 通知公告", 8, ctx.body, "l", GREY)
        y = kit.title_lines(pg, ctx, notice_title, y + 10, 14.5, 176)
        pg.text(105, y, f"发布时间：{fmt_date(issued, 'iso')} {rng.randrange(8, 18)}:{rng.randrange(60):02d}   来源：{issuer}"
                f"   浏览次数：{rng.randrange(80, 3000)}", 7.5, ctx.body, "c", GREY)  # fmt: skip
        pg.line(16, y + 6, 194, y + 6, 0.2, GREY)
        y += 12
        y = pg.wrap(18, y, 174, f"各有关单位：为进一步提升{prof['job']}专业水平，现举办{title}，有关事项通知如下。",
                    10.5, ctx.body, 1.8, indent=7)  # fmt: skip
        for h, s in paras:
            y = pg.wrap(18, y, 174, f"{h}：{s}", 10.5, ctx.body, 1.8, indent=7)
        pg.text(186, y + 8, issuer, 10.5, ctx.body, "r")
        pg.text(186, y + 15, fmt_date(issued, "cn"), 10.5, ctx.body, "r")
        pages = [pg]
    else:  # phone-article
        pg = kit.phone_page()
        pg.bg = (255, 255, 255)
        y = kit.phone_frame(pg, ctx, "", f"{rng.randrange(8, 22)}:{rng.randrange(60):02d}", "✕")
        y = pg.wrap(6, y + 2, pg.w - 12, notice_title, 11.5, ctx.bold, 1.45)
        pg.text(6, y + 1, f"{issuer}", 6.8, ctx.body, "l", (60, 90, 140))
        pg.text(
            6,
            y + 5.5,
            f"{fmt_date(issued, 'iso')} {rng.randrange(8, 20)}:{rng.randrange(60):02d} {city['p']}",
            6.5,
            ctx.body,
            "l",
            GREY,
        )
        y += 12
        for h, s in paras[:5]:
            y = pg.wrap(6, y, pg.w - 12, f"{h}", 8, ctx.bold, 1.6)
            y = pg.wrap(6, y, pg.w - 12, s, 7.5, ctx.body, 1.7)
            y += 1
        pg.text(
            6,
            min(y + 2, pg.h - 10),
            f"阅读 {rng.randrange(300, 9000)}   ♡ {rng.randrange(5, 99)}",
            6.5,
            ctx.body,
            "l",
            GREY,
        )
        pages = [pg]
    reader = person_name(rng)
    _stamp_reader(pages[0], ctx, reader, fam)
    fields = {"holder": None, "people": [person(reader, 1, "attendee")], "title": title, "issuer": issuer,
              "issued_on": issued.isoformat() if issued else None,
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "hours_stated": t["hours"]}  # fmt: skip
    return make_doc("training_notice", fam, pages, fields, _claim(city, reader), t["cat"])


def _stamp_reader(pg: Page, ctx: Ctx, reader: str, fam: str) -> None:
    """The professional who files a notice writes their name on it (the claim's person)."""
    if fam in ("phone-article",):
        pg.rect(0, pg.h - 9, pg.w, pg.h, 0.0, (245, 245, 245), (245, 245, 245))
        pg.text(6, pg.h - 7, f"{reader} 分享自朋友圈", 6.5, ctx.body, "l", GREY)
    else:
        kit.hand(pg, ctx, 24, pg.h - 24, f"参训人：{reader}", 12, "l", kit.BLUE_INK)


# ==== qualification certificates ===================================================================
def qualification_certificate(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("qualification_certificate")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    if fam == "computer-exam":
        from bench.blind52.pools import CITIES

        city = CITIES["kaifeng"]
    year = city["year"]
    holder = person_name(rng)
    sex = rng.choice("男女")
    birth = dt.date(rng.randrange(1972, 1996), rng.randrange(1, 13), rng.randrange(1, 29))
    univ = rng.choice(city["grad_univ"] if fam in ("degree", "pg-courses") else city["univ"])
    major = rng.choice(prof["degree"])
    co = ctx.pick("t52.colon")
    kind, subject, modules, issuer = "graduation", major, None, univ
    issued: str
    pages: list[Page]
    if fam == "graduation":
        pg = kit.landscape()
        pg.rect(10, 10, 287, 200, 1.2, (60, 110, 60))
        pg.text(148, 22, univ, 16, ctx.bold, "c")
        pg.text(148, 36, "毕  业  证  书", 26, ctx.bold, "c")
        kit.photo_box(pg, ctx, 30, 58, 30, 40)
        d = dt.date(year, rng.choice((1, 6, 7)), rng.randrange(1, 29))
        s0 = dt.date(year - rng.choice((2, 3, 5)), 9, 1) if d.month != 1 else dt.date(year - 3, 3, 1)
        form = rng.choice(("业余", "函授", "全日制"))
        txt = (f"学生{holder}，性别{sex}，{fmt_date(birth, 'han')}生，于{fmt_month(s0.year, s0.month, 'cn')}至"
               f"{fmt_month(d.year, d.month, 'cn')}在本校{major}专业（{form}）学习，修完教学计划规定的全部课程，"
               f"成绩合格，准予毕业。")  # fmt: skip
        y = pg.wrap(76, 60, 190, txt, 14, ctx.body, 2.0, indent=10)
        pg.text(76, y + 10, f"校（院）长{co}", 12, ctx.body)
        kit.hand(
            pg,
            ctx,
            76 + width_mm(f"校（院）长{co}", ctx.body, 12) + 2,
            y + 8,
            person_name(rng),
            15,
            "l",
            (20, 20, 20),
        )
        pg.text(
            30,
            180,
            f"证书编号{co}{rng.randrange(10000, 14999)}{year}{rng.choice('56')}{rng.randrange(10**7):07d}",
            10,
            ctx.body,
        )
        issued_txt = fmt_date(d, ctx.choice(("han", "cn")))
        pg.text(250, 172, issued_txt, 12, ctx.body, "r")
        pg.seal(225, 165, 20, univ, rng.randrange(9999))
        issued = d.isoformat()
        pages = [pg]
    elif fam == "degree":
        pg = kit.portrait()
        pg.rect(12, 12, 198, 285, 0.8, (120, 30, 30))
        kind = rng.choice(("master_degree", "master_degree", "doctor_degree"))
        lvl = {"master_degree": "硕士", "doctor_degree": "博士"}[kind]
        pg.text(105, 40, f"{lvl}学位证书", 26, ctx.bold, "c", (120, 30, 30))
        kit.photo_box(pg, ctx, 92, 60, 26, 34)
        txt = (f"{holder}，{sex}，{fmt_date(birth, 'cn')}生。在{univ}{major}学科专业完成了{lvl}学位的学习，"
               f"成绩合格，通过论文答辩。根据《中华人民共和国学位条例》的规定，授予{major}{lvl}学位。")  # fmt: skip
        y = pg.wrap(28, 108, 154, txt, 13.5, ctx.body, 2.0, indent=9)
        pg.text(40, y + 14, f"{univ}学位评定委员会主席", 11.5, ctx.body)
        kit.hand(pg, ctx, 40, y + 22, person_name(rng), 15, "l", (20, 20, 20))
        if rng.random() < 0.5:
            issued = f"{year}-{rng.choice((6, 12)):02d}"
            itxt = fmt_month(year, int(issued[5:]), ctx.choice(("cn", "han")))
        else:
            d = dt.date(year, rng.choice((6, 12)), rng.randrange(1, 29))
            issued, itxt = d.isoformat(), fmt_date(d, ctx.choice(("cn", "han")))
        pg.text(170, y + 40, itxt, 12, ctx.body, "r")
        pg.seal(150, y + 30, 19, univ, rng.randrange(9999))
        pg.text(
            28, 262, f"证书编号{co}{rng.randrange(10000, 14999)}{rng.randrange(10**10):010d}", 10, ctx.body
        )
        pages = [pg]
    elif fam == "self-study":
        kind = "self_study_exam"
        issuer = f"{city['prov']}高等教育自学考试委员会"
        pg = Page(210.0, 148.0)
        pg.rect(8, 8, 202, 140, 0.6, (40, 80, 140))
        pg.text(105, 16, "高等教育自学考试", 13, ctx.bold, "c")
        pg.text(105, 24, "单 科 合 格 证 书", 18, ctx.bold, "c")
        mods = rng.sample(prof["modules"], rng.randrange(1, 4))
        modules = list(mods)
        pg.text(20, 38, f"姓名{co}{holder}", 10.5, ctx.body)
        pg.text(110, 38, f"准考证号{co}{rng.randrange(10**11, 10**12)}", 10.5, ctx.body)
        pg.text(20, 45, f"报考专业{co}{major}", 10.5, ctx.body)
        m = rng.choice((4, 10))
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
            [f"{rng.randrange(10000):05d}", c, str(rng.randrange(60, 92)), fmt_month(year, m, "dot")]
            for c in mods
        ]
        kit.table(pg, ctx, 20, 52, [30, 80, 25, 35], rows, 10, 9)
        issued = f"{year}-{m:02d}"
        pg.text(180, 118, issuer, 10, ctx.body, "r")
        pg.text(180, 125, fmt_month(year, m, ctx.choice(("cn", "han"))), 10, ctx.body, "r")
        pg.seal(180 - width_mm(issuer, ctx.body, 10) / 2, 121, 15, issuer[:16], rng.randrange(9999))
        pages = [pg]
    elif fam == "pg-courses":
        kind = "postgraduate_courses"
        p1, p2 = Page(210.0, 148.0), Page(210.0, 148.0)
        p1.rect(8, 8, 202, 140, 1.0, (120, 30, 30))
        p1.text(105, 20, "研究生课程进修班", 14, ctx.bold, "c")
        p1.text(105, 30, "结 业 证 书", 22, ctx.bold, "c")
        s0 = dt.date(year - 2, 9, 1)
        txt = (f"{holder}同志于{fmt_month(s0.year, 9, 'cn')}至{fmt_month(year, 6, 'cn')}参加我校{major}专业"
               f"研究生课程进修班学习，修完规定课程，成绩合格，准予结业。")  # fmt: skip
        y = p1.wrap(24, 48, 162, txt, 12.5, ctx.body, 2.0, indent=9)
        d = dt.date(year, 6, rng.randrange(20, 30))
        issued = d.isoformat()
        p1.text(180, 112, univ, 11.5, ctx.body, "r")
        p1.text(180, 120, fmt_date(d, ctx.choice(("han", "cn", "cn0"))), 11.5, ctx.body, "r")
        p1.seal(180 - width_mm(univ, ctx.body, 11.5) / 2, 116, 16, univ, rng.randrange(9999))
        p2.text(105, 14, "课程成绩", 13, ctx.bold, "c")
        mods = list(prof["modules"]) + ["中国特色社会主义理论与实践研究", "英语"]
        modules = mods
        rows = [["序号", "课程名称", "学分", "成绩"]] + [[str(i + 1), c, str(rng.choice((2, 3))),
                                                       str(rng.randrange(70, 95))] for i, c in enumerate(mods)]  # fmt: skip
        kit.table(p2, ctx, 25, 24, [16, 90, 25, 29], rows, 10, 9)
        pages = [p1, p2]
    elif fam == "computer-exam":
        kind, subject = "computer_exam", None
        issuer = "人力资源和社会保障部人事考试中心"
        mod = rng.choice(("Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                          "Internet应用", "Windows 7操作系统"))  # fmt: skip
        modules = [mod]
        pg = Page(148.0, 210.0)
        pg.rect(8, 8, 140, 202, 0.8, (40, 100, 60))
        pg.text(74, 22, "全国专业技术人员", 12, ctx.bold, "c")
        pg.text(74, 30, "计算机应用能力考试", 14, ctx.bold, "c")
        pg.text(74, 40, "合 格 证 书", 18, ctx.bold, "c")
        kit.photo_box(pg, ctx, 58, 54, 30, 38)
        d = rand_date(rng, year, 3, 11)
        y = 104.0
        for lab, val in (
            ("姓　　名", holder),
            ("身份证号", f"41{rng.randrange(1000, 9999)}********{rng.randrange(1000, 9999)}"),
            ("考试科目", mod),
            ("考试日期", fmt_date(d, "cn0")),
            ("管理号", str(rng.randrange(10**11, 10**12))),
        ):
            pg.text(22, y, f"{lab}{co}{val}", 10, ctx.body)
            y += 8
        d2 = d + rng.randrange(30, 70) * DAY
        issued = d2.isoformat()
        pg.text(126, 182, issuer, 9, ctx.body, "r")
        pg.text(126, 188, f"发证日期{co}{fmt_date(d2, 'cn0')}", 9, ctx.body, "r")
        pg.seal(126 - width_mm(issuer, ctx.body, 9) / 2, 178, 14, issuer[:16], rng.randrange(9999))
        pages = [pg]
    else:  # registry-print
        pg = kit.portrait()
        d = dt.date(year, rng.choice((1, 6, 7)), rng.randrange(1, 29))
        y = kit.browser_frame(
            pg,
            ctx,
            f"{fmt_date(d + rng.randrange(30, 300) * DAY, 'slash')} 10:{rng.randrange(60):02d}",
            "学历证书查询结果",
            "https://xueli-query.edu.example.cn/result",
        )
        y = kit.site_banner(pg, ctx, "高等教育学历证书查询", y, (16, 110, 120))
        pg.text(105, y + 2, "学历信息", 15, ctx.bold, "c")
        rows = [("姓名", holder), ("性别", sex), ("出生日期", fmt_date(birth, "cn0")), ("入学日期", fmt_date(dt.date(year - 3, 9, 1), "cn0")),
                ("毕（结）业日期", fmt_date(d, "cn0")), ("学校名称", univ), ("专业", major), ("层次", rng.choice(("本科", "专科"))),
                ("学习形式", rng.choice(("函授", "业余", "普通全日制"))), ("毕（结）业", "毕业"),
                ("证书编号", f"{rng.randrange(10000, 14999)}{year}{rng.randrange(10**8):08d}")]  # fmt: skip
        kit.photo_box(pg, ctx, 160, y + 14, 26, 34)
        kit.pairs_table(pg, ctx, 24, y + 14, 130, rows, 10.5, 36, 9.5)
        issued = d.isoformat()
        pages = [pg]
    fields = {"holder": holder, "people": [], "title": None, "issuer": issuer, "issued_on": issued, "period": None,
              "hours_stated": None, "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    return make_doc("qualification_certificate", fam, pages, fields, _claim(city, holder))


# ==== other ========================================================================================
def other(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("other")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    year = city["year"]
    holder = person_name(rng)
    org = ctx.org(prof, city)
    work = ctx.work(prof, city)
    d = rand_date(rng, year, 1, 12)
    ds = ctx.choice(DATE_STYLES)
    if fam == "appointment":
        pg = kit.landscape()
        pg.rect(12, 12, 285, 198, 2.2, (170, 40, 40))
        pg.text(148, 36, "聘    书", 34, ctx.bold, "c", (160, 20, 20))
        txt = (f"兹聘请{holder}同志为{org}{rng.choice(('兼职教师', '专家委员会委员', '技术顾问', '评审专家'))}，"
               f"聘期自{fmt_month(year, 1, 'cn')}至{fmt_month(year + 2, 12, 'cn')}。")  # fmt: skip
        pg.wrap(50, 80, 200, txt, 17, ctx.body, 2.0, indent=12)
        pg.text(250, 150, org, 14, ctx.body, "r")
        pg.text(250, 160, fmt_date(d, "han"), 14, ctx.body, "r")
        pg.seal(250 - width_mm(org, ctx.body, 14) / 2, 155, 20, org[:16], rng.randrange(9999))
        pages = [pg]
    elif fam == "fee-receipt":
        pg = Page(210.0, 99.0)
        pg.text(105, 10, "收    款    收    据", 16, ctx.bold, "c", (170, 40, 40))
        pg.text(190, 12, f"No.{rng.randrange(10**6, 10**7)}", 10, ctx.body, "r", (170, 40, 40))
        pg.text(20, 24, f"日期：{fmt_date(d, ds)}", 10, ctx.body)
        amt = rng.choice((200, 300, 480, 600, 800))
        rows = [
            ["交款单位（人）", "收费项目", "金额（元）"],
            [f"{holder}（{work}）", f"{rng.choice(prof['train'])}培训费", f"{amt}.00"],
        ]
        kit.table(pg, ctx, 20, 31, [64, 80, 26], rows, 9.5, 11, hand_cols=(0, 2))
        pg.text(
            20,
            60,
            f"人民币（大写）：{'零壹贰叁肆伍陆柒捌玖'[amt // 100]}佰{'零壹贰叁肆伍陆柒捌玖'[amt // 10 % 10]}拾元整",
            10,
            ctx.body,
        )
        pg.text(20, 72, "收款单位（盖章）：", 10, ctx.body)
        pg.text(52, 72, org, 10, ctx.body)
        pg.seal(62, 74, 14, org[:16], rng.randrange(9999))
        pg.text(150, 72, "经手人：", 10, ctx.body)
        kit.hand(pg, ctx, 166, 70, person_name(rng), 12)
        pages = [pg]
    elif fam == "title-cert":
        pg = Page(148.0, 210.0)
        pg.rect(8, 8, 140, 202, 0.5, GREY)
        pg.text(74, 22, "专业技术职务任职资格证书", 13, ctx.bold, "c")
        kit.photo_box(pg, ctx, 60, 34, 28, 36)
        lvl = rng.choice(prof["titles"])
        rows = [("姓名", holder), ("工作单位", work), ("资格名称", lvl), ("评审组织", f"{city['prov']}{prof['job'][:2]}专业"
                "职称评审委员会"), ("批准时间", fmt_date(d, "cn")), ("证书编号", kit.cert_no(rng, city["abbr"], 10))]  # fmt: skip
        kit.pairs_table(pg, ctx, 14, 80, 120, rows, 9, 28, 11)
        pg.text(74, 190, f"{city['prov']}人力资源和社会保障厅", 9.5, ctx.body, "c")
        pages = [pg]
    elif fam == "photo-caption":
        pg = kit.portrait()
        pg.text(105, 22, "培训现场照片", 16, ctx.bold, "c")
        for i in range(2):
            y0 = 34 + i * 118
            pg.rect(25, y0, 185, y0 + 96, 0.0, (150, 145, 135), (150 - 20 * i, 150, 140 + 10 * i))
            pg.rect(40, y0 + 55, 170, y0 + 96, 0.0, (100, 90, 80), (110, 100, 90))
            cap = (f"图{i + 1}  {holder}参加{org}组织的现场教学（{fmt_date(d, 'cn')}）" if i == 0 else
                   f"图{i + 1}  学员分组讨论")  # fmt: skip
            kit.fit(pg, 105, y0 + 100, cap, 10, ctx.body, 170, "c")
        pages = [pg]
    elif fam == "travel-form":
        pg = Page(210.0, 148.0)
        pg.text(105, 12, f"{work}", 12, ctx.bold, "c")
        pg.text(105, 20, "工作人员外出学习审批单", 15, ctx.bold, "c")
        rows = [("姓名", holder), ("外出事由", f"参加{org}举办的培训"), ("外出时间", f"{fmt_date(d, 'cn')}起，共{rng.randrange(1, 5)}天"),
                ("科室意见", "同意"), ("单位负责人意见", "同意。")]  # fmt: skip
        kit.pairs_table(pg, ctx, 20, 30, 170, rows, 10.5, 40, 12)
        kit.hand(pg, ctx, 150, 80, person_name(rng), 13)
        kit.hand(pg, ctx, 150, 92, person_name(rng), 13)
        pages = [pg]
    else:  # member-card
        pg = kit.phone_page()
        y = kit.phone_frame(pg, ctx, "电子会员证", f"{rng.randrange(8, 22)}:{rng.randrange(60):02d}")
        soc = ctx.fill(rng.choice(("{P}{j}协会", "{C}{j}学会")).replace("{j}", prof["job"][:2]), city)
        kit.card(pg, 5, y + 2, pg.w - 5, y + 62)
        pg.rect(5, y + 2, pg.w - 5, y + 14, 0.0, (22, 88, 160), (22, 88, 160))
        kit.fit(pg, pg.w / 2, y + 5, soc, 9, ctx.bold, pg.w - 14, "c", (255, 255, 255))
        kit.photo_box(pg, ctx, 9, y + 20, 18, 24)
        yy = y + 21
        for s in (
            f"姓名：{holder}",
            f"会员号：{kit.cert_no(rng, 'M', 7)}",
            "会员类别：个人会员",
            f"有效期至：{fmt_date(d + 730 * DAY, 'iso')}",
        ):
            kit.fit(pg, 31, yy, s, 7.5, ctx.body, pg.w - 38)
            yy += 6
        kit.qr(pg, pg.w / 2 - 10, y + 68, 20, rng.randrange(9999), "出示二维码核验", ctx)
        pages = [pg]
    fields = {
        "holder": holder,
        "people": [],
        "title": None,
        "issuer": None,
        "issued_on": None,
        "period": None,
        "hours_stated": None,
    }
    return make_doc("other", fam, pages, fields, _claim(city, holder))
