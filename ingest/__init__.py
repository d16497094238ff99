"""Ingest: from an upload to stored pages, evidence and suggestions: intake, files, storage, queue, jobs,
worker, the pipeline and the process runtime; `ingest/ocr/` holds the engines and page preparation.

May import `extractors`, `rules`, `review` and `models`; never `integration` or `api`.
"""
