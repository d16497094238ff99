"""Golden documents (OCR-like text + expected fields), one test per document and field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from extractors import extract

GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in GOLDEN.glob("*.expected.json"))
META = {"_comment", "confidence_below", "confidence_above"}


def _expected(name: str) -> dict[str, Any]:
    return json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))


def _fields() -> list[tuple[str, str]]:
    return [(n, k) for n in NAMES for k in _expected(n) if k not in META]


def _bounds() -> list[tuple[str, str, str]]:
    return [
        (n, kind, k)
        for n in NAMES
        for kind in ("confidence_below", "confidence_above")
        for k in _expected(n).get(kind, {})
    ]


def _get(record: dict[str, Any], path: str) -> Any:
    cur: Any = record
    for part in path.split("."):
        cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


_cache: dict[str, dict[str, Any]] = {}


def _record(name: str, make_pages, ctx) -> dict[str, Any]:
    if name not in _cache:
        pages = make_pages((GOLDEN / f"{name}.txt").read_text(encoding="utf-8"))
        _cache[name] = extract(pages, ctx).to_json()
    return _cache[name]


@pytest.mark.parametrize(("name", "key"), _fields(), ids=[f"{n}:{k}" for n, k in _fields()])
def test_golden_field(name: str, key: str, make_pages, ctx) -> None:
    record = _record(name, make_pages, ctx)
    assert _get(record, key) == _expected(name)[key]


@pytest.mark.parametrize(("name", "kind", "key"), _bounds(), ids=[f"{n}:{b}:{k}" for n, b, k in _bounds()])
def test_golden_confidence(name: str, kind: str, key: str, make_pages, ctx) -> None:
    record = _record(name, make_pages, ctx)
    bound = _expected(name)[kind][key]
    assert key in record["confidence"], f"no confidence for {key}"
    if kind == "confidence_below":
        assert record["confidence"][key] < bound
    else:
        assert record["confidence"][key] > bound


@pytest.mark.parametrize("name", NAMES, ids=NAMES)
def test_golden_matches_contract(name: str, make_pages, ctx, evidence_schema) -> None:
    record = _record(name, make_pages, ctx)
    jsonschema.validate(record, evidence_schema)
    assert set(evidence_schema["required"]) <= set(record)


@pytest.mark.parametrize("name", NAMES, ids=NAMES)
def test_golden_provenance(name: str, make_pages, ctx) -> None:
    """Every extracted key has a confidence and a provenance whose box lies on its page and text contains it."""
    pages = make_pages((GOLDEN / f"{name}.txt").read_text(encoding="utf-8"))
    record = _record(name, make_pages, ctx)
    for key in ("holder", "title", "issuer", "issued_on", "hours_stated", "period", "people",
                "journal", "patent", "award", "book", "qualification"):  # fmt: skip
        if record[key] not in (None, []):
            assert key in record["confidence"] and key in record["provenance"], key
    for key, prov in record["provenance"].items():
        page = pages[prov["page"] - 1]
        x0, y0, x1, y1 = prov["bbox"]
        assert 0 <= x0 <= x1 <= page.width and 0 <= y0 <= y1 <= page.height, key
        assert prov["text"], key
