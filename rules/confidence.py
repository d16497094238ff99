"""How far a credit suggestion can be trusted: the weakest of the extracted fields its figure depends on.

A suggestion's hours depend on a few fields only (the claimant's place on the proof, a level, a kind, the
dates, the stated hours, the category), so its confidence is the lowest confidence among those, and the
field that set it is named so that the review page can say why an item needs a look. What the rules could
not decide (`needs_review`) and a claimant missing from their own proof are never trusted highly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from models.contract import Evidence
from rules.activities import activity_of, claimed_by, place_of
from rules.schema import Policy

# Per activity: the groups of evidence keys the credit depends on. In a group, the first key with a
# confidence stands for it (e.g. a training's year comes from its period, or else from its issue date).
DEPENDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "training": (("period", "issued_on"), ("hours_stated", "period"), ("category_stated", "title")),
    "paper": (("journal.levels", "journal.name", "journal"), ("journal.year", "issued_on")),
    "patent": (("patent.kind",), ("patent.granted_on", "issued_on")),
    "award": (("award.level",), ("award.kind",), ("award.grade",), ("issued_on",)),
    "competition": (("award.level",), ("award.grade",), ("issued_on",)),
    "project": (("issuer",), ("issued_on",)),
    "book": (("issued_on", "book.edition"),),
    "qualification": (("qualification.kind",), ("issued_on",)),
    "other": (),
}
# Activities whose hours follow the claimant's name and rank on the proof.
BY_PERSON = {"paper", "patent", "award", "competition", "project", "book"}
UNDECIDED = 0.5  # needs_review: a reviewer decides anyway
# Raw-confidence bins of the calibration table (rules/calibration.yaml, fitted by bench/calibrate.py).
EDGES = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98)
CALIBRATION = Path(__file__).with_name("calibration.yaml")
ABSENT = 0.4  # the claimant's own proof does not show their name: most often a misread name
UNREAD_HOURS = 0.6  # no hours read, though a figure beside 学时 / 课时 / 小时 is printed (extraction_notes)
LOOKALIKE = 0.6  # it shows their name but for one character read as its lookalike (rules/lookalikes.yaml)


@dataclass(frozen=True)
class Trust:
    value: float
    field: str  # the evidence key (or "policy") that set the value
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"confidence": self.value, "confidence_field": self.field, "confidence_reason": self.reason}


@cache
def _table() -> dict[str, list[list[float]]]:
    """Per field, [[bin lower edge, calibrated], ...]; empty (raw confidences) when no table is shipped."""
    if not CALIBRATION.exists():
        return {}
    data = yaml.safe_load(CALIBRATION.read_text("utf-8")) or {}
    return {str(k): [[float(a), float(b)] for a, b in v] for k, v in (data.get("fields") or {}).items()}


def calibrated(field: str, raw: float) -> float:
    """The rate at which values of `field` read at confidence `raw` were right on the development corpora.

    A raw value below every fitted bin, or a field the table does not know, keeps its raw confidence; so
    does a raw value under one half, which calibration may lower but never raise: a reading its own rule
    calls a toss-up (a document classed as other for want of any clear type) is not trusted more just
    because such readings were mostly right on the development corpora.
    """
    rows = _table().get(field)
    if not rows:
        return raw
    below = [rate for edge, rate in rows if edge <= raw]
    rate = below[-1] if below else raw
    return min(rate, raw) if raw < 0.5 else rate


def person_confidence(ev: Evidence, person: str) -> tuple[str, float | None]:
    """The confidence of the claimant's own entry (`people.N`, else `people`), or the holder's."""
    ev = claimed_by(ev, person)
    place = place_of(person, ev)
    if place.entry is not None:
        index = next(i for i, p in enumerate(ev.people) if p is place.entry)
        conf = ev.confidence.get(f"people.{index}", ev.confidence.get("people"))
        if conf is not None:
            return "people", conf
    if "holder" in ev.confidence:
        return "holder", ev.confidence["holder"]
    return "people", ev.confidence.get("people")


def review_by_policy(policy: Policy, activity: str, status: str, rule: str | None) -> bool:
    """A needs_review the notice itself decides (a rule whose own outcome is review, or no rule at all for the
    activity), as opposed to one forced by what the extraction did not find (no year, no level, ...)."""
    if status != "needs_review":
        return False
    if rule is not None:
        return any(r.id == rule and r.status == "needs_review" for r in policy.rules)
    return not any(r.activity == activity for r in policy.rules)


def suggestion_trust(ev: Evidence, person: str, status: str, policy_review: bool = False) -> Trust:
    """The trust in one suggestion computed from `ev` for `person` (pure).

    `policy_review`: the status is needs_review because the notice says so (`review_by_policy`); that is as
    certain as the reading of the evidence type, so it is not capped.
    """
    ev = claimed_by(ev, person)
    activity = activity_of(ev)
    candidates: list[tuple[str, float]] = []
    if "evidence_type" in ev.confidence:
        candidates.append(("evidence_type", ev.confidence["evidence_type"]))
    for group in DEPENDS.get(activity, ()):
        key = next((k for k in group if k in ev.confidence), None)
        if key is not None:
            candidates.append((key, ev.confidence[key]))
    if activity in BY_PERSON or activity in ("training", "qualification"):
        key, conf = person_confidence(ev, person)
        if conf is not None:
            candidates.append((key, conf))
    candidates = [(k, calibrated(k, v)) for k, v in candidates]
    unread = ((ev.model_extra or {}).get("extraction_notes") or {}).get("hours_unread")
    if activity == "training" and ev.hours_stated is None and unread:
        # hours counted from the days where the proof may print them ('培训课时 32' unread): a reviewer checks
        candidates.append(("hours_stated", UNREAD_HOURS))
    if not candidates:  # a record with none of the fields the credit needs: trust it no more than its weakest
        candidates = (
            [min(ev.confidence.items(), key=lambda kv: kv[1])] if ev.confidence else [("evidence", 0.0)]
        )
    field, value = min(candidates, key=lambda kv: kv[1])
    reason = f"{field}: extracted with confidence {value:.2f}"
    if field == "hours_stated" and ev.hours_stated is None:
        reason = f"no hours read, counted from the days, though the proof prints '{unread}': check the hours"
    if status == "needs_review" and not policy_review:
        if value > UNDECIDED:
            field, value, reason = "policy", UNDECIDED, "the policy could not decide this evidence on its own"
    elif not policy_review and person:
        place = place_of(person, ev)
        if not place.named and value > ABSENT:
            field, value = "people", ABSENT
            reason = f"{person} was not found among the names read off the proof"
        elif place.misread and value > LOOKALIKE:
            field, value = "people", LOOKALIKE
            reason = f"{person} was read as {place.misread} on the proof (a character OCR misreads): check the name"
    return Trust(round(value, 4), field, reason)
