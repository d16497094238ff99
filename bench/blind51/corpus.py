"""Draw 51 corpus: the shared blind-draw plan and renderer over this draw's builders."""

from __future__ import annotations

from typing import Any

from bench.blind.drawn import DrawnCorpus, builders

from . import certs, papers
from .pools import Ctx

VERSION = 1
DRAWN = DrawnCorpus(51, VERSION, builders(certs, papers), Ctx, __name__)
TYPES = DRAWN.types


def plan(seed: int, per_type: int) -> list[dict[str, Any]]:
    return DRAWN.plan(seed, per_type)


def truth_only(job: dict[str, Any]) -> dict[str, Any]:
    return DRAWN.truth_only(job)


def write(job: dict[str, Any], out: Any) -> dict[str, Any]:
    return DRAWN.write(job, out)


def generate(
    out: Any, seed: int, draw: int | None = None, per_type: int = 10, processes: int = 2
) -> list[dict[str, Any]]:
    return DRAWN.generate(out, seed, draw, per_type, processes)
