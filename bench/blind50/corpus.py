"""Plan, render and save blind draw 50 through the shared DrawnCorpus (bench/blind/drawn.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind50 import certs, papers
from bench.blind50.pools import DRAW, Ctx

VERSION = 1  # bump when wording, layout or truth changes
DRAWN = DrawnCorpus(DRAW, VERSION, builders(certs, papers), Ctx, __name__)
TYPES = DRAWN.types


def plan(seed: int, per_type: int) -> list[dict[str, Any]]:
    return DRAWN.plan(seed, per_type)


def build(job: dict[str, Any]):  # noqa: ANN201
    return DRAWN.build(job)


def write(job: dict[str, Any], out: Path) -> dict[str, Any]:
    return DRAWN.write(job, out)


def truth_only(job: dict[str, Any]) -> dict[str, Any]:
    return DRAWN.truth_only(job)


def generate(
    out: Path, seed: int, draw: int = DRAW, per_type: int = 10, processes: int = 2
) -> list[dict[str, Any]]:
    return DRAWN.generate(out, seed, draw, per_type, processes)
