"""Draw 50's paper-like builders: journal articles (first pages, covers, contents, database records), books
(covers, title and copyright pages, editorial boards, translations, catalogue screenshots), patent
certificates, award certificates and project completion certificates."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind50.awards import award_certificate, project_completion
from bench.blind50.books import book
from bench.blind50.journals import journal_article
from bench.blind50.patents import patent_certificate

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion", "Doc"]
