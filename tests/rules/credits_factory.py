"""Hand-written evidence records for the rules tests (no OCR, no extractors)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.contract import Credits, Evidence
from rules.engine import EvalOptions, evaluate
from rules.loader import load_policy

PERSON = "王建国"
# shorthand for the golden tables: category and status of an expected suggestion
P, U = "professional", "public"
OK, NR, NE = "suggested", "needs_review", "not_eligible"


def ev(evidence_type: str, **fields: Any) -> Evidence:
    """An evidence record with every contract key; `fields` override the empty defaults."""
    record: dict[str, Any] = {
        "schema": "credproof.evidence/1", "evidence_type": evidence_type, "holder": None, "people": [],
        "title": None, "issuer": None, "issued_on": None, "period": None, "hours_stated": None,
        "journal": None, "patent": None, "award": None, "book": None, "qualification": None,
        "pages": 1, "confidence": {}, "provenance": {},
    }  # fmt: skip
    record.update(fields)
    return Evidence.model_validate(record)


def people(*names: str, role: str = "author") -> list[dict[str, Any]]:
    return [{"name": n, "rank": i, "role": role} for i, n in enumerate(names, start=1)]


def training(
    title: str, start: str | None, end: str | None, hours: float | None = None, **kw: Any
) -> Evidence:
    period = {"start": start, "end": end} if end or start else None
    kw.setdefault("holder", PERSON)
    return ev("training_certificate", title=title, period=period, hours_stated=hours, **kw)


def sheet(title: str, start: str, end: str, names: tuple[str, ...] = (PERSON,), **kw: Any) -> Evidence:
    return ev("sign_in_sheet", title=title, period={"start": start, "end": end},
              people=people(*names, role="attendee"), **kw)  # fmt: skip


def notice(title: str, start: str, end: str, **kw: Any) -> Evidence:
    return ev("training_notice", title=title, period={"start": start, "end": end}, **kw)


def paper(
    year: int, levels: list[str], authors: tuple[str, ...], cn: str | None = "43-1234/N", **kw: Any
) -> Evidence:
    journal = {"name": "某学报", "issn": None, "cn": cn, "year": year, "volume": None, "issue": None,
               "levels": levels}  # fmt: skip
    return ev("journal_article", title="一种方法的研究", journal=journal, people=people(*authors), **kw)


def patent(kind: str | None, granted: str | None, inventors: tuple[str, ...]) -> Evidence:
    info = {"kind": kind, "number": None, "applied_on": None, "granted_on": granted}
    return ev("patent_certificate", title="一种装置", patent=info, people=people(*inventors, role="inventor"))


def award(level: str | None, kind: str | None, issued: str, rank: int | None = 1, **kw: Any) -> Evidence:
    info = {"name": "科学技术进步奖", "kind": kind, "level": level, "grade": "二等奖"}
    entries = [{"name": PERSON, "rank": rank, "role": "awardee"}] if rank else []
    return ev("award_certificate", holder=PERSON, award=info, issued_on=issued, people=entries, **kw)


def project(issuer: str, issued: str, rank: int) -> Evidence:
    members = [{"name": PERSON, "rank": rank, "role": "project_member" if rank > 1 else "project_leader"}]
    return ev("project_completion", title="某课题", issuer=issuer, issued_on=issued, people=members)


def book(issued: str, role: str, rank: int) -> Evidence:
    info = {"isbn": "978-7-111-11111-1", "publisher": "某出版社", "edition": None}
    return ev(
        "book",
        title="某专著",
        book=info,
        issued_on=issued,
        people=[{"name": PERSON, "rank": rank, "role": role}],
    )


def qualification(
    kind: str, issued: str, modules: list[str] | None = None, subject: str | None = None
) -> Evidence:
    info = {"kind": kind, "subject": subject, "modules": modules}
    return ev("qualification_certificate", holder=PERSON, qualification=info, issued_on=issued)


@dataclass(frozen=True)
class Case:
    """One golden case: records in, (category, status, hours) per suggestion out, and the clause it rests on.

    `clause` must appear in the citation of suggestion `cited`, so each case proves where its figure comes from.
    """

    id: str
    items: list[Evidence]
    want: list[tuple[str, str, float | None]]
    clause: str
    cited: int = 0
    title_level: str | None = None
    employer_kind: str | None = None


def run_case(policy_id: str, year: int, case: Case) -> Credits:
    policy = load_policy(policy_id)
    options = EvalOptions(title_level=case.title_level, employer_kind=case.employer_kind)  # type: ignore[arg-type]
    evidence = [(f"e{i}", item) for i, item in enumerate(case.items, start=1)]
    credits = evaluate(policy, PERSON, year, evidence, options)
    got = [(s.category, s.status, s.hours) for s in credits.suggestions]
    assert got == case.want, [s.explanation for s in credits.suggestions]
    assert case.clause in (credits.suggestions[case.cited].citation or "")
    assert all(s.explanation for s in credits.suggestions)
    return credits


def rules_seen(policy_id: str, year: int, cases: list[Case]) -> set[str]:
    seen: set[str] = set()
    for case in cases:
        credits = run_case(policy_id, year, case)
        seen |= {s.rule for s in credits.suggestions if s.rule}
    return seen
