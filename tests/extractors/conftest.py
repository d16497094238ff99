"""Fixtures for extractor tests: OCR-like pages built from plain text, and the contract schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from extract_pages import pages_from_text

from models.pages import PageText

GOLDEN = Path(__file__).parent / "golden"
SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "contract" / "evidence.schema.json"


@pytest.fixture(scope="session")
def make_pages() -> Callable[..., list[PageText]]:
    return pages_from_text


@pytest.fixture(scope="session")
def evidence_schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def ctx():
    from extractors import default_context

    return default_context()
