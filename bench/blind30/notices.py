"""Draw 30's training notices: red-header files, reply slips, invitations, agendas, app articles, name lists."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind30 import look as L
from bench.blind30 import pools as P
from bench.generator.truth import person

VENUES = {"泰安": ["泰安市中心医院学术报告厅", "泰山国际会展中心", "泰安市委党校", "东岳大街职工培训中心"],
          "烟台": ["烟台市委党校", "烟台国际博览中心", "烟台毓璜顶医院学术报告厅", "莱山区科技大厦"]}  # fmt: skip
PREFIX = {"泰安": "泰", "烟台": "烟"}


def training_notice(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("notice")
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    issued = P.day(rng)
    a = P.later(rng, issued, 7, 30)
    b = P.later(rng, a, 1, 4)
    topic = rng.choice(P.TOPICS[sector])
    title = ctx.pick("ntitle", ["{y}年全市{t}培训班", "{c}市{t}专题研修班", "{t}继续教育培训班",
                                "第{n}期{t}培训班"]).format(y=a.year, c=city, t=topic, n=P.hz_num(rng.randint(2, 9)))  # fmt: skip
    issuer = P.org(rng, sector, city)
    h = P.hours(rng)
    st = ctx.style()
    names = P.people(rng, rng.randint(6, 12))
    x = dict(topic=topic, sector=sector, city=city, issued=issued, a=a, b=b, title=title, issuer=issuer, h=h, st=st,
             names=names, venue=rng.choice(VENUES[city]), units=[P.workplace(rng, city, sector) for _ in names])  # fmt: skip
    f = {"title": title, "issuer": issuer, "issued_on": issued.isoformat(), "hours_stated": h,
         "period": {"start": a.isoformat(), "end": b.isoformat()}}  # fmt: skip
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages, holder, people_ = {
        "redhead": _n_redhead, "replyslip": _n_reply, "invitation": _n_invite, "agenda": _n_agenda,
        "wechat": _n_wechat, "annotated": _n_annotated, "namelist": _n_namelist,
    }[v](ctx, x)  # fmt: skip
    f["holder"] = holder
    f["people"] = [person(nm, i + 1, "attendee") for i, nm in enumerate(people_)]
    claim = holder or people_[rng.randrange(len(people_))]
    return L.doc("training_notice", "notice", v, pages, f, scored, (claim, a.year))


def _body(x: dict, dst: str) -> list[str]:
    a, b, _st = x["a"], x["b"], x["st"]
    before = a - dt.timedelta(days=1)
    return [
        f"为进一步提升全市专业技术人员业务水平，根据年度继续教育工作安排，经研究，决定举办{x['title']}。现将有关事项通知如下：",
        "一、培训时间",
        f"{P.span(a, b, dst)}，{before.month}月{before.day}日下午报到。",
        "二、培训地点",
        f"{x['venue']}。",
        "三、培训内容",
        f"围绕{x['topic']}等内容开展专题讲座、案例研讨和现场教学。",
        "四、学时认定",
        f"学员全程参加培训并考核合格的，认定继续教育学时{P.hstr(x['h'])}学时。",
        "五、其他事项",
        "请各单位认真组织，参训人员食宿统一安排，费用回原单位报销。",
    ]


def _write_body(pg: Page, ctx: P.Ctx, y: float, lines: list[str], size: float = 12.0) -> float:
    for s in lines:
        if len(s) <= 8 and s[1] == "、":
            pg.text(25 + size * L.MM * 2, y, s, size, ctx.bold)
            y += size * L.MM * 1.8
        else:
            y = L.para(pg, ctx, y, s, size, indent=True, lead=1.8)
    return y


def _sign(pg: Page, ctx: P.Ctx, x: dict, y: float, style: str) -> float:
    pg.text(150, y, x["issuer"], 12, ctx.body, "c")
    pg.text(150, y + 8.5, P.dstr(x["issued"], style), 12, ctx.body, "c")
    L.seal(pg, ctx, 148, y + 3, x["issuer"], 19)
    return y + 20


def _doc_no(ctx: P.Ctx, x: dict) -> str:
    return f"{PREFIX[x['city']]}{ctx.pick('noword', ['卫', '人社', '教', '科', '住建'])}字〔{x['issued'].year}〕{ctx.rng.randint(3, 96)}号"


def _n_redhead(ctx: P.Ctx, x: dict) -> tuple[list[Page], None, list[str]]:
    pg = L.portrait()
    y = L.red_head(pg, ctx, x["issuer"], _doc_no(ctx, x))
    y = L.centre(pg, ctx, y, f"关于举办{x['title']}的通知", 16, True, 160)
    pg.text(25, y + 2, "各县（市、区）有关单位，市直各有关单位：", 12, ctx.body)
    y = _write_body(pg, ctx, y + 10, _body(x, x["st"]) + ["附件：参训人员名单"])
    _sign(pg, ctx, x, y + 8, ctx.style(("hanzi", "hanzi_o", "ymd")))
    p2 = L.portrait()
    p2.text(25, 25, "附件", 14, ctx.bold)
    L.centre(p2, ctx, 38, "参训人员名单", 16, True)
    rows = [["序号", "姓名", "工作单位"]] + [[str(i + 1), nm, u] for i, (nm, u) in
                                             enumerate(zip(x["names"], x["units"], strict=True))]  # fmt: skip
    p2.table(30, 52, [18, 36, 96], rows, 11, ctx.body, 10, header_font=ctx.bold)
    return [pg, p2], None, x["names"]


def _n_reply(ctx: P.Ctx, x: dict) -> tuple[list[Page], str, list[str]]:
    pg = L.portrait()
    y = L.centre(pg, ctx, 30, x["issuer"], 15, True)
    y = L.centre(pg, ctx, y + 2, f"关于举办{x['title']}的通知", 16, True, 165)
    pg.text(25, y + 2, "各有关单位：", 12, ctx.body)
    lines = _body(x, x["st"])
    lines[-1] = "请于开班前5日将回执（附件）报送至会务组邮箱。"
    y = _write_body(pg, ctx, y + 10, lines)
    _sign(pg, ctx, x, y + 10, x["st"])
    who = x["names"][0]
    p2 = L.portrait()
    p2.text(25, 25, "附件", 13, ctx.bold)
    L.centre(p2, ctx, 38, f"{x['title']}回执", 15, True, 165)
    head = ["姓名", "性别", "工作单位", "职称", "联系电话"]
    p2.table(
        20, 54, [28, 16, 64, 28, 34], [head, ["", "", "", "", ""]], 11, ctx.body, 16, header_font=ctx.bold
    )
    L.hand(p2, ctx, 34, 73, who, 15, "c")
    L.hand(p2, ctx, 52, 73, ctx.rng.choice(["男", "女"]), 14, "c")
    L.hand(p2, ctx, 92, 73.5, x["units"][0][:10], 11.5, "c")
    L.hand(p2, ctx, 138, 73, P.pro_title(ctx.rng, x["sector"]), 12, "c")
    L.hand(p2, ctx, 170, 73.5, "1" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(10)), 10, "c")
    return [pg, p2], who, []


def _n_invite(ctx: P.Ctx, x: dict) -> tuple[list[Page], str, list[str]]:
    pg = L.portrait()
    pg.rect(0, 0, 210, 10, 0, fill=(150, 20, 30))
    L.centre(pg, ctx, 30, "邀　请　函", 26, True, color=(150, 20, 30))
    who = x["names"][0]
    hon = ctx.pick("honor", ["专家", "老师", "同志", "先生", "女士"])
    pg.text(25, 56, f"尊敬的{who}{hon}：", 13, ctx.bold)
    st = x["st"]
    s = (f"兹定于{P.span(x['a'], x['b'], st)}在{x['venue']}举办{x['title']}。您在业内素有声望，"
         f"诚挚邀请您拨冗参加。本次培训共计{P.hstr(x['h'])}学时，结业后颁发学时证明。")  # fmt: skip
    y = L.para(pg, ctx, 68, s, 13, lead=2.0)
    y = L.para(pg, ctx, y + 2, "恭候光临！", 13)
    _sign(pg, ctx, x, y + 20, st)
    return [pg], who, []


def _n_agenda(ctx: P.Ctx, x: dict) -> tuple[list[Page], None, list[str]]:
    pg = L.portrait()
    y = L.centre(pg, ctx, 24, x["title"], 17, True, 170)
    y = L.centre(pg, ctx, y, "日程安排", 15, True)
    st = x["st"]
    y = L.rows(pg, ctx, 22, y + 2, [("主办单位", x["issuer"]), ("培训时间", P.span(x["a"], x["b"], st)),
                                    ("培训地点", x["venue"]), ("学　　时", f"{P.hstr(x['h'])}学时")], 11)  # fmt: skip
    speakers = x["names"][:6]
    rows = [["日期", "时间", "内容", "授课人"]]
    d = x["a"]
    for i, sp in enumerate(speakers):
        day_ = d + dt.timedelta(days=min(i // 2, (x["b"] - d).days))
        t = "08:30-11:30" if i % 2 == 0 else "14:00-17:00"
        rows.append([f"{day_.month}月{day_.day}日", t, ctx.rng.choice(P.TOPICS[x["sector"]]), sp])
    y = pg.table(22, y + 4, [24, 30, 84, 28], rows, 10, ctx.body, 12, header_font=ctx.bold)
    pg.text(188, y + 10, "印发日期：" + P.dstr(x["issued"], st), 11, ctx.body, "r")
    return [pg], None, speakers


def _n_wechat(ctx: P.Ctx, x: dict) -> tuple[list[Page], None, list[str]]:
    pg = L.phone()
    pg.bg = (255, 255, 255)
    y = L.status_bar(pg, ctx, "", back=True)
    y = pg.wrap(6, y + 2, pg.w - 12, f"关于举办{x['title']}的通知", 11, ctx.bold, 1.45)
    pg.text(6, y + 1, x["issuer"], 7, ctx.body, color=(60, 90, 150))
    pg.text(pg.w - 6, y + 1, P.dstr(x["issued"], "iso") + " 17:" + f"{ctx.rng.randint(0, 59):02d}", 6.5,
            ctx.body, "r", L.GREY)  # fmt: skip
    y += 8
    lines = _body(x, "ymd")[:9]
    for s in lines:
        y = pg.wrap(6, y, pg.w - 12, s, 7.3, ctx.body, 1.55)
        y += 0.8
    y = pg.wrap(6, y + 1, pg.w - 12, "附：首批确定参训学员 " + "、".join(x["names"][:6]), 7.3, ctx.body, 1.55)
    pg.text(6, y + 3, "阅读 2368　　　赞 41　　　在看 12", 6.5, ctx.body, color=L.GREY)
    return [pg], None, x["names"][:6]


def _n_annotated(ctx: P.Ctx, x: dict) -> tuple[list[Page], str, list[str]]:
    pg = L.portrait()
    y = L.centre(pg, ctx, 28, f"{x['issuer']}", 15, True)
    y = L.centre(pg, ctx, y, f"关于举办{x['title']}的通知", 15, True, 170)
    pg.text(25, y + 2, "各有关单位：", 12, ctx.body)
    y = _write_body(pg, ctx, y + 10, _body(x, x["st"]))
    _sign(pg, ctx, x, y + 8, x["st"])
    who = x["names"][0]
    L.hand(pg, ctx, 128, 262, f"本人{who}已参加", 15)
    L.hand(pg, ctx, 150, 271, f"{x['a'].month}.{x['a'].day}", 14)
    return [pg], who, []


def _n_namelist(ctx: P.Ctx, x: dict) -> tuple[list[Page], None, list[str]]:
    pg = L.portrait()
    y = L.centre(pg, ctx, 26, f"{x['issuer']}办公室", 14, True)
    y = L.centre(pg, ctx, y + 2, f"关于{x['title']}参训人员及有关事项的通知", 15, True, 175)
    st = x["st"]
    s = (f"经各单位推荐，确定下列同志参加{x['title']}。培训于{P.span(x['a'], x['b'], st)}在{x['venue']}举行，"
         f"考核合格者认定{P.hstr(x['h'])}学时。请参训人员按时报到。")  # fmt: skip
    y = L.para(pg, ctx, y + 6, s, 12, lead=1.9)
    rows = [["序号", "姓名", "单位", "序号", "姓名", "单位"]]
    names, units = x["names"], x["units"]
    half = (len(names) + 1) // 2
    for i in range(half):
        r = [str(i + 1), names[i], units[i]]
        j = i + half
        r += [str(j + 1), names[j], units[j]] if j < len(names) else ["", "", ""]
        rows.append(r)
    y = pg.table(18, y + 4, [11, 20, 56, 11, 20, 56], rows, 9, ctx.body, 11, header_font=ctx.bold)
    _sign(pg, ctx, x, y + 16, st)
    return [pg], None, names
