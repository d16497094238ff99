"""Blind draw 4: deterministic, contract-valid truth, claims on the proof, month-only dates, every type."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from bench.blind4.corpus import TYPES, generate, plan, truth_only
from bench.blind4.pools import VARIANTS, isbn_digit, issn_digit, zl_check
from bench.generator.truth import SCORED
from models.contract import Evidence

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT.parent / "shared" / "contract" / "evidence.schema.json").read_text())
MONTH_FIELDS = ("issued_on", "period.start", "period.end")


@pytest.fixture(scope="module")
def truths() -> list[dict]:
    return [truth_only(j) for j in plan(31, 4)]


def _get(rec: dict, path: str):  # noqa: ANN202
    cur = rec
    for p in path.split("."):
        cur = cur.get(p) if isinstance(cur, dict) else None
    return cur


def test_truth_is_deterministic_per_seed(truths: list[dict]) -> None:
    assert [truth_only(j) for j in plan(31, 4)] == truths
    assert [truth_only(j) for j in plan(32, 4)] != truths
    assert [r["id"] for r in truths] == [f"4-{i:04d}" for i in range(len(truths))]


def test_every_type_and_every_layout_is_drawn() -> None:
    recs = [truth_only(j) for j in plan(5, 8)]
    assert {r["evidence_type"] for r in recs} == set(TYPES)
    layouts = {r["layout"].split("-", 1)[1] for r in recs}
    for name, variants in VARIANTS.items():
        if name.startswith("t4.layout."):
            assert set(variants) <= layouts, name


def test_truth_validates_against_the_contract(truths: list[dict]) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for r in truths:
        ev = r["evidence"]
        assert not [e.message for e in validator.iter_errors(ev)], r["id"]
        Evidence.model_validate(ev)  # the pydantic form the service uses
        assert set(r["scored"]) <= set(SCORED[ev["evidence_type"]]), r["id"]
        assert r["pages"] == ev["pages"] == len(r["lines"])
        for path in r["scored"]:
            if path != "people":
                assert _get(ev, path) is not None or path in ("holder", "journal.levels"), (r["id"], path)
        if ev["patent"]:
            num = ev["patent"]["number"]
            assert re.fullmatch(r"ZL\d{12}\.[\dX]", num) and zl_check(num[2:14]) == num[-1]
            assert ev["issued_on"] == ev["patent"]["granted_on"] > ev["patent"]["applied_on"]
        if ev["journal"]:
            issn = ev["journal"]["issn"]
            assert issn_digit(issn[:4] + issn[5:8]) == issn[-1]
            assert "cscd" in ev["journal"]["levels"]
        if ev["book"] and ev["book"]["isbn"]:
            digits = re.sub(r"\D", "", ev["book"]["isbn"])
            assert len(digits) == 13 and isbn_digit(digits[:12]) == digits[12]
            assert re.search(r"第\d版$", ev["book"]["edition"])


def test_month_only_dates_are_year_month(truths: list[dict]) -> None:
    recs = truths + [truth_only(j) for j in plan(7, 6) if j["type"] in ("book", "qualification_certificate")]
    months = 0
    for r in recs:
        for path in MONTH_FIELDS:
            v = _get(r["evidence"], path)
            if v is not None:
                assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v), (r["id"], path, v)
                months += len(v) == 7
        if r["evidence_type"] == "book" and r["layout"] != "book4-cover":
            assert re.fullmatch(r"\d{4}-\d{2}", r["evidence"]["issued_on"])
    assert months > 0


def test_claims_people_and_categories(truths: list[dict]) -> None:
    for r in truths:
        ev, claim = r["evidence"], r["claim"]
        assert claim["person"] == ev["holder"] or claim["person"] in [p["name"] for p in ev["people"]], r[
            "id"
        ]
        assert 2000 <= claim["year"] <= 2030
        ranks = [p["rank"] for p in ev["people"]]
        assert len(ranks) == len(set(ranks))
        assert ev.get("category_stated") in (None, "public", "professional")
        if ev.get("category_stated"):
            word = {"public": "公需", "professional": "专业科目|专业课"}[ev["category_stated"]]
            assert re.search(word, "".join(sum(r["lines"], []))), r["id"]
    tcs = [truth_only(j) for j in plan(31, 12) if j["type"] == "training_certificate"]
    cats = [r["evidence"].get("category_stated") for r in tcs]
    assert {"public", "professional", None} <= set(cats)


def test_printed_text_carries_the_truth(truths: list[dict]) -> None:
    for r in truths:
        ev, text = r["evidence"], "".join(sum(r["lines"], [])).replace(" ", "").replace("\u3000", "")
        for p in ev["people"]:
            assert p["name"] in text, (r["id"], p["name"])
        if "title" in r["scored"]:
            assert ev["title"] in text, r["id"]
        if ev["journal"]:
            assert ev["journal"]["issn"] in text and ev["journal"]["cn"] in text


@pytest.mark.slow
def test_a_tiny_render_matches_truth(tmp_path: Path) -> None:
    recs = generate(tmp_path, seed=31, per_type=1, processes=1)
    assert [r["evidence"] for r in recs] == [truth_only(j)["evidence"] for j in plan(31, 1)]
    assert json.loads((tmp_path / "manifest.json").read_text())["kind"] == "blind4"
    for r in recs:
        assert (tmp_path / r["file"]).stat().st_size > 1000
        assert r["format"] in ("png", "jpg", "pdf-text", "pdf-scan")


def test_rendered_files_repeat_per_seed(tmp_path: Path) -> None:
    from bench.blind4.corpus import write

    jobs = [j for j in plan(17, 2) if j["format"] in ("pdf-scan", "jpg", "png")][:3]
    for j in jobs:
        a, b = tmp_path / "a", tmp_path / "b"
        a.mkdir(exist_ok=True)
        b.mkdir(exist_ok=True)
        ra, rb = write(j, a), write(j, b)
        assert ra == rb
        assert (a / ra["file"]).read_bytes() == (b / rb["file"]).read_bytes()
