"""The built-in extractors, one per evidence type, listed explicitly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from extractors import (
    articles,
    awards,
    books,
    generic,
    notices,
    patents,
    projects,
    qualifications,
    sheets,
    training,
)
from extractors.context import ExtractContext
from extractors.fields import Draft
from extractors.text import Row


class Extractor(Protocol):
    """Fills `draft` with what the rows of one document of its type show; never raises on odd input."""

    def __call__(self, rows: Sequence[Row], draft: Draft, ctx: ExtractContext) -> None: ...


def _plain(fn: Callable[[Sequence[Row], Draft], None]) -> Extractor:
    def run(rows: Sequence[Row], draft: Draft, ctx: ExtractContext) -> None:
        fn(rows, draft)

    return run


EXTRACTORS: dict[str, Extractor] = {
    "training_certificate": _plain(training.training_certificate),
    "sign_in_sheet": _plain(sheets.sign_in_sheet),
    "training_notice": _plain(notices.training_notice),
    "journal_article": articles.journal_article,
    "book": _plain(books.book),
    "patent_certificate": _plain(patents.patent_certificate),
    "award_certificate": _plain(awards.award_certificate),
    "project_completion": _plain(projects.project_completion),
    "qualification_certificate": _plain(qualifications.qualification_certificate),
    "other": _plain(generic.other),
}
