"""Draw 35's organisers and issuers by sector and city, and a document's common facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind35 import topics
from bench.blind35.pools import CITIES, Ctx, city, day, people_names, workplace

ORGANISERS = {
    "h": ["{c}市医学会", "{c}市卫生健康委员会", "{c}市护理学会", "{c}市医师协会", "{p}省医学会{c}分会"],
    "s": ["{c}市教育局", "{c}市教育科学研究院", "{c}市教育和体育局", "{c}市教师发展中心"],
    "e": [
        "{c}市住房和城乡建设局",
        "{p}省土木建筑学会",
        "{c}市勘察设计协会",
        "{c}市水利局",
        "{p}省建筑设计研究院",
    ],
}
PUBLIC_ORGS = [
    "{c}市人力资源和社会保障局",
    "{c}市专业技术人员继续教育基地",
    "{c}市人才发展服务中心",
    "{p}省专业技术人员继续教育培训中心",
]
PLATFORMS = [
    "{p}省专业技术人员继续教育公共服务平台",
    "{p}专技天下继续教育网",
    "华医网{p}分站",
    "{p}省教师教育网",
]


@dataclass
class Case:
    """The facts one document is drawn from: sector, city, claimant, workplace."""

    sector: str
    city: str
    prov: str
    person: str
    unit: str
    others: list[str]


def case(ctx: Ctx, n_others: int = 8) -> Case:
    rng = ctx.rng
    sector = rng.choice("hse")
    c = city(rng)
    names = people_names(rng, n_others + 1)
    return Case(sector, c, CITIES[c][0], names[0], workplace(rng, c, sector), names[1:])


def org(ctx: Ctx, cs: Case, pool: list[str]) -> str:
    return ctx.rng.choice(pool).format(c=cs.city, p=cs.prov)


def organiser(ctx: Ctx, cs: Case) -> str:
    return org(ctx, cs, ORGANISERS[cs.sector])


def training(ctx: Ctx, cs: Case, cat: str | None) -> tuple[str, str]:
    """(title, issuer) of a training of category `cat` (public, professional or unstated)."""
    if cat == "public":
        topic = ctx.rng.choice(topics.PUBLIC_TRAININGS)
        return topic, org(ctx, cs, PUBLIC_ORGS)
    return ctx.rng.choice(topics.TRAININGS[cs.sector]), organiser(ctx, cs)


def span(ctx: Ctx, days: int | None = None) -> tuple[dt.date, dt.date]:
    a = day(ctx.rng)
    n = days if days is not None else ctx.rng.choice([1, 2, 3, 3, 5])
    return a, a + dt.timedelta(days=n - 1)


def make(
    ctx: Ctx,
    etype: str,
    family: str,
    variant: str,
    pages: list[Page],
    fields: dict,
    scored: list[str],
    person: str,
    year: int,
    category: str | None = None,
) -> Doc:
    return Doc(
        evidence_type=etype,
        layout=f"{family}35-{variant}",
        pages=pages,
        fields=fields,
        scored=scored,
        claim={"person": person, "year": year},
        category=category,
    )
