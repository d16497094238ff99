"""Pydantic models of a policy pack (rules/policies/*.yaml); unknown keys are refused."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.contract import AwardKind, Category, EvidenceType, QualificationKind, Role, TitleLevel

Activity = Literal[
    "training", "paper", "patent", "award", "competition", "project", "book", "qualification", "other",
]  # fmt: skip
Level = Literal[
    "sci", "ei", "ssci", "ahci", "cpci", "cssci", "cscd", "pku_core",
    "foreign", "national", "provincial", "municipal", "bureau", "county",
]  # fmt: skip
RuleStatus = Literal["suggested", "needs_review", "not_eligible"]
EmployerKind = Literal["enterprise", "institution", "government", "other"]
NonEmpty = Field(min_length=1)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RankBand(_Strict):
    """Hours for ranks 1..max_rank (None: every rank after the previous band)."""

    max_rank: int | None = Field(default=None, ge=1)
    hours: float = Field(ge=0)


class HoursModel(_Strict):
    """Exactly one way of turning one evidence record into hours."""

    fixed: float | None = Field(default=None, ge=0)
    per_day: float | None = Field(default=None, ge=0)
    per_module: float | None = Field(default=None, ge=0)
    by_level: dict[Level, float] | None = None
    by_role: dict[Role, float] | None = None
    by_rank: list[RankBand] | None = None
    max_per_day: float | None = Field(default=None, ge=0)
    split_among_authors: bool = False
    ceiling: bool = False

    @model_validator(mode="after")
    def _exactly_one(self) -> HoursModel:
        kinds = [self.fixed, self.per_day, self.per_module, self.by_level, self.by_role, self.by_rank]
        if sum(k is not None for k in kinds) != 1:
            raise ValueError(
                "hours needs exactly one of fixed, per_day, per_module, by_level, by_role, by_rank"
            )
        if self.max_per_day is not None and self.per_day is None:
            raise ValueError("max_per_day only applies to per_day")
        return self


class Match(_Strict):
    """Conditions on the evidence; every condition given must hold."""

    public: bool | None = None
    evidence_types: list[EvidenceType] | None = None
    journal_levels: list[Level] | None = None
    journal_domestic_public: bool | None = None
    patent_kinds: list[str] | None = None
    award_levels: list[Level] | None = None
    award_kinds: list[AwardKind] | None = None
    project_levels: list[Level] | None = None
    qualification_kinds: list[QualificationKind] | None = None
    doctoral: bool | None = None


class Rule(_Strict):
    id: str = NonEmpty
    activity: Activity
    label: str = NonEmpty
    when: Match = Field(default_factory=Match)
    category: Category = "professional"
    status: RuleStatus = "suggested"
    hours: HoursModel | None = None
    reason: str | None = None
    also: str | None = None
    citation: str = NonEmpty

    @model_validator(mode="after")
    def _hours_or_reason(self) -> Rule:
        if self.status == "suggested" and self.hours is None:
            raise ValueError("a suggested rule needs hours")
        if self.status != "suggested" and not self.reason:
            raise ValueError("a needs_review or not_eligible rule needs a reason")
        return self


class Cap(_Strict):
    """best_one keeps the item worth most; annual_hours cuts the latest items past max_hours."""

    id: str = NonEmpty
    kind: Literal["annual_hours", "best_one"]
    rules: list[str] = Field(min_length=1)
    max_hours: float | None = Field(default=None, ge=0)
    label: str = NonEmpty
    citation: str = NonEmpty

    @model_validator(mode="after")
    def _max_for_annual(self) -> Cap:
        if (self.kind == "annual_hours") != (self.max_hours is not None):
            raise ValueError("annual_hours caps need max_hours; best_one caps take none")
        return self


class Requirement(_Strict):
    public: float | None = Field(default=None, ge=0)
    professional: float | None = Field(default=None, ge=0)
    total: float | None = Field(default=None, ge=0)
    citation: str = NonEmpty


class VariantWhen(_Strict):
    title_level: list[TitleLevel] | None = None
    employer_kind: list[EmployerKind] | None = None
    title_level_missing: bool | None = None


class Variant(_Strict):
    """Replaces the requirement (and adds a note) when the options match."""

    when: VariantWhen
    requirement: Requirement
    note: str | None = None


class TrainingProof(_Strict):
    """Which companion documents a sign-in sheet or notice needs (Yiyang 附件4)."""

    sign_in_sheet_needs: list[EvidenceType] = Field(min_length=1)
    training_notice_needs: list[EvidenceType] = Field(min_length=1)
    citation: str = NonEmpty


class Policy(_Strict):
    id: str = NonEmpty
    city: str = NonEmpty
    year: int = Field(ge=2000, le=2100)
    document: str = NonEmpty
    title: str = NonEmpty
    source: str = NonEmpty
    requirement: Requirement
    variants: list[Variant] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    training_proof: TrainingProof | None = None
    unmatched: str = NonEmpty
    rules: list[Rule] = Field(min_length=1)
    caps: list[Cap] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> Policy:
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            raise ValueError("rule ids must be unique")
        for rule in self.rules:
            if not rule.id.startswith(self.id + "/"):
                raise ValueError(f"rule id {rule.id!r} must start with {self.id}/")
            if rule.also and rule.also not in ids:
                raise ValueError(f"rule {rule.id!r}: also refers to unknown rule {rule.also!r}")
        for cap in self.caps:
            unknown = set(cap.rules) - set(ids)
            if unknown:
                raise ValueError(f"cap {cap.id!r} refers to unknown rules {sorted(unknown)}")
        return self

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)
