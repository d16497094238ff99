"""evaluate(): evidence records -> suggested credit hours for one person, policy and year; pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.contract import Credits, Evidence, TitleLevel
from rules import activities as act
from rules.caps import Draft, apply_caps
from rules.hours import matches, outcome
from rules.schema import EmployerKind, Policy, Requirement, Rule
from rules.training import Group, group_trainings, merged, missing_proof

CEILING_NOTE = "（此为通知规定的上限，审核人可酌情调低）"


@dataclass(frozen=True)
class EvalOptions:
    title_level: TitleLevel | None = None
    employer_kind: EmployerKind | None = None


@dataclass(frozen=True)
class _Ctx:
    policy: Policy
    person: str
    year: int
    ids: tuple[str | int, ...]
    items: tuple[Evidence, ...]
    groups: dict[int, Group]
    places: tuple[act.Place, ...]


def evaluate(
    policy: Policy,
    person: str,
    year: int,
    evidence: Sequence[tuple[str | int, Evidence]] | Sequence[tuple[str, Evidence]],
    options: EvalOptions | None = None,
) -> Credits:
    """One suggestion per record (two where a rule has `also`), in evidence order, then caps, totals,
    the year's requirement (after variants) and the shortfall. Same inputs, same output."""
    items = tuple(act.claimed_by(ev, person) for _, ev in evidence)
    places = tuple(act.place_of(person, ev) for ev in items)
    groups = group_trainings(person, items, [p.named for p in places])
    ctx = _Ctx(policy, person, year, tuple(e for e, _ in evidence), items, groups, places)
    drafts = apply_caps(policy, [d for i in range(len(items)) for d in _drafts(ctx, i)])
    suggestions = [_suggestion(d) for d in drafts]
    requirement, notes = requirement_for(policy, options or EvalOptions())
    totals = _totals(suggestions)
    # One validation of the whole answer (in pydantic-core) instead of 10,000 model constructors.
    return Credits.model_validate(
        {
            "policy": policy.id,
            "person": person,
            "year": year,
            "suggestions": suggestions,
            "totals": totals,
            "requirement": {
                "public": requirement.public,
                "professional": requirement.professional,
                "total": requirement.total,
            },
            "shortfall": _shortfall(requirement, totals),
            "notes": notes,
        }
    )


def _drafts(ctx: _Ctx, i: int) -> list[Draft]:
    ev, activity = ctx.items[i], act.activity_of(ctx.items[i])
    group = ctx.groups.get(i)
    if group and group.primary != i:
        return [_supporting(ctx, i, group)]
    view = merged(ctx.items, group) if group else ev
    rule = next((r for r in _rules_for(ctx.policy, activity) if matches(r.when, view)), None)
    base = _base(ctx, i, activity, rule, view)
    missing = missing_proof(ctx.policy.training_proof, ctx.items, group) if group else None
    if missing:
        cite = ctx.policy.training_proof.citation if ctx.policy.training_proof else None
        return [_with(base, None, "needs_review", None, cite, missing)]
    # A proof of no known kind is never refused for a name the extractor could not find on it: a reviewer looks
    # at it (needs_review), whoever uploaded it. Nor is a proof of an activity the notice is silent on (no rule
    # for it, or only rules that leave the figure to a reviewer): not_eligible is for a rule that applies and
    # grants nothing (contract §2), so only its year can put such a proof outside this year's claim.
    silent = all(r.status == "needs_review" for r in _rules_for(ctx.policy, activity))
    refusal = (
        None
        if activity == "other" and rule is None
        else _refusal(ctx, base, view, activity, ctx.places[i], check_person=not silent)
    )
    if refusal or rule is None:
        return [refusal or _unmatched(ctx.policy, base)]
    drafts = [_apply(base, rule, view, ctx.places[i])]
    if rule.also and drafts[0].status == "suggested":
        drafts.append(_apply(base, ctx.policy.rule(rule.also), view, ctx.places[i]))
    return drafts


_BY_ACTIVITY: dict[int, tuple[Policy, dict[str, list[Rule]]]] = {}


def _rules_for(policy: Policy, activity: str) -> list[Rule]:
    """The policy's rules for one activity, in pack order (indexed once per loaded pack)."""
    held = _BY_ACTIVITY.get(id(policy))
    if held is None or held[0] is not policy:
        if len(_BY_ACTIVITY) > 64:  # packs parsed in tests come and go; the five real ones stay cached
            _BY_ACTIVITY.clear()
        index: dict[str, list[Rule]] = {}
        for rule in policy.rules:
            index.setdefault(rule.activity, []).append(rule)
        held = _BY_ACTIVITY[id(policy)] = (policy, index)
    return held[1].get(activity, [])


def _base(ctx: _Ctx, i: int, activity: str, rule: Rule | None, view: Evidence) -> Draft:
    category = rule.category if rule else ("public" if act.is_public_course(view) else "professional")
    return Draft(
        position=i, evidence=ctx.ids[i], activity=activity, category=category, hours=None, status="needs_review",
        rule=rule.id if rule else None, citation=rule.citation if rule else None, explanation="",
        date=act.date_of(view, activity),
    )  # fmt: skip


def _with(
    base: Draft, hours: float | None, status: str, rule: str | None, cite: str | None, why: str
) -> Draft:
    return base._replace(hours=hours, status=status, rule=rule, citation=cite, explanation=why)


def _refusal(
    ctx: _Ctx, base: Draft, ev: Evidence, activity: str, place: act.Place, check_person: bool = True
) -> Draft | None:
    """not_eligible (wrong person or year) or needs_review (no year), before any rule is applied."""
    if check_person and not place.named:
        why = f"{ctx.person}不是本材料的持有人或署名人员"
        return _with(base, 0.0, "not_eligible", base.rule, base.citation, why)
    found, source = act.year_of(ev, activity)
    if found is None:
        return _with(base, None, "needs_review", base.rule, base.citation, f"无法确定年度（缺少{source}）")
    if found != ctx.year:
        why = f"按{source}计入{found}年度，不属于{ctx.year}年度"
        return _with(base, 0.0, "not_eligible", base.rule, base.citation, why)
    return None


def _unmatched(policy: Policy, base: Draft) -> Draft:
    """needs_review: either the notice has no rule for the activity, or the record lacks what selects one."""
    near = _rules_for(policy, base.activity)
    if not near:
        return _with(base, None, "needs_review", None, policy.document, policy.unmatched)
    labels = "；".join(dict.fromkeys(r.label for r in near))
    why = f"材料缺少选择折算规则所需的信息（级别、类别或专利类型等），无法对应本通知的规则：{labels}"
    return _with(base, None, "needs_review", None, near[0].citation, why)


def _apply(base: Draft, rule: Rule, ev: Evidence, place: act.Place) -> Draft:
    result = outcome(rule, ev, place)
    why = f"{rule.label}：{result.detail}"
    if base.activity == "project" and rule.when.project_levels:
        why += f"（课题级别{act.project_level(ev)[1]}）"  # the contract has no level field for projects
    if rule.hours and rule.hours.ceiling and result.status == "suggested":
        why += CEILING_NOTE
    return base._replace(
        category=rule.category, hours=result.hours, status=result.status, rule=rule.id, citation=rule.citation,
        explanation=why,
    )  # fmt: skip


def _supporting(ctx: _Ctx, i: int, group: Group) -> Draft:
    primary = ctx.items[group.primary]
    base = _base(ctx, i, "training", None, primary)
    why = f"与证据{ctx.ids[group.primary]}为同一培训的佐证材料，学时计入该证据，此处不重复计算"
    cite = ctx.policy.training_proof.citation if ctx.policy.training_proof else None
    return _with(base, 0.0, "suggested", None, cite, why)


def _suggestion(d: Draft) -> dict[str, Any]:
    hours = None if d.hours is None else round(d.hours, 2)
    return {
        "evidence": d.evidence, "category": d.category, "activity": d.activity, "hours": hours,
        "status": d.status, "rule": d.rule, "citation": d.citation, "explanation": d.explanation,
    }  # fmt: skip


def _totals(suggestions: list[dict[str, Any]]) -> dict[str, float]:
    sums = {"public": 0.0, "professional": 0.0}
    for s in suggestions:
        sums[s["category"]] += s["hours"] or 0.0
    public, professional = round(sums["public"], 2), round(sums["professional"], 2)
    return {"public": public, "professional": professional, "total": round(public + professional, 2)}


def _shortfall(req: Requirement, totals: dict[str, float]) -> dict[str, float | None]:
    def gap(need: float | None, have: float) -> float | None:
        return None if need is None else round(max(0.0, need - have), 2)

    return {key: gap(getattr(req, key), totals[key]) for key in ("public", "professional", "total")}


def requirement_for(policy: Policy, options: EvalOptions) -> tuple[Requirement, list[str]]:
    """The year's requirement after variants (title level, employer kind), with the notes to show."""
    notes = list(policy.notes)
    for variant in policy.variants:
        when = variant.when
        if when.title_level is not None and options.title_level not in when.title_level:
            continue
        if when.employer_kind is not None and options.employer_kind not in when.employer_kind:
            continue
        if when.title_level_missing is not None and (options.title_level is None) != when.title_level_missing:
            continue
        return variant.requirement, notes + ([variant.note] if variant.note else [])
    return policy.requirement, notes
