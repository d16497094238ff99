"""Straight-through credit: do the credits computed from what was extracted equal those from the truth?

For one document and one policy, the claimant's credits are computed twice with the real engine
(`rules.engine.evaluate`): from the truth record and from the extracted record. They agree when the
suggestions have the same status, hours and category, in order. This is what a user feels: a suggestion
a reviewer could confirm without opening the document.

The claimant is the truth record's `claim` (`{"person", "year"}`) when the corpus names one (the blind
corpus does); otherwise the holder, else the person ranked first, and the year the rules read off the truth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from models.contract import Evidence
from rules.activities import activity_of, year_of
from rules.confidence import Trust, review_by_policy, suggestion_trust
from rules.engine import EvalOptions, evaluate
from rules.loader import load_policy, policy_ids

BANDS = ((0.95, 1.01), (0.9, 0.95), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5))


def claim_of(rec: dict[str, Any]) -> tuple[str, int | None]:
    """(person, year) whose credits the document is scored on."""
    claim = rec.get("claim")
    if claim:
        return claim["person"], claim.get("year")
    ev = rec["evidence"]
    person = ev.get("holder") or next((p["name"] for p in ev.get("people", []) if p["rank"] == 1), "")
    try:
        truth = Evidence.model_validate(ev)
    except ValidationError:
        return person, None
    year, _ = year_of(truth, activity_of(truth))
    return person, year


def credit_key(s: dict[str, Any]) -> tuple[str, float | None, str]:
    hours = None if s["hours"] is None else round(float(s["hours"]), 2)
    return (s["status"], hours, s["category"])


def credits(ev: Evidence, person: str, year: int, policy_id: str) -> list[dict[str, Any]]:
    out = evaluate(load_policy(policy_id), person, year, [("doc", ev)], EvalOptions())
    return [s.model_dump(mode="json") for s in out.suggestions]


@dataclass
class PolicyResult:
    policy: str
    agree: bool
    truth: list[tuple[str, float | None, str]]
    pred: list[tuple[str, float | None, str]]
    trust: Trust | None
    explanation: str = ""


@dataclass
class DocResult:
    id: str
    evidence_type: str
    degradation: str
    person: str
    year: int | None
    policies: list[PolicyResult] = field(default_factory=list)

    @property
    def agree_all(self) -> bool:
        return all(p.agree for p in self.policies)


def score_document(rec: dict[str, Any], pred: dict[str, Any] | None) -> DocResult:
    """Credits from truth and from the prediction under every policy, for the document's claimant."""
    person, year = claim_of(rec)
    res = DocResult(rec["id"], rec["evidence_type"], rec["degradation"], person, year)
    truth = Evidence.model_validate(rec["evidence"])
    predicted = _valid(pred)
    for pid in policy_ids():
        t = [credit_key(s) for s in credits(truth, person, year or 0, pid)] if year else []
        if predicted is None:
            res.policies.append(PolicyResult(pid, False, t, [], None, "the document could not be read"))
            continue
        suggestions = credits(predicted, person, year or 0, pid) if year else []
        p = [credit_key(s) for s in suggestions]
        first = (
            suggestions[0] if suggestions else {"status": "needs_review", "activity": "other", "rule": None}
        )
        by_policy = review_by_policy(load_policy(pid), first["activity"], first["status"], first["rule"])
        trust = suggestion_trust(predicted, person, first["status"], by_policy)
        why = first.get("explanation", "")
        res.policies.append(PolicyResult(pid, t == p, t, p, trust, why))
    return res


def _valid(pred: dict[str, Any] | None) -> Evidence | None:
    if pred is None:
        return None
    try:
        return Evidence.model_validate(pred)
    except ValidationError:
        return None


def summarise(docs: list[DocResult]) -> dict[str, Any]:
    """Shares of (document, policy) pairs that agree, overall, per type and per degradation; calibration."""
    pairs = [(d, p) for d in docs for p in d.policies]

    def share(sel: list[tuple[DocResult, PolicyResult]]) -> dict[str, Any]:
        n = len(sel)
        return {"n": n, "agree": (sum(p.agree for _, p in sel) / n) if n else None}

    types = sorted({d.evidence_type for d in docs})
    degs = sorted({d.degradation for d in docs})
    bands = []
    for lo, hi in BANDS:
        sel = [(d, p) for d, p in pairs if p.trust is not None and lo <= p.trust.value < hi]
        bands.append(
            {
                "band": f"{lo:.2f}-{min(hi, 1.0):.2f}",
                **share(sel),
                "share_of_all": len(sel) / len(pairs) if pairs else 0.0,
            }
        )
    high = [(d, p) for d, p in pairs if p.trust is not None and p.trust.value >= 0.9]
    decided = [(d, p) for d, p in pairs if p.truth and all(t[0] != "needs_review" for t in p.truth)]
    return {
        "pairs": share(pairs),
        "decided": share(decided),
        "documents_all_policies": {
            "n": len(docs),
            "agree": sum(d.agree_all for d in docs) / len(docs) if docs else None,
        },
        "by_type": {t: share([(d, p) for d, p in pairs if d.evidence_type == t]) for t in types},
        "by_degradation": {g: share([(d, p) for d, p in pairs if d.degradation == g]) for g in degs},
        "by_policy": {pid: share([(d, p) for d, p in pairs if p.policy == pid]) for pid in policy_ids()},
        "calibration": bands,
        "high_confidence": {**share(high), "share_of_all": len(high) / len(pairs) if pairs else 0.0},
    }


def disagreements(docs: list[DocResult]) -> list[dict[str, Any]]:
    out = []
    for d in docs:
        for p in d.policies:
            if not p.agree:
                out.append({"id": d.id, "type": d.evidence_type, "degradation": d.degradation, "person": d.person,
                            "year": d.year, "policy": p.policy, "truth": p.truth, "pred": p.pred,
                            "confidence": p.trust.value if p.trust else None,
                            "confidence_field": p.trust.field if p.trust else None, "explanation": p.explanation})  # fmt: skip
    return out


def print_summary(s: dict[str, Any], label: str) -> None:
    def pct(x: dict[str, Any]) -> str:
        return "  n/a" if x["agree"] is None else f"{x['agree']:.3f}"

    print(f"\nSTRAIGHT-THROUGH CREDIT ({label}): status, hours and category agree with the truth's credits")
    print(f"  (document, policy) pairs: {pct(s['pairs'])} of {s['pairs']['n']};  documents agreeing under all "
          f"five policies: {pct(s['documents_all_policies'])} of {s['documents_all_policies']['n']}")  # fmt: skip
    print(f"  pairs the truth decides (no needs_review in the truth's credits): {pct(s['decided'])} of "
          f"{s['decided']['n']}")  # fmt: skip
    print("  by type:        " + "  ".join(f"{t}: {pct(v)}" for t, v in s["by_type"].items()))
    print("  by degradation: " + "  ".join(f"{g}: {pct(v)}" for g, v in s["by_degradation"].items()))
    print("  by policy:      " + "  ".join(f"{g}: {pct(v)}" for g, v in s["by_policy"].items()))
    print("\n  calibration (suggestion confidence band: agreement, share of all suggestions)")
    for b in s["calibration"]:
        print(f"    {b['band']}: {pct(b):>6} of {b['n']:>4}  ({b['share_of_all']:.1%} of all)")
    h = s["high_confidence"]
    print(f"  confidence >= 0.90: agreement {pct(h)} on {h['share_of_all']:.1%} of all suggestions "
          "(targets: >= 0.98 on >= 50%)")  # fmt: skip
