"""Project completion proofs of draw 27: 结题证书, leader-only 结题证明, appraisal form, acceptance certificate, web
query printout, and a certificate whose seal sits over the names."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.journals import FILL, TOPICS
from bench.blind27.pools import (
    GREY,
    STYLES,
    TITLES_PRO,
    Ctx,
    d_str,
    iso_month,
    m_str,
    people,
    rnd_date,
    workplace,
)
from bench.generator.truth import person

OFFICES = [("河南省教育科学规划领导小组办公室", "JKGHYB"), ("开封市教育科学规划领导小组办公室", "KJG"),
           ("河南省卫生健康委员会", "WJLX"), ("开封市科学技术局", "KKJ"), ("河南省社会科学界联合会", "SKL"),
           ("开封市社会科学界联合会", "KSKL")]  # fmt: skip


def _setup(ctx: Ctx) -> dict:
    office, code = ctx.pick(OFFICES)
    names = people(ctx.rng, ctx.rng.randint(2, 6))
    start = rnd_date(ctx.rng, 2016, 2022)
    done = start + dt.timedelta(days=ctx.rng.randint(300, 900))
    return {"office": office, "no": f"{code}-{start.year}-{ctx.rng.randint(1, 999):03d}", "names": names,
            "title": ctx.pick(TOPICS).format(x=ctx.pick(FILL)), "start": start, "done": done,
            "unit": workplace(ctx.rng)}  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    return {"jieti": _jieti, "leader": _leader, "form": _form, "acceptance": _acceptance, "query": _query,
            "overstamp": _overstamp}[v](ctx, f"project27-{v}")  # fmt: skip


def _finish(layout: str, pages: list, s: dict, iso: str, ctx: Ctx, names: list[str] | None = None,
            holder: str | None = None) -> Doc:  # fmt: skip
    ns = s["names"] if names is None else names
    ppl = [person(n, i + 1, "project_leader" if i == 0 else "project_member") for i, n in enumerate(ns)]
    f = {"holder": holder, "title": s["title"], "people": ppl, "issuer": s["office"], "issued_on": iso}
    sc = ["holder", "title", "people", "issuer", "issued_on"]
    return kit.doc("project_completion", layout, pages, f, sc, ctx.pick(ns), int(iso[:4]))


def _date(ctx: Ctx, d: dt.date, month_only: bool) -> tuple[str, str]:
    st = ctx.pick(STYLES)
    return (
        (iso_month(d.year, d.month), m_str(d.year, d.month, st))
        if month_only
        else (d.isoformat(), d_str(d, st))
    )


def _jieti(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    iso, shown = _date(ctx, s["done"], ctx.rng.random() < 0.5)
    pg = kit.page()
    pg.rect(14, 14, 196, 283, 1.4, (40, 70, 130))
    kit.centre(pg, ctx, 46, "结 题 证 书", 30)
    pg.text(105, 64, f"编号：{s['no']}", 12, ctx.body, "c")
    y = 90.0
    for lab, val in (("课题名称", s["title"]), ("课题主持人", s["names"][0]), ("课题组成员", "、".join(s["names"][1:])),
                     ("承担单位", s["unit"])):  # fmt: skip
        pg.text(30, y, f"{lab}：", 13.5, ctx.body)
        y = pg.wrap(62, y, 118, val, 13.5, ctx.body, 1.8) + 3
    y = kit.para(
        pg, ctx, 30, y + 8, 150, "该课题经专家组鉴定，达到预期研究目标，准予结题。特发此证。", 13.5, 2.0
    )
    pg.text(145, 225, s["office"], 13, ctx.body, "c")
    pg.text(145, 237, shown, 13, ctx.body, "c")
    kit.seal(pg, ctx, 145, 229, s["office"], 20)
    return _finish(layout, [pg], s, iso, ctx)


def _leader(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    who = s["names"][0]
    iso, shown = _date(ctx, s["done"], ctx.rng.random() < 0.4)
    pg = kit.page()
    kit.centre(pg, ctx, 40, "结 题 证 明", 22)
    txt = (f"{s['unit']}{who}同志主持的{s['office'].replace('领导小组办公室', '')}课题“{s['title']}”（立项编号：{s['no']}），"
           f"于{d_str(s['start'], 'ymd')}立项，经审核鉴定，已完成各项研究任务，同意结题。")  # fmt: skip
    y = kit.para(pg, ctx, 24, 70, 162, txt, 14, 2.2)
    kit.para(pg, ctx, 24, y, 162, "特此证明。", 14, 2.2)
    pg.text(150, y + 40, s["office"], 13, ctx.body, "c")
    pg.text(150, y + 52, shown, 13, ctx.body, "c")
    kit.seal(pg, ctx, 150, y + 44, s["office"])
    return _finish(layout, [pg], s, iso, ctx, names=[who], holder=who)


def _form(ctx: Ctx, layout: str) -> Doc:
    """Two pages of an appraisal form: the ruled project table, then the expert opinion and the seal."""
    s = _setup(ctx)
    iso, shown = _date(ctx, s["done"], False)
    p1 = kit.page()
    kit.centre(p1, ctx, 20, "课题结题鉴定审批表", 18)
    rows = [["课题名称", s["title"], "", ""], ["立项编号", s["no"], "起止时间", f"{s['start'].year}.{s['start'].month}—{s['done'].year}.{s['done'].month}"],
            ["负责人", s["names"][0], "所在单位", s["unit"]]]  # fmt: skip
    y = p1.table(14, 36, [28, 72, 26, 56], rows, 10, ctx.body, row_h=13)
    p1.text(14, y + 6, "课题组主要成员：", 11, ctx.bold)
    mem = [["排名", "姓名", "职称", "工作单位"]] + [
        [str(i + 1), n, ctx.pick(TITLES_PRO), s["unit"]] for i, n in enumerate(s["names"])
    ]
    p1.table(14, y + 14, [18, 34, 40, 90], mem, 10, ctx.body, row_h=11)
    p2 = kit.page()
    p2.rect(14, 20, 196, 130, 0.4)
    p2.text(18, 24, "专家组鉴定意见：", 12, ctx.bold)
    kit.hand(p2, ctx, 24, 40, "该课题选题有现实意义，研究方法得当，", 15)
    kit.hand(p2, ctx, 24, 54, "资料翔实，结论可信，同意结题。", 15)
    kit.hand(p2, ctx, 120, 100, "组长：" + people(ctx.rng, 1)[0], 14)
    p2.rect(14, 140, 196, 220, 0.4)
    p2.text(18, 144, "管理部门意见：", 12, ctx.bold)
    p2.text(60, 165, "同意结题。", 13, ctx.body)
    p2.text(150, 190, s["office"], 12, ctx.body, "c")
    p2.text(150, 201, shown, 12, ctx.body, "c")
    kit.seal(p2, ctx, 150, 193, s["office"])
    return _finish(layout, [p1, p2], s, iso, ctx)


def _acceptance(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    s["office"] = "开封市科学技术局"
    iso, shown = _date(ctx, s["done"], False)
    pg = kit.page(landscape=True)
    kit.centre(pg, ctx, 16, "开封市科技计划项目验收证书", 20)
    pg.text(20, 34, f"项目名称：{s['title']}", 12, ctx.body)
    pg.text(20, 43, f"项目编号：{s['no']}　　承担单位：{s['unit']}", 12, ctx.body)
    rows = [["序号", "姓名", "职称", "工作单位", "项目分工"]]
    rows += [[str(i + 1), n, ctx.pick(TITLES_PRO), s["unit"], "项目负责人" if i == 0 else ctx.pick(["数据采集", "试验实施", "统计分析", "技术推广"])]
             for i, n in enumerate(s["names"])]  # fmt: skip
    y = pg.table(20, 52, [16, 30, 36, 110, 65], rows, 10.5, ctx.body, row_h=10)
    pg.text(20, y + 6, "验收结论：通过验收。", 12, ctx.body)
    pg.text(230, y + 18, s["office"], 12, ctx.body, "c")
    pg.text(230, y + 29, shown, 12, ctx.body, "c")
    kit.seal(pg, ctx, 230, y + 21, s["office"])
    return _finish(layout, [pg], s, iso, ctx)


def _query(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    iso, _ = _date(ctx, s["done"], False)
    pg = kit.page()
    kit.browser(
        pg,
        ctx,
        "http://jykx.kaifeng-edu.cn/ktgl/jxcx.aspx",
        "课题结项查询",
        f"{s['done'].year + 1}-0{ctx.rng.randint(1, 9)}-2{ctx.rng.randint(0, 8)}",
    )
    pg.rect(0, 12, 210, 26, 0, fill=(40, 90, 160))
    pg.text(12, 15, f"{s['office']}  课题管理系统", 13, ctx.bold, color=(255, 255, 255))
    pg.text(14, 34, "查询结果（共1条）", 11, ctx.body, color=GREY)
    rows = [("课题名称", s["title"]), ("立项编号", s["no"]), ("主持人", s["names"][0]), ("主要成员", "，".join(s["names"][1:])),
            ("工作单位", s["unit"]), ("结项日期", s["done"].isoformat()), ("结项证书号", f"JX{s['done'].year}{ctx.rng.randint(1000, 9999)}"),
            ("发布单位", s["office"])]  # fmt: skip
    y = 44.0
    for lab, val in rows:
        pg.rect(14, y, 196, y + 11, 0.2, (180, 180, 180))
        pg.text(17, y + 2.5, lab, 10.5, ctx.body, color=GREY)
        pg.text(50, y + 2.5, val, 10.5, ctx.body)
        y += 11
    return _finish(layout, [pg], s, iso, ctx)


def _overstamp(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    iso, shown = _date(ctx, s["done"], True)
    pg = kit.page(tint=(252, 250, 244))
    kit.centre(pg, ctx, 40, "课题结题证书", 24)
    y = 70.0
    y = kit.para(
        pg,
        ctx,
        26,
        y,
        158,
        f"经审核，由{s['unit']}承担的课题“{s['title']}”已完成研究任务，准予结题。",
        14,
        2.1,
    )
    pg.text(26, y + 6, f"主持人：{s['names'][0]}", 14, ctx.body)
    pg.text(26, y + 18, "参与人：" + "　".join(s["names"][1:]), 14, ctx.body)
    pg.text(140, y + 44, s["office"], 12.5, ctx.body, "c")
    pg.text(140, y + 56, shown, 12.5, ctx.body, "c")
    kit.seal(pg, ctx, 70, y + 18, s["office"], 21)
    kit.seal(pg, ctx, 140, y + 50, s["office"], 20)
    return _finish(layout, [pg], s, iso, ctx)
