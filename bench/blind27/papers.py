"""Draw 27's builders for papers, books, patents, awards and project completions (one module per kind)."""

from bench.blind27.awards import award_certificate
from bench.blind27.books import book
from bench.blind27.journals import journal_article
from bench.blind27.patents import patent_certificate
from bench.blind27.projects import project_completion

__all__ = ["award_certificate", "book", "journal_article", "patent_certificate", "project_completion"]
