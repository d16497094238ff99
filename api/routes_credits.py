"""Credit suggestions over HTTP: evaluate evidence under a policy, and the policy packs in readable form."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError

from models.contract import Credits, Evidence, TitleLevel
from models.errors import InvalidEvidence
from rules.engine import EvalOptions, evaluate
from rules.loader import list_policies, load_policy, policy_hash
from rules.schema import EmployerKind, Policy

router = APIRouter(prefix="/api/v1", tags=["credits"])


class EvaluateRequest(BaseModel):
    """The same inputs as `credproof credits`; each evidence item is `{id, record}` or a bare record."""

    policy: str = Field(examples=["yiyang-2018"])
    person: str = Field(min_length=1, examples=["王建国"])
    year: int = Field(ge=1900, le=2100, examples=[2018])
    title_level: TitleLevel | None = None
    employer_kind: EmployerKind | None = None
    evidence: list[dict[str, Any]] = Field(default_factory=list, max_length=10_000)


def _evidence_item(position: int, item: dict[str, Any]) -> tuple[str | int, Evidence]:
    """A bare record is named by its 1-based position, as a file name names it on the command line."""
    ident: str | int = item.get("id", position) if "record" in item else position
    record = item["record"] if "record" in item else item
    if not isinstance(ident, str | int) or isinstance(ident, bool):
        raise InvalidEvidence(
            f"evidence[{position - 1}].id must be a string or an integer", index=position - 1
        )
    try:
        return ident, Evidence.model_validate(record)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidEvidence(
            f"evidence[{position - 1}]: {where}: {first['msg']}", index=position - 1, field=where
        ) from exc


@router.post(
    "/credits/evaluate", response_model=Credits, summary="Suggest credit hours from evidence records"
)
def evaluate_credits(body: EvaluateRequest) -> JSONResponse:
    """One suggestion per evidence record (two where a policy splits one), with totals, requirement and
    shortfall, in the contract's `credproof.credits/1` shape. It suggests; a reviewer decides."""
    policy = load_policy(body.policy)
    evidence = [_evidence_item(i, item) for i, item in enumerate(body.evidence, start=1)]
    options = EvalOptions(title_level=body.title_level, employer_kind=body.employer_kind)
    credits = evaluate(policy, body.person, body.year, evidence, options)  # type: ignore[arg-type]
    return JSONResponse(credits.to_json())


def _summary(policy: Policy) -> dict[str, Any]:
    return {
        "id": policy.id, "city": policy.city, "year": policy.year, "document": policy.document,
        "title": policy.title, "source": policy.source, "hash": policy_hash(policy),
        "requirement": policy.requirement.model_dump(), "rules": len(policy.rules),
    }  # fmt: skip


def _readable_rule(rule: Any) -> dict[str, Any]:
    data = rule.model_dump(exclude_none=True, exclude_defaults=True)
    data.update(id=rule.id, activity=rule.activity, category=rule.category, status=rule.status)
    data["text"] = f"{rule.label}（{rule.citation}）"
    return data


@router.get("/policies", summary="The loaded policy packs")
def get_policies() -> list[dict[str, Any]]:
    return [_summary(p) for p in list_policies()]


@router.get(
    "/policies/{policy_id}", summary="One policy pack: requirement, variants, notes, rules with citations"
)
def get_policy(policy_id: str) -> dict[str, Any]:
    policy = load_policy(policy_id)
    return {
        **_summary(policy),
        "variants": [v.model_dump(exclude_none=True) for v in policy.variants],
        "notes": list(policy.notes),
        "unmatched": policy.unmatched,
        "training_proof": policy.training_proof.model_dump() if policy.training_proof else None,
        "rules": [_readable_rule(r) for r in policy.rules],
        "caps": [c.model_dump(exclude_none=True) for c in policy.caps],
    }
