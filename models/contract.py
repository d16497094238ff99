"""Pydantic forms of the contract's JSON (../shared/contract): evidence records and credit suggestions.

Every key is always serialised (None -> null); `model_dump(mode="json")` gives the contract's shape.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

EVIDENCE_SCHEMA: Literal["credproof.evidence/1"] = "credproof.evidence/1"
CREDITS_SCHEMA: Literal["credproof.credits/1"] = "credproof.credits/1"

EvidenceType = Literal[
    "training_certificate",
    "sign_in_sheet",
    "training_notice",
    "journal_article",
    "book",
    "patent_certificate",
    "award_certificate",
    "project_completion",
    "qualification_certificate",
    "other",
]
EVIDENCE_TYPES: tuple[str, ...] = EvidenceType.__args__  # type: ignore[attr-defined]

Role = Literal[
    "author",
    "inventor",
    "awardee",
    "attendee",
    "editor_in_chief",
    "deputy_editor",
    "editorial_board",
    "translator",
    "project_leader",
    "project_member",
]
JournalLevel = Literal[
    "sci", "ei", "ssci", "ahci", "cpci", "cssci", "cscd", "pku_core",
    "foreign", "national", "provincial", "municipal",
]  # fmt: skip
PatentKind = Literal["invention", "utility_model", "design"]
AwardKind = Literal["science_technology", "social_science", "competition", "other"]
AwardLevel = Literal["national", "provincial", "municipal", "county", "bureau"]
QualificationKind = Literal[
    "graduation", "master_degree", "doctor_degree", "postgraduate_courses", "self_study_exam", "computer_exam",
]  # fmt: skip
Category = Literal["public", "professional"]
Status = Literal["suggested", "needs_review", "not_eligible", "confirmed", "adjusted", "rejected"]
TitleLevel = Literal["junior", "intermediate", "senior"]

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
# Issue dates and periods may print only a month (a book's 2021年9月第1版): YYYY-MM, never an invented day.
ISO_DATE_OR_MONTH = r"^\d{4}-\d{2}(-\d{2})?$"


class _Strict(BaseModel):
    # extra="allow" at the top level lets us add fields; sub-objects are strict.
    model_config = ConfigDict(extra="forbid")


class Person(_Strict):
    name: str = Field(min_length=1)
    rank: int = Field(ge=1)
    role: Role


class Period(_Strict):
    start: str | None = Field(default=None, pattern=ISO_DATE_OR_MONTH)
    end: str | None = Field(default=None, pattern=ISO_DATE_OR_MONTH)


class Journal(_Strict):
    name: str | None = None
    issn: str | None = Field(default=None, pattern=r"^\d{4}-\d{3}[\dX]$")
    cn: str | None = Field(default=None, pattern=r"^\d{2}-\d{4}/[A-Z0-9]+$")
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    levels: list[JournalLevel] = Field(default_factory=list)


class Patent(_Strict):
    kind: PatentKind | None = None
    number: str | None = Field(default=None, pattern=r"^ZL\d{8,12}\.[\dX]$")
    applied_on: str | None = Field(default=None, pattern=ISO_DATE)
    granted_on: str | None = Field(default=None, pattern=ISO_DATE)


class Award(_Strict):
    name: str | None = None
    kind: AwardKind | None = None
    level: AwardLevel | None = None
    grade: str | None = None


class Book(_Strict):
    isbn: str | None = None
    publisher: str | None = None
    edition: str | None = None


class Qualification(_Strict):
    kind: QualificationKind | None = None
    subject: str | None = None
    modules: list[str] | None = None


class Provenance(_Strict):
    page: int = Field(ge=1)
    bbox: tuple[float, float, float, float]
    text: str
    # Added field: the id of the learned fact (a reviewer's generalised correction) the value came from;
    # left out of the JSON when the value was read off the document alone.
    learned: str | None = None

    @model_serializer(mode="wrap")
    def _without_unset_learned(self, handler: Any) -> Any:
        out = handler(self)
        if isinstance(out, dict) and out.get("learned") is None:
            out.pop("learned", None)
        return out


class ContentsEntry(_Strict):
    """Added type: one article listed on a journal's contents page (目录), its title and authors as printed."""

    title: str | None = None
    people: list[Person] = Field(default_factory=list)
    confidence: float = Field(default=0.0, ge=0, le=1)


class Evidence(BaseModel):
    """One evidence record per uploaded document (contract section 1)."""

    model_config = ConfigDict(extra="allow")

    schema_: Literal["credproof.evidence/1"] = Field(default=EVIDENCE_SCHEMA, alias="schema")
    evidence_type: EvidenceType = "other"
    holder: str | None = None
    people: list[Person] = Field(default_factory=list)
    title: str | None = None
    issuer: str | None = None
    issued_on: str | None = Field(default=None, pattern=ISO_DATE_OR_MONTH)
    period: Period | None = None
    hours_stated: float | None = Field(default=None, ge=0)
    # Optional contract key: the subject category the proof itself states (公需科目 -> public).
    category_stated: Category | None = None
    journal: Journal | None = None
    patent: Patent | None = None
    award: Award | None = None
    book: Book | None = None
    qualification: Qualification | None = None
    pages: int = Field(default=1, ge=1)
    confidence: dict[str, float] = Field(default_factory=dict)
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    # Added field: the articles a contents page lists. Which is the claimant's the page does not say, so
    # `people` stays empty for a contents page alone; the rules look for the person here. Left out of the
    # JSON when the document has no contents page.
    contents: list[ContentsEntry] | None = None

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    @model_serializer(mode="wrap")
    def _without_absent_contents(self, handler: Any) -> Any:
        out = handler(self)
        if isinstance(out, dict) and out.get("contents") is None:
            out.pop("contents", None)
        return out

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


class Suggestion(BaseModel):
    model_config = ConfigDict(extra="allow")

    evidence: str | int
    category: Category
    activity: str
    hours: float | None = Field(default=None, ge=0)
    status: Status
    rule: str | None = None
    citation: str | None = None
    explanation: str


class Hours(BaseModel):
    public: float | None = None
    professional: float | None = None
    total: float | None = None


class Credits(BaseModel):
    """One person, one policy, one year (contract section 2)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    schema_: Literal["credproof.credits/1"] = Field(default=CREDITS_SCHEMA, alias="schema")
    policy: str
    person: str
    year: int
    suggestions: list[Suggestion] = Field(default_factory=list)
    totals: Hours
    requirement: Hours
    shortfall: Hours
    # Added field: what the policy says that the figures cannot (e.g. Tai'an 2022 enterprise staff).
    notes: list[str] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)
