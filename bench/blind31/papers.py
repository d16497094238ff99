"""Draw 31 research proofs: journal articles, books, patents, awards and project completion documents."""

from bench.blind31.books import book
from bench.blind31.grants import patent_certificate
from bench.blind31.honours import award_certificate, project_completion
from bench.blind31.journals import journal_article

__all__ = ["award_certificate", "book", "journal_article", "patent_certificate", "project_completion"]
