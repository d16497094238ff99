"""What an extraction needs besides the pages, built once by the caller and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractors.journals import JournalCatalogue
from extractors.learned import NONE, Learned


@dataclass(frozen=True)
class ExtractContext:
    """The journal catalogue, the deployment's learned facts and options; extractors never read settings."""

    catalogue: JournalCatalogue
    options: dict[str, Any] = field(default_factory=dict)
    learned: Learned = NONE  # current facts, passed in per job so that a revoked one stops at once
