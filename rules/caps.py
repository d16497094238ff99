"""Annual caps on suggestions: keep the best one, or cut the latest items past a ceiling of hours."""

from __future__ import annotations

from typing import NamedTuple

from rules.schema import Cap, Policy


class Draft(NamedTuple):
    """A suggestion before caps and rounding; `date` orders items for latest-first cuts.

    A NamedTuple, not a frozen dataclass: the engine makes one or two per record, 10,000s per call.
    """

    position: int
    evidence: str | int
    activity: str
    category: str
    hours: float | None
    status: str
    rule: str | None
    citation: str | None
    explanation: str
    date: str


def apply_caps(policy: Policy, drafts: list[Draft]) -> list[Draft]:
    for cap in policy.caps:
        drafts = _BY_KIND[cap.kind](cap, drafts)
    return drafts


def _capped(cap: Cap, drafts: list[Draft]) -> list[int]:
    return [i for i, d in enumerate(drafts) if d.rule in cap.rules and d.status == "suggested" and d.hours]


def _best_one(cap: Cap, drafts: list[Draft]) -> list[Draft]:
    positions = _capped(cap, drafts)
    if len(positions) < 2:
        return drafts
    keep = min(positions, key=lambda i: (-(drafts[i].hours or 0.0), drafts[i].date, i))
    out = list(drafts)
    for i in positions:
        if i != keep:
            note = f"；{cap.label}，本年已按证据{drafts[keep].evidence}计入（{cap.citation}）"
            out[i] = drafts[i]._replace(
                hours=0.0, status="not_eligible", explanation=drafts[i].explanation + note
            )
    return out


def _annual_hours(cap: Cap, drafts: list[Draft]) -> list[Draft]:
    limit = cap.max_hours or 0.0
    used, out = 0.0, list(drafts)
    for i in sorted(_capped(cap, drafts), key=lambda i: (drafts[i].date, i)):
        hours = drafts[i].hours or 0.0
        allowed = max(0.0, min(hours, limit - used))
        used += allowed
        if allowed < hours:
            out[i] = _cut(cap, drafts[i], allowed)
    return out


def _cut(cap: Cap, draft: Draft, allowed: float) -> Draft:
    note = (
        f"；{cap.label}（{cap.citation}），按日期从后往前削减，本项由{draft.hours:g}学时削减为{allowed:g}学时"
    )
    status = "suggested" if allowed > 0 else "not_eligible"
    return draft._replace(hours=allowed, status=status, explanation=draft.explanation + note)


_BY_KIND = {"best_one": _best_one, "annual_hours": _annual_hours}
