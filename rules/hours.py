"""Rule matching and the hours models (fixed, per day, per module, by level, by role, by rank band)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models.contract import Evidence
from models.errors import PolicyError
from rules import activities as act
from rules.activities import Place
from rules.schema import HoursModel, Match, Rule


@dataclass(frozen=True)
class Outcome:
    """What one rule gives one record: hours (None unless suggested), status and the why."""

    hours: float | None
    status: str
    detail: str


def _review(detail: str) -> Outcome:
    return Outcome(None, "needs_review", detail)


def matches(when: Match, ev: Evidence) -> bool:
    """Every condition given must hold; written as plain tests because it runs per rule per record."""
    if when.public is not None and act.is_public_course(ev) != when.public:
        return False
    if when.evidence_types is not None and ev.evidence_type not in when.evidence_types:
        return False
    if when.journal_levels is not None and not (
        ev.journal and set(ev.journal.levels) & set(when.journal_levels)
    ):
        return False
    if (
        when.journal_domestic_public is not None
        and act.journal_domestic_public(ev) != when.journal_domestic_public
    ):
        return False
    if when.patent_kinds is not None and not (ev.patent and ev.patent.kind in when.patent_kinds):
        return False
    return _matches_more(when, ev)


def _matches_more(when: Match, ev: Evidence) -> bool:
    if when.award_levels is not None and not (ev.award and ev.award.level in when.award_levels):
        return False
    if when.award_kinds is not None and not (ev.award and ev.award.kind in when.award_kinds):
        return False
    if when.project_levels is not None and act.project_level(ev)[0] not in when.project_levels:
        return False
    q = ev.qualification
    if when.qualification_kinds is not None and not (q and q.kind in when.qualification_kinds):
        return False
    return when.doctoral is None or act.is_doctoral(ev) == when.doctoral


def outcome(rule: Rule, ev: Evidence, place: Place) -> Outcome:
    if rule.status != "suggested" or rule.hours is None:
        return Outcome(0.0 if rule.status == "not_eligible" else None, rule.status, rule.reason or "")
    model = rule.hours
    for field, fn in _MODELS:
        if getattr(model, field) is not None:
            return fn(model, ev, place)
    raise PolicyError(f"rule {rule.id} has no hours model", rule=rule.id)  # HoursModel forbids this at load


def _fixed(m: HoursModel, ev: Evidence, place: Place) -> Outcome:
    return Outcome(m.fixed, "suggested", f"每项计{m.fixed:g}学时")


# The longest span from first to last day (a fortnight) counted as days of training when no hours are printed.
LONGEST_COUNTED_SPAN = 14


def _per_day(m: HoursModel, ev: Evidence, place: Place) -> Outcome:
    days, per_day = act.days_in(ev), m.per_day or 0.0
    if ev.hours_stated is None and days is None:
        return _review("材料未写明学时，也没有起止日期，无法计算学时")
    if ev.hours_stated is None and days is not None and days > LONGEST_COUNTED_SPAN:
        # weeks or months from first to last day (a stay, a term of study) are not that many full days of
        # training: what was studied in them is for a reviewer to count
        return _review(f"材料未写明学时，起止日期跨{days}天，无法按天数折算，需审核人认定")
    if ev.hours_stated is None:
        return Outcome(days * per_day, "suggested", f"未写明学时，按{days}天×{per_day:g}学时计")  # type: ignore[operator]
    hours, detail = ev.hours_stated, f"按材料所载{ev.hours_stated:g}学时登记"
    if m.max_per_day is not None and days is not None and hours > days * m.max_per_day:
        hours = days * m.max_per_day
        detail += f"；超过每天{m.max_per_day:g}学时上限，按{days}天计{hours:g}学时"
    elif m.max_per_day is not None and days is None:
        detail += f"（无起止日期，无法核对每天{m.max_per_day:g}学时上限）"
    return Outcome(hours, "suggested", detail)


def _per_module(m: HoursModel, ev: Evidence, place: Place) -> Outcome:
    q = ev.qualification
    modules = (q.modules if q else None) or []
    if not modules:
        return _review("证书未列出合格模块，无法按模块折算")
    return Outcome(
        len(modules) * (m.per_module or 0.0), "suggested", f"{len(modules)}个模块×{m.per_module:g}学时"
    )


def _level_of(ev: Evidence, keys: list[str]) -> str | None:
    if ev.evidence_type == "journal_article":
        return act.best_level([lv for lv in (ev.journal.levels if ev.journal else []) if lv in keys])
    if ev.evidence_type == "project_completion":
        return act.project_level(ev)[0]
    return ev.award.level if ev.award else None


def _by_level(m: HoursModel, ev: Evidence, place: Place) -> Outcome:
    table = m.by_level or {}
    level = _level_of(ev, list(table))
    if level not in table:
        return _review(f"级别未知或不在本规则所列级别（{'、'.join(act.LEVEL_ZH[k] for k in table)}）之内")
    hours, detail = table[level], f"{act.LEVEL_ZH[level]}，计{table[level]:g}学时"  # type: ignore[index]
    if m.split_among_authors:
        authors = [p for p in ev.people if p.role == "author"] or ev.people
        count = max(1, len(authors))
        hours, detail = hours / count, detail + f"，按作者数{count}人均分"
    return Outcome(hours, "suggested", detail)


def _by_role(m: HoursModel, ev: Evidence, place: Place) -> Outcome:
    table = m.by_role or {}
    role = place.entry.role if place.entry else None
    if role not in table:
        shown = act.ROLE_ZH.get(role or "", "未列明")
        return _review(
            f"署名身份（{shown}）不在本规则所列身份（{'、'.join(act.ROLE_ZH[k] for k in table)}）之内"
        )
    return Outcome(table[role], "suggested", f"{act.ROLE_ZH[role]}，计{table[role]:g}学时")  # type: ignore[index]


def _by_rank(m: HoursModel, ev: Evidence, place: Place) -> Outcome:
    rank = place.entry.rank if place.entry else None
    who = place.entry.name if place.entry else ""
    if rank is None:
        return _review("材料未列出本人署名排名，无法按排名折算")
    if place.entry is not None and place.entry.role == "translator":
        # A translation's first translator is its first author: the original author, whether the proof's
        # record lists them or not, takes no place among those who claim the translation.
        translators = sorted(p.rank for p in ev.people if p.role == "translator" and p.rank is not None)
        rank, who = translators.index(rank) + 1, f"{who}在译者中"
    low = 1
    for band in m.by_rank or []:
        if band.max_rank is None or rank <= band.max_rank:
            span = f"第{low}名及以后" if band.max_rank is None else f"前{band.max_rank}名"
            span = "第1名" if band.max_rank == 1 else span
            return Outcome(band.hours, "suggested", f"{who}署名第{rank}位（{span}），计{band.hours:g}学时")
        low = band.max_rank + 1
    return Outcome(0.0, "not_eligible", f"{who}署名第{rank}位，超出可折算的前{low - 1}名")


_MODELS: tuple[tuple[str, Callable[[HoursModel, Evidence, Place], Outcome]], ...] = (
    ("fixed", _fixed),
    ("per_day", _per_day),
    ("per_module", _per_module),
    ("by_level", _by_level),
    ("by_role", _by_role),
    ("by_rank", _by_rank),
)
