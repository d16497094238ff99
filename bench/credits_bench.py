"""Time rules.engine.evaluate() on 10,000 hand-built evidence records per policy; prints records/s."""

from __future__ import annotations

import os
import random
import time
from typing import Any

from models.contract import Credits, Evidence
from rules.engine import EvalOptions, evaluate
from rules.loader import list_policies
from rules.schema import Policy

RECORDS = 10_000
REPEAT = 3
PERSON = "王建国"


def _base(kind: str, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"evidence_type": kind, "holder": None, "people": [], "title": None, "issuer": None,
                              "issued_on": None, "period": None, "hours_stated": None, "journal": None,
                              "patent": None, "award": None, "book": None, "qualification": None}  # fmt: skip
    record.update(fields)
    return record


def _record(rng: random.Random, year: int, i: int) -> Evidence:
    y = rng.choice([year, year, year, year - 1])
    day = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    people = [
        {"name": n, "rank": r, "role": "author"}
        for r, n in enumerate([PERSON, "李明", "赵四"][: rng.randint(1, 3)], 1)
    ]
    rng.shuffle(people)
    kinds = [
        _base("training_certificate", holder=PERSON, title=f"培训{i % 500}", issued_on=day,
              hours_stated=rng.choice([None, 8.0, 16.0, 30.0]), period={"start": day, "end": day}),
        _base("sign_in_sheet", title=f"培训{i % 500}", period={"start": day, "end": day},
              people=[{"name": PERSON, "rank": 1, "role": "attendee"}]),
        _base("journal_article", people=people, journal={"name": "学报", "issn": None, "cn": "43-1234/N", "year": y,
              "volume": None, "issue": None, "levels": rng.sample(["sci", "pku_core", "national", "provincial"], 1)}),
        _base("patent_certificate", people=people, patent={"kind": rng.choice(["invention", "utility_model"]),
              "number": None, "applied_on": None, "granted_on": day}),
        _base("award_certificate", holder=PERSON, issued_on=day, people=[{"name": PERSON, "rank": rng.randint(1, 6),
              "role": "awardee"}], award={"name": "奖", "kind": rng.choice(["science_technology", "competition"]),
              "level": rng.choice(["national", "provincial", "municipal"]), "grade": None}),
        _base("qualification_certificate", holder=PERSON, issued_on=day, qualification={"kind": "computer_exam",
              "subject": None, "modules": ["A", "B"]}),
    ]  # fmt: skip
    return Evidence.model_validate(rng.choice(kinds))


def _timed(policy: Policy, evidence: list[tuple[str, Evidence]]) -> tuple[float, float, Credits]:
    start, cpu = time.perf_counter(), time.process_time()
    credits = evaluate(policy, PERSON, policy.year, evidence, EvalOptions(title_level="senior"))
    return time.perf_counter() - start, time.process_time() - cpu, credits


def main() -> None:
    rng = random.Random(4)
    for policy in list_policies():
        evidence = [(f"e{i}", _record(rng, policy.year, i)) for i in range(RECORDS)]
        evaluate(policy, PERSON, policy.year, evidence[:100], EvalOptions(title_level="senior"))  # warm up
        seconds, cpu, credits = min((_timed(policy, evidence) for _ in range(REPEAT)), key=lambda r: r[0])
        print(f"credits {policy.id}: {RECORDS} records in {seconds:.3f} s wall, {cpu:.3f} s CPU "
              f"(best of {REPEAT}) = {RECORDS / seconds:,.0f} records/s "
              f"({len(credits.suggestions)} suggestions, total {credits.totals.total})")  # fmt: skip
    start = time.perf_counter()
    sum(range(10_000_000))  # a fixed reference task, to read the figures above against this machine's load
    reference = time.perf_counter() - start
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"reference sum(range(10**7)) took {reference:.3f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
