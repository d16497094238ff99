"""Pure extraction from OCR'd pages to a contract evidence record: classify the proof, then pull its fields."""

from __future__ import annotations

from functools import lru_cache

from extractors.context import ExtractContext
from extractors.journals import JournalCatalogue
from extractors.pipeline import extract

__all__ = ["ExtractContext", "JournalCatalogue", "default_context", "extract"]


@lru_cache(maxsize=1)
def default_context() -> ExtractContext:
    """The packaged catalogue, loaded once per process; spaCy and jieba are warmed up here, not mid-request."""
    from extractors.people import nlp

    nlp()("李明")
    return ExtractContext(catalogue=JournalCatalogue.load_default())
