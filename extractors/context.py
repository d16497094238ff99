"""What an extraction needs besides the pages, built once by the caller and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractors.journals import JournalCatalogue


@dataclass(frozen=True)
class ExtractContext:
    """The journal catalogue and options; extractors never read settings themselves."""

    catalogue: JournalCatalogue
    options: dict[str, Any] = field(default_factory=dict)
