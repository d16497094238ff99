"""A held-out document: its pages, the contract record it shows and which fields of it are scored."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from bench.generator.truth import evidence, person
from bench.heldout.sheet import A4, Sheet

__all__ = ["Doc", "evidence", "person", "new_sheet", "pick"]


@dataclass
class Doc:
    evidence_type: str
    layout: str
    sheets: list[Sheet]
    evidence: dict[str, Any]
    scored: tuple[str, ...]


def new_sheet(font: str, bold: str, size: tuple[float, float] = A4, y: float = 70) -> Sheet:
    return Sheet(font=font, bold=bold, size=size, y=y)


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)
