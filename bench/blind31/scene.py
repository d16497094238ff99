"""One drawn situation: a sector, a place, a unit, an organiser, a topic and the people of a document."""

from __future__ import annotations

from dataclasses import dataclass

from bench.blind31 import topics
from bench.blind31.pools import CITIES, TOWNS, Ctx, city, people_names


@dataclass
class Scene:
    sector: str
    c: str  # city
    p: str  # province
    x: str  # county
    town: str
    names: list[str]

    def f(self, pattern: str) -> str:
        return pattern.format(c=self.c, p=self.p, x=self.x, t=self.town)

    def unit(self, ctx: Ctx) -> str:
        return self.f(ctx.rng.choice(topics.UNITS[self.sector]))

    def org(self, ctx: Ctx, public: bool = False) -> str:
        return self.f(ctx.rng.choice(topics.PUBLIC_ORGS if public else topics.ORGS[self.sector]))

    def rank_title(self, ctx: Ctx) -> str:
        return ctx.rng.choice(topics.TITLES[self.sector])

    def topic(self, ctx: Ctx, public: bool = False) -> str:
        return ctx.rng.choice(topics.PUBLIC if public else topics.PROF[self.sector])

    @property
    def county_city(self) -> str:
        return CITIES[self.c][2]


def scene(ctx: Ctx, n: int = 12) -> Scene:
    c, p, x = city(ctx.rng)
    return Scene(ctx.rng.choice(list(topics.PROF)), c, p, x, ctx.rng.choice(TOWNS), people_names(ctx.rng, n))


def category(ctx: Ctx) -> str | None:
    """Training proofs cycle through public, professional and no stated category."""
    return ("public", "professional", None)[(ctx.k + ctx.offset // 8) % 3]


CAT_WORD = {"public": "公需科目", "professional": "专业科目"}
