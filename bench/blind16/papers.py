"""Draw 16 builders for journal articles, books, patents, awards and project completions."""

from bench.blind16.awards import award_certificate, project_completion
from bench.blind16.books import book
from bench.blind16.journals import journal_article
from bench.blind16.patents import patent_certificate

__all__ = ["award_certificate", "book", "journal_article", "patent_certificate", "project_completion"]
