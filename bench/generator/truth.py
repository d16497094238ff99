"""Truth records: the contract evidence a document shows, which fields are scored, and the text it prints.

Conventions the eval compares against (extractors should aim at the same reading):
- Dates are ISO; a one-day event (sign-in sheet) has period start == end; training notices give
  `issued_on` (the notice date) and `period` (the training dates).
- `people` rank is the printed position (1-based) unless a rank is stated (第3完成人 -> 3); book editors
  are ranked by overall printed order across 主编/副主编/编委; a sign-in sheet ranks attendees by row.
- `title` never keeps the surrounding 《》 or “”, nor a trailing 签到表; for awards it is the project name.
- `book.isbn` is the hyphenated ISBN-13 as printed (the eval compares digits only); `book.edition` is the
  printed edition statement such as 2018年6月第1版; a book's `issuer` is its publisher.
- `journal.levels` holds cscd (we only draw CSCD core journals), pku_core/cssci by punctuation-free name in
  journals-cn.csv, sci/ssci by ISSN in journals-intl.csv, and national/provincial/municipal from the printed
  主管 line.
- A patent's `issuer` is 国家知识产权局 and `issued_on` equals `patent.granted_on`.
- Fields outside `scored` are not compared at all (e.g. a patent's holder, a journal TOC's title).
"""

from __future__ import annotations

from typing import Any

from models.contract import Evidence

# Leaf fields the eval may score, per evidence type.
SCORED: dict[str, tuple[str, ...]] = {
    "training_certificate": ("holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"),
    "sign_in_sheet": ("title", "issuer", "period.start", "period.end", "people"),
    "training_notice": ("title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"),
    "journal_article": ("title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year",
                        "journal.volume", "journal.issue", "journal.levels"),
    "book": ("title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"),
    "patent_certificate": ("title", "people", "issuer", "issued_on", "patent.kind", "patent.number",
                           "patent.applied_on", "patent.granted_on"),
    "award_certificate": ("holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind",
                          "award.level", "award.grade"),
    "project_completion": ("holder", "title", "people", "issuer", "issued_on"),
    "qualification_certificate": ("holder", "issuer", "issued_on", "qualification.kind", "qualification.subject",
                                  "qualification.modules"),
    "other": (),
}  # fmt: skip


def evidence(evidence_type: str, pages: int = 1, **fields: Any) -> dict[str, Any]:
    """A full contract record (validated by the pydantic model) with the given fields set."""
    return Evidence(evidence_type=evidence_type, pages=pages, **fields).to_json()


def person(name: str, rank: int, role: str) -> dict[str, Any]:
    return {"name": name, "rank": rank, "role": role}


def get_path(record: dict[str, Any], path: str) -> Any:
    """`journal.issn` -> record["journal"]["issn"]; a missing parent gives None."""
    cur: Any = record
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur
