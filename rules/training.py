"""Group a person's documents of one training so it is counted once, and check its companions (附件4)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from models.contract import Evidence
from rules import activities as act
from rules.schema import TrainingProof

TRAINING_TYPES = ("training_certificate", "sign_in_sheet", "training_notice")
TYPE_ZH = {"training_certificate": "结业证书", "sign_in_sheet": "签到表", "training_notice": "培训通知"}
# The certificate proves most; a sheet shows attendance; a notice only that a training was held.
_PRIMARY_ORDER = ("training_certificate", "sign_in_sheet", "training_notice")


@dataclass(frozen=True)
class Group:
    primary: int
    members: tuple[int, ...]


def group_trainings(
    person: str, items: Sequence[Evidence], named: Sequence[bool] | None = None
) -> dict[int, Group]:
    """Map every training record's index to its group (same title, same year).

    `named[i]` says whether the person is on record i (computed by the caller once per record).
    """
    named = named if named is not None else [act.place_of(person, ev).named for ev in items]
    keyed: dict[tuple[str, int | None] | int, list[int]] = defaultdict(list)
    for i, ev in enumerate(items):
        if ev.evidence_type in TRAINING_TYPES:
            title = act.title_key(ev.title)
            keyed[(title, act.year_of(ev, "training")[0]) if title else i].append(i)
    groups: dict[int, Group] = {}
    for members in keyed.values():
        primary = members[0] if len(members) == 1 else _primary(items, named, members)
        group = Group(primary=primary, members=tuple(members))
        groups.update(dict.fromkeys(members, group))
    return groups


def _content(ev: Evidence) -> str:
    # Ties between look-alike records break on content, so the order of evidence never changes totals.
    return ev.model_dump_json()


def _primary(items: Sequence[Evidence], named: Sequence[bool], members: list[int]) -> int:
    def rank(i: int) -> tuple[int, int]:
        ev = items[i]
        shown = named[i] or ev.evidence_type == "training_notice"
        return (0 if shown else 1, _PRIMARY_ORDER.index(ev.evidence_type))

    best = min(rank(i) for i in members)
    tied = [i for i in members if rank(i) == best]
    return tied[0] if len(tied) == 1 else min(tied, key=lambda i: (_content(items[i]), i))


def merged(items: Sequence[Evidence], group: Group) -> Evidence:
    """The primary record, with period, stated hours and stated category taken from a companion when it lacks them."""
    ev = items[group.primary]
    if len(group.members) == 1:
        return ev
    others = sorted((items[i] for i in group.members if i != group.primary), key=_content)
    if not (ev.period and ev.period.end):
        ev = ev.model_copy(update={"period": next((o.period for o in others if o.period), ev.period)})
    if ev.hours_stated is None:
        stated = next((o.hours_stated for o in others if o.hours_stated is not None), None)
        ev = ev.model_copy(update={"hours_stated": stated})
    if ev.category_stated is None:
        # The notice may state 公需科目 where the certificate does not; companions that disagree state nothing.
        said = {o.category_stated for o in others if o.category_stated is not None}
        ev = ev.model_copy(update={"category_stated": said.pop() if len(said) == 1 else None})
    return ev


def missing_proof(proof: TrainingProof | None, items: Sequence[Evidence], group: Group) -> str | None:
    """Why the group's documents do not prove the training, or None when they do."""
    primary = items[group.primary].evidence_type
    if proof is None or primary == "training_certificate":
        return None
    needs = proof.sign_in_sheet_needs if primary == "sign_in_sheet" else proof.training_notice_needs
    have = {items[i].evidence_type for i in group.members}
    if have & set(needs):
        return None
    wanted = "或".join(TYPE_ZH.get(t, t) for t in needs)
    return f"仅有{TYPE_ZH[primary]}不能证明参加培训，缺少同一培训的{wanted}"
