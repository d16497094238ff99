"""Facts the rules read off an evidence record: activity, the person's place on it, year, levels, days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from models.contract import Evidence, Person

ACTIVITY_OF_TYPE: dict[str, str] = {
    "training_certificate": "training",
    "training_notice": "training",
    "sign_in_sheet": "training",
    "journal_article": "paper",
    "patent_certificate": "patent",
    "award_certificate": "award",
    "project_completion": "project",
    "book": "book",
    "qualification_certificate": "qualification",
    "other": "other",
}
# Higher first: a journal indexed by SCI and listed as national is read as its best level.
LEVEL_ORDER = (
    "sci", "ei", "ssci", "ahci", "cpci", "foreign", "cssci", "cscd", "pku_core",
    "national", "provincial", "municipal", "bureau", "county",
)  # fmt: skip
LEVEL_ZH: dict[str, str] = {
    "sci": "SCI", "ei": "EI", "ssci": "SSCI", "ahci": "A&HCI", "cpci": "CPCI", "foreign": "国外",
    "cssci": "CSSCI", "cscd": "CSCD", "pku_core": "北大核心", "national": "国家级", "provincial": "省级",
    "municipal": "市级", "bureau": "厅局级", "county": "县级",
}  # fmt: skip
ROLE_ZH: dict[str, str] = {
    "author": "作者", "inventor": "发明人", "awardee": "获奖者", "attendee": "参加者", "editor_in_chief": "主编",
    "deputy_editor": "副主编", "editorial_board": "编委", "translator": "译者", "project_leader": "主持人",
    "project_member": "参与者",
}  # fmt: skip
# Issuer words that place a project (结题证书 carry no level field); first hit wins, so 省 beats 厅.
ISSUER_LEVELS: tuple[tuple[str, str], ...] = (
    ("国家", "national"), ("国务院", "national"), ("全国", "national"), ("中国", "national"),
    ("省", "provincial"), ("部", "provincial"), ("市", "municipal"), ("厅", "municipal"),
    ("局", "municipal"), ("县", "county"), ("区", "county"),
)  # fmt: skip
LOOKALIKES = Path(__file__).with_name("lookalikes.yaml")
_PUNCT = re.compile(r"[\s《》<>“”\"'‘’（）()【】\[\]:：,，.。、·\-—_]+")


def activity_of(ev: Evidence) -> str:
    if ev.evidence_type == "award_certificate" and ev.award and ev.award.kind == "competition":
        return "competition"
    return ACTIVITY_OF_TYPE[ev.evidence_type]


def norm_name(name: str | None) -> str:
    return "".join((name or "").split())


def title_key(title: str | None) -> str:
    return _PUNCT.sub("", title or "")


@dataclass(frozen=True)
class Place:
    """Whether the person is on the proof, and their entry in `people` if listed. `misread` is the name read
    off the proof when it is the person's own but for one character OCR reads as a lookalike (逄 as 逢)."""

    named: bool
    entry: Person | None
    misread: str | None = None


@cache
def lookalikes() -> dict[str, frozenset[str]]:
    """Characters the OCR models read as another, per character (rules/lookalikes.yaml, bench.lookalikes)."""
    if not LOOKALIKES.exists():
        return {}
    data = yaml.safe_load(LOOKALIKES.read_text("utf-8")) or {}
    return {str(k): frozenset(str(c) for c in v) for k, v in (data.get("lookalikes") or {}).items()}


def misread_as(person: str, read: str | None) -> bool:
    """`read` is `person`'s name with exactly one character read as its lookalike, the rest the same."""
    who, seen = norm_name(person), norm_name(read)
    if len(who) < 2 or len(who) != len(seen):
        return False
    diff = [(a, b) for a, b in zip(who, seen, strict=True) if a != b]
    return len(diff) == 1 and diff[0][1] in lookalikes().get(diff[0][0], ())


def place_of(person: str, ev: Evidence) -> Place:
    """The person's place on the proof: their name as read, else (named, `misread`) a read name that differs
    from theirs by one OCR lookalike only, so that a misread rare surname does not lose its credit."""
    who = norm_name(person)
    entry = next((p for p in ev.people if norm_name(p.name) == who), None)
    if entry is not None or (who and norm_name(ev.holder) == who):
        return Place(named=True, entry=entry)
    if who:
        entry = next((p for p in ev.people if misread_as(who, p.name)), None)
        if entry is not None:
            return Place(named=True, entry=entry, misread=entry.name)
        if misread_as(who, ev.holder):
            return Place(named=True, entry=None, misread=ev.holder)
    return Place(named=False, entry=None)


def claimed_by(ev: Evidence, person: str) -> Evidence:
    """The record as it bears on `person`. A contents page lists several articles and names none as the
    claimant's: the person's own is the one whose authors name them, so its title and authors (ranks, and
    their number, which some notices divide by) stand in for the record's, at that article's confidence."""
    if not ev.contents or place_of(person, ev).named:
        return ev
    who = norm_name(person)
    item = next((c for c in ev.contents if any(norm_name(p.name) == who for p in c.people)), None)
    item = item or next((c for c in ev.contents if any(misread_as(who, p.name) for p in c.people)), None)
    if item is None:
        return ev
    confidence = {k: v for k, v in ev.confidence.items() if not k.startswith("people")}
    confidence["people"] = item.confidence
    return ev.model_copy(update={"people": item.people, "title": item.title, "confidence": confidence})


def is_public_course(ev: Evidence) -> bool:
    """What the proof states (category_stated) wins; else 公需 in the title or issuer (a guess)."""
    if ev.category_stated is not None:
        return ev.category_stated == "public"
    return "公需" in (ev.title or "") or "公需" in (ev.issuer or "")


def _dated(label: str, iso: str | None) -> tuple[int | None, str]:
    return (int(iso[:4]), f"{label}{iso}") if iso else (None, label)


def year_of(ev: Evidence, activity: str) -> tuple[int | None, str]:
    """The year evidence counts in, and which date gave it (issue 4, "Year")."""
    if activity == "training" and ev.period and ev.period.end:
        return _dated("培训结束日期", ev.period.end)
    if activity == "paper":
        year = ev.journal.year if ev.journal else None
        return year, f"期刊年份{year}" if year else "期刊年份"
    if activity == "patent":
        return _dated("授权日期", ev.patent.granted_on if ev.patent else None)
    return _dated("发证日期", ev.issued_on)


def date_of(ev: Evidence, activity: str) -> str:
    """A sortable date within the year, for caps that cut the latest items first."""
    if activity == "training" and ev.period and ev.period.end:
        return _sortable(ev.period.end)
    if activity == "patent" and ev.patent and ev.patent.granted_on:
        return ev.patent.granted_on
    if activity == "paper" and ev.journal and ev.journal.year and not ev.issued_on:
        return f"{ev.journal.year}-12-31"
    return _sortable(ev.issued_on) if ev.issued_on else "9999-12-31"


def _sortable(iso: str) -> str:
    # A month-only date (YYYY-MM) could be any day of it: it sorts as the month's end, after its dated days.
    return f"{iso}-31" if len(iso) == 7 else iso


def days_in(ev: Evidence) -> int | None:
    """Days of the period, inclusive; None when a bound is missing or gives only its month."""
    if not ev.period or not ev.period.start or not ev.period.end:
        return None
    if len(ev.period.start) != 10 or len(ev.period.end) != 10:
        return None  # 2021-09 to 2021-10 may be two days or sixty: the days are not known
    try:
        days = (date.fromisoformat(ev.period.end) - date.fromisoformat(ev.period.start)).days + 1
    except ValueError:  # the contract's pattern lets 2018-13-45 through; such a period gives no days
        return None
    return days if days >= 1 else None


def best_level(levels: list[str]) -> str | None:
    ranked = [lv for lv in LEVEL_ORDER if lv in levels]
    return ranked[0] if ranked else None


def project_level(ev: Evidence) -> tuple[str | None, str]:
    if ev.award and ev.award.level:
        return ev.award.level, "证书所载级别"
    issuer = ev.issuer or ""
    for word, level in ISSUER_LEVELS:
        if word in issuer:
            return level, f"按下达单位“{issuer}”判定"
    return None, "未能判定课题级别"


def is_doctoral(ev: Evidence) -> bool:
    q = ev.qualification
    text = (ev.title or "") + ((q.subject or "") if q else "")
    return bool(q and (q.kind == "doctor_degree" or "博士" in text))


def journal_domestic_public(ev: Evidence) -> bool:
    j = ev.journal
    return bool(j and (j.cn or {"national", "provincial"} & set(j.levels)))
