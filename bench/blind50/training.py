"""The facts of one training (who, what, when, how many 学时, which category), shared by certificates, sign-in
sheets and notices, and the document factory every builder ends with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind50.pools import (
    DRAW,
    PREFIX,
    City,
    Ctx,
    Profession,
    bureau,
    era,
    fmt_date,
    names,
    person_name,
    rand_date,
    society,
    unit,
)  # fmt: skip

PUBLIC_TOPICS = {
    "kaifeng": ("“两学一做”学习教育专题", "创新驱动发展战略与专业技术人员创新能力", "专业技术人员职业道德与诚信建设",
                "“互联网+”时代的网络信息安全", "依法治国与法治政府建设", "供给侧结构性改革解读"),
    "taian": ("习近平新时代中国特色社会主义思想专题", "黄河流域生态保护和高质量发展", "专业技术人员职业道德和能力建设",
              "数字经济与数字化转型", "知识产权保护与运用", "党的十九届六中全会精神解读"),
}  # fmt: skip
CATEGORY_WORD = {"public": ("公需科目", "公需课"), "professional": ("专业科目", "专业课")}


def make_doc(
    etype: str,
    layout: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    claim: dict[str, Any],
    category: str | None = None,
) -> Doc:
    return Doc(etype, f"{PREFIX[etype]}{DRAW}-{layout}", pages, fields, scored, claim, category)


def claim(person: str, year: int, c: City) -> dict[str, Any]:
    return {"person": person, "year": year, "policy": c.policy}


@dataclass
class Training:
    c: City
    y: int
    p: Profession
    name: str
    unit: str
    issuer: str
    title: str
    start: dt.date
    end: dt.date
    hours: float | None
    cat: str | None
    issued: dt.date
    number: str
    topic: str
    kind: str  # "bureau", "society", "school", "platform", "hospital", "party"

    @property
    def hours_s(self) -> str:
        h = self.hours
        return "" if h is None else (str(int(h)) if float(h).is_integer() else str(h))

    @property
    def cat_word(self) -> str:
        return CATEGORY_WORD[self.cat][0] if self.cat else ""


def training(ctx: Ctx, cat: str | None = "any", online: bool = False, days: int | None = None) -> Training:
    """Draw one training; `cat` "any" draws the category (public, professional or none printed)."""
    rng = ctx.rng
    c = ctx.city()
    y = ctx.year(c)
    p = ctx.profession()
    if cat == "any":
        cat = rng.choice(("public", "professional", None))
    if cat == "public":
        topic = rng.choice(PUBLIC_TOPICS[c.key])
        if online:
            issuer, kind = rng.choice(c.platforms), "platform"
        else:
            issuer, kind = rng.choice(
                ((c.party_school, "party"), (f"{c.name}人力资源和社会保障局", "bureau"),
                 (rng.choice(c.universities), "school"))
            )  # fmt: skip
        title = rng.choice((
            f"{y}年度{c.name}专业技术人员继续教育公需科目培训",
            f"{y}年公需科目{topic}培训",
            f"{y}年度专业技术人员公需课学习（{topic}）",
        ))  # fmt: skip
    else:
        topic = rng.choice(era(p.topics, c))
        if online:
            issuer, kind = rng.choice(c.platforms), "platform"
        else:
            opts = [
                (bureau(p, c), "bureau"),
                (society(p, c), "society"),
                (rng.choice(c.universities), "school"),
            ]
            if p.key in ("radio", "eye", "nurse", "pharm"):
                opts.append((rng.choice(c.hospitals), "hospital"))
            issuer, kind = rng.choice(opts)
        if cat == "professional":
            title = rng.choice((
                f"{y}年{c.name}{p.who}专业科目培训班（{topic}）",
                f"{y}年度{p.who}继续教育专业科目培训",
                f"{topic}专业课培训",
            ))  # fmt: skip
        else:
            title = rng.choice((
                f"{y}年{c.name}{p.who}{topic}培训班",
                f"{topic}专题研修班",
                f"第{rng.randint(2, 9)}期{c.short}{topic}学习班",
                f"{y}年度全市{topic}业务培训",
            ))  # fmt: skip
    if days is None:
        days = rng.choice((1, 2, 3, 3, 5)) if not online else rng.randint(20, 120)
    start = rand_date(rng, y, 2, 11)
    end = start + dt.timedelta(days=days - 1)
    if end.year != y:
        start, end = dt.date(y, 11, 20), dt.date(y, 11, 20) + dt.timedelta(days=min(days, 30) - 1)
    per_day = rng.choice((6, 8, 8, 4))
    if online:
        hours: float | None = (
            rng.choice((30, 30, 60, 24, 36)) if cat != "professional" else rng.choice((60, 40, 30))
        )
    else:
        hours = float(min(days * per_day, 60))
    issued = end + dt.timedelta(days=rng.choice((0, 0, 1, 3, 7, 12)))
    pre = {"kaifeng": "KF", "taian": "TA"}[c.key]
    number = rng.choice(
        (
            f"{pre}{y}{rng.randrange(10**5):05d}",
            f"{c.doc_abbr}继教〔{y}〕第{rng.randint(10, 999)}号",
            f"No.{y}{rng.randrange(10**6):06d}",
            f"{y}-{rng.randint(1, 40):02d}-{rng.randrange(10**4):04d}",
        )
    )
    taken: set[str] = set()
    return Training(c, y, p, person_name(rng, taken), unit(p, c, rng), issuer, title, start, end, hours, cat,
                    issued, number, topic, kind)  # fmt: skip


def others(ctx: Ctx, n: int, avoid: str) -> list[str]:
    return names(ctx.rng, n, {avoid})


def masked_id(ctx: Ctx, c: City) -> str:
    return f"{c.id_prefix}********{ctx.rng.randrange(10**3):03d}{ctx.rng.choice('0123456789X')}"


def id_full_masked(ctx: Ctx, c: City) -> str:
    return f"{c.id_prefix[:4]}**********{ctx.rng.randrange(10**4):04d}"


def date_s(d: dt.date, style: str) -> str:
    return fmt_date(d, style)
